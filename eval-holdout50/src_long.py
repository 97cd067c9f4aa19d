# Long pages (2,500-4,500 characters), h50-01 .. h50-12
A = []

A.append(dict(id="h50-01", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20200723-west-african-presidents-fly-into-bamako-mali-crisis-keita-m5",
published_at="2020-07-23", body="""RFI uses cookies to measure audience and to offer you content suited to your interests. Accept all | Refuse | Set preferences

RFI | Listen live | Podcasts | Africa | France | International | Culture

AFRICA
West African presidents fly into Bamako to broker end to Mali's political standoff

Issued on: 23/07/2020 - 18:04 | Modified: 23/07/2020 - 21:37

Five heads of state from the Economic Community of West African States (ECOWAS) touched down in the Malian capital on Thursday for a single day of talks aimed at defusing weeks of street protests against President Ibrahim Boubacar Keïta.

Niger's Mahamadou Issoufou, who currently chairs the regional bloc, was joined by Ivory Coast's Alassane Ouattara, Senegal's Macky Sall, Ghana's Nana Akufo-Addo and Nigeria's Muhammadu Buhari. The delegation was driven straight from Modibo Keïta international airport to the Koulouba presidential palace, where Keïta received them shortly before midday.

The visitors then sat down separately with leaders of the June 5 Movement (M5-RFP), the coalition of religious leaders, opposition parties and civil society groups that has been demanding Keïta's resignation since early June. The influential imam Mahmoud Dicko, seen as the movement's figurehead, was also received at the Sheraton hotel, according to a member of his entourage.

"We have come to listen to everybody and to find, together, a Malian solution," Issoufou told reporters on the tarmac. The presidents were due to fly home on Thursday evening.

A missing deal

Their trip follows a five-day mission last week led by former Nigerian president Goodluck Jonathan, ECOWAS's special envoy for Mali, which ended without agreement. Jonathan's team had proposed a unity government and a partial rerun of the disputed legislative elections in which the Constitutional Court overturned the results in about 30 seats.

The M5 has so far rejected any arrangement that leaves Keïta in office. At least 11 people were killed when a protest turned violent on 10 July, the worst political unrest in Bamako in years.

Thursday's talks produced no breakthrough. An M5 spokesman said after the meeting that the movement had not changed its position on its central demand.

Summit on Monday

Issoufou said an extraordinary summit of all 15 ECOWAS leaders would be held by videoconference on Monday to consider "strong measures" to support the mediators' proposals.

Diplomats in Bamako said the region fears that a prolonged crisis would weaken the fight against jihadist groups in central and northern Mali, where the UN peacekeeping mission Minusma and France's Barkhane force are deployed.

ECOWAS officials have also been keen to move quickly before the start of the rainy season reduces access to the north.

"Keïta is under pressure from his peers to give ground, and he knows it," said a Bamako-based analyst who asked not to be named. "But the opposition has tasted its own strength on the street."

By: RFI with correspondents in Bamako and Dakar

Tags: Mali | ECOWAS | Ibrahim Boubacar Keïta | Mahmoud Dicko | West Africa

Read next:
Macron discusses Mali unrest with Keïta by phone
Burkina Faso: opposition names candidate for November vote
Guinea: Condé confirms third-term bid

Newsletter - Receive all the international news directly in your inbox. Subscribe

Share: Facebook | Twitter | WhatsApp | Email

Download the RFI app to follow international news"""))

A.append(dict(id="h50-02", source="france24.com",
url="https://www.france24.com/en/africa/20230302-macron-in-gabon-for-forest-summit-as-central-africa-tour-begins",
published_at="2023-03-02", body="""Sign up for our newsletters | Watch FRANCE 24 live | Download the app

AFRICA

Macron opens four-nation Central Africa tour at Gabon forest summit

French President Emmanuel Macron arrived in Libreville on Wednesday evening at the start of a four-nation tour of Central Africa, days after setting out a plan to shrink France's military footprint on the continent.

Issued on: 02/03/2023 - 11:26

Text by: NEWS WIRES | Video by: Nathalie SAVARICAS

Macron was welcomed at Léon Mba airport by his Gabonese counterpart Ali Bongo Ondimba before the two men held a private dinner at the presidential palace, the Élysée said.

On Thursday he addressed the One Forest Summit, a gathering on the protection of the Congo Basin rainforest co-hosted by France and Gabon and attended by several African heads of state and government ministers. Macron announced a €100 million fund to reward countries that protect their forests and their stores of carbon.

In a speech at the Élysée on Monday, Macron said French military bases in Africa would be turned into joint facilities with a reduced French presence and a greater role for host countries. "The age of Françafrique is well over," he said.

Opponents of Bongo, who is expected to seek a third term in elections this year, accused the French president of offering him a platform. Asked about it on Thursday, Macron said he was not in Libreville to "take sides" in Gabonese politics.

Luanda, Brazzaville, Kinshasa

Macron will fly to Angola on Friday for talks with President João Lourenço focused on agriculture and on the conflict in eastern Democratic Republic of Congo, in which Luanda has acted as a mediator. A partnership on agricultural production is due to be signed.

He heads on Saturday to Brazzaville for a brief stop with Congolese President Denis Sassou Nguesso before crossing the Congo River to Kinshasa, the last and most delicate leg of the trip.

In the DR Congo capital he is scheduled to hold talks and a joint news conference with President Félix Tshisekedi. Kinshasa has accused Rwanda of backing the M23 rebels who have seized large parts of North Kivu province, and many Congolese have criticised Paris for what they see as a lack of firmness towards Kigali. Small protests against the visit took place outside the French embassy in Kinshasa this week.

Kigali denies supporting the rebels.

An Élysée adviser said Macron would insist on the "territorial integrity" of the DRC while avoiding any rupture with Rwanda. "The president will talk to everybody," the adviser said.

The tour is Macron's 18th trip to Africa since he took office in 2017.

(FRANCE 24 with AFP and Reuters)

Read more
Analysis: What is left of France's influence in the Sahel?
Rwanda's Kagame hosts Senegal's Sall in Kigali
Burkina Faso confirms end of French military agreement

Topics: Emmanuel Macron | Gabon | Angola | DR Congo | France-Africa

Share: Facebook | Twitter | LinkedIn | WhatsApp

Daily newsletter - Receive essential international news every morning. Subscribe"""))

A.append(dict(id="h50-03", source="theafricareport.com",
url="https://www.theafricareport.com/burkina-faso-sall-and-yayi-draft-deal-diendere/",
published_at="2015-09-21", body="""The Africa Report | Subscribe | Log in

You have read 1 of 3 free articles this month. Subscribe for full access.

Burkina Faso: Sall and Yayi unveil draft deal, but the street is not convinced

By Our correspondent in Ouagadougou
Posted on Monday, 21 September 2015 08:52

After two days of shuttle talks in Ouagadougou, ECOWAS mediators Macky Sall and Thomas Boni Yayi have put a 13-point draft agreement on the table to end the crisis triggered by last Wednesday's coup. It is already in trouble.

Senegal's president, who holds the rotating chair of the Economic Community of West African States, flew in on Friday with his Beninese counterpart Boni Yayi. They spent the weekend at the Laico hotel meeting General Gilbert Diendéré, the head of the self-styled National Council for Democracy that seized power, along with party leaders, religious and traditional chiefs and civil society groups.

Under the draft unveiled on Sunday night, interim president Michel Kafando, who was detained by the presidential guard (RSP) and later released, would be restored to office. Elections planned for 11 October would be pushed back to 22 November at the latest, and the putschists would receive an amnesty. Candidates close to former president Blaise Compaoré, barred from standing under an electoral law passed in April, would be allowed to run.

The two last points drew immediate anger. "We did not ask for an amnesty for those who fired on us," said a protester at a barricade in the Gounghin district. Civil society platforms rejected the text outright.

Diendéré told reporters he was ready to hand power back "once the mediators' proposals are adopted". Army units from provincial garrisons were reported on Monday morning to be moving towards the capital to force the RSP to disarm.

Abuja next

The mediation's proposals will be submitted to an extraordinary ECOWAS summit of heads of state on Tuesday in Abuja, Sall said before flying out on Sunday evening. Boni Yayi was also expected to attend.

French President François Hollande, whose country keeps special forces in Ouagadougou, spoke by telephone with Sall on Saturday, the Élysée said, and urged an immediate return to the transition. Paris has said it will not recognise the junta.

The African Union's Peace and Security Council on Friday suspended Burkina Faso and threatened sanctions, including travel bans, against the coup leaders.

Why it matters

Burkina's transition, put in place after a popular uprising drove Compaoré into exile in October 2014, was meant to end with the first genuinely open election in a generation. The RSP, the elite unit built up by Compaoré, had been the target of repeated calls for its dissolution.

"The mediation has tried to give something to everyone and satisfied no one," said a Ouagadougou-based researcher. "Everything now depends on what the regular army does in the next 48 hours."

Read also
Kafando: 'the transition resumes'
Nigeria: Buhari names his cabinet at last
Benin: Zinsou chosen as ruling coalition candidate

Tags: Burkina Faso, ECOWAS, Macky Sall, Boni Yayi, coup

Share this article: Twitter | Facebook | LinkedIn | Email

Sign up to our newsletter. The best of African politics and business, every week."""))

A.append(dict(id="h50-04", source="dailysabah.com",
url="https://www.dailysabah.com/diplomacy/2018/03/01/erdogan-in-dakar-on-third-leg-of-africa-tour",
published_at="2018-03-01", body="""BIST 100 117,839.54 ▼ -0.62% | USD/TRY 3.8028 ▲ 0.31% | EUR/TRY 4.6364 ▲ 0.18% | GOLD 155.12

DIPLOMACY

Erdoğan in Dakar on third leg of Africa tour, eyes trade boost

DAILY SABAH WITH AA
DAKAR
Published Mar 01, 2018 4:12 PM | Last Update Mar 01, 2018 6:48 PM

President Recep Tayyip Erdoğan was received by Senegalese President Macky Sall at the presidential palace in Dakar on Thursday, on the third leg of a four-nation Africa tour, as Ankara seeks to deepen its political and economic footprint on the continent.

Following a one-on-one meeting, the two leaders chaired talks between the delegations and attended the signing of agreements in areas including defense industry cooperation, tourism, and youth and sports. Erdoğan said Turkey aims to raise bilateral trade with Senegal, currently about $400 million, to $1 billion in the near term.

"Turkish companies have become a trusted partner of Senegal, from the new airport to the Dakar Arena," Erdoğan told a joint press conference, in a reference to projects built by Turkish contractors. Sall thanked Turkey for its support and said the two countries share "a long history of friendship".

Erdoğan, who is accompanied by first lady Emine Erdoğan, several ministers and a large business delegation, was also due to address a Turkey-Senegal business forum in the afternoon.

Mauritania, Algeria before Dakar

The president arrived in Dakar from Nouakchott, where on Wednesday he became the first Turkish head of state to visit Mauritania. He held talks with President Mohamed Ould Abdel Aziz, and the two sides signed agreements on fisheries, mining and energy cooperation. Erdoğan also visited the site of a hospital built with Turkish funding.

The tour began on Monday in Algeria, Turkey's largest trade partner in Africa.

On Friday, Erdoğan is scheduled to fly to Bamako for talks with Malian President Ibrahim Boubacar Keïta, the final stop of the tour. Turkish officials said the talks would focus on security in the Sahel and the G5 Sahel force, to which Ankara has pledged $5 million.

Since 2005, which Ankara declared "the year of Africa," Turkey has increased the number of its embassies on the continent from 12 to 41 and Turkish Airlines now flies to more than 50 African destinations.

Erdoğan has also repeatedly raised the issue of schools linked to the Gülen movement, which Ankara calls the Fetullahist Terror Group (FETÖ) and blames for the 2016 coup attempt. Several African governments, including Senegal, have handed over such schools to Turkey's Maarif Foundation.

MOST READ
1 Çavuşoğlu to visit Washington for talks on Manbij
2 Turkish Airlines adds new routes in West Africa
3 Afrin operation: Turkish army clears more villages
4 Gas prices to rise next month, minister says

RELATED
Turkey, Algeria sign 7 agreements in Algiers
Erdoğan: Africa is no longer anyone's backyard

Share on: Facebook | Twitter | LinkedIn | WhatsApp"""))

A.append(dict(id="h50-05", source="lemonde.fr",
url="https://www.lemonde.fr/en/le-monde-africa/article/2022/07/26/in-yaounde-macron-and-biya-talk-security-food-and-memory",
published_at="2022-07-26", body="""Le Monde uses cookies. We and our partners use them to measure the audience and to show you personalised ads. Accept | Reject | Learn more

Le Monde in English
Le Monde Africa

In Yaoundé, Macron and Biya talk security, food and memory

On the first stop of his African tour, the French president announced the opening of archives on France's role in the repression of Cameroon's independence movement.

By Le Monde with AFP
Published on July 26, 2022, at 5:20 pm (Paris) | Updated on July 26, 2022, at 7:41 pm

Reading time 3 min. | Lire en français

Emmanuel Macron held talks with President Paul Biya in Yaoundé on Tuesday, July 26, at the start of a three-nation tour of West and Central Africa, his first trip to the continent since his re-election in April.

The French president, who arrived on Monday evening, was received at the Etoudi presidential palace by Biya, 89, in power since 1982. The talks covered the security situation in the Far North region, where Boko Haram remains active, the separatist conflict in the English-speaking regions and the impact of the war in Ukraine on food and fertiliser prices.

At a joint press conference, Macron announced that French archives on the period from 1945 to 1971, when French forces took part in the bloody repression of the UPC independence movement, would be opened "in their entirety" and that a commission of French and Cameroonian historians would be set up.

Asked about Biya's age and succession, Macron said it was not for him to comment, adding: "There are Africans who want to choose their leaders."

A tour in the shadow of Ukraine

The French president also criticised Russia, accusing it of "weaponising" food supplies and of being "one of the last imperial colonial powers". His trip coincides with a tour of Africa by Russian Foreign Minister Sergei Lavrov, who was in Uganda on Tuesday after stops in Egypt and Congo-Brazzaville.

Macron will leave for Cotonou on Wednesday for talks with President Patrice Talon. Benin has faced a series of attacks in its north by jihadist groups spreading from the Sahel, and French officials said Paris was ready to offer more support in intelligence and equipment if Cotonou requested it.

He will end his tour in Guinea-Bissau on Thursday with a meeting with President Umaro Sissoco Embaló, the current chairman of the Economic Community of West African States (ECOWAS). Talks are expected to cover the military governments in Mali, Burkina Faso and Guinea.

The choice of destinations has been read as a sign that Paris wants to diversify its relations beyond its traditional Sahelian partners, after the French forces of Operation Barkhane announced their withdrawal from Mali, due to be completed by the end of the summer.

Cameroonian opposition figures criticised the visit as an endorsement of Biya. The French presidency said Macron had also met young entrepreneurs, artists and sportspeople in Yaoundé on Tuesday afternoon.

Read more
Why Lavrov's tour is worrying Paris
Subscribers only: Benin, the jihadist threat moves south

Subscribers only | Become a subscriber: €5.99/month

Share: Facebook | Twitter | LinkedIn | Email

Le Monde Africa newsletter: every Saturday. Sign up"""))

A.append(dict(id="h50-06", source="dw.com",
url="https://www.dw.com/en/niger-junta-leader-tiani-proposes-three-year-transition/a-66581214",
published_at="2023-08-20", body="""We use cookies to improve our service for you. You can find more information in our data protection declaration. OK

DW | Live TV | News | Africa

AFRICA

Niger junta leader proposes three-year transition after meeting ECOWAS envoys

Niger's military ruler, General Abdourahamane Tiani, has said a return to civilian rule should not take more than three years. He spoke after receiving a delegation from West Africa's regional bloc, which has threatened to use force.

Date 20.08.2023
Author Martina Schwikowski (with AFP, Reuters)

General Abdourahamane Tiani, the head of the National Council for the Safeguarding of the Homeland (CNSP) that seized power in Niamey on July 26, said in a televised address on Saturday night that the junta would hold a 30-day "national dialogue" to draw up the principles of a transition.

"Our ambition is not to confiscate power," Tiani said. He warned that any attack on Niger "will not be the walk in the park some people think."

His speech came hours after he received a delegation from the Economic Community of West African States (ECOWAS) led by former Nigerian military ruler Abdulsalami Abubakar. It was the first time an ECOWAS mission had been allowed to meet the coup leader. A previous delegation led by Abubakar in early August was turned away without seeing Tiani.

The envoys also met deposed President Mohamed Bazoum, who has been detained with his wife and son at the presidential residence since the coup. "We have made some headway," Abubakar told reporters in Abuja on Sunday.

Standby force on alert

The talks came a day after the bloc's military chiefs, meeting in Accra, said they had agreed on a "D-Day" for a possible intervention, without disclosing it. A senior ECOWAS commission official said the bloc would not negotiate indefinitely.

Niamey is courting its neighbours. Prime Minister Ali Mahaman Lamine Zeine, appointed by the junta, flew to N'Djamena on Saturday and delivered a message from Tiani to Chad's transitional president, Mahamat Idriss Déby, who has offered to mediate. Chad is not a member of ECOWAS.

Niger's junta has also strengthened ties with the military governments of Mali and Burkina Faso, which sent a joint delegation to Niamey earlier this month and have said an intervention in Niger would be treated as a declaration of war against them.

Algeria steps in

Algeria, which shares a long border with Niger and has firmly opposed military action, said on Sunday that President Abdelmadjid Tebboune had instructed Foreign Minister Ahmed Attaf to travel to Nigeria, Benin and Ghana this week for talks on the crisis.

The United States, which has about 1,100 troops in Niger, has been trying to keep channels open. Acting Deputy Secretary of State Victoria Nuland met the junta's army chief in Niamey on August 7.

Analysts say a three-year timetable is unlikely to satisfy ECOWAS, which wants Bazoum reinstated.

Related topics: Niger, ECOWAS, Abdourahamane Tiani, Mohamed Bazoum, Sahel

Send | Facebook | X | Print | Permalink

More from DW
Mali: Wagner's future in question after Prigozhin rebellion
Germany halts aid payments to Niger

DW Africa on WhatsApp: follow our channel"""))

A.append(dict(id="h50-07", source="bbc.com",
url="https://www.bbc.com/news/world-africa-69120455",
published_at="2024-06-04", body="""BBC Homepage | Skip to content | Accessibility Help | Sign in

NEWS | Home | Africa | World | Business | Tech

Lavrov takes Russia's charm offensive to Burkina Faso

4 June 2024

Share | Save

By BBC Africa staff

Russia's Foreign Minister Sergei Lavrov has held talks in Ouagadougou with Burkina Faso's military leader, Capt Ibrahim Traoré, in the latest sign of Moscow's growing influence in a region where France was once the dominant foreign power.

It was the first visit by a Russian foreign minister to Burkina Faso. Mr Lavrov told a joint press conference with his Burkinabè counterpart, Karamoko Jean-Marie Traoré, that military and technical co-operation between the two countries would continue to grow, and that Russia would help train Burkinabè soldiers and police officers.

"We are in favour of the Sahel countries solving their problems themselves, without the interference of former colonial powers," Mr Lavrov said.

A contingent of Russian military instructors arrived in Ouagadougou earlier this year. Russia reopened its embassy in the city last December, more than 30 years after it closed.

Capt Traoré, who seized power in a coup in September 2022, has expelled French troops and diplomats and joined Mali and Niger in announcing the withdrawal of the three countries from the West African regional bloc, Ecowas.

Conakry and Brazzaville

Mr Lavrov began the tour on Monday in Guinea, where he was received by the head of the military government, Gen Mamadi Doumbouya. He then flew to the Republic of Congo, whose President Denis Sassou Nguesso he met in Brazzaville on Tuesday morning before travelling on to Burkina Faso.

Mr Lavrov is expected in Chad on Wednesday, the last stop of the trip, for talks with President Mahamat Idriss Déby, who was sworn in last month after an election the opposition says was rigged. Mr Déby visited Moscow in January.

Western diplomats say Russia is seeking to expand in Chad, one of the last Sahel countries to host French troops.

Analysts say the tour is part of a broader effort by Moscow to show it is not isolated over the war in Ukraine, and to prepare for the next Russia-Africa summit, scheduled for 2026.

"Russia offers what these governments want: security help with no questions asked about elections or human rights," says a Western researcher based in the region.

Mr Lavrov last toured the region in February 2023, when he became the first Russian foreign minister to visit Mali and also stopped in Mauritania.

Critics in the region have accused the Africa Corps, the Russian defence ministry unit that has taken over the operations of the Wagner group, of abuses against civilians in Mali.

More on this story
Burkina Faso junta extends rule by five years
Mali and Niger leaders discuss joint force
Why Russia's Africa Corps is replacing Wagner

Related Topics: Russia | Burkina Faso | Sahel | Sergei Lavrov

Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h50-08", source="thepoint.gm",
url="https://thepoint.gm/africa/gambia/headlines/ecowas-leaders-meet-jammeh-barrow-in-banjul",
published_at="2016-12-14", body="""The Point | Gambia's leading independent daily | ePaper | Advertise with us

Headlines

ECOWAS leaders meet Jammeh, Barrow in Banjul

Dec 14, 2016, 11:12 AM | Article By: Our Reporters

A high-level delegation of West African heads of state arrived in Banjul yesterday on a mission to resolve the political impasse created by outgoing President Yahya Jammeh's rejection of the result of the 1 December presidential election.

The delegation was led by Liberian President Ellen Johnson Sirleaf, current chairperson of the ECOWAS Authority, and included President Muhammadu Buhari of Nigeria, President John Dramani Mahama of Ghana and President Ernest Bai Koroma of Sierra Leone. They were joined by the UN Special Representative for West Africa and the Sahel, Dr Mohamed Ibn Chambas.

The leaders were received at Banjul International Airport by Vice President Isatou Njie-Saidy and senior officials, before proceeding to State House, where they held closed-door talks with Jammeh that lasted more than an hour.

They later met President-elect Adama Barrow and leaders of the coalition that backed him at a hotel in Kololi. Barrow told reporters afterwards that he was confident the mediation would succeed, and that his coalition had asked the leaders to ensure that the handover takes place on 19 January as provided for in the constitution.

"We have come to find a solution, we cannot announce anything now," President Sirleaf said at the airport before departure. "It is not something that will happen in a day." President Buhari, who was designated by his peers as mediator, said the leaders would report to the ECOWAS summit in Abuja on Saturday.

Jammeh initially conceded defeat in a televised telephone call to Barrow the day after the vote, but reversed his position a week later, citing "serious abnormalities". His party, the APRC, filed a petition at the Supreme Court on Tuesday, although the court currently lacks enough judges to sit.

On the morning of the visit, soldiers took over the offices of the Independent Electoral Commission in Kanifing and barred the commission's chairman, Alieu Momarr Njai, from entering.

Observers in Banjul described the atmosphere as tense but calm. Many shops remained closed along Kairaba Avenue.

The African Union, the UN Security Council and several Western governments have called on Jammeh to respect the will of the people. Senegal, which surrounds The Gambia on three sides, has called for an emergency meeting of the Security Council.

Speaking to The Point, a diplomat from the region said the leaders had "spoken frankly" with Jammeh and that further contacts would follow. "Nobody wants bloodshed. But the message from the region is clear."

Share: Facebook | Twitter | Google+ | Email

Comments (27)

Related stories
Barrow: 'I will be sworn in on January 19'
IEC chairman barred from office
Senegal's Sall discusses Gambia with Buhari

Advertisement
Send your classified ads to adverts@thepoint.gm

Copyright 2016 The Point Newspaper. All rights reserved."""))

A.append(dict(id="h50-09", source="moroccoworldnews.com",
url="https://www.moroccoworldnews.com/2024/10/macron-mohammed-vi-sign-reinforced-exceptional-partnership-rabat",
published_at="2024-10-29", body="""Morocco World News | Politics | Economy | Society | Opinion

MASI 14,598.33 ▲ 0.41% | EUR/MAD 10.73 | USD/MAD 9.91

Politics

Macron, King Mohammed VI Sign 'Reinforced Exceptional Partnership' in Rabat

Rabat - King Mohammed VI and French President Emmanuel Macron on Monday signed a declaration on a "reinforced exceptional partnership" at the Royal Palace in Rabat, at the start of a three-day state visit that both sides hailed as a new chapter in relations.

By Morocco World News | October 29, 2024

The King welcomed Macron and First Lady Brigitte Macron at Rabat-Salé airport on Monday afternoon, accompanied by Crown Prince Moulay El Hassan and Prince Moulay Rachid. The two heads of state then rode through the capital in an open car before talks at the palace.

Twenty-two agreements were signed in the presence of the two leaders, covering rail, including the planned high-speed line between Kenitra and Marrakech, green hydrogen, renewable energy, water, education and defense. French officials put the value of the deals at about €10 billion.

On Tuesday, Macron addressed both houses of the Moroccan Parliament, where he repeated that the "present and future of Western Sahara fall within the framework of Moroccan sovereignty" and said French companies would support development in the southern provinces. Lawmakers gave him a standing ovation.

Rabat and Paris went through a long period of tension, marked by a row over visas and accusations in 2021 that Moroccan services used the Pegasus spyware. Relations warmed after Macron's letter to the King in July expressing support for the autonomy plan as the "only basis" for a solution, a move which led Algeria to recall its ambassador from Paris.

Foreign Minister Nasser Bourita and his French counterpart Jean-Noël Barrot also held talks on Monday on regional issues, including the Sahel and the Middle East.

Prime Minister Aziz Akhannouch is expected to travel to Paris in the coming months for the next high-level intergovernmental meeting between the two governments, the first since 2019, Moroccan officials said.

Macron is due to conclude his visit on Wednesday with a stop at the Mohammed VI University in Rabat and a meeting with young entrepreneurs.

The visit is the French president's first to Morocco since he inaugurated the Al Boraq high-speed line with the King in Tangier in November 2018.

Read Also
Bourita Receives Nigerien Foreign Minister in Rabat
Morocco, Mauritania Discuss Electricity Interconnection
Macron's Visit: What the Business Community Expects

Tags: Morocco France relations, Emmanuel Macron, King Mohammed VI, Western Sahara

Support independent journalism. Donate to Morocco World News.

Share: Facebook | X | LinkedIn | WhatsApp

Subscribe to our newsletter"""))

A.append(dict(id="h50-10", source="aljazeera.com",
url="https://www.aljazeera.com/news/2025/3/18/drc-and-rwanda-presidents-meet-in-qatar-call-for-ceasefire",
published_at="2025-03-19", body="""Al Jazeera | Live | News | Features | Opinion | Sport

Democratic Republic of the Congo | Conflict

DRC and Rwanda leaders meet in Qatar, call for 'immediate' ceasefire

Tshisekedi and Kagame hold their first direct talks since M23 rebels seized Goma and Bukavu, in a meeting hosted by Qatar's emir.

Published On 19 Mar 2025 | 19 Mar 2025

Save articles to read later and create your own reading list.

The presidents of the Democratic Republic of the Congo and Rwanda have called for an immediate and unconditional ceasefire in eastern DRC after a surprise meeting in Doha mediated by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.

Felix Tshisekedi and Paul Kagame met on Tuesday evening in the Qatari capital, in their first face-to-face encounter since the Rwanda-backed M23 armed group launched a lightning offensive in January that captured Goma, the largest city in the east, and later Bukavu.

"The heads of state reaffirmed the commitment of all parties to an immediate and unconditional ceasefire," said a joint statement issued by Qatar, the DRC and Rwanda. It said the leaders agreed on the need to continue the discussions begun in Doha to build "solid foundations for lasting peace".

Both leaders had separate talks with the emir before the meeting, Qatar's foreign ministry said.

Meanwhile in Luanda...

The meeting took place the same day that direct talks between the Congolese government and the M23 were supposed to open in the Angolan capital, Luanda. The rebels pulled out at the last minute, citing new European Union sanctions on their leaders and on Rwandan officials.

Angolan President Joao Lourenco, who has led the African Union's mediation since 2022, had invited both delegations. A summit between Tshisekedi and Kagame that Lourenco had arranged for December in Luanda was called off after Kagame stayed away.

Kinshasa and the UN accuse Rwanda of sending thousands of troops into eastern DRC and of controlling the M23. Kigali denies the charge and says it is defending itself against the FDLR, an armed group founded by former Rwandan Hutu officers linked to the 1994 genocide.

Thousands of people have been killed since January and hundreds of thousands have fled, according to the UN.

"This is Qatar stepping into a vacuum left by others," said an analyst at the Doha Institute. "The fact that both men came shows a degree of trust in the emir."

Qatar's mediation has grown in recent years, including between Russia and Ukraine on the return of children and between the US and the Taliban.

Tshisekedi and Kagame last met in person in Luanda in July 2022.

Source: Al Jazeera and news agencies

Recommended stories
list of 3 items
US official visits Kinshasa for talks on minerals deal
Burundi says it will keep troops in eastern DRC
Rubio calls Rwandan president over Congo fighting
end of list

Related
M23 rebels say they will not join Luanda talks
EU sanctions Rwandan army commanders"""))

A.append(dict(id="h50-11", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20191222-macron-christmas-troops-abidjan-eco-currency-ouattara",
published_at="2019-12-22", body="""RFI uses cookies to measure audience and to offer you content suited to your interests. Accept all | Refuse | Set preferences

RFI | Listen live | Podcasts | Africa | France | International

AFRICA
Macron spends Christmas with troops in Abidjan after announcing end of CFA franc

Issued on: 22/12/2019 - 13:25 | Modified: 22/12/2019 - 16:10

French President Emmanuel Macron spent Saturday evening with French soldiers at the Port-Bouët base in Abidjan, a day after he and Ivorian President Alassane Ouattara announced that the CFA franc would be replaced in West Africa by a new currency, the Eco.

Macron, who landed in Abidjan on Friday evening, shared an early Christmas dinner with the roughly 900 troops of the 43rd Marine Infantry Battalion, many of whom rotate through the Sahel with Operation Barkhane.

At a joint news conference with Ouattara at the presidential palace on Saturday, the two presidents said France would no longer hold half of the reserves of the eight West African Monetary Union countries and would withdraw its representatives from the governing bodies of the regional central bank, the BCEAO. The euro peg will be kept for now.

"It is a historic reform," Ouattara said. Macron called colonialism "a grave mistake" of the French Republic and said he wanted to "turn a page".

Niger stop postponed

Macron had been due to fly on to Niger on Sunday to pay tribute to the 71 soldiers killed in an attack on the Inates military camp on 10 December, the deadliest ever suffered by the Nigerien army.

But the Élysée said on Saturday that the visit had been postponed at the request of Nigerien President Mahamadou Issoufou. The two presidents spoke by telephone on Saturday morning and agreed to reschedule the trip, an adviser said.

The French leader has invited the presidents of the five G5 Sahel countries – Burkina Faso, Chad, Mali, Mauritania and Niger – to a summit in the southwestern French town of Pau on 13 January. The meeting was postponed from December after the Inates attack. Macron has said he wants the Sahel leaders to clarify whether they want French troops to stay, after a wave of anti-French protests.

Thirteen French soldiers were killed in a helicopter collision in Mali in November, the heaviest loss for the French military in decades.

In Abidjan, Macron also launched an international academy against terrorism in Jacqueville, a project funded by France and Côte d'Ivoire.

By: RFI with correspondents in Abidjan and Niamey

Tags: France | Côte d'Ivoire | CFA franc | Eco | Barkhane | Emmanuel Macron

Read next:
G5 Sahel: Chad's Déby says troops will stay
Mali: soldiers killed in attack near Ménaka
Guinea-Bissau election: Embaló heads for run-off

Share: Facebook | Twitter | WhatsApp | Email

Download the RFI app to follow international news"""))

A.append(dict(id="h50-12", source="africanews.com",
url="https://www.africanews.com/2024/04/18/senegals-faye-in-mauritania-on-first-trip-abroad/",
published_at="2024-04-18", body="""africanews. | Live | News | Business | Sport | Culture

Please allow cookies to watch Africanews video. Manage my choices

Senegal

Senegal's President Faye in Mauritania on first trip abroad

By Africanews with AFP
Last updated: 18/04 - 17:36

Senegal's new President Bassirou Diomaye Faye made his first foreign trip since taking office on Thursday, travelling to neighbouring Mauritania for talks with President Mohamed Ould Cheikh El Ghazouani.

Faye, 44, who was sworn in on 2 April after a landslide win in the March 24 election, was received at Nouakchott-Oumtounsy airport by Ghazouani, who had been one of the first leaders to congratulate him.

The two presidents held a one-on-one meeting at the presidential palace followed by expanded talks, the Mauritanian presidency said. Their talks focused on the Greater Tortue Ahmeyim (GTA) offshore gas project, which straddles the maritime border and is due to begin production this year, on fishing licences for Senegalese fishermen and on security in the Sahel.

"Mauritania is a brotherly country with which we share a common destiny," Faye said at the airport before his departure. The visit lasted one day.

Faye campaigned on a promise to renegotiate oil, gas and mining contracts to ensure a fairer share for Senegal, which has worried some foreign investors. His prime minister, Ousmane Sonko, has said an audit of the contracts would start soon.

Gambia on Saturday

Faye is scheduled to travel to Banjul on Saturday for talks with Gambian President Adama Barrow, the Senegalese presidency said. Relations between Senegal and The Gambia, which is almost entirely surrounded by Senegal, have improved since Barrow took office in 2017 and the two countries opened the Senegambia bridge in 2019.

Faye's government has said it will give priority to neighbouring countries and to the West African region. It has pledged to keep Senegal in ECOWAS while seeking dialogue with the military-led governments of Mali, Burkina Faso and Niger, which announced their withdrawal from the bloc in January.

French President Emmanuel Macron called Faye after his election to congratulate him, the Élysée said at the time, and invited him to visit France.

Senegal's previous president, Macky Sall, left power after two terms and a crisis over the postponement of the vote.

Watch: Faye's first cabinet meeting

Related
Mali: junta suspends political parties
Ghana's Akufo-Addo receives ECOWAS envoy
Senegal: Sonko unveils government

Share: Facebook | X | WhatsApp | Email | Copy link

Follow Africanews on WhatsApp"""))
