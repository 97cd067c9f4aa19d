# Medium wire-style stories (1,200-2,000 characters), h35-13 .. h35-26
M = []

M.append(dict(id="h35-13", source="efe.com",
url="https://www.efe.com/en/latam/2025-01-31/maduro-receives-trump-envoy-grenell-caracas",
published_at="2025-01-31", body="""EFE | Latam

Maduro receives Trump envoy Grenell in Caracas; six Americans freed

Caracas, Jan 31 (EFE).- Venezuelan President Nicolás Maduro received on Friday at the Miraflores Palace the special envoy of US President Donald Trump, Richard Grenell, in the first high-level contact between the two governments since Trump returned to the White House.

The Venezuelan presidency said the meeting, which lasted several hours, was "respectful" and covered migration, the deportation of Venezuelans from the United States, sanctions and the oil sector. Images broadcast on state television showed Maduro and Grenell shaking hands in front of a painting of Simón Bolívar.

Hours later, Trump wrote on his Truth Social network: "We have just picked up 6 hostages from Venezuela and are bringing them home." A photograph posted by Grenell showed him on board a plane with six men wearing light blue prison uniforms.

White House spokeswoman Karoline Leavitt had said before the trip that Grenell's goal was to ensure that Venezuela accepted deportation flights and freed detained US citizens, and that the visit did not mean Washington recognized Maduro as president.

Maduro told supporters that "a new beginning" was possible. Opposition leader María Corina Machado did not comment on the meeting.

(c) EFE 2025

Related: Venezuela's opposition calls for protests against Maduro's swearing-in

Keywords: Venezuela, United States, Nicolás Maduro, Richard Grenell, deportations"""))

M.append(dict(id="h35-14", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/30/readout-of-president-joe-bidens-call-with-president-luiz-inacio-lula-da-silva-of-brazil/",
published_at="2024-07-30", body="""An official website of the United States Government. Here's how you know

THE WHITE HOUSE
Administration | Priorities | The Record | Briefing Room | Español

BRIEFING ROOM

Readout of President Joe Biden's Call with President Luiz Inácio Lula da Silva of Brazil

July 30, 2024
Statements and Releases

President Joseph R. Biden, Jr. spoke today with President Luiz Inácio Lula da Silva of Brazil to discuss the July 28 presidential election in Venezuela. The two leaders agreed that the Venezuelan electoral authorities must immediately release full, transparent, and detailed voting data at the polling station level.

President Biden thanked President Lula for his leadership in the region and underscored the importance of democratic values. The leaders committed to remain in close coordination on the issue.

The leaders also discussed their joint work on the Partnership for Workers' Rights, and President Biden welcomed Brazil's leadership of the G20 this year.

###

Next: Readout of President Joe Biden's Call with Prime Minister Keir Starmer of the United Kingdom
Previous: Statement from National Security Advisor Jake Sullivan on the Election in Venezuela

Related
Readout of Vice President Harris's Meeting with President Bernardo Arévalo of Guatemala
Joint Statement on the Venezuelan Presidential Election

Stay Connected: Sign up for updates from the White House.

Facebook | X | Instagram | YouTube

The White House
1600 Pennsylvania Ave NW
Washington, DC 20500

Privacy Policy | Copyright Policy | Accessibility Statement

To comment, call 202-456-1111"""))

M.append(dict(id="h35-15", source="cubaminrex.cu",
url="https://cubaminrex.cu/en/diaz-canel-receives-russian-foreign-minister-sergey-lavrov",
published_at="2023-04-20", body="""Ministry of Foreign Affairs of the Republic of Cuba
Cuba in the World | News | Consular Services | Embassies

Díaz-Canel receives Russian Foreign Minister Sergey Lavrov

Havana, April 20, 2023. The First Secretary of the Central Committee of the Communist Party of Cuba and President of the Republic, Miguel Díaz-Canel Bermúdez, received today at the Palace of the Revolution the Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov, who is on an official visit to our country.

During the fraternal meeting, the two sides highlighted the excellent state of bilateral relations and reviewed the progress of economic, trade and financial projects, as well as cooperation in energy, transport and tourism. Díaz-Canel thanked the Russian Government for its support in the face of the intensification of the economic blockade imposed by the United States.

Earlier, Lavrov held official talks at the Foreign Ministry with Cuban Foreign Minister Bruno Rodríguez Parrilla, after which both ministers gave a press conference. They agreed to continue consultations on the international agenda and rejected unilateral coercive measures.

Havana is the last stop of a Latin American tour by the Russian foreign minister that included Brazil, Venezuela and Nicaragua.

Also present were Deputy Prime Minister Ricardo Cabrisas and the Ambassador of Russia in Cuba, Victor Koronelli.

OTHER NEWS
Cuban FM holds talks with Foreign Minister of Saint Vincent and the Grenadines
Vice Minister Josefina Vidal receives Ambassador of Japan
Cuba rejects inclusion in list of countries not cooperating on counterterrorism

Share | Print

Cubaminrex - Ministry of Foreign Affairs of Cuba. All rights reserved."""))

M.append(dict(id="h35-16", source="news.cgtn.com",
url="https://news.cgtn.com/news/2024-11-21/Xi-Lula-hold-talks-in-Brasilia-elevate-ties-1yLq3XkzVxm/p.html",
published_at="2024-11-21", body="""CGTN
Home | China | World | Business | Opinions | Video

Xi, Lula hold talks in Brasilia, elevate China-Brazil ties

Updated 06:12, 21-Nov-2024

Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva in Brasilia, Brazil, November 20, 2024. /Xinhua

Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on Wednesday, with the two sides agreeing to elevate bilateral relations to a China-Brazil community with a shared future for a more just world and a more sustainable planet.

Xi, who is on a state visit to Brazil, was welcomed by Lula at the Alvorada Palace with a ceremony including a cavalry escort and a 21-gun salute.

Xi said the two countries should align the Belt and Road Initiative with Brazil's development strategies, including its New Growth Acceleration Program and ecological transformation plan. Lula said Brazil valued China as a strategic partner and was ready to deepen cooperation in trade, infrastructure, energy transition and technology.

After the talks, the two heads of state witnessed the signing of 37 cooperation documents in areas such as trade, agriculture, science and technology, communications and sustainable development.

Xi arrived in Brasilia after attending the 19th G20 Leaders' Summit in Rio de Janeiro. Before coming to Brazil, he attended the APEC Economic Leaders' Meeting in Lima and paid a state visit to Peru.

This year marks the 50th anniversary of diplomatic relations between China and Brazil.

Source(s): Xinhua

Trending
China's Shenzhou-19 crew completes first spacewalk
How Chancay port is changing Peru's trade map

Download the CGTN app | Follow us on Weibo and WeChat

Copyright © 2024 CGTN. Beijing ICP prepared NO.16065310-3"""))

M.append(dict(id="h35-17", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/internacional/noticia/2024-02/lula-meets-ali-georgetown-caricom",
published_at="2024-02-28", body="""Agência Brasil
International

In Georgetown, Lula meets Ali and takes part in CARICOM summit

Published on 28/02/2024 - 21:40 By Agência Brasil reporter - Georgetown

President Luiz Inácio Lula da Silva met on Wednesday (28) with the president of Guyana, Irfaan Ali, in Georgetown, where he was a special guest at the meeting of heads of government of the Caribbean Community (CARICOM).

The two presidents discussed the construction of the road linking Boa Vista, in the state of Roraima, to the Guyanese coast, energy and food security. Lula reiterated that Brazil supports a peaceful solution to the dispute between Guyana and Venezuela over the Essequibo region and said the Argyle declaration, signed in December, must be respected.

In his speech to the CARICOM leaders, Lula said Brazil had "turned its back" on the Caribbean for too long and proposed closer cooperation in agriculture and climate adaptation. On the sidelines, he chatted briefly with Barbados Prime Minister Mia Mottley, according to the Presidency's photographers.

On Thursday (29), the president will travel to Kingstown, Saint Vincent and the Grenadines, for the 8th summit of the Community of Latin American and Caribbean States (CELAC), which takes place on Friday (1st). Planalto has not announced any bilateral meetings in Saint Vincent.

This is Lula's first visit to Guyana since 2010.

Edition: Aline Leal

Related news
Lula says Gaza situation is "genocide" in Addis Ababa
Mauro Vieira meets Guyanese counterpart in Brasília

Republication is allowed with credit to Agência Brasil"""))

M.append(dict(id="h35-18", source="apnews.com",
url="https://apnews.com/article/kamala-harris-mexico-lopez-obrador-migration-8d3b1e",
published_at="2021-06-08", body="""AP

Harris, López Obrador sign migration pact in Mexico City

By ELENA VARGAS
June 8, 2021

Vice President Kamala Harris and President Andrés Manuel López Obrador at the National Palace. (AP Photo)

MEXICO CITY (AP) — Vice President Kamala Harris met Mexican President Andrés Manuel López Obrador on Tuesday at the National Palace, where the two governments signed an agreement to cooperate on economic development in northern Central America, the region from which most migrants at the U.S. border are fleeing.

It was the second and final stop of Harris' first foreign trip as vice president. The two leaders had first spoken in a virtual meeting in May.

López Obrador said after the talks that the relationship with Washington was "very good" and that he had again proposed that the U.S. grant work visas to Central Americans who join his tree-planting program.

On Monday, Harris was in Guatemala City, where she met President Alejandro Giammattei and delivered a blunt message to would-be migrants: "Do not come." Giammattei pressed her on vaccines and on U.S. support for his country's fight against corruption, a sore point between the two governments.

Harris flew back to Washington on Tuesday evening. Republicans criticized her for not visiting the southern border.

Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

RELATED
Harris to visit border in El Paso, White House says
Biden sends vaccine doses to Mexico

Ad Choices | Privacy | Terms of Use"""))

M.append(dict(id="h35-19", source="cancilleria.gob.ar",
url="https://www.cancilleria.gob.ar/en/news/releases/president-milei-and-minister-mondino-receive-us-secretary-state-antony-blinken",
published_at="2024-02-23", body="""Argentine Republic | Ministry of Foreign Affairs, International Trade and Worship

Home > Press > Press Releases

President Milei and Minister Mondino receive US Secretary of State Antony Blinken

Press release No. 071/24
Friday 23 February 2024

The President of the Nation, Javier Milei, received today at the Casa Rosada the Secretary of State of the United States of America, Antony Blinken, in the presence of Foreign Minister Diana Mondino.

During the meeting, they reviewed the bilateral agenda and agreed to deepen cooperation in trade, investment, energy, critical minerals such as lithium, nuclear energy and security. They also exchanged views on the situation in Venezuela and the war in Ukraine.

Previously, Minister Mondino and Secretary Blinken held a working meeting at the Palacio San Martín, where they discussed the macroeconomic stabilization program implemented by the Argentine government and the possibility of a visit by President Milei to the United States.

Secretary Blinken arrived in Buenos Aires from Rio de Janeiro, where he took part in the meeting of G20 Foreign Ministers.

Latest news
Minister Mondino received the Ambassador of Japan
Argentina and Paraguay sign agreement on Paraná-Paraguay waterway
Foreign Minister participates in G20 meeting in Rio de Janeiro

Contact | Site map | Accessibility

Ministry of Foreign Affairs, International Trade and Worship - Esmeralda 1212, C1007ABR, Buenos Aires, Argentina"""))

M.append(dict(id="h35-20", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/67702",
published_at="2022-02-03", body="""President of Russia
News | Transcripts | Documents | Photos | Videos

Russian-Argentine talks

February 3, 2022, 15:30
The Kremlin, Moscow

Vladimir Putin held talks with President of the Argentine Republic Alberto Fernández, who is in Russia on a working visit.

The discussion focused on trade and economic cooperation, including in energy, pharmaceuticals and transport infrastructure, as well as cooperation in the fight against the coronavirus infection.

Excerpts from the beginning of the talks:

Vladimir Putin: Mr President, friends, I am glad to see you in Moscow. Argentina is one of Russia's key partners in Latin America. Our trade grew considerably last year, and Argentina was one of the first countries to register the Sputnik V vaccine and to start its production.

Alberto Fernández: Thank you, Mr President, for your hospitality. I wanted to come to Russia to strengthen our relations. Argentina has to stop depending so much on the International Monetary Fund and the United States, and I believe Argentina can be a gateway for Russia into Latin America.

The talks continued behind closed doors.

Topics: Foreign policy
Geography: Argentina

Other news
Telephone conversation with President of France Emmanuel Macron
Meeting with Governor of Kaluga Region

Publication: Kremlin.ru. All content on this site is licensed under Creative Commons Attribution 4.0 International."""))

M.append(dict(id="h35-21", source="andina.pe",
url="https://andina.pe/ingles/noticia-xi-jinping-arrives-in-lima-boluarte-receives-chinese-leader-1005123.aspx",
published_at="2024-11-14", body="""Andina | Agencia Peruana de Noticias
Inicio | Política | Economía | Regionales | English

Xi Jinping arrives in Lima; Boluarte receives Chinese leader at Government Palace

Lima, Nov. 14 (ANDINA). President Dina Boluarte on Thursday received her Chinese counterpart Xi Jinping at the Government Palace, where the two leaders inaugurated the Port of Chancay by videoconference and held talks on trade, investment and infrastructure.

Xi arrived at the Callao Air Force base on Wednesday night for a state visit to Peru and to take part in the Asia-Pacific Economic Cooperation (APEC) Leaders' Week, which Lima hosts this year.

The Chancay multipurpose port, built with an investment of more than US$1.3 billion by Cosco Shipping, is expected to cut shipping times between South America and Asia. Boluarte called it "a historic milestone".

During the talks, the two leaders also discussed the update of the free trade agreement between Peru and China, Peru's main trading partner.

According to the Chinese delegation, Xi will hold talks with US President Joe Biden on Saturday on the sidelines of the APEC summit, the last meeting between the two leaders before Biden leaves office in January.

(END) MVB/FHG

Published: 11/14/2024

Most read
APEC 2024: traffic restrictions in Lima until Saturday
Peru's economy grew 3.5% in September

Share: Facebook | X | WhatsApp

© Editora Perú. All rights reserved."""))

M.append(dict(id="h35-22", source="gov.br",
url="https://www.gov.br/planalto/en/latest-news/2023/03/president-lula-holds-videoconference-with-president-zelensky",
published_at="2023-03-02", body="""gov.br | Planalto Palace
Presidency of the Republic

Latest News

President Lula holds videoconference with President Zelensky

Leaders discussed the war and the search for peace

Published on 02/03/2023 18h10

President Luiz Inácio Lula da Silva held a videoconference on Thursday (2) with the president of Ukraine, Volodymyr Zelensky. It was the first conversation between the two leaders since Lula took office.

"I reaffirmed Brazil's willingness to talk with other countries and participate in any initiative around building peace and dialogue," the President wrote on social media after the call. "War cannot be of interest to anyone."

Zelensky invited Lula to visit Ukraine. President Lula thanked him for the invitation and did not give a date.

Lula has defended the creation of a group of countries not involved in the conflict to mediate a negotiated end to the war. He has discussed the idea with German Chancellor Olaf Scholz, who visited Brasília in January, and with US President Joe Biden at the White House in February.

The Brazilian president also said Brazil would not send ammunition to Ukraine.

Presidency of the Republic - Secretariat of Social Communication

Tags: International Relations, Ukraine, Peace

Share: Facebook | Twitter | WhatsApp | Link

Related
Lula receives Argentine President Alberto Fernández at Planalto
Brazil and China to sign agreements during presidential visit in March"""))

M.append(dict(id="h35-23", source="reuters.com",
url="https://www.reuters.com/world/americas/trump-pauses-mexico-tariffs-after-call-with-sheinbaum-2025-02-03/",
published_at="2025-02-03", body="""Reuters

Trump pauses tariffs on Mexico, Canada for a month after calls with leaders

By Reuters staff
February 3, 2025 9:58 PM GMT Updated

MEXICO CITY/WASHINGTON, Feb 3 (Reuters) - U.S. President Donald Trump on Monday paused his threatened 25% tariffs on Mexico and Canada for 30 days after speaking by telephone with the leaders of both countries, who agreed to reinforce their borders.

Mexican President Claudia Sheinbaum said after her morning call with Trump that Mexico would immediately send 10,000 National Guard troops to the northern border to stop drug trafficking, in particular fentanyl. She said the United States had committed to work to prevent the trafficking of high-powered weapons into Mexico.

"We had a good conversation with great respect for our relationship and sovereignty," Sheinbaum wrote on X.

Trump said negotiations would take place over the month, led by Secretary of State Marco Rubio, Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick, with high-level representatives of Mexico.

In the afternoon, Trump and Canadian Prime Minister Justin Trudeau spoke for a second time that day. Trudeau then announced that Canada would appoint a "fentanyl czar" and list cartels as terrorists, and that the tariffs would be paused.

Tariffs on imports from China were still due to take effect on Tuesday.

(Reporting by Reuters bureaus; Editing by Reuters desk)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Markets rally as tariff fears ease
China vows countermeasures against U.S. tariffs"""))

M.append(dict(id="h35-24", source="state.gov",
url="https://www.state.gov/releases/office-of-the-spokesperson/2025/09/secretary-rubios-meeting-with-mexican-president-sheinbaum",
published_at="2025-09-03", body="""An official website of the United States government

U.S. DEPARTMENT of STATE

Home > Office of the Spokesperson > Releases > Secretary Rubio's Meeting with Mexican President Sheinbaum

Secretary Rubio's Meeting with Mexican President Sheinbaum

READOUT
OFFICE OF THE SPOKESPERSON
SEPTEMBER 3, 2025

Secretary of State Marco Rubio met today with Mexican President Claudia Sheinbaum in Mexico City. The Secretary and the President discussed their shared commitment to dismantling cartels, stopping the flow of fentanyl and illegal firearms across our shared border, and ending illegal immigration.

Secretary Rubio and President Sheinbaum announced the establishment of a high-level security implementation group to carry out bilateral security cooperation. Secretary Rubio also held meetings with Foreign Secretary Juan Ramón de la Fuente and Secretary of Security Omar García Harfuch.

The Secretary thanked President Sheinbaum for Mexico's cooperation and underscored the importance of the U.S.-Mexico economic relationship.

Tags
Bureau of Western Hemisphere Affairs | Mexico | Secretary of State | The Secretary of State

Related Articles
Secretary Rubio's Travel to Mexico and Ecuador
Secretary Rubio's Call with Mexican Foreign Secretary de la Fuente

Share: Facebook | X | Email

White House | USA.gov | Office of the Inspector General | Archives | Contact Us

Privacy Policy | Accessibility Statement | Copyright Information | FOIA"""))

M.append(dict(id="h35-25", source="telam.com.ar",
url="https://www.telam.com.ar/english/notas/201708/pence-macri-olivos-lunch.html",
published_at="2017-08-15", body="""Télam | Agencia Nacional de Noticias
English

Macri hosts Pence at Olivos; US to open market to Argentine lemons

Buenos Aires, Aug 15 (Télam) - President Mauricio Macri on Tuesday received US Vice President Mike Pence at the Olivos presidential residence for a working lunch focused on trade, investment and the crisis in Venezuela.

After the meeting, Pence said the United States would allow imports of Argentine lemons, a long-standing request of Tucumán producers, and that Washington wanted "a partnership based on shared values". Macri said the two countries were "living the best moment in their relationship in decades".

On Venezuela, Pence repeated that the United States would not stand by while the country "collapses into dictatorship". Macri said Argentina rejected any military intervention and favoured diplomatic pressure.

Pence arrived in Buenos Aires on Monday from Cartagena, Colombia. He travels on Wednesday to Santiago, where he is scheduled to meet President Michelle Bachelet, and will end the tour in Panama on Thursday with a meeting with President Juan Carlos Varela and a visit to the expanded canal.

The vice president also met Argentine business leaders and the Jewish community, and laid a wreath at the site of the 1992 bombing of the Israeli embassy.

MG-ER

Other news
Argentine primaries: Cambiemos wins in Buenos Aires province
Central Bank keeps rate unchanged

Télam S.E. - Bolívar 531, Buenos Aires"""))

M.append(dict(id="h35-26", source="en.mercopress.com",
url="https://en.mercopress.com/2024/02/21/cameron-in-paraguay-after-falklands-visit",
published_at="2024-02-21", body="""MercoPress, South Atlantic News Agency

Wednesday, February 21st 2024 - 10:18 UTC

Cameron in Paraguay after Falklands visit; next stop Rio G20

UK Foreign Secretary David Cameron was received on Tuesday by Paraguay's President Santiago Peña in Asunción, the first visit to Paraguay by a British foreign secretary in decades, after a two-day stay in the Falkland Islands that drew protests from Buenos Aires.

Cameron and Peña discussed trade, climate and investment, and Cameron also held talks with Foreign Minister Rubén Ramírez Lezcano, with whom he signed a memorandum on climate and energy cooperation, according to the Paraguayan Foreign Ministry.

In Stanley, Cameron had said the sovereignty of the Islands was "not up for discussion" as long as the Islanders wished to remain British. Argentine Foreign Minister Diana Mondino called the trip "unfortunate".

Cameron travels on Wednesday to Rio de Janeiro for the meeting of G20 foreign ministers hosted by Brazil, where he is scheduled to hold talks with Brazilian Foreign Minister Mauro Vieira. British officials did not rule out a meeting with Mondino on the margins of the meeting, but said nothing had been arranged.

Categories: Falklands, Paraguay, United Kingdom, Argentina.

Top stories
Milei meets Blinken in Buenos Aires on Friday
Falklands: MLAs welcome Foreign Secretary's visit

Please support MercoPress' independent journalism. Donate via PayPal.

MercoPress uses cookies. Accept"""))
