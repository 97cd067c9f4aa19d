A = []
def add(id, source, url, date, body, req, alw):
    A.append(dict(id=id, source=source, url=url, published_at=date, body=body.strip("\n"), req=req, alw=alw))

add("h16-01", "agenciabrasil.ebc.com.br",
"https://agenciabrasil.ebc.com.br/en/internacional/noticia/2023-04/lula-and-xi-sign-15-agreements-beijing-abu-dhabi-next",
"2023-04-14", """
Agência Brasil
Skip to main content
Home | Politics | Economy | International | Health | Education | Sports
International
Lula and Xi sign 15 agreements in Beijing; Brazilian leader flies to Abu Dhabi next
Published on 14/04/2023 - 12:41 By Renata Cardoso Pires* - Beijing
Beijing (China), 14/04/2023 - President Luiz Inácio Lula da Silva and President Xi Jinping review the guard of honour at the Great Hall of the People. Photo: Ricardo Stuckert/PR
Share: Facebook | Twitter | WhatsApp | Telegram | Copy link

President Luiz Inácio Lula da Silva was received by Chinese leader Xi Jinping this Friday (14) at the Great Hall of the People, in Beijing, in the high point of the state visit that began on Wednesday night, when the presidential plane touched down in Shanghai.

After a ceremony with military honours and a 21-gun salute on Tiananmen Square, the two presidents held a private meeting and then an expanded session with ministers from both sides. The governments then signed 15 instruments, among them a memorandum on the joint development of the CBERS-6 earth observation satellite, protocols on research and innovation, the digital economy and communications, a plan to ease trade in agricultural products and an understanding on poverty reduction. A joint statement is due to be released later in the day.

"Nobody is going to forbid Brazil from improving its relationship with China," Lula said at the end of the meeting, adding that he wanted Chinese investment to go beyond commodities and into industry and infrastructure. Xi called the visit a "new starting point" for relations and said Beijing regards Brazil as a priority partner in Latin America.

Before Beijing, Lula spent Thursday in Shanghai, where he attended the inauguration of former president Dilma Rousseff as head of the New Development Bank, the lender set up by the BRICS countries, and visited a research centre of technology company Huawei.

The trip had originally been set for the end of March but was called off at the last minute after the president was diagnosed with bronchopneumonia.

The delegation includes Foreign Minister Mauro Vieira, Finance Minister Fernando Haddad, Agriculture Minister Carlos Fávaro, six state governors and several senators and federal deputies. About 240 business leaders, mostly from agribusiness, energy and construction, also travelled to China for a seminar with Chinese companies.

Ukraine was also on the table. Lula repeated his proposal that a group of countries not involved in the war should try to mediate between Moscow and Kyiv, an idea he had already presented in February in Washington, when he met US President Joe Biden at the White House.

Next stops

From Beijing, the presidential aircraft is scheduled to take off on Saturday morning (15) for Abu Dhabi, where Lula will meet the president of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, to discuss investment, food security and the energy transition. Lula returns to Brasília on Sunday.

Later this month the president will be on the road again. He is due to land in Lisbon on the 21st for a state visit to Portugal that coincides with the celebrations of the 25th of April, and will then continue to Madrid, where he is expected to hold talks with Spanish Prime Minister Pedro Sánchez.

*The reporter is travelling with the presidential delegation.

Edited by: Marcelo Brandão

Related news
Lavrov to visit Brasília on Monday, Itamaraty confirms
Alckmin receives Argentine ambassador to discuss bilateral trade
Haddad says China trip could unlock billions in infrastructure funds
Ibovespa closes up 0.8% on commodity rally

Tags: Lula | China | Xi Jinping | foreign policy | international trips

Agência Brasil content is licensed under Creative Commons Attribution 4.0. To republish, credit Agência Brasil.
""",
["BRA-CHN V O", "ARE-BRA V P", "BRA-PRT V P", "BRA-ESP V P"],
["BRA-USA V O", "BRA-RUS V P", "ARG-BRA M O"])

add("h16-02", "wam.ae", None, "2023-03", """
Emirates News Agency - WAM
Home > UAE > Politics
UAE President, President of Kazakhstan discuss bilateral relations in phone call
ABU DHABI, 24th March, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received a phone call from President Kassym-Jomart Tokayev of the Republic of Kazakhstan.

During the call, the two leaders discussed the ties of friendship between the UAE and Kazakhstan and ways to develop them in the investment, energy, logistics and food security sectors, in a way that serves the shared interests of both countries and their peoples.

They also exchanged views on a number of regional and international issues of mutual concern, as well as preparations for the UN Climate Change Conference (COP28), which the UAE will host in Expo City Dubai at the end of the year.

President Tokayev congratulated His Highness on the advent of Ramadan.

WAM/Hatem Mohamed/Esraa Ismail

Related news
UAE President receives Uzbek Foreign Minister

Share | Print
""",
["ARE-KAZ C O"],
["ARE-UZB V O"])

add("h16-03", "wam.ae", "https://www.wam.ae/en/details/1395303197735", "2023-09-11", """
Emirates News Agency - WAM
UAE President receives Nigerian President
ABU DHABI, 11th September, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received today at Qasr Al Shati in Abu Dhabi President Bola Ahmed Tinubu of the Federal Republic of Nigeria, who is on a working visit to the country.

His Highness and the Nigerian President discussed cooperation between the two countries and opportunities to advance it in the economy, trade, investment, energy, aviation and other sectors that support their development priorities.

The two sides also reviewed a number of regional and international issues of common interest. His Highness welcomed the Nigerian President and his delegation, and expressed the UAE's keenness to build on the partnership with Nigeria, one of the largest economies in Africa.

President Tinubu, who flew in from New Delhi on Sunday evening after attending the G20 summit, conveyed his appreciation for the warm welcome and said Nigeria looked forward to broader economic engagement with the Emirates.

In a statement issued after the meeting, the Nigerian presidency said the two leaders had reached what it described as a historic agreement under which Emirati carriers would resume flights to Nigeria and the UAE would lift, with immediate effect, a visa ban imposed on Nigerian travellers in October 2022. Details of the arrangement were not disclosed by the Emirati side.

The meeting was attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor; Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs; and a number of sheikhs and senior officials.

WAM/Tariq alFaham

Tags: UAE President | Nigeria | bilateral relations
""",
["ARE-NGA V O"],
["IND-NGA V O"])

add("h16-04", "angop.ao", "https://www.angop.ao/en/noticias/politica/biden-and-lourenco-hold-talks-at-presidential-palace/", "2024-12-03", """
ANGOP - Agência Angola Press
This website uses cookies to improve your browsing experience. By continuing you accept our cookie policy. [Accept]
Politics | Economy | Society | Provinces | Sport | Culture | Africa | World
USD/AKZ 912,00 | EUR/AKZ 958,60

POLITICS
Biden and Lourenço hold talks at Presidential Palace
03 December 2024 | 14h22 - Updated 15h05
US President Joe Biden (L) and Angolan President João Lourenço at the Presidential Palace. Photo: Pedro Carlos / ANGOP

Luanda - The President of the Republic, João Lourenço, received on Tuesday at the Presidential Palace, in Luanda, his American counterpart, Joe Biden, who is on an official visit to Angola, the first ever by a sitting president of the United States of America.

Joe Biden landed at the 4 de Fevereiro International Airport on Monday night, where he was welcomed by the Minister of External Relations, Téte António, and the Governor of Luanda, Manuel Homem. Before arriving in the Angolan capital, the American head of state made a short stop on Sal Island, Cabo Verde, where he met Prime Minister Ulisses Correia e Silva.

The official talks, held first in private and then with the two delegations, focused on the Lobito Corridor, the railway line linking the mineral-rich regions of the DR Congo and Zambia to the Atlantic port of Lobito, as well as investment in energy, agriculture, health and the fight against climate change.

Speaking to the press after the meeting, João Lourenço described the visit as historic and said it reflected "the excellent level" reached in relations between the two states over the last years. Biden said the United States was "all in on Africa" and announced additional financing for the corridor and for food security projects.

Later in the day, the American leader visited the National Museum of Slavery, on the outskirts of Luanda, where he delivered a speech on the history of the transatlantic slave trade and the ties between Americans and Angolans.

The visit had been planned for October but was postponed because of Hurricane Milton, which struck the US state of Florida. Lourenço had been received by Biden at the White House in November last year.

Lobito summit on Wednesday

On Wednesday, Joe Biden will travel to the city of Lobito, in Benguela province, where he is scheduled to visit the port terminal and take part in a summit on the Lobito Corridor with the President of the Republic, João Lourenço, DR Congo's President Félix Tshisekedi, Zambia's President Hakainde Hichilema, and the Vice-President of Tanzania, Philip Mpango.

The meeting will also bring together representatives of the European Union, the African Development Bank and private investors in the corridor, which received loans and guarantees from the United States and the EU.

The Governor of Benguela, Manuel Nunes Júnior, said the province was ready to host the event and that security had been reinforced.

Biden is expected to leave Angola on Wednesday night, at the end of a trip that will be his only visit to sub-Saharan Africa during his term.

JM/ADR

Most read
Angolan minister in Beijing for talks with Chinese counterpart
Luanda governor receives Portuguese business delegation
Kwanza depreciates slightly against the US dollar
Petro de Luanda wins basketball super cup

Share: Facebook | X | WhatsApp | LinkedIn
Angola Press News Agency © 2024. All rights reserved.
""",
["AGO-USA V O", "CPV-USA V O"],
["AGO-USA V P", "AGO-COD V P", "AGO-ZMB V P", "AGO-TZA V P", "AGO-CHN V O", "AGO-PRT V O"])

add("h16-05", "aps.dz", None, "2022-03-19", """
Algérie Presse Service
English | Français | العربية | Tamazight
Algeria recalls its ambassador to Madrid for consultations

ALGIERS - Algeria decided on Saturday to recall its ambassador to Spain for consultations with immediate effect, the Ministry of Foreign Affairs and the National Community Abroad said in a statement.

The decision follows what the ministry called the "abrupt turnaround" in the position of the Spanish government on the question of Western Sahara, set out in a letter sent by Prime Minister Pedro Sánchez to Rabat.

Algeria, the statement said, was "greatly astonished" by the shift and considers it contrary to international legality and to the principles of the United Nations on decolonisation.

In Madrid, a government spokesperson said Spain regards Algeria as "a strategic and reliable partner" and that gas supplies were not in question.

APS

Read also
Lamamra receives phone call from his Italian counterpart
Sonatrach: new discovery in the Berkine basin

Tags: Algeria, Spain, Western Sahara, diplomacy
""",
[],
["DZA-ITA C O"])

add("h16-06", "aps.dz", "https://www.aps.dz/en/algeria/president-tebboune-to-pay-state-visit-to-russia", "2023-06-12", """
Algérie Presse Service
President Tebboune to pay state visit to Russia from Tuesday

ALGIERS - President of the Republic, Abdelmadjid Tebboune, will pay a state visit to the Russian Federation from 13 to 15 June at the invitation of his counterpart, Vladimir Putin, the Presidency of the Republic said Monday in a communiqué.

The visit "falls within the framework of strengthening the historic relations of friendship and cooperation between the two countries," the communiqué said, adding that the two Presidents will hold talks at the Kremlin on bilateral relations and regional and international issues of common concern.

A declaration on the deepened strategic partnership between Algeria and Russia is expected to be signed during the visit, which will also take the President of the Republic to Saint Petersburg, where he will attend the International Economic Forum.

The last visit by a Russian head of state to Algeria dates back to March 2006, when President Putin travelled to Algiers.

The visit comes after President Tebboune's state visit to Portugal in May, during which several cooperation agreements were signed.

According to diplomatic sources, the President of the Republic is expected to travel to the People's Republic of China this summer, in response to an invitation from President Xi Jinping, with a date still to be fixed by the two sides.

A state visit to France, initially planned for the beginning of May, was postponed without a new date being set.

APS

Tags: Tebboune, Russia, state visit, Putin
Share: Facebook | X | Email
""",
["DZA-RUS V P", "CHN-DZA V P"],
["DZA-RUS V O", "DZA-PRT V O", "DZA-FRA V P"])

add("h16-07", "spa.gov.sa", "https://www.spa.gov.sa/w1818453", "2022-12-08", """
Saudi Press Agency
TASI 10,439.62 ▼ -0.41% | Nomu 19,311.05 ▲ 0.22% | Brent 76.15
Riyadh | Weather 21°C

Custodian of the Two Holy Mosques Holds Official Reception Ceremony for Chinese President; Crown Prince Holds Talks with Xi

Riyadh, Jumada Al-Awwal 14, 1444, December 08, 2022, SPA -- The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud held an official reception ceremony today at Al-Yamamah Palace for President Xi Jinping of the People's Republic of China, who is on a state visit to the Kingdom.

Upon arrival at the palace, the national anthems of the two countries were played and a contingent of the Royal Guard presented arms. The Custodian of the Two Holy Mosques and the Chinese President then held a session of talks.

His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, later held an official talks session with the Chinese President, during which they reviewed the historic relations between the two friendly countries and prospects of cooperation in energy, investment, industry, technology and culture.

The Crown Prince and President Xi signed the Comprehensive Strategic Partnership Agreement between the Kingdom of Saudi Arabia and the People's Republic of China, and approved the harmonization plan between Saudi Vision 2030 and the Belt and Road Initiative.

They also witnessed the exchange of a number of agreements and memoranda of understanding between the governments of the two countries in the fields of hydrogen energy, judicial assistance, Chinese-language teaching, housing and direct investment.

President Xi arrived in Riyadh on Wednesday evening. He was received at King Khalid International Airport by HRH Prince Faisal bin Bandar bin Abdulaziz, Governor of Riyadh Region; HH Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs; HRH Prince Abdulaziz bin Salman, Minister of Energy; and Yasir bin Othman Al-Rumayyan, Governor of the Public Investment Fund. Aircraft of the Royal Saudi Air Force escorted the Chinese President's plane upon its entry into the Kingdom's airspace.

On Friday, President Xi will take part in the Riyadh Arab-China Summit for Cooperation and Development and in the GCC-China Summit, both to be chaired by the Crown Prince. Leaders of Arab states began arriving in Riyadh to attend the two summits.

On the sidelines of the summits, the Chinese President is scheduled to hold a bilateral meeting with President Abdel Fattah El-Sisi of the Arab Republic of Egypt, according to the Chinese side.

--SPA
21:14 LOCAL TIME 18:14 GMT

Related news
Foreign Minister receives phone call from Turkish counterpart
Minister of Energy: Kingdom remains a reliable supplier of oil to China
Riyadh Region Governor receives Ambassador of Japan

Share this news: Twitter | Facebook | WhatsApp
""",
["CHN-SAU V O", "CHN-EGY M P"],
["CHN-SAU V P", "SAU-TUR C O", "JPN-SAU M O"])

add("h16-08", "spa.gov.sa", "https://www.spa.gov.sa/w1921406", "2023-06-17", """
Saudi Press Agency
Foreign Minister Arrives in Tehran on Official Visit, Meets Iranian President

Tehran, Dhu al-Qadah 28, 1444, June 17, 2023, SPA -- HH Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, arrived in Tehran today on an official visit to the Islamic Republic of Iran.

Upon arrival at Mehrabad Airport, His Highness was received by officials of the Iranian Ministry of Foreign Affairs and by the Kingdom's chargé d'affaires in Tehran.

HH the Foreign Minister held talks with Iranian Foreign Minister Hossein Amir-Abdollahian, during which they reviewed the steps taken to implement the agreement reached by the two countries in Beijing in March, including the reopening of embassies, and discussed regional developments. The two ministers then held a joint press conference.

His Highness was later received by President Ebrahim Raisi, to whom he conveyed the greetings of the Custodian of the Two Holy Mosques and of HRH the Crown Prince and Prime Minister.

Raisi welcomed the Saudi minister and said he had accepted the invitation extended by the Custodian of the Two Holy Mosques to visit the Kingdom. No date was announced for the visit.

The trip is the first by a Saudi foreign minister to Iran since 2006. Iran reopened its embassy in Riyadh earlier this month.

--SPA
19:02 LOCAL TIME 16:02 GMT

Related news
Crown Prince receives phone call from French President
Minister of Commerce heads Kingdom's delegation to trade forum in Singapore
""",
["IRN-SAU V O"],
["IRN-SAU V P", "FRA-SAU C O"])

add("h16-09", "agenciabrasil.ebc.com.br", "https://agenciabrasil.ebc.com.br/en/internacional/noticia/2023-01/biden-calls-lula-invites-him-washington", "2023-01-09", """
Agência Brasil
International
Biden calls Lula and invites Brazilian president to Washington
Published on 09/01/2023 - 19:55 By Agência Brasil - Brasília

US President Joe Biden spoke by phone this Monday (9) with President Luiz Inácio Lula da Silva to condemn the attacks carried out on Sunday on the buildings of the three branches of government in Brasília.

According to the Planalto Palace, Biden conveyed the "unwavering support" of the United States for Brazilian democracy and for the free will of Brazilians expressed in the elections. He invited Lula to visit Washington, and the Brazilian president accepted. The trip is expected to take place in early February, with the date to be set by the two teams.

Edited by: Graça Adjuto

Tags: Lula | Biden | January 8 | democracy
""",
["BRA-USA C O", "BRA-USA V P"],
[])

add("h16-10", "inform.kz", "https://www.inform.kz/en/xi-jinping-arrives-in-astana-on-state-visit", "2024-07-02", """
Kazinform International News Agency
USD 472.88 ▲ | EUR 507.10 ▼ | RUB 5.41 ▼ | CNY 64.95
ҚАЗ | РУС | ENG | 中文

Politics
Xi Jinping arrives in Astana on state visit, holds talks with Tokayev
2 July 2024 17:35
Photo: Akorda press service

ASTANA. KAZINFORM – Chinese President Xi Jinping arrived in Astana on Tuesday on a state visit to Kazakhstan, a Kazinform correspondent reports.

At the Nursultan Nazarbayev International Airport the Chinese leader was personally greeted by President Kassym-Jomart Tokayev. Children in national costumes presented the guest with flowers, and an honour guard lined the red carpet.

Later in the day the two heads of state held talks in narrow and extended formats at the Akorda presidential residence. The sides discussed trade, which reached 41 billion dollars last year, transport and logistics, agriculture, energy and the development of new routes along the Trans-Caspian International Transport Route.

Following the talks, the leaders adopted a joint statement and witnessed the exchange of more than 30 documents, among them agreements on cooperation in the field of renewable energy, the construction of new cross-border railways and the mutual establishment of cultural centres. Tokayev and Xi also took part via video link in the launch of a new container service on the China–Europe route.

"China is a reliable friend and strategic partner of Kazakhstan," Tokayev said, noting that the current visit is the Chinese leader's third to the country in the past two years. Xi described bilateral ties as "a model of good-neighbourliness" and said Beijing supported Kazakhstan's efforts to become a regional transport hub.

In the evening, Tokayev awarded the Chinese President the Order of Altyn Kyran, the country's highest state award.

SCO summit

On July 3–4, Xi Jinping will take part in the meeting of the Council of Heads of State of the Shanghai Cooperation Organisation in Astana, which Kazakhstan is hosting as chair of the organisation. Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan and Pakistani Prime Minister Shehbaz Sharif are among the leaders expected in the Kazakh capital, along with UN Secretary-General Antonio Guterres.

According to Kremlin aide Yuri Ushakov, Putin and Xi are scheduled to hold a bilateral meeting on the sidelines of the summit on Wednesday.

From Astana, the Chinese President will travel to Dushanbe, where he is to pay a state visit to Tajikistan from July 4 to 6, the Chinese Foreign Ministry announced earlier.

Author: Aigerim Sultanbekova

Read also
Tokayev and Aliyev discuss SCO agenda by phone
Kazakhstan's wheat exports to China up 60%
Astana tightens traffic measures for summit week

Tags: #Tokayev #XiJinping #SCO2024 #Kazakhstan_China
Follow Kazinform on Telegram and Instagram
When using materials from the site, a hyperlink to Kazinform is required.
""",
["CHN-KAZ V O", "CHN-RUS M P", "CHN-TJK V P"],
["KAZ-RUS V P", "KAZ-TUR V P", "KAZ-PAK V P", "AZE-KAZ C O"])
