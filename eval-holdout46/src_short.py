# Short items (300-1,100 characters), h46-27 .. h46-40
S = []

S.append(dict(id="h46-27", source="tagesschau.de",
url="https://www.tagesschau.de/inland/scholz-erdogan-besuch-berlin-100.html",
published_at="2023-11-17", body="""tagesschau

Stand: 17.11.2023 19:48 Uhr

Scholz empfängt Erdogan: Deutliche Worte zum Nahost-Krieg

Bundeskanzler Olaf Scholz hat den türkischen Präsidenten Recep Tayyip Erdogan im Kanzleramt empfangen. Bei der gemeinsamen Pressekonferenz traten die Differenzen über den Krieg zwischen Israel und der Hamas offen zutage.

Erdogan warf Israel vor, in Gaza Krankenhäuser und Kinder anzugreifen. Scholz widersprach und betonte, das Existenzrecht Israels sei für Deutschland "nicht verhandelbar". Beide Seiten sprachen sich für humanitäre Pausen aus.

Es ist Erdogans erster Besuch in Deutschland seit der Berliner Libyen-Konferenz im Januar 2020. Themen waren auch Migration, die Modernisierung der Zollunion und der Kauf von Eurofightern, den Ankara anstrebt.

Mehr zum Thema
Scholz telefoniert erneut mit Netanjahu

Teilen: Facebook | X | WhatsApp | E-Mail"""))

S.append(dict(id="h46-28", source="deccanherald.com",
url="https://www.deccanherald.com/india/jaishankar-to-visit-pakistan-for-sco-meeting-no-bilateral-talks-mea-3216470",
published_at="2024-10-04", body="""Deccan Herald

Jaishankar to travel to Pakistan for SCO meeting; no bilateral talks, says MEA

DHNS | New Delhi | Last Updated: 04 October 2024, 18:22 IST

External Affairs Minister S Jaishankar will lead the Indian delegation to the meeting of the Shanghai Cooperation Organisation's Council of Heads of Government in Islamabad on October 15-16, the Ministry of External Affairs said on Friday.

It will be the first visit by an Indian foreign minister to Pakistan since Sushma Swaraj attended the Heart of Asia conference in Islamabad in December 2015.

MEA spokesperson Randhir Jaiswal said the visit was "for the SCO meeting, and for nothing else", and that no bilateral meeting with Pakistani leaders had been sought.

Follow us on: Google News | WhatsApp | Telegram"""))

S.append(dict(id="h46-29", source="nairametrics.com",
url="https://nairametrics.com/2024/11/28/tinubu-arrives-paris-state-visit-macron/",
published_at="2024-11-28", body="""Nairametrics | Business News

Tinubu arrives in Paris for state visit, first by a Nigerian president in 24 years

President Bola Tinubu arrived in Paris on Wednesday evening for a state visit at the invitation of French President Emmanuel Macron, the first state visit by a Nigerian leader to France since Olusegun Obasanjo in 2000.

Presidential spokesman Bayo Onanuga said the two leaders would hold talks on Thursday at the Elysee Palace, with trade, energy, agriculture and security in the Sahel on the agenda. Tinubu is also expected to meet French business leaders.

Macron last visited Lagos in 2018.

NGX ASI 97,648.33 ▲ 0.21% | USD/NGN 1,690.20

Read also: Naira gains at official market as FX inflows rise"""))

S.append(dict(id="h46-30", source="business-standard.com",
url="https://www.business-standard.com/economy/news/modi-sanchez-inaugurate-tata-airbus-c295-plant-in-vadodara-124102800412_1.html",
published_at="2024-10-28", body="""Business Standard

Modi, Sanchez inaugurate Tata-Airbus C295 plant in Vadodara

Press Trust of India | Vadodara | Oct 28 2024 | 1:15 PM IST

Prime Minister Narendra Modi and his Spanish counterpart Pedro Sanchez on Monday inaugurated the Tata Advanced Systems facility in Vadodara that will build C295 military transport aircraft, the first private-sector final assembly line for military aircraft in India.

Sanchez, who is on a three-day visit to India, the first by a Spanish prime minister in 18 years, held a roadshow with Modi in the city before the ceremony. He will travel to Mumbai on Tuesday.

Sensex 79,402 ▲ 0.76% | Nifty 24,181 ▲ 0.30%

Topics: Narendra Modi | Pedro Sanchez | Airbus | Tata Group"""))

S.append(dict(id="h46-31", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2025/09/16/prime-minister-carney-travel-mexico",
published_at="2025-09-16", body="""Prime Minister of Canada

News release

Prime Minister Carney to travel to Mexico

September 16, 2025
Ottawa, Ontario

The Prime Minister, Mark Carney, today announced that he will travel to Mexico City, Mexico, from September 17 to 18, 2025.

While in Mexico, Prime Minister Carney will meet with the President of Mexico, Claudia Sheinbaum Pardo, to deepen the Canada-Mexico partnership, expand trade and investment, and strengthen security cooperation. The Prime Minister will also meet with Mexican business leaders.

The Prime Minister and President Sheinbaum last met at the G7 Leaders' Summit in Kananaskis, Alberta, in June.

Media contacts: Prime Minister's Office, media@pmo-cpm.gc.ca"""))

S.append(dict(id="h46-32", source="ticotimes.net",
url="https://ticotimes.net/2023/06/12/honduras-castro-meets-xi-in-beijing",
published_at="2023-06-12", body="""The Tico Times | Central America

Honduras' Castro meets Xi in Beijing after switching ties from Taiwan

Honduran President Xiomara Castro met Chinese President Xi Jinping in Beijing on Monday, in her first visit to China since her government broke off relations with Taiwan in March.

Castro, who arrived on Friday for a six-day state visit, also opened the new Honduran embassy in the Chinese capital. The two governments signed 17 cooperation agreements, and Honduras said it would seek to join the Belt and Road Initiative.

Photo: Xinhua

Support independent journalism in Costa Rica. Donate today.

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h46-33", source="menanews24.info",
url="https://menanews24.info/2024/10/iran-fm-araghchi-cairo-sisi-first-visit/",
published_at="2024-10", body="""Iran FM Araghchi in Cairo, meets Sisi in first such visit in over a decade

Iranian Foreign Minister Abbas Araghchi held talks with Egyptian President Abdel Fattah el-Sisi in Cairo on Thursday, the first visit by an Iranian foreign minister to Egypt in more than ten years.

Araghchi also met his Egyptian counterpart Badr Abdelatty. The talks focused on Gaza and Lebanon and the risk of a wider regional war.

The Cairo stop follows visits to Jordan and Bahrain earlier in the week. Araghchi is due in Turkey on Friday.

Egypt and Iran have not had full diplomatic relations since 1980.

Source: agencies

Trending: Gold prices | Oil | Dollar rate"""))

S.append(dict(id="h46-34", source="cnbctv18.com",
url="https://www.cnbctv18.com/world/trump-asia-trip-xi-meeting-kim-markets-19702241.htm",
published_at="2025-10-24", body="""CNBC-TV18

Trump leaves for Asia; Xi meeting in focus, Kim encounter 'possible'

US President Donald Trump departed on Friday for a five-day Asia tour, with markets focused on his planned meeting with Chinese President Xi Jinping in South Korea next Thursday.

Trump will first stop in Kuala Lumpur for the ASEAN summit, where he is expected to witness the signing of a peace agreement between Thailand and Cambodia. He then travels to Tokyo for talks with new Prime Minister Sanae Takaichi, before heading to Gyeongju for the APEC meetings and talks with President Lee Jae-myung.

Trump told reporters he would be "open" to meeting North Korea's Kim Jong Un, though no meeting has been arranged.

Nifty 25,795 ▼ 0.38% | USD/INR 87.84"""))

S.append(dict(id="h46-35", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2024-08/07/amir-receives-phone-call-from-iranian-president",
published_at="2024-08-07", body="""Qatar News Agency

Amir Receives Phone Call from Iranian President

Doha, August 07 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call on Wednesday from President of the Islamic Republic of Iran HE Dr. Masoud Pezeshkian.

During the call, they discussed the latest developments in the region, particularly the dangerous escalation, and the efforts to reach a ceasefire in the Gaza Strip.

QNA

Other News
Prime Minister and Minister of Foreign Affairs Meets US Secretary of State
Qatar Condemns Attack on School in Gaza"""))

S.append(dict(id="h46-36", source="pmo.gov.sg",
url="https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-11th-Malaysia-Singapore-Leaders-Retreat",
published_at="2025-01-07", body="""Prime Minister's Office Singapore

Newsroom

PM Lawrence Wong at the 11th Malaysia-Singapore Leaders' Retreat

7 January 2025

Prime Minister Lawrence Wong was in Putrajaya from 6 to 7 January 2025 for the 11th Malaysia-Singapore Leaders' Retreat, at the invitation of Malaysian Prime Minister Anwar Ibrahim. It was PM Wong's first Leaders' Retreat as Prime Minister.

The two Prime Ministers witnessed the signing of the Agreement on the Johor-Singapore Special Economic Zone, as well as MOUs on personal data protection and green economy cooperation.

The 12th Leaders' Retreat will be held in Singapore.

Topics: Foreign Affairs | Malaysia"""))

S.append(dict(id="h46-37", source="akipress.com",
url="https://akipress.com/news:796214:Japarov,_Rahmon_sign_border_treaty_in_Bishkek/",
published_at="2025-03", body="""AKIpress News Agency

Japarov, Rahmon sign border treaty in Bishkek

Presidents Sadyr Japarov and Emomali Rahmon signed the treaty on the Kyrgyz-Tajik state border in Bishkek on Thursday, ending a dispute that led to deadly clashes in 2021 and 2022.

Rahmon is on a state visit to Kyrgyzstan, his first since 2019. The two presidents also agreed to restore air links and reopen border crossings.

The leaders of the two countries and Uzbekistan are expected to meet in the Tajik city of Khujand at the end of the month.

Tags: Kyrgyzstan, Tajikistan, border"""))

S.append(dict(id="h46-38", source="africanewsdigest.net",
url="https://africanewsdigest.net/kagame-tshisekedi-doha-meeting",
published_at=None, body="""Kagame, Tshisekedi meet in Doha in surprise talks

Rwandan President Paul Kagame and Congolese President Felix Tshisekedi met in Doha on Tuesday in talks hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, their first direct meeting since the M23 rebels seized Goma in January.

A joint statement called for an "immediate and unconditional ceasefire". A meeting planned for Luanda in December collapsed when Kagame did not attend.

Related: M23 pulls out of Angola-mediated talks"""))

S.append(dict(id="h46-39", source="economictimes.indiatimes.com",
url="https://economictimes.indiatimes.com/news/economy/foreign-trade/india-uk-sign-fta-chequers/articleshow/122891456.cms",
published_at="2025-07", body="""The Economic Times

India, UK sign free trade agreement at Chequers

India and the United Kingdom on Thursday signed a Comprehensive Economic and Trade Agreement during Prime Minister Narendra Modi's visit to London, three years after talks began. Commerce Minister Piyush Goyal and British Business and Trade Secretary Jonathan Reynolds signed the pact in the presence of Modi and Prime Minister Keir Starmer.

The deal will remove tariffs on 99% of Indian exports to the UK and lower duties on British whisky and cars.

Modi will travel on to the Maldives on Friday as guest of honour at its Independence Day celebrations.

Sensex ▼ 542 pts | ET Markets"""))

S.append(dict(id="h46-40", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1218010",
published_at="2024-01-29", body="""Philippine News Agency

PBBM departs for 2-day state visit to Vietnam

By Jose Miguel Lagman | January 29, 2024, 10:41 am

MANILA - President Ferdinand R. Marcos Jr. on Monday left for Hanoi for a two-day state visit to Vietnam, where he is expected to meet President Vo Van Thuong and Prime Minister Pham Minh Chinh.

In his departure speech, Marcos said the Philippines and Vietnam would sign agreements on rice trade and on cooperation between their coast guards.

Marcos last met Chinh on the sidelines of the ASEAN Summit in Jakarta in September. (PNA)

Share: Facebook | X | Viber"""))
