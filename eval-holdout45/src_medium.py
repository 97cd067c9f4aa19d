# Medium wire-style stories (1,200-2,000 characters), h45-13 .. h45-26
M = []

M.append(dict(id="h45-13", source="english.news.cn",
url="http://english.news.cn/20250111/4b8e2d6f1a7c4e0b9d3f5a2c6e8b1d47/c.html",
published_at="2025-01-11", body="""Chinese FM holds talks with Nigerian counterpart in Abuja

Source: Xinhua | Editor: huaxia | 2025-01-11 08:21:36

ABUJA, Jan. 10 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf Maitama Tuggar in Abuja on Friday, with both sides pledging to implement the outcomes of last year's Beijing summit of the Forum on China-Africa Cooperation (FOCAC).

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said China and Nigeria are both major developing countries and important members of the Global South, and that China stands ready to work with Nigeria to deepen practical cooperation in infrastructure, energy, agriculture and the digital economy.

He said China welcomed Nigeria becoming a partner country of BRICS and supports Nigeria in playing a bigger role in regional and international affairs.

Tuggar said Nigeria firmly adheres to the one-China principle and is willing to strengthen exchanges at all levels with China. He thanked China for its support for Nigeria's development and security.

The two sides agreed to convene the next session of the intergovernmental committee in Beijing later this year.

Nigeria is the last stop of Wang's first overseas trip of 2025, which has also taken him to Namibia, the Republic of Congo and Chad. It is the 35th consecutive year that a Chinese foreign minister has chosen Africa as the destination of his first overseas visit of the year. Enditem

Photo: Chinese Foreign Minister Wang Yi holds talks with Nigerian Foreign Minister Yusuf Maitama Tuggar in Abuja, Nigeria, Jan. 10, 2025. (Xinhua)

Related: China's foreign trade hits record high in 2024 | China, Chad vow to deepen cooperation

Copyright © 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h45-14", source="reuters.com",
url="https://www.reuters.com/article/us-zimbabwe-politics-mnangagwa-idUSKCN1PE0BH",
published_at="2019-01-20", body="""World News | January 20, 2019 / 11:48 AM

Zimbabwe's Mnangagwa cuts short foreign tour, will skip Davos as crackdown draws criticism

HARARE (Reuters) - Zimbabwean President Emmerson Mnangagwa will return home from Kazakhstan and skip this week's World Economic Forum in Davos, his spokesman said on Sunday, as the government faced mounting criticism over a violent crackdown on protests against a steep rise in fuel prices.

Mnangagwa, who was in the Kazakh capital Astana on Sunday for talks with President Nursultan Nazarbayev, had been due to travel to Switzerland to pitch Zimbabwe to foreign investors. Finance Minister Mthuli Ncube will lead the delegation instead, spokesman George Charamba said on Twitter.

The president left Harare last Sunday, shortly before the protests began. In Moscow on Tuesday he held talks with Russian President Vladimir Putin, who said Russian companies were ready to invest in Zimbabwe's platinum and diamond sectors, and the two governments agreed to press ahead with a long-delayed platinum project at Darwendale. He then travelled to Belarus and Azerbaijan.

Rights groups say at least 12 people have been killed and hundreds arrested since the protests began, and the government has partially shut down the internet.

"The president needs to be at home," Charamba said.

Mnangagwa came to power after the army ousted Robert Mugabe in November 2017 and has promised to revive the economy and break with the repression of the past. Critics say the crackdown shows little has changed.

(Reporting by MacDonald Dzirutwe; Editing by Alison Williams)

Our Standards: The Thomson Reuters Trust Principles.

More from Reuters
Zimbabwe court orders restoration of internet access
South Africa's rand firms ahead of interest rate decision"""))

M.append(dict(id="h45-15", source="aa.com.tr",
url="https://www.aa.com.tr/en/turkiye/turkiye-algeria-sign-15-agreements-during-tebboune-visit/2589311",
published_at="2022-05-16", body="""Türkiye, Algeria sign 15 agreements during Tebboune's state visit

Turkish, Algerian presidents attend High-Level Cooperation Council meeting in Ankara

Burak Dağ | 16.05.2022

ANKARA

Türkiye and Algeria on Monday signed 15 agreements covering areas from energy and media to diplomatic training and small businesses, during a state visit by Algerian President Abdelmadjid Tebboune.

President Recep Tayyip Erdoğan welcomed Tebboune with an official ceremony at the Presidential Complex in the capital Ankara. The two leaders then held a tête-à-tête meeting, followed by talks between the delegations and a meeting of the High-Level Cooperation Council under their chairmanship.

Speaking at a joint news conference, Erdoğan said Algeria was one of Türkiye's most important trading partners in Africa, with bilateral trade exceeding $4 billion last year, and that the two sides aimed to raise it to $10 billion.

"We see Algeria as a friend and a brother country with which we share a common history," Erdoğan said. He added that the next meeting of the council would be held in Algeria.

Tebboune, on his first visit to Türkiye as president, said Algeria welcomed Turkish investment, particularly in the steel, textile and construction sectors. More than 1,300 Turkish companies operate in Algeria.

The Algerian president is also expected to attend a business forum in Istanbul before leaving Türkiye on Wednesday.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related news
Turkish foreign minister meets Swedish, Finnish counterparts in Berlin
Türkiye's exports hit record in April"""))

M.append(dict(id="h45-16", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/408301/Egypt/Foreign-Affairs/Shoukry-delivers-Sisi-message-to-Tshisekedi.aspx",
published_at="2021-04-04", body="""Ahram Online

Egypt | Foreign Affairs

Shoukry delivers Sisi message to Tshisekedi ahead of Kinshasa dam talks

Ahram Online , Sunday 4 Apr 2021

Foreign Minister Sameh Shoukry met on Saturday with President of the Democratic Republic of Congo Felix Tshisekedi in Kinshasa and handed him a written message from President Abdel-Fattah El-Sisi, the foreign ministry said.

The message concerned the Grand Ethiopian Renaissance Dam (GERD) negotiations, which the DR Congo, as current chair of the African Union, is hosting in Kinshasa on Sunday and Monday, ministry spokesman Ahmed Hafez said.

Shoukry stressed Egypt's appreciation of the efforts of the Congolese president and reiterated Cairo's position that a legally binding agreement on the filling and operation of the dam must be reached before the rainy season.

Later on Saturday, Shoukry met his Sudanese counterpart Mariam Al-Sadiq Al-Mahdi in Kinshasa to coordinate the two countries' positions ahead of the talks. Egypt and Sudan have called for an international quartet, including the UN, the EU and the US alongside the AU, to mediate in the dispute, a proposal Ethiopia has rejected.

Egypt's Irrigation Minister Mohamed Abdel-Aty is also part of the delegation.

Ethiopian Foreign Minister Demeke Mekonnen arrived in the Congolese capital on Saturday to take part in the meetings.

Ethiopia plans to go ahead with the second filling of the dam's reservoir in July, with or without a deal.

Short link:

Search Keywords: Sameh Shoukry | GERD | DR Congo | Felix Tshisekedi

More in Egypt
Sisi inaugurates new projects in Upper Egypt
Egypt's Suez Canal resumes traffic after Ever Given freed

Follow us on: Facebook | Twitter"""))

M.append(dict(id="h45-17", source="wam.ae",
url="https://www.wam.ae/en/article/b4k2x9m-uae-kenya-sign-comprehensive-economic-partnership",
published_at="2025-01-14", body="""WAM | Emirates News Agency

UAE President, Kenyan President witness signing of UAE-Kenya Comprehensive Economic Partnership Agreement

ABU DHABI, 14th January, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and President William Ruto of the Republic of Kenya today witnessed the signing of a Comprehensive Economic Partnership Agreement (CEPA) between the UAE and Kenya.

The agreement was signed at Qasr Al Watan in Abu Dhabi by Dr. Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, and Lee Kinyanjui, Cabinet Secretary for Investments, Trade and Industry of Kenya. It aims to remove or reduce tariffs, lower barriers to trade and open new investment opportunities in logistics, agriculture, renewable energy and mining.

President Ruto is in the UAE to take part in Abu Dhabi Sustainability Week.

His Highness and the Kenyan President also discussed ways to develop cooperation between the two countries in support of their shared development goals.

UAE President receives phone call from Egyptian President

ABU DHABI, 14th January, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call today from President Abdel Fattah El-Sisi of the Arab Republic of Egypt.

During the call, the two leaders discussed fraternal relations and regional developments, in particular efforts to reach a ceasefire in the Gaza Strip and to ensure the flow of humanitarian aid.

WAM/Hatem Mohamed

Other news
UAE President receives Iraqi Prime Minister's envoy
Abdullah bin Zayed receives credentials of new ambassadors

Follow WAM on: X | Instagram | Facebook | LinkedIn"""))

M.append(dict(id="h45-18", source="nation.africa",
url="https://nation.africa/kenya/news/kishida-ruto-hold-talks-at-state-house-4219866",
published_at="2023-05-04", body="""Daily Nation | Subscribe | Log in

News

Kishida, Ruto agree on Mombasa port, geothermal deals as Japanese PM heads to Mozambique

Thursday, May 04, 2023
By Nation Reporter

Japanese Prime Minister Fumio Kishida and President William Ruto on Wednesday agreed to deepen cooperation in infrastructure, green energy and maritime security after talks at State House, Nairobi.

Mr Kishida, who arrived in Nairobi on Wednesday morning on the third leg of a four-nation Africa tour, said Japan would extend a loan for the Mombasa special economic zone and support geothermal development at Olkaria. The two governments exchanged notes on a loan of about Sh24 billion.

"Kenya is a gateway to East Africa and a strategic partner for Japan," Mr Kishida said at a joint press briefing.

President Ruto said the two leaders had also discussed food security and the situation in Sudan, where Japan and Kenya have both evacuated their nationals. He invited Japanese investors to take advantage of Kenya's renewable energy.

The Japanese leader flies to Maputo on Thursday, where he is scheduled to hold talks with Mozambican President Filipe Nyusi. Earlier in the week he was in Egypt and Ghana.

Mr Kishida also invited Dr Ruto to the ninth Tokyo International Conference on African Development, to be held in Yokohama in 2025.

Japan, which will host the G7 summit in Hiroshima this month, has said it wants to bring the concerns of the Global South to the table.

Also read: Ruto receives credentials from 10 envoys at State House

Topics: Fumio Kishida | William Ruto | Japan

Share this story: WhatsApp | Facebook | X | Email"""))

M.append(dict(id="h45-19", source="znbc.co.zm",
url="https://www.znbc.co.zm/news/hh-xi-elevate-zambia-china-relations/",
published_at="2023-09-15", body="""ZNBC | Zambia National Broadcasting Corporation

Home | News | Business | Sports | TV1 Live

HH, Xi elevate Zambia-China relations

September 15, 2023 | ZNBC News

President Hakainde Hichilema and his Chinese counterpart Xi Jinping have agreed to raise relations between Zambia and China to a comprehensive strategic cooperative partnership.

The two leaders made the announcement after holding talks at the Great Hall of the People in Beijing this afternoon, on the second day of President Hichilema's state visit to China.

President Hichilema and President Xi later witnessed the signing of 12 agreements and memoranda of understanding in areas including agriculture, mining, the digital economy, green development and aviation.

President Hichilema thanked China for its role in Zambia's debt restructuring, noting that the agreement reached with official creditors in June had given the country room to invest in its people.

President Xi said China is willing to work with Zambia to revitalise the Tanzania-Zambia Railway, a symbol of friendship between the two countries, and to expand imports of Zambian agricultural products.

The President is scheduled to meet Premier Li Qiang tomorrow before travelling to Shenzhen, where he will tour technology companies.

Foreign Affairs Minister Stanley Kakubo, Commerce Minister Chipoka Mulenga and Mines Minister Paul Kabuswe are part of the delegation.

Share: Facebook | X | WhatsApp

RELATED NEWS
HH departs for New York for UN General Assembly
Kwacha weakens against the dollar
Chipolopolo squad named for friendlies

© 2023 ZNBC. All Rights Reserved."""))

M.append(dict(id="h45-20", source="mid.ru",
url="https://mid.ru/en/foreign_policy/news/1852219/",
published_at="2023-02-07", body="""The Ministry of Foreign Affairs of the Russian Federation

Press release on Foreign Minister Sergey Lavrov's talks with Minister of Foreign Affairs and International Cooperation of the Republic of Mali Abdoulaye Diop

7 February 2023 16:05

On February 7, Foreign Minister Sergey Lavrov, who is in Bamako on an official visit, held talks with Minister of Foreign Affairs and International Cooperation of the Republic of Mali Abdoulaye Diop.

The ministers discussed the state and prospects of Russian-Malian relations, which are traditionally friendly. They reaffirmed their mutual interest in further developing political dialogue and strengthening cooperation in trade, economy, energy, education and the military-technical sphere.

Sergey Lavrov and Abdoulaye Diop exchanged views on the situation in the Sahara-Sahel region and on efforts to combat terrorism. The Russian side confirmed its readiness to continue helping to strengthen the combat capability of the Malian armed forces.

The same day, Sergey Lavrov was received by President of the Transition of the Republic of Mali Assimi Goita.

Preparations for the second Russia–Africa summit, to be held in St Petersburg in July 2023, were discussed.

The Minister will continue his tour with visits to the Islamic Republic of Mauritania and the Republic of the Sudan.

Other news
Foreign Minister Sergey Lavrov's telephone conversation with Foreign Minister of the Republic of Türkiye Mevlut Cavusoglu
Comment by the Information and Press Department on developments in Moldova

Print version | Share"""))

M.append(dict(id="h45-21", source="apnews.com",
url="https://apnews.com/article/russia-ukraine-france-africa-lavrov-macron-tours-7d5a1c",
published_at="2022-07-26", body="""AP | Africa

Lavrov, Macron on rival tours as Africa feels war's pinch

By AP staff | July 26, 2022

KAMPALA, Uganda (AP) — Russia's top diplomat and France's president crisscrossed Africa on Tuesday on competing tours, each seeking to win over a continent hit hard by rising food and fuel prices blamed on the war in Ukraine.

Russian Foreign Minister Sergey Lavrov met Ugandan President Yoweri Museveni at State House in Entebbe, where the Ugandan leader said he saw no reason to turn against a country that had "never harmed" Africa. Lavrov, who arrived in Uganda on Monday night from the Republic of Congo, insisted Russia was not responsible for the global food crisis. He began his trip in Egypt and goes on to Ethiopia on Wednesday.

Hours earlier, French President Emmanuel Macron met Cameroon's President Paul Biya in Yaounde on the first stop of his own tour and accused Russia of using food as a weapon. Macron is due to travel to Benin on Wednesday and to Guinea-Bissau on Thursday.

The U.S. ambassador to the United Nations, Linda Thomas-Greenfield, will visit Ghana, Uganda and Cape Verde next week, the State Department said.

Many African countries abstained in U.N. votes condemning Russia's invasion. Analysts say the tours show Africa has become a stage for a wider contest.

"African governments are being courted from all sides," said a researcher in Nairobi. "They will take what serves them."

Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

RELATED
Grain ships prepare to leave Ukraine ports under deal
Kenya election: Odinga, Ruto in final push"""))

M.append(dict(id="h45-22", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_3021844",
published_at="2023-04-15", body="""Ethiopian News Agency

Home | Politics | Economy | Social | Sport

PM Abiy, Italian PM Meloni hold talks in Addis Ababa

Addis Ababa, April 14/2023 (ENA) Prime Minister Abiy Ahmed and Italian Prime Minister Giorgia Meloni held talks on bilateral, regional and international issues in Addis Ababa today.

Prime Minister Meloni, who arrived this morning at Bole International Airport on a two-day working visit, was welcomed by Deputy Prime Minister and Foreign Minister Demeke Mekonnen.

During the discussion, the two leaders focused on strengthening economic cooperation, investment, development projects and the implementation of the Pretoria peace agreement in northern Ethiopia.

Meloni said Italy will support Ethiopia's reconstruction efforts and the peace process, and expressed her country's interest in expanding investment in agriculture, energy and infrastructure.

Prime Minister Abiy said Ethiopia and Italy enjoy long-standing relations and welcomed Italy's readiness to work with Ethiopia on its development priorities.

On Saturday, Meloni, Abiy and Somali President Hassan Sheikh Mohamud are expected to hold a trilateral meeting on regional security and the fight against Al-Shabaab, sources said.

Meloni is the first head of a Western European government to visit Ethiopia since the signing of the peace agreement in November.

Related news
Ethiopia, Kenya sign agreements on cross-border trade
Ethiopian Airlines receives new Boeing 787

Share: Facebook | Twitter | Telegram"""))

M.append(dict(id="h45-23", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36453/Visit_of_External_Affairs_Minister_to_Uganda_and_Mozambique",
published_at="2023-04-09", body="""Ministry of External Affairs | Government of India

Media Center | Press Releases

Visit of External Affairs Minister to Uganda and Mozambique (April 10-15, 2023)

April 09, 2023

External Affairs Minister Dr. S. Jaishankar will pay an official visit to Uganda and Mozambique from 10 to 15 April 2023.

During his visit to Uganda from 10-13 April, EAM will call on President Yoweri Kaguta Museveni and hold discussions with Foreign Minister Gen. Jeje Odongo. He will also inaugurate new infrastructure, interact with the Indian community and visit Jinja, where the campus of the National Forensic Sciences University is being set up.

In the second leg of his visit, from 13-15 April, EAM will be in Maputo, Mozambique. This will be the first visit of an External Affairs Minister of India to Mozambique. EAM will call on President Filipe Jacinto Nyusi and hold talks with Foreign Minister Verónica Macamo on bilateral cooperation in areas including defence, energy, agriculture and capacity building.

India enjoys warm and friendly relations with both Uganda and Mozambique. The visit is expected to further strengthen India's engagement with Africa.

New Delhi
April 09, 2023

Print | Email | Share

Useful links: RTI | Passport Seva | Visa | Consular Services

Copyright © 2023 Ministry of External Affairs, Government of India"""))

M.append(dict(id="h45-24", source="barrons.com",
url="https://www.barrons.com/news/senegal-s-faye-meets-macron-in-paris-on-first-western-trip-a1b2c3d4",
published_at="2024-06-20", body="""Barron's | AFP

Senegal's Faye Meets Macron In Paris On First Western Trip

By AFP - Agence France Presse
June 20, 2024 | 12:42 PM EDT

Senegal's new President Bassirou Diomaye Faye met French President Emmanuel Macron at the Elysee Palace on Thursday, on his first trip to a Western country since his election on a pledge to redefine ties with the former colonial power.

The two leaders spoke for about an hour before a working lunch, the Elysee said, adding that they had discussed economic cooperation, security in the Sahel and "a renewed partnership".

Faye, 44, who was sworn in in April, is in Paris for a forum on vaccine production in Africa co-hosted by France, the African Union and the vaccine alliance Gavi.

His prime minister Ousmane Sonko has called for the closure of French military bases in Senegal, where about 350 French troops are stationed.

Since taking office, Faye has visited neighbouring Mauritania and Gambia as well as Mali and Burkina Faso, whose military rulers have cut defence ties with France.

"The meeting went well," a Senegalese official told AFP, without elaborating.

Macron has sought to reset France's relations with Africa after a series of coups in former French colonies in West Africa saw its troops forced out of Mali, Burkina Faso and Niger.

burs-sva/jj

© 2024 AFP

Most Popular
Stocks Rise as Nvidia Extends Rally
Oil Steady Ahead of Inventory Data"""))

M.append(dict(id="h45-25", source="hiiraan.com",
url="https://www.hiiraan.com/news4/2024/Feb/195021/somalia_turkey_sign_defence_and_economic_cooperation_agreement.aspx",
published_at="2024-02-09", body="""Hiiraan Online

Somalia, Turkey sign defence and economic cooperation agreement in Ankara

Friday February 9, 2024

Mogadishu (HOL) - Somalia and Turkey have signed a ten-year defence and economic cooperation framework agreement under which Ankara will help Somalia protect its territorial waters and rebuild its navy, officials said.

The agreement was signed in Ankara on Thursday by Somalia's Defence Minister Abdulkadir Mohamed Nur and his Turkish counterpart Yaşar Güler.

Under the deal, Turkey will train and equip the Somali navy and help combat illegal fishing, piracy and other threats in Somali waters for a decade. Officials said the deal would be presented to the cabinet and parliament for approval in the coming weeks.

The agreement comes weeks after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland that would give Addis Ababa access to the sea. Mogadishu has rejected the deal as illegal.

Since then President Hassan Sheikh Mohamud has travelled to Eritrea and Egypt to rally support against the Ethiopian move.

The president is expected to attend the African Union summit in Addis Ababa later this month.

Turkey has been one of Somalia's closest partners since 2011 and operates its largest overseas military base in Mogadishu.

Related Stories
Somali forces retake villages from al-Shabaab in Hiiraan region
Puntland holds regional elections

Hiiraan Online © 2024. All rights reserved."""))

M.append(dict(id="h45-26", source="thehindu.com",
url="https://www.thehindu.com/news/national/india-kenya-sign-agreements-modi-ruto-talks/article67606201.ece",
published_at="2023-12-05", body="""The Hindu | e-Paper | Subscribe

News | National

India, Kenya agree to deepen defence ties; Modi announces $250 million credit line for agriculture

PTI | NEW DELHI, December 05, 2023 21:10 IST

Prime Minister Narendra Modi and visiting Kenyan President William Ruto on Tuesday agreed to expand cooperation in defence and maritime security as the two sides signed five agreements after talks at Hyderabad House.

Mr. Modi announced a line of credit of $250 million to help modernise Kenya's agriculture sector. The agreements cover cooperation in the maritime sector, sports, education, digital solutions and the sharing of successful digital public infrastructure.

"India and Kenya have decided to strengthen cooperation in defence and security, particularly in the Indian Ocean," Mr. Modi said in his media statement.

Dr. Ruto, who arrived in New Delhi on Monday on a three-day state visit, his first to India as president, was accorded a ceremonial welcome at Rashtrapati Bhavan. He also called on President Droupadi Murmu.

Kenya's Defence Cabinet Secretary Aden Duale held separate talks with Defence Minister Rajnath Singh.

Dr. Ruto came to New Delhi from Dubai, where he attended the COP28 climate conference. Mr. Modi accepted an invitation to visit Kenya, officials said.

Published - December 05, 2023 09:10 pm IST

Related Topics: India-Kenya | Narendra Modi | William Ruto

Read more: Modi, Hasina review bilateral ties by video link

Comments | Share"""))
