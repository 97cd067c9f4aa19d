# Long pages (2,500-4,500 characters), h29-01 .. h29-12
A = []

A.append(dict(id="h29-01", source="theguardian.com",
url="https://www.theguardian.com/world/2015/oct/20/xi-jinping-state-visit-parliament-banquet-queen",
published_at="2015-10-20", body="""We use cookies to improve your experience. By using this site you agree to our use of cookies. Find out more.

Support the Guardian | Subscribe | Find a job | Sign in

World > China

Xi Jinping addresses parliament as state visit gets under way with pomp on the Mall

Chinese president rides with the Queen in a state carriage before speech in which he praises Britain as "first western country" to join China-led bank

Rowena Mason and Tom Phillips
Tuesday 20 October 2015 19.04 BST

The Chinese president, Xi Jinping, and his wife, Peng Liyuan, travel down the Mall in the Irish state coach with the Queen and the Duke of Edinburgh. Photograph: Pool/Getty Images

Xi Jinping has been given the full ceremonial welcome of a state visit, riding with the Queen in a gilded carriage to Buckingham Palace on Tuesday before telling MPs and peers that relations between Britain and China were entering a period of unprecedented opportunity.

The Chinese leader, who landed at Heathrow on Monday evening and was met on the tarmac by the foreign secretary, Philip Hammond, was greeted at Horse Guards Parade by a 41-gun salute in Green Park and a guard of honour from the Grenadier Guards.

Addressing an audience in the Royal Gallery of the Palace of Westminster, Xi spoke of the Magna Carta and of Shakespeare, and thanked Britain for becoming the first major western economy to sign up to the Asian Infrastructure Investment Bank, a decision that irritated Washington earlier this year.

The Commons Speaker, John Bercow, introducing the president, pointedly referred to the Burmese democracy campaigner Aung San Suu Kyi, who had spoken in the same hall, and said Britain's parliament was a place where human rights were debated. Xi made no reference to the remarks.

The real business of the visit comes on Wednesday, when Xi sits down with David Cameron at Downing Street. Ministers say agreements worth up to £30bn are expected to be signed during the four-day trip, the most eye-catching being a deal for the state-owned China General Nuclear Power Group to take a third of the planned Hinkley Point C nuclear plant in Somerset.

Downing Street has billed the trip as the start of a "golden era" in relations. The chancellor, George Osborne, who travelled to Beijing and Xinjiang last month, has led the push for Chinese investment in British infrastructure.

Critics say the government has gone quiet on human rights in its pursuit of trade. Several hundred protesters, including Tibetan campaigners and supporters of the Falun Gong movement, lined the Mall on Tuesday, and were at times outnumbered by flag-waving well-wishers bussed in by Chinese student associations.

The Labour leader, Jeremy Corbyn, who met Xi briefly after the speech, said he had raised human rights and the crisis in the British steel industry, which has blamed cheap Chinese exports for thousands of job losses.

Xi's visit follows his trip to the United States last month, where he was hosted at the White House by Barack Obama and the two leaders announced an understanding on cyber-theft. On Thursday the president is expected to spend time with Cameron at Chequers, the prime minister's country residence, before travelling to Manchester on Friday, where he will tour a university research centre and Manchester City's training ground.

A state banquet for the visiting couple was being held at Buckingham Palace on Tuesday evening.

Topics: Xi Jinping | China | David Cameron | Foreign policy | Nuclear power

Share on Facebook | Share on Twitter | Share via Email

Most viewed
Steel crisis: hundreds more jobs go at Scunthorpe
Modi's UK visit: Wembley rally expected to draw 60,000 next month
Bank of England's Carney warns on climate risk to insurers

Comments (1,482)

Support the Guardian: Available for everyone, funded by readers. Contribute | Subscribe"""))

A.append(dict(id="h29-02", source="timesofisrael.com",
url="https://www.timesofisrael.com/modi-lands-in-israel-for-first-ever-visit-by-indian-premier/",
published_at="2017-07-04", body="""THE TIMES OF ISRAEL | LIVE BLOG | ISRAEL & THE REGION | JEWISH TIMES | OPS & BLOGS

Get The Times of Israel's Daily Edition by email and never miss our top stories. Newsletter email address: GET IT

By signing up, you agree to the terms

ISRAEL & THE REGION

Netanyahu greets Modi on tarmac as first Indian premier to visit Israel lands

'We've been waiting for you for 70 years,' PM tells guest at Ben Gurion; pair to hold talks Wednesday, sign deals on water, farming and space

By RAPHAEL AHREN
4 July 2017, 3:12 pm | 12

Prime Minister Benjamin Netanyahu, right, embraces Indian Prime Minister Narendra Modi at Ben Gurion Airport on July 4, 2017. (Haim Zach/GPO)

Indian Prime Minister Narendra Modi arrived in Israel on Tuesday afternoon, opening a three-day trip that both governments describe as a turning point after decades in which New Delhi kept its ties with the Jewish state largely out of public view.

Netanyahu broke with protocol to greet his guest at the foot of the aircraft steps, together with most of his cabinet. The two men hugged twice, and Netanyahu offered a greeting in Hindi before switching to English. "We've been waiting for you for a long time, about 70 years," he said.

Modi called Israel "a nation which has turned adversity into opportunity" and said he was honoured to be the first Indian prime minister to make the trip. India and Israel established full diplomatic relations in 1992.

From the airport, the two leaders drove to an agricultural research farm near Moshav Mishmar Hashiva, where they were shown drip-irrigation systems and a new chrysanthemum variety named after the visitor. Modi was due at the Yad Vashem Holocaust memorial later in the afternoon, and Netanyahu was to host him for a private dinner at his Jerusalem residence.

Formal talks between the two delegations are scheduled for Wednesday morning at the Prime Minister's Office, after which officials expect the sides to sign seven memorandums of understanding, including on water conservation, agricultural development and cooperation between the two countries' space agencies. A technology innovation fund worth some $40 million is also set to be announced.

Modi will also call on President Reuven Rivlin, and meet Moshe Holtzberg, the boy who survived the 2008 terror attack on the Chabad house in Mumbai in which his parents were killed.

Notably, Modi is not visiting Ramallah, departing from the practice of previous senior Indian visitors who paired trips to Israel with stops in the Palestinian Authority. Palestinian Authority President Mahmoud Abbas was received by Modi in New Delhi in May, and Indian officials have said support for a Palestinian state is unchanged.

Defence sales form a large part of the relationship: India is one of the biggest customers for Israeli arms, buying drones, missile systems and radar worth close to $1 billion a year. No major weapons deal is expected to be announced during the visit, officials said.

On Thursday Modi is to visit the Indian war cemetery in Haifa before flying to Hamburg for the G20 summit.

Read more:
Modi's visit is a boon for Israel's drip irrigation firms, exporters say
Netanyahu expected to make reciprocal trip to India early next year
Holtzberg boy, 11, to meet Indian leader who promised him visa for life

Share | Tweet | Email | 12 comments

Tags: Narendra Modi, Benjamin Netanyahu, India-Israel relations

Join our community. Support independent journalism in Israel. Become a member."""))

A.append(dict(id="h29-03", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/trump-meets-vietnam-leaders-hanoi-ahead-kim-dinner",
published_at="2019-02-27", body="""STI 3,264.87 +0.32% | NIKKEI 21,556.51 -0.48% | VN-INDEX 979.56 +0.21% | USD/VND 23,202

ASIA

Trump meets Vietnam's leaders in Hanoi hours before summit dinner with Kim

HANOI: US President Donald Trump held talks with Vietnam's top leader Nguyen Phu Trong on Wednesday (Feb 27), hours before he was due to meet North Korean leader Kim Jong Un over dinner in the Vietnamese capital for their second summit.

Trump, who landed at Noi Bai International Airport late on Tuesday night, was welcomed at the yellow-walled Presidential Palace with a military band and children waving American and Vietnamese flags. Trong, who is both general secretary of the Communist Party and state president, said Vietnam was proud to host the summit.

"We appreciate very much the job you've done," Trump told his host, adding that Vietnam was an example of what North Korea could become if it gave up its nuclear weapons.

The two leaders then watched as executives from Vietnamese carriers VietJet and Bamboo Airways signed deals to buy Boeing aircraft worth more than US$21 billion. Trump also met Prime Minister Nguyen Xuan Phuc.

Kim arrived on Tuesday morning at the border town of Dong Dang after a journey of some 4,000km from Pyongyang aboard his armoured green train, which crossed the length of China over two and a half days. He was greeted at the station with a red carpet and a guard of honour before being driven to Hanoi in a motorcade of more than 20 vehicles.

Kim is on an official goodwill visit to Vietnam at the invitation of Trong, the Vietnamese foreign ministry said. On Tuesday afternoon he sent his sister Kim Yo Jong and senior aide Kim Yong Chol on a tour of an industrial zone outside the capital. His schedule includes talks with Vietnamese leaders after the summit, Vietnamese officials said.

The meeting with Trump opens on Wednesday at 6.30pm at the Sofitel Legend Metropole hotel, where the two will greet each other and hold a short one-on-one conversation before sitting down to what the White House called a "social dinner" with a small group of advisers. Formal talks are set for Thursday.

Their first summit, in Singapore in June, produced a broad statement on "complete denuclearisation of the Korean peninsula" but few concrete steps since then.

Security in the city centre was tight on Wednesday, with streets around the Metropole and the Melia hotel where Kim is staying sealed off by police. Hundreds of journalists have gathered at the international media centre in the Friendship Cultural Palace.

Analysts say a declaration formally ending the 1950-53 Korean War and the opening of liaison offices could be on the table, in exchange for the dismantling of the Yongbyon nuclear complex.

"Vietnam wants to be seen as a good broker of peace," said a lecturer at the Diplomatic Academy of Vietnam. "For Hanoi, this is also a chance to show the world how far its own relationship with Washington has come."

Source: Agencies/CNA/aa

Bookmark | Share on Facebook | Share on Twitter | Share on WhatsApp

Most Popular
Singapore shares edge higher on hopes for trade truce
Kim Yong Chol: The general who became North Korea's top negotiator
Commentary: Vietnam's Doi Moi model is not easily copied

Get the CNA app | Subscribe to our newsletter"""))

A.append(dict(id="h29-04", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230303-macron-in-angola-to-sign-farming-deal-on-second-leg-of-central-africa-tour",
published_at="2023-03-03", body="""RFI | Listen live | Podcasts | Newsletters | Download the app

AFRICA

Macron in Angola to seal farm partnership on second stop of Central Africa tour

Issued on: 03/03/2023 - 15:21 | Modified: 03/03/2023 - 17:08

French President Emmanuel Macron is welcomed by Angolan President João Lourenço at the Cidade Alta presidential palace in Luanda on 3 March 2023. © Ludovic Marin, AFP

Text by: RFI

French President Emmanuel Macron held talks with his Angolan counterpart João Lourenço in Luanda on Friday, on the second leg of a four-country tour that he hopes will mark a new, less paternalistic chapter in France's relations with the continent.

The two leaders oversaw the signing of a partnership to develop Angola's agricultural sector, which Luanda wants to expand in order to reduce its reliance on oil. Macron also attended a business forum with French and Angolan companies, among them TotalEnergies, the largest foreign investor in the country.

It is Macron's first trip to Angola, a former Portuguese colony that Paris sees as a partner well beyond France's traditional sphere of influence. Lourenço visited Paris in 2018 and again last year.

Macron arrived from Gabon, where he co-hosted the One Forest Summit on the protection of the Congo Basin rainforest. On Thursday in Libreville, he held talks with President Ali Bongo Ondimba, in a meeting criticised by some Gabonese opposition figures as an endorsement of Bongo ahead of elections due in August.

Speaking to the French community in Libreville, Macron declared that the age of "Françafrique" was "well and truly over" and that France was now a "neutral interlocutor" in African politics.

The tour continues on Saturday in Brazzaville, where Macron is due to meet President Denis Sassou Nguesso, who has been in power for most of the past four decades. He will then cross the Congo River to Kinshasa for a visit to the Democratic Republic of Congo that is expected to be the most sensitive of the trip, with Congolese authorities demanding that France clearly condemn Rwanda's alleged support for the M23 rebels fighting in the east. Macron will hold talks with President Félix Tshisekedi on Saturday evening, the Elysée said.

Protesters gathered outside the French embassy in Kinshasa this week, some waving Russian flags, to denounce what they called France's silence over the conflict.

The trip comes as France is winding down its military presence in West Africa after being asked to leave Mali and Burkina Faso, and as Russia works to widen its footprint on the continent. Russia's foreign minister, Sergei Lavrov, stopped in Angola in January during the first of two African tours this year.

Before setting out, Macron announced in a speech in Paris on Monday that French military bases in Africa would be run jointly with host countries and see a "noticeable reduction" in personnel.

"France will not be the bystander of an Africa where the competition is between Russian mercenaries and Chinese infrastructure," a French diplomat travelling with the president said. "We are offering something different, a partnership among equals."

Read also:
Congo crisis: Kinshasa protesters accuse Paris of "complicity" with Kigali
France to reduce troop numbers in Africa, Macron says
Gabon's Bongo confirms bid for third term

Subscribe to our Africa newsletter | Share: Facebook | Twitter | WhatsApp | Email

Tags: Emmanuel Macron, Angola, Gabon, DR Congo, Republic of Congo, French diplomacy"""))

A.append(dict(id="h29-05", source="en.mercopress.com",
url="https://en.mercopress.com/2023/05/29/lula-rolls-out-red-carpet-for-maduro-in-brasilia-on-eve-of-south-american-summit",
published_at="2023-05-29", body="""MercoPress, South Atlantic News Agency

Monday, May 29th 2023 - 21:18 UTC

Lula rolls out the red carpet for Maduro in Brasilia on eve of South American summit

Brazilian President Luiz Inácio Lula da Silva received his Venezuelan counterpart Nicolás Maduro at the Planalto Palace in Brasilia on Monday, with military honours and an embrace on the palace ramp, in the first visit by the Venezuelan leader to Brazil since 2015.

The meeting, which ran for more than three hours and was followed by a working lunch, marked the latest step in the restoration of relations that were broken off under former President Jair Bolsonaro, who recognised opposition leader Juan Guaidó as Venezuela's interim president and closed Brazil's embassy in Caracas.

At a joint press conference, Lula said accusations that Venezuela was authoritarian and undemocratic were the product of a "narrative" built against the country, and urged Maduro to tell his own story to the world. "It's up to you to build your own narrative," Lula told his guest.

Maduro thanked Lula for his "courage" and said the two governments had agreed to set up working groups on trade, energy, agriculture and health. Brazil is owed more than 1.2 billion dollars by Venezuela for loans from the state development bank BNDES, and both leaders said they wanted to find a solution.

The opposition in Brazil's congress protested, and several legislators recalled the findings of UN investigators on human rights violations in Venezuela.

Maduro is one of eleven South American presidents expected in the Brazilian capital for a meeting on Tuesday at the Itamaraty Palace, the first such gathering in nearly a decade. Lula hopes to use it to revive regional integration after the collapse of the Union of South American Nations (Unasur).

Peru will be represented by its prime minister, Alberto Otárola, as President Dina Boluarte is barred by Congress from leaving the country.

According to Brazil's foreign ministry, Lula will also hold separate talks with Argentine President Alberto Fernández on Tuesday morning before the summit opens, with the Argentine economic crisis and financing for Brazilian exports to Argentina on the agenda.

Lula restored diplomatic ties with Caracas on his first day in office in January, and his special adviser for international affairs, former foreign minister Celso Amorim, travelled to Caracas in March to meet Maduro.

Diplomats in Brasilia said some of the guests, including Uruguay's Luis Lacalle Pou and Chile's Gabriel Boric, were uncomfortable with the prominence given to Maduro's visit.

Categories: Politics, Brazil, Venezuela.

Tags: Lula da Silva, Nicolás Maduro, South American summit, Unasur

Top Comments
Disclaimer & comment rules
Commenting for this story is now closed.

Read also: Lula hosts Colombia's Petro for Amazon talks
Falklands: Argentina revives claim at UN decolonisation committee

MercoPress is a registered trademark. All rights reserved."""))

A.append(dict(id="h29-06", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/saudi-arabia/2023/03/10/saudi-arabia-and-iran-agree-to-restore-ties-after-china-brokered-talks/",
published_at="2023-03-10", body="""The National | UAE | Gulf | MENA | World | Business | Opinion | Podcasts

Sign up for our Politics in Focus newsletter. Your email

GULF NEWS

Saudi Arabia and Iran agree to restore ties after China-brokered talks

Countries to reopen embassies within two months, ending a seven-year rupture

Staff reporter and agencies
Mar 10, 2023

Saudi Arabia's Musaed Al Aiban, China's Wang Yi and Iran's Ali Shamkhani in Beijing on Friday. Photo: China Daily via Reuters

Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a deal reached after four days of talks in Beijing that were hosted by China.

The agreement was signed by Musaed Al Aiban, a minister of state and the kingdom's national security adviser, and Ali Shamkhani, the secretary of Iran's Supreme National Security Council, in the presence of China's top diplomat, Wang Yi.

A joint statement issued by the three countries said the two sides had agreed to respect each other's sovereignty and not to interfere in each other's internal affairs. They also agreed to put into effect a security co-operation agreement signed in 2001 and an earlier accord covering trade, economy and investment.

The foreign ministers of Saudi Arabia and Iran, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, will meet to carry out the decision and make arrangements for the return of ambassadors, the statement said.

Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy in the Iranian capital and a consulate in Mashhad following the kingdom's execution of the Shiite cleric Nimr Al Nimr.

The two sides held five rounds of talks in Baghdad in 2021 and 2022, hosted by Iraq, and further meetings took place in Oman. The Saudi statement thanked Baghdad and Muscat for their role.

Mr Wang described the deal as "a victory for dialogue and peace" and said Beijing would continue to play a constructive role in handling hotspot issues in the world.

China's involvement marks a striking entry into the politics of the Gulf, where the United States has long been the main outside power. Chinese President Xi Jinping visited Riyadh in December for summits with Saudi and Gulf leaders, and Iranian President Ebrahim Raisi made a state visit to Beijing last month.

In Washington, National Security Council spokesman John Kirby said Saudi officials had kept the US informed about the talks and that the White House welcomed any effort to help end the war in Yemen.

Analysts said much would depend on whether Iran reined in its support for the Houthi rebels, who have fought a Saudi-led coalition since 2015.

"This is an important first step, but embassies are the easy part," said a Gulf analyst at a Washington think tank. "The test will be Yemen."

The UAE, which upgraded its own relations with Iran last year and returned an ambassador to Tehran, welcomed the agreement. Oman and Iraq also issued statements in support.

Updated: March 10, 2023, 6:42 PM

More from The National
Biden administration "welcomes" Saudi-Iran deal but questions Tehran's commitment
Yemen's Houthis say agreement could be "a new era" for region
Oil prices little changed after Beijing announcement

Share: Facebook | X | LinkedIn | WhatsApp | Email

Follow us on WhatsApp | Download The National app"""))

A.append(dict(id="h29-07", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20230321_28/",
published_at="2023-03-21", body="""NHK WORLD-JAPAN News | Live | Programs | On Demand | Japan | Asia | World | Business

Kishida makes unannounced visit to Ukraine as Xi holds talks in Moscow

Japanese Prime Minister Kishida Fumio has arrived in Ukraine on a trip that had not been announced beforehand. He is the last of the leaders of the Group of Seven countries to visit the country since Russia's invasion began.

Kishida reached the capital Kyiv by train on Tuesday afternoon, local time, and is holding talks with President Volodymyr Zelenskyy. The prime minister is expected to express Japan's solidarity with the Ukrainian people and explain further support, including for power generation equipment.

Japanese government sources say Kishida left India on Monday after his talks with Prime Minister Narendra Modi in New Delhi and boarded a chartered plane to Poland, then travelled overland to the Ukrainian border and continued by train.

Before the talks, Kishida laid flowers at a church in the town of Bucha near Kyiv, where hundreds of civilians were killed during the Russian occupation last year.

Japan holds the presidency of the G7 this year and will host the leaders' summit in Hiroshima in May. Kishida had faced criticism at home for being the only G7 leader who had not yet gone to Ukraine. Zelenskyy has been invited to take part in the summit online.

The visit coincides with Chinese President Xi Jinping's three-day state visit to Russia. Xi arrived in Moscow on Monday and held informal talks with President Vladimir Putin that lasted more than four hours. On Tuesday, the two leaders held formal talks at the Kremlin and were expected to sign a joint statement on deepening their partnership.

Putin said he had studied China's 12-point position paper on the war carefully and that many of its points could serve as a basis for a settlement. Western governments have said the plan would freeze Russia's territorial gains.

Some media reports have suggested that Xi may hold an online conversation with Zelenskyy after leaving Moscow, but Beijing has not confirmed any such plan.

After leaving Ukraine, Kishida will return to Poland, where he is scheduled to meet Polish Prime Minister Mateusz Morawiecki in Warsaw on Wednesday. He is expected to return to Japan on Thursday.

Chief Cabinet Secretary Matsuno Hirokazu told reporters in Tokyo that details of the visit had been kept secret for security reasons. "The prime minister will directly convey his respect for the courage and perseverance of the Ukrainian people," he said.

Opposition parties said they had not been informed in advance, but most broadly welcomed the trip.

Russia's Foreign Ministry had no immediate comment on the visit.

Related Articles
Kishida, Modi agree to boost cooperation toward G7 and G20 summits
China-Russia statement calls for "responsible dialogue" on Ukraine
Japan to provide 5.5 billion dollars in additional support to Ukraine

Share | Facebook | Twitter | LINE

Watch on NHK WORLD-JAPAN | Download the NHK WORLD-JAPAN app"""))

A.append(dict(id="h29-08", source="riotimesonline.com",
url="https://www.riotimesonline.com/brazil-news/brazil/politics/bolsonaro-and-trump-hail-new-era-at-white-house-meeting/",
published_at="2019-03-19", body="""The Rio Times | Latin American News

BOVESPA 99,588 +0.33% | USD/BRL 3.7897 -0.21% | EUR/BRL 4.3012 | MERVAL 33,410 +1.02%

Brazil, Politics

Bolsonaro and Trump hail "new era" at White House meeting

By Contributing Reporter, Rio Times
March 19th, 2019

RIO DE JANEIRO, BRAZIL - President Jair Bolsonaro was received at the White House on Tuesday by US President Donald Trump, who said he would back Brazil's bid to join the Organisation for Economic Co-operation and Development (OECD) and intends to designate the country a major non-NATO ally.

"I think we will have the best relationship we've ever had," Trump said in the Oval Office, with Bolsonaro at his side. The two later appeared at a joint news conference in the Rose Garden and exchanged football shirts bearing their names.

Bolsonaro, who took office on January 1st, has made no secret of his admiration for Trump, and chose the United States for his first bilateral trip abroad. "Brazil and the United States stand side by side in their efforts to ensure liberties and respect for traditional family lifestyles," the Brazilian president said.

On Monday, the two governments signed a Technology Safeguards Agreement that allows US companies to launch satellites from Brazil's Alcântara base in the state of Maranhão, a deal that has been debated for almost two decades and still needs approval from Brazil's Congress. The Brazilian government also confirmed that it will waive visa requirements for US citizens, without reciprocity.

Bolsonaro paid an unannounced visit on Monday to the headquarters of the CIA in Langley, Virginia, a stop that was criticised by opposition lawmakers in Brasília. His son, federal deputy Eduardo Bolsonaro, who chairs the foreign affairs committee of the lower house, sat in on the Oval Office meeting.

Venezuela was also high on the agenda. Trump repeated that "all options are open" regarding the government of Nicolás Maduro. Bolsonaro's government is among those that recognise opposition leader Juan Guaidó as interim president, and it received Guaidó in Brasília last month.

After returning to Brasília, Bolsonaro is due to travel to Santiago at the end of the week for the launch of Prosur, a new regional forum championed by Chilean President Sebastián Piñera to replace Unasur.

At the end of the month, he will travel to Israel, the Planalto Palace confirmed, in a visit expected to include talks with Prime Minister Benjamin Netanyahu. Bolsonaro has said he wants to move Brazil's embassy to Jerusalem, a step that worries exporters of halal chicken and beef to Arab countries.

The Brazilian real firmed slightly against the dollar on Tuesday as investors followed the visit.

Read more:
Brazil's pension reform heads to Congress
Guedes tells US investors Brazil is "open for business"
Brazilian beef exports to China hit record

Share this: Facebook | Twitter | LinkedIn | WhatsApp

Subscribe to our newsletter | Support The Rio Times"""))

A.append(dict(id="h29-09", source="cbsnews.com",
url="https://www.cbsnews.com/news/biden-israel-visit-netanyahu-gaza-aid-rafah/",
published_at="2023-10-18", body="""CBS NEWS | Watch CBS News

WORLD

Biden, in Israel, says Gaza hospital blast appears to have been caused by "the other team"

By Weijia Jiang, Kathryn Watson
Updated on: October 18, 2023 / 9:55 PM EDT / CBS News

President Biden is greeted by Israeli Prime Minister Benjamin Netanyahu after landing at Ben Gurion International Airport in Tel Aviv, October 18, 2023. EVELYN HOCKSTEIN / REUTERS

President Biden spent just over seven hours in Israel on Wednesday, a wartime visit aimed at showing American support for its ally after the Hamas attacks of Oct. 7 while pressing Israeli leaders to let humanitarian aid reach civilians in Gaza.

Mr. Biden was greeted on the tarmac in Tel Aviv by Prime Minister Benjamin Netanyahu and President Isaac Herzog. He then met Netanyahu and members of Israel's war cabinet at a hotel in Tel Aviv, and spoke with families of hostages and people who had survived the attacks.

Referring to the explosion at al-Ahli Arab hospital in Gaza City on Tuesday night, which Palestinian officials said killed hundreds, the president told Netanyahu: "Based on what I've seen, it appears as though it was done by the other team, not you." The Pentagon and US intelligence agencies were still reviewing the evidence, officials said.

The trip was originally meant to include a second stop in Amman, where Mr. Biden was to meet Jordan's King Abdullah II, Egyptian President Abdel Fattah el-Sisi and Palestinian Authority President Mahmoud Abbas. Jordan called off that gathering on Tuesday after the hospital blast, and Abbas returned to Ramallah, declaring three days of mourning.

In remarks in Tel Aviv, Mr. Biden announced $100 million in new humanitarian assistance for Palestinians in Gaza and the West Bank and cautioned Israelis not to be "consumed" by rage, recalling the mistakes the US made after Sept. 11.

On the flight back to Washington aboard Air Force One, the president spoke by phone with el-Sisi. Mr. Biden told reporters at Ramstein Air Base in Germany, where the plane stopped to refuel, that the Egyptian leader had agreed to open the Rafah crossing to let up to 20 trucks of humanitarian aid into Gaza as a first step.

"They're going to open the door," he said, adding that the aid would be stopped if Hamas took it.

Secretary of State Antony Blinken, who had spent much of the previous week shuttling between Israel and Arab capitals, accompanied the president.

The White House said Mr. Biden would address the nation from the Oval Office on Thursday evening about the wars in Israel and Ukraine and make the case for additional funding from Congress.

More from CBS News
German Chancellor Scholz visits Israel, then heads to Cairo for talks
Live updates: Israel-Hamas war
What we know about the Gaza hospital explosion

Featured Local Savings | Copyright ©2023 CBS Interactive Inc. All rights reserved.

Share | Tweet | Flip | Email"""))

A.append(dict(id="h29-10", source="africanews.com",
url="https://www.africanews.com/2023/07/27/putin-promises-free-grain-as-russia-africa-summit-opens-in-st-petersburg/",
published_at="2023-07-27", body="""africanews. | Live | Business | Sport | Culture | Science & Technology

Russia

Putin promises free grain to six African countries as summit opens

By Africanews with AFP
Last updated: 27/07 - 18:44

Russian President Vladimir Putin on Thursday told African leaders gathered in St Petersburg that Russia would ship between 25,000 and 50,000 tonnes of grain free of charge to six countries on the continent within the next three to four months.

Burkina Faso, Zimbabwe, Mali, Somalia, the Central African Republic and Eritrea would receive the grain, Putin said at the opening of the second Russia-Africa summit, a week after Moscow pulled out of the deal that had allowed Ukrainian grain to be exported through the Black Sea.

The Kremlin had hoped to match the turnout of the first summit in Sochi in 2019. But only 17 heads of state made the trip this time, against 43 four years ago, with most of the 49 delegations headed by prime ministers, ministers or ambassadors. Russian officials blamed what they called "unprecedented" pressure from Western countries.

Putin began a marathon of bilateral meetings on Wednesday evening. He held talks with Egypt's President Abdel Fattah al-Sisi, who called for the revival of the grain deal, and with Ethiopian Prime Minister Abiy Ahmed, who said his country would like to deepen cooperation in energy and agriculture.

On Thursday morning, before the plenary session, the Russian leader received Uganda's President Yoweri Museveni at the Konstantinovsky Palace. Museveni, who has ruled Uganda since 1986, praised Russia's historical support for African liberation movements.

The Kremlin said Putin would hold further talks on Friday, including with Mali's interim leader Assimi Goïta, whose government expelled French troops last year and turned to Russia for military support.

The African Union was represented by its chairman, Comoros President Azali Assoumani, and by the chairperson of its commission, Moussa Faki Mahamat. A group of African leaders who travelled to Kyiv and St Petersburg last month with a peace plan for Ukraine is also expected to meet Putin again on the summit's margins.

Images circulated on social media on Thursday appeared to show Wagner group chief Yevgeny Prigozhin shaking hands with Freddy Mapouka, a senior protocol official of the Central African Republic, in a hotel in St Petersburg, a month after his short-lived mutiny. The Kremlin declined to comment.

Critics at home have questioned the cost of the event. Rights groups say Russian mercenaries in Mali and the Central African Republic are implicated in abuses against civilians.

Ukrainian Foreign Minister Dmytro Kuleba, who toured several African countries earlier this year, called the grain offer "cynical".

The summit ends on Friday with the adoption of a declaration and an action plan to 2026.

Related
Senegal: opposition leader Sonko arrested
Ghana: cocoa farmers protest low prices
Kenya: protests over cost of living leave several dead

Share | Tweet | Email | Comments

Download the africanews app | Subscribe to our newsletter"""))

A.append(dict(id="h29-11", source="dw.com",
url="https://www.dw.com/en/scholz-meets-xi-in-beijing-on-controversial-china-trip/a-63641887",
published_at="2022-11-04", body="""DW | Live TV | Germany | Europe | World | Business | Science

Privacy settings: We use cookies and similar technologies. Accept | Manage

POLITICS | CHINA

Scholz meets Xi in Beijing on controversial China trip

German Chancellor Olaf Scholz has held talks with Chinese President Xi Jinping on the first visit by a G7 leader to China since the start of the pandemic. The two warned against the use of nuclear weapons in Ukraine.

Date: 04.11.2022
Author: Dana Regev (with dpa, Reuters, AFP)

Scholz arrived in Beijing early on Friday morning for a one-day trip that has drawn criticism at home and abroad, accompanied by a delegation of business leaders including the heads of Volkswagen, BASF, Siemens and Deutsche Bank.

The chancellor was received by Xi at the Great Hall of the People, weeks after the Chinese leader secured a third term as head of the Communist Party. He also met outgoing Premier Li Keqiang.

According to Scholz, both men agreed that threats to use nuclear weapons in the war in Ukraine were "irresponsible and extremely dangerous."

Chinese state media quoted Xi as saying the international community should "jointly oppose the use of, or threats to use, nuclear weapons" and that China and Germany should work together in "times of change and turmoil."

Scholz said he had also raised human rights, including the treatment of the Uyghur minority in Xinjiang, as well as the situation around Taiwan.

In a concession announced after the talks, China agreed to allow the BioNTech COVID-19 vaccine to be used by foreign nationals living in the country.

The visit had come under fire from coalition partners and from some EU governments, particularly after the cabinet allowed the Chinese shipping company COSCO to buy a stake in a container terminal in Hamburg port. In an op-ed published before his departure, Scholz wrote that Germany did not want to "decouple" from China, but that it would reduce "risky dependencies."

Scholz is to travel on to Southeast Asia next week, with visits to Vietnam and Singapore on the schedule before he joins the G20 summit on the Indonesian island of Bali.

Opposition leader Friedrich Merz accused the chancellor of sending the wrong message. "A lone German trip to Beijing is not what our European partners expected," Merz said.

Government spokesman Steffen Hebestreit said the chancellor had consulted closely with French President Emmanuel Macron and other allies beforehand.

Related topics: Olaf Scholz, Xi Jinping, China, German economy

Send | Facebook | Twitter | WhatsApp | Print

Related content
Steinmeier visits Kyiv, promises more air defense
Opinion: Scholz's trip sends the wrong signal
Germany approves reduced COSCO stake in Hamburg port

DW.COM | Imprint | Legal notice | Privacy policy"""))

A.append(dict(id="h29-12", source="dawn.com",
url="https://www.dawn.com/news/1676512/pm-imran-putin-hold-talks-in-moscow-as-russia-launches-military-operation-in-ukraine",
published_at="2022-02-24", body="""DAWN | Home | Latest | Pakistan | World | Business | Opinion | Sport | Prism | Videos

KSE-100 42,823.45 ▼ -1,386.32 (-3.14%) | USD/PKR 177.85 | Gold 128,300

PM Imran, Putin hold talks in Moscow as Russia launches offensive in Ukraine

Baqir Sajjad Syed | Published February 24, 2022 | Updated about 6 hours ago

Prime Minister Imran Khan held talks with Russian President Vladimir Putin at the Kremlin on Thursday, a meeting overshadowed by the military assault Moscow launched against Ukraine hours earlier.

The two leaders met for over three hours and discussed bilateral relations, regional issues including the situation in Afghanistan, and energy cooperation, among them the long-delayed Pakistan Stream gas pipeline, the Prime Minister's Office said in a statement.

The premier "regretted the latest situation between Russia and Ukraine and said Pakistan had hoped diplomacy could avert a military conflict," the statement added.

PM Imran arrived in Moscow on Wednesday evening and was received at Vnukovo airport by Russian Deputy Foreign Minister Igor Morgulov. It is the first visit by a Pakistani prime minister to Russia in 23 years. Foreign Minister Shah Mahmood Qureshi, Finance Adviser Shaukat Tarin and National Security Adviser Moeed Yusuf are part of the delegation.

Earlier on Thursday, the prime minister laid a wreath at the Tomb of the Unknown Soldier. He had been scheduled to meet Muslim religious leaders at Moscow's central mosque on Friday before flying home.

Officials in Islamabad defended the timing of the trip, saying it had been planned long before the crisis and that Pakistan wanted "good relations with all countries." Before leaving, the prime minister said in an interview with Russian television that he hoped the conflict in Ukraine would be resolved through dialogue.

In Washington, State Department spokesperson Ned Price said the US had conveyed its position on Russia's "renewed aggression" to Pakistan, adding that it expected every responsible country to voice concern.

The last time the two leaders spoke was in January, when they discussed Islamophobia and Afghanistan over the phone and Putin invited the prime minister to Moscow.

The visit follows PM Imran's trip to Beijing earlier this month for the opening of the Winter Olympics, during which he met President Xi Jinping.

Opposition leaders criticised the government, saying Pakistan risked damaging its ties with the West, its largest export market.

Published in Dawn, February 24th, 2022

Comments (87) | Closed

Most Popular
1 Oil tops $100 as Russia attacks Ukraine
2 KSE-100 plunges over 1,300 points
3 Qureshi, Wang Yi discuss Afghanistan in telephone call
4 Pakistani students in Ukraine told to stay indoors

Follow Dawn on WhatsApp | Get the Dawn app

Copyright © 2022, Dawn"""))
