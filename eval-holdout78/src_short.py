# Short items (300-1,100 characters), h78-27 .. h78-40
S = []

S.append(dict(id="h78-27", source="aps.dz",
url="https://www.aps.dz/fr/algerie/147321-le-president-de-la-republique-recoit-la-presidente-du-conseil-italien",
published_at="2023-01-23", body="""Algérie Presse Service
Algérie | Economie | Monde | Sport | Culture

Le président de la République reçoit la présidente du Conseil des ministres italien

ALGER - Le président de la République, M. Abdelmadjid Tebboune, a reçu lundi au siège de la Présidence de la République la présidente du Conseil des ministres de la République italienne, Mme Giorgia Meloni, qui effectue une visite de travail de deux jours en Algérie.

L'audience s'est déroulée en présence du directeur de cabinet à la Présidence de la République et du ministre des Affaires étrangères et de la Communauté nationale à l'étranger. Les deux parties ont passé en revue l'état des relations bilatérales et les perspectives de leur renforcement, notamment dans le domaine de l'énergie.

APS

Lire aussi : Gaz : Sonatrach et Eni signent deux accords
Partager : Facebook | Twitter"""))

S.append(dict(id="h78-28", source="plenglish.com",
url="https://www.plenglish.com/news/2022/11/22/diaz-canel-and-putin-hold-official-talks-in-moscow/",
published_at="2022-11", body="""Prensa Latina | Latin American News Agency

Díaz-Canel and Putin hold official talks in Moscow

Moscow, Nov 22 (Prensa Latina) The First Secretary of the Central Committee of the Communist Party of Cuba and President of the Republic, Miguel Díaz-Canel, held official talks today at the Kremlin with his Russian counterpart Vladimir Putin, within the framework of his official visit to the Russian Federation.

Both leaders later unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro, in a Moscow square that bears his name.

Díaz-Canel, who arrived in Moscow on Saturday after official visits to Algeria and Türkiye, will travel to the People's Republic of China later this week at the invitation of President Xi Jinping.

mem/ode

Share: Facebook | Twitter | Telegram"""))

S.append(dict(id="h78-29", source="bta.bg",
url="https://www.bta.bg/en/news/bulgaria/483912-zelensky-arrives-in-sofia-holds-talks-with-prime-minister-denkov",
published_at="2023-07-06", body="""BTA | Bulgarian News Agency

Zelensky Arrives in Sofia, Holds Talks with Prime Minister Denkov

Sofia, July 6 (BTA) - Ukrainian President Volodymyr Zelensky arrived on a visit to Bulgaria on Thursday morning and held talks with Prime Minister Nikolai Denkov at the Council of Ministers. The two signed a joint declaration in support of Ukraine's Euro-Atlantic integration.

Zelensky is also scheduled to meet President Rumen Radev and National Assembly Chair Rosen Zhelyazkov.

From Sofia, the Ukrainian President will travel to Prague later on Thursday, the Office of the Czech President said.

Editor: Maria Stoyanova

Related: Foreign Minister Gabriel confers with Greek counterpart by phone
BTA | All rights reserved"""))

S.append(dict(id="h78-30", source="kpl.gov.la",
url="https://kpl.gov.la/En/detail.aspx?id=84412",
published_at="2024-10-10", body="""KPL Lao News Agency

Lao PM holds talks with Japanese counterpart

(KPL) Prime Minister Sonexay Siphandone held talks with Prime Minister of Japan Ishiba Shigeru on Oct 10 in Vientiane on the occasion of the latter's attendance at the 27th ASEAN-Japan Summit.

The two sides exchanged views on the development of Lao-Japanese relations, the comprehensive strategic partnership and cooperation in infrastructure, human resources development, energy and the clearance of unexploded ordnance. The Japanese side congratulated Laos on its successful ASEAN chairmanship in 2024.

Related:
Lao PM meets Chinese Premier Li Qiang
Ishiba, Marcos hold first talks on summit sidelines

KPL"""))

S.append(dict(id="h78-31", source="akp.gov.kh",
url="https://www.akp.gov.kh/post/detail/291437",
published_at="2023-09-15", body="""AKP | Agence Kampuchea Presse

Samdech Thipadei Hun Manet Meets Chinese President Xi Jinping

Beijing, September 15 (AKP) -- Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, was received in audience this afternoon by H.E. Xi Jinping, President of the People's Republic of China, at the Great Hall of the People, within the framework of his official visit to China from September 14 to 16.

The two sides agreed to further deepen the ironclad friendship and to build a Cambodia-China community with a shared future in the new era.

Samdech Thipadei will proceed to New York to attend the 78th UN General Assembly.

By Sok Chea
AKP

Other news: Deputy Prime Minister Sok Chenda Sophea receives Thai Ambassador"""))

S.append(dict(id="h78-32", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=3132881&language=en",
published_at="2024-01-29", body="""KUNA | Kuwait News Agency

His Highness the Amir to visit Saudi Arabia Tuesday

KUWAIT, Jan 29 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah will pay an official visit to the sister Kingdom of Saudi Arabia on Tuesday, at the invitation of his brother the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud, Minister of Amiri Diwan Affairs Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah said.

The visit comes within the framework of the deep-rooted fraternal relations between the two countries and their peoples, he added. (end) mhm.gb

Boursa Kuwait: Premier Market index 7,798.43 ▲ 0.4%"""))

S.append(dict(id="h78-33", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-russian-syrian-iranian-foreign-ministers-meet-in-moscow/2894012",
published_at="2023-05-10", body="""Anadolu Ajansı | POLITICS

Turkish, Russian, Syrian, Iranian foreign ministers meet in Moscow

Talks in quadrilateral format focus on normalization between Ankara and Damascus

Elena Teslova | 10.05.2023

MOSCOW

Turkish Foreign Minister Mevlut Cavusoglu on Wednesday attended a quadrilateral meeting in Moscow with his Russian, Syrian and Iranian counterparts, Sergey Lavrov, Faisal Mekdad and Hossein Amir-Abdollahian.

Ahead of the four-way talks, Cavusoglu held a bilateral meeting with Lavrov, where they discussed the grain deal and regional issues.

It is the first meeting at the level of foreign ministers in the format, which was launched by deputy ministers in April.

Only part of the news distributed to subscribers through the AA News Broadcasting System (HAS) appears on the website, in summarized form."""))

S.append(dict(id="h78-34", source="apa.az",
url="https://apa.az/en/foreign-policy/president-ilham-aliyev-to-pay-state-visit-to-china-468201",
published_at="2025-04-21", body="""APA | Azerbaijan Press Agency

President Ilham Aliyev to pay state visit to China

Baku, April 21, APA. President of the Republic of Azerbaijan Ilham Aliyev will pay a state visit to the People's Republic of China on April 22-24 at the invitation of President Xi Jinping, Chinese Foreign Ministry spokesperson Guo Jiakun announced at a briefing, APA's Beijing correspondent reports.

Author: Nigar Aliyeva

Related: Azerbaijani, Iranian presidents hold phone conversation
Related: Manat exchange rate for April 22

Share: Facebook | X | Telegram | WhatsApp"""))

S.append(dict(id="h78-35", source="profit.pakistantoday.com.pk",
url="https://profit.pakistantoday.com.pk/2025/06/19/trump-hosts-army-chief-munir-at-white-house-kse-100-gains/",
published_at="2025-06-19", body="""Profit by Pakistan Today
KSE-100 124,075.61 ▲ 1,083.20 | USD/PKR 283.45 | Gold (tola) Rs356,200 | Brent $76.70

Trump hosts army chief Munir at White House; KSE-100 gains

Staff Report | June 19, 2025

US President Donald Trump hosted Chief of Army Staff Field Marshal Syed Asim Munir for lunch at the White House on Wednesday, the first time a serving Pakistani army chief has been received there without a civilian leader, the ISPR said.

The meeting came a day after Trump spoke by phone with Indian Prime Minister Narendra Modi, who told him that India would not accept mediation on Kashmir, according to New Delhi.

Stocks rallied at the Pakistan Stock Exchange, with analysts citing the Washington visit and expectations of a US trade deal.

Share: WhatsApp | Facebook | X"""))

S.append(dict(id="h78-36", source="muscatdaily.com",
url="https://www.muscatdaily.com/2018/10/26/netanyahu-makes-surprise-visit-to-oman/",
published_at="2018-10", body="""Muscat Daily

Netanyahu makes surprise visit to Oman, meets His Majesty Sultan Qaboos

Muscat - His Majesty Sultan Qaboos bin Said received Israeli Prime Minister Benjamin Netanyahu and his wife at Bait Al Baraka, the Oman News Agency said on Friday, in a rare public visit by an Israeli leader to a Gulf state.

The two sides discussed ways to advance the Middle East peace process. Netanyahu, who returned to Israel on Friday, was accompanied by the head of Mossad, Yossi Cohen.

Palestinian President Mahmoud Abbas was in Muscat earlier in the week.

Related: Oman Chamber delegation to visit Tehran
Share | Tweet | Comments (3)"""))

S.append(dict(id="h78-37", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/readouts/2025/06/17/prime-minister-carney-meets-prime-minister-india-narendra-modi",
published_at="2025-06-17", body="""Prime Minister of Canada

Prime Minister Carney meets with Prime Minister of India Narendra Modi

June 17, 2025
Kananaskis, Alberta

Today, Prime Minister Mark Carney met with the Prime Minister of India, Narendra Modi, on the margins of the G7 Leaders' Summit in Kananaskis, Alberta.

The leaders agreed to the appointment of new high commissioners to restore regular services to citizens and businesses in both countries, and discussed trade, energy security, critical minerals and artificial intelligence.

Prime Minister Modi congratulated Prime Minister Carney on Canada's G7 presidency. The leaders agreed to stay in close contact.

Associated links
G7 Leaders' Summit"""))

S.append(dict(id="h78-38", source="latamnewsfeed.site",
url="https://latamnewsfeed.site/2025/02/01/trump-envoy-grenell-meets-maduro-six-americans-freed/",
published_at="2025-02-01", body="""Trump envoy Grenell meets Maduro in Caracas; six Americans freed

Richard Grenell, US President Donald Trump's envoy for special missions, met Venezuelan President Nicolás Maduro at the Miraflores palace in Caracas on Friday and returned to the United States with six American detainees.

Grenell's trip followed Washington's demand that Venezuela take back its nationals deported from the United States. Maduro said after the meeting that the two sides had agreed on a "new beginning".

Trending now:
Petro and Trump trade tariff threats over deportation flights
Oil prices steady
Source link"""))

S.append(dict(id="h78-39", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/pm-sogavare-departs-for-china/",
published_at="2023-07", body="""Solomon Star

PM Sogavare departs for China

Prime Minister Manasseh Sogavare departs Honiara today for an official visit to the People's Republic of China, the Office of the Prime Minister and Cabinet said.

During the visit, the Prime Minister will meet President Xi Jinping and Premier Li Qiang, and a number of cooperation agreements are expected to be signed.

It will be Mr Sogavare's second visit to China since the switch of diplomatic recognition from Taiwan in 2019.

Posted in National | 4 Comments"""))

S.append(dict(id="h78-40", source="asiadailydigest.xyz",
url="https://asiadailydigest.xyz/nepal-china-sign-belt-and-road-framework/",
published_at=None, body="""Nepal, China sign Belt and Road cooperation framework

Nepal and China on Wednesday signed a framework for cooperation under the Belt and Road Initiative in Beijing, during Prime Minister KP Sharma Oli's official visit.

Nepal's Foreign Secretary Amrit Bahadur Rai and a vice chairman of China's National Development and Reform Commission signed the document after Oli met President Xi Jinping and Premier Li Qiang. Kathmandu had insisted that the projects be financed through grants and technical assistance rather than loans.

You may also like:
India, Nepal hold boundary working group meeting
Source link"""))
