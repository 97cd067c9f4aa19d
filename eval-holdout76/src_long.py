# Long pages (2,500-4,500 characters), h76-01 .. h76-12
A = []

A.append(dict(id="h76-01", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/pelosi-tsai-taipei-meeting-china-drills-2851196",
published_at="2022-08-03", body="""We use cookies to improve your experience on our site and for analytics. Manage preferences | Accept all

Download the CNA app for breaking news alerts

STI 3,259.58 ▼ -14.06 | HSI 19,689.21 ▼ -2.36% | TAIEX 14,777.02 ▲ +0.24% | USD/SGD 1.3812 ▲ +0.0021 | Brent 100.54 ▼ -0.6%

Asia

Pelosi meets Tsai in Taipei, says US will not abandon Taiwan as China announces drills

US House Speaker Nancy Pelosi is greeted by Taiwan's Foreign Minister Joseph Wu on arrival at Songshan Airport in Taipei late on Aug 2, 2022. (Photo: Taiwan Ministry of Foreign Affairs/Handout via Reuters)

By Ivy Lam Wen-hui
03 Aug 2022 04:55PM (Updated: 03 Aug 2022 07:12PM)

TAIPEI: Nancy Pelosi, Speaker of the United States House of Representatives, told Taiwan's President Tsai Ing-wen on Wednesday (Aug 3) that Washington's commitment to the island's democracy was "ironclad", hours after becoming the most senior American official to set foot on Taiwan in 25 years.

The Speaker's aircraft, a US Air Force C-40, touched down at Songshan Airport at about 10.45pm on Tuesday after a flight from Kuala Lumpur that was tracked by hundreds of thousands of people online. She was met on the tarmac by Foreign Minister Joseph Wu and Sandra Oudkirk, the director of the American Institute in Taiwan.

At the Presidential Office on Wednesday morning, Tsai conferred on her the Order of Propitious Clouds with Special Grand Cordon, one of the island's highest civilian honours. "Today our delegation came to Taiwan to make unequivocally clear that we will not abandon our commitment to Taiwan," the Speaker said in remarks broadcast live. Tsai said Taiwan would "not back down" in the face of deliberately heightened military threats.

Earlier, the Speaker and the five Democratic lawmakers travelling with her, among them Gregory Meeks, chairman of the House Foreign Affairs Committee, called at the Legislative Yuan, where they were received by its Vice President Tsai Chi-chang. The delegation also lunched with business leaders including Mark Liu, chairman of chipmaker TSMC.

Beijing reacted with fury. Xie Feng, Vice Minister of Foreign Affairs, summoned US Ambassador Nicholas Burns late on Tuesday night to lodge "stern representations", and the People's Liberation Army said it would hold live-fire exercises in six zones around the island from Thursday to Sunday. The commerce ministry suspended imports of some Taiwanese citrus and fish.

Foreign Minister Wang Yi, who is in Phnom Penh for ASEAN meetings, called the trip a "farce" and said those who play with fire would come to no good end. The language echoed what President Xi Jinping told US President Joe Biden during a phone call last Thursday, according to the Chinese readout of that conversation.

The White House has said the Speaker makes her own travel decisions and that the visit does not change the US "one China" policy.

Pelosi's Asia tour opened on Monday in Singapore, where she called on Prime Minister Lee Hsien Loong, and continued in Kuala Lumpur on Tuesday. She leaves Taipei on Wednesday evening for Seoul, where she is scheduled to meet National Assembly Speaker Kim Jin-pyo on Thursday, and the tour ends in Tokyo.

Analysts said the drills could be the largest near Taiwan since the 1995-96 crisis. "The question is not whether Beijing responds, but how far it is prepared to go," said a security researcher at a Singapore university who asked not to be named.

Taiwan's main index closed 0.24 per cent higher on Wednesday after falling 1.6 per cent a day earlier.

Source: CNA/il(ta)

Read more:
Malaysia's PM Ismail Sabri receives Pelosi delegation in Kuala Lumpur
Commentary: Why this trip matters more to Beijing than to Washington
Widodo back from China, Japan and South Korea with investment pledges

Tags: Nancy Pelosi, Taiwan, China, United States, Tsai Ing-wen

Get WhatsApp alerts | Bookmark | Share: Facebook Twitter Telegram

Copyright© Mediacorp 2022"""))

A.append(dict(id="h76-02", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2018/03/103_245103.html",
published_at="2018-03-06", body="""The Korea Times
Home > North Korea

Kim Jong-un agrees to April summit with Moon, open to talks with US: Cheong Wa Dae

Posted : 2018-03-06 20:41 | Updated : 2018-03-06 22:03

By Kang Seung-hyun, Jeon Min-ah

North Korean leader Kim Jong-un has agreed to hold a summit with President Moon Jae-in at the end of April in the truce village of Panmunjom, the presidential office said Tuesday, after a special delegation returned from a two-day trip to Pyongyang.

Chung Eui-yong, director of the National Security Office at Cheong Wa Dae, who led the 10-member delegation, told reporters that the two Koreas agreed to hold the third inter-Korean summit at the Peace House on the southern side of the border village, and to install a hotline between the two leaders before then.

"The North made clear its will for the denuclearization of the Korean Peninsula," the security chief said, adding that Pyongyang would not conduct additional nuclear or ballistic missile tests while dialogue continues and had expressed its willingness to hold "candid talks" with the United States.

The envoys, who included Suh Hoon, director of the National Intelligence Service, and Vice Unification Minister Chun Hae-sung, flew into Pyongyang's Sunan airport on an Air Force plane on Monday afternoon. They were received by Kim at the headquarters of the ruling Workers' Party of Korea and dined with him for about four hours, with Kim's sister Kim Yo-jong and Kim Yong-chol, vice chairman of the party's Central Committee, at the table. It was the first time a South Korean official had met Kim since he took power in late 2011.

Chung said he would fly to Washington with Suh later this week to brief US officials. "We also carry a message from the North for the American side," he said, declining to give details. Chung is then scheduled to visit Beijing and Moscow, while the spy chief will go to Tokyo to explain the results to the Japanese government.

Chung Eui-yong, right, shakes hands with North Korean leader Kim Jong-un in Pyongyang, Monday, in this photo provided by Cheong Wa Dae. / Yonhap

The trip reciprocated last month's visit to the South by a North Korean delegation that included Kim Yo-jong, the first member of the ruling family to set foot in the South, during the PyeongChang Winter Olympics. She handed Moon a letter from her brother inviting him to Pyongyang.

Washington responded cautiously. US President Donald Trump wrote on Twitter that "possible progress" was being made but that it "may be false hope", adding that the US was "ready to go hard in either direction".

Conservatives in Seoul were skeptical. The main opposition Liberty Korea Party said the North was seeking to buy time and ease sanctions, and that the "denuclearization" it referred to could include demands for the withdrawal of US troops.

"Much will depend on what Kim is prepared to put on the table for Washington and whether the US accepts the format," said a professor of North Korean studies at a Seoul university.

Most Read
1 Moon's approval rating climbs to 71%
2 KOSPI closes higher on inter-Korean thaw
3 Abe calls for 'maximum pressure' to continue
4 Tillerson to begin first Africa tour

Comment (12) | Share | Print
Copyright (c) 2018 The Korea Times. All rights reserved."""))

A.append(dict(id="h76-03", source="dawn.com",
url="https://www.dawn.com/news/1464668/saudi-crown-prince-announces-release-of-2107-pakistani-prisoners",
published_at="2019-02-18", body="""KSE-100 41,465.12 ▼ -0.31% | USD/PKR 138.95 | Gold (tola) 70,150 | Brent 66.25 ▲

DAWN | Pakistan

Saudi crown prince orders release of 2,107 Pakistani prisoners on second day of visit

Bilal Qureshi | Updated February 18, 2019

Prime Minister Imran Khan receives Saudi Crown Prince Mohammed bin Salman at Nur Khan Airbase on Sunday. — PID

ISLAMABAD: Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and Minister of Defence of the Kingdom of Saudi Arabia, on Monday ordered the immediate release of 2,107 Pakistani prisoners held in Saudi jails as his first visit to the country since becoming heir to the throne entered its second day.

The order followed a request from Prime Minister Imran Khan, who raised the plight of around 3,000 Pakistanis in Saudi prisons during talks at PM House. "Consider me Pakistan's ambassador in Saudi Arabia," the crown prince told a dinner on Sunday night, drawing applause.

The royal guest landed at Nur Khan Airbase on Sunday evening, where he was received by the prime minister and the Chief of Army Staff, Gen Qamar Javed Bajwa, and given a 21-gun salute. Mr Khan then drove him to PM House himself. PAF JF-17 Thunder jets escorted the royal jet after it entered Pakistani airspace.

The two sides later signed seven memorandums of understanding worth about $20 billion, including an $8bn refinery and petrochemical complex at Gwadar, and accords on power generation, renewable energy, minerals and sports. Saudi officials called it "phase one".

On Monday, President Arif Alvi conferred the Nishan-i-Pakistan, the country's highest civil award, on the visiting prince at Aiwan-i-Sadr. The army chief called on him separately.

The visit had been shortened from three days to two and its start pushed back by a day. Diplomatic sources said the schedule was revised after last week's suicide bombing in Pulwama, in Indian-held Kashmir, which New Delhi blames on a Pakistan-based group. Islamabad denies any role.

The crown prince is due in New Delhi on Tuesday night for a two-day visit, during which he will hold talks with Prime Minister Narendra Modi. Indian media reported that he would first return to Riyadh rather than fly directly from Islamabad. From India he proceeds to Beijing on Thursday. Planned legs in Malaysia and Indonesia were called off last week.

Foreign Minister Shah Mahmood Qureshi, speaking at a joint press conference with Adel al-Jubeir, the Saudi Minister of State for Foreign Affairs, said Pakistan hoped the kingdom would help "de-escalate" tension with India. Mr al-Jubeir said Riyadh wanted the two neighbours to settle differences through dialogue.

Tehran, meanwhile, repeated its demand that Islamabad act against militants after a bombing in Sistan-Baluchestan last week that killed 27 members of the Revolutionary Guards.

Published in Dawn, February 18th, 2019

MORE STORIES
Cabinet meets on Pulwama fallout
New Delhi recalls high commissioner for consultations
Qatar emir's visit to Pakistan likely in coming months

Comments (143) | Closed"""))

A.append(dict(id="h76-04", source="latimes.com",
url="https://www.latimes.com/politics/story/2023-10-25/newsom-meets-xi-jinping-beijing",
published_at="2023-10-25", body="""Advertisement

Subscribe for unlimited access | Sign In

WORLD & NATION

Newsom meets Xi Jinping in Beijing, a rare audience for an American governor

Gov. Gavin Newsom, left, shakes hands with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday. (Office of the Governor of California)

By Dana Whitcombe
Staff Writer
Oct. 25, 2023 Updated 9:14 AM PT

BEIJING — Gov. Gavin Newsom met Chinese President Xi Jinping in Beijing on Wednesday, becoming one of the few Americans to sit down with China's leader this year, as he pressed a climate agenda and argued that the world's two largest economies could not afford to stop talking.

The meeting at the Great Hall of the People, which did not appear on the governor's public schedule until hours before it began, ran well past its allotted time, Newsom's office said. Afterward the governor told reporters that they had discussed climate change, the flow of fentanyl precursors, the war between Israel and Hamas and the case of several Americans detained in China.

"De-risking, not decoupling," Newsom said, borrowing a phrase used by the Biden administration. "I think it's in the interest of the state of California and the United States to have a stable relationship."

Chinese state media quoted Xi as telling the visitor that the hope for the relationship lay with the people and at the sub-national level, and that he had met California governors before.

Newsom is the first US governor to visit China in four years. During a weeklong trip that began in Hong Kong and took him to Shanghai and Jiangsu province, he signed climate memoranda with provincial governments and with the National Development and Reform Commission. Earlier in the week he met Vice President Han Zheng and Wang Yi, the foreign minister. The trip ends this weekend in Guangdong.

The governor's visit comes as the two governments try to put a floor under ties. Wang is due in Washington on Thursday for three days of talks with Secretary of State Antony Blinken and national security advisor Jake Sullivan, the State Department said Tuesday, a trip widely seen as preparation for a possible meeting between Xi and President Biden on the sidelines of next month's Asia-Pacific Economic Cooperation summit in San Francisco.

Republicans criticized the trip. A spokesperson for the House select committee on China said the governor should have spoken more forcefully about human rights, and several GOP lawmakers noted Newsom's frequently mentioned national ambitions.

At home, Newsom's office said the governor had raised the case of a California resident barred from leaving China and had asked Chinese officials to lift exit bans on Americans. It did not say whether any commitment had been made.

Chinese officials were notably warm. Han, a former party chief of Shanghai, told the governor California was "the state we have the closest cooperation with," according to a readout.

More From the Los Angeles Times
Australian prime minister confirms November trip to Beijing
How California's cap-and-trade program is shaping China's market
Column: What Newsom gets from a week in China

Copyright © 2023, Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection | Do Not Sell or Share My Personal Information"""))

A.append(dict(id="h76-05", source="english.radio.cz",
url="https://english.radio.cz/vystrcil-tells-taiwans-parliament-i-am-taiwanese-8690321",
published_at="2020-09-01", body="""Radio Prague International
EN | CZ | DE | FR | ES | RU

Vystrčil tells Taiwan's parliament "I am a Taiwanese" as Beijing threatens "heavy price"

Ruth Holečková | 01-09-2020 14:22

Miloš Vystrčil at the Legislative Yuan in Taipei. Photo: ČTK/Roman Vondráček

The President of the Czech Senate, Miloš Vystrčil, addressed Taiwan's Legislative Yuan on Tuesday, ending his speech with the words "I am a Taiwanese", a nod to John F. Kennedy's 1963 speech in West Berlin. He spoke a day after China's foreign minister, Wang Yi, said in Berlin that the Czech politician would "pay a heavy price" for the trip.

Mr Vystrčil, the second-highest constitutional official in the Czech Republic, arrived in Taipei on Sunday at the head of a delegation of almost 90 people, including senators, business people, scientists and journalists. Among them is the Mayor of Prague, Zdeněk Hřib. It is the highest-level visit by a Czech official since the country's diplomatic ties with Taipei ended and it goes ahead despite objections from President Miloš Zeman and Prime Minister Andrej Babiš.

He was received at the parliament by its President, You Si-kun, and on Monday held talks with Foreign Minister Joseph Wu. Several Czech companies signed cooperation memorandums with Taiwanese partners. The Senate president is due to be received by President Tsai Ing-wen on Thursday, the last full day of the trip.

State Councillor and Minister of Foreign Affairs Wang Yi said the Chinese government and people would "not sit idly by" and would make Mr Vystrčil pay for his "short-sighted behaviour and political opportunism".

At a joint news conference in Berlin on Tuesday, German Foreign Minister Heiko Maas, standing next to his Chinese guest, said Europeans treat their international partners with respect and expect the same in return. "Threats do not fit in here," he said. Germany was the final stop of a five-country European tour that also took Mr Wang to Italy, the Netherlands, Norway and France.

In Prague, Foreign Minister Tomáš Petříček said he would summon the Chinese ambassador, Zhang Jianmin, over the comments, which he said had crossed the line. Prime Minister Babiš called them "inappropriate" while repeating that the trip was not in the interest of the government.

The visit was originally planned by Mr Vystrčil's predecessor, Jaroslav Kubera, who died suddenly in January. His family has said he was under pressure from the Chinese embassy and the Presidential Office not to go. Mr Vystrčil has described the journey as fulfilling Kubera's intention.

Beijing has already cancelled orders from a Czech piano maker, Petrof, in what local media described as retaliation for earlier moves by Prague city hall.

Related articles
Prague drops Beijing sister-city deal, signs one with Taipei
Babiš: Senate president's Taiwan trip "not in Czech interests"
Petříček to meet Slovak counterpart Korčok in Bratislava next week

Tags: Taiwan, China, Senate, Miloš Vystrčil, Wang Yi

Support Radio Prague International | Listen live | Podcasts | Newsletter"""))

A.append(dict(id="h76-06", source="bbc.com",
url="https://www.bbc.com/news/uk-44613547",
published_at="2018-06-26", body="""BBC Homepage | Skip to content | Accessibility Help
News | Sport | Weather | iPlayer | Sounds

Duke of Cambridge meets Netanyahu on historic Israel visit

26 June 2018

Image caption: Prince William was greeted by Benjamin Netanyahu and his wife Sara at the prime minister's residence in Jerusalem. Image copyright: Reuters

Prince William has held talks with Israeli Prime Minister Benjamin Netanyahu on the second day of the first official visit to Israel by a member of the British Royal Family.

The Duke of Cambridge was greeted by Mr Netanyahu at his residence in Jerusalem, where the prime minister told him the visit was "historic" and offered to show him Israel's technology and water projects. The prince also met President Reuven Rivlin, telling him he hoped "peace is possible" in the region.

Earlier, the duke laid a wreath at the Hall of Remembrance at Yad Vashem, the Holocaust memorial, and met two survivors who had come to Britain as children on the Kindertransport.

Kensington Palace has said the tour is being undertaken at the request of the Foreign Office and is non-political. For decades, successive British governments advised against an official royal visit while the Israeli-Palestinian conflict remained unresolved.

He flew in on Monday from Jordan, where he had spent two days as the guest of Crown Prince Hussein bin Abdullah. The two men visited the baptism site on the River Jordan and watched England's World Cup win over Panama together in Amman on Sunday, and the duke met young Syrian refugees and Jordanian volunteers.

On Wednesday he is due to travel to Ramallah in the occupied West Bank, where he will meet the Palestinian President, Mahmoud Abbas, and visit a refugee camp. The final day will be spent in Jerusalem's Old City, including the Mount of Olives, where his great-grandmother, Princess Alice of Battenberg, is buried.

The itinerary has already caused a row. Israel's Jerusalem affairs minister, Zeev Elkin, criticised the palace for describing the Old City as being in the "Occupied Palestinian Territories", calling it "a distortion of reality".

A palace spokesman said the wording followed long-standing government guidance and was not a political statement.

Palestinian officials welcomed the inclusion of Ramallah in the trip. "We hope the prince sees for himself the reality of the occupation," said a senior aide to Mr Abbas.

Royal correspondent Jonny Dymond said the visit was "a delicate balancing act", with every handshake and location scrutinised for political meaning.

Related Topics
Prince William, Duke of Cambridge | Israel | Jordan | Palestinian territories | Royal visits

More on this story
Prince William arrives in Jordan at start of Middle East tour
Bolton to travel to Moscow to prepare Trump-Putin summit
Saudi Arabian women take the wheel as driving ban ends

Share this with Facebook | Twitter | Email

Why you can trust BBC News
Copyright © 2018 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h76-07", source="cnn.com",
url="https://edition.cnn.com/2024/08/29/china/china-xi-jinping-jake-sullivan-intl-hnk",
published_at="2024-08-29", body="""CNN | World | China

Xi tells Sullivan China's commitment to stable ties is unchanged as White House adviser wraps up rare Beijing trip

By Laura Cheung and Matt Reyes, CNN
Updated 6:48 AM EDT, Thu August 29, 2024

Chinese leader Xi Jinping meets US National Security Adviser Jake Sullivan at the Great Hall of the People in Beijing on August 29, 2024. Pool/Getty Images

Hong Kong — Chinese leader Xi Jinping told US National Security Adviser Jake Sullivan on Thursday that Beijing's commitment to a stable relationship with Washington "remains unchanged", as the top White House aide wrapped up a three-day visit to China aimed at keeping ties steady ahead of the US election.

Xi received Sullivan at the Great Hall of the People in Beijing, telling him that "in this changing and turbulent world, what countries need is solidarity and coordination". Sullivan said President Joe Biden looked forward to engaging with Xi "in the coming period".

Earlier on Thursday, Sullivan sat down with General Zhang Youxia, vice chairman of the Central Military Commission, in a rare meeting between a senior US official and one of China's top military officers. Zhang told him Taiwan was "the first red line" in relations and demanded that Washington stop arming the island, according to China's defense ministry.

Sullivan, who arrived on Tuesday, spent his first two days at the Yanqi Lake resort north of Beijing with Wang Yi, the foreign minister and director of the Office of the Central Foreign Affairs Commission, in more than 14 hours of talks that both sides called candid and constructive.

The two sides agreed to arrange a video call between theater-level commanders in the near future, and the White House said Xi and Biden would speak by phone in the coming weeks.

It is the first trip to China by a US national security adviser since Susan Rice in 2016. Xi and Biden last met face to face in Woodside, California, last November, and Sullivan and Wang have held several rounds of talks in third countries since 2023, in Vienna, Malta and Bangkok.

Beijing used the meetings to press its complaints about US export controls on advanced chips and to warn Washington over its support for the Philippines in the South China Sea, where ships from the two countries have collided several times this month.

Sullivan told reporters at the US ambassador's residence that he had raised China's support for Russia's defense industrial base, fentanyl and the detention of American citizens.

Analysts said the talks were partly about managing the transition. "Beijing wants to lock in guardrails before January, whoever wins," said a China analyst in Washington. Biden is not running for re-election after stepping aside in July.

CNN's Beijing bureau contributed to this report.

Related
Philippines accuses China of ramming coast guard ship near Sabina Shoal
Pope Francis to begin longest trip of his papacy in Jakarta next week
Harris says she would keep some tariffs on Chinese goods

Sign up for CNN's Meanwhile in China newsletter
Ad Feedback | Share | 1,204 comments"""))

A.append(dict(id="h76-08", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2022/09/09/chinas-top-legislator-li-zhanshu-meets-duma-speaker-in-moscow-a78765",
published_at="2022-09-09", body="""The Moscow Times
Independent news from Russia

Support The Moscow Times! Contribute today. Your support helps us keep reporting.

News

China's Top Legislator Visits Moscow After Meeting Putin in Vladivostok

Sept. 9, 2022
By The Moscow Times

Li Zhanshu and Vyacheslav Volodin at the State Duma. duma.gov.ru

China's top legislator held talks in Moscow on Friday with the speaker of Russia's lower house of parliament, in the highest-level visit to Russia by a Chinese official since the Kremlin sent troops into Ukraine in February.

Li Zhanshu, Chairman of the Standing Committee of the National People's Congress and the third-ranking member of the Communist Party's Politburo Standing Committee, was received at the State Duma by its chairman, Vyacheslav Volodin. He is also scheduled to see Valentina Matviyenko, who heads the upper house, the Federation Council, before flying home.

According to a statement on the Duma's website, Li told Volodin that China "understands and supports Russia" on issues of its core interests, including the situation in Ukraine. "We see that the United States and its NATO allies are expanding their presence near Russia's borders," the statement quoted him as saying. Chinese state media did not carry those remarks.

The Chinese visitor arrived in Russia on Wednesday and spent two days in Vladivostok, where he joined President Vladimir Putin at the plenary of the Eastern Economic Forum. The two men held talks on the sidelines of the forum on Wednesday evening, and Putin said relations had reached "an unprecedentedly high level".

Putin's guests in Vladivostok also included Myanmar's military leader, Senior General Min Aung Hlaing, with whom he held separate talks, Armenian Prime Minister Nikol Pashinyan and Mongolian Prime Minister Luvsannamsrai Oyun-Erdene.

The Kremlin said Putin and Chinese President Xi Jinping would meet next week on the sidelines of the Shanghai Cooperation Organization summit in Samarkand, Uzbekistan. It will be their first in-person meeting since February, when the two leaders declared a "no limits" partnership in Beijing days before the invasion.

Moscow has increasingly looked to Beijing as Western sanctions cut it off from European markets. Trade between the two countries rose by almost a third in the first eight months of the year, driven by Russian oil and gas, Chinese customs data show.

Analysts cautioned against reading too much into Li's remarks. "Beijing calibrates carefully who says what, and the legislature is a convenient channel," said a researcher at a Moscow think tank. "The official line, published in Chinese, remains far more guarded."

Russia's top diplomat Sergei Lavrov is expected to attend the UN General Assembly in New York later this month.

Read more
Gas exports to China via Power of Siberia hit record
Moscow says it will not resume Nord Stream flows until sanctions are lifted
Ukraine claims gains in Kharkiv region counteroffensive

Sign up for our free weekly newsletter. Our weekly email brings you a selection of the stories of the week.

Share this article: Telegram | Twitter | Facebook | Email"""))

A.append(dict(id="h76-09", source="aljazeera.com",
url="https://www.aljazeera.com/news/2024/10/12/irans-parliament-speaker-ghalibaf-visits-beirut",
published_at="2024-10-12", body="""Live: Israel's war on Lebanon | Gaza updates

Israel attacks Lebanon

Iran's parliament speaker visits Beirut, says Tehran stands with Lebanon

Mohammad Bagher Ghalibaf flew himself to the Lebanese capital, where he met Speaker Nabih Berri and caretaker PM Najib Mikati.

By Nour Haddad
Published On 12 Oct 2024 | 12 Oct 2024

Mohammad Bagher Ghalibaf, centre, visits the site of an Israeli air raid in central Beirut on October 12, 2024 [Handout/Iranian Parliament via WANA]

Iran's parliament speaker has visited Beirut in a show of support for Lebanon, where Israeli air raids and a ground invasion have killed more than 2,000 people since last year.

Mohammad Bagher Ghalibaf, Speaker of the Islamic Consultative Assembly, arrived in the Lebanese capital on Saturday in a plane that he said he had piloted himself, and held talks with Nabih Berri, the Speaker of Lebanon's Parliament, and with caretaker Prime Minister Najib Mikati.

"We have come to tell the Lebanese people that we are standing with them," Ghalibaf told reporters after touring the site in central Beirut's Nuwairi neighbourhood where an Israeli strike killed at least 22 people on Thursday.

Berri, a close ally of Hezbollah who has been leading Lebanon's contacts with foreign envoys on a possible ceasefire, said Lebanon was committed to UN Security Council Resolution 1701 and wanted an immediate halt to the fighting.

The Iranian visitor said he was heading to Geneva to attend the assembly of the Inter-Parliamentary Union, where he planned to raise Israel's attacks on Lebanon and Gaza.

His trip came a week after Iran's Foreign Minister Abbas Araghchi visited Beirut and Damascus in the first trips by a senior Iranian official since the killing of Hezbollah leader Hassan Nasrallah in an Israeli strike on September 27.

Tehran has been bracing for Israeli retaliation over its October 1 missile attack on Israel. Israeli officials have said the response will be "deadly, precise and surprising".

On the ground, the Israeli military said it had struck more than 200 targets in southern Lebanon and the Bekaa Valley in the past 24 hours. The United Nations peacekeeping force, UNIFIL, said two more of its soldiers had been wounded when an explosion hit its headquarters in Naqoura on Friday.

Lebanon's Ministry of Public Health said 2,255 people had been killed since the start of hostilities in October last year, most of them in the past three weeks. Roughly 1.2 million people have been displaced.

Mikati's office said the two men discussed "efforts to stop the Israeli aggression" and humanitarian aid. The caretaker premier has repeatedly said Lebanon would not be dragged into wider regional confrontation.

Source: Al Jazeera and news agencies

Most read
Araghchi meets MBS in Riyadh as Iran seeks Gulf reassurance
Analysis: Could Israel strike Iran's oil facilities?
Dozens killed in Israeli strike on school sheltering displaced in Gaza

Tags: Israel attacks Lebanon, Iran, Lebanon, Middle East

Subscribe to our newsletter | Follow Al Jazeera English"""))

A.append(dict(id="h76-10", source="newsinfo.inquirer.net",
url="https://newsinfo.inquirer.net/1697812/harris-palawan-visit",
published_at="2022-11-22", body="""Philippine Daily Inquirer
NEWSINFO | GLOBAL NATION

PSEi 6,509.79 ▲ +0.91% | USD/PHP 57.18 ▼ -0.05 | DUBAI CRUDE 85.10

Harris in Palawan: US stands with PH against 'intimidation and coercion'

By Marlon Cabrera, Kristine Dela Paz - Reporters / @INQNational
Philippine Daily Inquirer / 04:12 PM November 22, 2022

US Vice President Kamala Harris speaks aboard the Philippine Coast Guard vessel BRP Teresa Magbanua in Puerto Princesa City, Palawan, on Tuesday. INQUIRER PHOTO / NIÑO JESUS ORBETA

PUERTO PRINCESA CITY — United States Vice President Kamala Harris on Tuesday became the highest-ranking American official to visit Palawan, the province facing the disputed waters of the West Philippine Sea, telling Filipino coast guard personnel and fishermen that Washington would stand by its ally.

"As an ally, the United States stands with the Philippines in the face of intimidation and coercion in the South China Sea," Harris said aboard the BRP Teresa Magbanua, one of the coast guard's largest ships, adding that the 2016 arbitral ruling must be respected.

She was welcomed at the airport by Palawan Gov. Victorino Dennis Socrates and met fisherfolk and community leaders in a barangay hall, where she announced additional US funding for maritime law enforcement and for the livelihoods of coastal communities.

On Monday in Manila, the Vice President held talks with President Ferdinand Marcos Jr. at Malacañang, reaffirming that an armed attack on Philippine forces, public vessels or aircraft in the South China Sea would invoke US mutual defense commitments. Mr. Marcos told her that he could not see a future for the Philippines "that does not have the United States" in it. She also paid a courtesy call on Vice President Sara Duterte.

Harris arrived on Sunday night from Bangkok, where she had represented the United States at the Asia-Pacific Economic Cooperation summit and held talks with Thai Prime Minister Prayut Chan-o-cha. On the margins of the gathering she also had a brief exchange with Chinese President Xi Jinping, the White House said.

Beijing did not comment directly on the Palawan leg, but Chinese Foreign Ministry spokesperson Mao Ning said on Tuesday that cooperation between countries "should not harm the interests of third parties".

The two allies are expected to announce new sites under the Enhanced Defense Cooperation Agreement, which gives US forces rotational access to Philippine bases, officials in Manila said.

Harris was due to fly back to Washington later on Tuesday.

Read Next
Marcos heads to Brussels for ASEAN-EU summit next month
DFA protests Chinese coast guard's seizure of rocket debris near Pag-asa
Editorial: Palawan and the politics of presence

For feedback, complaints, or inquiries, contact us.
Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.

Tags: Kamala Harris, Palawan, West Philippine Sea, US-PH relations

Read more: 58 comments"""))

A.append(dict(id="h76-11", source="theguardian.com",
url="https://www.theguardian.com/world/2025/mar/12/ukraine-us-jeddah-talks-ceasefire-proposal",
published_at="2025-03-12", body="""The Guardian
News | Opinion | Sport | Culture | Lifestyle

Ukraine
This article is more than 8 months old

Ukraine backs US plan for 30-day ceasefire after talks in Jeddah; Washington resumes military aid

US restores intelligence sharing after nine hours of talks in Saudi Arabia; pressure now on Moscow to respond

Patrick Wintour-Hale in Jeddah and Olena Kovalenko in Kyiv
Wed 12 Mar 2025 06.10 GMT

The Ukrainian and US delegations meet in Jeddah, Saudi Arabia, on Tuesday. Photograph: Saudi Press Agency/Reuters

Ukraine has said it is ready to accept a US proposal for an immediate 30-day ceasefire with Russia, after talks in Saudi Arabia that ended a two-week rupture with Washington and led the Trump administration to lift its pause on intelligence sharing and military aid to Kyiv.

The two delegations met for about nine hours in a hotel in Jeddah on Tuesday. The Ukrainian side was led by Andriy Yermak, the head of the presidential office, with the foreign minister, Andrii Sybiha, and the defence minister, Rustem Umerov. The US secretary of state, Marco Rubio, and the national security adviser, Mike Waltz, headed the American team.

In a joint statement, Kyiv said it was ready to accept an interim ceasefire that could be extended by mutual agreement, "subject to acceptance and concurrent implementation by the Russian Federation". Both sides agreed to name negotiating teams and to conclude "as soon as possible" a deal on Ukraine's critical minerals.

"The ball is now in their court," Rubio told reporters at the airport. "If they say no, then we'll unfortunately know what the impediment is to peace."

Volodymyr Zelenskyy flew into Jeddah on Monday and was received by Crown Prince Mohammed bin Salman, but did not take part in the talks and left the kingdom before they began. Rubio had also been received by the crown prince on Monday evening.

Steve Witkoff, Donald Trump's special envoy, is expected in Moscow later this week to present the proposal to the Kremlin, according to people familiar with the plans. Trump told reporters at the White House that he hoped to speak with Vladimir Putin in the coming days.

The Kremlin was noncommittal. Dmitry Peskov, Putin's spokesperson, said Moscow would study the details before responding and warned against "getting ahead of ourselves".

The meeting came less than two weeks after a disastrous Oval Office encounter on 28 February, when Trump and the vice-president, JD Vance, berated Zelenskyy in front of cameras and the Ukrainian president left the White House without signing the minerals deal.

European leaders welcomed the outcome. The UK prime minister, Keir Starmer, said it was "a significant moment" and that the onus was on Russia. France, Britain and others are drawing up plans for a possible reassurance force to police any eventual settlement.

On the battlefield, Russian forces pressed their push to expel Ukrainian troops from Russia's Kursk region, and Moscow said it had shot down 337 drones overnight, including dozens over the Moscow region.

Most viewed
Starmer to host 'coalition of the willing' video call on Saturday
Canada's new prime minister sworn in
What is in the US-Ukraine minerals deal?

Support the Guardian: Fund independent journalism with $60 per year. Support us

Topics: Ukraine, Russia, US foreign policy, Saudi Arabia, Europe

Reuse this content | Share on Facebook | Share on X | 1,587 comments"""))

A.append(dict(id="h76-12", source="timesofisrael.com",
url="https://www.timesofisrael.com/israel-morocco-sign-joint-declaration-in-rabat-as-delegation-lands-on-first-direct-flight/",
published_at="2020-12-22", body="""THE TIMES OF ISRAEL
Join our community | Log in | Sign up | Newsletters

ISRAEL & THE REGION

Israel, Morocco sign joint declaration in Rabat as US-Israeli delegation lands on first direct flight

Kushner and National Security Adviser Ben-Shabbat meet King Mohammed VI; sides agree to reopen liaison offices within two weeks, launch direct flights

By Yael Amsalem-Berger
22 December 2020, 8:31 pm | 14 comments

Meir Ben-Shabbat, Israel's national security adviser, and White House senior adviser Jared Kushner disembark in Rabat, Morocco, from El Al flight LY555 on December 22, 2020. (Courtesy/El Al)

RABAT, Morocco — Israel and Morocco signed a joint declaration and four bilateral memorandums of understanding in the Moroccan capital on Tuesday, formalizing the normalization of ties brokered by the Trump administration earlier this month.

The declaration was signed at the royal palace by Meir Ben-Shabbat, Head of the National Security Council and National Security Adviser to the Prime Minister, White House senior adviser Jared Kushner and Moroccan Prime Minister Saad-Eddine El Othmani, in the presence of King Mohammed VI, who received the two delegations.

The memorandums cover direct flights, visa exemptions for diplomatic and service passport holders, water resources management, and finance and investment. Officials said liaison offices in Rabat and Tel Aviv, closed in 2000, would reopen within two weeks as a step toward full diplomatic relations.

The delegation flew from Ben Gurion Airport on an El Al plane bearing the word "peace" in Hebrew, Arabic and English, in the first direct commercial flight between the two countries. Ben-Shabbat addressed reporters in Moroccan Arabic, the language of his parents, saying: "This is a historic moment."

Also aboard were Avi Berkowitz, the White House's Middle East envoy, and Adam Boehler, head of the US International Development Finance Corporation, which announced $3 billion in investments in Morocco.

Prime Minister Benjamin Netanyahu has said he hopes to visit Morocco soon, though no date has been set, and Moroccan officials have not confirmed an invitation.

Washington's recognition of Moroccan sovereignty over Western Sahara, announced as part of the deal, angered the Algeria-backed Polisario Front, which said it would continue its struggle. The US has said it will open a consulate in Dakhla.

Ben-Shabbat, who also led Israel's delegation to Abu Dhabi on the first flight to the UAE in August, said more countries would join the normalization process.

The delegation is expected to return to Israel on Wednesday.

Read more:
Bhutan and Israel establish diplomatic relations
Sudan says normalization deal with Israel will be signed 'soon'
Netanyahu's office fends off questions on Saudi ties

You're a dedicated reader. We appreciate that! That's why we started The Times of Israel ten years ago. Join Times of Israel Community.

Comments (14)"""))
