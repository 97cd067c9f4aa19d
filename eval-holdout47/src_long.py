# Long pages (2,500-4,500 characters), h47-01 .. h47-12
A = []

A.append(dict(id="h47-01", source="timesofisrael.com",
url="https://www.timesofisrael.com/netanyahu-makes-surprise-trip-to-oman-holds-talks-with-sultan-qaboos/",
published_at="2018-10-26", body="""Sign up for the Daily Edition and get the day's top stories straight to your inbox. Sign up | No thanks

TOPICS: Benjamin Netanyahu | Oman | Mossad | Israel and the Gulf

ISRAEL & THE REGION

Netanyahu makes surprise trip to Oman, holds talks with Sultan Qaboos

Prime minister back from Muscat after first publicly acknowledged visit by an Israeli leader to the Gulf sultanate in over two decades; Omani news agency says the pair discussed 'ways to advance the Middle East peace process'

By TOI STAFF
26 October 2018, 3:58 pm | 18 comments

Prime Minister Benjamin Netanyahu returned to Israel on Friday from a previously unannounced trip to Oman, where he held talks with the country's long-serving ruler, Sultan Qaboos bin Said, the Prime Minister's Office said.

The trip was kept under wraps until the delegation was back home. The PMO then put out photographs and a short video showing the two men shaking hands in the sultan's palace and Netanyahu watching a performance of traditional Omani music with his host.

Netanyahu was accompanied by his wife Sara, Mossad chief Yossi Cohen, National Security Council head Meir Ben-Shabbat, Foreign Ministry director-general Yuval Rotem, his chief of staff Yoav Horowitz and his military secretary, Brig. Gen. Avi Bluth.

"The leaders discussed ways to advance the peace process in the Middle East, as well as a number of issues of mutual interest concerning the achievement of peace and stability in the Middle East," the statement said. The official Oman News Agency ran a brief item of its own on Friday afternoon saying the Israeli leader had come at the sultan's invitation.

No Israeli prime minister had been hosted in the sultanate since Shimon Peres in 1996; Yitzhak Rabin went two years earlier. Oman has no formal diplomatic ties with Israel, and the Israeli trade office that operated in Muscat was shut after the Second Intifada erupted in 2000.

The visit came just days after Palestinian Authority President Mahmoud Abbas spent three days in Muscat, where he too was hosted by Qaboos. A senior Palestinian official told the Ma'an news agency that Ramallah had not been told in advance about the Israeli leader's trip. Hamas, the terror group that rules Gaza, said the invitation "encourages the occupation to pursue its crimes."

Qaboos, 77, has ruled Oman since 1970 and has long cultivated a role as a quiet go-between, including between Washington and Tehran in the secret contacts that preceded the 2015 nuclear deal.

Netanyahu has said repeatedly in recent months that relations with Arab states that share Israel's alarm over Iran are improving, without naming them. "There will be more," an official in his office said on Friday evening when asked whether further such visits were in the works.

Separately, Culture and Sports Minister Miri Regev landed in Abu Dhabi on Friday to accompany Israel's judo team at the Grand Slam tournament there, after the organizers agreed to let Israeli athletes compete under their own flag. Communications Minister Ayoob Kara is expected in Dubai next week for a conference of the International Telecommunication Union.

Transport Minister Yisrael Katz has been invited to an international road transport conference in Muscat next month, his office said, but it would not confirm whether he planned to attend.

The PMO did not say how long the prime minister had spent in Oman. Hebrew media reported that the delegation flew out on Thursday and returned on Friday afternoon.

Prime Minister Benjamin Netanyahu with Sultan Qaboos bin Said in Muscat, October 26, 2018. (Prime Minister's Office)

READ MORE:
Abbas wraps up three-day Oman visit, thanks sultan for 'steadfast support'
Chad's president said planning landmark trip to Israel next month
Netanyahu: Ties with Arab world 'improving beyond recognition'

Do you rely on The Times of Israel for accurate and insightful news on Israel and the Jewish world? Join The Times of Israel Community and help us keep our journalism free for all readers.

Share: Facebook | Twitter | WhatsApp | Email | Print"""))

A.append(dict(id="h47-02", source="tehrantimes.com",
url="https://www.tehrantimes.com/news/504211/Araghchi-meets-Sisi-in-Cairo-as-regional-tour-continues",
published_at="2024-10-17", body="""Tehran Times | Thursday, October 17, 2024 | 26 Mehr 1403

Gold coin 52,400,000 rials | USD (open market) 621,800 rials | TEDPIX 2,073,450 +0.4%

POLITICS

Araghchi meets Sisi in Cairo as regional tour continues

TEHRAN - Foreign Minister Abbas Araghchi held talks with Egyptian President Abdel Fattah el-Sisi in Cairo on Thursday, in the latest stop of a regional tour that Tehran says is intended to stop the Israeli regime from dragging the entire region into war.

Araghchi arrived in the Egyptian capital late on Wednesday from Amman. He began his program on Thursday morning with a meeting with his Egyptian counterpart, Badr Abdelatty, at the Tahrir Palace, before being received by the Egyptian president.

The visit is the first official trip by an Iranian foreign minister to Egypt in more than a decade. The two countries have not exchanged ambassadors for more than four decades and are represented by interests sections in each other's capitals.

In his meeting with Sisi, the top Iranian diplomat conveyed the greetings of President Masoud Pezeshkian and said Iran and Egypt, "as two great and ancient civilizations of the region," carry a special responsibility for ending the genocide in Gaza and the aggression against Lebanon.

According to a statement from the Egyptian presidency, Sisi stressed the importance of avoiding a wider regional escalation and repeated Cairo's call for an immediate ceasefire in Gaza and Lebanon.

Speaking at a joint press conference with Abdelatty, Araghchi said the two ministers had also reviewed bilateral ties and agreed to keep up their consultations. "The level of relations between Iran and Egypt should match the weight of the two countries," he said. Abdelatty described the talks as "frank and constructive" and said Egypt opposed any step that would widen the conflict.

The Cairo leg is part of an intensive round of diplomacy that began after Iran's Operation True Promise II against the occupied territories on October 1. In the past two weeks Araghchi has traveled to Beirut, Damascus, Riyadh, Doha, Baghdad and Muscat, and on Wednesday to Amman, where he held talks with Jordanian Foreign Minister Ayman Safadi.

The foreign minister will leave Cairo for Istanbul on Friday to attend the third ministerial meeting of the 3+3 regional platform on the South Caucasus. He is also scheduled to hold talks with his Turkish counterpart, Hakan Fidan, on the sidelines of the meeting, the Foreign Ministry said.

Foreign Ministry spokesman Esmaeil Baghaei told reporters on Monday that the aim of the tour was to "convey the message that the Islamic Republic does not seek war, but is fully prepared for any scenario."

Iranian officials have warned that any Israeli attack on the country's infrastructure would be met with a "decisive" response. Araghchi has said that Tehran has told regional governments that it would regard any use of their airspace or territory for such an attack as participation in it.

Analysts in Tehran said the visit to Egypt carried weight beyond the current crisis. "Cairo and Tehran have been inching toward each other for two years, and this trip puts that process on a political footing," said a university professor of international relations.

Print | Send to friend | Share: X | Telegram | WhatsApp

Tags: Araghchi, Egypt, Sisi, Abdelatty, Regional tour

RELATED NEWS
Araghchi, Safadi discuss regional situation in Amman
Pezeshkian, Putin to meet in Kazan next week
In Muscat, Araghchi calls Oman 'a trusted partner'

MOST VIEWED
Leader pardons, commutes sentences of over 2,000 convicts
Rial steadies as market awaits Israeli move

All rights reserved. Copyright (c) 2024 Tehran Times"""))

A.append(dict(id="h47-03", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/415867/Egypt/Politics-/Sisi-arrives-in-Baghdad-for-tripartite-summit.aspx",
published_at="2021-06-27", body="""Ahram Online
Sunday, 27 June 2021

Egypt | Politics

Sisi arrives in Baghdad for tripartite summit with Iraq, Jordan in first visit by an Egyptian president in 30 years

Ahram Online , Sunday 27 Jun 2021

President Abdel-Fattah El-Sisi arrived in Baghdad on Sunday to take part in a tripartite summit with Iraqi Prime Minister Mustafa Al-Kadhimi and Jordan's King Abdullah II, the first visit by an Egyptian head of state to Iraq since 1990.

Al-Kadhimi received Sisi at Baghdad International Airport, where an official reception ceremony was held, presidential spokesman Bassam Rady said in a statement.

Sisi later held bilateral talks with Al-Kadhimi, in which the two sides discussed ways to advance cooperation in energy, infrastructure, reconstruction and trade, and the participation of Egyptian companies in rebuilding projects in Iraq. He also met Iraqi President Barham Salih, who hailed the visit as "historic" and a "message of support" for Iraq's stability.

King Abdullah, who landed in Baghdad a few hours earlier, held separate talks with Al-Kadhimi on bilateral ties and the energy and transport projects linking the two neighbours, according to the Iraqi prime minister's office.

The three leaders then met for the fourth round of a mechanism for trilateral coordination launched in Cairo in March 2019. Subsequent rounds were held on the sidelines of the UN General Assembly in New York in September 2019 and in Amman in August 2020.

Officials from the three countries have described the grouping as a "New Levant" project, built around an oil pipeline from Basra to Jordan's Aqaba port that could later be extended to Egypt, the linking of electricity grids, and the creation of joint industrial zones.

In a closing statement, the leaders stressed the importance of the trilateral mechanism in strengthening Arab joint action and called for a political solution to crises in Syria, Libya and Yemen. They also voiced support for Iraq in the face of terrorism and expressed solidarity with Egypt and Sudan in their demand for a binding legal agreement on the filling and operation of the Grand Ethiopian Renaissance Dam.

Security was tight in the Iraqi capital ahead of the summit, with roads around the Green Zone closed and additional checkpoints set up, after a string of rocket and drone attacks in recent weeks.

The visit also comes as Baghdad seeks to present itself as a bridge between regional rivals. Iraq hosted several rounds of talks between Saudi Arabia and Iran earlier this year, according to officials in Baghdad.

Egypt and Iraq signed 15 memoranda of understanding last year covering oil, electricity, housing and transport, under an "oil-for-reconstruction" arrangement in which Iraq would supply Egypt with crude in exchange for construction work by Egyptian firms.

Short link:

Search Keywords: Sisi, Iraq, Jordan, Baghdad, Kadhimi, Tripartite summit

RELATED
Shoukry, Blinken discuss GERD developments in phone call
Egypt's Sisi receives Libyan PM Dbeibah in Cairo

MOST READ
Egypt's pound stable against dollar at start of week
Cairo metro line 3 extension to open next month
Heatwave to continue until Thursday: Egyptian Meteorological Authority

Follow Ahram Online on Facebook and Twitter

(c) 2021 Al-Ahram Establishment. All rights reserved."""))

A.append(dict(id="h47-04", source="kurdistan24.net",
url="https://www.kurdistan24.net/en/story/34521-Erdogan-lands-in-Erbil-after-landmark-Baghdad-talks",
published_at="2024-04-22", body="""Kurdistan24 | English | Kurdi | Arabic | Turkce
LIVE TV | Kurdistan | Iraq | Middle East | World | Business

Erdogan lands in Erbil after landmark Baghdad talks, deals with Iraq

Kurdistan24 | 4/22/2024 6:41 PM

ERBIL (Kurdistan24) - Turkish President Recep Tayyip Erdogan arrived in Erbil on Monday evening after a day of talks in Baghdad that produced a strategic framework agreement and more than two dozen memorandums of understanding between Turkey and Iraq.

Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani welcomed the Turkish leader at Erbil International Airport, where a red-carpet reception was held. Erdogan was expected to hold talks with the two leaders on security, energy and trade before returning to Ankara later in the evening.

The trip is Erdogan's first to Iraq in 13 years. His previous visit, in 2011, also took him to Baghdad and Erbil.

In Baghdad, Erdogan was received by Iraqi Prime Minister Mohammed Shia al-Sudani, who hailed the visit as the start of "a new phase" in relations. The Turkish president also met Iraqi President Abdul Latif Rashid.

The two governments signed 26 memorandums of understanding covering security, energy, water, trade, agriculture, health and education, in addition to a strategic framework agreement. A separate framework deal on water management is intended to address Iraqi complaints about shrinking flows in the Tigris and Euphrates, which both rise in Turkey.

In the presence of Erdogan and Sudani, the transport ministers of Iraq, Turkey, Qatar and the United Arab Emirates signed a quadrilateral memorandum on the Development Road, a planned $17-billion network of highways and railways that would link the Grand Faw Port in Basra to the Turkish border and onward to Europe.

"Iraq's security and stability are our security and stability," Erdogan said at a joint news conference, adding that Ankara expected Baghdad to act against the Kurdistan Workers' Party (PKK). Iraq's National Security Council declared the PKK a banned organization last month, in what Turkish officials described as an important step.

Energy dominated much of the discussion in Erbil. Kurdistan Region oil exports through the Iraq-Turkey pipeline have been halted since March 2023, when an arbitration court in Paris ruled in Baghdad's favour in a long-running dispute with Ankara. Officials in Erbil told Kurdistan24 that they hoped the visit would help unblock the resumption of exports.

Nechirvan Barzani said in a statement before the meeting that the Kurdistan Region "values its strategic relations with Turkey" and would work to ensure that the agreements reached in Baghdad benefit all Iraqis.

Turkish Foreign Minister Hakan Fidan, Defense Minister Yasar Guler and intelligence chief Ibrahim Kalin were part of the Turkish delegation.

READ ALSO
Sudani, Biden pledge 'new phase' in White House talks
KRG cabinet discusses salary payments with Baghdad
Duhok farmers warn of drought impact on wheat harvest

Tags: Erdogan, Erbil, Baghdad, Development Road, PKK

Share: Facebook | X | Telegram | WhatsApp

Follow Kurdistan24 on Telegram and get breaking news as it happens.

Copyright (c) 2024 Kurdistan24. All rights reserved."""))

A.append(dict(id="h47-05", source="muscatdaily.com",
url="https://www.muscatdaily.com/2023/05/29/hm-the-sultan-holds-talks-with-iranian-president-in-tehran/",
published_at="2023-05-29", body="""Muscat 37C | OMR 1 = USD 2.60 | MSX 30 4,739.20 -0.21%

We use cookies to improve your experience. By continuing, you accept our use of cookies. Accept

Download the Muscat Daily app for breaking news alerts

OMAN

HM the Sultan holds talks with Iranian President in Tehran on historic state visit

Muscat Daily Staff Writer | May 29, 2023

Tehran - His Majesty Sultan Haitham bin Tarik held official talks with Iranian President Ebrahim Raisi at the Saadabad Palace in Tehran on Sunday, on the first day of a two-day state visit to the Islamic Republic.

His Majesty arrived at Mehrabad Airport on Sunday afternoon, where he was received by senior Iranian officials, before an official welcome ceremony hosted by Raisi at the palace, Oman News Agency (ONA) reported.

The talks reviewed bilateral relations and ways of enhancing cooperation in the economic, trade, energy and investment fields, as well as regional and international developments. The two sides also discussed joint projects, including the development of the shared Hengam oil field.

On Monday, HM the Sultan met Iran's Supreme Leader Ayatollah Ali Khamenei. According to Iranian media, Khamenei welcomed remarks made by His Majesty on Egypt's readiness to restore relations with Tehran, saying Iran had "no problem" with such a step.

The official delegation accompanying His Majesty includes Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs; Qais bin Mohammed al Yousef, Minister of Commerce, Industry and Investment Promotion; and Eng Salim bin Nasser al Aufi, Minister of Energy and Minerals.

It is the first visit by an Omani ruler to Iran since the late Sultan Qaboos bin Said travelled to Tehran in 2013. Raisi paid a visit to Muscat last year.

The trip comes a week after His Majesty's state visit to Egypt, where he held talks with President Abdel Fattah el Sisi in Cairo.

Oman has long played a mediating role in the region. On Friday, Iran freed Belgian aid worker Olivier Vandecasteele in exchange for Iranian diplomat Assadollah Assadi, in a swap mediated by the sultanate. Both men were flown to Muscat before continuing to their home countries, and Oman's Ministry of Foreign Affairs said the exchange followed requests from the two governments.

US news website Axios reported this month that White House Middle East coordinator Brett McGurk had travelled to Oman for talks with Omani officials that touched on Iran, though neither government confirmed the trip.

Analysts say the sultanate is well placed to help both the rapprochement between Tehran and Gulf capitals and any revival of contacts between Iran and the West. "Oman has built its credibility over decades by keeping its channels open to everyone," said a Muscat-based political analyst.

Raisi accepted an invitation from His Majesty to visit the sultanate again, ONA said, without giving a date.

RELATED
Oman, Egypt sign MoUs during HM's Cairo visit
Sayyid Badr receives Belgian minister's thanks over release

MOST READ
Khareef season to begin on June 21
Ministry announces Eid Al Adha holiday
Muscat Municipality launches beach clean-up drive

Subscribe to our newsletter

(c) 2023 Muscat Daily. All rights reserved."""))

A.append(dict(id="h47-06", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/gulf/2025/04/12/us-and-iran-hold-first-round-of-talks-in-oman/",
published_at="2025-04-12", body="""Sign up to our newsletters: The Arab World Unpacked | Beyond the Headlines | Business Extra

UAE | Gulf | MENA | World | Business | Opinion | Podcasts

Gulf

US and Iran hold first round of talks in Oman and agree to meet again next week

Witkoff and Araghchi speak face to face 'for a few minutes' after indirect exchange through Omani foreign minister

The National
Apr 12, 2025
Updated: April 12, 2025, 8:30 PM

Iranian and US negotiators held their first round of talks on Tehran's nuclear programme in Muscat on Saturday, with Oman's Foreign Minister Badr Albusaidi carrying messages between the two delegations, who sat in separate rooms.

After more than two and a half hours of indirect talks, the head of the Iranian delegation, Foreign Minister Abbas Araghchi, and US special envoy Steve Witkoff "spoke directly for a few minutes in the presence of the Omani foreign minister" as they were leaving, Iran's Foreign Ministry said.

Mr Albusaidi said the talks took place "in a friendly atmosphere conducive to bringing viewpoints closer", and that both sides had agreed to continue the process.

Mr Araghchi told Iranian state TV the next round would take place next Saturday. "The venue may change, but Oman will remain the mediator," he said, describing the atmosphere as "calm and respectful".

A White House statement called the talks "very positive and constructive" and said Mr Witkoff had told Mr Araghchi he had instructions from President Donald Trump to resolve the two countries' differences through dialogue and diplomacy "if that is possible".

Mr Trump had insisted the talks would be direct, while Tehran maintained from the start that they would be indirect. Iranian officials had said the choice of format was not a formality but a matter of trust.

Before the negotiations began, Mr Araghchi met Mr Albusaidi to hand over Iran's initial positions, Iranian media reported. Mr Witkoff, who flew to Muscat from St Petersburg, where he held more than four hours of talks with Russian President Vladimir Putin on Friday, also met the Omani minister on his arrival.

The Muscat meeting is the first publicly acknowledged negotiation between the two countries since Mr Trump pulled the US out of the 2015 nuclear agreement during his first term. His letter to Supreme Leader Ayatollah Ali Khamenei proposing negotiations was delivered in Tehran last month by Anwar Gargash, diplomatic adviser to the UAE President, and Iran sent its reply through Oman.

Israeli Prime Minister Benjamin Netanyahu, who met Mr Trump at the White House on Monday, has said any agreement must lead to the dismantling of Iran's nuclear facilities "under American supervision".

Iran is enriching uranium to up to 60 per cent, close to the 90 per cent needed for a weapon, according to the International Atomic Energy Agency. Tehran denies seeking nuclear weapons.

Saudi Arabia, Qatar and Kuwait issued statements welcoming the talks and praising Oman's role. "It is a modest beginning, but beginnings matter in this file," said a Gulf official.

Oman has a long record of hosting sensitive contacts between Washington and Tehran, including secret meetings in 2013 that paved the way for the nuclear deal.

Topics: Iran, US, Oman, Nuclear talks

MOST POPULAR
Dubai Metro Blue Line: stations and timeline
UAE weather: dust and rising temperatures expected
Abu Dhabi announces new school fees framework

Updated: April 12, 2025, 8:30 PM"""))

A.append(dict(id="h47-07", source="rudaw.net",
url="https://www.rudaw.net/english/middleeast/iraq/15042024",
published_at="2024-04-15", body="""Rudaw English | Download the Rudaw app | LIVE
Kurdistan | Iraq | Middle East | World | Opinion | Sports

Sudani meets US officials in Washington as Iran's attack on Israel overshadows visit

Rudaw | 15-04-2024 | 12:45

ERBIL, Kurdistan Region - Iraqi Prime Minister Mohammed Shia' al-Sudani met US Treasury Secretary Janet Yellen on Monday on the second day of his first official visit to Washington, and is set to sit down with President Joe Biden at the White House later in the day.

Sudani landed in the US capital on Sunday at the head of a large delegation that includes the ministers of oil, finance, electricity and foreign affairs, as well as senior officials of the Kurdistan Regional Government.

The visit, planned for months, has been overshadowed by Iran's unprecedented attack on Israel on Saturday night, when Tehran launched more than 300 drones and missiles in retaliation for a deadly strike on its consulate in Damascus earlier this month. Most were intercepted by Israel with help from the United States, Britain, France and Jordan. Some of the projectiles crossed Iraqi airspace.

Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu late on Saturday and told him the United States would not take part in any Israeli counter-attack on Iran, according to a senior administration official. On Sunday, Biden convened leaders of the Group of Seven by video to coordinate a response.

Iraqi officials said the crisis would not change the agenda of the talks, which focuses on the future of the US-led coalition against the Islamic State (ISIS), energy, the financial sector and the Strategic Framework Agreement signed in 2008.

"The prime minister wants to move the relationship from a security-centred one to a comprehensive partnership," Farhad Alaaldin, Sudani's adviser for foreign affairs, told Rudaw English.

Baghdad and Washington began talks in January on winding down the coalition's mission, after a series of attacks on US forces by Iran-backed armed groups and US retaliatory strikes in Iraq and Syria.

Iraq's dependence on Iranian gas and electricity imports, which are subject to US sanctions waivers, is also expected to be discussed, as well as restrictions on dollar transfers that Iraqi businesses blame for currency volatility.

Oil exports from the Kurdistan Region through Turkey, halted since March 2023, remain a source of friction between Baghdad and Erbil, and between Iraq and American oil companies operating in the Region. Several US energy firms are expected to sign memorandums of understanding with the Iraqi government during the visit.

Sudani is also scheduled to meet members of Congress and leaders of the Iraqi community, and will travel to Houston and Michigan later in the week to meet business leaders and Iraqi Americans.

US officials have said Biden will use the meeting to stress Washington's commitment to Iraq's sovereignty and to the security of US personnel in the country.

Sudani's last meeting with a senior US official took place in Baghdad in November, when Secretary of State Antony Blinken made an unannounced visit amid the Gaza war.

RELATED
Kurdistan Region PM Masrour Barzani meets Blinken in Washington
Iranian missile debris found near Erbil, say officials
Iraqi dinar weakens against dollar in Baghdad markets

Tags: Sudani, Washington, Biden, Iran, Israel

Share this article: Facebook | X | WhatsApp | Telegram

Copyright (c) 2024 Rudaw. All rights reserved."""))

A.append(dict(id="h47-08", source="jordantimes.com",
url="https://jordantimes.com/news/local/king-meets-trump-white-house-reaffirms-rejection-displacement",
published_at="2025-02-12", body="""The Jordan Times
Amman 14C | Wednesday, 12 February 2025

Home > Local

King meets Trump at White House, reaffirms Jordan's firm rejection of displacement

By JT | Feb 12, 2025 | Last updated Feb 12, 2025

AMMAN - His Majesty King Abdullah on Tuesday met with US President Donald Trump at the White House in Washington, reaffirming Jordan's steadfast position against the displacement of Palestinians in Gaza and the West Bank.

The meeting, which was attended by His Royal Highness Crown Prince Hussein, covered the situation in Gaza, the ceasefire, and the need to rebuild the Strip, according to a Royal Hashemite Court statement.

In a post on X after the meeting, His Majesty said he had reiterated Jordan's position against displacement. "This is the unified Arab position. Rebuilding Gaza without displacing the Palestinians and addressing the dire humanitarian situation should be the priority for all," the King wrote.

Speaking to reporters in the Oval Office, the King said Jordan would take in 2,000 children from Gaza who are suffering from cancer or are very ill, "as quickly as possible". He added that Egypt would present a plan for Gaza, and that Arab countries would then meet in Riyadh to discuss how to work with the US administration.

President Trump repeated his proposal that the United States take over the Gaza Strip and rebuild it, saying Palestinians would live "beautifully" elsewhere. He said he did not need to threaten Jordan or Egypt with cutting US aid, adding "we're above that".

On Monday, the King met with Secretary of State Marco Rubio, National Security Adviser Mike Waltz and members of the Senate Foreign Relations Committee and the House Foreign Affairs Committee, who stressed the importance of the strategic partnership between the two countries.

On Wednesday, His Majesty held a phone call with Egyptian President Abdel Fattah El Sisi, during which the two leaders stressed the need to start rebuilding Gaza immediately without displacing its people, and underlined their keenness to continue coordination, the Royal Court said.

In Cairo, the Egyptian foreign ministry said on Tuesday that Egypt would put forward "a comprehensive vision" for the reconstruction of the Strip that ensures Palestinians remain on their land. Two Egyptian security sources told Reuters that President Sisi would not travel to Washington for talks if the agenda included the displacement plan.

An emergency Arab summit is scheduled to convene in Cairo on February 27 to discuss the latest developments.

Political analyst Oraib Rantawi told The Jordan Times that the King "managed a very difficult meeting with great skill, offering a humanitarian gesture while holding firm on the principle."

Deputy Prime Minister and Foreign Minister Ayman Safadi and Director of the Office of His Majesty Jafar Hassan were among those attending the meetings in Washington.

Jordan receives around $1.45 billion a year in US assistance, making it one of the largest recipients of American aid.

RELATED ARTICLES
Crown Prince meets US lawmakers on Capitol Hill
Safadi, Rubio discuss Gaza ceasefire in phone call
Government approves draft budget for 2025

Tags: King Abdullah, Trump, Gaza, Displacement

Share: Facebook | X | WhatsApp

(c) Copyright 2025 The Jordan Times. All rights reserved."""))

A.append(dict(id="h47-09", source="arabnews.com",
url="https://www.arabnews.com/node/2267096/saudi-arabia",
published_at="2023-03-10", body="""Arab News | Saudi Arabia | Middle East | World | Business | Opinion
Follow @arabnews

Saudi Arabia and Iran agree to restore ties in China-brokered deal

Arab News
March 10, 2023 15:42
Updated 10 March 2023

RIYADH: Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and reopen their embassies within two months, seven years after cutting ties, under an agreement brokered by China.

The deal was announced in a trilateral statement issued in Beijing after four days of talks. It was signed by Musaed bin Mohammed Al-Aiban, Saudi minister of state, Cabinet member and national security adviser; Ali Shamkhani, secretary of Iran's Supreme National Security Council; and Wang Yi, director of the Office of the Central Foreign Affairs Commission of the Chinese Communist Party.

In the statement, the two countries affirmed their respect for the sovereignty of states and non-interference in their internal affairs. They agreed to activate a security cooperation agreement signed in 2001 and a general agreement for cooperation in the economy, trade, investment, technology, science, culture, sports and youth signed in 1998.

"The foreign ministers of both countries will meet to implement this, arrange for the return of their ambassadors and discuss means of enhancing bilateral relations," the statement said.

The talks were held in response to an initiative by Chinese President Xi Jinping, the statement added. Xi visited Riyadh in December, when he attended Gulf and Arab summits, and hosted Iranian President Ebrahim Raisi in Beijing in February.

The Saudi side expressed its appreciation to Iraq and Oman for hosting rounds of dialogue between the two countries in 2021 and 2022.

Riyadh cut ties with Tehran in January 2016 after protesters attacked Saudi diplomatic missions in Iran following the execution of Shiite cleric Nimr Al-Nimr.

Saudi Foreign Minister Prince Faisal bin Farhan said on Twitter that the resumption of relations "stems from the Kingdom's vision based on preferring political solutions and dialogue." Shamkhani told Iranian state media that the talks had been "clear, transparent, comprehensive and constructive."

Wang described the deal as "a victory for dialogue and peace," and said China would continue to play a constructive role in addressing hotspot issues.

White House national security spokesman John Kirby said Washington had been kept informed by the Saudis and welcomed any effort to end the war in Yemen and de-escalate tensions in the region. UN Secretary-General Antonio Guterres welcomed the agreement, as did Oman, Iraq, the UAE, Qatar and Egypt.

Analysts said the agreement could help consolidate the truce in Yemen, where a Saudi-led coalition has fought the Iran-aligned Houthis since 2015. "The Chinese role gives both sides an incentive to stick to what they signed," said a Riyadh-based researcher.

Short Url: https://arab.news/p7x4k

MOST POPULAR
Saudi Arabia opens registration for Hajj 2023 pilgrims
Saudi Pro League: Al-Nassr top table after win
Riyadh Season visitor numbers pass 15 million

RELATED
Saudi FM, Iranian counterpart meet briefly on sidelines of Jordan conference
Crown prince receives call from Chinese president

Follow Arab News on WhatsApp and Telegram"""))

A.append(dict(id="h47-10", source="jpost.com",
url="https://www.jpost.com/israel-news/bennett-meets-sisi-in-sharm-el-sheikh-679429",
published_at="2021-09-13", body="""The Jerusalem Post
Israel News | Middle East | Diaspora | Opinion | Premium

Bennett meets Sisi in Sharm el-Sheikh in first official visit by Israeli PM in a decade

The two leaders discussed Gaza, regional security and economic ties, the Prime Minister's Office said.

By JERUSALEM POST STAFF
Published: SEPTEMBER 13, 2021 21:47
Updated: SEPTEMBER 13, 2021 22:30

Prime Minister Naftali Bennett met Egyptian President Abdel Fattah al-Sisi in the Red Sea resort of Sharm el-Sheikh on Monday, the first official visit by an Israeli prime minister to Egypt in ten years.

Bennett flew to Sinai on Monday morning and returned in the evening. Egypt's presidency published photographs of the two leaders seated in front of Israeli and Egyptian flags, an unusually public display for Cairo.

The two discussed efforts to maintain calm in Gaza, the reconstruction of the Strip and the return of Israeli captives and the bodies of fallen soldiers held by Hamas, as well as Iran and economic cooperation, Bennett's office said.

"We created a foundation for deep ties going forward," Bennett said after the meeting. He described the talks as "very important and very good" and said both sides had agreed to deepen cooperation in trade and energy.

Sisi's spokesman Bassam Rady said the Egyptian president had stressed Egypt's support for all efforts to reach a comprehensive peace in the Middle East based on the two-state solution, and the importance of international support for rebuilding Gaza.

The last public visit by an Israeli prime minister to Egypt was in January 2011, when Benjamin Netanyahu met then-president Hosni Mubarak in Sharm el-Sheikh.

The invitation was delivered to Bennett in August by Egyptian intelligence chief Abbas Kamel, who visited Jerusalem and met the prime minister and other senior officials.

The meeting caps a busy period of Israeli diplomacy. Bennett met US President Joe Biden at the White House last month, and was reported to have met Jordan's King Abdullah secretly in Amman in July. Defense Minister Benny Gantz held talks with Palestinian Authority President Mahmoud Abbas in Ramallah late last month, and Foreign Minister Yair Lapid traveled to Morocco in August to inaugurate Israel's liaison office in Rabat.

Egypt has played a central role in mediating between Israel and Hamas since the 11-day conflict in May. Egyptian officials have been pushing for a long-term truce and a prisoner exchange deal.

An Israeli official said the two leaders had spoken "warmly" and at length, and that Egypt was interested in expanding gas cooperation and tourism. Israel's Airports Authority separately announced that the Taba crossing would be upgraded to handle more travellers.

Opposition leader Netanyahu's Likud party did not comment on the visit.

RELATED CONTENT
Lapid to travel to Bahrain to open embassy
Egypt reopens Rafah crossing after brief closure
Gantz: Iran 10 weeks away from weapons-grade material

Sponsored Content

Most Read
Israeli COVID czar: Fourth wave peaking
Tel Aviv apartment prices hit new record

Copyright (c) 2021 Jpost Inc. All rights reserved. Terms of Use | Privacy Policy"""))

A.append(dict(id="h47-11", source="dw.com",
url="https://www.dw.com/en/macron-in-egypt-leaders-urge-return-to-gaza-ceasefire/a-72167834",
published_at="2025-04-07", body="""Skip next section Navigation
DW | Germany | World | Business | Science | Environment | Culture | Sports

Middle East

Macron in Egypt: Leaders urge return to Gaza ceasefire

French President Emmanuel Macron has held talks with Egyptian President Abdel Fattah el-Sisi in Cairo and joined a three-way summit with Jordan's King Abdullah II. The three leaders also spoke with US President Donald Trump.

04/07/2025 | 3 min read

French President Emmanuel Macron and Egyptian President Abdel Fattah el-Sisi on Monday called for an immediate return to the ceasefire in Gaza and for the unhindered delivery of humanitarian aid, as Macron began the main day of a three-day visit to Egypt.

Macron arrived in Cairo on Sunday evening. Sisi accompanied his guest on a walk through the crowded Khan el-Khalili bazaar in the old city, where the two leaders were greeted by shoppers and filmed having dinner at a restaurant.

On Monday, the two presidents held talks at the Ittihadiya presidential palace and agreed to raise relations between their countries to the level of a strategic partnership. They witnessed the signing of agreements covering transport, health, education and renewable energy.

They were later joined by King Abdullah II of Jordan for a trilateral summit focused on Gaza. In a joint statement, the three leaders rejected any displacement of Palestinians and backed the Arab plan for the reconstruction of the territory adopted at a summit in Cairo last month.

The three leaders also held a joint phone call with US President Donald Trump to discuss how to restore the ceasefire and secure the release of the remaining hostages, the Elysee said.

"The return to a ceasefire is urgent," Macron said at a press conference with Sisi. "We must put an end to the suffering of the civilian population."

Image: Macron (left) and Sisi in Khan el-Khalili on Sunday evening (Ludovic Marin/AFP/Getty Images)

On Tuesday, Macron is due to travel to the city of el-Arish in northern Sinai, about 50 kilometers (30 miles) from the Gaza Strip, where he will visit a hospital treating wounded Palestinians and meet humanitarian workers and the UN agencies coordinating aid.

The visit comes as Israeli Prime Minister Benjamin Netanyahu was in Washington for talks with Trump, his second trip to the White House since the US president returned to office.

Israel ended the ceasefire with Hamas in mid-March and resumed its military offensive. Aid deliveries into Gaza have been blocked for more than a month.

Macron has said France could recognize a Palestinian state in June, at a UN conference on the two-state solution that Paris is co-chairing with Saudi Arabia.

Egypt is also a major customer of the French defense industry. Cairo has ordered a total of 54 Rafale fighter jets.

jsi/rc (AFP, Reuters, dpa)

Send us your feedback

Related topics: Egypt, Emmanuel Macron, Gaza Strip

Advertisement

EXPLORE MORE
Israel expands Gaza ground operations
Gaza: Aid groups warn of worsening hunger

(c) 2025 Deutsche Welle | Privacy Policy | Legal notice | Contact"""))

A.append(dict(id="h47-12", source="theguardian.com",
url="https://www.theguardian.com/world/2021/mar/05/pope-francis-arrives-in-iraq-for-historic-visit",
published_at="2021-03-05", body="""Support the Guardian
Available for everyone, funded by readers
Contribute | Subscribe

News | Opinion | Sport | Culture | Lifestyle
World | Europe | US | Americas | Asia | Australia | Middle East | Africa

Iraq

Pope Francis arrives in Iraq for historic visit amid Covid and security fears

Pontiff is first pope to visit the country, with a four-day itinerary including Baghdad, Najaf, Ur, Mosul and Erbil

Our Middle East correspondent in Baghdad
Fri 5 Mar 2021 14.02 GMT

Pope Francis has landed in Baghdad at the start of the first papal visit to Iraq, a four-day trip intended to encourage the country's dwindling Christian community and to reach out to Shia Muslims.

The 84-year-old pontiff was greeted on the tarmac by the prime minister, Mustafa al-Kadhimi, before being driven in a convoy to the presidential palace, where he was received by President Barham Salih. In a speech to officials and diplomats, he called for an end to violence and extremism. "Let the clash of arms be silenced," he said.

On Saturday, Francis is due to travel to the holy city of Najaf for a private meeting with Grand Ayatollah Ali al-Sistani, the 90-year-old most senior Shia cleric in Iraq, who rarely receives visitors. He will then go to the ancient city of Ur, traditionally held to be the birthplace of Abraham, for an interfaith gathering.

On Sunday, he is scheduled to visit Mosul, the former stronghold of the Islamic State, and the mainly Christian town of Qaraqosh, before celebrating mass at a stadium in Erbil, the capital of the Kurdistan region, where up to 10,000 people are expected.

The trip has been planned against the backdrop of a surge in Covid-19 infections in Iraq, which imposed a lockdown during the visit. The pope and his entourage have been vaccinated, but many of those expected to attend events have not.

Security is also a concern. About 10,000 members of the security forces have been deployed, and a rocket attack on the Ain al-Asad airbase, which hosts US and coalition troops, on Wednesday underlined the risks.

Iraq's Christian population has fallen from about 1.5 million before the 2003 US-led invasion to a few hundred thousand, driven out by sectarian violence and the Islamic State's occupation of the Nineveh plains.

"This visit is a message that we have not been forgotten," said a priest in Baghdad's Karrada district.

The trip is the pope's first abroad since the start of the pandemic. In 2019 he became the first pontiff to visit the Arabian peninsula, travelling to Abu Dhabi, where he signed a declaration on human fraternity with the grand imam of al-Azhar, Ahmed al-Tayeb.

Kadhimi declared Saturday a national day of tolerance and coexistence to mark the meeting in Najaf.

Topics: Iraq | Pope Francis | Catholicism | Religion | Middle East and north Africa | news

Reuse this content

MOST VIEWED
Kadhimi to visit Saudi Arabia later this month, say officials
Biden's $1.9tn relief bill clears Senate hurdle
Meghan and Harry interview: what to expect

... we have a small favour to ask. Millions are turning to the Guardian for open, independent, quality news every day. Support the Guardian from as little as $1."""))
