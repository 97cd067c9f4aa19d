# Long pages (2,500-4,500 characters), h55-01 .. h55-12
A = []

A.append(dict(id="h55-01", source="theguardian.com",
url="https://www.theguardian.com/world/2015/oct/20/xi-jinping-state-visit-mall-parliament-cameron",
published_at="2015-10-20", body="""Support the Guardian
Fund independent journalism with £5 per month. Support us →

News | Opinion | Sport | Culture | Lifestyle

FTSE 100 6,348.9 ▼ 0.3% | GBP/USD 1.5446 ▲ | GBP/CNY 9.81 | Brent crude $48.71

China

Xi Jinping rides down the Mall as 'golden era' state visit begins

Chinese president is welcomed by the Queen on Horse Guards Parade and addresses parliament, with talks at No 10 and multibillion-pound deals to come on Wednesday

Harriet Colvin and Daniel Okafor-Price
Tue 20 Oct 2015 20.05 BST

Xi Jinping and the Queen travel in a state coach along the Mall to Buckingham Palace on Tuesday. Photograph: Martin Keel/PA

Britain laid on the full ceremonial welcome for Xi Jinping on Tuesday as the Chinese president began a four-day state visit that ministers hope will seal what George Osborne has been calling a "golden era" in relations between London and Beijing.

The Queen and the Duke of Edinburgh greeted Xi and his wife, Peng Liyuan, at a pavilion on Horse Guards Parade, while gun salutes were fired in Green Park and at the Tower of London. The president inspected a guard of honour formed by the Grenadier Guards before the two couples rode to Buckingham Palace in a carriage procession along a Mall hung with Chinese and British flags. Flag-waving well-wishers, many of them brought in by coach by Chinese student associations, outnumbered the knots of protesters carrying Tibetan flags further back.

In the afternoon Xi addressed members of both houses of parliament in the Royal Gallery of the Palace of Westminster. He spoke of Magna Carta, of Shakespeare and of China's part in the defeat of fascism, but said nothing about human rights. Introducing him, the Commons Speaker, John Bercow, praised India as a great democracy and spoke of Aung San Suu Kyi, remarks that several MPs took as a deliberate counterpoint.

The Queen was to host a state banquet for her guests at the palace on Tuesday evening. The Labour leader, Jeremy Corbyn, who has said he intends to raise human rights with the Chinese leader, was among those invited.

The business end of the visit comes on Wednesday, when Xi holds formal talks with David Cameron at Downing Street. Officials say about £30bn of commercial deals will be unveiled over the course of the trip, the largest an agreement for China General Nuclear to take a one-third stake in EDF's planned Hinkley Point C power station in Somerset, the first new nuclear plant in Britain in a generation. Chinese backing for a second project at Bradwell in Essex, using a Chinese reactor design, is also expected to be confirmed.

Downing Street said the prime minister would raise the plight of the steel industry, which has shed thousands of jobs in recent weeks amid a glut of cheap Chinese exports, and would "not shy away from difficult issues". Critics were unconvinced. "We are rolling out the red carpet for a government that locks up lawyers," said one Conservative backbencher.

On Thursday Cameron takes his guest to Chequers, his country residence in Buckinghamshire, for more informal talks, with a pint at a nearby village pub reportedly on the programme. Xi ends the trip on Friday in Manchester, where he is due to tour the National Graphene Institute and the Manchester City training ground before flying home.

The visit caps a year of careful courtship. Osborne spent five days in China last month, becoming the first western minister in years to visit Xinjiang, and Britain was the first big western economy to join the Beijing-led Asian Infrastructure Investment Bank, over objections from Washington. It also follows Xi's state visit to the United States in September, when he was hosted by Barack Obama at the White House and the two governments reached an understanding on commercial cyber-theft.

"Both sides have chosen this relationship," the Chinese ambassador, Liu Xiaoming, said in a radio interview on Monday. A China specialist at a London university was more sceptical: "Beijing gets the pageantry and the investment openings. What London gets, beyond the photographs, is less clear."

Topics
Xi Jinping | China | David Cameron | Foreign policy | The Queen | Nuclear power

Share on Facebook | Share on Twitter | Reuse this content

Comments (1,174)

Most viewed
Modi to make first visit to Britain as prime minister next month, No 10 confirms
Tata Steel confirms 1,200 job losses in Scunthorpe and Lanarkshire
Rugby World Cup: All Blacks to face Springboks in semi-final"""))

A.append(dict(id="h55-02", source="africanews.com",
url="https://www.africanews.com/2024/01/18/chinas-wang-yi-in-abidjan-as-africa-tour-nears-end/",
published_at="2024-01-18", body="""We use cookies to improve your experience and to show you relevant content and ads. By clicking "Accept", you agree to their use. Accept | Manage choices

africanews.
Live | News | Business | Sport | Culture | Science & Technology

Côte d'Ivoire

Wang Yi in Abidjan as China's New Year Africa tour nears its end

By Koffi Aman-Tiéba with AFP
Last updated: 18/01 - 17:42

Chinese Foreign Minister Wang Yi and Ivorian President Alassane Ouattara at the presidential palace in Abidjan on Thursday. Credit: Ivorian Presidency

Chinese Foreign Minister Wang Yi was received by President Alassane Ouattara in Abidjan on Thursday, the last African leg of a trip that Beijing has once again used to signal the weight it places on the continent at the start of each year.

Wang, who landed in the Ivorian economic capital late on Wednesday, held talks with his counterpart Léon Kacou Adom before being received at the palace in the Plateau district. Trade, Chinese-financed infrastructure and maritime security in the Gulf of Guinea were on the agenda, the Ivorian foreign ministry said in a statement.

The visit coincides with the Africa Cup of Nations, which Côte d'Ivoire is hosting. Several of the tournament's venues, among them the 60,000-seat Alassane Ouattara Olympic stadium in Ebimpé, were built by Chinese contractors, a point the Chinese embassy has been at pains to stress. Wang was expected to tour the stadium before leaving.

"China will always be a sincere friend and reliable partner for Africa," Wang told reporters, adding that Beijing was ready to import more African farm products. Ivorian officials have been pushing for better access to the Chinese market for cocoa, cashew nuts and rubber.

Before Abidjan, the minister spent Wednesday in Lomé, where he was received by Togolese President Faure Gnassingbé and held talks with Foreign Minister Robert Dussey on debt, the expansion of the port of Lomé and the jihadist threat spilling over from the Sahel into northern Togo. China is Togo's biggest trading partner.

The tour opened in Cairo at the weekend, where the war in Gaza dominated, and took in Tunisia at the start of the week.

It is the 34th year in a row that a Chinese foreign minister has made Africa the destination of his first trip of the year, a tradition Beijing dates to 1991. This year's tour comes ahead of a summit of the Forum on China-Africa Cooperation (FOCAC), which China is due to host in Beijing later in 2024.

From Abidjan, Wang flies on Friday to Brazil, where he is scheduled to hold talks with Foreign Minister Mauro Vieira in Brasília, before heading on to Jamaica at the weekend. Officials in Kingston said it would be the first visit to the island by a Chinese foreign minister in decades.

Economists in Abidjan were cautious about what the visits would bring. Chinese lending to Africa has fallen sharply from its peak in the middle of the last decade, and Beijing now favours smaller projects and trade. "Beijing comes every January," said an economist at Félix Houphouët-Boigny University. "What counts is what it brings in the other eleven months."

Western diplomats are also on the move, with the US secretary of state expected in the region next week.

More on this topic
Blinken to visit Cabo Verde, Côte d'Ivoire, Nigeria and Angola
AFCON 2023: Elephants open with 2-0 win over Guinea-Bissau
Ghana: cedi slips as IMF review nears

Share: Facebook | X | WhatsApp | Email
Tags: China, Wang Yi, Côte d'Ivoire, Togo, Diplomacy"""))

A.append(dict(id="h55-03", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-guest-of-honour-at-bastille-day-parade-talks-with-macron-4205117",
published_at="2023-07-14", body="""Track Latest News Live on NDTV.com and get news updates from India and around the world

SENSEX 66,060.90 ▲ 502.01 | NIFTY 19,564.50 ▲ 150.75 | USD/INR 82.06 | GOLD 59,145

India News | World | Cities | Trending

PM Modi Guest Of Honour At Bastille Day Parade, Holds Talks With Macron; UAE Next

Reported by Ananya Kher, Edited by Rohit Saxena | Updated: July 14, 2023 11:52 pm IST

Paris:

Prime Minister Narendra Modi watched the Bastille Day parade on the Champs-Elysees as guest of honour on Friday, as a 269-member tri-service contingent of the Indian armed forces marched down the avenue and Indian Air Force Rafale jets flew over Paris alongside French aircraft.

PM Modi stood beside President Emmanuel Macron on the presidential stand at Place de la Concorde as the Punjab Regiment band led the Indian contingent. "India is deeply touched," he posted afterwards, calling the honour a tribute to 140 crore Indians.

Later in the day, the two leaders held delegation-level talks at the Elysee Palace, where they adopted a "Horizon 2047" roadmap marking 25 years of the India-France strategic partnership and setting goals for the next 25. Foreign Secretary Vinay Kwatra told reporters the talks covered defence, space, civil nuclear energy, critical technologies and the Indo-Pacific. A day earlier, the Defence Acquisition Council in New Delhi had cleared the purchase of 26 Rafale Marine fighters for the Navy and three more Scorpene-class submarines, though Mr Kwatra said no contract had yet been finalised.

President Macron was to host a banquet for PM Modi at the Louvre Museum on Friday evening.

The Prime Minister landed at Orly airport on Thursday afternoon and was received by French Prime Minister Elisabeth Borne. He met Senate President Gerard Larcher, and in the evening was conferred the Grand Cross of the Legion of Honour, France's highest award, by President Macron at a private dinner at the Elysee. He also addressed members of the Indian community at La Seine Musicale, where he announced that India's UPI payment system would be launched in France, starting with the Eiffel Tower.

Indian business leaders, including the heads of several defence and aerospace firms, attended a CEO forum on the sidelines of the visit.

On Saturday, PM Modi will travel to Abu Dhabi for a day-long visit, during which he will hold talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan. According to the Ministry of External Affairs, agreements on settling trade in local currencies and linking the two countries' payment systems are expected to be signed. The UAE hosts the COP28 climate summit later this year.

The France trip comes less than a month after PM Modi's state visit to the United States, during which he addressed a joint meeting of the US Congress for the second time.

Opposition leaders questioned the timing of the trip as violence continued in Manipur. "The Prime Minister has time for parades in Paris but not for a visit to Imphal," a Congress spokesperson said.

(With inputs from PTI)

Trending
Jaishankar Meets Wang Yi In Jakarta, Says Border Situation Must Be Addressed
Chandrayaan-3 Lifts Off From Sriharikota
Yamuna Water Level Recedes Slightly In Delhi

Promoted | Listen to the latest songs, only on JioSaavn.com

Follow us on: Facebook | Twitter | Instagram | WhatsApp Channel

Comments"""))

A.append(dict(id="h55-04", source="nation.africa",
url="https://nation.africa/kenya/news/king-charles-receives-21-gun-salute-at-state-house-4420176",
published_at="2023-10-31", body="""Subscribe | Sign in | E-Paper

USD/KES 150.35 | NSE 20 1,512.40 ▼ | NASI 96.55

Nation
News | Counties | Business | Sports | Africa | Opinion

King Charles receives 21-gun salute at State House as Kenya visit begins

By Mercy Wambugu & Peter Ochieng'
Tuesday, October 31, 2023 — updated 6 hours ago

King Charles III and President William Ruto inspect a guard of honour mounted by the Kenya Defence Forces at State House, Nairobi, on October 31, 2023. | Photo: Dennis Mutua | Nation Media Group

King Charles III was on Tuesday accorded a ceremonial welcome at State House, Nairobi, complete with a 21-gun salute and a guard of honour, as he began a four-day state visit to Kenya, his first to a Commonwealth country since he ascended the throne.

President William Ruto and First Lady Rachel Ruto received the King and Queen Camilla on the State House lawns, where the national anthems of both countries were played before the monarch inspected troops drawn from the Kenya Defence Forces. The two heads of state then held private talks and the King signed the visitors' book.

The royal couple arrived at Jomo Kenyatta International Airport late on Monday aboard a Royal Air Force plane and were received by Prime Cabinet Secretary and Foreign Affairs CS Musalia Mudavadi, alongside British High Commissioner Neil Wigan.

From State House, the King and Queen drove to the renovated Uhuru Gardens, where Kenya's independence was declared in 1963, and laid a wreath at the Tomb of the Unknown Warrior before touring the new museum there.

The King is expected to speak at a state banquet hosted by President Ruto on Tuesday evening, where he is widely expected to address the violence of the colonial era, including the crushing of the Mau Mau uprising in the 1950s. Buckingham Palace has said the King wants to "deepen his understanding of the wrongs suffered", but officials have played down talk of a formal apology.

The Kenya Human Rights Commission and groups representing Mau Mau veterans have demanded an unequivocal public apology and reparations. "An acknowledgement without accountability is a half measure," a spokesperson for one of the veterans' associations told the Nation.

On Wednesday, the royal couple are scheduled to visit Nairobi National Park and meet young entrepreneurs at a technology hub in the city. On Thursday they travel to Mombasa, where the King will visit a naval base and meet religious leaders in the Old Town, before flying out on Friday.

Kenya holds particular significance for the royal family. It was while staying at Treetops lodge in the Aberdares in February 1952 that Princess Elizabeth learned of her father's death and became Queen.

The visit follows the King's state visits this year to Germany in March and France in September, the latter postponed from the spring because of pension protests in France.

Speaking after the talks, Ruto said Kenya and Britain would deepen cooperation on climate action, trade and security, and praised the role of British troops who train alongside Kenyan forces at Nanyuki. The President also said the two countries had agreed to work together on the return of artefacts held in British museums.

Read more
Mudavadi to lead Kenyan delegation to Saudi-Africa summit in Riyadh
Finance Bill: Treasury defends new fuel levy
Harambee Stars drop two places in Fifa rankings

Tags: King Charles III | William Ruto | Mau Mau | State visit

Share: Facebook | X | WhatsApp | LinkedIn

Comments (27)"""))

A.append(dict(id="h55-05", source="monitor.co.ug",
url="https://www.monitor.co.ug/uganda/news/national/lavrov-holds-talks-with-museveni-in-entebbe-3892015",
published_at="2022-07-26", body="""Monitor
Subscribe | Sign in | Epaper

UGX/USD 3,745 | UGX/KES 31.5 | USE ALSI 1,121.6

Lavrov holds talks with Museveni in Entebbe, heads to Addis Ababa

By Jane Nakirya & Isaac Ssemakula
Tuesday, July 26, 2022

President Museveni and Russian Foreign Minister Sergei Lavrov address journalists at State House Entebbe on July 26, 2022. PHOTO/PPU

Russia's Foreign Minister Sergei Lavrov on Tuesday held talks with President Museveni at State House Entebbe, the third stop of an African tour that Moscow hopes will blunt Western efforts to isolate it over the war in Ukraine.

Mr Lavrov arrived at Entebbe International Airport on Monday night from the Republic of Congo and was received by Foreign Affairs minister Gen Jeje Odongo.

Addressing a joint press conference after the meeting, Mr Museveni said Uganda would not be drawn into taking sides in the conflict. "We don't believe in being enemies of somebody's enemy," the President said, recalling Soviet support for African liberation movements. "How can we be against somebody who has never harmed us?"

Mr Lavrov blamed Western sanctions for rising food and fuel prices across Africa and said Russia would honour its commitments under the grain export arrangements agreed in Istanbul last Friday. He also said Moscow was ready to help Uganda develop nuclear power for peaceful purposes.

The Russian minister's tour began in Cairo on Sunday, where he addressed envoys of Arab League member states. On Monday he was in Oyo, in the north of Congo-Brazzaville, for talks with President Denis Sassou Nguesso and Foreign Minister Jean-Claude Gakosso, who thanked Moscow for its support on debt and security.

Mr Lavrov flies to Ethiopia on Wednesday, where he is expected to meet Prime Minister Abiy Ahmed and brief ambassadors accredited to the African Union in Addis Ababa.

Western governments have also stepped up their outreach. French President Emmanuel Macron was in Yaoundé on Tuesday on the first leg of a tour that also takes him to Benin and Guinea-Bissau, while the US ambassador to the United Nations, Linda Thomas-Greenfield, is expected in Kampala next week.

Opposition legislators urged the government to be cautious. "Uganda must trade with everyone, but we must not become a pawn," said the shadow minister for foreign affairs.

Analysts said the outcome of Mr Lavrov's visit would depend less on speeches than on whether Russian fertiliser and wheat reach East African markets before the next planting season. Uganda imports most of its wheat, and bread prices in Kampala have nearly doubled since February.

Related
Govt announces new prices for coffee farmers
Uganda Cranes name squad for Chan qualifier
Fuel prices ease slightly in Kampala

Tags: Sergei Lavrov | Yoweri Museveni | Russia | Ukraine war

Share this story: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h55-06", source="abc.net.au",
url="https://www.abc.net.au/news/2024-06-17/li-qiang-parliament-house-albanese-leaders-meeting/103988214",
published_at="2024-06-17", body="""ABC News
Just In | For You | Politics | World | Business | Analysis | Sport

ASX 200 7,749.2 ▼ 0.3% | AUD/USD 0.6609 | AUD/CNY 4.79

Chinese Premier Li Qiang welcomed at Parliament House as deals signed, but Cheng Lei incident overshadows day

By political reporter Hannah Pryce and foreign affairs reporter Liam Stavros
Posted Mon 17 Jun 2024 at 5:58pm, updated Mon 17 Jun 2024 at 8:10pm

Li Qiang and Anthony Albanese inspect the honour guard at Parliament House in Canberra. (ABC News: Matt Rowe)

Chinese Premier Li Qiang has been welcomed to Parliament House with a 19-gun salute and an honour guard, on the first visit to Australia by a Chinese premier in seven years.

After the ceremony on the forecourt, Mr Li and Prime Minister Anthony Albanese held the annual leaders' meeting, which was suspended during years of frozen relations, before watching their ministers sign five agreements covering climate change, trade, education, cultural cooperation and people-to-people exchanges.

Mr Albanese said Australia would "cooperate where we can, disagree where we must", and told reporters he had raised the suspended death sentence handed to Australian writer Yang Hengjun and the conduct of Chinese military aircraft, including the dropping of flares near a Navy helicopter over the Yellow Sea in May.

China announced it would add Australia to its visa-free entry scheme, and Australia said it would offer Chinese tourists and business travellers longer multiple-entry visas.

But the day was overshadowed after Chinese embassy officials were seen trying to block cameras from filming Australian journalist Cheng Lei, who spent more than three years in detention in China, as she sat in the audience at a signing ceremony. The Prime Minister's office said concerns had been raised with the Chinese side.

Mr Li arrived in Adelaide on Saturday from New Zealand, where he had held talks with Prime Minister Christopher Luxon in Wellington and met business leaders in Auckland. In Adelaide he visited the zoo's giant pandas, Wang Wang and Fu Ni, and announced that China would send a new pair, before touring a winery in the Barossa Valley.

On Tuesday he travels to Perth, where he is set to visit a Chinese-owned lithium hydroxide plant at Kwinana and meet West Australian Premier Roger Cook, before flying to Malaysia for talks with Prime Minister Anwar Ibrahim.

Trade Minister Don Farrell said almost all of the trade restrictions Beijing imposed on Australian exports in 2020 had now been lifted, with only rock lobster still subject to restrictions. "We'll keep working on the last one," he said.

The Coalition said it supported the leaders' meeting but urged the government not to trade away security concerns for market access. "Stabilisation cannot mean silence," opposition foreign affairs spokesman Simon Birmingham said.

Analysts said the visit showed how far relations had come since the low point of 2020, when Beijing imposed tariffs and informal bans on Australian barley, wine, coal and beef after Canberra called for an inquiry into the origins of COVID-19.

Related stories
Marape thanks Australia for help after deadly Enga landslide
Why rock lobster is the last sticking point in the China trade thaw
Inflation figures due next week as RBA holds rates

Topics: Foreign Affairs, Government and Politics, China, Trade

Share | Facebook | X | Email"""))

A.append(dict(id="h55-07", source="bbc.com",
url="https://www.bbc.com/news/world-middle-east-62175231",
published_at="2022-07-15", body="""BBC
Home | News | Sport | Weather | iPlayer | Sounds

NEWS
World | Middle East

Biden fist-bumps Saudi crown prince as he lands in Jeddah

Published 15 July 2022

Image source, Saudi Royal Court/Reuters
Image caption, Mr Biden greeted Crown Prince Mohammed bin Salman with a fist bump outside the royal palace in Jeddah

By Neha Brightwell
BBC News, Jeddah

US President Joe Biden has met Saudi Crown Prince Mohammed bin Salman in Jeddah, despite once vowing to make the kingdom a "pariah" over the killing of the journalist Jamal Khashoggi.

The two men greeted each other with a fist bump outside Al-Salam palace, after which Mr Biden was received by King Salman and then sat down with the crown prince and his ministers. Mr Biden told reporters afterwards that he had raised Khashoggi's murder "at the top of the meeting" and that the crown prince had told him he was not personally responsible.

Air Force One flew to Jeddah directly from Israel, the first time a US president has flown straight from Israel to Saudi Arabia, which does not recognise it. Hours earlier Riyadh announced it was opening its airspace to all civilian carriers, including Israeli airlines, a step the White House hailed as historic.

Mr Biden spent Wednesday and Thursday in Israel, where he held talks with caretaker Prime Minister Yair Lapid and the two men signed a joint declaration committing Washington to use all elements of its national power to stop Iran from acquiring a nuclear weapon.

On Friday morning he visited a hospital in East Jerusalem and then travelled to Bethlehem, in the occupied West Bank, to meet Palestinian President Mahmoud Abbas. He repeated US support for a two-state solution but admitted the ground was "not ripe" for new negotiations.

Energy is high on the agenda in Jeddah. With US petrol prices close to record highs, Mr Biden wants Saudi Arabia and its Gulf neighbours to pump more oil, although officials played down the prospect of an immediate announcement. Any decision on output, Saudi officials say, rests with the Opec+ group.

On Saturday the president attends a summit with the leaders of the six Gulf Cooperation Council states, Egypt, Iraq and Jordan. The White House said he would also hold separate meetings in Jeddah with Egyptian President Abdel Fattah al-Sisi, the UAE's President Mohamed bin Zayed and Iraqi Prime Minister Mustafa al-Kadhimi.

Khashoggi's fiancée, Hatice Cengiz, said the fist bump had given the crown prince the "impunity he seeks". Several Democrats in Congress also criticised the trip, saying human rights had been sacrificed for oil.

White House officials insisted the visit was about more than energy, pointing to a new agreement on the withdrawal of a small multinational peacekeeping force from the Red Sea island of Tiran and to plans for closer cooperation on 5G networks and clean energy.

Related Topics
Saudi Arabia | Joe Biden | Jamal Khashoggi | Israel

More on this story
Putin to travel to Tehran next week for talks with Iranian and Turkish leaders
Sri Lanka: Ranil Wickremesinghe sworn in as interim president
Why Biden needs Saudi oil, and why it may not come fast

Share | Save"""))

A.append(dict(id="h55-08", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/prabowo-xi-jinping-beijing-deals-first-overseas-trip-4739151",
published_at="2024-11-10", body="""CNA
Singapore | Asia | World | Business | Sport | Watch | Listen

STI 3,738.2 ▲ 0.4% | USD/IDR 15,680 | USD/SGD 1.3345

Asia

Prabowo and Xi witness deals as Indonesian leader starts first overseas tour in Beijing

Listen to this article - 4 min

Bookmark | Share

BEIJING: Indonesian President Prabowo Subianto held talks with Chinese President Xi Jinping in Beijing on Saturday (Nov 9), beginning a marathon first overseas tour that will take him to five countries in about two weeks.

Prabowo was welcomed with a military ceremony outside the Great Hall of the People before the two leaders held talks and witnessed the signing of agreements on food security, water resources, green minerals and the digital economy. Xi said China and Indonesia should be "a model" of cooperation among developing countries, while Prabowo called Beijing a "very important partner".

Prabowo, who arrived on Friday evening on his first trip abroad since being sworn in on Oct 20, also met Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee. On Sunday he addresses a business forum at which Indonesian officials expect deals worth about US$10 billion to be announced.

A joint statement released late on Saturday said the two countries had reached "important common understanding on joint development in areas of overlapping claims", a phrase that drew concern from analysts in Jakarta. Indonesia has long held that it has no overlapping claims with China in the South China Sea because it does not recognise Beijing's nine-dash line. Indonesia's foreign ministry had not commented by Sunday afternoon.

"Words in a joint statement matter. This needs clarification," said a maritime law expert at the University of Indonesia.

Prabowo also spoke by phone with US President-elect Donald Trump to congratulate him on his election victory, a video released by the president's office showed.

From Beijing, Prabowo flies to Washington, where he is scheduled to meet President Joe Biden at the White House on Tuesday. He then attends the APEC summit in Lima and the G20 summit in Rio de Janeiro, before travelling to Britain for talks with Prime Minister Keir Starmer, Foreign Minister Sugiono told reporters. A stop in the United Arab Emirates on the way home is also being considered.

The trip reflects Prabowo's wish to play a more visible role on the world stage than his predecessor Joko Widodo, who rarely attended multilateral summits, analysts said.

Get WhatsApp alerts from CNA

Source: Agencies/CNA/kg

Also worth reading
Ishiba and Xi expected to hold first talks on APEC sidelines in Lima
Malaysia's Anwar says ASEAN must stay neutral as rivalry deepens
Philippine senate approves new maritime zones law

Related topics: Prabowo Subianto | Xi Jinping | Indonesia | China | South China Sea"""))

A.append(dict(id="h55-09", source="en.mercopress.com",
url="https://en.mercopress.com/2024/02/07/milei-meets-netanyahu-and-herzog-in-jerusalem-rome-and-the-pope-next",
published_at="2024-02-07", body="""MercoPress, South Atlantic News Agency
Falklands | Argentina | Brazil | Chile | Uruguay | Paraguay | Antarctica

Dólar blue $1.180 | Dólar oficial $826,50 | Riesgo país 1.742

Milei meets Netanyahu and Herzog in Jerusalem; Rome and the Pope next

Wednesday, February 7th 2024 - 21:48 UTC

Argentina's President Javier Milei with Israeli Prime Minister Benjamin Netanyahu in Jerusalem. (Photo: GPO)

Argentine President Javier Milei held talks with Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, on the second day of a visit to Israel during which he pledged to move Argentina's embassy from Tel Aviv to Jerusalem.

Milei, who landed at Ben Gurion airport on Tuesday and was met on the tarmac by Foreign Minister Israel Katz, announced the embassy plan minutes after arriving. Katz called the decision "historic".

The Argentine leader prayed at the Western Wall on Tuesday, visibly emotional, alongside rabbi Axel Wahnish, whom he has named ambassador to Israel. On Wednesday he also met President Isaac Herzog, and he is expected to visit one of the kibbutzim attacked by Hamas on October 7 before leaving. Several Argentine citizens are among the hostages still held in Gaza.

Netanyahu thanked Milei for Argentina's "unequivocal" support and called him "a great friend of the Jewish state". The two discussed cooperation in technology, water management and security, according to the Israeli prime minister's office.

Back in Buenos Aires, Milei's sweeping omnibus reform bill suffered a setback on Tuesday when the ruling party sent it back to committee after losing votes on key articles in the Chamber of Deputies. From Jerusalem, the president accused opposition legislators and some provincial governors of "betrayal".

Milei, accompanied by Foreign Minister Diana Mondino and his sister, Secretary General of the Presidency Karina Milei, flies to Rome at the weekend. On Sunday he will attend the canonisation of María Antonia de Paz y Figueroa, "Mama Antula", Argentina's first female saint, at St Peter's Basilica, and on Monday he is set to meet Italian Prime Minister Giorgia Meloni and President Sergio Mattarella. The Vatican has confirmed that Pope Francis, whom Milei repeatedly insulted during the campaign, will receive him in a private audience the same day.

The trips abroad come as the government faces its first general strike and rising social tension over price increases, with monthly inflation running above 20 percent in January.

Analysts in Buenos Aires said Milei was using foreign policy to signal a sharp break with the Peronist governments that preceded him, aligning Argentina openly with the United States and Israel.

Related
Lord Cameron to visit the Falklands, Paraguay and Brazil later this month
IMF board approves US$4.7 billion disbursement for Argentina
Uruguay's Lacalle Pou reshuffles cabinet

Tags: Javier Milei, Israel, Benjamin Netanyahu, Pope Francis, Giorgia Meloni

Comments (14) | Share"""))

A.append(dict(id="h55-10", source="rfi.fr",
url="https://www.rfi.fr/en/international/20231101-macron-in-kazakhstan-as-paris-courts-central-asia-uranium",
published_at="2023-11-01", body="""We care about your privacy. RFI and its partners use cookies to measure audience and personalise content. Accept all | Refuse | Customise

RFI
Listen | Live | Africa | Asia-Pacific | Europe | Americas | France

Kazakhstan

Macron in Kazakhstan as Paris courts Central Asia's uranium and rare metals

Issued on: 01/11/2023 - 16:20 | Modified: 01/11/2023 - 18:05

4 min | Listen

French President Emmanuel Macron with Kazakh President Kassym-Jomart Tokayev at the Akorda presidential palace in Astana, 1 November 2023. AFP - STAFF

Text by: RFI

French President Emmanuel Macron arrived in Kazakhstan on Wednesday, the first visit by a French head of state since 2014, as Paris looks to secure supplies of uranium and critical minerals and to gain a foothold in a region long dominated by Russia and increasingly courted by China.

Macron was greeted with an official welcome ceremony at the Akorda presidential palace in Astana before holding talks with President Kassym-Jomart Tokayev, first in restricted format and then with their delegations. The two leaders then presided over the signing of several agreements, including a roadmap on critical raw materials and accords covering aviation, education and the energy transition.

Kazakhstan is one of the main suppliers of uranium for France's nuclear power fleet, and concerns over supply have sharpened since the July coup in Niger, another major source. French nuclear group Orano already operates a joint venture with the state uranium company Kazatomprom.

Macron was careful not to criticise Moscow publicly, saying France respected Kazakhstan's "multi-vector" foreign policy and had not come to ask it to choose sides. "We are not here to lecture anyone," he told French and Kazakh business leaders at an investment forum in the afternoon.

Tokayev said France was one of Kazakhstan's top investors and called for more French companies to set up local production rather than simply buy raw materials.

Late on Wednesday Macron travels on to Uzbekistan, where he is due to hold talks on Thursday with President Shavkat Mirziyoyev in Samarkand, the ancient Silk Road city. It is Macron's first tour of Central Asia.

Western powers have been stepping up their attention to the region since Russia's full-scale invasion of Ukraine last year, which left many Central Asian governments uneasy about their dependence on Moscow. Russian President Vladimir Putin, for his part, is expected in Kazakhstan next week, according to the Kremlin.

"Paris arrives late, and it arrives with less money than Beijing," said a Central Asia analyst at a Paris think tank. "But Astana wants options, and that gives France an opening."

Human rights groups urged Macron to raise the cases of activists jailed after the deadly January 2022 unrest in Kazakhstan.

Related
Blinken heads back to Israel as Gaza ground operation widens
Niger junta orders French ambassador to leave within 48 hours
Newsletter: Receive all the international news directly in your inbox

Tags: Kazakhstan | Uzbekistan | Emmanuel Macron | Central Asia | Uranium"""))

A.append(dict(id="h55-11", source="arabnews.com",
url="https://www.arabnews.com/node/2281546/middle-east",
published_at="2023-04-06", body="""Arab News
The Voice of a Changing Region

TASI 10,684.3 ▲ 0.4% | Brent $84.94 | USD/SAR 3.75

Middle-East

Saudi, Iranian foreign ministers meet in Beijing, agree to reopen embassies

Prince Faisal bin Farhan and Hossein Amir-Abdollahian hold first formal talks in seven years and sign a joint statement on restoring flights and visits

ARAB NEWS
Updated 06 April 2023

Prince Faisal bin Farhan, China's Qin Gang and Hossein Amir-Abdollahian in Beijing on Thursday. (SPA)

RIYADH/BEIJING: Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian met in Beijing on Thursday and agreed to reopen embassies and consulates, resume flights and ease visas, in the first formal meeting between the two countries' top diplomats in more than seven years.

In a joint statement issued after the talks, the two ministers said the resumption of diplomatic relations had taken effect and that technical teams would continue coordinating the reopening of missions in Riyadh and Tehran and of consulates in Jeddah and Mashhad.

They also agreed to activate a security cooperation agreement signed in 2001 and a general agreement on economy, trade, investment, technology, science, culture, sports and youth dating from 1998.

Chinese Foreign Minister Qin Gang met the two ministers together, saying Beijing would continue to support the two countries in "improving relations through dialogue".

The meeting follows the agreement announced in Beijing on March 10, signed by Saudi Minister of State and National Security Adviser Musaed Al-Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council, after several days of talks hosted by China. Iraq and Oman had hosted earlier rounds of dialogue between the two sides in 2021 and 2022.

A Saudi technical delegation is due in Tehran in the coming days to begin arrangements for reopening the embassy, the Saudi foreign ministry said. Iranian foreign ministry spokesman Nasser Kanaani said President Ebrahim Raisi had welcomed an invitation from King Salman to visit the Kingdom.

Riyadh cut ties with Tehran in January 2016 after protesters stormed Saudi diplomatic missions in Iran following the Kingdom's execution of a Shiite cleric.

Analysts said the test of the rapprochement would be Yemen, where Saudi Arabia has led a coalition against the Iran-aligned Houthis since 2015. "The statements are warm. The question is whether the missiles stop," said a Gulf security researcher in Riyadh.

Oil markets took the news calmly, with Brent little changed at just under $85 a barrel after the surprise OPEC+ output cut announced on Sunday.

Most Popular
Syrian foreign minister to visit Saudi Arabia, first since war began
Saudi non-oil exports rise 10% in January
Ramadan night markets draw crowds in Jeddah

Download the Arab News app | Follow us on Twitter | Instagram"""))

A.append(dict(id="h55-12", source="cnbc.com",
url="https://www.cnbc.com/2020/04/02/oil-jumps-after-trump-says-he-expects-saudi-russia-cuts.html",
published_at="2020-04-02", body="""CNBC
MARKETS | BUSINESS | INVESTING | TECH | POLITICS | CNBC TV

DOW 21,413.44 ▲ +469.93 | S&P 500 2,526.90 ▲ +56.40 | NASDAQ 7,487.31 ▲ +126.73 | WTI 25.32 ▲ +24.67% | BRENT 29.94 ▲ +21.02%

ENERGY

Oil posts biggest one-day gain on record after Trump says Saudis and Russia will cut; Kremlin denies Putin-MBS call

PUBLISHED THU, APR 2 2020 4:31 PM EDT | UPDATED THU, APR 2 2020 6:05 PM EDT

Marisa Lang-Hughes @MLangHughes

KEY POINTS
- President Donald Trump said he spoke with Saudi Crown Prince Mohammed bin Salman and expects Riyadh and Moscow to cut output by about 10 million barrels a day.
- The Kremlin said Vladimir Putin and the crown prince had not spoken.
- Saudi Arabia called for an urgent meeting of OPEC+ and other producers.

Oil prices posted their biggest one-day gain on record Thursday after President Donald Trump said he expected Saudi Arabia and Russia to slash production, raising hopes that a ruinous price war could be coming to an end.

Trump wrote on Twitter that he had just spoken with his "friend" Crown Prince Mohammed bin Salman, who in turn had spoken with Russian President Vladimir Putin, and that he expected the two producers to cut "approximately 10 Million Barrels, and maybe substantially more".

West Texas Intermediate crude jumped 24.7% to settle at $25.32 a barrel, while international benchmark Brent rose 21% to $29.94, after at one point trading more than 45% higher.

Moscow quickly poured cold water on part of the account. Kremlin spokesman Dmitry Peskov told reporters that Putin had not spoken with the crown prince and that there were no immediate plans for such a conversation, although he said Russia was open to a deal.

Shortly after Trump's tweet, the official Saudi Press Agency said the kingdom was calling for an urgent meeting of the OPEC+ group and other countries to reach a "fair agreement" that would restore balance to the oil market, citing a request from Trump. Delegates said the meeting could take place by video conference early next week.

Trump and Putin discussed the oil market in a phone call on Monday, the Kremlin said at the time, agreeing that Russian and US energy ministers would hold consultations.

The price war erupted after talks in Vienna collapsed on March 6, when Russia refused to join deeper cuts. Saudi Arabia responded by slashing its official selling prices and promising to flood the market, just as coronavirus lockdowns wiped out demand.

"A 10 million barrel cut sounds huge until you set it against a demand hole that may be twice that size," said a strategist at a Houston energy consultancy.

Trump is scheduled to meet chief executives of Exxon Mobil, Chevron and other producers at the White House on Friday. US shale drillers have already begun laying off workers and idling rigs, and Texas regulators are weighing whether to order production limits for the first time in decades.

VIDEO 03:12 | Oil soars after Trump says he expects Saudi-Russia production cuts

TRENDING NOW
Record 6.6 million Americans file for unemployment benefits
Navy relieves captain who warned of coronavirus outbreak on carrier
Here's how to track your stimulus check

Subscribe to CNBC PRO | Sign up for free newsletters
Data is a real-time snapshot. *Data is delayed at least 15 minutes."""))
