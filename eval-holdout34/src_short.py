# Short items (300-1,100 characters), h34-27 .. h34-40
S = []

S.append(dict(id="h34-27", source="aps.sn",
url="https://aps.sn/nouakchott-le-president-bassirou-diomaye-faye-entame-sa-premiere-visite-a-letranger/",
published_at="2024-04-18", body="""Agence de Presse Sénégalaise

Nouakchott : le président Bassirou Diomaye Faye entame sa première visite à l'étranger

Nouakchott, 18 avr (APS) - Le président de la République, Bassirou Diomaye Faye, est arrivé jeudi à Nouakchott, pour une visite d'amitié et de travail en Mauritanie, la première à l'étranger depuis son investiture le 2 avril.

Le chef de l'État a été accueilli à sa descente d'avion par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani. Les deux présidents doivent s'entretenir sur l'exploitation du champ gazier Grand Tortue Ahmeyim, la pêche et la sécurité.

AMN/ASG

Partager : Facebook | X | WhatsApp"""))

S.append(dict(id="h34-28", source="gna.org.gh",
url="https://gna.org.gh/2025/03/president-mahama-in-ouagadougou-for-talks-with-captain-traore/",
published_at="2025-03", body="""Ghana News Agency

President Mahama in Ouagadougou for talks with Captain Traoré

Accra, March 9, GNA - President John Dramani Mahama has arrived in Ouagadougou for talks with Burkina Faso's transitional leader, Captain Ibrahim Traoré, on security and regional integration.

The visit follows a stop in Bamako on Saturday, where the President met Mali's transitional leader, General Assimi Goïta.

President Mahama will travel on to Niamey later on Sunday for talks with General Abdourahamane Tiani, completing his tour of the three Alliance of Sahel States countries.

GNA

Follow GNA on WhatsApp | Share"""))

S.append(dict(id="h34-29", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/ramaphosa-tshisekedi-meet-on-sidelines-of-sadc-summit/",
published_at="2024-08-17", body="""SABC News

Ramaphosa, Tshisekedi meet on sidelines of SADC summit

President Cyril Ramaphosa has held talks with his Democratic Republic of Congo counterpart Félix Tshisekedi on the sidelines of the SADC Summit of Heads of State and Government in Harare.

The two leaders discussed the security situation in eastern DRC, where South African soldiers are deployed as part of the SADC mission, and the ceasefire brokered by Angola.

Ramaphosa arrived in Zimbabwe on Friday for the summit, at which President Emmerson Mnangagwa takes over as SADC chairperson.

Tags: SADC, DRC, Cyril Ramaphosa"""))

S.append(dict(id="h34-30", source="sonna.so",
url="https://sonna.so/en/president-hassan-sheikh-arrives-in-asmara-for-tripartite-summit/",
published_at="2024-10-10", body="""Somali National News Agency (SONNA)

President Hassan Sheikh Mohamud arrives in Asmara for tripartite summit

Asmara, 10 October 2024 (SONNA) - The President of the Federal Republic of Somalia, H.E. Hassan Sheikh Mohamud, has arrived in Asmara, where he was welcomed at the airport by President Isaias Afwerki.

The two leaders held bilateral talks shortly after his arrival on strengthening relations and regional security.

President Hassan Sheikh will take part in a tripartite summit with President Isaias and Egyptian President Abdel Fattah al-Sisi, who is expected in Asmara later today.

SONNA

Share: Facebook | X | Telegram
Related: Somalia, Egypt sign defence protocol in Cairo"""))

S.append(dict(id="h34-31", source="thecalabashnewspaper.com",
url="https://thecalabashnewspaper.com/president-bio-holds-talks-with-tinubu-in-abuja/",
published_at="2023-12-10", body="""The Calabash Newspaper

President Bio holds talks with Tinubu in Abuja

By Calabash Staff

President Julius Maada Bio on Sunday held talks with Nigeria's President Bola Ahmed Tinubu on the sidelines of the 64th Ordinary Session of the ECOWAS Authority of Heads of State and Government in Abuja.

President Bio briefed his host on the situation in Sierra Leone following the 26 November attacks on military barracks and prisons in Freetown, and thanked Nigeria for its solidarity.

The two leaders also discussed regional security and the transitions in Mali, Burkina Faso, Guinea and Niger.

Share this: Facebook | WhatsApp"""))

S.append(dict(id="h34-32", source="monitor.co.ug",
url="https://www.monitor.co.ug/uganda/news/national/muhoozi-meets-kagame-in-kigali-3691120",
published_at="2022-01", body="""Daily Monitor

Muhoozi meets Kagame in Kigali, border reopening in sight

Lt Gen Muhoozi Kainerugaba, the Commander of Land Forces and senior presidential adviser on special operations, on Saturday met Rwandan President Paul Kagame in Kigali, in a visit seen as a major step towards ending a three-year standoff between the two countries.

Gen Muhoozi, who delivered a message from President Museveni, described the talks as "very cordial".

Rwanda closed the Gatuna border post in February 2019, accusing Uganda of abducting its nationals and supporting rebels.

Share | Comments (23)"""))

S.append(dict(id="h34-33", source="kbc.co.ke",
url="https://www.kbc.co.ke/japanese-pm-kishida-holds-talks-with-ruto-in-nairobi/",
published_at="2023-05-03", body="""KBC | Kenya Broadcasting Corporation

Japanese PM Kishida holds talks with Ruto in Nairobi

Japanese Prime Minister Fumio Kishida on Wednesday held talks with President William Ruto at State House, Nairobi, on trade, investment and the Mombasa special economic zone.

Kishida arrived in Nairobi on Tuesday night from Ghana, having started his Africa tour in Egypt.

He leaves on Thursday for Mozambique, the last stop of his tour, where he will meet President Filipe Nyusi.

Tags: Japan, Kenya, Fumio Kishida

Share: Facebook | Twitter"""))

S.append(dict(id="h34-34", source="shabait.com",
url="https://shabait.com/2024/09/president-isaias-receives-message-from-president-al-sisi/",
published_at="2024-09", body="""Shabait | Ministry of Information, Eritrea

President Isaias receives message from President Al-Sisi

Asmara - President Isaias Afwerki received a message from President Abdel Fattah Al-Sisi of Egypt, delivered by Egyptian Foreign Minister Dr. Badr Abdelatty and General Intelligence Director Major General Abbas Kamel, at the Adi Halo resort area today.

The meeting focused on bilateral cooperation and on developments in Sudan, Somalia and the Red Sea region.

Foreign Minister Osman Saleh and Presidential Adviser Yemane Gebreab were present at the meeting.

Other News
- Graduation ceremony at Sawa
- Agricultural activities in Gash Barka region

Print | Share"""))

S.append(dict(id="h34-35", source="clubofmozambique.com",
url="https://clubofmozambique.com/news/kagame-arrives-in-pemba-to-visit-rwandan-troops-204112/",
published_at="2021-09-24", body="""Club of Mozambique

Kagame arrives in Pemba to visit Rwandan troops

Rwandan President Paul Kagame arrived in Pemba, the capital of Cabo Delgado province, on Friday, where he was received by President Filipe Nyusi.

The two heads of state are scheduled to visit Rwandan and Mozambican troops in Palma and Mocímboa da Praia on Saturday. Rwanda deployed about 1,000 soldiers and police officers to Cabo Delgado in July to fight insurgents.

Kagame will then travel to Maputo for talks with Nyusi.

Share | Print | Comments"""))

S.append(dict(id="h34-36", source="nyasatimes.com",
url="https://www.nyasatimes.com/indian-president-murmu-arrives-in-lilongwe-for-state-visit/",
published_at="2024-10-17", body="""Nyasa Times

Indian President Murmu arrives in Lilongwe for state visit

Indian President Droupadi Murmu arrived at Kamuzu International Airport on Thursday for a three-day state visit to Malawi, the first by an Indian head of state, and was welcomed by President Lazarus Chakwera.

Murmu arrived from Mauritania, where she held talks with President Mohamed Ould Ghazouani, after starting her tour in Algeria.

The two presidents will hold talks on Friday, and several memoranda of understanding are expected to be signed.

Follow Nyasa Times on Facebook | Donate"""))

S.append(dict(id="h34-37", source="africa-press.net",
url="https://www.africa-press.net/burkina-faso/politics/captain-traore-holds-talks-with-putin-in-st-petersburg",
published_at="2023-07-29", body="""Africa-Press - Burkina Faso

Captain Traoré holds talks with Putin in St Petersburg

Burkina Faso's transitional president, Captain Ibrahim Traoré, held talks with Russian President Vladimir Putin on Saturday on the sidelines of the second Russia-Africa summit in St Petersburg.

Putin said Russia would reopen its embassy in Ouagadougou. Traoré said young Africans must not be "beggars" and that his country wanted partners, not charity.

Read also: Russia to send free grain to six African countries

Tags: Burkina Faso, Russia, Russia-Africa summit | 3 comments"""))

S.append(dict(id="h34-38", source="channelstv.com",
url="https://www.channelstv.com/2024/12/09/tinubu-calls-mahama-congratulates-him-on-election-victory/",
published_at="2024-12-09", body="""Channels Television

Tinubu calls Mahama, congratulates him on election victory

President Bola Tinubu on Monday telephoned Ghana's President-elect, John Dramani Mahama, to congratulate him on his victory in Saturday's presidential election.

In a statement, presidential spokesman Bayo Onanuga said Tinubu commended the people of Ghana for a peaceful poll and expressed confidence that Mahama, who will be sworn in on January 7, would work with Nigeria to strengthen ECOWAS.

Channels TV | Watch live"""))

S.append(dict(id="h34-39", source="maliweb.net",
url="https://www.maliweb.net/diplomatie/mali-summons-algerian-ambassador-3049118.html",
published_at="2023-12-21", body="""maliweb.net

Mali summons Algerian ambassador over meetings with northern groups

Mali's Foreign Ministry on Wednesday summoned Algeria's ambassador in Bamako, El Haoues Riache, to protest against what it called "unfriendly acts", including recent meetings in Algeria with leaders of northern armed groups that signed the 2015 peace agreement.

Bamako also objected to an audience granted by President Abdelmadjid Tebboune to Imam Mahmoud Dicko, a Malian religious leader critical of the transition.

Algeria responded by summoning Mali's ambassador.

Commentaires (14) | Partager"""))

S.append(dict(id="h34-40", source="africa-briefs.net",
url="https://africa-briefs.net/putin-ramaphosa-discuss-brics-summit-by-phone/",
published_at=None, body="""Africa Briefs

Putin, Ramaphosa discuss BRICS summit arrangements by phone

Russian President Vladimir Putin and South African President Cyril Ramaphosa discussed preparations for the BRICS summit in Johannesburg in a telephone conversation, the South African Presidency said.

By mutual agreement, Putin will not attend the summit in person but will take part by video link. Foreign Minister Sergei Lavrov will lead the Russian delegation in Johannesburg.

Source: agencies

More briefs | Subscribe"""))
