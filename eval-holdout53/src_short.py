# Short items (300-1,100 characters), h53-27 .. h53-40
S = []

S.append(dict(id="h53-27", source="lefigaro.fr",
url="https://www.lefigaro.fr/international/emmanuel-macron-en-asie-centrale-20231101",
published_at="2023-11-01", body="""International

À Astana, Emmanuel Macron courtise le Kazakhstan avant de rejoindre l'Ouzbékistan

Par Le Figaro avec AFP
Publié le 01/11/2023 à 18:47

Emmanuel Macron a été reçu mercredi à Astana par le président Kassym-Jomart Tokaïev, au premier jour d'une tournée en Asie centrale consacrée à l'énergie, aux métaux critiques et à l'uranium, dont le Kazakhstan est le premier producteur mondial.

Le chef de l'État se rendra jeudi à Samarcande, en Ouzbékistan, où il doit s'entretenir avec le président Chavkat Mirzioïev.

Paris cherche à diversifier ses approvisionnements dans une région longtemps considérée comme l'arrière-cour de Moscou.

Lire aussi : Nucléaire : Orano renforce sa présence au Kazakhstan

Partager : Facebook | X | E-mail"""))

S.append(dict(id="h53-28", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/eng/xw/fyrbt/fyrbt/202501/t20250103_11527364.html",
published_at="2025-01-03", body="""Ministry of Foreign Affairs of the People's Republic of China

Foreign Ministry Spokesperson Mao Ning Announces Wang Yi's Visit to Namibia, the Republic of the Congo, Chad and Nigeria

2025-01-03 15:30

At the invitation of the governments of the four countries, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi will visit Namibia, the Republic of the Congo, Chad and Nigeria from January 5 to 11.

This continues a 35-year tradition of Chinese foreign ministers choosing Africa for their first overseas visit of the new year. The Republic of the Congo is the co-chair country of the Forum on China-Africa Cooperation.

Print | Close

Copyright © Ministry of Foreign Affairs, the People's Republic of China"""))

S.append(dict(id="h53-29", source="thelocal.de",
url="https://www.thelocal.de/20230815/baerbock-calls-off-australia-trip-after-plane-breaks-down-twice",
published_at="2023-08-15", body="""The Local Germany | News | Politics

Baerbock calls off Indo-Pacific trip after government plane breaks down twice

Published: 15 August 2023 09:12 CEST

German Foreign Minister Annalena Baerbock has abandoned a planned week-long visit to Australia, New Zealand and Fiji after her government Airbus developed a fault during a refuelling stop in Abu Dhabi and had to turn back twice.

The aircraft's wing flaps would not retract after take-off on Monday night, forcing the crew to dump fuel over the Gulf before landing again. A second attempt early on Tuesday ended the same way.

"It is more than annoying," Baerbock wrote, adding that it had proved impossible to reorganise the trip at short notice. She will return to Berlin on a scheduled flight.

Baerbock had been due in Canberra for talks with her counterpart Penny Wong.

Like this article? Sign up to our Germany Today newsletter.

Tags: Annalena Baerbock, Luftwaffe, Australia"""))

S.append(dict(id="h53-30", source="cityam.com",
url="https://www.cityam.com/sunak-meets-saudi-crown-prince-heads-to-cairo/",
published_at="2023-10-20", body="""FTSE 100 7,402.14 ▼ -1.3% | GBP/USD 1.2140 | Brent $92.38

Politics
Sunak holds talks with Saudi crown prince after Israel visit, heads to Cairo

Rishi Sunak met Saudi Crown Prince Mohammed bin Salman in Riyadh late on Thursday, hours after visiting Israel, where he told Benjamin Netanyahu that Britain wanted it "to win" against Hamas.

Downing Street said the two leaders agreed on the need to avoid regional escalation and to get humanitarian aid into Gaza.

The prime minister will travel to Egypt on Friday to meet President Abdel Fattah al-Sisi, the last leg of his regional trip. Foreign Secretary James Cleverly is in the region this week, with stops in Egypt, Turkey and Qatar.

Sign up to City AM's newsletter

Share: X | LinkedIn | Email"""))

S.append(dict(id="h53-31", source="newsonair.gov.in",
url="https://newsonair.gov.in/News?title=EAM-Jaishankar-to-visit-Cyprus-and-Austria&id=453811",
published_at="2022-12", body="""All India Radio News | National | International

EAM Dr S Jaishankar to visit Cyprus and Austria from tomorrow

External Affairs Minister Dr S Jaishankar will pay an official visit to Cyprus and Austria from tomorrow till the 3rd of January.

In Cyprus, from the 29th to the 31st of this month, Dr Jaishankar will call on President Nicos Anastasiades and hold talks with Foreign Minister Ioannis Kasoulides. He will then travel to Vienna, where he is scheduled to meet Foreign Minister Alexander Schallenberg. This will be the first visit by an Indian External Affairs Minister to Austria in 27 years.

Follow AIR News on Twitter | Download the NewsOnAir App"""))

S.append(dict(id="h53-32", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/412771/Egypt/Foreign-Affairs/Sisi-arrives-in-Djibouti-in-first-visit-by-Egyptian.aspx",
published_at="2021-05-27", body="""Ahram Online | Egypt | Foreign Affairs

Sisi arrives in Djibouti in first visit by Egyptian president

Ahram Online, Thursday 27 May 2021

President Abdel-Fattah El-Sisi arrived in Djibouti on Thursday, the first visit by an Egyptian head of state to the Horn of Africa nation, presidential spokesman Bassam Radi said.

Sisi was received at the airport by President Ismail Omar Guelleh, who was sworn in for a fifth term last week. The two presidents held talks on boosting trade and investment, maritime security in the Red Sea and Bab el-Mandeb, and the dispute over Ethiopia's Grand Ethiopian Renaissance Dam.

Egypt will open a logistics zone in Djibouti, the spokesman added.

Short link:

Related: Egypt, Sudan hold joint air force drills 'Nile Eagles 2'"""))

S.append(dict(id="h53-33", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2025/03/15/prime-minister-carney-travel-paris-and-london",
published_at="2025-03-15", body="""Prime Minister of Canada

News release
Prime Minister Carney to travel to Paris and London

March 15, 2025
Ottawa, Ontario

The Prime Minister, Mark Carney, today announced that he will travel to Paris, France, and London, United Kingdom, from March 16 to 18, 2025.

In Paris, Prime Minister Carney will meet with the President of France, Emmanuel Macron, to discuss trade, security and support for Ukraine.

In London, the Prime Minister will meet with the Prime Minister of the United Kingdom, Keir Starmer, and will have an audience with His Majesty King Charles III, King of Canada.

On his return, the Prime Minister will travel to Iqaluit, Nunavut, to reaffirm Canada's Arctic sovereignty.

Quick facts
This is the Prime Minister's first foreign trip since being sworn in on March 14, 2025.

Media Relations: media@pmo-cpm.gc.ca"""))

S.append(dict(id="h53-34", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1183196",
published_at="2022-09-05", body="""Philippine News Agency | Nation | Foreign Affairs

PBBM, Jokowi hold bilateral talks at Bogor Palace

By Ruth Abbey Gita-Carlos | September 5, 2022, 4:21 pm

JAKARTA – President Ferdinand R. Marcos Jr. on Monday held a bilateral meeting with Indonesian President Joko Widodo at the Bogor Presidential Palace, in his first state visit abroad since assuming office.

The two leaders discussed defense and border security, trade and energy, and witnessed the signing of four agreements.

Marcos arrived in Jakarta on Sunday night. He will leave for Singapore on Tuesday for a state visit until Wednesday, where he is scheduled to meet Prime Minister Lee Hsien Loong. (PNA)

Share | Tweet | Email"""))

S.append(dict(id="h53-35", source="hungarytoday.hu",
url="https://hungarytoday.hu/netanyahu-leaves-budapest-for-washington-trump-meeting/",
published_at="2025-04", body="""Hungary Today | Politics | Foreign Affairs

Netanyahu leaves Budapest for Washington after four-day visit

Israeli Prime Minister Benjamin Netanyahu left Budapest on Sunday for Washington, where he is due to meet U.S. President Donald Trump at the White House on Monday to discuss tariffs, Iran and the hostages in Gaza.

Netanyahu arrived in Hungary on Wednesday night at the invitation of Prime Minister Viktor Orbán, despite an International Criminal Court arrest warrant. On Thursday, as the two leaders met at Buda Castle, the government announced Hungary would withdraw from the court.

Newsletter: get the week's top stories every Friday.

Tags: Benjamin Netanyahu, Viktor Orbán, ICC, Israel"""))

S.append(dict(id="h53-36", source="livemint.com",
url="https://www.livemint.com/news/india/abe-s-india-visit-deferred-amid-protests-in-assam-11576222145112.html",
published_at="2019-12-13", body="""Sensex 41,009.71 ▲ +0.96% | Nifty 12,086.70 ▲ +0.94%

News / India
Abe's India visit deferred amid protests in Assam

1 min read . Updated: 13 Dec 2019, 12:53 PM IST

Japanese Prime Minister Shinzo Abe's visit to India for the annual summit, scheduled to be held in Guwahati from Sunday, has been deferred, the external affairs ministry said on Friday, after days of violent protests in Assam over the Citizenship Amendment Act.

"Both sides have decided to defer the visit to a mutually convenient date in the near future," ministry spokesperson Raveesh Kumar said.

On Thursday, Bangladesh Foreign Minister A.K. Abdul Momen cancelled his visit to India.

Topics: Shinzo Abe, Japan, Assam

Subscribe to Mint Newsletters"""))

S.append(dict(id="h53-37", source="apanews.net",
url="https://apanews.net/senegal-faye-in-nouakchott-for-first-trip-abroad/",
published_at="2024-04", body="""APA News | Politics

Senegal's Faye in Nouakchott for first trip abroad

Dakar (APA) – Senegal's new President Bassirou Diomaye Faye arrived in Nouakchott on Thursday for a one-day working visit to Mauritania, his first trip abroad since his inauguration earlier this month.

Faye was received at the airport by President Mohamed Ould Ghazouani. The two heads of state discussed the Greater Tortue Ahmeyim gas project straddling their maritime border, fishing and security.

Sources at the presidency said Faye could travel to Banjul next week, but no date has been announced.

AC/APA

Share this article"""))

S.append(dict(id="h53-38", source="cnbc.com",
url="https://www.cnbc.com/2024/04/02/biden-xi-call-yellen-china-trip.html",
published_at="2024-04-02", body="""Dow futures ▼ 0.5% | S&P 500 futures ▼ 0.6% | 10-yr yield 4.36%

POLITICS
Biden and Xi speak by phone ahead of Yellen's trip to China

PUBLISHED TUE, APR 2 2024 12:46 PM EDT

President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday, their first conversation since meeting in California in November, the White House said.

The two leaders discussed Taiwan, fentanyl, artificial intelligence and Chinese support for Russia's defense industry.

Treasury Secretary Janet Yellen leaves for China on Wednesday, with stops in Guangzhou and Beijing, and Secretary of State Antony Blinken is expected to visit in the coming weeks.

Watch live: Markets in Review

Subscribe to CNBC PRO | Sign up for free newsletters"""))

S.append(dict(id="h53-39", source="sun.mv",
url="https://sun.mv/191204",
published_at="2024-01-10", body="""Sun Online | News | Business

Maldives, China sign 20 agreements as Muizzu meets Xi in Beijing

Maldives and China signed 20 agreements on Wednesday, including on tourism, disaster risk reduction, the blue economy and digital economy, after President Dr Mohamed Muizzu held official talks with Chinese President Xi Jinping at the Great Hall of the People.

The two leaders also announced the elevation of ties to a comprehensive strategic cooperative partnership.

President Muizzu, who began his state visit in Fujian on Monday, will return to Male' on Saturday. His first trip abroad after assuming office was to Türkiye.

Comments (12)

Share: Facebook | X | Viber"""))

S.append(dict(id="h53-40", source="globalnewsmirror.site",
url="https://globalnewsmirror.site/2016/05/obama-wraps-up-vietnam-visit-en-route-to-japan",
published_at=None, body="""Obama wraps up Vietnam visit, en route to Japan for G7

Posted by admin in World

U.S. President Barack Obama left Ho Chi Minh City on Wednesday, wrapping up a three-day visit to Vietnam during which he announced the full lifting of the decades-old U.S. arms embargo on the former enemy.

Air Force One is en route to Nagoya, from where Obama will go to Ise-Shima for the Group of Seven summit. He is due to hold talks with Prime Minister Shinzo Abe on Wednesday evening and on Friday will become the first sitting U.S. president to visit Hiroshima.

Related posts:
Modi arrives in Tehran, Chabahar deal on agenda
Oil climbs above $49

Leave a comment"""))
