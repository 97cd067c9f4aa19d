# Long pages (2,500-4,500 characters), h66-01 .. h66-12
A = []

A.append(dict(id="h66-01", source="newsinfo.inquirer.net",
url="https://newsinfo.inquirer.net/1725804/us-gets-access-to-4-more-ph-bases-as-austin-marcos-talk-security",
published_at="2023-02-02", body="""Inquirer.net uses cookies to ensure you get the best experience. By continuing, you agree to our use of cookies. Learn more | Accept

PSEi 6,890.12 ▲ +41.37 | USD/PHP 54.48 ▼ -0.12 | Dubai crude $80.64 ▲ +0.95

NEWSINFO / NATION

US gets access to 4 more PH military sites as Austin, Marcos talk security

By: Dennis Tolentino, Ma. Carmela Ybañez - @inquirerdotnet
Philippine Daily Inquirer / 05:14 PM February 02, 2023

MANILA, Philippines — The United States will gain access to four more military sites in the country under the Enhanced Defense Cooperation Agreement (Edca), Manila and Washington announced on Thursday, as visiting US Defense Secretary Lloyd Austin III called on President Ferdinand Marcos Jr. at Malacañang.

The expansion, which raises the number of Edca locations to nine, was unveiled at a joint news conference at Camp Aguinaldo after Austin held talks with his Philippine counterpart, Defense Officer in Charge Carlito Galvez Jr. Neither official named the new locations, which the Department of National Defense said were still being discussed with local governments.

Galvez said the sites would be used for combined training, the prepositioning of equipment and humanitarian response, and that both sides had agreed to speed up some $82 million in US-funded projects at the five existing locations, among them Basa Air Base in Pampanga and Antonio Bautista Air Base in Palawan.

"Our alliance makes both of our democracies more secure," Austin told reporters, adding that Washington's commitment under the 1951 Mutual Defense Treaty covered Philippine forces, vessels and aircraft "anywhere in the South China Sea."

At the Palace, Marcos told the Pentagon chief that he could not see the future of the Philippines "without the United States," according to a readout from the Presidential Communications Office.

Austin flew in late on Tuesday from Seoul, where earlier that day he had sat down with South Korean Defense Minister Lee Jong-sup and promised to send more advanced US assets, including fighter jets and carrier groups, to the Korean Peninsula. On Wednesday he visited Camp Navarro in Zamboanga City, home to a small contingent of US troops who support Philippine counterterrorism operations.

Beijing reacted coolly. Chinese foreign ministry spokesperson Mao Ning said Washington was "stepping up military deployment in the region" and urged countries in the region to "stay vigilant."

The deal comes a month after Marcos's state visit to Beijing, where he and President Xi Jinping agreed to handle maritime disputes through "friendly consultations." Analysts say the new sites are likely to be in northern Luzon, facing Taiwan, and on Palawan, facing the Spratlys.

Marcos is set to fly to Tokyo next week for a five-day official visit from February 8 to 12, during which he is expected to take up defense cooperation with Prime Minister Fumio Kishida. Officials have said the two sides may open talks on a visiting forces pact.

The two allies are also preparing for this year's Balikatan exercises, which the Armed Forces of the Philippines said would be the largest yet, with about 17,000 troops.

PHOTO: US Defense Secretary Lloyd Austin III and Defense OIC Carlito Galvez Jr. shake hands at Camp Aguinaldo on Thursday. —GRIG C. MONTEGRANDE

Read Next
EDITORS' PICK
Blinken to visit Beijing this weekend, first top US diplomat in five years
PH, US coast guards eye joint patrols
MOST READ
Gas prices up anew next week
Senate resumes probe on onion smuggling

TAGS: Carlito Galvez Jr., Edca, Ferdinand Marcos Jr., Lloyd Austin, PH-US relations

Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media.

Your subscription could not be saved. Please try again.

Disclaimer: Comments do not represent the views of INQUIRER.net. 127 comments"""))

A.append(dict(id="h66-02", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/shangri-la-dialogue-austin-dong-jun-meeting-first-face-to-face-4377961",
published_at="2024-05-31", body="""Get the CNA app for breaking news alerts | Open

STI 3,336.12 ▼ -0.15% | USD/SGD 1.3507 | Brent $81.62

Asia

US, China defence chiefs hold first face-to-face talks in 18 months on Shangri-La Dialogue sidelines

US Defense Secretary Lloyd Austin (right) and China's Defence Minister Dong Jun before their meeting at the Shangri-La Hotel in Singapore on May 31, 2024. (Photo: AFP/Handout)

Bookmark | Share

31 May 2024 05:45PM (Updated: 31 May 2024 09:12PM)

SINGAPORE: United States Defense Secretary Lloyd Austin and Chinese Defence Minister Admiral Dong Jun met for more than an hour on Friday (May 31) on the sidelines of the Shangri-La Dialogue, the first in-person talks between the two countries' defence chiefs since November 2022.

The meeting at the Shangri-La Hotel ran about 75 minutes, a senior US defence official told reporters. Austin raised "recent provocative" Chinese military activity around Taiwan following the inauguration of President Lai Ching-te, the Pentagon said, and stressed the importance of freedom of navigation in the South China Sea.

Beijing's account was blunter. Defence ministry spokesman Senior Colonel Wu Qian said Dong had told his American counterpart that the Taiwan question was "the core of China's core interests" and that Washington must not "contain China" through the island. He described the talks as "positive, practical and constructive" and said the two militaries had agreed to keep communication channels open.

The sit-down follows a video call between the two men on Apr 16, Dong's first substantive contact with his US counterpart since he took office in December. Military-to-military contacts were frozen by Beijing in August 2022 after a visit to Taipei by then US House Speaker Nancy Pelosi and restored only after President Joe Biden and President Xi Jinping met in California last November.

Last year, Dong's predecessor Li Shangfu, who was under US sanctions, declined Austin's invitation to meet at the same forum. The two men shook hands at the opening dinner but held no talks.

US officials said working-level talks between the militaries, including a theatre commanders' call, were expected to resume in the coming months, though no dates were given.

Philippine President Ferdinand Marcos Jr delivers the keynote address on Friday evening. Austin will speak on Saturday morning and Dong on Sunday.

After Singapore, Austin will travel to Cambodia next week, his first trip there since the Asean defence ministers' meetings in Siem Reap in November 2022. He is expected to meet Prime Minister Hun Manet and raise concerns about Chinese construction at the Ream Naval Base, US officials said.

Some 550 delegates from more than 40 countries are attending the three-day forum, organised by the International Institute for Strategic Studies. Organisers would not confirm reports that Ukrainian President Volodymyr Zelenskyy could appear at the forum over the weekend.

Source: CNA/Reuters/kg(ac)

Related Topics
Shangri-La Dialogue | Lloyd Austin | Dong Jun | US-China relations | Taiwan

Also worth reading
Marcos to warn of 'red line' in South China Sea in keynote
Commentary: What to watch for at the Shangri-La Dialogue
Ng Eng Hen: Singapore will not take sides in great power rivalry

Get WhatsApp alerts | Subscribe to our newsletter to get our pick of the top stories delivered to your inbox."""))

A.append(dict(id="h66-03", source="dw.com",
url="https://www.dw.com/en/ukraine-zelenskyy-signs-security-deals-in-berlin-and-paris/a-68281744",
published_at="2024-02-16", body="""We use cookies to improve our service for you. You can find more information in our data protection declaration. OK

Skip next section Explore DW

Conflicts | Russia's war in Ukraine

Zelenskyy signs security deals in Berlin and Paris

Ukraine's president has secured 10-year security agreements with Germany and France on the day Russian opposition leader Alexei Navalny was reported dead. He heads to the Munich Security Conference on Saturday.

Ukrainian President Volodymyr Zelenskyy and German Chancellor Olaf Scholz shake hands after the signing at the Chancellery Image: Michael Kappeler/dpa/picture alliance

Ukrainian President Volodymyr Zelenskyy on Friday signed long-term bilateral security agreements with Germany and France, traveling from Berlin to Paris as his army fights to hold the eastern town of Avdiivka.

In Berlin, Zelenskyy and German Chancellor Olaf Scholz put their names to a 10-year agreement at the Chancellery. Germany pledged to keep supporting Ukraine "for as long as necessary" and unveiled a new military package worth €1.1 billion ($1.18 billion), including 36 howitzers and 120,000 rounds of artillery ammunition.

"This is a historic step," Scholz told reporters. Zelenskyy thanked Germany and said the agreement was "a bridge" to Ukraine's eventual membership of NATO, adding that his soldiers were short of shells along the whole front.

Hours later, Zelenskyy was received at the Elysee Palace by President Emmanuel Macron, who signed a similar accord and promised up to €3 billion in additional military aid this year. Macron said Russia's "aggressiveness" had entered a new phase and warned that Europe could not allow Moscow to win.

The agreements follow a similar deal signed with the United Kingdom during a visit to Kyiv by British Prime Minister Rishi Sunak in January, under a framework agreed by the G7 last July. Other allies are expected to follow in the coming weeks.

Navalny's death clouds Munich

The news from a penal colony in the Arctic, where prison authorities said Navalny collapsed after a walk, overshadowed both visits. Scholz said Navalny had "paid for his courage with his life," while Macron accused the Kremlin of killing him. Moscow said a cause of death was still being established.

Zelenskyy travels to Munich on Saturday, where he is scheduled to address the Munich Security Conference and is due to meet US Vice President Kamala Harris on the sidelines. His aides said he would press for the release of a $60 billion aid package blocked by Republicans in the US House of Representatives.

On the battlefield, Ukrainian officials said troops were regrouping in Avdiivka, which Russian forces have surrounded on three sides. Ukraine's new commander-in-chief, Oleksandr Syrskyi, said he had ordered reinforcements to the town.

Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the Berlin and Paris agreements as "worthless paper."

lo/rc (AFP, dpa, Reuters)

Send us your feedback

Related topics
Volodymyr Zelenskyy | Olaf Scholz | Emmanuel Macron | Alexei Navalny | Munich Security Conference

More on this topic
Navalny dies in prison, Russian authorities say
Ukraine: Russian forces close in on Avdiivka
Denmark to send entire artillery stock to Kyiv

Sign up for DW's weekly newsletter on Europe | Download the DW app"""))

A.append(dict(id="h66-04", source="scmp.com",
url="https://www.scmp.com/economy/china-economy/article/3310184/us-china-agree-slash-tariffs-90-days-after-geneva-talks",
published_at="2025-05-12", body="""HANG SENG 23,549.46 ▲ +2.98% | SSE 3,369.24 ▲ +0.82% | USD/CNY 7.2000 ▼ | Brent $64.77 ▲ +3.2%

Economy / China Economy

US and China agree to slash tariffs for 90 days after Geneva talks

Washington will cut the levy on Chinese goods to 30 per cent from 145 per cent, while Beijing will lower its duty on US products to 10 per cent from 125 per cent

Both sides will set up a mechanism for further talks on trade and economic relations

Finbarr Wong in Geneva and Lucy Zhao in Beijing
Published: 3:26pm, 12 May 2025 | Updated: 8:10pm, 12 May 2025

Why you can trust SCMP

China and the United States agreed on Monday to roll back most of the tariffs they have imposed on each other since April for an initial 90 days, after two days of talks in Geneva between Vice-Premier He Lifeng and US Treasury Secretary Scott Bessent.

Under a joint statement released simultaneously in both capitals, Washington will lower its additional tariff on Chinese goods from 145 per cent to 30 per cent, including the 20 per cent levy tied to fentanyl, while Beijing will cut its retaliatory duty on American products from 125 per cent to 10 per cent. The changes take effect by Wednesday.

"We had very productive talks," Bessent told reporters in Geneva, flanked by US Trade Representative Jamieson Greer. "The consensus from both delegations is that neither side wants a decoupling."

He described the weekend meetings at the Swiss ambassador's residence, Villa Saladin, as "substantial," and said the talks had produced "important consensus." China's chief trade negotiator, Li Chenggang, also took part.

The two sides agreed to establish a mechanism for continued consultations, led by He on the Chinese side and Bessent and Greer on the American side. Bessent said he expected further meetings "in the next few weeks" to work on a more comprehensive deal, but no date or venue was announced.

The Geneva session was the first face-to-face contact between senior economic officials of the two sides since US President Donald Trump launched his tariff campaign. Trump, who called the talks "a total reset," said on Monday he might speak to Chinese President Xi Jinping by the end of the week.

Swiss President Karin Keller-Sutter, who offered Geneva as a venue, had received the US delegation and He Lifeng separately on Friday before the negotiations began. The Swiss government said it was "pleased" the talks had ended in agreement. Bern itself is still negotiating with Washington over a 31 per cent tariff on Swiss exports.

Markets rallied on the news. The Hang Seng Index jumped nearly 3 per cent and US stock futures rose more than 2 per cent. Oil prices climbed on hopes that a trade war would not tip the global economy into recession.

China's exports to the US fell 21 per cent in April from a year earlier, customs data showed last week, even as overall shipments rose 8.1 per cent on strong sales to Southeast Asia. Bilateral goods trade reached about US$582 billion last year, with a US deficit of about US$295 billion.

Analysts cautioned that the truce was fragile. "Ninety days is not much time to resolve issues such as fentanyl, export controls and market access," said a Beijing-based economist.

Related
Beijing's fentanyl crackdown 'not enough', Washington says
How Chinese exporters rerouted via Vietnam

Most popular
China's rare earth curbs hit US defence suppliers
Hong Kong property prices slip for fourth month

This article appeared in the South China Morning Post print edition as: Tariffs slashed as Geneva talks yield deal

Comments (54) | Share: Facebook | X | LinkedIn"""))

A.append(dict(id="h66-05", source="thehindu.com",
url="https://www.thehindu.com/news/national/rajnath-singh-meets-dong-jun-belousov-in-qingdao/article69741235.ece",
published_at="2025-06-27", body="""SENSEX 84,058.90 ▲ 303.03 | NIFTY 25,637.80 ▲ 88.80 | Gold ₹97,450 | USD/INR 85.49

National

Rajnath Singh meets Chinese, Russian counterparts in Qingdao; India declines to sign SCO joint statement

Defence Minister calls for 'permanent engagement' to de-escalate along the LAC; Dong Jun says ties must avoid 'external interference'

Dinakar Peri
NEW DELHI | Updated - June 27, 2025 12:41 am IST

Defence Minister Rajnath Singh held talks with Chinese Defence Minister Admiral Dong Jun in Qingdao on Thursday on the sidelines of the Shanghai Cooperation Organisation (SCO) Defence Ministers' Meeting, the first meeting of India's and China's defence ministers since the disengagement agreement along the Line of Actual Control last October.

The two ministers held "constructive and forward-looking" talks on issues relating to the bilateral relationship, the Ministry of Defence said. Mr. Singh stressed the need to solve "complex issues" through a structured roadmap of permanent engagement and de-escalation, and to rebuild trust on the ground. He also welcomed the resumption of the Kailash Mansarovar Yatra after nearly six years.

Mr. Singh presented Admiral Dong with a Madhubani painting from Bihar. A Chinese readout said Admiral Dong had told his counterpart that both sides should "take a long-term view" of ties.

The Defence Minister also met Russian Defence Minister Andrei Belousov in the port city, where the two discussed the supply of the remaining S-400 air defence squadrons and the upgrade of the Su-30MKI fleet, officials said.

Earlier, Mr. Singh had refused to endorse the joint statement of the meeting because it made no reference to the April 22 terror attack in Pahalgam, while mentioning incidents in Balochistan. The meeting ended without a joint statement.

Addressing the meeting, Mr. Singh said "some countries use cross-border terrorism as an instrument of policy" and that there should be no "double standards" in dealing with it. India's Operation Sindoor in May, he said, had shown that "epicentres of terrorism are no longer safe."

Pakistan's Defence Minister Khawaja Asif also attended the meeting. There was no interaction between the Indian and Pakistani ministers, officials said. Admiral Dong separately held talks with Mr. Asif and with Mr. Belousov, according to China's Ministry of National Defense.

The Qingdao visit came days after National Security Adviser Ajit Doval travelled to Beijing for a meeting of SCO security council secretaries, where he met Foreign Minister Wang Yi on Monday. India and China are preparing to mark 75 years of diplomatic relations.

Mr. Singh returned to New Delhi on Thursday night.

Also Read | India, U.S. to sign 10-year defence framework, says Pentagon
Also Read | Jaishankar to travel to Washington for Quad foreign ministers' meeting

Published - June 26, 2025 11:58 pm IST

Related Topics
India-China / Rajnath Singh / defence / Shanghai Cooperation Organisation

Comments
Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.

We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in, you may continue to engage with our articles."""))

A.append(dict(id="h66-06", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/2023/12/06/putin-uae-saudi-arabia-visit/",
published_at="2023-12-06", body="""Brent crude $74.30 ▼ -0.85% | WTI $69.38 ▼ -0.88% | ADX 9,462.4 ▲ +0.2% | Tadawul 11,149 ▼ -0.4%

Gulf

Putin makes rare Gulf trip with stops in Abu Dhabi and Riyadh

Russian president discusses oil, trade and Gaza with Sheikh Mohamed bin Zayed and Saudi Crown Prince Mohammed bin Salman

Karim Saadeh
Dec 06, 2023

Listen In English | Listen In Arabic

Russian President Vladimir Putin held talks with President Sheikh Mohamed bin Zayed in Abu Dhabi on Wednesday before flying on to Riyadh to meet Saudi Crown Prince Mohammed bin Salman, on a one-day trip that marked his first visit to the region since 2019.

Mr Putin's plane was escorted into UAE airspace by Russian Su-35 fighters, and the Emirati air force's aerobatic team traced the colours of the Russian flag over Qasr Al Watan, where Sheikh Mohamed welcomed him.

Sheikh Mohamed said relations between the two countries were growing "across all fields" and praised Russia as a partner in energy security. Mr Putin said bilateral trade had reached a record level and thanked the UAE for its help in prisoner exchanges between Moscow and Kyiv. Trade between the two countries rose to about $9 billion last year, according to Russian figures.

The talks in Riyadh focused on oil markets and co-operation within Opec+, as well as the war in Gaza, the Saudi Press Agency reported. The two leaders also discussed developments in Ukraine.

The visit comes less than a week after Opec+ members agreed on November 30 to voluntary output cuts totalling about 2.2 million barrels per day for the first quarter of 2024. Saudi Arabia extended its own 1 million bpd cut, and Russia said it would deepen its export reductions. Brent crude fell below $75 a barrel this week as traders questioned how deep the cuts would be.

Mr Putin rarely travels abroad since the International Criminal Court issued an arrest warrant for him in March. Neither the UAE nor Saudi Arabia is a party to the Rome Statute.

Kremlin spokesman Dmitry Peskov said the trip had been prepared over several months. Mr Putin's delegation included Deputy Prime Minister Alexander Novak, who oversees energy policy, as well as Kirill Dmitriev, head of the Russian Direct Investment Fund, and Chechen leader Ramzan Kadyrov.

On Thursday Mr Putin is due to host Iranian President Ebrahim Raisi in Moscow for talks the Kremlin said would cover the Middle East and economic ties. Iran's official news agency IRNA said Mr Raisi would also discuss the North-South Transport Corridor.

The UAE has become a major hub for Russian business since 2022, drawing criticism from Western governments. US Treasury officials visited Abu Dhabi earlier this year to press for tighter controls on dual-use exports.

More from The National
Cop28: Oil and gas producers pledge to cut methane
Sheikh Mohamed receives Kenyan President at Qasr Al Watan
Cop28: UAE launches $30bn climate investment fund

Updated: December 06, 2023, 6:42 PM

Topics: Vladimir Putin, Russia, UAE, Saudi Arabia, Opec+

Sign up to our newsletters | Follow us on WhatsApp"""))

A.append(dict(id="h66-07", source="timesofisrael.com",
url="https://www.timesofisrael.com/liveblog_entry/austin-in-israel-meets-gallant-urges-shift-to-lower-intensity-phase/",
published_at="2023-12-18", body="""Support Times of Israel's independent journalism and help us reach more readers. Join our community

TA-35 1,802.66 ▲ +0.61% | USD/ILS 3.6740 ▼ -0.31% | Brent $77.84 ▲ +1.6%

Israel at War - Day 73

Austin lands in Israel, tells Gallant US will back campaign but urges care for civilians

Pentagon chief meets Gallant, Netanyahu; departs for Bahrain later Monday amid Houthi attacks on shipping

By Emanuel Fabian and agencies
18 December 2023, 6:05 pm

US Defense Secretary Lloyd Austin met Defense Minister Yoav Gallant in Tel Aviv on Monday, telling his Israeli counterpart that Washington's support for the war against Hamas was "unshakable" while pressing Israel to move toward a lower-intensity phase of operations in Gaza.

Austin, who was accompanied by Chairman of the Joint Chiefs of Staff Gen. CQ Brown, was also due to meet Prime Minister Benjamin Netanyahu and the war cabinet later in the day.

At a joint press conference, Gallant said the war would "last more than several months" and that Israel would establish conditions for "a long-term security reality." Austin said the US was "not dictating timelines" but that protecting civilians was "both a moral duty and a strategic imperative."

Austin's visit comes days after US National Security Adviser Jake Sullivan held talks in Israel on the timing of the next phase of the offensive.

From Israel, Austin was scheduled to travel to Bahrain, home of the US Navy's Fifth Fleet, and then on to Qatar, where US officials said he would discuss hostage negotiations and the Al Udeid air base.

Red Sea coalition

US officials said Austin would use the Bahrain stop to announce a multinational naval operation to protect commercial ships in the Red Sea from attacks by Yemen's Iran-backed Houthi rebels, who have fired missiles and drones at vessels they say are linked to Israel.

On Monday, energy giant BP said it was pausing all shipments through the Red Sea, joining several major container lines. Shipping costs and insurance premiums have soared.

Separately, Mossad chief David Barnea was reported by Axios to have met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and CIA Director William Burns in Warsaw on Monday to discuss a new hostage deal. Neither Israel nor Qatar commented on the report.

The IDF said 129 hostages remain in Gaza. On the northern front, Hezbollah fired anti-tank missiles at several border communities and the IDF struck targets in southern Lebanon.

Read more:
IDF says it found largest Hamas tunnel near Erez crossing
Cohen to UN envoy: Ceasefire would be 'prize for Hamas'
Blinken, Cameron speak by phone on Gaza aid

Liveblog entries are updated throughout the day.

You're a dedicated reader
We're really pleased that you've read X Times of Israel articles in the past month. That's why we started the Times of Israel ten years ago. Join Times of Israel Community

1 Comment | Share | Print"""))

A.append(dict(id="h66-08", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/01/12/national/politics-diplomacy/kishida-sunak-reciprocal-access-agreement/",
published_at="2023-01-12", body="""Nikkei 225 26,446.00 ▲ +0.65% | USD/JPY 132.45 ▼ | TOPIX 1,904.90

POLITICS / DIPLOMACY

Japan and Britain sign defense pact as Kishida tours G7 partners

The Reciprocal Access Agreement will allow the countries to deploy forces to each other's territory for training and disaster relief

by Kenji Moriyama
Staff Writer
Jan 12, 2023

LONDON – Prime Minister Fumio Kishida and British Prime Minister Rishi Sunak signed a defense agreement on Wednesday that will allow their forces to be deployed to each other's countries, the latest step in Tokyo's effort to deepen security ties beyond its alliance with Washington.

The two leaders signed the Reciprocal Access Agreement at the Tower of London, where they also inspected a British military guard. The pact, which must be approved by Japan's parliament, sets out rules for joint exercises and disaster relief operations and makes Britain the second country after Australia to sign such an accord with Japan.

"This is a landmark agreement," Sunak said, describing Japan as one of Britain's "closest partners" in Asia. Kishida said the two countries shared a strong determination to oppose unilateral attempts to change the status quo by force in the Indo-Pacific.

In December, Japan, Britain and Italy agreed to jointly develop a next-generation fighter jet under the Global Combat Air Programme, due to be deployed in 2035.

Kishida arrived in London from Rome, where on Tuesday he and Italian Prime Minister Giorgia Meloni agreed to raise bilateral ties to a strategic partnership. The tour began in Paris on Monday, when Kishida held a working dinner with French President Emmanuel Macron, and the two sides agreed to hold a two-plus-two meeting of defense and foreign ministers this year.

The prime minister heads next to Ottawa, where he is set to meet Canadian Prime Minister Justin Trudeau on Thursday, before wrapping up the trip in Washington on Friday with talks with U.S. President Joe Biden at the White House.

The talks with Biden are expected to focus on Japan's new national security strategy, adopted in December, which commits Tokyo to doubling defense spending to 2% of gross domestic product by fiscal 2027 and acquiring "counterstrike" capabilities.

Laying the groundwork in Washington, Foreign Minister Yoshimasa Hayashi and Defense Minister Yasukazu Hamada met Secretary of State Antony Blinken and Defense Secretary Lloyd Austin on Wednesday for two-plus-two security talks. The ministers agreed to upgrade the U.S. Marine Corps regiment on Okinawa into a more mobile littoral unit by 2025, and said attacks in space could trigger the bilateral security treaty.

Japan holds the rotating presidency of the Group of Seven this year and will host the leaders' summit in Hiroshima in May. Kishida has said he wants to use the tour to build unity among G7 members on Russia's invasion of Ukraine and on China.

A government source said Kishida was also weighing a visit to Kyiv before the Hiroshima summit, although security concerns made any trip difficult.

KEYWORDS
Fumio Kishida, Rishi Sunak, U.K., defense, G7

Related
Hayashi set to visit Latin America next week
China criticizes Japan-U.S. missile plans

In a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right. SUBSCRIBE NOW

PHOTO GALLERY (CLICK TO ENLARGE)"""))

A.append(dict(id="h66-09", source="africanews.com",
url="https://www.africanews.com/2024/03/17/niger-junta-revokes-military-agreement-with-us/",
published_at="2024-03-17", body="""Niger

Niger's junta revokes military accord with the United States after tense visit by US delegation

By Africanews with AFP
Last updated: 17/03 - 11:08

A US military drone hangar at Air Base 201 in Agadez, central Niger, in 2018. Credit: AP Photo/Carley Petesch

Niger's military government has ended, "with immediate effect," an agreement that allowed US military personnel and civilian Defense Department staff to operate in the country, the junta's spokesperson said on Saturday, days after a high-level American delegation visited Niamey.

In a statement read on national television, Colonel Amadou Abdramane said the status-of-forces agreement reached in 2012 had been "imposed unilaterally" and was contrary to Niger's constitution. He said the US presence on Nigerien soil was now "illegal."

The announcement came after a US delegation led by Assistant Secretary of State for African Affairs Molly Phee spent three days in Niamey this week. Phee travelled with Celeste Wallander, the Pentagon's assistant secretary for international security affairs, and General Michael Langley, the commander of US Africa Command. They held talks with Prime Minister Ali Mahaman Lamine Zeine and other members of the government but were not received by the junta leader, General Abdourahamane Tiani.

Abdramane criticised the "condescending attitude" of the head of the delegation and accused Washington of trying to dictate Niger's choice of partners. He said the Americans had accused Niamey of a secret deal to supply uranium to Iran, which he rejected.

The US State Department said it was aware of the statement and had held "frank discussions" in Niamey about the trajectory of the military government. A spokesperson said Washington was in touch with the authorities and would provide further updates.

About 650 US troops are stationed in Niger, most of them at Air Base 201 near Agadez, a drone base built at a cost of more than $100 million and used for surveillance across the Sahel. Washington had suspended most military cooperation after the coup of July 2023, which toppled President Mohamed Bazoum.

Since then, Niamey has pushed out French troops and turned to Moscow. In December, a Russian delegation led by Deputy Defence Minister Yunus-Bek Yevkurov visited Niamey and signed documents to strengthen military cooperation. In January, Prime Minister Zeine travelled to Tehran, fuelling Western concern.

Niger, Mali and Burkina Faso, all run by military governments, announced in January that they were leaving the Economic Community of West African States (ECOWAS) and have formed the Alliance of Sahel States.

Analysts said the decision would complicate Washington's counterterrorism strategy in the region. "This leaves the United States with very few options in the central Sahel," said a researcher at a Dakar-based institute.

Read more
Mali: fuel shortages hit Bamako
Burkina Faso expels three French diplomats
Senegal: election campaign enters final week

Share this article: Facebook | X | WhatsApp

Africanews is available in English and French. Download our app.

Copyright © africanews"""))

A.append(dict(id="h66-10", source="abc.net.au",
url="https://www.abc.net.au/news/2023-03-14/aukus-submarine-deal-announced-san-diego/102089476",
published_at="2023-03-14", body="""ABC News

ASX 200 7,009.7 ▼ -1.4% | AUD/USD 0.6661 ▲ | Gold $1,911

Australia to buy up to five Virginia-class submarines under AUKUS deal unveiled in San Diego

By foreign affairs reporter Stephen Dziedzic and Emily Tran in San Diego
Posted Tue 14 Mar 2023 at 7:40am, updated Tue 14 Mar 2023 at 11:02am

Anthony Albanese, Joe Biden and Rishi Sunak at Naval Base Point Loma in San Diego.(AP: Evan Vucci)

Australia will buy at least three US Virginia-class nuclear-powered submarines from the early 2030s and then build a new class of boat with the United Kingdom, under a plan unveiled by Prime Minister Anthony Albanese, US President Joe Biden and British Prime Minister Rishi Sunak in San Diego.

Standing in front of the submarine USS Missouri at Naval Base Point Loma, the three leaders announced the "optimal pathway" that will see Australia acquire three Virginia-class boats, with an option for two more, before the new "SSN-AUKUS" submarine, based on a British design, enters service in the early 2040s.

The program is expected to cost up to $368 billion over three decades. US submarines will begin rotating through HMAS Stirling near Perth from 2027.

Mr Albanese said it was "the single biggest investment in Australia's defence capability in all of our history." Mr Biden stressed the submarines would be "nuclear-powered, not nuclear-armed."

Before the announcement, Mr Biden held separate talks with Mr Albanese and with Mr Sunak. The President accepted an invitation to address the Australian Parliament when he visits for the Quad leaders' summit, which Australia is due to host in Sydney in May.

Mr Albanese and Mr Sunak also had a brief conversation on the tarmac, a spokesman said, but no formal meeting was scheduled.

Mr Albanese flew into California from India, where last week he held talks with Prime Minister Narendra Modi in New Delhi and watched the fourth cricket Test in Ahmedabad.

Beijing responds

China's foreign ministry said the three countries had gone "further down the wrong and dangerous path," accusing them of undermining the nuclear non-proliferation regime. Spokesman Wang Wenbin said the deal was a product of "Cold War mentality."

Mr Albanese said he had offered to speak with Chinese President Xi Jinping and that Australia had briefed regional neighbours. Defence Minister Richard Marles and Foreign Minister Penny Wong made more than 60 calls to counterparts around the world, including in Jakarta and Kuala Lumpur, before the announcement.

Greens leader Adam Bandt called the cost of the program "staggering."

The plan requires changes to US export control rules and will need funding approval from Congress. Mr Biden said he expected bipartisan support.

Opposition leader Peter Dutton welcomed the announcement but questioned how the government would pay for it.

Posted 14 Mar 2023

Related stories
Who are the winners from the AUKUS deal?
What is AUKUS and what does it mean for Australia?
Albanese, Modi agree to fast-track trade deal

Topics: defence-and-national-security, defence-industry, world-politics, united-states, united-kingdom

Share | Copy link | ABC iview app: watch the latest news"""))

A.append(dict(id="h66-11", source="theeastafrican.co.ke",
url="https://www.theeastafrican.co.ke/tea/news/east-africa/drc-rwanda-sign-peace-deal-in-washington-5099847",
published_at="2025-06-28", body="""Subscribe for unlimited access to The EastAfrican | Only KSh 20 per day

USD/KES 129.20 | USD/RWF 1,430.5 | USD/UGX 3,595 | Brent $67.77

East Africa

DR Congo, Rwanda sign peace agreement in Washington

Saturday June 28 2025

The foreign ministers of Rwanda and the DR Congo, Olivier Nduhungirehe and Therese Kayikwamba Wagner, exchange documents at the US State Department on June 27, 2025. PHOTO | AFP

By Joseph Mbaraga
Correspondent

The Democratic Republic of Congo and Rwanda on Friday signed a peace agreement in Washington aimed at ending three decades of conflict in eastern DRC, in a ceremony witnessed by US Secretary of State Marco Rubio.

The deal was signed at the State Department by DR Congo's Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe, two months after the two sides agreed on a declaration of principles in the US capital.

Under the agreement, Rwanda will lift its "defensive measures" within 90 days, a phrase understood to refer to the withdrawal of Rwandan troops from Congolese territory, while Kinshasa commits to neutralising the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide. The two countries will set up a joint security coordination mechanism within 30 days.

"This is an important moment after 30 years of war," Rubio said. Kayikwamba Wagner said the agreement must be respected, recalling the many victims of the conflict. Nduhungirehe said "the biggest test" would be implementation.

Later, US President Donald Trump received both ministers in the Oval Office, calling the agreement "a glorious triumph." Trump said Presidents Felix Tshisekedi and Paul Kagame would come to Washington to sign a further accord, but no date has been set.

The deal also provides for a regional economic integration framework within 90 days. Washington hopes to secure access for US companies to minerals in eastern DRC, including cobalt, copper, lithium and tantalum.

M23 rebels, who seized Goma in January and Bukavu in February, are not a party to the deal. Separate talks between Kinshasa and the rebels are being mediated by Qatar, whose emir hosted Tshisekedi and Kagame in Doha in March.

Kinshasa and UN experts accuse Rwanda of backing the M23 with thousands of troops, a charge Kigali denies. Thousands of people were killed in fighting earlier this year.

The African Union welcomed the signing. Regional analysts said the agreement was a first step that left many questions unanswered, including the future of areas held by the M23.

"The people of eastern Congo need more than signatures," said a civil society leader in Goma.

Trade between the two countries, much of it informal across the Goma-Gisenyi border, has been badly disrupted since January.

RELATED
Uganda extends troop deployment in Ituri
Kenya, Tanzania sign deal on Lake Victoria transport
Burundi closes border with Rwanda again

Tags: DRC | Rwanda | M23 | peace deal | United States

Share: Facebook | X | LinkedIn | WhatsApp

Comments 12

NMG Group: Nation Media Group. All rights reserved."""))

A.append(dict(id="h66-12", source="en.mercopress.com",
url="https://en.mercopress.com/2024/03/28/macron-in-brasilia-lula-and-french-president-sign-defence-and-climate-agreements",
published_at="2024-03-28", body="""MercoPress, en Español

Montevideo, March 28th 2024 - 21:14 UTC

Macron ends Brazil visit with agreements in Brasilia, after launching submarine in Itaguaí

Thursday, March 28th 2024 - 19:40 UTC
Full article 3 comments

French President Emmanuel Macron was received by Brazilian President Luiz Inácio Lula da Silva at the Planalto Palace in Brasilia on Thursday, on the final day of a three-day state visit that has focused on defence cooperation, the Amazon and climate finance.

Lula and Macron signed a series of agreements, including an investment plan for the Amazon rainforest worth one billion euros over four years, in public and private funds, and a roadmap for cooperation on space, defence and health.

On Wednesday, the two presidents attended the launch of the diesel-electric submarine Tonelero at the Itaguaí naval complex near Rio de Janeiro, the third of four Scorpène-class boats built in Brazil with French technology under the PROSUB programme agreed in 2008. Macron said France would support Brazil in the development of its first nuclear-powered submarine, although he stopped short of a commitment to transfer propulsion technology.

Defence Minister José Múcio and the commander of the Brazilian Navy, Admiral Marcos Sampaio Olsen, accompanied the presidents at the ceremony.

The visit began on Tuesday in Belém, where Lula and Macron met indigenous leader Raoni Metuktire on Combu Island and walked through the forest, in images that went viral on social networks.

In Brasilia the two leaders differed again over the trade agreement between the European Union and Mercosur. Macron called the current text "a very bad deal" and said it should be rebuilt from scratch to include climate commitments. Lula said the negotiations would continue.

Brazil will host the G20 summit in Rio de Janeiro in November and the COP30 climate conference in Belém in 2025. Macron said France would support the Brazilian presidency of the G20.

French exports to Brazil reached about 5.6 billion euros last year, while Brazil remains France's largest trading partner in Latin America. French companies employ about 500,000 people in the country, according to the French embassy.

Macron, who flew into Belém on Tuesday from French Guiana, was due to return to Paris on Thursday night.

Categories: Politics, Brazil, International.
Tags: Amazon, Emmanuel Macron, Lula da Silva, PROSUB, Scorpène.

Top stories
Argentina: Milei's government closes state news agency Télam
Falklands: Chilean aircraft lands at Mount Pleasant for medical evacuation
Paraguay and Argentina agree on Hidrovía dredging

Please note that comments are moderated. 3 comments. Login or register to comment.

© 2024 MercoPress. Falklands News Agency"""))
