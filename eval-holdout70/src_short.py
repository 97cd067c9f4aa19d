# Short items (300-1,100 characters), h70-27 .. h70-40
S = []

S.append(dict(id="h70-27", source="aps.sn",
url="https://aps.sn/le-president-bassirou-diomaye-faye-a-nouakchott-pour-sa-premiere-visite-a-letranger/",
published_at="2024-04-18", body="""Le président Bassirou Diomaye Faye à Nouakchott pour sa première visite à l'étranger

Nouakchott, 18 avr (APS) - Le président de la République, Bassirou Diomaye Faye, est arrivé jeudi à Nouakchott, où il effectue une visite d'amitié et de travail, sa première sortie à l'étranger depuis sa prestation de serment le 2 avril.

Le chef de l'État a été accueilli à l'aéroport international Oumtounsy par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani, avec qui il doit s'entretenir de la coopération bilatérale, notamment de l'exploitation conjointe du gisement gazier Grand Tortue Ahmeyim, de la pêche et de la sécurité.

Selon la présidence, M. Faye se rendra ensuite en Gambie.

Partager : Facebook | X | WhatsApp
Mots-clés : Bassirou Diomaye Faye, Mauritanie, coopération
"""))

S.append(dict(id="h70-28", source="edition.mv",
url="https://edition.mv/news/36212",
published_at="2024-10", body="""Muizzu to make state visit to India next week

President Dr Mohamed Muizzu will undertake a state visit to India from 6 to 10 October at the invitation of Indian President Droupadi Murmu, the President's Office announced on Thursday.

It will be the president's first bilateral visit to India since he took office last November. He travelled to New Delhi in June to attend the swearing-in of Prime Minister Narendra Modi for a third term, a trip seen as the first sign of a thaw after months of strained ties.

During the visit, Muizzu is scheduled to hold talks with Modi on economic cooperation and development projects, and will also travel to Mumbai and Bengaluru, the office said.

Comments (4)
Related: Finance Minister in talks on currency swap arrangement
"""))

S.append(dict(id="h70-29", source="zambiadailydigest.blogspot.com",
url="https://zambiadailydigest.blogspot.com/2023/09/hh-holds-talks-with-president-xi-in.html",
published_at="2023-09-15", body="""Friday, 15 September 2023

HH holds talks with President Xi in Beijing

President Hakainde Hichilema was this afternoon received by Chinese President Xi Jinping at the Great Hall of the People in Beijing, where the two leaders agreed to raise relations to a comprehensive strategic cooperative partnership.

The President, who arrived in the Chinese capital on Thursday from Changsha, where he had attended the China-Africa Economic and Trade Expo, told his host that Zambia valued China's support for the ongoing debt restructuring, Chief Government Spokesperson Cornelius Mweetwa said in a statement.

Posted by ZDD Admin at 15:20 | 3 comments
Labels: China, Diplomacy, HH
"""))

S.append(dict(id="h70-30", source="theinvestor.vn",
url="https://theinvestor.vn/vietnam-australia-lift-ties-to-comprehensive-strategic-partnership-d9512.html",
published_at="2024-03-07", body="""VN-Index 1,263.78 +0.40% | USD/VND 24,700 | Gold SJC 81.5 mln VND/tael

Vietnam, Australia lift ties to comprehensive strategic partnership

Prime Minister Pham Minh Chinh and his Australian counterpart Anthony Albanese announced on Thursday the upgrading of bilateral ties to a comprehensive strategic partnership, after talks in Canberra that followed the ASEAN-Australia Special Summit in Melbourne.

The two leaders, who witnessed the exchange of cooperation documents on critical minerals, digital transformation and energy, agreed to work towards doubling two-way investment.

Chinh leaves on Saturday for Wellington, where he is set to hold talks with New Zealand Prime Minister Christopher Luxon.

Tags: Vietnam-Australia, Pham Minh Chinh, trade
"""))

S.append(dict(id="h70-31", source="gov.ie",
url="https://www.gov.ie/en/press-release/5f2a1-taoiseach-to-travel-to-washington-dc-for-st-patricks-day/",
published_at="2024-03-11", body="""gov.ie - Taoiseach to travel to Washington DC for St Patrick's Day programme

From: Department of the Taoiseach
Published on 11 March 2024

The Taoiseach, Leo Varadkar TD, will travel to Washington DC this week as part of the Government's St Patrick's Day programme. During the visit the Taoiseach will be received by President Joe Biden at the White House, where he will present the traditional bowl of shamrock, and will attend the Speaker's Lunch on Capitol Hill.

Speaking ahead of the visit, the Taoiseach said the programme was "a unique opportunity to promote Ireland".

Ministers will travel to more than 40 countries this year.

Part of: St Patrick's Day 2024
"""))

S.append(dict(id="h70-32", source="m.mideastbrief.xyz",
url="https://m.mideastbrief.xyz/2021/09/13/bennett-meets-sisi-in-sharm-el-sheikh/",
published_at="2021-09-13", body="""Bennett meets Sisi in Sharm el-Sheikh in first public visit by an Israeli PM in a decade

Israeli Prime Minister Naftali Bennett was hosted on Monday by Egyptian President Abdel Fattah al-Sisi in the Red Sea resort of Sharm el-Sheikh, the first official visit to Egypt by an Israeli premier in more than ten years.

The two leaders discussed the truce in Gaza, reconstruction of the enclave and regional security, and Bennett's office said they had laid "the foundation for deep ties in the future". The invitation had been delivered in August by Egypt's intelligence chief, Abbas Kamel, during a visit to Jerusalem.

Originally published by our partners. Mirror updated every 15 minutes.

Related: Bennett, Jordan's King Abdullah held secret meeting in Amman - report
"""))

S.append(dict(id="h70-33", source="en.mercopress.com",
url="https://en.mercopress.com/2023/08/15/taiwan-s-lai-meets-pena-in-asuncion",
published_at="2023-08-15", body="""MercoPress, South Atlantic News Agency

Taiwan's Lai meets Peña in Asunción as Paraguay reaffirms ties with Taipei

Tuesday, August 15th 2023 - 21:25 UTC

Taiwan's Vice President William Lai Ching-te, who arrived in Asunción on Monday after a stopover in New York, held talks with Santiago Peña after attending his inauguration on Tuesday, and was told by the new president that Paraguay would remain one of Taipei's few diplomatic allies.

Lai, who had also called on outgoing President Mario Abdo Benítez on Monday, is due to return via San Francisco. Beijing condemned the US stopovers.

Top stories: Argentina: peso devalued after primaries
"""))

S.append(dict(id="h70-34", source="theedgesingapore.com",
url="https://www.theedgesingapore.com/news/malaysia/malaysia-singapore-sign-johor-singapore-sez-agreement-leaders-retreat",
published_at="2025-01-07", body="""STI 3,804.50 +0.5% | USD/SGD 1.3662 | MYR/SGD 0.3037

Malaysia, Singapore sign Johor-Singapore SEZ agreement at leaders' retreat

Prime Minister Lawrence Wong and his Malaysian counterpart Anwar Ibrahim on Tuesday witnessed the signing of the agreement on the Johor-Singapore Special Economic Zone at the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya.

The agreement, which was inked by Malaysia's Economy Minister Rafizi Ramli and Singapore's Minister for Trade and Industry Gan Kim Yong, aims to draw 50 projects in its first five years.

It was Wong's first retreat since he took office in May.

Get the latest news first: subscribe to our Telegram channel
"""))

S.append(dict(id="h70-35", source="thelocal.de",
url="https://www.thelocal.de/20230815/baerbock-cancels-australia-trip-after-plane-breaks-down-again",
published_at="2023-08-15", body="""Baerbock cancels Australia trip after government plane breaks down again

German Foreign Minister Annalena Baerbock has called off a planned week-long trip to Australia, New Zealand and Fiji after her Luftwaffe plane suffered a second flap failure during a refuelling stop in Abu Dhabi.

Baerbock, who had been due to hold talks with her Australian counterpart Penny Wong, said she regretted not being able to make the trip, which she described as "practically impossible" without the aircraft. She will return to Berlin on a scheduled flight.

Sign up for The Local's daily newsletter
Comments (23)
"""))

S.append(dict(id="h70-36", source="kenyans.co.ke",
url="https://www.kenyans.co.ke/news/104512-ruto-lands-port-au-prince-inspect-kenyan-police",
published_at="2024-09", body="""Ruto lands in Port-au-Prince to inspect Kenyan police officers

President William Ruto on Saturday arrived in Haiti, where he was received by Prime Minister Garry Conille, and visited the Kenyan police officers leading the UN-backed Multinational Security Support mission against armed gangs.

Ruto, the first Kenyan head of state to visit the Caribbean nation, also held talks with Transitional Presidential Council chairman Edgard Leblanc Fils. He is scheduled to leave for New York later on Saturday to attend the UN General Assembly.

Download the Kenyans.co.ke app to receive news updates
"""))

S.append(dict(id="h70-37", source="indiadiplomacywatch.blogspot.com",
url="https://indiadiplomacywatch.blogspot.com/2024/08/modi-dials-putin-shares-insights-from.html",
published_at="2024-08-27", body="""Tuesday, August 27, 2024

Modi dials Putin, shares 'insights' from Ukraine visit

Prime Minister Narendra Modi spoke by telephone with Russian President Vladimir Putin on Tuesday, a day after his call with US President Joe Biden, and shared with him his "insights" from last week's visit to Kyiv, where he had been received by President Volodymyr Zelensky.

"Reiterated India's firm commitment to support early, lasting and peaceful resolution of the conflict," Modi posted on X. The Kremlin said Putin had outlined Russia's "principled approach".

On Monday Modi and Biden had discussed Ukraine and the situation in Bangladesh.

Posted by Rohan K at 21:05 | 0 comments
Labels: India, Russia, Diplomacy
"""))

S.append(dict(id="h70-38", source="lankanewswire.top",
url="https://lankanewswire.top/2024/12/16/dissanayake-holds-talks-with-modi-in-new-delhi/",
published_at="2024-12-16", body="""Dissanayake holds talks with Modi in New Delhi on first foreign trip

Sri Lankan President Anura Kumara Dissanayake, who arrived in New Delhi on Sunday on his first overseas trip since taking office in September, held talks with Prime Minister Narendra Modi at Hyderabad House on Monday.

The two sides agreed to work on a defence cooperation framework and on power grid interconnection, and Dissanayake assured his host that Sri Lanka would not allow its territory to be used in any manner inimical to India's interests. He also called on President Droupadi Murmu.

Officials in Colombo said Dissanayake is expected to visit China in January.

Source: agencies | Share this
"""))

S.append(dict(id="h70-39", source="president.mn",
url="https://president.mn/en/2023/05/21/president-of-france-pays-working-visit-to-mongolia/",
published_at="2023-05", body="""Office of the President of Mongolia | Press and Public Relations

President of France Emmanuel Macron pays working visit to Mongolia

On May 21, 2023, President of the French Republic Emmanuel Macron paid a working visit to Mongolia, the first ever visit by a French Head of State to the country.

President of Mongolia Ukhnaagiin Khurelsukh welcomed his French counterpart, who arrived from Hiroshima after attending the G7 Summit, at the State Palace. The two heads of state held talks on expanding cooperation in energy, critical minerals, climate and culture.

Other news: President Khurelsukh receives Ambassador of Japan
"""))

S.append(dict(id="h70-40", source="newsline24.top",
url=None,
published_at=None, body="""Qatar emir in Tehran for talks with Pezeshkian

The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived in Tehran on Wednesday for an official visit and was welcomed by Iranian President Masoud Pezeshkian at the Saadabad Palace.

The two leaders, who discussed the ceasefire in Gaza, the situation in Syria and bilateral trade, were joined by their foreign ministers. The emir was later received by Supreme Leader Ayatollah Ali Khamenei.

Most read: Oil prices edge up as markets watch Iran talks | Share | 0 comments
"""))
