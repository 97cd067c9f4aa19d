# Medium wire-style stories (1,200-2,000 characters), h47-13 .. h47-26
M = []

M.append(dict(id="h47-13", source="en.irna.ir",
url="https://en.irna.ir/news/85590417/Pezeshkian-arrives-in-Baghdad-on-first-foreign-trip",
published_at="2024-09-11", body="""IRNA English
Sep 11, 2024, 10:32 AM | News ID: 85590417

Pezeshkian arrives in Baghdad on first foreign trip as president

Baghdad, IRNA - Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday morning at the head of a high-ranking political and economic delegation, on his first foreign trip since taking office.

The president was welcomed by Iraqi Prime Minister Mohammed Shia al-Sudani at Baghdad International Airport, and an official welcoming ceremony was later held for him at the government palace. The two sides then held talks and witnessed the signing of 14 memoranda of understanding in fields including trade, agriculture, communications, education, sports and social security.

Foreign Minister Abbas Araghchi, Oil Minister Mohsen Paknejad and Roads and Urban Development Minister Farzaneh Sadegh are among the members of the delegation.

Before leaving Tehran, Pezeshkian told reporters at Mehrabad Airport that Iran and Iraq enjoy "deep and unbreakable" ties and that the visit would open a new chapter in cooperation, particularly in the economic field.

During his three-day stay, the Iranian president is also scheduled to visit the holy cities of Karbala and Najaf, travel to Erbil for talks with officials of the Kurdistan Region, and go to Basra before returning home on Friday.

Tehran and Baghdad signed a security agreement in March 2023 under which Iraq pledged to disarm and relocate Iranian Kurdish opposition groups based near the border.

Pezeshkian will travel to New York later this month to attend the annual session of the UN General Assembly.

Follow IRNA English on X and Telegram

Tags: Pezeshkian, Iraq, Sudani, Baghdad

Related news
Araghchi: Neighbours remain priority of Iran's foreign policy
Iranian, Qatari FMs discuss regional developments by phone"""))

M.append(dict(id="h47-14", source="petra.gov.jo",
url="https://petra.gov.jo/Include/InnerPage.jsp?ID=47281&lang=en&name=en_news",
published_at="2023-02-15", body="""Jordan News Agency (Petra)
Home | Local | Arab & International | Economy | Sports | Photos

Safadi visits Damascus, conveys King's solidarity with Syrian people after earthquake

Amman, Feb. 15 (Petra) -- Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi on Wednesday visited Damascus, where he met with Syrian President Bashar Assad and conveyed His Majesty King Abdullah II's solidarity with the Syrian people following the devastating earthquake that struck Syria and Turkiye on February 6.

Safadi stressed that the Kingdom will continue to send aid to those affected, and that Jordan stands by the brotherly Syrian people in this difficult humanitarian situation.

The foreign minister also held talks with Syrian Foreign Minister Faisal Mekdad on the aid effort and on efforts to reach a political solution to the Syrian crisis in line with UN Security Council Resolution 2254, in a way that preserves Syria's unity and sovereignty, ensures the safe return of refugees and ends drug smuggling across the border.

The visit is the first by a Jordanian foreign minister to Damascus since the outbreak of the crisis in 2011.

His Majesty King Abdullah II had held a phone call with President Assad on February 7, offering condolences for the victims of the earthquake.

--(Petra)

Other news
King receives phone call from Egyptian president
Prime Minister receives Iraqi oil minister
Senate President meets Chinese ambassador

Print | Share

Jordan News Agency (Petra) (c) All rights reserved"""))

M.append(dict(id="h47-15", source="en.mehrnews.com",
url="https://en.mehrnews.com/news/207318/Amir-Abdollahian-arrives-in-Doha",
published_at="2023-10-14", body="""Mehr News Agency
Oct 14, 2023, 4:20 PM | News ID: 207318

Amir-Abdollahian arrives in Doha after Beirut, Damascus stops

TEHRAN, Oct. 14 (MNA) - Iranian Foreign Minister Hossein Amir-Abdollahian arrived in the Qatari capital on Saturday on the final leg of a regional tour amid the war in Gaza.

Upon arrival, the top Iranian diplomat was welcomed by Qatari officials. He is due to meet Qatari Emir Sheikh Tamim bin Hamad Al Thani and Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani during the visit, and is also expected to meet Hamas political bureau chief Ismail Haniyeh.

Amir-Abdollahian began his tour in Baghdad on Thursday, where he met his Iraqi counterpart Fuad Hussein and Prime Minister Mohammed Shia al-Sudani. He then travelled to Beirut, holding talks with caretaker Prime Minister Najib Mikati and Hezbollah Secretary-General Seyyed Hassan Nasrallah, and on Friday went to Damascus, where he was received by Syrian President Bashar al-Assad.

Speaking to reporters in Beirut, Iran's foreign minister warned that if the Zionist regime's attacks on Gaza did not stop, "all options are open," and said the possibility of new fronts opening could not be ruled out.

Iran has praised the October 7 operation by Palestinian resistance groups but denied any role in it.

Tags: Amir-Abdollahian, Qatar, Doha, Gaza

RELATED NEWS
Raisi, Erdogan discuss Gaza in phone call
Iran's FM meets Nasrallah in Beirut

Share: Telegram | X | WhatsApp

(c) Mehr News Agency. All rights reserved."""))

M.append(dict(id="h47-16", source="omannews.gov.om",
url="https://omannews.gov.om/topics/en/79/show/109853",
published_at="2022-06-27", body="""Oman News Agency (ONA)
Home | Local | Arab & International | Economy | Sports | Photos

His Majesty the Sultan, Egyptian President Hold Official Talks

Muscat, 27 June (ONA) --- His Majesty Sultan Haitham bin Tarik and President Abdel Fattah El Sisi of the Arab Republic of Egypt held official talks at Al Alam Palace on Monday, as the Egyptian president began a two-day state visit to the Sultanate of Oman.

His Majesty welcomed the Egyptian president and the accompanying delegation, and the two sides reviewed the fraternal relations between the two countries and ways of enhancing cooperation in various fields, especially investment, trade and tourism, in a manner that serves the interests of the two brotherly peoples.

The talks also dealt with regional and international issues of common concern.

His Majesty the Sultan had received President El Sisi at the Royal Airport upon his arrival earlier in the day, where an official welcome ceremony was held and a 21-gun salute was fired.

The talks were attended by Sayyid Badr bin Hamad bin Hamood Albusaidi, Minister of Foreign Affairs, and on the Egyptian side by Sameh Shoukry, Minister of Foreign Affairs. Several memoranda of understanding between the two governments were exchanged at the end of the session.

--ONA

Other news
Foreign Minister receives written message from Iraqi counterpart, delivered by Iraq's ambassador to the Sultanate
Sayyid Badr receives phone call from Iranian Foreign Minister
Oman participates in Arab League economic council meeting

Print | Share | Oman News Agency (c) 2022"""))

M.append(dict(id="h47-17", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/511460/Egypt/Politics-/Sisi-meets-Irans-Raisi-on-sidelines-of-Riyadh-summit.aspx",
published_at="2023-11-11", body="""Ahram Online
Saturday, 11 November 2023

Egypt | Politics

Sisi meets Iran's Raisi on sidelines of Riyadh summit in first meeting between the two leaders

Ahram Online , Saturday 11 Nov 2023

President Abdel-Fattah El-Sisi met with Iranian President Ebrahim Raisi on Saturday on the sidelines of the joint Arab-Islamic extraordinary summit in Riyadh, the first meeting between the two heads of state.

Presidential spokesman Ahmed Fahmy said the two presidents discussed the war in Gaza, stressing the need for an immediate ceasefire, the delivery of humanitarian aid to the people of the Strip, and preventing the conflict from expanding in a way that threatens regional security and stability.

The meeting also touched on the course of bilateral relations between Egypt and Iran, according to the spokesman.

Raisi's trip to Riyadh is the first by an Iranian president to Saudi Arabia in more than a decade, following the restoration of Saudi-Iranian relations in March.

Sisi arrived in the Saudi capital earlier on Saturday and was received at King Khalid International Airport by Riyadh Governor Prince Faisal bin Bandar.

In his speech at the summit, Sisi warned that the policy of collective punishment in Gaza was "unacceptable" and called for an international investigation into violations of international humanitarian law.

Short link:

Search Keywords: Sisi, Raisi, Iran, Riyadh summit, Gaza

RELATED
Sisi receives phone call from Biden on Gaza aid
Shoukry heads to Riyadh for preparatory ministerial meeting

(c) 2023 Al-Ahram Establishment"""))

M.append(dict(id="h47-18", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-foreign-minister-visits-egypt-first-such-trip-in-11-years/2848711",
published_at="2023-03-18", body="""Anadolu Agency
Politics | Turkiye | World | Economy | Analysis

Turkish foreign minister visits Egypt, first such trip in 11 years

Mevlut Cavusoglu holds talks with Egyptian counterpart Sameh Shoukry in Cairo, says ambassadors to be reappointed 'at the earliest opportunity'

AA | 18.03.2023 - Update : 18.03.2023

CAIRO

Turkish Foreign Minister Mevlut Cavusoglu on Saturday held talks in Cairo with his Egyptian counterpart Sameh Shoukry, the first visit by a Turkish foreign minister to Egypt in 11 years.

At a joint news conference after the meeting, Cavusoglu said the two countries would raise their diplomatic relations to the level of ambassadors "at the earliest opportunity" and that the sides would continue to strengthen ties in all fields.

"We have a common will to improve our relations," Cavusoglu said, thanking Egypt for its solidarity after the February 6 earthquakes in southern Turkiye.

Shoukry visited the earthquake zone in Adana and Mersin in late February, becoming the first Egyptian foreign minister to visit Turkiye in a decade.

Cavusoglu said Shoukry would pay a return visit to Turkiye in the coming weeks, and that a meeting between President Recep Tayyip Erdogan and President Abdel Fattah el-Sisi would be considered after the elections in Turkiye in May.

Erdogan and Sisi shook hands for the first time at the opening ceremony of the FIFA World Cup in Doha in November.

Shoukry said the talks had been "frank and in-depth" and covered Libya, Syria and the eastern Mediterranean.

The two countries downgraded relations in 2013.

Tags: Cavusoglu, Shoukry, Egypt, Turkiye

Share: Facebook | X | LinkedIn

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form."""))

M.append(dict(id="h47-19", source="reuters.com",
url="https://www.reuters.com/world/middle-east/iran-us-begin-indirect-talks-qatar-break-nuclear-impasse-2022-06-28/",
published_at="2022-06-28", body="""Reuters | World | Middle East

Iran, U.S. begin indirect talks in Qatar to break nuclear impasse

By Reuters
June 28, 2022 4:51 PM GMT+3 | Updated 3 hours ago

DOHA, June 28 (Reuters) - Iranian and U.S. negotiators began indirect talks in Qatar on Tuesday aimed at putting the 2015 nuclear deal back on track, with the European Union's Enrique Mora shuttling between the two delegations, which did not meet face to face.

Iran's chief negotiator Ali Bagheri Kani met Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani shortly after arriving in Doha on Tuesday, Iranian state media said. U.S. Special Envoy for Iran Robert Malley arrived on Monday and also met the Qatari foreign minister, a diplomat said.

The talks were moved from Vienna after EU foreign policy chief Josep Borrell visited Tehran on Saturday and met Iranian Foreign Minister Hossein Amir-Abdollahian, breaking a months-long deadlock.

Iranian officials said the Doha talks would focus on lifting U.S. sanctions, and that Tehran would not meet the Americans directly. "We are ready to reach a good and reliable agreement," Bagheri Kani wrote on Twitter.

A State Department spokesperson said Washington was ready to immediately conclude a deal if Iran dropped demands that go beyond the 2015 accord, including the removal of the Revolutionary Guards from a U.S. terrorism list.

Reporting by Reuters staff in Doha and Dubai; Writing by Reuters Middle East desk; Editing by Reuters editors

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h47-20", source="apnews.com",
url="https://apnews.com/article/biden-israel-visit-gaza-hospital-egypt-rafah-aid",
published_at="2023-10-18", body="""AP | World News

Biden visits Israel, says Gaza hospital blast appears to be the work of 'the other team'

By THE ASSOCIATED PRESS
Updated 9:47 PM GMT+3, October 18, 2023

TEL AVIV, Israel (AP) - President Joe Biden visited Israel on Wednesday, pledging unwavering support in its war against Hamas while urging its leaders not to be "consumed" by rage, and said the deadly explosion at a Gaza hospital appeared to have been caused by "the other team," not Israel.

Biden met Prime Minister Benjamin Netanyahu and Israel's war cabinet in Tel Aviv, and announced $100 million in humanitarian aid for Palestinians in Gaza and the West Bank.

The trip was cut short after Jordan called off a summit in Amman that was to have brought Biden together with King Abdullah II, Egyptian President Abdel Fattah el-Sisi and Palestinian President Mahmoud Abbas, following the hospital explosion on Tuesday.

On the flight home, Biden told reporters he had spoken by phone with el-Sisi, who agreed to open the Rafah crossing to let up to 20 trucks of humanitarian aid into Gaza. "He deserves some real credit," Biden said of the Egyptian leader.

Israel said it would not block aid deliveries from Egypt into southern Gaza, as long as the supplies did not reach Hamas.

Associated Press writers in Tel Aviv, Cairo and Washington contributed to this report.

Copyright 2023 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h47-21", source="ina.iq",
url="https://ina.iq/eng/23119-prime-minister-arrives-in-amman-on-official-visit.html",
published_at="2022-11-21", body="""INA - Iraqi News Agency
Home | Politics | Security | Economy | Sports | Culture

Prime Minister arrives in Amman on official visit

Baghdad - INA
Monday, November 21, 2022 | 10:14

Prime Minister Mohammed Shia Al-Sudani arrived in the Jordanian capital, Amman, on Monday morning on an official visit, the first of his foreign trips since the formation of the government.

A statement by the Prime Minister's Media Office, received by the Iraqi News Agency (INA), said that Al-Sudani was received at Marka airport by Jordanian Prime Minister Bisher Al-Khasawneh, and that he will meet with His Majesty King Abdullah II during the visit.

The Prime Minister is accompanied by a delegation that includes Deputy Prime Minister and Minister of Foreign Affairs Fuad Hussein and the ministers of oil, electricity and trade.

The statement added that the talks will cover the Basra-Aqaba oil pipeline project, electrical interconnection between the two countries, and the trilateral cooperation mechanism with Egypt.

Government spokesman Basim Al-Awadi said that the Prime Minister will travel to the State of Kuwait on Wednesday, and that a visit to Tehran will follow before the end of the month.

Follow INA on Telegram

Related
Foreign Minister receives French ambassador
Parliament votes on budget committee members

(c) Iraqi News Agency"""))

M.append(dict(id="h47-22", source="mfa.gov.eg",
url="https://www.mfa.gov.eg/English/Ministry/News/Pages/NewsDetails.aspx?Source=1&NewsID=48213",
published_at="2024-08-05", body="""Ministry of Foreign Affairs - Arab Republic of Egypt
Home | The Ministry | News | Statements | Consular Services

Foreign Minister Abdelatty receives phone call from Iran's Acting Foreign Minister

Cairo, 5 August 2024

Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, received a phone call on Monday from Mr. Ali Bagheri Kani, Acting Minister of Foreign Affairs of the Islamic Republic of Iran.

Ambassador Tamim Khallaf, the official spokesman of the Ministry, said that the call dealt with the dangerous escalation in the region, and that Minister Abdelatty stressed the need for all parties to exercise maximum restraint and avoid steps that would drag the region into an all-out war.

Abdelatty underlined that reaching a ceasefire in Gaza is the key to de-escalation.

Abdelatty discusses regional developments with US Secretary of State

Cairo, 5 August 2024

Minister Abdelatty held a phone call with US Secretary of State Antony Blinken, during which they discussed efforts to contain the escalation and to conclude a ceasefire and hostage release agreement. The Minister emphasized the importance of the United States playing an active role in pushing for de-escalation.

Assistant Minister for Arab Affairs receives Iraqi Ambassador

Cairo, 5 August 2024

The Assistant Minister for Arab Affairs received the Ambassador of the Republic of Iraq in Cairo to discuss preparations for the upcoming session of the joint higher committee.

Print | Share | Other news"""))

M.append(dict(id="h47-23", source="tass.com",
url="https://tass.com/politics/1856832",
published_at="2024-10-11", body="""TASS | Russian News Agency
Politics | World | Business & Economy | Military & Defense

Putin, Pezeshkian hold first meeting in Ashgabat

ASHGABAT, October 11. /TASS/. Russian President Vladimir Putin and Iranian President Masoud Pezeshkian have held their first meeting on the sidelines of an international forum in the Turkmen capital, a TASS correspondent reported.

"Our relations are developing very actively," Putin said at the start of the talks, noting that Russia and Iran had taken common positions on many international issues. He added that the two countries' economic cooperation was growing and that trade had increased in the first half of the year.

Putin reminded his guest that he was expecting him at the BRICS summit in Kazan later this month. "I hope we will continue our dialogue in Kazan," he said. Pezeshkian confirmed he would travel to Kazan.

Kremlin aide Yury Ushakov said earlier that the new comprehensive strategic partnership treaty between the two countries was ready, but would be signed during a separate visit.

Earlier on Friday, Putin held talks with Turkmen President Serdar Berdimuhamedov. Pezeshkian, who arrived in Ashgabat on Thursday, is also taking part in the forum, dedicated to the 300th anniversary of the birth of the Turkmen poet and thinker Magtymguly Pyragy.

The forum, titled "Interrelation of Times and Civilizations - Basis of Peace and Development," brought together leaders of Central Asian and neighboring countries.

Tags: Vladimir Putin, Iran, Turkmenistan, BRICS

Read also
Lavrov, Araghchi discuss Middle East situation by phone
Russian Foreign Ministry: Moscow calls for restraint in Middle East"""))

M.append(dict(id="h47-24", source="barrons.com",
url="https://www.barrons.com/news/qatar-pm-says-good-progress-made-toward-gaza-hostage-deal-after-paris-talks-8f1a2c3d",
published_at="2024-01-29", body="""Barron's | DJIA 38,333.45 +0.59% | S&P 500 4,927.93 +0.76% | Nasdaq 15,628.04 +1.12% | Brent 82.40 -1.49%

Qatar PM Says 'Good Progress' Made Toward Gaza Hostage Deal After Paris Talks

By AFP - Agence France Presse
January 29, 2024

Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani said Monday "good progress" had been made toward a deal to pause fighting in Gaza and free hostages, a day after talks in Paris with US, Israeli and Egyptian officials.

Sheikh Mohammed, who is also Qatar's foreign minister, made the remarks in Washington, where he is holding meetings with senior US officials. On Sunday he met CIA Director William Burns, Mossad chief David Barnea and Egyptian intelligence chief Abbas Kamel in the French capital.

"We have moved from a place where it was a very dire situation to having some common ground," he said at the Atlantic Council think tank. He said a proposal would be passed on to Hamas.

The office of Israeli Prime Minister Benjamin Netanyahu described the Paris talks as "constructive" but said "significant gaps" remained.

The framework under discussion envisages a six-week pause in fighting in exchange for the release of hostages held in Gaza and of Palestinian prisoners held by Israel, according to sources close to the negotiations.

Netanyahu has said Israel will not withdraw its forces from Gaza or release "thousands" of prisoners.

Copyright AFP 2024. All rights reserved.

This content was produced by AFP and is distributed by Barron's. It was not edited by Barron's."""))

M.append(dict(id="h47-25", source="timesofisrael.com",
url="https://www.timesofisrael.com/herzog-meets-jordans-king-abdullah-in-amman-in-first-public-visit-by-israeli-president/",
published_at="2022-03-30", body="""ISRAEL & THE REGION

Herzog meets Jordan's King Abdullah in Amman in first public visit by an Israeli president

Leaders discuss Ramadan tensions, Jerusalem holy sites and climate; visit follows Negev Summit that Jordan chose to skip

By TOI STAFF
30 March 2022, 6:12 pm | 9 comments

President Isaac Herzog traveled to Amman on Wednesday for talks with King Abdullah II, the first publicly announced visit by an Israeli president to the Hashemite kingdom.

The two discussed efforts to keep calm during the upcoming month of Ramadan, which coincides this year with Passover and Easter, as well as climate and regional cooperation, Herzog's office said.

According to the Royal Hashemite Court, the king stressed the need to respect the historical and legal status quo in Jerusalem and its holy sites, and to create a political horizon for the Palestinians.

The visit comes two days after the Negev Summit at Sde Boker, where Foreign Minister Yair Lapid hosted his counterparts from the United States, the United Arab Emirates, Bahrain, Morocco and Egypt. Jordan declined to attend. On Monday, King Abdullah traveled to Ramallah for talks with Palestinian Authority President Mahmoud Abbas.

Earlier in March, Herzog was hosted in Ankara by Turkish President Recep Tayyip Erdogan. Defense Minister Benny Gantz secretly visited Amman in January for talks with the king.

Herzog, whose uncle Yaakov was involved in early contacts with the Jordanian royal family, tweeted after the meeting that the two had held "an important and warm conversation."

Read more:
Lapid: Negev Summit will become a permanent forum
King Abdullah in Ramallah: Jordan stands with Palestinians

Join The Times of Israel Community | Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h47-26", source="en.royanews.tv",
url="https://en.royanews.tv/news/53119/Safadi-arrives-in-Tehran-carrying-message-from-King",
published_at="2024-08-04", body="""Roya News | Jordan | Palestine | Region | World | Live

Safadi arrives in Tehran, carries message from King to Iranian president

Roya News | 04-Aug-2024 | 11:26

Deputy Prime Minister and Foreign Minister Ayman Safadi arrived in Tehran on Sunday, carrying a message from His Majesty King Abdullah II to Iranian President Masoud Pezeshkian, the Foreign Ministry said.

Safadi is scheduled to hold talks with Iran's acting Foreign Minister Ali Bagheri Kani on the dangerous escalation in the region and ways to halt it.

Before leaving Amman, the top Jordanian diplomat told reporters that the visit aimed at "a frank and clear" discussion of differences between the two countries and of how to overcome them. "Jordan will not be a battleground for anyone," he said.

The visit comes days after the assassination of Hamas political leader Ismail Haniyeh in Tehran on Wednesday, which Iran has blamed on Israel and vowed to avenge.

In April, Jordan's air force intercepted Iranian drones that crossed its airspace during Iran's attack on Israel.

Safadi is the first Jordanian foreign minister to visit Iran in nearly a decade. In recent days, he has also spoken with US Secretary of State Antony Blinken and several of his Arab counterparts about the situation.

Most read
Government raises fuel prices for August
Heatwave expected to peak on Tuesday

Download the Roya News app | Follow us on WhatsApp"""))
