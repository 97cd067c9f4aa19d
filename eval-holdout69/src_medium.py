# Medium wire-style stories (1,200-2,000 characters), h69-13 .. h69-26
M = []

M.append(dict(id="h69-13", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-egyptian-presidents-sign-17-agreements-in-ankara/3321457",
published_at="2024-09-04", body="""Turkish, Egyptian presidents sign 17 deals in Ankara, aim to raise trade to $15B

Erdogan hosts Sisi on 1st visit to Türkiye by an Egyptian president in 12 years

Burak Dağlıoğlu |04.09.2024 - Update : 04.09.2024

ANKARA

Turkish President Recep Tayyip Erdogan on Wednesday hosted his Egyptian counterpart Abdel Fattah al-Sisi at the Presidential Complex in Ankara, where the two leaders co-chaired the first meeting of the High-Level Strategic Cooperation Council.

Following one-on-one and delegation-level talks, Türkiye and Egypt signed 17 agreements in areas including energy, defense, tourism, health, agriculture and finance.

"We aim to increase our trade volume to $15 billion in the short term," Erdogan told a joint news conference, adding that Türkiye and Egypt shared the same position on the need for an immediate ceasefire in Gaza.

Sisi thanked Erdogan for the hospitality and said he was pleased to reciprocate the Turkish president's visit to Cairo in February. "We agreed to intensify consultations on the Gaza war, Libya, Sudan and Somalia," he said.

The Egyptian president was welcomed with an official ceremony attended by cabinet ministers.

Separately, Foreign Minister Hakan Fidan spoke by phone on Wednesday with his Iranian counterpart Abbas Araghchi, diplomatic sources said. The two discussed the situation in Gaza and the occupied West Bank, the sources added, speaking on condition of anonymity due to restrictions on speaking to the media.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))

M.append(dict(id="h69-14", source="wam.ae",
url="https://www.wam.ae/en/details/1395303011488",
published_at="2022-01-18", body="""Mohamed bin Zayed receives phone calls from leaders condemning Houthi terrorist attack

ABU DHABI, 18th January, 2022 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, today received a phone call from President Abdel Fattah El Sisi of Egypt, who expressed his country's strong condemnation of the terrorist attack carried out by the Houthi militia on civilian areas and facilities in the UAE.

President El Sisi affirmed Egypt's full solidarity with the UAE and its support for all measures the country takes to preserve its security and stability.

His Highness also received a phone call from King Abdullah II of Jordan, who condemned the attack and offered his condolences to the families of the victims, wishing the injured a speedy recovery.

Sheikh Mohamed bin Zayed also received a phone call from Lloyd Austin, US Secretary of Defense, who reaffirmed the United States' commitment to the security of the UAE and to helping it defend against threats to its territory.

His Highness thanked the callers for their sincere feelings and support.

Three people were killed and six injured on Monday when suspected drones struck fuel tankers near ADNOC storage facilities in Musaffah and a construction area at Abu Dhabi International Airport. The Arab Coalition said it carried out air strikes against Houthi targets in Sana'a overnight.

WAM/Tariq Alfaham/Hatem Mohamed

More news
- Abdullah bin Zayed receives calls from counterparts expressing solidarity
- UAE condemns attack in statement to UN Security Council
- Abu Dhabi Police: airport operations normal"""))

M.append(dict(id="h69-15", source="spa.gov.sa",
url="https://www.spa.gov.sa/1632487",
published_at="2017-05-20", body="""Custodian of the Two Holy Mosques Receives U.S. President

Riyadh, Sha'ban 24, 1438, May 20, 2017, SPA -- The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received at Al-Yamamah Palace in Riyadh today President Donald J. Trump of the United States of America, who arrived in the Kingdom earlier in the day on his first trip abroad since taking office.

The King had welcomed the U.S. President at King Khalid International Airport, where an official reception ceremony was held.

During the session, the Custodian of the Two Holy Mosques conferred on President Trump the Collar of Abdulaziz Al Saud, the Kingdom's highest civilian honor.

The two leaders then held official talks, which reviewed the historic relations between the two friendly countries and ways to enhance them in all fields, in addition to developments in the region.

Following the talks, the King and the President signed a Joint Strategic Vision Declaration between the two countries. A number of agreements and memoranda of understanding were also signed in the fields of defense, energy, investment and industry.

The talks were attended by Crown Prince Mohammed bin Naif, Deputy Premier and Minister of Interior, and Deputy Crown Prince Mohammed bin Salman, Second Deputy Premier and Minister of Defense.

On Sunday, President Trump will take part in the Gulf-U.S. Summit and the Arab Islamic American Summit, hosted by the Kingdom with the participation of leaders of Arab and Islamic countries.

The U.S. President is scheduled to leave the Kingdom on Monday for Israel, the second stop of his tour.

--SPA
20:58 LOCAL TIME 17:58 GMT
0011"""))

M.append(dict(id="h69-16", source="en.irna.ir",
url="https://en.irna.ir/news/85141903/Saudi-FM-meets-President-Raisi-in-Tehran",
published_at="2023-06-17", body="""Saudi FM meets President Raisi in Tehran, delivers King Salman's invitation

Tehran, IRNA - Saudi Foreign Minister Prince Faisal bin Farhan Al Saud, who arrived in Tehran on Saturday at the head of a political delegation, met with Iranian President Ebrahim Raisi.

During the meeting, Raisi said the development of relations with neighboring and Muslim countries was a priority of his government's foreign policy, and that Tehran and Riyadh could play an important role in solving regional problems through cooperation.

The Saudi foreign minister conveyed the greetings of King Salman bin Abdulaziz and Crown Prince Mohammed bin Salman, and delivered the King's official invitation to President Raisi to visit Riyadh. The president welcomed the invitation.

Earlier on Saturday, Prince Faisal held talks with Foreign Minister Hossein Amir-Abdollahian, after which the two ministers addressed a joint press conference.

Amir-Abdollahian described the talks as "positive and productive" and said the two sides had agreed to form joint committees on economic, political and cultural cooperation.

Prince Faisal said Saudi Arabia's embassy in Tehran would resume work soon. Iran reopened its embassy in Riyadh on June 6.

The visit is the first by a Saudi foreign minister to Iran since 2006. The two countries agreed to restore ties in a China-brokered deal in March.

News ID: 85141903
Follow IRNA on Telegram | X | Instagram

Related News
- Iran, Oman foreign ministers discuss regional cooperation
- Amir-Abdollahian heads to Gulf tour next week"""))

M.append(dict(id="h69-17", source="mapexpress.ma",
url="https://www.mapexpress.ma/en/actualite/activites-royales/hm-king-receives-president-spanish-government",
published_at="2022-04-07", body="""HM the King Receives President of Spanish Government, Offers Iftar in His Honor

Thursday 07 April 2022 - 22:40

Rabat - His Majesty King Mohammed VI, may God assist Him, accompanied by HRH Crown Prince Moulay El Hassan and HH Prince Moulay Rachid, received on Thursday at the Royal Palace in Rabat Mr. Pedro Sánchez, President of the Government of the Kingdom of Spain, who is paying an official visit to Morocco at the invitation of the Sovereign.

At the end of this audience, HM the King offered an iftar in honor of the Spanish official and his accompanying delegation.

The visit comes following the letter addressed to the Sovereign on March 14 by Mr. Sánchez, in which Spain recognized the importance of the Sahara issue for Morocco and considered the Moroccan autonomy initiative as "the most serious, realistic and credible basis" for resolving the dispute.

A joint declaration adopted on the occasion sets out a roadmap for a "new stage" in the partnership between the two countries, including the full normalization of the movement of persons and goods, the reopening of maritime connections and a high-level meeting to be held before the end of the year.

The audience was attended by Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita and Spanish Minister of Foreign Affairs José Manuel Albares.

MAP

Other news
- Bourita holds phone talks with Portuguese counterpart
- Morocco, Israel sign MoU on education
- COVID-19: 12 new cases in 24 hours"""))

M.append(dict(id="h69-18", source="petra.gov.jo",
url="https://petra.gov.jo/Include/InnerPage.jsp?ID=48218&lang=en&name=en_news",
published_at="2023-01-24", body="""King receives Israeli prime minister, stresses need to respect historical, legal status quo in Jerusalem

Amman, Jan. 24 (Petra) -- His Majesty King Abdullah II received Israeli Prime Minister Benjamin Netanyahu at Al Husseiniya Palace on Tuesday.

His Majesty stressed the importance of respecting the historical and legal status quo at Al Aqsa Mosque/Al Haram Al Sharif and not undermining it, and of maintaining calm and halting all acts of violence, to pave the way for a political horizon for the peace process.

The King reaffirmed Jordan's firm position supporting the two-state solution, which guarantees the establishment of an independent Palestinian state on the June 4, 1967 lines with East Jerusalem as its capital.

The meeting addressed economic projects that benefit both countries and the region.

The meeting was attended by Director of the Office of His Majesty Jafar Hassan and General Intelligence Department Director Maj. Gen. Ahmad Husni, and on the Israeli side by National Security Adviser Tzachi Hanegbi.

In a separate development, His Majesty is scheduled to travel to Washington next week for meetings with senior officials in the administration and leaders of Congressional committees, a Royal Court statement said.

--(Petra)

Other news
- Safadi, Cypriot counterpart discuss bilateral ties in phone call
- Jordan condemns burning of copy of Holy Quran in Stockholm
- Crown Prince attends graduation of new army officers"""))

M.append(dict(id="h69-19", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/412588/Egypt/Foreign-Affairs/Sisi-Biden-discuss-Gaza-truce-efforts-in-first-pho.aspx",
published_at="2021-05-20", body="""Egypt's El-Sisi, US's Biden discuss Gaza truce efforts in first phone call

Ahram Online , Thursday 20 May 2021

President Abdel-Fattah El-Sisi received a phone call on Thursday from US President Joe Biden, their first since Biden took office in January, in which the two leaders discussed Egyptian efforts to reach a ceasefire between Israel and the Palestinians.

Presidential Spokesman Bassam Radi said Biden praised Egypt's "successful mediation" and the two presidents agreed on the importance of intensifying efforts to rebuild Gaza and to return to a political process based on the two-state solution.

Hours later, Egypt announced a mutual and simultaneous ceasefire between Israel and Palestinian factions in the Gaza Strip, to take effect at 2am on Friday.

Egypt will send two security delegations, to Tel Aviv and to the Palestinian territories, to monitor the implementation and to work on maintaining stable conditions, a diplomatic source told Ahram Online.

Last week El-Sisi directed that $500 million be allocated to reconstruction in Gaza, with Egyptian companies taking part, and ordered the Rafah crossing opened to receive the wounded.

More than 230 Palestinians, including 65 children, have been killed in 11 days of Israeli air strikes on Gaza, according to Gaza's health ministry, while 12 people were killed in Israel by rockets fired from the Strip.

Short link: https://english.ahram.org.eg/News/412588.aspx

Related
Egypt's FM Shoukry receives call from German counterpart on Gaza
Egypt sends 10 ambulances, medical supplies to Gaza through Rafah

Search Keywords: Egypt, US, Biden, El-Sisi, Gaza, ceasefire"""))

M.append(dict(id="h69-20", source="gulfnews.com",
url="https://gulfnews.com/world/gulf/oman/netanyahu-makes-rare-visit-to-oman-meets-sultan-qaboos-1.60590232",
published_at="2018-10-26", body="""Netanyahu makes rare visit to Oman, meets Sultan Qaboos

Published: October 26, 2018 19:02 | Reuters

Jerusalem: Israeli Prime Minister Benjamin Netanyahu made a surprise visit to Oman on Friday and met Sultan Qaboos bin Said, his office said, in a rare public contact between Israel and a Gulf state that does not recognise it.

A joint statement said the two leaders discussed ways to advance the Middle East peace process and "a number of issues of mutual interest concerning achieving stability in the Middle East".

Netanyahu was accompanied by his wife Sara, Mossad chief Yossi Cohen and National Security Adviser Meir Ben-Shabbat, his office said, releasing video of the sultan and the prime minister in Muscat.

It was the first meeting between an Israeli prime minister and the Omani ruler since Shimon Peres visited the sultanate in 1996.

Palestinian President Mahmoud Abbas paid a three-day visit to Oman earlier this week, Omani state media reported.

Oman's foreign ministry did not immediately comment on whether it was seeking to mediate between Israel and the Palestinians.

Separately, Israel's Culture and Sport Minister Miri Regev is due in Abu Dhabi this weekend to attend an international judo tournament at which Israeli athletes are competing.

(Reporting by Yaakov Levental; Additional reporting by Hadeel Mansour in Dubai; Editing by Stephen Ashworth)

Copyright Reuters 2018. Click for restrictions

Most Popular
- UAE petrol prices for November announced
- Dubai: Three-day weekend rumours denied
- Watch: Sheikh Mohammed inaugurates new metro station"""))

M.append(dict(id="h69-21", source="english.news.cn",
url="http://english.news.cn/20221209/5a9d0e3c1f6b4d2e9c7a8b1f2e3d4c5b/c.html",
published_at="2022-12-09", body="""Xi meets Egyptian President Sisi

Source: Xinhua | 2022-12-09 23:41:26 | Editor: huaxia

RIYADH, Dec. 9 (Xinhua) -- Chinese President Xi Jinping met with Egyptian President Abdel Fattah al-Sisi on Friday in Riyadh on the sidelines of the first China-Arab States Summit.

Xi said China and Egypt enjoy a profound traditional friendship, and that the China-Egypt comprehensive strategic partnership has maintained sound momentum of development.

China supports Egypt in following a development path suited to its national conditions and is willing to align the Belt and Road Initiative with Egypt's Vision 2030, Xi said.

Sisi said Egypt appreciates China's support and is willing to deepen cooperation in infrastructure, the Suez Canal Economic Zone and new administrative capital construction.

Recalling his state visit to Egypt in January 2016, Xi said both sides should carry forward the spirit of mutual respect.

Xi arrived in Riyadh on Wednesday to attend the first China-Arab States Summit and the China-Gulf Cooperation Council Summit and pay a state visit to Saudi Arabia at the invitation of King Salman bin Abdulaziz Al Saud. Enditem

Most viewed
- Xi meets Kuwaiti Crown Prince Sheikh Mishal
- Xi meets Iraqi Prime Minister Sudani in Riyadh
- Full text: China-Arab States Summit Riyadh declaration

Copyright © 2000-2022 XINHUANET.com All rights reserved."""))

M.append(dict(id="h69-22", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2016/12/a1b2c3d4e5f6-abe-putin-hot-spring-talks.html",
published_at="2016-12-15", body="""Abe, Putin hold talks at hot spring resort, eye joint economic activity on disputed isles

KYODO NEWS - Dec 15, 2016 - 23:17 | World, All

NAGATO, Japan - Prime Minister Shinzo Abe held talks with Russian President Vladimir Putin on Thursday in his home prefecture of Yamaguchi, seeking a breakthrough on a territorial row that has kept the two countries from signing a postwar peace treaty.

Putin arrived nearly three hours late for the summit at a traditional Japanese inn in the hot spring resort of Nagato. It is the first visit to Japan by the Russian leader in 11 years.

The leaders discussed the possibility of joint economic activities on the Russian-held islands off Hokkaido, called the Northern Territories in Japan and the Southern Kurils in Russia. Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov also took part.

"We had a frank exchange of views," Abe told reporters after the talks, which ran for about three hours including a dinner.

The talks will resume Friday in Tokyo, where a number of business agreements are expected to be announced.

Abe told reporters he hoped to visit Russia next year to keep up the momentum.

Last month Abe became the first foreign leader to meet U.S. President-elect Donald Trump, holding talks in New York.

==Kyodo

Related coverage:
Former islanders hope for visits to ancestral graves
Japan, Russia eye 3 trillion yen in deals"""))

M.append(dict(id="h69-23", source="aps.dz",
url="https://www.aps.dz/en/algeria/44711-president-tebboune-receives-french-president-emmanuel-macron",
published_at="2022-08-25", body="""President Tebboune receives French President Emmanuel Macron

Thursday, 25 August 2022 18:34

ALGIERS - President of the Republic Abdelmadjid Tebboune received on Thursday at El Mouradia Palace French President Emmanuel Macron, who is on an official and friendship visit to Algeria from August 25 to 27, at the invitation of the President of the Republic.

Earlier, President Tebboune welcomed his French counterpart at Houari Boumediene International Airport, where an official ceremony was held in his honour.

The two presidents held a one-on-one meeting, followed by extended talks between the delegations of both countries.

Prior to the talks, President Macron laid a wreath at the Martyrs' Memorial (Maqam Echahid) in Algiers.

The visit will also take President Macron to the city of Oran, in the west of the country, on Saturday.

In statements to the press, President Tebboune said the talks had been "promising" and had covered the issues of memory, mobility and economic cooperation. He said he had accepted an invitation to pay a visit to France, the date of which will be set later.

President Macron said the two countries had agreed to set up a joint commission of historians to examine the colonial period.

APS

Most read
- Dinar exchange rates on the official market
- Forest fires: death toll rises in El Tarf
- Pope Francis receives Algerian Minister of Religious Affairs"""))

M.append(dict(id="h69-24", source="bna.bh",
url="https://www.bna.bh/en/BahrainandQataragreetorestorediplomaticrelations.aspx?cms=q8FmFJgiscL2fwIzON1%2BDn9Ybn0%3D",
published_at="2023-04-12", body="""Bahrain and Qatar agree to restore diplomatic relations

Riyadh, Apr. 12 (BNA): The Kingdom of Bahrain and the State of Qatar have agreed to resume diplomatic relations, in accordance with the principles of the UN Charter and the 1961 Vienna Convention on Diplomatic Relations.

The agreement was reached today at a meeting held at the headquarters of the General Secretariat of the Gulf Cooperation Council (GCC) in Riyadh between the Bahraini delegation, headed by the Under-Secretary for Political Affairs at the Ministry of Foreign Affairs, Dr. Sheikh Abdulla bin Ahmed Al Khalifa, and the Qatari delegation, headed by the Secretary-General of the Ministry of Foreign Affairs, Dr. Ahmed bin Hassan Al Hammadi.

The meeting was the second of the bilateral follow-up committees established under the Al-Ula Declaration. The two sides stressed their keenness to strengthen Gulf unity and integration, and their desire to develop bilateral relations in the interest of the two brotherly peoples.

GCC Secretary-General Jasem Mohamed Albudaiwi welcomed the step, saying it reflected the sincere will of the two countries to enhance joint Gulf action.

The decision comes after His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, held a phone call in January with His Highness Sheikh Tamim bin Hamad Al Thani, the Emir of the State of Qatar.

R.S.H

BNA

Related News
- HM the King receives Saudi Minister of State for Foreign Affairs
- Foreign Minister receives credentials copy of new Japanese ambassador"""))

M.append(dict(id="h69-25", source="reuters.com",
url="https://www.reuters.com/world/middle-east/netanyahu-erdogan-meet-first-time-new-york-2023-09-19/",
published_at="2023-09-19", body="""Netanyahu, Erdogan meet for first time, discuss energy and reciprocal visits

By Maya Lubetsky and Ece Toksöz

NEW YORK, Sept 19 (Reuters) - Israeli Prime Minister Benjamin Netanyahu and Turkish President Tayyip Erdogan met for the first time on Tuesday on the sidelines of the United Nations General Assembly, as the former regional rivals continue to repair ties.

The two leaders discussed energy cooperation, including a possible joint drilling project and a pipeline, and a range of regional issues, Erdogan's office said. Netanyahu's office said the meeting was "good" and took place in a "positive atmosphere".

Erdogan told reporters afterwards that he and Netanyahu had agreed to exchange visits, without giving a date.

Turkey and Israel reappointed ambassadors last year after a four-year freeze.

Netanyahu arrived in the United States on Monday, starting his trip in California, where he met Tesla chief Elon Musk to discuss artificial intelligence. He is due to meet US President Joe Biden in New York on Wednesday, their first meeting since Netanyahu returned to office in December.

Biden has withheld a White House invitation amid mass protests in Israel over the government's judicial overhaul.

(Reporting by Maya Lubetsky in New York and Ece Toksöz in Ankara; Editing by Gareth Pennell)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
- Saudi crown prince says 'every day we get closer' to Israel normalisation
- Iran's Raisi tells UN the US must show goodwill"""))

M.append(dict(id="h69-26", source="pmo.gov.pk",
url="https://www.pmo.gov.pk/news_details.php?news_id=2331",
published_at="2024-04-22", body="""Prime Minister's Office
Press Release

President of the Islamic Republic of Iran Dr. Seyyed Ebrahim Raisi arrives in Islamabad on three-day official visit

Islamabad, 22 April 2024

President of the Islamic Republic of Iran, Dr. Seyyed Ebrahim Raisi, arrived in Islamabad today on an official visit to Pakistan from 22-24 April 2024. He is accompanied by his spouse, Foreign Minister Hossein Amir-Abdollahian, other cabinet members and a high-level delegation.

The President was received at Nur Khan Airbase by the Federal Minister for Housing and Works and senior officials.

Prime Minister Muhammad Shehbaz Sharif received the Iranian President at the Prime Minister's House, where a guard of honour was presented. The two leaders held a tete-a-tete followed by delegation-level talks, covering trade, energy, connectivity and border security. Several memoranda of understanding were signed in the presence of the two leaders.

During the visit, President Raisi will also call on President Asif Ali Zardari and meet the Chairman Senate and the Speaker of the National Assembly. He will visit Lahore and Karachi.

President Raisi is the first head of state to visit Pakistan after the general elections of February 2024.

From Pakistan, the Iranian President is scheduled to travel to Sri Lanka on 24 April.

***

Other releases
- PM chairs meeting on power sector reforms
- PM telephones Turkish President, conveys Eid greetings"""))
