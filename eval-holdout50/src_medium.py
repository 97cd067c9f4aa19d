# Medium wire-style stories (1,200-2,000 characters), h50-13 .. h50-26
M = []

M.append(dict(id="h50-13", source="apanews.net",
url="https://apanews.net/en/niger-junta-leader-tiani-in-bamako-on-first-trip-abroad/",
published_at="2023-11-23", body="""APA - Bamako (Mali) | November 23, 2023 at 14:05

Niger junta leader Tiani in Bamako on first trip abroad

General Abdourahamane Tiani, the head of Niger's military government, arrived in Bamako on Thursday morning on his first trip abroad since the July 26 coup that toppled President Mohamed Bazoum.

Tiani, President of the National Council for the Safeguarding of the Homeland (CNSP) and Head of State, was welcomed at Modibo Keïta international airport by Colonel Assimi Goïta, the President of the Transition, Head of State of Mali, before the two men headed to the Koulouba palace for a tête-à-tête and talks between the delegations.

According to the Malian presidency, the discussions focused on the fight against terrorism, the implementation of the Liptako-Gourma Charter establishing the Alliance of Sahel States (AES), signed in September, and economic cooperation between the two landlocked countries.

"Niger and Mali are one people," Tiani said in a statement read on national television ORTM.

The Nigerien leader is expected in Ouagadougou later in the day for talks with Captain Ibrahim Traoré, the President of the Transition of Burkina Faso, sources close to his delegation said.

The three countries, all led by military governments, have pledged mutual assistance in case of an attack, after ECOWAS threatened to use force to reinstate Bazoum.

Tiani was accompanied by several ministers, including the Minister of State for Defence, General Salifou Mody.

JN/APA

Related news
Burkina: AES defence ministers meet in Ouagadougou
Côte d'Ivoire: Ouattara receives Ghanaian counterpart
Senegal: Sall appoints new prime minister

Share: Facebook | Twitter | LinkedIn | WhatsApp
Copyright APA News 2023"""))

M.append(dict(id="h50-14", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/73312",
published_at="2024-01-24", body="""President of Russia | Events | News

Talks with President of the Transition of Chad Mahamat Idriss Deby Itno

January 24, 2024 | 15:40 | The Kremlin, Moscow

Vladimir Putin held talks with President of the Transition, Head of State of the Republic of Chad Mahamat Idriss Deby Itno, who is in Russia on an official visit.

Beginning of the talks:

President of Russia Vladimir Putin: Mr President, friends,

I am very glad to welcome you to Moscow. This is your first visit to Russia as head of state, and we attach great importance to it.

Our relations have a long history. Many Chadian specialists were trained in our country. We see good opportunities for developing our ties in the economy, including energy, agriculture and education, and for our cooperation on international platforms.

We know that a referendum on a new constitution was held in your country recently. I am sure this will help stabilise the internal political situation. I hope that you will tell me about the situation in the region.

President of the Transition of Chad Mahamat Idriss Deby Itno (retranslated): Mr President,

Thank you for the invitation and for your warm welcome. I have come to strengthen the ties between our two brotherly countries. Chad is a sovereign country which wants to work with all partners.

<…>

The talks continued in an expanded format with the participation of members of the delegations.

Topics: Foreign policy | Chad

Persons: Deby Itno Mahamat Idriss | Putin Vladimir

Publication date: January 24, 2024, 15:40
Text version | Send to a friend | Print

Other news:
Meeting with Governor of Kursk Region
Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev"""))

M.append(dict(id="h50-15", source="wam.ae",
url="https://www.wam.ae/en/details/1395303167812",
published_at="2023-06", body="""Emirates News Agency - WAM | العربية | English | Français

UAE President receives President of the Transitional Period of Chad

ABU DHABI, (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Mahamat Idriss Déby Itno, President of the Transitional Period of the Republic of Chad, who is on an official visit to the UAE.

During the meeting, held at Qasr Al Shati in Abu Dhabi, His Highness and the Chadian President discussed the bilateral relations and ways to enhance cooperation in areas of mutual interest, including development, investment, energy, food security and infrastructure, in support of the two countries' sustainable development.

His Highness welcomed the Chadian President and his delegation, expressing his wishes for further progress and prosperity to Chad and its people. For his part, Mahamat Idriss Déby expressed his appreciation for the UAE's support to Chad and its humanitarian assistance to refugees in the east of the country.

The two sides also exchanged views on regional and international developments, particularly in the Sahel and in Sudan.

The two presidents then witnessed the exchange of a number of memoranda of understanding and agreements between the two countries, including in the fields of military cooperation, renewable energy and mining.

The meeting was attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor; Sheikh Shakhboot bin Nahyan Al Nahyan, Minister of State; and a number of sheikhs, ministers and senior officials.

WAM/Hatem Mohamed

Follow us: X | Instagram | Facebook | YouTube

Latest news
UAE President receives phone call from President of Kenya
Abdullah bin Zayed meets Foreign Minister of Brazil"""))

M.append(dict(id="h50-16", source="allafrica.com",
url="https://allafrica.com/stories/202401230412.html",
published_at="2024-01-23", body="""allAfrica | Top Headlines | Côte d'Ivoire | Diplomacy

Côte d'Ivoire: Head of State Receives U.S. Secretary of State Antony Blinken

Agence Ivoirienne de Presse (Abidjan) | 23 January 2024 | Translated from French

Abidjan — The President of the Republic, Alassane Ouattara, on Tuesday received at the Presidential Palace in the Plateau the United States Secretary of State, Antony Blinken, who is on a working visit to Côte d'Ivoire.

The talks, held in the presence of the Vice-President, Tiémoko Meyliet Koné, and the Minister of State for Foreign Affairs, Léon Kacou Adom, focused on bilateral cooperation, regional security, in particular the terrorist threat in the northern border areas, and the economy.

Speaking to the press after the audience, Mr Blinken praised "the leadership" of Côte d'Ivoire in West Africa and announced additional US support of $45 million for the coastal states of the Gulf of Guinea to strengthen their security.

The head of American diplomacy arrived in Abidjan on Monday from Cabo Verde. He attended, at the Olympic Stadium of Ebimpé, the Africa Cup of Nations match between Côte d'Ivoire and Equatorial Guinea.

After Abidjan, Mr Blinken is scheduled to travel to Nigeria and then to Angola, the last stage of a tour intended to reaffirm the United States' commitment to the continent.

AIP

Copyright © 2024 Agence Ivoirienne de Presse. All rights reserved. Distributed by AllAfrica Global Media (allAfrica.com).

Tagged: Côte d'Ivoire, West Africa, External Relations, United States, Governance

AllAfrica publishes around 400 reports a day from more than 100 news organizations. Subscribe to our free newsletter"""))

M.append(dict(id="h50-17", source="english.news.cn",
url="http://english.news.cn/20240117/4d8e2b1c6f0a4e9b8c7d5a3f2e1b0c9d/c.html",
published_at="2024-01-17", body="""Togolese president meets Chinese FM

Source: Xinhua | Editor: huaxia | 2024-01-17 23:41:06

LOME, Jan. 17 (Xinhua) -- Togolese President Faure Gnassingbe met with Chinese Foreign Minister Wang Yi in Lome on Wednesday.

Gnassingbe asked Wang to convey his cordial greetings to Chinese President Xi Jinping, saying that Togo highly appreciates China's long-term and selfless support for its economic and social development and firmly abides by the one-China principle.

Togo is willing to work with China to implement the outcomes of the Forum on China-Africa Cooperation and the Belt and Road Initiative, and deepen cooperation in infrastructure, agriculture and the digital economy, he said.

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said China and Togo are good friends and partners, and China is ready to strengthen exchanges of experience in governance with Togo.

Wang also held talks with Togolese Foreign Minister Robert Dussey. The two sides agreed to strengthen communication on regional security and on Togo's role in dialogue with the Sahel countries.

Togo is the third stop of Wang's tour, which has taken him to Egypt and Tunisia. He will next visit Cote d'Ivoire. It is the 34th consecutive year that the Chinese foreign minister has chosen Africa as the destination of his first overseas trip of the year. Enditem

Photo: Togolese President Faure Gnassingbe meets with Chinese Foreign Minister Wang Yi in Lome, Togo, Jan. 17, 2024. (Xinhua)

Related:
Wang Yi holds talks with Tunisian FM
Chinese premier to attend World Economic Forum in Davos

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h50-18", source="allafrica.com",
url="https://allafrica.com/stories/202405300735.html",
published_at="2024-05-30", body="""allAfrica | Top Headlines | Senegal | Mali | Burkina Faso

Senegal: President Diomaye Faye in Bamako, Then Ouagadougou, for Talks With Transition Leaders

Agence de Presse Sénégalaise (Dakar) | 30 May 2024 | Translated from French

Bamako — The President of the Republic, Bassirou Diomaye Faye, arrived on Thursday morning in Bamako, the Malian capital, for a working and friendship visit, APS learnt.

The Head of State was welcomed at the foot of the aircraft by Colonel Assimi Goïta, President of the Transition, Head of State of Mali, before the two leaders held a tête-à-tête at the Koulouba palace.

According to the Presidency of the Republic, the discussions covered bilateral cooperation, security in the Sahel, the Dakar-Bamako corridor, and relations between Mali and the Economic Community of West African States (ECOWAS), which Mali intends to leave alongside Burkina Faso and Niger.

"Senegal will not turn its back on its neighbours. We want to build bridges," President Faye said in a statement to the press.

The Head of State is to travel this afternoon to Ouagadougou, where he will be received by Captain Ibrahim Traoré, President of the Transition, Head of State of Burkina Faso.

Mr Faye, elected in March, has already visited Mauritania, The Gambia, Côte d'Ivoire, Ghana and Nigeria.

APS

Copyright © 2024 Agence de Presse Sénégalaise. All rights reserved. Distributed by AllAfrica Global Media (allAfrica.com).

More Senegal news
Foreign Minister Yassine Fall receives French ambassador Christine Fages
Sonko in Nouakchott for talks on gas

Tagged: Senegal, Mali, Burkina Faso, West Africa, ECOWAS"""))

M.append(dict(id="h50-19", source="tass.com",
url="https://tass.com/politics/1667829",
published_at="2023-08-31", body="""TASS | Russian News Agency | Politics

Russian deputy defense minister holds talks with Burkina Faso's leader

The Russian delegation discussed cooperation in defense and the training of Burkina Faso's military personnel, the Russian Defense Ministry said

MOSCOW, August 31. /TASS/. A delegation of the Russian Defense Ministry led by Deputy Defense Minister Yunus-Bek Yevkurov has held talks in Ouagadougou with the President of the Transition of Burkina Faso, Captain Ibrahim Traore, the ministry's press service said on Thursday.

"The parties discussed issues of cooperation in the military field, including the training of personnel of the armed forces of Burkina Faso in Russian military educational institutions," the ministry said.

The head of Burkina Faso thanked the Russian side for the results of the second Russia-Africa summit held in St. Petersburg in July and for the decision to supply grain to the country free of charge, the statement said.

The Russian delegation, which also included Colonel General Andrey Averyanov, earlier visited Libya, where Yevkurov held talks with the commander of the Libyan National Army, Khalifa Haftar.

Yevkurov also conveyed to Traore an invitation to take part in events in Russia, the ministry said, without giving details.

Relations between Moscow and Ouagadougou have grown closer since Traore came to power in September 2022. The Russian embassy in Burkina Faso, closed in 1992, is to reopen.

Tags: Russia, Burkina Faso, Russia-Africa, Defense Ministry

Read also
Russia, Libya agree to boost military cooperation
Lavrov, Guinea-Bissau's foreign minister discuss situation in Sahel

© 2023 TASS. When using this material, a hyperlink to TASS is required."""))

M.append(dict(id="h50-20", source="reuters.com",
url="https://www.reuters.com/world/africa/us-nuland-meets-niger-coup-leaders-talks-difficult-2023-08-07/",
published_at="2023-08-08", body="""Reuters | World | Africa

U.S. envoy Nuland calls talks with Niger coup leaders 'extremely frank'

By Reuters staff

August 8, 2023 1:17 AM GMT+1 | Updated

NIAMEY/WASHINGTON, Aug 7 (Reuters) - Acting U.S. Deputy Secretary of State Victoria Nuland said on Monday she had held "extremely frank and at times quite difficult" talks in Niamey with the military officers who seized power in Niger, but was not allowed to meet their leader, General Abdourahamane Tiani, or deposed President Mohamed Bazoum.

Nuland met for more than two hours with Brigadier General Moussa Salaou Barmou, who was named chief of defence staff by the junta, and three of his colonels.

"They are quite firm in their view of how they want to proceed, and it does not accord with the constitution of Niger," Nuland told reporters by phone after the meeting.

The United States has some 1,100 troops in Niger and has invested heavily in the country's security forces. U.S. Secretary of State Antony Blinken has spoken several times by phone with Bazoum since the coup.

A joint delegation from Mali and Burkina Faso, both ruled by juntas that have voiced support for the Niger coup leaders, also arrived in Niamey on Monday and was received by Tiani, Niger state television said.

The West African bloc ECOWAS said it would hold an emergency summit in Abuja on Thursday, after the junta ignored its Sunday deadline to reinstate Bazoum. The bloc's leaders had threatened to use force.

Mali's interim president Assimi Goita said last week that he had discussed the situation in Niger by telephone with Russian President Vladimir Putin.

(Reporting by Boureima Balima in Niamey and Humeyra Pamuk in Washington; Editing by Grant McCool)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Niger junta closes airspace, citing threat of intervention
Wagner chief Prigozhin hails Niger coup"""))

M.append(dict(id="h50-21", source="elysee.fr",
url="https://www.elysee.fr/en/emmanuel-macron/2024/11/25/state-visit-to-france-of-the-president-of-nigeria",
published_at="2024-11-25", body="""Élysée | The President | News | Agenda | Press | FR / EN

Press release

State visit to France of Mr Bola Ahmed Tinubu, President of the Federal Republic of Nigeria

25 November 2024

At the invitation of the President of the Republic, Mr Bola Ahmed Tinubu, President of the Federal Republic of Nigeria, and Mrs Oluremi Tinubu, will pay a State visit to France on 28 and 29 November 2024.

This is the first State visit by a Nigerian President to France in more than twenty years. It will illustrate the strength of the ties between France and Nigeria, Africa's most populous country and its leading economy, and the depth of the partnership that the two countries have built in recent years, in particular in the fields of the economy, culture, education and sport.

On Thursday 28 November, the President of the Republic and Mrs Brigitte Macron will welcome President and Mrs Tinubu at Les Invalides for an official welcome ceremony. The two Heads of State will then hold talks at the Élysée Palace. A State dinner will be offered in honour of the Nigerian President in the evening.

On Friday 29 November, the President of the Republic and President Tinubu will take part in a meeting with French and Nigerian business leaders, entrepreneurs and creators.

The visit follows that of the President of the Republic to Lagos in July 2018.

Other press releases
Telephone conversation with the President of Ukraine
Visit of the President of the Republic to Morocco: programme

Share: X | Facebook | LinkedIn | Email

Sign up for the Élysée newsletter"""))

M.append(dict(id="h50-22", source="mapnews.ma",
url="https://www.mapnews.ma/en/actualites/politics/hm-king-receives-foreign-ministers-burkina-faso-mali-and-niger",
published_at="2025-04-28", body="""MAP | Maghreb Arabe Presse | Politics | Economy | Regions | Sport

Politics

HM the King Receives Foreign Ministers of Burkina Faso, Mali and Niger

Monday 28 April 2025 - 18:02

Rabat - His Majesty King Mohammed VI, may God assist Him, received on Monday at the Royal Palace in Rabat the Ministers of Foreign Affairs of Burkina Faso, Mali and Niger, member countries of the Alliance of Sahel States (AES).

The audience was granted to Mr Karamoko Jean-Marie Traoré, Minister of Foreign Affairs, Regional Cooperation and Burkinabè Abroad of Burkina Faso, Mr Abdoulaye Diop, Minister of Foreign Affairs and International Cooperation of Mali, and Mr Bakary Yaou Sangaré, Minister of Foreign Affairs, Cooperation and Nigeriens Abroad of Niger.

On this occasion, the ministers conveyed to His Majesty the King messages of friendship and esteem from their respective Heads of State, and expressed their countries' gratitude for the Royal Initiative aimed at facilitating access for the Sahel States to the Atlantic Ocean.

The ministers also expressed their commitment to accelerating the implementation of this Initiative.

The audience took place in the presence of Mr Nasser Bourita, Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates.

Earlier in the day, the three ministers held a joint working session with Mr Bourita on the operational aspects of the Initiative, announced by His Majesty the King in November 2023.

MAP

Keywords: HM King Mohammed VI, Sahel, Atlantic Initiative, AES

Also read
Mr Bourita receives copy of credentials of new Ambassador of Nigeria
Morocco, Spain hold talks on customs at Ceuta and Melilla

© MAP 2025 | Terms of use"""))

M.append(dict(id="h50-23", source="gna.org.gh",
url="https://gna.org.gh/2025/03/mahama-holds-talks-with-goita-and-traore-in-aes-capitals/",
published_at="2025-03-09", body="""Ghana News Agency | GNA | News | Politics | Regional | Business

Mahama holds talks with Goita and Traore in AES capitals

Accra, March 9, GNA - President John Dramani Mahama has held talks with the leaders of Mali and Burkina Faso in Bamako and Ouagadougou as part of efforts to rebuild bridges between the Alliance of Sahel States (AES) and the rest of West Africa.

A statement issued by the Minister for Government Communications, Felix Kwakye Ofosu, said the President was received in Bamako on Saturday by General Assimi Goita, the President of the Transition, and travelled on to Ouagadougou on Sunday, where he met Captain Ibrahim Traore.

The discussions focused on security cooperation in the fight against terrorism, trade and the free movement of people and goods, which the President described as "too important to be held hostage by politics."

President Mahama said he would travel to Niamey shortly to meet General Abdourahamane Tiani, Head of State of Niger, to complete the consultations.

The President earlier appointed Mr Larry Gbevlo-Lartey as Special Envoy to the AES countries. Mr Gbevlo-Lartey accompanied the President on the trip, along with the Minister for Foreign Affairs, Mr Samuel Okudzeto Ablakwa.

The three Sahelian countries formally left ECOWAS in January after a one-year notice period.

GNA

Credit: Emmanuel Kwame | Edited by Christabel Addo

Tags: Mahama, Mali, Burkina Faso, AES, ECOWAS

Related Posts
Ablakwa receives copy of credentials from new Turkish Ambassador
Ghana, Togo to strengthen cooperation on border security

Leave a Reply | Your email address will not be published."""))

M.append(dict(id="h50-24", source="reuters.com",
url="https://www.reuters.com/world/africa/ghanas-akufo-addo-ivory-coasts-ouattara-meet-guinea-junta-conakry-2021-09-17/",
published_at="2021-09-17", body="""Reuters | World | Africa

West African leaders meet Guinea junta, call for quick transition

By Saliou Samb and Ange Aboa

CONAKRY/ABIDJAN, Sept 17 (Reuters) - The presidents of Ghana and Ivory Coast flew to Conakry on Friday and met Guinea's new military ruler Colonel Mamady Doumbouya, a day after West Africa's regional bloc imposed sanctions on the junta that ousted President Alpha Conde.

Ghana's Nana Akufo-Addo, who chairs the Economic Community of West African States (ECOWAS), and Ivory Coast's Alassane Ouattara met Doumbouya at the airport for about two hours, according to witnesses, before returning to their capitals the same day.

They also visited Conde, who has been held by the special forces since the Sept. 5 coup, Akufo-Addo said afterwards.

"The discussions were cordial and frank," Akufo-Addo told reporters. He said the soldiers had agreed to release Conde at a time to be determined and that ECOWAS was pushing for elections within six months.

At an extraordinary summit in Accra on Thursday, ECOWAS leaders suspended Guinea from the bloc, froze the financial assets of junta members and their relatives and imposed travel bans on them. Unlike in Mali last year, they stopped short of border closures.

Doumbouya has promised a transition government of national unity but has not given a timeline. He has been holding consultations with political parties, religious leaders and mining companies in the capital.

Guinea is the world's second-largest producer of bauxite, the ore used to make aluminium. Prices of the metal rose to a 10-year high after the coup.

(Writing by Bate Felix; Editing by Alex Richardson)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Mali junta in talks with Russia's Wagner, sources say
Aluminium hits decade high on Guinea supply fears"""))

M.append(dict(id="h50-25", source="africanews.com",
url="https://www.africanews.com/2025/05/10/burkina-faso-s-traore-holds-talks-with-putin-in-moscow/",
published_at="2025-05-10", body="""africanews. | Live | News | Business | Sport

Burkina Faso

Burkina Faso's Traoré holds talks with Putin in Moscow

By Africanews with AFP
Last updated: 10/05 - 16:42

Burkina Faso's military leader Captain Ibrahim Traoré held talks with Russian President Vladimir Putin in the Kremlin on Saturday, a day after attending the parade on Red Square marking the 80th anniversary of the victory over Nazi Germany.

Putin said Russia was ready to help Burkina Faso in security, energy and the training of specialists, and mentioned a project to build a nuclear power plant in the country. "We know how difficult the situation is in the Sahel," he said.

Traoré, 37, thanked Russia for its "sincere" support. "The history of our two peoples is a history of solidarity against fascism and colonialism," he said, according to a Kremlin transcript.

The Burkinabè leader was among more than 20 foreign leaders who attended the Victory Day commemorations, including China's Xi Jinping and Brazil's Luiz Inácio Lula da Silva.

Traoré, who seized power in 2022, has expelled French forces and turned to Russia for military support. Russian instructors from the Africa Corps are deployed in the country.

He previously met Putin on the sidelines of the Russia-Africa summit in Saint Petersburg in July 2023, where he made a speech that went viral across the continent.

Share: Facebook | X | WhatsApp

Related
Mali: junta dissolves all political parties
Xi and Putin sign statement on 'global strategic stability'
Niger's Tiani receives Russian delegation

Follow Africanews on WhatsApp | Download our app"""))

M.append(dict(id="h50-26", source="apnews.com",
url="https://apnews.com/article/congo-rwanda-peace-agreement-washington-rubio-trump",
published_at="2025-06-27", body="""AP | World News | Africa

Congo and Rwanda sign US-brokered peace agreement in Washington

By AP staff | Updated 7:58 PM GMT+1, June 27, 2025

WASHINGTON (AP) - The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday aimed at ending the fighting in eastern Congo, where Rwanda-backed M23 rebels have seized key cities this year.

Congo's Foreign Minister Thérèse Kayikwamba Wagner and Rwanda's Foreign Minister Olivier Nduhungirehe signed the accord at the State Department in a ceremony hosted by Secretary of State Marco Rubio, who called it "an important moment after 30 years of war."

The two ministers were later received in the Oval Office by President Donald Trump, who said he expected Congolese President Félix Tshisekedi and Rwandan President Paul Kagame to come to Washington "soon" to finalise the deal with him.

The agreement provides for the "disengagement" of Rwandan forces from eastern Congo within 90 days and a joint security coordination mechanism. It also commits the two countries to a regional economic integration framework.

Critics note that the agreement does not directly involve the M23, with which Congo is holding separate talks mediated by Qatar.

The U.S. has shown interest in Congo's vast deposits of minerals, including cobalt and coltan.

Analysts cautioned that earlier agreements between the two countries had collapsed, and that much depends on whether fighting on the ground stops.

Copyright 2025 The Associated Press. All Rights Reserved.

MORE AFRICA NEWS
Kenya's Ruto faces protests over police killing
Qatar hosts Congo and M23 delegations for new round"""))
