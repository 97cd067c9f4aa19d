# Long pages (2,500-4,500 characters), h48-01 .. h48-12
A = []

A.append(dict(id="h48-01", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3261452/xi-jinping-and-emmanuel-macron-talk-trade-and-ukraine-paris",
published_at="2024-05-06", body="""South China Morning Post
Sign in | Subscribe | Edition: International

China / Diplomacy

Xi Jinping and Emmanuel Macron talk trade and Ukraine in Paris as Europe tour begins

- Chinese leader's first stop on a five-day, three-nation trip is a country that prides itself on 'strategic autonomy'
- Belgrade and Budapest, two of Beijing's closest friends in Europe, come next

Finbarr Bermingham in Paris and Jack Lau in Hong Kong
Published: 8:31pm, 6 May 2024
Updated: 11:02pm, 6 May 2024

Why you can trust SCMP

Chinese President Xi Jinping sat down with his French counterpart Emmanuel Macron at the Elysee Palace on Monday, with the French leader pressing for "fair" trade rules and asking Beijing to use its sway over Moscow to help bring an end to the war in Ukraine.

Xi, who landed at Orly airport on Sunday afternoon for his first visit to Europe in five years, was greeted by Prime Minister Gabriel Attal on the tarmac. Monday's programme began with a three-way meeting with Macron and European Commission President Ursula von der Leyen, before the two presidents continued alone.

In remarks released by the Chinese foreign ministry, Xi said China and France should "stay true to the original aspiration" of their ties, which were established 60 years ago this year, and rejected what he called the "so-called China overcapacity problem".

"China did not start this crisis, nor is it a party or a participant," Xi said of the war in Ukraine, according to the ministry. He added that Beijing opposed the conflict being used "to smear a third country" and spark "a new cold war".

Macron told reporters the two sides had agreed to call for a global truce during the Paris Olympic Games this summer. Von der Leyen said Europe "cannot absorb" massive overproduction of Chinese electric vehicles and steel, and repeated that Brussels would use its trade defence tools "to the full".

The two presidents were due to attend a state banquet at the Elysee on Monday evening. On Tuesday Macron will take Xi to the Tourmalet pass in the Pyrenees, where the French president spent holidays with his grandmother as a child, a gesture meant to repay the hospitality he received in Guangzhou last April.

From France, Xi flies to Serbia on Tuesday evening for a visit that coincides with the 25th anniversary of Nato's bombing of the Chinese embassy in Belgrade. Serbian President Aleksandar Vucic has promised him a welcome "that no one has seen before".

The final leg takes him to Hungary from Wednesday to Friday, where he is expected to hold talks with Prime Minister Viktor Orban and President Tamas Sulyok. Budapest is hoping to sign agreements on a high-speed rail link to Belgrade and on new Chinese investment in electric-vehicle and battery plants.

Analysts said the itinerary was telling. "France is the hard conversation, Serbia and Hungary are the warm welcome," said one Brussels-based diplomat, noting that both Belgrade and Budapest have kept up friendly ties with Moscow.

The trip follows a busy spring of European traffic to Beijing. German Chancellor Olaf Scholz spent three days in China last month with a delegation of chief executives, and Dutch Prime Minister Mark Rutte visited in March. US Secretary of State Antony Blinken was in Beijing at the end of April.

French business leaders, including the heads of cognac makers caught up in a Chinese anti-dumping probe, took part in a Franco-Chinese business council on Monday afternoon.

More on this story:
Scholz wraps up China trip with appeal on market access
Opinion: Why Xi is betting on Budapest

Read next
Chinese tourists return to Paris, but not to pre-pandemic levels

Topics: Diplomacy, China-EU relations, Xi Jinping, Emmanuel Macron

Share: Facebook | X | LinkedIn | WhatsApp | Email
Copyright (c) 2024 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h48-02", source="globaltimes.cn",
url="https://www.globaltimes.cn/page/202310/1300117.shtml",
published_at="2023-10-18", body="""GT Voice | Opinion | China | Source | Life | Sport | In-Depth | Graphic

Home > Diplomacy

Xi holds flurry of bilateral talks as Belt and Road Forum opens in Beijing

By Global Times Published: Oct 18, 2023 01:12 PM

Chinese President Xi Jinping on Wednesday met Russian President Vladimir Putin at the Great Hall of the People in Beijing, as more than 20 heads of state and government and delegations from over 130 countries gathered for the third Belt and Road Forum for International Cooperation.

Putin, who arrived in the Chinese capital on Tuesday morning as a chief guest of the forum, addressed the opening ceremony before the two leaders held talks that Chinese analysts described as "strategic and forward-looking". It is Putin's second trip abroad since the International Criminal Court issued a warrant for him in March.

On Tuesday, Xi held a series of meetings with foreign leaders who came to Beijing for the forum, marking the 10th anniversary of the Belt and Road Initiative (BRI).

Meeting Hungarian Prime Minister Viktor Orban, Xi said China is willing to work with Hungary to implement the key projects including the Budapest-Belgrade railway. Orban said Hungary, the first European country to sign a BRI cooperation document with China, opposes "decoupling" and bloc confrontation.

Xi also met Kazakh President Kassym-Jomart Tokayev, who is paying a state visit to China, and the two presidents oversaw the signing of a package of documents on trade, transport and agriculture. In a separate meeting with Indonesian President Joko Widodo, Xi hailed the Jakarta-Bandung high-speed railway, which went into commercial operation earlier this month, as "a golden signboard" of China-Indonesia cooperation.

Other leaders received by Xi on Monday and Tuesday included Chilean President Gabriel Boric, Argentine President Alberto Fernandez and Kenyan President William Ruto.

Putin has also been busy on the sidelines. On Tuesday evening he met Orban, the only EU leader at the forum, in a meeting that drew criticism in Brussels. According to Kremlin aide Yuri Ushakov, Putin was due to sit down on Wednesday with Thai Prime Minister Srettha Thavisin, who is also in Beijing for the forum.

In his keynote speech at the opening ceremony, Xi announced eight major steps China will take to support high-quality Belt and Road cooperation, including the creation of a 350 billion yuan ($48 billion) financing window at the China Development Bank and the Export-Import Bank of China.

"What has been accomplished in the past 10 years demonstrates that Belt and Road cooperation is on the right side of history," Xi said.

Chinese experts said the high level of attendance showed the BRI remains attractive despite smear campaigns in some Western media. "The number of countries sending leaders speaks louder than any report," said Li Haidong, a professor at the China Foreign Affairs University.

More than 4,000 delegates registered for the event, according to organisers. The forum's three high-level forums, on connectivity, the green Silk Road and the digital economy, were held on Wednesday afternoon.

Related:
Xi meets Sri Lankan President Wickremesinghe
Chinese, Kazakh firms sign deals worth $3.6b
Kenya seeks new loan to complete railway, says Ruto

Global Times app: scan the QR code to download
Copyright 2023 Global Times. All rights reserved."""))

A.append(dict(id="h48-03", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3215592/beijing-rolls-out-red-carpet-leaders-flock-china",
published_at="2023-03-31", body="""South China Morning Post
Sign in | Subscribe | Newsletters

China / Diplomacy

Beijing rolls out the red carpet as Spanish, Singaporean and Malaysian leaders flock to China

- Xi Jinping meets Pedro Sanchez and Lee Hsien Loong on the same day; Anwar Ibrahim sees Li Qiang
- Macron and von der Leyen due next week, while Brazil's Lula has put off his trip after falling ill

Laura Zhou
Published: 9:47pm, 31 Mar 2023

Why you can trust SCMP

Chinese President Xi Jinping received Spanish Prime Minister Pedro Sanchez and Singaporean Prime Minister Lee Hsien Loong at the Diaoyutai State Guesthouse in Beijing on Friday, as foreign leaders flock to the Chinese capital after three years of pandemic isolation.

Sanchez, whose country takes over the rotating presidency of the European Union in July, told Xi that Spain wanted to see China play a role in ending the war in Ukraine. He told reporters afterwards that he had encouraged Xi to speak to Ukrainian President Volodymyr Zelensky directly. Beijing has given no sign that such a conversation is being arranged.

Lee, on a six-day official visit that began in Guangzhou and took in the Boao Forum for Asia in Hainan, told Xi that Singapore and China should upgrade their bilateral ties. The two sides announced that they would describe the relationship as an "all-round high-quality future-oriented partnership".

Malaysian Prime Minister Anwar Ibrahim, on his first official visit to China since taking office, held talks with Premier Li Qiang at the Great Hall of the People on Friday afternoon. His office said he would meet Xi on Saturday before flying home. Anwar told a business forum that Malaysian companies had secured investment commitments worth 170 billion ringgit (US$38.6 billion) during the trip.

The week will be followed by a second wave. Japanese Foreign Minister Yoshimasa Hayashi is due in Beijing on Saturday for a two-day visit, the first by a Japanese foreign minister in more than three years, during which he is expected to raise the detention of a Japanese pharmaceutical company employee.

French President Emmanuel Macron will make a state visit from April 5 to 7, the French presidency said, with stops in Beijing and Guangzhou. European Commission President Ursula von der Leyen will join him for part of the trip.

Brazilian President Luiz Inacio Lula da Silva had been due to arrive this week, but postponed the visit after being diagnosed with mild pneumonia. Brazilian officials said a new date had not yet been fixed.

"This is the busiest diplomatic calendar Beijing has had since before Covid," said a Beijing-based European diplomat. "Everyone wants to know what China will do about Russia."

Chinese foreign ministry spokeswoman Mao Ning said on Friday that China "welcomes friends from all over the world" and was ready to "deepen mutual understanding and trust".

Earlier in the week, Vice-President Han Zheng met both Lee and Sanchez on the sidelines of the Boao forum in Hainan, the ministry said.

More from SCMP:
Chinese premier Li Qiang makes Boao debut with appeal for openness
Taiwan's Tsai Ing-wen lands in New York on transit stop

Topics: China diplomacy, Xi Jinping, Pedro Sanchez, Lee Hsien Loong, Anwar Ibrahim

Share: Facebook | X | LinkedIn | WhatsApp
Copyright (c) 2023 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h48-04", source="news.cgtn.com",
url="https://news.cgtn.com/news/2025-06-17/Xi-Jinping-holds-talks-with-Central-Asian-leaders-in-Astana",
published_at="2025-06-17", body="""CGTN | Live | China | World | Business | Opinions | Video

Xi Jinping meets Central Asian leaders ahead of second China-Central Asia Summit

CGTN
Updated 21:36, 17-Jun-2025

Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev at the Akorda Presidential Palace in Astana on Tuesday, as the two countries agreed to inject new impetus into their comprehensive strategic partnership.

Xi arrived in the Kazakh capital on Monday for a state visit and the second China-Central Asia Summit. Tokayev greeted him at the airport, and a children's band played as the Chinese leader descended from the plane.

During the talks, Xi said China and Kazakhstan are good neighbours linked by mountains and rivers and good partners sharing weal and woe. He called on the two sides to expand cooperation in energy, critical minerals, agriculture and cross-border transport, and to make the China-Europe Railway Express run more smoothly.

Tokayev said Kazakhstan firmly adheres to the one-China principle and is ready to deepen cooperation under the Belt and Road Initiative. The two presidents then attended the signing of more than 10 cooperation documents, including on artificial intelligence, aerospace and the mutual recognition of academic degrees.

On the sidelines of the summit, Xi also met separately with the leaders of the other four Central Asian countries.

Meeting Uzbek President Shavkat Mirziyoyev, Xi said China supports Uzbekistan in pursuing a development path suited to its national conditions, and that the two sides should push forward the China-Kyrgyzstan-Uzbekistan railway project.

In his meeting with Kyrgyz President Sadyr Japarov, Xi noted that construction of the railway had formally begun and called it a landmark project.

Xi also met Tajik President Emomali Rahmon, saying China is ready to strengthen security cooperation with Tajikistan to jointly fight terrorism, separatism and extremism, and held talks with Turkmen President Serdar Berdimuhamedov on natural gas cooperation, including the construction of Line D of the China-Central Asia gas pipeline.

The summit, which will be held on Tuesday, is expected to adopt the Astana Declaration and a treaty on permanent good-neighbourliness, friendship and cooperation among the six countries.

The first China-Central Asia Summit was held in Xi'an, in northwest China's Shaanxi Province, in May 2023, and the mechanism has since grown to include more than a dozen ministerial-level platforms.

Trade between China and the five Central Asian countries reached 94.8 billion U.S. dollars in 2024, Chinese customs data showed.

Analysts in the region said the summit reflects Central Asia's desire to balance its relations with major powers. "China is now the largest trading partner of the region," said a researcher at the Kazakhstan Institute for Strategic Studies.

Search Trends
01 China, Kazakhstan sign cooperation documents
02 Photos: Astana lights up for summit
03 Chinese mainland's retail sales grow 6.4% in May

Download the CGTN app
Copyright (c) 2025 CGTN. Beijing ICP prepared NO.16065310-3"""))

A.append(dict(id="h48-05", source="theguardian.com",
url="https://www.theguardian.com/world/2023/feb/22/putin-hosts-chinas-top-diplomat-wang-yi-in-moscow",
published_at="2023-02-22", body="""The Guardian - Back to home

Support the Guardian
Fund independent journalism with $5 per month
Support us

World | Europe | US | Americas | Asia | Australia | Middle East | Africa

Russia

Putin hosts China's top diplomat Wang Yi as Beijing prepares Ukraine 'peace' plan

Russian president says relations with Beijing are reaching 'new frontiers' as Wang's visit to Moscow follows Biden's surprise trip to Kyiv

Pjotr Sauer and Helen Davidson
Wed 22 Feb 2023 17.14 GMT

Vladimir Putin has met China's most senior diplomat, Wang Yi, in Moscow, telling him that relations between the two countries were "reaching new frontiers", in a show of unity two days before the first anniversary of Russia's full-scale invasion of Ukraine.

Meeting Wang in the Kremlin on Wednesday, Putin said he was expecting a visit from Xi Jinping, though neither side gave a date. "We are waiting for the visit of the president of the People's Republic of China to Russia. We agreed on this," Putin said in comments shown on state television.

Wang, the director of the Chinese Communist party's foreign affairs commission, told Putin that ties between Moscow and Beijing "are not directed against any third country" and "cannot be subjected to pressure" from outside. He had earlier held talks with the Russian foreign minister, Sergei Lavrov, and on Tuesday met Nikolai Patrushev, the secretary of Russia's security council.

The visit capped a European tour that took Wang to France, Italy and Hungary, as well as to the Munich Security Conference, where he said China would publish a position paper on a political settlement in Ukraine. The paper is expected on Friday, the anniversary of the invasion.

In Munich, Wang held a tense meeting with the US secretary of state, Antony Blinken, who said afterwards that he had warned China of the "implications and consequences" if it provided weapons or ammunition to Russia. Beijing has denied any such plans.

Wang's appearance in Moscow came a day after Joe Biden wrapped up a visit to Poland, and two days after the US president made an unannounced trip to Kyiv, where he pledged a further $500m in military aid.

Ukraine's president, Volodymyr Zelenskiy, said this week he would like to meet Xi, and his officials said they were studying the Chinese plan carefully. No such meeting has been arranged.

Western officials have warned that China is considering supplying lethal aid to Russia, something Beijing has described as "smears". China has refused to condemn the invasion and has offered Moscow diplomatic and economic support, with trade between the two countries hitting a record last year.

Analysts said the trip showed that Beijing was reluctant to let Washington set the terms of the debate. "China is signalling that its partnership with Russia is not up for negotiation, even as it markets itself as a peacemaker," said one researcher at a European thinktank.

At home, Putin used his state of the nation address on Tuesday to announce that Russia was suspending its participation in the New Start nuclear arms treaty with the United States.

Explore more on these topics
Russia | China | Vladimir Putin | Wang Yi | Ukraine | news

Share
Reuse this content

Most viewed
Biden in Warsaw: 'Ukraine will never be a victory for Russia'
Eurovision 2023: Liverpool prepares for the contest

I hope you appreciated this article. Before you move on, would you consider supporting the Guardian's journalism?"""))

A.append(dict(id="h48-06", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/world/xi-biden-woodside-summit-military-communications-fentanyl-3922831",
published_at="2023-11-16", body="""CNA | Singapore | Asia | World | Commentary | Business | Watch | Listen

World

Biden and Xi agree to restore military communications, curb fentanyl at California summit

Chinese President Xi Jinping and US President Joe Biden walk in the gardens of the Filoli Estate in Woodside, California, on Nov 15, 2023. (Photo: Reuters/Kevin Lamarque)

16 Nov 2023 08:41AM (Updated: 16 Nov 2023 02:19PM)

WOODSIDE, California: US President Joe Biden and Chinese President Xi Jinping agreed on Wednesday (Nov 15) to resume military-to-military communications and to work together to curb the flow of fentanyl, in four hours of talks at a country estate south of San Francisco.

It was the first face-to-face meeting between the two leaders in a year and Xi's first trip to the United States since 2017. He flew into San Francisco on Tuesday and will attend the Asia-Pacific Economic Cooperation (APEC) leaders' meeting later this week.

"Planet Earth is big enough for the two countries to succeed," Xi told Biden at the start of the talks at the Filoli Estate, according to Chinese state media. Biden said the world expected the two countries to "manage competition responsibly".

At a press conference afterwards, Biden said he and Xi had agreed that "either one of us can pick up the phone and call directly and we'll be heard immediately". The two sides also agreed to set up talks on the risks posed by artificial intelligence.

The White House said Taiwan was raised, with Biden calling for restraint in China's military activity around the island. According to the Chinese readout, Xi told Biden that the United States should "stop arming Taiwan" and that China's reunification was "unstoppable".

The summit was the most substantive exchange since the two leaders met on the sidelines of the G20 summit in Bali last November, after which relations were strained by the shooting down of a suspected Chinese spy balloon over the US.

Japanese Prime Minister Fumio Kishida is set to meet Xi on Thursday on the fringes of APEC, Japanese officials said, with Tokyo seeking a lifting of China's ban on Japanese seafood imports.

Biden will host Mexican President Andres Manuel Lopez Obrador at the summit on Friday for talks expected to focus on migration and fentanyl, the White House said.

Xi also addressed a dinner with American business leaders on Wednesday evening, where tickets cost up to US$40,000 a table, telling them that China was ready to be a "partner and friend" of the United States.

Markets in Asia were mixed on Thursday. Analysts said the outcome of the meeting was broadly in line with expectations. "Stabilisation rather than a reset," said an economist at a Singapore bank.

Source: Agencies/ec

Newsletter
Receive breaking news and CNA's top stories by email. Sign up

Related Topics: Xi Jinping, Joe Biden, US-China relations, APEC

Also worth reading
Singapore PM Lee arrives in San Francisco for APEC
Commentary: What Biden and Xi did not say about the South China Sea

Get the CNA app: Stay updated with notifications for breaking news and our best stories."""))

A.append(dict(id="h48-07", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20220510000812",
published_at="2022-05-10", body="""The Korea Herald | National | Business | Life & Culture | Sports | World | Opinion

Subscribe | Log in | Korea Herald app

[Yoon Inauguration] Yoon meets Chinese vice president, Japanese FM and US delegation on first day

By Ji Da-gyum
Published : May 10, 2022 - 20:57

President Yoon Suk-yeol on Tuesday met the heads of foreign delegations who came to Seoul for his inauguration, holding back-to-back meetings with Chinese Vice President Wang Qishan, Japanese Foreign Minister Yoshimasa Hayashi and the US delegation led by Doug Emhoff, the husband of Vice President Kamala Harris.

The meetings, held at the Grand Hyatt hotel in Seoul hours after the swearing-in ceremony at the National Assembly, were Yoon's first diplomatic engagements as head of state.

Wang, the highest-ranking Chinese official to attend a South Korean presidential inauguration, delivered a message from President Xi Jinping, who "looked forward to working with President Yoon to open a new chapter" in relations marking 30 years since diplomatic ties were established. Wang also conveyed Xi's invitation for Yoon to visit China at a convenient time, according to presidential spokesperson Kang In-sun. No dates were discussed.

Yoon asked China to play a "constructive role" on North Korea and said the two countries should build ties based on mutual respect. He and Xi had spoken by phone in March after the election.

Meeting Hayashi, Yoon received a letter from Prime Minister Fumio Kishida. Hayashi said Japan hoped to work with the new government to bring ties back to a "healthy relationship". Yoon said the two countries should look to the future, citing the 1998 Kim Dae-jung-Obuchi declaration. Kishida had been invited to the ceremony but sent his foreign minister instead. Japanese media said Kishida was keen to visit Seoul but that conditions were not yet right.

Emhoff told Yoon that Washington was looking forward to working with him. The delegation included Secretary of Labor Marty Walsh.

US President Joe Biden will arrive in Seoul on May 20 for a three-day visit that will include a summit with Yoon on May 21, the presidential office confirmed last week. It will be Biden's first trip to Asia as president, and he will go on to Tokyo for a Quad leaders' meeting.

Some 40,000 people attended the ceremony in front of the National Assembly, including foreign dignitaries and the families of past presidents. Yoon held a reception for the guests at the Shilla Hotel on Tuesday evening.

The presidential office moved to the Ministry of National Defense compound in Yongsan on Tuesday, with Cheong Wa Dae opened to the public for the first time in 74 years.

(dagyumji@heraldcorp.com)

Most Popular
1 [Yoon Inauguration] Full text of inaugural speech
2 Cheong Wa Dae opens to public after 74 years
3 Biden to visit Samsung chip plant during Korea trip: report
4 N. Korea fires ballistic missile ahead of inauguration

Copyright Herald Corporation"""))

A.append(dict(id="h48-08", source="arabnews.com",
url="https://www.arabnews.com/node/2212556/saudi-arabia",
published_at="2022-12-09", body="""Arab News | Saudi Arabia | Middle East | World | Business | Opinion | Lifestyle

Download the Arab News app

SAUDI ARABIA

Xi meets Arab leaders in Riyadh on day of summits, after signing strategic pact with Saudi Arabia

ARAB NEWS
December 09, 2022 22:51

RIYADH: Chinese President Xi Jinping held a string of meetings with Arab leaders in Riyadh on Friday, on the sidelines of the first China-Arab States Summit, a day after he and Crown Prince Mohammed bin Salman signed a comprehensive strategic partnership agreement between the Kingdom and China.

Xi, who arrived in the Saudi capital on Wednesday on his first visit to the Kingdom since 2016, was received at Al-Yamamah Palace on Thursday by King Salman, and then held official talks with the crown prince. The two sides agreed to hold summits between their leaders every two years and signed a plan to harmonize Saudi Vision 2030 with the Belt and Road Initiative. Saudi and Chinese companies also signed 34 investment agreements.

On Friday morning Xi attended the China-Gulf Cooperation Council summit, followed by the wider summit with Arab League leaders at the King Abdulaziz International Conference Center.

Between the two sessions, he held bilateral meetings with several of the leaders who had come to Riyadh. Meeting Egyptian President Abdel Fattah El-Sisi, Xi said China was ready to deepen cooperation on the Suez Canal Economic Zone. In talks with Palestinian President Mahmoud Abbas, Xi reiterated China's support for an independent Palestinian state with East Jerusalem as its capital.

Xi also met Iraqi Prime Minister Mohammed Shia Al-Sudani, on his first meeting with the Chinese leader since taking office in October, and Kuwait's Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, according to the Chinese state news agency Xinhua.

The visit has been watched closely in Washington. US President Joe Biden visited Jeddah in July, and relations have since been strained by an OPEC+ decision to cut oil output. White House spokesman John Kirby said the US was "mindful" of China's efforts to expand its influence in the world.

Saudi Foreign Minister Prince Faisal bin Farhan told a press conference that the Kingdom did not believe in "polarization" and would keep working with all partners. "We will continue to work with everyone," he said.

The final communique of the China-Arab summit pledged to strengthen cooperation in energy, security and technology. The second summit will be held in China in 2026.

Xi was due to leave Riyadh on Friday evening.

RELATED
Saudi crown prince receives Iraqi PM at Al-Yamamah Palace
Huawei signs cloud deal with Saudi Arabia
Opinion: The Gulf's pivot to the East is about balance

MOST POPULAR
Saudi Arabia records highest rainfall in Jeddah in a decade
Riyadh Season draws 7 million visitors

Follow us on: X | Facebook | Instagram | LinkedIn
All rights reserved. Saudi Research and Media Group (c) 2022"""))

A.append(dict(id="h48-09", source="abc.net.au",
url="https://www.abc.net.au/news/2024-06-16/li-qiang-adelaide-pandas-canberra-talks/103985710",
published_at="2024-06-16", body="""ABC News | Just In | For You | Politics | World | Business | Analysis | Sport

Skip to main content

Chinese Premier Li Qiang feeds the pandas in Adelaide as he begins four-day Australia visit

By political reporter Stephen Dziedzic
Posted Sun 16 Jun 2024 at 6:12am, updated Sun 16 Jun 2024 at 2:40pm

Photo: Li Qiang was welcomed at Adelaide Airport by Trade Minister Don Farrell. (AAP: Matt Turner)

Chinese Premier Li Qiang has arrived in Australia, the most senior Chinese official to visit the country since 2017, and has started his trip with a visit to Adelaide Zoo, the home of China's two giant pandas on loan.

Mr Li landed in Adelaide on Saturday afternoon, where he was greeted by Trade Minister Don Farrell and South Australian Premier Peter Malinauskas. On Sunday he announced that Beijing would send a new pair of pandas to replace Wang Wang and Fu Ni, who are due to go home later this year.

"The giant panda is a national treasure of China," he told an audience at the zoo. "We will send a new pair, just as beautiful, just as cute."

Mr Li arrived from New Zealand, where he had held talks with Prime Minister Christopher Luxon in Wellington.

The premier will travel to Canberra on Monday for the annual leaders' meeting with Prime Minister Anthony Albanese, which was restored after a hiatus of seven years. Several agreements are expected to be signed after the talks, including on climate change, education and cultural exchanges, according to Australian officials.

He will also visit a lithium processing plant in Perth before he departs for Malaysia on Tuesday, where he will meet Prime Minister Anwar Ibrahim to mark 50 years of diplomatic ties between Kuala Lumpur and Beijing.

Mr Albanese said Australia would continue to "cooperate where we can, disagree where we must". He flagged that he would raise the case of the detained Australian writer Yang Hengjun and recent dangerous encounters between Chinese and Australian military aircraft and vessels.

The visit comes after Beijing lifted most of the trade restrictions imposed on Australian goods, including on barley, wine and coal, which cost exporters an estimated $20 billion a year at their peak.

The South Australian wine industry was among the hardest hit. "It's a relief to have the market back, but we're not going to put all our eggs in one basket again," said a winemaker from the Barossa Valley.

Outside the zoo, a few dozen protesters from Tibetan and Uyghur communities held signs, while a larger group of supporters waved Chinese flags.

Opposition Leader Peter Dutton said he hoped the government would "stand up for our interests" in the talks.

Posted 16 Jun 2024

Share | Copy link | Facebook | X (formerly Twitter)

Related stories
Albanese says China visit in November 'a step forward'
Rock lobster trade to resume as China lifts last barriers

Topics: Government and Politics, Foreign Affairs, China, Adelaide, Canberra

Acknowledgement of Country
ABC acknowledges the First Australians as the traditional custodians of the lands we live on."""))

A.append(dict(id="h48-10", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-putin-hold-talks-in-tianjin-after-sco-summit/article69997912.ece",
published_at="2025-09-01", body="""The Hindu | e-Paper | Subscribe | Sign in

News | National | International | Opinion | Business | Sport

Modi, Putin hold talks in Tianjin a day after PM's meeting with Xi

Both leaders drove together to the venue of their bilateral talks after the SCO summit plenary; Putin to visit India in December for annual summit

Kallol Bhattacherjee
TIANJIN: September 01, 2025 22:04 IST - Updated: September 01, 2025 23:16 IST

Prime Minister Narendra Modi and Russian President Vladimir Putin held talks in the northern Chinese port city of Tianjin on Monday, shortly after the plenary session of the Shanghai Cooperation Organisation (SCO) summit, in a meeting that both sides said reflected the "special and privileged strategic partnership" between the two countries.

Mr. Putin and Mr. Modi travelled together in the Russian President's car from the summit venue to their hotel, and spent close to an hour talking in the vehicle before the formal talks began, officials said. "Conversations with him are always insightful," Mr. Modi posted on social media along with a photograph of the two leaders.

The meeting came a day after Mr. Modi held talks with Chinese President Xi Jinping on Sunday, on his first visit to China in seven years. The two sides agreed that India and China were "development partners and not rivals" and that differences should not turn into disputes. Mr. Modi and Mr. Xi had last met in Kazan in October 2024, when they endorsed an agreement on patrolling along the Line of Actual Control.

Briefing the media, Foreign Secretary Vikram Misri said Mr. Putin would travel to New Delhi in December for the 23rd India-Russia annual summit. "Preparations are under way," he said.

The talks took place amid tensions between New Delhi and Washington after the U.S. imposed an additional 25% tariff on Indian goods over India's purchases of Russian oil. Mr. Misri said the discussion covered trade, energy, fertilisers and the situation in Ukraine, and that Mr. Modi had reiterated India's call for an early end to the conflict.

Mr. Modi reached Tianjin on Saturday evening from Tokyo, where he had held the annual summit with Japanese Prime Minister Shigeru Ishiba.

Mr. Putin, who arrived in China on Sunday, also met Turkish President Recep Tayyip Erdogan in Tianjin on Monday, according to the Kremlin. He is scheduled to hold formal talks with Mr. Xi in Beijing on Tuesday and will attend a military parade marking the 80th anniversary of the end of the Second World War on Wednesday.

The SCO leaders adopted the Tianjin Declaration, which condemned the Pahalgam terror attack in April. India had refused to sign an SCO defence ministers' document in June because it had omitted the attack.

Mr. Modi did not hold a bilateral meeting with Pakistan Prime Minister Shehbaz Sharif, who was also present at the summit.

Mr. Modi returns to New Delhi on Monday night.

Published - September 01, 2025 10:04 pm IST

Related Topics
India-Russia / India-China / Shanghai Cooperation Organisation / Narendra Modi / Vladimir Putin

READ LATER | PRINT | Remove SAVED ARTICLES

Related stories
PM Modi, Xi Jinping agree to resume direct flights
Ishiba, Modi announce 10 trillion yen investment target

Comments have to be in English, and in full sentences. They cannot be abusive or personal."""))

A.append(dict(id="h48-11", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3286968/xi-biden-final-meeting-lima-apec",
published_at="2024-11-17", body="""South China Morning Post
Sign in | Subscribe | Edition: Asia

China / Diplomacy

Xi Jinping tells Joe Biden China is ready for 'smooth transition' in last meeting before Trump returns

- The two presidents met on the sidelines of the Apec summit in Lima, their third and final in-person meeting
- Xi earlier met Japan's Shigeru Ishiba and South Korea's Yoon Suk-yeol, and now heads to Brazil

Mark Magnier and Dewey Sim
Published: 9:15am, 17 Nov 2024

Why you can trust SCMP

Chinese President Xi Jinping told US President Joe Biden on Saturday that China was willing to work with the incoming US administration, in a final meeting between the two leaders on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima, Peru.

"China's goal of a stable, healthy and sustainable China-US relationship remains unchanged," Xi said in his opening remarks in a conference room at the delegation hotel. He warned that a "new cold war should not be fought and cannot be won".

Biden told Xi that the two countries had shown they could work together even when they disagreed, pointing to the resumption of military communication and their cooperation on fentanyl. The two leaders also agreed that humans, not artificial intelligence, should keep control over the decision to use nuclear weapons, according to the White House.

The meeting, which lasted nearly two hours, was the pair's third face-to-face encounter as presidents, after Bali in 2022 and California last year.

Xi arrived in Lima on Thursday for a state visit to Peru and the Apec leaders' meeting. On Thursday he held talks with Peruvian President Dina Boluarte at the government palace, after which the two leaders inaugurated the Chinese-financed Chancay megaport, 80km north of Lima, by video link. The two sides also upgraded their free-trade agreement.

On Friday, Xi met Japanese Prime Minister Shigeru Ishiba for the first time since the latter took office in October, and agreed to promote a "mutually beneficial strategic relationship". He also held his first meeting in two years with South Korean President Yoon Suk-yeol, who invited Xi to next year's Apec summit in Gyeongju.

Xi departs on Sunday for Rio de Janeiro, where he will attend the G20 summit before a state visit to Brasilia on Wednesday for talks with President Luiz Inacio Lula da Silva.

Biden is also heading to Brazil, and will stop in the Amazon on his way to Rio.

Trump has threatened to impose tariffs of 60 per cent on Chinese goods after he takes office on January 20, and has named several China hawks to his national security team.

Analysts said Beijing was unlikely to make big concessions to an outgoing president. "This meeting was about banking what has been achieved and signalling to Trump that the channels exist," said a fellow at a Singapore-based think tank.

The Chinese leader also met Chilean President Gabriel Boric and New Zealand Prime Minister Christopher Luxon on Saturday, according to state broadcaster CCTV.

More on this story:
Explainer: What is Chancay port and why is Washington worried?
Peru's Boluarte hails 'new era' with China

Topics: Diplomacy, US-China relations, Apec, Xi Jinping, Joe Biden

Share: Facebook | X | LinkedIn | WhatsApp | Email
Copyright (c) 2024 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h48-12", source="rappler.com",
url="https://www.rappler.com/nation/149742-duterte-xi-jinping-beijing-talks/",
published_at="2016-10-20", body="""Rappler | News | Philippines | World | Business | Voices | Newsbreak

Join Rappler+ and support independent journalism

Duterte, Xi agree to resume talks on sea dispute as PH seals $13.5B in deals

By Pia Ranada
Published 11:04 PM, October 20, 2016
Updated 11:58 PM, October 20, 2016

BEIJING, China - President Rodrigo Duterte and Chinese President Xi Jinping on Thursday, October 20, agreed to resume bilateral talks on the South China Sea dispute, as Manila and Beijing signed 13 agreements at the Great Hall of the People in a dramatic turn in relations.

Xi welcomed Duterte with full military honors at the square outside the Great Hall before the two leaders held closed-door talks that lasted more than an hour. Xi described the talks as a "milestone" and said the two countries were "brothers" whose relations had a "sunny" future.

The agreements covered trade, investment, drug control, tourism, agriculture and a coast guard dialogue. Trade Secretary Ramon Lopez said Philippine companies had signed deals worth $13.5 billion with Chinese firms.

Later on Thursday, at a business forum, Duterte announced his "separation" from the United States. "America has lost now. I've realigned myself in your ideological flow," he told Chinese and Filipino businessmen, drawing applause.

Foreign Secretary Perfecto Yasay Jr said the arbitral tribunal's July ruling in favor of Manila was not discussed in detail but would be "taken up in due time".

Duterte, who arrived in Beijing on Tuesday night from Brunei, is on his first trip to China since taking office on June 30. He will meet Premier Li Keqiang on Friday before flying to Davao.

Next week, he heads to Tokyo for a three-day official visit and talks with Prime Minister Shinzo Abe from October 25 to 27, Malacanang said.

The US State Department said it was seeking an explanation of the "separation" remarks, and that Assistant Secretary of State for East Asian and Pacific Affairs Daniel Russel would travel to Manila this weekend as scheduled. "The US-Philippines alliance has been a cornerstone of peace and security for 70 years," spokesperson John Kirby said.

Analysts in Manila were divided. "It's a rhetorical shift until proven otherwise," said one professor at the University of the Philippines.

Fishermen from Zambales and Pangasinan, who have been barred by the Chinese coast guard from Scarborough Shoal since 2012, said they hoped the visit would let them return to their traditional fishing grounds.

Rappler is on Viber | Telegram | WhatsApp

Read more:
LIST: Agreements signed during Duterte's China visit
Opinion: The pivot that isn't

Tags: Rodrigo Duterte, Xi Jinping, China, South China Sea, foreign policy

How does this make you feel? Happy | Sad | Angry | Don't care

Share this story: Facebook | Twitter | Email
Copyright 2016 Rappler Inc."""))
