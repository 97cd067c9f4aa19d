# Long pages (2,500-4,500 characters), h80-01 .. h80-12
A = []

A.append(dict(id="h80-01", source="thehindu.com",
url="https://www.thehindu.com/news/international/modi-holds-talks-with-sultan-bolkiah-india-brunei-elevate-ties/article68604412.ece",
published_at="2024-09-04", body="""Subscribe | Login | e-Paper | Crossword

SENSEX 82,352.64 ▼ -202.80 | NIFTY 25,198.70 ▼ -81.15 | USD/INR 83.97 | GOLD (10g) ₹71,540

International

Modi holds talks with Sultan Bolkiah; India and Brunei elevate ties to ‘Enhanced Partnership’

Prime Minister says India’s Act East Policy and Brunei’s Wawasan 2035 complement each other; he emplanes for Singapore later on Wednesday

Updated - September 04, 2024 01:18 pm IST
Published - September 04, 2024 11:52 am IST - BANDAR SERI BEGAWAN

Ravindran Menon

Prime Minister Narendra Modi with Sultan Haji Hassanal Bolkiah at Istana Nurul Iman in Bandar Seri Begawan on September 4, 2024. Photo: X/@narendramodi

Prime Minister Narendra Modi and Sultan Haji Hassanal Bolkiah Mu’izzaddin Waddaulah on Wednesday decided to raise the relationship between the two countries to an “Enhanced Partnership”, as India and Brunei Darussalam mark forty years of diplomatic ties.

The two leaders held delegation-level talks at Istana Nurul Iman, the Sultan’s residence, followed by a lunch hosted by His Majesty in honour of the visiting leader. It is the first bilateral visit by an Indian Prime Minister to the oil-rich Sultanate.

Mr. Modi landed in the capital on Tuesday afternoon and was received at the airport by Crown Prince Haji Al-Muhtadee Billah. In the evening he inaugurated the new chancery of the High Commission of India and visited the Omar Ali Saifuddien Mosque.

Briefing reporters, Secretary (East) Jaideep Mazumdar said the two sides exchanged a memorandum of understanding on the operation of India’s telemetry, tracking and telecommand station for satellites and launch vehicles in Brunei, and agreed to work towards direct flights between Bandar Seri Begawan and Chennai. Long-term supply of liquefied natural gas, defence training and health were also discussed.

“We support development, not expansionism,” Mr. Modi said in his remarks, a line that officials did not link to any country but which was read in the region as a reference to Beijing’s conduct in the South China Sea. Both sides underlined freedom of navigation and overflight in line with UNCLOS.

Brunei’s Minister of Foreign Affairs II, Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof, told Indian journalists that the Sultanate saw India as a partner for its economic diversification plan, Wawasan Brunei 2035.

Later on Wednesday, Mr. Modi is scheduled to emplane for Singapore on a two-day visit, his fifth to the city-state. He will hold talks with Prime Minister Lawrence Wong on Thursday and call on President Tharman Shanmugaratnam, Senior Minister Lee Hsien Loong and Emeritus Senior Minister Goh Chok Tong. Semiconductors, skilling and connectivity are expected to dominate the agenda, and the two sides are likely to sign agreements on a semiconductor ecosystem partnership and digital technologies.

The groundwork for that stop was laid at the second India-Singapore Ministerial Roundtable, held in Singapore last week with four Union Ministers, including External Affairs Minister S. Jaishankar and Finance Minister Nirmala Sitharaman.

The South-East Asian swing comes less than two weeks after Mr. Modi’s visits to Poland and Ukraine, where he met President Volodymyr Zelenskyy in Kyiv.

Related Topics
India-Brunei relations / Narendra Modi / diplomacy / Act East Policy

Read next
Jaishankar to travel to Riyadh for first India-GCC foreign ministers’ meeting
Paralympics: India's medal tally climbs to 20
Sensex slips as IT stocks drag

Comments
Please keep comments civil, in English and on topic. Read our community guidelines before posting.

Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved."""))

A.append(dict(id="h80-02", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/502118/tuvalu-and-australia-sign-falepili-union-treaty-in-rarotonga",
published_at="2023-11-10", body="""Listen live | RNZ National | RNZ Pacific | Podcasts | Search

Pacific

Tuvalu and Australia sign 'Falepili Union' at Rarotonga forum

6:05 pm on 10 November 2023
Share this | Facebook | X | Email | Reddit

Losa Faleolo, RNZ Pacific journalist, in Rarotonga

Tuvalu Prime Minister Kausea Natano and Australian Prime Minister Anthony Albanese after the signing in Rarotonga. Photo: RNZ Pacific / Losa Faleolo

Tuvalu and Australia have signed a treaty that will open a path to Australian residency for Tuvaluans whose homes are threatened by rising seas, and give Canberra a say over the atoll nation's security partnerships.

Prime Ministers Kausea Natano and Anthony Albanese signed the Falepili Union on Friday on the margins of the Pacific Islands Forum Leaders Meeting in the Cook Islands capital.

Under the treaty, up to 280 Tuvaluans a year will be able to move to Australia to live, work and study. Australia commits to help Tuvalu respond to a major natural disaster, a health pandemic or military aggression, and Tuvalu in turn agrees to mutually decide with Canberra any partnership with another state on security and defence matters.

Falepili is a Tuvaluan word for good neighbourliness, care and mutual respect.

"This is a beacon of hope for our people," Natano told reporters after the ceremony. "It tells the world that Tuvalu will not disappear."

Albanese called it the most significant agreement between Australia and a Pacific island country "ever", and said the two governments had negotiated it quietly over several months.

Critics in Funafuti said there had been no public consultation. Former prime minister Enele Sopoaga said the security clause gave Australia a veto, and that the treaty should wait until after the national election due in January.

The Australian leader arrived in Rarotonga on Thursday, days after returning from Beijing, where he met President Xi Jinping. On Thursday evening he held talks with the forum chair, Cook Islands Prime Minister Mark Brown, on climate finance and the region's push for a Pacific resilience facility.

Leaders spent part of the week at a retreat on Aitutaki, where discussions covered Japan's release of treated wastewater from the Fukushima plant, deep-sea mining and regional policing.

Solomon Islands Prime Minister Manasseh Sogavare skipped the meeting, citing preparations for the Pacific Games in Honiara. China's special envoy for the Pacific, Qian Bo, is in Rarotonga for the forum's dialogue with partner countries.

Brown said the Falepili treaty was a matter for the two countries, but that the forum's "Blue Pacific" strategy recognised every member's right to choose its partners.

The treaty still needs to pass domestic processes in both countries before it takes effect.

Related stories
Marape, Albanese to sign security deal in Canberra next month
Cook Islands PM Mark Brown: 'We are not a battleground'
Tonga to host next year's leaders meeting

Topics: Pacific, Politics, Climate change

Get the RNZ app for ad-free news and current affairs
Subscribe to RNZ's Pacific Waves newsletter
Copyright © 2023, Radio New Zealand"""))

A.append(dict(id="h80-03", source="dawn.com",
url="https://www.dawn.com/news/1751244/bilawal-meets-lavrov-qin-gang-on-sidelines-of-sco-moot-in-goa",
published_at="2023-05-05", body="""Dawn | Home | Latest | Pakistan | Opinion | Business | World | Sport | Magazines | Videos

KSE-100 41,512.22 ▲ +118.04 | USD/PKR 283.90 | Gold (tola) Rs 226,500

Bilawal meets Lavrov, Qin Gang on sidelines of SCO moot in Goa; no bilateral with Jaishankar on the cards

Baqir Sajjad Raza Published May 5, 2023 Updated about 9 hours ago

FM Bilawal Bhutto-Zardari with Russian Foreign Minister Sergey Lavrov in Goa on Thursday. — Photo courtesy: Foreign Office

BENAULIM, Goa: Foreign Minister Bilawal Bhutto-Zardari, the first Pakistani foreign minister to travel to India in almost 12 years, met his Russian and Chinese counterparts on Thursday on the sidelines of the Shanghai Cooperation Organisation’s Council of Foreign Ministers.

According to the Foreign Office, Mr Bhutto-Zardari and Russian Foreign Minister Sergey Lavrov reviewed bilateral cooperation, including energy and trade, and exchanged views on Afghanistan. In his meeting with Chinese State Councillor and Foreign Minister Qin Gang, the two sides reaffirmed their “all-weather strategic cooperative partnership” and discussed progress on the China-Pakistan Economic Corridor.

The foreign minister also held a meeting with Uzbekistan’s Foreign Minister Bakhtiyor Saidov on regional connectivity, including the proposed Uzbekistan-Afghanistan-Pakistan railway.

Mr Bhutto-Zardari arrived in Goa on Thursday afternoon on a special flight from Karachi and was received at the airport by a joint secretary of India’s external affairs ministry. In a video message before departure, he said his decision to attend showed Pakistan’s strong commitment to the SCO charter, and that he would not discuss bilateral issues with the host.

Indian officials said no request for a bilateral meeting had been received. External Affairs Minister S. Jaishankar, who is hosting the two-day meeting, held his own round of bilaterals on Thursday, meeting Mr Lavrov, Mr Qin and Mr Saidov. Indian readouts said his talks with Mr Qin focused on the situation along the Line of Actual Control, which Mr Jaishankar has described as “not normal”.

At a dinner for the visiting ministers on Thursday night, Mr Jaishankar and Mr Bhutto-Zardari exchanged greetings, diplomats said, but there was no substantive conversation.

On Friday, Mr Jaishankar greeted each delegation head with a namaste at the venue before the plenary session. Mr Bhutto-Zardari, in his address, urged members not to get “caught up in weaponising terrorism for diplomatic point-scoring”.

From Goa, Mr Qin is set to fly to Islamabad, where he will hold the Pakistan-China strategic dialogue with Mr Bhutto-Zardari and attend the trilateral foreign ministers’ dialogue with Afghanistan on Saturday. The Taliban administration’s acting foreign minister, Amir Khan Muttaqi, is also expected in Islamabad after a UN Security Council committee exempted him from a travel ban.

The last Pakistani foreign minister to visit India was Hina Rabbani Khar, now minister of state for foreign affairs, in July 2011.

Mr Bhutto-Zardari is expected to return home later on Friday.

Read more
Bilawal’s Goa trip: what Islamabad hopes to gain, and what it risks
SBP keeps policy rate unchanged at 21pc
Imran’s petition against arrest fixed for hearing

Comments (48) Closed

Dawn Media Group | Follow Dawn on Facebook, X and Instagram"""))

A.append(dict(id="h80-04", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/11/04/japan/politics/kishida-philippines-congress-speech/",
published_at="2023-11-04", body="""The Japan Times | Subscribe | Sign in

NIKKEI 225 31,949.89 ▲ +348.24 | USD/JPY 149.43 | TOPIX 2,308.62

POLITICS / DIPLOMACY

Kishida addresses Philippine Congress as Japan supplies coastal radars

By Takahiro Oshiro
Staff writer

Nov 4, 2023

Prime Minister Fumio Kishida speaks during a joint session of the Philippine Congress in Manila on Saturday. | POOL / VIA KYODO

MANILA – Prime Minister Fumio Kishida on Saturday became the first Japanese leader to address a joint session of the Philippine Congress, a day after he and President Ferdinand Marcos Jr. agreed to begin negotiations on a defense pact that would allow their troops to train in each other’s territory.

“The Philippines and Japan share a sea and share a vision of an order based on the rule of law,” Kishida told lawmakers in English, in a speech that touched on Japan’s wartime past and pledged that Tokyo would never again become a military power that threatens others.

On Friday, Marcos welcomed Kishida at Malacañang Palace, where the two leaders witnessed the exchange of notes on Japan providing coastal surveillance radars worth ¥600 million to the Philippine Navy. It is the first project under Official Security Assistance, a framework Tokyo created in April to equip the militaries of like-minded countries.

The two governments agreed to start formal talks on a reciprocal access agreement, which would be Japan’s third such deal after those with Australia and Britain. Officials did not give a timeline.

The visit comes amid repeated confrontations in the South China Sea, including a collision last month between Chinese and Philippine vessels near Second Thomas Shoal, known in Manila as Ayungin Shoal. Kishida said Japan was seriously concerned about “dangerous actions” at sea.

Beijing reacted coolly. Chinese Foreign Ministry spokesperson Mao Ning said in Beijing that defense cooperation between countries “should not target a third party.”

A senior Japanese official traveling with the prime minister said Tokyo hoped to deepen trilateral cooperation with Manila and Washington, and noted that coast guard drills involving the three countries had become regular.

Later on Saturday, Kishida is scheduled to fly to Kuala Lumpur for talks on Sunday with Malaysian Prime Minister Anwar Ibrahim, where the two are expected to discuss maritime security, energy transition and the possibility of extending Official Security Assistance to Malaysia.

The two-country trip is Kishida’s first to Southeast Asia since Japan and the Association of Southeast Asian Nations marked 50 years of friendship and cooperation. Tokyo will host a commemorative summit with ASEAN leaders in December.

Kishida’s approval rating fell to a record low in several polls last week, and aides hope the trip will showcase his foreign policy credentials ahead of a busy parliamentary session.

KEYWORDS
Fumio Kishida, Philippines, Ferdinand Marcos Jr., Malaysia, South China Sea, Official Security Assistance

Related
Kishida eyes first talks with Xi in a year at APEC meeting in San Francisco
Japan, U.S. agree to boost coast guard cooperation
Record number of Filipino workers arrive under specified skills visa

Support independent journalism from Japan. Subscribe for full access to our reporting.

SUBSCRIBE NOW

Copyright 2023 The Japan Times. All rights reserved."""))

A.append(dict(id="h80-05", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2024/06/113_376532.html",
published_at="2024-06-12", body="""The Korea Times | Subscribe | Newsletter | Mobile

KOSPI 2,728.17 ▲ +22.02 | KOSDAQ 869.99 ▲ +3.94 | USD/KRW 1,375.40

Politics | Foreign Affairs

Yoon, Tokayev agree to build critical minerals supply chain partnership

By Kang Seo-yeon

Posted : 2024-06-12 18:41 | Updated : 2024-06-12 20:03

President Yoon Suk Yeol, left, and Kazakh President Kassym-Jomart Tokayev shake hands before their summit at the Akorda presidential palace in Astana, Wednesday. Yonhap

ASTANA — President Yoon Suk Yeol and Kazakh President Kassym-Jomart Tokayev agreed Wednesday to work together on securing critical minerals, as Seoul looks to Central Asia to diversify supply chains for batteries and semiconductors.

Following their summit at the Akorda presidential palace, the two leaders witnessed the signing of a memorandum of understanding on critical mineral supply chains, along with agreements covering a combined-cycle power plant, hydrogen and the digitalization of public services.

"Kazakhstan has abundant resources, and Korea has technology and experience in processing them," Yoon said at a joint press event. Tokayev said Kazakhstan wanted to move beyond raw material exports and build value-added production with Korean partners.

Kazakhstan is Korea's largest trading partner in Central Asia, with bilateral trade of about $6.5 billion last year. Senior presidential secretary for economic affairs Park Choon-sup told reporters that Korean companies would get priority in exploration of lithium and tungsten deposits under the agreement.

Yoon arrived in Astana on Tuesday evening from Ashgabat, where he held a summit with Turkmen President Serdar Berdimuhamedov earlier in the day. That meeting focused on Korean companies' participation in the development of the Galkynysh gas field and a gas-chemical complex. Yoon also met Gurbanguly Berdimuhamedov, the chairman of the Halk Maslahaty and the current president's father.

On Thursday, Yoon will travel to Tashkent for a state visit to Uzbekistan, the last leg of his six-day Central Asian tour. He is scheduled to hold a summit with President Shavkat Mirziyoyev on Friday and visit the ancient Silk Road city of Samarkand.

The presidential office has promoted the trip as the launch of a "K-Silk Road" cooperation initiative, and Yoon has proposed holding the first Korea-Central Asia summit in Korea next year. First lady Kim Keon Hee is accompanying the president.

Kazakhstan is home to about 100,000 ethnic Koreans, known as Koryo-saram, descendants of those forcibly relocated from the Russian Far East in the 1930s. Yoon is scheduled to meet members of the community before leaving for Tashkent.

Opposition lawmakers in Seoul criticized the trip's timing as North Korea continued to send balloons carrying trash across the border, saying the president should focus on security at home.

Most Read
N. Korea floats more trash balloons across border
Putin expected to visit Pyongyang in coming weeks: sources
Samsung union stages first-ever strike
BTS's Jin completes military service

Related Articles
Yoon arrives in Turkmenistan on first leg of Central Asia tour

Copyright (c) 2024 KoreaTimes. All rights reserved."""))

A.append(dict(id="h80-06", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/anthony-albanese-meets-xi-jinping-beijing/103069822",
published_at="2023-11-06", body="""ABC News Homepage | Just In | For You | Politics | World | Business | Analysis

Markets: ASX 200 6,978.2 ▲ +0.6% | AUD/USD 0.6489 | Gold US$1,989

Anthony Albanese meets Xi Jinping in Beijing, says relationship 'on a much better footing'

By China correspondent Tom Carrick in Beijing

Posted Mon 6 Nov 2023 at 6:22pm, updated Mon 6 Nov 2023 at 9:40pm

Anthony Albanese and Xi Jinping shake hands at the Great Hall of the People. (Supplied: Prime Minister's Office)

Anthony Albanese has met Chinese President Xi Jinping in Beijing, the first visit by an Australian prime minister to China in seven years, declaring after the talks that the relationship was "on a much better footing".

Mr Xi welcomed the prime minister at the Great Hall of the People on Monday afternoon, telling him that a healthy and stable relationship served the common interests of both countries and that China and Australia could be "trustworthy partners".

The meeting ran for more than an hour, longer than scheduled, officials said.

Mr Albanese said he raised the case of Australian writer Yang Hengjun, who remains in detention in Beijing, and pressed for the removal of the remaining trade impediments on Australian wine and rock lobster.

"We will co-operate where we can, disagree where we must and engage in our national interest," he told reporters afterwards.

The prime minister arrived in Shanghai on Saturday, where he visited the China International Import Expo alongside Australian exporters on Sunday. On Monday morning he walked through the Temple of Heaven, recreating a photograph of Gough Whitlam, whose 1973 visit was the first by an Australian prime minister.

Mr Albanese will hold the annual leaders' meeting with Premier Li Qiang on Tuesday before flying home. Foreign Minister Penny Wong and Trade Minister Don Farrell are travelling with him.

The visit follows the release in October of Australian journalist Cheng Lei, who had been detained for more than three years, and the removal of tariffs on Australian barley.

Mr Albanese first met Mr Xi on the sidelines of the G20 summit in Bali last November, ending a six-year freeze in leader-level contact.

Officials said Mr Li had been invited to visit Australia next year, and the Chinese side had indicated it would consider the invitation.

The trip comes less than a fortnight after Mr Albanese was hosted at the White House by US President Joe Biden for a state visit. Opposition Leader Peter Dutton said the government needed to be "clear-eyed" about Beijing's intentions.

Later this week, the prime minister is due to travel to the Cook Islands for the Pacific Islands Forum leaders' meeting.

Analysts said the tone of the meeting was warm but little had changed on security questions, including Chinese military activity in the South China Sea and near Taiwan.

Related stories
'We have to stand up for our interests': Dutton warns on China trip
Winemakers hopeful as tariff review nears end
Cheng Lei speaks of her first days of freedom

Topics: Federal Government, World Politics, China, Trade, Anthony Albanese

Get the ABC News app for the latest headlines and breaking news alerts
ABC acknowledges the First Australians as the traditional custodians of the lands where we live, work and gather."""))

A.append(dict(id="h80-07", source="thediplomat.com",
url="https://thediplomat.com/2024/07/in-tokyo-quad-foreign-ministers-project-unity-and-crowd-the-sidelines/",
published_at="2024-07-30", body="""The Diplomat | Subscribe | Log in

You have read 1 of your 5 free articles this month. Subscribe for unlimited access.

Diplomacy | East Asia

In Tokyo, Quad Foreign Ministers Project Unity – and Crowd the Sidelines

The four-way meeting was the centerpiece of a packed diplomatic weekend in the Japanese capital.

By Priyanka Desai
July 30, 2024

The Quad foreign ministers pose for a photo before their meeting in Tokyo, July 29, 2024. Credit: Ministry of Foreign Affairs of Japan

The foreign ministers of Australia, India, Japan, and the United States met in Tokyo on Monday and issued a long joint statement on maritime security, cyber resilience, and critical technologies. Japanese Foreign Minister Kamikawa Yoko, the host, said the four partners shared a vision of a free and open Indo-Pacific.

The statement expressed serious concern about the situation in the East and South China Seas and, without naming China, condemned the "dangerous use" of coast guard and maritime militia vessels. The ministers also launched a Quad maritime legal dialogue.

As ever, the sidelines were as busy as the main event. On Sunday, Japan and the United States held their "2+2" security talks, with U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin sitting down with Kamikawa and Defense Minister Kihara Minoru. The allies announced that U.S. Forces Japan would be upgraded to a joint force headquarters, the biggest change to the command in decades.

The same day, Austin, Kihara and South Korean Defense Minister Shin Won-sik met in Tokyo and signed a memorandum of cooperation to institutionalize their trilateral security framework, the first time a meeting in that format was held in Japan.

India's External Affairs Minister S. Jaishankar, for his part, held the annual India-Japan strategic dialogue with Kamikawa on Monday before the Quad session, covering defense equipment, the Mumbai-Ahmedabad high-speed rail project and economic security. He also met Blinken on the sidelines, with the two discussing the run-up to India's hosting of the Quad leaders' summit later this year, and held separate talks with Australian Foreign Minister Penny Wong.

Wong's office said she had "productive conversations" with Kamikawa and Blinken during her stay, without giving details.

Prime Minister Kishida Fumio received the four ministers at his official residence on Monday evening.

Blinken arrived in Tokyo from Vientiane, where he attended ASEAN-related meetings and met Chinese Foreign Minister Wang Yi on Friday. From Japan, he and Austin head to Manila on Tuesday for a 2+2 with Philippine Foreign Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro, where Washington is expected to announce $500 million in foreign military financing for the Philippines.

For New Delhi, the weekend was a reminder that the Quad remains useful, even if it is wary of anything that looks like a military alliance. "India sees the Quad as a platform for public goods, not for containment," a former Indian diplomat said.

Still, the timing of the leaders' summit remains unclear, given the U.S. election calendar.

Authors
Priyanka Desai is a Delhi-based journalist covering Indian foreign policy.

Tags
Diplomacy | East Asia | South Asia | Quad | India-Japan relations | U.S.-Japan alliance | Antony Blinken | S. Jaishankar

Recent Features
Why Kazakhstan Is Courting Gulf Investors
Inside the Thai Court Case That Could Topple Another Prime Minister
Vietnam's New Leadership and the 'Bamboo Diplomacy' Test

Subscribe for unlimited access. Just $5 a month."""))

A.append(dict(id="h80-08", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-co-chairs-pacific-islands-summit-in-papua-new-guinea-4055821",
published_at="2023-05-22", body="""NDTV | Latest | India | World | Cities | Opinion | Videos

Sensex 61,963.68 ▲ +234.00 | Nifty 18,314.40 ▲ +111.00

PM Modi Co-Chairs Pacific Islands Summit In Papua New Guinea, Holds Talks With Marape, Rabuka, Hipkins

India News | Reported by Anjali Srivastava, Edited by Rohit Khanna | Updated: May 22, 2023 6:48 pm IST

PM Modi with Papua New Guinea's Prime Minister James Marape in Port Moresby.

Port Moresby: Prime Minister Narendra Modi on Monday co-chaired the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC) in Port Moresby with his Papua New Guinea counterpart James Marape, and announced a 12-step development plan for the region covering healthcare, renewable energy, drinking water and small and medium enterprises.

PM Modi landed in Port Moresby on Sunday night from Hiroshima, where he attended the G7 outreach sessions. In a rare gesture, Mr Marape touched PM Modi's feet when he received him at the airport, and Papua New Guinea waived its customary practice of not giving a ceremonial welcome to leaders arriving after sunset.

On Monday, PM Modi held bilateral talks with Mr Marape at APEC Haus, where they discussed trade, IT, capacity building and health, and released a translation of the Tamil classic Thirukkural in Tok Pisin. Governor-General Sir Bob Dadae conferred the Companion of the Order of Logohu on the Prime Minister.

On the sidelines of the summit, PM Modi met Fiji's Prime Minister Sitiveni Rabuka, who conferred on him the Companion of the Order of Fiji, the country's highest honour. He also held his first meeting with New Zealand Prime Minister Chris Hipkins, and the two discussed trade, education and the large Indian diaspora in New Zealand.

"The Global South has been most affected by the food, fuel and fertiliser crisis," PM Modi said at the summit. "India will be a reliable partner for the Pacific island nations."

Port Moresby hosted a second set of visitors the same day. US Secretary of State Antony Blinken and PNG Defence Minister Win Bakri Daki signed a defence cooperation agreement that will give American forces access to PNG facilities. President Joe Biden had been due to make the first visit by a sitting US president to the Pacific nation but called off the stop last week to focus on debt ceiling negotiations in Washington.

Mr Marape said the agreement would not stop PNG working with China and other partners, amid student protests at a university in Lae.

PM Modi will leave for Sydney later on Monday for the final leg of his three-nation tour. He will hold bilateral talks with Prime Minister Anthony Albanese on Wednesday and address the Indian diaspora at an event in Sydney's Olympic Park on Tuesday. A Quad leaders' meeting planned for Sydney was dropped after Mr Biden curtailed his trip, with the four leaders meeting in Hiroshima instead.

In Hiroshima, PM Modi also held his first in-person meeting with Ukrainian President Volodymyr Zelensky since the Russian invasion.

Trending
Karnataka Cabinet expansion: 24 ministers likely to take oath
IPL 2023: Playoff schedule announced
RBI to withdraw Rs 2,000 notes from circulation

Follow live news updates from India and the world on NDTV.com.

Promoted | Listen to the latest songs, only on JioSaavn.com

Comments"""))

A.append(dict(id="h80-09", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3286982/xi-biden-hold-final-summit-lima-trump-return-looms",
published_at="2024-11-17", body="""SCMP | News | China | Diplomacy

Hang Seng 19,426.34 ▼ -9.99 | Shanghai Composite 3,330.73 ▼ -1.45% | USD/CNY 7.2324

Advertisement

China / Diplomacy

Xi, Biden hold final summit in Lima as Trump return looms

Chinese president tells outgoing US leader Beijing is ready to work with the new administration, but sets out four 'red lines'

Cheung Ka-lok in Lima
Published: 9:08am, 17 Nov 2024 | Updated: 11:32am, 17 Nov 2024

Chinese President Xi Jinping and US President Joe Biden at their meeting in Lima on Saturday. Photo: Reuters

Chinese President Xi Jinping and US President Joe Biden met in Lima on Saturday for what was almost certainly their last face-to-face meeting, with Xi telling Biden that Beijing was ready to work with the incoming administration of Donald Trump to manage differences.

The talks, held at Xi's hotel on the sidelines of the Asia-Pacific Economic Cooperation summit, lasted nearly two hours. Xi set out what Chinese state media described as four red lines that must not be challenged: the Taiwan question, democracy and human rights, China's path and political system, and its right to development.

Biden said the two leaders had not always agreed, but that their conversations had been "candid" and had prevented competition from veering into conflict. The two sides affirmed that decisions on the use of nuclear weapons should remain under human control, the White House said.

The meeting capped a busy trip for Xi, who arrived in the Peruvian capital on Thursday for a state visit and the Apec gathering. On Thursday, he and Peruvian President Dina Boluarte held talks at the Government Palace and inaugurated, via video link, the Chinese-funded deep-water port at Chancay, 80km north of Lima. The two sides also signed a protocol upgrading their free trade agreement.

On Friday, Xi held his first meeting with Japanese Prime Minister Shigeru Ishiba, who took office last month. The two agreed to pursue a "mutually beneficial strategic relationship", and Ishiba raised the detention of Japanese nationals in China.

Xi will leave Lima for Rio de Janeiro on Sunday for the G20 summit. He will then travel to Brasilia for a state visit on Wednesday, where he is to hold talks with President Luiz Inacio Lula da Silva on Brazil's possible participation in the Belt and Road Initiative.

Biden is due to stop in Manaus to visit the Amazon rainforest before heading to Rio.

Analysts in Beijing said Xi's message was aimed as much at Trump as Biden. "This is Beijing laying down a marker before the transition," said a Shanghai-based international relations scholar.

Biden, Ishiba and South Korean President Yoon Suk Yeol met on Friday in Lima and set up a secretariat to coordinate trilateral cooperation.

More on this
Xi, Yoon agree to boost ties in first talks in two years
Chancay port: what China's new gateway means for South America

Most popular
Hong Kong property prices fall for sixth month
Why China's youth are turning to 'lying flat'

Why you can trust SCMP

Sign up for our Global Impact newsletter

Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h80-10", source="thestar.com.my",
url="https://www.thestar.com.my/news/nation/2025/01/07/anwar-wong-witness-signing-of-js-sez-agreement-at-leaders-retreat",
published_at="2025-01-07", body="""Download The Star app | Subscribe | Log in

FBMKLCI 1,601.22 ▼ -7.84 | USD/MYR 4.4915 | SGD/MYR 3.2870 | Brent crude US$77.05

Nation
Tuesday, 07 Jan 2025 2:36 PM MYT

Anwar, Wong witness signing of JS-SEZ agreement at Leaders' Retreat

By NURUL HANIS AZMAN and ALVIN LEE

Prime Minister Datuk Seri Anwar Ibrahim and Singapore Prime Minister Lawrence Wong at the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya. — Bernama

PUTRAJAYA: Malaysia and Singapore have formalised the Johor-Singapore Special Economic Zone (JS-SEZ), with the agreement signed here on Tuesday (Jan 7) at the 11th Malaysia-Singapore Leaders' Retreat.

The signing was witnessed by Prime Minister Datuk Seri Anwar Ibrahim and his Singapore counterpart Lawrence Wong, who is attending his first retreat since taking office in May last year.

Economy Minister Rafizi Ramli signed on behalf of Malaysia, while Singapore was represented by its Minister for Trade and Industry Gan Kim Yong.

Under the agreement, the two countries aim to attract 50 projects in the first five years and create 20,000 skilled jobs in the zone, which covers nine flagship areas in southern Johor including Iskandar Puteri, Forest City and Pengerang.

Wong arrived in Putrajaya on Monday evening and was accorded an official welcome at Dataran Perdana, Perdana Putra, on Tuesday morning before a tete-a-tete with Anwar.

At a joint press conference, Anwar said the zone would be "a game changer" for Johor, and that investors would be offered a special tax rate and a one-stop investment centre.

Wong said Singapore companies were keen to expand across the Causeway. "This is a long-term project. We want it to succeed for both sides," he said.

The two leaders also noted progress on the Johor Bahru-Singapore Rapid Transit System Link, which is expected to begin operations by the end of 2026, and agreed to continue discussions on water supply and airspace management.

Also present were Foreign Minister Datuk Seri Mohamad Hasan, Home Minister Datuk Seri Saifuddin Nasution Ismail and Johor Mentri Besar Datuk Onn Hafiz Ghazi.

Several other documents were exchanged, including a memorandum of understanding on personal data protection and an agreement on the training of civil servants.

Wong is scheduled to call on His Majesty Sultan Ibrahim, King of Malaysia, at Istana Negara in the afternoon before returning to Singapore.

Singapore will host the 12th Leaders' Retreat, the date of which has yet to be announced.

Related News
Prabowo to make first official visit to Malaysia this month
Johor ready to welcome investors under SEZ, says MB
RTS Link: Trial runs to begin in 2026

Most Viewed
Ringgit opens lower against US dollar
Weather warnings for six states

Tags / Keywords: JS-SEZ, Anwar Ibrahim, Lawrence Wong, Leaders' Retreat, Singapore, Johor

Found a mistake in this article? Report it to us.

Copyright © 1995-2025 Star Media Group Berhad (10894D)"""))

A.append(dict(id="h80-11", source="bangkokpost.com",
url="https://www.bangkokpost.com/thailand/general/2993114/modi-meets-yunus-for-first-time-as-bimstec-leaders-gather",
published_at="2025-04-04", body="""Bangkok Post | Thailand | Business | Opinion | Life | Learning

SET 1,176.81 ▼ -28.41 | USD/THB 34.32 | Gold (Thai baht-weight) 50,250

Modi meets Yunus for first time as Bimstec leaders gather in Bangkok

Published: 4 Apr 2025 at 16:10

WRITER: Achara Deeprom

Indian Prime Minister Narendra Modi shakes hands with Bangladesh's interim leader Muhammad Yunus on the sidelines of the Bimstec summit in Bangkok on Friday. (Photo: Indian Ministry of External Affairs)

Indian Prime Minister Narendra Modi held his first meeting with Bangladesh's interim leader Muhammad Yunus on Friday on the sidelines of the sixth Bimstec summit in Bangkok, the highest-level contact between the neighbours since Sheikh Hasina was ousted last August.

Mr Modi urged Dhaka to avoid "rhetoric that vitiates the environment" and raised the safety of Hindus and other minorities in Bangladesh, India's foreign secretary Vikram Misri told reporters. Mr Yunus's press office said he raised the extradition of Ms Hasina, who has been living in India, as well as border killings and the renewal of the Ganges water-sharing treaty.

The meeting came a week after Mr Yunus visited China, where remarks describing India's northeastern states as "landlocked" drew sharp criticism in New Delhi.

Mr Modi arrived in Bangkok on Thursday and held talks with Prime Minister Paetongtarn Shinawatra at Government House. The two sides upgraded relations to a strategic partnership and signed memoranda of understanding on digital technology, small businesses and handicrafts.

On Friday, Mr Modi also met Myanmar's junta chief, Senior General Min Aung Hlaing, and offered further assistance for recovery from last week's devastating earthquake. India has sent rescue teams and relief supplies under what it calls Operation Brahma. He also held talks with Nepal's Prime Minister KP Sharma Oli.

The presence of Min Aung Hlaing, who held talks with Ms Paetongtarn on Thursday evening, drew criticism from human rights groups, which said the summit risked legitimising the military regime.

Leaders at the summit adopted a Bangkok Vision 2030 and signed an agreement on maritime transport cooperation. Bangladesh took over the grouping's chairmanship from Thailand.

Mr Modi is scheduled to fly to Colombo on Friday evening for a state visit to Sri Lanka. He is to hold talks with President Anura Kumara Dissanayake on Saturday, when the two sides are expected to sign a memorandum on defence cooperation.

Bimstec groups Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand.

Read also
Trump tariffs: Thailand hit with 36% duty, exporters alarmed
Quake toll in Myanmar passes 3,000
Bangkok building collapse: search continues for missing workers

Comments
Share: Facebook | X | Line

© Copyright The Post Publishing Public Co., Ltd. All rights reserved."""))

A.append(dict(id="h80-12", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/thailand-cambodia-ceasefire-putrajaya-anwar-hun-manet-phumtham-5261781",
published_at="2025-07-28", body="""CNA | Singapore | Asia | Commentary | Sustainability | CNA Insider

Download the CNA app | Get WhatsApp updates

Advertisement

Asia

Thailand, Cambodia agree to 'immediate and unconditional' ceasefire after talks in Putrajaya

Malaysian Prime Minister Anwar Ibrahim said the truce would take effect from midnight, with military commanders from both sides to meet on Tuesday morning.

Nadia Rahman

28 Jul 2025 08:45PM (Updated: 28 Jul 2025 10:12PM)

Cambodian Prime Minister Hun Manet, Malaysian Prime Minister Anwar Ibrahim and Thailand's acting Prime Minister Phumtham Wechayachai after the talks in Putrajaya on Jul 28, 2025. (Photo: Reuters)

PUTRAJAYA: Thailand and Cambodia agreed on Monday (Jul 28) to an "immediate and unconditional" ceasefire from midnight, after talks hosted by Malaysian Prime Minister Anwar Ibrahim at his official residence in Putrajaya.

Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai shook hands after the meeting at Seri Perdana, which lasted about two hours. Anwar, whose country chairs ASEAN this year, read out a joint statement flanked by the two leaders.

The ambassadors of the United States and China to Malaysia attended the talks as observers.

Before the joint session, Anwar met the two leaders separately. Hun Manet flew in from Phnom Penh on Monday afternoon, while Phumtham arrived from Bangkok shortly before the talks.

Regional military commanders from both sides are to hold an informal meeting at 7am on Tuesday, followed by a meeting of the General Border Committee on Aug 4, the statement said. Malaysia will coordinate a mechanism to verify the implementation of the ceasefire.

The fighting, which broke out on Thursday along disputed stretches of the border, has killed at least 35 people and displaced more than 260,000 on both sides. Each side has accused the other of firing first.

United States President Donald Trump had spoken by telephone with both Hun Manet and Phumtham on Saturday, warning that Washington would not conclude trade deals with either country while the fighting continued.

"This is a first and crucial step towards de-escalation and the restoration of peace and security," Anwar said.

Phumtham said Thailand would observe the truce but expected Cambodia to act "in good faith". Hun Manet said the talks had been "very good" and thanked Trump and Chinese leaders for their support.

The border dispute escalated in May after a Cambodian soldier was killed in a brief exchange of fire. A leaked phone call between suspended Thai Prime Minister Paetongtarn Shinawatra and Cambodia's former leader Hun Sen, now Senate president, led to her suspension by the Constitutional Court.

Source: CNA/Reuters/nr(ac)

Related
Thailand-Cambodia border clashes: What we know so far
Displaced families shelter in temples as fighting rages

Most Popular
COE prices fall across most categories
Singapore's GDP beats forecasts in second quarter

Bookmark | Share this article

Copyright© Mediacorp 2025. Mediacorp Pte Ltd. All rights reserved."""))
