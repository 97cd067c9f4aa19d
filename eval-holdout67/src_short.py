# Short items (300-1,100 characters), h67-27 .. h67-40
S = []

S.append(dict(id="h67-27", source="aps.dz",
url="https://www.aps.dz/fr/algerie/139842-le-president-tebboune-entame-une-visite-d-etat-en-italie",
published_at="2022-05-25", body="""Algérie Presse Service

Le président Tebboune entame une visite d'Etat en Italie

ROME - Le président de la République, M. Abdelmadjid Tebboune, est arrivé mercredi à Rome où il effectue, à l'invitation de son homologue italien, M. Sergio Mattarella, une visite d'Etat de trois jours.

Le président de la République a été accueilli à son arrivée à l'aéroport de Ciampino par le ministre italien des Affaires étrangères, M. Luigi Di Maio. Il aura des entretiens avec le président Mattarella et avec le président du Conseil des ministres, M. Mario Draghi, et présidera avec ce dernier un forum d'affaires algéro-italien.

Cette visite intervient un mois et demi après celle effectuée par M. Draghi à Alger, au cours de laquelle un accord sur l'augmentation des livraisons de gaz algérien vers l'Italie avait été signé.

Partager : Facebook | Twitter
Mots-clés : Tebboune, Italie, Mattarella, Draghi"""))

S.append(dict(id="h67-28", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/solomon-islands-china-sign-policing-deal-during-pm-visit/",
published_at="2023-07-11", body="""Solomon Star News | National | Pacific | Business | Sports

Solomon Islands, China sign policing deal during PM's Beijing visit

By Ofani Lisimae

Solomon Islands and China on Monday signed an agreement on police cooperation, along with eight other documents on trade, civil aviation, development cooperation and climate change, during Prime Minister Manasseh Sogavare's official visit to Beijing.

The signing was witnessed by Mr Sogavare and Premier Li Qiang after the Prime Minister held talks with President Xi Jinping at the Great Hall of the People.

Mr Sogavare, who is on a week-long visit to China, will travel to Tianjin later this week to attend the World Economic Forum's Annual Meeting of the New Champions.

Advertisement: SolPower - Pay your power bill online

Tags: Sogavare, China, Policing
Share: Facebook | Twitter
Comments (5)"""))

S.append(dict(id="h67-29", source="apanews.net",
url="https://apanews.net/senegals-new-president-in-nouakchott-on-first-foreign-trip/",
published_at="2024-04-18", body="""APA News | Politics

Senegal's new president in Nouakchott on first foreign trip

APA-Nouakchott (Mauritania), April 18, 2024 - Senegalese President Bassirou Diomaye Faye arrived in Nouakchott on Thursday on a working and friendship visit, his first trip abroad since being sworn in on April 2.

He was received at the airport by his Mauritanian counterpart Mohamed Ould Cheikh El Ghazouani, with whom he is holding talks focusing on security, fisheries and the joint Greater Tortue Ahmeyim gas project.

President Faye is expected in Banjul on Saturday for a visit to The Gambia, the presidency in Dakar announced.

FK/APA

Read also: Mali junta suspends political parties' activities

Share: Facebook | Twitter | LinkedIn"""))

S.append(dict(id="h67-30", source="businessdailyafrica.com",
url="https://www.businessdailyafrica.com/bd/economy/japan-pm-kishida-heads-to-africa-firms-eye-deals-4213358",
published_at="2023-04", body="""Business Daily | Economy

Japan's Kishida heads to Africa as firms eye deals

By Business Daily Reporter

Japanese Prime Minister Fumio Kishida heads to Africa this weekend on a tour of four countries that will take him to Egypt, Ghana, Kenya and Mozambique, with Japanese companies looking for openings in energy, infrastructure and healthcare.

Kishida will be in Nairobi early next week for talks with President William Ruto, State House said. Geothermal expansion at Olkaria and the Dongo Kundu special economic zone in Mombasa are expected to feature in the talks.

In Mozambique, the last stop, LNG is expected to top the agenda.

NSE 20 1,659.32 ▼ | USD/KES 136.20 | Brent $79.54

Subscribe for unlimited access to Business Daily. Already a subscriber? Log in"""))

S.append(dict(id="h67-31", source="khmertimeskh.com",
url="https://www.khmertimeskh.com/501404218/pm-hun-manet-to-pay-official-visit-to-vietnam/",
published_at="2023-12-08", body="""Khmer Times | National

PM Hun Manet to pay official visit to Vietnam next week

Khmer Times | December 8, 2023

Vietnam is set to host Prime Minister Hun Manet on an official visit on December 11 and 12, the Ministry of Foreign Affairs and International Cooperation said yesterday.

Hun Manet will hold talks with his Vietnamese counterpart Pham Minh Chinh and call on General Secretary Nguyen Phu Trong and President Vo Van Thuong in Hanoi. Several agreements on trade, connectivity and border management are expected to be signed.

It will be his first official visit to Vietnam since taking office in August. In September, he paid an official visit to China, where he met President Xi Jinping.

Advertisement | Like our page on Facebook for more news
Related: Cambodia, Thailand agree to boost border trade"""))

S.append(dict(id="h67-32", source="news.am",
url="https://news.am/eng/news/785230.html",
published_at="2023-10-04", body="""NEWS.am | Politics

Aliyev will not go to Granada, five-party meeting with Pashinyan off

October 04, 2023, 13:27

Azerbaijani President Ilham Aliyev will not attend the European Political Community summit in Granada, Spain, and the meeting planned on its sidelines with Armenian Prime Minister Nikol Pashinyan, French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel will not take place in that format, Azerbaijani media reported, citing sources in Baku.

According to the reports, Baku objected to France's "pro-Armenian position" and to Türkiye not being invited to the talks.

Pashinyan's office said the Prime Minister would travel to Granada as planned.

Share: Facebook | Twitter | VK
Most read: Exchange rates: USD 402.50 AMD"""))

S.append(dict(id="h67-33", source="bundesregierung.de",
url="https://www.bundesregierung.de/breg-en/news/chancellor-travels-to-south-america-2160380",
published_at="2023-01-27", body="""The Federal Government | Press release

Federal Chancellor Scholz travels to Argentina, Chile and Brazil

Friday, 27 January 2023

Federal Chancellor Olaf Scholz will travel to South America from 28 to 31 January. The Chancellor will begin in Buenos Aires on Saturday, where he will be received by President Alberto Fernández. On Sunday he will travel to Santiago de Chile for talks with President Gabriel Boric. The trip will conclude in Brasília with a meeting with President Luiz Inácio Lula da Silva on Monday.

Talks will focus on climate protection, raw materials, energy and the EU-Mercosur agreement. The Chancellor will be accompanied by a business delegation.

Press and Information Office of the Federal Government

Share | Print | Subscribe to newsletter"""))

S.append(dict(id="h67-34", source="worldnewsera.live",
url="https://worldnewsera.live/2022/05/12/qatar-emir-arrives-tehran-talks-raisi/",
published_at="2022-05-12", body="""Home » World » Middle East

Qatar emir arrives in Tehran for talks with Raisi

Posted by admin | May 12, 2022 | 0 Comments

Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Tehran on Thursday, where he was welcomed by Iranian President Ebrahim Raisi in an official ceremony at the Saadabad palace. The two sides are holding talks on bilateral ties, energy and the stalled negotiations to revive the 2015 nuclear deal.

The visit comes three months after Raisi travelled to Doha for a gas exporters' summit.

TRENDING NOW
Bitcoin slides below $28,000
10 celebrity homes you won't believe

Source: Agencies"""))

S.append(dict(id="h67-35", source="mexicodesk.blogspot.com",
url="https://mexicodesk.blogspot.com/2022/06/amlo-skips-la-summit-will-visit-washington.html",
published_at="2022-06", body="""Mexico Desk

AMLO skips the LA summit, says he'll see Biden in July

President Andrés Manuel López Obrador confirmed at his morning press conference that he will not attend the Summit of the Americas in Los Angeles, because Cuba, Venezuela and Nicaragua were not invited. Foreign Secretary Marcelo Ebrard will lead Mexico's delegation instead.

AMLO said he would travel to Washington in July to meet President Biden, and that the date would be announced soon.

He visited Havana last month.

Posted by Mexico Desk at 9:14 AM | 3 comments
Labels: AMLO, Biden, Summit of the Americas"""))

S.append(dict(id="h67-36", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2023/05/13/prime-minister-travel-republic-korea-and-japan",
published_at="2023-05-13", body="""Prime Minister of Canada

News release

Prime Minister to travel to the Republic of Korea and Japan

May 13, 2023
Ottawa, Ontario

The Prime Minister, Justin Trudeau, today announced that he will travel to Seoul, Republic of Korea, from May 16 to 17, 2023, where he will meet with President Yoon Suk Yeol and address the National Assembly. The visit marks the 60th anniversary of diplomatic relations between Canada and the Republic of Korea.

The Prime Minister will then travel to Hiroshima, Japan, from May 18 to 21, 2023, to attend the G7 Leaders' Summit.

Media Relations: Office of the Prime Minister"""))

S.append(dict(id="h67-37", source="demerarawaves.com",
url="https://demerarawaves.com/2024/02/28/lula-ali-hold-talks-on-sidelines-of-caricom-summit/",
published_at="2024-02-28", body="""Demerara Waves Online News

Lula, Ali hold talks on sidelines of CARICOM summit

Last Updated on Wednesday, 28 February 2024, 17:05 by Writer

Brazil's President Luiz Inácio Lula da Silva arrived in Georgetown on Wednesday as special guest at the CARICOM Heads of Government meeting, and held bilateral talks with President Irfaan Ali at State House.

The two leaders discussed the Linden-Lethem road, energy and the border controversy with Venezuela, Foreign Secretary Robert Persaud said.

Lula leaves for Kingstown on Thursday for the CELAC summit.

Share: Facebook | WhatsApp | Twitter
Click here to donate to Demerara Waves"""))

S.append(dict(id="h67-38", source="southasiabrief.net",
url="https://southasiabrief.net/2024/12/sri-lanka-dissanayake-india-state-visit/",
published_at="2024-12", body="""South Asia Brief | Sri Lanka

Dissanayake to make first overseas trip to India

Sri Lankan President Anura Kumara Dissanayake will pay a state visit to India from December 15 to 17, his first trip abroad since winning the presidency in September, India's Ministry of External Affairs said.

He will hold talks with Prime Minister Narendra Modi and call on President Droupadi Murmu.

External Affairs Minister S Jaishankar visited Colombo in October.

Dissanayake is expected to travel to China early next year, Sri Lankan officials said.

Tags: Sri Lanka, India, Dissanayake
Related: Maldives' Muizzu seeks Indian currency swap"""))

S.append(dict(id="h67-39", source="theedgemalaysia.com",
url="https://theedgemalaysia.com/node/733418",
published_at="2024-11-09", body="""The Edge Malaysia | Corporate | Economy | World

FBM KLCI 1,616.05 ▲ | USD/MYR 4.3940 | CPO RM5,012 | USD/IDR 15,680

Prabowo kicks off first overseas tour in Beijing, US$10b deals signed

JAKARTA (Nov 9): Indonesian President Prabowo Subianto met Chinese President Xi Jinping in Beijing on Saturday, at the start of his first overseas tour since taking office last month, and the two sides signed deals worth about US$10 billion.

Prabowo arrived in Beijing on Friday. He heads next to Washington, where he is due to meet President Joe Biden, before attending the APEC summit in Peru and the G20 in Brazil.

Rupiah firmed 0.2% against the dollar.

Share: Facebook | LinkedIn | X
Subscribe to The Edge for full access"""))

S.append(dict(id="h67-40", source="eunewsmirror.top",
url="https://eunewsmirror.top/orban-kyiv-visit-zelensky-ceasefire/",
published_at=None, body="""EU NEWS MIRROR

Orbán makes first Kyiv visit since war, urges Zelensky to consider ceasefire

Hungarian Prime Minister Viktor Orbán arrived in Kyiv on Tuesday on his first visit since Russia's full-scale invasion, a day after Hungary took over the rotating presidency of the Council of the EU.

Orbán held talks with President Volodymyr Zelensky and asked him to consider a quick ceasefire to speed up peace negotiations. Zelensky did not respond publicly to the proposal.

The two leaders also discussed the rights of the Hungarian minority in western Ukraine, an issue that has long strained relations.

Mirror of original article. All rights to the original publisher.
Popular: Top 10 cheap flights to Budapest this summer | Cookie settings"""))
