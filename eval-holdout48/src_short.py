# Short items (300-1,100 characters), h48-27 .. h48-40
S = []

S.append(dict(id="h48-27", source="latercera.com",
url="https://www.latercera.com/politica/noticia/boric-se-reune-con-xi-jinping-en-pekin/",
published_at="2023-10-17", body="""Boric se reúne con Xi Jinping en Pekín y firman acuerdos en el marco de la Franja y la Ruta

El Presidente Gabriel Boric fue recibido este martes por el mandatario chino, Xi Jinping, en el Gran Palacio del Pueblo, en el marco de su visita de Estado a China y del tercer Foro de la Franja y la Ruta.

En la reunión, que se extendió por cerca de una hora, ambos jefes de Estado abordaron el comercio del cobre y el litio, y firmaron una serie de acuerdos de cooperación en materia científica, agrícola y de comercio electrónico.

"China es nuestro principal socio comercial", destacó Boric, quien el domingo había estado en Shanghái.

Compartir: Facebook | X | WhatsApp
Temas relacionados: Gabriel Boric, China, Xi Jinping, Cancillería"""))

S.append(dict(id="h48-28", source="swissinfo.ch",
url="https://www.swissinfo.ch/eng/politics/maurer-meets-xi-jinping-in-beijing/44928731",
published_at="2019-04-29", body="""SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR

Maurer meets Xi in Beijing, signs Belt and Road memorandum

Swiss President Ueli Maurer met Chinese President Xi Jinping in Beijing on Monday, on the fringes of the second Belt and Road Forum, and signed a memorandum of understanding on cooperation in third markets along the New Silk Road.

Maurer, who is also finance minister, said Switzerland had not joined the initiative as a whole but wanted Swiss companies to be able to take part in projects. The two sides also discussed the bilateral free trade agreement, in force since 2014.

Keystone-SDA/sb

Most read
Swiss voters back new EU gun law
Franc weakens against euro

Share this story: Email | Facebook | X"""))

S.append(dict(id="h48-29", source="brecorder.com",
url="https://www.brecorder.com/news/497123/pakistan-china-sign-second-phase-of-fta",
published_at="2019-04-28", body="""KSE100 37,001.47 Decreased By -267.22 (-0.72%)
KSE30 17,412.11 Decreased By -138.60 (-0.79%)

Pakistan, China sign second phase of FTA

BEIJING: Pakistan and China on Sunday signed the protocol on the second phase of their free trade agreement on the sidelines of the second Belt and Road Forum, with Prime Minister Imran Khan and Premier Li Keqiang witnessing the ceremony at the Great Hall of the People.

Commerce Adviser Abdul Razak Dawood said the deal would give duty-free access to 313 Pakistani tariff lines and help narrow the trade deficit. Khan is scheduled to meet President Xi Jinping later in his visit.

Copyright Business Recorder, 2019"""))

S.append(dict(id="h48-30", source="republicoftogo.com",
url="https://www.republicoftogo.com/toutes-les-rubriques/diplomatie/wang-yi-in-lome",
published_at="2024-01", body="""republicoftogo.com | Diplomacy

Wang Yi in Lomé

Chinese Foreign Minister Wang Yi was received on Thursday by President Faure Gnassingbé, as part of an African tour which earlier took him to Egypt and Tunisia.

Talks focused on infrastructure, the port of Lomé and security in the Sahel. Wang Yi also held a working session with the head of Togolese diplomacy, Robert Dussey.

Wang Yi travels on to Côte d'Ivoire on Friday, the last stage of his tour. Beijing has opened each year with a trip by its foreign minister to Africa for more than three decades.

Share | Print"""))

S.append(dict(id="h48-31", source="businesstimes.com.sg",
url="https://www.businesstimes.com.sg/international/us-china-defence-chiefs-meet-shangri-la-dialogue",
published_at="2024-05-31", body="""STI 3,334.80 +0.3% | USD/SGD 1.3512 | Brent US$81.62

US, China defence chiefs hold first face-to-face talks in 18 months

US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun met in Singapore on Friday on the sidelines of the Shangri-La Dialogue, in the first in-person talks between the two countries' defence chiefs since November 2022.

The meeting lasted more than an hour. A Pentagon spokesman said Austin raised China's "provocative" military activity around Taiwan, while the Chinese side said Dong had warned Washington against interfering in the island's affairs.

Read more: Markets wrap - Asian shares end May lower"""))

S.append(dict(id="h48-32", source="smh.com.au",
url="https://www.smh.com.au/business/markets/birmingham-still-waiting-for-call-back-from-beijing-20200520-p54uqz.html",
published_at="2020-05", body="""ASX 200 5,566.70 +1.0% | AUD/USD 0.6571

Business | Markets

Birmingham still waiting for a call back from Beijing as barley tariffs bite

Trade Minister Simon Birmingham says he has asked for a phone call with China's Commerce Minister Zhong Shan to discuss the 80.5 per cent tariffs slapped on Australian barley, but a week later the request has gone unanswered.

"The phone line is open on our side and we would welcome the conversation," Senator Birmingham told reporters in Adelaide. Beijing says the duties are a response to dumping and subsidies, a claim Canberra rejects.

Grain growers warned the tariffs would wipe out a market worth up to $600 million a year.

License this article | Share"""))

S.append(dict(id="h48-33", source="lrt.lt",
url="https://www.lrt.lt/en/news-in-english/19/1547883/china-downgrades-diplomatic-relations-with-lithuania",
published_at="2021-11-21", body="""LRT English | News | Politics | Economy | Opinion

China downgrades diplomatic relations with Lithuania to chargé d'affaires level

China said on Sunday it was downgrading its diplomatic relations with Lithuania to the level of chargé d'affaires, in protest at the opening of a Taiwanese Representative Office in Vilnius.

Beijing had already recalled its ambassador in August and demanded that Lithuania withdraw its own envoy. The Lithuanian Foreign Ministry said it regretted the decision but stood by its commitment to the one-China policy.

LRT English Newsletter: sign up for the weekly digest

Tags: China, Taiwan, diplomacy"""))

S.append(dict(id="h48-34", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/top-leader-to-lam-holds-talks-with-chinese-party-state-leader-xi-jinping-post294512.vnp",
published_at="2024-08-19", body="""VietnamPlus | Politics | Business | Society | World

Top leader To Lam holds talks with Chinese Party, State leader Xi Jinping

Beijing (VNA) - General Secretary of the Communist Party of Vietnam Central Committee and State President To Lam held talks with General Secretary of the Communist Party of China Central Committee and President Xi Jinping in Beijing on August 19, as part of his state visit to China from August 18 to 20.

The two leaders agreed to deepen the comprehensive strategic cooperative partnership and witnessed the signing of 14 cooperation documents. It is To Lam's first overseas trip as Party chief. He started the visit in Guangzhou on August 18.

VNA

Read more: Vietnam, Laos boost cooperation in national defence"""))

S.append(dict(id="h48-35", source="news.cgtn.com",
url="https://news.cgtn.com/news/2023-09-15/Xi-Jinping-meets-Cambodian-Prime-Minister-Hun-Manet",
published_at="2023-09-15", body="""CGTN | China | World | Business

Xi Jinping meets Cambodian Prime Minister Hun Manet

Chinese President Xi Jinping met with Cambodian Prime Minister Hun Manet, who is on an official visit to China, in the Chinese capital on Friday.

Describing China and Cambodia as "ironclad friends", Xi said Beijing backs Phnom Penh in choosing a development path that fits its own conditions. Hun Manet said his first official visit abroad as prime minister was to China, which reflected the importance Cambodia attaches to bilateral ties.

Hun Manet also attended the China-ASEAN Expo in Nanning earlier this week.

Download the CGTN app"""))

S.append(dict(id="h48-36", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/507220/nauru-and-china-formally-restore-diplomatic-relations",
published_at="2024-01-24", body="""RNZ | Pacific | Listen live

Nauru and China formally restore diplomatic relations

Nauru and China have formally restored diplomatic relations, with the two countries' foreign ministers signing a joint communique in Beijing on Wednesday.

Chinese Foreign Minister Wang Yi and Nauru's Foreign Minister Lionel Aingimea signed the document at the Diaoyutai State Guesthouse, less than two weeks after Nauru announced it was cutting ties with Taipei.

Nauru is the third Pacific country to switch since 2019, after Solomon Islands and Kiribati.

Subscribe to RNZ Pacific's newsletter"""))

S.append(dict(id="h48-37", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/510218/Egypt/Foreign-Affairs/Shoukry,-Wang-Yi-discuss-Gaza-escalation-by-phone.aspx",
published_at="2023-10-14", body="""Ahram Online | Egypt | World | Business | Opinion

Shoukry, China's Wang Yi discuss Gaza escalation by phone

Egypt's Foreign Minister Sameh Shoukry received a phone call on Saturday from his Chinese counterpart Wang Yi, in which they discussed the escalating situation in the Gaza Strip, foreign ministry spokesman Ahmed Abu Zeid said.

Shoukry stressed the need to allow humanitarian aid into Gaza through the Rafah crossing. Wang said China supports Egypt's efforts to de-escalate the situation and opposes any acts that harm civilians.

Wang Yi has also spoken by phone with several regional counterparts in recent days.

Short link:"""))

S.append(dict(id="h48-38", source="eastasiadispatch.blogspot.com",
url="https://eastasiadispatch.blogspot.com/2023/08/beijing-summons-japanese-ambassador.html",
published_at="2023-08-24", body="""East Asia Dispatch

Thursday, August 24, 2023

Beijing summons Japanese ambassador as Fukushima discharge begins

China's Vice Foreign Minister Sun Weidong summoned Japan's ambassador Hideo Tarumi on Thursday to lodge "stern representations" hours after Tokyo Electric began releasing treated water from the Fukushima plant into the Pacific, calling the move "extremely selfish and irresponsible".

The same day, China's customs administration suspended all imports of Japanese seafood. Expect Tokyo to protest at the WTO.

Posted by K. Mori at 9:40 PM | 3 comments

Labels: China, Japan, Fukushima"""))

S.append(dict(id="h48-39", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3295433/han-zheng-meets-jd-vance-ahead-trump-inauguration",
published_at="2025-01", body="""China / Diplomacy

Chinese Vice-President Han Zheng meets JD Vance ahead of Trump inauguration

Chinese Vice-President Han Zheng met US Vice-President-elect JD Vance in Washington on Sunday, the eve of Donald Trump's inauguration, which he is attending as Xi Jinping's special representative.

Han told Vance that China and the US had "extensive common interests and broad space for cooperation", according to the Chinese embassy. He also met US business leaders, including Elon Musk.

The meeting followed a phone call between Xi and Trump on Friday, their first conversation since 2020.

Topics: US-China relations, Han Zheng, JD Vance"""))

S.append(dict(id="h48-40", source="newsnow-mirror.net",
url="https://newsnow-mirror.net/world/asia/jaishankar-wang-yi-five-point-consensus-moscow",
published_at=None, body="""India, China agree on five-point plan to ease border tensions after Jaishankar-Wang Yi meeting in Moscow

External Affairs Minister S Jaishankar and Chinese Foreign Minister Wang Yi met in Moscow on Thursday evening on the sidelines of the Shanghai Cooperation Organisation foreign ministers' meeting, and agreed on a five-point consensus to defuse the standoff in eastern Ladakh.

The two-and-a-half-hour talks were held at a hotel in the Russian capital. Both ministers had earlier attended a lunch hosted by Russian Foreign Minister Sergei Lavrov for the Russia-India-China grouping.

Source link
Trending: Sensex ends 600 points higher"""))
