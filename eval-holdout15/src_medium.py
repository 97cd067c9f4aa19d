# Medium wire-style stories (1,200-2,000 characters), h15-13 .. h15-26
M = []

M.append(dict(id="h15-13", source="english.news.cn",
url="http://english.news.cn/20230414/7a1c2f0e9b3d4c5e8f6a1b2c3d4e5f60/c.html",
published_at="2023-04-14", body="""Xi holds talks with Brazilian President Lula

Source: Xinhua | Editor: huaxia | 2023-04-14 22:15:03

BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva, who is on a state visit to China, at the Great Hall of the People in Beijing on Friday.

Xi said China and Brazil, as the largest developing countries in the Eastern and Western hemispheres, share broad common interests, and that China regards its relations with Brazil as a high priority in its diplomacy.

Noting that this year marks the 30th anniversary of the China-Brazil strategic partnership, Xi said the two sides should strengthen exchanges at all levels and deepen cooperation in agriculture, energy, infrastructure and the green economy.

Lula said Brazil is willing to work with China to push bilateral relations to a new level, and that no one can prevent the development of Brazil-China relations.

After the talks, the two heads of state witnessed the signing of a number of cooperation documents covering trade, investment, the digital economy, scientific and technological innovation, information and communications, poverty reduction, quarantine and aerospace.

Prior to the talks, Xi held a welcome ceremony for Lula at the square outside the east gate of the Great Hall of the People.

Lula arrived in Shanghai on Wednesday, where he attended the inauguration of former Brazilian President Dilma Rousseff as president of the New Development Bank. Brazilian officials said Lula will leave for Abu Dhabi on Saturday for talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan. Enditem

Photo: Chinese President Xi Jinping holds a welcome ceremony for Brazilian President Luiz Inacio Lula da Silva in Beijing, capital of China, April 14, 2023. (Xinhua/Yue Yuewei)

Most viewed | Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h15-14", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=1929954",
published_at="2023-06-05", body="""Ministry of Defence

Raksha Mantri Shri Rajnath Singh holds bilateral talks with US Secretary of Defense Mr Lloyd J Austin III in New Delhi

Both sides conclude Roadmap for US-India Defence Industrial Cooperation

Posted On: 05 JUN 2023 1:40PM by PIB Delhi

Raksha Mantri Shri Rajnath Singh held bilateral talks with the Secretary of Defense of the United States of America Mr Lloyd J Austin III in New Delhi on June 05, 2023. Mr Austin is on an official visit to India from June 04-05, 2023.

The two Ministers reviewed the progress of bilateral defence cooperation and discussed new initiatives to deepen the partnership, including co-development and co-production of defence equipment. They concluded a Roadmap for US-India Defence Industrial Cooperation, which is expected to guide policy direction for the next few years.

Raksha Mantri underlined India's priority on building indigenous defence industrial capabilities. The Secretary of Defense appreciated India's role as a security provider in the Indo-Pacific region.

The Ministers also discussed ways to further strengthen the strategic partnership in the run-up to the State Visit of Prime Minister Shri Narendra Modi to the United States later this month.

Earlier, Mr Austin laid a wreath at the National War Memorial and was accorded a Tri-Services Guard of Honour. He arrived in New Delhi from Singapore, where he had attended the Shangri-La Dialogue.

***

ABB/Savvy

(Release ID: 1929954) Visitor Counter : 2143

Read this release in: Hindi | Urdu | Marathi | Tamil

Follow us on social media: Twitter | Facebook | YouTube | Instagram"""))

M.append(dict(id="h15-15", source="apnews.com",
url="https://apnews.com/article/trump-lee-singapore-summit-eve-kim",
published_at="2018-06-11", body="""Trump meets Singapore leader on eve of Kim summit

By ZEKE MILLER and CATHERINE LUCEY | June 11, 2018

SINGAPORE (AP) — President Donald Trump sat down with Singapore Prime Minister Lee Hsien Loong on Monday, a day before his unprecedented summit with North Korean leader Kim Jong Un, and predicted things could "work out very nicely."

Trump thanked his host for the "hospitality and professionalism" of the city-state during a working lunch at the Istana, the prime minister's official residence. "We've got a very interesting meeting in particular tomorrow," the president said.

Kim, who arrived on Sunday aboard an Air China plane, met Lee at the same venue that evening and thanked Singapore for its efforts to stage the meeting.

Trump and Kim will meet at 9 a.m. Tuesday at the Capella hotel on Sentosa, a resort island off Singapore's main island, White House press secretary Sarah Huckabee Sanders said. They will first hold a one-on-one meeting with only translators present, followed by an expanded session with aides and a working lunch.

Secretary of State Mike Pompeo told reporters the United States was prepared to offer North Korea security guarantees that are "different, unique" from those offered before, in exchange for "complete, verifiable and irreversible" denuclearization.

Officials from both sides were still working through details late Monday. Trump, who turns 72 on Thursday, tweeted that there was "excitement in the air".

Associated Press writers Foster Klug and Kim Tong-hyung contributed to this report.

Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""))

M.append(dict(id="h15-16", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-president-to-visit-greece-on-thursday/3073015",
published_at="2023-12-06", body="""POLITICS

Turkish president to visit Greece on Thursday for High-Level Cooperation Council meeting

Erdogan, Mitsotakis expected to sign declaration on friendly relations, some 15 agreements in fields including trade, energy and education

Burak Bir | 06.12.2023 - Update : 06.12.2023

ANKARA

Turkish President Recep Tayyip Erdogan will pay an official visit to Greece on Thursday at the invitation of Greek Prime Minister Kyriakos Mitsotakis, Türkiye's Communications Director Fahrettin Altun said on Wednesday.

The two leaders will co-chair the fifth meeting of the Türkiye-Greece High-Level Cooperation Council in Athens, the first since 2016, Altun said on X.

Erdogan will be accompanied by several ministers, and the sides are expected to sign a joint declaration on friendly relations and good-neighbourliness along with around 15 agreements and memorandums of understanding.

Foreign Minister Hakan Fidan and his Greek counterpart George Gerapetritis discussed final preparations for the visit in a phone call on Tuesday, diplomatic sources said.

Relations between the two NATO allies, strained for years over maritime boundaries, airspace and migration, have warmed since devastating earthquakes struck Türkiye in February and Greek rescue teams were among the first to arrive.

Separately, a visit to Türkiye by Iranian President Ebrahim Raisi, which had been planned for late November, was postponed, and a new date has not been announced.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related topics: Türkiye-Greece | Recep Tayyip Erdogan | Kyriakos Mitsotakis"""))

M.append(dict(id="h15-17", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/74021",
published_at="2024-05-14", body="""President of Russia | Events | News

Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev

May 14, 2024 15:30

Vladimir Putin had a telephone conversation with President of the Republic of Uzbekistan Shavkat Mirziyoyev.

Shavkat Mirziyoyev once again cordially congratulated Vladimir Putin on taking office as President of the Russian Federation and wished him success in his work.

The leaders discussed topical issues on the bilateral agenda and noted the positive dynamics in trade and economic cooperation, including in energy, industry and transport. They touched on the joint project to build a nuclear power plant in Uzbekistan.

Special attention was paid to preparations for the Russian President's state visit to Uzbekistan scheduled for late May. The parties expressed confidence that the upcoming talks in Tashkent would give a fresh impetus to the comprehensive development of the strategic partnership and alliance between Russia and Uzbekistan.

The conversation was warm and friendly.

Topics: Foreign policy
Persons: Mirziyoyev Shavkat
Countries: Uzbekistan

Publication status: Published in sections: News, Transcripts
Publication date: May 14, 2024, 15:30
Direct link: en.kremlin.ru/d/74021

Other news
May 13, 2024 Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev
May 10, 2024 Russian-Laotian talks
May 9, 2024 Military parade marking the 79th anniversary of Victory

Text version | Subscribe to news | All materials on this site are available under Creative Commons Attribution 4.0 International."""))

M.append(dict(id="h15-18", source="reuters.com",
url="https://www.reuters.com/article/us-cuba-usa-obama-castro-idUSKCN0WN1BY",
published_at="2016-03-21", body="""World News | March 21, 2016 / 7:14 PM

Obama, Castro spar over rights in historic Havana news conference

By Jeff Mason and Daniel Trotta | 4 Min Read

HAVANA (Reuters) - U.S. President Barack Obama held talks with Cuban President Raul Castro at the Palace of the Revolution on Monday, and the two leaders then publicly aired their differences over human rights and the U.S. trade embargo in an unusual joint news conference.

Castro bristled when an American reporter asked about political prisoners. "Give me the list," he said, insisting there were none, and accused the United States of its own failings on healthcare and equal pay.

Obama, the first sitting U.S. president to visit Cuba since Calvin Coolidge in 1928, arrived on Sunday with his family. He said the embargo would end but that he could not predict when, since lifting it requires a vote in Congress.

Castro called for the return of the Guantanamo Bay naval base and said the embargo remained "the most important obstacle" to normal relations.

On Tuesday, Obama will address the Cuban people in a televised speech at the Gran Teatro and attend an exhibition baseball game before flying to Buenos Aires on Wednesday for talks with Argentina's new president, Mauricio Macri.

Secretary of State John Kerry separately met negotiators from the Colombian government and FARC rebels, who are holding peace talks in the Cuban capital.

(Additional reporting by Matt Spetalnick; Editing by Kieran Murray)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h15-19", source="spa.gov.sa",
url="https://www.spa.gov.sa/w1984562",
published_at="2023-10-12", body="""Saudi Press Agency
Home | Local | Political | Economic | Sports | Photos

Crown Prince Receives Phone Call from Iranian President

Riyadh, October 11, 2023, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a phone call today from President of the Islamic Republic of Iran Ebrahim Raisi.

During the call, they discussed the current military escalation in Gaza and its surroundings. His Royal Highness the Crown Prince affirmed that the Kingdom is making every effort to engage with international and regional parties to halt the ongoing escalation, and stressed the Kingdom's firm position in standing by the Palestinian cause.

--SPA
23:05 Local Time 20:05 GMT

Foreign Minister Receives Phone Call from U.S. Secretary of State

Riyadh, October 12, 2023, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah received a phone call today from U.S. Secretary of State Antony Blinken.

During the call, they reviewed developments in Gaza and the need to stop the escalation and protect civilians. Arrangements for the Secretary's visit to the Kingdom in the coming days were also discussed.

--SPA

Deputy Minister Receives Ambassador of Japan

Riyadh, October 12, 2023, SPA -- Deputy Minister of Foreign Affairs Waleed Al-Khuraiji received at the ministry's headquarters today the Ambassador of Japan to the Kingdom.

--SPA

Print | Share | All rights reserved to Saudi Press Agency ©"""))

M.append(dict(id="h15-20", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/03/kishida-yoon-summit-tokyo-shuttle-diplomacy.html",
published_at="2023-03-16", body="""KYODO NEWS - Mar 16, 2023 - 21:40 | All, Japan, World

Kishida, Yoon agree to resume shuttle diplomacy at landmark Tokyo summit

Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed Thursday to resume reciprocal visits by their leaders, suspended for about 12 years, as they held talks in Tokyo aimed at mending ties strained by wartime history.

The summit was the first in Japan by a South Korean president for purposes other than attending an international conference since 2011. It followed Seoul's announcement earlier this month of a plan to compensate Koreans forced to work for Japanese companies during the war through a government-backed foundation.

Tokyo said it would lift export controls on three materials used to make semiconductors and displays, while Seoul said it would drop its complaint at the World Trade Organization. The two leaders also agreed to fully restore a bilateral military intelligence-sharing pact.

Hours before Yoon's arrival, North Korea fired an intercontinental ballistic missile that landed in the sea west of Hokkaido.

Kishida said he would consider visiting South Korea at an appropriate time.

Kishida is scheduled to visit India from Sunday for talks with Prime Minister Narendra Modi, with Japan holding this year's Group of Seven presidency.

Related coverage:
Japan to lift export curbs on chip materials to S. Korea
N. Korea fires ICBM as Yoon heads to Tokyo

(Pool photo)(Kyodo)
Copyright 2023 KYODO NEWS. All Rights Reserved."""))

M.append(dict(id="h15-21", source="news24.com",
url="https://www.news24.com/news24/africa/news/ethiopia-eritrea-declare-end-to-state-of-war-20180709",
published_at="2018-07-09", body="""News24 | Africa

Ethiopia, Eritrea declare end to 'state of war' after historic summit

2018-07-09 15:47

Asmara - Eritrea and Ethiopia on Monday signed a joint declaration formally ending two decades of hostility, the day after Ethiopian Prime Minister Abiy Ahmed made a landmark trip to the Eritrean capital.

The "Joint Declaration of Peace and Friendship" was signed by Abiy and Eritrean President Isaias Afwerki in Asmara, Eritrea's information minister Yemane Gebremeskel said on Twitter. "The state of war that existed between the two countries has come to an end," he wrote.

The neighbours agreed to reopen embassies, restore flights and telephone links, and give Ethiopia access to Eritrean ports.

Abiy was greeted at the airport on Sunday by Isaias, and thousands of people lined the streets of Asmara waving flags of both countries. He was the first Ethiopian leader to visit in about 20 years.

Isaias is expected to travel to Addis Ababa for a return visit, Abiy's chief of staff Fitsum Arega said, without giving a date.

Around 80 000 people were killed in the 1998-2000 border war. Abiy announced in June that Ethiopia would fully accept a 2002 international ruling on the border, including awarding the flashpoint town of Badme to Eritrea.

- AFP

Read more on: ethiopia | eritrea | east africa

Disclaimer: News24 encourages freedom of speech and the expression of diverse views. The views of columnists published on News24 are therefore their own."""))

M.append(dict(id="h15-22", source="kenyanews.go.ke",
url="https://www.kenyanews.go.ke/president-kenyatta-hosts-tanzanian-counterpart/",
published_at="2021-05-04", body="""Kenya News Agency | Home | Counties | Business | Features

President Kenyatta hosts Tanzanian counterpart Samia Suluhu Hassan at State House

By KNA | May 4, 2021

President Uhuru Kenyatta today hosted his Tanzanian counterpart Samia Suluhu Hassan at State House, Nairobi, where the two leaders held bilateral talks on trade, infrastructure and regional security.

President Suluhu, who is on a two-day state visit to Kenya, arrived at Jomo Kenyatta International Airport this morning, where she was received by Foreign Affairs Cabinet Secretary Raychelle Omamo before proceeding to State House for a 21-gun salute and inspection of a guard of honour.

During the talks, the two Heads of State directed their ministries to resolve non-tariff barriers that have hampered cross-border trade, and agreed to fast-track the construction of a natural gas pipeline from Dar es Salaam to Mombasa.

The leaders also directed their foreign ministers to convene the Joint Commission for Cooperation within two months.

The visit is President Suluhu's second foreign trip since she took office in March following the death of President John Magufuli.

Tomorrow, the Tanzanian leader is scheduled to address a joint sitting of Parliament and attend a Kenya-Tanzania business forum.

Share this: Facebook | Twitter | WhatsApp

Related
Kenya, Uganda sign pact on cross-border trade
CS Omamo calls for stronger EAC integration

Kenya News Agency | Ministry of Information, Communications and Technology"""))

M.append(dict(id="h15-23", source="mfa.gov.ua",
url="https://mfa.gov.ua/en/news/dmytro-kuleba-holds-talks-with-wang-yi-in-guangzhou",
published_at="2024-07-24", body="""Ministry of Foreign Affairs of Ukraine

News

Dmytro Kuleba holds talks with Wang Yi in Guangzhou

24 July, 2024 - 13:05

Minister for Foreign Affairs of Ukraine Dmytro Kuleba, who is on an official visit to the People's Republic of China, held talks with Member of the Political Bureau of the CPC Central Committee, Minister of Foreign Affairs of China Wang Yi.

The ministers held a detailed discussion on ways to stop Russian aggression and on the role China could play in achieving a just and lasting peace. The Minister informed his counterpart about the humanitarian consequences of Russian missile strikes on Ukraine's energy infrastructure and civilian facilities, including the Okhmatdyt children's hospital in Kyiv.

Kuleba stressed that Ukraine is ready to engage in dialogue with the Russian side at an appropriate stage, when Russia is ready to negotiate in good faith.

The sides also discussed trade and economic cooperation, in particular the export of Ukrainian agricultural products to China, and the transit of Ukrainian grain.

This is the first visit of Ukraine's foreign minister to China since the start of Russia's full-scale invasion. The visit will continue until 26 July.

Share: Facebook | X | Telegram

Photo: MFA of Ukraine

Other news
Statement of the MFA of Ukraine on the anniversary of Russia's strike on Odesa's cathedral
Comment of the Spokesperson on sham "elections" in the temporarily occupied territories"""))

M.append(dict(id="h15-24", source="bernama.com",
url="https://www.bernama.com/en/politics/news.php?id=2175301",
published_at="2023-03-27", body="""BERNAMA | General | Business | Politics | World | Sports

PM Anwar to make official visit to China from March 29

27/03/2023 04:10 PM

KUALA LUMPUR, March 27 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim will make an official visit to China from Wednesday (March 29) to April 1 at the invitation of Chinese Premier Li Qiang, Wisma Putra said in a statement today.

Anwar will first attend the Boao Forum for Asia Annual Conference 2023 in Hainan, where he is scheduled to deliver a keynote address, before proceeding to Beijing for a bilateral meeting with Li and a call on President Xi Jinping.

Several memorandums of understanding are expected to be exchanged during the visit, covering the green economy, the digital economy, agriculture and tourism.

The Prime Minister will be accompanied by Foreign Minister Datuk Seri Diraja Dr Zambry Abd Kadir and International Trade and Industry Minister Tengku Datuk Seri Zafrul Tengku Abdul Aziz.

China has been Malaysia's largest trading partner for 14 consecutive years.

Earlier today, Anwar received a courtesy call from Chinese Ambassador to Malaysia Ouyang Yujing at Seri Perdana.

The visit to China follows Anwar's trips to Indonesia, Singapore, Brunei, Thailand and the Philippines since he took office in November.

-- BERNAMA

Download the Bernama app | Follow us on Telegram
© 2023 BERNAMA. All Rights Reserved."""))

M.append(dict(id="h15-25", source="usnews.com",
url="https://www.usnews.com/news/world/articles/2022-11-01/colombias-petro-meets-venezuelas-maduro-in-caracas",
published_at="2022-11-01", body="""World News | Reuters

Colombia's Petro Meets Venezuela's Maduro in Caracas as Ties Thaw

By Reuters | Nov. 1, 2022, at 5:31 p.m.

CARACAS (Reuters) - Colombian President Gustavo Petro met his Venezuelan counterpart Nicolas Maduro in Caracas on Tuesday, the first meeting between the leaders of the two neighbors in years, as they work to rebuild relations broken off in 2019.

Petro, who took office in August, was received by Maduro at the Miraflores presidential palace. The two discussed trade, the security situation on their shared 2,200-km (1,370-mile) border, and Venezuela's possible return to the Inter-American human rights system and the Andean Community, according to statements from both governments.

The border was fully reopened to cargo traffic in September after years of closure, and the two countries restored ambassadors in August.

Venezuela has also agreed to act as a guarantor in peace talks between Petro's government and the National Liberation Army (ELN) guerrilla group.

"We advance," Petro wrote on Twitter after the meeting, which lasted about four hours.

Maduro called the meeting "a new page" in the relationship.

(Reporting by Vivian Sequera and Luis Jaime Acosta; Editing by Daniel Wallis)

Copyright 2022 Thomson Reuters.

Tags: Venezuela, Colombia

Related: Colombia, Venezuela reopen border to cargo after seven years"""))

M.append(dict(id="h15-26", source="tass.com",
url="https://tass.com/politics/1861205",
published_at="2024-10-22", body="""TASS | Politics

Putin holds talks with Xi, Modi on first day of BRICS summit in Kazan

KAZAN, October 22. /TASS/. Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Kazan on Tuesday, on the sidelines of the BRICS summit that Russia is hosting this year.

Putin called the Chinese leader his "dear friend" and said Russian-Chinese cooperation was "one of the main stabilising factors on the world stage". Xi, who arrived in Kazan earlier in the day, said the world was undergoing profound changes and that China and Russia would keep supporting each other.

Earlier in the day, Putin met Indian Prime Minister Narendra Modi, who landed in Kazan in the morning. "Our relations are so close that I think you will understand me without translation," Putin told him. Modi said India supported a peaceful settlement of the conflict in Ukraine and was ready to help.

Indian Foreign Secretary Vikram Misri told reporters that Modi and Xi would hold a bilateral meeting on the summit's sidelines on Wednesday, after New Delhi and Beijing reached an agreement on patrolling along their disputed border.

Kremlin aide Yuri Ushakov said Putin would hold about 20 bilateral meetings during the summit. Turkish President Recep Tayyip Erdogan is also expected in Kazan.

Tags: BRICS summit in Kazan

Read also: BRICS summit in Kazan: what's on the agenda

TASS Russian News Agency | All rights reserved | Follow TASS on Telegram"""))
