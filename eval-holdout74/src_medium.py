# Medium wire-style stories and readouts (1,200-2,000 characters), h74-13 .. h74-26
M = []

M.append(dict(id="h74-13", source="state.gov",
url="https://www.state.gov/secretary-rubios-meeting-with-panamanian-president-mulino/",
published_at="2025-02-02", body="""An official website of the United States Government. Here's how you know

U.S. DEPARTMENT of STATE
Home > Office of the Spokesperson > Readouts

Secretary Rubio's Meeting with Panamanian President Mulino

READOUT
OFFICE OF THE SPOKESPERSON
FEBRUARY 2, 2025

The below is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio met today with Panamanian President José Raúl Mulino in Panama City. Secretary Rubio conveyed President Trump's preliminary determination that the current position of influence and control of the Chinese Communist Party over the Panama Canal area poses a threat to the Canal and represents a violation of the Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal.

Secretary Rubio made clear that this status quo is unacceptable and that, absent immediate changes, it would require the United States to take measures necessary to protect its rights under the treaty.

The Secretary and President Mulino also discussed cooperation on irregular migration, including U.S.-funded repatriation flights from Panama, and the fight against transnational criminal organizations. Earlier in the day, the Secretary met Foreign Minister Javier Martínez-Acha, and he later toured the Miraflores Locks with Panama Canal Administrator Ricaurte Vásquez.

Tags
Bureau of Western Hemisphere Affairs | Office of the Spokesperson | Panama | The Secretary of State

Related Articles
FEBRUARY 1, 2025
Secretary Rubio's Travel to Panama, El Salvador, Costa Rica, Guatemala, and the Dominican Republic
JANUARY 21, 2025
Secretary Rubio's Meeting with Japanese Foreign Minister Iwaya

White House | USA.gov | Office of the Inspector General | Archives | Contact Us
Privacy Policy | Accessibility Statement | Copyright Information | FOIA | No FEAR Act"""))

M.append(dict(id="h74-14", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/rp/page1e_000912.html",
published_at="2024-07-27", body="""Ministry of Foreign Affairs of Japan
Japanese | Home > Foreign Policy > Asia > Lao PDR

Foreign Minister Kamikawa's Visit to the Lao People's Democratic Republic (Overview of Bilateral Meetings)

July 27, 2024

From July 25 to 27, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, visited Vientiane, Lao PDR, to attend the ASEAN-related Foreign Ministers' Meetings. On the margins of the meetings, Minister Kamikawa held the following bilateral meetings.

1. Lao PDR
On July 26, Minister Kamikawa paid a courtesy call on H.E. Mr. Sonexay Siphandone, Prime Minister of the Lao PDR, and held a meeting with H.E. Mr. Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign Affairs. Minister Kamikawa expressed appreciation for Laos' ASEAN chairmanship, and the two sides confirmed cooperation on unexploded ordnance clearance.

2. China
On July 26, Minister Kamikawa held a Japan-China Foreign Ministers' Meeting with Mr. WANG Yi, Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs, for approximately one hour. Minister Kamikawa conveyed Japan's serious concerns over the situation in the East China Sea and strongly requested the early lifting of import restrictions on Japanese food products.

3. Republic of Korea
Minister Kamikawa held a Japan-ROK Foreign Ministers' Meeting with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs. The two ministers exchanged views on North Korea, including its military cooperation with Russia, and confirmed close coordination among Japan, the ROK and the United States.

4. Philippines
Minister Kamikawa held a meeting with H.E. Mr. Enrique A. MANALO, Secretary of Foreign Affairs. The two ministers confirmed further cooperation on maritime security, including in the South China Sea.

5. Others
Minister Kamikawa also had a brief exchange (standing talk) with H.E. Mr. Maris Sangiampongsa, Minister of Foreign Affairs of the Kingdom of Thailand.

Back to Lao PDR | Page Top"""))

M.append(dict(id="h74-15", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38104/Visit_of_External_Affairs_Minister_to_Maldives",
published_at="2024-08-10", body="""Ministry of External Affairs, Government of India
Media Center > Press Releases

Visit of External Affairs Minister to Maldives (August 09-11, 2024)

August 10, 2024

External Affairs Minister Dr. S. Jaishankar is on an official visit to the Republic of Maldives from 09-11 August 2024 at the invitation of the Minister of Foreign Affairs of Maldives, H.E. Mr. Moosa Zameer.

2. On 10 August 2024, EAM called on H.E. Dr. Mohamed Muizzu, President of the Republic of Maldives, and conveyed the greetings of Prime Minister Shri Narendra Modi. EAM also held official talks with Foreign Minister Zameer, during which the two Ministers reviewed bilateral relations, including development partnership, capacity building, trade, health and defence and security cooperation, and exchanged views on regional developments.

3. EAM and President Muizzu jointly inaugurated water supply and sewerage facilities in 28 islands of Maldives, built under a Line of Credit from the Government of India. In their presence, the two sides signed a Memorandum of Understanding on training an additional 1,000 Maldivian civil servants in India.

4. EAM also met the Minister of Defence, H.E. Mr. Mohamed Ghassan Maumoon.

5. The visit follows the participation of President Muizzu in the swearing-in ceremony of the Prime Minister and Union Council of Ministers in New Delhi in June 2024, and the visit of Foreign Minister Zameer to India in May 2024. EAM said that India looked forward to welcoming President Muizzu for a bilateral visit at an early date.

New Delhi
August 10, 2024

Share: Facebook | X | Email | Print

Related Press Releases
Visit of External Affairs Minister to Mauritius (July 16-17, 2024)"""))

M.append(dict(id="h74-16", source="english.news.cn",
url="https://english.news.cn/20230310/3c9a7e41d2b84f0f9a6c5e1b7d20f488/c.html",
published_at="2023-03-10", body="""Saudi Arabia, Iran agree to resume diplomatic relations after talks in Beijing

Source: Xinhua | Editor: huaxia | 2023-03-10 19:48:36

BEIJING, March 10 (Xinhua) -- Saudi Arabia and Iran have agreed to resume diplomatic relations and reopen their embassies and missions within two months, according to a joint trilateral statement issued in Beijing on Friday by China, Saudi Arabia and Iran.

The statement was signed after talks held in Beijing from March 6 to 10 between a Saudi delegation led by Musaed bin Mohammed Al-Aiban, Minister of State, member of the Council of Ministers and National Security Advisor, and an Iranian delegation led by Ali Shamkhani, Secretary of the Supreme National Security Council. Wang Yi, director of the Office of the Foreign Affairs Commission of the CPC Central Committee, attended the signing ceremony.

According to the statement, the talks were held in response to the initiative of Chinese President Xi Jinping. The two sides agreed that their foreign ministers will meet to implement the agreement, arrange the return of their ambassadors and discuss ways of enhancing bilateral relations.

They also agreed to respect the sovereignty of states and non-interference in internal affairs, and to activate the security cooperation agreement signed in 2001 and the general agreement for cooperation in economy, trade, investment, technology, science, culture, sports and youth signed in 1998.

Wang said the talks were "a victory for dialogue and peace" and that China would continue to play a constructive role in handling hotspot issues.

Saudi Arabia cut ties with Iran in 2016. Iraq and Oman hosted several rounds of talks between the two sides in 2021 and 2022. Enditem

Photo: Wang Yi, Ali Shamkhani and Musaed bin Mohammed Al-Aiban attend the closing meeting of the talks in Beijing, March 10, 2023. (Xinhua/Luo Xiaoguang)

Most viewed | Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h74-17", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/75018",
published_at="2024-09-03", body="""President of Russia | Events | News

Russian-Mongolian talks

Vladimir Putin, who is on an official visit to Mongolia, held talks with President of Mongolia Ukhnaagiin Khurelsukh in Ulaanbaatar.

September 3, 2024 | 12:40 | Ulaanbaatar

The talks began in a restricted format and continued with the participation of the two countries' delegations.

Before the talks, an official welcome ceremony took place on Sukhbaatar Square in front of the State Palace.

Following the talks, a number of documents were signed in the presence of the two heads of state, including an agreement on the design and reconstruction of Combined Heat and Power Plant No. 3 in Ulaanbaatar and an agreement on the supply of aviation fuel. The presidents then made statements for the press.

Vladimir Putin: "Mr President, friends, I would like to thank you for the invitation. Our visit is timed to a significant date, the 85th anniversary of the joint victory of Soviet and Mongolian troops at Khalkhin Gol. Trade between our countries grew by over 21 percent last year."

The President of Russia invited Mr Khurelsukh to take part in the BRICS summit in Kazan in October.

Later in the day, the two presidents will attend a ceremony marking the anniversary of the Khalkhin Gol victory.

Topics: Foreign policy
Geography: Mongolia
Publication date: September 3, 2024, 12:40
Text version

Other news
Meeting with Mongolian and Russian schoolchildren
Telephone conversation with Prime Minister of India Narendra Modi
Meeting with Governor of Kursk Region Alexei Smirnov

All materials on this site are licensed under Creative Commons Attribution 4.0 International"""))

M.append(dict(id="h74-18", source="wam.ae",
url="https://www.wam.ae/en/details/1395302737625",
published_at="2019-02-04", body="""WAM | Emirates News Agency

Mohamed bin Zayed receives Pope Francis at Presidential Palace

Mon 04-02-2019 14:52 PM

ABU DHABI, 4th February, 2019 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, today received His Holiness Pope Francis, Head of the Catholic Church, at the Presidential Palace in Abu Dhabi, in the presence of His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of Dubai.

An official reception ceremony was held for His Holiness, including a 21-gun salute and a flypast by the Al Fursan aerobatic team trailing the colours of the Vatican flag.

During the meeting, the two sides exchanged views on promoting the values of tolerance, coexistence and human fraternity, and on cooperation to consolidate peace and stability in the region and the world.

Pope Francis arrived in Abu Dhabi on Sunday evening, on the first visit by a pontiff to the Arabian Peninsula, at the invitation of His Highness Sheikh Mohamed bin Zayed. He was welcomed at the Presidential Airport by His Highness and by His Eminence Dr. Ahmed Al Tayeb, Grand Imam of Al-Azhar.

Later today, Pope Francis and the Grand Imam of Al-Azhar will sign the Document on Human Fraternity at the Founder's Memorial, at the close of the Global Conference of Human Fraternity. On Tuesday, His Holiness will lead a mass at Zayed Sports City expected to be attended by some 135,000 worshippers.

WAM/Tariq alfaham/Hatem Mohamed

Related News
Vatican confirms Pope Francis to visit Morocco on 30-31 March

Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h74-19", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/cavusoglu-meets-israels-lapid-in-first-visit-by-turkish-fm-in-15-years",
published_at="2022-05-25", body="""DAILY SABAH | Politics > Diplomacy

Çavuşoğlu meets Israel's Lapid in first visit by Turkish FM in 15 years

by Anadolu Agency | JERUSALEM | May 25, 2022 - 1:34 pm GMT+3

Foreign Minister Mevlüt Çavuşoğlu (L) and Israeli Foreign Minister Yair Lapid shake hands ahead of their meeting in Jerusalem, May 25, 2022. (AA Photo)

Foreign Minister Mevlüt Çavuşoğlu met his Israeli counterpart Yair Lapid in Jerusalem on Wednesday, in the first visit by a Turkish foreign minister to Israel in 15 years as the two countries work to normalize ties.

At a joint press conference, Çavuşoğlu said Türkiye and Israel had agreed to start talks on a new civil aviation agreement and to revive their joint economic commission. He reiterated Ankara's support for a two-state solution and said normalization would also help efforts toward a peaceful resolution of the conflict.

Lapid said the relationship had "known ups and downs" but that both sides had chosen to open a new chapter, and thanked Türkiye for its cooperation against threats to Israeli citizens.

Çavuşoğlu arrived in the region on Tuesday and first traveled to Ramallah, where he met Palestinian Foreign Minister Riyad al-Maliki and was received by President Mahmoud Abbas. He also visited the Al-Aqsa Mosque compound.

The visit follows Israeli President Isaac Herzog's trip to Ankara in March. Çavuşoğlu invited Lapid to visit Türkiye, and the Israeli minister said he would do so "soon".

READ MORE
Erdoğan discusses NATO bids with Sweden's Andersson, Finland's Niinistö by phone

Daily Sabah Newsletter: Keep up to date with what's happening in Türkiye, its region and the world. SUBSCRIBE

Comments: 0 | Share"""))

M.append(dict(id="h74-20", source="reuters.com",
url="https://www.reuters.com/world/china/xi-zelenskiy-hold-first-call-since-russia-invasion-2023-04-26/",
published_at="2023-04-26", body="""Reuters | World | China

Xi, Zelenskiy hold first call since Russia's invasion; China to send envoy

By Lin Meifang and Oleksii Brovko
April 26, 2023 8:41 PM GMT+8 | Updated

BEIJING/KYIV, April 26 (Reuters) - Chinese President Xi Jinping spoke with Ukrainian President Volodymyr Zelenskiy by telephone on Wednesday for the first time since Russia's invasion, and said Beijing would send a special envoy to Ukraine and other countries to discuss a "political settlement" of the war.

Zelenskiy said on Twitter he had a "long and meaningful" call with Xi, which lasted nearly an hour, and that it would give "a powerful impetus" to bilateral relations, together with the appointment of a Ukrainian ambassador to China.

According to Chinese state media, Xi told Zelenskiy that dialogue and negotiation were "the only viable way out" and that China would send Li Hui, its special representative for Eurasian affairs and a former ambassador to Russia, to Ukraine.

Kyiv named Pavel Riabikin, a former minister for strategic industries, as its ambassador to Beijing.

Xi paid a state visit to Moscow last month. French President Emmanuel Macron, who visited China in early April, had urged the Chinese leader to speak with Zelenskiy.

The Kremlin said it took note of the call and welcomed anything that could hasten the end of the conflict. White House spokesman John Kirby called it "a good thing".

Reporting by Beijing and Kyiv newsrooms; Editing by Peter Graff

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Russia says it will respond to Finland joining NATO"""))

M.append(dict(id="h74-21", source="kemlu.go.id",
url="https://kemlu.go.id/portal/en/read/3870/berita/fm-retno-holds-series-of-bilateral-meetings-on-sidelines-of-g20-fmm",
published_at="2022-07-08", body="""Kementerian Luar Negeri Republik Indonesia | EN | ID

Home > News

Foreign Minister Retno Marsudi Holds Series of Bilateral Meetings on the Sidelines of the G20 Foreign Ministers' Meeting

Bali, 8 July 2022

On the sidelines of the G20 Foreign Ministers' Meeting (FMM) held in Nusa Dua, Bali, on 7-8 July 2022, Foreign Minister Retno L.P. Marsudi held a series of bilateral meetings with her counterparts.

On 7 July, FM Retno received the State Councilor and Foreign Minister of the People's Republic of China, Wang Yi. The two ministers discussed economic cooperation and preparations for high-level visits.

FM Retno also met Foreign Minister of the Russian Federation Sergey Lavrov. She conveyed the importance of an end to the war and of reintegrating food and fertilizer exports from Russia and Ukraine into global supply chains.

The Foreign Minister also held a meeting with Foreign Minister of Japan Hayashi Yoshimasa, focusing on infrastructure projects and the G20 agenda.

On 8 July, FM Retno met United States Secretary of State Antony J. Blinken. The two discussed the G20 Presidency, the situation in Myanmar and cooperation in the Indo-Pacific.

"As G20 Presidency, Indonesia wants the G20 to be a catalyst for global recovery, and this requires all members to sit together," FM Retno said.

Other News
Foreign Minister Accompanies President Jokowi's Visit to Kyiv and Moscow
Indonesia Hands Over Humanitarian Aid to Afghanistan

Share: Facebook | Twitter | WhatsApp

Copyright © 2022 Kementerian Luar Negeri Republik Indonesia"""))

M.append(dict(id="h74-22", source="tass.com",
url="https://tass.com/politics/1485511",
published_at="2022-07-25", body="""TASS | Russian Politics & Diplomacy

Lavrov holds talks with Congolese President Sassou Nguesso in Oyo

The Russian foreign minister is on a tour of four African countries

OYO /Republic of the Congo/, July 25. /TASS/. Russian Foreign Minister Sergey Lavrov on Monday held talks with President of the Republic of the Congo Denis Sassou Nguesso at the president's residence in Oyo, a TASS correspondent reports.

Lavrov arrived in Brazzaville on Sunday night from Cairo and flew to Oyo, some 400 km north of the capital, on Monday morning. Before the talks with the president, he met with Congolese Foreign Minister Jean-Claude Gakosso.

"We highly appreciate the balanced position of the Republic of the Congo on international affairs," Lavrov told reporters after the meeting. The sides discussed cooperation in energy and education and the preparation of the second Russia-Africa summit next year.

On Sunday, Lavrov held talks in Cairo with Egyptian President Abdel Fattah el-Sisi and Foreign Minister Sameh Shoukry, and addressed the permanent representatives of the Arab League states.

From the Republic of the Congo, the Russian top diplomat will travel to Uganda, where talks with President Yoweri Museveni are scheduled for Tuesday, and then to Ethiopia, the final leg of the tour.

Tags: Sergey Lavrov, Republic of the Congo, Africa

More news
Russia, Turkey, Ukraine and UN sign grain deal in Istanbul
Medvedev says sanctions will not change Russia's course

Subscribe to TASS on Telegram"""))

M.append(dict(id="h74-23", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/pm-pham-minh-chinh-receives-chinese-state-councilor-foreign-minister-wang-yi-post208112.vnp",
published_at="2021-09-10", body="""VietnamPlus | Politics

PM Pham Minh Chinh receives Chinese State Councilor, Foreign Minister Wang Yi

Hanoi (VNA) - Prime Minister Pham Minh Chinh received Chinese State Councilor and Foreign Minister Wang Yi in Hanoi on September 10, who is on an official visit to Vietnam to co-chair the 13th meeting of the Steering Committee for Vietnam-China Bilateral Cooperation.

PM Chinh asked China to continue supplying COVID-19 vaccines and to facilitate the export of Vietnamese farm produce through border gates, which have been congested since the pandemic began. He said the two sides should properly manage differences at sea and refrain from actions that complicate the situation.

Wang Yi said China would provide Vietnam with an additional 3 million doses of vaccine this year and that it was ready to work with Vietnam to maintain peace and stability in the East Sea.

Earlier the same day, Wang Yi paid a courtesy call on Party General Secretary Nguyen Phu Trong and co-chaired the Steering Committee meeting with Deputy Prime Minister Pham Binh Minh.

The visit to Vietnam is the first leg of a tour that will also take Wang Yi to Cambodia, Singapore and the Republic of Korea, the Chinese Foreign Ministry said. It comes less than three weeks after US Vice President Kamala Harris visited Hanoi.

VNA/VNP

Tags: Vietnam-China relations, Pham Minh Chinh, Wang Yi

Related News
Vietnam receives more vaccine doses from Japan
Deputy PM Pham Binh Minh holds online talks with Lao counterpart"""))

M.append(dict(id="h74-24", source="aa.com.tr",
url="https://www.aa.com.tr/en/turkiye/ethiopia-somalia-agree-to-resolve-dispute-under-ankara-declaration/3421986",
published_at="2024-12-12", body="""Ethiopia, Somalia agree to resolve dispute under 'Ankara Declaration' after Turkish mediation

President Erdoğan hosts Ethiopian, Somali leaders in Ankara; technical talks to start before end of February

Selin Aydoğan | 12.12.2024 - Update : 12.12.2024

ANKARA

Ethiopia and Somalia have agreed to set aside their differences and work together toward a commercial arrangement giving Ethiopia access to the sea, President Recep Tayyip Erdoğan announced late Wednesday after hosting the two countries' leaders in the Turkish capital.

Erdoğan first held separate meetings at the Presidential Complex with Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud, and then brought the two leaders together for talks that lasted into the evening, with Foreign Minister Hakan Fidan present.

Abiy and Mohamud then signed the "Ankara Declaration," in which they agreed to begin technical negotiations before the end of February 2025, facilitated by Türkiye, and to conclude them within four months.

"I believe that with the meeting we held today, we have taken the first step toward a new beginning," Erdoğan told a joint press conference.

Tensions between the two Horn of Africa neighbors escalated in January after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland. Fidan hosted two rounds of indirect talks between the Ethiopian and Somali foreign ministers in Ankara in July and August.

Related News
Türkiye, Somalia discuss energy cooperation

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))

M.append(dict(id="h74-25", source="mofa.gov.pk",
url="https://mofa.gov.pk/foreign-ministers-engagements-on-the-sidelines-of-the-sco-cfm-goa/",
published_at="2023-05-05", body="""Ministry of Foreign Affairs | Government of Pakistan
Home > Press Releases

Foreign Minister Bilawal Bhutto Zardari's engagements on the sidelines of the SCO Council of Foreign Ministers, Goa

No. 188/2023
Goa, 05 May 2023

Foreign Minister Bilawal Bhutto Zardari is leading the Pakistan delegation to the Meeting of the SCO Council of Foreign Ministers (CFM), being held in Goa, India, on 4-5 May 2023.

On the sidelines of the CFM, the Foreign Minister held bilateral meetings with the Foreign Minister of the Russian Federation, Sergey Lavrov, the State Councilor and Foreign Minister of the People's Republic of China, Qin Gang, and the Foreign Minister of the Republic of Uzbekistan, Bakhtiyor Saidov.

In the meeting with Foreign Minister Lavrov, the two sides exchanged views on bilateral relations, including energy and trade, and on regional developments.

With State Councilor Qin Gang, the Foreign Minister reaffirmed the all-weather strategic cooperative partnership and said he looked forward to welcoming him to Islamabad on 6 May for the fourth round of the Pakistan-China Strategic Dialogue, and for the fifth China-Pakistan-Afghanistan Trilateral Foreign Ministers' Dialogue.

In the meeting with Foreign Minister Saidov, the two sides discussed regional connectivity, including the Uzbekistan-Afghanistan-Pakistan railway project.

In his address to the CFM, the Foreign Minister said Pakistan's participation reflected its strong commitment to the SCO Charter, and called for collective efforts against terrorism.

Islamabad
05 May 2023

Share | Print

Related Press Releases
Press Release on the visit of Foreign Minister to Goa for SCO CFM"""))

M.append(dict(id="h74-26", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/07/readout-of-vice-president-kamala-harris-meeting-with-president-alejandro-giammattei-of-guatemala/",
published_at="2021-06-07", body="""The White House | Briefing Room

Readout of Vice President Kamala Harris's Meeting with President Alejandro Giammattei of Guatemala

JUNE 07, 2021 • STATEMENTS AND RELEASES

Today, Vice President Kamala Harris met with President Alejandro Giammattei of Guatemala in Guatemala City, during her first international trip as Vice President. The Vice President and President Giammattei discussed the importance of addressing the root causes of migration, including by combating corruption, strengthening democratic governance and the rule of law, and creating economic opportunity.

The Vice President announced new initiatives to support these efforts, including a task force to combat human smuggling and trafficking and an anti-corruption task force, as well as new investments in entrepreneurs and affordable housing.

The meeting followed the virtual bilateral meeting between the Vice President and President Giammattei on April 26. The two leaders agreed to continue working together closely.

The Vice President also met with community leaders, young innovators and civil society representatives in Guatemala City. Tomorrow, the Vice President will travel to Mexico City, where she will meet with President Andrés Manuel López Obrador.

Stay Connected
Sign Up: We'll be in touch with the latest information on how President Biden and his administration are working for the American people.

Briefing Room | Statements and Releases | Privacy Policy | Accessibility Statement"""))
