# Medium wire-style stories (1,200-2,000 characters), h57-13 .. h57-26
M = []

M.append(dict(id="h57-13", source="reuters.com",
url="https://www.reuters.com/article/us-usa-trump-denmark-call/trump-danish-pm-hold-constructive-call-after-greenland-spat-idUSKCN1VD1X2",
published_at="2019-08-23", body="""Trump, Danish PM hold 'constructive' call after Greenland spat

COPENHAGEN/WASHINGTON (Reuters) - U.S. President Donald Trump spoke by phone with Danish Prime Minister Mette Frederiksen on Thursday, days after he abruptly called off a visit to Denmark over her refusal to discuss selling Greenland, both sides said.

Frederiksen told Danish broadcaster DR the conversation had been "constructive" and that the two had agreed to continue close cooperation between the NATO allies. "The invitation for closer cooperation on the Arctic still stands," she said.

A White House spokesman said the two leaders "discussed the strong relationship" and Trump had praised Denmark's contribution to the alliance.

Trump had been due in Copenhagen on Sept. 2-3 at the invitation of Queen Margrethe. On Tuesday he wrote on Twitter that he was postponing the trip because Frederiksen had "no interest" in discussing a purchase of the Arctic island, which she had called "absurd". On Wednesday he called her comment "nasty".

The Danish royal house said it was surprised by the cancellation. Greenland's premier, Kim Kielsen, has said the territory is open for business but not for sale.

The White House said Trump still plans to travel to Warsaw on Sept. 1 to mark the 80th anniversary of the outbreak of World War Two, where he is scheduled to hold talks with Polish President Andrzej Duda.

(Reporting by Jacob Gronholt-Pedersen in Copenhagen and Roberta Rampton in Washington; Editing by Ed Osmond)

Our Standards: The Thomson Reuters Trust Principles.

Read more
Danes puzzled, angered as Trump cancels visit over Greenland
Factbox: Why is Greenland strategically important?"""))

M.append(dict(id="h57-14", source="ekathimerini.com",
url="https://www.ekathimerini.com/news/230125/greece-fyrom-sign-historic-name-deal-at-prespes/",
published_at="2018-06-17", body="""ekathimerini.com | News | Politics

Greece, FYROM sign historic name deal at Prespes

AP | Sunday, June 17, 2018 - 14:56

Greece and the Former Yugoslav Republic of Macedonia on Sunday signed a landmark deal to rename the smaller country North Macedonia, in a ceremony at the Prespes lakes on the border between the two countries.

The agreement was signed by Foreign Minister Nikos Kotzias and his counterpart Nikola Dimitrov in the lakeside village of Psarades in the presence of Prime Minister Alexis Tsipras and Zoran Zaev, his FYROM counterpart, who had crossed into Greece by boat for the ceremony.

"We are here today to heal the wounds of time," Tsipras said. Zaev said the two countries were taking "a brave step."

UN mediator Matthew Nimetz, EU foreign policy chief Federica Mogherini and Enlargement Commissioner Johannes Hahn attended.

After the ceremony the two delegations were to cross to the FYROM side of the lake for lunch in the village of Otesevo.

The deal, which settles a dispute dating back to 1991, still needs to be ratified by FYROM's parliament and approved in a referendum, before Greece's parliament votes on it. Athens has pledged to lift its veto on its neighbor's bids to join NATO and the EU once the process is complete.

Riot police fired tear gas at protesters near the village of Pisoderi, several kilometres from the site, who oppose any use of the name Macedonia by the neighbouring country. Tsipras survived a no-confidence vote in parliament on Saturday.

EU leaders are expected to decide at their June 28-29 summit in Brussels whether to open accession talks with Skopje.

Read also
Opposition rally draws thousands in Athens
Kammenos distances himself from agreement

Tags: Prespes, FYROM, name issue, Tsipras, Zaev

Comments (87) | Print | Share"""))

M.append(dict(id="h57-15", source="english.news.cn",
url="http://english.news.cn/20221104/3e5d1a7b9c0f4e2d8a6b5c4d3e2f1a0b/c.html",
published_at="2022-11-04", body="""Xi meets German chancellor

Source: Xinhua | Editor: huaxia | 2022-11-04 17:58:22

BEIJING, Nov. 4 (Xinhua) -- Chinese President Xi Jinping met with German Chancellor Olaf Scholz, who is on an official visit to China, at the Great Hall of the People in Beijing on Friday.

Xi noted that this is Scholz's first visit to China since he took office, and also the first visit to China by a European leader since the 20th National Congress of the Communist Party of China.

Noting that this year marks the 50th anniversary of the establishment of diplomatic ties between China and Germany, Xi said the two countries should respect each other, seek common ground while shelving differences, and jointly cope with global changes and challenges.

Scholz said Germany is willing to continue deepening economic and trade cooperation with China, and opposes decoupling.

The two sides also exchanged views on the Ukraine crisis. Xi said the international community should jointly oppose the use of, or threats to use, nuclear weapons.

On the same day, Chinese Premier Li Keqiang held talks with Scholz, and the two attended a roundtable with business representatives from both countries.

Xi and Scholz held a video call in May, during which they discussed bilateral relations and the situation in Ukraine. Enditem

Photo: Chinese President Xi Jinping meets with German Chancellor Olaf Scholz at the Great Hall of the People in Beijing, capital of China, Nov. 4, 2022. (Xinhua/Ding Haitao)

Most viewed
China's foreign trade up 9.5 pct in first 10 months
Chinese, Pakistani leaders hold talks in Beijing

Copyright © 2000-2022 XINHUANET.com All rights reserved."""))

M.append(dict(id="h57-16", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/erdogan-says-turkiye-to-start-ratification-of-finland-s-nato-bid/2848311",
published_at="2023-03-17", body="""POLITICS

Erdogan says Türkiye to start ratification of Finland's NATO bid

Turkish president hosts Finnish counterpart Sauli Niinisto in Ankara, says Helsinki took 'concrete steps' on security concerns

Seda Karabulut | 17.03.2023

ANKARA

Turkish President Recep Tayyip Erdogan said on Friday that Türkiye will start the process of ratifying Finland's NATO membership in parliament.

Speaking at a joint news conference with Finnish President Sauli Niinisto, who is on an official visit to Ankara, Erdogan said Helsinki had taken "authentic and concrete steps" to address Türkiye's security concerns, including on terror groups.

"We have decided to initiate the ratification of Finland's NATO accession protocol in our parliament," he said, adding that he hoped it would be completed before the May 14 elections.

Niinisto thanked Erdogan and said Finland's membership would not be complete without Sweden. On Thursday, the Finnish president visited Kahramanmaras, one of the provinces hit by last month's earthquakes, and laid flowers in memory of the victims.

Erdogan said Sweden's application would be evaluated "according to the steps it takes".

The two leaders last spoke by phone in February, when Niinisto conveyed his condolences after the February 6 quakes and offered assistance, the Turkish presidency said.

Finland and Sweden applied to join NATO last May following Russia's war on Ukraine. Hungary is also yet to ratify both bids.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related news
Turkish foreign minister receives Hungarian counterpart in Ankara
Quake death toll rises to over 49,500 in Türkiye"""))

M.append(dict(id="h57-17", source="tass.com",
url="https://tass.com/politics/1891245",
published_at="2024-12-22", body="""TASS | POLITICS

Putin holds talks with Slovak Prime Minister Fico in Kremlin

The Slovak head of government arrived in Moscow on a working visit, the Kremlin press service said

MOSCOW, December 22. /TASS/. Russian President Vladimir Putin held talks with Slovak Prime Minister Robert Fico in the Kremlin on Sunday, Kremlin spokesman Dmitry Peskov told reporters.

"Yes, indeed, talks took place," Peskov said, adding that the Slovak prime minister had arrived in Moscow on a working visit. The main topic was Russian gas supplies, he said.

Fico is the second leader of an EU country to travel to Russia since the start of the special military operation, after Hungarian Prime Minister Viktor Orban, who visited Moscow in July.

In a statement on social media, Fico said he had informed the leaders of the European Union about the trip at the EU summit in Brussels last week. He said the talks focused on the situation after January 1, when the contract for the transit of Russian gas through Ukraine expires.

On Thursday, Fico had discussed the gas transit issue with Ukrainian President Vladimir Zelensky on the sidelines of the summit in Brussels. According to the Slovak prime minister, Zelensky had said Kiev was against any transit of Russian gas.

Fico said Slovakia was ready to take part in negotiations on ending the conflict in Ukraine and offered Bratislava as a venue.

The Ukrainian Foreign Ministry criticized the visit. Kiev has repeatedly said it would not extend the transit agreement with Gazprom.

Gazprom supplies about 3 bln cubic meters of gas per year to Slovakia.

Tags: Russia, Slovakia, Vladimir Putin, Robert Fico

Other news
Russian deputy foreign minister holds talks with Iranian ambassador
Shoigu arrives in Minsk for Union State security council meeting

Share | 16"""))

M.append(dict(id="h57-18", source="agenzianova.com",
url="https://www.agenzianova.com/en/news/meloni-in-algiers-gas-and-energy-at-the-heart-of-talks-with-tebboune/",
published_at="2023-01-23", body="""Agenzia Nova | Politics | Algeria

Meloni in Algiers: gas and energy at the heart of talks with Tebboune

Algiers, 23 Jan 2023 18:47 - (Agenzia Nova)

Italian Prime Minister Giorgia Meloni arrived on Sunday in Algiers for a two-day visit, her first to a country in Africa since taking office in October, and held talks on Monday with Algerian President Abdelmadjid Tebboune at the El Mouradia palace.

The talks focused on energy cooperation, as Rome aims to make Algeria its main gas supplier and turn Italy into a hub for energy flows from North Africa to the rest of Europe. In the presence of the two leaders, the chief executive of Eni, Claudio Descalzi, and Sonatrach's Toufik Hakkar signed two agreements on reducing greenhouse gas emissions and on studying a new pipeline to carry gas, hydrogen and electricity.

Meloni paid tribute to Enrico Mattei, Eni's founder, laying a wreath at a garden in the capital named after him. "Algeria is a strategic, stable and long-standing partner," she said at a press conference. Meloni also invited Tebboune to pay an official visit to Italy, without giving a date.

Algeria supplied more than a third of Italy's gas imports in 2022, overtaking Russia.

Sources at Palazzo Chigi said Meloni could travel to Libya in the coming days for talks with the government of national unity in Tripoli, where Eni is expected to sign a major gas production deal. No official confirmation was given.

Europe's gas prices on the TTF in Amsterdam eased on Monday to around 65 euros per megawatt hour.

(Alg/Res)
© Agenzia Nova - Reproduction reserved

Read also
Mattarella receives the Emir of Qatar at the Quirinale
Migrants: landings in Italy up in January"""))

M.append(dict(id="h57-19", source="gov.pl",
url="https://www.gov.pl/web/primeminister/polish-german-intergovernmental-consultations-in-warsaw",
published_at="2024-07-02", body="""Chancellery of the Prime Minister | News

Polish-German intergovernmental consultations in Warsaw

02.07.2024

On Tuesday, Prime Minister Donald Tusk hosted German Chancellor Olaf Scholz and members of the German government in Warsaw for Polish-German intergovernmental consultations, the first to be held since 2018.

The talks at the Chancellery were attended by ministers from both governments, including the foreign ministers Radosław Sikorski and Annalena Baerbock and the defence ministers Władysław Kosiniak-Kamysz and Boris Pistorius. The delegations discussed security on NATO's eastern flank, support for Ukraine, the protection of the EU's external border, energy and transport connections.

"Our border is the border of the European Union and NATO, and we have a common interest in making it safe," Prime Minister Tusk said at the press conference. Chancellor Scholz announced that Germany would provide support for the surviving victims of the German occupation of Poland during the Second World War.

The governments adopted a joint action plan setting out their cooperation for the coming years.

Prime Minister Tusk will represent Poland at the NATO summit in Washington on 9-11 July.

Photo: Prime Minister Donald Tusk and Chancellor Olaf Scholz at the Chancellery of the Prime Minister. P. Tracz / KPRM

Other news
Telephone conversation between Prime Minister Donald Tusk and Prime Minister of Ukraine
Government adopts draft budget guidelines for 2025
Prime Minister at the European Council: Poland will not accept the migration pact in its current form

Share: Facebook | X | LinkedIn | Print

Go to the BIP | Accessibility statement | Privacy policy"""))

M.append(dict(id="h57-20", source="barrons.com",
url="https://www.barrons.com/news/macron-in-gabon-at-start-of-central-africa-tour-7a2e1f04",
published_at="2023-03-02", body="""Barron's | AFP

Macron In Gabon At Start Of Central Africa Tour

By AFP - Agence France Presse
Updated March 2, 2023 12:04 pm ET / Original March 2, 2023 7:30 am ET

French President Emmanuel Macron was in Gabon on Thursday at the start of a four-nation tour of central Africa, where France's influence is increasingly challenged by Russia and China.

Macron arrived in Libreville on Wednesday evening and was received by President Ali Bongo Ondimba at the presidential palace. On Thursday he co-chaired a "One Forest Summit" on the protection of tropical forests.

"The era of Francafrique is well over," Macron told members of the French community, a reference to the web of political and business ties between Paris and its former colonies.

The French leader will travel on Friday to Angola, where he is scheduled to meet President Joao Lourenco and sign an agreement on agriculture, before heading to the Republic of Congo to see President Denis Sassou Nguesso.

He is due to end the tour in the Democratic Republic of Congo on Saturday, where the conflict in the east of the country with the M23 rebels, which Kinshasa says are backed by Rwanda, is expected to dominate talks with President Felix Tshisekedi.

On Monday, in a speech in Paris, Macron announced a "noticeable reduction" in French military personnel on the continent and a new partnership with African armies.

France's forces have left Mali and Burkina Faso, where military rulers have turned to Russia.

Opposition groups in Gabon criticised the visit months before a presidential election in which Bongo is seeking a third term.

mra-lp/sbk

© 2023 AFP

Related
Burkina junta says French troops' exit complete
Stocks close higher as investors weigh rate outlook

Dow 33,003.57 ▲ 0.99% | Nasdaq 11,462.98 ▲ 0.73% | EUR/USD 1.0597"""))

M.append(dict(id="h57-21", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/02/a1b2c3d4e5f6-kishida-meloni-agree-to-deepen-security-ties-as-italy-takes-g7-helm.html",
published_at="2024-02-05", body="""KYODO NEWS - Feb 5, 2024 - 21:17 | World, All

Kishida, Meloni agree to deepen security ties as Italy takes G7 helm

TOKYO - Prime Minister Fumio Kishida and his Italian counterpart Giorgia Meloni agreed Monday to deepen security cooperation, including on the joint development of a next-generation fighter jet with Britain, as Italy took over the rotating presidency of the Group of Seven.

Meloni, who arrived in Tokyo on Sunday on her first visit to Japan as prime minister, held talks with Kishida at the prime minister's office over about an hour and then attended a dinner hosted by him.

The two leaders confirmed they will work closely to ensure that the G7 continues to respond in unity to Russia's war against Ukraine and to the situation in the Middle East, according to the Japanese government.

Kishida said he would support Italy's presidency, which culminates with a summit in the southern Italian region of Apulia in June. Meloni said she wanted the group to focus on Africa and on the impact of artificial intelligence.

Japan, Italy and Britain agreed in December 2022 to develop a new fighter jet to be deployed in the mid-2030s under the Global Combat Air Programme.

Meloni was also scheduled to meet with Japanese business leaders before leaving Japan on Tuesday.

Last year, the two governments upgraded their relationship to a "strategic partnership" when Meloni and Kishida met in Hiroshima on the sidelines of the G7 summit hosted by Japan.

Related coverage:
Japan, Philippines defense chiefs hold phone talks
Nikkei closes at 36,354 on chip rally

Kyodo News Plus | Share"""))

M.append(dict(id="h57-22", source="efe.com",
url="https://efe.com/en/latest-news/2024-08-28/sanchez-gambia-barrow-migration-circular/",
published_at="2024-08-28", body="""EFE English | Latest news

Sánchez reaches Gambia on second leg of West Africa tour focused on migration

Banjul, Aug 28 (EFE).- Spanish Prime Minister Pedro Sánchez arrived on Wednesday in Banjul, where he held talks with Gambian President Adama Barrow on migration and economic cooperation, on the second leg of a three-country tour of West Africa.

Sánchez and Barrow signed a memorandum of understanding on circular migration, under which Gambian workers will be able to take up temporary jobs in Spain, according to the Spanish government.

The Spanish leader began the tour on Tuesday in Nouakchott, where he met Mauritanian President Mohamed Ould Ghazouani and signed agreements on migration, security and renewable energy. Sánchez had travelled to Mauritania in February together with European Commission President Ursula von der Leyen to launch an EU migration partnership.

On Thursday, Sánchez will fly to Dakar to meet Senegalese President Bassirou Diomaye Faye, who took office in April.

More than 22,000 migrants have reached the Canary Islands by sea so far this year, more than double the figure for the same period of 2023, according to the Spanish Interior Ministry. Most set sail from Mauritania, Senegal and the Gambia.

"Irregular migration is a challenge that we can only manage together with the countries of origin and transit," Sánchez said in Banjul.

The Canary Islands regional government has asked Madrid for help caring for thousands of unaccompanied minors.

© EFE 2024. Redistribution and retransmission of all or part of the contents of the EFE services is expressly prohibited without the prior and express consent of Agencia EFE S.A.

Tags: Spain, Gambia, Migration, Pedro Sánchez"""))

M.append(dict(id="h57-23", source="presidentti.fi",
url="https://www.presidentti.fi/en/news/president-niinisto-on-damage-to-balticconnector-gas-pipeline/",
published_at="2023-10-10", body="""The President of the Republic of Finland | Press releases

President Niinistö on damage to the Balticconnector gas pipeline

Press release 10/10/2023

President of the Republic Sauli Niinistö and Prime Minister Petteri Orpo held a joint press conference on Tuesday 10 October on the damage detected on Sunday to the Balticconnector gas pipeline and a communications cable between Finland and Estonia.

"It is likely that the damage to both the gas pipeline and the communications cable is the result of external activity. It was not caused by normal use or pressure fluctuations," President Niinistö said. The cause of the damage is not yet clear and the investigation continues in cooperation between Finland and Estonia.

President Niinistö discussed the matter by telephone with President of Estonia Alar Karis on Tuesday. The President has also been in contact with NATO Secretary General Jens Stoltenberg, and said NATO was ready to assist.

Finland's gas supply is secure, the authorities have said. The Balticconnector pipeline, which runs between Inkoo and Paldiski, was taken out of use on Sunday after a drop in pressure.

Further information: Communications, Office of the President of the Republic

Other news
President Niinistö to receive President of Georgia Salome Zourabichvili on an official visit
President of the Republic receives credentials of new ambassadors
President Niinistö's speech at the opening of the Parliament session
President Niinistö met Prime Minister of Sweden Ulf Kristersson in Turku

Share: Facebook | X | LinkedIn

Contact information | Accessibility | Data protection | Cookies"""))

M.append(dict(id="h57-24", source="armenpress.am",
url="https://armenpress.am/eng/news/1131337.html",
published_at="2024-02-23", body="""ARMENPRESS | Politics | 18:22, 23 February 2024

French Defense Minister Lecornu in Yerevan: France to supply CAESAR howitzers to Armenia

YEREVAN, FEBRUARY 23, ARMENPRESS. Minister of the Armed Forces of France Sébastien Lecornu, who is in Armenia on an official visit, held talks on Friday with Defense Minister of Armenia Suren Papikyan in Yerevan.

The ministers discussed the implementation of earlier agreements and the development of defense cooperation between the two countries. Following the talks, Lecornu announced that France had decided to supply Armenia with CAESAR self-propelled howitzers, and the two ministers signed a letter of intent in the defense sphere.

"France has decided to support Armenia's defense, which is a legitimate right of any sovereign state," Lecornu said at a joint press conference, adding that the cooperation was not directed against any country.

Lecornu was also received by Prime Minister Nikol Pashinyan, who thanked France for its consistent position in support of the sovereignty and territorial integrity of Armenia. The French minister laid a wreath at the Tsitsernakaberd Memorial Complex.

This is the first visit by a French defense minister to Armenia. In October 2023, Armenia and France signed a contract on the supply of GM200 radars and agreed on the transfer of Mistral air-defense systems.

Baku has criticized French arms supplies to Armenia as "fueling war".

Other news
Pashinyan, Aliyev hold talks in Munich hosted by Chancellor Scholz
Mirzoyan to attend Antalya Diplomacy Forum
Armenia freezes participation in CSTO, Pashinyan says

ARMENPRESS 1998-2024 | Reproduction is allowed only with reference to ARMENPRESS"""))

M.append(dict(id="h57-25", source="baltictimes.com",
url="https://www.baltictimes.com/trudeau_in_riga__canada_to_keep_leading_nato_brigade_in_latvia/",
published_at="2023-07-10", body="""The Baltic Times | Latvia

Trudeau in Riga: Canada to keep leading NATO brigade in Latvia

2023-07-10 | LETA/TBT Staff

RIGA - Canadian Prime Minister Justin Trudeau arrived in Riga on Sunday evening and on Monday met Latvian Prime Minister Krisjanis Karins and President Edgars Rinkevics, who was sworn in on Saturday, confirming that Canada will maintain its leadership of the NATO forward presence battle group in Latvia as it grows into a brigade.

Trudeau and Karins visited the Adazi military base, where around 1,000 Canadian troops are stationed among some 4,000 soldiers from ten allied countries. Trudeau announced that Canada will permanently deploy up to 2,200 troops to Latvia by 2026, alongside new air defence and anti-tank equipment.

"Canada has been here since 2017 and will stay as long as it takes," Trudeau said at a joint press conference. Karins thanked Canada for its "unwavering" commitment, noting that the country's security had changed radically since Russia's invasion of Ukraine.

Canadian Defence Minister Anita Anand also held talks with Latvian Defence Minister Inara Murniece, LETA reports.

The leaders also discussed Ukraine, energy and economic cooperation, including investment by Canadian companies in the Baltic state.

Trudeau travels to Vilnius later on Monday to attend the NATO summit, which opens on Tuesday.

Ticker: EUR/USD 1.0969 | OMX Riga -0.21% | Brent 77.52

Latest news
Nauseda: Vilnius summit must give Ukraine a clear signal
Rinkevics takes office as Latvia's president
Rail Baltica: Latvia seeks more EU funding

Share | Comments (3)"""))

M.append(dict(id="h57-26", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20231212005400315",
published_at="2023-12-12", body="""Yonhap News Agency | National | Politics

Yoon receives state welcome from Dutch king in Amsterdam

By Park Ji-hoon
AMSTERDAM, Dec. 12 (Yonhap) -- President Yoon Suk Yeol was welcomed by Dutch King Willem-Alexander at a state ceremony in Amsterdam on Tuesday, on the second day of the first-ever state visit to the Netherlands by a South Korean president.

Yoon, who arrived in Amsterdam on Monday with first lady Kim Keon Hee, laid a wreath at the National Monument on Dam Square and attended a state banquet hosted by the king at the Royal Palace, according to the presidential office.

On Wednesday, Yoon will hold summit talks with Prime Minister Mark Rutte in The Hague, where the two leaders are expected to sign an agreement on a "semiconductor alliance" and discuss cooperation on supply chains, nuclear energy and water management.

Yoon will also visit the headquarters of chip equipment maker ASML in Veldhoven, together with the Dutch king, becoming the first foreign leader to tour its clean room.

The visit comes about a month after Yoon's state visit to Britain, where he met King Charles III and Prime Minister Rishi Sunak.

Samsung Electronics Co. and SK hynix Inc. executives are accompanying Yoon on the trip.

(END)

KOSPI 2,535.29 ▲ 0.30% | KOSDAQ 839.22 ▲ 0.11% | USD/KRW 1,313.20

Most Viewed
(LEAD) N. Korea fires ballistic missile toward East Sea: JCS
BTS' Jimin, Jungkook begin military service
Seoul shares open higher on chip gains"""))
