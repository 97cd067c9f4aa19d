# Medium wire-style stories (1,200-2,000 characters), h42-13 .. h42-26
M = []

M.append(dict(id="h42-13", source="english.news.cn",
url="http://english.news.cn/20231213/b41e7c02d9a84f6c8e3a05d17f2c9e11/c.html",
published_at="2023-12-13", body="""Xinhua world news summary at 0030 GMT, Dec. 13

Source: Xinhua | Editor: huaxia | 2023-12-13 08:30:00

HANOI -- Chinese President Xi Jinping held talks with Nguyen Phu Trong, general secretary of the Communist Party of Vietnam Central Committee, in Hanoi on Tuesday, shortly after arriving for a state visit to Vietnam.

The two sides agreed to build a China-Vietnam community with a shared future that carries strategic significance, and witnessed the signing of 36 cooperation documents covering the Belt and Road Initiative, railways, digital economy and law enforcement. Xi is also scheduled to meet other Vietnamese leaders on Wednesday. (Full story)

WASHINGTON -- U.S. President Joe Biden hosted Ukrainian President Volodymyr Zelensky at the White House on Tuesday as a 61-billion-U.S.-dollar aid request remained stalled in Congress. Biden said he would not let Ukraine down but gave no timeline for new funding. (Full story)

DUBAI -- Negotiators at the UN climate conference COP28 worked past the scheduled close on Tuesday to bridge differences over the language on fossil fuels. (Full story)

UNITED NATIONS -- The UN General Assembly on Tuesday adopted a resolution demanding an immediate humanitarian ceasefire in Gaza, with 153 votes in favor. (Full story)

BUENOS AIRES -- Argentina's new government announced a devaluation of more than 50 percent of the peso and spending cuts as part of an emergency economic package. (Full story)

Enditem

Most viewed
China's CPI down 0.5 pct in November
Chinese premier meets visiting New Zealand delegation

Copyright 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h42-14", source="tass.com",
url="https://tass.com/politics/1717051",
published_at="2023-12-06", body="""TASS | Politics | Russia | World | Business

Putin holds talks in Abu Dhabi and Riyadh in one-day Middle East trip

ABU DHABI/RIYADH, December 6. /TASS/. Russian President Vladimir Putin on Wednesday held talks with the leaders of the United Arab Emirates and Saudi Arabia during a one-day working visit to the Middle East.

In Abu Dhabi, Putin was welcomed with an honour guard and a flypast by aircraft trailing smoke in the colours of the Russian flag. He and UAE President Sheikh Mohamed bin Zayed Al Nahyan discussed trade, oil market coordination within OPEC+ and the situation in the Gaza Strip. Putin said bilateral relations had reached "an unprecedentedly high level."

Later on Wednesday, Putin flew to Riyadh, where he held talks with Crown Prince and Prime Minister Mohammed bin Salman. The Russian leader said "nothing can prevent the development of our friendly relations" and invited the crown prince to visit Moscow.

Kremlin aide Yuri Ushakov told reporters that Putin's aircraft had been escorted by Russian Su-35S fighters.

On Thursday, Putin will receive Iranian President Ebrahim Raisi in Moscow. Kremlin spokesman Dmitry Peskov said the two presidents would discuss the Middle East, bilateral trade and the North-South transport corridor.

Earlier on Wednesday, the Kremlin said Putin had no plans to take part in the COP28 climate conference under way in Dubai.

Tags: Vladimir Putin, UAE, Saudi Arabia, Iran

Read also:
Russian delegation arrives in Abu Dhabi for COP28 talks
Russian oil exports via Baltic ports rise in November

TASS Russian News Agency. All rights reserved."""))

M.append(dict(id="h42-15", source="apnews.com",
url="https://apnews.com/article/biden-putin-geneva-summit-meeting-ends",
published_at="2021-06-16", body="""Biden, Putin agree to return ambassadors after Geneva talks

By JONATHAN LEMIRE and VLADIMIR ISACHENKOV | June 16, 2021

GENEVA (AP) — President Joe Biden and Russian President Vladimir Putin wrapped up nearly four hours of talks in Geneva on Wednesday, agreeing to return their ambassadors to each other's capitals and to begin consultations on arms control, but offering little sign of a wider thaw.

Putin called the meeting, held in an 18th-century villa on the shore of Lake Geneva, "constructive" and said there had been "no hostility." Biden said he told Putin that cyberattacks on critical infrastructure were "off-limits" and that the consequences would be "devastating" if jailed opposition leader Alexei Navalny died in prison.

The two leaders shook hands in front of the villa after being welcomed by Swiss President Guy Parmelin, who hosted them.

Biden had arrived in Geneva on Tuesday and met Parmelin for talks on trade and the role Switzerland plays in representing U.S. interests in Iran.

The summit capped Biden's first trip abroad as president, which took him to the Group of Seven summit in Cornwall, England, where he held talks with British Prime Minister Boris Johnson, and to a NATO summit in Brussels.

There was no joint news conference. The two leaders briefed reporters separately, with Putin going first.

Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""))

M.append(dict(id="h42-16", source="reuters.com",
url="https://www.reuters.com/article/us-turkey-russia-turkstream-idUSKBN1Z70R5",
published_at="2020-01-08", body="""World News | January 8, 2020 / 5:42 PM

Putin, Erdogan open TurkStream pipeline, call for Libya ceasefire

By Reuters Staff | 3 Min Read

ISTANBUL (Reuters) - Russian President Vladimir Putin and Turkish President Tayyip Erdogan on Wednesday formally opened the TurkStream pipeline carrying Russian gas to Turkey and southern Europe, and called for a ceasefire in Libya from midnight on Jan. 12.

The two leaders held talks in Istanbul before the ceremony, which was also attended by Serbian President Aleksandar Vucic and Bulgarian Prime Minister Boyko Borissov. Putin said the pipeline would improve energy security for Europe despite U.S. sanctions against companies building it.

In a joint statement, Putin and Erdogan also called for de-escalation between the United States and Iran after Iranian missile strikes on Iraqi bases housing U.S. troops earlier in the day.

Putin arrived in Turkey a day after making an unannounced visit to Damascus, where he met Syrian President Bashar al-Assad at the Russian forces' command center.

Russia and Turkey back opposing sides in Libya's conflict, with Ankara supporting the internationally recognised government in Tripoli.

Reporting by Tuvan Gumrukcu and Daren Butler; Editing by Jon Boyle

Our Standards: The Thomson Reuters Trust Principles.

More from Reuters
Oil prices fall as U.S. and Iran step back
Iranian missiles hit bases housing U.S. troops in Iraq"""))

M.append(dict(id="h42-17", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=1800833",
published_at="2022-02-24", body="""Prime Minister's Office

PM's telephone conversation with the President of the Russian Federation

Posted On: 24 FEB 2022 11:50PM by PIB Delhi

Prime Minister Shri Narendra Modi spoke on the telephone today with H.E. Vladimir Putin, President of the Russian Federation.

President Putin briefed the Prime Minister about the recent developments regarding Ukraine. Prime Minister reiterated his long-standing conviction that the differences between Russia and the NATO group can only be resolved through honest and sincere dialogue.

Prime Minister appealed for an immediate cessation of violence, and called for concerted efforts from all sides to return to the path of diplomatic negotiations and dialogue.

Prime Minister also apprised President Putin of India's concerns regarding the safety of Indian nationals in Ukraine, especially students, and conveyed that India attaches the highest priority to their safe exit and return to India.

The leaders agreed that their officials and diplomatic teams would continue to maintain regular contacts on issues of topical interest.

***

DS/AK

(Release ID: 1800833) Visitor Counter : 4127

Read this release in: Hindi | Marathi | Bengali | Punjabi | Gujarati | Tamil | Telugu

Other releases from PMO
PM chairs high level meeting to review situation in Ukraine
PM to address post-budget webinar on agriculture tomorrow
PM condoles loss of lives in a road accident in Chhattisgarh

Follow us on social media: Twitter | Facebook | YouTube | Instagram
Visit pib.gov.in for more releases | Site is designed and hosted by NIC"""))

M.append(dict(id="h42-18", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/erdogan-in-cairo-for-first-visit-to-egypt-in-more-than-decade/3137202",
published_at="2024-02-14", body="""POLITICS

Erdogan in Cairo for first visit to Egypt in more than a decade

Turkish, Egyptian presidents discuss Gaza, sign joint declaration on High-Level Strategic Cooperation Council; Sisi to visit Türkiye in April

Ahmet Cemal Yilmaz | 14.02.2024 - Update : 14.02.2024

CAIRO

Turkish President Recep Tayyip Erdogan on Wednesday held talks with Egyptian President Abdel Fattah al-Sisi in Cairo, his first visit to Egypt since 2012.

Erdogan, who arrived from the UAE, where he attended the World Governments Summit in Dubai, was welcomed by Sisi at the airport and then at the Ittihadiya Palace.

At a joint press conference, Erdogan said the two countries aimed to raise bilateral trade to $15 billion "in the short term" and that Ankara would continue to work with Cairo to deliver humanitarian aid to Gaza.

"We are determined to bring our relations to the level they deserve," Erdogan said. Sisi said he looked forward to visiting Türkiye in April to hold the first meeting of the revived High-Level Strategic Cooperation Council.

The two presidents signed a joint declaration on the council, and ministers signed agreements on several fields.

Relations between the two regional powers were frozen for nearly a decade before a rapprochement that saw the two countries restore ambassadors in July 2023.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))

M.append(dict(id="h42-19", source="france24.com",
url="https://www.france24.com/en/20191210-putin-zelensky-normandy-summit-paris-prisoner-exchange",
published_at="2019-12-10", body="""EUROPE

Putin, Zelensky hold first talks in Paris, agree prisoner swap but not on east Ukraine

Issued on: 10/12/2019 - 02:14

Russian President Vladimir Putin and his Ukrainian counterpart Volodymyr Zelensky agreed on Monday to exchange all remaining prisoners from the conflict in eastern Ukraine by the end of the year, after their first face-to-face meeting, held on the sidelines of a four-way summit in Paris.

The two leaders met one on one at the Elysee Palace after the main talks hosted by French President Emmanuel Macron and attended by German Chancellor Angela Merkel, the first summit in the so-called Normandy format in three years.

The leaders said in a joint communique that they would support a full and comprehensive ceasefire by the end of 2019 and the disengagement of forces in three more areas by the end of March.

They agreed to hold another summit in the same format within four months. But major disagreements remained on the sequence of local elections in the separatist-held regions and control of the border with Russia.

"I would like to have done more," Zelensky told reporters. Putin called the meeting "a step in the right direction".

Earlier on Monday, protesters in Kyiv warned Zelensky against making concessions to Moscow.

(FRANCE 24 with AFP and REUTERS)

Read more
Explainer: What is the Normandy format?
Zelensky's first months: a comedian faces a war

Share: Facebook | Twitter | WhatsApp | Email
Daily newsletter: Receive essential international news every morning. Subscribe"""))

M.append(dict(id="h42-20", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2014/11/abe-xi-hold-first-talks.html",
published_at="2014-11-10", body="""KYODO NEWS - Nov 10, 2014 - 18:25 | Japan, World

Abe, Xi hold first summit talks in Beijing, agree to improve ties

BEIJING - Prime Minister Shinzo Abe and Chinese President Xi Jinping held their first formal talks on Monday on the sidelines of the Asia-Pacific Economic Cooperation forum, agreeing to gradually improve relations strained by a territorial dispute and differing views of history.

The talks, at the Great Hall of the People, lasted about 25 minutes. Xi offered an unsmiling handshake in front of the cameras. Abe told reporters afterward that the two had agreed to return to the starting point of a "mutually beneficial relationship based on common strategic interests."

The meeting came three days after the two governments released a four-point consensus that paved the way for the talks. Abe said they agreed to set up a maritime communication mechanism to avoid clashes near the Senkaku Islands.

On Sunday, Abe held talks in Beijing with Russian President Vladimir Putin, and the two agreed to start preparations for Putin's visit to Japan next year, a senior Japanese official said.

Abe also exchanged a few words with South Korean President Park Geun Hye at the APEC dinner on Monday evening, though no formal meeting between the two was arranged.

Related coverage:
Abe arrives in Beijing for APEC
Japan, China reach four-point accord to improve ties

KYODO NEWS | Copyright 2014 Kyodo News. All rights reserved."""))

M.append(dict(id="h42-21", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20180918003451315",
published_at="2018-09-18", body="""YONHAP NEWS | North Korea | Politics | Economy

(LEAD) Moon arrives in Pyongyang for third summit with Kim

PYONGYANG/SEOUL, Sept. 18 (Yonhap) -- President Moon Jae-in arrived in Pyongyang on Tuesday for his third summit with North Korean leader Kim Jong-un, which is expected to focus on breaking the deadlock in denuclearization talks between Pyongyang and Washington.

Kim and his wife, Ri Sol-ju, greeted Moon and first lady Kim Jung-sook at Sunan International Airport, where a military honor guard and crowds waving flowers awaited them. The two leaders then rode together in an open car through the streets of the capital.

Moon and Kim began their first round of talks at the headquarters of the ruling Workers' Party in the afternoon. The three-day trip makes Moon the first South Korean president to visit Pyongyang in 11 years.

Cheong Wa Dae said Moon will fly to New York next week for the UN General Assembly and hold a summit with U.S. President Donald Trump on Sept. 24, where he is expected to brief Trump on the outcome of the Pyongyang talks.

Kim has said he wants to meet Trump again, after their first summit in Singapore in June, but no date or venue has been set.

(END)

Keywords: #Moon Jae-in #Kim Jong-un #inter-Korean summit #Pyongyang

Most Viewed
BTS to speak at UN youth event
KOSPI closes lower on trade worries

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h42-22", source="wam.ae",
url="https://www.wam.ae/en/details/1395303067001",
published_at="2022-07-16", body="""Emirates News Agency - WAM
Home | UAE | World | Business | Sport | Photos

Latest news

UAE President meets US President in Jeddah

JEDDAH, 16th July, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan met today with US President Joe Biden on the sidelines of the Jeddah Security and Development Summit, hosted by the Kingdom of Saudi Arabia.

The two leaders reviewed the strategic partnership between the UAE and the United States, cooperation in energy, climate and investment, and regional developments. President Biden extended an invitation to His Highness to visit the United States, which His Highness accepted, with the date to be set later.

UAE President to begin state visit to France on Monday

ABU DHABI, 16th July, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan will begin a state visit to the French Republic on Monday at the invitation of President Emmanuel Macron. It will be His Highness's first state visit abroad since he assumed the presidency. The two sides are expected to sign agreements in the fields of energy and culture.

Abdullah bin Zayed receives copy of credentials of new Kazakh Ambassador

ABU DHABI, 16th July, 2022 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, received a copy of the credentials of the new Ambassador of Kazakhstan to the UAE.

WAM/Rasha Abubaker/Hazem Hussein

Share: Facebook | Twitter | WhatsApp
Download WAM app | Subscribe to WAM newsletter
Copyright 2022 Emirates News Agency"""))

M.append(dict(id="h42-23", source="tehrantimes.com",
url="https://www.tehrantimes.com/news/475302/Raisi-hosts-Putin-Erdogan-in-Tehran-for-Astana-summit",
published_at="2022-07-19", body="""Tehran Times | Politics | Economy | Sports | Culture

Raisi hosts Putin, Erdogan in Tehran for Astana summit

July 19, 2022 - 21:40

TEHRAN - President Ebrahim Raisi hosted his Russian and Turkish counterparts, Vladimir Putin and Recep Tayyip Erdogan, in Tehran on Tuesday for a trilateral summit on Syria in the Astana format.

Putin, on his second trip abroad since February, held separate talks with Raisi and was received by Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei. Iran's National Iranian Oil Company and Russia's Gazprom signed a memorandum of understanding worth about $40 billion during the visit.

Erdogan, who arrived on Monday evening, held talks with Raisi and the two sides signed eight cooperation documents, including in trade and the media. The Turkish president also called on Khamenei.

On the sidelines of the summit, Putin and Erdogan held a bilateral meeting focused on the UN-backed talks on exporting Ukrainian grain through the Black Sea.

In a joint statement, the three presidents said they rejected "all attempts to create new realities on the ground" in Syria.

Tags: Raisi, Putin, Erdogan, Astana format, Syria

Most viewed
Iran says new nuclear proposals are "ready"
Rial strengthens against dollar

Copyright 2022 Tehran Times"""))

M.append(dict(id="h42-24", source="en.antaranews.com",
url="https://en.antaranews.com/news/309204/prabowo-meets-xi-jinping-in-beijing",
published_at="2024-04-01", body="""ANTARA News | Indonesia | Business | World

Prabowo meets Xi Jinping in Beijing, to continue to Japan

Beijing (ANTARA) - Defense Minister and president-elect Prabowo Subianto met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Monday, during his first overseas trip since his election victory was confirmed by the General Elections Commission (KPU).

Xi congratulated Prabowo on his victory in the February 14 election and said China was ready to work with Indonesia's new leadership to strengthen the comprehensive strategic partnership between the two countries.

Prabowo, who travelled to China at the invitation of the Chinese government, said he would continue outgoing President Joko Widodo's policy of close cooperation with Beijing. He also met Premier Li Qiang and Defense Minister Dong Jun.

After China, Prabowo will continue his trip to Japan, where he is scheduled to meet Prime Minister Fumio Kishida on Wednesday, according to the Defense Ministry's spokesperson.

Reporter: Genta Tenri Mawangi | Editor: Rahmad Nasution
Copyright ANTARA 2024

Related news
Jokowi receives visiting Chinese foreign minister
Indonesia, China to continue Jakarta-Bandung railway cooperation"""))

M.append(dict(id="h42-25", source="azertag.az",
url="https://azertag.az/en/xeber/president_ilham_aliyev_and_pm_pashinyan_sign_joint_declaration_at_white_house-3699521",
published_at="2025-08-09", body="""AZERTAC | Politics | Economy | Society

President Ilham Aliyev and Armenian Prime Minister sign joint declaration at White House

Washington, August 9, AZERTAC

On August 8, President of the Republic of Azerbaijan Ilham Aliyev, who is on a working visit to the United States of America, and Prime Minister of Armenia Nikol Pashinyan signed a joint declaration at the White House in the presence of US President Donald Trump.

The document, initialled by the foreign ministers, provides for the text of a peace agreement between Azerbaijan and Armenia and for opening transport links, including a route through Armenia's Syunik province connecting Azerbaijan with its Nakhchivan exclave, to be named the "Trump Route for International Peace and Prosperity".

Earlier, President Ilham Aliyev held a bilateral meeting with President Donald Trump in the Oval Office. A memorandum of understanding on establishing a strategic partnership charter between Azerbaijan and the United States was signed. President Trump also held a separate meeting with Prime Minister Pashinyan, during which agreements on energy and technology were signed.

The leaders also signed a joint appeal to the OSCE on dissolving the Minsk Group.

Photos: President.az

Share: Facebook | X | Telegram
AZERTAC - Azerbaijan State News Agency
All rights reserved. Hyperlink is required when using materials."""))

M.append(dict(id="h42-26", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/400612/pacific-news-in-brief-for-october-9",
published_at="2019-10-09", body="""RNZ | Pacific | Listen live | Podcasts

Pacific news in brief for October 9

4:51 pm on 9 October 2019

Solomon Islands - China
Solomon Islands Prime Minister Manasseh Sogavare has held talks with Chinese Premier Li Keqiang in Beijing, three weeks after Honiara switched diplomatic recognition from Taiwan to China. The two sides signed several agreements, including one on the Belt and Road Initiative. Mr Sogavare is leading a delegation of more than 200 people, and is due to visit Guangdong province before returning home. Taiwan's foreign ministry said it had closed its embassy in Honiara last month.

Papua New Guinea
The Bougainville Referendum Commission has confirmed that voting on the region's future will begin on November 23, a month later than planned.

Samoa
Samoa's health ministry has declared a measles outbreak after a rise in suspected cases in Apia. Schools have been told to check students' vaccination records.

Tonga
Tonga's new prime minister, Pohiva Tu'i'onetoa, has named his cabinet, retaining several ministers from the late 'Akilisi Pohiva's government.

Fiji
The Fiji Sun reports the Reserve Bank has cut its growth forecast for 2019 to 1 percent.

Subscribe to RNZ's Pacific newsletter | Share: Facebook | Twitter | Email

Copyright 2019 Radio New Zealand"""))
