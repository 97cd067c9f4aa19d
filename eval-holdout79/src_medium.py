# Medium wire-style stories (1,200-2,000 characters), h79-13 .. h79-26
M = []

M.append(dict(id="h79-13", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/internacional/noticia/2023-08/lula-and-lourenco-sign-agreements-luanda",
published_at="2023-08-25", body="""Agência Brasil

International
Lula and Lourenço sign agreements in Luanda

Published on 25/08/2023 - 17:20 By Luciana Prado Figueiredo - Reporter, Agência Brasil - Luanda

President Luiz Inácio Lula da Silva was received on Friday (25) by Angolan President João Lourenço at the Palácio da Cidade Alta, in Luanda, on an official visit to the African country, one of Brazil's main partners on the continent.

After a private meeting, the two presidents witnessed the signing of agreements in the areas of health, agriculture, tourism and higher education. Lula said Brazil wanted to resume credit lines for Brazilian companies in Angola and announced that the Brazilian Agricultural Research Corporation (Embrapa) would open an office in the country.

"Brazil is coming back to Africa, and it is coming back to stay," the president said. Lula also addressed the National Assembly.

The president arrived in Luanda on Thursday night from Johannesburg, where he attended the 15th BRICS summit, which decided to admit six new members, among them Ethiopia and Egypt.

On Saturday (26), Lula travels to São Tomé and Príncipe to take part in the summit of the Community of Portuguese-Speaking Countries (CPLP). In São Tomé, he is scheduled to hold a bilateral meeting with Prime Minister Patrice Trovoada before returning to Brasília on Sunday.

Brazil and Angola established diplomatic relations in 1975, and Brazil was the first country to recognise Angola's independence.

Edition: Fernando Fraga

Related news
Haddad: fiscal framework to be voted in the Chamber next week
Brazil and South Africa discuss vaccine production

Republishing is allowed with credit to Agência Brasil"""))

M.append(dict(id="h79-14", source="telam.com.ar",
url="https://www.telam.com.ar/notas/202202/583314-alberto-fernandez-xi-jinping-reunion-beijing.html",
published_at="2022-02-06", body="""Télam | Agencia Nacional de Noticias

POLÍTICA | English service

Fernández meets Xi in Beijing, Argentina joins Belt and Road

Beijing, February 6 (Télam) - President Alberto Fernández held a bilateral meeting on Sunday with his Chinese counterpart, Xi Jinping, at the Great Hall of the People in Beijing, after which Argentina signed a memorandum of understanding to join the Belt and Road Initiative.

The two leaders also signed a joint statement for the deepening of the comprehensive strategic partnership, in the year in which the two countries mark 50 years of diplomatic relations. Foreign Minister Santiago Cafiero said the agreements would bring more than $23 billion in investment in infrastructure and energy projects.

Fernández attended the opening ceremony of the Winter Olympic Games on Friday, one of the few heads of state of the region to do so.

The president arrived in China from Moscow, where on Thursday he held talks with President Vladimir Putin in the Kremlin and said Argentina should stop depending so much on the International Monetary Fund and the United States.

On Monday, on his way back to Buenos Aires, Fernández is due to make a stop in Bridgetown, Barbados, for a meeting with Prime Minister Mia Mottley, the Casa Rosada reported.

The president is accompanied by Cafiero, several members of his cabinet and the governors of Buenos Aires, Catamarca and Tierra del Fuego, among others.

(Télam)

Photo: Presidencia

Read also:
Cafiero met with his Chinese counterpart Wang Yi
Guzmán: "The agreement with the IMF will be sent to Congress"

Télam S.E. Agencia Nacional de Noticias"""))

M.append(dict(id="h79-15", source="english.news.cn",
url="http://english.news.cn/20230612/3b8d0c5f2e6a4d19a7c1e2f3a4b5c6d7/c.html",
published_at="2023-06-12", body="""Xi holds talks with Honduran President Castro

Source: Xinhua | Editor: huaxia | 2023-06-12 21:36:40

BEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping held talks with Honduran President Iris Xiomara Castro Sarmiento, who is on a state visit to China, at the Great Hall of the People in Beijing on Monday.

Xi noted that the establishment of diplomatic relations between China and Honduras in March opened a new chapter in bilateral ties, and said that China welcomes Honduras to join the big family of China-Latin America friendship and cooperation.

Xi said China is willing to share development opportunities with Honduras and import more quality products from the Central American country, adding that the two sides should launch negotiations on a free trade agreement at an early date.

Castro said Honduras firmly abides by the one-China principle and that Taiwan is an inalienable part of China's territory. She said Honduras hopes to learn from China's experience in poverty alleviation.

After the talks, the two heads of state witnessed the signing of cooperation documents on trade, economic and technical cooperation, agriculture, education and the Belt and Road Initiative.

Prior to the talks, Xi held a welcome ceremony for Castro at the north hall of the Great Hall of the People.

Castro arrived in Shanghai on Friday, where she visited the headquarters of the New Development Bank. Honduras opened its embassy in Beijing on Sunday. Enditem

Photo: Chinese President Xi Jinping holds talks with Honduran President Iris Xiomara Castro Sarmiento at the Great Hall of the People in Beijing, capital of China, June 12, 2023. (Xinhua/Li Xueren)

Related:
Palestinian President Abbas to pay state visit to China from June 13 to 16

Most viewed | Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h79-16", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/69678",
published_at="2022-10-25", body="""President of Russia | Events | News

Meeting with President of Guinea-Bissau Umaro Sissoco Embaló

October 25, 2022, 15:40 | The Kremlin, Moscow

Vladimir Putin held talks with President of the Republic of Guinea-Bissau, Chairman of the Economic Community of West African States Umaro Sissoco Embaló, who is in Russia on a working visit.

The President of Russia: Mr President, friend, I am very glad to see you again in Moscow.

Relations between our countries are developing steadily. We are pleased to see the interest in expanding our cooperation in the economy, in education and in the training of personnel.

I know that you have just come from Kyiv. I would be glad to hear your impressions.

Umaro Sissoco Embaló: Thank you, Mr President.

Yes, yesterday I was in Kyiv, where I met with President Zelensky. He asked me to convey a message to you that he is ready for dialogue. As the chairman of ECOWAS, I think Africa has a role to play.

We are also grateful to Russia for the supply of grain and fertilizers to our countries.

<…>

Topics: Foreign policy

Persons: Embaló Umaro Sissoco

Geography: Guinea-Bissau

Publication status: Published in section: News
Publication date: October 25, 2022, 15:40
Direct link: en.kremlin.ru/d/69678

See also:
Telephone conversation with President of Turkey Recep Tayyip Erdogan, October 23, 2022
Meeting with Security Council permanent members, October 21, 2022

All content on this site is licensed under Creative Commons Attribution 4.0 International"""))

M.append(dict(id="h79-17", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/somalia-ethiopia-agree-to-end-dispute-after-talks-in-ankara/3420155",
published_at="2024-12-12", body="""POLITICS

Somalia, Ethiopia agree to end dispute after talks in Ankara

Erdogan hosts Somali President Mohamud and Ethiopian Prime Minister Abiy separately before leaders meet face to face

Gokhan Ergocun | 12.12.2024 - Update : 12.12.2024

ANKARA

Somalia and Ethiopia have agreed to set aside their differences and start technical negotiations on Ethiopia's access to the sea, following talks mediated by Turkish President Recep Tayyip Erdogan in Ankara late Wednesday.

Erdogan first met separately with Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed, who had arrived in the capital earlier in the day, before the two leaders met face to face in the presence of the Turkish president.

Announcing the "Ankara Declaration" at a joint press conference, Erdogan said the two sides had agreed to begin technical talks by the end of February 2025 and to conclude them within four months.

"We have taken the first step toward a new beginning based on peace and cooperation," Erdogan said.

Mohamud thanked Türkiye and said Somalia was ready to work with Ethiopia. Abiy said his country did not want to harm Somalia's sovereignty and sought only "safe and reliable" access to the sea.

Relations between the neighbours deteriorated in January after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland.

Foreign Minister Hakan Fidan had earlier hosted two rounds of talks between delegations of the two countries in Ankara.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related topics: Türkiye | Somalia | Ethiopia | Horn of Africa"""))

M.append(dict(id="h79-18", source="nation.africa",
url="https://nation.africa/kenya/news/ruto-hosts-sudan-rsf-leader-dagalo-in-nairobi-4480190",
published_at="2024-01-03", body="""Advertisement

News
Ruto hosts Sudan's RSF leader Dagalo in Nairobi

Wednesday, January 03, 2024

Reuters

Kenyan President William Ruto on Wednesday hosted Mohamed Hamdan Dagalo, the commander of Sudan's paramilitary Rapid Support Forces (RSF), at State House in Nairobi, part of a regional tour that has angered Sudan's army-led government.

Dagalo, widely known as Hemedti, has been fighting the Sudanese army since April in a war that has killed thousands and displaced more than seven million people. He had not been seen in public for months before his tour began last week.

Ruto said on X that they had discussed "a framework for an immediate ceasefire" and that Kenya was ready to support a political process.

Before Nairobi, Dagalo visited Uganda, where he met President Yoweri Museveni, as well as Ethiopia, where he was received by Prime Minister Abiy Ahmed, and Djibouti. His advisers said he would travel on to South Africa.

Sudan's foreign ministry said the receptions given to Dagalo by IGAD member states "encourage the militia" and amounted to a breach of the bloc's neutrality. It said Sudan would review its participation in IGAD.

Army chief General Abdel Fattah al-Burhan and Dagalo had agreed at an IGAD summit in Djibouti in December to meet, but no meeting has taken place.

Reporting by Duncan Mwangi and Khalid Abdelaziz; Writing by Nafisa Eltahir

Read: Sudan recalls envoy to Kenya over Ruto remarks

Advertisement

Topics: Sudan | RSF | William Ruto | IGAD

Comments (16)"""))

M.append(dict(id="h79-19", source="thepresidency.gov.za",
url="https://www.thepresidency.gov.za/press-statements/president-ramaphosa-host-president-buhari-state-visit",
published_at="2019-10-01", body="""The Presidency | Republic of South Africa

Media statements

President Ramaphosa to host President Buhari on State Visit

1 Oct 2019

President Cyril Ramaphosa will on Thursday, 03 October 2019, host the President of the Federal Republic of Nigeria, His Excellency Muhammadu Buhari, on a State Visit to South Africa.

The State Visit will take place at the Union Buildings in Pretoria, where the two Heads of State will co-chair the inaugural session of the Bi-National Commission at the level of Heads of State, elevated from the level of Deputy Presidents.

The visit takes place in the wake of the recent incidents of violence that affected foreign nationals in parts of Gauteng. The two Presidents are expected to discuss measures to prevent a recurrence and to strengthen people-to-people relations.

The two Presidents spoke by telephone on Monday to finalise the programme of the visit.

In September, President Ramaphosa dispatched Special Envoys to several African countries, including Nigeria and Ghana, to deliver messages of solidarity and to reaffirm South Africa's commitment to pan-African unity.

South Africa and Nigeria are expected to sign a number of agreements during the visit. The two countries are Africa's two largest economies.

Media accreditation closes on Wednesday, 2 October 2019 at 12h00.

Enquiries: Khusela Diko, Spokesperson to the President - 072 xxx xxxx

Issued by: The Presidency
Pretoria

Share this: Facebook | Twitter | Email | Print

Latest statements
President Ramaphosa to address Youth Day
Deputy President Mabuza to lead delegation to Uganda"""))

M.append(dict(id="h79-20", source="prensa-latina.cu",
url="https://www.plenglish.com/news/2023/02/11/diaz-canel-lopez-obrador-meet-in-campeche/",
published_at="2023-02-11", body="""Prensa Latina | Latin American News Agency

Díaz-Canel and López Obrador meet in Campeche

Campeche, Mexico, Feb 11 (Prensa Latina) Cuban President Miguel Díaz-Canel Bermúdez and his Mexican counterpart Andrés Manuel López Obrador held official talks on Saturday in the city of Campeche, the main activity of the Cuban leader's official visit to the Aztec country.

The dignitary, who arrived in the state of Campeche on Friday night, was received with honors and received from President López Obrador the Order of the Aztec Eagle in the Collar degree, the highest decoration Mexico grants to foreign citizens.

"Cuba is not alone, Mexico is with Cuba," López Obrador said at the ceremony, and again called on the United States to lift the blockade.

The two delegations signed agreements on health, education, energy and trade, among them one on the supply of Mexican oil and another on the hiring of Cuban doctors for rural areas.

Díaz-Canel, accompanied by Foreign Minister Bruno Rodríguez Parrilla, also toured works of the Maya Train, a railway project promoted by the Mexican government in the southeast of the country.

The Cuban President expressed gratitude for Mexico's solidarity, in particular the aid sent after the fire at the Matanzas supertanker base last year.

PL/ort/mml

Related news:
Cuban Foreign Minister to visit Angola and Namibia
Cuba and Vietnam sign agreement on rice production

Copyright © 2016-2023 Prensa Latina. All rights reserved."""))

M.append(dict(id="h79-21", source="gna.org.gh",
url="https://gna.org.gh/2025/03/mahama-meets-traore-in-ouagadougou-ends-sahel-tour/",
published_at="2025-03-09", body="""Ghana News Agency

Politics
Mahama meets Traoré in Ouagadougou, ends three-nation Sahel tour

By GNA | March 9, 2025

Ouagadougou, March 9, GNA - President John Dramani Mahama on Sunday held talks with Captain Ibrahim Traoré, the President of Burkina Faso's transition, in Ouagadougou, ending a three-nation tour of the countries of the Alliance of Sahel States (AES).

The two leaders discussed security along the common border, trade and the relationship between the AES and the Economic Community of West African States (ECOWAS), which the three countries formally left in January.

President Mahama said Ghana would remain a bridge between the two blocs. "Whatever has happened, our people are one people," he said.

The tour started on Saturday in Bamako, where Mr Mahama met Mali's transitional President, General Assimi Goïta, before he proceeded to Niamey for talks with General Abdourahamane Tiani, the head of Niger's military government.

President Mahama was accompanied by the Minister of Foreign Affairs, Mr Samuel Okudzeto Ablakwa, and the newly appointed Special Envoy to the AES, Larry Gbevlo-Lartey.

It is the President's first visit to the Sahel since he assumed office in January.

GNA

Follow GNA on X and WhatsApp

Related
Ablakwa receives credentials copy from new Brazilian ambassador
Mahama to attend AU summit in Addis Ababa

Ghana News Agency - the heartbeat of the nation"""))

M.append(dict(id="h79-22", source="businesslive.co.za",
url="https://www.businesslive.co.za/bd/world/2025-05-21-trump-confronts-ramaphosa-with-farm-killings-claims-in-oval-office/",
published_at="2025-05-21", body="""BusinessLIVE

JSE ALL SHARE 91,880 ▲ 0.6% | USD/ZAR 17.94 | GOLD $3,312 ▲ | BRENT $65.40

WORLD
Trump confronts Ramaphosa with farm killings claims in Oval Office

Washington - US President Donald Trump confronted President Cyril Ramaphosa with claims of genocide against white farmers during an Oval Office meeting on Wednesday, dimming the lights to show a video that he said was evidence of persecution in South Africa.

Ramaphosa, who had travelled to Washington to reset relations after months of tensions over aid cuts, a land expropriation law and South Africa's genocide case against Israel, responded calmly and said the claims were not true.

"If there was farmer genocide, I can bet you these three gentlemen would not be here," Ramaphosa said, referring to golfers Ernie Els and Retief Goosen and businessman Johann Rupert, who were part of his delegation. Agriculture Minister John Steenhuisen was also present.

The meeting later moved to a working lunch. Ramaphosa told reporters afterwards that the talks had gone well and that trade had been discussed.

Ramaphosa invited Trump to the G20 leaders' summit in Johannesburg in November. Trump did not say whether he would attend.

Relations have deteriorated since Trump took office. In March, Washington expelled South Africa's ambassador, Ebrahim Rasool.

Reuters

Subscribe to BusinessLIVE Premium for unlimited access

Most read
1. Rand slips as markets digest Oval Office spat
2. Godongwana tables revised budget

Comments (63)"""))

M.append(dict(id="h79-23", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_4125634",
published_at="2024-02-29", body="""Ethiopian News Agency

Politics
PM Abiy, President Ruto hold talks, sign agreements

Addis Ababa, February 29/2024 (ENA) Prime Minister Abiy Ahmed and Kenyan President William Ruto held talks today on bilateral, regional and global issues of common interest, and witnessed the signing of several agreements.

President Ruto arrived in Addis Ababa yesterday on a two-day state visit, and was welcomed at Bole International Airport by the Prime Minister and senior government officials.

The agreements signed cover trade, energy, roads, health and the joint development of the Moyale border area. The two leaders also agreed to speed up the LAPSSET corridor linking Ethiopia to the port of Lamu.

Prime Minister Abiy said Ethiopia and Kenya had a special relationship and were "an anchor of stability" in the Horn of Africa and the IGAD region.

For his part, President Ruto noted that the two countries share a long border and common history, and urged the removal of non-tariff barriers. He said Kenya supports Ethiopia's quest for access to the sea through peaceful means.

Ruto also visited the Adwa Victory Memorial and Science Museum.

Prime Minister Abiy accepted an invitation to visit Kenya at a date to be agreed, the Kenyan delegation said.

ENA

Share: Facebook | Twitter | Telegram

Related news
Ethiopia, Djibouti agree to expand railway cooperation
Foreign Minister Taye receives Egyptian envoy"""))

M.append(dict(id="h79-24", source="tass.com",
url="https://tass.com/politics/1608221",
published_at="2023-04-18", body="""TASS Russian News Agency

Politics

Lavrov holds talks with Maduro in Caracas

CARACAS, April 18. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Venezuelan President Nicolas Maduro in Caracas on Tuesday, a TASS correspondent reported.

The meeting took place at the Miraflores Palace. Earlier in the day, Lavrov met with his Venezuelan counterpart Yvan Gil.

Maduro welcomed the Russian minister and said Venezuela and Russia were "building a world without hegemonies". Lavrov said that Moscow valued the strategic partnership with Caracas and would continue to support Venezuela against unilateral sanctions.

The Russian top diplomat arrived in Venezuela from Brazil, where on Monday he held talks in Brasilia with President Luiz Inacio Lula da Silva and Foreign Minister Mauro Vieira.

Lavrov's Latin American tour will continue in Nicaragua on Wednesday, where he is expected to meet President Daniel Ortega, and will end in Cuba on Thursday.

It is Lavrov's first visit to the region since 2020.

TASS

Tags: Russia-Venezuela relations, Sergey Lavrov, Nicolas Maduro

Also read:
Russian, Chinese defense ministers hold talks in Moscow
Kremlin: no plans yet for Putin trip to South Africa

© 1999-2023 TASS. All rights reserved."""))

M.append(dict(id="h79-25", source="namibian.com.na",
url="https://www.namibian.com.na/wang-yi-arrives-for-talks-with-mbumba-nandi-ndaitwah/",
published_at="2025-01-06", body="""The Namibian

Subscribe | E-paper | Jobs

NEWS
Chinese foreign minister meets Mbumba, Nandi-Ndaitwah

Xinhua | Jan 6, 2025

WINDHOEK, Jan. 6 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Namibian President Nangolo Mbumba in Windhoek on Monday, the first stop of his annual trip to Africa, the 35th consecutive year that a Chinese foreign minister has chosen Africa for the first overseas visit of the year.

Wang said China and Namibia are "good brothers" and that China would continue to support Namibia in developing its economy. Mbumba thanked China for its assistance in drought relief and infrastructure.

Wang also met with President-elect Netumbo Nandi-Ndaitwah, who takes office in March, and held talks with Foreign Minister Peya Mushelenga.

After Namibia, Wang will travel to the Republic of Congo, Chad and Nigeria. In Brazzaville he will attend a meeting to follow up on the outcomes of last year's Forum on China-Africa Cooperation (FOCAC) summit in Beijing, which Congo co-chairs.

(Xinhua)

Photo: Chinese Foreign Minister Wang Yi meets with Namibian President Nangolo Mbumba in Windhoek, Jan. 6, 2025. (Xinhua)

Join our WhatsApp channel for breaking news

Read more
Nandi-Ndaitwah announces new cabinet structure
Uranium miners eye Chinese investment

Comments 4"""))

M.append(dict(id="h79-26", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=2142691",
published_at="2025-07-05", body="""Prime Minister's Office

Prime Minister meets the President of Argentina

Posted On: 05 JUL 2025 11:58PM by PIB Delhi

Prime Minister Shri Narendra Modi met the President of the Argentine Republic, H.E. Mr. Javier Milei, at the Casa Rosada in Buenos Aires today. This is the first bilateral visit to Argentina by an Indian Prime Minister in 57 years.

President Milei warmly received Prime Minister at the Casa Rosada. The two leaders held restricted and delegation-level talks and reviewed the India-Argentina Strategic Partnership. They discussed cooperation in defence, critical minerals, energy, agriculture, pharmaceuticals, and trade and investment, including the expansion of the India-MERCOSUR Preferential Trade Agreement.

The Prime Minister thanked President Milei for Argentina's strong condemnation of the terrorist attack in Pahalgam.

Earlier in the day, the Prime Minister arrived in Buenos Aires from Port of Spain, where he held talks with Prime Minister of Trinidad and Tobago Mrs. Kamla Persad-Bissessar and addressed a joint sitting of Parliament.

The Prime Minister will travel to Brazil for the 17th BRICS Summit in Rio de Janeiro, followed by a State Visit to Brasilia. He will then visit Namibia, the final leg of a five-nation tour that began in Ghana.

***

MJPS/SR

(Release ID: 2142691) Visitor Counter : 1287

Read this release in: Hindi | Spanish | Bengali | Gujarati"""))
