# Long pages (2,500-4,500 characters), h21-01 .. h21-12
A = []

A.append(dict(id="h21-01", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy-defence/article/2119087/xi-rolls-out-red-carpet-trump-beijing-deals-top-us250-billion",
published_at="2017-11-09", body="""SCMP | News | China | Diplomacy

Sign up for our China newsletter: the stories that matter, in your inbox every weekday | Sign up

Xi rolls out red carpet for Trump in Beijing as deals top US$250 billion

Both leaders talk up 'chemistry' but trade gap and North Korea remain unresolved

Published: 7:45pm, 9 Nov, 2017 | Updated: 11:02pm, 9 Nov, 2017

Chinese President Xi Jinping gave US President Donald Trump a welcome with full military honours outside the Great Hall of the People on Thursday before the two sat down for talks that Beijing billed as the centrepiece of a "state visit-plus".

Children waving Chinese and American flags lined the steps as a 21-gun salute sounded over Tiananmen Square. Trump, who landed in Beijing on Wednesday afternoon and was taken by Xi and his wife Peng Liyuan on a private tour of the Forbidden City followed by a Peking opera performance and dinner, said the reception had been "unforgettable".

Inside, the mood was warm but the substance thin. At a joint appearance where no questions were taken, Trump said the US trade deficit with China was "very one-sided and unfair", before adding: "I don't blame China. Who can blame a country for being able to take advantage of another country for the benefit of its citizens?"

Xi said the two sides had agreed to keep up high-level exchanges and that the Pacific Ocean was "big enough" to accommodate both countries. He repeated China's commitment to the denuclearisation of the Korean peninsula through dialogue.

Commerce Secretary Wilbur Ross and Vice-Premier Wang Yang attended a signing ceremony for commercial contracts and investment pledges that Chinese officials put at US$253.5 billion, including purchases of Boeing aircraft, American soybeans and liquefied natural gas from Alaska. Analysts noted that many were non-binding memorandums.

Trump's 12-day swing through Asia, the longest by an American president in a quarter of a century, began in Tokyo, where he played golf with Prime Minister Shinzo Abe, and took him on to Seoul, where he addressed the National Assembly on Wednesday morning.

On Friday he flies to Da Nang for the Apec leaders' summit. The Kremlin said a meeting between Trump and Russian President Vladimir Putin there was possible, but the White House said nothing had been fixed and that it would depend on schedules.

From Da Nang, Trump goes to Hanoi for a state visit hosted by Vietnamese President Tran Dai Quang, then on to Manila, where he is scheduled to hold talks with President Rodrigo Duterte on the sidelines of the Asean summit. The White House has not said whether he will raise Duterte's bloody drug war.

In Beijing, officials stressed the personal rapport between the two leaders, who first met at Trump's Mar-a-Lago resort in April. "The chemistry is good," Secretary of State Rex Tillerson told reporters travelling with the president.

Trump will meet Premier Li Keqiang on Friday morning before leaving for Vietnam.

Editor's picks
Hong Kong stocks hit 10-year high on Trump visit optimism
Duterte says he will tell Trump to 'lay off' on human rights
Why the Asean summit in Manila will be a test for Beijing

Most popular
1. Typhoon Damrey death toll in Vietnam rises to 89
2. Singles' Day: Alibaba braced for record sales

Topics: Donald Trump, Xi Jinping, US-China relations

Share: Facebook | Twitter | LinkedIn | Email
Copyright (c) 2017 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h21-02", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-xi-jinping-wrap-up-wuhan-informal-summit-with-boat-ride-1844011",
published_at="2018-04-28", body="""LIVE TV | Download NDTV App | Notifications: Allow | Later

India News | Press Trust of India | Updated: April 28, 2018 17:21 IST

PM Modi, Xi Jinping Wrap Up Wuhan Informal Summit With Boat Ride, Agree To Guide Militaries

The two leaders held six rounds of talks over two days with no fixed agenda and no joint statement, a format both sides said was meant to rebuild trust after last year's Doklam standoff.

WUHAN: Prime Minister Narendra Modi and Chinese President Xi Jinping ended their two-day informal summit in this central Chinese city on Saturday with a walk along the East Lake and a boat ride, after agreeing to issue "strategic guidance" to their militaries to strengthen communication and avoid incidents along the border.

"We believe that a strong India-China relationship is important for the world," Mr Modi said in his remarks, describing the talks as "heart-to-heart". President Xi, who had received the prime minister at the Hubei Provincial Museum on Friday, said the two countries should see each other as partners.

Foreign Secretary Vijay Gokhale told reporters the two leaders had agreed that India and China have the "maturity and wisdom" to handle their differences through peaceful discussion. He said they also discussed terrorism, trade imbalance and the idea of a joint economic project in Afghanistan, but there were no agreements signed because the format was informal by design.

The Chinese foreign ministry said in a separate statement that the summit had "opened a new chapter". Vice Foreign Minister Kong Xuanyou said the two sides would work on a "closer developmental partnership".

The leaders had tea at a lakeside guest house where Mao Zedong used to stay, and spoke without aides present for part of the time, officials said. Mr Modi landed in Wuhan on Thursday night.

The two leaders will meet again in June, when Mr Modi travels to the eastern port city of Qingdao for the summit of the Shanghai Cooperation Organisation, officials said. Mr Modi also invited President Xi to India for a similar informal summit next year; Beijing did not say whether he had accepted.

The summit was announced last Sunday in Beijing, where External Affairs Minister Sushma Swaraj was attending a meeting of SCO foreign ministers. Defence Minister Nirmala Sitharaman was also in China this week for an SCO defence ministers' meeting.

Relations had plunged last summer during a 73-day standoff between troops at Doklam, near the tri-junction with Bhutan. The opposition Congress asked whether the "informal" format meant that Doklam had not been raised at all. "The nation deserves to know," party spokesperson Randeep Surjewala said on Twitter.

Commerce ministry data show India's trade deficit with China was over $51 billion in 2016-17, and Indian officials said they had pressed for better market access for pharmaceuticals and IT services.

(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)

Get the latest news on election results, live updates and trending stories

Also Read
Modi To Visit Janakpur, Kathmandu Next Month: Sources
Sensex Ends Above 34,900, Nifty At 10,692
Karnataka Polls: BJP Releases Manifesto

Track Latest News Live on NDTV.com and get news updates from India and around the world

Comments | Tags: Narendra Modi, Xi Jinping, Wuhan Summit, India China"""))

A.append(dict(id="h21-03", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20210527-macron-in-kigali-recognises-france-s-responsibilities-in-rwandan-genocide",
published_at="2021-05-27", body="""RFI | Listen live | Newsletters | Africa

Macron in Kigali recognises France's 'responsibilities' in Rwandan genocide

Issued on: 27/05/2021 - 13:05 | Modified: 27/05/2021 - 18:40

French President Emmanuel Macron, standing at the Gisozi memorial in Kigali on Thursday, said he had come to "recognise our responsibilities" for the 1994 genocide of the Tutsi, stopping short of a formal apology but going further than any of his predecessors.

Text by: RFI | 4 min

Photo: Emmanuel Macron lays a wreath at the Kigali Genocide Memorial, 27 May 2021. (c) Ludovic Marin / Pool via AP

"France has a role, a history and a political responsibility in Rwanda," Macron said in the speech, delivered in front of the mass graves where more than 250,000 victims are buried. "It has a duty: that of looking history in the face and recognising the share of suffering that it inflicted on the Rwandan people by too long valuing silence over the examination of truth."

He said France had not been an accomplice but had "stood by a genocidal regime" and that only those who had survived the night could "perhaps forgive, give us the gift of forgiveness".

President Paul Kagame, who received Macron at Village Urugwiro earlier in the day before the two held a joint press conference, said the words were "more valuable than an apology". "They were the truth," he said.

It is the first visit by a French head of state to Rwanda since Nicolas Sarkozy in 2010, and follows the report by historian Vincent Duclert's commission in March that found France bore "heavy and overwhelming responsibilities" but was not complicit.

Macron announced that France would soon name an ambassador to Kigali, a post vacant since 2015, and pledged 100,000 doses of Covid-19 vaccine through the Covax scheme. He also inaugurated a French-speaking cultural centre in the capital.

Survivors' group Ibuka said it regretted the absence of a clear apology. In France, some former military officers criticised the speech as unfair to soldiers who served in Operation Turquoise.

Kagame was in Paris earlier this month for a conference on financing African economies and a summit on Sudan's transition, where Macron hosted him at the Elysee.

Macron leaves Kigali on Friday for South Africa, where he is due to hold talks with President Cyril Ramaphosa in Pretoria focused on vaccine production on the continent and on the insurgency in northern Mozambique.

The Rwanda trip, which was kept short, is part of a broader effort by the French president to reset relations with African countries, including English-speaking ones, ahead of the Africa-France summit due in Montpellier in October.

Read also
Duclert report: France 'blind' to genocide preparations
Covid-19: Africa's vaccine rollout stalls
Mozambique: Total pulls staff from Cabo Delgado gas project

Subscribe to our Africa newsletter | Download the RFI app

Tags: Rwanda, France, Emmanuel Macron, Paul Kagame, Genocide

Share on: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h21-04", source="theguardian.com",
url="https://www.theguardian.com/world/2023/feb/20/joe-biden-makes-surprise-visit-to-kyiv",
published_at="2023-02-20", body="""Skip to main content | Support the Guardian: Fund independent journalism with $5 per month | Support us

World | Ukraine | Russia | US politics

Joe Biden makes surprise visit to Kyiv days before war anniversary

US president meets Volodymyr Zelenskiy and pledges $500m in military aid in secret trip arranged under tight security

Monday 20 February 2023 14.32 GMT | Last modified on Monday 20 February 2023 19.10 GMT

Joe Biden has made an unannounced visit to Kyiv, walking the streets of the Ukrainian capital with Volodymyr Zelenskiy as air raid sirens sounded, in a show of support days before the first anniversary of Russia's full-scale invasion.

The US president arrived in the city by train early on Monday after an overnight journey from the Polish border, the White House said. He had flown out of Washington on Sunday without public notice, landing in the south-eastern Polish city of Rzeszow before transferring to the train.

Biden held talks with Zelenskiy at the Mariinskyi palace and announced a further $500m (GBP 415m) in military assistance, including artillery ammunition, Javelin missiles and howitzers. "One year later, Kyiv stands, and Ukraine stands. Democracy stands," he said.

The two leaders then walked to St Michael's Golden-Domed monastery, where Biden laid a wreath at a memorial wall for soldiers killed since 2014.

Zelenskiy called the visit "an extremely important sign of support" and said they had discussed long-range weapons, a subject on which Washington has so far hesitated.

Jake Sullivan, the US national security adviser, said Moscow had been told of the trip a few hours before Biden set off, "for deconfliction purposes". He declined to say how Russia had responded.

Biden's next stop is Warsaw, where he is scheduled to meet the Polish president, Andrzej Duda, on Tuesday and give a speech at the Royal Castle marking the anniversary. On Wednesday he will meet leaders of the Bucharest Nine group of Nato's eastern flank states before returning to Washington.

The visit is the first by a US president to a war zone not controlled by the American military in modern times. Zelenskiy travelled to Washington in December, his first trip abroad since the invasion.

In Moscow, the Kremlin declined to comment. Vladimir Putin will deliver his delayed state of the nation address on Tuesday.

China's top diplomat, Wang Yi, is due in Moscow this week after attending the Munich Security Conference, the Russian foreign ministry confirmed, amid US warnings that Beijing is considering supplying weapons to Russia. Wang has said China will set out its position on a political settlement.

Meanwhile in Kyiv, the Italian prime minister, Giorgia Meloni, is expected to visit in the coming days, Italian media reported, although her office has not confirmed any date.

Most viewed
Ukraine war live: Russia shelling kills six in Kherson
Nicola Sturgeon successor race: who are the candidates?
Turkey earthquake: fresh 6.4 tremor hits Hatay province

Topics: Joe Biden, Volodymyr Zelenskiy, Ukraine, Russia, Poland, US foreign policy

Reuse this content"""))

A.append(dict(id="h21-05", source="arabnews.com",
url="https://www.arabnews.com/node/2267076/saudi-arabia",
published_at="2023-03-10", body="""Arab News | Saudi Arabia | Middle East | World | Business

Download the Arab News app | Follow us on Google News

Saudi Arabia and Iran agree to restore ties in China-brokered deal

Embassies to reopen within two months; foreign ministers to meet to arrange exchange of ambassadors

ARAB NEWS | Updated 10 March 2023

RIYADH: Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and reopen their embassies within two months, ending a seven-year rupture, under an agreement announced in Beijing after several days of talks hosted by China.

A joint statement by the three countries said the Kingdom and Iran had agreed to respect each other's sovereignty and not to interfere in each other's internal affairs. It was signed by Dr. Musaed Al-Aiban, minister of state and national security adviser, Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Wang Yi, director of the Office of the Central Foreign Affairs Commission of the Chinese Communist Party.

The two sides also agreed to activate a security cooperation agreement signed in 2001 and a general agreement on economy, trade, investment, technology, science, culture, sports and youth signed in 1998.

According to the statement, the foreign ministers of the two countries will meet to implement the decision and to make the arrangements necessary for the exchange of ambassadors.

The Saudi delegation had been in Beijing since Monday, the Saudi Press Agency reported. The talks were held in response to an initiative by President Xi Jinping, who raised the matter with both sides, SPA said.

Riyadh thanked Iraq and the Sultanate of Oman for hosting rounds of dialogue between the two countries in 2021 and 2022, as well as the leadership and government of China for sponsoring the latest round.

Prince Faisal bin Farhan, the Saudi foreign minister, said on Twitter that the agreement reflected the Kingdom's vision of "preferring political solutions and dialogue". "The countries of the region share one fate," he wrote.

Riyadh cut ties with Tehran in January 2016 after protesters stormed Saudi diplomatic missions in Iran following the execution of Shiite cleric Nimr Al-Nimr.

The deal is a diplomatic coup for Beijing. Xi visited Riyadh in December for a series of summits with Saudi, Gulf and Arab leaders, and hosted Iranian President Ebrahim Raisi in February.

The White House said it had been kept informed by Saudi Arabia about the talks but was not directly involved. National Security Council spokesman John Kirby said Washington welcomed any effort to de-escalate tensions in the region.

Analysts cautioned that implementation would be the real test. "The hard work starts now," said a Riyadh-based researcher, citing the war in Yemen, where the Kingdom leads a coalition against the Iran-aligned Houthis.

The Gulf Cooperation Council secretary-general, Jasem Albudaiwi, welcomed the agreement, as did the UN Secretary-General Antonio Guterres.

Related
Saudi crown prince receives phone call from French president
Oil prices rise as markets weigh Gulf de-escalation
Saudi Arabia to host Arab League summit in May

Most popular
1. Riyadh Season 2023 dates announced
2. Al-Nassr extend lead at top of Roshn Saudi League

Share: Twitter | Facebook | WhatsApp | Email
(c) 2023 Arab News. All rights reserved."""))

A.append(dict(id="h21-06", source="jakartaglobe.id",
url="https://jakartaglobe.id/news/prabowo-xi-hold-talks-in-beijing-on-first-overseas-trip",
published_at="2024-11-10", body="""IDX 7,287.19 ▲ +43.66 | LQ45 903.51 ▲ +5.12 | USD/IDR 15,665 ▼ -35 | GOLD 1,497,000/g

Jakarta Globe | News | Business | Opinion | Tech

Prabowo, Xi Hold Talks in Beijing on First Overseas Trip; US, UK Next

Jakarta Globe
November 10, 2024 | 8:14 am

Beijing. President Prabowo Subianto held talks with Chinese President Xi Jinping at the Great Hall of the People on Saturday, opening a two-week foreign tour that will also take him to Washington, the Apec summit in Lima, the G20 in Rio de Janeiro and London.

Xi welcomed Prabowo with a ceremony outside the Great Hall, where the two leaders inspected a guard of honor before holding talks that Indonesian officials said lasted more than an hour and were followed by a state banquet. Prabowo, who arrived in Beijing on Friday evening, also met Premier Li Qiang and Zhao Leji, the chairman of the National People's Congress Standing Committee.

"China is not only a good friend, but also a very important partner for Indonesia," Prabowo told Xi, according to the Presidential Communication Office.

The two governments signed several memorandums of understanding on food security, water resources, the blue economy and mining, and business forums attended by both delegations produced commitments worth about $10 billion, Foreign Minister Sugiono said.

A joint statement issued after the talks drew attention for a line on the South China Sea that refers to "joint development in areas of overlapping claims". Analysts said the wording could be read as an acknowledgement of Beijing's nine-dash line, which Jakarta has never recognized. The Foreign Ministry said in a statement that the wording did not change Indonesia's position on the North Natuna Sea.

Prabowo flies next to Washington, where he is scheduled to meet President Joe Biden at the White House on Tuesday. He will then attend the Apec leaders' meeting in Peru and the G20 summit in Brazil before an official visit to the United Kingdom, where he is expected to meet Prime Minister Keir Starmer and King Charles III.

Earlier in the week, Prabowo spoke by telephone with President-elect Donald Trump to congratulate him on his election win, a video posted by the president's office showed. Trump takes office on January 20.

It is the first foreign trip since Prabowo was sworn in on October 20. As defense minister he visited China several times, including in April shortly after his election victory, when he met Xi in Beijing.

Sugiono said the president wanted to show that Indonesia would keep its "free and active" foreign policy and would not take sides between major powers. China is Indonesia's largest trading partner and one of its biggest sources of investment, particularly in nickel processing.

Read also:
Sugiono Says Brics Membership Bid Is About Cooperation, Not Blocs
Rupiah Weakens as Dollar Rallies After US Vote
Garuda Adds Flights to Chengdu, Guangzhou

Tags: Prabowo Subianto, Xi Jinping, Indonesia-China, South China Sea

Follow Jakarta Globe on WhatsApp Channel | Share: X | Facebook | LinkedIn"""))

A.append(dict(id="h21-07", source="kyivindependent.com",
url="https://kyivindependent.com/orban-arrives-in-moscow-for-talks-with-putin/",
published_at="2024-07-05", body="""Support independent journalism in Ukraine. Become a member of the Kyiv Independent community. | Join now

Kyiv Independent | War | Politics | Business | Opinion

Orban meets Putin in Moscow days after Kyiv trip, drawing EU condemnation

by Kyiv Independent news desk | July 5, 2024 6:51 PM | 4 min read

Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin at the Kremlin on July 5, a visit he called part of a "peace mission" and which EU leaders said he had undertaken without any mandate from the bloc.

Orban, whose country took over the rotating presidency of the Council of the EU on July 1, flew to Moscow in the morning accompanied by Foreign Minister Peter Szijjarto. Russian state media showed Putin greeting him in the Kremlin before talks that lasted several hours.

Putin told a joint press appearance that Russia was ready for a "complete and final" end to the war, but repeated his demand that Ukrainian troops withdraw from the four Ukrainian regions Moscow claims to have annexed, a condition Kyiv has rejected. Orban said the positions of the two sides were "very far apart" and that "the number of steps needed to end the war is large".

The visit came three days after Orban's first trip to Kyiv since the start of the full-scale invasion, where he met President Volodymyr Zelensky and urged him to consider a quick ceasefire. Ukraine's Foreign Ministry said on July 5 that the Moscow trip had not been agreed or coordinated with Kyiv. "Ukraine's position remains unchanged: no agreements about Ukraine without Ukraine," it said.

European Council President Charles Michel wrote on X that the rotating presidency "has no mandate to engage with Russia on behalf of the EU". European Commission President Ursula von der Leyen said appeasement would not stop Putin.

Several EU member states, including Poland and the Baltic countries, criticized the visit. Estonian Prime Minister Kaja Kallas, the bloc's incoming foreign policy chief, said Orban was "exploiting" the presidency position.

Budapest has blocked or delayed several EU aid packages and sanctions decisions on Ukraine, and has refused to send weapons to Kyiv. Orban is the first EU head of government to travel to Moscow since Austrian Chancellor Karl Nehammer in April 2022. He and Putin last met in Beijing in October.

Putin arrived back in Moscow from Astana, where he attended the Shanghai Cooperation Organization summit on July 3-4.

Orban is expected in Washington next week for the NATO summit, where allies are set to discuss new support for Ukraine. Szijjarto said the prime minister's "peace mission" would continue but did not give details of further stops.

We've been covering the war since day one. Help us keep going. | Support us

Read more:
Zelensky: Russia launched over 700 glide bombs at Ukraine this week
EU opens accession talks with Ukraine, Moldova
Kharkiv: Death toll from missile strike rises to 7

Tags: Hungary, Viktor Orban, Vladimir Putin, EU presidency

Share: X | Facebook | Telegram | Copy link"""))

A.append(dict(id="h21-08", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/gulf/2025/05/14/trump-meets-syrias-al-shara-in-riyadh/",
published_at="2025-05-14", body="""The National | UAE | Gulf | MENA | World | Business

Get the latest news from The National on WhatsApp | Follow

Trump meets Syria's Al Shara in Riyadh a day after lifting sanctions

US President holds first meeting with a Syrian leader in 25 years before heading to Qatar and UAE

Published: May 14, 2025 | Updated: May 14, 2025, 2:10 PM

US President Donald Trump met Syrian President Ahmad Al Shara in Riyadh on Wednesday, the first encounter between the leaders of the two countries in a quarter of a century, a day after he announced that Washington would lift sanctions on Damascus.

The meeting, which lasted about 33 minutes, took place before a summit of Gulf Co-operation Council leaders in the Saudi capital. Crown Prince Mohammed bin Salman attended, and Turkish President Recep Tayyip Erdogan joined by telephone, the White House said.

White House press secretary Karoline Leavitt said Mr Trump urged Mr Al Shara to sign on to the Abraham Accords with Israel, to tell foreign fighters to leave Syria and to help prevent a resurgence of ISIS. Syria's Foreign Ministry described the meeting as "historic" and said the two discussed the lifting of sanctions and investment in reconstruction.

"He's got a real shot at holding it together," Mr Trump told reporters afterwards, describing Mr Al Shara as a "young, attractive, tough guy".

Mr Trump arrived in Riyadh on Tuesday on the first major foreign trip of his second term and was received at King Khalid International Airport by the Crown Prince. The two leaders signed a strategic economic partnership, and the White House said Saudi Arabia had committed to investments of $600 billion in the US, including an arms package worth nearly $142 billion.

Addressing the Saudi-US Investment Forum on Tuesday evening, Mr Trump said he would order the removal of "all" sanctions on Syria to give the country "a chance at greatness". Syrians celebrated in the streets of Damascus overnight.

Mr Trump is due to fly to Doha on Wednesday afternoon for talks with Emir Sheikh Tamim bin Hamad, and is expected to announce a large commercial aircraft order by Qatar Airways. He will travel to Abu Dhabi on Thursday to meet President Sheikh Mohamed bin Zayed.

The US President said he might travel to Istanbul, where Russian and Ukrainian delegations could meet this week, "if something happens". Secretary of State Marco Rubio is expected in Turkey for a Nato foreign ministers' gathering in Antalya.

Mr Al Shara has visited Saudi Arabia twice since the fall of Bashar Al Assad in December. He chose Riyadh for his first trip abroad as president in February.

Israeli officials have voiced concern about the speed of Washington's rapprochement with the new authorities in Damascus. The Israeli Prime Minister's Office did not comment.

Most read
1. UAE announces long weekend for Eid Al Adha
2. What Trump's Gulf visit means for the region's AI ambitions
3. Emirates adds A350 flights to new routes

More from The National
Qatar prepares lavish welcome for Trump
Syria's Foreign Minister Al Shaibani in Ankara for talks with Fidan

Topics: Donald Trump, Syria, Saudi Arabia, Gulf

Share: X | Facebook | LinkedIn | WhatsApp"""))

A.append(dict(id="h21-09", source="buenosairesherald.com",
url="https://buenosairesherald.com/politics/milei-meets-netanyahu-in-jerusalem",
published_at="2024-02-07", body="""Buenos Aires Herald | Politics | Economy | World | Culture

Subscribe to our newsletter: the week's essential Argentine news in English | Sign up

Milei meets Netanyahu in Jerusalem, reaffirms plan to move embassy

Argentina's president is on his second trip abroad since taking office; Italy and the Vatican come next

By Herald staff | February 7, 2024

President Javier Milei met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday and reiterated his promise to move Argentina's embassy from Tel Aviv to the city, a pledge that has drawn criticism from Arab governments and the Palestinian Authority.

Milei, who landed at Ben Gurion airport on Tuesday, was welcomed by Foreign Minister Israel Katz. He went straight to the Western Wall, where he wept and prayed alongside Rabbi Axel Wahnish, his choice as ambassador to Israel.

In his meeting with Netanyahu, Milei expressed solidarity with the country over the Hamas attack of October 7, in which several Argentine citizens were killed or taken hostage. Netanyahu thanked him for his "unequivocal support". The two governments did not give a timeframe for the embassy move.

Milei also met President Isaac Herzog and is due to visit the Nir Oz kibbutz near the Gaza border on Thursday, where a number of Argentine-Israelis were abducted. Foreign Minister Diana Mondino is part of the delegation.

The Palestinian foreign ministry condemned the embassy announcement as a violation of international law, and Hamas issued a statement calling it "an aggression against the rights of our people".

From Israel, the president will fly to Rome. He is due to attend the canonization of Argentina's first female saint, Mama Antula, at St Peter's Basilica on Sunday, and will be received by Pope Francis at the Vatican on Monday in a private audience. During his presidential campaign, Milei called the Argentine pontiff "the representative of evil on Earth", remarks he has since walked back.

On Monday he is also scheduled to meet Italian Prime Minister Giorgia Meloni at the Palazzo Chigi, and President Sergio Mattarella.

The trip comes as the government battles to pass a stripped-down version of its omnibus reform bill, which suffered a setback in the lower house on Tuesday when deputies sent it back to committee. Cabinet Chief Nicolas Posse and Interior Minister Guillermo Francos are handling negotiations in Buenos Aires.

Milei's only previous foreign trip as president was to the World Economic Forum in Davos last month, where his speech denouncing "socialism" went viral.

Opposition lawmakers questioned the cost and timing of the tour. "The country is on fire and the president is on a pilgrimage," said a Union por la Patria deputy.

Related
Omnibus bill sent back to committee after defeat on key articles
Inflation slowed to 20.6% in January, consultancies estimate
Argentina's peso: what to watch this week

Tags: Javier Milei, Israel, Benjamin Netanyahu, Vatican, Pope Francis

Share: WhatsApp | X | Facebook
(c) Buenos Aires Herald 2024"""))

A.append(dict(id="h21-10", source="telegraph.co.uk",
url="https://www.telegraph.co.uk/news/worldnews/asia/china/11944532/Xi-Jinping-visit-Cameron-hails-golden-era-as-40bn-of-deals-signed.html",
published_at="2015-10-21", body="""The Telegraph | News | World | Asia | China

We use cookies to personalise content and ads. By continuing you agree to our use of cookies. Find out more | Close

Xi Jinping visit: Cameron hails 'golden era' as GBP 40bn of deals signed

Prime Minister defends decision to let China help fund Hinkley Point as Chinese president faces questions on steel and human rights

By Political Staff | 21 October 2015 | 6:12PM BST

David Cameron declared a "golden era" in relations between Britain and China on Wednesday as he held talks with President Xi Jinping in Downing Street and the two governments announced deals worth almost GBP 40 billion, including a Chinese stake in the first new British nuclear power station in a generation.

Under an agreement signed in the presence of both leaders, China General Nuclear will take a one-third share of the GBP 18 billion Hinkley Point C plant in Somerset being built by EDF, and will be allowed to develop its own reactor design at Bradwell in Essex.

At a joint press conference, Mr Cameron said he had raised the crisis in the British steel industry, which unions blame on cheap Chinese exports. Mr Xi said overcapacity was a "global problem". Asked about human rights, he said China had found "a path of development that suits China's national conditions".

Mr Xi, who is on the first state visit by a Chinese leader to Britain in a decade, arrived at Heathrow on Monday evening. On Tuesday he was welcomed by the Queen at Horse Guards Parade, addressed both Houses of Parliament in the Royal Gallery and was guest of honour at a state banquet at Buckingham Palace, where he sat between the Queen and the Duke of Edinburgh. The Prince of Wales did not attend the banquet.

The Chinese president will spend Thursday at Chequers with Mr Cameron, where the pair are expected to visit a village pub, before travelling to Manchester on Friday to visit the National Graphene Institute and Manchester City's training ground.

George Osborne, the Chancellor, has been the driving force behind the rapprochement. He visited Beijing, Shanghai and the western region of Xinjiang last month, where he urged Chinese firms to bid for British infrastructure contracts.

Critics, including some Conservative backbenchers, warned that the Government was putting commerce ahead of national security. American officials have privately expressed unease since Britain became the first major Western country to sign up to the China-led Asian Infrastructure Investment Bank in March.

The Chinese president came to Britain a month after a state visit to the United States, where he was hosted at the White House by Barack Obama and agreed not to conduct commercial cyber theft.

Mr Cameron has said he intends to attend the G20 summit that China will host in Hangzhou next September.

Protesters for Tibet and Hong Kong democracy lined the Mall on Tuesday, kept at a distance by police and crowds of flag-waving Chinese students.

Related Articles
Merkel to travel to China next week with business delegation
Queen's speech at state banquet for Xi Jinping: full text
Tata Steel confirms 1,200 job cuts in Scunthorpe

More from the web | Advertisement

Share: Facebook | Twitter | Email | 412 comments

(c) Copyright of Telegraph Media Group Limited 2015"""))

A.append(dict(id="h21-11", source="theeastafrican.co.ke",
url="https://www.theeastafrican.co.ke/tea/news/east-africa/ethiopia-somalia-sign-ankara-declaration-4855310",
published_at="2024-12-12", body="""The EastAfrican | News | Business | Rest of Africa | Magazine

Subscribe to our daily newsletter | Sign up | ePaper

Ethiopia, Somalia sign Ankara Declaration to end year-long row over sea access

Abiy Ahmed and Hassan Sheikh Mohamud agree to begin technical talks by end of February under Turkish facilitation

By THE EASTAFRICAN | Thursday, December 12, 2024

Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud on Wednesday night signed a declaration in the Turkish capital Ankara that seeks to end a year of hostility sparked by Ethiopia's port deal with the breakaway region of Somaliland.

The agreement, brokered by Turkish President Recep Tayyip Erdogan, commits the two neighbours to respect each other's sovereignty, unity and territorial integrity, while recognising the "potential benefits" of Ethiopia, a landlocked country, securing reliable and sustainable access to the sea "under the sovereign authority" of Somalia.

Erdogan held separate meetings with each leader at the Presidential Complex during the day before bringing them together for several hours of joint talks that ran late into the night. He described the outcome as "historic" and said the two sides had taken "the first step of a new beginning based on peace and cooperation".

Under the declaration, the two governments will start technical negotiations no later than the end of February 2025, with the aim of concluding them within four months. Turkey will facilitate the talks.

"We have concluded a disagreement that occurred in the past year," Abiy told a joint press conference. Hassan Sheikh said Somalia was ready to work with "the Ethiopian leadership and people" on commercial arrangements.

The rift began on January 1, when Abiy signed a memorandum of understanding with Somaliland leader Muse Bihi Abdi that Somalia considered an attack on its sovereignty. Mogadishu expelled the Ethiopian ambassador in April and threatened to eject Ethiopian troops serving in the African Union mission when its mandate ends this month.

Somalia also drew closer to Egypt, which is in a long dispute with Ethiopia over the Grand Ethiopian Renaissance Dam. Cairo and Mogadishu signed a defence agreement in August and Egypt has since delivered military equipment to Somalia.

Turkey, which has strong ties to both countries, hosted two earlier rounds of indirect talks between their foreign ministers in July and August, which ended without a breakthrough.

The declaration does not mention Somaliland or the fate of the January memorandum. Somaliland's newly elected president, Abdirahman Mohamed Abdullahi "Irro", takes office on Thursday. Analysts in Addis Ababa said the omission left room for both sides to claim success.

The United States, the African Union and the Igad regional bloc welcomed the agreement.

Also read:
Kenya, Tanzania clash over EAC budget arrears
Ruto names new envoys to 20 missions abroad
Shilling steady as CBK cuts rates again

Tags: Ethiopia, Somalia, Turkey, Horn of Africa, Red Sea

Share: Facebook | X | WhatsApp | LinkedIn | Email

(c) 2024 Nation Media Group"""))

A.append(dict(id="h21-12", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/anthony-albanese-meets-xi-jinping-beijing/103068432",
published_at="2023-11-06", body="""ABC News | Just In | Politics | World | Business | Analysis

Download the ABC News app | Listen live: ABC Radio National

Anthony Albanese meets Xi Jinping in Beijing, first Australian PM visit to China in seven years

By political reporters | Posted Mon 6 Nov 2023 at 7:02pm | updated Mon 6 Nov 2023 at 10:41pm

Photo: Anthony Albanese and Xi Jinping shake hands in the Great Hall of the People. (AAP: Lukas Coch)

Prime Minister Anthony Albanese has met Chinese President Xi Jinping at the Great Hall of the People in Beijing, where the two leaders declared the relationship to be on a better footing after years of diplomatic freeze and trade sanctions.

Mr Xi told Mr Albanese that the relationship was "on the right track" and that China and Australia had "no historical grievances and no fundamental conflict of interests".

Mr Albanese said he had raised the cases of Australians detained in China, including writer Yang Hengjun, as well as the remaining Chinese trade barriers on Australian wine and rock lobster.

"We will cooperate where we can, disagree where we must, and engage in our national interest," Mr Albanese said afterwards.

Mr Albanese arrived in Shanghai on Saturday and on Sunday visited the China International Import Expo, where Australian businesses had one of the largest foreign pavilions. On Tuesday he will hold the annual leaders' meeting with Premier Li Qiang before returning to Australia.

The visit comes 50 years after Gough Whitlam became the first Australian prime minister to travel to China, and Mr Albanese retraced part of Whitlam's steps with a visit to the Temple of Heaven on Monday morning.

It is the first trip by an Australian prime minister since Malcolm Turnbull in 2016. Foreign Minister Penny Wong visited Beijing last December, restarting ministerial dialogue after years in which Canberra's phone calls went unanswered.

Mr Albanese said he had invited Premier Li to visit Australia next year, and officials said the Chinese side had responded positively.

Australian journalist Cheng Lei was released and returned to Melbourne last month after more than three years in detention, a move seen as clearing the way for the visit.

After China, Mr Albanese will travel to Rarotonga in the Cook Islands for the Pacific Islands Forum leaders' meeting, where climate change and regional security are expected to dominate.

Opposition foreign affairs spokesman Simon Birmingham said the government should be "pressing harder" on the remaining trade bans and on the case of Dr Yang.

The Beijing meeting comes just over a week after Mr Albanese was hosted by President Joe Biden at the White House on a state visit, a trip that included a discussion on the AUKUS submarine program.

Top stories
Reserve Bank expected to lift cash rate on Melbourne Cup day
Voice referendum: where Labor goes from here
Heatwave warnings issued for parts of NSW and Queensland

Posted Mon 6 Nov 2023 | Share: Facebook | X | Email | Copy link
Topics: Government and Politics, Foreign Affairs, China, Australia

ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work."""))
