# Long pages (2,500-4,500 characters), h77-01 .. h77-12
A = []

A.append(dict(id="h77-01", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/gulf/2025/05/14/trump-al-shara-riyadh-meeting-doha-next/",
published_at="2025-05-14", body="""We use cookies to improve your experience and to personalise content and ads. Manage preferences | Accept all

ADX ▲ 0.41% | DFM ▲ 0.63% | Brent $66.12 ▲ 1.3% | Gold $3,236 ▼ 0.8% | USD/AED 3.6725

Gulf

Trump sits down with Syria's Al Shara in Riyadh before flying on to Doha

Damian Okafor - Riyadh
May 14, 2025

US President Donald Trump met Syrian President Ahmad Al Shara in the Saudi capital on Wednesday morning, the first encounter between leaders of the two countries in 25 years, a day after announcing that Washington would lift its sanctions on Damascus.

The meeting lasted a little over half an hour and was attended by Crown Prince Mohammed bin Salman, while Turkish President Recep Tayyip Erdogan joined by telephone, the Saudi Press Agency said. According to the White House, Mr Trump urged the Syrian leader to join the Abraham Accords, to tell foreign fighters to leave the country and to help stop a resurgence of ISIS.

"He's got a real shot at holding it together," Mr Trump told reporters on Air Force One afterwards, calling his interlocutor a "young, attractive guy, tough guy".

The president touched down at King Khalid International Airport on Tuesday morning and was met on the tarmac by Prince Mohammed, on the opening stop of a four-day Gulf tour, his first big foreign trip of his second term. Within hours the two men had signed a strategic economic partnership, and the White House announced $600 billion in Saudi investment commitments and what it called the largest arms sale in history, worth nearly $142 billion.

Speaking at the Saudi-US Investment Forum that afternoon, Mr Trump drew a standing ovation when he said he would order "the cessation of sanctions against Syria in order to give them a chance at greatness". The crown prince had asked for it, he said.

Gulf leaders were gathering later on Wednesday for a US-GCC summit hosted by the kingdom, where officials were preparing a joint statement on regional security, trade and energy.

Mr Trump leaves Riyadh for Doha on Wednesday afternoon. There he is scheduled to hold talks with Emir Sheikh Tamim bin Hamad at the Amiri Diwan, followed by a state dinner, and Qatar Airways is expected to announce a large Boeing order. On Thursday he moves on to Abu Dhabi for talks with President Sheikh Mohamed bin Zayed, the final stop before he returns to Washington on Friday.

The president has also floated a detour to Istanbul on Thursday if Russian President Vladimir Putin turns up for proposed Russia-Ukraine talks there. "I don't know that he'd be there if I'm not there," he said, leaving the door open. The Kremlin has not said who will represent Moscow.

The sanctions announcement was celebrated in Damascus, where crowds filled Umayyad Square on Tuesday night. Foreign Minister Asaad Al Shaibani called it "a new beginning" for the country.

Analysts said the itinerary showed that the administration sees the Gulf as central to its economic agenda. "The message is deals first," said a fellow at a Washington think tank. "Security is wrapped into the investment story."

Israel is not on the schedule, a point noted by commentators in Tel Aviv.

Photo: Mr Trump and Mr Al Shara in Riyadh, with Crown Prince Mohammed bin Salman, on Wednesday. Saudi Press Agency via AP

Read more
Sheikh Mohamed receives Indian External Affairs Minister in Abu Dhabi
What sanctions relief could mean for Syria's banks
Brent rises as US-China tariff truce lifts mood

Topics: Donald Trump, Saudi Arabia, Syria, GCC, Qatar

Sign up to our Politics newsletter | Download The National app

Updated: May 14, 2025, 1:42 PM"""))

A.append(dict(id="h77-02", source="balkaninsight.com",
url="https://balkaninsight.com/2024/05/08/xi-and-vucic-pledge-shared-future-as-chinese-leader-visits-belgrade/",
published_at="2024-05-08", body="""BIRN | Balkan Insight

Support independent journalism in the Balkans. Donate now

Home > News > Serbia

Xi and Vucic Pledge 'Shared Future' as Chinese Leader Visits Belgrade

Xi Jinping and Aleksandar Vucic signed a joint statement in Belgrade on Wednesday, on the second leg of a European tour that began in France and now moves on to Hungary.

Nemanja Ristovski  BIRN  Belgrade
May 8, 2024 15:27

Chinese President Xi Jinping and his Serbian counterpart Aleksandar Vucic on Wednesday signed a joint statement on "deepening the comprehensive strategic partnership and building a China-Serbia community with a shared future in the new era", making Serbia the first European country to sign up to the concept.

The two presidents also oversaw the signing of 28 agreements and memoranda on infrastructure, trade, technology and media at the Palace of Serbia in New Belgrade, following a welcome ceremony with an honour guard and a gun salute. Thousands of people, many bused in from other towns, waved Chinese and Serbian flags outside.

"There is no force that can shake the iron friendship between China and Serbia," Xi said. Vucic told his guest that Belgrade's position on Taiwan was simple: "Taiwan is China." He added that the free trade agreement signed last autumn would enter into force on July 1.

Xi's plane landed at Nikola Tesla airport late on Tuesday, the 25th anniversary of NATO's bombing of the Chinese embassy in Belgrade in 1999, in which three Chinese journalists were killed. In an article in the daily Politika published on the day of his arrival, the Chinese leader wrote that China "should never forget" the bombing.

Belgrade was preceded by two days in France. In Paris on Monday, Xi held talks with President Emmanuel Macron, first together with European Commission President Ursula von der Leyen and then one on one, and on Tuesday Macron took him up to the Tourmalet pass in the Pyrenees, where the French president spent childhood summers with his grandmother. Trade imbalances and Beijing's support for Russia dominated the French leg.

Xi leaves Belgrade on Wednesday afternoon for Budapest, the last stop, where Prime Minister Viktor Orban and President Tamas Sulyok are to receive him on Thursday. Hungarian officials have said agreements on railways, nuclear energy and investment are to be signed there. Orban was in Beijing last October for the Belt and Road Forum.

Opposition parties and environmental groups in Serbia say Chinese-owned plants in Bor, Smederevo and Zrenjanin pollute the air and that infrastructure loans from Chinese banks have been agreed with little transparency.

Serbia has been a candidate for EU membership since 2012 but has refused to join Western sanctions on Russia. The EU remains Serbia's biggest trading partner, while China has become its largest single foreign investor.

Asked whether the visit would complicate Serbia's EU path, Vucic said Serbia "does not hide its friendships".

Related
Kosovo Police Close More Serbian-Run Institutions
Montenegro Sets Out Timeline for Closing EU Chapters
Orban Readies Red Carpet for Xi Amid EU Unease

Tags: China, Serbia, Xi Jinping, Aleksandar Vucic, Belt and Road

Share: Facebook Twitter Email

Subscribe to BIRN's weekly newsletter"""))

A.append(dict(id="h77-03", source="timesofisrael.com",
url="https://www.timesofisrael.com/liveblog_entry/blinken-meets-saudi-crown-prince-in-alula-heads-to-israel/",
published_at="2024-01-08", body="""Liveblog | Israel at war - Day 94

Sign up for the Daily Edition newsletter

Blinken meets Saudi crown prince in AlUla, heads to Israel for talks on next phase of war

Secretary of state's regional tour has already taken him to Turkey, Greece, Jordan, Qatar and the UAE; Ramallah, Bahrain and Egypt still to come

By Noa Feldberg and agencies | 8 January 2024, 10:15 pm

US Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman on Monday in the desert oasis of AlUla, where the two discussed ways to keep the war in Gaza from spreading and a path to Palestinian statehood, according to the State Department.

Blinken "underscored the importance of reducing regional tensions, including through an immediate halt to Houthi attacks" on Red Sea shipping, spokesman Matthew Miller said, adding that they also talked about getting more humanitarian aid into Gaza. There was no immediate readout from the Saudi side.

The meeting at the crown prince's winter camp came hours after Blinken saw United Arab Emirates President Sheikh Mohamed bin Zayed in Abu Dhabi. He flies to Israel on Monday night and is scheduled to meet Prime Minister Benjamin Netanyahu, President Isaac Herzog and the war cabinet in Tel Aviv on Tuesday.

It is the top US diplomat's fourth trip to the region since the October 7 Hamas onslaught, and the longest. He began on Friday in Istanbul, where on Saturday he held talks with President Recep Tayyip Erdogan and Foreign Minister Hakan Fidan, before flying to Crete for dinner with Greek Prime Minister Kyriakos Mitsotakis at his family home in Chania. On Sunday he was in Amman for talks with Jordan's King Abdullah II, and then in Doha, where he met Emir Sheikh Tamim bin Hamad Al Thani and Prime Minister Mohammed bin Abdulrahman Al Thani, whose government has mediated with Hamas.

Blinken told reporters in Doha that the Arab and Muslim states he had visited were prepared to help with Gaza's reconstruction and governance after the war, but only if there was a pathway to a Palestinian state. "Israel must be a partner," he said.

On Wednesday he is expected in Ramallah to see Palestinian Authority President Mahmoud Abbas, and later in Manama for talks with Bahrain's King Hamad bin Isa Al Khalifa. The tour ends on Thursday in Cairo, where he is set to meet President Abdel Fattah el-Sissi.

Officials travelling with the secretary said he would press Israel to scale down the intensity of its operations in Gaza, let more aid in and rein in settler violence in the West Bank. He also wants agreement on a UN-led assessment mission to determine when Palestinians displaced from the north of the Strip can go back.

Israeli officials have indicated that the military will soon shift to a "lower intensity" phase in northern Gaza. Defense Minister Yoav Gallant met US envoy Amos Hochstein in Tel Aviv last Thursday to discuss the situation on the Lebanese border.

Meanwhile, the IDF said Monday that troops had killed a senior commander of Hezbollah's elite Radwan force in southern Lebanon.

Photo: US Secretary of State Antony Blinken, left, meets Saudi Crown Prince Mohammed bin Salman in AlUla, January 8, 2024 (Pool photo via AP)

Read more:
Clashes erupt in Hebron as troops raid refugee camp
Jordan's Safadi hosts Egyptian counterpart in Amman
Bonds rally as shekel firms against the dollar

Comments (87)

Share: WhatsApp | Facebook | X | Email"""))

A.append(dict(id="h77-04", source="dw.com",
url="https://www.dw.com/en/tillerson-in-jeddah-as-qatar-shuttle-diplomacy-intensifies/a-39657210",
published_at="2017-07-12", body="""DW | Made for minds.

Live TV | Languages: English

Middle East

Tillerson in Jeddah as Qatar shuttle diplomacy intensifies

US Secretary of State Rex Tillerson has met Saudi leaders and the ministers of the bloc boycotting Qatar, a day after signing an anti-terror financing pact with Doha. He is due back in the Qatari capital on Thursday.

Date 12.07.2017
Author Lars Brinkmann (with Reuters, AFP, dpa)

US Secretary of State Rex Tillerson held talks in the Red Sea city of Jeddah on Wednesday with Saudi King Salman and other members of the kingdom's leadership, as Washington stepped up efforts to end the month-old rift between Qatar and four Arab neighbors.

Tillerson also sat down with the foreign ministers of Saudi Arabia, the United Arab Emirates, Bahrain and Egypt, the so-called "Anti-Terror Quartet" that cut diplomatic and transport links with Doha on June 5, accusing it of backing terrorism and cosying up to Iran. Qatar rejects the charges.

The Jeddah meeting came a day after Tillerson and Qatar's Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani signed a memorandum of understanding in Doha on combating the financing of terrorism. Qatar was the first country to sign such an agreement with Washington since President Donald Trump's visit to Riyadh in May, Tillerson said, urging others to follow.

The four boycotting states said in a joint statement that the memorandum was "not enough" and that their measures would stay in place until Doha met their demands in full. Qatar has rejected their list of 13 demands, which includes shutting the Al Jazeera network and scaling down ties with Iran, as an assault on its sovereignty.

Tillerson arrived in the region on Monday, starting in Kuwait, whose emir, Sheikh Sabah al-Ahmad al-Sabah, is leading mediation efforts. He met the emir on Monday evening together with Britain's national security adviser Mark Sedwill. A State Department spokesman described the trip as "shuttle diplomacy" rather than an attempt to reach a final settlement this week.

On Thursday the secretary of state is due to fly back to Doha for a second round of talks with Emir Sheikh Tamim bin Hamad Al Thani, before heading home to Washington. He could stop over in Kuwait again on the way, a US official said, depending on how the talks go.

Washington's stance has been muddied by mixed signals. Trump initially appeared to side with Riyadh on Twitter, while the State Department and the Pentagon, which runs its largest Middle East air base at Al-Udeid in Qatar, have urged all sides to calm the situation.

German Foreign Minister Sigmar Gabriel toured the region last week, with stops in Saudi Arabia and Qatar, and also threw his weight behind the Kuwaiti mediation.

Oil prices edged up on Wednesday, with Brent crude trading at around $47.50 a barrel.

Picture: Tillerson with King Salman in Jeddah (Saudi Press Agency/dpa)

Related content
Gabriel calls Qatar crisis 'dangerous' on Gulf trip
Turkey sends more troops to its Qatar base
Qatar's emir thanks Kuwait for mediation role

Keywords: Qatar, Saudi Arabia, Rex Tillerson, Gulf crisis

Share | Send | Facebook | Twitter

Print this page | Permalink http://p.dw.com/p/2gQx7"""))

A.append(dict(id="h77-05", source="dailymaverick.co.za",
url="https://www.dailymaverick.co.za/article/2023-06-16-ramaphosa-and-african-leaders-meet-zelensky-in-kyiv/",
published_at="2023-06-16", body="""DAILY MAVERICK

Support Daily Maverick: become a Maverick Insider

AFRICA

Ramaphosa and African leaders meet Zelensky in Kyiv, head to St Petersburg to see Putin

By Thandeka Mokoena | 16 Jun 2023

President Cyril Ramaphosa and a group of African leaders met Ukrainian President Volodymyr Zelensky in Kyiv on Friday and presented a ten-point peace initiative, hours after air-raid sirens sounded across the capital as they arrived.

Ramaphosa was joined by Senegal's President Macky Sall, Zambia's President Hakainde Hichilema and Comoros President Azali Assoumani, the current chair of the African Union, as well as Egypt's Prime Minister Mostafa Madbouly. Uganda and the Republic of Congo sent lower-level representatives after presidents Yoweri Museveni and Denis Sassou Nguesso pulled out.

The delegation travelled overnight by train from Poland and stopped first in Bucha, the town outside Kyiv where Russian troops are accused of atrocities, before Zelensky received them at the presidential office on Bankova Street.

At a joint news conference, Zelensky said talks with Moscow would only be possible once Russia pulled its forces out of all occupied Ukrainian territory. "To allow any negotiations with Russia now, while the occupier is on our land, means to freeze the war," he said.

Ramaphosa said Africa had been badly hurt by the war through higher food and fertiliser prices and that the continent wanted to help find "a path to peace". The proposals include de-escalation, respect for the sovereignty of states under the UN Charter, the release of prisoners of war and the return of children.

Kyiv's mayor Vitali Klitschko said on Telegram that explosions had been heard in the city as the delegation arrived, and Ukraine's air force said it had shot down six Kinzhal missiles. Sall told reporters he had heard the blasts.

On Saturday the leaders fly on to St Petersburg, where Russian President Vladimir Putin is scheduled to receive them at the Konstantinovsky Palace. Kremlin spokesman Dmitry Peskov said Putin was looking forward to hearing the African proposals.

The mission got off to a rocky start. A chartered plane carrying Ramaphosa's security detail and a group of journalists was held for more than a day at Warsaw's Chopin Airport on Thursday after Polish officials said the team lacked permits for the weapons on board. The head of the presidential protection unit accused the Poles of racism, which Warsaw denied.

Opposition parties have questioned the cost of the trip and South Africa's claim to neutrality, after the US ambassador alleged in May that a Russian ship had loaded weapons at Simon's Town naval base in December, which the government denies.

International Relations Minister Naledi Pandor told reporters in Kyiv that the initiative was "not a one-off" and that the leaders would report back to their AU colleagues.

Caption: President Cyril Ramaphosa with Volodymyr Zelensky in Kyiv on 16 June 2023. (Photo: GCIS)

Read next:
Lady R inquiry: panel findings to be released 'soon'
Rand firms to R18.35/$ as risk appetite returns
Sisi talks trade with Kagame in Cairo, and other news from the continent

Comments (42)

Daily Maverick © All Rights Reserved"""))

A.append(dict(id="h77-06", source="malaymail.com",
url="https://www.malaymail.com/news/malaysia/2025/04/16/anwar-xi-witness-exchange-of-31-mous-phnom-penh-next/171234",
published_at="2025-04-16", body="""Malay Mail

KLCI 1,478.32 ▲ 9.84 | USD/MYR 4.4215 ▼ | SGD/MYR 3.3652 | Crude palm oil RM4,236

MALAYSIA

Anwar, Xi witness exchange of 31 MoUs as Chinese president's KL visit peaks; Phnom Penh next

Wednesday, 16 Apr 2025 8:05 PM MYT

BY FARIDAH ZAINAL

KUALA LUMPUR, April 16 — Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping today witnessed the exchange of 31 memoranda and agreements at Seri Perdana in Putrajaya, covering the digital economy, railways, artificial intelligence and agricultural exports, among others.

Xi, who is on a three-day state visit, was accorded an official welcome ceremony at Dataran Perdana this morning before the two leaders held delegation-level talks. He landed at the Bunga Raya Complex at KLIA yesterday evening on a flight from Hanoi and was received by Deputy Prime Minister Datuk Seri Fadillah Yusof.

Anwar said Malaysia, which holds the ASEAN chairmanship this year, welcomed Beijing's support for a rules-based multilateral trading system at a time of uncertainty caused by tariff moves from Washington.

"We cannot be subjected to unilateral measures," Anwar said in a joint press statement, adding that Malaysia would stay "neutral and non-aligned".

Xi said the two countries should jointly oppose "hegemonism, unilateralism and protectionism", according to a text of his remarks circulated by the Chinese embassy. He also called for joint development in the South China Sea to be moved forward, without giving details.

Last night, His Majesty Sultan Ibrahim, King of Malaysia, hosted a state banquet in the guest's honour at Istana Negara.

The Chinese leader's Southeast Asian swing, his first trip abroad this year, began on Monday in Vietnam, where he and Communist Party General Secretary To Lam oversaw the signing of 45 cooperation documents, including on railway links across their border. Xi told his hosts in Hanoi that "there are no winners in trade wars".

Xi departs for Phnom Penh tomorrow for the final leg of the tour, where he is scheduled to meet King Norodom Sihamoni and Prime Minister Hun Manet. Cambodia is China's closest partner in the region and a major recipient of Chinese investment.

It is Xi's third visit to Malaysia, and the first since 2013. Anwar has been to China four times since becoming prime minister in November 2022.

Analysts said the trip was an effort by Beijing to present itself as a steady partner while the United States imposes sweeping tariffs across the region, with Vietnam and Cambodia facing some of the steepest rates.

— Bernama

Related Articles
Anwar to make official visit to Russia in May, Wisma Putra says
Ringgit opens higher against US dollar
PM: Malaysia will not be bullied over tariffs

Subscribe to our newsletter | Follow us on Telegram and WhatsApp

Comments are closed."""))

A.append(dict(id="h77-07", source="ticotimes.net",
url="https://ticotimes.net/2025/02/04/rubio-meets-chaves-in-san-jose-on-third-stop-of-central-america-tour",
published_at="2025-02-04", body="""The Tico Times | Costa Rica News | Travel | Real Estate

Support independent journalism in Costa Rica. Become a member today.

USD/CRC ₡506.12 | EUR/CRC ₡523.40

Rubio Meets Chaves in San José on Third Stop of Central America Tour

By Tico Times | February 4, 2025

U.S. Secretary of State Marco Rubio met President Rodrigo Chaves at Casa Presidencial in Zapote on Tuesday, the third stop of a five-country tour of Central America and the Caribbean dominated by migration, security and Washington's worries about China's presence in the region.

Rubio landed at Juan Santamaría International Airport on Monday night from San Salvador. Appearing alongside Chaves, he called Costa Rica "a model of democracy" and said the two governments would work together on secure 5G networks, a swipe at Chinese telecom suppliers. Chaves said Costa Rica would cooperate with Washington on deportations "within our laws" and on fighting drug trafficking through the country's ports.

The tour, Rubio's first trip abroad as secretary of state, opened over the weekend in Panama. On Sunday he met President José Raúl Mulino and delivered President Donald Trump's message that Chinese influence around the Panama Canal was unacceptable. Mulino said afterwards that Panama would not renew its participation in China's Belt and Road Initiative, but insisted that sovereignty over the canal "is not in question".

In El Salvador on Monday, Rubio was received by President Nayib Bukele at his lakeside residence. Bukele offered to take in deportees of any nationality, including convicted criminals held in U.S. prisons, in what Rubio called "an extraordinary gesture".

Rubio moves on to Guatemala City on Wednesday to see President Bernardo Arévalo, and wraps up the trip in Santo Domingo on Thursday with talks with Dominican President Luis Abinader.

The trip comes at a tense moment for the hemisphere. Trump this week held off for a month on 25% tariffs on goods from Mexico and Canada after speaking by phone on Monday with Mexican President Claudia Sheinbaum and Canadian Prime Minister Justin Trudeau. Last week Colombia backed down in a dispute over deportation flights after Trump threatened it with tariffs.

Separately, White House envoy Richard Grenell flew to Caracas on Friday and met Venezuelan leader Nicolás Maduro, returning with six Americans who had been held there.

Foreign Minister Arnoldo André said Chaves had accepted an invitation to visit Washington "in the coming months", without giving a date.

READ ALSO:
Costa Rica Records Drop in Tourist Arrivals in January
Chaves Sends Security Reform Bill to Assembly
Nicaragua Frees Two Priests After Vatican Talks

Tags: Marco Rubio, Rodrigo Chaves, US relations

Share: Facebook | X | WhatsApp

Comments (14)"""))

A.append(dict(id="h77-08", source="thejakartapost.com",
url="https://www.thejakartapost.com/indonesia/2024/11/13/prabowo-biden-pledge-closer-ties-as-president-continues-debut-world-tour.html",
published_at="2024-11-13", body="""The Jakarta Post

JCI 7,308.70 ▼ -1.4% | IDR/USD 15,852 | Gold Rp 1.49 mln/g

Politics

Prabowo, Biden pledge closer ties as President continues debut world tour

Prabowo Subianto's first overseas tour as head of state has taken him from Beijing to Washington. Lima, Rio de Janeiro and London are next.

Ardianto Wicaksono (The Jakarta Post)
Jakarta ● Wed, November 13, 2024

President Prabowo Subianto met United States President Joe Biden at the White House on Tuesday, local time, in talks that both sides said would take relations to a new level even as Washington prepares for the return of Donald Trump in January.

Biden welcomed Prabowo in the Oval Office, noting that the two countries had upgraded ties to a comprehensive strategic partnership a year ago. The leaders discussed the war in Gaza, the crisis in Myanmar, energy transition financing and critical minerals, according to a joint statement released afterwards.

"Indonesia has always been a good friend of the United States," Prabowo told Biden as reporters were ushered into the room. He said Jakarta would continue to "respect all great powers" and keep to its free and active foreign policy.

Prabowo flew to Washington on Sunday from Beijing, where he met Chinese President Xi Jinping at the Great Hall of the People on Saturday and held talks with Premier Li Qiang, and where the two countries signed deals that officials valued at US$10 billion. A joint statement issued after the Beijing visit, which said the two sides had reached "common understanding on joint development in areas of overlapping claims", drew criticism at home from experts who warned it could be read as a concession on the South China Sea. The Foreign Ministry later said Indonesia did not recognize China's nine-dash line.

From Washington, the President heads to Lima for the Asia-Pacific Economic Cooperation (APEC) summit this weekend and then to Rio de Janeiro for the Group of 20 summit on Nov. 18-19. Foreign Minister Sugiono said bilateral meetings on the sidelines were still being arranged.

After Brazil, Prabowo is scheduled to travel to London, where he will meet Prime Minister Keir Starmer and British business leaders. The Palace said he would be back in Jakarta before the end of the month.

Prabowo, who took office on Oct. 20, has said he wants Indonesia to play a bigger role in world affairs. Critics have questioned the length of the trip so soon after his inauguration, with the new Cabinet still settling in.

The President also spoke by phone with Trump last week to congratulate him on his election win, a video of which was posted on his social media accounts.

Related Articles
- Anies keeps quiet on Jakarta gubernatorial endorsement
- Rupiah slides as dollar strengthens after US election
- Sugiono, Wong discuss Gaza, Myanmar in phone call

Topics: Prabowo Subianto, foreign policy, United States, China

Share this article | Save

Subscribe to The Jakarta Post newsletter"""))

A.append(dict(id="h77-09", source="kyivindependent.com",
url="https://kyivindependent.com/ukraine-agrees-to-us-proposal-for-30-day-ceasefire-after-jeddah-talks/",
published_at="2025-03-11", body="""The Kyiv Independent

Become a member. Support independent journalism in Ukraine.

UAH/USD 41.48 | UAH/EUR 45.07

Ukraine agrees to US proposal for 30-day ceasefire after Jeddah talks; Washington resumes intelligence sharing

by Oksana Hrytsenko | March 11, 2025 11:47 PM

Ukraine is ready to accept a U.S. proposal for an immediate 30-day ceasefire, the two countries said in a joint statement late on March 11 after talks in Jeddah, Saudi Arabia, and Washington will immediately lift its pause on intelligence sharing and resume security assistance to Kyiv.

The Ukrainian delegation, led by Presidential Office head Andriy Yermak and including Foreign Minister Andrii Sybiha and Defense Minister Rustem Umerov, spent more than eight hours with Secretary of State Marco Rubio and National Security Adviser Mike Waltz at a hotel in the Red Sea city. It was the first high-level meeting between the two sides since the Feb. 28 clash in the Oval Office between President Volodymyr Zelensky and U.S. President Donald Trump.

"The ball is now in Russia's court," Rubio told reporters after the talks. He said the U.S. would take the offer to Moscow and hoped for a "yes".

According to the statement, the sides also agreed to conclude "as soon as possible" a deal on developing Ukraine's critical minerals, which was left unsigned after the Oval Office meeting.

Zelensky did not take part in the talks. He arrived in Jeddah on March 10 and met Saudi Crown Prince Mohammed bin Salman, thanking him for hosting the meeting, and left the kingdom the same evening. Rubio, who landed a few hours later, also met the crown prince on Monday night, the State Department said.

Trump's special envoy Steve Witkoff is due to travel to Moscow later this week to present the ceasefire proposal to the Kremlin, a White House official said. Waltz said he would speak with his Russian counterpart in the coming days, and Trump told reporters he hoped to talk to Russian leader Vladimir Putin "maybe this week".

The Kremlin said it would wait for details before commenting. Hours before the talks, Ukraine launched its largest drone attack yet on the Moscow region, with Russian officials saying more than 300 drones had been downed over several regions.

European leaders welcomed the outcome. French President Emmanuel Macron and U.K. Prime Minister Keir Starmer have been drawing up plans for a European reassurance force that could deploy after a ceasefire, and military chiefs from more than 30 countries are due to meet in Paris this week to discuss it.

Saudi Foreign Minister Prince Faisal bin Farhan and National Security Adviser Musaed Al-Aiban joined the delegations at the start of the talks.

Photo: Rubio and Waltz meet Yermak and Sybiha in Jeddah on March 11, 2025. (U.S. State Department)

Read also:
Russia retakes more ground in Kursk Oblast, General Staff says
Sybiha holds call with Turkish counterpart Fidan ahead of Jeddah talks
EU presents plan to boost defense spending

We've been reporting on Russia's war since day one. Support us.

Share: X | Facebook | Telegram

Comments (0)"""))

A.append(dict(id="h77-10", source="bangkokpost.com",
url="https://www.bangkokpost.com/thailand/general/3078541/thailand-cambodia-agree-to-immediate-and-unconditional-ceasefire",
published_at="2025-07-28", body="""Bangkok Post

SET 1,219.45 ▲ +0.62% | USD/THB 32.41 | Brent $68.40

Thailand, Cambodia agree to 'immediate and unconditional' ceasefire after talks in Putrajaya

Truce from midnight after meeting hosted by Malaysian PM Anwar; local commanders to meet on Tuesday

PUBLISHED : 28 Jul 2025 at 21:10 | WRITER: Sirinya Kaewmanee and agencies

Thailand and Cambodia agreed on Monday to an "immediate and unconditional ceasefire" from midnight, after acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet met in Malaysia for talks hosted by Prime Minister Anwar Ibrahim.

Anwar announced the deal at a joint news conference with both leaders at his official residence in Putrajaya after more than two hours of talks, calling it "a first and vital step towards de-escalation". The two men shook hands in front of the cameras.

Five days of fighting along the border have killed at least 35 people, most of them civilians, and displaced more than 260,000 on both sides, officials said.

Under the arrangement, regional army commanders from the two sides will meet on Tuesday morning, and a meeting of the General Border Committee is to follow, Anwar said. Malaysia, as chair of ASEAN, offered to coordinate an observer team.

Phumtham, who flew to Kuala Lumpur on Monday morning with Foreign Minister Maris Sangiampongsa, said Thailand had entered the talks "in good faith" but that Bangkok would watch closely whether Cambodian troops respected the truce. Hun Manet said he hoped the agreement would let displaced families return home soon.

The US ambassador to Malaysia and China's ambassador attended the meeting as observers, according to the Malaysian side.

The talks came together after US President Donald Trump spoke separately by phone with Hun Manet and Phumtham on Saturday, warning that Washington would not conclude trade deals with either country while the fighting went on. Trump later wrote on social media that both had agreed to meet and "quickly work out" a ceasefire. US Secretary of State Marco Rubio also spoke to the two foreign ministers.

Beijing said it welcomed the ceasefire and stood ready to play "a constructive role".

The fighting broke out on Thursday after a landmine blast wounded five Thai soldiers near the disputed Ta Muen Thom temple. Thailand downgraded diplomatic relations and expelled the Cambodian ambassador. The clashes were the worst between the neighbours in more than a decade.

Suspended prime minister Paetongtarn Shinawatra, whose leaked June phone call with Cambodian Senate President Hun Sen set off a political crisis in Bangkok, is awaiting a Constitutional Court ruling on her case.

Caption: Malaysian Prime Minister Anwar Ibrahim, centre, with Hun Manet, left, and Phumtham Wechayachai in Putrajaya on Monday. (Photo: Reuters)

Most Read
1. Baht steadies as investors await border news
2. Evacuees in Surin wait for word to go home
3. Exporters eye August 1 US tariff deadline

Download the Bangkok Post app | Subscribe to our newsletters

Share: Facebook | X | LINE"""))

A.append(dict(id="h77-11", source="addisstandard.com",
url="https://addisstandard.com/news-ethiopia-somalia-agree-to-end-dispute-in-ankara-declaration/",
published_at="2024-12-12", body="""Addis Standard

Home | News | Politics | Business | Opinion | Podcast

News: Ethiopia, Somalia agree to end dispute in 'Ankara Declaration' after Erdoğan-brokered talks

By Addis Standard staff (with agencies)
December 12/2024

Addis Abeba – Prime Minister Abiy Ahmed and Somalia's President Hassan Sheikh Mohamud have agreed to set aside their differences and work towards a commercial arrangement that would give landlocked Ethiopia access to the sea "under the sovereign authority" of Somalia, following talks hosted by Turkish President Recep Tayyip Erdoğan in Ankara on Wednesday.

The agreement, announced late on Wednesday night at a joint press conference of the three leaders and released as the "Ankara Declaration", is the first breakthrough since relations soured in January over Ethiopia's memorandum of understanding with the breakaway region of Somaliland.

Erdoğan received Abiy and Hassan Sheikh separately during the day at the presidential complex before bringing them together for hours of talks that ran into the evening. "I believe that with the meeting we held today, we took the first step for a new beginning," Erdoğan told reporters.

According to the text, technical negotiations between the two countries will begin "no later than the end of February 2025", facilitated by Türkiye, and are to be concluded within four months. The two neighbours also committed to "forgo and leave behind differences and contentious issues".

Abiy thanked the Turkish president for his "tireless efforts" and said Ethiopia wanted access to the sea "in a peaceful manner, not through conflict". Hassan Sheikh said Somalia was ready to work with its neighbour "for the benefit of our peoples" and that the declaration "puts an end to the disagreement".

The declaration does not mention Somaliland or the January MoU, under which Ethiopia was to lease a stretch of coastline in exchange for possible recognition of the territory. Officials in Hargeisa said on Thursday they were "not party" to the Ankara talks.

Türkiye, which has close ties with both countries, hosted two earlier rounds of indirect talks in July and August, in which Foreign Minister Hakan Fidan shuttled between the Ethiopian and Somali delegations. A third round planned for September was postponed.

The dispute had pushed Mogadishu closer to Cairo, which is at odds with Addis Abeba over the Grand Ethiopian Renaissance Dam. Egypt and Somalia signed a defence cooperation agreement in August, and Egyptian military equipment has since arrived in Mogadishu. In October, Hassan Sheikh attended a tripartite summit in Asmara with Egyptian President Abdel Fattah al-Sisi and Eritrean President Isaias Afwerki.

Ethiopian troops serve in the African Union mission in Somalia, which is due to be replaced by a new mission in January.

The Prime Minister returned to Addis Abeba on Thursday morning, his office said.

Related
- National Bank lifts cap on commercial bank loan growth
- Ethiopia, IMF reach staff-level agreement on second review
- Oromia: residents report clashes in West Shewa zone

Tags: Ankara Declaration, Ethiopia, Somalia, Türkiye

Share: Facebook | X | LinkedIn | Telegram

Comments are closed."""))

A.append(dict(id="h77-12", source="euractiv.com",
url="https://www.euractiv.com/section/enlargement/news/scholz-tells-vucic-serbia-must-align-with-russia-sanctions/",
published_at="2022-06-10", body="""EURACTIV

Enlargement | Western Balkans

This article is part of our special report Western Balkans: the long wait.

Scholz tells Vučić Serbia must align with Russia sanctions on first Balkan trip

By Katarina Vuković | EURACTIV.com with Reuters

10 Jun 2022 (updated: 10 Jun 2022)

German Chancellor Olaf Scholz said on Friday (10 June) in Belgrade that Serbia, as a candidate for EU membership, should align itself with the bloc's sanctions against Russia, in a tense appearance with President Aleksandar Vučić on the first day of a two-day tour of the Western Balkans.

Scholz reached the Serbian capital in the afternoon after a morning stop in Pristina, where he held talks with Kosovo's Prime Minister Albin Kurti.

"We expect the candidate countries to implement the sanctions," Scholz told a joint news conference. He also said that an agreement between Serbia and Kosovo could not succeed in the long run without mutual recognition, a line that drew a visible reaction from his host.

Vučić, re-elected in April, replied that Serbia had condemned the invasion of Ukraine at the United Nations but would not impose sanctions on Moscow. He said he had "not heard anything new" from the chancellor and that Serbia "has never been in an easy position". Belgrade agreed a three-year gas supply deal with Russia after Vučić spoke with Vladimir Putin by phone at the end of May.

On Saturday, Scholz is due in Thessaloniki, where he will hold talks with Greek Prime Minister Kyriakos Mitsotakis on the sidelines of a summit of the South-East European Cooperation Process. He then travels to Skopje for talks with North Macedonia's Prime Minister Dimitar Kovačevski, and ends the tour in Sofia with Bulgarian Prime Minister Kiril Petkov, whose government's veto still blocks the start of North Macedonia's EU accession talks.

German officials said Scholz would urge Petkov to find a way to lift the veto before the EU summit on 23-24 June, where leaders are also expected to decide whether to grant candidate status to Ukraine and Moldova.

The chancellor, who took office in December, has come under pressure at home to travel to Kyiv. German media reported this week that he could go there together with French President Emmanuel Macron and Italian Prime Minister Mario Draghi before the summit, but his office declined to confirm any plans.

Berlin has sought to revive the Berlin Process for the region and has said the EU must keep its promises to the six Western Balkan countries, some of which have been waiting for years. Montenegro and Serbia are negotiating membership; Albania and North Macedonia have yet to open talks.

Analysts in Belgrade said the press conference was one of the frostiest between a German chancellor and a Serbian leader in years. "It was a clear message that the time of sitting on two chairs is running out," said a political scientist at the University of Belgrade.

Read more:
Albania's Rama: Balkans 'tired' of waiting on EU promises
Bulgarian coalition wobbles as ITN threatens to quit
Moldova's Sandu hopes for candidate status 'this month'

Languages: Deutsch | Français

Newsletter: The Capitals. Sign up here.

Share: Facebook | Twitter | LinkedIn | Email"""))
