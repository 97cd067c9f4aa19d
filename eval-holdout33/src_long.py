# Long pages (2,500-4,500 characters), h33-01 .. h33-12
A = []

A.append(dict(id="h33-01", source="nknews.org",
url="https://www.nknews.org/2024/06/putin-and-kim-sign-mutual-aid-treaty-in-pyongyang/",
published_at="2024-06-19", body="""NK News | NK Pro | KCNA Watch
Subscribe to unlock full access to NK News and our archive of North Korean state media. From $9.99/month.

DIPLOMACY
Putin and Kim sign mutual aid treaty as Russian leader wraps up Pyongyang trip

Moscow and Pyongyang pledge to help each other 'with all means' if attacked; Putin heads to Hanoi next

By Daniel Haroldsen and Baek Ji-won | June 19, 2024

Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang on Wednesday that obliges each side to assist the other if it comes under armed attack, the centrepiece of a visit the North staged as the birth of a new alliance.

Putin touched down at Pyongyang Sunan International Airport shortly before 3 a.m., several hours later than expected, and was greeted at the foot of the stairs by Kim. The two rode together into the capital and Putin was put up at the Kumsusan Guesthouse. Later in the morning, an official welcoming ceremony filled Kim Il Sung Square with children holding balloons, honour guards and giant portraits of the Russian leader.

Talks in narrow and expanded formats ran for around two hours at the guesthouse, according to Kremlin aide Yuri Ushakov, who said the tete-a-tete alone went on far longer than scheduled. Kim told his guest that ties had reached "a new high" and repeated that his country backed "all the policies" of the Russian government, including its war in Ukraine.

After the signing, Putin told reporters that the Treaty on Comprehensive Strategic Partnership includes a clause on "mutual assistance in the event of aggression against one of the parties." Kim described it as the most powerful treaty the two countries had ever concluded and said it was "purely peaceful and defensive" in nature. Neither side released the full text on Wednesday.

The pact goes well beyond the 2000 friendship treaty, signed when Putin made his first and, until this week, only trip to Pyongyang. Analysts noted that its language echoes the defence commitments of the Soviet-era agreement of 1961, which lapsed after the collapse of the USSR.

"This is the formal upgrade Pyongyang has been angling for since the war in Ukraine began," an NK Pro analyst said. "The question is what Moscow gives in return: technology, oil, or both."

State television also showed the two leaders taking turns behind the wheel of an Aurus limousine, a gift from Putin, around the guesthouse grounds. Kim presented his guest with a pair of Pungsan hunting dogs, according to Russian media.

At the close of the talks, Putin invited Kim to visit Moscow, Ushakov said, without giving a date. Kim last travelled to Russia in September, when the two met at the Vostochny Cosmodrome in the Amur region.

Putin was due to leave Pyongyang on Wednesday evening for Hanoi, where he begins a two-day state visit and is set to meet Communist Party General Secretary Nguyen Phu Trong and President To Lam. It will be his first trip to Vietnam since 2017.

In Seoul, officials said they would study the treaty's wording closely before responding. Washington has repeatedly accused North Korea of supplying Russia with artillery shells and ballistic missiles, which both countries deny.

RELATED
China, South Korea hold first '2+2' diplomatic-security dialogue in Seoul
Kim Jong Un inspects munitions factory ahead of Putin visit
NK Pro: Satellite imagery shows Kumsusan Guesthouse preparations

MOST READ
1. North Korea launches balloons carrying trash toward South again
2. What we know about the new treaty, clause by clause
3. Seoul suspends 2018 military agreement in full

Tags: Kim Jong Un, Vladimir Putin, Russia, Treaty, Diplomacy

Share: Facebook | X | LinkedIn | Email

Edited by Colin Whitaker
Korea Risk Group. All rights reserved."""))

A.append(dict(id="h33-02", source="inform.kz",
url="https://www.inform.kz/en/xi-jinping-and-kassym-jomart-tokayev-hold-talks-in-akorda-a1a2b3",
published_at="2024-07-03", body="""Kazinform International News Agency
EN | KZ | RU | Chinese

USD 472.86 | EUR 508.11 | RUB 5.37 | CNY 64.93

Subscribe to Kazinform on Telegram and WhatsApp for breaking news

Politics

Tokayev and Xi Jinping hold talks in Akorda, agree to expand transit and energy ties

03 July 2024 19:42

ASTANA. KAZINFORM - President of the Republic of Kazakhstan Kassym-Jomart Tokayev and President of the People's Republic of China Xi Jinping, who is on a state visit to Kazakhstan, held talks in narrow and extended formats at the Akorda Presidential Palace on Tuesday, a Kazinform correspondent reports.

The Chinese leader was met by Tokayev at the airport and later given an official welcome ceremony at the palace, where a guard of honour lined up and the anthems of both countries were played.

Opening the talks, the Head of State said the visit was of great importance for the further strengthening of the eternal comprehensive strategic partnership between the two countries. He noted that China had remained Kazakhstan's leading trading partner, with trade turnover exceeding 41 billion US dollars last year, and proposed raising that figure substantially in the coming years.

Xi Jinping, for his part, said China attaches great significance to its relations with Kazakhstan and is ready to deepen cooperation in trade, energy, agriculture, critical minerals and the development of transport corridors linking Asia and Europe.

Following the talks, the two presidents made statements for the press and witnessed the exchange of a number of documents on cooperation in investment, the digital economy, transport and culture. They also took part by video link in the launch of a new cargo route through the Trans-Caspian International Transport Route.

Xi Jinping is in Astana for the meeting of the Council of Heads of State of the Shanghai Cooperation Organization, which opens on Thursday under Kazakhstan's chairmanship.

On the sidelines of the summit on Wednesday, the Chinese President held a meeting with Russian President Vladimir Putin, who arrived in the Kazakh capital earlier in the day. The two leaders last met in May, when Putin paid a state visit to China. According to the Chinese side, the two discussed bilateral cooperation and coordination within the SCO and BRICS.

Xi Jinping also met with President of Belarus Alexander Lukashenko, whose country is to be admitted as the organization's tenth full member at the summit. The Chinese leader congratulated Minsk on its upcoming accession.

After the SCO summit, Xi Jinping will travel to Dushanbe to pay a state visit to Tajikistan, the Chinese Foreign Ministry said earlier.

The heads of state of the SCO member countries are expected to adopt the Astana Declaration and a package of documents on energy, security and the fight against drug trafficking. Leaders of observer and dialogue partner states, as well as the heads of several international organizations, will take part in the SCO Plus format meeting.

Photo: Akorda press service

READ ALSO
Tokayev, Erdogan discuss expanding trade turnover to 10 billion dollars
Kazakhstan's annual inflation slows to 8.4 percent
Astana prepares for SCO summit: traffic restrictions announced
Weather forecast for July 4: heat wave to grip south of Kazakhstan

MOST READ
Kazakhstan to host Third World Nomad Games in September
National Bank keeps base rate at 14.5 percent

Tags: Kassym-Jomart Tokayev, Xi Jinping, SCO, China, Kazakhstan

Found a mistake? Select it and press Ctrl+Enter

Copyright 1997-2024 Kazinform. All rights reserved. When using materials, a hyperlink to inform.kz is required."""))

A.append(dict(id="h33-03", source="theguardian.com",
url="https://www.theguardian.com/world/2025/sep/03/xi-putin-kim-beijing-military-parade",
published_at="2025-09-03", body="""Skip to main content
Support the Guardian: Fund independent journalism with $5 per month

World | China

Xi, Putin and Kim stand shoulder to shoulder as China stages vast military parade

North Korean and Russian leaders hold talks in Beijing after watching display of hypersonic missiles and drones

Helen Marsh in Beijing
Wed 3 Sep 2025 15.48 BST

Xi Jinping stood flanked by Vladimir Putin and Kim Jong-un on Wednesday as China staged its largest military parade in years, an image that diplomats in the Chinese capital said would be studied closely in Washington, Tokyo and Seoul.

It was the first time the three leaders had appeared together in public. More than 10,000 troops marched through Tiananmen Square to mark 80 years since Japan's defeat in the second world war, while new intercontinental missiles, laser weapons and underwater drones rolled past the rostrum.

Kim arrived in the Chinese capital on Tuesday aboard his armoured train, accompanied by his daughter, Kim Ju-ae, and the foreign minister, Choe Son-hui. It is his first trip to China since 2019 and the first time he has attended a multilateral gathering of world leaders.

Putin has been in China since Sunday, when he flew to the port city of Tianjin for a summit of the Shanghai Cooperation Organisation. He held talks with Xi in the Great Hall of the People on Tuesday, where the two leaders praised what they called the best relations in the history of the two countries.

After the parade, Putin and Kim went on to the Diaoyutai state guesthouse for talks that, according to the Kremlin, lasted about two and a half hours. Putin thanked North Korea for sending troops to help push Ukrainian forces out of Russia's Kursk region, and said their sacrifice would never be forgotten. Kim said it was a "fraternal duty" to support Russia.

At the end of the meeting, Putin invited Kim to visit Russia. The Kremlin spokesperson, Dmitry Peskov, said no dates had been discussed.

Xi and Kim were expected to hold their own talks before the North Korean leader returns home, according to diplomatic sources, although neither side confirmed a time.

In his speech from the Tiananmen rostrum, Xi said humanity faced a choice between "peace or war, dialogue or confrontation", and that China would never be intimidated by "bullies".

About two dozen foreign heads of state and government attended, including Iran's president, Masoud Pezeshkian, and Indonesia's Prabowo Subianto. The only EU leader present was Slovakia's prime minister, Robert Fico.

Donald Trump, who has said he wants to meet Kim again, responded on social media while the parade was under way, asking Xi to pass on his "warmest regards" to Putin and Kim "as you conspire against the United States of America".

The Kremlin later said Putin did not see the display as aimed at anyone. Chinese foreign ministry officials declined to comment on Trump's remarks.

Analysts said the appearance was a win for Kim. "Standing at Xi's side puts him in the club," said a researcher at a Seoul thinktank. "Two years ago he had almost no visitors."

This article was amended on 3 September 2025 to correct the number of troops taking part in the parade.

Explore more on these topics: China, Russia, North Korea, Xi Jinping, Vladimir Putin, Kim Jong-un

Share: Facebook | Email | LinkedIn | WhatsApp

Most viewed
Modi and Xi agree to be 'partners, not rivals' at talks in Tianjin
Ukraine war briefing: Russia launches largest drone attack of summer
How the Tiananmen parade was planned for a year

Before you move on: we are not funded by a billionaire. If you can, support the Guardian today from just $1."""))

A.append(dict(id="h33-04", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2024/09/03/putin-gets-red-carpet-welcome-in-mongolia-despite-icc-warrant-a86254",
published_at="2024-09-03", body="""The Moscow Times
News | Opinion | Business | Ukraine War | Newsletters

Independent journalism is under threat. The Moscow Times has been declared "undesirable" by Russian authorities. Support us now.

Putin Gets Red-Carpet Welcome in Mongolia Despite ICC Arrest Warrant

Sept. 3, 2024

Vladimir Putin held talks with Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday, making his first trip to a member state of the International Criminal Court since judges in The Hague issued a warrant for his arrest last year.

Putin landed in the Mongolian capital late Monday and was greeted at Sukhbaatar Square on Tuesday morning by a guard of honor in costumes modelled on those of the cavalry of Genghis Khan. He then laid a wreath at the monument to Soviet Marshal Georgy Zhukov.

The trip was timed to the 85th anniversary of the victory of Soviet and Mongolian troops over the Japanese army at Khalkhin Gol in 1939, a battle still celebrated in both countries.

The two leaders signed a joint statement and their governments concluded agreements on the supply of aviation fuel, the reconstruction of Ulaanbaatar's third combined heat and power plant and the development of the jointly owned Ulaanbaatar Railway.

Putin said the planned Power of Siberia 2 gas pipeline, which would run through Mongolia to China, was "at the stage of detailed study." Mongolia imports nearly all of its fuel from Russia.

"We see how Russia and Mongolia are strengthening ties in every direction," Putin told Khurelsukh at the start of the talks, according to a Kremlin transcript. The Mongolian leader said the visit would give "a new impetus" to relations.

Putin also invited Khurelsukh to attend the BRICS summit in Kazan in October. The Mongolian president thanked him for the invitation, the Kremlin said.

Ukraine's Foreign Ministry said Mongolia had allowed "an indicted criminal to escape justice" and dealt "a heavy blow" to the court. Kyiv had urged Ulaanbaatar to arrest Putin on arrival.

An ICC spokesperson said last week that member states have an obligation to cooperate with the court. Kremlin spokesman Dmitry Peskov had told reporters before the trip that Moscow had "no worries" about the visit.

Mongolian officials did not comment on the warrant. The country, which is sandwiched between Russia and China, relies on Moscow for most of its petroleum products and a large share of its electricity.

Analysts said Ulaanbaatar had little choice. "Mongolia cannot afford to antagonize its northern neighbor, whatever it signed in Rome," said a Mongolia specialist at a European university.

Putin last visited Mongolia in 2019.

Read more about: Vladimir Putin, Mongolia, ICC

RELATED ARTICLES
Putin Arrives in Baku for Two-Day State Visit
Russia's Central Bank Holds Off on Rate Cut
Siberian Wildfires Spread to 100,000 Hectares

Newsletter: Get the week's top stories every Friday. Sign up.

We use cookies to improve your experience. By continuing, you agree to our use of cookies. Accept

Photo: Kremlin.ru

Share: Telegram | X | Facebook"""))

A.append(dict(id="h33-05", source="bbc.com",
url="https://www.bbc.com/news/world-asia-48048221",
published_at="2019-04-25", body="""BBC Homepage | News | Sport | Weather | iPlayer | Sounds

Accept cookies on BBC? We use cookies to give you the best online experience. Yes, I agree | No, take me to settings

News | Asia

Kim Jong-un and Putin hold first summit in Vladivostok

25 April 2019

Media playback is unsupported on your device

Russian President Vladimir Putin and North Korean leader Kim Jong-un have held their first face-to-face talks, in the far eastern port city of Vladivostok.

Mr Kim, who arrived on Wednesday on his armoured green train after crossing the border at Khasan, was received by Mr Putin at a university campus on Russky Island on Thursday afternoon.

The two men shook hands for the cameras before going into a one-on-one session that was scheduled to last an hour but ran to about two, followed by expanded talks with their delegations and a state dinner.

Mr Kim said he hoped the meeting would help "to analyse the situation on the Korean peninsula" and develop the ties between the two countries. Mr Putin said he welcomed North Korea's efforts to normalise its relations with the US.

Speaking to reporters after the talks, Mr Putin said the North Korean leader needed international security guarantees in exchange for giving up his nuclear weapons programme. "They only need guarantees about their security. That's all," he said.

The Russian president said he would share details of the talks with the US and China. He said there were "no secrets" in the discussions.

The summit came two months after Mr Kim's second meeting with US President Donald Trump in Hanoi broke up without a deal. North Korea has since been looking for support from its traditional allies. Mr Kim has travelled to Beijing four times for talks with Chinese President Xi Jinping since March last year.

North Korea's state news agency KCNA said the leader had invited Mr Putin to visit the country "at a convenient time" and that the Russian president had "gladly accepted".

Mr Putin is due to fly on to Beijing later for a forum on China's Belt and Road Initiative, where he will also hold talks with Mr Xi.

What does each side want?

Analysts say Moscow wants to show it remains an important player on the peninsula, while Pyongyang is looking for ways to ease the pressure of sanctions. Russia has called for the sanctions to be relaxed, but says it is complying with the UN measures.

Some 10,000 North Korean workers who are in Russia are due to be sent home by the end of the year under a UN Security Council resolution. Pyongyang is reported to want the deadline extended.

Mr Kim is expected to visit a naval base and a ballet performance before heading home on Friday.

More on this story
Kim Jong-un arrives in Russia by train
North Korea's Kim in Russia: What's on the agenda?
Hanoi summit: Trump and Kim talks end without agreement

Related Topics: North Korea, Vladimir Putin, Kim Jong-un, Russia

Share this page

Copyright 2019 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h33-06", source="globaltimes.cn",
url="https://www.globaltimes.cn/page/202303/1287431.shtml",
published_at="2023-03-17", body="""GT Voice | China | Source | Opinion | In-Depth | World | Life | Sport

Download the Global Times App for the latest news

DIPLOMACY

Xi to pay state visit to Russia from Monday, trip set to deepen strategic coordination and promote peace

By Global Times
Published: Mar 17, 2023 09:58 PM

At the invitation of Russian President Vladimir Putin, Chinese President Xi Jinping will pay a state visit to Russia from March 20 to 22, Chinese Foreign Ministry spokesperson Hua Chunying announced on Friday. The Kremlin released the same news at the same time.

This will be Xi's first overseas trip since he was re-elected as Chinese President at the first session of the 14th National People's Congress last week. Xi last visited Russia in June 2019, when the two countries upgraded their relations to a comprehensive strategic partnership of coordination for a new era.

According to the Kremlin, the two leaders will discuss issues of further strengthening relations and exchange views on international and regional matters. A number of important bilateral documents are to be signed.

At a regular press conference on Friday, Foreign Ministry spokesperson Wang Wenbin described the visit as "a journey of friendship, cooperation and peace," and said China will uphold its objective and fair position on the Ukraine crisis and play a constructive role in promoting talks.

On Thursday, Chinese State Councilor and Foreign Minister Qin Gang held a phone conversation with Ukrainian Foreign Minister Dmytro Kuleba. Qin said China hopes all parties will stay calm, rational and restrained and resume peace talks as soon as possible, according to a Chinese Foreign Ministry readout. Kuleba stressed the importance of the principle of territorial integrity, the Ukrainian side said.

Some Western media, citing unnamed sources, have reported that Xi may speak with Ukrainian President Volodymyr Zelensky, possibly by video, after the Moscow trip. The Chinese side has not confirmed any such arrangement.

Chinese analysts said the visit showed the maturity of China-Russia ties. "Relations between Beijing and Moscow do not target any third party and are not subject to interference," a research fellow at the Chinese Academy of Social Sciences told the Global Times. He said the US was attempting to "pour cold water" on the trip by portraying China as taking sides.

The announcement comes a week after Saudi Arabia and Iran, in talks hosted in Beijing, agreed to restore diplomatic relations, a deal that observers said had raised China's profile as a mediator. "China has shown it can bring adversaries to the table," another expert said.

US officials have said a ceasefire brokered by China would only lock in Russian territorial gains. Chinese experts dismissed the remarks as an attempt to sabotage peace efforts.

In February, China published a 12-point position paper on the political settlement of the Ukraine crisis, which calls for respecting the sovereignty of all countries, abandoning the Cold War mentality and ceasing hostilities.

Trade between China and Russia reached a record 190 billion dollars in 2022, according to Chinese customs data.

RELATED ARTICLES
Wang Yi meets Russian Security Council Secretary Patrushev, vows to deepen strategic coordination
GT investigates: How Western media distort the Ukraine peace plan
China's top legislator calls for high-quality development

Global Times ICP license: 20220150
Copyright 2023 by The Global Times. All rights reserved."""))

A.append(dict(id="h33-07", source="english.news.cn",
url="https://english.news.cn/20230518/5c2e9d04a1f64b8c9e1f7a3b2d6c8e10/c.html",
published_at="2023-05-18", body="""Xinhua | Home | China | World | Business | Sci-Tech | Photos | Video

Xi holds talks with Central Asian presidents on eve of first China-Central Asia Summit

Source: Xinhua | Editor: huaxia | 2023-05-18 23:41:07

XI'AN, May 18 (Xinhua) -- Chinese President Xi Jinping on Thursday held talks respectively with Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon, Turkmen President Serdar Berdimuhamedov and Uzbek President Shavkat Mirziyoyev in Xi'an, capital of northwest China's Shaanxi Province.

The four heads of state are in Xi'an for state visits to China and the first China-Central Asia Summit, which will be held on Friday. On Wednesday, Xi held talks with Kazakh President Kassym-Jomart Tokayev, who is also paying a state visit to China.

In his talks with Tokayev, Xi said China and Kazakhstan are each other's permanent comprehensive strategic partners, and the two sides should keep the bilateral relationship at a high level. After the talks, the two heads of state witnessed the signing of cooperation documents, including an agreement on mutual visa exemption.

Meeting Japarov, Xi said China supports Kyrgyzstan in safeguarding its national independence, sovereignty and security, and is ready to advance the China-Kyrgyzstan-Uzbekistan railway project. Japarov said Kyrgyzstan firmly adheres to the one-China principle.

During the talks with Rahmon, Xi said the two countries should deepen cooperation in security and law enforcement and jointly combat the "three evil forces" of terrorism, separatism and extremism. The two sides agreed to build a China-Tajikistan community with a shared future.

Xi told Berdimuhamedov that China is willing to expand the scale of natural gas trade with Turkmenistan and speed up the construction of Line D of the China-Central Asia gas pipeline. Berdimuhamedov said Turkmenistan regards China as a reliable partner.

In his talks with Mirziyoyev, Xi said China and Uzbekistan should align development strategies and expand cooperation in trade, investment, agriculture, new energy and connectivity. Mirziyoyev said Uzbekistan is ready to work with China to elevate the comprehensive strategic partnership.

Following each round of talks, the two heads of state witnessed the signing of bilateral cooperation documents covering fields including the Belt and Road Initiative, trade, green development, customs and media.

On Thursday evening, Xi and his wife Peng Liyuan hosted a welcome banquet for the Central Asian leaders and their spouses, followed by a cultural performance at the Tang Paradise, a garden modelled on an imperial palace of the Tang Dynasty (618-907).

At the summit on Friday, the six heads of state are expected to sign the Xi'an Declaration and decide to institutionalize the China-Central Asia heads of state meeting mechanism, with a summit held every two years.

Xi'an, the starting point of the ancient Silk Road, was chosen as the venue for its historical ties with Central Asia. China's trade with the five Central Asian countries reached 70.2 billion U.S. dollars in 2022. Enditem

Photo: Chinese President Xi Jinping holds talks with Kazakh President Kassym-Jomart Tokayev in Xi'an, northwest China's Shaanxi Province, May 17, 2023. (Xinhua/Zhang Mingjie)

Related:
Xinhua Headlines: Silk Road city rolls out red carpet for Central Asian guests
Chinese vice premier meets Kazakh delegation at Xi'an expo
Backgrounder: China-Central Asia cooperation in numbers

Most viewed | Copyright 2000-2023 XINHUANET.com All rights reserved. Photo | Video | Special Reports"""))

A.append(dict(id="h33-08", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3201219/xi-jinping-hosts-mongolian-president-khurelsukh-beijing",
published_at="2022-11-28", body="""South China Morning Post
News | Economy | Tech | Opinion | This Week in Asia

Sign up for our China newsletters: Get exclusive insights delivered to your inbox

China / Diplomacy

Xi Jinping hosts Mongolia's Khurelsukh as Beijing steps up post-congress diplomacy

Two sides agree to push ahead with rail links and a gas pipeline from Russia through Mongolia
Mongolian president is latest in a line of leaders to visit Beijing since the party congress in October

Published: 9:32pm, 28 Nov 2022

Chinese President Xi Jinping welcomed his Mongolian counterpart Ukhnaagiin Khurelsukh to Beijing on Monday, pledging to deepen cooperation in energy, mining and cross-border transport as the neighbours marked a new stage in their relationship.

Khurelsukh, who is on a state visit to China from Sunday to Tuesday, held talks with Xi at the Great Hall of the People, where he was given a welcome ceremony with a 21-gun salute.

According to state news agency Xinhua, Xi said China was willing to work with Mongolia to promote the construction of the China-Mongolia-Russia economic corridor and to advance "key projects" including the Power of Siberia 2 gas pipeline, which would carry Russian gas to China across Mongolian territory.

Xi also told his guest that China respected Mongolia's independence, sovereignty and territorial integrity and its choice of development path. Khurelsukh said Mongolia firmly abided by the one-China principle and considered matters related to Taiwan, Tibet and Xinjiang to be China's internal affairs.

The two sides issued a joint statement on promoting the comprehensive strategic partnership in the new era, and signed agreements on cross-border railway connections, the green economy and desertification control, Mongolia's presidential office said.

Mongolia, a landlocked country of about 3.4 million people, relies on China as the main buyer of its coal and copper. Exports were badly disrupted during the pandemic when Chinese border crossings were repeatedly closed.

Khurelsukh also met Premier Li Keqiang and Li Zhanshu, chairman of the National People's Congress Standing Committee, during his visit.

He is the latest in a stream of foreign leaders to travel to Beijing since the Communist Party's 20th national congress handed Xi a third term as party leader in October. Vietnam's Communist Party chief Nguyen Phu Trong was the first to visit, followed by Pakistani Prime Minister Shehbaz Sharif, Tanzanian President Samia Suluhu Hassan and German Chancellor Olaf Scholz.

European Council President Charles Michel is due in Beijing on Thursday for talks with Xi.

Xi also resumed overseas travel this month, attending the G20 summit in Bali, where he held his first in-person meeting with US President Joe Biden, and the Apec leaders' meeting in Bangkok.

Analysts said Mongolia was trying to balance ties with its two giant neighbours and what it calls "third neighbours" such as the United States, Japan and South Korea.

"Ulaanbaatar's room for manoeuvre is limited," said a Beijing-based scholar of Northeast Asian affairs. "It needs Chinese markets and Russian energy, and it will avoid upsetting either."

Additional reporting by Reuters

MORE ON THIS STORY
Chinese, Mongolian border ports to reopen fully after three-year closure
Xi Jinping heads to Bali for first in-person talks with Joe Biden

Copyright 2022 South China Morning Post Publishers Ltd. All rights reserved.

Share: Facebook | X | WhatsApp | Email | Comment (12)"""))

A.append(dict(id="h33-09", source="eurasianet.org",
url="https://eurasianet.org/kyrgyzstan-tajikistan-presidents-sign-border-treaty-in-dushanbe",
published_at="2025-03-13", body="""Eurasianet
Regions | Topics | Newsletter | Donate

Kyrgyzstan, Tajikistan: Presidents sign border treaty in Dushanbe

Japarov's state visit seals a deal that ends three decades of disputes and two bouts of deadly fighting.

Mar 13, 2025

The presidents of Kyrgyzstan and Tajikistan on Thursday signed a treaty fixing the entire length of their shared border, bringing to a close a dispute that has cost hundreds of lives since the end of the Soviet Union.

Kyrgyz President Sadyr Japarov arrived in Dushanbe on a state visit on Wednesday, the first by a Kyrgyz head of state to Tajikistan in years. He and President Emomali Rahmon signed the treaty at the Palace of the Nation on Thursday morning, along with a declaration on strategic partnership and about a dozen other documents.

The border, about 970 kilometers long, had been the scene of frequent clashes over water, pasture and roads. Full-scale fighting in April 2021 and September 2022 killed around 100 people on each side and forced tens of thousands from their homes.

Negotiations were led by the heads of the two countries' security services, Kamchybek Tashiev and Saimumin Yatimov, whose teams have met dozens of times since late 2022, often in the border town of Batken or in Khujand. Both men attended the signing.

"Today, we are closing a painful page," Japarov said at a joint press appearance. Rahmon said the treaty would "serve peace and good-neighborliness for generations to come."

The agreement must now be ratified by the parliaments of both countries. Officials have not published maps, and details on land swaps near the exclaves of Vorukh and Sokh remain unclear. Residents of several border villages said they had not been told whether their homes would end up on the other side.

Regional diplomats said the deal paves the way for a trilateral summit with Uzbekistan's president, Shavkat Mirziyoyev, which is expected in the Tajik city of Khujand later this month to settle the point where the three countries' borders meet. Neither Dushanbe nor Bishkek has confirmed the date.

Kyrgyzstan and Uzbekistan finalized their own border in early 2023, after Tashkent agreed to share the Kempir-Abad reservoir.

"This was the hardest of the Central Asian border files," said a Bishkek-based political analyst. "Without Tashiev's personal involvement on the Kyrgyz side, it would not have moved."

China's foreign ministry welcomed the agreement as a contribution to regional stability. There was no immediate comment from Moscow, which has military bases in both countries.

Support independent reporting on Central Asia and the Caucasus. Eurasianet relies on readers like you. Donate today.

Related
Kyrgyzstan: Tashiev hints at land swaps ahead of border deal
Tajikistan: Rahmon pardons hundreds in Navruz amnesty
Uzbekistan: Mirziyoyev names new central bank chief

Tags: Kyrgyzstan, Tajikistan, borders, Sadyr Japarov, Emomali Rahmon

Share: X | Facebook | Telegram

Eurasianet is an independent news organization. Copyright 2025."""))

A.append(dict(id="h33-10", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-putin-moscow-summit-ukraine-battlefield-remark-6065231",
published_at="2024-07-09", body="""NDTV | Live TV | Latest | India | World | Business | Opinion

Sensex 80,351.64 +391.26 | Nifty 24,433.20 +112.65 | USD/INR 83.49

Allow notifications? Get the latest news alerts from NDTV. Allow | Later

"Solution Not Possible On Battlefield": PM Modi To Putin At Moscow Summit

PM Modi is on a two-day visit to Russia, his first since the start of the Ukraine conflict. He leaves for Austria this evening.

Edited by Aditi Rao | Updated: July 09, 2024 7:12 pm IST
Moscow:

Prime Minister Narendra Modi on Tuesday told Russian President Vladimir Putin that the Ukraine conflict could not be resolved on the battlefield, as the two leaders held their annual summit at the Kremlin.

"Whether it is war, conflict or a terrorist attack, any person who believes in humanity is pained when there is a loss of life," PM Modi said in his opening remarks. "Solutions cannot be found on the battlefield. Amid bombs, guns and bullets, peace talks do not succeed."

PM Modi arrived in Moscow on Monday afternoon and was received at the airport by First Deputy Prime Minister Denis Manturov. In the evening, Mr Putin hosted him for an informal dinner at his residence in Novo-Ogaryovo outside the city, where the two leaders were seen driving around in a golf cart.

On Tuesday, the Prime Minister laid a wreath at the Tomb of the Unknown Soldier and visited the Rosatom pavilion at the VDNKh exhibition centre before the formal talks. Mr Putin later conferred on him the Order of St Andrew the Apostle, Russia's highest civilian honour.

The 22nd India-Russia annual summit is the first since 2021. The two leaders last met in person on the sidelines of the SCO summit in Samarkand in September 2022, when PM Modi told Mr Putin that "today's era is not of war".

According to Foreign Secretary Vinay Kwatra, PM Modi also raised the issue of Indian nationals recruited into the Russian army, and Moscow agreed to discharge them.

The visit drew criticism from Kyiv after a Russian missile strike on Monday hit a children's hospital in the Ukrainian capital. Ukrainian President Volodymyr Zelensky said it was "a huge disappointment" to see the leader of the world's largest democracy hug "the world's most bloody criminal" on such a day.

The US State Department said it had made its concerns about India's relationship with Russia clear to New Delhi.

From Moscow, PM Modi will fly to Vienna this evening. It will be the first visit by an Indian Prime Minister to Austria in 41 years. He is scheduled to hold talks with Chancellor Karl Nehammer and call on President Alexander Van der Bellen on Wednesday.

Trade between India and Russia crossed 65 billion dollars in 2023-24, driven largely by discounted Russian crude. The two sides set a target of 100 billion dollars by 2030.

(With inputs from agencies)

Track Latest News Live on NDTV.com and get news updates from India and around the world

Also Read
S Jaishankar Meets Wang Yi In Astana, Discusses Border Situation
Watch: PM Modi, Putin Take A Ride In Electric Car At Novo-Ogaryovo
Budget 2024: What The Salaried Class Can Expect

Follow us: Facebook | X | Instagram | WhatsApp Channel

Promoted | Listen to the latest songs, only on JioSaavn.com"""))

A.append(dict(id="h33-11", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20241130000851315",
published_at="2024-11-30", body="""Yonhap News Agency
N. Korea | National | Economy | Market | Sports | Culture | World

Apps: Download the Yonhap News app for the latest headlines

(LEAD) N. Korea's Kim meets visiting Russian defense minister, vows support for Moscow

By Lim Jae-hyun

SEOUL, Nov. 30 (Yonhap) -- North Korean leader Kim Jong-un received Russian Defense Minister Andrei Belousov in Pyongyang and vowed to continue supporting Russia's war against Ukraine, state media reported Saturday, amid growing concerns over deepening military ties between the two countries.

Belousov arrived in Pyongyang on Friday at the head of a military delegation and was greeted at the airport by North Korea's Defense Minister No Kwang-chol, the Korean Central News Agency (KCNA) said. It is the first visit to the North by a Russian defense chief since Sergei Shoigu attended a military parade in Pyongyang in July last year.

During the meeting, Kim said the North would "invariably support" Russia's policy of defending its sovereignty and territorial integrity against the "imperialists' moves," according to the KCNA.

The two sides discussed "important issues" of cooperation in defense and security and reached a "satisfactory consensus" on further boosting strategic cooperation, the report said, without elaborating.

Belousov also held talks with No and laid a wreath at a memorial, according to Russian media. The delegation included senior officers of the Russian military, TASS news agency said.

The visit came as Seoul, Washington and Kyiv say North Korea has sent more than 10,000 troops to Russia, some of whom have already been deployed to combat in the Kursk border region. Pyongyang and Moscow have not officially acknowledged the deployment.

Earlier this month, North Korean Foreign Minister Choe Son-hui visited Moscow, where she held talks with Russian Foreign Minister Sergey Lavrov and was received by President Vladimir Putin. Putin signed a law ratifying the comprehensive strategic partnership treaty he and Kim concluded in June, which includes a mutual defense clause, earlier this month.

South Korea's unification ministry said it is closely watching the visit, noting that it may be linked to compensation for the North's troop dispatch.

The visit also comes days after a Ukrainian delegation led by Defense Minister Rustem Umerov visited Seoul, where it met President Yoon Suk Yeol and Defense Minister Kim Yong-hyun and discussed the North Korean deployment.

"It appears that Russia is providing air defense systems and other military technology in return," a researcher at a state-run think tank said. "Belousov's trip is a sign that the cooperation is entering a more structured phase."

jhlim@yna.co.kr
(END)

Keywords: #N. Korea #Russia #defense minister #Belousov

Most Viewed
1. (LEAD) Yoon names new finance minister in partial Cabinet reshuffle
2. Seoul to expand support for small merchants amid weak consumption
3. BTS's Jin releases first solo album

Copyright Yonhap News Agency. All rights reserved. Unauthorized reproduction and redistribution prohibited."""))

A.append(dict(id="h33-12", source="rfi.fr",
url="https://www.rfi.fr/en/international/20230521-macron-becomes-first-french-president-to-visit-mongolia",
published_at="2023-05-21", body="""RFI | Radio France Internationale
Listen live | Podcasts | Newsletter

By continuing to browse this site, you accept the use of cookies to offer you content and services tailored to your interests. More information | Accept

INTERNATIONAL

Macron becomes first French president to visit Mongolia

Issued on: 21/05/2023 - 16:05 | Modified: 21/05/2023 - 18:30

Emmanuel Macron on Sunday became the first French president to set foot in Mongolia, making a brief stop in Ulaanbaatar after attending the G7 summit in Hiroshima.

Macron was welcomed by President Ukhnaagiin Khurelsukh at the Chinggis Khaan State Palace on Sukhbaatar Square, where a mounted honour guard in traditional costume lined the route. The two leaders then held talks lasting more than an hour, the Elysee said.

The trip, which lasted only a few hours, was billed by the French presidency as a chance to strengthen ties with a "third neighbour" that is hemmed in between Russia and China and rich in minerals sought by Europe.

Paris and Ulaanbaatar signed a memorandum on cooperation in critical minerals and renewable energy. French nuclear fuel group Orano, which has been exploring for uranium in the Gobi desert for years, said it expected to finalise an agreement on a mining project with the Mongolian authorities soon.

"Mongolia is a democracy in a very complicated region, and France wants to be at its side," Macron told reporters after the talks. He said he had discussed the war in Ukraine with his host and stressed France's respect for Mongolia's sovereignty and its choices.

Mongolia has abstained in UN General Assembly votes condemning the Russian invasion, and it depends on Russia for almost all of its fuel. Its exports of coal and copper go mainly to China.

Khurelsukh said the visit opened "a new chapter" in relations between the two countries, which established diplomatic ties in 1965. Macron invited him to visit Paris, Mongolian officials said.

Before leaving, the French president visited the Gandan monastery and attended a short display of traditional wrestling and archery.

In Hiroshima, Macron met Ukrainian President Volodymyr Zelensky, who flew to Japan aboard a French government plane to address the G7 leaders.

Macron flies back to Paris on Sunday evening.

Read also
G7 leaders back new sanctions on Russia at Hiroshima summit
Zelensky flies to Japan on French government plane
Pension reform: unions call new day of action on June 6

Tags: Emmanuel Macron, Mongolia, France, diplomacy

Share: Facebook | X | WhatsApp | Email

Sign up for the RFI English newsletter: the day's top stories in your inbox"""))
