# Medium wire-style stories (1,200-2,000 characters), h29-13 .. h29-26
M = []

M.append(dict(id="h29-13", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20180918003700315",
published_at="2018-09-18", body="""(LEAD) Moon arrives in Pyongyang for third summit with Kim

PYONGYANG/SEOUL, Sept. 18 (Yonhap) -- President Moon Jae-in arrived in Pyongyang on Tuesday for a three-day summit with North Korean leader Kim Jong-un, aimed at breathing new life into stalled denuclearization talks between Pyongyang and Washington.

Moon's plane touched down at Sunan International Airport at around 9:50 a.m. Kim and his wife, Ri Sol-ju, were waiting at the foot of the stairs, and the two leaders embraced before reviewing an honor guard as thousands of residents waved flowers and unification flags.

The two leaders then rode together in an open car through the streets of the capital. Their first round of talks was set to begin at 3:30 p.m. at the headquarters of the ruling Workers' Party, Cheong Wa Dae said.

It is the third meeting between Moon and Kim this year, after their summits in April and May at the border village of Panmunjom, and the first visit to Pyongyang by a South Korean president in 11 years.

Moon has said he will try to narrow the gap between the North's demand for a declaration ending the 1950-53 Korean War and Washington's insistence on concrete steps toward denuclearization.

Following the Pyongyang trip, Moon will travel to New York next week for the U.N. General Assembly and hold a summit with U.S. President Donald Trump on Sept. 24, his office said.

Talks between Washington and Pyongyang have stalled since the Singapore summit in June, and Trump called off a planned trip to Pyongyang by Secretary of State Mike Pompeo last month.

(END)

Keywords: #inter-Korean summit #Moon Jae-in #Kim Jong-un

Related Articles
(News Focus) Kim's Seoul visit by year-end: possible or premature?
Seoul stocks open higher ahead of summit

Copyright (c) 2018 Yonhap News Agency prohibits its content from being redistributed or reprinted without consent"""))

M.append(dict(id="h29-14", source="dailysabah.com",
url="https://www.dailysabah.com/diplomacy/2018/09/17/turkey-russia-agree-on-demilitarized-zone-in-syrias-idlib",
published_at="2018-09-17", body="""DAILY SABAH | Türkiye | Politics | Diplomacy | Business | World

DIPLOMACY

Turkey, Russia agree to set up demilitarized zone in Syria's Idlib

DAILY SABAH WITH AGENCIES | SOCHI | Published 17.09.2018 20:41

Turkey and Russia agreed on Monday to establish a demilitarized zone between regime forces and opposition fighters in Syria's Idlib province, averting for now an offensive that aid agencies had warned could cause a humanitarian catastrophe.

President Recep Tayyip Erdoğan and Russian President Vladimir Putin announced the agreement after more than four hours of talks in the Black Sea resort of Sochi. The zone, 15 to 20 kilometers deep, is to be in place by Oct. 15, Putin said, and radical groups must withdraw from it.

A memorandum setting out the terms was signed by Defense Minister Hulusi Akar and his Russian counterpart Sergei Shoigu after the leaders' meeting. Turkish and Russian troops will carry out coordinated patrols in the zone, and heavy weapons, including tanks and rocket launchers, will be removed by Oct. 10.

Erdoğan told reporters the memorandum had headed off a humanitarian disaster in the province.

The talks came 10 days after a summit in Tehran between Erdoğan, Putin and Iranian President Hassan Rouhani ended without agreement on Idlib, the last major opposition stronghold in Syria and home to some 3 million people.

Russian officials said Moscow would consult Damascus on the details.

Tags: Idlib, Syria, Sochi, Erdoğan, Putin

Related
Erdoğan to pay state visit to Germany later this month
Ankara says observation posts in Idlib will remain

Share: Facebook | Twitter | E-mail

Daily Sabah app | Newsletter | Copyright © 2018"""))

M.append(dict(id="h29-15", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china-3/",
published_at="2024-04-02", body="""An official website of the United States government | Here's how you know

THE WHITE HOUSE | Administration | Priorities | Briefing Room | Español

BRIEFING ROOM | STATEMENTS AND RELEASES

Readout of President Joe Biden's Call with President Xi Jinping of the People's Republic of China

April 2, 2024

President Joseph R. Biden, Jr. held a telephone call today with President Xi Jinping of the People's Republic of China. The leaders had a frank and substantive exchange on bilateral, regional and global matters, covering both the areas where the two countries work together and those where they disagree. They took stock of the commitments made when they met in Woodside, California, last November, among them cooperation to stop the flow of illicit fentanyl, the resumption of communication between the two militaries, a dialogue on the risks posed by artificial intelligence, and work on climate and on exchanges between the American and Chinese peoples.

President Biden stressed that peace and stability across the Taiwan Strait must be preserved, as must freedom of navigation and respect for international law in the South China Sea. He voiced concern about the support the PRC is giving to Russia's defense industry and the effect on security in Europe, and restated the goal of the complete denuclearization of the Korean Peninsula. He also returned to U.S. concerns over the PRC's trade practices and its non-market economic policies.

Both leaders said they valued keeping lines of communication open. Treasury Secretary Janet Yellen will travel to the PRC in the days ahead, and Secretary of State Antony Blinken will visit in the coming weeks.

###

Related
Readout of President Joe Biden's Call with Prime Minister Netanyahu of Israel
Statement from President Joe Biden on World Autism Awareness Day
Press Briefing by Press Secretary Karine Jean-Pierre

Stay Connected | Subscribe: Sign up for email updates

Share this: Facebook | X | Email"""))

M.append(dict(id="h29-16", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-general-secretary-holds-talks-with-chinese-counterpart-xi-jinping-post275104.vnp",
published_at="2023-12-12", body="""VietnamPlus | Politics | Business | Society | Travel | Sci-Tech | Videos

Party General Secretary holds talks with Chinese leader Xi Jinping

Hanoi (VNA) - General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong held talks in Hanoi on December 12 with General Secretary of the Communist Party of China Central Committee and President of China Xi Jinping, who is on a state visit to Vietnam from December 12-13.

Trong warmly welcomed Xi and his spouse and the high-ranking Chinese delegation, noting that it is Xi's third visit to Vietnam as top leader of the Chinese Party and State.

The two leaders agreed to build a Vietnam-China community with a shared future that carries strategic significance, and to step up exchanges at all levels, defence and security cooperation, and connectivity in railways, roads and border gates.

Xi said China attaches importance to its relations with Vietnam and is ready to import more quality Vietnamese agricultural products. Both sides agreed to manage and settle differences at sea through peaceful means in line with international law.

Following their talks, the two leaders witnessed the exchange of 36 cooperation documents in areas including trade, transport, digital economy, health and the media.

During the visit, Xi is scheduled to meet President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue.

VNA

Other news
Vietnam, Japan lift ties to comprehensive strategic partnership
PM receives newly-accredited Cuban Ambassador
Hanoi hosts Vietnam-Laos friendship festival

Tags: Nguyen Phu Trong, Xi Jinping, Vietnam-China relations

Like | Share | Print"""))

M.append(dict(id="h29-17", source="barrons.com",
url="https://www.barrons.com/news/dr-congo-rwanda-sign-peace-deal-in-washington-5a1f8c27",
published_at="2025-06-27", body="""BARRON'S | AFP

DJIA 43,819.27 +1.00% | S&P 500 6,173.07 +0.52% | Nasdaq 20,273.46 +0.52%

DR Congo, Rwanda Sign US-Brokered Peace Deal In Washington

By AFP - Agence France Presse
June 27, 2025

The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday aimed at ending three decades of conflict in eastern Congo, in a ceremony presided over by US Secretary of State Marco Rubio.

Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe signed the accord at the State Department, where Rubio called it "an important moment after 30 years of war."

The deal commits Rwanda to lifting what it calls "defensive measures" in eastern DRC, where UN experts say thousands of Rwandan troops have fought alongside the M23 armed group, which seized the cities of Goma and Bukavu earlier this year.

The two ministers were later received by President Donald Trump in the Oval Office. Trump said he expected Congo's President Felix Tshisekedi and Rwanda's Paul Kagame to come to Washington "to sign something" in the coming weeks, but no date was given.

The agreement follows a meeting between Tshisekedi and Kagame in Doha in March, mediated by Qatar, which is separately hosting talks between Kinshasa and the M23.

Washington is also seeking access to eastern Congo's deposits of cobalt, lithium and other minerals.

Critics noted the deal does not mention the M23 by name and said lasting peace would depend on implementation on the ground.

bur-sct/des

Copyright 2025 AFP. All rights reserved."""))

M.append(dict(id="h29-18", source="japantoday.com",
url="https://japantoday.com/category/politics/abe-putin-agree-to-push-joint-economic-activities-on-disputed-isles",
published_at="2019-09-05", body="""JAPAN TODAY | National | Crime | Entertainment | Politics | Business | Tech

POLITICS

Abe, Putin agree to push joint economic activities on disputed isles

VLADIVOSTOK - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Thursday to push ahead with joint economic activities on four Russian-held islands off Hokkaido claimed by Japan, but failed to make headway on a long-sought peace treaty.

The talks, held in the Russian Far East city of Vladivostok on the sidelines of the Eastern Economic Forum, were the 27th meeting between the two leaders. They agreed to hold a pilot tour for Japanese tourists to the islands next month.

"I want to fulfill our responsibility for the next generation by ending this abnormal situation in which our countries have not signed a peace treaty for more than 70 years," Abe told the forum's plenary session later in the day, with Putin sitting next to him.

Abe and Putin agreed to meet again in November on the sidelines of the Asia-Pacific Economic Cooperation summit in Santiago, Chile, a Japanese government official said.

While in Vladivostok, Abe also held separate talks with Indian Prime Minister Narendra Modi, the main guest of this year's forum, and Mongolian President Khaltmaa Battulga. Abe and Modi confirmed that Abe will visit India in December for the two countries' annual summit.

Abe returns to Tokyo on Thursday evening.

(C) Copyright 2019 Kyodo News. All Rights Reserved.

6 Comments | Login to comment

Sponsored
Find the perfect apartment in Tokyo

Related
Japan, South Korea spat over export controls deepens
Kono, Lavrov to hold talks ahead of leaders' meeting

Share on Facebook | Tweet | LINE"""))

M.append(dict(id="h29-19", source="tass.com",
url="https://tass.com/politics/1566371",
published_at="2023-01-23", body="""TASS | Politics

Lavrov, South Africa's Pandor hold talks in Pretoria

PRETORIA, January 23. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with South African Minister of International Relations and Cooperation Naledi Pandor in Pretoria on Monday.

The talks focused on bilateral cooperation, including in trade, energy and education, as well as preparations for the second Russia-Africa summit in St. Petersburg in July and South Africa's chairmanship of BRICS this year.

Pandor said at a press conference after the talks that South Africa's position on the conflict in Ukraine remained unchanged and that Pretoria wanted a negotiated settlement. She said joint naval exercises with Russia and China planned for February off the South African coast were "a natural course of relations" between countries.

Lavrov thanked South Africa for its "balanced" position and said Russia and South Africa had agreed to coordinate approaches at the United Nations and in the Group of Twenty.

South Africa is the first stop on Lavrov's African tour. From Pretoria, the Russian minister will travel to Eswatini, followed by Angola, the Russian Foreign Ministry said.

South African opposition parties criticized the visit, which took place on the eve of the first anniversary of the start of the special military operation.

Tags: Sergey Lavrov, South Africa, Africa tour

Read also: Russia, South Africa, China to hold naval drills in Indian Ocean

TASS Russian News Agency | Follow TASS on Telegram | Copyright 2023"""))

M.append(dict(id="h29-20", source="wam.ae",
url="https://www.wam.ae/en/details/1395303066721",
published_at="2022-07-18", body="""Emirates News Agency - WAM | Home | UAE | Gulf | Arab | World | Business | Sport

UAE President arrives in Paris on state visit to France

PARIS, 18th July, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Paris today on a state visit to the French Republic, his first overseas visit since he assumed the presidency of the UAE.

His Highness was received at Les Invalides by President Emmanuel Macron, where an official welcome ceremony was held. The two presidents held talks on means of strengthening the comprehensive strategic partnership between the UAE and France, and regional and international developments.

During the visit, a comprehensive strategic energy partnership agreement was signed between the two countries covering energy security, hydrogen and nuclear energy. His Highness and President Macron witnessed the signing.

The French President will host a state dinner at the Grand Trianon in the Palace of Versailles in honour of His Highness.

UAE President receives phone call from Egyptian President

ABU DHABI, 18th July, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call today from President Abdel Fattah El-Sisi of Egypt, during which they discussed fraternal relations and the outcomes of the Jeddah Security and Development Summit held last Saturday.

Other news
UAE Vice President receives Bahraini minister
UAE condemns terrorist attack in Somalia
DP World completes acquisition in India

Share: Facebook | Twitter | WhatsApp | Email | Print

WAM | Copyright 2022 | Download WAM app"""))

M.append(dict(id="h29-21", source="reuters.com",
url="https://www.reuters.com/article/us-americas-summit-obama-castro/obama-castro-hold-historic-talks-at-americas-summit-idUSKBN0N20EL20150411",
published_at="2015-04-11", body="""Obama, Castro hold historic talks, pledge to 'turn the page'

By Jeff Mason and Daniel Trotta

PANAMA CITY (Reuters) - U.S. President Barack Obama and Cuban President Raul Castro held the first formal talks between leaders of the two countries in more than half a century on Saturday, on the sidelines of the Summit of the Americas in Panama.

Sitting side by side in a small room at the convention center, the two leaders said they wanted to move quickly toward reopening embassies, though Obama acknowledged there would be "disagreements" on human rights and democracy.

"This is obviously an historic meeting," Obama told reporters. Castro said the two countries could "agree to disagree" and that Cuba was willing to discuss anything.

The White House said the two leaders had spoken by telephone on Wednesday, before Obama left Washington for a stop in Jamaica, where he met Caribbean leaders.

Secretary of State John Kerry met Cuban Foreign Minister Bruno Rodriguez in Panama on Thursday night for talks.

Obama held talks with Panamanian President Juan Carlos Varela on Friday and visited the Panama Canal expansion project.

Obama also had a brief exchange with Venezuelan President Nicolas Maduro at a dinner for leaders on Friday night, a White House official said, without giving details.

Obama is expected to decide soon whether to remove Cuba from the U.S. list of state sponsors of terrorism, a key demand of Havana.

(Additional reporting by Roberta Rampton and Alexandra Ulmer; Editing by Kieran Murray)

Reuters | Trending Stories | Sponsored Content"""))

M.append(dict(id="h29-22", source="abc.net.au",
url="https://www.abc.net.au/news/2022-11-15/albanese-xi-jinping-meeting-g20-bali/101657222",
published_at="2022-11-15", body="""ABC NEWS | Just In | Politics | World | Business | Analysis

Anthony Albanese meets Xi Jinping in Bali in first leaders' talks in six years

By political reporter Jake Evans and foreign affairs reporter Stephen Dziedzic in Bali
Posted Tue 15 Nov 2022 at 10:43pm

Prime Minister Anthony Albanese has met Chinese President Xi Jinping on the sidelines of the G20 summit in Bali, the first formal meeting between leaders of the two countries since 2016.

The 32-minute meeting took place at Mr Xi's hotel in Nusa Dua on Tuesday evening, after the summit's first day of sessions.

Mr Albanese said the talks were "positive and constructive" and that he had raised China's trade sanctions on Australian exports, the detention of Australian citizens Cheng Lei and Yang Hengjun, and human rights.

"We have differences, but we have agreed to continue dialogue," he told reporters afterwards.

Mr Xi told Mr Albanese that China and Australia "should improve, maintain and develop" their relationship, according to a Chinese readout.

The meeting came a day after Mr Xi's three-hour talks with US President Joe Biden, also in Bali.

Mr Albanese is due to travel on to Bangkok for the APEC leaders' meeting later this week.

Posted 15 Nov 2022 | Share

Related stories
Penny Wong says China relationship still "complex"
Wine exporters hope for end to tariffs

Topics: government-and-politics, world-politics, china, indonesia, australia

ABC | Download the ABC NEWS app"""))

M.append(dict(id="h29-23", source="apnews.com",
url="https://apnews.com/article/honduras-china-taiwan-diplomatic-relations-5e8b63d2",
published_at="2023-03-26", body="""Honduras establishes ties with China after cutting off Taiwan

By HUIZHONG WU and MARLON GONZÁLEZ
March 26, 2023

TAIPEI, Taiwan (AP) — Honduras established diplomatic relations with China on Sunday after breaking off ties with Taiwan, leaving the self-governed island with only 13 diplomatic allies.

Honduran Foreign Minister Eduardo Enrique Reina and Chinese Foreign Minister Qin Gang signed a joint communique in Beijing establishing ties, according to China's Foreign Ministry. Reina arrived in the Chinese capital on Saturday.

Honduran President Xiomara Castro had announced earlier this month that her government would seek formal ties with Beijing. She has said she plans to travel to China but no date has been set.

Taiwan's Foreign Minister Joseph Wu said Taipei would not engage in "dollar diplomacy" with China.

Taiwanese President Tsai Ing-wen is set to leave on Wednesday for Guatemala and Belize, two of Taiwan's remaining allies in the region. Her trip includes stops in New York and Los Angeles. She may meet U.S. House Speaker Kevin McCarthy in California, which Beijing has warned against.

Associated Press writer Christopher Bodeen in Beijing contributed.

Copyright 2023 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h29-24", source="akorda.kz",
url="https://www.akorda.kz/en/events/telephone-conversations",
published_at="2022-11-21", body="""Official website of the President of the Republic of Kazakhstan | Қаз | Рус | Eng

Events > Telephone conversations

21 November 2022

Kassym-Jomart Tokayev receives telephone call from President of Azerbaijan Ilham Aliyev

Ilham Aliyev warmly congratulated Kassym-Jomart Tokayev on his convincing victory in the presidential election, noting that the results show the high trust of the people of Kazakhstan.

The Head of State thanked the President of Azerbaijan for the congratulations and for his support of the reforms being carried out in Kazakhstan.

During the conversation, the parties noted the positive dynamics of Kazakh-Azerbaijani cooperation and discussed the development of the Trans-Caspian International Transport Route.

21 November 2022

The Head of State holds telephone talks with President of Türkiye Recep Tayyip Erdoğan

The President of Türkiye congratulated Kassym-Jomart Tokayev on his re-election and wished him success.

The leaders discussed the results of the summit of the Organization of Turkic States held in Samarkand, as well as bilateral trade and investment projects.

Other news
The President received congratulatory telegrams from heads of foreign states
The Head of State received the credentials of ambassadors of a number of foreign countries

Share | Print | Version for the visually impaired"""))

M.append(dict(id="h29-25", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/64/303722/Egypt/Politics-/Egypts-Sisi,-Ethiopias-Abiy-pledge-cooperation-on-Nile.aspx",
published_at="2018-06-10", body="""Ahram Online | Egypt | World | Business | Opinion | Life & Style

Egypt's Sisi, Ethiopia's Abiy pledge cooperation on Nile during Cairo visit

Ahram Online, Sunday 10 Jun 2018

Ethiopian Prime Minister Abiy Ahmed, on his first visit to Egypt since taking office in April, held talks with President Abdel Fattah El-Sisi in Cairo on Sunday, with the two leaders promising to resolve differences over the Grand Ethiopian Renaissance Dam (GERD) through cooperation.

At a joint press conference at the Ittihadiya presidential palace, Abiy, asked by El-Sisi to reassure Egyptians, repeated in Arabic an oath that Ethiopia would not harm Egypt's share of the Nile waters. "We will take care of the Nile and preserve your share," he said.

El-Sisi said the talks were "positive" and that the two countries had agreed to set up an infrastructure investment fund involving Egypt, Ethiopia and Sudan.

Egypt also agreed to release 32 Ethiopian prisoners at Abiy's request, the Ethiopian premier's office said.

Abiy arrived in Cairo on Saturday. His regional tour has already taken him to Djibouti, Sudan and Kenya.

Talks between the three countries on the filling and operation of the dam have stalled repeatedly since 2015.

Tags: Egypt, Ethiopia, Nile, GERD, Abiy Ahmed

Most read
Egypt, Saudi Arabia sign electricity link agreement
Cairo metro ticket prices rise

Share: Facebook | Twitter | Email | Print"""))

M.append(dict(id="h29-26", source="en.antaranews.com",
url="https://en.antaranews.com/news/237433/jokowi-meets-zelenskyy-in-kyiv-offers-to-carry-message-to-putin",
published_at="2022-06-29", body="""ANTARA News | Indonesia | Business | World | Sports

Jokowi meets Zelenskyy in Kyiv, offers to carry message to Putin

Kyiv (ANTARA) - President Joko Widodo (Jokowi) held talks with Ukrainian President Volodymyr Zelenskyy at the Mariinsky Palace in Kyiv on Wednesday, becoming the first Asian leader to visit Ukraine since the Russian invasion began.

Jokowi said he had offered to carry a message from Zelenskyy to President Vladimir Putin, whom he will meet in Moscow on Thursday. "Indonesia wants the war to stop soon and for the global food supply chain to be restored," the President said.

Jokowi and First Lady Iriana travelled overnight from the Polish border by train for around 11 hours. Before arriving in Kyiv, the President visited the town of Irpin, where residential buildings were destroyed during the fighting.

On Tuesday, Jokowi held talks with Polish President Andrzej Duda in Warsaw, after attending the G7 summit in Elmau, Germany, as a guest of Chancellor Olaf Scholz.

Indonesia holds the G20 presidency this year and has invited both Zelenskyy and Putin to the leaders' summit in Bali in November.

Foreign Minister Retno Marsudi, who accompanied the President, said the trip was a mission of peace.

Reporter: Hendra Agusta
Editor: Rahmad Nasution
COPYRIGHT © ANTARA 2022

Related news
Indonesia sends humanitarian aid to Ukraine
Rupiah weakens as global recession fears mount"""))
