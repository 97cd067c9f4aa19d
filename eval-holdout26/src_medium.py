# Medium wire-style stories (1,200-2,000 characters), h26-13 .. h26-26
M = []

M.append(dict(id="h26-13", source="english.news.cn",
url="http://english.news.cn/20190620/3f2a9c7d51e84b0c9a6d2e1f7b8c4a05/c.html",
published_at="2019-06-20", body="""Xi arrives in Pyongyang for state visit to DPRK

Source: Xinhua | Editor: Shi Yinglun | 2019-06-20 13:48:22

PYONGYANG, June 20 (Xinhua) -- Chinese President Xi Jinping arrived here Thursday noon for a state visit to the Democratic People's Republic of Korea (DPRK), the first by a Chinese head of state in 14 years.

Xi, also general secretary of the Communist Party of China (CPC) Central Committee, was greeted at the airport by Kim Jong Un, chairman of the Workers' Party of Korea (WPK) and chairman of the State Affairs Commission of the DPRK, and his wife Ri Sol Ju.

A grand welcome ceremony was held at the airport. Tens of thousands of people lined the streets to welcome the Chinese guests.

Xi is paying the visit at the invitation of Kim. The two leaders are to hold talks and attend a performance during the two-day visit, according to the itinerary.

In a signed article published in the Rodong Sinmun on Wednesday, Xi said that China is willing to work with the DPRK to write a new chapter of the friendship in the new era. He said the two sides should strengthen strategic communication and exchanges and jointly contribute to lasting peace and stability in the region.

Xi was accompanied by his wife Peng Liyuan, Ding Xuexiang, Yang Jiechi, Wang Yi and He Lifeng.

Kim has visited China four times since March 2018. Enditem

Photo: Chinese President Xi Jinping is greeted by Kim Jong Un at the airport in Pyongyang, June 20, 2019. (Xinhua/Ju Peng)

Related:
Full text of Xi's signed article on Rodong Sinmun
Chinese envoy attends reception in Pyongyang

Copyright © 2000-2019 XINHUANET.com All rights reserved. | About us | Contact us"""))

M.append(dict(id="h26-14", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-holds-talks-with-us-president-post266874.vnp",
published_at="2023-09-10", body="""VietnamPlus | Vietnam News Agency

Politics | Business | Society | Culture | Travel | Multimedia

Party General Secretary holds talks with US President Joe Biden

Hanoi (VNA) - General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong held talks with US President Joseph R. Biden, who is paying a State visit to Vietnam, in Hanoi on September 10.

Following the talks, the two leaders adopted a joint statement on upgrading Vietnam-US relations to a Comprehensive Strategic Partnership for peace, cooperation and sustainable development.

Welcoming the visiting President and the US delegation, the Party chief said the visit is of historic significance and takes place as the two countries mark the 10th anniversary of their Comprehensive Partnership.

Both sides affirmed respect for each other's independence, sovereignty, territorial integrity and political institutions. They agreed to step up cooperation in economics, trade, investment, science and technology, innovation and semiconductors, and to deal with war legacies.

For his part, Biden thanked his host for the warm welcome and said the US supports a strong, independent, self-reliant and prosperous Vietnam.

President Biden arrived at Noi Bai International Airport earlier on the same day, after attending the G20 Summit in New Delhi, India.

During his stay, the US President is scheduled to meet President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue.

VNA/VNP

Tags: Nguyen Phu Trong, Joe Biden, Vietnam-US relations, Comprehensive Strategic Partnership

Related news
- Deputy PM receives Lao Minister of Planning and Investment
- Vietnam, US launch semiconductor workforce initiative

Download the VietnamPlus app | Follow us on Facebook, Zalo"""))

M.append(dict(id="h26-15", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/10/ishiba-li-qiang-vientiane-talks.html",
published_at="2024-10-10", body="""KYODO NEWS - Oct 10, 2024 - 23:18 | All, Japan, World

Ishiba, Chinese Premier Li hold talks in Laos, agree to stabilize ties

VIENTIANE - Japanese Prime Minister Shigeru Ishiba and Chinese Premier Li Qiang agreed Thursday to promote a "mutually beneficial relationship based on common strategic interests" as they held their first talks on the sidelines of regional summits in Laos.

During the meeting of about 35 minutes, Ishiba conveyed concerns over Chinese military activities near Japan and called for the early release of Japanese nationals detained in China, a Japanese official said. He also urged Beijing to ensure the safety of Japanese residents after a boy was stabbed to death in Shenzhen last month.

Li said the two sides should handle their differences properly, according to the official.

Earlier in the day, Ishiba held talks with South Korean President Yoon Suk Yeol, and the two agreed to advance bilateral relations ahead of the 60th anniversary of diplomatic normalization next year.

Ishiba also met Lao Prime Minister Sonexay Siphandone, this year's chair of the Association of Southeast Asian Nations, and pledged support for the country's efforts on unexploded ordnance.

It is Ishiba's first overseas trip since taking office on Oct. 1. He spoke by phone with U.S. President Joe Biden the following day.

Ishiba told reporters he hoped to meet Chinese President Xi Jinping at an appropriate time, possibly during the Asia-Pacific Economic Cooperation forum in Peru next month.

He is scheduled to attend the East Asia Summit on Friday before returning to Tokyo.

==Kyodo

Related coverage:
Ishiba leaves for Laos on first overseas trip as Japan PM
Japan, ASEAN agree to cooperate on maritime security

Copyright 2024 KYODO NEWS. All Rights Reserved."""))

M.append(dict(id="h26-16", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20250823001200315",
published_at="2025-08-23", body="""Yonhap News Agency

N. Korea | National | Economy | Market | Culture | Sports

(LEAD) Lee holds summit with Ishiba in Tokyo ahead of first talks with Trump

TOKYO, Aug. 23 (Yonhap) -- President Lee Jae Myung held a summit with Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday, making Japan his first stop on a trip that will take him to Washington for his first face-to-face talks with U.S. President Donald Trump.

Lee arrived at Haneda Airport earlier in the day and went to the prime minister's office for the talks, which were followed by a dinner hosted by Ishiba.

The two leaders issued a joint press document, the first such statement in 17 years, in which both sides pledged to develop "future-oriented" relations and to cooperate closely on North Korea.

"Korea and Japan are neighbors who cannot move away from each other," Lee said at a joint press conference. Ishiba said he hoped to continue shuttle diplomacy.

Lee will leave for Washington on Sunday. He is scheduled to hold a summit with Trump at the White House on Monday, the presidential office said, with tariffs, investment and the cost of stationing U.S. troops in Korea expected to be on the agenda.

Lee and Trump have spoken by phone once, shortly after Lee took office in June.

Presidential policy adviser Kim Yong-beom said the Seoul-Tokyo talks had been arranged first to show the two allies of the United States were on the same page.

Ishiba is widely expected to attend the Asia-Pacific Economic Cooperation summit in Gyeongju in late October.

(END)

Keywords: #Lee Jae Myung #Ishiba #summit #Japan

Most Viewed
1 (LEAD) Lee arrives in Tokyo on first leg of Japan, U.S. trip
2 BOK holds rate steady
3 BLACKPINK to hold encore shows in Seoul

Copyright Yonhap News Agency. All rights reserved."""))

M.append(dict(id="h26-17", source="au.news.yahoo.com",
url="https://au.news.yahoo.com/china-says-signs-security-pact-solomon-islands-024512874.html",
published_at="2022-04-19", body="""Yahoo News Australia

China says it has signed security pact with Solomon Islands

Reuters
Tue, 19 April 2022, 7:45 pm

BEIJING/SYDNEY (Reuters) - China said on Tuesday it had signed a security pact with the Solomon Islands, a day after the United States said it would send a high-level delegation to the Pacific island nation over concerns about Beijing's growing influence.

Foreign ministry spokesman Wang Wenbin told a regular briefing that the foreign ministers of the two countries had "officially signed" the framework agreement on security cooperation recently, without saying when or where.

He said the pact was aimed at maintaining social stability and was not directed at any third party.

The White House said on Monday that Kurt Campbell, the National Security Council's Indo-Pacific coordinator, and Daniel Kritenbrink, the top U.S. diplomat for East Asia, would lead a delegation to the Solomon Islands this week. The delegation will also travel to Fiji and Papua New Guinea, a spokesperson said.

Australia has said it is "deeply disappointed". Its minister for the Pacific, Zed Seselja, travelled to Honiara last week to ask Prime Minister Manasseh Sogavare not to sign the deal.

A leaked draft of the agreement, which circulated online last month, showed that Chinese warships could stop in the Solomon Islands for replenishment, and that Chinese police could be sent at the request of the Solomons government.

Sogavare has told parliament that the deal would not lead to a Chinese military base.

Australian opposition politicians called the signing a foreign policy failure by the government of Prime Minister Scott Morrison ahead of a federal election in May.

(Reporting by Yew Lun Tian in Beijing and Kirsty Needham in Sydney; Editing by Sharon Singleton)

Trending on Yahoo
ASX ends higher as miners rally
Election 2022: Morrison, Albanese campaign in marginal seats"""))

M.append(dict(id="h26-18", source="barrons.com",
url="https://www.barrons.com/news/us-china-defence-chiefs-meet-in-singapore-b3d1e2a4",
published_at="2024-05-31", body="""Barron's

DJIA 38,686.32 ▲ 1.51% | S&P 500 5,277.51 ▲ 0.80% | NASDAQ 16,735.02 ▲ 0.01%

AFP - Agence France Presse

US, China defence chiefs hold first face-to-face talks in 18 months

By Chloe Tan
May 31, 2024

US Defense Secretary Lloyd Austin and Chinese counterpart Dong Jun held their first face-to-face talks on Friday on the sidelines of the Shangri-La Dialogue security forum in Singapore, the first such meeting in 18 months.

The two men met for more than an hour at the hotel hosting the forum. Both sides said afterwards the talks were "constructive", according to a Pentagon statement and a Chinese defence ministry spokesman.

Austin raised recent "provocative" Chinese military activity around Taiwan, where Beijing staged large-scale drills last week after Lai Ching-te was sworn in as president, the Pentagon said.

Dong told Austin that Washington should not interfere in the Taiwan question, Chinese state media reported.

The two ministers spoke by video link in April, their first conversation since Dong was appointed in December.

Military communication between the two countries was suspended in 2022 but resumed after US President Joe Biden and Chinese leader Xi Jinping met in California last November.

Austin will deliver a speech at the forum on Saturday, and Dong is to address the gathering on Sunday.

Austin will travel to Cambodia next week, the Pentagon said, in a sign that Washington is trying to improve relations with a country seen as one of Beijing's closest partners in the region.

Copyright AFP. All rights reserved.

Barron's | Dow Jones | Terms of Use | Cookie Notice

More from Barron's
Stocks close higher as inflation data meets forecasts
Dell shares tumble on margin worries"""))

M.append(dict(id="h26-19", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/mfa_eng/wjbzhd/202401/t20240124_11232870.html",
published_at="2024-01-24", body="""Ministry of Foreign Affairs of the People's Republic of China

Home > Minister's Activities

China and Nauru Resume Diplomatic Relations

2024-01-24 18:30

On January 24, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Nauruan Foreign Minister Lionel Aingimea in Beijing. After the talks, the two foreign ministers signed the Joint Communique Between the People's Republic of China and the Republic of Nauru on the Resumption of Diplomatic Relations.

Wang Yi said that the Nauruan government's decision to recognize the one-China principle and to resume diplomatic relations with China shows that the one-China principle represents the prevailing trend. China stands ready to work with Nauru to open a new chapter in bilateral relations on the basis of the Five Principles of Peaceful Coexistence.

Wang Yi said that China will never attach any political strings to its cooperation with Pacific Island countries, and will provide assistance within its capacity for Nauru's economic and social development.

Lionel Aingimea said that Nauru is glad to re-embrace the big family of the one-China principle, and this decision is in the fundamental interests of the country and its people. Nauru will firmly abide by the one-China principle.

The two sides also exchanged views on cooperation in climate change response, trade and people-to-people exchanges.

Related News
Wang Yi Meets with Foreign Minister of Brazil Mauro Vieira
Wang Yi Holds Phone Talks with Thai Foreign Minister Parnpree Bahiddha-Nukara
Foreign Ministry Spokesperson's Regular Press Conference on January 24, 2024

Print | Close

Copyright © Ministry of Foreign Affairs, the People's Republic of China"""))

M.append(dict(id="h26-20", source="apnews.com",
url="https://apnews.com/article/kamala-harris-guatemala-giammattei-migration-do-not-come",
published_at="2021-06-07", body="""AP News

Harris tells Guatemalans: 'Do not come' to US border

By MICHAEL RENFORD and SOFIA ALVARADO
June 7, 2021

GUATEMALA CITY (AP) — Vice President Kamala Harris delivered a blunt message to people thinking of making the journey to the U.S.-Mexico border on Monday: "Do not come."

Harris spoke at a news conference with Guatemalan President Alejandro Giammattei after the two met for about three hours at the National Palace of Culture, on her first foreign trip as vice president.

"I want to be clear to folks in this region who are thinking about making that dangerous trek: Do not come. Do not come," she said, adding that the U.S. would enforce its laws.

She announced a series of measures, including a task force to fight corruption and human smuggling, and investment in young people and women entrepreneurs.

Giammattei said his government was prepared to work with the U.S. but called for investment that would give Guatemalans a reason to stay.

Harris arrived late Sunday after her plane turned back to Joint Base Andrews because of a technical problem, delaying her departure by about an hour.

On Tuesday she travels to Mexico City, where she is to meet President Andrés Manuel López Obrador. The two leaders held a virtual meeting in May.

President Joe Biden has put Harris in charge of addressing the root causes of migration from Guatemala, Honduras and El Salvador.

___

Associated Press writer Jorge Ortega in Mexico City contributed to this report.

Copyright 2021 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h26-21", source="bernama.com",
url="https://www.bernama.com/en/news.php?id=2448172",
published_at="2025-07-28", body="""BERNAMA - Malaysian National News Agency

Home | General | Business | Politics | World | Sports

Thailand, Cambodia agree to immediate, unconditional ceasefire after Putrajaya talks - Anwar

PUTRAJAYA, July 28 (Bernama) -- Thailand and Cambodia have agreed to an immediate and unconditional ceasefire effective midnight tonight, Prime Minister Datuk Seri Anwar Ibrahim announced after hosting talks between the two sides at Seri Perdana here today.

Anwar, who is ASEAN chair, said the meeting between Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai was a "first vital step" towards de-escalation and the restoration of peace after five days of fighting along the border.

"Both sides have agreed that the ceasefire will take effect at 24:00 hours tonight," he told a joint press conference flanked by the two leaders.

He said regional military commanders of both countries would meet on Tuesday morning, and the two sides had agreed to a meeting of their General Border Committee at a later date.

The talks were attended by the ambassadors of the United States and China as observers. US President Donald Trump had said over the weekend that he had spoken to both leaders and urged them to stop the fighting.

Hun Manet thanked Anwar for facilitating the talks and expressed hope that the ceasefire would allow tens of thousands of displaced people to return home. Phumtham said Thailand would observe the ceasefire in good faith.

The clashes, which erupted on Thursday, have killed at least 35 people and displaced more than 260,000 on both sides of the border.

Both leaders left Putrajaya this evening.

-- BERNAMA

Related news:
Anwar receives courtesy call from Thai ambassador
Fahmi: Govt to table anti-bullying bill in October

BERNAMA provides up-to-date authentic and comprehensive news and information. Follow us on WhatsApp Channel."""))

M.append(dict(id="h26-22", source="wtop.com",
url="https://wtop.com/asia/2019/06/trump-steps-into-north-korea-meets-kim-at-dmz/",
published_at="2019-06-30", body="""WTOP News | Local | National | World | Sports

Listen Live 103.5 FM | Traffic & Weather on the 8s

Trump steps into North Korea, agrees with Kim to restart talks

The Associated Press
June 30, 2019, 5:12 AM

PANMUNJOM, Korea (AP) — President Donald Trump on Sunday became the first sitting American leader to set foot in North Korea, stepping briefly over the border at the Demilitarized Zone with Kim Jong Un before the two held talks and agreed to resume nuclear negotiations.

Trump walked about 20 steps into the North before returning to the southern side, where the two leaders met for about 50 minutes at Freedom House, a building on the South Korean side of the truce village.

Trump said afterward that the two sides would set up teams to work out details and that negotiations would begin "over the next two or three weeks". Secretary of State Mike Pompeo said U.S. special envoy Stephen Biegun would lead the American team.

South Korean President Moon Jae-in, who had accompanied Trump to the DMZ, greeted Kim briefly with Trump at the border before the meeting.

Earlier Sunday, Trump held talks with Moon at the presidential Blue House in Seoul, where he arrived on Saturday evening.

The encounter came together after Trump tweeted an invitation to Kim a day earlier. Trump said he had invited Kim to the White House "at the right time".

Critics said the event was a photo opportunity that did nothing to advance denuclearization.

Copyright 2019 The Associated Press. All rights reserved.

Related: Trump praises 'great relationship' with Kim | Photos: Historic handshake at the DMZ

WTOP is committed to keeping you informed. Download the WTOP app."""))

M.append(dict(id="h26-23", source="mofa.go.jp",
url="https://www.mofa.go.jp/la_c/sa/br/pageite_000001_00318.html",
published_at="2024-05-03", body="""Ministry of Foreign Affairs of Japan

Home > Foreign Policy > Latin America and the Caribbean > Brazil

Japan-Brazil Summit Meeting

May 3, 2024

Japanese

On May 3, commencing at 11:30 a.m. (local time) for approximately 80 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting the Federative Republic of Brazil, held a summit meeting with H.E. Mr. Luiz Inácio LULA DA SILVA, President of the Federative Republic of Brazil, followed by a working lunch. The overview is as follows.

1. At the outset, President Lula welcomed Prime Minister Kishida's visit to Brazil. Prime Minister Kishida expressed his pleasure at visiting Brazil, home to the world's largest Nikkei community, and stated that he wishes to further strengthen the Strategic and Global Partnership between the two countries.

2. The two leaders exchanged views on cooperation in decarbonization, including biofuels, critical minerals and agriculture. The two leaders welcomed the launch of the Japan-Brazil Green Partnership Initiative.

3. Prime Minister Kishida stated that Japan will actively contribute to the success of the G20 under Brazil's presidency. The two leaders also exchanged views on the situation in Ukraine and the Middle East.

4. Prime Minister Kishida stated that he looks forward to welcoming President Lula to Japan in the future, and the two leaders concurred to continue high-level exchanges.

Related Links
Visit to France, Brazil and Paraguay by Prime Minister KISHIDA Fumio (May 1 - 6, 2024)
Japan-France Summit Meeting
Japan-Brazil Relations

Page Top | Accessibility | Privacy Policy | Site Map"""))

M.append(dict(id="h26-24", source="nasdaq.com",
url="https://www.nasdaq.com/articles/biden-lopez-obrador-meet-mexico-city-summit-2023-01-09",
published_at="2023-01-09", body="""Nasdaq | Markets | News | Reuters

USD/MXN 19.1250 ▼ -0.52% | S&P 500 futures ▲ 0.3%

Biden, Lopez Obrador meet as North American summit opens

January 09, 2023 — 04:58 pm EST
Written by Reuters

MEXICO CITY, Jan 9 (Reuters) - U.S. President Joe Biden and Mexican President Andres Manuel Lopez Obrador held talks at the National Palace in Mexico City on Monday, with Lopez Obrador pressing Washington to do more to lift Latin America out of poverty.

"This is the moment for us to do away with the abandonment, the disdain and the forgetfulness for Latin America and the Caribbean," Lopez Obrador told Biden.

Biden replied that the United States had spent tens of billions of dollars in the region. "Unfortunately our responsibility does not end just in the Western Hemisphere," he said.

Biden arrived on Sunday evening at the new Felipe Angeles International Airport north of the capital, where Lopez Obrador greeted him. Earlier on Sunday he visited El Paso, Texas, his first trip to the border as president.

Canadian Prime Minister Justin Trudeau was due to arrive later on Monday. He will hold his own talks with Lopez Obrador before the three leaders meet on Tuesday for the first North American Leaders' Summit hosted by Mexico since 2014.

Migration, fentanyl trafficking and supply chains top the agenda.

(Reporting by Dave Graham and Steve Holland; Writing by Daina Beth Solomon; Editing by Alistair Bell)

The views and opinions expressed herein are the views and opinions of the author and do not necessarily reflect those of Nasdaq, Inc.

More from Reuters
Brazil's Lula vows to punish rioters after Brasilia attack
Oil rises as China reopening boosts demand outlook"""))

M.append(dict(id="h26-25", source="xinhuanet.com",
url="http://www.xinhuanet.com/english/2021-12/03/c_1310349821.htm",
published_at="2021-12-03", body="""Xi, Lao president hold video talks, jointly witness launch of China-Laos Railway

Source: Xinhua | 2021-12-03 19:36:08 | Editor: huaxia

BEIJING, Dec. 3 (Xinhua) -- Chinese President Xi Jinping held talks with Lao President Thongloun Sisoulith via video link on Friday afternoon, and the two heads of state jointly witnessed the launch of the China-Laos Railway.

Xi noted that the railway is a landmark project of high-quality Belt and Road cooperation, and said the two sides should make good use of it to build a China-Laos economic corridor.

Thongloun said the railway fulfils the dream of the Lao people to turn the landlocked country into a land-linked hub, and thanked China for its support.

The two leaders also exchanged views on COVID-19 cooperation and on building a China-Laos community with a shared future.

After the talks, Xi and Thongloun gave the order for trains to depart from Kunming and Vientiane.

The 1,035-km railway links Kunming, capital of southwest China's Yunnan Province, with the Lao capital Vientiane. Enditem

Photo: Chinese President Xi Jinping holds talks with Lao President Thongloun Sisoulith via video link in Beijing, capital of China, Dec. 3, 2021. (Xinhua/Ju Peng)

Most viewed
Xi, Biden hold virtual meeting
China Focus: Beijing 2022 torch lighting ceremony held
Full text: China's white paper on democracy

Copyright © 2000-2021 XINHUANET.com All rights reserved."""))

M.append(dict(id="h26-26", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1192288",
published_at="2023-01-03", body="""Philippine News Agency

PBBM arrives in Beijing for 3-day state visit

By Lade Jean Kabagani
January 3, 2023, 9:40 pm

MANILA - President Ferdinand R. Marcos Jr. arrived in Beijing on Tuesday night for a three-day state visit to China, his first visit to China since assuming office in June.

The President and his delegation landed at the Beijing Capital International Airport at around 7 p.m. (Manila time), where they were welcomed by Chinese officials.

Marcos is scheduled to hold a bilateral meeting with President Xi Jinping on Wednesday. He will also meet Premier Li Keqiang and Chairman of the National People's Congress Standing Committee Li Zhanshu.

The visiting delegation, which includes Foreign Affairs Secretary Enrique Manalo and Trade Secretary Alfredo Pascual, is expected to witness the signing of at least 10 bilateral agreements on agriculture, infrastructure, development cooperation, maritime security and tourism, the Department of Foreign Affairs said.

In his departure speech in Pasay City, Marcos said he would raise the issue of the West Philippine Sea with his host. "Issues that do not belong to the realm of maritime disputes should not be tied to the latter," he said.

Later this month, the President is expected to travel to Davos, Switzerland to attend the World Economic Forum.

PNA

Share | Tweet | Print

Related Articles
DFA: PBBM state visit to yield investment pledges
PBBM to visit Japan in February, says Palace"""))
