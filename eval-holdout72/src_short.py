# Short items (300-1,100 characters), h72-27 .. h72-40
S = []

S.append(dict(id="h72-27", source="seneweb.com",
url="https://www.seneweb.com/news/Politique/le-president-diomaye-faye-a-nouakchott-pour-sa-premiere-sortie_n_436512.html",
published_at="2024-04-18", body="""Le président Diomaye Faye à Nouakchott pour sa première sortie à l'étranger

Par La Rédaction | 18 avril 2024 à 13:05

Le président de la République, Bassirou Diomaye Faye, est arrivé ce jeudi matin à Nouakchott, en Mauritanie, pour une visite de travail et d'amitié, sa première à l'étranger depuis son investiture le 2 avril.

Il a été accueilli à sa descente d'avion par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani. Les deux chefs d'État doivent s'entretenir de l'exploitation commune du champ gazier Grande Tortue Ahmeyim (GTA), de la pêche et de la sécurité dans le Sahel.

Partager : Facebook | X | WhatsApp
Commentaires (14)"""))

S.append(dict(id="h72-28", source="myjoyonline.com",
url="https://www.myjoyonline.com/mahama-ends-sahel-tour-in-ouagadougou-after-bamako-niamey-stops/",
published_at="2025-03-09", body="""Listen to Joy 99.7 FM | Join our WhatsApp channel

Mahama ends Sahel tour in Ouagadougou after Bamako, Niamey stops

By Kwabena Adu-Gyamfi | March 9, 2025

President John Dramani Mahama on Sunday held talks with Burkina Faso's military leader, Captain Ibrahim Traoré, in Ouagadougou, wrapping up a two-day tour of the three Sahel states that have quit ECOWAS.

On Saturday, Mahama met Mali's transitional president, Gen. Assimi Goïta, in Bamako, before flying to Niamey on Sunday morning for talks with Gen. Abdourahamane Tiani.

The President has named former National Security Coordinator Larry Gbevlo-Lartey as his special envoy to the Alliance of Sahel States and says Ghana wants to keep the region "together, not apart".

Tags: Mahama, AES, ECOWAS, Sahel | 21 comments"""))

S.append(dict(id="h72-29", source="kigalidiaries.blogspot.com",
url="https://kigalidiaries.blogspot.com/2021/09/kagame-lands-in-pemba.html",
published_at="2021-09-24", body="""Kagame lands in Pemba to see Rwandan troops in Cabo Delgado

President Paul Kagame arrived in Pemba, the capital of Mozambique's Cabo Delgado province, on Friday and was welcomed by President Filipe Nyusi.

The two leaders addressed Rwandan and Mozambican soldiers who have been fighting insurgents since July, when Kigali deployed about 1,000 troops and police at Maputo's request. Mocímboa da Praia was retaken in August.

Kagame is due in Maputo on Saturday for talks with Nyusi and a visit to the Rwandan community.

Posted by Jean-Paul M. at 6:14 PM | No comments:
Labels: Rwanda, Mozambique, RDF"""))

S.append(dict(id="h72-30", source="egypt-today-news.xyz",
url="https://egypt-today-news.xyz/politics/sisi-somali-president-discuss-ethiopia-somaliland-deal-in-phone-call-20240103",
published_at="2024-01-03", body="""EGX30 24,812 ▲ 1.1% | USD/EGP 30.90

Sisi, Somali president discuss Ethiopia-Somaliland deal in phone call

President Abdel Fattah al-Sisi received a phone call on Wednesday from Somali President Hassan Sheikh Mohamud, who briefed him on the memorandum of understanding signed between Ethiopia and the breakaway region of Somaliland.

Presidential spokesman Ahmed Fahmy said Sisi affirmed Egypt's firm position in support of the unity, sovereignty and territorial integrity of Somalia.

Somali sources said Mohamud might visit Cairo in the coming weeks.

Source: Ahram Online | Mirror updated automatically"""))

S.append(dict(id="h72-31", source="theexchange.africa",
url="https://theexchange.africa/industry-and-trade/uganda-tanzania-sign-deal-clearing-way-for-crude-pipeline/",
published_at="2020-09", body="""USD/UGX 3,698 | USD/TZS 2,318 | Brent $39.83

Uganda, Tanzania sign deal clearing way for $3.5bn crude pipeline

Uganda and Tanzania have signed the host government agreement for the East African Crude Oil Pipeline (EACOP), removing one of the last hurdles to construction of the 1,443-kilometre line from Hoima to the port of Tanga.

Presidents Yoweri Museveni and John Magufuli witnessed the signing on Sunday in Chato, Geita region, where Museveni travelled for the ceremony. Total and CNOOC are the main investors.

First oil is targeted for 2024. Environmental groups have criticised the project.

Share | Energy | Oil & Gas"""))

S.append(dict(id="h72-32", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36451/Visit_of_External_Affairs_Minister_to_Uganda_and_Mozambique",
published_at="2023-04-09", body="""Ministry of External Affairs | Government of India

Visit of External Affairs Minister to Uganda and Mozambique (April 10-15, 2023)

April 09, 2023

External Affairs Minister Dr. S. Jaishankar will visit Uganda from 10-12 April and Mozambique from 13-15 April 2023.

In Uganda, EAM will call on President Yoweri Museveni and hold talks with Foreign Minister Gen. Jeje Odongo. In Mozambique, he will call on President Filipe Nyusi and meet Foreign Minister Verónica Macamo. This will be the first visit by an External Affairs Minister to Mozambique.

New Delhi | Share | Print"""))

S.append(dict(id="h72-33", source="journalducameroun.com",
url="https://www.journalducameroun.com/en/chad-ends-defence-pact-with-france-hours-after-barrot-visit/",
published_at="2024-11-29", body="""Chad ends defence pact with France hours after Barrot visit

Chad said on Thursday it was ending its defence cooperation agreement with France, hours after French Foreign Minister Jean-Noël Barrot held talks in N'Djamena with President Mahamat Idriss Déby.

Foreign Minister Abderaman Koulamallah said the decision, a shock for Paris, which keeps about 1,000 troops in Chad, was "a historic turning point" and did not mean a break in relations.

Barrot flew on to Ethiopia after the visit. On the same day, Senegal's president said French bases had no place in his country.

Share on Facebook | X | WhatsApp | 3 comments"""))

S.append(dict(id="h72-34", source="kinshasa-news24.com",
url="https://kinshasa-news24.com/politique/luanda-summit-tshisekedi-kagame-called-off",
published_at="2024-12-15", body="""Luanda summit between Tshisekedi and Kagame called off

A meeting planned for Sunday in Luanda between Felix Tshisekedi and Paul Kagame under the mediation of Angola's President João Lourenço was called off, the Angolan presidency said.

Tshisekedi arrived in Luanda on Saturday evening and held talks with Lourenço on Sunday. Kagame did not travel.

Rwandan Foreign Minister Olivier Nduhungirehe and his Congolese counterpart Thérèse Kayikwamba Wagner met in Luanda on Saturday with Angolan mediators but failed to agree, as Kigali insisted on direct talks between Kinshasa and the M23.

Tags: Luanda process, DRC, Rwanda, Angola"""))

S.append(dict(id="h72-35", source="govmu.org",
url="https://govmu.org/EN/newsgov/SitePages/Indian-Prime-Minister-Guest-of-Honour-National-Day-2025.aspx",
published_at="2025-03", body="""Government Information Service (GIS) | Republic of Mauritius

Indian Prime Minister to be Guest of Honour at National Day celebrations

The Prime Minister of the Republic of India, Shri Narendra Modi, will pay a State Visit to Mauritius on 11 and 12 March 2025 and will be the Guest of Honour at the celebrations marking the 57th anniversary of the Independence of Mauritius.

The Prime Minister, Dr the Hon. Navinchandra Ramgoolam, will hold bilateral talks with Mr Modi, and several agreements are expected to be signed.

GIS | Share this page"""))

S.append(dict(id="h72-36", source="businessdailyafrica.com",
url="https://www.businessdailyafrica.com/bd/economy/kenya-uae-sign-trade-pact-to-cut-tariffs-4889041",
published_at="2025-01-14", body="""NSE 20 2,031.5 ▲ 0.6% | USD/KES 129.30 | Murban $81.20

Kenya, UAE sign trade pact to cut tariffs on tea, coffee and vegetables

Kenya and the United Arab Emirates on Tuesday signed a Comprehensive Economic Partnership Agreement (CEPA) in Abu Dhabi, in a ceremony witnessed by President William Ruto and UAE President Sheikh Mohamed bin Zayed Al Nahyan.

Trade Cabinet Secretary Lee Kinyanjui and UAE Minister of State for Foreign Trade Thani Al Zeyoudi signed the deal, which will cut tariffs on most goods. Kenya mainly imports petroleum products from the UAE, while its exports are dominated by tea, fresh produce and meat.

Business Daily | Premium | Share"""))

S.append(dict(id="h72-37", source="moroccoworldnews.com",
url="https://www.moroccoworldnews.com/2024/12/king-mohammed-vi-receives-mauritanian-president-in-casablanca",
published_at="2024-12-20", body="""King Mohammed VI receives Mauritanian President in Casablanca

Rabat - King Mohammed VI on Friday received Mauritanian President Mohamed Ould Cheikh El Ghazouani, who is on a private visit to Morocco, at the royal residence in Casablanca, the Royal Cabinet said.

The talks touched on the Atlantic initiative for Sahel countries, the Nigeria-Morocco gas pipeline and electricity interconnection projects, and reflected "the solid ties of brotherhood" between the two nations.

Read also: Morocco, Mauritania to boost trade at Guerguerat crossing

Follow Morocco World News on Google News"""))

S.append(dict(id="h72-38", source="southsudanwatch.wordpress.com",
url="https://southsudanwatch.wordpress.com/2023/09/04/burhan-in-juba-for-talks-with-kiir/",
published_at="2023-09", body="""Burhan in Juba for talks with Kiir

Sudan's army chief and head of the Sovereign Council, Gen. Abdel Fattah al-Burhan, flew into Juba on Monday and held talks with President Salva Kiir on the war in Sudan and on oil exports through Port Sudan.

It is Burhan's second trip abroad since fighting broke out in April, after his visit last week to Egypt, where he met President al-Sisi in El Alamein.

Leave a comment | Categories: Sudan, Oil, Diplomacy"""))

S.append(dict(id="h72-39", source="president.tj",
url="http://www.president.tj/en/node/38121",
published_at="2025-03-13", body="""President of the Republic of Tajikistan | Official website | Events

Signing of the Treaty on the State Border between Tajikistan and Kyrgyzstan

13.03.2025 | Bishkek

As part of the state visit to the Kyrgyz Republic, the Founder of Peace and National Unity - Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon and President of the Kyrgyz Republic Sadyr Japarov signed the Treaty on the State Border between the two countries today.

The Heads of State noted the historic significance of the document, which completes many years of negotiations.

The leaders agreed to meet with the President of Uzbekistan in Khujand at the end of March for a trilateral summit.

Print | Share"""))

S.append(dict(id="h72-40", source="africanewsdesk.top",
url="https://africanewsdesk.top/east-africa/widodo-ruto-talks-nairobi-mou",
published_at=None, body="""Indonesia's Widodo holds talks with Ruto in Nairobi, signs five agreements

Indonesian President Joko Widodo held talks with Kenyan President William Ruto at State House in Nairobi on Monday, the first stop of his four-nation Africa tour, and the two witnessed the signing of agreements on energy, health and trade.

Widodo heads to Dar es Salaam later on Monday for talks with President Samia Suluhu Hassan, before visiting Mozambique and then South Africa for the BRICS summit in Johannesburg.

Trending: Shilling slips | Maandamano: opposition announces new dates

Copied from source. All rights belong to the original publisher."""))
