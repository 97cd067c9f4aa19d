# Medium wire-style stories (1,200-2,000 characters), h27-13 .. h27-26
M = []

M.append(dict(id="h27-13", source="apnews.com",
url="https://apnews.com/article/caribbean-mexico-cuba-independence-day-diaz-canel-5f1d0c7a2b",
published_at="2021-09-16", body="""Cuba's Díaz-Canel is guest of honor at Mexico's independence parade

By MARK STEVENSON
September 16, 2021

MEXICO CITY (AP) — Cuban President Miguel Díaz-Canel was the guest of honor Thursday at Mexico's Independence Day military parade, where President Andrés Manuel López Obrador used the occasion to call on the United States to lift its trade embargo on the island.

Díaz-Canel, who arrived in Mexico City late Wednesday, watched the parade from the balcony of the National Palace alongside the Mexican president before addressing the crowd in the capital's main square, the Zócalo. The two leaders later held a private meeting inside the palace.

"It is time for a new coexistence among all the countries of America," López Obrador said, calling the embargo "perverse" and urging President Joe Biden to end it.

The Cuban leader thanked Mexico for shipments of food, medicine and fuel sent after the protests that swept Cuba in July. Some Mexican opposition politicians criticized the invitation, saying it sent the wrong signal after the crackdown on demonstrators.

Díaz-Canel is expected to stay in Mexico for Saturday's summit of the Community of Latin American and Caribbean States, or CELAC, which Mexico is hosting. Venezuelan President Nicolás Maduro is also expected at the meeting, Mexican officials said, although his attendance has not been officially confirmed.

López Obrador has proposed that CELAC replace the Washington-based Organization of American States as the region's main forum.

Copyright 2021 The Associated Press. All Rights Reserved.

MORE ON MEXICO
Mexican Senate approves ambassador to Cuba
Hurricane Nicholas rains to soak Gulf coast"""))

M.append(dict(id="h27-14", source="english.news.cn",
url="http://english.news.cn/20240114/3c8b2e7f41a24d0db1c7e9a56f0b2d18/c.html",
published_at="2024-01-14", body="""Chinese FM holds talks with Egyptian counterpart in Cairo

Source: Xinhua | Editor: huaxia | 2024-01-14 21:48:17

CAIRO, Jan. 14 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo on Sunday, as the two sides called for an immediate ceasefire in Gaza.

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said this year marks the 10th anniversary of the China-Egypt comprehensive strategic partnership, and China is ready to work with Egypt to implement the important consensus reached by the two heads of state.

Shoukry said Egypt firmly adheres to the one-China principle and welcomes more Chinese enterprises to invest in the Suez Canal Economic Zone.

The two foreign ministers issued a joint statement on the Palestinian-Israeli conflict, calling for a comprehensive ceasefire, the protection of civilians and the unimpeded entry of humanitarian aid into the Gaza Strip. They also opposed the forced displacement of Palestinians.

While in Cairo, Wang also met with Arab League Secretary-General Ahmed Aboul Gheit.

Egypt is the first stop of Wang's annual New Year trip to Africa, a tradition of Chinese foreign ministers for 34 consecutive years. At the invitation of their governments, Wang will also visit Tunisia, Togo and Cote d'Ivoire from Jan. 13 to 18, Chinese Foreign Ministry spokesperson Mao Ning said earlier. He will then pay official visits to Brazil and Jamaica from Jan. 18 to 22. Enditem

Photo: Chinese Foreign Minister Wang Yi holds talks with Egyptian Foreign Minister Sameh Shoukry in Cairo, Egypt, Jan. 14, 2024. (Xinhua/Ahmed Gomaa)

Related:
Xi congratulates Sisi on re-election as Egyptian president

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h27-15", source="france24.com",
url="https://www.france24.com/en/live-news/20220706-dr-congo-rwanda-agree-de-escalation-at-luanda-summit",
published_at="2022-07-06", body="""LIVE NEWS

DR Congo, Rwanda agree to 'de-escalate' after Angola-brokered talks

Issued on: 06/07/2022 - 21:30

Luanda (AFP) – The presidents of the Democratic Republic of Congo and Rwanda agreed on Wednesday to a "de-escalation process" after talks in the Angolan capital, as tensions soar over a rebel offensive in eastern DR Congo.

Congo's Felix Tshisekedi and Rwanda's Paul Kagame met in Luanda under the mediation of Angolan President Joao Lourenco, who has been appointed by the African Union to help ease the crisis.

It was the first meeting between the two leaders since the M23 rebel group resumed fighting late last year. Kinshasa accuses Kigali of backing the rebels, which Rwanda denies, while Rwanda accuses the DRC of fighting alongside the FDLR, a militia founded by ethnic Hutus linked to the 1994 genocide.

"We have agreed on a ceasefire," Tshisekedi told the Congolese broadcaster RTNC, without specifying when it would come into force.

A statement from the Angolan presidency said the leaders had agreed on a "roadmap" that includes an immediate end to hostilities and the withdrawal of the M23 from its positions.

It also said the DRC-Rwanda joint permanent commission would resume its work on July 12 in Luanda.

Rwanda's presidency said only that the meeting had been "productive".

The M23 seized the key town of Bunagana on the Ugandan border last month.

© 2022 AFP

Most read
Sri Lanka PM says country is 'bankrupt'
Boris Johnson clings on as ministers resign
Mali junta expels UN mission spokesman"""))

M.append(dict(id="h27-16", source="reuters.com",
url="https://www.reuters.com/world/americas/blinken-meets-brazils-lula-amid-gaza-row-2024-02-21/",
published_at="2024-02-21", body="""World | Americas

Blinken meets Brazil's Lula amid row over Gaza remarks

By Humeyra Pamuk and Lisandra Paraguassu
February 21, 2024 7:31 PM GMT-3 Updated

BRASILIA, Feb 21 (Reuters) - U.S. Secretary of State Antony Blinken met President Luiz Inacio Lula da Silva in Brasilia on Wednesday, days after the Brazilian leader compared Israel's offensive in Gaza to the Holocaust, and told him Washington disagreed with the remarks, a State Department official said.

The meeting lasted nearly two hours and covered the Gaza war, the crisis in Haiti, and Brazil's Group of 20 presidency. The official said the two had a "frank" exchange on Gaza.

Lula's comments at an African Union summit on Sunday led Israel to declare him persona non grata. Israeli Foreign Minister Israel Katz summoned Brazil's ambassador to the Yad Vashem Holocaust memorial for a public reprimand, and Brazil recalled its envoy for consultations.

Blinken will travel to Rio de Janeiro for a meeting of G20 foreign ministers on Wednesday and Thursday. Russian Foreign Minister Sergei Lavrov is expected to attend; a U.S. official said Blinken had no plans to meet him.

On Friday, Blinken flies to Buenos Aires, where he is scheduled to meet President Javier Milei.

(Reporting by Humeyra Pamuk and Lisandra Paraguassu; Editing by Leslie Adler)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Brazil's Lula doubles down on Israel criticism
Argentina's Milei plans to move embassy to Jerusalem
Russia's Lavrov heads to Rio for G20 talks"""))

M.append(dict(id="h27-17", source="efe.com",
url="https://efe.com/en/latest-news/2024-08-27/sanchez-mauritania-migration-tour/",
published_at="2024-08-27", body="""EFE English | Latest news

Sánchez in Mauritania on first leg of West Africa tour focused on migration

Nouakchott, Aug 27 (EFE).- Spanish Prime Minister Pedro Sánchez on Tuesday met Mauritanian President Mohamed Ould Ghazouani in Nouakchott at the start of a three-country tour of West Africa aimed at curbing irregular migration to the Canary Islands.

The two leaders witnessed the signing of memorandums of understanding on circular migration, under which Mauritanians will be able to work temporarily in Spain, as well as on security and the fight against people smuggling.

"Migration is not a problem, it is a necessity, and we must manage it in an orderly, safe and regular way," Sánchez said at a joint appearance with Ghazouani.

More than 22,000 migrants have reached the Canaries so far this year, more than double the figure for the same period of 2023, according to Spain's interior ministry. Most of the boats depart from the coasts of Mauritania, Senegal and Gambia.

It is the second trip to Mauritania this year for Sánchez, who visited in February with European Commission President Ursula von der Leyen.

On Wednesday, Sánchez will travel to Banjul to meet Gambian President Adama Barrow, before ending the tour in Senegal on Thursday with a meeting with President Bassirou Diomaye Faye in Dakar.

(c) EFE 2024. Está expresamente prohibido la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.

Tags: Spain, Mauritania, Migration, Canary Islands

Share: X | Facebook | WhatsApp"""))

M.append(dict(id="h27-18", source="dirco.gov.za",
url="http://www.dirco.gov.za/docs/2022/keny1107.htm",
published_at="2022-11-07", body="""Department of International Relations and Cooperation
Republic of South Africa

Media Statement

President Ramaphosa to undertake a State Visit to the Republic of Kenya

President Cyril Ramaphosa will undertake a State Visit to the Republic of Kenya from 9 to 10 November 2022, at the invitation of His Excellency President William Ruto.

The State Visit will provide an opportunity for the two Heads of State to review the state of bilateral political, economic and social relations, and to explore ways of deepening trade and investment between the two countries. Kenya is one of South Africa's major trading partners in East Africa, with total trade amounting to approximately R10 billion in 2021.

The two Presidents are also expected to exchange views on regional and continental issues, including peace and security in the Great Lakes region and the Horn of Africa, and the implementation of the African Continental Free Trade Area.

President Ramaphosa will be accompanied by the Minister of International Relations and Cooperation, Dr Naledi Pandor, the Minister of Trade, Industry and Competition, Mr Ebrahim Patel, and the Minister of Home Affairs, Dr Aaron Motsoaledi.

South Africa and Kenya established diplomatic relations in 1994. The two countries signed a Joint Commission for Cooperation agreement in 2007.

Enquiries: Mr Clayson Monyela, Head of Public Diplomacy, 082 884 5974

Issued by the Department of International Relations and Cooperation
OR Tambo Building
460 Soutpansberg Road
Rietondale
Pretoria
0084

Other media statements:
Deputy Minister Botes to address African Diaspora Forum
South Africa's statement on the situation in Ethiopia
Minister Pandor to deliver public lecture at UNISA"""))

M.append(dict(id="h27-19", source="wam.ae",
url="https://www.wam.ae/en/article/b4k9s2m-uae-kenya-sign-comprehensive-economic-partnership",
published_at="2025-01-14", body="""Emirates News Agency - WAM
Home | UAE | International | Business | Sports

UAE, Kenya sign Comprehensive Economic Partnership Agreement

ABU DHABI, 14th January, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and Kenyan President Dr. William Samoei Ruto today witnessed the signing of a Comprehensive Economic Partnership Agreement (CEPA) between the two countries, on the sidelines of Abu Dhabi Sustainability Week.

The agreement was signed by Dr. Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, and Lee Kinyanjui, Cabinet Secretary for Investments, Trade and Industry of Kenya.

The CEPA aims to reduce or remove tariffs, remove trade barriers and open new avenues for investment in sectors including logistics, renewable energy, agriculture and mining. Non-oil bilateral trade between the UAE and Kenya reached US$3.1 billion in 2023.

Al Zeyoudi said the agreement reflected the UAE's commitment to building economic bridges with the fastest-growing markets in Africa.

--WAM/Esraa Ismail/Hatem Mohamed

Abdullah bin Zayed receives phone call from Egyptian Foreign Minister

ABU DHABI, 14th January, 2025 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, received a phone call today from Dr. Badr Abdelatty, Egypt's Minister of Foreign Affairs and Emigration.

During the call, the two sides discussed the strong fraternal relations between the two countries and the latest developments in the region, in particular efforts to reach a ceasefire in the Gaza Strip.

--WAM/Tariq Alfaham

Khalifa Shaheen Almarar receives copy of credentials of Ecuador's Ambassador

--WAM

Download the WAM app | Subscribe to WAM newsletter

Copyright © 2025 WAM"""))

M.append(dict(id="h27-20", source="xinhuanet.com",
url="http://www.xinhuanet.com/english/20231025/9a0e47c3b8d14f6e8b2c1f3a7d5e6c90/c.html",
published_at="2023-10-25", body="""Xi holds talks with Colombian president, announcing elevation of ties to strategic partnership

Source: Xinhua | 2023-10-25 19:07:31 | Editor: huaxia

BEIJING, Oct. 25 (Xinhua) -- Chinese President Xi Jinping and visiting Colombian President Gustavo Petro held talks in Beijing on Wednesday, during Petro's state visit from Tuesday to Thursday.

The two heads of state announced the elevation of China-Colombia relations to a strategic partnership.

Xi noted that Colombia was among the first Latin American countries to establish diplomatic ties with China, and that the two countries have become good friends and good partners since then. China is ready to work with Colombia to deepen cooperation in trade, infrastructure, energy transition and agriculture, and to import more high-quality Colombian products, he said.

Petro said Colombia is committed to the one-China policy. He said the world is facing the challenges of climate change and war, and that Colombia hopes to strengthen cooperation with China in clean energy and in the construction of a railway and the Bogota metro.

Following the talks, Xi and Petro were present as officials signed cooperation agreements in fields such as trade, investment, science and technology, culture and education.

Earlier, Xi welcomed Petro with a ceremony including a military honor guard and a 21-gun salute.

This is Petro's first visit to China since he took office in August 2022. Enditem

More:
Xi meets Kenyan President Ruto in Beijing
Chinese premier meets Sri Lankan president

Copyright © 2000-2023 XINHUANET.com All rights reserved.
Editor's note: This story was filed by Xinhua, China's state news agency."""))

M.append(dict(id="h27-21", source="reuters.com",
url="https://www.reuters.com/world/zelenskiy-arrives-saudi-arabia-arab-league-summit-2023-05-19/",
published_at="2023-05-19", body="""World

Zelenskiy lands in Saudi Arabia for Arab League summit, then heads to Japan

By Aziz El Yaakoubi and Pavel Polityuk
May 19, 2023 4:36 PM UTC Updated

JEDDAH, May 19 (Reuters) - Ukrainian President Volodymyr Zelenskiy made a surprise appearance at an Arab League summit in Saudi Arabia on Friday, urging Arab leaders to resist Russian influence, at a gathering that also welcomed back Syria's Bashar al-Assad after more than a decade in isolation.

Zelenskiy met Saudi Crown Prince Mohammed bin Salman before addressing the summit in the Red Sea city of Jeddah, where he said some leaders were "turning a blind eye" to Russia's annexation of Ukrainian territory.

Saudi Arabia, which has tried to position itself as a mediator, helped broker a prisoner exchange last year and has pledged $400 million in aid to Ukraine.

Assad, who was embraced by the crown prince on his arrival at the summit hall, sat with leaders who had shunned him since the start of Syria's civil war in 2011. He did not respond to Zelenskiy's remarks.

Ukraine's Security Council Secretary Oleksiy Danilov said on national television that Zelenskiy would travel on to Hiroshima, where he is expected to attend the Group of Seven summit and hold talks with leaders including Japanese Prime Minister Fumio Kishida.

(Reporting by Aziz El Yaakoubi in Jeddah, Pavel Polityuk in Kyiv; Writing by Michael Georgy; Editing by Alex Richardson)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h27-22", source="apnews.com",
url="https://apnews.com/article/sudan-burhan-egypt-sisi-war-first-trip-8b2f34c0e1",
published_at="2023-08-29", body="""Sudan's army chief meets Egypt's el-Sissi on first trip abroad since the war began

By SAMY MAGDY
August 29, 2023

CAIRO (AP) — The head of Sudan's military, Gen. Abdel-Fattah Burhan, met with Egyptian President Abdel Fattah el-Sissi on Tuesday on his first trip abroad since fighting erupted in April between the army and a powerful paramilitary group.

Burhan flew to the Egyptian Mediterranean city of el-Alamein, where he held talks with el-Sissi on the war and on efforts to deliver humanitarian aid, el-Sissi's office said in a statement. The general was accompanied by the country's acting foreign minister.

Burhan had in recent days made rare appearances outside Khartoum, visiting troops in the Red Sea city of Port Sudan. His rival, Gen. Mohammed Hamdan Dagalo, the commander of the Rapid Support Forces, has not been seen in public for months.

Egypt, which hosted a summit of Sudan's neighbors in July, is a key ally of the Sudanese military. El-Sissi and Burhan have talked by telephone several times since the conflict began, according to Egyptian officials.

The war has killed thousands of people and forced more than 4.6 million from their homes, according to the United Nations. Talks between the two sides in the Saudi city of Jeddah, mediated by the U.S. and Saudi Arabia, collapsed in June.

Sudan's Sovereign Council did not say how long Burhan would stay in Egypt or whether he planned other stops.

Copyright 2023 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h27-23", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36483",
published_at="2023-04-20", body="""Ministry of External Affairs
Government of India

Press Releases

Visit of External Affairs Minister to Guyana, Panama, Colombia and Dominican Republic (April 21-29, 2023)

April 20, 2023

External Affairs Minister Dr. S. Jaishankar will pay an official visit to Guyana, Panama, Colombia and the Dominican Republic from 21 to 29 April 2023.

In Guyana, from 21 to 23 April, EAM will call on President Dr. Mohamed Irfaan Ali and hold talks with his counterpart Mr. Hugh Hilton Todd. He will also interact with the Indian community and address the Guyanese Parliament's joint session.

From 24 to 25 April, EAM will visit Panama, where he will meet Foreign Minister Ms. Janaina Tewaney Mencomo and other dignitaries.

EAM will visit Colombia from 25 to 27 April. This will be the first ever visit by an External Affairs Minister to Colombia. He will hold talks with Foreign Minister Mr. Alvaro Leyva Duran.

In the final leg of his visit, from 27 to 29 April, EAM will be in the Dominican Republic, where he will inaugurate the Embassy of India in Santo Domingo.

The visit is expected to deepen India's engagement with Latin America and the Caribbean, a region with which India's trade has grown considerably.

New Delhi
April 20, 2023

Share: Facebook | Twitter | Email | Print

Related links
Visit of External Affairs Minister to Uganda and Mozambique
Joint Statement on the 5th India-Central Asia Dialogue"""))

M.append(dict(id="h27-24", source="tass.com",
url="https://tass.com/politics/1607349",
published_at="2023-04-18", body="""TASS Russian News Agency

Lavrov arrives in Caracas on second leg of Latin American tour

CARACAS, April 18. /TASS/. Russian Foreign Minister Sergey Lavrov has arrived in Caracas on a working visit, a TASS correspondent reports.

The minister will hold talks with Venezuelan President Nicolas Maduro and Foreign Minister Yvan Gil. The agenda includes trade and economic cooperation, energy, and coordination on international platforms, including at the United Nations.

Lavrov arrived in the Venezuelan capital from Brasilia, where on Monday he held talks with his Brazilian counterpart Mauro Vieira and was received by President Luiz Inacio Lula da Silva.

Speaking to reporters in Brasilia, the Russian foreign minister thanked Brazil for its contribution to efforts to settle the situation around Ukraine and said Moscow and Brasilia had similar views on the developments in the world.

After Venezuela, Lavrov will visit Nicaragua and Cuba, the Russian Foreign Ministry said earlier. In Managua, he is expected to meet President Daniel Ortega, and in Havana, President Miguel Diaz-Canel.

Venezuela is one of Russia's key partners in Latin America. Moscow has repeatedly condemned US sanctions against Caracas as illegitimate.

Tags: Foreign policy, Sergey Lavrov, Venezuela

Subscribe to TASS on Telegram | VK | OK

Also read
Russian, Brazilian top diplomats discuss Ukraine, BRICS
Putin to hold talks with Chinese defense minister"""))

M.append(dict(id="h27-25", source="nannews.ng",
url="https://nannews.ng/2023/09/11/tinubu-uae-president-reach-agreement-on-visa-flights/",
published_at="2023-09-11", body="""News Agency of Nigeria (NAN)

Tinubu, UAE President reach agreement on visa ban, resumption of flights

By Salisu Sani-Idris

Abu Dhabi, Sept. 11, 2023 (NAN) President Bola Tinubu and President Mohamed bin Zayed Al Nahyan of the United Arab Emirates have reached an agreement on the immediate lifting of the visa ban on Nigerian travellers.

This is contained in a statement by Chief Ajuri Ngelale, Special Adviser to the President on Media and Publicity, on Monday in Abu Dhabi.

Ngelale said that the two leaders agreed during a meeting at Qasr Al Watan that Etihad Airways and Emirates Airlines would resume flights to and from Nigeria immediately, with no payment required from the Nigerian government.

He said the agreement also covered investments worth several billions of dollars by UAE investors in Nigeria's defence, agriculture and other sectors.

Tinubu arrived in Abu Dhabi on Sunday after attending the G20 Leaders' Summit in New Delhi, India, where he held talks with Prime Minister Narendra Modi and secured investment pledges from Indian businesses.

The president is expected back in Abuja on Tuesday. He will later travel to New York for the 78th session of the UN General Assembly.

(NAN)(www.nannews.ng)

Edited by Salif Atojoko

Follow us on X | Facebook | Instagram"""))

M.append(dict(id="h27-26", source="barrons.com",
url="https://www.barrons.com/news/kenya-haiti-sign-deal-on-police-deployment-8f3a2c1d",
published_at="2024-03-01", body="""BARRON'S

AFP | Mar 1, 2024, 9:12 am EST

Kenya, Haiti Sign Deal To Pave Way For Police Deployment

Kenya and Haiti on Friday signed a "reciprocal" agreement intended to unblock the deployment of Kenyan police officers to lead a UN-backed security mission in the gang-plagued Caribbean nation, President William Ruto said.

Haitian Prime Minister Ariel Henry was in Nairobi to witness the signing at State House, according to Ruto's office, which said the two leaders had also held talks on the next steps for the mission.

"We discussed the next steps to enable the fast-tracking of the deployment," Ruto wrote on X after the meeting, saying Kenya remained committed to contributing to the mission.

Kenya's High Court ruled in January that the planned deployment of 1,000 officers was unconstitutional, partly because there was no reciprocal agreement between the two countries.

Henry travelled to Kenya after attending a summit of Caribbean leaders in Guyana earlier this week, where he agreed to hold elections by August 2025.

Violence in Haiti has spiralled, with gangs controlling most of the capital Port-au-Prince. The United Nations says more than 8,000 people were killed, injured or kidnapped in 2023.

Kenya's opposition has criticised the mission and said it would challenge the new agreement in court.

bur-ho/jm

Copyright AFP. All rights reserved.

Read More
Oil prices steady ahead of OPEC+ decision
Kenya shilling firms against dollar"""))
