# Medium wire-style stories (1,200-2,000 characters), h77-13 .. h77-26
M = []

M.append(dict(id="h77-13", source="english.news.cn",
url="http://english.news.cn/20230518/c4e1b7a92f8d4e6b9a3c5d7e1f2a4b6c/c.html",
published_at="2023-05-18", body="""Xi holds talks with Central Asian presidents in Xi'an ahead of summit

Source: Xinhua | Editor: huaxia | 2023-05-18 23:41:07

XI'AN, May 18 (Xinhua) -- Chinese President Xi Jinping on Thursday held talks in the northwestern city of Xi'an with the presidents of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan, who are in China for the first China-Central Asia Summit.

In back-to-back meetings with Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov, Xi said China stands ready to work with the Central Asian countries to build a closer community with a shared future and to deepen cooperation in trade, energy, connectivity and security.

The Central Asian leaders said their countries firmly adhere to the one-China principle and welcome the Belt and Road Initiative.

On Wednesday, Xi held talks with Kazakh President Kassym-Jomart Tokayev, who is on a state visit to China. The two heads of state witnessed the signing of a number of cooperation documents after their talks.

On Thursday evening, Xi and his wife Peng Liyuan hosted a welcome banquet for the five visiting presidents and their spouses at the Tang Paradise park.

The summit, to be chaired by Xi on Friday, is the first in-person meeting of the six heads of state since the mechanism was set up in 2020. The leaders are expected to sign the Xi'an Declaration and other documents.

Xi'an, capital of Shaanxi Province, was the eastern starting point of the ancient Silk Road. Enditem

Photo: Chinese President Xi Jinping holds talks with Turkmen President Serdar Berdimuhamedov in Xi'an, northwest China's Shaanxi Province, May 18, 2023. (Xinhua/Li Wenhao)

Most viewed | Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h77-14", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_3412870",
published_at="2023-01-11", body="""Ethiopian News Agency

Addis Ababa  Wednesday January 11, 2023

PM Abiy Receives Chinese Foreign Minister Qin Gang

Addis Ababa, January 11/2023 (ENA) Prime Minister Abiy Ahmed today received Chinese Foreign Minister Qin Gang, who is in Ethiopia on the first leg of his first overseas trip since taking office.

During the meeting, the two sides discussed ways of further strengthening the comprehensive strategic cooperative partnership between the two countries, as well as the implementation of the peace agreement signed in Pretoria in November.

Prime Minister Abiy thanked China for its consistent support to Ethiopia in multilateral forums and for its role in the country's development, according to the Office of the Prime Minister.

Qin arrived in Addis Ababa on Monday night and held talks yesterday with Deputy Prime Minister and Foreign Minister Demeke Mekonnen on trade, investment and debt. He also met African Union Commission Chairperson Moussa Faki Mahamat and attended the inauguration of the new Africa CDC headquarters, built with Chinese funding.

The Chinese Foreign Ministry said the minister's tour will continue to Gabon, Angola, Benin and Egypt, where he will also visit the headquarters of the League of Arab States, until January 16.

Chinese foreign ministers have made Africa the destination of their first overseas trip of the year for 33 consecutive years.

Related news
Ethiopia, World Bank sign 300 million USD grant agreement
Ethiopian Airlines resumes flights to Mekelle

Share: Facebook | Twitter | Telegram"""))

M.append(dict(id="h77-15", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=2617853&language=en",
published_at="2017-06-07", body="""Kuwait News Agency (KUNA)

Amir arrives in Dubai after Jeddah talks; to head to Doha

GULF 07/06/2017 12:55 PM

DUBAI, June 7 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah arrived in Dubai on Wednesday, and was received at the airport by UAE Vice President, Prime Minister and Ruler of Dubai Sheikh Mohammed bin Rashid Al-Maktoum.

The two leaders held talks on the latest developments in the region and on ways to preserve the unity of the Gulf Cooperation Council (GCC).

His Highness the Amir arrived in Dubai from Jeddah, where on Tuesday he held talks with the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al-Saud on the situation in the Gulf.

His Highness the Amir will travel later on Wednesday to Doha, where he is due to meet Qatar's Amir Sheikh Tamim bin Hamad Al-Thani, the Amiri Diwan said in a statement.

His Highness the Amir is accompanied by First Deputy Prime Minister and Foreign Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah and a high-ranking official delegation.

Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on Monday. Kuwait has maintained its relations with all parties. (end) ak.gb

Other news
Qatar's Amir postpones address at request of Kuwait's Amir
Trump offers help to resolve Gulf dispute in phone call with Qatari Amir
Boursa Kuwait closes week in the green

Copyright © 2017 KUNA. All rights reserved."""))

M.append(dict(id="h77-16", source="apnews.com",
url="https://apnews.com/article/pompeo-peru-chile-paraguay-venezuela-cucuta-4b1f0e2c7a",
published_at="2019-04-13", body="""AP

Pompeo in Peru after Chile, Paraguay stops; Venezuela border visit next

By PAUL KESSLER
April 13, 2019

LIMA, Peru (AP) — Secretary of State Mike Pompeo arrived in Peru on Saturday, the third stop of a four-nation swing through South America aimed at rallying support for pressure on Venezuelan President Nicolás Maduro.

Earlier Saturday, Pompeo was in Asunción, where he met Paraguayan President Mario Abdo Benítez, the first visit to Paraguay by a U.S. secretary of state in decades. On Friday in Santiago, he held talks with Chilean President Sebastián Piñera and warned Latin American governments that Chinese investment often came with strings attached.

Pompeo is set to meet Peruvian President Martín Vizcarra on Sunday morning before flying to Cúcuta, on Colombia's border with Venezuela, to visit a migrant shelter and meet Colombian President Iván Duque.

The U.S. and most of its neighbors recognize opposition leader Juan Guaidó as Venezuela's interim president. Peru hosts the Lima Group of countries seeking a democratic transition in Caracas.

"The Maduro regime's days are numbered," Pompeo told reporters on the flight from Asunción.

More than 3 million Venezuelans have left their country in recent years, many of them for Colombia and Peru, according to the United Nations.

Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

Related: Venezuela's Guaidó calls for new protests | Colombia's Duque seeks more U.S. aid for migrants"""))

M.append(dict(id="h77-17", source="sudantribune.com",
url="https://sudantribune.com/article276104/",
published_at="2023-09-07", body="""Sudan Tribune

Burhan in Doha for talks with Qatar's Emir as regional tour widens

September 7, 2023 (PORT SUDAN) – The head of Sudan's Sovereign Council and commander of the army, Gen. Abdel Fattah al-Burhan, arrived in Doha on Thursday for talks with Emir Sheikh Tamim bin Hamad Al Thani on the war with the Rapid Support Forces (RSF).

The Sovereign Council said the two leaders discussed efforts to end the fighting, humanitarian aid and Qatar's support for the Sudanese people. Burhan was accompanied by acting Foreign Minister Ali al-Sadiq.

The visit is the latest stop in a string of foreign trips since Burhan left the army headquarters in Khartoum in late August. On Monday he was in Juba, where he held talks with South Sudanese President Salva Kiir, and last week he met Egyptian President Abdel Fattah al-Sisi in El Alamein.

Sources in Port Sudan said the general was likely to travel to Eritrea and Turkey in the coming days before heading to New York for the UN General Assembly, but no official schedule has been released.

The RSF said in a statement that Burhan's tour was an attempt to "market himself" abroad and that he had no mandate to represent Sudan.

The Saudi- and US-brokered talks in Jeddah between the two sides have been suspended since June.

Related
RSF shelling kills civilians in Omdurman
Wheat prices soar in Port Sudan markets

Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h77-18", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/us-defense-secretary-austin-holds-talks-in-hanoi-heads-to-manila-4334512.html",
published_at="2021-07-29", body="""VnExpress International

US Defense Secretary Austin holds talks in Hanoi, heads to Manila

By Minh Chau   July 29, 2021 | 04:12 pm GMT+7

U.S. Defense Secretary Lloyd Austin met Vietnamese Defense Minister General Phan Van Giang in Hanoi on Thursday, with war legacy issues and maritime security high on the agenda.

The two ministers agreed to expand cooperation on searching for the remains of soldiers missing from the war and on cleaning up dioxin contamination, and discussed training and the transfer of a third Coast Guard cutter, the Vietnamese ministry said. Austin also met State President Nguyen Xuan Phuc at the Presidential Palace.

"The United States supports a strong, prosperous and independent Vietnam," Austin said, according to a Pentagon readout.

Austin arrived in Hanoi on Wednesday night from Singapore, where on Tuesday he gave a lecture at the International Institute for Strategic Studies and met Prime Minister Lee Hsien Loong and Defense Minister Ng Eng Hen.

He leaves for Manila later on Thursday, the last leg of his Southeast Asia trip, and is scheduled to meet President Rodrigo Duterte on Friday. The future of the Visiting Forces Agreement between the two allies is expected to top the agenda there.

It is the first visit to Southeast Asia by a senior member of the Biden administration.

Related news
Vietnam receives 2 million more Moderna doses from US
HCMC extends social distancing by two weeks
VN-Index falls 1.2 pct as foreign investors sell

Share: Facebook | Twitter"""))

M.append(dict(id="h77-19", source="app.com.pk",
url="https://www.app.com.pk/national/pm-shehbaz-holds-talks-with-iranian-president-pezeshkian-in-tehran/",
published_at="2025-05-26", body="""Associated Press of Pakistan

PM Shehbaz holds talks with Iranian President Pezeshkian in Tehran

TEHRAN, May 26 (APP): Prime Minister Muhammad Shehbaz Sharif on Monday held talks with Iranian President Dr Masoud Pezeshkian at the Saadabad Palace and thanked Iran for its support and its offer of mediation during the recent crisis with India.

The two leaders reviewed bilateral relations and agreed to raise trade, enhance border security cooperation and expedite work on energy projects, the Prime Minister's Office said. The Prime Minister later called on Supreme Leader Ayatollah Ali Khamenei.

The Prime Minister arrived in Tehran from Istanbul, where on Sunday he held talks with President Recep Tayyip Erdogan at the Dolmabahce Palace and thanked Türkiye for standing with Pakistan.

On Tuesday, the Prime Minister will depart for Azerbaijan to attend a trilateral summit with President Ilham Aliyev and President Erdogan in Lachin and hold bilateral talks with President Aliyev. On the final leg of the tour he will travel to Dushanbe, where he will attend the High-Level International Conference on Glaciers' Preservation and meet President Emomali Rahmon.

Deputy Prime Minister and Foreign Minister Ishaq Dar, Field Marshal Syed Asim Munir and Information Minister Attaullah Tarar are accompanying the Prime Minister.

APP/ftm

KSE-100 118,792 ▲ 0.84% | USD/PKR 281.65

Related: Pakistan, Iran agree to boost barter trade | Dar holds telephone conversation with Saudi FM

Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h77-20", source="naharnet.com",
url="https://www.naharnet.com/stories/en/309872-hochstein-after-berri-talks-ceasefire-within-our-grasp",
published_at="2024-11-19", body="""Naharnet

Hochstein after Berri talks: Ceasefire 'within our grasp', heads to Israel

by Naharnet Newsdesk  19 November 2024, 14:05

U.S. envoy Amos Hochstein said Tuesday that a ceasefire between Israel and Hezbollah was "within our grasp" after talks in Beirut with Speaker Nabih Berri, who has been negotiating on behalf of the Iran-backed group.

"We had another very constructive meeting," Hochstein told reporters at Ain el-Tineh after about two hours with Berri. "There is a real opportunity now to bring an end to this conflict." He also met caretaker Prime Minister Najib Mikati at the Grand Serail.

Hochstein said he would see Berri again on Wednesday and then travel to Israel to continue the talks, with a meeting with Prime Minister Benjamin Netanyahu expected later in the week.

Lebanon delivered its response to a U.S. draft proposal on Monday. The plan provides for a 60-day truce during which Israeli troops would withdraw from south Lebanon and Hezbollah would move its fighters north of the Litani river.

Israel's Strategic Affairs Minister Ron Dermer held talks in Washington last week on the proposal.

Israeli strikes hit Beirut's southern suburbs again overnight, and Hezbollah fired rockets at northern Israel.

(AFP)

Most Popular
Israel strikes Dahieh after evacuation warnings
Army deploys in Tyre as displaced return
Lebanese pound steady at 89,500 to the dollar

Comments (6)"""))

M.append(dict(id="h77-21", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-vucic-sign-deals-in-belgrade-ahead-of-zagreb-visit",
published_at="2022-09-07", body="""Daily Sabah

DIPLOMACY

Erdoğan, Vučić sign deals in Belgrade on 2nd leg of Balkan tour

DAILY SABAH WITH AA  ISTANBUL  SEP 07, 2022 - 6:18 PM GMT+3

President Recep Tayyip Erdoğan and Serbian President Aleksandar Vučić on Wednesday signed a series of agreements in Belgrade after talks on trade, energy and the situation in the region, as Erdoğan continued his three-day tour of the Balkans.

The two leaders chaired a meeting of the Türkiye-Serbia High-Level Cooperation Council and later addressed a business forum. Erdoğan said bilateral trade had reached $2 billion and that the goal was $5 billion.

At a joint news conference, the president said he did not find the West's approach to Russia right and that Türkiye would keep its dialogue with both Moscow and Kyiv open.

Erdoğan arrived in Belgrade from Sarajevo, where on Tuesday he met the members of Bosnia and Herzegovina's tripartite presidency, Šefik Džaferović, Željko Komšić and Milorad Dodik.

He will travel to Zagreb on Thursday for talks with Croatian Prime Minister Andrej Plenković and President Zoran Milanović, the first visit by a Turkish president to Croatia in more than a decade.

Erdoğan is also expected to meet Russian President Vladimir Putin on the sidelines of the Shanghai Cooperation Organization (SCO) summit in Samarkand, Uzbekistan, next week, officials said.

BIST 100 3,165.24 ▲ 1.12% | USD/TRY 18.21 | EUR/TRY 18.14

Related
Türkiye, Serbia aim for $5B trade
Erdoğan: Grain corridor to continue

Share: Facebook | Twitter | Whatsapp"""))

M.append(dict(id="h77-22", source="antaranews.com",
url="https://en.antaranews.com/news/236521/president-jokowi-meets-zelenskyy-in-kyiv-to-head-to-moscow",
published_at="2022-06-29", body="""ANTARA News

President Jokowi meets Zelenskyy in Kyiv, to head to Moscow

29th June 2022 21:40

Kyiv (ANTARA) - President Joko Widodo met Ukrainian President Volodymyr Zelenskyy at the Mariinsky Palace in Kyiv on Wednesday, in a peace mission that will take him to Moscow to meet Russian President Vladimir Putin on Thursday.

"I offered to carry a message from President Zelenskyy to President Putin," Jokowi said at a joint press statement. He stressed that the war must end soon and that global food supply chains, disrupted by the conflict, must be restored.

Before the meeting, the Head of State and First Lady Iriana Joko Widodo visited Irpin, a town near Kyiv heavily damaged in the early weeks of the war, and the president laid flowers at a memorial.

Jokowi reached Kyiv after a ten-hour overnight train journey from the Polish border town of Przemysl. He had flown to Poland after attending the Group of Seven summit in Elmau, Germany, as a guest of Chancellor Olaf Scholz.

Jokowi is the first Asian leader to visit Ukraine since the Russian invasion began. Indonesia holds the G20 presidency this year, with the leaders' summit set for Bali in November.

Foreign Minister Retno Marsudi is accompanying the president.

(ANT/ant)

Editor: Rahmad Nasution
COPYRIGHT © ANTARA 2022

Related news: Retno: Indonesia wants food, fertilizer flows restored | Rupiah weakens against US dollar"""))

M.append(dict(id="h77-23", source="astanatimes.com",
url="https://astanatimes.com/2023/11/tokayev-macron-hold-talks-in-astana-sign-agreements-on-energy-and-minerals/",
published_at="2023-11-01", body="""The Astana Times

Tokayev, Macron Hold Talks in Astana, Sign Agreements on Energy and Minerals

By Aigerim Sarsenova in Nation on 1 November 2023

ASTANA – Kazakh President Kassym-Jomart Tokayev and French President Emmanuel Macron held talks at the Akorda presidential residence on Nov. 1, during the first official visit by a French head of state to Kazakhstan since 2014.

The leaders discussed cooperation in energy, critical raw materials, aviation and education, as well as the situation in the region. Tokayev called France "one of our key partners in Europe" and thanked Paris for its investment in the Kazakh economy.

In the presence of the two presidents, officials signed documents on critical minerals, renewable energy and the supply of uranium, with French companies including Orano and TotalEnergies involved.

Macron arrived in Astana late on Oct. 31. On Nov. 2, he leaves for Uzbekistan, the second leg of his Central Asian tour, where he is set to meet President Shavkat Mirziyoyev in Samarkand.

"France wants to be a partner that respects the sovereignty of the countries of this region," Macron told a business forum in the capital.

France is one of the top ten investors in Kazakhstan, with more than 170 companies operating in the country.

Read also: Kazakhstan, EU discuss transport corridor | Astana hosts Central Asian foreign ministers

Share: Facebook | Telegram | X

Subscribe to our newsletter"""))

M.append(dict(id="h77-24", source="mercopress.com",
url="https://en.mercopress.com/2024/02/07/milei-meets-netanyahu-in-jerusalem-italy-and-the-vatican-next",
published_at="2024-02-07", body="""MercoPress, South Atlantic News Agency

Milei meets Netanyahu in Jerusalem; Italy and the Vatican next

Wednesday, February 7th 2024 - 18:02 UTC

Argentine President Javier Milei met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, on his first bilateral trip abroad since taking office in December, and repeated his intention to move Argentina's embassy from Tel Aviv to Jerusalem.

Netanyahu thanked his guest for his "friendship and support" and called the embassy pledge a "historic" decision. Milei also met President Isaac Herzog, and the two discussed the Argentine hostages held by Hamas in Gaza.

Milei landed at Ben Gurion airport on Tuesday and went straight to the Western Wall, where he was photographed in tears in the arms of a rabbi. He is accompanied by Foreign Minister Diana Mondino.

On Thursday he is to visit Kibbutz Nir Oz, which was attacked on October 7, before flying to Rome. In Italy Milei is due to attend the canonization of Mama Antula, Argentina's first female saint, at St Peter's on Sunday, and to be received by Pope Francis in a private audience on Monday. He is also scheduled to meet Prime Minister Giorgia Meloni the same day.

The Argentine leader, who had called the Pope "the representative of the evil one on Earth" during the campaign, has since softened his tone.

Top stories: Falklands: fishing licences record year | Argentine inflation slows to 20.6% in January | Uruguay's Lacalle Pou heads to Brussels

Share: Facebook | Twitter | Email"""))

M.append(dict(id="h77-25", source="timesofoman.com",
url="https://timesofoman.com/article/156830-oman-hosts-iran-us-talks-in-muscat-second-round-next-week",
published_at="2025-04-12", body="""Times of Oman

Oman hosts Iran-US talks in Muscat; second round next week

Muscat: Iran and the United States held talks in Muscat on Saturday, mediated by the Sultanate of Oman, with Foreign Minister Sayyid Badr bin Hamad Albusaidi shuttling between the two delegations, which were seated in separate rooms.

Iranian Foreign Minister Abbas Araghchi and US Special Envoy Steve Witkoff also spoke directly for a few minutes in the presence of the Omani minister as the talks ended, both sides said.

Sayyid Badr said the talks had taken place in "a friendly atmosphere" and had as their goal "a fair and binding agreement". Araghchi told Iranian state television that the two sides had agreed to meet again next Saturday, April 19, adding that the venue could change but that Oman would remain the mediator.

The White House described the talks as "very positive and constructive" and said Witkoff had conveyed President Donald Trump's instructions to resolve the differences "through dialogue and diplomacy, if possible".

Araghchi was received by Sayyid Badr on his arrival on Saturday. Witkoff arrived in Muscat a day after meeting Russian President Vladimir Putin in St Petersburg on Friday.

The talks were the first between the two sides under the Trump administration. Washington withdrew from the 2015 nuclear deal in 2018.

— ONA

MSX 30 4,412.56 ▼ 0.3% | OMR/USD 2.60

Related: Omani Rial steady | Oman's Sultan receives cable of thanks from Qatar's Emir

Share: Facebook | X | WhatsApp"""))

M.append(dict(id="h77-26", source="voanews.com",
url="https://www.voanews.com/a/americas_harris-meets-guatemalas-giammattei-mexico-next/6206912.html",
published_at="2021-06-07", body="""VOA News

AMERICAS

Harris Meets Guatemala's Giammattei, Heads to Mexico Next

By VOA News  June 07, 2021 05:42 PM

U.S. Vice President Kamala Harris met Guatemalan President Alejandro Giammattei in Guatemala City on Monday, on her first trip abroad as vice president, a visit aimed at tackling the causes of migration from Central America.

Harris announced U.S. support for a task force to fight corruption and human smuggling, and said Washington would invest in housing, agriculture and economic opportunities for young people in the country.

"I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come. Do not come," Harris said at a joint news conference.

Harris arrived in Guatemala on Sunday evening after her plane returned to Joint Base Andrews with a technical problem shortly after takeoff.

On Tuesday she travels to Mexico City, where she is to meet President Andrés Manuel López Obrador at the National Palace and sign an agreement on development in southern Mexico and northern Central America. The two leaders held a virtual meeting in May.

Giammattei has rejected criticism of his government's anti-corruption record and said the United States should do more to stop illegal arms flows south.

Related
Migrants in Mexico await US asylum decisions
Biden to meet Putin in Geneva on June 16

Share: Facebook | Twitter | Email"""))
