# Long pages (2,500-4,500 characters), h15-01 .. h15-12
A = []

A.append(dict(id="h15-01", source="thestar.com.my",
url="https://www.thestar.com.my/news/world/2019/06/27/trump-flies-to-osaka-g20-with-xi-meeting-in-focus",
published_at="2019-06-27", body="""We use cookies to give you a better experience on our website. By continuing to browse you agree to our use of cookies. Learn more | OK

FBMKLCI 1,678.34 ▲ +3.12 | NIKKEI 225 21,338.17 ▲ +251.58 | HANG SENG 28,621.42 ▲ +399.32 | USD/MYR 4.1385 ▼ -0.0040

World
Thursday, 27 Jun 2019 6:42 PM MYT

Trump flies to Osaka G20 with Xi meeting in focus

OSAKA (Agencies): US President Donald Trump was on his way to Japan on Thursday for a Group of 20 gathering dominated by his tariff fight with Beijing, with investors pinning their hopes on a Saturday encounter with Chinese President Xi Jinping to at least halt the escalation.

Trump is set to sit down with Xi on the margins of the summit on Saturday morning, the White House confirmed, in what will be their first face-to-face talks since a dinner in Buenos Aires last December produced a ceasefire that unravelled in May.

The two leaders agreed to get together in Osaka when they spoke by telephone on June 18, a conversation Trump afterwards called "very good". Beijing has been more guarded. Commerce ministry spokesman Gao Feng told reporters on Thursday that the economic teams of both sides were "maintaining communication" but declined to say whether a truce was on the table.

In an interview before leaving Washington, Trump said he was prepared to put duties on virtually every remaining Chinese import if the meeting went badly, while adding that a deal was "possible".

Air Force One was due to land at Itami airport late on Thursday. The president's schedule has him holding talks with host Prime Minister Shinzo Abe on Friday morning, after which he is expected to meet Russian President Vladimir Putin later the same day. It will be the first formal sit-down between Trump and Putin since their summit in Helsinki last July. Kremlin aide Yuri Ushakov told reporters in Moscow the agenda would include strategic stability, Syria, Ukraine and Venezuela.

A meeting with Indian Prime Minister Narendra Modi was "possible" if the schedule allows, a senior administration official said, hours after Trump took to Twitter to call India's latest tariff increases on American goods "unacceptable".

The trip to Osaka comes days after a Bloomberg report that Trump had privately mused about pulling out of the decades-old US-Japan security treaty, which he views as one-sided. Japanese officials said they had received no such indication from Washington.

From Osaka, Trump heads to Seoul on Saturday evening for talks with South Korean President Moon Jae-in on Sunday, when the stalled nuclear negotiations with North Korea are expected to dominate. Moon's office said the two would discuss ways to restart dialogue with Pyongyang.

Markets across Asia edged higher on Thursday. "Nobody expects a comprehensive agreement this weekend," said a Singapore-based strategist. "The best case is a pause and a promise to keep talking."

The two-day summit opens on Friday at the Intex Osaka convention centre, with trade, the digital economy and climate on the official agenda. Abe, the host, has said he wants the group to reaffirm its commitment to a "free, fair and non-discriminatory" trading environment.

Related News
Xi arrives in Osaka, holds talks with Abe ahead of summit
Oil steadies as traders eye US-China talks
Huawei ban likely on table, analysts say

Tags / Keywords: G20, Osaka, Trump, Xi Jinping, Trade War, Putin

Share this article: Facebook | Twitter | WhatsApp | Email

0 Comments | Report it to us.
Copyright © 1995-2019 Star Media Group Berhad (10894D)"""))

A.append(dict(id="h15-02", source="straitstimes.com",
url="https://www.straitstimes.com/world/united-states/blinken-meets-xi-in-beijing-as-both-sides-seek-to-steady-ties",
published_at="2023-06-19", body="""Join ST's Telegram channel and get the latest breaking news delivered to you.

WORLD
Blinken meets Xi in Beijing as both sides seek to steady ties

US Secretary of State Antony Blinken shakes hands with Chinese President Xi Jinping at the Great Hall of the People on June 19. PHOTO: REUTERS

Published Jun 19, 2023, 06:22 PM
Updated Jun 19, 2023, 09:48 PM

BEIJING - US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, capping a two-day trip that both sides said had been candid and which the Chinese leader said had made "progress", as Washington and Beijing try to keep a slide in relations from turning into conflict.

Mr Xi received the American diplomat at the Great Hall of the People for a meeting of about 35 minutes, seated at the head of a long table with delegations on either side. "The two sides have also made progress and reached agreement on some specific issues," Mr Xi said, according to a pool report, without saying what they were.

Earlier on Monday, Mr Blinken spent about three hours with Mr Wang Yi, the Communist Party's top foreign policy official, who told him the United States must stop "hyping up the so-called China threat" and respect China's position on Taiwan. On Sunday, he held more than seven hours of talks, including a working dinner, with Foreign Minister Qin Gang. The State Department said Mr Qin had accepted an invitation to visit Washington "at a mutually suitable time".

The trip is the first by a US secretary of state to China since 2018. An earlier attempt was called off in February after a Chinese balloon drifted across the continental United States before being shot down off South Carolina.

There was no breakthrough on one of Washington's key aims, restoring military-to-military communication channels, which Beijing cut after then House Speaker Nancy Pelosi's visit to Taiwan last August. Mr Blinken told reporters that China was "not prepared" to move forward on that for now.

He is set to travel to London later this week for a conference on Ukraine's reconstruction.

Analysts said the main achievement was getting senior officials talking again. "This is about building a floor," said a Beijing-based scholar who asked not to be named.

Li in Berlin

Half a world away, Chinese Premier Li Qiang was in Berlin on his first trip abroad since taking office in March. Mr Li, who arrived on Sunday, held talks with Chancellor Olaf Scholz on Monday evening ahead of full intergovernmental consultations on Tuesday, the first in person since before the pandemic.

Germany is trying to reduce what it calls risky dependencies on China without cutting economic ties. The premier is expected to press Berlin not to follow Washington's lead on export curbs.

He moves on to France on Wednesday, where he is to meet President Emmanuel Macron and attend a two-day Paris summit on financing for developing countries.

Sign up for the ST Asian Insider newsletter

Read next
Bill Gates meets Xi in Beijing, his first visit in four years
Hong Kong to tighten rules for district council polls
Chip stocks retreat as Nvidia rally pauses

Topics: US-China relations | Antony Blinken | Xi Jinping | Li Qiang

Share this article | Gift this article
Copyright © 2023 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved."""))

A.append(dict(id="h15-03", source="citinewsroom.com",
url="https://citinewsroom.com/2023/03/harris-akufo-addo-hold-talks-at-jubilee-house/",
published_at="2023-03-27", body="""Listen to this article

Stay updated: join the Citi Newsroom WhatsApp channel for the latest news

Harris, Akufo-Addo hold talks at Jubilee House; VP heads to Tanzania, Zambia next

By Citi Newsroom | March 27, 2023, 5:58 pm

US Vice President Kamala Harris on Monday held talks with President Nana Addo Dankwa Akufo-Addo at Jubilee House in Accra, opening a week-long tour of Africa that Washington says is meant to show the continent it is a partner and not just a battleground for competition with China and Russia.

The vice president arrived at the Kotoka International Airport on Sunday evening, where she was welcomed by Vice President Mahamudu Bawumia and a troupe of drummers and dancers. She was accompanied by her husband, Doug Emhoff.

At a joint press conference after the meeting, Harris announced 100 million dollars in US support for Ghana and four other coastal West African states to counter violent extremism spreading from the Sahel. She also said Washington would back Ghana's efforts to restructure its debt and secure a programme with the International Monetary Fund.

Asked whether Ghana was caught between the US and China, Akufo-Addo said the country did not see itself as a pawn. "There may be an obsession in America about Chinese activities on the continent, but there is no such obsession here," the president said.

Harris, who leaves for Tanzania on Wednesday, is due to meet President Samia Suluhu Hassan in Dar es Salaam, where economic ties and democratic reforms are expected to feature. She will then travel to Zambia for talks with President Hakainde Hichilema in Lusaka, with the country's long-running debt restructuring high on the agenda.

On Tuesday, she is scheduled to visit the Cape Coast Castle, a former slave-trading fort, and deliver a speech to young people at the Black Star Square.

The tour is the latest in a string of visits by senior American officials. Secretary of State Antony Blinken visited Ethiopia and Niger earlier this month, and First Lady Jill Biden toured Namibia and Kenya in February. President Joe Biden said at December's US-Africa Leaders Summit in Washington that he intended to travel to the continent, but no date has been announced.

Akufo-Addo, whose government is grappling with inflation above 50 percent and a currency that has lost more than half its value, welcomed the support. "We are looking for partners, not patrons," he said.

Harris's husband is also due to visit a cocoa processing facility on Tuesday, while a US business delegation is holding meetings with Ghanaian firms on the side of the visit.

The opposition National Democratic Congress (NDC) said it hoped the visit would translate into concrete investment. "Photo-ops alone will not fix our economy," its spokesperson said in a statement.

Read also: IMF staff, Ghana reach agreement on $3bn programme
Read also: Black Stars squad named for Angola double-header

Advertisement

Tags: Akufo-Addo, Kamala Harris, US-Ghana relations

Share this: Facebook | X | WhatsApp | LinkedIn

0 Comments
Leave a Reply. Your email address will not be published. Required fields are marked *"""))

A.append(dict(id="h15-04", source="ynetnews.com",
url="https://www.ynetnews.com/article/abraham-accords-signed-white-house",
published_at="2020-09-16", body="""Download the Ynetnews app | Follow us on Telegram

Israel, UAE and Bahrain sign normalization deals at White House

Netanyahu signs treaty with Emirati foreign minister and declaration with Bahraini counterpart on the South Lawn; Trump says 'five or six' more countries close; rockets fired from Gaza during ceremony

Reuters, AP and Ynet | Published: 09.16.20, 00:41

Prime Minister Benjamin Netanyahu and the foreign ministers of the United Arab Emirates and Bahrain signed agreements on Tuesday establishing diplomatic relations between Israel and the two Gulf states, at a ceremony at the White House hosted by US President Donald Trump.

Netanyahu signed a treaty of peace and full normalization with Sheikh Abdullah bin Zayed Al Nahyan, the Emirati foreign minister, and a declaration of peace with Bahrain's foreign minister, Abdullatif al-Zayani. The four men also signed a joint document called the Abraham Accords Declaration, with Trump adding his signature as a witness.

"We're here this afternoon to change the course of history," Trump told a crowd of several hundred guests, most of them without masks, on the South Lawn.

Before the ceremony Trump received Netanyahu in the Oval Office, where he told reporters that "five or six" more countries were close to following suit, without naming them. Asked about Saudi Arabia, Trump said the kingdom would join "at the right time".

The two Gulf ministers also took part in the ceremony hosted by the president, each delivering brief remarks. Sheikh Abdullah thanked Netanyahu "for choosing peace" and said the agreement would allow the UAE to keep standing by the Palestinian people.

Netanyahu flew to Washington on Sunday despite criticism at home, where the government has ordered a second nationwide lockdown beginning Friday. He is due to return on Wednesday night.

The agreement with Bahrain is thinner than the one with the UAE, which followed a month of negotiations after the normalization was first announced on August 13. Bahraini officials said an Israeli delegation is expected in Manama next month to begin drafting bilateral agreements on trade, aviation, tourism and other fields.

The text of the Emirati treaty was not released before the ceremony. Israeli officials said it refers to the two sides working on a "negotiated solution" to the Israeli-Palestinian conflict but does not set out its terms.

In the Gaza Strip, militants fired two rockets at southern Israel as the ceremony got under way, the military said. Two people were lightly hurt in Ashdod.

Palestinian officials condemned the deals. President Mahmoud Abbas said in a statement that "peace, security and stability will not be achieved in the region until the Israeli occupation ends".

Opposition leader Yair Lapid called the accords "a good agreement" but criticized Netanyahu for leaving as infections surged.

Recommended
Netanyahu's plane cleared to cross Saudi airspace
Coronavirus cabinet approves three-week closure
Hezbollah chief: Gulf states 'betrayed' Palestinians

Comments (42) | Share on Facebook | Share on X | Share on WhatsApp"""))

A.append(dict(id="h15-05", source="euronews.com",
url="https://www.euronews.com/2022/02/08/macron-heads-to-kyiv-after-marathon-putin-talks",
published_at="2022-02-08", body="""We value your privacy. We and our partners use cookies to personalise content. Accept | Manage settings

Euronews | World | Business | Green | Next | Culture

Macron heads to Kyiv after marathon Putin talks; Scholz to follow next week

By Euronews with AFP, AP | Updated: 08/02/2022 - 09:14

French President Emmanuel Macron travels to Kyiv on Tuesday to meet Ukrainian President Volodymyr Zelensky, a day after more than five hours of talks with Vladimir Putin in the Kremlin that he said had opened a path to easing the standoff over Russia's troop build-up on Ukraine's borders.

Sitting at opposite ends of a long white table, the two leaders spoke late into Monday night. At a news conference afterwards, Putin said some of the French president's proposals "could form a basis" for further steps, while repeating Moscow's demand for guarantees that NATO will not expand eastwards.

Macron told reporters travelling with him that he had obtained Putin's assurance there would be "no deterioration or escalation". Kremlin spokesman Dmitry Peskov said on Tuesday, however, that it was "not correct" to speak of any deal.

Before flying to Moscow, Macron spoke with US President Joe Biden by telephone on Sunday to coordinate positions, the Elysée said.

After Kyiv, the French leader is due in Berlin on Tuesday evening to meet German Chancellor Olaf Scholz and Polish President Andrzej Duda in the so-called Weimar Triangle format.

Scholz, fresh from his first White House visit as chancellor on Monday, will travel to Kyiv on 14 February and to Moscow the following day, a German government spokesman said. The chancellor has faced criticism in Washington and in eastern Europe over Germany's refusal to send weapons to Ukraine and its ambiguity over the Nord Stream 2 gas pipeline.

Western officials estimate Russia has massed more than 100,000 troops near Ukraine. Moscow denies planning an invasion and accuses NATO of threatening its security.

Ukrainian officials have welcomed the flurry of diplomacy while warning against any deal made over their heads. "There can be no decisions about Ukraine without Ukraine," Foreign Minister Dmytro Kuleba wrote on Twitter.

Russia and Belarus begin joint military exercises on Thursday, which NATO says involve some 30,000 Russian troops.

Analysts said Macron, who holds the rotating presidency of the Council of the EU and faces an election in April, was gambling on personal diplomacy. "He is trying to create a European channel," said a researcher at a Paris think tank. "Whether Moscow wants one is another matter."

Share this article | Comments

More on this topic
Lavrov to host Truss in Moscow on Thursday
Belarus drills: what we know
Gas prices jump on Ukraine fears

Tags: Emmanuel Macron, Vladimir Putin, Volodymyr Zelensky, Olaf Scholz, Ukraine crisis

Most viewed
Euronews newsletter - Sign up for our daily briefing"""))

A.append(dict(id="h15-06", source="koreajoongangdaily.joins.com",
url="https://koreajoongangdaily.joins.com/news/2023-08-19/national/diplomacy/yoon-biden-kishida-camp-david",
published_at="2023-08-19", body="""Subscribe | Newsletter | Log in

Korea JoongAng Daily
NATIONAL | DIPLOMACY

Yoon, Biden, Kishida open 'new era' of three-way cooperation at Camp David

Published: 19 Aug. 2023, 09:12 | Updated: 19 Aug. 2023, 11:30

President Yoon Suk Yeol, center, U.S. President Joe Biden, right, and Japanese Prime Minister Fumio Kishida walk together at Camp David, Maryland, on Friday. [JOINT PRESS CORPS]

CAMP DAVID, Maryland - President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida agreed Friday to hold three-way summits every year and to consult one another promptly in the event of a regional crisis, in the first stand-alone trilateral summit between the three countries.

The three leaders adopted three documents at the presidential retreat in the Catoctin Mountains: the Spirit of Camp David joint statement, a set of Camp David Principles and a Commitment to Consult. They also agreed to hold annual trilateral military exercises and to share North Korean missile warning data in real time by the end of the year.

Before the trilateral session, Biden held separate bilateral meetings with Yoon and with Kishida. Yoon and Biden discussed the follow-up to the Washington Declaration on extended deterrence and cooperation on semiconductors and batteries, the presidential office said. Biden and the Japanese leader talked about North Korea and China's activity in the East China Sea, according to the Japanese side.

Kishida and Yoon also had a brief exchange on the margins, a Japanese official told reporters, without elaborating.

"This is not just a one-off summit," Biden said at a joint press conference. "We are making history."

Yoon called the day "a historic moment" for a partnership that he said had overcome "the past", a reference to the long-running dispute between Seoul and Tokyo over Japan's colonial rule, which thawed after Yoon's government proposed a compensation plan for wartime forced labor victims in March.

Yoon arrived at Joint Base Andrews on Thursday night and was set to return to Seoul on Saturday.

Beijing reacted coolly. Chinese Foreign Ministry spokesman Wang Wenbin said Thursday that attempts to form "exclusive cliques" would not be welcomed. The statement adopted at Camp David criticized China's "dangerous and aggressive behavior" in the South China Sea.

Analysts said the commitment to annual meetings was intended to make the partnership outlast political changes in any of the three capitals. "The question is whether it survives the next election in Washington or Tokyo," said a professor at a Seoul university.

The next trilateral summit will be hosted by one of the other two countries, but no date or venue was set.

BY SARAH KIM [kim.sarah@joongang.co.kr]

Related Articles
Yoon to attend Asean summit in Jakarta next month
Kishida, Yoon meet on sidelines of NATO summit in Vilnius
North Korea slams Ulchi Freedom Shield drills

Copyright © JoongAng Ilbo Co., Ltd. All Rights Reserved.
Share | Print | Comments (3)"""))

A.append(dict(id="h15-07", source="batimes.com.ar",
url="https://www.batimes.com.ar/news/argentina/lula-and-fernandez-relaunch-ties-on-first-trip-of-new-term.phtml",
published_at="2023-01-23", body="""DÓLAR OFICIAL $ 180,17 / $ 189,17 | DÓLAR BLUE $ 379 / $ 383 | RIESGO PAÍS 1.917 | MERVAL 263.480 ▲ 1,2%

BUENOS AIRES TIMES
Argentina | Latin America | World | Economy | Culture | Sport

Lula and Fernández relaunch ties, sign accords on first trip of new term

Brazil's president chose Buenos Aires for his first foreign trip since his inauguration, as he returns to a regional summit that Bolsonaro boycotted.

By James Grainger | 23-01-2023 19:02

Presidents Alberto Fernández and Luiz Inácio Lula da Silva at the Casa Rosada on Monday. Photo: Presidencia

President Alberto Fernández received Brazil's Luiz Inácio Lula da Silva at the Casa Rosada on Monday, with the two leaders signing a batch of agreements and reviving talk of a shared unit of account for regional trade on the first foreign trip of Lula's third term.

Lula landed in Buenos Aires on Sunday night. After a private meeting and a lunch, the two presidents signed accords on energy, defence, science and technology and health, and announced the relaunch of a binational commission that has not met in years.

In a joint article published in the Argentine press before the visit, Fernández and Lula said the two countries would "advance discussions on a common South American currency" that could be used for financial and commercial flows. Economy Minister Sergio Massa later stressed that the idea was at a very early stage and would not replace the peso or the real.

"Brazil is back," Lula told reporters, repeating a phrase he has used since winning October's election. He said his predecessor, Jair Bolsonaro, had broken with the region and with Argentina in particular.

On Tuesday, Lula will attend the seventh summit of the Community of Latin American and Caribbean States (CELAC) in Buenos Aires, marking Brazil's return to the bloc, which Bolsonaro abandoned in 2020. On the sidelines of the gathering he is scheduled to meet Cuban President Miguel Díaz-Canel, Brazilian officials said.

Venezuelan President Nicolás Maduro, who had been expected to attend and to hold talks with Lula, called off his trip late on Monday, citing what his government described as a plan by the "neo-fascist right" to attack his delegation.

On Wednesday Lula heads to Montevideo for talks with Uruguayan President Luis Lacalle Pou, amid friction within Mercosur over Uruguay's push for a free-trade agreement with China outside the bloc.

Brazil's Foreign Ministry has also said Lula will travel to Washington on February 10 for a meeting with US President Joe Biden.

Opposition figures in Argentina criticised the common currency proposal. Former president Mauricio Macri's allies called it "a distraction from inflation", which closed 2022 at 94.8 percent.

Read more
Massa: 'Common currency is a long-term project'
Official inflation data due on Thursday
Gas pipeline funding tops binational agenda

Tags: Lula, Alberto Fernández, Brazil, CELAC, Mercosur

Share on WhatsApp | Facebook | Twitter
Subscribe to our newsletter. Support the Buenos Aires Times."""))

A.append(dict(id="h15-08", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/wang-yi-signs-deals-in-samoa",
published_at="2022-05-28", body="""Listen live | RNZ National | RNZ Pacific | Podcasts

Pacific

Wang Yi signs deals in Samoa as regional pact push heads to Fiji

4:32 pm on 28 May 2022
Share this | Facebook | Twitter | Email | Reddit

China's Foreign Minister Wang Yi arrived in Apia on Saturday and signed a series of agreements with Samoa, as Beijing presses ahead with a bid for a sweeping regional deal on security, policing and trade that some Pacific leaders have openly questioned.

Wang held talks with Prime Minister Fiamē Naomi Mata'afa, after which the two sides signed documents including a framework agreement on economic and technical cooperation and deals on infrastructure and a new police fale, the Samoan government said. A statement from the prime minister's office stressed that no security agreement had been signed.

Wang arrived from Kiribati, where few details of his stop have been released, and Solomon Islands, where he met Prime Minister Manasseh Sogavare on Thursday. Local journalists in Honiara complained that access to the visit was tightly restricted.

He is due in Suva on Sunday ahead of Monday's meeting between China and ten Pacific foreign ministers, co-chaired by Fiji's prime minister Frank Bainimarama. A draft communique and five-year action plan seen by news organisations would expand China's role in Pacific policing, cybersecurity and marine mapping.

The president of the Federated States of Micronesia, David Panuelo, has written to fellow leaders warning that the proposal could draw the region into a new Cold War. Several governments have said they need more time to consider it.

The Chinese minister's tour, the remainder of which takes in several more island nations, has alarmed Canberra and Wellington.

Australia's new Foreign Minister, Penny Wong, flew to Suva on Thursday, days after being sworn in, and met Bainimarama. She said Australia would be a partner that "doesn't come with strings attached" and told reporters the region should decide its own security. Wong said she intended to visit other Pacific countries in the coming weeks.

Mata'afa told reporters in Apia that Samoa would consider any regional proposal through the Pacific Islands Forum. "We are not being rushed," she said.

In Tonga, which is still rebuilding after the January eruption and tsunami, officials would not confirm whether the Chinese delegation will stop there.

Photo: Supplied / Samoa Government

Related stories
Solomons PM defends security pact with China
Wong pledges 'new era' of engagement in first Pacific trip
Fiji's Bainimarama: 'We are not anyone's backyard'

Get the RNZ app for ad-free news and current affairs
Subscribe to RNZ's Daily newsletter
Copyright © 2022, Radio New Zealand"""))

A.append(dict(id="h15-09", source="rferl.org",
url="https://www.rferl.org/a/putin-tajikistan-first-trip-abroad-since-invasion/31919011.html",
published_at="2022-06-28", body="""Share | Copy link | Print

Putin Makes First Trip Abroad Since Ukraine Invasion, Visiting Tajikistan

By RFE/RL's Tajik Service | June 28, 2022 17:55 GMT

Russian President Vladimir Putin (left) and Tajik President Emomali Rahmon at the Palace of the Nation in Dushanbe on June 28.

Russian President Vladimir Putin has travelled to Tajikistan on his first foreign trip since Moscow launched its full-scale invasion of Ukraine in February, as the Kremlin seeks to show that it retains influence in Central Asia.

Putin was welcomed at the airport in Dushanbe on June 28 and then held talks with Tajik President Emomali Rahmon, who has ruled the Central Asian country for nearly three decades. The two leaders discussed the security situation on Tajikistan's long border with Afghanistan, the Russian military base near Dushanbe, and trade, according to the Kremlin.

"We are in constant contact, and the situation in Afghanistan is, of course, a matter of concern," Putin told Rahmon at the start of the meeting.

Rahmon said Russia remained Tajikistan's "strategic partner and ally". Hundreds of thousands of Tajik citizens work in Russia, and their remittances make up a large share of the country's economy.

On June 29, Putin heads to Ashgabat for the sixth Caspian summit, bringing together the leaders of the five countries bordering the sea: Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan.

Kremlin foreign policy aide Yuri Ushakov told reporters that Putin would hold a bilateral meeting with Iranian President Ebrahim Raisi on the sidelines in the Turkmen capital, and would also sit down with host Serdar Berdimuhamedov, who succeeded his father as president in March.

Ushakov said the summit's final communique would cover shipping, fisheries and environmental protection, and reaffirm that only the littoral states may have military forces on the Caspian.

The trip comes as Group of Seven leaders meeting in the Bavarian Alps pledged to support Ukraine "for as long as it takes" and as NATO leaders prepare to gather in Madrid.

Analysts say Moscow's war has unsettled Central Asian governments, which have avoided backing the invasion while maintaining close economic ties with Russia.

"The message is that Russia is not isolated and still matters in the region," said a Central Asia analyst based in Almaty. "But the region is hedging, and Moscow knows it."

Kazakh President Kassym-Jomart Tokayev, who will also be in Ashgabat, told a forum in St. Petersburg earlier this month that his country would not recognize the Russian-backed separatist regions in eastern Ukraine.

With reporting by AFP, Interfax, and TASS

Related
Tajik Authorities Detain Journalists In Gorno-Badakhshan
Turkmenistan's New President Marks 100 Days In Office

Comments | Most Popular | Tags: Vladimir Putin, Emomali Rahmon, Tajikistan, Caspian Sea

Copyright (c) 2022. RFE/RL, Inc. All Rights Reserved."""))

A.append(dict(id="h15-10", source="thedailystar.net",
url="https://www.thedailystar.net/news/bangladesh/diplomacy/news/dhaka-delhi-sign-10-instruments-hasina-modi-hold-talks-3640001",
published_at="2024-06-22", body="""Follow The Daily Star on Google News for all the latest updates

USD 117.90 | EUR 126.14 | GBP 149.28 | INR 1.41

Diplomacy

Dhaka, Delhi sign 10 instruments as Hasina, Modi hold talks

Diplomatic Correspondent | Sat Jun 22, 2024 05:05 PM | Last update on: Sat Jun 22, 2024 07:40 PM

Prime Minister Sheikh Hasina and her Indian counterpart Narendra Modi at Hyderabad House in New Delhi today. Photo: PID

Bangladesh and India today signed 10 instruments, including seven new memorandums of understanding, after Prime Minister Sheikh Hasina held talks with her Indian counterpart Narendra Modi in New Delhi.

The instruments cover maritime cooperation and the blue economy, a digital partnership, a green partnership, railway connectivity, health and medicine, and cooperation in space, according to the foreign ministry.

Hasina, who arrived in New Delhi yesterday on a two-day state visit, was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan this morning, where she was received by Modi and President Droupadi Murmu.

The two prime ministers then held a tete-a-tete followed by delegation-level talks at Hyderabad House. India will send a technical team to Bangladesh to discuss the conservation and management of the Teesta river, Modi said in a media statement after the talks.

"India will introduce e-medical visas for Bangladeshi citizens coming to India for medical treatment," he said, adding that a new assistant high commission would open in Rangpur.

Hasina described India as "our major neighbour, trusted friend and regional partner". It is the first state visit by a foreign head of government since Modi began his third term this month.

Foreign Secretary Masud Bin Momen told reporters that Modi had accepted an invitation to visit Bangladesh, with dates to be fixed through diplomatic channels.

He also said the prime minister will visit China in the first half of July at the invitation of Chinese Premier Li Qiang, with the Teesta project, trade and the Rohingya repatriation expected to be discussed.

The foreign secretary said the two sides had agreed to begin talks on renewing the Ganges water-sharing treaty, which expires in 2026.

Opposition BNP said the visit had "given away" national interests, a charge the ruling Awami League rejected.

Hasina is scheduled to return home tomorrow afternoon.

Read more
Jaishankar speaks to Sri Lankan counterpart over detained fishermen
Teesta project: Dhaka weighs Indian, Chinese offers
Remittance inflow rises 14pc in May

Related topic: Bangladesh-India relations | Sheikh Hasina | Narendra Modi

Advertisement
Comments
Copyright: Any unauthorized use or reproduction of The Daily Star content for commercial purposes is strictly prohibited."""))

A.append(dict(id="h15-11", source="aljazeera.com",
url="https://www.aljazeera.com/news/2023/7/11/turkey-drops-block-on-swedens-nato-bid-on-eve-of-vilnius-summit",
published_at="2023-07-11", body="""Listen to this article | 4 mins

News | NATO

Turkey drops block on Sweden's NATO bid on eve of Vilnius summit

Erdogan agrees to send Stockholm's membership bid to parliament after talks with Swedish PM and NATO chief; Biden set to meet Turkish leader.

Published On 11 Jul 2023

Turkish President Recep Tayyip Erdogan has agreed to forward Sweden's NATO membership bid to the Turkish parliament for ratification, NATO Secretary-General Jens Stoltenberg said, after a meeting between the Turkish leader and Swedish Prime Minister Ulf Kristersson in Vilnius.

The breakthrough on Monday evening came on the eve of a two-day summit of the military alliance in the Lithuanian capital, and just hours after Erdogan had appeared to raise the bar by demanding that the European Union reopen Turkey's long-stalled accession talks.

Under the deal, announced by Stoltenberg at a late news conference, Sweden will support efforts to reinvigorate Turkey's EU accession process and will step up cooperation on counterterrorism. The two countries also agreed to set up a bilateral security compact that will meet annually.

"This is a historic day," Stoltenberg said. Kristersson said he was "very happy", adding that Sweden had taken "a very big step" towards full membership.

US President Joe Biden welcomed the agreement and said he looked forward to meeting Erdogan in Vilnius on Tuesday. The two leaders had spoken by phone on Sunday, when Biden pressed for Sweden's accession and Erdogan raised Ankara's request to buy F-16 fighter jets.

National Security Adviser Jake Sullivan told reporters Biden would move forward with the F-16 transfer "in consultation with Congress".

Biden arrived in Vilnius on Monday night from London, where he met Prime Minister Rishi Sunak and King Charles III. After the summit, he will travel to Helsinki for a US-Nordic leaders' summit, a visit meant to welcome Finland as NATO's newest member.

Ukrainian President Volodymyr Zelenskyy is due in Vilnius, where allies remain divided over how to describe Kyiv's path to membership. US officials said Biden might see Zelenskyy on the margins but did not confirm a meeting.

Hungary, the only other member yet to ratify Sweden's membership, has said its approval is a formality once Turkey moves.

Turkey had held up the bid for more than a year, accusing Sweden of harbouring Kurdish groups it considers "terrorists". Analysts said Erdogan had extracted what he could. "He has turned a veto into leverage with Washington and Brussels," said a fellow at a Washington think tank.

Source: Al Jazeera and news agencies

Recommended Stories
list of 3 items
Russia, Ukraine trade blame over Black Sea grain deal
What's on the agenda at NATO's Vilnius summit?
Lithuania deploys Patriot batteries ahead of summit
end of list

Follow Al Jazeera English: Facebook | X | Instagram | YouTube"""))

A.append(dict(id="h15-12", source="france24.com",
url="https://www.france24.com/en/europe/20250218-us-russia-agree-to-work-towards-ending-ukraine-war-after-riyadh-talks",
published_at="2025-02-18", body="""Live | Advertising

EUROPE

US and Russia agree to work towards ending Ukraine war after Riyadh talks, Kyiv sidelined

Issued on: 18/02/2025 - 15:20 | Modified: 18/02/2025 - 19:41

US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov agreed on Tuesday to set up high-level teams to work towards ending the war in Ukraine, after four and a half hours of talks in the Saudi capital that excluded Kyiv and its European allies.

Rubio and Lavrov, joined by US national security adviser Mike Waltz, envoy Steve Witkoff and Kremlin aide Yuri Ushakov, met at Diriyah Palace in Riyadh. It was the first sit-down between senior US and Russian officials since Moscow's full-scale invasion of Ukraine in 2022.

The two sides also agreed to restore staffing at their respective embassies and to explore economic cooperation, the State Department said. "This is the first step of a long and difficult journey," Rubio told reporters.

Lavrov said the talks had been "useful" and that Moscow had made clear it opposed the deployment of troops from NATO countries to Ukraine under any peace deal.

Saudi Foreign Minister Prince Faisal bin Farhan and national security adviser Musaed al-Aiban hosted the meeting. Rubio met Crown Prince Mohammed bin Salman on Monday evening after flying in from Israel.

Ukrainian President Volodymyr Zelensky, who said Ukraine would not recognise any agreement reached without it, was in Ankara on Tuesday for talks with Turkish President Recep Tayyip Erdogan, having flown in from the United Arab Emirates.

Erdogan offered Turkey as a venue for future negotiations. "Turkey is an ideal host," he said at a joint news conference.

Zelensky is due in Saudi Arabia on Wednesday, his office said, adding that the trip had been planned long ago and was unrelated to the US-Russia meeting.

US President Donald Trump and Russian President Vladimir Putin spoke by phone last week. Trump has said the two could meet "very soon", possibly in Saudi Arabia, but the Kremlin said no date had been set.

European leaders held an emergency meeting in Paris on Monday, convened by French President Emmanuel Macron, to discuss how to respond to the shift in Washington's approach. They remained divided on the idea of sending peacekeeping troops.

In Kyiv, officials said they had not been informed in advance of the agenda in Riyadh. "Nothing about Ukraine without Ukraine," a senior adviser repeated.

Read more
Zelensky in UAE to discuss prisoner exchanges
Europe scrambles for a seat at the table
Oil prices edge up on prospects for peace talks

Daily newsletter - Receive essential international news every morning | Subscribe

© 2025 Copyright France 24 - All rights reserved"""))
