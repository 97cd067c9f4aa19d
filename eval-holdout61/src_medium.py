# Medium wire-style stories (1,200-2,000 characters), h61-13 .. h61-26
M = []

M.append(dict(id="h61-13", source="english.news.cn",
url="http://english.news.cn/20230214/3b9e1d7c55a04f0e8c2d4a6b7f1e9c02/c.html",
published_at="2023-02-14", body="""Xi holds talks with Iranian President Raisi

Source: Xinhua | Editor: huaxia | 2023-02-14 21:40:12

BEIJING, Feb. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Iranian President Ebrahim Raisi, who is on a state visit to China, at the Great Hall of the People in Beijing on Tuesday.

Xi said that in the face of changes in the world, the times and history, China and Iran have stood together and helped each other, and that China will firmly support Iran in safeguarding its national sovereignty, independence, territorial integrity and national dignity.

Xi noted that China is willing to work with Iran to implement the comprehensive cooperation plan between the two countries and deepen practical cooperation in trade, agriculture, industry, infrastructure and other areas.

Raisi said Iran attaches great importance to developing its comprehensive strategic partnership with China and is ready to strengthen communication and coordination in international and regional affairs.

After the talks, the two heads of state witnessed the signing of 20 bilateral cooperation documents covering agriculture, trade, tourism, environmental protection, health, disaster relief, culture and sports.

Prior to the talks, Xi held a welcome ceremony for Raisi at the Great Hall of the People. Raisi arrived in Beijing earlier on Tuesday for a three-day visit, the first state visit to China by an Iranian president in over 20 years.

Raisi invited Xi to visit Iran again at a convenient time. Enditem

Photo: Chinese President Xi Jinping holds a welcome ceremony for Iranian President Ebrahim Raisi prior to their talks at the Great Hall of the People in Beijing, Feb. 14, 2023. (Xinhua/Li Xueren)

Related: Chinese premier meets Iranian president | China, Iran issue joint statement

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h61-14", source="tass.com",
url="https://tass.com/politics/1831207",
published_at="2024-08-19", body="""TASS | Russian Politics & Diplomacy

Putin, Aliyev hold talks in Baku, sign strategic documents

The Russian leader arrived in Azerbaijan on a two-day state visit on Sunday evening

BAKU, August 19. /TASS/. Russian President Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev held talks in the Zagulba residence outside Baku on Monday, first in a narrow format and then with delegations.

"Azerbaijan is a strategic partner and ally for Russia," Putin said, adding that trade between the two countries had been growing despite "external pressure". Aliyev said the relations were "at a very high level" and noted that more than 300 Azerbaijani schools teach in Russian.

The presidents discussed the North-South international transport corridor, energy, and the situation in the South Caucasus, including the normalization of relations between Baku and Yerevan. Following the talks, the sides signed a number of documents, including a joint statement and memoranda on railway transport, education and agriculture. Deputy Prime Ministers Alexei Overchuk and Shahin Mustafayev, who co-chair the intergovernmental commission, took part in the expanded talks.

The Russian leader arrived in Baku on Sunday evening. Aliyev hosted him for an informal dinner at his residence.

Kremlin spokesman Dmitry Peskov told reporters that Putin did not rule out a telephone conversation with Armenian Prime Minister Nikol Pashinyan after the trip, but that no such call was scheduled.

Peskov also said that Putin's schedule for the autumn was being finalized, including the BRICS summit in Kazan in October.

Tags: Vladimir Putin, Ilham Aliyev, Russia-Azerbaijan relations
Also read: Lavrov, Bayramov discuss South Caucasus settlement | Russian Gazprom, SOCAR sign gas memorandum

Subscribe to TASS on Telegram | Follow TASS on VK"""))

M.append(dict(id="h61-15", source="inform.kz",
url="https://www.inform.kz/en/tokayev-putin-hold-talks-in-astana-a4152208",
published_at="2023-11-09", body="""Kazinform | Kazakhstan | Politics | Economy | Society | World

USD 462.51 | EUR 494.18 | RUB 5.03

Tokayev, Putin hold talks in Astana

ASTANA. KAZINFORM - President Kassym-Jomart Tokayev held talks with President of Russia Vladimir Putin, who arrived in Kazakhstan on an official visit, at the Akorda on Thursday, the Akorda press service reports.

The Head of State welcomed his Russian counterpart to Astana and noted that the visit was of great importance for the further strengthening of the allied relations between the two countries. Opening the talks, Tokayev spoke in the Kazakh language, a move widely reported in Kazakh media.

The sides discussed trade, energy, transport and logistics, as well as cooperation in the field of water resources and cross-border rivers. Bilateral trade last year reached 28 billion US dollars, the President said.

Following the talks in the narrow and extended formats, the two Presidents signed a joint statement, and ministers exchanged cooperation documents on gas supplies, the construction of thermal power plants and education.

Later, the two leaders took part in the XIX Forum of Interregional Cooperation of Kazakhstan and Russia via video link from the Akorda.

Tokayev also confirmed his participation in the informal summit of the CIS leaders in St Petersburg in December.

Author: Aidana Yergaliyeva
Photo: Akorda

Other news
Kazakh FM receives Ambassador of Japan
Kazakhstan, Uzbekistan to hold intergovernmental council in Tashkent
Weather forecast for November 10

Subscribe to Kazinform on Telegram | Kazinform app available on Google Play and App Store"""))

M.append(dict(id="h61-16", source="trend.az",
url="https://en.trend.az/azerbaijan/politics/3972516.html",
published_at="2024-12-10", body="""Trend News Agency | Politics | Business | Economy | Region

USD/AZN 1.7 | EUR/AZN 1.7893 | Brent 72.25 | Azeri Light 74.61

Baku hosts meeting of Azerbaijan-Iran State Commission

BAKU, Azerbaijan, December 10. The regular meeting of the State Commission on Economic, Trade and Humanitarian Cooperation between Azerbaijan and Iran was held in Baku, Trend reports.

The meeting was co-chaired by Azerbaijani Minister of Economy Mikayil Jabbarov and Iranian Minister of Roads and Urban Development Farzaneh Sadegh, who arrived in Baku on Monday at the head of a large delegation.

Jabbarov noted that bilateral trade had grown over the past year and pointed to the importance of the Aras transport corridor, which is to link mainland Azerbaijan with the Nakhchivan Autonomous Republic via Iranian territory. He said the construction of the road bridge over the Aras River near Aghband was proceeding according to schedule.

Sadegh said Iran was ready to expand cooperation in transport, energy, customs and tourism, and described the North-South corridor as "a shared opportunity".

Following the meeting, the co-chairs signed a protocol on the results of the commission's work. Memorandums in the fields of customs, health and standardization were also signed.

Earlier in the day, the Iranian minister was received by Prime Minister Ali Asadov.

The next meeting of the commission is planned to be held in Tehran in 2025.

Follow Trend on Telegram and X

Other headlines
Azerbaijani FM, Uzbek counterpart discuss bilateral agenda by phone
SOCAR, bp sign new deal on Shah Deniz
Azerbaijan's non-oil exports up 3 percent"""))

M.append(dict(id="h61-17", source="apa.az",
url="https://apa.az/en/foreign-policy/armenia-azerbaijan-foreign-ministers-conclude-almaty-talks-441980",
published_at="2024-05-11", body="""APA | Azerbaijan | Foreign policy | Region | World

Azerbaijani, Armenian FMs conclude two-day talks in Almaty

Baku - APA. The two-day negotiations between Foreign Minister Jeyhun Bayramov and Armenia's Foreign Minister Ararat Mirzoyan on the draft bilateral agreement on the establishment of peace and interstate relations ended in Almaty on May 11, APA reports.

The Azerbaijani Foreign Ministry said in a statement that the ministers had made progress on a number of articles of the draft agreement and had agreed to continue negotiations on the remaining open issues. No date was given for the next round.

The talks were held at the Ministry of Foreign Affairs of Kazakhstan and were opened on May 10 by Kazakh Foreign Minister Murat Nurtleu. Kazakhstan described itself as a "platform" for the dialogue rather than a mediator.

On May 10, President of Kazakhstan Kassym-Jomart Tokayev received the two foreign ministers. Tokayev said he hoped the talks would contribute to "a lasting peace in the South Caucasus" and said Kazakhstan was ready to provide all the necessary conditions.

Both ministers thanked the Kazakh side for its hospitality.

Armenian Foreign Ministry spokeswoman Ani Badalyan said the talks had been held in "a constructive atmosphere".

Earlier, the heads of the two countries' foreign policy agencies met in Washington and Berlin, and Armenian Prime Minister Nikol Pashinyan and President Ilham Aliyev met on the sidelines of the Munich Security Conference in February in the presence of German Chancellor Olaf Scholz.

Share: Facebook | X | WhatsApp | Telegram
Tags: Almaty talks, peace treaty, Jeyhun Bayramov, Ararat Mirzoyan
Most read: Ilham Aliyev receives delegation led by Chairman of Turkish Grand National Assembly"""))

M.append(dict(id="h61-18", source="en.irna.ir",
url="https://en.irna.ir/news/85590614/President-Pezeshkian-arrives-in-Baghdad",
published_at="2024-09-11", body="""IRNA English | Politics | Economy | Society | World

President Pezeshkian arrives in Baghdad on first foreign trip

Tehran, IRNA - Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday morning at the head of a high-ranking political and economic delegation at the official invitation of the Iraqi Prime Minister Mohammed Shia al-Sudani.

Pezeshkian was officially welcomed by al-Sudani at the Iraqi government palace, after which the two sides held talks in a one-on-one format and then in the presence of the delegations.

The visit, the first foreign trip by Pezeshkian since he took office in July, is aimed at expanding political, economic, trade and cultural relations between the two neighbours, the president's office said.

Iran and Iraq signed 14 memoranda of understanding in the fields of education, agriculture, communications, youth and sport, and social security during the visit.

Pezeshkian told a joint press conference that Iran would continue to stand by Iraq, adding that "our borders are borders of friendship".

Foreign Minister Abbas Araghchi, who is accompanying the president, held separate talks with his Iraqi counterpart Fuad Hussein.

During his three-day stay, the Iranian president is also scheduled to travel to the holy cities of Najaf and Karbala, as well as to Erbil, the capital of the Kurdistan Region, and the southern city of Basra.

Later this month, Pezeshkian is set to travel to New York to attend the annual session of the UN General Assembly.

Photo: President Pezeshkian and Iraqi PM al-Sudani at the Baghdad palace (president.ir)

Follow IRNA on Telegram
Related: Araghchi: Iran's foreign policy based on neighbourliness
Tags: Pezeshkian, Iraq, Baghdad"""))

M.append(dict(id="h61-19", source="news.cgtn.com",
url="https://news.cgtn.com/news/2024-04-13/Zhao-Leji-meets-Kim-Jong-un-in-Pyongyang-1sWvD8xUr0Y/p.html",
published_at="2024-04-13", body="""CGTN | China | World | Business | Opinions

Zhao Leji meets Kim Jong Un in Pyongyang

China; 2024-04-13 18:42 GMT+8

Zhao Leji, chairman of the National People's Congress Standing Committee, met with Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea, in Pyongyang on Saturday.

Zhao, who is leading a Chinese party and government delegation on an official goodwill visit to the DPRK from Thursday to Saturday, conveyed Chinese President Xi Jinping's cordial greetings and best wishes to Kim.

Zhao said the China-DPRK traditional friendship is a valuable asset of both parties and both countries, and that China is willing to work with the DPRK to strengthen strategic communication and deepen exchanges in all fields.

Kim asked Zhao to convey his sincere greetings to Xi and said the DPRK's policy of strengthening friendly relations with China remains unchanged.

On Thursday, Zhao held talks with Choe Ryong Hae, chairman of the Standing Committee of the Supreme People's Assembly of the DPRK, and the two attended the opening ceremony of the China-DPRK Friendship Year, marking 75 years of diplomatic relations.

Zhao is the highest-ranking Chinese official to visit the DPRK since 2019.

Source(s): Xinhua

RELATED
Wang Yi holds talks with Russian FM Lavrov in Beijing
Chinese premier meets Vietnamese NA chairman
Tourism between China and DPRK set to resume

Copyright © 2024 CGTN. Beijing ICP prepared NO.16065310-3"""))

M.append(dict(id="h61-20", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/75284",
published_at="2024-10-07", body="""President of Russia | Events | Structure | Videos and Photos | Documents

Telephone conversation with President of Kyrgyzstan Sadyr Japarov

October 7, 2024, 14:30

Vladimir Putin had a telephone conversation with President of the Kyrgyz Republic Sadyr Japarov.

Sadyr Japarov warmly congratulated Vladimir Putin on his birthday and wished him good health and success.

The two leaders discussed current issues on the bilateral agenda, noting the positive dynamics of trade and economic ties and the implementation of major joint projects in energy and industry.

The presidents reviewed in detail the preparations for Vladimir Putin's state visit to the Kyrgyz Republic scheduled for late November. They agreed to instruct relevant agencies to complete work on a package of documents to be signed during the visit.

The two leaders also touched on the upcoming BRICS summit in Kazan and the CIS summit to be held in Moscow on October 8.

The conversation was friendly and constructive.

Publication status: Published in sections: News, Telephone conversations
Publication date: October 7, 2024, 14:30
Direct link: en.kremlin.ru/d/75284

Other news of the day
Telephone conversation with President of Tajikistan Emomali Rahmon
Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev
Greetings to participants of International Forum Russian Energy Week

This website is licensed under Creative Commons Attribution 4.0 International"""))

M.append(dict(id="h61-21", source="gov.ge",
url="https://www.gov.ge/index.php?lang_id=ENG&sec_id=597&info_id=84112",
published_at="2023-07-28", body="""Government of Georgia | Prime Minister | Press Office | Government | Contact

Prime Minister Irakli Garibashvili meets with President of China Xi Jinping in Chengdu

28.07.2023

Georgian Prime Minister Irakli Garibashvili met with Chinese President Xi Jinping in the city of Chengdu, where the Head of Government of Georgia is on an official visit to the People's Republic of China.

At the meeting, the leaders announced the establishment of a strategic partnership between Georgia and China. The Prime Minister noted that this is a historic decision that will elevate the relations between the two countries to a qualitatively new level.

The sides discussed the deepening of trade and economic relations, including the effective use of the free trade agreement between Georgia and China, which has been in force since 2018, as well as projects in transport, logistics and infrastructure, including the Middle Corridor.

Garibashvili thanked the President for the warm hospitality and invited him to visit Georgia.

Within the framework of the visit, the Prime Minister will attend the opening ceremony of the 31st Summer World University Games in Chengdu. The Prime Minister will then continue his visit in Beijing, where a meeting with Premier of the State Council Li Qiang is scheduled.

The Georgian delegation includes Deputy Prime Minister and Minister of Economy Levan Davitashvili and Foreign Minister Ilia Darchiashvili.

Press Service of the Government of Georgia

Photo gallery (14) | Video

Share

Latest news
Prime Minister meets with Chairman of China Energy Engineering Corporation
Government Administration statement
Georgian-Turkish business forum held in Tbilisi"""))

M.append(dict(id="h61-22", source="barrons.com",
url="https://www.barrons.com/news/putin-hosts-erdogan-in-sochi-for-grain-deal-talks-7a6b1c2d",
published_at="2023-09-04", body="""Barron's | News | Markets | Investing | Economy

AFP
Putin Hosts Erdogan In Sochi For Grain Deal Talks

By AFP - Agence France Presse
September 4, 2023

Russian President Vladimir Putin on Monday received his Turkish counterpart Recep Tayyip Erdogan in the Black Sea resort of Sochi, where the two men discussed reviving a deal that allowed Ukraine to export grain safely across the Black Sea.

Putin said Russia would be ready to return to the agreement, which Moscow quit in July, as soon as the West met its demands on Russian agricultural exports.

"We will be ready to consider the possibility of reviving the grain deal, and we will do it immediately as soon as all the agreements on lifting restrictions on the export of Russian agricultural products are fully implemented," Putin said at a joint press conference after the talks.

Erdogan, who helped broker the deal in July 2022 along with the United Nations, said Ankara would soon present "new proposals" and voiced hope that a solution could be found.

Putin also said Moscow was close to finalising an agreement to supply one million tonnes of grain at a discount to Turkey for processing and onward shipment to poor countries, with financial support from Qatar.

The meeting was the first between the two leaders since Erdogan was re-elected in May. Erdogan, who has cultivated ties with both Moscow and Kyiv, hosted Ukrainian President Volodymyr Zelensky in Istanbul in July.

Erdogan invited Putin to visit Turkey. Kremlin spokesman Dmitry Peskov said the dates of such a visit would be agreed "through diplomatic channels".

bur-jbr/tym

Copyright AFP. All rights reserved.

This article is from a feed from Agence France Presse and was not edited by Barron's.

DJIA 34,837.71 +115.80 | S&P 500 4,515.77 +8.11 | Wheat futures 5.97 -0.8%"""))

M.append(dict(id="h61-23", source="reuters.com",
url="https://www.reuters.com/world/syrias-assad-meets-xi-hangzhou-strategic-partnership-2023-09-22/",
published_at="2023-09-22", body="""Reuters | World | Business | Markets | Sustainability

Syria's Assad meets Xi as China announces 'strategic partnership'

By Lin Qiao and Timour Azhari
September 22, 2023 9:51 AM GMT+3 Updated

HANGZHOU, China, Sept 22 (Reuters) - Chinese President Xi Jinping met Syrian President Bashar al-Assad in the eastern city of Hangzhou on Friday and announced that the two countries would establish a strategic partnership, as Beijing seeks to expand its influence in the Middle East.

Assad, who landed in Hangzhou on Thursday aboard an Air China plane, is making his first trip to China since 2004. He is due to attend the opening ceremony of the Asian Games on Saturday along with more than a dozen other foreign dignitaries.

"China supports Syria in opposing foreign interference and unilateral bullying," Xi told Assad, according to Chinese state broadcaster CCTV, adding that Beijing would support the country's reconstruction.

The visit is the latest step in Assad's return to the international stage after more than a decade of isolation caused by Syria's civil war. He visited the United Arab Emirates in March and was welcomed back into the Arab League at a summit in Saudi Arabia in May.

Syria joined China's Belt and Road Initiative last year. Damascus has remained under heavy Western sanctions, which China has called "illegal".

Assad's wife, Asma, is accompanying him on the trip, Syrian state media said. The Syrian presidency said Assad would also visit Beijing before returning home.

Reporting by Lin Qiao in Beijing and Timour Azhari in Beirut; Editing by Andrew Heavens

Our Standards: The Thomson Reuters Trust Principles.

Read Next
China's Wang Yi meets Putin in Moscow, discusses preparations for Belt and Road Forum
Oil falls as Fed signals rates to stay higher"""))

M.append(dict(id="h61-24", source="apnews.com",
url="https://apnews.com/article/russia-lavrov-chad-africa-tour-burkina-faso-9b1f0e",
published_at="2024-06-05", body="""AP | World News | U.S. News | Politics | Sports

Russia's top diplomat visits Chad as Moscow seeks to widen its reach in Africa's Sahel

By BABA AHMED and AMADOU DIALLO
Updated 4:32 PM GMT, June 5, 2024

N'DJAMENA, Chad (AP) — Russian Foreign Minister Sergey Lavrov met Chad's President Mahamat Deby Itno in the capital, N'Djamena, on Wednesday, the latest stop on an African tour aimed at expanding Moscow's influence in a region where Western powers are losing ground.

Lavrov's visit came less than two weeks after Deby was sworn in following a disputed election. Chad has remained close to France, which still has about 1,000 troops in the country, but Deby met President Vladimir Putin in Moscow in January.

Lavrov, who arrived in Chad after stops in Guinea and the Republic of Congo earlier in the week, said Russia was ready to help Chad "stabilize the military situation" and to train Chadian military personnel and diplomats.

On Tuesday, Lavrov was in Burkina Faso, where he met the junta leader, Capt. Ibrahim Traore, in Ouagadougou and announced plans to reopen Russia's embassy there, which closed in 1992. Russian military instructors arrived in Burkina Faso earlier this year.

The U.S. withdrew some of its troops from Chad in April after Chadian officials questioned the legal basis of their presence.

Russia has developed close ties with the military governments of Mali, Burkina Faso and Niger, which have all expelled French forces. Lavrov's tour is his fourth to Africa in a little over a year.

Associated Press writer Edith M. Lederer at the United Nations contributed.

Copyright 2024 The Associated Press. All Rights Reserved.

Share | Copy link | Print

Most read
Niger's junta and US agree on troop withdrawal timeline
Kenya's president Ruto heads to South Korea for Korea-Africa summit"""))

M.append(dict(id="h61-25", source="app.com.pk",
url="https://www.app.com.pk/national/pm-shehbaz-to-undertake-official-visit-to-china-from-june-4-8/",
published_at="2024-06-03", body="""Associated Press of Pakistan | National | World | Business | Sports

KSE-100 74,212.71 ▼ -0.37% | USD/PKR 278.20 | Gold (tola) 242,700

PM Shehbaz to undertake official visit to China from June 4-8

ISLAMABAD, Jun 3 (APP): Prime Minister Muhammad Shehbaz Sharif will undertake an official visit to China from June 4 to 8 at the invitation of Premier of the State Council Li Qiang, the Foreign Office said on Monday.

During the visit, the Prime Minister will call on President Xi Jinping and hold talks with Premier Li Qiang. He will also meet Chairman of the National People's Congress Standing Committee Zhao Leji, the Foreign Office spokesperson Mumtaz Zahra Baloch said at her weekly press briefing.

The Prime Minister will be accompanied by a delegation comprising Deputy Prime Minister and Foreign Minister Ishaq Dar and several cabinet members. Besides Beijing, he will visit Shenzhen and Xi'an, where he will meet Chinese business leaders.

The spokesperson said the two sides would review the progress of the China-Pakistan Economic Corridor and discuss the security of Chinese nationals working on projects in Pakistan, following the March attack in Besham in which five Chinese engineers were killed.

It will be the Prime Minister's first visit to China since he was re-elected in March.

Responding to a question, she said the Foreign Office had summoned Afghanistan's charge d'affaires over recent cross-border attacks.

APP/ZAB

Other news
President Zardari receives credentials of new envoys
Senate session adjourned till Wednesday
Pakistan, Iran agree to boost border trade"""))

M.append(dict(id="h61-26", source="laprensalatina.com",
url="https://www.laprensalatina.com/maduro-xi-elevate-venezuela-china-ties-to-all-weather-strategic-partnership/",
published_at="2023-09-13", body="""La Prensa Latina Media | Latin America | World | Business | Entertainment

Maduro, Xi elevate Venezuela-China ties to 'all-weather strategic partnership'

Beijing, Sep 13 (EFE).- Chinese President Xi Jinping and his Venezuelan counterpart Nicolas Maduro agreed on Wednesday to elevate relations between their countries to an "all-weather strategic partnership", during a meeting at the Great Hall of the People in Beijing.

Maduro, who has been on a state visit to China since Friday, said the new status was "the highest level of relations that China can offer".

"China and Venezuela are good friends who trust each other and good partners for common development," Xi said, according to state broadcaster CCTV.

The two leaders witnessed the signing of 31 cooperation agreements in areas including trade, tourism, economics, education and health.

Maduro also announced that Venezuela wants to join the BRICS group of emerging economies, and that Beijing supports the country's bid.

The Venezuelan leader had visited Shanghai and the southeastern city of Shenzhen, where he met with executives of technology firms, before traveling to Beijing on Tuesday. He is due to fly home on Thursday.

It was Maduro's first visit to China since 2018. Caracas owes Beijing an estimated $10 billion, according to analysts.

EFE lgb/jcp/ics

Photo: EFE/Pool

Tags: Venezuela, China, Maduro, Xi Jinping
Share on Facebook | Share on X | Share on WhatsApp

Related posts
Colombia's Petro calls for Latin American unity at UN
Argentina's Massa heads to Washington for IMF talks"""))
