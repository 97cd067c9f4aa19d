# Medium wire-style stories (1,200-2,000 characters), h71-13 .. h71-26
M = []

M.append(dict(id="h71-13", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=2062731",
published_at="2024-10-07", body="""Prime Minister's Office

India and Maldives adopt Vision for a Comprehensive Economic and Maritime Security Partnership

Posted On: 07 OCT 2024 3:48PM by PIB Delhi

Prime Minister Shri Narendra Modi held talks with the President of the Republic of Maldives, His Excellency Dr. Mohamed Muizzu, at Hyderabad House in New Delhi today. President Muizzu is on a State Visit to India from 6 to 10 October 2024.

Earlier in the day, President Muizzu was accorded a ceremonial welcome in the forecourt of Rashtrapati Bhavan, and he called on the President of India, Smt. Droupadi Murmu. External Affairs Minister Dr. S. Jaishankar had called on the visiting President on 6 October.

The two leaders reviewed the entire spectrum of bilateral relations and adopted a Vision document for a Comprehensive Economic and Maritime Security Partnership. Following the talks, a currency swap agreement for USD 400 million and INR 30 billion between the Reserve Bank of India and the Maldives Monetary Authority was exchanged, along with MoUs in the areas of judicial cooperation, anti-corruption and sports.

The two leaders jointly launched the RuPay card in the Maldives, virtually inaugurated the new runway of Hanimaadhoo International Airport and handed over 700 social housing units constructed with Indian assistance.

The Prime Minister reiterated that the Maldives occupies a special place in India's Neighbourhood First policy and its Vision SAGAR. President Muizzu thanked India for its timely budgetary support.

During the visit, President Muizzu will also travel to Mumbai and Bengaluru.

***

MJPS/ST

(Release ID: 2062731) Visitor Counter : 3104

Read this release in: Urdu | Hindi | Marathi | Bengali | Tamil | Malayalam"""))

M.append(dict(id="h71-14", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/39061/State_Visit_of_the_Amir_of_the_State_of_Qatar_to_India_February_1718_2025",
published_at="2025-02-16", body="""Skip to main content | Screen Reader Access | A- A A+ | हिन्दी

Ministry of External Affairs, Government of India

Press Releases

State Visit of the Amir of the State of Qatar to India (February 17-18, 2025)

February 16, 2025

His Highness Sheikh Tamim bin Hamad Al Thani, the Amir of the State of Qatar, will pay a State Visit to India from February 17-18, 2025, at the invitation of Prime Minister Shri Narendra Modi. The Amir will be accompanied by a high-level delegation comprising Ministers, senior officials and a business delegation.

This will be the second State Visit of His Highness to India. He had earlier visited in March 2015.

On 18 February, His Highness the Amir will be accorded a ceremonial welcome in the forecourt of Rashtrapati Bhavan. He will call on the President, Smt. Droupadi Murmu, who will host a banquet in his honour. Prime Minister Shri Narendra Modi will hold talks with the Amir, and External Affairs Minister Dr. S. Jaishankar will call on him.

India and Qatar share close ties of friendship, anchored in trade, energy, investment and people-to-people links. Bilateral trade stood at about US$ 14 billion in 2023-24. Qatar is home to more than 800,000 Indian nationals. Prime Minister Modi visited Doha in February 2024.

The upcoming visit will further strengthen our growing multifaceted partnership with Qatar.

New Delhi
February 16, 2025

Share | Print | Email

Other Press Releases
EAM's participation in the 8th Indian Ocean Conference in Muscat (February 16-17, 2025)
Visit of Prime Minister to France and the United States of America (February 10-14, 2025)
Weekly Media Briefing by the Official Spokesperson (February 14, 2025)"""))

M.append(dict(id="h71-15", source="dawn.com",
url="https://www.dawn.com/news/1905471/pakistan-bangladesh-hold-foreign-secretary-level-talks-after-15-years",
published_at="2025-04-17", body="""DAWN.COM | E-Paper

KSE-100 117,982 ▲ 0.61% | USD/PKR 280.45

Pakistan

Pakistan, Bangladesh hold foreign secretary-level talks after 15 years

APP | Published April 17, 2025

DHAKA: Pakistan and Bangladesh held foreign office consultations in Dhaka on Thursday, the first such round since 2010, as the two countries continue to mend relations following the change of government in Dhaka last August.

Foreign Secretary Amna Baloch led the Pakistani delegation, while the Bangladeshi side was led by Foreign Secretary Md Jashim Uddin. The talks were held at the state guest house Padma.

According to the Foreign Office, the two sides discussed trade, connectivity, education, culture and defence cooperation, and agreed to explore direct flights and to ease visa procedures.

Bangladeshi officials told reporters in Dhaka that they had raised "historically unresolved issues", including a formal public apology for the events of 1971, the repatriation of stranded Pakistanis and the division of assets from before 1971.

Ms Baloch later called on Foreign Affairs Adviser Md Touhid Hossain and on Chief Adviser Professor Muhammad Yunus.

Deputy Prime Minister and Foreign Minister Ishaq Dar is scheduled to visit Dhaka on April 27-28, in what would be the first visit by a Pakistani foreign minister to Bangladesh in more than a decade.

Read more: Direct cargo shipping between Karachi and Chattogram resumes

Facebook | X | WhatsApp

Comments (21) Closed

Dawn Media Group | Copyright © 2025"""))

M.append(dict(id="h71-16", source="english.news.cn",
url="https://english.news.cn/20241203/6b1f4d2e0c7a4f5c9e2d8a1b3c4f5e6d/c.html",
published_at="2024-12-03", body="""Xi meets Nepali prime minister

Source: Xinhua | Editor: huaxia | 2024-12-03 20:11:36

BEIJING, Dec. 3 (Xinhua) -- Chinese President Xi Jinping met with Nepali Prime Minister K.P. Sharma Oli, who is on an official visit to China, at the Great Hall of the People in Beijing on Tuesday.

Xi said China and Nepal are friendly neighbors linked by mountains and rivers, and that the two sides should jointly advance the building of the Trans-Himalayan Multi-Dimensional Connectivity Network and high-quality Belt and Road cooperation.

China is willing to import more quality products from Nepal and encourages capable Chinese enterprises to invest in the country, Xi said.

Oli said Nepal firmly adheres to the one-China policy and will never allow any force to use its territory for anti-China activities. He said Nepal welcomes more Chinese investment and tourists, and hopes to learn from China's experience in development and poverty reduction.

Prior to the meeting, Chinese Premier Li Qiang held talks with Oli, and the two witnessed the signing of a number of bilateral cooperation documents covering economic and technical cooperation, infrastructure, media and people-to-people exchanges.

Oli arrived in Beijing on Monday for a visit running through Thursday. It is his first overseas trip since taking office for a fourth time in July. Enditem

Photo: Chinese President Xi Jinping meets with Nepali Prime Minister K.P. Sharma Oli at the Great Hall of the People in Beijing, capital of China, Dec. 3, 2024. (Xinhua/Liu Bin)

Related:
Zhao Leji meets Nepali PM
Chinese, Nepali premiers hold talks

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h71-17", source="unb.com.bd",
url="https://unb.com.bd/category/Bangladesh/yunus-modi-hold-first-meeting-on-bimstec-sidelines-in-bangkok/152930",
published_at="2025-04-04", body="""UNB | United News of Bangladesh | Bangla | English

Yunus, Modi hold first meeting on BIMSTEC sidelines in Bangkok

UNB News | Bangkok | Published: April 04, 2025, 04:51 PM

Chief Adviser Professor Muhammad Yunus and Indian Prime Minister Narendra Modi held a bilateral meeting in Bangkok on Friday, their first since the interim government took office in August last year.

The meeting took place at the Shangri-La hotel on the sidelines of the sixth BIMSTEC summit and lasted around 40 minutes, Chief Adviser's Press Secretary Shafiqul Alam said.

Alam said the Chief Adviser raised the extradition of deposed prime minister Sheikh Hasina, border killings, the renewal of the Ganges water-sharing treaty and the Teesta issue. He described the meeting as "very constructive, productive and fruitful".

Indian Foreign Secretary Vikram Misri told reporters in Bangkok that Prime Minister Modi had reiterated India's support for a "democratic, stable, peaceful, progressive and inclusive Bangladesh" and urged that rhetoric vitiating the environment be avoided.

Professor Yunus presented the Indian prime minister with a photograph of the two taken at an event in Mumbai in 2015.

Bangladesh took over the chairmanship of BIMSTEC from Thailand at the end of the summit. The Chief Adviser, who paid a four-day visit to China last week, returned to Dhaka in the evening.

Tags: Muhammad Yunus, Narendra Modi, BIMSTEC, Bangladesh-India

Related News
Yunus calls for BIMSTEC free trade talks to be concluded
Rohingya repatriation: Myanmar agrees to verify 180,000

Share: Facebook | X | LinkedIn

© 2025 UNB. All rights reserved."""))

M.append(dict(id="h71-18", source="radio.gov.pk",
url="https://www.radio.gov.pk/19-04-2025/dar-afghan-interim-leaders-agree-to-boost-trade-security-cooperation",
published_at="2025-04-19", body="""Radio Pakistan | Home | National | International | Business | Sports

Dar, Afghan interim leaders agree to boost trade, security cooperation

Kabul/Islamabad, Apr 19 (Radio Pakistan): Deputy Prime Minister and Foreign Minister Muhammad Ishaq Dar held wide-ranging discussions with the Afghan interim government's leadership during a day-long visit to Kabul on Saturday.

The Deputy Prime Minister called on Afghan interim Prime Minister Mullah Muhammad Hassan Akhund, and held delegation-level talks with acting Foreign Minister Amir Khan Muttaqi.

According to the Foreign Office, the two sides discussed matters of mutual interest, including security, trade and transit, connectivity and the return of Afghan nationals from Pakistan. Ishaq Dar underlined the importance of effective action against terrorist groups using Afghan soil, including the TTP.

The two sides agreed on measures to facilitate transit trade and to address the concerns of traders at the Torkham and Chaman crossings. It was agreed that acting Foreign Minister Muttaqi would visit Islamabad at an early date.

The Deputy Prime Minister was accompanied by Pakistan's Special Representative for Afghanistan Muhammad Sadiq and senior officials.

Later, Ishaq Dar returned to Islamabad.

Tags: Ishaq Dar, Kabul, Afghanistan, Amir Khan Muttaqi

Also on Radio Pakistan:
PM stresses early completion of Karachi infrastructure projects
Pakistan, Turkiye agree to expand defence industry cooperation
Weather: Hot and dry conditions likely in most parts of the country

Share: Facebook | X | WhatsApp"""))

M.append(dict(id="h71-19", source="arabnews.com",
url="https://www.arabnews.com/node/2615208/saudi-arabia",
published_at="2025-09-18", body="""Arab News | Saudi Arabia | Middle East | World | Business | Opinion

Saudi Arabia, Pakistan sign strategic mutual defense agreement

Arab News | Updated 18 September 2025

RIYADH: Saudi Crown Prince and Prime Minister Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif on Wednesday signed a Strategic Mutual Defense Agreement at Al-Yamamah Palace in Riyadh, the Saudi Press Agency reported.

Under the agreement, any aggression against either country will be considered an aggression against both, according to a joint statement issued after the signing. The statement said the pact aims to develop defense cooperation and strengthen joint deterrence.

Sharif arrived in Riyadh on Wednesday on a state visit and was received at King Khalid International Airport by the governor of Riyadh region. He was accompanied by Field Marshal Asim Munir, Deputy Prime Minister Ishaq Dar and Finance Minister Muhammad Aurangzeb.

The two leaders also reviewed the historic partnership between the two countries and discussed regional developments, the statement said.

The agreement comes a week after an Israeli strike on Hamas officials in Doha. Sharif had attended an emergency Arab-Islamic summit in the Qatari capital on Monday.

A senior Saudi official told Reuters the agreement was "the culmination of years of discussions" and not a response to specific events.

Photo: Crown Prince Mohammed bin Salman receives Pakistani Prime Minister Shehbaz Sharif at Al-Yamamah Palace. (SPA)

Most Popular
Saudi wealth fund unveils new tourism investments
Riyadh Season 2025 opening date announced

Follow Arab News on X | Facebook | Instagram"""))

M.append(dict(id="h71-20", source="tass.com",
url="https://tass.com/politics/1814937",
published_at="2024-07-09", body="""TASS | Russian Politics & Diplomacy

Putin, Modi hold talks in Kremlin

MOSCOW, July 9. /TASS/. Russian President Vladimir Putin and Indian Prime Minister Narendra Modi have held talks in the Kremlin, first in a restricted format and then with their delegations, a TASS correspondent reports.

Modi arrived in Moscow on Monday on an official visit, his first since 2019. On the evening of his arrival, Putin hosted the Indian prime minister for an informal conversation over tea at the Novo-Ogaryovo residence near Moscow.

Putin said that relations between the two countries had a "special privileged strategic" character. Modi said that a solution to the Ukraine conflict could not be found on the battlefield and that India was ready to contribute to peace efforts.

Following the talks, the leaders adopted a joint statement. The sides set a goal of bringing bilateral trade to $100 billion by 2030.

At a ceremony in the Kremlin, Putin presented Modi with the Order of St. Andrew the Apostle, Russia's highest state award, which was conferred on him in 2019.

Kremlin spokesman Dmitry Peskov told reporters that Western criticism of the visit was "jealousy".

Later on Tuesday, Modi will fly to Vienna. It will be the first visit by an Indian prime minister to Austria in 41 years.

Tags: Vladimir Putin, Narendra Modi, Russia-India

Read also
Russia, India to develop trade in national currencies
Lavrov to attend SCO ministerial meeting

TASS 2024 | All rights reserved"""))

M.append(dict(id="h71-21", source="economictimes.indiatimes.com",
url="https://economictimes.indiatimes.com/news/india/trump-modi-agree-to-work-on-trade-deal/articleshow/118219644.cms",
published_at="2025-02-14", body="""ET | Markets | News | Industry | Rise | Politics

Sensex 76,138.97 ▼ 32.11 | Nifty 23,031.40 ▼ 13.85 | USD/INR 86.83 | Brent 75.02

Trump, Modi agree to work on trade deal; US to expand arms sales to India

Reuters | Last Updated: Feb 14, 2025, 08:12:00 AM IST

WASHINGTON: US President Donald Trump and Indian Prime Minister Narendra Modi agreed on Thursday to start talks on a trade agreement and to resolve a dispute over tariffs, after meeting at the White House.

Modi, one of the first foreign leaders to visit Trump since his inauguration last month, said the two countries had set a goal of more than doubling their trade to $500 billion by 2030. Trump said the United States would increase military sales to India "by many billions of dollars" and would eventually supply F-35 stealth fighters.

India agreed to buy more American oil and gas. Trump also said his administration had approved the extradition of Tahawwur Rana, accused in the 2008 Mumbai attacks.

Before the talks, Modi met billionaire Elon Musk, National Security Adviser Mike Waltz and Director of National Intelligence Tulsi Gabbard at Blair House.

Modi arrived in Washington from France, where he co-chaired an artificial intelligence summit in Paris with President Emmanuel Macron and visited Marseille with him on Wednesday.

Indian officials said Modi had invited Trump to India for a summit of the Quad later in the year.

(Catch all the Business News, Breaking News, Budget 2025 Events and Latest News Updates on The Economic Times.)

Read more news on Narendra Modi | Donald Trump | India-US relations

Subscribe to ET Prime | Download The Economic Times News App"""))

M.append(dict(id="h71-22", source="dailyft.lk",
url="https://www.ft.lk/front-page/India-Sri-Lanka-adopt-vision-document-as-Ranil-meets-Modi/44-751032",
published_at="2023-07-22", body="""Daily FT | Front Page | News | Opinion | Financial Services

ASPI 11,260.45 ▲ 0.72% | USD/LKR 328.50

India, Sri Lanka adopt vision document as Ranil meets Modi

Saturday, 22 July 2023 00:10 | 1,287 views

President Ranil Wickremesinghe and Indian Prime Minister Narendra Modi yesterday adopted a vision document on economic partnership and exchanged five memorandums of understanding following talks at Hyderabad House in New Delhi.

The President, who is on his first visit to India since assuming office last July, arrived in New Delhi on Thursday evening. External Affairs Minister S. Jaishankar and National Security Adviser Ajit Doval called on him soon after his arrival.

The vision document, titled "Promoting Connectivity, Catalysing Prosperity", covers maritime, air, energy and people-to-people connectivity. The MoUs relate to renewable energy, the economic development of Trincomalee, the acceptance of India's UPI payments system in Sri Lanka, animal husbandry, and a grant for development projects in the Eastern Province.

Prime Minister Modi said the two sides would carry out a feasibility study of a land bridge between the two countries and would resume the passenger ferry service between Nagapattinam and Kankesanthurai.

The President also called on President Droupadi Murmu at Rashtrapati Bhavan. He extended an invitation to Prime Minister Modi to visit Sri Lanka.

Wickremesinghe is due to return to Colombo today.

Share this: Facebook | X | LinkedIn | WhatsApp

Related
CSE gains as investors welcome IMF review
Rupee firms against the US dollar"""))

M.append(dict(id="h71-23", source="gna.org.gh",
url="https://gna.org.gh/2025/07/ghana-india-elevate-ties-to-comprehensive-partnership/",
published_at="2025-07-03", body="""GNA | Ghana News Agency | General News | Politics | Business

Ghana, India elevate ties to comprehensive partnership

By Kofi Asante, GNA

Accra, July 3, GNA - President John Dramani Mahama and Indian Prime Minister Narendra Modi have elevated relations between Ghana and India to a comprehensive partnership, after bilateral talks at the Jubilee House in Accra.

Prime Minister Modi arrived in Accra on Wednesday afternoon for a two-day state visit, the first by an Indian prime minister to Ghana in three decades. He was received at the Kotoka International Airport by President Mahama and accorded a 21-gun salute.

The two leaders witnessed the exchange of four memoranda of understanding, covering cultural exchange, standards, traditional medicine, and a mechanism for regular meetings of a joint commission.

President Mahama conferred on Prime Minister Modi the honour of Officer of the Order of the Star of Ghana.

Mr Modi announced that India would double the number of scholarships for Ghanaian students and support Ghana in vaccine production. President Mahama said Ghana welcomed Indian investment in agriculture, pharmaceuticals and digital public infrastructure.

On Thursday, Prime Minister Modi addressed a joint sitting of Parliament. He is scheduled to depart for Trinidad and Tobago later on Thursday, the next stop of a five-nation tour that will also take him to Argentina, Brazil and Namibia.

GNA

Share: Facebook | X | WhatsApp

Related Stories
Finance Minister briefs Parliament on mid-year budget review
Cedi gains against dollar in interbank market"""))

M.append(dict(id="h71-24", source="english.news.cn",
url="https://english.news.cn/20250514/0c9a7d8f5b6e4a3c8d2f1e0b9a8c7d6e/c.html",
published_at="2025-05-14", body="""Xi holds talks with Colombian president

Source: Xinhua | Editor: huaxia | 2025-05-14 21:37:05

BEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping held talks with Colombian President Gustavo Petro, who is on a state visit to China, at the Great Hall of the People in Beijing on Wednesday.

Xi said that China and Colombia are both developing countries and members of the Global South, and that the two countries should continue to deepen political mutual trust and expand cooperation in trade, infrastructure, new energy and other fields.

Xi welcomed Colombia's joining of the Belt and Road cooperation family, saying it opens a new chapter for bilateral relations.

Petro said that Colombia is willing to work with China to advance the Belt and Road cooperation and to strengthen cooperation in the fields of railways, clean energy and agriculture. He said that Colombia firmly adheres to the one-China principle.

After the talks, the two heads of state witnessed the signing of a number of bilateral cooperation documents, including a memorandum on jointly promoting the Belt and Road Initiative.

Petro is in China to attend the Fourth Ministerial Meeting of the China-CELAC Forum, which opened in Beijing on Tuesday. Enditem

Other news
Xi holds talks with Brazilian President Lula
Chinese vice premier meets US trade delegation in Geneva

Copyright © 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h71-25", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/03/kishida-kyiv-surprise-visit-after-india.html",
published_at="2023-03-21", body="""KYODO NEWS - Mar 21, 2023 - 23:05 | All, Japan, World

Kishida makes surprise visit to Ukraine after trip to India

Prime Minister Fumio Kishida made an unannounced visit to Kyiv on Tuesday to meet President Volodymyr Zelensky, becoming the first postwar Japanese leader to enter a country in an active war zone, the government said.

Kishida travelled to Ukraine by train from Poland after leaving New Delhi, where he had held talks with Indian Prime Minister Narendra Modi on Monday and unveiled a new plan for a free and open Indo-Pacific. The trip had been kept secret for security reasons.

In Kyiv, Kishida was expected to express Japan's solidarity with Ukraine and pledge continued support for the country's reconstruction, as Japan holds the rotating presidency of the Group of Seven this year.

On his way home, Kishida will hold talks with Polish Prime Minister Mateusz Morawiecki in Warsaw, the Foreign Ministry said.

The visit coincided with Chinese President Xi Jinping's state visit to Moscow, where he is holding talks with Russian President Vladimir Putin.

Kishida had been the only G7 leader not to have visited Ukraine since the Russian invasion began in February last year. Opposition lawmakers said they had not been briefed in advance but supported the trip.

In New Delhi, Kishida and Modi agreed to strengthen cooperation ahead of the G7 summit in Hiroshima in May and the Group of 20 summit to be hosted by India in September.

Related coverage:
Japan, India leaders agree to deepen cooperation on Indo-Pacific
Yoon's Tokyo visit marks thaw in ties, survey shows

Kyodo News | All rights reserved"""))

M.append(dict(id="h71-26", source="risingnepaldaily.com",
url="https://risingnepaldaily.com/news/36621",
published_at="2024-01-05", body="""The Rising Nepal | Friday, January 5, 2024 | e-Paper

Nepal, India sign long-term power trade agreement

Kathmandu, Jan. 5: Nepal and India have signed a long-term agreement on power trade, under which India will import up to 10,000 megawatts of electricity from Nepal within the next 10 years.

The agreement was signed on Thursday by Energy Secretary Gopal Prasad Sigdel and his Indian counterpart Pankaj Agarwal, in the presence of Foreign Minister Dr. N. P. Saud and Indian External Affairs Minister Dr. S. Jaishankar, who is on a two-day official visit to Nepal.

The signing took place after the seventh meeting of the Nepal-India Joint Commission, co-chaired by the two ministers at Hotel Soaltee. The Joint Commission reviewed the state of bilateral relations, including connectivity, trade, power and irrigation.

The two ministers also jointly inaugurated three cross-border transmission lines and witnessed the exchange of agreements on cooperation in renewable energy and on the use of Indian satellites.

Earlier in the day, Minister Jaishankar called on Rt. Hon. President Ramchandra Paudel and Prime Minister Pushpa Kamal Dahal 'Prachanda'. He also met leaders of major political parties.

Minister Jaishankar will return to New Delhi on Friday.

Share: Facebook | X | Email | Print

Related News
PM Prachanda inaugurates international cricket stadium
Tourist arrivals cross one million in 2023

Gorkhapatra Corporation | All rights reserved"""))
