# Medium wire-style stories (1,200-2,000 characters), h53-13 .. h53-26
M = []

M.append(dict(id="h53-13", source="reuters.com",
url="https://www.reuters.com/world/africa/lavrov-uganda-museveni-entebbe-2022-07-26/",
published_at="2022-07-26", body="""Africa
Russia's Lavrov courts Uganda's Museveni on third stop of African tour

By Elias Biryabarema
July 26, 2022 3:48 PM GMT+3

ENTEBBE, Uganda, July 26 (Reuters) - Russian Foreign Minister Sergei Lavrov held talks with Ugandan President Yoweri Museveni on Tuesday, the third stop on an African tour aimed at countering Western efforts to isolate Moscow over its invasion of Ukraine.

Museveni, who received Lavrov at State House in Entebbe, told a joint news conference that Uganda would not take sides in conflicts between major powers and questioned why it should be hostile to a country that had "never harmed" Africa.

Lavrov again blamed Western sanctions for rising food and fuel prices across the continent and said Russia would honour its commitments on grain and fertiliser exports under a deal signed in Istanbul last week.

The minister arrived in Uganda from the Republic of Congo, where he met President Denis Sassou Nguesso on Monday, having started the trip in Cairo on Sunday.

He is due to fly to Addis Ababa later on Tuesday for the final leg, where he will meet Ethiopian officials on Wednesday and address ambassadors of African Union member states, a Russian foreign ministry spokeswoman said.

France's President Emmanuel Macron is touring Cameroon, Benin and Guinea-Bissau this week, and U.S. envoy to the United Nations Linda Thomas-Greenfield is expected in Ghana and Uganda next week.

(Reporting by Elias Biryabarema; Additional reporting by Dawit Endeshaw in Addis Ababa; Editing by Alex Richardson)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Ukraine grain ship set to leave port under U.N.-brokered deal
Egypt's Sisi hosts Lavrov amid wheat supply concerns"""))

M.append(dict(id="h53-14", source="telesurenglish.net",
url="https://www.telesurenglish.net/news/Iranian-President-Raisi-Arrives-in-Nicaragua-20230613-0008.html",
published_at="2023-06-13", body="""teleSUR HD | Live | Opinion | Multimedia

Iranian President Raisi Arrives in Nicaragua on Second Stop of Latin American Tour

Published 13 June 2023

Nicaraguan President Daniel Ortega (R) welcomes Iranian President Ebrahim Raisi in Managua, June 13, 2023. | Photo: Twitter/@PresidenciaNic

Iran's President Ebrahim Raisi arrived in Managua on Tuesday, where he was received by President Daniel Ortega and Vice-President Rosario Murillo, as part of a regional tour to strengthen ties with countries that face sanctions imposed by the United States.

After an official welcome ceremony at the Plaza de la Revolucion, the two delegations held talks on cooperation in energy, health, science and education. Ortega thanked Iran for its solidarity in the face of what he called imperial aggression, while Raisi said the two countries faced the same pressures and had common goals.

The Iranian leader arrived from Caracas, where on Monday he and President Nicolas Maduro presided over the signing of some 25 cooperation agreements and pledged to raise bilateral trade to 20 billion dollars.

Raisi will travel on Wednesday to Havana, the last stop of the tour, where he is expected to hold talks with Cuban President Miguel Diaz-Canel and address students at the University of Havana, according to the Iranian presidency.

The visit is the first by an Iranian president to Latin America since 2016.

Tags: Iran, Nicaragua, Daniel Ortega, Ebrahim Raisi, Cuba, Venezuela

teleSUR/ JF

Support independent media. Donate to teleSUR

Most Read
Colombia's Petro announces ceasefire with ELN
Brazil: Lula receives Argentine President Fernandez in Brasilia
Honduras opens embassy in Beijing

Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h53-15", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2023/12/06/putin-visits-uae-saudi-arabia-in-rare-trip-abroad-a83318",
published_at="2023-12-06", body="""The Moscow Times | Independent News From Russia

Please support our journalism: become a Moscow Times contributor.

News
Putin Makes Whirlwind Gulf Trip to UAE, Saudi Arabia

Dec. 6, 2023 | Updated: Dec. 6, 2023

President Vladimir Putin flew to the United Arab Emirates and Saudi Arabia on Wednesday, a rare trip abroad since the International Criminal Court issued a warrant for his arrest in March.

In Abu Dhabi, Putin was met with a cavalcade and an air force fly-past trailing smoke in the colours of the Russian flag before talks with UAE President Mohamed bin Zayed Al Nahyan at the Qasr Al Watan palace. Putin called the UAE Russia's "main trading partner in the Arab world."

He then flew on to Riyadh, where he was received by Crown Prince Mohammed bin Salman. The two were expected to discuss oil production, after the OPEC+ group agreed last week to deepen supply cuts, as well as the war in Gaza.

Neither the UAE nor Saudi Arabia is a party to the Rome Statute, and neither is obliged to arrest the Russian leader.

The Kremlin said Putin would return to Moscow on Wednesday night and on Thursday would host Iranian President Ebrahim Raisi for talks, the second visit by the Iranian president to Russia in less than two years.

Putin's last foreign trips were to Kyrgyzstan in October and to China the same month for the Belt and Road Forum.

Read more:
Kremlin Denies Plans for Putin Visit to Turkey Before New Year
Russian Wartime Economy Drives Record Ruble Slide

Tags: Putin, UAE, Saudi Arabia, Iran, Middle East

Subscribe to our newsletter | Follow us on Telegram"""))

M.append(dict(id="h53-16", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/39715/Prime_Ministers_visit_to_Ghana_Trinidad_amp_Tobago_Argentina_Brazil_and_Namibia_July_0209_2025",
published_at="2025-06-27", body="""Ministry of External Affairs, Government of India

Home > Media Center > Press Releases

Prime Minister's visit to Ghana, Trinidad & Tobago, Argentina, Brazil and Namibia (July 02-09, 2025)

June 27, 2025

Prime Minister Shri Narendra Modi will pay official visits to Ghana, Trinidad & Tobago, Argentina, Brazil and Namibia from 02 to 09 July 2025.

Prime Minister will travel first to Ghana on 02-03 July 2025 at the invitation of President H.E. John Dramani Mahama. This will be the first visit by an Indian Prime Minister to Ghana in three decades.

From Accra, Prime Minister will travel to Port of Spain on 03-04 July 2025 at the invitation of Prime Minister of Trinidad & Tobago H.E. Kamla Persad-Bissessar, and is expected to address a Joint Session of the Parliament.

In the third leg, Prime Minister will pay an official visit to Buenos Aires on 04-05 July 2025 and hold talks with President H.E. Javier Milei.

Prime Minister will then travel to Brazil for the 17th BRICS Summit in Rio de Janeiro on 06-07 July, followed by a State Visit to Brasilia, where he will hold bilateral talks with President H.E. Luiz Inacio Lula da Silva.

In the final leg of the tour, Prime Minister will visit Windhoek on 09 July 2025 at the invitation of President H.E. Dr. Netumbo Nandi-Ndaitwah, and will address the Parliament of Namibia.

New Delhi
June 27, 2025

Related Links
Transcript of Special Briefing on PM's visit
Prime Minister's visit to Cyprus, Canada and Croatia (June 15-19, 2025)

Share: Twitter | Facebook | Email | Print

Page last updated on: June 27, 2025"""))

M.append(dict(id="h53-17", source="chinadaily.com.cn",
url="http://www.chinadaily.com.cn/world/2016xivisitlatinamerica/2016-11/18/content_27417762.htm",
published_at="2016-11-18", body="""China Daily | Global Edition | World

Xi arrives in Quito, starting Latin America tour

By Zhao Huanxin in Quito and Wu Jiao in Beijing | China Daily | Updated: 2016-11-18 07:51

President Xi Jinping arrived in Quito on Thursday afternoon for a state visit to Ecuador, the first stop of a three-nation tour that will also take him to Peru and Chile.

Xi was greeted at the airport by Ecuadorian President Rafael Correa, and the two leaders are due to hold talks on Friday. It is the first visit by a Chinese head of state to Ecuador since the two countries established diplomatic relations in 1980.

In a written statement on arrival, Xi said he hoped to work with Correa to lift ties to a comprehensive strategic partnership. China has been a major source of loans for the Andean country, and Chinese companies helped with reconstruction after the April earthquake.

From Ecuador, Xi will fly to Lima on Saturday for the 24th APEC Economic Leaders' Meeting, followed by a state visit to Peru at the invitation of President Pedro Pablo Kuczynski, who made China his first destination after taking office.

He will then travel to Chile for a state visit on Tuesday and Wednesday.

On the sidelines of the APEC meeting, Xi will meet US President Barack Obama, the White House confirmed, in what is expected to be their last meeting before Obama leaves office in January.

Vice Foreign Minister Wang Chao told reporters this week that the tour was aimed at promoting economic globalization "at a time when protectionism is on the rise."

This is Xi's third trip to Latin America since he took office.

Related Stories
Xi's article in Ecuadorian newspaper
Xi meets Kuczynski in Beijing

Copyright 1995 - 2016. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC)."""))

M.append(dict(id="h53-18", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20221117004652315",
published_at="2022-11-17", body="""Yonhap News Agency | National | Politics | Diplomacy

(LEAD) Yoon, Saudi crown prince discuss energy, defense cooperation

SEOUL, Nov. 17 (Yonhap) -- President Yoon Suk Yeol held talks with Saudi Crown Prince and Prime Minister Mohammed bin Salman on Thursday and agreed to expand cooperation in energy, infrastructure and the defense industry, the presidential office said.

The crown prince arrived in Seoul late Wednesday for a one-day official visit, his first since 2019, after attending the Group of 20 summit in Bali, Indonesia.

Yoon hosted the crown prince for talks and a luncheon at his official residence in Yongsan. The two sides discussed Saudi Arabia's NEOM smart city project, hydrogen, nuclear energy and the export of Korean weapons systems, deputy spokesperson Lee Jae-myoung said.

Korean and Saudi companies and institutions signed 26 memorandums of understanding worth about 40 trillion won (US$30 billion) during the visit, the industry ministry said. The crown prince also met the heads of eight conglomerates, including Samsung Electronics Chairman Lee Jae-yong, at a Seoul hotel.

The crown prince is scheduled to leave for Bangkok later in the day to attend the Asia-Pacific Economic Cooperation summit, where he will also make an official visit to Thailand and hold talks with Prime Minister Prayut Chan-o-cha.

A planned trip to Japan was dropped from the itinerary this week, Japanese media reported, citing government sources.

(END)

Copyright(C) Yonhap News Agency. All Rights Reserved.

Most Viewed
N. Korea fires SRBM toward East Sea
BTS' Jin to begin military service
Han Duck-soo, Kishida hold talks in Bangkok

Keywords: #Yoon Suk Yeol #Mohammed bin Salman #Saudi Arabia"""))

M.append(dict(id="h53-19", source="dw.com",
url="https://www.dw.com/en/germany-uzbekistan-sign-migration-agreement-as-scholz-visits-samarkand/a-70223410",
published_at="2024-09-15", body="""DW | News | Germany

Germany, Uzbekistan sign migration agreement as Scholz visits Samarkand

Berlin hopes the deal will speed up the deportation of Afghans. Chancellor Olaf Scholz travels on to Kazakhstan on Monday.

Politics | 09/15/2024

Germany and Uzbekistan signed an agreement on Sunday on the return of migrants without the right to stay in Germany and on recruiting skilled workers from the Central Asian country, as Chancellor Olaf Scholz began a four-day trip to the region in the ancient city of Samarkand.

The agreement was signed in the presence of Scholz and President Shavkat Mirziyoyev by Germany's special commissioner for migration agreements, Joachim Stamp, and Uzbekistan's foreign minister, Bakhtiyor Saidov.

Stamp told reporters that Uzbekistan could play a role as a transit country for deportations to Afghanistan, though officials in Berlin declined to confirm reports that deportation flights would route through Tashkent.

Scholz and Mirziyoyev also discussed energy and raw materials, with German companies interested in Uzbekistan's copper, tungsten and rare earths.

On Monday, Scholz will fly to Astana for talks with President Kassym-Jomart Tokayev. On Tuesday, he will take part in a summit with the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, the second such meeting after the first was held in Berlin a year ago.

Russia's war in Ukraine and the risk of sanctions circumvention are expected to be discussed.

sms/wmr (dpa, Reuters)

Advertisement

Related topics: Olaf Scholz, Uzbekistan, Kazakhstan, Migration

Send | Facebook | X | Print | Permalink

Also on DW
Faeser orders temporary checks at all German borders
Scholz lands in Moldova, backs EU accession bid
Germany deports 28 Afghans to Kabul via Qatar"""))

M.append(dict(id="h53-20", source="business-standard.com",
url="https://www.business-standard.com/article/pti-stories/modi-xi-to-hold-informal-summit-in-wuhan-on-april-27-28-118042200456_1.html",
published_at="2018-04-22", body="""Business Standard | Markets | Companies | Opinion | Politics | Economy

Modi, Xi to hold informal summit in Wuhan on April 27-28

Press Trust of India | Beijing
Last Updated at April 22, 2018 17:49 IST

Prime Minister Narendra Modi will travel to China later this week for an "informal summit" with President Xi Jinping in the central city of Wuhan on April 27 and 28, External Affairs Minister Sushma Swaraj announced here today after talks with her Chinese counterpart Wang Yi.

"The two leaders will exchange views on issues of bilateral and global importance, with an aim to strengthen communication at the level of the leaders," Swaraj told a joint press conference with Wang, adding that the summit would have no fixed agenda.

Swaraj, who arrived in Beijing yesterday, is on a four-day visit during which she will also attend the meeting of the foreign ministers of the Shanghai Cooperation Organisation on Tuesday.

The Wuhan meeting will be the first between the two leaders since the 73-day military standoff at Doklam last year. Wang described it as "a milestone".

Defence Minister Nirmala Sitharaman is also due in Beijing this week for a meeting of SCO defence ministers.

Modi is scheduled to visit China again in June for the SCO summit in Qingdao.

Topics: Sushma Swaraj, Wang Yi, Wuhan, India-China ties

Disclaimer: This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.

First Published: Apr 22 2018 | 5:49 PM IST

Sensex 34,415.58 ▲ +0.42% | Nifty 10,564.05 | Gold ₹31,350

Subscribe to Business Standard Premium"""))

M.append(dict(id="h53-21", source="africanews.com",
url="https://www.africanews.com/2024/01/23/blinken-meets-ouattara-in-abidjan-on-africa-tour/",
published_at="2024-01-23", body="""africanews. | Live | Business | Sport | Culture

Blinken meets Ouattara in Abidjan on four-nation Africa tour

By Africanews with AFP
Last updated: 23/01 - 11:37

US Secretary of State Antony Blinken met Ivorian President Alassane Ouattara in Abidjan on Monday evening, the second leg of a four-nation tour of Africa during which Washington is trying to show it remains a reliable partner for the continent.

The two men discussed the security situation in the Sahel, where military juntas in Mali, Burkina Faso and Niger have turned away from Western countries, and Blinken praised Cote d'Ivoire's efforts to prevent jihadist violence from spreading south. He announced an additional 45 million dollars in security assistance for coastal West African states.

Blinken also attended an Africa Cup of Nations match between the host country and Equatorial Guinea.

The top US diplomat began the trip on Monday on the island nation of Cape Verde, which he described as a model of democracy.

He was due to travel to Nigeria on Tuesday for talks with President Bola Tinubu in Abuja, before heading to Angola, where he is expected to visit the Lobito rail corridor, a US-backed infrastructure project.

Blinken's tour follows visits to Africa by Vice President Kamala Harris and by the Chinese foreign minister, who traditionally makes the continent his first destination each year.

Africanews

Don't miss a story: download the africanews app

Most read
Senegal: Constitutional Council publishes final list of presidential candidates
Chinese FM Wang Yi wraps up Togo visit
DRC: Tshisekedi sworn in for second term

Share this article: Facebook | X | WhatsApp"""))

M.append(dict(id="h53-22", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/erdogan-to-embark-on-gulf-tour-with-focus-on-investment-184911",
published_at="2023-07-16", body="""Hürriyet Daily News | Türkiye | Economy | World | Opinion

Erdoğan to embark on Gulf tour with focus on investment

ANKARA
July 16 2023 10:23:00

President Recep Tayyip Erdoğan will set off on Monday on a three-day tour of Saudi Arabia, Qatar and the United Arab Emirates, the Presidential Communications Directorate said, with Ankara seeking fresh investment and financing to ease pressure on the economy.

Erdoğan will first travel to Jeddah on July 17, where he is expected to meet Saudi Crown Prince Mohammed bin Salman. He will be in Doha on July 18 for talks with Emir Sheikh Tamim bin Hamad Al Thani, and the final stop will be Abu Dhabi on July 19, where he will be received by UAE President Sheikh Mohamed bin Zayed Al Nahyan.

Some 200 businesspeople will accompany the president, and a business forum will be held at each stop. Finance Minister Mehmet Şimşek and central bank Governor Hafize Gaye Erkan travelled to the UAE earlier this month to lay the groundwork.

"The main topic of our visits will be joint investment and business activities," Erdoğan told reporters before the announcement.

The president has also said he expects Russian President Vladimir Putin to visit Türkiye in August, though the Kremlin said on Friday that no dates had been agreed.

This is Erdoğan's first trip to the Gulf since his re-election in May.

BIST 100 6,289.44 ▲ 1.21% | USD/TRY 26.52 | EUR/TRY 29.77

Related News
Turkish FM Fidan holds phone call with Blinken
Türkiye, Egypt appoint ambassadors after decade
Şimşek meets investors in London

Share: Facebook | Twitter | LinkedIn"""))

M.append(dict(id="h53-23", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2023/11/113_363810.html",
published_at="2023-11-22", body="""The Korea Times | North Korea | Politics | Foreign Affairs

Yoon, Sunak sign 'Downing Street Accord' to upgrade ties

By Nam Hyun-woo in London
Posted : 2023-11-22 22:10 | Updated : 2023-11-23 07:02

LONDON -- President Yoon Suk Yeol and British Prime Minister Rishi Sunak signed the Downing Street Accord on Wednesday, elevating relations to a "global strategic partnership" and launching talks on upgrading the countries' free trade agreement, Yoon's office said.

The summit at Downing Street was held on the third day of Yoon's state visit to Britain, the first by a foreign head of state since the coronation of King Charles III. The two leaders agreed to hold annual foreign and defense ministers' 2+2 talks and to cooperate on semiconductors, artificial intelligence and nuclear energy.

On Tuesday, King Charles held a ceremonial welcome for Yoon and first lady Kim Keon Hee at Horse Guards Parade, followed by a state banquet at Buckingham Palace.

Yoon also addressed British parliamentarians, becoming the first Korean president to speak at Westminster.

The president will leave for Paris on Thursday, where he will spend two days on a final push for Busan's bid to host the 2030 World Expo ahead of the vote by member states of the Bureau International des Expositions later this month.

Presidential chief of staff Kim Dae-ki said the Paris schedule would be mainly devoted to meetings with BIE delegates.

yoonmin@koreatimes.co.kr

Most Read
Seoul suspends part of inter-Korean military pact after spy satellite launch
Foreign ministers of Korea, China, Japan to meet in Busan this weekend
Kospi slips as chipmakers fall

Copyright (c) 2023 The Korea Times. All rights reserved."""))

M.append(dict(id="h53-24", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230303-macron-in-angola-second-stop-central-africa-tour",
published_at="2023-03-03", body="""RFI | Africa | France | International | Podcasts

Macron in Angola on second stop of Central Africa tour

Issued on: 03/03/2023 - 16:02

French President Emmanuel Macron arrived in Luanda on Friday for talks with Angolan President João Lourenço, the second stop on a four-nation tour of Central Africa aimed at resetting France's relationship with the continent.

Macron and Lourenço launched a partnership to develop Angola's agricultural sector, with French development agency AFD committing funding, and discussed security in eastern Democratic Republic of Congo, where Angola is acting as mediator between Kinshasa and Kigali.

Macron came to Luanda from Libreville, where he attended the One Forest Summit on the protection of the Congo Basin rainforest on Thursday and met Gabonese President Ali Bongo Ondimba.

The French leader is due to travel to Brazzaville on Saturday to meet President Denis Sassou Nguesso, before crossing the Congo River to Kinshasa for talks with President Felix Tshisekedi on Saturday and Sunday.

In a speech in Paris on Monday, Macron said the era of "Françafrique" was over and that France would reduce its military footprint on the continent.

His visit to Kinshasa is expected to be the most delicate, with protesters accusing France of siding with Rwanda, which the DRC accuses of supporting M23 rebels.

RFI

Read also:
Protesters rally in Kinshasa ahead of Macron visit
Blinken in Ethiopia for first visit since Tigray peace deal

Tags: Emmanuel Macron, Angola, DRC, Congo-Brazzaville, Gabon"""))

M.append(dict(id="h53-25", source="timesofisrael.com",
url="https://www.timesofisrael.com/argentinas-milei-meets-netanyahu-vows-embassy-move-to-jerusalem/",
published_at="2024-02-07", body="""The Times of Israel | Live blog | Israel at War | Jewish Times | Blogs

Argentina's Milei meets Netanyahu, pledges to move embassy to Jerusalem

Argentine president, on his first bilateral trip abroad since taking office, wears a kippah at the Western Wall; heads to Rome later this week

By TOI Staff
7 February 2024, 5:41 pm

Argentine President Javier Milei met Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, the second day of a visit to Israel in which he has pledged to relocate his country's embassy from Tel Aviv.

Netanyahu thanked Milei for his "unequivocal support" since the October 7 Hamas attack and said the two had discussed Argentines taken hostage in Gaza.

Milei, who arrived at Ben Gurion Airport on Tuesday and was greeted by Foreign Minister Israel Katz, went straight to the Western Wall, where he embraced his rabbi and wept. He also met President Isaac Herzog on Wednesday and is due to visit Kibbutz Nir Oz on Thursday.

From Israel, Milei will travel to Rome at the end of the week to attend the canonization of Argentina's first female saint at the Vatican on Sunday, and is expected to meet Italian Prime Minister Giorgia Meloni on Monday. He is also due to see Pope Francis, whom he once called a "representative of evil on earth."

The Argentine leader's plans for the embassy drew criticism from Palestinian officials.

Times of Israel staff contributed to this report.

Support The Times of Israel's independent journalism. Join our community.

Read more
Blinken lands in Israel on fifth regional tour since October 7
Hostage families demand meeting with cabinet

Share on Facebook | X | WhatsApp | Email"""))

M.append(dict(id="h53-26", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202304010011",
published_at="2023-04-01", body="""Focus Taiwan | CNA English News

Politics
Tsai meets Guatemalan president, heads to Belize on Sunday

04/01/2023 11:26 PM

Guatemala City, April 1 (CNA) President Tsai Ing-wen (蔡英文) held talks with Guatemalan President Alejandro Giammattei on Saturday, the second day of her state visit to the Central American country, one of Taiwan's remaining 13 diplomatic allies.

Giammattei said at a joint news conference that Guatemala would continue to stand with Taiwan "as a brother nation," days after Honduras cut ties with Taipei and switched recognition to Beijing.

Tsai, who arrived on Friday, also visited a Taiwan-funded hospital project and attended a state banquet hosted by Giammattei.

On Sunday she will fly to Belize for a state visit, where she is expected to meet Prime Minister John Briceño and Governor-General Froyla Tzalam.

Tsai began the 10-day trip with a transit stop in New York, where she was honored by a think tank and met members of the Taiwanese community. On her way home she will stop over in Los Angeles, where she is expected to meet U.S. House Speaker Kevin McCarthy.

China's Foreign Ministry has warned that it will "resolutely fight back" if the meeting with McCarthy goes ahead.

(By Joseph Yeh)
Enditem/AW

Read more
Taiwan, Guatemala sign cooperation agreements
China's Defense Ministry warns over Tsai transit

Share: Facebook | Twitter | Line

Copyright 2023 Central News Agency"""))
