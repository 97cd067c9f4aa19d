# Long pages (2,500-4,500 characters), h75-01 .. h75-12
A = []

A.append(dict(id="h75-01", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/greek-fm-dendias-tours-quake-zone-with-cavusoglu-180522",
published_at="2023-02-12", body="""This website uses cookies to improve your experience. By continuing you accept our cookie policy. ACCEPT

BIST 100 4.832,70 ▼ -1,41% | USD/TRY 18,8302 ▲ 0,02% | EUR/TRY 20,1455 ▼ -0,11% | BRENT 86,39 ▲ 2,20%

TÜRKİYE > DIPLOMACY

Greek FM Dendias tours quake zone with Çavuşoğlu in show of solidarity

ADANA

Greek Foreign Minister Nikos Dendias (L) and Foreign Minister Mevlüt Çavuşoğlu speak to reporters in Hatay on Feb. 12. AA Photo

Published February 12 2023 17:05:00 | Updated February 12 2023 19:40:00

Greek Foreign Minister Nikos Dendias arrived in Türkiye on Feb. 12, becoming the first foreign minister of a European Union country to visit the region devastated by the twin earthquakes that struck southern Türkiye and northern Syria six days ago.

Dendias was met at Adana's Şakirpaşa Airport by his Turkish counterpart Mevlüt Çavuşoğlu, and the two ministers then flew by helicopter to Hatay, one of the worst-hit provinces, where a Greek search and rescue team has been working since last Tuesday. In Antakya the pair walked past collapsed apartment blocks before holding a short meeting at the disaster coordination centre.

"Greece will stand by Türkiye in these difficult hours," Dendias told reporters, standing next to Çavuşoğlu. "We must not wait for another earthquake to improve our relations."

Çavuşoğlu thanked Athens for what he called "a true neighbourly gesture" and recalled how the two countries helped each other after the 1999 earthquakes, a period that opened a thaw between them. "We have problems, but the Greek people have shown their hearts," he said.

Relations between the NATO allies have been tense for much of the past two years over maritime boundaries, migrants and the status of Aegean islands. Prime Minister Kyriakos Mitsotakis was among the first European leaders to telephone President Recep Tayyip Erdoğan on Feb. 6, hours after the first 7.7-magnitude tremor.

The death toll in Türkiye rose above 29,600 on Sunday, according to the Disaster and Emergency Management Authority (AFAD), with more than 3,500 killed in Syria.

Blinken visit next week

U.S. Secretary of State Antony Blinken will travel to Türkiye next weekend, his first visit to the country in the role, the State Department announced late on Sunday. Blinken is scheduled to view the quake zone with Çavuşoğlu before holding talks in Ankara, where Sweden's and Finland's NATO bids are also expected to come up.

In Syria, the United Arab Emirates' Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan met President Bashar al-Assad in Damascus on Sunday, the state news agency SANA reported, the most senior Gulf visitor since the disaster. The UAE has pledged more than 100 million dollars in relief for both countries.

Relief convoys also crossed into Türkiye from Armenia through the Margara gate on Saturday, the first time the border has been opened in 35 years.

Read more
Pakistani PM Sharif postpones Ankara visit after quake
Herzog, Erdoğan speak by phone as Israeli rescuers head to Türkiye
Tents, containers: how the quake zone will be sheltered

Tags: earthquake, Greece, Dendias, Çavuşoğlu, Blinken, Syria

SHARE: Facebook | Twitter | WhatsApp | Email

Hürriyet Daily News © 2023"""))

A.append(dict(id="h75-02", source="today.lorientlejour.com",
url="https://today.lorientlejour.com/article/1228861/macron-in-beirut-i-will-be-back-on-september-1.html",
published_at="2020-08-07", body="""Support independent journalism. Subscribe to L'Orient Today for $1 the first month.

LEBANON | BEIRUT BLAST

Macron in Beirut: "I will be back on September 1"

French President Emmanuel Macron is greeted by residents in the devastated Gemmayzeh district on Thursday. (Credit: Marwan Naamani/AFP)

By Claire Haddad | 07 August 2020 | 18:40

Two days after the explosion that tore through Beirut's port and much of the capital, French President Emmanuel Macron walked the ruined streets of Gemmayzeh on Thursday, the first foreign head of state to come to Lebanon since the disaster.

Macron landed at Rafic Hariri International Airport shortly before noon and went straight to the port, where rescue workers were still searching the rubble. He was then received at the Baabda Palace by President Michel Aoun, in a meeting also attended by Prime Minister Hassan Diab and Speaker Nabih Berri.

The French leader told Lebanon's leaders that international aid would be delivered "directly to the people" and not through state institutions, and called for "a new political pact" and deep reforms. "If these reforms are not made, Lebanon will continue to sink," he told reporters afterwards.

Macron said that France would organise an international donor conference "in the coming days" together with the United Nations and that he had spoken to US President Donald Trump about it. He also met representatives of the main parliamentary blocs at the Pine Residence, the French ambassador's residence, and, in an unusual step, activists from civil society groups.

Before boarding his plane, he promised to return. "I will be back on September 1," Macron said, the day Lebanon marks the centenary of the proclamation of Greater Lebanon. Elysée officials later confirmed the date.

A petition calling for Lebanon to be placed under a French mandate for ten years had gathered more than 50,000 signatures by Thursday evening, which Macron brushed aside as "not the point".

Turkish delegation expected

Turkey's Vice President Fuat Oktay and Foreign Minister Mevlüt Çavuşoğlu are due in Beirut on Saturday to meet Lebanese officials and inspect the port, Ankara announced on Friday, offering to help rebuild the facility and to treat the injured in Turkish hospitals.

Field hospitals sent by Qatar, Kuwait, Jordan and Iran were being set up in the capital, while aid planes from Egypt, Tunisia and the United Arab Emirates landed on Thursday.

At least 154 people have been killed and more than 5,000 wounded, according to the Health Ministry. Around 300,000 people have been left homeless.

Timeline
Tuesday, Aug. 4, 6.07 pm: two explosions at hangar 12 of the port
Wednesday, Aug. 5: cabinet declares two-week state of emergency
Thursday, Aug. 6: Macron visits Beirut
Sunday, Aug. 9: donor videoconference expected

MOST READ
1. The port's ammonium nitrate: six years of warnings
2. Who runs Lebanon's port? A web of interests
3. Judge Sawan to lead investigation? Not yet

Share: Facebook | Twitter | WhatsApp | Copy link

Comments (27)

© 2020 L'Orient Today. All rights reserved."""))

A.append(dict(id="h75-03", source="aljazeera.com",
url="https://www.aljazeera.com/news/2021/9/7/blinken-austin-in-qatar-to-thank-doha-for-afghan-evacuation-role",
published_at="2021-09-07", body="""Skip links
Skip to Content

Live

News | Afghanistan

Blinken, Austin in Qatar to thank Doha for Afghan evacuation role

US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin meet Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha. [Olivier Douliery/Pool via Reuters]

Published On 7 Sep 2021

The top US diplomat and the US defence secretary have held talks with Qatar's leadership in Doha, thanking the Gulf state for its central role in the evacuation of tens of thousands of people from Afghanistan and discussing how to get the remaining Americans and Afghan allies out.

Antony Blinken and Lloyd Austin met Emir Sheikh Tamim bin Hamad Al Thani on Tuesday, a day after they arrived in the Qatari capital. They also held talks with Deputy Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani and with Defence Minister Khalid bin Mohammed Al Attiyah.

"Qatar has gone above and beyond," Blinken said at a joint news conference with his Qatari counterpart. "No country has done more than Qatar." Roughly 58,000 of the more than 124,000 people airlifted out of Kabul in August passed through Qatar.

The Qatari foreign minister said his country was working with Turkey and the Taliban to reopen Kabul's airport for civilian flights "as soon as possible", but that there was no agreement yet on who would run security.

Austin visited Al Udeid Air Base, where thousands of evacuees are still waiting to be flown on to the United States or to third countries, and thanked US troops there. Blinken also met Afghan evacuees at a housing compound in Doha.

The visit comes a week after the last American troops left Kabul on August 30, ending a 20-year war. Washington has moved its diplomatic mission for Afghanistan to Doha, where the Taliban have kept a political office since 2013.

Next stops

From Doha, Blinken heads to Germany on Wednesday. At Ramstein Air Base he will hold talks with German Foreign Minister Heiko Maas and the two will co-host a virtual ministerial meeting on Afghanistan with some 20 countries.

Austin is due to travel on to Kuwait and Bahrain later this week. A planned stop in Saudi Arabia was dropped from his itinerary because of what the Pentagon described as "scheduling issues", without giving further details.

Meanwhile, the Taliban announced an interim government on Tuesday headed by Mohammad Hasan Akhund, a veteran figure who is on a United Nations sanctions list. Several of the new ministers are also under sanctions.

Questions remain over the fate of several flights chartered to take Americans and Afghans out of Mazar-i-Sharif, which the State Department said had not been allowed to leave. Blinken said the Taliban had told Qatar that they would let people with travel documents leave freely.

"We will hold them to that," he said.

SOURCE: Al Jazeera and news agencies

Related
Taliban name interim government, Akhund to lead
Turkey, Qatar hold talks with Taliban on Kabul airport
Pakistan's spy chief in Kabul as Taliban finalise cabinet

Subscribe to our newsletter

Follow Al Jazeera English: Facebook | Twitter | YouTube | Instagram

© 2021 Al Jazeera Media Network"""))

A.append(dict(id="h75-04", source="thejakartapost.com",
url="https://www.thejakartapost.com/news/2021/02/25/retno-meets-myanmar-junta-appointee-in-bangkok-as-naypyitaw-trip-shelved.html",
published_at="2021-02-25", body="""JCI 6,251.62 ▼ -0.29% | USD/IDR 14,225 ▲ +0.18% | LQ45 953.11 ▼ -0.45%

Thu, February 25, 2021

Retno meets Myanmar junta appointee in Bangkok as Naypyitaw trip shelved

Dian Septiari
The Jakarta Post
Jakarta | Thu, February 25, 2021 | 10:41 am

Foreign Minister Retno LP Marsudi (right) and Thai Foreign Minister Don Pramudwinai speak to the press after their meeting at Don Mueang airport in Bangkok on Wednesday. (Courtesy of the Foreign Ministry/-)

Foreign Minister Retno LP Marsudi held talks with Myanmar's military-appointed foreign minister Wunna Maung Lwin in Bangkok on Wednesday, the first face-to-face meeting between the junta and a foreign government since the Feb. 1 coup, after a planned visit to Naypyitaw was called off amid protests in Myanmar.

The meeting took place at a VIP lounge at Bangkok's Don Mueang airport and was followed by a three-way discussion with Thai Foreign Minister Don Pramudwinai, who had invited both ministers. Wunna Maung Lwin also paid a call on Thai Prime Minister Prayut Chan-o-cha earlier in the day, Thai officials said.

"I conveyed Indonesia's concern about the situation in Myanmar," Retno told a virtual press briefing after returning to Jakarta. "The safety and well-being of the people of Myanmar is our top priority." She said she had urged the military to refrain from violence and called for "inclusive dialogue" and access for humanitarian aid.

Retno had been scheduled to fly to Naypyitaw on Thursday, but the ministry said on Wednesday morning that the trip had been postponed "after considering current developments" and consultations with other ASEAN members. The plan had drawn criticism from protesters in Yangon, who gathered outside the Indonesian Embassy on Tuesday, fearing that a visit would lend legitimacy to the generals.

Indonesia has been leading efforts within ASEAN to hold a special meeting of foreign ministers on the crisis. Last week, Retno made a swift trip to Brunei, which holds the ASEAN chair this year, and Singapore to discuss the idea. She has also spoken by telephone with the foreign ministers of China, Japan, Australia and India since the coup.

Analysts said Jakarta's shuttle diplomacy was a risky bet. "Meeting the junta's appointee is a way to keep a channel open, but the optics are difficult," said Dewi Fortuna Anwar, a foreign policy expert at the National Research and Innovation Agency (BRIN).

At least 10 protesters have been killed since the coup, according to rights groups. The military has said it will hold new elections and hand over power, without giving a date.

Ministry spokesman Teuku Faizasyah said no decision had been made on whether Retno would travel to Myanmar at a later date. "Everything depends on the situation," he said.

Editor's Picks
Jokowi, Muhyiddin push for special ASEAN meeting on Myanmar
Protesters in Yangon gather outside Indonesian Embassy
EDITORIAL: Walking a fine line in Naypyitaw

Topics: Myanmar, ASEAN, coup, Retno Marsudi, Thailand

Share this article | Print | 3 comments

Download The Jakarta Post app on Google Play and the App Store

Copyright 2016 - 2021 PT. Bina Media Tenggara"""))

A.append(dict(id="h75-05", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230808-us-envoy-nuland-holds-difficult-talks-with-niger-coup-leaders",
published_at="2023-08-08", body="""RFI uses cookies to measure audience and improve your experience. Accept | Settings

Listen | Africa | Niger

US envoy Nuland holds "difficult" talks with Niger coup leaders

Issued on: 08/08/2023 - 09:14 Modified: 08/08/2023 - 16:52

US Acting Deputy Secretary of State Victoria Nuland speaks to reporters by phone after her talks in Niamey. © AFP

Text by: RFI

Acting US Deputy Secretary of State Victoria Nuland held talks with the officers who seized power in Niger, describing the conversations in Niamey as "extremely frank and at times quite difficult", but said she had not been allowed to see either the coup leader or the ousted president.

Nuland arrived in the Nigerien capital on Monday and spent more than two hours with Brigadier General Moussa Salaou Barmou, a US-trained special forces officer named army chief of staff by the new authorities, and three of his colonels.

Her requests to meet General Abdourahamane Tiani, who declared himself head of state after the July 26 coup, and President Mohamed Bazoum, held at his residence with his wife and son, were turned down. "We had hoped to see him," she told reporters in a telephone briefing. "They are quite firm in their view of how they want to proceed."

On the same day a joint delegation from Mali and Burkina Faso, both run by military governments, was received in Niamey in a show of solidarity. The visitors, led by Malian Minister of State Abdoulaye Maïga, were welcomed by members of the junta, the National Council for the Safeguard of the Homeland (CNSP). Bamako and Ouagadougou have warned that any military intervention in Niger would be treated as "a declaration of war" against them.

Last week, General Salifou Mody, the number two of the junta, travelled to Bamako, where he was received by Mali's transitional president, Colonel Assimi Goïta. A week earlier, Chadian President Mahamat Idriss Déby flew to Niamey in an attempt at mediation and brought back pictures of himself smiling alongside Bazoum.

Missions turned back

The junta on Tuesday refused entry to a joint mission of the regional bloc ECOWAS, the African Union and the United Nations, citing "security reasons" and public anger at the bloc's sanctions. An earlier ECOWAS delegation sent by Nigerian President Bola Tinubu and led by former head of state Abdulsalami Abubakar spent only a few hours in Niamey last Thursday and did not meet Tiani.

ECOWAS leaders will hold an extraordinary summit in Abuja on Thursday, after their seven-day ultimatum to restore Bazoum expired on Sunday night without action. Niger's airspace remains closed.

"The door is still open to diplomacy," Nuland said. Washington, which has around 1,100 troops in the country, has not formally labelled the takeover a coup, a step that would force it to cut most aid.

Secretary of State Antony Blinken has spoken with Bazoum by phone several times since the coup, most recently last week.

Read also:
Wagner in the Sahel: what role in Niger?
France evacuates more than 1,000 people from Niamey
Nigeria's Senate urges Tinubu to seek political solution

Subscribe to the RFI Africa newsletter

Tags: Niger, coup, United States, Victoria Nuland, ECOWAS, Mali, Burkina Faso"""))

A.append(dict(id="h75-06", source="theglobeandmail.com",
url="https://www.theglobeandmail.com/politics/article-trudeau-speaks-with-rouhani-after-iran-admits-downing-flight-ps752/",
published_at="2020-01-11", body="""Skip to main content

S&P/TSX 17,234.51 ▼ -0.14% | CAD/USD 0.7655 ▲ +0.06% | OIL 59.04 ▼ -0.62%

Politics

Trudeau speaks with Rouhani after Iran admits downing Flight PS752

Marie Woolf and Robert Fife
Ottawa
Published January 11, 2020 | Updated January 11, 2020

Prime Minister Justin Trudeau speaks at a news conference in Ottawa on Saturday. Adrian Wyld/The Canadian Press

Prime Minister Justin Trudeau spoke by phone with Iranian President Hassan Rouhani on Saturday and told him Canada expects "a full and complete investigation" and a full accounting, hours after Tehran admitted that its military had unintentionally shot down Ukraine International Airlines Flight PS752.

Mr. Trudeau told a news conference in Ottawa that Mr. Rouhani had offered his condolences and had promised that Iran would co-operate. "Canada will not rest until there is accountability and justice for the families," the Prime Minister said. Fifty-seven Canadians were among the 176 people killed when the Boeing 737 went down minutes after take-off from Tehran on Wednesday.

Mr. Rouhani also spoke by phone on Saturday with Ukrainian President Volodymyr Zelensky, who said on Facebook that the Iranian leader had apologized and had promised to punish those responsible. Mr. Zelensky said Iran should pay compensation and return the bodies of the 11 Ukrainians killed, including the nine crew members.

Iran's armed forces said in a statement that the aircraft had been mistaken for a "hostile target" as it flew near a sensitive military site, hours after Iran fired missiles at bases in Iraq housing U.S. troops.

A week of diplomacy

Foreign Affairs Minister François-Philippe Champagne spoke with his Iranian counterpart, Mohammad Javad Zarif, on Thursday, the highest-level contact between the two countries since Canada cut diplomatic ties in 2012. Mr. Champagne said on Saturday that he had not ruled out meeting Mr. Zarif in person "if it helps the families".

Mr. Trudeau, who spoke with Mr. Zelensky on Thursday, said the two had agreed to co-ordinate closely. A team of 45 Ukrainian experts has been in Tehran since Thursday to take part in the investigation, and two Canadian consular officials arrived there on Saturday after Iran approved their visas.

Ministers from Canada, Ukraine, Sweden, Afghanistan and Britain, the countries that lost citizens, will meet in London on Thursday to discuss legal action and compensation.

TIMELINE
Wednesday, Jan. 8, 6:12 a.m. (Tehran): PS752 crashes after take-off
Thursday, Jan. 9: Trudeau says intelligence shows plane was shot down by Iranian missile
Saturday, Jan. 11: Iran admits "human error"

Conservative Leader Andrew Scheer said the Liberal government should take a harder line. "Our thoughts are with the families, but Canada must also hold the regime to account," he said.

Vigils were held in Edmonton, Toronto and Winnipeg on Saturday.

RELATED
Iranian protesters take to streets after military admits downing plane
Who were the victims of Flight PS752?
Opinion: The lessons of Flight 655

Sign up for the Morning Update newsletter

Report an error | Editorial code of conduct

© Copyright 2020 The Globe and Mail Inc. All rights reserved."""))

A.append(dict(id="h75-07", source="timesofisrael.com",
url="https://www.timesofisrael.com/biden-wraps-up-wartime-visit-says-egypt-to-open-rafah-to-aid-trucks/",
published_at="2023-10-18", body="""Join our WhatsApp community | Sign up for Times of Israel Daily Edition

Israel at War - Day 12

Biden wraps up wartime visit to Israel, says Egypt to open Rafah to aid trucks

US president says he talked Sisi into letting up to 20 trucks into Gaza; Jordan summit scrapped after hospital blast; Scholz in Cairo, Sunak to land Thursday

By TOI Staff | 18 October 2023, 11:54 pm

US President Joe Biden is welcomed by Prime Minister Benjamin Netanyahu upon landing at Ben Gurion Airport, October 18, 2023. (Miriam Alster/Flash90)

US President Joe Biden wrapped up a seven-hour visit to Israel on Wednesday, the first by a sitting American president during wartime, offering full backing to the Jewish state after the October 7 massacres while pressing it to allow humanitarian aid into the Gaza Strip.

Biden was greeted on the tarmac by Prime Minister Benjamin Netanyahu and President Isaac Herzog, then held talks with Netanyahu and with the war cabinet in Tel Aviv. He also met families of some of the roughly 200 people held hostage in Gaza and first responders.

Speaking to reporters aboard Air Force One on the way home, Biden said he had spoken by phone with Egyptian President Abdel Fattah el-Sisi, who agreed to open the Rafah crossing to allow up to 20 trucks of aid into Gaza. "He deserves some real credit," Biden said.

The president had been due to fly on to Amman for a four-way summit with Jordan's King Abdullah II, Sisi and Palestinian Authority President Mahmoud Abbas, but Jordan called off the meeting on Tuesday night after the deadly blast at the Al-Ahli Arab Hospital in Gaza City. Biden said the explosion appeared to have been caused by "the other team", echoing the IDF's conclusion that it was a misfired rocket from Islamic Jihad.

Biden announced $100 million in humanitarian assistance for Palestinians in Gaza and the West Bank.

Scholz shuttles to Cairo

German Chancellor Olaf Scholz, who visited Israel on Tuesday and met Netanyahu, was in Cairo on Wednesday for talks with Sisi. At a joint press conference Sisi warned that moving Gazans into Sinai would turn the peninsula into "a base for attacks" against Israel.

British Prime Minister Rishi Sunak will arrive in Israel on Thursday, Downing Street said on Wednesday evening, and is also expected to travel to other capitals in the region.

Secretary of State Antony Blinken spent much of last week in a marathon tour that took him to Israel twice, as well as Jordan, Qatar, Bahrain, Saudi Arabia, the United Arab Emirates and Egypt.

In Doha, Qatari officials have been engaged in talks with Hamas aimed at the release of hostages, in coordination with Washington, people familiar with the matter said. The IDF says 203 people are being held.

A senior Israeli official told The Times of Israel that Netanyahu had also asked Biden for additional air defense systems and munitions. The White House will ask Congress for an aid package for Israel and Ukraine later this week, officials said.

Live updates: Rockets fired at Tel Aviv, Sderot; IDF strikes Hamas targets across Gaza

READ MORE:
Putin speaks to Netanyahu, offers condolences for Oct. 7 victims
Families of hostages meet Biden: "He listened"
Jordan's king: No refugees in Jordan, no refugees in Egypt

Comments (312) | Share on Facebook | Twitter | Email

© 2023 The Times of Israel, all rights reserved"""))

A.append(dict(id="h75-08", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/first-evacuation-flight-from-romania-lands-modi-speaks-to-zelensky-101645881234567.html",
published_at="2022-02-26", body="""SENSEX 55,858.52 ▲ +1,328.61 | NIFTY 16,658.40 ▲ +410.45 | GOLD 50,850 ▼ -1.5% | BRENT $97.93

Subscribe to HT Premium | Sign in

India News

First evacuation flight from Romania lands in Mumbai; PM Modi speaks to Zelensky

Stranded students walk towards the Ukraine-Romania border at Siret. (Reuters)

By HT Correspondent, New Delhi
Updated on Feb 26, 2022 11:48 PM IST

The first Air India evacuation flight carrying 219 Indian nationals from Bucharest landed in Mumbai on Saturday evening, and a second aircraft with 250 passengers was on its way to Delhi, as the government began what it has named Operation Ganga to bring home around 16,000 Indians, mostly students, stranded in Ukraine.

Prime Minister Narendra Modi spoke on the phone with Ukrainian President Volodymyr Zelensky on Saturday and conveyed his "deep anguish about the loss of life and property", the Prime Minister's Office said. Modi called for an immediate cessation of violence and a return to dialogue and sought Ukraine's help in the safe evacuation of Indian citizens. Zelensky later tweeted that he had briefed Modi on "the course of repelling Russian aggression" and asked for India's political support at the UN Security Council.

The call came two days after Modi spoke with Russian President Vladimir Putin on Thursday night and appealed for the violence to end. He also raised the safety of Indian nationals, the PMO said then.

Ukraine's airspace is closed, so Indians are being taken across the land borders into Romania, Hungary, Poland and Slovakia, from where special flights will take them home. Teams of Indian diplomats, including Russian-speaking officers, have been posted at the crossing points.

External affairs minister S Jaishankar spoke to his counterparts in Romania, Hungary, Poland and Slovakia over the last two days to seek their help with the transit of Indians. "Thank Romanian FM Bogdan Aurescu for his strong support," he tweeted on Friday, adding that Hungarian foreign minister Peter Szijjarto had assured him of "full facilitation". He also spoke to Polish foreign minister Zbigniew Rau and Slovak foreign minister Ivan Korcok.

Foreign secretary Harsh Vardhan Shringla said the government had issued an advisory asking Indians not to move to border posts without coordinating with embassy officials. "The situation is extremely complex and we will bring every Indian back," he said.

India abstained on Friday on a US-sponsored resolution at the UN Security Council deploring Russia's invasion, which was vetoed by Russia. New Delhi's explanation of vote said "dialogue is the only answer to settling differences".

Parents of students in Kharkiv and Sumy, in eastern Ukraine far from the western borders, told HT that their children were sheltering in basements and metro stations.

Helpline numbers for families: 1800118797 (toll free), +91-11-23012113, +91-11-23014104

TRENDING TOPICS
Russia Ukraine war live | Operation Ganga | UP election phase 5 | IPL 2022 schedule

Also Read
"Shelters, not hostels": Students in Kharkiv describe their ordeal
Russia-Ukraine crisis: Oil crosses $100 a barrel for first time since 2014
Watch: Indian flag helps students cross checkpoints

Close Story

© 2022 HT Media Limited. All Rights Reserved."""))

A.append(dict(id="h75-09", source="arabnews.com",
url="https://www.arabnews.com/node/2292516/saudi-arabia",
published_at="2023-04-25", body="""TASI 11,031.18 ▲ +0.52% | Brent $82.77 ▼ -0.16% | Gold $1,995.40 ▲ +0.21%

Saudi Arabia

Saudi FM holds calls on Sudan as evacuation ships bring thousands to Jeddah

Evacuees from Sudan disembark from a Saudi naval vessel at King Faisal Naval Base in Jeddah on Monday. (SPA)

Updated 25 April 2023

ARAB NEWS
JEDDAH

Saudi Foreign Minister Prince Faisal bin Farhan held a series of telephone calls on Monday about the fighting in Sudan, as Saudi naval and chartered vessels continued to bring civilians of dozens of nationalities from Port Sudan to Jeddah.

Prince Faisal spoke with US Secretary of State Antony Blinken, and the two discussed efforts to secure a lasting ceasefire and the safe evacuation of civilians, the Saudi Press Agency reported. Hours later, Blinken announced that the Sudanese Armed Forces and the paramilitary Rapid Support Forces had agreed to a 72-hour nationwide ceasefire starting at midnight.

The minister also spoke with his British counterpart James Cleverly, who thanked the Kingdom for including UK nationals on its ships, and with General Abdel Fattah Al-Burhan, head of Sudan's Sovereign Council and commander of the army. He also received a call from RSF leader Mohamed Hamdan Dagalo, SPA said.

According to the Ministry of Foreign Affairs, 1,687 people from 58 countries had been evacuated to Jeddah by Monday night, including 91 Saudi citizens. Officials greeted the arrivals at the King Faisal Naval Base with roses and water.

India's Minister of State for External Affairs V. Muraleedharan arrived in Jeddah on Monday to oversee India's evacuation effort, dubbed Operation Kaveri. The first batch of 278 Indians reached the city on board the Indian Navy's INS Sumedha on Tuesday. He thanked Saudi officials for their "excellent support".

Several other countries, including Pakistan, Egypt, Indonesia and the Philippines, have moved citizens overland to Port Sudan or Egypt, while France, Germany and the UK have run airlifts from airfields near Khartoum, using Djibouti as a hub.

The fighting, which erupted on April 15 between Al-Burhan's forces and the RSF, has killed at least 427 people and wounded more than 3,700, the World Health Organization said.

The Kingdom and the US have called on both sides to "fully implement" the truce. Diplomats said a meeting of the warring parties' representatives under Saudi-US auspices was being discussed, but no date or venue had been agreed.

MOST POPULAR
Saudi FM in Damascus for first visit since 2011
Saudi, Iranian foreign ministers meet in Beijing
Hajj 2023: Registration opens for domestic pilgrims

Download the Arab News app | Follow us on Twitter and Instagram

Copyright: Arab News © 2023 All rights reserved"""))

A.append(dict(id="h75-10", source="miamiherald.com",
url="https://www.miamiherald.com/news/nation-world/world/americas/haiti/article252713428.html",
published_at="2021-07-12", body="""Sign In | Subscribe. Unlimited digital access $1 for 6 months.

HAITI

US delegation meets rival Haitian leaders as power struggle follows Moïse assassination

By Jacqueline Charles
Updated July 12, 2021 7:30 AM

Acting Prime Minister Claude Joseph speaks at a news conference in Port-au-Prince on Thursday. MATIAS DELACROIX AP

PORT-AU-PRINCE, HAITI - A delegation of senior US officials flew into Haiti on Sunday and met with the three men who claim the right to lead the country after the assassination of President Jovenel Moïse, in a bid to push them towards an agreement.

The delegation, which included National Security Council senior director Juan Gonzalez and officials from the Department of Homeland Security, the Justice Department and the State Department, met jointly with acting Prime Minister Claude Joseph, prime minister-designate Ariel Henry and Senate President Joseph Lambert, according to people familiar with the talks. FBI agents also assessed the investigation.

"The United States remains committed to supporting the Haitian people," White House press secretary Jen Psaki said, adding that the delegation would brief President Joe Biden on its return. The administration has so far rejected a request by Joseph's government for US troops to protect key infrastructure.

Moïse was killed in his home in the hills above the capital before dawn on Wednesday. Haitian police say a group of 26 Colombians and two Haitian-Americans carried out the attack, and have arrested 18 of the Colombians. On Sunday they announced the arrest of a Florida-based Haitian doctor they described as a central figure in the plot.

Colombian President Iván Duque said on Friday that he had spoken with Joseph and offered "full cooperation" in the investigation. The director of Colombia's national intelligence directorate and senior police officers, together with Interpol officials, will travel to Port-au-Prince this week, Colombian police chief Gen. Jorge Luis Vargas said.

Most of the Colombians were retired soldiers, some of whom had travelled to Haiti via the Dominican Republic. The Dominican government closed its border on Wednesday and has since reopened it for trade only.

Haiti's 1987 constitution offers no clear path for succession with parliament effectively dissolved. Henry was named by Moïse two days before his death but had not been sworn in, while Lambert was elected by the remaining ten senators on Friday.

A United Nations team is also expected in the country this week.

TIMELINE
Wednesday: Moïse shot dead at his residence in Pèlerin
Thursday: police kill three suspects, arrest others
Friday: Lambert elected provisional president by Senate
Sunday: US delegation in Port-au-Prince

Read Next
Biden to host Merkel at White House on Thursday
How Colombian ex-soldiers ended up in Haiti
Haitians in Miami fear more instability

Comments

Copyright 2021 Miami Herald. All Rights Reserved."""))

A.append(dict(id="h75-11", source="eurasianet.org",
url="https://eurasianet.org/erdogan-in-nakhchivan-as-karabakh-armenians-flee-us-aid-chief-in-yerevan",
published_at="2023-09-26", body="""Support independent journalism on Eurasia. Donate today.

Erdogan in Nakhchivan as Karabakh Armenians flee; US aid chief in Yerevan

Joshua Kucera | Sep 26, 2023

Cars of refugees from Nagorno-Karabakh queue near the Kornidzor checkpoint in Armenia's Syunik region. (photo: Joshua Kucera)

Turkish President Recep Tayyip Erdogan held talks with his Azerbaijani counterpart Ilham Aliyev in Nakhchivan on September 25, his first face-to-face meeting with Aliyev since Azerbaijan's lightning offensive last week forced Nagorno-Karabakh's ethnic Armenian authorities to capitulate.

The two leaders opened a gas pipeline linking Turkey to the Azerbaijani exclave and inspected a modernized military complex. Speaking in Nakhchivan, Erdogan praised the "successful conclusion" of the operation and urged Armenia to open a land route across its Syunik region to connect Azerbaijan with its exclave, a project Yerevan rejects.

As they spoke, tens of thousands of Karabakh Armenians were streaming into Armenia over the Lachin corridor, which was reopened after a nine-month blockade. By Tuesday morning the Armenian government said more than 28,000 people had crossed. A fuel depot explosion near Stepanakert on Monday night killed at least 20 and injured around 300.

In Yerevan, US Agency for International Development Administrator Samantha Power arrived on Monday, the most senior American official to visit since the crisis began. She met Prime Minister Nikol Pashinyan on Tuesday and was due to travel to the border village of Kornidzor to meet arriving refugees. Power announced 11.5 million dollars in humanitarian aid. She was accompanied by Yuri Kim, the acting assistant secretary of state for European and Eurasian affairs.

Secretary of State Antony Blinken spoke with Aliyev and with Pashinyan by telephone on September 19, the first day of the offensive, urging an immediate halt.

Next steps

Pashinyan and Aliyev are expected to meet on the sidelines of the European Political Community summit in Granada on October 5, in a format including French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel. Security advisers of the two countries are also due to meet in Brussels under EU auspices.

Many observers in Yerevan were sceptical. "Every meeting so far has ended with Baku getting what it wanted," said one analyst. Pashinyan has accused Russia, whose peacekeepers stood by during the offensive, of failing to protect Karabakh's population, and Moscow has in turn blamed Yerevan's Western turn.

Azerbaijani officials have met representatives of the Karabakh Armenians twice in the town of Yevlakh to discuss their "reintegration". The de facto leadership announced on Thursday that it would dissolve its institutions.

Related
Karabakh's exodus: "We will never go back"
Russia's peacekeepers: bystanders to the end?
Azerbaijan arrests former Karabakh leader Ruben Vardanyan at border

Tags: Armenia, Azerbaijan, Turkey, Nagorno-Karabakh, refugees, United States

Eurasianet is an independent news organization. Sign up for our weekly newsletter."""))

A.append(dict(id="h75-12", source="nst.com.my",
url="https://www.nst.com.my/news/nation/2025/07/1251345/thailand-cambodia-agree-immediate-ceasefire-after-putrajaya-talks",
published_at="2025-07-28", body="""FBMKLCI 1,530.12 ▼ -2.36 | USD/MYR 4.2185 | Brent 69.44

NATION

Thailand, Cambodia agree to "immediate and unconditional" ceasefire after Putrajaya talks

By Adib Povera and Farah Solhi - July 28, 2025 @ 9:47pm

Datuk Seri Anwar Ibrahim (centre) with Cambodian Prime Minister Hun Manet (left) and Thai acting Prime Minister Phumtham Wechayachai after their meeting at Seri Perdana, Putrajaya. - BERNAMA PIC

PUTRAJAYA: Thailand and Cambodia have agreed to an immediate and unconditional ceasefire effective from midnight tonight, following talks in Putrajaya chaired by Prime Minister Datuk Seri Anwar Ibrahim, ending five days of border fighting that has killed more than 35 people and displaced over 260,000.

Cambodian Prime Minister Hun Manet and Thai acting Prime Minister Phumtham Wechayachai met face-to-face at Anwar's official residence, Seri Perdana, in their first talks since clashes broke out on Thursday along the disputed border.

Anwar, who chairs ASEAN this year, read out a joint statement after the two-hour meeting with both leaders at his side. The US ambassador to Malaysia and China's ambassador attended as observers.

"This is a first, vital step towards de-escalation and the restoration of peace," Anwar said. He had spoken by phone with both leaders on Thursday, hours after the fighting began, offering Malaysia's good offices.

The talks followed pressure from US President Donald Trump, who said on Saturday he had called both Hun Manet and Phumtham and warned that Washington would not conclude trade deals with either country while fighting continued. US Secretary of State Marco Rubio also spoke with the two countries' foreign ministers over the weekend.

Under the joint statement, military commanders from both sides will hold an informal meeting on Tuesday morning, and a General Border Committee meeting is to be convened on August 4 to work out the details of monitoring. Malaysia offered to coordinate an ASEAN observer team.

Hun Manet told reporters he hoped the agreement would allow displaced families to return home soon. Phumtham said Thailand would respect the ceasefire "in good faith" but reserved the right to respond if attacked.

The crisis erupted after a Thai soldier lost a leg to a landmine last week, prompting Bangkok to expel Cambodia's ambassador and recall its own envoy from Phnom Penh. Thailand's Prime Minister Paetongtarn Shinawatra has been suspended from office since July 1 over a leaked phone call with former Cambodian leader Hun Sen.

Fighting with artillery, rockets and F-16 jets had spread to at least a dozen locations along the 817km frontier.

RELATED STORIES
Anwar: Asean stands ready to send observers
Thai and Cambodian workers in Malaysia urged to stay calm
Oil palm prices slip on weaker soybean oil

Tags: Thailand, Cambodia, ceasefire, Anwar Ibrahim, ASEAN

Download the NST app | Subscribe to our newsletter

Copyright © 2025 New Straits Times Press (M) Berhad"""))
