# Long pages (2,500-4,500 characters), h60-01 .. h60-12
A = []

A.append(dict(id="h60-01", source="dw.com",
url="https://www.dw.com/en/world-news-live-scholz-in-beijing-g7-muenster/live-63641872",
published_at="2022-11-04", body="""DW uses cookies to improve your experience. You can find more information in our data privacy statement. Accept | Settings

LIVE
World
Scholz flies to Beijing: the news on Friday, November 4

Compiled by Lena Hartmann and Tomasz Wierzbicki with Reuters, AFP, dpa

Skip next section What you need to know
- Chancellor Olaf Scholz is in China, the first G7 leader to go since the pandemic began
- G7 foreign ministers wrap up two days of talks in Münster
- The White House confirms national security adviser Jake Sullivan has been in Kyiv

16:50 A correction about Li Keqiang

An earlier post on this page said Chinese Premier Li Keqiang would come to Berlin before the end of the year. That was wrong. Scholz invited Li to Germany for the next round of intergovernmental consultations, and no date has been set. We apologize for the error.

15:35 White House confirms Sullivan trip to Kyiv

Jake Sullivan, President Joe Biden's national security adviser, was in the Ukrainian capital on Friday, where he sat down with President Volodymyr Zelenskyy and members of his team, a White House spokesperson told reporters in Washington. The talks focused on air defense and on keeping the power grid running through the winter. Reports of the unannounced trip first surfaced in US media in the early afternoon.

14:10 African Union says Ethiopia truce is holding

The African Union's envoy for the Horn of Africa, Olusegun Obasanjo, said the cessation of hostilities signed in Pretoria on Wednesday between the Ethiopian government and Tigrayan forces was holding. Commanders from both sides are to meet within days to work out the details of disarmament.

12:45 G7 ministers close Münster meeting

Foreign Minister Annalena Baerbock closed the meeting of G7 foreign ministers in the city's historic town hall, where the group pledged to help Ukraine repair its energy network before the cold sets in. US Secretary of State Antony Blinken, who flew in on Wednesday evening, headed back to Washington after the final session. Baerbock said China had been "a central topic" on both days.

11:20 Xi warns against nuclear threats

After their meeting at the Great Hall of the People, Chinese state broadcaster CCTV quoted Xi Jinping as saying the international community should "jointly oppose the use of, or threats to use, nuclear weapons". German officials said the chancellor had pressed his host to use his influence on Moscow. Scholz then moved on to talks and a lunch with Premier Li, followed by a joint press appearance.

09:05 Scholz lands in Beijing

The chancellor's Airbus touched down at Beijing Capital International Airport shortly before 10 a.m. local time. Everyone on board had to take a PCR test on the tarmac under China's strict COVID rules before the delegation could leave for the city. Scholz has a dozen chief executives with him, among them the heads of Volkswagen, BASF, Siemens and BioNTech. The visit lasts barely eleven hours.

08:15 Why the trip is controversial

Scholz is the first Western head of government to travel to China since Xi secured a third term as party leader last month. Critics inside his own coalition say he should not have gone alone, and that the timing, days after Berlin let the Chinese shipping group COSCO buy into a Hamburg port terminal, sends the wrong signal. The chancellor defended the trip in a newspaper column, arguing that "decoupling" was not an option.

Advertisement

Related topics
Olaf Scholz | China | Xi Jinping | G7 | Ukraine

Read more
Macron to be hosted by Biden for first state visit of his presidency
Germany summons Iranian ambassador over protest crackdown
Opinion: Scholz in China, a trip at the wrong time

Send us your feedback | Print | Share: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h60-02", source="theguardian.com",
url="https://www.theguardian.com/world/live/2023/feb/20/russia-ukraine-war-live-biden-kyiv-visit",
published_at="2023-02-20", body="""Russia-Ukraine war live: Biden makes surprise visit to Kyiv; Wang Yi heads to Moscow

Léa Marsh and Daniel Okafor
Mon 20 Feb 2023 21.52 GMT

Show key events only
Please turn on JavaScript to use this feature

21.40 GMT
Biden lands in Poland

Air Force One has landed in Warsaw, ending a day that began with the US president on an overnight train across Ukraine. Joe Biden is scheduled to hold talks with Polish president Andrzej Duda at the presidential palace on Tuesday and will give a speech at the Royal Castle in the evening, the White House said.

18.55 GMT
Blinken meets Çavuşoğlu in Ankara

US secretary of state Antony Blinken held talks with Turkish foreign minister Mevlüt Çavuşoğlu in Ankara on Monday, a day after he flew over the earthquake zone in Hatay with him. He announced an extra $100m in humanitarian aid. Sweden and Finland's Nato bids also came up, Blinken told reporters. He travels to Athens on Tuesday to meet Greek prime minister Kyriakos Mitsotakis.

16.20 GMT
Wang Yi in Budapest, Moscow next

China's top diplomat Wang Yi held talks with Hungary's foreign minister Péter Szijjártó in Budapest on Monday, the penultimate stop of a European tour that took him to Paris, Rome and the Munich Security Conference. He heads to Moscow next. Kremlin spokesman Dmitry Peskov said a meeting with Vladimir Putin was "not excluded".

15.05 GMT
Meloni to go to Warsaw

Italy's prime minister Giorgia Meloni will be in Warsaw on Tuesday for talks with her Polish counterpart Mateusz Morawiecki, her office said. Several Italian newspapers report that she will then go on to Kyiv, something Rome has not confirmed for security reasons.

13.30 GMT
Moscow was told in advance

Jake Sullivan, the US national security adviser, told reporters travelling with the president that Washington notified Moscow of the trip "some hours before departure" for deconfliction purposes. He would not describe Russia's response.

11.52 GMT
'The most important visit'

Speaking at the Mariinskyi palace, Volodymyr Zelenskiy called Biden's trip "the most important visit in the entire history of Ukraine-US relations". Biden announced a further $500m in military aid, including artillery ammunition and Javelin missiles, and said new sanctions would follow later in the week.

10.10 GMT
Summary

Joe Biden has made an unannounced visit to Kyiv, four days before the first anniversary of Russia's full-scale invasion. He was received by Zelenskiy and walked with him to St Michael's Golden-Domed Cathedral as air raid sirens sounded across the city. It is the first time a US president has visited a war zone not controlled by US forces in modern times.

09.45 GMT
Correction

An earlier version of this post said the president had flown into Kyiv. He travelled from Poland by train, a journey of roughly 10 hours each way.

Support the Guardian
Fund independent journalism with $5 per month
Support us

Most viewed
Putin to suspend New Start treaty, Kremlin signals
Xi to visit Moscow in spring, Wang Yi says
Turkey earthquake: death toll passes 46,000

Sign up to First Edition, our free daily newsletter"""))

A.append(dict(id="h60-03", source="aljazeera.com",
url="https://www.aljazeera.com/news/liveblog/2023/10/18/israel-hamas-war-live-biden-arrives-in-tel-aviv",
published_at="2023-10-18", body="""Follow Al Jazeera English:

LIVE
Israel-Hamas war live: Biden in Israel as Arab summit is called off

Published On 18 Oct 2023 | 18 Oct 2023

Keep reading list of 4 items
list 1 of 4 What we know about the al-Ahli hospital explosion
list 2 of 4 Photos: Gaza's only power plant shuts down
list 3 of 4 Analysis: Can the US restrain Israel?
list 4 of 4 Map: Israel's evacuation order for northern Gaza
end of list

This live page is now closed. You can follow our continuing coverage here.

20:10 (17:10 GMT) Biden says Sisi agreed to open Rafah for aid

Speaking to reporters aboard Air Force One on his way home, United States President Joe Biden said he had talked to Egyptian President Abdel Fattah el-Sisi by phone during the flight, and that Sisi had agreed to let up to 20 trucks of humanitarian aid through the Rafah crossing. "He deserves some real credit," Biden said.

18:30 (15:30 GMT) Sunak heads to Israel

Downing Street says Prime Minister Rishi Sunak will travel to Israel on Thursday to meet Prime Minister Benjamin Netanyahu and President Isaac Herzog, and that he will go on to other capitals in the region.

16:05 (13:05 GMT) Scholz in Cairo

German Chancellor Olaf Scholz held talks with el-Sisi in Cairo, a day after he met Netanyahu in Tel Aviv. Scholz told a joint news conference that Berlin wanted to prevent a regional conflagration. El-Sisi said Egypt would not accept the displacement of Palestinians into Sinai.

13:20 (10:20 GMT) Biden: hospital blast 'done by the other team'

After meeting Netanyahu and Israel's war cabinet in Tel Aviv, Biden said the blast at al-Ahli Arab Hospital appeared to have been caused by a misfired rocket from a Palestinian group, not by Israel. He pledged support for Israel but urged its leaders not to be "consumed" by rage.

11:00 (08:00 GMT) Biden arrives in Tel Aviv

Air Force One has landed at Ben Gurion airport. Netanyahu and Herzog greeted the US president on the tarmac with a hug and a handshake respectively.

08:40 (05:40 GMT) Amman summit called off

Jordan's Foreign Minister Ayman Safadi says the four-way summit that was to bring Biden together with King Abdullah II, el-Sisi and Palestinian Authority President Mahmoud Abbas in Amman on Wednesday will not take place. The White House confirmed that Biden will not travel to Jordan on this trip. Abbas had already returned to Ramallah overnight after the hospital explosion.

06:15 (03:15 GMT) Protests outside embassies

Thousands rallied overnight outside Israeli and US embassies in Amman, Beirut and Tunis. In Beirut, security forces used tear gas on protesters near the US embassy in Awkar.

Most read
Putin meets Xi in Beijing, hails 'trust-based' ties
Hundreds killed in blast at Gaza hospital
Why is Egypt refusing to take in Palestinians?

Source: Al Jazeera and news agencies

Share: Facebook | X | WhatsApp | Email"""))

A.append(dict(id="h60-04", source="cbsnews.com",
url="https://www.cbsnews.com/live-updates/trump-tariffs-mexico-canada-china-february-3-2025/",
published_at="2025-02-03", body="""DOW 44,421.91 ▼ -122.75 (-0.28%) | S&P 500 5,994.57 ▼ -0.76% | NASDAQ 19,391.96 ▼ -1.20% | USD/MXN 20.62 | USD/CAD 1.4408 | WTI 73.16

Live Updates: Trump pauses Mexico tariffs after Sheinbaum call; Canada talks go on

By Caroline Westerberg, Jordan Ames, Rafael Quintana
Updated on: February 3, 2025 / 5:20 PM EST

What to know:
- President Trump and Mexican President Claudia Sheinbaum agreed to a one-month pause on tariffs after a morning phone call.
- Mr. Trump and Canadian Prime Minister Justin Trudeau spoke twice.
- Secretary of State Marco Rubio is in El Salvador on the second stop of his first trip abroad.

5:12 PM
Trudeau says Canada tariffs paused for 30 days

Trudeau wrote on X that he had "a good call" with the president and that the 25% tariffs would be paused for at least 30 days while the two sides work on border security. It was the second conversation between the two leaders on Monday.

3:30 PM
Trump expects to talk to Xi "probably in the next 24 hours"

Asked about the 10% tariff on Chinese goods due to take effect at midnight, Mr. Trump told reporters in the Oval Office he would "probably" speak with Chinese President Xi Jinping within a day. Beijing has not commented.

1:15 PM
Rubio meets Bukele at lakeside residence

Rubio held talks with Salvadoran President Nayib Bukele at his residence on Lake Coatepeque on Monday. Bukele offered to take in deportees of any nationality, including convicted criminals, into the country's prisons, the secretary said afterward.

On Sunday, Rubio was in Panama City, where President José Raúl Mulino told him Panama would not renew its participation in China's Belt and Road Initiative. Rubio flies to Costa Rica on Tuesday and is scheduled to visit Guatemala on Wednesday and the Dominican Republic on Thursday.

11:48 AM
Trump and Trudeau to speak again at 3 p.m.

A call between the two leaders this morning ended without a deal, a Canadian official said. They are scheduled to speak again at 3 p.m.

10:05 AM
Sheinbaum: tariffs on Mexico on hold for a month

Sheinbaum said at her morning news conference that she had a "good conversation" with Mr. Trump and that the tariffs were on hold for a month. Mexico will send 10,000 National Guard troops to the northern border immediately, she said. Mr. Trump confirmed the pause on Truth Social, saying talks would be led by Rubio, Treasury Secretary Scott Bessent and Commerce Secretary nominee Howard Lutnick.

9:30 AM
Markets slide at the open

Stocks fell sharply in early trading as investors braced for the tariffs. Shares of automakers with plants in Mexico were among the hardest hit.

Watch CBS News
Download the free CBS News app

More from CBS News
Musk's DOGE team gains access to Treasury payments system
What tariffs could mean for avocado prices
Panama pulls out of China's Belt and Road after Rubio visit"""))

A.append(dict(id="h60-05", source="asia.nikkei.com",
url="https://asia.nikkei.com/Editor-s-Picks/Asia-Morning-Briefing/Putin-arrives-in-Hanoi-after-Pyongyang-pact",
published_at="2024-06-20", body="""Nikkei Asia uses cookies to personalize content and analyze traffic. Manage preferences | Accept all

NIKKEI 225 38,633.02 ▲ +62.26 | HANG SENG 18,430.39 ▲ +0.5% | KOSPI 2,797.33 ▲ +0.2% | USD/JPY 158.10 | BRENT 85.07

Asia Morning Briefing
Thursday, June 20, 2024

Good morning. Vladimir Putin is in Hanoi after signing a defense pact with Kim Jong Un, Li Qiang wraps up his Malaysia visit and Seoul weighs its response. Here is what you need to know.

By Aiko Tanabe, Asia newsletter editor

1. Putin and Kim sign mutual defense treaty

Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "comprehensive strategic partnership" treaty in Pyongyang on Wednesday that commits each side to provide military assistance "without delay" if the other is attacked. The signing followed talks at the Kumsusan guesthouse that Kim called the start of a new era. Putin was in the North for less than a day, his first trip there in 24 years.

2. Putin now in Vietnam

The Russian leader landed in Hanoi shortly after 2 a.m. on Thursday. He is due to hold talks with President To Lam and Communist Party chief Nguyen Phu Trong later today, and officials expect a raft of documents on energy and education. Washington criticized Hanoi for hosting him; Vietnam's foreign ministry said the visit was in line with its policy of friendship with all partners.

3. Li Qiang wraps up Malaysia trip

Chinese Premier Li Qiang flies home today after talks in Putrajaya with Prime Minister Anwar Ibrahim, at which the two sides agreed to extend visa-free travel and renewed a five-year economic cooperation program. Li's week-long tour also took him to New Zealand and Australia.

4. Seoul to summon Russian envoy

South Korea's foreign ministry said it would call in Russian Ambassador Georgy Zinoviev to protest against the treaty, and national security adviser Chang Ho-jin said Seoul would reconsider its ban on supplying weapons to Ukraine.

5. A correction

Yesterday's briefing said Putin would travel on to Laos after Vietnam. The Kremlin's published schedule lists Hanoi as the final stop; we regret the error.

6. Markets

Asian shares were mixed in early trading. The yen hovered near 158 to the dollar, keeping traders on alert for intervention, while Nvidia's overnight move to become the world's most valuable company lifted chip stocks in Tokyo and Taipei.

What we are reading
Blinken and Wang Yi expected to meet in Laos next month
Indonesia's Prabowo eyes bigger budget deficit
Philippines accuses China coast guard of 'piracy' at Second Thomas Shoal

Get the Asia Morning Briefing in your inbox. Sign up here.
Nikkei Asia | Copyright © Nikkei Inc. All rights reserved."""))

A.append(dict(id="h60-06", source="bbc.com",
url="https://www.bbc.com/news/live/c4gz2v6w8y1t",
published_at="2025-06-27", body="""Africa Live: DR Congo and Rwanda sign peace deal in Washington

Summary
- DR Congo and Rwanda sign a US-brokered agreement in Washington
- Nigeria's president heads to the Caribbean
- Mali's junta leader returns from Russia

Live Reporting
By Amara Nwosu and Jeremy Kanyi
All times stated are UK

19:52
Foreign ministers sign DR Congo-Rwanda deal

The foreign ministers of the Democratic Republic of Congo and Rwanda, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, have signed a peace agreement at the US State Department, with Secretary of State Marco Rubio looking on. It commits Rwanda to withdraw its troops from eastern DR Congo within 90 days and sets up a joint security coordination mechanism.

The two ministers were later received in the Oval Office by President Donald Trump, who said he hoped to host Presidents Félix Tshisekedi and Paul Kagame "soon" to "finish the job".

17:30
Correction

We said earlier that the agreement would be signed by the two presidents. It was signed by their foreign ministers. The earlier entry has been corrected.

16:58
How the deal came about

The text was initialled last week after months of talks facilitated by Washington and Qatar. The M23 rebel group, which controls Goma and Bukavu, is not a party to it, and its leaders say talks with Kinshasa in Doha are a separate track.

15:10
Tinubu heads to Saint Lucia

Nigeria's President Bola Tinubu will leave Abuja on Saturday for a state visit to Saint Lucia, his spokesman Bayo Onanuga said. He will then go on to Brazil for the BRICS summit in Rio de Janeiro next week, where Nigeria takes part as a partner country.

13:45
Goïta back in Bamako

Mali's military leader, Gen Assimi Goïta, is back home after a trip to Moscow during which he met President Vladimir Putin on Monday. The two sides signed agreements on nuclear energy and a gold refinery.

11:20
Kenya protests anniversary

Police in Nairobi say 16 people died in Wednesday's protests marking a year since demonstrators stormed parliament. Rights groups say the toll is higher.

10:02
Sudan: Cholera cases rise in Darfur

Médecins Sans Frontières says it treated more than 2,000 cholera patients in Tawila this month, where hundreds of thousands of people have fled fighting around El Fasher. The charity says clean water is running out.

09:05
Good morning

Welcome to today's BBC Africa Live page, where we bring you news from around the continent.

Get involved
WhatsApp: +44 7800 000 246
Follow BBC Africa on Facebook, X and Instagram

Top Stories
Sudan's army retakes town near Khartoum
Ghana ends fuel levy row
South Africa's Ramaphosa says Oval Office meeting 'went well'

Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h60-07", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/us/2025/05/14/trump-gulf-visit-live-al-shara-riyadh-doha/",
published_at="2025-05-14", body="""Sign up to The National's Gulf Briefing newsletter

LIVE
Trump in the Gulf live: US president meets Syria's Al Shara in Riyadh, then heads to Doha

Sarah Al Hamadi and Nicholas Brandt
Updated: May 14, 2025, 6:40 PM

6:40 PM UAE
Trump lands in Doha

Air Force One has touched down at Hamad International Airport, where Emir Sheikh Tamim bin Hamad Al Thani welcomed the US President. The two are to hold talks at the Amiri Diwan this evening, and Qatar Airways is expected to announce a record order for Boeing jets.

5:05 PM UAE
Russia names Istanbul team

The Kremlin said a Russian delegation led by presidential aide Vladimir Medinsky will be in Istanbul for direct talks with Ukraine on Thursday. Vladimir Putin is not on the list. Volodymyr Zelensky said he would be in Ankara on Thursday to meet President Recep Tayyip Erdogan. Mr Trump said he could go to Turkey himself "if it's appropriate", but has not changed his schedule.

1:50 PM UAE
GCC leaders meet Trump

Gulf leaders gathered in Riyadh for a US-GCC summit, where Mr Trump praised the region's rulers and urged more investment. No joint communique was issued, and the leaders of Kuwait, Bahrain and Oman left soon after the closing session.

11:15 AM UAE
Trump meets Al Shara

Mr Trump met Syria's interim President Ahmed Al Shara in Riyadh this morning, the first meeting between the leaders of the two countries in 25 years. Saudi Crown Prince Mohammed bin Salman hosted the talks, and Turkey's Mr Erdogan joined by phone, the White House said. Mr Trump urged Mr Al Shara to join the Abraham Accords and to expel foreign militants.

9:30 AM UAE
Day two in Riyadh

Mr Trump begins his second day in the Saudi capital after a day in which he and Prince Mohammed signed a strategic economic partnership and he announced the lifting of US sanctions on Syria. On Thursday, he flies to Abu Dhabi for talks with UAE President Sheikh Mohamed bin Zayed.

8:50 AM UAE
Damascus celebrates

Crowds gathered in Umayyad Square in Damascus overnight after the sanctions announcement, waving Syrian and Saudi flags. Syria's foreign minister Asaad Al Shaibani called it "a new beginning" for the country's economy.

8:15 AM UAE
What happened yesterday

The President was greeted at King Khalid International Airport by the Crown Prince, and Saudi Arabia pledged $600 billion in investments in the US. Arms sales of nearly $142 billion were announced, and the two sides held a lavish lunch at the Royal Court, where Elon Musk and other executives were among the guests.

Most Popular
Emirati pilots to train on new Boeing fleet
Iran says 'indirect talks' with US to continue in Oman
Gold falls as trade tensions ease

Updated: May 14, 2025, 6:40 PM"""))

A.append(dict(id="h60-08", source="france24.com",
url="https://www.france24.com/en/europe/20240705-live-orban-meets-putin-moscow-peace-mission",
published_at="2024-07-05", body="""Accept cookies | Manage options

LIVE
Europe live: Orbán meets Putin in Moscow days after Kyiv trip

Issued on: 05/07/2024 - 09:00 Modified: 05/07/2024 - 18:05
By: Hélène Castaing with AFP and Reuters

17:45 Paris time
Modi to visit Moscow and Vienna next week

India's foreign ministry announced on Thursday that Prime Minister Narendra Modi will travel to Russia on July 8 and 9 for an annual summit with Putin, his first visit since the invasion of Ukraine. Modi will then spend two days in Austria, the first trip by an Indian prime minister to the country in more than four decades.

16:20
'Positions are very far apart'

Speaking to reporters after more than two hours of talks with Vladimir Putin in the Kremlin, Viktor Orbán said the two sides' positions on ending the war were "very far from each other". Putin said Kyiv must withdraw from the four regions Moscow claims as a precondition for a ceasefire.

14:05
Brussels: 'no mandate'

European Council President Charles Michel said the rotating presidency of the EU Council, which Hungary took over on Monday, "has no mandate to engage with Russia on behalf of the EU". Several EU leaders criticized the trip.

12:30
Starmer enters Downing Street

Keir Starmer has become British prime minister after Labour's landslide election victory. He is expected to fly to Washington next week for the NATO summit, his first trip abroad as leader.

11:40
Kyiv 'not informed'

Ukraine's foreign ministry said the trip had not been agreed or coordinated with Kyiv, and reminded partners of the principle of "nothing about Ukraine without Ukraine". A spokesman for Poland's prime minister Donald Tusk called the visit "an embarrassment" for the EU presidency.

10:15
Update: Budapest confirms

Hungarian government spokesman Zoltán Kovács has confirmed the visit. Our earlier post, which said Budapest had declined to comment, has been updated.

09:00
Orbán lands in Moscow

Viktor Orbán has arrived in Moscow on what he calls a "peace mission", his first visit since the start of Russia's full-scale invasion. The trip comes three days after the Hungarian prime minister was in Kyiv, where he met President Volodymyr Zelensky and urged him to consider a ceasefire to speed up negotiations.

Read also
Le Pen's party trails left in final polls
Iran holds presidential run-off
Ukraine gets first F-16s, say officials

Most read
Five takeaways from Britain's general election
Tour de France: stage seven
'Peace mission': what Orbán wants

Subscribe to our newsletters | Download the app
France 24 - International breaking news, top stories and headlines"""))

A.append(dict(id="h60-09", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/502119/pacific-news-in-brief-for-november-10",
published_at="2023-11-10", body="""Listen live | RNZ Pacific

Pacific news in brief for November 10

RNZ Pacific
5:12 pm on 10 November 2023
Share this
Share on Twitter | Share on Facebook | Share via email

Tuvalu, Australia sign 'Falepili Union'

Australia and Tuvalu have signed a treaty which will give up to 280 Tuvaluans a year the right to live, work and study in Australia, and commits Canberra to help the low-lying atoll nation respond to natural disasters, pandemics and military aggression.

Prime Minister Anthony Albanese and his Tuvaluan counterpart Kausea Natano put their names to the Falepili Union on the margins of the Pacific Islands Forum leaders meeting in Rarotonga. Mr Natano called it "a beacon of hope".

The pact also gives Australia a say over any security or defence deals Tuvalu makes with other countries.

Mr Albanese arrived in the Cook Islands earlier this week fresh from a four-day trip to China, where he met President Xi Jinping and Premier Li Qiang.

PNG to sign security deal in Canberra

Papua New Guinea's Prime Minister James Marape will travel to Canberra early next month to sign a bilateral security agreement with Australia, his office said. The two governments had hoped to conclude the deal by the middle of the year. Mr Marape said the agreement would focus on policing and internal security.

Correction

An earlier version of this story said Mr Albanese would stop in Honiara on his way home. His office says he will return directly to Canberra.

Forum wraps up

Leaders closed the week-long meeting by endorsing a declaration on climate mobility and agreed to hold next year's meeting in Tonga. Forum Secretary General Henry Puna said leaders had spent much of the retreat in Aitutaki discussing deep sea mining and the 2050 strategy.

Cook Islands hosts praised

Cook Islands Prime Minister Mark Brown thanked the people of Rarotonga and Aitutaki for hosting more than a thousand delegates and journalists, the largest gathering the country has seen. He said the Forum had shown the region could "speak with one voice" on climate change.

Fiji's Rabuka backs nuclear water review

Fiji's Prime Minister Sitiveni Rabuka said he still had questions about the release of treated water from the Fukushima plant, but that he trusted the International Atomic Energy Agency's work.

Other Pacific news
Kishida in Manila for talks with Marcos
Samoa hosts Commonwealth dry run
Solomons Games close with record medal haul

RNZ
Copyright © 2023, Radio New Zealand
Get the RNZ app for ad-free news and current affairs"""))

A.append(dict(id="h60-10", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/india-pakistan-ceasefire-live-updates-may-10-2025-101746861234567.html",
published_at="2025-05-10", body="""SENSEX 79,454.47 ▼ -880.34 | NIFTY 24,008.00 ▼ -265.80 | USD/INR 85.38 | GOLD 96,535

India-Pakistan ceasefire LIVE updates: DGMOs to talk again on Monday

By HT News Desk | Updated on May 10, 2025 11:10 PM IST

Download the HT App | Subscribe Now

May 10, 2025 11:10 PM IST
Misri: Pakistan violated understanding

Foreign secretary Vikram Misri said in a late-night briefing that there had been repeated violations of the understanding reached in the afternoon, and that the armed forces had been told to respond strongly. Blackouts were reported in Srinagar and parts of Jammu.

May 10, 2025 8:35 PM IST
Rubio: the sides will start talks at a neutral site

US secretary of state Marco Rubio said India and Pakistan had agreed to an immediate ceasefire and "to start talks on a broad set of issues at a neutral site". Rubio spoke by phone with external affairs minister S Jaishankar on Saturday morning, his second call with him in two days, and separately with Pakistan's army chief Gen Asim Munir. New Delhi has not confirmed any plans for broader talks.

May 10, 2025 6:05 PM IST
How the ceasefire came about

According to Misri, Pakistan's Director General of Military Operations called his Indian counterpart at 15:35 hours, and the two agreed that both sides would stop all firing and military action on land, in the air and at sea from 17:00 hours IST. "The DGMOs will talk again on 12 May at 12:00 hours," he said.

May 10, 2025 3:20 PM IST
Saudi minister's shuttle

Saudi minister of state for foreign affairs Adel al-Jubeir, who met Jaishankar in New Delhi on Thursday, was in Islamabad on Friday for talks with prime minister Shehbaz Sharif and Gen Munir, Pakistani officials said. Iran's foreign minister Abbas Araghchi had also visited both capitals earlier in the week.

May 10, 2025 1:10 PM IST
Airports to stay shut

Thirty-two airports in north and west India will remain closed for civilian flights until May 15, the Airports Authority of India said.

May 10, 2025 11:30 AM IST
Shelling in Poonch and Rajouri

Residents in Poonch and Rajouri districts reported heavy cross-border shelling through the night. The Jammu and Kashmir government said it had moved hundreds of families from villages near the Line of Control to relief camps.

May 10, 2025 9:45 AM IST
Army briefing

Col Sofiya Qureshi and Wing Commander Vyomika Singh said Pakistan had targeted air bases in Punjab overnight with drones and missiles, and that India had struck military sites at several locations in response.

Trending Topics
IPL 2025 suspended for a week
Gold rate today
Operation Sindoor explained

Catch all the Latest India News, Breaking News along with Weather Today at Hindustan Times."""))

A.append(dict(id="h60-11", source="riotimesonline.com",
url="https://www.riotimesonline.com/latin-america-briefing-may-29-2023-maduro-brasilia/",
published_at="2023-05-29", body="""Subscribe to our daily newsletter | Support independent reporting from Latin America

BOVESPA 110,333 ▲ +0.53% | USD/BRL 5.01 | USD/ARS 238.7 | USD/CLP 805.4 | USD/COP 4,438

Latin America Briefing: Monday, May 29, 2023

By Camila Fontes, Brasília bureau

Maduro back in Brasília

Venezuelan President Nicolás Maduro was received by President Luiz Inácio Lula da Silva at the Palácio do Planalto this afternoon, his first visit to Brazil since 2015. Lula called the moment "historic" and said the narrative of authoritarianism against Venezuela had been "constructed". The two governments discussed restoring flights, trade in the Roraima border region and Venezuela's debt to Brazil's development bank.

Heads of state arrive for summit

South American presidents are gathering for Tuesday's summit at the Itamaraty Palace, Lula's attempt to revive regional integration after years in which the bloc Unasur fell apart. Colombia's Gustavo Petro and Chile's Gabriel Boric are due in Brasília tomorrow morning, and Lula is scheduled to hold separate bilateral meetings with each of them before the opening session, the Planalto said. Argentina's Alberto Fernández is also expected.

Correction

An earlier version of this briefing said Peru's President Dina Boluarte would attend. Peru will be represented by the president of the council of ministers, Alberto Otárola.

Ecuador heads to snap elections

Ecuador's electoral council set August 20 as the date for early elections after President Guillermo Lasso dissolved the National Assembly this month to avoid impeachment.

Colombia and ELN resume talks in Havana

Delegations of the Colombian government and the ELN guerrilla group opened a third round of peace talks in Havana, with Cuba and Norway acting as guarantors. Negotiators said a bilateral ceasefire was the priority.

Argentina's reserves under pressure

Argentina's central bank raised its benchmark rate to 97% in a bid to stem a fall in the peso. Economy Minister Sergio Massa is negotiating with the International Monetary Fund to bring forward disbursements.

Mexico: AMLO defends army role

President Andrés Manuel López Obrador defended the military's growing role in infrastructure projects after a report on the Maya Train's cost overruns.

In other news
Honduras opens embassy in Beijing
Petro's chief of staff quits amid wiretap scandal
Chile's constitutional council meets for first time

Tags: Brazil, Venezuela, South America, Lula, Maduro

Share on WhatsApp | Telegram | X

2 Comments"""))

A.append(dict(id="h60-12", source="eurasianet.org",
url="https://eurasianet.org/the-week-in-review-washington-declaration-alaska-summit",
published_at="2025-08-09", body="""Eurasianet is supported by readers like you. Donate today.

The Week in Review: Washington declaration, Alaska summit, Putin works the phones

By Arman Tsaturyan and Daria Volkova
Aug 9, 2025

Our weekly roundup of news from the South Caucasus, Central Asia and Russia.

Friday, Washington: Aliyev and Pashinyan at the White House

Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration at the White House on Friday, witnessed by US President Donald Trump, committing both countries to end decades of conflict. Their foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, initialled the text of a peace treaty that was agreed in March. The deal also provides for a transit route across southern Armenia linking Azerbaijan to its Nakhchivan exclave, to be called the "Trump Route for International Peace and Prosperity".

Each leader also held separate talks with Trump. Washington signed a memorandum on a strategic partnership charter with Baku and agreements with Yerevan on the route and on energy.

Friday, Moscow: Putin calls Xi and Modi

Vladimir Putin spoke by phone with Chinese leader Xi Jinping on Friday and briefed him on the results of his meeting with US envoy Steve Witkoff, the Kremlin said. He also called Indian Prime Minister Narendra Modi, whose government is facing extra US tariffs over its purchases of Russian oil. Modi said on X that he had invited Putin to India later this year.

Wednesday, Moscow: Witkoff at the Kremlin

Witkoff met Putin for about three hours in the Kremlin on Wednesday, his fifth visit to Russia this year. Kremlin aide Yuri Ushakov called the talks "useful and constructive".

Late Friday: summit set for Alaska

Trump announced that he will meet Putin in Alaska on August 15. The Kremlin confirmed the venue on Saturday morning. Ushakov had earlier suggested that the United Arab Emirates could host the meeting, and said Putin had invited Trump to visit Russia afterwards.

Markets and reaction

The Armenian dram and Azerbaijani bonds firmed on Friday. In Yerevan, opposition parties accused Pashinyan of giving away too much, while in Baku the deal was hailed as a victory. Iran's foreign ministry said it would oppose any change to borders in the region.

Central Asia

Kazakhstan's parliament began debating a bill to build the country's first nuclear power plant with Russia's Rosatom. In Kyrgyzstan, authorities detained two journalists from the Kloop outlet on charges of calling for mass unrest.

Also this week
Georgia's ruling party moves to ban main opposition parties
Tajikistan, Kyrgyzstan open first border crossing since treaty
Turkmenistan reports record gas exports to China

Tags: Armenia, Azerbaijan, Russia, United States, peace talks

Share | Print | Comment (3)"""))
