# Short items (300-1,100 characters), h45-27 .. h45-40
S = []

S.append(dict(id="h45-27", source="aps.sn",
url="https://aps.sn/le-president-faye-recu-a-bamako-par-le-colonel-assimi-goita/",
published_at="2024-05-30", body="""Le président Bassirou Diomaye Faye reçu à Bamako par le colonel Assimi Goïta

Bamako, 30 mai (APS) - Le président de la République, Bassirou Diomaye Faye, est arrivé jeudi matin à Bamako pour une visite d'amitié et de travail au Mali, a constaté l'APS.

Le chef de l'Etat a été accueilli à sa descente d'avion par le président de la Transition, le colonel Assimi Goïta. Les deux dirigeants ont ensuite eu un tête-à-tête au palais de Koulouba, avant une séance de travail élargie aux délégations.

Les échanges ont porté sur la coopération bilatérale, la sécurité dans le Sahel et les relations entre le Mali et la CEDEAO.

Le président Faye est attendu dans l'après-midi à Ouagadougou, où il doit s'entretenir avec le capitaine Ibrahim Traoré, président de la Transition du Burkina Faso.

Partager : Facebook | X | WhatsApp
Mots-clés : Diomaye Faye, Mali, Assimi Goïta, diplomatie"""))

S.append(dict(id="h45-28", source="presidence.td",
url="https://www.presidence.td/en/the-head-of-state-receives-an-envoy-of-the-uae-president/",
published_at="2024-06", body="""Presidency of the Republic of Chad | News

The Head of State receives an envoy of the UAE President

N'Djamena - The President of the Republic, Head of State, Mahamat Idriss Deby Itno, this Tuesday received in audience at the Palais Rose Sheikh Shakhboot bin Nahyan Al Nahyan, Minister of State at the Ministry of Foreign Affairs of the United Arab Emirates.

The envoy was the bearer of a message from His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates, to his Chadian counterpart. The content of the message was not disclosed, but the two sides reviewed the excellent state of cooperation between the two countries, particularly in the fields of energy, agriculture and security.

The Emirati minister also conveyed an invitation to the Head of State to visit Abu Dhabi.

Communication Unit of the Presidency"""))

S.append(dict(id="h45-29", source="sinoafricanotes.blogspot.com",
url="https://sinoafricanotes.blogspot.com/2018/09/weah-in-beijing.html",
published_at="2018-09-01", body="""Sino-Africa Notes: Weah in Beijing, and a Belt and Road signature

Saturday, September 1, 2018

Liberia's President George Weah was received by Xi Jinping at the Great Hall of the People today, on a state visit that runs into the FOCAC summit on Monday. After their talks, the two presidents watched officials sign a batch of cooperation documents, including a memorandum on the Belt and Road Initiative, a road project in Monrovia and a grant for agriculture.

Weah, a former footballer, has been in office for less than a year and is under pressure to show results on the economy. Beijing has been generous with Liberia before (the ministries complex, the hospital in Tappita), so expect more of the same.

Posted by Ama at 8:14 PM | 3 comments

Labels: China, Liberia, FOCAC 2018"""))

S.append(dict(id="h45-30", source="businessday.ng",
url="https://businessday.ng/news/article/uae-lifts-visa-ban-on-nigerians-after-tinubu-talks/",
published_at="2023-09-12", body="""NGX ASI 67,134.55 ▲ 0.31% | USD/NGN 745.20 | Brent $92.06 ▲

UAE lifts visa ban on Nigerians, flights to resume after Tinubu's Abu Dhabi talks

September 12, 2023 | BusinessDay

The United Arab Emirates has agreed to lift a visa ban on Nigerians with immediate effect, and Emirates and Etihad Airways will resume flights to Nigeria, following talks in Abu Dhabi on Monday between President Bola Tinubu and UAE President Sheikh Mohamed bin Zayed Al Nahyan, the Presidency said.

Tinubu stopped in the UAE on his way back from the G20 summit in New Delhi. The dispute over trapped airline funds had grounded Emirates' Nigeria operations for almost a year.

Subscribe to BusinessDay newsletters"""))

S.append(dict(id="h45-31", source="kenyans.co.ke",
url="https://www.kenyans.co.ke/news/95512-ruto-receives-credentials-new-envoys",
published_at="2024-02", body="""Ruto Receives Credentials From 11 New Envoys at State House

President William Ruto on Wednesday received letters of credence from 11 new ambassadors and high commissioners accredited to Kenya at State House, Nairobi.

Among them were the envoys of South Korea, Turkey, Qatar, Japan and Morocco. Ruto urged them to help Kenya attract investment and expand trade, and said his administration wanted more direct flights to their capitals.

Foreign Affairs Principal Secretary Korir Sing'oei attended the ceremony.

Read also: Ruto to travel to Addis Ababa for AU summit

Share on WhatsApp | Follow Kenyans.co.ke on Google News"""))

S.append(dict(id="h45-32", source="ewn.co.za",
url="https://ewn.co.za/2023/07/19/putin-will-not-attend-brics-summit-in-sa-by-mutual-agreement",
published_at="2023-07-19", body="""EWN | Eyewitness News

Putin will not attend BRICS summit in SA 'by mutual agreement' - Presidency

JOHANNESBURG - Russian President Vladimir Putin will not attend next month's BRICS summit in Johannesburg in person, the Presidency said on Wednesday, and Russia will instead be represented by Foreign Minister Sergei Lavrov.

Spokesperson Vincent Magwenya said the decision had been taken "by mutual agreement" following consultations, and that President Cyril Ramaphosa and Putin had discussed the arrangement by phone on Tuesday evening. Putin will take part in the summit by video link.

South Africa, as a member of the International Criminal Court, would have been expected to arrest Putin under a warrant issued in March.

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h45-33", source="iletisim.gov.tr",
url="https://www.iletisim.gov.tr/english/haberler/detay/president-erdogan-holds-phone-calls-with-somali-president-and-ethiopian-pm",
published_at="2025-03-31", body="""Directorate of Communications | Presidency of the Republic of Türkiye

President Erdoğan holds phone calls with Somali President Mohamud and Ethiopian Prime Minister Ahmed

President Recep Tayyip Erdoğan held a phone call with President of Somalia Hassan Sheikh Mohamud on the occasion of Eid al-Fitr. The two leaders discussed bilateral relations and steps to implement the Ankara Declaration.

President Erdoğan also spoke by phone with Prime Minister of Ethiopia Abiy Ahmed, exchanging Eid greetings and discussing regional developments. President Erdoğan stated that Türkiye would continue its efforts for peace and stability in the Horn of Africa.

Share"""))

S.append(dict(id="h45-34", source="africanews.com",
url="https://www.africanews.com/2022/01/31/mali-expels-french-ambassador/",
published_at="2022-01-31", body="""africanews. | Live | Business | Sport

Mali expels French ambassador

Mali's military-led government on Monday ordered France's ambassador Joël Meyer to leave the country within 72 hours, in response to what it called "hostile and outrageous" comments by French officials.

The ambassador was summoned to the foreign ministry in Bamako and informed of the decision, state television said. French Foreign Minister Jean-Yves Le Drian had called the junta "illegitimate" last week.

Relations between Paris and Bamako have deteriorated sharply since the junta postponed elections and Russian military instructors arrived in the country.

More: ECOWAS delegation meets Burkina Faso junta in Ouagadougou"""))

S.append(dict(id="h45-35", source="angop.ao",
url="https://www.angop.ao/en/noticias/politica/head-of-state-receives-chinese-foreign-minister/",
published_at="2023-01-13", body="""ANGOP - Angola Press Agency

Head of State receives Chinese Foreign Minister

Luanda - The President of the Republic, João Lourenço, on Thursday received in audience at the Presidential Palace the Minister of Foreign Affairs of the People's Republic of China, Qin Gang, who is on an official visit to Angola.

The two discussed the strengthening of cooperation, in particular the financing of infrastructure and the restructuring of Angola's debt to Chinese creditors.

Qin Gang, who arrived from Gabon, leaves Luanda on Friday for Benin, and will end his African tour in Egypt.

JS/SC

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h45-36", source="mofa.go.jp",
url="https://www.mofa.go.jp/af/af1/sn/page1e_000468.html",
published_at="2022-08-27", body="""Ministry of Foreign Affairs of Japan

Japan-Senegal Summit Meeting (Video Conference)

August 27, 2022

On August 27, commencing at 3:40 p.m. for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting by video conference with H.E. Mr. Macky Sall, President of the Republic of Senegal and Chairperson of the African Union, on the occasion of the Eighth Tokyo International Conference on African Development (TICAD 8) held in Tunis.

Prime Minister Kishida expressed his intention to strengthen cooperation with Senegal in areas including food security, health and human resources development. The two leaders also exchanged views on the situation in Ukraine and its impact on Africa.

Prime Minister Kishida expressed his hope that President Sall would visit Japan at an early date.

Page Top | Back to Senegal"""))

S.append(dict(id="h45-37", source="ec.europa.eu",
url="https://ec.europa.eu/commission/presscorner/detail/en/ip_24_702",
published_at="2024-02-08", body="""European Commission - Press release

Commission President von der Leyen and Prime Minister Sánchez in Mauritania to launch new partnership

Nouakchott, 8 February 2024

Today, President Ursula von der Leyen and Spanish Prime Minister Pedro Sánchez are in Nouakchott, where they are meeting President of Mauritania Mohamed Ould Ghazouani. The EU and Mauritania are launching a partnership on migration, renewable hydrogen and investment.

The EU will mobilise over €210 million for Mauritania this year, including support for border management and for young people's jobs and skills.

For more information: Questions and answers | Global Gateway

IP/24/702

Press contacts | General public inquiries: Europe Direct by phone 00 800 67 89 10 11"""))

S.append(dict(id="h45-38", source="globalnewsdaily.top",
url="https://globalnewsdaily.top/world/erdogan-to-visit-uae-egypt-this-week-1882",
published_at="2024-02-12", body="""Erdogan to visit UAE, Egypt this week; first Cairo trip in 12 years

Turkish President Recep Tayyip Erdogan will travel to the United Arab Emirates on Tuesday and to Egypt on Wednesday, his office said on Monday.

In the UAE, Erdogan will hold talks with President Sheikh Mohamed bin Zayed Al Nahyan and attend the World Governments Summit in Dubai as guest of honour. In Cairo he will meet President Abdel Fattah al-Sisi, on his first visit to Egypt since 2012.

The two leaders shook hands at the opening of the World Cup in Qatar in 2022, the first step in a thaw after a decade of hostility.

Trending: Gold hits record | Bitcoin tops $50,000 | Top 10 smartphones of 2024"""))

S.append(dict(id="h45-39", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20211218-macron-postpones-mali-trip-citing-covid",
published_at="2021-12", body="""RFI English | Africa

Macron postpones Mali trip, citing Covid-19

French President Emmanuel Macron has postponed a visit to Mali planned for Monday, the Elysee said, citing the Covid-19 situation.

Macron had been due to visit French troops at their base in Gao and to hold talks with the head of Mali's junta, Colonel Assimi Goïta. The two sides had disagreed publicly over where the meeting should take place.

The trip comes amid growing tension between Paris and Bamako over reports that Mali is preparing to hire Russian mercenaries from the Wagner group.

Share | Subscribe to RFI's Africa newsletter"""))

S.append(dict(id="h45-40", source="africa24today.net",
url="https://africa24today.net/2025/05/traore-holds-talks-with-putin-in-kremlin/",
published_at=None, body="""Traoré holds talks with Putin in Kremlin after Victory Day parade

Burkina Faso's military leader, Captain Ibrahim Traoré, held talks with Russian President Vladimir Putin in the Kremlin on Friday, after attending the parade on Red Square marking the 80th anniversary of the victory over Nazi Germany.

The two discussed security cooperation, nuclear energy and the Russian military presence in the Sahel, according to the Kremlin.

Chinese President Xi Jinping, who is on a four-day state visit to Russia, watched the parade at Putin's side. Brazil's Luiz Inácio Lula da Silva was also among the foreign leaders present.

Share this: Facebook | WhatsApp | Telegram

Related: Traoré's popularity soars online across Africa"""))
