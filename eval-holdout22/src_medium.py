# Medium wire-style stories (1,200-2,000 characters), h22-13 .. h22-26
M = []

M.append(dict(id="h22-13", source="ekathimerini.com",
url="https://www.ekathimerini.com/news/189021/tsipras-and-putin-talk-energy-sanctions-in-moscow/",
published_at="2015-04-08", body="""ekathimerini.com | Wednesday, April 8, 2015 | Athens 17°C
News | Business | Opinion | Life | Multimedia

Tsipras and Putin talk energy, sanctions in Moscow

Prime Minister Alexis Tsipras held talks with Russian President Vladimir Putin in the Kremlin on Wednesday, on a visit that has been watched closely by Greece's eurozone partners as Athens runs short of cash.

Putin told a joint news conference that Greece had not asked Moscow for financial aid, but said Russia could consider providing loans for joint projects, including the possible extension of the planned Turkish Stream gas pipeline across Greek territory. Tsipras described EU sanctions against Russia as "a road that leads nowhere" but stressed that Greece was a sovereign country and a loyal member of the European Union.

The two sides also discussed Russia's ban on food imports from the EU, which has hit Greek fruit exporters hard. Putin suggested that joint ventures with Russian partners could be exempted.

Tsipras arrived in Moscow on Tuesday evening and laid a wreath at the Tomb of the Unknown Soldier on Wednesday morning. On Thursday he is scheduled to meet Prime Minister Dmitry Medvedev and Patriarch Kirill before returning to Athens.

Greece must repay some 450 million euros to the International Monetary Fund on Thursday. Finance Minister Yanis Varoufakis has said the payment will be made on time.

ADVERTISEMENT

Related
Varoufakis: "We will meet our obligations to all creditors"
Government spokesman: talks with institutions to continue
Lafazanis back from Moscow with pipeline proposal

Share: Facebook | Twitter | Email
© 2015 Kathimerini Publishing SA"""))

M.append(dict(id="h22-14", source="hurriyetdailynews.com",
url="http://www.hurriyetdailynews.com/erdogan-putin-vow-to-restore-ties-in-st-petersburg-meeting.aspx?pageID=238&nID=102615",
published_at="2016-08-09", body="""Hürriyet Daily News
BIST 100 77,423 ▲ 0.64% | USD/TRY 2.9814 | EUR/TRY 3.3052

TURKEY | ECONOMY | WORLD | OPINION | ARTS & LIFE

Erdoğan, Putin vow to restore ties in St. Petersburg meeting

ST. PETERSBURG

President Recep Tayyip Erdoğan and Russian President Vladimir Putin pledged on Aug. 9 to bring relations back to where they were before Turkey shot down a Russian warplane near the Syrian border last November, in their first meeting since the crisis.

The talks at the Konstantinovsky Palace outside St. Petersburg were Erdoğan's first trip abroad since the failed coup attempt of July 15.

Putin said Russia would lift its sanctions on Turkey step by step and that charter flights for Russian tourists would resume. The two leaders agreed to revive the TurkStream gas pipeline project and to speed up work on the Akkuyu nuclear power plant that Russia's Rosatom is building in southern Turkey.

Erdoğan repeatedly called his host "my dear friend" and thanked him for being among the first leaders to telephone him after the coup attempt.

Foreign Minister Mevlüt Çavuşoğlu said a mechanism bringing together military, intelligence and diplomatic officials would be set up to discuss Syria, where the two countries back opposite sides.

Western officials are watching the rapprochement warily at a time when Ankara's relations with the United States and the EU are strained over the post-coup crackdown.

Iranian Foreign Minister Mohammad Javad Zarif is expected in Ankara on Friday for talks, Turkish diplomatic sources said.

Recommended
Turkey seeks US extradition of Fethullah Gülen
Tourism sector hopes for Russian return

Share: Facebook | Twitter | LinkedIn | Email
Copyright © 2016 Hürriyet Daily News"""))

M.append(dict(id="h22-15", source="thelocal.at",
url="https://www.thelocal.at/20180605/putin-in-vienna-kurz-hosts-russian-leader-as-gas-deal-extended",
published_at="2018-06-05", body="""The Local Austria - News in English
Membership | Newsletter | Jobs | Housing | Discussion

Putin in Vienna: Kurz hosts Russian leader as gas deal extended to 2040

Published: 5 June 2018 16:40 CEST

Russian President Vladimir Putin arrived in Vienna on Tuesday on his first trip to an EU country since the start of his fourth term, for talks with President Alexander Van der Bellen and Chancellor Sebastian Kurz.

During the visit, Austria's OMV and Russia's Gazprom extended their gas supply contract until 2040, in the presence of Putin and Kurz. The signing marked fifty years since Austria became the first Western European country to buy gas from the Soviet Union.

Kurz, whose government takes over the rotating EU presidency on July 1, said Austria wanted to be a "bridge builder" between East and West, but that EU sanctions could only be eased once there was progress on implementing the Minsk agreements for eastern Ukraine.

The chancellor also said Vienna would be glad to host a summit between Putin and US President Donald Trump if both sides wished. Putin said he had no plans for such a meeting yet.

Later on Tuesday Putin was due to address business leaders at the Austrian Economic Chamber.

The visit has drawn criticism from some EU partners, who see Austria's government, in which the far-right Freedom Party (FPÖ) is the junior coalition partner, as too close to Moscow. The FPÖ signed a cooperation agreement with Putin's United Russia party in 2016.

Police closed off parts of the city centre, and a small group of protesters gathered near the Hofburg.

Don't miss a story: Sign up to our free newsletter

See also
Vienna named world's most liveable city
Austrian army to buy new helicopters

Comments"""))

M.append(dict(id="h22-16", source="belsat.eu",
url="https://belsat.eu/en/news/pompeo-in-minsk-us-ready-to-supply-100-of-belarus-s-oil/",
published_at="2020-02-01", body="""Belsat TV | Independent Belarusian TV channel
News | Belarus | Politics | Economy | Society | Culture

Pompeo in Minsk: US ready to supply 100% of Belarus's oil

2020.02.01 16:52

US Secretary of State Mike Pompeo held talks with Alyaksandr Lukashenka and Foreign Minister Uladzimir Makei in Minsk on Saturday, the first visit by a US secretary of state to Belarus since 1994.

After the meeting Pompeo said American producers were ready to supply all the oil Belarus needs "at competitive prices". Minsk has been looking for alternatives to Russian crude since January 1, when deliveries were cut back amid a dispute over prices.

The two sides said they would return ambassadors to each other's capitals for the first time since 2008, and Pompeo said the nomination process for a US ambassador was under way.

Lukashenka told reporters that Belarus did not want to be forced to choose between East and West. His talks with Vladimir Putin in Sochi in December on closer integration with Russia ended without agreement.

Pompeo arrived in Minsk from Kyiv, where he met President Volodymyr Zelensky on Friday. He also met representatives of Belarusian civil society.

Later on Saturday he is due to fly to Nur-Sultan for talks with Kazakh President Kassym-Jomart Tokayev and Foreign Minister Mukhtar Tileuberdi. His tour ends in Tashkent, where he will meet President Shavkat Mirziyoyev and attend a meeting of foreign ministers in the C5+1 format.

Support Belsat: donate

Related
Lukashenka, Putin fail to agree on oil price at Sochi talks
Opposition: "Integration roadmaps must be published"

Tags: Mike Pompeo, Alyaksandr Lukashenka, USA, oil
Share: Facebook | Twitter | Telegram"""))

M.append(dict(id="h22-17", source="apnews.com",
url="https://apnews.com/article/kamala-harris-guatemala-giammattei-migration-do-not-come",
published_at="2021-06-07", body="""AP
World News | U.S. News | Politics | Sports | Entertainment | Business

Harris tells Guatemalans "do not come" on first foreign trip

By Carla Mendoza and Ben Hartley
June 7, 2021

GUATEMALA CITY (AP) — Vice President Kamala Harris delivered a blunt message on Monday to Guatemalans thinking about making the journey north: "Do not come."

Harris spoke at a news conference with President Alejandro Giammattei after their talks at the National Palace of Culture. She announced a US task force to fight human smuggling and trafficking and another on corruption, and said Washington would invest in housing, agriculture and business programs for young people in Guatemala.

Giammattei said mixed signals from the US had encouraged migrants and asked Washington to help with vaccines.

Harris, tasked by President Joe Biden with addressing the root causes of migration from Central America, arrived late on Sunday after Air Force Two turned back to Joint Base Andrews because of a technical problem shortly after takeoff.

On Tuesday she goes to Mexico City to meet President Andrés Manuel López Obrador. Officials said the two governments were expected to sign an agreement on development in southern Mexico and Central America. Harris held a virtual meeting with López Obrador in May and one with Giammattei in April.

Some progressive Democrats criticised the "do not come" message, saying seeking asylum was legal.

Copyright 2021 The Associated Press. All Rights Reserved.

ADVERTISEMENT"""))

M.append(dict(id="h22-18", source="prensa-latina.cu",
url="https://www.plenglish.com/news/2022/11/21/cuban-president-arrives-in-moscow-on-official-visit/",
published_at="2022-11-21", body="""Prensa Latina | Latin American News Agency
Español | English | Português | Italiano
Cuba | Latin America | World | Economy | Culture | Sports

Cuban President arrives in Moscow on official visit

Moscow, Nov 21 (Prensa Latina) The President of Cuba, Miguel Díaz-Canel, arrived in the Russian capital on Sunday night on an official visit that will include talks with his counterpart Vladimir Putin, as part of a tour that previously took him to Algeria and Türkiye.

The Cuban head of state was received at Vnukovo airport by Deputy Foreign Minister Sergei Ryabkov and by Cuban ambassador Julio Garmendía.

The agenda includes a floral tribute at the Tomb of the Unknown Soldier, meetings with the leaders of the Federation Council and the State Duma, and a meeting with Patriarch Kirill of Moscow and All Russia. On Tuesday, Díaz-Canel and Putin will hold official talks in the Kremlin and unveil a monument to the historic leader of the Cuban Revolution, Fidel Castro.

The Cuban delegation includes Foreign Minister Bruno Rodríguez and Deputy Prime Minister Ricardo Cabrisas, who chairs the intergovernmental commission for economic and trade cooperation.

In Algiers, Díaz-Canel held talks with President Abdelmadjid Tebboune, and in Ankara with President Recep Tayyip Erdogan.

The tour will conclude in China, where the Cuban president will be one of the first foreign leaders received by Xi Jinping after the 20th Congress of the Communist Party of China.

ale/crc

Related news
Cuba and Russia review cooperation in energy and transport
Cuban FM denounces US blockade at UN

Share: Facebook | Twitter | Telegram"""))

M.append(dict(id="h22-19", source="tass.com",
url="https://tass.com/politics/1605447",
published_at="2023-04-17", body="""TASS | Russian News Agency
Politics | World | Business | Military & Defense | Science | Emergencies | Society & Culture | Sport

Lavrov begins Latin America tour with talks in Brasilia

BRASILIA, April 17. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Brazilian Foreign Minister Mauro Vieira in Brasilia on Monday at the start of a tour of Latin America, and was later received by President Luiz Inacio Lula da Silva.

"We are grateful to our Brazilian friends for their excellent understanding of the genesis of the situation" in Ukraine, Lavrov told a joint news conference. He said Moscow was interested in the conflict ending "as soon as possible" and that it took note of Brazil's proposal to form a group of countries to help mediate.

Vieira said Brazil opposed unilateral sanctions that had not been approved by the UN Security Council and wanted to expand trade with Russia, including in fertilizers and diesel fuel.

The ministers also discussed cooperation within BRICS and in the G20, which Brazil chairs next year.

After Brazil, Lavrov's tour will take him to Venezuela, Nicaragua and Cuba.

More news
Shoigu holds talks with Chinese Defense Minister Li Shangfu in Moscow
Kremlin says no date yet for next round of grain deal talks
Russian economy ministry raises 2023 GDP forecast

Tags: Russia, Brazil, Sergey Lavrov, Foreign policy
All news
Copyright © 2023 TASS"""))

M.append(dict(id="h22-20", source="gov.uk",
url="https://www.gov.uk/government/news/foreign-secretary-becomes-first-to-visit-all-five-central-asian-countries",
published_at="2024-04-22", body="""Cookies on GOV.UK
We use some essential cookies to make this website work. [Accept additional cookies] [Reject additional cookies] [View cookies]

GOV.UK

Home > Government > World > Central Asia

Press release
Foreign Secretary becomes first to visit all five Central Asian countries

Lord Cameron will visit Tajikistan, Kyrgyzstan, Kazakhstan, Uzbekistan and Turkmenistan this week, before travelling on to Mongolia.

From: Foreign, Commonwealth & Development Office and The Rt Hon Lord Cameron
Published 22 April 2024

- Foreign Secretary to set out the UK's offer on trade, investment, English language and climate resilience
- first visit by a UK Foreign Secretary to all five Central Asian countries
- talks will also cover regional security and preventing the circumvention of sanctions against Russia

Foreign Secretary Lord Cameron will this week become the first UK Foreign Secretary to visit all five countries of Central Asia, as the UK steps up its engagement with a region of growing strategic importance.

In each country, the Foreign Secretary will meet the President and the Foreign Minister. He will then travel to Mongolia for talks with the country's leadership.

Foreign Secretary Lord Cameron said:

"Central Asia sits at the crossroads between Europe and Asia. These countries want more choice in who they work with, and the UK wants to be their partner of choice on trade, education and energy."

The Foreign Secretary will announce new funding for English language teaching and for projects on climate adaptation and water management in the region.

Related content
UK and Central Asia: joint statement on trade
Foreign Secretary statement on Iran

Explore the topic: Foreign affairs

Is this page useful? Yes | No | Report a problem with this page

OGL | All content is available under the Open Government Licence v3.0, except where otherwise stated | © Crown copyright"""))

M.append(dict(id="h22-21", source="english.news.cn",
url="https://english.news.cn/20240705/3c9f1a7b42e54d0e9f6b8a21c0d5e7f3/c.html",
published_at="2024-07-05", body="""Xi, Tajik president agree to deepen comprehensive strategic cooperative partnership

Source: Xinhua | Editor: huaxia | 2024-07-05 19:48:10

DUSHANBE, July 5 (Xinhua) -- Chinese President Xi Jinping held talks with Tajik President Emomali Rahmon in Dushanbe on Friday, with the two heads of state agreeing to build a China-Tajikistan comprehensive strategic cooperative partnership in the new era.

Xi arrived in Dushanbe on Thursday for a state visit to Tajikistan, after attending the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organization and paying a state visit to Kazakhstan in Astana.

Xi said China and Tajikistan are good neighbors, good friends and good partners, and that China firmly supports Tajikistan in safeguarding its national sovereignty, security and stability. He called for expanding cooperation in trade, mining, infrastructure, agriculture and green energy under the Belt and Road Initiative.

Rahmon said Tajikistan firmly adheres to the one-China principle and is willing to work with China to push forward cooperation in various fields.

After the talks, the two heads of state signed a joint statement and witnessed the exchange of more than 20 cooperation documents covering economy and trade, connectivity, agriculture, health and media.

Rahmon conferred on Xi the Order of the Crown, Tajikistan's highest honor. Enditem

Photo: Chinese President Xi Jinping holds talks with Tajik President Emomali Rahmon in Dushanbe, Tajikistan, July 5, 2024. (Xinhua)

Related
Xi arrives in Dushanbe for state visit to Tajikistan
SCO summit adopts Astana Declaration

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h22-22", source="reuters.com",
url="https://www.reuters.com/world/asia-pacific/putin-gets-red-carpet-welcome-mongolia-despite-icc-warrant-2024-09-03/",
published_at="2024-09-03", body="""Reuters
World | Business | Markets | Sustainability | Legal | Breakingviews | Technology

Putin gets red-carpet welcome in Mongolia despite ICC warrant

By Reuters staff
September 3, 2024 6:41 AM UTC | Updated

ULAANBAATAR, Sept 3 (Reuters) - Russian President Vladimir Putin was welcomed by an honour guard in Ulaanbaatar's central square on Tuesday, as Mongolia ignored calls to arrest him under an international warrant on his first visit to a member of the International Criminal Court since the warrant was issued.

Mongolian President Ukhnaagiin Khurelsukh greeted Putin at Sukhbaatar Square before the two held talks at the State Palace. Putin flew in late on Monday.

Ukraine had urged Mongolia to hand Putin over to the court in The Hague, which accuses him of the unlawful deportation of Ukrainian children. The Kremlin said it had "no worries" about the trip.

The two sides were expected to sign agreements on fuel supplies and on modernising a power plant in Ulaanbaatar. Mongolia relies on Russia for most of its fuel. The visit marks the 85th anniversary of a Soviet and Mongolian victory over Japanese forces at Khalkhin Gol.

Moscow has been pushing to build the Power of Siberia 2 gas pipeline to China across Mongolian territory, but the project was not mentioned in official statements ahead of the visit.

From Mongolia, Putin flies to Vladivostok for the Eastern Economic Forum, where Malaysian Prime Minister Anwar Ibrahim is expected as a guest of honour.

(Reporting by Reuters staff; Editing by Kim Coghill)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Ukraine war latest: Poltava strike kills dozens
Mongolia's economy grows 7.1% in first half"""))

M.append(dict(id="h22-23", source="spectator.sme.sk",
url="https://spectator.sme.sk/politics-and-society/c/fico-meets-putin-in-moscow-over-gas-transit",
published_at="2024-12-23", body="""The Slovak Spectator | spectator.sme.sk
News | Politics | Economy | Culture | Travel | Tourist Guides

Subscribe: get unlimited access to all articles for 6.90 EUR a month

Fico meets Putin in Moscow over gas transit, opposition cries foul

23. Dec 2024 at 10:15 | Spectator staff

Prime Minister Robert Fico travelled to Moscow on Sunday for talks with Russian President Vladimir Putin, a visit he said was about gas supplies for Slovakia once Ukraine stops the transit of Russian gas at the end of the year.

Fico said on Facebook after the meeting that Putin had confirmed Russia's readiness to keep supplying gas to the West and to Slovakia, which he said was "practically impossible" given Kyiv's position. He said he had told leading EU figures about the trip in advance.

He is the first EU leader to visit the Kremlin since Hungary's Viktor Orbán in July.

The opposition Progressive Slovakia party called the trip "shameful" and said Fico was putting Slovakia outside the European mainstream.

Fico and Ukrainian President Volodymyr Zelensky clashed over gas transit at the EU summit in Brussels on Thursday, where Zelensky said he would not allow Russia to earn money from the transit.

Kremlin spokesman Dmitry Peskov confirmed the meeting and said the two had discussed the international situation and gas supplies.

Top stories
Read also: Slovak economy slows in third quarter
Daily news digest: sign up for our newsletter

Share: Facebook | X | Email"""))

M.append(dict(id="h22-24", source="kabar.kg",
url="https://en.kabar.kg/news/japarov-and-rahmon-sign-treaty-on-kyrgyz-tajik-state-border/",
published_at="2025-03-13", body="""Kabar | Kyrgyz National News Agency
Кыргызча | Русский | English | 中文
Politics | Economy | Society | Central Asia | World

Sadyr Japarov and Emomali Rahmon sign Treaty on Kyrgyz-Tajik State Border

13-03-2025 14:25

Bishkek, March 13 / Kabar /. President of the Kyrgyz Republic Sadyr Japarov and President of the Republic of Tajikistan Emomali Rahmon signed the Treaty on the Kyrgyz-Tajik State Border on Thursday, during Rahmon's state visit to Kyrgyzstan.

The signing followed talks in narrow and extended formats at the Yntymak Ordo state residence in Bishkek.

"Today is a historic day. We have put an end to a question that remained open for more than thirty years," Japarov said.

Rahmon said the treaty opened the way for lasting good-neighbourliness between the two peoples.

The two sides also signed documents on reopening border checkpoints, resuming air services between Bishkek and Dushanbe, and road transport.

The text of the treaty was agreed by government delegations led by the heads of the two countries' national security services. The treaty will be submitted to the parliaments for ratification.

The presidents agreed to meet with the President of Uzbekistan in Khujand at the end of March to sign an agreement on the junction point of the three countries' borders.

Tags: Japarov, Rahmon, border, Tajikistan
Share: Facebook | Telegram | WhatsApp"""))

M.append(dict(id="h22-25", source="yle.fi",
url="https://yle.fi/a/74-20151844",
published_at="2025-03-19", body="""Yle News
Yle Uutiset | Svenska Yle | Yle Areena
News | Finland | World | Politics | Economy | Culture

Zelensky in Helsinki: Ukrainian president speaks to Trump during Finland visit

Yle News | 19.3.2025 17:32 | updated 19.3.2025 20:10

Ukrainian President Volodymyr Zelensky held talks with President Alexander Stubb in Helsinki on Wednesday, a visit overshadowed by a phone call Zelensky had with US President Donald Trump during the day.

Zelensky described the hour-long call as "positive, very substantive and frank" and said Ukraine was ready to stop strikes on Russian energy infrastructure. The White House said Trump had offered US help in running Ukraine's power plants.

The call came a day after Trump spoke with Russian President Vladimir Putin for about two and a half hours. Putin agreed to a 30-day pause in attacks on energy facilities but rejected a full ceasefire.

Technical teams from the United States and Ukraine are to meet in Saudi Arabia in the coming days, and a US team will hold separate talks with Russian officials there, Zelensky said.

At a joint press conference at the Presidential Palace, Stubb said Finland was in it "for the long haul" and announced a new package of military aid. Zelensky also met Prime Minister Petteri Orpo.

Yle News' daily newsletter: sign up

Read more
Stubb: "Europe must be able to defend itself"
Finland to leave landmine convention
Most read"""))

M.append(dict(id="h22-26", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/76904",
published_at="2025-05-09", body="""President of Russia | Events | News

Meeting with President of Serbia Aleksandar Vucic

Vladimir Putin met with President of Serbia Aleksandar Vucic, who came to Moscow for the celebrations of the 80th anniversary of Victory in the Great Patriotic War.

May 9, 2025 18:40 | The Kremlin, Moscow

Beginning of meeting with President of Serbia Aleksandar Vucic

President of Russia Vladimir Putin: Mr President, friend,

I am very glad to see you. I know the journey to Moscow was not an easy one, and that is why we appreciate all the more that you are here with us on this day. The Serbian people paid a great price in the fight against Nazism, and we remember it.

We have many issues to discuss, including energy, and I hope we will be able to talk about all of them.

President of Serbia Aleksandar Vucic: Thank you, Mr President.

It is an honour for me to be here today. Serbia will always remember the sacrifice made by the Soviet soldiers who liberated Belgrade. I would like to speak with you about our economic relations and about supplies of gas, which are very important for us.

<…>

Topics: Foreign policy
Persons: Vucic Aleksandar
Countries: Serbia

Publication date: May 9, 2025, 18:40
Direct link: en.kremlin.ru/d/76904

Other news
May 9, 2025 Meeting with Prime Minister of Slovakia Robert Fico
May 8, 2025 Russian-Chinese talks
May 7, 2025 Meeting with President of Venezuela Nicolas Maduro

Text version | Subscribe to news | All materials on this site are available under Creative Commons Attribution 4.0 International."""))
