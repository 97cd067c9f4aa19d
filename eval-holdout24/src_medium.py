# Medium wire-style stories (1,200-2,000 characters), h24-13 .. h24-26
M = []

M.append(dict(id="h24-13", source="wam.ae",
url="https://www.wam.ae/en/article/b3k9x2f-uae-president-arrives-washington-official-visit",
published_at="2024-09-22", body="""Emirates News Agency - WAM

Home | UAE | World | Business | Sport | Photos

UAE President arrives in Washington on official visit

WASHINGTON, 22nd September, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Washington, D.C. today on an official visit to the United States of America.

During the visit, His Highness will hold talks with President Joe Biden at the White House on the strong and growing relations between the two countries, and on ways to expand cooperation in the economy, investment, advanced technology, artificial intelligence, energy and climate action, in addition to regional and international developments of mutual interest.

His Highness will also meet Vice President Kamala Harris.

Upon arrival at Joint Base Andrews, His Highness was received by a number of senior US officials and by Yousef Al Otaiba, UAE Ambassador to the United States.

His Highness is accompanied by a delegation that includes H.H. Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and National Security Advisor; H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs; and a number of ministers and senior officials.

The visit is the first by a UAE President to the White House.

WAM/Tariq alFaham/Hatem Mohamed

Latest news
Abdullah bin Zayed receives phone call from Indian External Affairs Minister
UAE Pavilion at Gastech 2024 showcases energy transition
ADX closes week up 1.2 percent

Share: Facebook | X | WhatsApp | Copy link

WAM | All rights reserved 2024"""))

M.append(dict(id="h24-14", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2024-06/03/0051-amir-receives-phone-call-from-us-president",
published_at="2024-06-03", body="""Qatar News Agency

Home | Local | Politics | Economy | Sports | Gallery

Amir Receives Phone Call from US President

Doha, June 03 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call on Monday from HE President of the United States of America Joe Biden.

During the call, they discussed the latest developments in the Gaza Strip and the occupied Palestinian territories, and the proposal for a ceasefire and the exchange of hostages and prisoners announced by the US President last week, as well as the joint mediation efforts of the State of Qatar, the Arab Republic of Egypt and the United States.

HH the Amir affirmed the State of Qatar's continued efforts, together with its partners, to reach an immediate and permanent ceasefire and to ensure the unhindered flow of humanitarian aid into all areas of the Strip. (QNA)

Prime Minister and Minister of Foreign Affairs Receives Phone Call from Turkish FM

Doha, June 03 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received a phone call on Monday from HE Minister of Foreign Affairs of the Republic of Turkiye Hakan Fidan.

They reviewed bilateral cooperation and discussed efforts to de-escalate in the region. (QNA)

Secretary-General of MOFA Receives Copy of Credentials of Ambassador of Ghana

Doha, June 03 (QNA) - HE Secretary-General of the Ministry of Foreign Affairs Dr. Ahmed bin Hassan Al-Hammadi received a copy of the credentials of HE Mohammed Habibu Tijani, as Ambassador of the Republic of Ghana to the State of Qatar. (QNA)

Print | Email | Share

Copyright © Qatar News Agency 2024"""))

M.append(dict(id="h24-15", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_4112987",
published_at="2024-02-29", body="""ENA English

Ethiopian News Agency | Home | Politics | Economy | Social | Sport

Kenyan President Ruto Arrives in Addis Ababa for State Visit

Addis Ababa, February 29/2024 (ENA) - President of the Republic of Kenya William Ruto arrived in Addis Ababa today for a two-day state visit to Ethiopia.

Upon arrival at Addis Ababa Bole International Airport, President Ruto was welcomed by Prime Minister Abiy Ahmed.

Later in the day, the two leaders held discussions at the Office of the Prime Minister on ways to strengthen the longstanding bilateral relations and on regional peace and security.

The two countries also signed several agreements on cooperation in areas including infrastructure, trade, energy and the development of the Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor.

Prime Minister Abiy said Ethiopia and Kenya share "a special bond" and noted that the two countries are connected by road and power transmission lines that serve as a model of regional integration.

President Ruto for his part said Kenya is keen to deepen trade and people-to-people ties with Ethiopia, and commended the progress made on the Moyale one-stop border post.

During his stay, the President is expected to visit development projects in the capital, including the Chaka project and Unity Park.

Ethiopia and Kenya established diplomatic relations in 1964 and have a special status agreement signed the same decade.

Other news
DPM and Foreign Minister Taye Holds Talks with Djiboutian Counterpart
Ethiopia's Coffee Export Revenue Rises in Seven Months
Addis Ababa City Hosts Adwa Victory Celebration Preparations

Share: Facebook | Twitter | Telegram

ENA | Ethiopian News Agency 2024"""))

M.append(dict(id="h24-16", source="app.com.pk",
url="https://www.app.com.pk/national/pm-shehbaz-arrives-in-tehran-on-second-leg-of-four-nation-tour/",
published_at="2025-05-26", body="""APP - Associated Press of Pakistan

National | International | Business | Sports

PM Shehbaz arrives in Tehran on second leg of four-nation tour

TEHRAN, May 26 (APP): Prime Minister Muhammad Shehbaz Sharif arrived here on Monday on the second leg of his four-nation tour aimed at thanking brotherly countries for their support during the recent conflict with India.

Upon arrival at Mehrabad International Airport, the prime minister was received by senior Iranian officials and Pakistan's Ambassador to Iran Muhammad Mudassir Tipu.

The prime minister came from Istanbul, where he held talks with Turkish President Recep Tayyip Erdogan on Sunday.

During the day-long visit, the prime minister will call on Supreme Leader Ayatollah Syed Ali Khamenei and hold a meeting with President Dr Masoud Pezeshkian, followed by delegation-level talks covering trade, energy, border security and regional developments.

He is accompanied by Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar, Chief of Army Staff Field Marshal Syed Asim Munir, Information Minister Attaullah Tarar and Special Assistant Syed Tariq Fatemi.

From Tehran, the prime minister will travel to Azerbaijan, where he will hold talks with President Ilham Aliyev and attend a trilateral summit with the leaders of Azerbaijan and Turkiye in Lachin.

In the last leg, he will visit Dushanbe to attend the international conference on glaciers' preservation and meet President Emomali Rahmon.

Iran had offered to mediate between Pakistan and India during the crisis, and its foreign minister Abbas Araghchi had travelled to Islamabad and New Delhi earlier this month.

APP/ssi/mhs

Tags: Shehbaz Sharif, Iran, Pezeshkian, visit

Share this: Facebook | X | WhatsApp

Associated Press of Pakistan © 2025"""))

M.append(dict(id="h24-17", source="reuters.com",
url="https://www.reuters.com/article/us-egypt-algeria-sisi-idUSKBN0F00RC20140625",
published_at="2014-06-25", body="""World News | Wed Jun 25, 2014 4:28pm EDT

Egypt's Sisi picks Algeria for first foreign trip as president

By Lamine Chikhi | 3 Min Read

ALGIERS (Reuters) - Egyptian President Abdel Fattah al-Sisi arrived in Algeria on Wednesday on his first foreign trip since taking office this month, for talks expected to focus on security along their borders with Libya and on energy supplies.

Sisi was greeted at the airport by Prime Minister Abdelmalek Sellal and then held talks with President Abdelaziz Bouteflika, who has rarely been seen in public since suffering a stroke last year.

Both countries are worried that weapons and militants are moving freely across Libya's porous desert borders, three years after the fall of Muammar Gaddafi.

Algeria, a major gas exporter, has agreed in principle to sell gas cargoes to Egypt, which is facing its worst energy shortage in decades, officials said.

Sisi, the former army chief who led the overthrow of Islamist President Mohamed Mursi last July, was sworn in on June 8 after winning a landslide in last month's election.

From Algiers, Sisi was due to fly to Malabo, Equatorial Guinea, for an African Union summit, days after the bloc lifted a suspension imposed on Egypt after Mursi's removal.

Egyptian officials said he was expected to meet Ethiopian Prime Minister Hailemariam Desalegn on the sidelines of the summit to discuss Ethiopia's Grand Renaissance Dam on the Blue Nile, which Cairo fears will reduce its share of the river's water.

Talks between the two countries on the dam broke down in January.

(Additional reporting by Maggie Fick in Cairo; Writing by Patrick Markey; Editing by Andrew Heavens)

Our Standards: The Thomson Reuters Trust Principles.

Related Coverage
Egypt welcomes return to African Union
Algeria's Bouteflika names new government"""))

M.append(dict(id="h24-18", source="africanews.com",
url="https://www.africanews.com/2022/07/06/drc-rwanda-leaders-agree-de-escalation-process-in-luanda/",
published_at="2022-07-06", body="""africanews.

We use cookies to improve your experience. By continuing you accept our cookie policy. OK

Rwanda | DR Congo | Angola

DRC, Rwanda leaders agree 'de-escalation process' at Luanda talks

By Africanews with AFP | Last updated: 06/07 - 21:31

The presidents of the Democratic Republic of Congo and Rwanda agreed on Wednesday on a "de-escalation process" after talks in the Angolan capital Luanda, their first face-to-face meeting since tensions flared over the M23 rebellion in eastern Congo.

Felix Tshisekedi and Paul Kagame met for several hours with Angolan President Joao Lourenco, who has been mandated by the African Union to mediate between the two neighbours. Lourenco had held separate talks with each leader on arrival.

The Congolese presidency said the talks had produced a road map that included "the cessation of hostilities" and the "immediate and unconditional withdrawal" of the M23 from positions it holds. Rwanda's government spokeswoman Yolande Makolo said the meeting had been constructive but did not confirm a ceasefire.

The DRC-Rwanda joint permanent commission, which brings together ministers from both governments and has been dormant for years, will resume work on July 12 in Luanda, according to the final communique.

Kinshasa accuses Kigali of backing the M23, which seized the strategic border town of Bunagana in June. Rwanda denies it and accuses the Congolese army of fighting alongside the FDLR, a rebel group founded by Hutus linked to the 1994 genocide.

Kenya's President Uhuru Kenyatta is leading a separate East African Community process that has proposed a regional force for eastern Congo.

More than 170,000 people have fled the fighting since March, according to the United Nations.

Related
M23 rebels take control of Bunagana border town
Uganda denies backing Congolese rebels

Add Africanews to your Google News feed | Follow us on Twitter

Copyright © africanews"""))

M.append(dict(id="h24-19", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=2616894&language=en",
published_at="2017-06-07", body="""KUNA - Kuwait News Agency

Home | Local | Arab | International | Economic | Sports

HH the Amir arrives in Doha, carrying on mediation efforts

DOHA, June 7 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah arrived in Doha on Wednesday, coming from Dubai, on a visit to the State of Qatar.

His Highness the Amir was received at the airport by his brother His Highness Sheikh Tamim bin Hamad Al-Thani, Amir of the State of Qatar, and senior Qatari officials. The two leaders then held talks on developments in the region.

On Tuesday evening, His Highness the Amir held talks in Jeddah with his brother the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud of Saudi Arabia. During the talks, which were attended by senior members of both delegations, the two sides discussed the current situation in the Gulf and means of containing it, in a spirit of brotherhood and in a way that preserves the unity of the Gulf Cooperation Council.

Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed relations with Qatar on Monday and closed their borders and airspace to Qatari traffic.

Meanwhile, Deputy Prime Minister and Foreign Minister Sheikh Sabah Khalid Al-Hamad Al-Sabah received a phone call on Wednesday from Turkish Foreign Minister Mevlut Cavusoglu, who expressed Ankara's support for His Highness the Amir's efforts to heal the rift among the brotherly countries. (end) sa.gta

07/06/2017 20:14:05

Most Viewed
Kuwait stocks close lower
HH Amir receives Iraqi Parliament Speaker
Ramadan charity campaign collects KD 2 million

Share: Facebook | Twitter | Email

© KUNA 2017 - All rights reserved"""))

M.append(dict(id="h24-20", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36592/Visit_of_Prime_Minister_of_Nepal_to_India_May_31June_3_2023",
published_at="2023-05-24", body="""Ministry of External Affairs, Government of India

Home | Media Center | Press Releases

Visit of Prime Minister of Nepal to India (May 31-June 3, 2023)

May 24, 2023

Rt. Hon'ble Pushpa Kamal Dahal 'Prachanda', Prime Minister of Nepal, will pay an official visit to India from 31 May to 3 June 2023 at the invitation of Prime Minister Shri Narendra Modi. This will be his first bilateral visit abroad after assuming office in December 2022.

Prime Minister Prachanda will be accompanied by a high-level delegation including ministers and senior officials of the Government of Nepal.

During the visit, Prime Minister Prachanda will call on Rashtrapati Smt. Droupadi Murmu. Vice President Shri Jagdeep Dhankhar and External Affairs Minister Dr. S. Jaishankar will call on him. Prime Minister Shri Narendra Modi and Prime Minister Prachanda will hold delegation-level talks on 1 June 2023.

Apart from New Delhi, the visiting dignitary will also travel to Ujjain and Indore in Madhya Pradesh.

India and Nepal enjoy close and multifaceted ties of friendship and cooperation, characterised by an open border and deep-rooted people-to-people contacts of kinship and culture. The visit will provide an opportunity to review the progress in bilateral cooperation in areas such as connectivity, energy, trade and development partnership. Prime Minister Modi visited Lumbini, Nepal in May 2022 on the occasion of Buddha Purnima.

The visit is a continuation of the tradition of regular high-level exchanges between the two countries.

New Delhi
May 24, 2023

Print | Share | Page last updated on: 24-05-2023

Visitors: 5412360"""))

M.append(dict(id="h24-21", source="apnews.com",
url="https://apnews.com/article/niger-coup-nuland-ecowas-mali-burkina-faso-delegation",
published_at="2023-08-08", body="""US envoy holds 'frank' talks with Niger's coup leaders, is not allowed to see the new ruler

By BABA AHMED and SAM MEDNICK | August 8, 2023

NIAMEY, Niger (AP) — A senior U.S. official met with the leaders of Niger's coup on Monday but was refused a meeting with the head of the junta and with ousted President Mohamed Bazoum, as neighboring military regimes sent their own delegation to show solidarity with the soldiers.

Acting Deputy Secretary of State Victoria Nuland said she held "extremely frank and at times quite difficult" talks for more than two hours with Brig. Gen. Moussa Salaou Barmou, the junta's new army chief, and several of his colonels. She said she was not allowed to meet Gen. Abdourahamane Tchiani, who declared himself head of state after soldiers detained Bazoum on July 26.

"We are hoping they will keep the door open to diplomacy," Nuland told reporters by phone.

Also on Monday, a joint delegation from Mali and Burkina Faso, both run by military governments, held talks in Niamey with Niger's new leaders. The two countries have warned that any military intervention in Niger would be treated as "a declaration of war" against them.

Last week, a delegation from the West African regional bloc ECOWAS led by former Nigerian military ruler Abdulsalami Abubakar was unable to meet Tchiani.

ECOWAS leaders are to hold an emergency summit in the Nigerian capital, Abuja, on Thursday after the junta ignored a Sunday deadline to reinstate Bazoum.

___
Associated Press writer Chinedu Asadu in Abuja, Nigeria, contributed to this report.

Copyright 2023 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h24-22", source="en.irna.ir",
url="https://en.irna.ir/news/85164522/President-Raisi-arrives-in-Nairobi-on-first-leg-of-African-tour",
published_at="2023-07-12", body="""IRNA English

Islamic Republic News Agency | Politics | Economy | Society | World

President Raisi arrives in Nairobi on first leg of African tour

Tehran, IRNA - President Ebrahim Raisi, leading a high-ranking political and economic delegation, arrived in Nairobi, the capital of Kenya, on Wednesday on the first leg of a tour of three African countries.

President Raisi was officially welcomed by Kenyan President William Ruto at the State House in Nairobi, and the two sides held one-on-one and delegation-level talks on expanding political, economic and trade relations.

Following the talks, the two sides signed five memoranda of understanding in the fields of information and communication technology, fisheries, animal health, investment promotion and culture.

President Raisi is the first Iranian president to visit the African continent in more than a decade.

After Kenya, the president is scheduled to travel to Uganda to meet President Yoweri Museveni, and will then visit Zimbabwe, where he will hold talks with President Emmerson Mnangagwa.

The president is accompanied by Foreign Minister Hossein Amir-Abdollahian and several other ministers.

Speaking to reporters before leaving Tehran's Mehrabad Airport, Raisi said Africa was "a continent of opportunities" and that the government of Iran was determined to revive its relations with African countries in line with its policy of balanced foreign relations.

Iran's trade with African countries stood at about $1.3 billion last year, according to official figures.

9412**1444

Follow us on Twitter @IrnaEnglish

Tags: Raisi, Kenya, Africa, Ruto

Share | Print

IRNA English (c) 2023"""))

M.append(dict(id="h24-23", source="reuters.com",
url="https://www.reuters.com/world/middle-east/egypts-sisi-will-not-travel-washington-if-agenda-includes-gaza-displacement-sources-2025-02-12/",
published_at="2025-02-12", body="""World | Middle East

Egypt's Sisi will not go to Washington if Gaza displacement is on agenda - sources

By Reuters | February 12, 2025 11:47 AM GMT+2 | Updated 2 hours ago

CAIRO, Feb 12 (Reuters) - Egyptian President Abdel Fattah al-Sisi will not travel to Washington for talks at the White House if the agenda includes U.S. President Donald Trump's plan to move Palestinians out of Gaza, two Egyptian security sources said on Wednesday.

Trump said last week he would like to host Sisi, but no date has been set, and the Egyptian presidency did not respond to a request for comment.

Trump met Jordan's King Abdullah at the White House on Tuesday and repeated his proposal for the United States to take over Gaza and resettle its population in Egypt and Jordan. The king told reporters that Egypt would present a response and that Arab states would then discuss it in Riyadh.

Sisi and King Abdullah spoke by telephone on Wednesday and stressed the need to rebuild Gaza without displacing its people, the Egyptian presidency said.

Egyptian Foreign Minister Badr Abdelatty held talks with U.S. Secretary of State Marco Rubio in Washington on Monday, and told him that Arab states rejected any transfer of Palestinians.

Egypt will host an emergency Arab summit on Feb. 27 to discuss the latest developments.

Cairo has warned that an influx of Palestinians into Sinai would threaten its peace treaty with Israel.

(Reporting by Ahmed Mohamed Hassan and Nadine Awadalla; Writing by Michael Georgy; Editing by Toby Chopra)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Hamas says it will not release hostages on Saturday
Oil rises as supply concerns mount"""))

M.append(dict(id="h24-24", source="bssnews.net",
url="https://www.bssnews.net/news/255198",
published_at="2025-04-04", body="""BSS | Bangladesh Sangbad Sangstha

National | International | Business | Sports

Chief Adviser, Modi hold bilateral talks on BIMSTEC sidelines

BANGKOK, April 4, 2025 (BSS) - Chief Adviser Professor Muhammad Yunus and Indian Prime Minister Narendra Modi held a bilateral meeting here today on the sidelines of the sixth BIMSTEC summit.

The meeting, the first between the two leaders since the interim government took office in August last year, was held at a hotel in the Thai capital and lasted about 40 minutes.

Chief Adviser's press secretary Shafiqul Alam told BSS that the discussions covered the extradition of former prime minister Sheikh Hasina, border killings, the renewal of the Ganges water sharing treaty and trade. Prof Yunus presented Modi with a photograph from 2015 of the two of them at a science event in Mumbai.

Earlier, the Chief Adviser's High Representative on the Rohingya issue, Khalilur Rahman, met Myanmar's Deputy Prime Minister and Foreign Minister U Than Swe on the sidelines. Myanmar informed Bangladesh that 180,000 Rohingya had been verified as eligible for return.

On Thursday, Prof Yunus held talks with Thai Prime Minister Paetongtarn Shinawatra at Government House, where the two sides discussed trade, tourism and a visa exemption for official passport holders.

Bangladesh took over the chairmanship of BIMSTEC from Thailand at the end of the summit.

Prof Yunus arrived in Bangkok on Thursday, a week after returning from a four-day visit to China. Modi is in Thailand on an official visit.

BSS/AAS/SR/1745

Share: Facebook | X | LinkedIn

Copyright BSS 2025"""))

M.append(dict(id="h24-25", source="aps.dz",
url="https://www.aps.dz/en/algeria/45312-president-tebboune-receives-french-president-macron",
published_at="2022-08-25", body="""APS - Algeria Press Service

Algeria | World | Economy | Regions | Culture

President Tebboune receives French President Emmanuel Macron

ALGIERS - President of the Republic Abdelmadjid Tebboune received on Thursday at Houari Boumediene International Airport French President Emmanuel Macron, who is paying an official visit to Algeria at the invitation of President Tebboune, from 25 to 27 August.

Upon his arrival, the French President was welcomed with a 21-gun salute, before the two presidents reviewed a guard of honour and greeted members of the two delegations.

The French President later laid a wreath at the Maqam E'chahid (Martyrs' Memorial) in Algiers, in memory of the martyrs of the National Liberation War.

The two heads of state then held a one-on-one meeting at El Mouradia Palace, followed by expanded talks between the two delegations, which addressed the prospects of bilateral relations and regional and international issues of common interest.

Macron is accompanied by a large delegation including several members of the French government.

During the visit, the French President will also travel to Oran. A joint declaration is expected to be signed on Saturday before Macron's departure.

This is the French President's second visit to Algeria, following a short working visit in December 2017.

Latest news
Prime Minister receives Italian Ambassador to Algeria
Algerian gas exports to Italy up 20 percent
Sonatrach signs new partnership agreement

Share: Facebook | Twitter | Print

APS (c) 2022"""))

M.append(dict(id="h24-26", source="timesofisrael.com",
url="https://www.timesofisrael.com/netanyahu-makes-surprise-visit-to-oman-meets-sultan-qaboos/",
published_at="2018-10-26", body="""The Times of Israel

Join our Community | Support Times of Israel

Israel & the Region

Netanyahu makes surprise visit to Oman, meets Sultan Qaboos

PM's office releases pictures of rare trip to Gulf state with no ties to Israel; Omani statement says talks focused on ways to advance Mideast peace

By TOI staff | 26 October 2018, 7:31 pm

Prime Minister Benjamin Netanyahu paid an unannounced visit to Oman on Friday and held talks with Sultan Qaboos bin Said, the first public meeting between leaders of the two countries in more than two decades.

The visit was only made public after Netanyahu returned to Israel. His office released photographs and a video of him being received by the sultan, accompanied by his wife Sara, Mossad chief Yossi Cohen and National Security Adviser Meir Ben-Shabbat.

A statement carried by the Omani state news agency said the visit was at the sultan's invitation, and that the two leaders discussed ways to advance the Middle East peace process.

Palestinian Authority President Mahmoud Abbas was in Muscat earlier this week for three days of talks with the sultan.

The last Israeli prime minister to visit Oman publicly was Shimon Peres in 1996.

The trip came as Culture and Sports Minister Miri Regev was in Abu Dhabi for an international judo tournament, where the Israeli anthem was played after an Israeli won gold. Communications Minister Ayoub Kara is set to attend a conference in Dubai next week.

Read more:
Regev tears up as Hatikva is played in Abu Dhabi
Israeli judoka wins gold in Abu Dhabi

Most read
Gaza rocket barrage hits south; IDF strikes Hamas targets

Share: Facebook | Twitter | WhatsApp | Email"""))
