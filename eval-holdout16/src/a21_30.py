from a01_10 import add, A

add("h16-21", "aps.sn", "https://www.aps.sn/le-president-faye-attendu-jeudi-a-nouakchott/", "2024-04-17", """
Agence de Presse Sénégalaise
Accueil | Politique | Economie | Société | Régions | Sport | Culture

Politique
Le président Bassirou Diomaye Faye attendu jeudi à Nouakchott pour sa première sortie à l'étranger
17 avril 2024 à 18h12

Dakar, 17 avr (APS) – Le président de la République, Bassirou Diomaye Faye, quittera Dakar jeudi matin pour Nouakchott, où il effectuera une visite d'amitié et de travail en République islamique de Mauritanie, a annoncé mercredi la présidence de la République dans un communiqué.

Il s'agit du premier déplacement à l'étranger du chef de l'Etat depuis sa prestation de serment, le 2 avril dernier.

À Nouakchott, le président Faye aura un tête-à-tête avec son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani, avant une séance de travail élargie aux délégations des deux pays. Les échanges porteront notamment sur l'exploitation conjointe du champ gazier Grand Tortue Ahmeyim (GTA), la pêche, la sécurité et la libre circulation des personnes et des biens.

Selon la même source, le chef de l'Etat se rendra ensuite en Gambie dans les prochains jours, dans le cadre d'une série de visites dans les pays voisins.

Le président Faye s'était entretenu au téléphone la semaine dernière avec son homologue ivoirien, Alassane Ouattara, qui l'avait félicité pour son élection.

AMN/OID/ASG

Lire aussi
Le Premier ministre Ousmane Sonko reçoit l'ambassadeur de France
Tabaski : le gouvernement annonce des mesures pour l'approvisionnement en moutons

Partager : Facebook | X | WhatsApp
""",
[],
["MRT-SEN V P", "GMB-SEN V P", "CIV-SEN C O", "FRA-SEN M O"])

add("h16-22", "jornaldeangola.ao", None, None, """
Jornal de Angola
Tag: Palancas Negras

Palancas Negras beat Namibia 3-0 to reach quarter-finals
Gelson Dala scored twice as Angola eased past Namibia in Bouaké on Saturday to book a place in the last eight of the Africa Cup of Nations for the first time since 2008.
(read more)

Pedro Gonçalves names 25-man squad for Côte d'Ivoire
The national coach recalled goalkeeper Neblú and left out two Europe-based midfielders ahead of the continental finals.
(read more)

Girabola: Petro de Luanda go five points clear
(read more)

Page 3 of 12 | « Previous | Next »

LATEST NEWS
President João Lourenço leaves for Beijing on state visit
Namibian President receives Angolan special envoy in Windhoek
Sonangol signs new exploration contract for block 16
BNA keeps base rate unchanged at 18%

Jornal de Angola © Edições Novembro. All rights reserved.
""",
[],
["AGO-CHN V O", "AGO-CHN V P", "AGO-NAM V O"])

add("h16-23", "arabnews.com", "https://www.arabnews.com/node/1373866/saudi-arabia", "2018-09-17", """
Arab News
We use cookies to personalise content and to analyse our traffic. By continuing to browse you agree to our use of cookies. [OK]
Saudi Arabia | Middle East | World | Business | Opinion | Lifestyle | Sport

Ethiopia and Eritrea sign peace agreement in Jeddah
King Salman hosts the leaders of the two Horn of Africa neighbors, who were awarded the Order of King Abdulaziz
Updated 17 September 2018
ARAB NEWS
September 17, 2018 02:14
Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki with King Salman in Jeddah on Sunday. (SPA)

JEDDAH: Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in Jeddah on Sunday at a ceremony hosted by King Salman and attended by Crown Prince Mohammed bin Salman and UN Secretary-General Antonio Guterres.

The Jeddah Peace Agreement formalizes the rapprochement that ended two decades of hostility between the two countries after a 1998-2000 border war that killed some 80,000 people and was followed by a bitter "no war, no peace" stalemate.

King Salman awarded both leaders the Order of King Abdulaziz, the Kingdom's highest civilian honor, in recognition of their efforts to end the conflict. The two leaders had arrived in Jeddah earlier in the day and were received at King Abdulaziz International Airport by Makkah Governor Prince Khalid Al-Faisal.

UAE Foreign Minister Sheikh Abdullah bin Zayed also attended the ceremony. The Emirates played a key behind-the-scenes role in the reconciliation, and in July Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed received Abiy and Isaias together in the Emirati capital, awarding both the Order of Zayed.

The rapprochement began in June, when Abiy, who took office in April, announced that Ethiopia would fully accept the 2000 Algiers agreement and the ruling of the boundary commission. On July 9, during Abiy's historic trip to Asmara, the two leaders signed a joint declaration of peace and friendship, and Isaias paid a return visit to Addis Ababa days later. Embassies have since reopened, telephone lines restored and flights between the two capitals resumed. Last week, the two leaders reopened border crossings at Zalambessa and Bure for the first time in 20 years.

Guterres told the ceremony that "a wind of hope is blowing in the Horn of Africa," and noted that the UN Security Council was considering lifting sanctions on Eritrea.

The Kingdom has been expanding its diplomatic footprint in the Red Sea region, where it is also seeking to secure shipping lanes and counter Iranian influence. Eritrea has allowed the Saudi-led coalition fighting in Yemen to use its territory and ports.

Djibouti next

Saudi Arabia is also expected to host talks on Monday between Isaias and Djibouti's President Ismail Omar Guelleh, who is due to arrive in Jeddah in the morning, according to a Gulf diplomatic source. Djibouti and Eritrea have been at odds over a border dispute since clashes in 2008, and Qatari peacekeepers withdrew from the disputed area last year.

"The Kingdom wants to see this wave of reconciliation extended to the whole region," the source said.

Ethiopian officials said the Jeddah agreement would be followed by meetings of joint committees on trade, port access and border demarcation.

Follow @arabnews
Most Popular
Crown Prince receives phone call from Pakistan's Prime Minister Imran Khan
Saudi Aramco IPO still on track, says energy minister
Saudi women's football league to kick off next year

Topics: Ethiopia, Eritrea, Jeddah Peace Agreement, King Salman
Share: Facebook | Twitter | WhatsApp | Email
""",
["ERI-ETH A O", "ERI-SAU V O", "ETH-SAU V O", "DJI-ERI M P", "DJI-SAU V P"],
["ARE-SAU V O", "ARE-ERI V O", "ARE-ETH V O", "PAK-SAU C O", "ERI-ETH M P"])

add("h16-24", "the-star.co.ke", "https://www.the-star.co.ke/news/2024-09-21-ruto-lands-in-haiti-to-visit-kenyan-police-officers", "2024-09-21", """
The Star
News | Counties | Business | Sports | Opinion | Video
Ruto lands in Haiti to visit Kenyan police officers
The President will later proceed to New York for the UN General Assembly
by BRIAN OTIENO WAFULA
News
21 September 2024 - 14:30
In Summary
• President was received by Haiti's Prime Minister Garry Conille.
• Kenya deployed the first batch of 400 police officers in June.

President William Ruto has touched down in Port-au-Prince, Haiti, where he is visiting Kenyan police officers serving in the UN-backed Multinational Security Support (MSS) mission.

He was received at Toussaint Louverture International Airport on Saturday morning by Prime Minister Garry Conille.

Ruto later held talks with Conille and with Edgard Leblanc Fils, the chairman of Haiti's Transitional Presidential Council, on the progress of the mission and preparations for elections.

Kenya deployed the first batch of 400 officers in June, followed by a second contingent in July. The mission, which Kenya leads, is authorised by the UN Security Council but funded mainly by voluntary contributions, with the United States the largest donor.

From Haiti, Ruto will proceed to New York for the 79th session of the UN General Assembly, where he is expected to push for the conversion of the mission into a full UN peacekeeping operation.

The President was in Washington in May for a state visit, during which US President Joe Biden designated Kenya a major non-NATO ally.

Also Read: Ruto's trip to Haiti kept secret until last minute

Comments (12)
""",
["HTI-KEN V O"],
["KEN-USA V O", "KEN-USA V P"])

add("h16-25", "telesurenglish.net", "https://www.telesurenglish.net/news/petro-arrives-at-miraflores-for-meeting-with-maduro-20221101-0004.html", "2022-11-01", """
teleSUR English
Petro Arrives at Miraflores for Meeting With Maduro
Published 1 November 2022

Colombian President Gustavo Petro arrived Tuesday at Miraflores Palace in Caracas, where he was received by Venezuelan President Nicolás Maduro, in the first meeting between the leaders of both countries since 2016.

Petro landed at Simón Bolívar International Airport in Maiquetía, where he was welcomed by Foreign Minister Carlos Faría.

The agenda includes the border, reopened on September 26, trade, energy, Venezuela's return to the Andean Community and peace talks with the ELN guerrilla.

Tags: Venezuela, Colombia, Gustavo Petro, Nicolás Maduro
Share
""",
["COL-VEN V O"],
[])

add("h16-26", "africanews.com", "https://www.africanews.com/2023/03/02/macron-in-gabon-kicks-off-four-nation-central-africa-tour/", "2023-03-02", """
africanews
We use cookies to enhance your experience. [Accept] [Manage settings]
Live | News | Business | Sport | Culture | Science & Technology

Gabon
Macron in Gabon, kicks off four-nation Central Africa tour
By Nadège Ondo-Mba with AFP
Last updated: 02/03 - 13:20
French President Emmanuel Macron is welcomed by Gabon's President Ali Bongo Ondimba in Libreville. Copyright © africanews / Ludovic Marin/AFP

French President Emmanuel Macron landed in Libreville on Wednesday evening, kicking off a four-country tour of Central Africa just days after unveiling a new strategy for the continent that includes a reduction of French troop numbers and a "co-management" of military bases with host countries.

In Gabon, Macron is co-chairing the One Forest Summit on the protection of tropical forests with President Ali Bongo Ondimba, and held bilateral talks with his host on Thursday morning. Several heads of state from the Congo Basin, including Congo-Brazzaville's Denis Sassou Nguesso, are attending the summit.

Opposition figures in Gabon criticised the visit, saying it amounted to an endorsement of Bongo months before presidential elections scheduled for August. Macron insisted he had not come "to take sides" and said the era of "Françafrique" was "well and truly over".

The next legs will take the French president to Angola on Friday, where he is expected to sign an agriculture partnership with President João Lourenço, and to Congo-Brazzaville later on Friday for talks with Sassou Nguesso. He is scheduled to end the tour on Saturday in Kinshasa, where he will meet DR Congo President Félix Tshisekedi amid fighting between the army and M23 rebels in the east of the country.

Kinshasa has repeatedly urged Paris to condemn Rwanda's alleged support for the M23. Macron has called on all parties to respect the Luanda and Nairobi processes.

France's influence on the continent has waned in recent years. French troops were forced out of Mali last year and Burkina Faso this year, as the military governments in both countries turned to Russia and its Wagner mercenaries. The choice of countries for this trip - none of them former French colonies in the Sahel - was seen as an attempt to broaden partnerships.

Last July, Macron toured Cameroon, Benin and Guinea-Bissau, in what was his first trip to Africa after his re-election.

Paris also wants to increase economic ties with Angola, a former Portuguese colony and Africa's second-largest oil producer, where TotalEnergies is the biggest foreign operator.

More stories
Ruto receives Ethiopian PM Abiy in Nairobi
Nigeria: Tinubu declared winner of presidential election
Cameroon: separatist attack kills five in Bamenda

Share this article: Facebook | Twitter | WhatsApp | Email
Comments
Copyright © africanews. All rights reserved.
""",
["FRA-GAB V O", "AGO-FRA V P", "COG-FRA V P", "COD-FRA V P"],
["COG-GAB V O", "CMR-FRA V O", "BEN-FRA V O", "FRA-GNB V O", "ETH-KEN V O"])

add("h16-27", "apanews.net", "https://apanews.net/niger-pm-zeine-holds-talks-in-moscow/", "2024-01-17", """
APA News
Niger: PM Zeine holds talks in Moscow, heads to Tehran
APA-Niamey (Niger) January 17, 2024 - Niger's Prime Minister Ali Mahaman Lamine Zeine held talks in Moscow on Tuesday with Russian officials including Prime Minister Mikhail Mishustin, as the country's military authorities seek new partners after breaking with France and ECOWAS.

The talks focused on military and technical cooperation, energy, agriculture and the supply of wheat and fertilisers, according to a statement from the Nigerien government. The two sides also discussed the possibility of Russian companies taking part in the development of Niger's uranium and oil sectors.

Zeine, appointed by the junta after the July 2023 coup that toppled President Mohamed Bazoum, is leading a delegation that includes the ministers of defence, petroleum and agriculture.

From Moscow, he is expected in Tehran on Thursday, where he is scheduled to be received by Iranian President Ebrahim Raisi, according to diplomatic sources in Niamey.

The trip follows a visit to Niamey in early December by a Russian defence delegation led by Deputy Defence Minister Yunus-Bek Yevkurov, after which the two sides signed documents on strengthening military cooperation.

Niger has also moved closer to its neighbours Mali and Burkina Faso, with which it formed the Alliance of Sahel States in September.

Read also: Mali's Goïta receives Russian deputy defence minister
""",
["NER-RUS V O", "IRN-NER V P"],
["MLI-RUS V O"])

add("h16-28", "gulf-times.com", None, "2021-01-05", """
Gulf Times
HH the Amir arrives in AlUla to attend GCC summit

AlUla: His Highness the Amir Sheikh Tamim bin Hamad al-Thani arrived in AlUla governorate, Saudi Arabia, on Tuesday to lead Qatar's delegation to the 41st session of the Supreme Council of the Gulf Co-operation Council (GCC).

HH the Amir was received on arrival at Prince Abdul Majeed bin Abdulaziz Airport by HRH Crown Prince Mohammed bin Salman bin Abdulaziz, Deputy Prime Minister and Minister of Defence of Saudi Arabia.

The visit comes a day after Kuwait announced that Saudi Arabia had agreed to reopen its airspace and its land and sea borders with Qatar, ending a rift that began in June 2017.

QNA
""",
["QAT-SAU V O"],
[])

add("h16-29", "khaleejtimes.com", "https://www.khaleejtimes.com/uae/putin-arrives-in-uae-on-rare-gulf-visit", "2023-12-06", """
Khaleej Times
DFM 4,009.12 ▲ 0.31% | ADX 9,412.55 ▼ 0.12% | Gold 24K Dh245.75 | Dubai 27°C
Fajr 5:29 | Dhuhr 12:20 | Asr 3:16 | Maghrib 5:37 | Isha 6:55

UAE
Putin arrives in UAE on rare Gulf visit, heads to Saudi Arabia later today
Russian President greeted by Sheikh Mohamed bin Zayed at Qasr Al Watan; talks focus on trade, energy and regional crises
By Web Desk
Published: Wed 6 Dec 2023, 4:15 PM
Last updated: Wed 6 Dec 2023, 6:02 PM
Photo: WAM

Russian President Vladimir Putin arrived in Abu Dhabi on Wednesday on a working visit to the UAE, a rare trip abroad for the Russian leader, who has travelled little since the International Criminal Court issued a warrant for his arrest in March.

Putin's plane was escorted into Emirati airspace by UAE Air Force jets, and aerobatic team Al Fursan painted the sky over the capital in the white, blue and red of the Russian flag as he arrived at Qasr Al Watan, where he was welcomed by President His Highness Sheikh Mohamed bin Zayed Al Nahyan. A 21-gun salute was fired and the national anthems of the two countries were played.

The two leaders held talks on bilateral relations, which Putin described as having reached "an unprecedented high level", and discussed developments in Gaza and the war in Ukraine. Sheikh Mohamed thanked the Russian leader for his support for COP28, which is currently taking place in Expo City Dubai.

Trade between the two countries grew to about $9 billion last year, according to Russian figures, and the UAE has become a major hub for Russian business and investment since the start of the war in Ukraine. Thousands of Russian nationals have relocated to Dubai, and Russians are among the top foreign buyers of property in the emirate.

Energy cooperation was also on the agenda. Both countries are members of the OPEC+ alliance, which last week agreed a new round of voluntary output cuts for the first quarter of 2024.

Later on Wednesday, Putin is scheduled to fly to Riyadh, where he will hold talks with Saudi Crown Prince and Prime Minister Mohammed bin Salman, the Kremlin said. It will be his first trip to the Kingdom since October 2019.

On Thursday, Putin will host Iranian President Ebrahim Raisi in Moscow, Kremlin spokesman Dmitry Peskov told reporters, adding that the conflict in Gaza would be among the main topics.

Neither the UAE nor Saudi Arabia is a member of the ICC, and therefore neither is obliged to act on the warrant.

Putin's last visit to the UAE was also in 2019. Sheikh Mohamed has travelled to Russia several times since then, most recently in June, when he was guest of honour at the St Petersburg International Economic Forum.

Analysts said the visit was intended to show that Moscow was not isolated. "The message is aimed as much at Western capitals as at the Gulf," said a Dubai-based political analyst.

Read more:
UAE and Kazakhstan sign deals worth $5 billion during Tokayev's visit
COP28: Oil producers push back on fossil fuel phase-out language
Dubai property prices rise 20% year-on-year

Follow us on Google News
Sign up for the Khaleej Times newsletter: the top stories of the day, in your inbox every morning.
Share: Facebook | X | WhatsApp | Email
""",
["ARE-RUS V O", "RUS-SAU V P", "IRN-RUS V P"],
["RUS-SAU V O", "ARE-KAZ V O", "ARE-RUS V P"])

add("h16-30", "kuna.net.kw", "https://www.kuna.net.kw/ArticleDetails.aspx?id=2616702&language=en", "2017-06-06", """
Kuwait News Agency (KUNA)
Amir arrives in Jeddah; received by Saudi King

JEDDAH, June 6 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah arrived here on Tuesday on a brotherly visit to the Kingdom of Saudi Arabia.

His Highness the Amir was received at King Abdulaziz International Airport by Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al-Saud, and a number of princes, ministers and senior officials.

His Highness the Amir's visit comes a day after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt announced the severance of diplomatic relations with the State of Qatar and the closure of their borders and airspace.

His Highness the Amir had received a phone call on Monday night from Qatar's Amir Sheikh Tamim bin Hamad Al-Thani, during which he asked him to give the efforts to contain the crisis a chance. Sheikh Tamim subsequently postponed a televised address to the Qatari people.

A diplomatic source told KUNA that His Highness the Amir would travel on Wednesday to the United Arab Emirates and then to Doha, in the framework of his efforts to heal the rift between the Gulf brothers.

His Highness the Amir is accompanied by First Deputy Prime Minister and Minister of Foreign Affairs Sheikh Sabah Khaled Al-Hamad Al-Sabah and Minister of State for Amiri Diwan Affairs Sheikh Nasser Sabah Al-Ahmad Al-Sabah.

Kuwait played a similar role in 2014, when the three Gulf states withdrew their ambassadors from Doha.

mt.gta
KUNA 061920 Jun 17NNNN

Related news
Kuwait urges restraint, calls for dialogue among Gulf states
Kuwait's crown prince receives Omani ambassador
""",
["KWT-SAU V O", "KWT-QAT C O", "ARE-KWT V P", "KWT-QAT V P"],
["KWT-OMN M O"])
