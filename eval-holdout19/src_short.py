# Short items (300-1,100 characters), h19-27 .. h19-40
S = []

S.append(dict(id="h19-27", source="newsghana.com.gh",
url="https://newsghana.com.gh/senegals-president-faye-to-make-first-foreign-trip-to-mauritania/",
published_at="2024-04-17", body="""Senegal's President Faye to make first foreign trip to Mauritania

April 17, 2024 | News Ghana | Africa

Senegal's new President Bassirou Diomaye Faye will travel to Nouakchott on Thursday on his first trip abroad since his inauguration this month, the presidency in Dakar announced.

Faye is due to hold talks with his Mauritanian counterpart Mohamed Ould Ghazouani on the joint Greater Tortue Ahmeyim gas project, which straddles the maritime border between the two countries and is expected to start production this year, as well as on fishing and security in the Sahel.

Faye, 44, won the March election on a platform of renegotiating oil, gas and fishing contracts. Local media reported he could travel to The Gambia next.

Tags: Senegal, Mauritania, Bassirou Diomaye Faye

Follow News Ghana on Google News"""))

S.append(dict(id="h19-28", source="valorinternational.globo.com",
url="https://valorinternational.globo.com/markets/news/2025/10/06/real-gains-after-lula-and-trump-hold-video-call-on-tariffs.ghtml",
published_at="2025-10-06", body="""Valor International | Markets

Real gains after Lula and Trump hold video call on tariffs

10/06/2025 5:21 pm

The Brazilian real strengthened on Monday and the Ibovespa closed higher after President Luiz Inácio Lula da Silva and US President Donald Trump held a 30-minute video call, their first direct conversation since Washington imposed a 50% tariff on many Brazilian goods in August.

According to the Planalto Palace, the tone was friendly. Lula asked for the removal of the additional 40% tariff and of sanctions on Brazilian officials, and the two exchanged phone numbers. Trump named Secretary of State Marco Rubio to carry the negotiations forward. The leaders also spoke of meeting in person, without setting a date.

The real closed at R$5.33 per dollar. Coffee and beef exporters, among the hardest hit by the duties, led gains on the exchange.

Read more: Copom keeps Selic at 15%"""))

S.append(dict(id="h19-29", source="apanews.net",
url="https://apanews.net/mali-goita-putin-discuss-security-and-energy-by-phone/",
published_at="2024-03", body="""Mali: Goïta, Putin discuss security and energy by phone

APA-Bamako (Mali) - The President of the Transition, Colonel Assimi Goïta, held a telephone conversation with his Russian counterpart Vladimir Putin, the Malian presidency said.

The two heads of state discussed bilateral cooperation in security, energy, agriculture and mining, and the fight against terrorism in the Sahel. Colonel Goïta thanked Russia for its support in the delivery of wheat, fertiliser and petroleum products.

According to the Kremlin, the Russian president also informed his counterpart about the outcome of the presidential election in Russia.

APA | Follow us on Facebook and X"""))

S.append(dict(id="h19-30", source="english.news.cn",
url="http://english.news.cn/20230615/c8e2d1a0f7b64e3c9a5d2b1e0f4c3a2b/c.html",
published_at="2023-06", body="""Senior CPC official meets SWAPO Party delegation

Source: Xinhua | Editor: huaxia

BEIJING (Xinhua) -- Liu Jianchao, head of the International Department of the Communist Party of China (CPC) Central Committee, met with a delegation of the SWAPO Party of Namibia led by its Secretary-General Sophia Shaningwa in Beijing.

Liu said the CPC is willing to strengthen exchanges of experience in party and state governance with the SWAPO Party and to deepen practical cooperation between the two countries.

Shaningwa said SWAPO highly values its traditional friendship with the CPC and supports the Global Development Initiative. Enditem"""))

S.append(dict(id="h19-31", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/39140/Visit_of_Prime_Minister_to_Mauritius_March_1112_2025",
published_at="2025-03-07", body="""Ministry of External Affairs | Government of India

Press Releases

Visit of Prime Minister to Mauritius (March 11-12, 2025)

March 07, 2025

Prime Minister Shri Narendra Modi will pay a State Visit to Mauritius on 11-12 March 2025 at the invitation of the Prime Minister of Mauritius, Dr Navinchandra Ramgoolam. Prime Minister will attend the National Day celebrations of Mauritius on 12 March as the Chief Guest.

During the visit, Prime Minister will call on the President of Mauritius and hold bilateral talks with Prime Minister Ramgoolam. Several agreements are expected to be signed.

President Smt Droupadi Murmu was the Chief Guest at the National Day celebrations last year.

New Delhi"""))

S.append(dict(id="h19-32", source="sudantribune.com",
url="https://sudantribune.com/article275941/",
published_at="2023-08-29", body="""Sudan Tribune | Plural news and views on Sudan

Burhan meets Sisi in El Alamein on first trip abroad since war began

August 29, 2023 (EL ALAMEIN) - The head of Sudan's Sovereign Council and army commander, General Abdel Fattah al-Burhan, on Tuesday held talks with Egyptian President Abdel Fattah al-Sisi in the Mediterranean city of El Alamein, his first trip outside Sudan since fighting with the Rapid Support Forces erupted in April.

The Egyptian presidency said the two discussed ways to reach a ceasefire and to deliver humanitarian aid. Burhan returned to Port Sudan later in the day.

Tags: Al-Burhan, Egypt, Sisi, Sudan war

Comment | Print"""))

S.append(dict(id="h19-33", source="iol.co.za",
url="https://iol.co.za/news/politics/zelensky-cuts-short-sa-visit-after-deadly-kyiv-strike-2025-04-24",
published_at="2025-04-24", body="""IOL | News | Politics

Zelensky cuts short SA visit after deadly Kyiv strike

Ukrainian President Volodymyr Zelensky held talks with President Cyril Ramaphosa at the Union Buildings in Pretoria on Thursday, but cut his state visit short to return home after a Russian missile attack on Kyiv killed at least nine people overnight.

Ramaphosa told reporters he had spoken to US President Donald Trump by phone that morning and that both agreed the war must end. He said he had also spoken to Russian President Vladimir Putin earlier in the week.

Read more: DA, ANC spar over budget VAT hike

Share | Comments (48)"""))

S.append(dict(id="h19-34", source="citizen.digital",
url="https://www.citizen.digital/news/ruto-lands-in-port-au-prince-visits-kenyan-police-in-haiti-n349712",
published_at="2024-09-21", body="""Citizen Digital | News

Ruto lands in Port-au-Prince, visits Kenyan police in Haiti

By Citizen Reporter | Published on: Sat, 21 Sep 2024

President William Ruto on Saturday arrived in Haiti to review the progress of the Kenyan-led Multinational Security Support mission, in a visit that was kept secret until he landed.

He held talks with Prime Minister Garry Conille and Transitional Presidential Council chairman Edgard Leblanc Fils, and addressed officers at their base near the airport.

Ruto will proceed to New York for the UN General Assembly.

Download the Citizen Digital app"""))

S.append(dict(id="h19-35", source="andina.pe",
url="https://andina.pe/ingles/noticia-congress-denies-president-castillo-permission-to-travel-to-colombia-903512.aspx",
published_at="2022-08", body="""Andina | Agencia Peruana de Noticias | English

Congress denies President Castillo permission to travel to Colombia

Lima - The Congress of the Republic on Thursday rejected a request by President Pedro Castillo for authorisation to travel to Bogotá to attend the inauguration of Colombian President-elect Gustavo Petro on August 7.

The request was voted down by a clear majority in the plenary session. Under the Constitution, the head of state needs the approval of Congress to leave the national territory.

The Executive Branch had said the trip would strengthen bilateral relations and cooperation on border development and the fight against drug trafficking.

Lawmakers who voted against cited the ongoing prosecutors' investigations involving the President.

Published: 4/8/2022 | Andina - Peruvian News Agency"""))

S.append(dict(id="h19-36", source="buenosairesherald.com",
url="https://buenosairesherald.com/world/international-relations/spain-withdraws-ambassador-to-argentina-over-milei-remarks",
published_at="2024-05-21", body="""Buenos Aires Herald | International Relations

Spain withdraws its ambassador to Argentina over Milei remarks

Spain on Tuesday permanently withdrew its ambassador in Buenos Aires, María Jesús Alonso, after President Javier Milei refused to apologize for calling the wife of Prime Minister Pedro Sánchez "corrupt" at a Vox rally in Madrid on Sunday.

Spanish Foreign Minister José Manuel Albares had summoned Argentina's ambassador, Roberto Bosch, on Monday and demanded a public apology. Milei, who did not meet any Spanish government officials during his weekend in Madrid, said he would not apologize.

Argentina's presidential spokesman Manuel Adorni said relations between the two peoples were not affected.

Tags: Spain, Javier Milei, Pedro Sánchez, diplomacy"""))

S.append(dict(id="h19-37", source="caixinglobal.com",
url="https://www.caixinglobal.com/2023-10-25/california-governor-newsom-meets-xi-in-beijing-102120338.html",
published_at="2023-10-25", body="""Caixin Global | Economy | Finance | Business & Tech

California Governor Newsom meets Xi in Beijing

By Caixin staff | Oct 25, 2023 09:48 p.m.

Chinese President Xi Jinping met California Governor Gavin Newsom in Beijing on Wednesday, near the end of the governor's weeklong trip to China focused on climate cooperation and trade.

Newsom is the first U.S. governor to visit China in about four years. Earlier in the week he met Vice President Han Zheng and signed climate agreements with several provinces.

Xi is widely expected to travel to San Francisco next month for the APEC summit, though Beijing has not confirmed his attendance.

Subscribe to Caixin Global | Download our app"""))

S.append(dict(id="h19-38", source="rfi.fr",
url="https://www.rfi.fr/en/france/20241219-macron-visits-cyclone-ravaged-mayotte-amid-anger-over-slow-aid",
published_at="2024-12-19", body="""RFI | France

Macron visits cyclone-ravaged Mayotte amid anger over slow aid

President Emmanuel Macron arrived in Mayotte on Thursday to see the damage left by Cyclone Chido, the most destructive storm to hit the French Indian Ocean territory in nearly a century, as residents complained of shortages of water and food.

The official death toll stands at 35, but officials fear hundreds may have died. Macron announced a day of national mourning for Monday.

From Mayotte, Macron is due to fly on Friday to Djibouti, where he will spend time with French troops stationed there, and then to Ethiopia for talks with Prime Minister Abiy Ahmed.

Issued on: 19/12/2024 | Subscribe to RFI newsletters"""))

S.append(dict(id="h19-39", source="opm.gov.jm",
url="https://opm.gov.jm/news/pm-holness-welcomes-us-secretary-of-state-rubio-to-jamaica/",
published_at="2025-03-26", body="""Office of the Prime Minister | Jamaica

PM Holness Welcomes US Secretary of State Rubio to Jamaica

Prime Minister the Most Hon. Andrew Holness today welcomed United States Secretary of State Marco Rubio to Jamaica House for bilateral talks focused on security, energy and the crisis in Haiti.

Secretary Rubio also joined a meeting with Barbados Prime Minister Mia Mottley, Trinidad and Tobago Prime Minister Stuart Young and Haitian officials.

Rubio will travel on to Guyana and Suriname on Thursday.

Released by: Communications Unit, Office of the Prime Minister | March 26, 2025"""))

S.append(dict(id="h19-40", source="africanewsdaily.top",
url="https://africanewsdaily.top/world/wang-yi-holds-talks-with-nigerian-foreign-minister-tuggar-in-abuja-55218/",
published_at=None, body="""Wang Yi holds talks with Nigerian Foreign Minister Tuggar in Abuja

Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf Maitama Tuggar in Abuja on Friday, the final stop of an African tour that also took him to Namibia, the Republic of Congo and Chad.

The two ministers agreed to speed up Chinese-funded railway and power projects, and Tuggar said Nigeria wanted more Chinese investment in manufacturing. Wang was also received by Vice-President Kashim Shettima.

Source link | You might also like: Naira falls at parallel market"""))
