# Medium wire-style stories (1,200-2,000 characters), h34-13 .. h34-26
M = []

M.append(dict(id="h34-13", source="english.news.cn",
url="https://english.news.cn/africa/20240116/3b7e91c0d2a84f6e9c51a0f2e8d4b7a3/c.html",
published_at="2024-01-16", body="""Togolese president meets Chinese FM

Source: Xinhua  Editor: Zhang Long  2024-01-16 22:08:37

LOME, Jan. 16 (Xinhua) -- Togolese President Faure Gnassingbe met with visiting Chinese Foreign Minister Wang Yi in Lome on Tuesday, with both sides pledging to deepen the traditional friendship and practical cooperation between the two countries.

Gnassingbe said Togo appreciated China's long-standing support for its development and was willing to work with China to implement the outcomes of the Forum on China-Africa Cooperation (FOCAC). He said he looked forward to attending the new FOCAC summit to be held in China later this year.

Wang, who is also a member of the Political Bureau of the Communist Party of China Central Committee, said China and Togo are good friends who trust each other, and that China is ready to expand cooperation with Togo in infrastructure, agriculture, the digital economy and the development of the Lome port.

Earlier in the day, Wang held talks with Togolese Minister of Foreign Affairs Robert Dussey. The two sides exchanged views on the security situation in the Sahel and coastal West Africa, and agreed to strengthen coordination in multilateral affairs.

Togo is the third stop of Wang's African tour, which has already taken him to Egypt and Tunisia. Wang will travel to Cote d'Ivoire on Wednesday, the last leg of the trip.

It has been a tradition for 34 consecutive years for the Chinese foreign minister to choose Africa as the destination of his first overseas visit each year. Enditem

Related:
Chinese FM holds talks with Tunisian counterpart
Xi sends congratulatory message to new Comorian leader

Most viewed | Photos | Video

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h34-14", source="president.go.ke",
url="https://www.president.go.ke/president-ruto-hosts-eritrean-president-isaias-afwerki/",
published_at="2023-02-09", body="""The Presidency | Republic of Kenya
Home | Press Releases | Speeches | Gallery

President Ruto Hosts Eritrean President Isaias Afwerki at State House

Thursday, February 9, 2023

President William Ruto has hosted Eritrean President Isaias Afwerki, who is in the country for a two-day state visit, at State House, Nairobi.

The two leaders held bilateral talks on trade, security and regional stability, and later witnessed the signing of an agreement on the waiver of visa requirements for citizens of both countries.

President Ruto said Kenya and Eritrea share a common interest in a peaceful and prosperous Horn of Africa and will work closely in the search for lasting solutions to conflicts in the region.

"Our two countries have a responsibility to ensure our region is stable. We have agreed to deepen our cooperation in trade, agriculture and security," the President said.

President Isaias said Eritrea valued Kenya's role in regional peace efforts, including the implementation of the Pretoria agreement that ended the war in northern Ethiopia.

The Eritrean leader, who arrived on Wednesday evening, was received at Jomo Kenyatta International Airport by Foreign and Diaspora Affairs Cabinet Secretary Alfred Mutua.

President Ruto accepted an invitation to visit Asmara at a date to be agreed.

The visit is the first by President Isaias to Kenya in more than a decade.

Present were Deputy President Rigathi Gachagua, Prime Cabinet Secretary Musalia Mudavadi and Eritrean Foreign Minister Osman Saleh.

Related Releases
President Ruto to attend AU Summit in Addis Ababa
Kenya, Ethiopia agree to fast-track LAPSSET corridor

Share: Facebook | Twitter | LinkedIn

© 2023 The Presidency. All rights reserved."""))

M.append(dict(id="h34-15", source="news24.com",
url="https://www.news24.com/news24/politics/kagame-hits-back-at-ramaphosa-over-account-of-phone-call-20250129",
published_at="2025-01-29", body="""News24 | Subscribe

POLITICS
Kagame hits back at Ramaphosa over account of their phone call on DRC

Thandeka Dube
29 Jan 2025

Rwandan President Paul Kagame has accused President Cyril Ramaphosa of distorting what was said in a phone call between them on the fighting in eastern DRC, in which 13 South African soldiers have been killed.

Ramaphosa said on Tuesday that he had spoken to Kagame and to DRC President Félix Tshisekedi, as well as to UN Secretary-General António Guterres, and that there was agreement on the need for an immediate ceasefire and a return to peace talks.

He said the soldiers, deployed with the SADC mission in the DRC, had been killed in attacks by the M23 rebels and what he called the "Rwanda Defence Force militia".

Kagame responded on X, saying some of what had been reported about the call was "distorted" and that the SADC force was "not a peacekeeping force" but a belligerent fighting alongside groups hostile to Rwanda.

"If South Africa prefers confrontation, Rwanda will deal with the matter in that context any day," he wrote.

Defence Minister Angie Motshekga said earlier that she had warned M23 that any further attack on South African troops would be treated as a declaration of war.

Ramaphosa is due to travel to Dar es Salaam for a joint summit of SADC and the East African Community on the crisis, which is expected to take place next week.

Opposition parties have called for South African troops to be brought home.

Read | Families of fallen soldiers demand answers
Read | Goma: M23 claims control of city centre

Subscribe to News24 for R75 per month. Cancel anytime.

Tags: Paul Kagame, Cyril Ramaphosa, DRC, SANDF, M23"""))

M.append(dict(id="h34-16", source="sis.gov.eg",
url="https://www.sis.gov.eg/Story/156712/President-El-Sisi-arrives-in-Djibouti?lang=en-us",
published_at="2021-05-27", body="""State Information Service | Arab Republic of Egypt
Home | Presidency | Egypt's Foreign Policy | News

President El-Sisi Arrives in Djibouti in First Visit by an Egyptian President

Thursday, 27 May 2021 - 02:15 PM

President Abdel Fattah El-Sisi arrived on Thursday in Djibouti, on the first visit by an Egyptian President to the country, where he was received at the airport by President Ismail Omar Guelleh.

Presidential Spokesman Bassam Rady said the two presidents held a closed session followed by expanded talks attended by the two countries' delegations.

President El-Sisi affirmed Egypt's keenness to boost cooperation with Djibouti in various fields, especially infrastructure, health, electricity, renewable energy and the establishment of an Egyptian logistics zone in Djibouti, as well as the opening of a branch of an Egyptian bank.

The two presidents also discussed the security of the Red Sea and the Bab el-Mandeb strait, and the latest developments regarding the Grand Ethiopian Renaissance Dam, with President El-Sisi stressing the importance of reaching a legally binding agreement on the filling and operation of the dam.

President Guelleh praised the historic visit and said Djibouti looked forward to wider Egyptian investment.

The President was accompanied by Foreign Minister Sameh Shoukry and General Intelligence chief Abbas Kamel.

President El-Sisi is set to return to Cairo later on Thursday.

Other News
- Foreign Minister Shoukry receives phone call from Sudanese counterpart
- Cabinet approves new investment incentives
- Egypt's exports to Africa up 12 percent

SIS | Copyright 2021"""))

M.append(dict(id="h34-17", source="mapnews.ma",
url="https://www.mapnews.ma/en/actualites/royal-activities/hm-king-receives-mauritanian-president-casablanca",
published_at="2024-12-21", body="""MAP | Maghreb Arabe Presse
Royal Activities | Politics | Economy | Society | Sahara

HM the King Receives President of Mauritania at Royal Residence in Casablanca

Saturday 21 December 2024 - 09:15

Casablanca - His Majesty King Mohammed VI, accompanied by HRH Crown Prince Moulay El Hassan and HH Prince Moulay Rachid, received on Friday at the Royal Residence in Casablanca the President of the Islamic Republic of Mauritania, Mohamed Ould Cheikh El Ghazouani, who is on a private visit to the Kingdom.

This meeting was an opportunity to welcome the excellent relations of brotherhood and cooperation between the two countries and peoples, a statement from the Royal Office said.

The two Heads of State discussed ways to develop a strategic partnership between the two countries and to launch structuring projects, in particular in the field of energy, including the Nigeria-Morocco gas pipeline and electricity interconnection.

The talks also covered the Royal initiative to facilitate access for the Sahel countries to the Atlantic Ocean, as well as coordination on regional issues.

HM the King then offered a lunch in honour of the Mauritanian President.

The meeting was attended by Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita and Mauritanian Minister of Foreign Affairs Mohamed Salem Ould Merzoug.

Other news
- Bourita holds phone talks with Gambian counterpart
- Morocco, EU discuss post-ruling fisheries relations
- Dakhla: new desalination plant on track

MAP © 2024"""))

M.append(dict(id="h34-18", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_5236418",
published_at="2025-01-11", body="""Ethiopian News Agency

Politics
PM Abiy, President Hassan Sheikh Mohamud Hold Talks in Addis Ababa

Addis Ababa, January 11/2025 (ENA) Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held talks in Addis Ababa today, in the first visit by the Somali leader to Ethiopia since the signing of the Ankara Declaration last month.

President Hassan Sheikh, who arrived this morning on a working visit at the invitation of the Prime Minister, was welcomed at Addis Ababa Bole International Airport by senior government officials.

In a joint communique issued after the talks, the two leaders reaffirmed their commitment to the Ankara Declaration and agreed to restore full diplomatic representation in their respective capitals.

The two sides also agreed to deepen cooperation on security, trade and infrastructure, and to work together for the success of the African Union mission in Somalia, in which Ethiopian troops are expected to remain.

Prime Minister Abiy said Ethiopia and Somalia are "bound by geography, culture and a shared destiny," and that the two peoples should not be divided by misunderstandings.

President Hassan Sheikh thanked the Prime Minister for his hospitality and said the visit marked a new beginning for relations.

The leaders agreed to continue high-level exchanges, including reciprocal visits.

Other News
- Ethiopia, China sign agreement on industrial parks
- Gov't unveils new dry port in Dire Dawa

© 2025 Ethiopian News Agency"""))

M.append(dict(id="h34-19", source="aps.dz",
url="https://www.aps.dz/en/algeria/50214-attaf-begins-working-visit-to-nigeria-benin-and-ghana",
published_at="2023-08-24", body="""Algeria Press Service
Algeria | World | Economy | Regions | Culture

Attaf in Abuja on first leg of working visit to Nigeria, Benin and Ghana

Thursday, 24 August 2023 11:02

ABUJA - Minister of Foreign Affairs and National Community Abroad, Ahmed Attaf, arrived Wednesday in Abuja, first stop of a working visit that will also take him to Benin and Ghana, three member countries of the Economic Community of West African States (ECOWAS), as part of consultations on the crisis in Niger.

Upon his arrival, Attaf was received by Nigerian Minister of Foreign Affairs Yusuf Tuggar, with whom he held talks on the situation in the region.

Attaf is carrying a message from President of the Republic Abdelmadjid Tebboune to President Bola Ahmed Tinubu, who currently chairs ECOWAS.

According to a statement by the Ministry of Foreign Affairs, the visit aims to exchange views on ways to spare Niger and the region the risk of a military intervention, and to promote a peaceful political solution that restores constitutional order.

Algeria, which shares a border of nearly 1,000 kilometres with Niger, has repeatedly warned that foreign military intervention would have dangerous consequences for the whole Sahel region.

Attaf is due in Cotonou on Thursday before travelling to Accra.

Other news
- Attaf receives Ambassador of Mali
- Tebboune chairs Council of Ministers meeting

Algeria Press Service © 2023"""))

M.append(dict(id="h34-20", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/top-news/senegals-faye-in-abuja-meets-tinubu.html",
published_at="2024-05-25", body="""We use cookies to personalise content and ads. By using this site you agree to our cookie policy. OK

Support PREMIUM TIMES' journalism of integrity and credibility

Top News
Senegal's Faye in Abuja, pledges to help keep Sahel states in ECOWAS

By Amina Bello
May 25, 2024

Senegal's newly elected President, Bassirou Diomaye Faye, on Saturday held talks with President Bola Tinubu at the State House, Abuja, on his first visit to Nigeria since taking office in April.

Mr Faye, 44, told journalists after the closed-door meeting that Senegal would work with Nigeria, the current chair of ECOWAS, to prevent the break-up of the regional bloc following the decision of Mali, Burkina Faso and Niger to quit the organisation.

"We must do everything to bring our brothers back. ECOWAS without them is weaker," Mr Faye said.

Mr Tinubu described the Senegalese leader's election as a "victory for democracy in West Africa" and pledged Nigeria's support.

Since his inauguration, Mr Faye has visited Mauritania and The Gambia. His office in Dakar said on Saturday that he will travel to Bamako and Ouagadougou on Thursday for talks with the military leaders of Mali and Burkina Faso.

The Senegalese president's visit to Abuja lasted a few hours. He returned to Dakar on Saturday evening.

READ ALSO:
Tinubu to attend Chad president's inauguration
ECOWAS court orders release of activists

Tags: Bassirou Diomaye Faye, Bola Tinubu, ECOWAS, Senegal"""))

M.append(dict(id="h34-21", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-president-in-gambia-on-2nd-leg-of-africa-tour/1715120",
published_at="2020-01-27", body="""Anadolu Agency

POLITICS
Turkish president in Gambia on 2nd leg of Africa tour

Erdogan, Barrow hold talks in Banjul; several agreements signed

Ahmet Yilmaz | 27.01.2020

BANJUL, Gambia

Turkish President Recep Tayyip Erdogan arrived in Gambia on Monday on the second leg of his three-nation tour of Africa, after visiting Algeria.

Erdogan was welcomed by Gambian President Adama Barrow at Banjul International Airport with an official ceremony.

The two leaders later held a tete-a-tete meeting at the State House, followed by inter-delegation talks.

Following the talks, the two countries signed several agreements in areas including defense industry, health, tourism, youth and sports, and military training.

It is the first visit by a Turkish president to Gambia.

Erdogan told a joint news conference that Turkey aimed to raise its trade volume with Gambia, and announced plans to open a Turkish Cooperation and Coordination Agency (TIKA) office in Banjul.

Barrow thanked Turkey for its support to Gambia's democratic transition.

Erdogan is accompanied by his wife Emine Erdogan, Foreign Minister Mevlut Cavusoglu, Treasury and Finance Minister Berat Albayrak and Trade Minister Ruhsar Pekcan.

He will leave for Senegal on Tuesday, the final leg of his tour, where he is expected to meet President Macky Sall.

*Writing by Ahmet Yilmaz in Ankara

Related news
Turkey, Algeria agree to boost trade to $5B

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form."""))

M.append(dict(id="h34-22", source="suna-sd.net",
url="https://suna-sd.net/en/read?id=758112",
published_at="2023-09-04", body="""Sudan News Agency (SUNA)

Politics
Sovereignty Council Chairman Arrives in Juba, Holds Talks with President Salva Kiir

Juba, Sept. 4 (SUNA) - The Chairman of the Transitional Sovereignty Council and Commander-in-Chief of the Armed Forces, General Abdel Fattah Al-Burhan, arrived in Juba on Monday on a one-day visit to the Republic of South Sudan, where he was received at the airport by President Salva Kiir Mayardit.

The two presidents held a closed-door session, followed by expanded talks attended by the delegations of the two countries.

The talks dealt with the situation in Sudan since the outbreak of the war launched by the Rapid Support militia, bilateral relations and the flow of South Sudanese oil through Sudanese territory to Port Sudan.

General Al-Burhan briefed President Kiir on the position of the Sudanese government and its vision for ending the war.

The Chairman of the Sovereignty Council was accompanied by the acting Minister of Foreign Affairs, Ambassador Ali Al-Sadiq, and the Director General of the General Intelligence Service, General Ahmed Ibrahim Mufaddal.

The visit is the second trip abroad by Al-Burhan since the start of the war, after his visit to Egypt last week, where he met President Abdel Fattah El-Sisi in El Alamein.

Diplomatic sources said Al-Burhan could travel to Qatar next, though no date has been announced.

Al-Burhan returns to Port Sudan this evening.

SUNA | Sudan News Agency"""))

M.append(dict(id="h34-23", source="nation.africa",
url="https://nation.africa/kenya/news/kenya-haiti-sign-deal-paving-way-for-police-deployment-4541092",
published_at="2024-03-02", body="""Sign in | Subscribe

News

Kenya, Haiti sign deal paving way for police deployment

President William Ruto and Haitian Prime Minister Ariel Henry at State House, Nairobi, on March 1, 2024. PHOTO | PCS

By Kevin Otieno
Nation Media Group
Saturday, March 02, 2024

Kenya and Haiti on Friday signed a reciprocal agreement that the government says meets the conditions set by the High Court for the deployment of Kenyan police officers to the Caribbean nation.

President William Ruto and Haitian Prime Minister Ariel Henry witnessed the signing at State House, Nairobi. The agreement was signed by Interior Cabinet Secretary Kithure Kindiki and Haitian officials.

Dr Ruto said the two leaders had discussed the next steps to fast-track the deployment, which is to be led by Kenya under a United Nations-backed multinational security support mission.

"Kenya is committed to contributing to the success of this multinational mission. It is a historic mission," the President said.

Mr Henry arrived in Nairobi on Thursday from Guyana, where he attended a summit of Caribbean Community leaders.

In January, High Court Judge Chacha Mwita blocked the deployment, ruling that the National Security Council lacked the authority to send police abroad without a reciprocal arrangement with the host country.

Omtatah Okoiti, the Busia senator who filed the case, said he would return to court.

ADVERTISEMENT

RELATED
• Gangs attack Port-au-Prince police stations
• Court blocks police deployment to Haiti

Topics: Haiti, William Ruto, Ariel Henry, Police"""))

M.append(dict(id="h34-24", source="usnews.com",
url="https://www.usnews.com/news/world/articles/2024-02-18/brazils-lula-compares-gaza-war-to-holocaust-at-african-union-summit",
published_at="2024-02-18", body="""U.S. News & World Report
World News

Brazil's Lula Compares Gaza War to Holocaust at African Union Summit

By Reuters
Feb. 18, 2024, at 10:14 a.m.

ADDIS ABABA (Reuters) - Brazilian President Luiz Inacio Lula da Silva on Sunday compared Israel's military campaign in Gaza to the Holocaust, drawing a furious response from Israeli leaders, as he wrapped up a visit to Ethiopia where he attended the African Union summit as a guest.

"What is happening in the Gaza Strip is not a war, it is a genocide," Lula told reporters in Addis Ababa, adding that it resembled what Hitler did to the Jews.

Israeli Prime Minister Benjamin Netanyahu said the remarks were "shameful and serious" and crossed a red line. Foreign Minister Israel Katz said he would summon Brazil's ambassador for a reprimand.

Lula met Palestinian Prime Minister Mohammad Shtayyeh on the sidelines of the summit on Saturday and reaffirmed Brazil's support for a Palestinian state, according to Brazil's presidency.

On Friday, Lula held talks with Ethiopian Prime Minister Abiy Ahmed on trade, agriculture and debt relief, on the first state visit by a Brazilian president to the country in more than a decade.

He had arrived in Addis Ababa from Cairo, where he met President Abdel Fattah al-Sisi.

(Reporting by Reuters staff; Editing by Andrew Heavens)

Copyright 2024 Thomson Reuters.

Tags: Brazil, Israel, Ethiopia"""))

M.append(dict(id="h34-25", source="dailynews.co.tz",
url="https://dailynews.co.tz/samia-museveni-sign-eacop-deals-in-entebbe/",
published_at="2021-04-12", body="""Daily News
Tanzania's leading English newspaper

Samia, Museveni sign EACOP deals in Entebbe

By Correspondent, Entebbe
April 12, 2021

President Samia Suluhu Hassan and her Ugandan counterpart, Yoweri Museveni, yesterday witnessed the signing of key agreements for the East African Crude Oil Pipeline (EACOP), clearing the way for construction of the 1,443-kilometre pipeline from Hoima in Uganda to Chongoleani in Tanga.

The agreements, signed at State House in Entebbe, include the host government agreement between Tanzania and the project company, the shareholding agreement and the tariff and transportation agreement.

The trip to Uganda is President Samia's first foreign trip since she was sworn in as Tanzania's sixth President on March 19, following the death of President John Magufuli.

Speaking at the ceremony, President Samia said the pipeline would create thousands of jobs and boost trade between the two countries.

President Museveni said the project, which will cost about $3.5 billion, was a sign of the strong brotherhood between Uganda and Tanzania. "This pipeline will be the longest heated pipeline in the world," he said.

Executives from France's Total and China's CNOOC attended the ceremony.

President Museveni accepted an invitation to visit Tanzania for the launch of construction works in Tanga.

President Samia returned home last evening.

Share: Facebook | Twitter | WhatsApp

Related: Tanzania, Uganda to fast-track pipeline compensation"""))

M.append(dict(id="h34-26", source="tass.com",
url="https://tass.com/defense/1715662",
published_at="2023-12-04", body="""TASS

DEFENSE
Russia, Niger sign documents on strengthening military cooperation

The Russian delegation led by Deputy Defense Minister Yunus-Bek Yevkurov held talks with the head of the National Council for the Safeguard of the Homeland, General Abdourahamane Tiani

NIAMEY, December 4. /TASS/. A Russian Defense Ministry delegation led by Deputy Defense Minister Yunus-Bek Yevkurov has arrived in Niamey and held talks with Niger's leader, General Abdourahamane Tiani, the Nigerien state television reported on Monday.

Following the talks, the Russian and Nigerien sides signed documents on strengthening military cooperation between the two countries, the report said. Niger's Defense Minister, General Salifou Mody, took part in the meeting.

The parties discussed the situation in the region and prospects for cooperation in the military and defense sphere.

Earlier, the Russian delegation headed by Yevkurov visited Mali and Burkina Faso.

Niger's military authorities came to power after the July 26 coup, which removed President Mohamed Bazoum. In recent weeks, Niamey has revoked agreements on military cooperation with the European Union.

French troops are due to complete their withdrawal from Niger by the end of the year at the demand of the military government.

Tags: Russia, Niger, Military cooperation

Subscribe to TASS on Telegram"""))
