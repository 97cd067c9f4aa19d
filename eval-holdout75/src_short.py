# Short items (300-1,100 characters), h75-27 .. h75-40
S = []

S.append(dict(id="h75-27", source="efe.com",
url="https://efe.com/espana/2023-09-10/albares-bourita-terremoto-marruecos-ayuda-espana/",
published_at="2023-09-10", body="""Marruecos acepta la ayuda de España tras el terremoto y Albares habla con Bourita

Madrid, 10 sep (EFE).- El ministro de Asuntos Exteriores en funciones, José Manuel Albares, conversó este domingo por teléfono con su homólogo marroquí, Naser Bourita, quien le comunicó que Rabat acepta la ayuda ofrecida por España tras el terremoto que ha causado más de 2.100 muertos en la región de Marrakech.

Un primer contingente de 56 efectivos de la Unidad Militar de Emergencias (UME) y cuatro perros de rescate salió de la base de Zaragoza rumbo a Marrakech. Marruecos solo ha aceptado por ahora la asistencia de España, Reino Unido, Catar y Emiratos Árabes Unidos.

(foto) (vídeo)

Etiquetas: Marruecos, terremoto, UME, Albares

© EFE 2023. Está expresamente prohibida la redistribución sin el previo y expreso consentimiento de la Agencia EFE."""))

S.append(dict(id="h75-28", source="cubaheadlines.com",
url="https://www.cubaheadlines.com/amlo-arrives-in-havana-days-after-hotel-saratoga-blast",
published_at="2022-05", body="""Mexico, Cuba sign health accords as AMLO visits Havana days after Hotel Saratoga blast

Mexico and Cuba signed a set of agreements on health and trade in Havana on Sunday, including the hiring of Cuban doctors to work in rural Mexico, during a visit by President Andrés Manuel López Obrador, who was received by Miguel Díaz-Canel at the Palace of the Revolution.

López Obrador, who arrived on Saturday night at the end of a tour that also took him to Guatemala, El Salvador, Honduras and Belize, kept the trip despite the gas explosion that destroyed the Hotel Saratoga in Old Havana on May 6, killing more than 40 people. He laid a wreath for the victims. Díaz-Canel awarded him the José Martí Order.

Comments (46) | Share on WhatsApp

Also on CiberCuba Headlines: Blackouts return to Pinar del Río"""))

S.append(dict(id="h75-29", source="pina.com.fj",
url="https://pina.com.fj/2022/01/20/first-aid-flights-land-in-tonga-as-morrison-speaks-to-sovaleni/",
published_at="2022-01-20", body="""First aid flights land in Tonga as Morrison speaks to Sovaleni

Posted on January 20, 2022 | PINA Newsroom

The first Australian and New Zealand military aid flights landed at Fua'amotu airport on Thursday after volunteers cleared the runway of volcanic ash, five days after the Hunga Tonga-Hunga Ha'apai eruption and tsunami.

Australian Prime Minister Scott Morrison said he had spoken with Tonga's Prime Minister Siaosi Sovaleni on Wednesday night, the first contact between the two leaders since the disaster cut the kingdom's undersea cable. New Zealand's Jacinda Ardern said she hoped to talk with Sovaleni once phone lines are fully restored.

The aid was unloaded without contact to keep Tonga Covid-free.

Source: PINA/RNZ Pacific

Share: Facebook | Twitter"""))

S.append(dict(id="h75-30", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/fm-fidan-meets-syrias-new-leader-al-sharaa-in-damascus",
published_at="2024-12-22", body="""BIST 100 9,983.41 ▲ 0.72% | USD/TRY 35.1382 | EUR/TRY 36.6120

FM Fidan meets Syria's new leader al-Sharaa in Damascus

DAILY SABAH WITH AA | ISTANBUL | DEC 22, 2024 - 5:18 PM GMT+3

Foreign Minister Hakan Fidan held talks on Sunday in Damascus with Ahmed al-Sharaa, the leader of Syria's new administration, two weeks after the fall of the Bashar Assad regime.

Fidan was the first Turkish foreign minister to visit the Syrian capital in more than a decade. The two discussed the country's transition, the return of refugees and the future of the YPG-controlled northeast, al-Sharaa said at a joint press conference.

Fidan's visit came after National Intelligence Organization (MIT) chief Ibrahim Kalın visited Damascus on Dec. 12.

Share | Comments"""))

S.append(dict(id="h75-31", source="auswaertiges-amt.de",
url="https://www.auswaertiges-amt.de/en/newsroom/news/baerbock-israel-egypt/2626378",
published_at="2023-10-13", body="""Federal Foreign Office

Foreign Minister Baerbock travels to Israel

13.10.2023 - Press release

Foreign Minister Annalena Baerbock is travelling to Israel today to express Germany's solidarity following the terrorist attacks by Hamas. She will hold talks with Foreign Minister Eli Cohen and meet relatives of German citizens who have been abducted to Gaza.

On Saturday, the Foreign Minister will travel on to Egypt, where she will discuss the humanitarian situation in Gaza and the prevention of a regional escalation with Foreign Minister Sameh Shoukry.

The Crisis Support Centre of the Federal Foreign Office has organised special flights from Tel Aviv for German nationals.

Other press releases
Minister of State Lührmann travels to the Western Balkans
Statement on the situation in Nagorno-Karabakh

Print | Share"""))

S.append(dict(id="h75-32", source="splash247.com",
url="https://splash247.com/tokyo-presses-tehran-over-houthi-seizure-of-galaxy-leader/",
published_at="2023-11-21", body="""Brent $82.45 ▲ | BDI 1,843 ▲ +2.1% | SCFI 993.21 ▼

Tokyo presses Tehran over Houthi seizure of Galaxy Leader

Jason Jiang | November 21, 2023

Japanese Foreign Minister Yoko Kamikawa held a telephone conversation with Iranian Foreign Minister Hossein Amirabdollahian on Monday, asking Tehran to urge the Houthis to release the car carrier Galaxy Leader and its 25 crew.

The Bahamas-flagged ship, operated by NYK Line and linked to an Israeli businessman, was seized by helicopter-borne Houthi fighters in the Red Sea on Sunday. Tokyo said it was also in contact with Saudi Arabia, Oman and Israel.

Marine insurers said war-risk premiums in the southern Red Sea were rising.

Subscribe to Splash's daily newsletter | 4 comments"""))

S.append(dict(id="h75-33", source="africanews.com",
url="https://www.africanews.com/2024/12/19/macron-visits-cyclone-hit-mayotte-before-djibouti-ethiopia-stops/",
published_at="2024-12-19", body="""Macron visits cyclone-hit Mayotte before Djibouti, Ethiopia stops

By Africanews | 19/12 - 16:02

French President Emmanuel Macron arrived in Mayotte on Thursday to survey the devastation caused by Cyclone Chido, which killed at least 31 people in the French Indian Ocean territory and left thousands homeless.

Macron is scheduled to fly on Friday to Djibouti, where he will meet President Ismaïl Omar Guelleh and spend Christmas time with French troops, before travelling to Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed.

Chido also killed at least 94 people in Mozambique and 13 in Malawi.

Read more: Comoros declares national mourning after cyclone

Share | Comments"""))

S.append(dict(id="h75-34", source="akorda.kz",
url="https://www.akorda.kz/en/head-of-state-holds-telephone-conversation-with-president-of-uzbekistan-shavkat-mirziyoyev-672234",
published_at="2022-01-07", body="""Head of State holds telephone conversation with President of Uzbekistan Shavkat Mirziyoyev

7 January 2022

President Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.

The Head of State informed his counterpart about the situation in the country and the measures being taken to restore order. Shavkat Mirziyoyev expressed support for the actions of the Kazakh leadership.

Earlier today, Kassym-Jomart Tokayev also had a telephone conversation with President of Russia Vladimir Putin, in which he thanked the Russian side for its quick response to the request for CSTO assistance.

Share"""))

S.append(dict(id="h75-35", source="kenyans.co.ke",
url="https://www.kenyans.co.ke/news/38211-uhuru-speaks-abiy-after-ethiopian-airlines-crash",
published_at="2019-03-11", body="""Uhuru speaks to Abiy after Ethiopian Airlines crash

By Kenyans.co.ke Reporter | Monday, March 11, 2019 08:10

President Uhuru Kenyatta spoke with Ethiopian Prime Minister Abiy Ahmed by phone on Sunday evening, hours after an Ethiopian Airlines Boeing 737 MAX bound for Nairobi crashed shortly after take-off from Addis Ababa, killing all 157 people on board, including 32 Kenyans.

State House said the two leaders agreed that both governments would work together in the investigation. Transport CS James Macharia set up a desk for relatives at JKIA.

Sign up for our newsletter | Most read: Inside the last minutes of flight ET302"""))

S.append(dict(id="h75-36", source="newsnowtoday.in",
url="https://newsnowtoday.in/world/saudi-minister-jubeir-islamabad-after-delhi-talks",
published_at="2025-05", body="""Saudi minister Jubeir in Islamabad after surprise Delhi talks

Saudi Minister of State for Foreign Affairs Adel al-Jubeir arrived in Islamabad on Friday, a day after an unannounced visit to New Delhi where he held talks with external affairs minister S Jaishankar on the escalating India-Pakistan conflict.

Iran's Foreign Minister Abbas Araghchi was also in New Delhi on Thursday, after a stop in Islamabad earlier in the week.

Source: Agencies | Mirrored from partner site

Trending: Gold rate today | IPL 2025 suspended"""))

S.append(dict(id="h75-37", source="minister.dfat.gov.au",
url="https://www.minister.dfat.gov.au/minister/pat-conroy/media-release/australia-supports-vanuatu-after-earthquake",
published_at="2024-12-18", body="""The Hon Pat Conroy MP
Minister for International Development and the Pacific

Media release | 18 December 2024

Australia supports Vanuatu after earthquake

The Prime Minister spoke with Vanuatu's Prime Minister Charlot Salwai this morning to offer Australia's condolences and support following yesterday's magnitude 7.3 earthquake near Port Vila.

An Australian Disaster Assistance Response Team is on its way to Port Vila. I will travel to Vanuatu later this week to see the response first-hand.

Media enquiries: Minister's office"""))

S.append(dict(id="h75-38", source="haitiantimes.com",
url="https://haitiantimes.com/2024/09/21/kenyan-president-ruto-visits-haiti-meets-kenyan-police/",
published_at="2024-09-21", body="""Kenyan President Ruto visits Haiti, meets Kenyan police

By Haitian Times Staff | September 21, 2024

Kenyan President William Ruto landed in Port-au-Prince on Saturday for a brief visit and met Prime Minister Garry Conille and Transitional Presidential Council head Edgard Leblanc Fils, before visiting the base of the Kenyan-led Multinational Security Support mission.

Ruto told the nearly 400 Kenyan officers that the mission "will succeed". He leaves for New York for the UN General Assembly.

Support our journalism. Donate | Newsletter"""))

S.append(dict(id="h75-39", source="lankanewsblog.com",
url="https://lankanewsblog.com/2022/07/gotabaya-flies-to-singapore-from-male",
published_at="2022-07", body="""Gotabaya flies to Singapore from Malé

President Gotabaya Rajapaksa left the Maldives for Singapore on Thursday on a Saudi airline flight, a day after he fled Sri Lanka on an air force plane amid mass protests.

Singapore's foreign ministry said he had been allowed to enter on a private visit and had not asked for asylum.

His resignation letter was emailed to the Speaker later in the day.

Posted by Admin | 3 comments"""))

S.append(dict(id="h75-40", source="gulfnewsfeed.net",
url=None,
published_at=None, body="""Kuwait emir holds talks with King Salman in Jeddah on Qatar rift

Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah arrived in Jeddah on Tuesday and held talks with King Salman on the crisis with Qatar, a day after Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Doha.

Sheikh Sabah had phoned Qatar's Emir Sheikh Tamim bin Hamad Al-Thani on Monday night and asked him to give mediation a chance. He is expected to travel on to the UAE and Qatar.

Related: Qatar Airways flights to Gulf cut
Source: agencies"""))
