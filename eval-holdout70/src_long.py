# Long pages (2,500-4,500 characters), h70-01 .. h70-12
A = []

A.append(dict(id="h70-01", source="lemonde.fr",
url="https://www.lemonde.fr/en/international/article/2024/05/06/macron-presses-xi-on-trade-and-ukraine-as-chinese-leader-opens-european-tour-in-paris_6670412_4.html",
published_at="2024-05-06", body="""Le Monde in English | Subscribe | Log in

We and our partners use cookies and similar technologies to store and access information on your device. Accept and close | Manage my choices | Subscribe to refuse

CAC 40 8,046.03 +0.52% | EURO STOXX 50 4,945.20 +0.60% | EUR/USD 1.0768 | BRENT $83.33

International > China

Macron presses Xi on trade and Ukraine as Chinese leader opens European tour in Paris

Emmanuel Macron received Xi Jinping at the Elysée on Monday for talks his entourage called "frank", before taking his guest to the Pyrenees on Tuesday. The Chinese president then travels on to Serbia and Hungary.

By Clémence Arnoult-Vidal and Thomas Kerbrat
Published today at 9:14 pm (Paris), updated at 10:02 pm
Reading time 4 min. Article reserved for subscribers

Emmanuel Macron and Xi Jinping at the Elysée Palace in Paris, May 6, 2024. MATHIEU DELMAS / AFP

Chinese President Xi Jinping, who had landed at Orly on Sunday afternoon and was greeted on the tarmac by Prime Minister Gabriel Attal, was received at the Elysée on Monday morning by Emmanuel Macron, who used the first full day of his guest's state visit to press Beijing on two fronts at once: the war in Ukraine, on which Paris wants China to lean on Moscow, and a trade imbalance that the French president said Europe could "no longer accept as it is".

The day opened in a three-way format with European Commission President Ursula von der Leyen, whom Mr Macron had insisted on inviting so that the visiting leader would hear "a European voice" rather than a French one alone. The two heads of state then continued with their delegations for a little over an hour, and, according to an adviser, for a further forty minutes with only interpreters in the room.

"The future of our continent will very clearly depend on our capacity to continue to develop relations with China in a balanced way," Mr Macron said afterwards, standing beside his counterpart at a lectern in the Salle des Fêtes. Mr Xi, for his part, said China was "neither the creator of the Ukraine crisis nor a party to it" and rejected what he described as attempts to use the conflict "to smear a third country". The Elysée nonetheless said the two men had agreed to call for an "Olympic truce" during the Paris Games this summer, and that their exchanges on exports of dual-use goods to Russia had been "useful" - a word that French diplomats, speaking privately, said would be judged on results.

On trade, it fell to Ms von der Leyen to mention the Commission's investigation into subsidies for Chinese electric vehicles. Beijing, which in January opened an anti-dumping probe into European brandy that was widely read as a warning shot at cognac, was thanked by its host for its "openness" on the matter, though the Chinese readout of the talks made no mention of it.

Monday ended with a state dinner at the Elysée. On Tuesday, the president takes his guest to the Col du Tourmalet in the Hautes-Pyrénées, where he spent part of his childhood with his grandmother - a personal gesture meant to return the hospitality he was shown in Guangzhou last year, when Mr Xi received him at the residence of the provincial governor.

The rest of the itinerary has raised eyebrows in other European capitals. From the Pyrenees, Mr Xi flies to Belgrade, where he is due on Tuesday evening, twenty-five years to the day after NATO's bombing of the Chinese embassy in the city, and where President Aleksandar Vucic has promised a welcome fit for an "iron friend". He then heads to Budapest for talks with Viktor Orbán, who last October was the only EU head of government to attend Beijing's Belt and Road forum.

"He is visiting one country that preaches European strategic autonomy and two that make no secret of their closeness to Moscow," said a researcher at a Paris think tank, "and Beijing is quite happy to let each of them hear what it wants to hear."

Mr Xi's first trip to Europe in five years comes three weeks after German Chancellor Olaf Scholz spent three days in China with a delegation of business leaders, a visit for which he was criticised at home for having said little about market access.

Read more Subscribers only: In Serbia, Xi Jinping expected as an old friend
Read more: Blinken in Beijing warns over support for Russia's war industry

Most read
1. Cognac makers fear they will pay the price for the EV dispute
2. Paris 2024: the Olympic flame lands in Marseille

Share: Facebook | X | LinkedIn | Email | Copy link
Le Monde with AFP
"""))

A.append(dict(id="h70-02", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/politics/vietnam-us-upgrade-ties-to-comprehensive-strategic-partnership-as-biden-visits-hanoi-4651203.html",
published_at="2023-09-11", body="""VnExpress International - Latest news, business, travel and analysis from Vietnam

VN-Index 1,242.36 +0.35% | HNX-Index 253.18 -0.12% | USD/VND 24,050 | SJC gold 68.65 million VND/tael

News > Politics

Vietnam, US upgrade ties to comprehensive strategic partnership as Biden visits Hanoi

By Tran Khanh Linh, Do Quang Vinh   September 11, 2023 | 06:12 pm GMT+7

U.S. President Joe Biden and General Secretary Nguyen Phu Trong at the Party Central Committee headquarters in Hanoi, September 10, 2023. Photo by VnExpress/Le Hoang Son

General Secretary Nguyen Phu Trong and U.S. President Joe Biden agreed on Sunday to raise relations between the former enemies to a comprehensive strategic partnership, the top tier of Vietnam's diplomatic hierarchy, skipping the intermediate step in a single move.

Biden, who flew into Noi Bai International Airport on Sunday afternoon directly from the Group of 20 summit in New Delhi, was received by Trong at the headquarters of the Communist Party of Vietnam Central Committee, the first time an American president has been hosted there by a party chief. The two leaders, seated beneath a bust of Ho Chi Minh, spoke for about an hour before addressing reporters.

"We are opening a new chapter," said Trong, who recalled that the two countries had gone from wartime adversaries to partners since normalizing relations in 1995. His guest called the upgrade "a big deal" and said the countries were now "critical partners at what I would argue is a very critical time".

On Monday the visiting president was welcomed by State President Vo Van Thuong at the Presidential Palace and held talks with Prime Minister Pham Minh Chinh, with whom he attended a business forum on innovation and investment at which several semiconductor and aviation deals, including an order by Vietnam Airlines for 50 Boeing 737 MAX jets, were announced.

Biden, who told reporters in Hanoi that he was not seeking to contain China - "I just want to make sure we have a relationship with China that is on the up and up" - had been in India since Friday, when he held talks with Prime Minister Narendra Modi at the latter's residence on the eve of the summit. While in New Delhi he also exchanged a few words with Chinese Premier Li Qiang, who led Beijing's delegation in place of President Xi Jinping, though the White House said no formal meeting took place.

Beijing responded cautiously. Asked about the upgrade at a regular briefing, foreign ministry spokeswoman Mao Ning said China hoped relevant countries would "abide by the basic norms of international relations" and not target third parties. Diplomats in Hanoi say a visit by Xi could follow before the end of the year, though neither side has confirmed it.

The joint statement issued on Monday covers cooperation on semiconductors, critical minerals, climate change and the search for soldiers missing from the war, and says Washington supports "a strong, independent, prosperous and self-reliant Vietnam".

Biden leaves Hanoi on Monday evening for Anchorage, Alaska, where he will mark the anniversary of the September 11 attacks with service members.

Read more
- Party chief Trong receives Australian PM Albanese
- Vietnam Airlines to buy 50 Boeing 737 MAX jets in $10 billion deal
- What does a comprehensive strategic partnership mean?

Tags: Joe Biden, Nguyen Phu Trong, Vietnam-US relations, comprehensive strategic partnership
Share: Facebook | Twitter | Copy link   Comments (12)
"""))

A.append(dict(id="h70-03", source="dailymaverick.co.za",
url="https://www.dailymaverick.co.za/article/2023-01-23-pandor-rolls-out-red-carpet-for-lavrov-calls-withdrawal-demand-simplistic/",
published_at="2023-01-23", body="""DAILY MAVERICK

JSE ALL SHARE 78,412 +0.41% | USD/ZAR 17.12 | EUR/ZAR 18.63 | GBP/ZAR 21.21 | BRENT $88.07 | GOLD $1,927

Support Daily Maverick: become an Insider from R25 a month. Join now

SOUTH AFRICA

Pandor rolls out the red carpet for Lavrov, calls demand for Russian withdrawal 'simplistic'

By Thandeka Mokoena-Reid and Pieter van der Walt | 23 Jan 2023 | 14 Comments

Russian Foreign Minister Sergei Lavrov and International Relations and Cooperation Minister Naledi Pandor at the OR Tambo Building in Pretoria on 23 January 2023. (Photo: Sipho Mahlangu / Gallo Images)

Russian Foreign Minister Sergei Lavrov was hosted in Pretoria on Monday by his South African counterpart, Naledi Pandor, who said she would not repeat calls for Moscow to withdraw its troops from Ukraine because doing so, given "the massive transfer of arms" to Kyiv, would be "simplistic and infantile".

Speaking at a joint media briefing at the OR Tambo Building, the headquarters of the Department of International Relations and Cooperation (Dirco), Pandor said relations between the two countries were longstanding and that South Africa would not be bullied into choosing sides. She confirmed that naval exercises with Russia and China, dubbed Mosi II, would go ahead off the KwaZulu-Natal coast next month, around the first anniversary of the invasion. "All countries conduct military exercises with friends worldwide," she said.

Lavrov, who landed on Sunday night on a trip announced only days earlier, thanked his host for what he called South Africa's "balanced" stance and accused the West of trying to drag African states into its confrontation with Moscow. He said an invitation for President Cyril Ramaphosa to attend the second Russia-Africa summit in St Petersburg in July had been "conveyed and gratefully received", and that Russia looked forward to the BRICS summit that South Africa hosts in August.

The DA's spokesperson on international relations said the minister had "turned Pretoria into a stage set for Russian propaganda" and accused the government of abandoning its stated neutrality. Dirco rejected the criticism, saying the visit had been "long in the planning".

The timing was awkward. US Treasury Secretary Janet Yellen, who is in Lusaka on the second leg of an African tour that began in Senegal last week, is due in South Africa later this week, where she is scheduled to hold talks with Finance Minister Enoch Godongwana and to meet Pandor. Last August it was Secretary of State Antony Blinken who was received at the OR Tambo Building and who left with little more than a promise of continued dialogue.

Analysts said the contrast between the two visits would be closely watched in Washington. "Pretoria wants to be seen talking to everybody," said a researcher at the South African Institute of International Affairs. "The problem is that it is being judged on what it says to whom."

From Pretoria, the Russian minister heads to Eswatini, where he is expected to be received by King Mswati III, and then to Angola for talks with President Joao Lourenco. Russian media reported that a stop in Eritrea was also possible, but the foreign ministry in Moscow had not confirmed it by Monday evening.

READ MORE:
- Mosi II: What we know about the naval drills off Richards Bay
- Yellen to push Africa investment drive on three-nation tour
- Ramaphosa fires back at critics over Russia stance

Tags: Naledi Pandor, Sergei Lavrov, Dirco, Russia, Ukraine
Share: Facebook | Twitter | WhatsApp | Email   Comments (14)
"""))

A.append(dict(id="h70-04", source="thenationalnews.com",
url="https://www.thenationalnews.com/gulf-news/saudi-arabia/2023/03/10/saudi-arabia-and-iran-agree-to-restore-ties-in-china-brokered-deal/",
published_at="2023-03-10", body="""The National

Brent crude $82.78 +1.39% | WTI $76.68 | Gold $1,867 | USD/AED 3.6725 | Tadawul 10,258 -0.4%

Gulf News > Saudi Arabia

Saudi Arabia and Iran agree to restore ties in China-brokered deal

Embassies to reopen within two months after four days of talks in Beijing

Layla Mansour-Haddad
Mar 10, 2023
Listen to this article 4 min

Ali Shamkhani, secretary of Iran's Supreme National Security Council, left, Wang Yi, director of China's Office of the Central Foreign Affairs Commission, and Saudi national security adviser Musaed Al Aiban in Beijing on Friday. AP

Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen their embassies within two months, seven years after the regional rivals cut ties, in a deal announced in Beijing after talks mediated by China.

A joint trilateral statement, read out at a ceremony in the Chinese capital and signed by Musaed Al Aiban, Saudi Arabia's Minister of State and National Security Adviser, and Ali Shamkhani, secretary of Iran's Supreme National Security Council, alongside Wang Yi, Beijing's top diplomat, said the two sides would respect "the sovereignty of states and non-interference in their internal affairs".

Under the agreement, which followed talks held from March 6 to 10 and rounds hosted by Iraq and Oman in 2021 and 2022, the foreign ministers of the two countries, Prince Faisal bin Farhan and Hossein Amirabdollahian, will meet to implement the decision, arrange for the return of their ambassadors and discuss ways of strengthening relations. The two sides also agreed to activate a security co-operation agreement signed in 2001 and a 1998 accord covering trade, investment and technology.

Riyadh severed ties in January 2016 after protesters stormed its embassy in Tehran and a consulate in Mashhad following the execution of the Shiite cleric Nimr Al Nimr.

In a statement carried by the Saudi Press Agency, the kingdom said the agreement came in response to an initiative by President Xi Jinping, who visited Riyadh in December, and expressed its appreciation to Iraq and Oman for hosting the earlier rounds. Mr Shamkhani, quoted by Iran's Nournews, described the talks as "clear, transparent, comprehensive and constructive", and credited Iranian President Ebrahim Raisi's state visit to Beijing last month with giving them new momentum.

Mr Wang hailed "a victory for dialogue, a victory for peace", and said Beijing would continue to play "a constructive role" on the world's hotspot issues.

In Washington, National Security Council spokesman John Kirby said Riyadh had kept the US informed about the talks, but that the administration would be watching whether Tehran honoured its side of the bargain. The UAE, which returned its ambassador to Tehran last year, welcomed the agreement, as did Oman, Iraq and Qatar.

Analysts said the deal, reached without the involvement of the US, marked a notable diplomatic coup for China, which is the largest buyer of both countries' oil. "Beijing has shown it can convene the two sides, but the hard part - Yemen, the militias, the nuclear file - has barely been touched," said a Gulf-based researcher.

Read more
- Saudi Arabia and Iran: a timeline of a troubled relationship
- What the China-brokered deal means for the war in Yemen

Most Read
1. UAE President receives phone call from Iranian President
2. Dubai Metro Blue Line: route and stations revealed
3. Emirates to add more A380 flights to Australia

Updated: March 10, 2023, 4:58 PM
"""))

A.append(dict(id="h70-05", source="buenosairesherald.com",
url="https://buenosairesherald.com/politics/milei-meets-netanyahu-in-jerusalem-vows-to-move-argentinas-embassy",
published_at="2024-02-07", body="""Buenos Aires Herald

Official $826.50 / $866.50 | Blue $1,175 / $1,195 | MEP $1,201 | Merval 1,072,314 -0.8% | Country risk 1,744

Politics

Milei meets Netanyahu in Jerusalem, vows to move Argentina's embassy

The president, on his first bilateral trip since taking office, heads to Rome next to see Pope Francis and Giorgia Meloni

By Tomás Guerreiro Luna
February 7, 2024

President Javier Milei and Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday. Photo: Israeli Government Press Office

President Javier Milei was received by Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, a day after arriving on a trip during which he has promised to move Argentina's embassy from Tel Aviv to the contested city, a pledge that puts him at odds with most of Latin America.

Milei, who was met at Ben Gurion airport on Tuesday by Foreign Minister Israel Katz and went straight from the tarmac to the Western Wall, where he wept and prayed alongside Rabbi Axel Wahnish - the man he has named as his ambassador to Israel - told his host that the move would happen "as soon as possible". Netanyahu called his guest "a great friend of the Jewish state" and thanked him for what he described as Argentina's "moral clarity" since the October 7 attacks.

The president also met President Isaac Herzog and was due later in the day to visit Kibbutz Nir Oz near the Gaza border, where several residents with Argentine citizenship were killed or taken hostage. Foreign Minister Diana Mondino, who is travelling with him, said relatives of the hostages would be received by the delegation.

The announcement drew swift criticism. The Palestinian foreign ministry called it "a violation of international law", and the Arab League's representative in Buenos Aires requested a meeting with the Foreign Ministry. Officials at the Palacio San Martín, speaking on condition of anonymity, said no timetable for the move had been drawn up and that the decision would depend on "security and budget considerations".

From Israel, Milei flies to Rome, where on Sunday he is scheduled to attend the canonisation of María Antonia de Paz y Figueroa, "Mama Antula", Argentina's first female saint, and to be received by Pope Francis at the Vatican on Monday - an audience watched closely after he called the pontiff "the representative of the evil one on Earth" during last year's campaign. The Casa Rosada said he would also hold talks with Italian Prime Minister Giorgia Meloni at Palazzo Chigi before returning to Buenos Aires.

It is the president's second trip abroad after last month's World Economic Forum in Davos, where he lectured business leaders on the dangers of socialism. Ukrainian President Volodymyr Zelensky, who flew to Buenos Aires for Milei's inauguration in December, has since invited him to Kyiv; officials say no date has been set.

Related
- Mondino: 'Argentina will not return to the Brics process'
- Omnibus bill sent back to committee after defeat in Congress
- Caputo meets IMF team in Washington

Tags: Javier Milei, Israel, Netanyahu, Foreign Policy, Vatican
Share on WhatsApp | X | Facebook
Read our comment policy. 37 comments
"""))

A.append(dict(id="h70-06", source="bbc.com",
url="https://www.bbc.com/news/articles/c4g0modi7kyivo",
published_at="2024-08-23", body="""Skip to content

Let us know you agree to cookies. We use cookies to give you the best online experience. Yes, I agree | No, take me to settings

BBC | Home | News | Sport | Business | Innovation | Culture | Travel

Modi meets Zelensky in Kyiv on first visit by an Indian PM since Ukraine's independence

23 August 2024
Share | Save

Arjun Menon-Clarke, BBC News, Delhi and Oksana Hrytsenko, BBC Ukrainian, Kyiv

Getty Images: Mr Modi was hosted by Polish Prime Minister Donald Tusk in Warsaw on Thursday, hours before boarding the overnight train to Kyiv

Indian Prime Minister Narendra Modi has held talks with Volodymyr Zelensky in Kyiv, six weeks after a visit to Moscow during which he was photographed embracing Vladimir Putin - an image the Ukrainian president described at the time as "a huge disappointment and a devastating blow to peace efforts".

Mr Modi, who arrived on Friday morning after a 10-hour train journey from the Polish border, was driven to the Mariinskyi Palace, where the two leaders spoke for about three hours, part of that time without aides.

Before the talks, the pair visited an exhibition in memory of children killed in the war, at which the Indian leader laid a toy and put his arm around his host's shoulders. Ukrainian officials said the gesture had been noticed.

"India has never been neutral. From the very first day we have been on the side of peace," Mr Modi said, repeating his line that "no problem can be solved on the battlefield". He offered to play "the role of a friend" if asked.

Mr Zelensky, speaking to journalists after his guest had left, said he had pressed him to back the peace formula that Kyiv has been promoting and to cut India's purchases of Russian oil, which he said were helping to pay for the war. He said he had been invited to visit India and hoped to do so, though he gave no date.

The two governments signed four agreements, on agriculture, medicine, culture and humanitarian assistance, including the supply of Indian-made mobile hospital units.

The trip is the first by an Indian prime minister since Ukraine became independent in 1991. Delhi, which has declined to condemn Russia's invasion and has become one of the largest buyers of Russian crude, was at pains to present it as part of a balancing act: the prime minister arrived from Warsaw, where he had spent two days and become the first Indian leader to visit Poland in 45 years.

Asked whether Mr Modi would brief Mr Putin afterwards, India's foreign secretary, Vikram Misri, said only that the prime minister remained "in touch with all sides", and he declined to say whether a call was being planned.

Western diplomats in Delhi said the visit would be read in Washington as a sign that India wanted to keep its options open. "It is a carefully symmetrical trip," said one. "Moscow in July, Kyiv in August."

The two leaders last met in June, on the sidelines of the G7 summit in southern Italy.

Related
- 'Huge disappointment': Zelensky criticises Modi-Putin hug
- Why India keeps buying Russian oil
- Ukraine says it has advanced further into Russia's Kursk region

More from the BBC
- US and India sign supply security arrangement
- Mpox: what we know about the new variant

Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.
"""))

A.append(dict(id="h70-07", source="abc.net.au",
url="https://www.abc.net.au/news/2023-11-06/albanese-meets-xi-jinping-in-beijing/103068112",
published_at="2023-11-06", body="""ABC News

ASX 200 7,005.1 +0.8% | AUD/USD 0.6515 | AUD/CNY 4.74 | Iron ore US$124.80 | Brent US$85.10

Albanese meets Xi Jinping in Beijing, says relationship is 'on a good path' after years in the freeze

By China correspondent Rachel Huang-Fitzgerald and political reporter Josh Barnaby in Beijing
Posted Mon 6 Nov 2023 at 7:48pm, updated Mon 6 Nov 2023 at 10:31pm

Anthony Albanese is the first Australian prime minister to visit China since 2016. (AAP: Kate Morrow)

Prime Minister Anthony Albanese has met Chinese President Xi Jinping in the Great Hall of the People in Beijing, with both leaders describing the relationship between Canberra and Beijing as back on track after years in the deep freeze.

Mr Albanese, who was welcomed with an honour guard before sitting down with his host for talks that ran well past the scheduled time, said afterwards that the meeting had been "very positive" and that the two countries would "cooperate where we can, disagree where we must".

According to the Chinese readout, Mr Xi told his visitor that "a sound and stable China-Australia relationship serves the common interests of the two peoples", and that the two sides should "stay committed to the right direction" despite their differences. Mr Xi also recalled that it was Gough Whitlam who, fifty years ago, became the first Australian prime minister to visit the People's Republic.

Mr Albanese said he had raised the case of Australian writer Yang Hengjun, who has been detained in Beijing since 2019, as well as the remaining trade impediments on Australian wine, beef and rock lobster. Chinese officials have already agreed to review duties on wine, following the lifting of tariffs on barley earlier this year.

The meeting came a day after the Prime Minister was received in Shanghai by Premier Li Qiang, whom he met on the sidelines of the China International Import Expo, where dozens of Australian companies are exhibiting. He will hold the annual leaders' meeting with Mr Li in Beijing on Tuesday before flying home, and said he had invited the premier to visit Australia next year, an invitation he said had been accepted.

The visit comes little more than a week after Mr Albanese was hosted by President Joe Biden at the White House for a state visit, and he rejected suggestions that he was trying to have it both ways. "Australia's position is consistent: we engage in our national interest," he said.

The Opposition Leader, Peter Dutton, said the Prime Minister should have secured Dr Yang's release before agreeing to travel. "It's a mistake to give the Chinese Communist Party the propaganda win without getting anything in return," he told Sky News.

Trade Minister Don Farrell, who is travelling with the Prime Minister, said exporters were "cautiously optimistic" but that the real test would be whether the remaining measures were lifted by the end of the year.

Later on Monday Mr Albanese walked through the Temple of Heaven, where Whitlam was photographed in 1973, and told reporters that it was "important to have a dialogue".

From Beijing, the Prime Minister heads to the Cook Islands for the Pacific Islands Forum leaders' meeting in Rarotonga.

Related stories
- Cheng Lei speaks about her release after three years in detention
- Albanese hosted by Biden at the White House for state dinner
- What does China's barley backdown mean for farmers?

Topics: government-and-politics, foreign-affairs, albanese-anthony, china, australia
Share this article
"""))

A.append(dict(id="h70-08", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-putin-discuss-reviving-grain-deal-in-sochi-talks",
published_at="2023-09-04", body="""DAILY SABAH

BIST 100 7,903.45 +1.12% | USD/TRY 26.76 | EUR/TRY 28.85 | GOLD (gr) 1,657 TL | BRENT $88.90

POLITICS > DIPLOMACY

Erdoğan, Putin discuss reviving grain deal in Sochi talks

by DAILY SABAH WITH AGENCIES
ISTANBUL
SEP 04, 2023 - 8:41 PM GMT+3

President Recep Tayyip Erdoğan is welcomed by Russian President Vladimir Putin at the Rus sanatorium in Sochi, Russia, Sept. 4, 2023. (AA Photo)

President Recep Tayyip Erdoğan, who was hosted by Russian President Vladimir Putin in the Black Sea resort of Sochi on Monday, said Türkiye would soon reach a solution that meets expectations on reviving the Black Sea grain initiative, which Moscow quit in July.

Speaking at a joint news conference after talks that lasted nearly three hours, Erdoğan said Ankara had prepared, together with the United Nations, a new package of proposals that would address Russia's concerns. "We believe we will reach a solution that meets expectations in a short time," he said.

His host was less forthcoming. Putin said Russia would return to the deal only once the West fulfilled its obligations to ease restrictions on Russian agricultural exports, including reconnecting the Russian Agricultural Bank to the SWIFT payment system. He said Moscow was close to completing an arrangement under which it would supply up to 1 million tons of grain at a discount to Türkiye for processing and onward shipment to countries most in need, with Qatar's financial support, and would send free grain to six African countries.

The meeting, the two leaders' first face-to-face encounter since Erdoğan's re-election in May, had been prepared last week when Foreign Minister Hakan Fidan traveled to Moscow for talks with his Russian counterpart Sergey Lavrov, who told reporters at the time that Moscow was "open" to Ankara's ideas but would not be "deceived again".

The two presidents also discussed the Akkuyu nuclear power plant that Russia's Rosatom is building on Türkiye's Mediterranean coast, plans for a natural gas hub in Thrace, and the normalization process between Ankara and Damascus, which Moscow has been mediating.

Erdoğan, who hosted Ukrainian President Volodymyr Zelenskyy in Istanbul in July, told reporters after the talks that he would convey the outcome to Kyiv, without saying whether he would speak with Zelenskyy. Putin, meanwhile, repeated that he might visit Türkiye "soon"; Kremlin spokesperson Dmitry Peskov later said no date had been set.

Western capitals watched the talks closely. The U.S. State Department said it hoped Moscow would return to the initiative, which allowed more than 32 million tons of grain to be shipped from Ukrainian ports over the year it was in force.

Erdoğan travels to New Delhi later this week for the Group of 20 summit.

SUGGESTED
- Fidan, Lavrov discuss grain corridor in Moscow
- Türkiye, Hungary sign deals on energy, defense
- Ankara slams Greek remarks on Aegean islands

Tags: Recep Tayyip Erdoğan, Vladimir Putin, Black Sea Grain Initiative, Sochi, Türkiye-Russia relations
Share: Facebook | X | WhatsApp | LinkedIn
"""))

A.append(dict(id="h70-09", source="english.ahram.org.eg",
url="https://english.ahram.org.eg/NewsContent/1/1234/516112/Egypt/Foreign-Affairs/Sisi-receives-Chinese-FM-Wang-Yi-Cairo,-Beijing-ca.aspx",
published_at="2024-01-14", body="""Ahram Online

EGX30 26,517 +2.1% | USD/EGP 30.90 | EUR/EGP 33.83 | Gold 21K EGP 3,170

Egypt > Foreign Affairs

Sisi receives Chinese FM Wang Yi; Cairo, Beijing call for immediate Gaza ceasefire

Ahram Online , Sunday 14 Jan 2024

President Abdel-Fattah El-Sisi receives Chinese Foreign Minister Wang Yi in Cairo on Sunday. Photo courtesy of the Egyptian Presidency

President Abdel-Fattah El-Sisi received on Sunday Chinese Foreign Minister Wang Yi, who is in Cairo on the first leg of an African tour, in the presence of Foreign Minister Sameh Shoukry, presidential spokesman Ahmed Fahmy said in a statement.

Fahmy said the president asked the visiting minister to convey his greetings to President Xi Jinping, and that both sides stressed the need for an immediate and comprehensive ceasefire in the Gaza Strip and the unhindered entry of humanitarian aid, while rejecting any attempt to displace Palestinians from their land.

The meeting at the Ittihadiya Palace came a few hours after Wang held talks with his Egyptian counterpart at the Tahrir Palace, following which the two ministers issued a joint statement on the war in Gaza. The statement, the spokesman of the foreign ministry said, called on the UN Security Council to assume its responsibilities and demanded a halt to the "collective punishment" of the Palestinian people.

"Egypt and China share the same position: this war must stop now," Shoukry told a joint press conference, adding that Cairo valued Beijing's "balanced" stance at the Security Council. Wang, for his part, said China "firmly supports" a two-state solution and would "continue to stand on the side of justice". He also expressed concern over the attacks on commercial shipping in the Red Sea, which have reduced Suez Canal revenues in recent weeks.

The two ministers, according to the Egyptian foreign ministry, also reviewed preparations for events marking the 68th anniversary of diplomatic relations and the tenth anniversary of the comprehensive strategic partnership between the two countries, which was established during Sisi's state visit to Beijing in December 2014. Egypt, they noted, became a full member of the BRICS group on January 1.

Chinese investment in the Suez Canal Economic Zone, particularly in the TEDA industrial park at Ain Sokhna, and cooperation on the New Administrative Capital were also discussed, the ministry said.

Wang's trip continues a tradition, now in its 34th year, under which China's foreign minister makes Africa the destination of his first overseas trip of the year. After Cairo, he is scheduled to travel to Tunisia on Monday, and will then visit Togo and Cote d'Ivoire, the Chinese foreign ministry said in a statement announcing the tour.

Related
- Shoukry receives phone call from Jordanian counterpart on Gaza aid
- Egypt, Qatar continue efforts towards new humanitarian truce
- Suez Canal revenues down 40% since start of year: Rabie

Search Keywords: Sisi, Wang Yi, China, Egypt, Gaza, Shoukry

Short link: https://english.ahram.org.eg/News/516112.aspx

Comment's Title | Comment | Send
Comments are moderated. Ahram Online welcomes readers' comments on all issues covered by the site.
"""))

A.append(dict(id="h70-10", source="english.elpais.com",
url="https://english.elpais.com/international/2022-10-04/blinken-and-petro-find-common-ground-on-drug-policy.html",
published_at="2022-10-04", body="""EL PAÍS English Edition | Sign in | Subscribe

USD/COP 4,551.20 +0.4% | USD/CLP 937.10 | USD/PEN 3.97 | BRENT $91.80

INTERNATIONAL > COLOMBIA

Blinken and Petro find common ground on drug policy, differ on Venezuela

The US secretary of state was received by the Colombian president in Bogotá on the first stop of a Latin American tour that will take him to Chile and Peru

Sara Ramírez-Okafor | Bogotá | Oct 04, 2022 - 23:10 EDT

Colombian President Gustavo Petro greets US Secretary of State Antony Blinken at the Casa de Nariño in Bogotá on Monday. COLOMBIAN PRESIDENCY

US Secretary of State Antony Blinken was received on Monday at the Casa de Nariño by Gustavo Petro, the first leftist president in Colombia's modern history, who told his visitor that the war on drugs, as it has been waged for half a century, had "failed" and that the two countries needed a new approach to coca growing and trafficking.

Blinken, who appeared to accept at least part of the diagnosis, told reporters after the meeting that Washington was ready to look at the problem "through a new lens" and to put more weight on rural development, public health and the dismantling of criminal networks rather than on the forced eradication of crops. "We share the view that the approach has to be comprehensive," he said.

The visiting secretary also held talks with Foreign Minister Álvaro Leyva and on Tuesday joined Vice President Francia Márquez at an event on racial equity in the capital, before leaving for Santiago. Officials on both sides described the talks as "frank and cordial", a formula that in diplomatic language often covers disagreement.

The disagreement was over Venezuela. Petro, who restored relations with Caracas in August and reopened the border last month, told his guest that isolating Nicolás Maduro had not worked; Blinken replied that Washington supported a negotiated return to democracy and would adjust sanctions only if there were "concrete steps" by the government. Petro has said repeatedly that he intends to meet Maduro "soon", although no date has been announced.

Migration also featured prominently. Colombia hosts nearly 2.5 million Venezuelans, and the US announced additional humanitarian aid for migrants and host communities.

For Petro, who took office in August promising "total peace" with armed groups and a break with decades of US-aligned security policy, the visit was a test of whether he could keep the relationship with Washington close while changing its content. For Blinken, analysts said, it was a chance to show that the Biden administration could work with the new generation of leftist governments in the region.

Blinken is due in Santiago on Wednesday for talks with President Gabriel Boric and Foreign Minister Antonia Urrejola, and will then travel to Lima for the General Assembly of the Organization of American States, where he is also scheduled to meet Peruvian President Pedro Castillo.

More information
- Petro's 'total peace': what the new government wants from the armed groups
- Venezuela and Colombia reopen their border after seven years
- Boric shakes up his cabinet after referendum defeat

Subscribe to our weekly newsletter | Follow us on Facebook and Twitter
Share on WhatsApp | Facebook | Twitter | Copy link
"""))

A.append(dict(id="h70-11", source="dawn.com",
url="https://www.dawn.com/news/1829614/pakistan-iran-sign-eight-mous-vow-to-raise-trade-to-10bn",
published_at="2024-04-23", body="""DAWN

KSE-100 71,065 +0.93% | USD/PKR 278.30 | Gold (tola) Rs243,300 | Brent $87.00

Pakistan

Pakistan, Iran sign eight MoUs, vow to raise trade to $10bn as Raisi holds talks in Islamabad

Tariq Naqvi | Ayesha Rind
Published April 23, 2024 | Updated about 3 hours ago

Prime Minister Shehbaz Sharif welcomes Iranian President Ebrahim Raisi at the PM House in Islamabad on Monday. - PID

ISLAMABAD: Iranian President Ebrahim Raisi, who arrived in the capital on Monday morning on a three-day official visit, held wide-ranging talks with Prime Minister Shehbaz Sharif, after which the two sides signed eight agreements and memorandums of understanding covering security, trade, science, agriculture, the media and legal assistance, and agreed to raise bilateral trade to $10 billion over the next five years.

The visiting president, the first foreign head of state to come to Pakistan since the February 8 elections, was received at the Nur Khan airbase by Minister for Housing and Works Riaz Hussain Pirzada and driven to the PM House, where he was presented a guard of honour.

"We have decided to take our relations to a new level," Mr Raisi said at a joint appearance with his host, in which both leaders condemned Israel's actions in Gaza and spoke of the need to act jointly against "terrorism" along their shared border. Mr Sharif said the two neighbours had "turned a new page" after the tensions of January, when Iranian missile strikes on what Tehran said were militant hideouts in Balochistan prompted retaliatory Pakistani strikes inside Iran.

Later in the day, the Iranian president called on President Asif Ali Zardari at the Aiwan-i-Sadr and met Senate Chairman Yousuf Raza Gilani, while the Chief of Army Staff, Gen Asim Munir, called on him separately. The Foreign Office said the two sides had also agreed to set up a free trade agreement and to open more border markets.

Neither side made public statements about the stalled Iran-Pakistan gas pipeline project, on which Islamabad faces US pressure. In Washington, a State Department spokesman said on Monday that the US advised anyone considering business deals with Iran "to be aware of the potential risk of sanctions".

On Tuesday Mr Raisi was flown to Lahore, where he was received by Punjab Chief Minister Maryam Nawaz and visited the mausoleum of Allama Iqbal, before leaving for Karachi, where he was due to meet Sindh Governor Kamran Tessori and Chief Minister Murad Ali Shah.

Mr Sharif, whose first trip abroad after being sworn in was to Saudi Arabia earlier this month, has sought to balance ties with Tehran and Riyadh.

The Iranian president is scheduled to leave Karachi for Colombo on Wednesday, where he will inaugurate the Iranian-funded Uma Oya multipurpose hydropower project together with Sri Lankan President Ranil Wickremesinghe, his office said.

Published in Dawn, April 23rd, 2024

Read more
- Editorial: Tehran and Islamabad
- Security tightened in Karachi ahead of Iranian president's visit
- Gas pipeline: Pakistan seeks US waiver

Comments (61) | Closed
"""))

A.append(dict(id="h70-12", source="theguardian.com",
url="https://www.theguardian.com/world/2023/may/22/us-papua-new-guinea-defence-pact-blinken-modi-port-moresby",
published_at="2023-05-22", body="""The Guardian

Support the Guardian. Fund independent journalism with $1 per month. Support us

Papua New Guinea

US and Papua New Guinea sign defence pact as Modi courts Pacific leaders in Port Moresby

Antony Blinken signs agreement in place of Joe Biden, who cancelled trip to deal with debt ceiling crisis, while India's prime minister hosts island nations' summit

Kalinda Moresby-Tau in Port Moresby and Ben Castellano
Mon 22 May 2023 08.41 BST

Antony Blinken and PNG's defence minister, Win Bakri Daki, exchange documents as the prime minister, James Marape, looks on in Port Moresby on Monday. Photograph: Adam Ruiz/AP

The US and Papua New Guinea have signed a defence cooperation agreement that will give American forces access to ports and airfields in the Pacific nation, at a ceremony in Port Moresby that was meant to be attended by Joe Biden until he cancelled his trip last week to return to Washington for debt ceiling negotiations.

The pact was signed on Monday by the US secretary of state, Antony Blinken, who was sent in the president's place, and by PNG's defence minister, Win Bakri Daki, with the prime minister, James Marape, looking on. A separate agreement will allow US coastguard officers to board vessels in PNG waters to help police illegal fishing.

Students protested against the deal in the city of Lae, and opposition politicians said its text should have been put before parliament. Marape insisted the agreement would not turn his country into "a base for war" and said it had been negotiated "in our national interest".

Blinken, the most senior US official to come to PNG, said the pact had been "written together, as equals" and was not aimed at any other country. He announced $45m in new funding for climate and security programmes and said Washington's commitment to the region "is not a one-off".

The Americans were to some extent upstaged by the arrival of India's prime minister, Narendra Modi, who landed on Sunday evening and was received at the airport by Marape, who bent to touch his feet - a gesture of respect that was widely shared on social media. PNG does not normally welcome visiting leaders with ceremonies after sunset, but an exception was made.

On Monday Modi co-chaired, with his host, the third summit of the Forum for India-Pacific Islands Cooperation, attended by leaders and ministers from 14 island states, and announced a 12-point development plan covering healthcare, renewable energy and desalination. "For us, you are large ocean countries, not small island states," he told them.

The Indian leader travels on to Sydney on Monday night, where he is due to be hosted by Anthony Albanese for bilateral talks on Wednesday, even though the Quad leaders' summit that was meant to bring Biden and Japan's prime minister, Fumio Kishida, to the city this week was called off after the American withdrawal.

Beijing, which signed a security pact with Solomon Islands last year, made no direct comment on the PNG agreement, but a foreign ministry spokesperson warned against "bringing geopolitical games" into the Pacific.

Explore more on these topics: Papua New Guinea, Pacific islands, US foreign policy, India, Narendra Modi, Antony Blinken

Share | Reuse this content

Most viewed
- Australia news live: Albanese to welcome Modi at Olympic Park event
- Debt ceiling: Biden and McCarthy to meet again on Monday
- Tasmania's salmon farms face new scrutiny
"""))
