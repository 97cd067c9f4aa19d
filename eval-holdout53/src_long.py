# Long pages (2,500-4,500 characters), h53-01 .. h53-12
A = []

A.append(dict(id="h53-01", source="indianexpress.com",
url="https://indianexpress.com/article/india/india-news-india/pm-modi-karimov-talks-tashkent-central-asia-tour/",
published_at="2015-07-07", body="""Sensex 27,932.90 ▼ -275.86 | Nifty 8,456.25 ▼ -66.30 | Gold (10g) ₹26,710 | USD/INR 63.45

Get the Indian Express app | Subscribe to our daily newsletter

India
Modi, Karimov talk defence, energy in Tashkent; PM moves to Astana on day two of Central Asia swing

Written by Shubhajit Roy | Tashkent | Updated: July 7, 2015 8:14 am IST

Prime Minister Narendra Modi shakes hands with Uzbek President Islam Karimov at the Ok Saroy presidential palace in Tashkent on Monday. (Source: PIB)

Prime Minister Narendra Modi held talks with Uzbekistan's President Islam Karimov on Monday, opening an eight-day journey that will take him to all five Central Asian republics and to Russia.

The two leaders spent close to two hours together at the Ok Saroy palace, first in a restricted format and then with delegations, and agreed to deepen cooperation in defence, cyber security and counter-terrorism. Karimov, who rarely speaks at length in public, told reporters that the two sides shared concerns about the situation in Afghanistan and about the spread of extremism in the region. Three agreements, on cultural exchanges, tourism and cooperation between the two foreign offices, were signed in the presence of the leaders.

Officials said New Delhi was keen to secure long-term supplies of uranium from Uzbekistan, an issue first raised during Karimov's visit to India in 2011, and that talks on the matter would continue at the level of the atomic energy departments.

On Tuesday morning Modi laid a wreath at the Lal Bahadur Shastri memorial in Tashkent, where the former prime minister died in 1966 hours after signing the Tashkent Declaration, before flying out to Astana, the second leg of the tour. In Kazakhstan he is to hold talks with President Nursultan Nazarbayev on Wednesday, and a contract for the supply of uranium by the state company Kazatomprom is expected to be signed during the visit.

From Astana, the Prime Minister will travel to Ufa in Russia's Bashkortostan region for the BRICS summit on Thursday and the Shanghai Cooperation Organisation summit on Friday. Foreign Secretary S Jaishankar told reporters that Modi would hold a bilateral meeting with President Vladimir Putin in Ufa on Wednesday evening, soon after his arrival. Asked whether Modi would also meet Pakistan's Prime Minister Nawaz Sharif, who will attend the SCO gathering, the Foreign Secretary said there was "nothing to announce at this stage" and that the programme was still being worked out.

After Russia, Modi returns to the region for the remaining legs: Turkmenistan on Friday and Saturday, where the TAPI gas pipeline is expected to top the agenda with President Gurbanguly Berdimuhamedov, then Kyrgyzstan, where he is to meet President Almazbek Atambayev in Bishkek, and finally Tajikistan, where talks with President Emomali Rahmon are planned before he heads home on Monday.

"Central Asia is our extended neighbourhood, and for too long we have not given it the attention it deserves," the Prime Minister said in a statement before leaving New Delhi on Monday morning.

Analysts said the trip was intended to make up for lost ground in a region where China has invested heavily in pipelines, roads and railways. "Connectivity is the missing piece," said a former ambassador to the region. "Without a land route through Pakistan or a functioning Chabahar, India's options are limited."

ALSO READ
Sushma Swaraj to visit Maldives next month
Sensex slips as Greek crisis rattles global markets
Opinion: The long road to Ashgabat

Tags: Narendra Modi, Islam Karimov, Central Asia, Uzbekistan, SCO Summit, BRICS Summit

Share on Facebook | Tweet | WhatsApp
© 2015 The Indian Express [P] Ltd. All Rights Reserved"""))

A.append(dict(id="h53-02", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3261912/xi-jinping-lands-belgrade-after-france-serbia-leg-europe-tour",
published_at="2024-05-08", body="""Unlock more articles: sign up for our free SCMP newsletters | Download the SCMP app

China / Diplomacy
Xi Jinping lands in Belgrade for second leg of Europe tour, 25 years after Nato bombing of Chinese embassy

Chinese leader receives red-carpet welcome from Serbian President Aleksandar Vucic after two days of talks with Emmanuel Macron in France
Hungary is the last stop on his first trip to Europe in five years

Finbarr Bermingham in Brussels and Orange Wang in Beijing
Published: 8:15am, 8 May 2024
Updated: 1:40pm, 8 May 2024

Chinese President Xi Jinping arrived in Belgrade late on Tuesday for a state visit to Serbia, the second stop on a three-nation European tour, timing his arrival to coincide with the 25th anniversary of the Nato bombing of the Chinese embassy in the Serbian capital.

Serbian President Aleksandar Vucic greeted Xi and his wife Peng Liyuan on the tarmac at Nikola Tesla Airport, and the two leaders were due to hold formal talks on Wednesday morning at the Palace of Serbia after a welcome ceremony in front of the building, where thousands of people were expected to gather.

In a signed article published in the Serbian newspaper Politika before his arrival, Xi wrote that China "should never forget" the bombing, in which three Chinese journalists were killed in May 1999, and described the friendship between the two countries as "forged in blood". Serbia, which is not a member of the European Union or Nato, is one of Beijing's closest partners in Europe, and Chinese companies own its largest copper mine and steel mill.

Xi flew to Belgrade from southwestern France, where he spent Tuesday with President Emmanuel Macron in the Pyrenees, a personal gesture by the French leader, who took his guest to the Col du Tourmalet mountain pass where he spent holidays as a child. On Monday in Paris the two leaders held talks at the Elysee Palace that also included European Commission President Ursula von der Leyen, who warned that Europe would defend its companies and its market against Chinese overcapacity.

Macron pressed Xi to use his influence on Moscow to end the war in Ukraine, and the two sides issued joint statements on the Middle East, artificial intelligence and agriculture. Xi did not move on the electric vehicle subsidy investigation launched by Brussels, saying the "so-called problem of overcapacity" did not exist.

After Serbia, Xi will travel to Budapest on Wednesday evening for a state visit to Hungary lasting until Friday, where Prime Minister Viktor Orban, the most China-friendly leader in the EU, is expected to sign a raft of agreements on railway, nuclear and energy cooperation. Chinese carmaker BYD is building its first European plant in the southern Hungarian city of Szeged.

Analysts said the choice of Serbia and Hungary, both of which maintain close ties with Russia, was meant to showcase China's friends in a region where its reputation has suffered since the invasion of Ukraine. "France was the business part of the trip; Belgrade and Budapest are the reward," said a Brussels-based analyst who follows EU-China relations.

China and Serbia signed a free-trade agreement last October that is due to take effect in July, and the two sides are expected to announce a "community with a shared future" on Wednesday, the first such arrangement with a European country.

Related Articles
Scholz wraps up three-day China trip with call for fair competition
EU's von der Leyen puts Xi on notice over trade 'imbalances'
Explainer: why Xi is visiting Hungary and Serbia, not Germany

More on this story
China-EU relations | Xi Jinping | Serbia | Hungary

Share: Facebook | X | LinkedIn | Email
Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h53-03", source="cbc.ca",
url="https://www.cbc.ca/news/politics/g7-summit-trump-leaves-early-kananaskis-1.7562410",
published_at="2025-06-17", body="""We use cookies and similar technologies. By continuing, you accept our use of cookies. Manage settings

CBC News | Live | Sign In

Politics
Trump leaves G7 summit early, scrapping meetings with Zelenskyy and Sheinbaum

U.S. president cites Middle East as he heads back to Washington after one day in Kananaskis

Peter Zimonjic, Catharine Tunney | CBC News
Posted: Jun 17, 2025 1:04 AM MDT | Last Updated: 2 hours ago

U.S. President Donald Trump poses with Prime Minister Mark Carney as he arrives at the Kananaskis resort on Sunday. (Sean Kilpatrick/The Canadian Press)

U.S. President Donald Trump left the G7 leaders' summit in Kananaskis, Alta., on Monday night, a day ahead of schedule, saying the escalating conflict between Israel and Iran required his attention in Washington.

White House press secretary Karoline Leavitt announced the change on social media in the early evening, saying the president would depart after the leaders' working dinner. Trump's departure means planned Tuesday meetings with Ukrainian President Volodymyr Zelenskyy and Mexican President Claudia Sheinbaum will not take place, officials from both countries confirmed.

Before leaving, Trump held a bilateral meeting with Prime Minister Mark Carney on Monday morning, the first item on the summit programme. Sitting beside Carney, the president said it had been "a big mistake" to expel Russia from what was then the G8 in 2014, remarks that set an awkward tone for the opening session. Carney's office said the two leaders agreed to pursue a new economic and security deal within 30 days.

Trump also met British Prime Minister Keir Starmer on the sidelines and, in front of reporters, put his signature on an executive order putting in place parts of the trade arrangement the two countries reached last month. At one point the papers slipped out of his hands and were gathered up by Starmer. "The U.K. is very well protected," Trump said, when asked about future tariffs.

A half-hour meeting with Japanese Prime Minister Shigeru Ishiba followed, but it ended without the tariff deal Tokyo had been hoping for. Ishiba told Japanese reporters that differences remained over cars.

The early exit left other leaders to carry on without the U.S. French President Emmanuel Macron said Trump had left because of an offer of a ceasefire between Israel and Iran, a claim the president later dismissed online as "publicity seeking."

Zelenskyy still plans to be in Kananaskis on Tuesday, when he is to hold talks with Carney, who is expected to announce new military assistance for Ukraine. Sheinbaum is also expected at the outreach session along with the leaders of India, Australia, South Africa, Brazil and South Korea.

Ukrainian officials had hoped Zelenskyy could use a face-to-face meeting with Trump to press for more air defence and for tougher sanctions on Moscow. "Of course we are disappointed," a member of the Ukrainian delegation said. "But the summit does not end with one departure."

Carney, who is hosting his first international summit, said the G7 had still managed to agree on statements on critical minerals, artificial intelligence and wildfires, though there would be no joint communique.

Trump flew out of Calgary aboard Air Force One shortly after 9 p.m. local time.

RELATED STORIES
Carney, Modi agree to restore high commissioners after G7 talks
What to know about the G7 summit in Kananaskis
Sheinbaum says she will travel to Alberta despite Trump exit

Most Viewed
Calgary braces for summit road closures
Canada Post strike vote looms

Share this: Facebook | X | Email | Reddit
Report Typo or Error | Corrections and Clarifications
©2025 CBC/Radio-Canada. All rights reserved."""))

A.append(dict(id="h53-04", source="news.sky.com",
url="https://news.sky.com/story/zelenskyy-arrives-at-chequers-for-talks-with-sunak-on-final-leg-of-european-tour-12882461",
published_at="2023-05-15", body="""Sky News - first for breaking news | Watch live

Zelenskyy meets Sunak at Chequers as whistle-stop European tour ends in UK

The Ukrainian president travelled to Rome, Berlin, Aachen and Paris over the weekend before flying to Britain on Monday morning. Rishi Sunak confirmed the UK would send hundreds of air defence missiles and attack drones.

By Alix Culbertson, political reporter
Monday 15 May 2023 14:21, UK

Please use Chrome browser for a more accessible video player

Image: Volodymyr Zelenskyy was greeted by Rishi Sunak outside Chequers. Pic: PA

Volodymyr Zelenskyy has arrived in the UK for talks with Rishi Sunak at Chequers, the final stop on a three-day dash around European capitals to shore up support before a long-awaited Ukrainian counteroffensive.

The Ukrainian president was greeted by the prime minister on the lawn of his country residence in Buckinghamshire late on Monday morning, and the pair embraced before heading inside for a working lunch.

Downing Street said the UK would provide Ukraine with hundreds of additional air defence missiles and unmanned aerial systems, including attack drones with a range of more than 200km, over the coming months.

It is Mr Zelenskyy's second trip to Britain since the Russian invasion, after he addressed parliament in February.

The tour began in Rome on Saturday, where he met Italian President Sergio Mattarella and Prime Minister Giorgia Meloni, who promised Italy would keep backing Kyiv "for as long as it takes". He also had a 40-minute audience with Pope Francis at the Vatican, after which he said there could be no mediation that left Russian troops on Ukrainian soil.

From Rome he flew overnight to Berlin, his first visit to Germany since the full-scale invasion began. Chancellor Olaf Scholz welcomed him at the chancellery a day after his government unveiled a €2.7bn arms package, the largest Germany has announced. The two men then travelled to Aachen, where Mr Zelenskyy and the Ukrainian people were awarded the Charlemagne Prize.

On Sunday evening he landed at Villacoublay outside Paris on a French government plane and went straight to the Elysee Palace for a dinner with President Emmanuel Macron that ran for around three hours. France committed to train and equip more Ukrainian battalions, including with light tanks.

Mr Sunak, who will fly to Japan later this week for the G7 summit in Hiroshima, is expected to sign a new defence and economic partnership with Prime Minister Fumio Kishida during a bilateral visit before the summit opens on Friday.

Speaking at Chequers, Mr Zelenskyy told broadcasters that Ukraine needed "a little bit more time" before launching its counteroffensive.

Mr Sunak said the coming months would be critical and that Ukraine's allies could not afford to let up.

The Kremlin said new Western deliveries would not change the course of what it calls its special military operation.

Related Topics
Ukraine war | Rishi Sunak | Volodymyr Zelenskyy

More from Sky News
King Charles 'deeply moved' at Coronation thank you event
Eurovision: Liverpool hosts record audience
Erdogan faces first run-off in 20 years as Turkish vote goes to second round

Follow Sky News on WhatsApp | Download the Sky News app
© 2023 Sky UK"""))

A.append(dict(id="h53-05", source="nbcnews.com",
url="https://www.nbcnews.com/politics/white-house/fog-forces-trump-abandon-surprise-dmz-visit-n818556",
published_at="2017-11-08", body="""Advertisement

NBC News | Politics | White House

Fog forces Trump to abandon surprise DMZ visit before he flies to Beijing

The president's helicopter was within minutes of the border when low cloud forced the Secret Service to turn it back.

by Ali Vitali and Jonathan Allen
Nov. 8, 2017, 1:37 AM EST

SEOUL, South Korea — President Donald Trump tried and failed to make a surprise visit to the Demilitarized Zone on Wednesday morning, after thick fog forced Marine One to turn back minutes from the heavily fortified border with North Korea, White House officials said.

The president and the travelling press pool waited at a U.S. military base in Seoul for almost an hour in the hope that the weather would clear. South Korean President Moon Jae-in, who had gone ahead by car to the border village, waited there for him. In the end, press secretary Sarah Huckabee Sanders told reporters the trip was off. "He's frustrated," she said.

Trump instead went ahead with a 35-minute address to South Korea's National Assembly, in which he told North Korean leader Kim Jong Un "do not underestimate us" and described the North as "a hell that no person deserves," before departing for Beijing in the afternoon.

On Tuesday, his first day in the country, Trump was welcomed at the Blue House by Moon, and the two leaders held a summit in which they agreed that South Korea would be able to buy "many billions of dollars" of American weapons. Trump struck a less combative tone on North Korea than in recent months, saying it "makes sense" for Pyongyang to "come to the table".

Before that, he had spent three days in Japan, playing golf with Prime Minister Shinzo Abe and meeting families of Japanese citizens abducted by North Korea.

The Beijing leg is widely seen as the most important of the 12-day, five-nation tour, the longest trip to Asia by an American president in a quarter of a century. Chinese President Xi Jinping, fresh from a party congress that cemented his grip on power, will host Trump for what Beijing has called a "state visit-plus," beginning with a private tour of the Forbidden City on Wednesday evening and formal talks on Thursday.

From China, the president will go on to Vietnam for the Asia-Pacific Economic Cooperation summit in Da Nang, followed by a state visit to Hanoi, before ending the trip in Manila, where he is due to meet Philippine President Rodrigo Duterte on the sidelines of a summit of Southeast Asian nations.

Secretary of State Rex Tillerson said on Tuesday that no decision had been made on whether Trump would sit down with Russian President Vladimir Putin in Da Nang, telling reporters traveling with him that any meeting would have to be worth the leaders' time. The Kremlin has said it is working on the possibility.

TRENDING
Democrats sweep Virginia and New Jersey governor races
Texas church shooting: what we know
Paradise Papers: Commerce Secretary's links to Putin allies

Sign up for the NBC News Politics newsletter

Topics: Donald Trump, South Korea, North Korea, Asia trip

Share: Facebook | Twitter | Email | Print
© 2017 NBC UNIVERSAL"""))

A.append(dict(id="h53-06", source="dawn.com",
url="https://www.dawn.com/news/1464659/saudi-crown-prince-leaves-for-home-after-whirlwind-pakistan-visit",
published_at="2019-02-18", body="""DAWN.COM | Today's Paper | Videos | Subscribe

KSE-100 41,253.38 ▼ -175.42 (-0.42%) | USD/PKR 139.05 | Gold (tola) Rs70,300

Saudi crown prince leaves for home after whirlwind Pakistan visit; $20bn MoUs signed

Baqir Sajjad Syed | Published February 18, 2019 | Updated about 4 hours ago

ISLAMABAD: Saudi Crown Prince Mohammed bin Salman left Islamabad on Monday evening, wrapping up a visit that was shortened by a day but produced investment pledges worth $20 billion and an order for the release of more than 2,000 Pakistani prisoners held in the kingdom.

The crown prince, who is also Saudi Arabia's defence minister, arrived at Nur Khan airbase on Sunday evening, where he was received by Prime Minister Imran Khan and army chief Gen Qamar Javed Bajwa. Mr Khan personally drove the guest to the Prime Minister House, where the two leaders held one-on-one talks followed by delegation-level talks.

Seven memoranda of understanding were signed later that night, including for an oil refinery and petrochemical complex at Gwadar worth around $10 billion, as well as agreements on power generation, minerals and renewable energy.

At a banquet, the crown prince predicted a bright economic future for Pakistan and told his hosts to regard him as their ambassador in Saudi Arabia. At the prime minister's request, he ordered the immediate release of 2,107 Pakistani prisoners.

On Monday, President Arif Alvi conferred Nishan-i-Pakistan, the country's highest civil award, on the visiting dignitary at a special ceremony at the Aiwan-i-Sadr.

The visit had originally been scheduled to begin on Saturday and last two days, but was pushed back by 24 hours, officials said, without giving a reason.

From Islamabad the crown prince's delegation flew back to Riyadh rather than directly to New Delhi, a diplomatic source said, after Indian officials made it known they did not want him to arrive straight from Pakistan. He is due in the Indian capital on Tuesday night for talks with Prime Minister Narendra Modi on Wednesday, before travelling to Beijing on Thursday for the final leg of the Asia tour, where he is to meet President Xi Jinping.

Planned stops in Malaysia and Indonesia were postponed last week. Officials in Kuala Lumpur said only that the visit would be rescheduled.

The Asia tour is the crown prince's most extensive foreign travel since the killing of journalist Jamal Khashoggi in the Saudi consulate in Istanbul last October.

New Delhi is expected to raise last Thursday's suicide bombing in Pulwama, which killed more than 40 Indian paramilitary troops and has been claimed by the Jaish-e-Mohammad. A joint statement issued in Islamabad on Monday called for avoiding the "politicisation" of the UN listing regime, language Indian commentators said was aimed at Delhi's effort to list the Jaish chief.

Foreign Minister Shah Mahmood Qureshi told a news conference that the visit had opened "a new chapter" in relations.

Published in Dawn, February 18th, 2019

RELATED
PM Khan's Malaysia visit: Mahathir assures support
India recalls envoy from Islamabad after Pulwama attack
Editorial: Great expectations

Comments (148) | Closed
Share: Facebook | Twitter | WhatsApp"""))

A.append(dict(id="h53-07", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/us/2025/05/14/trump-qatar-visit-doha-abu-dhabi-next/",
published_at="2025-05-14", body="""This website uses cookies. By continuing you agree to our cookie policy. Accept

Download The National app | Newsletters

News / US
Trump lands in Doha after meeting Syria's Al Shara in Riyadh; Abu Dhabi is final stop

US President signs deals with Qatar on second day of Gulf tour, says he may go to Turkey if Putin does

Thomas Watkins, Washington
May 14, 2025

Qatar's Emir Sheikh Tamim bin Hamad welcomes US President Donald Trump at the Amiri Diwan in Doha. AFP

US President Donald Trump arrived in Qatar on Wednesday afternoon on the second leg of his Gulf tour, hours after a landmark meeting in Riyadh with Syria's President Ahmad Al Shara, the first between the leaders of the two countries in 25 years.

Emir Sheikh Tamim bin Hamad welcomed Mr Trump on the tarmac at Hamad International Airport before a ceremony at the Amiri Diwan, where the two leaders witnessed the signing of agreements including an order by Qatar Airways for up to 210 Boeing aircraft, which the White House called the largest widebody order in the company's history.

"We've been friends for a long time," Mr Trump told the Emir. The two sides also signed a declaration of intent on defence cooperation.

Earlier on Wednesday, Mr Trump met Mr Al Shara for about 30 minutes at a Riyadh hotel, a day after announcing that he would lift US sanctions on Syria. Saudi Crown Prince Mohammed bin Salman took part in the talks and Turkish President Recep Tayyip Erdogan joined by phone, according to the White House, which said Mr Trump had urged the Syrian leader to normalise ties with Israel.

Mr Trump's Saudi visit, which began on Tuesday with a lavish welcome at the Royal Court, produced investment commitments the White House put at $600 billion. The crown prince and Mr Trump signed a strategic economic partnership, and the President addressed an investment forum before attending a summit of Gulf Co-operation Council leaders on Wednesday morning.

On Thursday, Mr Trump is due to visit Al Udeid Air Base, the largest US military installation in the region, before flying to Abu Dhabi for the final stop, where he will be received by President Sheikh Mohamed bin Zayed.

Asked about direct Russia-Ukraine talks planned in Istanbul this week, the President said he might travel to Turkey on Friday "if it's appropriate" and if Russian President Vladimir Putin went. The Kremlin had not said who would lead its delegation.

The trip is the first major foreign tour of Mr Trump's second term, apart from a brief visit to Rome for the funeral of Pope Francis last month.

Controversy over a luxury Boeing 747 that Qatar has offered to donate for use as Air Force One continued to follow the President. Qatari officials said no final decision had been made.

Israel, notably absent from the itinerary, has watched the trip closely. Israeli officials were not consulted on the Syria decision, according to people familiar with the matter.

More from The National
Sheikh Mohamed receives call from Trump ahead of visit
Oil prices fall as US and China agree to cut tariffs
Syrians celebrate sanctions announcement in Damascus

Updated: May 14, 2025, 3:20 PM

Topics: Donald Trump, Qatar, Syria, Saudi Arabia

Share: Facebook | X | LinkedIn | WhatsApp"""))

A.append(dict(id="h53-08", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-makes-surprise-stop-in-lahore-meets-nawaz-sharif-1258691",
published_at="2015-12-25", body="""NDTV | Hindi | Business | Movies | Cricket | Tech | Live TV

PM Modi Makes Surprise Stop In Lahore On Way Back From Kabul, Meets Nawaz Sharif

All India | Written by Nidhi Razdan | Updated: December 25, 2015 20:31 IST

New Delhi: In a move that took even his own officials by surprise, Prime Minister Narendra Modi on Friday broke his journey home from Afghanistan at Lahore, where he met Pakistan's Prime Minister Nawaz Sharif on the Pakistani leader's birthday. It is the first visit to Pakistan by an Indian Prime Minister in more than a decade.

PM Modi had announced the stop on Twitter only a few hours earlier, saying he would "drop by" Lahore in the afternoon on his way home to see Mr Sharif. He said he had called Mr Sharif from Kabul to wish him happy birthday.

Mr Sharif received PM Modi at Allama Iqbal International Airport shortly before 5 pm. The two leaders hugged on the tarmac and then flew by helicopter to Mr Sharif's family estate at Raiwind on the outskirts of the city, where preparations were under way for the wedding of the Pakistani PM's granddaughter.

The two leaders spent about an hour and a half together. Pakistan's Foreign Secretary Aizaz Ahmad Chaudhry told reporters that they had agreed to continue contacts and to work for the welfare of their people. PM Modi was back in Delhi by the evening.

Earlier on Friday, PM Modi was in Kabul, where he and President Ashraf Ghani jointly inaugurated the new Afghan parliament building constructed with Indian assistance. He also held talks with Mr Ghani and the country's Chief Executive Abdullah Abdullah, and announced that India had handed over three Mi-25 attack helicopters to the Afghan armed forces.

Addressing Afghan lawmakers, PM Modi said India would stand with the people of Afghanistan, and in what was seen as a reference to Pakistan, warned against those who sheltered terrorism.

The Prime Minister had flown to Kabul from Moscow, where he held the annual summit with President Vladimir Putin on Thursday.

The Lahore stop comes two weeks after External Affairs Minister Sushma Swaraj travelled to Islamabad for a regional conference on Afghanistan and the two countries announced a "comprehensive bilateral dialogue". The Foreign Secretaries of the two countries are scheduled to meet in Islamabad in the middle of January to work out the modalities and schedule of the talks.

The Congress accused the government of conducting Pakistan policy on impulse. Ms Swaraj defended the stop on Twitter, calling it an act of statesmanship.

In Lahore, shopkeepers near the airport said they had only learnt of the visit from television. "We thought it was a joke," said one.

Story first published: December 25, 2015 17:02 IST

Read More
Pak Media Hails Modi's 'Birthday Diplomacy'
Arun Jaitley, Congress Spar Over DDCA
Modi In Moscow: India, Russia Sign 16 Agreements

Track Latest News Live on NDTV.com | Follow NDTV on WhatsApp

Tags: PM Modi, Nawaz Sharif, Lahore, Kabul, India-Pakistan Ties"""))

A.append(dict(id="h53-09", source="bbc.com",
url="https://www.bbc.com/news/world-asia-china-62897430",
published_at="2022-09-14", body="""BBC | Home | News | Sport | Weather | iPlayer

Cookies on the BBC website: we use cookies to give you the best online experience. Let us know if you agree to all of these cookies.

Asia | China

Xi Jinping leaves China for first time since Covid pandemic began

14 September 2022

Image caption: Xi Jinping was welcomed by Kassym-Jomart Tokayev at the airport in Nur-Sultan. Image source: Reuters

Chinese President Xi Jinping has arrived in Kazakhstan, his first trip outside China in almost 1,000 days, days before a congress of the ruling Communist Party expected to hand him a third term as leader.

He was met at the airport in the capital Nur-Sultan on Wednesday by President Kassym-Jomart Tokayev, who later presented him with the Order of the Golden Eagle, the country's highest honour. The two leaders held talks at the Akorda presidential palace, where Mr Xi said China would always support Kazakhstan in defending its "independence, sovereignty and territorial integrity".

The remark was seen as a pointed message at a time when Russia's invasion of Ukraine has unsettled Central Asian governments.

It was in Kazakhstan, in 2013, that Mr Xi first announced the initiative that became the Belt and Road, and the country is a key transit route for Chinese trains bound for Europe.

Mr Xi was due to fly on to Samarkand in Uzbekistan later on Wednesday for a state visit and a summit of the Shanghai Cooperation Organisation (SCO), which will be held on Thursday and Friday. He was expected to hold talks with President Shavkat Mirziyoyev.

The most closely watched encounter will be with Russian President Vladimir Putin. Kremlin foreign policy aide Yuri Ushakov told reporters in Moscow on Tuesday that the two leaders would meet in Samarkand, their first face-to-face talks since the invasion of Ukraine began in February, and that Ukraine and Taiwan would be discussed.

Mr Ushakov said Mr Putin would also hold meetings on the sidelines with Indian Prime Minister Narendra Modi and Turkish President Recep Tayyip Erdogan, who will attend as a guest. No meeting between Mr Xi and Mr Modi has been announced, more than two years after a deadly clash between their troops in the Himalayas.

Mr Xi last travelled abroad in January 2020, when he visited Myanmar, shortly before Covid-19 swept across the world. Since then he has taken part in summits by video link, including the G20 in Rome last year.

Analysts say the trip is intended to show that Mr Xi is in full control before the party congress on 16 October. "He would not leave the country unless he was absolutely certain of his position at home," said a London-based China scholar.

Beijing has refused to condemn Moscow's invasion, but it has avoided giving direct military support. Western officials will be watching for any sign that Mr Xi is prepared to go further.

Mr Xi is also expected to travel to Indonesia in November for the G20 summit in Bali, where a meeting with US President Joe Biden is being discussed.

More on this story
China's Xi to visit Kazakhstan in first trip abroad since pandemic
Putin and Xi: How close are they?
Xi and Biden hold two-hour call amid Taiwan tensions

Related Topics: China, Kazakhstan, Xi Jinping, Vladimir Putin, Uzbekistan

Share | Copyright 2022 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h53-10", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-17/biden-cancels-australia-visit-quad-sydney-albanese/102357218",
published_at="2023-05-17", body="""ABC News | Just In | For You | Politics | World | Business | Analysis

Quad summit in Sydney scrapped after Joe Biden postpones Australia leg of trip amid debt-ceiling fight

By political reporter Tom Lowrey
Posted Wed 17 May 2023 at 7:35am, updated Wed 17 May 2023 at 12:48pm

Photo: Anthony Albanese says he spoke with Joe Biden on Tuesday night. (AP: Evan Vucci)

Key points:
- US President Joe Biden has postponed planned visits to Papua New Guinea and Australia
- The Quad leaders' meeting in Sydney next week will not go ahead
- Indian PM Narendra Modi will still travel to Sydney

The Quad leaders' summit planned for Sydney next week has been called off after US President Joe Biden cut short his trip to the region to deal with a looming debt default at home.

The White House said Mr Biden would still travel to Japan on Wednesday for the G7 summit in Hiroshima, where he is set to hold talks with Prime Minister Fumio Kishida on Thursday, but would return to Washington on Sunday, dropping a historic stop in Port Moresby and a visit to Australia.

Prime Minister Anthony Albanese said Mr Biden had phoned him on Tuesday night to explain the decision and apologise, and had invited him to Washington for an official visit, the arrangements for which were still to be worked out.

Mr Albanese said he would try to meet the other Quad leaders in Hiroshima instead, where he will attend the G7 as an invited guest.

Indian Prime Minister Narendra Modi is still expected to arrive in Sydney early next week for a bilateral visit, Mr Albanese said, including a community event at Qudos Bank Arena in Homebush on Tuesday that is expected to draw more than 20,000 people.

Mr Biden was to have been the first sitting US president to visit Papua New Guinea, where he was due to meet Pacific Islands leaders and sign a new security agreement. The White House said Secretary of State Antony Blinken would now travel to Port Moresby in his place on Monday.

The PNG government said it was disappointed. Prime Minister James Marape said on Tuesday that he understood the US President had "domestic issues" to attend to.

The opposition said the cancellation was an embarrassment for the government, while the Greens said it showed how much the alliance depended on US domestic politics.

The Sydney summit was to have brought together Mr Biden, Mr Albanese, Mr Modi and Japan's Mr Kishida. Mr Albanese was upbeat, saying the relationship would not suffer and that the decision reflected a domestic issue in the United States.

Mr Biden's trip to Australia would have been his first as president. He was to address federal parliament in Canberra.

Posted 17 May 2023

Related stories
Modi to address Indian diaspora in Sydney despite Quad cancellation
Farrell back from Beijing after first trade talks in three years
PNG's Marape disappointed but 'understands' Biden decision

Topics: Government and Politics, Foreign Affairs, United States, Papua New Guinea, Australia

Share | Email | Facebook | X"""))

A.append(dict(id="h53-11", source="politico.eu",
url="https://www.politico.eu/article/pedro-sanchez-alexander-de-croo-israel-netanyahu-ramallah-abbas-rafah/",
published_at="2023-11-23", body="""POLITICO | Newsletters | Podcasts | Poll of Polls | Events | Pro

Sánchez and De Croo meet Netanyahu and Abbas, head to Rafah crossing

The Spanish and Belgian prime ministers want to use their back-to-back EU presidencies to press for a two-state solution.

By Aitor Hernández-Morales
November 23, 2023 9:12 pm CET

Spanish Prime Minister Pedro Sánchez and his Belgian counterpart Alexander De Croo met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Thursday, at the start of a two-day trip to the Middle East that will take them to the Rafah border crossing between Egypt and Gaza on Friday.

The joint visit, by the leader of the country that holds the rotating presidency of the Council of the EU and the leader of the country that will take it over in January, was meant to show that Europe wants a role in what happens after the war, officials in both delegations said.

Sánchez told Netanyahu that Israel had the right to defend itself but had to do so within international humanitarian law, according to his office, and told reporters afterwards that the number of civilians, many of them children, killed in Gaza was unbearable.

The two leaders also met President Isaac Herzog and visited Kibbutz Be'eri, one of the communities attacked by Hamas on October 7. Netanyahu's office said he had told the visitors that Israel would keep fighting until Hamas was destroyed.

In the afternoon, Sánchez and De Croo crossed into the occupied West Bank to see Palestinian Authority President Mahmoud Abbas in Ramallah, where they discussed the delivery of humanitarian aid and a Spanish proposal for an international peace conference.

On Friday the two prime ministers are expected to travel to the Egyptian side of the Rafah crossing before heading to Cairo for talks with President Abdel Fattah al-Sisi, according to the Spanish government's published schedule.

The trip coincides with the expected start of a four-day pause in the fighting that will allow the release of some hostages held in Gaza.

Spain and Belgium have been among the EU countries most critical of Israel's military response. De Croo, whose country takes over the Council presidency on January 1, said the bloc needed to speak with one voice, a reference to divisions among member states over calls for a ceasefire.

An Israeli official, speaking on condition of anonymity, said the government was "not expecting much" from the visit.

The Spanish Socialist leader was sworn in for a new term only last week, after securing the support of Catalan separatists in a controversial amnesty deal.

Read next:
Borrell to tour Middle East with message on 'day after' Gaza
Macron calls Netanyahu, urges 'humanitarian truce'
EU's von der Leyen under fire over Israel trip

This article is part of POLITICO Pro

Sign up for Brussels Playbook

Share: X | Facebook | LinkedIn | Email"""))

A.append(dict(id="h53-12", source="thejakartapost.com",
url="https://www.thejakartapost.com/indonesia/2024/11/10/prabowo-wraps-up-china-trip-heads-to-washington.html",
published_at="2024-11-10", body="""The Jakarta Post | Subscribe | Log in

IDX 7,287.19 ▲ +44.12 | USD/IDR 15,670 | JCI Live

Politics
Prabowo wraps up Beijing visit, en route to Washington on first overseas tour

Yvette Tanamal and Nur Janti | The Jakarta Post
Jakarta | Sun, November 10, 2024 | 02:14 pm

President Prabowo Subianto (left) shakes hands with Chinese President Xi Jinping during a welcome ceremony at the Great Hall of the People in Beijing on Saturday. (Antara/Hafidz Mubarak A.)

President Prabowo Subianto departed Beijing on Sunday morning for Washington, DC, the second stop on a marathon two-week trip that will also take him to Peru, Brazil and the United Kingdom, after a state visit to China that produced business deals worth US$10 billion and a joint statement that has drawn criticism at home.

Prabowo, who was sworn in on October 20, held talks with President Xi Jinping at the Great Hall of the People on Saturday, followed by a state banquet. He also met Premier Li Qiang and Zhao Leji, the chairman of the National People's Congress Standing Committee, and attended a business forum at which Indonesian and Chinese companies signed agreements on food security, green energy and health.

The joint statement issued after the talks said the two countries had reached "an important common understanding on joint development in areas of overlapping claims", a phrase some analysts read as a shift from Indonesia's long-held position that it has no overlapping claims with China in the South China Sea. The Foreign Ministry said in a statement that the wording did not mean Indonesia recognised the so-called nine-dash line.

In Washington, Prabowo is scheduled to meet President Joe Biden at the White House on Tuesday, Foreign Minister Sugiono said, before flying to Lima for the Asia-Pacific Economic Cooperation (APEC) leaders' meeting later in the week.

He will then attend the Group of 20 summit in Rio de Janeiro, after which he is due in London for an official visit to the UK later this month, where he is expected to meet Prime Minister Keir Starmer and King Charles III.

Earlier this week Prabowo posted a video online showing him congratulating US president-elect Donald Trump by phone. The president said the two had talked about meeting in person in future.

Observers said the itinerary reflected Prabowo's wish to keep a balance between the major powers. "He goes to Beijing first and then to Washington in the same week. The message is that Indonesia is friends with everyone," said a researcher at the Centre for Strategic and International Studies in Jakarta.

Prabowo, a former defence minister, has said he intends to take a more active role in foreign affairs than his predecessor Joko Widodo.

The long tour has raised questions about domestic priorities. Some lawmakers said the trip would have to show concrete results for voters at home.

Read also:
Cabinet ministers wrap up retreat at Magelang military academy
Indonesia joins BRICS as partner country, says minister
Rupiah weakens ahead of Fed decision

Most popular
Jakarta floods displace thousands
Starbucks Indonesia owner shares rise

Topics: Prabowo Subianto, China, United States, foreign policy

Share | Tweet | WhatsApp
Copyright 2016 - 2024 PT. Bina Media Tenggara"""))
