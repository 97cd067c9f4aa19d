# Long pages (2,500-4,500 characters), h63-01 .. h63-12
A = []

A.append(dict(id="h63-01", source="riotimesonline.com",
url="https://www.riotimesonline.com/brazil-news/politics/lula-receives-king-of-spain-and-south-american-leaders-on-first-day-back-in-office/",
published_at="2023-01-02", body="""Subscribe to our Latin American business newsletter | The Rio Times

IBOVESPA 106,376 ▼ -3.06% | USD/BRL 5.4534 ▲ +3.3% | BRENT 82.10 ▼ -4.4% | PETR4 22.92 ▼ -6.4%

Home > Brazil News > Politics

Lula receives King of Spain and South American leaders on first day back in office

Monday, January 2, 2023 | By Marcos Teixeira Lima, Contributing Reporter

Photo: President Luiz Inácio Lula da Silva greets King Felipe VI of Spain at the Itamaraty Palace. (Photo: Ricardo Stuckert/PR)

BRASÍLIA, BRAZIL – A day after receiving the presidential sash for the third time, Luiz Inácio Lula da Silva turned to foreign policy on Monday, holding a string of back-to-back meetings with heads of state and government who had flown in for Sunday's inauguration.

Lula received King Felipe VI of Spain at the Itamaraty Palace, the seat of the foreign ministry, in the morning. According to the Planalto, the two discussed the trade agreement between the European Union and Mercosur, stuck since 2019, and Spanish investment in Brazilian renewable energy. Spain takes over the rotating presidency of the Council of the EU in July, and Madrid has made no secret that it wants the deal ratified on its watch.

The president then sat down with Portugal's Marcelo Rebelo de Sousa, who had also been at Sunday's ceremony in the Congress. The Portuguese head of state, an old acquaintance of Lula, told reporters afterwards that the conversation had been "between friends" and covered the Portuguese language, science cooperation and the Brazilian community in Portugal, now the largest foreign community in the country.

In the afternoon Lula met Argentina's Alberto Fernández, his closest political ally in the region, and then Chile's Gabriel Boric. With Fernández the talks turned to trade in local currencies, the gas pipeline from Vaca Muerta and what both sides call the "rebuilding" of Mercosur. Boric, 36, said on leaving Itamaraty that they had agreed to "work together on the climate agenda and on South American integration", and that the Chilean had invited his host to Santiago "whenever his agenda allows".

Foreign Minister Mauro Vieira, who was sworn in earlier in the day, said Brazil would return to CELAC, the regional bloc that Jair Bolsonaro's government left in 2020, and would seek to reopen its embassy in Caracas. Venezuela's Nicolás Maduro, whose entry to Brazil had been barred under a Bolsonaro-era ordinance that the new government revoked, did not travel for the inauguration.

The United States was represented by Interior Secretary Deb Haaland, who attended the ceremony in the Congress and the reception at Itamaraty on Sunday. A US official said Haaland conveyed President Joe Biden's invitation for Lula to visit Washington, which the Brazilian had accepted in principle when the two spoke by phone after the October run-off. No date has been set.

Bolsonaro himself was not in the country. The former president flew to Florida on Friday and skipped the traditional handover of the sash, which Lula instead received from a group of ordinary citizens, including a waste picker and an Indigenous leader.

Some 65 foreign delegations attended the inauguration, the largest number in the country's history, according to Itamaraty. "Brazil is back," Lula said in his speech to Congress, promising to restore the country's place in the world after four years of what he called isolation.

Markets were less enthusiastic. The Ibovespa fell more than 3% and the real weakened sharply on Monday after the new government extended fuel tax exemptions and ministers signalled a looser approach to the spending cap.

READ NEXT
» Boric, Petro and Fernández land in Brasília for Lula's inauguration
» Brazil's real slides as markets greet Lula's first fiscal moves
» Petrobras shares tumble on change of leadership

Tags: Lula, Itamaraty, Felipe VI, Mercosur, Alberto Fernández, Gabriel Boric

Share: WhatsApp | Telegram | X | LinkedIn

Support independent journalism on Latin America – become a subscriber from R$ 9.90 a month.
© 2023 The Rio Times. All rights reserved."""))

A.append(dict(id="h63-02", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3287005/xi-and-biden-hold-last-meeting-lima-apec-sidelines",
published_at="2024-11-17", body="""China's Xi Jinping and outgoing US President Joe Biden hold final meeting in Lima

Both leaders pledge a 'smooth transition' in ties ahead of Donald Trump's return to the White House in January

Published: 8:45am, 17 Nov 2024 | Updated: 10:12am, 17 Nov 2024

By Wendy Wu and Mark Magnier in Lima

Chinese President Xi Jinping and US President Joe Biden held what is expected to be their last meeting on Saturday, on the sidelines of the Asia-Pacific Economic Cooperation leaders' summit in the Peruvian capital.

The talks, in a hotel conference room in Lima, lasted about an hour and 40 minutes. Xi told Biden that China was ready to work with the new US administration to "maintain communication, expand cooperation and manage differences", and warned that a "new cold war" should not be fought.

Biden said the two had not always agreed but their conversations had been "candid" and "always honest". The White House said they had affirmed that any decision to use nuclear weapons should remain under human control, and that Biden had raised Beijing's support for Russia's defence industry and cyber intrusions on US telecommunication networks.

It was the third in-person meeting between the two men during Biden's term, after Bali in 2022 and Woodside, California, last year.

Xi's Peru trip, a state visit as well as the Apec meeting, had been dominated by the opening of Chancay, a US$1.3 billion deep-water port north of Lima majority-owned by the state-run shipping giant Cosco. On Thursday, Xi and President Dina Boluarte inaugurated the port by video link from the Government Palace, after talks at which the two sides signed more than a dozen cooperation documents and an upgrade of their free-trade agreement.

Biden, who arrived in Lima on Thursday evening, held his own talks with Boluarte at the palace on Friday and announced a donation of locomotives and passenger cars for a Lima railway line, a gesture seen as a modest counterpoint to China's port.

Also on Friday, Xi held his first formal meeting with Japanese Prime Minister Shigeru Ishiba, who took office in October. The two agreed to pursue a "mutually beneficial relationship based on common strategic interests". Xi later met South Korean President Yoon Suk Yeol for the first time in two years, and invited him to visit China.

Biden, for his part, hosted Ishiba and Yoon for a three-way meeting on Friday at which the three launched a permanent secretariat for their cooperation, days after North Korean troops were reported to be fighting for Russia.

Biden will leave Peru on Sunday for Manaus, becoming the first sitting US president to visit the Amazon, before going on to Rio de Janeiro for the Group of 20 summit on Monday and Tuesday. Xi, too, will fly to Brazil, where he will attend the G20 summit before a state visit to Brasília on Wednesday, at the invitation of President Luiz Inácio Lula da Silva.

Neither side said whether Xi and Trump had been in touch since the election. Beijing's foreign ministry said last week that Xi had sent a congratulatory message.

Analysts in Lima said the port and the meeting captured Beijing's growing footprint in a region Washington has long considered its own. "Chancay changes the map of Pacific trade for South America," said a former Peruvian trade minister.

MORE ON THIS STORY
Albanese to meet Xi on G20 sidelines in Rio, Canberra confirms
How Chancay port turned Peru into a Belt and Road showcase
Trump tariff threat looms over Apec summit

Sign up for our China newsletter | Get the SCMP app

This article appeared in the South China Morning Post print edition.

Comments (38)

Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h63-03", source="miamiherald.com",
url="https://www.miamiherald.com/news/nation-world/world/americas/venezuela/article167119182.html",
published_at="2017-08-13", body="""Get unlimited digital access – $1 for 6 months. Subscribe now.

AMERICAS

Pence, in Colombia, says US will not 'stand by' as Venezuela collapses

By Franco Ordóñez and Jim Wyss | August 13, 2017 07:26 PM

Vice President Mike Pence, second from right, and Colombian President Juan Manuel Santos walk through the Casa de Huéspedes in Cartagena on Sunday. Fernando Vergara AP

CARTAGENA, Colombia – Vice President Mike Pence opened a four-nation tour of Latin America on Sunday with talks with Colombian President Juan Manuel Santos in this Caribbean port city, saying the United States "will not stand by as Venezuela crumbles" but stopping short of repeating his boss's talk of a possible military option.

Pence and Santos met for about two hours at the presidential guest house overlooking the bay, where they discussed Venezuela, the Colombian peace process and a surge in coca cultivation that Washington says has made Colombia the world's top cocaine producer.

At a joint news conference, Santos said his government had "told the vice president very clearly" that military intervention should not even be considered. "America is a continent of peace," Santos said. "Let's keep it that way."

The remarks came two days after President Donald Trump told reporters at his golf club in Bedminster, New Jersey, that he was "not going to rule out a military option" in Venezuela. The comments drew condemnation from across the region, including from countries that have been sharply critical of Nicolás Maduro, and were seized on by Caracas as proof of a plot against it. Venezuelan Defense Minister Vladimir Padrino López called them "an act of supreme madness".

The White House said on Friday that Maduro had asked to speak with Trump by phone, and that the president would do so "as soon as democracy is restored in that country". Caracas has not commented.

Pence said the United States would use "all of our economic and diplomatic power" to restore democracy in Venezuela, and that Trump hoped for a peaceful solution.

Pence leaves Cartagena on Monday for Buenos Aires, where he is scheduled to meet President Mauricio Macri, before stops in Santiago, for talks with Chilean President Michelle Bachelet, and Panama City, where he is due to see President Juan Carlos Varela and visit the expanded canal. The trip had been planned before the Venezuela crisis intensified, and officials said it was meant to focus on trade and security.

Colombian officials said Pence also raised the rise in coca crops. Washington has been pressing Bogotá to resume aerial spraying, something Santos has ruled out.

The vice president, who was accompanied by his wife Karen and daughters, also toured a historic church in the walled city and met Venezuelan migrants at a Cartagena church. More than 300,000 Venezuelans are estimated to have crossed into Colombia in recent months.

Related stories from Miami Herald
Twelve Latin American countries refuse to recognize Venezuela's new assembly
Maduro's new super-assembly takes over Congress building
Cuba's Raúl Castro to step down in February, officials say

Comments

Copyright 2017 Miami Herald. All Rights Reserved."""))

A.append(dict(id="h63-04", source="theguardian.com",
url="https://www.theguardian.com/world/2023/may/29/lula-welcomes-maduro-brazil-venezuela",
published_at="2023-05-29", body="""This article is more than 1 year old

Lula rolls out red carpet for Maduro as Venezuelan leader returns to Brazil

Visit ends years of diplomatic freeze, but critics accuse Brazilian president of whitewashing an authoritarian government

Tom Phillips and agencies in Brasília
Mon 29 May 2023 20.31 BST

Luiz Inácio Lula da Silva has welcomed Venezuela's Nicolás Maduro to Brazil's presidential palace, in a visit that underlined the end of the isolation Brasília imposed on Caracas under Jair Bolsonaro.

The Venezuelan leader, on his first trip to Brazil since 2015, was greeted with full military honours at the Planalto palace on Monday, where the two men held about three hours of talks before a joint appearance before the press.

"It's a historic moment," Lula said. "It was inexplicable for a country that has a border of 2,200km with Brazil not to have relations." He said Venezuela had been the victim of a "narrative" of authoritarianism and anti-democracy, and that Maduro should present his own side of the story to the world.

Maduro thanked his host for a return of "dialogue and respect" and said the two had agreed to a roadmap for trade, energy and flights, and to reopen consular services on both sides. Brazil reopened its embassy in Caracas earlier this year.

The remarks drew criticism from the opposition in Brazil and from human rights groups. Venezuela faces an investigation at the international criminal court over alleged crimes against humanity.

Maduro's visit is a prelude to Tuesday's meeting of South American presidents at the Itamaraty Palace, which Lula hopes will revive a regional bloc along the lines of the defunct Unasur. Eleven of the 12 heads of state in the region are expected; Peru's Dina Boluarte, who faces a domestic crisis, is sending the head of her cabinet, Alberto Otárola.

Most leaders were arriving on Monday night. Argentina's Alberto Fernández and Chile's Gabriel Boric were among the first to land at the capital's air force base, officials said, while Colombia's Gustavo Petro was due in the early hours of Tuesday.

Lula's office said he would hold "some" bilateral meetings on the margins of the summit but did not say with whom.

Boric, a leftwinger who has been critical of the Venezuelan government's human rights record, has said that the regional talks should not ignore "democracy and human rights". Uruguay's centre-right president, Luis Lacalle Pou, has been more cutting about the invitation extended to Maduro.

Brazil's foreign minister, Mauro Vieira, insisted there was nothing exceptional about Maduro's reception. "He is the head of state of a neighbouring country," he said.

The visit also has an economic logic, analysts said. Brazilian exporters lost ground in the Venezuelan market during the years of rupture, and the northern state of Roraima, which has received hundreds of thousands of Venezuelan migrants, depends on Venezuelan power lines for part of its electricity.

More on this story
Lula to meet Petro in Leticia ahead of Amazon summit, Itamaraty says
Brazil's Congress votes to strip environment ministry of powers
Venezuelan migrants in Roraima: 'We left with nothing'

Topics: Brazil | Venezuela | Lula | Nicolás Maduro | Americas

Reuse this content

I hope you appreciated this article. Before you move on, I wonder whether you could consider supporting the Guardian's journalism – from just £1."""))

A.append(dict(id="h63-05", source="buenosairesherald.com",
url="https://buenosairesherald.com/politics/zelensky-meets-milei-at-casa-rosada-after-inauguration",
published_at="2023-12-10", body="""Buenos Aires Herald | English-language news from Argentina since 1876

MERVAL 929,580 ▲ +3.1% | Official dollar ARS 366.50 | Blue dollar ARS 1,040 | Country risk 1,920

POLITICS

Zelensky meets Milei at Casa Rosada on inauguration day

The Ukrainian president made his first visit to Latin America to attend the handover, and spoke briefly with Hungary's Viktor Orbán

By Facundo Iglesias
December 10, 2023

Photo: President Javier Milei and Ukrainian President Volodymyr Zelensky at the Casa Rosada. Credit: Presidency

Ukraine's Volodymyr Zelensky held a bilateral meeting with Javier Milei at the Casa Rosada on Sunday evening, hours after the libertarian economist was sworn in as president of Argentina.

It was the first visit by a Ukrainian head of state to Latin America since the Russian invasion. Kyiv said Zelensky had thanked Milei for his "clear support" and that the two had discussed the holding of a summit between Ukraine and Latin American countries, which Zelensky has been pushing for months. The Argentine presidency released a photo of the pair embracing, but no statement.

Zelensky arrived in Buenos Aires early on Sunday on a flight from Cape Verde and was among the foreign guests at the ceremony in front of Congress, where Milei, breaking with tradition, addressed the crowd on the steps rather than lawmakers in the chamber.

In a corridor of Congress before the ceremony, Zelensky had a short exchange with Hungarian Prime Minister Viktor Orbán, the EU leader closest to Moscow, just days before a Brussels summit at which Budapest threatened to veto accession talks with Kyiv. Video released by Orbán's office showed the two men speaking through interpreters for less than a minute. Hungarian officials later called it "a frank conversation".

Other guests at the ceremony included King Felipe VI of Spain, Chilean President Gabriel Boric, Uruguay's Luis Lacalle Pou, Paraguay's Santiago Peña and Ecuador's Daniel Noboa. After the oath, Milei received the foreign delegations in the White Hall of the Casa Rosada, greeting each leader for a few minutes and posing for photos.

Brazilian President Luiz Inácio Lula da Silva, who was insulted repeatedly by Milei during the campaign, did not attend and sent Foreign Minister Mauro Vieira instead. Former president Jair Bolsonaro, a Milei ally, was in Buenos Aires and was seen at the ceremony. The United States was represented by Energy Secretary Jennifer Granholm.

From Buenos Aires, Zelensky travels to Washington, where the White House said on Sunday that President Joe Biden would host him on Tuesday to make the case for further military aid, which is held up in Congress.

During his inaugural address, Milei warned of a harsh adjustment ahead. "There is no money," he said, adding that the shock would have a negative impact on employment and inflation in the short term.

Economy Minister Luis Caputo is expected to announce the first package of measures on Tuesday.

RELATED
- Milei names Diana Mondino foreign minister, pledges to keep Mercosur
- Lula will not attend Milei's swearing-in, Planalto confirms
- What is in Milei's first decree? A guide

Tags: Javier Milei, Volodymyr Zelensky, Inauguration, Ukraine, Foreign Policy

Support the Buenos Aires Herald: become a subscriber.

Share: WhatsApp | Facebook | X | Email
© 2023 Buenos Aires Herald"""))

A.append(dict(id="h63-06", source="rfi.fr",
url="https://www.rfi.fr/en/international/20240328-macron-wraps-up-brazil-state-visit-with-lula-in-brasilia",
published_at="2024-03-28", body="""Accept cookies to view this content | Manage my choices

INTERNATIONAL

Macron wraps up Brazil state visit with Lula in Brasília, but trade deal divides them

Issued on: 28/03/2024 - 19:40 | Modified: 28/03/2024 - 20:05

French President Emmanuel Macron and his Brazilian counterpart Luiz Inácio Lula da Silva at the Planalto Palace in Brasília, 28 March 2024. © Reuters - Adriano Machado

Text by: RFI with AFP

French President Emmanuel Macron ended a three-day state visit to Brazil on Thursday with talks in Brasília with Luiz Inácio Lula da Silva, capping a trip full of warm words and striking photographs but exposing a clear disagreement over the EU-Mercosur trade agreement.

After a meeting at the Planalto Palace, the two presidents oversaw the signing of around twenty agreements, including a plan for 1 billion euros in public and private investment in the Amazon over four years and cooperation on defence, space, hydrogen and the fight against organised crime.

Lula praised his guest. "France is one of our most important partners," he said, adding that Brazil wanted the relationship to be "a strategic partnership in the true sense".

On the trade deal, which the European Commission and the South American bloc have been negotiating for more than two decades, Macron was blunt. He called the current text "a very bad deal" that did not take into account climate and biodiversity and said a new agreement should be negotiated from scratch. Lula, who had hoped to close the deal while Brazil holds the rotating presidency of Mercosur, said he would keep trying.

The visit began on Tuesday in Belém, at the mouth of the Amazon, where the two presidents visited the island of Combu by boat and met the Indigenous leader Raoni Metuktire, who was made a knight of the Legion of Honour. The pictures of the two leaders holding hands amid the trees were widely shared online, drawing comparisons to a wedding album.

On Wednesday, Macron and Lula travelled to the Itaguaí naval complex near Rio de Janeiro for the launch of the Tonelero, the third of four conventional submarines built in Brazil with French technology under a 2008 agreement. Lula asked France to help Brazil build a nuclear-propelled submarine.

Macron, who then went on to São Paulo for a business forum, was accompanied by several ministers and the heads of major French companies, including TotalEnergies and Airbus.

The French president also sought to cast the visit as the start of a new chapter after years of frosty relations with Lula's predecessor, Jair Bolsonaro, whom Macron clashed with over the 2019 Amazon fires.

Brazil hosts the G20 this year and the UN climate conference, COP30, in Belém next year, and Paris wants Brasília on board for its campaign on climate finance.

Macron flew home on Thursday evening.

Read also:
- Lula to travel to Colombia for Bogotá book fair next month
- Paris Olympics: security plan for opening ceremony on the Seine revealed
- French farmers step up protests against EU-Mercosur deal

Newsletter: Receive all international news directly in your inbox

Share: Facebook | X | WhatsApp | Email

Keywords: Emmanuel Macron, Lula, Brazil, France, Amazon, Mercosur"""))

A.append(dict(id="h63-07", source="bbc.com",
url="https://www.bbc.com/news/articles/c5y7l2m0kx1o",
published_at="2025-02-02", body="""Rubio in Panama: Panama will not renew China Belt and Road deal, Mulino says

2 February 2025

By Will Grant, Mexico, Central America and Cuba correspondent, and Bernd Debusmann Jr, at the White House

Getty Images
US Secretary of State Marco Rubio with Panama's President José Raúl Mulino at the presidential palace in Panama City

Panama will not renew its participation in China's Belt and Road Initiative, President José Raúl Mulino said on Sunday after talks with US Secretary of State Marco Rubio, who was on his first foreign trip as America's top diplomat.

The meeting in Panama City came amid US President Donald Trump's repeated threats to "take back" the Panama Canal, which the US handed over to Panama in 1999, over what he says is excessive Chinese influence around the waterway.

Mulino described the talks as "respectful and cordial" and said he did not feel there was "a real threat" of a US military move to retake the canal. But he said that Panama would let its 2017 memorandum of understanding on the Belt and Road expire, and could even end it early.

He also offered to expand cooperation on migration, including the use of Panama as a bridge for repatriation flights of migrants funded by the US.

A State Department spokesperson said Rubio had told Mulino that Trump had made a "preliminary determination" that China's presence in the canal area violated the neutrality treaty, and that Panama needed to make "immediate changes" or the US would take the measures necessary to protect its rights.

Rubio also met the canal's administrator, Ricaurte Vásquez, and toured the Miraflores locks, where he watched a vessel pass through.

Hundreds of people protested in the capital against the visit, some burning an effigy of the secretary.

Mulino said he had "no problem" talking with President Trump directly if needed, but no conversation between the two leaders has been scheduled.

Rubio will fly on Monday to El Salvador, where he is expected to meet President Nayib Bukele, whose government has been one of Trump's closest allies in the region on migration. He will then travel to Costa Rica, Guatemala and the Dominican Republic before returning to Washington on Thursday.

The tour is focused on migration, drug trafficking and countering China, officials have said. Notably absent from the itinerary is Mexico, the top destination for deportation flights, which faces the threat of 25% tariffs from Tuesday.

Beijing has rejected the US accusations. "China has always respected Panama's sovereignty over the canal," a foreign ministry spokesman said last week.

Panama and China established diplomatic relations in 2017, after Panama broke ties with Taiwan. Panama was the first Latin American country to join the Belt and Road.

Related
Trump says US will take back Panama Canal 'in a big way'
Colombia agrees to take deportation flights after tariff threat
Who controls the Panama Canal?

More from the BBC
Latin America & Caribbean | US & Canada

Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites."""))

A.append(dict(id="h63-08", source="dw.com",
url="https://www.dw.com/en/israel-declares-lula-persona-non-grata-over-holocaust-comparison/a-68297781",
published_at="2024-02-19", body="""You need to enable JavaScript to run this app.

Politics | Brazil

Israel declares Lula persona non grata over Holocaust comparison

Brazilian President Lula drew a comparison between Israel's war in Gaza and the Holocaust while on a visit to Ethiopia. Israel summoned Brazil's ambassador, and Brazil recalled him for consultations.

02/19/2024 | February 19, 2024

Image: Lula during a press conference at the African Union summit in Addis Ababa (Ricardo Stuckert/Brazilian Presidency)

Israel's Foreign Minister Israel Katz on Monday declared Brazilian President Luiz Inácio Lula da Silva persona non grata, after Lula compared Israel's military campaign in Gaza to the Holocaust.

Katz summoned Brazil's ambassador, Frederico Meyer, to a dressing-down at the Yad Vashem Holocaust memorial in Jerusalem. "We will not forget and we will not forgive," Katz said in a statement. Brasília responded by recalling Meyer for consultations and summoning Israel's ambassador, Daniel Zonshine, to the foreign ministry in Rio de Janeiro.

Lula made the remarks on Sunday at a press conference in the Ethiopian capital, Addis Ababa, where he had been attending the African Union summit as a guest. "What is happening in the Gaza Strip is not a war, it is a genocide," he said. "It has happened at other times in history. Actually, it happened when Hitler decided to kill the Jews."

Israeli Prime Minister Benjamin Netanyahu said the comments "crossed a red line". Brazil's opposition called for impeachment proceedings.

Lula had arrived in Ethiopia on Friday for a state visit, and held talks with Prime Minister Abiy Ahmed at the National Palace on Saturday. The two governments signed agreements on agriculture and technical cooperation, and Lula offered Brazilian help with food production.

On the margins of the summit, Lula also met Palestinian Prime Minister Mohammad Shtayyeh, who thanked Brazil for its position on Gaza. Brazil recognised the State of Palestine in 2010, during Lula's second term.

The Ethiopian stop followed a visit to Egypt earlier in the week, where Lula met President Abdel-Fattah el-Sissi in Cairo and called for a ceasefire in Gaza and the release of hostages held by Hamas.

Brazil's Foreign Minister Mauro Vieira, who is hosting G20 foreign ministers in Rio this week, rejected Israel's reaction as "unacceptable" and said the ambassador had been subjected to a "humiliation". Among those expected in Rio are US Secretary of State Antony Blinken, who is due in Brasília on Wednesday for talks with Lula before the ministerial.

Analysts in Brazil said the row would make it harder for Lula to present himself as a potential mediator in the Middle East. Relations had already been tense since October, when Brazilian citizens in Gaza took weeks to be evacuated.

Lula returned to Brasília on Sunday night and has not retracted his remarks.

Related topics: Brazil, Israel, Gaza, Luiz Inacio Lula da Silva, African Union

Send | Facebook | X | WhatsApp | Print

DW recommends
Germany's Scholz calls for humanitarian pauses in Gaza
African Union summit opens amid crises in Sudan and the Sahel

© 2024 Deutsche Welle | Privacy Policy | Accessibility statement | Legal notice"""))

A.append(dict(id="h63-09", source="cbc.ca",
url="https://www.cbc.ca/news/politics/trudeau-biden-amlo-north-american-leaders-summit-mexico-city-1.6709120",
published_at="2023-01-10", body="""CBC News uses cookies and other technologies to improve your experience. Learn more.

Politics

Trudeau in Mexico City as 'Three Amigos' summit opens with migration and trade tensions

Biden and López Obrador clashed over U.S. policy on Monday before the trilateral talks

Catharine Tunney · CBC News · Posted: Jan 10, 2023 4:00 AM EST | Last Updated: January 10

Prime Minister Justin Trudeau and his wife Sophie Grégoire Trudeau are greeted by officials as they arrive at Mexico City's international airport on Monday evening. (Sean Kilpatrick/The Canadian Press)

Prime Minister Justin Trudeau arrived in Mexico City on Monday evening for the North American Leaders' Summit, where he will join U.S. President Joe Biden and Mexican President Andrés Manuel López Obrador for their first trilateral meeting since November 2021.

Trudeau is scheduled to hold a bilateral meeting with López Obrador on Wednesday, the last day of the trip, at which the two are expected to sign agreements on labour mobility and Indigenous economic development. Canadian officials said the prime minister and Biden were not expected to hold a separate meeting, although the two leaders may talk on the margins.

The trilateral summit takes place at the National Palace on Tuesday, with migration, fentanyl trafficking, supply chains and climate on the agenda.

On Monday, López Obrador hosted Biden at the palace for a bilateral meeting that turned unusually tense in front of the cameras. The Mexican president urged his U.S. counterpart to end "this abandonment, this disdain" toward Latin America and the Caribbean. Biden replied that the U.S. spent billions of dollars a year on aid in the hemisphere.

Biden, who is making his first visit to Mexico as president, landed on Sunday at the new Felipe Ángeles International Airport north of the capital, where López Obrador welcomed him on the tarmac. He had stopped earlier in El Paso, Texas, his first visit to the southern border as president.

The U.S. announced last week that it would turn back Cubans, Haitians, Nicaraguans and Venezuelans who cross the border illegally, while accepting up to 30,000 migrants a month from those countries through a legal pathway. Mexico has agreed to take back those turned away.

Canada has pushed for a North American approach to electric-vehicle supply chains and critical minerals. Trudeau is also expected to face questions about Canada's cap on temporary foreign workers, on which Mexican farm labour depends, and about a trade dispute over Mexico's energy policy.

Foreign Affairs Minister Mélanie Joly, Trade Minister Mary Ng and Public Safety Minister Marco Mendicino are travelling with the prime minister.

The last North American Leaders' Summit hosted by Mexico was held in Toluca in 2014, during the Peña Nieto government.

READ MORE
Ottawa, Mexico City to sign labour mobility pact
Biden's border visit: What we learned in El Paso
Opinion: The 'Three Amigos' need a new script

CBC's Journalistic Standards and Practices | About CBC News

Corrections and clarifications | Submit a news tip | Report error

Comments are closed on this story.

©2023 CBC/Radio-Canada. All rights reserved."""))

A.append(dict(id="h63-10", source="edition.cnn.com",
url="https://edition.cnn.com/2015/04/11/politics/obama-castro-meeting-panama-summit/index.html",
published_at="2015-04-11", body="""CNN
Updated 3:19 PM ET, Sat April 11, 2015

Obama and Castro hold historic meeting in Panama

By Kevin Liptak and Elise Labott, CNN

Panama City, Panama (CNN) — President Barack Obama and Cuban President Raúl Castro sat down together on Saturday, the first substantive meeting between the leaders of the two countries in more than half a century, on the sidelines of the Summit of the Americas.

"This is obviously an historic meeting," Obama said as the two men sat side by side in a small room at the convention center. "We are now in a position to move on a path towards the future."

Castro, speaking through an interpreter, said the two countries could "agree to disagree" and that Cuba was willing to discuss everything, "human rights, freedom of the press," though with patience. "Everything can be on the table," he said.

The meeting lasted about an hour. Obama and Castro had already shaken hands at the opening dinner on Friday night, and the White House said the two had spoken by phone on Wednesday, before Obama left Washington – only the second known call between the leaders of the two countries since 1961.

The encounter came after months of secret talks that led to the announcement in December that the United States and Cuba would restore diplomatic relations. The two sides are negotiating the reopening of embassies in Havana and Washington.

Secretary of State John Kerry and Cuban Foreign Minister Bruno Rodríguez met on Thursday evening for more than two hours, the highest-level meeting between the two governments in decades.

Obama is expected to remove Cuba from the U.S. list of state sponsors of terrorism soon, after the State Department recommended the move. Asked whether he would visit Havana, Obama said only that he was "not ruling anything out".

Obama's trip began in Jamaica, where he arrived on Wednesday night and met Prime Minister Portia Simpson Miller and leaders of the Caribbean Community on Thursday, offering help on energy security before flying on to Panama.

The President met Panamanian President Juan Carlos Varela on Friday in the old town of Panama City, praising Panama's role as host.

Not everything in Panama went smoothly for Washington. Venezuelan President Nicolás Maduro used the summit to denounce U.S. sanctions on Venezuelan officials and brought petitions he said were signed by millions of Venezuelans. Maduro said he had a brief conversation with Obama on Saturday and that it was "respectful". The White House did not confirm the details.

Obama's meeting with Castro was not a formal bilateral, White House officials said, but a "meeting" on the margins of the summit.

RELATED
Kerry, Cuban foreign minister meet in Panama
Cuba's human rights record: What you need to know
Maduro brings anti-U.S. petitions to summit

Share this: Facebook | Twitter | Email

© 2015 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved."""))

A.append(dict(id="h63-11", source="en.mercopress.com",
url="https://en.mercopress.com/2024/07/09/mercosur-summit-welcomes-bolivia-as-milei-stays-away",
published_at="2024-07-09", body="""MercoPress, South Atlantic News Agency

Tuesday, July 9th 2024 - 06:40 UTC

Mercosur summit welcomes Bolivia as full member; Milei stays away

Lula, Peña, Lacalle Pou and Arce attended the summit in Asunción, which was also marked by the absence of the Argentine president, who was in Brazil at a conservative event.

Photo: The presidents and foreign ministers at the summit in Asunción. Argentina was represented by foreign minister Diana Mondino.

The Mercosur heads of state summit in Asunción on Monday formally received Bolivia as a full member of the trade bloc, but the gathering was overshadowed by the absence of Argentine President Javier Milei, who skipped it after a series of clashes with his Brazilian counterpart.

Bolivian President Luis Arce, who faced a failed coup attempt in La Paz less than two weeks ago, thanked the bloc for its "solidarity" and said Bolivia was joining to integrate into regional value chains.

Host Santiago Peña handed the rotating pro tempore presidency to Uruguay's Luis Lacalle Pou, who again called for the bloc to be more flexible so that members can negotiate trade deals on their own.

Before the plenary, Brazil's Luiz Inácio Lula da Silva held a bilateral meeting with Peña at the Palacio de López, where the two presidents discussed the review of Annex C of the Itaipú treaty, which sets the tariff of the giant hydroelectric dam on their border. An agreement on the tariff was announced in May, and Peña said the talks had been "very positive".

Lula and Arce also had a brief conversation in the hall of the summit venue, according to Brazilian officials.

Lula flies to Bolivia on Tuesday, for a visit to Santa Cruz de la Sierra where he is due to meet Arce and sign agreements on energy, fertilisers and trade. The visit is his first to Bolivia since taking office for his third term and is meant as a gesture of support after the coup attempt.

Milei's absence was the first by an Argentine president at a Mercosur summit since the bloc's creation in 1991. Instead, he spent Sunday in Balneário Camboriú, in the Brazilian state of Santa Catarina, where he spoke at the Conservative Political Action Conference (CPAC) with former president Jair Bolsonaro. He did not meet any member of the Brazilian government and was not received in an official capacity.

Argentina's foreign minister, Diana Mondino, represented the country in Asunción and said Argentina's commitment to Mercosur was intact.

Lula, asked about the absence, said that Milei "should apologise" for the things he had said about him and about Brazil. "He was the one who insulted me," the Brazilian said.

The summit's final communique called for the completion of the EU-Mercosur agreement, which remains stalled by French objections, and welcomed progress in talks with the United Arab Emirates.

Mercosur's next summit will be held in Montevideo in December.

Related news
Lula and Peña agree new Itaipú tariff after months of talks
Argentina's Mondino in Beijing: talks with Wang Yi on trade
Uruguay's Lacalle Pou calls for Mercosur flexibility

Tags: Mercosur, Lula da Silva, Santiago Peña, Luis Arce, Javier Milei, Bolivia

Comments: 4 | Add comment

© 2024 MercoPress. All rights reserved."""))

A.append(dict(id="h63-12", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/modi-ali-sign-ten-mous-as-india-caricom-summit-held/",
published_at="2024-11-21", body="""Stabroek News | Guyana's independent daily

Sign up for our daily newsletter | Download the Stabroek News app

GUYANA

Modi, Ali sign ten MoUs as India-CARICOM summit held in Georgetown

Staff Writer | November 21, 2024

Indian Prime Minister Narendra Modi being received by President Irfaan Ali at the Cheddi Jagan International Airport on Tuesday night. (Office of the President photo)

Indian Prime Minister Narendra Modi yesterday held talks with President Irfaan Ali at State House, on the first visit to Guyana by an Indian prime minister in more than half a century, and the two governments signed ten memoranda of understanding covering hydrocarbons, health, agriculture, digital payments and defence cooperation.

Mr Modi arrived at the Cheddi Jagan International Airport late on Tuesday from Rio de Janeiro, where he had attended the G20 summit, and was greeted on the tarmac by President Ali, Prime Minister Mark Phillips and several Cabinet ministers.

At a joint press appearance, President Ali said India was "a partner for the transformation of Guyana" and announced that Mr Modi had been conferred the Order of Excellence, Guyana's highest national award. Mr Modi said India would support Guyana in capacity building in the oil and gas sector and offered a line of credit for agriculture.

Later in the day, Mr Modi co-chaired the second India-CARICOM summit at the Arthur Chung Convention Centre with Grenada's Prime Minister Dickon Mitchell, the current CARICOM chair. The summit agreed on seven pillars of cooperation, from capacity building to culture, and India announced a package of projects for member states.

On the margins of the summit, Mr Modi held separate bilateral talks with Dominica's Prime Minister Roosevelt Skerrit, who presented him with the Dominica Award of Honour, Barbados Prime Minister Mia Amor Mottley, Trinidad and Tobago's Prime Minister Dr Keith Rowley and Suriname's President Chandrikapersad Santokhi. Indian officials said he also had brief interactions with Antigua and Barbuda's Gaston Browne and St Lucia's Philip J Pierre.

The prime minister is scheduled to address a special sitting of the National Assembly this morning and visit the Indian Arrival Monument before leaving for New Delhi this afternoon.

India's engagement with the region has been growing. Mr Modi had begun his tour in Nigeria on Sunday, his first visit to that country as prime minister, before going on to Brazil, where on the sidelines of the G20 he met a string of leaders including President Luiz Inácio Lula da Silva.

Opposition Leader Aubrey Norton was among those who met Mr Modi at a reception on Wednesday evening.

Related stories
• Ali says Guyana will not be bullied over Essequibo
• Gold price holds steady at US$2,630
• GPL announces scheduled outages in Region Four

Category: News | Tags: Narendra Modi, India-CARICOM summit, Irfaan Ali

Share this: Facebook | WhatsApp | X

Comments (12)

© Copyright 2024 Stabroek News. All rights reserved."""))
