# Long pages (2,500-4,500 characters), h46-01 .. h46-12
A = []

A.append(dict(id="h46-01", source="thehindu.com",
url="https://www.thehindu.com/news/international/analysis-modi-warsaw-kyiv-balancing-act/article68551204.ece",
published_at="2024-08-21", body="""Subscribe | e-Paper | Sign in

SENSEX 80,905.30 ▲ 102.44 | NIFTY 24,770.20 ▲ 71.35 | USD/INR 83.89 ▼ 0.03 | GOLD 72,410

INTERNATIONAL | ANALYSIS

After 45 years, an Indian Prime Minister in Warsaw, and an overnight train to Kyiv to follow

The two-nation trip is being read as an effort to rebalance after the July visit to Moscow

Anirban Mehta
NEW DELHI
August 21, 2024 22:14 IST

Prime Minister Narendra Modi at the Warsaw Chopin Airport on Wednesday. Photo: PTI

Prime Minister Narendra Modi landed in Warsaw on Wednesday evening, the first time an Indian head of government has set foot in Poland since Morarji Desai went there in 1979. On Thursday he holds delegation-level talks with Prime Minister Donald Tusk and calls on President Andrzej Duda, and he is also due to lay a wreath at the memorial to the Jam Saheb of Nawanagar, who sheltered Polish children during the Second World War.

The part of the itinerary that has drawn the most attention, however, comes next. On Thursday night Mr. Modi boards a train at the border town of Przemysl for a ten-hour journey to Kyiv, where he will meet President Volodymyr Zelenskyy on Friday. No Indian Prime Minister has visited Ukraine since it became independent in 1991, and South Block officials describe the stop as a "landmark".

The timing invites comparison. Six weeks ago, Mr. Modi was in Moscow for his annual summit with President Vladimir Putin, and pictures of the two men embracing, on the same day a Russian missile hit a children's hospital in Kyiv, drew an unusually blunt reaction from Mr. Zelenskyy, who called it "a huge disappointment". Officials here insist the Warsaw-Kyiv trip was in the works well before that, and that India does not see its relations with Moscow and Kyiv as a zero-sum choice.

The two leaders are not strangers. They first met in person on the sidelines of the G7 summit in Hiroshima in May 2023, and again at the G7 outreach session in Apulia in June, shortly after Mr. Modi began his third term. They have also spoken on the phone several times since the war began.

Secretary (West) Tanmaya Lal told a briefing that India would be ready to "contribute in any way possible" to peace, but he was careful to add that any lasting settlement required "options acceptable to both parties". Asked whether the Prime Minister would be carrying a message from Moscow, he said the question did not arise.

Nor was there any clarity on whether Mr. Modi will return to Russia in October for the BRICS summit in Kazan. The Ministry of External Affairs said a decision would be taken "at the appropriate time".

For Poland, the visit is about more than symbolism. Bilateral trade has grown to about $6 billion, Polish firms are looking at Indian defence and mining projects, and Warsaw is keen to see Indian investment in its manufacturing belt. The two sides are expected to raise the relationship to a strategic partnership on Thursday, diplomats said.

Whether the journey changes anything on the ground in Ukraine is another matter. "The optics of being received in Kyiv a few weeks after Moscow are the point," said a former Indian ambassador to Poland. "Nobody expects Delhi to mediate. What it wants is to be seen as a country that both sides can talk to."

Related Stories
Jaishankar to travel to Riyadh for first India-GCC foreign ministers' meeting
Explained: Why the Jam Saheb is remembered in Poland
Opposition seeks clarity on Ukraine position

Topics: India-Poland relations / Narendra Modi / Ukraine / Russia

Share: Facebook | X | WhatsApp | LinkedIn | Copy link

Comments have to be in English, and in full sentences.

Printable version | Aug 21, 2024 10:14:52 pm"""))

A.append(dict(id="h46-02", source="brazilian.report",
url="https://brazilian.report/power/2024/11/20/xi-jinping-brasilia-state-visit-50-years/",
published_at="2024-11-20", body="""The Brazilian Report
Newsletter: Sign up for Daily Briefing, our morning roundup of Brazilian news

POWER & POLITICS

Fifty years on, Xi comes to Brasília with a bigger hand than Brazil

As China's leader is received at the Alvorada Palace, the relationship that began under a military dictatorship has become Brazil's most important, and its most lopsided

By Luísa Cardoso | Nov 20, 2024 | 9 min read

Chinese leader Xi Jinping and President Luiz Inácio Lula da Silva at the Alvorada Palace on Wednesday. Photo: Ricardo Stuckert/PR

When General Ernesto Geisel's government established relations with Beijing on August 15, 1974, Brazil sold China almost nothing. Half a century later, China buys more Brazilian soybeans, iron ore and oil than any other country, and on Wednesday morning President Luiz Inácio Lula da Silva welcomed Xi Jinping to the Alvorada Palace with military honors for a state visit meant to mark the anniversary.

Mr. Xi flew to the capital on Tuesday night at the end of the G20 summit in Rio de Janeiro. Officials say the two governments will sign close to 40 cooperation instruments before lunch, covering agriculture, satellites, mining, infrastructure and the digital economy.

The stand-alone visit is Mr. Xi's first to Brasília since July 2014, when he came on from the BRICS summit in Fortaleza; he was back in 2019 for another BRICS meeting hosted by Jair Bolsonaro, who had himself flown to Beijing that October despite having campaigned against Chinese "purchases of Brazil". Mr. Lula went to Beijing in April 2023, on his first big trip of the third term.

A week of summits

Mr. Xi arrives fresh from Lima, where he opened the Chancay megaport built by Cosco and held what is expected to be his last meeting with outgoing U.S. President Joe Biden on the margins of the APEC forum.

In Rio on Monday, Mr. Xi also sat down with British Prime Minister Keir Starmer, the first face-to-face meeting between the leaders of the two countries since 2018. Downing Street said Mr. Starmer raised the case of jailed Hong Kong activist Jimmy Lai. On Tuesday, Mr. Xi held talks with Argentina's Javier Milei, who as a candidate called Beijing's leaders "assassins" but has since described China as "a very interesting trade partner".

What Brazil wants

The biggest absence from the agenda is the Belt and Road Initiative. After months of debate inside the government, Brazil said last month it would not formally join, preferring to seek "synergies" between Chinese investment and its own programs. Diplomats in Itamaraty say this leaves room to work with both Beijing and Washington.

Brazil's trade surplus with China exceeded $50 billion last year, but almost all of it came from commodities. Industrial groups want Chinese automakers such as BYD, which is building a factory in Bahia, to source more parts locally.

"For Lula, the anniversary is a chance to show he can bring home investment without choosing sides," said Ana Tavares, a professor of international relations at the University of Brasília.

There is already talk of the next step. Officials in both capitals mention a possible return trip by Mr. Lula to Beijing next year, when China hosts a ministerial meeting with Latin American countries.

Read more
Lula's G20 ends with hunger alliance and a fight over wording on Ukraine
Milei's foreign minister meets Wang Yi in Rio
Haddad: fiscal package to be announced "in days"

Topics: China, Xi Jinping, Lula, Foreign Policy

This article is for subscribers. You have 2 free articles left this month. Subscribe

Share: X | LinkedIn | WhatsApp | Email"""))

A.append(dict(id="h46-03", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3241610/explainer-xi-biden-history-their-meetings-woodside-summit",
published_at="2023-11-15", body="""South China Morning Post

Get the SCMP app | Subscribe for full access

China / Diplomacy

Explainer | From Iowa to Bali to Woodside: a history of Xi Jinping's meetings with Joe Biden

Chinese President Xi Jinping landed in San Francisco on Tuesday afternoon, his first trip to the United States in six years. Here is how his long acquaintance with the US president got here

Harriet Kwan and Daniel Ho
Published: 6:00am, 15 Nov 2023

Xi Jinping arrives at San Francisco International Airport on Tuesday, where he was greeted by Treasury Secretary Janet Yellen. Photo: AFP

Xi Jinping touched down in San Francisco on Tuesday for a summit with US President Joe Biden on Wednesday at Filoli, a country estate in Woodside, about 40km south of the city, before the Apec leaders' meeting. It is his first visit to the United States since the April 2017 Mar-a-Lago summit with Donald Trump.

Few world leaders have spent as much time with each other as these two. Here is the record.

2011-2012: the vice-presidents

Biden, then vice-president, spent six days in China in August 2011, with his counterpart Xi as guide, including a trip to Chengdu. Xi returned the visit in February 2012, stopping in Muscatine, Iowa, where he had stayed as a provincial official in 1985. Biden came to Beijing again in December 2013, by which time Xi was president.

2015: state visit

Xi's state visit to Washington in September 2015, hosted by Barack Obama, produced an agreement on cyber theft. Biden greeted him at Andrews air base.

2021-2022: screens and phones

After Biden took office, the two spoke by phone in February and September 2021, held a virtual summit in November 2021 that ran to three and a half hours, and had further calls in March and July 2022, the second amid anger in Beijing over Nancy Pelosi's plan to visit Taiwan.

November 2022: Bali

Their first in-person meeting as presidents took place on the eve of the G20 summit in Bali, Indonesia. The two agreed to resume dialogue, but the thaw stalled in February when a Chinese balloon was shot down off South Carolina.

2023: the road to Woodside

A string of cabinet visits followed, and Foreign Minister Wang Yi's three days in Washington in late October sealed the arrangements for this week.

What to expect on Wednesday

US officials say the talks will aim to restore military-to-military communications and to reach an understanding on curbing the flow of fentanyl precursors, and they have played down expectations of a joint statement. Biden has said his goal is to get relations "back on a normal course".

Other meetings

Xi is not only here to see Biden. Mexican officials said on Tuesday that President Andres Manuel Lopez Obrador would sit down with Xi on Friday, and the Mexican leader is also scheduled to meet Biden in San Francisco that day. Japan's foreign ministry is still trying to arrange talks between Prime Minister Fumio Kishida and Xi, which would be their first since a meeting in Bangkok a year ago, but Beijing has not confirmed.

Xi held talks with Australian Prime Minister Anthony Albanese in Beijing earlier this month, and officials in Canberra are watching for any sign of a wider warming.

Read more:
China-US relations: military hotline back on the table
Biden says he will raise Taiwan, human rights with Xi
Apec 2023: what is on the agenda in San Francisco

Conversation (128)

Copyright © 2023 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h46-04", source="arabnews.com",
url="https://www.arabnews.com/node/2461271",
published_at="2024-02-15", body="""Arab News
Opinion

Download the Arab News app | Subscribe to our newsletter

Erdogan in Cairo: the end of a decade-long sulk

Deniz Kaymak

February 15, 2024 00:31

Short Url: https://arab.news/p8k2x

It took eleven years, a football match, an earthquake and a war to bring Recep Tayyip Erdogan back to Cairo. When the Turkish president stepped off his plane on Wednesday and was greeted at the airport by President Abdel Fattah El-Sisi in person, it closed one of the longest and most bitter quarrels in the region.

The last time Erdogan came to Egypt, in November 2012, he was prime minister and his host was Mohamed Morsi. After Morsi was ousted the following summer, Erdogan refused to recognize the new authorities, Ankara gave shelter to Muslim Brotherhood figures and television channels, and the two countries downgraded relations to charge d'affaires level. For years, Turkish and Egyptian officials stood on opposite sides in Libya and in the eastern Mediterranean.

The thaw was slow and mostly invisible. Intelligence officials met first, then deputy foreign ministers, in rounds of "exploratory talks" from 2021. The public moment came in November 2022, when Qatar's Emir Sheikh Tamim bin Hamad brought the two presidents together for a handshake at the opening of the World Cup in Doha. After the earthquake in southern Turkey in February last year, El-Sisi picked up the phone to offer condolences, and his foreign minister, Sameh Shoukry, flew to Adana and Ankara to show solidarity. Mevlut Cavusoglu returned the visit in March. By July, full ambassadors were back in both capitals, and the two leaders held formal talks in New Delhi on the margins of the G20 in September.

On Wednesday the two men signed a joint declaration reviving the High-Level Strategic Cooperation Council and set a target of $15 billion in annual trade. Erdogan, who had come from the UAE, where he addressed the World Governments Summit and held talks with President Sheikh Mohamed bin Zayed, also pledged to work with Cairo on getting aid into Gaza through Rafah.

There is, of course, a good deal of self-interest here. Turkey needs customers and friends as its economy recovers from an inflation crisis, and Egypt, short of foreign currency, needs investment. Turkish drone manufacturers have made no secret of their interest in the Egyptian market. Both governments have also been sidelined by the war in Gaza, and each gains weight by appearing alongside the other.

Erdogan said in Cairo that he hoped to welcome El-Sisi in Turkey "as soon as possible" for the first meeting of the revived council. No date has been set, and Egyptian officials were noticeably less specific. Given how long it took to get this far, I would not bet on a quick return visit. But the two have now done the hard part.

Deniz Kaymak is a Turkish journalist and analyst based in Istanbul. X: @denizkaymak

Disclaimer: Views expressed by writers in this section are their own and do not necessarily reflect Arab News' point of view

MOST POPULAR
Saudi crown prince receives phone call from French president
Gaza ceasefire talks resume in Cairo with Qatar mediation
Aramco posts $121bn profit

Share: Facebook | X | WhatsApp | Email"""))

A.append(dict(id="h46-05", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-04/albanese-arrives-shanghai-china-visit-whitlam-anniversary/103061234",
published_at="2023-11-04", body="""ABC NEWS
Just In | For You | Politics | World | Business | Analysis | Sport | Science | Health | Arts

Analysis

Fifty years after Whitlam, Albanese lands in Shanghai hoping to make a stabilised relationship stick

By political reporter Jessica Mullins in Shanghai

Posted Sat 4 Nov 2023 at 8:47pm, updated Sat 4 Nov 2023 at 10:02pm

Photo: Anthony Albanese and his partner Jodie Haydon were greeted on the tarmac at Shanghai's Hongqiao airport. (ABC News: Tom Hartigan)

Anthony Albanese has arrived in Shanghai, becoming the first Australian prime minister to visit China in seven years and marking half a century since Gough Whitlam became the first to do so.

The Prime Minister will open Australia's pavilion at the China International Import Expo on Sunday before travelling to Beijing, where he is due to meet President Xi Jinping on Monday and Premier Li Qiang on Tuesday. He has said he also intends to walk through the Temple of Heaven, retracing a famous photograph of Whitlam taken there in November 1973.

The symbolism is deliberate. Mr Albanese has framed the relationship in Whitlam's terms: cooperate where you can, disagree where you must. But the visit is also a test of whether two years of patient repair can produce more than the absence of hostility.

How we got here

When Malcolm Turnbull was last in China in 2016, trade between the two countries was booming. Within four years, after Canberra's foreign interference laws, its ban on Huawei and its call for an inquiry into the origins of COVID-19, Beijing had frozen ministerial contact and hit Australian barley, wine, coal and lobster with tariffs and informal bans.

The freeze began to break after the 2022 election. Mr Albanese met Mr Xi on the sidelines of the G20 in Bali in November of that year, Foreign Minister Penny Wong flew to Beijing in December, and Trade Minister Don Farrell followed in May. In September, Mr Albanese met Premier Li at the East Asia Summit in Jakarta. Barley tariffs were dropped in August, and the release of Australian journalist Cheng Lei last month cleared the final hurdle to this trip.

The Prime Minister arrives from a week that pulled him in the other direction. Ten days ago he was being hosted by President Joe Biden at the White House for a state dinner, and the AUKUS submarine pact remains the centrepiece of his defence policy.

The hard parts

Wine tariffs remain. So does the case of Yang Hengjun, the Australian writer held in Beijing since 2019. Officials also expect Mr Albanese to raise the harassment of Australian navy divers by a Chinese destroyer and to press for a resumption of the annual leaders' meeting.

Mr Albanese has said he will invite Premier Li to make a return visit to Australia next year, though Chinese officials have so far declined to say whether the invitation will be taken up.

After Beijing, Mr Albanese is expected to fly to Rarotonga for the Pacific Islands Forum leaders' meeting in the Cook Islands.

Related stories
Wine industry holds its breath as PM heads to China
Analysis: What AUKUS means for the trip
Australia and Tuvalu to sign climate and security treaty at Pacific forum

Topics: Federal Government, Foreign Affairs, China, Anthony Albanese

Share | Copy link

Back to top

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))

A.append(dict(id="h46-06", source="euronews.com",
url="https://www.euronews.com/my-europe/2025/05/16/what-we-know-about-the-russia-ukraine-talks-in-istanbul",
published_at="2025-05-16", body="""euronews.
LIVE | My Europe | World | Business | Next | Travel

We use cookies and similar technologies. Accept all | Reject all | Manage choices

What we know, and what we don't, after the first direct Russia-Ukraine talks in three years

By Tamsin Pearce with AFP, Reuters
Published on 16/05/2025 - 19:12 GMT+2 • Updated 20:45

Russian and Ukrainian delegations sat across from each other at Istanbul's Dolmabahce Palace on Friday, more than three years after negotiators last faced each other in the same building in March 2022. The meeting lasted less than two hours and produced one concrete result: an agreement to exchange 1,000 prisoners of war from each side.

Here is what happened, who was there, and what might come next.

Who was in the room?

Russia sent a delegation led by presidential aide Vladimir Medinsky, who also headed Moscow's team in 2022, along with deputy ministers of defence and foreign affairs. Ukraine was represented by Defence Minister Rustem Umerov. Turkey's Foreign Minister Hakan Fidan opened the session and told both sides that there were "two roads" in front of them.

Before the talks, Umerov, Foreign Minister Andrii Sybiha and the head of the presidential office, Andriy Yermak, met US Secretary of State Marco Rubio and Fidan in a three-way format. Rubio had flown in from the NATO foreign ministers' meeting in Antalya.

Where was Zelensky?

Volodymyr Zelensky travelled to Ankara on Thursday and held several hours of talks with President Recep Tayyip Erdogan, after which he decided to send the delegation to Istanbul. Zelensky had said he was ready to meet Vladimir Putin in person in Turkey, and called the Russian line-up "decorative". On Friday he was in Tirana for the European Political Community summit.

Could Putin and Zelensky meet?

Putin, who first proposed the talks last weekend, never indicated he would attend. The Kremlin said on Friday that a meeting between the two presidents was "possible" only after agreements had been reached by the delegations. Medinsky told reporters the Ukrainian side had asked for one and that Moscow had "taken note".

And Trump?

US President Donald Trump, touring the Gulf, said on Thursday that "nothing's going to happen" until he and Putin got together, and that he would travel to Turkey if it made sense. He said he would meet Putin "as soon as we can set it up". No date or place has been discussed publicly, according to the Kremlin.

What comes next?

Both sides said they would present detailed ceasefire proposals. Medinsky said Moscow was "satisfied" and ready to continue contacts. Ukraine's delegation said it would consult with Kyiv and with partners in Europe and Washington before committing to a second round.

European leaders in Tirana accused Moscow of playing for time and threatened further sanctions. "Putin did not show up. That tells you everything," said Polish Prime Minister Donald Tusk.

Read more
EU readies 17th sanctions package as talks falter
Macron, Merz, Starmer and Tusk visit Kyiv, urge 30-day ceasefire
Erdogan: Turkey ready to host Putin-Zelensky summit

Share this article | Comments"""))

A.append(dict(id="h46-07", source="theprint.in",
url="https://theprint.in/diplomacy/from-wuhan-to-kazan-modi-xi-first-bilateral-in-five-years/2325118/",
published_at="2024-10-24", body="""ThePrint
Politics | Governance | Economy | Defence | Diplomacy | Opinion | Features

Subscribe to our YouTube channel | Join ThePrint on WhatsApp

DIPLOMACY

From Wuhan to Kazan: what it took for Modi and Xi to sit across a table again

Wednesday's meeting on the BRICS sidelines was the first formal bilateral between the two leaders since Mamallapuram in October 2019, four months before the Galwan clash

Nayanika Rao
24 October, 2024 09:05 am IST

PM Narendra Modi and Chinese President Xi Jinping shake hands in Kazan on Wednesday. Photo: X/@narendramodi

New Delhi: For five years, the closest Narendra Modi and Xi Jinping came to a conversation was a few words across a dinner table in Bali and a brief exchange on a stage in Johannesburg. On Wednesday evening in Kazan, they sat down with their delegations for 50 minutes, their first structured talks since the second "informal summit" at Mamallapuram in 2019.

The meeting came two days after Foreign Secretary Vikram Misri announced that India and China had agreed on patrolling arrangements along the Line of Actual Control, covering Depsang and Demchok, the two friction points left over from the 2020 standoff. Modi told Xi that "maintaining peace and tranquillity on the border should remain our priority", and the two agreed that the Special Representatives, NSA Ajit Doval and Foreign Minister Wang Yi, should meet "at an early date". No date has been announced.

The road back

The high point of the relationship was probably April 2018, when Modi flew to Wuhan for two days of walks and boat rides with Xi, a format repeated at Mamallapuram near Chennai the following year. Then came Galwan in June 2020, in which 20 Indian soldiers and at least four Chinese soldiers died. Ministers and commanders kept talking. Leaders did not.

Officials in South Block credit 21 rounds of corps commander talks and a quiet series of meetings between Doval and Wang, most recently in St Petersburg in September, for the breakthrough.

The host

Both leaders were in Kazan as guests of Vladimir Putin. Modi held talks with the Russian president on Tuesday, his second visit to Russia in under four months after his July trip to Moscow, and thanked him for "the warmth". Putin and Xi met on Tuesday as well. On Wednesday, Modi also held his first meeting with Iran's new President Masoud Pezeshkian, and discussed the Chabahar port project and the crisis in West Asia.

What happens next

The easy part is over, analysts say. Disengagement at Depsang and Demchok has yet to be verified, de-escalation along the rest of the border has not started, and trade restrictions imposed after Galwan, including curbs on Chinese apps and investment screening, remain. There is speculation in Delhi that Modi could travel to China next year for the SCO summit, but officials said it was far too early to discuss.

"This is a floor, not a ceiling," said a former Indian ambassador to Beijing. "The question is whether both sides now manage the relationship or merely pause the conflict."

Also read: India-Canada row: what the expulsions mean for students
Also read: Jaishankar to travel to Islamabad for SCO meeting, no bilateral talks planned

ThePrint is now on Telegram. For the best reports and opinion, please join.

Support Our Journalism: India needs fair, non-hyphenated and questioning journalism. Subscribe now."""))

A.append(dict(id="h46-08", source="thediplomat.com",
url="https://thediplomat.com/2023/09/biden-in-hanoi-from-normalization-to-comprehensive-strategic-partnership/",
published_at="2023-09-11", body="""The Diplomat

Subscribe | Newsletter | Log in

Opinion | Southeast Asia | Diplomacy

Biden in Hanoi: 28 Years, Four Presidents, One Upgrade

Vietnam jumped two rungs up its diplomatic ladder for Washington. The hard part is making it mean something.

By Minh Tran
September 11, 2023

Credit: White House/Adam Schultz

When Joe Biden arrived at the headquarters of the Communist Party of Vietnam on Sunday afternoon, General Secretary Nguyen Phu Trong was waiting at the door. Within an hour, the two sides had announced that relations would move from a "comprehensive partnership" to a "comprehensive strategic partnership," the highest tier in Hanoi's hierarchy, a level previously reserved for China, Russia, India and South Korea.

It is worth pausing on how far this has come. Bill Clinton normalized relations in 1995 and was the first American president to visit unified Vietnam, in November 2000. George W. Bush came for APEC in 2006. Barack Obama lifted the remaining arms embargo during his visit in May 2016, and ate noodles with Anthony Bourdain. Donald Trump came twice, once for APEC in Da Nang and once for his ill-fated second summit with Kim Jong Un in Hanoi in February 2019, after which Kim stayed on for an official visit of his own.

The most telling visit, though, went the other way. In July 2015, Trong was received in the Oval Office, even though he holds no state office, a decision that told Hanoi that Washington accepted the party's place at the top of the system.

This time, the decisive step was a phone call. When Biden and Trong spoke in March, the general secretary agreed in principle to an upgrade, and the two sides spent months working out the wording. Biden, who flew in from the G20 summit in New Delhi, called Vietnam "a critical Indo-Pacific power" on Sunday. On Monday he met President Vo Van Thuong and Prime Minister Pham Minh Chinh and attended an investment summit with executives from Boeing, Google and Intel.

Hanoi's hedge

Nobody in Hanoi sees this as a choice against Beijing. Vietnam's leaders went out of their way to brief their Chinese counterparts, and there is talk in diplomatic circles that Xi Jinping may come to Hanoi before the end of the year, although neither side has confirmed any plans. Vietnam's "four no's" defence policy, which rules out alliances and foreign bases, remains intact.

What matters is the substance: semiconductors, rare earths, and a real training program for Vietnam's coast guard. Without those, the new label will be little more than protocol.

Minh Tran is a researcher on Vietnam's foreign policy based in Ho Chi Minh City.

Related
Philippines, Vietnam Watch Each Other in the South China Sea
Is Vietnam Buying Russian Arms Again?

Tags: Joe Biden, Nguyen Phu Trong, US-Vietnam relations, Comprehensive Strategic Partnership

Enjoying this article? Click here to subscribe for full access. Just $5 a month."""))

A.append(dict(id="h46-09", source="aljazeera.com",
url="https://www.aljazeera.com/news/2023/6/17/timeline-saudi-arabia-iran-rupture-rapprochement",
published_at="2023-06-17", body="""Al Jazeera
News | Middle East | Explained | Opinion | Sport | Video | More

Timeline: Saudi Arabia and Iran, from rupture to rapprochement

Saudi Foreign Minister Prince Faisal bin Farhan is in Tehran, the first visit by the kingdom's top diplomat in years. Here is how the two rivals got here.

Published On 17 Jun 2023 | 17 Jun 2023

Iranian Foreign Minister Hossein Amirabdollahian and his Saudi counterpart Prince Faisal bin Farhan at a news conference in Tehran [Atta Kenare/AFP]

Saudi Arabia's foreign minister has arrived in Tehran and held talks with his Iranian counterpart, the latest step in a reconciliation brokered by China in March that ended a seven-year rupture between the Gulf's two biggest powers.

Prince Faisal bin Farhan and Hossein Amirabdollahian told reporters on Saturday that their countries would cooperate on regional security and economic ties. Prince Faisal was also due to meet President Ebrahim Raisi later in the day, and said he had brought a message from King Salman.

Here is a timeline of the relationship since 2016.

January 2016: Saudi Arabia executes Shia scholar Nimr al-Nimr. Protesters storm the Saudi embassy in Tehran and a consulate in Mashhad. Riyadh severs diplomatic ties.

2016-2020: The two back opposite sides in Yemen and Syria. In September 2019, an attack on Saudi oil facilities at Abqaiq is blamed by Riyadh and Washington on Iran, which denies involvement.

April 2021: Officials from the two countries meet in Baghdad in the first of five rounds of talks hosted by Iraq, with further contacts in Oman.

June 2022: Iraqi Prime Minister Mustafa al-Kadhimi travels to Jeddah and Tehran in an effort to push the talks forward.

December 2022 and February 2023: Chinese President Xi Jinping visits Riyadh for summits with Saudi and Gulf leaders; Raisi makes a state visit to Beijing two months later.

March 10, 2023: In Beijing, Iran's top security official Ali Shamkhani and Saudi national security adviser Musaed al-Aiban sign an agreement to restore relations within two months, alongside China's top diplomat Wang Yi.

April 6, 2023: The two foreign ministers meet in Beijing, their first formal meeting in more than seven years.

June 6, 2023: Iran reopens its embassy in Riyadh.

June 17, 2023: Prince Faisal arrives in Tehran.

What comes next?

King Salman has invited Raisi to visit Riyadh, and Iranian officials say the president has accepted, although no date has been set. Amirabdollahian said on Saturday he expected Saudi Arabia to reopen its embassy in Tehran soon, and that the two sides would revive a 2001 security cooperation agreement.

Analysts warn that much remains unresolved, including the war in Yemen. "This is a detente, not an alliance," said one Gulf-based analyst.

Source: Al Jazeera and news agencies

Follow Al Jazeera English: Facebook | X | Instagram | YouTube

Related
Saudi Arabia, Iran reopen embassies as ties thaw
Chinese diplomacy in the Gulf: What Beijing wants
Iraqi PM visits Tehran amid gas payments dispute"""))

A.append(dict(id="h46-10", source="rte.ie",
url="https://www.rte.ie/news/2023/0412/1376441-biden-belfast-sunak/",
published_at="2023-04-12", body="""RTÉ News
News | Sport | Entertainment | Business | Lifestyle | Culture | Player

We value your privacy. We use cookies to improve your experience. Accept | Settings

Biden meets Sunak in Belfast before heading south on four-day visit

Updated / Wednesday, 12 Apr 2023 13:05

By Aoife Brennan, Northern Correspondent

US President Joe Biden held a short meeting with British Prime Minister Rishi Sunak in Belfast this morning, ahead of a speech at Ulster University to mark the 25th anniversary of the Good Friday Agreement.

The two leaders met at the Grand Central Hotel for around 15 minutes before the President left for the new Ulster University campus in the city centre. Downing Street described the meeting as "warm" and said they discussed the economic opportunities of the Windsor Framework and Ukraine.

The President arrived at Belfast International Airport last night on Air Force One and was greeted by Mr Sunak. Senior figures from the five main Stormont parties were due to meet him at a reception after the speech.

Later today Mr Biden will fly to Dublin and travel on to Co Louth, where he will visit Carlingford and Dundalk. On Thursday he will meet President Michael D Higgins at Áras an Uachtaráin and Taoiseach Leo Varadkar at Farmleigh, before addressing a joint sitting of the Oireachtas. On Friday he will travel to Ballina, Co Mayo, where some of his ancestors came from.

The visit is the latest in a long line of US presidential trips tied to the peace process. Bill Clinton became the first sitting US president to visit Northern Ireland in 1995, when he switched on the Christmas tree lights at Belfast City Hall, and returned in 1998, months after the agreement was signed. Barack Obama spoke in Belfast in 2013 before the G8 summit at Lough Erne.

The absence of a functioning Executive has cast a shadow over the anniversary. The DUP has boycotted power-sharing for more than a year in protest at post-Brexit trade arrangements, and the White House has been careful to avoid any suggestion that Mr Biden is taking sides.

Mr Varadkar, who was hosted by Mr Biden at the White House for St Patrick's Day last month, said the President's visit to both parts of the island was "an act of friendship".

Downing Street said Mr Sunak hopes to travel to Washington in the coming months, though no date has been fixed.

Mr Biden is not expected to attend the coronation of King Charles in May. First Lady Jill Biden will represent the US.

Most Read
Teachers' union votes for ballot on industrial action
Man charged after Dublin city centre assault
Cost of rent rises for 9th consecutive quarter

Tags: Joe Biden, Rishi Sunak, Good Friday Agreement, Belfast

Share: Facebook | Twitter | Email

© RTÉ 2023"""))

A.append(dict(id="h46-11", source="koreajoongangdaily.joins.com",
url="https://koreajoongangdaily.joins.com/news/article/article.aspx?aid=3053721",
published_at="2018-09-20", body="""Korea JoongAng Daily
Home | National | Business | Opinion | Culture | Sports

NORTH KOREA | ANALYSIS

Will Kim come to Seoul? Pledge raises hopes and questions

Sep 20, 2018 | By Kim Hye-rin

President Moon Jae-in and North Korean leader Kim Jong-un hold up their hands together at the summit of Mount Paektu on Thursday. [JOINT PRESS CORPS]

Moon Jae-in became the first South Korean president to climb Mount Paektu on Thursday, standing on the rim of the volcanic crater with Kim Jong-un on the last day of his three-day trip to Pyongyang. He was scheduled to fly home from Samjiyon airport in the afternoon.

The bigger surprise came a day earlier, when the two leaders signed the Pyongyang Joint Declaration at the Paekhwawon State Guesthouse. In it, Kim agreed to visit Seoul "at an early date." Moon told reporters that the visit should happen "within this year, barring special circumstances."

No North Korean leader has set foot in Seoul since the division of the peninsula. Kim's father, Kim Jong-il, promised a return visit after the first inter-Korean summit in 2000, but never came.

The three summits of 2018

This week's visit was Moon's third summit with Kim this year. They first met on April 27 in Panmunjom, where Kim briefly stepped across the military demarcation line, and again on May 26, at a hastily arranged meeting on the northern side of the truce village after U.S. President Donald Trump briefly called off his planned summit with Kim.

Kim himself has been unusually mobile, making three trips to China since March and meeting Trump in June.

The security question

A visit to Seoul raises practical questions. The Blue House would have to guarantee Kim's security, potentially in the face of large protests. Officials also did not rule out an address by Kim to the National Assembly, a suggestion that conservative opposition lawmakers rejected.

Next stop: New York

Moon will fly to New York on Sunday for the UN General Assembly and is scheduled to hold a summit with Trump on Monday, when he is expected to brief him on Kim's message on denuclearization.

In Washington, Secretary of State Mike Pompeo said he had invited North Korean Foreign Minister Ri Yong-ho to meet in New York next week, and that Stephen Biegun, the new special envoy, would be ready to meet North Korean officials in Vienna. Pyongyang has not responded publicly. Trump, who called the joint declaration "very exciting," has said he could meet Kim again "in the not-too-distant future."

"If Kim really comes to Seoul, it would change public opinion here in a way no agreement can," said a professor at Ewha Womans University. "But the timing depends on Washington."

Related Articles
Moon and Kim sign military pact to reduce border tension
Korean business leaders meet Ri Ryong-nam in Pyongyang
[EDITORIAL] A stepping stone, not a destination

Copyright © JoongAng Ilbo. All rights reserved."""))

A.append(dict(id="h46-12", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/explainer-ramaphosa-trump-white-house-meeting/",
published_at="2025-05-20", body="""SABC News
Home | South Africa | Africa | World | Business | Sport | Politics | Watch live

Explainer | Ramaphosa in Washington: what is at stake in Wednesday's White House meeting

20 May 2025, 7:30 AM | Thabo Mokoena

President Cyril Ramaphosa arrives at Joint Base Andrews. Image: GCIS

President Cyril Ramaphosa arrived in Washington DC on Monday evening for a working visit, ahead of a meeting with US President Donald Trump at the White House on Wednesday. It will be the first meeting between the two since Trump returned to office in January and the first real test of whether relations can be pulled back from their lowest point since the end of apartheid.

Ramaphosa is accompanied by International Relations Minister Ronald Lamola, Trade Minister Parks Tau and Agriculture Minister John Steenhuisen. Golfers Ernie Els and Retief Goosen, whom Trump knows well, are also part of the wider party.

How did relations get here?

Ramaphosa and Trump spoke by phone after the US election in November, a call both sides described as cordial. Things went downhill from February, when Trump cut aid to South Africa over its new expropriation law, and Secretary of State Marco Rubio stayed away from the G20 foreign ministers' meeting in Johannesburg. In March, Washington expelled South Africa's ambassador, Ebrahim Rasool. Last week, a first group of 49 white Afrikaners arrived in the US as refugees, a move Pretoria rejects.

South Africa also angered Washington by taking Israel to the International Court of Justice. Last month, Ukrainian President Volodymyr Zelensky visited Pretoria, and officials hope his trip will show Washington that South Africa talks to all sides.

What does Pretoria want?

The priority is trade. South Africa is one of the largest beneficiaries of the African Growth and Opportunity Act (AGOA), which expires in September, and faces a 30% "reciprocal" tariff that is currently paused. Officials said Ramaphosa would bring a proposal covering liquefied natural gas purchases and critical minerals.

Will Trump come to Johannesburg?

South Africa holds the G20 presidency and hosts the leaders' summit in November. Trump has said he may not attend, and US officials have not confirmed who will represent Washington. The Presidency said Ramaphosa would personally extend an invitation.

"The aim is to reset the relationship," presidential spokesperson Vincent Magwenya said. "The President is not going there to fight."

Related stories
Lamola: SA will not be bullied into abandoning ICJ case
Ramaphosa, Putin discuss Ukraine peace efforts in phone call
AGOA forum: African trade ministers urge renewal

Watch: SABC News live on channel 404

Follow SABC News on X and Facebook | Download the SABC News app

© 2025 SABC. All rights reserved."""))
