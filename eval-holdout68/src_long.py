# Long pages (2,500-4,500 characters), h68-01 .. h68-12
A = []

A.append(dict(id="h68-01", source="kyivindependent.com",
url="https://kyivindependent.com/national/macron-scholz-draghi-arrive-in-kyiv-by-train-iohannis-joins-talks",
published_at="2022-06-16", body="""Support independent journalism in Ukraine. Join the Kyiv Independent community. | Become a member

UAH/USD 36.57 ▲ 0.00 | UAH/EUR 38.24 ▼ -0.11 | Air raid alert active: Dnipropetrovsk, Kharkiv oblasts

News Feed | Ukraine | War | Business | Opinion | Investigations

Macron, Scholz, Draghi arrive in Kyiv by train; Iohannis joins talks with Zelensky

by Oleksandra Mykytenko | June 16, 2022 3:12 PM | 4 min read

The leaders of France, Germany and Italy step off the train at a railway station in Kyiv on June 16, 2022. (Ludovic Marin / AFP via Getty Images)

French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi arrived in Kyiv on the morning of June 16 aboard an overnight train from Poland, their first trip to Ukraine since Russia launched its full-scale invasion on Feb. 24.

Romanian President Klaus Iohannis, who travelled separately, joined the three later in the day for talks with President Volodymyr Zelensky at the Mariinskyi Palace.

The journey was kept under wraps for security reasons until Italian and French outlets published photographs of the three men sitting around a small table in a sleeper compartment. Air raid sirens sounded over the capital not long after they stepped onto the platform.

Before sitting down with Zelensky, the guests were driven to Irpin, the commuter town northwest of Kyiv that Russian troops held in March. Walking past burned-out apartment blocks, Macron called the town "heroic" and said it bore "the stigma of barbarism."

The main deliverable was political. At a joint press conference, the four visiting leaders said they backed granting Ukraine "immediate" candidate status for membership of the European Union, a day before the European Commission issues its opinion and a week before EU leaders gather in Brussels to decide.

"Ukraine belongs to the European family," Scholz said, adding that Germany would keep supplying weapons "for as long as Ukraine needs them." Draghi said Italy wanted Ukraine in the EU and stressed the urgency of unblocking grain exports from Ukraine's Black Sea ports.

Zelensky thanked his guests but repeated that the army needed more heavy artillery and multiple rocket launchers, and needed them faster. "Every day of delay costs lives," he said.

The visit followed weeks of friction. Kyiv has accused Berlin of dragging its feet on arms deliveries, and Foreign Minister Dmytro Kuleba publicly rebuked Macron this month after the French president said Russia should not be "humiliated."

For Macron, Kyiv was the last stop of a three-day swing along NATO's eastern flank. He visited French troops stationed at the Mihail Kogalniceanu air base near Constanta in Romania on June 14, and on June 15 travelled to Chisinau, where he held talks with Moldovan President Maia Sandu and pledged support for Moldova's own EU application.

Scholz, who hosts the Group of Seven summit in the Bavarian Alps from June 26, said Zelensky had been invited to take part. A Ukrainian official said the president would most likely join by video link.

In Moscow, Kremlin spokesman Dmitry Peskov said he hoped the leaders would not focus "only on supplying weapons." Former President Dmitry Medvedev sneered at the trip on social media, writing about European "fans of frogs, liverwurst and spaghetti" who liked visiting Kyiv to no effect.

Ukraine formally applied for EU membership four days after the invasion began. Moldova and Georgia followed in early March.

Read more:
Zelensky: EU decision on candidate status will be 'historic'
Boris Johnson makes surprise visit to Kyiv, walks streets with Zelensky
Russian forces push toward Lysychansk as Sievierodonetsk battle rages

Tags: Emmanuel Macron, Olaf Scholz, Mario Draghi, Klaus Iohannis, EU membership

Share: Facebook | Twitter | Telegram | Copy link

We've been covering the war since day one. Support the Kyiv Independent on Patreon."""))

A.append(dict(id="h68-02", source="dw.com",
url="https://www.dw.com/en/biden-makes-surprise-visit-to-kyiv-days-before-war-anniversary/a-64761203",
published_at="2023-02-20", body="""Skip next section Navigation | DW News | Live TV

We use cookies to improve our service for you. You can find more information in our data protection declaration. OK

NEWS | UKRAINE

Biden makes surprise visit to Kyiv days before war anniversary

US President Joe Biden has arrived in Kyiv on an unannounced trip, his first to Ukraine since Russia's full-scale invasion. He pledged another half a billion dollars in aid before heading on to Poland.

US President Joe Biden and Ukrainian President Volodymyr Zelenskyy walk outside St. Michael's Golden-Domed Cathedral in Kyiv. Image: Evan Vucci/AP Photo/picture alliance

US President Joe Biden arrived in Kyiv on Monday on a visit kept secret until the last moment, four days before the first anniversary of Russia's invasion of Ukraine.

Biden was greeted by President Volodymyr Zelenskyy at the Mariinsky Palace. The two leaders later walked to St. Michael's Golden-Domed Monastery as air raid sirens wailed across the city, and laid a wreath at the Wall of Remembrance for fallen soldiers.

"One year later, Kyiv stands. And Ukraine stands. Democracy stands," Biden said in a statement. He announced a further $500 million (€468 million) in US assistance, including artillery ammunition, anti-armor systems and air surveillance radars, and said new sanctions on Russian elites and companies would follow later in the week.

Zelenskyy called the visit "an extremely important sign of support for all Ukrainians."

Ten hours on a train

The logistics were extraordinary even by the standards of presidential travel. According to officials traveling with him, Biden left Washington before dawn on Sunday, flew to Rzeszow in southeastern Poland and then boarded a train near the border for an overnight journey of roughly ten hours to the Ukrainian capital. Only a handful of aides and two reporters accompanied him.

National security adviser Jake Sullivan said Washington had notified Moscow of the trip "for deconfliction purposes" a few hours before the president's departure. He would not say how the Russian side had responded.

Biden is now due in Warsaw, where he is scheduled to hold talks with Polish President Andrzej Duda on Tuesday before delivering a speech in the gardens of the Royal Castle. On Wednesday he will meet the leaders of the Bucharest Nine, the group of NATO members on the alliance's eastern flank.

Meloni also on the move

Italy's Prime Minister Giorgia Meloni held talks with her Polish counterpart Mateusz Morawiecki in Warsaw on Monday. She is due in Kyiv on Tuesday to meet Zelenskyy, her office said, in her first trip to Ukraine since taking office in October.

In Moscow, President Vladimir Putin is set to deliver his delayed state-of-the-nation address on Tuesday. The Kremlin made no immediate comment on Biden's trip.

lo/sms (Reuters, AP, AFP, dpa)

Read more
China's top diplomat Wang Yi to visit Moscow this week
Germany: Leopard 2 tanks to reach Ukraine by end of March
Munich Security Conference: Harris says Russia committed crimes against humanity

Skip next section Related topics
Joe Biden | Volodymyr Zelenskyy | Russia's war in Ukraine | Poland

Date 20.02.2023
Send Facebook Twitter Email Print
Permalink https://p.dw.com/p/4NkQ7

Skip next section Explore more
DW's top stories | Sign up for the newsletter"""))

A.append(dict(id="h68-03", source="theguardian.com",
url="https://www.theguardian.com/uk-news/2023/mar/29/king-charles-brandenburg-gate-state-visit-germany-begins",
published_at="2023-03-29", body="""UK news | Monarchy

King Charles welcomed at Brandenburg Gate as first state visit of reign begins

Monarch and Queen Consort greeted with military honours by German president after the French leg of the tour was called off over pension protests

Katrin Hollstein in Berlin and Owen Marsh
Wed 29 Mar 2023 18.41 BST

King Charles and the Queen Consort with Frank-Walter Steinmeier and Elke Büdenbender at the Brandenburg Gate. Photograph: Kay Nietfeld/dpa

King Charles and Camilla, the Queen Consort, have arrived in Germany for the first state visit of his reign, a trip that was meant to come second, after France, until protests over pension reform forced Paris to call off its leg of the tour last week.

The couple landed at Berlin Brandenburg airport on Wednesday afternoon, escorted into German airspace by Luftwaffe Eurofighters, and were received by President Frank-Walter Steinmeier and his wife, Elke Büdenbender, at the Brandenburg Gate with full military honours – the first time a visiting head of state has been welcomed at the landmark.

Several hundred people stood behind barriers on Pariser Platz, some waving union flags, as a military band played the national anthems. The king walked along the line of spectators, shaking hands and stopping to chat in German.

The Steinmeiers host a state banquet at Schloss Bellevue, the president's official residence, on Wednesday evening. Chancellor Olaf Scholz is among the guests and is due to hold talks with the king during the visit.

On Thursday the king will become the first British monarch to address the Bundestag, delivering part of his speech in German, according to Buckingham Palace. He is also expected to meet Ukrainian refugees at a reception centre and visit a farm project in Brandenburg focused on sustainable agriculture.

On Friday the royal couple travel by train to Hamburg, where they will lay a wreath at the Kindertransport memorial at Dammtor station, which commemorates the Jewish children who found refuge in Britain before the second world war.

The visit was requested by Rishi Sunak's government, which sees the monarch's goodwill as an asset as it tries to repair relations with European partners strained by Brexit. Charles visited Germany dozens of times as Prince of Wales.

The three-day trip to France was due to start in Paris on Sunday and continue in Bordeaux. On Friday the Élysée said it had been postponed, a day after the entrance of Bordeaux town hall was set alight during nationwide demonstrations. Emmanuel Macron told reporters in Brussels that it would not have been "reasonable" to host the king amid the unrest, and said a new date would be set "at the beginning of the summer". Buckingham Palace said the king and queen consort looked forward to visiting France "as soon as dates can be found".

Trade unions have called a further day of action against the reform, which raises the pension age from 62 to 64, for next Tuesday.

This article was amended on 29 March 2023 to correct the name of the Hamburg railway station.

… as you're joining us today from Germany, we have a small favour to ask. Tens of millions have placed their trust in the Guardian's fearless journalism. Support the Guardian from as little as €1 – it only takes a minute. Thank you.

Explore more on these topics
King Charles III | Monarchy | Germany | Camilla, Queen Consort | France | news

Share | Reuse this content

Most viewed
Sunak and Macron pledge 'new beginning' after Paris summit
Storm warnings as heavy rain heads for southern England
Kate Forbes concedes defeat in SNP leadership contest"""))

A.append(dict(id="h68-04", source="balkaninsight.com",
url="https://balkaninsight.com/2024/05/08/serbia-and-china-pledge-shared-future-as-xi-wraps-up-belgrade-visit/",
published_at="2024-05-08", body="""BIRN | Home | News | Investigations | Opinion | Reporting Democracy

Newsletter: Get the Balkan Insight daily briefing in your inbox. Subscribe

Serbia and China Pledge 'Shared Future' as Xi Wraps Up Belgrade Visit

Chinese President Xi Jinping and Serbian President Aleksandar Vucic signed a joint statement and a raft of deals on Wednesday, on a visit that began on the 25th anniversary of NATO's bombing of the Chinese embassy in Belgrade.

Nemanja Radulovic | BIRN | Belgrade | May 8, 2024 | 13:52

Xi Jinping and Aleksandar Vucic in front of the Palace of Serbia in Belgrade on May 8. Photo: Presidency of Serbia

Xi and Vucic signed a joint statement on "deepening and elevating the comprehensive strategic partnership" and building "a Serbia-China community with a shared future in the new era" on Wednesday, making Serbia the first European country to endorse the Chinese formula. Ministers from both governments then signed 28 further agreements and memoranda on infrastructure, trade, technology and media cooperation.

Xi, accompanied by his wife Peng Liyuan, landed at Belgrade airport on Tuesday evening, where Vucic and Prime Minister Milos Vucevic met him on the tarmac. On Wednesday morning thousands of people, many bussed in from towns across Serbia, waved Chinese and Serbian flags outside the Palace of Serbia during an official welcome ceremony before the two delegations sat down for talks.

"Taiwan is China," Vucic told a joint press conference, adding that Serbia would always respect China's territorial integrity as Beijing had respected Serbia's. He said the free trade agreement the two countries signed in Beijing last October would enter into force in July.

The timing of the visit was loaded with symbolism. Three Chinese journalists were killed when NATO missiles hit the embassy on May 7, 1999, during the alliance's air campaign against Yugoslavia. In an article published in the daily Politika ahead of his arrival, Xi wrote that the Chinese people "will never forget" the bombing and praised a friendship "forged in blood".

Xi arrived from France, where on Monday he held talks with President Emmanuel Macron in Paris, followed by a three-way meeting with European Commission President Ursula von der Leyen, who pressed him on trade imbalances and Chinese support for Russia's war effort. On Tuesday Macron took his guest to the Pyrenees.

From Belgrade, Xi travels on to Hungary later on Wednesday, the final stop of his first European tour in five years. Talks with Prime Minister Viktor Orban are scheduled for Thursday, and officials in Budapest have said they expect agreements on railways, roads and nuclear energy.

On his last European tour, in 2019, Xi visited Italy, Monaco and France. His previous trip to Serbia was in 2016, when he toured the Smederevo steel mill bought by China's HBIS group.

Opposition politicians in Belgrade accused the government of turning its back on the EU, which Serbia has been negotiating to join since 2014. Vucic rejected the claim. "We are on the European path, but we will not give up on our friends," he said.

Related
Wang Yi Meets Orban in Budapest as China Courts Hungary
Bosnian Serb Leader Dodik Meets Putin in Kazan
Serbia Shows Off Chinese FK-3 Air Defence Systems

Tags: China, Serbia, Xi Jinping, Aleksandar Vucic, Hungary

Share: Facebook | X | LinkedIn | Email
Comments (14)

BIRN is a network of non-governmental organisations promoting freedom of speech, human rights and democratic values in Southern and Eastern Europe."""))

A.append(dict(id="h68-05", source="france24.com",
url="https://www.france24.com/en/asia-pacific/20230520-zelensky-lands-in-hiroshima-to-rally-g7-meets-india-s-modi",
published_at="2023-05-20", body="""We value your privacy. FRANCE 24 and its partners store and access information on your device. Accept all | Manage preferences

FRANCE 24 | Live | France | Africa | Middle East | Americas | Europe | Asia-Pacific

ASIA-PACIFIC

Zelensky lands in Hiroshima to rally G7, meets India's Modi for first time since invasion

Issued on: 20/05/2023 - 16:05 | Modified: 20/05/2023 - 18:40

Ukrainian President Volodymyr Zelensky arrives at Hiroshima airport on May 20, 2023. © Ukrainian Presidential Press Service via AFP

Text by: FRANCE 24 | 3 min

Ukrainian President Volodymyr Zelensky arrived in Hiroshima on Saturday to attend the Group of Seven summit in person, a trip kept under wraps until the last minute, and immediately launched into a round of talks with the world leaders gathered in the Japanese city.

Zelensky flew in aboard a French government aircraft from Jeddah, where on Friday he had addressed an Arab League summit and held talks with Saudi Crown Prince Mohammed bin Salman. "Japan. G7. Important meetings with partners and friends of Ukraine," he wrote on Telegram after landing.

Within hours he sat down with Indian Prime Minister Narendra Modi, their first face-to-face meeting since Russia invaded Ukraine in February 2022. New Delhi has refused to condemn Moscow and has sharply increased its purchases of discounted Russian oil. "India, and I personally, will do everything we can" to help end the war, Modi told Zelensky, calling the conflict "a big issue for the whole world".

Zelensky also met British Prime Minister Rishi Sunak, who greeted him with a hug, and Italy's Giorgia Meloni. He is due to hold talks with French President Emmanuel Macron, whose office arranged the flight, later on Saturday.

The Ukrainian leader will meet US President Joe Biden on Sunday, a US official said, a day after Washington signalled it would support a joint effort to train Ukrainian pilots on F-16 fighter jets and would eventually let allies supply them.

On Sunday Zelensky will also take part in a G7 session on Ukraine and hold talks with the host, Japanese Prime Minister Fumio Kishida, who made a surprise trip to Kyiv in March.

Brazil's President Luiz Inacio Lula da Silva, who is attending as one of eight invited guests, told reporters he was willing to talk to Zelensky "if the opportunity arises". Brazilian diplomats said no meeting had been scheduled.

The G7 leaders on Friday announced fresh sanctions on Russia targeting its diamond trade, energy and industrial exports, and pledged to keep up pressure "for as long as it takes". Their communique also took aim at China's military activity around Taiwan and its "economic coercion", prompting an angry response from Beijing.

For Kishida, whose family constituency is in Hiroshima, the summit in the city destroyed by an American atomic bomb in 1945 was meant to focus attention on nuclear disarmament. The leaders, several accompanied by their spouses, visited the Peace Memorial Museum on Friday and laid wreaths at the cenotaph.

Zelensky's presence in person, first reported by Ukrainian officials earlier in the week and then denied, was confirmed only on Friday. He is expected to leave Japan on Sunday evening.

© 2023 France Médias Monde

Read more
Zelensky arrives in Saudi Arabia for Arab League summit
Sunak, Kishida sign 'Hiroshima Accord' on defence and trade
G7 leaders visit Hiroshima peace museum in symbolic first

Share | Facebook | Twitter | WhatsApp | Email

Download the app | Newsletter: get the top stories every morning"""))

A.append(dict(id="h68-06", source="independent.co.uk",
url="https://www.independent.co.uk/news/uk/home-news/emperor-naruhito-state-visit-king-charles-carriage-b2568123.html",
published_at="2024-06-25", body="""Stay up to date with notifications from The Independent

Notifications can be managed in browser preferences.

UK | Royal Family

King welcomes Japan's Emperor Naruhito with carriage procession and state banquet

The state visit, postponed from 2020 because of the pandemic, is the first by a Japanese emperor since 1998

Tamsin Ellery, Royal Correspondent
Tuesday 25 June 2024 19:02 BST

King Charles and Emperor Naruhito ride in a carriage along the Mall on Tuesday (PA)

Your support helps us to tell the story. From the front lines of a general election to the royal beat, our reporters are on the ground when the story is developing. Your donation allows us to keep sending journalists to speak to both sides of the story.

The King and Queen formally welcomed Emperor Naruhito and Empress Masako of Japan at Horse Guards Parade on Tuesday morning, at the start of the ceremonial part of a state visit that had been put off four years ago because of Covid.

The Japanese couple arrived in London on Saturday and spent the weekend on private engagements. The Prince of Wales greeted them on the King's behalf at their hotel on Tuesday morning before escorting them to the ceremony.

After a royal salute and an inspection of the guard of honour, the two monarchs rode in a carriage procession along the Mall to Buckingham Palace, where a selection of Japanese items from the Royal Collection had been laid out for the guests.

In the afternoon the emperor laid a wreath at the Grave of the Unknown Warrior in Westminster Abbey.

At the state banquet on Tuesday evening, the King was expected to recall the emperor's two years as a postgraduate student at Merton College, Oxford, in the 1980s, where he researched the history of transport on the River Thames. The couple are due to return to Oxford on Friday.

Because the visit falls in the middle of the general election campaign, the programme has been trimmed. Prime Minister Rishi Sunak and Labour leader Sir Keir Starmer both met the emperor on Tuesday, but a planned address to Parliament and a number of government engagements were dropped under the rules that apply during the campaign.

It is the King's first state visit as host since his cancer diagnosis in February. He returned to public-facing duties in April and has limited some engagements on medical advice.

Naruhito's father, Akihito, made a state visit in 1998 that was marked by protests from former prisoners of war. The current emperor's most recent overseas state visit was to Indonesia in June last year.

On Wednesday the emperor will visit the Francis Crick Institute in London, and the empress is due at a children's charity. The couple leave Britain on Saturday.

Japan and the UK have deepened defence and economic ties in recent years, including an agreement to develop a next-generation fighter jet together with Italy.

Read More
King Charles to travel to Samoa for Commonwealth summit in October
Trooping the Colour: Princess of Wales makes first public appearance since diagnosis
Sunak and Starmer clash over tax in final debate

Join our commenting forum. Join thought-provoking conversations, follow other Independent readers and see their replies.

Comments (32)

Most popular"""))

A.append(dict(id="h68-07", source="rferl.org",
url="https://www.rferl.org/a/blinken-moldova-visit-refugees-ukraine/31739512.html",
published_at="2022-03-06", body="""Share | Print | Listen

Blinken In Moldova Pledges Support As Refugees From Ukraine Stream Across Border

By RFE/RL's Moldovan Service | March 06, 2022 16:20 GMT

U.S. Secretary of State Antony Blinken (left) and Moldovan President Maia Sandu at a news conference in Chisinau on March 6.

CHISINAU -- U.S. Secretary of State Antony Blinken has pledged Washington's backing for Moldova during a visit to Chisinau, as the small country struggles to cope with a flood of refugees from neighboring Ukraine and fears grow that the war could spill across its borders.

Blinken held talks on March 6 with President Maia Sandu, Prime Minister Natalia Gavrilita and Foreign Minister Nicu Popescu. "We stand with Moldova," he told a joint news conference with Sandu, saying the administration would ask Congress for additional funds to help the country's economy and its refugee response.

Moldovan authorities say more than 230,000 people have crossed into the country from Ukraine since Russia launched its invasion on February 24, and around 100,000 of them have stayed. "We are a small country, but we will not close our doors," Sandu said, while urging international partners to help cover the costs.

Asked about Transnistria, the Russian-backed breakaway region where some 1,500 Russian troops are stationed, Blinken said the United States supported Moldova's sovereignty and territorial integrity "within its internationally recognized borders."

Blinken arrived in Chisinau from Poland, where he spent March 5 close to the Ukrainian frontier. At the Korczowa border crossing, he met Ukrainian Foreign Minister Dmytro Kuleba, who came over from the Ukrainian side, for talks on weapons deliveries, sanctions and humanitarian corridors. Earlier the same day he held talks in Rzeszow with Polish Foreign Minister Zbigniew Rau and toured a reception center for refugees.

Asked about a proposal under which Poland would give its Soviet-designed MiG-29 fighter jets to Ukraine and receive American F-16s in return, Blinken said Washington was "actively" looking at the idea with Warsaw. Polish officials have been cautious in public.

The secretary of state heads next to the Baltic states. He is due in Vilnius on March 7, in Riga on March 7-8 and in Tallinn on March 8, where he will meet the leaders of all three NATO members, which have been pressing for a larger permanent allied troop presence on their territory.

Moldova, which is not a member of NATO and whose constitution enshrines neutrality, applied to join the European Union on March 3 along with Georgia, days after Ukraine did so.

Popescu said Chisinau was in close contact with Kyiv and with Bucharest, which has helped route aid and refugees through Romania. Romanian officials have said about 60,000 people have transited Moldova on their way west.

The U.S. State Department said Blinken also discussed energy security with Gavrilita. Moldova depends almost entirely on Russian gas supplied by Gazprom, which nearly cut deliveries last autumn in a dispute over prices and debts.

Local media reported that security in central Chisinau was tightened for the visit, with several streets around the presidency closed from early morning.

With reporting by AP and Reuters

Related
'We Will Not Surrender': Kuleba Speaks After Border Talks
Moldova, Georgia Apply For EU Membership
Refugees Queue For Hours At Palanca Crossing

Copyright (c) 2022. RFE/RL, Inc. All Rights Reserved."""))

A.append(dict(id="h68-08", source="yle.fi",
url="https://yle.fi/a/74-20030511",
published_at="2023-05-03", body="""Yle uses cookies to improve its services. You can change your settings at any time. Accept all | Settings

Yle News | Finland | Politics | Ukraine | Culture | All in English

Zelensky in Helsinki for Nordic summit: "We don't attack Putin or Moscow"

Ukraine's president made an unannounced visit to the Finnish capital on Wednesday to meet President Sauli Niinistö and the leaders of the Nordic countries.

3.5.2023 17:26 | updated 3.5.2023 19:04

President Sauli Niinistö welcomed Volodymyr Zelensky in Helsinki on Wednesday. Image: Roni Lehtonen / Lehtikuva

Ukrainian President Volodymyr Zelensky arrived in Helsinki on Wednesday morning, one month after Finland became the 31st member of Nato. The visit had not been announced in advance for security reasons, and journalists were told only late on Tuesday evening that a "Nordic summit with a special guest" would take place.

Zelensky first held bilateral talks with Niinistö, who had invited him, before the pair were joined by Prime Minister Sanna Marin, who heads a caretaker government after April's parliamentary election, and by the prime ministers of Sweden, Denmark, Norway and Iceland: Ulf Kristersson, Mette Frederiksen, Jonas Gahr Støre and Katrín Jakobsdóttir.

In a joint statement after the summit, the Nordic leaders said they would support Ukraine "for as long as it takes", backed the creation of a special tribunal for the crime of aggression, and said Ukraine's future lay in the Euro-Atlantic community.

The meeting was overshadowed by Russian claims, made a few hours earlier, that Ukraine had tried to strike the Kremlin with two drones overnight. Asked about the allegation at a press conference with Niinistö, Zelensky denied any involvement. "We don't attack Putin or Moscow. We fight on our own territory," he said.

Niinistö said Finland would continue to send military aid, and that its next package would be announced in the coming weeks. Finland has so far sent 15 packages of defence materiel, with a total value of over one billion euros.

Dutch broadcaster NOS reported on Wednesday that Zelensky would travel on to The Hague on Thursday, where the International Criminal Court is based. Neither Kyiv nor the Dutch government would confirm the report.

Zelensky's most recent trip abroad before this one took him to Poland in early April.

The visit took place as National Coalition Party chair Petteri Orpo, whose party won the election, continued talks on forming a new government. Orpo was not part of Wednesday's programme.

Security in the centre of Helsinki was visibly tight on Wednesday, with police closing off streets around the venue. The Finnish Security and Intelligence Service (Supo) declined to comment on the arrangements.

Finland shares a 1,340-kilometre land border with Russia. Moscow has said it will take "counter-measures" in response to Finland's Nato membership.

Read also
Niinistö: Sweden will join Nato "sooner or later"
Finnish flag raised at Nato headquarters in Brussels
Orpo to begin formal government talks next week

Most read
Sauna culture's new fans | Police warn of phone scam wave | Helsinki bus drivers to strike

Yle News daily newsletter. Subscribe here."""))

A.append(dict(id="h68-09", source="english.elpais.com",
url="https://english.elpais.com/international/2023-02-02/spain-and-morocco-sign-20-agreements-in-rabat-as-king-stays-away.html",
published_at="2023-02-02", body="""Sign in | Subscribe

EL PAÍS | English Edition | International | Spain | Economy | USA | Opinion

SPAIN-MOROCCO RELATIONS

Spain and Morocco sign 20 agreements in Rabat as king stays away

Prime Minister Pedro Sánchez led a delegation of 12 ministers to the first high-level meeting between the two governments in eight years. Mohammed VI phoned him instead and invited him for an official visit "soon"

LUCÍA FERRER ROLDÁN | Rabat - FEB 02, 2023 - 17:34 CET

Pedro Sánchez and Moroccan Prime Minister Aziz Akhannouch in Rabat on Thursday. FADEL SENNA (AFP)

Spain and Morocco signed some 20 agreements and memorandums of understanding on Thursday at the end of the first high-level meeting between the two governments since 2015, sealing a reconciliation that began last March when Madrid shifted its position on Western Sahara.

Prime Minister Pedro Sánchez arrived in Rabat on Wednesday evening with 12 ministers and on Thursday held talks with his Moroccan counterpart, Aziz Akhannouch, followed by a plenary session of both cabinets. The agreements cover education, water management, infrastructure, vocational training, social security and the fight against climate change. Spain also announced €800 million in financing lines for Spanish companies investing in Morocco.

King Mohammed VI was not in the Moroccan capital. On Wednesday night the Royal Cabinet said the monarch had spoken to Sánchez by telephone, congratulated him on the meeting and invited him to make an official visit to the kingdom "soon". The Royal Cabinet did not say when. The king is on a private trip abroad.

The opposition seized on the absence. The conservative Popular Party spoke of a "snub" and accused Sánchez of giving up Spain's position on the Sahara "in exchange for nothing". Government sources in Madrid said an audience had never been on the programme.

In their joint declaration, the two governments reaffirmed their commitment to "respect for each other's spheres of sovereignty" and to a "gradual" normalization of the movement of people and goods at the land borders, without naming Ceuta and Melilla. The ordinary customs posts in the two cities, closed since 2018 and 2019, are due to open in a pilot phase.

Last March, Sánchez wrote to the king saying that Spain considered Morocco's 2007 autonomy plan for Western Sahara "the most serious, realistic and credible basis" for resolving the dispute. Algeria, which backs the Polisario Front, reacted furiously, recalling its ambassador from Madrid and suspending a 20-year friendship treaty in June.

The ministers from Unidas Podemos, the junior partner in the coalition, did not travel to Rabat. Labor Minister Yolanda Díaz said she had a "full agenda" in Madrid.

The business forum held on the sidelines of the meeting brought together more than 300 companies from both countries. Spain is Morocco's largest trading partner, with trade worth more than €18 billion last year.

Moroccan officials stressed the cooperation on migration. Irregular arrivals to Spain from Morocco fell sharply in 2022, and Rabat has asked for more European funding for border control.

MORE INFORMATION
Sánchez and Macron sign friendship treaty in Barcelona
Algeria's gas exports to Spain fall after diplomatic rift

Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition

Most viewed
© EDICIONES EL PAÍS S.L."""))

A.append(dict(id="h68-10", source="thehindu.com",
url="https://www.thehindu.com/news/international/modi-arrives-in-kyiv-by-train-india-ukraine-sign-four-agreements/article68555214.ece",
published_at="2024-08-23", body="""SENSEX 81,086.21 ▼ -33.02 | NIFTY 24,823.15 ▲ +11.65 | USD/INR 83.90 | Gold (10g) ₹71,690

The Hindu | e-Paper | Subscribe | Sign in

News | International

Modi arrives in Kyiv by train, embraces Zelenskyy; India, Ukraine sign four agreements

Prime Minister says India "has never been neutral", stands "on the side of peace"; invites Ukrainian President to visit India

Ananya Raghavan | KYIV | Updated - August 23, 2024 10:41 pm IST

Prime Minister Narendra Modi and Ukrainian President Volodymyr Zelenskyy at the Martyrologist exhibition in Kyiv on August 23, 2024. Photo: PTI

Prime Minister Narendra Modi on Friday became the first Indian Prime Minister to visit Ukraine since the two countries established diplomatic relations more than three decades ago, arriving in Kyiv after a ten-hour overnight train journey from the Polish border town of Przemysl.

Mr. Modi and President Volodymyr Zelenskyy embraced before touring the Martyrologist exhibition on children killed in the war at the National Museum of the History of Ukraine, where the Prime Minister placed a toy in memory of the victims. The two leaders then held talks at the Mariinskyi Palace in restricted and delegation-level formats.

Four agreements were signed in their presence, on cooperation in agriculture and the food industry, the regulation of medical products, a programme of cultural cooperation for 2024-2028 and Indian grant assistance for high-impact community development projects. Mr. Modi also handed over four BHISHM cubes, portable hospitals that can treat up to 200 casualties.

"India has never been neutral. From the first day, we have been on the side of peace," Mr. Modi said, adding that India was ready to play "an active role" in efforts to end the war. Mr. Modi invited Mr. Zelenskyy to visit India at a mutually convenient time, External Affairs Minister S. Jaishankar told reporters.

The visit came six weeks after Mr. Modi's trip to Moscow in July, when pictures of him embracing President Vladimir Putin on the day a Russian missile struck a children's hospital in Kyiv drew sharp criticism from Mr. Zelenskyy, who called it "a huge disappointment".

Mr. Modi travelled to Kyiv from Warsaw, where on Thursday he held talks with Prime Minister Donald Tusk and the two sides raised bilateral ties to a strategic partnership. He also called on President Andrzej Duda. It was the first visit by an Indian Prime Minister to Poland in 45 years.

The train, a luxury carriage of the Ukrainian railways dubbed "Rail Force One", has carried several foreign leaders to Kyiv since 2022. Mr. Jaishankar and National Security Adviser Ajit Doval accompanied the Prime Minister.

Foreign Secretary Vikram Misri said the two leaders also discussed trade, which fell sharply after the invasion, and the possibility of Indian companies taking part in Ukraine's reconstruction. He declined to say whether Mr. Modi had carried any message from Moscow.

Mr. Modi was scheduled to leave Kyiv by train on Friday evening and fly back to New Delhi from Poland.

Also read
Rajnath Singh leaves for four-day visit to U.S.
India abstains on UN resolution on Zaporizhzhia plant
Editorial: A visit that balances

Related Topics: India-Ukraine | Narendra Modi | Volodymyr Zelenskyy | Russia-Ukraine war

Comments (47) | Share | Print

Copyright© 2024, THG PUBLISHING PVT LTD."""))

A.append(dict(id="h68-11", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/albanese-meets-xi-jinping-beijing-great-hall/103068924",
published_at="2023-11-06", body="""Skip to main content | ABC News | Just In | Australia | World | Business | Analysis | Sport

Anthony Albanese meets Xi Jinping in Beijing, says relationship 'on the right path'

By China correspondent Felicity Marsh in Beijing
Posted Mon 6 Nov 2023 at 8:15pm, updated Mon 6 Nov 2023 at 10:02pm

Anthony Albanese and Xi Jinping shake hands at the Great Hall of the People. (AAP: Lukas Coch)

Key points:
Mr Albanese is the first Australian prime minister to visit China since 2016
Mr Xi says the two countries can "trust each other" after years of tension
The PM raised the case of detained writer Yang Hengjun

Prime Minister Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People in Beijing, on the first visit to China by an Australian leader in seven years.

Mr Xi told Mr Albanese the relationship was "on the right path" and that the two countries could become partners that "trust each other", after a diplomatic freeze that saw Beijing impose tariffs and bans on more than $20 billion worth of Australian exports.

Mr Albanese said he had raised the case of Australian writer Yang Hengjun, who has been detained in China since 2019, as well as the remaining trade impediments on wine and rock lobster. "We will cooperate where we can, disagree where we must and engage in our national interest," he told reporters after the meeting.

The visit comes 50 years after Gough Whitlam became the first Australian prime minister to visit the People's Republic of China. On Monday morning Mr Albanese walked through the grounds of the Temple of Heaven, recreating a famous photograph of Mr Whitlam.

Mr Albanese arrived in Shanghai on Saturday and on Sunday addressed the opening of the China International Import Expo, where more than 200 Australian companies are exhibiting. On Tuesday he is due to hold the annual leaders' meeting with Premier Li Qiang in Beijing.

The barley tariffs were lifted in August and Beijing has begun a review of the duties on Australian wine. Journalist Cheng Lei, who was detained in China for three years, was released last month and returned to Melbourne.

Mr Albanese first met Mr Xi on the sidelines of the G20 summit in Bali last November, ending a six-year freeze on leader-level talks.

Opposition Leader Peter Dutton said the Prime Minister should have secured Dr Yang's release before travelling. "We shouldn't be rewarding bad behaviour," he said.

From Beijing, Mr Albanese will fly to the Cook Islands for the Pacific Islands Forum leaders' meeting in Rarotonga, where climate change and regional security are expected to dominate.

The trip comes less than two weeks after Mr Albanese was hosted by US President Joe Biden at the White House, on an official visit that included a state dinner. He said Australia's relationship with China did not come at the expense of its alliance with the United States.

Analysts said the warm language from Beijing did not mean the underlying strategic rivalry had eased. "This is stabilisation, not a reset," said a researcher at the Lowy Institute.

Related stories
Cheng Lei reunited with her children in Melbourne
Albanese tells Biden Australia will 'always stand up for our values'
What Australia still wants from Beijing

Topic: Government and Politics | China | Trade

Share | Facebook | X | Email

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))

A.append(dict(id="h68-12", source="euronews.com",
url="https://www.euronews.com/my-europe/2023/06/01/european-political-community-zelenskyy-joins-leaders-in-moldova",
published_at="2023-06-01", body="""We value your privacy. We and our partners use cookies to personalise content and ads. Accept | Manage settings

Euronews | Europe | World | Business | Green | Next | Culture

European Political Community: Zelenskyy joins leaders in Moldova as Armenia and Azerbaijan talk peace

By Marta Lindqvist with AP, AFP | Updated: 01/06/2023 - 20:17

Moldovan President Maia Sandu welcomes Ukrainian President Volodymyr Zelenskyy at Mimi Castle, Bulboaca, 1 June 2023.

Nearly 50 European leaders gathered at a castle winery in Moldova on Thursday for the second summit of the European Political Community, a short drive from the Russian-backed breakaway region of Transnistria.

Ukrainian President Volodymyr Zelenskyy, who flew in for the day, was greeted by host Maia Sandu on arrival at Mimi Castle in Bulboaca, and the two held talks before the plenary. He used the summit to press for a clear invitation to join NATO at the alliance's Vilnius summit in July and for more air defence systems.

"Every country in Europe that borders Russia and does not want Russia to tear it apart must be a full member of the EU and NATO," Zelenskyy said.

For Sandu, whose country applied for EU membership last year, hosting dozens of leaders just a few dozen kilometres from the front lines of Russia's war was a statement in itself. "Moldova is not alone," she said. The EU announced a civilian mission to help Chisinau fend off hybrid threats.

On the sidelines, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks with French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel on a peace deal between the two South Caucasus neighbours. Michel said afterwards that Pashinyan and Aliyev would meet again in Brussels in July, and that the five leaders would gather in the same format in Granada in October, when Spain hosts the next summit.

Macron and Scholz also met Serbian President Aleksandar Vučić and Kosovo's President Vjosa Osmani, days after clashes in northern Kosovo injured some 30 NATO peacekeepers. The two Western leaders urged new local elections in four northern municipalities.

British Prime Minister Rishi Sunak used the gathering to push for joint European action against illegal migration and people smuggling, a theme he said would return in Granada.

Turkish President Recep Tayyip Erdoğan did not attend, as he prepares for his inauguration on Saturday following his re-election.

As is the format's practice, the summit did not adopt a joint declaration. The European Political Community was launched at Macron's initiative after Russia's full-scale invasion of Ukraine and brings together EU members and non-members, including the UK, Turkey and the countries of the Western Balkans and South Caucasus.

Moldovan police had closed roads around the venue since early morning and airspace over the region was restricted. Several leaders arrived by helicopter from Chisinau airport.

Share this article | Comments

More on this topic
EU to deploy civilian mission to Moldova
Sandu: Moldova will be ready to join the EU by 2030
Kosovo: NATO sends 700 more troops after clashes

Tags: Moldova, European Political Community, Volodymyr Zelenskyy, Armenia, Azerbaijan

Euronews newsletter - Sign up for our daily briefing"""))
