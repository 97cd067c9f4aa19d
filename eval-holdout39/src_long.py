# Long pages (2,500-4,500 characters), h39-01 .. h39-12
A = []

A.append(dict(id="h39-01", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/albanese-xi-jinping-meeting-great-hall-beijing/103066120",
published_at="2023-11-06", body="""Skip to main content
ABC News
Just In | For You | Politics | World | Business | Analysis | Sport | Lifestyle

Albanese and Xi talk up 'positive trajectory' in first Beijing leader talks since 2016

By China correspondent Tom Hardwick and political reporter Ellie Moran in Beijing

Posted Mon 6 Nov 2023 at 7:12pm, updated Mon 6 Nov 2023 at 10:48pm

Anthony Albanese and Xi Jinping shake hands before their talks in the Great Hall of the People. (AAP: Lukas Coch)

Prime Minister Anthony Albanese has sat down with Chinese President Xi Jinping in Beijing, telling him the relationship between the two countries is back on a steady footing after years in which ministers did not take each other's calls.

Key points:
- Mr Albanese is the first Australian prime minister to travel to China in seven years
- Wine and rock lobster exports are still hit by Chinese trade measures
- The prime minister raised the case of detained writer Yang Hengjun

The meeting in the Great Hall of the People ran well past its scheduled hour and was followed by a state banquet.

According to an account of the talks carried by Chinese state media, Mr Xi told his guest the two countries had "no historical grudges and no fundamental clash of interests" and could be partners who trust each other.

Mr Albanese landed in Shanghai on Saturday and spoke at the China International Import Expo on Sunday morning before flying north. On Monday he began the day at the Temple of Heaven, walking in the footsteps of Gough Whitlam, whose 1973 trip was the first by an Australian prime minister to the People's Republic.

"We will cooperate where we can, disagree where we must, and engage in our national interest," the Australian leader told reporters after the meeting. "Dialogue is always better than the alternative."

He said he had raised human rights in Xinjiang and Hong Kong and had pressed for Dr Yang, an Australian citizen held in Beijing since January 2019, to be allowed to come home. Journalist Cheng Lei was freed last month after more than three years in detention.

Since Labor won office last May, Beijing has lifted or eased barriers on roughly $20 billion of Australian exports, including coal, timber and barley. A review of duties on wine is under way, while restrictions on lobster and several beef abattoirs remain.

On Tuesday Mr Albanese will hold the annual leaders' meeting with Premier Li Qiang, whom he has invited to make a return trip to Australia next year. From Beijing he will fly to Rarotonga in the Cook Islands for the Pacific Islands Forum leaders' meeting, where China's push for security ties in the region will be on the agenda.

The visit comes less than a fortnight after Mr Albanese was welcomed to the White House on a state visit, where President Joe Biden described the alliance as "an anchor of peace and stability" in the region.

Coalition foreign affairs spokesman Simon Birmingham said warm words in Beijing had to be matched by the removal of every remaining trade sanction. "Stabilisation is not the same as a normal relationship," he said.

Lowy Institute analyst Richard McGregor said the welcome extended to Mr Albanese was about as warm as Canberra could have hoped for. "Beijing wants this to look like a reset, and it is largely getting its way on the terms of it," he said.

Get our breaking news alert
Download the ABC NEWS app and turn on notifications for the latest updates.

Related stories
- Albanese retraces Whitlam's steps at the Temple of Heaven
- The Chinese trade barriers that are still standing
- Biden and Xi set to meet in San Francisco next week, White House confirms

Topics: Anthony Albanese, China, Xi Jinping, Federal Government, Trade, World Politics

Top Stories
- Melbourne Cup day forecast: showers and a cool change
- RBA expected to lift interest rates on Tuesday"""))

A.append(dict(id="h39-02", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20240411_03/",
published_at="2024-04-11", body="""NHK WORLD-JAPAN
Live | Programs | On Demand | News | Weather | Japanese Lessons

Kishida, Biden agree on biggest alliance upgrade in decades

April 11, 2024 08:15 JST

Japanese Prime Minister Kishida Fumio and US President Joe Biden have agreed to upgrade the way their forces are commanded, a step both leaders describe as the most significant change to the alliance since it was formed.

Kishida is in Washington on the first state visit by a Japanese prime minister in nine years. He and his wife Yuko were greeted by Biden and first lady Jill Biden at a ceremony on the South Lawn of the White House on Wednesday morning, local time. The leaders then held talks in the Oval Office, followed by a larger session with cabinet members.

In a joint statement, the two sides said Japan will set up a permanent joint operations command for its Self-Defense Forces by the end of fiscal 2024, and the United States will upgrade US Forces Japan so that it can work more closely with that command.

They also agreed to set up a council to look at co-development and co-production of defense equipment, including missiles, and to explore ways for US Navy ships to undergo large-scale repairs at Japanese shipyards.

On space, Biden announced that a Japanese astronaut will join a future US mission to the moon and become the first non-American to set foot on its surface.

At a joint news conference in the Rose Garden, Biden called the partnership a "beacon to the entire world". Kishida said Japan and the United States had become "global partners" facing challenges from Ukraine to the Middle East.

Asked about Nippon Steel's plan to buy U.S. Steel, which Biden has said should stay American-owned, Kishida said he hoped the deal would be beneficial for both countries. He did not say whether the issue came up in the talks.

The Japanese leader and his wife attended a state dinner in their honor at the White House on Wednesday evening.

On Thursday, Kishida is scheduled to address a joint meeting of the US Congress, the first Japanese prime minister to do so since Abe Shinzo in 2015. Later that day, he and Biden will be joined by Philippine President Ferdinand Marcos Junior for the first summit of the three countries, where China's actions in the South China Sea are expected to top the agenda.

Kishida will then fly to North Carolina to visit a Toyota battery plant under construction and an aircraft factory run by Honda, before returning to Tokyo on Sunday.

Chief Cabinet Secretary Hayashi Yoshimasa told reporters in Tokyo that the summit had shown "the unshakable bond" between the allies.

A Chinese Foreign Ministry spokesperson said Beijing was "firmly opposed" to countries forming "exclusive groupings" in the region.

Related
- Japan's SDF to set up joint command in fiscal 2024
- Marcos arrives in Washington ahead of three-way summit
- Yen weakens past 153 to the dollar after US inflation data

Share: X | Facebook | LINE | Hatena

The copyright of this content is held by NHK (Japan Broadcasting Corporation).
Privacy Policy | Terms of Use | NHK WORLD-JAPAN App"""))

A.append(dict(id="h39-03", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20230529004851315",
published_at="2023-05-29", body="""We use cookies to improve your experience. See our privacy policy. [Agree]

YONHAP NEWS
NATIONAL | POLITICS

(LEAD) Yoon holds talks with Pacific leaders on eve of first Korea-Pacific Islands summit

2023-05-29 17:52

(ATTN: ADDS details of talks with Tongan PM in paras 8-9)

By Cho Min-ji

SEOUL, May 29 (Yonhap) -- President Yoon Suk Yeol held a series of bilateral summits with visiting Pacific island leaders on Monday, a day before South Korea hosts its first summit with members of the Pacific Islands Forum, pledging more development aid and closer cooperation on climate change and fisheries.

Yoon first met Cook Islands Prime Minister Mark Brown, who chairs the regional forum and will co-chair Tuesday's summit, at the presidential office in Seoul's Yongsan district.

The two leaders agreed to work together on ocean conservation and renewable energy, and Yoon asked for the Cook Islands' support for Busan's bid to host the 2030 World Expo, presidential spokesperson Lee Do-woon told reporters.

Yoon then received Fijian Prime Minister Sitiveni Rabuka. The two sides signed a framework agreement on grant aid, which will allow Seoul to expand assistance for infrastructure and disaster response in Fiji, the office said.

In the afternoon, Yoon held talks with Palau President Surangel Whipps Jr., discussing maritime security and measures against illegal fishing. Whipps thanked Seoul for its help in building a marine monitoring system.

Yoon also met Tongan Prime Minister Siaosi Sovaleni, whose country is still rebuilding after the undersea volcanic eruption and tsunami of January 2022.

Sovaleni asked for Korean support for recovery of the country's telecommunications network, and Yoon said Seoul would consider expanding its contribution, according to the office.

Yoon will hold separate talks with Tuvalu Prime Minister Kausea Natano and other leaders through Wednesday, the office said. Natano arrived in Seoul on Sunday.

At Tuesday's summit, the first of its kind, the two sides plan to adopt a joint declaration and an action plan. South Korea intends to raise its annual development assistance to the region to 39.9 million US dollars by 2027.

Some Pacific leaders have voiced concern over Japan's plan to release treated radioactive water from the Fukushima nuclear plant, and officials said the issue could come up during the summit. Brown told reporters on Sunday that the forum was awaiting the results of its own experts' review.

Seoul is also hoping to win support in the Pacific for its bid for a non-permanent seat on the UN Security Council, which will be decided at a vote in June.

cmj@yna.co.kr
(END)

Keywords
#Yoon Suk Yeol #Pacific Islands #summit #Mark Brown

Most Viewed
1. N. Korea notifies Japan of satellite launch window
2. Yoon, Scholz agree to boost cooperation on supply chains
3. BTS's Jungkook tops Billboard chart again
4. KOSPI closes higher on chip rally

Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent, and forbids the content from being learned and used by artificial intelligence systems."""))

A.append(dict(id="h39-04", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/542611/cook-islands-signs-strategic-partnership-with-china",
published_at="2025-02", body="""RNZ
Listen Live | Podcasts | News | Pacific | Te Ao Maori | Business

Pacific

Cook Islands signs partnership deal with China as Wellington cries foul

By Losana Vuiyasawa, RNZ Pacific journalist

Share this
Facebook | X | Email | WhatsApp

Cook Islands Prime Minister Mark Brown in Beijing. Photo: Cook Islands Government

The Cook Islands has signed a comprehensive strategic partnership with China, despite New Zealand's repeated requests to see the text before it was agreed.

Prime Minister Mark Brown signed the five-year action plan in Beijing on Friday, after talks at the Great Hall of the People with Chinese Premier Li Qiang. It covers infrastructure, tourism, climate resilience, agriculture and research into seabed minerals, which the Cook Islands hopes could one day underpin its economy.

In a statement, Brown said the agreement "complements, rather than replaces" the country's relationship with New Zealand, and that nothing in it touched on defence or security.

But New Zealand's Foreign Minister Winston Peters said Wellington had not been properly consulted, as it should have been under the free association arrangement and the 2001 joint centenary declaration, which require the two governments to talk to each other on matters of defence and security.

"We have repeatedly asked for a copy. We have not seen it," Peters said. "That is not what we expect from a partner whose people hold New Zealand citizenship."

Asked whether he would fly to Rarotonga to sort out the dispute face to face, Peters said that would depend on what was in the document.

The row follows an earlier disagreement in January, when Brown floated the idea of a separate Cook Islands passport before dropping it after Prime Minister Christopher Luxon warned that it would mean leaving New Zealand citizenship behind.

In Rarotonga, several hundred people gathered outside Parliament on Saturday, some carrying signs that read "Don't sell our ocean". Opposition leader Tina Browne said her party would move a motion of no confidence in the government when the House next sits.

Chinese Foreign Ministry spokesperson Guo Jiakun said the partnership was "not directed at any third party" and should not be "interfered with or restricted by any third party".

Pacific affairs analyst Dr Tess Newton Cain said the episode showed how little room the free association model left for manoeuvre. "The Cook Islands is entitled to run its foreign relations, but it cannot pretend that New Zealand's interests do not come into it," she said.

The Cook Islands, with a resident population of about 15,000, relies on New Zealand for around a fifth of its government budget and for most of its defence and consular needs.

Related stories
- Tonga's new prime minister Aisake Eke sworn in
- Deep sea mining: what the Cook Islands is betting on
- Cook Islands passport plan dropped after NZ warning

Download the RNZ app to listen and read on the go

Sign up to the RNZ Pacific newsletter, delivered to your inbox every Friday.

Copyright (c) 2025, Radio New Zealand"""))

A.append(dict(id="h39-05", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/07/japan-us-two-plus-two-joint-force-headquarters.html",
published_at="2024-07-28", body="""KYODO NEWS - Jul 28, 2024 - 20:31 | All, Japan, World

Japan, U.S. agree to upgrade military command ties at "2-plus-2" talks

TOKYO - Japan and the United States agreed Sunday to turn U.S. Forces Japan into a joint force headquarters with operational command, as the allies seek to deepen coordination between their militaries in the face of China's growing assertiveness and North Korea's missile development.

The agreement was reached at a "two-plus-two" security meeting in Tokyo involving Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara and their U.S. counterparts, Secretary of State Antony Blinken and Defense Secretary Lloyd Austin.

The four ministers also held the first ministerial-level talks on "extended deterrence," under which the United States commits to defend its ally with its full military capabilities, including nuclear weapons.

In a joint statement, the two sides agreed to explore the co-production in Japan of advanced medium-range air-to-air missiles and to expand output of Patriot interceptors, in response to growing U.S. demand amid the war in Ukraine.

"Our alliance has never been stronger," Blinken told a joint press conference. Kihara said the new command arrangements would allow the two countries to respond "seamlessly" in a crisis.

Blinken arrived in Tokyo on Sunday morning from Vientiane, where he had attended a series of foreign ministers' meetings hosted by the Association of Southeast Asian Nations.

Later in the day, Austin and Kihara were joined by South Korean Defense Minister Shin Won Sik for a trilateral meeting, at which the three signed a memorandum of cooperation to institutionalize security cooperation among them. It was the first time the three countries' defense chiefs had met in Japan.

On Monday, Blinken is set to take part in a meeting of foreign ministers of the Quad grouping in Tokyo with Kamikawa, Australia's Penny Wong and India's Subrahmanyam Jaishankar.

Blinken and Austin will then travel to Manila for two-plus-two talks with their Philippine counterparts on Tuesday, the U.S. State Department said.

Prime Minister Fumio Kishida is expected to receive the two secretaries at his office before they leave Japan, government sources said.

China's Foreign Ministry has criticized the strengthening of the alliance, saying the United States and Japan should not "create bloc confrontation" in the Asia-Pacific.

Related coverage:
Kamikawa, Wang Yi hold talks in Laos, discuss seafood ban
Japan eyes record defense budget request for fiscal 2025
Japan, U.S. to cooperate in producing Patriot missiles

(Kyodo)
(c) Kyodo News 2024"""))

A.append(dict(id="h39-06", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2023/11/113_363180.html",
published_at="2023-11-17", body="""The Korea Times
Politics | Foreign Affairs

Yoon, Kishida hold 7th summit of year on APEC sidelines

Posted : 2023-11-17 10:24 | Updated : 2023-11-17 16:05

By Jung Da-hye

SAN FRANCISCO - President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held their seventh summit of the year on Thursday on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum, agreeing to expand cooperation on hydrogen, semiconductors and supply chains and to keep working closely with the United States.

The talks, held at a hotel in downtown San Francisco, lasted about 40 minutes. It was the seventh meeting between the two leaders this year, reflecting how quickly relations have warmed since Seoul announced a solution in March to the issue of compensation for wartime forced labor.

"Korea-Japan relations have been put on a path of normalization and development this year," Yoon said at the start of the meeting. Kishida said the two countries should continue close communication "at all levels".

The two leaders will appear together on Friday at Stanford University for a discussion with startup founders and researchers on technology and innovation.

Yoon also had a brief encounter with Chinese President Xi Jinping on Thursday at the APEC venue. The two exchanged greetings and spoke for about three minutes with the help of interpreters, according to Yoon's office. Yoon said he hoped for Xi's visit to Korea, and Xi replied that the two countries should cooperate closely. Officials said no formal meeting had been arranged.

Yoon and Kishida had also exchanged a few words with US President Joe Biden during the leaders' retreat, the office said, without giving details.

The president is scheduled to return to Seoul on Saturday. On Monday, he will leave for Britain on a state visit at the invitation of King Charles III, during which he will hold talks with Prime Minister Rishi Sunak and address both houses of Parliament. From London, Yoon will travel to Paris to make a final push for Busan's bid to host the 2030 World Expo, ahead of the Nov. 28 vote by the Bureau International des Expositions.

Opposition Democratic Party lawmakers criticized the frequent overseas trips, saying Yoon should focus on the domestic economy. The presidential office said the visits were aimed at winning export orders and investment.

Officials from both Seoul and Tokyo said they are also working toward a trilateral summit with China, which has not been held since December 2019.

Most Read
1. Biden, Xi agree to restore military-to-military communication
2. BTS's Jin to enlist next month
3. Won rebounds to 1,290s against dollar
4. Seoul apartment prices rise for 26th straight week

jdh@koreatimes.co.kr

Comments (3)

Copyright (c) koreatimes.co.kr. All rights reserved."""))

A.append(dict(id="h39-07", source="abc.net.au",
url="https://www.abc.net.au/news/2022-10-22/australia-japan-security-declaration-signed-perth/101564872",
published_at="2022-10-22", body="""Skip to main content
ABC News
Just In | For You | Politics | World | Business | Analysis | Sport

Japan and Australia sign new security pact as Kishida makes flying visit to Perth

By political reporter Sam Harding

Posted Sat 22 Oct 2022 at 2:30pm, updated Sat 22 Oct 2022 at 6:05pm

Fumio Kishida and Anthony Albanese exchange the signed declaration in Perth. (AP: Richard Wainwright)

Australia and Japan have signed a new security declaration committing the two countries to consult each other on contingencies that could affect their sovereignty and regional security, replacing a framework drawn up 15 years ago.

Prime Minister Anthony Albanese and his Japanese counterpart Fumio Kishida signed the Joint Declaration on Security Cooperation in Perth on Saturday, during a brief visit by Mr Kishida, who arrived late on Friday.

Key points:
- The declaration will expand intelligence sharing and military training in northern Australia
- Japan is seeking assurances on gas supply as it braces for winter shortages
- Beijing says cooperation should not target third parties

Under the new pact, the two countries will consult on "contingencies that may affect sovereignty and regional security interests" and consider measures in response, and the Japanese Self-Defense Forces will train more often with the Australian Defence Force in northern Australia.

"This is a landmark statement about our strategic alignment in the region," Mr Albanese said. "It sends a strong signal about our commitment to each other."

Mr Kishida said the declaration would "guide our security cooperation for the next decade" as the security environment in the region became "increasingly severe".

The two leaders also agreed on a critical minerals partnership, and the Japanese leader sought guarantees that Australian liquefied natural gas would keep flowing to Japan, which relies on Australia for more than a third of its LNG imports. Mr Albanese said Australia would remain a "reliable supplier".

It was the leaders' second face-to-face meeting. Mr Albanese travelled to Tokyo days after he was sworn in in May, for a Quad summit with the US and Indian leaders.

The original declaration was signed in Tokyo in 2007 by John Howard and Shinzo Abe, who was shot dead while campaigning in July.

Mr Kishida invited Mr Albanese to attend the Group of Seven summit that Japan will host in Hiroshima next May, Japanese officials said.

Asked about the pact, a Chinese Foreign Ministry spokesman said countries should ensure their cooperation was "conducive to mutual trust" and did not "target or harm the interests of any third party".

Mr Albanese will travel next month to Cambodia, Indonesia and Thailand for the East Asia Summit, the G20 and APEC. He has said he is open to a meeting with Chinese President Xi Jinping, but none has been confirmed.

Mr Kishida is due to fly back to Tokyo on Sunday morning.

Related stories
- Truss quits after 45 days as UK prime minister
- What the gas price cap means for your bill
- Defence strategic review: what's in scope

Topics: Anthony Albanese, Japan, Defence and National Security, Federal Government, Perth

Top Stories
- Floodwaters rise along the Murray as towns prepare"""))

A.append(dict(id="h39-08", source="postcourier.com.pg",
url="https://www.postcourier.com.pg/big-day-for-port-moresby-as-modi-blinken-come-to-town/",
published_at="2023-05-23", body="""POST-COURIER
PNG's Leading Daily Newspaper

K1 = USD 0.2836 | AUD 0.4265 | SGD 0.3817
Subscribe to the Post-Courier e-paper

NATIONAL

Big day for Port Moresby as Modi, Blinken come to town

By Gloria Kaupa

May 23, 2023

Port Moresby played host to two of the world's big powers yesterday, with Indian Prime Minister Narendra Modi co-chairing the third Forum for India-Pacific Islands Cooperation (FIPIC) summit while United States Secretary of State Antony Blinken signed a long-awaited defence cooperation agreement with Papua New Guinea.

Mr Modi arrived at Jacksons International Airport on Sunday night from Hiroshima, Japan, where he attended the G7 summit as a guest. He was greeted on the tarmac by Prime Minister James Marape, who bent down to touch his feet in a gesture of respect.

Yesterday morning the two leaders held bilateral talks at APEC Haus, agreeing to cooperate on health, information technology and capacity building. India will set up a regional centre for IT and cybersecurity in Port Moresby, and a Tok Pisin translation of the Tamil classic Thirukkural was launched during the visit.

Governor-General Sir Bob Dadae conferred on Mr Modi the Grand Companion of the Order of Logohu, PNG's highest honour.

On the margins of the FIPIC summit, Mr Modi held separate meetings with Fiji's Prime Minister Sitiveni Rabuka, who bestowed on him the Companion of the Order of Fiji, and with New Zealand Prime Minister Chris Hipkins, with whom he discussed trade, education and the Indian community in New Zealand.

Mr Blinken stood in for US President Joe Biden, who cut short his Asia trip to return to Washington for negotiations on the debt ceiling, cancelling what would have been the first visit by a sitting American president to PNG.

The Secretary of State signed the Defence Cooperation Agreement with Defence Minister Win Bakri Daki at APEC Haus, with Mr Marape looking on. A shiprider agreement, which will allow PNG officers to ride on US Coast Guard vessels to patrol PNG waters, was also signed.

"This agreement was drafted as equals and it will be implemented as equals," Mr Blinken said. Mr Marape said the pact would help PNG protect its borders and resources and was "not aimed at any country".

Students at the University of Papua New Guinea staged a protest against the defence pact, saying its full text should have been made public before signing.

Mr Blinken later met Pacific leaders attending the FIPIC summit as a group.

Mr Modi leaves this morning for Sydney, where he will hold talks with Australian Prime Minister Anthony Albanese and address members of the Indian community at Qudos Bank Arena.

Share this: Facebook | X | WhatsApp

Related
- Security tightened for FIPIC summit, roads closed
- PNG kina steady against US dollar
- Opposition demands defence pact be tabled in Parliament

Comments (7)
Login or register to join the conversation

(c) 2023 Post-Courier. All rights reserved."""))

A.append(dict(id="h39-09", source="koreaherald.com",
url="https://www.koreaherald.com/article/10561244",
published_at="2025-08-24", body="""The Korea Herald
National | Politics | Diplomacy

Lee, Ishiba pledge future-oriented ties in Tokyo; Lee heads to Washington

Published : Aug. 24, 2025 - 11:05

By Park Ji-won

President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed Saturday to build "future-oriented" relations and to keep up regular visits between their leaders, issuing the first joint document from a Korea-Japan summit in 17 years.

Lee arrived in Tokyo earlier in the day on his first bilateral trip to Japan since taking office in June. The choice of Tokyo as his first stop ahead of Washington was seen as a signal that the new government would maintain the improved ties with Japan built under his predecessor.

The talks at the prime minister's office lasted about two hours, including a small-group session and an expanded meeting, and were followed by a dinner hosted by Ishiba.

According to the joint press statement, the two leaders agreed to expand cooperation on low birth rates, population decline and other shared social challenges, as well as on artificial intelligence and hydrogen. They reaffirmed cooperation with the United States on North Korea's nuclear and missile programs.

"Just as we cannot move a house to get away from a neighbor, Korea and Japan cannot leave each other," Lee said at the start of the meeting. Ishiba said he hoped to "carry on the relationship in a stable way" under the new administration in Seoul.

The two leaders first met in June on the sidelines of the Group of Seven summit in Kananaskis, Canada.

Lee invited Ishiba to the Asia-Pacific Economic Cooperation summit in Gyeongju in late October, according to Lee's office.

Lee left Tokyo on Sunday for Washington, where he will hold his first summit with US President Donald Trump at the White House on Monday. Talks are expected to focus on how to carry out last month's trade deal, under which Seoul pledged 350 billion dollars in investment in exchange for lower US tariffs, as well as on defense cost-sharing and the role of US forces in Korea.

Lee will also visit Philadelphia, where Hanwha Ocean operates a shipyard, before returning home on Thursday.

Presidential chief of staff Kang Hoon-sik said the sequencing of the trips reflected the importance of trilateral cooperation among Seoul, Tokyo and Washington.

The main opposition People Power Party said Lee should have raised historical issues more directly with Ishiba.

Park Ji-won (jwpark@heraldcorp.com)

Most Popular
- Japan's ruling party faces pressure after upper house defeat
- KOSPI slips ahead of US Fed chair's remarks
- [Herald Interview] Why Korea's shipbuilders are betting on America

Copyright (c) The Korea Herald. All rights reserved."""))

A.append(dict(id="h39-10", source="smh.com.au",
url="https://www.smh.com.au/politics/federal/australia-indonesia-sign-defence-pact-as-prabowo-hails-family-ties-20240829-p5k6d1.html",
published_at="2024-08-29", body="""This site uses cookies to personalise content and ads. By continuing, you accept our use of cookies. Manage settings | Accept

The Sydney Morning Herald
Politics | Federal | Defence

Australia, Indonesia sign defence pact as Prabowo hails 'family' ties

By Rhys Keane and Matthew Dunstan

August 29, 2024 - 1.58pm

Save | Share | Gift this article

Australia and Indonesia have signed a defence cooperation agreement that will deepen military ties between the two neighbours, the most significant security pact between them since the 2006 Lombok Treaty.

Defence Minister Richard Marles and his Indonesian counterpart Prabowo Subianto, who will be sworn in as president in October, signed the agreement at the Royal Military College Duntroon in Canberra on Thursday.

The treaty-level agreement, which must be ratified by both parliaments, covers joint exercises, interoperability, maritime security, counterterrorism and humanitarian assistance, and will allow the forces of each country to operate from the other's territory.

"This is the most significant defence agreement in the history of the relationship," Marles said. "It reflects the trust that exists between our two countries."

Prabowo, who trained with Australian special forces as a young officer, described Australia as "family" and said the two nations had to look after each other. "Good neighbours cooperate, especially in difficult times," he said.

The signing comes after Prabowo met Prime Minister Anthony Albanese at Parliament House last week, when the two announced that negotiations had concluded.

The pact revives a security relationship that was set back when Jakarta tore up the 1995 Agreement on Maintaining Security, signed by Paul Keating and Suharto, over Australia's role in East Timor in 1999.

Indonesia has a long tradition of non-alignment, and officials in Jakarta were at pains to say the agreement was not a military alliance. Prabowo also has close ties with Beijing, which he visited in April shortly after winning the presidential election.

Albanese has not said whether he will attend Prabowo's inauguration in Jakarta on October 20.

Opposition defence spokesman Andrew Hastie welcomed the agreement but said the government needed to explain how it would be funded.

Professor Greg Fealy of the Australian National University said the agreement was "more about symbolism than substance at this stage" but that its significance lay in what it could grow into.

License this article

Sign up for the Politics newsletter
Get the latest on federal politics and what it means for you.

More from Politics
- Japanese ministers to visit for '2+2' defence talks next week
- Voice of the people? The latest Resolve poll explained
- Housing bill stalls in Senate"""))

A.append(dict(id="h39-11", source="mainichi.jp",
url="https://mainichi.jp/english/articles/20161216/p2a/00m/0na/012000c",
published_at="2016-12-16", body="""The Mainichi
Japan's National Daily Since 1922

Abe, Putin agree to negotiate joint economic activities on disputed isles

December 16, 2016 (Mainichi Japan)

Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Dec. 16 to start negotiations on a "special system" for joint economic activities on four Russian-held islands off Hokkaido, at the end of two days of talks in Japan that produced no progress on the territorial dispute itself.

Putin arrived at Abe's home constituency of Nagato, Yamaguchi Prefecture, on the afternoon of Dec. 15, nearly three hours behind schedule. The two leaders held talks at a hot-spring inn there, with a small-group session followed by dinner, before moving to Tokyo for further talks on Dec. 16.

It was Putin's first visit to Japan in 11 years.

In a joint press statement, the two sides said negotiations on joint activities in fishing, aquaculture, tourism, medicine and other fields would be a step toward a peace treaty. They also agreed to make it easier for former Japanese residents of the islands to visit family graves there.

Japanese and Russian companies and government-affiliated institutions signed around 80 business documents worth about 300 billion yen, covering energy, medical services and urban development.

"Just because the leaders meet doesn't mean a peace treaty can be signed at once," Abe said at a joint news conference at the prime minister's office. "But I believe a first step has been made."

Putin said a peace treaty was "the most important thing" but stressed that the islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, had become Russian territory after World War II. He also raised Moscow's concerns about the Japan-U.S. security alliance.

Abe has met Putin repeatedly this year, visiting Sochi in May and Vladivostok in September, and holding talks with him in Lima on the sidelines of the Asia-Pacific Economic Cooperation summit in November.

The leaders agreed that Abe would visit Russia at an appropriate time next year.

Abe will visit Pearl Harbor in Hawaii on Dec. 26-27 together with U.S. President Barack Obama, the government announced earlier this month, making him the first sitting Japanese prime minister to pay respects at the USS Arizona Memorial alongside a U.S. president.

Opposition parties criticized the outcome of the talks with Putin. "Economic cooperation has gone ahead while the territorial issue has not moved an inch," Democratic Party leader Renho told reporters.

Former island residents in Nemuro, Hokkaido, expressed disappointment. "We had hoped for at least a path to return," said one 85-year-old man.

Related
- Trump's phone call with Taiwan leader stirs Beijing
- Yen slides to 10-month low against the dollar

Most viewed
- Toyota to start selling fuel-cell bus in Tokyo

(c) Mainichi Japan. All rights reserved."""))

A.append(dict(id="h39-12", source="koreajoongangdaily.joins.com",
url="https://koreajoongangdaily.joins.com/news/2024-05-27/national/diplomacy/yoon-kishida-li-qiang-bilateral-talks-trilateral-summit",
published_at="2024-05-27", body="""Korea JoongAng Daily
National | Diplomacy

Yoon meets Kishida, Li on eve of first trilateral summit in 4 1/2 years

Published: 27 May. 2024, 07:00 | Updated: 27 May. 2024, 10:14

By Seo Ji-eun

President Yoon Suk Yeol held back-to-back bilateral meetings Sunday with Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang, on the eve of the first summit of the three countries since December 2019.

Yoon met Li at the presidential office in Yongsan, Seoul, in the afternoon, the first formal talks between the two. They agreed to launch a "2+2" dialogue on diplomacy and security at vice-ministerial level, to resume the second phase of free trade negotiations on services and investment, and to set up a consultation channel on export controls and supply chains.

Yoon asked Beijing to play a constructive role on North Korea, which Li said China would continue to do in its own way, according to Yoon's office. The two sides also discussed high-level exchanges, including a possible trip to Korea by Chinese President Xi Jinping, whose last visit was in 2014, but no date was mentioned.

Yoon then sat down with Kishida for about an hour. The Japanese leader said Tokyo's administrative guidance to Line Yahoo, in which Korea's Naver holds a large stake, was not intended to force the company to sell its shares. Yoon said Seoul would handle the matter separately from diplomatic relations. The two also agreed to prepare events marking the 60th anniversary of the normalization of diplomatic ties next year.

It was their second meeting in Korea in about a year; Kishida visited Seoul in May last year, when the two leaders resumed "shuttle diplomacy."

Kishida and Li held their own talks at a Seoul hotel in the evening. Kishida called for the early release of Japanese nationals detained in China and for Beijing to lift its ban on Japanese seafood imposed after the release of treated water from the Fukushima plant. Li said the two countries should "properly handle" their differences.

The three leaders will meet at the presidential office on Monday for the trilateral summit, which is expected to produce a joint declaration on trade, health, aging populations and people-to-people exchanges. Japan is set to host the next meeting.

On Monday morning, North Korea notified Japan's coast guard that it plans to launch a satellite between May 27 and June 4.

Seo Ji-eun [seo.jieun1@joongang.co.kr]

Related Articles
- Korea to host Korea-Africa summit next week
- [EDITORIAL] Trilateral summit must deliver substance
- Samsung union stages first-ever strike

Subscribe to our Morning Brief newsletter for the day's top stories from Korea.

Copyright (c) Korea JoongAng Daily. All rights reserved."""))
