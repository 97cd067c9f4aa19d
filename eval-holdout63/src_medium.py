# Medium wire-style stories (1,200-2,000 characters), h63-13 .. h63-26
M = []

M.append(dict(id="h63-13", source="efe.com",
url="https://www.efe.com/efe/english/world/sanchez-lopez-obrador-hold-talks-in-mexico-city/50000262-3881407",
published_at="2019-01-30", body="""EFE | English edition

Sánchez, López Obrador hold talks in Mexico City, differ on Venezuela

Mexico City, Jan 30 (EFE).- Spanish Prime Minister Pedro Sánchez and Mexican President Andrés Manuel López Obrador met at the National Palace on Wednesday, in the first official visit by a foreign head of government since the leftist leader took office on Dec. 1.

The two leaders, who spoke for about two hours, agreed to strengthen trade and investment ties and to cooperate on migration and gender equality, according to a joint statement.

Sánchez acknowledged that they held different positions on the crisis in Venezuela. Spain has given Nicolás Maduro an ultimatum to call elections, while Mexico has offered to mediate and recognizes him as president. "We respect the position of Mexico," Sánchez told reporters.

The Spanish leader arrived in the Mexican capital on Tuesday night from Santo Domingo, where earlier that day he had held talks with Dominican President Danilo Medina on investment and the Venezuelan exodus, and signed an agreement on the Dominican community in Spain.

López Obrador said he had accepted an invitation to travel to Spain, though he gave no date. "I don't like to travel much," he joked.

Sánchez's trip, his second to Latin America since taking office in June, comes ahead of the 500th anniversary of the arrival of Hernán Cortés in Mexico, which López Obrador wants to mark with a "reconciliation" with Spain.

Sánchez returns to Madrid on Thursday.

EFE jlr-mg/ics

Photo: Spanish Prime Minister Pedro Sánchez (l) and Mexican President Andrés Manuel López Obrador (r) at the National Palace in Mexico City. EFE/Mario Guzmán

© EFE 2019. Redistribution and retransmission of all or part of the contents of the EFE services is expressly prohibited without the prior and express consent of Agencia EFE S.A."""))

M.append(dict(id="h63-14", source="andina.pe",
url="https://andina.pe/ingles/noticia-vizcarra-and-duque-hold-bilateral-meeting-at-pacific-alliance-summit-756210.aspx",
published_at="2019-07-06", body="""Andina - Agencia Peruana de Noticias

Lima, Jul. 6. (ANDINA). Peru's President Martín Vizcarra and his Colombian counterpart Iván Duque held a bilateral meeting on Saturday on the sidelines of the 14th Pacific Alliance summit in Lima, where both heads of state reviewed the commitments of the Peru-Colombia binational cabinet.

The meeting took place at the Government Palace before the summit's plenary session. Vizcarra and Duque addressed border security on the Putumayo river, the fight against illegal mining and drug trafficking, and the regional response to the Venezuelan migration crisis, Peru's Presidency said.

Chilean President Sebastián Piñera also arrived in Lima to attend the summit, where Peru will hand over the pro tempore presidency of the bloc to Chile. Mexico was represented by Foreign Minister Marcelo Ebrard.

Founded in 2011, the Pacific Alliance brings together Chile, Colombia, Mexico and Peru, which account for some 40 percent of Latin America's gross domestic product. During the summit, the bloc is expected to adopt a declaration on plastics and to advance negotiations with its candidate associate states, Australia, Canada, New Zealand and Singapore.

Ecuador's participation as a candidate member will also be discussed.

Photo: ANDINA/Presidency of Peru

Published: 7/6/2019

More news
Peru: inflation at 0.11% in June, says INEI
MEF: Peru's economy to grow 3.5% in 2019
Peru, Bolivia to hold binational cabinet in Cobija next month

Follow Andina on Facebook and Twitter | Andina app available on Google Play"""))

M.append(dict(id="h63-15", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/internacional/noticia/2024-07/lula-and-biden-talk-phone-about-venezuelan-elections",
published_at="2024-07-30", body="""Agência Brasil

International

Lula and Biden talk by phone about Venezuelan elections

Both leaders call for release of detailed voting data

Published on 30/07/2024 - 20:11 By Pedro Peduzzi - Reporter - Agência Brasil - Brasília

President Luiz Inácio Lula da Silva and United States President Joe Biden spoke by phone on Tuesday (Jul. 30) about the presidential election in Venezuela, according to the Presidency of the Republic.

In the call, which lasted about 30 minutes, the two presidents agreed that the Venezuelan electoral authorities must immediately publish the voting data broken down by polling station, the Planalto Palace said in a statement. The White House issued a similar readout.

The special adviser to the presidency for international affairs, Celso Amorim, who followed Sunday's vote in Caracas as an observer, was received by President Nicolás Maduro at the Miraflores Palace on Monday (29). Amorim also met opposition candidate Edmundo González. He returned to Brasília on Tuesday and briefed Lula.

Lula said in an interview that he intended to talk to the presidents of Colombia, Gustavo Petro, and Mexico, Andrés Manuel López Obrador, in the coming days in search of a common position.

The National Electoral Council (CNE) proclaimed Maduro the winner with 51.2% of the votes. The opposition says it has records showing a victory for González.

Translation: Fabrício Ferreira
Edition: Aline Leal

Licença Creative Commons. Reproduction of this content is allowed as long as the source is cited."""))

M.append(dict(id="h63-16", source="gob.mx",
url="https://www.gob.mx/presidencia/prensa/president-claudia-sheinbaum-holds-call-with-president-donald-trump-usmca-goods-exempted-from-tariffs",
published_at="2025-03-06", body="""Gobierno de México | Presidencia de la República

Press release

President Claudia Sheinbaum holds call with President Donald Trump; goods covered by the USMCA will not pay tariffs until April 2

Presidencia de la República | March 6, 2025

Mexico City – President Claudia Sheinbaum Pardo held a telephone conversation this Thursday with the President of the United States, Donald J. Trump, in which they agreed that Mexican products covered by the Mexico-United States-Canada Agreement (USMCA) will be exempt from the tariffs that took effect on Tuesday, at least until April 2.

The President described the call as "excellent and respectful" and thanked President Trump. She said that both governments will continue to work together on security and migration, in particular to reduce the flow of fentanyl into the United States and of weapons into Mexico, and that the results obtained by Mexico in recent weeks had been recognised.

The Secretary of Economy, Marcelo Ebrard, and the Secretary of Foreign Affairs, Juan Ramón de la Fuente, will continue their dialogue with their counterparts.

The President confirmed that the public gathering in the Zócalo on Sunday, March 9, will go ahead as planned.

Other news
- President Sheinbaum holds call with Prime Minister Justin Trudeau
- Secretariat of Economy presents Plan México to business leaders
- Security Cabinet reports daily homicide figures

Share: Facebook | X | WhatsApp

Last modified March 6, 2025

Gobierno de México | Transparencia | Datos | Publicaciones Oficiales"""))

M.append(dict(id="h63-17", source="gov.br/mre",
url="https://www.gov.br/mre/en/contact-us/press-area/press-releases/president-lulas-visit-to-guyana-and-participation-in-the-celac-summit",
published_at="2024-02-27", body="""Ministry of Foreign Affairs

Press Release No. 84

Visit of the President of the Republic to Guyana and participation in the VIII CELAC Summit – Georgetown and Kingstown, February 28 to March 1, 2024

Published Feb 27, 2024 17h40

President Luiz Inácio Lula da Silva will travel to Georgetown on February 28 and 29, at the invitation of President Mohamed Irfaan Ali, to take part as a special guest in the 46th Regular Meeting of the Conference of Heads of Government of the Caribbean Community (CARICOM). In Georgetown, the President will hold a bilateral meeting with President Ali, with whom he will discuss physical integration, food security, energy and defence cooperation, as well as the situation regarding the Essequibo.

On March 1, the President will travel to Kingstown, Saint Vincent and the Grenadines, to take part in the VIII Summit of Heads of State and Government of the Community of Latin American and Caribbean States (CELAC), the first that Brazil will attend since its return to the mechanism in 2023. On that occasion, the President will meet Prime Minister Ralph Gonsalves, who holds the pro tempore presidency of CELAC.

Brazil has supported dialogue between Guyana and Venezuela. On January 25, Brasília hosted a meeting between the foreign ministers of the two countries, Hugh Todd and Yván Gil, to continue the dialogue on the Essequibo controversy.

Bilateral trade between Brazil and Guyana reached US$ 228 million in 2023.

Related content
Visit of the Minister of Foreign Affairs to Paraguay – Asunción, February 23, 2024
Telephone call between the Minister Mauro Vieira and the Secretary of State of the United States, Antony Blinken

Share: Facebook | X | LinkedIn | WhatsApp | link for copying"""))

M.append(dict(id="h63-18", source="english.news.cn",
url="http://english.news.cn/20230326/8d3f1c7b2e5a4f6b9c0d1e2f3a4b5c6d/c.html",
published_at="2023-03-26", body="""China, Honduras establish diplomatic relations

Source: Xinhua | Editor: huaxia | 2023-03-26 13:42:05

BEIJING, March 26 (Xinhua) -- China and Honduras on Sunday established diplomatic relations at the ambassadorial level, according to a joint communique signed in Beijing by Chinese State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo Enrique Reina.

The two governments decided to recognize each other and establish diplomatic relations effective from the date of signature of the communique, it said.

The Government of the Republic of Honduras recognizes that there is but one China in the world, that the Government of the People's Republic of China is the sole legal government representing the whole of China, and that Taiwan is an inalienable part of China's territory. As of today, the Government of the Republic of Honduras severs "diplomatic relations" with Taiwan and undertakes not to have any official relations or official exchanges with Taiwan, the communique said.

Qin said after the signing that China appreciates the decision of the Honduran government, which is in line with the trend of history and the times.

Reina said Honduras will firmly abide by the one-China principle, and that the two sides will open a new chapter of friendship and cooperation.

Reina arrived in Beijing on Saturday for a visit to China from March 25 to 30.

Honduras is the ninth country to switch diplomatic ties to Beijing since 2016.

Photo: Chinese State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo Enrique Reina sign a joint communique in Beijing, capital of China, March 26, 2023. (Xinhua/Li Xin)

Related: Chinese FM holds talks with Honduran FM | Chinese vice premier meets Brazilian agribusiness delegation

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h63-19", source="plenglish.com",
url="https://www.plenglish.com/news/2022/11/22/diaz-canel-and-putin-unveil-monument-to-fidel-castro-in-moscow/",
published_at="2022-11-22", body="""Prensa Latina | Latin American News Agency

Díaz-Canel and Putin unveil monument to Fidel Castro in Moscow

Moscow, Nov 22 (Prensa Latina) Cuban President Miguel Díaz-Canel and his Russian counterpart Vladimir Putin on Tuesday unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro, in the Russian capital, before holding official talks in the Kremlin.

The bronze sculpture stands in a square in Moscow's northwest that bears Fidel's name.

In brief remarks, Putin recalled that Fidel was "an outstanding statesman" and a sincere friend of Russia. Díaz-Canel thanked the Russian people and government for their solidarity in the face of the economic, commercial and financial blockade imposed by the United States.

Later, at the Kremlin, the two heads of state reviewed the bilateral agenda, including cooperation in energy, transport, the sugar industry and finance, as well as the supply of Russian oil to the island.

The Cuban president arrived in Moscow on Monday in the framework of an official tour that previously took him to Algeria and Türkiye. He will travel on Thursday to Beijing at the invitation of Chinese President Xi Jinping, who was re-elected last month as general secretary of the Communist Party of China, becoming one of the first foreign leaders to be received by him after the party congress.

Díaz-Canel is accompanied by Deputy Prime Minister Ricardo Cabrisas and Foreign Minister Bruno Rodríguez.

lam/mml

Most read
- Cuban Foreign Minister meets with Lavrov
- Nicaragua strengthens ties with Iran
- Venezuela and Colombia reopen border crossing

© 2016-2022 Prensa Latina, Agencia Informativa Latinoamericana S.A."""))

M.append(dict(id="h63-20", source="apnews.com",
url="https://apnews.com/article/trump-pena-nieto-phone-call-wall-6d3a4b1c",
published_at="2017-01-27", body="""Trump, Mexico's leader talk for an hour amid dispute over wall

By JILL COLVIN and MARK STEVENSON | January 27, 2017

WASHINGTON (AP) — President Donald Trump and Mexican President Enrique Peña Nieto spoke by phone for an hour on Friday, a day after the Mexican leader scrapped a trip to Washington in a dispute over Trump's insistence that Mexico pay for a border wall.

Both governments described the call as constructive. A statement from Peña Nieto's office said the two leaders had agreed "for now" not to speak publicly about the wall, and that they would keep working on an agreement that benefits both countries.

Trump told reporters at a news conference with visiting British Prime Minister Theresa May that the call had been "very, very nice" and that the two countries would be "working on a fair relationship".

Peña Nieto had been scheduled to meet Trump at the White House on Tuesday. He called off the visit on Thursday after Trump tweeted that if Mexico was unwilling to pay for the wall, "it would be better to cancel the upcoming meeting". Mexico's foreign secretary, Luis Videgaray, and economy secretary Ildefonso Guajardo had been in Washington for talks with White House officials when the tweet landed.

May, the first foreign leader to visit Trump since his inauguration, held talks with the president in the Oval Office, where the two discussed trade and NATO. She is due in Ankara on Saturday to meet Turkish President Recep Tayyip Erdogan.

Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""))

M.append(dict(id="h63-21", source="usnews.com",
url="https://www.usnews.com/news/world/articles/2023-09-20/brazils-lula-meets-zelenskiy-for-first-time-in-new-york",
published_at="2023-09-20", body="""U.S. News & World Report

News | World

Brazil's Lula Meets Zelenskiy for First Time in New York

By Reuters | Sept. 20, 2023, at 6:02 p.m.

NEW YORK (Reuters) - Brazilian President Luiz Inacio Lula da Silva and Ukraine's President Volodymyr Zelenskiy met for the first time on Wednesday on the sidelines of the United Nations General Assembly, and said they had a "good and frank" conversation.

The meeting, at a hotel in Manhattan, lasted about an hour. The two leaders had been scheduled to meet at the Group of Seven summit in Hiroshima in May but the talks never happened, with Lula later saying Zelenskiy had been late.

"We had a good conversation about the importance of paths to peace and to always keep open the dialogue between our countries," Lula wrote on social media. Zelenskiy said the two leaders had instructed their teams to keep working.

Earlier on Wednesday, Lula met U.S. President Joe Biden, and the two launched a partnership to promote workers' rights.

Zelenskiy is set to travel to Washington on Thursday to meet Biden at the White House and visit Congress, where he will seek support for more aid as Republican lawmakers question it.

Biden on Wednesday also met Israeli Prime Minister Benjamin Netanyahu in New York.

(Reporting by Lisandra Paraguassu; Additional reporting by Steve Holland; Editing by Leslie Adler)

Copyright 2023 Thomson Reuters.

Tags: Brazil, Ukraine, United States, Russia, Russia-Ukraine war

Trending stories | Subscribe to our newsletter"""))

M.append(dict(id="h63-22", source="casarosada.gob.ar",
url="https://www.casarosada.gob.ar/informacion/archivo/49345-alberto-fernandez-met-with-joe-biden-at-the-white-house",
published_at="2023-03-29", body="""Casa Rosada | Presidencia de la Nación

News

President Alberto Fernández met with Joe Biden at the White House

Wednesday, March 29, 2023

President Alberto Fernández held a bilateral meeting today with his United States counterpart, Joe Biden, in the Oval Office of the White House, in which they agreed to deepen cooperation on energy, critical minerals, food security and the fight against climate change.

During the meeting, which lasted more than an hour, the head of state thanked Biden for Washington's support during the negotiations with the International Monetary Fund and pointed out the impact of the historic drought on the Argentine economy.

Both presidents also highlighted the 200 years of diplomatic relations between Argentina and the United States and the commitment of both countries to democracy and human rights.

The president was accompanied by Foreign Minister Santiago Cafiero, Economy Minister Sergio Massa, the Secretary for Strategic Affairs, Mercedes Marcó del Pont, and the Ambassador to the United States, Jorge Argüello.

The president arrived in Washington on Tuesday night. The meeting had originally been scheduled for July 2022 but was postponed after Biden tested positive for COVID-19.

Other news
- The President received the credentials of new ambassadors
- Foreign Minister Cafiero met with the ambassador of the People's Republic of China
- Massa met with the managing director of the IMF

Share: Facebook | Twitter

Presidencia de la Nación | Balcarce 50, Ciudad Autónoma de Buenos Aires"""))

M.append(dict(id="h63-23", source="state.gov",
url="https://www.state.gov/secretary-blinkens-meeting-with-peruvian-president-castillo/",
published_at="2022-10-06", body="""U.S. Department of State

Secretary Blinken's Meeting with Peruvian President Castillo

READOUT

OFFICE OF THE SPOKESPERSON

OCTOBER 6, 2022

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken met today with Peruvian President Pedro Castillo in Lima, on the margins of the 52nd General Assembly of the Organization of American States. The Secretary thanked Peru for hosting the OAS General Assembly and underscored the importance of the U.S.-Peru partnership in advancing shared priorities, including democratic governance, inclusive economic growth, and the fight against climate change.

The Secretary and President Castillo discussed regional migration, including implementation of the Los Angeles Declaration on Migration and Protection, and efforts to counter illicit narcotics and illegal mining. Secretary Blinken also reaffirmed U.S. support for Peru's democratic institutions.

Secretary Blinken earlier met Foreign Minister César Landa to review bilateral cooperation.

Related Articles
Secretary Blinken's Meeting with Chilean President Boric
Secretary Blinken's Meeting with Colombian President Petro
Secretary Blinken's Remarks at the OAS General Assembly

Tags: Bureau of Western Hemisphere Affairs | Office of the Spokesperson | Peru | Secretary of State | The Secretary of State's Travel

White House | USA.gov | Office of the Inspector General | Archives | Contact Us | Privacy Policy | Accessibility Statement | Copyright Information | FOIA"""))

M.append(dict(id="h63-24", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=2142318",
published_at="2025-07-04", body="""Prime Minister's Office

Prime Minister's meeting with Prime Minister of Trinidad and Tobago

Posted On: 04 JUL 2025 10:35PM by PIB Delhi

Prime Minister Shri Narendra Modi held talks with the Prime Minister of the Republic of Trinidad and Tobago, H.E. Mrs. Kamla Persad-Bissessar, in Port of Spain today. Prime Minister Kamla Persad-Bissessar accorded a warm welcome to the Prime Minister at Red House. This is the first official visit by Prime Minister to Trinidad and Tobago since 1999.

The two leaders held wide-ranging discussions on agriculture, health, digital transformation, UPI, capacity building and people-to-people ties. Following the talks, the two sides exchanged six MoUs/Agreements in areas including pharmacopoeia, quick impact projects, culture, sports and diplomatic training.

The Prime Minister was conferred the Order of the Republic of Trinidad and Tobago, the highest national honour of the country.

Prime Minister arrived in Port of Spain from Accra, Ghana. He will travel to Buenos Aires tomorrow for an official visit to Argentina at the invitation of President Javier Milei. He will then proceed to Brazil for the 17th BRICS Summit in Rio de Janeiro and a State Visit, and to Namibia.

***

MJPS/SR

(Release ID: 2142318) Visitor Counter : 1812

Read this release in: Hindi | Urdu | Gujarati | Punjabi | Tamil

Follow us on social media: X | Facebook | YouTube | Instagram"""))

M.append(dict(id="h63-25", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2024/05/04/japan/politics/kishida-lula-brazil-talks/",
published_at="2024-05-04", body="""The Japan Times

POLITICS

Kishida and Lula agree to deepen ties on green transition and food security

KYODO | May 4, 2024

BRASILIA – Prime Minister Fumio Kishida and Brazilian President Luiz Inacio Lula da Silva agreed Friday to deepen cooperation on decarbonization, food security and the restoration of degraded farmland in the Amazon, as Japan seeks to strengthen relations with the so-called Global South.

In their meeting in the Brazilian capital, Kishida and Lula also confirmed cooperation toward Brazil's presidency of the Group of 20 this year and the COP30 climate conference to be held in the Amazon city of Belem next year.

Kishida, who is the first Japanese prime minister to visit Brazil since Shinzo Abe in 2016, arrived in Sao Paulo on Thursday from Paris, where he attended a ministerial meeting of the Organization for Economic Cooperation and Development and held talks with President Emmanuel Macron.

He will travel to Paraguay on Sunday for talks with President Santiago Pena, the first visit to that country by a sitting Japanese prime minister, before returning to Tokyo.

Brazil is home to the world's largest population of people of Japanese descent, estimated at around 2 million.

KEYWORDS
Fumio Kishida, Brazil, Lula da Silva, Diplomacy, Latin America

In a time of both misinformation and too much information, quality journalism is more crucial than ever.
By subscribing, you can help us get the story right. SUBSCRIBE NOW

PHOTO GALLERY (CLICK TO ENLARGE)

Copyright 2024 The Japan Times. All rights reserved."""))

M.append(dict(id="h63-26", source="en.irna.ir",
url="https://en.irna.ir/news/85135617/President-Raisi-arrives-in-Caracas",
published_at="2023-06-12", body="""IRNA English

Politics

Iran, Venezuela sign 19 cooperation documents as Raisi starts Latin American tour

June 12, 2023, 23:18

Caracas, IRNA – Iranian President Seyyed Ebrahim Raisi and his Venezuelan counterpart Nicolás Maduro on Monday witnessed the signing of 19 cooperation documents in various fields at the Miraflores Palace in Caracas.

The documents cover energy, petrochemicals, mining, health, agriculture, science and technology, culture and defense.

Raisi, who arrived in Caracas earlier on Monday at the head of a high-ranking political and economic delegation, was officially welcomed by Maduro. The two presidents held a private meeting followed by talks between their delegations.

In a joint press conference, Raisi said the two countries had shown that the policy of sanctions and threats had failed. Maduro said trade between the two countries should reach $20 billion.

The Iranian president will leave Caracas for Managua on Tuesday to meet Nicaraguan President Daniel Ortega, and then travel to Havana for talks with Cuban President Miguel Díaz-Canel.

It is the first tour of Latin America by an Iranian president since 2016.

Foreign Minister Hossein Amir-Abdollahian is accompanying the president.

Visit our Telegram channel

Tags: Iran, Venezuela, Latin America

Share: Telegram | X | WhatsApp

All rights reserved by IRNA news agency."""))
