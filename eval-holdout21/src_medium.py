# Medium wire-style stories (1,200-2,000 characters), h21-13 .. h21-26
M = []

M.append(dict(id="h21-13", source="dailysabah.com",
url="https://www.dailysabah.com/diplomacy/2018/09/17/erdogan-putin-agree-on-demilitarized-zone-in-idlib",
published_at="2018-09-17", body="""DAILY SABAH | Diplomacy

Erdogan, Putin agree on demilitarized zone in Syria's Idlib after Sochi talks

DAILY SABAH WITH AGENCIES | SOCHI | Published Sep 17, 2018 9:41 PM

Turkey and Russia agreed on Monday to create a demilitarized zone between regime forces and opposition groups in Syria's northwestern Idlib province, averting for now a regime offensive that Ankara warned would cause a humanitarian disaster.

President Recep Tayyip Erdogan and Russian President Vladimir Putin announced the deal after more than four hours of talks in the Black Sea resort of Sochi. A memorandum was signed by Defense Minister Hulusi Akar and his Russian counterpart Sergei Shoigu.

Under the agreement, a zone 15 to 20 kilometers deep will be set up along the contact line by Oct. 15, from which radical groups must withdraw and heavy weapons must be removed. Turkish and Russian forces will carry out coordinated patrols in the zone.

"With this memorandum, I believe we have prevented a big humanitarian crisis in Idlib," Erdogan told a joint news conference. Putin said Russia and Turkey were determined to fight terrorism "in all its forms".

The Sochi meeting came 10 days after a three-way summit in Tehran with Iranian President Hassan Rouhani, where Erdogan's call for a cease-fire was rebuffed by Putin.

Idlib, home to about 3 million people, is the last major stronghold of the armed opposition. Turkey already hosts some 3.5 million Syrian refugees.

Photo: President Erdogan and Russian President Putin shake hands after their joint news conference in Sochi, Sept. 17, 2018. (AA Photo)

Related: Cavusoglu, Pompeo discuss Syria in phone call

Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h21-14", source="reuters.com",
url="https://www.reuters.com/world/modi-visits-kyiv-first-indian-pm-trip-ukraine-2024-08-23/",
published_at="2024-08-23", body="""Reuters | World | Europe

Modi hugs Zelenskiy in Kyiv on first visit by Indian PM to Ukraine

By Reuters staff | August 23, 2024 3:51 PM GMT+1 | Updated

KYIV, Aug 23 (Reuters) - Indian Prime Minister Narendra Modi embraced Volodymyr Zelenskiy in Kyiv on Friday, on the first visit by an Indian leader to Ukraine since it gained independence in 1991, six weeks after a trip to Moscow that angered Kyiv.

Modi, who arrived on a 10-hour overnight train from Poland, held talks with the Ukrainian president at the Mariinskyi palace after the two men laid toys at a memorial to children killed in the war.

"India has never been neutral. We have been on the side of peace," Modi said, adding that India was ready to play an "active role" in ending the conflict.

The two sides signed four agreements on agriculture, medical products, culture and humanitarian assistance, India's foreign ministry said. Modi invited Zelenskiy to visit India, and the Ukrainian leader said he hoped India could host a future peace summit.

Modi's trip to Moscow in July, where he hugged President Vladimir Putin on the day a Russian missile struck a children's hospital in Kyiv, drew sharp criticism from Zelenskiy, who called it "a huge disappointment".

India has not condemned Russia's invasion and has become a large buyer of Russian crude oil. Western capitals have pressed New Delhi to use its influence with Moscow.

(Reporting by Reuters reporters in Kyiv and New Delhi; Editing by Alex Richardson)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Ukraine's Kursk incursion: what we know
India's Adani Group: shares climb after quarterly results"""))

M.append(dict(id="h21-15", source="chinadaily.com.cn",
url="https://www.chinadaily.com.cn/a/202406/13/WS666acb1ea31095c51c508b2f.html",
published_at="2024-06-13", body="""China Daily | World | China-Oceania

Li Qiang holds talks with New Zealand Prime Minister Luxon in Wellington

By CHINA DAILY | Updated: 2024-06-13 19:25

Premier Li Qiang held talks with New Zealand Prime Minister Christopher Luxon in Wellington on Thursday, with the two sides agreeing to expand cooperation in trade, education, science and technology and climate change.

Li, who is on an official visit to New Zealand, said China was willing to work with New Zealand to be "partners of mutual trust and win-win cooperation" and that the two countries had set several "firsts" in China's relations with developed countries, including the first free trade agreement.

Luxon said New Zealand attached great importance to its relationship with China, its largest trading partner, and that the two sides could manage differences through frank dialogue.

After the talks, the two premiers witnessed the signing of several cooperation documents covering trade in services, the export of agricultural products, science and technology and business environment. China will extend its unilateral visa-free policy to New Zealand citizens, Li announced.

It is the first visit to New Zealand by a Chinese premier in seven years. Li arrived in Wellington on Thursday morning and will travel to Auckland on Friday to meet with business representatives.

Li will then pay an official visit to Australia from June 15 to 18 and to Malaysia from June 18 to 20, according to the Chinese Foreign Ministry.

Photo: Premier Li Qiang and New Zealand Prime Minister Christopher Luxon attend a welcome ceremony at Government House in Wellington, June 13, 2024. [Photo/Xinhua]

Most Viewed in 24 Hours
China's Chang'e-6 returns to orbit after sampling moon's far side
Dragon Boat Festival travel bookings jump

Copyright 1995 - 2024. All rights reserved."""))

M.append(dict(id="h21-16", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/531487/Egypt/Foreign-Affairs/Egypt,-Turkey-sign--agreements-as-Sisi-makes-firs.aspx",
published_at="2024-09-04", body="""Ahram Online | Egypt | Foreign Affairs

Egypt, Turkey sign 17 agreements as El-Sisi makes first visit to Ankara

Ahram Online | Wednesday 4 Sep 2024

Egypt and Turkey signed 17 memorandums of understanding and cooperation agreements on Wednesday during President Abdel-Fattah El-Sisi's visit to Ankara, the first by an Egyptian president to Turkey in 12 years.

The agreements, covering energy, defence industries, tourism, health, education and culture, were signed after El-Sisi and Turkish President Recep Tayyip Erdogan co-chaired the first meeting of the High-Level Strategic Cooperation Council between the two countries at the presidential complex.

El-Sisi, who was welcomed with an official ceremony, said the two sides aimed to raise trade to $15 billion within five years. Erdogan said Turkey was ready to work with Egypt to achieve a ceasefire in Gaza and to deliver humanitarian aid through Egyptian territory.

The talks also addressed the situations in Libya, Sudan and Somalia, as well as security in the Red Sea and the eastern Mediterranean, presidential spokesman Ahmed Fahmy said.

The visit comes after Erdogan's trip to Cairo in February, which ended more than a decade of estrangement following the 2013 ouster of Mohamed Morsi. The two countries restored full diplomatic relations and exchanged ambassadors in July 2023.

El-Sisi invited Erdogan to visit Egypt for the next meeting of the council, the spokesman said.

Tags: El-Sisi, Erdogan, Egypt-Turkey relations

Share: Facebook | X | WhatsApp

Short link:
Related
El-Sisi receives phone call from Jordan's King Abdullah
Egypt's PM inaugurates new Suez Canal economic zone projects"""))

M.append(dict(id="h21-17", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000987.html",
published_at="2024-07-26", body="""Ministry of Foreign Affairs of Japan

Japanese | Sitemap | Contact

Home > Foreign Policy > Regional Affairs > Asia > China

Japan-China Foreign Ministers' Meeting

July 26, 2024

On July 26, commencing at 11:55 a.m. (local time; 1:55 p.m. JST) for approximately 55 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. WANG Yi, Member of the Political Bureau of the Communist Party of China Central Committee and Minister of Foreign Affairs of the People's Republic of China, during her visit to Vientiane, the Lao People's Democratic Republic, to attend the ASEAN-related Foreign Ministers' Meetings. The overview is as follows.

1. Both Ministers confirmed that they would comprehensively promote a "Mutually Beneficial Relationship Based on Common Strategic Interests", and build "constructive and stable Japan-China relations".

2. Minister Kamikawa called for the early lifting of the import restrictions on Japanese food products, and expressed serious concerns over the situation in the East China Sea, including the Senkaku Islands, and the buoy installed in Japan's exclusive economic zone.

3. Minister Kamikawa strongly requested the early release of Japanese nationals detained in China.

4. The two Ministers also exchanged views on the situation in the Indo-Pacific, including North Korea, and on the situation in Ukraine.

5. Both Ministers shared the view to continue close communication at all levels, including at the level of Foreign Ministers.

Related Information
Japan-Republic of Korea Foreign Ministers' Meeting
Japan-Lao PDR Foreign Ministers' Meeting
Japan-China Relations

Back to Asia | Page Top"""))

M.append(dict(id="h21-18", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2023-11/22/0031-amir-receives-phone-call-from-us-president",
published_at="2023-11-22", body="""Qatar News Agency | Local | International | Economy | Sports

HH the Amir Receives Phone Call from US President

Doha, November 22 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call on Wednesday from HE President of the United States of America Joseph R. Biden.

During the call, HE the US President expressed his appreciation for the mediation efforts of the State of Qatar, in partnership with the Arab Republic of Egypt and the United States, which resulted in reaching an agreement on a humanitarian pause in the Gaza Strip. They also discussed ways to ensure the implementation of the agreement and the entry of humanitarian aid.

HH the Amir Receives Phone Call from Egyptian President

Doha, November 22 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call today from HE President of the Arab Republic of Egypt Abdel Fattah El-Sisi.

During the call, they discussed the joint Qatari-Egyptian efforts that led to the humanitarian pause agreement in the Gaza Strip, and stressed the importance of building on it to reach a comprehensive and permanent ceasefire.

Minister of State at the Ministry of Foreign Affairs Meets Brazilian Ambassador

Doha, November 22 (QNA) - HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi met today with HE Ambassador of the Federative Republic of Brazil to the State of Qatar. The meeting reviewed bilateral relations.

QNA | Print | Email

Copyright Qatar News Agency. All rights reserved."""))

M.append(dict(id="h21-19", source="apnews.com",
url="https://apnews.com/article/biden-xi-call-taiwan-yellen-china-2024",
published_at="2024-04-02", body="""AP | World | Politics | Business

Biden and Xi speak by phone for first time since November summit as tensions simmer

By AP staff | Updated 5:58 PM EDT, April 2, 2024

WASHINGTON (AP) - President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday, their first conversation since they met in California in November, as the two sides try to keep relations steady ahead of the U.S. presidential election.

The call lasted about an hour and 45 minutes, the White House said. Biden raised concerns about China's support for Russia's defense industrial base, its actions in the South China Sea, including against the Philippines, and the need to keep peace across the Taiwan Strait. He also pressed for progress on curbing flows of fentanyl precursor chemicals.

Xi warned that the United States should not cross "red lines" on Taiwan and said U.S. restrictions on Chinese technology companies were "not de-risking but creating risks", according to Chinese state media.

The White House said Treasury Secretary Janet Yellen would travel to China later this week, and Secretary of State Antony Blinken would visit in the coming weeks.

Next week, Biden will host Japanese Prime Minister Fumio Kishida for a state visit at the White House, and will also hold the first leaders' summit with Kishida and Philippine President Ferdinand Marcos Jr.

Copyright 2024 The Associated Press. All Rights Reserved.

Related Stories
Yellen to press China on overcapacity during Guangzhou stop
House passes bill that could ban TikTok"""))

M.append(dict(id="h21-20", source="en.irna.ir",
url="https://en.irna.ir/news/85596841/Iran-Iraq-sign-14-MoUs-during-Pezeshkian-s-visit-to-Baghdad",
published_at="2024-09-11", body="""IRNA English | Politics | Economy | Society

Iran, Iraq sign 14 MoUs during Pezeshkian's visit to Baghdad

Baghdad, IRNA - Iran and Iraq signed 14 memorandums of understanding on Wednesday in the presence of President Masoud Pezeshkian and Iraqi Prime Minister Mohammed Shia al-Sudani, on the first day of the Iranian president's official visit to Iraq.

The documents cover cooperation in the fields of trade, agriculture, communications, education, sports, youth and social security, as well as the facilitation of travel for pilgrims.

Pezeshkian, who arrived in Baghdad on Wednesday morning at the head of a high-ranking political and economic delegation, was officially welcomed by al-Sudani at the Government Palace. The two sides then held private and expanded talks.

Speaking at a joint press conference, Pezeshkian said Iran and Iraq were "two brotherly nations" whose relations were rooted in history and faith, and called for Muslim countries to unite in the face of the crimes of the Zionist regime in Gaza.

Al-Sudani said Baghdad was determined to expand economic relations with Tehran and to implement the security agreement signed by the two countries last year on the border areas.

The Iranian president is scheduled to travel to Erbil, Sulaymaniyah, Basra and Karbala during his three-day visit. It is his first foreign trip since taking office in July.

Pezeshkian is also due to travel to New York later this month to attend the UN General Assembly.

News ID: 85596841

Follow IRNA on Telegram and Instagram

Related news
Araghchi holds phone talks with Omani counterpart
Iran's top diplomat to visit Saudi Arabia: spokesman

IRNA | All rights reserved"""))

M.append(dict(id="h21-21", source="barrons.com",
url="https://www.barrons.com/news/macron-presses-xi-on-ukraine-trade-in-paris-talks-4a1d9c2e",
published_at="2024-05-06", body="""Barron's | News | AFP

Macron Presses Xi On Ukraine, Trade In Paris Talks

By AFP - Agence France Presse | May 6, 2024

French President Emmanuel Macron urged Chinese leader Xi Jinping on Monday to use his influence with Moscow to help end the war in Ukraine and called for "fair rules for all" in trade, as Xi began his first European tour in five years.

The two leaders first held a three-way meeting at the Elysee Palace with European Commission chief Ursula von der Leyen, before bilateral talks and a state dinner in the evening.

"The coordination with China on major crises is absolutely decisive," Macron said. Xi told reporters that China "is not the creator of the Ukraine crisis, nor a party to it" and opposed using it to "smear" Beijing.

Xi, who landed in Paris on Sunday, also backed a French call for an "Olympic truce" in all conflicts during the Paris Games this summer.

On Tuesday Macron will take Xi to the Col du Tourmalet in the Pyrenees, a mountain pass where the French president spent time as a child with his grandmother.

Xi goes on to Serbia and Hungary, two countries seen as friendly to Moscow and Beijing, later this week. He is scheduled to meet Serbian President Aleksandar Vucic in Belgrade on Wednesday, the 25th anniversary of NATO's bombing of the Chinese embassy there, and Hungarian Prime Minister Viktor Orban in Budapest on Thursday.

The EU has launched probes into Chinese subsidies for electric vehicles, and Beijing has responded with an anti-dumping investigation into European brandy, a move that mainly targets French cognac.

bur-adp/sw

(c) Agence France-Presse

Most Popular
Stocks Rise As Traders Await Fed Speakers
Oil Edges Up On Middle East Ceasefire Doubts"""))

M.append(dict(id="h21-22", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2016/12/16/national/politics-diplomacy/abe-putin-agree-joint-economic-activity-northern-territories/",
published_at="2016-12-16", body="""The Japan Times | News | National | Politics & Diplomacy

Abe, Putin agree to start talks on joint economic activities on disputed islands

KYODO, STAFF REPORT | Dec 16, 2016

NAGATO, Yamaguchi Pref. - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed to begin consultations on joint economic activities on the four Russian-held islands off Hokkaido, during talks that ran past midnight at a hot spring inn in Abe's home prefecture.

Putin arrived in Nagato on Thursday evening nearly three hours behind schedule, the first visit to Japan by a Russian leader in 11 years. The two leaders held talks at the Otani Sanso ryokan, including a session with only interpreters present, before continuing discussions over dinner.

The two leaders moved to Tokyo on Friday, where they were to hold a joint news conference and attend a business forum. Japanese and Russian companies and government bodies are expected to sign dozens of documents on energy, medicine and urban development.

There was no breakthrough on the territorial dispute that has kept the two countries from signing a peace treaty to formally end World War II. "It would be naive to think it can be solved overnight," a senior Japanese government official said.

Abe visited Sochi in May and met Putin again in Vladivostok in September to lay the groundwork for the summit.

Later this month Abe will travel to Hawaii, where he is scheduled to visit Pearl Harbor with U.S. President Barack Obama on Dec. 27, the first Japanese prime minister to do so since the 1941 attack.

Your news needs your support. Subscribe to The Japan Times | Sign up for our newsletter

Keywords: Shinzo Abe, Vladimir Putin, Russia, Northern Territories, Kuril Islands"""))

M.append(dict(id="h21-23", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/modi-ali-sign-10-mous/",
published_at="2024-11-21", body="""Stabroek News | News | Guyana | Regional | Sports

Modi, Ali sign 10 MoUs as Indian PM addresses National Assembly

By Stabroek News staff | November 21, 2024

Indian Prime Minister Narendra Modi and President Irfaan Ali yesterday held talks at State House and witnessed the signing of 10 memoranda of understanding covering hydrocarbons, digital payments, pharmaceuticals, agriculture, defence cooperation and culture.

Modi, the first Indian prime minister to visit Guyana in 56 years, arrived on Tuesday night from Rio de Janeiro, where he attended the G20 summit. He was received at the Cheddi Jagan International Airport by President Ali, Prime Minister Mark Phillips and a dozen Cabinet ministers.

Yesterday, Modi also co-chaired the second India-CARICOM summit with Grenada Prime Minister Dickon Mitchell, the current CARICOM chairman. On the sidelines, he held bilateral talks with Barbados Prime Minister Mia Mottley and Dominica Prime Minister Roosevelt Skerrit, the Indian Ministry of External Affairs said.

President Ali conferred the Order of Excellence, Guyana's highest national award, on the Indian leader, who today is due to address a special sitting of the National Assembly. Dominica presented him with its Award of Honour at the same ceremony.

Opposition leader Aubrey Norton said he welcomed the visit but called for more transparency on the terms of the agreements. Before Brazil, Modi was in Nigeria.

Comments (14) | Share this: Facebook | X | WhatsApp

Related
Exxon files new development plan for Hammerhead project
GPL: Blackouts to ease by month-end"""))

M.append(dict(id="h21-24", source="africanews.com",
url="https://www.africanews.com/2022/07/26/lavrov-in-uganda-museveni-says-russia-never-harmed-africa/",
published_at="2022-07-26", body="""africanews. | Politics | Business | Sport | Culture

Lavrov in Uganda: Museveni says Russia 'never harmed' Africa

By AFP | with africanews | Last updated: 26/07 - 16:02

Ugandan President Yoweri Museveni on Tuesday defended his country's ties with Moscow as he hosted Russian Foreign Minister Sergei Lavrov, saying Africa could not be "against somebody just because we are told by others".

"We don't believe in being enemies of somebody's enemy," Museveni told reporters after the talks at State House in Entebbe. "How can we be against somebody who has never harmed us?"

Lavrov, on a tour aimed at shoring up support on the continent as the war in Ukraine drives up food and fuel prices, blamed Western sanctions for the grain crisis. "We don't want to hurt anyone," he said.

The Russian minister flew in from Congo-Brazzaville, where he saw President Denis Sassou Nguesso on Monday. He began his trip in Cairo on Sunday. His last stop is Ethiopia, home to the African Union headquarters, where he is due on Wednesday.

The tour coincides with a trip by French President Emmanuel Macron, who was in Cameroon on Tuesday and has accused Russia of being "one of the last imperial colonial powers".

Uganda abstained in the March vote at the UN General Assembly condemning the Russian invasion of Ukraine.

Photo: Yoweri Museveni receives Sergei Lavrov at State House Entebbe. (c) Uganda Presidential Press Unit / AFP

Read more
Ethiopia: Tigray aid convoys resume
Ghana seeks IMF help as inflation bites

Share: Facebook | X | WhatsApp | Email"""))

M.append(dict(id="h21-25", source="inform.kz",
url="https://www.inform.kz/en/tokayev-macron-hold-talks-in-akorda_a4130872",
published_at="2023-11-01", body="""Kazinform | Politics | Economy | Society | World

Tokayev, Macron hold talks in Akorda

ASTANA. KAZINFORM - President of Kazakhstan Kassym-Jomart Tokayev held talks with President of France Emmanuel Macron, who arrived in Astana on an official visit, the Akorda press service reports.

The heads of state discussed the development of the strategic partnership between Kazakhstan and France, focusing on trade and investment, energy, including uranium supplies, critical raw materials, agriculture, transport and logistics, education and culture.

"France is one of Kazakhstan's key partners in Europe. Over 170 French companies operate in our country," Tokayev said, adding that French direct investment in Kazakhstan's economy had exceeded 17 billion US dollars since 2005.

Macron said France wanted to deepen cooperation with Kazakhstan on energy and the green transition and to support the country's sovereignty and diversification of partners.

Following the talks, the two leaders attended a ceremony to sign a package of documents, including agreements on critical raw materials, the supply of aircraft and water resources management.

Tokayev paid an official visit to France in November last year.

After Astana, the French President will travel to Uzbekistan, where talks with President Shavkat Mirziyoyev are scheduled in Samarkand.

Written by Kazinform | 1 November 2023, 19:44

Follow Kazinform on Telegram

Top news
Kazakhstan to host CSTO summit in 2024
Tokayev receives US Senate delegation"""))

M.append(dict(id="h21-26", source="dawn.com",
url="https://www.dawn.com/news/1865520/chinese-premier-li-qiang-arrives-in-islamabad-on-4-day-visit",
published_at="2024-10-14", body="""DAWN | Home | Pakistan | World | Business | Opinion

Chinese Premier Li Qiang arrives in Islamabad on four-day visit

Baqir Sajjad Syed | Published October 14, 2024

Chinese Premier Li Qiang arrived in Islamabad on Monday night on a four-day visit, the first by a Chinese premier in 11 years, and was received at the Nur Khan Airbase by Prime Minister Shehbaz Sharif.

Along with his bilateral programme, Mr Li will attend the Shanghai Cooperation Organisation Council of Heads of Government meeting on Oct 15-16. Security in the capital has been tightened, with a three-day holiday declared in the twin cities.

Officials said Mr Li and PM Shehbaz would jointly inaugurate the New Gwadar International Airport by video link during the visit, and hold talks on the China-Pakistan Economic Corridor and the security of Chinese nationals, which has become a major concern after a suicide attack near Karachi airport this month killed two Chinese engineers.

External Affairs Minister S. Jaishankar is expected in Islamabad on Tuesday to lead the Indian delegation at the SCO meeting, the first visit by an Indian foreign minister in nearly a decade. New Delhi has said no bilateral meeting with Pakistan is planned.

Prime ministers and senior officials from Russia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Iran are due in Islamabad for the meeting.

Published in Dawn, October 15th, 2024

Comments (32) | Closed

Most Popular
PTI calls off D-Chowk protest
Constitutional amendment: JUI-F finalises draft"""))
