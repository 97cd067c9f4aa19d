# Long pages (2,500-4,500 characters), h78-01 .. h78-12
A = []

A.append(dict(id="h78-01", source="arabnews.com",
url="https://www.arabnews.com/node/2212904/saudi-arabia",
published_at="2022-12-08", body="""Arab News
Saudi Arabia | Middle East | World | Business | Opinion | Sport | Lifestyle
Download the Arab News app | Follow us on X

Brent Crude 76.15 ▼ -1.22% | WTI 72.01 ▼ -0.88% | TASI 10,311.62 ▼ -0.61% | USD/SAR 3.7580

Saudi Arabia

Crown prince welcomes Xi at Al-Yamamah Palace as Kingdom and China seal strategic partnership

Leaders witness signing of 34 investment deals; Chinese president to attend Gulf and Arab summits on Friday

NADA AL-HARBI
Published: December 08, 2022 22:41
Updated: December 08, 2022 23:15

RIYADH: Chinese President Xi Jinping was given a royal welcome at Al-Yamamah Palace on Thursday by Crown Prince Mohammed bin Salman, on the first full day of a state visit that officials in both capitals are describing as a new chapter in relations between the Kingdom and the world's second-largest economy.

Xi landed at King Khalid International Airport on Wednesday evening, escorted by jets of the Royal Saudi Air Force trailing smoke in the colours of the Chinese flag. He was met on the tarmac by Prince Faisal bin Bandar, the governor of Riyadh, and Foreign Minister Prince Faisal bin Farhan.

During Thursday's talks, the crown prince and his guest reviewed bilateral relations and exchanged views on regional and international developments, the Saudi Press Agency said. The Custodian of the Two Holy Mosques King Salman and the Chinese leader then signed a comprehensive strategic partnership agreement, and the two sides agreed to hold summits between their leaders every two years, alternating between Riyadh and Beijing.

Energy Minister Prince Abdulaziz bin Salman said that 34 investment agreements covering green hydrogen, information technology, cloud services, transport, logistics and construction had been signed, alongside a plan to align Saudi Vision 2030 with the Belt and Road Initiative.

Beijing is the Kingdom's largest trading partner and the biggest buyer of its crude. Saudi officials put total deals announced during the visit at more than SR110 billion ($29.3 billion).

On Friday, the Chinese president will take part in the first China-GCC summit and the first China-Arab States Summit, both hosted by the crown prince. Xi is scheduled to hold bilateral talks with Egyptian President Abdel Fattah El-Sisi on the margins of the Arab summit, Egyptian presidential spokesman Bassam Radi said in a statement.

Arab leaders began arriving in the capital on Thursday evening, among them Kuwait's Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah and Iraqi Prime Minister Mohammed Shia Al-Sudani. Palestinian President Mahmoud Abbas is also likely to see the Chinese leader, according to the Palestinian news agency WAFA, though no meeting had been confirmed.

The pageantry contrasted with the low-key reception given to US President Joe Biden when he visited Jeddah in July. Asked about Xi's trip, White House national security spokesman John Kirby said Washington was "mindful of the influence China is trying to grow around the world", but that Gulf partners were not being asked to choose between the two powers.

Xi last came to the Kingdom in January 2016, and the crown prince travelled to Beijing in February 2019.

In an article published in Al-Riyadh newspaper before his arrival, the Chinese president wrote that the two countries should be "partners in shared development" and called for expanded cooperation in energy, finance and investment, including in yuan-denominated oil trade.

Analysts said the visit would be read in Washington as a signal. "Riyadh is diversifying its partnerships, not replacing them," said a Gulf-based political economist.

Photo caption: Crown Prince Mohammed bin Salman receives Chinese President Xi Jinping at Al-Yamamah Palace in Riyadh on Thursday. (SPA)

Read next
Saudi crown prince receives phone call from French president
Oil prices slip ahead of OPEC+ review
Green Falcons return home to heroes' welcome

Topics: Saudi Arabia, China, Xi Jinping, Mohammed bin Salman, GCC

Share: Facebook | X | WhatsApp | LinkedIn | Email

Most Popular
Riyadh Season sets visitor record
Saudi ministry announces holiday dates

Copyright: Arab News © 2022 All rights reserved"""))

A.append(dict(id="h78-02", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-in-cairo-for-first-time-in-12-years-as-ties-with-egypt-thaw",
published_at="2024-02-14", body="""DAILY SABAH
Politics | Türkiye | Business | World | Opinion | Sports
USD/TRY 31.02 ▲ | EUR/TRY 33.24 ▲ | BIST 100 9,011.53 ▼ -0.31% | GOLD 2,160.40 ▲

This website uses cookies. By continuing you accept our cookie policy. Got it

POLITICS > DIPLOMACY

Erdoğan in Cairo for first time in 12 years as Türkiye, Egypt turn page

President, el-Sissi sign joint declaration to relaunch high-level strategic council, discuss Gaza

DAILY SABAH WITH AA
ISTANBUL | Feb 14, 2024 - 6:52 pm GMT+3

President Recep Tayyip Erdoğan arrived in Cairo on Wednesday for his first visit to Egypt in nearly 12 years, in a trip that seals a yearslong normalization between the two regional heavyweights.

Erdoğan and first lady Emine Erdoğan were greeted at Cairo International Airport by Egyptian President Abdel-Fattah el-Sissi before the two leaders drove to Al-Ittihadiya Palace, where they held talks in a one-on-one format followed by a meeting between delegations.

The two presidents then signed a joint declaration on reconstituting the Türkiye-Egypt High-Level Strategic Cooperation Council, the mechanism that had been frozen since 2013.

"We are determined to raise our trade volume to $15 billion in the short term," Erdoğan told a joint news conference, adding that Ankara was ready to cooperate with Cairo in energy, defense and tourism. Bilateral trade stood at around $10 billion last year.

The war in Gaza dominated the agenda. Erdoğan said the two countries shared the goal of an immediate cease-fire and the unhindered delivery of aid through the Rafah crossing, while el-Sissi said Cairo and Ankara agreed on "the need to stop the bloodshed."

Erdoğan flew to Cairo from the United Arab Emirates, where on Tuesday he addressed the World Governments Summit in Dubai as guest of honor and held talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan. The two leaders reviewed the comprehensive economic partnership agreement between their countries, which took effect last year, Türkiye's Communications Directorate said.

Erdoğan, who was accompanied by Foreign Minister Hakan Fidan, Treasury and Finance Minister Mehmet Şimşek, Energy Minister Alparslan Bayraktar and National Intelligence Organization (MIT) chief İbrahim Kalın, said he had invited his counterpart to Türkiye. El-Sissi accepted the invitation, according to the Turkish side, but no date has been announced.

Relations between Ankara and Cairo soured after the 2013 ouster of Egyptian President Mohammed Morsi. The thaw gathered pace after Erdoğan and el-Sissi shook hands at the opening of the FIFA World Cup in Doha in November 2022, and the two countries restored ties at ambassadorial level last July. Egyptian Foreign Minister Sameh Shoukry visited Türkiye after last year's devastating earthquakes, and Fidan made his own trip to Cairo earlier this month to prepare Wednesday's visit.

Analysts said closer coordination between the two could matter for Libya and the Eastern Mediterranean, where the sides have backed rival camps. "The two capitals have stopped seeing each other as rivals in every file," said an Ankara-based analyst.

Photo caption: President Recep Tayyip Erdoğan (L) and Egyptian President Abdel-Fattah el-Sissi at Al-Ittihadiya Palace, Cairo, Egypt, Feb. 14, 2024. (AA Photo)

RELATED
Fidan to visit Riyadh for Gaza contact group talks next week
Türkiye, Egypt eye joint production of drones, experts say
Erdoğan, Mitsotakis hail 'new era' in Athens talks

#Recep Tayyip Erdoğan #Egypt #Abdel-Fattah el-Sissi #Gaza #UAE

Share this article: Facebook | X | LinkedIn | WhatsApp

Subscribe to our newsletter

© Turkuvaz Haberleşme ve Yayıncılık 2024"""))

A.append(dict(id="h78-03", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-putin-hold-annual-summit-in-moscow/article68386671.ece",
published_at="2024-07-09", body="""THE HINDU
e-Paper | Subscribe | Sign in
SENSEX 80,351.64 ▲ 391.26 | NIFTY 24,433.20 ▲ 112.65 | USD/INR 83.48 | Gold 72,310

News > National

Modi, Putin hold talks in Moscow; PM leaves for Vienna on first Austria visit in four decades

Mr. Modi raises early discharge of Indians serving in the Russian Army; says "bombs, guns and bullets" cannot bring peace

Anirban Sen Gupta
MOSCOW | Updated - July 09, 2024 09:48 pm IST

Prime Minister Narendra Modi held summit-level talks with Russian President Vladimir Putin at the Kremlin on Tuesday, his first visit to Russia since the start of the Ukraine conflict, and said the path to peace could not be found "on the battlefield".

Mr. Modi, who landed at Vnukovo airport on Monday afternoon and was received by First Deputy Prime Minister Denis Manturov, was hosted by Mr. Putin for a private dinner at his Novo-Ogaryovo residence outside Moscow on Monday evening. The two leaders walked through the grounds and took an electric car ride before talks that officials said ran well past midnight.

At the 22nd India-Russia annual summit on Tuesday, the two sides agreed on a target of $100 billion in bilateral trade by 2030 and discussed settlements in national currencies, the Northern Sea Route and nuclear energy. Mr. Putin conferred on Mr. Modi the Order of St. Andrew the Apostle, Russia's highest civilian honour, which was announced in 2019.

Foreign Secretary Vinay Kwatra told reporters that the Prime Minister had "strongly" raised the issue of Indian nationals misled into serving with the Russian armed forces, and that Moscow had agreed to their early discharge.

The visit came a day after a Russian missile strike hit a children's hospital in Kyiv. Without naming Russia, Mr. Modi told Mr. Putin that "when innocent children are killed, the heart bleeds". Ukrainian President Volodymyr Zelenskyy called the images of the two leaders embracing "a huge disappointment and a devastating blow to peace efforts". Mr. Modi and Mr. Zelenskyy had met on the sidelines of the G7 summit in Apulia, Italy, last month.

In Washington, State Department spokesperson Matthew Miller said the U.S. had made its concerns about India's relationship with Russia clear to New Delhi.

Mr. Putin accepted an invitation to travel to India for the next annual summit, Mr. Kwatra said, without giving a date.

Later on Tuesday, Mr. Modi will emplane for Vienna, the first visit to Austria by an Indian Prime Minister in 41 years. He is scheduled to hold talks with Chancellor Karl Nehammer and call on President Alexander Van der Bellen on Wednesday, before returning to New Delhi.

The last India-Russia summit took place in New Delhi in December 2021. The 2022 and 2023 editions were not held, though the two leaders met at the Shanghai Cooperation Organisation summit in Samarkand in September 2022.

Photo: Prime Minister Narendra Modi with Russian President Vladimir Putin at the Kremlin in Moscow on July 9, 2024. | Photo Credit: PTI

RELATED STORIES
Explained | What's at stake for India in the Modi-Putin summit
Jaishankar to attend SCO foreign ministers' meeting
Opposition slams timing of Moscow trip

Related Topics: India-Russia / Narendra Modi / Vladimir Putin / Austria

COMMENTS
Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.

Printable version | Jul 9, 2024 10:02 pm IST
© THG PUBLISHING PVT LTD."""))

A.append(dict(id="h78-04", source="kurdistan24.net",
url="https://www.kurdistan24.net/en/story/24061-Pope-Francis-lands-in-Baghdad-on-first-ever-papal-visit-to-Iraq",
published_at="2021-03-05", body="""Kurdistan24
Kurdistan | Iraq | Middle East | World | Economy | Video
Erbil 17°C | Duhok 14°C | Sulaimani 15°C | USD/IQD 1,460

Download the Kurdistan24 app | Watch live

Pope Francis lands in Baghdad on first-ever papal visit to Iraq

Rahim Jaff | Kurdistan24
ERBIL (Kurdistan24) – Friday, March 5, 2021

Pope Francis arrived in Baghdad on Friday afternoon, beginning the first papal visit to Iraq in history, despite security concerns and a surge in coronavirus infections.

The pontiff's plane touched down at Baghdad International Airport shortly before 2 pm local time. He was received on the tarmac by Prime Minister Mustafa al-Kadhimi, as children in traditional dress sang and waved flags.

From the airport, the 84-year-old head of the Catholic Church was driven to the Baghdad Palace, where he was welcomed by President Barham Salih and met senior officials, diplomats and civil society figures. In his address, Francis called for an end to "violence and extremism, factions and intolerance", and urged Iraqis to let "the weapons be silenced".

Salih said the visit, at the invitation of the Iraqi state, sent a message of peace to all Iraqis, "Muslims, Christians, Yazidis and others".

The pope later visited the Syriac Catholic Cathedral of Our Lady of Salvation, where gunmen killed dozens of worshippers in 2010.

On Saturday, Francis will travel to Najaf for a private meeting with Grand Ayatollah Ali al-Sistani, Iraq's top Shia cleric, before an interfaith gathering on the plain of Ur. On Sunday, he flies to Erbil, where he is expected to be received by Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani, before visiting Mosul and Qaraqosh and celebrating an open-air mass at the Franso Hariri Stadium.

Kurdistan Region officials said some 10,000 people were expected at the mass, a reduced number due to health measures. Federal authorities imposed a full curfew for the duration of the visit.

Iraqi security forces deployed thousands of personnel in Baghdad, and much of the pope's travel within the country will be by helicopter and armoured car. Two weeks before the trip, a double suicide bombing killed more than 30 people in a Baghdad market.

The visit comes as Kadhimi prepares for a long-delayed trip to Saudi Arabia. His office said on Thursday the prime minister will travel to Riyadh at the end of this month for talks with Crown Prince Mohammed bin Salman on investment and the electricity grid link.

Iraq's Christian population has fallen from an estimated 1.5 million before 2003 to a few hundred thousand, after years of war and the Islamic State's occupation of Mosul and the Nineveh Plains.

Photo: Pope Francis is welcomed by Iraqi Prime Minister Mustafa al-Kadhimi at Baghdad International Airport, March 5, 2021. (Photo: Vatican Media)

Most Read
KRG Prime Minister receives US Consul General in Erbil
Iraqi PM receives phone call from Saudi crown prince
Kurdistan Region records 412 new coronavirus cases

Tags: Pope Francis, Vatican, Baghdad, Barham Salih, Mustafa al-Kadhimi

Share: Facebook | Twitter | Telegram

Comments (41)

© Kurdistan24 2021. All rights reserved."""))

A.append(dict(id="h78-05", source="hungarytoday.hu",
url="https://hungarytoday.hu/orban-meets-putin-in-moscow-on-peace-mission/",
published_at="2024-07-05", body="""Hungary Today
Politics | Economy | Culture | Sports | Newsletter
EUR/HUF 395.42 | USD/HUF 365.10 | BUX 68,421.55 ▲ 0.38%

We use cookies to improve your experience. Accept | Settings

POLITICS

Orbán Meets Putin in Moscow on "Peace Mission", Days after Kyiv Trip

By Dóra Kerekes | 2024.07.05.

Prime Minister Viktor Orbán held talks with Russian President Vladimir Putin in the Kremlin on Friday, a surprise trip that drew sharp criticism from Brussels only days after Hungary took over the rotating presidency of the Council of the EU.

The prime minister landed at Vnukovo airport in the morning, accompanied by Foreign Minister Péter Szijjártó. The trip had been kept quiet until reports emerged late on Thursday; Government spokesman Zoltán Kovács confirmed Orbán's arrival only after his plane was in the air.

Speaking to reporters after roughly three hours of talks, Orbán said the positions of Moscow and Kyiv were "very far apart" and that "many steps" would be needed to end the war. Putin told the press that Kyiv was not ready to give up on "fighting to the bitter end" and repeated his demand that Ukrainian troops withdraw from four regions Russia claims.

The visit came three days after Orbán's trip to Kyiv on Tuesday, his first since the Russian invasion, where he urged Ukrainian President Volodymyr Zelensky to consider a quick ceasefire to speed up peace talks. Zelensky did not publicly respond to the proposal, and Ukraine's foreign ministry said on Friday that the Moscow trip had not been coordinated with Kyiv.

Orbán has described the two trips as a "peace mission". On social media, he wrote: "You cannot make peace from a comfortable armchair in Brussels."

European Council President Charles Michel said the rotating presidency had "no mandate to engage with Russia on behalf of the EU", while Commission President Ursula von der Leyen wrote that "appeasement will not stop Putin". Several EU governments said they would downgrade their participation in informal meetings hosted by Budapest.

Asked whether Beijing could be the next destination, Balázs Orbán, the prime minister's political director, said he would not comment on speculation. The prime minister is expected in Washington next week for the NATO summit.

Hungary has refused to send weapons to Ukraine and has kept up energy ties with Russia, while the Szijjártó-led foreign ministry has pushed for what it calls pragmatic relations with both East and West.

Photo caption: Prime Minister Viktor Orbán and Russian President Vladimir Putin before their talks in the Kremlin, July 5, 2024. Photo: Zoltán Fischer / Prime Minister's Press Office

Most Read
Szijjártó: talks with Chinese counterpart focused on economic cooperation
Heatwave alert extended for the weekend
Budapest Pride draws record crowd

Tags: Viktor Orbán, Vladimir Putin, Russia, Ukraine, EU presidency

Share: Facebook | X | Email

Support Hungary Today - help us keep our articles free. Donate

Sign up for our newsletter

© 2024 Hungary Today"""))

A.append(dict(id="h78-06", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/ramaphosa-trump-meet-at-white-house-amid-tensions/",
published_at="2025-05-21", body="""SABC News
Home | South Africa | Africa | World | Business | Sport | Watch Live

JSE All Share 91,212 ▲ 0.41% | USD/ZAR 17.94 ▼ | Brent $65.10 ▲ | Gold $3,296

Download the SABC News app

Politics

Ramaphosa, Trump meet at White House amid tensions over Afrikaner claims

Thabo Mokoena | 21 May 2025, 21:48

President Cyril Ramaphosa held talks with United States President Donald Trump in the Oval Office on Wednesday, a meeting meant to reset strained relations that turned tense when Trump played a video he said showed evidence of the persecution of white farmers.

With the lights in the Oval Office dimmed, Trump showed clips of politicians singing struggle songs and handed Ramaphosa printed articles he said documented killings. Ramaphosa, calm throughout, replied that crime in South Africa affected people of all races and that the claims of a genocide were not supported by facts.

Earlier in the meeting, the President had joked: "I'm sorry I don't have a plane to give you," drawing laughter in the room.

Ramaphosa was accompanied by Agriculture Minister John Steenhuisen, Trade, Industry and Competition Minister Parks Tau and Minister in the Presidency Khumbudzo Ntshavheni. Golfers Ernie Els and Retief Goosen and businessman Johann Rupert were also part of the delegation, which Presidency spokesperson Vincent Magwenya said was meant to show "the face of South Africa".

On Tuesday, Tau met US Trade Representative Jamieson Greer in Washington to present proposals on trade, including a liquefied natural gas deal, as Pretoria seeks to avoid a 30% tariff on its exports and preserve access under the African Growth and Opportunity Act.

After the meeting, Ramaphosa told reporters that the talks had been "very good" and that the two sides had agreed to keep engaging. He described the video as something Trump "wanted us to see".

South Africa holds the G20 presidency this year and will host the leaders' summit in Johannesburg in November. Asked whether he would attend, Trump said the United States "will be there" in some form without committing to attend personally. Secretary of State Marco Rubio stayed away from the G20 foreign ministers' meeting in Johannesburg in February.

Relations have deteriorated since Washington cut aid to South Africa over its land expropriation law and its genocide case against Israel at the International Court of Justice. In March, the US expelled South Africa's ambassador Ebrahim Rasool.

Opposition parties were divided over the outcome. The EFF called the meeting a "humiliation", while the DA, part of the Government of National Unity, said the talks had shown the value of dialogue.

Related
Ramaphosa hosts Zelenskyy at the Union Buildings
Afrikaner group arrives in US under refugee programme
Rand firms after Oval Office meeting

Tags: Cyril Ramaphosa, Donald Trump, United States, Trade, G20

Share: WhatsApp | Facebook | X

SABC News | Copyright © 2025 South African Broadcasting Corporation"""))

A.append(dict(id="h78-07", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/11/17/japan/politics/kishida-xi-san-francisco-talks/",
published_at="2023-11-17", body="""The Japan Times
NEWS | BUSINESS | OPINION | LIFE | SPORTS | Subscribe
NIKKEI 33,585.20 ▲ +0.53% | TOPIX 2,387.26 ▲ | USD/JPY 150.72 | EUR/JPY 163.41

We use cookies and similar technologies. Manage preferences | Accept

POLITICS

Kishida and Xi reaffirm 'mutually beneficial' ties in San Francisco talks

by Hiroshi Nakagawa
Staff writer | Nov 17, 2023

SAN FRANCISCO – Prime Minister Fumio Kishida and Chinese President Xi Jinping met on Thursday on the sidelines of the Asia-Pacific Economic Cooperation forum in San Francisco, their first face-to-face talks in about a year, and reaffirmed their commitment to a "mutually beneficial relationship based on common strategic interests".

During the roughly 65-minute meeting, Kishida called for the immediate lifting of Beijing's ban on Japanese seafood imports, introduced after the release of treated water from the Fukushima No. 1 nuclear plant began in August, and sought the early release of a detained Astellas Pharma employee. The two leaders agreed to seek a solution "through consultations and dialogue" in an approach based on science, a Japanese government official said.

Kishida also expressed serious concern about China's military activities near Japan, including those with Russia, and stressed the importance of peace and stability across the Taiwan Strait.

According to Xinhua, Xi told his counterpart that the two countries should "keep to the right direction" and handle differences properly.

The talks came a day after Xi met U.S. President Joe Biden at the Filoli estate in Woodside, south of San Francisco, where the two sides agreed to resume military-to-military communications and to cooperate on curbing fentanyl production.

Kishida is scheduled to hold talks with South Korean President Yoon Suk Yeol on Friday, on the margins of the same gathering, the Foreign Ministry said. The two are expected to discuss North Korea's missile programme and follow-up steps to the trilateral framework agreed with Washington at Camp David.

Kishida and Biden exchanged words briefly at the leaders' dinner on Wednesday evening, a Japanese official said, but no formal bilateral meeting was scheduled.

The prime minister's approval ratings have slumped to record lows ahead of the ruling Liberal Democratic Party's internal reshuffle, and aides hoped that diplomatic results could help him regain momentum at home.

Kishida and Xi last held talks in Bangkok in November 2022, on the sidelines of the APEC meeting in Thailand.

KYODO contributed to this report.

Photo: Prime Minister Fumio Kishida and Chinese President Xi Jinping at their meeting in San Francisco on Thursday. | POOL / VIA KYODO

RELATED
Kishida and Marcos agree to start talks on troop access pact
Japan's exports rise for second straight month
Editorial: A modest step with Beijing

KEYWORDS: Fumio Kishida, Xi Jinping, APEC, China, Japan-China relations

Share: X | Facebook | LINE | Email

Sign up for our newsletter: Japan Times LENS

THE JAPAN TIMES LTD. ALL RIGHTS RESERVED."""))

A.append(dict(id="h78-08", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/somalia/somalia-ethiopia-agree-to-end-rift-in-turkish-brokered-ankara-declaration",
published_at="2024-12-12", body="""Garowe Online
Home | Somalia | Africa | World | Opinion | Contact

Somalia, Ethiopia agree to end rift in Turkish-brokered Ankara Declaration

By Abdirahman Warsame
Thursday December 12, 2024

ANKARA - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed agreed late on Wednesday in Ankara to set aside the dispute that has poisoned relations between the neighbours for nearly a year, signing a joint declaration brokered by Turkish President Recep Tayyip Erdoğan.

Under what has been called the Ankara Declaration, the two sides recommitted to "respect for one another's sovereignty, unity, independence and territorial integrity" and agreed to work towards commercial arrangements that would give landlocked Ethiopia "reliable, secure and sustainable access to and from the sea" under the sovereign authority of the Federal Republic of Somalia.

The two leaders arrived in the Turkish capital separately on Wednesday and were each received by Erdoğan at the Presidential Complex for bilateral talks before a closed-door session of the three delegations that stretched into the evening. The three leaders then appeared together at a news conference.

"I believe the talks have laid the foundation for a new beginning," Erdoğan said, adding that Türkiye would continue to stand by both brotherly countries. Abiy said Ethiopia sought sea access "through peaceful means", while Hassan Sheikh said the agreement had "put an end to the differences".

According to the text, technical negotiations are to begin by the end of February 2025 under Turkish facilitation and should be concluded within four months.

The crisis began on January 1 when Abiy signed a memorandum of understanding with Muse Bihi Abdi, the leader of the breakaway region of Somaliland, that reportedly offered Ethiopia a 20-kilometre coastal strip for a naval base in return for a possible recognition of Somaliland's independence. Mogadishu called the deal an act of aggression and expelled Ethiopia's ambassador.

Two earlier rounds of indirect talks, held in Ankara in July and August between the two countries' foreign ministers, ended without a breakthrough.

The dispute also pulled in Egypt, which signed a defence pact with Somalia and delivered weapons to Mogadishu. In October, President Hassan Sheikh travelled to Asmara for a trilateral summit with Egypt's President Abdel Fattah el-Sisi and Eritrea's President Isaias Afwerki, a meeting that Addis Ababa viewed with suspicion.

The Ankara Declaration does not mention the Somaliland memorandum, and officials in Hargeisa said the accord did not concern them. Analysts cautioned that implementation would depend on whether Addis Ababa formally abandons the MoU.

Photo: Turkish President Recep Tayyip Erdoğan, centre, with Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed in Ankara. (Turkish Presidency)

Related
Somali president receives Egyptian foreign minister in Mogadishu
AUSSOM mandate vote delayed at UN Security Council
Puntland rejects federal election model

Share: Facebook | X | WhatsApp
Comments (12)

© 2024 Garowe Online. All rights reserved."""))

A.append(dict(id="h78-09", source="civilnet.am",
url="https://www.civilnet.am/en/news/2025/08/09/pashinyan-aliyev-white-house-declaration/",
published_at="2025-08-09", body="""CivilNet
News | Politics | Region | Economy | Video | Podcasts
USD/AMD 384.20 | EUR/AMD 447.91 | RUB/AMD 4.81

Support independent journalism. Donate to CivilNet.

Pashinyan and Aliyev sign joint declaration at White House; peace treaty text initialled

By Ani Hovsepyan
August 9, 2025

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Friday signed a joint declaration at the White House committing their countries to end decades of conflict, while their foreign ministers initialled the text of a peace agreement in the presence of U.S. President Donald Trump.

The ceremony in the East Room followed separate bilateral meetings that Trump held with each leader earlier in the day. "It took a long time, 35 years, but now we've made peace," Trump said, flanked by the two men.

Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov initialled the 17-article agreement on the establishment of peace and interstate relations, the text of which the two sides had agreed in March. The treaty itself has not been signed; Baku continues to insist that Armenia first amend its constitution to remove what it sees as territorial claims, and officials in Yerevan said no date had been set.

The declaration also provides for a transit route through Armenia's Syunik province linking Azerbaijan with its Nakhichevan exclave, to be developed with U.S. participation under the name "Trump Route for International Peace and Prosperity". Pashinyan insisted that the route would operate under Armenian jurisdiction and sovereignty.

Separately, the United States and Armenia signed memoranda on energy security and on cooperation in artificial intelligence and semiconductors, while Washington and Baku signed a charter to work toward a strategic partnership. Trump also lifted restrictions on defence cooperation with Azerbaijan under Section 907 of the Freedom Support Act.

The two leaders jointly appealed to the OSCE to dissolve the Minsk Group, which had mediated the conflict since the 1990s.

Pashinyan and Aliyev last met in Abu Dhabi in July, in their first bilateral meeting without mediators.

Moscow's reaction was cautious. Russian Foreign Ministry spokeswoman Maria Zakharova said Russia "welcomed any steps" toward normalisation but that solutions should be found by the countries of the region. In Tehran, Ali Akbar Velayati, an adviser to the Supreme Leader, warned that Iran would oppose any change in the region's borders.

Opposition figures in Yerevan called the route a concession, while the government said it would open Armenia's borders and bring investment.

Photo: Nikol Pashinyan, Donald Trump and Ilham Aliyev at the White House, August 8, 2025. Photo: Armenian Government

Related
Erdoğan phones Aliyev to congratulate him on Washington deal
Armenia-Türkiye border opening: what comes next
Explainer: the 17 articles of the peace text

Tags: Armenia, Azerbaijan, United States, Peace Treaty, TRIPP

Share: Facebook | X | Telegram

Comments 27

© 2025 CivilNet. All rights reserved."""))

A.append(dict(id="h78-10", source="jakartaglobe.id",
url="https://jakartaglobe.id/news/prabowo-xi-pledge-deeper-ties-as-indonesian-leader-wraps-up-beijing-visit",
published_at="2024-11-10", body="""Jakarta Globe
News | Business | Tech | Lifestyle | Sports | Opinion
JCI 7,287.19 ▼ -0.47% | USD/IDR 15,690 ▲ | Gold Rp 1,512,000 | Brent $73.87

News

Prabowo, Xi Pledge Deeper Ties as Indonesian Leader Wraps Up Beijing Visit

Reporter: Dimas Prasetyo
Sunday, November 10, 2024 | 20:15

Beijing. President Prabowo Subianto wrapped up a three-day visit to China on Sunday after talks with President Xi Jinping that Jakarta said produced more than $10 billion in commitments, on the first leg of his debut overseas tour as head of state.

Prabowo, who arrived in Beijing on Friday, met Xi at the Great Hall of the People on Saturday, where he was received with a full military ceremony. The two leaders witnessed the signing of cooperation documents on green minerals, water resources, digital economy and maritime affairs, and agreed to expand the school meals programme that was one of Prabowo's main campaign pledges.

Prabowo also held talks with Premier Li Qiang and met Zhao Leji, chairman of the National People's Congress Standing Committee. On Sunday he attended an Indonesia-China business forum, where investment pledges were announced.

A line in the joint statement on "joint development in areas of overlapping claims" drew criticism from analysts at home, who said it could be read as recognising Beijing's claims near the Natuna Islands. The Foreign Ministry said the statement did not change Indonesia's position on its exclusive economic zone.

From Beijing, Prabowo flies on Sunday night to Washington, where he is scheduled to meet President Joe Biden at the White House on Tuesday. He will then travel to Lima for the APEC leaders' meeting and to Rio de Janeiro for the G20 summit, before stopping in London for talks with British Prime Minister Keir Starmer, the State Secretariat said.

The president also spoke by phone with US President-elect Donald Trump on Saturday, according to a video posted by his office, in which Prabowo congratulated Trump and offered to fly to meet him "wherever you are".

Foreign Minister Sugiono, who accompanied the president, said Indonesia would maintain a "free and active" foreign policy and remained committed to good relations with all major powers.

China is Indonesia's largest trading partner, with two-way trade of around $127 billion last year, and a major investor in nickel processing and infrastructure, including the Jakarta-Bandung high-speed railway.

Photo caption: President Prabowo Subianto and Chinese President Xi Jinping at the Great Hall of the People in Beijing on Saturday. (Presidential Secretariat Press Bureau)

Read Also:
Anwar to visit Jakarta for annual consultation next month
Rupiah slides as dollar gains after US election
Nickel exports hit record in October

Tags: Prabowo Subianto, Xi Jinping, China, foreign policy, Natuna

Share: WhatsApp | Facebook | X | Telegram

Copyright © 2024 Jakarta Globe. All rights reserved."""))

A.append(dict(id="h78-11", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/politica/noticia/2023-05/lula-welcomes-maduro-brasilia",
published_at="2023-05-29", body="""Agência Brasil
Politics | Economy | Education | Health | International | Human Rights
Ibovespa 110,333 ▲ 0.19% | USD/BRL 5.00 ▼ | EUR/BRL 5.37

Politics

Lula welcomes Maduro to Brasília as Venezuela returns to regional fold

Brazilian president says "narrative" about Venezuela must change; leaders to restore flights and embassies

Published on 29/05/2023 - 19:42 By Mariana Tokarnia - Reporter - Agência Brasil - Brasília

President Luiz Inácio Lula da Silva received Venezuelan President Nicolás Maduro at the Palácio do Planalto on Monday, the first visit by the Venezuelan leader to Brazil since 2015 and a sharp break with the policy of the previous government, which had cut ties with Caracas.

Maduro was greeted with military honours on the ramp of the Planalto before a meeting between the two delegations and a working lunch at Itamaraty Palace. The two governments signed a memorandum on energy cooperation and agreed to restore direct flights and to fully reopen their embassies.

At a joint press conference, Lula said Venezuela had been the victim of a "narrative" about authoritarianism and that it was up to Caracas to show "its own narrative". Maduro thanked Brazil for what he called a historic moment and said the two countries would build a new agenda on trade, energy and the border.

Foreign Minister Mauro Vieira and his Venezuelan counterpart Yván Gil also took part in the talks.

On Tuesday, Lula hosts the presidents of South American countries at Itamaraty for a meeting on regional integration, the first of its kind in nearly a decade. Peru will be represented by the president of its Council of Ministers, Alberto Otárola.

Lula is scheduled to hold a bilateral meeting with Chilean President Gabriel Boric on Tuesday morning, before the plenary session, according to the Planalto's official agenda. Meetings with other leaders, among them Argentina's Alberto Fernández, were still being arranged on Monday evening, the Foreign Ministry said.

The Lula government reestablished relations with Caracas on January 1, when Brazil reopened its embassy. Former President Jair Bolsonaro had recognised opposition leader Juan Guaidó as interim president in 2019 and closed the Brazilian diplomatic mission.

Opposition lawmakers in Brasília criticised the reception. Senator Sergio Moro called it "an embarrassment".

Photo: President Lula receives President Nicolás Maduro at the Palácio do Planalto - Ricardo Stuckert/PR

Edited by: Fernando Fraga

Related
Lula and Zelensky fail to meet in Hiroshima
Senate approves new fiscal framework
Petro arrives in Brasília for South American meeting

Content from Agência Brasil may be reproduced with credit to the source.

Share: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h78-12", source="abc.net.au",
url="https://www.abc.net.au/news/2024-06-15/chinese-premier-li-qiang-arrives-in-adelaide/103981212",
published_at="2024-06-15", body="""ABC News
Just In | Australia | World | Business | Politics | Analysis
ASX 200 7,724.50 ▼ -0.35% | AUD/USD 0.6614 | AUD/CNY 4.7990 | Iron ore US$106.45

Chinese Premier Li Qiang arrives in Adelaide as four-day Australia visit begins

By political reporter Tom Whitfield
Posted Sat 15 Jun 2024 at 5:40pm, updated Sat 15 Jun 2024 at 7:12pm

Chinese Premier Li Qiang has arrived in Adelaide for the first visit to Australia by a Chinese premier in seven years, a trip both governments say caps a stabilisation in relations after years of trade sanctions.

Mr Li landed at Adelaide Airport on Saturday afternoon and was greeted on the tarmac by Trade Minister Don Farrell and South Australian Premier Peter Malinauskas. He is due to visit Adelaide Zoo on Sunday, home of the giant pandas Wang Wang and Fu Ni, which are to be returned to China later this year.

The centrepiece of the visit is Monday's annual leaders' meeting with Prime Minister Anthony Albanese at Parliament House in Canberra, where the two are expected to discuss trade, consular cases and regional security, including recent incidents involving the Chinese military and Australian navy and air force personnel.

Mr Li will then travel to Perth on Tuesday to visit a lithium processing plant before flying on to Malaysia for talks with Prime Minister Anwar Ibrahim, the last stop of his regional tour, according to China's Foreign Ministry.

The premier arrived from New Zealand, where he spent three days. In Wellington on Thursday he held talks with Prime Minister Christopher Luxon, who raised concerns about human rights and cyber activity, and the two governments signed arrangements on trade, science and services. Beijing also announced visa-free entry for New Zealanders.

Albanese travelled to Beijing in November for talks with President Xi Jinping, the first visit by an Australian leader in seven years.

Most of the tariffs Beijing imposed on Australian barley, wine, coal and timber have since been lifted, but restrictions on rock lobster remain. Mr Farrell said he hoped to see "the last of the trade impediments removed".

The visit comes as Australian writer Yang Hengjun remains in detention in Beijing, after receiving a suspended death sentence in February. Human rights groups and members of the Uyghur and Hong Kong communities plan to protest outside Parliament House on Monday.

Opposition foreign affairs spokesman Simon Birmingham said the government should raise "all the difficult issues" with the premier.

Photo: Chinese Premier Li Qiang is greeted by Trade Minister Don Farrell at Adelaide Airport. (AAP: Mark Brake)

Related stories
NZ's Luxon to lead business delegation to Japan
Wine exporters celebrate return to Chinese market
Analysis: Why the pandas matter

Topics: foreign-affairs, federal-government, china, trade, adelaide-5000

Share this article: Facebook | X | Email | Copy link

Download the ABC News app

ABC acknowledges the Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))
