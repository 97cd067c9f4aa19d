# Medium wire-style stories (1,200-2,000 characters), h68-13 .. h68-26
M = []

M.append(dict(id="h68-13", source="dpa-international.com",
url="https://www.dpa-international.com/topic/tusk-paris-berlin-weimar-triangle-urn:newsml:dpa.com:20090101:240212-99-956412",
published_at="2024-02-12", body="""dpa international | Politics | Europe

Tusk makes Paris and Berlin first stops to revive Weimar Triangle

Paris/Berlin (dpa) - Poland's new Prime Minister Donald Tusk held talks with French President Emmanuel Macron in Paris and Chancellor Olaf Scholz in Berlin on Monday, on a one-day trip aimed at reviving cooperation between the three countries after years of friction under Poland's previous nationalist government.

The visits came two days after former US president Donald Trump told a campaign rally he would encourage Russia to do "whatever the hell they want" to NATO allies that did not spend enough on defence.

"One for all and all for one," Tusk said at the Elysée Palace, adding that Europe had to become a military power in its own right. Macron said Europe must "take its share" of responsibility for its own security.

In Berlin, Scholz called Trump's remarks "irresponsible and dangerous". The chancellor said the two governments would hold their first intergovernmental consultations since 2018 in Warsaw in July.

In parallel, the three countries' foreign ministers, Radosław Sikorski, Annalena Baerbock and Stéphane Séjourné, met at La Celle-Saint-Cloud near Paris in the so-called Weimar Triangle format.

Tusk, who returned to office in December, travelled to Kyiv last month for talks with Ukrainian President Volodymyr Zelensky.

dpa ks/ba xxzz a3 sf

© dpa GmbH | Imprint | Privacy

Most read on dpa international
Germany's economy shrank in 2023, statistics office confirms
Farmers block motorway access roads in Bavaria
Berlin repeat vote: turnout low in partial rerun"""))

M.append(dict(id="h68-14", source="ansa.it",
url="https://www.ansa.it/english/news/politics/2023/01/23/meloni-seals-energy-deals-in-algiers_5f1b2c0a-7d3e-4a91-b8c2-1e6f9a0d3b47.html",
published_at="2023-01-23", body="""ANSA English | News in English | Politics | Business | Culture | Sport

Meloni seals energy deals in Algiers, eyes Italy as Europe's gas hub

Premier hails Algeria as 'most strategic partner'

(ANSA) - ALGIERS, JAN 23 - Premier Giorgia Meloni on Monday hailed Algeria as Italy's "most strategic partner" on energy after talks with President Abdelmadjid Tebboune on the second day of her visit, her first bilateral trip outside Europe since taking office in October.

After the meeting, in the presence of the two leaders, Eni CEO Claudio Descalzi and Sonatrach chief executive Toufik Hakkar signed two agreements, on cutting greenhouse gas emissions and on studying new infrastructure to carry gas, hydrogen and electricity across the Mediterranean to Italy.

Algeria overtook Russia as Italy's top gas supplier last year. Meloni said Italy could become the "gateway" for African energy into Europe.

On Sunday the premier laid a wreath at a garden in Algiers dedicated to Enrico Mattei, the founder of Eni, whose name she has given to her planned strategy for Africa.

Several Italian media reported that Meloni could travel to Tripoli at the end of the week, again with Descalzi, but Palazzo Chigi did not confirm the trip.

Opposition leaders accused the government of replacing one energy dependence with another. Meloni rejected the criticism, saying diversification was "the opposite of dependence".

ALL RIGHTS RESERVED © Copyright ANSA

Share | Tweet | Email

Related
Tajani: Italy ready to send more air defence to Ukraine
Eni, Sonatrach expand gas deliveries via TransMed"""))

M.append(dict(id="h68-15", source="bta.bg",
url="https://www.bta.bg/en/news/bulgaria/217404-pm-petkov-in-skopje-bulgaria-north-macedonia-to-set-up-working-groups",
published_at="2022-01-18", body="""BTA | Bulgarian News Agency | Bulgaria | World | Economy | Regions

PM Petkov in Skopje: Bulgaria, North Macedonia to Set Up Working Groups to Unblock Relations

Skopje, January 18 (BTA correspondent Elena Dimitrova) - Prime Minister Kiril Petkov and his North Macedonian counterpart Dimitar Kovachevski agreed on Tuesday to set up working groups on the economy, infrastructure, European integration, culture and history, in a bid to break the deadlock in bilateral relations.

Petkov arrived in Skopje on Tuesday morning at the head of a government delegation that included Deputy Prime Minister and Finance Minister Assen Vassilev, Deputy Prime Minister for EU Funds Kalina Konstantinova, Foreign Minister Teodora Genchovska and Transport Minister Nikolay Sabev.

The visit came a day after Kovachevski's government was sworn in. "We want to show that things can be done differently," Petkov told a joint news conference, adding that the first results should be visible within months.

The two sides agreed to restore direct flights between Sofia and Skopje and to speed up work on the railway link along Pan-European Transport Corridor 8.

Kovachevski said he would visit Sofia "soon", without naming a date.

Bulgaria has blocked the start of North Macedonia's EU accession negotiations since November 2020, citing disputes over history, language and the rights of Bulgarians in North Macedonia.

/ED/

Source: Skopje

BTA | © Bulgarian News Agency 2022 | Terms of use

Related news
Radev: Bulgaria's Position on North Macedonia Remains Unchanged
Petkov to Attend European Council in Brussels
Sofia, Skopje Transport Ministers Discuss Corridor 8"""))

M.append(dict(id="h68-16", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3818245-shmyhal-fico-hold-intergovernmental-consultations-in-uzhhorod.html",
published_at="2024-01-24", body="""Ukrinform | Multimedia Platform of Ukraine's Broadcasting | Politics | War | Economy

Shmyhal, Fico hold intergovernmental consultations in Uzhhorod

24.01.2024 16:41

Prime Minister of Ukraine Denys Shmyhal and Prime Minister of the Slovak Republic Robert Fico held intergovernmental consultations in Uzhhorod on Wednesday.

Ukrinform reports this with reference to the Government portal.

"We held substantive negotiations with Slovak Prime Minister Robert Fico. I am grateful to Slovakia for its support, including humanitarian," Shmyhal wrote on Telegram.

The parties discussed energy, joint infrastructure projects, new border crossings and the export of Ukrainian agricultural products.

According to Shmyhal, Fico said Slovakia would not block the EUR 50 billion Ukraine Facility at the European Council summit on February 1 and would not obstruct commercial contracts for arms supplies by Slovak companies.

It was the first meeting of the two prime ministers since Fico's government took office in October.

The sides agreed that the next round of intergovernmental consultations should take place in Slovakia.

Read also: Ukraine, Hungary foreign ministers to meet in Uzhhorod on January 29

When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory. Citing translations of foreign media is possible only with a link to ukrinform.net and the website of the foreign media.

Ukrinform News | Subscribe to our Telegram channel"""))

M.append(dict(id="h68-17", source="president.gov.ua",
url="https://www.president.gov.ua/en/news/volodimir-zelenskij-i-prezident-finlyandiyi-aleksandr-stubb-p-89881",
published_at="2024-04-03", body="""Official website of the President of Ukraine | News | Addresses | Decrees

Volodymyr Zelenskyy and President of Finland Alexander Stubb signed an agreement on security cooperation

3 April 2024 - 14:20

In Kyiv, President of Ukraine Volodymyr Zelenskyy and President of the Republic of Finland Alexander Stubb signed the Agreement on Security Cooperation and Long-Term Support between Ukraine and Finland.

The document is valid for ten years. Finland commits to continue providing military, humanitarian and financial assistance, to support the reconstruction of Ukraine and to help strengthen Ukraine's defence industry.

"Today is an important day for our relations. Finland is a country that knows the price of freedom," the Head of State said.

The presidents held talks in a tête-à-tête format and with the participation of delegations. Alexander Stubb announced Finland's 20th defence aid package worth EUR 188 million.

The parties also discussed implementation of the Peace Formula and preparations for the first Global Peace Summit.

This is Alexander Stubb's first visit to Ukraine as President of Finland. He took office on 1 March.

Ukraine has previously signed similar bilateral security agreements with the United Kingdom, Germany, France, Denmark, Canada, Italy and the Netherlands.

Other news
President met with families of fallen defenders of Ukraine
Address by the President on the situation at the front
Volodymyr Zelenskyy presented state awards to servicemen

Subscribe to the newsletter | All news"""))

M.append(dict(id="h68-18", source="barrons.com",
url="https://www.barrons.com/news/macron-heckled-at-dutch-speech-on-european-sovereignty-7e2b0a14",
published_at="2023-04-11", body="""DJIA 33,684.79 0.29% | S&P 500 4,108.94 0.00% | Nasdaq 12,031.88 -0.43% | U.S. 10 Yr 3.427% | Crude Oil 81.53 2.05%

Barron's | News | AFP

Macron Heckled At Dutch Speech On 'European Sovereignty'

By AFP - Agence France Presse
April 11, 2023

French President Emmanuel Macron was heckled by protesters during a speech in The Hague on Tuesday, as he began a state visit to the Netherlands under fire for comments on Taiwan.

Macron and his wife Brigitte were welcomed in Amsterdam earlier in the day by King Willem-Alexander and Queen Maxima, in the first state visit by a French president to the Netherlands since Jacques Chirac in 2000.

A few minutes into his address on European sovereignty at the Nexus Institute, protesters in the audience unfurled a banner and shouted "Where is French democracy?", a reference to his contested pension reform.

The French leader, who paid a state visit to China last week, has faced criticism from US and European politicians over an interview in which he said Europe should avoid being drawn into a crisis over Taiwan and must not become "followers" of Washington.

"Being an ally does not mean being a vassal," he said in The Hague.

On Wednesday Macron is due to hold talks with Prime Minister Mark Rutte in Amsterdam, where the two governments are expected to sign an innovation pact.

burs-ab/jj

Copyright 2023 AFP. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""))

M.append(dict(id="h68-19", source="efe.com",
url="https://efe.com/en/world/2022-04-21/sanchez-and-frederiksen-arrive-in-kyiv-by-train-to-meet-zelensky",
published_at="2022-04-21", body="""EFE Noticias | English | World | Economy | Culture

Sánchez and Frederiksen arrive in Kyiv by train to meet Zelensky

Kyiv, Apr 21 (EFE).- Spanish Prime Minister Pedro Sánchez and his Danish counterpart Mette Frederiksen arrived in Kyiv by train on Thursday for a meeting with Ukrainian President Volodymyr Zelensky, their first trip to Ukraine since Russia invaded the country on February 24.

"We are here to tell President Zelensky and the brave Ukrainian people that they are not alone," Sánchez wrote on Twitter alongside a photograph taken on the station platform.

Before the meeting the two leaders visited Borodianka, a town northwest of the capital that was devastated during the Russian occupation.

Sánchez announced that Spain would reopen its embassy in Kyiv in the coming days and would send a ship carrying some 200 tonnes of military material and humanitarian aid.

Frederiksen said Denmark would continue to support Ukraine "politically, economically and militarily" and backed a rapid examination of Kyiv's application to join the European Union.

The two leaders travelled together from Poland, according to the Spanish prime minister's office, which gave no further details for security reasons.

Spain has taken in more than 100,000 Ukrainian refugees since the start of the war, according to the government.

mmr/ja/ah

© EFE 2022. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A.

Share | Twitter | Facebook | Email"""))

M.append(dict(id="h68-20", source="english.news.cn",
url="http://english.news.cn/20230426/3f8a2b91c0d44e6b9a7e5d2c1b0f8e43/c.html",
published_at="2023-04-26", body="""Xi speaks with Ukrainian President Zelensky over phone

Source: Xinhua | Editor: huaxia | 2023-04-26 21:47:13

BEIJING, April 26 (Xinhua) -- Chinese President Xi Jinping on Wednesday had a phone call with Ukrainian President Volodymyr Zelensky.

Xi said that China-Ukraine relations have gone through 31 years of development and reached the level of strategic partnership, which has given impetus to the development and revitalization of the two countries.

Noting that the Ukraine crisis is evolving in a complex way with major impacts on the international landscape, Xi said dialogue and negotiation are the only viable way out. On the nuclear issue, he said all parties concerned should stay calm and exercise restraint, since there is no winner in a nuclear war.

Xi said China will send the Special Representative of the Chinese Government on Eurasian Affairs to visit Ukraine and other countries to have in-depth communication with all parties on the political settlement of the Ukraine crisis.

Zelensky congratulated Xi on his re-election as Chinese president and said Ukraine welcomes China playing an important role in restoring peace and seeking diplomatic ways to resolve the crisis.

Enditem

Photo: Chinese President Xi Jinping has a phone call with Ukrainian President Volodymyr Zelensky in Beijing, capital of China, April 26, 2023. (Xinhua/Ju Peng)

Most viewed
Chinese defense minister meets Putin in Moscow
China's Q1 GDP grows 4.5 pct year on year
Shenzhou-16 crew to launch in late May

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h68-21", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-president-us-counterpart-meet-on-nato-summit-sidelines-in-madrid/2626415",
published_at="2022-06-29", body="""AA | Anadolu Agency | Türkiye | Politics | World | Economy

Turkish president, US counterpart meet on NATO summit sidelines in Madrid

Erdogan, Biden discuss bilateral ties, regional issues, Sweden and Finland's NATO bids

Selim Karataş | 29.06.2022

MADRID

Turkish President Recep Tayyip Erdogan met his US counterpart Joe Biden on Wednesday on the sidelines of the NATO summit in the Spanish capital Madrid.

The closed-door meeting at the IFEMA convention centre lasted around an hour. Foreign Minister Mevlut Cavusoglu, Defense Minister Hulusi Akar and presidential spokesman Ibrahim Kalin accompanied Erdogan.

Ahead of the meeting, Biden thanked Erdogan for "putting together the situation with Finland and Sweden" and for his efforts to get grain out of Ukraine.

On Tuesday, Türkiye, Finland and Sweden signed a trilateral memorandum addressing Ankara's security concerns, clearing the way for the two Nordic countries to be invited into the alliance. The document was signed by Cavusoglu and his counterparts Pekka Haavisto and Ann Linde in the presence of Erdogan, Finnish President Sauli Niinisto, Swedish Prime Minister Magdalena Andersson and NATO Secretary General Jens Stoltenberg, following a four-way meeting.

Biden had also spoken to Erdogan by phone on Tuesday, before the four-way meeting, according to the White House.

Türkiye has requested 40 F-16 fighter jets and kits to modernize its existing fleet.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))

M.append(dict(id="h68-22", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20230715001251315",
published_at="2023-07-15", body="""Yonhap News Agency | National | Politics | Diplomacy

(LEAD) Yoon makes surprise visit to Ukraine, holds summit with Zelensky

By Park Ji-hoon

KYIV, July 15 (Yonhap) -- President Yoon Suk Yeol made an unannounced visit to Ukraine on Saturday and held a summit with Ukrainian President Volodymyr Zelensky, the presidential office said, in his first trip to the war-torn country.

Yoon and first lady Kim Keon Hee traveled to Kyiv by train from Poland after wrapping up a three-day official visit there. Before the summit, the couple visited Bucha and Irpin, two towns near the capital where Russian troops were accused of atrocities, and laid flowers at a memorial.

At the summit at the Mariinsky Palace, Yoon pledged expanded support under a "Ukraine Peace Solidarity Initiative," including more nonlethal military supplies, such as mine detectors, and humanitarian aid, his office said.

On Thursday, Yoon held summit talks with Polish President Andrzej Duda in Warsaw, where the two sides signed memorandums of understanding on cooperation in defense, infrastructure and the reconstruction of Ukraine. Earlier in the week Yoon attended the NATO summit in Vilnius, Lithuania.

The trip was kept secret for security reasons. The main opposition Democratic Party criticized the president for traveling abroad while deadly floods were hitting parts of South Korea.

(END)

Related articles
Yoon holds summit with Polish President Duda
Yoon calls for solidarity at NATO partners session

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h68-23", source="state.gov",
url="https://www.state.gov/secretary-blinkens-meeting-with-armenian-foreign-minister-mirzoyan-and-azerbaijani-foreign-minister-bayramov/",
published_at="2023-05-04", body="""U.S. Department of State | Office of the Spokesperson

Secretary Blinken's Meeting with Armenian Foreign Minister Mirzoyan and Azerbaijani Foreign Minister Bayramov

READOUT
OFFICE OF THE SPOKESPERSON
MAY 4, 2023

The below is attributable to Spokesperson Matthew Miller:

Secretary Antony J. Blinken today concluded four days of negotiations between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov at the George P. Shultz National Foreign Affairs Training Center in Arlington, Virginia. The Secretary opened the talks on May 1 and joined both delegations again today.

The Secretary commended the ministers and their teams for the tangible progress they made toward a durable and dignified peace agreement, and noted that a final agreement is within reach, although the sides recognized that additional work is required. He also met separately with each minister to discuss bilateral issues.

The Secretary reiterated that the United States will continue to support the parties' efforts, bilaterally and with like-minded partners, to reach a lasting peace in the South Caucasus.

Related Articles
Secretary Blinken's Meeting with Turkish Foreign Minister Cavusoglu
Secretary Blinken's Call with Armenian Prime Minister Pashinyan

TAGS
Armenia | Azerbaijan | Office of the Spokesperson | The Secretary of State

White House | USA.gov | Office of the Inspector General | Archives | Contact Us | Privacy Policy"""))

M.append(dict(id="h68-24", source="akorda.kz",
url="https://www.akorda.kz/en/kassym-jomart-tokayev-holds-talks-with-president-of-france-emmanuel-macron-1103729",
published_at="2023-11-01", body="""Official website of the President of the Republic of Kazakhstan | Press service | Events

Kassym-Jomart Tokayev holds talks with President of France Emmanuel Macron

1 November 2023

The Head of State welcomed President of the French Republic Emmanuel Macron, who is on an official visit to Kazakhstan, at the Akorda.

Greeting the guest, Kassym-Jomart Tokayev noted that France is one of Kazakhstan's leading economic partners in Europe and that the strategic partnership between the two countries has been developing steadily since 2008.

The talks in narrow and extended formats focused on energy, critical raw materials, the nuclear industry, aviation, agriculture and education. The parties also exchanged views on the situation in Central Asia and in the world.

Following the talks, the two Presidents adopted a joint statement and witnessed the signing of a package of documents, including on cooperation in critical and rare-earth metals.

Emmanuel Macron noted that France wants to be a reliable and long-term partner for Kazakhstan and the whole of Central Asia.

This is the first visit of a French President to Kazakhstan since 2014. From Astana, Emmanuel Macron will travel to Uzbekistan, where he is due to hold talks with President Shavkat Mirziyoyev in Samarkand on Thursday.

Other events
The Head of State received Chairman of the Board of Samruk-Kazyna
Kassym-Jomart Tokayev chaired a meeting on the development of the agro-industrial complex

Akorda | Press service of the President of Kazakhstan"""))

M.append(dict(id="h68-25", source="pravda.com.ua",
url="https://www.pravda.com.ua/eng/news/2024/09/11/7474502/",
published_at="2024-09-11", body="""Ukrainska Pravda | News | Politics | War | Economy | Support UP

Blinken and Lammy arrive in Kyiv together by train

Oleh Pavliuk — Wednesday, 11 September 2024, 09:25

US Secretary of State Antony Blinken and UK Foreign Secretary David Lammy have arrived in Kyiv on a joint visit, the first time the top diplomats of the two countries have travelled to Ukraine together.

Source: US State Department; photos from the railway platform

Details: The two ministers travelled overnight by train from Poland. They are expected to meet President Volodymyr Zelensky and Foreign Minister Andrii Sybiha, who was appointed last week.

Kyiv is pressing Washington and London to allow it to use Western-supplied long-range weapons, such as ATACMS and Storm Shadow missiles, against targets deep inside Russia.

On Tuesday, Blinken and Lammy held talks in London as part of the US-UK strategic dialogue. There Blinken said Iran had delivered Fath-360 close-range ballistic missiles to Russia, which could be used against Ukraine within weeks.

After Kyiv, Blinken is due to travel to Warsaw on Thursday. British Prime Minister Keir Starmer is scheduled to meet US President Joe Biden at the White House on Friday, where the question of long-range strikes is expected to be on the agenda.

Blinken last visited Kyiv in May.

Support UP or become our patron!

Read also: Zelensky to present "victory plan" to Biden in Washington later this month

Latest news
Russian drones attack Odesa Oblast overnight
Ukraine returns 49 defenders from Russian captivity"""))

M.append(dict(id="h68-26", source="tass.com",
url="https://tass.com/politics/1813951",
published_at="2024-07-05", body="""TASS | Russian Politics & Diplomacy

Putin, Orban begin talks in Kremlin

The Hungarian prime minister arrived in Moscow on a working visit earlier in the day

MOSCOW, July 5. /TASS/. Russian President Vladimir Putin has started talks in the Kremlin with Hungarian Prime Minister Viktor Orban, who arrived in Moscow on a working visit.

"I understand that this time you have come not only as our long-standing partner but also as the representative of the country holding the presidency of the Council of the EU," Putin said at the start of the meeting.

Orban said he had come to discuss "the shortest way to end the war." He earlier called his trip a "peace mission."

Kremlin spokesman Dmitry Peskov told reporters that Putin was "ready to listen" to the Hungarian prime minister but that the Kremlin was not expecting any breakthrough.

Hungary took over the rotating presidency of the Council of the European Union on July 1. On Tuesday, Orban visited Kiev, where he met Ukrainian President Vladimir Zelensky and suggested that Kiev consider a ceasefire to speed up negotiations.

European Council President Charles Michel said the rotating EU presidency had no mandate to engage with Russia on behalf of the EU.

The previous meeting between Putin and Orban took place in Beijing in October 2023.

Follow TASS on Telegram

Tags: Russia-Hungary, Vladimir Putin, Viktor Orban"""))
