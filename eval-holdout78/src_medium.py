# Medium wire-style stories (1,200-2,000 characters), h78-13 .. h78-26
M = []

M.append(dict(id="h78-13", source="kcna.kp",
url="http://www.kcna.kp/en/article/q/2019/02/27/kim-jong-un-arrives-in-hanoi.kcmsf",
published_at="2019-02-27", body="""KCNA | Korean Central News Agency of DPRK
Juche 108 (2019) 2. 27. Wednesday

Kim Jong Un Arrives in Hanoi

Pyongyang, February 27 (KCNA) -- Kim Jong Un, chairman of the Workers' Party of Korea, chairman of the State Affairs Commission of the Democratic People's Republic of Korea and supreme commander of the armed forces of the DPRK, arrived in Hanoi, capital of the Socialist Republic of Viet Nam, on February 26.

The Supreme Leader left Pyongyang by his special train on February 23 and travelled through the territory of the People's Republic of China.

He was greeted at Dong Dang railway station by Vu Duc Dam, deputy prime minister of Viet Nam, and other officials of the Party and Government of Viet Nam, and was accorded a warm welcome by a guard of honor and the local inhabitants. He then proceeded to Hanoi by car.

Kim Jong Un is to have the DPRK-U.S. summit talks with Donald J. Trump, President of the United States of America, on February 27 and 28 for a fresh dialogue on the issues of common concern.

He will also pay an official goodwill visit to Viet Nam at the invitation of Nguyen Phu Trong, general secretary of the Central Committee of the Communist Party of Viet Nam and president of the Socialist Republic of Viet Nam.

Accompanying him are Kim Yong Chol, Ri Su Yong, Ri Yong Ho, No Kwang Chol, Kim Yo Jong and Choe Son Hui.

The Vietnamese side expressed the conviction that the visit would be a good opportunity for further developing the traditional friendly relations forged by President Ho Chi Minh and President Kim Il Sung. -0-

www.kcna.kp (Juche 108.2.27.)

Other articles:
Kim Jong Un Sends Greetings to President of Sri Lanka
Korean People's Army Marks Founding Anniversary
Rally Held in Pyongyang

Copyright © 2003-2019 by www.kcna.kp"""))

M.append(dict(id="h78-14", source="en.irna.ir",
url="https://en.irna.ir/news/85591840/President-Pezeshkian-arrives-in-Baghdad",
published_at="2024-09-11", body="""IRNA English
Islamic Republic News Agency
Home | Politics | Economy | Society | Culture | Sports | Photo

President Pezeshkian arrives in Baghdad on first foreign trip

Tehran, IRNA – President of the Islamic Republic of Iran Masoud Pezeshkian arrived in Baghdad on Wednesday morning on his first foreign visit since taking office, at the official invitation of Prime Minister of Iraq Mohammed Shia al-Sudani.

Upon arrival at Baghdad International Airport, the President was officially welcomed by the Iraqi Prime Minister. The two sides then held talks in Baghdad, during which they exchanged views on bilateral relations, the developments in the region and the crimes of the Zionist regime in Gaza and Lebanon.

In the presence of the two heads of government, 14 memoranda of understanding on cooperation in economic, trade, agricultural, cultural, sports and media fields were signed.

Pezeshkian is accompanied by Minister of Foreign Affairs Seyed Abbas Araghchi and a high-ranking delegation. During his three-day visit, he will also travel to Erbil, Sulaymaniyah, Basra, Karbala and Najaf.

Araghchi, Omani FM discuss regional developments in phone call

Tehran, IRNA – Iran's Minister of Foreign Affairs Seyed Abbas Araghchi, in a telephone conversation with his Omani counterpart Sayyid Badr Albusaidi on Tuesday evening, discussed the latest regional developments and bilateral issues.

The two top diplomats underlined the need to continue consultations between Tehran and Muscat.

News ID 85591840 | Translated by: Amir Hosseini | Edited by: Mahmoud Ghanbari

Tags: Masoud Pezeshkian, Iraq, Baghdad, Araghchi, Oman

Related news:
Pezeshkian to attend UN General Assembly session in New York
Iran's judiciary chief meets Iraqi counterpart
Rial steady in Tehran's market

Follow IRNA on Telegram

All rights reserved for IRNA News Agency"""))

M.append(dict(id="h78-15", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2022-05/12/0018-hh-the-amir-arrives-in-tehran",
published_at="2022-05-12", body="""Qatar News Agency
Home | Local | Politics | Economy | Sports | Misc

HH the Amir Arrives in Tehran

Tehran, May 12 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani arrived in Tehran today on an official visit to the Islamic Republic of Iran.

HH the Amir was welcomed upon arrival at Mehrabad International Airport by HE President of the Islamic Republic of Iran Ebrahim Raisi.

During the visit, His Highness and the Iranian President will hold talks dealing with the bilateral relations and ways to enhance them, in addition to discussing the most prominent regional and international issues of common concern.

HH the Amir's accompanying delegation includes a number of Their Excellencies the Sheikhs and ministers.

Deputy Prime Minister and Minister of Foreign Affairs Receives Phone Call from Iraqi Foreign Minister

Doha, May 12 (QNA) - HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received a phone call today from HE Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Iraq Fuad Hussein.

During the call, they reviewed the bilateral cooperation relations between the two brotherly countries and ways of developing them, in addition to discussing the latest regional developments.

Minister of State for Foreign Affairs Meets Ambassador of Peru

Doha, May 12 (QNA) - HE Minister of State for Foreign Affairs Sultan bin Saad Al-Muraikhi met today with HE Ambassador of the Republic of Peru to the State of Qatar, on the occasion of the end of his tenure.

QNA/ Print / Email / Share

Copyright © 2022 Qatar News Agency. All Rights Reserved."""))

M.append(dict(id="h78-16", source="spa.gov.sa",
url="https://www.spa.gov.sa/en/N2251378",
published_at="2025-02-02", body="""SPA | Saudi Press Agency
Home | Royal Court | Political | Economic | Videos

HRH Crown Prince Receives President of the Syrian Arab Republic in the Transitional Phase

Riyadh, February 02, 2025, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received at Al-Yamamah Palace in Riyadh today President of the Syrian Arab Republic in the transitional phase Ahmed Al-Sharaa, who is on a visit to the Kingdom.

At the outset of the reception, His Royal Highness the Crown Prince welcomed President Al-Sharaa and his accompanying delegation.

The two sides reviewed the developments of the situation in Syria and ways of supporting the security and stability of the brotherly country, as well as the prospects of relations between the two countries.

The reception was attended on the Saudi side by HH Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, and on the Syrian side by HE Minister of Foreign Affairs Asaad Al-Shaibani.

--SPA

Foreign Minister Receives Phone Call from Egyptian Counterpart

Riyadh, February 02, 2025, SPA -- HH Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received a phone call today from Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic of Egypt Dr. Badr Abdelatty.

During the call, they discussed the latest developments in the Gaza Strip and the importance of adhering to the ceasefire agreement.

--SPA

Vice Minister of Foreign Affairs Receives Written Message for HRH Crown Prince from President of Kenya

Riyadh, February 02, 2025, SPA -- Vice Minister of Foreign Affairs Eng. Waleed Elkhereiji received in Riyadh today the Prime Cabinet Secretary and Minister of Foreign and Diaspora Affairs of the Republic of Kenya Musalia Mudavadi, who delivered a written message addressed to HRH the Crown Prince from President William Ruto.

--SPA 20:14 Local Time

Print | Share | All rights reserved to Saudi Press Agency ©"""))

M.append(dict(id="h78-17", source="wam.ae",
url="https://www.wam.ae/en/details/1395303067218",
published_at="2022-07-18", body="""WAM | Emirates News Agency
Home | UAE | World | Business | Sports | Health

UAE President arrives in Paris on state visit to France

PARIS, 18th July, 2022 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, may God protect him, arrived in Paris today on a state visit to the French Republic, the first state visit by His Highness since assuming the presidency.

His Highness was received upon his arrival by French President Emmanuel Macron in an official ceremony at the Hôtel des Invalides, where a guard of honour was lined up and the national anthems of the two countries were played.

His Highness the UAE President and the French President then held talks at the Élysée Palace, during which they reviewed the strategic partnership between the two friendly countries and ways to enhance cooperation within the framework of their shared vision, particularly in energy, investment, culture, space and defence.

The two sides also exchanged views on a number of regional and international issues, foremost among them developments in the energy markets and food security.

The two leaders witnessed the exchange of a comprehensive strategic energy partnership agreement, under which the two countries will cooperate on energy security, including hydrogen, nuclear energy and renewables.

Macron welcomed His Highness and expressed his appreciation for the depth of the historic relations between the UAE and France.

His Highness is accompanied by a delegation that includes a number of Their Highnesses the Sheikhs, ministers and senior officials.

WAM/Hatem Mohamed/Tariq alfaham

Related:
UAE President receives phone call from Indian Prime Minister
Mohammed bin Rashid approves new housing projects
ADX closes week higher

© 2022 WAM. All rights reserved."""))

M.append(dict(id="h78-18", source="mapnews.ma",
url="https://www.mapnews.ma/en/actualites/politics/mr-bourita-holds-talks-israeli-minister-foreign-affairs",
published_at="2021-08-11", body="""MAP | Maghreb Arabe Presse
Politics | Economy | Society | Regions | Sport | MAP Express

Mr. Bourita Holds Talks with Israeli Minister of Foreign Affairs

Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held talks on Wednesday in Rabat with Minister of Foreign Affairs of the State of Israel, Yair Lapid, who is on a working visit to the Kingdom of Morocco on August 11-12.

This visit, the first of its kind by an Israeli Minister of Foreign Affairs since the resumption of relations, falls within the framework of the implementation of the Joint Declaration signed in Rabat on December 22, 2020 between the Kingdom of Morocco, the United States of America and the State of Israel, under the leadership of His Majesty King Mohammed VI.

On this occasion, the two ministers signed three agreements: a memorandum of understanding on a mechanism of political consultations, an air services agreement, and an agreement on cooperation in the fields of culture, sport and youth.

The two sides exchanged views on ways of strengthening bilateral cooperation, particularly in the economic, trade, tourism and innovation fields, and stressed the importance of direct flights launched last month.

Mr. Bourita reaffirmed the Kingdom's constant and unwavering position in support of the Palestinian cause and a two-State solution.

The Israeli minister extended to Mr. Bourita an invitation to visit Israel, which was accepted; the date will be set through diplomatic channels.

Mr. Lapid is due to inaugurate on Thursday the Liaison Office of Israel in Rabat.

MAP: 11 August 2021

Most read:
King Mohammed VI calls for reopening of borders with Algeria
Dakhla-Oued Eddahab: new investment projects launched

MAP © 2021 - All rights reserved"""))

M.append(dict(id="h78-19", source="azertag.az",
url="https://azertag.az/en/xeber/president_of_russia_vladimir_putin_arrives_in_azerbaijan_on_state_visit-3154213",
published_at="2024-08-18", body="""AZERTAC | Azerbaijan State News Agency
Politics | Economy | ICT | Society | Culture | Sports | World

President of Russia Vladimir Putin arrives in Azerbaijan on state visit

Baku, August 18, AZERTAC

On August 18, President of the Russian Federation Vladimir Putin arrived in Azerbaijan on a state visit.

A guard of honor was lined up for the distinguished guest at Heydar Aliyev International Airport, which was decorated with the national flags of Azerbaijan and Russia.

President of the Russian Federation Vladimir Putin was welcomed by Deputy Prime Minister of the Republic of Azerbaijan Shahin Mustafayev, Assistant to the President of the Republic of Azerbaijan, Head of the Foreign Policy Affairs Department of the Presidential Administration Hikmat Hajiyev and other officials.

In the evening, President of the Republic of Azerbaijan Ilham Aliyev and President of the Russian Federation Vladimir Putin held a one-on-one meeting in an informal setting at the President's residence.

The heads of state emphasized that relations between Azerbaijan and Russia, based on the Declaration on Allied Interaction signed in Moscow in February 2022, are developing successfully in all areas.

The official welcoming ceremony and talks in narrow and expanded formats will be held on August 19, after which a number of documents are expected to be signed.

AZERTAC

Other news:
Minister of Foreign Affairs Jeyhun Bayramov receives outgoing Ambassador of Pakistan
Azerbaijan's non-oil exports grow by 4.2 percent
COP29 Presidency holds consultations with civil society

© 2024 AZERTAC. When quoting, a hyperlink is required."""))

M.append(dict(id="h78-20", source="armenpress.am",
url="https://armenpress.am/en/article/1137845",
published_at="2024-05-11", body="""ARMENPRESS | Armenian News Agency
Politics | Economy | Society | Culture | Sport | World
USD 388.17 | EUR 418.55 | RUB 4.21 | GOLD 29,861

Armenian and Azerbaijani Foreign Ministers conclude talks in Almaty

YEREVAN, MAY 11, ARMENPRESS. Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan and Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov concluded two days of negotiations on the draft Agreement on the Establishment of Peace and Interstate Relations between the two countries in Almaty on May 10-11, the Ministry of Foreign Affairs of Armenia informs.

The talks were hosted by Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu.

Before the start of the negotiations on May 10, the heads of the delegations were received by President of the Republic of Kazakhstan Kassym-Jomart Tokayev. On the sidelines of the talks, Minister Mirzoyan also held a separate meeting with his Kazakh counterpart Nurtleu, during which the sides discussed the Armenian-Kazakh agenda.

According to the joint statement, the ministers and their delegations continued work on the text of the draft agreement and made progress on a number of articles, while disagreements remain on several key provisions. The sides agreed to continue negotiations at a time to be agreed. The Armenian and Azerbaijani sides expressed gratitude to the Kazakh side for hosting the meeting.

The previous round of talks between the ministers took place in Berlin in late February.

Other news:
Prime Minister Pashinyan receives delegation of the US Congress
Border delimitation commissions to meet next week
Armenian wrestlers win three medals in Bucharest

When using materials, a hyperlink to armenpress.am is required.
© 2024 ARMENPRESS"""))

M.append(dict(id="h78-21", source="inform.kz",
url="https://www.inform.kz/en/tokayev-scholz-hold-talks-in-astana-e4b1f2",
published_at="2024-09-16", body="""Kazinform International News Agency
Politics | Economy | Society | World | Regions | Tenge rate: USD 479.30 / EUR 531.12

Tokayev, Scholz hold talks in Astana

ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held talks in narrow and extended formats with Federal Chancellor of Germany Olaf Scholz, who arrived in Astana on an official visit, the Akorda press service reports.

Welcoming the distinguished guest, the Head of State noted that Germany is one of Kazakhstan's key trade and economic partners in Europe and that the visit would give a powerful impetus to cooperation in energy, critical raw materials, green hydrogen, transport and logistics.

The two sides exchanged views on the situation in Ukraine and the Middle East. Tokayev stressed the importance of the Trans-Caspian International Transport Route for the delivery of goods to Europe.

Chancellor Scholz arrived in Kazakhstan from Uzbekistan, where on Sunday he held talks with President Shavkat Mirziyoyev in Samarkand. Berlin and Tashkent signed an agreement on migration and mobility during the visit.

The Chancellor will take part in the Central Asia - Germany summit due to be held in Astana on September 17 with the participation of the heads of state of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.

Kazakhstan and Germany mark 32 years of diplomatic relations this year. German investment in Kazakhstan's economy has exceeded $5 billion since 2005.

Read also:
Kazakh FM holds phone talks with Chinese counterpart
Astana to host Digital Bridge forum in October

Follow Kazinform on Telegram

© 1997-2024 Kazinform. All rights reserved."""))

M.append(dict(id="h78-22", source="uza.uz",
url="https://uza.uz/en/posts/shavkat-mirziyoyev-s-state-visit-to-tajikistan-commences-09-03-2018",
published_at="2018-03-09", body="""UzA | National News Agency of Uzbekistan
Politics | Economy | Society | Culture | Sport

President Shavkat Mirziyoyev's state visit to Tajikistan commences

Dushanbe, 9 March (UzA). At the invitation of President of the Republic of Tajikistan Emomali Rahmon, President of the Republic of Uzbekistan Shavkat Mirziyoyev arrived in Dushanbe on a state visit.

The Head of our state was met at Dushanbe International Airport by President Emomali Rahmon. An official welcoming ceremony then took place at the Palace of Nations.

The leaders of the two countries held negotiations in a narrow format, followed by talks with the participation of the official delegations. The sides exchanged views on the state and prospects of Uzbek-Tajik relations, as well as on regional and international issues.

It was emphasized that relations between the two fraternal peoples, bound by centuries-old ties of friendship and good-neighborliness, are reaching a qualitatively new level.

Following the negotiations, the Presidents signed the Treaty on Strategic Partnership between the Republic of Uzbekistan and the Republic of Tajikistan. A total of 27 documents were signed, including agreements on mutual visa-free travel for up to 30 days, on the delimitation of certain sections of the state border, and on cooperation in water management and energy.

The President of Tajikistan accepted the invitation to pay a state visit to Uzbekistan. The dates will be agreed through diplomatic channels.

The state visit will continue tomorrow.

Source: UzA | Photo: Press service of the President

Views: 2,316

Other news:
Uzbekistan and Kyrgyzstan to open new border crossing
Tashkent hosts international tourism fair"""))

M.append(dict(id="h78-23", source="tanjug.rs",
url="https://www.tanjug.rs/english/politics/vucic-xi-sign-joint-statement-shared-future",
published_at="2024-05-08", body="""TANJUG | Tanjug News Agency
Politics | Economy | Society | Region | World | Sport
BELEX15 986.21 ▲ 0.22% | EUR/RSD 117.08 | USD/RSD 108.89

Vučić, Xi sign joint statement on shared-future community

BELGRADE, 8 May 2024 (Tanjug) - Serbian President Aleksandar Vučić and President of the People's Republic of China Xi Jinping on Wednesday signed a joint statement on deepening and raising the comprehensive strategic partnership between the two countries and building a Serbia-China community with a shared future in the new era.

The two presidents signed the document at the Palace of Serbia following talks in a restricted format and plenary talks of the two delegations, after Xi was welcomed with an official ceremony in front of the Palace.

Serbian and Chinese ministers also signed 28 agreements and memoranda, including in the fields of trade, infrastructure, science and the media.

"Taiwan is China," Vučić told reporters, adding that Serbia would continue to respect the territorial integrity of China as Beijing respects that of Serbia.

Xi arrived in Belgrade late on Tuesday from Paris, where he had held talks with French President Emmanuel Macron. His arrival coincided with the 25th anniversary of the NATO bombing of the Chinese embassy in Belgrade.

The Chinese President is due to leave for Budapest on Wednesday evening, for the last leg of his European tour, at the invitation of Hungarian President Tamás Sulyok.

The free trade agreement between Serbia and China, signed in Beijing last October, is expected to enter into force on July 1.

Tanjug/Photo: Tanjug/Dragan Kujundžić

Read also:
Dačić meets Russian ambassador Botsan-Kharchenko
Belgrade Stock Exchange closes higher

© Tanjug 2024"""))

M.append(dict(id="h78-24", source="mia.mk",
url="https://mia.mk/en/dimitrov-kotzias-sign-name-agreement-at-prespa",
published_at="2018-06-17", body="""MIA | Media Information Agency
Macedonia | Politics | Economy | Region | World | Culture

Dimitrov and Kotzias sign name agreement at Prespa

Psarades, 17 June 2018 (MIA) - Foreign Ministers Nikola Dimitrov and Nikos Kotzias signed on Sunday the agreement settling the name dispute between Macedonia and Greece, in the village of Psarades on the Greek shore of Lake Prespa, in the presence of Prime Ministers Zoran Zaev and Alexis Tsipras.

Prime Minister Zaev and the Macedonian delegation crossed to the Greek side by boat, where they were welcomed by Prime Minister Tsipras. After the ceremony, the two delegations travelled to Oteševo on the Macedonian side of the lake for a working lunch.

Under the agreement, the country will be renamed the Republic of North Macedonia, for use domestically and internationally. In return, Athens will not block the country's path to NATO and the EU.

"We are here to make history," Zaev said at the ceremony. Tsipras said the agreement was "a brave, historic and necessary step for our peoples".

The ceremony was attended by UN Under-Secretary-General Rosemary DiCarlo, UN Special Envoy Matthew Nimetz, EU High Representative Federica Mogherini and European Commissioner Johannes Hahn.

Prime Minister Tsipras accepted Zaev's invitation to visit Skopje, but no date was announced.

The agreement must be ratified by the parliaments of both countries and the Macedonian side has announced a referendum. Protests against the deal were held in Bitola and near Pisoderi in Greece.

MIA

Other news:
Bulgarian FM Zaharieva to visit Skopje on Tuesday
Government adopts draft amendments to Law on Languages

© 2018 MIA. All rights reserved."""))

M.append(dict(id="h78-25", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-holds-talks-with-us-president-joe-biden-post268812.vnp",
published_at="2023-09-11", body="""VietnamPlus | Vietnam News Agency (VNA)
Politics | Business | Society | World | Travel | Sci-Tech

Party chief holds talks with US President Joe Biden

Hanoi (VNA) - General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong held talks in Hanoi on September 10 with President of the United States Joe Biden, who is paying a state visit to Vietnam from September 10-11 at the invitation of the Party leader.

Following the talks, the two leaders issued a joint statement on elevating the Vietnam-US relations to a comprehensive strategic partnership for peace, cooperation and sustainable development.

General Secretary Trong welcomed President Biden's state visit, noting that it takes place as the two countries are celebrating the 10th anniversary of the comprehensive partnership. He affirmed that Vietnam consistently pursues a foreign policy of independence, self-reliance, multilateralisation and diversification.

For his part, President Biden said the United States supports a strong, independent, prosperous and resilient Vietnam.

The two sides agreed to strengthen cooperation in economy, trade and investment, science and technology, innovation, semiconductors, education and training, and the settlement of war consequences.

Biden arrived in Hanoi on September 10 after attending the G20 Summit in New Delhi.

On September 11, he is scheduled to meet with State President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue.

General Secretary Trong accepted an invitation to visit the United States at a convenient time. VNA

Read more:
PM Pham Minh Chinh to attend UN General Assembly high-level week
Vietnam's rice exports surge in August

VNA © All rights reserved"""))

M.append(dict(id="h78-26", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_2561044",
published_at="2023-04-15", body="""ENA | Ethiopian News Agency
Home | Politics | Economy | Social | Africa | World | Sport

Prime Minister Abiy Receives Italian Prime Minister Giorgia Meloni

Addis Ababa, April 15/2023 (ENA) Prime Minister Abiy Ahmed received Prime Minister of the Italian Republic Giorgia Meloni, who is on an official working visit to Ethiopia, at his office today.

The two leaders discussed bilateral, regional and global issues of mutual concern, and exchanged views on ways of further strengthening the longstanding relations between Ethiopia and Italy.

Prime Minister Abiy briefed his guest on the implementation of the Pretoria peace agreement, the ongoing rehabilitation and reconstruction in the northern part of the country, and the government's economic reform agenda.

Prime Minister Meloni, for her part, said Italy will continue to support Ethiopia's development efforts and the peace process, and noted that her country is ready to expand investment in the areas of agriculture, infrastructure and energy.

The two leaders also held a trilateral meeting with President of the Federal Republic of Somalia Hassan Sheikh Mohamud, who was in Addis Ababa, on regional peace and security and the fight against Al-Shabaab.

Meloni is the first Italian Prime Minister to visit Ethiopia in several years.

ENA

Other news:
State Minister Misganu Arga receives Kenyan parliamentary delegation
Ethiopia, World Bank sign $300 million financing agreement
Great Ethiopian Run registration opens

© Ethiopian News Agency 2023"""))
