# Short items (300-1,100 characters), h38-27 .. h38-40
S = []

S.append(dict(id="h38-27", source="lesechos.fr",
url="https://www.lesechos.fr/monde/afrique-moyen-orient/macron-au-maroc-pres-de-10-milliards-deuros-de-contrats-2127745",
published_at="2024-10-29", body="""Les Echos | Monde | Afrique - Moyen-Orient

Macron au Maroc : près de 10 milliards d'euros de contrats signés

Publié le 29 oct. 2024 à 07:12

Emmanuel Macron, reçu lundi à Rabat par le roi Mohammed VI pour une visite d'État de trois jours, a assisté à la signature d'une vingtaine d'accords et de contrats représentant près de 10 milliards d'euros, dans le ferroviaire, l'énergie et l'aéronautique. Alstom doit fournir des rames pour la future ligne à grande vitesse entre Kénitra et Marrakech, et TotalEnergies s'engage dans l'hydrogène vert.

La visite scelle la réconciliation entre Paris et Rabat, après le soutien apporté en juillet par la France au plan d'autonomie marocain pour le Sahara occidental.

Partager : Facebook | X | LinkedIn
Abonnez-vous à la newsletter Les Echos Monde"""))

S.append(dict(id="h38-28", source="vir.com.vn",
url="https://vir.com.vn/us-firms-line-up-deals-as-biden-visit-lifts-ties-104522.html",
published_at="2023-09", body="""Vietnam Investment Review
Investing | Finance | Business | Property

US firms line up deals as Biden visit lifts ties

President Joe Biden's two-day visit to Hanoi, where he held talks with Party General Secretary Nguyen Phu Trong on September 10, raised Vietnam-US relations to a comprehensive strategic partnership and was followed by a business summit attended by executives from Boeing, Intel, Google and Amkor.

Vietnam Airlines signed a memorandum with Boeing for 50 737 MAX aircraft worth about $7.8 billion, and the two governments agreed to work on semiconductor supply chains and critical minerals, including rare earths.

The United States is Vietnam's largest export market, taking goods worth more than $109 billion last year.

Tags: Vietnam-US, FDI, semiconductors
Share | Print"""))

S.append(dict(id="h38-29", source="graincentral.com",
url="https://www.graincentral.com/news/farrell-heads-to-beijing-as-barley-review-clock-ticks/",
published_at="2023-05-09", body="""Grain Central
News | Markets | Cropping | Logistics | Weather

Farrell heads to Beijing as barley review clock ticks

Trade Minister Don Farrell will travel to Beijing this week for talks with Commerce Minister Wang Wentao, the first visit by an Australian trade minister to China since 2019.

The two are scheduled to meet on Friday. Senator Farrell and Mr Wang held a video meeting in February, after which officials resumed talks on the tariffs and bans imposed on Australian exports.

China agreed last month to an expedited review of its 80.5 per cent duties on Australian barley, and Canberra has paused its WTO case while the review runs. Wine remains subject to duties of up to 218pc.

Sign up to Grain Central's free daily newsletter
Share | Comments (3)"""))

S.append(dict(id="h38-30", source="marketscreener.com",
url="https://www.marketscreener.com/quote/stock/CONOCOPHILLIPS-12578/news/QatarEnergy-ConocoPhillips-agree-to-supply-Germany-with-LNG-for-15-years-42441130/",
published_at="2022-11-29", body="""MarketScreener
Homepage > Equities > Nyse > ConocoPhillips

CONOCOPHILLIPS  $124.35 ▲ 1.2%

QatarEnergy, ConocoPhillips agree to supply Germany with LNG for 15 years

11/29/2022 | 08:41am EST

QatarEnergy and ConocoPhillips signed two agreements on Tuesday to ship up to 2 million tonnes a year of liquefied natural gas to Germany for at least 15 years, starting in 2026, Qatar's energy minister and QatarEnergy CEO Saad al-Kaabi said in Doha.

The gas will be delivered to the Brunsbuettel terminal in northern Germany. The deal follows months of talks that began when German Economy Minister Robert Habeck travelled to Doha in March. A German government spokesperson welcomed the agreement.

Qatar last week signed a 27-year supply deal with China's Sinopec.

All news about CONOCOPHILLIPS"""))

S.append(dict(id="h38-31", source="bmvg.de",
url="https://www.bmvg.de/en/news/minister-pistorius-in-india-strategic-partnership-2579134",
published_at="2023-06-06", body="""Federal Ministry of Defence
Home | Ministry | Armed Forces | News | Service

Minister Pistorius in India: deepening the strategic partnership

New Delhi, 6 June 2023

Federal Minister of Defence Boris Pistorius held talks with Indian Defence Minister Rajnath Singh in New Delhi today, on the second day of his four-day visit to India.

The ministers discussed regional security in the Indo-Pacific, the consequences of Russia's war against Ukraine and closer cooperation between the two countries' defence industries. Pistorius said Germany wanted to be a reliable partner for India, including in naval shipbuilding.

The visit is the first by a German defence minister to India since 2015. Pistorius will also travel to Mumbai, where he will visit the Mazagon Dock shipyard.

Print | Share"""))

S.append(dict(id="h38-32", source="businesskorea.co.kr",
url="https://www.businesskorea.co.kr/news/articleView.html?idxno=118001",
published_at="2023-07-17", body="""BusinessKorea
Industry | Finance | Tech | Policy

Defense, Construction Stocks Rise after Yoon's Surprise Ukraine Visit

July 17, 2023, 10:58

Shares in Korean defense and construction companies rose on Monday after President Yoon Suk Yeol's unannounced visit to Ukraine over the weekend.

Yoon travelled to Kyiv on July 15 by train, visited Bucha and Irpin and held a summit with President Volodymyr Zelensky, promising expanded support in non-lethal equipment and Ukraine's reconstruction. The trip followed the NATO summit in Vilnius and a two-day visit to Poland.

Hyundai Rotem rose 4.2 percent and Hanwha Aerospace 2.8 percent in early trading. Hyundai Engineering & Construction gained 3.1 percent.

Kim Eun-jin (ejkim@businesskorea.co.kr)"""))

S.append(dict(id="h38-33", source="caspianbarrel.org",
url="https://caspianbarrel.org/en/2022/07/eu-and-azerbaijan-sign-memorandum-to-double-gas-imports/",
published_at="2022-07-18", body="""Caspian Barrel
Oil & Gas | Energy Transition | Analytics | Events

EU and Azerbaijan sign memorandum to double gas imports

Baku, July 18. European Commission President Ursula von der Leyen and Azerbaijani President Ilham Aliyev signed a memorandum of understanding on a strategic partnership in energy in Baku on Monday.

Under the document, the EU will aim to import at least 20 billion cubic metres of Azerbaijani gas a year by 2027, about double current levels. Azerbaijan supplied 8.1 bcm to Europe through the Trans Adriatic Pipeline last year, mostly to Italy, Greece and Bulgaria.

The two sides also agreed to cooperate on renewables and hydrogen.

Tags: Azerbaijan, EU, TAP, Southern Gas Corridor
Share: Facebook | LinkedIn | Telegram"""))

S.append(dict(id="h38-34", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2014/02/06/xi-jinping-arrives-in-sochi-for-olympics-a31728",
published_at="2014-02-06", body="""The Moscow Times
News | Business | Opinion | Sochi 2014

Xi Jinping Arrives in Sochi for Olympics, Holds Talks With Putin

Feb. 06 2014

Chinese President Xi Jinping held talks with President Vladimir Putin in Sochi on Thursday, on the eve of the Winter Olympics opening ceremony, becoming the first Chinese leader to attend a major international sporting event abroad.

The two leaders discussed energy, including a long-delayed gas supply deal, and Putin accepted an invitation to visit China in May.

Japanese Prime Minister Shinzo Abe is also due in Sochi for Friday's opening ceremony and is scheduled to meet Putin on Saturday, Japanese officials said. U.S. President Barack Obama, French President Francois Hollande and German Chancellor Angela Merkel are not attending.

Share | Comments (8)"""))

S.append(dict(id="h38-35", source="angop.ao",
url="https://www.angop.ao/en/noticias/politica/biden-and-lourenco-hold-talks-in-luanda/",
published_at="2024-12", body="""ANGOP - Angola Press Agency
Politics | Economy | Society | Sport | Provinces

Biden and Lourenço hold talks in Luanda

Luanda - The President of the Republic, João Lourenço, held talks on Tuesday at the Presidential Palace with the President of the United States of America, Joe Biden, who is on an official visit to Angola, the first by a sitting US president.

Biden arrived in Luanda on Monday night, after a stopover on Cape Verde's Sal island. The talks focused on the Lobito Corridor, trade, energy and health.

On Wednesday, Biden travels to Lobito, where he will take part in a summit on the railway corridor with the heads of state of the Democratic Republic of Congo and Zambia and the Vice President of Tanzania.

(ANGOP)

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h38-36", source="dragonandcondor.substack.com",
url="https://dragonandcondor.substack.com/p/petro-in-beijing-what-colombia-wants",
published_at="2023-10-26", body="""The Dragon and the Condor
A newsletter on China and Latin America | Subscribe

Petro in Beijing: what Colombia wants

Gustavo Petro got his photo with Xi Jinping on Wednesday. The two presidents met at the Great Hall of the People and raised relations to a "strategic partnership", the first such upgrade for Colombia, which has long been Washington's closest partner in South America.

Petro, on a three-day state visit, pitched Chinese investment in a Bogota metro line (already being built by a Chinese consortium), rail and clean energy, and asked for more access for Colombian avocados and coffee.

China is now Colombia's second-largest trading partner after the US, and Colombia runs a large deficit with it.

Like | Comment | Restack
Subscribe to The Dragon and the Condor"""))

S.append(dict(id="h38-37", source="hungarytoday.hu",
url="https://hungarytoday.hu/szijjarto-moscow-talks-additional-gas-purchase/",
published_at="2022-07-21", body="""Hungary Today
Politics | Economy | Culture | Sport

Szijjártó in Moscow to Negotiate Additional Gas Purchase

Foreign Minister Péter Szijjártó travelled to Moscow on Thursday for talks with Russian Foreign Minister Sergei Lavrov on buying an extra 700 million cubic metres of natural gas this year, on top of the volumes in Hungary's long-term contract.

"Hungary's energy security is a physical issue, not a political one," Szijjártó said in a video posted on Facebook after landing. The government declared an energy emergency last week.

The visit came a day after the European Commission proposed that member states cut gas use by 15 percent over the winter, a plan Budapest has criticised.

Share this article | Tags: Szijjártó Péter, Russia, gas, energy"""))

S.append(dict(id="h38-38", source="dw.com",
url="https://www.dw.com/en/china-remains-germanys-top-trading-partner-but-us-closes-gap/a-68283125",
published_at="2024-02-16", body="""DW | Business

China remains Germany's top trading partner, but US closes gap

China was Germany's most important trading partner in 2023 for the eighth year in a row, with goods worth €253 billion traded between the two countries, the Federal Statistical Office said on Friday. The United States came a close second at €252 billion, followed by the Netherlands.

Trade with China fell by more than 15% from a year earlier, as imports of Chinese goods dropped. Economy Minister Robert Habeck has urged companies to reduce their dependence on China, while trade with Russia has collapsed since the invasion of Ukraine.

Read more
Scholz to travel to China in April with business delegation
German economy shrank 0.3% in 2023

Share | Send | Facebook | X"""))

S.append(dict(id="h38-39", source="baochinhphu.vn",
url="https://en.baochinhphu.vn/viet-nam-uae-sign-comprehensive-economic-partnership-agreement-111241028.htm",
published_at="2024-10", body="""Vietnam Government News
Politics | Economy | Society | International

Viet Nam, UAE sign Comprehensive Economic Partnership Agreement

VGP - Prime Minister Pham Minh Chinh and President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan witnessed the signing of the Viet Nam-UAE Comprehensive Economic Partnership Agreement (CEPA) in Abu Dhabi on October 28, the first such agreement between Viet Nam and an Arab country.

The signing followed talks between the two leaders during the Prime Minister's official visit to the UAE.

After the UAE, PM Chinh will travel to Saudi Arabia to attend the Future Investment Initiative conference and pay an official visit, and then to Qatar.

Share | Print"""))

S.append(dict(id="h38-40", source="newsmirror24.online",
url="https://newsmirror24.online/world/putin-sisi-launch-fourth-unit-el-dabaa-video",
published_at=None, body="""NewsMirror24 | World | Energy

Putin, Sisi launch work on fourth El Dabaa reactor by video link

Russian President Vladimir Putin and Egyptian President Abdel Fattah al-Sisi held a video conference on Tuesday to mark the pouring of the first concrete for the fourth and final power unit of the El Dabaa nuclear plant on Egypt's Mediterranean coast.

The two leaders exchanged remarks as the ceremony was broadcast from the construction site. Putin said the plant, being built by Rosatom, would meet a significant share of Egypt's electricity needs, while Sisi thanked Moscow for its support.

The plant's four units are planned to have a total capacity of 4,800 megawatts.

Source: agencies | 2.1k views
Trending: Gold price today | Suez Canal revenue falls"""))
