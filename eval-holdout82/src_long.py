# Long pages (2,500-4,500 characters), h82-01 .. h82-12
A = []

A.append(dict(id="h82-01", source="theguardian.com",
url="https://www.theguardian.com/world/2023/mar/21/xi-putin-kremlin-talks-kishida-kyiv-visit",
published_at="2023-03-21", body="""Skip to main content | Skip to navigation
Support the Guardian
Fund independent journalism with $5 per month | Support us →

World | Europe | US | Americas | Asia | Australia | Middle East | Africa

Russia
Xi and Putin hail 'new era' in Kremlin talks as Kishida makes surprise trip to Kyiv

Chinese leader's state visit overshadowed by Japanese prime minister's arrival in Ukrainian capital on same day

Helen Marlow in Moscow and Daniel Ferrier in Tokyo
Tue 21 Mar 2023 19.04 GMT

Xi Jinping and Vladimir Putin sat through a second day of talks in the Kremlin on Tuesday, signing two joint statements that pledged to take the "comprehensive partnership" between their countries into what the Chinese leader called a new era, while offering little that Ukraine's western backers had not feared.

The two men had held a tête-à-tête stretching over four and a half hours on Monday evening, Putin's foreign policy aide Yuri Ushakov told reporters, with only interpreters present for much of it. Officials on both sides said the leaders discussed Beijing's 12-point position paper on Ukraine, energy supplies and the planned Power of Siberia 2 gas pipeline, although the Chinese readout made no mention of the pipeline.

Xi's three-day trip is his first to Russia since the full-scale invasion and comes days after the international criminal court issued an arrest warrant for Putin. It was Putin who last made the journey in the other direction, flying to Beijing for the opening of the Winter Olympics in February 2022, when the two sides declared their friendship had "no limits". They met again in Samarkand that September.

At the end of Tuesday's talks, Xi invited Putin to visit China later in the year, and the Kremlin said the Russian president had accepted. No date was given.

There was no sign of the video call between Xi and Volodymyr Zelenskiy that some western media have reported as being under consideration. Asked whether such a conversation could take place once Xi returns to Beijing, a Chinese foreign ministry spokesperson said Beijing would "maintain communication with all parties". Kyiv has said it is waiting for a response.

Hundreds of miles to the south-west, Japan's prime minister, Fumio Kishida, arrived in Kyiv by train on Tuesday morning, becoming the last G7 leader to visit Ukraine since the invasion. Kishida laid flowers at a church in Bucha and was received by Zelenskiy at the Mariinskyi Palace, where the two leaders discussed Japanese support for reconstruction and the G7 summit Kishida will host in Hiroshima in May.

The trip was kept secret until the last moment. Kishida had been in New Delhi on Monday, where he held talks with his Indian counterpart, Narendra Modi, and gave a speech on a free and open Indo-Pacific, before Japanese media spotted him boarding a chartered plane for Poland instead of flying home. Broadcasters in Tokyo reported he was expected to stop in Warsaw on the way back for a meeting with the Polish prime minister, Mateusz Morawiecki, although Japanese officials would not confirm it.

In Washington, the secretary of state, Antony Blinken, said the world "should not be fooled" by any Chinese call for a ceasefire that would freeze Russian gains in place.

The diplomatic calendar is getting crowded. The French president, Emmanuel Macron, is expected in Beijing early next month, and has said he wants China to play a role in bringing the war to an end.

Photograph: Xi Jinping and Vladimir Putin at the Kremlin on Tuesday. Photograph: Sergei Karpukhin/Sputnik/AFP/Getty Images

Explore more on these topics
Russia | China | Xi Jinping | Vladimir Putin | Ukraine | Japan | Fumio Kishida | news

Share | Reuse this content

Most viewed
Macron to visit Beijing in April with Ursula von der Leyen
ICC judges issue arrest warrant for Vladimir Putin over deportation of children
Bakhmut: Ukrainian commander says situation 'difficult but under control'
Credit Suisse takeover: UBS shares slide in early trade

Comments (1,482)
Sign in or create your Guardian account to join the discussion"""))

A.append(dict(id="h82-02", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/modi-in-kyiv-a-hug-a-train-ride-and-a-careful-balance-101724412345678.html",
published_at="2024-08-23", body="""SENSEX 81,086.21 ▲ 33.02 | NIFTY 24,823.15 ▲ 12.00 | USD/INR 83.89 ▼ 0.05 | GOLD (10g) ₹71,940 ▲ 0.4%

Download the HT app | Subscribe to our newsletter | E-Paper

India News
Modi in Kyiv: a hug, a train ride and a careful balance

The PM is the first Indian head of government to visit Ukraine since ties were established in 1992, six weeks after a Moscow trip that drew sharp criticism from Kyiv

By Rezaul Qadri, New Delhi
Updated on Aug 23, 2024 09:41 PM IST

Prime Minister Narendra Modi arrived in Kyiv on Friday morning after a ten-hour overnight journey on the armoured train Ukrainians call "Rail Force One", which he boarded at the Polish border town of Przemyśl.

President Volodymyr Zelensky received him at the Mariinskyi Palace, and the two leaders later walked together through an exhibition dedicated to children killed in the war, where Modi placed a toy and put his arm around Zelensky's shoulder. The two sides signed four agreements, on agriculture, medical products, culture and humanitarian assistance.

External affairs minister S Jaishankar told reporters that the leaders discussed the war "in a very detailed manner" and that the PM conveyed India's view that a solution could only come through dialogue and diplomacy. "We are not neutral, we are on the side of peace," Modi said, according to the foreign ministry's account.

The optics were inevitably compared with July. On July 8, Modi embraced President Vladimir Putin at his residence outside Moscow, hours after a Russian missile struck the Okhmatdyt children's hospital in Kyiv. Zelensky called the image "a huge disappointment and a devastating blow to peace efforts". Friday's visit was seen in South Block as a chance to correct that impression.

The two leaders are not strangers. They met in Hiroshima in May last year and again on the margins of the G7 outreach in Apulia in June, when Zelensky first pressed the invitation to Kyiv.

Before crossing into Ukraine, Modi spent two days in Warsaw, the first visit by an Indian prime minister to Poland in 45 years. He sat down with Prime Minister Donald Tusk on Thursday, and the two upgraded relations to a strategic partnership, with a five-year action plan covering defence, energy and technology. He also called on President Andrzej Duda.

What comes next is less clear. Officials did not rule out that Modi could speak to Putin after his return to brief him on the Kyiv talks, though nothing has been scheduled. Modi invited Zelensky to visit India "at his earliest convenience", Jaishankar said; Zelensky, for his part, suggested that India could host a second peace summit, an idea New Delhi has not taken up.

"India is trying to show it can talk to both capitals," said a former ambassador to Moscow. "The question is whether either side believes it."

The PM was due to travel back to Poland by train on Friday night before flying home.

Photo caption: Prime Minister Narendra Modi with President Volodymyr Zelensky in Kyiv on Friday. (PIB Photo)

Read next
Jaishankar's Male visit: India, Maldives sign pacts on currency swap, infra
Bangladesh crisis: Delhi watching situation closely, says MEA
'Not a zero-sum game': experts on India's Russia-Ukraine balancing act

Topics: Narendra Modi, Volodymyr Zelensky, Ukraine, Poland, Russia

Share via: WhatsApp | X | Facebook | Copy link
Comments (214)

Trending: Paris Paralympics | Monsoon 2024 | Kolkata doctor case"""))

A.append(dict(id="h82-03", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3241602/xi-biden-woodside-summit-military-talks-resume",
published_at="2023-11-16", body="""Get the SCMP app | Sign up for our Global Impact newsletter

China / Diplomacy

Xi and Biden agree to restore military ties after four hours at Filoli estate

Talks south of San Francisco yield deals on fentanyl and military communication, but Taiwan remains the sharpest point of disagreement

Karen Lau-Whitfield in San Francisco and Zhou Minhui in Beijing
Published: 9:30am, 16 Nov 2023

Chinese President Xi Jinping and US President Joe Biden agreed on Wednesday to resume high-level military communication and to work together against the trade in fentanyl, in their first face-to-face talks in a year.

The two leaders spent about four hours at the Filoli estate in Woodside, a historic country house about 40km south of San Francisco, where they held talks with their delegations, shared a working lunch and took a short walk through the gardens. Biden walked Xi to his car afterwards.

Xi arrived in San Francisco on Tuesday for the Asia-Pacific Economic Cooperation leaders' week. It is his first trip to the United States since April 2017, when he was hosted by Donald Trump at Mar-a-Lago. He and Biden last met on the sidelines of the G20 in Bali in November, a meeting that was followed by months of strain after a Chinese balloon crossed American airspace.

Preparations for Wednesday's meeting were laid during a string of visits by US cabinet members to Beijing over the summer and by Foreign Minister Wang Yi's trip to Washington at the end of October.

According to the Chinese readout, Xi told Biden that "planet Earth is big enough for the two countries to succeed", but also warned him that Washington should stop arming Taiwan. US officials said the two discussed Iran, Ukraine and the war in Gaza, and that Biden raised the cases of Americans detained in China.

The two presidents also agreed that either could pick up the phone and call the other directly, Biden said at a news conference afterwards. He said he did not expect them to speak again before the new year, but the line "will be open". Asked whether Xi had invited him to China, a senior administration official said a visit by either leader was not discussed.

Biden's description of Xi as "a dictator" at the same news conference drew a sharp response from the Chinese foreign ministry on Thursday.

Xi's schedule on Thursday includes a meeting with Japanese Prime Minister Fumio Kishida on the sidelines of the APEC gathering, the Japanese side confirmed, their first formal talks since Bangkok a year ago. The release of treated water from the Fukushima nuclear plant and the detention of a Japanese pharmaceutical executive are expected to top the agenda.

Biden, meanwhile, is scheduled to host Mexican President Andres Manuel Lopez Obrador on Friday, with migration and fentanyl again on the agenda. Lopez Obrador, who skipped the Summit of the Americas last year, confirmed on Tuesday that he would fly to San Francisco.

Photo caption: Xi Jinping and Joe Biden at the Filoli estate in Woodside, California, on Wednesday. Photo: Reuters

More on this
Wang Yi and Blinken lay the ground for leaders' meeting during Washington talks
Kishida and Yoon to hold talks on APEC sidelines
Xi dines with US business leaders, says China "will not seek hegemony"

This article appeared in the South China Morning Post print edition as: Xi, Biden agree on military hotline

Share | Comment (96) | Bookmark"""))

A.append(dict(id="h82-04", source="theeastafrican.co.ke",
url="https://www.theeastafrican.co.ke/tea/news/east-africa/somalia-president-in-addis-for-talks-with-abiy-4885102",
published_at="2025-01-12", body="""USD/KES 129.20 | USD/UGX 3,680 | USD/TZS 2,480 | USD/ETB 126.30 | BRENT $79.76 ▲

Sign in | Subscribe | E-Paper

EAST AFRICA

Somalia's Hassan Sheikh in Addis Ababa as neighbours bury the hatchet

Visit follows the December Ankara deal that ended a year-long row over Ethiopia's sea-access pact with Somaliland

By Fred Oluoch-Mbaya
Sunday, January 12, 2025

Somali President Hassan Sheikh Mohamud was in Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed, his first trip to Ethiopia since relations between the two neighbours collapsed a year ago.

Abiy welcomed his guest at Bole International Airport, and the two leaders held a closed-door meeting at the prime minister's office followed by a dinner. In a joint statement released late on Saturday, the two governments said they had agreed to restore full diplomatic representation in each other's capitals and to deepen cooperation on security, trade and infrastructure.

Officials said the leaders discussed Ethiopia's participation in the new African Union mission in Somalia, which replaced ATMIS on January 1. Mogadishu had threatened to expel Ethiopian troops over the Somaliland deal.

The rupture began on New Year's Day 2024, when Abiy signed a memorandum of understanding with the leader of the breakaway region of Somaliland that would have given landlocked Ethiopia access to the sea in exchange for possible recognition. Mogadishu called it an act of aggression and expelled Ethiopia's ambassador.

The thaw came in Ankara on December 11, when the two leaders, hosted separately and then together by Turkish President Recep Tayyip Erdogan, signed a declaration agreeing to "leave behind differences" and to start technical negotiations on Ethiopian access to the sea. Those talks, under Turkish facilitation, are due to begin by the end of February, according to the declaration, although no venue has been announced.

In the interval, Mogadishu found new friends. Egypt and Somalia signed a defence cooperation protocol in August, and Egyptian military equipment began arriving in Mogadishu soon after. In October, Egyptian President Abdel Fattah al-Sisi and Hassan Sheikh travelled to Asmara for a tripartite summit hosted by Eritrean President Isaias Afwerki, a meeting Addis Ababa read as an attempt to encircle it.

Analysts say those ties will not disappear. "Hassan Sheikh has played the Egypt card and it worked," said a Nairobi-based researcher on the Horn. "The question is whether Abiy really gives up on the Somaliland route."

An aide to the Ethiopian leader said Abiy could travel to Mogadishu "in the coming weeks" to return the visit, but no date has been set.

Photo caption: Prime Minister Abiy Ahmed receives President Hassan Sheikh Mohamud at Bole International Airport in Addis Ababa on January 11, 2025. PHOTO | COURTESY | PMO ETHIOPIA

Most Read
Ruto jets out to Abu Dhabi for sustainability week, investment talks
Tanzania: CCM picks Samia as 2025 presidential candidate
Uganda shilling steady as coffee earnings rise
DRC: M23 rebels advance on Goma

Related
Ethiopia and Somalia agree to end dispute after Ankara talks
Egypt sends second arms shipment to Somalia

Tags: Somalia | Ethiopia | Abiy Ahmed | Hassan Sheikh Mohamud | Horn of Africa

Share: Facebook | X | LinkedIn | WhatsApp
Comments (18)"""))

A.append(dict(id="h82-05", source="en.mercopress.com",
url="https://en.mercopress.com/2023/05/30/lula-rolls-out-red-carpet-for-maduro-in-brasilia",
published_at="2023-05-30", body="""MercoPress, South Atlantic News Agency
Tuesday, May 30th 2023 - 09:12 UTC

Home | Argentina | Brazil | Chile | Falkland Islands | Paraguay | Uruguay | Venezuela

Lula rolls out the red carpet for Maduro, calls criticism of Venezuela a "narrative"

Brazilian President Luiz Inácio Lula da Silva rolled out the red carpet for Venezuela's Nicolás Maduro at the Planalto palace in Brasilia on Monday, in the Venezuelan leader's first visit to Brazil since 2015 and a clear break with the policy of the previous government.

Under Jair Bolsonaro, Maduro and senior members of his government were barred from entering the country, and Brasilia recognised opposition leader Juan Guaidó as Venezuela's interim president. Lula restored diplomatic relations on taking office in January, and his chief foreign policy adviser, Celso Amorim, travelled to Caracas in March to meet Maduro and prepare the ground.

The two presidents held a closed-door meeting lasting more than two hours before Lula hosted a working lunch for Maduro and his delegation at the Itamaraty palace. At a joint press appearance afterwards, Lula said Venezuela had been the victim of a "narrative constructed" about authoritarianism and anti-democratic practices, and that it was up to Caracas to tell its own story.

Officials said the two discussed the reopening of consulates, debts owed by Venezuela to Brazilian exporters, energy and the resumption of flights between the two countries.

The comments dominated Tuesday's gathering of South American presidents at Itamaraty, the first such meeting in nine years, convened by Lula to revive regional integration. Uruguay's Luis Lacalle Pou said in his opening remarks that he was "surprised" to hear the situation in Venezuela described as a narrative, and Chile's Gabriel Boric said human rights violations there were "a serious reality". Neither held a separate meeting with Lula, according to the programme circulated by Itamaraty.

Asked whether he would return the visit, Lula said he had "many invitations" and that a trip to Caracas could happen "at the right moment". Aides said no date was under discussion.

The Venezuelan opposition said it was "dismayed" by the reception, and the US State Department said it would continue to press for free and fair elections in Venezuela in 2024.

Maduro's previous trip to Brazil was in 2015, for a Mercosur meeting hosted by Dilma Rousseff. His predecessor Hugo Chávez was a frequent visitor during Lula's first two terms.

Photo: Lula and Maduro at the Planalto palace on Monday (Photo: Ricardo Stuckert/PR)

Related news
Lula to attend Paris summit on new global financing pact in June
Argentina: inflation hits 108.8% year-on-year
Paraguay: Peña wins presidential election
Falklands: new fishing season opens

Tags: Brazil, Lula da Silva, Venezuela, Nicolás Maduro, South America summit

Top Comments
Disclaimer & comment rules
Commenting for this story is now closed.

Real 4.98 per USD | Argentine peso 237.7 | Chilean peso 801.5 | Uruguayan peso 38.9"""))

A.append(dict(id="h82-06", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/saudi-arabia/2023/08/18/iran-foreign-minister-meets-saudi-crown-prince-in-jeddah/",
published_at="2023-08-18", body="""Brent Crude $84.80 ▲ 0.7% | WTI $81.25 ▲ 0.6% | USD/AED 3.6725 | USD/SAR 3.7502 | Tadawul TASI 11,098 ▼ 0.3%

Gulf News | Saudi Arabia

Iran's foreign minister meets Saudi Crown Prince in Jeddah as detente deepens

Hossein Amir-Abdollahian's visit is the first by an Iranian foreign minister since 2016 and follows March's China-brokered agreement

Alia Mansour
Aug 18, 2023

Iranian Foreign Minister Hossein Amir-Abdollahian was received by Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday, a day after holding talks with his counterpart Prince Faisal bin Farhan in Riyadh.

The Saudi Press Agency said the crown prince and the visiting minister reviewed bilateral relations and "ways to develop them", as well as regional developments. Mr Amir-Abdollahian later described the meeting as "frank, useful and productive" in a post on social media.

He was in the kingdom for talks that officials on both sides said covered trade, Hajj arrangements, the reopening of consulates and the conflict in Yemen. It is the first visit by an Iranian foreign minister to Saudi Arabia since the two countries severed ties in January 2016, after protesters stormed the Saudi embassy in Tehran.

The détente began in Beijing. On March 10, Iran's top security official Ali Shamkhani and Saudi Arabia's national security adviser Musaed Al Aiban signed an agreement to restore relations after four days of talks hosted by Wang Yi, then China's top diplomat. Prince Faisal and Mr Amir-Abdollahian met in the Chinese capital the following month, and Prince Faisal visited Tehran in June, where he was received by President Ebrahim Raisi.

At a joint press conference in Riyadh on Thursday, Mr Amir-Abdollahian said he hoped Mr Raisi would visit the kingdom "in the near future". Saudi Arabia has extended an invitation, but no date has been announced, and an official in Tehran told The National that the timing depended on "the progress of several files".

Analysts say the two sides are moving cautiously. "This is about managing rivalry, not ending it," said a Gulf-based researcher. Saudi Arabia is also in talks with Washington over a possible defence pact, and US national security adviser Jake Sullivan was in Jeddah last month for talks with the crown prince on the subject.

Embassies in both capitals reopened in June, although ambassadors have yet to take up their posts.

Photo caption: Saudi Crown Prince Mohammed bin Salman receives Iranian Foreign Minister Hossein Amir-Abdollahian in Jeddah on August 18. SPA

Updated: August 18, 2023, 4:55 PM

Read more
Saudi Arabia names first non-resident ambassador to Palestinian territories
Opec+ cuts: what they mean for oil prices this winter
Riyadh Metro set for launch next year

Topics: Saudi Arabia, Iran, Diplomacy

Sign up to our newsletter | We use cookies to enhance your experience. Accept
Share: X | Facebook | LinkedIn | Email"""))

A.append(dict(id="h82-07", source="dw.com",
url="https://www.dw.com/en/scholz-in-beijing-first-g7-leader-to-meet-xi-since-pandemic/a-63644501",
published_at="2022-11-04", body="""We use cookies to improve our service for you. You can find more information in our data protection declaration. OK

DAX 13,459.85 ▲ +1.24% | EUR/USD 0.9958 ▲ | EUR/CNY 7.1652

News | Germany | World | Business | Science | Culture

Politics
Scholz in Beijing: First G7 leader to meet Xi since the pandemic

German Chancellor Olaf Scholz has held talks with Chinese President Xi Jinping on a controversial one-day trip. Critics at home say Berlin is repeating the mistakes it made with Russia.

Date 04.11.2022
Author Anja Reiters (with Reuters, AFP, dpa)

German Chancellor Olaf Scholz landed in Beijing on Friday morning for a trip lasting less than 12 hours, becoming the first leader of a G7 country to visit China since the start of the COVID-19 pandemic and the first Western leader to meet Xi Jinping since he secured a third term as Communist Party chief last month.

Scholz and Xi held talks at the Great Hall of the People, followed by lunch, and the chancellor later met outgoing Premier Li Keqiang. Because of COVID rules, the German delegation, which included the chief executives of Volkswagen, BASF, Siemens and Deutsche Bank, had to be tested on arrival at the airport by Chinese medical staff.

According to the German side, the two leaders spoke out jointly against the use or threat of nuclear weapons in the war in Ukraine. Scholz said he had also raised human rights, the situation in Xinjiang and Taiwan, and that Germany wanted to reduce "one-sided dependencies" without decoupling from China.

The visit drew criticism from the chancellor's coalition partners. Foreign Minister Annalena Baerbock, a Green, had urged a tougher line, and the government's decision to allow Chinese shipping giant COSCO to buy a stake in a Hamburg port terminal added to the controversy. Former Chancellor Angela Merkel travelled to China 12 times during her 16 years in office, often with business delegations in tow.

Scholz is only the third foreign leader to be received in Beijing since the party congress. Vietnam's Communist Party chief Nguyen Phu Trong was welcomed there earlier in the week, followed by Pakistani Prime Minister Shehbaz Sharif.

Scholz's Asia schedule is far from over. He is due in Vietnam and Singapore next weekend before flying on to the G20 summit on the Indonesian island of Bali. In Bali, Xi and US President Joe Biden could meet face-to-face for the first time since Biden took office, although neither Washington nor Beijing has confirmed such a meeting.

Photo caption: Olaf Scholz and Xi Jinping in the Great Hall of the People on Friday. Image: Kay Nietfeld/dpa/picture alliance

Related content
Steinmeier makes first visit to Kyiv since start of war
Opinion: Scholz's China trip sends the wrong signal
COSCO Hamburg deal: What you need to know

Keywords: Olaf Scholz, Xi Jinping, China, Germany, Volkswagen, COSCO

Send us your feedback | Print | Permalink https://p.dw.com/p/4J3xK

Share: Facebook | Twitter | WhatsApp | Email

Download the DW app"""))

A.append(dict(id="h82-08", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/albanese-meets-xi-beijing-whitlam-anniversary/103069214",
published_at="2023-11-06", body="""ABC News | Just In | For You | Politics | World | Business | Analysis

ASX 200 7,038.9 ▲ +0.6% | AUD/USD 0.6500 ▲ +0.5% | Iron Ore $US128.50/t ▲

Albanese meets Xi in Beijing, 50 years after Whitlam's historic trip

By political reporter Tom Galbraith-Holt in Beijing
Posted Mon 6 Nov 2023 at 8:01pm, updated 9:46pm

Prime Minister Anthony Albanese has held talks with Chinese President Xi Jinping in Beijing, declaring the relationship between the two countries had been "put back on track" after years in the freezer.

The two leaders met at the Great Hall of the People on Monday afternoon, on the first visit to China by an Australian prime minister since Malcolm Turnbull in 2016. Mr Xi told Mr Albanese that China and Australia had "embarked on the right path" and that there was "no fundamental conflict of interest" between them.

Earlier in the day, Mr Albanese walked through the Temple of Heaven, recreating a photograph of Gough Whitlam taken there in 1973, on the first visit by an Australian prime minister to the People's Republic. Mr Whitlam had established diplomatic relations with Beijing a year earlier.

The prime minister arrived in Shanghai on Saturday, where he opened the Australian pavilion at the China International Import Expo and sat down briefly with Premier Li Qiang. Mr Li will host him again on Tuesday for the annual leaders' meeting, the first held in Beijing since 2019.

The trip was made possible by a long thaw. Mr Albanese and Mr Xi first met on the sidelines of the G20 in Bali last November, and China has since lifted tariffs on Australian coal, timber and barley. Australian journalist Cheng Lei, who had been detained in China for more than three years, was released and flown home last month.

Officials said Mr Albanese raised the case of Australian writer Yang Hengjun, who remains in detention, as well as the remaining trade restrictions on wine and lobster.

The visit comes less than two weeks after Mr Albanese was in Washington for an official visit hosted by US President Joe Biden, and the Opposition has accused the government of being too eager to please Beijing. Mr Albanese has invited Premier Li to make a return visit to Australia next year, although the Chinese side has not confirmed it.

After Beijing, the Prime Minister heads to Rarotonga in the Cook Islands for the Pacific Islands Forum leaders' meeting, where climate change and policing are expected to top the agenda.

Photo: Anthony Albanese and Xi Jinping shake hands at the Great Hall of the People. (AAP: Lukas Coch)

Related stories
Albanese lands in Washington for official visit with Biden
Cheng Lei arrives home in Melbourne after three years in Chinese detention
China lifts tariffs on Australian barley

Topics: Government and Politics, World Politics, Trade, China, Australia

Share | Copy link | Facebook | X

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))

A.append(dict(id="h82-09", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20240527000612",
published_at="2024-05-27", body="""KOSPI 2,722.99 ▲ 35.39 (1.32%) | KOSDAQ 847.49 ▲ 8.04 | KRW/USD 1,366.50 ▼ 0.9 | WTI $77.72 ▲

The Korea Herald | National | Politics | Diplomatic Circuit | Defense

Korea, China, Japan revive trilateral summit after four-and-a-half-year gap

By Park Min-jae
Published : May 27, 2024 - 18:10

President Yoon Suk Yeol hosted Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida in Seoul on Monday for the first trilateral summit between the three neighbours since December 2019, agreeing to hold the meeting regularly again and to resume talks on a three-way free trade agreement.

The leaders adopted a joint declaration covering trade, supply chains, health and population ageing, but differences over North Korea were clear. Hours before the summit, Pyongyang notified Japan that it planned to launch a satellite between Monday and early June.

On Sunday, the three leaders held a series of bilateral meetings. Yoon sat down with Li at the presidential office in Yongsan, where the two agreed to launch a "2+2" dialogue between their foreign and defense ministries and to resume talks on the second phase of their bilateral free trade deal. Yoon later met Kishida, their ninth meeting in under a year, and the two discussed the dispute over the Line messaging app's Japanese operator and shuttle diplomacy.

Li and Kishida held their own talks at a Seoul hotel on Sunday evening, where the Japanese leader raised the detention of a Japanese national in China and Beijing's ban on Japanese seafood imports, according to Tokyo.

The last time the three countries met at this level was in Chengdu, where then-Japanese Prime Minister Shinzo Abe and then-President Moon Jae-in held a 45-minute meeting on the sidelines at a time of deep bilateral hostility. The next summit was supposed to be in Seoul the following year, but the pandemic and tensions over history put it on hold.

Seoul has been pushing for a visit by Chinese President Xi Jinping, who has not been to Korea since 2014. Presidential office officials said Xi could visit when Korea hosts the APEC summit in Gyeongju next year, but Beijing has made no commitment. Japan will host the next trilateral summit, though the date has not been set.

"A trilateral summit with the premier rather than Xi has its limits," said a professor of international relations at Seoul National University. "But restarting the format is itself the message."

Photo caption: President Yoon Suk Yeol (center), Chinese Premier Li Qiang (left) and Japanese Prime Minister Fumio Kishida pose before the summit in Seoul on Monday. (Yonhap)

Most Popular
[Herald Interview] Ambassador on why Korea matters to Poland
BTS' Jin to be discharged from military next month
N. Korea's satellite launch fails, explodes mid-air

Related Articles
Yoon, Kishida agree to continue shuttle diplomacy
China's Li arrives in Seoul for first visit as premier

[email protected]

By Korea Herald | Share | Print | Comment (22)"""))

A.append(dict(id="h82-10", source="news.sky.com",
url="https://news.sky.com/story/zelenskyy-white-house-meeting-collapses-minerals-deal-not-signed-13318211",
published_at="2025-03-01", body="""Sky News | Home | UK | Politics | World | US | Money | Climate

Watch Sky News live | Download the Sky News app

World
Oval Office clash leaves minerals deal unsigned as Zelenskyy heads to London

Analysis: The most dramatic public exchange between an American president and a foreign leader in living memory has left Europe scrambling

Clare Ashworth, US correspondent
Saturday 1 March 2025 07:12, UK

It was meant to end with a signature. Instead, Volodymyr Zelenskyy's visit to the White House on Friday ended with the Ukrainian president being asked to leave, a lunch left uneaten and the minerals agreement both sides had spent weeks negotiating still unsigned.

For about 40 minutes in the Oval Office, in front of the cameras, Donald Trump and his vice president, JD Vance, accused Mr Zelenskyy of being "disrespectful" and ungrateful for American support. Mr Trump told him he was "gambling with World War Three". When the cameras left, officials said, the two delegations were directed to separate rooms, and the joint news conference and the signing ceremony were cancelled.

Mr Trump later wrote that Mr Zelenskyy could "come back when he is ready for peace". The White House gave no indication that a new date for the signing was being discussed.

The visit capped a week of European shuttle diplomacy in Washington. Emmanuel Macron was at the White House on Monday, and on Thursday Sir Keir Starmer delivered a letter from the King inviting Mr Trump to a second state visit, an invitation the president said he would accept.

Both leaders had urged Mr Zelenskyy to sign the deal and rebuild relations with a president who, on 12 February, held a 90-minute phone call with Vladimir Putin without telling Kyiv in advance.

Mr Zelenskyy is due in London later on Saturday, where Sir Keir will welcome him to Downing Street before hosting European leaders at Lancaster House on Sunday. Downing Street said the prime minister had spoken to both Mr Trump and Mr Zelenskyy on Friday evening.

What happens next is uncertain. Some Republican senators suggested Mr Zelenskyy should resign; European leaders posted messages of support within hours. A senior Ukrainian official said Kyiv was still willing to sign the agreement "in any format".

Photo: President Zelenskyy and President Trump in the Oval Office on Friday. Pic: AP

Read more:
Starmer hands Trump invitation for historic second state visit
What's in the minerals deal Ukraine failed to sign?
Europe's leaders rally behind Zelenskyy after Oval Office row

Sky News Daily podcast | Listen on Spotify, Apple Podcasts

Related Topics: Donald Trump | Volodymyr Zelenskyy | Ukraine | US

Share: X | Facebook | WhatsApp | Email"""))

A.append(dict(id="h82-11", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking-news/President-AKD-holds-talks-with-Modi-in-New-Delhi/108-298811",
published_at="2024-12-16", body="""ASPI 14,857.22 ▲ 96.40 | S&P SL20 4,451.36 ▲ | USD/LKR Buying 287.73 Selling 296.47 | Gold 22 Carat Rs 191,200

Daily Mirror - Sri Lanka Latest Breaking News and Headlines

Breaking News

President AKD, Modi hold talks in New Delhi; assures Sri Lankan territory won't be used against India

16 December 2024 08:15 pm - 12 - 1,906

By Chaturika Wanigasekera in New Delhi

President Anura Kumara Dissanayake and Indian Prime Minister Narendra Modi held bilateral talks at Hyderabad House in New Delhi today, after the Sri Lankan leader was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan.

It is the President's first overseas visit since he was elected in September. He arrived in the Indian capital yesterday evening and was received by Minister of State L Murugan. He met External Affairs Minister S Jaishankar and National Security Adviser Ajit Doval soon after.

At a joint media briefing, Dissanayake said he had assured Modi that Sri Lanka would not allow its territory to be used in any manner detrimental to the interests of India. Officials said the two leaders also discussed fishermen's issues, the restructuring of Sri Lanka's debt, an electricity grid connection and the supply of liquefied natural gas. Agreements on defence cooperation and digital public infrastructure were discussed, but only two memoranda were exchanged.

Relations have moved quickly since the election. Modi telephoned Dissanayake to congratulate him on his victory, and Jaishankar was in Colombo in early October, the first foreign dignitary to call on the new President. Former President Ranil Wickremesinghe last visited New Delhi in July 2023.

Modi accepted an invitation to visit Sri Lanka, the President's Media Division said, with dates to be worked out through diplomatic channels.

The balancing act with Beijing will be closely watched. Diplomatic sources said the President is expected to travel to China early next year, but the government has not confirmed any dates. A Chinese research vessel moratorium announced by the previous government ends this month, and New Delhi has raised concerns about such ships docking in Sri Lankan ports.

Dissanayake is accompanied by Foreign Minister Vijitha Herath and Deputy Minister of Finance Anil Jayantha Fernando. He is scheduled to visit Bodh Gaya tomorrow before returning to Colombo.

Pic by President's Media Division

Most Viewed
Chinese delegation calls on President ahead of New Delhi trip
Rice prices: Govt to import 70,000 MT
Power cuts ruled out during festive season

Tags: Anura Kumara Dissanayake, Narendra Modi, India, Sri Lanka

Comments - 12
Add Comment
Leave a Reply"""))

A.append(dict(id="h82-12", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2024/09/03/putin-welcomed-in-mongolia-despite-icc-warrant-a86215",
published_at="2024-09-03", body="""The Moscow Times
Independent news from Russia

Donate | The Moscow Times depends on readers like you. Support our independent journalism.

USD 89.66 ▼ | EUR 99.13 ▼ | Brent $76.84 ▼ | MOEX 2,687 ▼ 1.1%

News
Putin Welcomed in Mongolia Despite ICC Arrest Warrant

Sept. 3, 2024
By Ilya Sorokin

President Vladimir Putin was welcomed with an honour guard on Ulaanbaatar's main square on Tuesday, his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest last year.

Mongolia, which ratified the Rome Statute in 2002, is formally obliged to detain anyone subject to an ICC warrant. Instead, horsemen in traditional costume lined the approach to the Government Palace, where President Ukhnaagiin Khurelsukh rolled out the red carpet for his guest before talks in a restricted format and then with delegations.

The visit was timed to the 85th anniversary of the Soviet and Mongolian victory over Japanese forces at the Battle of Khalkhin Gol in 1939, which Putin marked by attending a ceremony with veterans. Putin last visited Mongolia in 2019, also for a Khalkhin Gol anniversary.

Officials said the two discussed energy supplies, the modernisation of a Soviet-era power plant in Ulaanbaatar and the Power of Siberia 2 gas pipeline, which would cross Mongolian territory on its way to China. Russia supplies more than 90% of Mongolia's fuel. Several agreements, including on aviation fuel and a feasibility study for the power plant, were signed.

Ukraine's Foreign Ministry called Ulaanbaatar's failure to arrest Putin "a heavy blow" to the court. A small group of protesters gathered near the square, but was moved on by police. Kremlin spokesman Dmitry Peskov said last week that Moscow had "no worries" about the trip.

Putin has travelled more widely this year than at any time since the invasion. In June he was in Pyongyang, where he signed a mutual defence treaty with Kim Jong Un, and in Hanoi, where he was received by Vietnamese President To Lam.

At the end of Tuesday's talks, Putin invited Khurelsukh to attend the BRICS summit in Kazan next month. A spokesperson for the Mongolian president said the invitation was being considered.

Photo: President Vladimir Putin and President Ukhnaagiin Khurelsukh in Ulaanbaatar. kremlin.ru

Read more
Putin, Aliyev sit down in Baku during two-day visit
Russian Central Bank holds key rate at 18%
Kursk incursion: What we know one month on

Cookie notice: This website uses cookies. By continuing to browse it you agree to our Privacy Policy.

Subscribe to our newsletter | Telegram | YouTube

Tags: Vladimir Putin, Mongolia, ICC, Khalkhin Gol

Share: Telegram | X | Facebook | Copy link"""))
