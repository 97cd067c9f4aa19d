# Short items (300-1,100 characters), h69-27 .. h69-40
S = []

S.append(dict(id="h69-27", source="le360.ma",
url="https://fr.le360.ma/politique/yair-lapid-a-rabat-premiere-visite-dun-chef-de-la-diplomatie-israelienne-depuis-2003/",
published_at="2021-08-11", body="""Yaïr Lapid à Rabat, première visite d'un chef de la diplomatie israélienne depuis 2003

Par Karim Benslimane | Le 11/08/2021 à 18h20

Le ministre israélien des Affaires étrangères, Yaïr Lapid, est arrivé ce mercredi à Rabat pour une visite officielle de deux jours, à l'invitation de son homologue Nasser Bourita.

Les deux ministres ont signé trois accords portant sur les consultations politiques, la culture et le sport, ainsi que les services aériens. M. Lapid doit inaugurer jeudi le bureau de liaison d'Israël à Rabat, avant de se rendre à Casablanca.

Il s'agit de la première visite d'un ministre israélien des Affaires étrangères au Maroc depuis celle de Silvan Shalom en 2003.

Partager : Facebook | Twitter | WhatsApp
Mots-clés : Maroc, Israël, Bourita, Lapid"""))

S.append(dict(id="h69-28", source="jordannews.jo",
url="https://www.jordannews.jo/Section-109/News/Safadi-in-Damascus-meets-Assad-first-visit-since-2011-27144",
published_at="2023-02", body="""Safadi in Damascus, meets Assad in first visit since 2011

Jordan News | Amman

Foreign Minister Ayman Safadi met Syrian President Bashar al-Assad in Damascus on Wednesday, the first visit by a Jordanian foreign minister to Syria since the start of the conflict in 2011.

Safadi conveyed a message of solidarity from His Majesty King Abdullah II following the devastating earthquake that struck northern Syria and southern Türkiye on February 6, the Foreign Ministry said. He also met his Syrian counterpart Faisal Mekdad.

Jordan has dispatched planes carrying relief aid to both countries. Safadi was scheduled to travel on to Türkiye later on Wednesday for talks with Foreign Minister Mevlüt Çavuşoğlu.

Tags: Jordan, Syria, Earthquake, Safadi
Share | Comments (6)"""))

S.append(dict(id="h69-29", source="newsroom.com.pa",
url="https://newsroom.com.pa/en/2025/02/02/rubio-mulino-canal-talks",
published_at="2025-02-02", body="""USD/PAB 1.00 | Canal transits today: 34

Rubio meets Mulino in Panama City as canal pressure mounts

US Secretary of State Marco Rubio met President José Raúl Mulino at the Palacio de las Garzas on Sunday, on the first foreign trip of his tenure, amid President Donald Trump's threats to "take back" the Panama Canal.

Mulino said after the meeting that the canal's sovereignty was "not in question" and that Panama would not renew its 2017 memorandum with China on the Belt and Road Initiative. Rubio also met Foreign Minister Javier Martínez-Acha and toured the Miraflores Locks.

Rubio heads to El Salvador on Monday, followed by Costa Rica, Guatemala and the Dominican Republic.

Related: Mulino: 'The canal is Panamanian and will remain so'
Newsletter: Get Panama's top stories every morning"""))

S.append(dict(id="h69-30", source="worldnewsdesk24.net",
url="https://worldnewsdesk24.net/middle-east/bennett-makes-first-official-visit-by-israeli-pm-to-bahrain/",
published_at="2022-02-15", body="""Bennett makes first official visit by Israeli PM to Bahrain

Posted by admin | February 15, 2022

Israeli Prime Minister Naftali Bennett landed in Manama on Monday evening on the first official visit by an Israeli premier to Bahrain, and met King Hamad bin Isa Al Khalifa and Crown Prince Salman bin Hamad on Tuesday.

The two sides discussed economic and technological cooperation and the threats posed by Iran, Bennett's office said. The visit comes two weeks after Defense Minister Benny Gantz signed a defense cooperation memorandum in Manama.

Source: agencies

You may also like:
Top 10 smartphones under $300
Oil jumps above $95 on Ukraine fears

Leave a comment"""))

S.append(dict(id="h69-31", source="timesofoman.com",
url="https://timesofoman.com/article/131402-hm-the-sultan-to-begin-state-visit-to-iran-on-sunday",
published_at="2023-05-27", body="""HM the Sultan to begin state visit to Iran on Sunday

Muscat: His Majesty Sultan Haitham bin Tarik will begin a state visit to the Islamic Republic of Iran on Sunday, at the invitation of President Ebrahim Raisi, the Diwan of Royal Court said in a statement.

During the two-day visit, His Majesty will hold talks with the Iranian president on bilateral relations and regional and international developments. He will be accompanied by an official delegation including the Minister of Foreign Affairs, Sayyid Badr bin Hamad Albusaidi.

The visit follows His Majesty's state visit to Egypt earlier this month.

Times of Oman | Oman News Agency

Stay updated: Follow Times of Oman on WhatsApp"""))

S.append(dict(id="h69-32", source="foreignminister.gov.au",
url="https://www.foreignminister.gov.au/minister/penny-wong/media-release/travel-middle-east",
published_at="2024-01-16", body="""Media release
Travel to the Middle East

16 January 2024

Minister for Foreign Affairs, Senator the Hon Penny Wong

I will travel to the United Arab Emirates, Jordan, Israel and the Palestinian Territories this week.

In Israel, I will meet with counterparts to reiterate Australia's support for Israel's right to defend itself, and Australia's call for the protection of civilians and for humanitarian access to Gaza.

In Ramallah, I will meet with Palestinian Authority officials. In Jordan and the UAE, I will discuss the regional situation and efforts to prevent the conflict from spreading.

Media enquiries
Minister's office: (02) 6277 7500
DFAT Media Liaison: (02) 6261 1555"""))

S.append(dict(id="h69-33", source="newtimes.co.rw",
url="https://www.newtimes.co.rw/article/27311/news/politics/rwanda-drc-sign-peace-agreement-in-washington",
published_at="2025-06-27", body="""Rwanda, DR Congo sign peace agreement in Washington

By Eric Mugisha Habimana

Foreign Affairs Minister Olivier Nduhungirehe and his DR Congo counterpart Thérèse Kayikwamba Wagner on Friday signed a peace agreement at the US State Department in Washington, witnessed by US Secretary of State Marco Rubio.

The two ministers were later received by President Donald Trump at the White House. Trump said he hoped to host President Paul Kagame and President Félix Tshisekedi to sign further arrangements "soon".

The agreement provides for a joint security coordination mechanism and a regional economic integration framework.

Related: Qatar-facilitated Doha talks between Kinshasa and M23 continue
Share | 3 comments"""))

S.append(dict(id="h69-34", source="mideastnotebook.blogspot.com",
url="https://mideastnotebook.blogspot.com/2023/01/netanyahu-uae-trip-postponed.html",
published_at="2023-01-03", body="""Netanyahu's UAE trip postponed

Prime Minister Benjamin Netanyahu's planned visit to the United Arab Emirates, which was to have been his first trip abroad since returning to office, has been postponed, his office said on Tuesday, citing "scheduling issues".

Israeli media linked the delay to National Security Minister Itamar Ben Gvir's visit to the Temple Mount earlier in the day, which the UAE condemned in a statement. No new date was given.

Posted by M. Sharabi at 9:12 PM | 2 comments
Labels: Israel, UAE, Abraham Accords"""))

S.append(dict(id="h69-35", source="agbi.com",
url="https://www.agbi.com/infrastructure/2024/04/iraq-turkey-qatar-uae-sign-development-road-deal/",
published_at="2024-04-22", body="""Brent $87.00 ▼ -0.3% | IQD/USD 1,310

Iraq, Turkey, Qatar and UAE sign Development Road deal as Erdogan visits Baghdad

Transport ministers of Iraq, Turkey, Qatar and the UAE signed a memorandum of understanding on Monday to cooperate on the $17 billion Development Road, a rail and road corridor from Iraq's Grand Faw port to the Turkish border.

The signing in Baghdad was witnessed by Turkish President Recep Tayyip Erdogan, on his first visit to Iraq in 12 years, and Prime Minister Mohammed Shia Al-Sudani. The two leaders also signed a strategic framework agreement on water.

Erdogan travels on to Erbil later on Monday.

AGBI | Sign up to our newsletter"""))

S.append(dict(id="h69-36", source="buenosairesherald.com",
url="https://buenosairesherald.com/politics/milei-arrives-in-israel-pledges-embassy-move-to-jerusalem",
published_at="2024-02", body="""Milei arrives in Israel, pledges embassy move to Jerusalem

President Javier Milei arrived in Israel on Tuesday on his first bilateral trip abroad and was received at Ben Gurion airport by Foreign Minister Israel Katz. He said he would move Argentina's embassy to Jerusalem.

Milei held talks with Prime Minister Benjamin Netanyahu and President Isaac Herzog on Wednesday and visited the Western Wall.

From Israel he will travel to Rome, where he is due to meet Prime Minister Giorgia Meloni and to be received by Pope Francis at the Vatican.

MERVAL 1,048,220 ▲ 1.2% | Official dollar ARS 829.50

Share | Tags: Milei, Israel, Foreign policy"""))

S.append(dict(id="h69-37", source="egyptindependent.com",
url="https://www.egyptindependent.com/chinese-fm-wang-yi-in-cairo-kicks-off-african-tour/",
published_at="2024-01-14", body="""Chinese FM Wang Yi in Cairo, kicks off African tour

Foreign Minister Sameh Shoukry received his Chinese counterpart Wang Yi in Cairo on Sunday, the first stop on Wang's annual trip to Africa.

The two ministers discussed the war in Gaza, Red Sea shipping and bilateral cooperation, and issued a joint statement calling for an immediate ceasefire. Wang also called on President Abdel Fattah al-Sisi.

Wang will go on to Tunisia, Togo and Cote d'Ivoire, Chinese foreign ministry spokesperson Mao Ning said.

Most read: Egypt's pound slides on parallel market
Follow us on Facebook | X"""))

S.append(dict(id="h69-38", source="libyaobserver.ly",
url="https://libyaobserver.ly/news/meloni-tripoli-eni-noc-sign-8-billion-gas-deal",
published_at="2023-01-28", body="""Meloni in Tripoli as Eni, NOC sign $8 billion gas deal

Italian Prime Minister Giorgia Meloni arrived in Tripoli on Saturday for talks with Prime Minister Abdul Hamid Dbeibah, the first visit by a European leader to Libya since the 2022 political split.

In their presence, Eni chief Claudio Descalzi and NOC chairman Farhat Bengdara signed an $8 billion agreement to develop two offshore gas fields. The two governments also discussed migration across the central Mediterranean.

Meloni was in Algiers last week, where she secured pledges of more gas supplies.

Libya Observer | Support independent journalism"""))

S.append(dict(id="h69-39", source="japantoday.com",
url="https://japantoday.com/category/politics/kamikawa-visits-israel-urges-humanitarian-pauses",
published_at="2023-11", body="""Kamikawa visits Israel, urges humanitarian pauses

Foreign Minister Yoko Kamikawa held talks with Israeli Foreign Minister Eli Cohen in Tel Aviv on Friday and urged humanitarian pauses in the fighting in Gaza, becoming the first Japanese cabinet minister to visit Israel since the October 7 attack.

Kamikawa will head to Ramallah later Friday to meet Palestinian Authority Foreign Minister Riyad al-Maliki, and will then travel to Amman on Saturday for talks with Jordanian Foreign Minister Ayman Safadi.

© KYODO

Sponsored links | 14 Comments"""))

S.append(dict(id="h69-40", source="asiadailymirror.info",
url="https://asiadailymirror.info/2024/01/marcos-in-hanoi-vietnam-philippines-sign-coast-guard-rice-deals",
published_at=None, body="""Marcos in Hanoi: Vietnam, Philippines sign coast guard, rice deals

Philippine President Ferdinand Marcos Jr. held talks with Vietnamese President Vo Van Thuong in Hanoi on Tuesday, on the first day of a two-day state visit.

The two sides signed memoranda of understanding on incident prevention in the South China Sea, coast guard cooperation and rice trade. Marcos also met Communist Party General Secretary Nguyen Phu Trong and Prime Minister Pham Minh Chinh.

Mirrored from partner site | Report broken link

Trending: Bitcoin ETF inflows | Typhoon season outlook"""))
