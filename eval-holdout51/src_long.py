# Long pages (2,500-4,500 characters), h51-01 .. h51-12
A = []

A.append(dict(id="h51-01", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-urges-turkic-unity-in-samarkand-holds-talks-with-mirziyoyev-aliyev",
published_at="2022-11-11", body="""Subscribe to our newsletter | Download the Daily Sabah app

BIST 100 4,511.96 ▲ 1.62% | USD/TRY 18.6210 ▲ 0.05% | EUR/TRY 19.2348 ▲ 1.31% | GRAM GOLD 1,061.40 ▼ -0.22%

POLITICS > DIPLOMACY

Erdoğan urges Turkic unity in Samarkand, holds talks with Mirziyoyev, Aliyev

by DAILY SABAH WITH AA
ISTANBUL Nov 11, 2022 - 7:12 pm GMT+3

President Recep Tayyip Erdoğan poses with leaders of the Organization of Turkic States (OTS) before the summit session in Samarkand, Uzbekistan, Nov. 11, 2022. (AA Photo)

President Recep Tayyip Erdoğan on Friday called on the members of the Organization of Turkic States (OTS) to turn centuries of shared history into "concrete, measurable projects" in energy, transport and the defense industry, as the bloc's leaders gathered in the ancient Silk Road city of Samarkand for their ninth summit.

"The Turkic world is no longer a dream but a reality that the whole world is watching," Erdoğan told the meeting, held under the theme "New Era for Turkic Civilization: Towards Common Development and Prosperity." He said the Middle Corridor, which links China to Europe through Central Asia, the Caspian Sea, the South Caucasus and Türkiye, had gained strategic weight since the war in Ukraine disrupted the northern routes.

Ahead of the session, Erdoğan was welcomed by his host, Uzbek President Shavkat Mirziyoyev, at the Silk Road Samarkand congress center. The two leaders held a closed-door meeting that lasted about 40 minutes, according to the Directorate of Communications, covering trade, energy, investments and regional developments. Erdoğan later said Ankara and Tashkent had set a bilateral trade target of $5 billion and thanked Mirziyoyev for "flawless" preparations.

On the sidelines of the summit, Erdoğan also sat down with Azerbaijani President Ilham Aliyev. The directorate did not release details of that meeting, but Azerbaijani media said the two discussed the peace process with Armenia and the opening of the Zangezur corridor, which Baku wants to connect its Nakhchivan exclave to mainland Azerbaijan.

Kazakh President Kassym-Jomart Tokayev and Erdoğan were seen chatting on their way to the family photo, although no formal meeting between the two was announced.

The summit adopted the Samarkand Declaration and granted observer status to the Turkish Republic of Northern Cyprus (TRNC), whose President Ersin Tatar attended the gathering. Erdoğan called it "a historic step" and urged member states to strengthen their ties with the Turkish Cypriots. Hungarian Prime Minister Viktor Orbán, whose country is also an observer, was in Samarkand as well.

Erdoğan underlined that the OTS should speak with one voice on regional crises, pointing to Ankara's role in brokering the Black Sea grain deal with the United Nations. "We will continue our efforts until a fair and lasting peace is achieved," he said.

The next OTS summit will take place in Kazakhstan in 2023.

Erdoğan is due to return to Türkiye on Friday evening. He is set to fly to the Indonesian island of Bali on Monday for the Group of 20 (G-20) leaders' summit, where he could meet U.S. President Joe Biden, although no meeting has been confirmed by either side.

READ NEXT
Erdoğan, Zelenskyy discuss grain deal extension in phone call
Turkish defense firms eye bigger share of Central Asian market
Inflation expected to peak in November, central bank chief says

MOST READ
1 Istanbul's Taksim blast suspect detained, interior minister says
2 Türkiye's Togg opens pre-orders for first electric car
3 Fenerbahçe extend lead at top of Süper Lig

KEYWORDS: ORGANIZATION OF TURKIC STATES, RECEP TAYYIP ERDOĞAN, SHAVKAT MIRZIYOYEV, ILHAM ALIYEV, SAMARKAND, UZBEKISTAN

Share: Facebook | X | WhatsApp | Telegram

Daily Sabah - All rights reserved. Turkuvaz Media Group"""))

A.append(dict(id="h51-02", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/turkiye-kazakhstan-elevate-ties-to-enhanced-strategic-partnership-173602",
published_at="2022-05-11", body="""We use cookies to improve your experience. By continuing, you accept our cookie policy. OK

Hürriyet Daily News
TÜRKİYE | ECONOMY | WORLD | OPINION | LIFE | SPORTS

Türkiye, Kazakhstan elevate ties to 'enhanced strategic partnership'

ANKARA

Kazakh President Kassym-Jomart Tokayev walks past a guard of honor with President Recep Tayyip Erdoğan at the Presidential Complex in Ankara. AA photo

Türkiye and Kazakhstan have upgraded their relationship to an "enhanced strategic partnership" and signed 15 agreements, including one on cooperation in military intelligence, during an official visit by Kazakh President Kassym-Jomart Tokayev to Ankara.

Tokayev, who arrived in the Turkish capital on Monday night, was greeted by President Recep Tayyip Erdoğan with an official ceremony at the Presidential Complex on May 10. The two leaders then held a one-on-one meeting before co-chairing the fifth session of the High-Level Strategic Cooperation Council.

"We have decided to raise our relations to the level of an enhanced strategic partnership. This is a reflection of the brotherly ties between our peoples," Erdoğan told a joint press conference.

The agreements cover defense, information technology, education, transport, health and the media. Under one of them, Turkish Aerospace Industries will produce ANKA drones in Kazakhstan, the first overseas production line for the unmanned aerial vehicle, according to officials.

Foreign Minister Mevlüt Çavuşoğlu and his Kazakh counterpart Mukhtar Tileuberdi signed a joint statement on the new partnership, while several other ministers signed agreements in their fields.

Tokayev said bilateral trade, which stood at around $5 billion last year, could be raised to $10 billion "in the coming years" and that Kazakhstan is interested in using Turkish ports to carry its goods to Europe via the Trans-Caspian route.

The Kazakh leader also thanked Ankara for its "balanced" position during the unrest that shook his country in January. "We received the support of our Turkish brothers in a difficult moment," he said.

Erdoğan said he would pay a visit to Kazakhstan in October, when he will also attend the summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA) in Nur-Sultan.

Asked about the war in Ukraine, Erdoğan said Türkiye would continue its diplomatic efforts to bring the two sides together and recalled the talks that Russian and Ukrainian foreign ministers held in Antalya in March. "We are ready to host a meeting at the leaders' level," he said.

Tokayev was also expected to meet members of the Turkish business community before leaving for home on May 11.

Relations between the two countries are built on the Turkic Council, now called the Organization of Turkic States, which Ankara and Nur-Sultan founded together with Azerbaijan and Kyrgyzstan in 2009.

RELATED NEWS
Erdoğan, Putin discuss Mariupol evacuation in phone call
Turkish, Finnish officials to meet in Ankara on NATO bid
Kazakhstan to buy Turkish-made armored vehicles

MOST POPULAR
Lira weakens past 15.5 against dollar
Archaeologists unearth 2,000-year-old mosaic in Hatay
Inflation hits two-decade high of 70 percent

Tags: Türkiye, Kazakhstan, Tokayev, diplomacy, ANKA

Share: Facebook | Twitter | LinkedIn | WhatsApp

Copyright © 2022 Hürriyet Daily News. All rights reserved."""))

A.append(dict(id="h51-03", source="en.trend.az",
url="https://en.trend.az/azerbaijan/politics/4092567.html",
published_at="2025-08-09", body="""Follow Trend on Telegram channel

USD 1.7000 | EUR 1.9802 | BRENT 66.59 ▼ | AZERI LIGHT 69.84 ▼

Politics

Aliyev, Pashinyan sign joint declaration at White House, peace treaty text initialed

Politics Materials 9 August 2025 03:14 (UTC +04:00)

Photo: President.az

BAKU, Azerbaijan, August 9. President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan signed a joint declaration in Washington on August 8 in the presence of US President Donald Trump, Trend reports.

The document, signed by the three leaders at the White House, confirms the agreement of the parties to end the conflict and calls for the initialing of the agreed text of the Agreement on the Establishment of Peace and Interstate Relations between Azerbaijan and Armenia.

The text was initialed at the same ceremony by Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan. The leaders also signed a joint appeal to the OSCE on the dissolution of the Minsk Group and its related structures.

Under the declaration, the parties agreed on unimpeded connectivity through the territory of Armenia between the main part of Azerbaijan and the Nakhchivan Autonomous Republic. The route, which will be developed with US participation, has been named the "Trump Route for International Peace and Prosperity".

Earlier in the day, President Ilham Aliyev and President Trump held a bilateral meeting in the Oval Office. The two presidents signed a memorandum of understanding on the establishment of a working group to draft a Charter on Strategic Partnership between Azerbaijan and the United States.

Trump also announced the waiver of Section 907 of the Freedom Support Act, which has restricted US government aid to Azerbaijan since 1992. President Aliyev called the decision "a historic day" and thanked the US leader for his "personal commitment to peace in the South Caucasus".

Pashinyan also had a separate meeting with Trump, and the two sides signed memoranda on cooperation in artificial intelligence, semiconductors and energy security, according to the Armenian government.

At a joint press appearance, Trump said Azerbaijan and Armenia had fought "for more than 35 years" and that both leaders had "shown great courage". Aliyev said the two countries had "established peace in the Caucasus", while Pashinyan described the day as "a milestone".

The peace agreement is expected to be signed after Armenia removes territorial claims against Azerbaijan from its constitution, a condition repeatedly voiced by Baku. Armenian officials have said a referendum on a new constitution could be held in 2027.

Aliyev invited Trump to visit Azerbaijan, according to the Azerbaijani presidential press service. No date was announced.

The leaders of Azerbaijan and Armenia had met in Abu Dhabi on July 10, the first stand-alone bilateral summit between the two countries without mediators.

---

Join us on: Facebook | X | Instagram | YouTube | LinkedIn

Latest
Azerbaijani, Kazakh FMs discuss Middle Corridor in phone call
Azerbaijan's non-oil exports up 5 percent in January-July
Baku to host Caspian oil and gas forum

Tags: Ilham Aliyev, Nikol Pashinyan, Donald Trump, peace agreement, Washington

Any use of materials is allowed only if a hyperlink to Trend.az is provided."""))

A.append(dict(id="h51-04", source="aa.com.tr",
url="https://www.aa.com.tr/en/turkiye/world-leaders-call-erdogan-to-offer-condolences-support-after-twin-quakes/2810473",
published_at="2023-02-07", body="""Anadolu Ajansı | EN | TR | AR | RU | BA | KK

TÜRKİYE

World leaders call Erdogan to offer condolences, support after twin quakes

Leaders of Azerbaijan, US, Russia, Greece, Israel, Pakistan express solidarity with Türkiye in phone conversations, offer search and rescue teams

Handan Kazanci and Gokhan Ergocun | 07.02.2023 - Update : 07.02.2023

ANKARA

President Recep Tayyip Erdogan has received a series of phone calls from world leaders who offered condolences and assistance after two powerful earthquakes centered in southern Kahramanmaras province killed thousands of people across 10 provinces.

Azerbaijani President Ilham Aliyev was among the first to call on Monday, Türkiye's Communications Directorate said. Aliyev told Erdogan that Azerbaijan stands with "brotherly Türkiye" and that a rescue team of more than 370 people was being dispatched to the quake zone.

US President Joe Biden phoned Erdogan on Monday evening to convey his condolences and said Washington would provide "any and all" needed assistance. Erdogan thanked him for the solidarity, the directorate said. Teams from the US Agency for International Development were deployed to Adana.

Russian President Vladimir Putin also called Erdogan, according to the Kremlin, and said Russian rescuers were ready to fly to Türkiye. Two Il-76 planes carrying a team from the Emergencies Ministry landed in Adana later in the day.

In a phone call that drew attention in both countries, Greek Prime Minister Kyriakos Mitsotakis expressed his condolences and said Greece would send rescuers, medical staff and supplies. "In difficult times like these, neighbors must stand by each other," Mitsotakis said afterwards. Erdogan thanked the Greek premier for his "sincere" words.

Israeli President Isaac Herzog also spoke with Erdogan, telling him that Israel was ready to help "in any way". An Israeli army search and rescue unit left for Türkiye on Tuesday morning.

Pakistan's Prime Minister Shehbaz Sharif called Erdogan to express his grief and offered help. Sharif had planned to travel to Ankara on Wednesday to show solidarity, but his office later said the visit had been postponed because of the ongoing rescue operations.

Foreign Minister Mevlut Cavusoglu spoke with several of his counterparts, including US Secretary of State Antony Blinken and Greek Foreign Minister Nikos Dendias.

NATO Secretary-General Jens Stoltenberg and European Commission President Ursula von der Leyen also telephoned the Turkish president, and the EU activated its civil protection mechanism.

Armenian Prime Minister Nikol Pashinyan sent a letter of condolence and said Yerevan was ready to provide assistance. A team of Armenian rescuers left for Türkiye on Tuesday.

Erdogan declared a three-month state of emergency in the 10 affected provinces on Tuesday and said 45 countries had offered search and rescue teams.

The 7.7 and 7.6 magnitude quakes struck nine hours apart on Monday and were felt across the region, including in Syria, Lebanon, Cyprus and Iraq.

Follow Anadolu on X and Telegram for the latest updates from the quake zone.

Related topics: Kahramanmaras earthquake | Recep Tayyip Erdogan | Türkiye

RELATED NEWS
Greek rescuers join search efforts in Kahramanmaras
Turkish, Azerbaijani rescue teams pull girl alive from rubble in Hatay
Bank accounts opened for donations to quake victims"""))

A.append(dict(id="h51-05", source="inform.kz",
url="https://www.inform.kz/en/xi-jinping-arrives-in-nur-sultan-on-state-visit_a3978412",
published_at="2022-09-14", body="""Kazinform | Kazakhstan | World | Business | Society | Sports | Videos

Weather: Nur-Sultan +17 | Almaty +22 | Shymkent +26
USD 470.85 | EUR 470.12 | RUB 7.79

Download the Kazinform app | Subscribe to our Telegram channel

Xi Jinping arrives in Nur-Sultan on state visit

14 September 2022, 18:40

NUR-SULTAN. KAZINFORM - Chinese President Xi Jinping has arrived in Nur-Sultan on a state visit to Kazakhstan, Kazinform reports.

At the airport, the Chinese leader was met by President Kassym-Jomart Tokayev, the Akorda press service said. It is Xi Jinping's first foreign trip since the beginning of the coronavirus pandemic. His last visit abroad was to Myanmar in January 2020.

Tokayev and Xi Jinping then held talks in narrow and extended formats at the Akorda presidential residence. The heads of state discussed trade and economic ties, transport and logistics, energy, agriculture and the transit potential of Kazakhstan, as well as the international situation.

"Kazakhstan was the first country you visited after being elected President of China, and today, after a long break, you again start your foreign trips with our country. We highly appreciate this," Tokayev said.

Xi Jinping said China firmly supports Kazakhstan in maintaining its independence, sovereignty and territorial integrity, and that "no matter how the international situation changes", Beijing will stand by Nur-Sultan.

Following the talks, the sides adopted a joint statement on the 30th anniversary of diplomatic relations, and a number of documents on cooperation were signed in the presence of the two leaders. The Kazakh President also awarded Xi Jinping the Order of Altyn Kyran, the highest award of Kazakhstan.

It was in Astana, at Nazarbayev University, that Xi Jinping first put forward the idea of the Silk Road Economic Belt in September 2013.

From Nur-Sultan, the Chinese leader will fly to Samarkand to take part in the summit of the Shanghai Cooperation Organisation on September 15-16. Xi Jinping will also pay a state visit to Uzbekistan, where he is scheduled to hold talks with President Shavkat Mirziyoyev.

On the sidelines of the SCO summit, Xi Jinping is due to meet Russian President Vladimir Putin, Kremlin aide Yuri Ushakov told journalists in Moscow on Tuesday. It will be their first in-person meeting since the Beijing Winter Olympics in February.

The renaming of the capital back to Astana is expected to take effect later this week, after President Tokayev signs the constitutional amendments adopted by Parliament.

Photo: Akorda

READ ALSO
Tokayev to attend SCO summit in Samarkand
Kazakhstan, Uzbekistan FMs discuss water and energy cooperation
Grain harvest in North Kazakhstan reaches 60 percent

Tags: Xi Jinping, Kassym-Jomart Tokayev, state visit, China, Kazakhstan

Share: Facebook | Telegram | WhatsApp | VK

When using materials, a hyperlink to Kazinform is required. © 1997-2022 Kazinform International News Agency"""))

A.append(dict(id="h51-06", source="trtworld.com",
url="https://www.trtworld.com/turkiye/erdogan-meets-putin-xi-and-sharif-on-sidelines-of-sco-summit-in-astana-18186642",
published_at="2024-07-04", body="""TRT World | Live | Türkiye | World | Business | Opinion | Video

Türkiye

Erdogan meets Putin, Xi and Sharif on sidelines of SCO summit in Astana

Turkish President tells SCO Plus session that a "just peace" between Russia and Ukraine is possible and that Türkiye is ready to facilitate talks.

Türkiye's President Erdogan shakes hands with Russia's President Putin in Astana, Kazakhstan, on July 3, 2024. /Photo: AA

TRT World
4 July 2024 | 2:55 PM

Turkish President Recep Tayyip Erdogan has held a series of bilateral meetings in the Kazakh capital Astana, where he is attending the summit of the Shanghai Cooperation Organisation (SCO), of which Türkiye is a dialogue partner.

Erdogan met Russian President Vladimir Putin on Wednesday evening at a hotel on the sidelines of the summit, the first time the two had met in person since September. The two leaders discussed bilateral trade, energy, the Akkuyu nuclear power plant and the war in Ukraine, according to Türkiye's Communications Directorate.

At the meeting, Putin invited Erdogan to attend the BRICS summit in the Russian city of Kazan in October. Erdogan did not say whether he would go.

Erdogan also sat down with China's Xi Jinping. The directorate said the two leaders discussed ways to balance bilateral trade, which is heavily tilted in China's favour, and Beijing's support for the Middle Corridor.

On Thursday morning, Erdogan sat down with Pakistani Prime Minister Shehbaz Sharif before the SCO Plus session. Both sides said they would push trade towards a $5 billion target.

Erdogan arrived in Astana on Wednesday and was welcomed at the Palace of Independence by Kazakh President Kassym-Jomart Tokayev, the summit host.

Addressing the SCO Plus meeting on Thursday, Erdogan said: "We believe a just peace that would satisfy both sides is possible in the war between Russia and Ukraine. Türkiye is ready to do its part, including in facilitating negotiations." He also criticised Israel's war in Gaza and called on the international community to act.

The two-day summit was attended by leaders of the 10 SCO members after Belarus formally joined as the bloc's newest member. UN Secretary-General Antonio Guterres was also present.

On Wednesday, Xi also held talks with Putin, the two leaders' second in-person meeting this year after Putin's visit to Beijing in May. Xi will travel from Astana to Dushanbe for a state visit to Tajikistan, Chinese state media said.

Next week, Erdogan is scheduled to travel to Washington for the NATO summit, which marks the alliance's 75th anniversary.

SOURCE: TRT World and agencies

MORE FROM TRT WORLD
Türkiye slams Israeli minister's visit to Al Aqsa
Tokayev and Mirziyoyev agree to boost water cooperation
What the SCO's expansion means for Eurasia

Subscribe to our newsletter | Follow us on X, Instagram, YouTube

We use cookies for analytics and personalisation. Manage preferences | Accept all"""))

A.append(dict(id="h51-07", source="apa.az",
url="https://apa.az/en/foreign-policy/erdogan-arrives-in-nakhchivan-meets-with-president-ilham-aliyev-413812",
published_at="2023-09-25", body="""APA | Azerbaijan Press Agency | Az | Ru | En | Tr

News | Politics | Economy | Region | Society | Sports

Subscribe to our Telegram channel | Download APA mobile app

Erdogan arrives in Nakhchivan, meets with President Ilham Aliyev

Foreign policy | 25 September 2023 14:08 (UTC +04:00)

Photo: Presidential press service

Baku. Tarana Mammadova - APA. President of the Republic of Türkiye Recep Tayyip Erdogan has arrived in the Nakhchivan Autonomous Republic of Azerbaijan on a working visit, APA reports.

President Ilham Aliyev met the Turkish leader at the Nakhchivan International Airport. First Lady Mehriban Aliyeva and Emine Erdogan were also present.

It is the first visit of a foreign head of state to Azerbaijan since the local anti-terror measures carried out in the Karabakh economic region on September 19-20.

The heads of state then held a one-on-one meeting. After the meeting, President Aliyev and President Erdogan attended the groundbreaking ceremony of the Igdir-Nakhchivan gas pipeline, which is expected to supply up to 700 million cubic meters of natural gas a year to the autonomous republic, reducing its reliance on supplies via Iran.

The two leaders also attended the opening of the modernized military complex of the Combined Arms Army in Nakhchivan.

In his speech, President Ilham Aliyev said: "Our relations are based on brotherhood, friendship and alliance. The Shusha Declaration has raised our relations to the level of alliance." He added that Azerbaijan had "restored its sovereignty" over its entire territory.

Erdogan said that Türkiye had always stood by Azerbaijan and welcomed "the successful completion" of the operation. "Now it is time to seize the historic opportunity for a lasting peace in the region," he said, adding that the opening of the Zangezur corridor would benefit the whole region. He said the gas pipeline would be completed within 18 months.

Meanwhile, talks between Hikmet Hajiyev, Assistant to the President of Azerbaijan and head of the Foreign Policy Affairs Department of the Presidential Administration, and Armenian Security Council Secretary Armen Grigoryan are due to take place in Brussels on Tuesday, with the participation of advisers to EU Council President Charles Michel.

President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan are also expected to meet in Granada, Spain, on October 5 on the margins of the European Political Community summit, in a format involving Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz.

APA

Other news
Bayramov meets Blinken in New York
Azerbaijan delivers humanitarian aid to Khankendi
Azerbaijani MoD: Ammunition depots found in Khankendi

Tags: Recep Tayyip Erdogan, Ilham Aliyev, Nakhchivan, Turkiye

Share: Facebook | X | WhatsApp | Telegram

© APA Group 2023. Reproduction is permitted with a hyperlink to APA."""))

A.append(dict(id="h51-08", source="timesca.com",
url="https://timesca.com/macron-wraps-up-astana-leg-of-central-asia-tour-heads-to-samarkand/",
published_at="2023-11-02", body="""The Times of Central Asia | Kazakhstan | Kyrgyzstan | Tajikistan | Turkmenistan | Uzbekistan

Support independent journalism in Central Asia - Donate

Macron wraps up Astana leg of Central Asia tour, heads to Samarkand

By TCA | November 2, 2023

French President Emmanuel Macron and Kazakh President Kassym-Jomart Tokayev at the Akorda palace in Astana on November 1. Photo: Akorda

French President Emmanuel Macron was wrapping up a two-day visit to Kazakhstan on Thursday that produced agreements on critical raw materials, energy and aviation, and was due to fly on to Uzbekistan later in the day for the second leg of a trip that Paris presents as an effort to offer Central Asian states "an alternative" to their big neighbors.

Macron was received by President Kassym-Jomart Tokayev at the Akorda on Wednesday. The two leaders held talks in narrow and enlarged formats, during which they discussed trade, energy, uranium, the situation in Ukraine and the Middle East, and cooperation in education and culture.

In the presence of the two presidents, the sides signed a roadmap on critical minerals and a number of commercial agreements. French group Orano, which already mines uranium in Kazakhstan in a joint venture with Kazatomprom, agreed to study new deposits, while Airbus will expand the production of helicopters in the country, officials said.

"France does not want to force anyone to choose between partners," Macron told reporters alongside Tokayev, adding that Paris had come "to open a new page of relations." Tokayev said Kazakhstan supplies about 40 percent of the uranium used in French power plants, and described France as one of the country's largest investors.

Macron also met members of the French business community and French students at a lycée in Astana on Thursday morning.

In Uzbekistan, Macron is expected to hold talks with President Shavkat Mirziyoyev on Thursday evening and Friday, and to attend a signing ceremony of contracts worth several billion euros, according to the Élysée. He is also due to visit the historic sites of Samarkand.

The trip is Macron's first to the region since taking office in 2017. Tokayev visited Paris last November on an official visit.

Analysts say the tour reflects growing Western interest in Central Asia since Russia's invasion of Ukraine. German Chancellor Olaf Scholz hosted the five Central Asian leaders in Berlin in late September, and U.S. President Joe Biden met them in New York on the sidelines of the UN General Assembly.

Unlike Germany and the United States, France has chosen a bilateral approach rather than the "C5+1" format.

"For Astana, this is about diversification," said a political scientist at a university in Almaty. "Kazakhstan will not break with Moscow or Beijing, but it wants more options."

Read more:
Putin to visit Kazakhstan next week, Kremlin says
Kyrgyzstan and Tajikistan hold new round of border talks
Turkmenistan's gas exports to China rise

Tags: France, Kazakhstan, Uzbekistan, Emmanuel Macron, Kassym-Jomart Tokayev

Share: Facebook | X | Telegram | LinkedIn

Sign up for our weekly newsletter."""))

A.append(dict(id="h51-09", source="azatutyun.am",
url="https://www.azatutyun.am/a/31749512.html",
published_at="2022-03-12", body="""Radio Azatutyun | RFE/RL Armenian Service | Հայերեն | Русский | English

Armenian, Turkish Foreign Ministers Meet In Antalya

Naira Bulghadarian | March 12, 2022

Foreign Minister Ararat Mirzoyan (left) and his Turkish counterpart Mevlut Cavusoglu meet in Antalya, March 12, 2022.

Foreign Minister Ararat Mirzoyan held talks with his Turkish counterpart Mevlut Cavusoglu in Antalya on Saturday, in the highest-level contact between the two neighboring states since the start of a new effort to normalize their relations.

Mirzoyan traveled to the Turkish resort city to attend the Antalya Diplomacy Forum, an annual conference hosted by Turkey's Foreign Ministry that brought together dozens of ministers and officials this year.

The two ministers met on the sidelines of the forum for about an hour. Speaking to reporters afterwards, Cavusoglu said the meeting had been "constructive" and that Ankara and Yerevan agreed to continue the normalization process "without preconditions." He said the two countries' special envoys, Serdar Kilic and Ruben Rubinyan, would meet again in the coming weeks, without giving a date or a venue.

Mirzoyan told Armenian journalists that the sides discussed steps that could be taken "in the short term," including the opening of the border for citizens of third countries. "We reaffirmed our readiness to establish diplomatic relations and open the border," he said.

Kilic and Rubinyan held their first round of talks in Moscow on January 14 and the second in Vienna on February 24. Commercial flights between Istanbul and Yerevan resumed in early February after a two-year break.

Turkey closed its border with Armenia in 1993 in solidarity with Azerbaijan, which was then fighting with Armenia over Nagorno-Karabakh. Ankara has said that it will coordinate every step of the normalization process with Baku.

The Antalya forum was overshadowed by the war in Ukraine. Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba met in the city on Thursday in a trilateral format with Cavusoglu, their first talks since the Russian invasion began on February 24. That meeting produced no agreement on a ceasefire.

Armenian opposition figures criticized Mirzoyan's trip, accusing the government of making concessions to Ankara and Baku. Government officials dismissed the criticism, saying that the normalization would benefit Armenia's economy and security.

Mirzoyan also met on the sidelines of the forum with a number of other foreign ministers and international officials, his ministry said, without naming them.

Related
Pashinyan, Aliyev Hold Talks In Brussels
Armenian-Turkish Talks Resume In Vienna
Yerevan Hopes For Progress With Ankara 'By Summer'

Comments: 14 | Share | Print

Copyright (c) 2022 RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty"""))

A.append(dict(id="h51-10", source="kabar.kg",
url="https://kabar.kg/eng/news/japarov-and-rahmon-sign-treaty-on-kyrgyz-tajik-state-border/",
published_at="2025-03-13", body="""Kabar | Kyrgyz National News Agency | Кыргызча | Русский | English | 中文

Politics | Economy | Society | Regions | World

USD 87.45 | EUR 95.18 | RUB 0.99 | KZT 0.17

Japarov and Rahmon sign treaty on Kyrgyz-Tajik state border

13.03.2025 16:22

Bishkek, March 13 /Kabar/. President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon have signed the Treaty on the Kyrgyz-Tajik State Border, the presidential press service reported.

The document was signed in Bishkek as part of the state visit of the Tajik leader to Kyrgyzstan. Emomali Rahmon arrived at Manas International Airport on Thursday morning, where he was met by President Japarov. The official welcoming ceremony took place at the Yntymak Ordo state residence.

The talks were held in narrow and expanded formats. The heads of state discussed the state and prospects of Kyrgyz-Tajik relations, trade and economic cooperation, energy, including the CASA-1000 project, transport and water use.

"Today we are turning a new page in the history of our relations. The border issue, which has remained unresolved for more than 30 years, is now closed," Sadyr Japarov said at a joint briefing.

Emomali Rahmon noted that the treaty "opens wide opportunities for good-neighborliness and cooperation" and expressed gratitude to the government delegations for their work.

The treaty covers the entire length of the common border, about 980 kilometers. The government delegations of the two countries, led by the heads of the security services, Kamchybek Tashiev and Saimumin Yatimov, held dozens of rounds of negotiations on delimitation and demarcation of the border since 2021. Kamchybek Tashiev said the parties had exchanged some territories on an equivalent basis.

In addition to the treaty, the presidents signed a joint statement, and a number of intergovernmental agreements on restoring transport links and reopening the border checkpoints were also signed.

Deadly armed clashes broke out on the border in April 2021 and September 2022, claiming the lives of more than 100 people on both sides.

According to the press service, the presidents of Kyrgyzstan, Tajikistan and Uzbekistan will hold a trilateral meeting in Khujand at the end of March, where an agreement on the junction point of the three countries' borders is expected to be signed.

Photo: President.kg

Related news:
Japarov receives Kazakh Foreign Minister
Tashiev: All checkpoints on Kyrgyz-Tajik border to be opened
Sadyr Japarov congratulates women on March 8

Share: Facebook | Telegram | WhatsApp

When using materials, a link to Kabar agency is mandatory. © 2025 Kabar"""))

A.append(dict(id="h51-11", source="dw.com",
url="https://www.dw.com/en/germany-uzbekistan-sign-migration-deal-during-scholz-visit/a-70224417",
published_at="2024-09-15", body="""DW | Made for minds. | Live TV | Topics | Germany | Europe | World | Business

POLITICS | GERMANY

Germany, Uzbekistan sign migration deal during Scholz visit

Chancellor Olaf Scholz is on a trip to Central Asia, where Germany hopes to find skilled workers and partners in energy and raw materials. The new agreement aims to make deportations easier.

Chancellor Olaf Scholz was greeted by President Shavkat Mirziyoyev in the historic city of Samarkand. Image: Kay Nietfeld/dpa/picture alliance

Germany and Uzbekistan signed a migration agreement on Sunday during a visit by Chancellor Olaf Scholz to the Central Asian country, aimed at attracting skilled workers to Germany while making it easier to send back Uzbeks who have no right to stay.

The deal was signed in Samarkand by German Interior Minister Nancy Faeser and Uzbek Interior Minister Pulat Bobojonov after talks between Scholz and President Shavkat Mirziyoyev.

Uzbekistan is seeking job opportunities for its young and fast-growing population, and Germany is short of workers in sectors such as nursing, engineering and transport.

Officials in Berlin said the agreement could also help with the return of Afghan nationals who are facing deportation from Germany, as Uzbekistan might serve as a transit country. Scholz's spokesman did not confirm that.

"We want to make it easier for those we need to come to Germany, and we want to make sure that those who have no right to stay return to their home country," Faeser told reporters.

At a press conference, Mirziyoyev said Uzbekistan was ready to train workers according to German standards and called the agreement "a very important step."

Germany already hosts around 13,700 Uzbek nationals, and the number of Uzbeks who have come to Germany to work has risen in recent years.

Scholz will travel on to Kazakhstan, where he is due to hold talks with President Kassym-Jomart Tokayev in Astana on Monday. On Tuesday, he will attend a summit with the leaders of all five Central Asian states, the second after a first meeting in Berlin last September.

The region is rich in oil, gas and raw materials such as rare earths, and is seen as an important alternative supplier after Germany cut its energy dependence on Russia.

Scholz has been under pressure at home over migration after a knife attack in the western city of Solingen and the strong results of the far-right AfD in state elections in eastern Germany.

Mirziyoyev visited Berlin in May 2023, when the two countries agreed to expand their partnership.

kb/wd (dpa, Reuters, AFP)

Advertisement

Related topics: Olaf Scholz, Uzbekistan, Migration, Nancy Faeser

Send | Facebook | X | WhatsApp | Permalink

Related content
Scholz says time is right to talk about ending the war in Ukraine
Germany deports 28 Afghans to Kabul via Qatar
EU migration pact: What changes?"""))

A.append(dict(id="h51-12", source="astanatimes.com",
url="https://astanatimes.com/2024/11/putin-arrives-in-astana-on-state-visit-ahead-of-csto-summit/",
published_at="2024-11-27", body="""The Astana Times | Nation | Business | World | Opinion | Culture | Sports

Subscribe to our daily newsletter

Putin arrives in Astana on state visit ahead of CSTO summit

By Staff Report in Nation on 27 November 2024

ASTANA - Russian President Vladimir Putin arrived in Astana on Nov. 27 on a state visit to Kazakhstan, his first since 2019, and held talks with President Kassym-Jomart Tokayev at the Akorda presidential residence.

Tokayev met his Russian counterpart at the airport, and an official welcome ceremony was held at the Akorda. An honor escort of horsemen accompanied Putin's motorcade along Astana's main avenue.

The leaders held talks in narrow and extended formats, focusing on trade, energy, transport and industrial cooperation. Russia is Kazakhstan's largest trading partner in the Eurasian Economic Union, with trade reaching $28 billion last year.

"Kazakhstan is our closest ally and strategic partner," Putin said. "Our relations have always been based on friendship and mutual respect."

Tokayev said the two countries had "a unique model of cooperation" and pointed to joint projects in gas processing, coal power generation and the modernization of housing and utilities.

Following the talks, the presidents signed a joint statement on the 30th anniversary of the Treaty on Friendship, Cooperation and Mutual Assistance, and around 17 intergovernmental and interagency documents were signed in their presence, covering among other things the construction of three coal-fired power plants in Kazakhstan, gas supplies and education.

The two leaders also launched a Russian-language school project via video link and attended a reception in honor of the Russian delegation.

On Nov. 28, Putin will take part in the summit of the Collective Security Treaty Organization (CSTO), which Kazakhstan is chairing this year. Belarusian President Alexander Lukashenko and other leaders of the bloc are expected in Astana for the meeting.

Armenian Prime Minister Nikol Pashinyan will not attend the summit, the Armenian government confirmed. Yerevan froze its participation in the CSTO earlier this year, accusing the alliance of failing to protect Armenia against Azerbaijan.

Putin's trip comes shortly after the Russian leader hosted Tokayev in Moscow and Kazan, where the Kazakh president attended the BRICS summit in October. Tokayev has said Kazakhstan is not seeking to join BRICS for now.

Asked by journalists about Ukraine, Putin said Russia would respond to Western missile strikes on its territory. Tokayev has repeatedly said that Kazakhstan does not recognize the annexation of Ukrainian territories and supports a peaceful settlement.

The visit drew attention from Western diplomats in Astana, who have urged Kazakhstan to prevent the re-export of sanctioned goods to Russia.

Photo credit: Akorda press service.

Latest news
Tokayev, Mirziyoyev discuss water management by phone
Kazakhstan launches new satellite into orbit
Astana Opera to host New Year gala

Tags: Putin, Tokayev, Russia, state visit, CSTO

Share: Facebook | X | Telegram | LinkedIn | Email

© 2024 The Astana Times. All rights reserved."""))
