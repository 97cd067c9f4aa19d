# Medium wire-style stories (1,200-2,000 characters), h44-13 .. h44-26
M = []

M.append(dict(id="h44-13", source="bernama.com",
url="https://www.bernama.com/en/politics/news.php?id=2440981",
published_at="2025-07-03", body="""BERNAMA | General | Business | Politics | World | Sports | Features

Anwar arrives in Paris for first official visit to France

PARIS, July 3 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim arrived here this afternoon for a two-day official visit to France at the invitation of President Emmanuel Macron, after wrapping up a working visit to Italy.

The Royal Malaysian Air Force aircraft carrying the Prime Minister and his delegation landed at Orly Airport at 4.05 pm local time. He was greeted by Malaysia's Ambassador to France Datuk Eldeen Husaini Mohd Hashim and French government officials.

Anwar, who spent three days in Rome where he held talks with Italian Prime Minister Giorgia Meloni, is accompanied by Foreign Minister Datuk Seri Mohamad Hasan and Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz, among others.

Tomorrow, he will be given an official welcome at the Hotel des Invalides and will hold talks with French Prime Minister Francois Bayrou, before a one-to-one meeting with Macron at the Elysee Palace in the evening.

Trade, investment, semiconductors, renewable energy, defence and education are expected to feature in the talks, along with the humanitarian situation in Gaza.

The Prime Minister is also scheduled to deliver a public lecture at Sorbonne University and meet heads of French companies.

From Paris, Anwar will fly to Rio de Janeiro to attend the 17th BRICS Summit from July 5 to 7 at the invitation of President Luiz Inacio Lula da Silva, with whom he is expected to hold a bilateral meeting. Malaysia became a BRICS partner country in January.

-- BERNAMA

Related News
PM: Italy visit brings in RM8 bln investment commitments
Malaysia to chair Asean foreign ministers' meeting next week

BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio."""))

M.append(dict(id="h44-14", source="en.antaranews.com",
url="https://en.antaranews.com/news/266541/indonesia-vietnam-conclude-eez-boundary-negotiations-after-12-years",
published_at="2022-12-22", body="""ANTARA News
Home | Indonesia | Business | World | Sports | Photo | Video

Indonesia, Vietnam conclude EEZ boundary negotiations after 12 years

22nd December 2022 15:10

Bogor, W Java (ANTARA) - Indonesia and Vietnam have concluded negotiations on the delimitation of their exclusive economic zones (EEZ) after 12 years of talks, President Joko Widodo (Jokowi) announced after receiving Vietnamese President Nguyen Xuan Phuc at the Bogor Presidential Palace on Thursday.

"Today, after 12 years of intensive negotiations, Indonesia and Vietnam have completed negotiations on the EEZ boundary based on UNCLOS 1982," President Jokowi said at a joint press statement.

He said the two countries would follow up with the respective ratification processes.

President Phuc is on a state visit to Indonesia from December 21 to 23. He was welcomed with a state ceremony, including a 21-gun salute, before the two leaders held a four-eyes meeting followed by an expanded bilateral meeting.

Besides the maritime boundary, the two leaders discussed efforts to raise bilateral trade to US$15 billion by 2028, cooperation in the energy transition and electric vehicle battery industry, and the handling of illegal, unreported and unregulated fishing.

Jokowi also sought Vietnam's support for Indonesia's chairmanship of ASEAN in 2023, while Phuc congratulated Indonesia on the success of the G20 Summit in Bali last month.

The Vietnamese leader invited President Jokowi to visit Vietnam, and the invitation was accepted, Foreign Minister Retno Marsudi told reporters after the meeting, without giving a date.

Indonesia and Vietnam established diplomatic relations in 1955 and upgraded them to a strategic partnership in 2013.

Related news: Jokowi, Phuc witness exchange of MoUs on trade, tourism
Related news: Indonesia, Vietnam agree to tackle illegal fishing in North Natuna Sea

Reporter: Rangga Pandu Asmara Jingga
Editor: Sri Haryati
COPYRIGHT © ANTARA 2022"""))

M.append(dict(id="h44-15", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1206198",
published_at="2023-07-21", body="""Philippine News Agency
Home | National | Provincial | Business | Foreign | Sports | Features | Opinion

PBBM to make state visit to Malaysia next week

By Joyce Ann L. Rocamora
July 21, 2023, 4:31 pm

MANILA - President Ferdinand R. Marcos Jr. will make a state visit to Malaysia from July 25 to 27 upon the invitation of His Majesty Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah, the Department of Foreign Affairs (DFA) announced Friday.

In a press briefing at Malacañang, DFA Assistant Secretary Aileen Mendiola-Rau said the President will hold a bilateral meeting with Prime Minister Anwar Ibrahim in Putrajaya, where the two leaders are expected to discuss cooperation in food security, the digital economy, halal trade, energy, and people-to-people ties.

"We are also expecting the signing of a number of agreements during the visit," Mendiola-Rau said, without giving details.

The President will also meet members of the Filipino community and the Malaysian business sector.

The state visit will be the President's first to Malaysia. The two leaders last met on the sidelines of the 42nd ASEAN Summit in Labuan Bajo, Indonesia in May, where they discussed maritime cooperation and the situation in Myanmar.

Mendiola-Rau said Malaysia is the Philippines' 11th largest trading partner, with total trade reaching USD5.43 billion in 2022. Around 400,000 Filipinos live and work in Malaysia, most of them in Sabah.

Asked whether the Sabah claim would be raised, she said the agenda would focus on "areas of convergence."

Since assuming office in June 2022, Marcos has made state visits to Indonesia and Singapore in September 2022, and has traveled to the United States, China and Japan, among others. (PNA)

Related Stories
PBBM to attend 43rd ASEAN Summit in Jakarta in September
DFA: PH, Malaysia to mark 59 years of diplomatic ties

Philippine News Agency. All rights reserved."""))

M.append(dict(id="h44-16", source="reuters.com",
url="https://www.reuters.com/world/asia-pacific/vietnams-new-leader-lam-meets-xi-beijing-first-overseas-trip-2024-08-19/",
published_at="2024-08-19", body="""Vietnam's new leader To Lam meets Xi in Beijing on first overseas trip

By Francesco Guarascio and Liz Lee
August 19, 2024 2:41 PM GMT+8 Updated 6 hours ago

BEIJING/HANOI, Aug 19 (Reuters) - Vietnam's new Communist Party chief To Lam met Chinese President Xi Jinping in Beijing on Monday on his first foreign trip since taking the post, as the two neighbours seek to boost economic ties despite frictions in the South China Sea.

Xi greeted Lam with a military honour guard at the Great Hall of the People before talks in which he said China was willing to work with Vietnam to advance their "community with a shared future", state broadcaster CCTV reported.

The two sides signed 14 cooperation documents, including on railway links between northern Vietnam and China, trade, media and health, according to Vietnamese state media.

Lam, who also holds the post of state president, was named party general secretary on Aug. 3 after the death of his predecessor Nguyen Phu Trong in July. He arrived in the southern Chinese city of Guangzhou on Sunday, where he visited sites linked to Vietnam's revolutionary history.

China is Vietnam's largest trading partner, and Chinese companies have stepped up investment in Vietnamese factories, partly to avoid U.S. tariffs on Chinese goods.

But Hanoi has repeatedly protested against Chinese vessels operating in its exclusive economic zone, and the two countries' coast guards have had several tense encounters.

Lam is expected to travel to New York next month to attend the United Nations General Assembly, officials have said.

(Reporting by Francesco Guarascio in Hanoi and Liz Lee in Beijing; Editing by Kim Coghill)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Vietnam's GDP growth seen at 6.5% this year, central bank says
China's coast guard says it expelled Philippine vessels near Sabina Shoal"""))

M.append(dict(id="h44-17", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2025/01/c5b2a8dd4e2f-ishiba-anwar-agree-to-boost-security-ties-japan-to-aid-malaysian-military.html",
published_at="2025-01-10", body="""KYODO NEWS - Jan 10, 2025 - 18:22 | All, Japan, World, Politics

Ishiba, Anwar agree to boost security ties, Japan to aid Malaysian military

PUTRAJAYA - Japanese Prime Minister Shigeru Ishiba and his Malaysian counterpart Anwar Ibrahim agreed Friday to deepen security cooperation, with Tokyo set to provide equipment to Malaysia's armed forces under its Official Security Assistance framework.

In talks in Putrajaya, the administrative capital, the two leaders also agreed to cooperate on decarbonization through the Japan-led Asia Zero Emission Community initiative, as well as on semiconductors and the supply of critical minerals, a Japanese official said.

"Malaysia is an important partner with which we share fundamental values," Ishiba told a joint press conference, adding that Japan wanted to support Malaysia's chairmanship of the Association of Southeast Asian Nations this year.

Anwar said the two countries would mark their friendship by expanding cooperation in higher education and technology, noting the long-standing "Look East" policy under which thousands of Malaysians have studied in Japan.

Malaysia became eligible for OSA, launched in 2023 to provide defense equipment to like-minded countries, alongside the Philippines, Bangladesh and Fiji.

Malaysia is the first stop on Ishiba's first bilateral overseas trip since he took office in October. He will fly to Indonesia on Saturday to meet President Prabowo Subianto in Bogor, near Jakarta, and is expected to discuss maritime security and energy.

Ishiba and Prabowo held their first talks on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima in November.

The trip also comes as Japan seeks to strengthen ties with Southeast Asian nations amid concerns over China's growing assertiveness in the South China Sea.

Related coverage:
Japan, Philippines eye 2+2 talks in 1st half of 2025
Ishiba says he aims to visit U.S. soon to meet Trump

==Kyodo"""))

M.append(dict(id="h44-18", source="english.news.cn",
url="https://english.news.cn/20230915/8b7a1e3c0f2d4c1e9a5b7d3f6e8c2a10/c.html",
published_at="2023-09-15", body="""Xi meets Cambodian Prime Minister Hun Manet

Source: Xinhua
Editor: huaxia
2023-09-15 19:36:20

BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping met with Cambodian Prime Minister Hun Manet, who is on an official visit to China, at the Great Hall of the People in Beijing on Friday.

Noting that this is Hun Manet's first official visit to China since he took office, Xi said China and Cambodia are ironclad friends, and the two sides should build a high-quality, high-level and high-standard China-Cambodia community with a shared future in the new era.

China firmly supports Cambodia in following a development path suited to its national conditions, Xi said, adding that China is willing to work with Cambodia to advance the "Diamond Hexagon" cooperation framework and promote the building of the Industrial Development Corridor and the Fish and Rice Corridor.

Xi called on the two sides to deepen cooperation in areas such as agriculture, infrastructure, energy and people-to-people exchanges, and to jointly combat telecom fraud, online gambling and other cross-border crimes.

Hun Manet said that Cambodia's new government will continue to adhere firmly to the one-China policy and the friendly policy toward China, and is ready to work with China to deepen the comprehensive strategic cooperative partnership.

He thanked China for its long-term support, saying that Chinese investment had made an important contribution to Cambodia's economic and social development.

Prior to the meeting, Chinese Premier Li Qiang held talks with Hun Manet, and the two witnessed the signing of a number of cooperation documents. Hun Manet also met with Zhao Leji, chairman of the National People's Congress Standing Committee.

Wang Yi attended the meeting.

Related:
Xi holds talks with Venezuelan President Maduro
Li Qiang holds talks with Cambodian PM

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h44-19", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/74324",
published_at="2024-06-20", body="""President of Russia
Events | Structure | Videos and photos | Documents | Contacts | Search

Russian-Vietnamese talks

June 20, 2024, 11:30
Hanoi

Vladimir Putin held talks with President of the Socialist Republic of Vietnam To Lam as part of his state visit to Vietnam.

The talks began in a restricted format and continued with the participation of the delegations.

The leaders discussed the current state and prospects for bilateral cooperation in trade, investment, energy, transport, education and science, as well as topical international and regional issues.

Following the talks, the parties adopted a Joint Statement on further deepening the comprehensive strategic partnership between the Russian Federation and the Socialist Republic of Vietnam, based on the principles of the 1994 Treaty on the Basic Principles of Friendly Relations. A package of interdepartmental and commercial documents was also signed, including an agreement on cooperation in higher education and a roadmap for a centre for nuclear science and technology.

Vladimir Putin and To Lam made press statements.

During the visit, Vladimir Putin also had meetings with General Secretary of the Central Committee of the Communist Party of Vietnam Nguyen Phu Trong, Prime Minister Pham Minh Chinh and Chairman of the National Assembly Tran Thanh Man.

The President of Russia invited To Lam to pay a visit to Russia at a time convenient for him. The invitation was accepted with gratitude.

Topics: Foreign policy
Persons: Pham Minh Chinh, Putin Vladimir, To Lam, Tran Thanh Man
Geography: Vietnam

Publication status: Published in section: News
Publication date: June 20, 2024, 11:30
Direct link: http://en.kremlin.ru/events/president/news/74324

Other news
June 20, 2024: Meeting with General Secretary of the Communist Party of Vietnam Nguyen Phu Trong
June 19, 2024: Russian-Korean talks
June 19, 2024: Signing of Comprehensive Strategic Partnership Treaty between Russia and the DPRK"""))

M.append(dict(id="h44-20", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/vietnam-singapore-upgrade-ties-to-comprehensive-strategic-partnership-post313640.vnp",
published_at="2025-03-12", body="""VietnamPlus | Politics | Business | Society | World | Travel

Vietnam, Singapore upgrade ties to Comprehensive Strategic Partnership

Published: 12/03/2025 17:20

Singapore (VNA) - General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam and Singaporean Prime Minister Lawrence Wong held talks in Singapore on March 12, during which they agreed to elevate the bilateral relationship to a Comprehensive Strategic Partnership.

The talks took place at the Parliament House following an official welcome ceremony for the Party leader, who is paying an official visit to Singapore from March 11-13 at the invitation of PM Wong.

The two leaders affirmed that the upgrade reflects the high level of political trust and the strong cooperation between the two countries, especially in trade, investment, digital transformation and green economy.

They agreed to expand cooperation in defence and security, finance, innovation, semiconductors, renewable energy and carbon credits, and to boost connectivity between the two economies, including a cross-border electricity link.

After the talks, they witnessed the exchange of cooperation documents in security, digital economy, finance and other fields.

Earlier the same day, General Secretary Lam called on President Tharman Shanmugaratnam. He is scheduled to meet Senior Minister Lee Hsien Loong and deliver a policy lecture at the Lee Kuan Yew School of Public Policy.

General Secretary Lam arrived in Singapore on March 11 after concluding an official visit to Indonesia, where Vietnam and Indonesia also upgraded their ties to a comprehensive strategic partnership.

On this occasion, General Secretary Lam invited PM Wong to visit Vietnam soon. PM Wong accepted the invitation with pleasure./.

VNA

Related news
Party chief's visits to Indonesia, Singapore open new chapter: Deputy FM
Vietnam, Singapore sign MoUs on digital economy, finance"""))

M.append(dict(id="h44-21", source="thailand.prd.go.th",
url="https://thailand.prd.go.th/en/content/category/detail/id/48/iid/228115",
published_at="2023-10-19", body="""National News Bureau of Thailand | Government Public Relations Department

PM Srettha holds talks with Chinese President Xi Jinping in Beijing

THURSDAY, 19 OCTOBER 2023

BEIJING (NNT) - Prime Minister and Finance Minister Srettha Thavisin held a bilateral meeting with President Xi Jinping of the People's Republic of China at the Great Hall of the People today, on the sidelines of the third Belt and Road Forum for International Cooperation.

The Prime Minister thanked China for its cooperation and said Thailand attaches great importance to its comprehensive strategic cooperative partnership with China, noting the close relations between the two countries' peoples.

The two leaders discussed ways to speed up the Thai-Chinese high-speed railway project so that it can connect with the Laos-China railway, the expansion of trade in Thai agricultural products such as durian, and cooperation in electric vehicles and the digital economy.

Srettha also raised the visa exemption scheme for Chinese tourists, which Thailand introduced in September, and said the two sides should work together against call centre gangs and online scams operating in the region.

According to the government spokesperson, President Xi said China was ready to work with the new Thai government, and the Prime Minister invited President Xi to visit Thailand at a convenient time.

Srettha was joined by Deputy Prime Minister and Foreign Minister Parnpree Bahiddha-nukara and Commerce Minister Phumtham Wechayachai. The Prime Minister also met business leaders from Chinese companies including CATL and Alibaba during his visit.

The Prime Minister is due to return to Thailand on October 20.

Reporter: Natthapong S.
Rewriter: Jeffrey R.

Other news
PM exchanges greetings with Russian President Putin at forum welcome dinner
Government to review energy price measures next week
Tourism Authority expects 28 million arrivals this year"""))

M.append(dict(id="h44-22", source="jakartaglobe.id",
url="https://jakartaglobe.id/news/albanese-picks-jakarta-for-first-bilateral-visit-vows-stronger-economic-ties",
published_at="2022-06-06", body="""Jakarta Globe
News | Business | Lifestyle | Tech | Sports | Opinion

Albanese Picks Jakarta for First Bilateral Visit, Vows Stronger Economic Ties

Jayanty Nada Shofa
June 6, 2022 | 4:48 pm

Bogor. Australian Prime Minister Anthony Albanese met President Joko "Jokowi" Widodo at the Bogor Presidential Palace on Monday, in his first bilateral visit since winning the election last month.

Albanese, who arrived in Jakarta on Sunday, said he chose Indonesia for his first bilateral trip to show the importance his government attaches to its northern neighbor.

"Indonesia is one of Australia's most important relationships," Albanese said in a joint statement to the press after the talks. "I want to take our economic relationship to the next level."

The two leaders agreed to make better use of the Indonesia-Australia Comprehensive Economic Partnership Agreement, which took effect in 2020, and discussed cooperation in climate change, renewable energy and electric vehicle batteries. Australia announced a A$200 million climate and infrastructure partnership.

Jokowi also sought Australia's support for Indonesia's G20 presidency and the summit in Bali in November.

After the talks, the two leaders rode bicycles in the palace grounds.

Foreign Minister Penny Wong, who accompanied the prime minister, held a separate meeting with her Indonesian counterpart Retno Marsudi.

Albanese, who was in Tokyo for a Quad leaders' summit two weeks ago, will visit Makassar, South Sulawesi, on Tuesday before flying home. He said he hoped to welcome Jokowi to Australia.

Tags: Anthony Albanese, Joko Widodo, Australia, bilateral relations

Keep up with the latest news from Jakarta Globe on Google News

Related
Indonesia Wants Australia to Ease Visa Rules for Business Travelers
Retno, Wong Discuss Indo-Pacific Cooperation"""))

M.append(dict(id="h44-23", source="apnews.com",
url="https://apnews.com/article/blinken-philippines-marcos-south-china-sea-0b7e2c6d1a4f3e9b8d5c2a1f0e7d6c3b",
published_at="2024-03-19", body="""Blinken affirms 'ironclad' US commitment to Philippines amid sea clashes with China

By JIM GOMEZ and MATTHEW LEE
Updated 6:12 PM GMT+8, March 19, 2024

MANILA, Philippines (AP) — U.S. Secretary of State Antony Blinken said Tuesday that Washington's commitment to defend the Philippines under a 1951 treaty is "ironclad," as he met Philippine officials in Manila following a series of confrontations between Chinese and Philippine vessels in the South China Sea.

Blinken met President Ferdinand Marcos Jr. at the Malacañang presidential palace after holding talks with Foreign Secretary Enrique Manalo. The treaty, he said at a joint news conference with Manalo, extends to armed attacks on Philippine armed forces, public vessels and aircraft, including those of its coast guard, anywhere in the South China Sea.

Blinken arrived in Manila from Seoul, where he attended a democracy summit hosted by South Korea.

His visit comes ahead of a meeting that President Joe Biden will host at the White House next month with Marcos and Japanese Prime Minister Fumio Kishida, the first trilateral summit of the three leaders.

China's foreign ministry accused the U.S. of using the Philippines as a "chess piece" to contain China.

Blinken will travel to Saudi Arabia and Egypt later this week for talks on a cease-fire in Gaza and a surge in humanitarian aid, the State Department said.

Copyright 2024 The Associated Press. All Rights Reserved.

Related stories
Chinese coast guard uses water cannon on Philippine boat near disputed shoal
Marcos says Philippines won't give up 'a square inch' of territory"""))

M.append(dict(id="h44-24", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20241007004151315",
published_at="2024-10-07", body="""Yonhap News Agency
National | North Korea | Economy | Market | Sci/Tech | Culture | Sports

(LEAD) Yoon, Marcos upgrade ties to strategic partnership, sign nuclear power MOU

All Headlines 17:40 October 07, 2024

MANILA, Oct. 7 (Yonhap) -- President Yoon Suk Yeol and Philippine President Ferdinand Marcos Jr. agreed Monday to elevate their countries' relations to a strategic partnership, as they marked 75 years of diplomatic ties.

Yoon, who arrived in Manila on Sunday for a state visit, held summit talks with Marcos at Malacanang Palace, where the two leaders discussed cooperation in defense, infrastructure, critical minerals and nuclear energy.

They witnessed the signing of a memorandum of understanding under which Korea Hydro & Nuclear Power will conduct a feasibility study on reviving the Bataan Nuclear Power Plant, which was completed in the 1980s but never operated, according to the presidential office.

The two sides also signed agreements on the supply of critical minerals and on infrastructure projects financed by Korea's Economic Development Cooperation Fund.

"The Philippines is a key partner for Korea in the region," Yoon said at a joint press conference. He also thanked Manila for sending troops to fight alongside South Korea in the 1950-53 Korean War.

Yoon will leave for Singapore later Monday for a state visit, during which he is scheduled to hold talks with Prime Minister Lawrence Wong on Tuesday.

He will then travel to Vientiane, Laos, to attend the ASEAN-related summits from Wednesday.

A presidential official said Yoon may also hold talks with Japan's new Prime Minister Shigeru Ishiba on the sidelines of the meetings in Laos, although nothing has been fixed.

(END)

Most Viewed
BTS' Jin to release first solo album next month
N. Korea says it will completely cut off roads to South"""))

M.append(dict(id="h44-25", source="tass.com",
url="https://tass.com/politics/1823411",
published_at="2024-07-25", body="""TASS Russian News Agency
World | Politics | Economy | Military & Defense | Science & Space | Emergencies | Society & Culture

Lavrov, Wang Yi discuss Ukraine, Asia-Pacific security on sidelines of ASEAN events

The Russian and Chinese foreign ministers met on the sidelines of the Russia-ASEAN and East Asia Summit ministerial meetings in the Lao capital

VIENTIANE, July 25. /TASS/. Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi held talks in Vientiane on Thursday on the sidelines of the ASEAN-related foreign ministers' meetings, the Russian Foreign Ministry said.

"The ministers discussed a wide range of issues on the international and regional agenda, including the Ukraine settlement and the situation in the Asia-Pacific region, and confirmed the closeness of the two countries' positions," the ministry said in a statement.

The ministers also discussed bilateral cooperation, including preparations for upcoming high-level contacts.

Lavrov arrived in Vientiane on Wednesday. Earlier on Thursday he held talks with Lao Foreign Minister Saleumxay Kommasith, with whom he discussed trade and economic ties and cooperation within ASEAN, where Laos holds the chairmanship this year.

The Russian minister is also due to take part in the Russia-ASEAN ministerial meeting and the East Asia Summit foreign ministers' meeting.

US Secretary of State Antony Blinken, who is also in the Lao capital, is expected to meet Wang Yi on Friday, according to the State Department. No contacts between Lavrov and Blinken are planned, the Russian delegation said.

Tags: Sergey Lavrov, Wang Yi, ASEAN, Laos

Subscribe to TASS on Telegram"""))

M.append(dict(id="h44-26", source="khmertimeskh.com",
url="https://www.khmertimeskh.com/501004582/hun-sen-meets-min-aung-hlaing-in-nay-pyi-taw-calls-for-ceasefire/",
published_at="2022-01-08", body="""Khmer Times
National | Business | Opinion | Asean | World | Sport

Hun Sen meets Min Aung Hlaing in Nay Pyi Taw, calls for ceasefire

Khmer Times
January 8, 2022

Prime Minister Hun Sen met Myanmar's State Administration Council chairman Senior General Min Aung Hlaing in Nay Pyi Taw yesterday, on a two-day visit in his capacity as chair of ASEAN, in an effort to help Myanmar find a way out of the crisis that has gripped the country since the February 2021 military takeover.

According to a joint press release issued after the talks, the two leaders discussed ASEAN's five-point consensus, humanitarian assistance and the COVID-19 situation. The Myanmar side agreed to extend its ceasefire with ethnic armed groups until the end of the year, and said it would welcome a visit by the ASEAN chair's special envoy, Foreign Minister Prak Sokhonn, who would be allowed to meet all parties concerned.

No date has been set for Prak Sokhonn's trip.

Hun Sen was the first head of government to visit Myanmar since the military takeover. The visit has been criticised by some rights groups and opponents of the military, who said it would give the junta legitimacy.

Before leaving Phnom Penh, Hun Sen held a telephone conversation with Indonesian President Joko Widodo on Tuesday, in which the two leaders discussed ASEAN cooperation and developments in Myanmar. Jokowi wished Cambodia success as ASEAN chair for 2022.

Hun Sen returned to Phnom Penh on Saturday afternoon.

Khmer Times

Related Posts
ASEAN foreign ministers to hold retreat in Siem Reap this month
Cambodia ready to host ASEAN meetings in person, says foreign ministry

Tags: ASEAN, Hun Sen, Min Aung Hlaing, Myanmar"""))
