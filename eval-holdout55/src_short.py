# Short items (300-1,100 characters), h55-27 .. h55-40
S = []

S.append(dict(id="h55-27", source="seneweb.com",
url="https://www.seneweb.com/news/Politique/nouakchott-le-president-bassirou-diomaye-faye-effectue-sa-premiere-visite-a-l-etranger_n_438812.html",
published_at="2024-04-18", body="""Seneweb | Actualité | Politique | Économie | Sport | People

Nouakchott : le président Bassirou Diomaye Faye effectue sa première visite à l'étranger

Par Aïssatou Ndiaye | 18 avril 2024 à 14h05

Le président de la République, Bassirou Diomaye Faye, est arrivé ce jeudi matin à Nouakchott pour une visite d'amitié et de travail en Mauritanie, son premier déplacement à l'étranger depuis son investiture le 2 avril.

Le chef de l'État a été accueilli à l'aéroport international Oumtounsy par son homologue Mohamed Ould Cheikh El Ghazouani. Les deux dirigeants doivent s'entretenir de l'exploitation du champ gazier Grand Tortue Ahmeyim, partagé par les deux pays, de la pêche et de la sécurité dans la sous-région.

Selon des sources diplomatiques, le président Faye pourrait se rendre en Gambie dans les prochains jours.

À lire aussi : Assemblée nationale : le Premier ministre attendu pour sa déclaration de politique générale

Partager : Facebook | X | WhatsApp — 23 commentaires"""))

S.append(dict(id="h55-28", source="myjoyonline.com",
url="https://www.myjoyonline.com/mahama-ends-sahel-tour-in-ouagadougou-after-talks-in-bamako-and-niamey/",
published_at="2025-03", body="""MyJoyOnline | News | Business | Entertainment | Sports | Opinion

Mahama ends Sahel tour in Ouagadougou after talks in Bamako and Niamey

Source: myjoyonline.com | Kwaku Asante-Boateng

President John Dramani Mahama on Sunday held talks with Burkina Faso's transitional leader, Captain Ibrahim Traoré, in Ouagadougou, wrapping up a two-day tour of the three countries of the Alliance of Sahel States (AES).

On Saturday, the President met Mali's General Assimi Goïta in Bamako and Niger's General Abdourahamane Tiani in Niamey. Foreign Affairs Minister Samuel Okudzeto Ablakwa accompanied him throughout.

The talks focused on the spread of violent extremism towards coastal states, trade, and ways of keeping channels open between the AES and ECOWAS after the three countries formally left the regional bloc in January.

Read more: Cedi gains against dollar for third week

Disclaimer: Opinions expressed here are those of the writers and do not reflect those of Myjoyonline.com."""))

S.append(dict(id="h55-29", source="demeraradiary.blogspot.com",
url="https://demeraradiary.blogspot.com/2024/11/modi-in-georgetown-ten-mous-caricom-summit.html",
published_at="2024-11-21", body="""Demerara Diary
Notes from Georgetown

Thursday, November 21, 2024

Modi in Georgetown: ten MoUs, a CARICOM summit and the Order of Excellence

Indian Prime Minister Narendra Modi's visit dominated the week. He landed late on Tuesday night, the first Indian PM to visit Guyana since 1968, and was met at the airport by President Irfaan Ali, Prime Minister Mark Phillips and most of the cabinet. He had flown in from Rio, where he attended the G20 summit, having stopped in Nigeria before that.

On Wednesday Ali and Modi held talks and signed ten memoranda of understanding covering hydrocarbons, agriculture, pharmaceuticals and digital payments. Ali then conferred the Order of Excellence, Guyana's highest honour, on his guest.

The same day Modi co-chaired the second India-CARICOM summit with Grenada's PM Dickon Mitchell, and on the sidelines held a separate meeting with Barbados Prime Minister Mia Mottley. Today he addresses the National Assembly.

Posted by R. Persaud at 9:14 PM | 4 comments
Labels: CARICOM, Guyana, India, Diplomacy
Share to X | Share to Facebook"""))

S.append(dict(id="h55-30", source="vir.com.vn",
url="https://vir.com.vn/vietnam-and-israel-sign-free-trade-agreement-104187.html",
published_at="2023-07-25", body="""Vietnam Investment Review

VN-Index 1,191.33 ▲ 13.45 | HNX 238.10 ▲ | USD/VND 23,695

Vietnam and Israel sign free trade agreement

July 25, 2023 | 16:42

Vietnam and Israel on July 25 signed a free trade agreement in Hanoi, after seven years and twelve rounds of negotiations launched in December 2015.

Minister of Industry and Trade Nguyen Hong Dien and Israeli Minister of Economy and Industry Nir Barkat inked the deal in the presence of Prime Minister Pham Minh Chinh. Barkat is leading a delegation of Israeli businesses on a visit to Vietnam.

Under the deal, the two sides will eliminate most tariffs, opening the Israeli market to Vietnamese seafood, rice, coffee and footwear, and giving Israeli machinery and technology easier access to Vietnam. Two-way trade reached about $2.2 billion last year.

Tags: VIFTA, Israel, FTA

Most read: Samsung to expand investment in Bac Ninh"""))

S.append(dict(id="h55-31", source="gov.ie",
url="https://www.gov.ie/en/press-release/taoiseach-to-travel-to-washington-dc-for-st-patricks-day/",
published_at="2023-03-13", body="""We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use gov.ie. Accept all | Reject | Cookie settings

gov.ie

From: Department of the Taoiseach
Published on: 13 March 2023

Press release
Taoiseach to travel to Washington DC for St Patrick's Day

The Taoiseach, Leo Varadkar T.D., will travel to Washington DC this week for the annual St Patrick's Day programme of engagements.

On Friday 17 March, the Taoiseach will meet President Joe Biden at the White House for a bilateral meeting, followed by the traditional Shamrock Ceremony. He will also attend the Speaker's lunch at the US Capitol and a breakfast hosted by Vice President Kamala Harris.

Members of the Government will travel to a wide range of countries over the St Patrick's Day period to promote Ireland's trade, investment and tourism links.

Part of: Department of the Taoiseach
Print | Share"""))

S.append(dict(id="h55-32", source="worldnews24h.info",
url="https://worldnews24h.info/americas/trudeau-dines-with-trump-at-mar-a-lago-after-tariff-threat/",
published_at="2024-11-30", body="""WorldNews24h - Latest world headlines, updated every minute
Home » World » Americas

Trudeau dines with Trump at Mar-a-Lago after tariff threat

November 30, 2024 by admin

Canadian Prime Minister Justin Trudeau flew to Florida on Friday and had dinner with US President-elect Donald Trump at his Mar-a-Lago resort, days after Trump threatened to impose 25% tariffs on all goods from Canada and Mexico once he takes office in January.

Trudeau, who was accompanied by Public Safety Minister Dominic LeBlanc, described the three-hour dinner as an "excellent conversation". Trump said they discussed fentanyl, the border and trade. The two men had spoken by phone on Monday night, shortly after Trump posted the tariff threat.

Source: Reuters (via feed) | Tags: Canada, Trump, tariffs

You may also like: Sheinbaum, Trump hold 'excellent' call on migration"""))

S.append(dict(id="h55-33", source="pmo.gov.sg",
url="https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-to-make-Introductory-Visit-to-Malaysia",
published_at="2024-06-10", body="""Prime Minister's Office Singapore
Newsroom | Media Releases

PM Lawrence Wong to make Introductory Visit to Malaysia

10 June 2024

Prime Minister Lawrence Wong will make an introductory visit to Malaysia from 11 to 12 June 2024, at the invitation of Prime Minister Dato' Seri Anwar Ibrahim.

PM Wong will be received by PM Anwar at Perdana Putra, where the two Prime Ministers will hold a tête-à-tête and a delegation meeting, followed by a joint press conference. PM Wong will also call on His Majesty Sultan Ibrahim, the Yang di-Pertuan Agong.

PM Wong will be accompanied by Mrs Wong, Minister for Foreign Affairs Dr Vivian Balakrishnan, and officials from the Prime Minister's Office and the Ministry of Foreign Affairs.

Deputy Prime Minister Gan Kim Yong will be Acting Prime Minister.

.  .  .  .  .

PRIME MINISTER'S OFFICE
10 JUNE 2024

Topics: Foreign Affairs | Malaysia"""))

S.append(dict(id="h55-34", source="myrepublica.nagariknetwork.com",
url="https://myrepublica.nagariknetwork.com/news/pm-dahal-leaving-for-india-today-on-four-day-official-visit/",
published_at="2023-05-31", body="""myRepublica
Home | Politics | Economy | Society | World | Opinion

NPR/USD 131.92 | Gold Rs 110,900/tola

PM Dahal leaving for India today on four-day official visit

Republica | May 31, 2023 06:30 AM

KATHMANDU, May 31: Prime Minister Pushpa Kamal Dahal is leaving for New Delhi today on a four-day official visit to India at the invitation of his Indian counterpart Narendra Modi.

It is Dahal's first bilateral foreign visit since he took office in December.

Dahal and Modi will hold delegation-level talks at Hyderabad House on Thursday, where agreements including one on long-term power trade are expected to be signed, officials at the Ministry of Foreign Affairs said. The prime minister will also call on President Droupadi Murmu and is scheduled to visit Ujjain and Indore before returning home on Saturday.

Related news: Budget session: opposition obstructs House again"""))

S.append(dict(id="h55-35", source="islandsbusiness.com",
url="https://islandsbusiness.com/news-break/biden-scraps-port-moresby-stop/",
published_at="2023-05-17", body="""Islands Business
Pacific | Business | Politics | Climate | Features

Biden scraps Port Moresby stop; Blinken to go in his place

May 17, 2023 | By Islands Business staff

US President Joe Biden has cancelled a planned stop in Papua New Guinea, which would have been the first by a sitting US president, as well as the Australia leg of his trip, to return to Washington for debt-limit negotiations, the White House said. Biden will still travel to Japan for the G7 summit in Hiroshima.

PNG Prime Minister James Marape said Secretary of State Antony Blinken will come to Port Moresby on Monday instead, and that the defence cooperation agreement between the two countries would be signed during his visit.

India's Prime Minister Narendra Modi is still due in Port Moresby on Sunday to co-host the Forum for India-Pacific Islands Cooperation summit with Marape.

In Sydney, the Quad leaders' meeting Biden was to attend has been called off.

Share | Comment

Related: Solomons' Sogavare to visit China in July"""))

S.append(dict(id="h55-36", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/erdogan-putin-discuss-revival-of-grain-deal-in-phone-call-185112",
published_at="2023-08", body="""Hürriyet Daily News
Türkiye | Economy | World | Opinion | Sports

BIST 100 7,684 ▲ | USD/TRY 26.95 | EUR/TRY 29.60

Erdoğan, Putin discuss revival of grain deal in phone call

ANKARA

President Recep Tayyip Erdoğan held a phone call with Russian President Vladimir Putin on Wednesday, discussing the Black Sea grain corridor that Moscow quit last month, the Communications Directorate said.

Erdoğan told Putin that Türkiye would keep working to reopen the corridor and that steps escalating tensions in the Black Sea should be avoided, according to the statement.

The directorate said the two leaders had agreed that Putin would visit Türkiye, while Kremlin spokesman Dmitry Peskov said no date had yet been set.

Tags: Erdoğan, Putin, grain deal"""))

S.append(dict(id="h55-37", source="energyvoice.com",
url="https://www.energyvoice.com/oilandgas/lng/392114/germany-habeck-qatar-lng-doha-uae/",
published_at="2022-03-20", body="""Energy Voice
Oil & Gas | Renewables | Hydrogen | LNG | Politics

Brent $107.93 | WTI $104.70 | TTF €102.9/MWh | NBP 255p/th

Germany's Habeck secures Qatari LNG pledge on Doha visit, heads to UAE

By Tom Fielding-Marsh | 20/03/2022, 4:05 pm

German Economy Minister Robert Habeck said on Sunday that Germany and Qatar had agreed to enter into a long-term energy partnership, after he met Emir Sheikh Tamim bin Hamad Al Thani in Doha, as Berlin races to reduce its reliance on Russian gas.

Habeck, who is also Germany's climate minister, was accompanied by executives from companies including RWE and Uniper. Germany does not yet have an LNG import terminal.

He travels on to the United Arab Emirates on Monday for talks on energy and hydrogen cooperation.

Related: Qatar says no single supplier can replace Russian gas to Europe"""))

S.append(dict(id="h55-38", source="japantoday.com",
url="https://japantoday.com/category/politics/ishiba-trump-agree-to-keep-talking-on-tariffs-akazawa-to-head-japan-team",
published_at="2025-04-08", body="""Japan Today
National | Politics | Business | Tech | Entertainment | Sports

NIKKEI 225 33,012.58 ▲ +1,876.00 (+6.03%) | USD/JPY 147.80

Ishiba, Trump agree to keep talking on tariffs; Akazawa to head Japan's team

TOKYO - Prime Minister Shigeru Ishiba and U.S. President Donald Trump agreed in a phone call Monday night to continue talks over U.S. tariffs, with Economic Revitalization Minister Ryosei Akazawa named to lead Japan's negotiating team.

Ishiba said he asked Trump during the roughly 25-minute call to reconsider the 24 percent "reciprocal" tariff on Japanese goods and the 25 percent duty on cars. Treasury Secretary Scott Bessent will lead for the U.S. side. Akazawa is set to travel to Washington next week for the first round, a government source said.

(C) KYODO

63 Comments | Login to comment"""))

S.append(dict(id="h55-39", source="24.kg",
url="https://24.kg/english/322871_Sadyr_Japarov_and_Emomali_Rahmon_sign_Treaty_on_State_Border/",
published_at="2025-03", body="""24.kg news agency
Politics | Economy | Society | Incidents | Sports

Sadyr Japarov and Emomali Rahmon sign Treaty on State Border

Bishkek (24.kg) - President of Kyrgyzstan Sadyr Japarov, who arrived in Dushanbe on a state visit, and President of Tajikistan Emomali Rahmon today signed the Treaty on the State Border between the two countries, ending more than three decades of negotiations.

The border was the scene of deadly armed clashes in 2021 and 2022. The presidents also agreed to reopen checkpoints and resume direct flights.

The leaders of Kyrgyzstan, Tajikistan and Uzbekistan are expected to meet in Khujand at the end of the month to sign an agreement on the junction point of the three countries' borders.

Subscribe to our Telegram channel | Views: 3,214"""))

S.append(dict(id="h55-40", source="desinewswire.xyz",
url="https://desinewswire.xyz/world/modi-makes-surprise-lahore-stop-meets-nawaz-sharif",
published_at=None, body="""DesiNewsWire | Home | India | World | Business | Sports

Modi makes surprise Lahore stop, meets Nawaz Sharif on his birthday

Prime Minister Narendra Modi made an unscheduled stop in Lahore on Friday on his way home from Afghanistan, the first visit to Pakistan by an Indian prime minister in more than a decade.

Pakistani Prime Minister Nawaz Sharif received Modi at the airport and the two flew by helicopter to Sharif's family estate at Raiwind, where they spent about two hours. It was Sharif's birthday.

Earlier in the day in Kabul, Modi inaugurated the new Afghan parliament building, built with Indian assistance, and held talks with President Ashraf Ghani. He had flown to Kabul from Moscow.

The foreign secretaries of the two countries are due to meet in Islamabad in mid-January.

Source: agencies | Share: WhatsApp | Facebook
Trending: Sensex ends flat in thin holiday trade"""))
