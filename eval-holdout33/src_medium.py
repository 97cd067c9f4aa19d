# Medium wire-style stories (1,200-2,000 characters), h33-13 .. h33-26
M = []

M.append(dict(id="h33-13", source="tass.com",
url="https://tass.com/politics/1877412",
published_at="2024-11-27", body="""TASS Russian News Agency
Politics | World | Business | Military & Defense | Science

Putin arrives in Astana on state visit to Kazakhstan

The Russian leader came to the Kazakh capital from Bishkek, where he paid a state visit to Kyrgyzstan on November 25-26

ASTANA, November 27. /TASS/. Russian President Vladimir Putin has arrived in Astana on a state visit to Kazakhstan, a TASS correspondent reported.

The presidential plane landed at Nursultan Nazarbayev International Airport. Kazakh President Kassym-Jomart Tokayev met the Russian leader at the foot of the airstairs, and a ceremonial escort of cavalry accompanied the motorcade to the Akorda palace.

Talks between the two presidents will be held in narrow and expanded formats, Kremlin aide Yuri Ushakov told reporters earlier. He said the sides would focus on trade and economic cooperation, energy, including the construction of Kazakhstan's first nuclear power plant, and the supply of Russian gas to Kazakhstan and through its territory to Uzbekistan.

Following the talks, Putin and Tokayev are expected to adopt a joint statement and witness the signing of a package of interdepartmental and commercial documents, Ushakov said. Putin will also attend an official reception in his honor.

On Thursday, Putin will take part in the session of the Collective Security Treaty Organization Collective Security Council in Astana. Armenian Prime Minister Nikol Pashinyan, whose country has frozen its participation in the organization, will not attend, the Armenian government said.

The last time Putin visited Kazakhstan was in July, when he took part in the SCO summit.

Tags: Vladimir Putin, Kassym-Jomart Tokayev, Kazakhstan, Russia

Subscribe to TASS on Telegram

Also read: Ushakov: Putin, Tokayev to discuss energy projects, nuclear plant; Russian gas deliveries via Kazakhstan to Uzbekistan exceed 5 bcm

All materials are protected by copyright. TASS Russian News Agency"""))

M.append(dict(id="h33-14", source="kcnawatch.org",
url="https://kcnawatch.org/newstream/1561072338-98312457/xi-jinping-pays-state-visit-to-dprk/",
published_at="2019-06-21", body="""KCNA Watch | KCNA | Rodong Sinmun | Pyongyang Times | Voice of Korea

Xi Jinping Pays State Visit to DPRK

Pyongyang, June 21 (KCNA) -- Xi Jinping, general secretary of the Central Committee of the Communist Party of China and president of the People's Republic of China, paid a state visit to the Democratic People's Republic of Korea from June 20 to 21.

Supreme Leader Kim Jong Un, chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK, greeted the distinguished guest at Pyongyang International Airport with his wife Ri Sol Ju.

The Supreme Leader held talks with Xi Jinping at the Kumsusan Guesthouse. Present from the Chinese side were Ding Xuexiang, Yang Jiechi, Wang Yi, He Lifeng and other members of the entourage.

At the talks, the top leaders of the two parties and the two countries had a candid and in-depth exchange of views on the situation on the Korean peninsula and reached a consensus on a series of important issues.

Kim Jong Un said that Xi Jinping's visit, the first by the general secretary of the CPC to the DPRK in 14 years, is an important occasion for demonstrating to the world the invincibility of the DPRK-China friendship.

Xi Jinping said that the CPC and the Chinese government would support the DPRK in its efforts to resolve the issue of the peninsula politically.

The Supreme Leader and Xi Jinping watched the mass gymnastic and artistic performance "Invincible Socialism" at the May Day Stadium together with tens of thousands of spectators.

On June 21 Xi Jinping visited the Tower of Friendship and left Pyongyang. He was seen off at the airport by Kim Jong Un.

Other news
Delegation of Lao People's Revolutionary Party arrives
Anniversary of Korean Children's Union marked
Agricultural workers wage campaign for rice transplanting

KCNA Watch is a product of Korea Risk Group. Log in to access the KCNA archive."""))

M.append(dict(id="h33-15", source="uza.uz",
url="https://uza.uz/en/posts/president-of-uzbekistan-holds-talks-with-xi-jinping_562341",
published_at="2024-01-24", body="""UzA - National News Agency of Uzbekistan
Politics | Economy | Society | Culture | Sport

Uzbekistan and China elevate relations to all-weather comprehensive strategic partnership

24.01.2024 17:25

Beijing, 24 January (UzA). President of the Republic of Uzbekistan Shavkat Mirziyoyev, who is in the People's Republic of China on a state visit, held talks with President of the People's Republic of China Xi Jinping at the Great Hall of the People.

A solemn official welcoming ceremony was held on Tiananmen Square, after which the leaders held talks in a narrow format, followed by a meeting with the participation of delegations.

The Head of our state noted the high dynamics of the Uzbek-Chinese dialogue at all levels. Trade turnover between the two countries has more than doubled over the past five years, exceeding 14 billion dollars, while the number of enterprises with Chinese capital in Uzbekistan has reached almost 2,500.

The sides discussed the implementation of joint projects in the fields of energy, mining, agriculture, transport and logistics, including the construction of the China-Kyrgyzstan-Uzbekistan railway.

Following the talks, the leaders signed a Joint Statement on the further deepening of the all-weather comprehensive strategic partnership in the new era. A package of documents on cooperation in investment, green development, science and tourism was also signed.

As part of the visit, the President of Uzbekistan is also expected to meet with Premier of the State Council Li Qiang and Chairman of the Standing Committee of the National People's Congress Zhao Leji, and hold talks with heads of leading Chinese companies.

Photo: Press service of the President of the Republic of Uzbekistan

Related news:
Uzbek-Chinese business forum gathers over 300 companies
Tashkent region: new textile cluster to be launched

UzA Telegram channel | Facebook | X

When using materials, reference to UzA is required."""))

M.append(dict(id="h33-16", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/kim-jong-un-xi-jinping-beijing-visit-confirmed-10081234",
published_at="2018-03-28", body="""CNA | Singapore | Asia | World | Business | Commentary

Kim Jong Un made secret visit to Beijing, held talks with Xi: State media

BEIJING: North Korean leader Kim Jong Un made an unofficial visit to Beijing from Sunday to Wednesday and held talks with Chinese President Xi Jinping, state media in both countries said on Wednesday (Mar 28), confirming days of speculation about the mysterious train that arrived in the Chinese capital.

It was Kim's first known trip abroad since he took power in late 2011, and the first meeting between the two leaders.

According to China's Xinhua news agency, Kim told Xi that the issue of denuclearisation on the Korean peninsula could be resolved if South Korea and the United States responded to his efforts "with goodwill" and created "an atmosphere of peace and stability".

Kim is scheduled to meet South Korean President Moon Jae-in on Apr 27 at the border truce village of Panmunjom. US President Donald Trump has agreed to meet Kim by the end of May, though no venue has been set.

Xi accepted an invitation from Kim to visit North Korea, KCNA reported.

Seoul's presidential Blue House said Chinese State Councillor Yang Jiechi, China's top diplomat, would visit Seoul on Thursday to brief the South Korean government on the outcome of the talks.

Trump welcomed the news on Twitter, saying he had received a message from Xi that his meeting with Kim "went very well". The White House said it had been briefed by the Chinese side.

Relations between Beijing and Pyongyang had cooled in recent years as China backed tougher United Nations sanctions over the North's nuclear and missile tests.

Source: Reuters/AFP/CNA/ec

Read more
Commentary: What Kim Jong Un wants from Beijing
South Korea, North Korea agree to hold summit on Apr 27

Bookmark | Share: WhatsApp | Telegram | Facebook

Download our app or subscribe to our Telegram channel for the latest updates on the coronavirus outbreak"""))

M.append(dict(id="h33-17", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/76150",
published_at="2025-01-21", body="""President of Russia
Events | Structure | Videos and photos | Documents | Contacts

Conversation with President of China Xi Jinping

January 21, 2025 15:40
The Kremlin, Moscow

Vladimir Putin had a conversation with President of the People's Republic of China Xi Jinping via videoconference.

The President of Russia and the Chairman of the People's Republic of China exchanged warm New Year greetings and reviewed the results of joint work in 2024, which was marked by the 75th anniversary of diplomatic relations between Russia and China.

The leaders noted with satisfaction that Russian-Chinese relations of comprehensive partnership and strategic interaction continue to develop successfully. They discussed the implementation of major joint projects in energy, industry, transport and agriculture, as well as cooperation in the humanitarian sphere.

The two leaders exchanged views on the situation in the world and in the Asia-Pacific region, including in the context of the arrival in office of the new US administration. The President of China told his Russian counterpart about his recent telephone conversation with US President Donald Trump.

Vladimir Putin reiterated his invitation to Xi Jinping to take part in the celebrations of the 80th anniversary of Victory in the Great Patriotic War in Moscow in May. Xi Jinping, for his part, invited the President of Russia to attend the Shanghai Cooperation Organisation summit in Tianjin in the autumn.

It was agreed to maintain regular personal contacts.

Section: News
Posted January 21, 2025, 15:40
Permanent link: en.kremlin.ru/d/76150

Other news
Meeting with permanent members of the Security Council
Meeting with Government members
Greetings to participants of the All-Russian Students' Day forum

Text version | Subscribe to newsletter"""))

M.append(dict(id="h33-18", source="montsame.mn",
url="https://montsame.mn/en/read/303412",
published_at="2022-09", body="""MONTSAME News Agency
Politics | Economy | Society | Culture | Sports | World

Chairman of NPC Standing Committee Li Zhanshu pays official visit to Mongolia

Ulaanbaatar /MONTSAME/. At the invitation of Chairman of the State Great Khural (parliament) of Mongolia Zandanshatar Gombojav, Chairman of the Standing Committee of the National People's Congress of the People's Republic of China Li Zhanshu is paying an official visit to Mongolia.

The Chinese parliamentary delegation arrived in Ulaanbaatar on Saturday from Moscow, where Li Zhanshu held talks with Russian President Vladimir Putin and Chairman of the State Duma Vyacheslav Volodin.

On Sunday, Chairman Zandanshatar Gombojav held official talks with Li Zhanshu at the State Palace. The sides exchanged views on inter-parliamentary cooperation, the reopening of border ports, increasing coal and copper exports and the implementation of projects under the China-Mongolia-Russia economic corridor. After the talks, the heads of the two legislatures signed a memorandum of understanding on cooperation between the State Great Khural and the National People's Congress.

Li Zhanshu was also received by President of Mongolia Khurelsukh Ukhnaa and Prime Minister Oyun-Erdene Luvsannamsrai.

Upon completing the visit to Mongolia, the Chinese delegation will pay official visits to Nepal and the Republic of Korea, the Chinese side reported.

This is the first visit to Mongolia by the head of China's legislature since 2018. The two countries mark the 60th anniversary of the signing of the Treaty on the Mongolia-China border this year.

Photo: Parliament of Mongolia

Tags: #Mongolia #China #parliament #StateGreatKhural

Read also:
Coal exports to China rise 78 percent in August
Ulaanbaatar: Air quality monitoring stations to be upgraded

Copyright MONTSAME News Agency. Use of materials requires reference to the source."""))

M.append(dict(id="h33-19", source="interfax.com",
url="https://interfax.com/newsroom/top-stories/112504/",
published_at="2025-08-14", body="""Interfax | Top stories | Politics | Business | Energy | Ukraine

Volodin arrives in Pyongyang at head of State Duma delegation

PYONGYANG. Aug 14 (Interfax) - State Duma Chairman Vyacheslav Volodin has arrived in Pyongyang at the head of a Russian parliamentary delegation to attend events marking the 80th anniversary of the liberation of Korea, the Duma press service said.

The delegation was met at Pyongyang airport by Chairman of the Standing Committee of the Supreme People's Assembly of the DPRK Choe Ryong Hae and senior officials of the Supreme People's Assembly.

"Our countries are bound by the treaty on comprehensive strategic partnership. Our task as parliamentarians is to ensure that the agreements reached by the leaders are implemented," Volodin told reporters at the airport. He also thanked Korean servicemen who took part in the liberation of the Kursk region.

The delegation includes deputies from all Duma factions. During the visit, Volodin will hold talks with Choe Ryong Hae on inter-parliamentary cooperation, the press service said. A meeting with DPRK leader Kim Jong Un is not ruled out, a source in the delegation told Interfax.

Contacts between Moscow and Pyongyang have intensified this year. Russian Security Council Secretary Sergei Shoigu visited the North Korean capital twice in June, and Foreign Minister Sergei Lavrov held talks with his counterpart Choe Son Hui in the coastal city of Wonsan in July.

Volodin, a long-standing ally of President Vladimir Putin, has chaired the lower house of parliament since 2016.

Read also:
Putin and Trump to meet in Alaska on Friday - Kremlin
Central Bank sees inflation slowing to 6-7% by year-end
Rosneft Q2 net profit falls 68%

Interfax Information Services Group. Any reproduction requires a reference to Interfax.

Follow Interfax on Telegram"""))

M.append(dict(id="h33-20", source="english.chinamil.com.cn",
url="http://eng.chinamil.com.cn/CHINA_209163/TopStories_209189/16301541.html",
published_at="2024-04-17", body="""China Military Online
Home | China | Defense News | Photos | Videos | Special Reports

Chinese defense minister holds video call with US counterpart

Source: China Military Online | Editor: Chen Zhuo | Time: 2024-04-17 09:12:40

BEIJING, April 17 -- Chinese Defense Minister Admiral Dong Jun held a video call with US Secretary of Defense Lloyd Austin on the evening of April 16, Beijing time, at the request of the US side.

Dong Jun said that the two militaries should implement the important consensus reached by the heads of state of the two countries in San Francisco last November, and work towards stable, healthy and sustainable military-to-military relations.

Dong stressed that the Taiwan question is at the very core of China's core interests, and that the Chinese People's Liberation Army will never allow "Taiwan independence" separatist activities and external connivance and support to go unchecked.

On the South China Sea, Dong said that China's determination to safeguard its territorial sovereignty and maritime rights and interests is unshakable, and urged the US to respect China's position.

The two sides also exchanged views on the situation in Ukraine and the Korean Peninsula and agreed to maintain communication.

It was the first substantive conversation between the two countries' defense chiefs since Austin met then Chinese Defense Minister Wei Fenghe in Cambodia in November 2022. A Pentagon statement said Austin "discussed the importance of continuing to keep open lines of military-to-military communication" during the call.

Related:
PLA Navy to host Western Pacific Naval Symposium in Qingdao
Chinese, Cambodian militaries to stage Golden Dragon joint exercise
Defense Ministry spokesperson answers questions on Philippine drills

Copyright China Military Online. Reproduction in whole or in part without permission is prohibited."""))

M.append(dict(id="h33-21", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/11/ishiba-xi-first-talks-lima-apec.html",
published_at="2024-11-16", body="""KYODO NEWS
Latest | Japan | Asia | World | Business | Sports

Ishiba, Xi agree to pursue mutually beneficial ties in 1st talks

LIMA, Nov. 16 Kyodo - Prime Minister Shigeru Ishiba and Chinese President Xi Jinping reaffirmed Friday their commitment to pursuing "mutually beneficial relations based on common strategic interests," in their first in-person talks on the fringes of an Asia-Pacific Economic Cooperation forum in Lima.

During the roughly 30-minute meeting, Ishiba voiced "serious concern" over Chinese military activities near Japan and called for the early release of Japanese nationals detained in China. He also urged Beijing to quickly resume imports of Japanese seafood.

Xi told Ishiba that the two countries should "view each other's development objectively" and manage differences properly, according to the Chinese side.

The two leaders agreed to arrange a visit to China by Foreign Minister Takeshi Iwaya at an appropriate time, a Japanese government official said.

Earlier Friday, Ishiba held talks with South Korean President Yoon Suk Yeol on the sidelines of the forum, in which they agreed to continue "shuttle diplomacy" and strengthen coordination on North Korea's troop deployment to Russia.

Ishiba and Yoon then joined US President Joe Biden for a trilateral summit, where the three leaders agreed to set up a permanent secretariat to coordinate security cooperation.

Ishiba, who took office in October, will travel on to Rio de Janeiro for the Group of 20 summit early next week.

Related coverage:
Japan, China top diplomats hold talks in Laos, agree to keep communication
Japan's Iwaya eyes visit to South Korea before year-end

Share: X | Facebook | LINE

(c) Kyodo News. All Rights Reserved."""))

M.append(dict(id="h33-22", source="akipress.com",
url="https://akipress.com/news:732118:Uzbek_President_to_pay_state_visit_to_Kyrgyzstan_on_January_26-27/",
published_at="2023-01-24", body="""AKIpress News Agency
Kyrgyzstan | Central Asia | Economy | Sport | Photos

USD/KGS 87.30 | EUR/KGS 94.85 | RUB/KGS 1.26 | KZT/KGS 0.188

Uzbek President to pay state visit to Kyrgyzstan on January 26-27

BISHKEK (AKIpress) - President of the Republic of Uzbekistan Shavkat Mirziyoyev will pay a state visit to the Kyrgyz Republic on January 26-27, 2023 at the invitation of President of the Kyrgyz Republic Sadyr Japarov, the Presidential Administration's press service reported.

The program of the visit includes talks between the heads of state in narrow and expanded formats, a meeting of the Supreme State Council and a Kyrgyz-Uzbek business forum.

During the visit, the presidents are expected to sign a package of documents and exchange instruments of ratification of the Treaty on the Kyrgyz-Uzbek state border, which was ratified by the parliaments of both countries last year.

The border agreement, which provides for the joint management of the Kempir-Abad reservoir, triggered protests in Kyrgyzstan's Uzgen district in the autumn. More than 20 activists and politicians who opposed the deal were detained in October on charges of preparing mass riots.

Mirziyoyev last visited Kyrgyzstan in July 2022, when he took part in the Consultative Meeting of Central Asian Heads of State in Cholpon-Ata.

Trade turnover between the two countries totaled $1.5 billion in the first eleven months of 2022.

Read also:
Kyrgyz, Kazakh foreign ministers discuss border checkpoints by phone
Bishkek: Snowfall causes traffic jams, 3 flights delayed
Gold output up 20% in 2022

Subscribe to AKIpress on Telegram | Mobile version

Copyright AKIpress News Agency. Reprinting is allowed with a hyperlink to akipress.com"""))

M.append(dict(id="h33-23", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/eng/wjbzhd/202407/t20240725_11460321.html",
published_at="2024-07-25", body="""Ministry of Foreign Affairs of the People's Republic of China
Home | Ministry | News | Policies | Countries and Regions

Wang Yi Meets with Russian Foreign Minister Sergey Lavrov

2024-07-25 20:16

On July 25, 2024, Member of the Political Bureau of the Communist Party of China (CPC) Central Committee and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov on the sidelines of the foreign ministers' meetings on East Asia cooperation in Vientiane.

Wang Yi said that in recent times, the China-Russia comprehensive strategic partnership of coordination for a new era has maintained a sound momentum of development. The two heads of state had an in-depth exchange of views in Astana earlier this month and charted the course for the next stage. The two sides should strengthen strategic coordination on multilateral platforms such as the United Nations, the Shanghai Cooperation Organization and BRICS, and jointly oppose hegemonism and bloc confrontation.

Lavrov said that Russia is willing to work with China to implement the consensus of the two heads of state and maintain close communication and coordination on international and regional affairs. Russia supports the important role of China at the East Asia Summit and the ASEAN Regional Forum.

The two sides also exchanged views on the Ukraine crisis, the situation on the Korean Peninsula and other issues of common concern.

Related news:
Wang Yi Holds Talks with Lao Foreign Minister Saleumxay Kommasith
Wang Yi Meets with Thai Foreign Minister Maris Sangiampongsa
Wang Yi Attends the China-ASEAN (10+1) Foreign Ministers' Meeting

Print | Close

Copyright Ministry of Foreign Affairs, the People's Republic of China"""))

M.append(dict(id="h33-24", source="upi.com",
url="https://www.upi.com/Top_News/World-News/2024/10/31/north-korea-choe-son-hui-russia-visit/4211730351234/",
published_at="2024-10-31", body="""UPI | Top News | World News | Defense News | Science

North Korean FM Choe Son Hui heads to Moscow amid troop deployment reports

By Thomas Kwak
Oct. 31, 2024 / 6:14 AM

SEOUL, Oct. 31 (UPI) -- North Korean Foreign Minister Choe Son Hui left Pyongyang for Russia on an official visit, state media reported Thursday, as Seoul and Washington say thousands of North Korean soldiers are moving toward the front line in Ukraine.

The Korean Central News Agency said Choe departed on Wednesday at the invitation of the Russian government, without giving details of her itinerary. Russian Foreign Ministry spokeswoman Maria Zakharova told reporters in Moscow that Choe would hold talks with Foreign Minister Sergei Lavrov on Friday.

Choe last traveled to Russia in January, when she was received by President Vladimir Putin at the Kremlin.

Her trip comes as South Korean Foreign Minister Cho Tae-yul and Defense Minister Kim Yong-hyun are in Washington for a "2+2" meeting with Secretary of State Antony Blinken and Defense Secretary Lloyd Austin on Thursday. The allies are expected to discuss responses to the North Korean deployment, which the Pentagon says involves about 10,000 troops sent to eastern Russia for training.

South Korea's spy agency said earlier this week that some of the soldiers may already have been moved to the Kursk region, where Ukrainian forces have held territory since August.

Moscow and Pyongyang have neither confirmed nor denied the deployment. Their partnership treaty, signed during Putin's visit to Pyongyang in June, includes a mutual defense clause.

North Korea also fired an intercontinental ballistic missile into the sea off its east coast on Thursday morning, the South Korean military said.

Related
South Korea summons Russian ambassador over North Korean troops
Biden calls North Korean deployment 'very dangerous'

Copyright 2024 United Press International, Inc. All Rights Reserved.

Sign up for UPI newsletters"""))

M.append(dict(id="h33-25", source="apnews.com",
url="https://apnews.com/article/moon-jae-in-arrives-pyongyang-third-summit-kim-jong-un",
published_at="2018-09-18", body="""AP | World | U.S. | Politics | Business | Sports

Moon arrives in Pyongyang for 3rd summit with Kim

By Eric Talmadge and Hyung-jin Kim | Sept. 18, 2018

PYONGYANG, North Korea (AP) - South Korean President Moon Jae-in arrived in Pyongyang on Tuesday for his third summit this year with North Korean leader Kim Jong Un, as he seeks to break a deadlock in nuclear negotiations between Pyongyang and Washington.

Kim and his wife, Ri Sol Ju, greeted Moon and his wife, Kim Jung-sook, on the tarmac at Pyongyang's Sunan International Airport, where hundreds of residents waved flowers and flags of the Korean Peninsula. The two leaders then rode together in an open car through the streets of the capital.

The leaders began their first round of talks at the headquarters of the ruling Workers' Party in the afternoon. Moon is to stay in Pyongyang until Thursday.

Moon, who brokered the first meeting between Kim and President Donald Trump in June, is expected to push Kim to take concrete disarmament steps. Talks between North Korea and the United States stalled after Trump abruptly canceled a planned trip to Pyongyang by Secretary of State Mike Pompeo in August.

The South Korean leader will travel to New York next week, where he is scheduled to meet Trump on the sidelines of the U.N. General Assembly and brief him on the outcome of the Pyongyang talks.

Some 200 people, including business leaders from Samsung and Hyundai, are accompanying Moon.

Associated Press writer Foster Klug contributed from Seoul.

Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."""))

M.append(dict(id="h33-26", source="tdh.gov.tm",
url="https://tdh.gov.tm/en/post/34102/talks-presidents-turkmenistan-and-china",
published_at="2023-01-06", body="""TDH | State News Agency of Turkmenistan
Politics | Economy | Culture | Sport | Society

Talks between the Presidents of Turkmenistan and the People's Republic of China held in Beijing

6 January 2023

Today, within the framework of the state visit to the People's Republic of China, President of Turkmenistan Serdar Berdimuhamedov held talks with Chairman of the People's Republic of China Xi Jinping.

At the Great Hall of the People, an official welcoming ceremony took place in honor of the high guest. The heads of state walked past the guard of honor and introduced the members of the official delegations to each other.

Expressing gratitude for the invitation, the President of Turkmenistan emphasized that the Turkmen side attaches great importance to the development of relations with the friendly Chinese state, which are built on the principles of mutual respect and trust.

Chairman Xi Jinping warmly welcomed the distinguished guest and noted that the visit is the first state visit to China by the leader of Turkmenistan since he took office in March last year.

During the talks, the parties discussed the wide range of issues of bilateral cooperation, paying particular attention to the energy sector, including the construction of Line D of the Turkmenistan-China gas pipeline, as well as transport, trade, healthcare and humanitarian fields.

Following the negotiations, the heads of state signed the Joint Statement on raising Turkmen-Chinese relations to the level of comprehensive strategic partnership. A number of interstate and intergovernmental documents were also signed.

The same day, the President of Turkmenistan met with Premier of the State Council Li Keqiang.

Other news:
Deputy Chairman of the Cabinet of Ministers receives delegation of Japanese companies
New residential complex commissioned in Ashgabat

Turkmenistan Today | All rights reserved"""))
