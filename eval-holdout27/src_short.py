# Short items (300-1,100 characters), h27-27 .. h27-40
S = []

S.append(dict(id="h27-27", source="aps.sn",
url="https://aps.sn/le-president-faye-a-nouakchott-pour-sa-premiere-sortie-a-letranger/",
published_at="2024-04-18", body="""Le président Faye à Nouakchott pour sa première sortie à l'étranger

Nouakchott, 18 avr (APS) - Le président de la République, Bassirou Diomaye Faye, est arrivé jeudi matin à Nouakchott, en Mauritanie, pour une visite d'amitié et de travail, sa première à l'étranger depuis son investiture le 2 avril.

Le chef de l'Etat a été accueilli à l'aéroport international Oumtounsy par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani, avant un entretien en tête-à-tête au palais présidentiel.

Les deux dirigeants devaient évoquer l'exploitation commune du champ gazier Grand Tortue Ahmeyim, la pêche et la sécurité dans la sous-région.

AS/OID/ASG

Partager : Facebook | X | WhatsApp
Mots-clés : Diplomatie, Mauritanie, Bassirou Diomaye Faye"""))

S.append(dict(id="h27-28", source="miningweekly.com",
url="https://www.miningweekly.com/article/zimbabwe-miners-warn-power-cuts-hurt-output-2015-11-30",
published_at="2015-11", body="""Mining Weekly
Platinum | Gold | Zimbabwe

Zimbabwe miners warn power cuts are hurting output

By: Reuters | 30th November 2015

Zimbabwe's mining companies said on Monday that daily power cuts of up to 18 hours were forcing them to scale back production, as low water levels at the Kariba dam cut the country's electricity supply.

The Chamber of Mines said gold and platinum producers were relying on costly diesel generators and imported power, and that some smaller operations had suspended work.

The government has said new capacity at Kariba South and the Hwange coal-fired station, both being built by Chinese firms, will ease the shortage from 2017.

Chinese President Xi Jinping is due in Harare on Tuesday for a state visit, before travelling on to South Africa.

Related articles
Zimplats to keep expansion on hold
Zimbabwe eyes diamond sector consolidation

Comment | Share | Email this article"""))

S.append(dict(id="h27-29", source="demerarawaves.com",
url="https://demerarawaves.com/2024/11/20/indian-pm-modi-arrives-in-guyana/",
published_at="2024-11-20", body="""Demerara Waves Online News

Indian PM Modi arrives in Guyana

Last Updated on Wednesday, 20 November 2024, 7:05 by Denis Chabrol

Indian Prime Minister Narendra Modi arrived in Guyana late Tuesday night for a state visit, the first by an Indian head of government in 56 years, and was met at the Cheddi Jagan International Airport by President Irfaan Ali, Prime Minister Mark Phillips and several cabinet ministers.

Mr. Modi flew in from Rio de Janeiro, where he attended the G20 summit. He will hold talks with President Ali on Wednesday and address a special sitting of the National Assembly.

He is also due to co-chair the second India-CARICOM Summit in Georgetown, where Dominica is expected to confer its highest national award on him.

Advertisement

Related
Ali announces public holiday for Indian PM's visit
Cabinet approves deal for Indian ferries"""))

S.append(dict(id="h27-30", source="omannews.gov.om",
url="https://omannews.gov.om/topics/en/79/show/108412",
published_at="2023-05-27", body="""Oman News Agency

HM the Sultan to pay state visit to Iran

Muscat, 27 May (ONA) --- His Majesty Sultan Haitham bin Tarik will, on Sunday, begin a state visit to the Islamic Republic of Iran, in response to an invitation from President Dr. Ebrahim Raisi.

The Diwan of Royal Court said in a statement that the visit comes within the framework of the deep-rooted relations between the two countries, and will include talks on bilateral cooperation and regional and international developments.

His Majesty will be accompanied by an official delegation.

--- ONA

Top news
Oman, Egypt sign MoU on tourism cooperation
OQ announces results for first quarter"""))

S.append(dict(id="h27-31", source="moneyweb.co.za",
url="https://www.moneyweb.co.za/news/markets/rand-firms-as-oil-retreats-ramaphosa-speaks-to-putin/",
published_at="2022-03-10", body="""Moneyweb | Markets

JSE ALSI 72,914 ▲ 0.9% | USD/ZAR 15.11 ▼ | Brent $111.50 ▼

Rand firms as oil retreats

By Moneyweb | 10 Mar 2022

The rand firmed on Thursday as oil prices pulled back from this week's highs, easing pressure on the currencies of importing nations.

At 16:00 the rand traded at 15.11 per dollar, about 0.7% stronger than Wednesday's close. Government bonds also gained.

In a tweet, President Cyril Ramaphosa said he had spoken to Russian President Vladimir Putin by telephone about the conflict in Ukraine and that South Africa had been approached to play a mediating role.

Share: Twitter | LinkedIn | WhatsApp

Most read
Eskom extends load shedding to weekend"""))

S.append(dict(id="h27-32", source="myjoyonline.com",
url="https://www.myjoyonline.com/mahama-in-bamako-on-first-leg-of-sahel-tour/",
published_at="2025-03", body="""myjoyonline.com | News

Mahama in Bamako on first leg of Sahel tour

President John Dramani Mahama arrived in Bamako on Saturday and held talks with Mali's transitional leader, General Assimi Goita, on the first leg of a tour of the three countries of the Alliance of Sahel States.

The visit is aimed at rebuilding ties between the junta-led states and their neighbours after Mali, Burkina Faso and Niger announced their exit from ECOWAS.

He will proceed to Ouagadougou to meet Captain Ibrahim Traore and then to Niamey for talks with General Abdourahamane Tiani, the presidency said.

Source: Myjoyonline.com

Download the Joy News app | Tags: Mahama, AES, Mali, ECOWAS"""))

S.append(dict(id="h27-33", source="jpost.com",
url="https://www.jpost.com/israel-news/politics-and-diplomacy/article-786123",
published_at="2024-02-06", body="""The Jerusalem Post | Israel News

Argentina's Milei lands in Israel, vows to move embassy to Jerusalem

By REUTERS | FEBRUARY 6, 2024 10:55

Argentine President Javier Milei arrived in Israel on Tuesday on his first bilateral trip since taking office in December, and was greeted at Ben Gurion Airport by Foreign Minister Israel Katz.

"My plan is to move the embassy to West Jerusalem," Milei told Katz on the tarmac. He is due to meet Prime Minister Benjamin Netanyahu and President Isaac Herzog during the three-day visit.

From Israel, Milei will travel to Italy, where he will attend the canonization of Argentina's first female saint at the Vatican, meet Pope Francis and hold talks with Prime Minister Giorgia Meloni in Rome.

Join the Jerusalem Post Premium Plus now for just $5"""))

S.append(dict(id="h27-34", source="middleeastmonitor.com",
url="https://www.middleeastmonitor.com/20240730-algeria-withdraws-ambassador-from-france-over-western-sahara/",
published_at="2024-07-30", body="""Middle East Monitor

Algeria withdraws ambassador from France over Western Sahara

July 30, 2024 at 3:41 pm

Algeria said on Tuesday it was withdrawing its ambassador from Paris "with immediate effect" after France expressed support for Morocco's autonomy plan for Western Sahara.

In a letter to King Mohammed VI, President Emmanuel Macron said the plan was "the only basis" for a solution to the conflict. The Algerian foreign ministry called the decision one that "no other government had taken".

Macron has been expected to make a state visit to Morocco for some time, but no date has been fixed. A trip to France by Algerian President Abdelmadjid Tebboune, postponed several times, now looks unlikely.

Donate to MEMO | Subscribe to our newsletter"""))

S.append(dict(id="h27-35", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/politica/noticia/2024-10/lula-cancels-trip-russia-after-accident",
published_at="2024-10-20", body="""Agência Brasil

Lula cancels trip to Russia after domestic accident

Published on 20/10/2024 - 13:52 By Agência Brasil - Brasília

President Luiz Inácio Lula da Silva has cancelled his trip to Kazan, Russia, for the BRICS summit on medical advice, after suffering a head injury in a fall at the Alvorada Palace on Saturday, the presidency said.

Lula will take part in the summit by videoconference. Foreign Minister Mauro Vieira will lead the Brazilian delegation in Kazan.

The president had been scheduled to fly on Sunday and was expected to hold bilateral meetings with Russian President Vladimir Putin and Chinese President Xi Jinping on the sidelines.

Doctors said Lula was well but should avoid long-haul flights.

Edition: Aline Leal"""))

S.append(dict(id="h27-36", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2025-03/18/amir-hosts-tripartite-meeting-drc-rwanda",
published_at="2025-03-18", body="""Qatar News Agency

HH the Amir hosts meeting between Presidents of DR Congo and Rwanda

Doha, March 18 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani hosted in Doha today a meeting that brought together President of the Democratic Republic of the Congo Felix Tshisekedi and President of the Republic of Rwanda Paul Kagame.

In a joint statement issued after the meeting, the heads of state reaffirmed their commitment to an immediate and unconditional ceasefire, and agreed on the need to continue discussions to lay the foundations for durable peace in eastern DRC.

The two presidents thanked HH the Amir for his efforts.

QNA

Tags: Amir, DR Congo, Rwanda, Mediation"""))

S.append(dict(id="h27-37", source="mexicobusiness.news",
url="https://mexicobusiness.news/trade-and-investment/news/sheinbaum-trudeau-discuss-usmca-g20",
published_at="2024-11-19", body="""Mexico Business News | Trade & Investment

Sheinbaum, Trudeau Discuss USMCA at G20

By MBN Staff | Tue, 11/19/2024

President Claudia Sheinbaum met Canadian Prime Minister Justin Trudeau on the sidelines of the G20 summit in Rio de Janeiro on Monday, in their first in-person meeting since she took office, and discussed the 2026 review of the USMCA.

The meeting followed remarks from Canadian officials suggesting Canada could seek a bilateral deal with Washington. Sheinbaum said the trade agreement should remain trilateral.

Sheinbaum, on her first trip abroad as president, had spoken with President-elect Donald Trump by phone after the U.S. election.

Peso: MXN 20.21/USD

Subscribe to MBN newsletters"""))

S.append(dict(id="h27-38", source="ena.et",
url="https://www.ena.et/web/eng/w/somali-president-arrives-in-addis-ababa",
published_at="2025-01-11", body="""Ethiopian News Agency

Somali President Arrives in Addis Ababa for Working Visit

Addis Ababa, January 11/2025 (ENA) - President of the Federal Republic of Somalia Hassan Sheikh Mohamud arrived in Addis Ababa today for a working visit.

Upon arrival at Bole International Airport, the president was welcomed by Prime Minister Abiy Ahmed.

The leaders are expected to discuss bilateral and regional issues of mutual interest, building on the Ankara Declaration.

ENA

Share | Print"""))

S.append(dict(id="h27-39", source="jis.gov.jm",
url="https://jis.gov.jm/rubio-holds-talks-with-holness-caricom-leaders/",
published_at="2025-03", body="""Jamaica Information Service

Rubio Holds Talks with PM Holness, Regional Leaders in Kingston

By: JIS Reporter

United States Secretary of State Marco Rubio held talks with Prime Minister the Most Hon. Dr. Andrew Holness at Jamaica House on Wednesday, on his first visit to the Caribbean as Secretary of State.

Mr. Rubio also met jointly with Prime Minister Holness and the leaders of Barbados, Haiti, and Trinidad and Tobago on energy security, Haiti and the Cuban medical programme.

He travels to Guyana and Suriname on Thursday.

Other News
Gov't to construct new housing units in Westmoreland
PM welcomes new Ambassador of Japan"""))

S.append(dict(id="h27-40", source="africanewsdesk.xyz",
url="https://africanewsdesk.xyz/lula-abiy-talks-palestinian-pm-au-summit-sidelines",
published_at=None, body="""Lula holds talks with Abiy, meets Palestinian PM on AU summit sidelines

Brazilian President Luiz Inacio Lula da Silva held talks with Ethiopian Prime Minister Abiy Ahmed at the National Palace in Addis Ababa on Friday, on a state visit timed to coincide with the African Union summit, where he is a guest of honour.

The two leaders discussed agriculture, energy and Ethiopia's new membership of the BRICS group, Abiy's office said.

On Saturday, on the sidelines of the summit, Lula met Palestinian Prime Minister Mohammad Shtayyeh and repeated his call for a ceasefire in Gaza.

Lula arrived in Ethiopia from Cairo, where he met President Abdel Fattah al-Sisi.

Source: agencies

Trending | AFCON final | Kenya fuel prices | Visa rules"""))
