# Long pages (2,500-4,500 characters), h64-01 .. h64-12
A = []

A.append(dict(id="h64-01", source="dawn.com",
url="https://www.dawn.com/news/1228944/modi-drops-in-on-nawaz-at-raiwind-in-surprise-stopover",
published_at="2015-12-26", body="""Dawn.com uses cookies to personalise content and analyse traffic. By using this site you agree to our privacy policy. | Got it

KSE-100 32,487.43 ▲ 118.20 | USD/PKR 104.85 | Gold (10g) Rs41,150 | Brent $37.89

HOME | PAKISTAN | WORLD | BUSINESS | SPORT | OPINION | PRISM | MAGAZINES

Modi drops in on Nawaz at Raiwind in surprise stopover

Saima Qureshi | Imran Gondal
Published December 26, 2015 | Updated about 2 hours ago

LAHORE: Indian Prime Minister Narendra Modi made an unscheduled stop in Lahore on Friday, flying in from Kabul to meet Prime Minister Nawaz Sharif at his Raiwind estate on the premier's 66th birthday, and becoming the first Indian head of government to set foot in Pakistan since Atal Bihari Vajpayee attended the Saarc summit in Islamabad in January 2004.

Mr Modi announced the detour on Twitter barely three hours before his aircraft touched down at Allama Iqbal International Airport, where Mr Sharif was waiting on the tarmac. The two men embraced and then flew by helicopter to Jati Umra, where the Sharif family was also celebrating the wedding of the prime minister's granddaughter.

Foreign Secretary Aizaz Ahmad Chaudhry told reporters at the airport after the Indian leader had left that the meeting, held over tea and lasting roughly an hour and a half, had taken place in "a very warm and cordial atmosphere". The two prime ministers, he said, had agreed that the dialogue process should move forward and that contacts between the peoples of the two countries should grow.

"It has been decided that the foreign secretaries will meet in Islamabad in the middle of January to work out the schedule of the comprehensive bilateral dialogue," Mr Chaudhry said. His Indian counterpart, S. Jaishankar, is expected to lead the Indian side at that round.

Earlier in the day Mr Modi had been in Kabul, where he and Afghan President Ashraf Ghani jointly opened the new Afghan parliament building, constructed with Indian money at a cost of some $90 million. The two leaders also held talks at the Presidential Palace, and New Delhi handed over the first of four Mi-25 attack helicopters promised to the Afghan air force. The Indian leader had flown to Kabul from Moscow, where he held his annual summit with Vladimir Putin.

Reactions at home were mixed. The PTI said it welcomed any step towards normalisation, while a Jamaat-i-Islami leader asked what had been discussed behind closed doors. In New Delhi, the Congress party called the visit a "diplomatic misadventure" and demanded to know what had changed since the summer.

The Lahore stopover capped a month of quiet re-engagement. The two prime ministers spoke briefly on the margins of the climate conference in Paris on Nov 30; the national security advisers met in Bangkok on Dec 6; and External Affairs Minister Sushma Swaraj travelled to Islamabad on Dec 9 for the Heart of Asia conference, where the resumption of dialogue was announced.

Mr Modi left for New Delhi shortly after 7pm, having spent a little over two hours on Pakistani soil.

Photo caption: Prime Minister Nawaz Sharif receives Indian Prime Minister Narendra Modi at Allama Iqbal International Airport on Friday. — Photo by PID

Read more
Chronology: the Pakistan-India thaw, from Ufa to Lahore
Putin, Modi sign deals on helicopters and reactors in Moscow
Ghani thanks India for 'symbol of democracy' as parliament opens

Most popular
1. Petrol price to be cut by Rs3 from January, say officials
2. Winter smog returns to Punjab highways
3. Misbah unsure of tour to India in March

Comments (214) | Closed for comments

Published in Dawn, December 26th, 2015

Follow Dawn on WhatsApp | Download the Dawn app
© 2015 Pakistan Herald Publications (Pvt) Ltd."""))

A.append(dict(id="h64-02", source="thejakartapost.com",
url="https://www.thejakartapost.com/indonesia/2023/09/07/albanese-sits-down-with-li-as-jakarta-summits-wrap-up.html",
published_at="2023-09-07", body="""The Jakarta Post
Subscribe | Log in | Indonesia | Business | World | Opinion | Culture | Newsletter

JCI 6,978.91 ▼ -0.37% | USD/IDR 15,312 ▲ | Brent US$90.60 ▲ 0.5%

ASEAN 2023 | East Asia Summit

Albanese sits down with Li as Jakarta summits wrap up

Nur Aziza Rahmadani and Dimas Waluyo (The Jakarta Post)
Jakarta ● Thu, September 7, 2023 | 07:11 pm

Australian Prime Minister Anthony Albanese held talks with Chinese Premier Li Qiang on the sidelines of the East Asia Summit (EAS) in Jakarta on Thursday, the latest step in a thaw between Canberra and Beijing after years of frosty ties and trade barriers.

Speaking to reporters after the meeting at the Jakarta Convention Center, Albanese said he had told Li that Australia would "cooperate where we can, disagree where we must", and confirmed he would travel to China "later this year", without giving a date.

Li, who is standing in for President Xi Jinping at the gatherings, told Albanese that the two countries should treat each other as partners and "not rivals", according to a Chinese readout.

Albanese is scheduled to fly to Manila on Thursday evening and will hold talks with President Ferdinand Marcos Jr on Friday, in the first bilateral visit to the Philippines by an Australian prime minister in two decades. The two sides are expected to sign a strategic partnership.

The EAS closed a three-day run of meetings under Indonesia's chairmanship of ASEAN that has been dominated by the crisis in Myanmar and tensions in the South China Sea. In his closing remarks, President Joko "Jokowi" Widodo said the region must not become "a theater of rivalry" and handed over the chairmanship to Laos, which takes the helm in January.

US Vice President Kamala Harris, attending in place of President Joe Biden, met Jokowi at the venue on Wednesday before the ASEAN-US summit, where the two discussed critical minerals, the energy transition and Washington's plans to expand its maritime assistance in the region. She left Jakarta after the EAS on Thursday.

Biden is due in New Delhi for the Group of 20 summit this weekend and will then travel to Hanoi on Sunday, where he is expected to upgrade ties with Vietnam.

Li is also heading to New Delhi for the G20 after wrapping up his Jakarta program. On Wednesday he spoke briefly with Japanese Prime Minister Fumio Kishida on the margins of the ASEAN Plus Three meeting, Japanese officials said, amid friction over Beijing's ban on Japanese seafood following the release of treated water from the Fukushima nuclear plant.

Indian Prime Minister Narendra Modi flew in early on Thursday for the ASEAN-India summit and the EAS and was due to return home the same night.

Diplomats said the leaders' statement on Myanmar was little changed from previous ones. ASEAN also confirmed that the Philippines would take over the 2026 chairmanship, which had been Myanmar's turn.

Photo caption: Australian Prime Minister Anthony Albanese (left) shakes hands with Chinese Premier Li Qiang in Jakarta on Sept. 7, 2023. (AFP/Rizki Pratama)

Editor's Choice
Jokowi urges ASEAN to stay neutral amid rivalry
Marcos, Albanese to seal strategic partnership in Manila
Rupiah weakens as US yields climb

Topics: ASEAN Summit, East Asia Summit, Australia, China, Anthony Albanese, Li Qiang

Share: Facebook | X | WhatsApp | LinkedIn

Get The Jakarta Post's morning newsletter in your inbox. Sign up
This article appeared in the print edition of The Jakarta Post, Friday, September 8, 2023
© 2016 - 2023 PT. Bina Media Tenggara"""))

A.append(dict(id="h64-03", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking-news/Sri-Lanka-India-sign-defence-MoU-as-Modi-Dissanayake-hold-talks/108-305512",
published_at="2025-04-05", body="""Daily Mirror - Sri Lanka Latest Breaking News and Headlines

ASPI 15,942.10 ▼ -0.45% | S&P SL20 4,786.22 ▼ -0.61% | USD/LKR 296.40 | Gold 22K Rs 232,000

Download the Daily Mirror app | E-paper | Subscribe

Sri Lanka, India sign defence MoU as Modi, Dissanayake hold talks in Colombo

5 April 2025 02:41 pm - 12 comments - 3,418 views

By Kelum Wijesinghe

Sri Lanka and India today signed seven memoranda of understanding, including a first-ever framework on defence cooperation, after talks between President Anura Kumara Dissanayake and visiting Indian Prime Minister Narendra Modi at the Presidential Secretariat.

The documents were exchanged in the presence of the two leaders. Apart from defence, they cover the development of Trincomalee as an energy hub with the participation of the United Arab Emirates, the interconnection of the two countries' electricity grids, the sharing of digital public infrastructure, health and pharmaceuticals, and multi-sector grant assistance for the Eastern Province.

Modi arrived at the Bandaranaike International Airport late last night from Bangkok and was received by a delegation of Cabinet Ministers led by Foreign Minister Vijitha Herath. He was accorded a ceremonial welcome at Independence Square this morning before the talks.

Addressing the media afterwards, President Dissanayake said he had reiterated that Sri Lanka would not allow its territory to be used in any manner inimical to the security of India. Modi said the two countries' security interests were "intertwined" and announced debt relief measures and assistance for housing in the plantation areas.

The President later conferred the Sri Lanka Mitra Vibhushana on the Indian Prime Minister, one of the highest honours the country gives to a foreign leader.

The issue of Indian trawlers fishing in Sri Lankan waters was also taken up. Government sources said both sides agreed to adopt a "humanitarian approach" to the fishermen held in each other's custody.

On Sunday the two leaders will travel together to Anuradhapura, where they are scheduled to open a railway signalling system built with Indian assistance and visit the Jaya Sri Maha Bodhi. Modi will leave for Tamil Nadu from there.

Modi came to Colombo after two days in Thailand. On Thursday he held talks in Bangkok with Thai Prime Minister Paetongtarn Shinawatra, with whom he signed agreements on maritime cooperation and digital technology, and on Friday he attended the sixth BIMSTEC summit.

On the summit's sidelines he met Bangladesh's Chief Adviser Professor Muhammad Yunus, the first meeting between the two since the fall of Sheikh Hasina's government last August. During the roughly 40-minute meeting, Modi raised the safety of minorities in Bangladesh while Yunus brought up the question of Hasina's extradition, officials said. Modi also met Nepal's Prime Minister K.P. Sharma Oli and Myanmar's military leader Min Aung Hlaing in Bangkok.

Dissanayake made India his first overseas destination after taking office, travelling to New Delhi in December, and paid a state visit to China in January.

The opposition Samagi Jana Balawegaya demanded that the defence MoU be tabled in Parliament. Minister Herath told reporters that it contained no provision for foreign troops to be stationed in Sri Lanka.

Pix by Pradeep Dilrukshana

Related News
Trump tariffs: Sri Lanka to send team to Washington for talks
Cabinet nod for Sampur solar project
CEB seeks tariff revision

Most Viewed
Two arrested over Kandy jewellery heist
Weather: showers in several provinces after 2 pm

Tags: Narendra Modi, Anura Kumara Dissanayake, India, MoU

Share: Facebook | X | WhatsApp | Viber

Comments - 12 | Post your comments"""))

A.append(dict(id="h64-04", source="tribune.com.pk",
url="https://tribune.com.pk/story/2503315/li-qiang-shehbaz-hold-talks-as-islamabad-hosts-sco-meeting",
published_at="2024-10-15", body="""The Express Tribune
KSE-100 85,882.16 ▲ 361.40 (0.42%) | USD/PKR 277.62 | Gold Rs275,400/tola | Brent $74.25

Pakistan | Business | World | Opinion | Sports | Life & Style

Li Qiang, Shehbaz hold talks as Islamabad hosts SCO meeting

Chinese premier first to visit in 11 years; Russian PM, Indian FM among arrivals for heads of government council

Asad Mehboob | October 15, 2024

ISLAMABAD: Chinese Premier Li Qiang held wide-ranging talks with Prime Minister Shehbaz Sharif at the PM House on Tuesday, a day after arriving in the capital on the first visit by a Chinese premier in 11 years, as Islamabad hosted the Shanghai Cooperation Organisation's Council of Heads of Government under tight security.

The two premiers reviewed progress on the China-Pakistan Economic Corridor (CPEC) and witnessed the exchange of more than a dozen memoranda of understanding covering agriculture, the mining sector, the media and livelihood projects. On Monday evening they had jointly inaugurated, through a video link, the New Gwadar International Airport, built with Chinese grants.

The security of Chinese nationals working in Pakistan featured prominently, officials said, coming barely a week after a suicide attack near Karachi airport killed two Chinese engineers. Shehbaz assured his guest that the perpetrators would be brought to justice.

Russian Prime Minister Mikhail Mishustin, who landed at Nur Khan Airbase on Monday night, called on Shehbaz on Tuesday afternoon. According to a statement from the PM Office, the two sides discussed energy cooperation, barter trade and transport links through Central Asia, and agreed to increase the frequency of high-level exchanges.

External Affairs Minister S Jaishankar arrived on Tuesday afternoon to lead India's delegation, becoming the first Indian foreign minister to visit Pakistan since Sushma Swaraj in December 2015. He was received by a director general of the Foreign Office. Both sides have made clear that no bilateral meeting is on the cards, and Jaishankar has said he is in Islamabad only for the SCO. He shook hands with Shehbaz at the dinner the prime minister hosted for visiting heads of delegation on Tuesday night.

Other arrivals included the prime ministers of Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, Iran's First Vice President Mohammad Reza Aref, and Mongolia's prime minister as an observer.

The main session will be held at the Jinnah Convention Centre on Wednesday, after which a joint communique is expected. Shehbaz will chair the meeting as Pakistan holds the council's rotating chairmanship.

The federal government had announced a three-day holiday in Islamabad and Rawalpindi, and the army was deployed in the capital. The PTI called off its planned protest at D-Chowk late on Monday.

"Hosting the SCO is a vote of confidence in Pakistan," Information Minister Attaullah Tarar told reporters.

Analysts said that the Chinese premier's visit mattered more than the conference itself. "The optics of Li Qiang spending four days in Islamabad send a message to investors who had started to worry about security," said a former ambassador.

Photo caption: Prime Minister Shehbaz Sharif receives Chinese Premier Li Qiang at the PM House on Tuesday. PHOTO: PID

Also read
Pakistan, Saudi Arabia sign 27 MoUs worth $2.2bn during Al-Falih visit
Traffic plan issued for twin cities during SCO summit
Rupee gains for third session

Published in The Express Tribune, October 16th, 2024.

Like Business on Facebook, follow @TribuneBiz on X to stay informed.

Comments (38)

Follow The Express Tribune on WhatsApp"""))

A.append(dict(id="h64-05", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/vietnam-russia-sign-cooperation-documents-during-putin-visit-4761839.html",
published_at="2024-06-20", body="""VnExpress International - Latest news, business, travel and analysis from Vietnam

VN-Index 1,280.23 ▼ -3.12 | USD/VND 25,455 | Gold SJC 76.98 mln VND/tael

This website uses cookies to enhance your experience. Accept

News | Business | Travel | Life | Sports | World | Perspectives

Vietnam, Russia sign 11 cooperation documents during Putin visit

By Hoang Minh Chau   June 20, 2024 | 04:52 pm GMT+7

Vietnam and Russia signed 11 cooperation documents on Thursday after talks between President To Lam and visiting Russian President Vladimir Putin at the Presidential Palace in Hanoi.

The documents cover education, science and technology, oil and gas exploration, clean energy, health and the establishment of a nuclear science and technology center, according to the Ministry of Foreign Affairs. The two leaders also adopted a joint statement on deepening the comprehensive strategic partnership between the countries.

Putin arrived at Noi Bai International Airport in the early hours of Thursday on a two-day state visit, his fifth to Vietnam and his first since the APEC summit in Da Nang in 2017. He was greeted with a 21-gun salute at the official welcome ceremony later in the morning.

In addition to To Lam, Putin met General Secretary Nguyen Phu Trong, Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man during the day.

Lam said Vietnam treasured its long-standing friendship with Russia and wanted to step up cooperation in defense and security. Putin told reporters that the two sides had agreed to develop a "reliable architecture of security" in the Asia-Pacific region and to expand trade settlements in national currencies.

The Russian leader flew in from Pyongyang, where on Wednesday he and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty that includes a pledge of mutual assistance if either side comes under attack. It was Putin's first visit to North Korea in 24 years.

The U.S. Embassy in Hanoi had criticized the trip before it began, saying no country should give Putin a platform to promote his war against Ukraine. A U.S. State Department spokesperson said on Wednesday that Daniel Kritenbrink, assistant secretary of state for East Asian and Pacific affairs, is due to visit Hanoi on Friday and Saturday for talks on the partnership between the two countries.

Vietnam has pursued what its leaders call "bamboo diplomacy", balancing ties with major powers. It hosted U.S. President Joe Biden in September last year and Chinese President Xi Jinping in December.

Analysts said the timing of the Kritenbrink trip signaled Washington's desire to reassure Hanoi. "Vietnam is keen to show that it is friends with everybody," said a researcher at a Singapore think tank.

Trade between Vietnam and Russia reached about $3.6 billion last year, a fraction of Vietnam's trade with China or the U.S.

Photo caption: President To Lam (R) and Russian President Vladimir Putin at the welcome ceremony at the Presidential Palace in Hanoi, June 20, 2024. Photo by VnExpress/Minh Tam

Read more
Vietnam, Russia aim to lift bilateral trade to $10 billion
Putin, Kim sign mutual defense pact in Pyongyang
Hanoi traffic restricted for state visit

Most read
Hanoi heatwave pushes power demand to record
Foreigners flock to Vietnamese street food tours

Tags: Vladimir Putin, To Lam, Vietnam-Russia, state visit

Share: Facebook | X | LinkedIn | Copy link

Get our newsletter every morning. Subscribe"""))

A.append(dict(id="h64-06", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/thailand-cambodia-agree-immediate-ceasefire-malaysia-talks-anwar-5266871",
published_at="2025-07-28", body="""Get the CNA app for the latest news and updates. Open in app

Asia

Thailand, Cambodia agree to 'immediate and unconditional' ceasefire after talks in Malaysia

Cambodian Prime Minister Hun Manet, Malaysian Prime Minister Anwar Ibrahim and Thailand's acting Prime Minister Phumtham Wechayachai at Seri Perdana in Putrajaya on Jul 28, 2025. (Photo: Bernama)

Amirul Hakim Zainal
28 Jul 2025 08:36PM (Updated: 28 Jul 2025 10:15PM)

Bookmark | Share | Listen to this article

PUTRAJAYA: Thailand and Cambodia agreed on Monday (Jul 28) to an immediate and unconditional ceasefire starting at midnight, after their leaders met in Malaysia to end five days of the deadliest fighting between the neighbours in more than a decade.

Malaysian Prime Minister Anwar Ibrahim, who hosted the talks at his official residence in Putrajaya, announced the agreement at a joint press conference flanked by Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai.

"This is a first, vital step towards de-escalation and the restoration of peace and security," said Anwar, whose country holds the ASEAN chairmanship this year.

Hun Manet said the meeting had produced "a very good result", while Phumtham said Thailand would act in good faith but wanted to see sincerity from the other side. The two men shook hands at the end of the press conference.

Anwar had earlier held separate discussions with each leader before bringing them together for about two hours of talks. The ambassadors of the United States and China attended as observers.

The clashes, which broke out on Jul 24 along disputed stretches of the border, have killed more than 35 people and displaced over 260,000 on both sides, according to officials. Both countries accused the other of firing first.

Under the arrangement, military commanders from both sides are scheduled to meet on Tuesday morning, and a meeting of the General Border Committee will follow, with Malaysia offering to host it next week.

United States President Donald Trump had spoken by phone with Hun Manet and Phumtham on Saturday, warning that Washington would not conclude trade deals with either country while the fighting continued. Both leaders afterwards said they were ready to talk. Trump said on social media on Monday that he had been informed of the ceasefire and looked forward to completing trade negotiations.

Phumtham has been running the government since Paetongtarn Shinawatra was suspended by the Constitutional Court earlier this month over a leaked phone call with Cambodia's Senate President Hun Sen.

China's foreign ministry said Beijing welcomed the outcome and was ready to play a "constructive role".

Analysts warned that the truce could be fragile. "The ceasefire stops the shooting but the underlying disputes remain," said a Bangkok-based political scientist.

Source: CNA/az(ws)

Related:
Thai PM Paetongtarn suspended over leaked call with Hun Sen
Thai border villagers return to find homes destroyed
Cambodia asks UN Security Council for emergency meeting

Newsletter: Get our pick of top stories and thoughtful analysis, delivered to your inbox

Read more on: Thailand, Cambodia, Anwar Ibrahim, Hun Manet, ceasefire

Copyright© Mediacorp 2025."""))

A.append(dict(id="h64-07", source="ndtv.com",
url="https://www.ndtv.com/india-news/partners-not-rivals-pm-modi-xi-jinping-tianjin-talks-9181440",
published_at="2025-08-31", body="""NDTV | Live TV | Latest | India | World | Business | Videos

Sensex 79,809.65 ▼ -270.92 | Nifty 24,426.85 ▼ -74.05 | USD/INR 88.19

'Partners, Not Rivals': PM Modi, Xi Jinping Agree To Keep Ties On Track In Tianjin

PM Modi is in China for the first time in seven years for the Shanghai Cooperation Organisation summit.

Written by Aditi Raghavan | Edited by Manish Kulkarni | Updated: August 31, 2025 6:47 pm IST

Tianjin:
Prime Minister Narendra Modi and Chinese President Xi Jinping on Sunday agreed that India and China were development partners and not rivals, and that their differences should not be allowed to become disputes, in their first meeting on Chinese soil in seven years.

The talks, held on the sidelines of the Shanghai Cooperation Organisation (SCO) summit in the port city of Tianjin, lasted about an hour. Foreign Secretary Vikram Misri told reporters the leaders had reviewed the progress since their meeting in Kazan last October, including disengagement along the border and the resumption of the Kailash Mansarovar Yatra.

"We are committed to taking our relations forward on the basis of mutual trust, respect and sensitivity," PM Modi said in his opening remarks, adding that peace had been maintained along the border. Mr Xi said it was "the right choice" for the "dragon and the elephant" to come together.

Both sides agreed to work towards resuming direct flights and to facilitate visas for tourists. The meeting comes as New Delhi's ties with Washington have been strained by the 50 per cent tariffs imposed by US President Donald Trump on Indian goods, which came into effect on Wednesday.

PM Modi arrived in Tianjin on Saturday evening from Japan, where he held the annual summit with Prime Minister Shigeru Ishiba in Tokyo on Friday. Japan announced a target of 10 trillion yen in private investment in India over the next decade. On Saturday, the two prime ministers travelled together by bullet train to Sendai, where they visited a semiconductor equipment plant.

On Monday, after the SCO plenary session, PM Modi is scheduled to hold talks with Russian President Vladimir Putin on the sidelines of the summit, Kremlin aide Yuri Ushakov told reporters. Mr Putin, who reached Tianjin earlier on Sunday, is also expected to travel to India for the annual summit later this year.

Pakistan's Prime Minister Shehbaz Sharif is also in Tianjin for the summit. No interaction between him and PM Modi is planned, officials said.

PM Modi also met Cai Qi, a member of the Communist Party's Politburo Standing Committee, after his talks with Mr Xi.

The SCO summit, which China calls the largest in the bloc's history, is expected to end on Monday with the adoption of the Tianjin Declaration. Indian officials said New Delhi would push for strong language on cross-border terrorism after the Pahalgam attack in April.

Watch: PM Modi receives warm welcome from Indian community in Tianjin

Also Read
Jaishankar meets Lavrov in Moscow, calls ties "among the steadiest"
Tariff shock: exporters seek relief package from Centre
"Absolutely Not": Misri on third-party role in border talks

Trending
iPhone 17 launch date leaked?
Mumbai rains: orange alert for Monday

Track Latest News Live on NDTV.com and get news updates from India and around the world

Topics mentioned in this article: Narendra Modi, Xi Jinping, SCO Summit, India-China Relations"""))

A.append(dict(id="h64-08", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-22/png-signs-defence-pact-with-us-as-modi-visits-port-moresby/102377014",
published_at="2023-05-22", body="""ABC News | Just In | Politics | World | Business | Pacific | Analysis

Listen to ABC Pacific live

PNG signs defence pact with US as Modi brings Pacific leaders to Port Moresby

By Pacific affairs reporter Lusia Tupou
Posted Mon 22 May 2023 at 7:02pm, updated Mon 22 May 2023 at 9:40pm

Photo: Indian Prime Minister Narendra Modi is greeted by PNG Prime Minister James Marape at Jacksons International Airport on Sunday night. (Supplied: PMO India)

Papua New Guinea has signed a defence cooperation agreement with the United States, with Secretary of State Antony Blinken and PNG's Defence Minister Win Bakri Daki putting pen to paper at APEC Haus in Port Moresby on Monday.

The deal, witnessed by Prime Minister James Marape, will give US forces access to facilities including the Lombrum naval base on Manus Island and the international airport. A separate agreement will allow US Coast Guard vessels to help patrol PNG's exclusive economic zone.

Mr Blinken took President Joe Biden's place after the President cancelled his planned visit last week to deal with debt ceiling negotiations in Washington. Biden would have been the first sitting US president to visit PNG.

Students protested in Lae against the defence agreement, and Mr Marape promised to release its text after it had been reviewed.

The signing came hours after Indian Prime Minister Narendra Modi opened the third Forum for India-Pacific Islands Cooperation (FIPIC) summit, co-chaired with Mr Marape, in the first ever visit to PNG by an Indian prime minister.

Mr Modi landed on Sunday night, when Mr Marape bent to touch his feet on the tarmac, a gesture that quickly went viral. The two leaders held bilateral talks before the summit on Monday morning, discussing trade, health and climate change.

Mr Modi announced a 12-step development plan for the Pacific, including a super-speciality cardiology hospital in Fiji, and said India would be a "reliable partner" for the region.

He also held bilateral meetings with several Pacific leaders on the margins, among them Fiji's Prime Minister Sitiveni Rabuka, who conferred on him the Companion of the Order of Fiji.

Mr Modi heads to Sydney on Monday evening. He will address members of the Indian diaspora at Qudos Bank Arena on Tuesday and hold talks with Prime Minister Anthony Albanese at Admiralty House on Wednesday.

The Quad leaders' meeting that was to have been held in Sydney this week was scrapped after Mr Biden pulled out; the four leaders met instead on Saturday in Hiroshima on the sidelines of the G7 summit.

Analysts said the two visits to Port Moresby on the same day showed the growing competition for influence in the Pacific. "PNG is being courted from every direction and Marape is making the most of it," said a researcher at the Lowy Institute.

Posted 22 May 2023

Related stories
Biden cancels PNG and Australia trip to focus on debt talks
Fiji's Rabuka says region 'doesn't want to be caught up' in rivalry
Pacific leaders want climate action, not bases, says Solomon Islands PM

Topics: world-politics, defence-and-national-security, papua-new-guinea, india, united-states, pacific

Get the ABC News app | Subscribe to our Pacific newsletter"""))

A.append(dict(id="h64-09", source="bbc.com",
url="https://www.bbc.com/news/articles/c8rx9q2w1pvo",
published_at="2025-05-11", body="""BBC uses cookies to give you the best online experience. Let us know if you agree to all of these cookies. Yes, I agree | No, take me to settings

Home | News | Sport | Business | Innovation | Culture | Travel

India and Pakistan agree ceasefire after days of strikes; military chiefs to talk again on Monday

Priyanka Dutta and Faraz Haider
BBC News, Delhi and Islamabad
11 May 2025

India and Pakistan have agreed to an immediate ceasefire, ending four days of cross-border strikes that had pushed the nuclear-armed neighbours to the brink of a wider war.

The halt was first announced by US President Donald Trump on Saturday, who said on social media that the two countries had agreed to a "full and immediate ceasefire" after "a long night of talks mediated by the United States".

India's Foreign Secretary Vikram Misri said Pakistan's Director General of Military Operations (DGMO) had called his Indian counterpart at 15:35 local time (10:05 GMT) on Saturday, and that they had agreed to stop all firing and military action on land, in the air and at sea from 17:00.

"The DGMOs will talk to each other again on 12 May at 12:00 hours," Misri said in a brief statement. Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar confirmed the agreement.

US Secretary of State Marco Rubio said he and Vice-President JD Vance had spent 48 hours on the phone with senior officials in both countries, among them Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif, India's External Affairs Minister S Jaishankar, Pakistan's army chief General Asim Munir and the national security advisers of both countries. Vance had spoken to Modi on Friday.

Rubio also said the two sides had agreed to start talks on a broad set of issues at a neutral site. Indian officials did not confirm this, and Delhi insisted the cessation had been worked out directly between the two militaries.

Within hours, explosions and the sound of air defences were heard in Srinagar and other parts of Indian-administered Kashmir. Misri accused Pakistan of "repeated violations" on Saturday night. Pakistan's foreign ministry said it remained committed to the ceasefire and blamed India for breaches. By Sunday morning the night had been largely calm, residents said.

The fighting began on Wednesday when India struck what it called terrorist infrastructure in Pakistan and Pakistan-administered Kashmir, in response to the killing of 26 people, mostly tourists, at Pahalgam on 22 April. Delhi blames the attack on Pakistan-based militants; Islamabad denies any role. Both sides then traded drone and missile strikes on military sites, and dozens of civilians were killed on both sides of the Line of Control.

Several other governments had also been working the phones. Saudi Arabia's minister of state for foreign affairs, Adel al-Jubeir, made unannounced trips to Delhi on Thursday and Islamabad on Friday.

Sharif thanked Trump for his "proactive role" in a post on X. Modi had not commented publicly by Sunday afternoon.

Related topics: India, Pakistan, India-Pakistan relations, Kashmir

More on this story
What we know about the India-Pakistan ceasefire
Watch: Srinagar residents describe night of explosions
Trump says he will work with both countries to "substantially" increase trade

Follow BBC News on WhatsApp | Get our Asia newsletter

Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites."""))

A.append(dict(id="h64-10", source="straitstimes.com",
url="https://www.straitstimes.com/asia/se-asia/blinken-wang-yi-hold-talks-in-vientiane-as-asean-meetings-close",
published_at="2024-07-27", body="""Join ST's WhatsApp Channel and get the latest news and must-reads.

ASIA

Blinken, Wang Yi hold talks in Vientiane as ASEAN meetings close

Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi meeting on the sidelines of the ASEAN meetings in Vientiane on July 26. PHOTO: AFP

Lim Wei Sheng
Regional Correspondent
Updated Jul 27, 2024, 01:18 PM
Published Jul 27, 2024, 09:30 AM

VIENTIANE - United States Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held talks on the sidelines of ASEAN meetings in the Laotian capital on July 26, their first face-to-face exchange since Mr Blinken's trip to Beijing in April.

The talks, which lasted more than an hour, were "candid and productive", a US official said. Mr Blinken raised Washington's concerns about Chinese support for Russia's defence industrial base and about Beijing's "dangerous" actions against Philippine vessels in the South China Sea.

Mr Wang told his counterpart that the US should stop "sending wrong signals" to supporters of Taiwanese independence, China's Foreign Ministry said, and warned against Washington "stirring up trouble" in the South China Sea.

A day earlier, on July 25, Mr Wang had met Russian Foreign Minister Sergei Lavrov in Vientiane. The two discussed ideas for a new Eurasian security architecture, according to the Russian side.

Japanese Foreign Minister Yoko Kamikawa also had a brief exchange with Mr Wang on the sidelines, Japanese media reported.

The 57th ASEAN Foreign Ministers' Meeting and related meetings ended on July 27 with a joint communique that expressed "serious concerns" about incidents in the South China Sea, without naming China. The ministers also called again for an end to violence in Myanmar.

Mr Blinken leaves Laos for Tokyo, where he and Defence Secretary Lloyd Austin will hold "2+2" talks with their Japanese counterparts, Ms Kamikawa and Defence Minister Minoru Kihara, on July 28. The pair will then travel to Manila for a first "2+2" meeting to be held in the Philippines on July 30.

He is also set to stop in Hanoi to pay his respects following the death of Communist Party chief Nguyen Phu Trong, and later visit Singapore and Mongolia, the State Department said.

The Philippines and China reached a "provisional arrangement" earlier in July on resupply missions to the Second Thomas Shoal, but analysts said it remained untested.

"Everyone in the room wants the temperature down between Washington and Beijing," said a Singapore-based analyst. "Nobody wants to be asked to choose."

Sign up for the ST Asian Insider newsletter

Read next
Singapore, Malaysia to fast-track RTS Link testing
Marcos to skip ASEAN summit in Vientiane? Palace says no decision yet
Rice prices ease as India relaxes curbs

Topics: ASEAN, US-China relations, Laos, South China Sea

Share this article | Gift this article

Copyright © 2024 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved."""))

A.append(dict(id="h64-11", source="bangkokpost.com",
url="https://www.bangkokpost.com/thailand/politics/2443182/xi-prayut-sign-pacts-as-apec-week-ends",
published_at="2022-11-20", body="""Bangkok Post
SET 1,622.63 ▲ +7.78 (0.48%) | USD/THB 35.86 | Gold 30,550 baht | WTI $80.08

Download the Bangkok Post app | Subscribe

Xi, Prayut sign pacts as Apec week ends

Published: 20 Nov 2022 at 05:20 | Newspaper section: News

Writer: Thanaporn Kittisak

Thailand and China signed a joint action plan and several agreements on Saturday after talks between Prime Minister Prayut Chan-o-cha and President Xi Jinping at Government House, as the Chinese leader wrapped up an official visit that followed the Asia-Pacific Economic Cooperation (Apec) summit.

The documents cover strategic cooperation for 2022-2026, the Thailand-Laos-China railway connection, the bio-circular-green economy, scientific research and the export of Thai agricultural produce, according to government spokesman Anucha Burapachaisri.

Gen Prayut said he had asked Mr Xi to speed up construction of the high-speed railway linking Bangkok with the Laos-China line. Mr Xi said the two countries were "as close as one family" and offered more cooperation on space and digital technology.

It was Mr Xi's first visit to Thailand as president. He was welcomed at Government House with a military guard of honour before the talks.

Earlier in the week, on Thursday, Mr Xi met Japanese Prime Minister Fumio Kishida on the sidelines of Apec, the first face-to-face talks between the leaders of the two countries in nearly three years. They agreed to set up a defence hotline and to resume high-level economic dialogue. Mr Xi also met French President Emmanuel Macron on Thursday.

US Vice President Kamala Harris, representing President Joe Biden, spoke briefly with Mr Xi on Saturday before the leaders' retreat, telling him that lines of communication should remain open, the White House said. Mr Biden and Mr Xi had met in Bali on Monday, and Mr Xi met Australian Prime Minister Anthony Albanese there on Tuesday.

Ms Harris leaves Bangkok for Manila on Sunday. She is scheduled to meet President Ferdinand Marcos Jr on Monday and travel to Palawan, near the disputed South China Sea, on Tuesday.

Apec leaders on Saturday adopted the Bangkok Goals on the bio-circular-green economy, and a declaration that said most members strongly condemned the war in Ukraine. A North Korean missile launch on Friday prompted Ms Harris to convene an emergency meeting with allied leaders on the summit sidelines.

Police clashed with protesters marching towards the summit venue on Friday. Twenty-five people were arrested.

Gen Prayut handed over the Apec chairmanship to the United States, which hosts next year's meetings in San Francisco.

Related
Saudi crown prince begins Thailand visit
Baht firms after Apec boost
Phuket hotels near full for high season

Most Popular
Big rally expected as holiday nears
Cabinet approves flood relief measures

Tags: Apec 2022, Xi Jinping, Prayut Chan-o-cha, China, Thailand

Share | Tweet | Line

Comments (27)

Bangkok Post Public Company Limited. All rights reserved."""))

A.append(dict(id="h64-12", source="en.mercopress.com",
url="https://en.mercopress.com/2024/11/17/xi-and-biden-hold-last-meeting-in-lima-as-apec-closes",
published_at="2024-11-17", body="""MercoPress, South Atlantic News Agency

Sunday, November 17th 2024 - 09:14 UTC

Falklands | Argentina | Brazil | Chile | Mercosur | Peru | Uruguay | International

Xi and Biden hold last meeting in Lima as APEC closes; Chinese leader heads to Brazil

Chinese President Xi Jinping and US President Joe Biden met on Saturday on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum in Lima, in what is likely to be their final encounter before Donald Trump returns to the White House in January.

Xi said China was ready to work with the new US administration to "maintain communication, expand cooperation and manage differences", while Biden told him the two leaders had not always agreed but their conversations had been "candid". The White House said they agreed that humans, not artificial intelligence, should keep control over decisions to use nuclear weapons.

It was their third in-person meeting as leaders, after Bali in 2022 and Woodside, California, last year.

Xi arrived in Lima on Thursday on a state visit and held talks with President Dina Boluarte at the Government Palace, after which the two leaders inaugurated by video link the deep-water port of Chancay, about 80 km north of the capital. The first phase of the port, majority-owned by China's COSCO Shipping, cost 1.3 billion dollars. Peru and China also signed a protocol upgrading their free trade agreement.

"Chancay will be the gateway between South America and Asia," Boluarte said. Washington has expressed concern about the port's possible military use, which both governments reject.

On Friday, Xi held his first meeting with Japanese Prime Minister Shigeru Ishiba. The two reaffirmed a "mutually beneficial relationship based on common strategic interests" and discussed detained Japanese nationals and seafood imports. Xi also met South Korean President Yoon Suk Yeol the same day.

APEC leaders closed the summit on Saturday with a declaration on trade and inclusive growth. Peru handed the presidency to South Korea, which will host the forum in 2025.

From Lima, Xi heads to Rio de Janeiro for the Group of 20 summit on Monday and Tuesday, and will then pay a state visit to Brasilia on Wednesday, where he is scheduled to hold talks with President Luiz Inacio Lula da Silva. Brazilian officials said more than 30 agreements could be signed.

Biden travels separately to the Amazon city of Manaus on Sunday before the G20, becoming the first sitting US president to visit the rainforest.

Security in Lima was tight throughout the week, with a three-day public holiday declared in the capital and protests by transport workers.

Top Stories
Milei meets Trump at Mar-a-Lago, first foreign leader to do so after the election
Falklands: fishing licence revenue up for third year
Uruguay's runoff: Orsi and Delgado in final debate

Categories: Politics, International, Peru

Tags: APEC, Xi Jinping, Joe Biden, Dina Boluarte, Chancay

Share: Facebook | X | Email | Print

3 comments | Add a comment

MercoPress uses cookies. By continuing you accept their use."""))
