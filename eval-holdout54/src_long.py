# Long pages (2,500-4,500 characters), h54-01 .. h54-12
A = []

A.append(dict(id="h54-01", source="bangkokpost.com",
url="https://www.bangkokpost.com/world/2990514/modi-meets-min-aung-hlaing-on-bimstec-sidelines",
published_at="2025-04-04", body="""Bangkok Post | E-paper | Subscribe | Log in

SET 1,147.62 ▼ -26.81 | USD/THB 34.38 ▲ +0.21 | Gold bar 51,750 ▲ +300

WORLD / ASIA

Modi meets Min Aung Hlaing on Bimstec sidelines as quake toll climbs

Indian leader urges 'credible' polls, offers more relief; junta chief's rare trip draws protests

PUBLISHED : 4 Apr 2025 at 14:12
WRITER: Bangkok Post reporters, with agencies

Indian Prime Minister Narendra Modi held talks with Myanmar's military leader Senior General Min Aung Hlaing in Bangkok on Friday, on the margins of the Bay of Bengal Initiative (Bimstec) summit, a week after a 7.7-magnitude earthquake devastated central Myanmar and killed more than 3,300 people.

Mr Modi wrote on X after the meeting that he had reiterated India's readiness to stand with the people of Myanmar "in this difficult hour" and that relief under Operation Brahma would continue. He added that he had stressed the importance of restoring democracy through "inclusive and credible elections" and of a lasting ceasefire.

The encounter at the summit venue was the first face-to-face meeting between the two since the 2021 coup. New Delhi had already sent field hospitals, naval vessels and more than 600 tonnes of relief material, and Mr Modi had telephoned the senior general on March 29, a day after the quake.

Min Aung Hlaing's trip to Thailand, one of very few he has made abroad since seizing power, has been criticised by rights groups. He arrived on Thursday and was received at Government House by Prime Minister Paetongtarn Shinawatra, who said Thailand would send additional rescue teams and medical supplies to Mandalay and Sagaing. A small group of Myanmar exiles protested outside the summit venue on Friday morning.

Ms Paetongtarn defended the invitation. "Bimstec is a regional framework, and Myanmar is a member. At a time of disaster, we should talk," she told reporters.

Mr Modi himself is on a two-day official visit to Thailand. On Thursday he held talks with Ms Paetongtarn, and the two governments upgraded relations to a strategic partnership and signed six memorandums of understanding covering digital technology, maritime cooperation and small businesses. He was also granted an audience with His Majesty the King.

The Indian leader will fly to Colombo on Friday evening for a three-day state visit to Sri Lanka, his first since President Anura Kumara Dissanayake took office last September. Defence cooperation and an energy hub in Trincomalee are expected to top the agenda.

Bangladesh's interim leader Muhammad Yunus is also in Bangkok for the summit. Dhaka's foreign affairs adviser Touhid Hossain told reporters on Thursday that Bangladesh had requested a meeting with Mr Modi, "but as of this morning nothing had been confirmed" by the Indian side. Relations between the neighbours have been cool since Sheikh Hasina fled to India last August.

The summit's closing declaration, adopted on Friday afternoon, pledged closer cooperation on disaster management and maritime transport. Leaders of Bhutan, Nepal and Sri Lanka also attended.

Rescue teams in Mandalay continued to pull bodies from collapsed buildings on Friday. The junta said it had extended a temporary ceasefire with ethnic armed groups until April 22 to allow relief work, although fighting was reported in parts of Shan and Sagaing.

Related
- Thai rescue team returns from Mandalay after 6 days
- Junta extends quake truce; rebel groups accuse army of airstrikes
- Xi sends condolence message to Myanmar leadership

Most read
1. Baht weakens as US tariffs rattle markets
2. Bangkok building collapse: 15 still missing at Chatuchak site
3. Songkran water fights banned at three city venues

Tags: Bimstec, Myanmar earthquake, Narendra Modi, Min Aung Hlaing, Paetongtarn Shinawatra

Share: Facebook | X | LINE

Bangkok Post Public Company Limited. All rights reserved."""))

A.append(dict(id="h54-02", source="cbc.ca",
url="https://www.cbc.ca/news/politics/champagne-zarif-oman-ps752-1.5437012",
published_at="2020-01", body="""Sign In | Menu | Search

CBC News Loaded | Politics

Champagne meets Iran's Zarif in Oman, presses for handover of Flight 752 black boxes

First face-to-face talks between the two countries' foreign ministers since Canada cut ties in 2012

Nina Dorval · CBC News · Posted: 7:31 PM ET

Foreign Affairs Minister François-Philippe Champagne says he told Iran's foreign minister that Canadian families are owed answers and that the flight recorders from Ukraine International Airlines Flight PS752 must be analysed by a laboratory with the capacity to read them.

Champagne met Mohammad Javad Zarif in Muscat, the Omani capital, on Thursday, in what officials described as a "frank" conversation of a little more than an hour. It was the first in-person meeting at that level since the Harper government closed the Canadian embassy in Tehran and expelled Iranian diplomats eight years ago.

"I looked him in the eyes and said Canadians want closure, transparency, accountability and justice," Champagne told reporters by telephone after the meeting. "I think the message was heard."

The Boeing 737 was shot down by Iran's Revolutionary Guards minutes after taking off from Tehran on Jan. 8. All 176 people on board were killed, including 57 Canadians and dozens more with ties to Canada. Iran admitted three days later that its forces had fired the missiles, after initially denying any responsibility.

The minister, who flew to the Gulf sultanate specifically for the talks, also held meetings with Oman's minister responsible for foreign affairs, Yusuf bin Alawi bin Abdullah. Oman has long served as a discreet go-between for Western governments and Tehran, and Champagne thanked his host for helping to arrange the encounter.

Champagne has spoken with Zarif by phone several times since the crash, and Prime Minister Justin Trudeau spoke with President Hassan Rouhani in the days that followed. Ukrainian President Volodymyr Zelensky also held a call with Rouhani during the first week of the crisis.

Canada has no diplomats in Iran and has relied on Italy, which looks after its interests in Tehran, as well as a small consular team that was granted visas after the crash. Champagne said Zarif had given assurances that the team would be allowed to keep working on the ground.

Iran's civil aviation authority has said it intends to read the recorders itself, a position Ottawa and Kyiv reject. Champagne said Canada would keep pressing for the boxes to be sent to France, whose BEA agency has the equipment needed.

The countries that lost citizens in the disaster — Canada, Ukraine, Sweden, Afghanistan and the United Kingdom — have formed a coordination group, which met in London last week and issued a joint statement calling for compensation for the families.

Conservative foreign affairs critic Michael Chong said the meeting should not become a "first step toward normalisation" with the Iranian government.

RELATED STORIES
Families of Flight 752 victims hold vigil on Parliament Hill
Trudeau says tensions in region contributed to downing of jet
Ukraine's president demands Iran send black boxes to Kyiv

POPULAR NOW
Ontario reports first presumptive case of new coronavirus
Snowstorm buries St. John's, state of emergency declared

Audience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6
©2020 CBC/Radio-Canada. All rights reserved."""))

A.append(dict(id="h54-03", source="thenationalnews.com",
url="https://www.thenationalnews.com/mena/lebanon/macron-tours-blast-site-in-beirut-promises-to-return-on-september-1-1.1058172",
published_at="2020-08-06", body="""The National | Sign up for our newsletter | Download our app

MENA | Lebanon

Macron tours Beirut blast site and promises to return on September 1

French president says aid will not go to 'corrupt hands' as crowds call for the fall of the political class

Rachel Haddad, Beirut
August 06, 2020

French President Emmanuel Macron walked through the devastated Gemmayzeh district of Beirut on Thursday, two days after a massive explosion at the city's port killed at least 137 people, wounded 5,000 and left as many as 300,000 homeless.

Mr Macron, the first foreign head of state to visit since the blast, was mobbed by residents who begged him not to hand money to a government they accused of negligence and theft. "I guarantee you, this aid will not go into corrupt hands," he told one woman.

He later met President Michel Aoun, Prime Minister Hassan Diab and Speaker Nabih Berri at Baabda Palace, and held a separate session with leaders of the main political blocs at the Pine Residence, the French ambassador's home. He told them Lebanon needed "a new political pact" and warned that without reforms the country would "continue to sink".

"I will come back on September 1," Mr Macron told a news conference before flying home, referring to the centenary of the proclamation of Greater Lebanon. "If they cannot do it, I will take my political responsibility." He added that France would co-organise an international aid conference with the United Nations in the coming days.

The explosion was caused by 2,750 tonnes of ammonium nitrate stored at a port warehouse since 2014. Mr Aoun has promised a swift investigation, and 16 port employees have been detained.

Offers of assistance poured in. Egyptian President Abdel Fattah El Sisi telephoned Mr Aoun on Wednesday to offer condolences and said Egypt would send medical teams and supplies. Jordan's King Abdullah II also spoke to the Lebanese president the same day, and a Jordanian military field hospital was being flown to Beirut.

In Ankara, the presidency announced that Vice President Fuat Oktay and Foreign Minister Mevlut Cavusoglu would travel to Beirut on Saturday to deliver aid and hold talks with Lebanese officials.

Qatar and Kuwait sent planes carrying field hospitals, and Iran offered food and medicine. Israel, which is technically at war with Lebanon, said it had offered humanitarian assistance through international intermediaries.

In Washington, US President Donald Trump described the blast as "a terrible attack", comments that Pentagon officials did not endorse. The White House would not say whether he had spoken to Lebanese leaders.

Lebanon's foreign minister, Nassif Hitti, resigned on Monday, the day before the blast, warning the country risked becoming a failed state.

Read more:
- Satellite images show scale of damage to Beirut port
- Beirut blast: how to help
- Lebanese pound falls to new low on black market

Topics: Lebanon, Beirut explosion, Emmanuel Macron, France

Updated: August 06, 2020, 9:47 PM

Share: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h54-04", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/armenian-fm-in-ankara-in-first-visit-amid-quake-solidarity-181277",
published_at="2023-02-15", body="""USD/TRY 18.8491 ▲ 0.03% | EUR/TRY 20.1622 ▼ 0.12% | BIST 100 4,751.10 ▲ 2.95% | Gram gold 1,134.20

Hürriyet Daily News | TÜRKİYE | DIPLOMACY

Armenian FM in Ankara on rare visit amid earthquake solidarity

ANKARA

Armenian Foreign Minister Ararat Mirzoyan arrived in Ankara on Feb. 15 and held talks with his Turkish counterpart, Mevlüt Çavuşoğlu, in the first visit of its kind in more than a decade, as aid from Armenia helped thaw ties between the two estranged neighbors after the devastating Feb. 6 earthquakes.

Speaking to journalists alongside his guest, Çavuşoğlu thanked Armenia for sending search-and-rescue teams to Adıyaman and for humanitarian aid trucks that entered Türkiye through the Alican-Margara border crossing on Feb. 11, the first time the gate had been opened in 35 years.

"Armenia extended its hand of friendship in our difficult times. We need to maintain this solidarity," Çavuşoğlu said, adding that Ankara would continue normalization efforts "in full coordination" with Azerbaijan.

Mirzoyan, who laid flowers in memory of the victims, said Yerevan was ready to establish full diplomatic relations and completely open the border. "I hope that we will be able to do it as soon as possible," he said.

Prime Minister Nikol Pashinyan had called President Recep Tayyip Erdoğan on the day of the disaster to offer condolences, a move welcomed in Ankara. Special envoys Serdar Kılıç and Ruben Rubinyan, appointed in late 2021 to lead the normalization process, last met in Vienna in July.

Mirzoyan's trip is one of a series of visits by foreign ministers to Türkiye since the quakes. Greek Foreign Minister Nikos Dendias flew over the affected region with Çavuşoğlu on Feb. 12, calling the disaster a tragedy for both peoples.

U.S. Secretary of State Antony Blinken will arrive in Türkiye on Feb. 19, the State Department announced. He is set to visit İncirlik Air Base and the hard-hit province of Hatay before holding talks in Ankara. Pakistani Prime Minister Shehbaz Sharif is due in Ankara on Feb. 16 to meet Erdoğan and visit the quake zone, officials said.

The death toll in Türkiye rose to 36,187 on Feb. 15, the Disaster and Emergency Management Authority (AFAD) said. Rescuers pulled a 12-year-old boy alive from the rubble in Hatay after 228 hours, though hopes of finding more survivors were fading.

Erdoğan said the construction of 200,000 new homes would begin within weeks, and that housing would be delivered within a year.

The European Union said it would host a donors' conference in Brussels in March for Türkiye and Syria.

MOST READ
- Türkiye mourns as quake death toll climbs
- Central Bank keeps rate unchanged at 9 percent
- Turkish Airlines adds relief flights to southeast

RECOMMENDED
- Greek, Turkish foreign ministers visit quake zone together
- Japanese rescue team returns home

Keywords: Armenia, Türkiye, earthquake, Mirzoyan, Çavuşoğlu, normalization

Share | Tweet | E-mail | Print

© Hürriyet Daily News. All rights reserved."""))

A.append(dict(id="h54-05", source="news.sky.com",
url="https://news.sky.com/story/zelenskyy-embraced-by-starmer-in-downing-street-after-white-house-clash-13320651",
published_at="2025-03-01", body="""Watch Sky News live | Sky News app | Cookies

UK | World | Politics | US | Climate | Business

Zelenskyy embraced by Starmer in Downing Street a day after White House clash

The Ukrainian president arrived in London as the prime minister tries to rebuild a bridge between Kyiv and Washington before Sunday's summit of European leaders.

By Tom Farrant, political correspondent
Saturday 1 March 2025 18:22, UK

Sir Keir Starmer has hugged Volodymyr Zelenskyy on the steps of Downing Street and assured him he has "full backing across the UK", less than 24 hours after the Ukrainian leader's meeting with Donald Trump in the Oval Office ended in a shouting match.

Cheers could be heard from crowds gathered on Whitehall as Mr Zelenskyy's motorcade pulled in. The two men talked for more than an hour at Number 10, and Mr Zelenskyy is expected to meet the King at Sandringham on Sunday.

During the visit, the Chancellor, Rachel Reeves, and the Ukrainian ambassador signed a £2.26bn loan agreement that will be repaid using profits from frozen Russian assets. Mr Zelenskyy said the money would be spent on weapons production in Ukraine.

On Friday, the White House meeting collapsed after Mr Trump and Vice President JD Vance accused Mr Zelenskyy of being "disrespectful" and of "gambling with World War Three". The Ukrainian delegation was asked to leave, a planned lunch was abandoned and a framework deal on Ukraine's critical minerals, which the two presidents had been due to sign, was not signed.

Mr Trump later wrote on social media that Mr Zelenskyy "can come back when he is ready for peace".

Sir Keir spoke to Mr Trump by phone on Friday evening and then to Mr Zelenskyy, Downing Street said, in what one official called "a bridging role". The prime minister has refused to take sides publicly, saying only that he has "unwavering support for Ukraine".

Elsewhere in Europe, leaders lined up behind Kyiv. French President Emmanuel Macron, speaking in Portugal, said: "There is an aggressor, and that is Russia." Italy's Giorgia Meloni called for an immediate summit between the US and European allies.

More than a dozen leaders, including Mr Macron, Ms Meloni, Germany's Olaf Scholz, Canada's Justin Trudeau and Nato secretary-general Mark Rutte, will gather at Lancaster House on Sunday for talks on security guarantees for Ukraine. Turkey will be represented by its foreign minister, Hakan Fidan.

Sir Keir said on Saturday morning that he was working on a plan with France for a possible "coalition of the willing" that could deploy troops to Ukraine in the event of a ceasefire.

Moscow welcomed the Oval Office row. Former president Dmitry Medvedev called it "a brutal dressing-down".

Read more from Sky News:
Starmer's mission: hold the alliance together
What's in the US-Ukraine minerals deal?
Trump-Putin phone call 'lasted 90 minutes', says Kremlin

Related Topics: Keir Starmer, Volodymyr Zelenskyy, Donald Trump, Ukraine war

Follow Sky News on WhatsApp | Download the Sky News app"""))

A.append(dict(id="h54-06", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/thailand-cambodia-agree-ceasefire-putrajaya-talks-anwar-5262911",
published_at="2025-07-28", body="""CNA | Watch live | Listen | Newsletters | Sign in

We use cookies and similar technologies to improve your experience. By continuing, you agree to our Privacy Policy. ACCEPT

ASIA

Thailand, Cambodia agree to 'unconditional' ceasefire after talks in Putrajaya hosted by Anwar

Cambodian Prime Minister Hun Manet (left), Malaysian Prime Minister Anwar Ibrahim (centre) and Thai acting Prime Minister Phumtham Wechayachai at Seri Perdana. (Photo: Bernama)

Farah Ismail
28 Jul 2025 09:48PM (Updated: 28 Jul 2025 10:55PM)

PUTRAJAYA: Thailand and Cambodia agreed on Monday (Jul 28) to an immediate and unconditional ceasefire from midnight, after their leaders met in Malaysia to end five days of border fighting that has killed at least 35 people and displaced more than 260,000.

Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai held talks at Seri Perdana, the official residence of Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year. Both flew into Malaysia earlier in the day.

"This is a first, vital step towards de-escalation and the restoration of peace and security," Mr Anwar told a news conference afterwards, flanked by the two men, who shook hands at his request.

Mr Anwar said regional military commanders from both sides would meet on Tuesday morning, and that a meeting of the General Border Committee would follow in the coming days.

The ambassadors of the United States and China to Malaysia attended the talks as observers.

Washington's involvement intensified over the weekend. US President Donald Trump said on Saturday he had spoken by telephone to both Mr Hun Manet and Mr Phumtham and warned that he would not conclude trade deals with either country while the fighting continued. Secretary of State Marco Rubio later said he had also spoken with the foreign ministers of both countries.

Mr Phumtham said in Bangkok before departing that Thailand doubted Cambodia's sincerity but would attend "in good faith". Mr Hun Manet thanked Mr Trump and Mr Anwar, as well as China, for their roles.

The clashes erupted on Jul 24 after a landmine blast injured five Thai soldiers, and quickly escalated to artillery and rocket fire along several stretches of the 817km border. Thailand deployed F-16 jets against Cambodian military targets.

Relations had already been strained since a border skirmish in May. A leaked phone call between Thai Prime Minister Paetongtarn Shinawatra and Cambodia's former leader Hun Sen, in which she criticised a Thai army commander, led to her suspension by the Constitutional Court on Jul 1. Mr Phumtham has been acting premier since.

Thailand had previously insisted the dispute be handled bilaterally and resisted outside mediation.

Analysts said the truce would be fragile. "The ceasefire holds only if both militaries want it to," said a Singapore-based security researcher.

READ: Cambodia to seek ICJ ruling on four border temples
READ: Thai border residents return to ruined homes

Also worth reading
- Anwar to attend ASEAN-GCC summit preparatory meeting
- Singapore's GDP growth beats forecasts in second quarter

Get our pandemic guides and dispatches... Subscribe to our Telegram channel

Source: CNA/fi(ta)"""))

A.append(dict(id="h54-07", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2019/06/13/national/politics-diplomacy/abe-khamenei-meeting-tehran-tankers/",
published_at="2019-06-13", body="""The Japan Times | Subscribe | Newsletters | Log in

NATIONAL / POLITICS & DIPLOMACY

Abe meets Khamenei as tanker attacks overshadow Tehran peace mission

by Kenji Morimoto, Staff Writer
Jun 13, 2019

TEHRAN – Prime Minister Shinzo Abe held talks with Iran's supreme leader, Ayatollah Ali Khamenei, on Thursday, on the second day of a visit aimed at easing tensions between Tehran and Washington, but the mission was quickly overshadowed by attacks on two tankers near the Strait of Hormuz, one of them operated by a Japanese firm.

Khamenei told Abe that he did not consider U.S. President Donald Trump "a person worthy of exchanging any message with" and that Iran had "no intention" of building nuclear weapons, according to a transcript posted on his official website.

The 50-minute meeting was the first between a sitting Japanese prime minister and Iran's supreme leader. Abe is the first Japanese premier to visit Iran since Takeo Fukuda in 1978.

On Wednesday, Abe met President Hassan Rouhani, who told a joint news conference that Iran would not start a war with the United States but would respond "decisively" to any aggression. Abe said he had invited Rouhani to visit Japan, and Rouhani said he would do so at "an appropriate time", without giving a date.

Hours after Thursday's meeting, the Kokuka Courageous, a chemical tanker operated by Tokyo-based Kokuka Sangyo, and the Norwegian-owned Front Altair were hit in the Gulf of Oman. All crew members were evacuated safely, the companies said. The owner of the Kokuka Courageous said the ship had been struck twice by "flying objects".

Chief Cabinet Secretary Yoshihide Suga said in Tokyo that the government was gathering information and had no information about who was responsible.

In Washington, Secretary of State Mike Pompeo later blamed Iran for the attacks, citing intelligence and the sophistication of the weapons used. Tehran rejected the accusation, and Foreign Minister Mohammad Javad Zarif tweeted that "suspicious doesn't begin to describe" the timing.

Abe had discussed the trip with Trump when the U.S. president visited Japan late last month, and the two leaders are likely to compare notes again when Trump attends the Group of 20 summit in Osaka at the end of June, government officials said.

Japan, a longtime buyer of Iranian crude, halted imports this year under U.S. sanctions. Tokyo has been trying to carve out a role as a mediator, given its alliance with Washington and its decades of friendly ties with Tehran.

Abe left Tehran on Thursday evening.

Related stories
- Japan-Iran ties: a history of balancing acts
- Oil prices jump after Gulf of Oman tanker attacks
- Editorial: A difficult mission for Abe

KEYWORDS: Shinzo Abe, Iran, Ali Khamenei, Hassan Rouhani, tankers

Your news needs our support. Subscribe today for unlimited access.

Copyright 2019 The Japan Times. All rights reserved."""))

A.append(dict(id="h54-08", source="thehill.com",
url="https://thehill.com/policy/international/571085-blinken-austin-in-qatar-thank-emir-for-evacuation-help/",
published_at="2021-09-07", body="""The Hill | Subscribe to our Morning Report newsletter

INTERNATIONAL

Blinken, Austin in Qatar to thank emir for help in Afghanistan airlift

BY DANIEL PRESTWICK - 09/07/21 11:42 AM ET

Secretary of State Antony Blinken and Defense Secretary Lloyd Austin on Tuesday met with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha, thanking the Gulf state for its central role in the evacuation of tens of thousands of people from Afghanistan.

The two Cabinet officials arrived in the Qatari capital on Monday evening. Blinken also held talks with Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, and the two told reporters that Qatari and Turkish technical teams were working to reopen Kabul's airport to civilian flights.

"Qatar has been an extraordinary partner," Blinken said at a joint press conference. "No country has done more."

About 58,000 evacuees passed through Qatar, many at Al Udeid Air Base, where Austin met U.S. troops and visited a processing center for Afghan refugees.

Blinken is scheduled to fly to Ramstein Air Base in Germany on Wednesday, where he will meet German Foreign Minister Heiko Maas and co-host a virtual ministerial meeting on Afghanistan with about 20 countries. Ramstein is also being used as a transit hub for Afghans bound for the United States.

Austin will continue on to Bahrain and Kuwait later this week to thank troops and officials. A planned stop in Saudi Arabia was dropped from his itinerary because of what the Pentagon described as "scheduling issues".

A State Department official said no meetings with Taliban representatives were planned in Doha, where the group maintains a political office. The Taliban announced an interim government on Tuesday that includes several figures under U.S. sanctions.

The trip comes a week after the last U.S. troops left Kabul, ending 20 years of war. Republicans have criticized the administration for leaving behind hundreds of Americans and Afghans who helped U.S. forces.

President Biden thanked the emir in a phone call last month for Qatar's help with the evacuation.

Blinken is due to testify before the House Foreign Affairs Committee on Monday about the withdrawal.

Related News
- Pentagon: Americans still in Afghanistan number 'around 100'
- Biden administration weighs options for Afghan refugees
- Taliban names hardliners to interim government

TAGS: Antony Blinken, Lloyd Austin, Qatar, Afghanistan, Taliban

Copyright 2021 by Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.

The Hill has removed its comment section, as there are many better places for readers to engage in civil discussion.

Share | Tweet | Email"""))

A.append(dict(id="h54-09", source="africanews.com",
url="https://www.africanews.com/2023/08/08/niger-junta-rebuffs-us-envoy-nuland-as-mali-burkina-delegation-arrives/",
published_at="2023-08-08", body="""africanews. | Live | Sign up for our newsletter

Niger

Niger junta rebuffs U.S. envoy Nuland as Mali, Burkina delegation arrives

By Aminata Sow with AFP
Last updated: 08/08 - 11:20

The acting U.S. deputy secretary of state, Victoria Nuland, said talks with Niger's military leaders in Niamey on Monday were "extremely frank and at times quite difficult", and that she had been refused access to both the coup leader and the detained president.

Nuland met for more than two hours with Brig. Gen. Moussa Salaou Barmou, a U.S.-trained officer who was named army chief of staff after the July 26 coup, and three of his colonels. She was not allowed to see General Abdourahamane Tiani, who has declared himself head of state, or Mohamed Bazoum, held with his family at the presidential residence.

"These people are quite firm in their view of how they want to proceed," Nuland told reporters by phone. She said she had set out options for returning to constitutional order and warned that Washington would have to cut off assistance if democracy was not restored.

On the same day, a joint delegation from Mali and Burkina Faso, both ruled by military governments, arrived in Niamey to show solidarity with the junta. The group, led by Mali's minister of state Colonel Abdoulaye Maïga, was received by General Tiani. Bamako and Ouagadougou have warned that any military intervention in Niger would be treated as "a declaration of war" against them.

A separate mission planned for Tuesday by envoys of the Economic Community of West African States (ECOWAS), the African Union and the United Nations was called off after the junta said it could not receive them "for security reasons".

ECOWAS, which had given the junta until Sunday to reinstate Bazoum, will hold an emergency summit in Abuja on Thursday. Nigeria's Senate has urged President Bola Tinubu, the bloc's current chair, to pursue diplomacy rather than force.

An earlier ECOWAS delegation led by former Nigerian head of state Abdulsalami Abubakar spent only a few hours in Niamey last Thursday and met neither Tiani nor Bazoum. Chad's transitional president Mahamat Idriss Déby travelled to Niamey on July 30 and was photographed with both men.

The junta has closed the country's airspace and named a civilian former finance minister, Ali Lamine Zeine, as prime minister.

Hundreds of supporters of the coup rallied in Niamey again on Sunday, some waving Russian flags.

Read also
- Wagner chief hails Niger coup in voice message
- France evacuates citizens from Niamey
- Uranium prices edge higher on Niger uncertainty

Tags: Niger coup, ECOWAS, Victoria Nuland, Sahel

Share: Facebook | Twitter | WhatsApp

Copyright © africanews. Please contact us to discuss the use of our content"""))

A.append(dict(id="h54-10", source="tehrantimes.com",
url="https://www.tehrantimes.com/news/498412/World-leaders-in-Tehran-to-pay-tribute-to-Raisi",
published_at="2024-05-22", body="""Tehran Times | Politics | Economy | Sports | Culture | International

TEHRAN TIMES 
The voice of the Islamic Revolution 

Politics

World leaders in Tehran to pay tribute to martyred President Raisi

May 22, 2024 - 21:5

TEHRAN – Senior officials from more than 60 countries gathered in Tehran on Wednesday for a ceremony honoring President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and their companions, who were martyred in a helicopter crash in East Azarbaijan province on Sunday.

Acting President Mohammad Mokhber received several of the visiting leaders on the sidelines of the ceremony at the state summit hall.

In a meeting with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, Mokhber thanked the emir for traveling to Tehran and said the late president had placed special emphasis on ties with neighbors. Sheikh Tamim described Raisi as "a sincere friend of the region".

Pakistani Prime Minister Shehbaz Sharif, who arrived in Tehran on Wednesday morning, also held talks with Mokhber and signed the book of condolence. Pakistan observed a day of mourning on Tuesday.

Iraqi Prime Minister Mohammed Shia al-Sudani met Mokhber and acting Foreign Minister Ali Bagheri Kani, pledging to continue the cooperation agreed during Raisi's visits to Baghdad.

Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received Tunisian President Kais Saied, who conveyed the condolences of the Tunisian people. The Leader said Tunisia and Iran could deepen cooperation in many fields.

Others attending the ceremony included Indian Vice President Jagdeep Dhankhar, Turkish Vice President Cevdet Yılmaz, Tajik President Emomali Rahmon, Armenian Prime Minister Nikol Pashinyan, Azerbaijani Prime Minister Ali Asadov, Chinese Vice Premier Zhang Guoqing and Russian State Duma Chairman Vyacheslav Volodin. Hamas political bureau chief Ismail Haniyeh and Hezbollah deputy secretary-general Sheikh Naim Qassem were also present.

Earlier in the week, Russian President Vladimir Putin telephoned Mokhber on Monday to express condolences and said Raisi had been "a reliable partner", the Kremlin said. The leaders of many other countries sent written messages of sympathy.

Raisi's body will be taken to Birjand on Thursday and then to his hometown of Mashhad, where he will be buried at the shrine of Imam Reza.

Under the Constitution, a presidential election must be held within 50 days. The Guardian Council has set the vote for June 28.

Also read:
- Bagheri Kani appointed acting foreign minister
- Millions attend funeral procession in Tabriz and Qom
- Oil prices little changed after crash

Tags: Raisi, Mokhber, funeral, foreign dignitaries

Print | Send to friend

All Rights Reserved. Tehran Times Daily Newspaper."""))

A.append(dict(id="h54-11", source="thehindu.com",
url="https://www.thehindu.com/news/national/saudi-minister-iranian-fm-in-delhi-amid-india-pakistan-tensions/article69552318.ece",
published_at="2025-05-08", body="""The Hindu | e-Paper | Subscribe | Login

NATIONAL

Saudi Minister makes unannounced visit as Iranian Foreign Minister holds talks in Delhi

Araghchi co-chairs Joint Commission; Jaishankar conveys India's resolve to counter terror

Suhasini Prakash
NEW DELHI, May 08, 2025 10:14 pm | Updated 10:41 pm IST

Two West Asian envoys were in the capital on Thursday as India and Pakistan traded fire for a second day following Operation Sindoor, with Saudi Arabia's Minister of State for Foreign Affairs Adel al-Jubeir arriving on an unannounced visit and Iran's Foreign Minister Abbas Araghchi holding talks with External Affairs Minister S. Jaishankar.

Mr. Jaishankar said on social media that he had a "good meeting" with Mr. al-Jubeir in the morning and had shared India's perspectives on "firmly countering terrorism". Officials said the Saudi Minister had been in touch with Pakistan as well, and diplomatic sources said he was expected to travel on to Islamabad.

Mr. Araghchi, who arrived late on Wednesday, co-chaired the 20th meeting of the India-Iran Joint Commission with Mr. Jaishankar. The visit had been scheduled before the Pahalgam attack, and the two sides reviewed progress on Chabahar port, connectivity and trade. Mr. Araghchi also called on Prime Minister Narendra Modi.

The Iranian Minister had visited Islamabad earlier in the week and stopped in Jeddah on his way to Delhi. He said Tehran was ready to help the two "brotherly neighbours" reduce tensions. Indian officials made it clear that India did not seek mediation.

U.S. Secretary of State Marco Rubio spoke by telephone on Thursday with Mr. Jaishankar and separately with Pakistan Prime Minister Shehbaz Sharif, the State Department said, urging "immediate de-escalation" and direct communication between the two sides.

Foreign Secretary Vikram Misri told a briefing that India's response had been "measured and non-escalatory" and that any further attack would be answered. Asked about reports of talks between the two National Security Advisers, the Ministry said no such proposal was under consideration.

The Ministry also briefed envoys of several countries in Delhi. In Islamabad, Pakistan's National Security Committee met for a second time.

Separately, the Union government convened an all-party meeting, chaired by Defence Minister Rajnath Singh, where leaders across parties backed the armed forces.

Markets were volatile. The Sensex ended 412 points lower.

MORE IN NATIONAL
- IPL suspended for a week; BCCI cites security concerns
- Airports in north India closed until May 10
- Sikh pilgrims stranded at Kartarpur corridor

Related Topics: India-Pakistan / Iran / Saudi Arabia / diplomacy

Comments have to be in English, and in full sentences. Read our comment policy.

Copyright© 2025, THG PUBLISHING PVT LTD."""))

A.append(dict(id="h54-12", source="dailysabah.com",
url="https://www.dailysabah.com/diplomacy/2015/12/03/cavusoglu-lavrov-meet-in-belgrade-first-contact-since-jet-downing",
published_at="2015-12-03", body="""DAILY SABAH | Turkey | Politics | Diplomacy | Business | Opinion

BIST 100 77,401 ▼ -0.85% | USD/TRY 2.9241 | EUR/TRY 3.1055 | Brent 43.84

DIPLOMACY

Çavuşoğlu, Lavrov meet in Belgrade in first high-level contact since jet downing

DAILY SABAH WITH AGENCIES
BELGRADE
Published 03.12.2015 16:12 | Updated 03.12.2015 18:40

Foreign Minister Mevlüt Çavuşoğlu met his Russian counterpart Sergey Lavrov on Thursday on the sidelines of the Organization for Security and Co-operation in Europe (OSCE) ministerial council in the Serbian capital, the first high-level meeting between the two countries since Turkey shot down a Russian warplane near the Syrian border on Nov. 24.

The meeting, which lasted about 40 minutes, took place at Russia's request, Turkish diplomatic sources said. Çavuşoğlu told reporters afterwards that Ankara did not want an escalation and that the two sides had agreed to keep channels of communication open, although "it is not possible to say that all the problems have been resolved in a single meeting."

Lavrov, speaking separately, said he had heard "nothing new" from the Turkish side and repeated Moscow's claim that the Su-24 had not violated Turkish airspace. Russia has demanded an apology, which Ankara has refused, saying its forces acted in line with the rules of engagement after repeated warnings.

In the days after the incident, President Recep Tayyip Erdoğan repeatedly tried to telephone President Vladimir Putin but received no response, according to Turkish officials. Erdoğan also said he had asked to meet Putin on the sidelines of the climate summit in Paris this week, but the Kremlin did not respond and no meeting took place.

Lavrov called off a visit to Istanbul scheduled for Nov. 25, the day after the downing. Moscow has since suspended visa-free travel for Turkish citizens, banned some Turkish food imports and told tour operators to stop selling holidays in Turkey.

Prime Minister Ahmet Davutoğlu, speaking in Baku after talks with President Ilham Aliyev on Thursday, said Turkey would diversify its energy sources and that Azerbaijan was a reliable partner. Erdoğan visited Qatar on Dec. 1-2, where the two countries signed agreements including one on long-term supply of liquefied natural gas.

Çavuşoğlu also held talks with Serbian Foreign Minister Ivica Dačić, the OSCE chairman-in-office, and with several other counterparts during his stay in Belgrade.

Russian officials have accused Turkey of buying oil from Daesh, allegations Erdoğan has called "slander" and said he would resign if proven.

NATO foreign ministers, meeting in Brussels earlier this week, called for calm and de-escalation.

MORE FROM DIPLOMACY
- Davutoğlu: We will not apologize for defending our airspace
- Turkey, EU agree on refugee deal at Brussels summit
- Erdoğan meets Qatari emir in Doha

TAGS: Turkey, Russia, Su-24, Mevlüt Çavuşoğlu, Sergey Lavrov, OSCE

SHARE: Facebook | Twitter | Google+"""))
