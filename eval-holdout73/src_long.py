# Long pages (2,500-4,500 characters), h73-01 .. h73-12
A = []

A.append(dict(id="h73-01", source="miamiherald.com",
url="https://www.miamiherald.com/news/nation-world/world/americas/article299518340.html",
published_at="2025-02-03", body="""Skip to content
Subscribe now: $1 for 6 months | Sign in
Miami Herald
78° Miami

AMERICAS

Rubio lands in El Salvador after tense Panama stop on first trip as top diplomat

By Rosaura Delgado-Fitch
Updated February 03, 2025 10:12 PM

Listen to this article 5 min

SAN SALVADOR — Secretary of State Marco Rubio touched down in El Salvador on Monday afternoon for talks with President Nayib Bukele, a day after he told Panama's leader face to face that Washington would no longer tolerate what it calls Chinese control around the canal.

Rubio and Bukele met for several hours at the president's lakeside residence outside the capital. Speaking afterwards, Rubio said the Salvadoran leader had offered to hold deportees of any nationality in his country's mega-prison, a proposal the secretary called extraordinary and which he said he would take back to the White House. Bukele, who has courted Republicans for years, posted a photo of the two men smiling on a terrace.

The Salvadoran stop was a far friendlier affair than Sunday's visit to Panama City. There, Rubio spent the morning with President José Raúl Mulino and Foreign Minister Javier Martínez-Acha at the Palacio de las Garzas before touring the Miraflores locks. A State Department readout said the secretary had warned that the current situation was "unacceptable" and that, without immediate changes, the United States would act to protect its rights under the 1977 neutrality treaty.

Mulino struck a calmer tone at a news conference after the meeting. He said he did not believe the sovereignty of the waterway was in question, but announced that Panama would let its 2017 memorandum on China's Belt and Road Initiative lapse and would look at ending it early. He also offered to expand a program, funded by Washington, that flies migrants home from Panamanian territory.

Neither government described any threat of force, though President Donald Trump told reporters in Washington on Sunday night that "something very powerful" would happen if Panama did not change course.

The remaining legs of the tour are built around migration and deportations. Rubio is scheduled to fly to San José on Tuesday to see Costa Rican President Rodrigo Chaves, and heads to Guatemala City on Wednesday for a meeting with President Bernardo Arévalo. He is due to finish the trip on Thursday in Santo Domingo, where President Luis Abinader is expected to raise Haiti's security crisis.

It is unusual for a secretary of state to make Latin America his first destination. Rubio, a Cuban-American former senator from Florida, has framed the choice as a signal that the hemisphere will matter more under this administration, even as the tariff threats that shook the region over the weekend have unsettled several of the governments he is visiting.

The trip had not been without awkward moments. Aides confirmed that a planned stop at a canal-side event on Sunday afternoon was shortened, and the Panamanian opposition staged a small protest near the presidential palace.

Analysts in the region said the message was being received. "Every capital on this itinerary has something Washington wants, whether it's a deportation deal or a distance from Beijing," said a Central America researcher at a Washington think tank.

Photo: Secretary of State Marco Rubio, left, shakes hands with Panama's President José Raúl Mulino at the presidential palace in Panama City. Dario Quintero-Hale/Pool

RELATED STORIES
Trump pauses Mexico tariffs for a month after morning call with Sheinbaum
Venezuela frees six Americans after envoy Grenell's trip to Caracas
Panama Canal pilots wary as traffic rebounds

MOST READ
1. Miami-Dade commissioners delay vote on stadium deal
2. Cold front to bring the coolest morning of the week
3. Dolphins name new offensive line coach

Take Us With You: Real-time updates and all local stories you want right in the palm of your hand. Download the app.

Comments (47)

Copyright 2025 Miami Herald. All Rights Reserved."""))

A.append(dict(id="h73-02", source="theguardian.com",
url="https://www.theguardian.com/world/2023/feb/11/lula-biden-white-house-meeting-democracy-amazon",
published_at="2023-02-11", body="""Skip to main content | Skip to navigation
Support the Guardian
Fund independent journalism with $5 per month
Support us →

Brazil

Lula and Biden vow to stand together against extremism in first White House talks

Brazilian president seeks to reset ties strained under Bolsonaro and presses for help protecting the Amazon

Tomás Ferreira-Lang in Washington
Sat 11 Feb 2023 02.14 GMT

Luiz Inácio Lula da Silva and Joe Biden have promised to defend democratic institutions in both countries, as the Brazilian president used his first visit to the White House since returning to power to draw a line under four frosty years under his predecessor, Jair Bolsonaro.

The two men talked for about an hour in the Oval Office on Friday afternoon, five weeks after supporters of Bolsonaro ransacked Congress, the supreme court and the presidential palace in Brasília. Biden said both nations had seen their democracies "tested" and praised Lula's response to the riots. Lula replied that Brazil had cut itself off from the world and was now "back".

A joint statement issued after the talks said the US intended to work with Congress on a contribution to the Amazon Fund, the Norwegian-led mechanism that finances forest protection, though it gave no figure. Officials in Brasília had hoped for more.

The statement also said Biden had accepted an invitation to visit Brazil, without giving a date.

Lula flew in on Thursday evening and spent the morning before the meeting with Democratic lawmakers, including Senator Bernie Sanders, and union leaders at Blair House. His foreign minister, Mauro Vieira, held a separate session with Secretary of State Antony Blinken, according to the State Department.

The warmth did not extend to every subject. Lula has refused to send ammunition to Ukraine and has spent recent weeks promoting the idea of a "club" of countries that could mediate between Kyiv and Moscow. Asked about it at the White House, he said he had raised the proposal with Biden and would discuss it with China, too.

The Brazilian leader is expected to travel to Beijing next month for talks with Xi Jinping, with a large business delegation, according to Itamaraty, the foreign ministry. China is Brazil's largest trading partner and buys most of its soy and iron ore.

The Washington trip was Lula's third abroad since he took office on 1 January, following visits to Buenos Aires and Montevideo last month, where he attended a regional summit and met the Argentinian and Uruguayan presidents.

Analysts said the meeting was as much about symbolism as substance. "Biden needed a democratic success story in the region, and Lula needed Washington not to be hostile," said a Brazil specialist at a US university. "Both got what they came for."

Photograph: Joe Biden welcomes Luiz Inácio Lula da Silva to the Oval Office on Friday. Photograph: Carla Moreno-Hyde/EPA

Explore more on these topics
Brazil | Luiz Inácio Lula da Silva | Joe Biden | Amazon rainforest | Americas

Share | Reuse this content

Most viewed
Turkey-Syria earthquake: death toll passes 24,000
Chinese balloon debris recovered off South Carolina coast
Harry Kane becomes Tottenham's all-time record scorer
Deforestation in Brazilian Amazon fell in January, data shows"""))

A.append(dict(id="h73-03", source="cbc.ca",
url="https://www.cbc.ca/news/politics/g7-kananaskis-day-two-carney-zelensky-sheinbaum-modi-1.7563012",
published_at="2025-06-17", body="""CBC Menu | Search | Sign In
Watch The National | Listen Live

Politics

Carney hosts Zelensky, Sheinbaum and Modi as G7 wraps up without Trump

Canada pledges $2B more in military aid for Ukraine; Modi visit seen as first step in repairing ties with India

Aurélie Bachand-Kerr · CBC News · Posted: Jun 17, 2025 7:18 PM EDT | Last Updated: June 17

Prime Minister Mark Carney spent the final day of the G7 summit in Kananaskis holding a string of one-on-one meetings with invited leaders, after U.S. President Donald Trump left the Alberta Rockies early, citing the conflict between Israel and Iran.

Carney met Ukrainian President Volodymyr Zelensky on Tuesday morning and announced $2 billion in new military assistance along with fresh sanctions on Russia. Zelensky had flown in hoping to see Trump as well. That meeting did not happen once the president departed on Monday night, and Kyiv officials made no secret of their disappointment.

Mexican President Claudia Sheinbaum, making her first trip abroad since taking office, also lost her scheduled sit-down with Trump. She instead held talks with Carney, and the two governments said they would draw up a broader action plan on trade, security and energy before the fall.

In the afternoon, Carney welcomed Indian Prime Minister Narendra Modi, in a meeting few would have predicted a year ago. Ottawa and New Delhi expelled each other's top diplomats in October over the killing of Sikh activist Hardeep Singh Nijjar. On Tuesday the two leaders agreed to name new high commissioners and restart trade talks. Modi flew in from Cyprus and is due in Zagreb on Wednesday, the first visit to Croatia by an Indian prime minister.

Trump's first day had been busy. He met Carney on Monday morning before the summit formally opened, telling reporters he still liked tariffs and that the two leaders would keep working on a trade deal. Later he sat down with British Prime Minister Keir Starmer, and at the end of their talks signed the order putting last month's U.S.-U.K. trade arrangement into effect, briefly dropping the papers on the grass as the cameras rolled. He also met Japanese Prime Minister Shigeru Ishiba, but the two sides failed to close a deal on auto tariffs.

The White House said the president needed to return to Washington to deal with the Middle East. French President Emmanuel Macron suggested Trump was working on a ceasefire, a claim Trump quickly rejected on social media.

The G7 leaders managed to agree on a statement on Israel and Iran and several short texts on critical minerals, AI and wildfires, but there was no joint communiqué, by design. A planned statement on Ukraine was dropped after U.S. objections, according to a Canadian official.

Carney told a closing news conference that the summit had done what he set out to do. "You are not going to solve everything in two days," he said.

Cabinet ministers also held side meetings. Foreign Affairs Minister Anita Anand met several of her counterparts, though Global Affairs Canada did not release a list.

RELATED
Trump leaves G7 early as Israel-Iran conflict escalates
Starmer, Carney sign partnership on defence and AI in Ottawa
How the RCMP secured the summit site

Audience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6
We use cookies and similar technologies to provide you with a better experience. Manage preferences

Comments (1,184) | Share this on Facebook | X | Email"""))

A.append(dict(id="h73-04", source="english.elpais.com",
url="https://english.elpais.com/international/2023-01-09/biden-and-lopez-obrador-meet-at-national-palace-ahead-of-north-american-summit.html",
published_at="2023-01-09", body="""EL PAÍS English Edition | Subscribe
INTERNATIONAL | MEXICO | USA | CLIMATE | SCIENCE

We use cookies to improve your experience. By clicking Accept you consent to the use of all cookies. ACCEPT | SETTINGS

NORTH AMERICAN LEADERS' SUMMIT

Biden and López Obrador trade warm words and sharp complaints at the National Palace

The US president, on his first visit to Mexico in office, discussed migration, fentanyl and energy with his counterpart before Canada's Justin Trudeau joins them

ELENA VILLASEÑOR-KRAUSE
Mexico City - JAN 09, 2023 - 23:05 CST

US President Joe Biden held nearly two hours of talks with Andrés Manuel López Obrador at the National Palace in Mexico City on Monday, the first face-to-face meeting between the two leaders on Mexican soil and a prelude to Tuesday's North American summit.

The atmosphere was cordial, but the Mexican president did not hide his frustrations. In opening remarks in front of the press, López Obrador urged Washington to end what he called "abandonment and disdain" of Latin America and to do more to lift the region economically. Biden answered that the United States had spent tens of billions of dollars abroad over the past 15 years, a remark that drew some murmurs in the room.

Behind closed doors, officials said, the two leaders went over the new US border scheme announced last week, under which up to 30,000 migrants a month from Cuba, Haiti, Nicaragua and Venezuela may enter the US if Mexico takes back those who cross irregularly. They also discussed fentanyl trafficking and a long-running dispute over Mexican energy policy.

Biden arrived on Sunday night at the new Felipe Ángeles International Airport north of the capital, where López Obrador was waiting on the tarmac. Before that he made his first stop as president on the border, in El Paso.

Canadian Prime Minister Justin Trudeau is due to land in Mexico City late on Monday. The three leaders meet on Tuesday for the first North American summit since 2021, and Trudeau will remain in the country for a bilateral program with López Obrador on Wednesday. A separate Biden–Trudeau meeting was not on the published agenda; aides on both sides have spoken of a Biden trip to Ottawa later this year, but no date has been fixed.

Events in Brazil have loomed over the gathering. On Monday the three governments issued a joint statement condemning Sunday's attack on Brazil's democratic institutions and saying they stood with President Luiz Inácio Lula da Silva. López Obrador told reporters he had called the assault "reprehensible."

The Mexican government put on a show of ceremony for the visit. Foreign Secretary Marcelo Ebrard, who has been at the center of preparations for months, greeted Biden's delegation and will host ministers from the three countries on Tuesday.

Business groups are watching whether the summit produces concrete commitments on semiconductors and supply chains. "Nearshoring is the topic everyone wants to hear about," said an economist at a Mexico City brokerage. "Whether it comes with money is another matter."

Photo: Andrés Manuel López Obrador and Joe Biden at the National Palace in Mexico City on Monday. Photo: Jorge Ibarra-Luna

MORE INFORMATION
Who is Ovidio Guzmán, the son of 'El Chapo' arrested last week
Migrants in Ciudad Juárez weigh new US rules

Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition

Share on Whatsapp | Share on Facebook | Share on Twitter | Copy link
© EDICIONES EL PAÍS S.L."""))

A.append(dict(id="h73-05", source="voanews.com",
url="https://www.voanews.com/a/blinken-in-ecuador-urges-democracies-to-deliver/6278113.html",
published_at="2021-10-20", body="""VOA | Voice of America
Print | Email | Share

Americas

Blinken in Ecuador Urges Democracies to Deliver, Heads to Colombia Next

By Nadia Okonkwo-Reyes
October 20, 2021 06:05 PM

QUITO, ECUADOR — U.S. Secretary of State Antony Blinken on Wednesday told an audience in Ecuador's capital that democracies across the Americas were under strain because they had failed to deliver for ordinary people, and he held up the country's new government as a partner in reversing that trend.

The speech at a Quito university capped a two-day stay in which Blinken met President Guillermo Lasso, a conservative former banker who took office in May. The two discussed the pandemic recovery, drug trafficking along the Pacific coast and a wave of violence inside Ecuador's prisons. Blinken also sat down with Foreign Minister Mauricio Montalvo.

Lasso declared a 60-day state of emergency on Monday night, a day before Blinken arrived, ordering troops onto the streets to fight rising crime. The secretary said the United States would help Ecuador's police with equipment and training, and insisted any response should respect human rights.

Blinken is set to fly to Bogotá later on Wednesday. In Colombia, he is scheduled to meet President Iván Duque on Thursday and to join foreign ministers from across the hemisphere at a meeting on migration, an issue that has grown more urgent as tens of thousands of migrants, many of them Haitian, have moved north through Colombia and the Darién jungle into Panama.

Officials say Blinken also wants to discuss the 2016 peace accord with the FARC. Its fifth anniversary falls next month, and Washington is weighing whether to remove the former guerrilla group from its list of foreign terrorist organizations.

The trip is Blinken's first to South America as secretary of state. Earlier this month he traveled to Mexico City for a high-level security dialogue with the government of Andrés Manuel López Obrador, which replaced the Merida Initiative with a new framework.

Critics of the administration say its Latin America policy has been reactive. "You have a migration crisis that keeps showing up at the border, and you get trips like this," said a former State Department official now at a Washington policy institute. "The question is what comes after the speech."

Blinken is traveling with Assistant Secretary Brian Nichols, the department's top diplomat for the Western Hemisphere.

Photo: U.S. Secretary of State Antony Blinken and Ecuador's President Guillermo Lasso speak at the Carondelet Palace in Quito, Oct. 19, 2021. (Pool/AFP)

RELATED
US, Mexico open security dialogue in Mexico City
Haitian migrants stranded in Necoclí as boats fill up
Ecuador prison riot death toll rises

Follow us on Facebook | Twitter | YouTube | Instagram
VOA Learning English | Podcasts | Editorials
Comments 12"""))

A.append(dict(id="h73-06", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3286699/xi-jinping-opens-chancay-port-boluarte-lima-ahead-biden-talks",
published_at="2024-11-15", body="""South China Morning Post
Sign in | Subscribe
HSI 19,426.34 -0.05% | SSE 3,330.73 -1.45% | USD/CNY 7.2298

China / Diplomacy

Xi Jinping opens Chancay port with Boluarte in Lima as Biden meeting looms

Chinese president uses APEC trip to showcase Belt and Road megaproject on Pacific coast of South America

Marisol Quispe-Whitfield in Lima
Published: 8:30am, 15 Nov 2024

Chinese President Xi Jinping and his Peruvian counterpart Dina Boluarte inaugurated the US$1.3 billion deepwater port of Chancay on Thursday, joining a ceremony north of Lima by video link from the presidential palace after the two leaders held talks there.

Xi arrived in the Peruvian capital on Wednesday night for a state visit and the Asia-Pacific Economic Cooperation (APEC) leaders' meeting. In his talks with Boluarte, he called the port, majority-owned by state shipping giant Cosco, a "new land-sea corridor" linking the two countries, while Boluarte said it would make Peru a hub for trade between Asia and South America.

The leaders also witnessed the signing of a protocol upgrading the China-Peru free trade agreement, in force since 2010, along with documents on trade, science and media cooperation.

Xi is scheduled to meet US President Joe Biden on Saturday on the sidelines of APEC. It will be their first meeting since talks near San Francisco a year ago, and probably their last before Donald Trump returns to the White House in January. Beijing's foreign ministry confirmed the meeting, and the US side said Biden would raise North Korean troops in Russia, cyber intrusions and Taiwan.

From Lima, Xi is due to fly to Rio de Janeiro for the Group of 20 summit and will then travel to Brasília for a state visit hosted by President Luiz Inácio Lula da Silva on November 20, the 50th anniversary of diplomatic ties between China and Brazil.

Japanese officials said Prime Minister Shigeru Ishiba, making his first appearance at APEC, hoped to hold talks with Xi while in Lima, but Tokyo had not confirmed a time.

Chancay has unsettled Washington. A senior US commander for Latin America warned earlier this year that the port could be used by the Chinese navy, a suggestion Beijing called a smear. Peruvian officials insist it is a purely commercial project.

"For Peru this is an infrastructure story, for Beijing it is a showcase, and for Washington it is a warning," said an analyst at a Lima university. "All three readings can be true at once."

Security in the capital was tight, with truck drivers and small business owners staging protests over extortion during the week, and the government declaring a holiday for residents of the city.

Photo: Xi Jinping and Dina Boluarte at the Government Palace in Lima on Thursday. Photo: Xinhua

Read more
China's exports to Latin America hit record high
Analysis: What a Trump presidency means for Beijing's ties with the Global South
Xi, Biden agree to resume military talks (Nov 2023)

Topics: Xi Jinping | Peru | Apec | Latin America | China-US relations
Share: Facebook | X | LinkedIn | Copy link
Comments: 38
Copyright © 2024 South China Morning Post Publishers Ltd."""))

A.append(dict(id="h73-07", source="timesofisrael.com",
url="https://www.timesofisrael.com/argentinas-milei-meets-netanyahu-vows-embassy-move-to-jerusalem/",
published_at="2024-02-07", body="""THE TIMES OF ISRAEL
Sign in | Join our Community
Liveblog | Israel & the Region | Jewish Times | Israel Inside

Israel at war: Day 124

Argentina's Milei meets Netanyahu, reaffirms plan to move embassy to Jerusalem

Visiting president, who has embraced Judaism, tours Western Wall and meets hostage families; heads to Rome this weekend

By Iván Shapiro-Correa
7 February 2024, 9:48 pm

Argentine President Javier Milei met Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, a day after arriving in Israel on his first bilateral trip abroad since taking office in December.

Netanyahu thanked Milei for his "unwavering" support since the October 7 Hamas attack and for his pledge to relocate Argentina's embassy from Tel Aviv to Jerusalem. Milei, who announced the plan on the tarmac at Ben Gurion Airport on Tuesday, said his government would work toward the move, but Argentine officials gave no timetable.

Milei also held talks with President Isaac Herzog and Foreign Minister Israel Katz, and met relatives of Argentine-Israelis held in Gaza, several of whom traveled from Kibbutz Nir Oz. He was accompanied by his sister and chief of staff, Karina Milei, and Foreign Minister Diana Mondino.

Earlier, the president wept as he prayed at the Western Wall alongside his rabbi, Shimon Axel Wahnish, who Milei has said he will nominate as ambassador to Israel.

The embassy pledge drew criticism from the Palestinian Foreign Ministry and from Arab envoys in Buenos Aires, who asked for a meeting with the Argentine government. Mondino told reporters that no decision had been taken to break with Argentina's long-standing positions at the United Nations.

Milei, a libertarian economist, is due to fly to Rome on Friday for the canonization of María Antonia de Paz y Figueroa, known as Mama Antula, Argentina's first female saint. He is scheduled to meet Italian Prime Minister Giorgia Meloni on Monday, and Vatican officials said an audience with Pope Francis, whom Milei once described in harsh terms during his campaign, was being arranged.

The visit comes as Israel faces growing international pressure over the humanitarian situation in Gaza. Secretary of State Antony Blinken was also in Israel on Wednesday, meeting Netanyahu as part of his fifth regional trip since the war began.

Argentina has the largest Jewish community in Latin America. The 1994 bombing of the AMIA Jewish community center in Buenos Aires, which Argentine courts have blamed on Iran and Hezbollah, remains unsolved.

Photo: Argentine President Javier Milei at the Western Wall in Jerusalem's Old City, February 6, 2024. (Yonatan Ben-Ami/Flash90)

Read more:
Blinken meets Netanyahu as hostage deal talks stall
Herzog to Milei: Your friendship is a beacon
Argentina's peso slide slows as inflation data looms

Join our WhatsApp channel | Get The Times of Israel's Daily Edition by email
Support independent journalism: Join the Times of Israel Community
Comments (64)"""))

A.append(dict(id="h73-08", source="thehindu.com",
url="https://www.thehindu.com/news/national/pm-modi-in-kyiv-holds-talks-with-zelenskyy/article68557021.ece",
published_at="2024-08-23", body="""THE HINDU | e-Paper | Subscribe
SENSEX 81,086.21 +33.02 | NIFTY 24,823.15 +11.65 | USD/INR 83.89 | GOLD 71,890

National

PM Modi in Kyiv: India, Ukraine sign four pacts; Modi says 'solution lies in dialogue'

First visit by an Indian Prime Minister since Ukraine's independence; Modi travelled 10 hours by train from Poland

Aparna Sethuraman-Iyer
KYIV: August 23, 2024 21:07 IST

Prime Minister Narendra Modi held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv on Friday, telling him that India was "not neutral" but "on the side of peace" and was ready to play an active role in ending the war with Russia.

Mr. Modi arrived in the Ukrainian capital in the morning after an overnight journey by rail from the Polish border town of Przemyśl. He is the first Indian Prime Minister to visit Ukraine since diplomatic relations were established in 1992.

The two leaders paid tribute at a multimedia exhibit on children killed in the war and then held restricted and delegation-level talks at the Mariinskyi Palace. Four agreements were signed, covering agriculture and food, medical products, culture, and humanitarian grants for community projects. India also handed over mobile medical units.

Mr. Zelenskyy, briefing journalists afterwards, said he had asked India to lower its purchases of Russian oil and to support a second peace summit, and he hoped India could host it. External Affairs Minister S. Jaishankar said the visit had been about listening. "There was a very candid exchange," he said.

Mr. Modi invited Mr. Zelenskyy to visit India at his convenience, the Ministry of External Affairs said. No dates were discussed.

The trip comes six weeks after Mr. Modi's visit to Moscow, where his embrace of President Vladimir Putin on the day a Russian missile struck a children's hospital in Kyiv drew sharp criticism from Mr. Zelenskyy.

Before Kyiv, the Prime Minister spent two days in Warsaw, the first visit to Poland by an Indian Prime Minister in 45 years. There, he held talks with Prime Minister Donald Tusk on Thursday and the two sides upgraded ties to a strategic partnership. Mr. Modi also met President Andrzej Duda and members of the Indian community.

Diplomats in New Delhi said the sequencing of the two visits was deliberate. "India is signalling that it can talk to both sides, and that it is not choosing between them," a former Ambassador said.

Mr. Modi was due to return to Poland by train later on Friday before flying home.

Photo: Prime Minister Narendra Modi and Ukrainian President Volodymyr Zelenskyy at the Martyrologist Exposition in Kyiv on August 23, 2024. Photo: PIB

Related Stories
Modi-Tusk talks: India, Poland elevate ties to strategic partnership
Jaishankar to visit Singapore next week
Editorial | Kyiv after Moscow

Comments: 213 | Printable version
Please abide by our community guidelines when commenting.
Copyright© 2024, THG PUBLISHING PVT LTD."""))

A.append(dict(id="h73-09", source="nation.africa",
url="https://nation.africa/kenya/news/ruto-makes-surprise-visit-to-haiti-4765218",
published_at="2024-09-22", body="""NATION
Sign in | Subscribe | e-Paper
NSE 20 1,614.55 ▲ 0.41% | USD/KES 129.05 | EUR/KES 144.01

News

Ruto lands in Port-au-Prince, vows Kenyan police will stay the course

By Wanjiru Otieno-Marsh
Sunday, September 22, 2024

President William Ruto on Saturday made an unannounced visit to Haiti, where more than 380 Kenyan police officers are leading a United Nations-backed mission against gangs that control much of the capital.

The President flew into Port-au-Prince in the morning on a Kenya Air Force jet. He was received at Toussaint Louverture International Airport by Prime Minister Garry Conille and then held talks with the Prime Minister and members of the Transitional Presidential Council, led by its chair, Edgard Leblanc Fils, at the Villa d'Accueil.

Speaking at the Kenyan contingent's base, Dr Ruto told the officers that Kenya would not leave Haiti "until the job is done" and announced that another 600 officers would deploy in November. "You are the pride of our nation," he said.

In a statement later, State House spokesperson Hussein Mohamed said the two leaders discussed funding for the Multinational Security Support Mission, the pace of deployments from other contributing countries and elections that Haiti hopes to hold next year. Interior Cabinet Secretary Kipchumba Murkomen was part of the delegation.

The Haitian Prime Minister thanked Kenya and said the police had made "real progress" in retaking key roads, though residents say gang violence remains widespread outside the areas where the mission operates.

The trip came two weeks after US Secretary of State Antony Blinken visited Port-au-Prince, where he said Washington would back converting the mission into a full UN peacekeeping operation. Ruto has also argued for that change, which would secure steadier funding.

From Haiti, the President was to travel to New York for the UN General Assembly, where he is expected to press donors to honour their pledges. The mission's trust fund has received a fraction of the money promised.

Back home, opposition leaders questioned the cost of the deployment at a time of budget cuts. Officers' families have also complained about delayed allowances, a claim the National Police Service has denied.

Jamaica, Belize and The Bahamas have sent small contingents, while Guatemala and El Salvador are expected to contribute soldiers.

Photo: President William Ruto inspects a guard of honour mounted by Kenyan police officers in Port-au-Prince, Haiti, on September 21, 2024. PCS

RELATED
Kenyan officers in Haiti get new armoured vehicles
Murkomen: Allowances for Haiti deployment paid
Opinion: Kenya's Haiti gamble is also a foreign policy test

Never miss a story: Subscribe to the Daily Nation newsletter
Sign up for the Nation app on Android and iOS
Comments (88) | Share via: Facebook | X | WhatsApp"""))

A.append(dict(id="h73-10", source="latimes.com",
url="https://www.latimes.com/politics/story/2022-06-09/biden-bolsonaro-trudeau-summit-of-the-americas-meetings",
published_at="2022-06-09", body="""Los Angeles Times
Subscribe for 99¢ | Log In
Menu | Search

POLITICS

Biden and Bolsonaro hold first meeting as Summit of the Americas struggles to find its footing

By Daniel Moreno-Abbott
Staff Writer
June 9, 2022 6:51 PM PT

President Biden met Brazilian President Jair Bolsonaro for the first time on Thursday, setting aside months of friction over Bolsonaro's attacks on his country's election system as the White House sought to salvage a Summit of the Americas overshadowed by the absence of several regional leaders.

The two men, seated side by side at a hotel in downtown Los Angeles, spoke for about 30 minutes in front of reporters and then privately. Bolsonaro, who was among the last world leaders to recognize Biden's 2020 victory, said he wanted to "be close" to the United States and told Biden that Brazil's October election would be "clean, reliable and auditable." Biden praised Brazil's "robust" democratic institutions.

Earlier on Thursday, Biden held talks with Canadian Prime Minister Justin Trudeau, who arrived in Los Angeles on Wednesday. Aides said the two discussed migration, energy and Ukraine, and Trudeau told reporters he had raised the absence of several leaders with the president.

The guest list has dominated the week. The administration did not invite Cuba, Venezuela or Nicaragua, arguing their governments were undemocratic. In protest, Mexican President Andrés Manuel López Obrador stayed home and sent Foreign Secretary Marcelo Ebrard in his place. The presidents of Guatemala, Honduras and El Salvador also skipped the summit.

López Obrador has said he will meet Biden at the White House next month, and the two governments are working on dates in July, officials in both capitals said. The Mexican leader said Wednesday he had accepted the invitation during a phone call with Biden in May.

Argentina's president, Alberto Fernández, who attended as the current chair of the Community of Latin American and Caribbean States, used his speech to the plenary on Thursday to rebuke the host, telling Biden that being the host country did not give the right to impose a "right of admission."

The administration is hoping to close the summit on Friday with a declaration on migration that commits signatories to share responsibility for the millions of people on the move in the hemisphere. Officials said about 20 countries were expected to sign.

Vice President Kamala Harris announced on Wednesday that companies had committed $1.9 billion in new private investment in Central America. First Lady Jill Biden hosted a spouses' program at the Getty Center.

Bolsonaro, who is trailing former President Luiz Inácio Lula da Silva in polls, had considered skipping the event and decided to attend only after a White House envoy, former Sen. Chris Dodd, visited him in Brasília last month.

Photo: President Biden, right, meets Brazil's President Jair Bolsonaro on Thursday in Los Angeles. (Aaron Delgado-Price / Los Angeles Times)

MORE FROM THE SUMMIT
Protesters march outside the Convention Center
Harris touts Central America investment pledges
Column: The summit nobody wanted to host

Newsletter: Essential Politics. Sign up
Copyright © 2022, Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection | Do Not Sell or Share My Personal Information"""))

A.append(dict(id="h73-11", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/anthony-albanese-meets-xi-jinping-beijing/103068242",
published_at="2023-11-06", body="""ABC News
Just In | For You | Politics | World | Business | Analysis | Sport

We use cookies and other tracking technologies. Manage settings | Accept

ASX 200 7,038.3 ▲ +0.9% | AUD/USD 0.6522 | Gold $1,990.90 | Brent $85.18

Politics

Anthony Albanese meets Xi Jinping in Beijing, says relationship is moving in 'positive direction'

By political reporter Jess Thornbury-Lim in Beijing
Posted Mon 6 Nov 2023 at 10:55pm

Prime Minister Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People, the first visit to China by an Australian leader in seven years and the clearest sign yet that the diplomatic freeze between the two countries has thawed.

The leaders spoke for about an hour and a half on Monday afternoon. Mr Xi told Mr Albanese that China and Australia had "no fundamental conflict of interests" and that the relationship was on "the right path", according to Chinese state media.

Mr Albanese said he had raised the case of detained Australian writer Yang Hengjun and the remaining trade impediments on wine and lobster, and said he had also discussed "differences" in the region, including the South China Sea.

"We will cooperate where we can, disagree where we must," he told reporters.

The Prime Minister arrived in Shanghai on Saturday and opened the China International Import Expo on Sunday before flying to Beijing. He will hold the annual leaders' meeting with Premier Li Qiang on Tuesday, where the two sides are expected to sign agreements on climate cooperation and tourism.

The trip comes less than two weeks after Mr Albanese was welcomed to the White House by President Joe Biden for a state visit, and he has been at pains to argue that improved ties with Beijing do not come at the expense of the US alliance.

It also comes weeks after the release of Australian journalist Cheng Lei, who returned home in October after more than three years in detention.

Opposition Leader Peter Dutton said the Prime Minister should have secured more. "It's not a reset if our farmers are still locked out and an Australian citizen is still in prison," he said.

Mr Albanese will leave China on Tuesday night and travel to the Cook Islands for the Pacific Islands Forum leaders' meeting.

Foreign Minister Penny Wong, who travelled to Beijing last December to restart high-level dialogue, is also part of the delegation, along with Trade Minister Don Farrell.

Photo: Anthony Albanese and Xi Jinping shake hands inside the Great Hall of the People. (ABC News: Mark Ellery-Tan)

Related stories
Albanese walks in Whitlam's footsteps at Temple of Heaven
Wine tariffs: China to complete review within five months
Pacific leaders to meet in Rarotonga as climate finance dominates

Topics: Federal Government, World Politics, China, Australia
Share | Email | Facebook | X
Posted 6 Nov 2023, updated 7 Nov 2023"""))

A.append(dict(id="h73-12", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/modi-ali-sign-ten-mous-as-india-caricom-summit-held/",
published_at="2024-11-21", body="""Stabroek News
Home | News | Business | Sports | Features | Opinion | Letters | Classifieds
Newsletter: Get the top stories in your inbox. Sign up

Modi, Ali sign ten MoUs; Indian PM holds talks with Caribbean leaders on summit margins

By Staff Writer
November 21, 2024

Indian Prime Minister Narendra Modi yesterday held talks with President Irfaan Ali at State House, where the two sides signed ten memoranda of understanding covering hydrocarbons, agriculture, health, digital payments and defence, on the first visit by an Indian head of government to Guyana in more than five decades.

Modi arrived at the Cheddi Jagan International Airport on Tuesday evening, where he was received by President Ali, Prime Minister Mark Phillips and a large number of Cabinet ministers. The Georgetown skyline was dotted with Indian and Guyanese flags, and thousands lined the East Bank road.

President Ali said the agreements would deepen cooperation in the oil and gas sector and in food security. India has offered lines of credit for infrastructure and said it would supply two Dornier aircraft to the Guyana Defence Force.

The Indian leader also co-chaired the second India-CARICOM Summit with Grenada's Prime Minister Dickon Mitchell, the current CARICOM chair. Leaders and representatives from across the region attended at the Arthur Chung Conference Centre.

On the margins of the summit, Modi held bilateral talks with Barbados Prime Minister Mia Mottley and with Trinidad and Tobago's Prime Minister Dr Keith Rowley, according to the Indian Ministry of External Affairs. The ministry said he also met other Caribbean leaders, without giving details.

Dominica's President Sylvanie Burton presented Modi with the Dominica Award of Honour, the island's highest national award, in recognition of India's supply of vaccines during the pandemic. Modi also received Guyana's Order of Excellence from President Ali.

Modi came to Guyana from Rio de Janeiro, where he attended the G20 summit, and earlier stopped in Nigeria. He was scheduled to address a special sitting of the National Assembly today before leaving for New Delhi.

Opposition Leader Aubrey Norton welcomed the visit but said the government should publish the texts of the MoUs.

Photo: President Irfaan Ali, right, welcomes Prime Minister Narendra Modi at State House. (Office of the President photo)

Other stories
Rice exports to Caribbean markets up 12%
GPL says new turbines to come on stream by January
Letter: Why the India-CARICOM relationship matters

Share this: Facebook | X | WhatsApp | Email
Tags: Narendra Modi, Irfaan Ali, India-CARICOM Summit, MoUs
21 comments
Stabroek News is a member of the Inter American Press Association."""))
