# Long pages (2,500-4,500 characters), h40-01 .. h40-12
A = []

A.append(dict(id="h40-01", source="rferl.org",
url="https://www.rferl.org/a/armenia-azerbaijan-aliyev-pashinian-brussels-michel-talks/32405517.html",
published_at="2023-05-14", body="""Skip to main content | Skip to navigation | RFE/RL | Languages

Caucasus

Aliyev, Pashinian Hold Marathon Talks In Brussels As Michel Hails 'Good Progress'

By RFE/RL's Armenian Service and Azerbaijani Service
May 14, 2023 20:51 GMT

European Council President Charles Michel (center) poses with Azerbaijani President Ilham Aliyev (left) and Armenian Prime Minister Nikol Pashinian before their talks in Brussels on May 14.

BRUSSELS -- Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinian sat down for more than four hours of talks in Brussels on May 14, in the latest EU-mediated attempt to settle the decades-old conflict between the two South Caucasus neighbors.

Speaking to journalists after the meeting, European Council President Charles Michel said the two leaders had reaffirmed their "unequivocal commitment" to the 1991 Almaty Declaration and to each other's territorial integrity, explicitly based on Armenia's 29,800 square kilometers and Azerbaijan's 86,600 square kilometers.

"Our exchange was frank, open and result-oriented," Michel said. He said the sides had moved forward on reopening transport links, including the railway to and through Azerbaijan's Nakhchivan exclave, and that the state commissions working on the delimitation of the border would meet again soon.

Michel said he had invited both leaders to continue the talks in Chisinau on June 1, on the sidelines of the European Political Community summit, in a five-party format with French President Emmanuel Macron and German Chancellor Olaf Scholz, and to come back to Brussels in July.

The two are also set to come face-to-face in Moscow before then. Pashinian confirmed last week that he would travel to the Russian capital on May 25 for a summit of the Eurasian Economic Union, and Kremlin spokesman Dmitry Peskov said on May 12 that President Vladimir Putin would host a trilateral meeting with Aliyev and Pashinian there the same day.

The Brussels meeting came less than two weeks after Armenian Foreign Minister Ararat Mirzoian and his Azerbaijani counterpart, Ceyhun Bayramov, spent four days negotiating the text of a peace treaty at a State Department facility in Arlington, Virginia, under the auspices of U.S. Secretary of State Antony Blinken.

Tensions have remained high on the ground. Yerevan has accused Baku of violating the 2020 cease-fire by setting up a checkpoint at the entrance to the Lachin corridor, the only road linking Armenia with Nagorno-Karabakh, in late April. Both sides reported casualties after an exchange of fire on the border last week.

Pashinian's office said in a readout that the talks had also covered "humanitarian issues," including the fate of people missing since the wars of the early 1990s and 2020. Aliyev's office did not immediately issue a statement.

Analysts cautioned against reading too much into the upbeat tone. "Both leaders have an interest in showing Brussels that the process is alive," said a Tbilisi-based political analyst. "But the hardest questions, especially guarantees for the Armenians of Karabakh, remain unresolved."

Speaking to Armenian reporters on his way out of the Europa building, Pashinian said the sides still disagreed on several points but that "the agenda is there."

With reporting by AFP and Reuters

RELATED
Armenian, Azerbaijani Foreign Ministers Wrap Up Talks Near Washington
Karabakh Residents Report Shortages As Checkpoint Stays In Place
Explainer: What Is The European Political Community?

Most Popular
1. Georgian Parliament Passes 'Foreign Agent' Bill In First Reading
2. Tajik Activist Detained In Moscow Faces Deportation

Subscribe to our Caucasus newsletter | Share: Facebook | Twitter | Telegram | Email

Copyright (c) 2023. RFE/RL, Inc. All Rights Reserved."""))

A.append(dict(id="h40-02", source="balkaninsight.com",
url="https://balkaninsight.com/2023/02/28/kosovo-serbia-leaders-accept-eu-plan-but-sign-nothing/",
published_at="2023-02-28", body="""Balkan Insight | Home | News | Investigations | Opinion | Podcasts
Support Balkan Insight - Donate

BIRN uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more here. Close

News
Kosovo, Serbia Leaders Accept EU Plan - But Sign Nothing

Brussels-brokered talks on Monday ended with both leaders backing the EU's normalisation proposal in principle, but with no signatures and the crucial implementation annex still to be agreed.

Serbeze Haxhiaj, Milica Stojanovic | BIRN | Pristina, Belgrade | February 28, 2023 | 09:12

Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels on Monday. Photo: EPA-EFE/OLIVIER HOSLET

The EU's foreign policy chief, Josep Borrell, said after hosting Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels on Monday evening that the two sides had agreed that "no further discussions are needed" on the text of the European proposal for normalising relations.

"This is a good day," Borrell told a late-night news conference, but conceded that work on an annex setting out how and when each side would meet its obligations would continue. He said he would convene the two leaders again in March to finalise it.

Neither leader put his name to the document. Vucic told Serbian journalists that he had refused to sign anything and that Serbia would never recognise Kosovo's independence "or allow it into the United Nations", while insisting that he had avoided a "catastrophe" for the country.

Kurti said he had been ready to sign and that it was Vucic who had declined. "For us it is a de facto recognition," he told reporters.

The 11-article proposal, first drafted by Paris and Berlin last year and now backed by the EU as a whole, would commit the two sides to develop "good neighbourly relations", recognise each other's documents and national symbols, and not block each other's path to EU membership. It also calls for "an appropriate level of self-management" for Kosovo's Serb community - a clause Belgrade reads as a reference to the long-stalled Association of Serb-majority Municipalities.

The Monday meeting was the first between Vucic and Kurti since a crisis over vehicle licence plates in northern Kosovo brought the dialogue close to collapse in the autumn.

Western pressure has been intense. In January, the diplomatic advisers of the French president and the German chancellor, Emmanuel Bonne and Jens Plotner, together with Italian diplomat Francesco Talo, US envoy Gabriel Escobar and the EU's special representative Miroslav Lajcak, visited Belgrade and Pristina to press both leaders to accept the plan.

Back in Belgrade, opposition parties on the right accused Vucic of capitulation, while Kosovo Serb representatives said they would wait for the annex before passing judgment.

"What happened in Brussels is a step, not a deal," said a Belgrade-based analyst. "The real test will be whether the annex includes binding deadlines and whether the EU attaches consequences to non-implementation."

Lajcak said the next meeting would take place "in the region", without giving a location.

Read more:
Vucic Tells Serbian Parliament Rejecting EU Plan Would Mean Isolation
Kosovo Serbs Return to Institutions? Not Yet, Says Srpska Lista
Explainer: What Is the Association of Serb-majority Municipalities?

Tags: Kosovo-Serbia dialogue, Aleksandar Vucic, Albin Kurti, Josep Borrell, EU

Share: Facebook | Twitter | LinkedIn | Email

Subscribe to BIRN's weekly newsletter | Balkan Insight (c) 2023"""))

A.append(dict(id="h40-03", source="n1info.rs",
url="https://n1info.rs/english/news/xi-jinping-vucic-palace-of-serbia-talks-agreements/",
published_at="2024-05-08", body="""N1 | English | News | Region | Business | Video | LIVE
Follow N1 on Telegram and Viber for the latest news

Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK

NEWS
Xi and Vucic sign statement on "shared future", dozens of agreements in Belgrade

N1 Belgrade | 08 May 2024 | 13:47 > 14:32

Chinese President Xi Jinping and Serbian President Aleksandar Vucic at the welcome ceremony in front of the Palace of Serbia. Photo: Tanjug / Dimitrije Goll

Chinese President Xi Jinping held talks with Serbian President Aleksandar Vucic in Belgrade on Wednesday, on the second day of a state visit which comes exactly 25 years after NATO bombs struck the Chinese embassy in the Serbian capital.

Xi was welcomed with a military ceremony in front of the Palace of Serbia in New Belgrade, where a crowd of several thousand people, many bussed in from other towns, waved Chinese and Serbian flags. Vucic and Xi then addressed the crowd from a balcony.

After the talks, the two presidents signed a joint statement on deepening the comprehensive strategic partnership and building what they called a "Serbia-China community with a shared future in the new era". Ministers from the two sides signed 28 further agreements and memoranda, covering infrastructure, trade, technology and media cooperation.

Vucic said the free trade agreement between the two countries, signed last October, would enter into force on July 1, and that Serbia expected Chinese investment to keep growing. "There is no place in the world where you will be welcomed more warmly," he told his guest.

"The friendship between China and Serbia, forged with the blood of our compatriots, will be a shared memory of the two peoples," Xi said, referring to the three Chinese journalists killed in the 1999 bombing.

Xi landed at Belgrade's Nikola Tesla airport on Tuesday evening, arriving from Paris, where he had held talks with French President Emmanuel Macron and European Commission President Ursula von der Leyen. Vucic met him at the airport.

In an article published in the daily Politika ahead of the visit, Xi wrote that China would "never forget" the bombing and that the two countries' friendship was "ironclad".

Xi is scheduled to fly to Budapest later on Wednesday for a state visit to Hungary, the last stop of his first European tour in five years, where he will be hosted by Prime Minister Viktor Orban.

Opposition politicians criticised the visit. "Serbia is signing up to Chinese political language without a public debate," said an opposition MP, adding that the environmental record of Chinese-owned mines and smelters in eastern Serbia deserved more scrutiny.

Rights groups also said police had removed a small group of protesters holding banners about Tibet from the area around the palace.

The EU, which Serbia formally seeks to join, has urged Belgrade to align its foreign policy with the bloc's, including on China and Russia. Vucic has said Serbia would pursue its own course.

RELATED
Vucic: "Taiwan is China", Serbia will stand by One China policy
Serbian, Chinese companies sign deals at Belgrade business forum
Linglong tyre factory workers report harsh conditions

MOST READ
1. Heavy rain causes flooding in western Serbia
2. Dinar steady against euro, NBS rate 117.17

Tags: Xi Jinping, Aleksandar Vucic, China, Serbia, state visit

Share: Facebook | X | Viber | WhatsApp

N1 (c) 2024 | United Media"""))

A.append(dict(id="h40-04", source="euronews.com",
url="https://www.euronews.com/2023/05/13/zelenskyy-meets-meloni-mattarella-and-pope-francis-in-rome",
published_at="2023-05-13", body="""euronews. | Europe | World | Business | Culture | Live

We value your privacy. We and our partners store and access information on your device. Accept | Manage settings

Europe
Zelenskyy meets Meloni, Mattarella and Pope Francis on first visit to Rome since invasion

By Euronews with AP, AFP | Updated: 13/05/2023 - 20:38

Pope Francis receives Ukrainian President Volodymyr Zelenskyy at the Paul VI Audience Hall. Copyright Vatican Media via AP

Ukrainian President Volodymyr Zelenskyy was in Rome on Saturday for talks with Italy's leaders and an audience with Pope Francis, his first trip to Italy since Russia launched its full-scale invasion.

Zelenskyy was received first by President Sergio Mattarella at the Quirinale Palace, then by Prime Minister Giorgia Meloni at Palazzo Chigi, where the two held talks lasting more than an hour.

"We are betting on Ukraine's victory," Meloni said afterwards, adding that Italy would keep supporting Kyiv "for as long as necessary" and in whatever form was needed. Zelenskyy thanked her and said Italy would have an important role in the reconstruction of Ukraine.

Meloni visited Kyiv in February, shortly before the first anniversary of the invasion.

In the afternoon, Zelenskyy was driven to the Vatican, where Pope Francis received him in a private study next to the Paul VI hall. The conversation lasted about 40 minutes, according to the Holy See press office, which said the pope had assured Zelenskyy of his constant prayer for the Ukrainian people and that the two had spoken about humanitarian gestures, especially towards "the most fragile persons".

Zelenskyy said on Twitter that he had asked the pope to condemn Russian crimes in Ukraine, "because there can be no equality between the victim and the aggressor". He also invited the Vatican to back Kyiv's own peace formula. In a television interview later in the day he said Ukraine did not need mediation. "You cannot mediate with Putin," he said.

Francis, who had earlier said the Vatican was involved in an unspecified peace "mission", gave Zelenskyy a bronze olive branch, a symbol of peace. The Ukrainian leader gave the pope a painting on the theme of children killed in the war.

It was the second time the two had met in person; Zelenskyy was received by Francis in February 2020.

Zelenskyy is widely expected to travel on to Germany, where he is due to be awarded the Charlemagne Prize in Aachen on Sunday. His office has not confirmed any further stops, citing security, and Berlin police said only that they were preparing for "a possible visit".

The visit to Rome took place under tight security, with parts of the city centre closed to traffic and snipers on rooftops around Palazzo Chigi.

Russia did not immediately comment on the trip.

READ MORE
Ukraine war: Kyiv claims gains around Bakhmut
Italy's Meloni: Giving weapons to Ukraine is the best way to get peace
Vatican says peace mission is "under way" - but gives no details

Share this article: Facebook | Twitter | Flipboard | Send | Reddit | Linkedin | Messenger | Telegram

Comments

Download the euronews app | Sign up for our newsletter"""))

A.append(dict(id="h40-05", source="oc-media.org",
url="https://oc-media.org/armenian-and-azerbaijani-foreign-ministers-meet-in-almaty/",
published_at="2024-05-11", body="""OC Media | News | Features | Opinion | Armenia | Azerbaijan | Georgia | North Caucasus

Support independent journalism in the Caucasus - become a member of OC Media

News
Armenian and Azerbaijani foreign ministers wrap up two days of talks in Almaty

by OC Media | 11 May 2024

Armenian Foreign Minister Ararat Mirzoyan (left), Kazakh Foreign Minister Murat Nurtleu (centre) and Azerbaijani Foreign Minister Jeyhun Bayramov in Almaty. Official photo.

The foreign ministers of Armenia and Azerbaijan have concluded two days of peace negotiations in Almaty, with both sides saying progress had been made on some articles of a draft peace agreement but that disagreements remained.

Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met on Friday and Saturday in Kazakhstan's largest city, in talks hosted by Kazakh Foreign Minister Murat Nurtleu.

On Friday, before the negotiations began, Kazakh President Kassym-Jomart Tokayev received the two ministers together, telling them that Kazakhstan had no intention of acting as a mediator but was ready to provide "a neutral platform" for direct talks.

Near-identical statements released by the two foreign ministries on Saturday said the ministers had agreed to continue negotiations on the remaining unagreed provisions of the treaty. Neither statement set a date for a next round.

It was the first meeting between the ministers since late February, when they spent two days in talks at the Villa Borsig outside Berlin at the invitation of German Foreign Minister Annalena Baerbock. That round followed a meeting between Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan on the sidelines of the Munich Security Conference, hosted by German Chancellor Olaf Scholz.

The talks in Almaty came less than a month after the two countries' border commissions agreed on the first section of their shared border, under which Armenia is to hand over four abandoned villages in its northern Tavush province to Azerbaijan.

That decision has sparked mass protests in Armenia. Thousands of people marched to Yerevan this week behind Archbishop Bagrat Galstanyan, the head of the Tavush diocese of the Armenian Apostolic Church, who has called on Pashinyan to resign.

Pashinyan has defended the deal, arguing that it would prevent a new war. Speaking in parliament on Wednesday, he said Armenia had to "determine its borders" in order to secure them.

Baku has said it wants the delimitation process to continue along the rest of the border and has repeated its demand that Armenia amend its constitution, which it says contains territorial claims on Azerbaijan. Yerevan denies this.

Russia, which has seen its influence in the region wane since Azerbaijan's takeover of Nagorno-Karabakh last September, has been sidelined from the latest rounds of talks. Russian Foreign Ministry spokesperson Maria Zakharova said this week that Moscow "supports any efforts" that lead to peace but warned against "Western interference".

Lack of progress on the treaty has not stopped the two sides from holding direct talks in other formats. The deputy prime ministers leading the border commissions, Mher Grigoryan and Shahin Mustafayev, are expected to continue their work in the coming weeks.

Read also:
Pashinyan: 'We will not go to war over four villages'
Azerbaijan to host COP29 in November - what to expect

OC Media is a reader-funded publication. If you value our work, please consider becoming a member.

Share: Facebook | Twitter | Telegram | Email

Tags: Armenia-Azerbaijan peace process, Ararat Mirzoyan, Jeyhun Bayramov, Kazakhstan"""))

A.append(dict(id="h40-06", source="novinite.com",
url="https://www.novinite.com/articles/197012/Pope+Francis+Arrives+in+Sofia+on+First+Papal+Visit+to+Bulgaria+in+17+Years",
published_at="2019-05-05", body="""Novinite.com - Sofia News Agency | Bulgaria | Politics | Business | Society | World

EUR/BGN 1.95583 | USD/BGN 1.7476 | Sofia weather: 17 C, partly cloudy

Society
Pope Francis Arrives in Sofia on First Papal Visit to Bulgaria in 17 Years

Novinite | May 5, 2019, Sunday // 14:21 | Views: 3148

Pope Francis is welcomed by Prime Minister Boyko Borissov at Sofia Airport. Photo: BGNES

Pope Francis arrived in Sofia on Sunday morning at the start of a three-day trip to Bulgaria and North Macedonia, the first visit by a pontiff to the country since John Paul II came in 2002.

The Pope was welcomed at Sofia Airport by Prime Minister Boyko Borissov. He was then driven to the Presidential Palace, where President Rumen Radev greeted him with an official ceremony and the two held a private meeting.

In a speech to authorities, members of the diplomatic corps and civil society on Atanas Burov square, Francis praised Bulgaria as a "bridge" between East and West and urged the country not to close its doors to migrants and refugees. He also spoke about the demographic crisis caused by emigration, noting that hundreds of thousands of young Bulgarians had left in search of work abroad.

Radev said Bulgaria was proud of its tradition of religious tolerance and recalled that Bulgarian society had saved the country's Jews during the Second World War.

Later on Sunday the Pope visited Patriarch Neofit and members of the Holy Synod of the Bulgarian Orthodox Church, which has said its clergy will not take part in joint prayers with the Catholic leader. He was to lead the Regina Coeli prayer on Saint Alexander Nevsky square and celebrate an open-air Mass on Knyaz Alexander I square in the afternoon.

On Monday, Francis will travel to Rakovski, a town in the Plovdiv region with one of Bulgaria's largest Catholic communities, where he will give first communion to some 250 children, before returning to Sofia for a meeting for peace with representatives of different religions.

On Tuesday morning the Pope flies to Skopje for a one-day visit to North Macedonia, the homeland of Mother Teresa. He will be received by President Gjorge Ivanov and Prime Minister Zoran Zaev, visit the Mother Teresa memorial house and celebrate Mass on Macedonia Square. It will be the first visit by a pope to the country.

Catholics make up less than one per cent of Bulgaria's population of about seven million.

The trip is the Pope's third abroad this year, after visits to the United Arab Emirates in February and Morocco in March. At the end of this month he is scheduled to travel to Romania, where he will visit Bucharest, Iasi and Blaj from May 31 to June 2.

Security measures are in place in central Sofia, with several streets closed to traffic until Tuesday.

Related Articles:
Borissov: Bulgaria Hopes Pope's Visit Will Bring Investors' Attention
Traffic Restrictions in Sofia During Papal Visit
Bulgarian Orthodox Church Says No Joint Prayer With Pope

Most Read
Bulgaria's Unemployment Drops to 5.4 Percent
Petrol Prices Rise Ahead of May Holidays

Tags: Pope Francis, papal visit, Rumen Radev, Boyko Borissov, Vatican, Bulgaria, North Macedonia

Share | Tweet | Comments (12)

Copyright (c) 2001-2019 Novinite.com. All rights reserved."""))

A.append(dict(id="h40-07", source="hungarytoday.hu",
url="https://hungarytoday.hu/viktor-orban-meets-vladimir-putin-in-moscow-peace-mission/",
published_at="2024-07-05", body="""Hungary Today | Politics | Economy | Culture | Sport | Newsletter

This website uses cookies to improve your experience. Accept | Read more

Politics
Viktor Orban Meets Vladimir Putin in Moscow on "Peace Mission"

Hungary Today | 2024.07.05. | 16:10

Viktor Orban and Vladimir Putin shake hands in the Kremlin on Friday. Photo: Prime Minister's Press Office / Vivien Cher Benko

Prime Minister Viktor Orban held talks with Russian President Vladimir Putin in Moscow on Friday, days after Hungary took over the rotating presidency of the Council of the European Union, in a trip that drew sharp criticism from Brussels and several EU capitals.

The visit had not been announced in advance. Reports that the Prime Minister was on his way to Moscow surfaced on Friday morning, and were confirmed by his press chief Bertalan Havasi shortly before Orban's plane landed at Vnukovo airport. Orban wrote on X that "the peace mission continues" and posted a photo of himself stepping off the plane.

Orban and Putin met in the Kremlin for talks that lasted several hours. At a joint press appearance afterwards, Putin said Russia was ready for a ceasefire only if Ukraine withdrew its troops from the four regions Moscow claims as its own. Orban said the positions of the two sides were "very far apart" and that "many steps" were needed to get closer to ending the war.

"You cannot make peace from a comfortable armchair in Brussels," Orban said before departing. "Even if the rotating presidency has no mandate to negotiate on behalf of the EU, we cannot sit and wait for the war to end miraculously."

The trip came three days after Orban's first visit to Kyiv in over a decade, where he met Ukrainian President Volodymyr Zelensky and asked him to consider a quick ceasefire before any peace talks.

European Council President Charles Michel wrote that the rotating presidency "has no mandate to engage with Russia on behalf of the EU", while Commission President Ursula von der Leyen said "appeasement will not stop Putin". Polish Prime Minister Donald Tusk and Estonian Prime Minister Kaja Kallas also criticised the visit.

Ukraine's Foreign Ministry said the trip had not been agreed with Kyiv and that no agreements on Ukraine could be reached without Ukraine.

On Saturday the Prime Minister is due in Shusha, Azerbaijan, for an informal summit of the Organization of Turkic States, in which Hungary has observer status. Next week he will attend the NATO summit in Washington. Some Hungarian commentators suggested a further "peace mission" stop in Beijing could follow, but the government spokesperson declined to comment on the Prime Minister's schedule.

Opposition parties said Orban was acting as "Putin's messenger". Fidesz politicians said the Prime Minister was the only European leader speaking to both sides.

Read also:
Hungarian EU Presidency Kicks Off With "Make Europe Great Again" Slogan
Orban in Kyiv: Ceasefire Would Speed Up Peace Talks
Forint Weakens Against Euro After Moscow Trip News

Tags: Viktor Orban, Vladimir Putin, Russia, peace mission, EU presidency

Share on Facebook | Share on X

Hungary Today - Hungarian news in English | Support us"""))

A.append(dict(id="h40-08", source="english.radio.cz",
url="https://english.radio.cz/vystrcil-tells-taiwan-lawmakers-i-am-taiwanese-china-threatens-heavy-price-8689123",
published_at="2020-09-01", body="""Radio Prague International | News | Czech Radio

Vystrcil tells Taiwan lawmakers "I am Taiwanese" as China threatens "heavy price"

Ruth Fraňková | 01-09-2020 14:27 | Listen | Share

Senate President Milos Vystrcil addressing the Legislative Yuan. Photo: ČTK / AP / Chiang Ying-ying

Senate President Milos Vystrcil addressed Taiwan's parliament on Tuesday, on the third day of a visit to the island that has prompted an angry response from Beijing and a diplomatic row between China and the Czech Republic.

Quoting John F. Kennedy's 1963 speech in Berlin, Mr Vystrcil ended his address to the Legislative Yuan with the words "I am Taiwanese", spoken in Mandarin, drawing a standing ovation.

The Czech delegation of nearly 90 people, including Prague Mayor Zdenek Hrib as well as scientists and business representatives, arrived in Taipei on Sunday. The trip had been planned by Mr Vystrcil's predecessor Jaroslav Kubera, who died in January. Mr Vystrcil is the most senior Czech official to travel to Taiwan, and he is due to meet President Tsai Ing-wen on Thursday.

Chinese Foreign Minister Wang Yi, speaking in Berlin on Monday during a European tour, said Mr Vystrcil had "crossed a red line" and would "pay a heavy price" for his "short-sighted behaviour and political opportunism".

Those comments drew a rebuke from German Foreign Minister Heiko Maas on Tuesday. Standing next to Mr Wang at a joint news conference after their talks in Berlin, Mr Maas said Europeans treated their international partners with respect and expected the same, adding that "threats do not fit into that".

Czech Foreign Minister Tomas Petricek said he had summoned the Chinese ambassador, Zhang Jianmin, to explain the remarks, which he called "excessive". The ministry has also asked for clarification of a warning from China's embassy earlier this year to the late Mr Kubera.

Prime Minister Andrej Babis said he disagreed with the trip but considered the threats unacceptable, while President Milos Zeman, who has championed closer ties with Beijing, called the visit a "boyish provocation".

Mr Wang visited Italy, the Netherlands, Norway and France before arriving in Germany. Beijing has been working to shore up relations with Europe amid growing tensions with the United States.

Slovak President Zuzana Caputova wrote on Twitter that she stood with the Czech Republic, and a number of European MPs voiced support for Mr Vystrcil.

Taiwan's Foreign Minister Joseph Wu thanked the delegation for what he called "a visit of friends". Business agreements on technology and research cooperation were signed during the trip.

Mr Vystrcil told Czech Radio that the Senate had not sought to change the Czech Republic's foreign policy, which recognises the People's Republic of China. "We have come to talk about business, science and culture, and to show that we share values," he said.

Related
Senate chief sets off for Taiwan despite government objections
Prague mayor Hrib: Taiwan trip is about values, not provocation
Chinese piano order cancelled after Kubera visit plans

Topics: Taiwan, China, Senate, Milos Vystrcil, foreign policy

Subscribe to our newsletter | Podcast | Czech Radio (c) 2020"""))

A.append(dict(id="h40-09", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-putin-meet-in-sochi-grain-deal-revival",
published_at="2023-09-04", body="""DAILY SABAH | Türkiye | Politics | Business | World | Opinion | Sports

BIST 100 7,940.63 +1.12% | USD/TRY 26.86 | EUR/TRY 28.95 | GOLD 1,788.40

Politics / Diplomacy
Erdoğan, Putin discuss reviving grain deal in Sochi

by DAILY SABAH WITH AA | ISTANBUL | Sep 04, 2023 - 7:45 pm GMT+3

President Recep Tayyip Erdoğan (L) and Russian President Vladimir Putin shake hands ahead of their meeting in Sochi, Russia, Sept. 4, 2023. (AA Photo)

President Recep Tayyip Erdoğan met his Russian counterpart Vladimir Putin in the Black Sea resort of Sochi on Monday, with efforts to revive the Black Sea grain initiative, from which Moscow withdrew in July, at the top of the agenda.

Erdoğan, whose one-day working visit was his first trip to Russia since his reelection in May, was welcomed by Putin at the Bocharov Ruchei presidential residence. The two leaders first held a closed-door meeting, followed by talks between delegations.

Speaking at a joint news conference afterwards, Putin said Russia would be ready to return to the agreement "as soon as" Western countries fulfilled commitments to ease restrictions on Russian agricultural and fertilizer exports, including reconnecting the Russian Agricultural Bank to the SWIFT system.

Putin added that Moscow was close to finalizing a deal to supply up to 1 million tons of grain at discounted prices to Türkiye for processing and onward shipment to poorer countries, with financial support from Qatar.

Erdoğan said Türkiye believed a solution meeting expectations could be reached "in a short time". He said Ankara had prepared new proposals together with the United Nations, and stressed that the corridor had allowed the export of more than 33 million tons of grain while it was in force.

The two leaders also discussed the Akkuyu nuclear power plant being built by Russia's Rosatom in southern Mersin province, and plans to establish a natural gas hub in Türkiye. Putin said the first unit of Akkuyu was expected to start operating next year.

Erdoğan renewed his invitation to Putin to visit Türkiye. The Kremlin said the date would be agreed through diplomatic channels.

The Sochi meeting came days after Foreign Minister Hakan Fidan held talks in Moscow with his Russian counterpart Sergey Lavrov, who presented Ankara with a package of proposals for resuming the grain exports.

Türkiye and the U.N. brokered the grain deal in July 2022, allowing Ukraine to ship grain from its Black Sea ports despite the war. Russia pulled out in July this year, saying its demands had not been met. Kyiv has since set up a temporary corridor close to the coasts of Romania and Bulgaria.

Erdoğan, who has maintained ties with both Moscow and Kyiv throughout the war, hosted Ukrainian President Volodymyr Zelenskyy in Istanbul in July.

The president is expected to travel to New Delhi later this week to attend the Group of 20 (G-20) summit on Sept. 9-10.

RELATED NEWS
Fidan, Lavrov discuss grain corridor proposals in Moscow
Türkiye, Russia to boost trade to $100B, Erdoğan says
Ukraine's grain corridor: Ships sail despite Russian threats

Tags: Erdoğan, Putin, Sochi, Black Sea Grain Initiative, Türkiye-Russia relations

Share on Facebook | Share on X | Share on WhatsApp

Daily Sabah (c) 2023 | Turkuvaz Media Group"""))

A.append(dict(id="h40-10", source="rferl.org",
url="https://www.rferl.org/a/lavrov-bosnia-visit-snubbed-presidency-members/31001347.html",
published_at="2020-12-14", body="""Radio Free Europe / Radio Liberty | Balkan Service

Lavrov's Bosnia Visit Marred By Snub From Two Presidency Members

By RFE/RL's Balkan Service | December 14, 2020 18:06 GMT

Russian Foreign Minister Sergei Lavrov (right) is greeted by Bosnian Serb leader Milorad Dodik in East Sarajevo on December 14.

SARAJEVO -- Russian Foreign Minister Sergei Lavrov has begun a visit to Bosnia-Herzegovina that was overshadowed by the refusal of two of the three members of the country's tripartite presidency to meet him.

Lavrov arrived in Sarajevo on December 14 and held talks with Bosnian Foreign Minister Bisera Turkovic, who said they had discussed economic cooperation, the coronavirus pandemic and the implementation of the Dayton peace agreement, which ended the 1992-95 war.

Sefik Dzaferovic and Zeljko Komsic, the Bosniak and Croat members of the presidency, said they would not attend a planned meeting with Lavrov, citing Moscow's "disrespect" for Bosnia's institutions and Russia's stance on the international peace envoy's office.

The presidency's Serb member and current chairman, Milorad Dodik, received Lavrov instead in East Sarajevo, in the Bosnian Serb entity of Republika Srpska, where the two also visited a Russian-Serbian Orthodox church under construction.

"Unfortunately, some members of the presidency did not find the time to meet," Lavrov told a news conference. He said Russia's position was that the Office of the High Representative, which oversees the civilian implementation of the Dayton accords, had "outlived its usefulness" and should be closed.

Lavrov also repeated Moscow's opposition to Bosnia joining NATO, saying that any decision on membership required consensus among the country's three constituent peoples. The Bosnian Serb leadership has blocked progress on a NATO membership action plan.

Dodik, who has met Russian President Vladimir Putin on many occasions, praised Russia's "principled" policy in the Balkans. He said Republika Srpska's leaders would continue close cooperation with Moscow regardless of "the games some people in Sarajevo are playing".

Komsic said in a statement that Russia's recent behavior, including its criticism of the Peace Implementation Council, showed that it did not respect Bosnia-Herzegovina as a sovereign state.

Analysts said the visit highlighted the deep divisions among Bosnia's ethnic leaders, particularly on foreign policy. "Lavrov got exactly the picture he came for: a divided country where the Serb side is his only reliable partner," said a Sarajevo-based political scientist.

It is Lavrov's first trip to the Balkans since the start of the coronavirus pandemic. Russia, which is a member of the Peace Implementation Council's steering board, has regularly clashed with Western members over the powers of the high representative.

Turkovic said after the talks that Bosnia's goal of membership in the EU and NATO was not directed against anyone.

Related
Russian Ambassador Warns Bosnia Over NATO Path
Dodik Says Republika Srpska Will 'Never' Accept New High Representative
Bosnia's Presidency Fails To Agree On Joint Foreign Policy Stance

Tags: Bosnia-Herzegovina, Sergei Lavrov, Milorad Dodik, Russia, Balkans

Comments | Print | Share: Facebook | Twitter | Email

Copyright (c) 2020 RFE/RL, Inc."""))

A.append(dict(id="h40-11", source="eurasianet.org",
url="https://eurasianet.org/armenia-and-azerbaijan-sign-peace-declaration-at-white-house",
published_at="2025-08-09", body="""Eurasianet | Caucasus | Central Asia | Russia | Ukraine | Newsletters | Donate

Armenia and Azerbaijan sign peace declaration at the White House

Trump hosts Aliyev and Pashinyan; sides initial treaty text and agree on U.S.-backed transit route through southern Armenia.

Joshua Kucera | Aug 9, 2025

Donald Trump looks on as Ilham Aliyev and Nikol Pashinyan shake hands at the White House. (photo: White House)

The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on August 8 committing their countries to peace, in a ceremony hosted by U.S. President Donald Trump that marked the most significant step yet toward ending their decades-long conflict.

Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan both travelled to Washington for the event, where the three leaders signed the seven-point declaration. The two countries' foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, also initialled the text of a peace treaty that was finalized in March.

The treaty itself has not been signed. Baku continues to insist that Armenia first remove what it calls territorial claims from its constitution, which would require a referendum; Pashinyan has said one could be held after elections in 2026.

The declaration also endorses a route through Armenia's southern Syunik province linking mainland Azerbaijan with its Nakhchivan exclave. Under the plan, to be branded the "Trump Route for International Peace and Prosperity", a U.S. company would develop the route under Armenian jurisdiction.

"It took a long time, 35 years. They fought and now they're going to be friends," Trump said. Aliyev and Pashinyan both said they would nominate Trump for the Nobel Peace Prize.

Each leader also held separate talks with Trump. The United States signed a memorandum with Armenia on cooperation in artificial intelligence and semiconductors, and agreed with Azerbaijan to work toward a strategic partnership charter. Trump also waived Section 907 of the Freedom Support Act, which restricted some U.S. assistance to Azerbaijan.

The two sides also jointly appealed to the OSCE to dissolve the Minsk Group, the mediation format led by France, Russia and the United States that oversaw the conflict for three decades.

Russia, whose influence in the South Caucasus has waned, said it welcomed any steps that contributed to peace but was watching the transit project closely. Iran, which borders Syunik, warned against any change to the region's "geopolitical borders", and a senior adviser to Supreme Leader Ali Khamenei said the corridor would become "a graveyard" for Trump's "mercenaries".

The Washington event followed a meeting between Aliyev and Pashinyan in Abu Dhabi in July, hosted by the United Arab Emirates, at which the two leaders discussed the final text without third-party mediators.

Analysts said many details remained vague. "The declaration is political, not legal," said Olesya Vartanyan, an analyst who covers the region. "Everything depends on implementation, and on what happens inside Armenia over the next year."

Armenian opposition figures accused Pashinyan of ceding sovereignty over Syunik, a charge the government rejected.

RELATED
Armenia, Azerbaijan finalize peace treaty text
Azerbaijan-Russia relations sink to new low after Yekaterinburg raids

Support Eurasianet's independent journalism | Subscribe to our newsletter

Tags: Armenia, Azerbaijan, United States, peace process, TRIPP"""))

A.append(dict(id="h40-12", source="notesfrompoland.com",
url="https://notesfrompoland.com/2023/09/21/duda-zelensky-meeting-cancelled-grain-dispute-un/",
published_at="2023-09-21", body="""Notes from Poland | News | Politics | Economy | Society | Support us

Our journalism is funded by our readers. Please consider supporting us on Patreon.

Planned Duda-Zelensky meeting at UN cancelled amid escalating grain row

Daniel Tilles | September 21, 2023

President Andrzej Duda at the UN General Assembly in New York. Photo: Jakub Szymczuk/KPRP

A meeting between Polish President Andrzej Duda and his Ukrainian counterpart, Volodymyr Zelensky, that had been planned for the sidelines of the United Nations General Assembly in New York did not take place, as a dispute over Poland's ban on Ukrainian grain imports escalated into one of the sharpest diplomatic rows between the two allies since Russia's invasion.

The presidential palace said the talks had been called off because of "scheduling issues". Duda told Polish journalists that it had not been his decision and that his office had been informed of changes to Zelensky's programme. Kyiv has not commented.

In his address to the General Assembly on Tuesday, Zelensky said it was "alarming" to see how "some in Europe play out solidarity in a political theatre, making a thriller from the grain". The remarks were widely read as aimed at Poland, Hungary and Slovakia, which have kept unilateral bans in place after an EU-wide restriction expired on 15 September.

Poland's foreign ministry responded by summoning Ukraine's ambassador, Vasyl Zvarych, on Tuesday evening to convey what it called a "strong protest".

The following day Prime Minister Mateusz Morawiecki, asked on television whether Poland would continue supporting Ukraine, said: "We are no longer transferring weapons to Ukraine, because we are now arming Poland." Government spokesman Piotr Muller later said Poland was only delivering previously agreed supplies.

The row comes less than a month before Poland's parliamentary elections, in which the ruling Law and Justice (PiS) party is competing for rural votes with the far-right Confederation.

Zelensky, meanwhile, met Brazilian President Luiz Inacio Lula da Silva in New York on Wednesday, their first face-to-face meeting, which both described as frank. He is due in Washington on Thursday for talks with President Joe Biden at the White House and meetings with members of Congress, where funding for Ukraine is under pressure. Canadian media have reported that he could travel on to Ottawa at the end of the week.

Duda, for his part, held a series of bilateral meetings with other leaders on the fringes of the General Assembly and said Poland's relations with Ukraine remained strategically important. "I don't think anything has broken," he said. But he compared Ukraine to "a drowning person" who "can drag you down".

Ukraine has filed a complaint against Poland, Hungary and Slovakia at the World Trade Organization over their bans.

Read more:
Poland extends ban on Ukrainian grain despite end of EU embargo
Polish election campaign: PiS promises to protect farmers
Poland to take over Ukrainian grain transit control, minister says

Main image credit: Jakub Szymczuk/KPRP (under CC BY-NC-ND 3.0 PL)

Share: Facebook | X | LinkedIn | Email

Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation."""))
