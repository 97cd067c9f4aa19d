# Medium wire-style stories (1,200-2,000 characters), h48-13 .. h48-26
M = []

M.append(dict(id="h48-13", source="english.news.cn",
url="http://english.news.cn/20240903/5c3f1e8a2b7d4f0c9e6a2d1b8f4c7e35/c.html",
published_at="2024-09-03", body="""Xi meets African leaders ahead of FOCAC summit

Source: Xinhua | Editor: huaxia | 2024-09-03 23:48:10

BEIJING, Sept. 3 (Xinhua) -- Chinese President Xi Jinping on Tuesday held talks in Beijing with leaders of several African countries who are in China for the 2024 Summit of the Forum on China-Africa Cooperation (FOCAC).

Xi held talks with South African President Cyril Ramaphosa, who is on a state visit to China, at the Great Hall of the People. The two heads of state agreed to elevate China-South Africa relations to an all-round strategic cooperative partnership in the new era, and witnessed the signing of cooperation documents on trade, the digital economy and new energy.

Meeting Nigerian President Bola Ahmed Tinubu, Xi said China and Nigeria should build on their comprehensive strategic partnership and expand cooperation in infrastructure, agriculture and manufacturing. Tinubu said Nigeria firmly abides by the one-China principle.

Xi also met Senegalese President Bassirou Diomaye Faye, who took office in April and is making his first trip to China as head of state, and Zambian President Hakainde Hichilema, discussing the revitalization of the Tanzania-Zambia Railway.

The summit, with the theme of "Joining Hands to Advance Modernization and Build a High-Level China-Africa Community with a Shared Future," will open on Thursday. More than 50 African leaders have arrived in Beijing, making it the largest diplomatic event China has hosted in recent years.

Photo: A guard of honour is reviewed during the ceremony welcoming South African President Cyril Ramaphosa to Beijing, Sept. 3, 2024. (Xinhua/Li Xueren)

Related:
Chinese premier meets Kenyan president
Feature: Chinese-built railway brings new hope to Djibouti

Copyright (c) 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h48-14", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/eng/wjbzhd/202304/t20230406_11054821.html",
published_at="2023-04-06", body="""Ministry of Foreign Affairs of the People's Republic of China
Home > Minister's Activities

Qin Gang Meets with Foreign Minister of Saudi Arabia Prince Faisal bin Farhan Al Saud and Foreign Minister of Iran Hossein Amir-Abdollahian

2023-04-06 20:30

On April 6, 2023, State Councilor and Foreign Minister Qin Gang met in Beijing with Foreign Minister of Saudi Arabia Prince Faisal bin Farhan Al Saud and Foreign Minister of Iran Hossein Amir-Abdollahian, who were in Beijing for a meeting between the two countries' foreign ministers.

Qin Gang congratulated the two sides on their meeting, the first formal meeting between the foreign ministers of the two countries in more than seven years. He said the Beijing talks in March had opened the way for the two countries to improve relations, and that China supports Saudi Arabia and Iran in continuing to resolve differences through dialogue.

The two foreign ministers thanked China for its role. Earlier in the day, the two ministers held talks and signed a joint statement, in which they announced the immediate resumption of diplomatic relations and agreed to reopen embassies and consulates-general within the period set out in the Beijing agreement. They also agreed to study the resumption of flights and mutual visits of official and private delegations.

The Saudi side extended an invitation to the Iranian side to visit Riyadh at a later date.

Print | Close

Other activities
- Qin Gang Holds Talks with Japanese Foreign Minister Yoshimasa Hayashi
- Vice Foreign Minister Sun Weidong Receives Copies of Credentials from New Ambassador of Uruguay
- Assistant Minister Hua Chunying Meets with Ambassador of Indonesia to China Djauhari Oratmangun

Copyright (c) Ministry of Foreign Affairs, the People's Republic of China"""))

M.append(dict(id="h48-15", source="dw.com",
url="https://www.dw.com/en/china-premier-li-qiang-in-berlin-for-government-consultations/a-65976821",
published_at="2023-06-20", body="""DW | News | Germany | Europe | World | Business | Science | Culture

Germany

China's Li Qiang in Berlin for government consultations

Chinese Premier Li Qiang and Chancellor Olaf Scholz have led their cabinets in the first in-person intergovernmental talks since 2018. Berlin is trying to "de-risk" its economic relationship with Beijing.

Date 20.06.2023

Chinese Premier Li Qiang and German Chancellor Olaf Scholz met at the chancellery in Berlin on Tuesday for the seventh round of German-Chinese government consultations, with ministers from both sides holding parallel sessions on climate, trade and finance.

Li arrived in Germany on Sunday on his first foreign trip since becoming premier in March. On Monday he met President Frank-Walter Steinmeier at Bellevue Palace and held talks with business leaders.

At a joint press appearance, Scholz said Germany was not seeking to decouple from China but wanted to reduce "one-sided dependencies". Li warned against politicizing economic ties and said "de-risking" should not become a pretext for protectionism. The two sides did not take questions.

Several agreements were signed, including on climate change and green transition cooperation.

The visit comes days after Germany adopted its first national security strategy, which describes China as a "partner, competitor and systemic rival".

From Berlin, Li travels on to France on Wednesday, where he will meet President Emmanuel Macron and attend the Summit for a New Global Financing Pact in Paris.

Human rights groups protested outside the chancellery, urging Scholz to raise the situation of the Uyghurs in Xinjiang.

Author: Thomas Sparrow (Reuters, dpa)

Related content
Opinion: German businesses need a China reality check
Baerbock urges Beijing to use influence on Moscow

Advertisement

Share: Facebook | X | WhatsApp | Email

Follow DW on Instagram

Date 20.06.2023 | Keywords Li Qiang, Olaf Scholz, Germany, China"""))

M.append(dict(id="h48-16", source="dawn.com",
url="https://www.dawn.com/news/1865501/chinese-premier-li-qiang-arrives-in-islamabad",
published_at="2024-10-15", body="""DAWN.COM | E-Paper | Home | Latest | Pakistan | Business | World | Opinion

Chinese Premier Li Qiang arrives in Islamabad on first official visit, holds talks with PM Shehbaz

Syed Irfan Raza | Published October 15, 2024 | Updated about 3 hours ago

Chinese Premier Li Qiang held talks with Prime Minister Shehbaz Sharif in Islamabad on Tuesday, on the first bilateral visit by a Chinese premier to Pakistan in 11 years, ahead of the Shanghai Cooperation Organisation's Council of Heads of Government meeting.

Li landed at Nur Khan airbase on Monday night and was received by the prime minister, who later posted that the "entire nation" welcomed the Chinese leader.

During the talks at the PM House, the two sides discussed the second phase of the China-Pakistan Economic Corridor (CPEC) and the security of Chinese nationals working in Pakistan, following the suicide bombing near Karachi airport earlier this month that killed two Chinese engineers. The two prime ministers also jointly inaugurated the New Gwadar International Airport virtually.

Meanwhile, Russian Prime Minister Mikhail Mishustin arrived in Islamabad on Monday for the SCO meeting and is scheduled to hold talks with Shehbaz on Wednesday, the Foreign Office said.

External Affairs Minister S. Jaishankar also landed on Tuesday to represent India, the first visit by an Indian foreign minister to Pakistan in nearly nine years. The Indian side has said he will not hold bilateral talks.

Security has been tightened in the federal capital, with the army deployed and a three-day holiday declared in Islamabad and Rawalpindi.

Published in Dawn, October 15th, 2024

Read more
SCO summit: Twin cities under lockdown as delegates arrive
Editorial: A test of hospitality

Comments (31) | Closed

Follow Dawn on WhatsApp"""))

M.append(dict(id="h48-17", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/doval-wang-yi-hold-special-representatives-talks-in-beijing-101734533012345.html",
published_at="2024-12-18", body="""HT | Home | Latest | India | World | Cities | Opinion | Videos

Sensex 80,182.20 -502.25 | Nifty 24,198.85 -137.15

India News

Doval, Wang Yi hold first Special Representatives talks in five years, agree on six points

By Rezaul H Laskar
Dec 18, 2024 09:58 PM IST

National security adviser Ajit Doval and Chinese foreign minister Wang Yi on Wednesday held the first meeting of the Special Representatives on the boundary question in five years in Beijing, and agreed to resume the Kailash Mansarovar Yatra and cross-border river data sharing.

Doval, who arrived in the Chinese capital on Tuesday, and Wang reached a six-point consensus that includes maintaining peace and tranquillity in border areas and pushing for "more progress" on a package solution to the boundary question, according to a statement from the Chinese side.

The Indian statement said the Special Representatives "provided positive directions" for cross-border cooperation and that disengagement along the Line of Actual Control, completed in October, had been implemented.

The meeting was decided when Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan in October. External affairs minister S Jaishankar and Wang had also met on the sidelines of the G20 summit in Rio de Janeiro last month.

The two sides agreed to hold the next round of the talks in India next year. No date has been announced.

Doval is also expected to meet Vice President Han Zheng on Thursday before returning home.

Also Read: Jaishankar says ties with China moving in 'somewhat positive direction'

Catch all the India News, Breaking News and Latest News on Hindustan Times.

Download the HT app | Follow us on WhatsApp"""))

M.append(dict(id="h48-18", source="cnn.com",
url="https://edition.cnn.com/2022/03/18/politics/biden-xi-call-russia-ukraine/index.html",
published_at="2022-03-18", body="""CNN | Politics | Live TV | Edition US

Biden warns Xi of 'consequences' if China provides material support for Russia's war

By Kevin Liptak and Jeremy Diamond, CNN
Updated 6:19 PM EDT, Fri March 18, 2022

President Joe Biden warned Chinese President Xi Jinping on Friday that there would be "implications and consequences" if Beijing provided material support to Russia's invasion of Ukraine, during a video call that lasted nearly two hours.

The call, their first conversation since November's virtual summit, came at a moment when US officials said they had information that China had signaled openness to providing Russia with military and economic help. Beijing has denied the reports.

According to the White House, Biden described the actions the US and its allies were taking to impose costs on Russia, and stressed his support for a diplomatic resolution. The Chinese readout said Xi told Biden that "conflict and confrontation are not in anyone's interest" and that "those who tied the bell to the tiger must take it off."

The call was set up after national security adviser Jake Sullivan met China's top diplomat Yang Jiechi in Rome on Monday for seven hours of what officials called "intense" talks.

Press secretary Jen Psaki said Biden also raised Taiwan, reiterating that US policy had not changed.

CNN's Kylie Atwood contributed to this report.

Related
Ukraine's Zelensky says talks with Russia 'meaningful' but difficult
Analysis: China's balancing act on Ukraine

Sign up for CNN's Meanwhile in China newsletter

Ad Feedback

(c) 2022 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved."""))

M.append(dict(id="h48-19", source="tass.com",
url="https://tass.com/politics/1948833",
published_at="2025-01-21", body="""TASS Russian News Agency
Russian Politics & Diplomacy | World | Business & Economy | Military & Defense

Putin, Xi hold video conference, discuss ties and contacts with US

MOSCOW, January 21. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held a video conference on Tuesday, exchanging views on bilateral cooperation and the international situation, the Kremlin press service reported.

The conversation, which lasted about an hour and a half, was the first between the two leaders this year and took place a day after the inauguration of US President Donald Trump. Putin told Xi that Moscow and Beijing "build our ties on the basis of friendship, mutual trust and support," and that the relationship "does not depend on the political situation of the day."

Presidential aide Yuri Ushakov told reporters that the two leaders discussed the prospects of relations with the new US administration. He noted that Xi had informed Putin about his telephone conversation with Trump last Friday. Putin said Russia was open to contacts with Trump but that "no specific steps" had been taken to organize a meeting.

Ushakov said Putin had invited Xi to attend celebrations in Moscow on May 9 marking the 80th anniversary of Victory in the Great Patriotic War, and that the Chinese leader had accepted the invitation.

The two leaders also discussed energy cooperation, trade, which exceeded $240 billion last year, and preparations for the SCO summit to be hosted by China.

Other news
Lavrov to hold news conference on results of Russian diplomacy in 2024
Ruble strengthens against yuan at opening of trading

TASS Information Agency (c) 2025"""))

M.append(dict(id="h48-20", source="kyivindependent.com",
url="https://kyivindependent.com/zelensky-holds-first-call-with-xi-since-full-scale-invasion/",
published_at="2023-04-26", body="""The Kyiv Independent | News feed | Ukraine | War | Business | Opinion

Support independent journalism. Become a member

Zelensky holds first call with Xi since full-scale invasion

by Martin Fornusek
April 26, 2023 6:02 PM

President Volodymyr Zelensky said he had a "long and meaningful" phone call with Chinese leader Xi Jinping on April 26, the first conversation between the two since Russia launched its all-out war against Ukraine in February 2022.

"I believe that this call, as well as the appointment of Ukraine's ambassador to China, will give a powerful impetus to the development of our bilateral relations," Zelensky wrote on Twitter. He later named Pavlo Riabikin, the former head of the Ukrainian state arms manufacturer Ukroboronprom, as the new ambassador to Beijing.

According to the Chinese readout, Xi said China would send a special representative for Eurasian affairs to Ukraine and other countries for "in-depth communication with all parties" on a political settlement. Beijing later named former ambassador to Russia Li Hui as the envoy.

Xi told Zelensky that "dialogue and negotiation" were the only way out and that China "will not watch the fire from across the river".

The call came more than a month after Xi's state visit to Moscow, where he held talks with Russian President Vladimir Putin.

Kremlin spokesman Dmitry Peskov said Russia "noted the readiness of the Chinese side to make efforts" toward a peace process.

Read also: Ukraine war latest: Russia strikes Uman, killing 23

We've been covering the war since day one. Help us keep going. Become a member today.

Tags: China, Xi Jinping, Volodymyr Zelensky, Diplomacy"""))

M.append(dict(id="h48-21", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/vietnam-china-sign-36-cooperation-documents-during-xi-s-visit-4688412.html",
published_at="2023-12-12", body="""VnExpress International | News | Business | Travel | Life | Sports | World

Vietnam, China sign 36 cooperation documents during Xi's visit

By Viet Tuan | December 12, 2023 | 06:45 pm GMT+7

Vietnam and China on Tuesday signed 36 cooperation documents covering railway connections, digital economy, and security during Chinese President Xi Jinping's state visit to Hanoi.

The documents were signed after talks between Party General Secretary Nguyen Phu Trong and Xi, who is also general secretary of the Communist Party of China, at the Party Central Committee headquarters in Hanoi. The two leaders witnessed the exchange of documents.

The two sides agreed to build a "community with a shared future that carries strategic significance," an upgrade in the language used to describe ties.

Xi arrived in Hanoi on Tuesday afternoon for a two-day visit, his third to Vietnam and the first in six years. He is scheduled to meet President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue on Wednesday.

The visit comes three months after U.S. President Joe Biden visited Hanoi, when Vietnam and the U.S. upgraded their relations to a comprehensive strategic partnership.

China has been Vietnam's largest trading partner for years, with two-way trade reaching $175 billion last year.

Photo by VnExpress/Giang Huy

Related news
Vietnam, Japan elevate ties to highest level
Hanoi to restrict traffic on several streets during Xi's visit

Tags: Vietnam China, Xi Jinping, Nguyen Phu Trong

Share | Feedback"""))

M.append(dict(id="h48-22", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202201280007",
published_at="2022-01-28", body="""Focus Taiwan | CNA English News | Politics | Cross-Strait | Business | Society

Politics

Vice President Lai attends Honduran inauguration, meets Castro

01/28/2022 11:12 AM

Tegucigalpa, Jan. 27 (CNA) Vice President Lai Ching-te (賴清德) on Thursday attended the inauguration of Honduran President Xiomara Castro in Tegucigalpa and held a meeting with the new president, in which both sides pledged to deepen cooperation, Taiwan's presidential office said.

Lai, who led a delegation as President Tsai Ing-wen's special envoy, conveyed Tsai's congratulations and said Taiwan would continue to support Honduras in areas including public health and agriculture. Castro had suggested during her election campaign that she might switch diplomatic recognition to Beijing, but has not taken any steps to do so since winning.

U.S. Vice President Kamala Harris, who led the American delegation, met Castro after the ceremony and discussed migration and corruption, according to the White House.

Lai and Harris exchanged a few words during a lunch hosted by Castro, the presidential office said, without giving further details. It was the first known interaction between a Taiwanese vice president and a sitting U.S. vice president.

Lai transited in Los Angeles on the way to Honduras and will make a stopover in San Francisco on his return trip. He met with overseas compatriots during the transit.

(By Matt Yu and Joseph Yeh)
Enditem/AW

Related: Taiwan, Honduras sign agreement on dengue prevention
Most Popular: Taiwan reports 46 new imported COVID-19 cases

(c) 2022 CNA English News"""))

M.append(dict(id="h48-23", source="reuters.com",
url="https://www.reuters.com/world/americas/china-honduras-establish-diplomatic-ties-2023-03-26/",
published_at="2023-03-26", body="""Reuters | World | Business | Markets | Sustainability | Legal

Americas

China establishes diplomatic ties with Honduras after it severs Taiwan relations

By Yew Lun Tian and Gustavo Palencia
March 26, 2023 8:52 AM UTC

BEIJING/TEGUCIGALPA, March 26 (Reuters) - China and Honduras established diplomatic relations on Sunday, hours after the Central American country cut ties with Taiwan, leaving the self-ruled island with just 13 formal diplomatic allies.

Chinese Foreign Minister Qin Gang and his Honduran counterpart Eduardo Enrique Reina signed a joint communique in Beijing, with Qin saying China appreciated the Honduran government's "correct decision". The two ministers toasted with champagne after the ceremony at the Diaoyutai State Guesthouse.

Reina, who flew to Beijing last week, said at the signing that President Xiomara Castro would visit China "soon", without giving a date. Honduras will open an embassy in Beijing as quickly as possible, he said.

Taiwan Foreign Minister Joseph Wu said on Sunday that Honduras had demanded "huge" sums of money before making the switch.

The switch comes as Taiwan President Tsai Ing-wen is set to transit through the United States next week on her way to Guatemala and Belize.

Reporting by Yew Lun Tian in Beijing and Gustavo Palencia in Tegucigalpa; Editing by William Mallard

Purchase Licensing Rights

Read Next
Taiwan president to visit Guatemala, Belize with US transits
Honduras's Castro eyes Chinese loans for dam project"""))

M.append(dict(id="h48-24", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/04/e9c4f2b1a3d7-japan-fm-hayashi-urges-china-to-free-detained-astellas-employee.html",
published_at="2023-04-02", body="""KYODO NEWS - Apr 2, 2023 - 22:31 | All, Japan, World, China

Japan FM Hayashi urges China to free detained Astellas employee

BEIJING - Japanese Foreign Minister Yoshimasa Hayashi on Sunday urged his Chinese counterpart Qin Gang to release a Japanese employee of drugmaker Astellas Pharma Inc. who was detained in Beijing last month, as he became the first Japanese foreign minister to visit China in over three years.

In talks lasting about three hours at the Diaoyutai State Guesthouse, Hayashi also expressed "serious concern" about China's increasing military activity around Taiwan and near the Senkaku Islands in the East China Sea, and asked Beijing to lift its import restrictions on Japanese food products.

Qin said the employee had been detained on suspicion of espionage and would be handled "in accordance with law." He also warned Japan not to "aid and abet" the United States in restricting exports of advanced chips to China.

Hayashi is also scheduled to meet Premier Li Qiang and Wang Yi, the Communist Party's top diplomat, on Sunday evening before returning to Tokyo on Monday.

The ministers agreed to keep communicating at various levels to implement what Prime Minister Fumio Kishida and President Xi Jinping agreed on when they met in Bangkok last November.

==Kyodo

Related coverage:
Japan, China to hold maritime dialogue in Tokyo
Japan cabinet approval rating rises after Kishida's Ukraine trip

(c) Kyodo News. All Rights Reserved."""))

M.append(dict(id="h48-25", source="bernama.com",
url="https://www.bernama.com/en/news.php?id=2413905",
published_at="2025-04-15", body="""BERNAMA | General | Business | Politics | World | Sports | Features

Xi arrives in Kuala Lumpur for state visit, first since 2013

KUALA LUMPUR, April 15 (Bernama) -- Chinese President Xi Jinping arrived here today for a three-day state visit to Malaysia at the invitation of His Majesty Sultan Ibrahim, King of Malaysia.

The special aircraft carrying Xi and his delegation landed at the Bunga Raya Complex of the Kuala Lumpur International Airport (KLIA) at 5.55 pm, where he was greeted by Transport Minister Anthony Loke.

Xi is scheduled to hold talks with Prime Minister Datuk Seri Anwar Ibrahim at Perdana Putra tomorrow, after which the two leaders will witness the exchange of several memoranda of understanding. An official welcoming ceremony and a state banquet at Istana Negara will also be held.

The visit, the second by Xi to Malaysia, comes as Malaysia holds the ASEAN chairmanship and as the region grapples with the fallout of United States tariffs.

Xi arrived from Hanoi, where he and Vietnamese party chief To Lam oversaw the signing of 45 cooperation agreements on Monday. He will proceed to Cambodia on Thursday, the last stop of his Southeast Asian tour.

Malaysia has counted China as its biggest trade partner for 16 years running.

-- BERNAMA

BERNAMA provides up-to-date authentic and comprehensive news and information, disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio on FM93.0 (Klang Valley).

Follow us on social media:
Facebook : @bernamaofficial
Twitter : @bernama.com, @BernamaTV, @bernamaradio
Instagram : @bernamaofficial

Most Read
Anwar: Malaysia to remain neutral amid US-China trade tensions
Ringgit opens higher against US dollar"""))

M.append(dict(id="h48-26", source="en.people.cn",
url="http://en.people.cn/n3/2022/1221/c90000-10188901.html",
published_at="2022-12-21", body="""People's Daily Online | China | World | Business | Military | Society | Culture

Wang Yi holds talks with Australian Foreign Minister Penny Wong

(Xinhua) 09:14, December 22, 2022

BEIJING, Dec. 21 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi held talks with Australian Foreign Minister Penny Wong, who is on a visit to China, in Beijing on Wednesday, as the two countries mark the 50th anniversary of diplomatic relations.

Wang said the meeting between President Xi Jinping and Prime Minister Anthony Albanese in Bali last month had charted the course for improving ties, and that China and Australia had no historical grievances or fundamental conflicts of interest.

Wang called on the Australian side to handle differences properly and to "seek common ground while shelving differences."

Wong said Australia is willing to work with China to stabilize the relationship, which she said was in the interests of both countries. She raised the cases of detained Australians Cheng Lei and Yang Hengjun, as well as trade restrictions on Australian exports.

The two sides agreed to maintain high-level exchanges and to start or resume dialogues in areas including bilateral relations, trade and economy, consular affairs, climate change and defense. Wong invited Wang to visit Australia at a time convenient to both sides.

Wong is the first Australian foreign minister to visit China since 2018.

(Web editor: Zhang Kaiwei, Liang Jun)

Related Stories
Xi meets Australian PM in Bali
China, Australia to hold dialogue on consular issues

Recommended
Chinese embassy holds reception for 50th anniversary of ties"""))
