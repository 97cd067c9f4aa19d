# Long pages (2,500-4,500 characters), h35-01 .. h35-12
A = []

A.append(dict(id="h35-01", source="batimes.com.ar",
url="https://www.batimes.com.ar/news/argentina/zelensky-and-a-crowd-of-right-wing-guests-see-milei-take-office.phtml",
published_at="2023-12-11", body="""DÓLAR OFICIAL $366,50 | DÓLAR BLUE $1.010 | RIESGO PAÍS 1.958 | MERVAL 1.012.446 ▲ 2,1%

BUENOS AIRES TIMES
Subscribe | Newsletters | Edición impresa

ARGENTINA | 11-12-2023 08:14

Zelensky and a crowd of right-wing guests see Milei take office

The Ukrainian president made his first trip to Latin America for the inauguration, holding talks with the new head of state and with three regional leaders on the margins.

By Times staff

Volodymyr Zelensky and Javier Milei at the Casa Rosada on Sunday. | Photo: Presidencia / NA

Javier Milei was sworn in as Argentina's president on Sunday in front of a guest list that said as much about his foreign policy as his speech did. Volodymyr Zelensky, Hungary's Viktor Orbán and Spain's King Felipe VI watched from the Congress galleries as the libertarian economist took the oath, before he turned his back on the chamber to address supporters on the steps outside.

Zelensky, in his trademark olive fleece, had flown in overnight in what his office described as his first visit to the region since the Russian invasion. After the Te Deum at the Metropolitan Cathedral, Milei received him at the Casa Rosada for a private meeting that ran to about 40 minutes, according to the Ukrainian presidency. Kyiv said the two men discussed holding a Ukraine-Latin America summit and that Argentina would help to organise it. "The President of Argentina supports our peace formula," Zelensky wrote on Telegram afterwards.

The Ukrainian leader used the day to work the room. He met Uruguay's Luis Lacalle Pou, Paraguay's Santiago Peña and Ecuador's newly inaugurated Daniel Noboa in separate conversations at a hotel near the Plaza de Mayo, his office said, posting photographs of each encounter.

Cameras inside the Congress also caught Zelensky and Orbán in an animated exchange by the lifts. Orbán's spokesman later described it as "a frank conversation" lasting a few minutes, without elaborating. The Hungarian premier, who has blocked EU aid for Kyiv, was later received by Milei at the Casa Rosada, where the two talked about "the common fight for freedom", Budapest said.

The turnout from the neighbourhood was thinner. Chile's Gabriel Boric was the only left-wing head of state in attendance and shook hands with Milei in the receiving line. Brazil's Luiz Inácio Lula da Silva, whom Milei had called "a corrupt communist" during the campaign, stayed at home and sent Foreign Minister Mauro Vieira instead. Former Brazilian president Jair Bolsonaro, by contrast, was seated near the front. Washington was represented by Energy Secretary Jennifer Granholm.

Inside the palace, Milei swore in a slimmed-down cabinet of nine ministries. Economy Minister Luis Caputo is expected to set out the first measures of a shock programme on Tuesday. "There is no money," Milei told the crowd outside Congress, warning of months of hardship before things improve.

The day closed with a gala at the Teatro Colón, where the president's sister Karina Milei, now secretary-general of the presidency, was seen greeting guests alongside his partner, Fátima Flórez.

Diplomats said the guest list was a signal that Argentina would move closer to Washington, Israel and Kyiv. Incoming Foreign Minister Diana Mondino has already confirmed that the country will not join the BRICS group in January, reversing the decision of the outgoing government.

--
MOST READ
1. Caputo to announce devaluation and spending cuts on Tuesday
2. What Milei said – and didn't say – on the steps of Congress
3. Milei to travel to Davos for World Economic Forum in January
4. Bullrich's security protocol: what changes for protests

RELATED
Bolsonaro in Buenos Aires: 'We are not alone anymore'
Lula's absence a 'mistake', says Mondino

Tags: Javier Milei, Volodymyr Zelensky, Viktor Orbán, inauguration, foreign policy

Share: Facebook · X · WhatsApp · Email

Support independent journalism. Subscribe to the Buenos Aires Times from ARS 1.900 a month.
© 2023 Perfil.com | All rights reserved"""))

A.append(dict(id="h35-02", source="en.mercopress.com",
url="https://en.mercopress.com/2024/07/09/mercosur-summit-in-asuncion-without-milei-lula-heads-to-bolivia",
published_at="2024-07-09", body="""MercoPress, South Atlantic News Agency

Tuesday, July 9th 2024 - 09:41 UTC

Mercosur summit in Asunción without Milei; Lula heads to Bolivia

Mercosur leaders wrapped up their mid-year summit in the Paraguayan capital on Monday with a joint communiqué on energy integration and the pro tempore presidency passing to Uruguay, but the headline of the day was the empty chair of Argentine President Javier Milei.

Milei, who had said he would not travel to Asunción, was represented by Foreign Minister Diana Mondino. The libertarian spent the weekend in southern Brazil, where on Sunday he addressed the Conservative Political Action Conference (CPAC) in Balneário Camboriú and embraced former president Jair Bolsonaro on stage. He had no contact with the Brazilian government during the trip, Itamaraty officials said.

Brazil's President Luiz Inácio Lula da Silva, who has demanded an apology from Milei for insults during the Argentine campaign, avoided the subject in public. "Mercosur is bigger than any of us," he said in his address to the plenary.

Before the session, Lula and his host, President Santiago Peña, met for nearly an hour at the Mburuvicha Róga residence. According to the Paraguayan presidency, they reviewed the revision of Annex C of the Itaipú treaty, which governs the tariff of the shared hydroelectric dam, and progress on the Bioceanic Road Corridor linking Brazil's Mato Grosso do Sul to the Chilean Pacific ports through the Paraguayan Chaco. Peña described the talks as "very productive".

It was also the first summit for Bolivia as a full member of the bloc. President Luis Arce, who survived an attempted military uprising in La Paz less than two weeks ago, received a standing ovation from his peers.

Uruguay's Luis Lacalle Pou took over the rotating presidency and said he would push for a conclusion of the long-delayed trade deal with the European Union before the end of his term. "We cannot keep telling our people that next year it will be done," he said. The next summit will be held in Montevideo in December.

Lula spent the night in Asunción and is due to fly on Tuesday morning to Santa Cruz de la Sierra, where he is scheduled to hold talks with Arce. Brazilian diplomats said the two presidents would sign agreements on fertilizer production, natural gas supply and lithium, and that Lula wanted to make a gesture of support after the failed coup led by General Juan José Zúñiga.

Ahead of the summit, Mondino had said Argentina remained "committed to an open Mercosur" and that Milei's absence "should not be over-interpreted". Paraguayan officials were less diplomatic in private.

Categories: Mercosur, Argentina, Brazil, Paraguay, Bolivia, Uruguay.

Top stories
Falklands: new patrol vessel arrives in Mare Harbour
Uruguay's primaries: Orsi and Delgado win nominations
Argentina's inflation slows for the fifth straight month

Comments: 7 | You must be logged in to post a comment. Login | Register

Please support MercoPress' independent journalism. Donate via PayPal.

MercoPress uses cookies to improve your experience. By continuing to browse you accept their use. Accept"""))

A.append(dict(id="h35-03", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/ten-mous-signed-as-modi-holds-talks-with-ali/",
published_at="2024-11-21", body="""Stabroek News
Guyana's Independent Daily
ePaper | Subscribe | Jobs | Classifieds

Newsletter: Get the day's top headlines delivered to your inbox. Sign up

Ten MoUs signed as Modi holds talks with Ali
Indian PM meets string of Caribbean leaders at India-CARICOM summit

By Stabroek News staff
November 21, 2024

Prime Minister Narendra Modi (left) and President Irfaan Ali at State House yesterday. (Office of the President photo)

Indian Prime Minister Narendra Modi and President Irfaan Ali yesterday oversaw the signing of ten memoranda of understanding at State House, on the first full day of the first visit by a serving Indian prime minister to Guyana in 56 years.

Modi landed at the Cheddi Jagan International Airport on Tuesday night from Rio de Janeiro, where he had attended the Group of 20 summit. He was met on the tarmac by President Ali, Prime Minister Mark Phillips and more than a dozen Cabinet ministers before a motorcade took him to the Marriott hotel, where members of the Indo-Guyanese community had waited for hours.

The agreements signed yesterday cover cooperation in hydrocarbons, digital public infrastructure, the supply of generic medicines, agriculture, broadcasting and the training of public servants. The two leaders also discussed defence cooperation and a proposed air link, officials said. At a ceremony later in the day, Ali presented Modi with the Order of Excellence, Guyana's highest national award.

"Guyana is a gateway for India to the Caribbean and to South America," Modi said after the talks. Ali called the visit "historic" and said Guyana saw India as a partner in food and energy security.

In the afternoon, Modi co-chaired the second India-CARICOM summit with Grenada's Prime Minister Dickon Mitchell, the current CARICOM chairman, at the Arthur Chung Conference Centre. The first was held in New York in 2019. Modi proposed seven areas of cooperation built around the letters of C-A-R-I-C-O-M, from capacity building to medicine.

On the margins of the summit, the Indian leader held a series of bilateral meetings. With Dominica's Prime Minister Roosevelt Skerrit he discussed climate resilience and health, after receiving the Dominica Award of Honour from President Sylvanie Burton. He also held talks with Barbados' Prime Minister Mia Mottley, who conferred the Honorary Order of Freedom of Barbados on him, with Trinidad and Tobago's Prime Minister Keith Rowley on energy and food processing, and with Suriname's President Chandrikapersad Santokhi on agriculture and the diaspora. Indian officials said he also met several other regional heads of government during the day.

Modi is expected to address a special sitting of the National Assembly this morning before departing for New Delhi. Before Rio, he had spent two days in Nigeria.

--
Related
Jagdeo says no oil block for Indian firms without bidding
Opposition boycotts welcome ceremony
Mottley, Ali to co-host regional food security forum

Latest News
Three held over Berbice robbery
GPL announces outages for East Coast Demerara

Tags: India, Narendra Modi, Irfaan Ali, CARICOM, diplomacy

Share this: Facebook | X | WhatsApp | Print

Comments are moderated. Read our comments policy.
(c) 2024 Stabroek News"""))

A.append(dict(id="h35-04", source="apnews.com",
url="https://apnews.com/article/rubio-el-salvador-bukele-deportees-panama-canal-3f8c1a",
published_at="2025-02-03", body="""AP
World | U.S. News | Politics | Sports | Entertainment | Business

El Salvador offers to jail deportees of any nationality as Rubio presses on with Central America tour

By DANIEL REYES and PAUL HARTMAN
Updated 8:47 PM GMT-5, February 3, 2025

SAN SALVADOR, El Salvador (AP) — El Salvador's President Nayib Bukele has offered to take in deportees from the United States of any nationality, including American citizens convicted of violent crimes, and hold them in his country's prisons, Secretary of State Marco Rubio said Monday after the two met.

Rubio called it "an unprecedented, extraordinary migratory agreement" and said it would be up to President Donald Trump and the courts to decide whether to accept it. The talks took place over about three hours at Bukele's lakeside residence outside the capital.

Bukele wrote on X that El Salvador would charge a fee that "would be relatively low for the U.S. but significant for us, making our entire prison system sustainable."

It was the second stop of Rubio's first trip abroad as the nation's top diplomat. On Sunday in Panama City he told President José Raúl Mulino that Chinese influence over the Panama Canal was unacceptable and a possible violation of the treaty that handed the waterway to Panama, and that the United States would take "necessary measures" if nothing changed.

Mulino told reporters after the meeting that he did not feel there was a "real threat" of military action and announced that Panama would not renew its 2017 memorandum on China's Belt and Road Initiative when it expires. Rubio toured the Miraflores locks with the canal's administrator, Ricaurte Vásquez, before leaving.

Trump, speaking to reporters at the White House on Sunday, said Panama had "lied" about the canal and warned that "something very powerful" would happen if it did not change course.

Rubio travels to Costa Rica on Tuesday to meet President Rodrigo Chaves, then to Guatemala on Wednesday for talks with President Bernardo Arévalo. He will wrap up the trip in the Dominican Republic, where he is due to meet President Luis Abinader on Thursday.

Officials traveling with Rubio said migration, drug trafficking and China's presence in the region would dominate each stop. The trip comes as the administration presses governments in the hemisphere to take back deportation flights, after a brief standoff with Colombia last week.

The State Department said Monday it had also secured a commitment from Panama to expand cooperation on deportation flights for migrants who cross the Darién jungle.

___
Associated Press writer Marta Quintero in Panama City contributed to this report.

RELATED COVERAGE
Trump says Panama Canal 'taken away' and vows to get it back
Colombia accepts deportation flights after Trump tariff threat
What to know about El Salvador's mega-prison

The Associated Press receives support from several private foundations for its coverage. AP is solely responsible for all content.

Copyright 2025 The Associated Press. All Rights Reserved.
Terms of Use | Privacy Policy | Cookie Settings | Do Not Sell or Share My Personal Information"""))

A.append(dict(id="h35-05", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/internacional/noticia/2023-05/south-american-presidents-meet-brasilia-first-time-nine-years",
published_at="2023-05-30", body="""Agência Brasil
Portuguese | English | Español

International

South American presidents meet in Brasília for first time in nine years

Leaders signed the "Brasília Consensus" and agreed to meet again

Published on 30/05/2023 - 19:22 By Agência Brasil reporter - Brasília

Heads of state from eleven South American countries met on Tuesday (May 30) at the Itamaraty Palace in Brasília, at the invitation of President Luiz Inácio Lula da Silva, for the first meeting of its kind since 2014. Peru was represented by the president of its Council of Ministers, Alberto Otárola.

At the end of the day, the leaders signed a document known as the Brasília Consensus, which commits the countries to a roadmap for regional integration and sets up a group of foreign ministers' representatives that is to report back in 120 days. Lula said he wanted the region to stop "turning its back on itself".

Present at the meeting were Alberto Fernández (Argentina), Luis Arce (Bolivia), Gabriel Boric (Chile), Gustavo Petro (Colombia), Guillermo Lasso (Ecuador), Irfaan Ali (Guyana), Mario Abdo Benítez (Paraguay), Chan Santokhi (Suriname), Luis Lacalle Pou (Uruguay) and Nicolás Maduro (Venezuela).

On Monday (29), Lula welcomed Maduro at the Planalto Palace with military honors, the Venezuelan leader's first visit to Brazil since 2015. During the talks, the two presidents discussed the reopening of diplomatic missions, trade and energy, as well as Venezuela's debts with Brazilian public banks. At a press conference afterwards, Lula said Venezuela had been the victim of a "narrative" about authoritarianism and anti-democracy that it needed to counter.

The remark drew criticism at the summit. Uruguay's Lacalle Pou said he was "surprised" by the description, and Chile's Boric said human rights violations in Venezuela were "not a narrative construction, they are a reality". Lula, asked about it, said each country had its own opinion and that the meeting had shown "that it is possible to disagree and remain friends".

Also on Monday night, Lula received Argentina's Alberto Fernández at the Alvorada Palace for a working dinner. According to the Presidency, they discussed financing for Brazilian exports to Argentina and the situation of the Argentine economy, which is suffering from a shortage of dollars.

Planalto did not announce other bilateral meetings on the sidelines of the summit, although Lula greeted each of the visitors on arrival at Itamaraty.

The meeting marked Brazil's return to regional diplomacy after the government of Jair Bolsonaro withdrew from the Union of South American Nations (Unasur) in 2019. Brazil formally rejoined the bloc in April.

Edition: Maria Claudia

--
Related news
Lula and Maduro sign statement on strategic partnership
Mercosur to hold summit in Puerto Iguazú in July
Brazil's trade surplus hits record in May

Read also: Federal government launches Desenrola program for debtors

Republication is allowed with credit to Agência Brasil.
EBC - Empresa Brasil de Comunicação"""))

A.append(dict(id="h35-06", source="jamaica-gleaner.com",
url="https://jamaica-gleaner.com/article/lead-stories/20250327/rubio-holness-stand-ground-cuban-doctors",
published_at="2025-03-27", body="""THE GLEANER
Lead Stories | News | Business | Sports | Letters | Commentary | E-Paper

Download The Gleaner app for breaking news alerts. Get it on Google Play | App Store

Rubio, Holness stand their ground on Cuban doctors
US top diplomat meets Caribbean leaders in Kingston; heads to Guyana, Suriname

Published: Thursday | March 27, 2025 | 12:14 AM
Gleaner Writer

United States Secretary of State Marco Rubio and Prime Minister Andrew Holness yesterday publicly disagreed over Cuba's overseas medical programme but said relations between the two countries were strong, as Rubio opened a three-nation tour of the Caribbean in Kingston.

Rubio, who arrived at the Norman Manley International Airport on Wednesday morning, held talks with Holness at Jamaica House on security, energy, and the crisis in Haiti. The two then fielded questions from journalists.

Holness said the Cuban doctors and nurses working in Jamaica were employed under terms that met Jamaican and international labour standards. "We have a shortage of health professionals," he said. "Jamaica is not going to apologise for ensuring that our people get health care."

Rubio, whose department has expanded visa restrictions on officials linked to the programme, said Washington's concern was the Cuban state keeping most of the doctors' wages, and that countries could pay medical staff directly. "This is not about punishing Jamaica," he said.

The secretary of state then sat down with Holness and three other heads of government, Barbados' Mia Mottley, Trinidad and Tobago's Stuart Young and Haiti's Alix Didier Fils-Aimé, for a roundtable on regional security and energy costs. No separate meetings with the visiting leaders were listed on the programme released by the Office of the Prime Minister.

Holness said Jamaica would continue to host Haitian police recruits for training and called on Washington to do more to stop the flow of guns from Florida ports into the island.

Rubio is due in Georgetown today for talks with President Irfaan Ali, and is expected to sign a security memorandum there, according to Guyanese officials. He then travels to Paramaribo for a meeting with Suriname's President Chan Santokhi before returning to Washington.

Opposition Leader Mark Golding, who was not invited to the meetings, said the Government should have "made the case more firmly" for Jamaica's sovereignty in choosing its partners.

--
MORE FROM THE GLEANER
PNP calls for inquiry into Petrojam sale
Police seize guns in Port Royal operation
Air Canada adds weekly flights to Montego Bay

RECOMMENDED
Mottley: 'The Caribbean will not be a pawn'
Guyana, US sign agreements on maritime security (Photos)

Follow The Gleaner on X @JamaicaGleaner

Comments
We welcome comments. Please keep them civil.

Copyright 2025 Gleaner Company (Media) Limited."""))

A.append(dict(id="h35-07", source="efe.com",
url="https://www.efe.com/en/latam/2023-01-29/scholz-boric-lithium-santiago",
published_at="2023-01-29", body="""EFE
Agencia EFE | English | Latam | World | Economy | Science

Scholz courts Chile on lithium as he presses on with South American tour

Santiago de Chile, Jan 29 (EFE).- German Chancellor Olaf Scholz on Sunday met Chilean President Gabriel Boric at the La Moneda presidential palace in Santiago, on the second leg of a tour of South America aimed at securing supplies of raw materials for the German energy transition.

The two leaders talked for over an hour about lithium, green hydrogen and copper, as well as the trade agreement between Chile and the European Union, which Boric said he hoped to see signed this year. Scholz said Germany did not want to "simply extract" resources but to build processing capacity in Chile.

"We want partnerships among equals," the chancellor told reporters at a joint statement, in which he also thanked Chile for its votes at the United Nations condemning Russia's invasion of Ukraine. Boric said Chile would keep working "for a just and lasting peace" and that it was not considering sending military equipment.

Scholz arrived in Santiago on Saturday night from Buenos Aires. On Saturday he met Argentine President Alberto Fernández at the Casa Rosada, where the two discussed energy, the EU-Mercosur trade agreement and the war in Ukraine, and Fernández said that neither Argentina nor Latin America intended to supply weapons to Ukraine.

The chancellor is traveling with a delegation of executives from German companies in the energy, chemicals and engineering sectors, some of which are interested in Chile's lithium reserves in the Atacama salt flat.

On Monday, Scholz will fly to Brasília to meet President Luiz Inácio Lula da Silva, who took office at the start of the month. He will be the first Western head of government to visit Lula since the inauguration, and the agenda includes the Amazon Fund, to which Germany is a donor, and the revival of the EU-Mercosur deal.

Germany's government spokesman said Berlin saw the trip as a sign of the importance it attaches to Latin America "at a time when the world order is being challenged".

Chilean Foreign Minister Antonia Urrejola and German officials also signed a memorandum on raw materials cooperation during the visit, the Chilean foreign ministry said.

(c) EFE 2023. Redistribution and rewriting of all or part of the contents of EFE services is expressly prohibited without the prior and express consent of Agencia EFE S.A.

Related
Lula to meet Biden at White House on Feb. 10
Argentina and Brazil announce plans for common currency study

Keywords: Germany, Chile, Argentina, Brazil, Olaf Scholz, Gabriel Boric, lithium

Share on Facebook | Share on X | Share by email

This website uses cookies. More information. Accept"""))

A.append(dict(id="h35-08", source="plenglish.com",
url="https://www.plenglish.com/news/2022/05/08/lopez-obrador-receives-jose-marti-order-in-havana/",
published_at="2022-05-08", body="""Prensa Latina
Latin American News Agency

HOME | CUBA | AMERICAS | WORLD | ECONOMY | CULTURE | SPORTS

Follow Prensa Latina on Telegram: t.me/PrensaLatina

López Obrador receives José Martí Order in Havana

Havana, May 8 (Prensa Latina) The Cuban President Miguel Díaz-Canel on Sunday awarded the José Martí Order to the President of Mexico, Andrés Manuel López Obrador, who is on an official visit to the country, at a ceremony at the Palace of the Revolution.

Díaz-Canel described his guest as a friend of Cuba and praised "the dignity and courage of a Mexico that has not joined the siege against our people", in reference to the economic, commercial and financial blockade imposed by the United States on the island for more than six decades.

In his speech, López Obrador called on the Government of US President Joseph Biden to lift the blockade and said that no country in the Americas should be excluded from the Summit of the Americas, scheduled for June in Los Angeles. The Mexican president has said he would not attend the meeting if Cuba, Venezuela and Nicaragua were not invited.

After the ceremony, the two leaders held official talks and witnessed the signing of cooperation instruments in the areas of health, education, trade and energy. Among them is an agreement for Cuban doctors to work in Mexican hospitals where specialists are lacking, and another for Mexico to supply fuel to the island.

The two presidents also laid a wreath at the monument to National Hero José Martí and visited the site of the explosion at the Hotel Saratoga, which killed more than 40 people on Friday. López Obrador expressed condolences on behalf of the Mexican people and offered assistance.

Havana is the last stop on a tour that took the Mexican head of state to Guatemala, El Salvador, Honduras and Belize, where he promoted the Sembrando Vida and Youth Building the Future programs as a way to tackle the causes of migration.

López Obrador arrived in the Cuban capital late Saturday and will return to Mexico on Sunday night, according to the Mexican Foreign Ministry.

Cuba and Mexico have maintained uninterrupted diplomatic relations since 1902. In 2021, Díaz-Canel was guest of honor at the celebrations for the bicentennial of Mexican independence.

jf/mem

OTHER NEWS
Bruno Rodríguez receives Vietnamese Ambassador
Cuban Foreign Minister holds phone call with Argentine counterpart
Venezuela and Cuba review joint projects in Caracas
Díaz-Canel thanks world solidarity after Saratoga tragedy

Share: Facebook | Twitter | Telegram | WhatsApp

© Prensa Latina 2022. All rights reserved."""))

A.append(dict(id="h35-09", source="theguardian.com",
url="https://www.theguardian.com/world/2015/apr/11/obama-castro-meeting-panama-summit-of-the-americas",
published_at="2015-04-11", body="""The Guardian
News | Opinion | Sport | Culture | Lifestyle

Support the Guardian: Fund independent journalism with $5 per month

World news > Cuba

Obama and Castro hold historic talks at Summit of the Americas

First formal meeting between leaders of the two countries in more than half a century takes place in Panama City

Staff and agencies in Panama City
Sat 11 Apr 2015 20.31 BST

Barack Obama and Raúl Castro meet on the sidelines of the Summit of the Americas in Panama City. Photograph: AP

Barack Obama and Raúl Castro sat down together for talks in Panama on Saturday, the first substantive meeting between the leaders of the United States and Cuba since before the 1959 revolution.

The two men met for about an hour in a small room at the convention centre hosting the Summit of the Americas, seated side by side in front of their countries' flags. "This is obviously an historic meeting," Obama said before reporters were ushered out. "We are now in a position to move on a path towards the future."

Castro said Havana was ready to discuss everything, including human rights and freedom of the press, but added: "We have to be patient, very patient. We might disagree on something today on which we could agree tomorrow."

The encounter followed a handshake between the two on Friday night at the summit's opening dinner, and a telephone conversation earlier in the week, before Obama left Washington. It is the latest step since the two leaders announced in December that they would work to restore diplomatic relations.

Obama said the state department had completed its review of Cuba's place on the list of state sponsors of terrorism and that he would decide shortly whether to remove the country. Diplomats from both sides have been negotiating the reopening of embassies in each other's capitals.

Obama arrived in Panama on Thursday from Jamaica, after a stop that included a town hall meeting with young people at the University of the West Indies.

The summit, the first to include Cuba, was also marked by tensions over US sanctions against seven Venezuelan officials. Venezuela's Nicolás Maduro, who brought a petition he said had millions of signatures against the measures, said he had "a brief and frank" exchange with Obama in a corridor. The White House described it as a short, cordial conversation.

Brazil's president, Dilma Rousseff, said after speaking briefly with Obama on the sidelines that she would make an official visit to Washington on 30 June, rescheduled after she called off a state visit in 2013 over revelations of US spying on her communications.

Panama's president, Juan Carlos Varela, who hosted the gathering, said it would be remembered "as the summit of reconciliation".

Topics
Cuba | Barack Obama | Raúl Castro | US foreign policy | Americas

Reuse this content

Most viewed
Hillary Clinton to announce presidential run on Sunday
Kenya mourns victims of Garissa university attack
Iran nuclear deal: what the framework means

Sign up to the Guardian US morning briefing"""))

A.append(dict(id="h35-10", source="riotimesonline.com",
url="https://www.riotimesonline.com/macron-wraps-up-brazil-visit-in-brasilia-with-new-agreements/",
published_at="2024-03-28", body="""The Rio Times
Latin American Financial News

IBOVESPA 128.106 ▲ 0,25% | USD/BRL 4,99 | EUR/BRL 5,40 | BITCOIN US$ 70.812

Brazil

Macron wraps up Brazil visit in Brasília with new agreements

By Rio Times Staff
March 28th, 2024

French President Emmanuel Macron ended a three-day visit to Brazil on Thursday in Brasília, where President Luiz Inácio Lula da Silva received him at the Planalto Palace for official talks and a series of agreements on defence, health, science and energy.

The two presidents had begun the trip on Tuesday in Belém, in the state of Pará, where they took a boat to Combu Island in the Amazon and announced a plan to raise one billion euros in public and private investment for the bioeconomy of the Brazilian and French Guiana Amazon over four years. Photographs of the two leaders holding hands on the riverbank went viral on social media.

On Wednesday, Macron and Lula attended the launch of the submarine Tonelero at the Itaguaí naval complex in Rio de Janeiro state, the third of four conventional submarines built under a partnership with France. Macron said Paris was ready to support Brazil's plan for a nuclear-powered submarine, while stopping short of a commitment on the reactor technology.

In São Paulo on Wednesday evening, Macron addressed a business forum and called the trade deal negotiated between the European Union and Mercosur "a very bad agreement" for both sides, saying it was drafted twenty years ago and did not take climate commitments into account. Brazilian officials had hoped the visit would soften French opposition to the agreement.

In Brasília, the two governments signed more than twenty agreements, including a roadmap on climate finance before COP30, which Belém will host in November 2025. Lula said he had invited Macron to return for the conference.

"France and Brazil have a lot to do together, and we do not have to agree on everything to do it," Lula said at a joint statement.

Brazil's G20 presidency also featured in the talks. Macron backed Brazil's proposal for a global minimum tax on the super-rich.

--
Read also
Brazil's Central Bank signals smaller rate cuts ahead
Lula's approval slips in latest Quaest poll
Petrobras shares fall after dividend decision

Related
Brazil and Argentina: a relationship in the deep freeze
What the EU-Mercosur stalemate means for agribusiness

Newsletter: Subscribe to our daily briefing on Latin American markets.
Rio Times on Telegram and WhatsApp. Join now.

We use cookies to improve your experience. Accept All | Settings"""))

A.append(dict(id="h35-11", source="thenassauguardian.com",
url="https://thenassauguardian.com/trudeau-at-caricom-pledges-ships-and-aid-for-haiti/",
published_at="2023-02-17", body="""THE NASSAU GUARDIAN
Home | National Review | Business | Sports | Opinion | Lifestyles

Breaking: Sign up for Guardian WhatsApp alerts

Trudeau at CARICOM pledges ships and aid for Haiti

By Guardian staff reporter
February 17, 2023

Canadian Prime Minister Justin Trudeau announced yesterday that two Royal Canadian Navy vessels would be deployed to Haitian waters to gather intelligence on armed gangs, as he addressed Caribbean leaders meeting at Baha Mar.

Trudeau, a special guest at the 44th Regular Meeting of the Conference of Heads of Government of CARICOM, arrived on New Providence Thursday morning. He was welcomed by Prime Minister Philip Davis, the current CARICOM chairman, with whom he later held bilateral talks on climate finance, Haiti and the cost of living, the Office of the Prime Minister said.

"Canada is a Caribbean neighbour," Trudeau said. "The crisis in Haiti is a crisis for all of us."

On the sidelines, the Canadian leader also met Haitian Prime Minister Ariel Henry. According to Trudeau's office, they discussed the security situation, sanctions against members of the Haitian elite who finance gangs and the need for an inclusive political transition. Henry has asked for a foreign force to support the Haitian police, a request Canada has so far declined to lead.

Trudeau also spoke briefly with Barbados Prime Minister Mia Mottley during a break in the proceedings, according to a photograph posted by the Barbados Government Information Service, but no formal meeting was announced.

Canada's announcement includes $12.4 million for humanitarian assistance and support for the Haitian National Police. Davis welcomed the pledge, saying the region "cannot carry Haiti alone".

The summit, which ends today, has also dealt with climate financing, food security and crime, which several leaders described as a public health emergency. CARICOM leaders agreed to convene a regional symposium on crime and violence in April in Trinidad and Tobago.

United Nations Secretary-General António Guterres, who addressed the meeting by video, urged the international community to respond to Henry's request for assistance.

Haitian opposition groups held a small protest outside the venue on Wednesday.

--
More stories
Minnis calls for audit of government contracts
Nassau cruise port traffic surpasses 2019 levels
Davis: VAT relief on breadbasket items coming

Related
CARICOM chair urges action on correspondent banking
Editorial: Haiti cannot wait

Copyright 2023 The Nassau Guardian. Privacy Policy | Terms

Subscribe to our newsletter for the latest news and updates."""))

A.append(dict(id="h35-12", source="cbc.ca",
url="https://www.cbc.ca/news/politics/three-amigos-summit-mexico-city-trudeau-biden-amlo-1.6709213",
published_at="2023-01-10", body="""CBC News
Top Stories | Local | Climate | World | Canada | Politics | Indigenous

Politics

North American leaders pledge co-operation on migration, supply chains at Mexico City summit

Trudeau to hold bilateral talks with López Obrador on Wednesday

Social Sharing

Catherine Lavoie · CBC News · Posted: Jan 10, 2023 4:00 AM ET | Last Updated: January 10, 2023

Prime Minister Justin Trudeau, left, U.S. President Joe Biden and Mexican President Andrés Manuel López Obrador at the National Palace on Tuesday. (The Canadian Press)

Prime Minister Justin Trudeau, U.S. President Joe Biden and Mexican President Andrés Manuel López Obrador met in Mexico City on Tuesday for the first North American Leaders' Summit in more than a year, promising to work together on semiconductors, irregular migration and the trafficking of fentanyl.

The three leaders met at the National Palace for about two hours, followed by a joint news conference in which they announced a plan to expand the supply chain for computer chips and a commitment to reduce agricultural emissions.

Trudeau arrived in Mexico City on Monday evening, accompanied by Foreign Affairs Minister Mélanie Joly and International Trade Minister Mary Ng. He will hold bilateral talks with López Obrador on Wednesday, when he is also expected to meet Mexican business leaders, before returning to Ottawa.

Biden landed on Sunday at the new Felipe Ángeles International Airport north of the capital, after a stop in El Paso, Texas, his first visit to the southern border as president. López Obrador greeted him on the tarmac and the two rode together in the U.S. presidential limousine. On Monday, the two men held bilateral talks at the National Palace, where López Obrador urged Biden to end "abandonment, disdain and forgetfulness" towards Latin America. Biden replied that the U.S. had spent billions in the hemisphere.

There was no separate bilateral meeting between Trudeau and Biden during the summit. At the news conference, Trudeau said Biden would travel to Canada in March, his first visit to the country as president, and that the two would discuss the border, the Arctic and critical minerals. The White House confirmed the trip but did not give a date.

Asked about Haiti, where Prime Minister Ariel Henry's government has asked for an international force, Trudeau said any intervention had to be "by and for Haitians" and that Canada was consulting partners.

The next summit is to be hosted by Canada.

--
With files from The Canadian Press and Reuters

RELATED STORIES
Biden visits U.S.-Mexico border ahead of summit
Trudeau, Biden talk electric vehicles on sidelines of G20
Canada and Mexico sign agreement on temporary farm workers

CBC's Journalistic Standards and Practices | About CBC News

Add some good to your morning and evening. Subscribe to our newsletters.

©2023 CBC/Radio-Canada. All rights reserved."""))
