# Long pages (2,500-4,500 characters), h65-01 .. h65-12
A = []

A.append(dict(id="h65-01", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20240526000187",
published_at="2024-05-26", body="""KOSPI 2,687.60 ▼ -0.99% | KOSDAQ 839.98 ▼ -0.43% | USD/KRW 1,365.50 ▲ +2.30 | JPY/KRW 869.93

Subscribe to The Korea Herald newsletter | Download our app

Politics / Diplomacy

Yoon holds back-to-back talks with Li, Kishida on eve of first trilateral summit in 4 1/2 years

By Shin Da-eun
Published : May 26, 2024 - 20:41  Updated : May 26, 2024 - 22:05

President Yoon Suk Yeol (right) shakes hands with Chinese Premier Li Qiang before their talks at the presidential office in Yongsan, Seoul, Sunday. (Yonhap)

President Yoon Suk Yeol held separate talks with Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul on Sunday, a day before the three countries' leaders sit down together for the first time since December 2019.

Li, on his first visit to South Korea since taking office last year, arrived at Seoul Air Base in Seongnam on Sunday and went into a meeting with Yoon at the presidential office. The two agreed to launch a "2+2" diplomatic and security dialogue between their vice-ministers and to restart the second phase of negotiations on their free trade agreement, which covers services and investment, Yoon's office said.

Yoon asked Beijing to play a "constructive role" on North Korea, amid signs that Pyongyang is preparing to launch another military reconnaissance satellite. The Chinese premier, according to a readout released by Xinhua, said the two neighbors should "stick to the original aspiration" of their diplomatic ties and keep supply chains stable.

Yoon then received Kishida, who flew in from Tokyo earlier in the day. The two discussed the row over Japan's administrative guidance to messaging operator LINE Yahoo, which South Korean internet giant Naver partly owns, with Kishida saying the request was not meant to force Naver to sell its stake, according to a senior presidential official.

Kishida and Li also met on their own at a Seoul hotel in the evening, their first formal talks since Li took office. Tokyo said Kishida pressed for the immediate lifting of Beijing's ban on Japanese seafood imposed after the release of treated water from the Fukushima nuclear plant, and for the release of Japanese nationals detained in China.

The three-way summit is set for Monday morning, after which the leaders are expected to adopt a joint declaration and meet business leaders at a trilateral forum. Officials said the gathering, originally an annual event, had been held up first by the pandemic and then by friction between Seoul and Tokyo.

"The fact that the three leaders are meeting again is itself meaningful," said a professor of international relations at Kookmin University. "But expectations on North Korea should be kept low. Beijing is not going to sign up to anything that looks like pressure on Pyongyang."

Li, the No. 2 in China's leadership, also met Samsung Electronics Executive Chairman Lee Jae-yong and other business leaders on Sunday evening, according to industry sources.

Foreign Minister Cho Tae-yul, who travelled to Beijing earlier this month to lay the groundwork for the summit, told reporters the government would push for the trilateral format to become regular again.

Yonhap

Most Popular
1 UAE president to make state visit to Seoul this week
2 NewJeans agency CEO faces police questioning
3 Doctors' walkout enters 15th week
4 Korea-Africa summit to open in Seoul next month
5 BTS member Jin to be discharged from military on June 12

[Related] N. Korea slams trilateral summit plan as 'provocation'

Tags: Yoon Suk Yeol, Li Qiang, Fumio Kishida, trilateral summit

Share: Facebook | X | KakaoTalk | Copy URL

Copyright (c) Herald Corporation. All rights reserved."""))

A.append(dict(id="h65-02", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/albanese-meets-xi-jinping-great-hall-of-the-people/103068210",
published_at="2023-11-06", body="""ABC News

Skip to main content | Search | Sign in

ASX 200 6,976.60 ▲ +0.84% | AUD/USD 64.97c ▲ +0.18 | Iron ore US$126.50 | Brent crude US$84.89/bbl

Posted Mon 6 Nov 2023 at 4:18pm, updated Mon 6 Nov 2023 at 7:52pm

Anthony Albanese tells Xi Jinping relationship is 'moving in the right direction' in Beijing talks

By China correspondent Hannah Courtier and political reporter Liam Brodribb

Prime Minister Anthony Albanese and Chinese President Xi Jinping at the Great Hall of the People. (AAP: Lukas Coch)

Anthony Albanese has met Chinese President Xi Jinping in Beijing, becoming the first Australian prime minister to visit China in seven years and declaring after the talks that relations were "moving in the right direction".

Key points:
- The meeting in the Great Hall of the People ran for about an hour, longer than scheduled
- Mr Albanese raised the case of detained Australian writer Yang Hengjun
- He will hold the annual leaders' meeting with Premier Li Qiang on Tuesday

President Xi told the Prime Minister that China and Australia could be "trustworthy partners" and that their relationship was "now on the right path of improvement and development", according to a Chinese readout.

Mr Albanese, who arrived in Shanghai on Saturday and spoke at the China International Import Expo on Sunday, said he had raised trade, human rights and the case of Dr Yang, who has been held since 2019.

"We will cooperate where we can, disagree where we must, and engage in our national interest," Mr Albanese told reporters afterwards.

The trip comes 50 years after Gough Whitlam became the first Australian leader to visit the People's Republic. Earlier on Monday Mr Albanese retraced Whitlam's steps at the Temple of Heaven.

What's still on the table

Beijing has lifted tariffs on Australian barley and is reviewing those on wine, but restrictions remain on some exports including lobster and beef from several abattoirs.

Trade Minister Don Farrell, travelling with the Prime Minister, said he expected "further progress" on wine within weeks. Foreign Minister Penny Wong opened the way for the visit with her own trip to Beijing last December, the first by an Australian foreign minister in four years.

Australian journalist Cheng Lei, who returned to Melbourne last month after three years in detention, was not discussed in detail, officials said.

Mr Albanese's visit comes only a fortnight after he was hosted by US President Joe Biden at the White House for an official visit. Asked on Monday whether he had briefed Washington about his talks, he said Australia "doesn't need anyone's permission" to pursue its interests.

China has still not confirmed whether Mr Xi will travel to San Francisco for the APEC leaders' summit later this month, where US officials have said a meeting with Mr Biden is being worked on.

After Tuesday's meeting with Premier Li, Mr Albanese will fly to Rarotonga in the Cook Islands for the Pacific Islands Forum leaders' meeting, where climate change and regional security are expected to dominate.

Opposition Leader Peter Dutton said the Prime Minister should have secured the release of Dr Yang before agreeing to travel.

Posted 6 Nov 2023

Related stories
Cheng Lei speaks for the first time since returning home
Penny Wong lands in Beijing for talks with Wang Yi
Pacific leaders gather in Rarotonga as climate tops the agenda

Topics: Government and Politics, Foreign Affairs, Trade, China, Australia

Share: Facebook | X | Email | Copy link

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))

A.append(dict(id="h65-03", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20230321_27/",
published_at="2023-03-21", body="""NHK WORLD-JAPAN News

Watch NHK WORLD-JAPAN live | Download the NHK WORLD-JAPAN app

Kishida makes unannounced visit to Ukraine, meets Zelenskyy in Kyiv

Mar. 21, 2023  21:04 JST

Japanese Prime Minister Kishida Fumio has arrived in the Ukrainian capital Kyiv on an unannounced trip and has held talks with President Volodymyr Zelenskyy.

Kishida is the last leader of a Group of Seven country to visit Ukraine since Russia launched its full-scale invasion in February last year. As this year's G7 chair, Japan had been under pressure to show its support in person ahead of the group's summit in Hiroshima in May.

Government officials say Kishida left New Delhi on Monday night after holding talks with Indian Prime Minister Narendra Modi, in which he laid out a new plan for a "Free and Open Indo-Pacific." Instead of returning to Tokyo as scheduled, he flew on a chartered aircraft to Poland and then travelled by train to Kyiv, arriving around noon on Tuesday local time.

Officials kept the trip secret until the prime minister had crossed the border for security reasons. Footage showed Kishida stepping off a train in Kyiv and being greeted by Ukraine's Deputy Foreign Minister Emine Dzhaparova.

In his meeting with Zelenskyy, Kishida is reported to have expressed Japan's solidarity and respect for the Ukrainian people and pledged continued support, including non-lethal equipment and help with rebuilding power infrastructure. He also visited Bucha, the town outside Kyiv where the bodies of many civilians were found after Russian forces withdrew last year, and laid flowers at a church.

Kishida told reporters he had seen "the cruelty" of the invasion with his own eyes.

The visit coincided with Chinese President Xi Jinping's three-day state visit to Russia. Xi arrived in Moscow on Monday and held informal talks lasting more than four hours with President Vladimir Putin. The two leaders are holding formal talks at the Kremlin on Tuesday. Beijing has presented itself as a neutral party and has put forward a 12-point position paper on the war, which Kyiv and Western governments have received coolly.

Japanese Chief Cabinet Secretary Matsuno Hirokazu told a news conference in Tokyo that the government had decided the timing of Kishida's trip independently and that it had nothing to do with Xi's visit to Moscow.

On his way home, Kishida is scheduled to stop in Warsaw on Wednesday for a meeting with Polish Prime Minister Mateusz Morawiecki, government sources said.

An expert on Russian affairs at Keio University told NHK that Kishida's appearance in Kyiv "sends a message that Japan is not simply a bystander in Europe's war, and it puts the Hiroshima summit on firmer ground."

The leaders of the G7 countries, the European Union and several guest nations are scheduled to meet in Hiroshima from May 19. Kishida has said he wants the summit to send a strong message against the use or threat of nuclear weapons.

Related Articles
- Xi arrives in Moscow for talks with Putin
- Japan, India leaders agree to deepen security ties
- Tokyo stocks rebound as bank worries ease
- Japan's foreign minister to skip G20 meeting in New Delhi

Share: Facebook | Twitter | LINE

This news content is provided by NHK. Copyright NHK (Japan Broadcasting Corporation). All rights reserved."""))

A.append(dict(id="h65-04", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3276281/xi-jinping-meets-jake-sullivan-beijing-calls-us-china-stable-relationship",
published_at="2024-08-29", body="""HSI 17,786.32 ▲ +0.51% | SSE 2,823.11 ▼ -0.33% | USD/CNY 7.1042 | Brent 79.62

China / Diplomacy

Xi Jinping meets Jake Sullivan in Beijing, says China's commitment to stable US ties 'unchanged'

Sullivan is the first US national security adviser to visit China since 2016
Two sides agree Xi and Joe Biden will talk by phone 'in the coming weeks'

Alcott Tam in Beijing and Rebecca Ng in Washington
Published: 7:30pm, 29 Aug 2024 | Updated: 10:12pm, 29 Aug 2024

Chinese President Xi Jinping and US National Security Adviser Jake Sullivan in the Great Hall of the People on Thursday. Photo: AFP

Chinese President Xi Jinping told visiting US National Security Adviser Jake Sullivan on Thursday that Beijing's commitment to a stable, healthy and sustainable relationship with Washington "remains unchanged", as the two powers try to manage tensions before the US presidential election in November.

The meeting in the Great Hall of the People came at the end of a three-day trip that included about 14 hours of talks with Foreign Minister Wang Yi at the Yanqi Lake retreat on the northern outskirts of the capital.

"In this changing and turbulent world, what China and the US need is not just to talk to each other, but to act," Xi said in remarks released by state broadcaster CCTV.

Sullivan, who arrived on Tuesday, said he was there to prepare the ground for the next contact between the two presidents. The White House said both sides had agreed that Xi and President Joe Biden would hold a phone call in the coming weeks, and that officials were also exploring a possible in-person meeting before the end of Biden's term.

He also sat down on Thursday with General Zhang Youxia, vice-chairman of the Central Military Commission, in what US officials described as a rare meeting with such a senior member of the People's Liberation Army. The two agreed to hold a call between theatre-level commanders "in the near future", the White House said.

Wang told the American guest that Taiwan was "the first red line" that must not be crossed and urged Washington to stop supporting the Philippines in the South China Sea, days after Chinese and Philippine coastguard vessels collided near Sabina Shoal.

Analysts in Beijing said the timing of the trip reflected a desire on both sides to lock in channels of communication regardless of who wins the White House.

"They want guardrails that survive the transition," said a senior fellow at a Beijing think tank. "That is why you see the emphasis on mil-to-mil channels."

Washington also raised Beijing's support for Russia's defence industrial base, fentanyl precursors and the case of Americans held in Chinese jails. Chinese officials, according to the foreign ministry, complained about US export controls on advanced chips and tariffs on Chinese electric vehicles.

The last comparable visit by a US national security adviser was Susan Rice's trip in July 2016.

Xi and Biden last met face to face at the Filoli estate near San Francisco last November, and last spoke by phone in April.

MORE ON THIS STORY
Philippines accuses China coastguard of 'deliberately ramming' vessel
Chinese, Russian premiers sign deals in Moscow
Kamala Harris picks up endorsement from ex-Republican officials

Topics: US-China relations, Xi Jinping, Jake Sullivan, Wang Yi

Join our newsletter | 12 comments

Copyright (c) 2024 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h65-05", source="rnz.co.nz",
url="https://www.rnz.co.nz/news/political/519733/chinese-premier-li-qiang-holds-talks-with-luxon-in-wellington",
published_at="2024-06-14", body="""RNZ News | Listen live | Menu

Political

Chinese Premier Li Qiang holds talks with Luxon in Wellington

2:24 pm on 14 June 2024

Share this
Share on Twitter | Share on Facebook | Share via email

Mei Lin Harvey, Political Reporter
@MeiLinHarvey

Premier Li Qiang inspects a guard of honour at Government House in Wellington. Photo: RNZ / Jonah Pekepo

Chinese Premier Li Qiang and Prime Minister Christopher Luxon have signed off on a series of agreements after talks in Wellington this morning, with Luxon saying he "did not hold back" on areas where the two countries disagree.

Li is the most senior Chinese official to come to New Zealand since Xi Jinping's state visit in 2014. He landed at Wellington Airport on Thursday afternoon and was greeted by Foreign Minister Winston Peters, before being formally welcomed with a powhiri at Government House this morning.

The pair witnessed the signing of five arrangements covering trade, science, the environment and an extension of visa-free travel for New Zealanders going to China. China will also open its services market further to New Zealand exporters under the existing free trade agreement, the prime minister said.

Luxon said he had raised New Zealand's concerns about China's activities in the Pacific, human rights in Xinjiang and Hong Kong, and a cyber attack on Parliament's network in 2021 that the government attributed to a Chinese state-sponsored group.

"We have been very clear and direct, and the premier has listened," Luxon told reporters at a standup after the talks. "We can have a very productive relationship while being honest about our differences."

Li, according to his office, said the two countries should be "partners for mutual benefit" and that disagreements should not define the relationship.

Protesters from Free Tibet and Hong Kong democracy groups gathered outside Parliament, while a larger group of supporters waved Chinese flags further down Lambton Quay.

Li heads to Auckland this afternoon to meet business leaders before flying to Adelaide on Saturday, the first leg of a four-day visit to Australia that will take him to Canberra for the annual leaders' meeting with Anthony Albanese on Monday, and then to Perth.

Peters travelled to Beijing in March, and Chinese Foreign Minister Wang Yi visited Wellington the same month, part of a flurry of contacts since the coalition government took office.

Luxon himself is due to leave for Tokyo next week on his first visit to Japan as prime minister, where he will meet Fumio Kishida and push for closer defence and intelligence cooperation.

The Greens and Te Pāti Māori criticised the government for not raising the treatment of Uyghurs more forcefully in public.

Related stories
Peters lands in Beijing for talks with Wang Yi
Luxon to lead trade mission to Japan
Pacific leaders wary of China police deals, says analyst

Get the RNZ app for ad-free news and current affairs

Topics: Politics, World, China

Copyright (c) 2024, Radio New Zealand

Subscribe to RNZ's Daily Newsletter"""))

A.append(dict(id="h65-06", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202304040012",
published_at="2023-04-04", body="""Focus Taiwan CNA English News

TAIEX 15,896.64 ▲ +28.56 | NT$/US$ 30.425

POLITICS

Tsai wraps up Belize visit, heads to Los Angeles for transit

04/04/2023 11:32 AM

Belize City, April 3 (CNA) President Tsai Ing-wen (蔡英文) on Monday concluded the second leg of her 10-day trip to Taiwan's allies in Central America, saying in Belize that "no amount of pressure" would stop Taiwan from engaging with the world.

Tsai arrived in Belize on Sunday from Guatemala and was received with military honors by Prime Minister Johnny Briceño at the Philip S.W. Goldson International Airport. The two held talks on Monday, after which Tsai addressed the National Assembly and visited a Taiwan-funded agricultural project.

Briceño reaffirmed Belize's diplomatic ties with Taiwan, telling reporters his country "will not abandon a friend." Belize Governor-General Froyla Tzalam also hosted the president at a state banquet.

In Guatemala, where she spent three days, Tsai held talks with President Alejandro Giammattei in Guatemala City, visited the ancient Maya city of Tikal and inaugurated a Taiwan-funded project at the national police academy. Giammattei called Taiwan "the only true friend" of Guatemala in the international community.

Tsai will fly to Los Angeles on Tuesday for a transit stop, during which she is expected to meet U.S. House Speaker Kevin McCarthy at the Ronald Reagan Presidential Library in Simi Valley on Wednesday. The White House has said the transit is consistent with past practice. China has warned it will "resolutely fight back" if the meeting goes ahead.

On her outbound journey, Tsai stopped in New York, where she received a leadership award from the Hudson Institute and met members of the Taiwanese community.

The trip comes a week after Honduras switched diplomatic recognition to Beijing. Honduran Foreign Minister Eduardo Enrique Reina signed a communique establishing ties with China in Beijing on March 26, leaving Taiwan with 13 diplomatic allies. Honduran President Xiomara Castro is expected to travel to China at a later date, according to Honduran media.

Meanwhile, former President Ma Ying-jeou (馬英九) of the opposition Kuomintang is on a 12-day trip to China, the first by a former Taiwanese president since 1949. Ma visited Hunan on Monday and is due to travel to Chongqing.

Taiwan's foreign ministry said Tsai's trip had been planned long before the Honduran decision.

(By Lai Chun-ting and Evelyn Kao)
Enditem/ls

Photo: President Tsai Ing-wen (left) and Belize Prime Minister Johnny Briceño review an honor guard in Belize City. Photo courtesy of the Presidential Office April 3, 2023

Related News
04/03/2023 Taiwan, Guatemala sign agreements on police training and trade
04/02/2023 China sanctions Hudson Institute, Reagan Library over Tsai events
04/01/2023 Taiwan not ruling out more allies switching: foreign minister

Read More | Share | Print

Newsletter: Get CNA English news in your inbox

Copyright © 2023 Central News Agency. All Rights Reserved."""))

A.append(dict(id="h65-07", source="koreajoongangdaily.joins.com",
url="https://koreajoongangdaily.joins.com/news/2025-08-23/national/diplomacy/lee-ishiba-tokyo-summit-joint-press-release/2380541",
published_at="2025-08-23", body="""KOREA JOONGANG DAILY

KOSPI 3,168.73 ▲ +0.39% | USD/KRW 1,398.20 ▲ +1.60 | Nikkei 225 42,633.29 ▲ +0.05%

National > Diplomacy

Lee and Ishiba vow 'future-oriented' ties in Tokyo, first joint document in 17 years

By Jeon Min-ha, Yonhap
Published: 23 Aug. 2025, 21:12  Updated: 23 Aug. 2025, 23:40

President Lee Jae-myung, left, and Japanese Prime Minister Shigeru Ishiba shake hands before their summit at the prime minister's office in Tokyo on Saturday. [JOINT PRESS CORPS]

TOKYO - President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed on Saturday to develop relations between their countries in a "stable and future-oriented" way, issuing a joint press release after talks in Tokyo, the first such document between the two countries' leaders in 17 years.

Lee arrived at Haneda Airport around midday on his first bilateral trip abroad since taking office in June, becoming the first Korean president to pick Japan as the first stop on an overseas trip before the United States. The two leaders held a small-group meeting followed by an expanded session and a dinner hosted by Ishiba.

In the document, the two sides said they would cooperate on low birth rates, regional development and disaster preparedness, and set up a consultative body on shared social challenges. They also reaffirmed the importance of trilateral cooperation with Washington on North Korea.

Lee, who as an opposition leader was a vocal critic of Tokyo, said the two countries were "like neighbors sharing a front yard" and that disagreements over history should be handled "wisely" without holding back cooperation. Ishiba said he took the 1998 joint declaration by Kim Dae-jung and Keizo Obuchi as the basis of his government's approach.

The pair had met briefly on the sidelines of the Group of Seven summit in Kananaskis, Canada, in June.

Lee leaves for Washington on Sunday and is scheduled to hold his first summit with U.S. President Donald Trump at the White House on Monday. Trade, Seoul's $350 billion investment pledge under the tariff deal reached last month, defense cost-sharing and the future of U.S. troops in Korea are expected to be on the agenda, according to presidential national security adviser Wi Sung-lac.

Lee and Trump have spoken once by phone, two days after Lee's inauguration in June. Seoul's trade and industry ministers shuttled to Washington several times in July to secure the tariff agreement.

Separately, a delegation of special envoys led by former National Assembly Speaker Park Byeong-seug is set to depart for Beijing on Sunday, carrying a letter from Lee to Chinese President Xi Jinping, the presidential office said. The envoys will stay in China until Wednesday.

Presidential spokesperson Kang Yu-jung said the sequence of the trips was intended to show that "pragmatic diplomacy" did not mean choosing between neighbors and allies.

North Korea has not commented on Lee's trip. Kim Yo-jong, the powerful sister of leader Kim Jong-un, said earlier this week that Pyongyang had "no interest" in dialogue with Seoul.

Experts said the Tokyo stop was meant to line up Seoul and Tokyo before both face Trump. "Korea and Japan are in the same boat on tariffs and on the alliance," said a professor of Japanese studies at Kookmin University.

RELATED ARTICLES
Lee holds first phone talks with Trump, agrees on quick tariff deal
Ruling party to push special counsel bill in September session
Chinese Foreign Minister Wang Yi to visit Seoul? Not this year, officials say

Copyright © Korea JoongAng Daily. All Rights Reserved.
Subscribe to our newsletter | Comments (14)"""))

A.append(dict(id="h65-08", source="abc.net.au",
url="https://www.abc.net.au/pacific/programs/pacificbeat/modi-blinken-png-defence-pact/102378114",
published_at="2023-05-22", body="""ABC Pacific

Pacific Beat | Listen live | Subscribe to our podcast

Modi and Blinken in Port Moresby on the same day as PNG signs US defence pact

Posted Mon 22 May 2023 at 6:05pm

By Pacific affairs reporter Tavita Leota and Kaiya Tombe in Port Moresby

Indian Prime Minister Narendra Modi is greeted by Papua New Guinea's Prime Minister James Marape at Jacksons International Airport. (Supplied: PNG Prime Minister's Office)

Papua New Guinea has signed a defence cooperation agreement with the United States, on a day when the capital hosted both Indian Prime Minister Narendra Modi and US Secretary of State Antony Blinken.

Mr Blinken and PNG Defence Minister Win Bakri Daki signed the agreement at APEC Haus on Monday afternoon, along with a separate shiprider arrangement allowing US Coast Guard vessels to help patrol PNG's waters.

"This partnership is about the future," Mr Blinken said at the signing. Prime Minister James Marape said the agreement would help PNG upgrade its military and police and did not give Washington any right to launch operations from PNG soil.

Students at the PNG University of Technology in Lae held protests over the pact last week, saying its contents had not been made public.

Mr Blinken came in place of President Joe Biden, who was meant to be the first sitting US president to visit the country but called off the trip to deal with debt ceiling negotiations at home. Mr Biden also cancelled his stop in Sydney, which led Anthony Albanese to scrap this week's Quad leaders' meeting.

Modi feted

Mr Modi arrived on Sunday night, fresh from the G7 summit in Hiroshima, and was welcomed on the tarmac by Mr Marape, who bent to touch his feet in a gesture of respect. India usually does not receive a guard of honour after sunset, but an exception was made.

On Monday, Mr Modi co-chaired the third Forum for India-Pacific Islands Cooperation (FIPIC) summit with Mr Marape, attended by leaders and ministers from 14 Pacific Island countries. He announced a 12-step plan covering health, renewable energy and cyber security.

Mr Modi and Mr Marape also held bilateral talks, and Mr Marape conferred the Companion of the Order of Logohu, PNG's highest civilian honour, on the Indian leader.

On the sidelines of the forum, Mr Modi met Fiji's Prime Minister Sitiveni Rabuka, who presented him with the Companion of the Order of Fiji. The two leaders discussed health cooperation and a new hospital in Suva, an Indian official said.

Pacific island leaders also met Mr Blinken separately, at a US-Pacific dialogue hosted by PNG.

The Indian prime minister leaves for Sydney on Monday night. He is set to meet Mr Albanese on Wednesday and address members of the Indian community at Qudos Bank Arena on Tuesday.

"PNG has become the place everyone wants to be," said a lecturer in political science at the University of Papua New Guinea. "The challenge for Marape is turning that attention into roads and clinics."

China's embassy in Port Moresby said cooperation between countries should not target third parties.

Related stories
Biden pulls out of PNG, Australia trips over debt talks
Marape says US deal 'no threat' to China ties
Solomon Islands PM to visit China in July

Topics: Pacific, Papua New Guinea, India, United States, Defence

Share | Copy link | 3 comments

Support ABC Pacific. Read our community guidelines and privacy policy."""))

A.append(dict(id="h65-09", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/saudi-arabia/2023/03/10/saudi-arabia-and-iran-agree-to-restore-diplomatic-ties-in-china-brokered-deal/",
published_at="2023-03-10", body="""The National

Brent crude $82.78 ▲ +1.36% | WTI $76.68 ▲ +1.43% | Gold $1,867 ▲ +1.1% | TASI 10,090 ▼ -0.4%

Gulf News / Saudi Arabia

Saudi Arabia and Iran agree to restore diplomatic ties in China-brokered deal

Embassies to reopen within two months, after four days of talks in Beijing

Hamad Al Otaiba
Mar 10, 2023

Wang Yi, centre, with Ali Shamkhani, right, and Musaed Al Aiban in Beijing on Friday. Photo: Xinhua

Saudi Arabia and Iran have agreed to resume diplomatic relations and reopen their embassies within two months, ending a seven-year rupture between the region's two biggest rivals in a deal brokered by China.

A joint statement by the three countries was issued in Beijing on Friday after talks that began on Monday between Saudi national security adviser Musaed Al Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council. The two officials signed the agreement alongside Wang Yi, China's top diplomat.

Under the agreement, Riyadh and Tehran will respect each other's sovereignty and refrain from interfering in each other's internal affairs. They will also revive a security cooperation agreement signed in 2001 and an older general agreement on economy, trade, investment, technology and culture.

The statement said the foreign ministers of both countries will meet to put the decision into effect, arrange the return of their ambassadors and discuss ways to strengthen relations.

Riyadh cut ties with Tehran in January 2016 after its embassy in Tehran and consulate in Mashhad were stormed by protesters following the Saudi execution of Shiite cleric Nimr Al Nimr.

Mr Shamkhani described the talks as "clear, transparent, comprehensive and constructive". Saudi Foreign Minister Prince Faisal bin Farhan said on Twitter that the region's countries "share one fate".

The deal followed several rounds of talks between the two sides hosted by Iraq and Oman in 2021 and 2022. Saudi Arabia thanked Baghdad and Muscat for their efforts.

Mr Wang said the agreement was "a victory for dialogue and peace" and that Beijing would continue to play a constructive role on hotspot issues.

China's role marks a new step for Beijing in a region where the United States has long been the main outside power. President Xi Jinping visited Riyadh in December for Saudi and wider Arab summits, and hosted Iranian President Ebrahim Raisi in Beijing last month.

The White House said it had been kept informed by Riyadh and welcomed any effort to end the war in Yemen. The UAE, Oman, Iraq, Qatar and Egypt welcomed the announcement.

"The devil will be in the implementation," said a Gulf security analyst in Abu Dhabi. "The first test will be Yemen, and whether the Houthis see any change in what comes from Tehran."

Oil prices rose after the announcement, with traders weighing the risk of disruption in the Gulf.

Updated: March 10, 2023, 5:44 PM

Read more
UAE and Iran hold talks on regional security in Abu Dhabi
Oman's sultan hosts Iraqi prime minister in Muscat
Israel says normalisation with Riyadh still a goal

Topics: Saudi Arabia, Iran, China, Diplomacy

Sign up to our newsletters | Follow us on WhatsApp"""))

A.append(dict(id="h65-10", source="france24.com",
url="https://www.france24.com/en/asia-pacific/20230406-macron-urges-xi-to-bring-russia-to-its-senses-over-ukraine",
published_at="2023-04-06", body="""FRANCE 24

LIVE | Accept cookies to watch this video | Manage my choices

Asia-Pacific

Macron urges Xi to 'bring Russia to its senses' over Ukraine

Issued on: 06/04/2023 - 10:12 Modified: 06/04/2023 - 18:47

4 min

French President Emmanuel Macron and Chinese President Xi Jinping at a welcome ceremony outside the Great Hall of the People in Beijing on April 6, 2023. © Ludovic Marin, AFP

Text by: FRANCE 24

French President Emmanuel Macron called on Chinese leader Xi Jinping on Thursday to help "bring Russia to its senses" over the war in Ukraine, as the two leaders held talks in Beijing during a three-day state visit aimed at steering China away from closer ties with Moscow.

"I know I can count on you to bring Russia to its senses and everyone back to the negotiating table," Macron told Xi at the start of their talks at the Great Hall of the People, after a ceremony with a 21-gun salute on Tiananmen Square.

Xi, who visited Moscow last month, said China was ready to call for peace talks "together with France", and urged all parties to avoid the use of nuclear weapons. He stopped short of condemning Russia's invasion.

According to the French side, Xi told Macron he was willing to speak to Ukrainian President Volodymyr Zelensky "when the conditions and the time are right". The two have not spoken since the war began.

The two leaders were later joined by European Commission President Ursula von der Leyen for a three-way meeting. Von der Leyen, who arrived separately on Wednesday, warned that arming Russia would "significantly harm" EU-China relations, and said she had raised human rights in Xinjiang and Beijing's pressure on Lithuania.

Macron, who landed in Beijing on Wednesday evening accompanied by some 50 business leaders, witnessed the signing of a series of contracts, including an order for 160 Airbus aircraft and a deal for a second Airbus assembly line in Tianjin. Cooperation agreements on nuclear energy, agriculture and culture were also signed.

On Friday the French president will travel to the southern city of Guangzhou, where Xi is to host him for an informal meeting at the residence of the provincial governor - a rare honour for a foreign leader.

Taiwan was not among the topics Macron raised publicly. Beijing has vowed countermeasures after Taiwan's president Tsai Ing-wen met US House Speaker Kevin McCarthy in California on Wednesday.

Spanish Prime Minister Pedro Sanchez was in Beijing last week, and German Foreign Minister Annalena Baerbock is expected next week, part of a stream of European visitors since China ended its zero-Covid policy.

After China, Macron is due in the Netherlands next week for the first state visit by a French president in 23 years, with King Willem-Alexander and Prime Minister Mark Rutte hosting him in Amsterdam and The Hague.

Analysts noted that Macron's hopes of winning Chinese help on Ukraine had been tempered by the Xi-Putin summit in Moscow, where the two leaders proclaimed a "new era" in their partnership.

"Macron is betting on the idea that China wants Europe to remain autonomous from Washington," said a researcher at the French Institute of International Relations (Ifri) in Paris. "Beijing is happy to encourage that, but it won't cost Moscow anything."

Pension reform protests continued in France on Thursday, with unions holding the 11th day of strikes.

(FRANCE 24 with AFP, Reuters)

Read also:
In Moscow, Xi and Putin hail 'new era' of partnership
Lula's trip to China postponed after pneumonia diagnosis
Finland becomes NATO's 31st member

Share on Facebook | Share on Twitter | Share on Linkedin | Send by email

Daily newsletter: Receive essential international news every morning. Subscribe"""))

A.append(dict(id="h65-11", source="dailymaverick.co.za",
url="https://www.dailymaverick.co.za/article/2023-06-16-african-leaders-peace-mission-kyiv-zelensky-putin-st-petersburg/",
published_at="2023-06-16", body="""DAILY MAVERICK

JSE All Share 77,981 ▲ +1.2% | USD/ZAR 18.17 ▼ -0.9% | Brent $75.90 | Gold $1,958

Become a Maverick Insider. Support independent journalism from R25 a month.

AFRICA

African leaders meet Zelensky in Kyiv as air raid sirens sound; Putin next on Saturday

By Thandeka Mokoena and Peter Fabricius
16 Jun 2023

President Cyril Ramaphosa and other African leaders at a memorial for the victims of Bucha outside Kyiv on 16 June 2023. (Photo: GCIS)

President Cyril Ramaphosa and a group of African leaders met Ukrainian President Volodymyr Zelensky in Kyiv on Friday on the first leg of a peace mission that will take them to Russian President Vladimir Putin in St Petersburg on Saturday.

The delegation, which includes Senegal's President Macky Sall, Zambia's President Hakainde Hichilema, Comoros President Azali Assoumani, who chairs the African Union, and Egyptian Prime Minister Mostafa Madbouly, arrived by train from Poland on Friday morning. Uganda and the Republic of Congo were represented by envoys after presidents Yoweri Museveni and Denis Sassou Nguesso pulled out.

Air raid sirens went off in the capital shortly after the leaders arrived, and Ukrainian officials said several missiles had been shot down over Kyiv. The leaders visited Bucha before the meeting.

Zelensky told a joint news conference that any negotiations with Moscow while Russian troops occupied Ukrainian territory would "freeze the war" and that he had asked the African leaders to support his own peace formula. "I clearly said several times at our meeting today that allowing any negotiations with Russia now while the occupier is on our land means to freeze the war," he said.

Ramaphosa said the mission had come to listen. "We want to see this war ending," he said, adding that the continent had been hit hard by rising grain and fertiliser prices.

The African proposal, presented as ten points, includes de-escalation, recognition of the sovereignty of states under the UN Charter, security guarantees for all sides, the unhindered export of grain through the Black Sea, and the return of children and prisoners of war.

The leaders are due to travel to St Petersburg on Saturday for talks with Putin, who is hosting the annual St Petersburg International Economic Forum. Kremlin spokesman Dmitry Peskov said Putin would "listen attentively" to the proposals.

The trip nearly unravelled on Thursday when a chartered aircraft carrying Ramaphosa's security detail and journalists was held for more than a day at Warsaw Chopin Airport after Polish authorities questioned permits for weapons on board. The Presidency called the incident "unacceptable"; Poland said the paperwork was not in order.

The mission is the first by African leaders to both capitals since the war began. South Africa's position has been under scrutiny since the US ambassador in Pretoria, Reuben Brigety, accused the country last month of supplying arms to Russia, a claim Pretoria denies.

Ramaphosa is also due to decide soon whether Putin, who faces an International Criminal Court warrant, will be invited in person to the BRICS summit in Johannesburg in August.

"This is Africa asserting agency," said an analyst at the Institute for Security Studies. "Whether Kyiv or Moscow give it anything beyond politeness is another matter."

READ NEXT
Brigety summoned to Dirco over arms claims
Lavrov and Pandor meet in Pretoria again
Rand firms as US data eases rate fears

Share | Comments (37)

Daily Maverick (c) 2023. All rights reserved."""))

A.append(dict(id="h65-12", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2024/11/17/world/politics/biden-xi-final-meeting-lima-apec/",
published_at="2024-11-17", body="""The Japan Times

Nikkei 225 38,642.91 ▼ -0.28% | USD/JPY 154.30 | TOPIX 2,714.12

Subscribe | Sign in | Digital edition

WORLD / POLITICS

Biden and Xi hold final meeting in Lima as Ishiba, Yoon seek footing before Trump returns

By Kaori Mizuno, Kyodo, with staff reports
Nov 17, 2024

U.S. President Joe Biden and Chinese President Xi Jinping at their meeting on the sidelines of the APEC summit in Lima on Saturday. | REUTERS

LIMA - U.S. President Joe Biden and Chinese leader Xi Jinping held what is likely to be their last meeting as counterparts on Saturday on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima, with Xi warning that Beijing would not accept any challenge to its "red lines" as Donald Trump prepares to return to the White House.

The two leaders agreed that decisions on the use of nuclear weapons should stay under human control and not be handed to artificial intelligence, the White House said. Xi said China was ready to work with the new U.S. administration to "maintain communication, expand cooperation and manage differences."

Prime Minister Shigeru Ishiba held his first talks with Xi on Friday, agreeing to pursue a "mutually beneficial relationship based on common strategic interests." Ishiba urged the release of a Japanese employee of Astellas Pharma detained in China and the swift resumption of Japanese seafood imports, a Japanese official said.

South Korean President Yoon Suk Yeol also met Xi on Friday, the leaders' first talks in two years, with Yoon asking Beijing to play a constructive role amid North Korea's deepening military ties with Russia.

Biden, Ishiba and Yoon met as a trio earlier on Friday and agreed to set up a secretariat to institutionalize their cooperation. Ishiba also had a brief exchange with Biden on the margins, Japanese officials said.

Xi, who arrived in Peru on Thursday on a state visit, held talks with President Dina Boluarte in the presidential palace that day, and the two joined by video the inauguration of the Chinese-funded deepwater port of Chancay, north of the capital. Biden also met Boluarte on Saturday morning before his talks with Xi.

From Lima, Xi heads to Rio de Janeiro for the Group of 20 summit on Monday and Tuesday, followed by a state visit to Brasilia, where he will hold talks with President Luiz Inacio Lula da Silva on Wednesday. Ishiba will also attend the G20 meeting in Rio.

Ishiba, who spoke with Trump by phone for about five minutes after the U.S. election, had hoped to meet the president-elect in the United States on his way home, but Trump's team said he would not meet foreign leaders before the inauguration, Japanese government sources said.

APEC leaders on Saturday adopted the Machu Picchu Declaration amid divisions over protectionism. China will host APEC in 2026 in Shenzhen.

"Everyone in Lima is talking to Biden but thinking about Trump," said a Japanese diplomat accompanying Ishiba. "The question is whether anything agreed this week survives January."

RELATED
Ishiba, Xi agree to 'mutually beneficial' ties in first summit
Yen weakens past 156 as U.S. yields climb
Japan, Peru agree to boost critical minerals cooperation

Share | Print | 28 comments

Copyright 2024 The Japan Times. All rights reserved."""))
