# Long pages (2,500-4,500 characters), h26-01 .. h26-12
A = []

A.append(dict(id="h26-01", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3241770/xi-and-biden-agree-restore-military-hotlines-after-four-hours-talks-californian-estate",
published_at="2023-11-16", body="""Hong Kong | China | Asia | World | Business | Tech | Opinion

HSI 17,832.40 ▲ +436.11 | SSE 3,072.83 ▲ +15.94 | USD/CNH 7.2641 ▼ -0.0193 | USD/HKD 7.8046

This site uses cookies to personalise content and analyse traffic. Manage settings | Accept all

Diplomacy / US-China relations

Xi and Biden agree to restore military hotlines after four hours of talks at Californian estate

- Chinese leader to see Japan's Kishida on Thursday; Mexican president also on his Apec schedule
- Biden says the two leaders agreed 'either one of us can pick up the phone' in a crisis

Owen Tsang and Rachel Whitford in San Francisco
Published: 7:41am, 16 Nov 2023
Updated: 11:05am, 16 Nov 2023

Chinese President Xi Jinping and US President Joe Biden agreed on Wednesday to reopen military-to-military communication channels that Beijing froze last year and to cooperate against the flow of fentanyl ingredients, as they met for the first time in a year on the fringes of the Asia-Pacific Economic Cooperation summit.

The two leaders spent about four hours together at Filoli, a century-old country estate in Woodside, south of San Francisco, where talks and a working lunch were followed by a stroll through the gardens. Xi, who landed in San Francisco on Tuesday afternoon on his first trip to the United States since 2017, told his host that "planet Earth is big enough for the two countries to succeed".

At a press conference afterwards, Biden said the two sides had agreed that "either one of us can pick up the phone" and be heard immediately. He said Washington and Beijing would also open talks on the risks of artificial intelligence.

The goodwill was dented within minutes when Biden, asked by a reporter, said he still regarded Xi as a "dictator". Foreign ministry spokeswoman Mao Ning called the remark "extremely wrong" and "irresponsible political manipulation" at a regular briefing in Beijing on Thursday.

According to the Chinese readout, Xi urged Washington to stop arming Taiwan and to lift sanctions and export controls that he said harmed China's "legitimate interests". Biden repeated that US policy on the island had not changed.

The summit followed months of groundwork that took Secretary of State Antony Blinken, Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo to Beijing, and brought Foreign Minister Wang Yi to Washington last month.

Xi's schedule is crowded for the rest of his stay. He is to hold talks with Japanese Prime Minister Fumio Kishida on Thursday afternoon, Japan's chief cabinet secretary Hirokazu Matsuno confirmed in Tokyo, in what would be their first formal sit-down since they met in Bangkok a year ago. Tokyo wants to press Beijing over its ban on Japanese seafood, imposed after the release of treated water from the Fukushima nuclear plant.

Mexico's foreign ministry said President Andres Manuel Lopez Obrador, attending an Apec meeting for the first time, would see Xi as well as Biden while in the city, with migration and synthetic drugs at the top of his list for the American leader.

Xi was also due to speak at a dinner for American business executives on Wednesday night, with seats at the top table reportedly selling for US$40,000.

"The bar was low and they cleared it," said a former US official who worked on China policy. "The hard part is keeping the channels open the next time a balloon drifts over Montana."

[Advertisement]

Read next
Albanese wraps up Beijing visit with call for 'stable' ties
Exclusive: Hong Kong finance chief to lead delegation to Saudi Arabia next month
Chinese yuan hits three-month high as Fed bets shift

Sign up for our Global Impact newsletter
By registering, you agree to our T&C and Privacy Policy

Topics: US-China relations, Xi Jinping, Joe Biden, Apec

Share: Facebook | X | LinkedIn | WhatsApp | Copy link
Copyright © 2023 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h26-02", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2018/09/103_255866.html",
published_at="2018-09-18", body="""The Korea Times

KOSPI 2,308.98 ▲ 5.45 | KOSDAQ 815.19 ▼ 2.06 | USD/KRW 1,122.50 ▼ 3.10

Subscribe | Log in | Mobile app | 한국어 | E-paper

North Korea

Moon arrives in Pyongyang for third summit with Kim, greeted on tarmac by N. Korean leader

Posted : 2018-09-18 14:20 | Updated : 2018-09-18 17:52

PYONGYANG, Sept. 18 (Yonhap) -- President Moon Jae-in arrived in Pyongyang on Tuesday for a three-day summit with North Korean leader Kim Jong-un, becoming the first South Korean leader to set foot in the North's capital in 11 years.

Moon's plane touched down at Sunan International Airport shortly after 10 a.m., where Kim and his wife, Ri Sol-ju, were waiting on the tarmac. The two leaders hugged twice before Moon inspected an honor guard and was handed bouquets by children, as hundreds of residents waving paper flowers and the unification flag cheered.

Moon and Kim then rode together in an open-top car through the center of the city to the Paekhwawon State Guesthouse, where the South Korean delegation is staying.

They sat down for their first round of talks at the headquarters of the ruling Workers' Party of Korea at 3:45 p.m., Cheong Wa Dae said. Suh Hoon, director of the National Intelligence Service, and Chung Eui-yong, Moon's national security adviser, joined the president, while Kim was accompanied by Kim Yong-chol, vice chairman of the party's central committee, and his sister Kim Yo-jong.

It is the first time a South Korean president has held talks inside the party building.

"Thanks to President Moon, the North-U.S. dialogue was made possible," Kim told his guest at the start of the meeting. Moon replied that the two should produce "a gift" for the people of both Koreas.

The visiting delegation includes the heads of several of the South's largest conglomerates, among them Samsung Electronics Vice Chairman Lee Jae-yong, who were to meet North Korean Deputy Prime Minister Ri Ryong-nam in the afternoon.

Moon and Kim will hold another round of talks on Wednesday morning, after which they could announce steps to ease military tensions along the border, officials said. Moon is scheduled to return to Seoul on Thursday.

Presidential spokesman Kim Eui-kyeom said Moon would fly to New York next week for the U.N. General Assembly and hold a summit with U.S. President Donald Trump there, where he is expected to brief his U.S. counterpart on the outcome of the Pyongyang talks.

Moon has said he hopes to act as a go-between to help set up a second meeting between Kim and Trump, which both sides say they are open to but for which no date or venue has been fixed.

Related articles
- Koreas open joint liaison office in Kaesong
- Abe, Putin hold talks in Vladivostok, agree to speed up joint projects on disputed isles
- [PHOTOS] Pyongyang residents line streets for Moon's motorcade

Most read
1 BTS to speak at UN youth event
2 Seoul home prices keep climbing despite curbs
3 Moon arrives in Pyongyang for third summit with Kim
4 Military to scale back guard posts in DMZ
5 [ANALYSIS] What Seoul wants from the Pyongyang summit

(END)

Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent.
© koreatimes.co.kr. All rights reserved."""))

A.append(dict(id="h26-03", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/trump-begins-hanoi-state-visit-with-south-china-sea-mediation-offer-3669241.html",
published_at="2017-11-12", body="""VnExpress International
News | Business | Travel | Life | Sports | Perspectives | Trending

VN-Index 966.22 ▲ 0.61% | USD/VND 22,715 | SJC gold 36.52M VND/tael

News › Politics

Trump begins Hanoi state visit, offers to mediate South China Sea disputes

By Thanh Lam, Duc Minh   |   November 12, 2017 | 02:35 pm GMT+7

U.S. President Donald Trump held talks with President Tran Dai Quang at the Presidential Palace in Hanoi on Sunday, the centerpiece of a state visit that followed his attendance at the Asia-Pacific Economic Cooperation (APEC) meetings in the central city of Da Nang.

Trump flew into Noi Bai International Airport on Saturday night and was driven to his hotel past crowds who had waited for hours along the road. On Sunday morning Quang hosted a welcome ceremony with a military band and children waving the flags of both countries.

"If I can help mediate or arbitrate, please let me know," Trump told his host at the start of their talks, referring to the territorial disputes in the South China Sea. "I'm a very good mediator and arbitrator." Quang said the two sides had agreed to settle disputes by peaceful means in line with international law.

Trump also met Party General Secretary Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc. Vietnamese and American companies signed commercial deals worth around $12 billion during the trip, according to the U.S. side.

In Da Nang, Trump and Russian President Vladimir Putin did not hold a formal meeting, with both sides blaming scheduling problems, but they chatted briefly several times on the sidelines. The Kremlin and the White House later released a joint statement on Syria that the two presidents had approved.

Trump, who arrived in Da Nang on Friday after three days in Beijing, used the APEC platform to deliver a speech on "free, fair and reciprocal" trade that contrasted with a defense of globalization by Chinese President Xi Jinping hours later.

Xi, who also attended the APEC meetings, will begin a state visit to Vietnam in Hanoi on Sunday evening, his first state visit since the Communist Party congress in October, and will go on to Laos on Monday, the foreign ministry said.

Trump leaves Hanoi on Sunday afternoon for Manila, where he will attend the summit of the Association of Southeast Asian Nations and hold talks with Philippine President Rodrigo Duterte, a White House official said.

The Hanoi stop also stirred controversy online after Trump tweeted from the city that he would "never" call North Korean leader Kim Jong-un "short and fat".

Analysts said Vietnam had managed to host two rival great powers back to back. "Hanoi has shown it can be a friend to both," said a researcher at the Diplomatic Academy of Vietnam.

Tags: Trump, Tran Dai Quang, APEC 2017, South China Sea, Vietnam-US

Related news
- Putin, Abe hold talks on APEC sidelines in Da Nang
- TPP members reach core deal without US
- Photos: Hanoians line streets to watch Trump's motorcade

Most viewed
Typhoon Damrey death toll rises to 106
Hanoi tightens security ahead of presidential visits
Vietnamese banks brace for year-end credit crunch

Follow VnExpress International on Facebook | Download our app

© Copyright 1997-2017 VnExpress. All rights reserved."""))

A.append(dict(id="h26-04", source="usatoday.com",
url="https://www.usatoday.com/story/news/world/2016/09/06/obama-laos-bombs-duterte/89899714/",
published_at="2016-09-06", body="""USA TODAY | News | Sports | Life | Money | Tech | Travel | Opinion

DOW 18,538.12 ▲ +46.16 | S&P 2,186.48 ▲ +6.50 | NASDAQ 5,275.91 ▲ +26.01

We've updated our Privacy Policy. By continuing to use our site, you agree to the updated terms. Close

WORLD

Obama pledges $90 million for Laos bomb cleanup, meets South Korea's Park after Duterte spat

Gregory Hale and Lindsey Marsh, USA TODAY
Published 9:14 a.m. ET Sept. 6, 2016 | Updated 3:02 p.m. ET Sept. 6, 2016

VIENTIANE, Laos — President Obama became the first sitting U.S. president to visit Laos on Tuesday, holding talks with President Bounnhang Vorachith and pledging $90 million over three years to clear the millions of unexploded bombs the United States dropped on the country during the Vietnam War.

More than 270 million cluster bomblets were dropped on Laos between 1964 and 1973, and about a third failed to explode. "Given our history here, I believe the United States has a moral obligation to help Laos heal," Obama said in a speech in the capital.

The two sides announced a "comprehensive partnership", and the Lao leader said his government would cooperate on the search for the remains of American servicemen missing since the war.

The visit was overshadowed by a feud with Philippine President Rodrigo Duterte, who on Monday warned Obama not to lecture him about his deadly drug war and referred to him with a crude Tagalog expression. The White House cancelled a meeting the two had been due to hold on Tuesday.

Instead, Obama met South Korean President Park Geun-hye at a hotel in Vientiane, where the two discussed North Korea's missile launches and the planned deployment of the THAAD missile defense system. Park told reporters that she and Obama agreed to keep up pressure on Pyongyang.

Duterte later said in a statement that he regretted his remarks had come across as a personal attack. White House officials said the two leaders might still cross paths at the summit's gala dinner, but ruled out a formal meeting.

Obama flew to Vientiane on Monday from Hangzhou, China, where he attended the Group of 20 summit. There he held talks with President Xi Jinping on Saturday, and the two announced they were joining the Paris climate agreement. On Monday, he met Russian President Vladimir Putin for about 90 minutes on the margins of the summit, without a deal on Syria.

He is due to attend the East Asia Summit on Thursday before returning to Washington, the last trip to Asia of his presidency.

Obama visited a rehabilitation center for bomb victims in the afternoon and was set to meet young Southeast Asian leaders on Wednesday.

Contributing: The Associated Press

Read or Share this story: http://usat.ly/2cieYUV

MORE STORIES
- Hurricane Hermine lingers off New England coast
- Trump, Clinton spar over national security at forum
- Pope declares Mother Teresa a saint

Posted in: Obama, Laos, Philippines, Rodrigo Duterte, South Korea

Comments | Share: Facebook | Twitter | Email
© 2016 USA TODAY, a division of Gannett Satellite Information Network, LLC."""))

A.append(dict(id="h26-05", source="abc.net.au",
url="https://www.abc.net.au/pacific/modi-arrives-in-port-moresby-blinken-signs-png-defence-deal/102377410",
published_at="2023-05-22", body="""ABC Pacific

Listen live | Pacific Beat | Watch ABC Australia

We use cookies and similar technologies on our site. Read our Privacy Policy. Got it

Modi welcomed with a touch of the feet as Blinken signs PNG defence pact

By Pacific affairs reporter Mia Tarrant
Posted Mon 22 May 2023 at 7:06pm, updated Mon 22 May 2023 at 9:48pm

India's Prime Minister Narendra Modi was greeted on the tarmac at Port Moresby by Papua New Guinea Prime Minister James Marape. (Supplied: PNG PM's Media Unit)

Papua New Guinea has hosted two big-power visitors on the same day, with India's Prime Minister Narendra Modi co-chairing a summit of Pacific leaders while US Secretary of State Antony Blinken signed a defence cooperation agreement a few kilometres away.

Mr Modi arrived on Sunday night on his first visit to the country and was met at Jacksons International Airport by Prime Minister James Marape, who bent down to touch his feet in a gesture of respect. PNG waived its usual rule against welcoming ceremonies after sunset for the occasion.

On Monday, the two leaders held bilateral talks before jointly opening the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC), attended by 14 Pacific nations.

"You are the leader of the Global South," Mr Marape told his guest in his opening remarks, urging India to speak up for small island states on climate finance.

Governor-General Sir Bob Dadae invested Mr Modi with the Companion of the Order of Logohu, and Fiji's Prime Minister Sitiveni Rabuka presented him with Fiji's highest honour after the two held talks on the sidelines.

Across town, Mr Blinken and Defence Minister Win Bakri Daki signed the defence cooperation agreement, which gives US forces access to PNG ports and airfields, along with a maritime surveillance deal.

Mr Blinken was standing in for President Joe Biden, who was to have become the first sitting US president to visit the Pacific nation but called off the trip last week to deal with debt-ceiling negotiations in Washington.

Students protested at the University of Technology in Lae against the defence pact, which opponents fear could draw PNG into a conflict between the US and China. Mr Marape said the agreement would not stop PNG from dealing with other partners.

Mr Modi, who flew in from the G7 summit in Hiroshima, leaves for Sydney on Monday night. He is due to hold talks with Prime Minister Anthony Albanese on Wednesday and address an Indian diaspora event at Qudos Bank Arena, his office said.

ABC/Wires

Posted 22 May 2023, updated 22 May 2023

Share | Copy link | Facebook | X (formerly Twitter)

Related stories
- Solomon Islands PM says China police deal is 'in the national interest'
- Fiji's Rabuka moves to scrap police cooperation deal with China
- Pacific leaders call for climate loss and damage fund

Top stories
Senate estimates: defence officials grilled over submarine costs
NRL: Storm hold off Broncos in thriller
Budget estimates: inflation 'has peaked', RBA says

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.
This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced."""))

A.append(dict(id="h26-06", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2019/12/24/national/politics-diplomacy/abe-moon-chengdu-talks/",
published_at="2019-12-24", body="""The Japan Times

NIKKEI 23,830.58 ▲ +8.95 | TOPIX 1,733.18 ▲ +1.16 | USD/JPY 109.41

You have 1 free article remaining this month. Subscribe for unlimited access.

NATIONAL / POLITICS & DIPLOMACY

Abe and Moon hold first formal talks in 15 months, agree feud should be solved through dialogue

KYODO, JIJI
Dec 24, 2019

CHENGDU, China – Prime Minister Shinzo Abe and South Korean President Moon Jae-in held their first formal talks in 15 months on Tuesday, agreeing that a bitter dispute over wartime labor and trade curbs should be resolved through dialogue, but making no breakthrough.

The 45-minute meeting in the southwestern Chinese city of Chengdu took place on the sidelines of a trilateral summit with Chinese Premier Li Keqiang. The last time the two leaders sat down for a formal meeting was in New York in September last year.

"Japan-South Korea relations are important. I don't think we should leave the situation as it is," Abe told Moon at the start of the talks, according to a Japanese official. Moon said the two countries "cannot be far apart".

Abe repeated Tokyo's position that the issue of compensation for Koreans forced to work for Japanese firms during the war was settled under a 1965 treaty, and urged Seoul to address rulings by its top court ordering Japanese companies to pay. Moon called for Tokyo to withdraw tighter export controls on materials used to make semiconductors.

The two leaders agreed their foreign ministries and trade officials should keep talking.

Abe and Moon arrived in China on Monday and held separate talks in Beijing with President Xi Jinping. Abe and Xi confirmed that the Chinese leader's state visit to Japan would go ahead next spring, with the two sides saying they would work toward a fifth political document to define bilateral ties.

Xi told Moon in their meeting that China and South Korea should "properly handle" the deployment of a U.S. missile defense system in the South, according to Chinese state media.

Abe also held talks with Li in Chengdu on Tuesday morning, during which he raised the cases of Japanese nationals detained in China. Japan will host next year's trilateral summit.

Observers said the meeting between Abe and Moon was a modest step. "The fact that they met is the news," said a professor of international relations at Keio University. "Neither side moved on the substance."

Chengdu, the capital of Sichuan province, was chosen as the venue to showcase China's development in its interior, officials said. The three leaders issued a joint statement on cooperation for the next decade.

KEYWORDS
Shinzo Abe, Moon Jae-in, South Korea, China, Xi Jinping, Li Keqiang, Japan-South Korea relations

RELATED
- Abe to visit Saudi Arabia, UAE and Oman in January amid Middle East tensions
- Japan to lift curbs on exports of photoresists to South Korea
- Year in review: 2019's biggest political stories

Our journalism needs your support. Subscribe now for full digital access.

SHARE: Facebook | Twitter | LINE | Pocket

Copyright 2019 The Japan Times. All rights reserved."""))

A.append(dict(id="h26-07", source="jakartaglobe.id",
url="https://jakartaglobe.id/news/prabowo-xi-jinping-beijing-first-overseas-trip-us10-billion-deals",
published_at="2024-11-10", body="""Jakarta Globe

JCI 7,287.19 ▼ -0.23% | USD/IDR 15,690 | LQ45 895.62 ▼ -0.41%

News | Business | Lifestyle | Tech | Opinion

Prabowo Meets Xi in Beijing on First Overseas Trip as President, $10 Billion in Deals Lined Up

By Jakarta Globe
November 10, 2024 | 9:12 am

Beijing. President Prabowo Subianto held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Saturday, kicking off his first overseas tour since taking office last month, a trip that will take him to four continents in two weeks.

Xi welcomed his guest with a ceremony in front of the hall before the two leaders met for talks that covered food security, the downstream processing of minerals, the Jakarta-Bandung high-speed railway and the free nutritious meals program that Prabowo has made a flagship of his presidency.

"China is one of our most important partners," Prabowo said. "We want to continue and deepen our cooperation."

Prabowo arrived in Beijing on Friday evening and also met Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee. Indonesian and Chinese companies are expected to sign agreements worth about $10 billion at a business forum on Sunday morning, before the president leaves Beijing.

A joint statement released after the talks included a line about "joint development in areas of overlapping claims" at sea, drawing criticism from analysts who said it could be read as recognizing China's claims in the South China Sea. The Foreign Ministry did not immediately respond to requests for comment.

Foreign Minister Sugiono, who accompanied the president, told reporters that Prabowo would fly from Beijing to Washington, where he is scheduled to hold talks with President Joe Biden at the White House on Tuesday. After that, he will travel to Lima to attend the APEC summit and then to Rio de Janeiro for the G20 summit.

"On the way back, the president will stop in London to meet Prime Minister Keir Starmer and attend a business forum," Sugiono said, adding that a visit to the Middle East was still being considered.

Prabowo had spoken by phone with US President-elect Donald Trump after the American election, in a call a video of which was later posted online by his office.

Prabowo has promised an active, non-aligned foreign policy. Last month Indonesia said it wanted to join the BRICS bloc of emerging economies.

Economist Bhima Yudhistira said the Beijing deals must be scrutinized. "We need to see how much of this becomes real investment," he said.

Read also:
Sugiono Attends BRICS Summit in Kazan, Says Indonesia Wants to Join
Rupiah Weakens Ahead of US Inflation Data
Jakarta-Bandung Fast Train Carries Its 5 Millionth Passenger

Tags: Prabowo Subianto, Xi Jinping, China, Indonesia-China relations, Sugiono

Download the Jakarta Globe app | Follow us on WhatsApp Channel

Copyright © 2024 Jakarta Globe. All rights reserved."""))

A.append(dict(id="h26-08", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20240526000112",
published_at="2024-05-26", body="""The Korea Herald

KOSPI 2,687.60 ▼ -34.39 | KOSDAQ 839.98 ▼ -5.46 | USD/KRW 1,366.10 ▲ 3.40

Politics | Social Affairs | Business | Life & Culture | Sports | World | Opinion

[Newsmaker] Yoon holds back-to-back talks with Chinese, Japanese leaders ahead of trilateral summit

Published : May 26, 2024 - 18:11 | Updated : May 26, 2024 - 21:40

President Yoon Suk Yeol held separate talks with Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul on Sunday, on the eve of the first summit of the three countries in four and a half years.

In his meeting with Li at the presidential office in Yongsan, Yoon said the two sides should work for "mutual respect and common interests" and asked China to play a constructive role on North Korea, his office said. Li said China was willing to work with South Korea to keep supply chains stable.

The two sides agreed to launch a new "2+2" dialogue involving senior diplomats and defense officials, and to resume the second phase of negotiations on their free trade agreement, which covers services and investment. Officials from both sides also signed memorandums on trade and supply chain cooperation.

Yoon and Kishida agreed to keep up cooperation as next year marks the 60th anniversary of the normalization of ties. They also discussed the row over the Japanese messaging platform Line, whose operator has been asked by Tokyo to review its capital ties with Naver.

Li and Kishida also met separately in Seoul on Sunday evening. Kishida asked for the release of Japanese nationals detained in China and for the lifting of the ban on Japanese seafood, Kyodo News reported.

The three leaders will hold their summit on Monday, the first since December 2019 in Chengdu, and are expected to adopt a joint declaration on trade, health and people-to-people exchanges. They were to attend a dinner hosted by Yoon on Sunday night.

Yoon's office said the president had expressed hope that Chinese President Xi Jinping could visit South Korea at an early date, but that there was no concrete plan yet. Xi last visited in 2014.

Experts said the resumption of the trilateral mechanism, suspended because of the pandemic and tensions between Seoul and Tokyo, was significant in itself. "It's about restoring the machinery," said a professor at Seoul National University's Graduate School of International Studies.

Li, on his first visit to South Korea as premier, arrived on Sunday morning. Kishida flew in from Tokyo later in the day.

By Lee Ha-yeon (hylee@heraldcorp.com)

Most Popular
1 Yoon to visit Turkmenistan, Kazakhstan, Uzbekistan next month
2 Seoul apartment prices rise for ninth week
3 Hybe, Min Hee-jin legal battle heats up
4 [Weather] Early summer heat to continue
5 Samsung union plans first strike

Subscribe to the Korea Herald newsletter | Get the app

Copyright Herald Corporation. All Rights Reserved."""))

A.append(dict(id="h26-09", source="reuters.com",
url="https://www.reuters.com/article/us-northkorea-usa-summit-idUSKCN1QG0AH",
published_at="2019-02-27", body="""Reuters | World | Business | Markets | Breakingviews | Video | More

Asian markets: Nikkei ▼ 0.1% | Hang Seng ▼ 0.4% | KOSPI ▼ 0.4% | USD/KRW 1,122.4

World News | February 27, 2019 / 2:56 PM / Updated 5 hours ago

Trump, Kim meet for dinner in Hanoi as Vietnam hosts second summit

By Jonathan Hale and Min-ji Seo | 5 Min Read

HANOI (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un shook hands in Hanoi on Wednesday at the start of their second summit, with Trump predicting a "very successful" meeting and Kim saying he was confident of a "great outcome" this time.

The two leaders met for a 20-minute one-on-one conversation at the French colonial-era Sofitel Legend Metropole hotel before sitting down to a dinner joined by U.S. Secretary of State Mike Pompeo, acting White House chief of staff Mick Mulvaney, senior North Korean official Kim Yong Chol and Foreign Minister Ri Yong Ho.

Full talks are scheduled for Thursday, when the two sides will try to agree on concrete steps towards the denuclearization of North Korea and on what Washington might offer in return.

Earlier on Wednesday, Trump held talks with Vietnamese President and Communist Party chief Nguyen Phu Trong at the Presidential Palace, and met Prime Minister Nguyen Xuan Phuc. He watched as Vietnamese airlines signed deals to buy more than 100 Boeing aircraft. Pompeo separately met Vietnamese Foreign Minister Pham Binh Minh.

Trump praised Vietnam's economic transformation as a model for North Korea. "Vietnam is one of the few places in the world that is so prosperous," he said.

Kim arrived on Tuesday morning at the border town of Dong Dang after a train journey of more than 60 hours through China, where he was met by Vietnamese officials and a guard of honor before driving the final 170 km to Hanoi. Vietnam's foreign ministry said Kim would make an official friendship visit to the country after the summit, which will include talks with Trong.

In Seoul, presidential spokesman Kim Eui-kyeom said South Korean President Moon Jae-in expected to talk with Trump by telephone once the summit ended, to discuss how to build on the results.

The first summit, in Singapore last June, produced a vaguely worded pledge to work towards "complete denuclearization" but little concrete progress since.

Trump earlier played down expectations on timing. "I'm in no rush. I don't want to rush anybody," he said. "I just don't want testing."

A U.S. official said a possible declaration formally ending the 1950-53 Korean War was among the options on the table, as well as the opening of liaison offices.

(Additional reporting by Hyonhee Shin in Seoul; Editing by Robert Birsel)

Related Coverage
- Factbox: What's on the menu for Trump and Kim in Hanoi
- Xi and Kim meet in Beijing as North Korean leader marks birthday
- Vietnam's Vietjet orders 100 Boeing 737 MAX jets

Our Standards: The Thomson Reuters Trust Principles.

Apps | Newsletters | Advertise with Us | Cookies | Terms of Use | Privacy
All quotes delayed a minimum of 15 minutes."""))

A.append(dict(id="h26-10", source="theguardian.com",
url="https://www.theguardian.com/world/2024/nov/16/biden-xi-final-meeting-lima-apec",
published_at="2024-11-16", body="""The Guardian
News | Opinion | Sport | Culture | Lifestyle

Support the Guardian - Fund independent journalism with $5 per month | Support us

World news

Biden and Xi hold final meeting in Lima as Trump's return looms over Apec

Chinese leader warns against 'containment' and says Beijing is ready to work with new administration

Luis Carranza in Lima and agencies
Sat 16 Nov 2024 21.43 EST

Joe Biden and Xi Jinping held what is likely to be their last meeting as leaders on Saturday, on the sidelines of the Asia-Pacific Economic Cooperation (Apec) summit in Lima, two months before Donald Trump returns to the White House promising sweeping tariffs on Chinese goods.

Meeting at the hotel where the Chinese delegation was staying, Xi said China was ready to work with the incoming administration to "maintain communication, expand cooperation and manage differences", but warned Washington against trying to contain China. The two leaders agreed that humans, not artificial intelligence, should keep control over decisions to use nuclear weapons.

Biden said the two had not always agreed but that their conversations had been "candid" and had kept competition from veering into conflict.

Xi arrived in Peru on Thursday for a state visit, and on the same day he and President Dina Boluarte inaugurated, by video link from the government palace in Lima, the $1.3bn deepwater port of Chancay built and majority-owned by China's Cosco Shipping. The two governments also signed a protocol upgrading their free trade agreement.

The Chinese leader held his first talks with Japan's new prime minister, Shigeru Ishiba, on Friday, and also met South Korea's president, Yoon Suk Yeol, for the first time in two years, telling him the two countries should "get along".

Biden, Ishiba and Yoon held a separate trilateral meeting on Friday, setting up a permanent secretariat to coordinate their cooperation.

Xi will go on to Rio de Janeiro for the G20 summit on Monday and Tuesday, before travelling to Brasília for a state visit, where he is expected to hold talks with Luiz Inácio Lula da Silva, the Chinese foreign ministry said.

Biden is to stop in Manaus on Sunday, becoming the first sitting US president to visit the Amazon, before flying to Rio for the G20.

The Apec summit, held in Lima for the third time, has been overshadowed by the American election. Several leaders said privately they were bracing for a return to trade wars.

Peru's government had hoped the gathering would showcase the country's stability after years of political turmoil. Protesters marched in central Lima on Thursday to demand action against extortion by criminal gangs.

I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian's journalism. We do not have shareholders or a billionaire owner. Support us from just $1 - it only takes a minute. Thank you.

Explore more on these topics: Joe Biden | Xi Jinping | China | Peru | Apec | US foreign policy

Share | Reuse this content

Most viewed
Ukraine war briefing: Scholz and Putin speak by phone for first time in two years
Trump picks Chris Wright as energy secretary
Mike Tyson loses to Jake Paul in Texas

© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved."""))

A.append(dict(id="h26-11", source="pbs.org",
url="https://www.pbs.org/newshour/world/rubio-tells-panamas-president-to-reduce-chinese-influence-over-canal",
published_at="2025-02-02", body="""PBS News

Watch Live | Newsletters | Podcasts | Support PBS News

Become a PBS News supporter. Your gift helps bring trustworthy journalism to millions. Donate now

WORLD

Rubio tells Panama's president to curb Chinese influence over canal or face US action

By — Associated Press
Feb 2, 2025 7:15 PM EST

Left: Secretary of State Marco Rubio is greeted by Panama's Foreign Minister Javier Martinez-Acha as he arrives at Panama Pacifico airport on Saturday. Photo by Mark Schiefelbein/Pool via REUTERS

PANAMA CITY (AP) — Secretary of State Marco Rubio told Panama's president on Sunday that the Central American nation must immediately reduce Chinese influence over the area around the Panama Canal or face possible retaliation from the United States, the State Department said.

Rubio, on his first trip abroad as the top U.S. diplomat, met President José Raúl Mulino at the Palacio de las Garzas for about an hour and a half. He told Mulino that President Donald Trump had made a "preliminary determination" that China's presence in the canal area violated a treaty that guarantees the waterway's permanent neutrality.

The current status quo is "unacceptable," the State Department said in a statement after the meeting.

Mulino told reporters afterward that he did not feel there was a real threat of military action and that sovereignty over the canal was "not in question". But he said Panama would not renew its 2017 agreement to join China's Belt and Road infrastructure initiative and might end it early.

He also said Panama would review a concession held by a Hong Kong-based company that operates ports at both ends of the canal.

Rubio later toured the Miraflores locks with the canal administrator, Ricaurte Vásquez.

Small groups of protesters gathered near the palace, some burning U.S. flags, and riot police kept them away from the motorcade.

Trump has repeatedly said the United States should "take back" the canal, which it handed over in 1999, and has not ruled out the use of force. Speaking to reporters in Washington on Sunday, he said "something very powerful" would happen if Panama did not act.

From Panama, Rubio travels on Monday to El Salvador, where he is to meet President Nayib Bukele, and then on to Costa Rica, Guatemala and the Dominican Republic, the State Department said. Migration and deportation flights are expected to dominate those stops.

The tour is meant to signal the administration's focus on the Western Hemisphere, a priority for Rubio, the son of Cuban immigrants.

Associated Press writers Elena Prieto in Panama City and Mark Delgado in Washington contributed to this report.

Support Provided By: Learn more

RELATED
- Trump renews threat to retake Panama Canal in inaugural address
- What to know about the Panama Canal and China's role
- Colombia accepts deportation flights after Trump tariff threat

Subscribe to 'Here's the Deal,' our politics newsletter for analysis you won't find anywhere else.

© 1996 - 2025 NewsHour Productions LLC. All Rights Reserved."""))

A.append(dict(id="h26-12", source="smh.com.au",
url="https://www.smh.com.au/politics/federal/albanese-and-xi-meet-in-beijing-20231106-p5ehxk.html",
published_at="2023-11-07", body="""The Sydney Morning Herald

ASX 200 7,014.30 ▲ +0.4% | AUD/USD 0.6512 ▲ +0.2% | Iron ore US$128.40

Subscribe now | Log in

Politics / Federal / China relations

Albanese and Xi hail 'new chapter' as PM becomes first leader to visit in seven years

By Harriet Vale
Updated November 7, 2023 — 6.02am, first published November 6, 2023 — 9.30pm

Prime Minister Anthony Albanese and Chinese President Xi Jinping have declared that the relationship between their countries is back on a steadier footing, after talks at the Great Hall of the People that both sides described as warm.

Xi told Albanese that China and Australia "can be trustworthy partners" and that the two countries had no fundamental conflict of interests, while the prime minister said Australia would "cooperate where we can, disagree where we must".

Albanese, the first Australian leader to visit China since 2016, arrived in Shanghai on Saturday and opened the China International Import Expo on Sunday before flying to Beijing. He is to hold the annual leaders' meeting with Premier Li Qiang on Tuesday.

Albanese said he had invited Li to visit Australia next year, an invitation the premier had accepted, and that the two countries would hold their next round of talks in Canberra.

During the meeting Albanese raised the case of Australian writer Yang Hengjun, who remains in detention in Beijing, and pressed for the removal of remaining trade restrictions on wine and lobster. Exports of barley, timber and coal have already resumed.

Earlier in the day, Albanese walked through the Temple of Heaven, recreating a photograph of Gough Whitlam taken during his own visit in 1973, fifty years ago.

Opposition Leader Peter Dutton said the visit should not be seen as a sign that China had changed its behaviour. "We need to be clear-eyed," he said.

The visit comes less than two weeks after Albanese was hosted by President Joe Biden for a state visit in Washington, where he sought to reassure the US that Australia's engagement with Beijing did not weaken the AUKUS pact.

After the Beijing leg, the prime minister will fly to the Cook Islands for the Pacific Islands Forum leaders' meeting in Rarotonga.

Trade Minister Don Farrell, who met his Chinese counterpart Wang Wentao in Shanghai on the weekend, said a decision on wine tariffs was expected within months.

License this article

Most Viewed in Politics
1 Albanese's Temple of Heaven moment
2 Voice campaign figures regroup after referendum defeat
3 Interest rates: RBA expected to lift cash rate on Melbourne Cup day
4 Dutton says migration numbers 'out of control'

Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening Edition newsletter.

Share on Facebook | Share on X | Share via Email

Copyright © 2023 The Sydney Morning Herald"""))
