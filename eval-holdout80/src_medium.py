# Medium wire-style stories (1,200-2,000 characters), h80-13 .. h80-26
M = []

M.append(dict(id="h80-13", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/10/8c2f1a9e7d41-ishiba-li-agree-to-pursue-mutually-beneficial-ties.html",
published_at="2024-10-10", body="""KYODO NEWS - Oct 10, 2024 - 22:55 | All, Japan, World

Ishiba, Li agree to pursue "mutually beneficial" ties in 1st talks

VIENTIANE - Japanese Prime Minister Shigeru Ishiba and Chinese Premier Li Qiang agreed Thursday to pursue a "mutually beneficial relationship based on common strategic interests" in their first meeting, held on the fringes of ASEAN-related summits in the Laotian capital.

Ishiba raised the safety of Japanese nationals in China following the fatal stabbing of a Japanese schoolboy in Shenzhen last month, and called for the early release of detained Japanese citizens and a swift resumption of Japanese seafood imports, a Japanese official said.

Earlier in the day, Ishiba held talks with South Korean President Yoon Suk Yeol, with the two agreeing to keep up "shuttle diplomacy" between their leaders. He also met Lao Prime Minister Sonexay Siphandone, whose country chairs ASEAN this year, and pledged support for demining and infrastructure.

The trip to Laos is Ishiba's first overseas visit since he took office on Oct. 1. He spoke with U.S. President Joe Biden by phone the following day.

Ishiba is scheduled to attend the East Asia Summit on Friday before returning to Tokyo, where campaigning for the Oct. 27 general election is set to begin next week.

A government source said Ishiba hopes to hold talks with Chinese President Xi Jinping on the sidelines of the Asia-Pacific Economic Cooperation forum in Peru next month, though no meeting has been arranged.

Related coverage:
Japan, ASEAN agree to boost cooperation on cybersecurity
Ishiba eyes early visit to U.S. after election

==Kyodo"""))

M.append(dict(id="h80-14", source="bernama.com",
url="https://www.bernama.com/en/politics/news.php?id=2422318",
published_at="2025-05-12", body="""BERNAMA | Home | General | Politics | Business | World | Sports | Videos

Anwar to undertake official visit to Russia, attend KazanForum

12/05/2025 06:22 PM

KUALA LUMPUR, May 12 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim will undertake an official visit to the Russian Federation from tomorrow until Friday (May 13-16) at the invitation of President Vladimir Putin.

In a statement today, Wisma Putra said Anwar is scheduled to hold a bilateral meeting with Putin at the Kremlin on Wednesday, where the two leaders will discuss trade, energy, food security and the situation in the Middle East.

Anwar will then travel to Kazan, capital of the Republic of Tatarstan, to attend the KazanForum as guest of honour at the invitation of the Rais of Tatarstan, Rustam Minnikhanov, and speak on halal industry cooperation.

The Prime Minister will be accompanied by Foreign Minister Datuk Seri Mohamad Hasan and Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Tengku Abdul Aziz, as well as senior government officials.

The two leaders last met in Vladivostok in September when Anwar attended the Eastern Economic Forum.

Russia was Malaysia's 25th largest trading partner last year, with total trade worth RM11.8 billion, the statement said.

Several memoranda of understanding, including on higher education and Islamic finance, are expected to be exchanged during the visit.

-- BERNAMA

News from BERNAMA is also available on BERNAMA TV (Astro 502, unifi TV 631, MYTV 121) and BERNAMA Radio.

Follow us on social media: Facebook | X | Instagram | TikTok

© 2025 BERNAMA. All Rights Reserved."""))

M.append(dict(id="h80-15", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/39921/Visit_of_Foreign_Minister_of_China_to_India_August_1819_2025",
published_at="2025-08-19", body="""Ministry of External Affairs, Government of India | Media Center | Press Releases

Visit of Foreign Minister of China to India (August 18-19, 2025)

August 19, 2025

Member of the Political Bureau of the CPC Central Committee and Foreign Minister of the People's Republic of China, H.E. Mr. Wang Yi, visited India on 18-19 August 2025 at the invitation of National Security Advisor Shri Ajit Doval for the 24th round of talks of the Special Representatives on the India-China boundary question.

2. On 18 August, Foreign Minister Wang Yi held bilateral talks with External Affairs Minister Dr. S. Jaishankar. On 19 August, he held the Special Representatives' talks with NSA Shri Ajit Doval and called on Prime Minister Shri Narendra Modi.

3. The two sides agreed to resume direct flights between the mainland of China and India, facilitate visas for tourists, businesses and media, and reopen border trade through Lipulekh Pass, Shipki La Pass and Nathu La Pass. They agreed to set up an Expert Group under the WMCC to explore early harvest in boundary delimitation.

4. Prime Minister conveyed his appreciation for the invitation to attend the SCO Summit in Tianjin. Prime Minister will travel to Tianjin on 31 August-1 September 2025 and looks forward to meeting President Xi Jinping on the sidelines of the Summit.

5. The 25th round of Special Representatives' talks will be held in China in 2026.

New Delhi
August 19, 2025

Share: X | Facebook | WhatsApp | Email

Other Press Releases
Visit of External Affairs Minister to the Russian Federation (August 19-21, 2025)
Cabinet approves India's participation in Expo 2027"""))

M.append(dict(id="h80-16", source="english.news.cn",
url="https://english.news.cn/20231212/f3a9c6d1e2b54a7f8c0d9e1f2a3b4c5d/c.html",
published_at="2023-12-12", body="""Xi, Nguyen Phu Trong hold talks, agree to build China-Vietnam community with a shared future

Source: Xinhua | Editor: WXL | 2023-12-12 21:40:18

HANOI, Dec. 12 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China (CPC) Central Committee and Chinese president, held talks with Nguyen Phu Trong, general secretary of the Communist Party of Vietnam (CPV) Central Committee, in Hanoi on Tuesday.

The two sides announced that they will work together to build a China-Vietnam community with a shared future that carries strategic significance, on the basis of deepening the comprehensive strategic cooperative partnership.

Xi said China and Vietnam are good neighbors, good friends, good comrades and good partners, and that the "camaraderie plus brotherhood" forged by the older generation of leaders is a precious asset of both parties and peoples.

Trong said Vietnam always regards developing relations with China as a strategic choice and top priority in its foreign policy.

After the talks, the two general secretaries witnessed the signing of 36 cooperation documents covering the Belt and Road Initiative and the "Two Corridors and One Economic Circle" framework, cross-border railway connectivity, the digital economy, green development and public security.

Xi arrived in Hanoi on Tuesday afternoon for a state visit to Vietnam, his third visit to the country as top leader. On Wednesday, he is scheduled to meet Vietnamese President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue. Enditem

Photo: Xi Jinping and Nguyen Phu Trong at the talks in Hanoi, capital of Vietnam, Dec. 12, 2023. (Xinhua/Li Xueren)

Related:
Wang Yi holds phone talks with Iranian FM Amir-Abdollahian
China's CPI falls 0.5 pct in November

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h80-17", source="montsame.mn",
url="https://montsame.mn/en/read/352716",
published_at="2024-09-03", body="""MONTSAME News Agency | Politics | Economy | Society | Culture

USD 3,394.00 ₮ | EUR 3,757.12 ₮ | CNY 477.85 ₮ | RUB 37.60 ₮

Presidents of Mongolia and Russia hold official talks

Ulaanbaatar, September 3, 2024 /MONTSAME/. President of Mongolia U.Khurelsukh held official talks with President of the Russian Federation Vladimir Putin, who is paying an official visit to Mongolia on September 2-3 at his invitation, at the State Palace on Tuesday.

Before the talks, an official welcome ceremony was held at Chinggis Square, with the guard of honour of the Mongolian Armed Forces in ceremonial uniforms.

The Heads of State noted that the visit coincides with the 85th anniversary of the joint victory of Mongolian and Soviet soldiers at Khalkhin Gol, and exchanged views on expanding cooperation in trade, energy, railway transport, agriculture and education.

Following the talks, documents were signed on the supply of aviation fuel and petroleum products, the development of the Ulaanbaatar Railway, and the reconstruction of Thermal Power Plant-3 in Ulaanbaatar, among others.

Prime Minister L.Oyun-Erdene also met with President Putin and discussed the progress of the Power of Siberia 2 gas pipeline project, which is planned to pass through the territory of Mongolia.

President Putin invited President U.Khurelsukh to attend the BRICS summit to be held in Kazan in October. The President thanked him for the invitation.

The two leaders later attended a ceremony dedicated to the Khalkhin Gol anniversary.

Related news
Mongolia, Japan discuss labour cooperation
Ulaanbaatar to host Asia-Pacific regional forum on climate

MONTSAME"""))

M.append(dict(id="h80-18", source="24.kg",
url="https://24.kg/english/322714_Sadyr_Japarov_and_Emomali_Rahmon_sign_treaty_on_state_border/",
published_at="2025-03-13", body="""24.kg news agency | Politics | Economy | Society | Incidents

USD 87.45 | EUR 95.10 | RUB 0.99 | KZT 0.17

Sadyr Japarov and Emomali Rahmon sign treaty on Kyrgyz-Tajik state border

13/03/25 14:52, Bishkek - 24.kg news agency, by Aida Zhumabekova

President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon signed a treaty on the state border between the two countries in Bishkek today.

The Tajik leader arrived in Bishkek on a state visit this morning. Sadyr Japarov met him personally at Manas International Airport.

The treaty covers the entire length of the border, about 980 kilometers, and puts an end to decades of disputes that led to deadly armed clashes in 2021 and 2022. Head of the State Committee for National Security Kamchybek Tashiev, who led the Kyrgyz side of the delimitation commission, called the document "historic".

The presidents also signed a joint statement and agreed to open checkpoints on the border, restore regular flights between Bishkek and Dushanbe and resume cargo traffic.

"Our peoples have lived side by side for centuries. Today we have closed this painful chapter," Sadyr Japarov said.

The treaty still has to be ratified by the parliaments of the two countries.

Emomali Rahmon invited his Kyrgyz counterpart to Khujand at the end of March, where a trilateral meeting with the President of Uzbekistan is expected to be held at the junction of the three states' borders.

Subscribe to 24.kg channel on Telegram!

Tags: Kyrgyzstan, Tajikistan, border, Sadyr Japarov, Emomali Rahmon

Views: 1,284"""))

M.append(dict(id="h80-19", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1191482",
published_at="2023-01-02", body="""Philippine News Agency | National | Provincial | Business | World

PBBM to seek investment pledges, maritime hotline on China state visit

By Dexter B. Almazan | January 2, 2023, 5:31 pm

MANILA – President Ferdinand R. Marcos Jr. will embark on a three-day state visit to China on Tuesday (Jan. 3), at the invitation of Chinese President Xi Jinping, Malacañang announced.

Department of Foreign Affairs (DFA) Assistant Secretary for Asian and Pacific Affairs Nathaniel Imperial told a pre-departure briefing that 10 to 14 agreements are expected to be signed during the trip, covering agriculture, infrastructure, development cooperation, maritime security and tourism.

Among these is an arrangement on a direct communication mechanism between the DFA and the Chinese Ministry of Foreign Affairs on maritime issues in the West Philippine Sea.

Marcos is scheduled to hold a bilateral meeting with Xi and to meet Premier Li Keqiang and National People's Congress Standing Committee Chairman Li Zhanshu. He will also meet Chinese business leaders and the Filipino community in Beijing.

Marcos and Xi first met in Bangkok in November on the sidelines of the Asia-Pacific Economic Cooperation summit, where they agreed to manage differences "through friendly consultation".

The President is expected to return to Manila on Jan. 5. He is also set to attend the World Economic Forum in Davos, Switzerland later this month. (PNA)

Related stories:
DFA: PH to raise WPS concerns in Beijing talks
PBBM signs 2023 national budget

Follow PNA on Facebook and X"""))

M.append(dict(id="h80-20", source="en.antaranews.com",
url="https://en.antaranews.com/news/334912/prabowo-biden-agree-to-deepen-comprehensive-strategic-partnership",
published_at="2024-11-13", body="""ANTARA News | Indonesia | Business | World | Sports

Prabowo, Biden agree to deepen comprehensive strategic partnership

November 13, 2024 07:14 WIB

Washington DC (ANTARA) - President Prabowo Subianto met U.S. President Joe Biden at the White House on Tuesday (Nov 12) local time, with the two leaders agreeing to deepen the comprehensive strategic partnership established last year.

In the Oval Office meeting, the two sides discussed the energy transition, critical minerals, defence cooperation and the humanitarian situation in Gaza, Foreign Minister Sugiono said.

Prabowo arrived in Washington on Sunday after a visit to Beijing, where he held talks with President Xi Jinping on Saturday and witnessed the signing of business agreements worth US$10 billion.

A joint statement issued in Beijing referring to "joint development in areas of overlapping claims" drew criticism at home. The Foreign Ministry later said Indonesia did not recognise China's nine-dash line.

Prabowo also spoke by phone with U.S. President-elect Donald Trump last week, a video of which was shared by his office.

From Washington, the President will fly to Lima for the APEC Economic Leaders' Meeting and then to Rio de Janeiro for the G20 summit. He will then travel to London for talks with Prime Minister Keir Starmer before visiting the Middle East.

It is Prabowo's first overseas trip since his inauguration on October 20.

Reporter: Nabila Anjani
Editor: Rahmad Nasution
Copyright © ANTARA 2024

Related news:
Indonesia, China sign 10 billion dollar deals
Rupiah weakens ahead of US inflation data"""))

M.append(dict(id="h80-21", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20250823002651315",
published_at="2025-08-23", body="""Yonhap News Agency | National | North Korea | Economy | Market

(LEAD) Lee, Ishiba agree to develop 'future-oriented' ties in 1st summit in Tokyo

By Hwang Joo-hee

TOKYO, Aug. 23 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed Saturday to develop bilateral ties in a future-oriented manner and to strengthen cooperation on North Korea and in responding to U.S. tariffs, in their summit in Tokyo.

After the talks at the prime minister's office, the two sides released a joint press document, the first of its kind in 17 years, pledging to expand cooperation in areas including low birth rates, regional development and hydrogen.

Lee arrived at Haneda Airport on Saturday morning on a two-day visit, becoming the first South Korean president to make Japan his first bilateral trip, ahead of the United States. Ishiba hosted a dinner for Lee after the summit.

Lee will leave for Washington on Sunday for his first summit with U.S. President Donald Trump, scheduled for Monday, where trade, tariffs and defense cost-sharing are expected to top the agenda.

The two leaders agreed to continue "shuttle diplomacy", and Ishiba said he hoped to visit South Korea at an early date, though no timing was set.

(END)

Keywords
#Lee Jae Myung #Ishiba #summit #shuttle diplomacy

Most Viewed
BLACKPINK to hold extra concerts in Goyang
KOSPI closes lower on foreign selling
N. Korea slams S. Korea-U.S. military drills

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h80-22", source="reuters.com",
url="https://www.reuters.com/world/middle-east/saudi-arabia-iran-agree-restore-ties-china-brokered-talks-2023-03-10/",
published_at="2023-03-10", body="""World | Middle East

Saudi Arabia and Iran agree to restore ties in China-brokered deal

By Parisa Hafezi and Aziz El Yaakoubi

March 10, 2023 4:11 PM GMT+3 | Updated 2 hours ago

DUBAI/RIYADH, March 10 (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations and reopen embassies within two months, after talks hosted by China, ending seven years of estrangement between the Gulf rivals.

A trilateral statement was signed in Beijing by Iran's top security official Ali Shamkhani, Saudi national security adviser Musaed Al-Aiban and Wang Yi, China's most senior diplomat, after four days of previously unannounced talks.

The two countries agreed to respect each other's sovereignty and not to interfere in each other's internal affairs, and to activate a security cooperation agreement signed in 2001 as well as an older pact on trade and investment.

The foreign ministers of the two countries will meet to implement the decision and arrange for the exchange of ambassadors, the statement said.

Riyadh cut ties in 2016 after its embassy in Tehran was stormed. Iraq and Oman hosted several rounds of talks between the two sides in 2021 and 2022.

The White House said it welcomed any effort to de-escalate tensions in the region, but that it would watch whether Iran honoured its commitments.

Iranian President Ebrahim Raisi visited Beijing last month, and Chinese President Xi Jinping visited Riyadh in December.

Reporting by Parisa Hafezi in Dubai and Aziz El Yaakoubi in Riyadh; Additional reporting by Beijing newsroom; Editing by Toby Chopra

Our Standards: The Thomson Reuters Trust Principles.

Acquire Licensing Rights"""))

M.append(dict(id="h80-23", source="kathmandupost.com",
url="https://kathmandupost.com/national/2024/12/04/nepal-china-sign-bri-framework-as-oli-meets-xi",
published_at="2024-12-04", body="""The Kathmandu Post | National | Politics | Valley | Money | Opinion | E-Paper

NEPSE 2,780.52 ▲ +18.33 | USD/NPR 135.67

Nepal, China sign BRI framework as Oli meets Xi

Post Report with agencies
Published at : December 4, 2024
Updated at : December 4, 2024 21:15

Beijing, Dec 4 (RSS) - Nepal and China on Wednesday signed a Framework for Belt and Road Cooperation in Beijing, after the two sides agreed on wording that refers to "aid financing" rather than the grants Kathmandu had sought.

The framework was signed by Foreign Secretary Amrit Bahadur Rai and an official of China's National Development and Reform Commission, hours before Prime Minister KP Sharma Oli met President Xi Jinping at the Great Hall of the People.

On Tuesday, Oli held talks with Premier Li Qiang, after which the two sides signed nine agreements and memorandums on infrastructure, trade and a feasibility study for a cross-border railway.

Oli arrived in Beijing on Monday on his first bilateral foreign visit since returning to office in July, breaking with the convention of Nepali prime ministers making their first trip to India. Foreign Minister Arzu Rana Deuba is accompanying him.

Critics at home, including leaders of the ruling partner Nepali Congress, had warned against taking on loans under the BRI. Oli told reporters the framework would not burden the country with debt.

Oli met Indian Prime Minister Narendra Modi on the sidelines of the UN General Assembly in New York in September. He has not yet received an invitation to visit New Delhi.

He is scheduled to address Peking University on Thursday and return home on Friday.

Most Read
Gold price hits new high in domestic market
Kathmandu air quality worst in the world

Related News
Why the BRI framework took seven years"""))

M.append(dict(id="h80-24", source="uza.uz",
url="https://uza.uz/en/posts/president-of-uzbekistan-holds-talks-with-federal-chancellor-of-germany_631209",
published_at="2024-09-15", body="""UzA | National News Agency of Uzbekistan | Politics | Economy | Society

USD 12,730.56 UZS | EUR 14,103.91 UZS

President of Uzbekistan holds talks with Federal Chancellor of Germany in Samarkand

15.09.2024 | 19:05

Samarkand, 15 September (UzA). President Shavkat Mirziyoyev held talks with Federal Chancellor of Germany Olaf Scholz, who arrived in Uzbekistan on an official visit.

The meeting took place in the Congress Hall of the Silk Road Samarkand complex, first in a narrow format and then with the participation of the delegations.

The sides discussed expanding trade and investment cooperation, projects of leading German companies in energy, green hydrogen, chemicals and mining, as well as cooperation in education and vocational training.

Following the talks, an agreement on comprehensive partnership in the field of migration and mobility was signed. It provides for the organised recruitment of skilled workers from Uzbekistan to Germany and cooperation on the return of persons without the right to stay.

The Chancellor will travel to Astana on Monday, where he will hold talks with President Kassym-Jomart Tokayev and on Tuesday take part in the second "Central Asia – Germany" summit, which will also bring together the leaders of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.

Photo: Press service of the President of the Republic of Uzbekistan

Source: UzA

Share: Telegram | Facebook | X"""))

M.append(dict(id="h80-25", source="gna.org.gh",
url="https://gna.org.gh/2025/07/ghana-india-elevate-ties-to-comprehensive-partnership-as-modi-visits-accra/",
published_at="2025-07-03", body="""Ghana News Agency | News | Politics | Business | Regional

Ghana, India elevate ties to Comprehensive Partnership as Modi visits Accra

By Kodwo Asante-Mensah, GNA

Accra, July 3, GNA – President John Dramani Mahama and Indian Prime Minister Shri Narendra Modi have elevated relations between the two countries to a Comprehensive Partnership following talks at the Jubilee House in Accra.

The two leaders witnessed the exchange of four Memoranda of Understanding on a cultural exchange programme, cooperation between the Ghana Standards Authority and the Bureau of Indian Standards, traditional and alternative medicine, and the establishment of a Joint Commission Meeting.

Prime Minister Modi, who arrived in Accra on Wednesday afternoon, is the first Indian Prime Minister to visit Ghana in more than three decades. President Mahama conferred on him the Officer of the Order of the Star of Ghana at a state banquet on Wednesday night.

On Thursday, Mr Modi addressed a joint sitting of Parliament and paid tribute at the Kwame Nkrumah Memorial Park.

President Mahama said India was ready to support Ghana's vaccine production and digital public infrastructure plans.

Mr Modi departs Accra on Thursday for Port of Spain, where he will hold talks with Prime Minister Kamla Persad-Bissessar and address Trinidad and Tobago's Parliament. His five-nation tour also takes in Argentina, Brazil, where he will attend the BRICS summit, and Namibia.

GNA

Follow GNA on WhatsApp for the latest news

Related Posts
Finance Minister meets IMF mission on fourth review
Black Stars begin preparations for World Cup qualifiers"""))

M.append(dict(id="h80-26", source="armenpress.am",
url="https://armenpress.am/en/article/1226394",
published_at="2025-08-09", body="""ARMENPRESS | Politics | Economy | Society | Region | World

USD 383.56 ▼ | EUR 447.21 ▲ | RUB 4.80 ▲

Pashinyan, Aliyev sign joint declaration at White House; foreign ministers initial peace agreement

WASHINGTON, AUGUST 9, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan, President of Azerbaijan Ilham Aliyev and US President Donald Trump signed a joint declaration at the White House on Friday.

In the presence of the three leaders, Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov initialled the text of the Agreement on the Establishment of Peace and Interstate Relations between Armenia and Azerbaijan, agreed in March.

The leaders also signed a joint appeal to the OSCE to dissolve the Minsk Group and its related structures.

Before the trilateral ceremony, Prime Minister Pashinyan held a bilateral meeting with President Trump in the Oval Office. Armenia and the United States signed memoranda of understanding on the "Trump Route for International Peace and Prosperity" through the territory of Armenia, as well as on energy security and on artificial intelligence and semiconductors.

President Trump also met separately with President Aliyev, and the United States and Azerbaijan signed a memorandum on a strategic partnership charter.

"We have achieved something historic today," Pashinyan said, adding that peace between Armenia and Azerbaijan was now "within reach".

The peace agreement will be signed after Azerbaijan's demand to amend Armenia's Constitution is resolved, the Azerbaijani side said.

Read also
Pashinyan departs for Washington on working visit
Armenian government approves 2026 budget priorities

ARMENPRESS | Reproduction in full or in part is allowed with a hyperlink"""))
