# Long pages (2,500-4,500 characters), h42-01 .. h42-12
A = []

A.append(dict(id="h42-01", source="theguardian.com",
url="https://www.theguardian.com/world/live/2023/feb/20/russia-ukraine-war-live-joe-biden-kyiv-visit",
published_at="2023-02-20", body="""Skip to main content | Sign in | Search jobs

News | Opinion | Sport | Culture | Lifestyle
World > Europe > Ukraine

Russia-Ukraine war live
Joe Biden makes surprise visit to Kyiv days before invasion anniversary – as it happened

US president meets Volodymyr Zelenskiy and promises a further $500m in aid; Italy's Meloni in Warsaw on her way to Ukraine; China's Wang Yi in Budapest

Hannah Kerslake (now) and Tom Aldred (earlier)
Mon 20 Feb 2023 17.58 GMT

Key events
10.31 GMT Confirmed: Biden is in Kyiv
12.02 GMT Meloni meets Morawiecki
12.40 GMT Wang Yi received by Orbán

17.58 GMT
Summary
We are pausing the blog shortly. A recap of today's main events:
- Joe Biden made an unannounced trip to Kyiv, his first to Ukraine since Russia's full-scale invasion began, and held talks with President Volodymyr Zelenskiy at the Mariinskyi palace. He announced a further $500m in military assistance.
- The US president now goes on to Poland, where he is due to hold talks with President Andrzej Duda on Tuesday before speaking at Warsaw's Royal Castle.
- Giorgia Meloni met her Polish counterpart, Mateusz Morawiecki, and is expected in Kyiv on Tuesday.
- Wang Yi, China's top foreign policy official, was in Budapest. He is due in Moscow later this week.

13.15 GMT
EU foreign ministers meeting in Brussels discussed a tenth sanctions package. The bloc's foreign policy chief, Josep Borrell, said he hoped it would be agreed before Friday's anniversary.

12.40 GMT
Wang Yi received by Orbán
Hungary's prime minister, Viktor Orbán, received Wang Yi in Budapest this afternoon, and the Chinese official also held talks with foreign minister Péter Szijjártó, who posted pictures of the two shaking hands.
Budapest is the last stop before Moscow on Wang's European tour. The Kremlin spokesperson, Dmitry Peskov, said this morning that a meeting between Wang and Vladimir Putin "cannot be ruled out".
Wang had a tense encounter with the US secretary of state, Antony Blinken, on the fringes of the Munich Security Conference on Saturday, their first contact since the balloon row.

12.02 GMT
Meloni meets Morawiecki
Italy's prime minister is in Warsaw, where she held talks with Mateusz Morawiecki this morning. "Italy is with Ukraine and will remain so," she told a joint press conference. Her office says she will take the train to Kyiv on Tuesday, her first visit there since taking office in October.

11.20 GMT
Moscow was warned in advance
The US national security adviser, Jake Sullivan, told reporters travelling with the president that Washington notified Moscow of the trip "for deconfliction purposes" a few hours before Biden left. He would not say how the message was passed on or what the response was.

10.50 GMT
The rest of the itinerary is unchanged, the White House says: Biden will fly to Poland, hold talks with Duda on Tuesday, and meet leaders of the Bucharest Nine group of Nato's eastern members on Wednesday.

10.31 GMT
Confirmed: Biden is in Kyiv
The White House has now confirmed it. Footage shows Biden and Zelenskiy walking outside St Michael's Golden-Domed monastery as air raid sirens sound across the city. "One year later, Kyiv stands," Biden said after their talks.
Zelenskiy wrote on Telegram: "Joseph Biden, welcome to Kyiv! Your visit is an extremely important sign of support for all Ukrainians."

10.05 GMT
Unverified reports are circulating on social media that Joe Biden is in Kyiv, with roads in the city centre closed off. We have not been able to confirm this. The president's public schedule had him leaving Washington for Warsaw this evening.

09.40 GMT
Good morning and welcome to our live coverage of the war in Ukraine.

I hope you appreciated this article. Before you move on, would you consider supporting the Guardian's journalism? Support the Guardian | Remind me in May

Most viewed
Lukashenko to travel to Beijing next week for talks with Xi
Nicola Sturgeon: who could replace her?
Bafta 2023: the winners in full

Topics: Ukraine | Russia | Joe Biden | Volodymyr Zelenskiy | Europe
Share on Facebook | Share on Twitter | Reuse this content"""))

A.append(dict(id="h42-02", source="bbc.co.uk",
url="https://www.bbc.co.uk/news/live/world-middle-east-67092140",
published_at="2023-10-13", body="""Home | News | Sport | Weather | iPlayer | Sounds
Your account | Notifications

NEWS
Israel Gaza war

LIVE
Blinken meets Abbas and Jordan's king in Amman, then flies to Qatar

Summary
- US Secretary of State Antony Blinken has met Palestinian President Mahmoud Abbas and King Abdullah II in Amman
- He then travelled to Doha for talks with Qatar's emir; Bahrain and Saudi Arabia are next
- Iran's foreign minister has held talks in Beirut
- Israel has told about 1.1 million people in northern Gaza to move south within 24 hours

Live Reporting
Edited by Sarah Whitmore and Dan Okafor

16:42 BST
Putin warns against ground offensive
Russian President Vladimir Putin, speaking to reporters in Bishkek, where he is attending a summit of former Soviet states, said a ground operation in Gaza would cause "absolutely unacceptable" civilian casualties.

15:50 BST
Blinken lands in Doha
Antony Blinken has arrived in the Qatari capital and is holding talks with the Emir, Sheikh Tamim bin Hamad Al Thani, and Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, State Department spokesman Matthew Miller says. Qatar has been acting as an intermediary with Hamas over the hostages taken on Saturday.
Miller said Blinken would fly to Bahrain tonight and on to Saudi Arabia on Saturday.

13:05 BST
Iran's foreign minister in Beirut
Hossein Amir-Abdollahian has held talks with Lebanon's caretaker Prime Minister Najib Mikati in Beirut, warning that the war could spread if Israel's bombardment continues. Iranian state media say he also met Hezbollah leader Hassan Nasrallah.
He is expected to travel on to Damascus and then to Doha in the coming days, the same reports say.

11:35 BST
Next stop Qatar
The State Department says Blinken will leave Amman for Doha this afternoon.

10:20 BST
Correction
An earlier post said Blinken's meeting with Mahmoud Abbas would be held in Ramallah. That was wrong: the two met in Amman. We apologise for the error.

09:45 BST
Blinken and Abbas meet
Blinken's talks with the Palestinian president in Amman lasted about an hour. According to the Palestinian news agency Wafa, Abbas told him that forcing Gaza's people from their homes would amount to "a second Nakba". Blinken told reporters Hamas "does not stand for the Palestinian people's legitimate aspirations".

09:10 BST
Blinken received by King Abdullah
Before meeting Abbas, Blinken was received by Jordan's King Abdullah II at his palace in Amman. The king warned against any attempt to push Palestinians out of Gaza into Egypt or into Jordan, the royal court said.

08:30 BST
Blinken arrives in Jordan
The secretary of state landed in Amman this morning, having spent yesterday in Tel Aviv meeting Prime Minister Benjamin Netanyahu and members of Israel's war cabinet.

08:00 BST
Good morning and welcome to our continuing coverage of the war between Israel and Hamas. Our team in Jerusalem, Gaza and Washington will bring you the latest.

Related Topics
Israel-Gaza war | Hamas | Antony Blinken | Jordan

Top Stories
Israel tells Gazans to move south ahead of expected ground offensive
Aid agencies warn of humanitarian catastrophe in Gaza

Features
How Hamas planned its attack in secret

Copyright 2023 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h42-03", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/newsletters/morning-brief-15-nov-2022",
published_at="2022-11-15", body="""CNA Morning Brief | Tuesday, 15 November 2022
You are receiving this email because you signed up for CNA newsletters. View in browser | Manage preferences | Unsubscribe

Good morning. Here is what you need to know today.

1. Biden and Xi agree to keep talking after three-hour meeting
US President Joe Biden and Chinese President Xi Jinping met face to face for the first time as leaders on Monday, at a hotel in Nusa Dua, Bali, on the eve of the G20 summit. The talks ran for more than three hours. Mr Biden said afterwards he did not believe there was "any imminent attempt" by China to invade Taiwan; Mr Xi told him Taiwan was "the first red line that must not be crossed", according to Chinese state media.
The two sides agreed that Secretary of State Antony Blinken would travel to China for follow-up talks. No date was given.
Earlier on Monday Mr Biden held talks with Indonesian President Joko Widodo, the summit host, and announced funding for a clean energy partnership.

2. Albanese to meet Xi today
Australian Prime Minister Anthony Albanese will sit down with Mr Xi on the sidelines this afternoon, the first formal meeting between the two countries' leaders since 2016. Mr Albanese said he would raise trade restrictions on Australian exports and the detention of Australian citizens in China. French President Emmanuel Macron is also scheduled to meet Mr Xi later today.
Downing Street said a meeting between Prime Minister Rishi Sunak and the Chinese leader "could" happen this week, but nothing had been confirmed.

3. Summit opens in the shadow of war
The two-day G20 leaders' summit opens this morning. Russian President Vladimir Putin is not attending; Foreign Minister Sergei Lavrov is leading the Russian delegation after Moscow dismissed reports that he had been taken to hospital on arrival. Ukrainian President Volodymyr Zelensky is expected to address leaders by video link.
Indian Prime Minister Narendra Modi arrived in Bali on Monday night. India takes over the G20 presidency at the end of the summit.

4. Recap from Phnom Penh
At the weekend in the Cambodian capital, Mr Biden attended the ASEAN and East Asia summits and held a three-way meeting with Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol on North Korea's missile launches. Mr Kishida and Mr Yoon also held their own bilateral talks, their first formal summit in almost three years, and agreed to work towards an early resolution of the wartime labour dispute.
Mr Kishida and Mr Xi could hold their first meeting on Thursday in Bangkok, on the sidelines of the APEC gathering, Japanese government sources said, adding that arrangements were still being made.

5. Markets
Asian shares opened mixed. The Hang Seng rose 0.8 per cent in early trade, led by property developers, while the Nikkei 225 slipped 0.3 per cent. The Singapore dollar was steady at 1.3780 against the greenback.

6. Also in the news
- Singapore's Q3 GDP growth revised to 4.1 per cent
- Malaysia election: parties make final push ahead of Saturday's polls
- Heavy rain expected in northern Singapore this afternoon

SPONSORED | Plan your year-end getaway with our partner offers

Download the CNA app | Follow us on Telegram
Copyright 2022 Mediacorp Pte Ltd. All rights reserved."""))

A.append(dict(id="h42-04", source="aljazeera.com",
url="https://www.aljazeera.com/news/liveblog/2023/10/18/israel-hamas-war-live-biden-arrives-in-tel-aviv",
published_at="2023-10-18", body="""Listen to this article | Live updates

LIVE
Israel-Gaza war live: Biden in Tel Aviv as Amman summit is called off

US president meets Netanyahu a day after a blast at a Gaza hospital killed hundreds; Putin and Xi hold talks in Beijing.

By Al Jazeera Staff | Published On 18 Oct 2023 | Last update 18 Oct 2023 20:45 GMT

These are the updates for Wednesday, October 18:

20:45 GMT | Sunak to travel to Israel
British Prime Minister Rishi Sunak will travel to Israel on Thursday to meet Prime Minister Benjamin Netanyahu and President Isaac Herzog, Downing Street said, before going on to other capitals in the region.

19:30 GMT | Guterres heading to Egypt
UN Secretary-General Antonio Guterres will travel to Egypt this week to push for aid deliveries through the Rafah crossing, his spokesperson said.

17:10 GMT | Biden and Sisi agree to open Rafah to aid
Speaking to reporters on Air Force One on his way back to Washington, Biden said he had spoken by phone with Egyptian President Abdel Fattah el-Sisi, and that the two had agreed to let up to 20 trucks of humanitarian aid into Gaza through Rafah.

12:20 GMT | Biden and Netanyahu hold talks
After arriving in Tel Aviv this morning, Biden held talks with Netanyahu and members of Israel's war cabinet. He said the hospital blast appeared to have been carried out "by the other team, not you", a claim Palestinian officials reject.

10:05 GMT | Putin: 'Xi is my friend'
Russian President Vladimir Putin held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing, where he is attending the Belt and Road Forum. It is his first trip to China since the war in Ukraine began. The two leaders also discussed the conflict in the Middle East, the Kremlin said.

09:00 GMT | Orban-Putin meeting draws criticism
Hungarian Prime Minister Viktor Orban held talks with Putin in Beijing on Tuesday, the first meeting between an EU leader and the Russian president in more than a year. The two discussed gas supplies. Several EU governments criticised the meeting.

07:25 GMT | Biden lands in Tel Aviv
Air Force One has landed at Ben Gurion airport. Netanyahu and Herzog greeted Biden on the tarmac. German Chancellor Olaf Scholz, who visited Israel on Tuesday before flying on to Egypt, said Berlin would increase humanitarian funding for Gaza.

02:40 GMT | Jordan calls off summit
Jordan has cancelled the Amman summit that was to bring Biden together with King Abdullah II, Egypt's el-Sisi and Palestinian President Mahmoud Abbas, Foreign Minister Ayman Safadi told Al Jazeera. Abbas had cut short his visit to Jordan after the hospital explosion. Biden will now travel only to Israel.

01:15 GMT | Protests across the region
Protesters gathered outside Israeli and US embassies in several Arab capitals after the blast at al-Ahli Arab Hospital in Gaza City.

Keep reading
Hundreds killed in Gaza hospital blast: what we know
What is Biden hoping to achieve in Israel?

Sign up for Al Jazeera
Weekly Newsletter | Your privacy is important to us

Follow Al Jazeera English: Facebook | X | YouTube | Instagram"""))

A.append(dict(id="h42-05", source="politico.eu",
url="https://www.politico.eu/newsletter/brussels-playbook/orban-in-beijing-modi-in-moscow-nato-in-washington/",
published_at="2024-07-09", body="""POLITICO Brussels Playbook
By Jacopo Lindqvist and Clara Moss
July 9, 2024 7:01 am CET

Presented by Northwind Energy

Want to receive this newsletter every weekday morning? Sign up here.

DRIVING THE DAY: PEACE MISSION, CHAPTER THREE

BEIJING SURPRISE: Hungarian Prime Minister Viktor Orbán turned up unannounced in Beijing on Monday for talks with Chinese President Xi Jinping, the third leg of what Budapest is calling a "peace mission", after his trip to Kyiv last Tuesday and to Moscow on Friday. According to Chinese state media, Xi told his guest that the international community should "create conditions" for direct talks between Russia and Ukraine.

Brussels is not amused: several EU capitals reminded Orbán that Hungary's six-month Council presidency gives him no mandate to negotiate for the bloc.

FLORIDA NEXT? Orbán now heads to Washington for the NATO summit. Hungarian outlets report he may also drop by Mar-a-Lago to see Donald Trump, although his office would not confirm it.

MEANWHILE IN MOSCOW: India's Prime Minister Narendra Modi arrived in Moscow on Monday on his first trip to Russia since the full-scale invasion, and was hosted by Vladimir Putin for an informal dinner at Novo-Ogaryovo. Formal talks are set for today. The pictures of the two leaders hugging emerged hours after a Russian missile hit a children's hospital in Kyiv.

Modi travels on to Vienna this evening, the first visit to Austria by an Indian prime minister in 41 years.

ZELENSKYY IN WARSAW: Volodymyr Zelenskyy and Polish Prime Minister Donald Tusk signed a bilateral security agreement in Warsaw on Monday. It commits Poland to examining whether Russian missiles could be shot down over Ukrainian territory, although Tusk stressed that any such step would have to be agreed with NATO allies.

STARMER'S DEBUT: Keir Starmer flies to Washington today for the NATO summit, five days after becoming prime minister. Downing Street says he will meet Joe Biden at the White House on Wednesday, his first face-to-face meeting with the president since taking office.

NATO AT 75: Leaders gather in Washington from this evening. It is Jens Stoltenberg's last summit as secretary-general before Mark Rutte takes over in October. Expect talk of a "bridge" to membership for Ukraine, but no invitation.

A MESSAGE FROM NORTHWIND ENERGY: Europe's grids need investment now. Find out how we are connecting renewables across borders.

IN THE PARLIAMENT: New political groups are taking shape. The far-right Patriots for Europe group, launched by Orbán's Fidesz, is now the third-largest in the chamber.

COMMISSION AGENDA: Von der Leyen is still counting votes ahead of next week's confirmation in Strasbourg.

PLAYBOOK READS
- How the NATO summit will try to Trump-proof Ukraine aid.
- Inside Labour's first week in government.

THANKS to our editor and producer.

SUBSCRIBE to POLITICO Pro | Privacy policy | Unsubscribe"""))

A.append(dict(id="h42-06", source="news.sky.com",
url="https://news.sky.com/story/trump-middle-east-visit-live-updates-13366701",
published_at="2025-05-14", body="""Sky News | Watch live | Download the Sky News app

LIVE
Trump in the Middle East: president meets Syria's new leader in Riyadh, then lands in Qatar

Key points
- Trump meets Syria's interim president Ahmed al-Sharaa, first such encounter in 25 years
- President lands in Doha as Qatar Airways orders Boeing jets
- Zelensky says he will be in Turkey on Thursday for talks with Erdogan

16:20
Correction: UAE leg is on Thursday
An earlier post said the president would fly on to Abu Dhabi tonight. The White House has since clarified that Trump stays in Doha overnight and will travel to the United Arab Emirates on Thursday.

14:45
Trump arrives in Doha
Air Force One has landed in the Qatari capital, where Trump was greeted by the Emir, Sheikh Tamim bin Hamad Al Thani. The two leaders signed a number of agreements at the Amiri Diwan, and Qatar Airways announced an order for up to 210 Boeing aircraft.

12:50
Zelensky heads to Turkey
Volodymyr Zelensky says he will travel to Turkey on Thursday and meet President Recep Tayyip Erdogan in Ankara. The Kremlin says Russia's delegation will be in Istanbul for direct talks with Ukraine on Thursday but has not said who will lead it. Zelensky says he is ready to meet Vladimir Putin in person; Moscow has not said whether Putin will attend.

11:30
Trump floats a Turkey stop
Asked by reporters whether he might attend the talks in Istanbul, Trump said he "could" go on Thursday "if something happens", but aides said no change to the schedule had been made.

10:05
Gulf summit
Trump addressed leaders of the Gulf Cooperation Council at a summit in Riyadh this morning, telling them the region had a "bright future" if it chose peace.

08:15
Trump meets al-Sharaa
Donald Trump has met Syria's interim president, Ahmed al-Sharaa, in Riyadh, the first meeting between US and Syrian leaders in a quarter of a century. Saudi Crown Prince Mohammed bin Salman hosted the meeting, and Turkish President Erdogan joined by phone, the White House said. A day earlier Trump announced he would lift sanctions on Syria.

07:30
What happened yesterday
Trump began his tour in Riyadh on Tuesday, where he and the crown prince signed a "strategic economic partnership" and a package of defence sales. He told an investment forum that the Gulf was being built "by the people of the region".

Sky News Daily podcast | Listen now

Most read
Live: Diddy trial latest
King and Queen to visit Canada
Heatwave warning for parts of England

Related topics: Donald Trump | Saudi Arabia | Qatar | Syria | Ukraine
Share this | Facebook | X | WhatsApp | Email

Sky News - first for breaking news. Copyright 2025 Sky UK"""))

A.append(dict(id="h42-07", source="theafricareport.com",
url="https://www.theafricareport.com/335210/africa-this-week-blinken-in-luanda-somalia-egypt-sudan-igad/",
published_at="2024-01-26", body="""The Africa Report
Politics | Business | Society | Newsletter

Subscribe: get unlimited access for EUR 9.99/month

AFRICA THIS WEEK
Blinken ends tour in Luanda, Cairo backs Mogadishu, Sudan walks out of IGAD

By Nadia Oyelaran | Friday, 26 January 2024 08:30

Here is our round-up of the week's main diplomatic stories across the continent.

ANGOLA
US Secretary of State Antony Blinken wrapped up a four-country Africa tour in Luanda on Thursday, where he held talks with President Joao Lourenco and visited the Lobito corridor railway, which Washington is helping to finance to carry copper from Zambia and Congo to the Atlantic coast. Lourenco said Angola wanted "concrete investment, not words".

NIGERIA
In Abuja on Tuesday, Blinken met President Bola Tinubu and discussed the coups in the Sahel and the future of the US military presence in neighbouring Niger. The trip had begun in Cabo Verde and Cote d'Ivoire, where Blinken also watched an Africa Cup of Nations match.

SOMALIA - EGYPT
Egypt's President Abdel Fattah al-Sisi hosted his Somali counterpart Hassan Sheikh Mohamud in Cairo on Sunday. "Egypt will not allow anyone to threaten Somalia or affect its security," Sisi said at a joint press conference, in a clear reference to the memorandum of understanding Ethiopia signed on 1 January with the breakaway region of Somaliland, which would give Addis Ababa access to the sea.

SUDAN
Sudan's army-led government said it had suspended its membership of the regional bloc IGAD, after it invited Rapid Support Forces commander Mohamed Hamdan Dagalo to an extraordinary summit in Kampala last week. In recent weeks Dagalo has been received by Kenya's William Ruto, South Africa's Cyril Ramaphosa and Ethiopia's Abiy Ahmed, moves the army described as legitimising a militia.

COMING UP
Italy hosts an Italy-Africa summit in Rome on Sunday and Monday, where Prime Minister Giorgia Meloni will present her "Mattei Plan". Kenya's Ruto is among more than 20 leaders expected to attend.

Senegal: opposition parties challenge the final list of candidates for February's presidential election, published last Saturday, after several prominent figures were excluded.

AfCON: hosts Cote d'Ivoire scraped into the last 16 as one of the best third-placed teams.

MOST READ
Inside Tinubu's first budget
Why Lobito matters for the DRC's miners
Ethiopia, Somaliland and the sea: what the MoU says

Newsletter | Sign up for The Africa Report Daily
Share: LinkedIn | X | WhatsApp

Copyright 2024 The Africa Report - Jeune Afrique Media Group"""))

A.append(dict(id="h42-08", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/liveblog/g7-hiroshima-summit-day3/",
published_at="2023-05-21", body="""NHK WORLD-JAPAN
News | Live | Programs | Radio

G7 Hiroshima Summit: Live updates, day 3

Last updated: May 21, 2023 19:20 JST

19:20 JST
Biden meets Zelenskyy
US President Joe Biden has met Ukrainian President Volodymyr Zelenskyy on the sidelines of the summit, announcing a new military aid package worth 375 million dollars. Biden said the US would support training Ukrainian pilots on F-16 fighter jets.

17:45 JST
Kishida and Zelenskyy hold talks
Prime Minister Kishida Fumio held talks with Zelenskyy in Hiroshima. Kishida said Japan would provide military vehicles and treat injured Ukrainian soldiers. Zelenskyy thanked Japan for hosting him and said the sight of Hiroshima reminded him of Bakhmut.

14:30 JST
Zelenskyy joins G7 session
Zelenskyy took part in a G7 session on Ukraine, and later in a meeting with leaders of invited countries including Brazil, India and Indonesia.

12:10 JST
Macron meets Zelenskyy
French President Emmanuel Macron met Zelenskyy this morning at the summit venue, the Elysee said. Zelenskyy flew to Japan on a French government aircraft.

11:20 JST
Modi leaves for Papua New Guinea
Indian Prime Minister Narendra Modi leaves Hiroshima this afternoon for Port Moresby, where he will co-host a summit with Pacific island leaders with Prime Minister James Marape on Monday. He then travels to Sydney for talks with Australian Prime Minister Anthony Albanese.

10:00 JST
Recap: Zelenskyy meets Modi
On Saturday, Zelenskyy held his first face-to-face meeting with Modi since Russia's invasion. Modi told him India would do "everything we can" to help find a solution. Zelenskyy had arrived in Hiroshima from Jeddah, where he attended an Arab League summit.

09:15 JST
China protests
China has lodged a protest with Japan over the summit's statements on China. Vice Foreign Minister Sun Weidong summoned Japan's ambassador in Beijing, Tarumi Hideo, according to the Chinese foreign ministry.

08:30 JST
Kishida and Yoon pay respects
Kishida and South Korean President Yoon Suk Yeol laid flowers together at the memorial to Korean victims of the atomic bombing in Peace Memorial Park, the first time leaders of the two countries have done so.

08:00 JST
Biden cuts trip short
Biden leaves Hiroshima tonight. He has cancelled planned stops in Papua New Guinea and Australia to return to Washington for talks on the debt ceiling.

NHK WORLD-JAPAN App | Download

Related
Zelenskyy arrives in Hiroshima
G7 leaders visit Peace Memorial Museum

Copyright NHK (Japan Broadcasting Corporation) All rights reserved."""))

A.append(dict(id="h42-09", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/g20-summit-2023-day-2-live-updates-101694310012345.html",
published_at="2023-09-10", body="""Sensex 66,598.91 ▲ 333.35 | Nifty 19,819.95 ▲ 92.90 | Gold 59,400

Download the HT app | E-paper | Subscribe

India News
G20 Summit 2023 Day 2 Live Updates: Biden lands in Hanoi; Modi holds talks with Macron, Erdogan

By HT News Desk | Updated on Sep 10, 2023 09:20 PM IST

Sep 10, 2023 09:20 PM IST
Biden arrives in Vietnam
US President Joe Biden has landed in Hanoi, where he will meet Communist Party General Secretary Nguyen Phu Trong. The two countries are expected to upgrade their ties to a comprehensive strategic partnership.

Sep 10, 2023 04:05 PM IST
Lula receives G20 gavel
PM Modi handed over the G20 presidency to Brazilian President Luiz Inacio Lula da Silva at the closing session.

Sep 10, 2023 02:25 PM IST
Biden departs for Vietnam
Biden has left New Delhi for Hanoi after the morning session. The US president held talks with PM Modi at 7, Lok Kalyan Marg on Friday evening, shortly after landing, and the two sides issued a joint statement on jet engines and drones.

Sep 10, 2023 01:30 PM IST
PM Modi meets Erdogan
PM Modi held talks with Turkish President Recep Tayyip Erdogan on trade and infrastructure links on the sidelines of the summit.

Sep 10, 2023 12:50 PM IST
Modi, Macron hold talks over lunch
PM Modi and French President Emmanuel Macron held bilateral talks over lunch, discussing defence, space and the Indo-Pacific. Macron said France would remain a reliable partner.

Sep 10, 2023 11:45 AM IST
Modi-Trudeau pull-aside
PM Modi and Canadian Prime Minister Justin Trudeau had a brief conversation on the summit sidelines. According to the MEA, Modi conveyed strong concerns about extremist activities in Canada.

Sep 10, 2023 10:15 AM IST
Saudi Crown Prince to stay on for state visit
Saudi Crown Prince Mohammed bin Salman, in New Delhi for the summit, will remain in India for a state visit. He will hold talks with PM Modi at Hyderabad House on Monday and co-chair the first meeting of the India-Saudi Strategic Partnership Council.

Sep 10, 2023 09:30 AM IST
Leaders at Rajghat
G20 leaders paid tribute to Mahatma Gandhi at Rajghat amid light rain.

Sep 10, 2023 08:50 AM IST
Sunak visits Akshardham
UK Prime Minister Rishi Sunak and his wife Akshata Murty visited the Akshardham temple this morning. On Saturday, Sunak and Modi held bilateral talks and agreed to push for an early conclusion of the free trade agreement.

Trending Topics: G20 Summit | Delhi Traffic | Weather Today | Asia Cup

Also read: Trudeau's plane develops snag; Canadian PM stuck in Delhi

Subscribe to our best newsletters
Share via: WhatsApp | Facebook | X

Copyright 2023 HT Digital Streams Ltd. All rights reserved."""))

A.append(dict(id="h42-10", source="ctvnews.ca",
url="https://www.ctvnews.ca/politics/live-updates-trump-tariffs-canada-mexico-feb-3-1.7133415",
published_at="2025-02-03", body="""CTV News | Watch CTV News Channel | Local news

LIVE UPDATES
Tariffs paused: Trudeau, Sheinbaum win 30-day reprieve after calls with Trump

By CTV News Staff | Updated Feb. 3, 2025 6:05 p.m. ET

TSX 25,031.17 ▼ -1.1% | CAD/USD 0.6890 ▲ +0.5% | WTI 73.16 ▲ +0.8%

5:50 p.m. ET
'A good call'
Prime Minister Justin Trudeau says he has just had "a good call" with President Donald Trump and that the planned 25 per cent tariffs on Canadian goods are paused for at least 30 days while the two sides work on border measures. Canada will appoint a "fentanyl czar", he wrote on X.

3:20 p.m. ET
Rubio in El Salvador
U.S. Secretary of State Marco Rubio has met President Nayib Bukele at his residence on Lake Coatepeque. Bukele offered to take deportees of any nationality into Salvadoran prisons, Rubio told reporters.
On Sunday in Panama City, Rubio told President Jose Raul Mulino that Chinese influence over the canal was unacceptable. Mulino said afterwards that Panama would not renew its Belt and Road agreement with China.
Rubio travels to Costa Rica on Tuesday, Guatemala on Wednesday and the Dominican Republic on Thursday.

1:05 p.m. ET
Venezuela flights
The White House says deportation flights to Venezuela will resume, following envoy Richard Grenell's Friday meeting with Nicolas Maduro in Caracas, after which six detained Americans were freed.

11:10 a.m. ET
Trudeau and Trump spoke this morning
The Prime Minister's Office says Trudeau and Trump spoke this morning and will speak again at 3 p.m.

10:20 a.m. ET
Mexico gets a month
Mexican President Claudia Sheinbaum says she had "a good conversation" with Trump and that U.S. tariffs on Mexican goods are on hold for a month. Mexico will send 10,000 National Guard troops to the border.

9:00 a.m. ET
China next?
Trump told reporters on Sunday that he would speak with China "probably in the next 24 hours". Beijing has said it will challenge the 10 per cent tariff at the WTO.

8:30 a.m. ET
Markets slide
Canadian stocks fell at the open and the loonie hit its lowest level since 2003 before recovering. Auto-parts makers and energy producers led the decline.

7:45 a.m. ET
Good morning
Welcome to our live coverage. The tariffs of 25 per cent on most Canadian and Mexican goods, and 10 per cent on Canadian energy, are due to take effect at 12:01 a.m. Tuesday. Ottawa has announced retaliatory duties on $155 billion worth of U.S. goods.

Related
What's on the list of Canadian counter-tariffs
Ontario pulls U.S. liquor from LCBO shelves

Download the CTV News app | Sign up for breaking news alerts

Report an error | Editorial standards | Copyright 2025 Bell Media"""))

A.append(dict(id="h42-11", source="daryo.uz",
url="https://daryo.uz/en/2022/09/16/sco-summit-in-samarkand-live",
published_at="2022-09-16", body="""Daryo | News | Uzbekistan | World | Sport
USD/UZS 10,985.12 | EUR/UZS 10,968.40 | RUB/UZS 181.21

SCO summit in Samarkand: LIVE

16 September 2022, 18:20

The summit of the Shanghai Cooperation Organization heads of state is under way in Samarkand. Daryo follows the main events.

18:20
Putin and Erdogan meet
Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan at the Congress Centre. The leaders discussed the Black Sea grain deal and payments for Russian gas in roubles, the Kremlin said.

15:40
Modi to Putin: "Today's era is not of war"
Putin met Indian Prime Minister Narendra Modi. "I know that today's era is not of war," Modi told him in front of the cameras. Putin said he understood India's concerns about the conflict in Ukraine.

13:25
Mirziyoyev receives Modi
President Shavkat Mirziyoyev held talks with Modi, who arrived in Samarkand on Thursday night, on trade, transit via Iran's Chabahar port and pharmaceuticals.

11:00
Summit in restricted format
The heads of state met in restricted format. Iran signed a memorandum of obligations to become a full member of the organisation.

10:05
Kyrgyz-Tajik clashes
Fresh fighting was reported on the Kyrgyz-Tajik border. Both President Sadyr Japarov and President Emomali Rahmon are in Samarkand; a Kyrgyz official said the two "may meet" on the sidelines.

09:40
Leaders arrive at the Congress Centre
The leaders were welcomed by Mirziyoyev at the Congress Centre of the Silk Road Samarkand complex. Traffic in the city centre remains restricted.

09:00
Yesterday in Samarkand
Chinese President Xi Jinping and Putin held their first face-to-face meeting since the war in Ukraine began. Putin said he understood Beijing's "questions and concerns" about Ukraine.
Xi arrived on Wednesday evening for a state visit to Uzbekistan from Kazakhstan, and on Thursday held talks with Mirziyoyev, after which the two leaders signed 15 documents.
Putin also held talks with Iranian President Ebrahim Raisi, and invited him to Russia. In the evening the leaders attended a gala dinner and a performance at the Eternal City complex.
Putin had discussed this week's Armenia-Azerbaijan border clashes by telephone with Armenian Prime Minister Nikol Pashinyan on Tuesday.

Photos: Press service of the President of Uzbekistan

Tags: SCO, Samarkand, Mirziyoyev, Putin, Xi Jinping, Modi
Subscribe to Daryo on Telegram | Download the app

Read also
Samarkand roads closed until Saturday
Uzbekistan and China to build railway via Kyrgyzstan

Copyright 2013-2022 Daryo. Use of materials requires a hyperlink to daryo.uz."""))

A.append(dict(id="h42-12", source="independent.co.uk",
url="https://www.independent.co.uk/news/world/americas/us-politics/zelensky-trump-white-house-live-b2706542.html",
published_at="2025-02-28", body="""Stay up to date with notifications from The Independent
Notifications can be managed in browser preferences.

US Politics

Zelensky leaves White House after Oval Office clash with Trump and Vance; minerals deal left unsigned - live

Follow the latest updates from Washington

By Joe Whitcombe and Amelia Park | Friday 28 February 2025 23:15 GMT

Your support helps us to tell the story. At such a critical moment, we need reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the story.

23:10
Starmer speaks to Trump and Zelensky
Downing Street says Keir Starmer spoke to both Donald Trump and Volodymyr Zelensky this evening. Starmer "retains unwavering support for Ukraine", a spokesperson said, and will welcome Zelensky to London on Saturday, ahead of Sunday's meeting of European leaders at Lancaster House.

19:55
Lunch and signing called off
Zelensky's motorcade left the White House early. The planned lunch was cancelled, the joint press conference scrapped and the minerals agreement was not signed, White House officials said. Trump wrote on Truth Social that Zelensky could "come back when he is ready for Peace".

17:05
Oval Office clash
What began as a routine photo opportunity in the Oval Office ended in a shouting match, with Trump and Vice President JD Vance accusing Zelensky of being "disrespectful" and "gambling with World War Three".

12:30
What to expect today
Zelensky arrives at the White House this morning, and he and Trump are expected to sign the framework agreement on Ukraine's critical minerals this afternoon, followed by a joint press conference.

10:05
Istanbul talks
Russian and US diplomats held more than six hours of talks at the US consul general's residence in Istanbul on Thursday on the operations of their embassies. The Russian foreign ministry called the talks "constructive".

09:20
Starmer's visit
Starmer spent Thursday at the White House, where he handed Trump a letter from King Charles inviting him for an unprecedented second state visit. Trump said he accepted; no date has been set. French President Emmanuel Macron had visited on Monday.

08:00
Good morning
Welcome to our live coverage of Volodymyr Zelensky's visit to Washington. The Ukrainian president flew in overnight, and European leaders will be watching closely after a week in which Trump called him a "dictator without elections" and then appeared to soften his tone.

Read more
What is in the Ukraine minerals deal?
Vance's role in the Oval Office row

Comments | Share: Facebook | X | Email

Most popular
Gene Hackman and wife found dead at home
Oscars 2025: who will win?

Independent Premium | Subscribe"""))
