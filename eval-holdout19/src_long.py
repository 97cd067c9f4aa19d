# Long pages (2,500-4,500 characters), h19-01 .. h19-12
A = []

A.append(dict(id="h19-01", source="africanews.com",
url="https://www.africanews.com/2024/12/03/lobito-corridor-takes-centre-stage-as-biden-meets-lourenco-in-luanda/",
published_at="2024-12-03", body="""This website uses cookies to improve your experience. Manage preferences | Accept all

LIVE | Business | Angola

Lobito corridor takes centre stage as Biden meets Lourenço in Luanda

By Africanews with AFP
Last updated: 03/12 - 17:48

A Benguela railway train carrying copper cathodes at the port of Lobito. Credit: Africanews / Osvaldo Silva

For traders at Lobito's container terminal, the headline number this week is not a speech but a freight rate. Cargo moved on the 1,300-kilometre Benguela line has roughly doubled since a consortium led by Trafigura took over operations last year, and shippers say a copper load from the Zambian border can now reach the Atlantic in under ten days, against a month or more by road to Durban or Dar es Salaam.

That is the project Joe Biden came to see. The US president, on the only trip to sub-Saharan Africa of his term, held talks with President João Lourenço at the presidential palace in Luanda on Tuesday morning, a day after Air Force One landed following a brief stop on Cape Verde's Sal island, where he greeted Prime Minister Ulisses Correia e Silva on the tarmac.

The visit had been due to take place in October but was pushed back when Hurricane Milton headed for Florida.

"We are proud of what we are building together," Biden told Lourenço as the two sat down with their delegations, describing the railway as "the largest US rail investment outside the country". The Angolan leader thanked Washington for its support and said his government wanted partners "who bring capital, not conditions".

Washington's development finance arm has committed 553 million dollars to the rail upgrade, and US officials say total public and private money pledged for the corridor, including a planned extension into Zambia, is now above four billion dollars. Analysts are less certain. "The rail works are real; the mining side is where the money still has to show up," said a Johannesburg-based analyst at a risk consultancy.

Later on Tuesday Biden visited the National Slavery Museum south of the capital and was to deliver a speech on the history that binds the two countries. On Wednesday he travels to Lobito itself for a meeting on the corridor with Lourenço, President Félix Tshisekedi of the Democratic Republic of Congo, Zambia's President Hakainde Hichilema and Tanzania's Vice-President Philip Mpango.

For Angola, which left OPEC a year ago and still earns most of its export income from oil, the corridor is a test of whether it can sell itself as a logistics hub rather than only a crude producer. Inflation ended October at about 29 percent and the kwanza has lost more than a third of its value against the dollar since mid-2023.

Lourenço has been careful not to pick sides. He was received by Xi Jinping in Beijing in March, when the two governments agreed to restructure part of Angola's large debt to Chinese lenders, and Chinese firms remain the main builders of roads and housing in the country.

The Biden trip also comes weeks before a change of administration in Washington, and diplomats in Luanda admit they do not know whether Donald Trump will keep the corridor a priority. "The railway has friends in both parties in Washington. We think it will survive," an Angolan official said.

Opposition party UNITA said it welcomed the investment but urged the government to publish the terms of the railway concession.

MOST READ
Tinubu begins state visit to France, meets Macron at Élysée
Biden pardons son Hunter, drawing criticism
Naira firms at official window
Mozambique: protests continue in Maputo

Tags: Angola, USA, Joe Biden, João Lourenço, Lobito Corridor, Railways

Share: Facebook | X | WhatsApp | Email

Download the Africanews app | Subscribe to our newsletter"""))

A.append(dict(id="h19-02", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/ramaphosa-trump-white-house-meeting-farm-murders-video/",
published_at="2025-05-21", body="""SABC News | Home | South Africa | Politics | Business | World | Sport | Watch Live

Ramaphosa keeps his cool as Trump screens farm-attack video in Oval Office

21 May 2025, 10:52 PM | Sherwin Bryce-Pease, Washington

Image: President Cyril Ramaphosa and US President Donald Trump in the Oval Office. [Photo: GCIS]

What was supposed to be a reset of strained relations turned into one of the more unusual scenes in the Oval Office, after US President Donald Trump dimmed the lights and played a video he said showed evidence of violence against white farmers in South Africa.

President Cyril Ramaphosa, who arrived in Washington on Monday, sat through the clip and a stack of printed news articles that Trump handed to him, before calmly pushing back. "What you saw, the speeches that were being made, that is not government policy," Ramaphosa said. "We have a multiparty democracy that allows people to express themselves."

The South African leader had travelled with a large delegation, including Agriculture Minister John Steenhuisen, Trade, Industry and Competition Minister Parks Tau and Minister in the Presidency Khumbudzo Ntshavheni. Golfers Ernie Els and Retief Goosen and businessman Johann Rupert were also in the room, and at one point Ramaphosa invited them to speak.

Steenhuisen, whose Democratic Alliance is the second-largest party in the government of national unity, told Trump that most farmers wanted to stay in South Africa and that crime in rural areas needed more policing, not resettlement.

Relations between Pretoria and Washington have deteriorated sharply this year. Trump cut aid over the land expropriation law, the US expelled South Africa's ambassador Ebrahim Rasool in March, and last week a first group of 59 white South Africans arrived in the US under a refugee scheme the administration created for them.

Ramaphosa had hoped to focus on trade. South Africa faces a 30 percent tariff once a pause on so-called reciprocal duties lapses, and its access under the African Growth and Opportunity Act is in doubt. At one point he joked that he was sorry he did not have a plane to give the president, a reference to the jet offered by Qatar.

Tau is expected to hold further talks with US trade officials on Thursday, according to the Presidency, which described the engagement as "a platform to reset".

The two leaders have spoken several times by phone since Trump returned to office. Asked whether he would come to Johannesburg for the G20 summit in November, Trump said he had not decided and might send someone else.

Analysts said the meeting could have gone worse. "He was not thrown out, the cameras caught him being calm, and he got the business leaders in front of Trump. That is something," said a political analyst at the University of the Witwatersrand.

The rand weakened slightly in late trade as the footage circulated.

Presidency spokesperson Vincent Magwenya said the delegation would return home on Thursday evening.

Related Stories
Mashatile meets Chinese vice president in Beijing
South Africa's G20 presidency: what to expect
Rand slips against dollar

Follow SABC News on WhatsApp | Download the SABC+ app

SABC © 2025"""))

A.append(dict(id="h19-03", source="ticotimes.net",
url="https://ticotimes.net/2025/02/02/rubio-presses-mulino-on-canal-before-central-america-swing",
published_at="2025-02-02", body="""The Tico Times | News from Costa Rica and Central America

Support independent journalism in Costa Rica. Become a member today.

Rubio presses Mulino on canal before Central America swing

February 2, 2025 | By Tico Times with wires

US Secretary of State Marco Rubio told Panamanian President José Raúl Mulino on Sunday that Chinese influence over the Panama Canal was unacceptable and that Washington would take the "measures necessary" if it did not change, according to the State Department.

Rubio, on his first trip abroad as America's top diplomat, met Mulino at the Palacio de las Garzas in Panama City and later toured the Miraflores Locks with canal administrator Ricaurte Vásquez. He had landed late on Saturday and was also received by Foreign Minister Javier Martínez-Acha.

The visit followed weeks of threats by President Donald Trump, who said in his inaugural speech that the United States would "take back" the waterway it handed over in 1999. Mulino has insisted repeatedly that the canal's sovereignty is not up for negotiation.

After the talks, Mulino told reporters he did not feel there was a "real threat" of US military action and that Panama would not renew its 2017 memorandum on China's Belt and Road Initiative when it expires. He also said he would review the concession held by a Hong Kong-based company that runs ports at both ends of the canal.

"It was a respectful, cordial meeting," the president said, adding that he was willing to talk directly with Trump "if that is what it takes". No such contact has been scheduled.

Several hundred protesters marched in Panama City on Friday against the visit.

Rubio moves on to El Salvador on Monday, where President Nayib Bukele is expected to discuss migration and security. The secretary then heads to Costa Rica on Tuesday for talks with President Rodrigo Chaves, followed by Guatemala, where he will see President Bernardo Arévalo on Wednesday, and the Dominican Republic, where he is due to meet President Luis Abinader before returning to Washington.

In San José, officials said Chaves would raise the status of Costa Rica's trade and security cooperation programs and the administration's freeze on foreign aid, which has halted several programs in the region. The Costa Rican leader has been one of the few in the hemisphere to welcome Trump's return warmly.

The tour is heavy on migration. Rubio wants governments to take back more deportees and keep people from heading north, and the administration has shown it will use tariffs to get its way: Colombia last week backed down within hours after Trump threatened duties over two military deportation flights.

Analysts in the region said the choice of Central America for Rubio's first trip, rather than Europe or Asia, was deliberate. "It tells you what this administration thinks its foreign policy is for," said a political scientist at the University of Costa Rica.

Panama's canal authority reported that transits recovered in December after a drought-related slowdown in 2023 and 2024, and toll revenue for the fiscal year reached a record.

Read more:
Chaves to host Rubio on Tuesday, confirms Casa Presidencial
Colombia, US end deportation standoff
Costa Rica's colón steady as exports hold up

Tags: Marco Rubio, Panama Canal, José Raúl Mulino, Rodrigo Chaves, US foreign policy

Share: Facebook | X | WhatsApp

The Tico Times © 2025. All rights reserved."""))

A.append(dict(id="h19-04", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202304060009",
published_at="2023-04-06", body="""Focus Taiwan | CNA English News

POLITICS
President Tsai meets U.S. House Speaker McCarthy in California

04/06/2023 08:15 AM

Taipei, April 6 (CNA) President Tsai Ing-wen (蔡英文) met U.S. House Speaker Kevin McCarthy at the Ronald Reagan Presidential Library in Simi Valley, California, on Wednesday, becoming the highest-ranking Taiwanese official to meet a sitting House speaker on American soil.

The talks, which included a bipartisan group of lawmakers, were followed by a brief joint appearance in which McCarthy said the friendship between the American people and the people of Taiwan was "a matter of profound importance to the free world." Tsai thanked Congress for its "unwavering support" and said Taiwan's democracy faced constant pressure.

McCarthy told reporters the U.S. should keep arms sales to Taiwan on schedule. Asked whether he still planned to travel to Taiwan himself, as he had said last year he would do as speaker, he said he had no plans "at this moment."

Tsai arrived in Los Angeles on Tuesday on the second U.S. leg of a 10-day trip that began on March 29 with a stopover in New York, where she addressed the Hudson Institute.

In Guatemala, the first of Taiwan's two diplomatic allies she visited, Tsai held talks with President Alejandro Giammattei in Guatemala City on March 31. The two leaders inspected a Taiwan-funded project and Giammattei reaffirmed that his government would keep its ties with Taipei, calling Taiwan a "true brother."

She then flew to Belize, where she met Prime Minister John Briceño in Belmopan and the two governments discussed scholarships, health care and a credit line for small businesses. Tsai also addressed Belizean lawmakers, the Presidential Office said.

The trip came days after Honduras switched diplomatic recognition to Beijing, leaving Taiwan with 13 formal allies. Honduran Foreign Minister Eduardo Enrique Reina signed the communique establishing ties with China in Beijing on March 26.

Beijing has warned that it would respond "resolutely" to the McCarthy meeting. China's Taiwan Affairs Office on Thursday announced sanctions on the Reagan library and the Hudson Institute, and a Chinese aircraft carrier group was spotted in waters east of Taiwan.

Tsai is scheduled to return to Taipei on Friday.

Opposition Kuomintang (KMT) former president Ma Ying-jeou is currently on a 12-day visit to China, the first by a former Taiwan president since 1949.

(By Joseph Yeh and Teng Pei-ju)
Enditem/ASG

Related News
Ma Ying-jeou visits Wuhan, Changsha
Honduran president to make first visit to China, reports say
Taiwan, Guatemala sign cooperation deal on cybersecurity

Tags: Tsai Ing-wen, McCarthy, Guatemala, Belize, diplomatic allies

Share: Facebook | Twitter | Line"""))

A.append(dict(id="h19-05", source="theafricareport.com",
url="https://www.theafricareport.com/318245/russia-africa-summit-putin-offers-free-grain-as-attendance-slumps/",
published_at="2023-07-28", body="""The Africa Report | Politics | Economy | Business | Society

Sign in | Subscribe for 1 euro per month

Russia-Africa summit: Putin offers free grain as attendance slumps

By Our correspondent in St Petersburg
Posted on Friday, 28 July 2023 12:05

Russian President Vladimir Putin used the opening of the second Russia-Africa summit in St Petersburg on Thursday to promise free grain shipments to six African countries, a week after Moscow walked away from the Black Sea deal that let Ukrainian grain reach world markets.

Putin said Russia would send between 25,000 and 50,000 tonnes of grain each to Burkina Faso, Zimbabwe, Mali, Somalia, the Central African Republic and Eritrea over the next three to four months. African leaders present applauded, but several of them used their speeches to press for the Black Sea arrangement to be revived.

Only 17 heads of state made the trip, down from 43 at the first summit in Sochi in 2019. Kremlin officials blamed Western pressure; diplomats said some leaders were wary of being photographed with Putin while the war in Ukraine drags on.

On the eve of the plenary, Putin held separate bilateral talks at the Konstantinovsky Palace with Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed. The Egyptian side said wheat supplies and the Russian-built nuclear power plant at El Dabaa dominated. Abiy said his country wanted to expand cooperation in energy and agriculture.

On Thursday, Putin received Uganda's veteran leader Yoweri Museveni, who praised Russia for supporting African independence movements and described Western criticism of his country as hypocrisy.

Putin's foreign policy adviser Yuri Ushakov told reporters the president would also see Comoros President Azali Assoumani, the current African Union chairman, on Friday, alongside the African leaders who visited Kyiv and St Petersburg in June to present a peace initiative. South Africa's Cyril Ramaphosa, who led that mission, is again in St Petersburg.

The summit was overshadowed by events in Niamey, where members of Niger's presidential guard detained President Mohamed Bazoum on Wednesday. The coup leaders have not yet named a head of government, and the African Union has demanded Bazoum's release.

Wagner chief Yevgeny Prigozhin, who led an aborted mutiny a month ago, was photographed on the fringes of the summit shaking hands with Freddy Mapouka, a protocol official of the Central African Republic, in pictures posted on Telegram channels linked to the group.

Trade between Russia and Africa reached about 18 billion dollars last year, a small share of the continent's commerce with the European Union or China. Moscow promised at Sochi to double it within five years.

A final declaration is expected on Friday, along with an action plan running to 2026. African officials also want Russia to write off more debt and to back the continent's bid for a permanent seat on the UN Security Council.

Ukraine's foreign ministry said Putin's grain pledge was "a cynical attempt" to mask the damage done by withdrawing from the Black Sea deal.

Read also
Niger: what we know about the coup against Bazoum
Wagner in Africa after the mutiny
Ghana's cocoa board seeks new syndicated loan

Tags: Russia, Africa, Vladimir Putin, grain, summit

Share this article | Print | Email"""))

A.append(dict(id="h19-06", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/modi-ali-sign-10-mous-as-india-caricom-summit-held/",
published_at="2024-11-21", body="""Stabroek News | Guyana's independent daily

Subscribe to our e-paper | Follow us on WhatsApp

Modi, Ali sign 10 MoUs as India-Caricom summit held here

November 21, 2024 | By Staff Writer

President Irfaan Ali and Indian Prime Minister Narendra Modi yesterday witnessed the signing of ten memoranda of understanding covering hydrocarbons, defence, health, agriculture and digital payments, at the end of their talks at State House.

Modi arrived on Tuesday night from Rio de Janeiro, where he had attended the G20 summit, making him the first Indian prime minister to visit Guyana since Indira Gandhi in 1968. He was met at the Cheddi Jagan International Airport by Ali, Prime Minister Mark Phillips and more than a dozen cabinet ministers. His tour began in Nigeria at the weekend.

According to the Ministry of Foreign Affairs, the two sides agreed to cooperate on the training of Guyanese defence personnel, to explore an Indian role in the country's gas-to-energy project and to link their digital payment systems. India will also supply two Dornier aircraft to the Guyana Defence Force.

Ali later conferred the Order of Excellence, Guyana's highest national award, on Modi, describing him as "a champion of the developing world".

The Indian leader then co-chaired the second India-Caricom summit with Grenada's Prime Minister Dickon Mitchell, the current Caricom chairman, at the Arthur Chung Conference Centre. Leaders discussed climate finance, food security and a proposal for an India-Caribbean digital health partnership.

On the sidelines of the summit, Modi held separate bilateral meetings with Dominica's Prime Minister Roosevelt Skerrit and Barbados's Prime Minister Mia Mottley. Dominica's President Sylvanie Burton presented him with the Dominica Award of Honour in recognition of India's supply of Covid-19 vaccines in 2021, and Mottley announced that Barbados would also honour him.

Modi addresses a special sitting of the National Assembly today before leaving for New Delhi.

The visit comes as Guyana's oil output approaches 650,000 barrels per day and the government seeks new partners for its planned refinery and petrochemical projects. Indian state-owned companies are among those that have expressed interest.

The Opposition PNCR, which did not attend the reception at State House, said it supported good relations with India but that the MoUs should be laid in the National Assembly. "We have seen too many memoranda that lead nowhere," Opposition Leader Aubrey Norton said.

Indian diaspora groups packed the Guyana National Stadium on Wednesday evening for a community event, where Modi thanked the government for naming a street after his country's first prime minister.

Meanwhile, Venezuela's continued claim to the Essequibo did not feature in the joint statement, although officials said it was raised during the talks.

Also in the news:
Ali, Maduro agree to keep talking - from the archives
Caricom leaders to meet in Barbados in February
GPL announces outage schedule for Region Four

Tags: Narendra Modi, Irfaan Ali, India-Caricom summit, MoUs

Comments (14)"""))

A.append(dict(id="h19-07", source="miamiherald.com",
url="https://www.miamiherald.com/news/nation-world/world/americas/haiti/article286280760.html",
published_at="2024-03-03", body="""Miami Herald | Americas | Haiti

Get unlimited digital access: $1 for 6 months. Subscribe now.

Haiti declares state of emergency after gangs free thousands from two prisons

BY JACQUELINE CHARLES AND MICHAEL WILNER
UPDATED MARCH 03, 2024 10:41 PM

Haiti's government declared a 72-hour state of emergency and a nighttime curfew in the West department on Sunday after armed gangs stormed the country's two largest prisons over the weekend, freeing an estimated 3,700 inmates in one of the most brazen attacks yet on state institutions.

Bodies lay at the entrance of the National Penitentiary in downtown Port-au-Prince on Sunday, its doors open. Only a handful of prisoners remained inside, some of them too afraid to leave. A second prison in Croix-des-Bouquets was also attacked.

The announcement came from Finance Minister Patrick Boivert, who is serving as acting prime minister. Prime Minister Ariel Henry was not in the country.

Henry traveled last week to Guyana for a summit of Caribbean Community leaders, where he agreed to hold elections by mid-2025, and then flew on to Kenya. In Nairobi on Friday he and President William Ruto oversaw the signing of a reciprocal agreement that Kenyan officials say clears the way for the deployment of a Kenyan-led police force to Haiti, after a Kenyan court ruled in January that the mission could not proceed without such a deal.

"Kenya stands ready to lead," Ruto said at the ceremony at State House, standing next to Henry. Kenyan officials said an advance team could deploy within weeks, although funding for the mission, which relies on voluntary contributions, remains far short of what is needed.

It was not clear on Sunday when Henry would return. Jimmy "Barbecue" Chérizier, the former police officer who leads a gang coalition, said the attacks were meant to prevent the prime minister from coming back and to force him out.

The violence has shut much of the capital. Schools and banks stayed closed Friday, the international airport suspended flights after gunfire, and the United Nations estimates that more than 300,000 people have been displaced by gang violence.

In Washington, the State Department said it was "deeply concerned" and urged U.S. citizens to leave Haiti as soon as possible. A spokesperson said the United States continued to support the multinational mission, to which it has pledged $200 million, but would not send troops.

Across the border, the Dominican Republic said it had reinforced security along the frontier. President Luis Abinader has repeatedly ruled out setting up refugee camps for Haitians.

Haitians in South Florida said they were trying to reach relatives who live near the prisons. "My sister called at 3 in the morning and said she heard shooting all night," said a woman in Little Haiti who asked not to be named.

Henry, who took office after the 2021 assassination of President Jovenel Moïse, has faced mounting pressure to step down. A deadline under a political accord for him to hand over power passed on February 7.

Miami Herald staff writer Jacqueline Charles reported from Port-au-Prince; Michael Wilner reported from Washington.

RELATED STORIES FROM MIAMI HERALD
What's in the Kenya-Haiti agreement, and what isn't
Caricom leaders press Henry to commit to election date
Haiti timeline: from the assassination to the prison breaks

Take Us With You: Real-time updates and all local stories you want right in the palm of your hand. Download the app.

Comments"""))

A.append(dict(id="h19-08", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/somalia/asmara-summit-egypt-eritrea-somalia-leaders-pledge-to-defend-sovereignty",
published_at="2024-10-11", body="""Garowe Online | Somalia | Puntland | Africa | Opinion

Asmara summit: Egypt, Eritrea, Somalia leaders pledge to defend sovereignty

Friday October 11, 2024

ASMARA, Eritrea - The leaders of Egypt, Eritrea and Somalia have vowed to strengthen cooperation to protect Somalia's "sovereignty and territorial integrity", in a tripartite summit in the Eritrean capital that analysts say is aimed squarely at Ethiopia.

Egyptian President Abdel Fattah al-Sisi and Somali President Hassan Sheikh Mohamud arrived in Asmara on Thursday, where they were received at the airport by President Isaias Afwerki. After a closed-door session, the three issued a joint statement rejecting "any interference in the internal affairs" of the region's countries.

Sisi also held a separate meeting with Isaias, the Egyptian presidency said, while the Somali leader discussed the security situation in Somalia and the coming African Union mission with his Eritrean host over dinner.

The three presidents agreed to set up a joint committee of their foreign ministers to coordinate strategic cooperation. They also said the Somali National Army should be enabled to take over security from the outgoing AU force.

The summit follows months of tension after Ethiopia's Prime Minister Abiy Ahmed signed a memorandum of understanding in January with the leader of the breakaway region of Somaliland, offering recognition in exchange for sea access. Mogadishu called it an act of aggression.

Since then, Cairo and Mogadishu have moved closer. In August, Hassan Sheikh signed a defence cooperation protocol during a visit to Cairo, and two Egyptian military cargo planes and a ship carrying weapons have since arrived in Mogadishu, angering Addis Ababa. Egypt has offered troops for the new AU mission, which is meant to replace ATMIS in January.

Talks between Ethiopia and Somalia mediated by Turkey in Ankara, in which the two delegations did not meet face to face, have stalled after two rounds. A third round planned for September did not take place.

Ethiopian officials did not comment on the summit on Friday. In an interview last week, a senior adviser to Abiy said Ethiopia would not be "pressured by alliances" and would continue to seek access to the sea by peaceful means.

Egypt and Ethiopia are separately at odds over the Grand Ethiopian Renaissance Dam, which Ethiopia has kept filling despite Egyptian objections.

"This is a message to Addis Ababa that it is surrounded," said a Nairobi-based analyst who follows the Horn. "But none of the three is in a position to fight a war, and Somalia still depends on Ethiopian troops inside its own territory."

In Mogadishu, opposition figures criticised the president for drawing the country into a regional rivalry. Jubaland leader Ahmed Madobe, who has been at odds with the federal government over the electoral model, said the region would not accept Egyptian troops without consultation.

Hassan Sheikh returned to Mogadishu on Friday morning.

RELATED
Somalia's parliament approves new electoral law
Puntland cuts ties with federal government
Al-Shabaab attack kills soldiers near Mahaday

Tags: Asmara, Eritrea, Egypt, Somalia, Ethiopia, Hassan Sheikh

Share: Facebook | Twitter | WhatsApp | Telegram

Garowe Online (c) 2024"""))

A.append(dict(id="h19-09", source="thenational.com.pg",
url="https://www.thenational.com.pg/png-us-sign-defence-deal-as-modi-hosts-pacific-leaders/",
published_at="2023-05-23", body="""The National | PNG's leading newspaper

Home | National | Business | World | Sport | Weekender

PNG, US sign defence deal as Modi meets Pacific leaders

May 23, 2023 | The National

PAPUA New Guinea and the United States yesterday signed a defence cooperation agreement and a maritime surveillance agreement in Port Moresby, in a ceremony witnessed by Prime Minister James Marape and US Secretary of State Antony Blinken.

Defence Minister Win Bakri Daki and Mr Blinken signed the documents at the APEC Haus. The shiprider agreement allows PNG officers to board US Coast Guard vessels to patrol the country's exclusive economic zone.

President Joe Biden had been scheduled to make the trip, which would have been the first visit to the country by a sitting US president, but cancelled last week to deal with the debt ceiling negotiations in Washington. He telephoned Australian Prime Minister Anthony Albanese to say he would also miss the Quad summit in Sydney, which was then called off.

Mr Marape said the defence agreement would not turn PNG into a military base. "We have nothing to hide. The agreement will be tabled in Parliament," he said. Students at the University of Technology in Lae staged a protest against the deal on Monday, saying the public had not been consulted.

The day was also marked by the visit of Indian Prime Minister Narendra Modi, who arrived on Sunday evening and was greeted on the tarmac by Mr Marape. The two prime ministers held bilateral talks at the APEC Haus yesterday morning, and India announced support for a regional hospital in Port Moresby and for the training of PNG public servants.

Mr Modi then co-hosted the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC) with Mr Marape. He later met Fiji's Prime Minister Sitiveni Rabuka on the sidelines, and Mr Rabuka conferred on him the Companion of the Order of Fiji. Governor-General Sir Bob Dadae also presented Mr Modi with PNG's Grand Companion of the Order of Logohu.

The Indian leader flew on to Sydney last night, where he is due to hold talks with Mr Albanese tomorrow and address members of the Indian community.

New Zealand Prime Minister Chris Hipkins also spent the day in Port Moresby, taking part in the meeting between Mr Blinken and Pacific Islands Forum leaders.

Pacific Islands Forum secretary-general Henry Puna said the presence of so many leaders in one week showed how much the region now mattered to larger powers.

Police Commissioner David Manning said the security operation for the two visits had gone without major incident, although traffic restrictions around Waigani caused long delays for motorists.

Business houses in the city said they welcomed the attention but wanted to see investment follow. "We need roads and power, not only handshakes," said the head of a local chamber of commerce.

Related
Marape: Defence pact text to be made public
Kina trades flat against US dollar
Modi: Tok Pisin edition of Thirukkural launched

Comments (31) | Share this story"""))

A.append(dict(id="h19-10", source="thenationalnews.com",
url="https://www.thenationalnews.com/mena/syria/2023/02/27/syria-earthquake-reconstruction-costs-arab-outreach/",
published_at="2023-02-27", body="""The National | MENA | Syria

Sign up to our newsletters | Download our app

Three weeks after quake, Syria's rebuilding bill grows as Arab neighbours reach out

Rebuilding costs are put at more than $5bn while aid flows into government areas

Published: February 27, 2023 | Updated: February 27, 2023, 6:30 PM

Reading time: 4 min

Damage from the February 6 earthquakes in Syria has been put at more than $5 billion by the World Bank, a sum equivalent to about a tenth of the country's gross domestic product, as families in Aleppo and Latakia remain in tents and schools are used as shelters.

The estimate does not include the north-west, where more than four million people live in areas controlled by armed opposition groups and where aid arrived only slowly through a single border crossing from Turkey in the first week after the disaster.

The Syrian pound fell to about 7,500 to the dollar on the black market last week, and prices of basic goods in Aleppo have risen by a third since the quake, traders said.

The disaster has also accelerated a diplomatic thaw between Damascus and several Arab capitals. On Monday, Egypt's Foreign Minister Sameh Shoukry became the first Egyptian foreign minister to visit Syria since the civil war began, meeting President Bashar Al Assad in Damascus to express solidarity. Mr Shoukry then flew to the Turkish port city of Mersin, where an Egyptian aid ship had docked, and held talks there with Turkish Foreign Minister Mevlut Cavusoglu.

Mr Shoukry said his visit was "humanitarian" and not a sign that Cairo had changed its position on the Syrian conflict.

The visit came a day after a delegation of Arab parliament speakers, including Iraq's Mohammed Al Halbousi and the UAE's Saqr Ghobash, met Mr Al Assad in Damascus. Jordan's Foreign Minister Ayman Safadi and UAE Foreign Minister Sheikh Abdullah bin Zayed made trips earlier this month, and Mr Al Assad travelled to Oman last week, only his second Arab trip in more than a decade.

Turkey, meanwhile, has seen a different set of visitors. US Secretary of State Antony Blinken toured the disaster zone in Hatay and met President Recep Tayyip Erdogan in Ankara last week, and Greek Foreign Minister Nikos Dendias flew over the affected areas with Mr Cavusoglu in the days after the quake.

In Turkey, the death toll has risen above 44,000 and the government estimates the cost of rebuilding at more than $100bn. Mr Erdogan has promised to rebuild 200,000 homes within a year, and construction on the first sites began last week.

Aid agencies said the needs in Syria were vast. "Families who were already displaced several times have lost everything again," said the country director of an international charity.

The UN has appealed for $397 million for Syria's quake response and has received about half. The Syrian government extended for three months its permission for the UN to use two additional crossings from Turkey.

Sanctions remain a sticking point. The US Treasury has issued a 180-day licence for quake-related transactions, but bankers in the region say most lenders remain unwilling to handle transfers to Syria.

More on this topic
Arab parliamentarians arrive in Damascus in show of support
How the quake changed Turkey's election calendar
Inside Aleppo's tent camps

Topics: Syria, Earthquake, Egypt, Turkey, Reconstruction"""))

A.append(dict(id="h19-11", source="english.elpais.com",
url="https://english.elpais.com/international/2024-10-02/sheinbaum-gets-to-work-peso-judicial-reform-and-a-line-of-visiting-presidents.html",
published_at="2024-10-02", body="""EL PAÍS English | International

Subscribe to continue reading. Already a subscriber? Log in

MEXICO
Sheinbaum gets to work: a nervous peso, the judicial reform and a line of visiting presidents

The new president spent her first day in office between the markets, Congress and a string of meetings with Latin American leaders

ELENA REINA | Mexico City - OCT 02, 2024 - 17:20 CEST

Claudia Sheinbaum's first full day as Mexico's president began at 7.30 a.m. with the morning press conference she has promised to keep from her predecessor, and ended with foreign leaders queueing at the National Palace.

Markets had mixed feelings. The peso weakened past 19.8 per dollar on Tuesday as investors digested the judicial overhaul that Congress passed last month, under which all judges will be elected by popular vote. Sheinbaum told reporters that the reform would go ahead and that investors "have nothing to fear".

The guest list for Tuesday's swearing-in said a lot about the region. Brazil's president, Luiz Inácio Lula da Silva, Colombia's Gustavo Petro and Chile's Gabriel Boric all flew in, as did Cuba's Miguel Díaz-Canel and Guatemala's Bernardo Arévalo. US first lady Jill Biden led Washington's delegation and greeted the new president at a reception after the ceremony.

Sheinbaum received Lula at the National Palace on Tuesday evening, in what her office described as a meeting to "strengthen the strategic relationship" between Latin America's two largest economies, including a long-delayed trade agreement. On Wednesday morning she held separate talks with Petro, centred on migration and drug policy, and with Boric, who invited her to Santiago.

Lula and Petro, who have tried to coordinate their approach to Nicolás Maduro's disputed re-election in Venezuela, were expected to compare notes in Mexico City, though neither government confirmed that a meeting took place.

Spain was not represented at all. Madrid refused to send a delegation after Sheinbaum decided not to invite King Felipe VI, whom her predecessor Andrés Manuel López Obrador had asked in 2019 to apologise for the conquest. Sheinbaum said on Wednesday that relations with Spain remained "fraternal".

The new president also announced her security team would present a strategy next week, after a surge of violence in Sinaloa between factions of the cartel left more than 150 people dead in September.

Economists said the first weeks would set the tone. "The market wants to see the budget. If the deficit comes down as promised, the peso will calm down," said a strategist at a Mexican bank. The finance minister, Rogelio Ramírez de la O, stays on from the previous government, which analysts read as a sign of continuity.

Sheinbaum, a climate scientist and former mayor of Mexico City, is the first woman to lead the country in its 200 years of independence. She won the June election by more than 30 points.

López Obrador, who left office with approval ratings near 70 percent, flew to his ranch in Chiapas and has said he will stay out of politics.

MORE INFORMATION
Sheinbaum sworn in as Mexico's first female president
Spain declines to attend inauguration after king snub
Mexican peso: what the judicial reform means for investors

Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition"""))

A.append(dict(id="h19-12", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-10/australia-tuvalu-falepili-union-climate-migration-security/103088552",
published_at="2023-11-10", body="""ABC News | Pacific

Skip to main content | ABC iview | Listen | Sign in

Pacific leaders wrap up forum in Cook Islands as Australia and Tuvalu sign landmark climate migration deal

By Pacific affairs reporter Stephen Dziedzic in Rarotonga
Posted Fri 10 Nov 2023 at 3:42pm

Tuvalu Prime Minister Kausea Natano and Anthony Albanese at the treaty signing. (ABC News: Stephen Dziedzic)

Pacific leaders have finished their annual summit in the Cook Islands with a fresh warning about rising seas, after a week in which the biggest news came from a treaty struck between two of the region's most unequal partners.

Anthony Albanese and Tuvalu's Prime Minister Kausea Natano signed the Falepili Union in Rarotonga on Thursday, on the margins of the Pacific Islands Forum leaders' meeting. Under the deal, up to 280 Tuvaluans a year will be able to move to Australia to live, work and study, and Australia will come to Tuvalu's aid in the event of a natural disaster, pandemic or military aggression.

In return, Tuvalu must consult Canberra before signing security or defence arrangements with any other country, a clause that critics in Funafuti say gives away too much. "We're a small country, but we're not a cheap one," one former Tuvaluan minister told the ABC.

Mr Natano called the agreement "a beacon of hope". Tuvalu's 11,000 people live on low-lying atolls, none more than a few metres above sea level.

Mr Albanese arrived in Rarotonga on Wednesday, days after returning from Beijing and Shanghai, where he met Chinese President Xi Jinping. He held talks on Wednesday evening with Cook Islands Prime Minister Mark Brown, the forum's host, on climate finance and the country's application for development assistance.

The leaders' retreat on the island of Aitutaki produced a communique that again called climate change the single greatest threat to the region, though it stopped short of the stronger language on fossil fuels that some smaller states wanted.

Several leaders also raised concerns about Japan's release of treated wastewater from the Fukushima nuclear plant, though the forum remained divided on the issue.

China was represented by its special envoy for Pacific affairs, Qian Bo, who attended the post-forum dialogue with partner countries.

The next forum will be held in Tonga.

Mr Albanese is due to travel to San Francisco next week for the APEC leaders' meeting, where the focus will be on trade and supply chains.

Opposition foreign affairs spokesman Simon Birmingham said the Coalition supported the principle of the Tuvalu treaty but wanted to see the detail. The Greens welcomed the migration pathway, calling it an overdue acknowledgement of Australia's responsibility for climate displacement.

Tuvalu goes to an election early next year, and some candidates have already said they would seek to change the treaty.

Related stories
Albanese and Xi meet in Beijing as relationship thaws
Solomon Islands prime minister skips forum
Cook Islands seabed mining plans draw scrutiny

Topics: pacific, climate-change, foreign-affairs, tuvalu, cook-islands

Share | Facebook | X | Email"""))
