# Short items (300-1,100 characters), h60-27 .. h60-40
S = []

S.append(dict(id="h60-27", source="tagesschau.de",
url="https://www.tagesschau.de/newsticker/liveblog-ukraine-freitag-380.html",
published_at="2024-11-15", body="""Liveblog Krieg gegen die Ukraine

15.11.2024 • 17:48 Uhr
Scholz telefoniert erstmals seit fast zwei Jahren mit Putin

Bundeskanzler Olaf Scholz hat nach Angaben eines Regierungssprechers etwa eine Stunde lang mit Kremlchef Wladimir Putin telefoniert. Scholz habe Russland aufgefordert, seine Truppen zurückzuziehen und zu Verhandlungen mit der Ukraine bereit zu sein. Vor dem Gespräch hatte der Kanzler den ukrainischen Präsidenten Wolodymyr Selenskyj informiert. Selenskyj kritisierte das Telefonat später als "Büchse der Pandora".

15.11.2024 • 13:20 Uhr
Bericht: Scholz will heute mit Putin sprechen

Nach Medienberichten plant der Kanzler noch am Nachmittag ein Telefonat mit dem russischen Präsidenten. Die Bundesregierung wollte das zunächst nicht bestätigen.

Mehr zum Thema
Baerbock reist erneut nach Kiew

Teilen: Facebook | X | WhatsApp"""))

S.append(dict(id="h60-28", source="eurasiabrief.substack.com",
url="https://eurasiabrief.substack.com/p/putins-gulf-day-trip-raisi-in-moscow",
published_at="2023-12-07", body="""The Eurasia Brief
Putin's Gulf day trip; Raisi in Moscow

Dec 7, 2023 | Mikhail Aronov

Quick notes this morning, a fuller piece on Sunday.

1. Vladimir Putin spent Wednesday in the Gulf, his first trip to the region since 2019. In Abu Dhabi he was met by MBZ and an escort of fighter jets trailing the Russian tricolour; a few hours later he was in Riyadh for talks with Crown Prince Mohammed bin Salman on oil and on Gaza.

2. Back in Moscow today, Putin receives Iranian President Ebrahim Raisi, who landed at Vnukovo this morning. The Kremlin says Gaza and the North-South transport corridor are on the agenda.

Subscribe for free to receive new posts.

Like | Comment (4) | Restack"""))

S.append(dict(id="h60-29", source="marketscreener.com",
url="https://www.marketscreener.com/news/latest/stocks-edge-higher-after-biden-xi-summit-45311780/",
published_at="2023-11-16", body="""DJIA 34,991.21 ▲ +0.47% | S&P 500 4,508.24 ▲ +0.16% | CSI 300 3,607.48 ▼ -0.61% | USD/CNY 7.2505 | BRENT 81.18

Stocks edge higher after Biden-Xi summit; China shares slip

November 16, 2023 at 08:12 am EST

Global stocks were little changed on Thursday after U.S. President Joe Biden and Chinese leader Xi Jinping met at an estate in Woodside, California, on the sidelines of the APEC gathering in San Francisco, their first face-to-face talks in a year.

The two agreed to resume military-to-military communications and to cooperate on curbing fentanyl production, but investors saw little change in trade policy.

Xi flew into San Francisco on Tuesday.

Most read news
Tencent revenue beats estimates
Oil extends losses on rising U.S. inventories

Copyright © 2023 MarketScreener. All rights reserved."""))

S.append(dict(id="h60-30", source="edition.mv",
url="https://edition.mv/news/34581",
published_at="2024-10", body="""Edition.mv
News | Politics

President Muizzu holds talks with Modi in New Delhi; Maldives, India sign currency swap

President Dr Mohamed Muizzu held official talks with Indian Prime Minister Narendra Modi at Hyderabad House on Monday, on the second day of his first state visit to India.

The two leaders adopted a vision document on a comprehensive economic and maritime security partnership. India's central bank signed a currency swap agreement worth USD 400 million and INR 30 billion with the Maldives Monetary Authority. Modi and Muizzu jointly inaugurated the new runway at Hanimaadhoo International Airport virtually.

Muizzu is accompanied by First Lady Sajidha Mohamed and Foreign Minister Abdulla Khaleel.

Share | 12 Comments"""))

S.append(dict(id="h60-31", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/readouts/2025/06/17/prime-minister-carney-meets-prime-minister-india-narendra-modi",
published_at="2025-06-17", body="""Prime Minister of Canada

Readout

Prime Minister Carney meets with Prime Minister of India Narendra Modi

June 17, 2025
Kananaskis, Alberta

Prime Minister Mark Carney today met with the Prime Minister of India, Narendra Modi, on the margins of the G7 Leaders' Summit in Kananaskis.

The leaders discussed the importance of Canada-India relations, based on shared democratic values and people-to-people ties. They agreed to appoint new high commissioners in their respective capitals and to restore regular services to citizens and businesses.

Prime Minister Carney welcomed Prime Minister Modi's participation in the summit.

Associated links
Prime Minister Carney meets with President of Ukraine Volodymyr Zelenskyy"""))

S.append(dict(id="h60-32", source="worldnews-today.xyz",
url="https://worldnews-today.xyz/erdogan-in-cairo-first-visit-egypt-decade",
published_at="2024-02-14", body="""Erdogan in Cairo for first visit to Egypt in over a decade

Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday for his first visit to Egypt in more than 11 years, and was received at the airport by President Abdel-Fattah el-Sissi.

The two leaders held talks at the Ittihadiya presidential palace on the war in Gaza, trade and energy, and signed a joint declaration reviving a high-level strategic cooperation council. Erdogan said he expected Sissi to visit Turkey and that Ankara had invited him.

Relations soured after the Egyptian military ousted President Mohammed Morsi in 2013. The two leaders first shook hands in Qatar in 2022.

Source: AP

You may also like:
Erdogan, UAE president hold talks in Abu Dhabi"""))

S.append(dict(id="h60-33", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/na/kr/page1e_000672.html",
published_at="2023-05-07", body="""Ministry of Foreign Affairs of Japan

Japan-Republic of Korea Summit Meeting

May 7, 2023

On May 7, commencing at 4:00 p.m. for approximately 100 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting the Republic of Korea, held a Japan-ROK Summit Meeting with H.E. Mr. YOON Suk Yeol, President of the Republic of Korea, in Seoul. The meeting was followed by a dinner.

The two leaders welcomed the full-fledged resumption of "shuttle diplomacy" and agreed to advance cooperation in security, the economy and people-to-people exchanges.

(Reference) Prime Minister Kishida visited the Republic of Korea from May 7 to 8.

Back to Japan-Republic of Korea Relations
Page Top"""))

S.append(dict(id="h60-34", source="angop.ao",
url="https://www.angop.ao/en/noticias/politica/visit-of-us-president-to-angola-postponed/",
published_at="2024-10-08", body="""ANGOP - Angola Press Agency

Visit of US President to Angola postponed

Luanda - The visit that the President of the United States of America, Joe Biden, was due to make to Angola from 13 to 15 October has been postponed, the White House announced on Tuesday.

The postponement is due to the approach of Hurricane Milton towards the state of Florida. Biden's trip to Germany, planned for the end of this week, has also been put off.

The US president had been expected in Luanda for talks with President João Lourenço and a visit to the Lobito Corridor. No new date has been set.

Updated 08/10/2024 19:40

ANGOP | Angola's news agency"""))

S.append(dict(id="h60-35", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking-news/President-AKD-to-visit-India-on-December-15/108-297412",
published_at="2024-12", body="""Daily Mirror - Sri Lanka Latest Breaking News

President AKD to visit India on December 15

President Anura Kumara Dissanayake will undertake a state visit to India from December 15 to 17 at the invitation of Prime Minister Narendra Modi, Cabinet Spokesman Nalinda Jayatissa said today.

It will be the President's first overseas visit since assuming office in September. He will be accompanied by Foreign Minister Vijitha Herath and Deputy Finance Minister Anil Jayantha Fernando.

Government sources said the President is also expected to visit China early next year.

Comments (7) | Add comment

Most viewed
Rice prices to be gazetted from tomorrow"""))

S.append(dict(id="h60-36", source="profit.pakistantoday.com.pk",
url="https://profit.pakistantoday.com.pk/2024/06/08/pakistan-china-sign-23-mous-during-pm-shehbaz-visit/",
published_at="2024-06-08", body="""KSE-100 73,565.92 ▼ -191.51 | USD/PKR 278.32 | GOLD (tola) 246,300 | BRENT 79.62

Profit by Pakistan Today

Pakistan, China sign 23 MoUs during PM Shehbaz's visit

BEIJING: Pakistan and China signed 23 agreements and memorandums of understanding on Friday, covering trade, agriculture, mining, special economic zones and media, after talks between Prime Minister Shehbaz Sharif and Premier Li Qiang at the Great Hall of the People.

Shehbaz also met President Xi Jinping later in the day. The prime minister, who began his five-day visit in Shenzhen on Tuesday, pressed for the second phase of CPEC and for security cooperation following the attack on Chinese engineers in Besham in March.

Share | Tweet | WhatsApp

Read more: Rupee closes flat against dollar"""))

S.append(dict(id="h60-37", source="gov.uk",
url="https://www.gov.uk/government/news/pm-meeting-with-president-zelenskyy-1-march-2025",
published_at="2025-03-01", body="""GOV.UK

Press release
PM meeting with President Zelenskyy: 1 March 2025

From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP
Published 1 March 2025

The Prime Minister welcomed President Zelenskyy to Downing Street this afternoon.

The leaders discussed the path to a just and lasting peace in Ukraine, and the Prime Minister reiterated the UK's unwavering support. They welcomed the signing of a £2.26 billion loan agreement, to be repaid with profits from immobilised Russian assets, by the Chancellor of the Exchequer and Ukraine's Finance Minister.

The leaders looked forward to tomorrow's summit with European leaders at Lancaster House.

Share this page
Is this page useful? Yes | No"""))

S.append(dict(id="h60-38", source="latamwatch.wordpress.com",
url="https://latamwatch.wordpress.com/2024/02/08/milei-in-jerusalem/",
published_at="2024-02", body="""LatAm Watch
Notes on politics south of the Rio Grande

Milei at the Western Wall, next stop Rome

Posted by Inés Calderón

Argentine President Javier Milei spent his first bilateral trip as president in Israel this week. He met Prime Minister Benjamin Netanyahu in Jerusalem and promised to move Argentina's embassy from Tel Aviv to Jerusalem, and was seen weeping at the Western Wall.

His next stop is Italy: he is due in Rome on Sunday for the canonization of Mama Antula, and will meet Prime Minister Giorgia Meloni on Monday. An audience with Pope Francis, whom he once called "the representative of evil on Earth", has been mentioned by Argentine officials but not confirmed by the Vatican.

Filed under: Argentina, Israel, Italy
Leave a comment"""))

S.append(dict(id="h60-39", source="gulfnews.com",
url="https://gulfnews.com/world/gulf/saudi/qatars-emir-arrives-in-alula-for-gcc-summit-1.76512390",
published_at="2021-01-05", body="""Gulf News
Gulf | Saudi

Qatar's Emir arrives in AlUla, embraced by Saudi crown prince

Published: January 05, 2021 14:48

AlUla: Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Saudi Arabia on Tuesday for the 41st Gulf Cooperation Council summit and was greeted with an embrace by Saudi Crown Prince Mohammed bin Salman, a day after Riyadh reopened its borders with Doha.

GCC leaders and Egypt signed the AlUla declaration at the summit, ending a rift that began in 2017. White House senior adviser Jared Kushner attended the signing ceremony.

Highlights
- Saudi airspace reopened to Qatari aircraft
- Kuwait's emir credited with mediation

Follow Gulf News on WhatsApp"""))

S.append(dict(id="h60-40", source="africanewsdesk.top",
url=None,
published_at=None, body="""Africa News Desk

Wang Yi arrives in Namibia on first leg of Africa tour

Chinese Foreign Minister Wang Yi arrived in Windhoek on Sunday, starting a tour of Africa that continues a 35-year tradition of Chinese foreign ministers making the continent their first overseas destination of the year.

Wang held talks with his Namibian counterpart and called on President Nangolo Mbumba. He will go on to the Republic of Congo, Chad and Nigeria, the Chinese foreign ministry said.

Tags: China, Namibia, Africa

Source link"""))
