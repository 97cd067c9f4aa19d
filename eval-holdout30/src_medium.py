# Medium wire-style stories (1,200-2,000 characters), h30-13 .. h30-26
M = []

M.append(dict(id="h30-13", source="english.news.cn",
url="https://english.news.cn/20240411/3c9e1f52b8a64d07a1e6d2f4b9c07e15/c.html",
published_at="2024-04-11", body="""Zhao Leji arrives in Pyongyang for official goodwill visit to DPRK

Source: Xinhua
Editor: huaxia
2024-04-11 20:36:05

PYONGYANG, April 11 (Xinhua) -- Zhao Leji, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee and chairman of the National People's Congress (NPC) Standing Committee, arrived here on Thursday for an official goodwill visit to the Democratic People's Republic of Korea (DPRK).

Zhao is visiting at the invitation of the Workers' Party of Korea and the DPRK government, and will attend the opening ceremony of the China-DPRK Friendship Year, which marks the 75th anniversary of the establishment of diplomatic relations between the two countries.

Choe Ryong Hae, member of the Presidium of the Political Bureau of the WPK Central Committee, first vice-president of the State Affairs Commission and chairman of the Standing Committee of the Supreme People's Assembly, greeted Zhao at the airport.

In the afternoon, Zhao held talks with Choe. Zhao said that China is willing to work with the DPRK to implement the important consensus reached by the top leaders of the two parties and countries, strengthen strategic communication and deepen exchanges between the legislative bodies.

Choe said the DPRK side attaches great importance to Zhao's visit and will work with China to write a new chapter in the friendship between the two countries.

The Chinese delegation is the highest-level to visit the DPRK since 2019. Enditem

Photo: Zhao Leji is greeted by Choe Ryong Hae upon arrival in Pyongyang, April 11, 2024. (Xinhua/Yao Dawei)

Most Viewed
Wang Yi holds talks with Russian FM Lavrov in Beijing
China's Q1 exports beat expectations
Spring ploughing in full swing across northeast China

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h30-14", source="kcna.kp",
url="http://www.kcna.kp/en/article/q/5f3a0d91e48b2c76f1a4e8d03b5c2a17.kcmsf",
published_at="2025-10-10", body="""KCNA | Korean Central News Agency of DPRK
Juche 114 (2025) October 10 Friday

Foreign Delegations Arrive in Pyongyang for Celebrations of 80th Founding Anniversary of WPK

Pyongyang, October 10 (KCNA) -- Distinguished guests of fraternal parties and friendly countries arrived in Pyongyang to participate in the grand celebrations of the 80th founding anniversary of the Workers' Party of Korea.

A party and government delegation of the People's Republic of China led by Li Qiang, member of the Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China and premier of the State Council, arrived here on Thursday. It was greeted at the airport by Pak Thae Song, member of the Presidium of the Political Bureau of the WPK Central Committee and premier of the Cabinet.

To Lam, general secretary of the Central Committee of the Communist Party of Viet Nam, arrived here to pay an official friendship visit to the DPRK. He was warmly welcomed at the airport by senior officials of the Party and government and by citizens waving bouquets.

Thongloun Sisoulith, general secretary of the Central Committee of the Lao People's Revolutionary Party and president of the Lao People's Democratic Republic, and his party also arrived.

A delegation of the United Russia party led by Dmitry Medvedev, chairman of the party and deputy chairman of the Security Council of the Russian Federation, arrived here, too.

The guests were greeted by Choe Ryong Hae and other leading officials of the Party, the state and the armed forces.

The foreign delegations will attend a military parade and a mass gymnastic performance in celebration of the anniversary.

www.kcna.kp (Juche 114.10.10.)

Top | Print | Previous: Respected Comrade Kim Jong Un Sends Congratulatory Message to President of Belarus
Next: Letters of Greeting Come to WPK from Political Parties of Different Countries"""))

M.append(dict(id="h30-15", source="vietnamplus.vn",
url="https://en.vietnamplus.vn/na-chairman-holds-talks-with-chinese-top-legislator-post284120.vnp",
published_at="2024-04-08", body="""VietnamPlus | Vietnam News Agency
Politics

NA Chairman holds talks with Chinese top legislator, witnesses signing of new cooperation agreement

Monday, April 8, 2024 19:22

Beijing (VNA) - Chairman of the National Assembly (NA) of Viet Nam Vuong Dinh Hue held talks in Beijing on April 8 with Zhao Leji, member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee and Chairman of the Standing Committee of the National People's Congress (NPC), as part of his official visit to China from April 7 to 12.

Zhao welcomed Hue's visit, which takes place soon after the Viet Nam-China Joint Statement on further deepening and elevating the comprehensive strategic cooperative partnership and building a Viet Nam-China community with a shared future of strategic significance.

Hue affirmed that Viet Nam always attaches importance to and gives top priority to its relations with China, and proposed that the two legislatures strengthen oversight of the implementation of cooperation agreements, share experience in law-making and promote exchanges between their specialised committees and friendship parliamentarians' groups.

The two sides agreed to manage differences at sea properly, in line with international law including the 1982 UN Convention on the Law of the Sea.

After the talks, the two leaders witnessed the signing of a new cooperation agreement between the Vietnamese NA and the Chinese NPC, replacing the one signed in 2015.

During the visit, Hue is scheduled to meet General Secretary and President Xi Jinping and Premier Li Qiang, and to visit Yunnan province. VNA

Photo: NA Chairman Vuong Dinh Hue (L) and NPC Standing Committee Chairman Zhao Leji. (Photo: VNA)

Related news
PM Pham Minh Chinh receives Lao Deputy Prime Minister
Ha Noi to host ASEAN tourism forum

Tags: Vuong Dinh Hue, Zhao Leji, Viet Nam-China relations | Share | Print"""))

M.append(dict(id="h30-16", source="bernama.com",
url="https://www.bernama.com/en/politics/news.php?id=2381947",
published_at="2025-01-07", body="""BERNAMA
Home | General | Politics | Business | World | Sports

MALAYSIA, SINGAPORE SEAL JOHOR-SINGAPORE SPECIAL ECONOMIC ZONE AGREEMENT

07/01/2025 03:52 PM

PUTRAJAYA, Jan 7 (Bernama) -- Malaysia and Singapore today signed the agreement on the Johor-Singapore Special Economic Zone (JS-SEZ), witnessed by Prime Minister Datuk Seri Anwar Ibrahim and his Singaporean counterpart Lawrence Wong at the 11th Malaysia-Singapore Leaders' Retreat here.

The agreement was inked by Economy Minister Rafizi Ramli and Singapore's Minister for Trade and Industry Gan Kim Yong at Seri Perdana. Both sides also exchanged documents on cooperation in the green economy and on personal data protection.

Anwar said the zone, which covers nine flagship areas in southern Johor, is expected to create 20,000 skilled jobs in its first five years and attract 50 high-value projects.

"This is a game changer, not just for Johor but for the country," he told a joint press conference with Wong.

Wong, who arrived in Putrajaya yesterday evening for his first leaders' retreat as prime minister, said the Rapid Transit System Link between Johor Bahru and Woodlands remained on track to begin operations by the end of 2026.

The two leaders also discussed water, airspace management and maritime boundary issues. The next retreat will be held in Singapore later this year.

-- BERNAMA

Share: Facebook | X | WhatsApp | Telegram

Other news
Fadillah receives courtesy call from Chinese Ambassador
Ringgit opens higher against US dollar
Flood victims in Kelantan drop to 1,203

BERNAMA Radio | Bernama TV | (c) 2025 BERNAMA. All Rights Reserved."""))

M.append(dict(id="h30-17", source="en.antaranews.com",
url="https://en.antaranews.com/news/340185/prabowo-ishiba-agree-to-boost-cooperation-in-food-energy-defense",
published_at="2025-01-11", body="""ANTARA News
Indonesian News Agency

Prabowo, Ishiba agree to boost cooperation in food, energy, defense

11th January 2025 16:05

Bogor, W Java (ANTARA) - President Prabowo Subianto and Japanese Prime Minister Ishiba Shigeru agreed on Saturday to strengthen cooperation in food security, energy, defense and maritime affairs, during their talks at Bogor Presidential Palace.

Ishiba, on his first visit to Indonesia since becoming prime minister last October, was welcomed with a ceremony at the palace grounds before a tete-a-tete meeting and expanded talks with ministers from both countries.

Prabowo said Japan had expressed its readiness to support the government's free nutritious meals program, which began this week, including through the supply of fisheries products and technical assistance.

"Japan is one of our most important partners. We want to increase investment and expand cooperation in the energy transition," Prabowo told a joint press statement.

Ishiba said the two countries would work together to maintain a free and open Indo-Pacific, and that Japan would continue to support Indonesia's maritime security capacity, including through its Official Security Assistance framework.

The two leaders also agreed to hold a meeting of their foreign and defense ministers in the "2+2" format at an early date.

Ishiba arrived in Jakarta on Friday evening from Kuala Lumpur, where he held talks with Malaysian Prime Minister Anwar Ibrahim.

Reporter: Andi Firdaus
Editor: Rahmad Nasution
Copyright © ANTARA 2025

Related news:
Indonesia becomes full BRICS member, Foreign Ministry says
Indonesia, Japan push Patimban port development

Share: Facebook | X | WhatsApp"""))

M.append(dict(id="h30-18", source="theprint.in",
url="https://theprint.in/world/sri-lankan-president-dissanayake-arrives-in-delhi-on-first-foreign-visit/2403981/",
published_at="2024-12-15", body="""ThePrint
World

Sri Lankan President Dissanayake arrives in Delhi on first foreign visit since taking office

PTI
15 December, 2024 09:46 pm IST

New Delhi, Dec 15 (PTI) Sri Lankan President Anura Kumara Dissanayake arrived here on Sunday on a three-day state visit to India, his first overseas trip since assuming office in September.

Minister of State for Information and Broadcasting L Murugan received Dissanayake at the airport, the Ministry of External Affairs said.

"A warm welcome to President @anuradisanayake as he arrives in New Delhi on his first State Visit to India," MEA spokesperson Randhir Jaiswal said on X.

Dissanayake will hold wide-ranging talks with Prime Minister Narendra Modi on Monday, and is also scheduled to meet President Droupadi Murmu and Vice-President Jagdeep Dhankhar. External Affairs Minister S Jaishankar and National Security Adviser Ajit Doval are expected to call on him.

He is accompanied by Foreign Minister Vijitha Herath and Deputy Finance Minister Anil Jayantha Fernando.

The issue of fishermen, energy connectivity and India's debt restructuring support are expected to be among the key topics, officials said. The visiting leader is also due to travel to Bodh Gaya in Bihar on Tuesday.

Dissanayake, whose National People's Power came to power on a promise to fight corruption, is expected to visit China in mid-January, officials in Colombo have said.

India has been wary of China's growing influence in the island nation, including visits by Chinese research vessels to Sri Lankan ports.

This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.

Subscribe to our channels on YouTube, Telegram & WhatsApp

Support Our Journalism: India needs fair, non-hyphenated and questioning journalism. Contribute now"""))

M.append(dict(id="h30-19", source="app.com.pk",
url="https://www.app.com.pk/national/dpm-fm-ishaq-dar-holds-talks-with-afghan-leadership-in-kabul/",
published_at="2025-04-19", body="""Associated Press of Pakistan
National | Business | World | Sports

DPM/FM Ishaq Dar holds talks with Afghan leadership in Kabul

APP
April 19, 2025

KABUL, Apr 19 (APP): Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar on Saturday undertook a day-long visit to Kabul, where he held meetings with Acting Prime Minister Mullah Mohammad Hassan Akhund and Acting Foreign Minister Amir Khan Muttaqi.

The Deputy Prime Minister was accompanied by Pakistan's Special Representative for Afghanistan Ambassador Muhammad Sadiq Khan, the Secretary Commerce and the Secretary Interior.

During the meetings, the two sides reviewed the entire spectrum of bilateral relations, with particular focus on trade, transit, security and connectivity, according to a statement issued by the Foreign Office.

The Deputy Prime Minister underlined Pakistan's concerns over the use of Afghan soil by terrorist groups and called for concrete action. He also discussed the return of Afghan nationals residing illegally in Pakistan, and assured that they would be treated with dignity.

Both sides agreed to take steps to facilitate transit trade, including the early operationalisation of pending trade arrangements, and to continue engagement at all levels.

The Deputy Prime Minister invited Acting Foreign Minister Muttaqi to visit Islamabad at a mutually convenient time, which he accepted.

Other news:
PM Shehbaz receives telephone call from Saudi Crown Prince
Wheat procurement drive begins in Punjab
KSE-100 gains 612 points

APP | Share | Print"""))

M.append(dict(id="h30-20", source="pco.gov.ph",
url="https://pco.gov.ph/news_releases/pbbm-vietnamese-president-witness-signing-of-maritime-rice-mous/",
published_at="2024-01-30", body="""Presidential Communications Office
Republic of the Philippines
News Releases

PBBM, Vietnamese President Thuong witness signing of maritime, rice trade MOUs

January 30, 2024

HANOI - President Ferdinand R. Marcos Jr. and Vietnamese President Vo Van Thuong on Tuesday witnessed the signing of two memoranda of understanding on maritime cooperation, seen as a significant step toward preventing and managing incidents in the South China Sea.

The first MOU, on incident prevention and management in the South China Sea, was signed by the Department of Foreign Affairs and the Vietnamese Ministry of Foreign Affairs. The second covers maritime cooperation between the Philippine Coast Guard and the Viet Nam Coast Guard.

An agreement on rice trade cooperation was also signed, assuring the Philippines of a stable supply of rice from Vietnam, along with an MOU on cooperation in agriculture and related fields.

The signing followed bilateral talks between the two leaders at the Presidential Palace, where the President was accorded full military honors.

"As neighbors, we both face similar challenges in the South China Sea, and this agreement will help us navigate them with openness," the President said.

The President, who arrived in Hanoi on Monday for a two-day state visit, also met with Prime Minister Pham Minh Chinh, National Assembly Chairman Vuong Dinh Hue and Communist Party General Secretary Nguyen Phu Trong.

President Thuong accepted an invitation to visit the Philippines at a time convenient to both sides. | PND

Share: Facebook | X | Email

Related releases
PBBM meets Filipino community in Hanoi
PBBM: Vietnamese firms eye investments in PH"""))

M.append(dict(id="h30-21", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38939/Visit_of_Foreign_Secretary_to_China_January_2627_2025",
published_at="2025-01-25", body="""Ministry of External Affairs
Government of India

Press Releases

Visit of Foreign Secretary to China (January 26-27, 2025)

January 25, 2025

Foreign Secretary Shri Vikram Misri will visit Beijing on 26-27 January 2025 for a meeting of the Foreign Secretary-Vice Foreign Minister mechanism between India and China.

The mechanism was agreed upon in the meeting between the Prime Minister and President Xi Jinping in Kazan on 23 October 2024. During the visit, the Foreign Secretary will hold talks with Vice Foreign Minister Sun Weidong and will also meet other senior Chinese officials.

The visit follows the meeting of the Special Representatives on the India-China boundary question in Beijing on 18 December 2024, and the meeting between External Affairs Minister and Foreign Minister Wang Yi in Rio de Janeiro on 18 November 2024 on the sidelines of the G20 Summit.

The two sides are expected to discuss next steps in stabilising and rebuilding relations, including in the political, economic and people-to-people domains.

New Delhi
January 25, 2025

Share: X | Facebook | Email | Print

Related
Visit of External Affairs Minister to the USA (January 20-22, 2025)
India-Indonesia Joint Statement during the State Visit of President of Indonesia to India"""))

M.append(dict(id="h30-22", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/11/ishiba-xi-first-talks-lima-apec.html",
published_at="2024-11-16", body="""KYODO NEWS
Politics

Ishiba, Xi agree to pursue 'mutually beneficial' ties in 1st talks

KYODO NEWS - Nov 16, 2024 - 10:32

LIMA - Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping agreed Friday to promote a "mutually beneficial relationship based on common strategic interests," in their first face-to-face talks on the fringes of the Asia-Pacific Economic Cooperation forum in Peru.

During the roughly 30-minute meeting, Ishiba raised concerns over China's military activities near Japan, including an August incursion into Japanese airspace by a Chinese military aircraft, and called for the early release of a Japanese employee of Astellas Pharma detained in Beijing.

He also asked Xi to ensure the safety of Japanese nationals after a schoolboy was stabbed to death in Shenzhen in September, and urged the swift resumption of Japanese seafood imports.

Xi was quoted by Chinese state media as saying the two countries should "view each other's development in an objective and rational way."

Earlier in the day, Ishiba held talks with South Korean President Yoon Suk Yeol, and the two then joined U.S. President Joe Biden for a trilateral meeting, the last under Biden, who leaves office in January.

Ishiba has yet to meet President-elect Donald Trump. Japanese officials had explored the possibility of a meeting in the United States on his way home from the Group of 20 summit in Brazil, but Trump's team indicated he would not meet foreign leaders before his Jan. 20 inauguration.

==Kyodo

Related coverage:
Ishiba, Trump hold 5-min phone talks after U.S. election
Japan, Philippines to boost security ties as Manila hosts defense chiefs

Share | Print"""))

M.append(dict(id="h30-23", source="apnews.com",
url="https://apnews.com/article/sherman-china-visit-tianjin-japan-korea-mongolia-6d1e2b0f4c7a",
published_at="2021-07-21", body="""AP News

US deputy secretary of state to visit China after agenda dispute

By MARI YAMAGUCHI | July 21, 2021

TOKYO (AP) - U.S. Deputy Secretary of State Wendy Sherman will travel to China this weekend for talks with senior officials, the highest-level American visit to the country since President Joe Biden took office, after the two sides wrangled over whom she would meet.

Sherman will be in the northeastern city of Tianjin on Sunday and Monday and will meet Foreign Minister Wang Yi and Vice Foreign Minister Xie Feng, the State Department said. An earlier plan fell through when Beijing offered only a meeting with a lower-ranking official.

The stop was added to an Asia tour that began in Japan. In Tokyo on Wednesday, Sherman held talks with Japanese Vice Foreign Minister Takeo Mori and then a three-way meeting with Mori and South Korea's First Vice Foreign Minister Choi Jong Kun, at which they discussed North Korea and China.

Choi and Mori had also held separate talks in Tokyo on Tuesday, the first face-to-face meeting at that level between the two neighbors in more than three years.

Sherman heads to Seoul later this week, and then to Mongolia, before arriving in China.

Relations between Washington and Beijing remain tense. The first high-level meeting under Biden, in Anchorage, Alaska, in March, opened with an unusually public exchange of accusations.

"The U.S. is not looking for conflict, but it will stand up for its interests," the State Department said in a statement.

Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."""))

M.append(dict(id="h30-24", source="france24.com",
url="https://www.france24.com/en/asia-pacific/20210728-china-hosts-taliban-delegation-in-tianjin",
published_at="2021-07-28", body="""FRANCE 24
Asia / Pacific

China hosts Taliban delegation, says group will play 'important role' in Afghanistan

Issued on: 28/07/2021 - 14:55

Beijing (AFP) - Chinese Foreign Minister Wang Yi hosted a high-level Taliban delegation in the northern city of Tianjin on Wednesday, saying the insurgents were expected to play an "important role" in the peace process as US-led forces withdraw from Afghanistan.

The nine-member delegation was led by Mullah Abdul Ghani Baradar, co-founder of the Taliban and head of its political office in Qatar, and included the group's religious and economic committee heads.

"The Afghan Taliban is a pivotal military and political force in Afghanistan," Wang was quoted as saying by the Chinese foreign ministry, adding that he hoped the group would "make a clean break" with the East Turkestan Islamic Movement, which Beijing blames for attacks in Xinjiang.

A Taliban spokesman, Mohammad Naeem, said on Twitter that the delegation had assured China that Afghan territory would not be used against the security of any country.

The Taliban have seized dozens of districts in recent weeks and control several border crossings. Beijing, which shares a narrow border with Afghanistan, has urged the group and the Kabul government to negotiate.

The visit came two days after US Deputy Secretary of State Wendy Sherman held talks with Wang in the same city. Taliban envoys were also in Moscow earlier this month.

Share: Facebook | Twitter | Email

Read more
Afghan government says Taliban attacks on cities 'unacceptable'
US to evacuate Afghan interpreters from end of July

(c) 2021 AFP"""))

M.append(dict(id="h30-25", source="english.news.cn",
url="https://english.news.cn/20230710/8b2e47c0d19a4f5bbd73c60e1a9f2d44/c.html",
published_at="2023-07-10", body="""Xi meets Solomon Islands prime minister

Source: Xinhua
Editor: huaxia
2023-07-10 21:14:38

BEIJING, July 10 (Xinhua) -- Chinese President Xi Jinping met with Prime Minister of Solomon Islands Manasseh Sogavare, who is on an official visit to China, in Beijing on Monday.

Xi said that since the establishment of diplomatic relations nearly four years ago, bilateral relations have achieved leapfrog development, and cooperation in various fields has yielded fruitful results. Facts have proved that establishing diplomatic ties with China is the right choice that conforms to the trend of history, Xi said.

The two leaders announced the establishment of a comprehensive strategic partnership featuring mutual respect and common development for a new era.

Sogavare said the Solomon Islands firmly adheres to the one-China principle and is ready to learn from China's development experience.

After the talks, the two leaders witnessed the signing of a number of bilateral cooperation documents in areas including development cooperation, trade, civil aviation, meteorology and police cooperation.

Sogavare, who arrived in Beijing on Sunday, will also meet Premier Li Qiang and visit Guangdong province. Enditem

Photo: Chinese President Xi Jinping holds a welcome ceremony for Solomon Islands Prime Minister Manasseh Sogavare before their talks at the Great Hall of the People in Beijing, July 10, 2023. (Xinhua/Li Xueren)

Most Viewed
Xi holds talks with Palestinian President Abbas
China's June CPI flat year on year

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h30-26", source="reuters.com",
url="https://www.reuters.com/world/asia-pacific/india-pakistan-agree-ceasefire-after-us-mediation-2025-05-10/",
published_at="2025-05-10", body="""Reuters
World | Asia Pacific

India and Pakistan agree to ceasefire after US-led talks

By Shivam Patel and Asif Shahzad
May 10, 2025 6:54 PM GMT+1 Updated 2 hours ago

NEW DELHI/ISLAMABAD, May 10 (Reuters) - India and Pakistan agreed on Saturday to a full and immediate ceasefire after four days of missile, drone and artillery attacks, following what U.S. President Donald Trump said was a long night of talks mediated by Washington.

Secretary of State Marco Rubio said he and Vice President JD Vance had spent 48 hours on the phone with Prime Minister Narendra Modi, Prime Minister Shehbaz Sharif, Indian Foreign Minister Subrahmanyam Jaishankar, Pakistan army chief General Asim Munir and both countries' national security advisers.

Rubio said the two sides had also agreed to start talks on a broad set of issues at a neutral site. An Indian government source said there was no decision to hold talks on any other issue at any other place.

Indian Foreign Secretary Vikram Misri said Pakistan's Director General of Military Operations had called his Indian counterpart at 3:35 p.m. (1005 GMT) and that firing would stop from 5 p.m. The two DGMOs will speak again on May 12 at 12 noon, he said.

Saudi Minister of State for Foreign Affairs Adel al-Jubeir had shuttled between New Delhi and Islamabad earlier in the week.

Fighting began after India struck what it called terrorist infrastructure in Pakistan on Wednesday, in retaliation for an attack on tourists in Kashmir last month.

Reporting by Shivam Patel in New Delhi and Asif Shahzad in Islamabad; Editing by Alex Richardson

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Pakistan says it struck Indian military sites in retaliation
Oil prices climb on US-China trade talk hopes"""))
