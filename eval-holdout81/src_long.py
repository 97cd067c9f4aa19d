# Long pages (2,500-4,500 characters), h81-01 .. h81-12
A = []

A.append(dict(id="h81-01", source="theguardian.com",
url="https://www.theguardian.com/us-news/live/2025/feb/28/zelensky-trump-white-house-minerals-deal-live-updates",
published_at="2025-02-28", body="""Skip to main content | Support the Guardian: fund independent journalism | Sign in

We use cookies and similar technologies. Yes, I'm happy | Manage or reject cookies

US politics live
Zelensky leaves White House early after extraordinary Oval Office row with Trump and Vance – as it happened

Minerals deal left unsigned and joint press conference cancelled; Starmer phones both men and will welcome the Ukrainian leader in London on Saturday

Lena Hartigan (now), Tom Mabry and Oren Caddick (earlier)
Fri 28 Feb 2025 22.04 GMT

Key events
21.05 Starmer speaks to Trump and Zelensky
19.02 Macron: "There is an aggressor and a victim"
17.41 Zelensky leaves; signing off
16.58 Shouting match in the Oval Office

21.05 GMT
Starmer speaks to both leaders, will see Zelensky on Saturday

Downing Street says Keir Starmer has spoken by phone this evening with Donald Trump and then with Volodymyr Zelensky, and "maintains his unwavering support for Ukraine".

A No 10 spokesperson added that the prime minister remained focused on "a lasting peace" and confirmed that Zelensky will fly on to London, where the two men are due to meet on Saturday, the eve of the summit on European security that Starmer hosts at Lancaster House on Sunday.

Starmer was himself in the Oval Office only yesterday, handing Trump a letter from the King.

19.02 GMT
Macron: "There is an aggressor, Russia, and a victim, Ukraine"

Speaking to reporters in Portugal, French president Emmanuel Macron, who had his own White House visit on Monday, said: "We were right to help Ukraine and to sanction Russia three years ago, and to keep doing so." He did not say whether he had talked to either president.

Poland's Donald Tusk posted on X: "Dear Zelensky, dear Ukrainian friends, you are not alone."

18.20 GMT
Trump: Zelensky "can come back when he is ready for peace"

In a post on Truth Social the president wrote that Zelensky had "disrespected the United States of America in its cherished Oval Office" and "can come back when he is ready for Peace".

17.41 GMT
Zelensky leaves early; minerals signing scrapped

The Ukrainian president's motorcade has pulled out of the White House well ahead of schedule. Reporters waiting in the East Room were told the joint press conference was off, and that the framework agreement on Ukraine's mineral resources, which the two presidents were due to sign this afternoon, would not be signed today. A White House official said the Ukrainian delegation had been "asked to leave".

16.58 GMT
Shouting match in the Oval Office

What was meant to be a cordial photo opportunity has turned into an open argument. Vice-president JD Vance told the visitor it was "disrespectful" to "litigate this in front of the American media". Trump, raising his voice, said: "You're gambling with World War Three." Zelensky, speaking in English, asked what kind of diplomacy Vance meant, given that Putin had broken a ceasefire in 2019.

15.21 GMT
Zelensky arrives at the White House

Trump greeted the Ukrainian leader at the West Wing entrance just after 11am Washington time. "He's all dressed up today," the president joked to reporters, gesturing at Zelensky's black military-style jumper, before the pair shook hands and went inside.

The talks were supposed to culminate in the signing of the minerals framework, which Kyiv has hoped would open the door to future American security guarantees.

Photograph: Donald Trump and Volodymyr Zelensky in the Oval Office on Friday. Photograph: Saul Loeb/AFP/Getty Images

Topics: Volodymyr Zelenskyy | Donald Trump | Ukraine | Russia-Ukraine war | US foreign policy

Share | Reuse this content | Comments (4,817)

Most viewed
Starmer hands Trump King's invitation for historic second state visit
Macron corrects Trump on Ukraine aid during White House talks
What the minerals deal would have meant for Kyiv
Crossword: Quick No 17,042

... we have a small favour to ask. Tens of millions have placed their trust in the Guardian's fearless journalism. Support us from just $1. Continue | Remind me in May"""))

A.append(dict(id="h81-02", source="scmp.com",
url="https://www.scmp.com/week-asia/politics/article/3234120/week-diplomacy-g20-delhi-biden-hanoi-li-qiang",
published_at="2023-09-10", body="""This Week in Asia / Politics

Week in diplomacy: Modi's G20 moment, Biden's Hanoi detour and the leaders who stayed away

Our Sunday round-up of the week's summitry across the region

Published: 6:00am, 10 Sep 2023 | Updated: 11:15am, 10 Sep 2023

Why you can trust SCMP

Photo: Australian Prime Minister Anthony Albanese and Philippine President Ferdinand Marcos Jr at Malacanang Palace on Friday. Photo: AFP

NEW DELHI
Host Narendra Modi got the consensus declaration almost nobody expected on Saturday, with the Group of 20 agreeing language on Ukraine that avoided direct criticism of Russia and admitting the African Union as a permanent member.

US President Joe Biden had flown in on Friday evening and went straight into talks with Modi at the prime minister's residence on Lok Kalyan Marg, where the two sides welcomed progress on jet engines, drones and a 5G roll-out. No press conference followed, to the irritation of the White House press corps.

British Prime Minister Rishi Sunak, on his first trip to India since taking office, held bilateral talks with Modi on Saturday morning and visited the Akshardham temple with his wife on Sunday. On the margins he also met Chinese Premier Li Qiang, telling him of Britain's "very strong concerns" about interference in British democracy, Downing Street said.

Italy's Giorgia Meloni had her own sit-down with Li on Saturday, in which, Italian officials said, the future of Rome's participation in the Belt and Road Initiative came up.

Li was standing in for President Xi Jinping, whose absence went unexplained in Beijing. Russia's Vladimir Putin also stayed home and sent Foreign Minister Sergei Lavrov, who spent much of the summit defending the final text.

Saudi Crown Prince Mohammed bin Salman, who arrived for the summit on Friday night, stays on in New Delhi for a state visit and is due to co-chair the first meeting of the India-Saudi Strategic Partnership Council with Modi on Monday. On Saturday he joined Biden, Modi and European leaders to unveil a planned India-Middle East-Europe shipping and rail corridor.

HANOI
Biden leaves for Vietnam on Sunday afternoon, with Communist Party chief Nguyen Phu Trong set to receive him at party headquarters. Both sides are expected to raise relations two notches to a comprehensive strategic partnership, a status Hanoi has so far reserved for China, Russia, India and South Korea.

JAKARTA AND MANILA
Earlier in the week, the Asean and East Asia summits in Jakarta were overshadowed by Biden's decision to send Vice-President Kamala Harris. Japanese Prime Minister Fumio Kishida said he had a brief exchange with Li on the sidelines about Tokyo's release of treated water from Fukushima.

From Jakarta, Anthony Albanese flew to Manila, becoming the first Australian prime minister in two decades to make a bilateral visit to the Philippines. He and Marcos signed a strategic partnership and agreed to step up joint sea patrols in the South China Sea.

VLADIVOSTOK
The week's biggest question mark hangs over Russia's Far East. US officials say Kim Jong-un is expected to travel to Russia this month to meet Putin, possibly in Vladivostok. The Kremlin has said it has "nothing to say" on the matter.

Most Read
1 Xi to host Venezuela's Maduro as Caracas seeks Beijing support
2 Hong Kong's black rainstorm: what we know
3 Typhoon Haikui makes landfall in Fujian

Sign up for our Asia newsletter | Get the SCMP app

More on this
Biden-Modi talks: jet engine deal moves ahead
Sunak raises spying concerns with Li Qiang

Share: Facebook | X | WhatsApp | Email

Copyright © 2023 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h81-03", source="politico.eu",
url="https://www.politico.eu/newsletter/brussels-playbook/orbans-peace-tour-lands-in-beijing-modi-heads-to-moscow/",
published_at="2024-07-08", body="""POLITICO Brussels Playbook

Orbán's peace tour lands in Beijing — Modi heads to Moscow — Lammy's first 48 hours

By Jacopo Barretti and Clea Vanhove
July 8, 2024 6:56 am CET

Press play on Playbook: Listen to the morning briefing | Subscribe here

Thanks to our sponsor: SEVA Energy

GOOD MORNING. Welcome to Brussels Playbook. Here's what you need to know.

ORBÁN GOES EAST, AGAIN
The self-styled peace mission rolls on: Viktor Orbán touched down in Beijing this morning, and Chinese state TV says he will be received by Xi Jinping later today. The Hungarian PM has called the trip "Peace Mission 3.0".

Recap: Orbán was in Kyiv last Tuesday for his first visit since the full-scale invasion, then surprised everyone by flying to Moscow on Friday for three hours of talks with Vladimir Putin in the Kremlin. EU institutions stressed he had "no mandate" to speak for the Union, and Charles Michel's team said it was not told in advance.

Next stop: Washington, where the NATO summit opens Tuesday. Diplomats expect a frosty reception.

MODI TO MOSCOW
Also heading to Russia today: Narendra Modi, who leaves New Delhi for a two-day visit, his first since February 2022 and his first bilateral trip since winning a third term. The annual India-Russia summit with Putin is due on Tuesday. From Moscow the Indian premier flies to Vienna for talks with Chancellor Karl Nehammer, the first visit to Austria by an Indian prime minister in 41 years.

KYIV TO WARSAW
Volodymyr Zelenskyy is expected in Warsaw today, where he and Donald Tusk are due to sign a bilateral security agreement before the NATO summit.

NEW BRITISH FACES
The UK's new ministers wasted no time. Defence Secretary John Healey made an unannounced trip to Odesa on Sunday and met Zelenskyy, promising to speed up the delivery of artillery and Brimstone missiles.

Foreign Secretary David Lammy, meanwhile, chose Berlin for his first trip, meeting Annalena Baerbock on Saturday, before stops in Warsaw with Radosław Sikorski and Stockholm with Tobias Billström on Sunday. "A reset with Europe," Lammy wrote.

Keir Starmer, for his part, spent Saturday working the phones: calls with Joe Biden and with Zelenskyy, among others. The new prime minister will also be at NATO this week.

FRANCE: NO MAJORITY
The left-wing New Popular Front came first in the second round of the French legislative elections, but with no majority. Gabriel Attal said he would offer his resignation this morning.

IN OTHER NEWS
Commission to publish its rule-of-law report later this month.
MEPs begin constituent session in Strasbourg on July 16.

BIRTHDAYS: Former MEP Brian Hayes; Portuguese diplomat Ana Paula Zacarias.

THANKS TO: Our editor Marta Lindqvist and producer Sam Okafor.

SUBSCRIBE to the POLITICO newsletter family: Brussels Playbook | London Playbook | Playbook Paris | EU Confidential | Energy & Climate

Share: Facebook | X | LinkedIn | Email | Copy link

This newsletter is brought to you by SEVA Energy. Advertising content."""))

A.append(dict(id="h81-04", source="rfi.fr",
url="https://www.rfi.fr/en/international/20240508-xi-jinping-arrives-in-belgrade-on-anniversary-of-nato-embassy-bombing",
published_at="2024-05-08", body="""RFI
Listen to RFI | Podcasts | Newsletter

International
Xi Jinping in Belgrade on anniversary of NATO embassy bombing

Chinese leader flies in from France, where Emmanuel Macron hosted him for two days of talks; Hungary is the last stop of his European tour

Issued on: 08/05/2024 - 14:22 | Modified: 08/05/2024 - 17:40

Serbian President Aleksandar Vucic welcomes Chinese President Xi Jinping in front of the Palace of Serbia in Belgrade on 8 May 2024. © Oliver Bunic / AFP

By: RFI with AFP

Chinese President Xi Jinping was welcomed with full honours in Belgrade on Wednesday, 25 years to the day after NATO bombs struck the Chinese embassy in the Serbian capital during the Kosovo war, killing three Chinese journalists.

Thousands of people, many bused in from other towns, waved Chinese and Serbian flags as Xi and President Aleksandar Vucic appeared on the balcony of the Palace of Serbia. Vucic said in Mandarin: "Respect and love for China."

The two leaders signed a joint declaration on building a "community with a shared future" and presided over the signing of some 28 cooperation documents. Serbia became the first European country to sign such a declaration, Vucic said.

In an op-ed published in the Serbian newspaper Politika before his arrival, Xi wrote that China "should never forget" the embassy bombing, in pointed language aimed at Washington and its allies.

Paris talks

Xi had landed in Belgrade on Tuesday night, after two days in France. In Paris on Monday, he held talks with Macron at the Elysee Palace, including a three-way meeting with European Commission President Ursula von der Leyen on trade imbalances and electric vehicle subsidies. Macron then took his guest to the Tourmalet pass in the Pyrenees on Tuesday, where he spent part of his childhood.

Macron pressed Xi to use his influence on Moscow over Ukraine. Xi said China was "not a party to, nor a participant in" the war and rejected what he called the use of the crisis "to smear" Beijing.

Budapest next

On Wednesday evening Xi flies to Budapest, where Prime Minister Viktor Orban, the most China-friendly leader in the European Union, will host him until Friday. Hungarian officials say around 16 agreements, including on railway and nuclear cooperation, are expected.

The tour is Xi's first to Europe in five years. German Chancellor Olaf Scholz, who was in China in April, chose not to join the Paris meeting.

"Beijing has picked three very different stops," said a researcher at the Asia Centre in Paris. "A partner to convince, and two friends to reward."

Read also
Macron presses Xi on Ukraine and trade at Elysee talks
Lavrov in Beijing as Putin prepares China trip
French farmers block roads over fuel prices

Tags: China | Serbia | Hungary | France | Xi Jinping | Diplomacy

Share: Facebook | X | WhatsApp | LinkedIn | Email

Subscribe to the RFI newsletter | Download the RFI app

© 2024 Copyright RFI - All rights reserved."""))

A.append(dict(id="h81-05", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/african-peace-mission-meets-zelensky-in-kyiv/",
published_at="2023-06-16", body="""SABC News | Watch Live | Listen | Elections | Business | Sport

Home / Africa / World

African peace mission meets Zelensky in Kyiv, heads to St Petersburg for Putin talks

16 June 2023, 7:18 PM | Tendai Mokoena

Comments (12)

President Cyril Ramaphosa and other African leaders at the Mariinskyi Palace in Kyiv. Image: The Presidency / X

A delegation of African leaders led by President Cyril Ramaphosa has held talks with Ukrainian President Volodymyr Zelensky in Kyiv, at the start of a two-leg mission aimed at finding a way to end the war between Russia and Ukraine.

Ramaphosa was joined by Senegal's President Macky Sall, Zambia's President Hakainde Hichilema, Comoros President Azali Assoumani, who chairs the African Union, and Egyptian Prime Minister Mostafa Madbouly. Uganda and the Republic of the Congo were represented by senior envoys after their presidents pulled out at the last minute.

The leaders travelled overnight by train from Poland and arrived in Kyiv on Friday morning. They laid flowers at a mass grave site in Bucha before air raid sirens sounded over the capital, forcing part of the delegation to take shelter.

At a joint media briefing with the visitors, Zelensky said any talks with Moscow would only be possible once Russian troops had left Ukrainian territory. "To allow any negotiations with Russia now, while the occupier is on our land, means to freeze the war, to freeze everything," he said.

Ramaphosa outlined ten elements, including de-escalation, the return of children and prisoners of war, and unimpeded grain exports through the Black Sea. "This war must be settled through negotiations," he told reporters.

The delegation is due to fly to St Petersburg, where President Vladimir Putin will receive it on Saturday.

The mission was first announced in May, after Ramaphosa spoke by telephone to both Putin and Zelensky.

Security detail held in Warsaw

Ramaphosa's trip was marred by a standoff at Warsaw's Chopin airport, where a chartered plane carrying about 120 South African security officers and journalists was held on the tarmac for more than a day. Polish officials said the team lacked permits for weapons on board. Ramaphosa, who landed in Poland on Thursday on a separate aircraft, continued his journey as planned.

Presidency spokesperson Vincent Magwenya said the matter was being handled through diplomatic channels.

Critics at home have questioned the mission's timing, coming weeks after a diplomatic row with Washington over allegations that a Russian ship had loaded arms in Simon's Town, which Pretoria denies.

Related Stories
Ramaphosa's security team stuck in Poland
Zambia's Hichilema says Africa "cannot be a bystander"
Rand firms against dollar

Tags: Africa Peace Mission | Cyril Ramaphosa | Ukraine | Russia

Share: Facebook | X | WhatsApp | Email

Follow SABC News on WhatsApp. Download the SABC News app."""))

A.append(dict(id="h81-06", source="news.sky.com",
url="https://news.sky.com/story/israel-hamas-war-latest-biden-lands-in-tel-aviv-12978771",
published_at="2023-10-18", body="""Sky News | Watch Live | UK | World | Politics | US | Climate

Israel-Hamas war latest: Biden lands in Tel Aviv as Jordan summit is scrapped after Gaza hospital blast

Key points
- Biden arrives in Israel for talks with Netanyahu
- Amman summit with Arab leaders cancelled
- Putin and Xi meet in Beijing
- Rishi Sunak to travel to Israel

Wednesday 18 October 2023 21:40, UK

Watch Sky News live | Download the Sky News app

20:52
Biden calls Sisi from Air Force One

The White House says President Biden spoke by telephone with Egyptian President Abdel Fattah el-Sisi during his flight home. The two leaders agreed to allow up to 20 lorries of humanitarian aid into Gaza through the Rafah crossing, Biden told reporters on the plane.

19:10
Sunak to travel to Israel

Downing Street says the prime minister will travel to Israel on Thursday to meet Benjamin Netanyahu and President Isaac Herzog, before going on to other capitals in the region.

17:35
Scholz in Cairo after Israel

German Chancellor Olaf Scholz is in Cairo today for talks with Sisi, having been in Tel Aviv on Tuesday, where he met Netanyahu and was forced to take cover during a rocket alert.

15:02
Kremlin: no plans for Netanyahu visit

Putin's spokesman Dmitry Peskov says no visit to Moscow by the Israeli prime minister is being discussed. Putin and Netanyahu spoke by phone on Monday, when the Russian president offered his condolences.

13:48
Putin and Xi meet in Beijing

Vladimir Putin and Xi Jinping have held talks at the Great Hall of the People on the sidelines of the Belt and Road Forum. Putin, who landed in Beijing on Tuesday, said the two countries' cooperation was "a stabilising factor" in the world. The Chinese leader called Putin his "dear old friend".

11:20
Biden: hospital blast appears to be "done by the other team"

Speaking alongside Netanyahu in Tel Aviv, Biden said that based on what he had seen the explosion at al-Ahli hospital in Gaza City appeared to have been caused by a misfired rocket, not an Israeli strike. "There are a lot of people out there who are not sure," he added.

08:47
Biden lands at Ben Gurion

Air Force One has touched down at Ben Gurion airport, where Netanyahu and Herzog greeted the president on the tarmac. Biden embraced both men.

08:15
Jordan cancels Amman summit

Jordan's Foreign Minister Ayman Safadi says the planned summit in Amman with President Biden, King Abdullah, Sisi and Palestinian President Mahmoud Abbas will not take place, after the blast at the Gaza hospital. The White House confirmed the president would no longer travel to Jordan. Abbas had already cut short a trip and returned to Ramallah.

Sky's Middle East correspondent Mark Whitlow writes:
The summit was meant to show Biden as a broker with the Arab world, not just Israel's closest friend. That picture has been lost.

More on Israel-Hamas war
What we know about the al-Ahli hospital blast
Sunak: "We stand with Israel"

Follow Sky News on WhatsApp | Share this live | Comments are closed for this live

© 2023 Sky UK"""))

A.append(dict(id="h81-07", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-22/modi-port-moresby-fipic-blinken-defence-pact/102376542",
published_at="2023-05-22", body="""ABC News
Just In | Pacific | Politics | Business | Analysis

Modi gets red-carpet welcome in Port Moresby as US signs defence pact Biden was meant to witness

Pacific affairs reporter Lotte Namaliu
Posted Mon 22 May 2023 at 8:05pm, updated 10:41pm

Photo: Prime Minister James Marape bent to touch Narendra Modi's feet on the tarmac. (Supplied: PNG PM's Media Unit)

Papua New Guinea has rolled out the red carpet for India's Prime Minister Narendra Modi, who landed in Port Moresby on Sunday night on the first visit by an Indian leader to the country.

Prime Minister James Marape broke with protocol to greet Mr Modi at Jacksons airport after dark, bending to touch his feet in a gesture of respect that went viral in India.

On Monday the two men co-hosted the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC), attended by leaders and ministers from 14 Pacific nations. On the sidelines Mr Modi also held talks with Fiji's Prime Minister Sitiveni Rabuka, who presented him with Fiji's highest honour.

US signs pact

Hours earlier and a few kilometres away, US Secretary of State Antony Blinken signed a defence cooperation agreement with PNG, giving US forces access to ports and airports in the country.

The signing was meant to be the centrepiece of the first visit by a sitting US president to the Pacific nation, but Joe Biden cancelled his stop to return to Washington for debt ceiling negotiations. Mr Blinken stood in and signed alongside Defence Minister Win Bakri Daki, with Mr Marape looking on.

Students protested in Lae against the agreement last week, and opposition MPs say the full text should have been tabled before it was signed. Mr Marape insisted PNG's sovereignty was "not for sale".

The Biden cancellation also scuppered the Quad leaders' summit that Australia was due to host in Sydney this week. The four leaders instead met briefly in Hiroshima on Saturday, on the margins of the G7.

Next stop: Sydney

Mr Modi flies to Sydney on Monday night and will hold talks with Prime Minister Anthony Albanese at Admiralty House on Wednesday. He is also set to address thousands of members of the Indian diaspora at Qudos Bank Arena on Tuesday.

Dr Sylvia Kuali, a lecturer at the University of PNG, said the day showed how crowded the region had become. "In the space of 24 hours we had India and the United States here. Everyone wants to be our friend now."

Posted 22 May 2023

Share this article | Copy link | Facebook | X

Related stories
Biden pulls out of Sydney Quad, Port Moresby trip
Marape: PNG's sovereignty 'not for sale'
Pacific leaders want action on climate, not just pledges

Topics: foreign-affairs, papua-new-guinea, india, united-states, pacific

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))

A.append(dict(id="h81-08", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/us/2025/05/14/trump-gulf-visit-live-riyadh-doha-al-shara/",
published_at="2025-05-14", body="""The National | UAE | Gulf | Mena | World | Business | Opinion

LIVE
Trump in the Gulf live: US president meets Syria's Al Shara in Riyadh before flying to Doha

Updated: May 14, 2025, 7:48 PM

Gold $3,187.20 ▼ -1.8% | Brent $66.09 ▲ +0.4% | USD/AED 3.6725 | S&P 500 5,886 ▲ +0.7%

Summary
- Trump meets Syrian President Ahmad Al Shara for first time
- US leader arrives in Doha for second leg of tour
- Abu Dhabi visit on Thursday
- Zelenskyy says he will go to Turkey

7:40 PM
Zelenskyy: I will be in Turkey tomorrow

Ukrainian President Volodymyr Zelenskyy said he would travel to Ankara on Thursday to meet President Recep Tayyip Erdogan. Moscow has named a delegation headed by presidential aide Vladimir Medinsky for talks in Istanbul, without Vladimir Putin. Kyiv has not said whether it will send a team to meet the Russians.

6:55 PM
UAE prepares for Trump's arrival

Abu Dhabi will receive the US President on Thursday, the final stop of his three-nation tour. President Sheikh Mohamed bin Zayed is expected to hold talks with him at Qasr Al Watan.

5:20 PM
Trump "might" go to Istanbul

Asked whether he would join possible Russia-Ukraine talks in Turkey, Mr Trump said he might go on Friday "if something happens". Secretary of State Marco Rubio is already due in Antalya for a Nato foreign ministers' meeting.

3:58 PM
Trump lands in Doha

Air Force One touched down at Hamad International Airport, where the Emir of Qatar, Sheikh Tamim bin Hamad, received Mr Trump with a royal guard of honour. Qatar Airways is expected to sign an order for Boeing aircraft during the visit.

12:30 PM
GCC summit in Riyadh

Mr Trump joined Gulf leaders for a US-GCC summit, telling them the region was entering "a brighter future". The summit issued no joint statement.

Recap: Tuesday in Riyadh
Saudi deals worth $600bn

On Tuesday, the first day of the trip, Crown Prince Mohammed bin Salman welcomed Mr Trump at King Khalid airport. The two sides signed a strategic economic partnership and arms sales worth about $142 billion.

9:40 AM
Trump meets Al Shara

Mr Trump met Syrian President Ahmad Al Shara at a Riyadh palace this morning, a day after announcing that US sanctions on Syria would be lifted. Crown Prince Mohammed bin Salman attended and Turkish President Recep Tayyip Erdogan joined by phone, the White House said. Mr Trump called Mr Al Shara "a young, attractive guy, tough guy".

It was the first meeting between US and Syrian leaders in 25 years.

More from The National
Abu Dhabi hosts Trump: what's on the agenda
Syrians celebrate sanctions announcement
Oil prices edge up on tariff truce

Newsletter: sign up for The National's Trump in the Gulf briefing

Updated: May 14, 2025, 7:48 PM"""))

A.append(dict(id="h81-09", source="jakartaglobe.id",
url="https://jakartaglobe.id/news/morning-brief-prabowo-meets-biden-at-white-house",
published_at="2024-11-13", body="""Jakarta Globe
JCI 7,308.7 ▼ -0.9% | USD/IDR 15,805 | Gold Rp 1,484,000/g | Brent $72.1

Morning Brief: Prabowo meets Biden at White House; RI-China joint statement draws scrutiny

Jakarta Globe Editorial Team
November 13, 2024 | 06:30 am

Good morning. Here is what you need to know today.

1. Prabowo, Biden hail new partnership
President Prabowo Subianto held talks with US President Joe Biden at the White House on Tuesday, where the two leaders agreed to raise ties to a comprehensive strategic partnership. Prabowo told reporters the meeting in the Oval Office was "very warm" and that Indonesia wanted to be "a friend to all". Biden hands over to Donald Trump in January.

Prabowo's team also released a video of a recent phone call with President-elect Trump, in which Trump is heard praising Prabowo.

2. South China Sea line in China statement
Analysts continue to question a sentence in the joint statement issued after Prabowo met Chinese President Xi Jinping in Beijing on Saturday, which refers to "joint development in areas of overlapping claims". The foreign ministry said on Monday the wording did not imply recognition of Beijing's nine-dash line. Deals worth about $10 billion were signed during the China leg.

3. What's next for the President
Prabowo leaves Washington for Lima on Wednesday for the APEC leaders' meeting, then goes to Rio de Janeiro for the G20 summit. He is then scheduled to fly to London, where he is due to meet Prime Minister Keir Starmer at Downing Street, the State Secretariat said.

4. Lewotobi eruption disrupts Bali flights
Several international flights to and from Bali were cancelled again on Tuesday due to volcanic ash from Mount Lewotobi Laki-laki in East Nusa Tenggara.

5. Rupiah weakens
The rupiah slipped past 15,800 per dollar as investors priced in a stronger greenback after the US election.

6. Regional elections countdown
The General Elections Commission (KPU) said logistics for the November 27 regional elections were 92 percent distributed, with ballots still on their way to parts of Papua and Maluku. Campaigning in the Jakarta governor race enters its final two weeks.

Quote of the day
"We will not join any military pact. We respect all great powers." - President Prabowo, speaking to the Indonesian community in Washington.

Photo: President Prabowo Subianto and US President Joe Biden in the Oval Office on Tuesday. (Photo courtesy of Presidential Secretariat)

Tags: Prabowo Subianto, Joe Biden, Xi Jinping, APEC, G20

Read next
Sugiono: Indonesia's BRICS bid does not mean joining a bloc
Danantara launch set for next year
Timnas squad named for Japan clash

Subscribe to our newsletter | Download the Jakarta Globe app

Copyright 2024 Jakarta Globe"""))

A.append(dict(id="h81-10", source="ticotimes.net",
url="https://ticotimes.net/2025/02/03/rubio-lands-in-el-salvador-costa-rica-next",
published_at="2025-02-03", body="""The Tico Times | Costa Rica News | Travel | Real Estate

Exchange rate: Buy ₡503.21 | Sell ₡509.73

Rubio lands in El Salvador after Panama stop; Costa Rica next on Central America tour

By Daniela Quesada | February 3, 2025

U.S. Secretary of State Marco Rubio arrived in San Salvador on Monday and met President Nayib Bukele at his lakeside residence outside the capital, on the second stop of his first foreign trip as America's top diplomat.

Rubio said afterwards that Bukele had offered to take in deportees of any nationality, and even to hold convicted U.S. criminals in Salvadoran prisons, "an extraordinary gesture" he said no other country had made. The two also signed a memorandum on civil nuclear cooperation.

Panama first
Rubio had spent Sunday in Panama, where he met President José Raúl Mulino and toured the Miraflores locks of the canal. He told Mulino that Chinese influence over the canal was "unacceptable", according to the State Department. Mulino said afterward that Panama would not renew its 2017 agreement on China's Belt and Road Initiative, but insisted sovereignty over the canal was "not in question".

Costa Rica on Tuesday
Rubio is due in San José on Tuesday, where he will meet President Rodrigo Chaves at the Casa Presidencial. Foreign Minister Arnoldo André said migration, security and "investment in technology supply chains" would be on the agenda.

He then heads to Guatemala on Wednesday for talks with President Bernardo Arévalo, and wraps up in the Dominican Republic on Thursday with President Luis Abinader.

Caracas
The tour comes days after Richard Grenell, President Trump's envoy for special missions, flew to Caracas on Friday and met Nicolás Maduro, returning with six detained Americans. The White House insisted the meeting did not amount to recognition.

Nicaragua, Cuba and Venezuela are not on Rubio's itinerary, which he described in a Wall Street Journal op-ed as being about "America first" in "our own hemisphere".

"This region had been an afterthought in Washington for a long time," said Kevin Casas-Zamora, a former Costa Rican vice-president. "Now it is first in line, but with a list of demands."

Photo: U.S. Secretary of State Marco Rubio with Panama's President José Raúl Mulino in Panama City on Sunday. (State Department photo)

Read also
Costa Rica to receive deportees from Asia on U.S. flights
Dollar slides below ₡505 for first time this year
Chaves: "We are allies of the United States"

Support The Tico Times: independent journalism in English since 1956. Donate here.

Share: Facebook | X | WhatsApp

2 comments"""))

A.append(dict(id="h81-11", source="inquirer.net",
url="https://globalnation.inquirer.net/228841/week-in-review-marcos-kishida-biden-trilateral-summit",
published_at="2024-04-13", body="""INQUIRER.net | Global Nation

PSEi 6,839.53 ▼ -0.46% | USD/PHP 56.62 | Brent $90.45

WEEK IN REVIEW: Marcos, Kishida and Biden hold first trilateral summit

By Marielle Dizon-Reyes | Philippine Daily Inquirer | April 13, 2024 | 05:10 AM

WASHINGTON, D.C. - The first summit between the leaders of the Philippines, Japan and the United States ended on Thursday with a joint vision statement, plans for joint naval patrols and a warning to China over its "dangerous and aggressive behavior" in the South China Sea.

President Ferdinand Marcos Jr, who arrived in Washington on Wednesday, sat down at the White House with US President Joe Biden and Japanese Prime Minister Fumio Kishida for what Malacañang called a "historic" gathering. Biden said America's defense commitments to both countries were "ironclad".

The three leaders announced a Luzon Economic Corridor to channel investment into ports, railways and clean energy in Subic, Clark, Manila and Batangas.

Kishida, who was on a state visit, had been honored by Biden with a state dinner on Wednesday night and addressed a joint meeting of Congress on Thursday, saying Japan would stand with the US "in the face of new challenges".

There was no separate Marcos-Kishida bilateral on the program, although the two leaders spoke briefly before the trilateral, according to a Japanese official.

Beijing responded on Friday. A foreign ministry spokesperson said China "firmly opposes" countries "forming exclusive groupings" and accused Manila of provocations at Second Thomas Shoal.

Marcos returns to Manila on Saturday after a meeting with US business leaders and a stop in New York.

Coming up next week
Czech President Petr Pavel is due in Manila on a state visit next week, the Department of Foreign Affairs said, the first by a Czech head of state. Marcos will host him at Malacañang, with defense and trade on the agenda.

Meanwhile, Balikatan 2024, the largest annual exercise between Filipino and American troops, opens on April 22, with French forces joining as observers for the first time.

Also this week
- China Coast Guard vessels shadowed a Philippine resupply mission to Ayungin Shoal on Tuesday.
- Senate hearings on alleged Chinese "secret agreements" on Ayungin continued.
- The peso closed weaker at P56.62 to the dollar on Friday.

READ: Biden, Kishida upgrade military command ties in 'most significant' step since alliance began

Tags: Marcos Jr., Fumio Kishida, Joe Biden, trilateral summit, South China Sea

Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.

For feedback, complaints, or inquiries, contact us.

Share: Facebook | X | Viber | Email | 14 comments"""))

A.append(dict(id="h81-12", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-makes-surprise-stopover-in-lahore-meets-nawaz-sharif/article8029471.ece",
published_at="2015-12-25", body="""The Hindu | News | National

Sensex 25,838.71 ▲ +0.40% | Nifty 7,861.05 ▲ +0.45% | USD/INR 66.18

Modi makes surprise stopover in Lahore, meets Nawaz Sharif

On his way back from Kabul, Prime Minister becomes first Indian PM to visit Pakistan since 2004

Special Correspondent
NEW DELHI, December 25, 2015 23:12 IST | Updated: December 26, 2015 01:40 IST

In a move that took even his own officials by surprise, Prime Minister Narendra Modi landed in Lahore on Friday afternoon on his way home from Afghanistan, and spent about two hours with Pakistan Prime Minister Nawaz Sharif on the latter's birthday.

Mr Modi announced the stopover on Twitter shortly before noon, saying he looked forward to meeting Mr Sharif after the Pakistani leader had called to greet him. His aircraft touched down at Allama Iqbal International Airport at around 4.40 p.m., where Mr Sharif received him with a hug.

The two leaders then flew by helicopter to Mr Sharif's family estate at Raiwind, where a wedding in the Sharif family was also being celebrated. Pakistan Foreign Secretary Aizaz Ahmad Chaudhry told reporters that the leaders agreed to increase contacts and to carry forward the dialogue process "for the good of the people".

Foreign Secretaries S. Jaishankar and Chaudhry are due to meet in Islamabad in mid-January to work out the schedule of the newly named Comprehensive Bilateral Dialogue.

Kabul and Moscow

Earlier on Friday, Mr Modi was in Kabul, where he and President Ashraf Ghani inaugurated the new Afghan Parliament building, built with Indian assistance at a cost of about $90 million. In his address to Afghan lawmakers, Mr Modi said India was in Afghanistan "to contribute, not to compete", a line many read as a message to Islamabad.

He had flown to Kabul from Moscow, where he and Russian President Vladimir Putin held their annual summit on Thursday and signed agreements on the local manufacture of Kamov helicopters and on nuclear power.

Reactions

The Congress called the stopover "an adventure". "Is this a foreign policy or a wedding tour?" party spokesperson Anand Sharma asked. The BJP said the visit showed "statesmanship".

Former High Commissioner G. Parthasarathy said the visit would mean little unless Pakistan acted against terror groups. "Symbolism matters, but the Mumbai trial still matters more," he said.

Prime Minister Atal Bihari Vajpayee was the last Indian leader to visit Pakistan, for the SAARC summit in Islamabad in January 2004. Mr Modi is scheduled to return to Pakistan for the SAARC summit in Islamabad next year.

Related
Sushma in Islamabad: India, Pakistan agree to resume dialogue
NSAs meet in Bangkok, discuss terror
Editorial: Handshake in Paris

Printable version | Dec 26, 2015 1:40:12 AM

Comments (241)

© The Hindu"""))
