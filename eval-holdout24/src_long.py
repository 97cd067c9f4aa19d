# Long pages (2,500-4,500 characters), h24-01 .. h24-12
A = []

A.append(dict(id="h24-01", source="dawn.com",
url="https://www.dawn.com/news/1731404/uae-to-roll-over-2bn-add-1bn-after-pm-shehbaz-meets-mbz",
published_at="2023-01-13", body="""Dawn | Business

Subscribe to Dawn's daily e-paper | Download the Dawn app for faster reading

KSE-100 40,104.21 ▼ -328.45 (-0.81%) | USD/PKR (interbank) 228.12 ▲ | Gold (tola) Rs187,400

UAE to roll over $2bn, add $1bn after PM Shehbaz meets MBZ

Khaleeq Kiani | Published January 13, 2023 | Updated about 9 hours ago

ABU DHABI / ISLAMABAD: The United Arab Emirates has agreed to roll over $2 billion of Pakistan's existing debt and to lend a further $1bn, Prime Minister Shehbaz Sharif's office said on Thursday night, after the premier held talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan during a one-day trip to the Gulf state.

The two leaders met at Qasr Al Shati in the Emirati capital, where, according to the PM Office, they went over "the full spectrum" of relations and the "difficult economic situation" facing Pakistan. Mr Sharif was accompanied by several cabinet members, among them Information Minister Marriyum Aurangzeb.

The commitment comes as the State Bank's foreign exchange reserves have dropped to about $4.3bn, the lowest in almost nine years and barely enough to cover a month of imports. Banks have been sitting on thousands of import contracts they cannot settle, and the rupee's official rate is now far from where it trades in the open market.

Officials in Islamabad said the UAE money would not arrive immediately and would be routed through the central bank in the coming weeks.

On Tuesday, Saudi Arabia said it was studying an increase in its deposit with the State Bank to $5bn and could raise its investments in Pakistan to $10bn. The prime minister telephoned Crown Prince Mohammed bin Salman the same evening to thank him, the PMO said.

Army chief Gen Asim Munir had visited Riyadh earlier this month on his first foreign trip since taking command in November, and officials credit that trip with unlocking the Saudi support. A visit to Pakistan by the crown prince, which had been expected in November, was put off and no new date has been given.

Fund talks stuck

The Gulf pledges do little to ease the standoff with the International Monetary Fund, whose ninth review of the $7bn Extended Fund Facility has been pending since November. Finance Minister Ishaq Dar has repeatedly said the Fund's staff should come to Islamabad, but the lender wants firmer commitments on energy subsidies and the exchange rate before a mission is sent.

"Friendly countries will help, but they want to see an IMF programme in place," said a former finance secretary, who asked not to be named. "The sequencing has not changed."

Earlier this week, at a conference on flood reconstruction in Geneva co-hosted with the United Nations, donors and lenders pledged more than $9bn, most of it in project loans spread over several years.

Analysts at Topline Securities said the UAE rollover would prevent a near-term dent in reserves but warned that repayments of about $8bn were due in the remainder of the fiscal year.

Stocks ended lower on Thursday as investors waited for clarity on the IMF programme. The benchmark KSE-100 index shed 328 points.

Published in Dawn, January 13th, 2023

Read more
Rupee closes flat in interbank as reserves hit fresh low
Saudi Arabia considering raising deposit to $5bn: SPA
PSX: Stocks end lower on reserves anxiety

Comments (42) | Closed

Dawn welcomes your comments. Please keep them civil and on topic. Comments are moderated."""))

A.append(dict(id="h24-02", source="middleeasteye.net",
url="https://www.middleeasteye.net/news/arab-league-summit-jeddah-zelensky-assad",
published_at="2023-05-19", body="""Middle East Eye

Support independent journalism. Donate to MEE today.

News | Gulf | Syria | Ukraine

Arab League summit: Zelensky flies in as Assad returns to the fold

Ukrainian leader meets Saudi crown prince and lobbies Arab states, while the Syrian president receives a warm welcome after 12 years in the cold

By MEE staff | Published date: 19 May 2023 15:10 BST

Syria's President Bashar al-Assad is welcomed in Jeddah on 19 May (SPA/AFP)

Ukrainian President Volodymyr Zelensky made a surprise appearance at the Arab League summit in the Saudi city of Jeddah on Friday, a gathering otherwise dominated by the return of Syria's Bashar al-Assad after more than a decade of isolation.

Zelensky landed on Friday morning aboard a French government aircraft and was met by Saudi officials. He said on Telegram that he had held a meeting with Crown Prince Mohammed bin Salman, and thanked the kingdom for its support for Ukraine's "territorial integrity" and for its role in a prisoner exchange last year.

In his address to the summit, he said some of the leaders in the hall were "turning a blind eye" to Russia's annexation of Ukrainian land and to Ukrainian prisoners held in Russian jails. Russia's foreign ministry did not immediately comment.

It was unclear where the Ukrainian president would go next. Oleksiy Danilov, the secretary of Ukraine's National Security and Defence Council, said on national television that Zelensky would be in Japan for the G7 summit in Hiroshima. His office, which had earlier indicated he would join the G7 talks by video link, declined to confirm the travel plans.

A long way back

Assad, attending his first Arab League summit since Syria was suspended in 2011 over its crackdown on protesters, was greeted with a handshake by the crown prince as he arrived at the venue. Syrian state media showed him smiling as he posed for the family photo.

In his speech, Assad said he hoped the summit would mark "the beginning of a new phase" of Arab solidarity, and criticised what he called foreign interference. He made no reference to the millions of Syrians displaced during the war.

Syria was readmitted to the 22-member body at a meeting of Arab foreign ministers in Cairo on 7 May. Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus in April, the first such trip since the war began, and his Syrian counterpart Faisal Mekdad travelled to Jeddah days earlier.

Qatar, which has opposed normalising ties with Damascus, said it would not stand in the way of a consensus but would not restore relations itself. Its emir, Sheikh Tamim bin Hamad Al Thani, left the hall before Assad spoke.

Also in Jeddah, envoys from the Sudanese army and the paramilitary Rapid Support Forces were continuing talks brokered by Saudi Arabia and the United States on a short-term ceasefire, after more than a month of fighting in Khartoum and Darfur.

The final communique welcomed Syria's return and called for a halt to fighting in Sudan, but did not mention Ukraine.

Read more »
Syria rejoins Arab League after 12-year suspension
Sudan talks in Jeddah: what the two sides want

Most read
1. Israeli police raid al-Aqsa compound ahead of flag march
2. Turkey election: Erdogan heads to runoff with the edge
3. Saudi, Syrian foreign ministers meet in Jeddah, agree on return of flights

Sign up to our newsletter for the latest MEE news and analysis

This article is available in French on Middle East Eye French edition."""))

A.append(dict(id="h24-03", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/pm-modi-trump-meet-in-new-york-imran-khan-iran-mediation",
published_at="2019-09-25", body="""HT | India News

Modi, Trump meet in New York as Imran Khan says US leader asked him to help on Iran

PM Modi and President Trump held their third meeting this year, two days after they shared the stage at the 'Howdy, Modi!' event in Houston.

Updated on Sep 25, 2019 07:41 AM IST

By Yashwant Raj, Hindustan Times, New York

Prime Minister Narendra Modi and US President Donald Trump met on the sidelines of the UN General Assembly on Tuesday, with the American leader saying a trade agreement between the two countries would come "very soon" and calling Modi "a great gentleman and a great leader".

Asked by reporters about Pakistan, Trump said Modi would "take care of" terrorism emanating from across the border, and repeated that he was willing to help on Kashmir if both sides wanted. India has consistently rejected any third-party role.

Foreign Secretary Vijay Gokhale, briefing reporters after the meeting, said the prime minister had told Trump that India was "not shying away" from talks with Pakistan but that Islamabad needed to take concrete steps against terror groups. There was no plan for a meeting between Modi and Prime Minister Imran Khan during the week, he said.

Khan's day

Khan, who met Trump on Monday, told reporters that the US president had asked him to help ease tensions with Tehran, and that he had passed on the message when he met Iranian President Hassan Rouhani at the UN the same day. "We are trying, but it is a complex situation," Khan said.

Khan and Malaysian Prime Minister Mahathir Mohamad are to hold a three-way meeting with Turkish President Recep Tayyip Erdogan on Wednesday, Pakistani officials said, where the leaders are expected to discuss launching a joint English-language channel to counter what they call Islamophobia.

Officials said Modi was expected to meet Rouhani later in the week, with Chabahar port, oil purchases and the situation in the Gulf likely to feature. India stopped importing Iranian oil in May after US sanction waivers ended.

Busy schedule

Modi, who arrived in New York on Monday from Houston, has held a series of meetings with leaders from the Pacific islands and the Caribbean and addressed a UN event on climate action. He will also address a Bloomberg business forum on Wednesday and will speak at the General Assembly on Friday, the same day as Khan.

The meeting with Trump came as negotiators failed to close a limited trade package that officials on both sides had hoped to announce during the visit. Commerce minister Piyush Goyal has been meeting US Trade Representative Robert Lighthizer.

"We will soon have a trade deal," Trump said. "The relationship has never been stronger."

Read More
'Howdy, Modi!': Trump, Modi share stage before 50,000 in Houston
Pakistan PM Imran Khan admits 'disappointment' over Kashmir response
India, Pak to address UNGA on same day

Get Latest Updates on India News along with Latest News and Top Headlines from India and around the world.

Close Story | Personalise your news feed | Follow Us On: Facebook | Twitter | Instagram"""))

A.append(dict(id="h24-04", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/somalia/somalia-ethiopia-sign-ankara-declaration-after-erdogan-brokered-talks",
published_at="2024-12-12", body="""Garowe Online

HOME | SOMALIA | PUNTLAND | WORLD | OPINION

Somalia, Ethiopia sign 'Ankara Declaration' after Erdogan-brokered talks

Thursday December 12, 2024

ANKARA, Turkey - Somalia and Ethiopia signed an agreement in the Turkish capital late on Wednesday aimed at ending nearly a year of hostility triggered by Addis Ababa's controversial port deal with the breakaway region of Somaliland.

President Hassan Sheikh Mohamud and Prime Minister Abiy Ahmed put their names to the "Ankara Declaration" at a joint appearance with Turkish President Recep Tayyip Erdogan, after several hours of closed-door talks that ran late into the night.

Erdogan first received the two leaders separately at the presidential complex before bringing them together, according to Turkish officials. He told reporters that the two neighbours had taken "the first step towards a new beginning".

Under the text, the two governments commit to respecting each other's "sovereignty, unity, independence and territorial integrity" and agree that Ethiopia may seek "reliable, secure and sustainable" commercial access to the sea "under the sovereign authority" of the Federal Republic of Somalia.

Technical talks, facilitated by Turkey, are to begin before the end of February and to conclude within four months, the declaration says.

"Ethiopia does not want to harm Somalia. We want access to the sea, in a peaceful manner," Abiy said. Hassan Sheikh said Somalia was ready to work with Ethiopia "as a partner".

How the row began

Relations collapsed on January 1, when Abiy signed a memorandum of understanding with then Somaliland leader Muse Bihi Abdi that would have given Ethiopia a naval base and commercial port on the Gulf of Aden, reportedly in exchange for possible recognition. Mogadishu called it an act of aggression and expelled Ethiopia's ambassador.

Two earlier rounds of Turkish mediation in July and August, involving the two foreign ministers, ended without a breakthrough. The ministers never sat in the same room, with Turkish Foreign Minister Hakan Fidan shuttling between them.

Somalia signed a defence cooperation agreement with Egypt in August and received two shipments of Egyptian weapons, moves that alarmed Addis Ababa. Hassan Sheikh, Egyptian President Abdel Fattah al-Sisi and Eritrea's Isaias Afwerki held a three-way summit in Asmara in October.

The declaration does not mention the Somaliland memorandum. Officials in Hargeisa, where Abdirahman Mohamed Abdullahi "Irro" was sworn in as president this week, said the deal did not affect them.

It was also not immediately clear what the agreement would mean for Ethiopian troops serving in Somalia, whose participation in the new African Union mission, AUSSOM, Mogadishu had opposed.

Somali opposition figures welcomed the talks but demanded that the full text be put before parliament.

RELATED
Egypt's Abdelatty, Somali FM Fiqi discuss AUSSOM deployment by phone
Puntland says it will not recognise Mogadishu's electoral law
Al-Shabaab attack repelled near Mahaday

Most read
Jubaland forces clash with federal troops in Ras Kamboni
Somali parliament passes budget for 2025

Tags: Somalia, Ethiopia, Turkey, Ankara Declaration, Somaliland

Share: Facebook | X | WhatsApp

(c) 2024 Garowe Online. All rights reserved."""))

A.append(dict(id="h24-05", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/saudi-arabia/2023/03/10/saudi-arabia-and-iran-agree-to-restore-diplomatic-relations/",
published_at="2023-03-10", body="""The National

Sign up for our Politics in Focus newsletter | Gulf news on WhatsApp

Gulf News | Saudi Arabia

Saudi Arabia and Iran agree to restore ties in deal brokered by China

Embassies to reopen within two months after seven-year rupture, joint statement says

Published: March 10, 2023 - Updated: March 10, 2023 20:45

Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture between the region's leading Sunni and Shiite powers, in a deal announced in Beijing.

A trilateral statement issued by Saudi Arabia, Iran and China said the agreement followed talks in the Chinese capital from March 6 to 10 between delegations led by Saudi Minister of State and National Security Adviser Musaed Al Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council.

Photographs released by Chinese state media showed Mr Al Aiban and Mr Shamkhani shaking hands with Wang Yi, China's top diplomat, who hailed the outcome as "a victory for dialogue and a victory for peace".

Under the agreement, the two countries committed to respecting each other's sovereignty and not interfering in each other's internal affairs. They also agreed to activate a security cooperation agreement signed in 2001, and a general agreement on trade, economy and investment from 1998.

The foreign ministers of both countries, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, will meet to implement the decision and arrange for the return of ambassadors, the statement said.

Prince Faisal wrote on Twitter that the kingdom's choice was "political solutions and dialogue".

Iraq and Oman, which hosted several rounds of talks between Saudi and Iranian officials in 2021 and 2022, were thanked in the statement.

Road to Beijing

Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy in the Iranian capital and a consulate in Mashhad following the execution of Shiite cleric Nimr Al Nimr.

The two countries have backed opposing sides in conflicts from Yemen to Syria, and Saudi Arabia has accused Iran of arming the Houthi rebels who have fired missiles and drones at its cities and oil facilities.

China's role marks a new departure for Beijing in the region. President Xi Jinping was received in Riyadh in December, and Iranian President Ebrahim Raisi paid a state visit to Beijing last month.

In Washington, White House national security spokesman John Kirby said Saudi officials had kept the US informed about the talks, and that Washington welcomed any effort to help end the war in Yemen.

Analysts said the deal could ease the way for a settlement in Yemen, where a UN-brokered truce expired in October but has broadly held.

"The real test will be what happens in Yemen and in the Red Sea," said a Gulf-based analyst.

Updated: March 10, 2023, 8:45 PM

More from The National
Oman welcomes Saudi-Iran agreement
Iraq's foreign minister hails Beijing deal
Saudi stock market closes higher after announcement

Topics: Saudi Arabia, Iran, China

Share: Facebook | Twitter | LinkedIn | Email"""))

A.append(dict(id="h24-06", source="sudantribune.com",
url="https://sudantribune.com/article279412/",
published_at="2024-01-02", body="""Sudan Tribune

Plural news and views on Sudan

Hemetti wraps up regional tour in Nairobi as Port Sudan fumes

January 2, 2024 (NAIROBI) - The commander of the Rapid Support Forces (RSF), Mohamed Hamdan Dagalo "Hemetti", met Kenyan President William Ruto in Nairobi on Tuesday, the latest stop on a regional tour that has angered the army-led government in Port Sudan.

Hemetti, who had not appeared in public for months, arrived in Kampala on 27 December, where he was received by President Yoweri Museveni. He then travelled to Addis Ababa for talks with Prime Minister Abiy Ahmed and on to Djibouti, where he met President Ismail Omar Guelleh, the current chair of the regional bloc IGAD.

In Addis Ababa on Tuesday, he also signed a declaration with the civilian Taqaddum coalition led by former Prime Minister Abdalla Hamdok, in which the RSF pledged to open humanitarian corridors and to consider an immediate ceasefire.

RSF sources said Hemetti was expected to travel next to South Africa.

Sudan's Foreign Ministry said the reception given to Hemetti by some governments "amounted to a reward for crimes" committed by his forces in Khartoum, Darfur and Gezira state. Sovereign Council head and army commander Abdel Fattah al-Burhan said any face-to-face meeting with Hemetti would only come after the RSF withdrew from civilian areas.

Summit pushed back

A meeting between al-Burhan and Hemetti that IGAD had announced for 28 December in Djibouti was postponed to January, with Djibouti's foreign ministry citing "technical reasons". Al-Burhan attended the IGAD extraordinary summit in Djibouti on 9 December, at which the bloc said both commanders had agreed to meet.

Meanwhile, Egyptian Foreign Minister Sameh Shoukry spoke by telephone on Monday with Sudan's acting Foreign Minister Ali al-Sadiq. According to a statement from Cairo, Shoukry stressed Egypt's support for the "unity and stability" of Sudan and the importance of preserving its state institutions.

The RSF took Wad Madani, the capital of Gezira state, in mid-December, forcing hundreds of thousands of people who had fled Khartoum to move again. The United Nations says more than seven million people have been displaced inside and outside the country since fighting began in April.

Prices

The Sudanese pound traded at about 1,100 to the dollar on the parallel market in Port Sudan on Tuesday, traders said, compared with around 570 before the war.

Related
RSF accused of looting in Wad Madani
Al-Burhan: "No negotiations before withdrawal from homes"
UN: Sudan aid appeal less than half funded

Share this article: Facebook | Twitter | Email

Sudan Tribune publishes news, analysis and opinion from contributors. Comments are subject to moderation."""))

A.append(dict(id="h24-07", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-lands-in-lahore-meets-nawaz-sharif-on-his-birthday-1258564",
published_at="2015-12-25", body="""NDTV | India News

Live TV | Trending: Modi in Lahore | Sensex | Christmas

PM Modi Lands In Lahore In Surprise Visit, Meets Nawaz Sharif On His Birthday

Reported by NDTV Correspondents | Updated: December 25, 2015 20:14 IST

Lahore / New Delhi: Prime Minister Narendra Modi made an unscheduled stop in Lahore on Friday on his way back from Kabul, holding talks with Pakistan's Prime Minister Nawaz Sharif in the first visit by an Indian premier to Pakistan in more than a decade.

PM Modi announced the detour on Twitter late in the morning, saying he had spoken to Mr Sharif to wish him on his birthday and that he looked forward to meeting him in Lahore "on my way back to Delhi".

Mr Sharif received PM Modi at Allama Iqbal International Airport with a hug, and the two leaders flew by helicopter to Mr Sharif's family home at Raiwind on the outskirts of the city, where preparations were underway for the wedding of his granddaughter. They spent about an hour and a half together.

Briefing reporters in Lahore, Pakistan's Foreign Secretary Aizaz Ahmad Chaudhry said the two leaders had agreed that contacts between the two countries should be strengthened and that the peace process should move forward. The foreign secretaries of the two countries will meet in Islamabad in mid-January to work out the schedule of the newly named comprehensive bilateral dialogue, he said.

Earlier in the day, PM Modi inaugurated Afghanistan's new parliament building in Kabul, built with Indian assistance, and held talks with President Ashraf Ghani. India also handed over three Mi-25 attack helicopters to Afghanistan this week. "India is here to contribute, not to compete," PM Modi told Afghan lawmakers, in what was seen as a message to Islamabad.

The Prime Minister flew to Kabul from Moscow, where he had been on a two-day visit for the annual summit with Russian President Vladimir Putin.

The last Indian prime minister to visit Pakistan was Atal Bihari Vajpayee, who went to Islamabad for a SAARC summit in January 2004.

Reactions

The Congress called the visit an "adventure" and asked what had changed since the government said talks and terror could not go together. "This is not the way foreign policy is conducted," party spokesperson Anand Sharma said.

The BJP said the PM had shown statesmanship. Pakistan's opposition parties broadly welcomed the stop.

Analysts said the surprise visit built on the meeting between the two prime ministers in Paris last month and the talks between the two national security advisers in Bangkok on December 6, followed by External Affairs Minister Sushma Swaraj's trip to Islamabad for the Heart of Asia conference.

Story first published: December 25, 2015 16:58 IST

Also Read
Sushma Swaraj to brief Parliament on Pakistan dialogue
Christmas Day: President Mukherjee greets nation
Sensex ends week higher on FII buying

Get Breaking news, live coverage, and Latest News from India and around the world on NDTV.com.

Follow us: Facebook | Twitter | Google+"""))

A.append(dict(id="h24-08", source="economynext.com",
url="https://economynext.com/sri-lanka-india-sign-energy-payments-deals-as-wickremesinghe-visits-delhi-124771/",
published_at="2023-07-21", body="""EconomyNext

ASPI 10,906.41 ▲ +0.62% | S&P SL20 3,114.55 ▲ +0.71% | USD/LKR 328.90 | T-bill 3M 22.10%

Subscribe to EconomyNext for daily briefings

Sri Lanka, India sign energy, payments pacts as Wickremesinghe visits Delhi

ECONOMYNEXT - Sri Lanka and India agreed on Friday to study a land bridge between the two countries and signed agreements on renewable energy, a petroleum pipeline study and digital payments, during President Ranil Wickremesinghe's first visit to New Delhi since taking office a year ago.

Wickremesinghe held talks with Prime Minister Narendra Modi at Hyderabad House, after which the two sides adopted a "vision document" on economic partnership.

"It is our shared view that the security interests and development of India and Sri Lanka are intertwined," Modi told reporters, adding that he expected Colombo to meet the aspirations of Sri Lanka's Tamil community.

The agreements include cooperation on a renewable energy project in the Trincomalee district, a memorandum on the use of India's Unified Payments Interface in Sri Lanka, and a study on a multi-product pipeline from southern India. The two sides also said they would speed up talks on an economic and technology cooperation agreement.

Wickremesinghe arrived in New Delhi on Thursday evening and met External Affairs Minister S Jaishankar and National Security Adviser Ajit Doval before the talks.

India extended about 4 billion dollars in credit lines, currency swaps and deferred payments in 2022, helping Sri Lanka import fuel, food and medicine as the country ran out of foreign exchange.

Debt talks

The visit comes as Colombo works to finalise a domestic debt optimisation plan before an IMF review in September and continues negotiations with bilateral creditors. India, Japan and France co-chair the official creditor committee, while China's Exim Bank is negotiating separately.

Japan's Foreign Minister Yoshimasa Hayashi is due to arrive in Colombo on July 29 for a two-day visit, the foreign ministry said on Friday, in what will be the first visit by a Japanese foreign minister since 2018.

Analysts said the land bridge and power grid connections would take years to materialise. "The pipeline and UPI deals are more immediate," a Colombo-based economist said.

Sri Lanka's rupee closed at 328.90 to the US dollar in spot trade on Friday, slightly weaker than a day earlier, dealers said.

Bond yields were broadly steady, with a 2026 bond quoted at 20.25/40 percent.

The Colombo Stock Exchange's All Share Price Index closed up 0.62 percent. (Colombo/July 21/2023)

Related
Sri Lanka central bank cuts policy rates by 200 basis points
Sabry meets Wang Yi in Jakarta, discusses debt restructuring
Sri Lanka tea prices ease at auction

Continue Reading | Share: Facebook | X | LinkedIn

Copyright 2023 Echelon Media. All Rights Reserved."""))

A.append(dict(id="h24-09", source="france24.com",
url="https://www.france24.com/en/20171128-macron-ouagadougou-burkina-faso-africa-speech",
published_at="2017-11-28", body="""FRANCE 24 | Africa

This site uses cookies for audience measurement and advertising. Agree and close | Learn more

LIVE | Watch France 24

Macron promises 'new relationship' with Africa in Ouagadougou speech

Text by: NEWS WIRES | Published on: 28/11/2017 - 17:52

French President Emmanuel Macron used a speech to students in Burkina Faso's capital on Tuesday to promise a break with France's colonial past, as attackers threw a grenade at a French military vehicle in the city hours before he arrived.

Addressing around 800 students at the University of Ouagadougou, Macron said he belonged to "a generation that has never known Africa as a colonised continent" and announced that documents held in France on the 1987 killing of revolutionary leader Thomas Sankara would be declassified.

In a lively question-and-answer session, students challenged him on the presence of French troops in the Sahel, the CFA franc and visas. When President Roch Marc Christian Kabore left the room, Macron quipped that he had "gone to fix the air conditioning", a remark critics called condescending.

Macron held talks with Kabore at the presidential palace before the speech, the first leg of a three-country tour. The two leaders discussed the G5 Sahel joint force, which is struggling to raise funds, and French military cooperation.

Hours before Macron landed on Monday night, a grenade was thrown at a French army vehicle in Ouagadougou, wounding two or three civilians, according to police. No French soldiers were hurt.

Next stops

On Wednesday, Macron flies to Abidjan for a summit between the African Union and the European Union, which is expected to focus on migration and on reports of migrants being sold as slaves in Libya. He is due to visit French troops based in Port-Bouet on the sidelines.

On Thursday he will travel to Accra for talks with Ghanaian President Nana Akufo-Addo, the first visit to the English-speaking country by a French president.

Burkina Faso has suffered repeated jihadist attacks in recent years, including an assault on a cafe in Ouagadougou in August that killed 19 people.

Macron, who took office in May, has made security in the Sahel a priority and has kept about 4,000 troops deployed in the region under Operation Barkhane.

Opposition figures in Burkina Faso staged a small protest against the visit, and the university was closed to the public for the day.

Read also
Macron says slave auctions in Libya are a "crime against humanity"
G5 Sahel force still short of funds, says Mali defence minister

Most read
Zimbabwe: Mnangagwa names new cabinet
Lebanon's Hariri to stay on, says presidency
World Cup draw: what to watch

Tags: Emmanuel Macron, Burkina Faso, Africa, Sahel

Share: Facebook | Twitter | WhatsApp

Get the France 24 morning briefing in your inbox. Sign up"""))

A.append(dict(id="h24-10", source="dohanews.co",
url="https://dohanews.co/qatars-amir-arrives-in-alula-as-gcc-summit-signs-declaration/",
published_at="2021-01-05", body="""Doha News

Follow us on Instagram and Twitter | Get our newsletter

Gulf

Qatar's Amir embraced by Saudi Crown Prince as AlUla summit ends blockade

By Doha News Team | January 5, 2021

Qatar's Amir, Sheikh Tamim bin Hamad Al Thani, landed in the Saudi heritage city of AlUla on Tuesday, where he was embraced at the foot of the aircraft steps by Crown Prince Mohammed bin Salman, in the clearest sign yet that the three-and-a-half-year blockade on Qatar is over.

The two leaders then drove together to the summit venue, and the Saudi Press Agency later reported that they had held talks on bilateral relations and ways to strengthen Gulf cooperation.

Leaders and representatives of the six Gulf Cooperation Council states signed the "AlUla Declaration" at the 41st GCC summit, held in the mirrored Maraya concert hall. The text commits members to "solidarity and stability" but was not immediately published in full.

Saudi Arabia reopened its airspace and its land and sea border with Qatar on Monday evening. The announcement was made on Kuwait TV by Kuwaiti Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah, who said Kuwait's ruler, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, had spoken by telephone with both Sheikh Tamim and Prince Mohammed earlier in the day.

Kuwait and the United States had mediated for months to end the dispute, which began in June 2017 when Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic and transport ties with Doha, accusing it of backing terrorism and being too close to Iran. Qatar has always denied the charges.

Who came

The UAE was represented by Vice President and Ruler of Dubai Sheikh Mohammed bin Rashid Al Maktoum, and Bahrain by Crown Prince Salman bin Hamad. Egypt's Foreign Minister Sameh Shoukry attended and signed the declaration. Jared Kushner, the senior White House adviser who helped broker the deal, was present at the signing along with US envoy Avi Berkowitz.

It is not yet clear how quickly the other three countries will restore air links or diplomatic relations with Doha. The 13 demands made of Qatar in 2017, including the closure of Al Jazeera, were not mentioned in the declaration.

Qatar Airways said it was studying when to resume flights to Saudi Arabia.

"Today we welcome the return of all our brothers," Prince Mohammed told the summit.

Read also
Timeline: How the blockade unfolded
Families separated by the crisis hope for reunion at border crossing
Qatar Airways reroutes flights through Saudi airspace

Doha News is an independent news outlet. Support our work: become a member.

#Qatar #SaudiArabia #GCC #AlUla"""))

A.append(dict(id="h24-11", source="bdnews24.com",
url="https://bdnews24.com/politics/6a9c1f3e2d4b/hasina-gets-modis-call-envoys-congratulate",
published_at="2024-01-09", body="""bdnews24.com

Stay updated: follow bdnews24.com on WhatsApp

Dollar Tk 110.00 | Gold (22k, bhori) Tk 108,000 | DSEX 6,246.18

Politics

Modi calls Hasina after Awami League's sweeping win; envoys line up to congratulate

Senior Correspondent, bdnews24.com | Published: 09 Jan 2024, 01:12 AM

Indian Prime Minister Narendra Modi telephoned Sheikh Hasina on Monday to congratulate her on the Awami League's victory in Sunday's parliamentary election, becoming the first foreign leader to do so.

"Spoke to Prime Minister Sheikh Hasina and congratulated her on her victory for a historic fourth consecutive term in the parliamentary elections," Modi wrote on X. "We are committed to further strengthening our enduring and people-centric partnership with Bangladesh."

Hasina's press secretary Ihsanul Karim said the conversation was "very cordial".

Hours earlier, the ambassadors of China, Russia, Japan and several other countries called on Hasina at her Ganabhaban residence to convey their governments' greetings, as did Indian High Commissioner Pranay Verma. The envoys of Bhutan, the Philippines, Singapore, Sri Lanka and the Organisation of Islamic Cooperation also paid visits, her office said.

Some officials said Hasina could choose India for her first foreign trip of the new term, as she did in 2019, though no date has been discussed.

A questioned vote

The Awami League won 222 of the 299 seats where voting took place, according to the Election Commission, and independent candidates, many of them Awami League members, won 62. The main opposition BNP boycotted the election, and the Election Commission put turnout at 41.8 percent.

The US State Department said the election was not free or fair and regretted that not all parties took part. The UK said the election had not met the standards of credible, free and fair competition. Both urged the government to investigate reports of violence.

Hasina rejected the criticism at a press conference for foreign observers and journalists on Monday. "People have voted. That is what matters," she said.

The new members of parliament are expected to take the oath on Wednesday, and a new cabinet will be sworn in at Bangabhaban on Thursday.

Business leaders said they hoped for policy continuity, but warned that inflation, which stood at 9.49 percent in November, and a shortage of dollars were the new government's most pressing challenges. Foreign currency reserves have fallen below $21 billion by the IMF's measure.

Dhaka stocks edged up on Monday, with the DSEX gaining 12 points.

Trending
BNP says boycott vindicated by low turnout
Dhaka's air quality worst in the world again
Cold wave sweeps northern districts

Tags: Election 2024, Awami League, Sheikh Hasina, India, Narendra Modi

Share: Facebook | X | LinkedIn | Email"""))

A.append(dict(id="h24-12", source="tribune.com.pk",
url="https://tribune.com.pk/story/2454731/pakistan-iran-agree-to-return-envoys-amir-abdollahian-to-visit-islamabad",
published_at="2024-01-22", body="""The Express Tribune

Pakistan | World | Business | Opinion

Pakistan, Iran agree to return envoys; Amir-Abdollahian to visit Islamabad on Jan 29

Kamran Yousaf | January 22, 2024

ISLAMABAD: Pakistan and Iran agreed on Monday that their ambassadors would return to their posts by January 26 and that Iranian Foreign Minister Hossein Amir-Abdollahian would visit Islamabad on January 29, in the clearest step yet to end a week of tit-for-tat strikes between the neighbours.

The decisions were taken during a telephone conversation between caretaker Foreign Minister Jalil Abbas Jilani and Amir-Abdollahian, the Foreign Office said in a statement. The Iranian minister will travel at Jilani's invitation.

"The two foreign ministers agreed that working-level cooperation and close coordination on security matters should be strengthened," the statement said.

Tehran carried out missile and drone strikes in Panjgur district of Balochistan on January 16, saying it had targeted the militant group Jaish al-Adl. Two children were killed. Pakistan recalled its ambassador from Tehran and said the Iranian ambassador, who was on a visit home, would not be allowed to return.

Two days later, Pakistan struck what it said were hideouts of Baloch separatist groups in Iran's Sistan-Baluchestan province, in an operation the military called Marg Bar Sarmachar. Iranian officials said nine people, all foreign nationals, were killed.

Calls for restraint

Caretaker Prime Minister Anwaarul Haq Kakar, who cut short a trip to the World Economic Forum in Davos, chaired a meeting of the National Security Committee on Friday, which concluded that the two countries should be able to resolve their differences through dialogue.

Turkish Foreign Minister Hakan Fidan spoke to both counterparts on Friday and offered Ankara's help, according to diplomatic sources in Ankara. China's foreign ministry said Beijing was willing to play a "constructive role" in easing tensions.

Security analysts said neither side wanted an open conflict at a time when Pakistan is preparing for February 8 general elections and Iran is facing pressure over the war in Gaza and attacks in the Red Sea.

"Both capitals quickly realised that escalation would only help the militants," said a former ambassador to Tehran. "The question is whether the border mechanism will now actually be used."

The two countries share a 900-kilometre border, across which militant groups have long operated. Trade, much of it informal, has continued through the crossings at Taftan and Mand, traders said.

Published in The Express Tribune, January 23rd, 2024.

Read more
Kakar chairs NSC meeting, says Pakistan wants no escalation
Election commission finalises ballot papers
Rupee inches up against dollar

Like Pakistan on Facebook, follow @ETPakistan on Twitter to stay informed and join in the conversation.

Comments (18)"""))
