# Long pages (2,500-4,500 characters), h52-01 .. h52-12
A = []

A.append(dict(id="h52-01", source="defensenews.com",
url="https://www.defensenews.com/global/asia-pacific/2018/09/06/us-and-india-seal-communications-pact-at-first-2-plus-2-dialogue/",
published_at="2018-09-06", body="""Defense News
Sign In | Subscribe | Get the Early Bird Brief

Global > Asia Pacific

US and India seal long-stalled communications pact at first 2+2 dialogue

By Rohan Mehta and Daniel Kessler
Sep 6, 2018

NEW DELHI — Washington and New Delhi signed a military communications agreement on Thursday that U.S. officials had been pushing for well over a decade, using the first joint meeting of the two countries' foreign and defense chiefs to lock in a deal that had become a symbol of India's caution about getting too close to the Pentagon.

Defense Secretary Jim Mattis and Secretary of State Mike Pompeo met Indian Defence Minister Nirmala Sitharaman and External Affairs Minister Sushma Swaraj at Hyderabad House for the inaugural "2+2" ministerial dialogue. The format, agreed by President Donald Trump and Prime Minister Narendra Modi last year, had been pushed back twice in 2018, the second time in July when Pompeo had to travel to North Korea.

The Communications Compatibility and Security Agreement, or COMCASA, allows India to receive encrypted U.S. communications gear on American-origin aircraft such as the C-130J, C-17 and P-8I, and to draw on real-time data from U.S. systems. Indian officials had worried for years about giving an outside power a window into their networks; people familiar with the negotiations said the final text carries India-specific language on data protection.

"It will enhance our defense capabilities and preparedness," Sitharaman said at a joint news conference. Mattis called the agreement a sign of "a new level of trust" between the two militaries.

The ministers also agreed to set up secure hotlines linking their offices and to hold a first exercise involving all three services of both countries off India's eastern coast in 2019. According to the joint statement, the next 2+2 will take place in the United States next year.

After the dialogue, the two Americans called on Modi at his residence.

Not everything was settled. A 2017 U.S. sanctions law, the Countering America's Adversaries Through Sanctions Act, threatens penalties for significant purchases of Russian weapons, and India is close to a $5.4 billion deal for the S-400 air defense system that it hopes to finalize when Russian President Vladimir Putin comes to New Delhi for an annual summit next month. Pompeo told reporters no decision had been made on a waiver.

Washington's campaign to drive Iranian oil exports to zero by November is a second irritant. India is among the largest buyers of Iranian crude, and Swaraj said she had explained India's position.

Pompeo arrived in the Indian capital from Islamabad, where he had a few hours of meetings on Wednesday with Pakistan's new prime minister, Imran Khan.

Defense trade between the two countries has climbed from close to nothing a decade ago to around $15 billion. India was named a Major Defense Partner in 2016, and this summer the Commerce Department moved it into the top tier of its export-licensing system, a status otherwise held mainly by NATO allies.

"COMCASA was the hard one," said a retired Indian Navy vice admiral who has followed the talks. "The question now is whether the two sides can turn the paperwork into joint operations."

Two other so-called foundational agreements remain. India signed a logistics exchange memorandum in 2016, but a pact on sharing geospatial data is still under negotiation.

RELATED
Mattis to make second trip to Vietnam this year, officials say
Indian Air Force shortlists six jets for 114-fighter competition
Pentagon seeks wider waiver authority under Russia sanctions law

Topics: Asia Pacific, India, COMCASA, Mattis, Pompeo

Share: Facebook | Twitter | LinkedIn | Email

Get the Early Bird Brief: the most comprehensive defense news of the day, straight to your inbox. Sign up"""))

A.append(dict(id="h52-02", source="euractiv.com",
url="https://www.euractiv.com/section/defence-and-security/news/biden-and-macron-patch-things-up-by-phone-agree-to-meet-in-october/",
published_at="2021-09-23", body="""We and our partners use cookies to personalise content and analyse our traffic. Accept all | Manage settings

EURACTIV
Global Europe > Defence & Security

Biden and Macron patch things up by phone, agree to meet in October

By Théo Marchand | EURACTIV.com with AFP
23 Sep 2021 (updated: 23 Sep 2021)

French President Emmanuel Macron and US President Joe Biden agreed on Wednesday (22 September) to meet in Europe at the end of October, after a half-hour phone conversation meant to contain the fallout from Australia's decision to cancel a multibillion-euro submarine order from France.

The call, requested by Washington, was the two leaders' first exchange since the announcement last week of AUKUS, a security partnership between Australia, Britain and the United States unveiled by Biden, Scott Morrison and Boris Johnson in a joint video appearance. Under the pact, Canberra will acquire nuclear-powered submarines using US and British technology and has abandoned a 2016 contract with France's Naval Group for twelve conventional boats.

A joint statement released after the call said "the situation would have benefited from open consultations among allies" on matters of strategic interest to France and its European partners, and that Biden had conveyed his ongoing commitment in that regard.

The two presidents decided to open "a process of in-depth consultations" to create the conditions for restoring confidence, and said they would meet in Europe at the end of October. No venue was given, but both are expected in Rome for the G20 summit on 30 and 31 October.

Macron also decided that France's ambassador to the United States, Philippe Étienne, would return to Washington next week. Paris recalled its ambassadors from Washington and Canberra on Friday, a step without precedent between the allies. There was no word on the envoy to Australia.

Washington, for its part, recognised "the importance of a stronger and more capable European defence" that complements NATO, and committed to reinforce its support for counter-terrorism operations conducted by European states in the Sahel.

An Élysée official described the exchange as friendly but cautioned against reading too much into it. "One phone call does not rebuild trust," the official said.

No thaw with Canberra

There was no sign yet of a similar gesture towards Australia. Morrison, who met Biden in New York on Tuesday, said he had been trying to speak with Macron but that the French president was not ready to take the call. "We will be patient," he said, adding that the opportunity would come.

Johnson, fresh from talks with Biden at the White House on Tuesday, told French critics to "prenez un grip" and "donnez-moi un break", a line that was not well received in Paris.

Foreign Minister Jean-Yves Le Drian, in New York for the UN General Assembly, has called the Australian decision "a stab in the back". The State Department said Secretary of State Antony Blinken hoped to see him during the week, but French diplomats would not confirm that any meeting had been scheduled.

The row has also reached Brussels. European Council President Charles Michel spoke this week of a "lack of loyalty" from Washington, and several member states have questioned whether the next round of EU-Australia trade negotiations should go ahead as planned.

READ ALSO
France's Parly cancels London talks with UK defence secretary
EU-Australia trade round in doubt after submarine row
Opinion: AUKUS is a wake-up call for European strategic autonomy

Subscribe to our Global Europe Brief: every Monday, the best of EU foreign policy. Sign up

Languages: Français | Deutsch
Share: Twitter | LinkedIn | Facebook | Email
Comments (14)"""))

A.append(dict(id="h52-03", source="breakingdefense.com",
url="https://breakingdefense.com/2024/05/austin-dong-hold-first-face-to-face-talks-in-18-months-on-shangri-la-sidelines/",
published_at="2024-05-31", body="""BREAKING DEFENSE
Air | Land | Naval | Space | Cyber | Networks & Digital Transformation | Budget | Indo-Pacific

INDO-PACIFIC

Austin, Dong hold first face-to-face talks in 18 months on Shangri-La sidelines

The meeting produced a pledge to restore some military channels, but no movement on Taiwan.

By Hannah Crowley
on May 31, 2024 at 9:47 AM

SINGAPORE — US Defense Secretary Lloyd Austin sat down with Chinese Defense Minister Adm. Dong Jun for just over an hour here on Friday, the first in-person talks between the two countries' defense chiefs since November 2022, on the opening day of the IISS Shangri-La Dialogue.

A Pentagon readout said Austin underlined "the importance of continuing to maintain open lines of military-to-military communication" and told Dong the United States would continue to fly, sail and operate wherever international law allows. He also voiced concern about "recent provocative PLA activity" around the Taiwan Strait, a reference to the large-scale drills China launched last week, days after Lai Ching-te was sworn in as Taiwan's president.

The two agreed that a working group on crisis communications would meet before the end of the year, and that theater-level commander calls would resume "in the coming months," according to a senior defense official who briefed reporters afterward.

Chinese defense ministry spokesman Senior Col. Wu Qian called the talks "positive, practical and constructive," but said Dong had warned Washington to stop "meddling" on Taiwan. "The Taiwan question is the core of China's core interests," Wu quoted Dong as saying.

The two men first spoke on April 16 in a video call, the first conversation between the countries' defense chiefs in almost a year and a half. Beijing cut most military channels in August 2022, and last year declined a US invitation for Austin to meet then-Defense Minister Li Shangfu at this same forum; the two only shook hands at the opening dinner. Li was removed from his post a few months later.

Dong, a former navy commander, was appointed in December. Friday's meeting was his first with Austin in person.

Austin will deliver his main speech on Saturday morning, when he is expected to lay out what the administration calls a "new convergence" of US security partnerships in the region. He will hold a series of bilateral meetings with regional counterparts over the weekend, officials said.

After Singapore, Austin will travel to Cambodia for talks with Prime Minister Hun Manet and Defense Minister Tea Seiha, the senior defense official said. It will be his second trip to the country, following a regional ministers' meeting there in 2022, and comes amid US concern over China's role at Ream Naval Base, where Chinese warships have been docked since December.

Philippine President Ferdinand Marcos Jr. delivers the keynote address on Friday evening. Chinese and Philippine vessels have clashed repeatedly in recent months around Second Thomas Shoal, where Manila keeps a small garrison aboard a grounded warship.

"Talking is not a concession," said a former senior Pentagon official for Asia now at a Washington think tank. "The test is whether the theater calls actually happen and whether somebody picks up the phone in a crisis."

RELATED
Chinese warships at Ream: what we know, and what we don't
PLA's Joint Sword-2024A drills encircle Taiwan after Lai inauguration
Japan, Philippines coast guards to expand joint training

Filed under: Indo-Pacific, Lloyd Austin, Dong Jun, Shangri-La Dialogue, China, Cambodia

Newsletter: Sign up for the Breaking Defense Indo-Pacific newsletter. Subscribe"""))

A.append(dict(id="h52-04", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-22/png-us-defence-cooperation-agreement-signed-modi-visit/102378900",
published_at="2023-05-22", body="""ABC NEWS
Just In | For You | Politics | World | Business | Pacific | Analysis | Fact Check

Pacific

US signs defence pact with PNG as Modi's visit shares the spotlight in Port Moresby

By Pacific affairs reporter Lisa Tomasi
Posted Mon 22 May 2023 at 6:41pm, updated Mon 22 May 2023 at 9:15pm

Photo: Antony Blinken and Win Bakri Daki exchange documents after the signing at APEC Haus. (Supplied: US State Department)

Papua New Guinea and the United States have signed a defence cooperation agreement giving US forces access to PNG ports and airfields, a deal Prime Minister James Marape insists will not make his country a staging post for war.

US Secretary of State Antony Blinken signed the agreement with PNG Defence Minister Win Bakri Daki at APEC Haus in Port Moresby on Monday afternoon, with Mr Marape looking on. The two governments also signed a shiprider agreement that will let PNG officers ride aboard US Coast Guard vessels to police illegal fishing in PNG waters.

Mr Blinken was standing in for President Joe Biden, who had been due to become the first sitting US president to visit a Pacific Island nation before calling off the stop last week to deal with debt-ceiling negotiations in Washington.

"The future is being written here in the Pacific," Mr Blinken said, adding that the United States wanted to be a partner that "delivers".

The full text has not yet been released. Mr Marape said it would go before Parliament and that PNG remained "friends to all and enemies to none". At the PNG University of Technology in Lae, students boycotted classes for a second day, demanding that the text be made public before it was signed.

Modi's first visit

The signing came on the same day Mr Marape co-hosted Indian Prime Minister Narendra Modi at the third summit of the Forum for India–Pacific Islands Cooperation.

Mr Modi arrived late on Sunday from the G7 summit in Hiroshima and was met on the tarmac by Mr Marape, who bent to touch his feet in a gesture of respect. PNG does not normally hold ceremonial welcomes after sunset but made an exception.

The two prime ministers held bilateral talks on Monday morning on trade, information technology, health and climate change, and Mr Modi was presented with the Companion of the Order of Logohu, PNG's highest honour. At the summit he announced a package of health and development projects for Pacific nations.

Pacific Islands Forum leaders also held a separate meeting with Mr Blinken. New Zealand Prime Minister Chris Hipkins, who is in Port Moresby for the occasion, joined that session.

Mr Modi flies to Sydney tonight for talks with Prime Minister Anthony Albanese on Wednesday, and is expected to address a large gathering of the Indian diaspora at Qudos Bank Arena. The visit is going ahead even though the Quad leaders' summit that Sydney was to host this week was scrapped after Mr Biden's withdrawal.

China's embassy in Port Moresby said in a statement that cooperation between countries "should not target any third party".

Analysts said the day showed how crowded the region had become. "Ten years ago you wouldn't have had an Indian prime minister and a US secretary of state in Port Moresby on the same day," said a researcher at the Lowy Institute.

RELATED STORIES
Biden cancels Papua New Guinea and Australia legs of trip
Quad leaders meet in Hiroshima after Sydney summit scrapped
Solomon Islands PM defends China policing deal

Topics: Papua New Guinea, United States, India, defence, Pacific

Share | Copy link"""))

A.append(dict(id="h52-05", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2023/01/12/national/politics-diplomacy/japan-britain-reciprocal-access-agreement-kishida-sunak/",
published_at="2023-01-12", body="""The Japan Times
NATIONAL > POLITICS & DIPLOMACY

Japan and Britain sign defense access pact as Kishida's G7 tour reaches London

By Kenji Morioka, Staff writer
Jan 12, 2023

LONDON – Prime Minister Fumio Kishida and British Prime Minister Rishi Sunak signed a defense agreement on Wednesday that will make it easier for their troops to train and operate on each other's soil, as Tokyo broadens its security ties beyond its alliance with the United States.

The Reciprocal Access Agreement, signed at the Tower of London, sets out the legal status of forces visiting the other country for joint exercises and disaster relief operations, including rules on entry procedures and criminal jurisdiction. Britain is the first European country to conclude such a pact with Japan, which signed a similar agreement with Australia a year ago.

Kishida described the agreement as "epoch-making" at a joint news conference, while Sunak said the two "island democracies" faced shared challenges in the Euro-Atlantic and the Indo-Pacific. The pact needs the approval of Japan's Diet and Britain's Parliament to take effect.

It builds on last month's announcement that Japan, Britain and Italy will jointly develop a next-generation fighter jet for deployment around 2035.

Two-plus-two in Washington

Hours later in Washington, Foreign Minister Yoshimasa Hayashi and Defense Minister Yasukazu Hamada held "two-plus-two" security talks with U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin.

The four ministers agreed that a U.S. Marine regiment in Okinawa will be reorganized into a more mobile littoral regiment by 2025, and confirmed that the bilateral security treaty covers attacks to, from or within space. The U.S. side welcomed Japan's new national security strategy, adopted in December, under which Tokyo plans to acquire counterstrike capabilities and raise defense spending to 2% of gross domestic product by fiscal 2027.

Hamada is also scheduled to hold separate talks with Austin at the Pentagon on Thursday, a ministry official said.

Ottawa and the White House next

Kishida flies to Ottawa on Thursday for talks with Prime Minister Justin Trudeau, then wraps up his trip in Washington, where he is scheduled to meet President Joe Biden at the White House on Friday. It will be his first visit to the White House since taking office in October 2021.

Earlier in the week he was in Paris and Rome, where he held talks with French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni; Japan and Italy agreed to upgrade their ties to a strategic partnership. Japan holds the rotating G7 presidency this year and will host the leaders' summit in Hiroshima in May.

Government sources said the prime minister hopes to use the tour to build support for a strong message on Russia's invasion of Ukraine and on nuclear disarmament ahead of the summit.

Opposition lawmakers have criticized the defense build-up, saying the government has not explained how the increase will be financed.

MOST READ
1. China suspends issuing visas in Japan over COVID-19 measures
2. Yen strengthens as BOJ policy review speculation grows
3. Tokyo Olympics bid-rigging probe widens to more firms
4. Japan to downgrade COVID-19 to same category as seasonal flu

Keywords: Fumio Kishida, Rishi Sunak, Reciprocal Access Agreement, U.K., Diplomacy, Defense

Subscribe to The Japan Times for unlimited access. Already a subscriber? Log in"""))

A.append(dict(id="h52-06", source="stripes.com",
url="https://www.stripes.com/news/pacific/uss-carl-vinson-arrives-in-vietnam-in-first-us-carrier-visit-since-war-1.515232",
published_at="2018-03-05", body="""STARS AND STRIPES
Pacific | Military | Veterans | Opinion | Photos
Subscribe | Log in

PACIFIC

USS Carl Vinson arrives in Vietnam in first US carrier visit since war

By Marcus Delaney
Published: March 5, 2018

DA NANG, Vietnam — The aircraft carrier USS Carl Vinson dropped anchor off this central coastal city on Monday, the first time a U.S. carrier has called at a Vietnamese port since the Vietnam War ended more than four decades ago.

The carrier, accompanied by the guided-missile cruiser USS Lake Champlain and the destroyer USS Wayne E. Meyer, will spend four days in Da Nang, the Navy said. More than 5,000 sailors are expected to come ashore in shifts, ferried by boat because the carrier is too large to dock at the city's port.

Rear Adm. John Fuller, commander of Carrier Strike Group 1, and U.S. Ambassador Daniel Kritenbrink were welcomed by Vietnamese navy officers and city officials on the pier. Fuller is due to call on Da Nang's leadership and on the regional naval command during the visit, according to the U.S. Embassy in Hanoi.

"This visit marks a milestone in our bilateral relations," Kritenbrink told reporters, calling it a sign of the trust built since the two former enemies normalized relations in 1995.

Sailors are scheduled to visit a center for children affected by Agent Orange, play soccer and volleyball with Vietnamese sailors and take part in a concert by the Pacific Fleet band. Vietnamese officers were invited aboard for a tour of the flight deck.

The port call was agreed in principle when Defense Secretary Jim Mattis met Defense Minister Ngo Xuan Lich in Hanoi in January, and follows President Donald Trump's state visit to the country in November, after the Asia-Pacific Economic Cooperation summit in Da Nang.

Smaller U.S. warships have made occasional calls in recent years. In 2016, the destroyer USS John S. McCain and the submarine tender USS Frank Cable stopped at Cam Ranh Bay, the first U.S. Navy vessels there in decades.

Analysts said the carrier's arrival sends a message to Beijing, which claims nearly all of the South China Sea and has built military outposts on reefs also claimed by Vietnam. Hanoi has been careful to balance its ties, and Vietnamese state media coverage of the visit was restrained.

Asked about the visit, a Chinese Foreign Ministry spokesman said normal exchanges between countries should be conducive to regional peace and stability.

"Vietnam wants the U.S. around, but it doesn't want to be seen choosing sides," said a Hanoi-based diplomat who asked not to be named.

The visit comes as the two countries near the end of a project to clean up dioxin contamination at the Da Nang airport, a former U.S. air base, and prepare a larger effort at Bien Hoa near Ho Chi Minh City.

The Carl Vinson strike group left San Diego in January for a scheduled deployment to the western Pacific.

RELATED
Vietnam's Phuc to make official visit to Australia ahead of ASEAN special summit
Navy destroyer sails near disputed Scarborough Shoal
Photos: Life aboard the Carl Vinson

Comments (38) | Share: Facebook | Twitter | Email

Stars and Stripes is an editorially independent, First Amendment protected news organization."""))

A.append(dict(id="h52-07", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/gulf/2025/09/18/saudi-arabia-and-pakistan-sign-mutual-defence-pact/",
published_at="2025-09-18", body="""The National
UAE | Gulf | MENA | World | Business | Opinion
Newsletters | Subscribe

GULF NEWS

Saudi Arabia and Pakistan sign mutual defence pact: aggression against one 'is aggression against both'

Agreement signed in Riyadh by the Crown Prince and Shehbaz Sharif comes a week after Israel's strike on Doha

Nadia Rahman
Sep 18, 2025

Saudi Arabia and Pakistan have signed a strategic mutual defence agreement under which an attack on either country will be treated as an attack on both, formalising a military relationship that stretches back decades.

Crown Prince and Prime Minister Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif signed the agreement at Al Yamamah Palace in Riyadh on Wednesday evening, during an official visit by Mr Sharif. Pakistan's army chief, Field Marshal Asim Munir, attended the ceremony alongside Saudi Defence Minister Prince Khalid bin Salman.

A joint statement carried by the Saudi Press Agency said the agreement aims to develop defence co-operation and "strengthen joint deterrence against any aggression". It did not spell out what support either side would be obliged to provide.

A senior Saudi official told reporters the pact was "the culmination of years of discussions" and not a response to any single event, and said it was "a comprehensive defensive agreement that encompasses all military means".

Saudi fighter jets escorted Mr Sharif's aircraft as it entered the kingdom's airspace, Pakistani state television showed.

The timing drew attention across the region. Israel's strike on Hamas negotiators in Doha on September 9 shook Gulf capitals that have relied on US security guarantees, and Mr Sharif was among the leaders who gathered in the Qatari capital on Monday for an emergency Arab-Islamic summit.

Asked in a television interview whether Pakistan's nuclear deterrent would extend to Saudi Arabia, Defence Minister Khawaja Asif gave an ambiguous answer, saying the country's capabilities "will be made available" under the pact before adding that nuclear weapons were not on the agenda. Officials in Riyadh declined to comment.

Pakistani troops have been stationed in Saudi Arabia for training and advisory missions since the 1960s, and a former Pakistani army chief, Gen Raheel Sharif, heads the Riyadh-based Islamic Military Counter Terrorism Coalition.

In New Delhi, Indian foreign ministry spokesman Randhir Jaiswal said the government was aware of the agreement and would "study the implications for our national security". India and Pakistan fought a four-day conflict in May.

"For Riyadh this is about diversifying," said a Gulf security analyst based in Abu Dhabi. "For Islamabad it is money, prestige and a very powerful friend."

Mr Sharif left Riyadh on Thursday for London. He is due in New York next week for the UN General Assembly, and Pakistani officials said they were seeking a meeting with President Donald Trump on the sidelines, though none had been confirmed.

MORE ON THIS
Trump says he spoke with Qatar's Emir after Doha strike
Arab and Muslim leaders in Doha call for review of ties with Israel
Explainer: What's in the Saudi-Pakistan defence agreement?

Sign up for The National's Gulf newsletter

Updated: September 18, 2025, 8:12 AM"""))

A.append(dict(id="h52-08", source="kyivindependent.com",
url="https://kyivindependent.com/sunak-signs-security-agreement-with-zelensky-in-kyiv/",
published_at="2024-01-12", body="""THE KYIV INDEPENDENT
Become a member | Support independent journalism
War | Politics | Business | Opinion | Investigations

Sunak signs 10-year security agreement with Zelensky in Kyiv, pledges 2.5 billion pounds for 2024

by Oksana Levchenko
January 12, 2024 4:51 PM
3 min read

British Prime Minister Rishi Sunak arrived in Kyiv on Jan. 12 and signed a bilateral security agreement with President Volodymyr Zelensky, the first such deal concluded under the framework agreed by the Group of Seven last summer.

Sunak also announced that the U.K. would provide 2.5 billion pounds ($3.2 billion) in military aid in the coming financial year, 200 million pounds more than in each of the past two years. Of that, 200 million pounds will go toward the production and purchase of drones, much of it in Ukraine.

The document, valid for ten years, covers intelligence sharing, cyber security, medical and military training and cooperation between defense industries. If Russia attacks Ukraine again in the future, the two sides commit to consult within 24 hours to agree on the steps needed to counter the aggression.

Zelensky said the agreement was "not just words on paper" and that if other partners followed the U.K.'s example, Russia would have fewer illusions about outlasting Ukraine's allies.

More than 30 countries have joined the G7 Joint Declaration of Support for Ukraine, announced on the sidelines of NATO's Vilnius summit in July, which provides for bilateral security commitments until Ukraine becomes a member of the Alliance. Zelensky said talks with other partners were ongoing, without naming them.

It was Sunak's second visit to Kyiv as prime minister. He came in November 2022, weeks after taking office.

The visit comes days after one of the largest Russian missile and drone attacks of the war. On Jan. 8, Russia launched more than 50 missiles and drones at cities across Ukraine, killing at least four people.

Earlier this week, Zelensky toured the Baltic states, meeting Lithuanian President Gitanas Nausėda in Vilnius on Jan. 10 and the presidents of Estonia and Latvia on Jan. 11, to discuss air defense and ammunition supplies.

Next, Zelensky will travel to Switzerland, where he is scheduled to meet Swiss President Viola Amherd in Bern on Jan. 15 before attending the World Economic Forum in Davos, his office said. National security advisers from dozens of countries are meeting in Davos on Jan. 14 to discuss Ukraine's peace formula.

Ukraine's Foreign Ministry said the U.K. agreement could serve as a template for similar documents with other allies.

Support the Kyiv Independent. We are an independent Ukrainian media outlet. We rely on our readers to keep going. Become a member

Read also: Tusk to visit Kyiv 'in coming days,' Polish officials say
Read also: Ukraine war latest: Russian forces press on Avdiivka

Most popular
1. Ukraine war latest: Kyiv hit by ballistic missiles
2. Explainer: What the Baltic defense line will look like
3. Ukraine's losses and gains on the front line in 2023

Tags: Rishi Sunak, United Kingdom, Volodymyr Zelensky, Security guarantees

Share on Facebook | Share on X"""))

A.append(dict(id="h52-09", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20240317-niger-junta-revokes-military-accord-with-united-states",
published_at="2024-03-17", body="""RFI
Africa | International | France | Science & Technology | Culture
Listen live | Podcasts | Newsletter

NIGER

Niger junta tears up military accord with US after tense Niamey visit

Issued on: 17/03/2024 - 12:14
Modified: 17/03/2024 - 14:02

Niger's military rulers have revoked "with immediate effect" an agreement governing the presence of US troops in the country, days after a high-level American delegation visited Niamey and, according to the junta, tried to dictate the country's choice of partners.

Government spokesman Colonel Amadou Abdramane announced the decision in a statement read on national television late on Saturday. He said the 2012 accord on the status of US military personnel and civilian Defense Department employees had been "unjustly imposed" and ran counter to the constitution.

The American delegation, led by Assistant Secretary of State for African Affairs Molly Phee and including Assistant Secretary of Defense Celeste Wallander and the commander of US Africa Command, General Michael Langley, spent three days in Niamey this week. It held talks with Prime Minister Ali Mahaman Lamine Zeine and other members of the government. Junta leader General Abdourahamane Tiani did not receive the visitors, according to sources in Niamey.

In his statement, Abdramane said Niger "deplores the intention of the American delegation to deny the sovereign Nigerien people the right to choose their partners". He said Washington had failed to follow diplomatic protocol by not informing Niamey of the make-up of the delegation, the date of its arrival or its agenda, and accused the visitors of a "condescending attitude".

US officials had raised concerns about Niger's ties with Russia and Iran, including unconfirmed reports that Tehran was seeking access to Niger's uranium. Niamey has denied any such deal.

A Pentagon spokeswoman, Sabrina Singh, said Washington was aware of the statement and that the delegation had held "direct and frank" discussions. She said the US was in contact with the transitional authorities and would provide updates.

About 1,000 US military personnel are based in Niger, mostly at Air Base 201 near Agadez, a drone facility built at a cost of some 110 million dollars. Operations have been largely suspended since the July coup that toppled President Mohamed Bazoum.

The junta has moved steadily towards Moscow. Zeine travelled to Russia in January, where military cooperation was on the agenda, and went on to Tehran for talks with President Ebrahim Raisi. In December, a Russian defence delegation led by Deputy Defence Minister Yunus-Bek Yevkurov visited Niamey and signed documents on strengthening military ties.

French troops completed their withdrawal in December after the junta ended defence agreements with Paris and expelled the French ambassador.

Niger, Mali and Burkina Faso, all run by military governments, announced in January that they were leaving the regional bloc ECOWAS.

"Washington hoped it could keep a foothold by staying quiet about the coup," said a Sahel researcher in Dakar. "That bet has just failed."

Read also:
Mali, Burkina Faso and Niger announce exit from ECOWAS
Niger: what future for the US drone base in Agadez?
Bazoum still detained eight months after coup

RFI uses cookies to measure audience and offer you content adapted to your interests. Accept | Refuse"""))

A.append(dict(id="h52-10", source="en.mercopress.com",
url="https://en.mercopress.com/2024/03/28/macron-and-lula-launch-third-brazilian-scorpene-submarine",
published_at="2024-03-28", body="""MercoPress, South Atlantic News Agency
Thursday, March 28th 2024 - 09:12 UTC

Macron and Lula launch third Brazilian Scorpène submarine, pledge billion-euro Amazon plan

French President Emmanuel Macron, on a three-day state visit to Brazil, joined President Luiz Inácio Lula da Silva on Wednesday at the Itaguaí naval complex in Rio de Janeiro state to launch the Tonelero, the third of four diesel-electric submarines being built under a 2008 defence partnership between the two countries.

The programme, known as PROSUB, includes the transfer of French technology and the construction of the shipyard and naval base at Itaguaí. Brazil's long-term goal is a nuclear-powered submarine, the Álvaro Alberto, and Lula used the ceremony to ask France to extend its cooperation to that project.

"Brazil does not want to be a spectator in the defence of its coast," Lula said, adding that the country had no intention of building nuclear weapons. Macron said France was ready to "open a new chapter" with Brazil on submarine propulsion, while stopping short of promising help with the reactor itself.

The visit began on Tuesday in Belém, in the Amazon state of Pará, where the two presidents toured Combu island by boat and announced a plan to mobilise one billion euros of public and private investment in the Amazon rainforest over four years. Macron presented the Kayapó chief Raoni Metuktire with the insignia of the Legion of Honour. Photographs of the two presidents holding hands drew a flurry of jokes on social media.

Macron had arrived in Belém from French Guiana, the French overseas department on Brazil's northern border, where he spent Monday meeting local officials and soldiers involved in the fight against illegal gold mining.

On Thursday, the last day of the trip, Macron is due in Brasília for official talks with Lula at the Planalto Palace. The two governments are expected to sign around twenty agreements covering defence, energy, space and the bioeconomy before a state dinner at Itamaraty Palace.

Trade remains the sore point. Speaking to business leaders in São Paulo on Wednesday evening, Macron called the EU-Mercosur trade agreement as currently negotiated "a very bad deal", citing its lack of environmental provisions, and said a new accord should be negotiated from scratch. Lula, whose government wants the agreement concluded, has urged Brussels to move faster.

Brazil holds the G20 presidency this year, and Macron is expected back in Rio de Janeiro for the leaders' summit in November.

Brazilian analysts said the visit confirmed France as one of Brazil's main defence partners, alongside the Swedish Gripen fighter programme and Italian-built frigates.

Most Read
1. Cameron visits Falklands, says sovereignty is not up for discussion
2. Milei's government cuts subsidies as inflation slows
3. Uruguay and Chile sign memorandum on green hydrogen

Share: Facebook | X | WhatsApp | Email

Comments | Please log in to comment"""))

A.append(dict(id="h52-11", source="timesofisrael.com",
url="https://www.timesofisrael.com/us-defense-secretary-austin-lands-in-israel-as-blinken-meets-abbas-in-amman/",
published_at="2023-10-13", body="""THE TIMES OF ISRAEL
Liveblog | Israel at War | Jewish Times | Opinion
Join our Community | Sign in

ISRAEL AT WAR

US Defense Secretary Austin lands in Israel as Blinken meets Abbas in Amman

Pentagon chief meets Gallant, vows weapons will keep flowing; top US diplomat heads for Qatar, then Gulf capitals

By TOI Staff and Agencies
13 October 2023, 3:38 pm

US Defense Secretary Lloyd Austin arrived in Israel on Friday, a day after Secretary of State Antony Blinken's visit, as Washington stepped up its show of support following the Hamas terror onslaught of October 7.

Austin was greeted at Ben Gurion Airport by Defense Minister Yoav Gallant and went on to meet Prime Minister Benjamin Netanyahu and the war cabinet in Tel Aviv. Speaking alongside Gallant, he said US munitions, including interceptors for the Iron Dome system, were already arriving and that more would come.

"This is not a time for neutrality or for false equivalence," Austin said. He added that the United States expected Israel to conduct its operations in line with the laws of war.

Austin declined to discuss whether US forces would be involved in efforts to free some 150 hostages held in Gaza, but said there were no plans to put American troops on the ground. The USS Gerald R. Ford carrier strike group is in the eastern Mediterranean.

Blinken in Jordan

Blinken, meanwhile, was in Amman, where he met King Abdullah II and, separately, Palestinian Authority President Mahmoud Abbas. A State Department spokesman said Blinken told Abbas that the United States supports the "legitimate aspirations" of the Palestinian people and that Hamas does not represent them. Abbas told the secretary that civilians on both sides must not be targeted and called for humanitarian corridors into Gaza, according to the official Palestinian news agency WAFA.

The secretary will fly to Doha later on Friday, then visit Bahrain, Saudi Arabia and the United Arab Emirates on Saturday, the State Department said. A stop in Egypt, where officials are discussing the opening of the Rafah crossing, was also possible.

Qatar, which hosts Hamas's political office, has been mediating on the hostages.

Iran's Foreign Minister Hossein Amir-Abdollahian, speaking in Beirut on Friday, warned of a "new front" if the bombardment of Gaza continued.

The IDF on Friday told the 1.1 million residents of northern Gaza to move south within 24 hours. The United Nations called the order impossible to carry out without "devastating humanitarian consequences".

Israel's death toll from the Hamas attack stands at more than 1,300, most of them civilians. Gaza's Hamas-run health ministry says more than 1,500 people have been killed in Israeli strikes.

Gallant, standing beside Austin, said the campaign would be long. "We will do whatever it takes," he said.

READ MORE
Liveblog: IDF says over 6,000 bombs dropped on Gaza so far
Biden speaks to families of Americans missing in Israel
Netanyahu and Gantz form emergency unity government

Join our newsletter: The Daily Edition. Email address | Sign up

Comments (87)

Help us tell Israel's story. Join The Times of Israel Community."""))

A.append(dict(id="h52-12", source="dawn.com",
url="https://www.dawn.com/news/1918762/trump-hosts-field-marshal-munir-for-lunch-at-white-house",
published_at="2025-06-19", body="""DAWN
Home | Latest | Pakistan | World | Business | Opinion | Prism
E-Paper | Dawn News TV

WORLD

Trump hosts Field Marshal Munir for lunch at White House

Anwar Iqbal | Published June 19, 2025 | Updated about 5 hours ago

WASHINGTON: President Donald Trump hosted army chief Field Marshal Asim Munir for lunch at the White House on Wednesday, in what officials described as the first time a sitting US president has received Pakistan's military chief without civilian leaders present.

The lunch, held in the Cabinet Room, lasted more than two hours, longer than the hour initially scheduled, according to the Inter-Services Public Relations (ISPR). US Secretary of State Marco Rubio and special envoy Steve Witkoff were present, along with Pakistan's National Security Adviser Lt Gen Asim Malik.

Speaking to reporters afterwards, Trump said he had wanted to thank the army chief for "not going into the war" with India last month. "Two very smart people decided not to keep going with that war," he said. He also said Pakistan knew Iran "very well, better than most", as the conflict between Israel and Iran entered its sixth day.

The ISPR said the two sides discussed trade, economic development, mines and minerals, artificial intelligence, energy and crypto, and that Field Marshal Munir appreciated President Trump's role in bringing about the ceasefire.

Modi call

The lunch came a day after Trump spoke by phone with Indian Prime Minister Narendra Modi. The two had been expected to meet on the sidelines of the G7 summit in Kananaskis, Canada, but Trump left the summit early.

Indian Foreign Secretary Vikram Misri told reporters the 35-minute call took place at Trump's request, and that Modi had told him "clearly" that the May ceasefire was discussed directly between the two militaries and not at any US mediation, and that India would never accept mediation.

Misri said Trump had asked whether Modi could stop in the United States on his way back from Canada, but that the prime minister had declined because of prior commitments. Modi instead invited Trump to travel to India for the next Quad summit, Misri said.

In Kananaskis, Modi held talks with Canadian Prime Minister Mark Carney, the first meeting of the two countries' leaders since relations collapsed in 2023. He flew on to Croatia on Wednesday.

Field Marshal Munir has been in the United States since last week, and addressed members of the Pakistani diaspora in Washington. Social media claims that he had been invited to the US Army's 250th anniversary parade were denied by the White House.

Analysts in Islamabad said the lunch was a rare diplomatic win. "It is unusual protocol, and it tells you where Washington sees the power in Pakistan," said a former ambassador.

RELATED STORIES
Modi, Carney agree to restore high commissioners
Iran-Israel conflict: Pakistan closes border crossings
Ishaq Dar speaks to Iranian counterpart Araghchi

Comments (124) | Closed

Dawn Media Group. Copyright © 2025. All rights reserved."""))
