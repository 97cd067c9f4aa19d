# Medium wire-style stories and readouts (1,200-2,000 characters), h59-13 .. h59-26
M = []

M.append(dict(id="h59-13", source="state.gov",
url="https://www.state.gov/secretary-blinkens-calls-on-the-situation-in-sudan/",
published_at="2023-04-18", body="""An official website of the United States government | Here's how you know

U.S. DEPARTMENT of STATE | Home | Office of the Spokesperson | Releases

Secretary Blinken's Calls on the Situation in Sudan

READOUT
OFFICE OF THE SPOKESPERSON
APRIL 18, 2023

The following is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken spoke today separately with Sudanese Armed Forces Commander General Abdel Fattah al-Burhan and Rapid Support Forces Commander General Mohamed Hamdan Dagalo. The Secretary urged both men to agree to a 24-hour ceasefire so that Sudanese civilians can reach safety and be reunited with their families, and so that relief can reach those in desperate need. He expressed deep concern over the fighting in Khartoum and elsewhere, which has killed and wounded hundreds of civilians, and noted that a clearly marked U.S. diplomatic convoy had come under fire on Monday. The Secretary made clear that the parties are responsible for the safety of diplomatic personnel, humanitarian workers and civilians.

Earlier, on April 16, the Secretary spoke with Saudi Foreign Minister Prince Faisal bin Farhan and, in a separate call, with United Arab Emirates Foreign Minister Sheikh Abdullah bin Zayed. They agreed that an immediate end to the fighting was essential and that the parties must return to negotiations toward a civilian-led transition.

The Secretary placed today's calls from Karuizawa, Japan, where he is attending the G7 Foreign Ministers' Meeting.

Tags: Bureau of African Affairs | Office of the Secretary of State | Sudan | Saudi Arabia | United Arab Emirates

Related Articles
Secretary Blinken's Meeting with Japanese Foreign Minister Hayashi
Secretary Blinken at a Press Availability in Karuizawa

White House | USA.gov | Office of the Inspector General | Archives | Contact Us | Privacy Policy"""))

M.append(dict(id="h59-14", source="gov.uk",
url="https://www.gov.uk/government/news/pm-meeting-with-prime-minister-meloni-of-italy-27-april-2023",
published_at="2023-04-27", body="""Cookies on GOV.UK
We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.UK. | Accept additional cookies | Reject additional cookies | View cookies

GOV.UK | Menu

Home > International > Foreign affairs

Press release
PM meeting with Prime Minister Meloni of Italy: 27 April 2023

Prime Minister Rishi Sunak met Italian Prime Minister Giorgia Meloni in Downing Street today.

From: Prime Minister's Office, 10 Downing Street and The Rt Hon Rishi Sunak MP
Published 27 April 2023

The Prime Minister welcomed Prime Minister Meloni to Downing Street this afternoon for her first visit to the UK since taking office.

The leaders discussed the deep and historic friendship between the United Kingdom and Italy, and signed a Memorandum of Understanding setting out a new framework for cooperation, from defence and security to science, technology and the economy.

The Prime Minister and Prime Minister Meloni agreed that tackling illegal migration was a shared priority, and that the two countries would work together to break the business model of the criminal gangs exploiting vulnerable people across the Mediterranean and the Channel.

On Ukraine, the leaders reaffirmed their steadfast support and discussed preparations for the reconstruction conference that the UK and Ukraine will host in London in June.

They also welcomed progress on the Global Combat Air Programme with Japan, which will deliver a next-generation fighter jet by 2035.

The leaders looked forward to seeing each other again at the G7 summit in Hiroshima next month.

Share this page | Facebook | Twitter

Related content
PM call with Prime Minister Meloni of Italy: 25 October 2022
UK and Italy Memorandum of Understanding: April 2023

Is this page useful? Yes | No | Report a problem with this page

All content is available under the Open Government Licence v3.0, except where otherwise stated | © Crown copyright"""))

M.append(dict(id="h59-15", source="elysee.fr",
url="https://www.elysee.fr/en/emmanuel-macron/2023/06/16/dinner-with-hrh-mohammed-bin-salman-crown-prince-of-saudi-arabia",
published_at="2023-06-16", body="""Élysée | The President | The Élysée | News | Press room | Search | FR / EN

Home > Emmanuel Macron > News

Working dinner with His Royal Highness Mohammed bin Salman, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia

16 June 2023 - Press release

The President of the Republic received His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, for a working dinner at the Élysée Palace this evening.

The President and the Crown Prince discussed the consequences of Russia's war of aggression against Ukraine and the need to ensure that its effects on global food and energy security are mitigated, in particular for the most vulnerable countries.

They exchanged views on the situation in the region. On Lebanon, the President stressed the urgency of ending the political vacuum and electing a president without delay, so that the reforms the country needs can be carried out. The President's personal envoy for Lebanon, Jean-Yves Le Drian, will travel to Beirut next week to meet all the Lebanese stakeholders.

The two leaders also addressed the Iranian nuclear programme, the energy transition, and the bilateral partnership in culture, tourism and the AlUla project.

The Crown Prince will take part in the Summit for a New Global Financing Pact, which France is hosting in Paris on 22 and 23 June.

Share | Facebook | Twitter | LinkedIn | Email

See also
Telephone conversation with the President of Ukraine
Summit for a New Global Financing Pact: programme

Newsletter: receive the President's agenda every week | Subscribe

Legal notice | Accessibility | Personal data | Cookie management"""))

M.append(dict(id="h59-16", source="bundesregierung.de",
url="https://www.bundesregierung.de/breg-en/news/scholz-receives-tusk-2261000",
published_at="2024-02-12", body="""The Federal Government | Chancellor | Federal Government | News | Service | Deutsch

This website uses cookies. Some are necessary, others help us improve the website. | Settings | Accept all

News

Chancellor Scholz receives Polish Prime Minister Tusk in Berlin

"We stand together for a strong Europe"

Monday, 12 February 2024

Federal Chancellor Olaf Scholz received the Prime Minister of the Republic of Poland, Donald Tusk, at the Federal Chancellery this afternoon with military honours. It was Tusk's inaugural visit to Berlin since he took office in December.

The two heads of government spoke about bilateral relations, support for Ukraine and the strengthening of Europe's defence capabilities. "Germany and Poland are close partners and neighbours, and we share the conviction that Ukraine must be supported for as long as necessary," the Chancellor said at a joint press conference.

Tusk had travelled to Berlin from Paris, where he met French President Emmanuel Macron at the Élysée Palace earlier in the day. The Prime Minister said he wanted to revive the Weimar Triangle of France, Germany and Poland. On the same day, the three countries' foreign ministers, Annalena Baerbock, Stéphane Séjourné and Radosław Sikorski, met at La Celle-Saint-Cloud near Paris.

Both leaders also discussed NATO's deterrence and the remarks by former US President Donald Trump about the alliance's mutual defence commitment. "Every relativisation of NATO's mutual assistance guarantee is irresponsible and dangerous," Scholz said.

Tusk had visited Kyiv in January.

The Chancellor and the Prime Minister agreed to hold intergovernmental consultations this year.

Photo: Federal Chancellor Olaf Scholz receives Polish Prime Minister Donald Tusk at the Chancellery. Photo: Bundesregierung/Kugler

Share | Print | Subscribe to the newsletter

Further information
Chancellor Scholz in Washington: talks with President Biden
Weimar Triangle: foreign ministers meet near Paris"""))

M.append(dict(id="h59-17", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/mfa_eng/wjbzhd/202304/t20230406_11054000.html",
published_at="2023-04-06", body="""Ministry of Foreign Affairs of the People's Republic of China | Home | News | Activities

Qin Gang Meets with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud and Iranian Foreign Minister Hossein Amir-Abdollahian

2023-04-06 20:45

On April 6, 2023, State Councilor and Foreign Minister Qin Gang met in Beijing with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud and Iranian Foreign Minister Hossein Amir-Abdollahian, who were in Beijing for talks between the two countries.

Qin Gang welcomed the two ministers and congratulated the two countries on holding their first formal meeting of foreign ministers in more than seven years. He said that since the trilateral joint statement was issued in Beijing last month, Saudi Arabia and Iran had taken positive steps to implement it, setting an example of resolving differences through dialogue and consultation.

Qin Gang said China will continue to support Saudi Arabia and Iran in improving relations and stands ready to play a constructive role.

The two foreign ministers thanked China for its important role. Prince Faisal bin Farhan and Hossein Amir-Abdollahian said that during their talks in Beijing they had agreed on the resumption of diplomatic relations, the reopening of embassies and consulates general within the agreed period, and the resumption of flights and visits by official and private delegations. The two sides signed a joint statement to this effect.

They said that technical teams would visit each other's capitals to make arrangements for reopening the missions.

Suggest To A Friend | Print

Related news:
Wang Yi Holds Phone Talks with ...
Foreign Ministry Spokesperson's Regular Press Conference on April 6, 2023

Copyright © Ministry of Foreign Affairs, the People's Republic of China"""))

M.append(dict(id="h59-18", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/69580",
published_at="2022-10-11", body="""President of Russia | Events | News | Transcripts | Trips

Meeting with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan

October 11, 2022 13:20 | St Petersburg

Vladimir Putin met with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan, who is in Russia on a working visit, at the Konstantinovsky Palace.

The talks focused on the development of bilateral relations, including cooperation in trade, investment and energy, as well as on current international and regional issues.

*  *  *

President of Russia Vladimir Putin: Mr President, my friend,

I am very glad to welcome you to Russia, to St Petersburg. This is your first visit to our country as President, and I want to congratulate you once again on taking office.

Relations between our countries are developing successfully. Trade has grown considerably this year, and our joint investment projects are progressing. We also coordinate closely within OPEC Plus, which helps keep the global energy market stable.

President of the United Arab Emirates Mohammed bin Zayed Al Nahyan (retranslated): Thank you, Mr President.

We value our relations with Russia very highly. I have come to discuss how we can deepen cooperation and how the Emirates can contribute to de-escalation and to finding a political solution, including on humanitarian issues such as exchanges of prisoners.

Topics: Foreign policy
Persons: Al Nahyan Mohammed bin Zayed
Countries: United Arab Emirates

Other news
Telephone conversation with President of Türkiye Recep Tayyip Erdogan
Vladimir Putin will travel to Astana for the CICA summit
Meeting with Security Council permanent members

Publication status: Published in sections: News, Transcripts | Direct link: en.kremlin.ru/d/69580"""))

M.append(dict(id="h59-19", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/35866/Visit_of_External_Affairs_Minister_to_Russia",
published_at="2022-11-08", body="""Ministry of External Affairs | Government of India | Skip to main content | Screen Reader Access | A- A A+ | हिन्दी

Media Center > Press Releases

Visit of External Affairs Minister to Russia (November 07-08, 2022)

November 08, 2022

External Affairs Minister Dr. S. Jaishankar paid an official visit to Moscow on 07-08 November 2022.

EAM held talks with Foreign Minister of the Russian Federation Mr. Sergey Lavrov on 08 November. The two Ministers reviewed the entire range of the bilateral relationship, including trade, energy, connectivity and defence cooperation, and exchanged views on international and regional issues, including the conflict in Ukraine, Afghanistan, the Indo-Pacific and cooperation in the G20, SCO and BRICS.

EAM reiterated India's position that dialogue and diplomacy are the only way forward, and that the global economy cannot afford the consequences of the conflict, particularly on food, fertiliser and energy supplies.

EAM also met Deputy Prime Minister and Minister of Industry and Trade Mr. Denis Manturov, co-chair of the India-Russia Inter-Governmental Commission on Trade, Economic, Scientific, Technological and Cultural Cooperation. They discussed ways to expand and balance bilateral trade and to address logistics and payment issues.

During the visit, EAM interacted with members of the Indian community and with Russian scholars and strategic experts at an event in Moscow.

Moscow
November 08, 2022

Share this: Facebook | Twitter | Email

Related: Media Briefings | Press Releases | Bilateral Documents

Website Policies | Help | Contact Us | Feedback | Visitor Summary"""))

M.append(dict(id="h59-20", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/ocn/au/page1e_000500.html",
published_at="2022-10-22", body="""Ministry of Foreign Affairs of Japan | Japanese | Home | Press Releases | Foreign Policy | Countries & Regions

Home > Countries & Regions > Oceania > Australia

Japan-Australia Summit Meeting

October 22, 2022

On October 22, commencing at around 11:30 a.m. (local time; same below) for approximately 90 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Perth, Australia, held a summit meeting with the Hon. Anthony Albanese MP, Prime Minister of the Commonwealth of Australia, followed by a working lunch. The overview of the meeting is as follows.

1. At the outset, Prime Minister Albanese welcomed Prime Minister Kishida to Perth. Prime Minister Kishida expressed his appreciation for the warm hospitality and stated that the "Special Strategic Partnership" between Japan and Australia is more important than ever in the current strategic environment.

2. The two leaders signed the new Japan-Australia Joint Declaration on Security Cooperation, which updates the 2007 Declaration, and confirmed that they will further strengthen security and defence cooperation, including through the Reciprocal Access Agreement.

3. The two leaders also issued a Joint Statement on a partnership on economic security, and confirmed cooperation on energy, including LNG and hydrogen, and on critical minerals.

4. The two leaders exchanged views on regional affairs, including North Korea, the East and South China Seas and Russia's aggression against Ukraine, and affirmed close cooperation with the United States and through the Quad.

5. Prime Minister Kishida expressed his hope to welcome Prime Minister Albanese to Japan at an early date.

(Reference) Prime Minister Kishida also met with the Hon. Mark McGowan, Premier of Western Australia, and visited an LNG-related facility.

Related Information: Japan-Australia Relations | Prime Minister's Visit to Australia

Back to Australia | Page Top"""))

M.append(dict(id="h59-21", source="english.news.cn",
url="http://english.news.cn/20230331/3f8c1b2e4d5a4e6f9a0b1c2d3e4f5a6b/c.html",
published_at="2023-03-31", body="""Xi meets Spanish PM Sanchez, Singaporean PM Lee in Beijing

Source: Xinhua | Editor: huaxia | 2023-03-31 21:34:10

BEIJING, March 31 (Xinhua) -- Chinese President Xi Jinping met with Spanish Prime Minister Pedro Sanchez, who is on an official visit to China, at the Diaoyutai State Guesthouse in Beijing on Friday.

Noting that this year marks the 50th anniversary of the establishment of diplomatic ties between China and Spain, Xi said the two countries should carry forward their friendship and expand cooperation in trade, new energy, the digital economy and culture. Xi said China's relations with Europe do not target, depend on, nor are subject to any third party.

Sanchez said Spain is committed to developing a stable relationship with China and stands ready to work with China to address global challenges. He also set out Spain's position on the Ukraine crisis and expressed the hope that China would talk to Ukraine.

Sanchez earlier attended the Boao Forum for Asia Annual Conference in south China's Hainan Province.

On the same day, Xi also met with Singaporean Prime Minister Lee Hsien Loong, who is on an official visit to China. The two leaders announced that China-Singapore relations would be upgraded to an all-round high-quality future-oriented partnership.

Xi said Singapore was an important partner of China in the Belt and Road cooperation, and the two sides should give full play to flagship projects such as the Suzhou Industrial Park and the Chongqing Connectivity Initiative. Lee said Singapore welcomed China's reopening and looked forward to more exchanges of people.

Wang Yi, director of the Office of the Foreign Affairs Commission of the CPC Central Committee, attended the meetings. Enditem

Photo: Chinese President Xi Jinping meets with Spanish Prime Minister Pedro Sanchez in Beijing, capital of China, March 31, 2023. (Xinhua)

Most viewed | Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h59-22", source="reuters.com",
url="https://www.reuters.com/world/africa/russias-lavrov-visits-congo-africa-tour-2022-07-25/",
published_at="2022-07-25", body="""World | Africa

Russia's Lavrov courts Congo Republic on Africa tour, blames West for food crisis

By Reuters
July 25, 2022 4:51 PM GMT | Updated

OYO, Congo Republic, July 25 (Reuters) - Russian Foreign Minister Sergei Lavrov met Congo Republic's President Denis Sassou Nguesso in his home town of Oyo on Monday, the second stop on an African tour aimed at shoring up support for Moscow as the war in Ukraine drags on.

Lavrov thanked Congo for its "balanced" position on Ukraine and said Russia was ready to expand cooperation in energy, education and military-technical matters.

The minister arrived from Cairo, where on Sunday he held talks with Egyptian President Abdel Fattah al-Sisi and Foreign Minister Sameh Shoukry, and addressed ambassadors at the Arab League. He told them that Western sanctions, not Russia, were to blame for rising food prices.

Lavrov is due in Uganda on Tuesday to meet President Yoweri Museveni, and will then travel to Ethiopia, the Russian foreign ministry said.

The tour follows the signing on Friday in Istanbul of a deal brokered by the United Nations and Turkey to resume grain exports from Ukraine's Black Sea ports. Russia struck the port of Odesa the day after.

French President Emmanuel Macron began his own three-nation African trip in Cameroon on Monday, with stops in Benin and Guinea-Bissau to follow, as Paris and Moscow compete for influence on the continent.

(Reporting by Reuters staff; Writing by Aidan Mercer; Editing by Tomasz Janowski)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Grain ship may leave Ukraine this week, Turkey says
Ethiopia, Tigray forces signal readiness for peace talks"""))

M.append(dict(id="h59-23", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/uae/2023/03/19/president-sheikh-mohamed-receives-syrias-bashar-al-assad/",
published_at="2023-03-19", body="""The National | UAE | Gulf News | Business | Opinion | Lifestyle | Podcasts

Sign up for our newsletter | The National app: download now

UAE

President Sheikh Mohamed receives Syria's Bashar Al Assad in Abu Dhabi

Leaders discuss relations and efforts to help Syria recover from February's earthquake

The National (with Wam)
Mar 19, 2023

President Sheikh Mohamed received Syrian President Bashar Al Assad at Qasr Al Watan in Abu Dhabi on Sunday, state news agency Wam reported.

Mr Al Assad, who was accompanied by his wife Asma, was given an official welcome that included a 21-gun salute and a flypast trailing the colours of the Syrian flag.

The two leaders discussed bilateral relations and ways to strengthen cooperation to serve the interests of both countries, as well as regional developments. Sheikh Mohamed said that the UAE would continue to support Syria and its people in dealing with the consequences of the earthquake that struck north-western Syria and southern Turkey on February 6.

Sheikh Mohamed said Syria's absence from its Arab brothers had gone on too long and that it was time for it to return to the Arab fold, Wam reported.

It is Mr Al Assad's second visit to the UAE in a year, after a trip in March 2022 that was his first to an Arab country since the start of the civil war in 2011. Last month he visited Oman, where he was received by Sultan Haitham bin Tarik.

The UAE has sent more than $100 million in earthquake relief to Syria.

Photo: President Sheikh Mohamed and Syrian President Bashar Al Assad at Qasr Al Watan. Photo: UAE Presidential Court

More from The National
Gulf states weigh Syria's return to Arab League
Dubai property prices rise 10% in first quarter

Updated: March 19, 2023, 7:45 PM"""))

M.append(dict(id="h59-24", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-president-hosts-israeli-counterpart-herzog-in-ankara/2530000",
published_at="2022-03-09", body="""POLITICS

Turkish president hosts Israeli counterpart Herzog in Ankara

'This historic visit will be a turning point in Turkish-Israeli relations,' says Erdogan

Merve Aydogan | 09.03.2022 - Update : 09.03.2022

ANKARA

Turkish President Recep Tayyip Erdogan hosted his Israeli counterpart Isaac Herzog in the capital Ankara on Wednesday, the first visit by an Israeli head of state to Türkiye since 2007.

Erdogan welcomed Herzog with an official ceremony at the Presidential Complex before the two leaders held a one-on-one meeting followed by inter-delegation talks.

"I believe this historic visit will be a turning point in relations between Türkiye and Israel," Erdogan told a joint news conference, adding that the two countries could cooperate on energy, including bringing Eastern Mediterranean gas to Europe.

Erdogan said he had conveyed Türkiye's sensitivities on the Palestinian issue and the status of Jerusalem. Herzog said the two countries had agreed that disagreements would be handled with mutual respect.

Herzog is set to travel on to Istanbul on Thursday to meet members of the Jewish community.

Foreign Minister Mevlut Cavusoglu is expected to visit Israel and Palestine in the coming months, Turkish officials said.

Meanwhile, Russian Foreign Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba are due to meet on Thursday in the southern province of Antalya, in talks hosted by Cavusoglu on the sidelines of the Antalya Diplomacy Forum. It will be the first high-level meeting between the two countries since Russia launched its war against Ukraine.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related topics: Türkiye-Israel | Recep Tayyip Erdogan | Isaac Herzog"""))

M.append(dict(id="h59-25", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2023-11/22/amir-receives-phone-call-from-us-president",
published_at="2023-11-22", body="""Qatar News Agency | Home | Local | Politics | Economy | Sports | Photos

Amir Receives Phone Call from US President

Doha, November 22 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call today from HE President of the United States of America Joe Biden.

During the call, they reviewed the latest developments in the Gaza Strip and the occupied Palestinian territories, and the efforts to reach an agreement on a humanitarian pause that would allow the release of detainees and the entry of more humanitarian and relief aid into the Strip.

HE the US President expressed his appreciation for the State of Qatar's mediation efforts. (QNA)

Amir, Egyptian President Discuss Latest Developments by Phone

Doha, November 22 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani and HE President of the Arab Republic of Egypt Abdel Fattah El-Sisi discussed in a phone call today the joint Qatari-Egyptian efforts to reach a humanitarian truce in the Gaza Strip and to ensure that aid reaches civilians. (QNA)

HH the Amir Sends Congratulatory Cable

Doha, November 22 (QNA) - HH the Amir sent a cable of congratulations to HE the President of Lebanon on the anniversary of his country's independence. (QNA)

Minister of State Meets Norwegian Ambassador

Doha, November 22 (QNA) - HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi met today with HE Ambassador of the Kingdom of Norway to the State of Qatar. They reviewed bilateral relations. (QNA)

Share: Facebook | X | WhatsApp | Print

Most Read: Qatar Announces Success of Mediation Efforts | Weather: Cloudy Skies Expected"""))

M.append(dict(id="h59-26", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1217000",
published_at="2024-01-26", body="""Philippine News Agency | Home | Nation | Business | Regions | Foreign | Opinion

PBBM to make state visit to Vietnam Jan. 29-30

By Joyce Ann Dela Cruz | January 26, 2024, 3:14 pm

MANILA - President Ferdinand R. Marcos Jr. will make a state visit to Vietnam on Jan. 29 to 30 at the invitation of Vietnamese President Vo Van Thuong, the Department of Foreign Affairs (DFA) announced Friday.

In a press briefing in Malacañang, a DFA official said the President is set to meet Thuong, Communist Party of Vietnam General Secretary Nguyen Phu Trong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue in Hanoi.

Several agreements are expected to be signed during the visit, including on rice trade, which the Philippines relies on Vietnam for, and on cooperation between the two countries' coast guards to prevent incidents in the South China Sea.

The President will also meet Vietnamese business leaders and members of the Filipino community in Hanoi.

Marcos and Thuong last met on the sidelines of the Asia-Pacific Economic Cooperation leaders' meeting in San Francisco in November, where they agreed to deepen maritime cooperation.

The Philippines and Vietnam established diplomatic relations in 1976 and became strategic partners in 2015.

Foreign Affairs Secretary Enrique Manalo and Trade Secretary Alfredo Pascual are among the officials who will join the President's delegation. (PNA)

Related Stories
DFA: PH, Vietnam to sign rice trade pact
PBBM orders faster rollout of rice subsidies

Share on Facebook | Twitter | Viber | Email

Copyright © 2024 Philippine News Agency"""))
