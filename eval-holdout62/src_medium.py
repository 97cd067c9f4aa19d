# Medium wire-style stories (1,200-2,000 characters), h62-13 .. h62-26
M = []

M.append(dict(id="h62-13", source="wam.ae",
url="https://www.wam.ae/en/details/1395303125187",
published_at="2023-02-06", body="""Emirates News Agency - WAM

UAE President offers condolences to Turkish, Syrian presidents over earthquake victims

ABU DHABI, 6th February, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today held a phone call with President Recep Tayyip Erdoğan of Türkiye, during which he offered his condolences and sympathy over the victims of the earthquake that struck southern Türkiye earlier today.

His Highness wished a speedy recovery to the injured, and affirmed the UAE's solidarity with Türkiye and its readiness to provide all forms of support and assistance to the Turkish people in this ordeal.

In a separate call, His Highness Sheikh Mohamed bin Zayed spoke with President Bashar Al Assad of Syria, expressing his condolences over the victims of the earthquake in a number of Syrian governorates and conveying the UAE's support for the Syrian people.

His Highness directed the dispatch of urban search and rescue teams and relief aid to both countries.

Sheikh Abdullah bin Zayed receives Ambassador of Japan

ABU DHABI, 6th February, 2023 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received at the Ministry's headquarters today the Ambassador of Japan to the UAE. The meeting discussed bilateral relations and preparations for COP28, which the UAE will host in November.

UAE Aid Agency sends first relief flight to Gaziantep

ABU DHABI, 6th February, 2023 (WAM) -- The UAE Aid Agency announced the dispatch of a plane carrying relief supplies and a search and rescue team to Türkiye, in implementation of the directives of the UAE President. A second flight will depart for Syria tomorrow.

WAM/Tariq alfaham/Hatem Mohamed

Related News
UAE, Egypt presidents discuss regional developments
Mohamed bin Zayed receives Kazakh Prime Minister

Print | Email | Share"""))

M.append(dict(id="h62-14", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=3183407&language=en",
published_at="2024-10-22", body="""KUNA | Kuwait News Agency

Kuwait Amir receives written message from Egyptian President

KUWAIT, Oct 22 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Tuesday Egyptian Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. Badr Abdelatty, who conveyed a written message from President Abdel Fattah Al-Sisi.

The message dealt with the close fraternal relations between the two countries and ways to enhance them in all fields, as well as the latest regional developments, the Amiri Diwan said.

The meeting was attended by Minister of Amiri Diwan Affairs Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah and Foreign Minister Abdullah Al-Yahya.

Abdelatty, who arrived in the country on Monday evening, also held talks with his Kuwaiti counterpart, focusing on the war in Gaza and Lebanon and efforts to prevent a wider escalation in the region. He is due to leave for Doha on Wednesday and then head to Muscat, diplomatic sources said. (end) mt.hs

Kuwait FM receives phone call from Iranian counterpart

KUWAIT, Oct 22 (KUNA) -- Foreign Minister Abdullah Al-Yahya received on Tuesday a phone call from Iranian Foreign Minister Abbas Araghchi. They discussed the latest developments in the region and bilateral relations, the ministry said in a statement. (end) ak.hs

Crown Prince receives Ambassador of Saudi Arabia

KUWAIT, Oct 22 (KUNA) -- His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah received at Bayan Palace on Tuesday Saudi Ambassador Prince Sultan bin Saad bin Khalid Al Saud, who paid a courtesy call. (end) gb.hs

Kuwait Amir sends cable to Guinea-Bissau president on national day

KUWAIT, Oct 22 (KUNA) -- His Highness the Amir sent a cable of congratulations to the President of Guinea-Bissau on the occasion of his country's national day. (end) km

KUNA Main Page | Mobile | RSS"""))

M.append(dict(id="h62-15", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2023-10/21/0021-hh-the-amir-receives-phone-call-from-us-president",
published_at="2023-10-21", body="""Qatar News Agency

HH the Amir Receives Phone Call from US President

Doha, October 21 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call on Friday evening from HE President of the United States of America Joe Biden.

During the call, they discussed the latest developments in the Gaza Strip and the occupied Palestinian territories, and the efforts to protect civilians and secure the release of detainees. The US President thanked HH the Amir for the State of Qatar's mediation which led to the release of two American detainees on Friday.

HH the Amir stressed the importance of opening safe humanitarian corridors and preventing the expansion of the conflict in the region.

HH the Amir Arrives in Cairo

Cairo, October 21 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani arrived in the Egyptian capital Cairo on Saturday to participate in the Cairo Peace Summit on the developments in Gaza, at the invitation of HE President Abdel Fattah El-Sisi of the Arab Republic of Egypt.

PM and FM Receives Phone Call from Iranian FM

Doha, October 21 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received a phone call on Saturday from HE Minister of Foreign Affairs of the Islamic Republic of Iran Hossein Amir-Abdollahian. The two sides reviewed the situation in Gaza.

Minister of State Meets Italian Ambassador

Doha, October 21 (QNA) - HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi met with HE Ambassador of Italy to the State of Qatar Paolo Toschi. QNA

Related News | Share | Print"""))

M.append(dict(id="h62-16", source="reuters.com",
url="https://www.reuters.com/world/africa/ethiopia-somalia-agree-end-port-row-after-talks-turkey-2024-12-12/",
published_at="2024-12-12", body="""Ethiopia and Somalia agree to end row over port deal after Turkey-brokered talks

By Hüseyin Hayatsever and Giulia Paravicini

December 12, 2024 1:05 AM GMT+1 Updated 3 hours ago

ANKARA, Dec 11 (Reuters) - Ethiopia and Somalia agreed on Wednesday to set aside their differences and work together on commercial access to the sea for landlocked Ethiopia, after talks in Ankara hosted by Turkish President Tayyip Erdogan, bringing a yearlong diplomatic standoff closer to an end.

Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud signed what Erdogan called the "Ankara Declaration" after eight hours of talks at the presidential complex, having first met Erdogan separately.

"This is a historic reconciliation," Erdogan told a joint news conference with the two leaders. Technical negotiations are to begin before the end of February and conclude within four months, according to the text.

The row erupted in January when Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland to lease a stretch of coastline in exchange for possible recognition. Mogadishu called the deal an attack on its sovereignty and expelled the Ethiopian ambassador.

Somalia drew closer to Egypt, which is at odds with Addis Ababa over a giant Nile dam, and signed a defence pact with Cairo in August.

Abiy said Ethiopia sought "secure, reliable and sustainable" access to the sea "under the sovereign authority" of Somalia. Hassan Sheikh said he was ready to work with the Ethiopian leader.

The declaration did not mention Somaliland.

Turkey, which has close ties with both countries and trains Somali troops, had hosted two earlier rounds of talks between the foreign ministers, in July and August.

(Reporting by Huseyin Hayatsever in Ankara and Giulia Paravicini in Nairobi; Editing by Alex Richardson)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h62-17", source="news24.com",
url="https://www.news24.com/news24/africa/news/macron-in-angola-on-second-leg-of-central-africa-tour-20230303",
published_at="2023-03-03", body="""Africa

Macron in Angola on second leg of Central Africa tour

AFP | 03 Mar 2023

French President Emmanuel Macron and Angolan President Joao Lourenco in Luanda. (Ludovic Marin/AFP)

French President Emmanuel Macron held talks with his Angolan counterpart Joao Lourenco in Luanda on Friday, the second leg of a four-nation tour of Central Africa aimed at rebuilding France's image on the continent.

The two leaders signed an agreement to support Angola's agricultural sector, with Macron saying France wanted to help Angola "diversify its economy away from oil". French energy giant TotalEnergies is the biggest oil producer in the country.

Macron arrived from Libreville, where on Thursday he attended the One Forest Summit on the preservation of tropical forests, co-hosted with Gabonese President Ali Bongo Ondimba, and held talks with him.

The French leader is due in Brazzaville later on Friday for talks with President Denis Sassou Nguesso, before ending the tour in Kinshasa on Saturday, where he will meet President Felix Tshisekedi.

The Democratic Republic of Congo stop is expected to be the most difficult, with Kinshasa accusing Paris of failing to condemn Rwanda's alleged support for M23 rebels in the east of the country. Protesters in Kinshasa waved Russian flags and accused France of complicity earlier this week.

Before setting off, Macron announced a "noticeable reduction" of French troop numbers in Africa and said the era of "Francafrique" was over.

- AFP

Related Links
Senegal's Sall says no decision yet on third term
Zambia's Hichilema to host summit on democracy
Kenya: Ruto hosts DRC's Tshisekedi

Share on Facebook | Share on X | Email"""))

M.append(dict(id="h62-18", source="english.news.cn",
url="http://english.news.cn/20240529/8b2e4d6a1f9c4b7e9a3d5c0f2e1b8a47/c.html",
published_at="2024-05-29", body="""Xi holds talks with Bahraini king

Source: Xinhua | Editor: huaxia | 2024-05-29 20:41:07

BEIJING, May 29 (Xinhua) -- Chinese President Xi Jinping held talks with King of Bahrain Hamad bin Isa Al Khalifa, who is on a state visit to China, at the Great Hall of the People in Beijing on Wednesday.

Xi said China and Bahrain are good friends and partners, and that the two sides should continue to firmly support each other on issues concerning their respective core interests and major concerns.

The two heads of state announced the establishment of a comprehensive strategic partnership between China and Bahrain, and witnessed the signing of cooperation documents on the Belt and Road Initiative, economy and trade, the digital economy, green development and education.

King Hamad, who is also in China for the opening ceremony of the 10th Ministerial Conference of the China-Arab States Cooperation Forum, said Bahrain firmly abides by the one-China principle.

Egyptian President Abdel Fattah al-Sisi, who arrived in Beijing on Tuesday, is also on a state visit to China. The presidents of the United Arab Emirates and Tunisia are expected to arrive in Beijing later this week for state visits and the forum's opening ceremony on Thursday, according to the Chinese foreign ministry.

Prior to the talks, Xi held a welcome ceremony for King Hamad at the Great Hall of the People. Enditem

Photo: Chinese President Xi Jinping holds a welcome ceremony for King of Bahrain Hamad bin Isa Al Khalifa in Beijing, capital of China, May 29, 2024. (Xinhua/Li Xueren)

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h62-19", source="tass.com",
url="https://tass.com/politics/1798013",
published_at="2024-06-04", body="""TASS | Russian News Agency

Lavrov arrives in Ouagadougou on third leg of African tour

The Russian foreign minister flew in from Brazzaville

OUAGADOUGOU, June 4. /TASS/. Russian Foreign Minister Sergey Lavrov has arrived in Burkina Faso on a working visit, a TASS correspondent reports.

The minister was met at the airport by Burkinabe Foreign Minister Karamoko Jean-Marie Traore. He is scheduled to hold talks with the country's transitional president, Captain Ibrahim Traore, and to discuss military-technical cooperation, energy and education.

Lavrov flew in from Brazzaville, where earlier on Tuesday he met with President Denis Sassou Nguesso and discussed the preparations for the first ministerial conference of the Russia-Africa Partnership Forum. The tour began on Monday in Guinea, where Lavrov held talks with interim President Mamadi Doumbouya in Conakry.

After Burkina Faso, the Russian diplomat is set to visit Chad, the last stop of his tour. Chadian President Mahamat Idriss Deby paid a visit to Moscow in January.

Russia opened its embassy in Ouagadougou in December 2023. Traore met with Russian President Vladimir Putin on the sidelines of the Russia-Africa summit in St. Petersburg in July last year.

TASS

Tags: Sergey Lavrov, Burkina Faso, Africa

Read also
Putin, Erdogan discuss situation in Middle East by phone
Russian Security Council delegation visits Niamey"""))

M.append(dict(id="h62-20", source="sis.gov.eg",
url="https://www.sis.gov.eg/Story/189410/President-El-Sisi-receives-message-from-Eritrean-President?lang=en-us",
published_at="2024-02-05", body="""State Information Service | Presidency

President El-Sisi receives message from Eritrean President

Monday, 05 February 2024 - 04:12 PM

President Abdel Fattah El-Sisi received on Monday Eritrean Foreign Minister Osman Saleh and Presidential Adviser Yemane Gebreab, who delivered a written message from President Isaias Afwerki.

Presidency Spokesman Ahmed Fahmy said the meeting, which was attended by Foreign Minister Sameh Shoukry and General Intelligence chief Abbas Kamel, discussed ways to strengthen bilateral relations and coordination on the situation in the Horn of Africa and the Red Sea.

The President asked the Eritrean delegation to convey his greetings to President Afwerki, and stressed Egypt's keenness on the security and stability of the Red Sea, given its importance to navigation in the Suez Canal.

President El-Sisi holds phone call with Emir of Qatar

President Abdel Fattah El-Sisi received on Monday a phone call from the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.

The spokesman said the two leaders discussed the joint Egyptian-Qatari efforts to reach a ceasefire in the Gaza Strip, exchange detainees and allow the entry of humanitarian aid.

They also agreed to continue coordination in the coming period.

Related
Shoukry heads to Paris for meeting on Gaza
PM Madbouly inaugurates new industrial zone in Sokhna

Share | Print | Email"""))

M.append(dict(id="h62-21", source="spa.gov.sa",
url="https://www.spa.gov.sa/en/N2061877",
published_at="2024-03-06", body="""Saudi Press Agency

Foreign Minister Meets Sudanese Counterpart in Cairo

Cairo, March 06, 2024, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah met on Wednesday with Sudanese Minister of Foreign Affairs Ali Al-Sadiq on the sidelines of the 161st ordinary session of the Arab League Council at the ministerial level in Cairo.

During the meeting, they discussed developments in Sudan and the Jeddah platform for dialogue between the Sudanese parties.

Foreign Minister Meets Egyptian Counterpart

Cairo, March 06, 2024, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah met in Cairo today with Egyptian Minister of Foreign Affairs Sameh Shoukry.

They reviewed bilateral relations and the joint efforts to reach a ceasefire in Gaza. The meeting was attended by the Kingdom's Ambassador to Egypt Osama Nugali.

Foreign Minister Receives Phone Call from Iranian Counterpart

Riyadh, March 06, 2024, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah received a phone call today from Iranian Minister of Foreign Affairs Hossein Amir-Abdollahian, during which they discussed the situation in Gaza and the Red Sea.

Vice Minister of Foreign Affairs Receives Norwegian Ambassador

Riyadh, March 06, 2024, SPA -- Vice Minister of Foreign Affairs Eng. Waleed Elkhereiji received at the ministry headquarters in Riyadh today the Ambassador of the Kingdom of Norway to the Kingdom.

--SPA

Print | Share | All rights reserved to Saudi Press Agency ©"""))

M.append(dict(id="h62-22", source="apnews.com",
url="https://apnews.com/article/congo-rwanda-kagame-tshisekedi-qatar-m23-7b2f14e9",
published_at="2025-03-18", body="""Congo and Rwanda presidents meet in Qatar for surprise talks

By JUSTIN KABUMBA and EVELYNE MUSAMBI
Updated 7:54 PM GMT, March 18, 2025

GOMA, Congo (AP) -- The presidents of Congo and Rwanda met in Qatar on Tuesday for unannounced talks hosted by the Gulf state's emir, hours after peace talks between Congo and the M23 rebels in Angola collapsed.

Congolese President Felix Tshisekedi and Rwandan President Paul Kagame called for an "immediate and unconditional ceasefire" in eastern Congo in a joint statement issued with Qatar's Emir Sheikh Tamim bin Hamad Al Thani after the meeting in Doha.

It was the first direct meeting between the two leaders since the rebels, who are backed by about 4,000 troops from Rwanda according to U.N. experts, seized the key cities of Goma and Bukavu this year.

Rebel delegates had been expected in Luanda on Tuesday for direct talks with Congo's government, but the M23 pulled out on Monday after the European Union imposed sanctions on its leaders and on Rwandan officials.

Tshisekedi and Kagame last met face to face in December 2023 at a dinner for a summit in Addis Ababa, according to Congolese officials. A meeting planned in Luanda last December was called off at the last minute when the Rwandan delegation did not show up.

The conflict in eastern Congo has killed thousands of people this year and displaced hundreds of thousands.

Qatar has been quietly mediating between the two countries for months, diplomats said.

___
Musambi reported from Nairobi, Kenya.

Read More
Congo's president accuses Rwanda of seeking to loot minerals
US official visits Kinshasa for minerals talks"""))

M.append(dict(id="h62-23", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2019/08/6f9a1c3b2d4e-abe-holds-talks-with-african-leaders-as-ticad-opens.html",
published_at="2019-08-28", body="""KYODO NEWS | Japan | World | Business

Abe holds talks with African leaders as TICAD opens in Yokohama

KYODO NEWS - Aug 28, 2019 - 21:50 | All, Japan, World

Prime Minister Shinzo Abe on Wednesday held a series of bilateral meetings with visiting African leaders as the seventh Tokyo International Conference on African Development opened in Yokohama, seeking to expand Japanese investment on the continent amid China's growing clout.

Abe met Egyptian President Abdel Fattah el-Sisi, who co-chairs the three-day conference as this year's head of the African Union, and agreed to cooperate in developing human resources, including through Japanese-style schools in Egypt, a Japanese government official said.

He also held talks with Kenyan President Uhuru Kenyatta, Nigerian President Muhammadu Buhari and South African President Cyril Ramaphosa, among others. With Ramaphosa, Abe agreed to boost cooperation in infrastructure and to work together on the reform of the U.N. Security Council.

In a keynote speech, Abe said Japanese private investment in Africa over the past three years had reached $20 billion and that he hoped it would surpass that figure in the next three years.

Abe plans to hold talks with leaders of more than 40 of the 53 African countries attending the conference by Friday, an unusually large number.

Japan has hosted TICAD since 1993. Beijing has pledged $60 billion for Africa at its own summit with African leaders last year.

Related coverage:
Japan, South Korea at odds as export curbs take effect
Japan to host Global Fund replenishment, Abe says

Kyodo News"""))

M.append(dict(id="h62-24", source="timesofoman.com",
url="https://timesofoman.com/article/131840-his-majesty-arrives-in-tehran-on-state-visit",
published_at="2023-05-28", body="""Times of Oman

His Majesty arrives in Tehran on state visit

Sunday, 28 May 2023 | ONA

Tehran: His Majesty Sultan Haitham bin Tarik arrived in Tehran on Sunday on a two-day state visit to the Islamic Republic of Iran, at the invitation of President Ebrahim Raisi.

His Majesty was received by the Iranian President at the Saadabad Palace, where an official welcome ceremony was held. The two leaders then held official talks, which dealt with bilateral relations and ways to enhance them in the economic and investment fields, and exchanged views on regional and international issues.

Later, the two sides signed four memoranda of understanding in the fields of energy, economic cooperation, health and the environment.

His Majesty is also scheduled to meet Iran's Supreme Leader Ayatollah Ali Khamenei on Monday.

The visit is His Majesty's first to Iran since he acceded to the throne in January 2020. It comes a week after he paid a state visit to Egypt, during which he held talks with President Abdel Fattah El Sisi in Cairo.

His Majesty is accompanied by an official delegation including Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, and Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment Promotion.

Oman has a long history of facilitating dialogue between Tehran and other capitals.

Share: Facebook | X | WhatsApp

Also read: Oman, Saudi Arabia sign deals to boost investment
Muscat Stock Exchange index closes higher"""))

M.append(dict(id="h62-25", source="gna.org.gh",
url="https://gna.org.gh/2025/03/mahama-ends-sahel-tour-in-ouagadougou/",
published_at="2025-03-09", body="""Ghana News Agency

Mahama ends Sahel tour in Ouagadougou, pledges deeper security cooperation

By Emmanuel Gamson, GNA

Accra, March 9, GNA - President John Dramani Mahama on Sunday held talks with Burkina Faso's transitional leader, Captain Ibrahim Traoré, in Ouagadougou, the last stop of a two-day tour of the Sahel states that have left the Economic Community of West African States (ECOWAS).

The talks focused on security along the shared border, trade and the future relationship between ECOWAS and the Alliance of Sahel States (AES).

President Mahama began the tour on Saturday in Bamako, where he met the Malian transitional President, General Assimi Goïta, before travelling to Niamey later the same day for talks with General Abdourahamane Tiani.

"We cannot choose our neighbours. We must find a way to live and work together," President Mahama told journalists after the Ouagadougou talks.

He was accompanied by the Minister for Foreign Affairs, Mr Samuel Okudzeto Ablakwa, and the Special Envoy to the AES, Mr Larry Gbevlo-Lartey.

The three countries formally withdrew from ECOWAS in January.

GNA

Related
Ablakwa swears in new heads of mission
Cedi gains against US dollar
Black Stars squad for World Cup qualifiers named

Share | Print"""))

M.append(dict(id="h62-26", source="clubofmozambique.com",
url="https://clubofmozambique.com/news/kagame-arrives-in-pemba-for-talks-with-nyusi-201334/",
published_at="2021-09-24", body="""Club of Mozambique | News | Business

Newsletter: Subscribe to our daily news digest

Mozambique: Kagame arrives in Pemba for talks with Nyusi, visit to Rwandan troops

Rwandan President Paul Kagame arrived on Friday in Pemba, the capital of the northern province of Cabo Delgado, on a two-day visit to Mozambique. He was received by President Filipe Nyusi at the local airport.

The two heads of state held talks at the provincial government headquarters, focusing on the security situation in Cabo Delgado, where Rwandan troops, deployed since July, have helped Mozambican forces retake the port town of Mocímboa da Praia from insurgents.

On Saturday, Kagame and Nyusi are expected to attend a ceremony in Pemba marking Armed Forces Day, and to address soldiers of the two countries.

Rwanda has about 1,000 soldiers and police officers in the province. Troops from the Southern African Development Community are deployed in other districts.

Nyusi visited Kigali in April, shortly after the insurgent attack on Palma, and attended the SADC summit in Lilongwe in August.

The Mozambican government has not disclosed the terms of the Rwandan deployment.

Source: Lusa

Related news
Cabo Delgado: displaced begin to return to Palma
TotalEnergies says no timetable for LNG restart
Mozambique, Malawi sign energy interconnection deal

Share | Comments (6)"""))
