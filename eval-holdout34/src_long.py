# Long pages (2,500-4,500 characters), h34-01 .. h34-12
A = []

A.append(dict(id="h34-01", source="newtimes.co.rw",
url="https://www.newtimes.co.rw/news/rwanda-china-sign-15-deals-xi-wraps-up-state-visit",
published_at="2018-07-23", body="""Subscribe to our newsletter | e-Paper | Advertise with us

USD/RWF 881.20 | KES/RWF 8.76 | UGX/RWF 0.24 | Kigali 27°C

NATIONAL
Rwanda, China sign 15 deals as Xi wraps up state visit

By Diane Mukamana
Monday, July 23, 2018

President Paul Kagame and Chinese President Xi Jinping review a guard of honour at Village Urugwiro on Monday. Photo: Village Urugwiro

Rwanda and China on Monday signed fifteen cooperation agreements as Chinese President Xi Jinping ended a two-day state visit to Kigali, the first by a Chinese head of state since the two countries established diplomatic ties in 1971.

The instruments, inked by ministers from both sides in the presence of the two presidents at Village Urugwiro, cover infrastructure financing, e-commerce, civil aviation, human resource development, science and technology, media and culture, as well as the mutual waiver of visa requirements for holders of diplomatic and service passports.

Speaking after the closed-door talks, President Kagame said the partnership with Beijing had been built on "mutual respect" and described China as a country that "relates with Africa as an equal". He thanked Xi for supporting the African Union's institutional reforms, which Kagame is steering as the current AU chairperson.

Xi, who flew in on Sunday afternoon and was welcomed at Kigali International Airport by Kagame and First Lady Jeannette Kagame, said China would continue to back Rwanda's development priorities "without attaching any political strings". Earlier in the day he laid a wreath at the Kigali Genocide Memorial in Gisozi, where more than 250,000 victims of the 1994 Genocide against the Tutsi are buried.

The Chinese leader arrived from Dakar, where he had held talks with Senegalese President Macky Sall on Saturday, and before that he was in Abu Dhabi. From Kigali he heads to South Africa for a state visit, during which he will hold talks with President Cyril Ramaphosa in Pretoria on Tuesday before the 10th BRICS summit opens in Johannesburg. On his way home, Xi will make a friendly visit to Mauritius, where he is expected to meet Prime Minister Pravind Jugnauth.

Kagame is expected in Beijing in early September for the summit of the Forum on China-Africa Cooperation (FOCAC), which he will attend in his capacity as AU chair.

Modi due this evening

Xi's departure will be followed within hours by the arrival of Indian Prime Minister Narendra Modi, who is due in Kigali on Monday evening for a two-day visit, the first ever by an Indian prime minister to Rwanda.

Modi and Kagame are scheduled to hold talks on Tuesday, after which several agreements on defence, trade, agriculture and leather are expected to be signed. India is also set to announce two lines of credit for industrial parks and irrigation. The Indian leader will visit the genocide memorial and donate 200 cows to vulnerable households in Rweru village, Bugesera District, under the Girinka programme.

From Kigali, Modi will travel to Uganda, where he will hold talks with President Yoweri Museveni and address a joint sitting of Parliament, before he too attends the BRICS summit in Johannesburg.

"Two major Asian powers coming to Kigali in the same week says something about the country's standing," said a Kigali-based political analyst. "The question is what Rwanda does with that attention."

Rwanda's trade with China stood at about $270 million last year, while Indian investment, mainly in agro-processing and education, has been growing steadily.

RELATED STORIES
Kagame receives Moroccan Foreign Minister Bourita
Rwanda, India to sign defence pact
Editorial: Welcome, President Xi

Tags: Xi Jinping, Paul Kagame, China, Narendra Modi, India, diplomacy

Share: Facebook | Twitter | WhatsApp | LinkedIn

Comments (6)
© 2018 The New Times Publications. All rights reserved."""))

A.append(dict(id="h34-02", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/tinubu-ramaphosa-co-chair-nigeria-south-africa-bi-national-commission.html",
published_at="2024-12-03", body="""Support PREMIUM TIMES' journalism of integrity and credibility

NGN/USD 1,679.40 | NGX ASI 97,921.06 ▲ 0.18% | Brent $72.10

Top News
Tinubu, Ramaphosa co-chair Nigeria–South Africa Bi-National Commission in Cape Town

The two presidents pledged to fix trade imbalances and ease visa restrictions for business travellers.

By Chinedu Okafor
December 3, 2024 | 2 min read

President Bola Tinubu and his South African counterpart, Cyril Ramaphosa, on Tuesday presided over the 11th session of the Nigeria–South Africa Bi-National Commission (BNC) in Cape Town, the first time the forum has met at the level of heads of state in several years.

Mr Tinubu arrived in Cape Town on Monday night and was received at the airport by South Africa's Minister of International Relations and Cooperation, Ronald Lamola. He had earlier that day left Abuja, a week after returning from a state visit to France, where he held talks with President Emmanuel Macron.

In a statement issued after the session, presidential spokesperson Bayo Onanuga said the two leaders reviewed the state of relations between Africa's two largest economies and agreed to set up a joint working group on trade, investment and immigration.

"Nigeria and South Africa carry a responsibility that goes beyond our borders. When we cooperate, the continent moves," the statement quoted Mr Tinubu as telling his host.

Mr Ramaphosa, whose country assumed the rotating presidency of the Group of 20 on 1 December, said he wanted Nigeria's voice to be heard throughout South Africa's G20 year, particularly on debt relief and the financing of energy transition on the continent.

Ministers from both countries signed several memoranda of understanding on the sidelines of the session, covering mining, defence industry cooperation, arts and culture and youth development. The ministerial segment of the commission, co-chaired by Foreign Minister Yusuf Tuggar and Mr Lamola, had held its own meeting on Monday.

The session was preceded by months of preparation. According to officials familiar with the process, the dates were settled after Mr Tinubu and Mr Ramaphosa spoke by telephone in October.

Relations between the two countries have at times been strained, notably in 2019 when attacks on foreign-owned shops in Johannesburg and Pretoria led to reprisals against South African businesses in Lagos and Abuja. Nigerian businesses have also complained of difficulties obtaining South African visas, while South African firms such as MTN, MultiChoice and Shoprite have clashed with Nigerian regulators over tax and pricing.

Mr Onanuga said Mr Ramaphosa had accepted an invitation to the next session of the commission, which is to be held in Nigeria, on a date to be agreed through diplomatic channels.

The President is expected back in Abuja on Wednesday.

READ ALSO:
Nigeria, France sign MoU on critical minerals, infrastructure
Senate confirms new ambassadorial nominees
Naira gains at official window

TEXT AD: Want to advertise here? Call 0809 000 1234

PREMIUM TIMES is committed to publishing stories of high journalistic standards in the public interest. Donate to sustain our work.

MOST READ
1. Tax reform bills: Reps begin debate
2. ECOWAS: Sahel states' withdrawal deadline nears
3. Police arrest suspects over Kogi attack

Tags: Bi-National Commission, Bola Tinubu, Cyril Ramaphosa, Nigeria, South Africa"""))

A.append(dict(id="h34-03", source="nation.africa",
url="https://nation.africa/kenya/news/politics/ruto-hosts-rsf-leader-dagalo-at-state-house-4482210",
published_at="2024-01-03", body="""Sign in | Subscribe
Get unlimited access to Nation.Africa for only KSh 10 a day.

News › Politics

Ruto hosts RSF leader Dagalo, says Kenya will not take sides in Sudan war

President William Ruto with Gen Mohamed Hamdan Dagalo of Sudan's Rapid Support Forces at State House, Nairobi, on January 3, 2024. PHOTO | PCS

By Mercy Chelimo
Nation Media Group
Wednesday, January 03, 2024

President William Ruto on Wednesday hosted the commander of Sudan's paramilitary Rapid Support Forces (RSF), Gen Mohamed Hamdan Dagalo, at State House, Nairobi, extending a regional tour that has infuriated the army-led authorities in Port Sudan.

Gen Dagalo, widely known as Hemedti, arrived in Nairobi from Djibouti. Over the past week he has also been received by President Yoweri Museveni in Kampala and by Prime Minister Abiy Ahmed in Addis Ababa, in what analysts describe as a bid to present himself as a statesman after months of fighting that have killed thousands and displaced more than seven million people.

In a statement after the meeting, Dr Ruto said Kenya's priority was "a ceasefire and an inclusive political process owned by the Sudanese people" and insisted that Nairobi was not taking sides.

"I also spoke yesterday on the phone with Gen Abdel Fattah al-Burhan, and I urged both leaders to honour the commitment they made to IGAD to meet face to face without further delay," the President said.

In December, the regional bloc IGAD announced that Gen Burhan, who heads Sudan's Sovereign Council, and Gen Dagalo had agreed in principle to meet. The encounter, which was supposed to take place in Djibouti, has since been put off, with the army saying it had not received a formal date.

Sudan's foreign ministry, which is loyal to the army, has accused countries hosting Gen Dagalo of legitimising "a rebel militia". Officials in Port Sudan said they were reviewing relations with governments that had rolled out the red carpet for him, without naming any.

A State House official said the meeting with Gen Dagalo lasted about two hours and touched on humanitarian access, the protection of civilians in Darfur and the fate of Kenyans still trapped in Khartoum.

Gen Dagalo is expected to travel next to South Africa, where he will meet President Cyril Ramaphosa, according to officials in Pretoria.

President Ruto, who chairs the IGAD quartet on Sudan, is expected to attend an extraordinary IGAD summit on the crisis in Kampala later this month.

Kenya's mediation role has been contested. Last year the army accused Nairobi of bias and asked IGAD to replace Kenya as head of the quartet, a request the bloc did not grant.

"Hosting Hemedti at State House sends a signal, whatever the intention," said a Nairobi-based security analyst. "Port Sudan will read it as recognition."

ADVERTISEMENT

RELATED
• Ruto, Museveni discuss oil pipeline and regional security
• Sudan's army chief visits Eritrea, Ethiopia to rally support
• Kenya to deploy police to Haiti despite court ruling

MOST POPULAR
1. Finance Bill: What changes for your payslip
2. Court halts housing levy deductions
3. Weather: Heavy rains expected in Nyanza

Topics: Sudan, RSF, William Ruto, IGAD, Diplomacy

Share: Facebook | X | WhatsApp | Email"""))

A.append(dict(id="h34-04", source="news24.com",
url="https://www.news24.com/news24/politics/zelensky-cuts-sa-visit-short-ramaphosa-says-he-spoke-to-trump-20250424",
published_at="2025-04-24", body="""News24 | Sign in | Subscribe
Listen to this article 5 min

POLITICS
Zelensky cuts SA visit short after deadly Kyiv strike; Ramaphosa says he spoke to Trump

Presidents Cyril Ramaphosa and Volodymyr Zelensky at the Union Buildings in Pretoria on Thursday. (GCIS)

Lerato Mokoena
Political Reporter
24 Apr 2025

Ukrainian President Volodymyr Zelensky cut short his first visit to South Africa on Thursday after Russia launched one of its heaviest missile and drone attacks on Kyiv in months, but not before holding talks with President Cyril Ramaphosa at the Union Buildings.

Zelensky landed at Waterkloof Air Force Base on Thursday morning for what had been billed as a two-day working visit. His office said he would return home immediately after the talks, scrapping the rest of his programme, which had included meetings with business and civil society groups.

"The situation in Kyiv requires my presence," Zelensky told journalists in a brief joint appearance, adding that at least nine people had been killed in the overnight strike.

Ramaphosa said the two leaders had discussed the prospects for a ceasefire, the return of Ukrainian children taken to Russia and the exchange of prisoners of war, issues South Africa raised when it led an African peace mission to Kyiv and St Petersburg in June 2023.

He also revealed that he had spoken to US President Donald Trump by telephone on Thursday morning, before Zelensky arrived.

"We had a very good discussion. President Trump and I agreed that we need to meet, and I will be going to Washington to do so. Our teams will now work on the date," Ramaphosa said.

Relations between Pretoria and Washington have deteriorated sharply this year. Trump has cut US aid to South Africa, accused the government of mistreating Afrikaner farmers, and in March the US expelled South Africa's ambassador, Ebrahim Rasool. Trump has also questioned whether he will attend the G20 leaders' summit that South Africa hosts in Johannesburg in November.

Asked whether South Africa, which has refused to condemn Moscow's invasion, was in a position to mediate, Ramaphosa said his government was "a friend to both" and that it maintained contact with President Vladimir Putin.

Zelensky thanked South Africa for its support on humanitarian issues but did not hide his frustration that the visit had been overshadowed. "We came here to talk about peace. Russia answered with missiles," he said.

The DA, which is part of the government of national unity, welcomed the visit, while the EFF called it an attempt to drag South Africa into a proxy war.

International Relations Minister Ronald Lamola said officials from both countries would continue talks on agricultural trade and on a possible follow-up visit by Ukrainian ministers later in the year.

Zelensky's plane left Waterkloof shortly after 2pm.

READ | Ramaphosa, Putin talk by phone as SA pushes peace role
READ | Trump's aid freeze: What it means for HIV programmes
READ | Lamola: SA will not be bullied over Israel case

Subscribe to News24 for only R75 per month. Cancel anytime.

Tags: Volodymyr Zelensky, Cyril Ramaphosa, Donald Trump, Ukraine, Russia, US

Share | Comment (214)"""))

A.append(dict(id="h34-05", source="ena.et",
url="https://www.ena.et/web/eng/w/eng_5210934",
published_at="2024-12-12", body="""Ethiopian News Agency
Amharic | Afaan Oromoo | Tigrigna | Af Somali | English | Arabic | French

Politics
Ethiopia, Somalia Agree to Resolve Differences Under Ankara Declaration

Addis Ababa, December 12/2024 (ENA) Prime Minister Abiy Ahmed and President Hassan Sheikh Mohamud of Somalia have agreed to put their differences behind them and open a new chapter of cooperation following talks hosted by Turkish President Recep Tayyip Erdoğan in Ankara on Wednesday.

The two leaders adopted and signed the Ankara Declaration late on Wednesday night, after a day of discussions at the Presidential Complex.

The Prime Minister travelled to Ankara on Wednesday morning at the invitation of President Erdoğan, with whom he first held bilateral talks on the longstanding partnership between Ethiopia and Türkiye. President Hassan Sheikh Mohamud, who also arrived in the Turkish capital on Wednesday, held separate talks with his host before the three leaders sat together.

According to the declaration, the two sides reaffirmed their respect for each other's sovereignty, unity, independence and territorial integrity, and recognised the sacrifices made by Ethiopian troops serving in Somalia.

The two countries also agreed to work on commercial arrangements that would give Ethiopia reliable, secure and sustainable access to and from the sea under the sovereign authority of the Federal Republic of Somalia. Technical negotiations on these arrangements are to start no later than the end of February 2025, with the facilitation of Türkiye, and are to be concluded within four months.

Prime Minister Abiy, who met President Hassan Sheikh Mohamud one-on-one before the declaration was announced, told journalists in Ankara that Ethiopia's quest for sea access was "peaceful and for mutual benefit".

"Ethiopia does not want to harm Somalia. We are brothers, and what we seek is cooperation," the Prime Minister said.

President Hassan Sheikh said the agreement opened "a new page" between the two neighbours, while President Erdoğan described the outcome as a "historic step" for the Horn of Africa.

Türkiye had hosted two rounds of talks between the foreign ministers of the two countries in July and August. A third round planned for September was called off. President Erdoğan had also held separate phone conversations with both leaders in recent weeks to prepare the Ankara meeting.

Relations between Addis Ababa and Mogadishu became strained after Ethiopia signed a memorandum of understanding with the Somaliland administration on 1 January 2024.

The Prime Minister returned home on Thursday morning.

Other News
- Ethiopia, Djibouti sign agreement on cross-border power trade
- State Minister Mesganu Arga receives copies of credentials from Norway's incoming ambassador
- Ethiopian Airlines adds weekly flights to Kano
- Gov't says fertilizer distribution on track for Belg season

Follow ENA on Telegram | Facebook | X

© 2024 Ethiopian News Agency. All rights reserved."""))

A.append(dict(id="h34-06", source="herald.co.zw",
url="https://www.herald.co.zw/zim-belarus-seal-deals-as-lukashenko-visit-ends/",
published_at="2023-02-01", body="""The Herald
Zimbabwe's largest daily newspaper

Breaking News | Business | Sport | Opinion | Entertainment

Follow The Herald WhatsApp channel for breaking news

Zim, Belarus seal deals as Lukashenko visit ends

February 1, 2023

Farai Chigumba
Senior Reporter

Zimbabwe and Belarus yesterday signed several agreements covering agriculture, mining, industry, science and technology, emergency management and education, as visiting Belarusian President Alexander Lukashenko and President Mnangagwa pledged to take relations between the two countries to "a new level".

The instruments were signed by ministers from both countries in the presence of the two Heads of State at State House in Harare after official talks that lasted more than three hours.

President Lukashenko, who arrived on Monday on a three-day state visit, the first by a Belarusian leader to Zimbabwe, was welcomed at the Robert Gabriel Mugabe International Airport by President Mnangagwa, with Cabinet ministers and service chiefs in attendance.

Addressing a joint Press conference, President Mnangagwa said Zimbabwe had found in Belarus "an all-weather friend" that had stood with the country during the years of illegal sanctions imposed by the West.

"We have agreed on a roadmap that will see our cooperation in agricultural mechanisation, mining equipment and skills development grow in leaps and bounds," the President said.

President Lukashenko said Belarus was ready to set up assembly plants for tractors, combine harvesters and buses in Zimbabwe, and to supply more equipment under the farm mechanisation programme launched in 2020.

"We did not come here to lecture you. We came as partners," he said through an interpreter.

The President recalled his own visit to Minsk in January 2019, which laid the foundation for several of the projects now under way. The Belarusian leader invited President Mnangagwa to visit Belarus again, and the invitation was accepted. Dates will be set through diplomatic channels.

Later yesterday, President Lukashenko toured a Belarus-supplied machinery depot in Harare and attended a State banquet in his honour.

He is expected to leave the country this morning.

Foreign Affairs and International Trade Minister Frederick Shava said the agreements would be followed up by a joint permanent commission meeting later this year. "The momentum must not be lost," he said.

Belarus has in the past few years supplied Zimbabwe with tractors, fire tenders, ambulances and buses under credit lines and barter arrangements, although some economists have questioned the terms of those deals.

Trade between the two countries remains small but has grown since 2019, officials say.

Related Stories
Lavrov in Eritrea as Russia deepens Africa ties
Zim tobacco auction floors open
Editorial Comment: Belarus ties show Look East policy at work

Tags: Alexander Lukashenko, Belarus, President Mnangagwa, State Visit

Share this: Facebook | Twitter | WhatsApp | Email

Leave a comment
© Zimpapers Digital"""))

A.append(dict(id="h34-07", source="allafrica.com",
url="https://allafrica.com/stories/202303050012.html",
published_at="2023-03-05", body="""AllAfrica | Top Headlines | Africa | Congo-Kinshasa

Congo-Kinshasa: Macron, Tshisekedi Spar Over Eastern Congo at Tense Kinshasa Press Conference

By Patrick Ilunga
Actualite.cd (Kinshasa)

Kinshasa — French President Emmanuel Macron and his Congolese counterpart Félix Tshisekedi traded barbs over the war in eastern Congo on Saturday at a joint press conference in Kinshasa, the last stop of a four-nation tour of Central Africa.

The two leaders held talks at the Palais de la Nation for about two hours before facing reporters, focusing on the M23 rebellion in North Kivu, which Kinshasa, the United Nations and Western governments say is backed by Rwanda.

Tshisekedi said Congo expected France to speak clearly about "those who attack us", while Macron said Paris condemned the M23 offensive and had made that plain to Kigali, but insisted that Congo also needed to restore its own army and state authority in the east.

"Since 1994, you have not been able to restore the military, security or administrative sovereignty of your country. That is also a reality," Macron said, drawing a sharp reply from his host, who accused Western partners of "paternalism".

Macron said the ceasefire agreed under the Luanda process must be respected and warned that those who did not would face sanctions, without naming Rwanda.

The French president had arrived in Kinshasa on Friday evening from Brazzaville, across the Congo river, where he met President Denis Sassou Nguesso. He had earlier spent two days in Angola, where he and President João Lourenço on Thursday signed an agreement on agricultural development and witnessed the signing of a financing deal between the French Development Agency and the Angolan government.

The tour began in Libreville, where Macron attended the One Forest Summit hosted by Gabonese President Ali Bongo Ondimba.

Before the trip, Macron had said he wanted to show a "new relationship" with Africa, with France reducing its military footprint and focusing on economic and cultural ties. In Kinshasa, he announced support for a new health programme and funding for the restoration of the Congolese national museum's collections.

Civil society groups had protested outside the French embassy on Wednesday, accusing Paris of not doing enough to pressure Rwanda.

Macron was due to fly back to Paris on Sunday.

Copyright © 2023 Actualite.cd. All rights reserved. Distributed by AllAfrica Global Media (allAfrica.com).

AllAfrica publishes around 400 reports a day from more than 100 news organizations and over 500 other institutions and individuals, representing a diversity of positions on every topic.

More From Congo-Kinshasa:
- Luanda Process: EAC Regional Force Commander Tours Kibumba
- Kinshasa: Fuel Prices Rise Again
- Kabila Allies Denounce Arrests

Don't miss the latest: Sign up for AllAfrica Daily newsletter.

Tags: Central Africa, Congo-Kinshasa, France, External Relations, Conflict, Peace and Security"""))

A.append(dict(id="h34-08", source="africanews.com",
url="https://www.africanews.com/2025/03/19/tshisekedi-and-kagame-meet-in-doha-call-for-immediate-ceasefire/",
published_at="2025-03-19", body="""This site uses cookies to improve your experience and for audience measurement. Accept | Settings

africanews.
Live | Programmes | Weather | Business | Sport

Politics
Tshisekedi and Kagame meet in Doha, call for immediate ceasefire

By Africanews
with AFP
Last updated: 19/03 - 10:42

The presidents of the Democratic Republic of Congo and Rwanda, Félix Tshisekedi and Paul Kagame, held their first direct talks since the M23 armed group seized the eastern Congolese cities of Goma and Bukavu, at a meeting hosted by Qatar on Tuesday.

A joint statement issued by Qatar, the DRC and Rwanda after the meeting said the two heads of state had "reaffirmed the commitment of all parties to an immediate and unconditional ceasefire" and agreed to continue discussions to lay "solid foundations for durable peace".

The talks were mediated by Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, who first received each president separately at the Amiri Diwan before bringing them together. Neither Kinshasa nor Kigali had announced the meeting in advance, and news of it emerged only when Qatari state media published photographs of the three leaders.

The surprise encounter came hours after the M23 said it would not take part in direct peace talks with the Congolese government that Angola had planned to host in Luanda the same day. The rebels cited new European Union sanctions on their leaders and on Rwandan military officials.

Tshisekedi had travelled to Luanda last week to discuss the planned talks with President João Lourenço, who has led the African Union's mediation since 2022. A summit in Luanda in December that was meant to bring Tshisekedi and Kagame together was called off at the last minute after the two sides disagreed over whether Kinshasa should negotiate with M23.

Analysts said the Doha meeting marked a shift from the African-led processes run by Angola and Kenya, which were merged last month under a joint East African and Southern African framework.

"Qatar has money, access and discretion. It can talk to Kigali and Kinshasa without either side feeling humiliated," said a researcher at a Nairobi-based think tank.

Rwanda denies backing M23 and says its forces act in self-defence against a Hutu militia, the FDLR, operating in eastern Congo. UN experts say Rwanda has several thousand troops in the country.

On Monday, Rwanda cut diplomatic ties with Belgium, accusing the former colonial power of taking sides in the conflict.

Fighting was reported on Wednesday around Walikale, in North Kivu, despite the call for a ceasefire.

Copyright © africanews
Comments: click to display

More about:
DRC | Rwanda | M23 | Qatar | Peace talks

Read more:
Burundi's president accuses Rwanda of planning attack
EU sanctions Rwandan army officers over Congo war
Angola to step back from DRC mediation, officials say

Follow Africanews on WhatsApp"""))

A.append(dict(id="h34-09", source="thecitizen.co.tz",
url="https://www.thecitizen.co.tz/tanzania/news/national/modi-magufuli-sign-five-deals-in-dar",
published_at="2016-07-10", body="""The Citizen
Mwananchi Communications Ltd | E-paper | Subscribe

USD/TZS 2,187 | KES/TZS 21.62 | Gold $1,366

NEWS
Modi, Magufuli sign five deals as Indian PM visits Dar

By Halima Rashidi
Sunday, July 10, 2016

Dar es Salaam. Tanzania and India yesterday signed five agreements, including a $92 million line of credit for the rehabilitation and improvement of Zanzibar's water supply system, as Indian Prime Minister Narendra Modi held talks with President John Magufuli at State House.

Other agreements cover cooperation in water resources management, the establishment of a vocational training centre in Zanzibar, a visa waiver for holders of diplomatic and official passports, and small industries development.

Mr Modi, who arrived on Saturday night from South Africa, is the first Indian prime minister to visit Tanzania in a decade. He began his four-nation tour in Mozambique on Thursday.

Speaking at a joint press briefing, President Magufuli said India was Tanzania's biggest trading partner and appealed to Indian investors to set up pharmaceutical and textile factories "here at home, not only to sell finished goods to us".

"We want to buy medicines from factories in Tanzania, built with Indian partners," Dr Magufuli said, noting that the country spends billions of shillings every year on imported drugs.

Mr Modi said India would continue to support Tanzania in water, health, education and agriculture, and that both countries shared an interest in maritime security in the Indian Ocean.

"Our partnership is a partnership of development. Tanzania's priorities are our priorities," he said.

The two leaders also discussed natural gas, with Mr Modi expressing India's interest in importing Tanzanian liquefied natural gas once the planned export plant is built.

President Magufuli accepted an invitation from Mr Modi to visit India at a convenient time.

Later, the Indian leader visited a solar project run by rural women trained under an Indian programme, where he joined local musicians on the drums, to the delight of the crowd.

Mr Modi leaves for Nairobi today, where he is scheduled to hold talks with President Uhuru Kenyatta at State House and address a gathering of the Indian diaspora at Kasarani stadium.

Trade between Tanzania and India stood at about $3 billion in 2015, according to official figures. India is also among the leading sources of foreign direct investment in Tanzania.

ADVERTISEMENT

TRENDING NOW
• Bunge: Opposition walks out again
• TRA collections beat target
• Simba, Yanga fans await derby date

RELATED
Kenya, Uganda leaders meet over oil pipeline route
Magufuli receives Rwanda envoy

Share: Facebook | Twitter | WhatsApp

Comments (11)"""))

A.append(dict(id="h34-10", source="mapnews.ma",
url="http://www.mapnews.ma/en/activites-royales/hm-king-nigerian-president-chair-signing-several-agreements-including-gas-pipeline",
published_at="2016-12-03", body="""MAP Express | Maghreb Arabe Presse
Home | Royal Activities | Politics | Economy | Regions | World

Royal Activities
HM the King, Nigerian President Chair Signing Ceremony of Several Agreements, Including Regional Gas Pipeline Project

Saturday 03 December 2016 - 12:40

Abuja - HM King Mohammed VI and President of the Federal Republic of Nigeria, Muhammadu Buhari, chaired, on Saturday at the Presidential Villa in Abuja, the signing ceremony of several cooperation agreements between the Kingdom of Morocco and Nigeria, including a joint project for a regional gas pipeline.

The gas pipeline, which will connect the gas resources of Nigeria to those of Morocco and several West African countries, is intended to accelerate electrification projects in the region and to lay the foundations of a competitive regional electricity market, with a possible future extension to Europe.

The agreements also concern the development of the fertilizer industry in Nigeria in partnership with the OCP Group, the avoidance of double taxation, air transport, agriculture and food security, and the protection of investments.

The signing ceremony followed tête-à-tête talks between the Sovereign and the Nigerian President, which were extended to the members of the two delegations. The talks focused on ways to strengthen bilateral relations and on regional and continental issues of common interest.

HM the King, who arrived in Abuja on Thursday evening, was welcomed at the airport by President Buhari. This visit, the first by the Sovereign to Nigeria, is the fifth stage of the Royal tour of East and West Africa which has already taken HM the King to Rwanda, Tanzania, Ethiopia and Madagascar.

According to a joint communique, the two Heads of State expressed their satisfaction with the quality of their talks and their shared determination to give new impetus to relations between the two countries, which they described as "brotherly".

President Buhari welcomed the Kingdom's decision to return to its institutional family, the African Union, and expressed his country's support for this step, the communique said.

The Nigerian President accepted an invitation from HM the King to pay an official visit to Morocco, the date of which will be set through diplomatic channels.

The two leaders also agreed to set up a mechanism for political consultation between the two countries' ministries of foreign affairs.

The ceremony was attended, on the Moroccan side, by the Royal Advisor Fouad Ali El Himma, Minister of Foreign Affairs and Cooperation Salaheddine Mezouar, and Minister Delegate for Foreign Affairs Nasser Bourita, and, on the Nigerian side, by Minister of Foreign Affairs Geoffrey Onyeama and Minister of State for Petroleum Resources Emmanuel Ibe Kachikwu, among others.

Other news
- Mezouar receives Gambian counterpart
- Marrakech: COP22 results presented to parliament
- Morocco's agricultural exports up 6 pct

MAP © 2016 - All rights reserved | Contact | RSS"""))

A.append(dict(id="h34-11", source="theeastafrican.co.ke",
url="https://www.theeastafrican.co.ke/tea/news/east-africa/egypt-somalia-defence-pact-deepens-horn-rift-4726890",
published_at="2024-08-16", body="""The EastAfrican | News | Business | Rest of Africa | Opinion | Magazine

Subscribe for full access to The EastAfrican's analysis.

NEWS

Egypt, Somalia defence pact deepens Horn rift as Ankara talks stall

Egyptian President Abdel Fattah al-Sisi receives Somali President Hassan Sheikh Mohamud at Ittihadiya Palace in Cairo on August 14, 2024. PHOTO | EGYPTIAN PRESIDENCY

By Abdi Warsame
The EastAfrican
Friday, August 16, 2024

Egypt and Somalia have signed a military cooperation protocol that could see Egyptian troops deployed in Somalia, a move that risks widening the rift between Mogadishu and Addis Ababa as Turkish-brokered talks between the two neighbours failed to produce a breakthrough.

The protocol was signed in Cairo on Wednesday after talks between President Abdel Fattah al-Sisi and Somalia's President Hassan Sheikh Mohamud, who was on his third visit to Egypt this year. Mr Sisi said Egypt was ready to contribute troops to the new African Union mission that is to replace ATMIS at the end of the year, as well as bilaterally, if Mogadishu asked.

Ethiopia, whose troops have been in Somalia since 2006, did not immediately react, but officials in Addis Ababa have previously warned against what they call "outside actors" using Somalia to settle scores over the Grand Ethiopian Renaissance Dam.

The signing came a day after the second round of talks between Ethiopia and Somalia ended in Ankara without agreement.

Turkish Foreign Minister Hakan Fidan, who hosted the Ethiopian Foreign Minister Taye Atske Selassie and his Somali counterpart Ahmed Moallim Fiqi, said the two sides had "converged on some principles" but that differences remained on Ethiopia's access to the sea.

As in the first round in July, the two ministers did not meet face to face. Fidan held separate meetings with each delegation and shuttled between them in what diplomats described as proximity talks.

"We are not there yet, but the door is open," Fidan told a press conference on Tuesday, adding that a third round would be held in Ankara on September 17.

Somalia has demanded that Ethiopia withdraw its memorandum of understanding with the breakaway region of Somaliland, signed on January 1, which would give Ethiopia access to a stretch of coastline in exchange for possible recognition. Addis Ababa says the agreement does not violate Somalia's sovereignty.

Somali officials said Mogadishu would not allow Ethiopian troops to take part in the new AU mission unless the MoU is cancelled.

"The Egyptian protocol is a message to Addis Ababa as much as it is a security arrangement," said a Horn of Africa analyst based in Nairobi. "Cairo and Addis have their own fight over the Nile, and Somalia has now become part of it."

Regional diplomats fear the standoff could undermine the fight against al-Shabaab, which has stepped up attacks in central Somalia in recent months.

ADVERTISEMENT

RELATED
• Ethiopia, Somalia ministers in Ankara for first round of talks
• Kenya, Somalia agree on visa waiver for diplomats
• Eritrea's Isaias receives Somali president in Asmara

Share this story: Facebook | X | LinkedIn | WhatsApp"""))

A.append(dict(id="h34-12", source="businessday.ng",
url="https://businessday.ng/news/article/scholz-in-abuja-germany-nigeria-eye-gas-migration-deals/",
published_at="2023-10-30", body="""BusinessDay
NGX ASI 69,410.55 ▲ 0.18% | USD/NGN (NAFEM) 788.90 | Brent $87.41 | Cocoa $3,850

News | Markets | Energy | Politics | Opinion

Scholz in Abuja: Germany, Nigeria eye gas, migration deals as chancellor heads to Ghana

By Ifeoma Nwankwo
October 30, 2023

German Chancellor Olaf Scholz held talks with President Bola Tinubu in Abuja on Sunday, the first leg of a three-day West African trip aimed at securing new gas supplies for Europe's largest economy and stepping up cooperation on migration.

Scholz, who arrived at the Nnamdi Azikiwe International Airport on Sunday afternoon, was received by Foreign Affairs Minister Yusuf Tuggar before heading to the State House.

A statement from the Presidency said the two leaders discussed energy, power, the security situation in the Sahel following the July coup in Niger, and the return of Nigerians without the right to stay in Germany.

Tinubu said Nigeria could help meet Germany's gas needs "in a way that also powers our own homes and factories", and urged Berlin to support investment in processing rather than only in raw exports.

Scholz told reporters that Germany was interested in liquefied natural gas from Nigeria from 2024 but that "it will take time and investment". He said both sides had agreed to intensify work on the Presidential Power Initiative, a grid-upgrade programme with Siemens Energy that has moved slowly since it was launched in 2018.

On migration, the German leader said Berlin wanted to improve cooperation on returns while opening "legal routes" for skilled workers, particularly in health care.

The chancellor travelled to Lagos on Monday, where he addressed a German-Nigerian business forum and visited a technology hub in Yaba. He leaves on Monday evening for Accra, where he will hold talks with President Nana Akufo-Addo on Tuesday and visit a training centre for the Ghanaian armed forces.

Tinubu is expected in Berlin next month for the G20 Compact with Africa conference hosted by the German government.

Analysts said the visit underscored Berlin's search for alternatives to Russian gas and its desire to retain influence in West Africa after a string of coups in the Sahel.

"There is goodwill, but Nigerian gas is not going to reach German households next year. The infrastructure is not there," said a Lagos-based energy analyst.

Germany is Nigeria's fourth-largest trading partner in the European Union, with bilateral trade of about €3 billion last year, according to German figures.

Nigeria's naira closed at N788.90 to the dollar at the official window on Monday, while the equities market extended gains for a third session.

RECOMMENDED
Tinubu to attend Saudi-Africa summit in Riyadh
Dangote refinery: Crude supply deal with NNPC signed
Ghana's inflation eases to 38.1%

BusinessDay Weekender: Subscribe for the best of the week's analysis

Share: Facebook | X | LinkedIn | Email"""))
