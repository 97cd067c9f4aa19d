# Medium wire-style stories (1,200-2,000 characters), h72-13 .. h72-26
M = []

M.append(dict(id="h72-13", source="aps.dz",
url="https://www.aps.dz/en/algeria/50321-attaf-received-in-abuja-by-president-tinubu",
published_at="2023-08-23", body="""APS | Algérie Presse Service | العربية | Français | English | Tamazight

Algeria | World | Economy | Sports | Culture

Attaf received in Abuja by Nigerian President Tinubu

Wednesday, 23 August 2023 10:48

ABUJA - Minister of Foreign Affairs and the National Community Abroad, Ahmed Attaf, was received Tuesday in Abuja by President of the Federal Republic of Nigeria, Bola Ahmed Tinubu, to whom he conveyed a message from the President of the Republic, Abdelmadjid Tebboune.

The audience focused on the situation in the Republic of Niger and the efforts under way to restore constitutional order in this neighbouring country, in accordance with Algeria's position that rejects any foreign military intervention, a statement of the Ministry said.

Mr. Attaf also held talks with his Nigerian counterpart, Yusuf Maitama Tuggar, on the bilateral relations and the Trans-Saharan gas pipeline and road projects.

The Minister's visit is part of a tour that will take him, in the coming days, to Cotonou and then Accra, to consult with the leaders of Benin and Ghana on ways to reach a peaceful political solution to the crisis.

APS

---

President Tebboune receives phone call from Tunisian counterpart

ALGIERS - The President of the Republic, Abdelmadjid Tebboune, received on Tuesday a phone call from his brother, President of the Republic of Tunisia, Kaïs Saïed, the Presidency of the Republic said in a statement.

The two Presidents reviewed the bilateral relations and the preparations for the next session of the Algerian-Tunisian High Joint Commission, as well as the situation in the region, the statement said.

APS

Most read
- Tebboune chairs meeting of Council of Ministers
- Algeria's application to join BRICS: decision expected in Johannesburg
- Weather: heat wave warning for 12 provinces

© APS 2023 - All rights reserved"""))

M.append(dict(id="h72-14", source="mapexpress.ma",
url="https://www.mapexpress.ma/en/actualite/politics/morocco-kenya-adopt-joint-communique/",
published_at="2025-05-26", body="""MAP Express | Agence Marocaine de Presse | Home | Politics | Economy | Society | Regions

Morocco, Kenya Agree to Elevate Bilateral Ties to Strategic Partnership

Monday, 26 May, 2025 at 18:22

Rabat - Morocco and Kenya on Monday adopted a joint communique and signed several agreements, following talks in Rabat between Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, and Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi, who is on a working visit to the Kingdom.

The two ministers agreed to elevate relations to the level of a strategic partnership and adopted a roadmap for cooperation for the 2025-2030 period, covering agriculture and fertilisers, energy, health, higher education and tourism.

Kenya "recognises the Autonomy Plan as the only sustainable approach" to resolve the regional dispute over the Moroccan Sahara, according to the joint communique, and welcomes the momentum generated under the leadership of His Majesty King Mohammed VI.

The two ministers also welcomed the progress in the preparation of the first session of the Joint Cooperation Commission, and agreed to prepare for a State visit of the President of the Republic of Kenya, William Ruto, to the Kingdom of Morocco.

Mr. Mudavadi praised the Kingdom's Atlantic initiative for Sahel countries, while Mr. Bourita hailed Kenya's "pivotal role" in East Africa.

Trade between the two countries, dominated by Moroccan fertiliser exports and Kenyan tea, has grown steadily in recent years, and Royal Air Maroc launched direct flights between Casablanca and Nairobi in 2024.

MAP

Related news
- HM the King receives credentials of new ambassadors
- Bourita holds phone talks with Gambian counterpart
- Morocco, Nigeria review progress on gas pipeline

© MAP 2025"""))

M.append(dict(id="h72-15", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_4012273",
published_at="2024-02-29", body="""ENA | Ethiopian News Agency | English | አማርኛ | Afaan Oromoo | Af-Soomaali | Tigrigna | Arabic | French

Politics

Ethiopia, Kenya Agree to Bolster Strategic Partnership as PM Abiy Holds Talks with President Ruto

Feb 29, 2024

Addis Ababa, February 29/2024 (ENA) - Prime Minister Abiy Ahmed, who is on a State Visit to Kenya, held talks with President William Ruto at State House in Nairobi today.

Upon arrival at Jomo Kenyatta International Airport, the Prime Minister and his delegation were welcomed by Prime Cabinet Secretary Musalia Mudavadi and other senior government officials.

During the talks, the two leaders discussed ways of further strengthening the longstanding and strategic relations between the two countries, particularly in trade, infrastructure, energy and regional peace and security.

The leaders agreed to fast-track the implementation of the Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor and the Moyale one-stop border post, and to expand the supply of electricity from Ethiopia to Kenya through the existing interconnector.

Following the talks, the two sides signed memoranda of understanding on cooperation in several areas, including ICT, energy and the management of shared natural resources.

PM Abiy said Ethiopia and Kenya are "twin nations" whose destinies are intertwined, adding that regional integration is the only way to unlock the potential of the Horn of Africa.

President Ruto said Kenya values Ethiopia as a strategic neighbour and appreciated its contribution to regional stability.

The Prime Minister is accompanied by senior officials, including Foreign Minister Taye Atske Selassie.

Related News
- PM Abiy Inaugurates Science Museum Exhibition
- Ethiopia Calls for Fair Representation of Africa in UN Security Council
- Ethio-Djibouti Corridor Performance Improves

Copyright © 2024 Ethiopian News Agency"""))

M.append(dict(id="h72-16", source="kbc.co.ke",
url="https://www.kbc.co.ke/ruto-ramaphosa-agree-visa-free-travel/",
published_at="2022-11-09", body="""KBC | Channel 1 | Radio Taifa | English Service | Live TV

Ruto, Ramaphosa agree on visa-free travel for Kenyans and South Africans

By Margaret Wanjiru | November 9, 2022

President William Ruto and his South African counterpart Cyril Ramaphosa have agreed to waive visa requirements for citizens of the two countries travelling for up to 90 days, starting January next year.

The announcement was made at the Union Buildings in Pretoria on Wednesday after bilateral talks between the two leaders, on the first day of President Ruto's two-day State visit to South Africa.

"Our people will no longer need visas to visit each other. This will boost trade, tourism and people-to-people relations," Ruto said at a joint press briefing.

President Ramaphosa said the two countries had agreed to elevate the Joint Commission for Cooperation to a Bi-National Commission, to be chaired by the heads of state.

The two leaders also discussed the situation in eastern DRC, the peace process in Ethiopia and the African Continental Free Trade Area.

Ruto arrived in Pretoria from Sharm el-Sheikh, Egypt, where he attended the UN climate summit COP27 and addressed world leaders on behalf of Africa.

South Africa is one of Kenya's largest trading partners on the continent, with Kenyan imports from South Africa valued at more than Sh40 billion a year.

The President is accompanied by Foreign Affairs Cabinet Secretary Alfred Mutua and Trade Cabinet Secretary Moses Kuria.

Share on: Facebook | Twitter | WhatsApp

Related: Ruto to attend COP27 in Egypt | Government to lift ban on GMO imports | KBC Radio Taifa frequencies

Copyright © 2022 Kenya Broadcasting Corporation"""))

M.append(dict(id="h72-17", source="english.news.cn",
url="https://english.news.cn/20250424/4e7b19cc02ab4d2f9a3e1f6b58c7d901/c.html",
published_at="2025-04-24", body="""Xi holds talks with Kenyan president

Source: Xinhua | Editor: huaxia | 2025-04-24 21:06:15

BEIJING, April 24 (Xinhua) -- Chinese President Xi Jinping held talks with Kenyan President William Ruto, who is on a state visit to China, at the Great Hall of the People in Beijing on Thursday.

The two heads of state agreed to elevate China-Kenya relations and jointly build an all-weather China-Africa community with a shared future for the new era, setting an example for cooperation among Global South countries.

Xi said China and Kenya are good friends and partners that share weal and woe, and that China is willing to work with Kenya to deepen high-quality Belt and Road cooperation, including the upgrading of the Mombasa-Nairobi Standard Gauge Railway.

Noting the current international situation, Xi said China and Africa should jointly oppose unilateralism and protectionism and safeguard the legitimate rights and interests of developing countries.

Ruto said Kenya firmly adheres to the one-China principle, and welcomes more Chinese investment in infrastructure, manufacturing, agriculture and the digital economy. He said the Standard Gauge Railway has been a transformative project for Kenya.

After the talks, the two heads of state witnessed the signing of more than 20 cooperation documents covering areas such as Belt and Road cooperation, trade, transportation, agriculture, science and technology, and media.

Prior to the talks, Xi held a welcome ceremony for Ruto at the square outside the east gate of the Great Hall of the People. Enditem

Photo: Chinese President Xi Jinping holds a welcome ceremony for Kenyan President William Ruto in Beijing, capital of China, April 24, 2025. (Xinhua/Zhang Mingyu)

Related:
Wang Yi holds phone talks with Egyptian FM
Xinhua Africa: Kenyan avocados arrive in Chinese market by sea

Copyright © 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h72-18", source="citizen.co.za",
url="https://www.citizen.co.za/news/news-world/news-africa/sudan-rsf-leader-dagalo-meets-ramaphosa-in-pretoria/",
published_at="2024-01-04", body="""The Citizen | News | Sport | Business | Opinion | Lifestyle

Sudan's RSF leader meets Ramaphosa in Pretoria as African tour angers army

By Reuters | 4 January 2024 | 5:41 pm

Sudanese paramilitary leader Mohamed Hamdan Dagalo met President Cyril Ramaphosa in Pretoria on Thursday, the latest stop on a regional tour that has angered Sudan's army-led government, which accuses its neighbours of treating him like a head of state.

Dagalo, who commands the Rapid Support Forces (RSF) and is widely known as Hemedti, briefed Ramaphosa on his vision for ending the nine-month war with the army, the South African presidency said in a statement, adding that Ramaphosa had urged both sides to agree to a ceasefire.

On Wednesday, he was received by Kenyan President William Ruto in Nairobi. In late December he held talks with Ugandan President Yoweri Museveni, Ethiopian Prime Minister Abiy Ahmed and Djibouti's President Ismail Omar Guelleh, his first public appearances abroad since the war began in April.

Sudan's foreign ministry said on Thursday it had recalled its ambassador in Nairobi for consultations in protest at the reception given to Dagalo, and accused some countries of "complicity" with a militia that had committed atrocities.

Dagalo is expected in Kigali on Friday, according to a source close to the RSF.

The army chief, Gen. Abdel Fattah al-Burhan, has rejected a meeting with Dagalo proposed by the regional bloc IGAD, saying there would be no talks before the RSF withdraws from civilian areas.

The war has killed more than 12,000 people and displaced more than 7 million, according to the United Nations.

Reporting by Amira Hassan in Cairo and Peter Otieno in Nairobi; Editing by Mark Halloran

Most Read
1. Eskom: Stage 2 load shedding from 5am
2. Lotto results: Wednesday, 3 January 2024
3. Petrol price expected to drop again in February

Sign up to The Citizen's newsletter"""))

M.append(dict(id="h72-19", source="defense.gov",
url="https://www.defense.gov/News/Releases/Release/Article/3537201/readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-kenyan-cabinet-secretary-for-defence-aden-duale/",
published_at="2023-09-25", body="""U.S. Department of Defense | Releases

Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Kenyan Cabinet Secretary for Defence Aden Duale

Sept. 25, 2023

Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout:

Secretary of Defense Lloyd J. Austin III met today with Kenyan Cabinet Secretary for Defence Aden Duale in Nairobi, Kenya. During the meeting, the two leaders signed a defense cooperation agreement that will guide the bilateral defense relationship for the next five years.

Secretary Austin thanked Cabinet Secretary Duale for Kenya's leadership on regional security, including its contributions to the fight against al-Shabaab, and for its willingness to lead a Multinational Security Support mission to help Haiti restore security. Both leaders discussed ways to strengthen cooperation on maritime security, counterterrorism and professional military education.

Secretary Austin also called on President William Ruto at State House, where they discussed the shared commitment to a stable and prosperous East Africa.

Secretary Austin arrived in Nairobi from Djibouti, the first stop of his trip to the continent. He will travel to Luanda on Wednesday, where he is scheduled to meet Angolan President João Lourenço and deliver remarks, the first visit by a U.S. Secretary of Defense to Angola.

Related:
Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Djiboutian President Ismail Omar Guelleh
Austin Heads to Africa to Highlight Security Partnerships

Subscribe to Defense.gov Products | Choose which Defense.gov products you want delivered to your inbox."""))

M.append(dict(id="h72-20", source="guardian.ng",
url="https://guardian.ng/news/tinubu-uae-president-agree-on-resumption-of-flights-lifting-of-visa-ban/",
published_at="2023-09-11", body="""Guardian Nigeria | Subscribe | E-paper | News | Politics | Business

N745/$ (official) | N950/$ (parallel) | Brent $90.64

Tinubu, UAE President agree on resumption of flights, lifting of visa ban

By News Agency of Nigeria | 11 September 2023 | 6:25 pm

President Bola Tinubu and the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, have reached an agreement that will see the immediate resumption of flights by Emirates and Etihad Airways into Nigeria and the lifting of a visa ban on Nigerian travellers.

The Special Adviser to the President on Media and Publicity, Ajuri Ngelale, made this known in a statement after the two leaders held talks in Abu Dhabi on Monday.

Tinubu arrived in Abu Dhabi on Sunday from New Delhi, where he attended the G20 Leaders' Summit and held talks with Indian Prime Minister Narendra Modi.

According to the statement, Nigeria will not be required to make any immediate payment under the deal, and the two countries will follow up on other investment commitments, including in the defence and agriculture sectors.

"This is the beginning of a new era in the relations between our two countries," Ngelale quoted Tinubu as saying.

Emirates suspended flights to Nigeria in 2022 over about $85 million in trapped funds, and the UAE stopped issuing visas to Nigerians in October 2022.

The President is expected back in Abuja later in the week before travelling to New York for the 78th session of the United Nations General Assembly.

NAN

Related: Naira depreciates at parallel market | Senate confirms service chiefs

Comments"""))

M.append(dict(id="h72-21", source="nation.africa",
url="https://nation.africa/africa/news/rubio-urges-kagame-to-back-ceasefire-as-m23-pushes-beyond-goma-4907711",
published_at="2025-01-29", body="""Nation | Africa | Subscribe for full access

Rubio urges Kagame to back ceasefire as M23 pushes beyond Goma

Wednesday, January 29, 2025 | REUTERS

US Secretary of State Marco Rubio spoke by phone with Rwandan President Paul Kagame on Wednesday and urged an immediate ceasefire in eastern Democratic Republic of Congo, where Rwanda-backed M23 rebels have seized most of Goma, the State Department said.

Rubio said Washington was "deeply troubled" by the escalation and called for respect of Congo's sovereign territorial integrity, spokesperson Tammy Bruce said in a statement. In a separate call on Tuesday, Rubio told Congolese President Felix Tshisekedi that the United States condemned the attack on Goma.

Kenya's President William Ruto, the chair of the East African Community, convened a virtual summit of regional leaders on Wednesday. Kagame took part, but Tshisekedi did not join, a Congolese official said.

Ruto had said on Sunday that he had spoken with both Tshisekedi and Kagame and that they had agreed to attend. The bloc is also planning a joint summit with the Southern African Development Community on the crisis.

Protesters in Kinshasa on Tuesday attacked several embassies, including those of Rwanda, France, Belgium, the United States and Kenya. Congo cut diplomatic ties with Rwanda at the weekend.

Rwanda denies backing M23 but says its security is threatened by a militia of Hutu fighters in Congo.

(Reporting by Helen Corbett in Washington and Patrick Mbuyi in Kinshasa; Editing by Diane Cole)

Also on Nation
- Goma residents flee as fighting spreads to Bukavu road
- Mudavadi: Kenya's embassy in Kinshasa looted
- Shilling steady against dollar

Download the Nation app"""))

M.append(dict(id="h72-22", source="apnews.com",
url="https://apnews.com/article/biden-angola-lourenco-lobito-africa-trip-5a8c3e1b",
published_at="2024-12-03", body="""Biden meets Angola's Lourenço on long-promised Africa trip, touts Lobito rail project

By ELAINE PARKS and DANIEL MWANGI | December 3, 2024

LUANDA, Angola (AP) — President Joe Biden on Tuesday held talks with Angolan President João Lourenço at the presidential palace in Luanda, making good on a long-delayed promise to visit Africa in the final weeks of his term.

Biden praised Angola's shift toward the United States after decades of close ties with Russia and China, and said Washington was "all in" on Africa. Lourenço said the visit marked "a new chapter" in relations between the two countries.

The U.S. leader later spoke at the National Museum of Slavery, on the site of a former slave port, about the "original sin" of slavery.

On Wednesday, Biden is scheduled to travel to the port city of Lobito to see the Lobito Corridor, a U.S.-backed railway project linking mines in Congo and Zambia to the Atlantic coast, and to attend a summit with Lourenço and the leaders of Congo, Zambia and Tanzania on the project.

Biden stopped in Cabo Verde on Monday on his way to Angola and met Prime Minister Ulisses Correia e Silva at the airport on the island of Sal.

The trip has been overshadowed at home by Biden's decision to pardon his son Hunter. The White House said Biden was first promised the visit in 2022, but it was postponed in October because of Hurricane Milton.

Copyright 2024 The Associated Press. All Rights Reserved.

Related Stories
Trump picks envoy for Africa ties
China's Xi hosts African leaders at Beijing summit
Biden's Africa trip: what to know"""))

M.append(dict(id="h72-23", source="tass.com",
url="https://tass.com/politics/1954217",
published_at="2025-05-10", body="""TASS | Russian News Agency | Politics | World | Business & Economy | Military & Defense

Putin, Burkina Faso leader Traore hold talks in Kremlin

MOSCOW, May 10. /TASS/. Russian President Vladimir Putin held talks in the Kremlin on Saturday with Burkina Faso's President Captain Ibrahim Traore, who came to Moscow for the celebrations of the 80th anniversary of Victory in the Great Patriotic War.

"We are glad to see you. Our relations are developing, including in the economy, in security and in the humanitarian sphere," Putin said at the beginning of the meeting.

Traore thanked Russia for its support in the fight against terrorism and for supplies of grain and fertilizers, saying that the two countries were "fighting for the same things: sovereignty and dignity".

The sides discussed the implementation of the intergovernmental agreement on cooperation in the peaceful use of nuclear energy, including plans to build a nuclear power plant in Burkina Faso with the participation of Rosatom, as well as cooperation in geological exploration and education.

Kremlin aide Yury Ushakov told reporters that Traore had invited Putin to visit Burkina Faso and that the invitation had been accepted with gratitude, without specifying dates.

On Friday, Traore attended the military parade on Red Square along with more than 20 foreign leaders, including Chinese President Xi Jinping, who was on a state visit to Russia.

Russia opened its embassy in Ouagadougou at the end of 2023.

More news
Putin, Xi sign joint statement on deepening comprehensive partnership
Lavrov to hold talks with Malian counterpart in Moscow
Medvedev: Russia ready for talks

TASS | Terms of use"""))

M.append(dict(id="h72-24", source="the-star.co.ke",
url="https://www.the-star.co.ke/news/africa/2024-02-17-au-summit-opens-in-addis-under-shadow-of-wars-and-ethiopia-somalia-row",
published_at="2024-02-17", body="""The Star | Kenya | News | Counties | Africa | Business | Sports

AU summit opens in Addis under shadow of wars and Ethiopia-Somalia row

By AFP | Saturday, 17 February 2024 - 17:20

African leaders opened their annual summit in Addis Ababa on Saturday, with conflicts in Sudan and eastern DRC, a string of coups in West Africa and a row between Ethiopia and Somalia dominating the agenda.

Mauritanian President Mohamed Ould Ghazouani took over the rotating chairmanship of the African Union from Comoros President Azali Assoumani.

Brazilian President Luiz Inacio Lula da Silva, the guest of honour, addressed the opening session and called for reform of global institutions. On Friday he held talks with Ethiopian Prime Minister Abiy Ahmed, and on the sidelines met Palestinian Prime Minister Mohammad Shtayyeh. Lula arrived in Addis from Cairo, where he held talks with President Abdel Fattah al-Sisi on Thursday.

Somalia's President Hassan Sheikh Mohamud accused Ethiopian security forces of trying to prevent him from entering the summit venue, a charge Addis Ababa rejected. Relations have been strained since Ethiopia signed a port deal with the breakaway region of Somaliland in January.

AU Commission chief Moussa Faki Mahamat criticised what he called "unconstitutional changes of government" in the Sahel and deplored the planned withdrawal of Mali, Burkina Faso and Niger from ECOWAS.

The summit is also due to discuss the African Continental Free Trade Area, whose implementation has been slow.

AFP

Read also
- Ruto: Africa must speak with one voice on climate finance
- Kenya, Ethiopia to fast-track Moyale road upgrade
- Shilling gains against dollar"""))

M.append(dict(id="h72-25", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2025-03/18/amir-hosts-presidents-of-drc-and-rwanda-in-doha",
published_at="2025-03-18", body="""Qatar News Agency | QNA | Local | Politics | Economy | Sport

Amir Hosts Meeting Between Presidents of DRC, Rwanda in Doha; Joint Statement Calls for Ceasefire

Doha, March 18 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani hosted on Tuesday a tripartite meeting with HE President of the Democratic Republic of the Congo Felix Tshisekedi and HE President of the Republic of Rwanda Paul Kagame.

The meeting is the first between the two presidents since the escalation in eastern DRC earlier this year.

In a joint statement, the three leaders affirmed the commitment of both parties to an immediate and unconditional ceasefire, and agreed on the need to continue the discussions initiated in Doha to build solid foundations for a lasting peace, in line with the Luanda and Nairobi processes and the joint EAC-SADC summit.

The Presidents of the DRC and Rwanda expressed their appreciation to His Highness the Amir for the State of Qatar's efforts and for hosting the meeting.

HE Minister of State at the Ministry of Foreign Affairs Dr Mohammed bin Abdulaziz Al-Khulaifi attended the meeting.

QNA

Other news
- Amir receives phone call from US President
- Prime Minister and Minister of Foreign Affairs meets Iranian Foreign Minister
- Qatar Fund for Development signs agreement to support Syrian health sector

© Qatar News Agency 2025"""))

M.append(dict(id="h72-26", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/en/politica/noticia/2023-08/lula-arrives-angola-state-visit",
published_at="2023-08-25", body="""Agência Brasil | Politics | Economy | International | Português | Español | English

Lula arrives in Angola for state visit after BRICS summit

Published on 25/08/2023 - 14:10 | By Mariana Toledo - Reporter, Agência Brasil - Luanda

President Luiz Inácio Lula da Silva arrived in Luanda on Friday morning for a state visit to Angola, the second leg of his trip to Africa, which began with the BRICS summit in Johannesburg.

Lula was received by President João Lourenço at the Presidential Palace, where the two leaders held a private meeting followed by talks between the delegations. Seven agreements are due to be signed, including in health, agriculture, higher education and tourism.

It is Lula's first visit to Angola since returning to the presidency in January, and his fourth to the country overall. Angola is Brazil's main trading partner in sub-Saharan Africa after Nigeria and South Africa.

"Brazil is back to Africa, and it is back to stay," Lula said in a speech to the National Assembly.

On Saturday, Lula will fly to São Tomé and Príncipe, where he will attend the summit of the Community of Portuguese Language Countries (CPLP) on Sunday and hold a bilateral meeting with President Carlos Vila Nova.

The president is accompanied by Foreign Minister Mauro Vieira and the ministers of Health, Nísia Trindade, and of Racial Equality, Anielle Franco.

Edited by: Tereza Barbosa

License: Creative Commons 3.0 | Read also: Lula defends BRICS expansion in Johannesburg | Brazil's trade surplus hits record in July"""))
