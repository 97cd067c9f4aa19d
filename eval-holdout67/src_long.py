# Long pages (2,500-4,500 characters), h67-01 .. h67-12
A = []

A.append(dict(id="h67-01", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/pm-modi-us-visit-live-updates-washington-state-visit-biden-white-house-101687391020123.html",
published_at="2023-06-22", body="""Subscribe now to get HT Premium: unlimited access, ad-lite experience. Start at Rs 1 for 1 month >

SENSEX 63,523.15 ▲ 195.45 | NIFTY 18,856.85 ▲ 40.15 | GOLD (10g) 58,890 ▼ 310 | USD/INR 82.04 ▼ 0.07

Home / India News / PM Modi US Visit Live Updates: Modi lands in Washington, Bidens to host private dinner

PM Modi US Visit Live Updates: Modi lands in Washington, Bidens to host private dinner

By HT News Desk | Updated on Jun 22, 2023 08:41 AM IST

Prime Minister Narendra Modi landed in Washington on Wednesday afternoon (local time), hours after leading the International Yoga Day session on the lawns of the United Nations headquarters in New York. The centrepiece of his first state visit to the United States comes on Thursday: a ceremonial welcome on the South Lawn, talks with President Joe Biden in the Oval Office, an address to a joint meeting of Congress and a state dinner in the evening.

Follow all the updates here:

Jun 22, 2023 08:41 AM IST
Bidens host Modi at the White House
President Biden and First Lady Jill Biden received PM Modi at the White House for a private dinner, a day before the formal welcome. Officials described the evening as "personal" and said no aides would sit in.

Jun 22, 2023 07:55 AM IST
PM, First Lady at National Science Foundation
Before the dinner, Modi joined Jill Biden at the National Science Foundation in Alexandria, Virginia, for an event on skilling young people for the jobs of the future.

Jun 22, 2023 05:30 AM IST
PM Modi lands at Joint Base Andrews
The Prime Minister's aircraft has touched down at Joint Base Andrews. Members of the Indian-American community waited in the rain outside his hotel, waving the tricolour and chanting "Modi, Modi". "A special welcome despite the weather," the PM posted shortly afterwards.

Jun 22, 2023 02:10 AM IST
PM set to leave New York for Washington
Modi is due to fly out of New York within the hour and is expected at Joint Base Andrews by mid-afternoon local time, the Ministry of External Affairs said.

Jun 21, 2023 11:58 PM IST
Record at UN headquarters
The Yoga Day session led by the PM set a Guinness world record for the most nationalities taking part in a yoga session, the organisers said.

What's next
Foreign Secretary Vinay Kwatra told reporters the talks with Biden would cover defence industrial cooperation, critical and emerging technologies, space and clean energy. A deal for GE to make fighter jet engines in India with Hindustan Aeronautics is widely expected to be announced.

On Friday, Vice-President Kamala Harris and Secretary of State Antony Blinken will host a lunch for the PM at the State Department, after which he will address the diaspora at the Ronald Reagan Building.

From Washington, Modi heads to Cairo. He will be in Egypt on June 24 and 25 at the invitation of President Abdel Fattah el-Sisi, who was the chief guest at this year's Republic Day parade in New Delhi. It will be the PM's first bilateral visit to Egypt. He is scheduled to hold talks with Sisi, meet members of the Indian community and visit the Al-Hakim mosque, which was restored with the help of the Dawoodi Bohra community.

Background
Modi and Biden last met in Hiroshima in May on the margins of the G7 summit. A Quad leaders' meeting planned for Sydney that month was called off after Biden cut short his travel, and the four leaders met in Japan instead.

On Tuesday in New York, the PM met Tesla chief Elon Musk, astrophysicist Neil deGrasse Tyson and a group of economists and academics.

Photo: PM Narendra Modi is greeted on arrival at Joint Base Andrews, Maryland. (PTI)

Most read
1. Blinken lands in Beijing, first trip by a US secretary of state in five years
2. Monsoon covers Mumbai, Delhi on the same day for first time since 1961
3. Odisha train accident: CBI registers case

Topics: Narendra Modi, Joe Biden, US Visit, Egypt, State Dinner

Share via: WhatsApp | Facebook | Twitter | Copy link
Get latest news on the HT App. Download now."""))

A.append(dict(id="h67-02", source="france24.com",
url="https://www.france24.com/en/france/20240506-macron-hosts-xi-jinping-paris-trade-ukraine-europe-tour",
published_at="2024-05-06", body="""We use cookies and similar technologies to measure audience and personalise content. Manage my choices | Accept all

CAC 40 8,046.10 ▲ +0.53% | EUR/USD 1.0766 | BRENT $83.33 ▲ +0.4% | EUR/CNY 7.7905

FRANCE

Macron hosts Xi Jinping for talks on trade and Ukraine as Chinese leader's European tour begins

Issued on: 06/05/2024 - 09:14 | Modified: 06/05/2024 - 11:02

By: Claire Daubigny with AFP

Chinese President Xi Jinping is in France for a two-day state visit, the first leg of his first trip to Europe in five years, with Emmanuel Macron hoping to use the relationship to press Beijing on trade imbalances and on its support for Moscow.

Xi and his wife Peng Liyuan landed at Orly airport on Sunday afternoon, where they were greeted by Prime Minister Gabriel Attal. On Monday morning, the Chinese leader sits down with Macron at the Elysee Palace, before a three-way meeting that will also include European Commission President Ursula von der Leyen.

"We have a shared interest in balanced relations," Macron told the daily La Tribune Dimanche ahead of the visit. The French president has made no secret of his wish to see Beijing use its influence with Russia, and his aides said the war in Ukraine would be "at the heart" of the talks.

The programme also includes a meeting of the Franco-Chinese business council, a state banquet at the Elysee on Monday evening and, on Tuesday, a more personal stop in the Hautes-Pyrenees, where Macron spent holidays with his grandmother as a child. The two presidents are to have lunch near the Col du Tourmalet.

Cognac producers will be watching closely. Beijing opened an anti-dumping investigation into European brandy in January, seen in Paris as a reply to the EU's probe into Chinese electric vehicles. French officials said they did not expect the issue to be settled in Paris but hoped for "a gesture".

Human rights groups held a protest in the Place de la Republique on Sunday evening, and Tibetan and Uyghur activists said they planned further demonstrations during the visit.

Serbia, Hungary next

From France, Xi travels to Belgrade on Tuesday evening for talks with Serbian President Aleksandar Vucic, a visit that coincides with the 25th anniversary of NATO's bombing of the Chinese embassy in the city. He will then spend two days in Budapest, where Prime Minister Viktor Orban is expected to roll out the red carpet and sign a series of infrastructure agreements.

The choice of stops has not gone unnoticed. "Paris is the one capital where he will hear criticism. The other two are friends," said a Brussels-based analyst. Xi's last European tour, in 2019, took him to Italy, Monaco and France.

The visit also comes weeks after German Chancellor Olaf Scholz spent three days in China with a delegation of business leaders, and after US Secretary of State Antony Blinken held talks in Beijing in late April. Macron's own state visit to China in April last year, when he said Europe should avoid being drawn into a crisis over Taiwan, caused a stir among allies.

France and China mark 60 years of diplomatic relations this year. President Charles de Gaulle recognised the People's Republic in 1964, the first major Western power to do so.

Photo: Chinese President Xi Jinping and his wife Peng Liyuan are welcomed by French Prime Minister Gabriel Attal at Orly airport on May 5, 2024. © Ludovic Marin, AFP

Read more
Xi's visit to Serbia: Vucic promises a welcome "like no other"
EU opens probe into Chinese subsidies for wind turbines
Live: Russia announces nuclear drills near Ukraine

Keywords: Xi Jinping, Emmanuel Macron, China, France, Serbia, Hungary, EU

Share: Facebook | X | LinkedIn | WhatsApp
Subscribe to our newsletter - Download the France 24 app"""))

A.append(dict(id="h67-03", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-17/joe-biden-cancels-australia-visit-quad-summit-sydney-papua-new-guinea/102357980",
published_at="2023-05-17", body="""ABC News Homepage | Just In | Politics | World | Business | Analysis

ASX 200 7,207.0 ▼ -27.9 | AUD/USD 0.6659 ▼ | Gold US$1,990 | Iron ore US$104.50

Joe Biden cancels Australia visit to deal with debt crisis, Quad leaders' meeting in Sydney scrapped

By political reporter Jake Merriden and North America correspondent Tessa Hollings

Posted Wed 17 May 2023 at 6:22am, updated 9:48am

US President Joe Biden has cancelled his trip to Australia and Papua New Guinea to stay close to Washington during negotiations to avoid a government debt default, forcing the cancellation of next week's Quad leaders' meeting in Sydney.

Prime Minister Anthony Albanese said the President rang him on Wednesday morning to explain the decision and apologise.

"President Biden and I had a very good conversation," Mr Albanese told reporters in Canberra. "He expressed his regret that he would not be able to come to Australia and I understand completely why that is the case."

Mr Biden will still travel to Japan for the G7 summit in Hiroshima, where he is scheduled to hold talks with Prime Minister Fumio Kishida on Thursday. The White House said he was due to leave Washington on Wednesday (local time) and would return on Sunday, rather than continuing on to Port Moresby and Sydney as planned.

The Quad — Australia, Japan, India and the United States — will instead try to hold a leaders' meeting on the sidelines of the G7, where Mr Kishida is the host and India's Narendra Modi is also a guest.

Modi still coming

Mr Albanese confirmed Mr Modi would still come to Sydney next week as planned, and that the two would hold bilateral talks and attend a large community event at Sydney Olympic Park, where more than 20,000 people are expected.

"Prime Minister Modi's visit will go ahead," Mr Albanese said. "It is an important visit for Australia."

Mr Albanese said the President had invited him to make an official visit to Washington instead, at a time "that suits both of us". No date has been set.

Blow for Port Moresby

The cancellation of what would have been the first visit by a sitting US president to Papua New Guinea has caused disappointment in Port Moresby, where the government had declared a public holiday for the occasion.

PNG Prime Minister James Marape said he respected the decision. The State Department later confirmed that Secretary of State Antony Blinken would travel to Port Moresby in the President's place, where he is expected to sign a new defence cooperation agreement with the PNG government.

Mr Modi is also due in Port Moresby, where he will co-host a summit of the Forum for India-Pacific Islands Cooperation with Mr Marape.

Opposition Leader Peter Dutton said the cancellation sent "a terrible message" to the region, though former Australian ambassador to Washington Arthur Sinodinos said the decision was "understandable given the stakes".

The United States is on track to hit its debt limit as soon as June 1, according to Treasury Secretary Janet Yellen, and Mr Biden has been negotiating with House Speaker Kevin McCarthy over the terms of an increase.

It is not the first time domestic politics has upended a presidential trip to the region: Barack Obama called off his 2013 visit to Indonesia and Brunei during a US government shutdown.

Photo: Anthony Albanese said Joe Biden phoned him to explain the decision. (ABC News: Matt Roberts)

Related stories
Albanese confirms AUKUS submarine deal details in San Diego
Modi to be welcomed at Sydney Olympic Park stadium event
PNG declares public holiday for US president's visit

Topics: world-politics, federal-government, united-states, papua-new-guinea, india

Share | Comments (184)
Get our breaking news alerts - Download the ABC NEWS app"""))

A.append(dict(id="h67-04", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/03/21/national/politics-diplomacy/kishida-kyiv-surprise-visit/",
published_at="2023-03-21", body="""Sign up for our newsletter | Subscribe | Log in

NIKKEI 225 26,945.67 ▼ -388.12 | TOPIX 1,940.53 ▼ | USD/JPY 131.31 | EUR/JPY 141.02

NATIONAL / POLITICS & DIPLOMACY

Kishida makes surprise visit to Kyiv as Xi holds talks in Moscow

By Ryohei Tanabe, Staff writer | Mar 21, 2023

Prime Minister Fumio Kishida arrived in Kyiv on Tuesday in an unannounced visit to Ukraine, becoming the last leader of the Group of Seven industrialized nations to travel to the country since Russia's invasion last year.

Kishida, who had been in New Delhi on Monday for talks with Prime Minister Narendra Modi, did not fly home as scheduled. Instead he boarded a chartered plane to Poland and travelled to the Ukrainian capital by train, arriving around noon local time, Japanese public broadcaster NHK showed.

The prime minister is set to meet President Volodymyr Zelenskyy later on Tuesday to "express respect for the courage and perseverance of the Ukrainian people" and to convey Japan's "unwavering support," the Foreign Ministry said in a statement issued after his arrival. He also laid flowers at a church in Bucha, the town outside Kyiv where Russian troops are accused of killing civilians.

The trip, planned in strict secrecy, means Kishida can no longer be criticized as the only G7 leader who has not seen the war firsthand, an issue that had weighed on Japan ahead of the G7 summit it will host in Hiroshima in May. U.S. President Joe Biden visited Kyiv in February, a day before Italian Prime Minister Giorgia Meloni. Zelenskyy had invited Kishida to visit during a phone call in January.

The timing drew attention for another reason. Chinese President Xi Jinping is in Moscow on a three-day state visit, and on Tuesday he held formal talks with President Vladimir Putin at the Kremlin after an informal dinner that lasted more than four hours on Monday. The two leaders were expected to sign a statement deepening what they call their "comprehensive strategic partnership" and to discuss Beijing's position paper on the war.

Xi's visit, his first abroad since securing a third term, is being watched for signs of how far Beijing will go in backing Moscow. There has been speculation that Xi could follow up with a video call to Zelenskyy, but Beijing has not confirmed any such plan.

"The contrast could hardly be sharper," said Yoshihide Soeya, a professor emeritus at Keio University. "Japan's leader is in Kyiv while China's leader is at the Kremlin."

After Kyiv, Kishida is scheduled to travel back to Poland for talks with Polish Prime Minister Mateusz Morawiecki before returning to Tokyo on Thursday, Chief Cabinet Secretary Hirokazu Matsuno said.

In New Delhi on Monday, Kishida and Modi discussed cooperation between the G7, which Japan chairs this year, and the Group of 20, which India is chairing. Kishida also announced a new plan for a "free and open Indo-Pacific" in a speech there, pledging $75 billion in infrastructure investment across the region by 2030.

Japan has provided $7.1 billion in humanitarian and financial aid to Ukraine but, constrained by its rules on arms exports, has not provided lethal weapons. It has supplied helmets, bulletproof vests and drones to Ukraine's forces.

Opposition lawmakers said they would ask about the handling of the trip, which was not disclosed to the Diet in advance. Under Diet rules, the prime minister's overseas travel normally requires prior approval.

Photo: Prime Minister Fumio Kishida arrives at Kyiv railway station on Tuesday. | KYODO

KEYWORDS: Fumio Kishida, Ukraine, Volodymyr Zelenskyy, Xi Jinping, Russia, Poland

Related
Xi arrives in Moscow, calls Putin "dear friend"
BOJ holds policy steady at Kuroda's final meeting
Kishida and Modi reaffirm ties in New Delhi

Share: Twitter | Facebook | LINE | Email
Comments (32)"""))

A.append(dict(id="h67-05", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230302-macron-in-gabon-for-one-forest-summit-start-of-central-africa-tour",
published_at="2023-03-02", body="""RFI - Radio France Internationale | Africa | France | International | Podcasts

We use cookies to improve your experience. By continuing to browse, you accept their use. More information

Macron in Gabon for forest summit at start of four-nation Central Africa tour

Issued on: 02/03/2023 - 10:21

Text by: RFI with AFP

French President Emmanuel Macron arrived in Libreville on Wednesday evening at the start of a four-country tour of Central Africa, days after announcing a reduction of France's military presence on the continent.

Macron was greeted on the tarmac by Gabonese President Ali Bongo Ondimba, with whom he is co-chairing the One Forest Summit on the protection of the Congo Basin rainforest on Thursday. The two men held talks over dinner at the presidential palace, the Elysee said.

Small groups of protesters gathered in central Libreville before his arrival, some holding signs criticising French policy in Africa. Opposition figures accused Paris of lending legitimacy to Bongo, whose family has ruled Gabon for more than five decades, in a year of elections.

Macron insisted the visit was about the climate. "This is not a campaign trip," an adviser said, adding that the summit would bring together heads of state, ministers, scientists and businesses from the three main tropical forest basins.

Angola, the two Congos

The French president is due in Luanda on Friday for talks with President Joao Lourenco, which aides said would focus on agriculture. An agreement to develop Angola's agricultural sector is set to be signed during the stop. It will be the first visit by a French president to Angola since 2015.

On Saturday he travels to Brazzaville, in the Republic of Congo, for a meeting with President Denis Sassou Nguesso, before crossing the river to Kinshasa, the last and most sensitive leg of the tour.

In the Democratic Republic of Congo, Macron is expected to hold talks with President Felix Tshisekedi, whose government accuses neighbouring Rwanda of backing the M23 rebels in the east of the country. Kigali denies the charge. Congolese civil society groups have called on Macron to condemn Rwanda explicitly, and some have called demonstrations for his arrival.

"He cannot come to Kinshasa and stay silent," said a spokesperson for the citizens' movement Lucha.

A new doctrine

In a speech at the Elysee on Monday, Macron said France would reduce the number of its troops at its bases in Africa and share their management with host countries, and described the era of "Francafrique" as "over". French forces have left Mali and Burkina Faso in the past year after the arrival of military juntas that turned to Russia.

Macron last toured the continent in July, when he visited Cameroon, Benin and Guinea-Bissau. He has made 18 trips to Africa since becoming president in 2017.

The tour ends on Sunday.

Photo: French President Emmanuel Macron is welcomed by Gabon's President Ali Bongo Ondimba at Libreville airport, on 1 March 2023. © Ludovic Marin, AFP

Read also
Burkina Faso: French troops complete withdrawal
Senegal: Sall says he will not be "pushed" on third term
Interview: "Africa is no longer France's backyard"

Tags: Emmanuel Macron, Gabon, Angola, DR Congo, Congo-Brazzaville, France-Afrique

Newsletter: Receive all international news directly in your mailbox. Subscribe

Share: Facebook | Twitter | WhatsApp | Email
Support independent journalism: Donate to RFI"""))

A.append(dict(id="h67-06", source="en.mercopress.com",
url="https://en.mercopress.com/2024/02/07/milei-in-israel-on-first-bilateral-trip-pledges-embassy-move-to-jerusalem",
published_at="2024-02-07", body="""MercoPress, in English | South Atlantic News Agency

Montevideo, February 7th 2024 - 08:12 UTC

USD/ARS 827.25 | USD/BRL 4.96 | USD/UYU 39.05 | Soy CBOT US$ 11.93 | Brent US$ 79.21

Milei in Israel on first bilateral trip, pledges embassy move to Jerusalem

Argentine President Javier Milei is in Israel on his first bilateral visit as head of state, and on arrival on Tuesday he announced his government's plan to move Argentina's embassy from Tel Aviv to Jerusalem.

Milei was received at Ben Gurion airport by Foreign Minister Israel Katz, to whom he announced the decision, and then travelled straight to Jerusalem, where he prayed at the Western Wall with his rabbi, Axel Wahnish, whom he has named as his ambassador to Israel. The president was visibly emotional and embraced the rabbi for several minutes.

"It is my plan that we move the embassy to West Jerusalem," Milei told Katz, who described him as "a true friend of Israel".

Milei is due to meet Prime Minister Benjamin Netanyahu and President Isaac Herzog on Wednesday, and he is expected to visit a kibbutz attacked by Hamas on October 7 on Thursday. Argentine citizens are among the hostages still held in Gaza, and the families of several of them are expected to meet the president.

The visit has drawn criticism in Buenos Aires. Opposition lawmakers said the embassy announcement had not been discussed with Congress, and the Argentine Palestinian community accused the president of taking sides in the war. Foreign Minister Diana Mondino, who is travelling with Milei, told reporters that "no final date" had been set for the move.

Next stop: Rome

From Israel, Milei is set to fly to Italy. On Sunday he will attend the canonisation at St Peter's of Maria Antonia de Paz y Figueroa, known as "Mama Antula", Argentina's first female saint, and on Monday he is expected to be received by Pope Francis at the Vatican. The visit to the pontiff, whom Milei harshly criticised during the election campaign, is one of the most anticipated events of the trip.

He is also due to meet Italian Prime Minister Giorgia Meloni and President Sergio Mattarella in Rome on Monday, according to the Casa Rosada's official agenda.

The trip comes as Milei's flagship economic reform bill stalls in Congress, where the government withdrew the omnibus package on Tuesday after losing key votes. Spokesperson Manuel Adorni said the president had been informed of the setback while in the air.

Milei, who took office on December 10, has so far made only one trip abroad, to the World Economic Forum in Davos last month. Ukrainian President Volodymyr Zelensky, who attended Milei's inauguration in Buenos Aires, is among the few foreign leaders he has received at the Casa Rosada.

Photo: President Javier Milei prays at the Western Wall in Jerusalem. (Presidencia)

Related news
Falklands: Milei says sovereignty claim will be pursued "through diplomacy"
Argentina inflation hits 211% in 2023
Lula and Milei still have no date for first meeting

Tags: Argentina, Israel, Milei, Netanyahu, Vatican, Italy

Comments (7) | Share: Facebook | Twitter | LinkedIn | Email

MercoPress is an independent news agency. Support our work: subscribe to our daily bulletin."""))

A.append(dict(id="h67-07", source="thenationalnews.com",
url="https://www.thenationalnews.com/mena/iran/2023/06/17/saudi-foreign-minister-arrives-in-tehran/",
published_at="2023-06-17", body="""The National | UAE | MENA | World | Business | Opinion | Lifestyle

This website uses cookies to improve your experience. Read our Privacy Policy | Accept

DFM 3,792.55 ▲ +0.41% | ADX 9,475.12 ▼ -0.12% | BRENT $76.61 ▲ | USD/AED 3.6725

MENA

Saudi foreign minister arrives in Tehran on first visit in years as diplomatic thaw deepens

Prince Faisal expected to meet President Raisi and deliver invitation from King Salman

Layla Haddad
Jun 17, 2023

Saudi Arabia's Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday, the first visit by a top Saudi diplomat to Iran since the two regional rivals cut ties in 2016.

Prince Faisal was received at Mehrabad airport by Iranian Foreign Ministry officials and went on to hold talks with his counterpart Hossein Amir-Abdollahian, Iran's state news agency Irna reported.

At a joint news conference afterwards, the Saudi minister said the kingdom was keen to "build on" the agreement reached between the two countries in Beijing in March and to restore trade and flights. "Relations between our two countries are based on clear principles of respect for independence and sovereignty and non-interference in internal affairs," he said.

The news conference was briefly delayed and moved to a different room, according to reporters present, reportedly because of a portrait of the slain Revolutionary Guard commander Qassem Suleimani that hung in the original hall.

Amir-Abdollahian described the talks as "positive and constructive". He said the two sides had discussed regional security, the war in Yemen and co-operation in the Gulf.

Prince Faisal is expected to meet President Ebrahim Raisi later in the day and to hand over a written invitation from King Salman to visit Riyadh. Mr Raisi accepted a similar invitation in principle in March, though no date has been announced.

From Beijing to Tehran

Saudi Arabia and Iran agreed on March 10 to restore diplomatic ties after talks mediated by China, ending a rupture that began when protesters stormed the Saudi embassy in Tehran following the kingdom's execution of the Shiite cleric Nimr Al Nimr.

The two foreign ministers met for the first time in Beijing on April 6, hosted by Chinese Foreign Minister Qin Gang, and agreed to reopen embassies within two months. Iran reopened its embassy in Riyadh this month, and the Saudi embassy in Tehran is due to resume work in the coming weeks.

Amir-Abdollahian said he would visit Riyadh "in the near future", but gave no date.

Analysts said the visit was significant for its symbolism. "The fact that the visit is happening at all, and in public, tells you both sides are investing in this," said a Gulf researcher at a Dubai-based think tank. "The hard part is Yemen."

The rapprochement has been followed by a flurry of regional diplomacy. Syria was readmitted to the Arab League in May, and Saudi and Omani envoys held talks with the Houthis in Sanaa in April.

Photo: Saudi Foreign Minister Prince Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran on June 17, 2023. Photo: Irna / AFP

Updated: June 17, 2023, 2:45 PM

More from The National
Blinken wraps up Saudi visit after talks with Crown Prince Mohammed
Oman's sultan in Tehran for talks with Raisi
Iran reopens embassy in Riyadh after seven years

Topics: Saudi Arabia, Iran, Diplomacy, Gulf

Share: WhatsApp | X | Facebook | LinkedIn | Email
Sign up for our newsletters. Download The National app."""))

A.append(dict(id="h67-08", source="theguardian.com",
url="https://www.theguardian.com/uk-news/2023/mar/24/king-charles-state-visit-to-france-postponed-pension-protests",
published_at="2023-03-24", body="""Support the Guardian. Fund independent journalism with £1 per month. Support us →

FTSE 100 7,405.45 ▼ -1.26% | GBP/EUR 1.1379 | GBP/USD 1.2236 | Brent $74.99

Monarchy

King Charles's state visit to France postponed amid pension reform protests

Trip was due to begin on Sunday but Élysée says decision taken after call between Macron and the King; Germany leg to go ahead

Pierre Castagnou in Paris and Hannah Whitcombe
Fri 24 Mar 2023 11.37 GMT

King Charles's state visit to France, which was due to start on Sunday, has been postponed because of the wave of protests and strikes against Emmanuel Macron's pension reforms, the Élysée Palace has announced.

The decision was taken by the French and British governments "in order to be able to welcome His Majesty in conditions that reflect our friendly relations", the Élysée said, after the French president spoke to the King by telephone on Friday morning.

The visit, the King's first overseas as monarch, was to have included a ceremony at the Arc de Triomphe, a state banquet at the Palace of Versailles and a trip to Bordeaux, where many of the city's workers have been on strike and where the door of the town hall was set on fire on Thursday night.

Speaking in Brussels, where he was attending a European summit, Macron said it would not have been "serious" to hold a state visit "in the middle of the demonstrations". He said a new visit would be organised "in a few weeks or a few months" and that he had proposed to the King that it take place "at the start of the summer".

Buckingham Palace said the King and the Queen Consort "look forward to being able to visit France as soon as dates can be found".

Germany goes ahead

The German leg of the tour will go ahead as planned. The King and Queen Consort are scheduled to arrive in Berlin on Wednesday, where they will be received by President Frank-Walter Steinmeier with military honours at the Brandenburg Gate, the first time such a ceremony has been held there for a visiting head of state.

The King is also due to address the Bundestag, the first monarch to do so, and to visit Hamburg before returning to London on Friday.

Downing Street said the decision on France was "sensible". Rishi Sunak met Macron in Paris earlier this month for the first Franco-British summit in five years, where the two leaders agreed a new deal on small boats crossings.

Protesters in France have taken to the streets for a ninth day of nationwide action, with more than a million people marching on Thursday according to the interior ministry, after the government forced the reform raising the pension age from 62 to 64 through parliament without a vote.

Some union leaders welcomed the postponement. Sophie Binet of the CGT said on Friday it was "unthinkable" to host a state dinner at Versailles while workers protested. Others mocked the idea that the King had been "chased away".

State visits are normally planned many months in advance, and a postponement at two days' notice is rare.

Photo: King Charles was to have been received at the Élysée Palace on Sunday. Photograph: Chris Jackson/Getty Images

Most viewed
Biden to visit Belfast next month for Good Friday agreement anniversary
Nicola Sturgeon's final days in office
Ukraine war live: Zelenskiy visits frontline near Bakhmut

Topics: King Charles III, Monarchy, France, Emmanuel Macron, Germany, Protest

Share on Facebook | Share on Twitter | Share via Email
Reuse this content | 1,204 comments"""))

A.append(dict(id="h67-09", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20240526000054",
published_at="2024-05-26", body="""The Korea Herald | National | Business | Life&Culture | Entertainment | Opinion

KOSPI 2,687.60 ▼ -1.29% | KOSDAQ 839.98 ▼ | USD/KRW 1,366.50 | JPY/KRW 870.20

[Newsmaker] Li Qiang arrives in Seoul for first three-way summit in 4 1/2 years; Kishida due this afternoon

By Shin Ji-hoon
Published : May 26, 2024 - 11:42 Updated : May 26, 2024 - 13:05

Chinese Premier Li Qiang arrived in Seoul on Sunday morning ahead of the first trilateral summit among South Korea, China and Japan in four and a half years, with President Yoon Suk Yeol set to hold back-to-back bilateral talks with his two guests later in the day.

Li, on his first visit to South Korea since taking office last year, was greeted at Seoul Air Base in Seongnam by Second Vice Foreign Minister Kang In-sun. He is scheduled to meet Yoon at the presidential office in Yongsan in the afternoon, the office said.

Japanese Prime Minister Fumio Kishida is due to arrive in the afternoon. He will sit down with Yoon for talks and a dinner, their eighth summit since Yoon took office, according to Yoon's office.

Kishida and Li are also set to hold their own bilateral meeting in Seoul on Sunday evening, Japan's Chief Cabinet Secretary Yoshimasa Hayashi said in Tokyo. Kishida last held talks with a Chinese leader in November, when he met President Xi Jinping in San Francisco, and Tokyo is expected to raise the release of treated water from the Fukushima nuclear plant and the detention of Japanese nationals in China.

The three leaders will hold their summit on Monday morning at the Lotte Hotel Seoul, followed by a joint press conference and a business summit. The two-day gathering is the ninth of its kind and the first since December 2019 in Chengdu, China. The format stalled during the COVID-19 pandemic and amid frictions between Seoul and Tokyo over wartime history.

Officials said the three were expected to adopt a joint declaration covering trade, supply chains, people-to-people exchanges, health and ageing societies, and to agree to hold the summit on a regular basis.

In his talks with Li, Yoon is expected to propose a two-plus-two dialogue on diplomacy and security and to seek Beijing's "constructive role" on North Korea's nuclear programme, a senior presidential official said. The two sides are also expected to discuss resuming the second phase of talks on their free trade agreement, which covers services and investment.

"The fact that the three leaders are sitting together again is itself an achievement," said a former South Korean ambassador to Beijing. "Expectations beyond that should be modest."

Relations between Seoul and Tokyo have improved markedly since Yoon's decision last year to compensate Korean victims of wartime forced labour through a domestic fund, and Kishida made a two-day visit to Seoul in May last year to restart "shuttle diplomacy".

North Korea, which typically responds to such gatherings with shows of force, has been preparing another attempt to put a military reconnaissance satellite into orbit, South Korean military officials said.

Photo: Chinese Premier Li Qiang disembarks at Seoul Air Base in Seongnam, Gyeonggi Province, on Sunday. (Yonhap)

Most Popular
1. Yoon to embark on state visits to Turkmenistan, Kazakhstan, Uzbekistan next month
2. BTS' Jin to be discharged from military in June
3. Doctors' strike enters fourth month as talks stall

Tags: Yoon Suk Yeol, Li Qiang, Fumio Kishida, trilateral summit

Share: Facebook | X | KakaoTalk | Copy URL
Copyright © 2024 The Korea Herald. All rights reserved."""))

A.append(dict(id="h67-10", source="ndtv.com",
url="https://www.ndtv.com/india-news/chinese-foreign-minister-wang-yi-meets-s-jaishankar-ajit-doval-in-delhi-2842451",
published_at="2022-03-25", body="""NDTV | Live TV | Latest | India | World | Business | Opinion

SENSEX 57,362.20 ▼ -233.48 | NIFTY 17,153.00 ▼ -69.75 | BRENT $119.03 | USD/INR 76.23

India News

"Relationship Not Normal": S Jaishankar After Talks With Chinese Minister Wang Yi

The Chinese Foreign Minister is in India on the first visit by a top Chinese leader since the deadly clashes in eastern Ladakh in June 2020.

India | Reported by Nandita Vasan | Updated: March 25, 2022 3:14 pm IST

New Delhi: External Affairs Minister S Jaishankar on Friday told his visiting Chinese counterpart Wang Yi that relations between the two countries could not be "normal" as long as the situation along the border was abnormal, and pressed for the completion of troop disengagement at the remaining friction points in eastern Ladakh.

"Our relationship is not normal, if the situation in the border areas is abnormal," Mr Jaishankar told reporters after nearly three hours of talks at Hyderabad House. He said the two ministers had a "frank and open" discussion.

Mr Wang landed in Delhi on Thursday evening on a trip that was not announced in advance by either side. He met National Security Adviser Ajit Doval on Friday morning and invited him to visit China for the next round of talks between the Special Representatives on the boundary question. Mr Doval said he could travel to China once the "immediate issues" were resolved, sources said.

It is the first visit to India by a senior Chinese official since troops of the two countries clashed in the Galwan valley in June 2020, leaving 20 Indian soldiers and at least four Chinese soldiers dead. Since then, Mr Jaishankar and Mr Wang have met on the sidelines of multilateral meetings, including in Moscow in September 2020 and in Dushanbe last year.

Sources said the Chinese side had sought a meeting with Prime Minister Narendra Modi, but no such meeting was arranged.

Arrived from Kabul

Mr Wang reached Delhi from Kabul, where he held talks on Thursday with the Taliban's acting foreign minister Amir Khan Muttaqi and acting deputy prime minister Abdul Ghani Baradar. Earlier in the week he was in Islamabad as a special guest at a meeting of foreign ministers of the Organisation of Islamic Cooperation, where his remarks on Kashmir drew a sharp rebuke from New Delhi.

The Chinese minister is scheduled to leave for Kathmandu later on Friday, where he will hold talks with Nepalese leaders. Nepal's Foreign Ministry said Mr Wang would meet Prime Minister Sher Bahadur Deuba and Foreign Minister Narayan Khadka during the three-day visit and that several agreements were expected to be signed.

Mr Jaishankar said the two sides also discussed the situation in Ukraine and Afghanistan. China is scheduled to host the BRICS summit later this year, and Beijing is keen for Prime Minister Modi to attend. Mr Jaishankar said that would depend on "the pace of progress" on the border.

Sixteen rounds of talks between corps commanders have produced disengagement at several friction points, including the Galwan valley and the Pangong lake, but the two armies each continue to keep tens of thousands of troops along the Line of Actual Control.

(With inputs from PTI)

Photo: S Jaishankar and Wang Yi at Hyderabad House in New Delhi on Friday.

Read Next
US Secretary of State Antony Blinken to meet Jaishankar, Rajnath Singh in Washington next month
Russian Foreign Minister Lavrov to visit India next week amid Ukraine war
Petrol, diesel prices hiked again; 4th increase in 5 days

Tags: Wang Yi, S Jaishankar, India China Ties, Ajit Doval, Nepal

Share: WhatsApp | Facebook | Twitter | Email
Track Latest News Live on NDTV.com and get news updates from India and around the world"""))

A.append(dict(id="h67-11", source="sbs.com.au",
url="https://www.sbs.com.au/news/article/albanese-lands-in-shanghai-ahead-of-meeting-with-xi-jinping/k4m2n8q1z",
published_at="2023-11-05", body="""SBS News | Australia | World | Politics | Business | Podcasts

ASX 200 6,978.20 ▲ +0.59% | AUD/USD 0.6517 | AUD/CNY 4.7442 | Iron ore US$124.10

Albanese arrives in China for first prime ministerial visit in seven years

Anthony Albanese has landed in Shanghai, the first Australian prime minister to visit China since 2016, with a meeting with Xi Jinping set for Monday.

Published 5 November 2023 9:04am | Updated 5 November 2023 1:37pm
By Daniel Pereira | Source: SBS News, AAP

Prime Minister Anthony Albanese is in China for a four-day visit aimed at cementing the recovery in relations after years of diplomatic freeze and trade sanctions.

Mr Albanese touched down in Shanghai on Saturday night, where he was met by Chinese officials and Australian ambassador Scott Dewar. On Sunday he attends the opening of the China International Import Expo, the country's biggest trade fair, where more than 200 Australian companies are exhibiting.

The prime minister will fly to Beijing on Monday for talks with President Xi Jinping at the Great Hall of the People, followed by a meeting with Premier Li Qiang on Tuesday for the annual leaders' dialogue, which is resuming after a hiatus of several years.

"Australia's relationship with China is an important one and we will cooperate where we can, disagree where we must," Mr Albanese told reporters before departing Canberra.

The visit marks 50 years since Gough Whitlam became the first Australian prime minister to visit the People's Republic. Mr Albanese is expected to visit the Temple of Heaven in Beijing, where Whitlam was photographed in 1973.

Trade tensions easing

Beijing has lifted most of the tariffs and informal bans it imposed on Australian goods from 2020, including those on coal, timber and barley. Restrictions on wine and some meat exporters remain in place, although China agreed last month to review its duties on Australian wine.

Trade Minister Don Farrell, who is travelling with the prime minister, said he hoped the remaining impediments would be removed "by the end of the year".

The release of Australian journalist Cheng Lei in October after three years in detention removed one of the main obstacles to the visit. Human rights groups have urged Mr Albanese to raise the case of Australian writer Yang Hengjun, who remains in detention and has not been sentenced.

Mr Albanese and Mr Xi last met on the sidelines of the G20 in Bali in November last year, the first meeting between the two countries' leaders in six years. Chinese officials have indicated Premier Li could make a return visit to Australia next year, but no trip has been announced.

Security remains a point of friction. Canberra is pressing ahead with the AUKUS plan to acquire nuclear-powered submarines, and Mr Albanese returned only last month from a state visit to Washington, where he was hosted by President Joe Biden.

Opposition leader Peter Dutton said the prime minister should not "return with a photo opportunity and nothing else".

After China, Mr Albanese is expected to travel to Rarotonga in the Cook Islands for the Pacific Islands Forum leaders' meeting.

Photo: Prime Minister Anthony Albanese is greeted after landing in Shanghai. (AAP Image/Lukas Coch)

Read more
Wong to host Pacific counterparts ahead of PIF
Australia's trade surplus narrows as coal prices fall
Yang Hengjun's family pleads for his release

Share: Facebook | X | WhatsApp | Email

Get the latest with our News app. Sign up for the SBS News newsletter."""))

A.append(dict(id="h67-12", source="sabcnews.com",
url="https://www.sabcnews.com/sabcnews/xi-hosted-at-union-buildings-as-brics-leaders-arrive-for-johannesburg-summit/",
published_at="2023-08-22", body="""SABC News | South Africa | Africa | World | Business | Sport | Watch live: SABC News channel 404

JSE ALL SHARE 76,012.45 ▲ +0.78% | USD/ZAR 18.83 | GBP/ZAR 24.01 | GOLD $1,897.40 | BRENT $84.21

Xi hosted at Union Buildings as BRICS leaders arrive for Johannesburg summit

22 August 2023, 11:36 | Politics

By Sipho Mthembu and Lerato Khoza

Chinese President Xi Jinping is being hosted by President Cyril Ramaphosa at the Union Buildings in Pretoria on Tuesday morning for a state visit that precedes the 15th BRICS summit in Johannesburg.

Xi arrived at OR Tambo International Airport on Monday evening and was welcomed by Minister in the Presidency Khumbudzo Ntshavheni. The two presidents are holding bilateral talks after an official welcome ceremony, and several cooperation agreements in energy, infrastructure and agriculture are expected to be signed.

It is Xi's fourth state visit to South Africa and his first foreign trip this year apart from his March visit to Moscow.

Modi lands at Waterkloof

Indian Prime Minister Narendra Modi landed at Air Force Base Waterkloof shortly after 3pm on Tuesday, where he was received by Deputy President Paul Mashatile. Indian officials said Modi would hold bilateral talks with Ramaphosa on the margins of the summit, and would meet members of the Indian community in Johannesburg.

Modi's Foreign Secretary, Vinay Kwatra, said India was "positive" about expanding the bloc but wanted clear criteria. Asked whether Modi and Xi would meet bilaterally, Kwatra said the Prime Minister's schedule was "still being worked out". The two leaders could meet on the sidelines, Indian media reported, in what would be their first formal talks since the 2020 border clashes.

From Johannesburg, Modi will travel to Athens on Friday at the invitation of Greek Prime Minister Kyriakos Mitsotakis, the first visit by an Indian prime minister to Greece in 40 years.

Brazilian President Luiz Inacio Lula da Silva arrived in Johannesburg on Monday night and visited the Sandton Convention Centre with his delegation on Tuesday morning.

Putin to join by video link

Russian President Vladimir Putin will not attend in person and will take part by video link, with Foreign Minister Sergey Lavrov leading the Russian delegation. Lavrov arrived in Johannesburg on Tuesday morning. The Presidency announced in July that Putin would stay away "by mutual agreement", ending weeks of debate over South Africa's obligation, as a member of the International Criminal Court, to arrest him under a warrant issued in March.

The leaders are expected to discuss expanding the bloc, with more than 20 countries having formally applied to join, and using local currencies for trade. The summit opens formally on Wednesday at the Sandton Convention Centre.

Ramaphosa will host a leaders' retreat and dinner on Tuesday evening. More than 30 African heads of state have been invited to a BRICS-Africa outreach session on Thursday.

Johannesburg police have closed several roads around Sandton until Friday. Motorists are advised to use alternative routes.

Photo: President Cyril Ramaphosa welcomes Chinese President Xi Jinping to the Union Buildings. (SABC News)

Related Stories
Lavrov: BRICS expansion must be based on consensus
Ramaphosa, Lula to co-chair BRICS business forum session
Rand firms ahead of BRICS summit

Tags: BRICS, Xi Jinping, Narendra Modi, Cyril Ramaphosa, Lula, Union Buildings

Share: Facebook | Twitter | WhatsApp | LinkedIn
Download the SABC News app | Follow us on Telegram"""))
