# Long pages (2,500-4,500 characters), h25-01 .. h25-12
A = []

A.append(dict(id="h25-01", source="dawn.com",
url="https://www.dawn.com/news/1177322/xi-arrives-in-islamabad-51-accords-signed-as-corridor-takes-shape",
published_at="2015-04-20", body="""KSE-100 33,012.45 ▲ 187.30 | USD/PKR 101.85 | Gold (10g) Rs41,250 | Karachi 31°C

Home | Latest | Pakistan | World | Business | Sport | Opinion | Prism | E-Paper

Xi arrives in Islamabad; 51 accords signed as economic corridor takes shape

Dawn Report
Published April 20, 2015 Updated about 6 hours ago

ISLAMABAD: Chinese President Xi Jinping landed at Nur Khan airbase on Monday on his first trip to Pakistan, and within hours the two governments had put their signatures to 51 agreements and memorandums of understanding, most of them tied to the China-Pakistan Economic Corridor (CPEC).

Eight JF-17 Thunder jets of the Pakistan Air Force escorted the Chinese aircraft as it entered Pakistani airspace. President Mamnoon Hussain and Prime Minister Nawaz Sharif received the guest on the tarmac, where children in national dress waved the flags of both countries and a 21-gun salute was fired.

It is the first visit to Pakistan by a Chinese head of state since Hu Jintao came in 2006.

After a welcome ceremony at the Prime Minister House, the two delegations held formal talks led by Mr Sharif and Mr Xi. The leaders then watched ministers and officials exchange documents covering energy, roads, rail, the Gwadar port, fibre-optic links and a currency swap, in a ceremony that ran for nearly forty minutes.

Officials put the combined value of the projects at around $46 billion. The bulk, some $34bn, is earmarked for power plants meant to bridge a shortfall that leaves much of the country without electricity for hours each day.

"This is a game changer for the entire region," Mr Sharif said at a joint appearance with his guest. Mr Xi said the friendship between the two countries was "higher than the mountains and deeper than the oceans" and called on both sides to make the corridor a flagship of Beijing's Silk Road plans.

The trip had originally been pencilled in for September last year but was put off when anti-government sit-ins by the PTI and the PAT paralysed the capital's Red Zone. Government ministers on Monday were keen to stress that the delay had not dampened Beijing's commitment.

On Tuesday, Mr Xi is to address a joint sitting of parliament and will be conferred the Nishan-i-Pakistan, the country's highest civil award, by President Mamnoon. He is also due to meet the chiefs of the three services and leaders of the main political parties.

From Islamabad, the Chinese president will fly to Jakarta on Wednesday for the Asian-African Conference marking the 60th anniversary of the Bandung meeting, where he is scheduled to hold talks with Indonesian President Joko Widodo. Chinese diplomats in Beijing did not rule out a brief encounter with Japanese Prime Minister Shinzo Abe on the margins of the gathering, though nothing has been confirmed.

Security in the capital was tight, with mobile phone services suspended in parts of Islamabad and Rawalpindi and several roads closed to traffic. Schools in the federal capital were given a holiday.

Analysts noted that Gwadar, the deep-sea port handed to a Chinese state company in 2013, would be the southern end of the corridor that is expected to link it to Kashgar in Xinjiang.

MORE STORIES
Modi to visit China next month as border talks resume
Senate body seeks details of corridor route
PSX gains 187 points on CPEC optimism

Comments (84)
Comments are moderated and generally will be approved if they are on-topic and not abusive.

Follow Dawn on Facebook and Twitter | Download the Dawn app

Copyright © 2015, Dawn"""))

A.append(dict(id="h25-02", source="timesofisrael.com",
url="https://www.timesofisrael.com/modi-lands-in-israel-netanyahu-greets-him-at-airport/",
published_at="2017-07-04", body="""Sign up for our Daily Edition newsletter and never miss our top headlines | Sign Up

Live updates | Israel & the Region | Jewish Times | Israel Inside | Blogs

'A historic visit': Netanyahu breaks protocol to greet Modi on the tarmac

Indian premier begins three-day trip, the first ever by a sitting Indian prime minister; will not travel to Ramallah

By TOI staff and agencies
4 July 2017, 5:47 pm | 31

Prime Minister Benjamin Netanyahu welcomed his Indian counterpart Narendra Modi at Ben Gurion Airport on Tuesday afternoon, greeting him in Hindi and hugging him at the foot of the steps, as Modi began the first visit to Israel by a serving Indian head of government.

"Aapka swagat hai, mere dost," Netanyahu said, welcoming "my friend". Several cabinet ministers lined up on the red carpet, an honor normally reserved for US presidents and the pope.

"We have waited for you for 70 years," Netanyahu said in brief remarks on the tarmac. Modi, speaking in Hindi, said he was "the first Indian prime minister to undertake this groundbreaking visit" and described Israel as a land of innovation.

From the airport, the two leaders drove to the Danziger flower farm in Mishmar Hashiva, where Modi was shown drip irrigation technology. In the evening, he was to visit Yad Vashem and lay a wreath at the grave of Theodor Herzl before a private dinner at the prime minister's residence.

On Wednesday, the two leaders are to hold formal talks in Jerusalem, after which officials are expected to sign a series of agreements on water, agriculture and space research. Modi will also meet President Reuven Rivlin and is set to see Moshe Holtzberg, the boy who survived the 2008 terror attack on the Chabad House in Mumbai, now 11 and living in Israel.

Unlike previous senior Indian visitors, Modi will not stop in Ramallah. Palestinian Authority President Mahmoud Abbas was hosted in New Delhi in May, and Indian officials have said New Delhi's position on a two-state solution is unchanged.

Defense ties have long been the core of the relationship. India is one of the largest buyers of Israeli arms, and state-owned Israel Aerospace Industries announced a $630 million deal to supply missile defense systems to the Indian navy earlier this year.

The visit comes a week after Modi's first meeting with US President Donald Trump at the White House. From Israel, Modi flies on Thursday to Hamburg for the G20 summit.

Netanyahu, who has called the relationship "a marriage made in heaven", has said he hopes to visit India before the end of the year.

Read more:
Israeli firms eye Indian water market as leaders talk tech
Rivlin: Ties with New Delhi 'stronger than ever'
Netanyahu to address UN General Assembly in September

Join our Israel Daily Edition and get the headlines straight to your inbox
Free Sign Up

Comments are moderated. Please read our comment policy.

Photo credit: Prime Minister Benjamin Netanyahu and Indian Prime Minister Narendra Modi at Ben Gurion Airport, July 4, 2017. (Haim Zach/GPO)"""))

A.append(dict(id="h25-03", source="edition.cnn.com",
url="https://edition.cnn.com/2022/07/15/politics/biden-saudi-arabia-jeddah-mohammed-bin-salman/index.html",
published_at="2022-07-15", body="""CNN values your feedback | Live TV | Audio | Sign in

Politics | SCOTUS | Congress | Facts First | 2022 Elections

Biden fist-bumps Saudi crown prince as he arrives in Jeddah

By CNN Politics staff
Updated 4:22 PM EDT, Fri July 15, 2022

Jeddah, Saudi Arabia (CNN) President Joe Biden greeted Saudi Crown Prince Mohammed bin Salman with a fist bump at the Al Salam royal palace on Friday, a moment captured by the kingdom's cameras that quickly became the defining image of a trip the White House spent weeks defending.

Air Force One flew directly from Tel Aviv to Jeddah, the first time a US president has taken that route, after Saudi aviation authorities announced hours earlier that they would open the kingdom's airspace to all civilian carriers, including flights to and from Israel.

Biden was received at the airport by the governor of Mecca province, Prince Khalid al-Faisal, and by Princess Reema bint Bandar, the Saudi ambassador in Washington. At the palace, he first met King Salman before sitting down for a working session with the crown prince and a roomful of Saudi ministers.

Biden told reporters afterward that he had raised the 2018 murder of Washington Post columnist Jamal Khashoggi "at the top of the meeting" and that he had made clear he held the crown prince responsible. Saudi officials disputed that account later in the evening.

Earlier Friday, before leaving Israel, Biden drove to Bethlehem in the occupied West Bank for talks with Palestinian President Mahmoud Abbas. He announced $316 million in new assistance for the Palestinians, including $100 million for hospitals in East Jerusalem, and said a two-state solution remained the goal, even if "the ground is not ripe" for new negotiations. Abbas urged the US to reopen its consulate in Jerusalem.

The Bethlehem stop capped two days in Israel, the first leg of the president's four-day swing through the region.

On Saturday Biden will attend a summit of the Gulf Cooperation Council with the leaders of Egypt, Iraq and Jordan. On its margins, he is scheduled to hold separate meetings with Egyptian President Abdel Fattah el-Sisi, United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan and Iraqi Prime Minister Mustafa al-Kadhimi, according to the White House schedule.

Energy is expected to dominate. With gasoline prices in the US still near $5 a gallon, the administration hopes Riyadh and other producers will pump more oil, though officials have cautioned against expecting an announcement during the trip.

The White House had insisted for weeks that the president was traveling for a GCC meeting and not for the crown prince. Biden wrote in an op-ed in the Washington Post last weekend that his aim was to "reorient" relations with a kingdom he had once vowed to make a "pariah."

Human rights groups condemned the visit. "The fist bump was worse than a handshake," said Fred Ryan, the publisher of the Washington Post.

CNN's White House team contributed to this report.

Related
Biden invites UAE's Mohamed bin Zayed to the White House
Analysis: The fist bump seen around the world
Oil prices slip as traders await OPEC+ decision

Paid Content | Terms of Use | Privacy Policy | Cookie Settings | Ad Choices

© 2022 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved."""))

A.append(dict(id="h25-04", source="bbc.com",
url="https://www.bbc.com/news/world-asia-43921385",
published_at="2018-04-27", body="""BBC Homepage | Accessibility links | Skip to content | Sign in

News | Sport | Weather | iPlayer | Sounds

Asia | China | India

North and South Korea pledge end to war at historic summit

27 April 2018

Image caption: Kim Jong-un and Moon Jae-in shook hands across the military demarcation line at Panmunjom

The leaders of North and South Korea have agreed to work to rid the peninsula of nuclear weapons and to bring a formal end to the Korean War this year, after a day of talks at the border that few would have imagined a few months ago.

Kim Jong-un became the first North Korean leader to set foot in the South since the war ended in 1953, stepping over the concrete kerb that marks the border at 09:30 local time (00:30 GMT). In an unscripted moment, he then invited South Korean President Moon Jae-in to step briefly across to the northern side, and the two men held hands as they did so.

The talks took place at the Peace House, on the southern side of the truce village of Panmunjom. In the afternoon, the leaders planted a pine tree dating from 1953 using soil and water from both countries, and then spent around 30 minutes in conversation, without aides, on a footbridge.

At the end of the day they signed the Panmunjom Declaration. In it, the two Koreas commit to "complete denuclearisation" and to pursue talks with the US and possibly China to turn the 1953 armistice into a peace treaty. They agreed to stop "hostile acts", to open a liaison office in the North's Kaesong and to hold reunions of separated families around 15 August.

Mr Moon will visit Pyongyang in the autumn, the declaration says.

"We are at the starting line," Mr Kim said in a joint statement to the press. "I came here determined to send a starting signal at the threshold of a new history."

Critics point out that previous declarations, in 2000 and 2007, came to little and that no timetable for denuclearisation was given.

Mr Moon's office said he would brief US President Donald Trump on the outcome by telephone in the coming days. Mr Trump, who is expected to meet Mr Kim in May or early June, wrote on Twitter: "KOREAN WAR TO END! The U.S., and all of its GREAT people, should be very proud of what is now taking place in Korea!"

The location of that meeting has not been decided. Singapore and Mongolia have both been mentioned.

The summit caps weeks of rapid diplomacy. In March, Mr Kim made a surprise train journey to Beijing for talks with Chinese President Xi Jinping, his first trip abroad since taking power. Earlier this week the White House confirmed that Mike Pompeo, the incoming secretary of state, had met Mr Kim in Pyongyang over the Easter weekend.

Analysis by BBC Seoul correspondent

Today was all about images. The question is whether what comes next will be about substance.

Related Topics: North Korea, South Korea, Korean War

More on this story
Korean summit: The highlights in pictures
What is the Panmunjom declaration?
Trump: Meeting with Kim will be 'in three or four weeks'

Top Stories | Features | Most Read

Copyright © 2018 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h25-05", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230304-macron-tshisekedi-kinshasa-tense-press-conference-m23",
published_at="2023-03-04", body="""Listen live | RFI in 16 languages | Newsletter

Africa | France | International | Podcasts

Macron and Tshisekedi trade barbs in Kinshasa on final leg of Central Africa tour

Issued on: 04/03/2023 - 19:12 | Modified: 04/03/2023 - 21:40

Text by: RFI

French President Emmanuel Macron held talks with his Congolese counterpart Félix Tshisekedi in Kinshasa on Saturday, ending a four-nation swing through Central Africa with a joint press conference that at times turned tense.

The two leaders met at the Palais de la Nation for more than an hour, with the conflict in the east of the Democratic Republic of Congo and Rwanda's alleged backing for the M23 rebels at the top of the agenda.

"Since 1994, and it is not France's fault, you have not been able to restore the military, security or administrative sovereignty of your country," Macron said, drawing murmurs from the room. "We must not look for culprits outside."

Tshisekedi replied that France and Europe should stop looking at Africa with "a paternalistic eye", and called for sanctions against Kigali, which denies supporting the rebels.

Macron said that anyone who failed to respect the ceasefire timetable agreed at the Luanda mini-summit in November "should face sanctions", without naming Rwanda. He announced 34 million euros in humanitarian aid for the eastern provinces of North and South Kivu.

A more cordial stop in Luanda

The Kinshasa visit came a day after a warmer reception in the Angolan capital. In Luanda on Friday, Macron and President João Lourenço looked on as their ministers signed a partnership agreement on agricultural development, which French officials said would mobilise funding from the French development agency AFD for smallholder farmers. Lourenço, who has acted as the African Union's mediator on eastern Congo, told reporters the two men had discussed the M23 crisis at length.

Macron had opened the tour in Gabon, where he co-chaired the One Forest Summit on the protection of the Congo basin forests with President Ali Bongo Ondimba, and also spent Friday evening in Brazzaville with Denis Sassou Nguesso.

Before leaving Paris, Macron had said that the era of "Françafrique" was "long gone" and that France would reduce its military footprint on the continent in the coming months.

His trip was met with protests in Kinshasa earlier in the week, where demonstrators waved Russian flags outside the French embassy and accused Paris of siding with Rwanda.

Macron was due to visit a centre for displaced people and meet civil society groups before flying home on Saturday night.

Read also
One Forest Summit ends with pledges for Congo basin
DR Congo: M23 rebels say they will pull back from key towns
Gabon: Bongo confirms presidential bid

Subscribe to RFI's Africa newsletter

Tags: Emmanuel Macron, Félix Tshisekedi, DR Congo, Angola, M23, France-Africa

Share: Facebook | Twitter | WhatsApp | Email

© 2023 Copyright RFI - All rights reserved. RFI is not responsible for the content of external sites."""))

A.append(dict(id="h25-06", source="buenosairesherald.com",
url="https://buenosairesherald.com/politics/milei-arrives-in-israel-promises-embassy-move-to-jerusalem",
published_at="2024-02-07", body="""Support the Herald | Subscribe to our newsletter

Dólar oficial: $829.50 | Dólar blue: $1,175 | Riesgo país: 1,839 | Merval ▲ 1.8%

POLITICS

Milei arrives in Israel, pledges to move Argentina's embassy to Jerusalem

On his first bilateral trip as president, Milei was greeted by Israel's foreign minister. He will meet Netanyahu and President Herzog on Wednesday before heading to Rome

By Herald staff
February 7, 2024

President Javier Milei landed at Ben Gurion Airport on Tuesday afternoon to begin a three-day official visit to Israel, and used his first remarks on the tarmac to announce that Argentina would move its embassy from Tel Aviv to Jerusalem.

"My plan is to move the embassy to West Jerusalem," Milei told Israeli Foreign Minister Israel Katz, who met him at the foot of the steps of the chartered plane. Katz called the announcement "a historic decision" on X minutes later.

Milei, who has spoken often of his interest in Judaism and has made a point of studying the Torah, went straight from the airport to the Western Wall in Jerusalem, where he was seen weeping as he embraced his rabbi, Shimon Axel Wahnish, whom he has named as his pick for ambassador to Israel.

On Wednesday, the president is scheduled to hold talks with Prime Minister Benjamin Netanyahu and to be received by President Isaac Herzog. He will also visit Kibbutz Nir Oz, one of the communities attacked by Hamas on October 7, where several Argentine-Israeli dual nationals were killed or taken hostage.

The president is traveling with Foreign Minister Diana Mondino and his sister and secretary-general of the presidency, Karina Milei.

The trip is Milei's second abroad since taking office in December, after his speech at the World Economic Forum in Davos last month.

From Israel, Milei flies to Italy. In Rome he is set to meet Prime Minister Giorgia Meloni and President Sergio Mattarella, and on Sunday he will attend the canonization of María Antonia de Paz y Figueroa, known as Mama Antula, Argentina's first female saint, at St Peter's Basilica. A private audience with Pope Francis is expected on Monday, although the Vatican has not formally confirmed the date.

The meeting with the Argentine pontiff will be closely watched after Milei called Francis "the representative of evil on Earth" during the campaign. He has since apologized and invited the Pope to visit Argentina.

Opposition lawmakers criticized the embassy announcement. Former foreign minister Santiago Cafiero said it put "the country's neutrality at risk". The Palestinian embassy in Buenos Aires said it was "deeply concerned".

The announcement puts Argentina alongside the United States, Guatemala, Honduras, Kosovo and Papua New Guinea as the only countries with embassies in Jerusalem.

READ MORE
Milei meets IMF's Gopinath at Casa Rosada
Omnibus bill back to committee after setback in Congress
Inflation: January figure expected near 20%

Tags: Javier Milei, Israel, Benjamin Netanyahu, Diana Mondino, foreign policy

Photo: Javier Milei at the Western Wall in Jerusalem. Credit: Presidencia

© 2024 Buenos Aires Herald"""))

A.append(dict(id="h25-07", source="news.sky.com",
url="https://news.sky.com/story/sunak-and-macron-agree-small-boats-deal-at-paris-summit-12830214",
published_at="2023-03-10", body="""Sky News | Watch Live | UK | World | Politics | US | Climate | Business

Sunak and Macron agree £480m small boats deal at first UK-France summit in five years

The prime minister hails a "new chapter" in relations with Paris as the two leaders end years of frosty exchanges over fishing, Brexit and the Channel crossings.

By Sky News political team
Friday 10 March 2023 17:45, UK

Rishi Sunak has agreed to pay France more than £480m over the next three years to help stop migrant boats crossing the Channel, after a summit in Paris that both sides billed as a reset in relations.

The prime minister was greeted by President Emmanuel Macron on the steps of the Élysée Palace on Friday morning for the first UK-France summit since 2018. The two men held one-to-one talks before being joined by ministers including Home Secretary Suella Braverman, Foreign Secretary James Cleverly and Defence Secretary Ben Wallace.

Under the deal, Britain will fund a new detention centre in northern France and 500 additional French officers to patrol beaches, as well as a command centre bringing together officials from both countries.

"This is a new chapter," Mr Sunak said at a joint news conference in the Élysée courtyard. "We have made more progress today than ever before."

Mr Macron, who called the gathering "a moment of reunion", said the countries' relations had "turned a page", but declined to commit to a deal to take back migrants who reach the UK, saying that was a matter for the European Union.

The leaders also agreed to deepen cooperation on defence, including work towards a joint expeditionary force and a plan to co-ordinate the deployment of aircraft carriers.

The summit comes ahead of King Charles's first state visit as monarch, which will take him to France later this month, beginning in Paris before he travels to Bordeaux.

Mr Sunak will then fly to San Diego on Monday, where he will join US President Joe Biden and Australian Prime Minister Anthony Albanese to announce the next stage of the AUKUS submarine pact. Downing Street said he would also hold a bilateral meeting with Mr Biden during the visit.

Labour said the deal would only work if it was part of a wider plan. Shadow home secretary Yvette Cooper said the government had announced "a series of failed deals" with France over the past decade.

The Illegal Migration Bill, which would ban people arriving on small boats from claiming asylum in the UK, returns to the Commons on Monday.

More than 45,000 people crossed the Channel in small boats last year.

Read more:
What is in the Illegal Migration Bill?
Lineker row: BBC under pressure as presenters walk out
Chancellor confirms date of spring budget

Download the Sky News app | Sign up to our breaking news alerts

Related Topics: Emmanuel Macron, France, Migrant crisis, Rishi Sunak"""))

A.append(dict(id="h25-08", source="timeslive.co.za",
url="https://www.timeslive.co.za/politics/2023-08-22-ramaphosa-hosts-xi-at-union-buildings-ahead-of-brics-summit/",
published_at="2023-08-22", body="""Subscribe for R1 for the first month | Sign in | Newsletters

JSE All Share 75,612 ▲ 0.9% | R/$ 18.79 | R/€ 20.43 | Brent $84.12

POLITICS

Ramaphosa hosts Xi at Union Buildings as Brics leaders gather

By TimesLIVE
22 August 2023 - 16:05

President Cyril Ramaphosa welcomed Chinese President Xi Jinping to the Union Buildings in Pretoria on Tuesday for a state visit, on the eve of the Brics summit in Johannesburg.

Xi was given a 21-gun salute and inspected a guard of honour before the two leaders held talks and witnessed the signing of a series of agreements, including on energy, trade, investment and vocational training. One deal will see China provide emergency generating equipment to help ease load-shedding.

"China is our largest trading partner, and we want to increase the export of value-added products to China," Ramaphosa said. Xi, who arrived at OR Tambo International Airport on Monday night, said the relationship had entered "a golden era".

Xi did not attend the Brics business forum at Sandton on Tuesday afternoon, where his speech was read by commerce minister Wang Wentao. No reason was given.

Indian Prime Minister Narendra Modi landed at Waterkloof Air Force Base on Tuesday morning and was received by Deputy President Paul Mashatile. Brazilian President Luiz Inácio Lula da Silva arrived on Monday. Russia is represented by foreign minister Sergei Lavrov, with President Vladimir Putin, who is the subject of an International Criminal Court arrest warrant, taking part by video link.

Whether Modi and Xi will hold a formal bilateral during the summit remains unclear. Indian officials would only say that the prime minister's schedule was "still being worked out", amid continuing tension over the two countries' disputed Himalayan border.

After Johannesburg, Modi will travel to Athens on Friday, the first visit by an Indian prime minister to Greece in 40 years, for talks with Prime Minister Kyriakos Mitsotakis.

The expansion of the bloc is expected to dominate the summit. More than 20 countries have formally applied to join, among them Saudi Arabia, Iran, Argentina and Egypt. China has pushed for rapid enlargement, while India and Brazil have been more cautious.

The summit, which runs until Thursday, is the first in-person Brics gathering since 2019. Some 50 heads of state and government from across Africa and the global South have been invited to an outreach session.

Police said roads around the Sandton Convention Centre would be closed for the duration of the summit.

RELATED ARTICLES
Brics expansion: who wants in and why
Mashatile: SA's non-aligned stance 'not for sale'
Load-shedding to stay at stage 2 this week, says Eskom

Show Comments ()

© 2023 Arena Holdings"""))

A.append(dict(id="h25-09", source="eurasianet.org",
url="https://eurasianet.org/blinken-in-tashkent-after-astana-stop-praises-reform-drive",
published_at="2023-03-01", body="""Eurasianet | Support independent journalism in Eurasia | Donate

Central Asia | Caucasus | Russia | Turkey | Iran

Blinken in Tashkent after Astana stop, heads to Delhi amid Ukraine divisions

Mar 1, 2023

US Secretary of State Antony Blinken held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on March 1, on the second leg of his first tour of Central Asia since taking office.

Blinken and Foreign Minister Bakhtiyor Saidov discussed trade, energy and the fallout for Uzbekistan of sanctions on Russia, the State Department said. Blinken praised what he called Tashkent's "ambitious" reform agenda and raised concerns about the crackdown that followed protests in the autonomous region of Karakalpakstan last July.

The visit followed a day in Astana, where Blinken met President Kassym-Jomart Tokayev and Foreign Minister Mukhtar Tileuberdi. Tokayev told him Kazakhstan would not help Russia evade Western sanctions, and Blinken said Washington would work to limit the "unintended consequences" of the measures for Kazakh businesses.

Also in Astana, Blinken chaired a ministerial meeting of the C5+1 format with his counterparts from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. The US announced an additional $25 million for economic programmes in the region.

None of the five Central Asian governments has condemned Russia's invasion of Ukraine, and all abstained or did not vote on last week's UN General Assembly resolution calling for Russian withdrawal.

From Tashkent, Blinken travels to New Delhi for the meeting of G20 foreign ministers on March 2. He is scheduled to hold bilateral talks with Indian External Affairs Minister Subrahmanyam Jaishankar and will take part in a meeting of Quad foreign ministers on March 3.

Russian Foreign Minister Sergei Lavrov and China's new Foreign Minister Qin Gang will also be in Delhi. A State Department official told reporters there were no plans for Blinken to meet either of them, though the official did not rule out an encounter on the sidelines.

Analysts in Tashkent said the tour was more about signalling than substance. "Washington is reminding everyone it is here," said a political scientist who asked not to be named. "But nobody here is going to pick a side."

The Uzbek presidency said Mirziyoyev and Blinken agreed to expand cooperation in critical minerals and in the development of transport routes that bypass Russia, including the Trans-Caspian corridor.

Related
Kazakhstan: Tokayev calls snap parliamentary elections
Uzbekistan: Referendum on new constitution set for April 30
Tajikistan: Dushanbe hosts water conference

Eurasianet is a nonprofit. Your donation makes our work possible.

Share: Facebook | Twitter | Telegram | Email

Tags: Uzbekistan, Kazakhstan, US, Antony Blinken, diplomacy"""))

A.append(dict(id="h25-10", source="newsinfo.inquirer.net",
url="https://newsinfo.inquirer.net/1711204/marcos-xi-hold-talks-14-deals-signed",
published_at="2023-01-04", body="""INQUIRER.net | Newsinfo | Globalnation | Business | Sports | Entertainment | Opinion

Read Inquirer Plus: Subscribe to the digital edition

PSEi 6,642.30 ▲ 0.65% | USD/PHP 55.70 | Weather: Metro Manila 29°C

Marcos, Xi hold talks in Beijing; 14 deals signed

By Inquirer Global Nation
January 04, 2023 - 09:14 PM

BEIJING — President Ferdinand Marcos Jr. and Chinese President Xi Jinping held bilateral talks at the Great Hall of the People on Wednesday, the main event of a three-day state visit that Malacañang hopes will yield billions of dollars in investment pledges.

After the talks, the two leaders witnessed the signing of 14 agreements, covering agriculture, infrastructure, development cooperation, maritime security, tourism and e-commerce.

Among them is an agreement to set up a direct line of communication between the Department of Foreign Affairs and China's foreign ministry on maritime issues, which officials said would help avoid "miscalculation and miscommunication" in the West Philippine Sea.

"Maritime issues do not define the entirety of our relations," Marcos told reporters before the talks, but he added that he would raise the plight of Filipino fishermen who have been prevented from reaching traditional fishing grounds.

The Presidential Communications Office said China had pledged investments worth $22.8 billion in renewable energy, electric vehicles and agriculture.

Marcos, who arrived in Beijing on Tuesday night with First Lady Louise Araneta-Marcos and a business delegation, is also scheduled to meet Premier Li Keqiang and the chairman of the National People's Congress Standing Committee, Li Zhanshu, on Thursday before flying home.

It was the second meeting between Marcos and Xi. The two leaders first met in person in November on the sidelines of the Asia-Pacific Economic Cooperation summit in Bangkok, where Xi invited Marcos to make the visit.

Marcos is set to make an official visit to Japan in February, the Department of Foreign Affairs has said, and will attend the World Economic Forum in Davos, Switzerland, later this month.

Foreign Affairs Secretary Enrique Manalo, who is with the President in Beijing, said the visit had "set the tone" for a pragmatic relationship. Critics in the Senate, however, urged the government to make sure the agreements were published in full.

Sen. Risa Hontiveros said the country "should not trade our sovereignty for loans".

Trade between the two countries reached $36.6 billion in the first ten months of 2022, according to Chinese customs data.

READ: Marcos leaves for China with business delegation
READ: Manalo: PH to protest new Chinese 'swarming' in Spratlys
READ: Zubiri: Senate to review Beijing deals

Disclaimer: Comments do not represent the views of INQUIRER.net.

Follow INQUIRER.net on Facebook, X and Viber.

Tags: China, Ferdinand Marcos Jr., Xi Jinping, West Philippine Sea, state visit"""))

A.append(dict(id="h25-11", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/anthony-albanese-meets-xi-jinping-beijing/103068884",
published_at="2023-11-06", body="""ABC News | Just In | Analysis | Politics | World | Business | Sport

Anthony Albanese meets Xi Jinping in Beijing, says relationship is 'on the right path'

By the ABC's political reporters in Beijing
Posted Mon 6 Nov 2023 at 8:51pm, updated Mon 6 Nov 2023 at 10:20pm

Photo: Anthony Albanese and Xi Jinping shake hands at the Great Hall of the People in Beijing. (AAP: Lukas Coch)

Prime Minister Anthony Albanese has held talks with Chinese President Xi Jinping in Beijing, the first meeting between an Australian leader and Mr Xi in China since 2016.

The two men met at the Great Hall of the People on Monday afternoon, with Mr Xi saying China and Australia could be "trustworthy partners" and that the relationship had "embarked on a right path of improvement and development".

Mr Albanese said he raised human rights, the case of detained Australian writer Yang Hengjun and the remaining trade impediments on Australian wine and lobster. "We will cooperate where we can, disagree where we must and engage in our national interest," he told reporters afterwards.

Earlier in the day, the Prime Minister walked through the Temple of Heaven, recreating a famous 1973 photograph of Gough Whitlam, the first Australian prime minister to visit the People's Republic.

Mr Albanese arrived in Shanghai on Saturday and attended the opening of the China International Import Expo on Sunday, where Australian exporters had one of the biggest national pavilions.

On Tuesday he is due to hold the annual leaders' meeting with Premier Li Qiang before leaving China.

He will then fly to Rarotonga for the Pacific Islands Forum leaders' meeting, where he is also expected to hold bilateral talks with Cook Islands Prime Minister Mark Brown, who chairs the forum this year.

Mr Albanese's visit comes less than two weeks after his state visit to Washington, where he was hosted by President Joe Biden at the White House. The Prime Minister rejected suggestions that he was trying to balance between the two powers.

The Prime Minister and Mr Xi first met a year ago on the sidelines of the G20 in Bali, ending a freeze on leader-level contact that had lasted since 2016. Mr Albanese extended an invitation for Premier Li to visit Australia next year.

Opposition foreign affairs spokesman Simon Birmingham said the government should "stay clear-eyed" about Beijing, noting recent unsafe intercepts of Australian military aircraft.

China remains Australia's largest trading partner. Beijing has lifted restrictions on coal, timber and barley since Labor took office, but tariffs on wine remain in place.

Related stories
Cheng Lei's first interview since returning to Australia
What's in the AUKUS deal and what it costs
Trade Minister Don Farrell: wine dispute could be resolved 'within months'

Topics: foreign-affairs, china, trade, government-and-politics, pacific

Download the ABC NEWS app | ABC Privacy Policy | Contact the ABC"""))

A.append(dict(id="h25-12", source="dw.com",
url="https://www.dw.com/en/scholz-and-putin-hold-first-phone-call-in-nearly-two-years/a-70793812",
published_at="2024-11-15", body="""DW | Deutsche Welle | Live TV | Sign up for DW's newsletter

Germany | World | Business | Science | Culture

Scholz and Putin hold first phone call in nearly two years

German Chancellor Olaf Scholz urged Russian President Vladimir Putin to end the war in Ukraine and withdraw his troops, Berlin said. Ukraine's president warned that the call opened "Pandora's box".

11/15/2024

Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by telephone on Friday afternoon for about an hour, their first conversation since December 2022, the German government said.

Scholz condemned Russia's war of aggression and urged Putin to enter negotiations with Ukraine "with the aim of a just and lasting peace", government spokesman Steffen Hebestreit said in a statement. He said Germany's support for Ukraine would continue "for as long as necessary".

The Kremlin's account said Putin told Scholz that any agreement would have to take into account "the new territorial realities" and Moscow's security interests. It said the call took place at the German side's request.

Hebestreit said Scholz had spoken by phone with Ukrainian President Volodymyr Zelenskyy before dialling the Kremlin and would brief him again afterwards. Berlin had also informed its allies in advance.

Zelenskyy was sharply critical. "Chancellor Scholz's call with Putin opens Pandora's box," he said in his nightly video address. "Now there may be other conversations, other calls. Just a lot of words." He said Ukraine would not accept a "Minsk-3".

The call comes at a fraught moment for Scholz, whose three-party coalition collapsed last week, and ahead of a snap election expected in February. It also follows Donald Trump's victory in the US presidential election, which has raised fears in Kyiv that Washington could push for a quick deal.

Kremlin spokesman Dmitry Peskov said Putin was open to contacts with Trump, but that no preparations were underway.

Scholz last met Putin in person in Moscow in February 2022, days before the invasion.

Criticism also came from within Germany's opposition. Friedrich Merz, the conservative CDU leader, said it was "not the right moment" for such a call.

Related content
Ukraine: Russia launches massive attack on energy grid
Orban's Moscow trip draws EU anger
Germany's Bundestag sets February 23 for snap election

Skip next section Explore more

Date 15.11.2024 | Keywords Olaf Scholz, Vladimir Putin, Ukraine war, Volodymyr Zelenskyy

Send us your feedback | Print | Permalink

Image: Michael Kappeler/dpa/picture alliance"""))
