# Long pages (2,500-4,500 characters), h59-01 .. h59-12
A = []

A.append(dict(id="h59-01", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3241788/xi-and-biden-agree-restore-military-links-woodside-summit",
published_at="2023-11-16", body="""Subscribe | Sign in | Get the SCMP app

HANG SENG 17,832.99 ▲ +436.13 (+2.51%) | SSE COMPOSITE 3,072.83 ▲ +16.48 | USD/CNY 7.2687 ▼ -0.0105

China / Diplomacy

Xi and Biden agree to restore military links and curb fentanyl after four hours at Woodside

US president calls the talks 'some of the most constructive' the two have held; Chinese leader tells his host that 'planet Earth is big enough' for both countries to succeed

Mark Liang and Wendy Tsoi in San Francisco
Published: 9:41am, 16 Nov 2023 | Updated: 1:15pm, 16 Nov 2023

Chinese President Xi Jinping and US President Joe Biden agreed on Wednesday to reopen senior military channels and to work together against the flow of fentanyl, at their first face-to-face meeting in a year.

Biden received Xi at Filoli, a historic country estate in Woodside about 40km south of San Francisco, on the eve of the Asia-Pacific Economic Cooperation leaders' meeting that the United States is hosting this week. Talks and a working lunch ran to roughly four hours, after which the two men strolled through the estate's gardens before Xi's motorcade left.

"I think it's paramount that you and I understand each other clearly, leader to leader, with no misconceptions," Biden said as the meeting opened. Xi, according to the official Xinhua news agency, told his host that turning their backs on each other "is not an option" and that "planet Earth is big enough for the two countries to succeed".

The outcomes were modest but concrete. The two sides will resume defence policy coordination talks and conversations between theatre commanders, frozen since August last year. Beijing agreed to act against Chinese companies that export the precursor chemicals used to make fentanyl, and the governments will open a dialogue on the risks of artificial intelligence. Passenger flights between the countries are to increase further next year.

Taiwan remained the sharpest point of difference. Xi said Washington should stop arming the island and "support China's peaceful reunification", a Chinese readout said. Biden told reporters afterwards that US policy had not changed.

The warm tone was dented within hours. Asked at his news conference whether he still regarded Xi as a dictator, Biden replied: "Well, look, he is." Foreign ministry spokeswoman Mao Ning called the remark "extremely wrong" when asked about it in Beijing on Thursday.

Xi spent the evening at a dinner with American business executives organised by two US-China business associations, where he said China was ready to be "a partner and friend" of the United States.

The meeting at Filoli capped months of groundwork by cabinet officials on both sides, including summer visits to Beijing by Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo and talks in Washington between Foreign Minister Wang Yi and Biden's team last month.

Xi's schedule on Thursday includes talks with Japanese Prime Minister Fumio Kishida on the sidelines of the Apec meeting, their first in a year, with Japan's release of treated water from the Fukushima plant and the detention of a Japanese pharmaceutical executive in Beijing expected to come up.

Biden, for his part, is due to meet Mexican President Andres Manuel Lopez Obrador on Friday, the White House said, with migration and fentanyl trafficking on the agenda.

Analysts cautioned against reading too much into the atmosphere. "This is a floor, not a reset," said a Beijing-based international relations scholar. "Both leaders needed a calm year ahead of elections in Taiwan and the United States."

Photo: Chinese President Xi Jinping and US President Joe Biden walk in the gardens of the Filoli estate in Woodside, California, on Wednesday. Photo: Reuters

More on this:
Marcos says he raised South China Sea in 'brief chat' with Xi at Apec dinner
Hong Kong stocks post best day in weeks as summit eases nerves
Opinion | What Woodside can and cannot fix

Topics: US-China relations | Xi Jinping | Joe Biden | Apec

Share: Facebook | X | LinkedIn | WhatsApp | Copy link

Conversation 128 comments"""))

A.append(dict(id="h59-02", source="hindustantimes.com",
url="https://www.hindustantimes.com/world-news/us-news/modi-biden-hold-talks-at-white-house-jet-engine-chip-deals-101687480000000.html",
published_at="2023-06-23", body="""Subscribe to HT Premium | Download the HT App | E-Paper

Sensex 62,979.37 ▼ -259.52 | Nifty 18,665.50 ▼ -105.75 | Gold (10g) ₹59,210 | USD/INR 82.03

World News / US News

Jet engines, chips and a space pact: Modi, Biden open 'new chapter' at White House

Prime Minister Narendra Modi, on his first state visit to the US, held talks with President Joe Biden in the Oval Office before addressing a joint meeting of Congress

By Anirudh Mehra, Washington
Updated on Jun 23, 2023 07:12 AM IST

PM Narendra Modi and US President Joe Biden during the ceremonial welcome on the South Lawn of the White House on Thursday. (ANI Photo)

US President Joe Biden on Thursday welcomed Prime Minister Narendra Modi to the White House with full ceremonial honours, and the two leaders announced a slate of defence, technology and space agreements that officials on both sides described as the most ambitious in the history of the relationship.

Thousands of members of the Indian-American community gathered on the South Lawn for the arrival ceremony, and Biden and first lady Jill Biden received the prime minister at the South Portico before the leaders moved into the Oval Office, first one-on-one and then with their delegations.

The centrepiece is an agreement between GE Aerospace and Hindustan Aeronautics Limited to jointly produce F414 jet engines in India for the indigenous Light Combat Aircraft Mk2, which will involve an unprecedented transfer of technology. India will also buy armed MQ-9B SeaGuardian drones, and chipmaker Micron confirmed an investment of up to $825 million in an assembly and test facility in Gujarat.

India signed the Artemis Accords on civil space exploration, and NASA will train Indian astronauts for a joint mission to the International Space Station next year. The US will open consulates in Bengaluru and Ahmedabad, while India will open one in Seattle.

"Today's discussions and the agreements we reached have added a new chapter to our comprehensive global strategic partnership," Modi said at a joint news conference, his first in Washington. Biden called the relationship "one of the most defining of the 21st century".

Asked by a US reporter about the treatment of religious minorities in India, Modi said democracy was "in our DNA" and that there was "no space for discrimination" in his government.

In the evening the prime minister addressed a joint meeting of the US Congress for the second time, seven years after his first address in 2016, before a state dinner with a plant-based menu that featured millets.

On Friday, Modi is scheduled to attend a lunch hosted by Vice President Kamala Harris and Secretary of State Antony Blinken at the State Department and meet heads of American technology companies.

From Washington, he will fly to Cairo on Saturday for a two-day state visit to Egypt at the invitation of President Abdel Fattah el-Sisi, who was chief guest at this year's Republic Day parade. It will be the first bilateral visit to Egypt by an Indian prime minister in 26 years.

The US visit began in New York on Wednesday, where Modi led a yoga session on the lawn of the UN headquarters and met Tesla chief executive Elon Musk, who said he planned to visit India next year.

Also Read
PM Modi gifts Jill Biden a lab-grown diamond
From May: Albanese hosts Modi at Sydney stadium event, calls him 'the boss'
Watch: Modi's full address to the US Congress

Get Latest World News along with Latest News from India at Hindustan Times.

Topics: Narendra Modi | Joe Biden | India-US ties | GE engine deal

Share via: WhatsApp | Facebook | X"""))

A.append(dict(id="h59-03", source="dw.com",
url="https://www.dw.com/en/olaf-scholz-meets-xi-jinping-in-beijing-amid-criticism-at-home/a-63643000",
published_at="2022-11-04", body="""DW | Top stories | Germany | World | Business | Science | Culture | Live TV

We use cookies to improve our service for you. You can find more information in our data protection declaration. | OK

Politics | China

Olaf Scholz meets Xi Jinping in Beijing amid criticism at home

German Chancellor Olaf Scholz has become the first G7 leader to visit China since the start of the pandemic. He urged Xi to use his influence on Moscow, and both leaders spoke out against the threat of nuclear weapons in Ukraine.

Date 04.11.2022
Author Lena Hartwig (with Reuters, dpa, AFP)

German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in the Great Hall of the People in Beijing on Friday, on a one-day trip that had drawn criticism in Berlin and from Germany's allies.

Scholz, the first Western head of government to travel to China since Xi secured a third term as Communist Party leader last month, was accompanied by a dozen chief executives, among them the heads of Volkswagen, BASF, Siemens and Deutsche Bank. The delegation spent about 11 hours on the ground and underwent PCR tests on the tarmac under China's COVID rules.

According to Chinese state broadcaster CCTV, Xi said the two countries should "jointly oppose the use of, or threat to use, nuclear weapons" and called for conditions to be created for talks between Russia and Ukraine. Scholz told reporters afterwards that he had urged Beijing to use its influence on Moscow. "It is important that China is also putting its weight behind this," he said.

The chancellor later met outgoing Premier Li Keqiang. At a joint appearance, Li said China and Germany were partners rather than rivals, and Scholz announced that Beijing had agreed to allow German-made BioNTech vaccines to be given to foreign nationals in China.

The trip has been shadowed by a dispute over Chinese shipping company COSCO's purchase of a stake in a container terminal in Hamburg, which the cabinet allowed only after it was cut to below 25%. Scholz's coalition partners, the Greens and the Free Democrats, had urged him to take a firmer line on trade dependence and human rights, and Foreign Minister Annalena Baerbock said Germany had to avoid repeating the mistakes it made with Russian gas.

Scholz, writing in a newspaper article before his departure, said Germany did not want to decouple from China but would "not ignore" Beijing's growing assertiveness.

Beijing rolled out the red carpet for what it sees as a chance to keep Europe's largest economy from following Washington's harder line. Scholz is the latest in a stream of visitors to Beijing since the party congress, after Vietnam's Communist Party chief Nguyen Phu Trong and Pakistani Prime Minister Shehbaz Sharif earlier this week.

The chancellor will return to Asia later this month, with stops in Vietnam and Singapore before the G20 summit in Bali, Indonesia, where US President Joe Biden and Xi are also expected to meet.

China is Germany's largest trading partner, with trade in goods worth about €245 billion last year.

Related content
Opinion: Scholz's trip sends the wrong signal
Baerbock in Kazakhstan and Uzbekistan: Berlin looks to Central Asia
Hamburg port deal: What's at stake

Keywords: Olaf Scholz | Xi Jinping | China | Germany | COSCO | Li Keqiang

Send | Facebook | Twitter | Email | Print | Permalink https://p.dw.com/p/4J4Xz"""))

A.append(dict(id="h59-04", source="theguardian.com",
url="https://www.theguardian.com/world/2022/dec/22/zelenskiy-congress-address-biden-white-house-patriot",
published_at="2022-12-22", body="""The Guardian | Support the Guardian | Available for everyone, funded by readers | Contribute → | Subscribe →

News | Opinion | Sport | Culture | Lifestyle

Ukraine | This article is more than 1 year old

Zelenskiy tells Congress US aid is 'investment' as Biden pledges Patriot system

Ukrainian president makes first trip abroad since Russia's invasion; he stopped in Poland on his way home to meet Andrzej Duda

Daniel Okafor in Washington and Marta Lisowska in Kyiv
Thu 22 Dec 2022 14.20 GMT | First published on Thu 22 Dec 2022 05.41 GMT

Volodymyr Zelenskiy has told the US Congress that American money for Ukraine is "not charity" but "an investment in global security and democracy", at the end of a whirlwind visit to Washington that was his first trip outside his country since Russia launched its full-scale invasion in February.

The Ukrainian president, wearing his trademark olive-green sweatshirt, was welcomed by Joe Biden at the South Portico of the White House on Wednesday afternoon. After talks in the Oval Office, Biden announced a further $1.85bn (£1.5bn) in military assistance, including for the first time a Patriot air defence battery.

"It's an honour to be by your side, united in defence against this brutal war," Biden said at a joint press conference in the East Room. "You will never stand alone." Zelenskiy, who had travelled overnight by train to Poland and then flown to Washington on an American military aircraft, thanked "ordinary Americans" for their support.

In the evening he addressed a joint meeting of Congress, comparing the Ukrainian defence of Bakhmut to the US army's stand at the Battle of the Bulge. He handed the House speaker, Nancy Pelosi, and the vice-president, Kamala Harris, a battle flag signed by soldiers on the frontline, and received a US flag that had flown over the Capitol that day.

Planning for the trip was kept secret until hours before he landed. Officials said the invitation had been extended during a phone call between the two leaders on 11 December and confirmed by Zelenskiy on Sunday.

On his way home, Zelenskiy stopped in Poland on Thursday morning and met President Andrzej Duda, the Polish president's office said, to discuss the results of the Washington talks and Poland's role as the main transit hub for western weapons.

The Kremlin said the visit showed Washington was waging a "proxy war" against Russia. Spokesperson Dmitry Peskov said the supply of Patriot systems would not help resolve the conflict and that there were "no prospects" for talks at present.

Republican critics of the aid were muted in the chamber, though several members stayed in their seats during standing ovations. Congress is expected to pass a spending bill this week that includes about $45bn in further support for Ukraine.

Back in Ukraine, Russian strikes on energy infrastructure continued to leave millions without power. In Kherson, regional officials said shelling had killed two people on Wednesday.

Photograph: Joe Biden greets Volodymyr Zelenskiy at the White House on Wednesday. Photograph: Reuters

Most viewed
Putin and Lukashenko hold talks in Minsk amid fears of new offensive from Belarus
Russia-Ukraine war at a glance: what we know on day 302
Heatwave? No, the UK's cold snap explained

I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian's journalism. Support the Guardian from as little as £1.

Topics: Ukraine | Volodymyr Zelenskiy | Joe Biden | US Congress | Poland

Share | Reuse this content"""))

A.append(dict(id="h59-05", source="rfi.fr",
url="https://www.rfi.fr/en/france/20230714-indian-troops-march-down-champs-elysees-as-modi-joins-macron-for-bastille-day",
published_at="2023-07-14", body="""RFI | Listen | Live | Podcasts | Languages

Newsletter: receive all international news directly in your mailbox | Subscribe

France

Indian troops lead Bastille Day parade as Modi joins Macron in Paris

Issued on: 14/07/2023 - 13:55 | Modified: 14/07/2023 - 18:02

French President Emmanuel Macron and Indian Prime Minister Narendra Modi watch the Bastille Day military parade on the Champs-Elysées in Paris, 14 July 2023. © AFP

Text by: RFI with AFP

Indian soldiers, sailors and airmen opened France's national day parade in Paris on Friday, with Prime Minister Narendra Modi watching alongside President Emmanuel Macron as guest of honour at a celebration marking 25 years of the strategic partnership between the two countries.

A contingent of more than 240 Indian service members marched down the Champs-Elysées behind the band of the Punjab Regiment, and three Indian Air Force Rafale jets flew overhead with French aircraft in the traditional flypast.

Modi arrived in Paris on Thursday and met Prime Minister Elisabeth Borne and Senate president Gérard Larcher before addressing a crowd of members of the Indian diaspora at La Seine Musicale, west of the capital. Macron hosted him for a private dinner at the Elysée Palace on Thursday evening and presented him with the Grand Cross of the Legion of Honour, France's highest distinction.

The two leaders held formal talks after the parade on Friday and adopted a roadmap, dubbed "Horizon 2047", that sets out goals for the partnership through the centenary of Indian independence. On the eve of the visit, India's defence procurement council gave initial approval to buying 26 Rafale Marine fighters for its navy and three more Scorpene-class submarines, though officials cautioned that price negotiations would take time.

Engine-maker Safran and India's defence research agency will also work on a new engine for a future Indian combat aircraft, and India's UPI digital payments system is to be accepted at the Eiffel Tower.

"India is a giant in the history of the world, which will have a decisive role in our future," Macron wrote on social media as the parade got under way.

The visit was not without controversy. Human rights groups criticised the invitation in light of the government's record on minorities, and the European Parliament on Thursday adopted a resolution on deadly ethnic violence in India's Manipur state, which New Delhi rejected as interference.

Macron will host Modi at a banquet at the Louvre museum on Friday evening, with some 200 guests. The prime minister leaves on Saturday for Abu Dhabi for talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan on energy and trading in local currencies.

France is India's second-largest arms supplier after Russia, and the two countries have cooperated closely on nuclear energy and space for decades.

Read also
Macron to become first French president to visit Vanuatu and Papua New Guinea
Night of unrest: more than 200 arrests on the eve of July 14
India's Chandrayaan-3 lifts off for the Moon

Tags: France | India | Emmanuel Macron | Narendra Modi | Defence

Share on: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h59-06", source="timesofisrael.com",
url="https://www.timesofisrael.com/biden-in-israel-hospital-blast-appears-done-by-other-team-us-to-send-100m-to-gaza/",
published_at="2023-10-18", body="""The Times of Israel | Liveblog | Israel at War | Jewish Times | Opinion | Podcasts | Newsletter

By using this site you agree to our use of cookies. | I agree

ISRAEL AT WAR - DAY 12

Biden, in Israel, says hospital blast appears 'done by the other team'; Sissi agrees to open Rafah to aid

US president warns against being 'consumed' by rage, pledges $100 million in humanitarian aid for Gaza and the West Bank; planned summit in Amman called off

By Tal Shaked and ToI Staff
18 October 2023, 10:32 pm

US President Joe Biden landed at Ben Gurion Airport on Wednesday morning on a wartime solidarity visit to Israel, where he was greeted at the foot of the steps of Air Force One by Prime Minister Benjamin Netanyahu and President Isaac Herzog.

Biden sat down with Netanyahu at a hotel in Tel Aviv and then with the war cabinet, telling them that, based on what he had seen, the deadly explosion at Gaza City's al-Ahli hospital the previous night appeared to have been "done by the other team, not you". The Pentagon later said US intelligence assessed that Israel was not responsible.

In a speech later in the day, Biden said the Hamas massacre of October 7 had been like "fifteen 9/11s" for a country the size of Israel, but cautioned that Americans had made mistakes after September 11 and urged Israel not to be "consumed" by rage. He announced $100 million in US humanitarian assistance for Palestinians in Gaza and the West Bank.

The president had been due to fly on to Amman for a four-way summit with Jordan's King Abdullah II, Egyptian President Abdel Fattah el-Sissi and Palestinian Authority President Mahmoud Abbas. Jordan called off the meeting on Tuesday night after the hospital blast, and Abbas, who had already travelled to the Jordanian capital, returned to Ramallah.

Speaking to reporters on Air Force One on the way home, Biden said he had spoken by phone with Sissi, who agreed to allow up to 20 trucks of humanitarian aid into Gaza through the Rafah crossing once the road is repaired. Biden said Israel had agreed the aid could pass as long as it did not reach Hamas.

Biden is the second Western leader to come to Israel this week. German Chancellor Olaf Scholz visited on Tuesday and flew on to Cairo. British Prime Minister Rishi Sunak will travel to Israel on Thursday, Downing Street said on Wednesday evening, for talks with Netanyahu and Herzog.

Families of some of the roughly 200 hostages held in Gaza met Biden in Tel Aviv, as did first responders from communities attacked on October 7.

In the north, the IDF said it had struck Hezbollah positions after anti-tank missiles were fired at an Israeli community near the border. Rocket sirens sounded in Tel Aviv shortly before the president's arrival.

Photo caption: US President Joe Biden is greeted by Prime Minister Benjamin Netanyahu after landing at Ben Gurion Airport, October 18, 2023. (Miriam Alster/Flash90)

Read more:
Liveblog: Northern communities brace as Hezbollah fire intensifies
Analysis: What Biden's bear hug means for Netanyahu
In first, IDF releases names of 306 fallen soldiers

You're a dedicated reader. That's why we started the Times of Israel ten years ago. Join our community

Comments (212)"""))

A.append(dict(id="h59-07", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/03/22/national/politics-diplomacy/kishida-kyiv-visit/",
published_at="2023-03-22", body="""The Japan Times | Subscribe | Log in | JT Digital

NIKKEI 225 27,466.61 ▲ +520.94 | TOPIX 1,962.50 ▲ +24.69 | USD/JPY 132.47

NATIONAL / POLITICS & DIPLOMACY

Kishida makes surprise Kyiv trip as Xi holds talks with Putin in Moscow

By Kenta Morishita, Staff writer, and Kyodo
Mar 22, 2023

Prime Minister Fumio Kishida and Ukrainian President Volodymyr Zelenskyy shake hands in Kyiv on Tuesday. | Ukrainian Presidential Press Service / via Reuters

Prime Minister Fumio Kishida paid an unannounced visit to Kyiv on Tuesday and held talks with President Volodymyr Zelenskyy, becoming the first postwar Japanese leader to enter a country where fighting is under way, on the same day Chinese leader Xi Jinping met Russian President Vladimir Putin at the Kremlin.

Kishida had been in New Delhi on Monday, where he held talks with Prime Minister Narendra Modi and delivered a speech on Japan's plan for a free and open Indo-Pacific. Instead of flying home as scheduled, he left secretly on a chartered aircraft for Poland, then crossed into Ukraine by train.

In Kyiv, he laid flowers at a memorial wall for fallen soldiers and visited Bucha, the town outside the capital where Russian troops are accused of killing civilians. "I'm filled with anger at the atrocities," Kishida told reporters there.

At the Mariinskyi Palace, the two leaders agreed to raise their bilateral relationship to a "special global partnership". Kishida pledged $30 million in nonlethal equipment through a NATO trust fund and $470 million in additional aid for the energy sector, and invited Zelenskyy to take part online in the Group of Seven summit that Japan hosts in Hiroshima in May.

Kishida, who holds the G7 presidency this year, was the only leader of the group who had not yet visited Ukraine. Government officials had said a trip was difficult because of security concerns and the need to keep it secret from the Diet.

Some 800 kilometers to the east, Xi and Putin held formal talks in the Kremlin on Tuesday after a long informal dinner the previous evening. The two leaders signed statements on deepening their partnership and on economic cooperation through 2030. Putin said he had studied China's 12-point paper on Ukraine and that many of its provisions could be "taken as the basis" for a settlement, while accusing Kyiv and the West of not being ready.

Chief Cabinet Secretary Hirokazu Matsuno said the timing of Kishida's visit had not been chosen to coincide with Xi's state visit to Moscow. Asked whether Xi might speak to Zelenskyy after leaving Russia, as some reports suggested, a Foreign Ministry official said Tokyo would be "watching closely".

Kishida is set to travel to Warsaw on Wednesday for talks with Polish Prime Minister Mateusz Morawiecki before returning to Tokyo on Thursday.

Opposition parties said they would support the trip but called for a report to the Diet. The Constitutional Democratic Party said the government should explain how the decision was made.

Related
Editorial: Kishida's Kyiv visit was overdue
Bank of Japan keeps yield curve control unchanged
Yen weakens as investors weigh bank turmoil

KEYWORDS: Fumio Kishida, Ukraine, Volodymyr Zelenskyy, Xi Jinping, Vladimir Putin, Diplomacy

Share | Copy link | Print

Subscribe to The Japan Times newsletter"""))

A.append(dict(id="h59-08", source="cbc.ca",
url="https://www.cbc.ca/news/politics/trudeau-mexico-city-north-american-leaders-summit-1.6709999",
published_at="2023-01-10", body="""CBC | Menu | Search | Sign In | Listen Live

Politics

Trudeau lands in Mexico City for North American summit as Biden, López Obrador hold talks

Leaders face pressure on migration, fentanyl and the crisis in Haiti

Madeleine Carrier · CBC News · Posted: Jan 10, 2023 4:00 AM ET | Last Updated: January 10, 2023

Prime Minister Justin Trudeau and his wife Sophie Grégoire Trudeau arrive at Felipe Ángeles International Airport in Mexico on Monday. (Sean Kilpatrick/The Canadian Press)

Prime Minister Justin Trudeau arrived in Mexico City on Monday evening for the North American Leaders' Summit, a meeting of the three heads of government that Canada hopes will produce progress on Haiti, clean energy and supply chains.

On Tuesday, Trudeau is to hold a bilateral meeting with Mexican President Andrés Manuel López Obrador at the National Palace and to sit down separately with U.S. President Joe Biden, before the three leaders meet together in the afternoon. It is the first such summit since Biden hosted the group in Washington in November 2021.

Biden and López Obrador held their own talks on Monday. The Mexican president, who rode with Biden in the U.S. presidential limousine from the airport on Sunday night, opened the meeting by urging his guest to end what he called "abandonment, disdain and neglect" of Latin America by Washington. Biden replied that the United States spends billions of dollars in the region every year.

Migration dominated the U.S.-Mexico talks. Biden had stopped in El Paso, Texas, on his way south to see the border for the first time as president, days after announcing that Mexico would take back up to 30,000 migrants a month from Cuba, Haiti, Nicaragua and Venezuela.

For Canada, the agenda includes American "Buy American" provisions for electric vehicles, disputes under the North American free trade pact over dairy and Mexico's energy policy, and Washington's wish for Canada to lead a multinational security force in Haiti, which Ottawa has so far resisted.

Officials said the three leaders would also discuss the weekend storming of Brazil's Congress, Supreme Court and presidential palace by supporters of former president Jair Bolsonaro. In a joint statement on Monday, they condemned the attacks. Biden spoke with Brazilian President Luiz Inácio Lula da Silva by phone on Monday, the White House said, and invited him to Washington in early February.

Trudeau told reporters before leaving Ottawa that the three countries had "an extraordinary opportunity" to grow together, and that he would raise the fentanyl crisis, which has claimed lives on both sides of the border.

The last bilateral visit by a Canadian prime minister to Mexico was in 2016. Trudeau and López Obrador have spoken regularly by phone since, most recently last month.

Related Stories
Canada to send armoured vehicles to Haiti police
Analysis: Why Haiti is the hardest file on the table
What is the North American Leaders' Summit?

Corrections and clarifications | Submit a news tip | Report error

Audience relations, CBC P.O. Box 500 Station A, Toronto"""))

A.append(dict(id="h59-09", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/albanese-meets-xi-jinping-beijing/103067000",
published_at="2023-11-06", body="""ABC News | Just In | For You | Politics | World | Business | Analysis | Sport

Anthony Albanese meets Xi Jinping in Beijing, says the relationship is moving in a 'positive direction'

By China correspondent Erin Holloway and political reporter Tom Ashdown in Beijing
Posted Mon 6 Nov 2023 at 5:47pm, updated Mon 6 Nov 2023 at 9:12pm

Anthony Albanese and Xi Jinping shake hands in the Great Hall of the People. (AAP: Lukas Coch)

Help keep family & friends informed by sharing this article

Prime Minister Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People in Beijing, in the first visit to China by an Australian leader in seven years.

The meeting on Monday afternoon ran longer than scheduled, and both leaders spoke warmly about the turnaround in relations since trade sanctions and a diplomatic freeze hit a low point in 2020.

"The China-Australia relationship has embarked on the right path of improvement, development and growth," Mr Xi said in opening remarks, adding that the two countries had "no fundamental conflict of interest".

Mr Albanese said Australia would "cooperate where we can, disagree where we must", and told reporters he had raised the case of Australian writer Yang Hengjun, who remains detained in Beijing, as well as Australia's concerns about the region. Australian journalist Cheng Lei was released last month after more than three years in detention.

China lifted its duties on Australian barley in August and is reviewing those on wine, but restrictions on lobster and some beef exports remain in place.

The visit marks 50 years since Gough Whitlam became the first Australian prime minister to travel to the People's Republic. On Tuesday morning, Mr Albanese will walk through the Temple of Heaven, where Mr Whitlam was photographed in 1973, before the annual leaders' meeting with Premier Li Qiang. Officials said he would invite Mr Li to visit Australia next year.

Mr Albanese began the trip in Shanghai on Sunday, where he addressed the China International Import Expo and met Shanghai party secretary Chen Jining. Trade Minister Don Farrell and a business delegation are travelling with him.

After Beijing, he will fly to the Cook Islands for the Pacific Islands Forum leaders' meeting in Rarotonga.

The China visit comes less than two weeks after Mr Albanese was hosted by US President Joe Biden for an official visit and state dinner in Washington, where the two leaders discussed the AUKUS submarine program.

The Opposition said the Prime Minister should have secured the release of Dr Yang before travelling. "You don't reward bad behaviour," foreign affairs spokesman Simon Birmingham said.

Posted 6 Nov 2023, updated

Related Stories
What did Australia get out of the Beijing trip?
Albanese to recreate Whitlam's famous Temple of Heaven photo
Wine tariffs review could take five months, Trade Minister says

Topics: government-and-politics, foreign-affairs, trade, china, australia

Share | Copy link | Facebook | X (formerly Twitter)

ABC News homepage | Top Stories"""))

A.append(dict(id="h59-10", source="iol.co.za",
url="https://www.iol.co.za/news/politics/ramaphosa-hosts-xi-on-state-visit-as-brics-leaders-arrive-in-johannesburg-1234567",
published_at="2023-08-22", body="""IOL | News | Business | Sport | Entertainment | Lifestyle | Motoring | Property

JSE ALL SHARE 74,513 ▲ +0.6% | USD/ZAR 18.82 ▼ -0.4% | BRENT $84.39 | GOLD $1,897

Politics

Ramaphosa hosts Xi on state visit as BRICS leaders arrive for Johannesburg summit

By Sipho Mkhize, Political Reporter
Published 4h ago

President Cyril Ramaphosa and Chinese President Xi Jinping inspect the guard of honour at the Union Buildings in Pretoria on Tuesday. Picture: GCIS

President Cyril Ramaphosa welcomed Chinese President Xi Jinping at the Union Buildings in Pretoria on Tuesday for a state visit, on the eve of the 15th BRICS summit, the first to be held in person since the pandemic.

The two heads of state held talks and presided over the signing of a raft of agreements covering energy, infrastructure, trade and investment, including Chinese support for Eskom's troubled power grid and for emergency generation. Ramaphosa awarded Xi the Order of South Africa in gold, the country's highest honour for foreign nationals.

"China is a friend who has stood with us," Ramaphosa said. Xi, on his fourth visit to South Africa as president, said the two countries were "comrades and brothers" and should deepen their strategic partnership.

Xi arrived at OR Tambo International Airport on Monday evening. In an unexplained change of plan, he did not attend the BRICS Business Forum in Sandton on Tuesday afternoon, where his speech was read by Commerce Minister Wang Wentao.

Indian Prime Minister Narendra Modi landed at Waterkloof Air Force Base on Tuesday afternoon and was received by Deputy President Paul Mashatile. Modi is expected to hold bilateral talks with Ramaphosa on the margins of the summit. Brazil's President Luiz Inácio Lula da Silva also arrived on Tuesday.

Russian President Vladimir Putin will take part in the summit by video link, after South Africa and Moscow agreed he would not travel because of the International Criminal Court arrest warrant against him. Foreign Minister Sergei Lavrov is leading the Russian delegation in person.

Asked whether Modi and Xi, whose countries have been locked in a military standoff along their Himalayan border since 2020, would meet in Johannesburg, India's foreign secretary Vinay Kwatra said the prime minister's bilateral schedule was "still being worked out".

From Johannesburg, Modi will travel to Athens on Friday for a day-long visit to Greece, the first by an Indian prime minister in 40 years.

Expansion of the bloc is expected to dominate the summit agenda, with more than 20 countries having formally applied to join. Officials were still negotiating criteria late on Tuesday.

Related
Load shedding: Eskom to implement stage 2 tonight
DA says BRICS summit 'a platform for Putin'
Sandton roads closed: full list of BRICS traffic restrictions

Get your news on the go, download the IOL App on Google Play and the App Store.

Share this article: Facebook | Twitter | WhatsApp | Email

Comments (37)"""))

A.append(dict(id="h59-11", source="arabnews.com",
url="https://www.arabnews.com/node/2211876/saudi-arabia",
published_at="2022-12-08", body="""Arab News | Saudi Arabia | Middle East | World | Business | Opinion | Sport | Lifestyle

TASI 10,280.11 ▼ -0.47% | BRENT $77.17 | WTI $72.01 | USD/SAR 3.7570

Saudi Arabia

King Salman, Xi sign comprehensive strategic partnership as Chinese president begins state visit

Crown prince holds talks with Chinese leader at Al-Yamamah Palace; more than 30 investment deals signed

ARAB NEWS
Published: 08 December 2022 21:40 | Updated: 08 December 2022 23:15

RIYADH: King Salman and Chinese President Xi Jinping on Thursday signed a comprehensive strategic partnership agreement between the Kingdom and China, on the first day of the Chinese leader's state visit.

Xi was formally welcomed at Al-Yamamah Palace in Riyadh by Crown Prince and Prime Minister Mohammed bin Salman, who then held official talks with him in the presence of both delegations, the Saudi Press Agency reported.

The two sides reviewed the bilateral relationship and ways to align Saudi Vision 2030 with China's Belt and Road Initiative, and agreed to hold a summit between the two countries' leaders every two years, alternating between the capitals.

Earlier, a Saudi-Chinese business forum saw the signing of more than 30 investment agreements in fields including green hydrogen, information technology, cloud services, transport and construction. A memorandum with Huawei on cloud computing was among them.

Xi arrived on Wednesday evening and was received at King Khalid International Airport by Riyadh Governor Prince Faisal bin Bandar, Foreign Minister Prince Faisal bin Farhan and other officials. Jets of the Royal Saudi Air Force escorted his plane as it entered the Kingdom's airspace.

On Friday, Xi will take part in the first China-Arab States Summit and a China-GCC summit in Riyadh. Leaders began arriving in the capital on Thursday, among them Kuwait's Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah and Iraqi Prime Minister Mohammed Shia Al-Sudani.

Chinese foreign ministry spokeswoman Mao Ning said Xi would hold bilateral meetings with several leaders attending the summits. Egypt's presidency said President Abdel Fattah El-Sisi would meet Xi in Riyadh on Friday.

The visit comes five months after US President Joe Biden traveled to Jeddah, when he met the crown prince at a time of tension over oil production. In Washington, National Security Council spokesman John Kirby said the US was "mindful of the influence China is trying to grow around the world".

Saudi officials have said the Kingdom does not choose between partners. "We will continue to work with everyone," Energy Minister Prince Abdulaziz bin Salman told a forum this week.

China is the Kingdom's largest trading partner and its largest buyer of crude oil.

Most popular
Riyadh Season draws record visitors
Saudi Arabia's economy to grow 8.5% this year: ministry
Green Riyadh project plants one millionth tree

Share: Facebook | Twitter | WhatsApp | LinkedIn | Email

Topics: Xi Jinping | King Salman | Crown Prince Mohammed bin Salman | China | Saudi Arabia"""))

A.append(dict(id="h59-12", source="timesca.com",
url="https://timesca.com/xi-makes-kazakhstan-first-stop-on-first-trip-abroad-since-the-pandemic/",
published_at="2022-09-14", body="""The Times of Central Asia | Kazakhstan | Kyrgyzstan | Tajikistan | Turkmenistan | Uzbekistan | Afghanistan

USD/KZT 474.36 | USD/UZS 10,981 | USD/KGS 80.75 | BRENT $93.17

Subscribe to our newsletter | Support independent reporting from Central Asia - donate

Xi makes Kazakhstan first stop on first trip abroad since the pandemic

By Aigerim Sadykova | 14 September 2022

Chinese President Xi Jinping arrived in Nur-Sultan on Wednesday for a state visit to Kazakhstan, his first trip outside China since January 2020, and was greeted at the airport by President Kassym-Jomart Tokayev.

The two leaders held talks at the Akorda presidential palace, where Tokayev presented Xi with the Order of the Golden Eagle, Kazakhstan's highest award. They signed a joint statement and witnessed the signing of agreements on trade, transport and water management, including plans for a new railway border crossing.

In remarks carried by Chinese state media, Xi said that "no matter how the international situation changes", China would "continue to firmly support Kazakhstan in defending its independence, sovereignty and territorial integrity". The phrase was read closely in the region, where Russia's war in Ukraine has stirred unease about Moscow's intentions.

Xi's choice of Kazakhstan for his return to foreign travel was symbolic: it was in the Kazakh capital in 2013 that he first announced the Silk Road Economic Belt, which grew into the Belt and Road Initiative.

Pope Francis was also in the capital this week for the Congress of Leaders of World and Traditional Religions, and met Tokayev on Tuesday. The Vatican said no meeting between the pope and Xi was planned.

Later on Wednesday, Xi heads to Samarkand for a state visit to Uzbekistan at the invitation of President Shavkat Mirziyoyev, followed by the summit of the Shanghai Cooperation Organisation on Thursday and Friday.

Russian President Vladimir Putin will meet Xi in Samarkand on Thursday, Kremlin aide Yuri Ushakov told reporters in Moscow. It will be their first in-person meeting since February, when Putin travelled to Beijing for the opening of the Winter Olympics, weeks before Russian troops entered Ukraine. Ushakov said Putin would also hold talks with his host, Mirziyoyev, and a series of other leaders during the summit.

Trade between China and Kazakhstan reached a record of around $25 billion last year. China is the largest investor in the country's energy sector after Western oil majors.

Read also:
Tokayev proposes returning capital's name to Astana
Kyrgyz and Tajik border guards exchange fire in Batken region
Uzbekistan prepares Samarkand for SCO summit

Tags: China, Kazakhstan, Xi Jinping, Tokayev, SCO, Samarkand

Share: Facebook | Telegram | WhatsApp | X

0 comments"""))
