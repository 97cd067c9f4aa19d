# Short items (300-1,100 characters), h63-27 .. h63-40
S = []

S.append(dict(id="h63-27", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/politica/noticia/2024-04/lula-chega-bogota-para-visita-de-estado-colombia",
published_at="2024-04-16", body="""Agência Brasil | Política

Lula chega a Bogotá para visita de Estado à Colômbia

Publicado em 16/04/2024 - 21:05 Por Agência Brasil - Brasília

O presidente Luiz Inácio Lula da Silva desembarcou nesta terça-feira (16) em Bogotá, onde cumpre visita de Estado a convite do presidente Gustavo Petro. Na quarta-feira (17), os dois presidentes terão reunião bilateral na Casa de Nariño e assinarão acordos nas áreas de comércio, energia e combate ao crime na Amazônia.

Lula também participará da abertura da Feira Internacional do Livro de Bogotá, que tem o Brasil como país convidado de honra.

Edição: Kleber Sampaio

Tags: Lula, Colômbia, Gustavo Petro, política externa"""))

S.append(dict(id="h63-28", source="mexicopoliticsblog.wordpress.com",
url="https://mexicopoliticsblog.wordpress.com/2016/08/31/trump-in-los-pinos/",
published_at="2016-08", body="""Mexico Politics Blog

Trump in Los Pinos: what was Peña Nieto thinking?

Posted by Daniel Ortiz Rivas

Republican presidential nominee Donald Trump flew into Mexico City on Wednesday for a surprise meeting with President Enrique Peña Nieto at the Los Pinos residence, hours before a major speech on immigration in Phoenix.

At a joint appearance afterwards, Trump said the two had discussed the wall but "didn't discuss payment". Peña Nieto later tweeted that he had made clear Mexico would not pay for it.

Peña Nieto had also invited Hillary Clinton, whose campaign said she would meet him "at the appropriate time".

The visit has been a disaster for the president at home, where his approval rating was already at record lows. Finance Secretary Luis Videgaray, said to be behind the invitation, is now under pressure.

12 comments | Filed under: Mexico, US election, Peña Nieto"""))

S.append(dict(id="h63-29", source="haitilibre.com",
url="https://www.haitilibre.com/en/news-43512-haiti-flash-kenyan-president-william-ruto-in-port-au-prince.html",
published_at="2024-09-21", body="""HaitiLibre.com | Haiti news 7/7

Haiti - FLASH : Kenyan President William Ruto in Port-au-Prince

21/09/2024 11:18:42

Kenyan President William Ruto arrived this Saturday morning at Toussaint Louverture International Airport for a working visit of a few hours to Haiti, where he was welcomed by the President of the Transitional Presidential Council, Edgard Leblanc Fils, and Prime Minister Garry Conille.

President Ruto is visiting the Kenyan police officers deployed since June in the Multinational Security Support mission (MSS) at their base near the airport, and will hold talks with the Haitian authorities on the progress of the mission and its funding.

From Port-au-Prince, the Kenyan president will fly to New York for the United Nations General Assembly.

HL/ HaitiLibre

Share: Facebook | X"""))

S.append(dict(id="h63-30", source="bnnbloomberg.ca",
url="https://www.bnnbloomberg.ca/spain-recalls-envoy-to-argentina-after-milei-remarks-1.2075516",
published_at="2024-05", body="""BNN Bloomberg | Markets

S&P/TSX 22,317.15 ▲ +0.3% | DOW 39,806.77 ▼ -0.5% | USD/ARS 881.75 | EUR/USD 1.0862

Spain recalls ambassador to Argentina after Milei insults Sánchez's wife

Bloomberg News

Spain withdrew its ambassador to Buenos Aires indefinitely after Argentine President Javier Milei refused to apologize for remarks about Prime Minister Pedro Sánchez's wife at a rally of the far-right Vox party in Madrid on Sunday.

Milei's weekend trip to Spain did not include any meetings with members of the Spanish government. Foreign Minister José Manuel Albares said it was "unprecedented" for a head of state to come to the capital of another country to insult its institutions.

Argentine bonds were little changed.

Subscribe to BNN Bloomberg's newsletters"""))

S.append(dict(id="h63-31", source="catholicnewsworld.top",
url="https://catholicnewsworld.top/2019/01/23/pope-francis-arrives-in-panama-for-world-youth-day/",
published_at="2019-01-23", body="""Pope Francis arrives in Panama for World Youth Day

Pope Francis landed at Tocumen International Airport in Panama City on Wednesday afternoon for World Youth Day, and was welcomed at the foot of the plane by President Juan Carlos Varela and his wife, Lorena Castillo.

On Thursday, the pope will be received at the Palacio Bolívar for an official welcome ceremony with the president, the diplomatic corps and authorities, before meeting Central American bishops.

Hundreds of thousands of young pilgrims from 155 countries are expected for the event.

Source: agencies

YOU MAY ALSO LIKE
Pope to visit United Arab Emirates in February
Vatican confirms summit on abuse for February"""))

S.append(dict(id="h63-32", source="newsmirror24.net",
url="https://newsmirror24.net/world/nicaragua-breaks-with-taiwan-restores-ties-with-china-8812",
published_at="2021-12-10", body="""NICARAGUA BREAKS WITH TAIWAN, RESTORES TIES WITH CHINA

Nicaragua and China signed a joint communique in the northern Chinese city of Tianjin on Friday restoring diplomatic relations, hours after the government of Daniel Ortega announced it was breaking ties with Taiwan.

The document was signed by Chinese Vice Foreign Minister Ma Zhaoxu and a Nicaraguan delegation led by Laureano Ortega Murillo, the president's son and an adviser on investment.

Taipei expressed "pain and regret" over the decision. Washington said the move deprived the people of Nicaragua of a reliable partner.

Trending: Gold eases as dollar firms | 5 gadgets under $50

Disclaimer: This story is auto-aggregated by a computer program."""))

S.append(dict(id="h63-33", source="borderreport.com",
url="https://www.borderreport.com/news/biden-amlo-hold-virtual-meeting-on-migration-vaccines/",
published_at="2021-03-01", body="""BorderReport | Covering the U.S.-Mexico border

Biden, AMLO hold virtual meeting on migration, vaccines

by Julian Resendiz | Mar 1, 2021 / 05:12 PM CST

President Joe Biden and Mexican President Andrés Manuel López Obrador held their first bilateral meeting on Monday, by video link, with migration, the pandemic and climate on the agenda.

"We look at Mexico as an equal," Biden said from the Roosevelt Room. López Obrador, speaking from the National Palace, asked for help obtaining COVID-19 vaccines and pitched a plan to expand his tree-planting program to Central America and issue work visas to participants.

The White House said vaccine sharing was not discussed in detail. The two leaders had first spoken by phone in January, days after Biden's inauguration.

Copyright 2021 Nexstar Media Inc. All rights reserved.

Tags: Biden, AMLO, Immigration"""))

S.append(dict(id="h63-34", source="pm.gc.ca",
url="https://pm.gc.ca/en/news/news-releases/2016/11/10/prime-minister-visit-cuba-argentina-and-attend-apec-peru",
published_at="2016-11-10", body="""Prime Minister of Canada Justin Trudeau

News release

Prime Minister to visit Cuba and Argentina, and attend APEC Summit in Peru

November 10, 2016
Ottawa, Ontario

The Prime Minister, Justin Trudeau, today announced that he will travel to Cuba from November 15 to 16 and to Argentina from November 16 to 17, before attending the Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting in Lima, Peru, from November 18 to 20.

In Havana, the Prime Minister will meet with President Raúl Castro. In Buenos Aires, he will meet with President Mauricio Macri. While in Lima, the Prime Minister will also hold a bilateral meeting with the President of Peru, Pedro Pablo Kuczynski.

Quote
"Canada and Latin America share deep ties. I look forward to strengthening them."
— Rt. Hon. Justin Trudeau

Share this page"""))

S.append(dict(id="h63-35", source="marketwatch.com",
url="https://www.marketwatch.com/story/colombian-peso-rebounds-as-bogota-washington-defuse-tariff-standoff-4a1f",
published_at="2025-01-27", body="""MarketWatch

Colombian peso rebounds as Bogotá, Washington defuse tariff standoff

USD/COP 4,188.40 ▼ -1.2% | Coffee futures 3.42 ▲ +0.9%

Colombia's peso rose on Monday after the White House said Bogotá had accepted all of President Donald Trump's terms on the return of deported migrants, including on military aircraft, and that the threatened 25% tariffs would be held in reserve.

Foreign Minister Luis Gilberto Murillo said he would travel to Washington in the coming days, with Colombia's ambassador, to follow up on the agreement. Petro and Trump did not speak directly during the dispute.

Most read: Bitcoin slips below $100,000"""))

S.append(dict(id="h63-36", source="sansalvadorreport.blogspot.com",
url="https://sansalvadorreport.blogspot.com/2025/04/bukele-oval-office.html",
published_at="2025-04", body="""The San Salvador Report

Bukele in the Oval Office: no plan to return Abrego Garcia

President Nayib Bukele met President Donald Trump in the Oval Office on Monday, the first visit to the White House by a Latin American leader in Trump's second term.

Asked about Kilmar Abrego Garcia, the Salvadoran deported by mistake to the CECOT mega-prison, Bukele said he would not "smuggle a terrorist into the United States".

Trump praised Bukele's security policies and said he wanted to send "homegrowns" to El Salvador too.

Posted by SSR at 10:40 PM | 3 comments

Labels: Bukele, Trump, CECOT, deportations"""))

S.append(dict(id="h63-37", source="jamaica-gleaner.com",
url="https://jamaica-gleaner.com/article/news/20200122/pompeo-holness-hold-talks-kingston",
published_at="2020-01-22", body="""The Gleaner | News

Pompeo, Holness hold talks in Kingston

Published: Wednesday | January 22, 2020 | 12:14 PM

US Secretary of State Mike Pompeo this morning met with Prime Minister Andrew Holness at Jamaica House, on the last stop of a regional tour that earlier took him to Colombia and Costa Rica.

Pompeo is later to hold a meeting with Caribbean foreign ministers, where he is expected to speak on Venezuela and Chinese investment in the region.

Foreign Affairs Minister Kamina Johnson Smith also took part in the talks.

- Photo: Rudolph Brown/Photographer

Have a comment on this story? Send it to us.

Today's Gleaner | E-Paper | Classifieds"""))

S.append(dict(id="h63-38", source="cancilleria.gov.co",
url="https://www.cancilleria.gov.co/en/newsroom/news/foreign-ministers-colombia-and-venezuela-meet-san-cristobal",
published_at="2022-08-11", body="""Ministry of Foreign Affairs | Republic of Colombia

Foreign Ministers of Colombia and Venezuela meet in San Cristóbal

San Cristóbal (Venezuela), August 11, 2022. Foreign Minister Álvaro Leyva Durán met today in the city of San Cristóbal, Táchira state, with the Minister of Foreign Affairs of the Bolivarian Republic of Venezuela, Carlos Faría, as part of the process of restoring diplomatic and consular relations between the two countries.

The ministers agreed on the gradual reestablishment of relations, beginning with the appointment of ambassadors, and on the progressive reopening of the border.

Photo: Foreign Ministry

Share: Facebook | Twitter | LinkedIn"""))

S.append(dict(id="h63-39", source="marketscreener.com",
url="https://www.marketscreener.com/news/latest/colombia-joins-china-s-belt-and-road-initiative-during-petro-visit--48831527/",
published_at="2025-05-14", body="""MarketScreener

Colombia joins China's Belt and Road Initiative during Petro visit

05/14/2025 | 09:02am EDT

BEIJING (Reuters) - Colombia on Wednesday signed a cooperation plan to join China's Belt and Road Initiative, in a move that President Gustavo Petro said would diversify the country's trade relations.

The document was signed in Beijing after Petro met Chinese President Xi Jinping, a day after attending a China-CELAC forum in the Chinese capital along with Brazil's Luiz Inacio Lula da Silva and Chile's Gabriel Boric.

© Reuters 2025 | All news about: COLOMBIA | CHINA"""))

S.append(dict(id="h63-40", source="latam-news-now.xyz",
url="https://latam-news-now.xyz/world/lavrov-brasilia-lula-talks-5512",
published_at=None, body="""Lavrov meets Lula in Brasilia, heads to Caracas next

Russian Foreign Minister Sergei Lavrov was received by President Luiz Inacio Lula da Silva at the Planalto Palace on Monday, after talks with his Brazilian counterpart Mauro Vieira at Itamaraty.

Vieira said Brazil opposed unilateral sanctions against Russia. Washington criticised Lula's comments on the war in Ukraine.

Lavrov will go on to Venezuela, Nicaragua and Cuba this week.

Share | Tweet | Telegram"""))
