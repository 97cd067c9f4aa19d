# Short items (300-1,100 characters), h28-27 .. h28-40
S = []

S.append(dict(id="h28-27", source="tagesschau.de",
url="https://www.tagesschau.de/ausland/asien/scholz-usbekistan-kasachstan-reise-100.html",
published_at="2024-09-15", body="""tagesschau.de | Startseite > Ausland > Asien

Kanzler in Zentralasien: Scholz wirbt in Samarkand um Fachkräfte

Stand: 15.09.2024 17:48 Uhr

Bundeskanzler Olaf Scholz ist zu einem Besuch in Usbekistan eingetroffen. In Samarkand kam er mit Präsident Schawkat Mirsijojew zusammen. Beide Regierungen unterzeichneten ein Migrationsabkommen, das die Anwerbung usbekischer Fachkräfte erleichtern und Abschiebungen beschleunigen soll.

Am Montag reist Scholz weiter nach Kasachstan. In Astana will er Präsident Kassym-Schomart Tokajew treffen und am Dienstag an einem Gipfel mit den Staatschefs der fünf zentralasiatischen Staaten teilnehmen.

Mehr zum Thema
Migration: Was das Abkommen mit Usbekistan regeln soll

Dieses Thema im Programm: tagesschau24, 15.09.2024, 17:00 Uhr

Teilen | Drucken"""))

S.append(dict(id="h28-28", source="24.kg",
url="https://24.kg/english/323841_Japarov_and_Rahmon_sign_treaty_on_Kyrgyz-Tajik_state_border/",
published_at="2025-03", body="""24.kg news agency | Politics

Japarov and Rahmon sign treaty on Kyrgyz-Tajik state border

BISHKEK - President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon have signed the Treaty on the Kyrgyz-Tajik State Border, the presidential press service reported.

Emomali Rahmon arrived in Bishkek on a state visit. The document, which covers the entire length of the border of about 980 kilometers, ends decades of disputes that led to deadly armed clashes in 2021 and 2022. The treaty must now be ratified by the parliaments of both countries.

The leaders of Kyrgyzstan, Tajikistan and Uzbekistan are expected to meet in Khujand at the end of March for a trilateral summit, sources in the presidential administration told 24.kg.

Subscribe to 24.kg on Telegram | Share"""))

S.append(dict(id="h28-29", source="timesofisrael.com",
url="https://www.timesofisrael.com/liveblog_entry/herzog-lands-in-ankara-welcomed-by-erdogan-at-presidential-complex/",
published_at="2022-03-09", body="""THE TIMES OF ISRAEL | LIVE BLOG

Herzog welcomed by Erdogan in Ankara in first such visit in 14 years

March 9, 2022, 2:31 pm

President Isaac Herzog is welcomed by Turkish President Recep Tayyip Erdogan at the presidential complex in Ankara with a military honor guard, the first visit to Turkey by an Israeli head of state since 2007.

At a joint press conference, Erdogan calls the visit a "turning point" in relations and says Foreign Minister Mevlut Cavusoglu and Energy Minister Fatih Donmez will travel to Israel soon.

Herzog says the two countries "will not agree on everything" but should try to resolve disagreements "with mutual respect".

Join our WhatsApp channel | Share

Previous entry: Bennett holds another phone call with Putin
Next entry: Gas prices to rise 11% next month"""))

S.append(dict(id="h28-30", source="jns.org",
url="https://www.jns.org/netanyahu-cancels-washington-delegation-after-us-abstains-on-un-vote/",
published_at="2024-03-25", body="""JNS | Israel News

Netanyahu cancels Washington delegation after US abstains on UN Gaza vote

Defense Minister Gallant, already in the US capital, meets national security adviser

(March 25, 2024 / JNS)

Prime Minister Benjamin Netanyahu on Monday called off a planned trip to Washington by Strategic Affairs Minister Ron Dermer and National Security Adviser Tzachi Hanegbi, after the United States abstained on a UN Security Council resolution demanding an immediate ceasefire in Gaza.

The delegation was to have discussed Israel's plans for an operation in Rafah.

Defense Minister Yoav Gallant, who arrived in Washington on Sunday, met White House national security adviser Jake Sullivan on Monday and was also meeting Secretary of State Antony Blinken.

Subscribe to The JNS Daily Syndicate | Support JNS"""))

S.append(dict(id="h28-31", source="newdelhidiplomacynotes.blogspot.com",
url="https://newdelhidiplomacynotes.blogspot.com/2024/08/modi-to-warsaw-and-kyiv-what-we-know.html",
published_at="2024-08", body="""Diplomacy Notes from New Delhi

Modi to Warsaw and Kyiv: what we know

Prime Minister Narendra Modi will pay an official visit to Poland on August 21-22, the first by an Indian prime minister in 45 years, and will then travel to Ukraine on August 23 at the invitation of President Volodymyr Zelensky, the MEA's Secretary (West), Tanmaya Lal, told reporters today.

No Indian PM has visited Ukraine since the two countries established relations in 1992. The trip comes barely six weeks after Modi's visit to Moscow, where his embrace of Vladimir Putin drew sharp criticism from Zelensky. The two last met on the sidelines of the G7 summit in Italy in June.

Posted by R.K. at 9:14 PM | 3 comments
Labels: India, Ukraine, Poland, Modi"""))

S.append(dict(id="h28-32", source="intellinews.com",
url="https://www.intellinews.com/macron-lands-in-astana-seeking-uranium-and-critical-minerals-deals-299812/",
published_at="2023-11-01", body="""bne IntelliNews | Central Asia

Macron lands in Astana seeking uranium and critical minerals deals

French President Emmanuel Macron arrived in Astana on November 1 for talks with Kazakh President Kassym-Jomart Tokayev, at the start of a two-country tour of Central Asia focused on energy and raw materials.

The two sides signed a roadmap on critical minerals and agreements on energy and aviation. Kazakhstan is France's largest supplier of uranium.

Macron travels on to Uzbekistan on Thursday, where he will visit Samarkand and hold talks with President Shavkat Mirziyoyev.

KZT/USD 468.1 | Brent USD 84.6

Subscribe to read the full article. Already a subscriber? Log in"""))

S.append(dict(id="h28-33", source="kyivpost.com",
url="https://www.kyivpost.com/post/tillerson-heads-to-moscow-kremlin-no-putin-meeting-planned",
published_at="2017-04-11", body="""KYIV POST | World

Tillerson heads to Moscow; Kremlin says no Putin meeting planned

Apr. 11, 2017

U.S. Secretary of State Rex Tillerson travels to Moscow on Tuesday evening after a meeting of G7 foreign ministers in Lucca, Italy, and is scheduled to hold talks with Russian Foreign Minister Sergei Lavrov on Wednesday.

Kremlin spokesman Dmitry Peskov told reporters that no meeting between Tillerson and President Vladimir Putin was on the schedule "for now".

Relations between Moscow and Washington have deteriorated since last week's US missile strike on a Syrian air base.

Support independent journalism in Ukraine. Become a member of the Kyiv Post."""))

S.append(dict(id="h28-34", source="i24news.tv",
url="https://www.i24news.tv/en/news/israel/diplomacy/1615460000-netanyahu-s-uae-trip-postponed-amid-jordan-airspace-row",
published_at="2021-03-11", body="""i24NEWS | Israel | Diplomacy

Netanyahu's UAE trip postponed amid row with Jordan over airspace

Prime Minister Benjamin Netanyahu's planned visit to the United Arab Emirates, which was to have been his first official trip to the Gulf state, was postponed on Thursday, his office said.

The announcement followed a dispute with Jordan, which delayed permission for Netanyahu's plane to cross its airspace after Jordanian Crown Prince Hussein called off a visit to the Al-Aqsa Mosque in Jerusalem on Wednesday over disagreements about security arrangements.

The prime minister's office said the trip would be rescheduled "soon".

Watch i24NEWS live | Download our app"""))

S.append(dict(id="h28-35", source="gov.pl",
url="https://www.gov.pl/web/primeminister/prime-minister-donald-tusk-in-kyiv",
published_at="2024-01-22", body="""Chancellery of the Prime Minister | Republic of Poland

Prime Minister Donald Tusk in Kyiv

22.01.2024

Prime Minister Donald Tusk paid a visit to Kyiv on Monday, where he held talks with President Volodymyr Zelensky and Prime Minister Denys Shmyhal.

The talks focused on the situation at the Polish-Ukrainian border, transport and agricultural trade, and further military support for Ukraine. The Prime Minister announced a new loan for the purchase of weapons.

The heads of government agreed that joint consultations of the governments of Poland and Ukraine will take place in Warsaw by the end of March.

Share | Print

Other news: Minister of Finance presents 2024 budget timetable"""))

S.append(dict(id="h28-36", source="hungarytoday.hu",
url="https://hungarytoday.hu/szijjarto-in-minsk-eurasian-security-conference-lukashenko/",
published_at="2024-10-31", body="""Hungary Today | Politics

Szijjarto in Minsk: 'Europe must talk about peace'

Foreign Minister Peter Szijjarto travelled to Minsk on Thursday to address the international conference on Eurasian security, becoming the first EU minister to visit Belarus since 2020. He was received by President Alexander Lukashenko.

On the sidelines of the conference he also held talks with Russian Foreign Minister Sergei Lavrov on energy supplies and on the Paks II nuclear power plant project, Szijjarto said on Facebook.

The trip was criticized by several EU governments.

Support Hungary Today | Newsletter | Share"""))

S.append(dict(id="h28-37", source="caucasusnotebook.wordpress.com",
url="https://caucasusnotebook.wordpress.com/2020/12/10/erdogan-baku-victory-parade/",
published_at="2020-12", body="""Caucasus Notebook
Notes on politics in the South Caucasus

Erdogan in Baku for the victory parade

Turkish President Recep Tayyip Erdogan was in Baku today to watch the military parade marking Azerbaijan's victory in the 44-day war, standing next to Ilham Aliyev on the reviewing stand on Azadliq Square. The two presidents held talks afterwards and spoke of a new chapter for the region.

One detail has already caused trouble: in his speech Erdogan recited a poem about the Aras river that Iran says questions its territorial integrity. Tehran has summoned the Turkish ambassador over it.

Posted in Azerbaijan, Turkey | Leave a comment"""))

S.append(dict(id="h28-38", source="tccb.gov.tr",
url="https://www.tccb.gov.tr/en/news/542/44970/president-erdogan-holds-phone-call-with-president-putin",
published_at="2016-06-29", body="""Presidency of the Republic of Turkey | News

President Erdogan holds phone call with President Putin

29.06.2016

President Recep Tayyip Erdogan held a phone call today with Russian President Vladimir Putin.

President Putin offered his condolences over the terrorist attack at Istanbul Ataturk Airport.

The two leaders agreed to take steps to restore relations and to meet in person. Foreign Minister Mevlut Cavusoglu will meet Russian Foreign Minister Sergey Lavrov in Sochi on 1 July, on the sidelines of a meeting of foreign ministers of the Black Sea Economic Cooperation organisation.

Share | Print"""))

S.append(dict(id="h28-39", source="arabianbusiness.com",
url="https://www.arabianbusiness.com/politics-economics/saudi-crown-prince-arrives-in-doha-on-gulf-tour",
published_at="2021-12-08", body="""Arabian Business | Politics & Economics
TASI 11,012.3 +0.4% | DFM 3,178.1 +0.2% | Brent 75.8

Saudi crown prince arrives in Doha on Gulf tour

Saudi Crown Prince Mohammed bin Salman arrived in Doha on Wednesday and was received by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, his first visit since the end of the boycott of Qatar in January.

The Qatar leg follows stops in Oman and the UAE. The crown prince will go on to Bahrain and Kuwait before the Gulf Cooperation Council summit in Riyadh next week.

Sign up for the Arabian Business newsletter"""))

S.append(dict(id="h28-40", source="worldnewsdaily24.site",
url="https://worldnewsdaily24.site/middle-east/erdogan-baghdad-first-visit-in-12-years-26-agreements",
published_at=None, body="""World News Daily 24 | Middle East

Erdogan in Baghdad on first visit in 12 years, 26 agreements signed

Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday for his first visit to Iraq in more than a decade and held talks with Prime Minister Mohammed Shia al-Sudani on water, energy and security.

The two sides signed 26 memorandums of understanding. Transport ministers of Iraq, Turkey, Qatar and the UAE also signed a quadrilateral memorandum on the Development Road, a planned rail and road corridor from the Gulf to Turkey.

Erdogan was due to travel on to Erbil later on Monday.

Advertisement | Share | You may also like: Gold hits new record"""))
