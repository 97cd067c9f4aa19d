# Medium wire-style stories (1,200-2,000 characters), h64-13 .. h64-26
M = []

M.append(dict(id="h64-13", source="app.com.pk",
url="https://www.app.com.pk/national/iranian-president-raisi-arrives-in-islamabad-on-three-day-visit/",
published_at="2024-04-22", body="""Associated Press of Pakistan | National | Business | World | Sports

Iranian President Raisi arrives in Islamabad on three-day visit

ISLAMABAD, Apr 22 (APP): President of the Islamic Republic of Iran Dr Seyyed Ebrahim Raisi arrived here on Monday on a three-day official visit to Pakistan, the first by a foreign head of state since the February 8 general elections.

He was received at Nur Khan Airbase by Federal Minister for Housing and Works Mian Riaz Hussain Pirzada and senior officials. The President is accompanied by his spouse, Foreign Minister Hossein Amir-Abdollahian, other cabinet members and a high-level business delegation.

Later in the day, Prime Minister Muhammad Shehbaz Sharif received the Iranian President at the PM House, where the two leaders held a one-on-one meeting followed by delegation-level talks. They agreed to raise bilateral trade to $10 billion over five years and to step up cooperation against terrorism along the common border.

The two leaders witnessed the signing of eight agreements and memoranda of understanding in the fields of security, trade, science and technology, veterinary health, culture and judicial assistance.

During his stay, the Iranian President will also call on President Asif Ali Zardari and visit Lahore and Karachi.

Foreign Office Spokesperson Mumtaz Zahra Baloch said the visit would help deepen the fraternal relations between the two countries.

According to Iran's official news agency IRNA, President Raisi will travel on to Sri Lanka on Wednesday to inaugurate the Uma Oya multipurpose hydropower project built with Iranian assistance.

APP/rzr/fam

Related: Saudi Foreign Minister, PM Shehbaz discuss investment during Islamabad visit

Share: Facebook | X | WhatsApp
Copyright © 2024 APP. All rights reserved."""))

M.append(dict(id="h64-14", source="bssnews.net",
url="https://www.bssnews.net/news/298417",
published_at="2025-08-24", body="""BSS | Bangladesh Sangbad Sangstha | National | Diplomacy | Business | Sports

Dhaka, Islamabad sign six instruments during Dar's visit

DHAKA, Aug 24, 2025 (BSS) - Bangladesh and Pakistan today signed an agreement and five memoranda of understanding (MoUs) to boost cooperation in various sectors during the visit of Pakistan's Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar.

The instruments were signed after a bilateral meeting between Foreign Adviser Md Touhid Hossain and Dar at the state guest house Padma in the capital.

The agreement provides for visa exemption for holders of diplomatic and official passports. The MoUs cover a joint working group on trade, cultural exchange, cooperation between the foreign service academies, cooperation between the two countries' think tanks and cooperation between BSS and the Associated Press of Pakistan.

Briefing reporters, the Foreign Adviser said Bangladesh had raised the long-pending issues, including a formal apology for the atrocities of 1971, the repatriation of stranded Pakistanis and the division of assets.

Dar, who arrived in Dhaka yesterday on a two-day visit, later called on Chief Adviser Professor Muhammad Yunus at the state guest house Jamuna. The Chief Adviser said the two countries should work together to unlock the potential of trade and connectivity in the region.

It is the first visit by a Pakistani foreign minister to Bangladesh in 13 years.

BSS/SH/AR/2145 hrs

Other news
Chief Adviser to leave for New York on Sept 21 to join UNGA
Padma Bridge toll collection crosses Tk 2,700 crore
Dengue: 4 more die, 412 hospitalised

Copyright © Bangladesh Sangbad Sangstha"""))

M.append(dict(id="h64-15", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38254/Visit_of_Prime_Minister_to_Brunei_Darussalam_September_0304_2024",
published_at="2024-09-04", body="""Ministry of External Affairs, Government of India

Home > Media Center > Press Releases

Visit of Prime Minister to Brunei Darussalam (September 03-04, 2024)

September 04, 2024

Prime Minister Shri Narendra Modi paid an official visit to Brunei Darussalam from 03-04 September 2024 at the invitation of His Majesty Sultan Haji Hassanal Bolkiah. This is the first-ever bilateral visit by an Indian Prime Minister to Brunei Darussalam, and takes place as the two countries mark 40 years of diplomatic relations.

2. On arrival in Bandar Seri Begawan, Prime Minister was received by His Royal Highness Crown Prince Haji Al-Muhtadee Billah. He inaugurated the new Chancery of the High Commission of India and interacted with members of the Indian community.

3. On 04 September, Prime Minister was accorded a ceremonial welcome at Istana Nurul Iman, followed by talks with His Majesty. The leaders agreed to elevate the bilateral relationship to an Enhanced Partnership and reviewed cooperation in defence, trade and investment, energy, space, health and capacity building.

4. An MoU on cooperation in the operation of a Telemetry, Tracking and Telecommand Station for satellites and launch vehicles was exchanged in the presence of the two leaders. The leaders welcomed the early launch of direct flights between Chennai and Bandar Seri Begawan.

5. Prime Minister extended an invitation to His Majesty to visit India, which was accepted.

6. Prime Minister departs later today for Singapore, the second leg of his visit, for talks with Prime Minister Lawrence Wong.

New Delhi
September 04, 2024

Share: X | Facebook | Email

Latest
Visit of External Affairs Minister to Saudi Arabia (September 08-10, 2024)
Transcript of Special Briefing by Secretary (East) on PM's visit to Singapore"""))

M.append(dict(id="h64-16", source="bernama.com",
url="https://www.bernama.com/en/politics/news.php?id=2331742",
published_at="2024-08-20", body="""BERNAMA | General | Business | Politics | World | Sports | Features

FBMKLCI 1,627.05 ▲ +4.11 | USD/MYR 4.4125 ▼

Anwar, Modi agree to elevate Malaysia-India ties to Comprehensive Strategic Partnership

20/08/2024 05:48 PM

NEW DELHI, Aug 20 (Bernama) -- Malaysia and India have agreed to elevate their bilateral relationship to a Comprehensive Strategic Partnership following a meeting between Prime Minister Datuk Seri Anwar Ibrahim and his Indian counterpart Narendra Modi at Hyderabad House here today.

Anwar, who is on a three-day official visit to India since yesterday, was earlier accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan, where he was received by Modi and President Droupadi Murmu.

The two leaders then witnessed the exchange of several memorandums of understanding covering the recruitment and repatriation of workers, digital technologies, traditional medicine, culture, tourism, youth and sports, and public administration.

Speaking at a joint press statement, Anwar said Malaysia welcomed Indian investment in semiconductors and the digital economy, and that both sides agreed to explore settling trade in their national currencies.

On Monday evening, Indian External Affairs Minister Dr S. Jaishankar paid a courtesy call on Anwar at his hotel.

Anwar also extended an invitation to Modi to visit Malaysia, which was accepted, Wisma Putra said in a statement.

The Prime Minister is scheduled to deliver a lecture at the Indian Council of World Affairs and meet Indian business leaders before returning home tomorrow.

-- BERNAMA

Other news
Foreign Minister to co-chair Malaysia-Thailand Joint Commission next month
Ringgit opens higher against US dollar

Download the Bernama app | Follow us on Telegram
© 2024 BERNAMA. All Rights Reserved."""))

M.append(dict(id="h64-17", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-holds-talks-with-chinese-party-general-secretary-president-post275410.vnp",
published_at="2023-12-12", body="""VietnamPlus | Politics | Business | Society | World | Sci-Tech

Party chief holds talks with Chinese Party General Secretary, President Xi Jinping

Hanoi (VNA) – General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong held talks with General Secretary of the Communist Party of China (CPC) Central Committee and President of China Xi Jinping in Hanoi on December 12 afternoon.

Xi arrived in Hanoi earlier the same day for a state visit to Vietnam from December 12-13, his third to the country as top leader.

The two leaders agreed to build a Vietnam-China community with a shared future that carries strategic significance, a new positioning of the relations between the two Parties and countries.

General Secretary Trong said Vietnam consistently regards the development of relations with China as a top priority in its foreign policy. Xi said the Chinese Party and State support Vietnam in following the path of socialism suited to its conditions.

Following the talks, the two leaders witnessed the signing of 36 cooperation documents between ministries, sectors and localities, covering railway connectivity, the digital economy, green development, customs and inspection, and joint patrols in the Gulf of Tonkin.

During the visit, Xi is scheduled to meet with President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue./.

VNA

Related news
PM receives Lao Deputy Prime Minister, Foreign Minister
Vietnam, China target trade of 200 billion USD
Hanoi adjusts traffic for Chinese leader's visit

Tags: Nguyen Phu Trong, Xi Jinping, Vietnam-China relations

Share: Facebook | X | Zalo"""))

M.append(dict(id="h64-18", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1183005",
published_at="2022-09-05", body="""Philippine News Agency | Nation | Provincial | Business | Foreign | Sports

PBBM, Jokowi vow stronger defense, trade ties in Bogor talks

By Joyce Ann Villaroman
September 5, 2022, 6:44 pm

BOGOR, Indonesia -- President Ferdinand R. Marcos Jr. and Indonesian President Joko Widodo on Monday agreed to deepen cooperation in defense and security, trade, energy and the protection of migrant workers during a bilateral meeting at the Bogor Presidential Palace.

The two leaders witnessed the signing of four cooperation documents, including a plan of action on culture and an agreement on defense matters, the Presidential Communications Office said.

"We are not only neighbors but also brothers," Marcos said in a joint press statement with Widodo, adding that both countries would work together for a peaceful resolution of disputes in the region.

Marcos arrived at the Soekarno-Hatta International Airport on Sunday evening for a three-day state visit, his first trip abroad since assuming office in June. He met members of the Filipino community in Jakarta upon arrival.

Widodo said the two countries agreed to step up border patrols and to settle trade in local currencies.

The President will fly to Singapore on Tuesday for a state visit, where he is scheduled to meet President Halimah Yacob and Prime Minister Lee Hsien Loong. (PNA)

Related stories
PBBM to address UN General Assembly in New York this month
DOH logs 12,000 new Covid-19 cases in a week
DA eyes more sugar imports

Share: Facebook | X | Viber
Republic of the Philippines | All content is in the public domain unless otherwise stated."""))

M.append(dict(id="h64-19", source="en.antaranews.com",
url="https://en.antaranews.com/news/284931/indonesia-malaysia-sign-two-maritime-boundary-treaties",
published_at="2023-06-08", body="""ANTARA News | Indonesia | Business | World | Sports | Features

Indonesia, Malaysia sign two maritime boundary treaties in Putrajaya

8th June 2023 16:27

Putrajaya (ANTARA) - Indonesia and Malaysia on Thursday signed treaties on the delimitation of their territorial sea boundaries in the Sulawesi Sea and in the southernmost part of the Strait of Malacca, in the presence of President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim.

Foreign Minister Retno Marsudi and her Malaysian counterpart Zambry Abdul Kadir signed the two treaties at Perdana Putra, the Prime Minister's Office complex, after the annual consultation between the two leaders.

President Widodo, who arrived in Malaysia on Wednesday evening for an official visit, said the agreements were the result of 18 years of negotiations. "This is a concrete result. I hope the remaining segments can be finished soon," he said.

The two leaders also discussed the protection of Indonesian migrant workers in Malaysia, cooperation to counter the European Union's deforestation regulation on palm oil, and Malaysian investment in the new capital, Nusantara.

Anwar said Malaysia and Indonesia would send a joint mission to Brussels to push back against the EU rules.

Reporter: Rizka Damayanti
Editor: Bayu Kusumawardhana
COPYRIGHT © ANTARA 2023

Related news
Jokowi to visit Australia in early July
Indonesia, Malaysia to boost border trade in Kalimantan

Share: Facebook | X | WhatsApp"""))

M.append(dict(id="h64-20", source="thehindu.com",
url="https://www.thehindu.com/news/international/india-nepal-sign-pact-for-export-of-10000-mw-power-jaishankar-visit/article67707211.ece",
published_at="2024-01-04", body="""The Hindu | Subscribe | E-Paper | Login

India, Nepal sign pact for export of 10,000 MW power to India as Jaishankar visits Kathmandu

PTI | Kathmandu | Updated - January 04, 2024 09:41 pm IST

India and Nepal on Thursday signed an agreement for the export of 10,000 megawatts of electricity from Nepal to India over the next 10 years, as External Affairs Minister S. Jaishankar co-chaired the seventh meeting of the India-Nepal Joint Commission with his Nepali counterpart N.P. Saud.

Mr. Jaishankar, who arrived in Kathmandu earlier in the day on a two-day visit, and Mr. Saud also jointly inaugurated three cross-border transmission lines and signed agreements on cooperation in renewable energy and on a satellite project.

The Joint Commission reviewed the entire gamut of bilateral ties, including connectivity, trade, power, water resources and cultural exchanges, the Ministry of External Affairs said.

Mr. Saud said the long-term power trade agreement was "a milestone" and would help Nepal reduce its trade deficit with India.

On Friday, Mr. Jaishankar is scheduled to call on Prime Minister Pushpa Kamal Dahal 'Prachanda' and meet President Ram Chandra Paudel.

Mr. Dahal had visited India in June last year, when the two sides agreed to the power export target.

Published - January 04, 2024 09:41 pm IST

Read Comments

Related Topics: India-Nepal relations / S. Jaishankar / energy

Share: Facebook | X | WhatsApp | Email

This is a Premium article available exclusively to our subscribers. Subscribe to The Hindu for quality journalism."""))

M.append(dict(id="h64-21", source="reuters.com",
url="https://www.reuters.com/world/europe/hungarys-orban-meets-putin-moscow-days-after-kyiv-trip-2024-07-05/",
published_at="2024-07-05", body="""Reuters | World | Business | Markets | Sustainability

Hungary's Orban meets Putin in Moscow, days after Kyiv trip

By Reuters
July 5, 2024 4:31 PM GMT+2 | Updated July 5, 2024

MOSCOW, July 5 (Reuters) - Hungarian Prime Minister Viktor Orban held talks with Russian President Vladimir Putin in the Kremlin on Friday, a visit that drew sharp criticism from European Union leaders, who said he had no mandate to speak for the bloc.

Hungary took over the EU's rotating presidency on July 1. Orban, who has called his trip a "peace mission", said after the talks that the positions of Russia and Ukraine were "very far apart" and that many steps were needed to end the war.

Putin told reporters that Kyiv must withdraw its forces from four Ukrainian regions claimed by Moscow before any ceasefire could be agreed, a condition Ukraine has rejected.

Orban visited Kyiv on Tuesday, his first trip there since Russia's full-scale invasion in 2022, and urged President Volodymyr Zelenskiy to consider a quick ceasefire. Zelenskiy did not endorse the idea.

European Commission President Ursula von der Leyen said appeasement would not stop Putin, while European Council President Charles Michel said the EU presidency had "no mandate" to engage with Russia on the EU's behalf. NATO Secretary-General Jens Stoltenberg said Orban was representing only Hungary.

(Reporting by Dmitri Volkov and Eszter Balint; Writing by Tom Harding; Editing by Clare Molloy)

Our Standards: The Thomson Reuters Trust Principles.

Read next
Zelenskiy says Ukraine needs more air defences after Dnipro strike
Oil holds near two-month high on supply worries"""))

M.append(dict(id="h64-22", source="english.news.cn",
url="http://www.xinhuanet.com/english/2020-01/17/c_138713412.htm",
published_at="2020-01-17", body="""Xi arrives in Myanmar for state visit

Source: Xinhua | 2020-01-17 19:48:11 | Editor: xuxin

NAY PYI TAW, Jan. 17 (Xinhua) -- Chinese President Xi Jinping arrived here Friday afternoon for a state visit to Myanmar, the first by a Chinese head of state in 19 years.

Xi was greeted at the airport by senior Myanmar officials, and young people in traditional costume waved the national flags of the two countries.

In a written statement upon arrival, Xi said he was glad to visit Myanmar, a friendly neighbor, as the two countries celebrate the 70th anniversary of diplomatic relations. China and Myanmar have enjoyed "Pauk-Phaw" (fraternal) friendship for a long time, he said.

On Friday evening, Xi met with Myanmar President U Win Myint at the Presidential Palace. Xi said China is willing to work with Myanmar to advance the China-Myanmar Economic Corridor from concept to implementation and to build a community with a shared future.

Win Myint said Myanmar firmly adheres to the one-China policy and welcomes Chinese investment.

During the visit, Xi will hold talks with State Counsellor Daw Aung San Suu Kyi and meet Commander-in-Chief of Defense Services Senior General Min Aung Hlaing.

Xi is accompanied by Ding Xuexiang, Yang Jiechi and Wang Yi, among others.

Myanmar is the first foreign destination for Xi in 2020.

Photo: Chinese President Xi Jinping arrives in Nay Pyi Taw, Myanmar, Jan. 17, 2020. (Xinhua/Zhang Wenhao)

Most viewed | Copyright © 2000-2020 XINHUANET.com All rights reserved."""))

M.append(dict(id="h64-23", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/11/3f5a1c2e9b7d-kishida-marcos-agree-to-start-talks-on-reciprocal-access-pact.html",
published_at="2023-11-03", body="""KYODO NEWS | Japan | Asia | World | Business

Kishida, Marcos agree to start talks on reciprocal access pact

KYODO NEWS - Nov 3, 2023 - 21:30 | Japan, Politics

MANILA - Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. agreed Friday to start negotiations on a pact that would allow their troops to deploy on each other's soil for joint training, as both countries face an increasingly assertive China at sea.

Meeting at the Malacanang presidential palace, the leaders also confirmed that Japan will provide coastal radars to the Philippine navy, making the country the first recipient of Tokyo's new Official Security Assistance framework. Notes on the 600 million yen grant were exchanged after the talks.

"We will work to maintain and strengthen the free and open international order based on the rule of law," Kishida told a joint press event.

Kishida arrived in Manila earlier Friday on a two-day visit. On Saturday he is to become the first Japanese prime minister to address a joint session of the Philippine Congress, before flying to Kuala Lumpur for talks with Malaysian Prime Minister Anwar Ibrahim.

Marcos visited Tokyo in February, when the two governments agreed to strengthen defense ties.

Related coverage:
Japan, China arranging Kishida-Xi talks at APEC in San Francisco
Japan's consumer sentiment falls in October

Copyright 2023 KYODO NEWS. All Rights Reserved."""))

M.append(dict(id="h64-24", source="apnews.com",
url="https://apnews.com/article/biden-lopez-obrador-trudeau-north-american-leaders-summit-mexico-city",
published_at="2023-01-10", body="""AP | World | U.S. | Politics | Business

Biden, AMLO, Trudeau pledge cooperation on migration at Mexico City summit

By Elena Marquez and Tom Haskins
Updated 7:12 PM EST, January 10, 2023

MEXICO CITY (AP) - President Joe Biden, Mexican President Andres Manuel Lopez Obrador and Canadian Prime Minister Justin Trudeau pledged on Tuesday to work together on migration, fentanyl trafficking and supply chains as they wrapped up the North American Leaders' Summit.

The three leaders met at the National Palace for the first such summit in Mexico since 2014. They agreed to boost production of semiconductors in North America and to cut methane emissions.

Biden arrived in Mexico City on Sunday evening after a stop in El Paso, Texas, his first visit to the U.S.-Mexico border as president. Lopez Obrador greeted him at the new Felipe Angeles International Airport. The two presidents held bilateral talks on Monday, when Lopez Obrador urged Biden to end "disdain" for Latin America and Biden defended U.S. aid to the region.

Trudeau arrived on Monday and attended a dinner hosted by Lopez Obrador that evening. He is due to hold a separate meeting with the Mexican president on Wednesday, when energy investment and the treatment of Canadian companies in Mexico are expected to be discussed.

Biden and Trudeau spoke on the sidelines of the summit, a Canadian official said, without giving details.

Biden is expected back at the White House on Tuesday night.

Associated Press writers Carla Ruiz in Mexico City and Rob Gallant in Toronto contributed to this report.

Copyright 2023 The Associated Press. All Rights Reserved.

Related: Biden visits El Paso border crossing amid migration surge"""))

M.append(dict(id="h64-25", source="arabnews.com",
url="https://www.arabnews.com/node/2615301/saudi-arabia",
published_at="2025-09-18", body="""Arab News | Saudi Arabia | Middle East | World | Business | Pakistan

Saudi Arabia, Pakistan sign strategic mutual defense agreement

Updated 18 September 2025

ARAB NEWS

RIYADH: Crown Prince and Prime Minister Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif signed a Strategic Mutual Defense Agreement at Al-Yamamah Palace in Riyadh on Wednesday, the Saudi Press Agency reported.

The agreement states that any aggression against either country shall be considered an aggression against both, SPA said, and aims to develop defense cooperation and strengthen joint deterrence.

Sharif arrived in Riyadh on Wednesday on an official visit and was received at King Khalid International Airport by the deputy governor of Riyadh region. The crown prince later held an official reception for him at the palace, where the two sides reviewed their historic relations.

The signing was attended by Defense Minister Prince Khalid bin Salman and, on the Pakistani side, by Field Marshal Asim Munir and Deputy Prime Minister and Foreign Minister Ishaq Dar.

The agreement comes a week after Israel's strike on Hamas officials in Doha. Sharif had attended the emergency Arab-Islamic summit in the Qatari capital on Monday.

A senior Saudi official told Reuters the pact was the result of years of discussions and was not a response to specific events.

Most Popular
Saudi FM receives phone call from Iranian counterpart
Riyadh Season 2025 to open with new zones

Follow Arab News on WhatsApp | Download our app"""))

M.append(dict(id="h64-26", source="risingnepaldaily.com",
url="https://risingnepaldaily.com/news/52311",
published_at="2024-12-04", body="""The Rising Nepal | National | Politics | Business | World

PM Oli holds talks with President Xi; BRI framework signed

Beijing, Dec. 4 (RSS): Prime Minister KP Sharma Oli held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday, shortly before Nepal and China signed the Framework for Belt and Road Cooperation.

Prime Minister Oli, who is on an official visit to China since Monday at the invitation of Premier Li Qiang, said Nepal was committed to the one-China policy and would not allow its soil to be used against China.

President Xi said China supported Nepal's efforts to transform itself from a land-locked to a land-linked country.

The framework agreement was signed by Foreign Secretary Amrit Bahadur Rai and a vice chairman of China's National Development and Reform Commission. Nepali officials said the text referred to "aid financing", a term Kathmandu had insisted upon.

On Tuesday, Prime Minister Oli held delegation-level talks with Premier Li, after which the two sides signed nine agreements and memoranda of understanding.

It is the first time in decades that a new Nepali prime minister has travelled to China before India. Oli had met Indian Prime Minister Narendra Modi in New York in September on the sidelines of the United Nations General Assembly.

Prime Minister Oli is scheduled to return home on Thursday.

Related news
Foreign Minister Dr Rana to brief House committee on PM's China visit
NEPSE gains 12 points

Share on: Facebook | X"""))
