# Medium wire-style stories (1,200-2,000 characters), h81-13 .. h81-26
M = []

M.append(dict(id="h81-13", source="montsame.mn",
url="https://montsame.mn/en/read/351204",
published_at="2024-09-03", body="""MONTSAME News Agency | Politics

President of Russia Vladimir Putin pays official visit to Mongolia

Ulaanbaatar, September 3 /MONTSAME/. At the invitation of President of Mongolia Ukhnaagiin Khurelsukh, President of the Russian Federation Vladimir Putin is paying an official visit to Mongolia on September 2-3, 2024.

An official welcoming ceremony was held at Chinggis Square on Tuesday morning, after which the two Presidents held official talks in the State Palace, first in a narrow format and then with delegations.

The sides discussed trade, energy, the supply of fuel and the modernization of Ulaanbaatar's Thermal Power Plant No. 3, as well as the Ulaanbaatar Railway joint venture. Following the talks, the Presidents witnessed the signing of documents on the supply of aviation fuel and on the design of the power plant reconstruction.

The visit coincides with the 85th anniversary of the joint victory of Mongolian and Soviet troops at Khalkhin Gol. The two leaders are to attend a ceremony dedicated to the anniversary later today.

President Putin invited President Khurelsukh to visit the Russian Federation, and the invitation was accepted with gratitude.

Photo: Official welcoming ceremony at Chinggis Square. Photo: Office of the President of Mongolia

Other news
- Foreign Minister receives Ambassador of Japan
- Mongolia's coal exports up 18 percent in eight months
- Naadam-style horse race held in Khentii province

Tags: Mongolia-Russia, official visit, Khalkhin Gol

© MONTSAME News Agency. When using our information, a link is required."""))

M.append(dict(id="h81-14", source="apnews.com",
url="https://apnews.com/article/saudi-arabia-iran-china-diplomatic-relations-restored",
published_at="2023-03-10", body="""Saudi Arabia, Iran agree to restore ties in deal brokered by China

By ANDREW KHALIL and LIN MEIHUA
Associated Press
March 10, 2023

DUBAI, United Arab Emirates (AP) - Iran and Saudi Arabia agreed Friday to restore diplomatic relations and reopen embassies after seven years of tensions, a major diplomatic breakthrough negotiated with China.

The agreement was reached after four days of previously undisclosed talks in Beijing between Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaad bin Mohammed al-Aiban. A joint statement was signed by the two officials and by Wang Yi, China's top diplomat.

Under the deal, the two countries will reopen their embassies and missions within two months. The statement said their foreign ministers will meet to implement the decision, arrange the return of ambassadors and discuss ways to enhance relations.

Images released by Iranian state TV showed Shamkhani and al-Aiban shaking hands, with Wang standing between them.

Saudi Arabia cut ties with Iran in 2016 after protesters stormed Saudi diplomatic posts following the kingdom's execution of a prominent Shiite cleric. Both countries had held several rounds of talks hosted by Iraq and Oman since 2021.

White House national security spokesman John Kirby said Saudi Arabia had kept Washington informed about the talks, but that the US was not directly involved.

The deal is a win for Beijing as it seeks a bigger role in the Middle East, a region where the United States has long been the main outside power.

Copyright 2023 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission."""))

M.append(dict(id="h81-15", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china-2/",
published_at="2024-04-02", body="""The White House | Briefing Room | Statements and Releases

Readout of President Joe Biden's Call with President Xi Jinping of the People's Republic of China

April 2, 2024

President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People's Republic of China (PRC). The two leaders held a candid and constructive discussion on a range of bilateral, regional, and global issues, including areas of cooperation and areas of difference. They reviewed and encouraged progress on key issues discussed at the Woodside Summit in November 2023, including counternarcotics cooperation, ongoing military-to-military communication, talks to address AI-related risks, and continuing efforts on climate change and people-to-people exchanges.

President Biden emphasized the importance of maintaining peace and stability across the Taiwan Strait and the rule of law and freedom of navigation in the South China Sea. He raised continued concerns over the PRC's support for Russia's defense industrial base and its impact on European and transatlantic security.

President Biden also raised concerns over the PRC's unfair trade policies and non-market economic practices.

The two leaders welcomed ongoing efforts to maintain open channels of communication. Secretary Yellen will travel to the PRC in the coming days, and Secretary Blinken will follow in the coming weeks.

###

More Briefing Room
Statement from President Joe Biden on the Anniversary of the Rwandan Genocide
President Biden to Host Prime Minister Kishida Fumio of Japan for Official Visit with State Dinner
Readout of National Security Advisor Jake Sullivan's Meetings with Director Wang Yi in Bangkok

Share: Facebook | X | Email

Stay Connected: Sign up for updates from the White House"""))

M.append(dict(id="h81-16", source="ekathimerini.com",
url="https://www.ekathimerini.com/news/230170/greece-fyrom-sign-deal-on-name-change-at-prespa/",
published_at="2018-06-17", body="""Kathimerini English Edition | Politics

Greece, FYROM sign deal on name change at Prespa lake

PSARADES, Greece (AP) - The foreign ministers of Greece and the Former Yugoslav Republic of Macedonia signed a landmark agreement on Sunday under which the neighbor will be renamed North Macedonia, seeking to end a dispute that has poisoned relations for 27 years.

Nikos Kotzias and Nikola Dimitrov put their signatures to the accord at a lakeside ceremony in the Greek village of Psarades, watched by Prime Ministers Alexis Tsipras and Zoran Zaev, UN mediator Matthew Nimetz and EU foreign policy chief Federica Mogherini.

"We are here to heal the wounds of time," Tsipras said. Zaev called it "a historic step" that would open the way to NATO and EU membership.

After the ceremony the delegations crossed the lake by boat for lunch in the village of Otesevo on the other side, a rare crossing by a Greek prime minister into the neighboring country.

Police fired tear gas at protesters who tried to break through a cordon in Pisoderi, several kilometers away. In Skopje, demonstrators gathered outside parliament, and President Gjorge Ivanov has said he will not sign the deal.

The agreement still needs to be ratified by the parliament in Skopje and approved in a referendum before Greece ratifies it.

Most read
Mitsotakis: deal is a "national defeat"
Heatwave grips Athens
Tourist arrivals up 10 pct in May

(c) 2018 Kathimerini English Edition. The Associated Press contributed."""))

M.append(dict(id="h81-17", source="addisstandard.com",
url="https://addisstandard.com/news-ethiopia-somalia-agree-to-turn-page-in-ankara-talks/",
published_at="2024-12-12", body="""Addis Standard | News | Politics | Business

News: Ethiopia, Somalia agree to "turn the page" in Ankara talks brokered by Erdogan

Addis Abeba, December 12/2024 - Prime Minister Abiy Ahmed and Somalia's President Hassan Sheikh Mohamud have signed a joint declaration in Ankara pledging to resolve their dispute over Ethiopia's quest for access to the sea, after talks hosted by Turkish President Recep Tayyip Erdogan late on Wednesday.

According to the Office of the Prime Minister, the two leaders first held separate meetings with Erdogan at the presidential complex, followed by a trilateral session that lasted several hours.

The "Ankara Declaration" commits both sides to "respect for one another's sovereignty, unity, independence and territorial integrity" and to work towards commercial arrangements that would give Ethiopia "reliable, secure and sustainable" access to and from the sea under the federal authority of Somalia.

Technical teams from the two governments are to begin talks in Ankara no later than the end of February 2025, with Turkish facilitation, the declaration said.

At a joint press conference, Erdogan called it "a historic step". Abiy said Ethiopia had "no interest in creating problems" for Somalia.

Relations between Addis Abeba and Mogadishu plunged after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland in January. Two earlier rounds of Turkish-mediated talks in Ankara in July and August ended without agreement.

Related: Somaliland's new president says MoU "still on the table"

Addis Standard is a monthly magazine and online news platform. Subscribe to our newsletter.

Share: Facebook | X | Telegram"""))

M.append(dict(id="h81-18", source="nation.africa",
url="https://nation.africa/africa/news/tshisekedi-kagame-meet-in-qatar-4968210",
published_at="2025-03-19", body="""Nation | Africa | News

Tshisekedi, Kagame meet in Qatar, call for "immediate" ceasefire in eastern DR Congo

AFP
Wednesday, March 19, 2025

Photo: Qatar's Emir Sheikh Tamim bin Hamad Al Thani (centre) with DR Congo President Felix Tshisekedi (left) and Rwandan President Paul Kagame in Doha on March 18, 2025. Photo: Qatar Amiri Diwan / AFP

Doha - The presidents of the Democratic Republic of Congo and Rwanda met in Qatar on Tuesday in a surprise encounter, their first direct talks since M23 rebels seized the eastern cities of Goma and Bukavu, and jointly called for an "immediate and unconditional ceasefire".

Felix Tshisekedi and Paul Kagame were hosted by Emir Sheikh Tamim bin Hamad Al Thani, who had held talks with each leader separately before bringing them together, according to a joint statement issued by the three governments.

The statement said the leaders "reaffirmed the commitment of all parties to an immediate and unconditional ceasefire" and agreed to continue the discussions started in Doha.

The meeting came hours after the M23, which Kinshasa and UN experts say is backed by Rwanda, pulled out of direct talks with the Congolese government that had been due to open in Luanda on Tuesday, citing new EU sanctions against its leaders. A Congolese government delegation had already arrived in the Angolan capital.

Kigali denies supporting the rebels and says its forces act in self-defence.

The fighting has killed thousands of people since January and displaced hundreds of thousands more.

Copyright (c) Agence France-Presse. All rights reserved.

Trending: Ruto, Raila sign deal | Shilling steady at 129.2 | Harambee Stars squad named"""))

M.append(dict(id="h81-19", source="arabnews.com",
url="https://www.arabnews.com/node/1821421/middle-east",
published_at="2021-03-06", body="""Arab News | Middle East

Pope meets Iraq's top Shiite cleric Al-Sistani in historic encounter

AFP | March 06, 2021 16:40

NAJAF, Iraq: Pope Francis met Iraq's top Shiite cleric Grand Ayatollah Ali Al-Sistani on Saturday, a landmark encounter in which the 90-year-old cleric said Christians should live "in peace and security" in Iraq.

The meeting at Al-Sistani's modest home in the holy city of Najaf lasted about 50 minutes. Al-Sistani, who rarely receives visitors, did not wear a mask.

The pontiff then flew to the southern plains of Ur, the traditional birthplace of the Prophet Abraham, for an interfaith service.

Francis, 84, arrived in Baghdad on Friday at the start of the first ever papal visit to Iraq, despite security concerns and a surge in coronavirus infections. He was received by Prime Minister Mustafa Al-Kadhemi at the airport and held talks with President Barham Saleh at the presidential palace, where he called for an end to "violence and extremism".

Al-Kadhemi declared March 6 a national day of tolerance and coexistence after the Najaf meeting.

On Sunday the pope is due to visit Mosul and Qaraqosh in the north, where Daesh destroyed churches, before celebrating mass at a stadium in Irbil. He returns to Rome on Monday.

Photo: Pope Francis meets Grand Ayatollah Ali Al-Sistani in Najaf. (Iraqi Prime Minister Media Office via AFP)

Most Popular
Saudi Arabia reports 317 new COVID-19 cases
Houthi drone intercepted over Khamis Mushait

Follow Arab News on X | Share"""))

M.append(dict(id="h81-20", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/xi-jinping-arrives-in-hanoi-for-state-visit-4688532.html",
published_at="2023-12-12", body="""VnExpress International | News | Politics

Xi Jinping arrives in Hanoi for state visit

By Vu Anh | December 12, 2023 | 08:40 pm GMT+7

Chinese President Xi Jinping arrived in Hanoi on Tuesday afternoon for a two-day state visit, his third to Vietnam and his first in six years.

Xi, who is also general secretary of the Communist Party of China, was welcomed at Noi Bai airport by Deputy Prime Minister Tran Luu Quang and then greeted by Party General Secretary Nguyen Phu Trong at the party's headquarters, where the two leaders held talks.

The two sides agreed to build a "community with a shared future that carries strategic significance" and witnessed the signing of 36 cooperation documents covering railway connections, digital economy, trade and maritime cooperation.

On Wednesday Xi is scheduled to meet President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue.

The visit comes three months after U.S. President Joe Biden visited Hanoi and the two countries upgraded relations to a comprehensive strategic partnership.

Photo: Party General Secretary Nguyen Phu Trong and Chinese President Xi Jinping at the Party headquarters in Hanoi, December 12, 2023. Photo by VnExpress/Giang Huy

Other news
Vietnam, Japan lift ties to comprehensive strategic partnership
Hanoi air quality among world's worst this week
VN-Index ends flat at 1,107 points

Share: Facebook | X | Email | 3 comments"""))

M.append(dict(id="h81-21", source="en.irna.ir",
url="https://en.irna.ir/news/81932215/President-Rouhani-meets-Italian-counterpart-in-Rome",
published_at="2016-01-25", body="""IRNA English | Politics

President Rouhani meets Italian counterpart in Rome on first leg of European tour

Rome, Jan 25, IRNA - President Hassan Rouhani held talks with his Italian counterpart Sergio Mattarella at the Quirinale Palace on Monday, on the first day of a visit to Italy, the first by an Iranian president to a European country since sanctions were lifted.

The President, who arrived in Rome on Sunday evening at the head of a high-ranking political and economic delegation, also met Prime Minister Matteo Renzi at the Capitoline Museums.

In the presence of the two sides, Iranian and Italian officials and companies signed agreements and memoranda worth some 17 billion euros in the fields of infrastructure, energy, steel and shipbuilding.

Dr Rouhani told the Iran-Italy business forum that Iran was "ready to open a new chapter" after the implementation of the Joint Comprehensive Plan of Action.

On Tuesday, the President will be received by Pope Francis at the Vatican, before leaving for Paris, where he is scheduled to hold talks with French President Francois Hollande on Thursday.

Foreign Minister Mohammad Javad Zarif and Oil Minister Bijan Zanganeh are accompanying the President.

1420**1403

Follow us on X @IrnaEnglish

Related news
Tehran hosts Chinese President Xi Jinping
Iranian oil exports rise after sanctions relief
Zarif: Iran's relations with neighbours a priority"""))

M.append(dict(id="h81-22", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38195/Visit_of_Prime_Minister_to_Ukraine_August_23_2024",
published_at="2024-08-23", body="""Ministry of External Affairs | Government of India

Media Center | Press Releases

Visit of Prime Minister to Ukraine (August 23, 2024)

August 23, 2024

1. Prime Minister Shri Narendra Modi paid an official visit to Ukraine today at the invitation of President of Ukraine H.E. Mr Volodymyr Zelenskyy. This is the first visit by an Indian Prime Minister to Ukraine since the establishment of diplomatic relations in 1992.

2. Prime Minister arrived in Kyiv by train from Poland, where he had concluded an official visit and held talks with Prime Minister Donald Tusk in Warsaw on August 22.

3. Prime Minister and President Zelenskyy paid homage at the multimedia Martyrologist Exposition dedicated to children. The two leaders then held talks in restricted and delegation-level formats at the Mariinskyi Palace.

4. The leaders reviewed the bilateral partnership, including trade, agriculture, defence, pharmaceuticals and people-to-people ties. Prime Minister reiterated India's position that the way to a lasting peace is through dialogue and diplomacy.

5. In the presence of the two leaders, four documents were exchanged, on cooperation in agriculture and food industry, medical products regulation, culture, and on Indian humanitarian grant assistance for High Impact Community Development Projects.

6. Prime Minister invited President Zelenskyy to visit India at his earliest convenience.

New Delhi
August 23, 2024

Related: India-Ukraine Joint Statement | India-Poland Joint Statement on Strategic Partnership

Share: Facebook | X | Email | Print

Page last updated on: 23/08/2024"""))

M.append(dict(id="h81-23", source="apanews.net",
url="https://apanews.net/chads-deby-in-niamey-for-mediation-as-ecowas-deadline-looms/",
published_at="2023-07-31", body="""APA News | Politics | Niger

Chad's Deby in Niamey for mediation as ECOWAS deadline looms

Niamey (APA) - Chadian transitional President Mahamat Idriss Deby Itno arrived in Niamey on Sunday to try to mediate in the crisis caused by last week's coup in Niger, holding talks with the head of the junta, General Abdourahamane Tiani, and meeting deposed President Mohamed Bazoum.

Chad, which is not a member of the Economic Community of West African States (ECOWAS), said Deby had come "to see what contribution he can make" to a peaceful settlement. Photos released by the Chadian presidency showed him smiling alongside Bazoum, who has been held by the presidential guard since Wednesday.

His trip came on the day ECOWAS heads of state, meeting at an extraordinary summit in Abuja, gave the junta one week to restore Bazoum or face possible use of force. The bloc also imposed financial sanctions and closed borders.

ECOWAS said a delegation led by former Nigerian head of state Abdulsalami Abubakar would travel to Niamey in the coming days. Nigeria's President Bola Tinubu, the current ECOWAS chairman, said the region would not tolerate "another coup".

Mali and Burkina Faso, both run by military governments, warned that any intervention in Niger would be treated as a declaration of war against them.

France said it would begin evacuating its nationals from Niger on Tuesday.

APA News - African Press Agency. All rights reserved.

Also read: Bazoum supporters rally in Niamey | Benin suspends power to Niger"""))

M.append(dict(id="h81-24", source="buenosairesherald.com",
url="https://buenosairesherald.com/world/milei-in-israel-pledges-to-move-embassy-to-jerusalem",
published_at="2024-02-07", body="""Buenos Aires Herald | Politics | Economy | World

Blue dollar: ARS 1,180 | Official: ARS 828.25 | Merval ▲ 2.1%

Milei in Israel: president pledges to move embassy to Jerusalem

By Tomás Ferreyra | February 7, 2024

President Javier Milei held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, on his first bilateral trip abroad since taking office in December.

Milei, who arrived at Ben Gurion airport on Tuesday and was received by Foreign Minister Israel Katz, announced on arrival that Argentina would move its embassy from Tel Aviv to West Jerusalem. He went straight to the Western Wall, where he wept while praying with his rabbi.

During the meeting at the prime minister's office, Netanyahu called Milei "a great friend of the Jewish state". Milei also met President Isaac Herzog and visited Kibbutz Nir Oz, which was attacked on October 7.

Foreign Minister Diana Mondino, who is travelling with the president, said the embassy move had "no set date".

The trip has been criticized by Argentina's Palestinian community and by several Arab ambassadors in Buenos Aires.

Milei leaves Israel on Thursday for Rome, where he will attend the canonization of Mama Antula by Pope Francis on Sunday. He is scheduled to be received by the pope at the Vatican on Monday and to meet Italian Prime Minister Giorgia Meloni at Palazzo Chigi the same day.

Read more
Senate bill: the omnibus law returns to committee
Inflation expectations ease for February

Support independent journalism. Become a member of the Herald."""))

M.append(dict(id="h81-25", source="cbc.ca",
url="https://www.cbc.ca/news/politics/trudeau-trump-mar-a-lago-dinner-1.7397120",
published_at="2024-11-30", body="""CBC News | Politics

Trudeau dines with Trump at Mar-a-Lago in surprise trip after tariff threat

The Canadian Press | Posted: Nov 30, 2024 9:12 AM EST | Last Updated: 2 hours ago

Prime Minister Justin Trudeau flew to Florida on Friday for a dinner with U.S. president-elect Donald Trump at his Mar-a-Lago resort, days after Trump threatened to impose a 25 per cent tariff on all Canadian goods.

Trudeau was joined by Public Safety Minister Dominic LeBlanc and his chief of staff Katie Telford. Trump's nominees for commerce secretary, Howard Lutnick, and interior secretary, Doug Burgum, as well as his pick for national security adviser, Mike Waltz, were also at the table.

The dinner lasted about three hours. Trudeau told reporters it was "an excellent conversation" but gave few details. LeBlanc said trade, the border and fentanyl were discussed.

The trip was not on Trudeau's public itinerary and was only confirmed after he landed in West Palm Beach.

Trump, who takes office on Jan. 20, had spoken with Trudeau by phone on Monday night after posting his tariff threat online. On Wednesday he said he had had a "wonderful conversation" with Mexican President Claudia Sheinbaum.

Premiers have called for an urgent meeting with the prime minister on the tariff threat.

Audio: The Current - What Trudeau's dinner means for Canada

Related Stories
Ford says Ontario could cut energy to U.S. states
Loonie falls to 71 cents U.S.

Comments are closed. 1,204 comments

©2024 CBC/Radio-Canada. All rights reserved."""))

M.append(dict(id="h81-26", source="inform.kz",
url="https://www.inform.kz/en/tokayev-xi-jinping-hold-talks-in-xi-an_a4070114",
published_at="2023-05-18", body="""Kazinform International News Agency | Politics

Tokayev, Xi Jinping hold talks in Xi'an ahead of China-Central Asia summit

XI'AN. KAZINFORM - President Kassym-Jomart Tokayev, who is on a state visit to China, held talks with President Xi Jinping in Xi'an on Wednesday, the Akorda press service reports.

The heads of state discussed trade, transit and logistics, energy, agriculture and cultural and humanitarian ties. Xi Jinping said China was ready to work with Kazakhstan to build "an even closer community with a shared future".

Following the talks, the two Presidents witnessed the signing of a package of documents, including an agreement on mutual visa exemption for ordinary passport holders.

Xi Jinping also held separate talks on Thursday in Xi'an with the presidents of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, Sadyr Japarov, Emomali Rahmon, Serdar Berdimuhamedov and Shavkat Mirziyoyev, who are also on state visits to China.

The first in-person China-Central Asia summit opens in Xi'an on Friday. The leaders are expected to sign the Xi'an Declaration and agree to set up a permanent secretariat.

Photo: Akorda press service

Tags: Tokayev, Xi Jinping, China, Central Asia

Read also
Kazakhstan and China launch new cargo train route
Head of State receives Foreign Minister
Tenge at 446.9 against U.S. dollar

(c) Kazinform. Reproduction of materials is allowed only with reference to Kazinform."""))
