# Medium wire-style stories (1,200-2,000 characters), h76-13 .. h76-26
M = []

M.append(dict(id="h76-13", source="apnews.com",
url="https://apnews.com/article/russia-ukraine-geneva-sherman-ryabkov-talks-5a1e7c0d3b",
published_at="2022-01-10", body="""AP | World News

US, Russia hold 'frank' security talks in Geneva with no breakthrough

By GRETA ANDERSEN and YURI MELNIK
January 10, 2022 GMT

GENEVA (AP) — Senior US and Russian officials held nearly eight hours of talks in Geneva on Monday over Moscow's troop buildup near Ukraine and its demands for security guarantees, but emerged with no sign of progress.

US Deputy Secretary of State Wendy Sherman called the meeting at the US diplomatic mission "a frank and forthright discussion" and said Washington had firmly rejected proposals that were "simply non-starters", including a ban on further NATO enlargement.

Her counterpart, Russian Deputy Foreign Minister Sergei Ryabkov, described the talks as "difficult, long, very professional" and insisted Russia had no plans to attack Ukraine. He said it was "absolutely mandatory" for Moscow that Ukraine never join the alliance.

The two had opened the session of the Strategic Stability Dialogue with a working dinner on Sunday evening.

The Geneva meeting opens a week of diplomacy. Russian officials are to sit down with the 30 NATO allies at the NATO-Russia Council in Brussels on Wednesday, and the Organization for Security and Co-operation in Europe convenes in Vienna on Thursday.

Sherman said the US was open to discussing reciprocal limits on missile deployments and military exercises. Ryabkov said there was no reason to hold a further bilateral round if the West kept ignoring Russia's core concerns.

Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.

RELATED COVERAGE
Kazakhstan: Russia-led troops to begin leaving next week
Blinken: Russian troops once in a country can be slow to leave"""))

M.append(dict(id="h76-14", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38892/India_Afghanistan_talks_in_Dubai",
published_at="2025-01-08", body="""Ministry of External Affairs
Government of India

Home > Media Center > Press Releases

Meeting between Foreign Secretary and Acting Foreign Minister of Afghanistan

January 08, 2025

Foreign Secretary Shri Vikram Misri met Mawlawi Amir Khan Muttaqi, Acting Foreign Minister of Afghanistan, in Dubai today.

The two sides discussed India's ongoing humanitarian assistance to the people of Afghanistan. The Afghan side appreciated the support and thanked the Indian leadership for continuing to engage with the Afghan people. Foreign Secretary underlined India's historical friendship with the Afghan people and the strong people-to-people contacts between the two countries.

India will provide further material assistance, in the first instance for the health sector and for the rehabilitation of refugees. The two sides also discussed the promotion of the use of Chabahar Port for trade, including for supporting humanitarian assistance to Afghanistan, as well as cricket, which is highly valued by the youth of Afghanistan.

The Afghan side underlined its sensitivity to India's security concerns. Both sides agreed to remain in regular contact at various levels.

Dubai
January 08, 2025

Share: Facebook | X | WhatsApp | Print

Other Press Releases
Visit of Foreign Secretary to Dhaka (December 09, 2024)
Joint Statement on the State Visit of the President of Sri Lanka to India (December 16, 2024)
Participation of EAM in the G7 Foreign Ministers' outreach session

Last Updated On: 08/01/2025 | Visitors: 2,41,33,812"""))

M.append(dict(id="h76-15", source="en.irna.ir",
url="https://en.irna.ir/news/84566410/UAE-national-security-adviser-meets-Raisi",
published_at="2021-12-06", body="""IRNA English | Politics

Raisi receives UAE national security adviser

Tehran, IRNA -- President Ebrahim Raisi on Monday received Sheikh Tahnoun bin Zayed Al Nahyan, National Security Adviser of the United Arab Emirates, who arrived in Tehran earlier in the day at the head of a high-ranking delegation.

Raisi said improving ties with neighbouring countries was a priority of his government and that the security of the region should be provided by the countries of the region, without foreign intervention.

The Emirati official conveyed the greetings of Sheikh Mohammed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, and an invitation for the Iranian president to visit the UAE, which Raisi welcomed. No date was announced.

Earlier on Monday, the visitor held talks with Rear Admiral Ali Shamkhani, Secretary of the Supreme National Security Council, at whose invitation the trip was made. Shamkhani said relations between the two countries should not be affected by trans-regional powers and that Tehran was ready to open a new chapter.

The visit is the highest-level trip by an Emirati official to Iran in years. Iran's Deputy Foreign Minister for Political Affairs Ali Bagheri Kani travelled to Dubai late last month and met UAE Minister of State Anwar Gargash.

Political analysts said the visit reflected an effort in the Persian Gulf to lower tensions as talks on reviving the 2015 nuclear deal resumed in Vienna.

Related news:
- Amir-Abdollahian, Qatari counterpart discuss Vienna talks by phone
- Iran's deputy FM says Vienna talks to resume Thursday

Print | Send to friend | Tags: UAE, Tahnoun bin Zayed, Raisi, Shamkhani

News Code 84566410"""))

M.append(dict(id="h76-16", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20230727002300315",
published_at="2023-07-27", body="""Yonhap News Agency
N. Korea | Politics

(LEAD) N. Korea's Kim meets Chinese delegation after hosting Russia's Shoigu for arms show

SEOUL, July 27 (Yonhap) -- North Korean leader Kim Jong-un received a Chinese delegation led by Li Hongzhong, a member of the Political Bureau of the Communist Party of China Central Committee and vice chairman of the Standing Committee of the National People's Congress, state media said Thursday, a day after he showed off his latest weapons to Russian Defense Minister Sergei Shoigu.

Li arrived in Pyongyang on Wednesday to attend events marking the 70th anniversary of the end of the 1950-53 Korean War, which the North calls "Victory Day." Kim told him that the two countries' friendship "has been consolidated in the struggle," the Korean Central News Agency (KCNA) reported.

Shoigu, who landed on Tuesday at the head of a Russian military delegation, met Kim on Wednesday and handed him a letter from President Vladimir Putin. The two then toured an exhibition of weapons including the Hwasong-18 solid-fuel intercontinental ballistic missile, photos showed. The Russian minister also held talks with his North Korean counterpart, Kang Sun-nam.

Both delegations are expected to watch a military parade in Kim Il Sung Square on Thursday night. They are the first foreign delegations known to have visited the North since the COVID-19 pandemic.

South Korea's unification ministry said it was watching closely whether the visits would lead to closer military cooperation between Pyongyang and Moscow in violation of UN sanctions.

(END)

Related articles
N. Korea fires two ballistic missiles into East Sea
Yoon, Kishida to hold talks at NATO summit in Vilnius

Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent."""))

M.append(dict(id="h76-17", source="english.news.cn",
url="https://english.news.cn/20250511/3f8d1c6b2a7e4f0e9c5d4b3a2f1e0d9c/c.html",
published_at="2025-05-11", body="""Chinese vice premier says China-U.S. talks in Geneva candid, constructive

Source: Xinhua | Editor: huaxia | 2025-05-11 23:42:17

GENEVA, May 11 (Xinhua) -- Chinese Vice Premier He Lifeng said here Sunday that the high-level meeting on China-U.S. economic and trade affairs was candid, in-depth and constructive and had made substantial progress.

He Lifeng, a member of the Political Bureau of the Communist Party of China Central Committee and China's lead person for China-U.S. economic and trade affairs, held two days of talks in Geneva with U.S. Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer.

The two sides reached important consensus and agreed to establish a consultation mechanism on economic and trade issues, He told a press conference, adding that a joint statement would be released.

Li Chenggang, China international trade representative and vice minister of commerce, said the meeting had laid a foundation for future consultations, which could be held in China, the United States or a third country.

Before the talks, He Lifeng met with Swiss President Karin Keller-Sutter on Friday, thanking Switzerland for facilitating the meeting. He said China was ready to work with Switzerland to upgrade their free trade agreement.

Bessent told reporters the talks had been productive and that details would be announced on Monday. U.S. President Donald Trump wrote on social media that a "total reset" had been negotiated.

Photo: Chinese Vice Premier He Lifeng speaks at a press conference in Geneva, Switzerland, May 11, 2025. (Xinhua/Lian Yi)

Most viewed | Copyright © 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h76-18", source="reuters.com",
url="https://www.reuters.com/world/brazils-amorim-met-putin-moscow-2023-03-31/",
published_at="2023-03-31", body="""World | Americas

Brazil's Lula sent top adviser Amorim to Moscow for talks with Putin

By Lucas Mendes and Anna Volkova
March 31, 2023 5:02 PM GMT-3 Updated

BRASILIA/MOSCOW, March 31 (Reuters) - Celso Amorim, a former foreign minister who serves as chief foreign policy adviser to Brazilian President Luiz Inacio Lula da Silva, met Russian President Vladimir Putin in Moscow on Thursday, Brazil's presidency confirmed on Friday, as Lula seeks support for a group of countries to mediate peace in Ukraine.

The meeting, which was not announced in advance, took place at the Kremlin. Kremlin spokesman Dmitry Peskov said the two had discussed "the Ukrainian problem" and bilateral relations. Amorim also met Kremlin foreign policy aide Yuri Ushakov, a Brazilian official said.

Lula has refused to send weapons to Ukraine and has proposed a "peace club" of nations not directly involved in the war. He discussed the idea with Ukrainian President Volodymyr Zelenskiy in a video call on March 2.

The president had been due to travel to China last weekend to meet Xi Jinping, but the trip was postponed after he was diagnosed with pneumonia. Brazilian officials said a new date was being worked out.

Russian Foreign Minister Sergei Lavrov is due to visit Brasilia in April, a Brazilian diplomatic source said.

Reporting by Lucas Mendes in Brasilia and Anna Volkova in Moscow; Editing by Daniel Ortiz

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Argentina's Fernandez meets Biden at White House
Brazil's central bank holds rates at 13.75%"""))

M.append(dict(id="h76-19", source="sudantribune.com",
url="https://sudantribune.com/article255312/",
published_at="2022-02-24", body="""Sudan Tribune
Plural news and views on Sudan

Hemetti arrives in Moscow as Russia launches attack on Ukraine

February 24, 2022 (KHARTOUM) - The Deputy Chairman of the Transitional Sovereign Council, Mohamed Hamdan Daglo "Hemetti", arrived in Moscow on Wednesday evening at the head of a high-level delegation for an eight-day official visit, hours before Russia began its military assault on Ukraine.

The delegation includes the ministers of finance, agriculture and energy and mining, according to the official news agency SUNA.

Before leaving Khartoum, Daglo said the visit aimed to "open new horizons" for cooperation with the Russian Federation in the economic, investment and security fields. He is scheduled to hold talks with a number of Russian officials, including Foreign Minister Sergei Lavrov, during his stay.

Moscow and Khartoum signed an agreement in 2020 to establish a Russian naval logistics centre on the Red Sea coast, but its ratification has been pending since the ouster of former President Omer al-Bashir.

The trip drew criticism from Sudanese opposition groups who accused the military component of seeking international backing as Western aid remained frozen after the October 25 coup.

(ST)

Related
Burhan receives Egyptian intelligence chief in Khartoum
UN envoy Perthes briefs Security Council on consultations

Tags: Sudan, Russia, Hemetti, Sovereign Council

Comments (6)"""))

M.append(dict(id="h76-20", source="tass.com",
url="https://tass.com/defense/1716543",
published_at="2023-12-04", body="""TASS | Military & Defense

Russia, Niger sign documents on strengthening military cooperation

A Russian Defense Ministry delegation led by Deputy Defense Minister Yunus-Bek Yevkurov is on a visit to Niger

NIAMEY, December 4. /TASS/. Russia and Niger have signed documents on strengthening military cooperation during a visit to Niamey by a delegation of the Russian Defense Ministry led by Deputy Defense Minister Colonel General Yunus-Bek Yevkurov, the Nigerien government said.

The delegation was received by Brigadier General Abdourahamane Tiani, the President of the National Council for the Safeguard of the Homeland (CNSP) and head of state of Niger. The documents were signed with Nigerien Defense Minister Lieutenant General Salifou Mody, according to a statement read on state television.

It is the first visit by an official Russian delegation to Niger since the military took power in the country in July.

Earlier this year Yevkurov paid working visits to Mali and Burkina Faso, where he discussed military and military-technical cooperation.

Niger's authorities announced last week that they had revoked the law on the EU's civilian and military missions in the country.

Tags: Russia, Niger, Africa, Defense

Read also
Lavrov holds talks with Burkina Faso's foreign minister in Moscow
Russian Navy frigate arrives in Libya's Tobruk"""))

M.append(dict(id="h76-21", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/na-chairman-vuong-dinh-hue-holds-talks-with-chinese-top-legislator-zhao-leji-post281334.vnp",
published_at="2024-04-08", body="""VietnamPlus | Politics

NA Chairman Vuong Dinh Hue holds talks with Chinese top legislator Zhao Leji

Beijing (VNA) - Vuong Dinh Hue, Politburo member and Chairman of the National Assembly of Vietnam, held talks with Zhao Leji, member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee and Chairman of the Standing Committee of the National People's Congress (NPC), in Beijing on April 8.

The top Vietnamese legislator is paying an official visit to China from April 7 to 12 at the invitation of his Chinese counterpart.

The two sides agreed to continue implementing the common perceptions reached by the top leaders of the two Parties and countries, especially during General Secretary and President Xi Jinping's state visit to Vietnam last December, and to build a Vietnam-China community with a shared future that carries strategic significance.

After the talks, the two leaders signed a cooperation agreement between the NA of Vietnam and the NPC of China.

The same day, the Vietnamese NA leader was received by General Secretary and President Xi Jinping at the Great Hall of the People.

During the visit, Hue is scheduled to meet Wang Huning, Chairman of the National Committee of the Chinese People's Political Consultative Conference, and travel to Shanghai.

VNA

Other news
NA Vice Chairman receives Lao Ambassador
Deputy Prime Minister receives Cuban delegation
Vietnam, Cambodia discuss border cooperation

Tags: Vuong Dinh Hue, Zhao Leji, Vietnam-China relations"""))

M.append(dict(id="h76-22", source="thedailystar.net",
url="https://www.thedailystar.net/mamata-meets-hasina-teesta-64918",
published_at="2015-02-20", body="""The Daily Star
Front Page

Mamata meets Hasina, says 'have faith in me' on Teesta

Indo-Asian News Service, Dhaka

West Bengal Chief Minister Mamata Banerjee yesterday called on Prime Minister Sheikh Hasina at Ganabhaban and asked Bangladesh to "have faith in me" on the long-delayed Teesta water sharing deal.

"I am here for Bangladesh and for Bengal. Have faith in me," the chief minister told reporters after the meeting, which lasted about 45 minutes.

Banerjee arrived in Dhaka on Thursday on a three-day visit, her first since she blocked the signing of the Teesta treaty during then Indian prime minister Manmohan Singh's visit to Dhaka in 2011. She is accompanied by a delegation of film actors, writers and businesspeople from West Bengal.

Foreign Minister AH Mahmood Ali paid a courtesy call on her at the hotel on Thursday. She will attend programmes marking Amar Ekushey, the International Mother Language Day, tomorrow.

Sources at the foreign ministry said Indian Prime Minister Narendra Modi was expected to visit Dhaka later this year, though no dates had been fixed.

Hasina told the guest that Bangladesh expected the Teesta agreement and the ratification of the 1974 Land Boundary Agreement to be done soon.

Read more
Cross-border rail links to be restored, says Suresh Prabhu
Dhaka stock indices rise for third day

Comments (3)"""))

M.append(dict(id="h76-23", source="arabnews.com",
url="https://www.arabnews.com/node/2109481/saudi-arabia",
published_at="2022-06-22", body="""Arab News
Saudi Arabia

Saudi crown prince in Ankara for first visit since rift with Turkey

AFP
June 22, 2022 22:10

ANKARA: Saudi Arabia's Crown Prince Mohammed bin Salman arrived in Turkey on Wednesday for his first visit since the 2018 killing of journalist Jamal Khashoggi plunged relations into crisis.

President Recep Tayyip Erdogan welcomed the crown prince, who is also deputy prime minister and minister of defense, with an official ceremony at the presidential complex in Ankara, followed by talks and a dinner. The two countries are expected to issue a joint statement on trade, energy and tourism.

The visit, the last leg of a tour that has taken him to Egypt and Jordan, comes two months after Erdogan travelled to Jeddah and met King Salman and the crown prince.

Turkey, battling inflation above 70 percent, is seeking Gulf investment and currency support ahead of elections next year. Turkish officials said they hoped for a currency swap deal.

The crown prince's diplomatic comeback continues next month. US President Joe Biden is due in Jeddah in mid-July, the White House has said, for talks with King Salman and his leadership team.

Copyright: AFP

Most Popular
Saudi Arabia and Egypt sign deals worth $7.7 billion
Jordan's king, crown prince discuss regional developments
Oil prices fall on recession fears

Follow us on Twitter | Download the Arab News app"""))

M.append(dict(id="h76-24", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/465931/us-delegation-meets-sogavare",
published_at="2022-04-22", body="""RNZ | Pacific News

US delegation meets Solomon Islands PM over China security pact

9:41 pm on 22 April 2022

A senior White House delegation has held talks in Honiara with Solomon Islands Prime Minister Manasseh Sogavare amid concern over the country's security agreement with China.

The delegation was led by Kurt Campbell, the Indo-Pacific Coordinator at the US National Security Council, and Daniel Kritenbrink, Assistant Secretary of State for East Asian and Pacific Affairs.

In a statement after the 90-minute meeting, the White House said the US would "respond accordingly" if steps were taken to establish a de facto permanent Chinese military presence, power-projection capabilities or a military installation. Sogavare reiterated that there would be no military base, according to the statement.

The US officials also announced they would expedite the opening of an embassy in Honiara.

The delegation, which has also stopped in Fiji and Papua New Guinea, arrived in Honiara on Friday morning. China's foreign ministry announced on Tuesday that Beijing and Honiara had signed the security framework agreement.

Australia's Minister for International Development and the Pacific, Zed Seselja, flew to Honiara last week to ask Sogavare not to sign the deal.

- AFP/RNZ

Related stories
PNG opposition slams Marape over election delays
Fiji to reopen borders to cruise ships in June

Listen live | Download the RNZ app | Newsletter"""))

M.append(dict(id="h76-25", source="efe.com",
url="https://www.efe.com/efe/english/world/harris-meets-giammattei-in-guatemala/50000262-4557193",
published_at="2021-06-07", body="""EFE | English edition | World

Harris meets Giammattei, tells Guatemalans 'do not come' to US

Guatemala City, Jun 7 (EFE).- United States Vice President Kamala Harris held talks on Monday with Guatemalan President Alejandro Giammattei at the National Palace of Culture, on the first foreign trip since she was given responsibility for addressing the root causes of migration from Central America.

"I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come," Harris said at a joint press conference. "Do not come."

She announced a US anti-corruption task force to work with Guatemalan prosecutors and programs to support young people and women entrepreneurs. Giammattei said his government would strengthen controls but called for more investment to create jobs.

Harris arrived on Sunday night after her plane was forced to return to Joint Base Andrews because of a technical problem.

The vice president leaves Monday night for Mexico City, where she is scheduled to meet President Andrés Manuel López Obrador on Tuesday. The two held a virtual meeting on May 7.

EFE

Tags: United States, Guatemala, Mexico, migration

Related news
Bukele says El Salvador will adopt bitcoin as legal tender
Peru presidential runoff too close to call

EFE 2021. All rights reserved."""))

M.append(dict(id="h76-26", source="omannews.gov.om",
url="https://omannews.gov.om/topics/en/80/show/1218342",
published_at="2025-04-12", body="""Oman News Agency
Home | Local | Gulf & Arab | World | Economy

Oman hosts talks between Iran and the United States in Muscat

Muscat, April 12 (ONA) -- Sayyid Badr bin Hamad bin Hamood Albusaidi, Minister of Foreign Affairs, hosted on Saturday talks between Dr. Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran, and Steve Witkoff, Special Envoy of the President of the United States for the Middle East.

The Minister of Foreign Affairs met separately with each of the two delegations, conveying the views of each side to the other. The Iranian and American heads of delegation also spoke directly for a few minutes in the presence of the Omani minister at the end of the session.

Sayyid Badr said the talks were held in a friendly atmosphere conducive to bringing viewpoints closer, with the goal of reaching a fair and binding agreement.

The two sides agreed to continue the talks next Saturday, April 19, the minister said.

The Sultanate of Oman expressed its appreciation to both parties and affirmed its continued support for dialogue and diplomacy to achieve regional and international peace and security.

Dr. Araghchi earlier paid a call on Sayyid Badr at the Ministry of Foreign Affairs.

-- ONA

Other news
His Majesty the Sultan receives message from Kuwaiti Emir
Oman, Brazil discuss trade cooperation
Minister of Commerce attends Doha investment forum"""))
