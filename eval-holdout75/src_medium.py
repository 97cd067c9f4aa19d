# Medium wire-style stories (1,200-2,000 characters), h75-13 .. h75-26
M = []

M.append(dict(id="h75-13", source="rferl.org",
url="https://www.rferl.org/a/russia-wagner-mutiny-putin-calls-leaders/32476119.html",
published_at="2023-06-26", body="""Putin Works The Phones After Wagner Mutiny As Lukashenka Claims Credit

June 26, 2023 12:40 GMT | RFE/RL

Russian President Vladimir Putin has held a string of telephone calls with foreign leaders since the short-lived armed rebellion by Wagner mercenaries over the weekend, as Belarusian ruler Alyaksandr Lukashenka portrayed himself as the man who averted a march on Moscow.

Lukashenka's press service said he spoke with Putin on the morning of June 24 and then negotiated "throughout the day" with Wagner founder Yevgeny Prigozhin, who agreed to halt his column about 200 kilometers from the Russian capital and to leave for Belarus.

The Kremlin said Putin also spoke on Saturday with Turkish President Recep Tayyip Erdogan, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev, all of whom expressed "support." On Monday, Iranian President Ebrahim Raisi called Putin to express Tehran's backing for the Russian leadership, according to Iranian state media.

U.S. President Joe Biden held a call with the leaders of France, Germany, and Britain on Saturday to discuss the situation, the White House said, while Secretary of State Antony Blinken spoke with his G7 counterparts. Washington had "nothing to do" with the events, Blinken said.

Prigozhin's whereabouts remained unknown on Monday. The criminal case opened against him for organizing an armed mutiny has not been dropped, Russian news agencies reported, despite the Kremlin's earlier promise.

Read more:
What Was Prigozhin Thinking? Five Takeaways From The Wagner Revolt
In Minsk, Disbelief At Lukashenka's Role

Tags: Russia, Belarus, Wagner, Vladimir Putin

Copyright (c) 2023. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty."""))

M.append(dict(id="h75-14", source="thehindu.com",
url="https://www.thehindu.com/news/international/modi-dials-nepal-leaders-as-quake-toll-mounts/article7141587.ece",
published_at="2015-04-25", body="""Modi dials Nepal leaders as quake toll mounts

PTI
NEW DELHI, April 25, 2015 | Updated: April 25, 2015 23:14 IST

Prime Minister Narendra Modi on Saturday spoke to Nepal's President Ram Baran Yadav and assured him of all possible assistance from India after a massive earthquake of magnitude 7.9 struck the Himalayan nation, killing over 1,000 people.

Mr. Modi also reached out to Nepal's Prime Minister Sushil Koirala, who is abroad, and told him that India stood with the people of Nepal "in this hour of grief", the Prime Minister's Office said. Mr. Koirala was returning from Indonesia, where he had attended the Asian-African conference, and was expected to cut short his trip.

The Prime Minister chaired a high-level meeting in New Delhi to review the situation, after which the government dispatched ten teams of the National Disaster Response Force along with relief material and a medical team on Indian Air Force aircraft. The first C-130J landed in Kathmandu in the afternoon.

Foreign Secretary S. Jaishankar told reporters that the Indian embassy in Kathmandu had set up a helpline and that about 1,000 Indians were believed to be in the Everest region.

The tremor was also felt across northern India, where at least 34 people died, mostly in Bihar.

Related Articles
India, Canada sign uranium supply deal during Modi visit
Tremors felt in Delhi, Kolkata, Patna

Keywords: Nepal earthquake, Narendra Modi, Sushil Koirala, NDRF

Printable version | Comments (14)"""))

M.append(dict(id="h75-15", source="france24.com",
url="https://www.france24.com/en/africa/20201009-freed-french-hostage-petronin-lands-in-france-macron-thanks-mali",
published_at="2020-10-09", body="""Freed French hostage Sophie Pétronin lands in France, Macron thanks Mali

Issued on: 09/10/2020 - 15:02

Villacoublay (France) (AFP) - Sophie Pétronin, the last French hostage held anywhere in the world, arrived back in France on Friday after nearly four years in captivity in Mali and was greeted on the tarmac by President Emmanuel Macron.

The 75-year-old aid worker, who was kidnapped in the northern city of Gao in December 2016, stepped off a government plane at the Villacoublay military airbase near Paris wearing a white headscarf and hugged her son Sébastien.

Macron had spoken by telephone on Thursday evening with Mali's transitional president Bah N'Daw to thank him and Malian authorities for their help in securing her release, the Elysée said.

Pétronin was freed along with Malian opposition leader Soumaïla Cissé and two Italians, the priest Pierluigi Maccalli and Nicola Chiacchio, in exchange for the release by Bamako of about 200 suspected jihadists. Paris has said it did not take part in the negotiations.

The two Italians landed in Rome on Friday, where they were welcomed by Prime Minister Giuseppe Conte.

The French army, which has 5,100 troops in the Sahel under Operation Barkhane, has continued operations against jihadist groups since the August 18 coup that toppled President Ibrahim Boubacar Keïta.

Related
Mali's Cissé returns to Bamako after six months in captivity
Who is Sophie Pétronin?

Subscribe to our newsletter

(c) 2020 AFP"""))

M.append(dict(id="h75-16", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2015/01/25/national/abe-asks-jordan-king-help-goto-release/",
published_at="2015-01-25", body="""Abe asks Jordan's king for help in securing Goto's release

Kyodo
Jan 25, 2015

Prime Minister Shinzo Abe on Sunday asked King Abdullah II of Jordan for continued cooperation to win the release of journalist Kenji Goto, after a video purportedly showed that the Islamic State group had killed a second Japanese hostage, Haruna Yukawa.

In a phone conversation lasting about 20 minutes, Abe and the king "confirmed that the two countries will cooperate closely," the prime minister told reporters at his official residence. It was the second time the two leaders had spoken since the hostage crisis began on Tuesday.

The new video carried a voice message purportedly from Goto demanding that Jordan free Sajida al-Rishawi, an Iraqi woman on death row for her role in 2005 suicide bombings in Amman, in exchange for his life.

Japan has set up an emergency task force in Amman headed by Senior Vice Foreign Minister Yasuhide Nakayama, who has been in the Jordanian capital since Wednesday. Tokyo has no embassy in Syria.

Abe called the apparent killing of Yukawa "outrageous and unforgivable."

The crisis erupted as Abe was wrapping up a trip to the Middle East that took him to Egypt, Jordan, Israel and the Palestinian territories, during which he pledged 200 million dollars in nonmilitary aid for countries fighting the Islamic State group.

U.S. President Barack Obama condemned the killing in a statement.

Related stories
Japanese hostage's father: "I am at a loss for words"
Nikkei drops as yen firms on hostage concerns

(c) The Japan Times Ltd. All rights reserved."""))

M.append(dict(id="h75-17", source="trend.az",
url="https://en.trend.az/azerbaijan/politics/3986542.html",
published_at="2024-12-28", body="""BAKU Exchange | USD/AZN 1.7 | EUR/AZN 1.7707 | Brent 74.17

Putin apologizes to Aliyev over AZAL crash in phone call

Politics | 28 December 2024 15:26 (UTC +04:00)

Baku, Azerbaijan, December 28. Russian President Vladimir Putin on Saturday apologized to President Ilham Aliyev in a telephone conversation that "the tragic incident" involving an Azerbaijan Airlines plane had occurred in Russian airspace, Trend reports citing the Kremlin.

The Embraer 190 flying from Baku to Grozny crashed near the Kazakh city of Aktau on December 25 after being diverted across the Caspian Sea, killing 38 of the 67 people on board. The Kremlin statement said Russian air defences had been repelling Ukrainian drone attacks on Grozny at the time.

The Azerbaijani presidential press service said Aliyev told Putin that the aircraft had been subjected to "external physical and technical interference" over Grozny and that Baku expected an admission of guilt and compensation.

On the day of the crash, Aliyev turned back his plane while en route to St. Petersburg for an informal CIS summit and returned to Baku. He also spoke by phone on Wednesday with Kazakh President Kassym-Jomart Tokayev, who offered condolences and pledged an open investigation.

Kazakhstan has invited investigators from Brazil, where the jet was made, as well as Russia and Azerbaijan to take part in the probe. December 26 was declared a day of national mourning in Azerbaijan.

Follow Trend on Telegram | Subscribe to Trend News Agency newsletter

Read more
Azerbaijan's Deputy PM leads government commission on crash
AZAL suspends flights to several Russian cities"""))

M.append(dict(id="h75-18", source="theeastafrican.co.ke",
url="https://www.theeastafrican.co.ke/tea/news/east-africa/rubio-ramaphosa-call-kagame-tshisekedi-as-m23-takes-goma-4907332",
published_at="2025-01-28", body="""Rubio, Ramaphosa call Kagame and Tshisekedi as M23 takes Goma

Reuters | Tuesday January 28 2025

US Secretary of State Marco Rubio has spoken with Rwandan President Paul Kagame and Congolese President Felix Tshisekedi to press for a ceasefire in eastern Congo, where M23 rebels said they had taken control of the city of Goma.

Rubio told Kagame on Monday that Washington was "deeply troubled" by the offensive and called for respect of sovereign territorial integrity, the State Department said. He spoke with Tshisekedi on Sunday.

South African President Cyril Ramaphosa said on Tuesday he had also spoken to both Kagame and Tshisekedi, after 13 South African soldiers serving with regional and UN peacekeeping missions were killed in the fighting. Kagame later disputed Ramaphosa's account of their call on X.

Kenyan President William Ruto, who chairs the East African Community, has called an extraordinary virtual summit of the bloc for Wednesday. Tshisekedi's office said he would not take part.

The two presidents had been due to meet in Luanda in December under Angolan mediation, but the meeting was cancelled after Rwanda's delegation did not show up.

Thousands of residents fled towards the Rwandan border as gunfire echoed through Goma for a second day. Protesters in Kinshasa attacked the embassies of Rwanda, France, Belgium and the United States.

Related
Congo cuts diplomatic ties with Rwanda
UN Security Council holds emergency meeting on Goma

Share this story | Comments"""))

M.append(dict(id="h75-19", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=2118899",
published_at="2025-04-04", body="""Prime Minister's Office

PM meets Senior General Min Aung Hlaing of Myanmar on the sidelines of BIMSTEC Summit

Posted On: 04 APR 2025 11:42AM by PIB Delhi

Prime Minister Shri Narendra Modi met Senior General Min Aung Hlaing, Chairman of the State Administration Council of Myanmar, on the sidelines of the 6th BIMSTEC Summit in Bangkok today.

Prime Minister expressed his condolences on the loss of lives and property in the devastating earthquake of 28 March 2025 and reiterated that India stood in solidarity with Myanmar. He informed that, as a First Responder, India had dispatched search and rescue teams, a field hospital and relief material under Operation Brahma, and that further assistance would be provided as required.

The leaders also discussed connectivity, capacity-building and infrastructure projects. Prime Minister emphasised the importance of holding credible and inclusive elections and called for a restoration of the democratic process.

Prime Minister is on an official visit to Thailand from 03-04 April 2025, during which he held talks with Prime Minister of Thailand Ms. Paetongtarn Shinawatra and called on His Majesty King Maha Vajiralongkorn. He will emplane for Colombo later today for a State Visit to Sri Lanka.

***

MJPS/SR

(Release ID: 2118899) Visitor Counter : 1587

Read this release in: Urdu | Hindi | Tamil | Malayalam

Follow us on social media"""))

M.append(dict(id="h75-20", source="aa.com.tr",
url="https://www.aa.com.tr/en/russia-ukraine-war/lavrov-kuleba-meet-in-antalya-in-first-high-level-talks-since-war/2529876",
published_at="2022-03-10", body="""Lavrov, Kuleba meet in Antalya in first high-level talks since war began

Trilateral meeting hosted by Turkish Foreign Minister Cavusoglu ends without agreement on ceasefire

Ahmet Gencturk | 10.03.2022

ANTALYA, Türkiye

The foreign ministers of Russia and Ukraine met in Türkiye's southern resort city of Antalya on Thursday, in the highest-level contact between the two sides since Russia launched its war on Feb. 24.

Russian Foreign Minister Sergey Lavrov and his Ukrainian counterpart Dmytro Kuleba held talks for about an hour and a half at a trilateral meeting hosted by Turkish Foreign Minister Mevlut Cavusoglu on the sidelines of the Antalya Diplomacy Forum.

"We also talked about a 24-hour ceasefire, but no progress was made on this," Kuleba told a news conference afterwards, adding that Lavrov had not been in a position to commit to a humanitarian corridor from the besieged city of Mariupol.

Lavrov said Moscow was not against a meeting between President Vladimir Putin and President Volodymyr Zelensky "in principle", but only to finalize specific agreements.

Cavusoglu said that the meeting was "civilized" and that Türkiye was ready to host a leaders' meeting. He held separate bilateral talks with both ministers before the trilateral session.

President Recep Tayyip Erdogan had spoken with both Putin and Zelensky by phone in recent days.

The forum, held under the theme "Recoding Diplomacy", runs until Sunday.

Related News
Erdogan receives Israeli President Herzog in Ankara
Cavusoglu: Türkiye will continue to work for lasting ceasefire"""))

M.append(dict(id="h75-21", source="english.news.cn",
url="http://english.news.cn/20250614/9e3b1d7c0a2f4e6b8c5d1a2b3c4d5e6f/c.html",
published_at="2025-06-14", body="""Wang Yi holds phone talks with Iranian, Israeli foreign ministers

Source: Xinhua | Editor: huaxia | 2025-06-14 19:28:44

BEIJING, June 14 (Xinhua) -- Chinese Foreign Minister Wang Yi held separate phone talks with Iranian Foreign Minister Abbas Araghchi and Israeli Foreign Minister Gideon Sa'ar on Saturday, following Israel's strikes on Iran.

In his talks with Araghchi, Wang said that China clearly opposes the violation of Iran's sovereignty, security and territorial integrity, and strongly condemns Israel's attacks on Iranian officials and civilian targets.

Speaking with Sa'ar, Wang said that resorting to force cannot bring lasting peace, and urged Israel to resolve differences through dialogue and consultation. He said China hopes the relevant parties will take measures to ease tensions and prevent the region from sliding into greater turmoil.

Wang also asked both sides to ensure the safety of Chinese citizens and institutions. The Chinese Embassy in Iran has advised Chinese nationals to leave the country as soon as possible via land border crossings.

Araghchi briefed Wang on the situation and said that Iran would exercise its right to self-defense. Sa'ar told Wang that Israel's operation targeted Iran's nuclear program. Enditem

Related: Xi to attend second China-Central Asia Summit in Astana

Photo: Chinese Foreign Minister Wang Yi (file photo)

Copyright (c) 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h75-22", source="notesfrompoland.com",
url="https://notesfrompoland.com/2022/11/16/duda-missile-that-hit-poland-was-likely-ukrainian-air-defence/",
published_at="2022-11-16", body="""Duda: missile that killed two in Poland was likely Ukrainian air defence

November 16, 2022 | Daniel Tilles

The missile that struck a farm in the eastern Polish village of Przewodów, killing two men, was most likely fired by Ukrainian air defences, President Andrzej Duda said on Wednesday, adding there was "no indication" of a deliberate attack on Poland.

Duda spoke with US President Joe Biden late on Tuesday night, shortly after the blast, and with Ukrainian President Volodymyr Zelensky. He also held talks with NATO Secretary General Jens Stoltenberg.

In Bali, Biden called an emergency meeting of G7 and NATO leaders attending the G20 summit, after which he said that "preliminary information" suggested the missile had not been fired from Russia.

Poland's foreign ministry summoned Russia's ambassador on Tuesday night and demanded "immediate detailed explanations". Prime Minister Mateusz Morawiecki said Poland was considering invoking NATO's Article 4.

Zelensky insisted the missile was not Ukrainian. Kyiv asked for access to the site, and Polish officials said Ukrainian experts could be admitted as part of a joint investigation.

Support Notes from Poland
We are a small, independent team. If you value our work, please consider supporting us on Patronite.

Main image credit: KPRP

Read more
Poland to accept German offer of Patriot air defence systems"""))

M.append(dict(id="h75-23", source="wam.ae",
url="https://www.wam.ae/en/details/1395303198765",
published_at="2023-09-12", body="""UAE President offers condolences to Libya's Presidential Council chief over flood victims

ABU DHABI, 12th September, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan made a phone call today to Mohamed al-Menfi, Chairman of the Presidential Council of Libya, in which he offered his condolences over the victims of the floods caused by Storm Daniel in the eastern regions of Libya.

During the call, His Highness affirmed the UAE's solidarity with the brotherly Libyan people, and wished the injured a speedy recovery.

His Highness directed that urgent relief be dispatched to those affected, and that search and rescue teams be sent to assist in the search for missing persons.

Al-Menfi expressed his thanks to His Highness for the sincere sentiments and the support extended by the UAE.

Two UAE aid planes carrying 150 tonnes of food, medical and shelter supplies departed for Benghazi on Tuesday, the Ministry of Foreign Affairs said, as the death toll in the city of Derna continued to rise.

WAM/Hatem Mohamed/Tariq alfaham

Other News
UAE President offers condolences to King of Morocco over earthquake victims in phone call
UAE Search and Rescue Team concludes operations in Morocco
Mohammed bin Rashid receives Cabinet members

Share | Print"""))

M.append(dict(id="h75-24", source="bernama.com",
url="https://www.bernama.com/en/news.php?id=2235221",
published_at="2023-10-17", body="""Anwar speaks to Egypt's El-Sisi, seeks opening of Rafah crossing for aid

PUTRAJAYA, Oct 17 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim had a telephone conversation with Egyptian President Abdel Fattah El-Sisi this afternoon, in which he sought Cairo's help to channel Malaysia's humanitarian aid into Gaza through the Rafah border crossing.

Anwar said on Facebook that he had also raised the safety of Malaysians in Gaza and in Egypt. "I appreciate President El-Sisi's firm position in rejecting any attempt to displace the Palestinian people from their land," he said.

Over the weekend, Anwar spoke with Hamas political bureau chief Ismail Haniyeh by phone, drawing criticism from the United States. He said Malaysia would maintain its relations with Hamas despite Western pressure.

Meanwhile, Foreign Minister Datuk Seri Dr Zambry Abdul Kadir will leave for Jeddah tonight to attend an extraordinary meeting of the Organisation of Islamic Cooperation (OIC) Executive Committee on the Gaza crisis on Wednesday.

Malaysia has allocated RM100 million in humanitarian aid for Palestinians.

-- BERNAMA

BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio.

Follow us on social media: Facebook | X | Instagram | TikTok"""))

M.append(dict(id="h75-25", source="bangkokpost.com",
url="https://www.bangkokpost.com/thailand/general/2671234/parnpree-heads-to-doha-cairo-as-thai-hostages-remain-in-gaza",
published_at="2023-10-28", body="""SET 1,406.32 ▼ -7.14 | USD/THB 36.03

Parnpree heads to Doha, Cairo as Thai hostages remain in Gaza

Published: 28 Oct 2023 at 14:05 | Online news:

Foreign Minister Parnpree Bahiddha-Nukara will fly to Qatar on Sunday and then to Egypt to seek help in securing the release of 22 Thais held hostage by Hamas in the Gaza Strip, the ministry said on Saturday.

In Doha, Mr Parnpree is scheduled to meet Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, whose government is mediating between Israel and Hamas. He may also meet Iranian Foreign Minister Hossein Amirabdollahian if their schedules allow, a ministry source said. He is due in Cairo on Tuesday for talks with Egyptian Foreign Minister Sameh Shoukry.

Last week, a group of Thai Muslim leaders led by Areepen Uttarasin, a former minister who advises House Speaker Wan Muhamad Noor Matha, travelled to Tehran and held talks with Hamas representatives there. The ministry said the group was acting in a private capacity.

Thirty-two Thai workers have been killed since the Oct 7 attack, and about 7,500 have been evacuated from Israel on government flights.

Prime Minister Srettha Thavisin said the government was doing "everything possible" and thanked Malaysia for its offer to help.

Related
Srettha orders more evacuation flights from Israel
Families of Thai hostages appeal to Hamas

Share | 2 comments"""))

M.append(dict(id="h75-26", source="apnews.com",
url="https://apnews.com/article/south-korea-martial-law-yoon-visits-postponed-6b2f1d3c9e8a7f4e",
published_at="2024-12-05", body="""Swedish leader's visit and US-South Korea nuclear talks postponed after martial law turmoil

By HYUNG-JIN KIM and KIM TONG-HYUNG
Updated 4:15 AM GMT, December 5, 2024

SEOUL, South Korea (AP) - Swedish Prime Minister Ulf Kristersson has postponed a planned trip to South Korea, and Seoul and Washington have put off a key meeting on nuclear deterrence, in the fallout from President Yoon Suk Yeol's short-lived imposition of martial law.

Kristersson had been scheduled to arrive on Thursday for a summit with Yoon, but his office said the visit would be "rescheduled at a later date" given the circumstances.

The Pentagon said a meeting of the allies' Nuclear Consultative Group, planned for this week in Washington, and a related tabletop exercise had been postponed. U.S. Defense Secretary Lloyd Austin also shelved a planned trip to Seoul, officials said.

Deputy Secretary of State Kurt Campbell said U.S. officials had been in contact with their South Korean counterparts "at every level" and that the alliance remained "ironclad."

Opposition lawmakers submitted a motion to impeach Yoon, which could be put to a vote as early as Saturday. Defense Minister Kim Yong Hyun, who proposed the martial law decree, resigned.

Copyright 2024 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission."""))
