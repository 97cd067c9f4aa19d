# Medium wire-style stories (1,200-2,000 characters), h82-13 .. h82-26
M = []

M.append(dict(id="h82-13", source="barrons.com",
url="https://www.barrons.com/news/macron-welcomes-xi-to-paris-presses-him-on-ukraine-trade-3f9a1c2e",
published_at="2024-05-06", body="""By AFP - Agence France Presse
May 6, 2024

Macron Welcomes Xi To Paris, Presses Him On Ukraine, Trade

French President Emmanuel Macron welcomed Chinese leader Xi Jinping to the Elysee Palace on Monday, urging him to use his influence with Moscow to help end the war in Ukraine and to accept "fair rules" in trade with Europe.

Xi, on his first trip to Europe in five years, arrived in Paris on Sunday afternoon and was greeted at Orly airport by Prime Minister Gabriel Attal. The state visit coincides with the 60th anniversary of diplomatic ties between France and the People's Republic, established by Charles de Gaulle in 1964.

Monday's programme began with a three-way meeting with European Commission chief Ursula von der Leyen, followed by bilateral talks and a state banquet. On Tuesday, Macron is taking his guest to the Tourmalet pass in the Pyrenees, where he spent holidays as a child.

"The future of our continent will very clearly depend on our ability to continue to develop balanced relations with China," Macron said.

Xi said China was "not the creator of the Ukraine crisis, nor a party to it", and called for an Olympic truce during the Paris Games.

Macron last travelled to China in April 2023, when he was hosted by Xi in Beijing and Guangzhou.

From France, Xi will travel to Serbia, arriving on Tuesday evening on the 25th anniversary of NATO's bombing of the Chinese embassy in Belgrade, and then to Hungary, where he is due to hold talks with Prime Minister Viktor Orban. Both countries maintain close ties with Moscow.

bur-fff/jm/sbk

© 2024 AFP

Most Popular
Stocks Mixed As Traders Eye Fed Speakers
Oil Prices Rise On Gaza Ceasefire Uncertainty
Gold Edges Higher Ahead Of Fed Minutes

This stream of news is provided by Agence France Presse and was not edited by Barron's staff."""))

M.append(dict(id="h82-14", source="english.news.cn",
url="https://english.news.cn/20240819/b6a2e3c1d4f54e2b9a7f0c8e1d3a5b7f/c.html",
published_at="2024-08-19", body="""Xi holds talks with To Lam, calls for building China-Vietnam community with shared future

Source: Xinhua | Editor: huaxia | 2024-08-19 20:47:31

BEIJING, Aug. 19 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China (CPC) Central Committee and Chinese president, held talks in Beijing on Monday with To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee and Vietnamese president, who is on a state visit to China.

Xi congratulated To Lam on his election as general secretary of the CPV Central Committee, noting that he has chosen China as the destination of his first foreign visit after taking office, which fully demonstrates the high importance he attaches to relations between the two parties and two countries.

Recalling his visit to Vietnam in December last year, when the two sides agreed to build a China-Vietnam community with a shared future that carries strategic significance, Xi said the two sides should strengthen strategic communication and deepen cooperation in railways, highways and ports.

To Lam said Vietnam regards relations with China as a top priority and a strategic choice in its foreign policy.

After the talks, the two leaders witnessed the signing of 14 cooperation documents in areas including railway connectivity, trade, health, media and people-to-people exchanges.

Prior to the talks, Xi held a grand welcome ceremony for To Lam at the Great Hall of the People. To Lam arrived in Guangzhou on Sunday, where he visited sites associated with President Ho Chi Minh's revolutionary activities.

Photo: Xi Jinping holds talks with To Lam at the Great Hall of the People in Beijing, capital of China, Aug. 19, 2024. (Xinhua/Ju Peng)

Other news
Chinese premier to pay official visits to Russia, Belarus
China's Wang Yi meets Malaysian foreign minister
China's summer grain output hits record

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h82-15", source="reuters.com",
url="https://www.reuters.com/world/middle-east/saudi-crown-prince-visits-turkey-first-time-since-khashoggi-killing-2022-06-22/",
published_at="2022-06-22", body="""Saudi crown prince visits Turkey for first time since Khashoggi killing

By Orhan Yilmazer and Aziz Al-Haddad

ANKARA, June 22 (Reuters) - Saudi Crown Prince Mohammed bin Salman arrived in Ankara on Wednesday for his first visit to Turkey since the 2018 murder of journalist Jamal Khashoggi in the Saudi consulate in Istanbul, as the two regional powers seek to turn the page on years of hostility.

President Tayyip Erdogan welcomed the crown prince with an official ceremony at the presidential palace, followed by one-on-one talks and a dinner, Turkish officials said. The two were expected to discuss energy, investment and a possible currency swap line as Turkey battles soaring inflation.

Erdogan travelled to Jeddah in April, after Turkey transferred the trial of the Saudi suspects in the Khashoggi case to Riyadh.

Prince Mohammed arrived from Jordan, where he had talks with King Abdullah on Tuesday, after a stop in Cairo on Monday with President Abdel Fattah al-Sisi.

The tour comes three weeks before U.S. President Joe Biden is due to visit Saudi Arabia, on a July 13-16 trip to the Middle East that begins in Israel. The White House has said Biden will meet the crown prince as part of a broader meeting with Saudi leaders in Jeddah.

(Reporting by Orhan Yilmazer in Ankara and Aziz Al-Haddad in Dubai; Editing by Jonathan Spicer and Alex Richardson)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Biden defends planned Saudi trip, says it is not about oil
Turkey's inflation hits 24-year high of 73.5%
Israel's coalition moves to dissolve parliament

Cookie policy | Get the Reuters app | Sign up for the Daily Briefing newsletter"""))

M.append(dict(id="h82-16", source="gov.uk",
url="https://www.gov.uk/government/news/pm-meeting-with-prime-minister-netanyahu-19-october-2023",
published_at="2023-10-19", body="""Cookies on GOV.UK
We use some essential cookies to make this website work. Accept additional cookies | Reject additional cookies | View cookies

Home > Government > International affairs

Press release
PM meeting with Prime Minister Netanyahu: 19 October 2023

Prime Minister Rishi Sunak met Prime Minister Benjamin Netanyahu of Israel in Jerusalem today.

From: Prime Minister's Office, 10 Downing Street and The Rt Hon Rishi Sunak MP
Published 19 October 2023

The Prime Minister met Israeli Prime Minister Benjamin Netanyahu in Jerusalem today.

The Prime Minister expressed his deepest condolences for the horrific loss of life in the terrorist attack by Hamas on 7 October, and reiterated the UK's unwavering support for Israel's right to defend itself in line with international law.

The leaders discussed the importance of opening routes for humanitarian aid into Gaza as soon as possible, and the Prime Minister welcomed Israel's decision to allow supplies to enter through the Rafah crossing. The Prime Minister also raised the need to take every possible step to protect civilians.

Earlier, the Prime Minister met President Isaac Herzog and families of British victims of the attack, including relatives of those believed to be held hostage.

The Prime Minister will travel to Saudi Arabia later today for talks with Crown Prince Mohammed bin Salman, and will visit Egypt tomorrow, where he will meet President Abdel Fattah al-Sisi to discuss the humanitarian situation and preventing a wider regional escalation.

Related content
PM call with President Biden: 17 October 2023
PM call with King Abdullah II of Jordan: 16 October 2023
PM statement to the House of Commons on Israel: 16 October 2023

Explore the topic
Foreign affairs | Middle East

Is this page useful? Yes | No
Report a problem with this page

All content is available under the Open Government Licence v3.0, except where otherwise stated
© Crown copyright"""))

M.append(dict(id="h82-17", source="tass.com",
url="https://tass.com/politics/1693512",
published_at="2023-10-19", body="""TASS | Russian News Agency
Politics | World | Business & Economy | Military & Defense | Science & Space

Kim Jong Un receives Lavrov in Pyongyang

The Russian top diplomat is on a two-day official visit to the DPRK

PYONGYANG, October 19. /TASS/. Chairman of the State Affairs of the Democratic People's Republic of Korea (DPRK) Kim Jong Un received Russian Foreign Minister Sergey Lavrov in Pyongyang on Thursday, the Russian Foreign Ministry said.

Lavrov arrived in Pyongyang on Wednesday evening on an official visit at the invitation of DPRK Foreign Minister Choe Son Hui. On Thursday the two ministers held talks at the Mansudae Assembly Hall, during which they discussed the implementation of the agreements reached by the two countries' leaders at the Vostochny cosmodrome in September, as well as the situation on the Korean Peninsula and in Ukraine.

"The leaders agreed to expand cooperation in all areas, and today we discussed how this can be done in practice," Lavrov said.

Lavrov flew to Pyongyang from Beijing, where he had accompanied President Vladimir Putin at the third Belt and Road Forum for International Cooperation.

Kim Jong Un invited Putin to visit the DPRK during their talks at Vostochny, and the Russian leader accepted the invitation. Kremlin spokesman Dmitry Peskov on Wednesday declined to confirm media reports that the visit could take place before the end of the year, saying that dates would be agreed through diplomatic channels.

In July, a Russian military delegation headed by Defense Minister Sergei Shoigu visited Pyongyang for celebrations of the 70th anniversary of the end of the Korean War.

Other news
Russian, Chinese leaders discuss Middle East in Beijing
Lukashenko to visit Kazakhstan in November

All news | Press review | Newsletter

TASS is Russia's leading news agency. Reproduction is allowed only with reference to TASS."""))

M.append(dict(id="h82-18", source="aa.com.tr",
url="https://www.aa.com.tr/en/middle-east/turkish-foreign-minister-fidan-meets-syria-s-new-leader-in-damascus/3430215",
published_at="2024-12-22", body="""Anadolu Ajansı | English

MIDDLE EAST

Turkish foreign minister meets Syria's new leader al-Sharaa in Damascus

Hakan Fidan is first Turkish foreign minister to visit Syrian capital in more than 13 years

Merve Aydoğan-Bayram | 22.12.2024 - Update : 22.12.2024

DAMASCUS

Turkish Foreign Minister Hakan Fidan on Sunday met Ahmed al-Sharaa, the leader of Syria's new administration, in the Syrian capital Damascus.

The two held talks at the People's Palace and later addressed a joint press conference, where Fidan said Türkiye would stand by the Syrian people in rebuilding their country and called for the lifting of international sanctions "as soon as possible".

Al-Sharaa said the new administration would announce its plan for the integration of armed groups into a national army and that there would be "no place" for weapons outside state control.

Fidan's visit is the first by a Turkish foreign minister to Damascus since 2011. Türkiye's intelligence chief Ibrahim Kalin visited the city on Dec. 12, days after the fall of the Assad regime.

Separately, Jordanian Foreign Minister Ayman Safadi is expected in Damascus on Monday for talks with al-Sharaa, according to Jordan's Foreign Ministry.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related news
Türkiye reopens embassy in Damascus after 12 years
Erdogan: Türkiye will not allow terror groups to exploit Syria transition

Photo: Turkish Foreign Minister Hakan Fidan and Syria's Ahmed al-Sharaa in Damascus, Dec. 22, 2024 (Turkish Foreign Ministry - Anadolu Agency)

Share | Print"""))

M.append(dict(id="h82-19", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20180526003452315",
published_at="2018-05-26", body="""Yonhap News Agency
National | North Korea | Economy | Market | Sports | Culture

(LEAD) Moon, Kim hold surprise second summit at Panmunjom

SEOUL, May 26 (Yonhap) -- President Moon Jae-in and North Korean leader Kim Jong-un held an unannounced second summit on Saturday at the border village of Panmunjom, Cheong Wa Dae said, two days after U.S. President Donald Trump called off his planned summit with Kim.

The two leaders met for two hours at Tongilgak, a building on the northern side of the truce village, Moon's spokesman Yoon Young-chan said. Moon will announce the outcome himself on Sunday morning, he added.

Officials said the two discussed ways to implement the Panmunjom Declaration adopted at their first summit on April 27 and how to ensure the success of the North Korea-U.S. summit.

The meeting came after Trump, in a letter to Kim on Thursday, cancelled the June 12 summit in Singapore, citing the "tremendous anger and open hostility" in recent North Korean statements. A day later, Trump said the summit could still take place on the same date if things went well, and both sides are reported to be talking again.

Moon had returned from Washington on Thursday morning, after his talks with Trump at the White House on Tuesday.

Photo: President Moon Jae-in (R) and North Korean leader Kim Jong-un at Tongilgak in Panmunjom on May 26, 2018. (Yonhap)

(END)

Keywords: #Moon Jae-in #Kim Jong-un #inter-Korean summit

Copyright(c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent, and forbids the content from being learned and used by artificial intelligence systems."""))

M.append(dict(id="h82-20", source="en.antaranews.com",
url="https://en.antaranews.com/news/334212/prabowo-arrives-in-washington-after-beijing-visit",
published_at="2024-11-11", body="""ANTARA News | Indonesian News Agency

JCI 7,266.47 ▼ -0.2% | IDR/USD 15,678 ▼

Prabowo arrives in Washington, set to meet Biden on Tuesday

Washington DC (ANTARA) - President Prabowo Subianto arrived at Joint Base Andrews outside Washington on Sunday evening local time, continuing his first overseas tour since taking office on October 20.

The head of state was welcomed by the Indonesian Ambassador-designate and officials of the US State Department, before heading to his hotel. He is scheduled to hold talks with President Joe Biden at the White House on Tuesday, with cooperation on trade, defense and energy transition on the agenda.

Prabowo flew in from Beijing, where he had talks with President Xi Jinping and witnessed the signing of business deals worth about US$10 billion.

After Washington, the president will attend the APEC Economic Leaders' Meeting in Lima, Peru, and the G20 Summit in Rio de Janeiro, Brazil, before travelling to London for talks with British Prime Minister Keir Starmer, according to the Cabinet Secretary Teddy Indra Wijaya.

Prabowo earlier spoke by phone with US President-elect Donald Trump to congratulate him on his election victory, a video of which was shared on social media.

Reporter: Fathur Rochman
Editor: Rahmad Nasution
Copyright © ANTARA 2024

Related news
Indonesia, China agree joint development in overlapping claims area
Prabowo: Indonesia to stay non-aligned
Foreign minister Sugiono meets Japanese counterpart in Jakarta

Share: Facebook | X | WhatsApp | Telegram"""))

M.append(dict(id="h82-21", source="gna.org.gh",
url="https://gna.org.gh/2025/03/mahama-visits-mali-burkina-faso-niger/",
published_at="2025-03-09", body="""Ghana News Agency | Home | Politics | Business | Regional | Sports

Politics
President Mahama ends visits to Mali, Burkina Faso and Niger

By GNA Correspondent

Accra, March 9, GNA - President John Dramani Mahama has ended a two-day working visit to the three countries of the Alliance of Sahel States (AES), during which he held talks with the military leaders of Mali, Burkina Faso and Niger.

On Saturday, the President was in Bamako, where he was received by Mali's transitional President, General Assimi Goïta, before flying to Ouagadougou for talks with Burkina Faso's Captain Ibrahim Traoré. He concluded the tour in Niamey on Sunday with a meeting with General Abdourahamane Tiani, head of Niger's military government.

A statement issued by the Presidency said the talks covered security cooperation against terrorism in the Sahel, trade and the free movement of people following the three countries' withdrawal from the Economic Community of West African States (ECOWAS) in January.

President Mahama said Ghana would "maintain open channels" with its northern neighbours and that a rupture between ECOWAS and the AES would benefit no one. Ghana has appointed a special envoy to the Alliance.

The President is expected to brief ECOWAS Chairman and Nigerian President Bola Ahmed Tinubu on the outcome of the visits.

GNA

Other news
Cedi gains against dollar on forex market
Gov't to review 2025 budget allocations for education
Black Stars: Otto Addo names squad for World Cup qualifiers

Share: Facebook | X | WhatsApp | LinkedIn

Ghana News Agency © 2025. All rights reserved."""))

M.append(dict(id="h82-22", source="abcnews.go.com",
url="https://abcnews.go.com/International/wireStory/putin-agrees-halt-strikes-ukraine-energy-infrastructure-call-119913514",
published_at="2025-03-18", body="""ABC News | Video | Live | Shows | 538

International

Putin agrees to halt strikes on Ukraine's energy infrastructure after call with Trump

By The Associated Press
March 18, 2025, 5:41 PM

WASHINGTON -- Russian President Vladimir Putin agreed Tuesday to stop targeting Ukraine's energy infrastructure for 30 days after a lengthy phone call with President Donald Trump, but he stopped short of backing the full ceasefire the U.S. had proposed.

The White House said the two leaders agreed that negotiations on a maritime ceasefire in the Black Sea and a broader peace would begin "immediately" in the Middle East. The Kremlin said Putin insisted that any deal must include an end to foreign military aid and intelligence sharing for Kyiv.

Trump's envoy Steve Witkoff said on Fox News that U.S. and Russian technical teams would meet in Saudi Arabia on Sunday. Witkoff held talks with Putin in Moscow last week.

The call, which lasted more than 90 minutes, was the second publicly announced conversation between the two presidents since Trump returned to the White House.

Trump said he would speak with Ukrainian President Volodymyr Zelenskyy on Wednesday to brief him. Zelenskyy said Ukraine would support a halt to strikes on energy targets but wanted details.

Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.

Top Stories
Stocks slide as tariff worries return
Judge blocks deportation flights under wartime law
Astronauts stuck on space station finally head home

Related: Live updates | Russia-Ukraine war"""))

M.append(dict(id="h82-23", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/487702/Egypt/Politics-/Sisi-calls-Assad,-Erdogan-to-offer-condolences-aft.aspx",
published_at="2023-02-07", body="""Ahram Online
Egypt | World | Business | Opinion | Sports | Arts & Culture

Sisi calls Assad, Erdogan to offer condolences after deadly quake

Ahram Online , Tuesday 7 Feb 2023

President Abdel-Fattah El-Sisi made phone calls on Tuesday to Syrian President Bashar Al-Assad and Turkish President Recep Tayyip Erdogan to offer Egypt's condolences over the victims of Monday's devastating earthquake, presidential spokesman Ahmed Fahmy said.

During the call with Assad, the first publicly announced phone conversation between the two leaders, El-Sisi expressed Egypt's solidarity with the Syrian people and affirmed Cairo's readiness to provide urgent humanitarian assistance.

In his call with Erdogan, the president expressed his deepest sympathy to the Turkish people and wished a speedy recovery to the injured. Fahmy said Erdogan thanked the president for the gesture.

The two presidents shook hands for the first time in Doha in November on the sidelines of the opening ceremony of the FIFA World Cup, in a gesture that both sides said would pave the way for improved ties.

Egypt dispatched aircraft carrying medical supplies and rescue teams to both countries on Tuesday, the foreign ministry said.

The death toll from the 7.8-magnitude quake, which struck southern Turkey and northern Syria early on Monday, has passed 5,000.

Short link: https://english.ahram.org.eg/News/487702.aspx

Related
Sisi heads to New Delhi as chief guest at India's Republic Day
Shoukry: Egypt stands ready to help earthquake victims
EGX30 ends week in green

Comments | Share: Facebook | Twitter | Email"""))

M.append(dict(id="h82-24", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38232/Visit_of_Prime_Minister_to_Brunei_Darussalam",
published_at="2024-09-04", body="""Ministry of External Affairs, Government of India
Media Center | Press Releases

Visit of Prime Minister to Brunei Darussalam (September 03-04, 2024)

September 04, 2024

1. Prime Minister Shri Narendra Modi held bilateral talks with His Majesty Sultan Haji Hassanal Bolkiah, the Sultan and Yang Di-Pertuan of Brunei Darussalam, at Istana Nurul Iman in Bandar Seri Begawan today. This is the first ever bilateral visit by an Indian Prime Minister to Brunei Darussalam.

2. Prime Minister arrived in Bandar Seri Begawan yesterday and was welcomed at the airport by His Royal Highness Crown Prince Haji Al-Muhtadee Billah.

3. The visit marks the 40th anniversary of the establishment of diplomatic relations between India and Brunei Darussalam. The two leaders agreed to elevate the bilateral relationship to an Enhanced Partnership and discussed cooperation in defence, trade and investment, energy, space technology, health and capacity building.

4. An MoU on cooperation in the operation of a Telemetry, Tracking and Telecommand station for satellite and launch vehicles was signed in the presence of the two leaders.

5. His Majesty hosted a lunch in honour of Prime Minister.

6. Prime Minister will depart for Singapore later today, where he will hold talks with Prime Minister Lawrence Wong.

Bandar Seri Begawan
September 04, 2024

Other news
Visit of Prime Minister to Ukraine (August 23, 2024)
Joint Statement on Strategic Partnership between India and Poland
Transcript of Special Briefing by Secretary (East) on PM's visit to Brunei and Singapore

Share | Print | Feedback

Content owned by Ministry of External Affairs, Government of India"""))

M.append(dict(id="h82-25", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/world/trump-xi-phone-call-trade-rare-earths-5168211",
published_at="2025-06-06", body="""CNA | Singapore | Asia | World | Business | Commentary

STI 3,899.12 ▲ 0.3% | USD/SGD 1.2880 ▼ | USD/CNY 7.1836 ▼ | Brent US$65.34 ▲

World

Trump and Xi talk trade in long-awaited phone call; trade teams to meet again

WASHINGTON/BEIJING: US President Donald Trump and Chinese President Xi Jinping spoke by phone for about 90 minutes on Thursday (Jun 5), their first confirmed conversation since Trump returned to office in January, as a truce in their tariff war showed signs of fraying.

Trump said on social media that the call, which Chinese state media said took place at the US side's request, had "resulted in a very positive conclusion" and that there should "no longer be any questions" about rare earth exports.

Xi told Trump the two sides should make good use of the mechanism established in Geneva, where US and Chinese officials agreed last month to suspend most tariffs for 90 days, Xinhua said.

On Friday, Trump said Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer would meet Chinese representatives in London on Monday.

The two leaders also invited each other to visit, Trump said, adding that he and his wife had accepted. Neither side gave a date.

Source: Reuters/fs

Newsletter: Get our pick of top stories in your inbox | Download the CNA app

Also worth reading
Wang Yi to visit Europe as EU-China summit approaches
Malaysia's Anwar meets Trump on sidelines? Officials say no plans
Singapore core inflation eases

Bookmark | Share: WhatsApp | Telegram | Facebook | X"""))

M.append(dict(id="h82-26", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-holds-talks-with-us-president-joe-biden-post269211.vnp",
published_at="2023-09-11", body="""VietnamPlus | Politics | Business | Society | World | Sci-Tech | Travel

Party chief holds talks with US President Joe Biden, relations elevated to comprehensive strategic partnership

Hanoi (VNA) - General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong held talks with US President Joe Biden, who is on a state visit to Vietnam, at the Party Central Committee's headquarters in Hanoi on September 10.

The two leaders issued a joint leaders' statement on elevating Vietnam-US relations to a comprehensive strategic partnership for peace, cooperation and sustainable development.

Trong said the upgrade marked a new chapter in the relationship, ten years after the two countries established a comprehensive partnership, and nearly 50 years after the end of the war.

Biden said the United States supports a strong, independent, prosperous and resilient Vietnam.

President Biden arrived in Hanoi on the afternoon of September 10, after attending the G20 Summit in New Delhi, India. On September 11 he is scheduled to meet State President Vo Van Thuong and Prime Minister Pham Minh Chinh, and to attend a Vietnam-US investment and innovation summit.

Since the normalisation of relations in 1995, every US president has visited Vietnam. Former President Donald Trump came to Hanoi in February 2019 for his second summit with DPRK leader Kim Jong-un, who paid an official visit to Vietnam during the same trip.

VNA

Photo: Party General Secretary Nguyen Phu Trong (R) and US President Joe Biden at the talks in Hanoi on September 10 (Photo: VNA)

Related news
NA Chairman receives Japanese delegation
Vietnam, Laos strengthen defence ties

Share | Print | Comment"""))
