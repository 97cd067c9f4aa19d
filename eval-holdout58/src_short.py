# Short items (300-1,100 characters), h58-27 .. h58-40
S = []

S.append(dict(id="h58-27", source="lesoleil.sn",
url="https://lesoleil.sn/premiere-sortie-a-letranger-le-president-bassirou-diomaye-faye-a-nouakchott/",
published_at="2024-04-18", body="""Le Soleil Digital
Politique

Première sortie à l'étranger : le président Bassirou Diomaye Faye à Nouakchott

Par Cheikh Tidiane Sarr | Publié le 18 avril 2024

Le président de la République, Bassirou Diomaye Faye, est arrivé ce jeudi matin à Nouakchott pour une visite d'amitié et de travail en Mauritanie, sa première à l'étranger depuis son investiture le 2 avril. Il a été accueilli à sa descente d'avion par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani.

Les deux chefs d'État devaient s'entretenir de la coopération bilatérale, notamment de l'exploitation commune du champ gazier Grand Tortue Ahmeyim, de la pêche et de la sécurité le long du fleuve Sénégal.

Partager : Facebook | X | WhatsApp
Lire aussi : Conseil des ministres : les premières mesures du gouvernement Sonko"""))

S.append(dict(id="h58-28", source="cookislandsnews.com",
url="https://www.cookislandsnews.com/internal/national/politics/pm-brown-signs-partnership-plan-in-beijing/",
published_at="2025-02", body="""Cook Islands News
National | Politics

PM Brown signs partnership plan in Beijing

By Losaline Tangi

Prime Minister Mark Brown has signed an action plan for a "comprehensive strategic partnership" with China during his visit to Beijing, covering seabed minerals research, infrastructure, tourism and climate resilience.

The plan was signed with Chinese officials on Friday, the last day of Brown's week-long trip.

New Zealand's Foreign Minister Winston Peters said Wellington had not been shown the text beforehand, as he said the free association arrangement requires. Brown said the Cook Islands kept New Zealand informed "as partners, not as a colony".

Opposition leader Tina Browne has called for the document to be tabled in Parliament.

Comments (18) | Share"""))

S.append(dict(id="h58-29", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202405210015",
published_at="2024-05-21", body="""Focus Taiwan | CNA English News
Politics

Lai meets Palau's Whipps after inauguration

05/21/2024 06:12 PM

Taipei, May 21 (CNA) President Lai Ching-te met Palauan President Surangel Whipps Jr. at the Presidential Office on Tuesday, a day after Whipps led his country's delegation to Lai's inauguration, and pledged to deepen cooperation in health care, tourism and maritime security.

Whipps was among the foreign leaders at Monday's ceremony, along with Paraguayan President Santiago Peña, Marshall Islands President Hilda Heine and Tuvalu Prime Minister Feleti Teo.

(By Chen Yun-ting and Joseph Lo)
Enditem/AW

Related: Paraguay's Peña says ties with Taiwan 'solid as a rock'"""))

S.append(dict(id="h58-30", source="kun.uz",
url="https://kun.uz/en/news/2024/09/15/uzbekistan-germany-sign-migration-agreement-as-scholz-visits-samarkand",
published_at="2024-09-15", body="""Kun.uz
USD/UZS 12,690 | EUR/UZS 14,050 | RUB/UZS 139.5

Uzbekistan, Germany sign migration agreement as Scholz visits Samarkand

15 September 2024, 19:20 | Politics

Uzbekistan and Germany signed an agreement on migration and mobility in Samarkand on Sunday, during a visit by German Chancellor Olaf Scholz.

The agreement, signed in the presence of Scholz and President Shavkat Mirziyoyev, makes it easier for German employers to hire skilled Uzbek workers and sets out procedures for the return of Uzbek citizens who have no right to stay in Germany.

Scholz is to fly to Astana on Monday for talks with Kazakh President Kassym-Jomart Tokayev and a summit with the leaders of the five Central Asian states.

Tags: Germany, Olaf Scholz, migration, Samarkand"""))

S.append(dict(id="h58-31", source="sofiaglobe.com",
url="https://sofiaglobe.com/2022/01/18/bulgarias-petkov-north-macedonias-kovachevski-agree-on-working-groups/",
published_at="2022-01-18", body="""The Sofia Globe

Bulgaria's Petkov, North Macedonia's Kovachevski agree on working groups in Skopje talks

January 18, 2022 by The Sofia Globe staff

Bulgarian Prime Minister Kiril Petkov and his North Macedonia counterpart Dimitar Kovachevski agreed in Skopje on January 18 to set up working groups on infrastructure, the economy, European integration and history, in an effort to break the deadlock over Bulgaria's veto on the start of North Macedonia's EU accession talks.

Petkov travelled with a large delegation that included Deputy Prime Minister Assen Vassilev and Foreign Minister Teodora Genchovska. Kovachevski was elected by parliament on Sunday.

Petkov invited Kovachevski to Sofia for a joint government sitting.

Support The Sofia Globe's independent journalism on Patreon."""))

S.append(dict(id="h58-32", source="caribnewsdesk.xyz",
url="https://caribnewsdesk.xyz/2025/07/04/modi-addresses-tt-parliament-receives-highest-honour/",
published_at="2025-07-04", body="""CaribNewsDesk | Latest Caribbean headlines

Modi addresses T&T Parliament, receives country's highest honour

Indian Prime Minister Narendra Modi addressed a joint sitting of Trinidad and Tobago's Parliament on Friday and was presented with the Order of the Republic of Trinidad and Tobago, on the second day of the first bilateral visit by an Indian prime minister since 1999.

Modi, who arrived on Thursday after a stop in Ghana, held talks with Prime Minister Kamla Persad-Bissessar, and the two sides signed six agreements on health, culture and digital services.

He leaves on Friday evening for Buenos Aires, where he will hold talks with Argentine President Javier Milei, before heading to Brazil for the BRICS summit.

Source: agencies | Read original

Send money home fast - compare rates today"""))

S.append(dict(id="h58-33", source="solomons.gov.sb",
url="https://solomons.gov.sb/pm-manele-receives-congratulatory-call-from-australian-prime-minister/",
published_at="2024-05", body="""Solomon Islands Government
Office of the Prime Minister and Cabinet | Media Release

PM Manele receives congratulatory call from Australian Prime Minister

Prime Minister Hon. Jeremiah Manele has received a telephone call from Australian Prime Minister Hon. Anthony Albanese, who congratulated him on his election as Prime Minister of Solomon Islands.

During the call, the two leaders reaffirmed the close partnership between the two countries, including in policing, budget support and labour mobility. Prime Minister Albanese invited Prime Minister Manele to visit Australia, an invitation Prime Minister Manele accepted, with dates to be confirmed.

Prime Minister Manele also acknowledged congratulatory messages received from leaders across the region and beyond, including from Premier Li Qiang of the People's Republic of China and New Zealand Prime Minister Christopher Luxon.

-ENDS-
Government Communications Unit"""))

S.append(dict(id="h58-34", source="myjoyonline.com",
url="https://www.myjoyonline.com/mahama-in-bamako-as-he-begins-tour-of-sahel-states/",
published_at="2025-03-08", body="""MyJoyOnline
Politics

Mahama in Bamako as he begins tour of Sahel states

Kwabena Asante-Mensah | March 8, 2025

President John Dramani Mahama arrived in Bamako on Saturday morning for talks with Mali's transitional leader General Assimi Goïta, the first stop on a tour of the three countries that make up the Alliance of Sahel States (AES).

Mahama is expected in Niamey later on Saturday for talks with General Abdourahamane Tiani, before travelling to Ouagadougou on Sunday to meet Captain Ibrahim Traoré.

The Presidency said the tour aims to strengthen cooperation against terrorism and keep channels open between the AES and ECOWAS, which the three states formally left in January.

Comments (23) | Share | Join our WhatsApp channel"""))

S.append(dict(id="h58-35", source="zawya.com",
url="https://www.zawya.com/en/economy/gcc/uae-and-georgia-sign-comprehensive-economic-partnership-agreement-k3v8q2xa",
published_at="2023-10-26", body="""ZAWYA
Brent crude $88.40 | DFMGI 3,841.2 | FTSE ADX 9,451.7 | USD/AED 3.6725

UAE and Georgia sign comprehensive economic partnership agreement

October 26, 2023 | Emirates News Agency (WAM)

TBILISI: The UAE and Georgia have signed a Comprehensive Economic Partnership Agreement (CEPA) aimed at removing or reducing tariffs on most goods and opening markets for services and investment.

The agreement was signed in Tbilisi by Dr Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign Trade, and Levan Davitashvili, Georgia's First Vice Prime Minister and Minister of Economy and Sustainable Development, in the presence of Prime Minister Irakli Garibashvili, on the sidelines of the Tbilisi Silk Road Forum.

Disclaimer: The content of this article is syndicated or provided to this website from an external source."""))

S.append(dict(id="h58-36", source="dominicantoday.com",
url="https://dominicantoday.com/dr/politics/2025/02/06/rubio-meets-abinader-in-santo-domingo/",
published_at="2025-02-06", body="""Dominican Today
USD/DOP 61.95 | EUR/DOP 64.40

Politics
Rubio meets Abinader in Santo Domingo, closes first foreign tour

Santo Domingo.- U.S. Secretary of State Marco Rubio met with President Luis Abinader at the National Palace on Thursday, on the last stop of his first trip abroad as America's top diplomat, which also took him to Panama, El Salvador, Costa Rica and Guatemala.

Talks covered the crisis in neighbouring Haiti, irregular migration, drug trafficking and energy. Rubio called the Dominican Republic a "strong partner" in the region.

Rubio arrived on Wednesday night from Guatemala City, where he had met President Bernardo Arévalo.

Comments: 4 | Share on WhatsApp"""))

S.append(dict(id="h58-37", source="armenpress.am",
url="https://armenpress.am/en/article/1140518",
published_at="2024-06-18", body="""ARMENPRESS | Armenian News Agency
Defense | 13:42, 18 June 2024

Armenia signs contract with France for CAESAR howitzers

YEREVAN, JUNE 18, ARMENPRESS. Defense Minister of Armenia Suren Papikyan and Minister of the Armed Forces of France Sébastien Lecornu signed a contract on the supply of CAESAR self-propelled howitzers to Armenia in Paris on June 18.

The document was signed on the sidelines of the Eurosatory 2024 international defence exhibition. Papikyan is in France on a working visit, during which the ministers also discussed the regional security situation and further steps in defence cooperation.

Photo: Ministry of Defense of Armenia

Follow ARMENPRESS on Telegram"""))

S.append(dict(id="h58-38", source="gulfheadlines.info",
url="https://gulfheadlines.info/bahrain-king-hamad-holds-talks-with-putin-in-moscow/",
published_at="2024-05-23", body="""Gulf Headlines | Aggregated news from the region

Bahrain's King Hamad holds talks with Putin in Moscow

Bahrain's King Hamad bin Isa Al Khalifa held talks with Russian President Vladimir Putin at the Kremlin on Thursday, a week after the Arab League summit in Manama called for an international peace conference on the Middle East.

The king, on an official visit to Russia, said he hoped Moscow would take part in the proposed conference. Putin said bilateral trade was growing and praised Bahrain's role in the region.

Hamad invited Putin to visit Bahrain, and the Kremlin said the invitation had been accepted with thanks.

Originally published by agencies | Source link
Trending: Gold hits record high"""))

S.append(dict(id="h58-39", source="timor-leste.gov.tl",
url="https://timor-leste.gov.tl/?p=33712&lang=en",
published_at="2023-09", body="""Government of Timor-Leste
Press Release

Prime Minister meets President of the People's Republic of China in Hangzhou

The Prime Minister, Kay Rala Xanana Gusmão, was received by the President of the People's Republic of China, Xi Jinping, in Hangzhou on 23 September, on the margins of the opening ceremony of the 19th Asian Games.

During the meeting, the two leaders announced the elevation of relations between Timor-Leste and China to a comprehensive strategic partnership, with cooperation in agriculture, infrastructure, health and education.

The Prime Minister is on an official visit to China accompanied by several members of the Government.

Print | Share"""))

S.append(dict(id="h58-40", source="indiadailyfeed.online",
url="https://indiadailyfeed.online/world/president-murmu-conferred-suriname-highest-civilian-honour",
published_at=None, body="""India Daily Feed
World

President Murmu conferred Suriname's highest civilian honour

President Droupadi Murmu was conferred the Grand Order of the Chain of the Yellow Star, Suriname's highest civilian award, by President Chandrikapersad Santokhi in Paramaribo on Monday, during her first state visit abroad since taking office.

The two presidents held talks and witnessed the exchange of agreements on health, agriculture and capacity building. Murmu also joined events marking 150 years of the arrival of Indians in Suriname.

Murmu will travel to Serbia on Wednesday for a three-day state visit, the first by an Indian president to the country.

Source: Agencies | Share"""))
