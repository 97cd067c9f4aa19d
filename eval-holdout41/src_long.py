# Long pages (2,500-4,500 characters), h41-01 .. h41-12
A = []

A.append(dict(id="h41-01", source="timesofisrael.com",
url="https://www.timesofisrael.com/blinken-presses-netanyahu-on-return-of-gazans-to-north-heads-to-ramallah/",
published_at="2024-01-09", body="""Sign up for The Times of Israel's Daily Edition by email and never miss our top stories | Free sign up

Israel at War | Israel & the Region | Jewish Times | Ops & Blogs | Liveblog

TA-35 1,903.22 ▼ -0.41% | USD/ILS 3.7480 | EUR/ILS 4.1011

ISRAEL AT WAR - DAY 95

Blinken presses Netanyahu on return of Gazans to north, heads to Ramallah next

Top US diplomat, on his fourth regional swing since October 7, flew in from Saudi Arabia, where crown prince is said to have signaled normalization interest survives the war; Bahrain and Egypt to follow

By ToI Staff and agencies | 9 January 2024, 9:14 pm

US Secretary of State Antony Blinken sat down with Prime Minister Benjamin Netanyahu in Tel Aviv on Tuesday and urged Israel to allow Palestinians displaced from northern Gaza to go back to their homes once conditions permit, as the IDF winds down the most intensive phase of its offensive in the north of the Strip.

Blinken, who landed at Ben Gurion Airport late on Monday, also met the war cabinet, President Isaac Herzog and Defense Minister Yoav Gallant over the course of a long day in Tel Aviv. Speaking to reporters in the evening, he said Israel had agreed to a plan for a United Nations team to assess what would be needed for displaced residents to return north, which he called a first step.

"Palestinian civilians must be able to return home as soon as conditions allow. They cannot, they must not, be pressed to leave Gaza," he said.

The secretary came to Israel from AlUla, in northwestern Saudi Arabia, where he spent about two hours on Monday night with Crown Prince Mohammed bin Salman at the prince's winter encampment. According to a senior US official, the crown prince told Blinken that Riyadh was still interested in normalizing ties with Israel after the war, but only if there was a credible pathway to a Palestinian state.

Blinken said he relayed that message to Netanyahu and his ministers. "There is a real opportunity here, but Israel will have to make hard decisions," he said. Netanyahu has repeatedly said he will not allow the Palestinian Authority to take over Gaza after the war.

The trip began on Friday in Istanbul and has so far taken Blinken to Crete, Amman, Doha and Abu Dhabi, with leaders at each stop telling him that the fighting must end before any talk of "the day after".

On Wednesday Blinken is scheduled to travel to Ramallah to meet Palestinian Authority President Mahmoud Abbas, where US officials said he would push for reforms so that a "revitalized" PA could eventually run Gaza. From the West Bank he flies to Manama for talks with King Hamad bin Isa Al Khalifa, and he is due to end the tour in Cairo on Thursday with a meeting with President Abdel Fattah el-Sissi.

Concerns over a wider war have grown since an Israeli strike on Monday killed Wissam al-Tawil, a senior commander in Hezbollah's elite Radwan force, in southern Lebanon. Gallant told Blinken that Israel preferred a diplomatic arrangement that would push Hezbollah back from the border but was prepared to act if none was reached. White House envoy Amos Hochstein is expected in Beirut later in the week to pursue such an arrangement, according to Lebanese media reports.

Outside the Kirya military headquarters, dozens of relatives of hostages held in Gaza protested during the visit, urging the US to press for a new deal to free their loved ones. Some 130 hostages are believed to remain in the Strip.

Far-right ministers Itamar Ben Gvir and Bezalel Smotrich have called for Gazans to be encouraged to leave the Strip, remarks the State Department last week described as "inflammatory and irresponsible".

Related
Jordan's king to host Egyptian and Palestinian leaders in Aqaba
Hezbollah fires rockets after commander's killing
IDF says it has dismantled Hamas 'military framework' in northern Gaza

Most read
1. Hostage families block highway in Tel Aviv
2. Oil prices slip as Red Sea worries ease

You're a dedicated reader. Join the Times of Israel Community for an ad-free experience. Join now

Comments (212)"""))

A.append(dict(id="h41-02", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/shangri-la-dialogue-austin-dong-jun-meeting-us-china-defence-4377011",
published_at="2024-05-31", body="""Get the CNA app | Subscribe to our newsletters | Listen to CNA938

Asia

STI 3,336.14 ▼ -0.3% | USD/SGD 1.3518 ▲

US, China defence chiefs hold first face-to-face talks in 18 months on eve of Shangri-La Dialogue

Lloyd Austin and Dong Jun met for more than an hour on Friday, with both sides calling the talks constructive but standing firm on Taiwan and the South China Sea.

US Defense Secretary Lloyd Austin and Chinese Defence Minister Dong Jun before their talks in Singapore on May 31, 2024. (Photo: US Department of Defense)

31 May 2024 09:40PM (Updated: 31 May 2024 11:02PM)

SINGAPORE: United States Defense Secretary Lloyd Austin and Chinese Defence Minister Admiral Dong Jun held talks in Singapore on Friday (May 31), in the first substantive in-person contact between the two countries' defence chiefs since November 2022.

The meeting, at the Shangri-La hotel where the annual security forum opens on Friday evening, lasted about 75 minutes, according to the Pentagon, longer than originally scheduled.

Mr Austin raised concerns about "recent provocative" People's Liberation Army activity around Taiwan, a Pentagon statement said, a reference to the large-scale drills that followed the inauguration of Taiwan's new president Lai Ching-te last week. He also stressed the importance of freedom of navigation in the South China Sea.

China's defence ministry said Adm Dong told his counterpart that the Taiwan question was "at the core of China's core interests" and that Washington should stop arming the island. But spokesman Wu Qian said the talks had been "positive, practical and constructive" and that the military relationship had "stopped falling and stabilised".

The two sides said video calls between theatre commanders, including the head of the US Indo-Pacific Command, would resume in the coming months, with dates still to be worked out.

It was the first time the two men had met. Adm Dong was appointed in December, months after his predecessor Li Shangfu was removed without explanation, and he and Mr Austin spoke by video link in April. Military-to-military channels were largely frozen after then US House Speaker Nancy Pelosi visited Taipei in August 2022.

Mr Austin, who arrived in Singapore on Thursday, will deliver a speech on US strategy in the Indo-Pacific on Saturday morning. Adm Dong is scheduled to speak on Sunday. Philippine President Ferdinand Marcos Jr gives the forum's opening keynote address on Friday night, amid a string of confrontations between Chinese and Philippine vessels near disputed shoals.

On Sunday Mr Austin will meet his counterparts from Australia, Japan and the Philippines, the fourth such four-way meeting in a year.

From Singapore, the defence secretary will travel to Cambodia on Tuesday for talks with Prime Minister Hun Manet and Defence Minister Tea Seiha, a senior defence official told reporters. It will be his second visit to the country, and comes as Washington voices unease about Chinese-funded upgrades at the Ream Naval Base on the Gulf of Thailand.

"Talking to each other is not a reward," the official said when asked about the China meeting. "It is how you keep competition from veering into conflict."

The Shangri-La Dialogue, organised by the International Institute for Strategic Studies, runs until Sunday and has drawn defence ministers and military chiefs from more than 40 countries.

Read more:
PM Wong to make first official visit to Malaysia as prime minister next month
Singapore, Australia sign pact on green shipping corridor

Bookmark this: Our comprehensive coverage of the Shangri-La Dialogue 2024

Source: CNA/Agencies

This service is not intended for persons residing in the E.U. By clicking subscribe, I agree to receive news updates and promotional material from Mediacorp and Mediacorp's partners."""))

A.append(dict(id="h41-03", source="kyivindependent.com",
url="https://kyivindependent.com/blinken-lammy-arrive-in-kyiv/",
published_at="2024-09-11", body="""Ukraine war latest | Europe | Business | Investigations | Become a member

Blinken, Lammy arrive in Kyiv together as allies weigh long-range strike request

by The Kyiv Independent news desk | September 11, 2024 12:58 PM | 3 min read

US Secretary of State Antony Blinken and U.K. Foreign Secretary David Lammy arrive at the central railway station in Kyiv, Ukraine, on Sept. 11, 2024. (Photo: Pool / AFP via Getty Images)

U.S. Secretary of State Antony Blinken and British Foreign Secretary David Lammy arrived in Kyiv by overnight train on Sept. 11, in a rare joint visit by the top diplomats of the two countries as Kyiv urges its partners to let it hit military targets deep inside Russia with Western-supplied missiles.

The two met President Volodymyr Zelensky, Prime Minister Denys Shmyhal and Foreign Minister Andrii Sybiha, who was appointed last week after Dmytro Kuleba's resignation.

"We've come to hear directly from our Ukrainian friends about what they need and how we can help," Blinken said at a joint press conference with Lammy and Sybiha. He would not say whether Washington was ready to lift restrictions on the use of ATACMS, saying only that the U.S. had "adapted and adjusted" as the battlefield changed and would continue to do so.

Zelensky told the visiting ministers that Ukraine needed "strong decisions" and more air defense as Russia intensifies its strikes on the country's energy grid ahead of winter.

The trip came a day after Blinken and Lammy held the U.S.-U.K. Strategic Dialogue in London, where Blinken said Iran had delivered close-range Fath-360 ballistic missiles to Russia and that Moscow could use them in Ukraine within weeks. The U.S., the U.K., France and Germany announced new sanctions against Iran, including on the national carrier Iran Air. Lammy called the transfer "a dramatic escalation."

Lammy announced 600 million pounds ($782 million) in new British support, including humanitarian and energy aid and loan guarantees, while Blinken said Washington would provide $717 million to help repair the energy grid and protect civilians, and $325 million for demining.

The long-range question is expected to feature when U.K. Prime Minister Keir Starmer travels to Washington on Friday for talks with President Joe Biden at the White House.

Zelensky has said he will present his "victory plan" to Biden during his visit to the United States later this month, when he is also due to address the U.N. General Assembly in New York.

From Kyiv, Blinken is scheduled to travel on Sept. 12 to Warsaw, where he will meet Polish Foreign Minister Radoslaw Sikorski, the State Department said.

Russian officials dismissed the visit. Kremlin spokesman Dmitry Peskov said any decision to allow strikes deep into Russia would be met with "an appropriate response."

Overnight, Russia launched dozens of drones at Ukraine, with the Air Force reporting that most were shot down over Kyiv, Sumy and Dnipropetrovsk oblasts.

Read also:
Sybiha holds first call as foreign minister with Blinken
Explainer: What are ATACMS and Storm Shadow?
Russia hits Odesa grain ship, killing 2

We're an independent media outlet. Our reporting is funded by readers. Support our journalism and become a member of the Kyiv Independent community.

Share: Facebook | X | Telegram | Copy link"""))

A.append(dict(id="h41-04", source="arabnews.com",
url="https://www.arabnews.com/node/2122261/saudi-arabia",
published_at="2022-07-15", body="""Arab News | Saudi Arabia | Middle East | World | Business | Opinion | Sport

TASI 11,627.30 ▲ 0.62% | Brent 101.16 ▲ | USD/SAR 3.7540

Biden arrives in Jeddah, holds talks with King Salman and crown prince

King Salman and Crown Prince Mohammed bin Salman receive US President Joe Biden at Al-Salam Palace in Jeddah on Friday. (SPA)

ARAB NEWS | Updated 15 July 2022

JEDDAH: US President Joe Biden arrived in Jeddah on Friday for his first visit to Saudi Arabia as president, flying directly from Israel in what the White House described as the first such flight by an American president.

He was met at King Abdulaziz International Airport by Makkah Gov. Prince Khalid Al-Faisal and Princess Reema bint Bandar, the Kingdom's ambassador to the US, before driving to Al-Salam Palace, where King Salman received him.

Biden then held talks with Crown Prince Mohammed bin Salman in a session attended by senior ministers from both sides. The discussions covered energy security, the UN-brokered truce in Yemen, Iran's nuclear program and regional infrastructure projects, the Saudi Press Agency said.

The two countries signed 18 agreements and memorandums of understanding during the visit, covering energy, investment, communications, space and health, SPA reported.

Ahead of Biden's arrival, the General Authority of Civil Aviation announced that Saudi airspace would open to all carriers that meet its requirements, a decision Biden welcomed as "historic". US officials also said that the multinational observer force on the Red Sea islands of Tiran and Sanafir would leave by the end of the year.

Speaking to reporters after the meeting, Biden said he had raised the 2018 killing of journalist Jamal Khashoggi "at the top of the meeting" and had been "straightforward" about it. He said he expected Saudi Arabia to take further steps on oil production in the coming weeks but declined to give details.

On Saturday, Biden will join leaders of the Gulf Cooperation Council, Egypt, Jordan and Iraq at the Jeddah Security and Development Summit, hosted by the crown prince. On the sidelines, the White House said, Biden will hold separate meetings with Egyptian President Abdel Fattah El-Sisi, UAE President Sheikh Mohamed bin Zayed and Iraqi Prime Minister Mustafa Al-Kadhimi.

A US official said the president was also expected to invite Sheikh Mohamed to visit Washington later this year.

Biden spent two days in Israel before flying to the Kingdom, signing a joint declaration on Iran with Prime Minister Yair Lapid, and he met Palestinian President Mahmoud Abbas in Bethlehem on Friday morning.

Analysts in Riyadh said the visit marked a reset after a period of strained relations. "The Kingdom has shown it is a partner that cannot be ignored, whether on energy or on regional security," said a Riyadh-based political commentator.

Energy markets watched the visit closely. Brent crude has swung above $100 a barrel since Russia's invasion of Ukraine, and Washington has been urging OPEC+ producers to pump more.

Related
Saudi, Iraqi foreign ministers discuss ties in phone call
Saudi Arabia joins Artemis Accords for space exploration
What to expect from the Jeddah summit

Most Popular
Green Riyadh project plants 1 million trees
Hajj pilgrims return home

Follow Arab News on Twitter | Download the Arab News app"""))

A.append(dict(id="h41-05", source="notesfrompoland.com",
url="https://notesfrompoland.com/2020/08/15/pompeo-signs-defence-deal-in-warsaw/",
published_at="2020-08-15", body="""Notes from Poland | News | Features | Podcast | Support us

EUR/PLN 4.3930 | USD/PLN 3.7101 | WIG20 1,852.02 ▲

Pompeo signs defence deal in Warsaw as US troop presence in Poland set to grow

August 15, 2020 | Politics, Security | Notes from Poland staff

US Secretary of State Mike Pompeo and Poland's defence minister, Mariusz Błaszczak, signed the Enhanced Defence Cooperation Agreement (EDCA) in Warsaw on Saturday, providing the legal basis for a larger American military presence in the country.

The signing took place at the Presidential Palace in the presence of President Andrzej Duda, on Polish Armed Forces Day and the centenary of the 1920 Battle of Warsaw, in which Polish forces halted the Red Army's advance on the capital.

"This is a historic day for Poland," said Duda, who has lobbied Washington for years for a permanent US base. Pompeo called the agreement "a powerful sign" of the alliance and said it would strengthen NATO's eastern flank.

Under the deal, the number of US troops stationed in Poland on a rotational basis will rise by about 1,000 from the current 4,500. Poland will also host the forward command of the US Army's V Corps, an MQ-9 Reaper drone squadron and a combat training centre in Drawsko Pomorskie. Warsaw will provide infrastructure and logistical support for the American forces.

The agreement follows an announcement by President Donald Trump last month that about 12,000 troops would be withdrawn from Germany, some of whom could be moved to Poland. It must still be ratified by the Polish parliament.

Pompeo also held talks with Duda and Prime Minister Mateusz Morawiecki on the situation in Belarus, where security forces have detained thousands of protesters since the disputed presidential election on 9 August. "We want to support the Belarusian people," Pompeo said, adding that Washington was working with Poland and Lithuania on a response.

Warsaw was the final stop on a five-day trip through central Europe that had earlier taken Pompeo to Prague, Ljubljana and Vienna. In Slovenia he and Prime Minister Janez Janša signed a joint declaration on 5G security, part of a US campaign to keep Chinese firms out of European networks.

Opposition politicians broadly welcomed the agreement but questioned the costs. "We want to know how much this will cost Polish taxpayers," said a spokesman for the Civic Coalition. The defence ministry did not give a figure.

Analysts noted that the deal stops short of a permanent base, nicknamed "Fort Trump" after Duda proposed it at a White House news conference in 2018. "This is a significant step, but it is not the permanent presence Warsaw originally wanted," said a security researcher at a Warsaw think tank.

Pompeo was due to fly back to Washington on Saturday evening.

Main image credit: KPRP

Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation that is funded through donations from our readers. We cannot do what we do without your support.

Read more
Czech PM Babiš hosts Pompeo in Prague amid 5G concerns
Polish PM calls for extraordinary EU summit on Belarus
Poland's Covid-19 cases hit new daily record

Share this article: Facebook | Twitter | Email"""))

A.append(dict(id="h41-06", source="sudantribune.com",
url="https://sudantribune.com/article/us-envoy-feltman-meets-burhan-hamdok-in-khartoum",
published_at="2021-05-09", body="""Sudan Tribune | Plural news and views on Sudan

Politics | Economy | Opinion | Press Releases | Donate

US envoy Feltman meets Burhan, Hamdok in Khartoum on GERD, border row

May 9, 2021 (KHARTOUM) – The US Special Envoy for the Horn of Africa, Jeffrey Feltman, held talks in Khartoum on Sunday with the head of the Sovereign Council, Lt Gen Abdel Fattah al-Burhan, and Prime Minister Abdallah Hamdok, on the third stop of a regional tour focused on the Grand Ethiopian Renaissance Dam and the crisis in Ethiopia's Tigray region.

Speaking to reporters after the meeting with Hamdok, Foreign Minister Mariam al-Sadiq al-Mahdi said Sudan had told the envoy it would not accept a second filling of the dam's reservoir in July without a legally binding agreement, and had asked Washington to play a stronger role in the stalled negotiations.

"We explained to the envoy the direct threat the unilateral filling represents to the lives of millions of Sudanese," al-Mahdi said, repeating Khartoum's call for mediation by a quartet of the African Union, the United Nations, the European Union and the United States.

The talks also covered the tension on the border with Ethiopia in the fertile al-Fashaga area, the more than 60,000 Ethiopian refugees in eastern Sudan, and US support for the transitional government, including debt relief, a statement from the prime minister's office said.

Feltman, a veteran diplomat who was appointed last month, began his tour in Cairo on Wednesday, where he met President Abdel Fattah al-Sisi and Foreign Minister Sameh Shoukry. Al-Sisi told the envoy that Egypt would not allow its share of Nile water to be harmed and that it wanted a binding deal on the filling and operation of the dam, according to the Egyptian presidency.

He then travelled to Asmara before arriving in Khartoum on Saturday evening.

The US envoy is expected in Addis Ababa on Monday for talks with Ethiopian officials, including Prime Minister Abiy Ahmed, the US embassy said. Ethiopia insists the second filling will go ahead as scheduled, saying the dam is vital for its development.

The State Department said in April that Feltman's mission would also seek the withdrawal of Eritrean troops from Tigray and an end to the fighting there, where thousands have been killed and hundreds of thousands face severe hunger.

Hamdok is due in Paris next week for a conference hosted by French President Emmanuel Macron to drum up international support and investment for Sudan's transition, after the country was removed from the US list of state sponsors of terrorism in December.

Observers in Khartoum said the appointment of an envoy for the whole region was welcomed by the government but that expectations should be kept low. "The dam, the border and Tigray are all linked, and none of them will be solved by one visit," said a political science professor at the University of Khartoum.

Related news
Egyptian PM Madbouly leads ministerial delegation to Khartoum
Sudan, Egypt conclude 'Nile Eagles 2' air force drill
Central Bank of Sudan unifies exchange rate

Sudan Tribune relies on its readers. Please support independent journalism on Sudan with a donation.

Share: Facebook | Twitter | WhatsApp"""))

A.append(dict(id="h41-07", source="state.gov",
url="https://www.state.gov/briefings/department-press-briefing-february-16-2022/",
published_at="2022-02-16", body="""An official website of the United States Government

U.S. DEPARTMENT of STATE

Home > Office of the Spokesperson > Press Briefings > Department Press Briefing – February 16, 2022

Department Press Briefing – February 16, 2022

Ned Price, Department Spokesperson
Washington, DC
2:14 p.m. EST

MR PRICE: Good afternoon, everyone. A couple of things at the top, and then I'll take your questions.

First, on travel. Tomorrow the Secretary will travel to New York to deliver remarks at the UN Security Council's session on Russia's threat to Ukraine. On Friday, he will travel on to Munich, Germany, where he will take part in the Munich Security Conference, join a meeting of G7 foreign ministers and hold a bilateral meeting with German Foreign Minister Annalena Baerbock.

Second, the Secretary spoke this morning with Ukrainian Foreign Minister Dmytro Kuleba. He reaffirmed our unwavering support for Ukraine's sovereignty and territorial integrity, and the two discussed ongoing diplomatic efforts. We'll have a fuller readout shortly.

QUESTION: Moscow says it's pulling some troops back. Do you see that?

MR PRICE: We have not seen any meaningful pullback. To the contrary, we've seen additional forces arriving near the border in recent days. Russia can show it's serious about de-escalation by doing just that - de-escalating - and we'd welcome it.

QUESTION: The Secretary and Foreign Minister Lavrov spoke on Saturday. Is another conversation planned, or a meeting?

MR PRICE: We remain in regular communication with our Russian counterparts. If there is an opportunity for the Secretary to meet Foreign Minister Lavrov in the coming days, and if Russia is prepared to engage in good faith, he'd be prepared to do so. But I'm not in a position to announce any meeting today.

QUESTION: Will President Zelensky be in Munich, and will the Secretary see him?

MR PRICE: I understand President Zelensky is weighing his attendance. I'd expect there may be an opportunity for members of our delegation to see him if he does go, but I don't have a schedule to preview.

QUESTION: Secretary Austin goes on to Warsaw and Vilnius after the NATO ministerial. Is that coordinated with the Secretary's trip?

MR PRICE: I'd refer you to my colleagues at the Pentagon for Secretary Austin's schedule.

QUESTION: Wang Yi is addressing Munich by video. Any contact expected there with the Chinese?

MR PRICE: I don't have any meetings to preview beyond what I've said.

QUESTION: On Iran, are the Vienna talks in the final stage? Any chance of direct talks?

MR PRICE: We are in the final stage. We've long said it would be more productive to meet directly. Iran has so far refused, and we're continuing through our European partners.

MR PRICE: Thank you all very much.

(The briefing was concluded at 3:01 p.m.)

Related Articles
Secretary Blinken's Travel to New York and Munich - February 16, 2022
Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba - February 16, 2022
Secretary Blinken's Call with Indian External Affairs Minister Jaishankar - February 12, 2022

Tags: Office of the Spokesperson | Russia | Ukraine | Iran

Share: Facebook | Twitter | Email

Subscribe to Updates | Privacy Policy | Accessibility Statement | This site is managed by the Bureau of Global Public Affairs within the U.S. Department of State."""))

A.append(dict(id="h41-08", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/gulf/2025/05/14/trump-doha-qatar-visit-boeing/",
published_at="2025-05-14", body="""The National | UAE | Gulf | MENA | World | Business | Opinion

Gulf

Trump lands in Doha as Qatar signs record Boeing order

After meeting Syria's Ahmad Al Shara in Riyadh, US President moves on to the second leg of his Gulf tour; Abu Dhabi next

The National | May 14, 2025

US President Donald Trump arrived in Doha on Wednesday on the second stop of his three-country tour of the Gulf, where Emir Sheikh Tamim bin Hamad welcomed him at Lusail Palace before the two leaders watched the signing of an order by Qatar Airways for up to 210 Boeing wide-body jets.

Mr Trump and Sheikh Tamim also signed a joint declaration on cooperation, and officials from the two countries exchanged agreements on defence, energy and aviation. The White House put the total value of economic deals with Qatar at more than $1.2 trillion. On Thursday Mr Trump is scheduled to visit Al Udeid Air Base, the largest US military installation in the region.

Hours earlier, before leaving Riyadh, Mr Trump met Syrian President Ahmad Al Shara, the first meeting between the leaders of the two countries in 25 years. Saudi Crown Prince Mohammed bin Salman hosted the meeting and Turkish President Recep Tayyip Erdogan took part by phone, according to the Saudi Press Agency.

Mr Trump, who announced on Tuesday that he would lift US sanctions on Syria, told reporters on Air Force One that Mr Al Shara was "a young, attractive guy" with "a real shot" at holding the country together. The White House said Mr Trump had urged him to join the Abraham Accords and to expel foreign fighters.

The Riyadh leg had opened on Tuesday with an elaborate welcome from Prince Mohammed, who met Mr Trump at the airport. The two signed a strategic economic partnership, Washington announced arms sales worth nearly $142 billion, and Mr Trump addressed a Saudi-US investment forum. On Wednesday he also attended a summit with Gulf Co-operation Council leaders.

Mr Trump flies to Abu Dhabi on Thursday for talks with President Sheikh Mohamed bin Zayed, where deals on artificial intelligence and energy are expected to be announced.

There was also uncertainty over whether he would add a stop in Turkey. Mr Trump said he could "possibly" go to Istanbul on Friday if that helped peace talks between Russia and Ukraine, but the Kremlin has given no sign that President Vladimir Putin would attend.

Ukraine's President Volodymyr Zelenskyy said he would travel to Ankara on Thursday to meet Mr Erdogan regardless of who Moscow sends. US Secretary of State Marco Rubio is in Turkey this week for a meeting of Nato foreign ministers in Antalya.

Mr Trump has also faced criticism at home over Qatar's offer of a Boeing 747-8 to be used as Air Force One, which Democrats and some Republicans say raises ethical questions. "I would never turn down that kind of an offer," he said on Tuesday.

Read more
UAE President and Syrian President hold talks in Abu Dhabi
Saudi Arabia and US sign $142bn defence package
Gulf markets rise as Trump tour lifts investor sentiment

Sign up for The National's newsletters | Download our app

Updated: May 14, 2025, 6:58 PM"""))

A.append(dict(id="h41-09", source="abc.net.au",
url="https://www.abc.net.au/news/2022-11-14/joe-biden-xi-jinping-meet-bali-g20/101654332",
published_at="2022-11-14", body="""ABC News | Just In | Politics | World | Business | Analysis | Sport

Biden and Xi agree to keep talking after three-hour meeting in Bali, as Albanese prepares for his own sit-down

ABC News / wires

Posted Mon 14 Nov 2022 at 10:27pm, updated Mon 14 Nov 2022 at 11:58pm

Photo: Joe Biden and Xi Jinping shake hands at the start of their meeting in Nusa Dua. (Reuters: Kevin Lamarque)

US President Joe Biden and Chinese President Xi Jinping have met in person for the first time since Mr Biden took office, holding more than three hours of talks on the eve of the G20 summit in Bali.

The two leaders shook hands in front of their national flags at a hotel in Nusa Dua before sitting down with their delegations for a meeting both sides later described as candid.

"We share a responsibility, in my view, to show that China and the United States can manage our differences," Mr Biden said at the start.

Speaking to reporters afterwards, Mr Biden said there "need not be a new Cold War" and that he did not believe there was "any imminent attempt" by China to invade Taiwan. According to a White House readout, the two sides agreed that senior officials would maintain communication and that Secretary of State Antony Blinken would travel to China to follow up on the talks.

China's readout said Mr Xi told Mr Biden that the Taiwan question was "the first red line that must not be crossed". It also said both leaders had agreed to work together on climate change and public health.

The White House said the two leaders reiterated that a nuclear war should never be fought and opposed the use or threat of nuclear weapons in Ukraine.

Mr Biden flew into Bali on Sunday night from Phnom Penh, where he had attended the East Asia Summit. Earlier on Monday he held talks with host President Joko Widodo on clean energy and infrastructure investment.

Prime Minister Anthony Albanese will meet Mr Xi on Tuesday afternoon, the first formal meeting between leaders of the two countries since 2016. Mr Albanese said it was "a positive thing" but cautioned against expecting a breakthrough on Beijing's trade restrictions on Australian barley, wine and coal.

"We'll be co-operating where we can, disagreeing where we must," Mr Albanese told reporters at the Australian delegation's hotel.

Mr Xi is also scheduled to meet French President Emmanuel Macron on Tuesday, according to Chinese officials. A meeting with British Prime Minister Rishi Sunak has been floated by UK officials but has not been confirmed.

Russian President Vladimir Putin is not attending the summit and has sent Foreign Minister Sergei Lavrov in his place.

Analysis: Mr Biden and Mr Xi have known each other for more than a decade, but Monday's meeting was their first in person since 2017. They last spoke by phone in July, when Mr Xi warned Washington against "playing with fire" over Taiwan.

Related Stories
Albanese, Kishida hold talks in Phnom Penh
What is the G20 and why does it matter?
Australian detained in China: family pleads for release

Topics: world-politics, g20, china, united-states, indonesia

Share | Facebook | Twitter | Email"""))

A.append(dict(id="h41-10", source="globalnation.inquirer.net",
url="https://globalnation.inquirer.net/231905/marcos-biden-kishida-trilateral-summit-white-house",
published_at="2024-04-12", body="""INQUIRER.net | News | Global Nation | Business | Opinion | Lifestyle

PSEi 6,826.07 ▼ 0.61% | USD/PHP 56.53 ▲

Marcos, Biden, Kishida hold first trilateral summit, vow to stand together in South China Sea

By Inquirer Global Nation | April 12, 2024 - 06:22 AM

President Ferdinand Marcos Jr., US President Joe Biden and Japanese Prime Minister Fumio Kishida at the White House on Thursday. (Photo from the Presidential Communications Office)

WASHINGTON — President Ferdinand Marcos Jr. joined US President Joe Biden and Japanese Prime Minister Fumio Kishida on Thursday (Friday in Manila) for the first-ever leaders' summit of the three countries, with Biden declaring that Washington's defense commitments to both allies were "ironclad".

"Any attack on Philippine aircraft, vessels or armed forces in the South China Sea would invoke our Mutual Defense Treaty," Biden said at the start of the meeting in the East Room.

In a joint vision statement, the three leaders expressed "serious concerns" about China's "dangerous and aggressive behavior" in the South China Sea and announced plans for joint maritime patrols, coast guard training and a Luzon Economic Corridor linking Subic Bay, Clark, Manila and Batangas.

Before the summit, Mr. Marcos held a separate meeting with Biden in the Oval Office, where the two discussed the Enhanced Defense Cooperation Agreement sites, energy and the Philippines' bid for more US investment in critical minerals and semiconductors.

The trilateral came a day after Kishida was honored with a state visit and a state dinner at the White House, during which he and Biden announced the biggest upgrade of their alliance in decades, including changes to US military command structures in Japan. Kishida addressed a joint session of Congress on Thursday morning.

Mr. Marcos and Kishida also had a brief exchange after the summit, the Presidential Communications Office said, and agreed that the two countries should aim to conclude their reciprocal access agreement soon.

China's foreign ministry said Beijing opposed "exclusive groupings" that targeted other countries. Chinese and Philippine coast guard vessels have clashed repeatedly near Second Thomas Shoal, where Manila keeps a small garrison aboard a grounded warship.

Mr. Marcos also met US business leaders on Thursday evening and is set to fly home on Saturday. He said he would brief the National Security Council on his return.

Analysts said the summit signaled a shift in the region's security architecture. "It is no longer only hub-and-spokes. The spokes are now talking to each other," said a professor of international relations at the University of the Philippines.

Opposition lawmakers in Manila said the government should make sure that closer defense ties would also bring jobs and investment.

Read next:
Marcos to deliver keynote at Shangri-La Dialogue
PH, Vietnam coast guards hold first joint exercise
Peso closes weaker as dollar firms

Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles. Share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media.

Read More | Share: Facebook | X | Email"""))

A.append(dict(id="h41-11", source="balkaninsight.com",
url="https://balkaninsight.com/2024/05/08/xi-jinping-in-belgrade-china-serbia-shared-future/",
published_at="2024-05-08", body="""BIRN | Balkan Insight | News | Analysis | Investigations | Opinion

Home > News > Serbia

Xi in Belgrade: China and Serbia sign 'shared future' statement

Chinese President arrived on the 25th anniversary of the NATO bombing of the Chinese embassy, before heading on to Hungary.

BIRN | Belgrade | May 8, 2024

Photo: Serbian President Aleksandar Vucic and Chinese President Xi Jinping at the Palace of Serbia. Photo: Presidency of Serbia

Chinese President Xi Jinping and Serbian President Aleksandar Vucic on Wednesday signed a joint statement on building a "China-Serbia community with a shared future in the new era", making Serbia the first European country to sign such a document with Beijing.

Xi, on a two-day state visit to Serbia, was welcomed with an official ceremony in front of the Palace of Serbia in New Belgrade, where thousands of people, many of them brought in by bus from across the country, waved Chinese and Serbian flags.

The two sides signed 28 agreements covering infrastructure, trade, technology and media. Vucic said a free trade agreement between the two countries would come into force on July 1. "Taiwan is China," he told a joint press conference, adding that Serbia would always support China's territorial integrity.

Xi arrived late on Tuesday, on the anniversary of NATO's 1999 bombing of the Chinese embassy in Belgrade, in which three Chinese journalists were killed. In an article published in the daily Politika, he wrote that the Chinese people "will never forget" and described Serbia as an "ironclad friend". It is his first visit to Serbia since 2016.

China is now the second-largest trading partner of Serbia after the EU and its largest single investor, with Chinese firms owning a steel mill in Smederevo and copper mines in Bor.

Earlier in the week Xi spent two days in France, where President Emmanuel Macron urged him to use his influence with Moscow over the war in Ukraine and to address trade imbalances.

Xi was due to fly to Budapest later on Wednesday for a three-day state visit at the invitation of Prime Minister Viktor Orban, whose government has also courted Chinese investment, including a large electric vehicle battery plant in Debrecen.

Vucic said he had accepted an invitation to visit China again but did not give a date.

Critics say Serbia's embrace of Beijing sits uneasily with its bid to join the EU. Opposition MPs said the agreements had not been shown to parliament and called for their publication. "We are being told what was signed after the fact," said a lawmaker from the opposition.

Environmental activists also protested near the presidency against pollution linked to Chinese-owned mines and factories.

Related articles
Orban rolls out red carpet for Xi's Budapest visit
Serbian parliament elects new government
Western Balkans growth outlook revised down

Support BIRN: Our journalism is funded by grants and readers. Donate

Share: Facebook | Twitter | LinkedIn"""))

A.append(dict(id="h41-12", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/662110-blinken-meets-tinubu-in-abuja.html",
published_at="2024-01-23", body="""PREMIUM TIMES | Top News | Politics | Business | Investigations | Health

Blinken meets Tinubu in Abuja, pledges support on security, humanitarian crisis

By Premium Times | January 23, 2024 | 3 min read

TEXT AD: Want your products seen by millions of readers? Advertise with us.

The United States Secretary of State, Antony Blinken, on Tuesday met President Bola Tinubu at the Presidential Villa in Abuja, on the third stop of a four-nation tour of Africa.

Mr Blinken, who flew in from Abidjan earlier in the day, also held talks with the Minister of Foreign Affairs, Yusuf Tuggar, with whom he addressed journalists after the meeting.

He said the US would provide about $45 million in additional humanitarian assistance to Nigeria, mostly for the north-east, and would continue to support the country's efforts against terrorism and kidnapping. "We see Nigeria as an indispensable partner," he said.

The two sides discussed the spread of coups in West Africa, the military takeover in neighbouring Niger and the role of ECOWAS, as well as Nigeria's economic reforms, including the removal of the fuel subsidy.

Mr Tuggar said Nigeria wanted more investment, not only aid. "We want partnerships that create jobs for our young people," the minister said. He added that the next session of the US-Nigeria Binational Commission would hold later in the year, without giving a date.

Mr Blinken's tour began in Cabo Verde and took him to Côte d'Ivoire, where he watched the host nation play at the Africa Cup of Nations in Abidjan.

From Abuja, the secretary will travel to Angola on Wednesday for talks with President João Lourenço, with the Lobito railway corridor linking Angola's Atlantic coast to the copper belt of Zambia and the Democratic Republic of Congo expected to dominate.

The visit comes amid a renewed push by Washington to deepen ties with African countries as China and Russia expand their influence on the continent. Russian mercenaries now operate in several Sahel countries, including Mali and Burkina Faso.

Civil society groups in Abuja asked the US to press the government on press freedom and on the conduct of security forces in the north-west.

Some analysts said the visit was largely symbolic. "The real test is whether the promised investments materialise," said a lecturer in international relations at the University of Abuja.

Read also:
Tinubu departs Abuja for Paris on private visit
Naira falls to new low at official window
Senate confirms new service chiefs

Support PREMIUM TIMES' journalism of integrity and credibility. Good journalism costs a lot of money. Donate

Share: Facebook | Twitter | WhatsApp | LinkedIn"""))
