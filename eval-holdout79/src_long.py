# Long pages (2,500-4,500 characters), h79-01 .. h79-12
A = []

A.append(dict(id="h79-01", source="www1.folha.uol.com.br",
url="https://www1.folha.uol.com.br/internacional/en/world/2024/02/lula-ends-africa-trip-with-gaza-remarks-that-anger-israel.shtml",
published_at="2024-02-18", body="""Folha de S.Paulo | International
Read the article in the original language

IBOVESPA 128.726 ▲ 0,45% | DÓLAR R$ 4,97 ▼ -0,12% | EURO R$ 5,35 ▼ -0,08%

WORLD
Lula ends Africa trip with Gaza remarks that anger Israel

In Addis Ababa, Brazilian president meets Abiy and Palestinian premier; Blinken expected in Brasília on Wednesday

Renata Carvalho Menezes
Addis Ababa
Feb 18, 2024, 4:40 PM

President Luiz Inácio Lula da Silva wrapped up a five-day trip to Africa on Sunday with a speech that drew an immediate rebuke from Israel, after he compared the military campaign in the Gaza Strip to the Holocaust during a press conference on the sidelines of the African Union summit in the Ethiopian capital.

"What is happening in the Gaza Strip with the Palestinian people has no parallel in other historical moments. In fact, it did exist: when Hitler decided to kill the Jews," the president told reporters before leaving for Brasília.

Prime Minister Benjamin Netanyahu's office called the words "shameful and grave". Israeli Foreign Minister Israel Katz wrote on X that Brazil's ambassador would be summoned on Monday for what he described as a harsh reprimand. Itamaraty had not commented by the time this text was published.

The row overshadowed a trip that Planalto had hoped would mark Brazil's return to Africa after years of neglect. On Saturday, Lula was received by Prime Minister Abiy Ahmed at the National Palace for a bilateral meeting in which the two discussed agricultural cooperation, debt relief for poorer countries and Brazil's support for Ethiopia's entry into the BRICS group, which took effect in January. Ministers signed memorandums on agriculture and on scientific cooperation, and Abiy showed his guest the palace gardens.

Before Addis Ababa, the Brazilian leader had spent Thursday in Cairo, where he held talks with President Abdel Fattah el-Sisi on humanitarian access to Gaza through the Rafah crossing and addressed the permanent council of the Arab League. Egypt, like Ethiopia, joined BRICS this year.

On the margins of the AU gathering, Lula also sat down with Palestinian Prime Minister Mohammad Shtayyeh, who thanked Brazil for its position in the UN Security Council. The Brazilian president addressed the opening session as a guest of honour and called for reform of the global financial architecture, a theme Brazil has put at the centre of its G20 presidency this year.

Back home, the diplomatic agenda does not pause. US Secretary of State Antony Blinken is due in Brasília on Wednesday for a meeting with Lula at the Planalto palace, before travelling to Rio de Janeiro for the G20 foreign ministers' meeting on Wednesday and Thursday. Foreign Minister Mauro Vieira will host that gathering.

Opposition lawmakers said on Sunday they would ask Vieira to explain the president's words before Congress. Celso Amorim, Lula's chief foreign policy adviser, defended the trip's results, saying it had opened doors for Brazilian companies in two of Africa's most populous countries.

Brazilian officials said a visit to Nigeria and Angola could be considered for the second half of the year, though nothing has been scheduled.

Photo: President Lula and Prime Minister Abiy Ahmed at the National Palace in Addis Ababa on Saturday - Ricardo Stuckert/PR

Subscribe to Folha's newsletter and receive a selection of news in English every week

Read also
Brazil's economy grew 2.9% in 2023, central bank index suggests
Lula and Sisi discuss Gaza aid in Cairo
Amazon deforestation falls for tenth consecutive month

Most read
1. Carnival tourism beats records in Salvador
2. Central bank signals further half-point cuts

Topics: Lula | Africa | Israel | Gaza | Ethiopia

Translated by Kiyomi Mitsuoka
Read the article in the original language"""))

A.append(dict(id="h79-02", source="riotimesonline.com",
url="https://www.riotimesonline.com/xi-jinping-lula-sign-37-agreements-in-brasilia-state-visit/",
published_at="2024-11-20", body="""Support independent journalism from Latin America: become a Rio Times member

IBOV 127,668 ▼ -0.14% | USD/BRL 5.77 ▲ 0.21% | BRENT 73.41 ▲ 0.52% | CNY/BRL 0.797

BRAZIL | DIPLOMACY

Xi and Lula sign 37 agreements as Chinese leader wraps up state visit to Brasília

By Marcelo Tavares Albuquerque | November 20, 2024

Chinese President Xi Jinping was welcomed by President Luiz Inácio Lula da Silva at the Alvorada Palace on Wednesday for a state visit that ended with the signing of 37 cooperation agreements and a decision to raise the relationship to what both governments called "a community with a shared future for a fairer world and a more sustainable planet".

Xi arrived in the capital late on Tuesday, hours after the close of the G20 leaders' summit in Rio de Janeiro. He was received on Wednesday morning with a military ceremony before private talks with his host, followed by an expanded meeting with ministers and a lunch.

The documents cover agriculture, trade, infrastructure, energy, mining, satellite technology, tourism and health. Beijing lifted barriers on Brazilian grapes, sesame, sorghum and fish products, according to the Agriculture Ministry.

Brazil did not formally join the Belt and Road Initiative, an option that had been discussed for months. Instead, the two sides agreed to seek "synergies" between the Chinese programme and Brazilian development plans such as the New Growth Acceleration Programme and New Industry Brazil.

"China is Brazil's largest trading partner, and we want that relationship to generate more jobs and more industry here," Lula said in a statement to the press. Xi said the two nations "are good friends who share weal and woe" and praised Brazil's presidency of the G20.

Foreign Minister Mauro Vieira said Lula had accepted an invitation to visit China in 2025, without giving a date.

Milei meets Xi in Rio

The Brasília visit capped a week-long Latin American swing for the Chinese leader. On Tuesday in Rio, on the margins of the G20, Xi sat down with Argentine President Javier Milei, a meeting that would have been hard to imagine a year ago, when the libertarian called China's leaders "assassins" on the campaign trail. According to the Casa Rosada, the two discussed the renewal of the currency swap between their central banks and Argentine exports of beef and lithium. Milei described the talks as "very good".

Earlier, Xi spent three days in Peru for the APEC summit, where he and President Dina Boluarte inaugurated the Chancay megaport, built by Cosco Shipping, and where he held what was widely seen as his last meeting with outgoing US President Joe Biden on Saturday.

Analysts in Brasília said the visit showed Brazil's attempt to balance its ties with Beijing and Washington ahead of Donald Trump's return to the White House in January. "Lula is keeping all doors open," said a professor of international relations at the University of Brasília.

Photo: Xi Jinping and Lula at the Alvorada Palace on Wednesday. Credit: Ricardo Stuckert/PR

Sign up for our daily Latin America briefing

Related
Brazil's trade surplus with China hits record in October
G20 Rio: leaders agree on global alliance against hunger
Chile's Boric to visit India in 2025, foreign ministry says

Tags: China, Xi Jinping, Lula, Belt and Road, G20, Argentina, Milei

Share: Facebook | X | LinkedIn | WhatsApp

Comments (12)"""))

A.append(dict(id="h79-03", source="nation.africa",
url="https://nation.africa/kenya/news/ruto-in-haiti-visits-kenyan-police-officers-4769122",
published_at="2024-09-21", body="""Advertisement

NSE 20 1,712.6 ▲ 0.3% | USD/KES 129.10 | GBP/KES 171.35 | Murban crude 73.80

Subscribe for just KSh 10 a day and get unlimited access to Nation.Africa

News
Ruto in Haiti, says more Kenyan officers to join mission

By Wanjiru Gathoni Mwangi
Nation Africa reporter
September 21, 2024

President William Ruto on Saturday became the first Kenyan head of state to set foot in Haiti, flying into Port-au-Prince to visit the Kenyan police officers leading a multinational security mission against the gangs that control much of the capital.

Dr Ruto, who was accompanied by Interior Cabinet Secretary Kithure Kindiki and senior police commanders, landed at Toussaint Louverture International Airport shortly after midday and was driven in an armoured convoy to the mission's base near the airport.

He held talks with Edgard Leblanc Fils, the president of Haiti's Transitional Presidential Council, and Prime Minister Garry Conille, who thanked Kenya for "standing with Haiti when few others did". The three leaders then addressed officers at the base.

"You have brought hope to a people who had lost it," the President told the contingent, which numbers about 400 officers. He said Nairobi would send another 600 officers in November, bringing Kenya's deployment to the 1,000 it pledged, and urged other countries to honour their own commitments.

The mission, authorised by the UN Security Council last October, has struggled with funding and equipment shortfalls. Jamaica, Belize and the Bahamas have sent small contingents, and Guatemala and El Salvador have promised troops.

The visit was not announced in advance for security reasons. State House only confirmed it once the President was on the ground.

The deployment has been controversial at home. The High Court blocked it last year, and the government got around the ruling by signing a reciprocal agreement with Haiti in Nairobi in March, during the visit of then-Prime Minister Ariel Henry, who was unable to return to his country and resigned weeks later.

US Secretary of State Antony Blinken visited Port-au-Prince earlier this month and announced an additional $45 million in humanitarian aid, while Washington has pushed for the mission to be converted into a UN peacekeeping operation.

From Haiti, Ruto will fly on to New York for the UN General Assembly, where he is due to hold talks with Blinken on Monday on funding for the mission. He is scheduled to address the Assembly on Tuesday.

Opposition politicians criticised the trip. "We are policing Haiti while our own people are being abducted," said a senator from Kisii.

Photo caption: President William Ruto inspects a guard of honour mounted by Kenyan police officers in Port-au-Prince on September 21, 2024. PHOTO | PCS

Read: Haiti mission: families of officers demand answers on allowances
Read: Kenya, Haiti sign deal paving way for police deployment

Most Read
1. Finance Bill: Treasury proposes new taxes on mobile money
2. Mudavadi meets Chinese envoy over SGR debt
3. Court suspends hiring of new police officers

Topics: William Ruto | Haiti | Police | Kenya Police Service

Comments (48) | Sign in to comment

Nation Media Group © 2024"""))

A.append(dict(id="h79-04", source="thecitizen.co.tz",
url="https://www.thecitizen.co.tz/tanzania/news/national/samia-modi-elevate-ties-to-strategic-partnership-4394410",
published_at="2023-10-09", body="""LOG IN | SUBSCRIBE

DSE ALL SHARE 1,748.90 ▲ 0.21% | USD/TZS 2,505.00 | KES/TZS 16.82 | INR/TZS 30.12

News
Samia, Modi elevate ties to strategic partnership

Monday, October 09, 2023

By Zuhura Said Mwinyimkuu
The Citizen Reporter

New Delhi. Tanzania and India on Monday raised their relations to the level of a strategic partnership as President Samia Suluhu Hassan held talks with Prime Minister Narendra Modi on the second day of her state visit to the Asian country.

The talks at Hyderabad House, which lasted over an hour, were followed by the exchange of agreements on digital transformation, cultural exchanges, sports, the maritime industry and the white shipping information sharing arrangement between the two navies.

"Today we have decided to elevate our relations to a strategic partnership," Mr Modi told reporters after the meeting. He said India was Tanzania's largest trade partner and among the top five investors in the country, with bilateral trade reaching about $6.4 billion.

President Samia, who arrived in New Delhi on Sunday, was earlier accorded a ceremonial welcome at Rashtrapati Bhavan, where she was received by President Droupadi Murmu. She later laid a wreath at Rajghat, the memorial to Mahatma Gandhi.

It is the first state visit by a Tanzanian head of state to India in eight years, and the first by President Samia since she took office in March 2021. She is accompanied by Foreign Affairs and East African Cooperation minister January Makamba, Investment minister Kitila Mkumbo and a business delegation of about 60 people.

Speaking at the joint briefing, the Head of State said the two countries had agreed to expand cooperation in defence, water, health, agriculture and education. She singled out the campus of the Indian Institute of Technology Madras in Zanzibar, which opened this year, as "a flagship of what we can achieve together".

"We also want Indian investors to come to Tanzania not only to trade but to build industries," she said, adding that Tanzania would be ready to host Mr Modi "at the earliest convenience". The Indian leader accepted the invitation, the Indian side said, with dates to be worked out through diplomatic channels.

Mr Makamba separately held talks with External Affairs minister S. Jaishankar on Sunday evening, focusing on the local currency settlement mechanism and the supply of pharmaceuticals.

On Tuesday, President Samia is scheduled to address a business forum organised by the Confederation of Indian Industry and to receive an honorary doctorate from Jawaharlal Nehru University, before leaving for home on Wednesday.

Tanzania and India have a long history of ties dating back to the friendship between Mwalimu Julius Nyerere and Jawaharlal Nehru. More than 60,000 people of Indian origin live in Tanzania.

PHOTO | STATE HOUSE: President Samia Suluhu Hassan and Indian Prime Minister Narendra Modi shake hands at Hyderabad House in New Delhi yesterday.

RELATED
Makamba: Tanzania eyes Indian investors in pharmaceuticals
Mpango arrives in Havana for G77 summit
Zanzibar: IIT Madras campus admits first students

Trending
Bank of Tanzania holds policy rate at 5.5 percent
Simba SC through to CAF Champions League groups

We use cookies to improve your experience. By using this site, you agree to our Privacy Policy.

Share this story: Facebook | X | WhatsApp

Mwananchi Communications Ltd. All rights reserved."""))

A.append(dict(id="h79-05", source="thepoint.gm",
url="https://thepoint.gm/africa/gambia/headlines/erdogan-barrow-sign-agreements-at-state-house",
published_at="2020-01-27", body="""Home | Headlines | Politics | Business | Sports | Editorial

Exchange rates: USD 50.80 | GBP 66.50 | EUR 56.20 | CFA (5,000) 428.00

Headlines
Erdogan, Barrow sign agreements at State House

Jan 27, 2020, 5:12 PM | Article By: Lamin Fatty Ceesay

The Gambia and Turkey on Monday signed agreements on defence cooperation, tourism, education and the avoidance of double taxation, as the president of the Republic of Turkey, Recep Tayyip Erdogan, held talks with his Gambian counterpart, President Adama Barrow, at State House in Banjul on the first ever visit to The Gambia by a Turkish head of state.

The Turkish leader and his wife, Emine Erdogan, landed at Banjul International Airport at around 11 a.m. on a flight from Algiers and were met on the tarmac by President Barrow, Vice President Isatou Touray and cabinet ministers. Cultural troupes and school children lined the highway to the capital.

After a tête-à-tête, the two delegations held expanded talks, after which the ministers concerned signed the documents in the presence of the two leaders.

Speaking at a joint press conference, President Barrow described the visit as "historic" and thanked Ankara for its support in health, education and infrastructure. "Turkey has been a reliable friend to The Gambia," he said.

For his part, President Erdogan said bilateral trade between the two countries was far below its potential and announced that Turkish Airlines would look at increasing flights to Banjul. He said Turkey would also provide scholarships to Gambian students and help equip the country's security forces.

Erdogan arrived from Algeria, where on Sunday he held talks with President Abdelmadjid Tebboune, who took office only last month. In Algiers, the two leaders discussed the conflict in neighbouring Libya, a week after a conference on the crisis in Berlin, and agreed to raise bilateral trade to $5 billion.

The Turkish president is scheduled to depart Banjul on Tuesday morning for Dakar, the last leg of his three-nation tour, where he is to hold talks with Senegalese President Macky Sall and open a business forum.

Turkey has expanded its presence in Africa considerably over the past decade, opening dozens of embassies on the continent. The Turkish embassy in Banjul opened in 2016.

Meanwhile, President Barrow is expected to leave for London later this month for the UK-Africa Investment Summit.

Foreign Affairs Minister Dr Mamadou Tangara told The Point that The Gambia would open an embassy in Ankara "very soon".

Photo: Presidents Erdogan and Barrow inspect a guard of honour at State House. Photo credit: State House

Share this article: Facebook | Twitter | WhatsApp

Read Also
Gov't, teachers' union reach agreement on allowances
Barrow receives Qatari envoy
Scorpions to face Gabon in AFCON qualifier

Comments (3)

Copyright © The Point Newspaper. All rights reserved."""))

A.append(dict(id="h79-06", source="clarin.com",
url="https://www.clarin.com/english/mercosur-summit-montevideo-eu-deal-milei-lula_0_xK2mPq9rLd.html",
published_at="2024-12-06", body="""Clarín English

DÓLAR BLUE $1.125 ▼ | DÓLAR OFICIAL $1.010,50 | MERVAL 2.349.810 ▲ 1,8% | RIESGO PAÍS 769

Politics
Mercosur seals trade deal with EU in Montevideo as Milei and Lula keep their distance

Javier Milei took part in his first Mercosur summit in person. He met host Luis Lacalle Pou but had no bilateral with Brazil's president.

By Tomás Echeverría Lanusse
December 6, 2024, 18:45

MONTEVIDEO - The leaders of Mercosur and European Commission President Ursula von der Leyen announced on Friday the conclusion of negotiations on a trade agreement between the two blocs, 25 years after talks began, at a summit in the Uruguayan capital that also showed the chill between Buenos Aires and Brasília.

President Javier Milei, who skipped the bloc's previous summit in Asunción in July, arrived in Montevideo early on Friday and went straight to the Torre Ejecutiva, where he held a 40-minute meeting with Uruguayan President Luis Lacalle Pou. According to the Casa Rosada, the two discussed the possibility of the bloc's members negotiating their own trade deals with third countries, an idea both presidents favour. Foreign Minister Gerardo Werthein took part in the meeting.

There was no bilateral meeting between Milei and Luiz Inácio Lula da Silva. The two exchanged a brief, formal greeting in the family photo and sat at opposite ends of the table. A source in the Brazilian delegation said "there was no request" for a meeting from either side.

Lula did, however, find time on the sidelines for talks with Paraguayan President Santiago Peña, focusing on the tariff of the Itaipu hydroelectric dam, which the two countries share and whose financial annex they are renegotiating. The Brazilian president also had breakfast with Uruguay's president-elect, Yamandú Orsi, who takes office in March and whose Frente Amplio is close to Lula's Workers' Party.

In his speech, Milei said Mercosur had been "a prison" that prevented its members from benefiting from their comparative advantages, and called for the bloc to become more flexible. Lula said the agreement with the EU was "the largest ever signed by Mercosur" and rejected what he called protectionist arguments in Europe.

The deal still has to be legally reviewed and approved by the EU's member states and the European Parliament. France, where farmers have protested against the agreement, has said it will not sign it in its current form.

At the end of the meeting, Lacalle Pou handed over the bloc's rotating presidency to Milei. Argentina will host the next summit in Buenos Aires in the first half of 2025. Whether Lula will travel to that meeting, after the Brazilian leader declined to attend Milei's inauguration last December, remains to be seen.

Bolivian President Luis Arce, whose country became a full member of Mercosur in July, also attended.

Photo: Mercosur heads of state with Ursula von der Leyen at the LATU conference center in Montevideo. (Photo: AFP)

Newsletter Clarín: sign up to receive the main news of the day

You may also like
Milei travels to Italy for meeting with Meloni
Caputo: "Inflation will be below 3% in December"
Boca Juniors: the new coach will be announced on Monday

Tags: Mercosur, European Union, Javier Milei, Lula da Silva, Luis Lacalle Pou

Comments 27 | Share on WhatsApp"""))

A.append(dict(id="h79-07", source="dailymaverick.co.za",
url="https://www.dailymaverick.co.za/article/2023-01-23-pandor-hosts-lavrov-as-naval-drills-with-russia-and-china-draw-fire/",
published_at="2023-01-23", body="""DAILY MAVERICK

Support Daily Maverick: become a Maverick Insider. Join now.

JSE ALL SHARE 78,164 ▲ 0.9% | USD/ZAR 17.11 ▼ | EUR/ZAR 18.60 | BRENT $88.19 ▲

SOUTH AFRICA
Pandor hosts Lavrov as naval drills with Russia and China draw fire

By Thandeka Mokoena-Van Wyk
23 Jan 2023

Minister of International Relations and Cooperation Naledi Pandor received her Russian counterpart, Sergey Lavrov, in Pretoria on Monday, and defended South Africa's plan to hold naval exercises with Russia and China off the KwaZulu-Natal coast next month.

"All countries conduct military exercises with friends worldwide," Pandor said at a joint media briefing at the OR Tambo Building. Asked whether she would repeat her call of last year for Russia to withdraw its troops from Ukraine, she said that would be "simplistic and infantile" given the "massive transfer of arms" to Kyiv.

Lavrov, who arrived in Pretoria late on Sunday, thanked South Africa for what he called its balanced position and said Moscow valued its strategic partnership with the country. The two ministers discussed preparations for the second Russia-Africa summit, to be held in St Petersburg in July, and South Africa's chairmanship of BRICS this year. Pretoria will host the bloc's summit in August; the question of whether President Vladimir Putin could attend in person, given the International Criminal Court warrant for his arrest, was not raised.

The exercise, named Mosi II, will take place between 17 and 27 February around Durban and Richards Bay. The opposition Democratic Alliance said it would make South Africa a pariah.

From Pretoria, Lavrov is due to fly to Eswatini, where he is expected to meet King Mswati III, before travelling on to Angola on Wednesday for talks with President João Lourenço. He ends his tour in Eritrea. It is his second trip to Africa in six months: in July he visited Egypt, Congo-Brazzaville, Uganda and Ethiopia.

A visit from Washington

Lavrov's visit comes days before another high-profile guest. US Treasury Secretary Janet Yellen is due in South Africa on Wednesday for a three-day visit that will include meetings with Finance Minister Enoch Godongwana and Reserve Bank governor Lesetja Kganyago.

Yellen is currently in Zambia, where on Monday she held talks with President Hakainde Hichilema in Lusaka on the country's stalled debt restructuring, which she blamed on China. She began her tour in Senegal last week.

Pandor said the two visits were proof that South Africa "engages with everybody". Political analysts were less sure. "The optics of hosting Lavrov weeks before the first anniversary of the invasion while preparing drills with the Russian navy are terrible," said a researcher at the Institute for Security Studies.

Opposition parties also criticised the government's refusal to condemn the war at the UN General Assembly, where South Africa has repeatedly abstained.

Photo: International Relations Minister Naledi Pandor and Russian Foreign Minister Sergey Lavrov at the OR Tambo Building in Pretoria on 23 January 2023. (Photo: Phill Magakoe / AFP)

DM168: get the weekly newspaper every Saturday

Related articles
Eskom announces stage 6 load shedding until further notice
SADC troika meets on Eswatini unrest
Pandor: ICC warrant question a 'matter for the lawyers'

Comments - Please login in order to comment. 94 comments

Daily Maverick © All rights reserved"""))

A.append(dict(id="h79-08", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/modi-wraps-up-historic-visit/",
published_at="2024-11-21", body="""Stabroek News

Subscribe to the e-paper | Advertise with us

Guyana
Modi wraps up historic visit; meets CARICOM leaders on summit sidelines

By Shabnam Persaud-Ramdial
November 21, 2024

Indian Prime Minister Narendra Modi on Thursday addressed a special sitting of the National Assembly, the final engagement of a three-day state visit that was the first by an Indian head of government to Guyana in more than half a century.

Modi arrived at the Cheddi Jagan International Airport on Tuesday night from Rio de Janeiro, where he had attended the G20 leaders' summit, and was met on the tarmac by President Irfaan Ali, Prime Minister Mark Phillips and most of the Cabinet. The visit came after a stop in Nigeria at the weekend.

On Wednesday, Ali and Modi held talks at State House and witnessed the signing of ten memoranda of understanding covering hydrocarbons, agriculture, health, digital payments, defence cooperation and pharmaceuticals. India will also provide two Dornier aircraft to the Guyana Defence Force, officials said.

"The relationship between India and Guyana is one of shared history and deep trust," Modi said at the signing ceremony, a reference to the descendants of indentured labourers who make up about 40 percent of Guyana's population. Ali conferred on him the Order of Excellence, the country's highest national award.

The same afternoon, Modi and Grenada's Prime Minister Dickon Mitchell, the current chair of CARICOM, co-chaired the second India-CARICOM summit at the Arthur Chung Convention Centre, the first since 2019. Modi announced seven areas for cooperation, from capacity building to agriculture and health, under the acronym "C-A-R-I-C-O-M".

On the sidelines of the summit, Modi held bilateral meetings with several Caribbean leaders, among them Barbados Prime Minister Mia Amor Mottley, Dominica's Prime Minister Roosevelt Skerrit, Mitchell and Suriname's President Chandrikapersad Santokhi. Mottley presented him with Barbados's Honorary Order of Freedom, while Dominica's President Sylvanie Burton conferred the Dominica Award of Honour in recognition of India's supply of Covid-19 vaccines in 2021.

Opposition Leader Aubrey Norton, who met the Indian leader briefly on Thursday, said the visit should translate into concrete benefits for all Guyanese, not only one community.

Modi, who flew out for New Delhi on Thursday afternoon, invited President Ali to attend next January's Pravasi Bharatiya Divas in Odisha.

The trip was the Prime Minister's first visit to the Caribbean Community. His last foreign trip to the Americas was in June last year, when he paid a state visit to the United States.

Photo: President Irfaan Ali and Prime Minister Narendra Modi at State House on Wednesday. (Office of the President photo)

Related
Ali, Modi plant tree in memory of their mothers
Guyana to receive Indian-built ferry next year
Maduro's referendum claim rejected by CARICOM

Most popular
Letters: Demerara Harbour Bridge closures
Gov't announces one-off cash grant for households

Comments are closed.

Share this: Facebook | X | WhatsApp

© 2024 Stabroek News"""))

A.append(dict(id="h79-09", source="mexiconewsdaily.com",
url="https://mexiconewsdaily.com/news/amlo-belize-central-america-tour/",
published_at="2022-05-07", body="""USD/MXN 20.17 ▲ +0.42% | BMV IPC 50,712 ▼ -1.2% | MEZCLA MEXICANA $98.50

Mexico News Daily relies on reader support. Become a member today.

NEWS
AMLO in Belize on fourth stop of tour; Cuba visit set for Sunday

Published on Saturday, May 7, 2022

By Ignacio Domínguez Harrell

President Andrés Manuel López Obrador met with Belizean Prime Minister John Briceño in Belize City on Saturday, the fourth leg of a five-nation tour of Central America and the Caribbean focused on migration and development.

López Obrador and Briceño discussed the expansion of the Sembrando Vida (Sowing Life) tree-planting program and the Jóvenes Construyendo el Futuro (Youth Building the Future) apprenticeship scheme, which Mexico has financed in several Central American countries in an effort to address the root causes of migration to the United States. They also talked about extending the Maya Train railway to the border.

The president began the tour on Thursday in Guatemala City, where he held talks with President Alejandro Giammattei, and traveled on Friday to San Salvador for a meeting with Salvadoran President Nayib Bukele, who greeted him at the airport. On Friday evening he landed in Tegucigalpa, where President Xiomara Castro received him at the Casa Presidencial and the two governments signed energy and migration agreements.

The tour will end on Sunday in Havana, where the president is to meet Cuban President Miguel Díaz-Canel and sign cooperation agreements on health and trade. The Mexican government plans to hire Cuban doctors to work in rural hospitals, López Obrador told reporters in Belize City.

The trip comes a month before the Summit of the Americas in Los Angeles. López Obrador, who discussed migration and the summit with President Joe Biden in a phone call late last month, has said he will not attend if the United States excludes any country in the hemisphere, a reference to reports that Cuba, Venezuela and Nicaragua would not be invited. "If they don't invite everyone, a representative of the Mexican government will go, but not me," he said Friday.

Foreign Minister Marcelo Ebrard, who is accompanying the president, said the United States had not yet decided on the invitation list.

Critics at home questioned the need for the trip amid record numbers of homicides. The president's office said the tour would cost less than 2 million pesos because he flies commercial when possible, though the army plane used for this tour was an exception.

Photo: President López Obrador with Belize's Prime Minister John Briceño in Belize City on Saturday. Photo: Presidencia

Related
US ambassador Salazar defends energy investment
Record remittances sent to Mexico in March
Ebrard heads to Washington for security talks

Mexico News Daily newsletter: sign up to receive the top stories every weekday

14 comments

Tags: AMLO, Belize, Central America, migration, Cuba"""))

A.append(dict(id="h79-10", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/664512-blinken-meets-tinubu-in-abuja-as-us-courts-west-africa.html",
published_at="2024-01-23", body="""PREMIUM TIMES

Support PREMIUM TIMES' journalism of integrity and credibility. Donate here.

NGX ASI 93,012.45 ▲ 1.52% | USD/NGN (official) 891.90 | Parallel 1,390 | Bonny Light $82.40

Headlines
Blinken meets Tinubu in Abuja as US courts West Africa

By Chinedu Okafor-Adeyemi
January 23, 2024 | 3 min read

US Secretary of State Antony Blinken on Tuesday met President Bola Tinubu at the Presidential Villa, Abuja, as Washington seeks to shore up ties with West African democracies amid a string of coups in the Sahel and growing Russian influence in the region.

The meeting, which lasted about an hour, focused on security cooperation, the economic reforms of the Tinubu administration and the situation in Niger, where the military seized power in July, according to a statement by the presidency.

Mr Blinken, who arrived in the capital on Monday night, also held talks with Foreign Affairs Minister Yusuf Tuggar. At a joint press conference, Mr Tuggar said Nigeria wanted "partnerships, not patronage" and pressed for more US investment in Nigerian manufacturing.

Mr Blinken praised Mr Tinubu's removal of the petrol subsidy and the unification of exchange rates as "difficult but necessary" reforms and said the US would support efforts to cushion the impact on the poor.

Nigeria is the third stop on the secretary's four-nation tour. He began on Sunday in Cape Verde, where he met Prime Minister Ulisses Correia e Silva in Praia, and on Monday was in Abidjan, where he held talks with President Alassane Ouattara and attended an Africa Cup of Nations match.

He is scheduled to travel to Angola on Wednesday for talks with President João Lourenço on the Lobito rail corridor, a US-backed project to carry minerals from Zambia and the Democratic Republic of Congo to the Atlantic.

The US diplomat also announced $45 million in new funding for security programmes in coastal West African states under the Global Fragility Act.

Some analysts noted the timing of the trip, days after China's foreign minister Wang Yi concluded his own annual African tour. "The Americans are late but they are coming," said a senior lecturer at the University of Abuja.

Mr Tuggar said the President would travel to Washington "when the time is right", but no dates had been fixed.

Photo: President Bola Tinubu receives Secretary Antony Blinken at the State House, Abuja. Credit: Presidency

TEXT AD: Find the best deals on solar inverters in Abuja - call 0803 XXX XXXX

RELATED
Niger junta expels French ambassador
Tinubu departs Abuja for Paris on private visit
Ouattara, Blinken discuss Sahel security

Tags: Antony Blinken, Bola Tinubu, Yusuf Tuggar, US-Nigeria relations

Share: Facebook | X | WhatsApp | Email

Comments (21) | Premium Times Services Limited"""))

A.append(dict(id="h79-11", source="newtimes.co.rw",
url="https://www.newtimes.co.rw/article/26741/news/politics/rwanda-drc-sign-peace-agreement-in-washington",
published_at="2025-06-28", body="""The New Times | Rwanda's Leading Daily

RSE ALL SHARE 151.3 ▼ -0.1% | USD/RWF 1,424.50 | KES/RWF 11.03

NEWS | POLITICS
Rwanda, DR Congo sign peace agreement in Washington

By Jean-Paul Mugabo Nkusi
June 28, 2025

Rwanda and the Democratic Republic of Congo on Friday signed a peace agreement in Washington, D.C., committing to the disengagement of forces and the neutralisation of the FDLR militia, in a ceremony witnessed by US Secretary of State Marco Rubio.

The agreement was signed at the State Department by Foreign Affairs minister Olivier Nduhungirehe and his Congolese counterpart, Thérèse Kayikwamba Wagner, two months after the two ministers initialled a declaration of principles in the same building.

"Today is the beginning of a new chapter," Rubio said. Nduhungirehe said the deal must be implemented in good faith, noting that "the FDLR threat has been the root cause of insecurity in the region for three decades". Kayikwamba Wagner called for the withdrawal of Rwandan troops, which Kigali has denied are in eastern DRC.

After the signing, the two ministers and their delegations were received by President Donald Trump in the Oval Office. Trump said the agreement ended "one of the worst wars anybody's ever seen" and said President Paul Kagame and President Félix Tshisekedi would come to Washington "soon" to finalise the arrangement. No date has been announced, and Village Urugwiro did not comment on the possible trip.

Under the deal, a joint security coordination mechanism will be established within 30 days. The two countries are also expected to launch a regional economic integration framework within 90 days, which would cover minerals, energy and infrastructure.

The US Senior Advisor for Africa, Massad Boulos, who visited Kigali and Kinshasa in April, has been central to the talks. Qatar, which in March hosted a meeting between Kagame and Tshisekedi in Doha with the Emir, Sheikh Tamim bin Hamad Al Thani, is separately facilitating talks between the Congolese government and the AFC/M23 rebel coalition. A Congolese delegation has been in Doha for several weeks.

The East African Community and SADC, which held a joint summit on the conflict in Dar es Salaam in February, have welcomed the agreement.

Critics in Kinshasa have questioned whether a deal signed by ministers will hold on the ground, where the M23 controls Goma and Bukavu.

Photo: Minister Olivier Nduhungirehe and DR Congo's Thérèse Kayikwamba Wagner sign the agreement as Secretary Marco Rubio looks on, at the State Department on Friday. Photo: Courtesy

Related
Kagame receives credentials of new envoys
Makolo: Rwanda's economy grew 8.9% in 2024
Nduhungirehe meets Qatari minister of state in Kigali

Share this article: X | Facebook | WhatsApp | LinkedIn

Comments (7)

Download The New Times App on Google Play and the App Store

© The New Times Publications. All rights reserved."""))

A.append(dict(id="h79-12", source="channelstv.com",
url="https://www.channelstv.com/2024/07/07/ecowas-summit-tinubu-re-elected-faye-named-aes-mediator/",
published_at="2024-07-07", body="""Channels Television

LIVE TV | Watch Channels Live | Download our app

ECOWAS Summit: Tinubu re-elected chairman, Faye to lead talks with Sahel juntas

Updated July 7, 2024 | By Channels Television | Oluwaseun Bamidele-Okoro

West African leaders on Sunday re-elected President Bola Tinubu as chairman of the Authority of Heads of State and Government of ECOWAS, at a summit in Abuja overshadowed by the decision of the military rulers of Mali, Burkina Faso and Niger to deepen their break with the regional bloc.

The 65th ordinary session of the Authority also named Senegal's President Bassirou Diomaye Faye as the bloc's facilitator in talks with the three juntas, alongside Togo's President Faure Gnassingbé.

A day earlier, in Niamey, Niger's General Abdourahamane Tiani hosted Mali's Colonel Assimi Goïta and Burkina Faso's Captain Ibrahim Traoré for the first summit of the Alliance of Sahel States (AES), where the three leaders signed a treaty creating a confederation. "Our peoples have irrevocably turned their backs on ECOWAS," Tiani said.

In his speech, Tinubu said the bloc must not lose the three countries but would not "hold anyone hostage". ECOWAS Commission President Omar Touray warned that the region risked disintegration.

Faye, who was attending his first ECOWAS summit since his inauguration in April, held talks with Tinubu at the State House on the sidelines of the meeting. The presidency said the two leaders discussed the Sahel, trade and Senegal's planned offshore gas production.

On Saturday, Tinubu also received Liberian President Joseph Boakai at the Villa ahead of the summit. Boakai thanked Nigeria for its support during Liberia's civil war and asked for help with electricity supply.

Tinubu, who first took the chair in July 2023, had faced criticism at home over the bloc's threat last year to use force to restore Niger's ousted president, Mohamed Bazoum, who remains in detention.

The summit also approved a roadmap for the single currency, the Eco, which leaders now hope to launch in 2027.

Ghana's President Nana Akufo-Addo and Côte d'Ivoire's Alassane Ouattara were among the leaders present. Guinea, which is also under military rule and suspended from the bloc, did not attend.

Photo: President Bola Tinubu with Senegal's President Bassirou Diomaye Faye at the State House, Abuja, on Sunday. Credit: State House

Also on Channels TV
Kidnapped students freed in Kaduna, police say
Minimum wage: Labour gives FG new deadline
Naira weakens to ₦1,510 at parallel market

We use cookies to ensure that we give you the best experience on our website. Accept

Share: Facebook | X | WhatsApp | Telegram

Tags: ECOWAS, Tinubu, Faye, AES, Sahel"""))
