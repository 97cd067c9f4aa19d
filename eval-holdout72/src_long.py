# Long pages (2,500-4,500 characters), h72-01 .. h72-12
A = []

A.append(dict(id="h72-01", source="thecitizen.co.tz",
url="https://www.thecitizen.co.tz/tanzania/news/national/samia-xi-hold-talks-in-beijing-as-dar-beijing-sign-15-deals-4011352",
published_at="2022-11-03", body="""Subscribe to The Citizen ePaper | Sign in | Newsletters

DSE ASI 1,812.55 ▲ +0.12% | USD/TZS 2,332.00 | EUR/TZS 2,290.41 | Brent $95.36 ▲ +0.6%

NATIONAL

Samia, Xi hold talks in Beijing as Dar, Beijing sign 15 deals

Thursday, November 03, 2022 | Updated 9:47 PM

By Neema Mwakalinga, in Beijing

President Samia Suluhu Hassan and Chinese President Xi Jinping inspect a guard of honour outside the Great Hall of the People in Beijing. PHOTO | STATE HOUSE

Summary
• Ties raised to a "comprehensive strategic cooperative partnership"
• Accords cover trade, agriculture, the digital economy and maritime cooperation
• Beijing to open its market wider to Tanzanian avocados and soybeans

Beijing. President Samia Suluhu Hassan held talks with her Chinese counterpart Xi Jinping at the Great Hall of the People on Thursday, on the second day of a three-day state visit that makes her the first African head of state hosted in the Chinese capital since the Communist Party's 20th national congress last month.

The two leaders agreed to raise relations to a comprehensive strategic cooperative partnership and afterwards witnessed the signing of 15 agreements and memoranda covering trade, agriculture, the digital economy, health, maritime affairs and the blue economy.

According to a statement from the Directorate of Presidential Communications, Mr Xi said China regarded Tanzania as "a good brother and partner" and would encourage Chinese companies to invest in manufacturing, energy and transport in the East African nation. He said Beijing was ready to import more of the country's farm produce, including avocados, soybeans and cashew nuts.

Ms Samia said the Tazara railway, built with Chinese help in the 1970s, remained a symbol of the friendship and that Tanzania wanted to revive it together with Zambia. "We have come here not only to reaffirm an old friendship, but to translate it into jobs for our young people," she said.

The President arrived in Beijing on Wednesday afternoon. She is also scheduled to meet Premier Li Keqiang and the chairman of the National People's Congress Standing Committee, Li Zhanshu, before addressing a business forum on Friday.

China is Tanzania's largest trading partner, with two-way trade of about $6.7 billion last year, the bulk of it Chinese exports, according to figures from the Chinese embassy in Dar es Salaam. Analysts say the imbalance and the stalled Bagamoyo port project are likely to feature in the talks between the delegations.

"The question is whether these memoranda turn into bankable projects," said Dr Bravo Kassimu, a lecturer in international relations at the University of Dar es Salaam. "Tanzania has been cautious about large loans since 2015."

The visit is part of a busy fortnight of diplomacy for Mr Xi, who was confirmed for a third term as party leader on October 23. He has already received Vietnam's Communist Party chief Nguyen Phu Trong and Pakistan's Prime Minister Shehbaz Sharif. German Chancellor Olaf Scholz is due in Beijing on Friday for a one-day visit, the first by a G7 leader since the pandemic began, accompanied by a delegation of business executives.

Foreign Affairs minister Stergomena Tax, Finance minister Mwigulu Nchemba and Zanzibar's Minister of State in the President's Office Jamal Kassim Ali are in the President's delegation.

Related
Samia, Nyusi agree to step up joint security operations in Cabo Delgado
TRA collections beat October target by 4 percent
Dar port congestion eases as new berths open

Most Read
1. Govt announces new fuel prices for November
2. Why maize prices are rising in Southern Highlands
3. Simba SC coach speaks out after derby draw

Advertisement

Tags: Samia Suluhu Hassan | China | Xi Jinping | Diplomacy

Share: Facebook | Twitter | WhatsApp | Email

© 2022 Mwananchi Communications Ltd. All rights reserved."""))

A.append(dict(id="h72-02", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/617402-niger-coup-ecowas-orders-activation-of-standby-force.html",
published_at="2023-08-10", body="""We use cookies to improve your experience on our site. By continuing, you agree to our cookie policy. ACCEPT

NGX ASI 66,071.24 ▲ 0.41% | USD/NGN 765.9 (I&E) | Brent $87.55 | Gold $1,912

Headlines

Niger Coup: ECOWAS orders activation of standby force, says all options still on table

August 10, 2023 | By Chinedu Okafor and Yakubu Bello

ECOWAS leaders on Thursday directed the activation of the regional bloc's standby force "to restore constitutional order" in Niger, two weeks after soldiers of the presidential guard detained President Mohamed Bazoum and installed Gen. Abdourahamane Tiani as head of a junta.

The decision was announced at the end of an extraordinary summit at the State House, Abuja, convened by President Bola Tinubu, the current chairman of the ECOWAS Authority of Heads of State and Government.

"No option is taken off the table, including the use of force as a last resort," Mr Tinubu told the leaders in his opening remarks. "If we don't do it, no one else will do it for us."

Côte d'Ivoire's President Alassane Ouattara, Ghana's Nana Akufo-Addo, Benin's Patrice Talon and Guinea-Bissau's Umaro Sissoco Embaló were among the heads of state who arrived in Abuja for the meeting, which ran for more than six hours behind closed doors. Mr Ouattara told journalists afterwards that Côte d'Ivoire would contribute a battalion of about 850 troops.

The summit came days after the junta ignored a one-week ultimatum that expired on Sunday, and shut Niger's airspace.

On Monday, acting US Deputy Secretary of State Victoria Nuland spent more than two hours in Niamey with the coup leaders, including the self-proclaimed army chief, Brig. Gen. Moussa Salaou Barmou, but was refused a meeting with Gen. Tiani and was not allowed to see Mr Bazoum. She described the talks as "extremely frank and at times quite difficult".

The same day, a joint delegation from Mali and Burkina Faso, led by Malian government spokesman Col. Abdoulaye Maïga, was received in Niamey by the junta in what both capitals called a show of solidarity, according to Niger's state television.

A mission by ECOWAS, the African Union and the United Nations planned for Tuesday was called off after the junta said it could not receive it "for obvious reasons of security".

Late Wednesday, the deposed Emir of Kano, Muhammadu Sanusi II, said he had met Gen. Tiani in Niamey on his own initiative. He insisted he had not travelled as an envoy of the Nigerian government but would brief Mr Tinubu.

Chad's transitional president, Mahamat Idriss Déby, was the first leader to meet the junta, travelling to Niamey on July 30, when he also saw Mr Bazoum.

ECOWAS has already imposed sweeping sanctions on Niger, including the suspension of commercial and financial transactions and the closure of borders, while Nigeria has cut the electricity it supplies to its northern neighbour. Prices of food in Niamey markets have risen sharply since.

The Senate last week urged Mr Tinubu to explore political and diplomatic options, and several northern lawmakers have warned that military action could spill into border states.

Support PREMIUM TIMES' journalism of integrity and credibility

Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society. Make a donation.

READ ALSO:
Niger junta names economist Ali Lamine Zeine as prime minister
Akpabio defends Senate's resolution on Niger
Tinubu swears in 45 ministers next week

TEXT AD: Call Willie +2348098788999

Comments (112)"""))

A.append(dict(id="h72-03", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/african-leaders-in-kyiv-on-peace-mission-head-to-st-petersburg/",
published_at="2023-06-16", body="""SABC News | Live | Watch | Listen | Africa | World | Business

USD/ZAR R18.14 ▼ | JSE All Share 77,102 ▲ 0.4% | Brent $75.67

African leaders in Kyiv on peace mission, head to St Petersburg to meet Putin

Friday, 16 June 2023, 7:02 PM | Lindiwe Zulu-Mahlangu

President Cyril Ramaphosa and other African leaders at the memorial to victims in Bucha on Friday. Image: GCIS

A delegation of African leaders led by President Cyril Ramaphosa has held talks with Ukrainian President Volodymyr Zelensky in Kyiv, the first leg of a peace initiative that will take them to Russia on Saturday.

Ramaphosa was joined by Senegal's Macky Sall, Zambia's Hakainde Hichilema and Comoros President Azali Assoumani, the current chairperson of the African Union, as well as Egypt's Prime Minister Mostafa Madbouly. Uganda was represented by former prime minister Ruhakana Rugunda, a special envoy of President Yoweri Museveni, and the Republic of Congo by Firmin Ayessa, director of cabinet to President Denis Sassou Nguesso.

The leaders arrived in the Ukrainian capital by train from Poland in the morning and visited Bucha, the town outside Kyiv where bodies of civilians were found after Russian forces withdrew last year. Air raid sirens sounded across Kyiv as they arrived, and the leaders were briefly taken to a shelter.

Foreign Minister Dmytro Kuleba said Russia's missiles were "a message to Africa", describing it as a signal that Moscow "wants more war, not peace".

At a joint news conference after the talks, Zelensky said any negotiations with Moscow now would "freeze the war" and rejected talks while Russian troops occupied Ukrainian territory. Ramaphosa said the war "must be settled through negotiations and through diplomatic means" and that it was having a negative impact on Africa through higher grain and fertiliser prices.

The delegation is scheduled to meet Russian President Vladimir Putin in St Petersburg on Saturday, where Putin is hosting the annual International Economic Forum. The Presidency said the leaders would present a set of ten principles, including de-escalation, the recognition of sovereignty, security guarantees, the unimpeded export of grain across the Black Sea and the return of prisoners of war and children.

The mission was overshadowed by a dispute in Warsaw, where Polish authorities held a chartered aircraft carrying Ramaphosa's security detail and members of the media on the tarmac for more than a day over permits for weapons on board. Head of presidential protection Maj. Gen. Wally Rhoode called the delay "sabotage".

The Presidency said South Africa would raise the matter through diplomatic channels. Poland said the aircraft lacked the required permits.

Pretoria has faced criticism from Western governments over its stance on the war, including an allegation by the US ambassador last month that arms were loaded onto a Russian ship at the Simon's Town naval base in December, which the government has denied. An independent inquiry is under way.

Analysts were sceptical about the prospects of the mission. "The value is in Africa being seen to act on a war that is hurting it," said Thandeka Mokoena, a researcher at a Pretoria-based security think tank. "Nobody expects a ceasefire out of this."

The leaders are expected to return home on Sunday.

Related Stories
Ramaphosa's security team stranded at Warsaw airport
Russia-Africa summit set for St Petersburg in July
Grain deal in doubt as Moscow threatens to pull out

Tags: Russia-Ukraine war, Cyril Ramaphosa, African peace mission

Follow SABC News on social media | Download the SABC News app"""))

A.append(dict(id="h72-04", source="aljazeera.com",
url="https://www.aljazeera.com/news/2024/12/12/ethiopia-and-somalia-agree-to-end-dispute-after-turkey-brokered-talks",
published_at="2024-12-12", body="""Listen to this article | 4 mins

News | Politics

Ethiopia and Somalia agree to end dispute after Turkey-brokered talks

Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed agree to work towards giving landlocked Ethiopia sea access under Somali authority.

Published On 12 Dec 2024

Turkish President Recep Tayyip Erdogan, centre, holds hands with Somali President Hassan Sheikh Mohamud, left, and Ethiopian Prime Minister Abiy Ahmed in Ankara [Turkish Presidency via AP]

Ethiopia and Somalia have agreed to set aside a bitter year-long dispute after talks in the Turkish capital, Ankara, hosted by President Recep Tayyip Erdogan.

Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed signed what the two sides called the Ankara Declaration late on Wednesday, after Erdogan held separate meetings with each leader and then brought them together for about seven hours of talks.

Under the deal, the neighbours agreed to "forgo and leave behind differences" and to work towards commercial arrangements that would give Ethiopia "reliable, secure and sustainable access to and from the sea" under the sovereign authority of Somalia. Technical negotiations are to begin by the end of February, facilitated by Turkey, and conclude within four months.

"I congratulate my brothers on the historic reconciliation," Erdogan told a joint news conference. "I hope this will be the first step towards a new beginning based on peace and cooperation between Somalia and Ethiopia."

Abiy said Ethiopia sought sea access "peacefully" and had no intention of harming its neighbour. Mohamud said Somalia was ready to work with the Ethiopian leadership and people.

The rift erupted on January 1 when Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland, under which it would lease a stretch of coastline for a naval base and commercial port in exchange for possible recognition. Mogadishu called the memorandum an attack on its sovereignty, expelled Ethiopia's ambassador and threatened to eject thousands of Ethiopian troops deployed in Somalia to fight al-Shabab.

The dispute drew in other regional powers. Egypt, locked in a long quarrel with Addis Ababa over the Grand Ethiopian Renaissance Dam, signed a military cooperation protocol with Somalia in August and has since sent weapons to Mogadishu. In October, the leaders of Egypt, Eritrea and Somalia met in Asmara and pledged to defend Somalia's territorial integrity.

Turkey has been mediating since July, when Foreign Minister Hakan Fidan hosted two rounds of talks between the two sides' foreign ministers. Ankara has close ties with both: it trains Somali troops, runs its largest overseas military base in Mogadishu, and sells drones to Ethiopia.

The declaration makes no mention of the Somaliland memorandum. Officials in Hargeisa said they had not been consulted and that the agreement with Ethiopia stood.

Analysts cautioned that the details were yet to be worked out. "It is a face-saving framework rather than a settlement," said Abdirahman Warsame, a Nairobi-based Horn of Africa analyst. "The hard part, the terms of access and what happens to the Somaliland deal, has been pushed to February."

The announcement comes as the African Union prepares a new stabilisation mission in Somalia from January, and as Ethiopian troops' role in it remains under discussion.

Recommended Stories
Somalia's president in Cairo as Egypt pledges troops
Somaliland opposition leader wins presidential vote
Eritrea, Egypt leaders meet in Asmara on Horn tensions
Ethiopia's Tigray: two years after the truce

Source: Al Jazeera and news agencies

Follow Al Jazeera English: Facebook | X | YouTube | Instagram"""))

A.append(dict(id="h72-05", source="neweralive.na",
url="https://neweralive.na/posts/wang-yi-in-windhoek-as-china-keeps-africa-first-tradition",
published_at="2025-01-07", body="""NSX Overall 1,663.12 ▼ -0.2% | N$/US$ 18.79 | Uranium (spot) US$73.00/lb | Brent US$77.05

New Era | National | Business | Regions | Opinion | Sport

Wang Yi in Windhoek as China keeps Africa-first tradition

2025-01-07 | Written by Ndapewa Shikongo

Chinese Foreign Minister Wang Yi with President Nangolo Mbumba at State House on Monday. Photo: Presidency

Chinese Foreign Minister Wang Yi on Monday paid a courtesy call on President Nangolo Mbumba at State House, on the first stop of a four-nation African tour that continues a 35-year tradition of Beijing's top diplomat beginning each year in Africa.

Wang, who is also a member of the Political Bureau of the Communist Party of China Central Committee, arrived in Windhoek on Sunday evening and was welcomed at the Hosea Kutako International Airport by Minister of International Relations and Cooperation Peya Mushelenga.

He also met Vice-President and President-elect Netumbo Nandi-Ndaitwah, who will be sworn in as Namibia's first female head of state on 21 March.

According to a statement from the Presidency, Mbumba and the visiting minister discussed cooperation in mining, agriculture, infrastructure and skills development, as well as preparations for the implementation of the commitments made at the Forum on China-Africa Cooperation (FOCAC) summit in Beijing in September.

"China has stood by Namibia since the days of our liberation struggle, and we value this all-weather friendship," Mbumba said.

Wang said China supported Namibia in "independently choosing a development path suited to its national conditions" and was willing to expand imports of Namibian beef, grapes and other agricultural products. He added that Chinese companies would be encouraged to process more minerals locally.

China is one of Namibia's biggest investors, mainly through the Husab uranium mine near Arandis, one of the largest in the world. Bilateral trade stood at about N$15 billion in 2023, according to the Namibia Statistics Agency, with copper, uranium and zinc dominating exports to China.

Mushelenga said the two ministers also signed a memorandum on cooperation in the training of diplomats and discussed the visa-free arrangements Beijing has extended to several African countries.

From Windhoek, Wang heads to the Republic of Congo, which co-chairs FOCAC, before travelling on to Chad and Nigeria, the Chinese foreign ministry said. The tour ends on Saturday.

Opposition parties have questioned the terms of some Chinese-funded projects, saying Parliament should scrutinise "every loan and concession" signed with foreign governments.

Wang's visit is the first by a senior foreign official since the November elections, which were extended in some regions after ballot paper shortages.

Read next
Boko in Windhoek for talks on trans-Kalahari rail link
Nandi-Ndaitwah names transition team
Unemployment figures to be released this month

Sign up for our daily newsletter | Get New Era on WhatsApp

Share | Comments (4)

© 2025 New Era Publication Corporation"""))

A.append(dict(id="h72-06", source="monitor.co.ug",
url="https://www.monitor.co.ug/uganda/news/national/raisi-museveni-sign-four-deals-as-iranian-leader-wraps-up-kampala-visit-4300215",
published_at="2023-07-13", body="""Monitor | Uganda's leading ePaper | Subscribe | Log in

USD/UGX 3,652 | EUR/UGX 4,095 | USE ALSI 944.12 ▼ | Brent $80.11

NATIONAL

Raisi, Museveni sign four deals as Iranian leader wraps up Kampala visit

Thursday, July 13, 2023 | By Ronald Kasozi

President Museveni (right) welcomes Iranian President Ebrahim Raisi at State House Entebbe on July 12, 2023. PHOTO | PPU

Iranian President Ebrahim Raisi and President Museveni on Thursday witnessed the signing of four memoranda of understanding on agriculture, health, visa exemption for holders of diplomatic passports and education, at the end of talks at State House Entebbe.

Dr Raisi, who arrived at Entebbe International Airport on Wednesday evening from Nairobi, where he held talks with President William Ruto, is the first Iranian president to visit Uganda in more than a decade. He was received by Vice President Jessica Alupo before being driven to State House.

Mr Museveni said Uganda and Iran should trade more in processed goods. "We do not want to sell you raw coffee. We want to sell you roasted coffee," he said, adding that Uganda was looking for partners in petrochemicals and pharmaceuticals.

The Iranian leader praised Uganda for what he called its resistance to "Western pressure", including over the Anti-Homosexuality Act that Mr Museveni signed into law in May. The law has drawn threats of sanctions from Washington and a review of aid programmes by the World Bank.

"The West is trying to promote homosexuality, and this is one of the dirtiest things," Dr Raisi told a joint press conference, adding that Iran and Uganda could cooperate against "unilateral sanctions".

Iran has been under US sanctions for decades. Tehran has been seeking new markets and political allies in Africa, and Dr Raisi's tour is the first by an Iranian president to the continent in 11 years.

Foreign Affairs minister Gen Jeje Odongo said the two countries agreed to set up a joint permanent commission to follow up on the agreements. Iran also offered to help build a tractor assembly plant and share its expertise in oil refining.

Dr Raisi left for Harare later on Thursday, the last leg of the three-nation tour, where he is expected to hold talks with President Emmerson Mnangagwa on Friday.

Opposition legislators said the government should explain what the country stood to gain from the agreements. "We have signed many of these memoranda before and nothing comes out of them," one of them said.

RELATED
Museveni, Kiir hold talks on Juba-Nimule road security
Govt to increase coffee export quota for Middle East
World Bank team in Kampala over anti-gay law review

Advertisement

Tags: Iran | Museveni | Raisi | Diplomacy

Share this story: Facebook | X | WhatsApp

Comments (27) | Report an error

© 2023 Monitor Publications Ltd"""))

A.append(dict(id="h72-07", source="herald.co.zw",
url="https://www.herald.co.zw/lukashenko-mnangagwa-sign-deals-as-belarusian-leader-begins-state-visit/",
published_at="2023-01-31", body="""The Herald | Zimbabwe's largest daily newspaper

ZSE All Share 24,871.23 ▲ 1.8% | RBZ interbank USD/ZWL 794.53 | Gold $1,928.40

Lukashenko, Mnangagwa sign deals as Belarusian leader begins State visit

January 31, 2023 | Herald Reporter

President Mnangagwa welcomes Belarusian President Alexander Lukashenko at the Robert Gabriel Mugabe International Airport in Harare yesterday. Picture: Innocent Makawa

Zimbabwe and Belarus yesterday signed seven agreements and memoranda of understanding covering agriculture, mining, manufacturing, science and technology, and mechanisation, shortly after the arrival of Belarusian President Alexander Lukashenko for a three-day State visit.

President Mnangagwa met his visitor on arrival at the Robert Gabriel Mugabe International Airport, where the Belarusian leader was treated to a 21-gun salute and a performance by traditional dancers. The two leaders then proceeded to State House for talks, before witnessing the signing ceremony.

It is the first visit to Zimbabwe by a Belarusian head of state and Mr Lukashenko's first visit to sub-Saharan Africa. It comes four years after President Mnangagwa travelled to Minsk, during which the two countries agreed to revive a number of dormant projects.

"Zimbabwe and Belarus are united by our common vision of a world order in which all nations are respected and are free to choose their own development path," President Mnangagwa said. "Both our countries have suffered unjust and illegal sanctions."

Mr Lukashenko said Belarus was ready to supply more tractors, combine harvesters and buses, and to help set up assembly plants in Zimbabwe. "We did not come here to take. We came here to build together," he said.

Under the farm mechanisation facility signed in 2022, Belarus has supplied equipment worth about US$58 million to Zimbabwean farmers, according to the Ministry of Lands, Agriculture, Fisheries, Water and Rural Development.

Foreign Affairs and International Trade Minister Frederick Shava said the agreements would be followed up through the joint permanent commission, which last met in Minsk in 2021.

The Belarusian leader is today expected to tour the Belarus-supported agricultural equipment facility in Harare and to address a business forum. He leaves on Wednesday. President Mnangagwa accepted an invitation to make a return visit to Belarus at a time to be agreed through diplomatic channels.

The visit follows last week's tour of southern Africa by Russian Foreign Minister Sergei Lavrov, who held talks in Pretoria, Mbabane and Luanda. Both Belarus and Zimbabwe remain under sanctions from the United States and the European Union, which the Western capitals say are targeted at individuals and entities accused of undermining democracy and human rights.

Meanwhile, Government has welcomed the extension of the Grain Marketing Board's intake season.

MORE STORIES
President commissions Lake Mutirikwi water project
ZIMRA surpasses revenue target
Warriors coach names squad for Chan qualifier

Follow us on Twitter @HeraldZimbabwe | Join our WhatsApp channel

Zimpapers Digital | Terms | Privacy"""))

A.append(dict(id="h72-08", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-tinubu-hold-talks-in-abuja-nigeria-confers-gcon/article68877340.ece",
published_at="2024-11-17", body="""The Hindu e-Paper | Subscribe | Sign in

SENSEX 77,580.31 ▼ -110.64 | NIFTY 23,532.70 ▼ -26.35 | USD/INR 84.40 | Gold (10g) ₹75,650

NATIONAL

Modi, Tinubu hold talks in Abuja; Nigeria confers GCON honour on Prime Minister

First visit by an Indian Prime Minister to Nigeria in 17 years; three MoUs signed

Updated - November 17, 2024 09:12 pm IST | ABUJA

Ravi Shekhar

Prime Minister Narendra Modi with Nigerian President Bola Ahmed Tinubu during a ceremonial welcome at the Presidential Villa in Abuja on Sunday. Photo: X/@narendramodi

Prime Minister Narendra Modi held wide-ranging talks with Nigerian President Bola Ahmed Tinubu in Abuja on Sunday, as the two countries agreed to deepen cooperation in defence, energy, agriculture, health and the digital economy during the first visit by an Indian Prime Minister to Nigeria in 17 years.

Mr. Modi arrived in the Nigerian capital late on Saturday and was received at the airport by Federal Capital Territory Minister Nyesom Wike, who presented him with the "key to the city". He was given a ceremonial welcome at the Presidential Villa before restricted and delegation-level talks.

Nigeria conferred its second-highest national honour, the Grand Commander of the Order of the Niger (GCON), on Mr. Modi. He is only the second foreign dignitary after Queen Elizabeth II to receive it.

"Nigeria is a strategic partner for India. Both of us are democracies, and both of us celebrate diversity," Mr. Modi said, adding that the two countries would work together against terrorism, separatism, piracy and drug trafficking.

The two sides signed three memoranda of understanding on a cultural exchange programme, customs cooperation and survey cooperation, the Ministry of External Affairs said. Secretary (ER) Dammu Ravi told reporters that India would send 20 tonnes of relief material to help Nigeria cope with recent floods.

More than 200 Indian companies have invested around $27 billion in Nigeria in sectors including manufacturing, pharmaceuticals and power. Bilateral trade stood at $7.89 billion in 2023-24, down from a peak of nearly $15 billion, largely because of lower crude purchases by Indian refiners.

Mr. Modi also addressed members of the Indian diaspora in Abuja, many of whom have lived in Nigeria for several generations.

The Prime Minister leaves for Rio de Janeiro on Sunday evening to attend the G20 summit, hosted by Brazil, where he is expected to hold several bilateral meetings on the sidelines. From Brazil, he will travel to Georgetown on Wednesday, the first visit by an Indian Prime Minister to Guyana in more than five decades. There he will hold talks with President Irfaan Ali, address the Guyanese Parliament and attend the second India-CARICOM summit.

The three-nation tour is part of a push by New Delhi to expand its presence in West Africa, where Indian firms are competing with Chinese and Turkish rivals.

Related Stories
PM Modi to attend G20 summit in Rio; climate finance on agenda
India, Guyana to sign agreements on hydrocarbons, defence
Why Africa matters for India's foreign policy | Explained

Comments | Share: Facebook X LinkedIn WhatsApp

Printable version | Nov 17, 2024 9:12:41 pm

© THG PUBLISHING PVT LTD."""))

A.append(dict(id="h72-09", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/05/02/national/politics-diplomacy/kishida-ghana-akufo-addo-talks/",
published_at="2023-05-02", body="""Sign up for our newsletter | Subscribe | Log in

NIKKEI 225 29,123.18 ▲ +0.12% | USD/JPY 137.52 | TOPIX 2,075.44

POLITICS / DIPLOMACY

Kishida pledges help for West Africa's coastal states in Ghana stop

By Haruka Shimizu, Staff Writer

May 2, 2023

Prime Minister Fumio Kishida and Ghanaian President Nana Akufo-Addo at the Jubilee House in Accra on Monday. | Pool / via Kyodo

ACCRA - Prime Minister Fumio Kishida on Monday pledged support for West African coastal countries threatened by Islamist militancy spreading south from the Sahel, during talks in the Ghanaian capital with President Nana Akufo-Addo.

The two leaders agreed to deepen cooperation in health, food security and the digital economy, and Kishida said Tokyo would contribute to regional efforts to stabilize the Sahel, including through the Accra Initiative launched by Ghana and its neighbors in 2017.

"Africa is a continent that will drive the growth of the world economy," Kishida told a joint news conference at Jubilee House. "Japan wants to grow together with Africa as a partner."

Akufo-Addo said Ghana was "grateful for the consistent support" of Japan and praised the Japanese-funded Noguchi Memorial Institute for Medical Research, which Kishida toured afterward. The institute, named after bacteriologist Hideyo Noguchi who died in Accra in 1928, played a key role in COVID-19 testing.

Kishida arrived in Accra on Sunday night from Cairo, where he had talks with Egyptian President Abdel-Fattah el-Sissi.

He heads to Nairobi on Tuesday for talks with Kenyan President William Ruto, and then to Maputo, where he is scheduled to meet Mozambican President Filipe Nyusi on Wednesday. Energy is expected to dominate the Mozambique leg, where Japanese trading houses are partners in liquefied natural gas projects halted by an insurgency in the northern province of Cabo Delgado.

The trip is Kishida's first to sub-Saharan Africa as prime minister and comes ahead of the Group of Seven summit he will host in Hiroshima from May 19. The Japanese leader has made strengthening ties with the so-called Global South a theme of Japan's G7 presidency and has invited the chair of the African Union, Comoros President Azali Assoumani, to attend parts of the gathering.

Government officials traveling with Kishida said he also wanted to explain Japan's position on Russia's invasion of Ukraine, which has driven up food and fuel prices across Africa, and to counter the growing influence of China and Russia on the continent.

Japan pledged $30 billion in public and private funds for Africa over three years at the Tokyo International Conference on African Development in Tunisia last year.

Kishida is accompanied by a delegation of senior officials from the Foreign and Economy ministries.

KYODO, STAFF REPORT

RELATED
Kishida holds talks with Sissi in Cairo, vows support on food security
Japan's trading houses weigh return to Mozambique LNG
G7 to invite eight countries to Hiroshima summit

Keywords: Fumio Kishida, Ghana, Africa, G7

Share | Save | Print

The Japan Times LTD. All rights reserved."""))

A.append(dict(id="h72-10", source="france24.com",
url="https://www.france24.com/en/africa/20230304-macron-tshisekedi-spar-over-congo-crisis-in-kinshasa",
published_at="2023-03-04", body="""Live | Advertising | Newsletters | Download the app

AFRICA

Macron and Tshisekedi spar over eastern Congo crisis in tense Kinshasa news conference

Issued on: 04/03/2023 - 17:41 | Modified: 04/03/2023 - 21:05

French President Emmanuel Macron and Congolese President Felix Tshisekedi at a joint news conference at the Palais de la Nation in Kinshasa on March 4, 2023. © Ludovic Marin, AFP

Text by: FRANCE 24

French President Emmanuel Macron on Saturday held talks with his Congolese counterpart Felix Tshisekedi in Kinshasa, the last stop of a four-nation tour of Central Africa, in a visit overshadowed by anger in the Democratic Republic of Congo over France's perceived reluctance to condemn Rwanda's role in the east of the country.

At a joint news conference after the talks, which stretched well beyond the schedule, the two presidents engaged in an unusually frank exchange.

Tshisekedi, visibly irritated by a question on France's stance, said Paris and other Western partners should "look at us differently, by respecting us, by considering us as real partners, and not always with a paternalistic gaze".

Macron replied that the Congolese state also bore responsibility. "Since 1994, and it is not the fault of France, you have not been able to restore the military, security or administrative sovereignty of your country," he said. "One must not look for culprits outside."

The French leader said that if a ceasefire plan agreed in Luanda was not respected by the M23 rebels, sanctions "could be considered" against those responsible, without explicitly naming Kigali. Kinshasa, the United Nations and Western governments accuse Rwanda of backing the M23, which Kigali denies.

Macron announced 34 million euros in humanitarian aid for the east, where hundreds of thousands have been displaced by fighting since the rebels resumed their offensive in late 2021. Several dozen protesters gathered near the French embassy before his arrival, some waving Russian flags.

The stop in Kinshasa followed visits to Gabon, where Macron co-hosted the One Forest Summit with President Ali Bongo Ondimba, Angola and the Republic of Congo, where he met President Denis Sassou Nguesso in Brazzaville on Friday evening, across the river from the Congolese capital.

Before leaving Paris, Macron had announced a "noticeable reduction" of French troops in Africa and said military bases would be co-managed with host countries, as Paris tries to reset its image on the continent after forced withdrawals from Mali and Burkina Faso.

Analysts said the testy exchange showed the limits of the reset. "Macron came to talk about the future and ended up spending the day on the past," said Claire Duvivier, a Central Africa researcher at a Paris think tank.

Macron flew back to Paris on Saturday night.

Read more
Macron announces 'noticeable reduction' of French troops in Africa
In Libreville, One Forest Summit pledges to protect Congo Basin rainforest
Lavrov visits Mali, promises Russian help against jihadists

Subscribe to our daily newsletter | France 24 - Live news 24/7

© 2023 Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites."""))

A.append(dict(id="h72-11", source="nation.africa",
url="https://nation.africa/kenya/news/ruto-lands-in-haiti-pledges-more-police-officers-4766102",
published_at="2024-09-22", body="""Nation ePaper | Subscribe for full access | Sign in

NSE 20 1,706.33 ▲ 0.3% | USD/KES 129.20 | EUR/KES 144.10 | Brent $74.49

NEWS

Ruto lands in Haiti, pledges 600 more officers for gang mission

Sunday, September 22, 2024 | By Wanjiru Kamau

President William Ruto inspects a guard of honour mounted by Kenyan police officers at the mission base in Port-au-Prince on September 21, 2024. Photo | PCS

President William Ruto on Saturday made a surprise visit to Haiti, where he met Kenyan police officers leading a multinational mission against gangs and held talks with the country's transitional leaders.

Dr Ruto, who flew into Port-au-Prince from Nairobi, was received by Prime Minister Garry Conille at Toussaint Louverture International Airport and later met the President of the Transitional Presidential Council, Edgard Leblanc Fils.

Addressing officers at the mission's base near the airport, the President said Kenya would send 600 more officers in November, which would bring its contingent to 1,000. "You are doing a good job, and the people of Haiti and the rest of the world are watching," he said.

In talks with Mr Conille, the President discussed the mission's funding, the recruitment and training of the Haitian National Police, and preparations for elections. A statement from State House said the two leaders agreed on "a clear timeline" for the handover of security responsibilities.

About 400 Kenyan officers have been deployed since June under the UN-backed Multinational Security Support mission, alongside smaller contingents from Jamaica, Belize and the Bahamas. The mission has struggled with funding shortfalls and equipment shortages, and gangs still control most of the capital.

Dr Ruto said he would push at the United Nations for the mission to be converted into a full UN peacekeeping operation with predictable financing. "We have done our part. The international community must do its part," he said.

From Port-au-Prince, the President travels to New York for the 79th session of the UN General Assembly, where Haiti is expected to feature in a high-level meeting on the sidelines. He is expected to meet officials of the Biden administration.

US Secretary of State Antony Blinken visited Port-au-Prince at the start of the month and pledged an additional $45 million in humanitarian aid, while urging more countries to contribute troops and money.

Back home, the deployment continues to draw criticism. Opposition lawmakers say Parliament was not properly consulted on the extension, and the Law Society of Kenya has questioned the legal basis of sending police officers abroad. A court case on the matter is pending.

Foreign Affairs Principal Secretary Korir Sing'oei and senior police commanders accompanied the President.

RELATED
Haiti's Conille calls for UN peacekeeping force
Police officers' allowances delayed, families say
IEBC selection panel shortlists 30

Download the Nation app | Follow us on WhatsApp

Comments (58)

© Nation Media Group"""))

A.append(dict(id="h72-12", source="bbc.com",
url="https://www.bbc.com/news/articles/c0e5vgpy7l4o",
published_at="2025-05-21", body="""Skip to content | Accessibility Help | BBC Account | Home | News | Sport | Business

Trump confronts Ramaphosa with false 'white genocide' claims in Oval Office

21 May 2025 | Share | Save

By Lerato Dube in Johannesburg and James Whitfield in Washington, BBC News

South African President Cyril Ramaphosa (left) and US President Donald Trump in the Oval Office on Wednesday. Getty Images

Donald Trump has confronted South Africa's President Cyril Ramaphosa in the Oval Office with false claims that white farmers are being systematically killed, in a meeting that was meant to reset relations between the two countries.

The US president dimmed the lights and played a video that he said showed evidence of persecution, including a clip of the far-left politician Julius Malema singing "Kill the Boer" and footage of what Trump described as burial sites of white farmers.

Ramaphosa, who had come to Washington hoping to discuss trade and investment, remained calm. "What you saw, the speeches that were being made, that is not government policy," he said, adding that violent crime affected South Africans of all races.

He also tried to ease the tension with a joke about the luxury jet Trump has been offered by Qatar. "I'm sorry I don't have a plane to give you," he said. Trump replied: "I wish you did, I'd take it."

Ramaphosa had brought a delegation that included Agriculture Minister John Steenhuisen, the leader of the Democratic Alliance, and the South African golfers Ernie Els and Retief Goosen, in an apparent effort to appeal to the president. The billionaire businessman Johann Rupert was also present.

Relations between Washington and Pretoria have been at their lowest point in decades. Trump cut aid to South Africa in February over a new land expropriation law, and in March the US expelled South Africa's ambassador, Ebrahim Rasool, after he accused Trump of leading a "supremacist" movement.

Last week, a first group of 59 white South Africans arrived in the US as refugees under a programme the Trump administration set up for Afrikaners, even as it has suspended most other refugee admissions.

South Africa holds the presidency of the G20 this year and is due to host the leaders' summit in Johannesburg in November. Trump has said he may not attend, and Secretary of State Marco Rubio boycotted a G20 foreign ministers' meeting in Johannesburg in February.

After the meeting, Ramaphosa told reporters that the talks behind closed doors had gone "very well" and that the two sides had discussed critical minerals and a possible trade arrangement. He dismissed the video as "a narrative" that South Africans would reject.

Analysts said the outcome fell short of the reset Pretoria had wanted. "He avoided a Zelensky moment, but he did not change Trump's mind," said a Johannesburg-based political analyst.

More on this story
Who are the Afrikaners Trump is welcoming as refugees?
South Africa's land law explained
Trump wraps up Gulf tour with Abu Dhabi stop

Related topics: South Africa | Donald Trump | Cyril Ramaphosa

Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites."""))
