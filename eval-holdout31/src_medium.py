# Medium wire-style stories (1,200-2,000 characters), h31-13 .. h31-26
M = []

M.append(dict(id="h31-13", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/07/27/readout-of-president-joe-bidens-meeting-with-prime-minister-giorgia-meloni-of-italy/",
published_at="2023-07-27", body="""The White House
Administration | Priorities | The Record | Briefing Room | Español

BRIEFING ROOM

Readout of President Joe Biden's Meeting with Prime Minister Giorgia Meloni of Italy

JULY 27, 2023 • STATEMENTS AND RELEASES

President Joseph R. Biden, Jr. welcomed Prime Minister Giorgia Meloni of Italy to the White House today to reaffirm the enduring friendship and strategic partnership between the United States and Italy. The President thanked the Prime Minister for Italy's strong support for Ukraine, and the two leaders pledged to continue providing security, economic, and humanitarian assistance to Ukraine as it defends itself against Russia's brutal war of aggression.

The leaders discussed Italy's upcoming presidency of the G7 in 2024 and committed to close coordination on the challenges posed by the People's Republic of China. They reviewed the situation across the Mediterranean and in North Africa, including in Tunisia and Libya, and discussed the importance of addressing irregular migration in a humane way while supporting economic opportunity in the region. They also welcomed cooperation in space exploration and in advanced technologies.

The President and the Prime Minister underscored the importance of the NATO Alliance and welcomed the outcomes of the Vilnius Summit earlier this month.

###

NEXT
Statement from President Joe Biden on the July Jobs Report

PREVIOUS
Readout of President Joe Biden's Meeting with President Isaac Herzog of Israel

Stay Connected
Sign up for updates from the White House
Email Address* | Zip Code | Subscribe

The White House
1600 Pennsylvania Ave NW
Washington, DC 20500

Privacy Policy | Copyright Policy | Accessibility Statement"""))

M.append(dict(id="h31-14", source="gov.uk",
url="https://www.gov.uk/government/news/pm-meeting-with-prime-minister-meloni-16-september-2024",
published_at="2024-09-16", body="""Cookies on GOV.UK
We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.UK.
Accept additional cookies | Reject additional cookies | View cookies

GOV.UK
Home > International > Foreign affairs

Press release

PM meeting with Prime Minister Meloni: 16 September 2024

The Prime Minister met Prime Minister Giorgia Meloni of Italy in Rome today.

From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP
Published 16 September 2024

The Prime Minister met the Prime Minister of Italy, Giorgia Meloni, at Villa Doria Pamphilj in Rome today.

Thanking Prime Minister Meloni for her welcome, the Prime Minister said the United Kingdom and Italy were close partners and that he wanted to deepen cooperation on the shared challenges facing Europe.

The leaders discussed their joint determination to tackle illegal migration and to dismantle the criminal smuggling gangs, including by working with countries upstream along the routes into Europe. The Prime Minister said he was keen to learn from the significant fall in irregular arrivals in Italy, and the leaders agreed their officials would work together on this.

They also reaffirmed their support for Ukraine, and discussed the situation in the Middle East, agreeing on the need for an immediate ceasefire in Gaza and the release of all hostages.

Earlier, the Prime Minister visited Italy's National Coordination Centre for migration, where he was briefed by officials.

Share this page
Facebook | Twitter

Related content
PM meeting with Chancellor Scholz: 28 August 2024
PM meeting with President Biden: 13 September 2024

Is this page useful?
Yes | No | Report a problem with this page

OGL
All content is available under the Open Government Licence v3.0, except where otherwise stated
© Crown copyright"""))

M.append(dict(id="h31-15", source="elysee.fr",
url="https://www.elysee.fr/en/emmanuel-macron/2023/01/09/meeting-with-mr-fumio-kishida-prime-minister-of-japan",
published_at="2023-01-09", body="""Élysée
The President | Policies | News | Press | Élysée for kids
FR | EN | DE | ES

Home > News

Meeting with Mr Fumio Kishida, Prime Minister of Japan.

9 January 2023 - Diplomacy

The President of the Republic welcomed Mr Fumio Kishida, Prime Minister of Japan, to the Élysée Palace this evening for a working dinner, as Japan begins its presidency of the G7.

The two leaders reaffirmed the exceptional partnership between France and Japan, and their common commitment to an international order based on the rule of law.

They discussed the priorities of the Japanese G7 presidency ahead of the Hiroshima Summit in May, in particular continued support for Ukraine, pressure on Russia, global food security and the fight against climate change. The President of the Republic assured the Prime Minister of France's full support for the success of the Summit.

The two leaders expressed their concern about the situation in the Indo-Pacific, including in the East and South China Seas, and condemned the repeated ballistic missile launches by North Korea. They agreed to strengthen their cooperation in the fields of defence, civil nuclear energy, space and critical minerals.

Other news
Telephone conversation with President Volodymyr Zelensky
New Year's wishes to the French people
President Emmanuel Macron's wishes to the armed forces

Follow the President: Facebook | Twitter | Instagram | LinkedIn

Subscribe to the newsletter
Legal notice | Personal data | Cookies | Accessibility"""))

M.append(dict(id="h31-16", source="france24.com",
url="https://www.france24.com/en/france/20240506-xi-jinping-macron-paris-state-visit-ukraine-trade",
published_at="2024-05-06", body="""FRANCE 24
Live | Programmes | Video | France | Europe | Africa | Asia-Pacific

France

Macron presses Xi on Ukraine and trade as Chinese leader begins European tour in Paris

Issued on: 06/05/2024 - 19:42
3 min

Paris (AFP) – French President Emmanuel Macron urged Chinese leader Xi Jinping on Monday to use his influence on Moscow to help end the war in Ukraine, and called for "fair rules for all" in trade, as Xi began his first visit to Europe in five years.

Xi, who arrived in Paris on Sunday afternoon, was welcomed by Macron with a ceremony at the Invalides before talks at the Élysée Palace. European Commission President Ursula von der Leyen joined the two for a three-way session in the morning.

"The future of our continent will very clearly depend on our ability to continue to develop relations with China in a balanced way," Macron said. Xi said China was "neither a party to nor a participant in" the Ukraine crisis, and rejected what he called attempts to "smear" Beijing.

The two sides signed some 20 agreements on agriculture, aviation and green development, and Xi said China would support the idea of an "Olympic truce" during the Paris Games.

A state banquet was held at the Élysée on Monday night. On Tuesday Macron will take Xi to the Tourmalet pass in the Pyrenees, where the French president spent holidays as a child.

Xi will then travel on to Serbia and Hungary, two countries seen as Beijing's closest partners in Europe. He is due in Belgrade on the anniversary of the 1999 NATO bombing of the Chinese embassy, and in Budapest, where Prime Minister Viktor Orban is expected to sign a raft of investment deals.

© 2024 AFP

Read more
Cognac makers fear fallout from China anti-dumping probe
Olympic flame arrives in Marseille on board historic ship

Share | Facebook | X | LinkedIn | Email"""))

M.append(dict(id="h31-17", source="theglobeandmail.com",
url="https://www.theglobeandmail.com/politics/article-trudeau-meloni-toronto-g7-ukraine/",
published_at="2024-03-02", body="""The Globe and Mail
Subscribe | Log in

POLITICS

Trudeau, Meloni pledge G7 unity on Ukraine during Italian leader's Toronto visit

The Canadian Press
Toronto
Published March 2, 2024

Prime Minister Justin Trudeau hosted Italian Prime Minister Giorgia Meloni in Toronto on Saturday, with the two leaders promising to keep the Group of Seven united behind Ukraine as the war enters its third year.

Meloni, whose country holds the rotating G7 presidency this year, arrived in Toronto on Friday night from Washington, where she had held talks with President Joe Biden in the Oval Office. It was her first official visit to Canada since she took office in 2022.

Their talks took place at the Art Gallery of Ontario, where they also signed a joint road map on enhanced co-operation. Trudeau said Canada and Italy shared "deep people-to-people ties", noting that more than 1.5 million Canadians have Italian heritage.

At a news conference, Meloni said Italy wanted the G7 to pay greater attention to Africa and to the Mediterranean. Trudeau was asked about the humanitarian situation in Gaza and repeated his call for a sustainable ceasefire.

Several hundred pro-Palestinian demonstrators gathered outside the venue, and an evening reception was moved as a precaution.

Trudeau said he looked forward to the leaders' summit in Puglia in June.

Advertisement

Report an editorial error | Report an ethics issue

Most popular
1. Housing starts jump in February
2. Canada's women hockey team names roster
3. Ontario to widen Highway 401 near Milton"""))

M.append(dict(id="h31-18", source="apnews.com",
url="https://apnews.com/article/bolsonaro-trump-white-house-rose-garden-venezuela-nato-ally-9c2e1a4b",
published_at="2019-03-19", body="""AP NEWS

Trump backs Brazil for NATO ally status as Bolsonaro visits

By DARLENE VOSS and MARCO PRADO
March 19, 2019

WASHINGTON (AP) — President Donald Trump said Tuesday he would designate Brazil a major non-NATO ally and back its bid to join a club of wealthy nations, as he welcomed Brazilian President Jair Bolsonaro to the White House for talks that highlighted the two right-wing leaders' personal rapport.

"I have a great relationship with this president," Trump said at a news conference in the Rose Garden, where Bolsonaro praised the American president and said Brazil and the United States stood side by side against "fake news".

The two leaders spent much of the news conference on Venezuela. Trump repeated that "all options are open" to push Nicolas Maduro from power. Bolsonaro said Brazil would continue to support opposition leader Juan Guaido but would not say whether he would allow U.S. troops to use Brazilian territory.

Bolsonaro, who took office on Jan. 1, arrived in Washington on Sunday. On Monday he visited CIA headquarters and met business leaders, and his government announced it would waive visa requirements for U.S. citizens.

Bolsonaro returns to Brazil on Wednesday. He is expected in Chile on Friday for a regional summit meant to replace the Unasur bloc, and is due to travel to Israel at the end of the month.

Copyright 2019 The Associated Press. All rights reserved.

ADVERTISEMENT

Related
Pompeo plans South America swing next month
Guaido returns to Caracas after regional tour"""))

M.append(dict(id="h31-19", source="ctvnews.ca",
url="https://www.ctvnews.ca/politics/canada-germany-sign-hydrogen-deal-as-scholz-wraps-up-visit-1.6039512",
published_at="2022-08-23", body="""CTV News
Top Stories | Politics | Canada | World | Business | Video

Canada, Germany sign hydrogen deal as Scholz wraps up visit

The Canadian Press
Published Tuesday, August 23, 2022 5:51PM EDT

STEPHENVILLE, N.L. -- Canada and Germany signed an agreement on Tuesday to start shipping hydrogen across the Atlantic by 2025, as German Chancellor Olaf Scholz wrapped up a three-day visit to Canada focused on energy and critical minerals.

Scholz and Prime Minister Justin Trudeau watched as Natural Resources Minister Jonathan Wilkinson and German Economy Minister Robert Habeck signed the declaration of intent at a trade show in Stephenville, a small town on Newfoundland's west coast where a wind-to-hydrogen project is planned.

"Canada is going to be Germany's partner of choice," Trudeau said. Scholz said Germany was "in a hurry" to move away from Russian energy.

Asked about the prospects of Canadian liquefied natural gas for Europe, Trudeau said there had "never been a strong business case" for export terminals on the East Coast, though Ottawa was looking at options. Scholz said he would welcome any Canadian LNG.

Scholz arrived in Montreal on Sunday. On Monday the two leaders held a news conference there, touching on Russia's war in Ukraine and the Nord Stream turbine repaired in Canada, before the chancellor met business leaders in Toronto.

Related
Trudeau's cabinet retreat set for Vancouver
Germany's Scholz faces questions over tax scandal

Share: Facebook | Twitter | Email

Copyright 2022 Bell Media"""))

M.append(dict(id="h31-20", source="barrons.com",
url="https://www.barrons.com/news/macron-in-beirut-promises-aid-will-not-go-to-corrupt-hands-01596725412",
published_at="2020-08-06", body="""Barron's
Markets | Investing | Data | Newsletters | Subscribe

AFP

Macron In Beirut Vows Aid Will Not Go 'Into Corrupt Hands'

By AFP - Agence France Presse
August 6, 2020 | 12:41 PM EDT

French President Emmanuel Macron walked through the devastated streets of Beirut on Thursday, two days after a massive explosion at the port, and promised that international aid would not fall "into corrupt hands" as angry residents called for the downfall of Lebanon's leaders.

Macron, the first foreign head of state to visit since Tuesday's blast killed more than 130 people, was mobbed by crowds in the Gemmayzeh district, where some shouted "revolution" and asked him not to hand money to the government.

He later met President Michel Aoun, Prime Minister Hassan Diab and parliament speaker Nabih Berri at the presidential palace in Baabda, and then the leaders of the main political parties at the French ambassador's residence.

"If reforms are not made, Lebanon will continue to sink," Macron told a news conference, calling for a "new political pact". He said France would organise an international aid conference with the United Nations in the coming days.

Macron said he would come back to Beirut on September 1, the centenary of the creation of the state of Greater Lebanon, to check on progress.

Three French planes carrying rescue workers, a mobile clinic and medical supplies have landed since Wednesday.

Copyright 2020 AFP. All rights reserved.

Most Popular
Dow ends higher as tech rally continues
Oil edges down on stalled US stimulus talks"""))

M.append(dict(id="h31-21", source="reuters.com",
url="https://www.reuters.com/world/middle-east/biden-israel-visit-netanyahu-gaza-aid-2023-10-18/",
published_at="2023-10-18", body="""Reuters
World | Business | Markets | Sustainability | Legal | Breakingviews

Middle East

Biden in Israel backs Netanyahu, wins deal for first Gaza aid trucks

By Jeff Moran and Trevor Hanlon
October 18, 2023 9:58 PM GMT+1 Updated

TEL AVIV/ABOARD AIR FORCE ONE, Oct 18 (Reuters) - U.S. President Joe Biden voiced strong support for Israel during a visit to Tel Aviv on Wednesday and said evidence suggested a deadly blast at a Gaza hospital was not caused by Israel, while securing an agreement to let the first humanitarian aid into the Palestinian enclave from Egypt.

Biden was greeted on the tarmac by Prime Minister Benjamin Netanyahu and then met him and Israel's war cabinet. He told Israelis they were not alone but urged them not to be "consumed by rage".

The trip had been planned to include a stop in Amman, where Biden was due to meet Jordan's King Abdullah, Egyptian President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas. Jordan called off that summit after the hospital explosion on Tuesday.

Speaking to reporters on Air Force One on his way home, Biden said he had spoken by phone with Sisi and that the Egyptian leader had agreed to open the Rafah crossing for up to 20 trucks of aid. "He deserves some real credit," Biden said.

Biden also announced $100 million in humanitarian assistance for Palestinians in Gaza and the West Bank.

Reporting by Jeff Moran in Tel Aviv and Trevor Hanlon aboard Air Force One; Editing by Nick Larkin

Read Next
Blinken to return to Middle East as crisis deepens
Oil prices jump after Gaza hospital blast"""))

M.append(dict(id="h31-22", source="globalnews.ca",
url="https://globalnews.ca/news/9575118/biden-trudeau-ottawa-roxham-road-parliament/",
published_at="2023-03-24", body="""Global News
Watch | Canada | World | Politics | Money

Politics

Biden, Trudeau announce deal to close Roxham Road as president addresses Parliament

By Sarah Whitcombe · Global News
Posted March 24, 2023 6:12 pm

U.S. President Joe Biden told Parliament on Friday that Canada and the United States "are bound together by geography" as he and Prime Minister Justin Trudeau confirmed a deal to turn back asylum seekers crossing at unofficial points such as Quebec's Roxham Road.

Under the updated Safe Third Country Agreement, which takes effect at midnight, migrants who cross irregularly will be returned to the U.S., while Canada will open 15,000 places for migrants from the Western Hemisphere through regular pathways.

Biden arrived in Ottawa on Thursday evening and was welcomed by Trudeau and Gov. Gen. Mary Simon. Friday's talks on Parliament Hill covered North American defence, critical minerals and the crisis in Haiti, where Trudeau announced $100 million for the Haitian National Police.

At a joint news conference, Biden was asked about U.S. airstrikes in Syria overnight after a drone attack killed an American contractor. "Make no mistake, the United States does not seek conflict with Iran," he said, but warned the U.S. would act to protect its people. Both leaders were also asked about China, with Trudeau saying Canada would stand up against foreign interference.

The visit is Biden's first to Canada as president. He flies back to Washington on Friday night after a gala dinner.

Share | Facebook | X | Email | Comments (42)

Trending Now
Bank of Canada rate decision: what to expect
Vancouver man charged after downtown attack"""))

M.append(dict(id="h31-23", source="rte.ie",
url="https://www.rte.ie/news/ireland/2023/0413/1376788-biden-visit-oireachtas/",
published_at="2023-04-13", body="""RTÉ
News | Sport | Entertainment | Business | Player

Ireland

Biden tells Oireachtas peace in Northern Ireland 'not inevitable'

Updated / Thursday, 13 Apr 2023 20:11

By Ciara Donnellan, Political Correspondent

US President Joe Biden has told a joint sitting of the Dáil and Seanad that the peace secured by the Good Friday Agreement must be protected, on the busiest day of his four-day visit to the island of Ireland.

Mr Biden began the day at Áras an Uachtaráin, where he was received by President Michael D Higgins, planted an oak tree and rang the Peace Bell. He then travelled to Farmleigh House for a meeting with Taoiseach Leo Varadkar, where the two discussed Northern Ireland, Ukraine and trade.

Addressing the Houses of the Oireachtas, Mr Biden paid tribute to generations of Irish emigrants to America. He is attending a banquet at Dublin Castle this evening.

Mr Biden arrived in Belfast on Tuesday and met Prime Minister Rishi Sunak briefly on Wednesday morning before delivering a speech at Ulster University. He spent Wednesday afternoon in Co Louth, tracing his family roots.

He will travel to Co Mayo tomorrow, where he is due to address a crowd outside St Muredach's Cathedral in Ballina before flying home.

Read more:
In pictures: Biden's day in Dublin
Biden's roots: from Ballina to Carlingford

Share | Facebook | Twitter | WhatsApp

Listen to RTÉ radio online | Download the RTÉ News app"""))

M.append(dict(id="h31-24", source="dw.com",
url="https://www.dw.com/en/biden-visits-berlin-scholz-steinmeier-order-of-merit/a-70532211",
published_at="2024-10-18", body="""DW
Germany | World | Business | Science | Culture | Sports

Politics | Germany

Biden makes farewell visit to Berlin, receives Germany's highest honor

Biden's shortened trip, rescheduled after Hurricane Milton, included talks with Scholz and a four-way meeting with the French and British leaders.

Date 18.10.2024
Author Lena Hartwig

US President Joe Biden arrived in Berlin on Friday for a one-day visit that is likely to be his last to Germany as president.

At Bellevue Palace, Federal President Frank-Walter Steinmeier awarded Biden the special class of the Grand Cross of the Order of Merit, praising him for having "strengthened the trans-Atlantic alliance". Biden then held talks with Chancellor Olaf Scholz at the Chancellery, focusing on support for Ukraine and the Middle East.

Biden said the killing of Hamas leader Yahya Sinwar was an opportunity to seek a path to peace in Gaza. Scholz said Germany would remain Ukraine's largest supporter in Europe.

Afterwards French President Emmanuel Macron and British Prime Minister Keir Starmer joined Biden and Scholz at the Chancellery for a meeting of the four leaders on Ukraine, Iran and Lebanon.

The visit had originally been planned for last week and was to include a meeting of the Ukraine Defense Contact Group at Ramstein Air Base, but Biden postponed it to oversee the response to the hurricane in Florida.

Related content
Zelenskyy presents 'victory plan' to EU leaders in Brussels
German economy set to shrink again in 2024

Share: Facebook | X | WhatsApp | Email
Permalink https://p.dw.com/p/4lxQr"""))

M.append(dict(id="h31-25", source="voanews.com",
url="https://www.voanews.com/a/obama-meets-pope-francis-renzi-rome/1880311.html",
published_at="2014-03-27", body="""VOA
US | World | Africa | Americas | Asia | Europe | Middle East

Europe

Obama Meets Pope Francis, Italian Leaders in Rome

March 27, 2014 3:15 PM
Luis Ramirez

ROME — President Barack Obama met Pope Francis for the first time on Thursday, holding nearly an hour of talks at the Vatican that covered poverty, inequality and immigration, before meeting Italy's top leaders.

The president presented the pope with a box of fruit and vegetable seeds from the White House garden, and the pope gave Obama a copy of his apostolic exhortation "Evangelii Gaudium." Obama said afterwards he was "extraordinarily impressed" by the pontiff.

Obama then went to the Quirinale Palace to see President Giorgio Napolitano and held talks with Prime Minister Matteo Renzi at Villa Madama. At a news conference with Renzi, he said Europe needed to diversify its energy supplies in response to Russia's annexation of Crimea, and urged NATO allies to keep up defense spending.

The president arrived in Rome from Brussels, where he attended a U.S.-EU summit on Wednesday.

Obama leaves Italy on Friday for Riyadh, where he will meet Saudi King Abdullah to discuss Syria and Iran.

Related
Kerry, Lavrov meet in The Hague on Ukraine crisis
Russia says it will respond to NATO buildup

Share: Facebook | Twitter | Email | Print"""))

M.append(dict(id="h31-26", source="lemonde.fr",
url="https://www.lemonde.fr/en/international/article/2024/12/07/macron-brings-trump-and-zelensky-together-at-elysee-before-notre-dame-reopening_6736178_4.html",
published_at="2024-12-07", body="""Le Monde in English
International | France | Opinion | Environment | Culture | Subscribe

International

Macron brings Trump and Zelensky together at Elysée before Notre-Dame reopening

The French president hosted the US president-elect at the Elysée Palace on Saturday, then joined him for a meeting with the Ukrainian leader.

Le Monde with AFP
Published on December 7, 2024, at 6:40 pm (Paris)
Time to read 2 min.

Emmanuel Macron received Donald Trump at the Elysée Palace on Saturday, December 7, a few hours before the two attended the ceremony to reopen Notre-Dame Cathedral, five years after it was ravaged by fire. It was Trump's first trip abroad since his election in November.

Volodymyr Zelensky, who arrived in Paris earlier in the day, then joined them at the palace for talks that lasted roughly half an hour. It was the first face-to-face encounter between Trump and the Ukrainian president since the US election. Zelensky described the talks as "good and productive" and said the three had agreed to keep working together.

Macron had already met Zelensky several times this year, most recently in October. He has argued that Europe must be ready to take on more of the burden of supporting Kyiv.

Dozens of heads of state and government, as well as Prince William, attended the ceremony in the restored cathedral.

Read more
Notre-Dame reopens its doors: the day in pictures
Barnier government falls after censure vote

Subscribers only | Share | Offer Le Monde"""))
