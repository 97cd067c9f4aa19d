# Long pages (2,500-4,500 characters), h69-01 .. h69-12
A = []

A.append(dict(id="h69-01", source="timesofisrael.com",
url="https://www.timesofisrael.com/blinken-lands-in-israel-on-fourth-regional-tour-since-october-7/",
published_at="2024-01-09", body="""Skip to main content
Sign in | Sign up | Support us

TA-35 1,912.40 ▲ +0.42% | USD/ILS 3.7310 ▼ -0.19% | Brent 77.59 ▲ +1.24%

ISRAEL AT WAR - DAY 95

Blinken lands in Israel on fourth regional tour since October 7, presses for aid and 'day after' plan

Top US diplomat sits down with Netanyahu and war cabinet after talks with Saudi crown prince and UAE leader; Ramallah, Manama and Cairo still ahead

By Dafna Shilo-Reinhart
9 January 2024, 2:47 pm | 41 comments

US Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Tel Aviv on Tuesday, the centerpiece of his fourth trip to Israel since Hamas's October 7 onslaught, as Washington urged its ally to move to a lower-intensity phase of the war in Gaza and to let far more humanitarian aid into the Strip.

Blinken, who landed at Ben Gurion Airport late Monday, was also seeing Defense Minister Yoav Gallant, war cabinet minister Benny Gantz and President Isaac Herzog over the course of the day, and was to brief the full war cabinet at the Kirya in the afternoon, an Israeli official said.

The secretary flew in from Saudi Arabia, where he held talks with Crown Prince Mohammed bin Salman at the crown prince's winter encampment in AlUla on Monday evening. According to a State Department readout, the two discussed "the urgency of reducing regional tensions" and of building "a more integrated and prosperous region" - diplomatic shorthand for the normalization track between Riyadh and Jerusalem that the war put on ice. Earlier the same day Blinken was in Abu Dhabi, where he was received by UAE President Sheikh Mohamed bin Zayed Al Nahyan.

The tour opened on Friday in Istanbul and has since taken him to Crete, Amman and Doha.

Speaking to reporters before leaving Saudi Arabia, Blinken said every Arab partner he had met was prepared to help with Gaza's reconstruction and future governance, provided there was "a practical pathway to a Palestinian state".

"They are ready to make hard decisions. They need to see Israel make some as well," he said.

Israeli officials have been cool to that message. Netanyahu told ministers on Sunday that the war would go on "until all its goals are achieved - the elimination of Hamas, the return of all our hostages and ensuring Gaza never again poses a threat to Israel."

The visit comes a day after the IDF said it had killed Wissam al-Tawil, a senior commander in Hezbollah's elite Radwan Force, in a strike in southern Lebanon - the most senior figure from the group killed since cross-border fire began in October. Hezbollah launched explosive drones at a northern command base near Safed on Tuesday morning in what it called a response; the army reported no injuries.

Blinken is also expected to raise settler violence in the West Bank and the withholding of Palestinian Authority tax revenues, officials traveling with him said.

From Israel, the secretary heads to Ramallah on Wednesday for a meeting with Palestinian Authority President Mahmoud Abbas, before flying to Manama to see Bahrain's King Hamad bin Isa Al Khalifa. He is due to wrap up the trip in Cairo on Thursday with talks with Egyptian President Abdel Fattah el-Sisi, a senior US official said.

Photo: US Secretary of State Antony Blinken, left, with Prime Minister Benjamin Netanyahu in Tel Aviv, January 9, 2024. (Yael Dvir/GPO)

Read more:
- Egypt floats three-stage plan for hostage release, end of fighting - report
- Gallant to Hochstein envoy team: Time for diplomacy in the north is running out
- Hostage families rally outside Knesset ahead of committee session

Do you value our reporting from Israel? Join The Times of Israel Community to support independent journalism and enjoy an ad-free experience.

Most read
1. IDF says it has dismantled Hamas command structure in northern Gaza
2. Watch: Rocket sirens sound in Upper Galilee as drones cross border
3. Opinion: The day after needs a plan, not a slogan

Tags: Antony Blinken | Benjamin Netanyahu | Israel-Hamas war 2023 | US-Israel relations | Saudi Arabia

Share: WhatsApp | Facebook | X | Email | Print"""))

A.append(dict(id="h69-02", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-lands-in-abu-dhabi-on-first-uae-visit-in-nearly-a-decade",
published_at="2022-02-14", body="""BIST 100 2,101.98 ▼ -1.02% | USD/TRY 13.5760 ▲ 0.12% | EUR/TRY 15.3704 ▼ -0.30% | GOLD/GR 787.41 ▲ 0.64%

Follow Daily Sabah on Google News

POLITICS > DIPLOMACY

Erdoğan lands in Abu Dhabi on first UAE visit in nearly a decade

by Sena Yıldırım Kaya
ISTANBUL, Feb 14, 2022 - 5:21 pm GMT+3

President Recep Tayyip Erdoğan arrived in Abu Dhabi on Monday for his first visit to the United Arab Emirates since 2013, the latest step in a diplomatic reset that has seen Ankara mend fences with regional rivals after years of tension.

Erdoğan was welcomed by Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed Al Nahyan with an official ceremony at Qasr Al Watan, where cannons fired a 21-gun salute and jets trailed smoke in the colors of the Turkish flag. The Burj Khalifa in Dubai was lit up in red and white for the occasion.

Following a one-on-one meeting and talks between the delegations, the two sides signed 13 agreements covering the defense industry, health, agriculture, transport, industry and technology, climate and disaster management, and youth, the Presidency's Communications Directorate said.

"We want to carry our cooperation with the UAE to the level of the Gulf's strongest partnership," Erdoğan told reporters in Ankara before his departure. Bilateral trade stood at about $8 billion last year, and the two countries are targeting a comprehensive economic partnership in the coming years.

On Tuesday Erdoğan is expected to attend Türkiye's National Day at Expo 2020 Dubai and meet Dubai Ruler Sheikh Mohammed bin Rashid Al Maktoum, UAE vice president and prime minister.

The visit comes nearly three months after Sheikh Mohamed's trip to Ankara in November, when the UAE announced a $10 billion fund for investments in Türkiye and the central banks of the two countries later signed a currency swap deal worth nearly $5 billion.

Ties between Ankara and Abu Dhabi had been strained for most of the past decade over the Arab uprisings, the Libyan conflict and the 2017 Gulf blockade of Qatar, Türkiye's closest Gulf ally.

Normalization on several tracks

The Abu Dhabi trip is one of several moves on Türkiye's diplomatic calendar. Israeli President Isaac Herzog is expected in Ankara in mid-March, Erdoğan told journalists earlier this month, in what would be the first visit by an Israeli head of state since 2007. Erdoğan and Herzog have spoken by phone several times since Herzog took office last July.

Special envoys of Türkiye and Armenia, retired ambassador Serdar Kılıç and Armenian Deputy Parliament Speaker Ruben Rubinyan, held their first round of normalization talks in Moscow on Jan. 14. They are due to meet again in Vienna on Feb. 24, the Foreign Ministry announced.

With Egypt, two rounds of "exploratory talks" led by deputy foreign ministers were held in Cairo and Ankara last year. A long-touted Erdoğan trip to Saudi Arabia has not been scheduled, though officials in Ankara have said it could come "in the period ahead."

Photo: President Recep Tayyip Erdoğan (L) and Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed Al Nahyan review a guard of honor at Qasr Al Watan, Abu Dhabi, UAE, Feb. 14, 2022. (AA Photo)

RELATED
Türkiye, UAE central banks finalize currency swap
Turkish defense firms eye Gulf market at IDEX
Çavuşoğlu holds phone call with Greek counterpart Dendias

MOST POPULAR
1. Turkish inflation hits 48.7%, highest in 20 years
2. Storm blankets Istanbul in snow, flights canceled
3. Fenerbahçe rally late to edge Konyaspor

Keywords: Erdoğan, UAE, Gulf, Normalization, Mohamed bin Zayed

Share on: Facebook | Twitter | WhatsApp | Telegram"""))

A.append(dict(id="h69-03", source="aljazeera.com",
url="https://www.aljazeera.com/news/2023/3/10/iran-saudi-arabia-agree-to-restore-ties-in-china-brokered-deal",
published_at="2023-03-10", body="""Skip links
Skip to Content
Live

Middle East
Iran and Saudi Arabia agree to restore ties in China-brokered deal

Regional rivals to reopen embassies within two months after seven years of rupture, joint statement says.

Published On 10 Mar 2023 | 10 Mar 2023
Listen to this article | 5 mins

Saudi Arabia and Iran have agreed to re-establish diplomatic relations and reopen their embassies within two months, ending a seven-year rift between the Gulf's two heavyweights in a deal brokered by China.

The agreement was announced on Friday in Beijing after four days of previously undisclosed talks, in a trilateral statement issued by the three countries. It was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Musaed bin Mohammed al-Aiban, Saudi Arabia's national security adviser, with Wang Yi, China's most senior diplomat, standing between them.

Under the deal, the two sides affirmed "respect for the sovereignty of states and non-interference in their internal affairs" and agreed to activate a security cooperation pact signed in 2001 and an earlier agreement on trade, economy and investment.

The foreign ministers of Iran and Saudi Arabia, Hossein Amir-Abdollahian and Prince Faisal bin Farhan, will meet to put the decision into effect and arrange for the return of ambassadors, the statement said.

"The removal of misunderstandings and a forward-looking view in Tehran-Riyadh relations will certainly improve regional stability and security," Shamkhani was quoted as saying by Iranian state media.

Riyadh cut ties with Tehran in 2016 after protesters stormed Saudi diplomatic missions in Iran following the Saudi execution of the prominent Shia cleric Nimr al-Nimr. Iraq and Oman hosted several rounds of talks between officials of the two countries in 2021 and 2022, which laid the ground for Friday's breakthrough.

Wang called the agreement "a victory for dialogue, a victory for peace". Iranian President Ebrahim Raisi made a state visit to Beijing last month, while Chinese President Xi Jinping was in Riyadh in December for a series of summits.

Washington watching

In Washington, White House national security spokesman John Kirby said Riyadh had kept US officials informed about the talks, and that the US welcomed "any efforts to help end the war in Yemen and de-escalate tensions in the Middle East region".

The deal is a diplomatic win for Beijing in a region where the United States has long been the dominant outside power, analysts said.

"The Saudis want to calm things down with Iran so that they can focus on their own economic transformation, and China is the one party with real leverage over Tehran," said Farid Haddadi, a Gulf affairs researcher based in Doha.

The Yemen war, in which a Saudi-led coalition has fought the Iran-aligned Houthis since 2015, was likely to be an early test of the rapprochement. A UN-brokered truce in Yemen expired in October but has largely held.

UN Secretary-General Antonio Guterres welcomed the announcement, as did the foreign ministries of Iraq, Oman, Qatar and the UAE.

Israel, which has been courting Saudi Arabia for normalisation, did not officially comment. Opposition leader Yair Lapid called the deal "a complete and dangerous failure" of the government's foreign policy.

Source: Al Jazeera and news agencies

Advertisement

Related
Iran's Raisi in China for three-day state visit
Explainer: What is behind the Iran-Saudi rivalry?
Houthis, Saudi officials hold talks on prisoner swap

Most Read
1. Silicon Valley Bank collapses in biggest US bank failure since 2008
2. Xi Jinping secures third term as China's president
3. Russia-Ukraine war: List of key events, day 380

Follow Al Jazeera English: Facebook | X | Instagram | YouTube"""))

A.append(dict(id="h69-04", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/mena/2025/01/16/gaza-ceasefire-deal-announced-doha/",
published_at="2025-01-16", body="""We use cookies to enhance your experience. By continuing to visit this site you agree to our use of cookies. Accept

DFM 5,156.30 ▲ 0.31% | ADX 9,410.12 ▼ 0.08% | Brent $82.03 ▲ 0.7% | Gold $2,712 ▲ 0.5%

MENA

Gaza ceasefire deal agreed in Doha after 15 months of war, but Israeli cabinet vote delayed

Qatar's Prime Minister announces truce to take effect on Sunday; Israeli strikes continue overnight

Hamza Al-Marri and Lina Haddad, Abu Dhabi
Jan 16, 2025

Israel and Hamas have agreed to a ceasefire and hostage release deal that is set to halt the war in Gaza from Sunday, Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani announced in Doha late on Wednesday.

The three-phase agreement was reached after days of intense negotiations in the Qatari capital, where an Israeli team led by Mossad director David Barnea and Shin Bet chief Ronen Bar had been since the weekend. Hamas negotiators were in a separate part of the same building, with Qatari and Egyptian mediators carrying proposals between them.

US President Joe Biden's Middle East envoy Brett McGurk was also in Doha for the final stretch, as was Steve Witkoff, the incoming envoy of president-elect Donald Trump.

Biden spoke with Emir Sheikh Tamim bin Hamad and Egyptian President Abdel Fattah El Sisi on Wednesday, the White House said, thanking both for their mediation. In a separate call the same evening, he spoke with Israeli Prime Minister Benjamin Netanyahu, who also thanked Mr Trump by phone for his help in securing the deal.

President Sheikh Mohamed bin Zayed also received a phone call from Mr El Sisi on Wednesday night, in which the two leaders welcomed the agreement and stressed the need to scale up humanitarian aid, state news agency Wam reported.

Under the first phase, which would last 42 days, 33 Israeli hostages would be released in exchange for hundreds of Palestinian prisoners, Israeli forces would pull back from populated areas of Gaza, and displaced Palestinians would be allowed to return to the north of the Strip.

But on Thursday morning Mr Netanyahu's office said Hamas was "reneging" on parts of the understanding and that the security cabinet would not convene to approve it until the group backed down. Hamas denied the claim.

Gaza's Civil Defence said at least 73 people had been killed in Israeli air strikes across the territory since the deal was announced.

"The next few hours are crucial," a diplomat familiar with the talks told The National. "Everybody is exhausted, but nobody wants to be the one who walks away now."

Sheikh Mohammed said Qatar, Egypt and the US would monitor implementation. Egypt has said it is ready to receive the wounded and to send aid through the Rafah crossing once the truce holds.

Regional leaders welcomed the agreement. Saudi Arabia's Foreign Ministry called for a full Israeli withdrawal, while Jordan's King Abdullah II and Turkish President Recep Tayyip Erdogan issued statements urging all sides to respect the deal.

More than 46,700 Palestinians have been killed in the war, according to Gaza's Health Ministry. The war began after the Hamas-led attack on southern Israel on October 7, 2023, in which about 1,200 people were killed.

Updated: January 16, 2025, 9:42 AM

Read more
Explainer: What happens in each phase of the Gaza ceasefire?
Qatar's Prime Minister: 'We hope this is the last page of the war'
Blinken unveils post-war plan for Gaza in final speech

Subscribe to our newsletters | Download The National app

Topics: Gaza, Israel-Gaza war, Qatar, Egypt, Hostages"""))

A.append(dict(id="h69-05", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/News/542310.aspx",
published_at="2025-04-07", body="""Ahram Online
Monday, 7 Apr 2025

EGX30 31,845.20 ▼ -2.41% | USD/EGP 50.79 | EUR/EGP 55.61

Egypt > Politics

El-Sisi, Macron hold talks in Cairo; Egypt-France-Jordan summit demands immediate return to Gaza ceasefire

Ahram Online , Monday 7 Apr 2025

President Abdel-Fattah El-Sisi held talks with French President Emmanuel Macron at the Ittihadiya Palace on Monday, on the first full day of Macron's state visit to Egypt, before the two leaders joined Jordan's King Abdullah II for a trilateral summit on the war in Gaza.

Macron arrived in Cairo on Sunday evening and joined El-Sisi on an evening stroll through the historic Khan El-Khalili bazaar and Al-Moez Street.

Presidential Spokesman Mohamed El-Shennawy said the Egyptian and French leaders agreed to raise relations to the level of a strategic partnership, and witnessed the signing of a number of agreements and memoranda of understanding in transport, health, higher education and green hydrogen.

The two presidents discussed the Arab plan for Gaza's reconstruction adopted at the Cairo summit in March, which Egypt drafted, and underlined their rejection of any displacement of Palestinians from their land, the spokesman added.

At the trilateral summit, El-Sisi, Macron and King Abdullah called for "an immediate return" to the ceasefire that collapsed on 18 March, the release of all hostages and detainees and the unimpeded entry of humanitarian aid into the Strip, according to a joint statement.

The three leaders also held a joint phone call with US President Donald Trump on the situation in Gaza and efforts to restore the truce, the statement said.

The summit came as Israeli Prime Minister Benjamin Netanyahu, who landed in Washington on Sunday, was due at the White House later on Monday for talks with Trump on tariffs, Iran and Gaza.

Macron is set to travel on Tuesday to the city of El-Arish in North Sinai, some 50 kilometres from the Rafah crossing, where he will visit the logistics hub for aid to Gaza and meet humanitarian workers and Egyptian Red Crescent staff, the Elysee said.

"France stands by Egypt in refusing the displacement of the people of Gaza," Macron told a joint press conference. "The humanitarian situation today is the worst it has ever been."

El-Sisi said the two sides had agreed to expand French investment in Egypt and to cooperate in the fields of railways and the Suez Canal Economic Zone.

Israel resumed its offensive in Gaza on 18 March, ending the two-month ceasefire that began on 19 January. More than 1,300 Palestinians have been killed since then, according to Gaza's health ministry.

Short link: https://english.ahram.org.eg/News/542310.aspx

Photo: President El-Sisi receives President Macron at the Ittihadiya Palace in Cairo. (Presidency)

Related
El-Sisi receives phone call from Saudi Crown Prince on regional developments
Abdelatty, Spanish counterpart discuss Gaza reconstruction conference
Egypt's FM heads to Brussels for EU-Egypt talks

Most Read
Egypt's annual inflation eases to 12.8 percent in March
Golden Jubilee: Suez Canal revenues fall 23 percent

Search Keywords: Egypt, France, Jordan, Gaza, El-Sisi, Macron

Follow us on: Facebook | X | YouTube | Google News"""))

A.append(dict(id="h69-06", source="theguardian.com",
url="https://www.theguardian.com/world/2025/apr/12/us-iran-nuclear-talks-oman-witkoff-araghchi",
published_at="2025-04-12", body="""Skip to main content | Skip to navigation

Support the Guardian
Fund independent journalism with £60 per year
Support us

Iran

US and Iran hail 'constructive' first round of nuclear talks in Oman and agree to meet again

Envoys Steve Witkoff and Abbas Araghchi spoke briefly in person after indirect exchanges mediated by Omani foreign minister

Rosa Farrington, Middle East correspondent
Sat 12 Apr 2025 19.04 BST

The US and Iran have described their first round of talks on Tehran's nuclear programme as "constructive" and agreed to meet again next Saturday, after more than two hours of indirect negotiations in Muscat brokered by Oman.

Donald Trump's special envoy Steve Witkoff and Iran's foreign minister, Abbas Araghchi, sat in separate rooms in a government guesthouse on the outskirts of the Omani capital while Oman's foreign minister, Badr Albusaidi, carried messages between them.

At the end of the session the two delegation heads spoke directly for several minutes in the presence of Albusaidi, Iran's foreign ministry said, the first such encounter between senior officials of the two countries since the collapse of the 2015 nuclear deal.

"We are very close to a basis for negotiations," Araghchi told Iranian state television afterwards. "If the next session goes well, we can enter into real discussion." The White House said the exchange had been "very positive and constructive" and that the issues were "very complicated".

Before the talks began, Araghchi was received by Albusaidi and conveyed Tehran's position on the format, the Iranian side said. Witkoff, who flew into Muscat from Paris, held a separate meeting with the Omani minister.

Albusaidi said in a statement that the two sides would reconvene on 19 April. The venue was not immediately confirmed.

Trump, who withdrew the US from the nuclear deal in 2018, surprised allies on Monday by announcing the talks during Benjamin Netanyahu's visit to the White House. He has threatened military action if Iran does not agree to curbs on its programme. In March he sent a letter to Iran's supreme leader, Ayatollah Ali Khamenei, which was delivered in Tehran by the UAE presidential adviser Anwar Gargash.

Iran had insisted that the talks be indirect, while Washington had said they would be direct. The brief face-to-face exchange allowed both sides to claim their position had been respected.

Israeli officials are sceptical. Netanyahu said on Monday that any deal would have to be on the Libyan model, with Iran's nuclear facilities dismantled "under American supervision".

The talks took place against a backdrop of renewed US airstrikes on Houthi targets in Yemen, which have continued almost daily since mid-March, and the deployment of a second aircraft carrier to the region.

The rial rallied on Tehran's open market on Saturday on hopes of an easing of sanctions, traders said.

Explore more on these topics
Iran | Oman | Nuclear weapons | Trump administration | Middle East and north Africa | news

Share | Reuse this content

Most viewed
Trump exempts smartphones and computers from reciprocal tariffs
Israeli strike hits hospital in Gaza City after evacuation warning
Oman: the quiet go-between in the Gulf's most delicate talks"""))

A.append(dict(id="h69-07", source="moroccoworldnews.com",
url="https://www.moroccoworldnews.com/2020/12/330421/morocco-israel-us-sign-joint-declaration-in-rabat",
published_at="2020-12-22", body="""MASI 11,341.85 ▲ +0.36% | EUR/MAD 10.87 | USD/MAD 8.92

Home > News > Politics

Morocco, Israel Sign Joint Declaration as Kushner-Led Delegation Lands in Rabat on First Direct Flight

By Safae Bennani
Dec 22, 2020
Rabat

Morocco and Israel on Tuesday signed a joint declaration and four bilateral agreements in Rabat, hours after a US-Israeli delegation arrived on the first direct commercial flight between the two countries.

The El Al plane, flight LY555, touched down at Rabat-Sale airport shortly after 2 pm, carrying White House senior adviser Jared Kushner, Israeli National Security Adviser Meir Ben-Shabbat and a delegation of US and Israeli officials.

King Mohammed VI received Kushner and Ben-Shabbat at the Royal Palace in Rabat, according to a statement from the Royal Cabinet. The King reiterated Morocco's position on the Palestinian question and his support for a two-state solution, the statement said.

The tripartite joint declaration was signed at the palace by Head of Government Saad Eddine El Othmani, Kushner and Ben-Shabbat in the presence of the Sovereign. In it, Morocco commits to resume official contacts with Israel, grant authorization for direct flights and reopen liaison offices in Rabat and Tel Aviv.

The four agreements signed between Morocco and Israel cover direct flights, water resource management, visa exemptions for diplomatic and service passports, and financial and investment cooperation. The United States and Morocco separately signed a memorandum on investment, with the US International Development Finance Corporation announcing up to $3 billion in support for private projects in Morocco and sub-Saharan Africa.

The visit comes 12 days after US President Donald Trump announced the normalization deal and Washington's recognition of Morocco's sovereignty over Western Sahara, following a phone call with King Mohammed VI.

Ben-Shabbat, speaking in Moroccan Arabic to journalists, said he was proud to return to his parents' country of origin. Israeli Prime Minister Benjamin Netanyahu said in a video message that he hoped to visit Morocco soon.

Foreign Minister Nasser Bourita told reporters the liaison offices would reopen within two weeks and described the agreements as "a new chapter" that would not come at the expense of the Palestinian cause.

Morocco is the fourth Arab country to normalize relations with Israel this year, after the United Arab Emirates, Bahrain and Sudan.

The Polisario Front rejected the US proclamation on Western Sahara, and Algeria's foreign ministry called it "without legal effect".

Kushner and the US delegation are due to leave Rabat on Wednesday.

Photo: Head of Government Saad Eddine El Othmani, White House senior adviser Jared Kushner and Israeli National Security Adviser Meir Ben-Shabbat at the Royal Palace, Rabat. Photo: MAP

Read also:
- US Consulate in Dakhla: What we know
- Israeli tourists expected in Marrakech as flights resume
- Moroccan diaspora in Israel welcomes normalization

Share on: Facebook | Twitter | WhatsApp | LinkedIn

Tags: Israel, Jared Kushner, Morocco, Normalization, Western Sahara

Comments (27)"""))

A.append(dict(id="h69-08", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2019/06/13/national/politics-diplomacy/abe-khamenei-tehran-tanker-attacks/",
published_at="2019-06-13", body="""NIKKEI 21,032.00 ▼ -97.72 | USD/JPY 108.37 ▼ -0.11 | TOPIX 1,542.63 ▼ -4.25

The Japan Times
NATIONAL / POLITICS & DIPLOMACY

Abe meets Khamenei in Tehran as tanker attacks near Hormuz overshadow peace mission

by Kenta Morishige
Staff Writer
Jun 13, 2019

TEHRAN - Prime Minister Shinzo Abe held talks with Iran's supreme leader, Ayatollah Ali Khamenei, on Thursday, becoming the first sitting Japanese leader to meet the cleric, as he tried to ease soaring tensions between Tehran and Washington.

The meeting in Tehran came a day after Abe sat down with President Hassan Rouhani, in what was the first visit to Iran by a Japanese prime minister since Takeo Fukuda in 1978.

But the mission was overshadowed hours later when two oil tankers, one of them operated by a Tokyo-based shipping company, were attacked in the Gulf of Oman near the Strait of Hormuz. The Japanese-operated Kokuka Courageous, carrying methanol, was hit twice and its 21 crew members abandoned ship, the operator said. No Japanese nationals were on board.

According to Iranian state media, Khamenei told Abe that he did not consider U.S. President Donald Trump "worthy of exchanging any message with" and that Iran would not repeat "the bitter experience" of negotiating with the United States.

A Japanese government official said Abe told the supreme leader that Japan wanted to play whatever role it could for peace in the region, and that Iran should continue to abide by the 2015 nuclear agreement. "We are at a critical moment," the official quoted Abe as saying.

At their talks on Wednesday, Rouhani said Iran would "never" start a war with the United States but would respond decisively to any attack. He blamed Washington's "economic war" for the tension.

Abe's trip was seen in Tokyo as a test of his ability to act as a go-between. He discussed it with Trump when the U.S. president made a state visit to Japan in late May, and Trump later welcomed the idea, according to Japanese officials.

German Foreign Minister Heiko Maas was also in Tehran earlier this week in an effort to salvage the nuclear deal.

Abe plans to brief Trump on the outcome of his talks, possibly by phone, after returning to Tokyo on Friday, a government source said.

Chief Cabinet Secretary Yoshihide Suga told reporters that the government was gathering information on the tanker attacks and had set up a liaison office at the prime minister's office. Benchmark crude prices jumped as much as 4 percent on the news.

Washington has sent an aircraft carrier strike group and bombers to the Gulf region and Iran has said it will exceed limits on its stockpile of low-enriched uranium unless European parties help it evade U.S. sanctions.

Photo: Prime Minister Shinzo Abe meets with Iran's supreme leader, Ayatollah Ali Khamenei, in Tehran on Thursday. | KYODO

RELATED STORIES
Rouhani tells Abe Iran will not start war with U.S.
Kono calls Iran's Zarif to prepare for prime minister's trip
Editorial: A delicate role for Japan in the Gulf

Subscribe to The Japan Times for unlimited access | Get the Japan Times app

KEYWORDS: Shinzo Abe, Iran, Ali Khamenei, Hassan Rouhani, tankers

Share: Facebook | Twitter | LINE | Email"""))

A.append(dict(id="h69-09", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/somalia/somalia-ethiopia-agree-ankara-declaration-turkey",
published_at="2024-12-12", body="""Donate to support independent Somali journalism

Home | Somalia | Politics | Opinion | Business

Somalia, Ethiopia agree to end sea access row in Turkey-brokered 'Ankara Declaration'

By Garowe Online staff | Abdiqani Farah Warsame
Thursday, December 12, 2024

ANKARA - President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed agreed late on Wednesday to end nearly a year of hostility over Ethiopia's search for access to the sea, following talks in the Turkish capital mediated by President Recep Tayyip Erdogan.

The two leaders arrived in Ankara separately on Wednesday. Erdogan first held separate meetings with Abiy and Hassan Sheikh at the presidential complex before bringing them together for talks that ran for hours into the night. The three then appeared at a joint press conference, where Erdogan read out what he called the Ankara Declaration.

Under the declaration, the two countries "reaffirmed their respect for and commitment to one another's sovereignty, unity, independence and territorial integrity". Somalia recognised the potential benefits of Ethiopia's access to and from the sea "under the sovereign authority" of the Federal Republic of Somalia.

Technical negotiations are scheduled to begin before the end of February 2025 and to conclude within four months, with Turkey facilitating, the declaration said.

"I hope this is a new beginning," Erdogan said. "We have taken the first step towards a new period based on peace and cooperation."

Abiy said Ethiopia had "no interest in invading anyone" and sought only secure, reliable access to the sea. Hassan Sheikh called the agreement a step that would "put an end to the tension".

Tensions erupted on January 1 when Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland that would have given Addis Ababa a 20-kilometre stretch of coastline in exchange for possible recognition. Mogadishu called the deal a violation of its sovereignty and expelled the Ethiopian ambassador.

Turkey hosted two earlier rounds of indirect talks between the foreign ministers in July and August, with Turkish Foreign Minister Hakan Fidan shuttling between the delegations, but those sessions ended without agreement.

Egypt, locked in its own dispute with Ethiopia over the Grand Ethiopian Renaissance Dam, has sent weapons to Somalia and pledged troops for a new African Union mission. In October, Egyptian President Abdel Fattah al-Sisi and Hassan Sheikh held a trilateral summit with Eritrea's President Isaias Afwerki in Asmara.

Somaliland's outgoing administration said it had not been consulted and that the Ankara Declaration did not affect its MoU with Ethiopia.

Analysts cautioned that much remained unresolved. "The declaration postpones the hard questions to the technical talks," said a Mogadishu-based security researcher who asked not to be named.

Related
Al-Shabaab attack on military base in Middle Shabelle repelled
Puntland rejects federal election timetable
Jubaland forces clash with federal troops in Ras Kamboni

Share this: Facebook | X | WhatsApp | Telegram

Tags: Ankara Declaration, Ethiopia, Somalia, Turkey, Somaliland, Red Sea

0 Comments"""))

A.append(dict(id="h69-10", source="arabnews.com",
url="https://www.arabnews.com/node/2422271/saudi-arabia",
published_at="2023-12-06", body="""TASI 10,778.32 ▲ 0.45% | Brent $74.30 ▼ -1.8% | USD/SAR 3.7502

Arab News
Saudi Arabia

Putin makes lightning Gulf tour, holds talks with Saudi crown prince after Abu Dhabi stop

Rashed Al-Qahtani
Updated 06 December 2023

RIYADH: Russian President Vladimir Putin held talks with Crown Prince Mohammed bin Salman in Riyadh on Wednesday evening, hours after being received in Abu Dhabi by UAE President Sheikh Mohamed bin Zayed Al Nahyan, on a rare one-day tour of the Gulf.

The crown prince welcomed Putin at Al-Yamamah Palace, where the two leaders discussed bilateral relations, cooperation within the OPEC+ group of oil producers, and regional and international developments, including the war in Gaza and the conflict in Ukraine, the Saudi Press Agency reported.

"Nothing can prevent the development of our friendly relations," Putin told the crown prince at the start of the meeting, adding that Moscow and Riyadh were "working very closely" on energy markets. The crown prince said the two countries' cooperation had helped to "ease tensions in the Middle East".

Earlier in the day in Abu Dhabi, Putin was greeted at Qasr Al Watan with an honour guard, a flypast by aircraft trailing smoke in the colours of the Russian flag and a cavalry escort. He and Sheikh Mohamed discussed trade, which the Kremlin said reached a record level last year, as well as the situation in Gaza and the COP28 climate conference under way in Dubai.

Kremlin aide Yuri Ushakov told reporters the trip had been planned for some time and that Russian fighter jets had escorted the presidential plane.

The visit is a rare journey abroad for the Russian leader since the International Criminal Court issued an arrest warrant for him in March. Neither Saudi Arabia nor the UAE is a party to the court's founding statute. Putin travelled to Kyrgyzstan in October and attended the Belt and Road Forum in Beijing the same month.

Putin invited the crown prince to visit Russia, and Kremlin spokesman Dmitry Peskov said later that the invitation had been accepted, without giving a date.

On Thursday, Putin is scheduled to host Iranian President Ebrahim Raisi in Moscow for talks expected to focus on the Middle East, Ushakov said.

The Gulf visit came days before a meeting of OPEC+ energy ministers, after the group agreed last week to deepen voluntary output cuts into the first quarter of next year. Oil prices extended losses on Wednesday, with Brent falling toward its lowest level in five months.

Western officials have watched the Gulf's ties with Moscow with concern, but both Riyadh and Abu Dhabi have kept channels open to all sides of the Ukraine conflict and have mediated several prisoner exchanges between Russia and Ukraine.

Photo: Crown Prince Mohammed bin Salman receives Russian President Vladimir Putin in Riyadh on Wednesday. (SPA)

Related
OPEC+ ministers to meet online on Thursday, sources say
Saudi Arabia wins bid to host Expo 2030
Ukraine, Russia swap prisoners in deal mediated by UAE

Most Popular
Saudi cabinet approves record 2024 budget
Riyadh Season crosses 8 million visitors

Topics: Saudi Arabia, Russia, Vladimir Putin, Mohammed bin Salman, UAE, OPEC+

Share: Facebook | X | LinkedIn | WhatsApp"""))

A.append(dict(id="h69-11", source="kyivindependent.com",
url="https://kyivindependent.com/ukraine-agrees-to-us-proposal-for-30-day-ceasefire-after-jeddah-talks/",
published_at="2025-03-11", body="""Become a member | Support independent journalism in Ukraine

Ukraine war latest | Politics | Business | Opinion

Ukraine agrees to US proposal for 30-day ceasefire after Jeddah talks; Washington to restart intelligence sharing, military aid

by Oleksandra Hnatiuk and Dmytro Levchenko
March 11, 2025 10:48 PM | 4 min read

Ukraine said on March 11 it was ready to accept a US proposal for an immediate 30-day ceasefire with Russia, after more than eight hours of talks between Ukrainian and American delegations in Jeddah, Saudi Arabia.

In return, Washington will immediately lift its pause on intelligence sharing and resume security assistance to Ukraine, according to a joint statement issued after the meeting.

The US delegation was led by Secretary of State Marco Rubio and National Security Advisor Mike Waltz. Ukraine's team included the head of the Presidential Office, Andriy Yermak, Foreign Minister Andrii Sybiha, Defense Minister Rustem Umerov and deputy head of the Presidential Office Pavlo Palisa.

"Ukraine is ready to take this step. Now it is up to the United States to convince Russia," President Volodymyr Zelensky said in his evening address. "The ball is now in their court," Rubio told reporters in Jeddah.

Zelensky arrived in Saudi Arabia on March 10 and met Crown Prince Mohammed bin Salman in Jeddah that evening. He did not take part in the talks with the Americans but said he had been briefed throughout. Rubio also met the crown prince on March 10, the State Department said, thanking Riyadh for hosting.

The two sides also agreed to conclude "as soon as possible" a deal on developing Ukraine's critical mineral resources, which was left unsigned after a heated exchange between Zelensky, US President Donald Trump and Vice President JD Vance in the Oval Office on Feb. 28.

Trump told reporters at the White House that he hoped to speak with Russian President Vladimir Putin "maybe this week". US special envoy Steve Witkoff will travel to Moscow later this week to present the proposal to the Kremlin, Trump said.

Moscow has not yet responded. Kremlin spokesperson Dmitry Peskov said Russia would wait to be briefed on the outcome of the talks.

Hours before the meeting, Ukraine launched what Russian officials called the largest drone attack on the Moscow region since the start of the full-scale war, with 337 drones reported downed over Russian territory. Russia in turn struck Odesa Oblast overnight, killing four people at a port facility, local authorities said.

The talks in Jeddah were the first high-level meeting between the two countries since the Oval Office clash, after which Washington suspended military aid and intelligence sharing.

European leaders welcomed the outcome. Polish Prime Minister Donald Tusk wrote on X that "Americans and Ukrainians did their part."

Photo: Ukrainian and US delegations at the start of talks in Jeddah, Saudi Arabia, on March 11, 2025. (Saudi Foreign Ministry / Handout)

Read also:
- Witkoff says Putin talks could come within days
- Explainer: What is in the minerals deal, and what is not
- Zelensky meets UAE president in Abu Dhabi, discusses prisoner exchanges

We've been covering the war since day one. Help us keep going - become a member today.

Tags: Ukraine, United States, Saudi Arabia, Peace talks, Marco Rubio, Andriy Yermak

Share: X | Facebook | Telegram | Copy link"""))

A.append(dict(id="h69-12", source="dawn.com",
url="https://www.dawn.com/news/1537418/us-taliban-sign-deal-in-doha-qureshi-attends-ceremony",
published_at="2020-03-01", body="""KSE-100 37,983.52 ▼ -902.31 (-2.32%) | USD/PKR 154.38 | Gold Rs 92,900/tola

DAWN
Pakistan | World | Business | Opinion

US, Taliban sign deal in Doha paving way for troop withdrawal; Qureshi attends ceremony

Naveed Hasan Siddiqui | Anwar Iqbal
Published March 1, 2020 | Updated about 3 hours ago

DOHA / KABUL: The United States and the Taliban on Saturday signed an agreement in the Qatari capital under which American and allied forces will leave Afghanistan within 14 months if the insurgents honour their security commitments.

The document was signed at a hotel in Doha by US Special Representative Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, in the presence of US Secretary of State Mike Pompeo, Foreign Minister Shah Mahmood Qureshi and representatives of around 30 countries and organisations.

Pompeo, who arrived in Doha on Saturday morning, met Qatar's Emir Sheikh Tamim bin Hamad Al Thani before the ceremony and thanked him for hosting the negotiations, the State Department said. He later met members of the Taliban negotiating team.

Foreign Minister Qureshi also held a meeting with Pompeo on the sidelines of the ceremony, in which the two discussed the peace process and Pakistan's role in facilitating it, the Foreign Office said. Qureshi, who reached Doha on Friday, called on the Emir of Qatar on Saturday afternoon and conveyed Prime Minister Imran Khan's greetings.

At the same time in Kabul, US Defence Secretary Mark Esper and Nato Secretary General Jens Stoltenberg stood alongside President Ashraf Ghani as the US and Afghan governments issued a joint declaration reaffirming Washington's commitment to the Afghan security forces.

Under the agreement, the US will draw down to 8,600 troops within 135 days. Up to 5,000 Taliban prisoners and up to 1,000 prisoners from the other side are to be released by March 10, when intra-Afghan negotiations are due to begin.

Ghani cast doubt on the prisoner release in remarks on Sunday, saying it was not a US commitment but a matter for Afghans to decide.

In Islamabad, Prime Minister Imran Khan welcomed the deal in a statement and said Pakistan would continue to play its part in bringing peace to Afghanistan. "This is the beginning of a peace process," he wrote on Twitter.

Pompeo cautioned that the deal was only a first step. "We will not hesitate to nullify the agreement if the Taliban fail to keep their commitments," Esper said in Kabul.

The signing followed a week-long "reduction in violence" across Afghanistan which largely held.

Analysts in Islamabad said Pakistan's role in bringing the Taliban to the table had improved its standing in Washington, after years of accusations that it harboured militants.

Published in Dawn, March 1st, 2020

RELATED
FO rejects reports of Afghan refugees' forced return
Editorial: A deal, at last
Imran to visit Qatar next month? Officials tight-lipped

Most Popular
1. Coronavirus: Pakistan confirms two cases, schools shut in Sindh
2. PSL 2020: Karachi Kings beat Quetta Gladiators

Comments (112) | Closed

Dawn | Herald | Aurora | Images"""))
