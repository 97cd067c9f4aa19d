# Medium wire-style stories (1,200-2,000 characters), h19-13 .. h19-26
M = []

M.append(dict(id="h19-13", source="defense.gov",
url="https://www.defense.gov/News/Releases/Release/Article/3537260/readout-of-secretary-of-defense-lloyd-j-austin-iiis-visit-to-kenya/",
published_at="2023-09-25", body="""U.S. Department of Defense
An official website of the United States government. Here's how you know.

Readout of Secretary of Defense Lloyd J. Austin III's Visit to Kenya

Sept. 25, 2023 | IMMEDIATE RELEASE

Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout:

Secretary of Defense Lloyd J. Austin III met today in Nairobi with Kenyan Cabinet Secretary for Defence Aden Duale. The two leaders signed a five-year framework for defense cooperation that will guide efforts to counter violent extremist organizations, including al-Shabaab, strengthen maritime security and improve the professionalization of Kenya's forces.

Secretary Austin thanked the Cabinet Secretary for Kenya's willingness to lead a multinational security support mission to Haiti and reaffirmed that the Department stands ready to support the mission with planning, logistics and funding, subject to congressional approval.

Secretary Austin also called on President William Ruto at State House, where they discussed regional security in the Horn of Africa and Kenya's role in Somalia.

The Secretary arrived in Nairobi from Djibouti, the first stop on a trip to the continent, and will travel next to Angola, where he is scheduled to meet President João Lourenço and Minister of National Defense João Ernesto dos Santos. It will be the first visit by a U.S. Secretary of Defense to Angola.

###

RELATED
Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Djiboutian President Ismail Omar Guelleh
Secretary Austin to Travel to Djibouti, Kenya and Angola

Subscribe to Defense.gov Products | Choose which Defense.gov products you want delivered to you"""))

M.append(dict(id="h19-14", source="rba.co.rw",
url="https://www.rba.co.rw/post/President-Kagame-receives-UK-Home-Secretary-Braverman",
published_at="2023-03-18", body="""RBA | Rwanda Broadcasting Agency | Amakuru | News | Sports | TV | Radio

President Kagame receives UK Home Secretary Suella Braverman

Kigali, 18 March 2023

President Paul Kagame on Saturday received at Urugwiro Village the United Kingdom's Home Secretary, Suella Braverman, who is in the country for a two-day working visit focused on the Migration and Economic Development Partnership between the two countries.

The discussions, which were also attended by Minister of Foreign Affairs Dr Vincent Biruta, centred on the progress of the partnership and on wider cooperation between Kigali and London.

Earlier in the day, the visiting minister toured a housing estate in Kigali's Gasabo District where some of the people relocated under the scheme would be accommodated, and visited a vocational training centre.

Speaking to journalists, Braverman described Rwanda as "a safe and prosperous country" and said the partnership would provide a "humane" alternative to dangerous crossings of the English Channel. She also held talks with Biruta on the implementation of the agreement.

The first relocation flight, which had been scheduled for June last year, was halted by a last-minute ruling of the European Court of Human Rights. The UK High Court ruled in December that the policy was lawful, but the decision is under appeal.

Government spokesperson Yolande Makolo said Rwanda remained committed to the partnership. "We are ready to receive people whenever the UK is ready to send them," she said.

The Home Secretary is expected to leave Kigali on Sunday.

Related
Rwanda, DRC foreign ministers hold talks in Luanda
Kwibohora29 preparations under way
Inflation eases to 19.3 percent in February

RBA 2023 | All rights reserved"""))

M.append(dict(id="h19-15", source="dhs.gov",
url="https://www.dhs.gov/news/2025/03/26/secretary-noem-meets-president-bukele-tours-cecot",
published_at="2025-03-26", body="""Homeland Security
An official website of the United States government

Press Release
Secretary Noem Meets with President Bukele, Tours CECOT

Release Date: March 26, 2025

SAN SALVADOR - Today, Secretary of Homeland Security Kristi Noem met with President of El Salvador Nayib Bukele to discuss the continued partnership between the United States and El Salvador in removing violent criminals and gang members from American communities.

Secretary Noem thanked President Bukele for his leadership and for El Salvador's agreement to hold dangerous criminal aliens, including members of Tren de Aragua and MS-13, in its Terrorism Confinement Center (CECOT). The Secretary toured the facility earlier in the day with Salvadoran officials.

"President Bukele has shown the world what it looks like to put the safety of citizens first," said Secretary Noem. "We are grateful for his partnership."

The Secretary and the President also discussed deepening cooperation on border security, information sharing and the return of Salvadoran nationals with final orders of removal.

Following her visit to El Salvador, Secretary Noem will travel to Mexico and Colombia later this week for meetings with government officials on security and immigration cooperation.

This trip is part of the Department's ongoing effort to work with partner nations in the region to secure the border and stop illegal immigration.

###

Topics: Border Security, Immigration and Customs Enforcement, International Engagement
Keywords: El Salvador, Kristi Noem, Secretary of Homeland Security

Last Updated: 03/26/2025

Was this page helpful? Yes | No

Sign up for email updates"""))

M.append(dict(id="h19-16", source="sputniknews.africa",
url="https://en.sputniknews.africa/20240124/putin-holds-talks-with-chads-transitional-president-mahamat-deby-in-moscow-1064736915.html",
published_at="2024-01-24", body="""Sputnik Africa | Politics | Economy | Society | Multimedia

Putin Holds Talks With Chad's Transitional President Mahamat Deby in Moscow

20:41 GMT 24.01.2024

MOSCOW (Sputnik) - Vladimir Putin on Wednesday received Chad's Transitional President Mahamat Idriss Deby Itno in the Kremlin for talks, on the Chadian leader's first visit to Russia.

"I am glad to see you in Moscow. We consider Chad an important partner in Africa," Putin said at the beginning of the meeting, adding that the two countries had many opportunities to develop cooperation in the economy and the humanitarian sphere.

Putin congratulated his guest on the successful constitutional referendum held in December and said he was aware that elections were planned in Chad this year.

The Chadian leader thanked the Russian president for the invitation and said he had come to "strengthen brotherly relations" between the two countries. "We are an independent country and we want to diversify our partners," Deby said.

According to Kremlin spokesman Dmitry Peskov, the two leaders discussed the situation in the Sahel region and Central Africa, including in neighboring Sudan.

Chad, a former French colony, still hosts around 1,000 French troops, and N'Djamena has remained an ally of Paris even as Mali, Burkina Faso and Niger have distanced themselves from France and moved closer to Moscow.

Deby took power in April 2021 after his father, Idriss Deby Itno, was killed while visiting troops fighting rebels in the north.

Also read:
Russian deputy defense minister Yevkurov arrives in Niamey for talks with Niger's leadership
Russia, Burkina Faso open embassy in Ouagadougou

Subscribe to Sputnik Africa on Telegram | Follow us on X"""))

M.append(dict(id="h19-17", source="cgtn.com",
url="https://news.cgtn.com/news/2024-01-24/China-Nauru-resume-diplomatic-relations-1qMmRRgs7iE/p.html",
published_at="2024-01-24", body="""CGTN | China | World | Business | Opinions | Live

China, Nauru resume diplomatic relations

Updated 17:22, 24-Jan-2024

China and Nauru on Wednesday officially resumed diplomatic relations at ambassadorial level, after Chinese Foreign Minister Wang Yi and Nauruan Foreign Minister Lionel Aingimea signed a joint communique in Beijing.

Wang held talks with the visiting minister before the signing ceremony. He said the resumption of ties was "the right choice" that reflected the will of the Nauruan people, and that China would always treat all countries, big or small, as equals.

China is willing to work with Nauru to strengthen cooperation in areas such as trade, health, infrastructure and climate response under the framework of the Belt and Road Initiative, Wang said.

Aingimea said Nauru abides by the one-China principle and recognizes that the government of the People's Republic of China is the sole legal government representing the whole of China.

The Pacific island nation, with a population of about 12,500, announced on January 15 that it would sever so-called "diplomatic ties" with Taiwan, two days after elections in the Taiwan region. Taiwan now has 12 formal allies.

Nauru is the third Pacific island country to switch recognition to Beijing since 2019, following Solomon Islands and Kiribati.

Chinese Foreign Ministry spokesperson Mao Ning said on Wednesday that the two countries would soon set up embassies in each other's capitals.

Most Read
Wang Yi wraps up Africa visit in Togo and Cote d'Ivoire
China's economy grows 5.2 percent in 2023
Spring Festival travel rush begins

Copyright © 2024 CGTN. Beijing ICP prepared NO.16065310-3"""))

M.append(dict(id="h19-18", source="gov.br",
url="https://www.gov.br/planalto/en/latest-news/2023/09/in-new-york-lula-meets-zelensky-and-launches-partnership-with-biden",
published_at="2023-09-20", body="""gov.br | Planalto | Presidency of the Republic

LATEST NEWS
In New York, Lula meets Zelensky and launches labour partnership with Biden

Published Sep 20, 2023 22:14 | Updated Sep 21, 2023 09:03

President Luiz Inácio Lula da Silva met Ukrainian President Volodymyr Zelensky this Wednesday, 20 September, in New York, on the sidelines of the 78th session of the United Nations General Assembly. It was the first in-person meeting between the two heads of state.

The meeting took place at the hotel where the Brazilian delegation is staying and lasted about an hour. According to Foreign Minister Mauro Vieira, the two leaders had a "frank" conversation and agreed that their teams would keep in contact on paths towards peace.

"We had a good conversation about the importance of the paths to peace and of always maintaining open dialogue between our countries," President Lula wrote on social media after the meeting.

Earlier, President Lula and US President Joe Biden launched the Partnership for Workers' Rights, an initiative to promote decent work and fight forced labour and child labour worldwide. The two presidents held a bilateral meeting before the launch event and discussed the energy transition, the fight against hunger and the defence of democracy.

On Tuesday, President Lula opened the general debate of the General Assembly, as is traditional for Brazil, with a speech on inequality, climate change and reform of global governance.

The President returns to Brasília on Thursday.

Planalto Press Office

Related content
Lula opens 78th UN General Assembly with call to fight inequality
Brazil and Cuba sign agreements during Havana visit

Share: Facebook | X | WhatsApp | LinkedIn"""))

M.append(dict(id="h19-19", source="spanish.news.cn",
url="http://spanish.news.cn/20230612/5b8a0e7d1c2f4a6e9b3c0d1e2f3a4b5c/c.html",
published_at="2023-06-12", body="""Xinhua Español | China | Mundo | Economía | Fotos

Xi Jinping sostiene conversaciones con presidenta hondureña Xiomara Castro

Fuente: Xinhua | 2023-06-12 20:31:45 | Editor: Spanish.xinhuanet.com

BEIJING, 12 jun (Xinhua) -- El presidente chino, Xi Jinping, sostuvo hoy lunes conversaciones con la presidenta de Honduras, Xiomara Castro, quien se encuentra en China en visita de Estado, en el Gran Palacio del Pueblo, en Beijing.

Xi señaló que el establecimiento de relaciones diplomáticas entre China y Honduras en marzo pasado abrió un nuevo capítulo en los lazos bilaterales, y que la decisión de Honduras de reconocer el principio de una sola China es "correcta" y "conforme a la tendencia de la época".

El mandatario chino afirmó que su país está dispuesto a ampliar la cooperación con Honduras en comercio, infraestructura, energía y agricultura, y a importar más productos hondureños de calidad, como el café y el camarón.

Por su parte, Castro dijo que Honduras se siente orgullosa de haber establecido relaciones con China y que espera aprender de la experiencia china en el desarrollo y la reducción de la pobreza.

Tras las conversaciones, ambos jefes de Estado presenciaron la firma de documentos de cooperación en áreas como el comercio, la educación, la agricultura y la cultura. Las dos partes acordaron además iniciar las negociaciones para un tratado de libre comercio.

Antes del encuentro, Xi celebró una ceremonia de bienvenida para Castro en la plaza ubicada en el exterior de la puerta este del Gran Palacio del Pueblo.

La mandataria hondureña llegó el viernes a Shanghai, donde visitó el Nuevo Banco de Desarrollo, y el domingo inauguró la embajada de su país en Beijing. Fin

Lo más visto
China y Nicaragua avanzan en negociación de tratado de libre comercio
Qin Gang se reúne con canciller hondureño
Economía china mantiene recuperación en mayo

Copyright © 2000-2023 XINHUANET.com Todos los derechos reservados"""))

M.append(dict(id="h19-20", source="trademinister.gov.au",
url="https://www.trademinister.gov.au/minister/don-farrell/media-release/visit-china",
published_at="2023-05-12", body="""Senator the Hon Don Farrell
Minister for Trade and Tourism | Special Minister of State

Media release
Visit to China

12 May 2023

Today I met with China's Minister of Commerce, Wang Wentao, in Beijing, for the Australia-China Joint Ministerial Economic Commission, the first held in person since 2019.

Our discussions were constructive and wide-ranging. I raised the importance of the full resumption of trade in products that have been impeded, including wine, barley, lobster, timber and meat. I also outlined Australia's commitment to the World Trade Organization and to an open, rules-based trading system.

We agreed to continue dialogue at all levels, including between officials, to work through the issues in our trade relationship.

Minister Wang accepted my invitation to visit Australia later this year for the next meeting of the commission.

This visit builds on the video conference Minister Wang and I held in February, and on the meeting between Prime Minister Albanese and President Xi in Bali last November.

Australia's relationship with China is important, and we will continue to cooperate where we can, disagree where we must, and engage in our national interest.

I will also meet Australian business representatives in Beijing before returning to Australia.

Media contact: Minister Farrell's office

Related media releases
Minister for Trade and Tourism to visit China
Australia-UAE comprehensive economic partnership agreement negotiations launched
Tourism ministers meet in Canberra

Print | Share"""))

M.append(dict(id="h19-21", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/economia/noticia/2023-03/agriculture-minister-stays-china-despite-lula-trip-postponement",
published_at="2023-03-26", body="""Agência Brasil | Economy

Agriculture minister stays in China despite postponement of Lula's trip

Published on 26/03/2023 - 14:10 | By Agência Brasil - Brasília

Agriculture and Livestock Minister Carlos Fávaro will continue his agenda in China this week despite the postponement of President Luiz Inácio Lula da Silva's state visit, the ministry reported this Sunday.

Fávaro arrived in Beijing last week at the head of a delegation of officials and business representatives, and on Thursday met the Minister of the General Administration of Customs of China, Yu Jianhua. The minister said the meeting resulted in the lifting of the suspension on Brazilian beef exports, in force since February after an atypical case of mad cow disease was detected in Pará.

"We are going to maintain the business agenda. The market is too important to lose time," Fávaro said in a video released by the ministry.

On Saturday, the Planalto Palace announced that Lula, who was diagnosed with bronchopneumonia, had called off the trip, which was to have included stops in Shanghai and Beijing and a meeting with Chinese President Xi Jinping. A new date has not been set.

The business mission of about 240 companies, mainly from agribusiness, is expected to hold a seminar in Beijing as planned. China is the main destination for Brazilian agricultural exports, buying more than half of the country's soybeans and most of its beef exports.

According to the Brazilian Association of Meat Exporters, the suspension had caused losses of around US$ 25 million a day.

Related:
Beef exports to China resume, says ministry
Lula diagnosed with bronchopneumonia
Soybean harvest reaches 70% of planted area

Edition: Valéria Aguiar | Agência Brasil | EBC

Share this content"""))

M.append(dict(id="h19-22", source="eng.belta.by",
url="https://eng.belta.by/president/view/lukashenko-to-pay-official-visit-to-zimbabwe-156512-2023/",
published_at="2023-01-27", body="""BelTA | Belarusian Telegraph Agency

President | Politics | Economics | Society | Regions

Lukashenko to pay official visit to Zimbabwe

27 January 2023 | 12:44

MINSK, 27 January (BelTA) - Belarus President Aleksandr Lukashenko will make an official visit to the Republic of Zimbabwe on 30 January - 1 February at the invitation of President Emmerson Mnangagwa, the press service of the Belarusian leader told BelTA.

The head of state is scheduled to hold talks with his Zimbabwean counterpart in Harare, first in a narrow format and then with the participation of the delegations. The sides will discuss the implementation of joint projects in agriculture, industry, mining, education and healthcare.

A package of bilateral documents is expected to be signed following the negotiations, including agreements on cooperation in agriculture and the supply of Belarusian machinery.

Since 2019, Belarusian tractors, combines and trucks have been supplied to Zimbabwe under a farm mechanisation programme, and an assembly line for Belarusian tractors is operating in the country.

The President of Zimbabwe paid an official visit to Belarus in January 2019, during which the two leaders agreed to take cooperation to a new level. The parties have since established a joint commission on trade and economic cooperation.

It will be the first visit of the Belarusian head of state to sub-Saharan Africa in recent years.

Other news
Lukashenko holds phone conversation with Vladimir Putin
Belarus, Russia to hold joint military exercises
Belarusian MTZ tractors assembled in Zimbabwe

BelTA 2023 | Use of materials: hyperlink required"""))

M.append(dict(id="h19-23", source="mid.ru",
url="https://mid.ru/en/foreign_policy/news/1954101/",
published_at="2024-06-04", body="""The Ministry of Foreign Affairs of the Russian Federation

News | Briefings | Foreign Policy | Documents

Foreign Minister Sergey Lavrov's talks with Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad of Burkina Faso Karamoko Jean-Marie Traoré

4 June 2024 | 18:30

On June 4, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov, who is on a working visit to Ouagadougou, held talks with Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad of Burkina Faso Karamoko Jean-Marie Traoré.

The ministers discussed the current state and prospects of bilateral relations, including trade, economic and humanitarian cooperation, the training of national personnel at Russian universities, and cooperation in security and defence. They noted the reopening of the Russian Embassy in Ouagadougou in December 2023.

Sergey Lavrov was also received by President of Burkina Faso Captain Ibrahim Traoré. The parties exchanged views on the situation in the Sahel and in West Africa, and on the creation of the Alliance of Sahel States.

The Burkinabe side expressed gratitude for the supply of Russian grain and fertilisers free of charge.

The visit to Burkina Faso follows the Minister's talks in Conakry and Brazzaville. Sergey Lavrov will continue his tour in the Republic of Chad.

Other news:
Foreign Minister Sergey Lavrov's telephone conversation with Foreign Minister of Venezuela Yvan Gil
Comment by the Information and Press Department on the situation in Gaza
Briefing by Foreign Ministry Spokeswoman Maria Zakharova

Print version | Share"""))

M.append(dict(id="h19-24", source="gna.org.gh",
url="https://www.gna.org.gh/1.15892341",
published_at="2019-07-31", body="""Ghana News Agency | Home | Politics | Business | Regional | Features

Speaker Pelosi leads US congressional delegation to Ghana

Accra, July 31, GNA - Mrs Nancy Pelosi, Speaker of the United States House of Representatives, on Wednesday addressed Ghana's Parliament as part of a visit by a delegation of US lawmakers marking 400 years since the first enslaved Africans were landed in English North America.

Speaker Pelosi, the first Speaker of the US House to address Ghana's Parliament, was received by the Rt Hon Professor Aaron Mike Oquaye, Speaker of Parliament, and Members of Parliament from both sides of the House.

She said the delegation, which includes members of the Congressional Black Caucus led by Representative Karen Bass, had come "to pay tribute to our ancestors" and to strengthen ties between the two countries.

Earlier, President Nana Addo Dankwa Akufo-Addo held talks with the delegation at the Jubilee House, where he commended the US for its support to Ghana's economy and called for a partnership based on trade and investment rather than aid.

Professor Oquaye said the visit was historic and would deepen parliamentary cooperation between Ghana and the United States.

The delegation is expected to visit the Cape Coast and Elmina castles, from which enslaved Africans were shipped across the Atlantic, on Thursday.

The visit is part of the "Year of Return" declared by the government to encourage people of African descent in the diaspora to visit Ghana.

GNA

Related
Year of Return: Over 500,000 tourists expected
Speaker Oquaye receives Chinese parliamentary delegation
Cocoa farmers to benefit from new price

GNA | Ghana News Agency - Ghana's Premier News Agency"""))

M.append(dict(id="h19-25", source="governor.ny.gov",
url="https://www.governor.ny.gov/news/governor-cuomo-leads-new-york-trade-mission-cuba",
published_at="2015-04-20", body="""Governor Andrew M. Cuomo

NEWS
Governor Cuomo Leads First U.S. State Trade Mission to Cuba Since Restoration of Diplomatic Talks

April 20, 2015 | Albany, NY

Governor Andrew M. Cuomo today arrived in Havana, Cuba, leading a delegation of business, academic and agricultural leaders on the first trade mission by a U.S. governor since President Obama announced the normalization of relations between the two countries in December.

Upon arrival, Governor Cuomo and the delegation met with Cuba's Minister of Foreign Trade and Investment, Rodrigo Malmierca Díaz, to discuss opportunities for New York companies, including in agriculture, health care and technology. The Governor will also meet with other senior Cuban government officials during the two-day visit.

"New York has always been a gateway for trade and for new ideas, and we want to be at the front of the line as a new chapter opens with Cuba," Governor Cuomo said. "This mission is about opening doors for New York businesses and jobs."

The delegation includes executives from JetBlue, MasterCard, Pfizer and Regeneron, as well as the presidents of the State University of New York and Cornell University and representatives of the New York Farm Bureau.

Earlier this month, President Obama and President Raúl Castro met in Panama on the sidelines of the Summit of the Americas, the first formal meeting of leaders of the two countries in more than 50 years.

Governor Cuomo will return to New York on Tuesday evening.

###

Additional news available at www.governor.ny.gov
New York State | Executive Chamber | press.office@exec.ny.gov | 518.474.8418

Contact the Governor's Press Office"""))

M.append(dict(id="h19-26", source="sonna.so",
url="https://sonna.so/en/somalia-and-ethiopia-agree-ankara-declaration/",
published_at="2024-12-12", body="""SONNA | Somali National News Agency

Home | Politics | Economy | Regions | Sports

Somalia and Ethiopia agree on Ankara Declaration under Türkiye's facilitation

Mogadishu (SONNA) - H.E. President Hassan Sheikh Mohamud and the Prime Minister of the Federal Democratic Republic of Ethiopia, Abiy Ahmed, have agreed on the Ankara Declaration, following talks hosted by President Recep Tayyip Erdoğan in the Turkish capital on Wednesday night.

The President arrived in Ankara on Wednesday on a working visit at the invitation of President Erdoğan, with whom he held bilateral talks at the Presidential Complex before the joint session. The Ethiopian Prime Minister also held a separate meeting with the Turkish President.

Under the declaration, the two leaders reaffirmed their respect for each other's sovereignty, unity and territorial integrity, and agreed to work together on commercial arrangements that would give Ethiopia reliable access to and from the sea under the sovereign authority of the Federal Republic of Somalia.

The two sides agreed to begin technical negotiations by the end of February 2025, with the facilitation of Türkiye, and to conclude them within four months.

At a joint press conference, President Hassan Sheikh said the agreement had "put an end to the differences" that arose this year. "Somalia is ready to work with Ethiopia, and Ethiopia is ready to work with Somalia," he said.

Abiy said Ethiopia had no intention of harming Somalia and only sought safe and reliable access to the sea.

President Erdoğan described the meeting as a historic step and thanked both leaders for their courage.

The Federal Government of Somalia thanked Türkiye for its role and called on all parties to respect the spirit of the declaration.

Related news
President Hassan Sheikh returns home from Ankara
Cabinet approves national budget for 2025
Somali National Army liberates villages in Middle Shabelle

SONNA | Somali National News Agency (c) 2024"""))
