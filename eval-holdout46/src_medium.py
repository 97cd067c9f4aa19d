# Medium wire-style stories (1,200-2,000 characters), h46-13 .. h46-26
M = []

M.append(dict(id="h46-13", source="reuters.com",
url="https://www.reuters.com/article/us-china-japan-summit-idUSKCN0IU0BL20141110",
published_at="2014-11-10", body="""World News | Mon Nov 10, 2014 | 4:51am EST

Abe, Xi hold first summit as Asian rivals try to thaw frosty ties

By Megan Cho and Hiroshi Tanabe

BEIJING (Reuters) - Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping held their first formal talks on Monday, a stiff encounter on the sidelines of an Asia-Pacific summit in Beijing that both sides hope will start to repair relations strained by a territorial row and wartime history.

Xi, unsmiling, shook hands with Abe in front of national flags at the Great Hall of the People before the two sat down for about 25 minutes. Abe told reporters afterwards that it was "the first step" toward improving ties and that the two had agreed to work toward a maritime communication mechanism to avoid clashes at sea.

No formal summit had been held between the leaders of Asia's two largest economies since Abe returned to power in December 2012. Relations sank after Japan bought several of the disputed islands in the East China Sea, called Senkaku in Japan and Diaoyu in China, from a private owner in September 2012, and worsened when Abe visited the Yasukuni shrine in December 2013.

The meeting followed a four-point document issued on Friday in which the two governments acknowledged they had "different positions" on the tensions in the East China Sea.

Chinese state television said Xi told Abe that Japan should "do more things that help boost mutual trust."

U.S. President Barack Obama, who arrived in Beijing on Monday for the APEC meeting and a state visit, welcomed the encounter, a U.S. official said.

(Additional reporting by Kenji Morita in Tokyo; Editing by Tom Abelson)

Related Coverage
Obama lands in Beijing for APEC, talks with Xi
Putin, Xi sign second gas supply framework

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h46-14", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/77341",
published_at="2025-07-01", body="""President of Russia
News | Events | Transcripts | Documents | Photos | Video

Telephone conversation with President of France Emmanuel Macron

July 1, 2025 | 18:40 | The Kremlin, Moscow

Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron.

The conversation, initiated by the French side, lasted over two hours. It was the first conversation between the two leaders since September 2022.

The situation in the Middle East was discussed in detail, including in connection with the strikes on Iranian nuclear facilities by Israel and the United States. It was emphasised that Russia and France, as permanent members of the UN Security Council, bear special responsibility for maintaining peace and security. The importance of respecting Iran's right to the peaceful use of nuclear energy and of continuing its cooperation with the IAEA was noted.

On the Ukrainian issue, Vladimir Putin reiterated his principled assessments. He noted that the Ukrainian conflict is a direct consequence of Western states' policy, which for years ignored Russia's security interests, and said that any peace agreement should be comprehensive and long-term and should address the root causes of the crisis.

The Presidents agreed to continue contacts.

Geography: France
Topics: Foreign policy

Publication date: July 1, 2025, 18:40
Text version

Other news
July 1, 2025 Meeting with Governor of Kaluga Region Vladislav Shapsha
June 27, 2025 News conference following Eurasian Economic Union summit
June 26, 2025 Meeting of Supreme Eurasian Economic Council
June 19, 2025 Talks with President of Indonesia Prabowo Subianto

All content on this site is licensed under Creative Commons Attribution 4.0 International."""))

M.append(dict(id="h46-15", source="english.news.cn",
url="https://english.news.cn/20250411/3f0d1a9c8b2e4e7aa1c56d0e2b7f9a44/c.html",
published_at="2025-04-11", body="""Xi meets Spanish PM Sanchez in Beijing

Source: Xinhua | Editor: huaxia | 2025-04-11 19:06:42

BEIJING, April 11 (Xinhua) -- Chinese President Xi Jinping met with Spanish Prime Minister Pedro Sanchez, who is on an official visit to China, at the Diaoyutai State Guesthouse in Beijing on Friday.

Noting that this is Sanchez's third visit to China in three years, Xi said that the China-Spain comprehensive strategic partnership has maintained sound and steady development, and that the two sides should view each other's development as an opportunity.

Xi said that China and Europe should fulfil their international responsibilities and jointly resist unilateral bullying practices, which would not only safeguard their own legitimate rights and interests but also uphold international fairness and justice. There are no winners in a tariff war, he said.

Sanchez said that Spain values its relations with China and is willing to strengthen cooperation in trade, investment, new energy, culture and tourism. He said Spain is committed to a more balanced trade relationship between Europe and China, and that Europe should not follow the logic of confrontation.

Before the meeting, Sanchez attended a business forum and met with representatives of Chinese companies with investments in Spain. Chinese Premier Li Qiang and Chairman of the NPC Standing Committee Zhao Leji will also meet with Sanchez during the visit.

Wang Yi attended the meeting. ■

Related:
Commentary: Tariff escalation will backfire on Washington
China's foreign trade up 1.3 pct in Q1

[Editor's note] Copyright © 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h46-16", source="france24.com",
url="https://www.france24.com/en/africa/20220825-macron-lands-in-algeria-seeking-to-reset-troubled-ties",
published_at="2022-08-25", body="""FRANCE 24
Live | France | Africa | Middle East | Americas | Europe | Asia-Pacific

Macron lands in Algeria seeking to reset troubled ties

Issued on: 25/08/2022 - 15:32 | Modified: 25/08/2022 - 17:10

President Emmanuel Macron is welcomed by Algerian President Abdelmadjid Tebboune at Houari Boumediene airport in Algiers on August 25, 2022. © Ludovic Marin, AFP

Algiers (AFP) – French President Emmanuel Macron arrived in Algeria on Thursday for a three-day visit aimed at turning the page on months of diplomatic tension, in a country still scarred by French colonial rule and the brutal war that ended it 60 years ago.

Macron was greeted on the tarmac by President Abdelmadjid Tebboune before laying a wreath at the Martyrs' Memorial, which overlooks the capital. The two leaders were holding talks at the El Mouradia presidential palace in the afternoon.

It is Macron's second visit to Algeria since he took office, after a short trip in December 2017. Relations plunged last October when Algiers recalled its ambassador and closed its airspace to French military aircraft after Macron questioned whether an Algerian nation had existed before colonisation.

The French president, who is accompanied by a delegation of about 90 people including seven ministers, is to travel to the western city of Oran on Saturday, where he will meet young entrepreneurs and visit a record shop known for rai music.

Energy is also on the agenda, as Europe scrambles to replace Russian gas, though French officials played down expectations of any new supply deal.

Tebboune has a standing invitation to make a state visit to France, which has yet to take place.

Read also:
Algeria, Italy agree to boost gas supply as Draghi visits Algiers
Mali junta tells French forces to leave "without delay"

© 2022 Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites."""))

M.append(dict(id="h46-17", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-foreign-minister-fidan-meets-syrian-leader-al-sharaa-in-damascus/3431507",
published_at="2024-12-22", body="""ANADOLU AJANSI
Türkiye | World | Politics | Economy | Analysis | Energy

Turkish foreign minister meets Syria's new leader in Damascus

First visit by Turkish foreign minister to Damascus since 2011

Mehmet Ali Ozcan | 22.12.2024 - Update : 22.12.2024

DAMASCUS

Turkish Foreign Minister Hakan Fidan met Ahmed al-Sharaa, the leader of Syria's new administration, in Damascus on Sunday, two weeks after the fall of the Baath regime.

Fidan and al-Sharaa discussed the transition process, the safe return of refugees, the fight against terrorism and reconstruction, diplomatic sources said. The two men were later seen in footage walking together in the courtyard of the People's Palace.

It is the first visit by a Turkish foreign minister to the Syrian capital since 2011, when Ahmet Davutoglu held talks with Bashar al-Assad in an attempt to stop the crackdown on protesters.

Turkish intelligence chief Ibrahim Kalin was in Damascus on Dec. 12, days after the regime collapsed, and Türkiye reopened its embassy there on Dec. 14.

Speaking at a joint news conference, Fidan said that Türkiye would continue to support the Syrian people and called on the international community to lift sanctions "as soon as possible". Al-Sharaa said the new administration would not allow Syria to be a source of threat to any of its neighbours.

Fidan also said that the territorial integrity of Syria was a red line, in a reference to the PKK/YPG terror group in the north-east.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related news
Erdogan, Qatari Emir discuss Syria in phone call
Fidan: Türkiye ready to help build new Syrian army"""))

M.append(dict(id="h46-18", source="apnews.com",
url="https://apnews.com/article/obama-hiroshima-visit-abe-a1f3c5e9b28d4e6f",
published_at="2016-05-27", body="""AP NEWS

Obama in Hiroshima: 'death fell from the sky'

By KATHRYN DORSEY and KENTA SHIMIZU
May 27, 2016

HIROSHIMA, Japan (AP) - Barack Obama on Friday became the first sitting U.S. president to visit Hiroshima, laying a wreath at the memorial to the tens of thousands killed by the world's first atomic bomb and calling for a "moral revolution" to rid the world of nuclear weapons.

With Japanese Prime Minister Shinzo Abe at his side, Obama stood before the arched cenotaph in the Peace Memorial Park, closed his eyes briefly and spoke for 17 minutes. He did not apologize for the 1945 bombing, which the White House had made clear in advance. He then spoke with two survivors, embracing one of them, Shigeaki Mori, who had researched the deaths of American prisoners of war killed in the blast.

Obama travelled to the city by helicopter after the Group of Seven summit in Ise-Shima, which Abe hosted. Earlier this week the president was in Vietnam, where he announced the lifting of a U.S. embargo on lethal arms sales.

Secretary of State John Kerry had visited the memorial in April during a meeting of G-7 foreign ministers, the highest-ranking U.S. official to do so until Friday.

Abe called the visit a "new chapter" in the reconciliation of the two former enemies. Polls in Japan showed wide support for the visit, though some survivors said they had hoped for an apology.

Obama was flying back to Washington later on Friday.

Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""))

M.append(dict(id="h46-19", source="setkab.go.id",
url="https://setkab.go.id/en/president-prabowo-departs-for-working-visits-to-china-and-u-s/",
published_at="2024-11-08", body="""Cabinet Secretariat of the Republic of Indonesia

Home | News | Press Release | Speeches | Regulations

President Prabowo Departs for Working Visits to China and U.S.

By Humas | Friday, 8 November 2024 | Dibaca: 2,143 kali

President Prabowo Subianto departed on Friday for a series of working visits abroad, his first overseas trip since his inauguration on 20 October 2024.

The President and his entourage departed from Halim Perdanakusuma Air Force Base in Jakarta aboard Indonesia-1 at around 10.00 Western Indonesia Time and were seen off by Vice President Gibran Rakabuming Raka.

The President's first stop will be the People's Republic of China, where he is scheduled to meet with President Xi Jinping. Foreign Minister Sugiono said that the visit would focus on economic cooperation, food security and investment in the downstream industry.

From Beijing, the President will proceed to Washington, D.C., to meet with President Joe Biden at the White House. The President is then scheduled to attend the APEC Economic Leaders' Meeting in Lima, Peru, and the G20 Summit in Rio de Janeiro, Brazil, before visiting the United Kingdom.

Accompanying the President on the trip are Foreign Minister Sugiono, Cabinet Secretary Teddy Indra Wijaya and Minister of Investment and Downstreaming Rosan Roeslani, among others. (FID/UN)

Read also:
Coordinating Minister Airlangga Receives Japanese Ambassador
Cabinet Meeting Discusses Free Nutritious Meals Program

Share: Facebook | X | WhatsApp | Telegram

Copyright © 2024 Cabinet Secretariat of the Republic of Indonesia. All Rights Reserved."""))

M.append(dict(id="h46-20", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-president-to-lam-holds-talks-with-chinese-leader-xi-jinping-post294712.vnp",
published_at="2024-08-19", body="""VietnamPlus
Politics | Business | Society | World | Culture | Travel

Party chief, President To Lam holds talks with Chinese leader Xi Jinping

Monday, August 19, 2024 21:15

Beijing (VNA) - General Secretary of the Communist Party of Vietnam (CPV) Central Committee and State President To Lam held talks with General Secretary of the Communist Party of China (CPC) Central Committee and Chinese President Xi Jinping in Beijing on August 19, as part of his state visit to China.

Xi hosted a grand welcome ceremony for To Lam and his spouse at the Great Hall of the People before the talks.

Xi congratulated To Lam on his election as General Secretary and noted that the Vietnamese leader chose China as the destination of his first overseas trip in the new position, which he said demonstrated the high importance that the Vietnamese Party and State attach to relations with China.

To Lam affirmed that Vietnam always considers developing relations with China a strategic choice and a top priority. The two leaders agreed to implement the common perceptions reached during Xi's state visit to Vietnam last December, and to speed up rail links connecting the two countries.

After the talks, the two leaders witnessed the signing of 14 cooperation documents in areas including railways, trade, health, media and customs.

To Lam arrived in Guangzhou on August 18 and visited relics associated with President Ho Chi Minh's revolutionary activities there.

VNA

Tags: To Lam, Xi Jinping, Vietnam-China relations, state visit

Related news
State President To Lam wraps up state visit to Cambodia
Prime Minister receives Ambassador of Laos"""))

M.append(dict(id="h46-21", source="asia.nikkei.com",
url="https://asia.nikkei.com/Politics/International-relations/Saudi-crown-prince-postpones-Japan-visit-as-king-hospitalized",
published_at="2022-05-18", body="""Nikkei Asia
Politics | Business | Tech | Markets | Opinion | Life & Arts

Subscribe | Log in

International relations

Saudi crown prince postpones Japan visit as king hospitalized

Tokyo had hoped to press Riyadh on oil output during the trip

TAKESHI OGAWA, Nikkei staff writer
May 18, 2022 14:02 JST

TOKYO -- Saudi Crown Prince Mohammed bin Salman has postponed a visit to Japan that had been planned for next week, the Japanese government said on Wednesday, after his father, King Salman, was admitted to hospital for medical tests.

Chief Cabinet Secretary Hirokazu Matsuno told reporters that the Saudi side had informed Tokyo of the decision and that the two governments would "coordinate a new schedule". He did not give a date.

Prime Minister Fumio Kishida had been expected to hold talks with the crown prince and ask Riyadh to help stabilize crude prices, which have surged since Russia's invasion of Ukraine. Kishida made a similar request when the two spoke by telephone in March.

Saudi Arabia is Japan's largest supplier of crude oil, providing about 40% of its imports. The crown prince last came to Japan for the Group of 20 summit in Osaka in 2019.

Japan's Ministry of Economy, Trade and Industry had been preparing a series of memorandums on hydrogen, ammonia and renewable energy to be signed during the trip. Those are now on hold.

The 86-year-old king was admitted to a hospital in Jeddah on Sunday, the Saudi Press Agency said, adding that he was undergoing a colonoscopy.

Oil prices were little changed on the news.

Nikkei 225 26,911.20 ▲ 251.45 | USD/JPY 129.15 | Brent 111.93

Related
Kishida eyes Gulf trip as energy security rises up agenda
Japan, UAE agree to step up energy cooperation

Copyright © 2022 Nikkei Inc. All rights reserved."""))

M.append(dict(id="h46-22", source="tass.com",
url="https://tass.com/politics/1837214",
published_at="2024-09-02", body="""TASS
Russian News Agency

Politics | World | Business | Military & Defense | Science | Emergencies | Sport

Putin arrives in Mongolia on official visit

This is the Russian leader's first visit to Mongolia since 2019

ULAANBAATAR, September 2. /TASS/. Russian President Vladimir Putin has arrived in Ulaanbaatar on an official visit at the invitation of Mongolian President Ukhnaagiin Khurelsukh, a TASS correspondent reported.

The plane carrying the Russian leader landed at Chinggis Khaan International Airport late on Monday. He was welcomed by Mongolian officials and an honor guard.

The official program will begin on Tuesday with a welcome ceremony at Sukhbaatar Square, after which the presidents will hold talks in narrow and expanded formats. A number of documents are expected to be signed, Kremlin aide Yuri Ushakov said earlier.

The visit is timed to the 85th anniversary of the joint victory of Soviet and Mongolian troops over Japanese forces at the Khalkhin Gol River. Putin and Khurelsukh will attend a ceremony marking the anniversary.

Putin last visited Mongolia in September 2019. Khurelsukh paid a visit to Moscow in December 2021.

Kremlin spokesman Dmitry Peskov said last week that the Kremlin had "no worries" about the visit in connection with the International Criminal Court warrant, noting that Moscow had "a wonderful dialogue with our Mongolian friends."

Other news
Russian, Chinese defense ministers hold phone talks
Shoigu arrives in Tehran for talks with Iranian leadership
Russian MFA: Western weapons supplies prolong conflict

Copyright TASS 2024. Information for media."""))

M.append(dict(id="h46-23", source="batimes.com.ar",
url="https://www.batimes.com.ar/news/argentina/milei-arrives-in-israel-on-first-bilateral-trip-as-president.phtml",
published_at="2024-02-06", body="""Buenos Aires Times

Argentina | Economy | Latin America | World | Opinion

Milei arrives in Israel on first bilateral trip as president

Javier Milei has landed in Tel Aviv for a three-day visit, during which he will meet Prime Minister Benjamin Netanyahu. Next stop: Rome and the Vatican.

By Agustín Ferreyra | 06-02-2024 12:25

Argentine President Javier Milei arrived in Israel on Tuesday, his first bilateral trip abroad since taking office in December, in a strong signal of his alignment with Israel in the middle of the war in Gaza.

Milei, accompanied by Foreign Minister Diana Mondino and his sister and chief of staff Karina Milei, was received at Ben Gurion airport by Israeli Foreign Minister Israel Katz. Shortly after landing he announced that Argentina would move its embassy from Tel Aviv to Jerusalem, a plan he had floated during the campaign.

The President went straight to the Western Wall, where he was seen weeping as he prayed with his rabbi, Shimon Axel Wahnish, whom he has nominated as ambassador to Israel. He is due to meet Netanyahu and President Isaac Herzog on Wednesday and to visit a kibbutz attacked by Hamas on October 7.

From Israel, Milei travels to Rome, where he will attend the canonisation of Mama Antula, Argentina's first female saint, on Sunday and has an audience with Pope Francis on Monday. A meeting with Prime Minister Giorgia Meloni is scheduled for the same day, the Casa Rosada confirmed.

Milei's first trip abroad as president was to the World Economic Forum in Davos last month.

The embassy announcement drew criticism from the Palestinian Authority and from Argentine opposition figures.

Read more
Omnibus bill collapses in Congress
Inflation: January figure expected above 20 percent

Tags: Javier Milei, Israel, Diana Mondino, Foreign Policy

Buenos Aires Times is an English-language newspaper published by Perfil. Subscribe to our newsletter."""))

M.append(dict(id="h46-24", source="defense.gov",
url="https://www.defense.gov/News/Releases/Release/Article/3793112/readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-peoples-republic-of-china/",
published_at="2024-05-31", body="""U.S. Department of Defense

News | Releases

Readout of Secretary of Defense Lloyd J. Austin III's Meeting With People's Republic of China Minister of National Defense Adm. Dong Jun

May 31, 2024

Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:

Secretary of Defense Lloyd J. Austin III met today with People's Republic of China (PRC) Minister of National Defense Adm. Dong Jun on the margins of the Shangri-La Dialogue in Singapore. This was their first in-person meeting, following their video teleconference on April 16, and the first in-person meeting between a U.S. Secretary of Defense and a PRC Minister of National Defense since November 2022.

The two leaders discussed U.S.-PRC defense relations and current global and regional security issues. Secretary Austin stressed the importance of continuing to maintain open lines of military-to-military communication between the United States and the PRC, and noted that U.S.-PRC defense policy coordination talks would resume in the coming months.

Secretary Austin also discussed recent provocative PRC activity around the Taiwan Strait and reiterated that the PRC should not use Taiwan's political transition as a pretext for coercive measures. He also underscored the importance of respect for high seas freedom of navigation in the South China Sea.

The Secretary reaffirmed that the United States will continue to fly, sail, and operate safely and responsibly wherever international law allows.

Subscribe to Defense.gov Products | Follow on X | Facebook | Instagram

Related Releases
Secretary of Defense Lloyd J. Austin III Travels to Cambodia
Readout of Secretary Austin's Meeting With Japanese Defense Minister Minoru Kihara"""))

M.append(dict(id="h46-25", source="auswaertiges-amt.de",
url="https://www.auswaertiges-amt.de/en/newsroom/news/baerbock-china-2591912",
published_at="2023-04-13", body="""Federal Foreign Office

Home | Newsroom | Foreign and European Policy | Travel and Safety

Press release

Foreign Minister Baerbock travels to China

13.04.2023 - Press release

Foreign Minister Annalena Baerbock will travel to the People's Republic of China today (13 April). The visit, her first to China as Foreign Minister, will take her to Tianjin and Beijing.

In Beijing, the Foreign Minister will hold talks with her Chinese counterpart Qin Gang, and is also scheduled to meet Vice President Han Zheng and Director of the Office of the Central Foreign Affairs Commission Wang Yi. The talks will focus on Russia's war of aggression against Ukraine, climate protection, trade relations and human rights.

In Tianjin, the Foreign Minister will visit a German company and meet young people and representatives of civil society.

Before her departure, Foreign Minister Baerbock issued the following statement:

"China is a partner, a competitor and a systemic rival for Germany and Europe. Anyone who wants to understand China and its position in the world needs to talk to it, and listen. I want to find out in Beijing how China intends to use its influence on Russia."

Following the visit, the Foreign Minister will travel to Karuizawa, Japan, to attend the meeting of the G7 foreign ministers from 16 to 18 April.

The visit takes place in preparation for the seventh round of German-Chinese government consultations, planned for later this year in Berlin.

Print | Share | Subscribe to newsletter

Other news
Foreign Minister Baerbock on the situation in Sudan
Minister of State Lührmann concludes trip to Moldova and Romania"""))

M.append(dict(id="h46-26", source="azertag.az",
url="https://azertag.az/en/xeber/president_ilham_aliyev_and_prime_minister_nikol_pashinyan_met_in_abu_dhabi-3618207",
published_at="2025-07-10", body="""AZERTAC
Azerbaijan State News Agency

Politics | Economy | ICT | Society | Culture | Sports | World

President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Abu Dhabi

Abu Dhabi, July 10, AZERTAC

On July 10, a bilateral meeting was held in Abu Dhabi between President of the Republic of Azerbaijan Ilham Aliyev and Prime Minister of the Republic of Armenia Nikol Pashinyan.

The meeting was held in a one-on-one format, followed by a meeting with the participation of delegations.

The heads of state and government noted that the meeting was the first bilateral meeting held in this format without intermediaries. The sides discussed various aspects of the peace agenda between the two countries, including the text of the Agreement on the Establishment of Peace and Interstate Relations, the negotiations on which were completed in March this year.

The sides agreed to continue bilateral negotiations on confidence-building measures and on the delimitation of the state border.

The leaders expressed gratitude to President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan for hosting the meeting and for his hospitality.

The Azerbaijani delegation included Assistant to the President Hikmat Hajiyev and Foreign Minister Jeyhun Bayramov. The Armenian delegation included Deputy Prime Minister Mher Grigoryan and Foreign Minister Ararat Mirzoyan.

Latest news
President Ilham Aliyev received delegation led by Italian Senate President
Azerbaijan, Hungary discuss energy cooperation
Weather forecast for July 11

© AZERTAC. When using the news, reference to AZERTAC is required."""))
