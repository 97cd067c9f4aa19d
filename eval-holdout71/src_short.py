# Short items (300-1,100 characters), h71-27 .. h71-40
S = []

S.append(dict(id="h71-27", source="lexpress.mu",
url="https://lexpress.mu/node/545120",
published_at="2025-05-22", body="""Chagos : Maurice et le Royaume-Uni signent le traité sur la souveraineté

Par Nadia Ramsamy | 22 mai 2025

Le traité reconnaissant la souveraineté de Maurice sur l'archipel des Chagos, y compris Diego Garcia, a été signé ce jeudi, quelques heures après la levée d'une injonction de la Haute Cour de Londres. Le Premier ministre britannique, Keir Starmer, a défendu l'accord lors d'une conférence de presse, soulignant que la base militaire conjointe restera opérationnelle pour 99 ans.

À Port-Louis, le Premier ministre Navin Ramgoolam a salué « une victoire historique » et annoncé qu'il s'adresserait à la nation dans la soirée.

Lire aussi : Diego Garcia, ce que prévoit le bail

Partager : Facebook | X | WhatsApp | 14 commentaires"""))

S.append(dict(id="h71-28", source="southasiadesk.blogspot.com",
url="https://southasiadesk.blogspot.com/2015/12/sushma-in-islamabad-dialogue-resumes.html",
published_at="2015-12", body="""Sushma in Islamabad: India, Pakistan agree to resume dialogue

External Affairs Minister Sushma Swaraj, in Islamabad for the Heart of Asia conference on Afghanistan, met Prime Minister Nawaz Sharif and his adviser on foreign affairs Sartaj Aziz on Wednesday. The two sides then announced in a joint statement that they would begin a "Comprehensive Bilateral Dialogue", with the foreign secretaries to work out the schedule.

The announcement follows Sunday's meeting in Bangkok between the national security advisers, Ajit Doval and Nasser Khan Janjua.

Swaraj is the first Indian foreign minister to visit Pakistan since 2012.

Posted by SouthAsiaDesk at 9:42 PM | 3 comments
Labels: India, Pakistan, diplomacy"""))

S.append(dict(id="h71-29", source="thehindubusinessline.com",
url="https://www.thehindubusinessline.com/economy/india-iran-sign-chabahar-port-pact/article8638217.ece",
published_at="2016-05-23", body="""BusinessLine | Economy

Sensex 25,230.36 ▼ 71.54 | Nifty 7,731.05 ▼ 18.65 | Brent $48.35

India, Iran sign Chabahar port pact; trilateral transit deal with Afghanistan

New Delhi/Tehran, May 23

India and Iran on Monday signed an agreement for the development of two berths at Chabahar port, with Exim Bank committing a credit line of about $150 million, during Prime Minister Narendra Modi's visit to Tehran. Modi and President Hassan Rouhani witnessed the signing of 12 agreements after their talks.

Later, Modi, Rouhani and Afghan President Ashraf Ghani signed a trilateral agreement on a transport and transit corridor through the port.

Topics: Chabahar | Iran | shipping

Share | Comments (6)"""))

S.append(dict(id="h71-30", source="lkpolitics.news-mirror.site",
url="https://lkpolitics.news-mirror.site/2019/11/27/gotabaya-to-visit-india-on-thursday/",
published_at="2019-11-27", body="""Gotabaya to visit India on Thursday, first trip abroad as President

President Gotabaya Rajapaksa will leave for New Delhi on Thursday on a three-day state visit, his first overseas trip since being elected, the President's Media Division said.

The President will hold talks with Prime Minister Narendra Modi on Friday and call on President Ram Nath Kovind.

Indian External Affairs Minister S. Jaishankar had flown to Colombo on November 19, the day after the swearing-in, to convey Modi's invitation.

ADVERTISEMENT

Source: agencies | Share this post

You may also like: Mahinda sworn in as Prime Minister | Rupee steady"""))

S.append(dict(id="h71-31", source="pmo.govmu.org",
url="https://pmo.govmu.org/Communique/Visit_Prime_Minister_India.pdf",
published_at="2025-03", body="""Republic of Mauritius
Prime Minister's Office

COMMUNIQUE

State Visit of the Prime Minister of the Republic of India

The Prime Minister, Dr the Hon. Navinchandra Ramgoolam, GCSK, FRCP, is pleased to announce that the Prime Minister of the Republic of India, Shri Narendra Modi, will pay a State Visit to Mauritius from 11 to 12 March 2025.

Shri Modi will be the Chief Guest at the celebrations of the 57th Anniversary of the Independence and 33rd Anniversary of the Republic of Mauritius on 12 March. During the visit, bilateral talks will be held and several agreements are expected to be signed.

Prime Minister's Office
Port Louis"""))

S.append(dict(id="h71-32", source="english.onlinekhabar.com",
url="https://english.onlinekhabar.com/indian-foreign-secretary-misri-nepal-visit.html",
published_at="2024-08-09", body="""Indian Foreign Secretary Misri to visit Nepal on Sunday

Onlinekhabar English | August 9, 2024

Indian Foreign Secretary Vikram Misri will arrive in Kathmandu on Sunday on a two-day official visit, his first abroad after assuming office last month.

India's Ministry of External Affairs spokesperson Randhir Jaiswal said Misri would hold talks with Foreign Secretary Sewa Lamsal and call on senior leaders. Officials said he is also expected to discuss the Prime Minister KP Sharma Oli's visit to India.

Tags: Nepal-India relations, Vikram Misri

NEPSE closes 11.4 points higher | Gold price falls by Rs 700 per tola"""))

S.append(dict(id="h71-33", source="dhivehinsight.wordpress.com",
url="https://dhivehinsight.wordpress.com/2023/11/27/muizzu-erdogan-ankara/",
published_at="2023-11-27", body="""Muizzu meets Erdogan in Ankara on first foreign trip

President Mohamed Muizzu held talks with Turkish President Recep Tayyip Erdogan at the presidential complex in Ankara on Monday, breaking with the convention of Maldivian leaders making India their first stop abroad.

The President's Office said the two leaders discussed trade, health and defence cooperation. Muizzu flies to Dubai next for COP28.

India was represented at his swearing-in on November 17 by Earth Sciences Minister Kiren Rijiju.

Like this: Loading... | Leave a comment"""))

S.append(dict(id="h71-34", source="dhakatribune.com",
url="https://www.dhakatribune.com/bangladesh/foreign-affairs/367215/yunus-shehbaz-meet-on-d-8-sidelines-in-cairo",
published_at="2024-12-19", body="""Yunus, Shehbaz meet on D-8 sidelines in Cairo

Tribune Desk | Published at 09:30 pm December 19th, 2024

Chief Adviser Professor Muhammad Yunus and Pakistan Prime Minister Shehbaz Sharif met in Cairo on Thursday on the sidelines of the D-8 summit, their second meeting in three months.

According to the Chief Adviser's press wing, the two leaders discussed trade, visas and cultural exchanges, and Yunus raised the need to settle the issues of 1971 "once and for all". Sharif invited the Chief Adviser to visit Pakistan.

Yunus is expected to return to Dhaka on Saturday.

Topics: Muhammad Yunus | Shehbaz Sharif | D-8 | Pakistan"""))

S.append(dict(id="h71-35", source="profit.pakistantoday.com.pk",
url="https://profit.pakistantoday.com.pk/2025/04/26/dars-dhaka-visit-postponed/",
published_at="2025-04-26", body="""Profit | Markets | Economy | Trade

KSE-100 114,762 ▼ 2.1% | USD/PKR 281.20

Dar's Dhaka visit postponed amid India tensions

Deputy Prime Minister Ishaq Dar's visit to Dhaka, scheduled for April 27-28, has been postponed, the Foreign Office said on Saturday, without giving a new date.

Business groups on both sides had hoped the trip would produce agreements on direct trade and the revival of the Joint Economic Commission.

The decision follows the escalation with India after the Pahalgam attack.

Share | Read next: Remittances hit record $4.1bn in March"""))

S.append(dict(id="h71-36", source="iol.co.za",
url="https://iol.co.za/news/politics/2025-05-19-ramaphosa-to-meet-trump-at-white-house-on-wednesday/",
published_at="2025-05-19", body="""IOL | News | Politics

JSE All Share 89,455 ▲ 0.4% | USD/ZAR 18.04

Ramaphosa to meet Trump at White House on Wednesday

President Cyril Ramaphosa will travel to Washington for a working visit and will meet US President Donald Trump at the White House on Wednesday, presidency spokesperson Vincent Magwenya said on Monday.

Trade, minerals and the Afrikaner refugee issue are expected to be on the agenda. The two leaders last spoke by phone after the US election in November.

Share | 84 comments | Subscribe to the IOL newsletter"""))

S.append(dict(id="h71-37", source="postcourier.com.pg",
url="https://www.postcourier.com.pg/modi-arrives-for-fipic-summit/",
published_at="2023-05-22", body="""Modi arrives for FIPIC summit

Post-Courier | May 22, 2023

Indian Prime Minister Narendra Modi arrived in Port Moresby last night from the G7 meeting in Hiroshima, Japan, and was welcomed at Jacksons International Airport by Prime Minister James Marape, who touched his feet as a mark of respect.

Mr Modi and Mr Marape co-chair the third Forum for India-Pacific Islands Cooperation summit today. The two leaders hold bilateral talks this morning, and Fiji's Prime Minister Sitiveni Rabuka is expected to present Mr Modi with Fiji's highest honour.

Mr Modi leaves for Sydney this evening.

Photo: PM Marape welcomes PM Modi. Picture: PMO PNG

Share | Comments (12)"""))

S.append(dict(id="h71-38", source="newsfeed24x7.in",
url="https://newsfeed24x7.in/world/modi-putin-phone-call-ukraine-2025-08-08",
published_at="2025-08-08", body="""Modi speaks to Putin, invites him to India later this year

Prime Minister Narendra Modi on Friday spoke by phone to Russian President Vladimir Putin, who shared his assessment of the latest developments on Ukraine.

"Had a very good and detailed conversation with my friend President Putin," Modi wrote on X, adding that he looked forward to hosting Putin in India later this year.

The call comes days after National Security Adviser Ajit Doval met Putin in Moscow, and as the US has threatened further tariffs over India's purchases of Russian oil.

Trending: Gold hits record high | Monsoon update"""))

S.append(dict(id="h71-39", source="lankaweekly.blogspot.com",
url="https://lankaweekly.blogspot.com/2024/04/raisi-opens-uma-oya.html",
published_at="2024-04", body="""Iranian President Raisi opens Uma Oya project

Iranian President Ebrahim Raisi arrived in Sri Lanka on Wednesday on a one-day visit and, together with President Ranil Wickremesinghe, inaugurated the Uma Oya multipurpose development project, built with Iranian assistance. The two sides exchanged five MoUs at the President's House in Colombo.

Raisi came to Colombo after a three-day visit to Pakistan, where he held talks with Prime Minister Shehbaz Sharif in Islamabad.

Posted by Lanka Weekly | 2 comments
Labels: Iran, foreign relations"""))

S.append(dict(id="h71-40", source="africanewswire.top",
url="https://africanewswire.top/mauritius/jaishankar-to-visit-mauritius-july-16-17",
published_at=None, body="""Jaishankar to visit Mauritius this week

External Affairs Minister S. Jaishankar will visit Mauritius on July 16-17, his first visit to the country after assuming office for a second term, the Ministry of External Affairs announced.

During the visit, Jaishankar will call on Prime Minister Pravind Kumar Jugnauth and hold talks with Foreign Minister Maneesh Gobin. He is also expected to meet other leaders.

"Mauritius is a key maritime neighbour of India in the Indian Ocean Region," the MEA said.

Cookies help us deliver our services. Accept | More Info

Latest: Rupee edges up against dollar | Sugar exports rise"""))
