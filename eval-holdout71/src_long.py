# Long pages (2,500-4,500 characters), h71-01 .. h71-12
A = []

A.append(dict(id="h71-01", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-meets-neighbourhood-leaders-day-after-swearing-in/article68271904.ece",
published_at="2024-06-10", body="""The Hindu | e-Paper | Subscribe | Sign in
Unlock premium stories with a subscription. Already a subscriber? Log in

SENSEX 76,490.08 ▲ 0.27% | NIFTY 50 23,259.20 ▲ 0.13% | USD/INR 83.51 | Gold 72,140

News / National

Modi meets neighbourhood leaders a day after taking oath for third term

Leaders from seven countries of the neighbourhood and the Indian Ocean region, who attended Sunday's ceremony, held separate meetings with the Prime Minister

Meera Krishnan
NEW DELHI: Updated - June 10, 2024 10:47 pm IST

Prime Minister Narendra Modi with Maldives President Mohamed Muizzu at Rashtrapati Bhavan on Sunday. Photo: Special Arrangement

A day after he was sworn in for a third consecutive term, Prime Minister Narendra Modi on Monday held a round of bilateral meetings with the neighbourhood leaders who had flown into the capital as guests for the ceremony, in what officials described as a clear signal of the government's "Neighbourhood First" policy.

The guest list included Bangladesh Prime Minister Sheikh Hasina, Sri Lankan President Ranil Wickremesinghe, Maldives President Mohamed Muizzu, Nepal Prime Minister Pushpa Kamal Dahal 'Prachanda', Bhutan Prime Minister Tshering Tobgay, Mauritius Prime Minister Pravind Kumar Jugnauth and Seychelles Vice-President Ahmed Afif. President Droupadi Murmu administered the oath of office to Mr. Modi and members of his Council of Ministers in the forecourt of Rashtrapati Bhavan on Sunday evening, and later hosted the visiting dignitaries at a banquet.

Much of the attention was on Mr. Muizzu, whose presence was seen as a thaw after months of strain. The Maldivian leader had campaigned on an "India Out" platform and, after taking office in November, asked New Delhi to replace the military personnel operating Indian aircraft in the islands with civilians. Officials said the two leaders spoke about ongoing development projects and "people-centric" cooperation. External Affairs Minister S. Jaishankar, who retained his portfolio when ministries were allocated on Monday evening, also called on Mr. Muizzu before the President left for Male.

With Ms. Hasina, the Prime Minister reviewed connectivity, energy and water-sharing, according to a government statement. Mr. Wickremesinghe and Mr. Modi discussed the Indian-funded projects in Trincomalee and the economic recovery of the island nation. In his conversation with Mr. Dahal, the Prime Minister is understood to have touched upon hydropower cooperation and cross-border railways.

Mr. Tobgay, who was on his second visit to New Delhi in three months, and Mr. Jugnauth, whose country shares what officials called a "special relationship" with India, also held talks with Mr. Modi. Mr. Afif met the Prime Minister on Monday afternoon.

"The presence of so many leaders from our immediate neighbourhood and the Indian Ocean region is a reflection of the priority we attach to these relationships," Foreign Secretary Vinay Kwatra said at a briefing, adding that the meetings were "short but substantive".

Pakistan was not invited. Prime Minister Shehbaz Sharif posted a brief message of congratulations on social media, to which Mr. Modi replied thanking him. Former Prime Minister Nawaz Sharif also posted a message.

Analysts said the choice of guests marked a shift from 2019, when leaders of BIMSTEC member states were invited, and from 2014, when the then Pakistan Prime Minister attended the ceremony.

Also Read
Biden dials Modi, congratulates him on election victory
Cabinet portfolios: Rajnath, Shah, Sitharaman, Jaishankar retain ministries
Opinion | The neighbourhood at the swearing-in

Related Topics
Narendra Modi / Maldives / Sri Lanka / Bangladesh / Nepal / Bhutan / Mauritius / Seychelles / diplomacy

READ LATER | PRINT | Share on X, Facebook, WhatsApp

COMMENTS (14)
Comments have to be in English, and in full sentences. They cannot be abusive or personal.

Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved."""))

A.append(dict(id="h71-02", source="dawn.com",
url="https://www.dawn.com/news/1866702/sco-moot-ends-in-islamabad-as-chinese-premier-wraps-up-visit",
published_at="2024-10-16", body="""DAWN.COM | E-Paper | Subscribe to our newsletter

KSE-100 86,111 ▲ 0.54% | USD/PKR 277.61 | Gold (tola) Rs276,400 | Brent $74.25

Pakistan

SCO moot ends in Islamabad with joint communique; Chinese premier holds talks with PM

Nadia Rafiq | Published October 16, 2024 | Updated about 3 hours ago

Prime Minister Shehbaz Sharif welcomes External Affairs Minister S. Jaishankar at the venue of the SCO meeting in Islamabad. - PID

ISLAMABAD: The two-day meeting of the Shanghai Cooperation Organisation's Council of Heads of Government concluded at the Jinnah Convention Centre on Wednesday with the adoption of a joint communique, as Pakistan hosted its largest diplomatic gathering in years under a security lockdown of the capital.

Prime Minister Shehbaz Sharif, who chaired the session, urged member states to use the organisation to "translate our collective vision into tangible results", and called for the expansion of regional connectivity projects.

The Indian delegation was led by External Affairs Minister Subrahmanyam Jaishankar, the first Indian foreign minister to travel to Pakistan in nearly nine years. Both sides had said before his arrival that there would be no bilateral meeting, and none took place. Mr Jaishankar shook hands with the prime minister at the reception and dinner on Tuesday night and, according to officials, exchanged pleasantries with Deputy Prime Minister Ishaq Dar. He left Islamabad on Wednesday afternoon and later thanked the hosts for their "hospitality and courtesy" in a post on X.

In his address to the plenary, Mr Jaishankar said cooperation could not flourish if activities across borders were characterised by "terrorism, extremism and separatism".

China's premier in town

Chinese Premier Li Qiang, who arrived on Monday on a four-day official visit, the first by a Chinese premier in 11 years, held delegation-level talks with Mr Sharif at the PM House on Tuesday. The two leaders had jointly inaugurated the New Gwadar International Airport through a virtual ceremony on Monday.

According to a statement from the PM Office, the talks focused on the second phase of the China-Pakistan Economic Corridor and on the security of Chinese nationals working in Pakistan, days after a suicide bombing near Karachi airport killed two Chinese engineers. The two sides signed 13 agreements and memorandums of understanding in areas including science and technology, media and agriculture. Mr Li also met President Asif Ali Zardari and army chief General Asim Munir.

On the sidelines of the moot, Mr Sharif also received Russian Prime Minister Mikhail Mishustin at the PM House, where the two discussed energy supplies, barter trade and a proposed direct rail link, the Foreign Office said.

Security was tight. The federal government had declared a three-day local holiday in Islamabad and Rawalpindi, and the army was deployed in the capital under Article 245.

Read more: Chinese premier arrives in Islamabad, first visit in 11 years
Read more: No bilateral talks with India on SCO sidelines, FO says

Facebook | X | WhatsApp | Email

Comments (48) Closed

MOST POPULAR
1 Senate passes 26th Amendment bill amid opposition boycott
2 Petrol price likely to go up from Nov 1
3 Smog chokes Lahore as AQI crosses 400

Dawn Media Group | Copyright © 2024"""))

A.append(dict(id="h71-03", source="kathmandupost.com",
url="https://kathmandupost.com/national/2023/06/02/dahal-modi-talks-yield-transit-treaty-and-hydro-deals",
published_at="2023-06-02", body="""The Kathmandu Post | Friday, June 2, 2023 | e-Paper | Subscribe

NEPSE 1,937.81 ▲ 0.42% | USD 131.20 | INR 1.60

National

Dahal-Modi talks yield revised transit treaty and hydropower deals

Nepal and India signed seven agreements and exchanged documents on Thursday, but the boundary dispute was left to be settled "in the spirit of friendship"

Binod Adhikari
Published at : June 2, 2023
Updated at : June 2, 2023 07:25

Prime Minister Pushpa Kamal Dahal and his Indian counterpart Narendra Modi at Hyderabad House in New Delhi on Thursday. Photo: PMO

NEW DELHI: Prime Minister Pushpa Kamal Dahal and Indian Prime Minister Narendra Modi held delegation-level talks at Hyderabad House on Thursday, after which the two sides signed a revised Treaty of Transit and memorandums of understanding on the development of the Lower Arun and Phukot Karnali hydropower projects.

Dahal, who landed in the Indian capital on Wednesday on a four-day official visit, his first bilateral trip abroad since returning to office in December, was accorded a ceremonial welcome at Rashtrapati Bhavan on Thursday morning. He called on President Droupadi Murmu on Wednesday evening, and External Affairs Minister S Jaishankar called on him at his hotel.

Addressing a joint press meet, Modi said India had set a target of importing 10,000 megawatts of electricity from Nepal over the next 10 years, and announced that Nepal would be able to export power to Bangladesh through Indian territory. "We have decided to make our relationship a super hit," Modi said, describing the approach as "HIT": highways, i-ways and trans-ways.

The two leaders virtually inaugurated integrated check posts at Rupaidiha-Nepalgunj and Sunauli-Bhairahawa, and flagged off a cargo train from Bathnaha in Bihar to the Nepal customs yard at Biratnagar. Agreements on a cross-border payment system and on the Dodhara Chandani bridge were also exchanged.

Dahal, who had said before leaving Kathmandu that he would raise the boundary question, told reporters that he had asked for the dispute to be resolved through the established bilateral mechanisms. Modi, in his remarks, said the two countries would settle boundary issues "in the spirit of friendship". Officials in Kathmandu said no specific date had been agreed for a meeting of the boundary working group.

The report of the Eminent Persons Group, submitted in 2018, was not discussed, a member of the Nepali delegation told the Post.

On Friday, Dahal is scheduled to travel to Ujjain in Madhya Pradesh to visit the Mahakaleshwar temple, and then to Indore, before returning to Kathmandu on Saturday.

Opposition leaders in Kathmandu were quick to criticise the outcome. CPN-UML chair KP Sharma Oli said the prime minister had "returned empty-handed on the boundary". Maoist Centre leaders countered that the power agreement would change Nepal's trade balance.

Dahal has also received an invitation to visit China, officials said, but no dates have been fixed.

Related News
Nepal's first electricity export to Bangladesh hinges on Indian approval
Editorial: The boundary question can't wait forever
Budget for fiscal year 2023-24 tabled in Parliament

Tags: Pushpa Kamal Dahal / Narendra Modi / Nepal-India relations / Transit Treaty / Hydropower

Share: Facebook | X | Email | Print

Kantipur Publications Pvt Ltd. All rights reserved."""))

A.append(dict(id="h71-04", source="edition.mv",
url="https://edition.mv/news/34512",
published_at="2024-01-11", body="""Edition.mv | Latest | Politics | Business | Sports | Dhivehi

USD/MVR 15.42 | Brent 77.41 | Weather: Male' 30°C

POLITICS

Maldives, China sign 20 agreements as Muizzu and Xi upgrade ties

Aishath Riyaz | 11 January 2024, 09:15

President Dr Mohamed Muizzu shakes hands with Chinese President Xi Jinping at the Great Hall of the People in Beijing. Photo: President's Office

President Dr Mohamed Muizzu and Chinese President Xi Jinping held official talks in Beijing on Wednesday, at the end of which the two countries upgraded their ties to a "comprehensive strategic cooperative partnership" and signed 20 agreements.

The agreements cover tourism, disaster risk reduction, the blue economy, the digital economy and the Belt and Road Initiative, the President's Office said. China also agreed to provide grant aid, the amount of which was not disclosed.

According to a statement carried by Chinese state media, Xi said China respected the Maldives' sovereignty and independence and "firmly supports" the country in exploring a development path suited to its national conditions.

Muizzu, who is on a five-day state visit to China, began his trip in Fujian province on Monday, where he addressed a business forum and urged China to send more tourists to the Maldives. "Before the pandemic, China was our number one source market. I call on China to reclaim that position," he said in Xiamen.

He is scheduled to return to Male' on Saturday.

The visit comes amid a diplomatic row with India. Over the weekend, three deputy ministers posted derogatory remarks on social media about Indian Prime Minister Narendra Modi, following his visit to the Indian island territory of Lakshadweep. The government suspended Mariyam Shiuna, Malsha Shareef and Mahzoom Majid on Sunday. New Delhi summoned the Maldives High Commissioner Ibrahim Shaheeb on Monday, and the Maldives Foreign Ministry in turn called in Indian High Commissioner Munu Mahawar. Several Indian celebrities have since called for a boycott of the islands as a destination.

Muizzu broke with the tradition of Maldivian presidents visiting India first by travelling to Türkiye in November, shortly after taking office. He then attended the COP28 climate summit in Dubai, where he held a brief meeting with Modi and the two sides agreed to set up a core group on the presence of Indian military personnel.

Opposition MDP leaders said the President should have ensured that the India relationship did not deteriorate while he was abroad.

Also read: Maldives-India core group to hold first meeting in Male' on Sunday

Also read: Tourism ministry reports record arrivals for 2023

Tags: Muizzu, China, Xi Jinping, India, diplomacy

Share: Facebook | X | Viber | Telegram

Subscribe to our newsletter for the top stories of the day

© 2024 Edition.mv. All rights reserved."""))

A.append(dict(id="h71-05", source="thedailystar.net",
url="https://www.thedailystar.net/news/bangladesh/diplomacy/news/misri-meets-yunus-dhaka-delhi-hold-foreign-office-consultations-3772215",
published_at="2024-12-10", body="""Get The Daily Star app | Join our WhatsApp channel for breaking news

DSEX 5,193.44 ▼ 0.31% | USD 119.50 | EUR 125.62 | INR 1.41

Diplomacy

Misri meets Yunus as Dhaka, Delhi hold foreign office consultations

Diplomatic Correspondent | Tue Dec 10, 2024 12:00 AM | Last update on: Tue Dec 10, 2024 01:17 AM

Indian Foreign Secretary Vikram Misri meets Chief Adviser Professor Muhammad Yunus at the state guest house Jamuna in Dhaka yesterday. Photo: CA Press Wing

Indian Foreign Secretary Vikram Misri yesterday called on Chief Adviser Professor Muhammad Yunus during a day-long visit to Dhaka, the first high-level trip by an Indian official since the fall of the Awami League government on August 5.

Earlier in the day, Misri and Foreign Secretary Md Jashim Uddin led their respective sides at the foreign office consultations (FOC) at the state guest house Padma. The talks lasted around four hours. Misri also called on Foreign Affairs Adviser Md Touhid Hossain at the foreign ministry.

Briefing journalists after the consultations, Jashim Uddin said Dhaka had asked New Delhi to ensure that deposed prime minister Sheikh Hasina, who has been staying in India since August, does not make "false and fabricated" statements from Indian soil. Dhaka also raised border killings, water sharing and visa restrictions, he said.

Misri said India wanted a "positive, constructive and mutually beneficial" relationship with Bangladesh and that he had conveyed India's concerns about the safety of minorities, including recent incidents of attacks on cultural and religious properties. He said he had also discussed the December 2 attack on the Bangladesh Assistant High Commission in Agartala, which India has described as "deeply regrettable".

"Today's talks have given both sides an opportunity to take stock of our relationship," Misri told reporters before flying back to New Delhi in the evening.

The previous FOC was held in New Delhi in November last year. The two sides agreed that the next round would be held in New Delhi at a mutually convenient time, officials said.

Relations between the neighbours have cooled sharply over the past four months. Chief Adviser Yunus and Indian Prime Minister Narendra Modi spoke over the phone in August, and Touhid Hossain met External Affairs Minister S Jaishankar on the sidelines of the UN General Assembly in New York in September. Last week, the foreign ministry summoned Indian High Commissioner Pranay Kumar Verma over the Agartala incident.

Political analysts said the visit showed both sides were trying to prevent a further slide. "The language was measured on both sides," said a former ambassador.

Related
Agartala mission resumes consular services
Hasina's remarks from Delhi draw protest note
Pakistan cargo vessel docks at Chattogram again

Tags: Vikram Misri / Bangladesh-India relations / foreign office consultations / Muhammad Yunus

Share on Facebook | X | LinkedIn | WhatsApp

Copyright: Any unauthorized use or reproduction of The Daily Star content for commercial purposes is strictly prohibited."""))

A.append(dict(id="h71-06", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking-news/Modi-AKD-exchange-seven-MoUs-including-defence-cooperation/108-305512",
published_at="2025-04-05", body="""Daily Mirror - Sri Lanka Latest Breaking News and Headlines | Sinhala | Tamil | e-Paper

ASPI 16,054.43 ▼ 0.87% | S&P SL20 4,662.10 ▼ 1.02% | USD/LKR 296.80

Breaking News

Modi, AKD exchange seven MoUs including defence cooperation

05 April 2025 03:12 pm - 12 - 4,812 views

By Nirmal Perera

Indian Prime Minister Narendra Modi and President Anura Kumara Dissanayake at the Presidential Secretariat in Colombo today. Pic by Kushan Pathiraja

India and Sri Lanka today exchanged seven memorandums of understanding, including the first-ever bilateral agreement on defence cooperation, after talks between President Anura Kumara Dissanayake and Indian Prime Minister Narendra Modi at the Presidential Secretariat.

Modi, who arrived in Colombo last night after attending the BIMSTEC summit in Bangkok, was accorded a ceremonial welcome at Independence Square this morning, the first time a visiting leader has been received there.

The other MoUs cover the development of Trincomalee as an energy hub, a high-voltage grid interconnection, digital public infrastructure, health and medicine, and a multi-sector grant for the Eastern Province. The energy hub agreement was signed together with the United Arab Emirates, officials said.

The two leaders also jointly inaugurated, by virtual means, the Sampur solar power project in Trincomalee.

Speaking to the media afterwards, President Dissanayake said he had reiterated that Sri Lanka would not allow its territory to be used in any manner inimical to India's security. Prime Minister Modi said India had stood with Sri Lanka during the economic crisis and would continue to do so, announcing that amendments to the bilateral debt restructuring agreements had been concluded.

On the issue of Indian fishermen, Modi said the two sides had agreed to adopt a "humanitarian approach". The President later conferred the Sri Lanka Mitra Vibhushana on the visiting leader.

Modi will travel to Anuradhapura tomorrow together with the President to open railway projects built with Indian assistance and to pay homage at the Jaya Sri Maha Bodhi, before returning to India.

It is Modi's fourth visit to Sri Lanka since 2015. President Dissanayake made his first state visit abroad to New Delhi in December, shortly after his party's sweeping win in the parliamentary election.

Opposition parties, including the SJB, demanded that the text of the defence MoU be tabled in Parliament. Cabinet spokesman Nalinda Jayatissa said there was nothing in the agreement that would harm the country's sovereignty.

Related News
Govt. says no secret clauses in India defence pact
Eleven Indian fishermen released as goodwill gesture
Rupee weakens against US dollar

Tags: Narendra Modi, Anura Kumara Dissanayake, India, MoU

Comments - 0 | Add comment

Reader's comments are moderated. Disclaimer: The comments expressed here are those of the readers and not of the Daily Mirror."""))

A.append(dict(id="h71-07", source="dawn.com",
url="https://www.dawn.com/news/1918334/trump-hosts-field-marshal-munir-at-white-house-lunch",
published_at="2025-06-19", body="""DAWN.COM | E-Paper | Live TV

KSE-100 121,641 ▲ 0.38% | USD/PKR 283.40 | Brent $76.70 | Gold (tola) Rs356,100

Pakistan

Trump hosts Field Marshal Munir at White House lunch

Jawed Hussain | Published June 19, 2025 | Updated about 6 hours ago

Field Marshal Asim Munir and US President Donald Trump are seen in the Cabinet Room of the White House. - ISPR

WASHINGTON: US President Donald Trump hosted Chief of Army Staff Field Marshal Asim Munir for lunch at the White House on Wednesday, in what appeared to be the first time an American president has received Pakistan's army chief on his own, without the country's civilian leadership.

The meeting, held in the Cabinet Room, was scheduled for an hour but went on for more than two, the military's media wing said. Secretary of State Marco Rubio and special envoy for the Middle East Steve Witkoff were also present, according to the ISPR statement.

Speaking to reporters after the lunch, Trump said he had invited the field marshal to thank him "for not going into the war" with India last month. "I was honoured to meet him," he said, adding that both countries had "very smart leaders" who "decided not to continue" the conflict.

ISPR said the field marshal had thanked the president for his role in facilitating the ceasefire, and that the two sides had discussed trade, economic development, mines and minerals, and the situation in Iran. Field Marshal Munir is in the United States on a five-day official visit.

Modi's call

The lunch came a day after Trump and Indian Prime Minister Narendra Modi had spoken by telephone for around 35 minutes. According to Indian Foreign Secretary Vikram Misri, Modi told Trump during Tuesday's call that there had been no discussion of a trade deal or of US mediation during the hostilities, and that the ceasefire had been agreed directly through military channels.

The two leaders had been expected to meet in Canada on the sidelines of the G7 summit, which Modi attended as an outreach guest, but Trump left Kananaskis early. Misri said Trump had invited Modi to stop in Washington on his way back, an offer the Indian prime minister declined because of prior commitments.

In New Delhi, the opposition Congress party said the White House reception for Pakistan's army chief was "a diplomatic setback" for the government.

Analysts in Islamabad said the lunch marked a sharp turnaround in the relationship. "Six months ago nobody would have predicted this," said a former ambassador to Washington.

Read more: Munir addresses Pakistani diaspora in Washington

Facebook | X | WhatsApp | Email

Comments (112) Closed

MOST POPULAR
1 Budget 2025-26: NA passes finance bill amid opposition walkout
2 Iran, Israel trade fresh strikes as war enters seventh day
3 Karachi temperatures set to soar this weekend

Dawn Media Group | Copyright © 2025"""))

A.append(dict(id="h71-08", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/pm-modi-in-kyiv-holds-talks-with-zelensky-first-visit-by-indian-pm-101724425318807.html",
published_at="2024-08-23", body="""HT | e-paper | Sign in | Subscribe Now

Sensex 81,086.21 ▲ 33.02 (0.04%) | Nifty 24,823.15 ▲ 11.65 | USD/INR 83.92

India News

'India is not neutral, we are on the side of peace': Modi in Kyiv after talks with Zelensky

By Rahul Mehra, Kyiv | Aug 23, 2024 10:34 PM IST

Prime Minister Narendra Modi and Ukraine's President Volodymyr Zelensky at the Martyrologist exposition in Kyiv on Friday. (PTI)

Prime Minister Narendra Modi on Friday became the first Indian prime minister to visit Ukraine, holding talks with President Volodymyr Zelensky in Kyiv and telling him that India stood ready to play an active role in bringing back peace.

Modi reached the Ukrainian capital early in the morning after an overnight journey of about 10 hours aboard a special train from Poland, and was received at the railway station by Ukrainian officials and members of the Indian community.

The two leaders first paid homage at a multimedia exhibition on children killed in the war, where Modi placed a toy on a memorial. They then held restricted and delegation-level talks at the Mariinskyi Palace.

"India was never neutral since the start. We are on the side of peace," Modi told Zelensky at the start of talks, according to a video released by the external affairs ministry.

The two sides signed four agreements, on agriculture and food industry, on medical products regulation, on cultural cooperation, and on Indian humanitarian grant assistance for high-impact community development projects. India also handed over four BHISHM cubes, mobile hospital units for trauma care.

External affairs minister S Jaishankar told reporters that Modi had invited Zelensky to visit India at a mutually convenient time.

The trip comes six weeks after Modi's visit to Moscow, where his embrace of Russian President Vladimir Putin on the day of a missile strike on a children's hospital in Kyiv drew sharp criticism from Zelensky. Asked about it, Jaishankar said the prime minister had been "very direct" in the conversation with President Zelensky.

Before Kyiv, Modi spent Wednesday and Thursday in Warsaw, the first visit by an Indian prime minister to Poland in 45 years. He held talks with Prime Minister Donald Tusk on Thursday, and the two countries raised their relationship to a strategic partnership.

Modi's visit to Ukraine lasted about seven hours. He left Kyiv by train in the evening to return to Poland, from where he will fly back to New Delhi.

Also Read: Poland, India elevate ties to strategic partnership

Also Read: Jaishankar, Kuleba review bilateral cooperation

Catch all the Latest India News, Breaking News and Weather updates at Hindustan Times.

Topics: Narendra Modi / Volodymyr Zelensky / Ukraine / Russia-Ukraine war / Poland

Share Via | Copy link | 38 comments"""))

A.append(dict(id="h71-09", source="kuenselonline.com",
url="https://kuenselonline.com/his-majesty-confers-order-of-the-druk-gyalpo-on-indian-pm/",
published_at="2024-03-23", body="""Kuensel | Bhutan's National Newspaper | Saturday, March 23, 2024

Home | News | Business | Opinion | Features | e-Paper | Subscribe

His Majesty confers Order of the Druk Gyalpo on Indian PM

Sonam Pelden | Thimphu

Indian Prime Minister Narendra Modi receives the Order of the Druk Gyalpo from His Majesty The King at Tendrelthang yesterday. Photo: PMO Bhutan

His Majesty The King conferred the Order of the Druk Gyalpo, the country's highest civilian decoration, on Indian Prime Minister Narendra Modi at a ceremony at Tendrelthang in Thimphu yesterday. Prime Minister Modi is the first foreign head of government to receive the honour.

The Indian Prime Minister arrived in Paro yesterday morning on a two-day state visit. The visit, originally scheduled to begin on Thursday, was pushed back by a day because of unfavourable weather over Paro.

Prime Minister Tshering Tobgay received his Indian counterpart at Paro International Airport. Thousands of people, including students, civil servants and monks, lined the 45km route between Paro and Thimphu to welcome the visiting leader.

The two prime ministers held talks at the Tashichhodzong in the afternoon. According to a joint statement, they discussed hydropower, trade, connectivity, space and the Gelephu Mindfulness City project. The two governments exchanged memorandums of understanding on energy efficiency and conservation, food safety, the general supply of petroleum, oil and lubricants, and on cooperation in sports and youth.

Later, the Indian Prime Minister was granted an audience by His Majesty The King and attended a banquet hosted by His Majesty at the Lingkana Palace.

Today, Prime Minister Modi and Lyonchhen Tobgay inaugurated the Gyaltsuen Jetsun Pema Wangchuck Mother and Child Hospital in Thimphu, a 150-bed facility built with assistance from the Government of India.

Speaking at a civic reception, Prime Minister Modi said India would support Bhutan's 13th Five Year Plan and announced assistance of Nu 100 billion over the next five years.

The visit comes less than a week after Lyonchhen Tobgay returned from New Delhi, where he made his first official visit abroad after the January elections. His Majesty The King visited India last November, travelling to Assam and Maharashtra.

Prime Minister Modi is scheduled to leave for New Delhi this afternoon.

Related
Gelephu Mindfulness City master plan unveiled
Tourism arrivals rise in first quarter
Thimphu Tshechu dates announced

Share this: Facebook | X | WhatsApp | Email

Kuensel Corporation Ltd. © 2024. All rights reserved."""))

A.append(dict(id="h71-10", source="thenews.com.pk",
url="https://www.thenews.com.pk/print/936112-pm-imran-putin-hold-talks-in-kremlin-as-russia-launches-ukraine-operation",
published_at="2022-02-25", body="""The News International | ePaper | Urdu | Latest | Pakistan | World | Business

KSE-100 43,084.20 ▼ 2.93% | USD/PKR 176.60 | Gold Rs128,500 | Oil $101.90

PM Imran, Putin hold talks in Kremlin as Russia launches Ukraine operation

Muhammad Ashfaq | February 25, 2022

Prime Minister Imran Khan meets Russian President Vladimir Putin at the Kremlin in Moscow on Thursday. - APP

MOSCOW: Prime Minister Imran Khan held talks with Russian President Vladimir Putin in the Kremlin on Thursday, on the day Russian forces launched a military operation in Ukraine.

The meeting, which the Foreign Office described as "comprehensive", lasted around three hours. The two leaders reviewed bilateral relations, including energy cooperation and the planned Pakistan Stream gas pipeline, and exchanged views on regional and international issues, including the situation in Afghanistan and Islamophobia.

According to a Foreign Office statement, the prime minister "regretted the latest situation between Russia and Ukraine" and said Pakistan hoped diplomacy could avert military conflict. He stressed that conflict was not in anyone's interest, and that developing countries were always hit hardest economically.

The prime minister arrived in Moscow on Wednesday evening on a two-day official visit, the first by a Pakistani prime minister in 23 years. Upon arrival, he told officials receiving him at Vnukovo airport: "What a time I've come. So much excitement."

Earlier on Thursday, he laid a wreath at the Tomb of the Unknown Soldier near the Kremlin wall and visited the Moscow Cathedral Mosque.

Foreign Minister Shah Mahmood Qureshi, National Security Adviser Moeed Yusuf and Information Minister Fawad Chaudhry are accompanying the prime minister. Qureshi told a Pakistani TV channel from Moscow that the visit had been planned long before the crisis, and that Pakistan's relations with Russia were not directed against any country.

Asked about the visit, a US State Department spokesperson said Washington had conveyed its position on Russia's "renewed invasion of Ukraine" to Pakistan and that every responsible country should voice objections.

Opposition leaders in Islamabad questioned the timing. PPP chairman Bilawal Bhutto Zardari said the government should have reviewed the trip once it was clear that Russia was about to attack.

The prime minister, who met Chinese President Xi Jinping in Beijing earlier this month during the Winter Olympics, is due to return home on Friday.

ALSO READ
Oil soars past $100 as Russia attacks Ukraine
Stocks crash at PSX amid global sell-off
Pakistani students in Ukraine advised to stay indoors

Share: Facebook | Twitter | WhatsApp

Comments (27)

Copyright © 2022. The News International. All Rights Reserved."""))

A.append(dict(id="h71-11", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-xi-jinping-wuhan-informal-summit-ends-1844311",
published_at="2018-04-28", body="""NDTV | Live TV | Latest | India | World | Trending | Videos

Sensex 34,969.70 ▲ 256.10 | Nifty 10,692.30 ▲ 74.50 | Gold ₹31,260 | Dollar ₹66.70

India News | Press Trust of India | Updated: April 28, 2018 18:02 IST

PM Modi, Xi Jinping Agree To Issue "Strategic Guidance" To Armies After Wuhan Summit

Prime Minister Narendra Modi and Chinese President Xi Jinping ended their two-day informal summit in Wuhan on Saturday with an agreement to strengthen communication between their militaries.

Wuhan: Prime Minister Narendra Modi and Chinese President Xi Jinping on Saturday concluded their informal summit in the central Chinese city of Wuhan, agreeing to issue "strategic guidance" to their militaries to build trust and maintain peace along the border.

Mr Modi arrived in Wuhan on Friday, and the two leaders met over the two days in a format without fixed agenda or agreements. They visited the Hubei Provincial Museum on Friday, held one-on-one and delegation-level conversations, and on Saturday walked along the East Lake and took a boat ride before sharing a cup of tea.

Briefing reporters, Foreign Secretary Vijay Gokhale said the two leaders had agreed that India and China should handle their differences "with maturity and wisdom", and that the talks had focused on "long-term, strategic" issues. He said they had also discussed the possibility of a joint economic project in Afghanistan.

The Chinese side said Xi had told Mr Modi that China and India should be "good neighbours and good friends". Chinese Vice Foreign Minister Kong Xuanyou said the two leaders agreed that the border issue should not be allowed to affect the overall development of ties.

The summit came less than a year after a 73-day standoff between the two armies at Doklam in 2017. Officials said Mr Modi had invited President Xi for a similar informal summit in India next year, and that the Chinese leader had accepted the invitation.

External Affairs Minister Sushma Swaraj and Defence Minister Nirmala Sitharaman were both in Beijing earlier this week for meetings of Shanghai Cooperation Organisation ministers.

Mr Modi left for New Delhi on Saturday afternoon.

Promoted | Listen to the latest songs, only on JioSaavn.com

Also Read
Kim Jong Un crosses into South Korea for historic summit with Moon Jae-in
Petrol price hits four-year high
Congress slams "photo-op diplomacy" in Wuhan

Get the latest election news, live updates and election schedule for Karnataka Elections 2018 on ndtv.com/elections.

Track Latest News Live on NDTV.com and get news updates from India and around the world.

Tags: Narendra Modi, Xi Jinping, Wuhan summit, India-China

(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"""))

A.append(dict(id="h71-12", source="bbc.com",
url="https://www.bbc.com/news/articles/c9dk2m4vxq1o",
published_at="2025-09-01", body="""BBC | Home | News | Sport | Business | Innovation | Culture | Travel

Modi and Putin share a ride and a hug as SCO summit ends in Tianjin

Priya Nair, Delhi and Tom Ashford, Tianjin | 1 September 2025

Modi and Putin were pictured holding hands as they walked together at the summit venue. Getty Images

Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held talks in the Chinese city of Tianjin on Monday, after travelling together in Putin's limousine from the summit venue to their bilateral meeting.

The two men spent about 45 minutes talking in the car before their formal meeting began, according to the Indian side. "Conversations with him are always insightful," Modi wrote on social media, posting a picture of the pair inside the vehicle.

The meeting came on the sidelines of a summit of the Shanghai Cooperation Organisation (SCO) hosted by Chinese President Xi Jinping, and days after Washington doubled tariffs on Indian goods to 50%, partly as a penalty for India's purchases of Russian oil.

Modi had arrived in China on Saturday, his first visit to the country in seven years. On Sunday he held talks with Xi, in which the two leaders said their countries should be "partners, not rivals" and discussed resuming direct flights and maintaining peace on their disputed border.

He came to Tianjin from Tokyo, where he had held his annual summit with Japanese Prime Minister Shigeru Ishiba on Friday and Saturday. Japan set a target of 10 trillion yen in private investment in India over the next decade.

On Saturday, Modi also spoke by phone to Ukraine's President Volodymyr Zelensky, who briefed him on efforts to end the war, according to a statement from Kyiv.

Indian Foreign Secretary Vikram Misri told reporters that Putin was due to travel to India in December for the annual summit between the two countries.

Putin, for his part, is staying on in China. He is scheduled to hold talks with Xi in Beijing on Tuesday and to attend a military parade marking the end of World War Two on Wednesday. North Korea's Kim Jong Un is also expected in Beijing for the parade.

Analysts said the images of Modi with Putin and Xi were intended to be seen in Washington. "This is a message that India has other options," said a Delhi-based analyst.

Related
Trump's 50% tariffs on India come into effect
What is the Shanghai Cooperation Organisation?
Kim Jong Un leaves Pyongyang by train, reports say

More from the BBC
How India's rice exporters are coping with US tariffs
Watch: The moment Modi and Putin walked hand in hand

Share | Save

Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))
