# Medium wire-style stories (1,200-2,000 characters), h49-13 .. h49-26
M = []

M.append(dict(id="h49-13", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=2119804",
published_at="2025-04-07", body="""President's Secretariat

PRESIDENT OF INDIA BEGINS STATE VISIT TO PORTUGAL; RECEIVES KEYS TO THE CITY OF LISBON

Posted On: 07 APR 2025 11:05PM by PIB Delhi

The President of India, Smt Droupadi Murmu, arrived in Lisbon today (April 7, 2025) on the first leg of her State Visits to the Portuguese Republic and the Slovak Republic. This is the first visit by a President of India to Portugal since 1998, and it takes place as the two countries mark 50 years of the re-establishment of diplomatic relations.

The President was accorded a ceremonial welcome at Praca do Imperio, after which she held talks with the President of Portugal, H.E. Mr Marcelo Rebelo de Sousa, at Belem Palace. The two Presidents discussed trade and investment, renewable energy, mobility and India-EU relations. The Mayor of Lisbon, Mr Carlos Moedas, presented the President with the Keys to the City of Lisbon at a ceremony at the City Hall.

Tomorrow, the President will meet the Prime Minister of Portugal, Mr Luis Montenegro, and the President of the Assembly of the Republic, and attend a banquet hosted in her honour. She will also interact with members of the Indian community in Lisbon.

On April 9, the President will travel to Bratislava on a State Visit to Slovakia at the invitation of President Peter Pellegrini, the first by an Indian Head of State to that country in 29 years. She is also scheduled to meet Prime Minister Robert Fico and visit a car manufacturing plant at Nitra.

Minister of State Shri Pabitra Margherita and Members of Parliament are accompanying the President.

***

MJPS/SR

(Release ID: 2119804) Visitor Counter : 1877

Read this release in: Hindi , Urdu , Marathi , Punjabi , Tamil

Follow us on social media: X | Facebook | YouTube | Instagram"""))

M.append(dict(id="h49-14", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/37482/Visit_of_External_Affairs_Minister_to_Nepal_January_45_2024",
published_at="2024-01-04", body="""Ministry of External Affairs | Government of India
Skip to main content | A- A A+ | Hindi

Home > Media Center > Press Releases

Visit of External Affairs Minister to Nepal (January 4-5, 2024)

January 04, 2024

External Affairs Minister Dr. S. Jaishankar is on an official visit to Nepal on January 4-5, 2024, at the invitation of the Foreign Minister of Nepal, Mr. N.P. Saud. This is his first visit to Nepal in 2024.

2. EAM and Foreign Minister Saud co-chaired the 7th meeting of the India-Nepal Joint Commission in Kathmandu today. The Joint Commission reviewed the entire gamut of bilateral relations, including connectivity, economic partnership, trade, power, water resources, development partnership and culture.

3. In the presence of the two Ministers, the Agreement for Long-Term Power Trade between the two countries was signed, envisaging the export of 10,000 MW of power from Nepal to India over the next ten years. MoUs on cooperation in renewable energy and on satellite cooperation were also exchanged. The two Ministers jointly inaugurated three cross-border transmission lines.

4. EAM handed over the first tranche of India's assistance of NPR 1 billion for post-earthquake reconstruction in the Jajarkot and Rukum West districts.

5. During the visit, EAM called on the Rt. Hon'ble President of Nepal Mr. Ram Chandra Paudel and the Rt. Hon'ble Prime Minister Mr. Pushpa Kamal Dahal 'Prachanda'. He will also meet leaders of political parties.

6. The two sides agreed to hold the next meeting of the Joint Commission in India at a mutually convenient date.

Kathmandu
January 04, 2024

Share: Facebook | X | Email | Print

Related: Briefs on Foreign Relations | Joint Statements | Speeches and Statements"""))

M.append(dict(id="h49-15", source="aninews.in",
url="https://aninews.in/news/world/asia/pm-modi-arrives-in-male-on-two-day-state-visit-after-concluding-uk-leg20250725121502/",
published_at="2025-07-25", body="""ANI | News | National | World | Business | Sports | Entertainment | Videos

PM Modi arrives in Male on two-day state visit after concluding UK leg

ANI | Updated: Jul 25, 2025 12:15 IST

Male [Maldives], July 25 (ANI): Prime Minister Narendra Modi arrived in Male on Friday on a two-day state visit to the Maldives, where he will be the Guest of Honour at the country's 60th Independence Day celebrations.

President Mohamed Muizzu received the Prime Minister at Velana International Airport, accompanied by the Maldivian foreign, defence, finance and home ministers, in a rare gesture. Modi is scheduled to hold talks with Muizzu later in the day and inaugurate the new Ministry of Defence building constructed with Indian assistance.

"Honoured by the special gesture of President Muizzu. Looking forward to our discussions," the Prime Minister posted on X.

Modi reached Male from London, where on Thursday India and the United Kingdom signed the Comprehensive Economic and Trade Agreement after talks between Modi and UK Prime Minister Keir Starmer at Chequers. The pact was signed by Commerce and Industry Minister Piyush Goyal and UK Business and Trade Secretary Jonathan Reynolds in the presence of the two leaders. Modi also called on King Charles III at Sandringham.

This is Modi's third visit to the Maldives and his first since Muizzu took office in November 2023. The two leaders had met briefly on the sidelines of the COP28 summit in Dubai in December that year.

Foreign Secretary Vikram Misri told reporters that a line of credit and the launch of negotiations on a free trade agreement were expected to be announced during the visit.

(ANI)

This story is auto-generated from a syndicated feed. ANI is not responsible for the content.

Tags: PM Modi, Maldives, Mohamed Muizzu, India-UK FTA"""))

M.append(dict(id="h49-16", source="theweek.in",
url="https://www.theweek.in/wire-updates/national/2017/10/04/del62-prez-ethiopia.html",
published_at="2017-10-04", body="""THE WEEK | Wire Updates | National | World | Business | Sports

President Kovind arrives in Ethiopia after Djibouti visit

PTI | Updated: October 04, 2017 20:41 IST

Addis Ababa, Oct 4 (PTI) President Ram Nath Kovind arrived here today on the second leg of his first foreign tour since assuming office, after a two-day visit to Djibouti during which he thanked the country for its help in evacuating Indians from war-torn Yemen in 2015.

Kovind, who was received at the Bole International Airport by Ethiopian President Mulatu Teshome, will hold talks with him and with Prime Minister Hailemariam Desalegn tomorrow. Agreements on trade, communications and media cooperation are expected to be signed.

This is the first visit by an Indian President to Ethiopia in 45 years.

In Djibouti, Kovind held talks with President Ismail Omar Guelleh, who hosted a banquet in his honour. The two sides agreed to set up an Indian embassy in the country and to hold regular foreign office consultations, Secretary (Economic Relations) T S Tirumurti told reporters. Kovind was the first Indian head of state to visit Djibouti, which sits at the mouth of the Red Sea.

"India is grateful to Djibouti for the support it extended during Operation Rahat," the President said, addressing the Indian community at a reception.

The President is accompanied by his wife Savita Kovind, Minister of State Giriraj Singh and two members of Parliament.

PTI AKJ ZH

This is unedited, unformatted feed from the Press Trust of India wire.

More from Wire Updates
Sushma Swaraj to visit Bangladesh on Oct 21, Rohingya issue on agenda
Sensex ends 84 points up on buying in banking stocks"""))

M.append(dict(id="h49-17", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-makes-surprise-stop-in-lahore-meets-nawaz-sharif-1259122",
published_at="2015-12-25", body="""NDTV | India | World | Cities | Business | Cricket | Videos

PM Modi Makes Surprise Stop In Lahore, Meets Nawaz Sharif On His Birthday

All India | Written by Press Trust of India | Updated: December 25, 2015 19:48 IST

LAHORE: Prime Minister Narendra Modi landed in Lahore this afternoon on an unscheduled stopover on his way home from Kabul, becoming the first Indian prime minister to visit Pakistan in over a decade.

Pakistan Prime Minister Nawaz Sharif, who turned 66 today, received PM Modi at the Allama Iqbal International Airport and the two leaders flew by helicopter to Mr Sharif's family residence at Raiwind, where a wedding in the family was also under way. They spent about 90 minutes together before PM Modi left for Delhi.

"Will be in Lahore this afternoon, where I look forward to meeting PM Nawaz Sharif," PM Modi had tweeted, after wishing his counterpart on his birthday and saying he had spoken to him by phone.

In Kabul earlier in the day, PM Modi inaugurated the new Afghan Parliament building built with Indian assistance and held talks with President Ashraf Ghani and Chief Executive Abdullah Abdullah. India has handed over three Mi-25 attack helicopters to Afghanistan this week. PM Modi flew to Kabul from Moscow, where he held his annual summit with President Vladimir Putin.

The Lahore stop comes weeks after the two countries agreed to resume a comprehensive bilateral dialogue. The foreign secretaries are scheduled to meet in Islamabad in mid-January to work out the schedule.

The Congress called the visit "a reckless adventure", while the BJP said the Prime Minister had shown statesmanship.

Story first published: December 25, 2015 17:02 IST

Top Stories
Delhi odd-even: Exemptions for women, CNG vehicles
Christmas celebrated across India amid cold wave"""))

M.append(dict(id="h49-18", source="en.irna.ir",
url="https://en.irna.ir/news/85352071/Iran-India-FMs-discuss-Chabahar-regional-developments",
published_at="2024-01-15", body="""IRNA English | Politics | Economy | Society | Sports | Culture

Iran, India FMs discuss Chabahar, regional developments in Tehran

January 15, 2024, 4:12 PM | News ID: 85352071

Tehran, IRNA - Iranian Foreign Minister Hossein Amir-Abdollahian and his Indian counterpart Subrahmanyam Jaishankar held talks in Tehran on Monday on bilateral relations, the Chabahar port and the situation in Gaza and the Red Sea.

Amir-Abdollahian said the Islamic Republic welcomed the expansion of cooperation with India in the fields of transit, energy and trade, and described Chabahar as a "golden gate" connecting India to Central Asia and Afghanistan.

The Indian foreign minister, who arrived in Tehran on Sunday, expressed concern over attacks on shipping and said the security of sea lanes was of great importance to India.

Jaishankar also met Iranian Minister of Roads and Urban Development Mehrdad Bazrpash and discussed a long-term agreement on the operation of Chabahar's Shahid Beheshti terminal. He is to be received by President Seyyed Ebrahim Raisi later on Monday.

The Indian minister had invited his Iranian counterpart to visit New Delhi, the foreign ministry said, adding that a date would be set later.

Iran and India established diplomatic relations in 1950. Bilateral trade fell after US sanctions on Iranian oil exports in 2019.

Related news
Iran, Oman foreign ministers discuss regional developments by phone
Spokesman: Iran will respond firmly to any aggression
Iran's exports to neighbours up 15 percent

Tags: Iran, India, Amir-Abdollahian, Jaishankar, Chabahar

Print | Send to friend"""))

M.append(dict(id="h49-19", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=2072719",
published_at="2024-11-12", body="""Ministry of External Affairs

EAM and First Deputy Prime Minister of Russia co-chair 25th session of India-Russia Inter-Governmental Commission

Posted On: 12 NOV 2024 6:30PM by PIB Delhi

External Affairs Minister Dr. S. Jaishankar and First Deputy Prime Minister of the Russian Federation Mr. Denis Manturov co-chaired the 25th session of the India-Russia Inter-Governmental Commission on Trade, Economic, Scientific, Technological and Cultural Cooperation (IRIGC-TEC) in New Delhi today.

The Commission reviewed progress in trade, energy, agriculture, transport and connectivity, healthcare and education. The two sides noted that bilateral trade had reached USD 66 billion in 2023-24 and agreed on steps to address the trade imbalance, including removal of non-tariff barriers and settlement in national currencies. They signed the Protocol of the session.

Mr Manturov, who is on an official visit to India on November 11-12, also addressed the India-Russia Business Forum in Mumbai and called on Prime Minister Shri Narendra Modi.

The two co-chairs reviewed preparations for upcoming high-level engagements between the two countries.

***

MJPS/SKS

(Release ID: 2072719) Visitor Counter : 964

Read this release in: Hindi | Urdu | Russian

Follow us on social media: X | Facebook | YouTube"""))

M.append(dict(id="h49-20", source="kathmandupost.com",
url="https://kathmandupost.com/national/2023/06/01/dahal-modi-talks-nepal-india-sign-seven-agreements",
published_at="2023-06-01", body="""The Kathmandu Post | National | Politics | Valley | Opinion | Money | Sports

Dahal, Modi hold talks; Nepal and India sign seven agreements

Prime Minister Pushpa Kamal Dahal raised the boundary issue but no progress was announced.

Post Report
Published at : June 1, 2023

Kathmandu/New Delhi - Prime Minister Pushpa Kamal Dahal and his Indian counterpart Narendra Modi held delegation-level talks at Hyderabad House in New Delhi on Thursday, after which the two countries signed seven agreements, including a revised transit treaty.

The agreements also cover cross-border petroleum pipelines, integrated check posts at Rupaidiha-Nepalgunj and cooperation in digital payments. India agreed to import 10,000 megawatts of electricity from Nepal over the next ten years, Modi announced at a joint press conference.

Dahal, who arrived in New Delhi on Wednesday on his first foreign trip since taking office in December, said he had raised the boundary question and proposed that the two sides resolve it through established mechanisms.

"We will work to take our relations to Himalayan heights," Modi said.

Earlier in the day, Dahal was given a ceremonial welcome at Rashtrapati Bhavan and called on President Droupadi Murmu. External Affairs Minister S Jaishankar called on him on Wednesday.

Dahal will travel to Ujjain and Indore on Friday before returning home on Saturday.

He invited Modi to visit Nepal, and the Indian Prime Minister accepted, officials said.

Related News
Nepse slips 12 points amid thin trading
Sherpa guides reach Everest summit for 28th time

Published at : June 1, 2023 20:15 | Updated at : June 1, 2023 20:40

Follow The Kathmandu Post on Facebook | X | Instagram"""))

M.append(dict(id="h49-21", source="livemint.com",
url="https://www.livemint.com/news/india/rajnath-singh-wei-fenghe-hold-talks-in-moscow-11599266482013.html",
published_at="2020-09-05", body="""Mint | Markets | Money | Companies | Opinion | News | Premium

Rajnath Singh, Wei Fenghe hold talks in Moscow amid border standoff

2 min read | 05 Sep 2020, 07:58 AM IST | PTI

Defence Minister Rajnath Singh held talks with his Chinese counterpart Wei Fenghe in Moscow on Friday evening, the first face-to-face meeting between the two sides at the ministerial level since the border standoff in eastern Ladakh began in May.

The meeting, on the sidelines of the Shanghai Cooperation Organisation defence ministers' conclave, lasted two hours and 20 minutes and was held at the request of the Chinese side, officials said. Singh told Wei that China's actions, including amassing troops and attempts to alter the status quo, were a violation of bilateral agreements.

Singh arrived in Moscow on Thursday and held talks with Russian Defence Minister Sergei Shoigu, discussing the supply of military hardware, including the S-400 missile systems.

He will make a stopover in Tehran on Saturday on his way back, where he is scheduled to meet Iranian Defence Minister Amir Hatami.

External Affairs Minister S Jaishankar is scheduled to travel to Moscow next week for the SCO foreign ministers' meeting, and a meeting with Chinese Foreign Minister Wang Yi on the sidelines is possible, officials said.

Catch all the Politics News, Breaking News Events and Latest News Updates on Live Mint.

Download The Mint News App to get Daily Market Updates.

More Less

Topics: Rajnath Singh, China, India-China border, SCO

Also Read
Covid-19: India's tally crosses 40 lakh
GDP contracts 23.9% in June quarter"""))

M.append(dict(id="h49-22", source="thepeninsulaqatar.com",
url="https://thepeninsulaqatar.com/article/18/02/2025/amir-indian-pm-hold-talks-in-new-delhi",
published_at="2025-02-18", body="""The Peninsula | Qatar | Business | Sports | Opinion | Lifestyle

Amir, Indian PM hold talks in New Delhi; ties raised to strategic partnership

QNA | New Delhi | Published: 18 Feb 2025 - 6:20 pm

Amir H H Sheikh Tamim bin Hamad Al Thani and Prime Minister of the Republic of India H E Narendra Modi held official talks at Hyderabad House in New Delhi today.

The talks dealt with bilateral relations and ways to enhance them in trade, investment, energy, technology, food security and culture, in addition to regional and international developments, particularly the situation in the Gaza Strip.

The two sides signed an agreement to elevate relations to a strategic partnership and an amended agreement for the avoidance of double taxation. Memoranda of understanding on cooperation in youth and sports, and archives, were also exchanged. Qatar announced it would invest USD 10 billion in India, and the two sides set a target of doubling bilateral trade to USD 28 billion within five years.

Earlier, H H the Amir was given an official reception ceremony at the forecourt of Rashtrapati Bhavan, where he was received by President Droupadi Murmu and Prime Minister Modi.

H H the Amir arrived in New Delhi on Monday on a state visit, and was received at the airport by Prime Minister Modi in a special gesture.

H H the Amir extended an invitation to the Indian Prime Minister to visit Qatar.

Most Read
HE Prime Minister and Minister of Foreign Affairs discusses regional developments with Iranian FM by phone
Qatar Airways adds third daily flight to Kochi

Copyright (c) 2025 The Peninsula Newspaper. All rights reserved."""))

M.append(dict(id="h49-23", source="newsonair.gov.in",
url="https://www.newsonair.gov.in/president-murmu-arrives-in-mauritania-on-first-ever-visit-by-indian-head-of-state/",
published_at="2024-10-16", body="""All India Radio News | National | International | Business | Sports | Regional

President Murmu arrives in Mauritania on first-ever visit by Indian Head of State

October 16, 2024 10:42 AM | AIR News

President Droupadi Murmu arrived in Nouakchott, the capital of Mauritania, this morning on the second leg of her three-nation visit to Africa. She was received at the airport by President Mohamed Ould Ghazouani. This is the first-ever visit by an Indian Head of State to Mauritania.

During the visit, President Murmu will hold talks with President Ghazouani and interact with the Indian community. The two sides are expected to sign agreements on visa waiver for diplomatic passport holders and on foreign office consultations. India will also announce the opening of a resident mission in Nouakchott.

The President arrived from Algeria, where she held talks with President Abdelmadjid Tebboune during a three-day state visit. India and Algeria signed MoUs on culture and on cooperation between their foreign service institutes. She was conferred an honorary doctorate by the University of Sidi Abdellah and addressed the India-Algeria Economic Forum.

From Mauritania, President Murmu will travel to Malawi for a three-day state visit beginning tomorrow, where she will meet President Lazarus Chakwera and visit Blantyre.

Minister of State Nimuben Bambhaniya and Members of Parliament Mukesh Dalal and Atul Garg are accompanying the President.

The visits underline India's commitment to partnership with Africa, Secretary (Economic Relations) Dammu Ravi said.

Tags: President Droupadi Murmu, Mauritania, Algeria, Malawi

Share: Facebook | X | WhatsApp

Listen to News On AIR app | Prasar Bharati"""))

M.append(dict(id="h49-24", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/502319/Egypt/Foreign-Affairs/Indian-PM-Modi-arrives-in-Cairo-on-first-state-vis.aspx",
published_at="2023-06-24", body="""Ahram Online | Egypt | World | Business | Opinion | Life & Style | Sports

Indian PM Modi arrives in Cairo on first state visit to Egypt

Ahram Online, Saturday 24 Jun 2023

Indian Prime Minister Narendra Modi arrived in Cairo on Saturday afternoon on his first visit to Egypt, and was received at the airport by Prime Minister Mostafa Madbouly.

Modi is set to hold talks with President Abdel-Fattah El-Sisi on Sunday at Al-Ittihadiya Palace, where the two leaders are expected to sign a declaration elevating ties to a strategic partnership. He will also visit the Al-Hakim Mosque, restored by India's Dawoodi Bohra community, and the Heliopolis Commonwealth War Grave Cemetery, where Indian soldiers who died in the two world wars are buried.

On Saturday evening, Modi met members of the cabinet's "India Unit", set up by Madbouly this year to coordinate relations with New Delhi, and held talks with Grand Mufti Shawki Allam.

Modi flew to Cairo from Washington, where he concluded a state visit to the United States that included talks with President Joe Biden at the White House, a state dinner and an address to a joint meeting of Congress. The two sides announced agreements on jet engines, semiconductors and critical minerals.

El-Sisi was the chief guest at India's Republic Day parade in January, becoming the first Egyptian president to hold that honour.

Trade between Egypt and India exceeded $7 billion in 2022, and Cairo has sought Indian investment in the Suez Canal Economic Zone.

Related
Egypt, UAE discuss regional developments
FM Shoukry receives phone call from Sudanese counterpart

Short link: https://english.ahram.org.eg/News/502319.aspx"""))

M.append(dict(id="h49-25", source="bssnews.net",
url="https://www.bssnews.net/news/68213",
published_at="2022-06-19", body="""BSS | Bangladesh Sangbad Sangstha | National | International | Business | Sports

Momen, Jaishankar co-chair 7th JCC meeting in New Delhi

19 Jun 2022, 21:40

NEW DELHI, June 19, 2022 (BSS) - Foreign Minister Dr AK Abdul Momen and his Indian counterpart Dr S Jaishankar today co-chaired the seventh meeting of the Bangladesh-India Joint Consultative Commission (JCC) at Jawaharlal Nehru Bhawan here.

The two ministers reviewed the whole range of bilateral relations, including border management, trade, connectivity, water sharing, power and energy, and the Rohingya issue.

Momen urged early conclusion of the Teesta water-sharing agreement and asked India to bring border killings down to zero. Jaishankar said India was ready to work with Bangladesh on the supply of fuel and power and on the use of Chattogram and Mongla ports.

The two sides agreed to hold the meeting of the Joint Rivers Commission at ministerial level soon, after a gap of 12 years.

The foreign minister arrived in New Delhi yesterday on a three-day official visit. He is expected to return home tomorrow.

Momen told reporters that Prime Minister Sheikh Hasina would visit India at a convenient time, and that the dates were being worked out.

The sixth JCC meeting was held virtually in September 2020.

BSS/AMN/MSY/2140

Other news
State Minister for Foreign Affairs meets outgoing Japanese envoy
Padma Bridge to open on June 25"""))

M.append(dict(id="h49-26", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=3198741&language=en",
published_at="2024-12-22", body="""KUNA | Kuwait News Agency | Local | Gulf | Arab | World | Economics | Sports

His Highness the Amir, Indian PM hold official talks; ties elevated to strategic partnership

22/12/2024 14:05

KUWAIT, Dec 22 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah held official talks with Prime Minister of the Republic of India Narendra Modi at Bayan Palace on Sunday.

The talks covered bilateral relations and means of boosting them in political, economic, investment, defence, security and cultural fields, in addition to regional and international issues of mutual concern.

His Highness the Amir bestowed on the Indian Prime Minister the Order of Mubarak the Great, and the two sides announced the elevation of their relations to a strategic partnership.

Memoranda of understanding were signed on defence cooperation, culture, sports and solar energy.

The Indian Prime Minister, who arrived in the country on Saturday, also held talks with His Highness the Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah and met His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah. On Saturday he attended the opening of the Arabian Gulf Cup as the guest of His Highness the Amir.

This is the first visit by an Indian prime minister to Kuwait in 43 years.

Modi extended an invitation to His Highness the Amir to visit India, which His Highness accepted. (end) ahs.gb

Other news
Kuwait FM receives phone call from Saudi counterpart
Kuwait stock exchange closes week on positive note
Weather: cold conditions expected tonight"""))
