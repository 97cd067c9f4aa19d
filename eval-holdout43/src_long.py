# Long pages (2,500-4,500 characters), h43-01 .. h43-12
A = []

A.append(dict(id="h43-01", source="yle.fi",
url="https://yle.fi/news/3-12452186",
published_at="2022-05-19", body="""Yle uses cookies to improve its services. You can change your settings at any time. Accept all | Only necessary

Yle News | Uutiset | Svenska Yle | Sápmi

NEWS
Biden hosts Niinistö and Andersson at White House, says Nordic Nato bids have "full backing"

President Sauli Niinistö said Finland takes Turkey's objections seriously and would hold talks with Ankara "in an open and constructive manner".

Yle News
19.5.2022 23:48 | Updated 20.5.2022 07:12

President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson met US President Joe Biden at the White House on Thursday, a day after Finland and Sweden handed in their applications to join the Nato military alliance.

Speaking in the Rose Garden with the two Nordic leaders at his side, Biden said the applications had the complete support of the United States and that he would send the necessary paperwork to Congress without delay. He described both countries as strong democracies with highly capable armed forces that would make the alliance stronger.

"Today is a good day for Finland, for Sweden and for our common security," Niinistö said in English, adding that Finland would never be a weak link in the alliance.

The meeting in the Oval Office lasted about an hour. According to the Finnish delegation, much of it was spent on the position of Turkey, whose president, Recep Tayyip Erdoğan, has said he will not approve the two countries' membership because of what he calls their tolerance of Kurdish militant groups. All 30 existing members must ratify any enlargement.

Niinistö told reporters after the talks that he would speak with Erdoğan by telephone over the weekend. "We condemn terrorism in all its forms. We are ready to discuss all the concerns Turkey has," he said.

In Ankara, Foreign Minister Mevlüt Çavuşoğlu said earlier on Thursday that Swedish and Finnish officials were due in the Turkish capital next week for talks, but warned that the process would not be quick. Swedish officials confirmed that a delegation of state secretaries would travel to Ankara.

Foreign Minister Pekka Haavisto, who met Çavuşoğlu on the sidelines of an informal meeting of Nato foreign ministers in Berlin on Sunday, said on Thursday evening that he still expected Turkey's concerns to be resolved "within weeks rather than months". Haavisto said Finland had not been given any list of specific demands.

Andersson said Sweden was prepared to clarify its positions. "We have a good dialogue with Turkey," she told Swedish reporters in Washington.

Second visit in three months

It was Niinistö's second visit to the White House since early March, when he and Biden put in a joint call to Andersson from the Oval Office a week after Russia launched its full-scale invasion of Ukraine. Public support for Nato membership in Finland rose sharply in the weeks that followed.

Both Nordic countries have collected security assurances from several allies for the period between applying and becoming full members. British Prime Minister Boris Johnson signed mutual security declarations with Andersson and Niinistö during a visit to Sweden and Finland last week.

Biden said the United States would work with Finland and Sweden "to be vigilant against any threats to our shared security" during the application period.

The Finnish parliament approved the membership bid on Tuesday by 188 votes to 8.

Niinistö returns to Helsinki on Friday.

Read next:
Gasum: Russian gas supply to Finland to be cut off on Saturday
Finnish Defence Forces begin Arrow 22 exercise in Niinisalo
Survey: 76 percent of Finns back Nato membership

Most read
1. Lunchtime dumpling chain to open 10 more outlets
2. Ice hockey: Finland beat Czechia 4-1 in Tampere
3. Weather: Warm weekend ahead in southern Finland

Tags: Nato, Sauli Niinistö, Joe Biden, Magdalena Andersson, Turkey

Share: Facebook | Twitter | Copy link
Yle News is on Telegram. Join our channel."""))

A.append(dict(id="h43-02", source="sverigesradio.se",
url="https://sverigesradio.se/artikel/kristersson-meets-erdogan-in-ankara",
published_at="2022-11-08", body="""Sveriges Radio uses cookies. Read more about how we use them. Accept | Settings

Radio Sweden | News in English

Listen: Radio Sweden weekly podcast

Kristersson meets Erdoğan in Ankara: "Sweden will fulfil every part of the agreement"

Published tisdag 8 november 2022 kl 18.03

Prime Minister Ulf Kristersson held talks with Turkish President Recep Tayyip Erdoğan in Ankara on Tuesday, on his first visit to Turkey since taking office last month and with Sweden's Nato application still waiting for the Turkish parliament's approval.

The two leaders met at the presidential complex for talks that lasted about an hour and a half, followed by a joint news conference.

Kristersson told reporters that his government would live up to every commitment in the memorandum that Sweden, Finland and Turkey signed in Madrid in June. "I want to assure everyone that Sweden will fulfil all its obligations to Turkey in the fight against terrorism," he said.

Erdoğan was warm in tone but gave no timetable. He said Turkey wanted to see concrete steps, including the extradition of people it regards as terrorists, and that ratification would not come until those steps were taken. "Our wish is that we can take this process forward as soon as possible," the Turkish president said. "But the fight against terrorism is not up for negotiation."

Kristersson was accompanied by Foreign Minister Tobias Billström. Billström held a separate meeting with his Turkish counterpart, Foreign Minister Mevlüt Çavuşoğlu, earlier in the day.

The Swedish government has said it will propose a constitutional change to tighten laws on participation in terrorist organisations, which it describes as work begun long before the Nato application.

Some opposition politicians in Stockholm have warned against making concessions on the rule of law. Left Party leader Nooshi Dadgostar said the government should not "negotiate away" the independence of Swedish courts.

The prime minister's predecessor, Magdalena Andersson, spoke to Erdoğan by phone several times in May as Turkey first raised its objections.

Next steps

Under the Madrid memorandum, officials from the three countries meet regularly in a so-called permanent joint mechanism. Its next meeting is planned for Stockholm later in November, according to the Swedish foreign ministry.

Of Nato's 30 members, 28 have now ratified the accession of both Sweden and Finland. Apart from Turkey, only Hungary has yet to vote. Hungary's prime minister, Viktor Orbán, has said his country's parliament will approve the applications early next year.

Kristersson said that Sweden respected Turkey's decision-making process. "We are not in a hurry in the sense that we want to skip anything," he said. "But we want this to happen."

Political scientists who spoke to Radio Sweden said a Turkish decision before the Turkish presidential and parliamentary elections, due by June next year, looked unlikely. "Erdoğan has every reason to keep this card in his hand," said one Turkey specialist at Uppsala University.

Stockholm is also watching developments in Washington, where the US administration has linked a planned sale of F-16 fighter jets to Turkey to Congress, which has demanded progress on the Nordic applications.

Tobias Billström, Sweden's foreign minister since October, is due to address parliament on foreign policy matters later this month.

Related:
Sweden and Finland submit Nato applications in Brussels
Government scraps "feminist foreign policy" label
Swedish police investigate Quran burning outside Turkish embassy

Listen to Radio Sweden on the Sveriges Radio Play app.

Share: Facebook | Twitter | Email
Contact us: radiosweden@sr.se"""))

A.append(dict(id="h43-03", source="dw.com",
url="https://www.dw.com/en/king-charles-iii-begins-state-visit-to-germany/a-65155201",
published_at="2023-03-29", body="""Privacy settings: We use cookies and similar technologies. You can agree to all or adjust your settings. Accept all | Settings

DW | Deutsche Welle
Germany | Europe | World | Business | Science | Culture

POLITICS | GERMANY
King Charles III begins state visit to Germany with Brandenburg Gate welcome

The British monarch has arrived in Berlin on his first trip abroad as king. The visit was meant to start in France, but Paris asked for a postponement amid protests over pension reform.

DW with dpa, AFP, Reuters | 29.03.2023

Britain's King Charles III arrived in Germany on Wednesday for a three-day state visit, his first foreign trip since acceding to the throne in September.

German President Frank-Walter Steinmeier and his wife, Elke Büdenbender, welcomed Charles and Queen Consort Camilla with military honors at the Brandenburg Gate, the first time a foreign head of state has been received there with such a ceremony.

The royal couple then walked to Pariser Platz, where they greeted members of the public waiting behind barriers. Many waved small Union Jack and German flags.

In the evening, Steinmeier was to host a state banquet in the king's honor at Bellevue Palace, the president's official residence. Charles was expected to speak partly in German.

The German president said ahead of the visit that it was "a sign of the great importance that the new British king attaches to relations with Germany". Relations between Berlin and London have been strained at times since Britain left the European Union.

A visit with a political edge

On Thursday, Charles is to become the first British monarch to address the German Bundestag. He is also due to meet Chancellor Olaf Scholz, with Ukraine, energy and climate expected to be discussed. Later in the day, the king is scheduled to visit a center for Ukrainian refugees and meet German and British troops at a joint engineer unit in Brandenburg.

On Friday, he travels to Hamburg, where he will visit a memorial to the Kindertransport and a green hydrogen project at the port, before flying home.

The trip was originally planned as a state visit to France followed by Germany. The French leg, which was to have included a banquet at the Palace of Versailles, was called off on Friday at the request of President Emmanuel Macron, after days of violent protests over raising the retirement age. Buckingham Palace said the visit to France would be rescheduled "as soon as dates can be found".

For Germany the timing is welcome. "That the king came to Germany first says a lot," said a senior diplomat at the German Foreign Office.

Family ties

Charles has visited Germany more than 40 times as Prince of Wales. His father, Prince Philip, grew up partly in Germany, and the royal family's House of Windsor was known as Saxe-Coburg and Gotha until 1917.

His mother, Queen Elizabeth II, made her last state visit to Germany in 2015.

Recommended
Sunak and Macron seal migration deal at Paris summit
Ukraine: Scholz pledges long-term support
Opinion: What Charles can and cannot do for Europe

Related topics: King Charles III, Frank-Walter Steinmeier, Olaf Scholz, UK, Germany

Send us your feedback | Print | Share: Facebook | Twitter | WhatsApp

DW News app: Get the latest news on the go. Download now

Date 29.03.2023 | Author DW (with dpa, AFP, Reuters)"""))

A.append(dict(id="h43-04", source="cphpost.dk",
url="https://cphpost.dk/2023-08-21/news/zelensky-addresses-folketing-after-f16-pledge/",
published_at="2023-08-21", body="""The Copenhagen Post | Danish news in English

Support independent journalism in English: become a subscriber from 49 kr per month

NEWS | POLITICS
Zelensky thanks Danes in Folketing after F-16 pledge

Ukraine's president arrived in Denmark on Sunday with PM Mette Frederiksen after a stop in the Netherlands, where Dutch PM Mark Rutte confirmed the jets would be sent

By Ben Hamilton | August 21st, 2023 2:15 pm

Ukrainian President Volodymyr Zelensky addressed the Danish parliament on Monday, thanking the country for its decision to donate F-16 fighter jets and telling MPs that Denmark had shown "what real leadership looks like".

The Folketing interrupted its summer recess for the session at Christiansborg. Zelensky and his wife, Olena Zelenska, were then expected to join Prime Minister Mette Frederiksen on a walk to Christiansborg Palace Square, where several thousand people had gathered waving blue-and-yellow flags.

Zelensky landed on Sunday afternoon at Skrydstrup Air Base in South Jutland, home to the Royal Danish Air Force's F-16 squadrons. He and Frederiksen climbed into the cockpit of one of the jets in front of photographers before holding talks at the base.

Frederiksen said afterwards that Denmark would deliver 19 aircraft: six around the new year, eight more in 2024 and the rest in 2025, provided that Ukrainian pilots had completed their training and conditions allowed it. "We hope this will inspire other countries to do the same," she said.

The Dutch stop

Earlier on Sunday, Zelensky was in Eindhoven in the southern Netherlands, where he and Rutte held talks at the air base that hosts part of the Dutch F-16 fleet. The caretaker Dutch prime minister said the Netherlands would also supply the jets, although he would not commit to a number. The Dutch air force has 42 of the aircraft, but some are earmarked for a training centre in Romania.

The announcements came days after Washington gave the green light for the jets, which are American-made, to be re-exported to Ukraine once pilots are trained. US Secretary of State Antony Blinken informed his Danish and Dutch counterparts, Lars Løkke Rasmussen and Wopke Hoekstra, of the approval in letters sent last week.

Zelensky called the deal "historic" in a message on Telegram. Ukraine has been asking for modern Western fighters since the first months of Russia's full-scale invasion.

The president arrived in the Netherlands from Sweden, where on Saturday he held talks with Prime Minister Ulf Kristersson about the Swedish-made Gripen fighter.

Onward to Athens

From Copenhagen, Zelensky is set to fly to Athens on Monday evening to attend a dinner with Greek Prime Minister Kyriakos Mitsotakis and leaders of several Western Balkan states, the Greek government said.

Russia reacted angrily to the F-16 announcements. Its ambassador in Copenhagen, Vladimir Barbin, said in a statement that the decision would lead to "escalation".

Defence Minister Jakob Ellemann-Jensen, who is on sick leave, was represented at Skrydstrup by acting minister Troels Lund Poulsen. Lund Poulsen said the first Ukrainian pilots were already in training at the base.

Lund Poulsen said the precise timetable would depend on "a long list of conditions" being met, including the Ukrainian side's readiness to operate and maintain the aircraft.

MOST READ
Metro disruption: M3 City Circle line closed on Saturday
Danish inflation falls to 3.1 percent
Copenhagen lands 2025 Tour de France Grand Départ shortlist

RELATED
Frederiksen: "The Ukrainians are fighting for all of us"
Opinion: Denmark's F-16 decision is a turning point

Share on Facebook | Twitter | LinkedIn

Comments (14)
Cookie policy | Privacy policy | © The Copenhagen Post"""))

A.append(dict(id="h43-05", source="news.err.ee",
url="https://news.err.ee/1609220131/zelenskyy-in-tallinn-estonia-will-help-as-long-as-it-takes",
published_at="2024-01-11", body="""ERR News
Estonian Public Broadcasting

ERR uses cookies to analyse traffic and personalise content. By continuing to use the site you agree to this. OK

Zelenskyy in Tallinn: Estonia will help "as long as it takes"

Ukrainian President Volodymyr Zelenskyy (left) and President Alar Karis at Kadriorg on Thursday. Source: Office of the President

News | 11.01.2024 13:47

Ukrainian President Volodymyr Zelenskyy arrived in Tallinn on Thursday morning for talks with Estonia's leadership, the second stop on a tour of the three Baltic states that began in Vilnius on Wednesday.

Zelenskyy was welcomed by President Alar Karis at the Kadriorg presidential palace. The two presidents held a one-on-one meeting followed by talks between delegations, after which Zelenskyy met Prime Minister Kaja Kallas at Stenbock House.

"Estonia has been with Ukraine from the first day and will be with Ukraine as long as it takes," Karis told a joint press conference. He said Ukraine's eventual membership of Nato and the EU was "not a question of if, but when".

Zelenskyy thanked Estonia for military aid that, as a share of GDP, is among the largest of any country. He said he had discussed air defence, artillery ammunition and the joint production of drones, and that he hoped to see more progress on using frozen Russian assets to fund Ukraine's reconstruction.

Zelenskyy also addressed members of the Riigikogu at Toompea Castle, where he urged European states to prepare their defence industries for a long war. Russia "will not stop in Ukraine", he said.

Defense Minister Hanno Pevkur said Estonia would continue to deliver weapons throughout 2024 under the commitment of giving 0.25 percent of GDP a year in military aid. Pevkur told ERR News a new package would be agreed "in the coming weeks" but did not give details.

Foreign Minister Margus Tsahkna said Estonia would push within the EU for the 50-billion-euro support facility for Ukraine to be approved at the leaders' summit in Brussels on February 1. Hungary blocked the package in December.

Tour continues to Riga

Zelenskyy was due to travel on to Riga later on Thursday to meet Latvian President Edgars Rinkēvičs and Prime Minister Evika Siliņa.

In Vilnius on Wednesday he met Lithuanian President Gitanas Nausėda and attended a ceremony marking the anniversary of the Soviet crackdown of January 1991.

It is Zelenskyy's first visit to Estonia since Russia's full-scale invasion began. Kallas has visited Kyiv several times, most recently in the autumn, and Karis traveled to Ukraine in 2022 and 2023.

The visit had not been announced in advance for security reasons. Police closed several streets in central Tallinn and the old town on Thursday morning.

Opposition Isamaa chair Urmas Reinsalu welcomed the visit but said Estonia should commit to 0.3 percent of GDP in aid. Eesti 200 and Reform politicians called the Riigikogu speech "historic".

Kallas said Estonia would also send medical supplies and help rebuild the Zhytomyr region. "We are not tired," she said.

Editor: Helen Wright

Follow ERR News on Facebook and X and never miss an update!

Related
Estonia to hand Ukraine further Javelin anti-tank missiles
Pevkur: Ammunition production must double in Europe
Sunak due in Kyiv to sign UK security pact

Most read
Tallinn snowstorm closes schools for second day
Weather: Coldest night of winter expected on Friday
Estonia's population drops below 1.37 million

Tags: Volodymyr Zelenskyy, Alar Karis, Kaja Kallas, Riigikogu, Ukraine"""))

A.append(dict(id="h43-06", source="norwaytoday.info",
url="https://norwaytoday.info/news/nordic-leaders-meet-zelensky-in-oslo/",
published_at="2023-12-13", body="""Norway Today | News in English

The latest news from Norway in English. Sign up for our daily newsletter!

Nordic leaders meet Zelensky in Oslo: "We will not let Ukraine down"

Ukraine's President Volodymyr Zelensky with Prime Minister Jonas Gahr Støre outside the Government Quarter in Oslo on Wednesday. Photo: Javad Parsa / NTB

By Norway Today | 13 December 2023

The Nordic prime ministers met Ukrainian President Volodymyr Zelensky in Oslo on Wednesday, assuring him of continued support a day after he left Washington without a new US aid package.

Prime Minister Jonas Gahr Støre hosted the Nordic-Ukrainian summit, which was attended by Danish Prime Minister Mette Frederiksen, Finnish Prime Minister Petteri Orpo, Icelandic Prime Minister Katrín Jakobsdóttir and Swedish Prime Minister Ulf Kristersson.

Before the summit, Støre and Zelensky held bilateral talks at the prime minister's office, where they discussed air defence, Norway's multi-year support programme and the situation around the Black Sea ports.

"Norway will stand with Ukraine for as long as it takes," Støre told a press conference. The government has proposed a support programme worth 75 billion kroner over five years, the largest in Norway's history.

Zelensky said the meeting was "an important signal" ahead of a crucial European Council meeting in Brussels on Thursday, where EU leaders are to decide whether to open membership talks with Ukraine. Hungary's Prime Minister Viktor Orbán has threatened to block the decision.

The Nordic leaders issued a joint statement condemning Russia's war and pledging to keep up military and civilian support. The statement also underlined the importance of holding Russia accountable for war crimes.

Asked whether Europe could make up for any shortfall in US aid, Frederiksen said Europe "must do more, and fast". Kristersson said Sweden was preparing its 15th package of military support.

From Washington to Oslo

Zelensky arrived in Oslo on Wednesday morning from the United States, where he had met President Joe Biden at the White House on Tuesday and lobbied members of Congress to approve an aid package worth about 60 billion dollars. Republicans in the House of Representatives have so far refused to pass it without tougher border measures.

"It was very important for me to hear from Biden that the United States will not leave Ukraine alone," Zelensky said in Oslo.

It was Zelensky's first visit to Norway since the full-scale invasion. The Nordic countries last met him as a group in Helsinki in May.

Security in central Oslo was heavy, with parts of the government quarter sealed off and police helicopters overhead. The visit had not been announced in advance.

Foreign Minister Espen Barth Eide and Defence Minister Bjørn Arild Gram also attended the talks.

Barth Eide said Norway would use its position as a major gas supplier to help Ukraine's energy sector through the winter, including funding for repairs to power plants damaged in Russian strikes.

Gram said Norway would contribute to a coalition to train Ukrainian pilots on F-16 aircraft and would send two of its own jets to Denmark for that purpose.

Read also:
Norway's oil fund returns 1.5 trillion kroner so far this year
Snow chaos on E6 near Hamar
Støre presents new support package for Ukraine

Share this: Facebook | X | LinkedIn | Email

Support Norway Today. Become a member from 59 kroner a month.

Tags: Ukraine, Zelensky, Støre, Nordic countries, Oslo"""))

A.append(dict(id="h43-07", source="eng.lsm.lv",
url="https://eng.lsm.lv/article/politics/diplomacy/blinken-in-riga-us-stands-with-baltic-allies.a446211/",
published_at="2022-03-07", body="""LSM uses cookies to improve your experience. Accept

LSM.lv | Public broadcasting of Latvia
English | Latviski | По-русски

Diplomacy
Blinken in Riga: US stands with Baltic allies "every step of the way"

US Secretary of State Antony Blinken and Latvian Foreign Minister Edgars Rinkēvičs in Riga, March 7. Photo: Ministry of Foreign Affairs of Latvia

LETA, LSM | March 7, 2022, 20:31

US Secretary of State Antony Blinken arrived in Riga on Monday afternoon on the second leg of a tour of the Baltic states and held talks with Latvia's leadership about security on Nato's eastern flank following Russia's invasion of Ukraine.

Blinken was received by Foreign Minister Edgars Rinkēvičs and later met President Egils Levits and Prime Minister Krišjānis Kariņš. At a joint news conference with Rinkēvičs at the Foreign Ministry, he said Washington's commitment to Nato's Article 5 was "sacrosanct".

"We will defend every inch of Nato territory if it comes under attack," Blinken said. He said the United States had increased its rotational presence in the region and would consider further steps, including a longer-term deployment.

Rinkēvičs said Latvia wanted a permanent US military presence. "Given what we have seen in Ukraine, rotational deployments are no longer enough," he said. The foreign minister also called for a full ban on Russian energy imports into the EU and for Russia to be cut off from all international payment systems.

Defence Minister Artis Pabriks has said that Latvia aims to raise defence spending to 2.5 percent of GDP within three years.

Before arriving in Riga, Blinken spent Monday morning in Vilnius, where he met Lithuanian President Gitanas Nausėda and Foreign Minister Gabrielius Landsbergis. He is due to travel to Tallinn on Tuesday to meet Estonian Prime Minister Kaja Kallas and President Alar Karis.

The Baltic tour follows stops in Poland and Moldova over the weekend. At the Polish-Ukrainian border on Saturday Blinken met Ukrainian Foreign Minister Dmytro Kuleba, who had crossed from Ukraine for the talks.

Harris to visit Poland and Romania

US Vice President Kamala Harris will travel to Warsaw and Bucharest later this week for talks on the crisis, the White House said on Monday. In Warsaw she is scheduled to meet President Andrzej Duda, while in Romania she will meet President Klaus Iohannis.

The visits come amid a row over Polish proposals to hand over its MiG-29 jets to Ukraine via the United States.

In Riga, Blinken also met representatives of Latvia's civil society and independent Russian journalists who have relocated to Latvia after independent media were shut down in Russia.

Several hundred people gathered near the Foreign Ministry holding Ukrainian flags and signs calling for a no-fly zone over Ukraine, which Nato has ruled out.

Latvia, Lithuania and Estonia have been among the most vocal supporters of Ukraine since the invasion began on February 24, and have sent Stinger anti-aircraft missiles and Javelin anti-tank weapons to Kyiv.

Get LSM's top stories every morning: subscribe to our newsletter

Related
Latvian Saeima backs volunteer fighters for Ukraine
Rinkēvičs: Russian embassy staff should be cut
Baltic defence chiefs meet in Tallinn

Most read
Riga Airport sees record passenger drop
Fuel prices top 2 euros per litre
Ice on the Daugava: warning for anglers

Tags: Antony Blinken, Edgars Rinkēvičs, USA, Nato, security"""))

A.append(dict(id="h43-08", source="polskieradio.pl",
url="https://www.polskieradio.pl/395/7784/Artykul/2363712",
published_at="2019-09-01", body="""Polskie Radio | Radio Poland | English Section

The site uses cookies. Using the site without changing the settings means that they will be stored on your device. Close

PLN/EUR 4.3812 | PLN/USD 3.9658 | WIG20 2,146.73 ▲ +0.4%

Poland marks 80 years since start of WWII with world leaders in Warsaw

01.09.2019 16:42

Poland on Sunday marked the 80th anniversary of the German invasion that started World War II, with German President Frank-Walter Steinmeier asking for forgiveness and US Vice President Mike Pence standing in for President Donald Trump.

Delegations from some 40 countries gathered on Piłsudski Square in Warsaw, at the Tomb of the Unknown Soldier, for the main ceremony. Russia was not invited.

"I bow before the victims," Steinmeier told the ceremony, speaking in German and in Polish. "I ask for forgiveness for Germany's historical guilt." Earlier in the day he had joined President Andrzej Duda in the town of Wieluń, the first Polish town bombed by the Luftwaffe at dawn on September 1, 1939.

Duda said the war had been "an act of German barbarism" and that its lessons applied today. He warned that Europe could not accept aggression, referring to Russia's annexation of Crimea.

Pence, who landed in Warsaw on Saturday evening, said the United States and Poland stood together. Trump had been due to lead the US delegation but cancelled his trip on Thursday to monitor Hurricane Dorian, which was heading towards Florida.

Pence to sign 5G declaration

On Monday, Pence is to hold talks with Duda at the Presidential Palace. The two sides are expected to sign a joint declaration on the security of 5G networks, in a step aimed at limiting the role of Chinese firms such as Huawei. Talks are also expected to cover the planned increase in US troops in Poland and a visa waiver for Polish citizens.

Pence also met Ukraine's new President Volodymyr Zelensky in Warsaw on Sunday, in their first meeting since Zelensky's inauguration in May. Pence's office said they discussed reforms, corruption and Russian aggression.

Zelensky arrived in Warsaw on Saturday on his first visit to Poland as president and held talks with Duda at the Belweder palace. Both leaders said they had discussed energy security and historical disputes, which have strained relations in recent years.

Also present in Warsaw were European Council President Donald Tusk, European Commission President-elect Ursula von der Leyen and several prime ministers and heads of state from Central and Eastern Europe.

A memorial ceremony was also held in Westerplatte, near Gdańsk, attended by Prime Minister Mateusz Morawiecki and European Commission Vice-President Frans Timmermans.

Morawiecki, who is campaigning for the October 13 parliamentary election, said Poland had never received proper compensation for its wartime losses. The ruling Law and Justice (PiS) party has said Poland could claim reparations from Germany.

Germany has repeatedly said the issue of reparations is legally closed.

About six million Polish citizens, half of them Jews, died during the war.

Related:
Duda and Steinmeier in Wieluń: "We remember"
PiS holds lead ahead of October election, poll shows
Hurricane Dorian: Trump calls off Warsaw trip

Polskie Radio / PAP / IAR

Tags: World War II, 80th anniversary, Steinmeier, Pence, Duda

Share: Facebook | Twitter
Polskie Radio S.A. All rights reserved."""))

A.append(dict(id="h43-09", source="thelocal.dk",
url="https://www.thelocal.dk/20220503/modi-in-copenhagen-denmark-and-india-to-boost-green-partnership",
published_at="2022-05-03", body="""The Local Denmark | News in English

Membership: support independent journalism and get unlimited access. Join now

POLITICS
Modi in Copenhagen: Denmark and India boost green partnership

Indian Prime Minister Narendra Modi and Danish Prime Minister Mette Frederiksen at Marienborg on Tuesday. Photo: Ida Marie Odgaard / Ritzau Scanpix

Published: 3 May 2022 18:26 CEST
Updated: 3 May 2022 21:05 CEST

Indian Prime Minister Narendra Modi was received by Prime Minister Mette Frederiksen in Copenhagen on Tuesday at the start of a two-day visit, which will also see him host a summit with all five Nordic prime ministers.

Modi and Frederiksen held talks at the prime minister's official residence Marienborg, north of Copenhagen, before a joint press conference at which they said the two countries would expand their "green strategic partnership" agreed in 2020. Several agreements were signed on green shipping, water management and skills exchanges.

Frederiksen said she had also raised Russia's war in Ukraine, which India has declined to condemn at the UN. "I hope India will use its influence on Russia," she said. Modi called for an immediate ceasefire and said dialogue was "the only way" to resolve the conflict, but did not criticise Moscow.

Modi arrived from Berlin, where he held government consultations with Chancellor Olaf Scholz on Monday.

In the evening he was due to address members of the Indian community in Copenhagen at the Bella Center and attend a dinner hosted by Queen Margrethe.

Summit on Wednesday

On Wednesday, Modi and the five Nordic prime ministers are to meet for the second India-Nordic summit, after the first was held in Stockholm in 2018. Frederiksen will host Norway's Jonas Gahr Støre, Sweden's Magdalena Andersson, Finland's Sanna Marin and Iceland's Katrín Jakobsdóttir.

Modi is also scheduled to hold separate talks with each of the four visiting prime ministers on the sidelines of the summit, according to India's foreign ministry. Topics are expected to include clean energy, the Arctic and the blue economy.

He will then fly on to Paris on Wednesday afternoon to meet French President Emmanuel Macron, who was re-elected last month.

India is Denmark's largest trading partner in Asia after China, and more than 200 Danish companies operate in the country, including Maersk and Vestas.

Danish business organisation Dansk Industri said it hoped the visit would lead to more Danish investment in Indian offshore wind. "The potential is enormous," a spokesperson said.

The visit is Modi's first to Denmark. Frederiksen visited India in October 2021, the first visit by a foreign head of government after the pandemic lockdowns, when the two countries agreed a five-year action plan.

Ukraine remains a sensitive topic. Modi's government has abstained in votes at the UN General Assembly and increased imports of discounted Russian oil.

"There are things we disagree on, and we say that openly," Frederiksen said. "But India is a democracy and an important partner."

About 10,000 Indians live in Denmark, many of them working in IT and engineering.

Read more:
Danish referendum on EU defence opt-out set for June 1
Frederiksen: Denmark to scale up Ukraine support
Copenhagen Airport queues: what you need to know

Share | Comments (3)

Sign up for The Local's daily newsletter"""))

A.append(dict(id="h43-10", source="helsinkitimes.fi",
url="https://www.helsinkitimes.fi/finland/finland-news/politics/21845-turkey-lifts-veto-biden-meets-erdogan-in-madrid.html",
published_at="2022-06-29", body="""Helsinki Times | Finland's English language newspaper

Subscribe to the Helsinki Times weekly print edition and get our digital edition free.

Finland | Politics
Turkey lifts veto on Nordic Nato bids; Biden meets Erdoğan in Madrid

Written by Helsinki Times | Wednesday, 29 June 2022 19:32

Turkey has dropped its objection to Finland and Sweden joining Nato after the three countries signed a memorandum in Madrid on Tuesday evening, clearing the way for the alliance to invite the two Nordic states at its summit in the Spanish capital.

The memorandum was signed by Foreign Ministers Pekka Haavisto of Finland, Ann Linde of Sweden and Mevlüt Çavuşoğlu of Turkey after more than three hours of talks at the summit venue between President Sauli Niinistö, Prime Minister Magdalena Andersson and President Recep Tayyip Erdoğan, with Nato Secretary General Jens Stoltenberg chairing.

Under the document, Finland and Sweden commit not to support Kurdish groups that Turkey considers terrorist organisations and to address pending Turkish extradition requests "expeditiously and thoroughly". The two countries also confirmed that national arms embargoes against Turkey would not apply.

Niinistö said the agreement did not require any changes to Finnish law. "Finland has not made concessions on its legislation," he told reporters.

On Wednesday, Nato leaders formally invited Finland and Sweden to join. The accession protocols are expected to be signed in Brussels next week, after which they must be ratified by all 30 member states.

Biden and Erdoğan

US President Joe Biden held talks with Erdoğan on the sidelines of the summit on Wednesday afternoon, their first meeting since last autumn. Biden thanked the Turkish leader for his role in reaching the deal on Finland and Sweden, a US official said.

Erdoğan, who has been seeking to buy new F-16 fighter jets from the United States, said the meeting had been positive. A White House spokesperson said the deal on Finland and Sweden was not conditional on any US concessions, but that Washington supported the F-16 sale.

Biden, who arrived in Madrid on Tuesday and met Spanish Prime Minister Pedro Sánchez and King Felipe VI, had been closely involved in the last-minute diplomacy. Niinistö thanked him for "his strong support throughout the process".

A bumpy road ahead

Turkish officials quickly made clear that the memorandum was only a first step. Speaking on Wednesday, Erdoğan said Turkey expected Sweden to extradite more than 70 people and warned that parliament would not ratify the membership if the promises were not kept.

The Finnish opposition welcomed the breakthrough. The chair of the parliament's foreign affairs committee, Jussi Halla-aho, said it was "a good outcome" but that Finland must make sure nothing in the memorandum affected the rule of law.

In Sweden, some left-wing politicians criticised the deal as a "capitulation" to Erdoğan.

The summit also adopted a new strategic concept for the alliance, which describes Russia as "the most significant and direct threat" to allies' security. Leaders agreed to increase the number of high-readiness forces to more than 300,000.

Niinistö said Finland's membership would not mean any permanent Nato bases on Finnish soil "at this stage".

President Niinistö is due back in Helsinki on Thursday evening.

Related articles:
Finland's inflation hits 7 percent in May
Helsinki Pride parade draws record crowds
Finnair cancels summer flights to Asia

Comments (0) | Print | Email

Helsinki Times: Copyright © 2022. All rights reserved."""))

A.append(dict(id="h43-11", source="dutchnews.nl",
url="https://www.dutchnews.nl/2023/05/zelensky-in-the-hague-putin-must-answer-for-his-crimes/",
published_at="2023-05-04", body="""DutchNews.nl | Dutch news in English

Support DutchNews: we rely on our readers to keep going. Donate now

Zelensky in The Hague: Putin must be held to account

May 4, 2023

Ukrainian President Volodymyr Zelensky made an unannounced visit to the Netherlands on Thursday, meeting prime minister Mark Rutte and calling for a special tribunal to try Russia's leaders for the invasion of his country.

Speaking at the World Forum in The Hague under the title "No peace without justice for Ukraine", Zelensky said Russian president Vladimir Putin "deserves to be convicted" for the crime of aggression "here in the legal capital of the world".

Zelensky's day began with a visit to the International Criminal Court, which in March issued an arrest warrant for Putin on suspicion of unlawfully deporting Ukrainian children to Russia. He then held talks with Rutte at the Catshuis, the prime minister's official residence.

Rutte told reporters afterwards that the Netherlands would continue military aid and that it was working with Britain, Denmark and Belgium on a coalition to provide Ukraine with F-16 fighter jets. "We are not there yet, but we are discussing it seriously," the prime minister said.

Benelux leaders

Belgian prime minister Alexander De Croo and Luxembourg's Xavier Bettel travelled to The Hague to take part in a lunch with Zelensky and Rutte at the Catshuis, at which the four discussed the tribunal and reconstruction.

The Dutch government has offered to host the special tribunal for the crime of aggression. An international centre for the prosecution of the crime of aggression is due to open in The Hague this summer.

Zelensky had arrived in the Netherlands from Helsinki, where he met Nordic leaders on Wednesday.

Security around the Binnenhof and the World Forum was tight, with roads closed and police snipers on roofs. Zelensky's visit had been expected by some Dutch media but was not officially confirmed until he arrived on Thursday morning.

Asked whether Zelensky would attend the ceremony for the Charlemagne Prize in Aachen later this month, which has been awarded to the Ukrainian people, Rutte declined to comment. German officials have not confirmed whether the president will travel to Germany.

The Netherlands has given Ukraine about €2.5 billion in military support since the war began, including Patriot air defence systems and tanks.

In the evening, Zelensky was to return to Ukraine. He said he would "take with him" a message of solidarity from the Dutch people.

Several hundred Ukrainians living in the Netherlands gathered outside the World Forum with flags. "We are proud," one woman told broadcaster NOS.

Opposition party SP said the government should focus on peace talks rather than weapons. The PVV did not respond.

Rutte's cabinet is expected to put forward a new package of support before the summer.

In other news
Schiphol to cut flights by 12% from November
King's Day: record crowds in Amsterdam
Housing: rents rise 5.3% in a year

Related
Netherlands to give Ukraine Leopard 1 tanks with Denmark and Germany
Hoekstra: Tribunal for Russian aggression 'within reach'

Sign up for DutchNews' daily newsletter | Share: Facebook | Twitter | LinkedIn"""))

A.append(dict(id="h43-12", source="lrt.lt",
url="https://www.lrt.lt/en/news-in-english/19/2576842/merz-in-vilnius-german-brigade-officially-launched",
published_at="2025-05-22", body="""LRT English | Lithuanian National Radio and Television

LRT uses cookies to ensure you get the best experience. I agree | Learn more

Merz in Vilnius as German brigade officially launched: "Lithuania's security is our security"

German Chancellor Friedrich Merz and Lithuanian President Gitanas Nausėda at Cathedral Square, Vilnius. Photo: BNS / Žygimantas Gedvila

LRT.lt | 2025.05.22 14:05

German Chancellor Friedrich Merz on Thursday attended the official inauguration of the Bundeswehr's 45th Panzer Brigade in Vilnius, calling the unit's deployment a promise that Germany will defend "every square metre" of Nato territory alongside Lithuania.

The ceremony on Cathedral Square marked the first permanent stationing of a German combat brigade abroad since World War II. Merz, who took office two weeks ago, was accompanied by Defence Minister Boris Pistorius.

"The protection of Lithuania is the protection of Germany," Merz said in his speech. "We stand by our commitments without ifs and buts."

President Gitanas Nausėda thanked Germany for what he called a historic decision. "This is a day when a promise becomes reality," he said.

Merz and Nausėda then held talks at the Presidential Palace, where they discussed defence spending targets ahead of the Nato summit in The Hague in June, sanctions on Russia and Ukraine. Merz also met Prime Minister Gintautas Paluckas.

The brigade is to reach full strength of around 4,800 soldiers and 200 civilian staff by 2027. It will be based at Rūdninkai, south of Vilnius, where Lithuania is building barracks, a training ground and housing for soldiers' families.

Lithuanian Defence Minister Dovilė Šakalienė said the infrastructure was "on schedule" despite tight deadlines. Šakalienė said Lithuania would spend between 5 and 6 percent of GDP on defence from next year.

The agreement to deploy the brigade was first announced by Pistorius in June 2023. A detailed roadmap was signed in Vilnius in December of that year.

Busy weeks

The visit comes at the end of a busy start for the new chancellor. Merz travelled to Kyiv on May 10 together with French President Emmanuel Macron, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk, and joined European leaders on a call with US President Donald Trump on Monday.

Merz told reporters in Vilnius that Europe would have to carry a greater share of the burden for Ukraine and its own defence. "We cannot expect the Americans to do it for us," he said.

Several hundred people gathered on the square to watch the ceremony, some holding German flags. Military vehicles including Leopard 2 tanks were on display.

Opposition politicians in Vilnius welcomed the brigade but urged the government to speed up procurement. Conservative MP Laurynas Kasčiūnas, a former defence minister, said Lithuania itself needed a full division.

Around 800 German soldiers are already in Lithuania.

Related
Nausėda: Lithuania to buy German Leopard tanks
Šakalienė: Conscription to expand from 2026
Lithuanian air space violated by balloons from Belarus

Most read
Vilnius Old Town traffic changes from June
LRT poll: Support for government drops

Share: Facebook | X | LinkedIn

© LRT. When using LRT English material, please cite the source."""))
