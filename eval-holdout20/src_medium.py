# Medium wire-style stories (1,200-2,000 characters), h20-13 .. h20-26
M = []

M.append(dict(id="h20-13", source="kcna.kp",
url="http://www.kcna.kp/en/article/q/5c3b9e1f04a7d6e2a1f8b0c9d3e45f17.kcmsf",
published_at="2023-07-27", body="""KCNA | Korean Central News Agency of DPRK
Home | Supreme Leader's Activities | Top News | Home News | External | Photo | Video

Respected Comrade Kim Jong Un Receives Russian Military Delegation

Pyongyang, July 27 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea, received on July 26 the military delegation of the Russian Federation headed by Sergei Kuzhugetovich Shoigu, minister of Defence, who is on a visit to the DPRK to congratulate the 70th anniversary of the victory in the great Fatherland Liberation War.

Shoigu courteously conveyed to Kim Jong Un the autographed letter sent by Vladimir Vladimirovich Putin, president of the Russian Federation.

Kim Jong Un had a talk with the delegation, in which both sides had a wide-ranging exchange of views on matters of mutual concern in the fields of national defence and security and on the regional and international security environment. Present there was Kang Sun Nam, minister of National Defence.

Kim Jong Un, together with the delegation, looked round the Armed Forces Development-2023 arms exhibition.

Respected Comrade Kim Jong Un Meets Chinese Party and Government Delegation

Pyongyang, July 27 (KCNA) -- Kim Jong Un received the party and government delegation of the People's Republic of China headed by Li Hongzhong, member of the Political Bureau of the Central Committee of the Communist Party of China and vice-chairman of the Standing Committee of the National People's Congress, who arrived in Pyongyang to take part in the celebrations.

Li Hongzhong conveyed the autographed letter of Xi Jinping, general secretary of the CPC Central Committee and president of the PRC. Kim Jong Un expressed his thanks and said that the DPRK-China friendship would be carried forward.

Other news
- Foreign Ministry spokesman slams U.S. strategic nuclear submarine visit to south Korea

KCNA | Copyright © 2023"""))

M.append(dict(id="h20-14", source="english.news.cn",
url="https://english.news.cn/20240607/9b2e4d1c7f3a4e0b8c6d5a2f1e0b7c34/c.html",
published_at="2024-06-07", body="""Xinhua Net
Home | China | World | Business | Sci-Tech | Photos | Video | Opinion

Xi meets Pakistani PM, calls for upgraded version of CPEC

Source: Xinhua | Editor: huaxia | 2024-06-07 21:34:08

BEIJING, June 7 (Xinhua) -- Chinese President Xi Jinping met with Pakistani Prime Minister Muhammad Shehbaz Sharif, who is on an official visit to China, in Beijing on Friday at the Great Hall of the People.

Describing China and Pakistan as "ironclad friends" and all-weather strategic cooperative partners, Xi called on the two sides to build an upgraded version of the China-Pakistan Economic Corridor (CPEC). He said Pakistan should effectively ensure the security of Chinese personnel, projects and institutions in the country.

Shehbaz said Pakistan firmly adheres to the one-China principle and will spare no effort to protect Chinese personnel and projects, adding that Pakistan looks forward to learning from China's development experience.

Earlier on Friday, Chinese Premier Li Qiang held talks with Shehbaz. The two premiers witnessed the signing of more than 20 cooperation documents covering the CPEC, agriculture, industry, the media and people's livelihoods.

Shehbaz, on his first trip to China since being re-elected in March, arrived in the southern city of Shenzhen on Tuesday and also visited Xi'an before coming to Beijing. Pakistani officials said Li had accepted an invitation to attend the meeting of the Shanghai Cooperation Organization's heads of government to be hosted by Islamabad in October.

Enditem

Chinese President Xi Jinping meets with Pakistani Prime Minister Muhammad Shehbaz Sharif at the Great Hall of the People in Beijing, capital of China, June 7, 2024. (Xinhua/Li Xueren)

Related: China, Pakistan vow to jointly safeguard security of CPEC projects

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h20-15", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/vietnam-australia-upgrade-ties-to-comprehensive-strategic-partnership-post280143.vnp",
published_at="2024-03-07", body="""VietnamPlus | Vietnam News Agency
Politics | Business | Society | World | Culture | Sports | Travel | Sci-Tech

Vietnam, Australia upgrade ties to Comprehensive Strategic Partnership

Thursday, March 7, 2024 | 15:42

Canberra (VNA) – Prime Minister Pham Minh Chinh and his Australian counterpart Anthony Albanese announced the upgrade of Vietnam-Australia relations to a Comprehensive Strategic Partnership during their talks in Canberra on March 7, as part of the Vietnamese Government leader's official visit to Australia.

The Vietnamese PM was given an official welcome ceremony at Parliament House before the talks. The two leaders then witnessed the exchange of cooperation documents on energy transition, mineral resources, agriculture, education and digital transformation.

Both sides agreed to strive to raise two-way trade to 20 billion AUD and to double Australian investment in Vietnam. PM Chinh asked Australia to further open its market to Vietnamese farm produce, while Albanese said Australia would continue supporting Vietnam in human resources training.

Chinh had earlier attended the ASEAN-Australia Special Summit in Melbourne, which marked 50 years since Australia became ASEAN's first dialogue partner.

According to the schedule, PM Chinh will pay an official visit to New Zealand from March 10-12 at the invitation of Prime Minister Christopher Luxon.

VNA

Related news
PM meets Lao counterpart on sidelines of ASEAN-Australia Special Summit
Vietnam, Australia boost cooperation in agriculture

Tags: Pham Minh Chinh, Anthony Albanese, Vietnam-Australia relations, comprehensive strategic partnership

Share: Facebook | Twitter | Zalo"""))

M.append(dict(id="h20-16", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20220809000781",
published_at="2022-08-09", body="""The Korea Herald
National | Business | Life & Culture | Sports | World | Opinion | K-pop
Subscribe | Newsletter

FM Park, China's Wang agree to pursue stable supply chains at Qingdao talks

Published : Aug. 9, 2022 - 22:11

QINGDAO, China -- Foreign Minister Park Jin held talks with his Chinese counterpart, Wang Yi, in the eastern Chinese port city of Qingdao on Tuesday, on his first visit to China since the Yoon Suk Yeol government took office in May.

The two sides agreed to work together to keep supply chains stable and to expand dialogue on economic security, the foreign ministry said. Park asked China to play a constructive role in North Korea's denuclearization.

Wang restated Beijing's position on the THAAD missile defense battery deployed in South Korea. A South Korean official said afterward that the issue was a matter of national security "and not subject to negotiation."

The talks, including a dinner, lasted about five hours.

Park invited Wang to visit South Korea at a mutually convenient time, and Wang accepted, the ministry said.

Earlier this month, Park attended ASEAN-related meetings in Phnom Penh, where he had a brief meeting with Japanese Foreign Minister Yoshimasa Hayashi.

Park is due to return home on Wednesday. (Yonhap)

Most Popular
1. Seoul flooded by record rain; 8 dead
2. Yoon's approval rating falls to new low

Copyright © The Korea Herald. All rights reserved."""))

M.append(dict(id="h20-17", source="wam.ae",
url="https://www.wam.ae/en/details/1395303049652",
published_at="2024-05-29", body="""WAM | Emirates News Agency
Home | UAE | World | Business | Sports | Culture | Photos

UAE, Republic of Korea sign Comprehensive Economic Partnership Agreement during UAE President's state visit

SEOUL, 29th May, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and President Yoon Suk Yeol of the Republic of Korea today witnessed the signing of the Comprehensive Economic Partnership Agreement (CEPA) between the two countries at the Presidential Office in Seoul, on the occasion of His Highness's state visit to the Republic of Korea.

The two sides also exchanged a number of memoranda of understanding in nuclear energy, investment, defence industry, and climate change.

His Highness said the CEPA marks a new phase in the special strategic partnership between the two countries.

UAE President departs Seoul, heads to China

SEOUL, 29th May, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan departed Seoul today, concluding his state visit to the Republic of Korea. His Highness is heading to the People's Republic of China on a state visit, during which he will hold talks with President Xi Jinping and attend the opening ceremony of the 10th Ministerial Conference of the China-Arab States Cooperation Forum in Beijing.

Khalifa Shaheen Al Marar receives copy of credentials of Uzbekistan's new ambassador

ABU DHABI, 29th May, 2024 (WAM) -- Khalifa Shaheen Al Marar, Minister of State, received a copy of the credentials of the new Ambassador of the Republic of Uzbekistan to the UAE.

WAM/Tariq alfaham

Share | Print | Copyright © 2024 WAM"""))

M.append(dict(id="h20-18", source="spa.gov.sa",
url="https://www.spa.gov.sa/w1912044",
published_at="2023-05-19", body="""Saudi Press Agency
Home | Royal Court | Local | Political | Economic | Sports | Cultural | Photos

HRH Crown Prince Receives Syrian President

Jeddah, May 19, 2023, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received at Al-Salam Palace in Jeddah today President Bashar al-Assad of the Syrian Arab Republic, who arrived in the Kingdom to participate in the 32nd Arab League Summit.

During the reception, they reviewed bilateral relations and the return of the Syrian Arab Republic to the Arab League.

--SPA

HRH Crown Prince Receives President of Ukraine

Jeddah, May 19, 2023, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received President Volodymyr Zelenskyy of Ukraine on the sidelines of the summit.

His Royal Highness affirmed the Kingdom's support for all international efforts aimed at resolving the crisis politically and its readiness to continue mediation.

--SPA

Foreign Minister Meets Algerian Counterpart

Jeddah, May 17, 2023, SPA -- Foreign Minister Prince Faisal bin Farhan met with Minister of Foreign Affairs of Algeria Ahmed Attaf on the sidelines of the preparatory meeting of Arab foreign ministers. They discussed bilateral relations and preparations for the summit.

--SPA
21:40 Local Time 18:40 GMT

Saudi Press Agency © 2023 | Print | Send to a friend"""))

M.append(dict(id="h20-19", source="en.irna.ir",
url="https://en.irna.ir/news/85453128/President-Raisi-arrives-in-Islamabad-on-three-day-visit",
published_at="2024-04-22", body="""IRNA English
Politics | Economy | Society | Culture | Sports | World | Photo | Video

President Raisi arrives in Islamabad on three-day visit

Islamabad, IRNA – Iranian President Ebrahim Raisi arrived in the Pakistani capital, Islamabad, on Monday morning at the head of a high-ranking political and economic delegation, at the official invitation of Prime Minister Muhammad Shehbaz Sharif.

He was welcomed at Nur Khan Airbase by Pakistan's Minister for Housing and Works Riaz Hussain Pirzada and the Iranian ambassador to Islamabad.

The visiting delegation includes Foreign Minister Hossein Amir-Abdollahian and several other cabinet members. During the three-day visit, Raisi will meet President Asif Ali Zardari and Prime Minister Shehbaz Sharif and travel to Lahore and Karachi. A number of cooperation documents are expected to be signed in trade, energy, security and culture.

Before leaving Tehran, the President said the two neighbors intend to raise annual trade to 10 billion dollars.

At the end of his trip, Raisi will travel to Colombo on Wednesday at the invitation of Sri Lankan President Ranil Wickremesinghe to inaugurate the Uma Oya multipurpose development project, which was built with Iranian assistance.

News ID 85453128

Follow us on Telegram, X and Instagram

Most visited
Leader: Iran's response showed power of Iranian nation"""))

M.append(dict(id="h20-20", source="presstv.ir",
url="https://www.presstv.ir/Detail/2022/06/11/684211/Iran-Venezuela-sign-20-year-cooperation-plan-Maduro-visit",
published_at="2022-06-11", body="""Press TV
Home | Iran | West Asia | Asia-Pacific | Africa | Europe | Americas | Videos

Iran, Venezuela sign 20-year cooperation plan as Maduro visits Tehran

Saturday, 11 June 2022 2:03 PM

Iran and Venezuela have signed a 20-year cooperation roadmap during a visit to Tehran by Venezuelan President Nicolas Maduro, as the two countries vow to stand up to US sanctions.

The document was signed by President Ebrahim Raisi and Maduro at the Sa'dabad Palace complex on Saturday. It covers cooperation in oil, petrochemicals, defense, agriculture, tourism and culture.

Raisi said Venezuela had shown "exemplary resistance" against sanctions and threats by enemies and imperialism. Maduro said relations with Iran were "strategic" and invited Iranian companies to invest in his country.

Maduro arrived in Tehran on Friday night from Algeria, the latest stop of a tour that earlier took him to Turkey. He was due to meet Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei later in his visit.

Iran has sent several shipments of fuel to Venezuela in recent years in defiance of US sanctions on both countries.

Press TV's website can also be accessed at: www.presstv.co.uk

Related
Iran's oil minister says Tehran ready to help Caracas refineries

Comments | Print | Share"""))

M.append(dict(id="h20-21", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/12/a73f2b91c0de-japan-china-agree-to-boost-exchanges-as-iwaya-visits-beijing.html",
published_at="2024-12-25", body="""KYODO NEWS
Japan | World | Business | Sports | Features | Photos
Kyodo News+ | Subscribe

Japan, China agree to boost exchanges as Iwaya visits Beijing

KYODO NEWS - Dec 25, 2024 - 22:40 | Japan, World, All

BEIJING - Japanese Foreign Minister Takeshi Iwaya and his Chinese counterpart Wang Yi agreed Wednesday to promote people-to-people exchanges, with Tokyo saying it will ease visa requirements for Chinese visitors, including a new 10-year multiple-entry tourist visa.

In their talks in Beijing, Iwaya raised China's ban on Japanese seafood imports, the detention of Japanese nationals and the fatal stabbing of a Japanese schoolboy in Shenzhen in September, a Japanese official said.

The two ministers agreed that Wang would visit Japan at an early date next year for the first high-level economic dialogue between the two countries since 2019.

Iwaya also paid a courtesy call on Premier Li Qiang during the two-day trip, the first to China by a Japanese foreign minister since April 2023.

The visit follows talks between Prime Minister Shigeru Ishiba and President Xi Jinping in Lima in November on the sidelines of the APEC summit.

Related coverage:
Ishiba, Xi agree to pursue "mutually beneficial" ties in first talks

Share: X | Facebook | LINE"""))

M.append(dict(id="h20-22", source="reuters.com",
url="https://www.reuters.com/world/asia-pacific/philippines-vietnam-sign-south-china-sea-cooperation-deals-during-marcos-visit-2024-01-30/",
published_at="2024-01-30", body="""Philippines, Vietnam sign South China Sea cooperation deals during Marcos visit

By Reuters
January 30, 2024 1:02 PM GMT+8 Updated 3 hours ago

HANOI, Jan 30 (Reuters) - The Philippines and Vietnam on Tuesday signed two agreements to prevent incidents in the South China Sea and to expand cooperation between their coast guards, during a state visit to Hanoi by Philippine President Ferdinand Marcos Jr.

Both countries have overlapping claims with China in the disputed waterway, and both have had run-ins with Chinese vessels in recent months.

The deals were signed after Marcos met Vietnamese President Vo Van Thuong. He also held talks with Prime Minister Pham Minh Chinh and Communist Party chief Nguyen Phu Trong, and the two sides agreed on a rice trade deal under which Vietnam will supply rice to the Philippines.

"Vietnam is the Philippines' only strategic partner in ASEAN," Marcos told business leaders on Monday.

China's foreign ministry did not immediately respond to a request for comment.

Marcos is expected to travel to Australia next month, officials in Manila have said.

Reporting by Francesco Guarascio in Hanoi and Karen Lema in Manila; Editing by Martin Petty

Our Standards: The Thomson Reuters Trust Principles.

Read Next
China coast guard says it expelled Philippine vessels from Scarborough Shoal"""))

M.append(dict(id="h20-23", source="thehindu.com",
url="https://www.thehindu.com/news/national/jaishankar-wang-yi-agree-on-five-point-plan-to-ease-ladakh-standoff/article32572318.ece",
published_at="2020-09-11", body="""THE HINDU
News | Opinion | Business | Sport | Entertainment | e-Paper

Jaishankar, Wang Yi agree on five-point plan to ease Ladakh standoff

PTI | MOSCOW | Updated: 11 September 2020 09:28 IST

India and China have agreed on a five-point plan to defuse the border standoff in eastern Ladakh, including quick disengagement of troops, after talks between External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi in Moscow on Thursday evening on the sidelines of a Shanghai Cooperation Organisation meeting.

"The two Foreign Ministers agreed that the current situation in the border areas is not in the interest of either side," a joint press statement said.

The talks lasted about two and a half hours. They came days after Defence Minister Rajnath Singh met his Chinese counterpart General Wei Fenghe in Moscow on September 4, and amid reports of warning shots being fired along the Line of Actual Control for the first time in decades.

A Chinese foreign ministry statement said Wang told Jaishankar it was important to move back personnel and equipment and that China denied its troops had fired shots.

Jaishankar, who arrived in Moscow on Wednesday, earlier held talks with Russian Foreign Minister Sergei Lavrov and attended a Russia-India-China lunch hosted by Lavrov.

This article is closed for comments. Please Email the Editor

Printable version | Related Topics: India-China | diplomacy"""))

M.append(dict(id="h20-24", source="en.antaranews.com",
url="https://en.antaranews.com/news/233169/jokowi-albanese-discuss-trade-climate-at-bogor-palace",
published_at="2022-06-06", body="""ANTARA News
Indonesian | English | Photo | Video

Jokowi, Albanese discuss trade, climate at Bogor Palace

Monday, June 6, 2022 17:21 WIB

Bogor, W Java (ANTARA) - President Joko Widodo (Jokowi) received Australian Prime Minister Anthony Albanese at the Bogor Presidential Palace on Monday, on the Australian leader's first bilateral visit abroad since he was sworn in on May 23.

The two leaders discussed the implementation of the Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA), climate change, and the energy transition. Albanese announced a 200-million-Australian-dollar climate and infrastructure fund for Southeast Asia.

The two leaders rode bamboo bicycles in the palace grounds before their talks.

President Jokowi also invited Albanese to the G20 Summit in Bali in November, and the prime minister confirmed that he would attend.

Albanese had flown to Tokyo for the Quad leaders' summit a day after being sworn in. He will visit Makassar, South Sulawesi, on Tuesday before returning to Australia.

Foreign Minister Retno Marsudi said the visit showed the importance Australia attached to its relations with Indonesia, its largest neighbour.

Reporter: Rangga Pandu Asmara Jingga
Editor: Sri Haryati
COPYRIGHT © ANTARA 2022

Related news: Indonesia, Australia agree to boost trade"""))

M.append(dict(id="h20-25", source="mea.gov.in",
url="https://www.mea.gov.in/outoging-visit-detail.htm?38235/Departure+Statement+by+Prime+Minister+ahead+of+his+visit+to+Brunei+Darussalam+and+Singapore",
published_at="2024-09-03", body="""Ministry of External Affairs
Government of India
Media Center | Press Releases | Outgoing Visits

Departure Statement by Prime Minister ahead of his visit to Brunei Darussalam and Singapore (September 03-05, 2024)

September 03, 2024

Today, I am embarking on a visit to Brunei Darussalam and Singapore.

As we celebrate 40 years of diplomatic relations between India and Brunei Darussalam, I look forward to my meetings with His Majesty Sultan Haji Hassanal Bolkiah and other members of the Royal Family. This is the first ever bilateral visit by an Indian Prime Minister to Brunei.

From Brunei, I will travel to Singapore on 04 September. I look forward to my meetings with President Tharman Shanmugaratnam, Prime Minister Lawrence Wong, Senior Minister Lee Hsien Loong and Emeritus Senior Minister Goh Chok Tong. I am keen to explore new areas of cooperation, especially in advanced manufacturing, digitalisation and skill development.

I am confident that my visits to these two countries, and the broader ASEAN region, will further strengthen our Act East Policy, of which they are important partners, and contribute to peace and prosperity in the region.

New Delhi
September 03, 2024

Related: Visit of Prime Minister to Poland and Ukraine (August 21-23, 2024)

Share | Print | Email"""))

M.append(dict(id="h20-26", source="gulfnews.com",
url="https://gulfnews.com/uae/government/erdogan-arrives-in-abu-dhabi-on-first-uae-visit-in-nearly-a-decade-1.1644852043201",
published_at="2022-02-14", body="""Gulf News
UAE | Gulf | World | Business | Sport | Entertainment | Opinion

Erdogan arrives in Abu Dhabi on first UAE visit in nearly a decade

Turkish President received by Sheikh Mohamed bin Zayed; 13 agreements signed

Published: February 14, 2022 19:42

Abu Dhabi: Turkish President Recep Tayyip Erdogan arrived in Abu Dhabi on Monday on a two-day official visit, his first to the UAE since 2013, and was received at Qasr Al Watan by His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces.

The two sides held talks and signed 13 agreements and memoranda of understanding in defence industry, health, climate, technology and food security.

Sheikh Mohamed visited Ankara in November, when the UAE announced a $10 billion fund for investment in Turkey.

On Tuesday, Erdogan will visit Expo 2020 Dubai for Turkey's national day and meet His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE and Ruler of Dubai.

Before leaving Ankara, Erdogan told reporters that Israeli President Isaac Herzog would visit Turkey in mid-March. He also said he planned to visit Saudi Arabia "in the coming period," but no date has been set.

Copyright 2022 Al Nisr Publishing LLC

Most Popular
UAE announces new fuel prices for February

Download the Gulf News app"""))
