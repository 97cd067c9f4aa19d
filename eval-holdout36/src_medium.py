# Medium wire-style stories (1,200-2,000 characters), h36-13 .. h36-26
M = []

M.append(dict(id="h36-13", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36134/Visit_of_External_Affairs_Minister_to_Sri_Lanka_January_1920_2023",
published_at="2023-01-20", body="""Ministry of External Affairs | Government of India

Media Center > Press Releases

Visit of External Affairs Minister to Sri Lanka (January 19-20, 2023)

January 20, 2023

1. External Affairs Minister Dr. S. Jaishankar paid an official visit to Sri Lanka on 19-20 January 2023.

2. During the visit, EAM called on H.E. Mr. Ranil Wickremesinghe, President of Sri Lanka, and H.E. Mr. Dinesh Gunawardena, Prime Minister of Sri Lanka. He held bilateral talks with H.E. Mr. M.U.M. Ali Sabry, Minister of Foreign Affairs of Sri Lanka.

3. EAM informed the Sri Lankan side that India had conveyed its financing assurances to the International Monetary Fund in support of Sri Lanka's debt restructuring, becoming the first bilateral creditor to do so. He expressed the hope that other creditors would move expeditiously.

4. The two Ministers reviewed the bilateral relationship, including connectivity, energy, investment and the early implementation of the Trincomalee energy projects. EAM also met leaders of Tamil political parties and representatives of the Indian-origin Tamil community.

5. EAM arrived in Colombo from Male, where he had paid an official visit to the Maldives on 18-19 January 2023.

Colombo
January 20, 2023

Related Press Releases
State Visit of President of the Co-operative Republic of Guyana to India (January 08-14, 2023)
Transcript of Special Briefing by Foreign Secretary on Voice of Global South Summit
Joint Statement on the 16th India-EU Joint Working Group on Counter Terrorism

Share | Print | Visitor Count: 8412

Follow MEA: X | Facebook | YouTube | Instagram"""))

M.append(dict(id="h36-14", source="app.com.pk",
url="https://www.app.com.pk/national/iranian-president-raisi-arrives-on-three-day-visit/",
published_at="2024-04-22", body="""Associated Press of Pakistan

Home > National

Iranian President Raisi arrives on three-day official visit to Pakistan

ISLAMABAD, Apr 22 (APP): President of the Islamic Republic of Iran Dr. Seyyed Ebrahim Raisi arrived here on Monday on a three-day official visit to Pakistan at the invitation of Prime Minister Muhammad Shehbaz Sharif.

He was received at Nur Khan Airbase by Federal Minister for Housing and Works Mian Riaz Hussain Pirzada, Iranian Ambassador Reza Amiri Moghadam and senior officials. He is accompanied by his spouse, Foreign Minister Hossein Amir-Abdollahian and other cabinet members.

The Iranian President later called on Prime Minister Shehbaz Sharif at the Prime Minister House, where he was presented a guard of honour. The two leaders first met one-on-one and then held delegation-level talks, agreeing to raise the volume of bilateral trade to $10 billion over the next five years.

The two sides signed eight agreements and memoranda of understanding in the fields of security, trade, science and technology, veterinary health, culture and judicial matters.

The visit is the first by a foreign head of state since the general elections in February.

During his stay, the Iranian President will call on President Asif Ali Zardari and meet Chairman Senate Syed Yousuf Raza Gilani. He will also visit Lahore and Karachi and meet the Chief Ministers of Punjab and Sindh.

From Pakistan, President Raisi will travel to Colombo on Wednesday, where he is scheduled to inaugurate the Uma Oya multipurpose development project with Sri Lankan President Ranil Wickremesinghe.

APP/MQA/ZAH

Other News
Senate passes resolution on Gaza
Polio campaign begins in 28 districts
Rupee remains stable against dollar

Copyright © 2024 Associated Press of Pakistan"""))

M.append(dict(id="h36-15", source="bssnews.net",
url="https://www.bssnews.net/news/98712",
published_at="2017-11-23", body="""BSS | Bangladesh Sangbad Sangstha | National News Agency

Home > National

Dhaka, Naypyitaw sign arrangement on return of Rohingyas

DHAKA, Nov 23, 2017 (BSS) - Bangladesh and Myanmar today signed an "arrangement" on the return of displaced Rohingyas from Rakhine State in Naypyitaw, after Foreign Minister Abul Hassan Mahmood Ali called on Myanmar's State Counsellor Aung San Suu Kyi.

Foreign Minister AH Mahmood Ali and Union Minister for the Office of the State Counsellor Kyaw Tint Swe signed the document on behalf of their respective governments, a foreign ministry press release said here.

Under the arrangement, the repatriation process is expected to begin within two months, and a joint working group will be formed within three weeks to work out the details.

"This is a first step. We will now have to see how the return can be started as quickly as possible in a safe and dignified manner," the foreign minister told reporters in Naypyitaw.

The foreign minister had gone to the Myanmar capital to attend the 13th Asia-Europe Meeting (ASEM) of foreign ministers, and held bilateral talks with his Myanmar counterpart on the sidelines.

More than 6,20,000 Rohingyas have fled to Bangladesh since August 25.

The signing came after Chinese Foreign Minister Wang Yi, who visited Dhaka and Naypyitaw last week, proposed a three-phase approach, beginning with a ceasefire in Rakhine.

BSS/AAS/SR/2215 hrs

Share: Facebook | Twitter | Email | Print

Latest News
PM opens new building of Cox's Bazar Medical College
Winter vegetables flood city kitchen markets
Bangladesh A beat Ireland Wolves by 5 wickets

© Bangladesh Sangbad Sangstha (BSS)"""))

M.append(dict(id="h36-16", source="reuters.com",
url="https://www.reuters.com/world/asia-pacific/india-pakistan-agree-ceasefire-after-us-mediation-2025-05-10/",
published_at="2025-05-10", body="""Reuters | World | Business | Markets | Sustainability

India and Pakistan agree to ceasefire after days of fighting, US says

By Reuters Staff
May 10, 2025 6:58 PM GMT+1 Updated 3 hours ago

NEW DELHI/ISLAMABAD, May 10 (Reuters) - India and Pakistan agreed on Saturday to stop all firing and military action on land, in the air and at sea, after four days of the worst fighting between the nuclear-armed neighbours in decades.

U.S. President Donald Trump announced the ceasefire on social media, saying it followed "a long night of talks mediated by the United States".

Indian Foreign Secretary Vikram Misri said Pakistan's Director General of Military Operations had called his Indian counterpart at 3:35 p.m. Indian time, and that the two had agreed to a halt from 5 p.m. "The Directors General of Military Operations will talk again on 12 May at 12 hours," Misri said.

Pakistani Foreign Minister Ishaq Dar confirmed the agreement on X.

U.S. Secretary of State Marco Rubio said he and Vice President JD Vance had spent the past 48 hours engaging with senior officials, including Prime Ministers Narendra Modi and Shehbaz Sharif. Rubio spoke by phone with Indian Foreign Minister Subrahmanyam Jaishankar and with Pakistan's army chief, General Asim Munir, on Saturday, the State Department said.

Rubio also said the two countries had agreed to start talks on a broad set of issues at a neutral site. An Indian government source said no decision had been taken to hold talks on any other issue at any other place.

Saudi Minister of State for Foreign Affairs Adel al-Jubeir and Iranian Foreign Minister Abbas Araghchi had visited both capitals this week.

(Reporting by Reuters bureaux in New Delhi, Islamabad and Washington; Editing by Frances Kerry)

Our Standards: The Thomson Reuters Trust Principles.

Read next
Explainer: What is the Indus Waters Treaty?"""))

M.append(dict(id="h36-17", source="mofa.gov.pk",
url="https://mofa.gov.pk/press-releases/pakistan-and-india-sign-agreement-on-kartarpur-corridor",
published_at="2019-10-24", body="""Ministry of Foreign Affairs | Government of Pakistan

Press Releases

Pakistan and India sign Agreement on operationalization of the Kartarpur Corridor

No. 318/2019
Islamabad, 24 October 2019

Pakistan and India today signed the Agreement for the facilitation of pilgrims to visit Gurdwara Darbar Sahib, Kartarpur, Narowal, at the Zero Point on the international border.

The Agreement was signed by Dr. Mohammad Faisal, Director General (South Asia & SAARC) and Spokesperson of the Ministry of Foreign Affairs, on behalf of Pakistan, and Mr. S.C.L. Das, Joint Secretary (Internal Security), Ministry of Home Affairs, on behalf of India.

Under the Agreement, up to 5,000 Indian pilgrims will be allowed to visit the Gurdwara daily, seven days a week, without a visa. A service charge of US$ 20 per pilgrim will be levied by Pakistan.

The Agreement is the result of three rounds of talks held at the Attari-Wagah border since March this year, and technical meetings on the alignment of the road and the bridge over the River Ravi.

Prime Minister Imran Khan will inaugurate the Corridor on 9 November 2019, ahead of the 550th birth anniversary of Baba Guru Nanak Dev Ji.

Pakistan remains committed to the opening of the Corridor, notwithstanding the current state of relations.

*****

Other Press Releases
Telephone conversation between Foreign Minister Makhdoom Shah Mahmood Qureshi and Foreign Minister of Turkey
Weekly Press Briefing by the Spokesperson
Statement on the situation in Indian Occupied Jammu and Kashmir

Print | Share | Back to top

Copyright © Ministry of Foreign Affairs, Pakistan"""))

M.append(dict(id="h36-18", source="english.news.cn",
url="https://english.news.cn/20241203/5d2c7a1e9f4b4d3e8a6c0b1f2e3d4c5a/c.html",
published_at="2024-12-03", body="""Xinhua | China | World | Business | Sci-Tech | Photos

Xi meets Nepali prime minister

Source: Xinhua | Editor: huaxia | 2024-12-03 21:48:17

BEIJING, Dec. 3 (Xinhua) -- Chinese President Xi Jinping met with Nepali Prime Minister K P Sharma Oli, who is on an official visit to China, at the Great Hall of the People in Beijing on Tuesday.

Xi noted that China and Nepal are friendly neighbors linked by mountains and rivers, and that the traditional friendship has been carefully nurtured by successive generations of leaders.

China is ready to work with Nepal to advance the Belt and Road cooperation, build the Trans-Himalayan Multi-Dimensional Connectivity Network, and push for more results in the building of the China-Nepal community with a shared future, Xi said.

Xi said China firmly supports Nepal in safeguarding its national independence, sovereignty and territorial integrity, and in exploring a development path suited to its national conditions.

Oli said Nepal firmly adheres to the one-China policy and will never allow any force to use its territory for anti-China separatist activities. Nepal is willing to strengthen cooperation with China in trade, investment, infrastructure, tourism and people-to-people exchanges, he said.

Wang Yi was present at the meeting.

Oli arrived in Beijing on Monday for the visit, which runs through Thursday. He is also scheduled to hold talks with Premier Li Qiang and meet with Zhao Leji, chairman of the Standing Committee of the National People's Congress. Enditem

Photo: Chinese President Xi Jinping meets with Nepali Prime Minister K P Sharma Oli at the Great Hall of the People in Beijing, capital of China, Dec. 3, 2024. (Xinhua/Zhai Jianlan)

Most viewed
China's exports beat forecasts in November

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h36-19", source="theweek.in",
url="https://www.theweek.in/wire-updates/national/2023/06/01/del61-modi-prachanda-talks.html",
published_at="2023-06-01", body="""THE WEEK | Wire Updates

India, Nepal sign 7 pacts; Modi, Prachanda resolve to take ties to 'Himalayan heights'

PTI | Updated: June 01, 2023 16:22 IST

New Delhi, Jun 1 (PTI) India and Nepal on Thursday signed seven agreements, including a revised transit treaty, after Prime Minister Narendra Modi and his Nepalese counterpart Pushpa Kamal Dahal 'Prachanda' held wide-ranging talks and resolved to take bilateral ties to "Himalayan heights".

The two sides also finalised an agreement under which India will import 10,000 megawatts of electricity from Nepal over the next 10 years.

The two prime ministers jointly inaugurated integrated check posts at Rupaidiha and Bhairahawa and flagged off a cargo train from Bihar's Bathnaha to Nepal Customs Yard through video link.

"We will continue to work to take our relationship to Himalayan heights. And in this spirit, we will resolve all issues, be it the boundary or any other issue," Modi said in his media statement.

Prachanda arrived in New Delhi on Wednesday on a four-day visit, his first bilateral trip abroad after becoming prime minister for the third time in December last year.

External Affairs Minister S Jaishankar called on him on Wednesday. Prachanda will travel to Ujjain and Indore in Madhya Pradesh on Friday before returning home on Saturday.

PTI MPB ZH RHL

(This story has not been edited by THE WEEK and is auto-generated from PTI)

Topics: India | Nepal | Narendra Modi | Prachanda

Advertisement"""))

M.append(dict(id="h36-20", source="psmnews.mv",
url="https://psmnews.mv/en/131402",
published_at="2024-01-13", body="""PSM News | Public Service Media

Politics

President returns after state visit to China; says no country has licence to bully Maldives

13 January 2024 | 18:42

President Dr Mohamed Muizzu has returned to the Maldives after concluding a five-day state visit to the People's Republic of China.

During the visit, President Dr Muizzu held official talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing, and the two leaders announced the elevation of bilateral relations to a Comprehensive Strategic Cooperative Partnership. Twenty agreements were signed, covering tourism, disaster risk reduction, the blue economy, the digital economy and infrastructure.

Speaking to the media at Velana International Airport, the President said: "We may be small, but that does not give anyone the licence to bully us."

Chief of Public Policy at the President's Office Mohamed Firuzul Abdul Khaleel told reporters that the President had formally asked the Government of India to withdraw its military personnel from the Maldives by 15 March.

A high-level core group formed by the two countries to discuss the matter will hold its first meeting on Sunday at the Ministry of Foreign Affairs in Male', he said.

The remarks follow a week of tension after three deputy ministers posted derogatory comments about the Indian Prime Minister on social media. The government suspended the three, and India summoned the Maldivian High Commissioner in New Delhi, Ibrahim Shaheeb, last Monday.

The President's first state visit abroad was to Turkiye in November.

Share: Facebook | X | Viber

Latest
Cabinet meeting held at the President's Office
Water supply disrupted in parts of Hulhumale'

© 2024 Public Service Media"""))

M.append(dict(id="h36-21", source="pmo.gov.pk",
url="https://www.pmo.gov.pk/news_details.php?news_id=3421",
published_at="2025-09-17", body="""Prime Minister's Office | Islamic Republic of Pakistan

Press Release

Pakistan and Saudi Arabia sign Strategic Mutual Defence Agreement

Riyadh: 17th September, 2025

Prime Minister Muhammad Shehbaz Sharif, on a State Visit to the Kingdom of Saudi Arabia at the invitation of His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, held talks with His Royal Highness at Al-Yamamah Palace today.

Upon arrival at the Palace, the Prime Minister was received by the Crown Prince and presented a guard of honour.

The two leaders reviewed the historic and fraternal relations between the two countries and signed the Strategic Mutual Defence Agreement. The Agreement states that any aggression against either country shall be considered an aggression against both, and seeks to develop aspects of defence cooperation and strengthen joint deterrence.

The Prime Minister thanked the Crown Prince for the Kingdom's support to Pakistan and said the Agreement reflected the shared commitment of the two brotherly countries to peace and security in the region.

The Prime Minister was accompanied by Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar, Chief of Army Staff Field Marshal Syed Asim Munir, and Federal Ministers.

The Prime Minister arrived in Riyadh from Doha, where he attended the Emergency Arab-Islamic Summit.

***

Other News
PM's telephone conversation with the President of the United Arab Emirates
PM chairs meeting on flood rehabilitation in Punjab

Copyright © 2025 Prime Minister's Office, Pakistan"""))

M.append(dict(id="h36-22", source="tass.com",
url="https://tass.com/politics/1814362",
published_at="2024-07-09", body="""TASS | Russian News Agency

Politics

Putin, Modi hold talks in Kremlin, agree to raise trade to $100 bln by 2030

MOSCOW, July 9. /TASS/. Russian President Vladimir Putin and Indian Prime Minister Narendra Modi held talks in the Kremlin on Tuesday, first in a narrow format and then with delegations.

The leaders adopted a joint statement on the development of the economic partnership until 2030, which sets a target of $100 billion in bilateral trade. Putin noted that trade between the two countries had grown by 66% last year.

Before the talks, Putin presented Modi with the Order of St. Andrew the Apostle, awarded to him in 2019 for his contribution to the development of the special and privileged strategic partnership.

Modi arrived in Moscow on Monday on his first visit to Russia since 2019. On Monday evening, Putin hosted him for an informal conversation at his residence in Novo-Ogaryovo. Kremlin spokesman Dmitry Peskov said the two leaders had discussed the situation in Ukraine.

Modi said India would open consulates in Kazan and Yekaterinburg. He also visited the Rosatom pavilion at the VDNKh exhibition centre.

According to Kremlin aide Yury Ushakov, Putin accepted an invitation to visit India, with dates to be agreed.

From Moscow, Modi will fly to Vienna, where he is scheduled to hold talks with Austrian Chancellor Karl Nehammer. It will be the first visit of an Indian prime minister to Austria in 41 years.

Tags: Russia-India relations, Vladimir Putin, Narendra Modi

Subscribe to TASS on Telegram"""))

M.append(dict(id="h36-23", source="pajhwok.com",
url="https://pajhwok.com/2020/11/19/imran-khan-in-kabul-on-first-official-visit/",
published_at="2020-11", body="""Pajhwok Afghan News | پژواک | English

Imran Khan in Kabul on first official visit, vows to help reduce violence

KABUL (Pajhwok): Pakistan's Prime Minister Imran Khan arrived in Kabul on a one-day official visit on Thursday, his first trip to Afghanistan since taking office in 2018.

He was received at Hamid Karzai International Airport by Afghan officials and later held talks with President Mohammad Ashraf Ghani at the Presidential Palace (ARG).

The two leaders discussed the peace process, trade, transit and the return of refugees, according to a statement from the ARG. They issued a "Shared Vision" document on supporting peace and regional connectivity.

At a joint press conference, Khan said his government would do "whatever it takes" to help reduce violence in Afghanistan. "The people of Afghanistan have suffered for four decades. Pakistan wants peace in Afghanistan more than any other country," he said.

Ghani said the visit could open a new chapter in relations. He said the level of violence in the country remained high despite the intra-Afghan negotiations under way in Doha.

Khan was accompanied by Foreign Minister Shah Mahmood Qureshi, Commerce Adviser Abdul Razak Dawood and Special Representative for Afghanistan Mohammad Sadiq. He also met Abdullah Abdullah, chairman of the High Council for National Reconciliation.

Pakistani officials said Khan had invited Ghani to visit Pakistan at a time convenient to both sides.

Tags: Imran Khan, Ashraf Ghani, Kabul, Pakistan

Share: Facebook | Twitter | Email

Related
Kabul urges Islamabad to ease restrictions at Torkham
Peace talks: Negotiating teams agree on procedural rules

© Pajhwok Afghan News 2020"""))

M.append(dict(id="h36-24", source="apnews.com",
url="https://apnews.com/article/obama-india-modi-nuclear-breakthrough",
published_at="2015-01-25", body="""AP | Top Stories | World News | U.S. | Politics

Obama, Modi announce breakthrough on stalled nuclear deal

By AP Staff
January 25, 2015

NEW DELHI (AP) - President Barack Obama and Indian Prime Minister Narendra Modi said Sunday they had made a breakthrough on a civil nuclear agreement that had been stuck for years over the issue of liability in the event of an accident.

"We have achieved a breakthrough understanding," Obama said at a joint news conference at Hyderabad House after the two leaders held talks. Neither side gave details of the understanding.

Modi broke protocol to greet Obama with a hug at the airport when Air Force One landed on Sunday morning. The two later sipped tea and strolled in the garden of Hyderabad House.

Obama is the first U.S. president to be invited as chief guest at India's Republic Day parade, which he will attend on Monday.

The White House said Obama would cut short his three-day visit, skipping a planned stop at the Taj Mahal in Agra, to travel on Tuesday to Saudi Arabia to pay his respects to the family of the late King Abdullah, who died on Friday.

The two leaders also agreed to renew a 10-year defense framework agreement and to cooperate on clean energy and climate change.

Copyright 2015 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

Related Stories
Obama arrives in India; greeted by Modi with hug
Saudi King Abdullah dies; Salman becomes king
Kerry to attend economic summit in India's Gujarat"""))

M.append(dict(id="h36-25", source="pmd.gov.lk",
url="https://pmd.gov.lk/news/president-anura-kumara-dissanayake-holds-bilateral-discussions-with-indian-prime-minister/",
published_at="2024-12-16", body="""President's Media Division | Sri Lanka

President Anura Kumara Dissanayake holds bilateral discussions with Indian Prime Minister

2024-12-16

President Anura Kumara Dissanayake, who is on a state visit to India, held bilateral discussions with Prime Minister of India Hon. Narendra Modi at Hyderabad House in New Delhi today (16).

Prior to the discussions, President Dissanayake was welcomed with full state honours at Rashtrapati Bhavan by the President of India Hon. Droupadi Murmu and Prime Minister Modi.

The two leaders engaged in a one-on-one meeting followed by delegation-level talks, focusing on energy, debt restructuring, trade, investment, education and fisheries. Memoranda of understanding on the avoidance of double taxation and on the training of Sri Lankan civil servants were exchanged.

President Dissanayake assured that Sri Lanka would not allow its territory to be used in a manner detrimental to India's security.

Prime Minister Modi announced that India would provide training for 1,500 Sri Lankan public servants and support the supply of LNG to Sri Lanka's power plants.

The President, on his first overseas visit since assuming office, arrived in New Delhi on December 15. He also met Vice President Jagdeep Dhankhar, while External Affairs Minister Dr. S. Jaishankar and National Security Adviser Ajit Doval called on him.

The President will visit Bodh Gaya tomorrow (17) before returning to Sri Lanka.

Other News
President meets Ambassador of Japan
Cabinet decisions

President's Media Division (PMD)"""))

M.append(dict(id="h36-26", source="economictimes.indiatimes.com",
url="https://economictimes.indiatimes.com/news/india/wang-yi-arrives-in-delhi-holds-talks-with-jaishankar/articleshow/123412887.cms",
published_at="2025-08-18", body="""The Economic Times | News | India

Wang Yi arrives in Delhi, holds talks with Jaishankar; SR talks with Doval tomorrow

PTI | Last Updated: Aug 18, 2025, 09:12:00 PM IST

Synopsis: Chinese Foreign Minister Wang Yi is on a two-day visit to India, his first since the 2020 border clash at Galwan.

New Delhi: Chinese Foreign Minister Wang Yi on Monday arrived in New Delhi on a two-day visit and held talks with External Affairs Minister S Jaishankar, with both sides seeking to rebuild ties strained since 2020.

"Our relations are moving in a positive direction. The basis for this is the maintenance of peace and tranquillity in the border areas," Jaishankar said.

Wang will hold the 24th round of Special Representatives talks on the boundary question with National Security Adviser Ajit Doval on Tuesday, and call on Prime Minister Narendra Modi.

The visit comes ahead of Modi's expected trip to Tianjin for the Shanghai Cooperation Organisation summit on August 31 and September 1. A meeting with President Xi Jinping on the sidelines is likely, people familiar with the matter said.

From New Delhi, Wang will travel to Kabul on Wednesday for a trilateral meeting with the foreign ministers of Pakistan and Afghanistan. He will then go to Islamabad for the sixth round of the Pakistan-China strategic dialogue with Deputy Prime Minister and Foreign Minister Ishaq Dar.

(Catch all the Business News, Breaking News, Budget 2025 Events and Latest News Updates on The Economic Times.)

Download The Economic Times News App to get Daily Market Updates & Live Business News.

Read More News on
Wang Yi | S Jaishankar | India-China relations

Trending: Sensex today | Gold rate today | Monsoon update"""))
