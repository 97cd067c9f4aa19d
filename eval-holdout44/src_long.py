# Long pages (2,500-4,500 characters), h44-01 .. h44-12
A = []

A.append(dict(id="h44-01", source="thestar.com.my",
url="https://www.thestar.com.my/news/nation/2023/01/09/anwar-jokowi-agree-to-speed-up-border-talks-at-bogor-meeting",
published_at="2023-01-09", body="""This website uses cookies to improve your browsing experience. By continuing, you consent to our use of cookies. Privacy Policy | Got it

FBMKLCI 1,486.93 ▲ +9.41 | USD/MYR 4.3940 ▼ -0.0215 | SGD/MYR 3.2901 ▲ +0.0034 | CPO (RM/t) 3,912 ▼ -38 | BRENT 79.65 ▲ +0.68

Nation
Monday, 09 Jan 2023 7:18 PM MYT
By RAHIMY RAHIM and AGENCIES

Anwar, Jokowi agree to speed up border talks, protect migrant workers

Prime Minister Datuk Seri Anwar Ibrahim and President Joko Widodo inspect the guard of honour at the Bogor Presidential Palace on Monday (Jan 9). - Bernama

BOGOR: Malaysia and Indonesia have agreed to speed up the settlement of their outstanding land and maritime boundary issues, as Datuk Seri Anwar Ibrahim held his first bilateral meeting abroad as Prime Minister with President Joko Widodo here.

Anwar, who arrived in Jakarta on Sunday afternoon for a two-day official visit, was accorded a welcoming ceremony at the Bogor Presidential Palace before the two leaders sat down for a tete-a-tete followed by delegation-level talks.

"We spoke frankly, as brothers do. Pak Jokowi and I agreed that the negotiators must not be allowed to sit on these files for another ten years," Anwar told a joint press conference after the meeting, referring to the segments of the Sabah-Kalimantan border and the overlapping maritime claims in the Sulawesi Sea that remain unresolved.

Jokowi said both sides had also agreed to put into force the memorandum of understanding on the placement and protection of Indonesian domestic workers in Malaysia, including the use of a single online channel for recruitment, which Jakarta had complained was not being fully applied.

"Protection of our citizens working in Malaysia remains a priority for Indonesia. I welcome Prime Minister Anwar's commitment on this," the president said.

The two leaders also agreed to work together against what they described as discrimination against palm oil in Europe, with Anwar saying Malaysia and Indonesia, which together account for some 85% of world supply, should speak "with one voice" on the European Union's new deforestation rules.

Other subjects on the table included the relocation of Indonesia's capital to Nusantara in East Kalimantan, which Anwar said would open up opportunities for Sabah and Sarawak, and Indonesia's chairmanship of Asean this year. Both leaders said Asean's five-point consensus remained the basis for dealing with the crisis in Myanmar.

Anwar noted that Jokowi had been among the first leaders to telephone him after he was sworn in on Nov 24, and said he had chosen Indonesia for his first official visit because of the two countries' "special relationship".

He was accompanied by Foreign Minister Datuk Seri Dr Zambry Abdul Kadir and Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz. Indonesian Foreign Minister Retno Marsudi and Coordinating Minister for Economic Affairs Airlangga Hartarto were also present at the talks.

Earlier on Monday, Anwar met Indonesian business leaders at a hotel in Jakarta, where he said letters of intent worth several billion ringgit were expected to be exchanged. He also met members of the Malaysian community in Indonesia on Sunday night.

Wisma Putra said Anwar is due to make an introductory visit to Singapore later this month for talks with Prime Minister Lee Hsien Loong. An invitation to visit Thailand has also been received, although no dates have been fixed.

Anwar returns to Kuala Lumpur on Monday night.

Related News
Lee congratulates Anwar in phone call, invites him to Singapore
Zambry: Wisma Putra to review protection of Malaysian workers abroad
Palm oil prices ease ahead of Malaysian export data

Tags / Keywords: Anwar Ibrahim, Joko Widodo, Indonesia, Bogor, Border, Migrant Workers

Share this article: Facebook | Twitter | WhatsApp | Telegram | Email

Report it to us.
Copyright © 1995-2023 Star Media Group Berhad (10894D)"""))

A.append(dict(id="h44-02", source="straitstimes.com",
url="https://www.straitstimes.com/singapore/politics/singapore-malaysia-sign-js-sez-agreement-at-leaders-retreat-in-putrajaya",
published_at="2025-01-07", body="""Sign up now: Get ST's newsletters delivered to your inbox

SINGAPORE
Singapore, Malaysia seal Johor-Singapore economic zone deal at leaders' retreat

Prime Minister Lawrence Wong (left) and Malaysian Prime Minister Anwar Ibrahim at the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya on Jan 7. PHOTO: MCI

Published Jan 7, 2025, 01:55 PM
Updated Jan 7, 2025, 08:40 PM

PUTRAJAYA - Singapore and Malaysia on Jan 7 signed an agreement to set up the Johor-Singapore Special Economic Zone (JS-SEZ), as Prime Minister Lawrence Wong attended his first leaders' retreat since taking office.

Mr Wong and his Malaysian counterpart Anwar Ibrahim witnessed the signing at Seri Perdana, the Malaysian leader's official residence, shortly after a one-on-one meeting and a plenary session with ministers from both sides.

The agreement was inked by Deputy Prime Minister Gan Kim Yong, who is also Minister for Trade and Industry, and Malaysia's Economy Minister Rafizi Ramli. The two countries had signed a memorandum of understanding on the zone in January 2024.

Under the deal, the zone will span about 3,500 sq km in Johor's south and aims to attract 50 projects in its first five years and 100 projects in its first decade. Both governments will offer incentives to companies and make it easier to move goods and people across the Causeway and the Second Link, including passport-free QR code clearance for travellers.

"The JS-SEZ is not about Singapore gaining at Johor's expense or the other way around. It is about making the whole pie bigger," Mr Wong told reporters at a joint press conference.

Mr Anwar said the zone would be "a game changer" for Johor, and that he wanted the first wave of investments to be announced "within months, not years".

The two leaders also welcomed progress on the Johor Bahru-Singapore Rapid Transit System Link, which is on track to begin passenger service by the end of 2026, and said both sides would continue discussions on water supply, airspace management and maritime boundaries.

Mr Wong, who arrived in Putrajaya on the morning of Jan 7 and was given an official welcome at Perdana Putra, said he and Mr Anwar had "a very good conversation" on regional issues, including Malaysia's chairmanship of Asean this year.

The next retreat will be held in Singapore later in 2025, the two leaders said in a joint statement, with Mr Anwar expected to travel to the Republic for it.

Mr Wong was accompanied by Foreign Minister Vivian Balakrishnan, Transport Minister Chee Hong Tat and other Cabinet ministers. He returned to Singapore in the evening.

Analysts said the signing was the most concrete outcome of the retreats in recent years. "The politics on both sides are aligned right now, and that is not always the case," said one Singapore-based economist, who noted that land and labour costs in Johor were a fraction of those in Singapore.

Some Johor residents have voiced concern that the zone could push up property prices and the cost of living in the state. Mr Anwar said the state and federal governments would put safeguards in place.

The leaders' retreat is an annual meeting between the prime ministers of the two countries. The last one was held in Singapore in October 2023, with Senior Minister Lee Hsien Loong as the host.

Join ST's WhatsApp Channel and get the latest news and must-reads.

Read next
Tharman to make state visit to India from Jan 14, says Istana
RTS Link: Trial runs on track for end-2025, says LTA
Johor property agents report jump in enquiries after zone announcement

Topics: Malaysia-Singapore relations | Lawrence Wong | Anwar Ibrahim | JS-SEZ

Share this article
Gift this article"""))

A.append(dict(id="h44-03", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/prabowo-xi-jinping-beijing-visit-indonesia-china-joint-statement-4741116",
published_at="2024-11-11", body="""Get the CNA app | Follow CNA on WhatsApp

Asia

Prabowo pledges closer ties with China on first overseas trip as president, joint statement raises questions

Indonesian President Prabowo Subianto and Chinese President Xi Jinping during a welcoming ceremony at the Great Hall of the People in Beijing on Nov 9, 2024. (Photo: AFP)

11 Nov 2024 09:02AM (Updated: 11 Nov 2024 03:45PM)
Bookmark | Share

BEIJING: Indonesian President Prabowo Subianto on Saturday (Nov 9) held talks with Chinese President Xi Jinping in Beijing, the first stop on a marathon overseas tour that will also take him to the United States, Peru and Brazil.

Mr Prabowo, who took office on Oct 20, landed in the Chinese capital on Friday evening. He was given a ceremonial welcome at the Great Hall of the People before the two leaders held talks and attended a state banquet.

"China is a great civilisation and a very important partner for Indonesia," Mr Prabowo told Mr Xi at the start of their meeting, according to a video released by the presidential palace. He said Indonesia wanted to continue the good relations built under his predecessor Joko Widodo.

Mr Xi said the two countries should deepen cooperation in areas including the new energy, digital economy and maritime sectors, Chinese state broadcaster CCTV reported.

The two leaders witnessed the exchange of cooperation documents covering areas such as water resources, mining and the green economy. Indonesian officials said business deals worth about US$10 billion were also concluded on the sidelines of the visit.

Mr Prabowo also met Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee. He had visited Beijing in April as president-elect, shortly after his election victory was confirmed.

The visit has drawn attention over a line in the joint statement released after the talks, which said the two sides had reached "important common understanding on joint development in areas of overlapping claims".

Indonesia has long maintained that it is not a claimant in the South China Sea disputes and that it has no overlapping claims with China, whose so-called nine-dash line intrudes into Indonesia's exclusive economic zone north of the Natuna Islands.

Several analysts said the wording could be read as a tacit acceptance of Beijing's claims. "This is a significant departure from Indonesia's long-standing position," said one Jakarta-based maritime law expert.

Indonesia's foreign ministry said in a statement on Monday that the cooperation "does not imply recognition" of the nine-dash line and that Indonesia's position on its maritime rights was unchanged.

Mr Prabowo left Beijing on Sunday for Washington, where he is scheduled to meet US President Joe Biden at the White House on Tuesday. He will then fly to Lima for the Asia-Pacific Economic Cooperation leaders' meeting and on to Rio de Janeiro for the G20 summit.

Officials who declined to be named said the trip could also include stops in Britain and the Middle East, though no schedule has been released.

Mr Prabowo has pledged a "good neighbour" foreign policy and has said Indonesia will remain non-aligned, while seeking investment for his goal of 8 per cent economic growth.

The former defence minister is accompanied by Foreign Minister Sugiono, Finance Minister Sri Mulyani Indrawati and several other ministers.

Source: Agencies/CNA/kg

Recommended
Commentary: Prabowo's foreign policy will be shaped by personal diplomacy
Indonesia joins BRICS as partner country? Jakarta says still studying
Malaysia, Indonesia to set up joint committee on border security

Also worth reading
Singapore households to get more CDC vouchers in January
Newsletter: Get our pick of top stories and thought-provoking articles in your inbox

Copyright© Mediacorp 2024. Mediacorp Pte Ltd. All rights reserved."""))

A.append(dict(id="h44-04", source="newsinfo.inquirer.net",
url="https://newsinfo.inquirer.net/1712438/marcos-xi-agree-on-direct-line-for-west-philippine-sea-concerns-14-deals-signed",
published_at="2023-01-05", body="""Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.

Marcos, Xi agree on direct line for West PH Sea concerns; 14 deals signed

By: Nestor Corrales - Reporter / @NCorralesINQ
INQUIRER.net / 01:15 AM January 05, 2023

BEIJING, China — President Ferdinand Marcos Jr. and Chinese President Xi Jinping agreed on Wednesday to handle their disputes in the West Philippine Sea through "friendly consultations" and to set up a direct communication line between their foreign ministries, as the two leaders witnessed the signing of 14 bilateral agreements here.

Mr. Marcos, who is on a three-day state visit to China that started on Tuesday, met Xi at the Great Hall of the People in the afternoon. The two leaders first held talks on the sidelines of the Asia-Pacific Economic Cooperation summit in Bangkok in November.

In a statement issued after the meeting, Malacañang said the two leaders "had a friendly and candid exchange of views" on the maritime issue and agreed that it "does not define the entirety of relations" between the two countries.

"We agreed to manage our differences properly and to continue to explore cooperation in areas such as oil and gas development," Mr. Marcos said in a video message.

Among the agreements signed were a memorandum of understanding between the Department of Foreign Affairs and the Chinese foreign ministry on a direct communication mechanism on maritime issues, a deal on exports of Philippine durian to China, and pacts on e-commerce, tourism, agricultural cooperation, and development assistance for two bridges in Metro Manila.

The President also met outgoing Premier Li Keqiang and National People's Congress chair Li Zhanshu, and was set to meet Chinese business leaders on Thursday before flying home.

Trade Secretary Alfredo Pascual said the visit yielded investment pledges amounting to $22.8 billion, covering renewable energy, electric vehicles and agriculture.

Fishermen's groups, however, said the President should have pressed Beijing harder on the harassment of Filipino fishermen near Ayungin Shoal and Panatag Shoal.

"A direct line is only useful if someone on the other end picks up," said a spokesperson for the fisherfolk group Pamalakaya in Manila.

Mr. Marcos has pursued what he calls an independent foreign policy, seeking good ties with both Washington and Beijing. He has said the Philippines is "a friend to all and an enemy to none."

After China, the President is scheduled to attend the World Economic Forum in Davos, Switzerland, later this month. The Department of Foreign Affairs has also said that he will make an official visit to Japan in February, where he is expected to meet Prime Minister Fumio Kishida.

READ: Marcos leaves for China state visit, brings up fishermen's plight
READ: Durian exporters see P1-B boost from China deal

For feedback, complaints, or inquiries, contact us.

TAGS: China, Ferdinand Marcos Jr., state visit, West Philippine Sea, Xi Jinping

Read Next
EDITORS' PICK
MOST READ
Don't miss out on the latest news and information.
Subscribe to INQUIRER PLUS"""))

A.append(dict(id="h44-05", source="bangkokpost.com",
url="https://www.bangkokpost.com/thailand/politics/3077001/thailand-cambodia-agree-to-ceasefire-after-putrajaya-talks",
published_at="2025-07-29", body="""SET 1,215.43 ▲ +8.12 | USD/THB 32.42 ▼ -0.06 | GOLD (Bt/baht wt) 51,850 ▲ +150

Download the Bangkok Post app | Sign in | Subscribe

POLITICS
Thailand, Cambodia agree to 'immediate and unconditional' ceasefire

PUBLISHED : 29 Jul 2025 at 05:00
NEWSPAPER SECTION: News
WRITER: Online Reporters

Acting Prime Minister Phumtham Wechayachai (left), Malaysian Prime Minister Anwar Ibrahim (centre) and Cambodian Prime Minister Hun Manet shake hands after their meeting in Putrajaya on Monday. (Photo: Reuters)

Thailand and Cambodia agreed to an "immediate and unconditional" ceasefire from midnight on Monday after talks in Malaysia, in an effort to end five days of fighting along their border that has left more than 35 people dead and forced over 260,000 to flee their homes.

Acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet met at the official residence of Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Monday afternoon, in a meeting chaired by Mr Anwar as the current Asean chair.

The ambassadors of the United States and China to Malaysia attended the talks as observers.

"This is a first, vital step towards de-escalation and the restoration of peace and security," Mr Anwar told reporters after the two-hour meeting, with both leaders standing beside him.

Mr Hun Manet said the talks had gone "very well" and that he hoped the fighting would stop at once. Mr Phumtham said Thailand would honour the truce but that it needed to see "sincerity" from the Cambodian side.

Under the arrangement, regional army commanders from both countries will meet at 7am on Tuesday, and a meeting of the General Border Committee, which brings together the two defence ministers, will be held on Aug 4. Malaysia will coordinate an Asean observer team to monitor the ceasefire.

The talks came after US President Donald Trump said on Saturday that he had spoken by telephone with Mr Phumtham and Mr Hun Manet and warned both that Washington would not continue trade negotiations with either country while the fighting went on.

"They have agreed to immediately meet and quickly work out a Ceasefire and, ultimately, PEACE!" Mr Trump wrote on social media after the calls.

US Secretary of State Marco Rubio also spoke with the Thai and Cambodian foreign ministers over the weekend, the State Department said.

Clashes erupted on July 24 near the Ta Muen Thom temple in Surin province, after a landmine blast injured Thai soldiers on patrol the day before. Both sides have accused the other of firing first. Thailand has used F-16 fighter jets against military targets across the border, while Cambodia has fired BM-21 rockets into Thai territory.

The border dispute had already plunged Thai politics into turmoil. Prime Minister Paetongtarn Shinawatra was suspended from duty by the Constitutional Court on July 1 after the leak of a telephone conversation she held with former Cambodian leader Hun Sen in mid-June, in which she called him "uncle" and criticised a Thai army commander.

Thai security officials said on Tuesday morning that sporadic gunfire had been reported in some areas after midnight, but that the situation had calmed by dawn.

Mr Phumtham, who is also defence minister, flew back to Bangkok on Monday night. He said the government would continue to seek the release of Thai soldiers held by Cambodia, while the Foreign Ministry said it would keep the international community informed.

Thailand has insisted that the dispute be solved bilaterally, while Cambodia has asked the International Court of Justice to rule on four disputed temple areas.

MOST READ
1 Ceasefire holds along border, says army
2 Evacuees told not to return home yet
3 Baht firms as investors welcome truce
4 Rubio speaks with Thai, Cambodian foreign ministers
5 Hun Sen's leaked call: what was said

Topics: Thailand-Cambodia border, ceasefire, Phumtham Wechayachai, Hun Manet, Anwar Ibrahim, Donald Trump

Share: Facebook | X | LINE

© 2025 Bangkok Post Public Company Limited. All rights reserved."""))

A.append(dict(id="h44-06", source="thejakartapost.com",
url="https://www.thejakartapost.com/indonesia/2022/06/30/jokowi-meets-zelensky-in-kyiv-heads-to-moscow-for-talks-with-putin.html",
published_at="2022-06-30", body="""TheJakartaPost
Please Update your browser

Your browser is out of date, and may not be compatible with our website.

Jokowi meets Zelensky in Kyiv, heads to Moscow for talks with Putin

The President, who holds the Group of 20 presidency this year, is the first Asian leader to visit Ukraine since the Russian invasion began in February.

Yvette Tanamal (The Jakarta Post)
Jakarta
Thu, June 30, 2022
Share This Article
Change Size

President Joko "Jokowi" Widodo met his Ukrainian counterpart Volodymyr Zelensky in Kyiv on Wednesday, offering to carry a message to Moscow as he embarked on a mission to help end a war that has disrupted food and fertilizer supplies around the world.

Jokowi and First Lady Iriana travelled for about 11 hours by train overnight from the Polish border town of Przemyśl, after flying in from Germany, where he had been among the guests of the Group of Seven summit at Schloss Elmau.

Upon arrival in Kyiv, the President visited Irpin, a town on the capital's outskirts that was heavily damaged in the early weeks of the war, and a residential complex struck by Russian shelling, before being received by Zelensky at the Mariinsky Palace.

"I have offered to be a bridge of communication between the two leaders," Jokowi told reporters after the talks, saying he had conveyed his concern about the impact of the war on developing countries, especially through rising food prices.

"The spirit of peace must never fade. War must be stopped, and the global food supply chain must be reactivated," he said.

Zelensky said he had thanked Jokowi for his visit and for Indonesia's position on the territorial integrity of Ukraine. He also said he would consider the President's invitation to attend the G20 Leaders' Summit in Bali in November, although he noted that his participation would depend on the security situation.

Jokowi was scheduled to fly to Moscow on Thursday for a meeting with President Vladimir Putin at the Kremlin. The Kremlin confirmed on Wednesday that the two leaders would discuss bilateral ties and the global food situation.

The President will then travel to Abu Dhabi on Friday to meet the president of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, before returning home.

Foreign Minister Retno LP Marsudi said the trip was aimed at helping to reopen grain exports from Ukraine and fertilizer exports from Russia. "Food and fertilizer are a matter of life and death for many developing countries," she said.

Retno said the President had informed several G7 leaders of his plan to visit Kyiv and Moscow while he was in Germany earlier this week.

The visit has drawn mixed reactions at home. Some lawmakers praised the President for taking a risk for peace, while several analysts cautioned against expecting a breakthrough.

"It is good for Indonesia's image as G20 chair, but Putin and Zelensky are not going to stop fighting because Jokowi asked them to," said an international relations lecturer at a university in Jakarta.

Western countries have pushed Indonesia to exclude Russia from the G20 meetings, while Jakarta has insisted on inviting all members.

Topics : Joko Widodo, Ukraine, Russia, Volodymyr Zelensky, Vladimir Putin, G20, war in Ukraine

Related Articles
Analysis: Can Jokowi's peace mission succeed?
G20 finance chiefs split over Russia at Bali meeting
Indonesia pushes for wheat import diversification

Your Opinion Matters: Share your experiences, suggestions, and any issues you've encountered on The Jakarta Post."""))

A.append(dict(id="h44-07", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/vietnam-us-upgrade-ties-to-comprehensive-strategic-partnership-4651011.html",
published_at="2023-09-11", body="""VnExpress International
Latest news | Business | Travel | Life | World | Perspectives

Monday, 11/9/2023 | 16:05 GMT+7

Vietnam, US lift ties to comprehensive strategic partnership during Biden visit

By Viet Anh, Vu Anh

Vietnam and the U.S. have upgraded their relations to a comprehensive strategic partnership, the highest level in Vietnam's diplomatic ranking, skipping one tier in a single move.

Party General Secretary Nguyen Phu Trong and U.S. President Joe Biden announced the decision at the Communist Party's headquarters in Hanoi on Sunday afternoon, hours after Biden landed at Noi Bai International Airport on Air Force One from New Delhi, where he had attended the G20 summit.

"Vietnam and the U.S. have come a long way, from adversaries to partners," Biden said at a press event after the talks. "This is a critical moment for us to deepen our cooperation."

Trong, 79, said the new framework would "open a new chapter" in the relationship, based on respect for each other's independence, sovereignty and territorial integrity and political institutions.

The joint statement released after the talks covers cooperation in areas including science and technology, semiconductors, critical minerals, climate change, education, and the handling of war legacies.

On Monday morning, Biden was received at the Presidential Palace by State President Vo Van Thuong. He also met Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue, and attended a business forum on innovation and investment with the prime minister.

Several commercial deals were announced during the visit, including a $7.8 billion order by Vietnam Airlines for 50 Boeing 737 Max aircraft, and investments by U.S. technology firms in semiconductor design and testing in Vietnam.

This is the first visit by a sitting U.S. president to Vietnam since Donald Trump's trip in 2019, and comes ten years after the two countries set up a comprehensive partnership in 2013.

Biden paid tribute to the late Senator John McCain at a memorial by Truc Bach Lake before leaving Hanoi for Anchorage, Alaska, on Monday evening.

The U.S. is Vietnam's largest export market, with bilateral trade reaching $123 billion last year.

Analysts said Hanoi was careful to balance the upgrade against its relations with Beijing, its largest trading partner. Vietnamese state media have reported that Chinese President Xi Jinping could visit Vietnam before the end of the year, though neither side has confirmed any plan.

Chinh is expected to travel to New York later this month for the United Nations General Assembly, where he will also meet U.S. business leaders.

Vietnam already has comprehensive strategic partnerships with China, Russia, India and South Korea.

Biden's trip is part of a wider U.S. effort to strengthen ties with Asian partners in the face of China's growing influence. Chinese foreign ministry spokeswoman Mao Ning said last week that Beijing hoped the U.S. would "respect the will of regional countries".

Tags: Vietnam-US relations, Joe Biden, Nguyen Phu Trong, comprehensive strategic partnership

Readers' comments (12)
Share: Facebook | Twitter | Email

Most Viewed
Hanoi traffic police reroute streets for Biden motorcade
Vietnam Airlines, Boeing sign $7.8B deal
Typhoon expected to hit northern Vietnam this week

Subscribe to our newsletter | Download VnExpress International app
© Copyright 1997-2023 VnExpress.net, All rights reserved."""))

A.append(dict(id="h44-08", source="malaymail.com",
url="https://www.malaymail.com/news/malaysia/2025/04/16/xi-anwar-witness-31-pacts-as-chinas-leader-wraps-up-malaysia-leg/173215",
published_at="2025-04-16", body="""Malay Mail
Malaysia | Money | World | Life | Showbiz | Sports | Opinion

Follow us on Telegram and WhatsApp for the latest updates.

Xi, Anwar witness 31 pacts as Chinese leader calls for Asia to stand together against 'unilateral bullying'

Wednesday, 16 Apr 2025 7:44 PM MYT
BY ZAHRATULHAYAT MAT ARIF AND KEVIN HAN

Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping at the official welcoming ceremony at Perdana Putra, Putrajaya, April 16, 2025. - Bernama pic

PUTRAJAYA, April 16 - Malaysia and China today exchanged 31 memoranda and agreements covering areas from the digital economy and artificial intelligence to railways and the conservation of giant pandas, as Chinese President Xi Jinping held talks with Prime Minister Datuk Seri Anwar Ibrahim here.

Xi, who is on a three-day state visit at the invitation of His Majesty Sultan Ibrahim, King of Malaysia, was accorded an official welcome at Perdana Putra this morning before the delegation-level talks.

The Chinese leader arrived at the Bunga Raya Complex of the Kuala Lumpur International Airport on Tuesday evening after a two-day stop in Hanoi, and was received at Istana Negara with a state welcoming ceremony earlier this morning. His Majesty is also hosting a state banquet in Xi's honour tonight.

At a joint press appearance, Anwar said Malaysia would "not be dictated to" by any power and that it valued China as a "true friend and partner" that had stood with the region during difficult times.

"We reject the notion that we must choose between East and West. Malaysia's choice is to be a friend to all," Anwar said.

Xi said the two countries should "jointly oppose unilateral bullying" and protect the multilateral trading system, in remarks widely seen as directed at sweeping tariffs announced by United States President Donald Trump earlier this month.

Among the documents exchanged were agreements on the East Coast Rail Link, mutual visa exemption for ordinary passport holders, cooperation in AI and the digital economy, agricultural exports, and an extension of the giant panda conservation programme.

The two sides also issued a joint statement on building a high-level strategic China-Malaysia community with a shared future.

It is Xi's first visit to Malaysia since 2013. Anwar has visited China three times since becoming prime minister in November 2022.

Xi will leave for Phnom Penh tomorrow on the last leg of his Southeast Asian tour, where he is expected to meet King Norodom Sihamoni and Prime Minister Hun Manet.

Anwar, who chairs Asean this year, said he had briefed Xi on the bloc's efforts to conclude the code of conduct in the South China Sea, and stressed that differences should be resolved through dialogue.

China has been Malaysia's largest trading partner for 16 consecutive years, with bilateral trade reaching US$212 billion last year.

Economists said the visit sent a signal that Southeast Asia would keep its doors open to Chinese trade and investment, even as Washington seeks to limit the rerouting of Chinese goods through the region.

"The optics are very strong, but the real test is whether investments materialise on the ground," said a Kuala Lumpur-based economist.

Related Articles
Fahmi: Xi visit a recognition of Malaysia's neutral stance
Anwar to lead Asean push on tariffs at May summit
Ringgit firms against US dollar as Xi visit lifts sentiment

Most Read
Civil servants' salary adjustment takes effect in December
Sultan Ibrahim: Malaysia welcomes Chinese investment in high-tech sectors

Subscribe to our newsletter
Copyright © 2025 Malay Mail. All rights reserved."""))

A.append(dict(id="h44-09", source="news.abs-cbn.com",
url="https://news.abs-cbn.com/news/09/06/16/obama-calls-off-duterte-meeting-meets-south-koreas-park-instead",
published_at="2016-09-06", body="""ABS-CBN News
News | Business | Entertainment | Life | Sports | Overseas | Spotlight

Obama calls off Duterte meeting, meets South Korea's Park instead

ABS-CBN News
Posted at Sep 06 2016 04:52 PM | Updated as of Sep 06 2016 09:10 PM

VIENTIANE, Laos - US President Barack Obama on Tuesday met South Korean President Park Geun-hye on the sidelines of the ASEAN summits here, in the time slot originally reserved for his first meeting with President Rodrigo Duterte.

The White House called off the Obama-Duterte meeting on Monday night, hours after Duterte, speaking to reporters in Davao before leaving for Laos, used an expletive while warning Obama not to lecture him about extrajudicial killings in his war on drugs.

"Clearly, he's a colorful guy," Obama told reporters in Hangzhou, China, where he had attended the G20 summit and held talks with President Xi Jinping over the weekend.

Obama and Park discussed North Korea's latest ballistic missile launches and agreed to tighten sanctions against Pyongyang, the South Korean presidential office said.

Duterte, in a statement issued by Malacañang on Tuesday morning, said he "regrets" that his remarks "came across as a personal attack on the US President."

Foreign Affairs Secretary Perfecto Yasay Jr. said the two leaders could still meet "at a later date" and that relations between the two allies remained strong. The White House said only that there were no plans for the meeting to be rescheduled during the trip.

Obama arrived in Vientiane on Monday night, the first sitting US president to visit Laos. On Tuesday he held talks with Lao President Bounnhang Vorachith at the Presidential Palace, and announced that Washington would double its funding for clearing unexploded bombs dropped during the Vietnam War, to $90 million over three years.

"Given our history here, the United States has a moral obligation to help Laos heal," Obama said in a speech in the capital.

Duterte, who is attending his first ASEAN summit, arrived in Vientiane on Tuesday afternoon. Presidential spokesperson Ernesto Abella said the President would meet Japanese Prime Minister Shinzo Abe on Wednesday, and was also scheduled to attend the East Asia Summit, where Obama is also expected.

Philippine officials had hoped to use the Obama meeting to discuss the July ruling of the arbitral tribunal in The Hague, which invalidated China's expansive claims in the South China Sea.

At a gathering of Filipinos in Vientiane on Tuesday night, Duterte again defended his anti-drug campaign, saying he would not allow other countries to interfere in the Philippines' internal affairs.

The Philippine peso was little changed on Tuesday at 46.50 to the dollar.

Related
Yasay: PH-US ties 'not affected' by cancelled meeting
Duterte curses Obama: What he said
Cayetano defends Duterte remarks

Tags: Duterte, Obama, ASEAN Summit, Laos, Park Geun-hye

Share on Facebook | Twitter | Google+
0 Comments

Copyright 2016 ABS-CBN Corporation"""))

A.append(dict(id="h44-10", source="freemalaysiatoday.com",
url="https://www.freemalaysiatoday.com/category/nation/2025/10/26/trump-lands-in-kl-witnesses-thai-cambodian-peace-accord/",
published_at="2025-10-26", body="""FMT | Nation | Business | World | Opinion | Lifestyle | Sports | Berita | Bahasa

Free Malaysia Today uses cookies to give you the best experience. Accept | Decline

Trump lands in KL, witnesses Thai-Cambodian peace accord and seals trade deals

FMT Reporters
-
October 26, 2025 9:45 PM

US President Donald Trump (second from right) and Prime Minister Anwar Ibrahim with Cambodian Prime Minister Hun Manet (left) and Thai Prime Minister Anutin Charnvirakul at the signing ceremony at the Kuala Lumpur Convention Centre. (Bernama pic)

KUALA LUMPUR: US President Donald Trump arrived here this morning for the Asean summit, and within hours had overseen a peace accord between Thailand and Cambodia and signed a trade agreement with Malaysia.

Air Force One touched down at the Kuala Lumpur International Airport at about 10am, where Trump was received by Prime Minister Anwar Ibrahim. Trump danced briefly with a traditional troupe on the tarmac before the two leaders travelled together in the presidential limousine.

At the Kuala Lumpur Convention Centre, Cambodian Prime Minister Hun Manet and Thai Prime Minister Anutin Charnvirakul signed the Kuala Lumpur Peace Accord, a joint declaration that builds on the ceasefire reached in Putrajaya in July after deadly border clashes. Trump and Anwar signed as witnesses.

Under the accord, Thailand will release 18 Cambodian soldiers it has held since the fighting, and both sides will begin withdrawing heavy weapons from the border area under the watch of Asean observers.

"We did something that a lot of people said couldn't be done," Trump said at the ceremony.

Anutin had been expected to skip the summit following the death of Queen Mother Sirikit on Friday, but decided to fly in for the signing and return to Bangkok the same day.

After the ceremony, Trump and Hun Manet signed a reciprocal trade agreement between the US and Cambodia. The US also signed a memorandum on critical minerals with Thailand, while frameworks for reciprocal trade agreements with Thailand and Vietnam were announced.

Trump then held a bilateral meeting with Anwar, after which the two leaders signed the Malaysia-US Agreement on Reciprocal Trade and a memorandum of understanding on critical minerals.

Investment, Trade and Industry Minister Tengku Zafrul Aziz said the agreement would keep US tariffs on most Malaysian exports at 19%, with exemptions for some products.

In the afternoon, Trump met Brazilian President Luiz Inacio Lula da Silva on the sidelines of the summit, their first formal talks since Washington imposed tariffs of 50% on many Brazilian goods. Lula said afterwards that their teams would meet immediately to work on a solution.

Meanwhile, US Treasury Secretary Scott Bessent and Chinese Vice-Premier He Lifeng wrapped up two days of trade talks in Kuala Lumpur, with Bessent saying they had laid the groundwork for a meeting between Trump and Chinese President Xi Jinping in South Korea on Thursday.

Trump, who also attended the Asean-US summit, leaves for Tokyo tomorrow to meet Japan's new prime minister Sanae Takaichi. He will then travel to South Korea for the Apec summit in Gyeongju, where he is also due to hold talks with President Lee Jae-myung.

Asked whether he would try to meet North Korean leader Kim Jong Un while on the Korean peninsula, Trump said he would be "open to it".

Timor-Leste was formally admitted as Asean's 11th member today, at a ceremony attended by Prime Minister Xanana Gusmao.

Anwar described the day as "historic" for the region. "Asean has shown it can bring peace to its own neighbourhood," he said.

Opposition leaders have criticised the trade deal, saying it gives too much to Washington. Anwar said the full text would be made public.

Stay current - Follow FMT on WhatsApp, Google news and Telegram

Related
Protesters gather near US embassy as Trump arrives
Ringgit, stocks rise on trade deal optimism
Timor-Leste flag raised at Asean secretariat

Subscribe to our newsletter and get news delivered to your mailbox.

Tags: Asean Summit 2025, Donald Trump, Anwar Ibrahim, Thailand, Cambodia, Trade"""))

A.append(dict(id="h44-11", source="todayonline.com",
url="https://www.todayonline.com/singapore/zelensky-shangri-la-dialogue-china-peace-summit-2434871",
published_at="2024-06-02", body="""TODAY
Singapore | World | Big Read | Voices | Gen Y Speaks | 8 Days

Zelensky accuses China of helping Russia undermine peace summit, meets leaders on Shangri-La Dialogue sidelines

By TODAY
Published June 2, 2024
Updated June 2, 2024

Ukrainian President Volodymyr Zelensky speaks at the IISS Shangri-La Dialogue in Singapore on June 2, 2024. Photo: Reuters

SINGAPORE - Ukrainian President Volodymyr Zelensky on Sunday (June 2) accused China of helping Russia to disrupt an upcoming peace summit in Switzerland by pressuring other countries not to attend, in a rare direct criticism of Beijing.

Speaking at the final plenary session of the Shangri-La Dialogue, Asia's top security forum, Mr Zelensky said Russia was "using Chinese influence in the region, using also Chinese diplomats" to persuade countries to stay away from the meeting in mid-June.

Mr Zelensky arrived in Singapore on Saturday on an unannounced visit, his second trip to Asia since Russia's full-scale invasion in 2022.

On Sunday, he called on President Tharman Shanmugaratnam at the Istana and met Prime Minister Lawrence Wong, in Mr Wong's first month in office. The two leaders witnessed the signing of an air services agreement between Singapore and Ukraine, the Ministry of Foreign Affairs said.

On the sidelines of the forum, Mr Zelensky met US Defense Secretary Lloyd Austin, who was accompanied by officials from the Pentagon, to discuss the battlefield situation and US military aid.

He also held talks with Indonesian Defence Minister and president-elect Prabowo Subianto, and with Timor-Leste's President Jose Ramos-Horta, who Mr Zelensky said had agreed to attend the Swiss summit. "I am grateful to every leader who supports our peace formula," he wrote on social media.

China has said it will not attend the meeting, at the Burgenstock resort near Lucerne on June 15 and 16, because Russia has not been invited.

Mr Austin, meanwhile, met Chinese Defence Minister Dong Jun on Friday for more than an hour, the first face-to-face talks between the two countries' defence chiefs in 18 months. Both sides described the meeting as constructive, although Admiral Dong warned in his own speech on Sunday that China would take "resolute action" against any move towards Taiwan independence.

Mr Zelensky said he would head to Italy for the Group of Seven summit later in June, where he hoped to secure further support for Ukraine's air defences.

Security was tight around the Shangri-La Hotel, with some roads closed to traffic on Saturday night.

The annual forum, organised by the International Institute for Strategic Studies, drew defence ministers and officials from over 40 countries this year. Russia has not sent a delegation since its invasion of Ukraine.

Philippine President Ferdinand Marcos Jr delivered the keynote address on Friday, warning that the death of any Filipino in the South China Sea caused by wilful action would be "very close" to an act of war.

Mr Zelensky last addressed the forum in 2022, by video link.

Related topics: Shangri-La Dialogue, Ukraine, Volodymyr Zelensky, China

Read more
PM Wong meets Philippine President Marcos, discusses digital economy and renewable energy
Commentary: The Shangri-La Dialogue shows how far US-China defence ties have fallen
How to get around the road closures this weekend

Download the TODAY app | Subscribe to our newsletter | Follow us on Instagram"""))

A.append(dict(id="h44-12", source="irrawaddy.com",
url="https://www.irrawaddy.com/news/myanmar-china-watch/junta-boss-courts-xi-modi-in-tianjin-as-sham-election-nears.html",
published_at="2025-08-31", body="""The Irrawaddy
Burma | Asia | Opinion | In Person | Business | Specials | Myanmar-China Watch

Donate to The Irrawaddy: Help us keep independent journalism alive in Myanmar. Donate Now

Junta Boss Courts Xi, Modi in Tianjin as Sham Election Nears

By The Irrawaddy
31 August 2025

Myanmar junta chief Min Aung Hlaing shakes hands with Chinese President Xi Jinping in Tianjin on Saturday. / Xinhua

Myanmar's junta chief Min Aung Hlaing met Chinese President Xi Jinping on Saturday in the northern port city of Tianjin, where he is attending a summit of the Shanghai Cooperation Organization (SCO), as the regime seeks support for its planned election in December.

Min Aung Hlaing, who styles himself acting president, arrived in Tianjin on Friday. He and Xi last met in Moscow in May, when both attended Russia's Victory Day parade.

According to Chinese state media, Xi said Beijing supports Myanmar in "fostering broad political unity" and restoring stability, and called for progress on key projects in the China-Myanmar Economic Corridor and for the safety of Chinese personnel and projects in Myanmar to be ensured.

Regime media said Min Aung Hlaing thanked China for its help after the March earthquake and for what he called its "constructive role" in the north, where Beijing brokered ceasefires between the military and ethnic armed groups, and reaffirmed the regime's commitment to the one-China principle.

On Sunday, the junta boss held a separate meeting with Indian Prime Minister Narendra Modi on the sidelines of the summit. Modi's office said the two leaders discussed trade, border management, defence and development projects, and that India hoped the election would be "fair and inclusive." The two last met at the BIMSTEC summit in Bangkok in April.

Xi's other meetings on Saturday included sessions with Cambodian Prime Minister Hun Manet and Nepal's Prime Minister KP Sharma Oli.

Regime mouthpiece The Global New Light of Myanmar said Min Aung Hlaing may also meet Russian President Vladimir Putin during the trip, but no meeting had been confirmed by Sunday evening. The junta chief has visited Russia several times since the coup.

After the summit, Min Aung Hlaing will travel to Beijing to attend the Sept. 3 military parade marking the 80th anniversary of the end of World War II in Asia.

Myanmar is not a full member of the SCO but is a dialogue partner.

Critics said the meetings would be exploited at home as evidence of international recognition for the election, which is scheduled to begin on Dec. 28 and which opposition groups and Western governments have dismissed as a sham.

"Beijing wants stability on its border and the protection of its investments. It is not endorsing democracy," said a Myanmar analyst based in Chiang Mai.

The National Unity Government said in a statement that no foreign leader should "lend legitimacy to a coup leader who bombs his own people."

More than 7,000 civilians have been killed by the military since the coup, according to monitoring groups.

Topics: China, India, Min Aung Hlaing, Myanmar Election, SCO

Related Stories
Junta Confirms Min Aung Hlaing to Attend SCO Summit
Chinese Special Envoy Visits Naypyitaw Ahead of Summit
Resistance Forces Report Clashes in Sagaing Region

Subscribe to our newsletter
© 2025 The Irrawaddy"""))
