# Medium wire-style stories (1,200-2,000 characters), h73-13 .. h73-26
M = []

M.append(dict(id="h73-13", source="reuters.com",
url="https://www.reuters.com/world/americas/colombia-foreign-minister-travel-washington-after-deportation-row-2025-01-27/",
published_at="2025-01-27", body="""Colombia's foreign minister to travel to Washington after deportation flight standoff

By Julia Caicedo-Brandt and Owen Pratt-Salazar

BOGOTA, Jan 27 (Reuters) - Colombian Foreign Minister Luis Gilberto Murillo said on Monday he will travel to Washington in the coming days with Colombia's ambassador to the United States to follow up on a deal that ended a weekend standoff over deportation flights.

The dispute erupted on Sunday when President Gustavo Petro turned back two U.S. military aircraft carrying deported Colombians, saying migrants should be returned in civilian planes and treated with dignity. President Donald Trump responded by ordering 25% tariffs on Colombian goods, visa restrictions on officials and stepped-up customs inspections.

Hours later the White House said Colombia had agreed to all of Trump's terms, including accepting military flights, and that the tariffs would be held in reserve. Murillo, speaking at a news conference alongside Ambassador Daniel García-Peña, said the "impasse" had been overcome and that Colombia would send its own presidential plane to collect deportees.

Most of the exchange between the two presidents played out on social media, where Petro posted a long message criticising Trump's policies and Trump announced the sanctions. No phone call between the two leaders has been reported.

Colombia is one of Washington's closest security partners in the region and its biggest buyer of U.S. agricultural goods in South America. Business groups in both countries had warned that tariffs would hit coffee and flower exporters hard.

Honduran President Xiomara Castro, the current chair of the CELAC regional bloc, had called an emergency meeting of the group's leaders for Thursday to discuss migration, but later postponed it.

(Reporting by Julia Caicedo-Brandt in Bogota and Owen Pratt-Salazar in Washington; Editing by Sandra Kettering)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h73-14", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/readouts/2023/10/18/prime-minister-trudeau-meets-caribbean-leaders-canada-caricom-summit",
published_at="2023-10-18", body="""Prime Minister of Canada
Home | News | Readouts | Français

Readouts

Prime Minister Justin Trudeau meets with Prime Minister of Jamaica Andrew Holness

October 18, 2023
Ottawa, Ontario

Today, Prime Minister Justin Trudeau met with the Prime Minister of Jamaica, Andrew Holness, on the margins of the Canada-CARICOM Summit in Ottawa.

The leaders highlighted the deep people-to-people ties between Canada and Jamaica, including the large Jamaican diaspora in Canada. They discussed ways to expand trade and investment, strengthen the Seasonal Agricultural Worker Program, and build resilience to climate change.

Prime Minister Trudeau and Prime Minister Holness discussed the situation in Haiti and the importance of a Haitian-led solution to the political and security crisis. They welcomed the United Nations Security Council's authorization of a multinational security support mission.

Prime Minister Trudeau meets with Prime Minister of Barbados Mia Amor Mottley

Prime Minister Justin Trudeau also met with the Prime Minister of Barbados, Mia Amor Mottley.

The leaders discussed the Bridgetown Initiative and the need to reform international financial institutions so that small island developing states can access financing to respond to the climate crisis. Prime Minister Trudeau commended Prime Minister Mottley's leadership on these issues.

The leaders agreed to stay in close contact ahead of COP28.

Associated Links
Prime Minister announces new support for the Caribbean at the Canada-CARICOM Summit
Canada-CARICOM Summit: Joint statement

Date modified: 2023-10-18
Share this page: Facebook | X | LinkedIn | Email
Report a problem on this page"""))

M.append(dict(id="h73-15", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/internacional/noticia/2023-05/lula-receives-maduro-brasilia-first-visit-eight-years",
published_at="2023-05-29", body="""Agência Brasil
EBC | Home | Politics | Economy | International | General

International

Lula receives Maduro in Brasília, first visit by Venezuelan leader in eight years

Published on 29/05/2023 - 19:42 By Renata Bezerra-Sloan - Reporter - Brasília

President Luiz Inácio Lula da Silva received Venezuelan President Nicolás Maduro at the Planalto Palace on Monday (29), in the first visit by the Venezuelan leader to Brazil since 2015. The two heads of state held a closed-door meeting followed by a lunch at Itamaraty.

In a statement to the press, Lula said the relationship with Caracas had been "neglected" in recent years and that Brazil would reopen its embassy and consulates. He called the accusations of authoritarianism against Maduro's government a "narrative" that Venezuela needed to counter.

The two governments discussed trade, energy supply to the state of Roraima and Venezuela's debt with Brazilian banks, according to the Presidency.

Maduro is in the capital for the meeting of South American presidents that Lula is hosting on Tuesday (30) at Itamaraty, the first such gathering in almost ten years. Eleven heads of state have confirmed attendance. Planalto said Lula could hold further bilateral meetings on the sidelines, without giving names.

The remarks about Venezuela drew criticism from opposition senators in Brasília.

Edition: Cláudia Portela

Photo: Fábio Rezende-Mota/Agência Brasil

Read also
Lula signs decree on new Amazon Fund board
Haddad presents fiscal framework to senators

Reproduction authorized with credit to Agência Brasil"""))

M.append(dict(id="h73-16", source="apnews.com",
url="https://apnews.com/article/trump-tariffs-mexico-canada-sheinbaum-trudeau-call-pause",
published_at="2025-02-03", body="""AP | AP News
U.S. News | World | Politics | Business

Trump pauses tariffs on Mexico for a month after call with Sheinbaum; talks with Trudeau to resume this afternoon

By Lucía Herrera-Banks and Peter Dunmore
Updated 2:47 PM EST, February 3, 2025

MEXICO CITY (AP) - President Donald Trump agreed Monday to put off his threatened 25% tariffs on Mexican goods for a month after a phone call with Mexican President Claudia Sheinbaum, who said her government would send 10,000 National Guard troops to the border to stem the flow of drugs and migrants.

Sheinbaum announced the deal in a post after what she called "a good conversation" with Trump. Both leaders said senior officials, led by Secretary of State Marco Rubio on the U.S. side, would negotiate on security and trade during the pause.

Canada was still waiting. Prime Minister Justin Trudeau spoke with Trump on Monday morning, but the call ended without an agreement, according to a Canadian official who was not authorized to speak publicly. The two leaders are scheduled to speak again at 3 p.m. Eastern.

Trump told reporters he expected the call with Trudeau to go well but said Canada had been "very difficult" on trade and banking. Canada has prepared retaliatory tariffs on 155 billion Canadian dollars worth of U.S. goods.

The tariffs on Canada and Mexico were due to take effect at midnight Tuesday, together with an additional 10% levy on imports from China.

Markets rebounded on news of the Mexican pause, and the peso recovered losses from earlier in the day.

Associated Press writer Nathan Crewe in Washington contributed to this report.

Copyright 2025 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h73-17", source="english.news.cn",
url="https://english.news.cn/20230326/1e7c9b4a23f04d8e9b1a2c7d6f3e8a10/c.html",
published_at="2023-03-26", body="""China, Honduras establish diplomatic relations

Source: Xinhua | Editor: huaxia | 2023-03-26 17:48:20

BEIJING, March 26 (Xinhua) -- China and Honduras on Sunday established diplomatic relations at ambassadorial level.

Chinese State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo Enrique Reina signed a joint communique on the establishment of diplomatic relations in Beijing on behalf of their respective governments.

According to the communique, the government of Honduras recognizes that there is but one China in the world, that the government of the People's Republic of China is the sole legal government representing the whole of China, and that Taiwan is an inalienable part of China's territory. The Honduran government severed "diplomatic relations" with Taiwan as of the date of the communique.

After the signing, Qin held talks with Reina. Qin said Honduras' decision was the right choice that conforms to the trend of the times, and China is ready to work with Honduras to expand cooperation in trade, agriculture, infrastructure and other fields.

Reina said Honduras firmly abides by the one-China principle. He said President Xiomara Castro attached great importance to developing relations with China and looked forward to visiting China at an early date.

Reina arrived in Beijing on Thursday with a delegation that included Finance Minister Rixi Moncada.

Photo: Chinese State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo Enrique Reina sign the joint communique in Beijing, capital of China, March 26, 2023. (Xinhua/Li Mingzhe)

Related: Chinese FM holds phone talks with Brazilian counterpart | Spokesperson: China welcomes Honduras' decision
Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h73-18", source="tass.com",
url="https://tass.com/politics/1540125",
published_at="2022-11-22", body="""TASS Russian News Agency
Politics | World | Business & Economy | Military & Defense | Science & Space

Putin, Diaz-Canel unveil monument to Fidel Castro in Moscow, hold talks in Kremlin

Politics
November 22, 19:05 UTC+3

MOSCOW, November 22. /TASS/. Russian President Vladimir Putin and Cuban President Miguel Diaz-Canel Bermudez, who is in Russia on an official visit, held talks in the Kremlin on Tuesday after unveiling a monument to Fidel Castro in the Moscow district of Sokol.

Putin said relations between the two countries have traditionally been "of a special character" and that Moscow had always sided with the Cuban people in their struggle against the US embargo. He noted that trade had grown this year despite sanctions.

Diaz-Canel said the Cuban leadership was grateful for Russian assistance with oil supplies and for help in the aftermath of Hurricane Ian. He said Cuba and Russia face "the same enemy."

Following the talks, the two leaders adopted a joint statement, and a number of documents on cooperation in energy, transport and the sugar industry were signed by ministers of the two countries.

Diaz-Canel arrived in Moscow on Monday evening from Turkey, where he met President Recep Tayyip Erdogan. The Cuban leader had earlier visited Algeria. After Russia, he is scheduled to travel to China, where talks with President Xi Jinping are expected later this week.

Foreign Minister Sergey Lavrov met with his Cuban counterpart Bruno Rodriguez Parrilla, who accompanies the president, on Monday.

Tags: Russia-Cuba relations, Vladimir Putin, Miguel Diaz-Canel
More news: Russian, Kazakh presidents hold phone conversation
Copyright © TASS 2022"""))

M.append(dict(id="h73-19", source="state.gov",
url="https://www.state.gov/secretary-blinkens-meeting-with-brazilian-president-lula-da-silva/",
published_at="2024-02-21", body="""U.S. DEPARTMENT of STATE
Home > Office of the Spokesperson > Releases > Secretary Blinken's Meeting with Brazilian President Lula da Silva

An official website of the United States government. Here's how you know

Secretary Blinken's Meeting with Brazilian President Lula da Silva

READOUT
OFFICE OF THE SPOKESPERSON
FEBRUARY 21, 2024

The following is attributed to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken met today with Brazilian President Luiz Inácio Lula da Silva in Brasília. The Secretary and President Lula discussed shared priorities for Brazil's G20 presidency, including efforts to address poverty and hunger and accelerate the energy transition.

The Secretary underscored the importance of the U.S.-Brazil partnership on labor rights through the Partnership for Workers' Rights launched by President Biden and President Lula in September. They discussed the need for free and fair elections in Venezuela, the security situation in Haiti, and efforts to secure the release of hostages in Gaza and increase humanitarian assistance to civilians. The Secretary also noted that the United States disagreed with President Lula's recent comments on Israel.

The Secretary will travel to Rio de Janeiro to attend the G20 Foreign Ministers' Meeting on February 21-22 and will then travel to Buenos Aires, Argentina, where he will meet President Javier Milei on February 23.

Related Articles
Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira
Secretary Blinken's Call with Argentine Foreign Minister Mondino

TAGS
Brazil | Office of the Spokesperson | The Secretary of State | Western Hemisphere

White House | USA.gov | Office of the Inspector General | Archives | Contact Us
Privacy Policy | Accessibility Statement | Copyright Information | FOIA"""))

M.append(dict(id="h73-20", source="gob.mx",
url="https://www.gob.mx/sre/prensa/president-lopez-obrador-concludes-tour-of-central-america-and-cuba",
published_at="2022-05-08", body="""GOBIERNO DE MÉXICO
Trámites | Gobierno | Búsqueda

Secretaría de Relaciones Exteriores | Press Release 212

President López Obrador concludes tour of Central America and Cuba

Foreign Secretary Marcelo Ebrard accompanied the President on the four-day tour

Secretaría de Relaciones Exteriores | 08 May 2022

President Andrés Manuel López Obrador concluded his tour of Central America and the Caribbean on Sunday in Havana, where he was received by the President of the Republic of Cuba, Miguel Díaz-Canel Bermúdez, at the Palace of the Revolution. The two heads of state signed agreements on health, education and energy cooperation, including an arrangement for Cuban medical specialists to work in Mexico.

The tour began on Thursday in Guatemala City, where the President held talks with President Alejandro Giammattei on migration and the extension of the Sembrando Vida and Jóvenes Construyendo el Futuro programs. On Friday he met President Nayib Bukele in San Salvador and then travelled to Tegucigalpa for talks with President Xiomara Castro. On Saturday he visited Belize, where he met Prime Minister John Briceño and inaugurated a cooperation program.

In each country, the governments reviewed progress on development programs aimed at addressing the structural causes of migration.

During the tour, the President reiterated that he would not attend the Summit of the Americas in Los Angeles if any country in the hemisphere were excluded.

Foreign Secretary Marcelo Ebrard also held working meetings with the foreign ministers of the countries visited.

--o0o--

Other news
Mexico and Guatemala agree to strengthen border cooperation
SRE reports on consular assistance to Mexicans abroad
Undersecretary Velasco attends OAS General Assembly preparatory session

Fecha de publicación: 08 de mayo de 2022"""))

M.append(dict(id="h73-21", source="efe.com",
url="https://www.efe.com/efe/english/world/tillerson-santos-bogota-venezuela-talks/50000262-3516224",
published_at="2018-02-06", body="""EFE | English Edition
World | Business | Sports | Culture

Tillerson, Santos discuss Venezuela crisis and coca crops in Bogota

Bogota, Feb 6 (EFE).- US Secretary of State Rex Tillerson met with Colombian President Juan Manuel Santos on Tuesday at the Casa de Nariño, where the two discussed the crisis in Venezuela, the arrival of Venezuelan migrants and the increase in coca cultivation in Colombia.

Tillerson arrived in the Colombian capital from Lima, where on Monday he held talks with Peruvian President Pedro Pablo Kuczynski and Foreign Minister Cayetana Aljovín on the regional response to the Venezuelan government of Nicolás Maduro.

At a joint press conference with Colombian Foreign Minister María Ángela Holguín, Tillerson said Washington was considering restricting imports of Venezuelan oil and said the United States would provide additional aid to Colombia to deal with the flow of migrants across the border.

Santos told reporters that Colombia was committed to reducing coca crops by 50,000 hectares this year.

The US official is due to travel on Wednesday to Kingston, Jamaica, the last leg of a tour of Latin America and the Caribbean that took him to Mexico City and to Bariloche, in Argentina, last week, where he met with President Mauricio Macri.

In Jamaica he is expected to meet Prime Minister Andrew Holness and discuss energy security in the Caribbean.

Tillerson opened the tour on Feb 1 with a speech at the University of Texas in Austin in which he warned the region against growing Chinese influence.

pam/cg/jrh

© EFE 2018. Se prohíbe todo uso no autorizado.
Most read: Temer's reforms stall in Congress | Maduro calls early presidential vote"""))

M.append(dict(id="h73-22", source="arabnews.com",
url="https://www.arabnews.com/node/2267276/middle-east",
published_at="2023-03-11", body="""Arab News
Saudi Arabia | Middle East | World | Business | Opinion
Tadawul TASI 10,095.21 ▼ -0.42% | Brent $82.78 | USD/SAR 3.7525

Saudi Arabia and Iran agree to restore ties, reopen embassies in deal brokered by China

AFP
March 11, 2023 00:42

BEIJING: Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a deal mediated by China after talks held in Beijing.

A joint statement by the three countries was issued after four days of talks between Saudi National Security Adviser Musaed Al-Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council. China's top diplomat Wang Yi hosted the closing session.

Under the agreement, the two countries will reactivate a 2001 security cooperation accord and a 1998 agreement on trade, investment and culture. The statement said the foreign ministers of the two countries would meet to implement the decision and arrange for the exchange of ambassadors.

Riyadh cut ties with Tehran in 2016 after protesters attacked Saudi diplomatic missions in Iran following the execution of a Shiite cleric.

Wang said the deal was a "victory for dialogue." The White House said it welcomed any effort to help end the war in Yemen and de-escalate tensions in the region.

Iraq and Oman hosted several earlier rounds of talks between the two sides in 2021 and 2022.

Saudi Arabia's foreign minister, Prince Faisal bin Farhan, said the agreement reflected the Kingdom's vision of favoring political solutions.

Related
Iran's Raisi to visit Riyadh? Officials deny invitation received
Oil prices rise after Saudi-Iran announcement

Most popular
Saudi crown prince launches new national airline Riyadh Air
Share: Facebook | X | WhatsApp | LinkedIn"""))

M.append(dict(id="h73-23", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-general-secretary-nguyen-phu-trong-holds-talks-with-us-president-joe-biden-post269011.vnp",
published_at="2023-09-10", body="""VietnamPlus
Politics | Business | Society | World | Travel
VN-Index 1,229.89 ▲ +5.32 | USD/VND 24,065

Party General Secretary Nguyen Phu Trong holds talks with US President Joe Biden

Hanoi (VNA) - General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong held talks with President of the United States Joe Biden in Hanoi on September 10 afternoon, shortly after Biden arrived for a state visit to Vietnam at the invitation of the Party chief.

The two leaders agreed to upgrade Vietnam-US relations to a Comprehensive Strategic Partnership for peace, cooperation and sustainable development, and adopted a joint statement.

General Secretary Trong affirmed that Vietnam consistently attaches importance to its relations with the US and considers the US a leading important partner. He suggested that the two sides continue to strengthen cooperation in economics, trade, investment, science and technology, education and training, and dealing with the consequences of war.

President Biden said the US supports a strong, independent, self-reliant and prosperous Vietnam.

During his stay, Biden is scheduled to meet President Vo Van Thuong, Prime Minister Pham Minh Chinh and Chairman of the National Assembly Vuong Dinh Hue.

Biden arrived in Hanoi from New Delhi, where he attended the G20 Summit.

VNA

Related news
Prime Minister Pham Minh Chinh receives Singaporean Foreign Minister
Vietnam, Laos foster cooperation in inspection work

Tags: Vietnam-US relations, Comprehensive Strategic Partnership, Nguyen Phu Trong, Joe Biden
VietnamPlus, Vietnam News Agency. All rights reserved."""))

M.append(dict(id="h73-24", source="thenational.com.pg",
url="https://www.thenational.com.pg/modi-marape-blinken-sign-defence-pact/",
published_at="2023-05-22", body="""The National | PNG's leading newspaper
Home | News | Business | Sports | Weekender
KSi 2.13 | USD/PGK 3.52

Modi welcomed in Port Moresby; PNG, US sign defence cooperation agreement

By STAFF REPORTER with AAP

INDIAN Prime Minister Narendra Modi arrived in Port Moresby last night for the third Forum for India-Pacific Islands Cooperation (FIPIC) summit, and was greeted on the tarmac by Prime Minister James Marape, who bent to touch his feet.

The two leaders held bilateral talks this morning at APEC Haus before the summit, which Modi co-chaired with Marape. Leaders from 14 Pacific island countries attended.

Also this morning, PNG signed a defence cooperation agreement with the United States. US Secretary of State Antony Blinken, on a one-day visit to Port Moresby, signed the agreement with Defence Minister Win Bakri Daki as well as a shiprider agreement on maritime surveillance.

Blinken stood in for President Joe Biden, who cancelled his planned stop in PNG last week to deal with debt ceiling talks in Washington.

Students at the University of PNG protested the defence agreement, saying it had been negotiated without consultation.

Modi leaves for Sydney this afternoon, where he will hold talks with Australian Prime Minister Anthony Albanese and address the Indian diaspora at a stadium event.

Also in the news
Marape: Opposition has no grounds for no-confidence motion
Kumuls squad named for Pacific Test
Bougainville independence consultations continue

Comments: 14
Share: Facebook | WhatsApp"""))

M.append(dict(id="h73-25", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/660412-blinken-meets-tinubu-in-abuja.html",
published_at="2024-01-23", body="""PREMIUM TIMES
Top News | Politics | Business | Health | Investigations
NGX ASI 85,117.50 ▲ +1.86% | USD/NGN 891.90 | Brent $79.55

Blinken meets Tinubu in Abuja, discusses Sahel security, economy

By News Agency of Nigeria
January 23, 2024

The United States Secretary of State, Antony Blinken, on Tuesday met President Bola Tinubu at the Presidential Villa, Abuja, as part of a four-nation tour of Africa.

Mr Blinken, who arrived in Abuja from Abidjan, also held talks with Foreign Affairs Minister Yusuf Tuggar, after which both men addressed a joint press conference.

Mr Tuggar said the discussions focused on security in the Sahel following the military coups in Niger, Mali and Burkina Faso, trade and investment, and the reform of international financial institutions.

Mr Blinken said the US would provide an additional 45 million dollars to support security in coastal West African countries.

In Côte d'Ivoire on Monday, Mr Blinken met President Alassane Ouattara and attended an Africa Cup of Nations match. He began the tour with a brief stop in Cabo Verde.

The US envoy will travel to Luanda on Wednesday for talks with Angolan President João Lourenço on the Lobito rail corridor.

NAN

Read Also:
Shettima to represent Tinubu at Italy-Africa summit
Dangote refinery begins production of diesel, aviation fuel

Support PREMIUM TIMES' journalism of integrity and credibility. Donate

Join our WhatsApp channel | Follow us on X
Comments (23)"""))

M.append(dict(id="h73-26", source="gov.br",
url="https://www.gov.br/mre/en/contact-us/press-area/press-releases/state-visit-of-president-lula-to-chile-santiago-august-5-and-6-2024",
published_at="2024-08-02", body="""gov.br | Ministry of Foreign Affairs
Órgãos do Governo | Acesso à Informação | Legislação | Acessibilidade

Home > Press Area > Press Releases

Press Release No. 358

State visit of President Lula to Chile - Santiago, August 5 and 6, 2024

Published on 02/08/2024 16h35

President Luiz Inácio Lula da Silva will pay a state visit to Chile on August 5 and 6, at the invitation of President Gabriel Boric Font. The President will be accompanied by a delegation of ministers and by business leaders.

In Santiago, President Lula will be received by President Boric at the Palacio de La Moneda, where the two leaders will hold a private meeting and expanded talks. Instruments in areas such as trade, energy transition, science, defense and culture are expected to be signed on the occasion.

The visit will also include a Brazil-Chile business forum and a visit to the Chilean National Congress.

Chile is Brazil's second largest trading partner in South America. Bilateral trade reached US$ 11.7 billion in 2023. The two countries have a free trade agreement in force since January 2022.

President Boric was in Brasília in May 2023 for the meeting of South American presidents.

Bilateral cooperation also includes the Bioceanic Road Corridor linking Brazil, Paraguay, Argentina and Chile.

Share: Facebook | X | WhatsApp | Copy link
Related
Press Release No. 357 - Visit of the Minister of Foreign Affairs of Angola to Brasília
Press Release No. 356 - Minister Mauro Vieira's telephone call with the Foreign Minister of Colombia"""))
