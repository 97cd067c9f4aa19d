# Medium wire-style stories (1,200-2,000 characters), h70-13 .. h70-26
M = []

M.append(dict(id="h70-13", source="reuters.com",
url="https://www.reuters.com/world/asia-pacific/indonesias-prabowo-meets-xi-beijing-first-foreign-trip-2024-11-09/",
published_at="2024-11-09", body="""Indonesia's Prabowo meets Xi in Beijing on first foreign trip, heads next to Washington

By Reuters
November 9, 2024 8:14 PM GMT+8 Updated 2 hours ago

BEIJING/JAKARTA, Nov 9 (Reuters) - Indonesian President Prabowo Subianto, who was welcomed by Chinese President Xi Jinping at the Great Hall of the People on Saturday, said Jakarta and Beijing were "good friends" whose cooperation was vital to the region, on the first stop of an overseas tour that will keep him abroad for more than two weeks.

The two leaders witnessed the signing of agreements on food security, green energy and the digital economy, and Chinese and Indonesian companies signed deals worth $10 billion at a business forum, Indonesia's foreign ministry said.

A joint statement issued afterwards, in which the countries said they had reached "important common understanding on joint development in areas of overlapping claims", drew criticism from analysts in Jakarta, who said it could be read as recognition of Beijing's claims in the South China Sea. A foreign ministry spokesperson in Jakarta did not immediately respond to a request for comment.

Prabowo, a former defence minister who took office on Oct. 20 and who spoke to U.S. President-elect Donald Trump by phone this week, according to a video posted by his office, is due in Washington on Sunday and is scheduled to be received by President Joe Biden at the White House on Tuesday. He will then travel to Lima for the APEC summit and Rio de Janeiro for the G20, before visiting Britain, officials said.

(Reporting by Ethan Wang in Beijing and Stanley Widianto in Jakarta; Editing by Kim Coghill)

Our Standards: The Thomson Reuters Trust Principles.
"""))

M.append(dict(id="h70-14", source="state.gov",
url="https://www.state.gov/secretary-blinkens-call-with-qatari-prime-minister-and-foreign-minister-al-thani-3/",
published_at="2023-10-09", body="""An official website of the United States government. Here's how you know

U.S. DEPARTMENT of STATE

Home > Office of the Spokesperson > Press Releases > Secretary Blinken's Call with Qatari Prime Minister and Foreign Minister Al Thani

Secretary Blinken's Call with Qatari Prime Minister and Foreign Minister Al Thani

READOUT
OFFICE OF THE SPOKESPERSON
OCTOBER 9, 2023

The below is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken spoke today with Qatari Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani about Hamas's brutal terrorist attacks against Israel. The Secretary, who thanked the Prime Minister for Qatar's efforts, underscored the urgency of securing the immediate release of all hostages, including the Americans believed to be among them, and of preventing the conflict from spreading. The Secretary and the Prime Minister agreed to remain in close contact.

Tags
Bureau of Near Eastern Affairs | Hostage and Wrongfully Detained U.S. Nationals | Israel | Qatar | The Secretary of State

Related Articles
OCTOBER 9, 2023 | Readout: Secretary Blinken's Call with Turkish Foreign Minister Fidan
OCTOBER 8, 2023 | Readout: Secretary Blinken's Call with Egyptian Foreign Minister Shoukry
OCTOBER 8, 2023 | Readout: Secretary Blinken's Call with Saudi Foreign Minister Faisal bin Farhan

White House | USA.gov | Office of the Inspector General | Archives | Contact Us | Privacy Policy | Accessibility Statement | Copyright Information | FOIA | No FEAR Act
"""))

M.append(dict(id="h70-15", source="wam.ae",
url="https://www.wam.ae/en/details/1395303066601",
published_at="2022-07-18", body="""Emirates News Agency - WAM

UAE President arrives in Paris on first state visit to France

PARIS, 18th July, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Paris today on a state visit to the French Republic at the invitation of President Emmanuel Macron, his first state visit abroad since assuming the presidency.

His Highness was received at the Hôtel des Invalides by President Macron, where an official welcome ceremony was held in his honour, the national anthems of the two countries were played and a guard of honour was reviewed. The two leaders then proceeded to the Élysée Palace, where they held talks on ways to strengthen the comprehensive strategic partnership between the UAE and France, particularly in energy, investment, defence, culture and space.

In the presence of the two presidents, a comprehensive strategic energy partnership agreement was signed, covering cooperation in energy security, renewable energy and nuclear energy. His Highness said the visit reflected "the depth of the historic relations" between the two countries.

His Highness is accompanied by a delegation including H.H. Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor, H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, and Dr. Sultan bin Ahmed Al Jaber, Minister of Industry and Advanced Technology.

WAM/Hazem Hussein/Rasha Abubaker

Related News
UAE President receives phone call from President of Kazakhstan
UAE President receives Jordanian Prime Minister
Mansour bin Zayed chairs Ministerial Development Council meeting

Share: Facebook | Twitter | WhatsApp | Email
"""))

M.append(dict(id="h70-16", source="inform.kz",
url="https://www.inform.kz/en/tokayev-xi-jinping-hold-talks-in-akorda_a4211734",
published_at="2024-07-02", body="""Kazinform International News Agency

Follow Kazinform on Telegram for the latest news

Tokayev, Xi Jinping hold talks in Akorda

ASTANA, July 2. KAZINFORM - President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping, who is in Kazakhstan on a state visit, in narrow and extended formats at the Akorda presidential residence on Tuesday, the Akorda press service reports.

Xi, who was met at Astana airport by the head of state on Tuesday afternoon, was welcomed at Akorda with an official ceremony. Tokayev called the Chinese leader "a great friend of Kazakhstan" and said bilateral trade had reached a record of more than $41 billion last year. The two presidents discussed transport and logistics, energy, agriculture and the development of the Trans-Caspian route, and witnessed the exchange of some 30 documents.

The visit takes place on the eve of the meeting of the SCO Council of Heads of State, which opens in Astana on Wednesday. Kremlin aide Yuri Ushakov said on Monday that Russian President Vladimir Putin, who is due in Astana on Wednesday, would hold talks with Xi on the margins of the summit.

After the summit, the Chinese leader is set to travel to Dushanbe for a state visit to Tajikistan, the Chinese foreign ministry said.

Photo: Akorda press service

Read also:
Tokayev holds phone talks with Azerbaijani President
SCO summit: what is on the agenda in Astana
Kazakhstan, China launch new cargo terminal in Xi'an

Tags: Tokayev, Xi Jinping, China, Kazakhstan, SCO
"""))

M.append(dict(id="h70-17", source="apnews.com",
url="https://apnews.com/article/rwanda-france-macron-genocide-role-kigali-visit",
published_at="2021-05-27", body="""Macron asks Rwandans to forgive France's role in 1994 genocide

By Ignatius Mukamana and Claire Devereux
May 27, 2021

KIGALI, Rwanda (AP) - French President Emmanuel Macron, who arrived in Kigali on Thursday morning and was received by President Paul Kagame at Urugwiro Village, acknowledged France's "overwhelming responsibility" in the 1994 genocide in Rwanda and said that only the survivors could grant "the gift of forgiveness".

Speaking at the Gisozi genocide memorial, where more than 250,000 victims are buried, Macron said France had not been an accomplice but had "a role, a history and a political responsibility" because it had stood by a genocidal regime for too long. He stopped short of a formal apology.

Kagame, standing beside his guest at a joint news conference, said the speech "was something more valuable than an apology. It was the truth." Macron announced that France would soon name an ambassador to Rwanda, a post that has been vacant since 2015.

The visit follows a report commissioned by Macron and published in March that concluded France bore "heavy and overwhelming responsibilities" for the genocide, in which more than 800,000 people, mostly ethnic Tutsi, were killed. Macron is the first French leader to visit Rwanda since Nicolas Sarkozy in 2010.

Macron was due to fly later Thursday to South Africa, where he will meet President Cyril Ramaphosa on Friday to discuss the production of COVID-19 vaccines in Africa.

Copyright 2021 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.
"""))

M.append(dict(id="h70-18", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2023/11/113_363811.html",
published_at="2023-11-21", body="""The Korea Times

KOSPI 2,510.42 +0.21% | KOSDAQ 815.74 | USD/KRW 1,290.50

Yoon arrives in London for state visit; summit with Sunak set for Wednesday

Posted : 2023-11-21 08:12 | Updated : 2023-11-21 09:40

President Yoon Suk Yeol and first lady Kim Keon Hee are greeted on arrival at Stansted Airport, Monday. Yonhap

LONDON, Nov. 20 (Yonhap) -- President Yoon Suk Yeol arrived in London on Monday (local time) for a three-day state visit at the invitation of King Charles III, becoming the first Asian leader to be hosted on a state visit by the new monarch.

Yoon and first lady Kim Keon Hee, who were greeted at Stansted Airport by a representative of the King, will be formally welcomed on Tuesday at a ceremony at Horse Guards Parade, followed by a carriage procession to Buckingham Palace and a state banquet in the evening.

On Wednesday Yoon is scheduled to hold summit talks with Prime Minister Rishi Sunak at Downing Street, where the two leaders are expected to sign an accord elevating relations to a "global strategic partnership" and to launch negotiations on upgrading the bilateral free trade agreement, the presidential office said.

After London, Yoon will fly to Paris, where he plans to make a final round of lobbying for Busan's bid to host the 2030 World Expo ahead of the vote by member states of the Bureau International des Expositions on Nov. 28.

(END)

Related Articles
- Yoon, Kishida to meet on sidelines of APEC in San Francisco
- Korea, UK to launch talks on upgrading FTA

Copyright (c) 2023 The Korea Times. All rights reserved.
"""))

M.append(dict(id="h70-19", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000712.html",
published_at="2023-07-13", body="""Ministry of Foreign Affairs of Japan

Home > Foreign Policy > Regional Affairs > Asia > China

Japan-China Foreign Ministers' Meeting

July 13, 2023
Japanese

On July 13, commencing at 6:40 p.m. (local time; 8:40 p.m. JST) for approximately one hour, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is visiting Jakarta, the Republic of Indonesia, to attend the ASEAN-related Foreign Ministers' Meetings, held a Japan-China Foreign Ministers' Meeting with Mr. WANG Yi, Member of the Political Bureau of the Communist Party of China Central Committee and Director of the Office of the Central Foreign Affairs Commission. The overview is as follows.

1. At the outset, Minister Hayashi stated that Japan and China have various possibilities for cooperation as well as many challenges and concerns, and that both sides should build "constructive and stable" relations.

2. Minister Hayashi expressed serious concerns over the situation in the East China Sea, including around the Senkaku Islands, and China's military activities around Japan, and stressed the importance of peace and stability across the Taiwan Strait.

3. Minister Hayashi again requested the early release of the Japanese national detained in China.

4. Regarding the discharge of ALPS treated water into the sea, Minister Hayashi explained Japan's position on the basis of the IAEA Comprehensive Report. Director Wang stated China's position.

5. The two Ministers concurred to continue communication at all levels, including between Foreign Ministers.

Related Information
Japan-Indonesia Foreign Ministers' Meeting (July 12, 2023)
Japan-ROK Foreign Ministers' Meeting (July 13, 2023)
Japan-China Relations

Back to China | Page Top
"""))

M.append(dict(id="h70-20", source="cgtn.com",
url="https://news.cgtn.com/news/2024-04-02/Xi-Jinping-holds-phone-talks-with-U-S-President-Joe-Biden-1sKgPZtdx4Y/p.html",
published_at="2024-04-02", body="""CGTN

Xi Jinping holds phone talks with U.S. President Joe Biden

CGTN | 2024-04-02 23:21 GMT+8 | Updated 2024-04-02 23:40 GMT+8

Chinese President Xi Jinping had a phone conversation with U.S. President Joe Biden on Tuesday evening at the latter's request.

The two heads of state had a candid and in-depth exchange of views on China-U.S. relations and issues of mutual concern, according to the Chinese side.

Xi noted that since their meeting in San Francisco last November, the teams of the two sides had been implementing the consensus reached there, and the relationship had begun to stabilize. He said the two sides should adhere to the bottom line of no conflict and no confrontation, and that the Taiwan question is "the first red line that must not be crossed".

On economic, trade and technology issues, Xi said the U.S. side had adopted an endless stream of measures to suppress China's development and that this was "not de-risking, but creating risks".

Biden said that the U.S. does not seek a new Cold War and does not support "Taiwan independence". The two presidents agreed that their teams would stay in contact.

The call came as U.S. Treasury Secretary Janet Yellen prepares to travel to China. The U.S. Treasury Department said she will visit Guangzhou and Beijing from April 3 to 9 for meetings with Chinese officials, including Vice Premier He Lifeng, her second trip to the country in less than a year.

Share | WeChat | Weibo | Facebook | X

More from CGTN
- Chinese Premier Li Qiang meets German business leaders
- Wang Yi to visit Laos, attend Lancang-Mekong meeting
"""))

M.append(dict(id="h70-21", source="eng.belta.by",
url="https://eng.belta.by/president/view/lukashenko-arrives-in-china-on-state-visit-157312-2023/",
published_at="2023-02-28", body="""BelTA - Belarusian Telegraph Agency

Lukashenko arrives in China on state visit

28 February 2023 | 14:45

MINSK/BEIJING, 28 February (BelTA) - Belarus President Aleksandr Lukashenko has arrived in Beijing on a state visit to China at the invitation of President of the People's Republic of China Xi Jinping, BelTA learned from the press service of the Belarusian leader.

The visit will last from 28 February to 2 March. The main event, negotiations between the two heads of state in narrow and extended formats, is scheduled for 1 March. The sides intend to discuss the whole range of Belarusian-Chinese cooperation, with emphasis on trade, industrial cooperation, investment and the international agenda, and a number of documents are expected to be signed.

The Belarusian leader is accompanied by a large delegation of ministers, governors and heads of major enterprises.

Before the trip, Aleksandr Lukashenko told reporters that Minsk "fully supports" the Chinese position paper on the political settlement of the Ukraine crisis, published on 24 February.

Less than two weeks earlier, on 17 February, the head of state held talks with Russian President Vladimir Putin at Novo-Ogaryovo near Moscow.

Follow BelTA on Telegram, Viber and VK

Tags: Lukashenko, China, Xi Jinping, state visit
"""))

M.append(dict(id="h70-22", source="sandiegouniontribune.com",
url="https://www.sandiegouniontribune.com/news/nation-world/story/2023-01-09/biden-lopez-obrador-meet-north-american-summit",
published_at="2023-01-09", body="""San Diego Union-Tribune

Biden, López Obrador meet as North American summit gets underway

By Mariana Echeverría and Tom Halvorsen | Associated Press
Jan. 9, 2023 6:20 PM PT

MEXICO CITY - President Joe Biden, who arrived in the Mexican capital on Sunday night after his first visit to the U.S.-Mexico border as president, was hosted on Monday by President Andrés Manuel López Obrador at the National Palace for talks that opened with a lecture from his host.

López Obrador, who had greeted his guest on the tarmac at the new Felipe Ángeles International Airport, told Biden it was time "to end this abandonment, this disdain, this forgetting of Latin America and the Caribbean". Biden, responding, noted that the U.S. had spent billions of dollars in aid in the region.

The two leaders, according to the White House, discussed migration, fentanyl trafficking and a push to bring semiconductor and other supply chains closer to home. Canadian Prime Minister Justin Trudeau was due to arrive later Monday, and the three leaders will hold their first North American Leaders' Summit since 2021 on Tuesday. Trudeau is also scheduled to hold separate talks with López Obrador on Wednesday.

Copyright 2023 The Associated Press. All rights reserved.

Most Popular
- Chargers' season ends; what's next for Staley
- San Diego storms: more rain on the way

Sign up for the Essential California newsletter
"""))

M.append(dict(id="h70-23", source="aps.dz",
url="https://www.aps.dz/en/algeria/47512-president-tebboune-holds-talks-with-italian-prime-minister-giorgia-meloni",
published_at="2023-01-23", body="""Algérie Presse Service

President Tebboune holds talks with Italian Prime Minister Giorgia Meloni

Monday, 23 January 2023 14:35

ALGIERS - President of the Republic, Mr. Abdelmadjid Tebboune, held talks on Monday in Algiers with the President of the Council of Ministers of the Italian Republic, Mrs. Giorgia Meloni, who is paying a two-day official visit to Algeria.

The talks, held at El Mouradia Palace, first took place in a one-on-one meeting before being extended to the delegations of both countries.

Mrs. Meloni, who arrived on Sunday afternoon, was received at Houari Boumediene International Airport by Prime Minister Aïmene Benabderrahmane. She later laid a wreath at the Martyrs' Memorial (Maqam Echahid) and visited the garden named after Enrico Mattei, the founder of Italian energy company Eni, who supported the Algerian revolution.

Following the talks, the two sides signed several agreements and memoranda of understanding, including in the fields of energy, between Sonatrach and Eni, as well as in industry and space cooperation, in the presence of the President of the Republic and his guest.

In a statement to the press, Mrs. Meloni described Algeria as "a strategic partner" and said Italy wanted to become a hub for the supply of Algerian gas to Europe.

Other news
President Tebboune receives phone call from Tunisian President Kais Saied
Prime Minister chairs Government meeting
Weather: heavy rain expected in several northern provinces
"""))

M.append(dict(id="h70-24", source="hiiraan.com",
url="https://www.hiiraan.com/news4/2024/Dec/199021/somalia_ethiopia_agree_to_end_row_in_talks_brokered_by_turkey.aspx",
published_at="2024-12-12", body="""Hiiraan Online

Somalia, Ethiopia agree to end row in talks brokered by Turkey

Thursday December 12, 2024
Source: AFP

Ankara (AFP) - Somalia and Ethiopia have agreed to work together to settle a bitter dispute over Addis Ababa's plans to build a port in the breakaway region of Somaliland, Turkish President Recep Tayyip Erdogan announced late Wednesday after hosting the two countries' leaders in Ankara.

Erdogan, who received Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed separately before bringing them together for several hours of talks at his presidential complex, said they had "left behind" their differences in what he called a historic step.

Under a declaration read out at a joint press conference, the neighbours committed to begin technical negotiations by the end of February 2025, with Turkey's facilitation, on arrangements that would give landlocked Ethiopia "reliable, safe and sustainable access to and from the sea" under Somalia's sovereign authority.

Tensions flared in January when Ethiopia signed a memorandum of understanding with Somaliland, which declared independence from Somalia in 1991 but is not internationally recognised. Mogadishu called the deal an attack on its sovereignty.

Two earlier rounds of Turkish-mediated talks between the foreign ministers of the two countries, in July and August, ended without a breakthrough, and a third round was cancelled in September.

Copyright AFP. All rights reserved.

We welcome the submission of all articles for possible publication on Hiiraan.com.
"""))

M.append(dict(id="h70-25", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36612/Visit_of_Prime_Minister_of_Nepal_to_India_May_31__June_03_2023",
published_at="2023-05-29", body="""Ministry of External Affairs, Government of India

Media Center > Press Releases

Visit of Prime Minister of Nepal to India (May 31 - June 03, 2023)

May 29, 2023

Rt. Hon'ble Pushpa Kamal Dahal 'Prachanda', Prime Minister of Nepal, will pay an official visit to India from 31 May to 03 June 2023 at the invitation of Prime Minister Shri Narendra Modi. This will be the first bilateral visit abroad of Prime Minister Prachanda after assuming office in December 2022. He will be accompanied by a high-level delegation.

During the visit, Prime Minister Prachanda will call on the President of India, Smt. Droupadi Murmu. Vice President Shri Jagdeep Dhankhar and External Affairs Minister Dr. S. Jaishankar will call on the visiting dignitary. Prime Minister Modi will hold talks with his Nepali counterpart on 01 June 2023. Apart from Delhi, Prime Minister Prachanda will also visit Ujjain and Indore.

India and Nepal are close neighbours and partners. The visit will further strengthen the tradition of regular high-level exchanges between the two countries.

New Delhi
May 29, 2023

Other Press Releases
Visit of External Affairs Minister to South Africa and Namibia (June 01-06, 2023)
Visit of President to Suriname and Serbia (June 04-09, 2023)
Admission of Nepalese students to Indian universities

Share | Print | Feedback
"""))

M.append(dict(id="h70-26", source="hungarytoday.hu",
url="https://hungarytoday.hu/orban-visits-kyiv-urges-zelensky-to-consider-ceasefire/",
published_at="2024-07-02", body="""Hungary Today

Orbán Visits Kyiv, Urges Zelensky to Consider Ceasefire

MTI - Hungary Today | 2024.07.02.

Viktor Orbán and Volodymyr Zelensky at the Mariinsky Palace in Kyiv. Photo: PM's Press Office

Prime Minister Viktor Orbán travelled to Kyiv on Tuesday, where he was received by Ukrainian President Volodymyr Zelensky, a day after Hungary took over the rotating presidency of the Council of the European Union, the PM's press chief told MTI.

At a joint press statement after the talks, Orbán said he had asked his host to consider whether a quick ceasefire, tied to a deadline, could speed up peace negotiations. Zelensky did not respond publicly to the proposal.

It was Orbán's first visit to Ukraine since Russia launched its full-scale invasion in February 2022. The talks were also attended by Foreign Minister Péter Szijjártó and his Ukrainian counterpart Dmytro Kuleba, who had met in Uzhhorod in January to prepare the ground for the meeting of the two leaders.

Orbán said the two countries were working on a bilateral cooperation agreement that would also cover the rights of the Hungarian minority in Transcarpathia.

Read more
- Szijjártó to Travel to Beijing Next Week
- Hungarian EU Presidency Motto: Make Europe Great Again

Share: Facebook | X | Email
"""))
