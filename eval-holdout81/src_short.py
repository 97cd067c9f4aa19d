# Short items (300-1,100 characters), h81-27 .. h81-40
S = []

S.append(dict(id="h81-27", source="lefigaro.fr",
url="https://www.lefigaro.fr/international/emmanuel-macron-est-arrive-a-alger-pour-une-visite-de-trois-jours-20220825",
published_at="2022-08-25", body="""Emmanuel Macron est arrivé à Alger pour une visite de trois jours

Par Le Figaro avec AFP | Publié le 25/08/2022 à 16:05

Le président de la République a été accueilli à sa descente d'avion par son homologue Abdelmadjid Tebboune, jeudi après-midi, pour une visite destinée à « refonder » une relation marquée par les blessures de la colonisation.

Les deux chefs d'Etat doivent s'entretenir en tête-à-tête au palais d'El Mouradia avant un dîner officiel. Emmanuel Macron se rendra samedi à Oran.

La question mémorielle, le gaz et les visas figurent au menu des discussions.

À lire aussi : Gaz : l'Algérie, nouveau fournisseur courtisé par l'Europe

Partager : Facebook | X | E-mail | 87 commentaires"""))

S.append(dict(id="h81-28", source="mfa.gov.sg",
url="https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2025/01/20250107-Leaders-Retreat",
published_at="2025-01-07", body="""Ministry of Foreign Affairs Singapore | Newsroom

Prime Minister Lawrence Wong's Official Visit to Malaysia for the 11th Malaysia-Singapore Leaders' Retreat, 7 January 2025

Prime Minister Lawrence Wong is in Putrajaya for the 11th Malaysia-Singapore Leaders' Retreat at the invitation of Prime Minister Anwar Ibrahim. This is Prime Minister Wong's first Leaders' Retreat.

The two Prime Ministers witnessed the signing of the Agreement on the Johor-Singapore Special Economic Zone, as well as memoranda on clean energy and on personal data protection.

The two Leaders agreed that the 12th Leaders' Retreat will be held in Singapore.

.  .  .  .  .

MINISTRY OF FOREIGN AFFAIRS
SINGAPORE
7 JANUARY 2025

Share: Facebook | X | Email | Print"""))

S.append(dict(id="h81-29", source="livemint.com",
url="https://www.livemint.com/market/stock-market-news/rupee-opens-higher-after-modi-trump-talks-sensex-gains-11739502811234.html",
published_at="2025-02-14", body="""Mint | Markets

Sensex 76,138.97 ▲ +0.07% | Nifty 23,031.40 ▲ +0.01% | USD/INR 86.78

Rupee opens higher after Modi-Trump talks; Sensex gains

Livemint | 14 Feb 2025, 09:32 AM IST

The rupee opened 11 paise higher at 86.78 against the dollar on Friday after Prime Minister Narendra Modi and US President Donald Trump agreed at the White House to negotiate the first tranche of a bilateral trade agreement by autumn and set a $500 billion trade target for 2030.

Dealers said the mood eased after Trump announced reciprocal tariffs would be studied country by country rather than imposed immediately.

PM Modi with French President Emmanuel Macron at the Mazargues war cemetery in Marseille on Wednesday. (PIB)

Catch all the Business News and Market News on Live Mint. Download the Mint app."""))

S.append(dict(id="h81-30", source="naijanewsblog.com.ng",
url="https://naijanewsblog.com.ng/tinubu-to-depart-abuja-for-state-visit-to-france/",
published_at="2024-11", body="""Tinubu to depart Abuja for state visit to France

Posted by Admin | News | 0 Comments

President Bola Tinubu will on Tuesday depart Abuja for a state visit to France at the invitation of President Emmanuel Macron, presidential spokesman Bayo Onanuga said in a statement.

According to the statement, the two leaders will hold talks at the Elysee Palace on Thursday on trade, energy, security in the Sahel and the Nigerian diaspora. Macron will also host a state banquet in honour of the Nigerian leader.

Tinubu will be accompanied by the Ministers of Foreign Affairs, Finance and Solid Minerals, among others. It is the first state visit by a Nigerian president to France in 24 years.

Share this: WhatsApp | Facebook | X

Naira: N1,688/$ (official) | Advertise with us"""))

S.append(dict(id="h81-31", source="worldnewsera.xyz",
url="https://worldnewsera.xyz/asia/wang-yi-lavrov-meet-in-vientiane-on-asean-sidelines-22871",
published_at="2024-07-25", body="""Wang Yi, Lavrov meet in Vientiane on ASEAN sidelines

Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Vientiane on Thursday on the sidelines of ASEAN-related foreign ministers' meetings, with the two agreeing to work on a "new security architecture" for Eurasia, the Russian side said.

Wang is expected to meet US Secretary of State Antony Blinken on Friday, a State Department official said, in their first talks since April.

Source: Agencies

Trending: Paris 2024 opening ceremony | Kamala Harris rally | Gold price today

Disclaimer: This story is auto-generated from a syndicated feed. Worldnewsera does not own the content."""))

S.append(dict(id="h81-32", source="the-star.co.ke",
url="https://www.the-star.co.ke/news/2024-09-21-ruto-lands-in-haiti-to-visit-kenyan-police",
published_at="2024-09-21", body="""The Star Kenya | News

Ruto lands in Haiti to visit Kenyan police officers

By Star Reporter | 21 September 2024 - 18:20

President William Ruto on Saturday arrived in Port-au-Prince, where he visited the Kenyan police officers leading the Multinational Security Support mission.

Ruto held talks with Transitional Presidential Council chairman Edgard Leblanc Fils and Prime Minister Garry Conille on security and the road to elections.

From Haiti, the President will fly to New York for the UN General Assembly, where he is expected to push for the mission to be turned into a UN peacekeeping operation.

Tags: William Ruto, Haiti, MSS

Share | 5 comments"""))

S.append(dict(id="h81-33", source="governo.it",
url="https://www.governo.it/en/articolo/president-meloni-meets-prime-minister-rama/24211",
published_at="2023-11-06", body="""Italian Government | Presidency of the Council of Ministers

President Meloni meets Prime Minister Rama

6 November 2023

The President of the Council of Ministers, Giorgia Meloni, today received the Prime Minister of the Republic of Albania, Edi Rama, at Palazzo Chigi.

At the end of the meeting, the two leaders signed a Protocol on strengthening cooperation in the field of migration, under which Italy will build two facilities in Albania to process the asylum claims of people rescued at sea.

President Meloni thanked Prime Minister Rama for his friendship towards Italy.

Photo gallery | Video

Share: Facebook | X | LinkedIn"""))

S.append(dict(id="h81-34", source="armenpress.am",
url="https://armenpress.am/eng/news/1120845.html",
published_at="2023-10", body="""ARMENPRESS | Politics

Pashinyan holds quadrilateral meeting in Granada after Aliyev pulls out

GRANADA, OCTOBER 5, ARMENPRESS. Prime Minister Nikol Pashinyan held a meeting in Granada with President of France Emmanuel Macron, Chancellor of Germany Olaf Scholz and President of the European Council Charles Michel on the sidelines of the European Political Community summit.

The five-party meeting with the participation of Azerbaijani President Ilham Aliyev, which was planned in Granada, did not take place after the Azerbaijani side announced that Aliyev would not attend.

The participants of the meeting issued a joint statement supporting the normalization of Armenia-Azerbaijan relations.

Photo: Office of the Prime Minister of Armenia

Follow us on Telegram"""))

S.append(dict(id="h81-35", source="profit.pakistantoday.com.pk",
url="https://profit.pakistantoday.com.pk/2024/04/08/kse-100-crosses-67000-on-saudi-investment-hopes/",
published_at="2024-04-08", body="""Profit by Pakistan Today | Markets

KSE-100 ▲ 67,301.56 (+0.88%) | USD/PKR 277.86 | Gold Rs 241,500/tola

KSE-100 crosses 67,000 on Saudi investment hopes

PM Shehbaz meets Crown Prince Mohammed bin Salman in Makkah; both sides agree to expedite $5bn investment package

By Profit Staff | April 8, 2024

The benchmark KSE-100 index closed at a record 67,301.56 points on Monday, up 586 points, with banks and oil marketing companies leading the rally.

Analysts attributed the gains to news from Saudi Arabia over the weekend and expectations of an IMF staff-level agreement on a new programme.

Volumes stood at 402 million shares.

Share | Comments"""))

S.append(dict(id="h81-36", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/pm-sogavare-meets-president-xi-in-beijing/",
published_at="2023-07-11", body="""Solomon Star News | National

PM Sogavare meets President Xi in Beijing

Prime Minister Manasseh Sogavare has held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing, during his official visit to China.

The two leaders announced the upgrading of relations to a comprehensive strategic partnership. Nine agreements were signed, including a police cooperation implementation plan, civil aviation and a trade arrangement.

Sogavare, who arrived in Beijing on Sunday, will also meet Premier Li Qiang before travelling to Tianjin for the World Economic Forum's Summer Davos meeting.

Photo: PM Sogavare and President Xi during the welcoming ceremony. - GCU

Share | Like us on Facebook"""))

S.append(dict(id="h81-37", source="lankaviews.blogspot.com",
url="https://lankaviews.blogspot.com/2024/12/akd-to-make-first-state-visit-to-india.html",
published_at="2024-12-14", body="""LANKA VIEWS

AKD to make first state visit to India from Sunday

President Anura Kumara Dissanayake will leave for New Delhi on Sunday on a three-day state visit to India, his first overseas trip since taking office in September, the President's Media Division said.

He will hold talks with Prime Minister Narendra Modi and call on President Droupadi Murmu, and is also expected to visit Bodh Gaya.

Indian External Affairs Minister S. Jaishankar was in Colombo in October. A visit to China is expected early next year, officials said, without giving dates.

Posted by Lanka Views at 9:12 PM | No comments:

Labels: AKD, India, foreign policy"""))

S.append(dict(id="h81-38", source="gov.ie",
url="https://www.gov.ie/en/press-release/taoiseach-to-travel-to-washington-dc-for-st-patricks-day/",
published_at="2025-03", body="""gov.ie | Department of the Taoiseach | Press release

Taoiseach to travel to Washington DC for St Patrick's Day engagements

The Taoiseach, Micheál Martin TD, will travel to Washington DC this week for the annual St Patrick's Day programme.

The Taoiseach will meet President Donald Trump at the White House on Wednesday 12 March, followed by the traditional Shamrock Ceremony. He will also attend the Speaker's Lunch on Capitol Hill and a breakfast hosted by Vice President JD Vance.

The Taoiseach said: "The relationship between Ireland and the United States is deep and longstanding, and I look forward to constructive discussions."

Ministers will also travel to more than 40 countries as part of the St Patrick's Day programme.

Share: Email | X | Facebook | LinkedIn"""))

S.append(dict(id="h81-39", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/horn-briefs-hassan-sheikh-in-asmara",
published_at="2024-01-09", body="""Garowe Online | Horn Briefs

HORN BRIEFS: Hassan Sheikh in Asmara; Cairo backs Mogadishu

ASMARA - President Hassan Sheikh Mohamud arrived in Asmara on Monday for talks with Eritrean President Isaias Afwerki, as Mogadishu seeks regional support against the port deal between Ethiopia and Somaliland.

CAIRO - Egypt's President Abdel Fattah el-Sisi has spoken by phone with Hassan Sheikh and reaffirmed Egypt's support for Somalia's unity and sovereignty, the Egyptian presidency said.

ADDIS ABABA - The memorandum of understanding signed on January 1 by Ethiopia and Somaliland's leader Muse Bihi Abdi continues to draw criticism from the AU and IGAD.

MOGADISHU - Somalia has recalled its ambassador to Ethiopia for consultations.

Follow Garowe Online on X and Facebook | Share"""))

S.append(dict(id="h81-40", source="gulfnewsfeed.top",
url=None,
published_at=None, body="""Bahrain and Qatar agree to restore diplomatic relations

Bahrain and Qatar have agreed to restore diplomatic relations, the two countries said in a joint statement, more than five years after Manama joined a Saudi-led boycott of Doha.

The decision was taken at a meeting between delegations of the two countries at the headquarters of the Gulf Cooperation Council secretariat in Riyadh, the statement carried by the Bahrain News Agency and Qatar News Agency said.

The two sides said the move stemmed from "the desire to develop Gulf integration".

Source: Agencies | Views: 1,204

Related: GCC ministers meet in Riyadh | Oil holds near $85

Disclaimer: Content is aggregated automatically."""))
