# Long pages (2,500-4,500 characters), h45-01 .. h45-12
A = []

A.append(dict(id="h45-01", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/ramaphosa-xi-elevate-ties-as-state-visit-to-china-gets-under-way/",
published_at="2024-09-02", body="""Skip to content
SABC News | Live TV | Radio | Watch: Morning Live

JSE ALSI 84,112 ▲ +0.6% | USD/ZAR 17.84 ▼ -0.3% | Brent $76.93 ▲ +0.4%

We use cookies to improve your experience on our site. By continuing you accept our cookie policy. [Accept]

Ramaphosa, Xi elevate ties as state visit to China gets under way

Politics | 02 September 2024, 19:35 | Thabo Mokoena in Beijing

President Cyril Ramaphosa and Chinese President Xi Jinping have agreed to lift relations between Pretoria and Beijing to what the two sides describe as an "all-round strategic cooperative partnership for a new era", following formal talks at the Great Hall of the People on Monday.

Ramaphosa landed at Beijing Capital International Airport on Sunday afternoon for the state visit, which comes just before this week's Forum on China-Africa Cooperation (FOCAC) summit. He was met on arrival by senior Chinese officials and by South Africa's ambassador to China, Siyabonga Cwele.

Xi welcomed his guest with a ceremony and a 21-gun salute outside the Great Hall before the leaders went into restricted and then expanded sessions that ran for more than two hours. Afterwards the two presidents watched as ministers put pen to paper on a set of agreements, among them memorandums on new energy, critical minerals, the export of South African agricultural products and co-operation between the two countries' development finance institutions.

In his remarks, Ramaphosa again raised the imbalance in trade between the two countries, which sees South Africa ship mostly raw materials to China while importing finished goods. "We would like to see a relationship where more of what we sell to China carries South African value," he said, adding that he had asked for Chinese companies to set up more manufacturing plants at home.

International Relations Minister Ronald Lamola, who is part of the delegation, told SABC News the visit was the first test of the government of national unity's foreign policy. "Our relationship with China is not in competition with any other relationship we have," Lamola said.

On Tuesday the president is expected to hold talks with Premier Li Qiang and address a business forum attended by executives from both countries.

The FOCAC summit runs from Wednesday to Friday, with more than 50 African heads of state and government expected in the Chinese capital. The Presidency said Ramaphosa would hold a bilateral meeting with Kenyan President William Ruto on the sidelines on Wednesday, with trade under the African Continental Free Trade Area top of the agenda. A meeting with Nigeria's Bola Tinubu was also being explored, officials said, but had not been confirmed by Monday evening.

Xi last came to South Africa in August 2023, when he stayed on for a state visit after the BRICS summit in Johannesburg. Ramaphosa on Monday renewed an invitation for the Chinese leader to attend the G20 leaders' summit that South Africa will host in November next year.

The DA, which joined the governing coalition in June, said it would watch closely whether the new agreements delivered jobs. "Signing ceremonies are easy. Factories are hard," the party's spokesperson on trade said.

Related Stories
Ramaphosa, Putin discuss BRICS expansion in phone call
Eskom: No load shedding for 160 consecutive days
Bafana Bafana squad named for AFCON qualifiers

Tags: Cyril Ramaphosa | China | FOCAC | Xi Jinping | Ronald Lamola

Share: Facebook | X | WhatsApp | Email

Download the SABC News app for the latest news on the go.
© 2024 SABC News. All rights reserved."""))

A.append(dict(id="h45-02", source="monitor.co.ug",
url="https://www.monitor.co.ug/uganda/news/national/museveni-putin-hold-talks-in-st-petersburg-4318220",
published_at="2023-07-28", body="""Daily Monitor | Uganda's leading independent newspaper

Subscribe for unlimited access to premium stories. Log in | Subscribe

News | National

Museveni, Putin hold talks in St Petersburg as Russia courts Africa

Friday, July 28, 2023 — updated 6:40 AM
By Monitor Reporter

President Museveni on Thursday held talks with Russian President Vladimir Putin in St Petersburg, on the sidelines of the second Russia-Africa summit, and told his host that Uganda would not be pushed into taking sides in the war in Ukraine.

Mr Museveni, who flew into the city on Wednesday evening accompanied by the First Lady and Education Minister, Ms Janet Museveni, met Mr Putin at the Constantine Palace, where the two leaders discussed trade, fertiliser supplies, the planned cooperation on peaceful nuclear energy and the training of Ugandan military officers in Russia.

"We do not want to be told who our friends are," Mr Museveni is reported to have said at the start of the meeting, according to a statement from State House. Mr Putin in turn thanked Uganda for what he called its "balanced position" at the United Nations.

The President's delegation includes the Minister of Foreign Affairs, Gen Jeje Odongo, and the State Minister for Regional Cooperation, Mr John Mulimba.

Mr Putin, who opened the summit at the Expoforum on Thursday afternoon, told the gathering that Russia would ship between 25,000 and 50,000 tonnes of grain free of charge to Burkina Faso, Zimbabwe, Mali, Somalia, the Central African Republic and Eritrea in the coming three to four months. The offer came a week after Moscow pulled out of the Black Sea grain deal, a move several African leaders criticised publicly.

On Wednesday, Mr Putin held separate meetings with Egyptian President Abdel Fattah el-Sisi and Ethiopian Prime Minister Abiy Ahmed, the Kremlin said, with Egypt's wheat imports and the Grand Ethiopian Renaissance Dam among the topics.

Attendance was well below that of the first summit in Sochi in 2019. The Kremlin said 49 countries were represented but only 17 sent heads of state, which Moscow blamed on Western pressure.

The summit has also drawn attention for the appearance in St Petersburg of Yevgeny Prigozhin, the head of the Wagner mercenary group, who led a short-lived mutiny last month. A photograph circulated on Thursday showed him shaking hands with an official from the Central African Republic's delegation at a hotel near the venue.

The gathering comes a month after a group of African leaders, led by South Africa's Cyril Ramaphosa, travelled to Kyiv and then to St Petersburg, where they presented Mr Putin with a ten-point peace plan.

Mr Museveni is expected back in Kampala on Saturday.

Also Read
Museveni hosts Kenya's Ruto at State House Entebbe
Parliament passes Shs52 trillion budget
Cranes squad named for AFCON qualifier

Topics: Russia | Museveni | Vladimir Putin | Russia-Africa summit

Share this story: WhatsApp | Facebook | X | LinkedIn

Comments (14)
You must be logged in to comment."""))

A.append(dict(id="h45-03", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2019/08/30/national/politics-diplomacy/abe-african-leaders-ticad/",
published_at="2019-08-30", body="""The Japan Times

Subscribe | Newsletter sign-up | Log in

NIKKEI 20,704.37 ▲ +243.44 | USD/JPY 106.52 | TOPIX 1,511.86 ▲

NATIONAL / POLITICS & DIPLOMACY

Abe works through marathon of one-on-one talks as TICAD closes in Yokohama

BY KENJI OKADA, STAFF WRITER
Aug 30, 2019

YOKOHAMA – Prime Minister Shinzo Abe closed the seventh Tokyo International Conference on African Development on Friday after three days in which he held separate talks with the leaders or senior representatives of more than 40 African countries, a pace of diplomacy officials said was unprecedented for a Japanese leader.

Abe told the closing session that he expected Japanese private-sector investment in Africa to exceed $20 billion over the next three years, and promised to train 3,000 people in maritime security and other fields.

On Thursday, he met Kenyan President Uhuru Kenyatta and discussed the expansion of Mombasa port and a planned special economic zone nearby, according to the Foreign Ministry. Abe told Kenyatta that he hoped to visit Kenya "at an early date," a spokesman said.

A day earlier Abe held his first talks with Congolese President Felix Tshisekedi, who took office in January, and offered support for the country's fight against Ebola. He also sat down with Egyptian President Abdel Fattah el-Sisi, whose country holds the African Union chair this year and co-hosted the conference. The two discussed Libya and the Grand Egyptian Museum, which Japan is helping to finance.

South African President Cyril Ramaphosa met Abe on Wednesday afternoon. The leaders agreed to strengthen cooperation on infrastructure and the automotive sector, in which several Japanese carmakers have plants in South Africa.

Foreign Minister Taro Kono, meanwhile, held a string of talks with his counterparts on the margins, among them Nigeria's Geoffrey Onyeama, with whom he discussed security in the Lake Chad region.

The conference, held every three years, has long been Japan's main tool for engaging with a continent where China's footprint has grown rapidly. At last year's Forum on China-Africa Cooperation in Beijing, President Xi Jinping pledged $60 billion in financing. Japanese officials were at pains this week to stress the "quality" of their infrastructure and to warn, without naming China, against loans that leave countries with unsustainable debt.

"We are not trying to compete on numbers," a senior government official said. "We are competing on what lasts."

African Union Commission Chairperson Moussa Faki Mahamat also held talks with Abe, the ministry said.

The next conference is due to be held in Africa in 2022.

Abe will fly to Vladivostok next week for the Eastern Economic Forum.

RELATED STORIES
Abe and Trump agree on trade deal in principle at G7 in Biarritz
Seoul's removal from trade whitelist takes effect
Yokohama residents divided over casino plan

KEYWORDS: Shinzo Abe, Africa, TICAD, Kenya, Taro Kono

Share: Facebook | Twitter | LinkedIn | Email

SUPPORT QUALITY JOURNALISM. Subscribe to The Japan Times today.
© The Japan Times, Ltd. All rights reserved."""))

A.append(dict(id="h45-04", source="thecitizen.co.tz",
url="https://www.thecitizen.co.tz/tanzania/news/national/samia-yoon-sign-deals-as-korea-pledges-2-5bn-4646412",
published_at="2024-06-04", body="""The Citizen | ePaper | Subscribe

USD/TZS 2,612.40 | DSE All Share 1,953.21 ▲ | Gold $2,338 ▼

News | National

Samia, Yoon sign deals as Korea pledges $2.5bn in soft loans

Tuesday, June 04, 2024
By Citizen Reporter

Seoul. President Samia Suluhu Hassan and South Korean President Yoon Suk Yeol on Saturday witnessed the signing of agreements under which Korea will extend up to $2.5 billion in concessional loans to Tanzania between 2024 and 2028, as the two countries opened a new chapter in relations.

The leaders held talks at the presidential office in Yongsan before the signing of a framework arrangement on loans from Korea's Economic Development Cooperation Fund (EDCF), a memorandum of understanding on critical minerals and an agreement on cooperation in the blue economy and fisheries.

President Samia arrived in Seoul on Friday for a six-day official visit, the first by a Tanzanian head of state in 18 years. It is timed to coincide with the first Korea-Africa summit, which opens here today with 48 African countries taking part.

Speaking after the talks, President Samia said Tanzania wanted Korean investment in processing its minerals, including graphite and nickel, at home rather than exporting them raw. "We have the resources. What we want is the technology and the skills," she said.

Mr Yoon said Korea regarded Tanzania as "a key partner in East Africa" and offered to share its experience in industrialisation and digital government.

On Sunday, President Samia met Prime Minister Han Duck-soo and later held discussions with executives from Samsung, Hyundai and Korea Electric Power Corporation.

Foreign Affairs and East African Cooperation Minister January Makamba told reporters that Prime Minister Han had accepted an invitation to visit Tanzania "at a date to be agreed through diplomatic channels."

Yoon's schedule has been packed ahead of the summit. On Monday he held separate talks with Ghana's President Nana Akufo-Addo and with Mauritania's President Mohamed Ould Ghazouani, who chairs the African Union this year and co-chairs the summit, according to Yonhap.

Seoul, which has lagged behind China, Japan and Turkey in its engagement with the continent, is seeking secure supplies of critical minerals for its battery and semiconductor industries. Analysts say the summit is as much about Korea's economic security as it is about development.

The summit is expected to end on Wednesday with a joint declaration. President Samia is scheduled to return home on Thursday.

ALSO READ
Samia, Ruto hold talks in Dar on trade barriers
Bank of Tanzania holds central bank rate at 6 percent
Taifa Stars camp in Dar ahead of World Cup qualifiers

TAGS: Samia Suluhu Hassan | South Korea | Korea-Africa summit | Diplomacy

Share: Facebook | X | WhatsApp | Email

Get The Citizen app | Sign up for our newsletters
© 2024 Mwananchi Communications Ltd."""))

A.append(dict(id="h45-05", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/490112-buhari-erdogan-sign-agreements-in-abuja.html",
published_at="2021-10-20", body="""PREMIUM TIMES

Support PREMIUM TIMES' journalism of integrity and credibility. Good journalism costs money. Make a donation today.

Headlines

Buhari, Erdoğan sign agreements as Turkish leader ends three-nation tour in Abuja

October 20, 2021 | 5 min read
By Nasiru Adamu

President Muhammadu Buhari on Wednesday received his Turkish counterpart, Recep Tayyip Erdoğan, at the Presidential Villa in Abuja, where the two leaders held closed-door talks and watched their ministers sign a series of memoranda of understanding.

The agreements cover defence industry cooperation, energy, hydrocarbons, mining and media, according to a statement by the president's spokesman, Femi Adesina.

Mr Erdoğan arrived in Abuja late on Tuesday from Lomé, Togo, and was received at the Nnamdi Azikiwe International Airport by the Minister of Foreign Affairs, Geoffrey Onyeama, and the FCT Minister, Muhammad Bello.

At a joint news conference, the Turkish leader said trade between the two countries stood at about $2 billion a year and should grow to $5 billion. He offered Turkish help in the fight against Boko Haram and other armed groups, saying Ankara was "ready to share its experience" in counter-terrorism and defence equipment.

Mr Buhari thanked Turkey for its support and said Nigeria welcomed more Turkish investment in construction, agriculture and manufacturing.

Abuja is the last stop on a tour that began on Sunday in Luanda, where Mr Erdoğan held talks with Angolan President João Lourenço, witnessed the signing of agreements and became the first Turkish leader to address Angola's National Assembly. On Tuesday he was in Lomé, where he and President Faure Gnassingbé discussed security in the Gulf of Guinea and agreed to expand trade.

Turkey has opened embassies in more than 40 African countries since 2009 and its national carrier flies to over 60 destinations on the continent. Analysts say Ankara is also competing for defence sales, with its armed drones attracting growing interest from African governments.

Mr Erdoğan is scheduled to address a Nigeria-Turkey business forum on Thursday morning before returning to Ankara.

The Turkish president's wife, Emine Erdoğan, was received separately by Aisha Buhari at the Villa.

Turkey will host the third Turkey-Africa Partnership Summit in Istanbul on December 17 and 18. Mr Buhari is expected to be among the heads of state attending, officials said.

ALSO READ: Buhari to attend Saudi investment summit in Riyadh next week

Most Read
1. ASUU: FG, lecturers meet again on Monday
2. Naira falls to new low at parallel market
3. Anambra election: INEC distributes sensitive materials

Tags: Buhari, Erdoğan, Nigeria-Turkey, Presidential Villa

Share this: Twitter | Facebook | WhatsApp | Telegram

Got a news tip? Email us at info@premiumtimesng.com
© 2021 Premium Times Services Limited. All rights reserved."""))

A.append(dict(id="h45-06", source="aljazeera.com",
url="https://www.aljazeera.com/news/2025/3/19/tshisekedi-and-kagame-meet-in-qatar-call-for-ceasefire-in-eastern-drc",
published_at="2025-03-19", body="""Al Jazeera | Live | News | Middle East | Africa | Features | Economy

We and our partners use cookies to personalise content. Manage preferences | Accept all

News | Democratic Republic of the Congo

Tshisekedi and Kagame meet in Qatar, call for immediate ceasefire in eastern DR Congo

The surprise meeting in Doha, hosted by Qatar's emir, is the first direct encounter between the two leaders since M23 fighters seized Goma and Bukavu.

Published On 19 Mar 2025 | 212 comments

Save | Share: Facebook | X | WhatsApp | Email

Democratic Republic of the Congo President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha on Tuesday evening and called for an "immediate and unconditional ceasefire" in eastern DRC, according to a joint statement released by Qatar's Ministry of Foreign Affairs.

The talks, which had not been announced in advance, were hosted by Emir Sheikh Tamim bin Hamad Al Thani, who first received each leader separately before bringing them together. The statement said the two presidents had "reaffirmed the commitment of all parties" to a ceasefire and agreed on the need to continue discussions to lay "solid foundations for durable peace".

It gave no details of how a truce would be monitored or whether it would apply to the M23 rebel group, which Kinshasa, the United Nations and Western governments say is backed by Rwanda. Kigali denies arming the rebels but says its forces are acting in self-defence.

The meeting came hours after M23 said it was pulling out of direct talks with the Congolese government that Angola had been due to host in Luanda on Tuesday. The group blamed sanctions that the European Union imposed on Monday on several of its commanders and on Rwandan military and mining officials. A government delegation from Kinshasa had been expected in the Angolan capital.

Tshisekedi and Kagame had also been due to meet in Luanda in December under Angolan mediation, but that summit was called off at the last minute after Rwanda refused to sign.

Qatari officials said the emir had spoken by phone with both leaders in recent weeks to prepare the ground.

"This is a symbolic breakthrough, but the fighting on the ground is what matters," said a Nairobi-based analyst with the International Crisis Group. "M23 was not in the room."

The fighting has killed thousands since January, according to the UN, and forced hundreds of thousands more from their homes. The rebels now control the two largest cities in the east and have set up their own administrations.

In a separate development on Monday, Rwanda cut diplomatic ties with Belgium, accusing the former colonial power of siding with Kinshasa, and gave Belgian diplomats 48 hours to leave.

Source: Al Jazeera and news agencies

Recommended
Rubio speaks to Kagame, urges end to fighting in eastern Congo
Explainer: Who are the M23 rebels?
EU sanctions Rwandan officials over DRC conflict

Sign up for Al Jazeera's Africa newsletter. By signing up, you agree to our Privacy Policy.

Follow Al Jazeera English: Facebook | X | YouTube | Instagram
© 2025 Al Jazeera Media Network"""))

A.append(dict(id="h45-07", source="graphic.com.gh",
url="https://www.graphic.com.gh/news/politics/modi-mahama-elevate-ties-to-comprehensive-partnership.html",
published_at="2025-07-03", body="""Graphic Online | Daily Graphic | Mirror | Business & Financial Times

Download the Graphic NewsPlus app for more stories

USD/GHS 10.35 | GSE-CI 6,212.48 ▲ 0.21% | Cocoa $8,016 ▼ | Gold $3,341 ▲

Politics

Modi, Mahama elevate ties to comprehensive partnership; four agreements signed

Jul - 03 - 2025, 06:12
Author: Kweku Asante

Prime Minister Narendra Modi of India and President John Dramani Mahama on Wednesday raised relations between the two countries to a "comprehensive partnership" after talks at the Jubilee House in Accra.

It is the first bilateral visit to Ghana by an Indian Prime Minister in three decades.

Mr Modi arrived at the Kotoka International Airport on Wednesday afternoon, where President Mahama welcomed him with a guard of honour and a 21-gun salute. Schoolchildren and members of the Indian community lined the route to the city centre.

After the talks, the two leaders witnessed the exchange of four memoranda of understanding covering a cultural exchange programme, cooperation between the Bureau of Indian Standards and the Ghana Standards Authority, traditional medicine, and the setting up of a joint commission to meet regularly.

President Mahama said Ghana was keen to draw on India's experience in vaccine production, digital payments and defence. "India has shown that a country can build its own capacity. That is what we want," he said.

Mr Modi said trade between the two countries, now about $3 billion a year, could double within five years, and announced that India would support a vocational skills centre in Ghana.

At a state banquet later in the evening, Mr Mahama conferred on the Indian leader the Officer of the Order of the Star of Ghana.

On Thursday, Mr Modi is scheduled to address a special sitting of Parliament and visit the Kwame Nkrumah Memorial Park before leaving Accra.

The visit is the first stop of an eight-day tour, Mr Modi's longest in a decade. From Ghana he flies to Port of Spain for talks with the government of Trinidad and Tobago, then to Buenos Aires to meet Argentine President Javier Milei. He goes on to Brazil for the BRICS summit in Rio de Janeiro and a state visit to Brasília, and ends the tour in Windhoek, Namibia.

Foreign Affairs Minister Samuel Okudzeto Ablakwa said President Mahama had accepted an invitation to visit India.

RELATED
Mahama holds talks with Burkina Faso's Traoré in Ouagadougou
Cedi gains against dollar for third straight week
Black Queens through to WAFCON quarter-finals

Tags: Narendra Modi | John Mahama | Ghana-India relations

Share: Facebook | X | WhatsApp | LinkedIn

Comments are moderated. Graphic Communications Group Ltd © 2025"""))

A.append(dict(id="h45-08", source="france24.com",
url="https://www.france24.com/en/20171128-macron-burkina-faso-ouagadougou-speech-africa",
published_at="2017-11-28", body="""FRANCE 24 | Live | Africa

We use cookies and similar technologies to measure audience and personalise content. Accept | Customise

Africa

Macron in Burkina Faso promises 'new relationship' with Africa

Issued on: 28/11/2017 - 17:40 | Modified: 28/11/2017 - 19:12

Text by: NEWS WIRES

French President Emmanuel Macron told students in Ouagadougou on Tuesday that France no longer had an "Africa policy" of its own, as he set out what he called a new relationship with the continent on his first tour of sub-Saharan Africa since taking office.

Speaking to about 800 students at the University of Ouagadougou, Macron promised to declassify French documents relating to the 1987 assassination of Burkina Faso's revolutionary leader Thomas Sankara, and said he wanted the return of African heritage held in French museums within five years.

Hours before he landed on Monday evening, a grenade was thrown at a French army vehicle in the capital, injuring two civilians. Small groups of protesters gathered along the route of the presidential motorcade.

Macron held talks with President Roch Marc Christian Kaboré at the presidential palace, focusing on the security crisis in the Sahel and funding for the G5 Sahel joint force. The two men also appeared together at the university, where an exchange drew criticism: when Kaboré left the hall, Macron joked that he had "gone to fix the air conditioning".

On Wednesday Macron flies to Abidjan for the African Union-European Union summit, where he will hold talks with Ivorian President Alassane Ouattara and visit French troops based at Port-Bouët.

Slavery and migrant abuses in Libya, exposed in a video earlier this month, are expected to dominate the summit. Macron has called for an emergency meeting on the sidelines with Libyan Prime Minister Fayez al-Sarraj and several African and European leaders.

He will end the tour in Accra on Thursday with talks with President Nana Akufo-Addo, in what the Elysee has presented as a sign that France's interest in Africa is not limited to French-speaking countries.

Macron's first trip to Africa as president was to Gao in northern Mali in May, to visit troops of France's Barkhane operation.

"He wants to speak to young people over the heads of the old elites," said a Paris-based researcher. "But the presence of French soldiers in the Sahel will shape how he is received."

Read more
Macron, Trump discuss Syria in phone call
Zimbabwe's Mnangagwa sworn in as president
Libya: outrage grows over migrant slave auctions

Download the FRANCE 24 app | Subscribe to our newsletters

Share: Facebook | Twitter | WhatsApp | Email

© 2017 Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites."""))

A.append(dict(id="h45-09", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/ethiopia-somalia-agree-to-end-dispute-in-ankara-talks-hosted-by-erdogan",
published_at="2024-12-12", body="""DAILY SABAH

BIST 100 9,856.43 ▲ 0.71% | USD/TRY 34.93 ▲ | EUR/TRY 36.71 ▲ | GOLD 2,987.1

Politics > Diplomacy

Ethiopia, Somalia agree to end dispute in Ankara talks hosted by Erdoğan

by DAILY SABAH WITH AGENCIES
ANKARA, Dec 12, 2024 10:14 am

Ethiopia and Somalia agreed late Wednesday to set aside a year-long dispute over Addis Ababa's bid for access to the sea, after their leaders held talks in Ankara mediated by President Recep Tayyip Erdoğan.

Erdoğan first received Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud in separate meetings at the Presidential Complex before the three sat down together. The talks lasted about seven hours.

At a joint news conference after the meeting, Erdoğan announced what he called the Ankara Declaration, under which the two countries commit to respect each other's sovereignty and territorial integrity and to work toward arrangements that would give landlocked Ethiopia "reliable, safe and sustainable" access to the sea under Somali sovereign authority.

Technical negotiations are to begin before the end of February, with the aim of concluding within four months, the declaration said. Turkish facilitation will continue.

"I believe that, with this meeting, we have taken the first step toward a new beginning based on peace and cooperation," Erdoğan said. Standing beside him, Abiy said Ethiopia had "no interest in undermining" Somalia, while Mohamud said his country was ready to work with Addis Ababa.

The dispute erupted in January when Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland, which declared independence from Somalia in 1991 but is not recognized internationally. Mogadishu called the deal an attack on its sovereignty.

Foreign Ministers Taye Atske Selassie of Ethiopia and Ahmed Moallim Fiqi of Somalia held two earlier rounds of indirect talks in Ankara in July and August, with Foreign Minister Hakan Fidan shuttling between them, but those ended without agreement.

Türkiye has close ties to both countries. It runs its largest overseas military base in Mogadishu and signed a defense and economic cooperation deal with Somalia earlier this year, while Turkish companies are among the biggest foreign investors in Ethiopia.

Erdoğan thanked both leaders for their "constructive approach" and said he would be glad to visit Addis Ababa and Mogadishu in the new year to follow up.

Analysts cautioned that the declaration left the most sensitive questions, including the status of the Somaliland deal, unresolved.

Read More
Turkish intelligence chief Kalın visits Damascus, meets new administration
Fidan: Türkiye will not allow PKK to exploit chaos in Syria
Central bank cuts policy rate to 47.5%

Keywords: Ethiopia, Somalia, Ankara Declaration, Erdoğan, Abiy Ahmed, Hassan Sheikh Mohamud

Share: Facebook | X | LinkedIn | Email

Subscribe to our newsletter | Daily Sabah app
© 2024 Turkuvaz Media Group"""))

A.append(dict(id="h45-10", source="herald.co.zw",
url="https://www.herald.co.zw/president-xi-arrives-for-state-visit/",
published_at="2015-12-02", body="""The Herald | Zimbabwe's largest daily newspaper

Home | News | Business | Opinion | Sport | ePaper

President Xi arrives, 12 agreements signed

December 2, 2015 | Top Stories
From Our Diplomatic Correspondent

Chinese President Xi Jinping yesterday arrived in Harare for a two-day state visit and held talks with President Mugabe at State House, after which the two governments signed 12 agreements that officials said were worth about US$4 billion.

President Xi, accompanied by his wife Madame Peng Liyuan, touched down at Harare International Airport aboard an Air China jet shortly after midday. He was welcomed by President Mugabe, First Lady Amai Grace Mugabe, Vice Presidents Emmerson Mnangagwa and Phelekezela Mphoko, Cabinet ministers and service chiefs. Thousands of people, many of them in party regalia, lined the road into the city.

The agreements cover the expansion of Hwange Thermal Power Station, a new Parliament building, the upgrading of Victoria Falls airport, wildlife conservation and economic and technical cooperation. Foreign Affairs Minister Simbarashe Mumbengegwi signed several of them.

Addressing journalists at State House, President Mugabe said China had "stood by Zimbabwe when others turned their backs on us" and described the visit as the start of a new chapter in an "all-weather friendship".

President Xi said China was ready to help Zimbabwe industrialise and to increase imports of Zimbabwean tobacco and other agricultural products. He said the two countries should deepen cooperation in infrastructure, agriculture and human resources development.

Today, the Chinese leader is expected to lay a wreath at the National Heroes Acre before departing for South Africa, where he will begin a state visit and hold talks with President Jacob Zuma. He will then co-chair the Forum on China-Africa Cooperation summit in Johannesburg on Friday and Saturday, the first FOCAC summit to be held in Africa.

President Mugabe, who is the current chairman of the African Union, will also attend the Johannesburg summit.

President Xi flew into Harare from Paris, where he attended the opening of the UN climate change conference and held talks with US President Barack Obama.

It is the first visit by a Chinese head of state to Zimbabwe since 1996. President Mugabe made a state visit to China in August last year.

Economists said the success of the agreements would depend on how quickly funds are released. "The announcements are welcome, but we have seen big numbers before," said a Harare-based analyst.

OTHER STORIES
VP Mnangagwa receives Cuban delegation
Tobacco farmers paid $580m so far
Dynamos coach signs new contract

Share: Facebook | Twitter | WhatsApp | Email

Comments are closed.
© Zimpapers 2015. All rights reserved."""))

A.append(dict(id="h45-11", source="arabnews.com",
url="https://www.arabnews.com/node/2407161/saudi-arabia",
published_at="2023-11-10", body="""ARAB NEWS

TASI 10,814.22 ▲ 0.48% | Brent $80.61 ▲ | SAR/USD 3.75

Saudi Arabia

Crown prince meets African leaders as first Saudi-African summit opens in Riyadh

Updated 10 November 2023
ARAB NEWS

RIYADH: Crown Prince and Prime Minister Mohammed bin Salman received several African heads of state on Friday on the sidelines of the first Saudi-African Summit, held in Riyadh with leaders and officials from more than 50 countries.

The crown prince met Nigerian President Bola Tinubu at Al-Yamamah Palace, where they reviewed investment opportunities in energy, agriculture and mining, the Saudi Press Agency reported. Tinubu arrived in the Saudi capital on Thursday evening.

He also held talks with Rwandan President Paul Kagame, with the two sides discussing cooperation in technology, tourism and health.

Separately, Energy Minister Prince Abdulaziz bin Salman met Kenyan President William Ruto, who is seeking Saudi investment in Kenya's oil products supply and refining sector.

Opening the summit, the crown prince said Saudi Arabia would invest more than $25 billion in African sectors and provide more than $10 billion in export financing by 2030. The Saudi Fund for Development would sign development loan agreements worth $5 billion in the coming years, he said.

More than 50 agreements and memoranda of understanding were signed on the sidelines of the summit, officials said, without giving details.

The meeting comes as Gulf states compete with China, Turkey, Russia and Western countries for influence on the continent. Saudi Arabia has opened several new embassies in Africa over the past two years.

The war in Gaza overshadowed proceedings, with several African leaders calling for an immediate ceasefire. Riyadh is also hosting an extraordinary joint Arab-Islamic summit on Saturday.

Iranian President Ebrahim Raisi is expected to attend Saturday's meeting, Iranian state media said, in what would be his first trip to the Kingdom. Saudi Arabia and Iran agreed in March, in a deal brokered by China, to restore diplomatic relations after a seven-year rupture.

Several African leaders, including Tinubu, are also due to take part in the Arab-Islamic gathering.

"Africa is no longer just a destination for aid; it is a destination for investment," Saudi Investment Minister Khalid Al-Falih told a business session.

READ ALSO
Saudi FM receives call from Blinken on Gaza situation
Riyadh Season opens with record attendance
Saudi Arabia wins bid to host Expo 2030

Share: Facebook | X | LinkedIn | WhatsApp

Follow Arab News on Google News | Subscribe to our newsletter
© 2023 SRMG. All rights reserved."""))

A.append(dict(id="h45-12", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230305-macron-tshisekedi-kinshasa-press-conference-tensions",
published_at="2023-03-05", body="""RFI | Radio France Internationale | English

Listen live | Podcasts | Newsletter

We use cookies to improve your browsing experience. Accept | Refuse | Settings

Africa

Tense exchanges in Kinshasa as Macron ends Central Africa tour

Issued on: 05/03/2023 - 10:48
By: RFI

French President Emmanuel Macron on Saturday faced pointed criticism in Kinshasa, where a joint news conference with his Congolese counterpart Félix Tshisekedi turned into a public argument over France's attitude to the conflict in eastern Democratic Republic of Congo.

Macron arrived in the Congolese capital from Brazzaville on Saturday afternoon and held more than an hour of talks with Tshisekedi at the Palais de la Nation. The two discussed the fighting between the army and M23 rebels in North Kivu, humanitarian aid and French investment.

At the news conference, Tshisekedi accused Western countries of double standards for not sanctioning Rwanda, which Kinshasa and UN experts say backs the rebels. Macron rejected the charge and, in turn, said that since 1994 the Congolese state had "not been able to restore military, security or administrative sovereignty" over its own territory. "You should not look for culprits outside," he said, drawing visible irritation on the Congolese side.

Macron said he had spoken with Rwandan President Paul Kagame several times about the crisis and would do so again in the coming days. He announced 34 million euros in humanitarian aid for the east.

The tour opened on Wednesday in Libreville, where Macron co-hosted the One Forest Summit with Gabonese President Ali Bongo Ondimba and the two leaders held bilateral talks. He then spent Friday in Luanda, where he and President João Lourenço signed an agreement on financing for agricultural production, before a stopover in Brazzaville.

Before leaving Paris, Macron said France would reduce its military presence in Africa and move towards jointly run bases, part of what he called a relationship of "responsibility" rather than influence.

On Sunday he was due to visit a health project in Kinshasa before flying back to France.

Opposition figures in Kinshasa criticised the visit. "We did not need a lecture," said one opposition MP, while civil society groups staged a small protest outside the French embassy on Saturday morning.

Read also
Pope Francis celebrates mass for a million people in Kinshasa
Gabon: opposition questions timing of One Forest Summit
Burkina Faso ends military accord with France

Subscribe to RFI's Africa newsletter

Share: Facebook | Twitter | WhatsApp | Email

© 2023 Copyright RFI - All rights reserved."""))
