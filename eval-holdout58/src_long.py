# Long pages (2,500-4,500 characters), h58-01 .. h58-12
A = []

A.append(dict(id="h58-01", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-22/modi-port-moresby-fipic-blinken-png-defence-deal/102381904",
published_at="2023-05-22", body="""Skip to main content
ABC News
Just In | Pacific | Asia | Politics | Business | Listen
ASX 200 7,279.2 ▲ +0.3% | AUD/USD 0.6652 ▼ -0.1% | Brent US$75.58/bbl ▼

Pacific
Modi lands in Port Moresby as Blinken seals US defence deal with PNG

By Pacific affairs reporter Losana Vakaloloma and Tom Weyland in Port Moresby
Posted Mon 22 May 2023 at 7:05pm, updated Mon 22 May 2023 at 9:40pm

Photo: James Marape bent to touch Narendra Modi's feet on the tarmac at Jacksons International Airport. (Supplied: PNG Prime Minister's Office)

Key points:
- Narendra Modi is the first Indian prime minister to set foot in Papua New Guinea
- Antony Blinken signed a defence cooperation agreement in place of Joe Biden
- Mr Modi leaves for Sydney tonight

India's Narendra Modi has held talks with Papua New Guinea's Prime Minister James Marape in Port Moresby, making history as the first Indian leader to visit the Pacific nation, on a day when the capital also played host to the United States' top diplomat.

Mr Modi flew in on Sunday night straight from the G7 gathering in Hiroshima, where he had been among the invited guests. PNG set aside its convention of holding no ceremonial welcomes after dark, and Mr Marape greeted his guest at the foot of the aircraft steps by bending to touch his feet, a gesture that quickly went viral in India.

On Monday the two prime ministers co-chaired the third summit of the Forum for India–Pacific Islands Cooperation, known as FIPIC, which brought together leaders and ministers from 14 island countries. Mr Modi unveiled a 12-point package that includes a heart hospital in Fiji, dialysis units and sea ambulances for every member state, and solar-powered desalination plants.

"You can count on India as a development partner that respects your priorities," he told the gathering at APEC Haus.

On the sidelines, the Indian leader sat down separately with Fiji's Prime Minister Sitiveni Rabuka, who made him a Companion of the Order of Fiji, and with New Zealand's Chris Hipkins, who was in town for a separate meeting between Pacific leaders and Washington. Indian officials said Mr Modi and Mr Hipkins discussed student visas, trade and climate finance.

Across town, US Secretary of State Antony Blinken put his signature to a long-negotiated Defence Cooperation Agreement alongside PNG Defence Minister Win Bakri Daki, with Mr Marape looking on. The two governments also signed a shiprider arrangement allowing US Coast Guard officers to join PNG patrols against illegal fishing.

Mr Blinken had been sent in place of President Joe Biden, who last week scrapped what would have been the first visit to PNG by a sitting American president in order to stay in Washington for debt ceiling negotiations.

The defence pact has been criticised by students at the University of Papua New Guinea and by some opposition MPs, who say its text should have been released before it was signed. Mr Marape has promised to table it in parliament and insisted PNG was not choosing sides.

"We are not a base for anyone's war," he told reporters.

Beijing, which has courted PNG since its Foreign Minister Wang Yi stopped in Port Moresby on a Pacific tour last year, made no immediate comment.

Mr Modi was scheduled to fly out late on Monday to Sydney, where he is due to hold bilateral talks with Prime Minister Anthony Albanese on Wednesday and address a community event at Qudos Bank Arena. The Sydney leg survived the collapse of the Quad leaders' summit that Australia had been due to host this week, after Mr Biden's withdrawal.

Related stories
Albanese says Quad leaders will meet in Japan instead
Solomon Islands PM to skip US–Pacific meeting
'Not taking sides': Marape defends US deal

Topics: world-politics, papua-new-guinea, india, united-states, pacific

Share | Facebook | X | Email | Copy link"""))

A.append(dict(id="h58-02", source="nation.africa",
url="https://nation.africa/kenya/news/politics/kenya-haiti-sign-deal-to-unlock-police-deployment-4541180",
published_at="2024-03-01", body="""NSE 20 1,527.64 ▲ 0.4% | USD/KES 143.10 | Safaricom 14.90 ▼ -0.7%
Subscribe for full access to Nation.Africa | Sign in

News / Politics
Kenya, Haiti sign deal to unlock police deployment as Henry visits Nairobi

Friday, March 01, 2024
By Brian Otieno Wafula

President William Ruto and Haiti's Prime Minister Ariel Henry at State House, Nairobi on March 1, 2024. | PCS

Kenya and Haiti on Friday signed a reciprocal agreement that the government says clears the legal hurdle blocking the deployment of 1,000 Kenyan police officers to the gang-ravaged Caribbean country.

The instruments were signed at State House, Nairobi, in the presence of President William Ruto and Haitian Prime Minister Ariel Henry, who flew in on Thursday night after attending the Caricom heads of government conference in Guyana.

"We discussed the next steps to enable the fast-tracking of the deployment," Dr Ruto said after the talks, adding that Kenya remained committed to what he called "a historic mission for humanity".

In January, the High Court in Nairobi ruled that the government could not send officers abroad without a reciprocal arrangement with the host state, as required by the National Police Service Act. The court also found that the National Security Council lacked the authority to deploy regular police outside the country.

Interior Cabinet Secretary Kithure Kindiki said the agreement addressed the court's concerns. "All the boxes are now ticked," he told journalists, adding that an advance team of senior police commanders could travel to Port-au-Prince in the coming weeks to assess conditions on the ground.

Lawyer and former presidential candidate Ekuru Aukot, who brought the original petition, said he would go back to court to challenge the new arrangement, describing it as "an attempt to sanitise an illegal deployment".

Mr Henry's trip comes as violence flares at home. Armed gangs attacked police stations and fired on the area around the international airport in Port-au-Prince on Thursday, with gang leader Jimmy 'Barbecue' Chérizier vowing to bring down the prime minister while he was abroad.

In Georgetown, Caribbean leaders had said Mr Henry committed to holding elections by August 31, 2025. He did not take questions from the press in Nairobi.

The multinational security support mission was authorised by the UN Security Council in October last year. The United States has pledged US$300 million (about Sh43 billion), and Benin, Chad, Bangladesh, Barbados and the Bahamas have offered personnel. A Kenyan reconnaissance team travelled to Haiti in August and its report was used to plan the mission.

Opposition leader Raila Odinga's Azimio coalition has criticised the mission as a distraction from insecurity at home, arguing that bandit attacks in the North Rift remain unchecked.

Foreign Affairs Principal Secretary Korir Sing'oei said the officers would only deploy once funding was secured through a UN trust fund, which has so far received a fraction of what is needed.

ALSO READ
Ruto hosts Burundi's Ndayishimiye at State House
Kindiki: Police ready for Haiti once court issues resolved
Mudavadi heads to Geneva for UN rights council session

Tags: Haiti, William Ruto, Ariel Henry, National Police Service

Comments (42)
Nation Media Group © 2024. All rights reserved."""))

A.append(dict(id="h58-03", source="jamaica-gleaner.com",
url="https://jamaica-gleaner.com/article/lead-stories/20250327/rubio-kingston-us-caribbean-leaders-talk-haiti-energy-and-cuban-doctors",
published_at="2025-03-26", body="""The Gleaner | Jamaica-Gleaner.com
JSE Main Index 339,842.11 ▲ 0.21% | USD/JMD 157.48 | WTI US$69.65
This site uses cookies. By continuing to browse you agree to our cookie policy. [Accept]

Lead Stories
Rubio in Kingston: US, Caribbean leaders talk Haiti, energy and Cuban doctors

Published: Wednesday | March 26, 2025 | 6:14 PM
Kimone Marsh-Williams/Senior Staff Reporter

Prime Minister Andrew Holness (right) welcomes United States Secretary of State Marco Rubio to Jamaica House on Wednesday. - Contributed

United States Secretary of State Marco Rubio on Wednesday held talks with Prime Minister Andrew Holness at Jamaica House, the first stop on a three-nation Caribbean swing that will also take him to Guyana and Suriname.

Rubio, who touched down at the Norman Manley International Airport shortly after 10 a.m., is the first American secretary of state to visit the island since Mike Pompeo's stop in January 2020.

The talks focused on the security crisis in Haiti, energy, and the Trump administration's campaign against Cuba's overseas medical brigades, under which visa restrictions are being placed on foreign officials linked to the programme.

Holness defended the Cuban doctors and nurses working in Jamaica's public hospitals, telling a joint press briefing that they are "paid in keeping with our laws" and are "not forced labour". Rubio said Washington's quarrel was with how Havana pays the workers, not with the countries that receive them.

"We are not here to punish our friends," the secretary said.

Later in the afternoon, Rubio met a group of Caribbean heads of government that included Barbados' Prime Minister Mia Mottley, Trinidad and Tobago's newly sworn-in Prime Minister Stuart Young, and Haiti's Prime Minister Alix Didier Fils-Aimé. A statement from the Office of the Prime Minister said the session covered Haiti, and that the leaders pressed for tariff relief and for more action to stop the flow of guns from the United States into the region.

The Kenyan-led mission in Haiti has fewer than 1,000 officers on the ground, well short of the 2,500 envisaged when it was authorised.

Rubio is to fly to Georgetown on Thursday for talks with President Irfaan Ali, whose government faces a renewed claim by Venezuela to the oil-rich Essequibo region, before continuing to Paramaribo later the same day to meet Surinamese President Chan Santokhi.

"We want the energy of this region to be developed by partners who respect its sovereignty," Rubio said, in remarks widely seen as aimed at Caracas and Beijing.

The Opposition People's National Party said it hoped the Government had "stood firm" on the medical programme, noting that more than 400 Cuban health workers are stationed in Jamaica. Its spokesman on foreign affairs said the party would seek a briefing in Parliament.

Business groups welcomed the emphasis on energy, with the Private Sector Organisation of Jamaica saying it hoped for US support for a liquefied natural gas expansion.

RELATED: Holness, Rubio spoke by phone in February on deportations

More from The Gleaner
Budget debate closes in Gordon House today
Guyana president calls Venezuelan naval incursion 'unacceptable'
JDF, US Coast Guard hold joint drill off Portland

Share: Facebook | X | WhatsApp | Email
12 Comments"""))

A.append(dict(id="h58-04", source="eurasianet.org",
url="https://eurasianet.org/china-xi-rolls-out-red-carpet-for-central-asian-leaders-in-xian",
published_at="2023-05-19", body="""Eurasianet
Sign up for our newsletter: weekly dispatches from the Caucasus and Central Asia. [Subscribe]

China: Xi rolls out red carpet for Central Asian leaders in Xi'an

Five presidents, one host and a string of bilateral deals on the old Silk Road.

Timur Alibekov May 19, 2023

Xi Jinping greets Kassym-Jomart Tokayev in Xi'an on May 17. (Photo: Akorda)

Chinese leader Xi Jinping on May 19 closed the first in-person summit between China and the five Central Asian states, held in the ancient capital of Xi'an, after two days of bilateral talks in which each visiting president came away with a bundle of agreements of his own.

The set piece of the gathering was a declaration signed by all six presidents and a pledge by Xi of 26 billion yuan (around $3.7 billion) in financing and grants for the region. Beijing also said the meeting would become a permanent format with a secretariat in China and a summit every two years. The next one is to take place in Kazakhstan in 2025.

But the real business happened earlier in the week. Kazakhstan's Kassym-Jomart Tokayev, on a state visit, was the first to arrive and was received by Xi on May 17; the two men oversaw the signing of a mutual visa-waiver agreement and documents on a third railway crossing at the border.

Kyrgyzstan's Sadyr Japarov, also on a state visit, won fresh Chinese backing for the long-delayed China-Kyrgyzstan-Uzbekistan railway, a project Bishkek has pushed since the 1990s. Uzbekistan's Shavkat Mirziyoyev sat down with Xi on May 18 and left with investment deals that Tashkent valued at several billion dollars.

Tajikistan's Emomali Rahmon, who has known Xi longer than any other leader in the region, discussed security along the Tajik-Afghan border, where China has quietly funded border posts. Turkmenistan's Serdar Berdimuhamedov, whose country supplies most of China's pipeline gas, used his meeting to press for construction of Line D of the Central Asia-China pipeline, a project stalled for nearly a decade.

The timing was pointed. The summit overlapped with the G7 meeting in Hiroshima, and China's state media made much of the contrast between a "family" gathering in Xi'an and what it called a club of rich countries ganging up on Beijing.

Moscow was the absent guest. Just ten days earlier, all five presidents had stood beside Vladimir Putin on Red Square for the Victory Day parade, an appearance hastily arranged by the Kremlin. Analysts say Russia, bogged down in Ukraine, can no longer match China's money.

"Central Asian governments are not choosing between Moscow and Beijing. They are collecting offers," said Dina Askarova, a political analyst in Almaty. "Xi'an was the biggest offer on the table this year."

Not everyone is enthusiastic. Anti-Chinese sentiment runs high in parts of Kazakhstan and Kyrgyzstan, where protests over land leases and the treatment of ethnic Kazakhs and Kyrgyz in Xinjiang have broken out in recent years. None of the five leaders raised Xinjiang in public.

Eurasianet is a nonprofit news outlet. Donate to support independent reporting from the region.

Related
Kyrgyzstan, Uzbekistan ratify border deal
Turkmenistan: Gas exports to China hit record
Kazakhstan: Tokayev signs law on uranium reserve

Tags: China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan

Share: Facebook | Twitter | Telegram"""))

A.append(dict(id="h58-05", source="oc-media.org",
url="https://oc-media.org/aliyev-and-pashinyan-initial-peace-deal-at-the-white-house/",
published_at="2025-08-09", body="""OC Media
Support independent journalism in the Caucasus. Become a member today.
USD/AMD 383.9 | USD/AZN 1.70 | USD/GEL 2.70 | Brent $66.59

Aliyev and Pashinyan initial peace deal at the White House

by Ani Mkrtchyan and Farid Guliyev
9 August 2025

Donald Trump flanked by Ilham Aliyev and Nikol Pashinyan at the White House on 8 August. Official photo: The White House.

The leaders of Armenia and Azerbaijan have signed a joint declaration in Washington committing their countries to end decades of conflict, while their foreign ministers initialled the text of a peace agreement, at a ceremony hosted by US President Donald Trump on Friday.

Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan shook hands in the State Dining Room after the signing, with Trump clasping his hands over theirs. Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan put their initials to the 17-article treaty, whose text was agreed in March.

The treaty itself has not been signed. Baku insists that Armenia must first remove from its constitution a reference to the 1990 declaration of independence, which it reads as a territorial claim. Pashinyan has promised a referendum on a new constitution but has set no date, meaning a formal signing could still be months or years away.

Central to the Washington declaration is a transit route across Armenia's Syunik Province linking Azerbaijan with its Nakhchivan exclave, to be developed with US participation and branded the 'Trump Route for International Peace and Prosperity'. Pashinyan insisted the route would operate under Armenian jurisdiction and Armenian law.

Before the trilateral ceremony, Trump held separate talks with each leader. Armenia and the US signed memoranda on artificial intelligence and semiconductors and on energy security, while Azerbaijan and the US agreed to work towards a strategic partnership charter. Trump also waived Section 907 of the Freedom Support Act, which has restricted US aid to Azerbaijan since 1992.

The two leaders also jointly asked the OSCE to wind down the Minsk Group, the body that mediated the conflict for three decades.

Moscow's reaction was muted. Kremlin spokesperson Dmitry Peskov said Russia welcomed any steps towards peace, and the Kremlin's readout said Pashinyan had briefed Russian President Vladimir Putin on the upcoming meeting in a phone call on Thursday. Relations between Baku and Moscow have been in free fall since the downing of an Azerbaijan Airlines passenger jet over Russia in December.

Tehran was openly uneasy about the transit route, with Ali Akbar Velayati, an adviser to the supreme leader, warning that Iran would not accept changes to its border with Armenia. Iranian President Masoud Pezeshkian is expected in Yerevan later this month on his first official visit to Armenia, Iranian media reported.

Aliyev and Pashinyan last met in Abu Dhabi on 10 July, in their first one-on-one talks without a mediator.

In Yerevan, the opposition accused Pashinyan of surrendering Syunik, while in Baku state television hailed the declaration as a victory. Residents of the border villages contacted by OC Media said they would wait to see whether anything changed on the ground.

Read also
Georgian Dream bars two more opposition parties
Armenia's parliament approves new electoral code

Tags: Armenia, Azerbaijan, USA, Peace Treaty, TRIPP

Share: Facebook | X | Telegram | Email"""))

A.append(dict(id="h58-06", source="balkaninsight.com",
url="https://balkaninsight.com/2018/06/17/greece-and-macedonia-sign-historic-name-deal-at-prespa-06-17-2018/",
published_at="2018-06-17", body="""BIRN | Balkan Insight
Subscribe to BIRN's newsletter: Balkan news, every weekday morning. [Sign up]

News | 17 Jun 18

Greece and Macedonia Sign Historic Name Deal at Prespa

The foreign ministers of Greece and Macedonia on Sunday signed an agreement on the shore of Lake Prespa under which Macedonia will become the 'Republic of North Macedonia', ending a dispute that has blocked Skopje's path to NATO and the EU for more than a quarter of a century.

Goran Stefanoski
Skopje, Athens

Alexis Tsipras and Zoran Zaev after the signing ceremony in Psarades. Photo: Greek government

Nikos Kotzias and Nikola Dimitrov put their signatures to the deal at a ceremony in the Greek lakeside village of Psarades, in the presence of the two prime ministers, Alexis Tsipras and Zoran Zaev, UN mediator Matthew Nimetz, EU foreign policy chief Federica Mogherini and Enlargement Commissioner Johannes Hahn.

Zaev and his delegation crossed into Greece at the lake in the morning. After the ceremony, the two prime ministers travelled by boat to the Macedonian village of Otesevo for lunch, a symbolic journey that Tsipras said showed both nations were "taking the road of peace".

"We have a deal that protects our identity, our language and our dignity," Zaev told the guests. Tsipras called the agreement "a patriotic duty" and "a historic step".

The mood outside was less festive. In the nearby village of Pisoderi, riot police fired tear gas at several hundred protesters who accused Athens of giving away the name of the ancient Greek region. On Saturday, Tsipras survived a no-confidence motion tabled by the opposition New Democracy party over the accord.

In Skopje, President Gjorge Ivanov repeated that he would not sign the agreement, and the opposition VMRO DPMNE called it a capitulation. Under the constitution, the president can return a law to parliament only once.

The deal was announced on June 12 after a phone call between Tsipras and Zaev, following months of talks between the two foreign ministers.

What happens next is a long sequence of steps. Macedonia's parliament must ratify the agreement, after which a referendum is planned for the autumn, followed by constitutional amendments. Only then would the Greek parliament ratify it. EU leaders meet on June 28 and 29 to decide whether to set a date for opening accession talks with Skopje, and the NATO summit in Brussels in July is expected to issue an invitation to join the alliance.

The Prespa deal follows the friendship treaty that Bulgaria and Macedonia signed in Skopje last August, which removed another obstacle on Skopje's road to the EU.

"This is the most important moment for the region since the end of the wars," said a Western diplomat in Skopje, who asked not to be named.

Most read
Macedonia's Ivanov Vows to Block Name Deal
Greek Opposition Fails to Topple Tsipras Over Name Accord
Serbia, Albania Trade Barbs Ahead of Summit

Tags: Greece, Macedonia, name dispute, Prespa, Zaev, Tsipras

Share: Facebook | Twitter | LinkedIn"""))

A.append(dict(id="h58-07", source="stabroeknews.com",
url="https://www.stabroeknews.com/2024/11/21/news/guyana/modi-ali-sign-ten-mous-as-indian-pm-meets-caricom-leaders/",
published_at="2024-11-21", body="""Stabroek News
Subscribe to our e-paper | Digital edition | Classifieds
USD/GYD 208.50 | Brent US$73.81

Modi, Ali sign ten MoUs as Indian PM meets Caricom leaders

By Stabroek News Staff
November 21, 2024

President Irfaan Ali (right) greets Prime Minister Narendra Modi on his arrival at the Cheddi Jagan International Airport on Tuesday night. (Office of the President photo)

Indian Prime Minister Narendra Modi and President Irfaan Ali yesterday oversaw the signing of ten memoranda of understanding covering hydrocarbons, agriculture, medicines, digital payments and defence cooperation, on the first full day of the first visit by an Indian head of government to Guyana in 56 years.

Modi arrived late on Tuesday from Rio de Janeiro, where he had attended the G20 summit, and was met at the airport by President Ali, Prime Minister Mark Phillips and more than a dozen Cabinet ministers. The last Indian premier to visit was Indira Gandhi in 1968.

Talks at State House focused on energy, food security and health. Ali said Guyana wanted Indian partners in the oil and gas sector and in the planned gas-to-energy project, while Modi offered lines of credit for infrastructure and a training programme for Guyanese public servants. Ali later conferred on his guest the Order of Excellence, Guyana's highest national award.

Modi also co-chaired, with Grenada's Prime Minister Dickon Mitchell, the current Caricom chairman, the second India-Caricom Summit at the Arthur Chung Conference Centre. He set out seven areas of cooperation built around the letters of the word Caricom, from capacity building to the ocean economy, and announced IT centres and solar projects for member states.

On the margins, Modi held bilateral meetings with several Caribbean leaders, among them Dominica's Prime Minister Roosevelt Skerrit, Barbados' Prime Minister Mia Mottley, Trinidad and Tobago's Prime Minister Dr Keith Rowley and Suriname's President Chandrikapersad Santokhi, as well as Mitchell. Dominica's President Sylvanie Burton presented him with the Dominica Award of Honour, and Mottley conferred the Honorary Order of Freedom of Barbados.

Rowley, who met Modi on Wednesday afternoon, told reporters he had renewed an invitation for the Indian leader to visit Port of Spain.

Today Modi is to address a special sitting of the National Assembly, plant a tree in the Promenade Garden and meet members of the Indo-Guyanese community before he departs in the evening.

Opposition Leader Aubrey Norton said the PNCR welcomed closer ties with India but wanted the MoUs laid in the National Assembly. "Guyanese deserve to know what has been agreed in their name," he said at a press conference.

Before coming to Guyana, Modi spent two days in Nigeria, the first visit there by an Indian prime minister in 17 years.

Large crowds lined the road from the airport on Tuesday night, and schools in parts of Georgetown were closed yesterday for security reasons.

More stories
Jagdeo says oil contract renegotiation not on the table
Security beefed up along Cuyuni after mining camp shooting
GPL promises fewer blackouts by Christmas

Leave a comment | Share this: Facebook | X | WhatsApp"""))

A.append(dict(id="h58-08", source="n1info.com",
url="https://n1info.com/english/news/xi-and-vucic-sign-shared-future-statement-as-chinese-leader-wraps-up-belgrade-visit/",
published_at="2024-05-08", body="""N1 | English
EUR/RSD 117.08 | USD/RSD 109.04 | BELEX15 1,003.4 ▲
We use cookies to improve your experience. By using this site you agree to our privacy policy. [OK]

Xi and Vucic sign 'shared future' statement as Chinese leader wraps up Belgrade visit

N1 Belgrade
08 May 2024, 17:52

Chinese President Xi Jinping and Serbian President Aleksandar Vucic at the Palace of Serbia. Photo: Presidency of Serbia / Dimitrije Goll

Chinese President Xi Jinping and his Serbian counterpart Aleksandar Vucic on Wednesday signed a joint statement on building a "community with a shared future in the new era", making Serbia the first European country to put its name to such a document with Beijing, at the end of talks at the Palace of Serbia.

Xi arrived in Belgrade on Tuesday evening, on the 25th anniversary of the NATO bombing of the Chinese embassy in 1999 in which three Chinese journalists were killed. In a signed article in the daily Politika, he wrote that China would "never forget" it. He was welcomed at the airport by Vucic and Prime Minister Milos Vucevic.

Thousands of people, many bused in from other towns, waved Chinese and Serbian flags in front of the palace on Wednesday morning. Vucic told the crowd that Serbia's respect for China's territorial integrity was "unconditional" and that "Taiwan is China".

The two sides signed 28 agreements and memoranda covering trade, infrastructure, technology and media. Vucic said the free trade agreement signed last October would take effect on July 1, and that Serbia aimed to export more plums, beef and wine to China.

The Serbian president insisted that closer ties with Beijing did not change the country's goal of joining the European Union. "We are on the European path, but we will not be told who our friends are," he said.

Republika Srpska President Milorad Dodik, who travelled to Belgrade for the occasion, joined the welcome ceremony and said afterwards that the Chinese leader had spoken warmly of the Serb entity.

Xi leaves for Budapest later on Wednesday for a three-day state visit, during which he is due to hold talks with Prime Minister Viktor Orban and President Tamas Sulyok.

Serbia was the second stop on Xi's first European tour in five years. In Paris on Monday, Xi had held talks with President Emmanuel Macron, including a three-way session with European Commission President Ursula von der Leyen, who warned about Chinese subsidies and pressed him on Russia's war in Ukraine. Macron then took his guest to the Tourmalet pass in the Pyrenees on Tuesday morning.

Serbian opposition parties criticised the lack of transparency around Chinese loans and the environmental record of Chinese-owned mines and smelters in Bor and Smederevo. "We still have not seen a single contract," said one opposition MP.

Most read
Belgrade local election re-run set for June 2
Students block bridge in Novi Sad
Serbian dinar steady ahead of central bank decision

Tags: Xi Jinping, Aleksandar Vucic, China, Serbia, Belt and Road

Share: Facebook | X | Viber"""))

A.append(dict(id="h58-09", source="africanews.com",
url="https://www.africanews.com/2023/11/23/nigers-junta-leader-tiani-in-mali-on-first-trip-abroad-since-coup/",
published_at="2023-11-23", body="""africanews.
Live | Watch | Programmes
We use cookies to ensure you get the best experience on our website. [Accept] [Settings]

Politics
Niger's junta leader Tiani in Mali on first trip abroad since coup

By Clément Yao
Last updated: 23/11 - 15:40

Malian transitional president Assimi Goïta (right) welcomes General Abdourahamane Tiani at Bamako's Modibo Keïta airport. Credit: ORTM

General Abdourahamane Tiani, the head of Niger's military government, arrived in Bamako on Thursday for talks with Malian leader Colonel Assimi Goïta, on his first trip outside the country since he seized power in July.

Goïta welcomed his guest on the tarmac with full military honours. The two men then held talks at Koulouba palace, which Malian state television said focused on security cooperation, energy supplies and trade routes that have been disrupted by the closure of Niger's borders with Benin and Nigeria.

"Our peoples share the same destiny and the same enemies," Tiani said in brief remarks after the meeting.

The visit comes two months after the three military-led Sahel states signed the Liptako-Gourma Charter in Bamako, establishing the Alliance of Sahel States (AES), a mutual defence pact under which an attack on one is considered an attack on all. Mali and Burkina Faso had said in August that any military intervention by the West African bloc ECOWAS to reinstate Niger's ousted president Mohamed Bazoum would be treated as a declaration of war.

Tiani is due to fly to Ouagadougou later on Thursday to meet Burkina Faso's transitional president, Captain Ibrahim Traoré, Nigerien state television said.

Niger remains under heavy ECOWAS sanctions, and electricity imports from Nigeria have been cut, leaving Niamey with long power cuts. The junta has demanded the departure of the roughly 1,500 French troops stationed in the country, the last of whom are expected to leave before the end of December.

Togo's Foreign Minister Robert Dussey has shuttled between Lomé and Niamey in recent months as part of mediation efforts, and Togolese officials have pushed for a timetable for a return to civilian rule. The junta has proposed a transition of up to three years, which ECOWAS has rejected.

ECOWAS heads of state are due to meet in Abuja on December 10 to review the sanctions.

Analysts say the Bamako trip is a signal that the Sahel juntas intend to deepen their alliance. "The AES is moving from a defence pact to something closer to a confederation," said a Dakar-based researcher on Sahel security. "Tiani wants to show that Niger is not isolated."

Read more
Mali's junta postpones February presidential election
Burkina Faso: Traoré receives Russian delegation in Ouagadougou
Guinea: Doumbouya names new army chief

Share: Facebook | X | WhatsApp | Email"""))

A.append(dict(id="h58-10", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/2023/05/28/omans-sultan-haitham-in-tehran-for-talks-with-raisi/",
published_at="2023-05-28", body="""The National
Brent crude $76.95 ▲ | Gold $1,946 ▼ | USD/AED 3.6725
Sign up to our Gulf Briefing newsletter. [Sign up]

Gulf
Oman's Sultan Haitham in Tehran for talks with Raisi

First visit by an Omani ruler to Iran in a decade comes amid flurry of regional diplomacy

Salma Al Harthy and Kian Farahani
May 28, 2023

Iran's President Ebrahim Raisi, right, welcomes Oman's Sultan Haitham bin Tarik at the Saadabad Palace in Tehran. Photo: Iranian presidency / AFP

Oman's Sultan Haitham bin Tarik arrived in Tehran on Sunday for a two-day state visit, the first by an Omani ruler to the Islamic Republic since the late Sultan Qaboos in 2013.

He was greeted at Mehrabad airport by senior Iranian officials and later received by President Ebrahim Raisi at the Saadabad Palace, where the two leaders held talks before witnessing the signing of four memorandums of understanding on energy, trade, the environment and science.

The sultan is scheduled to meet Supreme Leader Ayatollah Ali Khamenei on Monday before returning to Muscat.

Oman has long served as a channel between Iran and the West. On Friday, Tehran released Belgian aid worker Olivier Vandecasteele in an Omani-brokered exchange for an Iranian diplomat, Assadollah Assadi, who had been jailed in Belgium, and both men were flown to Muscat.

The sultanate has also been an intermediary between Tehran and Washington. White House Middle East co-ordinator Brett McGurk held talks with Omani officials in Muscat earlier this month, according to reports in US media, amid speculation about indirect contacts over Iran's nuclear programme.

Sultan Haitham came to Tehran a week after a visit to Cairo, where he held talks with President Abdel Fattah El Sisi. Iranian officials have expressed hope that Muscat can help Iran and Egypt restore full diplomatic relations, which were cut after the 1979 revolution.

The visit also follows the China-brokered agreement in March between Iran and Saudi Arabia to restore ties, and a meeting of their foreign ministers in Beijing in April. Iran is expected to reopen its embassy in Riyadh in the coming weeks.

Iranian state media said Mr Raisi had accepted an invitation to visit Oman, without giving a date.

"Oman's strength is that everyone trusts it to carry a message," said Dr Rashid Al Maamari, a researcher on Gulf affairs in Muscat. "This visit is about trade, but it is also about keeping every door in the region open at once."

Trade between the two countries reached about $1.3 billion last year, according to Iranian figures, and the two sides have discussed a gas pipeline under the Sea of Oman for more than two decades.

More from The National
Saudi foreign minister to visit Tehran 'soon', says Iranian official
Kuwait's parliament dissolved again as election set for June
Dubai Metro ridership hits record

Most read | Share: Facebook | X | LinkedIn | WhatsApp"""))

A.append(dict(id="h58-11", source="civil.ge",
url="https://civil.ge/archives/553420",
published_at="2023-07-28", body="""Civil.ge
Civil Georgia | Daily news online
USD/GEL 2.6049 | EUR/GEL 2.8810
We value your privacy. This website uses cookies. [Accept]

PM Garibashvili Meets Xi Jinping, Georgia and China Declare Strategic Partnership

28/07/2023 - 19:40
Nino Kapanadze

Prime Minister Irakli Garibashvili and Chinese President Xi Jinping in Chengdu on July 28. Photo: Government Administration

Prime Minister Irakli Garibashvili met Chinese President Xi Jinping in Chengdu on July 28, where the two leaders announced that relations between Georgia and China would be raised to a strategic partnership.

The Prime Minister travelled to China on July 26 at the invitation of the Chinese side and is attending the opening of the 31st Summer World University Games in Chengdu today. His delegation includes First Vice Prime Minister and Economy Minister Levan Davitashvili and several deputy ministers.

According to the Government Administration, the sides discussed trade and investment under the free trade agreement in force since 2018, transit along the Middle Corridor, and the launch of direct flights between the two countries. Garibashvili thanked Beijing for its "consistent support for Georgia's sovereignty and territorial integrity".

Xinhua reported that Xi said China supported Georgia in safeguarding its national sovereignty and in following a development path suited to its national conditions, and called for aligning the Belt and Road Initiative with Georgia's development plans.

The two sides signed a joint statement on the strategic partnership, which, among other things, says Georgia "firmly adheres to the one-China principle".

The Government Administration said Garibashvili and Davitashvili would hold meetings with Chinese companies involved in infrastructure projects in Georgia before returning to Tbilisi on July 31.

Xi also held talks in Chengdu with Indonesian President Joko Widodo and Mauritanian President Mohamed Ould Ghazouani, who were also in the city for the opening of the Games.

The visit drew criticism from opposition parties, which said the timing sent the wrong signal months before the European Union decides whether to grant Georgia candidate status. "The government is choosing Chengdu over Brussels," said an MP from the United National Movement.

Government officials rejected the criticism. Parliament Speaker Shalva Papuashvili said Georgia's foreign policy remained "clearly pro-European" and that economic ties with China were "in the national interest".

The EU Ambassador to Georgia, Pawel Herczynski, said on Twitter that the EU respected Georgia's sovereign right to choose its partners but urged Tbilisi to focus on the reforms set out by the European Commission.

China is Georgia's third-largest trading partner after Turkey and Russia. Chinese companies are building sections of the East-West Highway and have bid for the long-delayed Anaklia deep-sea port.

Related
Darchiashvili, Bayramov hold talks in Baku
President Zurabishvili meets European Council President in Brussels
Parliament adopts 'deoligarchisation' law amendments

Tags: China, Irakli Garibashvili, Xi Jinping, Strategic Partnership

Share: Facebook | Twitter"""))

A.append(dict(id="h58-12", source="arabnews.com",
url="https://www.arabnews.com/node/1786816/saudi-arabia",
published_at="2021-01-05", body="""Arab News
Brent crude $53.60 ▲ 4.9% | TASI 8,764.52 ▲ 0.3% | USD/SAR 3.7502
Download the Arab News app | Follow us on Twitter

Saudi Arabia
Saudi crown prince embraces Qatar emir as GCC signs AlUla declaration ending rift

Updated 05 January 2021
Huda Al-Otaibi

ALULA: Saudi Crown Prince Mohammed bin Salman greeted Qatar's Emir Sheikh Tamim bin Hamad Al-Thani with an embrace on the tarmac at AlUla airport on Tuesday, as Gulf leaders gathered for a summit at which they signed a declaration ending the three-and-a-half-year boycott of Doha.

The emir's arrival, his first trip to the Kingdom since the dispute began in June 2017, came less than 24 hours after Kuwait announced that Saudi Arabia would reopen its airspace and its land and sea border with Qatar.

Kuwaiti Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah said on Monday evening the decision followed phone calls that the Emir of Kuwait, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, had held with the crown prince and with Sheikh Tamim.

At the 41st GCC summit in the mirrored Maraya hall, leaders signed the AlUla declaration, which the crown prince said would strengthen "the unity and solidarity of our Gulf, Arab and Islamic ranks". Egypt's Foreign Minister Sameh Shoukry also signed the document.

The crown prince chaired the meeting on behalf of King Salman. Bahrain was represented by Crown Prince Salman bin Hamad Al-Khalifa, the UAE by Vice President and Prime Minister Sheikh Mohammed bin Rashid Al-Maktoum, and Oman by Deputy Prime Minister Sayyid Fahd bin Mahmoud Al-Said. Sheikh Nawaf led the Kuwaiti delegation.

US presidential adviser Jared Kushner, who worked with Kuwait on the mediation in recent months, attended the signing with envoy Avi Berkowitz.

After the summit session, the crown prince and Sheikh Tamim held talks and were shown around the AlUla heritage sites, the Saudi Press Agency reported.

Saudi Foreign Minister Prince Faisal bin Farhan told a press conference that all four boycotting states, Saudi Arabia, the UAE, Bahrain and Egypt, had agreed to restore full ties with Qatar, and that flights would resume within days. Qatar is expected to drop lawsuits it brought against the four countries in international forums.

UAE Minister of State for Foreign Affairs Anwar Gargash said on Twitter that more work remained to rebuild trust, but that the UAE was "committed to the AlUla outcome".

Analysts said the reconciliation had been driven by the approach of a new US administration and by a desire in Riyadh to present a united Gulf front on Iran. "This is a reset, not a resolution," said a Gulf analyst based in London. "Many of the underlying disagreements remain."

Qatar Airways said it would resume flights over Saudi airspace from Wednesday.

Related
Saudi FM: All four boycotting states agree to restore ties with Qatar
Kuwait's emir hails 'historic' Gulf summit
Oil rises as OPEC+ meets

Share: Facebook | Twitter | WhatsApp | Email"""))
