# Medium wire-style stories (1,200-2,000 characters), h67-13 .. h67-26
M = []

M.append(dict(id="h67-13", source="reuters.com",
url="https://www.reuters.com/world/europe/zelenskiy-heads-washington-first-foreign-trip-since-invasion-2022-12-21/",
published_at="2022-12-21", body="""Zelenskiy heads to Washington on first foreign trip since Russia's invasion

By Andrea Shalal and Olena Kostiuk

WASHINGTON/KYIV, Dec 21 (Reuters) - Ukrainian President Volodymyr Zelenskiy is due in Washington on Wednesday on his first known trip outside his country since Russia invaded in February, a visit that will include talks with President Joe Biden at the White House and an address to Congress.

Zelenskiy is expected to meet Biden in the Oval Office in the afternoon and hold a joint news conference, the White House said, confirming the trip only hours before his arrival for security reasons. He is due to address a joint meeting of Congress in the evening.

The United States will announce a new $1.85 billion security package during the visit, including for the first time a Patriot air defence battery, a senior administration official said.

"I'm on my way to the U.S. to strengthen resilience and defence capabilities of Ukraine," Zelenskiy wrote on Telegram early on Wednesday.

Zelenskiy visited front-line troops in the eastern city of Bakhmut on Tuesday. Polish media reported that he had crossed into Poland overnight and would fly from there, but neither government confirmed the route.

Biden and Zelenskiy last spoke by phone on Dec. 11, when the Ukrainian leader thanked him for U.S. support for Kyiv's energy grid. The invitation to visit was extended during that call, a U.S. official said.

(Reporting by Andrea Shalal in Washington and Olena Kostiuk in Kyiv; Editing by Grant McCool)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Putin says Russia will build up nuclear forces
Oil rises on U.S. crude drawdown"""))

M.append(dict(id="h67-14", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/74952",
published_at="2024-09-02", body="""President of Russia | Events | News

Vladimir Putin arrived in Mongolia on an official visit

September 2, 2024, 22:10
Ulaanbaatar

At the invitation of President of Mongolia Ukhnaagiin Khurelsukh, the President of Russia is paying an official visit to Mongolia.

Vladimir Putin was met at Chinggis Khaan International Airport by a guard of honour and senior Mongolian officials.

Russian-Mongolian talks will take place on September 3 at the Government Palace, following an official welcome ceremony at Sukhbaatar Square. The two presidents will discuss the state and prospects of bilateral relations, as well as current regional and international issues. A number of intergovernmental and interdepartmental documents are scheduled to be signed, including on energy supplies and the reconstruction of a thermal power plant in Ulaanbaatar.

Vladimir Putin and Ukhnaagiin Khurelsukh will also attend events marking the 85th anniversary of the joint victory of Soviet and Mongolian troops over Japanese forces at the Khalkhin Gol River.

The President of Russia's previous visit to Mongolia took place in September 2019.

The Russian delegation includes Deputy Prime Minister Alexei Overchuk, Foreign Minister Sergei Lavrov and Energy Minister Sergei Tsivilev.

Topics: Foreign policy
Geography: Mongolia
Publication date: September 2, 2024, 22:10
Direct link: en.kremlin.ru/d/74952

Other news
September 2, 2024 - Meeting with schoolchildren in Kyzyl
August 30, 2024 - Meeting with Governor of Tula Region Dmitry Milyaev
August 27, 2024 - Telephone conversation with Prime Minister of India Narendra Modi
August 19, 2024 - Russian-Azerbaijani talks in Baku

The website uses cookies and similar tools. By continuing to use the website, you agree to this."""))

M.append(dict(id="h67-15", source="english.news.cn",
url="http://english.news.cn/20240702/3f9a1c2d7b8e4f5a9c0d1e2f3a4b5c6d/c.html",
published_at="2024-07-02", body="""Xi arrives in Astana for SCO summit, state visit to Kazakhstan

Source: Xinhua | Editor: huaxia | 2024-07-02 19:48:30

ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping arrived here Tuesday afternoon to attend the 24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) and pay a state visit to Kazakhstan.

Upon arrival at the airport, Xi was warmly welcomed by Kazakh President Kassym-Jomart Tokayev. Young people in traditional costumes presented bread and milk tea, and performed traditional dances.

In a written statement, Xi said he was glad to return to Kazakhstan, a "friendly neighbour and comprehensive strategic partner," and that he looked forward to in-depth exchanges with President Tokayev on deepening bilateral cooperation and on matters of common concern.

Xi said that the SCO summit in Astana would draw a blueprint for the organization's development, and that China stands ready to work with all parties to build a closer SCO community with a shared future.

After the summit, Xi will pay a state visit to Tajikistan at the invitation of Tajik President Emomali Rahmon, according to an earlier announcement by the Chinese foreign ministry spokesperson. Xi was last in Dushanbe in June 2019, when he attended the Conference on Interaction and Confidence-Building Measures in Asia.

Cai Qi, member of the Standing Committee of the Political Bureau of the Communist Party of China Central Committee and director of the General Office of the CPC Central Committee, and Wang Yi, member of the Political Bureau of the CPC Central Committee and foreign minister, among others, arrived on the same plane. Enditem

Photo: Chinese President Xi Jinping is welcomed by Kazakh President Kassym-Jomart Tokayev upon his arrival in Astana, Kazakhstan, July 2, 2024. (Xinhua/Ju Peng)

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h67-16", source="barrons.com",
url="https://www.barrons.com/news/sudan-army-chief-in-egypt-on-first-foreign-trip-since-war-began-8b3c41d2",
published_at="2023-08-29", body="""Barron's | AFP

Sudan Army Chief In Egypt On First Foreign Trip Since War Began

By AFP - Agence France Presse
Aug 29, 2023 10:42 am ET

Sudan's army chief Abdel Fattah al-Burhan arrived in Egypt on Tuesday, his first trip abroad since the outbreak of war with the paramilitary Rapid Support Forces more than four months ago, Egyptian and Sudanese officials said.

Burhan, who heads Sudan's ruling Sovereign Council, landed in the Mediterranean city of El Alamein, where he was received by President Abdel Fattah al-Sisi, the Egyptian presidency said in a statement.

The two leaders are holding talks on "the latest developments in Sudan" and efforts to end the conflict, it said.

Burhan had left army headquarters in Khartoum, where he had been besieged for months, late last week and has since toured army bases in the east of the country, including in Port Sudan on the Red Sea.

A Sudanese official told AFP the general could also travel to Saudi Arabia, which with the United States has sponsored stalled ceasefire talks in the port city of Jeddah, but no visit had been scheduled.

Egypt, which borders Sudan to the north, has received more than 280,000 refugees from the war, according to United Nations figures. Cairo hosted a summit of Sudan's neighbours in July which called for a lasting ceasefire.

The war, which erupted on April 15, has killed at least 5,000 people, according to the Armed Conflict Location and Event Data Project, and driven more than 4.6 million from their homes.

RSF commander Mohamed Hamdan Daglo, who has not appeared in public for months, has repeatedly called for Burhan to step down.

burs-kir/jsa

Copyright AFP 2017-2023. All Rights Reserved.

Related: Stocks to watch this week | Oil extends gains on tighter supply"""))

M.append(dict(id="h67-17", source="mofa.go.jp",
url="https://www.mofa.go.jp/press/release/press1e_000412.html",
published_at="2023-02-03", body="""Ministry of Foreign Affairs of Japan

Home > Press Releases

Visit to Japan by His Excellency Mr. Ferdinand R. Marcos Jr., President of the Republic of the Philippines

February 3, 2023

Japanese

1. His Excellency Mr. Ferdinand R. Marcos Jr., President of the Republic of the Philippines, and Madame Louise Araneta-Marcos will pay an official working visit to Japan from Wednesday, February 8 to Sunday, February 12, 2023.

2. During their stay in Japan, Their Majesties the Emperor and Empress will meet with the President and Madame Araneta-Marcos. Mr. KISHIDA Fumio, Prime Minister of Japan, will hold a summit meeting with the President and host a dinner in his honour.

3. The President will be accompanied by a delegation including Secretary of Foreign Affairs Enrique A. Manalo and other members of his Cabinet, as well as representatives of the Philippine business community.

4. This will be the President's first visit to Japan since he assumed office in June 2022. The Government of Japan hopes that the visit will further strengthen the "Strategic Partnership" between Japan and the Philippines, which celebrates the 67th anniversary of the normalization of diplomatic relations this year, and will promote cooperation towards the realization of a "Free and Open Indo-Pacific."

Related Information
Japan-Philippines Relations
Japan-Philippines Summit Meeting (September 22, 2022)

Other Press Releases
Japan-U.S. Summit Meeting (January 13, 2023)
Foreign Minister Hayashi to visit Latin America (January 2023)
Statement by the Press Secretary on the Ballistic Missile Launch by North Korea

Back to Press Releases

Page Top | Site Policy | Privacy Policy | Accessibility
Ministry of Foreign Affairs of Japan
2-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8919, Japan"""))

M.append(dict(id="h67-18", source="tass.com",
url="https://tass.com/politics/1418927",
published_at="2022-03-10", body="""TASS | Russian Politics & Diplomacy

Lavrov arrives in Antalya for talks with Kuleba, Cavusoglu

The trilateral meeting will be the first contact at the level of foreign ministers since the start of the special military operation

ANTALYA, March 10. /TASS/. Russian Foreign Minister Sergey Lavrov has arrived in the Turkish resort city of Antalya, where on Thursday he will hold talks with Ukrainian Foreign Minister Dmitry Kuleba with the participation of Turkish Foreign Minister Mevlut Cavusoglu, a TASS correspondent reports.

The Russian minister's plane landed at Antalya airport late on Wednesday. Lavrov is also scheduled to have a separate meeting with Cavusoglu, the Russian diplomatic mission in Turkey said.

Kuleba has also arrived in Antalya, the Turkish Foreign Ministry said. The Ukrainian minister is expected to meet Cavusoglu before the three-way talks.

Russian Foreign Ministry Spokeswoman Maria Zakharova said earlier that Moscow regarded the meeting as a continuation of the negotiation process and "expects it to be substantive". Kremlin Spokesman Dmitry Peskov told reporters that a meeting at the level of presidents "could be discussed" only after the delegations had done their work, but ruled out setting any date.

Russian and Ukrainian delegations have held three rounds of talks in Belarus since the end of February.

Turkish President Recep Tayyip Erdogan has offered to host a meeting between the Russian and Ukrainian leaders, and Turkey has positioned itself as a mediator, maintaining ties with both Moscow and Kyiv.

Tags: Sergey Lavrov, Dmitry Kuleba, Russia-Turkey, Ukraine

Read also
Putin, Erdogan discuss situation in Ukraine by phone
Russian diplomats to take part in Antalya Diplomacy Forum

Copyright © TASS 2022"""))

M.append(dict(id="h67-19", source="wam.ae",
url="https://www.wam.ae/en/details/1395303066893",
published_at="2022-07-18", body="""Emirates News Agency - WAM

UAE President arrives in Paris on state visit to France

PARIS, 18th July, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Paris today on a state visit to the French Republic, at the invitation of President Emmanuel Macron.

It is the first state visit by His Highness abroad since he assumed the presidency of the UAE in May.

His Highness was received at the airport by the French Minister for Europe and Foreign Affairs Catherine Colonna, and a number of senior officials.

During the visit, His Highness the UAE President and President Macron will hold talks on ways to enhance the comprehensive strategic partnership between the two countries, particularly in the fields of energy, investment, technology, culture and defence, in addition to regional and international developments of mutual interest.

A number of agreements and memoranda of understanding are expected to be signed, including a comprehensive strategic partnership in the field of energy. President Macron will host a state dinner in honour of His Highness at the Grand Trianon in Versailles this evening.

His Highness is accompanied by a high-level delegation including H.H. Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor, and H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation.

WAM/Amjad Saleh

Other news
UAE President receives phone call from President of Egypt
UAE, Indonesia sign deal on Indonesian capital investment
Sheikh Mohamed receives Greek Prime Minister in Abu Dhabi

Share: Twitter | Facebook | WhatsApp | Print"""))

M.append(dict(id="h67-20", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20180918001253315",
published_at="2018-09-18", body="""Yonhap News Agency | North Korea | Politics | Economy | Market

(LEAD) Moon arrives in Pyongyang for 3rd summit with Kim

By Park Chan-woo

PYONGYANG, Sept. 18 (Joint Press Corps-Yonhap) -- President Moon Jae-in arrived in Pyongyang on Tuesday for his third summit with North Korean leader Kim Jong-un, with the stalled denuclearization talks between Pyongyang and Washington high on the agenda.

Kim and his wife, Ri Sol-ju, greeted Moon and first lady Kim Jung-sook on the tarmac at Pyongyang's Sunan International Airport shortly after 10 a.m., and the two leaders embraced. Moon is the first South Korean president to visit the North's capital in 11 years.

The two leaders are set to hold their first round of talks in the afternoon, and a second round is scheduled for Wednesday, Moon's office said.

It is the third meeting between the leaders this year, following summits in the border village of Panmunjom in April and May.

Moon is scheduled to fly to New York next week for the U.N. General Assembly, where he plans to hold a summit with U.S. President Donald Trump to brief him on the outcome of the Pyongyang talks. Trump and Kim could meet again soon, officials in Seoul have said, though no date or venue has been set.

Last month, Trump called off a planned trip to Pyongyang by Secretary of State Mike Pompeo, citing insufficient progress on denuclearization.

(END)

Keywords: #Moon Jae-in #Kim Jong-un #Pyongyang summit

Most Read
1. (LEAD) Moon, Kim to visit Mount Paektu
2. S. Korean stocks open higher on summit hopes
3. BTS to address U.N. event next week"""))

M.append(dict(id="h67-21", source="en.antaranews.com",
url="https://en.antaranews.com/news/236929/president-jokowi-arrives-in-kyiv-to-meet-zelenskyy",
published_at="2022-06-29", body="""ANTARA News | Indonesian News Agency

President Jokowi arrives in Kyiv to meet Zelenskyy

29th June 2022 17:20

Kyiv (ANTARA) - President Joko Widodo (Jokowi) and First Lady Iriana arrived in Kyiv, Ukraine, on Wednesday after an overnight train journey of about 11 hours from the Polish border town of Przemysl.

Jokowi is the first Asian leader to visit Ukraine since the start of the war. After arriving, the President inspected a residential complex damaged in the fighting in Irpin, on the outskirts of Kyiv, before heading to the Mariinsky Palace for talks with Ukrainian President Volodymyr Zelenskyy.

"I came with a message of peace," Jokowi said in Irpin. He said his visit was a form of concern for the humanitarian situation and the food crisis triggered by the war.

From Kyiv, the President will travel to Moscow, where he is scheduled to meet Russian President Vladimir Putin on Thursday at the Kremlin. Kremlin spokesman Dmitry Peskov confirmed the meeting.

Jokowi will then visit the United Arab Emirates on Friday to meet President Mohamed bin Zayed Al Nahyan, Foreign Minister Retno Marsudi said.

Before arriving in Poland, Jokowi attended the G7 Summit at Schloss Elmau in Germany, where Indonesia, as holder of the G20 presidency, was one of the invited countries.

Reporter: Hendra Kusuma
Editor: Rahmad Nasution
COPYRIGHT © ANTARA 2022

Related news
Retno Marsudi calls for reopening of Ukrainian grain exports
Indonesia, Germany sign energy transition cooperation

Share: Facebook | Twitter | WhatsApp | Telegram"""))

M.append(dict(id="h67-22", source="thepresidency.gov.za",
url="https://www.thepresidency.gov.za/president-ramaphosa-undertake-working-visit-united-states-america",
published_at="2022-09-14", body="""The Presidency | Republic of South Africa

Media Statements

President Ramaphosa to undertake Working Visit to the United States of America

14 September 2022

President Cyril Ramaphosa will on Friday, 16 September 2022, undertake a Working Visit to Washington DC, United States of America, at the invitation of President Joseph R. Biden Jr.

The visit takes place within the context of the longstanding bilateral relations between South Africa and the United States, which are anchored on the Strategic Dialogue. During the engagement at the White House, the two Presidents will discuss trade and investment, the energy transition, health cooperation and global developments, including the situation in Ukraine and its impact on food security in Africa.

The visit follows the visit to South Africa by US Secretary of State Antony Blinken in August 2022, during which the Strategic Dialogue was reconvened in Pretoria.

The President will be supported by the Minister of International Relations and Cooperation, Dr Naledi Pandor, the Minister of Trade, Industry and Competition, Mr Ebrahim Patel, and the Minister of Finance, Mr Enoch Godongwana.

Following the visit to the United States, President Ramaphosa will travel to London, United Kingdom, to attend the State Funeral of Her Majesty Queen Elizabeth II on Monday, 19 September 2022.

Media enquiries: Vincent Magwenya, Spokesperson to the President

Issued by: The Presidency

Related
Statement on the passing of Her Majesty Queen Elizabeth II
President Ramaphosa receives credentials of Heads of Mission

Share this page: Facebook | Twitter | Email | Print"""))

M.append(dict(id="h67-23", source="arabnews.com",
url="https://www.arabnews.com/node/2014856/middle-east",
published_at="2022-01-30", body="""Arab News | Middle East

Israeli president in Abu Dhabi on first such visit to UAE

AFP
January 30, 2022 18:54

ABU DHABI: Israeli President Isaac Herzog is in the United Arab Emirates for the first official visit by an Israeli head of state to the Gulf country, which normalized relations with Israel in 2020.

Herzog and his wife Michal landed in Abu Dhabi on Sunday, where they were greeted by Emirati Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan. He then met Abu Dhabi's Crown Prince Sheikh Mohammed bin Zayed Al Nahyan, the UAE's de facto ruler, at his palace.

"I have come with a message of peace and cooperation," Herzog said on arrival. His office said the two discussed regional security and economic ties.

Herzog is due to visit the Expo 2020 world fair in Dubai on Monday and meet Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum, who is also the UAE's prime minister.

The trip comes six weeks after Naftali Bennett became the first Israeli prime minister to visit the Emirates, and a week after a deadly drone and missile attack on Abu Dhabi claimed by Yemen's Houthi rebels.

The UAE, Bahrain, Morocco and Sudan agreed to normalize ties with Israel in 2020 under US-brokered deals known as the Abraham Accords.

burs/dv

Related
Erdogan to visit UAE next month as Ankara, Abu Dhabi mend ties
Saudi-led coalition strikes Houthi targets in Sanaa
UAE shifts to Monday-Friday work week

Share: Facebook | Twitter | WhatsApp | Email
Comments (0)
Copyright: Arab News © 2022 All rights reserved"""))

M.append(dict(id="h67-24", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-president-to-pay-official-visit-to-iraq-on-monday/3197142",
published_at="2024-04-21", body="""Anadolu Agency | Politics

Turkish president to pay official visit to Iraq on Monday

First visit in 12 years expected to focus on water, security and Development Road project

Burak Dag | 21.04.2024 - Update : 21.04.2024

ANKARA

Turkish President Recep Tayyip Erdogan will pay an official visit to Iraq on Monday, the Communications Directorate said on Sunday.

Erdogan will hold talks in Baghdad with Iraqi Prime Minister Mohammed Shia al-Sudani and President Abdul Latif Rashid, and is then due to travel to Erbil to meet officials of the Kurdistan Regional Government, according to the statement.

It will be his first visit to Iraq since 2012.

The talks are expected to cover water management, the fight against the PKK terror group, energy and the Development Road project, a planned 1,200-kilometer road and rail corridor linking the Persian Gulf with Türkiye. Several agreements and memoranda of understanding are expected to be signed.

Sudani paid an official visit to Ankara in March 2023, and Foreign Minister Hakan Fidan held talks in Baghdad last month.

Meanwhile, Erdogan's planned visit to the United States on May 9 has been postponed, diplomatic sources said on Friday, citing scheduling issues on both sides. No new date has been announced.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related
Turkish foreign minister meets Hamas political bureau chief in Doha
Türkiye, Iraq agree to designate PKK as 'banned organization'

Tags: Türkiye, Iraq, Erdogan, Development Road"""))

M.append(dict(id="h67-25", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2019/06/abe-arrives-in-tehran-iran-mediation.html",
published_at="2019-06-12", body="""KYODO NEWS | Politics | World

Abe arrives in Tehran for talks aimed at easing U.S.-Iran tensions

KYODO NEWS - Jun 12, 2019 - 21:36 | World, All

TEHRAN - Prime Minister Shinzo Abe arrived in Tehran on Wednesday for talks with Iranian leaders, becoming the first sitting Japanese prime minister to visit Iran in 41 years, as he seeks to help ease tensions between the Islamic republic and the United States.

Abe was met at Mehrabad airport by Foreign Minister Mohammad Javad Zarif and went on to hold talks with President Hassan Rouhani at the presidential compound, followed by a dinner.

On Thursday, he is scheduled to meet Supreme Leader Ayatollah Ali Khamenei, a rare meeting for a foreign leader from a country allied with Washington.

The trip comes after U.S. President Donald Trump, during his state visit to Japan late last month, welcomed Abe's offer to act as a go-between. Trump withdrew the United States from the 2015 nuclear deal last year and has reimposed sanctions on Iranian oil exports.

Zarif visited Tokyo in May and met Abe.

Japanese officials have played down hopes of a breakthrough. "It will be a success if we can send the message that dialogue is important," a senior Foreign Ministry official said.

Japan, which used to import Iranian crude, halted purchases in May after U.S. waivers expired.

Related coverage:
Abe, Trump agree to cooperate on Iran during Tokyo summit
Japan, U.S. fail to reach trade deal before G20

==Kyodo"""))

M.append(dict(id="h67-26", source="prensa-latina.cu",
url="https://www.plenglish.com/news/2022/11/20/cuban-president-arrives-in-moscow/",
published_at="2022-11-20", body="""Prensa Latina | Latin American News Agency

Cuban President arrives in Moscow on official visit

Moscow, Nov 20 (Prensa Latina) Cuban President Miguel Diaz-Canel arrived in Moscow on Sunday on an official visit to the Russian Federation, the second stop of a tour that also includes Algeria, Türkiye and China.

The Cuban head of state, who is also First Secretary of the Communist Party of Cuba, was welcomed at Vnukovo-2 airport by Russian Deputy Foreign Minister Sergei Ryabkov and Cuban Ambassador Julio Garmendia.

Diaz-Canel left Algiers for Moscow early on Sunday after wrapping up a three-day state visit to Algeria, where he held official talks with President Abdelmadjid Tebboune and signed agreements in the fields of health, energy and education.

During his stay in Moscow, he is due to meet President Vladimir Putin and to take part in the unveiling of a monument to Commander in Chief Fidel Castro. The Cuban leader will also lay a wreath at the Tomb of the Unknown Soldier.

The Cuban delegation includes Deputy Prime Minister Ricardo Cabrisas and Foreign Minister Bruno Rodriguez.

From Russia, Diaz-Canel will travel to Türkiye, where he is scheduled to meet President Recep Tayyip Erdogan, and then to China, for talks with President Xi Jinping.

Diaz-Canel previously visited Russia in 2019, when he held talks with Putin at Novo-Ogaryovo.

ef/lrg

Other news
Cuba and Vietnam sign agreement on rice production
Venezuelan Vice President to visit Havana next week

Share: Facebook | Twitter | Telegram"""))
