# Medium wire-style stories (1,200-2,000 characters), h58-13 .. h58-26
M = []

M.append(dict(id="h58-13", source="akipress.com",
url="https://akipress.com/news:801542:Japarov,_Rahmon_sign_treaty_on_Kyrgyz-Tajik_state_border_in_Dushanbe/",
published_at="2025-03-13", body="""AKIpress News Agency
USD/KGS 87.45 | EUR/KGS 95.10 | RUB/KGS 1.01 | Gold $2,941

Kyrgyzstan / Tajikistan
Japarov, Rahmon sign treaty on Kyrgyz-Tajik state border in Dushanbe

AKIpress news agency - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the treaty on the state border between the two countries in Dushanbe on March 13.

Japarov arrived in the Tajik capital earlier in the day on a state visit, the first by a Kyrgyz head of state to Tajikistan since the border clashes of 2021 and 2022, in which about 100 people were killed on both sides. He was met by Rahmon at Dushanbe International Airport.

The treaty completes the description of the common border of nearly 1,000 km, after the government delegations on delimitation and demarcation finished their work in December. The presidents also signed a joint statement and agreements on reopening checkpoints and restoring transport links, including air service between Bishkek and Dushanbe.

"Today we have put an end to a question that remained open for more than 30 years," Japarov said at the signing ceremony.

The treaty must be ratified by the parliaments of both countries.

Japarov and Rahmon, together with Uzbek President Shavkat Mirziyoyev, are expected to meet in the Tajik city of Khujand at the end of March to sign an agreement on the junction point of the three countries' borders.

The presidents at the signing ceremony. Photo: President's press service

Tags: Kyrgyzstan, Tajikistan, border, Sadyr Japarov, Emomali Rahmon

Read also:
Kyrgyzstan, Uzbekistan open new checkpoint in Osh region
Exchange rates of Kyrgyz som for March 13"""))

M.append(dict(id="h58-14", source="english.cctv.com",
url="https://english.cctv.com/2024/03/25/ARTIq3xNdY2uZbPz0nT5Kv4r240325.shtml",
published_at="2024-03-25", body="""CCTV English | News | China | World | Business
Xi holds talks with Nauruan President David Adeang
2024-03-25 19:36 | Editor: Wang Lin

BEIJING, March 25 -- Chinese President Xi Jinping held talks with Nauruan President David Adeang, who is on a state visit to China, at the Great Hall of the People in Beijing on Monday.

Xi welcomed Adeang as the first Nauruan head of state to visit China since the two countries resumed diplomatic relations, saying that Nauru's decision in January to recognize the one-China principle "stands on the right side of history".

Xi said China respects Nauru's sovereignty and independence, will provide assistance to the best of its ability without political strings, and supports the Pacific island country in responding to climate change.

Adeang said Nauru firmly adheres to the one-China principle and looks forward to cooperation under the Belt and Road Initiative in infrastructure, health, fisheries and education.

After the talks, the two heads of state witnessed the signing of bilateral cooperation documents on the Belt and Road Initiative, economic development, climate change and other fields.

Prior to the talks, Xi held a welcome ceremony for Adeang at the square outside the east gate of the Great Hall of the People.

Chinese Foreign Minister Wang Yi and Nauruan Foreign Minister Lionel Aingimea signed a joint communique on the resumption of diplomatic relations in Beijing on January 24.

Adeang arrived in Beijing on Sunday. During his stay he is also scheduled to meet Premier Li Qiang and to visit Guangdong Province.

Photo: Chinese President Xi Jinping holds a welcome ceremony for Nauruan President David Adeang in Beijing, March 25, 2024.

Related: China, Pacific island countries to deepen cooperation on disaster prevention

Copyright © China Central Television. All rights reserved."""))

M.append(dict(id="h58-15", source="reuters.com",
url="https://www.reuters.com/article/us-israel-oman-netanyahu/israels-netanyahu-makes-rare-visit-to-oman-meets-sultan-qaboos-idUSKCN1N01X4",
published_at="2018-10-26", body="""World News | October 26, 2018 / 8:52 PM

Israel's Netanyahu makes rare visit to Oman, meets Sultan Qaboos

JERUSALEM/DUBAI (Reuters) - Israeli Prime Minister Benjamin Netanyahu made a surprise visit to Oman on Friday and held talks with Sultan Qaboos bin Said, the first such meeting in over two decades between the leaders of Israel and the Gulf state, which has no diplomatic relations with Israel.

Netanyahu, accompanied by his wife Sara, Mossad director Yossi Cohen and national security adviser Meir Ben-Shabbat, returned to Israel after the visit, his office said in a statement released along with video of the two leaders.

The statement said they had discussed ways to advance the Middle East peace process and matters of mutual interest concerning regional stability. Oman's state news agency said the visit came at the sultan's invitation.

The last Israeli prime minister to visit Oman was Shimon Peres in 1996.

Palestinian President Mahmoud Abbas held talks with Qaboos in Muscat during a three-day visit to Oman that ended on Wednesday, Palestinian officials said.

Separately, Israeli Culture and Sports Minister Miri Regev was in Abu Dhabi on Friday for a judo tournament at which Israeli athletes are competing under their own flag for the first time.

Israel's Transport Minister Yisrael Katz is due to attend an international road transport conference in Muscat next month, where he plans to present a proposal for a regional railway linking Israel with the Gulf, his office said.

Netanyahu's office declined to comment on reports in Israeli media that he could visit Bahrain next.

Reporting by Noam Shalev in Jerusalem and Fatma Al-Balushi in Dubai; Editing by Martin Hale

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h58-16", source="bna.bh",
url="https://www.bna.bh/en/BahrainandQataragreetoresumediplomaticrelations.aspx?cms=q8FmFJgiscL2fwIzON1%2BDn2Bnq5",
published_at="2023-04-12", body="""Bahrain News Agency
Home | Kingdom | Politics | Economy | Local | Sports | Photos

Bahrain and Qatar agree to resume diplomatic relations

Manama, Apr. 12 (BNA) -- The Kingdom of Bahrain and the State of Qatar have agreed to resume diplomatic relations, in accordance with the Vienna Convention on Diplomatic Relations of 1961, following a meeting held today at the headquarters of the General Secretariat of the Gulf Cooperation Council (GCC) in Riyadh.

The Bahraini delegation was headed by the Under-Secretary for Political Affairs at the Ministry of Foreign Affairs, Dr Shaikh Abdulla bin Ahmed Al Khalifa, while the Qatari delegation was headed by the Secretary-General of the Ministry of Foreign Affairs, Dr Ahmed bin Hassan Al-Hammadi. The meeting was attended by the GCC Secretary-General, Jasem Mohamed Albudaiwi.

The two sides expressed their desire to develop bilateral relations on the basis of the principles of equality, good-neighbourliness and non-interference in internal affairs, in implementation of the AlUla Declaration, and in a way that strengthens the unity of the GCC.

The meeting was the second round of talks between the Bahraini and Qatari bilateral committees, after an initial session held at the GCC General Secretariat in February.

The GCC Secretary-General welcomed the outcome, describing it as an important step that reinforces joint Gulf action.

BNA

Other news
HM the King receives phone call from Egyptian President
Foreign Minister receives copy of credentials of new Japanese Ambassador
Shura Council approves draft law on public health

© 2023 Bahrain News Agency. All rights reserved."""))

M.append(dict(id="h58-17", source="azertac.az",
url="https://azertac.az/eng/politics/President_Ilham_Aliyev_and_President_Recep_Tayyip_Erdogan_held_meeting_in_Nakhchivan-2741556",
published_at="2023-09-25", body="""AZERTAC | Azerbaijan State News Agency
Politics | 25.09.2023 [18:10]

President Ilham Aliyev and President Recep Tayyip Erdogan held meeting in Nakhchivan

Nakhchivan, September 25, AZERTAC

President of the Republic of Azerbaijan Ilham Aliyev and President of the Republic of Türkiye Recep Tayyip Erdogan met in Nakhchivan.

President Erdogan arrived in the Nakhchivan Autonomous Republic on a working visit and was welcomed at Nakhchivan International Airport by President Ilham Aliyev.

The heads of state held a one-on-one meeting, followed by a meeting in an expanded format with the participation of delegations.

The presidents then attended a ceremony to lay the foundation of the Igdir-Nakhchivan gas pipeline and opened a modernized military complex of the Combined Arms Army. A gas supply agreement between SOCAR and BOTAŞ was signed in their presence.

President Ilham Aliyev thanked Türkiye for its moral and political support during last week's local anti-terror measures in the Karabakh economic region. President Erdogan said the two countries would continue to stand together and spoke of the importance of opening transport links through the region.

President Ilham Aliyev is expected to attend the European Political Community summit in Granada, Spain, on October 5, where a meeting with Armenian Prime Minister Nikol Pashinyan in a five-party format with French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel has been proposed.

Photo: AZERTAC

Related
President Ilham Aliyev had phone conversation with President of Russia Vladimir Putin
Azerbaijani Foreign Minister meets UN Resident Coordinator

© AZERTAC. Use of materials requires a hyperlink."""))

M.append(dict(id="h58-18", source="astanatimes.com",
url="https://astanatimes.com/2023/11/tokayev-macron-discuss-critical-minerals-energy-as-french-president-visits-astana/",
published_at="2023-11-02", body="""The Astana Times
USD/KZT 464.6 | EUR/KZT 490.9 | Brent $84.7

Tokayev, Macron Discuss Critical Minerals, Energy as French President Visits Astana

By Dana Omarova in Nation on 2 November 2023

ASTANA – Kazakh President Kassym-Jomart Tokayev held talks with French President Emmanuel Macron in Astana on Nov. 1, during Macron's first visit to Kazakhstan as head of state, the Akorda press service reported.

After a welcome ceremony at the Akorda presidential residence, the leaders met in narrow and expanded formats. Tokayev called France one of Kazakhstan's key partners in Europe and its fifth-largest investor, noting that French companies have invested more than $17 billion in the country since independence.

The sides signed documents on critical raw materials, the energy transition, aviation and education. France's Orano and Kazakhstan's Kazatomprom discussed long-term uranium supplies.

On Nov. 2, the two presidents addressed the Kazakh-French business council.

Macron leaves for Samarkand later on Nov. 2 for talks with Uzbek President Shavkat Mirziyoyev on the second leg of what the Elysee Palace described as a Central Asian tour.

Macron invited Tokayev to visit Paris next year, according to Akorda.

Kazinform contributed to this story.

Read also:
Kazakh, Uzbek presidents discuss water use in phone call
Kazakhstan's inflation slows to 10.8%

Share: Facebook | X | Telegram"""))

M.append(dict(id="h58-19", source="barrons.com",
url="https://www.barrons.com/news/guinea-bissau-leader-meets-putin-says-will-carry-message-to-kyiv-01666710263",
published_at="2022-10-25", body="""Barron's
Sign up for Barron's newsletters | Subscribe

AFP
Guinea-Bissau Leader Meets Putin, Says Will Carry Message To Kyiv
By AFP - Agence France Presse
Oct 25, 2022 11:04 AM EDT

Guinea-Bissau's President Umaro Sissoco Embalo, the current chairman of the West African bloc ECOWAS, met Russian President Vladimir Putin in the Kremlin on Tuesday and said he would travel on to Kyiv with a message for Volodymyr Zelensky.

"President Putin has given me a message for President Zelensky, and I am going to Kyiv," Embalo told reporters in Moscow after the talks, without giving details.

Embalo's office said he was due to arrive in the Ukrainian capital on Wednesday.

Putin told his guest that Russia valued its long-standing ties with Guinea-Bissau and was ready to expand cooperation in energy, agriculture and education, according to a Kremlin transcript.

The West African leader said he had come to Moscow as a friend of both sides and wanted to help find a way to end the war, which has pushed up food and fertiliser prices across Africa.

Putin hosted Senegal's President Macky Sall, then chairman of the African Union, in Sochi in June for talks focused on grain and fertiliser exports.

Embalo has sought a higher profile on the international stage since taking over the rotating ECOWAS chairmanship in July.

bur/gw

© 2022 AFP

Copyright © 2022 Dow Jones & Company, Inc. All Rights Reserved."""))

M.append(dict(id="h58-20", source="nannews.ng",
url="https://nannews.ng/2016/12/03/nigeria-morocco-sign-gas-pipeline-deal-as-king-mohammed-vi-ends-abuja-visit/",
published_at="2016-12-03", body="""News Agency of Nigeria (NAN)
Home | Politics | Business | Metro | Sports | Foreign

Nigeria, Morocco sign gas pipeline deal as King Mohammed VI ends Abuja visit

December 3, 2016 | By Ikechukwu Okafor

Abuja, Dec. 3, 2016 (NAN) Nigeria and Morocco on Saturday signed an agreement on a regional gas pipeline that will carry Nigerian gas along the West African coast to Morocco and, eventually, on to Europe.

The agreement was signed by the Nigerian National Petroleum Corporation (NNPC) and Morocco's national hydrocarbons office, ONHYM, in the presence of President Muhammadu Buhari and King Mohammed VI at the Presidential Villa, at the end of the monarch's two-day state visit.

The two sides also signed an agreement between Morocco's OCP and the Nigerian fertiliser industry to revive blending plants across the country.

The king, who arrived in Abuja on Thursday night, is making his first visit to Nigeria. He held closed-door talks with Buhari on Friday.

Minister of Foreign Affairs Geoffrey Onyeama told State House correspondents that the pipeline would link several West African countries and boost regional integration.

Onyeama said Buhari had accepted an invitation to visit Morocco at a date to be fixed through diplomatic channels.

The visit follows the king's tour of East African countries in recent weeks, including Ethiopia and Madagascar, as Morocco seeks to rejoin the African Union.

NAN reports that Nigeria had long backed the Polisario Front on the Western Sahara question, a position analysts say may soften after the visit.

Edited by Chinyere Bassey

Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h58-21", source="fijitimes.com.fj",
url="https://www.fijitimes.com.fj/australia-tuvalu-sign-falepili-treaty/",
published_at="2023-11-11", body="""The Fiji Times
FJD/AUD 0.6920 | FJD/USD 0.4412 | FJD/NZD 0.7440
Subscribe to The Fiji Times e-paper | Download our app

World
Australia, Tuvalu sign 'Falepili' treaty offering climate refuge, security guarantee

By AAP | Saturday, November 11, 2023

AUSTRALIA and Tuvalu have signed a treaty that will allow up to 280 Tuvaluans a year to move to Australia, in exchange for Canberra gaining a say over the island nation's security dealings with other countries.

Prime Minister Anthony Albanese and his Tuvaluan counterpart Kausea Natano signed the Falepili Union on Friday on the sidelines of the Pacific Islands Forum leaders' meeting in Rarotonga, Cook Islands.

Under the treaty, Australia commits to help Tuvalu respond to a major natural disaster, a pandemic or military aggression. Tuvalu in turn must agree with Australia before entering any security or defence partnership with another state.

Mr Albanese called it "the most significant agreement between Australia and a Pacific island nation ever".

Mr Albanese flew to Rarotonga after a four-day visit to China, the first by an Australian prime minister in seven years.

Former Tuvalu prime minister Enele Sopoaga criticised the security clauses, saying they gave away too much sovereignty.

The treaty must be ratified by both countries. Tuvalu holds a general election in January.

AAP

Related stories
Rabuka calls for 'ocean of peace' at forum
Forum leaders meet NZ delegation in Rarotonga

Share | Comments (3)"""))

M.append(dict(id="h58-22", source="apnews.com",
url="https://apnews.com/article/haiti-kenya-ruto-visit-police-mission-gangs-5b0e2f6d8c3a4a1e9d7f2b6c4e8a1d03",
published_at="2024-09-21", body="""AP
WORLD NEWS

Kenya's president visits Haiti to see police mission he leads

By MARIE-LUCE JOSEPH and DAVID KIPRONO
Updated 4:12 PM EDT, September 21, 2024

PORT-AU-PRINCE, Haiti (AP) — Kenyan President William Ruto arrived in Haiti on Saturday to visit the Kenyan police officers leading a U.N.-backed mission against gangs, and to meet Haitian leaders as the mission struggles with a shortage of money and personnel.

Ruto met with Prime Minister Garry Conille and Edgard Leblanc Fils, president of the transitional presidential council, at a police base near the capital's main airport. He told officers that the mission would succeed and said Kenya would send 600 more officers in November.

Nearly 400 Kenyan police have arrived since June, joined by smaller contingents from Jamaica, Belize and the Bahamas. Gangs still control about 80% of Port-au-Prince.

Ruto's trip comes two weeks after U.S. Secretary of State Antony Blinken visited Port-au-Prince and pledged an additional $45 million in humanitarian aid.

Ruto is scheduled to travel to New York on Sunday for the U.N. General Assembly, where he is expected to push for more funding for the mission and for turning it into a U.N. peacekeeping operation.

More than 700,000 Haitians have been displaced by gang violence, according to the U.N.

Copyright 2024 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h58-23", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/ocn/fj/pageite_000001_00712.html",
published_at="2024-07-17", body="""Ministry of Foreign Affairs of Japan
Home > Foreign Policy > Regional Affairs > Oceania > Fiji

Japan-Fiji Summit Meeting

July 17, 2024

On July 17, commencing at 3:10 p.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with the Hon. Sitiveni Rabuka, Prime Minister of the Republic of Fiji, who is visiting Japan to attend the Tenth Pacific Islands Leaders Meeting (PALM10). The overview of the meeting is as follows.

1. At the outset, Prime Minister Kishida welcomed Prime Minister Rabuka's visit to Japan and expressed his appreciation for Fiji's role as a hub of the Pacific region.

2. Prime Minister Kishida stated that Japan has decided to provide Official Security Assistance (OSA) to Fiji, including patrol boats, and that Japan will continue to support Fiji in the fields of disaster risk reduction and climate change.

3. Prime Minister Rabuka explained his "Ocean of Peace" concept, and Prime Minister Kishida expressed his support.

4. The two leaders exchanged views on regional affairs, including the East and South China Seas and North Korea, and confirmed that they will work together towards a free and open Indo-Pacific.

5. Prime Minister Rabuka invited Prime Minister Kishida to visit Fiji.

Related Links
Japan-Palau Summit Meeting (July 16, 2024)
Japan-Tuvalu Summit Meeting (July 17, 2024)
Japan-Cook Islands Summit Meeting (July 18, 2024)

Back to Fiji | Page top"""))

M.append(dict(id="h58-24", source="ansa.it",
url="https://www.ansa.it/english/news/politics/2023/11/06/meloni-rama-sign-deal-on-migrant-centres-in-albania_8f2e1c0a.html",
published_at="2023-11-06", body="""ANSA English
Politics

Meloni, Rama sign deal on migrant centres in Albania
Italy to run two facilities for up to 3,000 people rescued at sea

06 November 2023 17:55

(ANSA) - ROME, NOV 6 - Premier Giorgia Meloni and her Albanian counterpart Edi Rama on Monday signed a memorandum of understanding under which Italy will build and run two centres in Albania to process migrants rescued by Italian vessels in the Mediterranean.

The protocol was signed at Palazzo Chigi at the end of talks between the two leaders.

Up to 3,000 migrants at a time will be held at facilities in the port of Shengjin and at Gjader, inland, under Italian jurisdiction, while their asylum requests are examined. Minors, pregnant women and other vulnerable people will not be sent there. The centres are expected to open in the spring.

"Albania is behaving like an EU member state even though it is not yet one," Meloni said. Rama said his country would "never forget" the Italians who took in Albanians fleeing in the 1990s.

Opposition Democratic Party leader Elly Schlein said the deal was unworkable and in breach of international law, and rights groups voiced concern.

A European Commission spokesperson said Brussels had asked Rome for details of the agreement.

The deal was first discussed when Meloni spent part of her summer holiday in Albania in August.

ALL RIGHTS RESERVED © Copyright ANSA

Most read
Tajani to meet Blinken at G7 foreign ministers' talks in Tokyo
Milan smog levels over limit for fifth day"""))

M.append(dict(id="h58-25", source="en.irna.ir",
url="https://en.irna.ir/news/85050211/Iran-Saudi-Arabia-agree-to-resume-diplomatic-ties-after-Beijing",
published_at="2023-03-10", body="""IRNA English | Islamic Republic News Agency
Politics | Mar 10, 2023, 5:21 PM | News ID: 85050211

Iran, Saudi Arabia agree to resume diplomatic ties after Beijing talks

Tehran, IRNA -- The Islamic Republic of Iran and the Kingdom of Saudi Arabia have agreed to resume diplomatic relations and to reopen their embassies and missions within a maximum of two months, according to a joint statement issued in Beijing on Friday.

The agreement was reached after intensive talks in the Chinese capital from March 6 to 10 between Ali Shamkhani, Secretary of Iran's Supreme National Security Council, and Musaed bin Mohammed Al-Aiban, Minister of State and National Security Adviser of Saudi Arabia, hosted by China's top diplomat Wang Yi.

The trilateral statement, signed by the three officials, stresses respect for the sovereignty of states and non-interference in their internal affairs. The two sides also agreed to activate the security cooperation agreement signed in 2001 and the general agreement on economy, trade, investment, technology, science, culture, sports and youth signed in 1998.

According to the statement, the foreign ministers of the two countries will meet to implement the decision, arrange for the return of their ambassadors and discuss ways of strengthening bilateral relations.

Shamkhani described the talks as "clear, transparent, comprehensive and constructive", and thanked Iraq and Oman for hosting earlier rounds of dialogue in 2021 and 2022.

The talks followed President Ebrahim Raisi's state visit to China in February.

Related news
Amirabdollahian holds phone talks with Iraqi counterpart
Iran's non-oil exports up 12 percent

Print | Send"""))

M.append(dict(id="h58-26", source="apanews.net",
url="https://apanews.net/chad-deby-holds-talks-with-putin-in-moscow/",
published_at="2024-01-24", body="""APA News | African Press Agency
Politics | Home | Economy | Society

Chad's Déby holds talks with Putin in Moscow

Moscow (Russia) 24 January 2024 (APA) - Chad's transitional president, General Mahamat Idriss Déby Itno, held talks with Russian President Vladimir Putin at the Kremlin on Wednesday, in a visit seen as a sign of N'Djamena's growing openness to Moscow.

Putin welcomed his guest and said Russia was following developments in Chad closely and was ready to help stabilise the situation in the country and the wider region. He noted that the two countries would mark 60 years of diplomatic relations this year.

Déby, who took power in April 2021 after his father, Idriss Déby Itno, was killed on the front line against rebels, said he had come to Moscow to "strengthen our brotherly relations" and to diversify Chad's partnerships.

Chad remains one of France's closest partners in the Sahel and hosts around 1,000 French troops, while its neighbours Niger, Mali and Burkina Faso, all ruled by military governments, have pushed out French forces and turned towards Russia.

The visit is Déby's first to Russia as head of state. Chad is due to hold a presidential election later this year, ending a transition that has lasted almost three years.

JN/APA

Other news
Senegal: Constitutional Council publishes final list of presidential candidates
Niger: Prime Minister Zeine leads delegation to Moscow
AFCON 2023: Cape Verde top Group B"""))
