# Long pages (2,500-4,500 characters), h56-01 .. h56-12
A = []

A.append(dict(id="h56-01", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/russia-ukraine-sign-separate-grain-deals-with-turkiye-un-in-istanbul-175512",
published_at="2022-07-22", body="""Cookies help us deliver our services. By using this site, you agree to our use of cookies. | OK

BIST 100 2.532,41 ▲ %1,12 | USD/TRY 17,9305 ▲ %0,21 | EUR/TRY 18,2840 ▼ %-0,18 | BRENT 103,86 $ ▼ %-0,41 | GOLD/GRAM 1.047 TL

TÜRKİYE > DIPLOMACY

Russia, Ukraine sign separate grain deals with Türkiye, UN in Istanbul

ISTANBUL
Published July 22 2022 18:47:00

Russia and Ukraine on July 22 put their names to two parallel agreements with Türkiye and the United Nations meant to reopen Ukraine's Black Sea ports to grain shipments, at a ceremony in Istanbul's Dolmabahçe Palace overseen by President Recep Tayyip Erdoğan and U.N. Secretary-General António Guterres.

The warring neighbors did not sign a single text together. Russian Defense Minister Sergei Shoigu put his signature to one document alongside Turkish Defense Minister Hulusi Akar and Guterres, while Ukrainian Infrastructure Minister Oleksandr Kubrakov signed an identical paper with Akar and the U.N. chief. Kyiv had said in advance that it would not sign anything next to Moscow, and officials described the result as "mirror" arrangements.

The two delegations sat at opposite ends of the ornate hall and were not seen speaking to each other.

Erdoğan told the audience the initiative would help ease a global food crisis that has hit poorer countries hardest, and said he hoped it would also open a path to wider peace talks. Guterres thanked Ankara for what he called months of patient work.

Under the arrangement, a joint coordination center with officials from Türkiye, Russia, Ukraine and the U.N. will be set up in Istanbul within days to inspect vessels and monitor their passage out of Odesa, Chornomorsk and Pivdennyi. The deal runs for 120 days and can be renewed. Some 20 million tons of grain are stuck in Ukrainian silos, according to Kyiv.

A separate memorandum between Moscow and the U.N. commits the world body to help clear the way for Russian food and fertilizer exports, which Russia says have been hampered by Western sanctions.

Ankara's channel

The signing capped weeks of quiet Turkish diplomacy. Military delegations of the four parties first sat down in Istanbul on July 13, and Turkish officials have since carried drafts back and forth between the two capitals.

Erdoğan had also pressed the issue with Russian President Vladimir Putin when the two met in Tehran on Tuesday, on the sidelines of a three-way summit on Syria hosted by Iranian President Ebrahim Raisi. The Kremlin said afterwards that "not all issues" had been settled, but Moscow's defense chief was on a plane to Istanbul three days later.

Akar said Turkish naval forces would not escort the ships, but that the corridor would be monitored from the center. Mine clearance is not part of the deal, he added.

In Kyiv, a senior aide to President Volodymyr Zelensky warned that any Russian "provocation" against the ports would be met with an immediate military response, and said Ukraine was signing with Türkiye and the U.N., not with Russia.

Wheat futures in Chicago fell more than 5 percent after the ceremony.

Officials said the first shipments could leave within weeks once the coordination center is running.

By Nazlı Eren Aydın - ISTANBUL

RELATED NEWS
Grain corridor talks: military teams to meet again in Istanbul
Central bank keeps rate at 14 percent despite inflation
Lavrov to begin four-nation Africa tour in Cairo on Sunday

MOST READ
Lira slips after central bank decision
Istanbul's ferries get new timetable for summer
Heatwave warning for Aegean provinces

Tags: grain deal, Black Sea, Russia, Ukraine, United Nations, Erdoğan

Share: Facebook | Twitter | LinkedIn | WhatsApp

© 2022 Hürriyet Daily News - All Rights Reserved"""))

A.append(dict(id="h56-02", source="rfi.fr",
url="https://www.rfi.fr/en/europe/20191210-putin-zelensky-first-meeting-paris-normandy-summit-ceasefire-prisoners",
published_at="2019-12-10", body="""RFI | Listen live | Podcasts | Newsletters | FR - EN - ES - PT

Europe

Putin and Zelensky meet for the first time in Paris, agree on ceasefire and prisoner swap

Issued on: 10/12/2019 - 01:26 Modified: 10/12/2019 - 11:48

French President Emmanuel Macron greets Ukraine's Volodymyr Zelensky in the courtyard of the Elysée Palace, Paris, 9 December 2019. © Reuters/Charles Platiau

Text by: RFI

The presidents of Russia and Ukraine held their first face-to-face talks in Paris on Monday, on the fringes of a summit brokered by France and Germany, and agreed to a full ceasefire in eastern Ukraine by the end of the year and a large prisoner exchange. A wider settlement of the five-year-old conflict remains out of reach.

Vladimir Putin and Volodymyr Zelensky were brought together at the Elysée by French President Emmanuel Macron and German Chancellor Angela Merkel, in the so-called Normandy format, which had not met at leaders' level since 2016. Macron greeted each guest on the steps of the palace before the four sat down in the afternoon.

After several hours of four-way talks, the Russian and Ukrainian leaders spent the later part of the evening in a one-on-one meeting that aides said covered the expiring gas transit contract and the release of detainees. The session ran past the scheduled start of the final news conference.

In a joint communiqué, the four leaders committed to a "full and comprehensive" ceasefire before the end of 2019, an exchange of all conflict-related detainees by the same date, and the pullback of forces from three more sections of the front line by the end of March. The Red Cross is to be given full access to all detainees.

They also agreed to meet again in the same format within four months.

Zelensky, a former comedian elected in April on a promise to end the war, said the meeting had been "a draw" in some respects and acknowledged that there was no agreement on the sequence of local elections and the handover of the border to Kyiv. "Very few issues were resolved," he told reporters. "I would like to resolve more."

Putin said the talks had been useful and that the process was "developing in the right direction". Moscow has long insisted that Kyiv hold direct talks with the Russian-backed separatists, which Ukraine refuses.

Outside the presidential office in Kyiv, several thousand protesters had gathered on Sunday to warn Zelensky against crossing what they called "red lines", including any federalisation of the country.

Gas talks next week

Both presidents said progress had been made on gas. The current contract for the transit of Russian gas to Europe across Ukraine expires on 31 December. Russian Energy Minister Alexander Novak and his Ukrainian counterpart Oleksiy Orzhel are due to meet in Berlin next week for a further round of three-way talks with the European Commission.

Merkel said the fact that the two leaders had spoken directly was in itself a step forward, while Macron called the outcome a reactivation of the peace process.

The last Normandy summit took place in Berlin in October 2016.

More than 13,000 people have been killed in the fighting in Donbas since April 2014, according to the United Nations.

Read also
Ukraine and Russia complete first major prisoner swap since 2017
Macron hosts Putin at Brégançon ahead of G7
Pension reform strikes: Paris transport paralysed for sixth day

Tags: Ukraine, Russia, France, Germany, Vladimir Putin, Volodymyr Zelensky

Share: Facebook | Twitter | Email

Subscribe to the RFI newsletter: daily news in your inbox"""))

A.append(dict(id="h56-03", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/trump-kim-hanoi-summit-dinner-metropole-11290854",
published_at="2019-02-27", body="""Get the CNA app: breaking news alerts on the go. Download now

STI 3,262.70 ▼ -0.21% | Nikkei 21,556.51 ▲ +0.48% | USD/SGD 1.3511

Asia

Trump, Kim shake hands in Hanoi, open second summit with dinner

HANOI: US President Donald Trump and North Korean leader Kim Jong Un shook hands in front of a row of alternating flags at the Sofitel Legend Metropole hotel on Wednesday evening (Feb 27), eight months after their first meeting in Singapore, and then sat down for a one-on-one conversation of about 20 minutes.

The two men, each with an interpreter, moved on to a dinner with a small group of aides. Trump was joined by Secretary of State Mike Pompeo and acting chief of staff Mick Mulvaney; Kim by senior party official Kim Yong Chol and Foreign Minister Ri Yong Ho.

Formal talks are set for Thursday, with a signing ceremony tentatively on the schedule, according to the White House.

Trump told reporters he expected the second summit to be "equal or greater" than the first. Kim said it had taken patience to reach Hanoi and promised to work for an outcome "everyone will welcome".

HOSTS TAKE THEIR TURN

Earlier on Wednesday, Trump was received by Vietnamese President Nguyen Phu Trong, who also heads the ruling Communist Party, at the Presidential Palace, and then held talks with Prime Minister Nguyen Xuan Phuc. The US president witnessed the signing of commercial deals worth more than US$20 billion, including Boeing aircraft orders from VietJet and Bamboo Airways, and held up Vietnam's economic rise as a path North Korea could follow.

Kim arrived on Tuesday morning at the Dong Dang border station after a train journey of more than 60 hours from Pyongyang across China, and was driven the rest of the way to the capital, where he is staying at the Melia hotel. He visited the North Korean embassy on Tuesday evening.

Vietnamese officials said Kim's trip is also an official goodwill visit, and that he will stay on after the summit for talks with Trong and other leaders before leaving on Saturday.

Hanoi has spent heavily on security and a press centre for some 3,000 journalists. Streets around both hotels were closed to traffic on Wednesday.

There was a brief dispute over press access on Wednesday evening, when the White House barred several reporters from covering the dinner after shouted questions during the leaders' photo opportunity.

In Seoul, President Moon Jae-in's office said it hoped for a breakthrough that would allow inter-Korean projects to resume. Moon had spoken to Trump by telephone last week about the summit.

Analysts said the key test would be whether the two sides could agree on concrete steps on the Yongbyon nuclear complex in exchange for some easing of sanctions or a declaration ending the Korean War.

"Expectations are lower than in Singapore, and that may not be a bad thing," said a Singapore-based researcher.

Source: CNA/Agencies/ec

Bookmark

Related Topics
Donald Trump | Kim Jong Un | North Korea | Vietnam

Read more:
Kim Jong Un may visit Seoul this year, Moon says
Hanoi street vendors cash in on summit fever
Oil edges up on hopes for US-China trade deal

Advertisement

Copyright© Mediacorp 2019. Mediacorp Pte Ltd. All rights reserved."""))

A.append(dict(id="h56-04", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/mena/2025/04/13/us-iran-oman-muscat-talks-witkoff-araghchi/",
published_at="2025-04-13", body="""Sign up for our daily newsletter: the essential news from the region, every morning.

Brent $64.76 ▲ 2.26% | Gold $3,237.10 ▲ 1.95% | USD/AED 3.6725

MENA

US and Iran hold first Oman-mediated talks in Muscat, agree to meet again next week

Negotiators spent most of the session in separate rooms, with Oman's foreign minister passing messages between them

Mina Al Harthy
Muscat
Apr 13, 2025
Updated: April 13, 2025, 5:10 AM

Iran and the US held their first round of nuclear talks in years in Muscat on Saturday, with Omani Foreign Minister Badr Albusaidi carrying messages between the two delegations for more than two hours before they agreed to reconvene next week.

Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff sat in separate rooms at a venue in the Omani capital. At the end of the session, the two men spoke directly for several minutes in Mr Albusaidi's presence, Iran's Foreign Ministry said, in what would be the first direct exchange between senior officials of the two countries since Washington quit the 2015 nuclear deal in 2018.

The next round will be held on Saturday, April 19, Mr Araghchi told Iranian state television. He said the venue could change but Oman would remain the mediator.

The White House called the discussions "very positive and constructive" and said Mr Witkoff had conveyed President Donald Trump's instructions to resolve the dispute through dialogue "if possible". Mr Trump, speaking to reporters on Air Force One, said the talks were "going OK".

Mr Albusaidi said the meeting had taken place "in a friendly atmosphere" and thanked both delegations. Before the talks, he had received Mr Araghchi and Mr Witkoff separately.

Tehran says it wants talks limited to its nuclear programme and the lifting of sanctions. Washington has demanded an end to enrichment, and Mr Trump has warned of military action if there is no deal.

Mr Witkoff travelled to Muscat from Russia, where he had spent more than four hours with President Vladimir Putin in St Petersburg on Friday, in talks the Kremlin said focused on Ukraine.

Mr Trump surprised many when he announced the talks on Monday while hosting Israeli Prime Minister Benjamin Netanyahu at the White House. In March, he had sent a letter to Supreme Leader Ayatollah Ali Khamenei, delivered to Tehran by senior Emirati diplomat Anwar Gargash.

The Sultanate has a long record as a discreet channel between the two capitals. It hosted the secret contacts that led to the 2015 agreement, and helped arrange several prisoner releases.

"The format allowed both sides to claim what they needed: Tehran can say the talks were indirect, and Washington can say they spoke face to face," said a Gulf analyst.

The Iranian rial firmed on the open market in Tehran on Saturday as traders bet on a thaw.

Photo: Oman's Foreign Minister Badr Albusaidi, centre, in Muscat on Saturday. Oman News Agency

Read more
Oman: a quiet broker with a long record
Iran's rial rallies on hopes for talks with US
Sheikh Mohamed receives Indian Prime Minister's special envoy

Most popular
UAE weather: rain expected in eastern regions
Dubai Metro adds new trains to Red Line

Updated: April 13, 2025, 5:10 AM

Share: X | Facebook | LinkedIn | WhatsApp | Email"""))

A.append(dict(id="h56-05", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3213345/china-brokers-saudi-iran-deal-restore-ties",
published_at="2023-03-11", body="""South China Morning Post | Subscribe | Sign in

Hang Seng 19,319.92 ▼ -3.04% | Shanghai Composite 3,230.08 ▼ -1.40% | USD/CNY 6.9608

China / Diplomacy

China brokers deal for Saudi Arabia and Iran to restore ties after seven-year rift

Beijing hosted four days of secret talks between the rivals' security chiefs, in its most ambitious foray into Middle East diplomacy

Published: 7:00am, 11 Mar, 2023
Updated: 10:32am, 11 Mar, 2023

Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, after four days of talks in Beijing that were kept secret until the announcement.

A joint statement by the three countries was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, Musaed bin Mohammed al-Aiban, Saudi Arabia's national security adviser, and Wang Yi, director of the Chinese Communist Party's foreign affairs commission office.

The two sides agreed that their foreign ministers would meet to implement the decision and arrange the return of ambassadors. They will also revive a security cooperation pact signed in 2001 and a 1998 agreement on trade, economy and investment.

Shamkhani arrived in Beijing on Monday and the Saudi delegation the same day, according to Iranian state media. Wang hosted both sides and described the result as "a victory for dialogue and for peace".

Footage released by Chinese state television showed Wang standing between the two men as they shook hands.

Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy in Tehran and a consulate in Mashhad following the execution of Shiite cleric Nimr al-Nimr.

Previous efforts to mend the relationship, including five rounds hosted by Iraq in Baghdad from 2021 and sessions in Oman, had made slow progress.

The breakthrough follows Chinese President Xi Jinping's visit to Riyadh in December and a state visit to Beijing by Iranian President Ebrahim Raisi in February. Iranian officials said Xi had personally proposed that Beijing host the talks.

Beijing's role

Analysts said the agreement marked a turning point for China, which has long relied on the Gulf for oil but had avoided the region's political rivalries.

"Washington could not have brokered this, because it does not talk to Tehran," said a Middle East specialist at a university in Shanghai. "Beijing is the one major power both sides trust enough."

In Washington, National Security Council spokesman John Kirby said Riyadh had kept the US informed of the talks, although Washington was not directly involved, and that the US welcomed any effort to help end the war in Yemen.

Israel's opposition leader Yair Lapid called the deal a failure of Israeli foreign policy.

It is not yet clear when the foreign ministers, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, will meet, or where.

The rivals back opposite sides in conflicts in Yemen, Syria and Lebanon. A Saudi official said the agreement included commitments not to interfere in each other's internal affairs.

Oil prices were little changed on the news.

Laura Zhou in Beijing

Related
Xi Jinping to make first trip to Moscow since Ukraine war began, sources say
How China's peace plan for Ukraine was received in Europe
Explainer: what the Saudi-Iran split meant for Yemen

Topics: China-Middle East relations, Saudi Arabia, Iran, Wang Yi

Share: Facebook | Twitter | LinkedIn | Copy link

Comments: 214

Copyright © 2023 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h56-06", source="malaymail.com",
url="https://www.malaymail.com/news/malaysia/2025/07/28/thailand-cambodia-agree-immediate-ceasefire-after-putrajaya-talks-hosted-by-anwar/184211",
published_at="2025-07-28", body="""Follow Malay Mail on our WhatsApp channel for the latest updates

FBM KLCI 1,531.04 ▼ -0.38% | USD/MYR 4.2215 ▲ | SGD/MYR 3.2964 | Brent US$69.88

MALAYSIA

Thailand, Cambodia agree to immediate ceasefire after Putrajaya talks hosted by Anwar

Monday, 28 Jul 2025 9:14 PM MYT

BY ZAKIAH HAMID

PUTRAJAYA, July 28 — Thailand and Cambodia have agreed to an immediate and unconditional ceasefire from midnight tonight, Prime Minister Datuk Seri Anwar Ibrahim said after hosting the leaders of both countries at his official residence Seri Perdana this afternoon.

Anwar, flanked by Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai, told a press conference that the two sides had agreed on a first step towards de-escalation after four days of the worst fighting along their border in more than a decade.

The two leaders shook hands at the end of the press conference but did not take questions.

Under the arrangement, regional military commanders from both sides will hold an informal meeting at 7am tomorrow, followed by a meeting of the General Border Committee on August 4. Malaysia, as ASEAN chair, will coordinate an observer team to verify the truce.

Anwar described the outcome as a good beginning and said both leaders had shown courage. The ambassadors of the United States and China to Malaysia also sat in on the talks, which lasted about two hours.

Phumtham, who flew in this morning, said Thailand would honour the ceasefire in good faith but stressed it must be observed by the Cambodian side on the ground. Hun Manet said the talks had produced "very good results" and called on both militaries to implement the deal at once.

At least 35 people have been killed and more than 260,000 displaced since clashes broke out on Thursday near disputed temples along the frontier.

Trump's calls

The meeting came after US President Donald Trump spoke by telephone to both Hun Manet and Phumtham on Saturday and warned that Washington would not conclude trade agreements with either country while the fighting continued. Both governments face a US tariff deadline on August 1.

US Secretary of State Marco Rubio also spoke to the foreign ministers of both countries on Sunday, the State Department said.

Bangkok had initially insisted on resolving the dispute bilaterally, but accepted Malaysia's offer over the weekend after mounting international pressure.

Thai and Cambodian forces were still exchanging fire on Monday morning in several areas, according to both countries' defence ministries.

Earlier this month, Anwar said ASEAN had to show it could manage disputes among its own members. Analysts said today's outcome was a significant test for the grouping.

— Bernama

Photo: Prime Minister Datuk Seri Anwar Ibrahim (centre) with Hun Manet (left) and Phumtham Wechayachai at Seri Perdana, July 28, 2025. — Bernama pic

Related Articles
Anwar: Malaysia ready to send observers to Thai-Cambodian border
Ringgit opens higher against US dollar
Fadillah to lead Malaysian delegation to Japan expo

Most Read
Petrol subsidy: what changes from today
Four arrested over online scam in Johor

Tags: Thailand, Cambodia, ceasefire, ASEAN, Anwar Ibrahim

Share: Facebook | X | WhatsApp | Telegram"""))

A.append(dict(id="h56-07", source="dailymaverick.co.za",
url="https://www.dailymaverick.co.za/article/2023-06-16-african-leaders-take-peace-plan-to-zelensky-as-missiles-hit-kyiv/",
published_at="2023-06-16", body="""Support Daily Maverick: become a Maverick Insider today and keep our journalism free for all.

JSE All Share 78,905 ▲ 0.6% | R/$ 18.21 ▼ | R/€ 19.92 | Brent $76.18

AFRICA

African leaders take peace plan to Zelensky as missiles hit Kyiv; Putin next

By Thandeka Mosia | 16 June 2023

A delegation of African leaders led by President Cyril Ramaphosa met Ukrainian President Volodymyr Zelensky in Kyiv on Friday, presenting a plan to end the war that the Ukrainian leader answered with a flat refusal to negotiate while Russian troops remain on his country's soil.

Ramaphosa was joined by Senegal's Macky Sall, Zambia's Hakainde Hichilema, Comoros President Azali Assoumani, who chairs the African Union this year, and Egyptian Prime Minister Mostafa Madbouly. The group arrived in the Ukrainian capital by train from Poland on Friday morning.

Shortly after they arrived, air raid sirens sounded across Kyiv and Ukrainian officials said air defences had shot down a volley of Russian missiles aimed at the city. Earlier, the leaders had laid flowers at a mass grave in Bucha.

At a joint press conference at the Mariinskyi Palace, Zelensky said that allowing any negotiation now would only "freeze the war". Ramaphosa said the mission was not there to take sides and that Africa was paying a price for the conflict, in food and fertiliser prices.

The mission's proposals, seen by Daily Maverick, include de-escalation on both sides, recognition of the sovereignty of countries under the UN Charter, unhindered grain exports through the Black Sea, the exchange of prisoners of war and the return of children.

The leaders travel on to St Petersburg on Saturday to meet Russian President Vladimir Putin, the Presidency said.

Uganda and Congo-Brazzaville, whose presidents were originally expected to join, were said to have sent lower-level representatives, although the organisers did not name them.

Stuck in Warsaw

The visit was overshadowed by a standoff at Warsaw's Chopin airport, where Ramaphosa's security detail and a group of South African journalists were kept on board their chartered plane for more than a day. Polish authorities said the team had not obtained permission for the weapons they were carrying.

The head of presidential protection, Wally Rhoode, accused Poland of sabotage and of undermining the mission. Poland's border guard said it had acted according to the law.

Ramaphosa himself had flown into Poland on Thursday before crossing into Ukraine by train.

The initiative was launched in May after Ramaphosa said he had spoken to both Putin and Zelensky. Pretoria has faced criticism from Washington over its neutral stance on the war, and the US ambassador last month alleged that a Russian ship had loaded arms at a naval base near Cape Town, which the government denies.

Analysts said expectations of a breakthrough were low, but the mission could still produce a result on prisoner exchanges and grain. "This is as much about Africa's voice as about Ukraine," said a researcher at a Johannesburg think tank.

Ramaphosa is due back in South Africa on Sunday.

Photo: President Cyril Ramaphosa and other African leaders in Kyiv on 16 June 2023. (Photo: GCIS)

Read more:
Analysis: Can Africa's peace mission make a difference?
Eskom: load shedding stage 4 from this evening
Op-Ed: Why the grain deal matters to South Africans

Comments (57) | Share: Facebook | Twitter | WhatsApp | Email

Sign up for the Daily Maverick First Thing newsletter"""))

A.append(dict(id="h56-08", source="theguardian.com",
url="https://www.theguardian.com/world/2025/mar/11/ukraine-us-talks-jeddah-ceasefire-intelligence-sharing",
published_at="2025-03-11", body="""Support the Guardian: fund independent journalism with $15 per month. Support us

World > Europe > Ukraine

Ukraine backs US plan for 30-day ceasefire after Jeddah talks as Washington lifts pause on aid

Rubio says "ball is in Russia's court" after eight hours of talks in Saudi Arabia

Dan Sabbagh in Jeddah and Pjotr Sauer
Tue 11 Mar 2025 21.04 GMT

Ukraine has said it is ready to accept an immediate 30-day ceasefire proposed by the US, subject to Russia's agreement, after some eight hours of talks in Saudi Arabia that ended with Washington restoring the intelligence sharing and military aid it had suspended last week.

The US delegation, led by the secretary of state, Marco Rubio, and the national security adviser, Mike Waltz, met a Ukrainian team headed by Andriy Yermak, the head of Volodymyr Zelenskyy's office, at a hotel in Jeddah. The Ukrainian foreign minister, Andrii Sybiha, and defence minister, Rustem Umerov, were also present.

In a joint statement, the two sides said they would name negotiating teams and conclude an agreement on Ukraine's critical minerals "as soon as possible". Washington will "immediately" lift the pause on intelligence and resume security assistance.

"Ukraine is ready to stop the shooting and start talking," Rubio told reporters after the talks. "Now it's up to the Russians."

Zelenskyy, who did not take part in Tuesday's talks, had flown to Jeddah on Monday and held talks with Saudi Arabia's crown prince, Mohammed bin Salman, at the Al-Salam palace. Rubio was received by the crown prince later the same evening.

Donald Trump said he hoped to speak to Vladimir Putin "this week". The US envoy Steve Witkoff is due in Moscow later this week, according to US officials, and Waltz said he would speak to his Russian counterpart in the coming days.

The Kremlin said it would wait to be briefed by the Americans before commenting.

The meeting was the first high-level contact between the two sides since Zelenskyy's Oval Office clash with Trump and the vice-president, JD Vance, on 28 February, after which Washington cut off military aid and intelligence.

Hours before the talks began, Ukraine launched its largest drone attack on the Moscow region since the start of the war. Russia's defence ministry said it had shot down 337 drones, including 91 over the Moscow region. At least one person was killed.

Zelenskyy thanked Trump in his evening address and said the US must now persuade Russia. "Ukraine has taken the step," he said.

European military chiefs met in Paris on Tuesday to discuss a possible reassurance force for Ukraine after a ceasefire.

Analysts said the shift put pressure on Moscow, which has demanded that any settlement address what it calls the root causes of the war.

Photograph: Marco Rubio and Mike Waltz meet the Ukrainian delegation in Jeddah on Tuesday. Photograph: Saul Loeb/AP

Ukraine war: live updates

Most viewed
Mark Carney to visit Paris and London next week on first trip as prime minister
Stock markets slide as tariff fears grow
Measles cases rise in Texas outbreak

Topics: Ukraine | Russia-Ukraine war | US foreign policy | Saudi Arabia | Marco Rubio

Share | Reuse this content | 1,284 comments"""))

A.append(dict(id="h56-09", source="civilnet.am",
url="https://www.civilnet.am/en/news/945812/pashinyan-and-aliyev-sign-declaration-at-white-house-initial-peace-treaty/",
published_at="2025-08-09", body="""CIVILNET | Armenia | Politics | Region | Culture | Donate

USD/AMD 384.50 | EUR/AMD 447.91 | RUB/AMD 4.81

POLITICS

Pashinyan and Aliyev sign declaration at White House, initial peace treaty text

By Lilit Ghazaryan | August 9, 2025

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration at the White House on Friday, in a ceremony hosted by US President Donald Trump, and their foreign ministers initialled the text of a peace agreement the two countries finalised in March.

The declaration, signed by the three leaders, commits Yerevan and Baku to end decades of conflict and to ask the OSCE to dissolve its Minsk Group. Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov put their initials on the draft treaty, a step short of signing it.

Trump received each leader separately in the Oval Office before the trilateral ceremony in the East Room. "They fought for 35 years and now they're going to be friends," Trump said.

The most contentious part of the package is a transit route through Armenia's Syunik province, which will connect mainland Azerbaijan to its Nakhichevan exclave. Under the deal, the United States will receive development rights for the route, to be branded the "Trump Route for International Peace and Prosperity". Pashinyan said the route would operate under Armenian jurisdiction and law.

Armenia and the United States also signed memoranda on energy security and on artificial intelligence and semiconductors, and Washington said it would waive restrictions on defence cooperation with Azerbaijan under Section 907 of the Freedom Support Act.

Both leaders said they would jointly nominate Trump for the Nobel Peace Prize.

What remains

The peace treaty itself still has to be signed and ratified. Baku has made its signature conditional on Armenia removing from its constitution a reference to the 1990 declaration of independence, which Azerbaijan says implies a claim on Karabakh. Pashinyan has promised a constitutional referendum but has not set a date.

In Yerevan, opposition lawmakers called the route a loss of sovereignty and accused the government of giving up on the rights of Karabakh Armenians.

Moscow's foreign ministry said it welcomed any steps that contributed to peace but warned against what it called outside interference in the region. Iran, which borders Syunik, said it would oppose any change to regional borders.

Pashinyan and Aliyev last met in Abu Dhabi on July 10, in their first bilateral meeting without a mediator.

"This is the most important document since independence, but the real work starts now," a Yerevan-based analyst said.

Photo: Ilham Aliyev, Donald Trump and Nikol Pashinyan at the White House, August 8, 2025. Photo: White House

Read also
What is the TRIPP route and who will control it?
Karabakh refugees protest outside government building
Armenian dram steady after Washington summit

Tags: Armenia, Azerbaijan, United States, peace treaty, Nikol Pashinyan, Ilham Aliyev

Share: Facebook | X | Telegram | Copy link

Subscribe to our newsletter"""))

A.append(dict(id="h56-10", source="timesofisrael.com",
url="https://www.timesofisrael.com/israel-and-hamas-agree-hostage-ceasefire-deal-after-qatar-egypt-us-mediation/",
published_at="2025-01-16", body="""The Times of Israel | Liveblog | Israel & the Region | Jewish Times | Israel Inside

USD/ILS 3.571 ▼ | EUR/ILS 3.684 ▼ | TA-35 2,384.66 ▲ 0.9%

Israel and Hamas agree to hostage-ceasefire deal after Qatar, Egypt, US mediation; cabinet vote pending

Qatar's premier says truce to take effect Sunday; Netanyahu's office says 'last-minute crisis' over details delays ministers' approval

By Lazar Berman and ToI Staff
16 January 2025, 2:14 am

Israel and Hamas have reached an agreement for a ceasefire in Gaza and the release of hostages, Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced in Doha on Wednesday night, after weeks of negotiations mediated by Qatar, Egypt and the United States.

The truce is due to take effect on Sunday. In its first phase, lasting 42 days, 33 hostages are to be freed in exchange for hundreds of Palestinian prisoners, and Israeli troops are to pull back from populated areas of Gaza.

The Israeli negotiating team in Doha, led by Mossad chief David Barnea and Shin Bet head Ronen Bar, was received on Wednesday by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, who met Hamas negotiators separately. Egyptian officials also took part in the final round.

Outgoing US President Joe Biden's Middle East envoy Brett McGurk had been in Doha for days, joined by Steve Witkoff, whom President-elect Donald Trump has named as his envoy to the region.

In Washington, Biden told reporters at the White House that the deal had been produced by "dogged" American diplomacy. He said he had spoken earlier on Wednesday with Sheikh Tamim and with Egyptian President Abdel Fattah el-Sissi.

Prime Minister Benjamin Netanyahu's office said late Wednesday that he had thanked Biden in a phone call for his help, and had also spoken with Trump. But it said several clauses of the framework were still unresolved and that it would not issue a formal response until the details were finalized.

Cabinet vote

Ministers had been expected to vote on the deal on Thursday, but the security cabinet session was put off after the Prime Minister's Office accused Hamas of reneging on parts of the agreement. Hamas denied the claim.

Far-right National Security Minister Itamar Ben Gvir threatened to quit the government if the deal was approved, and Finance Minister Bezalel Smotrich said he would demand a return to fighting after the first phase.

In Tel Aviv, relatives of hostages gathered in what has become known as Hostages Square, many in tears. "We will not rest until the last one is home," said the sister of one captive.

Hamas political official Khalil al-Hayya, who led the group's negotiators in Doha, said the deal was the result of "the steadfastness" of Gaza's population.

In Gaza, residents poured into the streets to celebrate, even as Israeli airstrikes continued. The Hamas-run health ministry said dozens had been killed since the announcement.

Trump claimed credit for the deal on his social media platform, saying it could only have happened because of his victory in November.

Related
Sa'ar heads to Europe to drum up support for post-war plan
Shekel strengthens after reports of deal
Families of hostages plead for the deal to be completed

Join our Community. Share: Facebook | X | WhatsApp | Email

Comments: 312 | Read more liveblog updates"""))

A.append(dict(id="h56-11", source="dawn.com",
url="https://www.dawn.com/news/1910274/pakistan-india-agree-to-ceasefire-after-us-brokered-contacts",
published_at="2025-05-11", body="""Dawn | Home | Latest | Pakistan | World | Business | Opinion | ePaper

KSE-100 107,174.56 ▲ 3,647.26 | USD/PKR 281.35 | Gold Rs350,100/tola

Pakistan, India agree to ceasefire after US-brokered contacts; DGMOs to speak again on Monday

Baqir Sajjad Syed | Published May 11, 2025 | Updated about 4 hours ago

ISLAMABAD: Pakistan and India agreed on Saturday to stop all firing and military action on land, in the air and at sea from 4:30pm PKT, hours after US President Donald Trump announced on social media that the two neighbours had agreed to a "full and immediate ceasefire" after a long night of talks mediated by Washington.

Deputy Prime Minister and Foreign Minister Ishaq Dar confirmed the arrangement in a post shortly afterwards. In New Delhi, Foreign Secretary Vikram Misri said Pakistan's director general of military operations (DGMO) had called his Indian counterpart at 3:35pm Indian time, and that the two had agreed to halt hostilities. The DGMOs will talk again on May 12 at noon, he said.

The truce followed four days of missile, drone and artillery exchanges that began when India struck targets in Pakistan on Wednesday.

Secretary of State Marco Rubio said he and Vice President JD Vance had spent the previous 48 hours speaking with Prime Minister Shehbaz Sharif, Prime Minister Narendra Modi, External Affairs Minister S. Jaishankar, Chief of Army Staff General Asim Munir and the two countries' national security advisers. Vance had spoken to Modi on Friday, according to officials in Washington.

Rubio also said the two governments had agreed to start talks on a broad set of issues at a neutral site. Indian officials quickly denied that any decision had been taken on talks beyond the halt in firing.

Dar told a TV channel that around three dozen countries had been involved, naming Saudi Arabia, Türkiye and the United Kingdom among those that had passed messages.

Saudi Minister of State for Foreign Affairs Adel al-Jubeir flew to Islamabad on Friday for meetings with the prime minister and army chief, a day after holding talks with Jaishankar in New Delhi.

Iran's Foreign Minister Abbas Araghchi had also offered to mediate, visiting Islamabad on Monday and New Delhi on Thursday, where he met Jaishankar and Modi.

Violations reported

Late on Saturday, Misri accused Pakistan of violating the understanding and said the armed forces had been told to respond firmly. Explosions were heard in Srinagar. Pakistan's Foreign Office said it remained committed to the ceasefire and blamed Indian forces for violations in some sectors.

Prime Minister Shehbaz Sharif thanked Trump for what he called his proactive role and said Pakistan had responded "with restraint".

Markets are expected to open higher on Monday.

Published in Dawn, May 11th, 2025

Read more
Airspace reopened for all flights, says PAA
Editorial: Stepping back from the brink
Chinese FM Wang Yi calls Dar, backs restraint

Comments (248) | Closed

Follow Dawn on WhatsApp | Dawn app for iOS and Android"""))

A.append(dict(id="h56-12", source="colombiareports.com",
url="https://colombiareports.com/santos-farc-sign-ceasefire-disarmament-deal-havana/",
published_at="2016-06-23", body="""Colombia Reports | News | Peace process | Politics | Economy | Support us

USD/COP 2,941.57 ▼ -0.62% | Brent $50.91 ▲ | COLCAP 1,336.42 ▲ 0.8%

Santos and FARC sign ceasefire and disarmament deal in Havana

by Camila Restrepo | June 23, 2016

President Juan Manuel Santos and FARC commander Rodrigo Londoño, alias "Timochenko," signed agreements on a bilateral and definitive ceasefire and on the rebels' disarmament in Havana on Thursday, a decisive step toward ending Latin America's longest-running armed conflict.

The ceremony at the El Laguito convention center was hosted by Cuban President Raúl Castro, whose government has acted as guarantor of the talks together with Norway since they began in 2012. Castro stood between Santos and Timochenko as they shook hands.

UN Secretary-General Ban Ki-moon attended, as did Norway's Foreign Minister Børge Brende, Chile's President Michelle Bachelet and Venezuela's President Nicolás Maduro, whose countries have accompanied the process. Mexico's President Enrique Peña Nieto, Dominican President Danilo Medina and El Salvador's Salvador Sánchez Cerén were also present, along with the US special envoy for the peace process, Bernard Aronson.

"Let this be the last day of the war," Santos said in his speech, after thanking Castro and the guarantor countries.

Timochenko, for his part, said the FARC would keep its word and called on the government to do the same.

What was signed

Under the agreements, the guerrillas will gather in 23 rural zones and eight camps once a final deal is signed, and hand over their weapons to a UN mission within 180 days. The UN Security Council has already approved a political mission to monitor the process.

The parties also agreed on security guarantees for demobilized fighters and on measures against paramilitary successor groups.

Negotiators still have to settle several points, including how the final accord will be ratified. Santos wants a plebiscite, which the Constitutional Court is reviewing.

Santos said he hoped the final agreement could be signed in Colombia within weeks. Former president Álvaro Uribe, the leading critic of the talks, said the deal amounted to impunity.

The mood in Bogotá's Plaza de Bolívar, where hundreds gathered to watch the ceremony on big screens, was one of celebration and caution.

"I'll believe it when I see the weapons handed in," said a street vendor who lost a brother in the conflict.

The conflict has killed more than 220,000 people and displaced millions since 1964.

Castro told the audience that Cuba would continue to support the process until the end.

Photo: Raúl Castro, center, with Juan Manuel Santos and Timochenko in Havana. (Image: Presidency of Colombia)

Related posts
ELN talks: government says no negotiations while hostages are held
Colombia's peso falls after Brexit vote worries
Profile: Who is Timochenko?

Tags: FARC, peace process, Juan Manuel Santos, Raúl Castro, Havana

Share this: Facebook | Twitter | Reddit

3 comments

Colombia Reports depends on its readers. Become a patron"""))
