# Long pages (2,500-4,500 characters), h32-01 .. h32-12
A = []

A.append(dict(id="h32-01", source="aljazeera.com",
url="https://www.aljazeera.com/news/2024/1/8/blinken-meets-saudi-crown-prince-in-alula-on-regional-tour",
published_at="2024-01-08", body="""Skip to Content

Live | Israel's war on Gaza

News | Israel-Palestine conflict

Blinken meets MBS in AlUla as he presses Arab states on post-war Gaza

The top US diplomat saw the Saudi crown prince hours after talks with the UAE president in Abu Dhabi, on his fourth regional tour since October 7.

Published On 8 Jan 2024

US Secretary of State Antony Blinken has met Saudi Crown Prince Mohammed bin Salman in the desert oasis of AlUla, as Washington urges Arab governments to commit to a role in rebuilding and governing Gaza once Israel's war on the besieged enclave ends.

The meeting on Monday evening was held at the crown prince's winter camp in the kingdom's northwest. State Department spokesperson Matthew Miller said the two men discussed "the urgent need to reduce regional tensions", including Houthi attacks on commercial shipping in the Red Sea, and the need to get far more humanitarian aid into Gaza.

Earlier on Monday, Blinken was received in Abu Dhabi by UAE President Sheikh Mohamed bin Zayed Al Nahyan. The Emirati state news agency WAM said Sheikh Mohamed stressed the importance of an immediate ceasefire and of "a serious and credible path" towards a Palestinian state. Blinken, speaking to reporters afterwards, said the leaders he had seen were ready to help plan for the day after the war, "but they need to see a pathway to a Palestinian state".

The trip began on Friday in Turkey and took Blinken to the Greek island of Crete before brief stops in Jordan and Qatar on Sunday. He is due to arrive in Israel on Tuesday for talks with Prime Minister Benjamin Netanyahu and members of the war cabinet, and will then travel to the occupied West Bank to meet Palestinian Authority President Mahmoud Abbas, US officials said. Reports that he would end the tour in Cairo had not been confirmed by the State Department by Monday night.

More than 22,800 Palestinians have been killed in Israel's bombardment of Gaza since October 7, according to the Ministry of Health in Gaza. The Hamas-led attack on southern Israel that day killed about 1,139 people, according to an Al Jazeera tally based on Israeli statistics.

'Difficult conversations'

In Israel, Blinken is expected to press for a shift to lower-intensity operations and for displaced Palestinians to be allowed back to northern Gaza, something far-right ministers in Netanyahu's coalition have openly opposed. Two of them, Itamar Ben-Gvir and Bezalel Smotrich, have called for Palestinians to leave the territory, remarks Washington described as "inflammatory and irresponsible".

"There will be some hard conversations," a senior official travelling with Blinken told reporters on the flight into Saudi Arabia. "But every leader we've met wants to keep this from spreading."

Riyadh has said that normalising ties with Israel, which was under discussion before the war, cannot move forward without an irreversible path to Palestinian statehood.

Fears of a wider conflict rose last week after Hamas deputy leader Saleh al-Arouri was killed in a drone strike in Beirut, and after twin bombings in the Iranian city of Kerman killed dozens at a memorial for slain general Qassem Soleimani.

Marwan Bishara, Al Jazeera's senior political analyst, said the US message had not changed in three months. "Washington talks about the day after while it keeps supplying the weapons for the day of," he said.

SOURCE: AL JAZEERA AND NEWS AGENCIES

Related
Blinken meets Erdogan in Istanbul at start of Middle East tour
Houthis vow to keep up Red Sea attacks despite US warnings
Israeli strikes kill dozens in central Gaza's Maghazi camp

Most Read
Live: Israeli army says it has dismantled Hamas 'military framework' in north Gaza
Who was Saleh al-Arouri?
South Africa's genocide case against Israel: What happens next?

Follow Al Jazeera English:
Facebook | X | YouTube | Instagram

We use cookies to enhance your experience. By continuing, you accept our cookie policy. Accept all | Manage preferences"""))

A.append(dict(id="h32-02", source="timesofisrael.com",
url="https://www.timesofisrael.com/liveblog-january-15-2025/",
published_at="2025-01-15", body="""The Times of Israel
LIVEBLOG  January 15, 2025

Support ToI: Join our Community and get an ad-free experience. Learn more

Qatar announces Gaza ceasefire-hostage deal, to begin Sunday; Netanyahu says details still being finalized

11:58 pm
Biden speaks with Qatar's emir and Egypt's Sissi after deal is sealed

US President Joe Biden spoke by phone with Qatari Emir Sheikh Tamim bin Hamad Al Thani and with Egyptian President Abdel Fattah el-Sissi shortly after the agreement was announced, the White House says.

Biden thanked both leaders for their "tireless" mediation over more than a year, and they agreed that their teams would remain in close contact to make sure the first phase is implemented, according to a readout.

11:20 pm
Netanyahu speaks with Trump, will talk to Biden later tonight

Prime Minister Benjamin Netanyahu spoke with US President-elect Donald Trump and thanked him "for his help in advancing the release of the hostages," his office says.

The statement adds that Netanyahu will speak with outgoing President Joe Biden later this evening to thank him as well, and that the prime minister will only issue a formal response once "the final details of the agreement, which are being worked on at this moment, are completed."

10:45 pm
Mossad, Shin Bet chiefs still in Doha hammering out final clauses

The Israeli negotiating team in Doha, headed by Mossad chief David Barnea and Shin Bet director Ronen Bar, has been meeting Qatari mediators through the night to close what an Israeli official calls "a handful of open points," including the list of Palestinian prisoners to be freed in the first stage.

Egyptian intelligence officials and White House Middle East coordinator Brett McGurk are also in the Qatari capital, as is Trump's incoming envoy Steve Witkoff. Israeli officials have credited Witkoff's meeting with Netanyahu in Jerusalem on Saturday with breaking the logjam.

9:31 pm
Qatari PM: Ceasefire will take effect on Sunday

Speaking at a press conference in Doha, Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani says the truce will take effect on Sunday, January 19, and that its first phase will last 42 days.

During that time, 33 hostages, among them women, children, men over 50 and the sick and wounded, are to be released in exchange for hundreds of Palestinian security prisoners. Negotiations on the second phase are to begin on the 16th day.

"We hope this will be the last page of the war," he says.

8:40 pm
Hostage families: 'We will not rest until the last one is home'

The Hostages and Missing Families Forum welcomes the announcement but warns that the government must commit to carrying out all phases of the deal. There are 98 hostages still held in Gaza, not all of them alive.

7:55 pm
Ben Gvir threatens to quit coalition if cabinet approves deal

National Security Minister Itamar Ben Gvir says his Otzma Yehudit party will resign from the government if the agreement is approved, calling it "a reckless deal." The security cabinet is expected to convene on Thursday, followed by a vote of the full cabinet.

6:12 pm
Sirens sound in Gaza border communities; no injuries

Rocket sirens sounded in Nirim and Ein Hashlosha. The IDF says one projectile was launched from southern Gaza and fell in an open area.

Get The Times of Israel's Daily Edition by email and never miss our top stories. Newsletter email address | GET IT

By signing up, you agree to the terms

Read more:
Smotrich demands guarantees war will resume after first phase
Analysis: Why Hamas agreed now
IDF chief of staff visits troops in northern Gaza

Comments (214)
Share: WhatsApp | Facebook | X | Email"""))

A.append(dict(id="h32-03", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/erdogan-holds-talks-with-saudi-crown-prince-in-jeddah-on-first-leg-of-gulf-tour/2947312",
published_at="2023-07-17", body="""Türkiye, Saudi Arabia sign deals as Erdogan opens Gulf tour in Jeddah

Turkish president holds talks with Crown Prince Mohammed bin Salman at Al-Salam Palace, will continue to Qatar and UAE

Mehmet Sah Yilmaz and Sena Guler |17.07.2023 - Update : 18.07.2023

JEDDAH, Saudi Arabia

Turkish President Recep Tayyip Erdogan met Saudi Crown Prince and Prime Minister Mohammed bin Salman in Jeddah on Monday at the start of a three-nation Gulf tour focused on trade and investment.

Erdogan was welcomed with an official ceremony at Al-Salam Palace, after which the two leaders held a one-on-one meeting followed by talks between delegations, according to Türkiye's Directorate of Communications.

The sides discussed bilateral ties, regional and global developments, and steps to increase cooperation in the defense industry, energy, tourism and construction.

Following the talks, ministers from the two countries signed a series of agreements, including memoranda of understanding on energy, direct investment, media and communication, and a defense cooperation plan.

Separately, Saudi Arabia's Ministry of Defense and Turkish drone maker Baykar signed a deal for the purchase of Akinci unmanned combat aerial vehicles. Baykar CEO Haluk Bayraktar described the contract as "the largest defense and aviation export agreement in the history of the Republic of Türkiye."

Saudi Defense Minister Prince Khalid bin Salman said on Twitter that the agreements were aimed at "enhancing the readiness of the Kingdom's armed forces and strengthening its defense and industrial capabilities."

Erdogan is accompanied by First Lady Emine Erdogan, Foreign Minister Hakan Fidan, Treasury and Finance Minister Mehmet Simsek, Defense Minister Yasar Guler and National Intelligence Organization (MIT) chief Ibrahim Kalin, among other officials.

Doha and Abu Dhabi next

The president will fly to Doha on Tuesday, where he is set to meet Qatari Emir Sheikh Tamim bin Hamad Al Thani, and will travel to Abu Dhabi on Wednesday for talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan.

Before leaving Istanbul, Erdogan told reporters that Turkish business delegations accompanying him expected to sign deals worth billions of dollars during the trip. "Our priority is to further improve our cooperation with the Gulf countries in the coming period, especially through joint investment and financing activities," he said.

Türkiye and Saudi Arabia have worked to rebuild ties since Erdogan visited the kingdom in April 2022, the first such visit in five years, and the crown prince made a return trip to Ankara two months later.

The tour comes weeks after Erdogan won re-election in a runoff vote in May, with his government pursuing a return to orthodox economic policies and seeking foreign capital to ease pressure on the lira.

Related news
Turkish, Azerbaijani foreign ministers meet in Baku
Turkish lira hits fresh record low against US dollar
Türkiye's central bank raises key rate to 15%

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))

A.append(dict(id="h32-04", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/mena/2025/04/12/iran-us-talks-muscat-oman-witkoff-araghchi/",
published_at="2025-04-12", body="""The National

MENA

Iran and US hold first round of nuclear talks in Muscat and agree to meet again

Omani Foreign Minister Badr Albusaidi shuttled between the two delegations, which also spoke directly for several minutes

Apr 12, 2025

Listen | Share | Save

Iran and the US held their first talks on Tehran's nuclear programme since President Donald Trump returned to the White House, meeting in Muscat on Saturday with Oman acting as mediator.

US special envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi were in separate rooms for most of the talks, which lasted more than two and a half hours, with Omani Foreign Minister Badr Albusaidi carrying messages between them.

At the end of the session, Mr Witkoff and Mr Araghchi "spoke directly for a few minutes in the presence of the Omani Foreign Minister," Iranian Foreign Ministry spokesman Esmaeil Baghaei said on X. The White House also confirmed that the two men had communicated directly, calling the discussions "very positive and constructive."

Both sides agreed to continue the talks next Saturday, April 19, Mr Araghchi told Iranian state television afterwards, adding that "the venue may change but Oman will remain the mediator." He said neither side wanted "negotiations for the sake of negotiations."

Mr Albusaidi said the talks had been held "in a friendly atmosphere conducive to bridging points of view." Oman's Foreign Ministry released images of him greeting Mr Witkoff and, separately, receiving the Iranian delegation at his ministry's guest house.

Mr Araghchi arrived in Muscat on Saturday morning with his deputy, Majid Takht-Ravanchi, and ministry spokesman Mr Baghaei. Mr Witkoff flew to Muscat from Russia, where on Friday he had held more than four hours of talks on Ukraine with President Vladimir Putin in St Petersburg.

Diplomatic 'test'

Mr Trump had announced the talks on Monday while hosting Israeli Prime Minister Benjamin Netanyahu at the White House, saying they would be "direct" and warning that Iran would be in "great danger" if they failed. Tehran had insisted they would be indirect.

The US President said last month that he had written to Supreme Leader Ayatollah Ali Khamenei proposing negotiations. The letter was delivered to Tehran in March by Anwar Gargash, diplomatic adviser to the UAE President.

"This is a test," said Ali Vaez, Iran project director at the International Crisis Group. "Both sides came with a mandate to see whether there is enough common ground to keep going."

Iran has steadily expanded its nuclear activities since 2019, a year after Mr Trump withdrew from the 2015 agreement between Tehran and world powers. The UN's nuclear watchdog says Iran is enriching uranium up to 60 per cent purity, close to weapons grade.

The rial rallied on Tehran's unofficial currency market on Saturday as news of the meeting spread, traders said.

Updated: April 12, 2025, 7:38 PM

More on this topic
Explainer: What is Oman's role in Iran-US diplomacy?
Opinion: A narrow window for Washington and Tehran
Iran's currency rebounds ahead of Muscat talks

Sign up to our Politics newsletter for the latest updates from the region. Subscribe

Most popular
Saudi Arabia announces new visa rules for Hajj season
Dubai Metro Blue Line: stations and timeline"""))

A.append(dict(id="h32-05", source="arabnews.com",
url="https://www.arabnews.com/node/2213756/saudi-arabia",
published_at="2022-12-09", body="""Arab News
Saudi Arabia

Xi meets Arab leaders on sidelines of Riyadh summits after sealing strategic pact with Saudi Arabia

ARAB NEWS
December 09, 2022 22:41

RIYADH: Chinese President Xi Jinping held a series of bilateral meetings with Arab leaders in Riyadh on Friday, as the first China-Arab States Summit and a China-Gulf Cooperation Council summit wrapped up his three-day state visit to the Kingdom.

Xi met Iraqi Prime Minister Mohammed Shia Al-Sudani, Kuwaiti Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah and Palestinian President Mahmoud Abbas on the sidelines of the gatherings, the Chinese Foreign Ministry said.

He told Abbas that China "firmly supports the Palestinian people in restoring their legitimate national rights," while in his talks with Al-Sudani he said Beijing was ready to help Iraq with reconstruction and energy projects.

On Thursday evening, Xi held talks with Egyptian President Abdel Fattah El-Sisi, who invited him to visit Egypt at a time convenient for both sides, according to Egypt's presidency.

Earlier on Thursday, King Salman received Xi at Al-Yamamah Palace, where the two leaders signed a comprehensive strategic partnership agreement. Crown Prince Mohammed bin Salman then held official talks with the Chinese president, and the two witnessed the signing of a plan to harmonize Saudi Vision 2030 with China's Belt and Road Initiative.

Saudi and Chinese companies signed 34 investment agreements covering green energy, information technology, cloud services, transport, logistics, medical industries and construction, the Saudi Press Agency reported.

"The visit marks a new era in relations between the Kingdom and China," Foreign Minister Prince Faisal bin Farhan told a press conference after the summits, adding that the Kingdom would continue to work with all its partners, including the US.

In his address to the Arab summit, Xi said China and Arab countries would build "a China-Arab community with a shared future in the new era," and pledged to push forward cooperation in eight areas including food security, green innovation and energy.

At the Gulf summit, Xi said China would continue to import large quantities of crude oil from GCC countries and would use the Shanghai Petroleum and Natural Gas Exchange as a platform for yuan settlement of oil and gas trade.

The visit was watched closely in Washington. White House National Security Council spokesman John Kirby said this week that the US was "mindful of the influence that China is trying to grow around the world."

Xi left Riyadh on Friday evening, ending his first trip to the Middle East since 2016.

Photo: Crown Prince Mohammed bin Salman receives Chinese President Xi Jinping at Al-Yamamah Palace in Riyadh. (SPA)

Related
Saudi-Chinese business forum concludes with deals worth $30bn
GCC leaders, Xi pledge to boost energy cooperation
Opinion: What Xi's visit means for the region

Most Popular
Saudi Arabia's Red Sea project welcomes its first guests
Riyadh Metro opening date announced

Tags: China, Xi Jinping, Saudi Arabia, China-Arab States Summit, GCC

Follow Arab News on Twitter | Facebook | Instagram"""))

A.append(dict(id="h32-06", source="rudaw.net",
url="https://www.rudaw.net/english/middleeast/iraq/220420241",
published_at="2024-04-22", body="""Rudaw English
Watch Live | Kurdistan | Iraq | Turkey | Syria | World

Erdogan in Baghdad for first visit in 13 years, four countries sign Development Road memo

Rudaw | 22-04-2024 | 02:15 PM

ERBIL, Kurdistan Region - Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday on his first visit to Iraq since 2011, holding talks with Iraqi Prime Minister Mohammed Shia' al-Sudani on water, security, oil exports and the Development Road project.

Erdogan was received at Baghdad International Airport by Sudani and later met Iraqi President Abdul Latif Rashid at the Baghdad Palace. The two governments signed 26 memorandums of understanding covering security, energy, trade, agriculture, health and a framework agreement on water management, according to the Iraqi premier's media office.

At a joint press conference, Sudani said the two sides had agreed to work together against "any threat to the security of both countries," a reference to the Kurdistan Workers' Party (PKK), which Baghdad designated a banned organization last month. Erdogan said he was confident Iraq would "take a stand" against the group.

Development Road

On the sidelines of the visit, the transport ministers of Iraq, Turkey, Qatar and the United Arab Emirates signed a quadrilateral memorandum of understanding on cooperation in the Development Road, a planned 1,200-kilometre road and rail corridor linking the Grand Faw port in Basra to the Turkish border.

The Qatari and Emirati ministers had flown to Baghdad for the ceremony, which Sudani described as "a historic step that places Iraq at the heart of regional trade routes." The project is estimated to cost $17 billion.

Water has been a long-standing point of friction between the neighbours, with Iraq accusing upstream Turkey of holding back the flow of the Tigris and Euphrates rivers. Under the new framework, the two sides are to set up a joint committee to manage water resources for ten years.

Erbil stop

Erdogan was then due to fly to Erbil, where he was expected to meet Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani before returning to Turkey in the evening.

Kurdish officials hope the visit will help restart oil exports through the Iraq-Turkey pipeline, which have been halted since March 2023 after an arbitration court ruled in Baghdad's favour against Ankara.

Sudani's talks with Erdogan came less than a week after he returned from Washington, where he met US President Joe Biden at the White House on April 15 and discussed the future of the US-led coalition in Iraq.

Analyst Kamaran Mantik told Rudaw that the visit "opened a new chapter" but that the PKK file could test relations. "Ankara wants Baghdad to move from words to actions on the ground," he said.

Related stories
KRG, Baghdad fail to agree on salary mechanism
Turkish drone strike hits vehicle near Sulaimani
Iraq's oil ministry says talks on Kurdish exports continue

Download the Rudaw app | Follow us on Telegram

Copyright 2024 Rudaw. All rights reserved."""))

A.append(dict(id="h32-07", source="al-monitor.com",
url="https://www.al-monitor.com/originals/2023/04/saudi-envoy-sanaa-houthis-talks-iran-embassies",
published_at="2023-04-10", body="""AL-MONITOR
The Pulse of the Middle East

Gulf

Saudi envoy in Sanaa for talks with Houthis as Riyadh, Tehran move to reopen embassies

Saudi Arabia's ambassador to Yemen held talks with the Houthi leadership in Sanaa while a Saudi technical team was in Tehran to prepare the reopening of the kingdom's diplomatic missions.

Al-Monitor Staff
April 10, 2023

Saudi Arabia's ambassador to Yemen, Mohammed Al Jaber, arrived in Sanaa on Sunday with an Omani delegation for talks with the Houthi rebels on a permanent cease-fire, in the most visible sign yet of a thaw in the eight-year war.

Houthi-run Al-Masirah TV broadcast images of Al Jaber shaking hands with Mahdi al-Mashat, head of the group's Supreme Political Council, at the presidential palace in the capital. Mashat said the Houthis were seeking "an honorable peace" that would include the payment of public salaries, the full reopening of ports and Sanaa airport, and the departure of foreign forces.

Oman, which has hosted Houthi negotiators for years, has been facilitating contacts between Riyadh and the group since a UN-brokered truce expired in October. A Yemeni government source in Aden said the Presidential Leadership Council had been briefed on the visit in advance.

Meanwhile, a Saudi technical delegation arrived in Tehran on Saturday to discuss the steps needed to reopen the kingdom's embassy there and its consulate general in Mashhad. The Saudi team was received by Iranian Foreign Ministry protocol chief Mehdi Honardoost, the Iranian Foreign Ministry said.

An Iranian delegation is expected in Riyadh later this week for the same purpose, the state-run IRNA news agency reported, citing ministry spokesman Nasser Kanaani.

The moves follow a meeting in Beijing on Thursday between Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian, the first formal encounter between the two countries' top diplomats in seven years. The two ministers agreed to restore flights and resume visits by official and private delegations, building on the deal brokered by China on March 10.

Iranian officials have said that King Salman has invited President Ebrahim Raisi to visit the kingdom, an invitation they said Raisi welcomed.

Prisoner exchange

The Sanaa talks are also expected to prepare for a large prisoner exchange agreed in Switzerland last month under the auspices of the UN and the International Committee of the Red Cross. Nearly 900 detainees are due to be freed in the coming days, with flights between Sanaa, Aden, Marib and Saudi Arabia.

"Riyadh wants out of Yemen, but on its own terms," said Elisabeth Kendall, a Yemen specialist at Girton College, Cambridge. "The risk is that a deal between the Saudis and the Houthis leaves the Yemeni government sidelined."

US envoy Tim Lenderking welcomed the contacts, saying Washington had "never had a better opportunity" for peace in Yemen.

Read more
Can Oman's quiet diplomacy deliver in Yemen?
Iraq's Sudani eyes role as regional mediator

Sign up for Al-Monitor's free Gulf Briefing newsletter. Email | Sign up

Al-Monitor is an independent, award-winning news site covering the Middle East. Support us"""))

A.append(dict(id="h32-08", source="timesofisrael.com",
url="https://www.timesofisrael.com/herzog-lands-in-ankara-for-historic-visit-erdogan-hails-turning-point/",
published_at="2022-03-09", body="""The Times of Israel

Herzog in Ankara for historic visit; Erdogan hails 'turning point' in ties

First visit by an Israeli head of state to Turkey since 2008; Turkish president says foreign, energy ministers will soon travel to Israel, floats gas pipeline cooperation

By Lazar Berman | 9 March 2022, 4:12 pm | 18

President Isaac Herzog, right, and Turkish President Recep Tayyip Erdogan review an honor guard at the Presidential Complex in Ankara, March 9, 2022. (Haim Zach/GPO)

President Isaac Herzog met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, the first visit by an Israeli head of state to Turkey in 14 years, as the two countries moved to repair relations after more than a decade of crises.

Herzog was greeted with a military ceremony at the sprawling presidential complex, where a band played Hatikvah. The two presidents then held a private meeting followed by talks with their delegations.

"I believe this historic visit will be a turning point in relations between Turkey and Israel," Erdogan told reporters at a joint press conference. "Our common goal is to revive the political dialogue between our countries on the basis of mutual respect for sensitivities."

Erdogan said he would soon send Foreign Minister Mevlut Cavusoglu and Energy Minister Fatih Donmez to Israel to move forward on cooperation, including the possibility of carrying Israeli natural gas to Europe via Turkey. "We are ready to take up the issue of energy cooperation," he said.

Herzog said the two countries would not agree on everything, "but we will try to resolve our disagreements with mutual respect and goodwill." He did not take questions.

The two leaders have spoken several times by phone since Herzog took office in July, including after Turkey released an Israeli couple arrested in Istanbul on suspicion of espionage in November.

The visit was coordinated closely with Prime Minister Naftali Bennett, who flew to Moscow on Saturday for a three-hour meeting with Russian President Vladimir Putin on the war in Ukraine before continuing to Berlin to brief German Chancellor Olaf Scholz.

Turkey is also trying to position itself as a mediator in that conflict. Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba are set to meet in Antalya on Thursday on the sidelines of a diplomatic forum, in a meeting to be hosted by Cavusoglu. It will be their first encounter since Russia invaded Ukraine on February 24.

Israel and Turkey withdrew their ambassadors in 2018, and relations have not been upgraded since. Ankara has hosted senior Hamas officials, a point of friction that Israeli officials said was raised during the talks.

Herzog is to visit the Istanbul Jewish community on Thursday before flying home.

Related
Turkey's Erdogan says he may host Israeli president in 'new era' of ties
Bennett in Moscow: What we know about his surprise Putin meeting

Daily Edition: Get The Times of Israel's Daily Edition by email and never miss our top stories. Email | SIGN UP

You're a dedicated reader. That's why we started the Times of Israel ten years ago. Join the Times of Israel Community.

Share: Facebook | Twitter | WhatsApp | Email | 18 Comments"""))

A.append(dict(id="h32-09", source="aljazeera.com",
url="https://www.aljazeera.com/news/2025/5/14/trump-meets-syrias-al-sharaa-in-riyadh-before-heading-to-qatar",
published_at="2025-05-14", body="""Al Jazeera

News | Donald Trump

Trump meets Syria's al-Sharaa in Riyadh before heading to Qatar

US president says he will consider normalising ties with Damascus a day after announcing the lifting of sanctions on Syria.

By Al Jazeera Staff
Published On 14 May 2025

US President Donald Trump has met Syrian President Ahmed al-Sharaa in the Saudi capital Riyadh, the first encounter between the leaders of the two countries in 25 years.

The meeting on Wednesday morning, which lasted about 30 minutes, was also attended by Saudi Crown Prince Mohammed bin Salman, while Turkish President Recep Tayyip Erdogan joined by phone, according to the White House.

Trump urged al-Sharaa to sign on to the Abraham Accords with Israel, to tell "foreign terrorists" to leave Syria and to help the US prevent a resurgence of ISIL (ISIS), White House Press Secretary Karoline Leavitt said. The Syrian presidency said the two men discussed the lifting of sanctions and "opportunities for partnership" in the country's reconstruction.

"He's got a real shot at holding it together," Trump told reporters aboard Air Force One afterwards. "Young, attractive guy. Tough guy."

On Tuesday, Trump surprised officials in his own administration by announcing at the Saudi-US Investment Forum that he would order the removal of all sanctions on Syria, "to give them a chance at greatness." Crowds celebrated in the streets of Damascus and other Syrian cities.

Trump arrived in Riyadh on Tuesday morning and was welcomed at the airport by Crown Prince Mohammed. The two leaders later signed a strategic economic partnership, and the White House said Saudi Arabia had committed to $600bn in investments in the US, including a $142bn arms package.

After his meeting with al-Sharaa, Trump attended a summit with leaders of the Gulf Cooperation Council before leaving for Doha. He was due to land in the Qatari capital on Wednesday afternoon for talks with Emir Sheikh Tamim bin Hamad Al Thani, and will travel on Thursday to Abu Dhabi, the final stop of his tour, to meet UAE President Sheikh Mohamed bin Zayed Al Nahyan.

A Qatari offer to give Trump a Boeing 747-8 for use as Air Force One has drawn criticism from Democrats and some Republicans in Washington.

'Historic moment'

Syrian Foreign Minister Asaad al-Shaibani called the meeting "a historic moment" and thanked Saudi Arabia and Turkey for their support. Israeli officials were reported to have been caught off guard by the sanctions announcement.

Al Jazeera's Osama Bin Javaid, reporting from Doha, said Qatari officials were expecting a string of agreements to be signed during the visit, in areas ranging from aviation to defence.

The Gulf trip is Trump's first major foreign tour of his second term, if one does not count his attendance at Pope Francis's funeral in Rome last month.

SOURCE: AL JAZEERA AND NEWS AGENCIES

Listen to this article | 4 mins

Recommended
Putin proposes direct talks with Ukraine in Istanbul
What does lifting US sanctions mean for Syria's economy?
Analysis: Trump's Gulf deals and the question of Israel

Newsletter: Get the latest news from the Middle East. Sign up

Cookie preferences | Privacy policy"""))

A.append(dict(id="h32-10", source="middleeasteye.net",
url="https://www.middleeasteye.net/news/sudan-war-burhan-egypt-first-trip-abroad-sisi-el-alamein",
published_at="2023-08-29", body="""Middle East Eye

Sudan war: Army chief Burhan meets Sisi in Egypt on first trip abroad since fighting began

Sudanese general's visit to El Alamein comes days after he left Khartoum for the first time since April

MEE staff
Published date: 29 August 2023 13:35 BST

Sudan's army chief, Abdel Fattah al-Burhan, arrived in Egypt on Tuesday on his first trip outside the country since war broke out with the paramilitary Rapid Support Forces (RSF) four and a half months ago.

Burhan, who heads Sudan's ruling Sovereignty Council, was received by Egyptian President Abdel Fattah el-Sisi in the Mediterranean resort city of El Alamein, where the two held talks on the conflict and on the humanitarian situation, according to the Egyptian presidency.

Egyptian presidential spokesman Ahmed Fahmy said Sisi stressed "Egypt's firm position in standing by Sudan and supporting its security and stability, unity and territorial integrity". Burhan thanked Egypt for receiving hundreds of thousands of Sudanese who have fled the fighting.

The Sovereignty Council said Burhan would travel to South Sudan next week to meet President Salva Kiir, whose government has offered to host talks between the warring parties.

Leaving Khartoum

Burhan had been holed up for months in the army's general command headquarters in central Khartoum, which has come under repeated attack by the RSF. Last week he appeared at army bases in Omdurman and Atbara, and then in Port Sudan on the Red Sea, which has become a de facto administrative capital.

The RSF, led by Mohamed Hamdan Dagalo, known as Hemeti, has taken much of the capital and most of Darfur. In an audio message posted at the weekend, Dagalo proposed a ten-point plan for a ceasefire and a "new state" based on a federal system.

US-Saudi mediated talks between the two sides in Jeddah were suspended in June after repeated violations of short-term truces.

Cairo has close ties with the Sudanese army and has sought to play a lead role in mediation. In July it hosted a summit of Sudan's neighbours, which called for a sustainable ceasefire and set up a ministerial mechanism of foreign ministers.

Egypt is home to more than 280,000 Sudanese who have crossed the border since April, according to the UN refugee agency, and many more who were already living there before the war.

"Burhan wants to show that he is the legitimate head of state," said Kholood Khair, founding director of the Khartoum-based think tank Confluence Advisory. "Every photo with a president is an argument against the RSF's claims."

The United Nations says more than five thousand people have been killed and nearly 4.6 million forced from their homes, though local groups say the true toll is much higher.

Read more
Sudan: RSF accused of mass killings in West Darfur
Egypt and South Sudan presidents discuss Sudan crisis in phone call
Analysis: Why the Jeddah talks stalled

Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle East, North Africa and beyond. To learn more about republishing this content and the associated fees, please fill out this form.

Subscribe to our newsletter | Follow us on Telegram"""))

A.append(dict(id="h32-11", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/518204/Egypt/Foreign-Affairs/ElSisi,-Erdogan-hold-talks-in-Cairo.aspx",
published_at="2024-02-14", body="""Ahram Online

Egypt > Foreign Affairs

El-Sisi, Erdogan hold talks in Cairo, sign joint declaration on High-Level Strategic Cooperation Council

Ahram Online , Wednesday 14 Feb 2024

President Abdel-Fattah El-Sisi received his Turkish counterpart Recep Tayyip Erdogan in Cairo on Wednesday, on the first visit by a Turkish head of state to Egypt in more than a decade.

El-Sisi welcomed Erdogan at Cairo International Airport before the two leaders held talks at Al-Ittihadiya Palace, first privately and then in an expanded session with delegations, presidential spokesman Ahmed Fahmy said.

The two presidents signed a joint declaration on reconstituting the High-Level Strategic Cooperation Council between Egypt and Turkey, and agreed to raise bilateral trade to $15 billion within the next few years.

At a joint press conference, El-Sisi said the talks focused on the war in Gaza and the need for an immediate ceasefire, the flow of humanitarian aid, and rejection of any displacement of Palestinians into Sinai. Erdogan praised Egypt's role in delivering aid through the Rafah crossing and said Turkey was ready to cooperate with Egypt on the reconstruction of the Strip.

"We are determined to raise our relations to the level they deserve," Erdogan said, adding that he hoped to welcome El-Sisi in Turkey in the coming period.

Erdogan arrived in Cairo from the United Arab Emirates, where on Tuesday he addressed the World Governments Summit in Dubai and held talks in Abu Dhabi with UAE President Sheikh Mohamed bin Zayed Al-Nahyan. The two sides signed agreements there on investment, energy and infrastructure, according to the Turkish presidency.

Relations between Cairo and Ankara broke down after the 2013 ouster of the late president Mohamed Morsi. The two countries restored ties at ambassadorial level last July, months after El-Sisi and Erdogan shook hands on the sidelines of the World Cup opening in Qatar.

Ceasefire efforts

The visit came a day after Cairo hosted a new round of talks on a truce in Gaza and an exchange of hostages and prisoners. CIA Director William Burns, Mossad chief David Barnea and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani met in the Egyptian capital on Tuesday with Egyptian officials led by General Intelligence chief Abbas Kamel.

Egyptian sources told Al-Qahera News that the talks were "positive" and would continue over the coming days at the level of experts. Israeli media reported that the Israeli delegation had left Cairo after the meeting.

Egypt has repeatedly warned against an Israeli ground offensive in Rafah, where more than a million displaced Palestinians are sheltering near the Egyptian border.

Also read:
Shoukry, Blinken discuss Gaza in phone call
Egypt's inflation eases slightly in January
El-Sisi receives credentials of new ambassadors

Short link: english.ahram.org.eg/News/518204.aspx

Follow Ahram Online on Facebook | X | Telegram"""))

A.append(dict(id="h32-12", source="english.aawsat.com",
url="https://english.aawsat.com/arab-world/5084122-hochstein-israel-after-constructive-talks-beirut",
published_at="2024-11-20", body="""Asharq Al-Awsat
English

Arab World

Hochstein in Israel after 'Constructive' Talks in Beirut on Lebanon Ceasefire

Beirut - Asharq Al-Awsat
20 November 2024 AD - 19 Jumada al-Awwal 1446 AH

US envoy Amos Hochstein landed in Israel on Wednesday afternoon, a day after two rounds of talks in Beirut with Parliament Speaker Nabih Berri on a US proposal to end the war between Israel and Hezbollah.

Hochstein was due to meet Prime Minister Benjamin Netanyahu later on Wednesday and Defense Minister Israel Katz on Thursday, Israeli media reported, to present the Lebanese side's comments on the 13-point draft.

In Beirut on Tuesday, Hochstein met Berri, who has been negotiating on behalf of Hezbollah, for nearly two hours at his residence in Ain el-Tineh. "We made further progress," Hochstein told reporters afterwards. "The talks were very constructive." He returned to see Berri again on Wednesday morning before flying out.

The US envoy also met caretaker Prime Minister Najib Mikati and army commander General Joseph Aoun, focusing on the deployment of the Lebanese army south of the Litani River and on the mechanism for monitoring a ceasefire.

Ali Hassan Khalil, Berri's political aide, said Lebanon had handed Hochstein its written remarks on Monday and that "the atmosphere is positive, but the outcome depends on Israel."

Sources close to the talks told Asharq Al-Awsat that the main points of contention were Israel's demand for freedom of action in Lebanon in the event of violations, and the composition of the committee that would oversee implementation, which would be chaired by the US and include France.

Hochstein has said he could return to Beirut if progress is made in Israel, but no date has been set.

Iran's role

The diplomatic push followed a visit to Beirut on Friday by Ali Larijani, a senior adviser to Iran's Supreme Leader Ali Khamenei, who met Berri and Mikati and said Tehran would support "any decision" taken by the Lebanese government.

Hezbollah Secretary-General Naim Qassem said in a televised speech on Wednesday that the group had reviewed the proposal and made its comments, but warned that it would not accept any deal that infringed on Lebanese sovereignty.

Israeli strikes on Beirut's southern suburbs continued overnight, and Hezbollah fired rockets at the northern Israeli city of Haifa. Lebanon's Health Ministry said more than 3,500 people had been killed in the country since October 2023.

Related News
Berri: No ceasefire without Israeli withdrawal
Lebanon army recruits to deploy south
Mikati receives French envoy Le Drian

Most Read
Saudi Arabia hosts Arab-Islamic summit follow-up committee
Houthis claim drone attack on Eilat

Subscribe to our newsletter | Download our app"""))
