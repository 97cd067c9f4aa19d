# Long pages (2,500-4,500 characters), h62-01 .. h62-12
A = []

A.append(dict(id="h62-01", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/erdogan-in-doha-on-second-leg-of-gulf-tour-184920",
published_at="2023-07-18", body="""BIST 100 6,071.44 ▲ 1.08% | USD/TRY 26.9712 ▲ 0.12% | EUR/TRY 30.2418 ▼ -0.05% | GOLD/GR 1,702.15 ▲ 0.31% | BRENT 79.63 ▼ -0.44%

This website uses cookies to improve your experience. Accept | Settings

TÜRKİYE > DIPLOMACY

Erdoğan in Doha on second leg of Gulf tour after record drone deal with Riyadh

DOHA

President Recep Tayyip Erdoğan (R) is greeted by Qatari Emir Sheikh Tamim bin Hamad Al Thani at Lusail Palace. Photo: Presidential Communications Directorate

President Recep Tayyip Erdoğan sat down with Qatar's Emir Sheikh Tamim bin Hamad Al Thani at Lusail Palace on July 18, one day after a stop in the Saudi city of Jeddah that yielded what Ankara calls the largest defense export contract in the country's history.

The two leaders first held a one-on-one meeting and were then joined by their delegations, the Communications Directorate said in a written statement. Energy, investment, defense industry cooperation and the situation in Syria were on the table, it said, without giving details.

Erdoğan arrived in the Qatari capital on Monday evening from Jeddah, where he had been hosted by Crown Prince Mohammed bin Salman at Al-Salam Palace. On the sidelines of that visit, Turkish drone maker Baykar signed a contract with the Saudi Defense Ministry for the sale of Akıncı unmanned combat aerial vehicles, a deal witnessed by Defense Minister Yaşar Güler and his Saudi counterpart Prince Khalid bin Salman. Officials did not disclose the value. The two sides also inked memoranda on energy, direct investment and media.

"Our relations with the Gulf countries have entered a new period," Erdoğan told reporters before leaving Istanbul on Monday, adding that he expected the tour to bring "serious investment" into the Turkish economy.

The trip is his first to the region since he won re-election in May, and it comes as the central bank, under new Governor Hafize Gaye Erkan, has begun to reverse years of unorthodox monetary policy. Finance Minister Mehmet Şimşek, who is part of the delegation, has been courting Gulf sovereign funds for months.

The Doha meeting was expected to be followed by a signing ceremony for a number of new agreements, diplomatic sources said, although no list had been released by the time this story was filed. Qatar, which stood by Ankara during its 2018 currency crisis with a $15 billion pledge, is one of Türkiye's closest partners in the region, and the two countries' Supreme Strategic Committee has met every year since 2015.

On Wednesday Erdoğan heads to Abu Dhabi, the last leg of the tour, for talks with United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan. Turkish officials have said they expect agreements worth tens of billions of dollars to be signed there, part of a rapprochement that began when the Emirati leader visited Ankara in November 2021.

A Turkish-Emirati business forum will be held on the side of the visit, the Trade Ministry said.

Some 200 business people are traveling with the president, including the heads of construction and defense firms. Opposition parties questioned the timing. "Selling our assets to the Gulf is not an economic program," CHP deputy chair İlhan Cihaner wrote on social media.

Erdoğan is expected to return to Türkiye on Wednesday night.

RELATED NEWS
Fidan hosts Iraqi counterpart in Ankara, water and oil flows on agenda
Inflation expectations ease slightly, central bank survey shows
Türkiye, Sweden to continue work on NATO accession, says ministry

Tags: Erdoğan, Gulf tour, Qatar, Saudi Arabia, UAE, Baykar

Share: Facebook | X | LinkedIn | WhatsApp

Subscribe to our newsletter | Download the HDN app

© 2023 Hurriyet Daily News - All rights reserved"""))

A.append(dict(id="h62-02", source="france24.com",
url="https://www.france24.com/en/africa/20220603-senegal-s-sall-presses-putin-on-grain-and-fertiliser-in-sochi",
published_at="2022-06-03", body="""Skip to main content | Live | Newsletters

We and our partners store and access information on your device. Manage preferences | Accept & close

AFRICA

Senegal's Sall presses Putin on grain and fertiliser in Sochi talks

Issued on: 03/06/2022 - 19:14 | Modified: 03/06/2022 - 21:02

Senegal's President Macky Sall, left, and Russian President Vladimir Putin during their meeting at the Bocharov Ruchei residence in Sochi, June 3, 2022. © Mikhail Klimentyev, Sputnik, AFP

Text by: NEWS WIRES

Senegalese President Macky Sall, who holds the rotating chairmanship of the African Union, met Vladimir Putin in the Black Sea resort of Sochi on Friday and urged the Russian leader to help free up grain and fertiliser supplies whose disruption by the war in Ukraine is hitting African countries hard.

Sall flew to Russia accompanied by Moussa Faki Mahamat, chairman of the AU Commission, on a trip the pan-African body said was aimed at "contributing to the easing of the food crisis".

"I came to ask you to be aware that our countries, even if they are far from the theatre, are victims of this crisis on an economic level," Sall told Putin at the start of the talks, according to footage released by the Kremlin. He said sanctions on Russia had worsened the situation by cutting African buyers off from Russian grain and fertiliser.

Putin, who opened the meeting by saying Moscow "has always been on the side of Africa", said Russia was ready to ensure that grain could be shipped from Ukrainian ports, including the Russian-held port of Berdyansk, but blamed the West for the food crisis.

After the talks, Sall said on Twitter that he had found Putin "committed and aware" of the need to ease the crisis, and that he was "very reassured".

Ukraine and Russia together account for about 30 percent of global wheat exports, and several African countries buy more than half their wheat from the two. The United Nations has warned that dozens of millions of people could be pushed into hunger.

Kyiv has accused Moscow of stealing Ukrainian grain and blockading its ports, while Russia says Ukrainian mines in the Black Sea are to blame.

Sall told reporters he hoped to also make contact with Ukrainian President Volodymyr Zelensky and would "willingly" travel to Kyiv if circumstances allowed. The Ukrainian leader has asked to address the African Union, a request the organisation said it was considering.

The Sochi visit comes less than a week after French President Emmanuel Macron and German Chancellor Olaf Scholz held an 80-minute telephone call with Putin on May 28, urging him to hold direct talks with Zelensky and lift the blockade of Odesa.

Western officials have been watching closely how African leaders approach Moscow. Many African governments abstained in a March UN General Assembly vote condemning the invasion, Senegal among them.

Faki, a former Chadian prime minister, said the AU wanted the "release of stocks of cereals and fertilisers" and an end to the war. "The African Union is deeply concerned," he said.

Sall left Sochi for Dakar on Friday evening.

Read more
Lavrov to visit Turkey next week for talks on Black Sea grain corridor
Mali junta sets two-year transition timetable
Wheat prices ease after Putin remarks on Ukrainian exports

Keywords: Macky Sall, Vladimir Putin, African Union, Russia, Senegal, Ukraine war, food security

Share: Facebook | X | Email

Get the news everywhere, download the FRANCE 24 app"""))

A.append(dict(id="h62-03", source="premiumtimesng.com",
url="https://www.premiumtimesng.com/news/headlines/661203-blinken-meets-tinubu-in-abuja-as-us-seeks-sahel-partner.html",
published_at="2024-01-23", body="""NGN/USD 890.44 | BRENT $80.06 | NGX ASI 87,210.33 ▲ 0.72%

Support PREMIUM TIMES' journalism of integrity and credibility. Donate

Headlines

Blinken meets Tinubu in Abuja as US seeks partner on Sahel security

By Abdulkareem Mojeed
January 23, 2024 | 5:37 pm | 4 min read

Antony Blinken and Bola Tinubu at the Presidential Villa, Abuja on Tuesday. [PHOTO CREDIT: State House]

The U.S. Secretary of State, Antony Blinken, on Tuesday met with President Bola Tinubu at the Presidential Villa in Abuja, where talks focused on insecurity in the Sahel, the political crisis in neighbouring Niger and trade.

Mr Blinken, who flew into the capital from Abidjan on Tuesday morning, also held a closed-door meeting with the Minister of Foreign Affairs, Yusuf Tuggar, before both men addressed a joint press conference at the ministry's headquarters.

"Nigeria is a vital partner, and we see it as a leader in the region on democracy," the American official said, adding that Washington would continue to support the country's efforts against terrorism and banditry in the north.

Mr Tuggar said the discussions covered security cooperation, the energy transition and the need for more American investment. He said President Tinubu had accepted a standing invitation to visit Washington, although no date had been fixed.

Nigeria is the third stop on Mr Blinken's four-nation tour of Africa. He began in Cabo Verde on Monday, where he held talks in Praia with Prime Minister Ulisses Correia e Silva, before flying to Abidjan. In Côte d'Ivoire he met President Alassane Ouattara on Monday and attended the Africa Cup of Nations match between the host nation and Equatorial Guinea, which the Elephants lost 4-0.

From Abuja, Mr Blinken heads to Angola on Wednesday, where he is scheduled to meet President João Lourenço in Luanda. The U.S. has been backing the Lobito rail corridor linking Angolan ports to mining areas in Zambia and the Democratic Republic of Congo.

The tour comes weeks after Washington cut military cooperation with Niger following last July's coup, and as Russia has deepened ties with juntas in Mali, Burkina Faso and Niger. Asked about Moscow's role, Mr Blinken said African countries were free to choose their partners but warned that Russia's Wagner group had brought "more insecurity, not less".

Mr Tuggar, for his part, said Nigeria was committed to bringing Niger back to constitutional order through dialogue. ECOWAS suspended the country's membership after the coup and imposed sanctions that are yet to be lifted.

Also on Tuesday, Mr Blinken was scheduled to visit a training centre run by the Nigerian Police Force, where he was expected to announce new support for civilian security. A statement from the U.S. Mission said Washington would provide an additional $45 million for peace and security programmes in coastal West Africa.

The visit has drawn some criticism from civil society groups, who said human rights violations by security forces should be raised.

Nigeria's economy has been under strain since Mr Tinubu scrapped the fuel subsidy and floated the naira, moves the U.S. official praised as "bold".

ALSO READ:
Tinubu departs Lagos for France on private visit
Senate confirms new ambassadorial nominees
NNPC begins supply of crude to Dangote refinery

TAGS: Antony Blinken, Bola Tinubu, Nigeria-US relations, Yusuf Tuggar

Share this: Facebook | X | WhatsApp | Telegram

Join the conversation (3 comments)

Support Integrity and Credible Journalism — click here to donate"""))

A.append(dict(id="h62-04", source="arabnews.com",
url="https://www.arabnews.com/node/2306541/saudi-arabia",
published_at="2023-05-19", body="""Tadawul TASI 11,248.07 ▲ +0.42% | BRENT 75.58 ▼ -0.32% | USD/SAR 3.7502

Follow Arab News on Google News | Download our app

Saudi Arabia

Zelensky makes surprise appearance at Arab League summit in Jeddah, Assad returns to the fold

Updated 19 May 2023

ARAB NEWS | JEDDAH

Ukrainian President Volodymyr Zelensky (left) is received by Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday. (SPA)

JEDDAH: Ukrainian President Volodymyr Zelensky flew into Jeddah on Friday to address the 32nd Arab League summit, a surprise appearance at a gathering that also marked the return of Syrian President Bashar Assad after more than a decade of isolation.

Zelensky, who arrived on a French government aircraft, was received by Crown Prince Mohammed bin Salman, the summit chair, and held talks with him before the opening session, the Saudi Press Agency reported. He then urged Arab leaders to help Ukrainians held in Russian prisons and in occupied territories and to "take an honest look" at the war.

"Unfortunately, there are some in the world and here, among you, who turn a blind eye to those cages and illegal annexations," he told the hall.

The Ukrainian leader is due to continue on to Hiroshima, where leaders of the Group of Seven are meeting, and where he is expected to hold talks with Japanese Prime Minister Fumio Kishida, the host.

Assad, whose country's membership was restored by Arab foreign ministers in Cairo on May 7, was welcomed on arrival on Thursday evening. On Friday the crown prince received him and the two held talks on the sidelines of the summit, according to the Syrian presidency, which released photographs of the two men shaking hands.

In his speech, Assad said the summit was "a historic opportunity" to address the region's crises "with minimum foreign interference". He made no reference to the war in Ukraine.

The crown prince said the Kingdom was pleased with Syria's return and hoped it would contribute to stability. "We will not allow our region to turn into a field of conflicts," he said.

The final Jeddah Declaration called for an end to the conflict in Sudan, where the army and the Rapid Support Forces have been fighting since April 15, and welcomed the talks between the two sides in Jeddah. It also reaffirmed the centrality of the Palestinian cause.

Assad was also seen chatting with Egyptian President Abdel Fattah El-Sisi in the corridor before the session, in what Egyptian media described as a brief exchange.

Saudi Arabia restored ties with Iran in March under an agreement signed in Beijing, and the Kingdom's foreign minister has since visited Damascus. The regional realignment has raised concerns in Washington, which opposes normalisation with Assad.

Several heads of state were absent, including the UAE president and the Emir of Kuwait, who sent deputies. Qatar's emir left the hall before Assad's speech, according to media reports.

The next Arab League summit will be hosted by Bahrain in 2024.

MOST READ
1 Saudi FM receives phone call from US secretary of state
2 Saudi astronauts head to the International Space Station
3 KSrelief distributes food baskets in Sudan

Share: X | Facebook | WhatsApp | Email

Comments (14)"""))

A.append(dict(id="h62-05", source="africanews.com",
url="https://www.africanews.com/2023/01/13/chinas-new-foreign-minister-in-angola-on-first-tour//",
published_at="2023-01-13", body="""africanews. | Live | Videos | Business | Sport

By continuing your visit to this site, you accept the use of cookies. More information | OK

Angola

China's new foreign minister in Luanda on debut Africa tour

By Africanews with AFP
Last updated: 13/01 - 15:40

Chinese Foreign Minister Qin Gang (L) and Angolan President João Lourenço in Luanda, January 13, 2023. Credit: Angolan Presidency

Angolan President João Lourenço received China's new Foreign Minister Qin Gang in Luanda on Friday, the third stop of a five-country tour that Beijing has made the traditional first trip abroad of each year for more than three decades.

The talks at the presidential palace covered Angola's debt to China, which stands at more than 20 billion dollars, as well as infrastructure, agriculture and the country's efforts to diversify away from oil, the presidency said in a statement.

Qin, who took office less than two weeks ago, also met his Angolan counterpart Téte António. The two ministers discussed preparations for the next session of the bilateral strategic partnership commission.

Angola is China's second-largest trading partner in Africa and one of its main oil suppliers. Chinese companies built much of the country's roads, housing and railways after the end of the civil war in 2002, largely in exchange for oil.

"China has never attached any political strings to its cooperation," Qin told reporters, in what was seen as a dig at Western lenders.

The minister arrived in Luanda on Thursday night from Libreville, where he had held talks with Gabonese President Ali Bongo Ondimba and Foreign Minister Hermann Immongault. Before that, he spent two days in Addis Ababa, meeting Ethiopian Prime Minister Abiy Ahmed on Wednesday and attending the inauguration of the new headquarters of the Africa Centres for Disease Control, built with Chinese funds, at the African Union.

In Addis Ababa, Qin also met AU Commission chairperson Moussa Faki Mahamat. He said China supported Ethiopia's peace process following the November agreement between the government and Tigrayan forces.

Qin is scheduled to travel to Benin on Saturday, before ending the tour in Egypt, where he is due to meet President Abdel Fattah al-Sisi and Foreign Minister Sameh Shoukry and visit the Arab League headquarters in Cairo.

The tour comes as Washington also steps up its engagement with the continent. At December's US-Africa Leaders Summit, President Joe Biden pledged 55 billion dollars over three years, and several senior US officials are expected to visit in the coming months.

Beijing insists it does not see Africa as an arena for competition. "Africa is a big stage for international cooperation, not an arena for major-power rivalry," Qin said in Addis Ababa.

Chinese foreign ministers have travelled to Africa at the start of every year since 1991. Wang Yi, Qin's predecessor, visited Eritrea, Kenya and the Comoros last January.

ALSO ON AFRICANEWS
Lavrov heads to South Africa for talks with Pandor
Angola: kwanza slides as oil prices weaken
Gabon: opposition demands electoral reforms

Tags: China, Angola, Qin Gang, João Lourenço, Diplomacy

Share: Facebook | X | LinkedIn | WhatsApp

Subscribe to the africanews newsletter"""))

A.append(dict(id="h62-06", source="thehindu.com",
url="https://www.thehindu.com/news/national/pm-modi-arrives-in-cairo-on-first-state-visit-to-egypt/article67004212.ece",
published_at="2023-06-24", body="""SENSEX 62,979.37 ▼ -259.52 | NIFTY 18,665.50 ▼ -105.75 | USD/INR 82.03 | GOLD 58,890

To enjoy additional benefits, SUBSCRIBE | Login

NATIONAL

PM Modi arrives in Cairo on first bilateral visit to Egypt, holds talks with Egyptian PM

Prime Minister Narendra Modi will hold talks with President Abdel Fattah El-Sisi on Sunday; the two sides are likely to elevate ties to a strategic partnership

Kallol Bhattacherjee
CAIRO, June 24, 2023 21:40 IST | Updated: June 24, 2023 23:05 IST

Prime Minister Narendra Modi is welcomed by Egyptian Prime Minister Mostafa Madbouly on his arrival at Cairo airport on Saturday. Photo: Twitter/@MEAIndia

Prime Minister Narendra Modi arrived in Cairo on Saturday on a two-day state visit, the first bilateral visit to Egypt by an Indian Prime Minister in 26 years. He was received at the airport by his Egyptian counterpart Mostafa Madbouly and given a guard of honour.

Mr. Modi flew in from Washington, where he had wrapped up a state visit to the United States on Friday. In the American capital, he had held talks with President Joe Biden at the White House on Thursday and addressed a joint session of Congress for the second time.

Later in the evening, the Prime Minister held a round-table with Mr. Madbouly and members of the Egyptian Cabinet's "India Unit", which was set up to fast-track cooperation with India after President Sisi was chief guest at India's Republic Day in January. Discussions covered trade, renewable energy, green hydrogen, IT and pharmaceuticals, officials said.

He also met the Grand Mufti of Egypt, Shawki Ibrahim Abdel-Karim Allam, and a group of Egyptian intellectuals and think tank experts. Members of the Indian community, many dressed in traditional attire, greeted him at his hotel with chants and songs.

The highlight of the visit will be Sunday's talks with Mr. Sisi at the Ittihadiya Presidential Palace. Officials said the two sides were likely to sign a document elevating relations to a "strategic partnership", along with agreements in agriculture, archaeology and competition law.

On Sunday, Mr. Modi is also scheduled to visit the 11th-century Al-Hakim Mosque, restored with the help of the Dawoodi Bohra community, and pay tribute to Indian soldiers who died in the First World War at the Heliopolis War Memorial.

Egypt, facing a foreign currency crunch, has been seeking investment and has offered India land in the Suez Canal Economic Zone for industrial use. India has been among the main buyers of Egyptian liquefied natural gas and fertilisers, while Egypt has been keen to import Indian wheat.

"Egypt is a key partner in the Arab world and Africa," Foreign Secretary Vinay Kwatra told reporters. Bilateral trade reached $7.26 billion in 2022-23, he said.

The visit comes at a time when India has been increasing its outreach to West Asia and North Africa. Egypt was also among the guest countries invited by India for the G20 summit in New Delhi in September.

Mr. Modi will return to New Delhi on Sunday night.

Related stories
Modi-Biden joint statement: Jet engine deal, Micron plant and Artemis accords
Opposition slams PM over Manipur silence
India, Egypt to hold joint military exercise in 2023

Printable version | Jun 24, 2023 11:05 pm IST

COMMENTS (22) | SHARE | Facebook | X | WhatsApp

© THG PUBLISHING PVT LTD."""))

A.append(dict(id="h62-07", source="gulfnews.com",
url="https://gulfnews.com/world/gulf/saudi/alula-summit-emir-of-qatar-lands-in-saudi-arabia-as-gulf-rift-ends-1.76543210",
published_at="2021-01-05", body="""Dubai Gold 22K AED 210.75 | DFM 2,510.31 ▲ 0.65% | ADX 5,104.22 ▲ 0.22% | BRENT $53.60

Sign in | Subscribe | Gulf News App

Gulf > Saudi

AlUla summit: Qatar's emir lands in Saudi Arabia as Gulf rift ends

Crown Prince Mohammed bin Salman greets the emir on the tarmac, signalling end of three-year boycott

Published: January 05, 2021 18:46 | Last updated: January 05, 2021 21:12

By Sami Mahmoud, Staff Reporter

Saudi Crown Prince Mohammed bin Salman embraces Qatar's Emir Sheikh Tamim bin Hamad Al Thani on his arrival in AlUla on Tuesday. Image Credit: SPA

Dubai: Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in the Saudi heritage city of AlUla on Tuesday for the 41st Gulf Cooperation Council summit, embracing Crown Prince Mohammed bin Salman at the foot of the aircraft steps in a scene that would have been unthinkable only weeks ago.

The visit, his first to the kingdom since the boycott began in June 2017, came a day after Saudi Arabia agreed to reopen its airspace and land and sea borders with Qatar.

The breakthrough was announced on Monday night by Kuwaiti Foreign Minister Sheikh Ahmad Nasser Al Mohammad Al Sabah, who told state television that the Emir of Kuwait, Sheikh Nawaf Al Ahmad Al Jaber Al Sabah, had spoken by phone earlier in the day with both Sheikh Tamim and the Saudi crown prince, and that the two had agreed to reopen the border. Kuwait and the United States have been mediating for more than three years.

Leaders signed the "AlUla Declaration" at the Maraya concert hall after a closed session chaired by the crown prince, who stood in for King Salman. Egypt, which along with Saudi Arabia, the UAE and Bahrain cut ties with Doha, was represented by Foreign Minister Sameh Shoukry, who signed the document.

After the signing, Sheikh Tamim and the crown prince held talks, Saudi state television showed, before taking a tour of the desert site together.

"There is a desire to put all of our differences behind us," Prince Faisal bin Farhan, the Saudi foreign minister, told a news conference afterwards, saying all four boycotting states had agreed to restore full relations with Qatar. Flights and trade links are expected to resume within a week, he said.

Jared Kushner, senior adviser to US President Donald Trump, attended the signing, along with Middle East envoy Avi Berkowitz. Kushner had visited Riyadh and Doha in early December to push for a deal.

The UAE was represented by Vice President and Prime Minister Sheikh Mohammed bin Rashid Al Maktoum, Ruler of Dubai. Bahrain's delegation was led by Crown Prince Salman bin Hamad, and Oman's by Deputy Prime Minister Sayyid Fahd bin Mahmoud Al Said.

Anwar Gargash, UAE Minister of State for Foreign Affairs, said the UAE welcomed the summit outcome. The boycotting states had accused Qatar of supporting extremist groups and being too close to Iran, charges Doha has always denied.

The 13 demands the quartet presented in 2017, including the closure of Al Jazeera and of a Turkish military base, were not mentioned in public statements.

Analysts said it would take time to rebuild trust. "The signatures are a beginning, not an end," said a Gulf-based political scientist.

Also read
UAE reopens entry points with Qatar, says Gargash
Kuwait emir thanks leaders for 'historic' outcome
Oil rises as Saudi Arabia signals output cut

Tags: GCC, AlUla, Qatar, Saudi Arabia, Gulf rift

Share this story: Facebook | Twitter | WhatsApp | Email

Download the Gulf News app for the latest updates"""))

A.append(dict(id="h62-08", source="thenationalnews.com",
url="https://www.thenationalnews.com/world/mena/saudi-crown-prince-in-tunis-amid-protests-1.797011",
published_at="2018-11-27", body="""Newsletters | Subscribe | Podcasts

We use cookies to improve your experience. By continuing you agree to our Cookie Policy. OK

MENA

Saudi crown prince in Tunis as Arab tour continues ahead of G20

Prince Mohammed bin Salman met President Beji Caid Essebsi at Carthage Palace after stops in the UAE, Bahrain and Egypt

Nov 27, 2018

By Hamza Hendawi, Correspondent

Tunisian President Beji Caid Essebsi greets Saudi Crown Prince Mohammed bin Salman at Carthage Palace on Tuesday. Tunisian Presidency / AFP

Saudi Crown Prince Mohammed bin Salman arrived in Tunis on Tuesday evening, where he was received by President Beji Caid Essebsi at Carthage Palace for talks on bilateral ties and regional issues, the fourth stop on a regional tour that will take him next to the G20 summit in Argentina.

The visit went ahead despite a protest in central Tunis by several hundred people, among them journalists and rights activists, who denounced the killing of Saudi journalist Jamal Khashoggi in the kingdom's consulate in Istanbul last month.

Tunisian officials said the talks covered Saudi support for the country's economy, including financing for development projects, and security cooperation. Mr Essebsi decorated the prince with the Order of the Republic.

The crown prince arrived from Cairo, where on Monday he held talks with President Abdel Fattah El Sisi at Ittihadiya Palace. The two reviewed regional issues, including Yemen and the situation in Gaza, and Egyptian officials said new investments in the Sinai were discussed.

Before Egypt, he was in Manama on Sunday, where he was welcomed by King Hamad bin Isa Al Khalifa and took part in the inauguration of an oil pipeline project linking the two countries. The tour started in Abu Dhabi last Thursday with talks with Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed.

It is Prince Mohammed's first foreign trip since the October 2 killing of Khashoggi, which has damaged the kingdom's reputation in the West.

On Friday he is expected in Buenos Aires for the G20 summit, where a bilateral meeting with Argentine President Mauricio Macri has been scheduled, Argentine officials said. An Argentine prosecutor is weighing a request by Human Rights Watch to investigate the prince over Yemen.

US President Donald Trump has said he might see the crown prince in Buenos Aires, but the White House has not put a meeting on his schedule. Turkish officials, for their part, said President Recep Tayyip Erdogan "could" meet the prince "if the opportunity arises".

After the G20, the crown prince will be received in Algiers on Sunday, the Algerian presidency announced on Tuesday, in a visit it said would boost the partnership between the two countries. Mauritanian media reported that he could also make a stop in Nouakchott, although this has not been confirmed.

Saudi Arabia has been one of Tunisia's main Arab donors since 2011, although relations were strained by the kingdom's decision to shelter Zine El Abidine Ben Ali, the ousted Tunisian president.

The Tunisian journalists' union said the visit was "a provocation". Presidential spokeswoman Saida Garrach said the visit reflected "the historic ties between the two peoples".

Prince Mohammed was expected to leave Tunis on Wednesday.

MORE FROM THE NATIONAL
UAE and Saudi Arabia launch joint coordination council projects
Yemen peace talks expected in Sweden next month
Egypt inflation rises in October

Updated: November 27, 2018, 9:58 PM"""))

A.append(dict(id="h62-09", source="sudantribune.com",
url="https://sudantribune.com/article275310/",
published_at="2023-08-29", body="""Sudan Tribune | Plural news and views on Sudan

Support independent journalism. Donate

Burhan in El Alamein for first trip abroad since war erupted

August 29, 2023 (PORT SUDAN) -

Sudanese army commander and head of the Sovereign Council, Lt. Gen. Abdel Fattah al-Burhan, held talks with Egyptian President Abdel Fattah al-Sisi in the Mediterranean city of El Alamein on Tuesday, in his first trip abroad since fighting broke out with the paramilitary Rapid Support Forces on April 15.

Al-Burhan arrived in El Alamein earlier in the day accompanied by acting foreign minister Ali al-Sadiq and intelligence chief Ahmed Ibrahim Mufaddal. He was received at the airport by al-Sisi, according to images released by the Egyptian presidency.

"The two presidents discussed the latest developments in Sudan and efforts to reach a ceasefire," presidential spokesman Ahmed Fahmy said. Al-Sisi affirmed Egypt's "full support for Sudan's security, stability and territorial integrity," he said.

The Sovereign Council said in a statement that al-Burhan briefed his host on "the aggression by the rebel militia" against state institutions and civilians, and thanked Egypt for hosting hundreds of thousands of Sudanese who have crossed the northern border since April.

The army chief left the besieged military headquarters in Khartoum last week for the first time since the war started, touring army positions in Omdurman before travelling to Atbara and then to Port Sudan, which has become the de facto seat of government.

Cairo hosted a summit of Sudan's neighbours on July 13, which proposed a mechanism of foreign ministers to work on a solution. The Jeddah talks between army and RSF delegations, facilitated by Saudi Arabia and the United States, have been suspended since June.

Sources close to the Sovereign Council told Sudan Tribune that al-Burhan may travel to Juba and Doha in the coming weeks, but no dates have been set.

The RSF, led by Mohamed Hamdan Daglo "Hemedti", said the visit showed the army "has no will for peace", and accused Cairo of siding with the army, a charge Egypt denies.

Meanwhile, fighting continued in Khartoum, Nyala and El Fasher, according to residents, with the RSF shelling the army's armoured corps in the south of the capital.

The United Nations says more than 4.6 million people have been displaced since April, including over a million who have fled to neighbouring countries. Aid agencies say the rainy season has worsened access to the worst-hit areas.

Political analyst Othman Mirghani said the trip was meant to show that al-Burhan was in control. "He wants to tell the world that he is the head of state, and that the RSF is a rebel force," he said.

Al-Burhan is expected to return to Port Sudan on Wednesday.

RELATED ARTICLES
- Sudanese families stranded at Wadi Halfa crossing
- UN envoy Perthes resigns, citing situation on the ground
- Chad reopens border crossing at Adre for aid convoys

Share: Facebook | X | Telegram | Print

Comments: 0"""))

A.append(dict(id="h62-10", source="news24.com",
url="https://www.news24.com/news24/politics/african-leaders-meet-putin-in-st-petersburg-after-kyiv-20230617",
published_at="2023-06-17", body="""JSE ALSI 77,841 ▲ 0.51% | USD/ZAR 18.30 ▼ -0.41% | GBP/ZAR 23.42 | Gold $1,957

Subscribe to News24 | Newsletters | Audio

Politics

Ramaphosa and African leaders press Putin for peace after Kyiv leg of mission

Jan Cronje

17 Jun 2023

President Cyril Ramaphosa and Russian President Vladimir Putin at the Konstantinovsky Palace in St Petersburg on Saturday. GCIS

An African peace delegation led by President Cyril Ramaphosa met Russian President Vladimir Putin in St Petersburg on Saturday, a day after the leaders held talks with Ukraine's Volodymyr Zelensky in Kyiv, urging both sides to de-escalate and open negotiations.

The delegation included Senegal's Macky Sall, Zambia's Hakainde Hichilema, Comoros President Azali Assoumani, the current chair of the African Union, and Egyptian Prime Minister Mostafa Madbouly. Uganda's Yoweri Museveni and Congo-Brazzaville's Denis Sassou Nguesso pulled out at the last minute and sent lower-level representatives.

"This war must be settled through negotiations and diplomatic means," Ramaphosa told Putin at the start of the meeting at the Konstantinovsky Palace, presenting a ten-point plan that includes the return of prisoners of war and children, and unimpeded grain exports.

Putin said Russia was "open to constructive dialogue with all who want peace" but repeated that Ukraine had walked away from talks in 2022. He showed the leaders what he said was a draft treaty initialled in Istanbul.

On Friday the leaders travelled by train from Poland to Kyiv, where they visited the mass graves at Bucha and then held talks with Zelensky. Air raid sirens sounded as the leaders arrived in the city. Zelensky rejected any talks while Russian troops remained on Ukrainian soil. "To allow any negotiations with Russia now, while the occupier is on our land, means to freeze the war," he said at a joint press conference.

The mission was overshadowed by a row in Poland, where a plane carrying Ramaphosa's security detail and journalists was held at Warsaw's Chopin airport for more than a day over permits for weapons.

Critics in South Africa said the trip was meant to improve Pretoria's image after the US ambassador accused it of supplying arms to Russia, a charge the government denies. The DA called it "a publicity stunt".

Hichilema said the continent had a stake in the outcome because of the impact of the war on food and fertiliser prices. Sall said the delegation was "not here to mediate between good and evil, but to contribute to peace".

The Presidency said the leaders would report back to the AU and that Ramaphosa would brief Putin again at the Russia-Africa summit in St Petersburg in late July.

Ramaphosa is due back in Pretoria on Sunday.

Read next:
- Lavrov, Pandor to hold talks on BRICS summit arrangements
- Ramaphosa's security team stuck in Warsaw: what went wrong
- Eskom: Stage 4 load shedding until Monday

News24 | Share | 87 comments"""))

A.append(dict(id="h62-11", source="punchng.com",
url="https://punchng.com/niger-ecowas-leaders-order-activation-of-standby-force/",
published_at="2023-08-10", body="""Naira 770.38/$ | BRENT $87.55 | NGX ASI 65,891.41 ▼ -0.14%

Subscribe to Punch Premium | E-paper

News

Niger: ECOWAS leaders order activation of standby force, insist on diplomacy

By Stephen Angbulu, Abuja
10th August 2023

President Bola Tinubu at the ECOWAS extraordinary summit in Abuja on Thursday. Photo: State House

West African leaders on Thursday ordered the activation of the ECOWAS standby force to restore constitutional order in Niger, but said they still favoured a peaceful resolution to the crisis triggered by the July 26 coup.

The decision was announced at the end of an extraordinary summit of ECOWAS heads of state and government at the State House in Abuja, chaired by President Bola Tinubu, the current chairman of the bloc.

"No option is taken off the table, including the use of force as a last resort," Tinubu said in his opening remarks. He said the bloc had engaged "all parties involved, including the coup leaders, in earnest discussions".

The communiqué, read by ECOWAS Commission President Omar Touray, directed the chiefs of defence staff to "activate the ECOWAS standby force with all its elements immediately". It did not give a timeline.

Leaders present included Côte d'Ivoire's Alassane Ouattara, Senegal's Macky Sall, Ghana's Nana Akufo-Addo, Benin's Patrice Talon, Guinea-Bissau's Umaro Sissoco Embaló, Liberia's George Weah, Togo's Faure Gnassingbé and Sierra Leone's Julius Maada Bio. No bilateral meetings were announced on the sidelines.

Ouattara told journalists after the summit that Côte d'Ivoire would provide a battalion of 850 to 1,100 soldiers, and that Nigeria and Benin would also contribute. "We are determined to reinstate Bazoum in his functions," he said.

The summit followed the expiry on Sunday of a one-week ultimatum the bloc gave the junta led by Gen. Abdourahamane Tiani to reinstate President Mohamed Bazoum, who has been held at the presidential palace with his wife and son since the coup.

Diplomatic efforts have so far yielded little. A joint ECOWAS, AU and UN mission was refused entry to Niamey on Tuesday, while an earlier ECOWAS delegation led by former head of state Abdulsalami Abubakar was not received by Tiani. Chadian leader Mahamat Idriss Déby, whose country is not an ECOWAS member, met the junta in Niamey on July 30.

Acting US Deputy Secretary of State Victoria Nuland travelled to Niamey on Monday and held what she described as "extremely frank and at times quite difficult" talks with the coup leaders, but was not allowed to see Tiani or Bazoum.

The same day, a joint delegation from Mali and Burkina Faso, both run by military governments, visited Niamey to express solidarity with the junta. The two countries have said any intervention in Niger would be treated as a declaration of war.

US Secretary of State Antony Blinken said this week he had spoken to Bazoum several times since the coup.

In Niamey, the junta named a new prime minister, Ali Mahaman Lamine Zeine, and hundreds of supporters rallied outside a French military base. Algeria, which borders Niger, has warned against military action.

The Senate had last week urged Tinubu to explore political and diplomatic options.

RELATED NEWS
Tinubu receives Emir of Kano, Sultan at Villa
Niger coup: Nigerians in border towns count losses
ECOWAS court adjourns case on Mali sanctions

Tags: ECOWAS, Niger, Tinubu, Bazoum, coup

Share: Facebook | X | WhatsApp | Email

25 Comments"""))

A.append(dict(id="h62-12", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3202580/xi-jinping-holds-marathon-talks-arab-leaders-riyadh",
published_at="2022-12-10", body="""HSI 19,900.87 ▲ 2.32% | SSE 3,206.95 ▲ 0.27% | USD/CNY 6.9620 | BRENT 76.10

Sign in | Subscribe | SCMP app

China / Diplomacy

Xi Jinping meets leaders from across Arab world in Riyadh marathon

Chinese leader holds one-to-one talks with Egypt's Sisi, Iraq's Sudani and Palestinian president after signing strategic pact with Saudi Arabia

Published: 10:15pm, 10 Dec 2022 | Updated: 11:30pm, 10 Dec 2022

Laura Zhou

Chinese President Xi Jinping and Saudi Crown Prince Mohammed bin Salman at the Al Yamamah Palace in Riyadh. Photo: Xinhua

Chinese President Xi Jinping held a string of meetings with Arab leaders in the Saudi capital on Friday, on the sidelines of the first China-Arab States Summit, rounding off a three-day state visit to Saudi Arabia that Beijing said opened "a new era" in its relations with the region.

Xi met Egyptian President Abdel Fattah el-Sisi, telling him China regarded Egypt as a comprehensive strategic partner and would encourage more Chinese companies to invest in the Suez Canal Economic Zone, Chinese state media reported.

In separate meetings, he told Iraqi Prime Minister Mohammed Shia al-Sudani that China would help Iraq with its post-war reconstruction, and assured Palestinian President Mahmoud Abbas that Beijing supported an independent Palestinian state on the 1967 borders. He also sat down with Kuwait's Crown Prince Sheikh Mishal al-Ahmad al-Jaber al-Sabah, according to the Kuwait News Agency.

Xi also met the leaders of Djibouti, Mauritania and Sudan, Xinhua said in a brief item, without giving details.

The meetings came a day after Xi and King Salman signed a comprehensive strategic partnership agreement and the Chinese leader held talks with Crown Prince Mohammed bin Salman at the Al Yamamah Palace. Chinese and Saudi companies also signed 34 investment deals, covering green energy, information technology, cloud services, transport and construction, according to the Saudi Press Agency.

Xi, who arrived on Wednesday, also attended a summit with leaders of the Gulf Cooperation Council on Friday, where he called on Gulf states to use the Shanghai Petroleum and Natural Gas Exchange to settle oil and gas trade in yuan.

The visit, Xi's first to the Middle East since 2016, comes at a low point in US-Saudi ties. President Joe Biden visited Jeddah in July in an effort to persuade Riyadh to pump more oil, only for the Opec+ group to announce cuts in October.

White House national security spokesman John Kirby said the US was "mindful of the influence China is trying to grow around the world" but was not asking countries to choose.

Analysts said the visit sent a message to Washington. "Riyadh is hedging," said a researcher at a Beijing think tank. "But security ties with America remain irreplaceable, and Beijing knows that."

Saudi Foreign Minister Prince Faisal bin Farhan said at a press conference that the kingdom did not believe in "polarisation or choosing between sides".

Xi left Riyadh on Saturday, Xinhua said. The second China-Arab States Summit will be held in China in 2026.

MORE ON THIS STORY
Xi invites Saudi crown prince to visit Beijing
What does China want from the Gulf?
Ex-Huawei executive joins Saudi tech fund

Topics: Xi Jinping, Saudi Arabia, China-Arab relations, Middle East

Share: Facebook | X | LinkedIn | Email

Comments (41)"""))
