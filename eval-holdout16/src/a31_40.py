from a01_10 import add, A

add("h16-31", "ena.et", "https://www.ena.et/web/eng/w/en_4712", "2018-07-14", """
Ethiopian News Agency
President Isaias Arrives in Addis Ababa for Three-Day Visit

Addis Ababa July 14/2018 (ENA) Eritrean President Isaias Afwerki arrived in Addis Ababa this morning for a three-day official visit to Ethiopia, reciprocating Prime Minister Abiy Ahmed's historic visit to Asmara last week.

Prime Minister Abiy welcomed the President at Bole International Airport, where thousands of residents waving the flags of both countries lined the road to the National Palace.

During his stay, President Isaias is expected to visit the Hawassa Industrial Park and attend the reopening of the Eritrean Embassy in Addis Ababa on Monday.
""",
["ERI-ETH V O"],
[])

add("h16-32", "mexiconewsdaily.com", "https://mexiconewsdaily.com/news/biden-amlo-talks-north-american-leaders-summit/", "2023-01-10", """
Mexico News Daily
MND Members get more. Become a member today.
News | Politics | Business | Travel | Opinion | Mexico Living

Politics
Biden, AMLO hold talks as North American summit gets under way
By Mexico News Daily
January 10, 2023
President López Obrador welcomes President Biden to the National Palace on Monday. (Presidencia)

President Joe Biden and President Andrés Manuel López Obrador held talks at the National Palace in Mexico City on Monday, a day before the two leaders and Canadian Prime Minister Justin Trudeau meet for the 10th North American Leaders' Summit.

Biden landed on Sunday evening at the new Felipe Ángeles International Airport (AIFA) north of the capital, becoming the first foreign leader to use the facility, which López Obrador inaugurated last year. The Mexican president greeted his US counterpart on the tarmac, and the two rode together into the city in the presidential limousine known as "The Beast." Earlier on Sunday, Biden had made his first visit to the US-Mexico border as president, in El Paso, Texas.

Monday's bilateral meeting, which lasted more than an hour, focused on migration, the trafficking of fentanyl and firearms, and economic integration. In his opening remarks, López Obrador urged Biden to end what he called "the abandonment, the disdain and the forgetting" of Latin America and the Caribbean by Washington, and proposed a program of investment in the region. Biden replied that the US had spent billions of dollars on the hemisphere.

Officials said the two governments agreed to continue the arrangement under which Mexico accepts the return of up to 30,000 migrants a month from Cuba, Haiti, Nicaragua and Venezuela under a new US parole program.

The two first ladies, Jill Biden and Beatriz Gutiérrez Müller, visited a museum in the city center.

Trudeau arrived in Mexico City on Monday evening and was received at the airport by Foreign Minister Marcelo Ebrard. He will hold a bilateral meeting with López Obrador on Tuesday morning, before the three leaders gather for the trilateral summit in the afternoon. Biden and Trudeau are also scheduled to hold a brief bilateral meeting on Tuesday, Canadian officials said. The White House has said Biden expects to make his first presidential trip to Ottawa in the coming months.

On Monday evening, the three leaders and their spouses attended a dinner at the National Palace.

Among the issues on the summit agenda are supply chains, semiconductors, climate change and the arrival of record numbers of migrants at the US southern border.

The summit, which had been held only sporadically since 2016, was revived in Washington in November 2021.

Help keep Mexico News Daily free
Mexico News Daily relies on readers to fund its coverage. If you value our reporting, please consider becoming a member or making a donation. Every contribution helps us keep our journalism independent and available to everyone.

Sign up for The Mexico Report, our free daily newsletter

Related stories
Ebrard meets Guatemalan counterpart on border security
Peso hits strongest level against dollar since 2020
Tren Maya: first section to open in December, says AMLO

Share: Facebook | Twitter | LinkedIn | Email
42 comments
""",
["MEX-USA V O", "CAN-MEX V O", "CAN-USA M P"],
["CAN-MEX M P", "GTM-MEX M O"])

add("h16-33", "english.ahram.org.eg", "https://english.ahram.org.eg/NewsContent/1/1234/507601/Egypt/Foreign-Affairs/Sisi-receives-Sudans-Burhan-in-El-Alamein.aspx", "2023-08-29", """
Ahram Online
Sisi receives Sudan's Burhan in El Alamein on first trip abroad since war erupted
Ahram Online, Tuesday 29 Aug 2023

President Abdel-Fattah El-Sisi received on Tuesday the chairman of Sudan's Sovereignty Council and army chief Abdel-Fattah Al-Burhan at the airport of the North Coast city of El Alamein, in Burhan's first trip abroad since fighting broke out between the army and the paramilitary Rapid Support Forces in mid-April.

Presidential spokesman Ahmed Fahmy said the two leaders discussed the latest developments in Sudan and efforts to reach a ceasefire, as well as humanitarian aid and the situation of Sudanese who have fled to Egypt, who now number more than 280,000.

El-Sisi affirmed Egypt's support for the security, stability and unity of Sudan and its state institutions.

Cairo hosted a summit of Sudan's neighbouring countries on 13 July, which agreed on a mechanism of foreign ministers to follow up on the crisis.

Burhan left the army's general command headquarters in Khartoum last week for the first time since the start of the war, and has since visited military bases in the east of the country.

Sources in the Sovereignty Council said Burhan would head to Juba in the coming days for talks with South Sudan's President Salva Kiir. He could later travel to Saudi Arabia, which co-sponsors the Jeddah talks with the United States, though no date has been set.

Short link: https://english.ahram.org.eg/News/507601.aspx

Search Keywords: Sisi | Burhan | Sudan | El Alamein
Related
FM Shoukry receives phone call from Chadian counterpart on Sudan crisis
""",
["EGY-SDN V O", "SDN-SSD V P"],
["SAU-SDN V P", "EGY-TCD C O"])

add("h16-34", "allafrica.com", "https://allafrica.com/stories/202401220045.html", "2024-01-22", """
allAfrica
Cabo Verde: Blinken in Praia as Africa Tour Kicks Off

Praia — US Secretary of State Antony Blinken arrived in Cabo Verde on Sunday night, the first stop of a four-country African tour that will also take him to Côte d'Ivoire, Nigeria and Angola.

On Monday, Blinken met Prime Minister Ulisses Correia e Silva in Praia and praised the archipelago as "a model of democracy" in the region.

In Abidjan, he is expected to meet President Alassane Ouattara and attend an Africa Cup of Nations match. In Abuja, talks with President Bola Tinubu will focus on security in the Sahel, while in Luanda he will discuss the Lobito corridor with President João Lourenço.

Copyright © 2024 allAfrica. All rights reserved.
""",
["CPV-USA V O", "CIV-USA V P", "NGA-USA V P", "AGO-USA V P"],
[])

add("h16-35", "clubofmozambique.com", "https://clubofmozambique.com/news/totalenergies-hopes-to-resume-mozambique-lng-works-this-year-pouyanne", "2024-05", """
Club of Mozambique
USD/MZN 63.91 | EUR/MZN 68.70 | ZAR/MZN 3.44

Mozambique: TotalEnergies 'hopes' to resume Mozambique LNG works this year – Pouyanné
Economy | Energy

TotalEnergies CEO Patrick Pouyanné said the company hopes to lift the force majeure on the $20 billion Mozambique LNG project in Cabo Delgado before the end of the year, citing improved security in the province.

Pouyanné, who met President Filipe Nyusi in Maputo last week, said the group was finalising the renegotiation of contracts with suppliers and the update of financing agreements with export credit agencies. Construction at the Afungi site was suspended in April 2021 after an insurgent attack on the nearby town of Palma.

Security in the area has improved since the deployment of Rwandan troops in July 2021, followed by the Southern African Development Community Mission in Mozambique (SAMIM), which is due to complete its withdrawal by July.

Rwanda has said it will increase its presence to fill the gap left by SAMIM. Rwandan Defence Minister Juvenal Marizamunda is expected in Maputo next week to review the bilateral agreement under which the troops are deployed, the Mozambican Ministry of National Defence said on Monday.

Rwandan President Paul Kagame visited Cabo Delgado in September 2021, weeks after his troops helped government forces retake the port town of Mocímboa da Praia.

The European Union has financed part of the Rwandan deployment through the European Peace Facility.

Analysts say a restart would be a major boost for the economy, which expects LNG revenue to transform public finances from the end of the decade. ExxonMobil is awaiting a final investment decision on its Rovuma LNG project in the same basin.

Related
Nyusi receives Chinese delegation on railway project
Metical stable against US dollar

Share: Facebook | X | WhatsApp
""",
["MOZ-RWA V P"],
["MOZ-RWA V O", "CHN-MOZ V O"])

add("h16-36", "astanatimes.com", "https://astanatimes.com/2023/06/kazakhstan-and-masdar-sign-agreement-on-1-gw-wind-farm/", "2023-06", """
The Astana Times
Kazakhstan and UAE's Masdar sign agreement on 1 GW wind farm
By Assel Nurmukhanbetova in Business on 16 June 2023

ASTANA – Kazakhstan's Ministry of Energy and Abu Dhabi Future Energy Company (Masdar) signed an investment agreement on the construction of a 1 GW wind power plant with an energy storage system in the Zhambyl region.

The document was signed by Minister of Energy Almassadam Satkaliyev and Masdar CEO Mohamed Jameel Al Ramahi. The project is expected to cost about $1.2 billion and to reduce CO2 emissions by 2.4 million tons a year.

Share: Facebook | Telegram | LinkedIn
""",
[],
["ARE-KAZ A O"])

add("h16-37", "uza.uz", "https://uza.uz/en/posts/president-of-kazakhstan-arrives-in-tashkent-on-state-visit_443211", "2022-12-22", """
UzA - National News Agency of Uzbekistan
USD 11 225.46 | EUR 11 915.02 | RUB 164.18 | Tashkent +3°
Oʻzbekcha | Ўзбекча | Русский | English

Politics
Shavkat Mirziyoyev and Kassym-Jomart Tokayev sign Treaty on Allied Relations
22.12.2022 | 16:45 | Views: 4 812

TASHKENT, 22 December (UzA). The state visit of the President of the Republic of Kazakhstan Kassym-Jomart Tokayev to Uzbekistan continues.

The head of Kazakhstan arrived in Tashkent on the evening of 21 December. At Tashkent International Airport he was met by President Shavkat Mirziyoyev.

The official welcoming ceremony took place today at the Kuksaroy residence. After the ceremony, the talks of the presidents were held in a narrow format and with the participation of the delegations.

The sides noted with satisfaction the dynamic development of multifaceted cooperation. Trade turnover since the beginning of the year has exceeded 4.6 billion dollars, and the goal of bringing it to 10 billion dollars was confirmed. The number of joint ventures has reached almost a thousand.

Special attention was paid to the implementation of joint projects in industry, energy, transport and agriculture, including the construction of the International Centre for Industrial Cooperation "Central Asia" on the border, the creation of a joint water-energy consortium and the expansion of railway connections to the ports of the Caspian and the Persian Gulf.

Following the talks, Shavkat Mirziyoyev and Kassym-Jomart Tokayev signed the Treaty on Allied Relations between the Republic of Uzbekistan and the Republic of Kazakhstan, as well as the Agreement on the Demarcation of the Uzbek-Kazakh State Border. Heads of ministries and agencies exchanged more than 15 intergovernmental documents.

The first meeting of the Supreme Interstate Council chaired by the two heads of state was also held. The Council will meet annually, alternately in Uzbekistan and Kazakhstan.

"Today we are raising our relations to the highest level - allied relations. This is a historic decision that meets the interests of our fraternal peoples," the President of Uzbekistan said.

The President of Kazakhstan thanked his Uzbek colleague for the warm hospitality and noted that the border agreement had been reached "in the spirit of friendship and mutual trust."

Regional issues were also discussed. The leaders stressed the importance of the consultative meetings of the heads of state of Central Asia, the most recent of which took place in July in Cholpon-Ata, Kyrgyzstan.

Kyrgyz President Sadyr Japarov is expected in Tashkent in January on a state visit, during which documents on the Uzbek-Kyrgyz border are to be signed, the press secretary of the President of Uzbekistan reported.

Related
President receives credentials of newly appointed ambassadors of Japan and Egypt
President of Uzbekistan holds telephone conversation with the President of Türkiye
Tashkent to host international investment forum in spring

Tags: #Uzbekistan_Kazakhstan #state_visit #Mirziyoyev #Tokayev
Share: Telegram | Facebook | X
""",
["KAZ-UZB V O", "KGZ-UZB V P"],
["KAZ-KGZ V O", "KGZ-UZB V O", "JPN-UZB M O", "EGY-UZB M O", "TUR-UZB C O"])

add("h16-38", "uzdaily.uz", "https://www.uzdaily.uz/en/post/74422", "2022-08-18", """
UzDaily.com
USD 10 965.17 | EUR 11 137.24 | RUB 182.33

Shavkat Mirziyoyev arrives in Saudi Arabia on state visit
18 August 2022 10:12 | Comments: 0

Tashkent, Uzbekistan (UzDaily.com) -- President Shavkat Mirziyoyev arrived in Jeddah on 17 August on a state visit to the Kingdom of Saudi Arabia, the press service of the head of state said.

At King Abdulaziz International Airport the President of Uzbekistan was met by Prince Khalid Al-Faisal, advisor to the Custodian of the Two Holy Mosques and Governor of the Makkah Region, and other officials.

Talks with Crown Prince Mohammed bin Salman are scheduled for 18 August at Al-Salam Palace. A package of documents on cooperation in energy, investment, agriculture, tourism and education is expected to be signed. Saudi company ACWA Power is already implementing projects worth more than 10 billion dollars in Uzbekistan, including thermal, wind and solar power plants.

During the visit, Shavkat Mirziyoyev will also perform Umrah in Makkah and visit the Prophet's Mosque in Madinah.

This is the first state visit of the President of Uzbekistan to Saudi Arabia. The crown prince has been invited to visit Uzbekistan at a convenient time.

Share: Telegram | Facebook
""",
["SAU-UZB V O"],
["SAU-UZB V P"])

add("h16-39", "omannews.gov.om", None, None, """
Oman News Agency
Sayyid Badr delivers written message from HM the Sultan to Saudi Crown Prince

Riyadh - Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, today delivered a written message from His Majesty Sultan Haitham bin Tarik to His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia.

The message, handed over when the Crown Prince received Sayyid Badr in Riyadh, relates to the fraternal relations between the two countries and the work of the Omani-Saudi Coordination Council.

Sayyid Badr also held talks with his Saudi counterpart, Prince Faisal bin Farhan Al Saud.

ONA

Also on ONA: Oman, Iran foreign ministers discuss regional developments by phone
""",
["OMN-SAU V O"],
["IRN-OMN C O"])

add("h16-40", "spa.gov.sa", "https://www.spa.gov.sa/w1998120", "2023-10-24", """
Saudi Press Agency
Crown Prince Receives Phone Call from President of Nigeria

Riyadh, Rabi al-Thani 09, 1445, October 24, 2023, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a phone call today from President Bola Ahmed Tinubu of the Federal Republic of Nigeria.

During the call, they reviewed bilateral relations and ways to enhance them, and discussed developments in the Gaza Strip and its surroundings.

President Tinubu thanked HRH the Crown Prince for the invitation to take part in the Saudi-African Summit to be held in Riyadh next month.

In a separate development, the Kingdom's ambassador in Nairobi delivered a written message from HRH the Crown Prince to Kenyan President William Ruto.

--SPA
""",
["NGA-SAU C O"],
["NGA-SAU V P", "KEN-SAU M O"])
