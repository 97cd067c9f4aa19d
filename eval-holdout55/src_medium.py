# Medium wire-style stories (1,200-2,000 characters), h55-13 .. h55-26
M = []

M.append(dict(id="h55-13", source="english.news.cn",
url="http://english.news.cn/20240508/3f9a6c2e1b7d4e0a9c5b8d7e6f1a2b3c/c.html",
published_at="2024-05-08", body="""Xi, Vucic hold talks in Belgrade, agree to build China-Serbia community with shared future

Source: Xinhua | Editor: huaxia | 2024-05-08 19:40:12

BELGRADE, May 8 (Xinhua) -- Chinese President Xi Jinping held talks with Serbian President Aleksandar Vucic in Belgrade on Wednesday, and the two heads of state announced the building of a China-Serbia community with a shared future in the new era.

Vucic held a grand welcome ceremony for Xi in front of the Palace of Serbia, where thousands of people waving the national flags of the two countries had gathered.

Xi said the ironclad friendship between China and Serbia had stood the test of a changing international landscape. Noting that this year marks the 25th anniversary of the NATO bombing of the Chinese embassy in the then Federal Republic of Yugoslavia, Xi said the Chinese people cherish peace but will never allow such tragic history to repeat itself.

Vucic said Serbia firmly abides by the one-China principle and that Serbia's friendship with China is "unbreakable".

After the talks, the two heads of state signed a joint statement and witnessed the exchange of 28 cooperation documents covering infrastructure, economy and trade, science and technology, e-commerce and media. The China-Serbia free trade agreement will take effect on July 1.

Xi flew in from Paris on Tuesday night for the state visit. He will leave Belgrade later on Wednesday for Budapest, where he will pay a state visit to Hungary at the invitation of Hungarian President Tamas Sulyok. Enditem

Photo: Chinese President Xi Jinping attends a welcome ceremony held by Serbian President Aleksandar Vucic in Belgrade, Serbia, May 8, 2024. (Xinhua/Liu Bin)

Most viewed | Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h55-14", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/74981",
published_at="2024-09-03", body="""President of Russia
Events | Structure | Videos and photos | Documents | Contacts

Russian-Mongolian talks

September 3, 2024, 13:45 | Ulaanbaatar

Vladimir Putin, who is in Mongolia on an official visit, held talks with President of Mongolia Ukhnaa Khurelsukh.

Before the talks, an official welcome ceremony took place on Sukhbaatar Square in front of the State Palace, with a mounted guard of honour in historical dress.

The talks were held in restricted format and then with the participation of the two delegations. The parties discussed trade and economic cooperation, energy, the modernisation of the Ulaanbaatar Railway and preparations for events marking the 85th anniversary of the joint victory at Khalkhin Gol.

Following the talks, a number of documents were signed in the presence of the two presidents, including an agreement on the design and reconstruction of Ulaanbaatar Combined Heat and Power Plant No. 3, an agreement on supplies of aviation fuel, and memorandums on environmental protection and healthcare.

Vladimir Putin invited Ukhnaa Khurelsukh to visit Russia. The invitation was accepted with gratitude.

The President of Russia arrived in Ulaanbaatar on the evening of September 2. Later today, the presidents will attend a ceremony dedicated to the Khalkhin Gol anniversary.

Topics: Foreign policy
Geography: Mongolia
Persons: Khurelsukh Ukhnaa

Publication date: September 3, 2024, 13:45
Direct link: en.kremlin.ru/d/74981

Other news in this section
September 2, 2024 | Visit to the Republic of Tuva
August 27, 2024 | Telephone conversation with Prime Minister of India Narendra Modi
August 19, 2024 | Russian-Azerbaijani talks (state visit to Azerbaijan)
August 15, 2024 | Meeting with Governor of Kursk Region Alexei Smirnov"""))

M.append(dict(id="h55-15", source="reuters.com",
url="https://www.reuters.com/article/us-usa-japan-trade-idUSKBN1WM2BQ",
published_at="2019-10-07", body="""Reuters
World | Business | Markets | Breakingviews | Video

BUSINESS NEWS | OCTOBER 7, 2019 / 5:12 PM

U.S., Japan sign trade deal cutting farm tariffs, setting digital trade rules

By Lena Morrow and Kenji Hatanaka | 3 Min Read

WASHINGTON (Reuters) - The United States and Japan signed a limited trade agreement on Monday that cuts Japanese tariffs on American beef, pork and other farm goods and sets rules for digital trade, a deal President Donald Trump hailed as a "huge victory" for U.S. farmers.

U.S. Trade Representative Robert Lighthizer and Japan's ambassador in Washington, Shinsuke Sugiyama, signed the two agreements at a ceremony in the Oval Office with Trump looking on.

Trump and Japanese Prime Minister Shinzo Abe had settled the final terms when they met on the sidelines of the United Nations General Assembly in New York last month.

The deal opens Japanese markets to about $7 billion of U.S. agricultural products, bringing American exporters in line with rivals from countries in the Trans-Pacific Partnership. In return, Washington will cut tariffs on some Japanese industrial goods, such as machine tools, but not on cars.

Japanese officials said they had received assurances that Trump would not impose national security tariffs on Japanese autos, though U.S. officials were less categorical.

The agreement still needs the approval of Japan's parliament, where the government aims to have it in force by Jan. 1. It does not require a vote in Congress.

Lighthizer's attention now turns to China. Chinese Vice Premier Liu He is due in Washington on Thursday for two days of talks with Lighthizer and Treasury Secretary Steven Mnuchin, the first high-level round since the two sides met in Shanghai in July, ahead of a scheduled tariff increase on Oct. 15.

Reporting by Lena Morrow and Kenji Hatanaka; Editing by Paul Ridley

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h55-16", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-foreign-minister-in-baghdad-for-talks-on-water-energy-counterterrorism/2973518",
published_at="2023-08-22", body="""POLITICS

Turkish foreign minister in Baghdad for talks on water, energy, counterterrorism

Hakan Fidan meets Iraqi premier, says PKK presence in Iraq 'threatens our bilateral relations'

Yusuf Kaplanoğlu | 22.08.2023 - Update : 22.08.2023

ANKARA

Turkish Foreign Minister Hakan Fidan held talks with Iraqi leaders in Baghdad on Tuesday during his first visit to Iraq since taking office in June.

Fidan met Prime Minister Mohammed Shia al-Sudani, President Abdul Latif Rashid and Parliament Speaker Mohammed al-Halbousi, and held a meeting with his counterpart Fuad Hussein, according to diplomatic sources.

At a joint news conference with Hussein, Fidan said Türkiye expected Baghdad to recognize the PKK as a terrorist organization. "The PKK's presence in Iraq is a threat to Iraq's sovereignty and to our bilateral relations," he said.

The ministers discussed water sharing from the Tigris and Euphrates rivers, the resumption of oil exports through the Iraq-Türkiye pipeline, halted since March after an arbitration ruling, and the Development Road project to link the port of Al-Faw in southern Iraq to the Turkish border by road and rail.

Hussein said Baghdad wanted a "fair and permanent" arrangement on water and that technical teams would assess the pipeline before flows could restart.

Fidan is scheduled to travel to Erbil on Wednesday for meetings with officials of the Iraqi Kurdish Regional Government.

He also said preparations were under way for a visit to Iraq by President Recep Tayyip Erdogan, without giving a date.

Only part of the news distributed to subscribers through the AA News Broadcasting System (HAS) is published on the Anadolu Agency website, in summarised form. Contact us for subscription options."""))

M.append(dict(id="h55-17", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20180323006152315",
published_at="2018-03-23", body="""Yonhap News Agency
National | North Korea | Economy | Market | Sci/Tech | Culture | Sports

(LEAD) Moon, Vietnam's Quang agree to boost trade to $100 bln by 2020

2018-03-23 17:41

HANOI, March 23 (Yonhap) -- President Moon Jae-in and his Vietnamese counterpart Tran Dai Quang agreed Friday to expand bilateral trade to US$100 billion by 2020, as the South Korean leader pushed ahead with his policy of broadening ties beyond the four major powers around the Korean Peninsula.

The two leaders held summit talks at the Presidential Palace in Hanoi following an official welcoming ceremony, at which Moon reviewed an honor guard.

They then witnessed the signing of memorandums of understanding on science and technology, smart cities, and cooperation between small and medium-sized enterprises, Cheong Wa Dae said.

Moon, who arrived in Hanoi on Thursday for a three-day state visit, was also scheduled to meet Prime Minister Nguyen Xuan Phuc and Communist Party General Secretary Nguyen Phu Trong later in the day.

On Thursday, he met Park Hang-seo, the South Korean coach who led Vietnam's under-23 football team to the final of the Asian championship in January, and thanked him for "building a bridge" between the two peoples.

Moon will leave for the United Arab Emirates on Saturday for a four-day state visit, during which he will hold talks with Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed Al Nahyan and attend a ceremony marking the completion of the first reactor at the Barakah nuclear power plant, built by a Korean consortium.

The trip comes as Seoul prepares for a summit between Moon and North Korean leader Kim Jong-un set for late April at the truce village of Panmunjom.

(END)

Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent."""))

M.append(dict(id="h55-18", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/64/377082/Egypt/Politics-/Egypt,-Greece-sign-maritime-boundary-deal-in-Cairo.aspx",
published_at="2020-08-06", body="""Ahram Online
Home | Egypt | World | Business | Life & Style | Sports | Arts & Culture | Opinion

Egypt, Greece sign maritime boundary deal in Cairo

Ahram Online, MENA, Thursday 6 Aug 2020

Egyptian Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias signed an agreement in Cairo on Thursday delimiting the exclusive economic zones of the two countries in the Eastern Mediterranean.

The agreement allows both countries to make the most of the resources available in their economic zones, particularly promising oil and gas reserves, Shoukry told a joint press conference following the signing.

Dendias, who flew to Cairo for the ceremony, said the accord fully respects international law and the UN Convention on the Law of the Sea, and that the memorandum signed last year between Turkey and Libya's Tripoli-based Government of National Accord had now "ended up where it belonged from the start: in the bin".

Turkey's foreign ministry said within hours that Ankara considered the agreement "null and void", arguing that Egypt and Greece have no shared maritime boundary.

The two countries had been negotiating the partial demarcation for more than a decade, and talks accelerated after the Turkey-GNA memorandum was signed in November. Egypt, Greece and Cyprus have held regular trilateral summits since 2014 on energy and security cooperation.

The agreement will be submitted to the parliaments of both countries for ratification.

Short link: https://english.ahram.org.eg/News/377082.aspx

Other news
Shoukry receives phone call from Cypriot counterpart Christodoulides
Sisi calls Lebanese President Aoun, offers assistance after Beirut blast
Egypt's COVID-19 daily cases fall below 200"""))

M.append(dict(id="h55-19", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-nguyen-phu-trong-holds-talks-with-us-president-joe-biden-post267412.vnp",
published_at="2023-09-10", body="""VietnamPlus | Vietnam News Agency
Politics | Business | Society | World | Culture | Sports

Party chief Nguyen Phu Trong holds talks with US President Joe Biden

Hanoi (VNA) - General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong held talks with President of the United States Joe Biden at the Party Central Committee's headquarters in Hanoi on September 10 afternoon.

President Biden is paying a state visit to Vietnam from September 10 to 11 at the invitation of General Secretary Trong.

The two leaders agreed to upgrade Vietnam-US relations to a Comprehensive Strategic Partnership for peace, cooperation and sustainable development, and issued a joint statement on the new framework.

Trong stressed that Vietnam consistently pursues its foreign policy of independence, self-reliance, multilateralisation and diversification, and that the two countries' relations should be based on respect for each other's political institutions, independence, sovereignty and territorial integrity.

Biden said the US supports a strong, independent, prosperous and resilient Vietnam, and proposed stronger cooperation in semiconductors, digital technology, climate response and the settlement of war consequences.

The US President arrived at Noi Bai International Airport in the afternoon, after attending the G20 Summit in New Delhi, India.

During the visit, President Biden is scheduled to attend an official welcome ceremony hosted by State President Vo Van Thuong, and to meet Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue on September 11. - VNA

Related news
PM Pham Minh Chinh meets Indian counterpart in Jakarta
Vietnam, US hold business forum on innovation"""))

M.append(dict(id="h55-20", source="plenglish.com",
url="https://www.plenglish.com/news/2022/11/22/diaz-canel-and-putin-unveil-monument-to-fidel-castro-in-moscow/",
published_at="2022-11-22", body="""Prensa Latina - Latin American News Agency
Home | Cuba | Latin America | World | Economy | Culture | Sports

Díaz-Canel and Putin unveil monument to Fidel Castro in Moscow

Moscow, Nov 22 (Prensa Latina) Cuban President Miguel Díaz-Canel and his Russian counterpart Vladimir Putin on Tuesday unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro, in a square bearing his name in the northwest of the Russian capital.

Speaking at the ceremony, Putin described Fidel as an outstanding statesman and a sincere friend of Russia, while Díaz-Canel said the monument honoured "the eternal friendship" between the two peoples.

The two leaders then held official talks at the Kremlin, where they reviewed cooperation in energy, transport, industry and tourism, as well as Russia's participation in the modernisation of Cuban thermoelectric plants. Putin noted that both Russia and Cuba are subjected to illegitimate sanctions and said Moscow would continue to support the island.

The Cuban president arrived in Moscow on Monday on an official visit, the third leg of a tour that earlier took him to Algeria and Turkey. He also laid a wreath at the Tomb of the Unknown Soldier by the Kremlin wall and met State Duma Chairman Vyacheslav Volodin.

From Russia, Díaz-Canel will travel to the People's Republic of China, the last stop of his tour, where he will hold talks with President Xi Jinping.

arb/gfa

Related
Cuban foreign minister highlights results of tour
Cuba rejects new US measures against the island"""))

M.append(dict(id="h55-21", source="guardian.ng",
url="https://guardian.ng/news/blinken-in-abuja-pledges-support-on-sahel-security-heads-to-angola/",
published_at="2024-01-23", body="""The Guardian Nigeria News
Conscience, Nurtured by Truth

USD/NGN 891.90 (NAFEM) | Parallel 1,430 | NGX ASI 82,120 ▲

Blinken in Abuja, pledges support on Sahel security; heads to Angola

By Guardian Nigeria with agency report | 23 January 2024 | 6:14 pm

US Secretary of State Antony Blinken on Tuesday held talks with President Bola Tinubu at the Presidential Villa in Abuja, as Washington seeks to shore up partnerships in West Africa after a string of coups in the Sahel.

Blinken, who arrived in the capital on Monday night from Côte d'Ivoire, also met Foreign Affairs Minister Yusuf Tuggar. At a joint news conference, he praised Nigeria's role in regional security and said the United States wanted to be a partner "that listens".

Tuggar said Nigeria would not be drawn into choosing between partners and called for more US investment in infrastructure and manufacturing.

In Abidjan on Monday, Blinken met President Alassane Ouattara and announced about $45 million in new assistance for security in coastal West African states. He later watched the hosts lose 4-0 to Equatorial Guinea at the Africa Cup of Nations.

The tour began on Sunday in Cabo Verde.

Blinken flies to Luanda on Wednesday for talks with President João Lourenço on the US-backed Lobito rail corridor linking Angola's Atlantic coast with the mining regions of Congo and Zambia. (AFP)

Related
Tinubu departs Abuja for private visit to France
Shettima flags off irrigation project in Kano
Naira weakens further at parallel market"""))

M.append(dict(id="h55-22", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2022-01/31/0071-hh-the-amir-us-president-hold-official-talks-at-white-house",
published_at="2022-01-31", body="""Qatar News Agency
Home | Local | Gulf | Arab | International | Economy | Sports

HH the Amir, US President Hold Official Talks at White House

Washington, January 31 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani and President of the United States of America Joe Biden held official talks at the White House in Washington on Monday.

At the outset of the talks, President Biden welcomed HH the Amir and expressed his appreciation for the State of Qatar's role in the evacuation of thousands of people from Afghanistan and its efforts to promote regional stability.

HH the Amir thanked the US President for the warm welcome and affirmed the depth of the strategic partnership between the two countries.

The talks dealt with bilateral relations in the fields of energy, investment, trade and defence, as well as global energy security, developments in Afghanistan, the Palestinian cause and the negotiations on the Iranian nuclear file.

President Biden told reporters that he would notify Congress of his intention to designate the State of Qatar as a Major Non-NATO Ally.

Following the talks, HH the Amir and the US President attended the signing of an agreement between Qatar Airways and Boeing for the purchase of freighter aircraft.

The official talks were attended by HE the Deputy Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani and members of the official delegation, and on the US side by Secretary of State Antony Blinken and National Security Adviser Jake Sullivan.

HH the Amir had arrived in Washington on Sunday on an official visit to the United States.

QNA

Other news
HH the Amir Receives Phone Call from Iranian President
Qatar Airways Posts Record Cargo Volumes"""))

M.append(dict(id="h55-23", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1183101",
published_at="2022-09-05", body="""Philippine News Agency
Home | Top Stories | National | Provincial | Business | Foreign

PBBM, Widodo hold bilateral meeting in Bogor; 4 deals signed

By Jerome Sabado-Lindo | September 5, 2022, 6:12 pm

MANILA - President Ferdinand R. Marcos Jr. and Indonesian President Joko Widodo on Monday held a bilateral meeting at the Bogor Palace in West Java, where the two leaders witnessed the signing of four agreements.

Marcos was accorded full military honors at an official welcome ceremony on the palace grounds before the talks.

The documents signed include a plan of action for the period 2022 to 2027, a cultural exchange program, and memoranda of understanding on defense and security cooperation and on the creative economy, the Presidential Communications Office said.

The two leaders discussed maritime security in the Sulu and Celebes seas, trade, and the protection of migrant workers, as well as the situation in Myanmar.

"Indonesia is our close neighbor and one of our most important partners in the region," Marcos said.

Marcos arrived in Jakarta on Sunday evening for a three-day state visit, his first trip abroad since assuming office on June 30, and met members of the Filipino community.

He leaves for Singapore on Tuesday for a two-day state visit, where he will meet President Halimah Yacob and Prime Minister Lee Hsien Loong.

Marcos is also expected in New York later this month for the United Nations General Assembly. (PNA)

Share | Facebook | Twitter | Viber"""))

M.append(dict(id="h55-24", source="dawn.com",
url="https://www.dawn.com/news/1807845",
published_at="2024-01-22", body="""DAWN.COM
Home | Latest | Pakistan | World | Business | Opinion | Sport | Prism

KSE-100 63,020 ▼ | USD/PKR 280.1

Pakistan, Iran agree to return envoys to posts by Jan 26; Amir-Abdollahian to visit Islamabad

Reuters | APP
Published January 22, 2024 | Updated about 3 hours ago

Pakistan and Iran on Monday agreed that their ambassadors would return to their posts by January 26 and that Iranian Foreign Minister Hossein Amir-Abdollahian would visit Islamabad on January 29, after last week's tit-for-tat strikes, the two countries' foreign ministries said.

The decisions were taken during a telephone conversation between caretaker Foreign Minister Jalil Abbas Jilani and Amir-Abdollahian, according to a joint statement issued by the Foreign Office.

Iran struck what it said were militants of the Jaish al-Adl group in Balochistan's Panjgur district last Tuesday, killing two children, prompting Islamabad to recall its ambassador from Tehran and bar the Iranian envoy, who was in Iran at the time, from returning. Two days later, Pakistan hit what it described as hideouts of Baloch separatist groups in Iran's Sistan-Baluchestan province.

Caretaker Prime Minister Anwaarul Haq Kakar, who cut short his trip to Davos, chaired a meeting of the National Security Committee on Friday, which called for de-escalation while warning that any further violation would be met with "the full might of the state".

China, which has close ties with both countries, has offered to play a "constructive role", while Turkish Foreign Minister Hakan Fidan held phone calls with both counterparts last week, Turkish diplomatic sources said.

Related
Security forces kill militants in North Waziristan operation
PTI candidates file appeals over rejected nomination papers

Comments (41) | Closed"""))

M.append(dict(id="h55-25", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/04/2c7a91e5d0f3-hayashi-presses-china-over-detained-japanese.html",
published_at="2023-04-02", body="""Kyodo News
Japan | World | Business | Sports | Photos | Videos

Hayashi presses China over detained Japanese in 1st visit in over 3 yrs

KYODO NEWS - Apr 2, 2023 - 20:51 | Japan, All, World

BEIJING - Japanese Foreign Minister Yoshimasa Hayashi on Sunday urged his Chinese counterpart Qin Gang to release a Japanese national detained in Beijing last month on suspicion of espionage, as the neighbors held their first foreign ministerial talks in China in more than three years.

During the talks at the Diaoyutai State Guesthouse, which lasted about three hours including a dinner, Hayashi also conveyed "serious concerns" over China's military activity around the Senkaku Islands and near Taiwan, and its growing military cooperation with Russia, a Japanese official said.

Qin, according to the Chinese side, warned Tokyo against joining U.S. efforts to restrict China's access to advanced chipmaking technology, a day after Japan announced export controls on 23 types of semiconductor equipment.

Hayashi, who arrived on Saturday, also met Premier Li Qiang and Wang Yi, the Communist Party's top diplomat.

The detained man, an employee of Astellas Pharma Inc. in his 50s, was taken into custody shortly before he was due to return to Japan.

Prime Minister Fumio Kishida and President Xi Jinping agreed to build "constructive and stable" ties when they met in Bangkok in November on the sidelines of an Asia-Pacific summit.

==Kyodo

Related coverage
Kishida makes surprise visit to Kyiv, meets Zelenskyy
Japan to restrict exports of 23 types of chipmaking equipment"""))

M.append(dict(id="h55-26", source="apnews.com",
url="https://apnews.com/article/russia-ukraine-indonesia-joko-widodo-kyiv-moscow-5b1e8f0c2d",
published_at="2022-06-29", body="""AP News
U.S. | World | Politics | Sports | Entertainment | Business | Science

Indonesia's Widodo visits Kyiv, offers to carry message to Putin

By OLEKSA HRYTSENKO and NIKEN SULASTRI | June 29, 2022

KYIV, Ukraine (AP) — Indonesian President Joko Widodo met with Ukrainian President Volodymyr Zelenskyy in Kyiv on Wednesday and offered to carry a message to Russian President Vladimir Putin, whom he is due to meet in Moscow on Thursday.

Widodo, the first Asian leader to visit Ukraine since the Russian invasion, traveled overnight by train from Poland and toured the devastated suburb of Irpin before the talks at the Mariinsky Palace.

"I have offered myself to carry a message from President Zelenskyy to President Putin," Widodo said at a joint news conference, adding that the war must end and that food supply chains had to be restored.

Indonesia holds the rotating presidency of the Group of 20 this year, and Widodo has invited both Zelenskyy and Putin to the summit in Bali in November.

Widodo came to Europe for the Group of Seven summit in Germany, where Indonesia was one of several invited nations, and stopped in Warsaw on Tuesday for talks with Polish President Andrzej Duda before boarding the train.

Kremlin spokesman Dmitry Peskov confirmed that Putin would receive Widodo on Thursday and said grain and fertilizer exports would be on the agenda.

Associated Press writers in Jakarta contributed to this report.

Copyright 2022 The Associated Press. All Rights Reserved."""))
