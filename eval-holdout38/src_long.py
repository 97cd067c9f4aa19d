# Long pages (2,500-4,500 characters), h38-01 .. h38-12
A = []

A.append(dict(id="h38-01", source="tribune.com.pk",
url="https://tribune.com.pk/story/1913245/2-pakistan-saudi-arabia-sign-20bn-worth-investment-accords",
published_at="2019-02-18", body="""Monday, February 18, 2019 | E-paper | Sign in

KSE-100 41,262.18 ▲ 146.91 | USD/PKR 138.95 | Gold (10g) Rs61,850 | Brent $66.45

BUSINESS

Pakistan, Saudi Arabia sign $20b worth of investment accords as crown prince visits

Refinery at Gwadar, petrochemicals and mining top a list of seven MoUs; stocks close higher

By Shahbaz Rana | Published: February 18, 2019

ISLAMABAD: Pakistan and Saudi Arabia on Monday signed seven memoranda of understanding for investments worth around $20 billion, the largest package the kingdom has ever put on the table for the country, during the first trip to Islamabad by Crown Prince Mohammed bin Salman.

The documents were signed at the Prime Minister House after talks between the crown prince and Prime Minister Imran Khan, who had met the Saudi heir at Nur Khan airbase on Sunday evening and driven him to his residence himself. They include an oil refinery and petrochemical complex at Gwadar to be built by Saudi Aramco at an estimated cost of $10 billion, along with investments in renewable energy, minerals, and food and agriculture.

"Saudi Arabia has always stood with us when we needed a friend," Khan said at a banquet on Sunday night. The crown prince, whose arrival had been pushed back by a day, said Pakistan's potential was "huge" and predicted it would become "a very, very important economy" within a few years.

"Consider me Pakistan's ambassador in Saudi Arabia," he told the gathering, drawing loud applause.

Finance Minister Asad Umar told reporters the money would arrive in phases over "the next two to three years" and would not add to the country's external debt. A supreme coordination council co-chaired by the crown prince and the prime minister will track progress, officials said.

Figures and caveats

The package follows a $6 billion facility agreed in October, made up of $3 billion in balance-of-payments support and $3 billion in deferred oil payments, which helped Islamabad rebuild reserves that had fallen below two months of import cover. Talks with the International Monetary Fund on a bailout are still unfinished, and analysts warned that memoranda are not contracts.

"The headline figure is big, but most of it is intent," said an economist at a Karachi brokerage. "The refinery alone is a multi-year project, and we have seen timelines slip on schemes like this before."

The KSE-100 index gained 0.36 percent on the day, led by oil marketing and fertiliser stocks. Saudi Arabia is the largest source of worker remittances to Pakistan, with more than 2.5 million Pakistanis employed in the kingdom. At Khan's request, the crown prince also ordered the release of 2,107 Pakistani prisoners held in Saudi jails, the information ministry said.

Next stops, and a shadow over the region

The visit came days after a suicide bombing in Indian-administered Kashmir killed more than 40 paramilitary policemen, an attack New Delhi blames on a Pakistan-based group. India has since withdrawn most-favoured-nation trade status from Pakistan and raised customs duty on all Pakistani goods to 200 percent. Islamabad denies any role, and on Monday it called its high commissioner in New Delhi home for consultations, days after India did the same.

The crown prince flies back to Riyadh on Monday evening and is scheduled to land in New Delhi on Tuesday for talks with Prime Minister Narendra Modi, before heading to Beijing on Thursday, where he is due to meet President Xi Jinping. Saudi officials said planned stops in Malaysia and Indonesia, which had been pencilled in for the same tour, had been postponed.

Minister of State for Foreign Affairs Adel al-Jubeir told a news conference that Riyadh wanted to "de-escalate tensions between the two neighbours" and would raise the matter in New Delhi.

RELATED
Qureshi, Zarif discuss Zahedan attack in telephone call
Rupee firm as reserves improve on Saudi, UAE inflows
Gwadar refinery: what we know so far

Published in The Express Tribune, February 19th, 2019.

Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.

Share | Tweet | WhatsApp | Email"""))

A.append(dict(id="h38-02", source="naturalgasworld.com",
url="https://www.naturalgasworld.com/putin-erdogan-open-turkstream-as-russian-gas-bypasses-ukraine-75512",
published_at="2020-01-08", body="""NGW | Natural Gas World
Subscribe | Log in | Newsletters

Henry Hub $2.14 ▼ | TTF €12.62/MWh ▼ | NBP 31.8p/th ▼ | JKM $5.10 ▲ | Brent $68.27 ▲

Putin, Erdogan open TurkStream as Russian gas bypasses Ukraine

By NGW staff | January 8, 2020, 6:40 PM

Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan on Wednesday formally inaugurated the TurkStream gas pipeline at a ceremony in Istanbul, completing the second of Gazprom's routes designed to carry gas to Europe without crossing Ukraine.

The two leaders, standing in front of a control panel at the Halic congress centre, gave the order to open the valves after their delegations held talks earlier in the day. Gas has been flowing through the line since January 1; Wednesday's event marked its official launch.

The 930-km offshore section runs from Anapa on Russia's Black Sea coast to Kiyikoy in Turkish Thrace, with two strings of 15.75 billion cubic metres per year each. The first string serves the Turkish market, and the second is intended for southern and south-eastern Europe via Bulgaria, with onward links to Serbia and Hungary still under construction.

Bulgarian Prime Minister Boyko Borissov and Serbian President Aleksandar Vucic also attended the ceremony. Borissov told reporters his country wanted "diversification, not dependence", while Vucic said Serbia hoped to receive TurkStream gas before the end of the year.

"TurkStream serves not only Turkey and Russia but the energy security of the whole region," Erdogan said. Putin, who flew to Istanbul from Damascus, where he had met Syrian President Bashar al-Assad the day before, said the project showed what cooperation could achieve "despite attempts by third countries to block it".

Sanctions and the Nord Stream 2 question

The remark was aimed at Washington, which last month imposed sanctions on companies laying pipe for Nord Stream 2, the Baltic Sea link from Russia to Germany. Swiss-Dutch contractor Allseas suspended work within hours, leaving about 160 km of the line unfinished. Gazprom says it will complete the pipeline with its own vessels, though analysts see late 2020 as the earliest realistic date.

German Chancellor Angela Merkel is due in Moscow on Saturday for talks with Putin, Berlin and the Kremlin said, with Nord Stream 2, Libya and the fallout from the US killing of Iranian general Qassem Soleimani on the agenda.

The ceremony took place hours after Iran fired missiles at two Iraqi bases hosting US troops. In a joint statement after their meeting, Erdogan and Putin called for a ceasefire in Libya from midnight on January 12 and urged restraint on both Washington and Tehran.

Turkey's shifting gas mix

Turkey, once Gazprom's second-largest customer in Europe, cut purchases of Russian gas sharply in 2019 as it bought more LNG and more pipeline gas from Azerbaijan. Russian volumes to Turkey fell by roughly 40% in the first ten months of last year, according to data from the regulator EPDK, while LNG cargoes from the US, Qatar and Algeria rose.

"Ankara has more options than it did five years ago, and it is using them," said an Istanbul-based energy consultant. "It will be in no hurry to renew long-term contracts at the old prices."

The European leg through Bulgaria is running late. Sofia says its section, known locally as Balkan Stream, will be finished by the end of May. Until then Bulgaria will receive Russian gas through the Trans-Balkan line in reverse mode, after Gazprom stopped sending Balkan volumes through Ukraine at the turn of the year.

Gazprom and Ukraine's Naftogaz signed a five-year transit contract on December 30, averting a cut-off, but at much lower minimum volumes: 65 bcm this year and 40 bcm a year from 2021.

Related articles
Bulgaria sets May deadline for Balkan Stream
Gazprom says Nord Stream 2 will be finished "by own means"
TANAP starts first deliveries to Europe

Tags: TurkStream, Gazprom, BOTAS, Russia, Turkey, Bulgaria, Serbia, Pipelines

Share: LinkedIn | Twitter | Email
© 2020 Natural Gas World. All rights reserved."""))

A.append(dict(id="h38-03", source="insidethegames.biz",
url="https://www.insidethegames.biz/articles/1141190/hangzhou-2023-opening-ceremony-xi",
published_at="2023-09-23", body="""insidethegames.biz
Home | Olympics | Asian Games | Paralympics | Commonwealth | Features
Sign up to our daily newsletter | Advertise with us

Hangzhou 2023: Xi declares Asian Games open as heads of state fill the VIP tribune

By Michael Pavitt in Hangzhou | Saturday, 23 September 2023

Chinese President Xi Jinping declared the 19th Asian Games open at the Hangzhou Olympic Sports Centre Stadium tonight, a year later than planned, in front of about 80,000 spectators and a row of foreign leaders that turned the ceremony into one of the largest diplomatic gatherings China has staged since the pandemic.

The cauldron was lit by a digital torchbearer which organisers said was made up of more than 100 million people who had taken part online, joined on stage by Olympic swimming champion Wang Shun. There were no fireworks, in line with the organisers' "green Games" pledge; a light show was used instead.

More than 12,000 athletes from 45 National Olympic Committees are entered in 40 sports, with esports and breaking on the programme for the first time. Cricket, football and volleyball had already got under way before the ceremony.

Leaders in the stands

The guest list read like a diplomatic briefing. Syrian President Bashar al-Assad, on his first trip to China since 2004, held talks with Xi in Hangzhou on Friday, after which the two sides announced a "strategic partnership". Assad had flown in on Thursday aboard an Air China jet, one of very few journeys he has made beyond the Middle East since the war in his country began in 2011.

South Korean Prime Minister Han Duck-soo met Xi on Saturday afternoon before the ceremony. Han's office said he had asked Beijing to play a "constructive role" on North Korea and raised the prospect of a trip to Seoul by the Chinese leader; Xi said he would "seriously consider" it, according to the Korean account.

Xi also held separate talks with Timor-Leste's Prime Minister Xanana Gusmao, and Chinese state media reported that relations had been raised to a "comprehensive strategic partnership". Nepal's Prime Minister Pushpa Kamal Dahal, known as Prachanda, landed in Hangzhou on Saturday at the start of a week-long official visit to China and is due to sit down with Xi in the coming days.

The Crown Prince of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, was among the other dignitaries in the tribune, alongside International Olympic Committee President Thomas Bach and Olympic Council of Asia officials.

India's minister stays away

There was no Indian minister in the stadium. Sports Minister Anurag Thakur called off his planned trip to Hangzhou on Friday after three wushu athletes from Arunachal Pradesh, the Indian state China claims as "South Tibet", were not issued the accreditation that doubles as an entry visa. The athletes, Nyeman Wangsu, Onilu Tega and Mepung Lamgu, stayed behind in New Delhi. India's foreign ministry said it had lodged a "strong protest" through diplomatic channels, while a Chinese foreign ministry spokeswoman said China welcomed athletes from all countries "who hold legal identity documents".

India has sent its largest ever contingent, 655 athletes, and is chasing 100 medals for the first time. Hockey captain Harmanpreet Singh and boxer Lovlina Borgohain carried the flag.

The host, the favourite

China has topped the medal table at every edition since 1982 and has entered 886 athletes. Japan and South Korea are expected to fight it out for second place, as they did five years ago.

Medal table, Jakarta-Palembang 2018 (gold)
1. China 132
2. Japan 75
3. South Korea 49
4. Indonesia 31
5. Uzbekistan 21

Related stories
Sullivan and Wang Yi hold "candid" talks in Malta
Hangzhou 2023 esports tickets sell out in minutes
Breaking makes Asian Games debut ahead of Paris 2024

Tags: Hangzhou 2023, Asian Games, Xi Jinping, Olympic Council of Asia, India, Wushu

Share: Facebook | X | LinkedIn | 2 comments"""))

A.append(dict(id="h38-04", source="afr.com",
url="https://www.afr.com/companies/manufacturing/austal-droneshield-rally-as-368b-submarine-plan-lands-20230314-p5cryz",
published_at="2023-03-14", body="""Australian Financial Review
Subscribe now | Log in | Today's Paper

ASX 200 7,009.7 ▼ 1.5% | AUD/USD 0.6664 ▲ | Iron ore $US126.50 | Gold $US1,910 | Brent $US80.77

Defence | AUKUS

Austal, DroneShield rally as $368b submarine plan lands

Andrew Tillett and Tom Rabe
Mar 14, 2023 – 11.48am

Shares in defence contractors rose on Tuesday after Prime Minister Anthony Albanese stood alongside US President Joe Biden and British Prime Minister Rishi Sunak at a naval base in San Diego to set out how Australia will acquire nuclear-powered submarines, a program the government has costed at up to $368 billion over three decades.

Under the "optimal pathway" unveiled at Point Loma, Australia will buy at least three Virginia-class boats from the United States early in the 2030s, with an option for two more, before building a new class, dubbed SSN-AUKUS, to a British design with American technology in Adelaide. US submarines will begin rotating through HMAS Stirling in Western Australia from 2027.

Shipbuilder Austal rose as much as 4.1 per cent and counter-drone company DroneShield jumped 9 per cent in a falling market, while Electro Optic Systems added 3 per cent. The broader ASX 200 lost 1.5 per cent as fallout from the collapse of Silicon Valley Bank hit the banks.

Talks on the wharf

Before the three-way announcement, Mr Albanese held a bilateral meeting with Mr Biden in which the two discussed the program's legislative hurdles in Congress and the Inflation Reduction Act, with Canberra pushing for Australian critical minerals to be treated as domestic supply. Mr Sunak met Mr Biden separately; Downing Street said they covered Ukraine and the Windsor Framework for Northern Ireland.

Mr Albanese and Mr Sunak held their own meeting on the sidelines, where the UK free trade agreement, due to enter into force in May, and skills for the submarine workforce were discussed, Australian officials said.

Mr Albanese confirmed Mr Biden would travel to Australia in May for the Quad leaders' summit in Sydney and would address federal Parliament in Canberra, the first visit by a US president since Barack Obama attended the G20 in Brisbane in 2014.

The money

The government says the program will cost about $9 billion over the forward estimates and 0.15 per cent of GDP a year on average over its life, creating an estimated 20,000 direct jobs. Osborne in South Australia and Henderson in Western Australia are expected to get most of the infrastructure spending.

"This is the single biggest investment in our defence capability in our history," Mr Albanese said.

"The market is pricing in the sustainment and infrastructure work, not the boats themselves, which are a decade away," said a Sydney-based fund manager. "Austal's upside depends on whether it wins a seat at the table in Henderson."

Beijing responds

China's foreign ministry said the three countries had gone "further and further down the wrong and dangerous path" and accused them of undermining the nuclear non-proliferation regime. Ahead of the announcement, Australian ministers and officials made more than 60 calls to regional counterparts to brief them on the plan, Defence Minister Richard Marles said, and China was offered a briefing as well.

China remains Australia's largest trading partner, taking about a third of its goods exports, and Trade Minister Don Farrell is still pressing for the removal of tariffs on barley and wine. Japan, South Korea and the United States round out the top four export markets.

Related coverage
Wong, Qin Gang meet on G20 sidelines in New Delhi
Marles to defend AUKUS costs at Labor national conference
SVB collapse: what it means for Australian tech

License article | Share | Save | Comments (54)"""))

A.append(dict(id="h38-05", source="saltwire.com",
url="https://www.saltwire.com/newfoundland-labrador/business/a-big-day-for-stephenville-german-chancellor-signs-on-to-hydrogen-future-100767112/",
published_at="2022-08-23", body="""SaltWire | The Western Star
Subscribe | Sign in | E-edition
Local | Business | Weather | Obituaries

Corner Brook 17°C Cloudy

BUSINESS

'A big day for Stephenville': German chancellor signs on to hydrogen future in western Newfoundland

By Diane Crocker | August 23, 2022 | 4 min read

German Chancellor Olaf Scholz, left, and Prime Minister Justin Trudeau look on as German Vice-Chancellor Robert Habeck and Natural Resources Minister Jonathan Wilkinson sign a hydrogen agreement in Stephenville on Tuesday. - Adam Scotti photo

STEPHENVILLE, N.L. - A town of about 6,600 people on the shore of St. George's Bay found itself at the centre of trans-Atlantic energy politics on Tuesday, as German Chancellor Olaf Scholz and Prime Minister Justin Trudeau came to sign an agreement both governments hope will see Canadian hydrogen shipped to Germany within three years.

The joint declaration of intent, signed by Habeck, who is also Germany's economy and climate minister, and Wilkinson, creates a Canada-Germany Hydrogen Alliance with the aim of starting deliveries in 2025.

It is the final stop of a three-day visit, Scholz's first to Canada as chancellor. He arrived in Montreal on Sunday, held talks with Trudeau there on Monday and attended a business forum in Toronto before flying to the west coast of the island.

The project behind the choice of venue

Stephenville was chosen because of World Energy GH2, a consortium that wants to build up to 164 wind turbines on the Port au Port Peninsula to power a plant producing hydrogen and ammonia for export through the town's port. The project is still going through a provincial environmental assessment, and some residents of the peninsula have raised concerns about its footprint.

"Three years ago nobody outside the province could have found us on a map," one local business owner said outside the event. "Today the German chancellor is here. That says something."

Premier Andrew Furey called the agreement "a generational opportunity" for the province's west coast.

What Canada will not ship, for now

At Monday's news conference in Montreal, Trudeau said there had never been a strong business case for exporting liquefied natural gas from the East Coast, given the distance from the gas fields in the West, though Ottawa was open to private proposals.

The question matters in Berlin. Russia supplied more than half of Germany's gas before the invasion of Ukraine, and Gazprom has since cut flows through the Nord Stream 1 pipeline to 20 per cent of capacity, citing problems with a turbine. Ottawa granted a sanctions waiver in July so that the Siemens Energy turbine, serviced in Montreal, could be returned to Germany, a decision Ukraine's government strongly criticised. The turbine is still sitting in Germany.

Habeck travelled to Qatar and the United Arab Emirates in March in search of liquefied gas, and Germany is rushing to install floating import terminals at Wilhelmshaven and Brunsbüttel before the winter.

"Hydrogen is not a solution for this winter," Scholz said. "It is a solution for the next decades."

Most read
Corner Brook council approves new budget for street repairs
Moose-vehicle collision closes TCH near Deer Lake
Marine Atlantic cancels crossings as wind warning issued

Get the latest business news in your inbox. Sign up for our newsletter.

This article is free to read. Support local journalism: subscribe today.

Share | Comments (17)"""))

A.append(dict(id="h38-06", source="cbc.ca",
url="https://www.cbc.ca/sports/soccer/worldcup/france-croatia-world-cup-final-1.4747802",
published_at="2018-07-15", body="""CBC Sports
Sign In | Menu | Search

World Cup

France beat Croatia 4-2 to win World Cup as Putin hosts leaders at rain-soaked Luzhniki

Final caps a month organizers called a triumph; Kremlin turns to Helsinki summit with Trump

Thomson Reuters | Posted: Jul 15, 2018 2:21 PM ET | Last Updated: July 15, 2018

France won their second World Cup on Sunday, beating Croatia 4-2 in a wild final at Moscow's Luzhniki Stadium, where an own goal, a video-assisted penalty and a goalkeeping blunder all played a part.

Mario Mandzukic headed into his own net in the 18th minute before Ivan Perisic levelled with a fierce left-footed strike. Antoine Griezmann restored the lead from the spot after a VAR review for handball, and second-half goals from Paul Pogba and Kylian Mbappe put the game beyond Croatia before Mandzukic pounced on a mistake by Hugo Lloris.

Didier Deschamps became only the third man to win the trophy as a player and as a coach, after Mario Zagallo and Franz Beckenbauer. Mbappe, 19, was the first teenager to score in a final since Pele in 1958, and Croatia's Luka Modric was named player of the tournament.

A downpour in the VIP section

The trophy ceremony was held in a thunderstorm. Russian President Vladimir Putin stood on the podium with French President Emmanuel Macron, Croatian President Kolinda Grabar-Kitarovic and FIFA President Gianni Infantino, and only Putin was handed an umbrella.

Macron, who had watched from the VIP box beside Putin, leapt to his feet at each French goal. The Elysee said no formal talks were on the schedule, though the two men chatted before kickoff. Grabar-Kitarovic, who had travelled to Russia on an ordinary commercial flight, hugged every Croatian player in the rain.

Putin fitted in more formal diplomacy around the final. On Sunday he received Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, at the Kremlin, where the two discussed Syria and energy before a ceremony at which the Russian leader handed the emir a ball to mark Qatar's turn as host in 2022. On Saturday Putin held talks with Palestinian President Mahmoud Abbas, who told him Washington could no longer act alone as a mediator in the Middle East.

On to Helsinki

Putin flies to Helsinki on Monday for his first full summit with US President Donald Trump, who spent the weekend at his golf resort in Turnberry, Scotland, after talks with British Prime Minister Theresa May at Chequers. The two presidents are scheduled to meet one-on-one, with only interpreters present, before lunch with their delegations.

The Kremlin has played down expectations. "We do not expect a breakthrough," aide Yuri Ushakov told reporters last week.

A tournament of surprises

Russia entered the tournament as the lowest-ranked team in the field, 70th in the FIFA rankings, and reached the quarterfinals before losing to Croatia on penalties. Germany, the holders, went out in the group stage for the first time since 1938.

Infantino called it "the best World Cup ever", and Russian officials said more than a million foreign fans had visited.

Related
Croatia's president wins hearts with dressing-room visits
Putin and Trump to meet alone in Helsinki, Kremlin says
Mbappe joins Pele in World Cup record books

Share: Facebook | Twitter | Email | Reddit

Audience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6"""))

A.append(dict(id="h38-07", source="watoday.com.au",
url="https://www.watoday.com.au/business/companies/li-qiang-tours-kwinana-lithium-plant-as-china-visit-ends-in-perth-20240618-p5jmr2.html",
published_at="2024-06-18", body="""WAtoday
Business | Companies

ASX 200 7,778.9 ▲ 0.9% | AUD/USD 0.6616 | Iron ore $US106.40 | Lithium spodumene $US1,095/t

Li Qiang tours Kwinana lithium plant as China visit ends in Perth

By Hamish Hastie and Emma Kirk
June 18, 2024 — 5.42pm

Chinese Premier Li Qiang wrapped up his four-day trip to Australia in Perth on Tuesday with a tour of Tianqi Lithium Energy Australia's hydroxide refinery in Kwinana, a lunch with some of the state's richest mining figures and a reminder that China still buys the bulk of Western Australia's iron ore.

Li, the most senior Chinese official to visit Australia since 2017, was shown around the troubled refinery by executives from Tianqi and its Australian partner IGO, alongside Premier Roger Cook. The plant, one of the few outside China able to turn spodumene into battery-grade chemicals, has struggled to reach its nameplate capacity, and IGO wrote down its value earlier this year as lithium prices collapsed.

"We welcome investment from China into our critical minerals sector, in line with our national interest framework," Cook said.

Mining magnates Andrew Forrest and Gina Rinehart were among guests at a lunch for Li hosted by the state government, according to people who attended.

Canberra talks

The Perth leg followed a day of talks in Canberra, where Li and Prime Minister Anthony Albanese held the annual leaders' meeting at Parliament House. The two governments signed agreements on climate change, trade, education and culture, and Beijing said it would add Australia to its list of countries whose citizens can visit China without a visa for up to 15 days. Albanese said the two sides would "cooperate where we can, disagree where we must".

Li started the trip on Saturday in Adelaide, where he visited the zoo and confirmed that China would send a new pair of giant pandas to replace Wang Wang and Fu Ni. He came to Australia after a three-day stop in New Zealand.

He leaves Perth on Tuesday evening for Kuala Lumpur, where he is due to hold talks with Malaysian Prime Minister Anwar Ibrahim on Wednesday to mark 50 years of diplomatic relations.

Trade numbers

Two-way trade between Australia and China was worth about $327 billion last year, and most Chinese tariffs imposed during the diplomatic freeze, including those on barley and wine, have now been removed. Rock lobster, a product close to the hearts of WA fishers, remains the last major export still blocked.

"The iron ore relationship never really broke, even at the worst of it," said a resources analyst at a Perth broker. "What the state wants now is processing, and that is where this visit was pointed."

Treasurer Jim Chalmers this month ordered five China-linked investors to sell down their shares in rare earths explorer Northern Minerals on national interest grounds, a decision Chinese officials did not raise publicly during the visit.

Read next
Perth lithium stocks slide as spodumene hits two-year low
WA budget surplus tops $3b on iron ore royalties
Chevron flags Wheatstone maintenance

License this article | Share | Save

Copyright © 2024 WAtoday"""))

A.append(dict(id="h38-08", source="sportstar.thehindu.com",
url="https://sportstar.thehindu.com/cricket/ind-vs-aus-4th-test-ahmedabad-modi-albanese-lap-of-honour-day-one/article66597142.ece",
published_at="2023-03-09", body="""Sportstar
Cricket | Football | Tennis | Other sports | Videos

India vs Australia, 4th Test, Day 1: Khawaja ton holds up India after Modi, Albanese open play

Team Sportstar | AHMEDABAD 09 March, 2023 18:05 IST

Prime Minister Narendra Modi and his Australian counterpart Anthony Albanese do a lap of the Narendra Modi Stadium on a decorated golf cart before the start of the fourth Test on Thursday. | Photo Credit: PTI

Usman Khawaja made an unbeaten 104 to carry Australia to 255 for four at stumps on the opening day of the fourth and final Test, after a morning in which the cricket briefly took second place to two heads of government.

Before the toss, Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese rode a chariot-shaped golf cart around the stadium that carries Modi's name, waving to a crowd that organisers hoped would set a record for a Test match. The two leaders presented caps to the captains, Rohit Sharma and Steve Smith, sang the national anthems with the teams and watched the first overs from a hospitality box.

Smith is leading the side again in place of Pat Cummins, who flew home to be with his ailing mother.

On the field

Khawaja, who survived a review for a catch behind shortly after reaching 50, batted through the day with a mix of patience and sweeps. Cameron Green was unbeaten on 49. Mohammed Shami took two wickets, and Ravichandran Ashwin and Ravindra Jadeja one each on a surface that offered little turn.

Australia have already booked their place in the World Test Championship final at The Oval in June and sit on top of the table. India need a win here, or help from New Zealand against Sri Lanka, to join them.

Off the field

Albanese arrived in Ahmedabad on Wednesday, celebrated Holi at the Raj Bhavan and visited the Sabarmati Ashram. From the stadium he flies to Mumbai, where he is to visit the new aircraft carrier INS Vikrant and meet business leaders, before the annual summit with Modi in New Delhi on Friday. Trade Minister Don Farrell and Resources Minister Madeleine King are travelling with him, with a push to conclude a broader Comprehensive Economic Cooperation Agreement this year after an interim trade deal came into force in December.

"Cricket is a big part of the glue," Albanese said. "It's a great way to start a visit that is about so much more."

Modi is to travel to Sydney in May for the Quad leaders' summit, when the two are expected to meet again, and Albanese heads from India to the United States next week for an announcement with President Joe Biden on the AUKUS submarine program.

Scorecard (stumps, Day 1): Australia 255/4 (Khawaja 104*, Green 49*, Head 32; Shami 2-65). India yet to bat.

Also read
Cummins to miss ODI series, Smith to lead
WTC final: what India need after Ahmedabad
Shreyas Iyer back injury flares again

Tags: India vs Australia, Border-Gavaskar Trophy, Usman Khawaja, Narendra Modi, Anthony Albanese

Share: WhatsApp | Facebook | X | Email
Copyright © 2023, THG PUBLISHING PVT LTD."""))

A.append(dict(id="h38-09", source="ansa.it",
url="https://www.ansa.it/english/news/business/2023/01/23/meloni-in-algiers-eni-sonatrach-sign-gas-deals_4d8b1e2f.html",
published_at="2023-01-23", body="""ANSA English
News | Politics | Business | Lifestyle | Sport
Privacy: we use cookies to improve your experience. Accept | Manage

FTSE MIB 25,790 ▲ 0.7% | EUR/USD 1.0870 | BTP-Bund spread 183 | PSV gas €57.40/MWh

Meloni in Algiers as Eni, Sonatrach sign gas deals

Premier eyes Italy as Europe's energy hub, heads to Libya next

(ANSA) - ROME, JAN 23 - Premier Giorgia Meloni met Algerian President Abdelmadjid Tebboune in Algiers on Monday on her first bilateral trip outside Europe, as energy groups Eni and Sonatrach signed two agreements aimed at increasing gas flows to Italy and studying new links across the Mediterranean.

Meloni, who arrived in the Algerian capital on Sunday evening, was received at the El Mouradia presidential palace with military honours. "Algeria is a strategic, stable and long-standing partner," she said after the talks. "Italy can become the entry point for energy into Europe from Africa."

Tebboune said the two countries had agreed to "intensify cooperation" beyond hydrocarbons, mentioning agriculture, the car industry and space.

The deals

The first agreement between the Italian energy major and Algeria's state company concerns the reduction of greenhouse gas emissions and methane leaks at Algerian fields. The second launches studies into new infrastructure to increase export capacity to Italy, including a possible new pipeline for gas and, later, hydrogen, an electricity cable and the transport of ammonia.

Eni CEO Claudio Descalzi said the company would work with Sonatrach to bring additional volumes online "as quickly as possible", without giving figures.

Algeria overtook Russia last year as Italy's largest gas supplier, providing about 40 percent of imports through the Transmed pipeline that runs via Tunisia and under the Sicily Channel. Russian deliveries, which had covered about 40 percent of Italian needs before the war in Ukraine, have fallen sharply since then.

The Mattei plan

On Sunday Meloni visited a garden in Algiers named after Enrico Mattei, the Eni founder who supported Algeria's independence movement, and said her government's new plan for Africa would bear his name. "Not a predatory approach but a cooperative one," she said.

Meloni's predecessor Mario Draghi travelled to Algiers twice last year to secure extra supplies, and Tebboune made a state visit to Rome in May. Meloni invited the Algerian president to return to Italy, and his office said he had accepted "in principle", without a date.

Next stop, Tripoli

Meloni is due in Tripoli on Saturday for talks with the head of the Government of National Unity, Abdul Hamid Dbeibah, government sources said, with Eni expected to sign a gas production agreement with Libya's National Oil Corporation worth about 8 billion dollars. Migration will also be on the agenda, after arrivals by sea to Italy more than doubled in January from a year earlier.

Algeria's relations with Spain, meanwhile, remain frozen after Algiers suspended a friendship treaty with Madrid last June over its shift on Western Sahara, a dispute that has left Spanish exporters shut out of the Algerian market.

RIPRODUZIONE RISERVATA © Copyright ANSA

Related articles
Tajani: Italy ready to help stabilise Libya
Gas prices fall to lowest since 2021 on mild weather
Eni, QatarEnergy sign deal on North Field South

Share | Print | Send"""))

A.append(dict(id="h38-10", source="thenationalnews.com",
url="https://www.thenationalnews.com/business/energy/2022/07/19/uae-and-france-sign-strategic-energy-partnership-during-sheikh-mohameds-state-visit/",
published_at="2022-07-19", body="""The National
Business | Energy

Brent $106.27 ▲ 3.6% | WTI $102.60 | DFM 3,270.61 ▲ | ADX 9,384.22 ▲ | EUR/AED 3.72

UAE and France sign strategic energy partnership during Sheikh Mohamed's state visit

Adnoc and TotalEnergies also agree diesel supply as Paris seeks alternatives to Russian fuel

Sarah Townsend | Jul 19, 2022

The UAE and France signed a comprehensive strategic energy partnership in Paris on Monday, on the first day of President Sheikh Mohamed bin Zayed's state visit, his first foreign trip since taking office in May.

The agreement, signed in the presence of Sheikh Mohamed and President Emmanuel Macron, covers oil, gas, hydrogen, renewables and nuclear energy, and is designed to guarantee French supplies while channelling joint investment into low-carbon projects in both countries, according to state news agency Wam.

Adnoc and TotalEnergies separately signed an agreement under which the Abu Dhabi company will supply diesel to France, which imported about a fifth of its diesel from Russia before the war in Ukraine.

Sheikh Mohamed was received at Les Invalides with military honours on Monday and attended a dinner at the Grand Trianon in Versailles. Talks at the Elysee on Tuesday were expected to cover regional security and the two countries' joint investments.

"France can count on the UAE as a reliable partner," Dr Sultan Al Jaber, Minister of Industry and Advanced Technology and Adnoc's managing director, told reporters.

Output questions

The visit follows an unusual moment at the G7 summit in Germany last month, when Mr Macron was overheard telling US President Joe Biden that he had spoken by phone with Sheikh Mohamed, who told him the UAE was producing close to its maximum. UAE energy minister Suhail Al Mazrouei later clarified that the country was producing near its Opec+ quota.

Oil prices jumped on Monday on doubts over extra Gulf output, days after Mr Biden's trip to Jeddah, where he met Saudi Crown Prince Mohammed bin Salman and attended a summit with Gulf, Egyptian, Jordanian and Iraqi leaders. Mr Biden also held talks with Sheikh Mohamed in Jeddah and invited him to the White House later this year, the White House said.

Saudi Crown Prince Mohammed bin Salman is expected in France later this month, French media reported, though the Elysee has not confirmed a date.

Defence and trade

France is the UAE's top European defence supplier. In December Abu Dhabi agreed to buy 80 Rafale fighter jets in a deal worth about 16 billion euros, the largest export order for the aircraft, signed during Mr Macron's visit to Dubai.

Non-oil trade between the UAE and France reached about Dh31.6 billion last year, according to UAE figures, and some 600 French companies operate in the country.

"The timing is the message," said an analyst at a Dubai-based consultancy. "Europe is shopping for molecules, and the Gulf is the shop."

More from The National
Opec+ to consider output policy at August 3 meeting
Adnoc Gas IPO: what investors should know
Etihad Rail signs deal with French rolling-stock maker

Updated: July 19, 2022, 5:10 AM

Share: Facebook | Twitter | LinkedIn | WhatsApp"""))

A.append(dict(id="h38-11", source="businesslive.co.za",
url="https://www.businesslive.co.za/bd/world/europe/2022-11-23-ramaphosa-and-sunak-talk-trade-and-energy-as-state-visit-wraps-up/",
published_at="2022-11-23", body="""BusinessLIVE | Business Day
Subscribe | Log in | Markets | Companies | National | World | Opinion

JSE ALSI 73,812 ▲ 0.6% | USD/ZAR 17.18 ▼ | GBP/ZAR 20.48 | Gold $1,741 | Brent $88.10

WORLD / EUROPE

Ramaphosa and Sunak talk trade and energy as state visit wraps up

London hosts first state visit of King Charles's reign, with the Phala Phala report looming at home

Hilary Joffe | London | 23 November 2022 - 18:30

President Cyril Ramaphosa held talks with British Prime Minister Rishi Sunak at 10 Downing Street on Wednesday, the last day of a state visit that has been heavy on pageantry and, his officials hope, lighter on the questions waiting for him at home.

The two leaders discussed trade, investment, the energy transition and the war in Ukraine, according to the presidency. Ramaphosa pressed for more British investment in SA's renewable energy programme, while Sunak's office said the UK would support efforts to ease the country's electricity crisis.

Ramaphosa was welcomed by King Charles III and the queen consort at Horse Guards Parade on Tuesday, in the first state visit hosted by the new monarch. He addressed both houses of parliament in the Royal Gallery, and was guest of honour at a state banquet at Buckingham Palace on Tuesday night.

Sunak told Ramaphosa he hoped to visit SA, the presidency said, but no date was discussed.

The numbers

Britain is one of SA's largest foreign investors and a top-10 trading partner. Total trade between the two was worth about £11bn in the four quarters to the end of June, according to UK figures, and a post-Brexit economic partnership agreement with the Southern African Customs Union and Mozambique has kept most goods flowing duty-free.

Ramaphosa was accompanied by international relations minister Naledi Pandor and trade, industry & competition minister Ebrahim Patel, who held meetings with British business leaders at a roundtable in the City.

Energy and the $8.5bn deal

The UK is one of the partners in the $8.5bn Just Energy Transition Partnership, alongside the US, France, Germany and the EU, set up at the Glasgow climate talks last year to help SA move away from coal. The government presented an investment plan at COP27 in Sharm el-Sheikh this month, putting the total need at about R1.5-trillion over five years.

"London is where a lot of the capital for this sits," said a Johannesburg-based energy economist. "The state visit is a shop window; the test is whether the money turns up."

Ukraine remains a point of difference. SA has abstained on several UN General Assembly votes condemning Russia's invasion, and Ramaphosa repeated in London that his government favoured dialogue over sanctions.

At home

Ramaphosa returns as an independent panel prepares to deliver its report on the theft of foreign currency from his Phala Phala game farm, due to parliament by the end of the month.

The rand firmed 0.4% against the dollar on Wednesday.

Read more
Eskom extends stage 4 load-shedding into weekend
Godongwana's medium-term budget: what it means for you
SA bonds rally as US yields ease

Share this article: Facebook | Twitter | LinkedIn | Email

© 2022 Arena Holdings. All rights reserved."""))

A.append(dict(id="h38-12", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/erdogan-begins-gulf-tour-in-jeddah-as-investment-deals-signed-184890",
published_at="2023-07-18", body="""Hürriyet Daily News
Türkiye | Economy | World | Opinion | Life | Sports

BIST 100 6,712 ▼ 0.4% | USD/TRY 26.96 ▲ | EUR/TRY 30.27 ▲ | Gold (gr) 1,662 TL

ECONOMY

Erdoğan begins Gulf tour in Jeddah as investment deals signed

ANKARA | July 18 2023 10:35:00

President Recep Tayyip Erdoğan held talks with Saudi Crown Prince and Prime Minister Mohammed bin Salman in Jeddah on July 17, the first stop of a three-nation Gulf tour that Ankara hopes will bring fresh investment and financing into Türkiye's strained economy.

Erdoğan was welcomed at King Abdulaziz International Airport and later received by the crown prince at Al-Salam Palace, where the two leaders held talks between delegations. The sides signed memoranda on direct investment, energy, defence industry, communications and media, according to the Communications Directorate.

Erdoğan presented the crown prince with a Togg, Türkiye's home-grown electric car, in a gesture that drew wide attention on social media.

The drone deal

Hours after the talks, Baykar, maker of the Bayraktar drones, said it had signed the biggest defence export contract in the country's history with the Saudi Defence Ministry for its Akıncı unmanned combat aircraft. Baykar's CEO Haluk Bayraktar posted pictures of the signing with Saudi Defence Minister Prince Khalid bin Salman. The value was not disclosed.

Finance Minister Mehmet Şimşek and Central Bank Governor Hafize Gaye Erkan are part of the delegation. Since taking office after the May elections, Şimşek has sought to return to orthodox policy, and the central bank raised its policy rate to 15 percent last month.

Doha and Abu Dhabi next

Erdoğan travels on to Doha on July 18 for talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani, before heading to Abu Dhabi on July 19, where he is due to meet UAE President Sheikh Mohamed bin Zayed. Officials expect agreements worth billions of dollars to be signed in the UAE.

"We will discuss joint investments and financing opportunities with our Gulf brothers," Erdoğan said before departing Istanbul, adding that he expected the tour to attract about $10 billion in initial investment.

Speaking to reporters on the plane, Erdoğan also said he believed Russian President Vladimir Putin "may" visit Türkiye in August, when the future of the Black Sea grain deal, which Moscow refused to extend on July 17, could be discussed. The Kremlin said no dates had been set.

Trade figures

Türkiye's exports to Saudi Arabia nearly doubled in the first half of the year compared with the same period in 2022, according to the Turkish Exporters Assembly, as relations recovered after years of tension following the 2018 killing of journalist Jamal Khashoggi in Istanbul. Bilateral trade was around $6.5 billion last year.

The Turkish lira hit a record low of nearly 27 against the dollar on Tuesday.

Most read
Erdoğan, Putin discuss grain deal in phone call
Türkiye's inflation eases for eighth month
Istanbul airports break passenger record in June

Tags: Erdoğan, Saudi Arabia, Qatar, UAE, Gulf, investment, Baykar

Share: Facebook | Twitter | WhatsApp"""))
