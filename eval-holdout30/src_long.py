# Long pages (2,500-4,500 characters), h30-01 .. h30-12
A = []

A.append(dict(id="h30-01", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/trump-and-kim-shake-hands-in-hanoi-sit-down-to-dinner-on-summit-eve-3888190.html",
published_at="2019-02-27", body="""VnExpress International
News | Business | Travel | Life | World | Perspectives | Sports

Get the VnExpress app for faster reading. Download now

News › Politics
Wednesday, February 27, 2019, 21:40 (GMT+7)

Trump and Kim shake hands in Hanoi, sit down to dinner on summit eve

By Viet Anh, Hoang Thuy

U.S. President Donald Trump and North Korean Chairman Kim Jong-un shook hands in front of a wall of alternating flags at the Sofitel Legend Metropole in downtown Hanoi on Wednesday evening, opening their second summit eight months after their first encounter in Singapore.

After a few words for the cameras the pair held a one-on-one conversation of about 20 minutes, then moved on to what the White House called a "social dinner". Secretary of State Mike Pompeo and acting chief of staff Mick Mulvaney sat on the American side of the table; Kim Yong-chol, vice chairman of the Workers' Party of Korea Central Committee, and Foreign Minister Ri Yong-ho joined Kim.

"I think it will be a very successful summit," Trump said, describing the relationship as "very special". Kim, speaking through an interpreter, said he had made "courageous decisions" to get here and expected "an excellent outcome that everyone will welcome". The schedule released by the White House has the leaders resuming on Thursday morning with another private session, followed by expanded talks and a working lunch.

Hours earlier Trump held talks with Party General Secretary and State President Nguyen Phu Trong at the Presidential Palace, where children waved the flags of both countries at a welcome ceremony. The two leaders then looked on as Vietnamese and American companies exchanged deals worth more than $21 billion, among them a VietJet order for 100 Boeing 737 MAX aircraft and a Bamboo Airways purchase of ten 787-9 Dreamliners.

Trump went on to meet Prime Minister Nguyen Xuan Phuc at the Government Office. Phuc said Vietnam was proud to be the venue and hoped the meeting would bring durable peace to the Korean Peninsula; Trump, who later tweeted that Vietnam is "thriving like few places on earth", again held the country up as a model for Pyongyang.

Kim reached Dong Dang railway station in the northern border province of Lang Son on Tuesday morning after more than 60 hours on his armored train from Pyongyang, and completed the last 170 kilometers by car along a highway sealed off by police. He is staying at the Melia hotel and spent Tuesday evening at the North Korean embassy.

The Foreign Ministry has said Kim is in Vietnam on an official friendship visit at the invitation of Trong, and meetings with Vietnamese leaders are expected after the summit wraps up. Foreign Minister Pham Binh Minh traveled to Pyongyang earlier this month to prepare the trip, the first by a North Korean leader since Kim Il-sung came in 1964.

More than 3,000 reporters have registered at the international media center in the Vietnam-Soviet Friendship Labor Cultural Palace. Streets around both hotels were closed for much of the day, and the city has asked residents to limit car journeys through Friday.

Photo: Donald Trump and Kim Jong-un at the Metropole hotel on February 27. Photo by Reuters

Tags: Trump-Kim summit, Hanoi, Kim Jong-un, Donald Trump, Nguyen Phu Trong

Related news
Xi Jinping hosts Kim Jong-un in Beijing ahead of second Trump summit
Hanoi street vendors cash in on summit fever
Lang Son prepares for armored train's arrival

Most read
Hanoi moves to ban traffic on some streets during summit
Tet holiday travel: three million trips in a week

Share: Facebook | Twitter | Email | Comments (21)"""))

A.append(dict(id="h30-02", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/thailand-cambodia-ceasefire-putrajaya-anwar-hun-manet-phumtham-5260811",
published_at="2025-07-28", body="""Advertisement

Asia

Thailand and Cambodia agree to 'immediate and unconditional' ceasefire after Putrajaya talks

Malaysian Prime Minister Anwar Ibrahim, flanked by Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai, speaks to the media at Seri Perdana on Jul 28, 2025. (Photo: Bernama)

Listen to this article
5 min

28 Jul 2025 09:12PM (Updated: 28 Jul 2025 10:47PM)

PUTRAJAYA: Thailand and Cambodia agreed on Monday (Jul 28) to an immediate and unconditional ceasefire taking effect at midnight, after their leaders met in Malaysia in an effort to end five days of fighting along their disputed border.

Malaysian Prime Minister Anwar Ibrahim, who holds the ASEAN chair this year, hosted Cambodian Prime Minister Hun Manet and Thailand's acting leader Phumtham Wechayachai at his official residence in Putrajaya for talks that ran for more than two hours. The ambassadors of the United States and China to Malaysia attended.

"This is a vital first step towards de-escalation and the restoration of peace and security," Anwar told reporters, reading from a joint statement as the two visiting leaders stood on either side of him and then shook hands.

Hun Manet described the meeting as "very good" and said he hoped fighting would stop immediately so that tens of thousands of displaced people on both sides could go home. Phumtham said Thailand would honour the ceasefire in good faith, but wanted to see "sincerity" on the ground.

Under the arrangement, commanders from both militaries are to hold informal talks at 7am on Tuesday, followed by a meeting of the General Border Committee on Aug 4. Malaysia will coordinate the process and has offered to help monitor the truce.

The talks came two days after United States President Donald Trump said he had spoken by phone with Hun Manet and Phumtham and told them Washington would not proceed with trade agreements with either country while the fighting continued. Both had agreed to meet and "quickly work out" a ceasefire, Trump wrote on Saturday.

US Secretary of State Marco Rubio said State Department officials were in Kuala Lumpur to assist. Beijing said it supported ASEAN's role and would stay in contact with both sides.

Clashes erupted on Jul 24, a day after a landmine blast wounded Thai soldiers on patrol, and quickly spread to several points along the 817km frontier, with artillery and rocket fire and Thai air strikes. At least 35 people have been killed and more than 260,000 displaced, according to officials of both countries.

Relations were already strained. Thailand's Prime Minister Paetongtarn Shinawatra was suspended by the Constitutional Court on Jul 1 over a leaked phone call with former Cambodian leader Hun Sen, now president of the Senate, in which she criticised a Thai army commander. After the landmine incident Bangkok withdrew its ambassador from Phnom Penh and expelled Cambodia's envoy.

Analysts said the deal would be tested in the first 48 hours. "Ceasefires along this border have broken down before when local units were not brought along," said a Singapore-based security researcher.

Source: CNA/Reuters/Bernama

RELATED:
Trump says Thai, Cambodian leaders want peace after calls
Thai villagers shelter in temples as shells land near Surin
Anwar offers to host talks as border fighting spreads

Newsletter
Get our pick of top stories delivered to your inbox. Sign up now

Bookmark | Share: WhatsApp | Telegram | Facebook | X

Also worth reading
Johor SEZ draws first batch of data centre investors
Singapore ministers to visit Vietnam next month"""))

A.append(dict(id="h30-03", source="thejakartapost.com",
url="https://www.thejakartapost.com/indonesia/2024/11/10/prabowo-wraps-up-beijing-leg-as-10b-in-deals-signed.html",
published_at="2024-11-10", body="""Subscribe to The Jakarta Post and get unlimited access. Start your free trial

Indonesia › Diplomacy

Prabowo wraps up Beijing leg as US$10b in deals signed

Yvette Tanamal and Nur Janti (The Jakarta Post)
Jakarta / Beijing ● Sun, November 10, 2024

President Prabowo Subianto (left) and Chinese President Xi Jinping review an honor guard at the Great Hall of the People in Beijing on Nov. 9, 2024. (Courtesy of Presidential Secretariat/Muchlis Jr)

President Prabowo Subianto concluded the first stop of his maiden overseas tour as head of state on Sunday, telling Chinese business leaders in Beijing that Indonesia was "open" for investment after companies from both countries signed commitments worth some US$10 billion.

Prabowo held talks with Chinese President Xi Jinping at the Great Hall of the People on Saturday, after Xi hosted a welcome ceremony complete with a 21-gun salute. The two leaders witnessed the signing of memorandums of understanding on water resources, green minerals, the blue economy and tourism, and Xi said he was ready to work with the new Indonesian leader to "build a China-Indonesia community with a shared future that has regional and global influence".

The Indonesian president also met Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee. Foreign Minister Sugiono, Coordinating Economic Minister Airlangga Hartarto and Investment Minister Rosan Roeslani were in the delegation.

A joint statement issued after the talks, however, set off alarm among analysts at home. One line says the two sides "reached important common understanding on joint development in areas of overlapping claims", wording some experts read as a tacit nod to Beijing's nine-dash line in the North Natuna Sea. The Foreign Ministry said late on Sunday that the statement did not change Indonesia's position that China's claims have no basis in international law.

"Words matter in a document like this. Jakarta has spent two decades refusing to concede there is any overlap," said Aristyo Rizka Darmawan, a maritime law lecturer at the University of Indonesia.

Prabowo was due to fly out of Beijing on Sunday evening for Washington, where he is scheduled to meet United States President Joe Biden at the White House on Tuesday. From there he will attend the Asia-Pacific Economic Cooperation (APEC) leaders' meeting in Lima, Peru, and the Group of 20 summit in Rio de Janeiro, before travelling to London for talks with British Prime Minister Keir Starmer.

A stop in the Gulf on the way home is being considered but has not been confirmed, according to a palace official.

The trip, scheduled to last more than two weeks, has drawn questions in the House of Representatives over its length so soon after the Oct. 20 inauguration. Prabowo has defended it, saying Indonesia must "be present" among major powers and stressing his commitment to a free and active foreign policy.

The Beijing visit was Prabowo's second in seven months. He travelled there in April as president-elect, days after the General Elections Commission confirmed his victory, and met Xi then as well.

Trade between the two countries reached $127 billion last year, and Chinese companies are the main investors in Indonesia's nickel processing industry.

Topics: Prabowo Subianto, Xi Jinping, China, South China Sea, foreign policy

Related articles
Sugiono attends BRICS gathering in Kazan, says Indonesia wants in
Nickel smelter deaths put spotlight on safety
Editorial: The line we should not cross

Share this article: Facebook | X | WhatsApp | LinkedIn

Most viewed
House questions two-week presidential tour
Rupiah slips as dollar firms after US election

Copyright 2016-2024 PT. Niskala Media Tenggara"""))

A.append(dict(id="h30-04", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/anthony-albanese-xi-jinping-meeting-beijing-great-hall/103066612",
published_at="2023-11-06", body="""ABC News
Just In | For You | Politics | World | Business | Analysis | Sport | Science

Albanese meets Xi at Great Hall, says Australia-China relationship 'back on track'

By political reporter Jake Evans and China correspondent Bill Birtles in Beijing
Posted Mon 6 Nov 2023 at 6:54pm, updated Mon 6 Nov 2023 at 9:31pm

Photo: Anthony Albanese and Xi Jinping shake hands before their meeting at the Great Hall of the People. (AAP: Lukas Coch)

Key points:
- The first meeting between an Australian PM and the Chinese President in Beijing since 2016
- Mr Xi says the relationship is on "the right path"
- Mr Albanese raises the detention of Australian writer Yang Hengjun

Prime Minister Anthony Albanese has sat down with Chinese President Xi Jinping in Beijing, telling him the two countries can "continue to build on" a relationship that has moved from deep freeze to something approaching normal in the space of 18 months.

Mr Xi greeted the Prime Minister at the Great Hall of the People on Monday afternoon and told him relations had "embarked on the right path of improvement and development", adding that China and Australia had "no fundamental conflict of interest".

Mr Albanese said Australia would "cooperate where we can, disagree where we must, and engage in our national interest", a line he has used repeatedly since the election.

The visit, the first by an Australian prime minister in seven years, comes 50 years after Gough Whitlam's trip to China, and the Prime Minister spent Monday morning at the Temple of Heaven, where Mr Whitlam was photographed in 1973.

He arrived in Shanghai on Saturday and spoke at the opening of the China International Import Expo on Sunday, where more than 200 Australian companies are exhibiting.

Most of the trade restrictions Beijing imposed in 2020 have now been lifted. Tariffs on barley were dropped in August, and China has agreed to an expedited review of the duties on Australian wine, which Canberra hopes will conclude by the end of the year. Restrictions on some beef exporters and on rock lobster remain.

Mr Albanese told reporters he had raised the case of Yang Hengjun, the Australian writer who has been detained in China since 2019, and human rights more broadly. Journalist Cheng Lei was released last month and returned to Melbourne.

On Tuesday, Mr Albanese will hold the annual leaders' meeting with Premier Li Qiang, the first since 2019. Officials expect Mr Li to be invited to visit Australia next year.

Opposition Leader Peter Dutton said the government should be "eyes wide open" and criticised the timing of the trip, given an incident last week in which a Chinese warship was accused of harming Australian navy divers with sonar. That episode is not related, Defence says, as it happened after the visit was announced.

The Prime Minister flies from Beijing to Rarotonga later this week for the Pacific Islands Forum leaders meeting in the Cook Islands, where climate change and regional security are set to dominate.

The China trip follows his state visit to Washington late last month, during which Mr Albanese and US President Joe Biden announced new cooperation on critical minerals and clean energy.

Posted 6 Nov 2023, updated 6 Nov 2023

Share: Facebook | X | Email | Copy link

Related stories
Cheng Lei arrives home after three years in Chinese detention
What the wine review could mean for South Australian growers
Explained: The long road back from the diplomatic deep freeze

Top stories
Live: Israel-Gaza war
Reserve Bank set to lift rates on Melbourne Cup day

ABC acknowledges the First Australians as the traditional custodians of the lands we live and work on."""))

A.append(dict(id="h30-05", source="asia.nikkei.com",
url="https://asia.nikkei.com/Politics/Ukraine-war/Jokowi-meets-Putin-in-Moscow-a-day-after-Kyiv-talks-with-Zelenskyy",
published_at="2022-06-30", body="""Nikkei Asia
Subscribe | Sign in

Politics › Ukraine war

Jokowi meets Putin in Moscow a day after Kyiv talks with Zelenskyy

Indonesian leader carries Ukrainian message, presses for grain and fertilizer flows

ERWIDA MAULIA, Nikkei staff writer
June 30, 2022 22:18 JST

JAKARTA -- Indonesian President Joko Widodo held talks with Russian President Vladimir Putin at the Kremlin on Thursday, a day after meeting Ukrainian President Volodymyr Zelenskyy in Kyiv, in a shuttle mission that made him the first Asian leader to visit both countries since the invasion began in February.

Widodo, widely known as Jokowi, told reporters after the meeting that he had passed on a message from Zelenskyy to Putin, without disclosing its content, and that he was ready to serve as a bridge of communication between the two leaders.

"I have conveyed that although the situation is still very difficult, it is important to move toward a peaceful settlement," Jokowi said in a joint appearance. He said Putin had given assurances that food and fertilizer supplies from Russia and Ukraine would be secured and that corridors for grain exports would be safeguarded.

Putin said Russia was ready to meet its obligations on food and fertilizer deliveries, while blaming Western sanctions for disruptions. He also thanked Indonesia for its position on the Group of 20, which Jakarta chairs this year and which it has refused to split along Western lines.

On Wednesday, Jokowi and first lady Iriana arrived in Kyiv after an overnight train ride of about 11 hours from Poland. They walked through the ruins of a housing complex in the town of Irpin before Jokowi met Zelenskyy at the Mariinsky Palace. "I offered to carry a message," Jokowi said after that meeting, adding that the Ukrainian leader had accepted.

Indonesia has invited both leaders to the G20 summit in Bali in November. Putin has said he intends to attend, though the Kremlin has not confirmed whether he will go in person, and Zelenskyy has been invited as a guest.

Jokowi arrived in Europe from Germany, where he attended the Group of Seven summit at Schloss Elmau as one of several invited leaders from developing countries. He will fly to Abu Dhabi on Friday to meet Sheikh Mohamed bin Zayed Al Nahyan, the new president of the United Arab Emirates, before heading home.

Analysts in Jakarta said the trip was high-risk but gave the Indonesian leader a rare profile. "Whether anything concrete comes of it is less important domestically than the image of Indonesia talking to both sides," said a researcher at the Centre for Strategic and International Studies.

The visit came as commodity prices soared. Indonesia imports much of its wheat from Ukraine and relies on Russian and Belarusian potash for its fertilizer industry. Palm oil exports, which Jakarta briefly banned in April and May, resumed last month.

Read Next
Indonesia's G20 presidency tested as West seeks Russia boycott
Grain ships still stuck at Odesa despite talks in Istanbul
Asia Insight: Nickel boom reshapes Sulawesi

Share: Twitter | Facebook | LinkedIn | Email | Gift article

Copyright © 2022 Nikkei Inc. All rights reserved."""))

A.append(dict(id="h30-06", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/pm-modi-sultan-bolkiah-talks-brunei-enhanced-partnership-101725431842210.html",
published_at="2024-09-04", body="""HT | India News

Modi, Sultan Bolkiah upgrade ties to 'enhanced partnership'; PM heads to Singapore next

By Rezaul H Laskar, Bandar Seri Begawan
Sep 04, 2024 01:42 PM IST

Prime Minister Narendra Modi and Sultan Haji Hassanal Bolkiah of Brunei Darussalam at Istana Nurul Iman on Wednesday. (PTI photo)

Prime Minister Narendra Modi and Sultan Haji Hassanal Bolkiah on Wednesday elevated India-Brunei relations to an "enhanced partnership" during the first bilateral visit by an Indian premier to the oil-rich sultanate, and agreed to step up cooperation in defence, space and energy.

The two leaders held talks at the Istana Nurul Iman, the Sultan's palace, where Modi was accorded a ceremonial welcome. A memorandum of understanding on the operation of a satellite and launch vehicle telemetry, tracking and command station in Brunei was signed in their presence, and the two sides announced direct flights between Chennai and Bandar Seri Begawan.

"We have decided to give our ties the form of an enhanced partnership," Modi said in his opening remarks, describing Brunei as an important partner in India's Act East policy. The Sultan hosted a banquet for the visiting leader after the talks.

The visit marks 40 years of diplomatic relations. Modi arrived on Tuesday afternoon and was received at the airport by Crown Prince Haji Al-Muhtadee Billah. He later inaugurated the new chancery of the Indian High Commission and visited the Omar Ali Saifuddien Mosque, and addressed members of the Indian community, which numbers about 14,000.

In a joint statement, the two sides backed freedom of navigation and overflight in the South China Sea in accordance with the UN Convention on the Law of the Sea, and called for a code of conduct that is "effective and substantive". Brunei is one of the claimants in the disputed waters.

Modi leaves for Singapore on Wednesday afternoon for the second leg of the tour. He will hold talks with Prime Minister Lawrence Wong on Thursday and call on President Tharman Shanmugaratnam, besides meeting Senior Minister Lee Hsien Loong and Emeritus Senior Minister Goh Chok Tong. He is also due to visit a semiconductor plant.

Officials said agreements on semiconductors, digital technologies, skills development and healthcare were likely to be signed during the Singapore visit. It will be Modi's first meeting with Wong since the latter took over as prime minister in May.

"Singapore is a vital partner for our Act East policy and a source of investment," foreign secretary Vikram Misri told reporters ahead of the trip. Singapore accounted for nearly a quarter of foreign direct investment into India last financial year.

Catch every big hit, every wicket with Crick-it. Explore now!

Get Latest India News along with Latest News and Top Headlines from India and around the world.

Also read
EAM Jaishankar to visit Riyadh for first India-GCC ministerial meeting
Quad summit: PM Modi to travel to US later this month
Monsoon session: Opposition walks out over Waqf Bill

Topics: Narendra Modi, Brunei, Singapore, Act East

Subscribe to our best newsletters | Follow us on Telegram and WhatsApp"""))

A.append(dict(id="h30-07", source="scmp.com",
url="https://www.scmp.com/news/china/military/article/3264813/us-china-defence-chiefs-hold-first-face-face-talks-18-months-shangri-la",
published_at="2024-05-31", body="""South China Morning Post
News › China › Military

US and Chinese defence chiefs hold first face-to-face talks in 18 months on Shangri-La sidelines

Lloyd Austin and Dong Jun meet for 75 minutes in Singapore, with Taiwan and the South China Sea topping the agenda

Amber Wang and Kawala Xie
Published: 4:16pm, 31 May 2024
Updated: 9:08pm, 31 May 2024

Why you can trust SCMP

US Defence Secretary Lloyd Austin and Chinese Defence Minister Admiral Dong Jun shake hands before talks in Singapore on Friday. Photo: AP

US Defence Secretary Lloyd Austin and his Chinese counterpart Admiral Dong Jun met in Singapore on Friday, in the first in-person talks between the two countries' defence chiefs since November 2022.

The meeting at the Shangri-La Hotel, where the annual Shangri-La Dialogue opened in the evening, lasted about 75 minutes - well beyond the scheduled time, according to a Pentagon spokesman.

Austin raised concerns about "recent provocative" PLA activity around Taiwan, a reference to the large-scale Joint Sword-2024A drills staged after the inauguration of the island's leader William Lai Ching-te on May 20, according to the Pentagon readout. He also stressed the importance of freedom of navigation in the South China Sea.

Chinese defence ministry spokesman Wu Qian told reporters afterwards that the talks were "positive, practical and constructive", but that Dong had warned that the Taiwan question was the "core of core interests" and that China's bottom line "must not be challenged".

Both sides confirmed that communication between theatre commanders would resume and that a working group on military maritime safety would meet later this year.

The two had spoken by video call in April, their first contact since Dong's appointment in December. Military-to-military channels were frozen by Beijing in August 2022 after then-House Speaker Nancy Pelosi visited Taipei, and were restored only after presidents Joe Biden and Xi Jinping met in California last November.

Austin is due to address the forum on Saturday morning, while Dong speaks on Sunday. The American defence chief is also expected to hold a joint meeting with counterparts from Australia, Japan and the Philippines on the sidelines, continuing a four-way format launched last year.

The Pentagon said Austin would travel on to Cambodia after the conference for talks with Prime Minister Hun Manet and Defence Minister Tea Seiha. Washington has raised questions about Chinese access to Cambodia's Ream naval base, which Phnom Penh denies.

"The fact that this meeting happened at all and ran over time tells you both sides want a floor under the relationship," said Collin Koh, a senior fellow at the S. Rajaratnam School of International Studies. "It doesn't tell you that anything has been solved."

More than 40 countries have sent delegations to the dialogue, organised by the International Institute for Strategic Studies.

Related Articles
PLA wraps up Joint Sword-2024A drills around Taiwan
Philippines accuses Chinese coastguard of 'barbaric' conduct at Second Thomas Shoal
Explainer: What is the Shangri-La Dialogue?

Advertisement

Sign up for the China Briefing newsletter. By registering, you agree to our T&C and Privacy Policy

Share: Facebook | X | LinkedIn | Email | 38 comments

Most Popular
Hong Kong weather: black rainstorm signal lowered
Chinese EV maker cuts prices again as war heats up"""))

A.append(dict(id="h30-08", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20180918009400315",
published_at="2018-09-18", body="""Yonhap News Agency
North Korea | National | Economy | Market | Culture | Sports

Moon, Kim hold first round of talks in Pyongyang after tumultuous welcome

PYONGYANG/SEOUL, Sept. 18 (Yonhap) -- South Korean President Moon Jae-in and North Korean leader Kim Jong-un held their first round of summit talks in Pyongyang on Tuesday, hours after Kim and his wife greeted Moon at the airport with a hug and tens of thousands of residents cheered his motorcade through the capital.

The talks began at 3:45 p.m. at the headquarters of the ruling Workers' Party of Korea Central Committee and lasted about two hours, Cheong Wa Dae said. It was the first time a South Korean president had been received there. Moon was accompanied by his chief of staff Im Jong-seok and national security adviser Chung Eui-yong, while Kim was joined by his sister Kim Yo-jong and Kim Yong-chol, vice chairman of the party's central committee.

"Thanks to President Moon, the North Korea-US summit took place, and the regional situation has become stable," Kim said at the start, according to pool reports. Moon said he hoped the summit would produce "a bountiful harvest" for the Korean people.

Moon's presidential plane landed at Sunan International Airport at 9:49 a.m. after flying along a West Sea route. Kim and his wife Ri Sol-ju waited on the tarmac, an honor he had never before accorded to a visiting head of state. Moon and first lady Kim Jung-sook then rode in an open-top car with the North Korean leader through central Pyongyang to the Paekhwawon State Guesthouse.

A second round of talks is set for Wednesday morning, and officials in Seoul said the two leaders could sign an agreement covering military tension reduction and economic cooperation if the discussions go smoothly. Moon is scheduled to return to Seoul on Thursday.

The biggest question is whether Moon can coax Kim into concrete steps toward denuclearization that would revive stalled talks with Washington. U.S. Secretary of State Mike Pompeo called off a planned trip to Pyongyang last month, with President Donald Trump citing insufficient progress.

Moon will fly to New York next week for the United Nations General Assembly and is set to hold a summit with Trump on the sidelines on Monday, where he plans to brief him on the outcome of the Pyongyang talks. Trump has said a second meeting with Kim is "likely" to happen, though no date or venue has been set.

The heads of Samsung Electronics, SK Group, LG Group and Hyundai Motor Group are also in Pyongyang as part of the 200-member delegation. They were received on Tuesday afternoon by Deputy Premier Ri Ryong-nam, who is in charge of economic affairs.

Kim hosted a welcome banquet for Moon at the Mokran House on Tuesday evening following an art performance.

(END)

Photo: South Korean President Moon Jae-in (L) and North Korean leader Kim Jong-un ride in an open car through Pyongyang on Sept. 18, 2018. (Pyongyang Press Corps-Yonhap)

Keywords: #inter-Korean summit #Moon Jae-in #Kim Jong-un #Pyongyang

Most Viewed
Samsung's Lee joins Moon on Pyongyang trip
KOSPI edges up ahead of inter-Korean summit

Copyright (c) 2018 Yonhap News Agency. All Rights Reserved."""))

A.append(dict(id="h30-09", source="rappler.com",
url="https://www.rappler.com/nation/149524-duterte-xi-jinping-bilateral-agreements-beijing/",
published_at="2016-10-20", body="""Rappler
News | Nation | World | Business | Opinion | Sports

Duterte, Xi oversee signing of 13 deals; PH president announces 'separation' from US

Pia Ranada
Published 9:58 PM, October 20, 2016
Updated 11:40 PM, October 20, 2016

BEIJING, China (UPDATED) - President Rodrigo Duterte and Chinese President Xi Jinping witnessed the signing of 13 bilateral agreements on Thursday, October 20, after talks at the Great Hall of the People that both sides described as a new beginning for ties strained by the South China Sea dispute.

The documents cover trade and investment, financing, agriculture, anti-drug cooperation, tourism, infrastructure and a memorandum of understanding between the Philippine and Chinese coast guards. Philippine officials said deals worth about US$13.5 billion were also expected to be concluded between Chinese and Filipino companies.

Xi welcomed Duterte with full military honors at the square outside the hall. Chinese state media quoted him as saying the two countries were "brothers" whose relationship had gone through "a period of wind and rain". The South China Sea, Xi said, was not the sum total of their relations.

Foreign Affairs Secretary Perfecto Yasay Jr said the maritime dispute was discussed, but Duterte did not insist on the July ruling of the arbitral tribunal in The Hague that invalidated China's expansive claims. Both sides agreed to return to bilateral talks.

Hours later, at a business forum at the Great Hall, Duterte told an audience of Chinese and Filipino executives: "In this venue, I announce my separation from the United States... both in military, but economics also."

He added that he might "go to Russia to talk to Putin" and tell him that there were three of them "against the world", a remark that drew applause from the audience. Malacanang did not say whether any trip to Moscow was being planned.

On Friday, Duterte is scheduled to meet Premier Li Keqiang and Zhang Dejiang, chairman of the National People's Congress Standing Committee, before flying home to Davao City.

The Beijing visit followed Duterte's state visit to Brunei, where he met Sultan Hassanal Bolkiah earlier in the week. On October 25, he travels to Tokyo for a three-day official visit that will include talks with Prime Minister Shinzo Abe, a close US ally who has sought to strengthen defense ties with Manila.

Duterte's pivot has unsettled Washington. In September, US President Barack Obama cancelled a scheduled meeting with him in Vientiane after the Philippine leader cursed him publicly over criticism of his drug war.

About 250 Filipino businesspeople joined the Beijing trip, many from the Davao region.

Rappler.com

Tags: Rodrigo Duterte, Xi Jinping, China, South China Sea, foreign policy

Share: Facebook | Twitter | Email

What's your reaction? Happy 4% | Sad 9% | Angry 31% | Don't care 3% | Inspired 22% | Afraid 18% | Amused 13%

READ MORE
Yasay: PH won't give up arbitral ruling
Scarborough fishermen hope for access after Beijing trip
US embassy: 'We have not received any request' to change alliance

Rappler is a Filipino-owned independent news company. Support us: Join Rappler+"""))

A.append(dict(id="h30-10", source="nknews.org",
url="https://www.nknews.org/2023/07/shoigu-and-li-hongzhong-in-pyongyang-as-kim-shows-off-missiles/",
published_at="2023-07-27", body="""NK News
North Korea news and analysis

Kim Jong Un shows off ICBMs to Russia's Shoigu, receives senior Chinese delegation

Russian defense minister and Chinese Politburo member are the first senior foreign visitors since the pandemic

By Colin Zwirko
July 27, 2023

Kim Jong Un personally guided Russian Defense Minister Sergei Shoigu around an exhibition of North Korean weapons on Wednesday, including the country's newest solid-fuel intercontinental ballistic missile, and received a Chinese delegation led by Politburo member Li Hongzhong, state media reported on Thursday.

Shoigu arrived at Pyongyang International Airport on Tuesday evening at the head of a Russian military delegation and was met by North Korean Defense Minister Kang Sun Nam. The two held talks the following day on what KCNA called "matters of mutual concern in the field of national defense and security," and Shoigu handed Kim a letter from Russian President Vladimir Putin.

Photos released by KCNA showed Kim and Shoigu walking past a Hwasong-18 ICBM, a Hwasong-17 and what appeared to be a new model of attack drone. Kim later hosted a reception for the Russian delegation.

Li, who is also vice chairman of the Standing Committee of the National People's Congress, flew in on Wednesday with a Chinese party and government delegation. He was welcomed at the airport by senior Workers' Party officials. Kim received Li on Thursday morning and accepted a verbal message and letter from Chinese leader Xi Jinping, according to KCNA.

Both delegations are in Pyongyang for the 70th anniversary of the 1953 armistice that ended fighting in the Korean War, which the North celebrates as "Victory Day". A military parade is expected in Kim Il Sung Square on Thursday night, and the Russian and Chinese visitors are expected to watch it together with Kim from the rostrum.

The visits are the first by senior foreign officials since North Korea closed its borders in January 2020. Experts said the choice of Shoigu, who oversees Russia's war in Ukraine, was telling.

"Moscow is looking for artillery shells and rockets, and Pyongyang wants technology, food and hard currency," said one Seoul-based analyst. "Bringing the defense minister instead of a ceremonial figure sends that message very clearly."

U.S. officials have accused North Korea of supplying ammunition to Russia's Wagner group, a charge Pyongyang denies. There has been speculation in Seoul that Kim himself could travel to Russia later this year, though neither side has announced anything.

China, North Korea's main trading partner, sent a lower-ranking delegation than the one led by then-Vice President Li Yuanchao in 2013.

Related
North Korea launches two ballistic missiles ahead of armistice anniversary
Pyongyang prepares Kim Il Sung Square for nighttime parade
U.S. soldier who crossed into North Korea still missing

Become an NK Pro member for full access to analysis, satellite imagery and data.

Tags: Russia, China, Sergei Shoigu, Li Hongzhong, Victory Day

Share | Email | 12 comments"""))

A.append(dict(id="h30-11", source="thehindu.com",
url="https://www.thehindu.com/news/international/muizzu-xi-talks-maldives-china-comprehensive-strategic-partnership/article67726801.ece",
published_at="2024-01-10", body="""The Hindu
International

Maldives, China elevate ties as Muizzu meets Xi amid row with India

Beijing signs 20 agreements with Male, including on Belt and Road; Maldivian President's visit comes days after spat over remarks on Modi

Ananth Krishnan
BEIJING - January 10, 2024 10:48 pm | Updated 11:15 pm IST

Maldives President Mohamed Muizzu and Chinese President Xi Jinping at a welcome ceremony at the Great Hall of the People in Beijing on January 10, 2024. Photo: AP

China and the Maldives on Wednesday upgraded their relations to a "comprehensive strategic cooperative partnership" after talks between President Xi Jinping and visiting Maldivian President Mohamed Muizzu in Beijing, and signed 20 agreements covering the Belt and Road Initiative, tourism, disaster risk reduction, the blue economy and the digital economy.

Mr. Xi told Mr. Muizzu that China respected the Maldives' sovereignty and independence and "firmly supports" it in exploring a development path suited to its national conditions, according to Chinese state media. Mr. Muizzu, who took office in November after a campaign centred on an "India Out" slogan, called China one of his country's "closest allies and development partners".

Mr. Muizzu began his five-day state visit in Fujian province on Monday. Speaking at a business forum in Xiamen, he urged Chinese tour operators to send more visitors, saying China had been the Maldives' largest source market before the pandemic and should "regain that position".

The remark was widely read as a reply to calls on Indian social media to boycott the islands. Last week, three Maldivian deputy ministers posted derogatory comments about Prime Minister Narendra Modi after he shared pictures from a trip to Lakshadweep. Male suspended the three, and the Ministry of External Affairs in New Delhi summoned the Maldivian High Commissioner Ibrahim Shaheeb on Monday. The Maldives in turn called in Indian High Commissioner Munu Mahawar.

Mr. Muizzu is expected to hold talks with Premier Li Qiang before returning to Male on Friday.

He has broken with a tradition under which new Maldivian Presidents made India their first foreign destination. His first trip abroad after his swearing-in was to Turkey in late November. He met Mr. Modi on the margins of the COP28 climate conference in Dubai on December 1, where the two leaders agreed to set up a core group to discuss the future of the roughly 80 Indian military personnel stationed in the Maldives, whose withdrawal Mr. Muizzu has demanded.

Indian officials played down the significance of the Beijing trip. "Our relationship with the Maldives stands on its own," an official said, adding that the core group would meet soon.

China has been a major lender to the Maldives, which owes Chinese banks about $1.3 billion. The China-Maldives free trade agreement, signed in 2017, has yet to come into force.

Copyright© 2024, THG PUBLISHING PVT LTD.

READ LATER | PRINT | Share: WhatsApp | Facebook | X | Email

Related Topics: Maldives / China / India / diplomacy

More Like This
EaseMyTrip suspends Maldives flight bookings
Lakshadweep searches surge after PM's visit
Sri Lanka bars Chinese research ships for a year"""))

A.append(dict(id="h30-12", source="bbc.com",
url="https://www.bbc.com/news/articles/c4gk0dl7e9lo",
published_at="2024-09-03", body="""BBC Home | News | Sport | Business | Innovation | Culture

Putin given red-carpet welcome in Mongolia despite ICC arrest warrant

3 September 2024
By Kathryn Armstrong and Laura Gozzi, BBC News

Getty Images: Vladimir Putin and Ukhnaagiin Khurelsukh at the welcome ceremony in Ulaanbaatar

Russian President Vladimir Putin has been greeted by an honour guard in Mongolia's capital, Ulaanbaatar, on his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest last year.

Mongolian President Ukhnaagiin Khurelsukh welcomed him in Sukhbaatar Square on Tuesday morning, where soldiers dressed as the 13th-Century warriors of Genghis Khan lined the steps of the Government Palace. There was no sign that the authorities had any intention of arresting him.

The two presidents held talks and signed agreements on the supply of aviation fuel to Mongolia and the modernisation of a power plant in Ulaanbaatar. Putin said trade between the two countries had grown by more than 20% last year, and he invited Mr Khurelsukh to Kazan in October for a Brics gathering under Russian chairmanship.

The visit is officially to mark 85 years since Soviet and Mongolian troops defeated Japanese forces at the battle of Khalkhin Gol.

Ukraine's foreign ministry said Mongolia had "allowed an indicted criminal to escape justice" and shared responsibility for his war crimes. The European Commission said it regretted the decision not to execute the warrant.

The ICC has no police force and relies on member states to detain suspects. It issued the warrant in March 2023, accusing Putin of the unlawful deportation of Ukrainian children, which Moscow denies. The Kremlin said before the trip that it had "no worries" about the visit.

Mongolia, a landlocked democracy sandwiched between Russia and China, relies on Russia for most of its fuel and a fifth of its electricity. Analysts said it had little room to act even if it had wanted to.

A small protest was held near the square on Monday evening, with demonstrators holding a Ukrainian flag and a banner reading "Get the war criminal out". Police moved them away before Putin's arrival.

The Kremlin is also hoping to move ahead with the Power of Siberia 2 gas pipeline, which would carry Russian gas through Mongolia to China, but no agreement on it was announced on Tuesday.

From Ulaanbaatar, Putin flies to Vladivostok for the Eastern Economic Forum. Malaysian Prime Minister Anwar Ibrahim is due to attend as the forum's main guest and to hold talks with the Russian leader there on Thursday, according to the Kremlin.

More on this story
ICC warrant: Where can Putin travel?
Mongolia's balancing act between two giants
Watch: Honour guard in Genghis Khan-era costume greets Putin

Related
Zelensky to meet Ukrainian troops after Kursk incursion
Russia strikes Poltava military institute

BBC is not responsible for the content of external sites. Read about our approach to external linking.

Copyright 2024 BBC. All rights reserved."""))
