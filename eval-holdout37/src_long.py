# Long pages (2,500-4,500 characters), h37-01 .. h37-12
A = []

A.append(dict(id="h37-01", source="kyivpost.com",
url="https://www.kyivpost.com/post/macron-scholz-draghi-arrive-in-kyiv-by-night-train",
published_at="2022-06-16", body="""This website uses cookies to improve your experience. By continuing to browse, you accept our Privacy Policy. | Accept

USD 36.57 | EUR 38.31 ▼ -0.24 | PLN 8.16 ▼ -0.05 | Brent 118.94 ▼ -1.57

Politics | War in Ukraine
June 16, 2022, 5:12 pm

"Ukraine belongs to the European family": Macron, Scholz and Draghi reach Kyiv by night train

By Kyiv Post staff

The leaders of France, Germany and Italy arrived in Kyiv on Thursday morning on a special overnight train from Poland, their first visit to the Ukrainian capital since Russia launched its full-scale invasion, and pledged to back Ukraine's request to become a candidate for membership of the European Union.

French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi stepped off the train shortly after 9 a.m. on a trip that had been kept under wraps for security reasons until they were on Ukrainian soil. Romanian President Klaus Iohannis, who travelled separately, joined them in the city later in the morning.

Before the talks, the four were taken to Irpin, the commuter town north-west of the capital that was occupied in the first weeks of the war. Walking past the shell of a burned-out apartment block, Macron told reporters the town showed "what this war really is" and paid tribute to the residents who had held out. An air-raid siren sounded while the delegation was in the city, though no strike was reported nearby.

Talks with President Volodymyr Zelensky at Mariinsky Palace lasted into the afternoon. Speaking at a joint news conference afterwards, Macron said all four leaders supported granting Ukraine candidate status without delay, a decision EU heads of government are due to take at their summit in Brussels on June 23-24. The European Commission is expected to publish its own opinion on Ukraine's application on Friday.

The German chancellor, whose government has been criticized at home and in Kyiv for the slow delivery of heavy weapons, said Ukraine "belongs to the European family" and that Berlin would keep helping "for as long as it is needed." Scholz pointed to the IRIS-T air defense system and the self-propelled howitzers already promised by Germany.

Draghi said Italy wanted Ukraine in the EU and that next week's summit must send "an unambiguous signal." The Italian premier also raised the blockade of Ukraine's Black Sea ports, calling the grain stuck in silos in Odesa a matter of global food security.

Macron announced that France would send six more CAESAR self-propelled guns, in addition to the 12 it has already delivered. Iohannis stressed the role of Romania's ports and railways in getting Ukrainian grain to world markets.

Zelensky thanked the guests but said Ukraine still needed more modern artillery and rocket systems. "Every day of delay is paid for with the lives of our people," he said.

The trip follows weeks of irritation in Kyiv over Macron's remarks that Russia must not be humiliated, and over the continued contacts between European capitals and the Kremlin. Macron and Scholz held a joint 80-minute call with Vladimir Putin on May 28 to press him to lift the port blockade.

For Macron, Kyiv was the last stop of a three-day swing through the region. On Tuesday and Wednesday he visited French troops deployed to a NATO base near Constanta in Romania, then flew to Chisinau for talks with Moldovan President Maia Sandu.

In Moscow, former president Dmitry Medvedev, now deputy head of the Security Council, mocked the visit on Telegram, predicting the three would bring promises rather than weapons.

Read also: Johnson makes surprise second trip to Kyiv, offers to train 10,000 soldiers every 120 days
Read also: Russia cuts gas flows to Italy and Germany via Nord Stream

Support independent journalism. Donate to Kyiv Post via PayPal or Patreon.

Tags: Emmanuel Macron, Olaf Scholz, Mario Draghi, Klaus Iohannis, Volodymyr Zelensky, EU candidate status, Irpin

Share: Facebook | Twitter | Telegram | Copy link

Most read
1. Severodonetsk: Ukrainian forces hold Azot plant
2. Ukraine's grain exports: four routes and their problems
3. How to get a Schengen visa from Kyiv now"""))

A.append(dict(id="h37-02", source="politico.eu",
url="https://www.politico.eu/article/volodymyr-zelenskyy-brussels-european-parliament-eu-summit-london-paris/",
published_at="2023-02-09", body="""POLITICO uses cookies to provide you with a better experience. You can manage your choices at any time. | Accept all | Manage preferences

BRUSSELS PLAYBOOK — The morning briefing on who's up, who's down and what's happening in the EU bubble. Sign up here

NEWS > UKRAINE

Zelenskyy brings his jets pitch to Brussels after London and Paris whirlwind

The Ukrainian president's second foreign trip since the invasion has taken him to Westminster, the Élysée and now the EU summit table.

BY [POLITICO EUROPE STAFF]
February 9, 2023 12:41 pm CET
5 minute read

BRUSSELS — Volodymyr Zelenskyy landed in Brussels on Thursday morning to address the European Parliament and sit down with EU leaders, the final leg of a tour that began with a surprise flight to London on Wednesday and ended that evening over dinner in Paris.

In the British capital, Zelenskyy was welcomed by Prime Minister Rishi Sunak at Downing Street, addressed MPs and peers in Westminster Hall and was received by King Charles III at Buckingham Palace. He then traveled with Sunak to Dorset to see Ukrainian recruits being trained by British forces.

Sunak said "nothing is off the table" when it comes to fighter jets and announced that the U.K. would start training Ukrainian pilots on NATO-standard aircraft. The prime minister has asked Defence Secretary Ben Wallace to look at which planes Britain could eventually supply, though officials cautioned that any deliveries would be a long-term solution.

From London, the Ukrainian leader flew to Paris on a British military plane. Emmanuel Macron received him at the Élysée, where German Chancellor Olaf Scholz joined the two for a three-way working dinner. Macron said afterward that Ukraine could count on France "to victory," and Scholz said Berlin would keep its support going "as long as it is necessary."

The Paris dinner did not go down well everywhere. Italian Prime Minister Giorgia Meloni told reporters in Brussels that the invitation to Zelenskyy had been "not appropriate," arguing that leaders should show unity with Ukraine as 27 rather than in small groups.

In his speech to MEPs, Zelenskyy thanked the Parliament's President Roberta Metsola and pressed for a rapid start to membership talks. "Europe was and will be Europe as long as we stay together," he said, before heading to the summit at the Europa building, where he was greeted by Council President Charles Michel and Commission President Ursula von der Leyen.

Diplomats said the afternoon would be split into sessions in which Zelenskyy would meet smaller groups of leaders. Meloni is expected to be among those who see him in one of these groups, an Italian official said.

The Ukrainian president's only previous trip abroad since the full-scale invasion was to Washington in December.

Officials expect the next sanctions package, the bloc's tenth, to be agreed before the February 24 anniversary of the invasion. It would target more Russian exports and add further individuals linked to the war to the EU's list.

Polish Prime Minister Mateusz Morawiecki said on his way into the building that Warsaw was ready to send jets as part of a wider coalition, but would not act alone.

Zelenskyy's talks were not all about weapons. He also pushed leaders on speeding up Ukraine's EU accession process, saying he wanted negotiations to open this year.

RELATED
EU's €18B Ukraine loan: the first tranche goes out
Sunak faces Tory pressure over jets pledge
Scholz vs. Macron: the tank fight that wasn't

POLITICO Pro Morning Defense | Try it free

Share: Twitter | LinkedIn | Facebook | Email | Copy link

TAGS: Volodymyr Zelenskyy, Rishi Sunak, Emmanuel Macron, Olaf Scholz, Giorgia Meloni, European Council, European Parliament"""))

A.append(dict(id="h37-03", source="dw.com",
url="https://www.dw.com/en/scholz-makes-unannounced-trip-to-kyiv-pledges-more-weapons/a-70942110",
published_at="2024-12-02", body="""Skip next section Navigation
Skip to content
Skip to main menu
Skip to more DW sites

DW | News | Germany | Europe | Business | Science | Live TV

CONFLICTS
Russia's war in Ukraine

Scholz makes unannounced trip to Kyiv, pledges more weapons

German Chancellor Olaf Scholz has arrived in Kyiv for the first time in two and a half years. The visit comes less than three months before a snap election in which support for Ukraine is a campaign issue.

DW with Reuters, AFP, dpa
12/02/2024 December 2, 2024

Chancellor Olaf Scholz traveled to Kyiv by train on Monday, a visit that had not been announced in advance for security reasons.

"I want to make clear here on the spot that Germany will remain Ukraine's strongest supporter in Europe," Scholz wrote on X shortly after arriving at the station. It is his second visit to the Ukrainian capital since Russia launched its full-scale invasion in February 2022. He previously came in June of that year together with French President Emmanuel Macron and then-Italian Prime Minister Mario Draghi.

Scholz held talks with Ukrainian President Volodymyr Zelenskyy and told him that Germany would deliver further military equipment worth €650 million ($684 million) by the end of December, including air defense systems of the IRIS-T type. He also visited a hospital in the capital treating soldiers wounded at the front.

Zelenskyy thanked Germany for its help, writing on Telegram that the two had discussed air defense, the situation on the front line and "the steps towards a just peace." The Ukrainian leader again brought up Kyiv's request for Taurus cruise missiles, which Scholz continues to refuse to send.

Call to Putin still rankles

The visit comes a little over two weeks after Scholz held a phone call with Russian President Vladimir Putin on November 15, their first conversation in nearly two years. Zelenskyy criticized the call at the time, saying it would only help Putin out of his isolation. Scholz said he had spoken to Zelenskyy both before and after talking to the Kremlin leader.

The chancellor had already spoken with US President-elect Donald Trump by phone shortly after his election win, a call both sides described as constructive. Berlin is watching nervously for signs that Trump will cut US aid once he takes office in January.

On Tuesday, Ukraine's Foreign Minister Andrii Sybiha is expected at the meeting of NATO foreign ministers in Brussels, where Kyiv will again push for an invitation to join the alliance.

Election campaign trip?

Opposition leader Friedrich Merz of the conservative Christian Democrats (CDU), the front-runner to become the next chancellor, accused Scholz of using the visit for his election campaign. Scholz's government collapsed in November when he fired his finance minister. A snap vote is planned for February 23.

Defense Minister Boris Pistorius, also from Scholz's Social Democrats (SPD), defended the trip, saying it was "a clear signal that we do not abandon our friends."

The new EU foreign policy chief Kaja Kallas and European Council President Antonio Costa were in Kyiv on Sunday, the first day of their mandates.

kb/rm (Reuters, AFP, dpa)

Advertisement

Related topics
Olaf Scholz | Volodymyr Zelenskyy | Kyiv | Russia's war in Ukraine | IRIS-T

Send Facebook X Email WhatsApp Telegram
Permalink https://p.dw.com/p/4ncQ1

Explore more
Zelenskyy meets Trump in Paris as Macron hosts Notre Dame reopening
Germany's Ukraine aid: How much has Berlin given?
Russian strike damages energy facility in Ternopil"""))

A.append(dict(id="h37-04", source="thehindu.com",
url="https://www.thehindu.com/news/national/pm-modi-in-kyiv-india-ukraine-sign-four-agreements/article68558321.ece",
published_at="2024-08-23", body="""Subscribe to our newsletters | e-Paper | Login

SENSEX 81,086.21 ▲ +33.02 | NIFTY 24,823.15 ▲ +11.65 | USD/INR 83.88

NATIONAL

India "never neutral, we are on the side of peace", Modi tells Zelensky in Kyiv

India and Ukraine signed four agreements as Mr. Modi became the first Indian Prime Minister to visit the country since diplomatic relations were established

Updated - August 23, 2024 09:47 pm IST - KYIV

Prime Minister Narendra Modi on Friday held talks with Ukrainian President Volodymyr Zelenskyy in Kyiv and told him that India was ready to play an "active role" in restoring peace, during the first visit by an Indian Prime Minister to Ukraine since the two countries established diplomatic ties in 1992.

Mr. Modi arrived in the Ukrainian capital on Friday morning after a 10-hour overnight journey by train from the Polish border. Mr. Zelenskyy received him at the Mariinsky Palace, where the two leaders held restricted and delegation-level talks lasting nearly three hours.

"India has never been neutral. We have been on the side of peace from the very first day," Mr. Modi said, according to External Affairs Minister S. Jaishankar, who briefed reporters in Kyiv after the talks. Mr. Jaishankar said the Prime Minister had conveyed that the conflict could only be resolved through dialogue and diplomacy, and that "both sides" would need to sit together.

Earlier in the day, Mr. Modi visited the multimedia exhibition in memory of children killed in the war at the National Museum of History of Ukraine, and laid flowers at a statue of Mahatma Gandhi in the city. Mr. Zelenskyy placed his hand on Mr. Modi's shoulder as they stood before the memorial.

The two sides signed four agreements, on cooperation in agriculture and the food industry, on medical products regulation, on culture, and on Indian humanitarian grant assistance for high-impact community development projects. India also handed over four BHISHM mobile hospital cubes to Ukraine.

The visit comes six weeks after Mr. Modi's trip to Moscow, where his embrace of Russian President Vladimir Putin drew a sharp public rebuke from Mr. Zelenskyy, who called it "a huge disappointment". Asked about the criticism, Mr. Jaishankar said the Prime Minister had "a very open and frank conversation" with both leaders.

Mr. Modi travelled to Kyiv from Warsaw, where he held talks with Polish Prime Minister Donald Tusk on Thursday and the two countries upgraded their ties to a strategic partnership. He was the first Indian Prime Minister to visit Poland in 45 years.

Mr. Zelenskyy, in his remarks, said he wanted India to support the peace formula and to attend the second peace summit that Kyiv hopes to organise later this year. He said he would like such a summit to be held in a country of the Global South and mentioned India as a possible venue.

Mr. Jaishankar said Mr. Modi had invited Mr. Zelenskyy to visit India at his convenience. There was no word from the Ukrainian side on whether the invitation had been accepted.

The Ministry of External Affairs said the two leaders also discussed the restoration of trade, which fell sharply after February 2022, and Ukraine's interest in Indian pharmaceuticals and machinery. An Inter-Governmental Commission is expected to meet at an early date.

Mr. Modi left Kyiv by train on Friday evening.

RELATED STORIES
Modi, Tusk announce strategic partnership; India to open defence ties with Poland
Opposition questions timing of Ukraine visit
Editorial: The balancing act

COMMENTS (14) | Share: WhatsApp | X | Facebook | Email | Print

Printable version | Aug 24, 2024 2:15:09 am

Topics: India-Ukraine relations / diplomacy / Narendra Modi / Volodymyr Zelenskyy / Ukraine-Russia conflict"""))

A.append(dict(id="h37-05", source="euronews.com",
url="https://www.euronews.com/2023/05/20/zelenskyy-arrives-in-hiroshima-for-g7-summit-meets-modi",
published_at="2023-05-20", body="""Euronews uses cookies and similar technologies. Choose Agree to accept or Settings to manage your choices. | Agree | Settings

Euronews | Latest | Europe | World | My Europe | Travel | Culture | Video

Zelenskyy lands in Hiroshima for G7, holds first face-to-face talks with Modi since invasion

By Euronews and agencies | Last updated 20/05/2023 - 17:36

Ukrainian President Volodymyr Zelenskyy arrived in Japan on Saturday to join the Group of Seven summit in Hiroshima in person, stepping off a French government plane hours after leaders of the world's richest democracies announced new sanctions against Russia.

Zelenskyy's presence had been kept ambiguous until the last moment. Kyiv had initially said he would take part by video, but on Friday an official confirmed he would travel. He flew in from Saudi Arabia, where on Friday he addressed the Arab League summit in Jeddah and was received by Crown Prince Mohammed bin Salman.

Shortly after landing, the Ukrainian leader held his first in-person meeting with Indian Prime Minister Narendra Modi since Russia's full-scale invasion. Modi, whose country has refused to condemn Moscow and has stepped up its purchases of Russian oil, told him the war was "a big issue for the whole world" and said India would do "everything we can" to help find a solution.

Zelenskyy then met British Prime Minister Rishi Sunak, who embraced him on arrival at the conference venue, and French President Emmanuel Macron, whose government supplied the aircraft for the flight. "Important day. Peace will become closer today," Zelenskyy wrote on his official channels.

Biden set to meet Zelenskyy on Sunday

US President Joe Biden will meet Zelenskyy on Sunday, national security adviser Jake Sullivan told reporters. The meeting comes a day after Biden told G7 partners that Washington would support a joint effort to train Ukrainian pilots on fourth-generation fighter jets, including the US-made F-16, a reversal after months of hesitation.

Zelenskyy is also due to join the summit's working session on Ukraine on Sunday and to hold talks with host Prime Minister Fumio Kishida, who made a surprise visit to Kyiv in March.

Brazil's President Luiz Inácio Lula da Silva, one of the leaders invited to Hiroshima as a guest, has been asked for a meeting by the Ukrainian side, a Brazilian official said, but no time had been fixed. Lula has argued that both Kyiv and Moscow share responsibility for ending the war.

The Kremlin said it was watching the summit "closely" and accused the G7 of seeking to "contain" both Russia and China.

In their statement on Friday, G7 leaders said they would restrict Russia's access to their economies and to technology and industrial goods, and pledged to reduce reliance on Russian diamonds.

Zelenskyy's visit is his farthest foreign trip since the war began, and the first by a Ukrainian president to Japan since the invasion.

Share | Comments

Trending
G7 agrees new Russia sanctions, targets diamonds and energy
Explainer: What is the F-16 and why does Ukraine want it?
Turkey runoff: Erdogan eyes victory after first round lead

Read more
Zelenskyy in Jeddah: Ukrainian leader seeks Arab support

Get the Euronews morning newsletter in your inbox | Follow us on WhatsApp"""))

A.append(dict(id="h37-06", source="bbc.co.uk",
url="https://www.bbc.co.uk/news/world-europe-64700012",
published_at="2023-02-20", body="""BBC Homepage | Skip to content | Accessibility Help | Your account | Home | News | Sport | Weather | iPlayer

News | Israel-Gaza war | War in Ukraine | Climate | Video | World | UK | Business | Tech

Ukraine war: Biden makes surprise visit to Kyiv

By the BBC News team
20 February 2023
Related Topics: War in Ukraine

Image source, Reuters
Image caption, Joe Biden and Volodymyr Zelensky walked together outside St Michael's Golden-Domed Monastery

US President Joe Biden has made an unannounced visit to Kyiv, four days before the first anniversary of Russia's full-scale invasion of Ukraine.

He was met by President Volodymyr Zelensky and the two leaders walked through the centre of the capital as an air raid siren sounded. Mr Biden, 80, arrived by train from Poland after leaving Washington in secret on Sunday.

At a news conference at the Mariinsky Palace, the US president announced a further $500m (£415m) of military aid, including artillery ammunition, Javelin anti-tank missiles and howitzers, and said new sanctions against Russia's elites would follow later in the week.

"One year later, Kyiv stands, and Ukraine stands. Democracy stands," Mr Biden said. "Putin thought Ukraine was weak and the West was divided. He thought he could outlast us. He was dead wrong."

Mr Zelensky called the visit "an extremely important sign of support for all Ukrainians" and said the two men had discussed long-range weapons and the supply of arms that had not previously been sent.

US National Security Adviser Jake Sullivan said Washington had notified Moscow of the trip a few hours before Mr Biden departed, "for deconfliction purposes". He did not say how Russia had responded.

The visit was planned over months by a small group of officials. Mr Biden flew overnight to Rzeszow in south-eastern Poland before taking the train across the border, the White House said.

Mr Biden now heads to Warsaw, where he will hold talks with Polish President Andrzej Duda on Tuesday and deliver a speech at the Royal Castle. On Wednesday he will meet leaders of the Bucharest Nine group of Nato's eastern flank countries.

Italy's Prime Minister Giorgia Meloni, who held talks with her Polish counterpart Mateusz Morawiecki in Warsaw on Monday, is expected to travel to Kyiv on Tuesday for her first visit since taking office.

In Moscow, President Vladimir Putin is due to deliver his delayed state of the nation address on Tuesday. China's top diplomat Wang Yi, who has been touring Europe, is expected in the Russian capital later this week, after Washington warned Beijing against supplying weapons to Russia.

Mr Biden's visit is the first by a US president to Ukraine since George W Bush in 2008, and the first to a war zone not controlled by US forces in modern times, analysts say.

Ukraine's army has been struggling to hold back Russian assaults around the eastern city of Bakhmut, and Kyiv has urged allies to speed up deliveries of tanks promised last month.

Russian officials did not immediately comment. Pro-Kremlin military bloggers questioned why the sirens in Kyiv had not been followed by any strike.

More on this story
Watch: Biden and Zelensky walk through Kyiv as sirens sound
A year of war in Ukraine - in maps
What weapons are being sent to Ukraine?

Top Stories
Nicola Sturgeon successor race opens
Earthquake hits Turkey-Syria border region again

Copyright 2023 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h37-07", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3875640-zelensky-biden-sign-security-agreement-at-g7-summit-in-italy.html",
published_at="2024-06-13", body="""Ukrinform | Ukrainian National News Agency
Ukrinform's Telegram channel - subscribe to get the news first

Politics
13.06.2024 22:14

Zelensky, Biden sign ten-year security agreement at G7 summit in Italy

Ukrainian President Volodymyr Zelensky and US President Joe Biden have signed a bilateral security agreement on the sidelines of the Group of Seven summit in Apulia, southern Italy.

A Ukrinform correspondent reports this.

The document was signed on Thursday evening at the Borgo Egnazia resort, where the leaders of the G7 are meeting until June 15. It is valid for ten years and provides for US assistance in the fields of defense, security, intelligence sharing and the development of Ukraine's defense industry.

"Today is a truly historic day. We have signed the strongest agreement between Ukraine and the United States since our independence," Zelensky said at a joint press conference with Biden. He said the document "is about security and therefore about the life of our people."

Biden said the United States intended to help build Ukraine's long-term capacity to defend itself and deter future aggression. "Our goal is to strengthen Ukraine's credible defense and deterrence capabilities for the long term," he said.

Earlier on Thursday, Zelensky and Japanese Prime Minister Fumio Kishida signed a security agreement between Ukraine and Japan. Under the document, Japan will provide Ukraine with USD 4.5 billion in aid this year and will continue supporting it for ten years, including in humanitarian demining, reconstruction and the energy sector.

Zelensky arrived in Italy on Thursday and was welcomed at Borgo Egnazia by the summit host, Italian Prime Minister Giorgia Meloni, with whom he held a short meeting before the working sessions. Meloni said Italy would continue to stand with Ukraine "on the side of international law."

G7 leaders also agreed on Thursday to provide Ukraine with around USD 50 billion in loans to be serviced by the proceeds from immobilized Russian assets. The details are to be finalized by finance ministers.

On Friday, Pope Francis is expected to take part in the summit's session on artificial intelligence, and the Ukrainian delegation is seeking a meeting with the pontiff on the margins, a source in the President's Office told Ukrinform.

From Italy, Zelensky will travel to Switzerland for the Summit on Peace in Ukraine, which opens at the Bürgenstock resort near Lucerne on Saturday. More than 90 countries and organizations have confirmed their participation, according to the Swiss government.

Earlier this week, on June 11, Zelensky attended the Ukraine Recovery Conference in Berlin, where he held talks with German Chancellor Olaf Scholz and spoke in the Bundestag.

As Ukrinform reported, the United Kingdom, France, Germany, Canada, Italy, Denmark and a number of other states have already signed bilateral security agreements with Ukraine on the basis of the G7 joint declaration adopted in Vilnius in July 2023.

Photo: Office of the President of Ukraine

Read also:
- Zelensky meets with Modi in Italy, invites India to the Peace Summit
- Shmyhal: Japan to help restore Ukraine's energy sector

When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory. Citing the translated materials of foreign media outlets is possible only with a link to the website ukrinform.net and the website of the foreign media outlet.

Tags: G7, Zelensky, Biden, Kishida, Meloni, security agreement

Share via: Telegram · Viber · Facebook · X"""))

A.append(dict(id="h37-08", source="theguardian.com",
url="https://www.theguardian.com/politics/2025/mar/02/starmer-london-summit-ukraine-coalition-of-willing",
published_at="2025-03-02", body="""Support the Guardian. Fund independent journalism with £5 per month. Support us

News | Opinion | Sport | Culture | Lifestyle

Politics | Ukraine

Starmer says Europe will lead "coalition of the willing" to defend any Ukraine peace deal

Prime minister hosts 18 leaders at Lancaster House two days after Zelenskyy's clash with Trump in the Oval Office

Political staff
Sun 2 Mar 2025 18.54 GMT
Share | 1,482 comments

Keir Starmer has said the UK and France will work with Ukraine and other countries on a plan to end the war that could be presented to the United States, after hosting European leaders at a summit in London intended to hold Western support for Kyiv together.

Speaking at Lancaster House after the meeting, the prime minister said Europe was "at a crossroads in history" and that a "coalition of the willing" would be prepared to defend a deal and guarantee the peace, with British "boots on the ground and planes in the air" if needed.

The summit, attended by leaders including France's Emmanuel Macron, Germany's Olaf Scholz, Italy's Giorgia Meloni, Poland's Donald Tusk and Canada's Justin Trudeau, as well as the heads of Nato and the EU institutions, came two days after Volodymyr Zelenskyy's meeting with Donald Trump and JD Vance at the White House collapsed into a public row.

Zelenskyy arrived in London on Saturday, when Starmer embraced him outside No 10 and told him he had "full backing across the United Kingdom". During that visit, the chancellor, Rachel Reeves, and Ukraine's finance minister, Serhiy Marchenko, signed a £2.26bn loan agreement to be repaid from the profits of frozen Russian assets. On Sunday morning Zelenskyy travelled to Sandringham to meet the King.

Starmer also announced a £1.6bn deal allowing Ukraine to use UK export finance to buy more than 5,000 air defence missiles made in Belfast.

The prime minister said he had spoken to Trump on Saturday evening, after Zelenskyy's visit to Downing Street, and that he was not ready to accept that the US was an unreliable ally. He declined to discuss the details of the conversation.

Macron, who told Le Figaro that France and Britain were proposing a one-month truce "in the air, at sea and on energy infrastructure", said he had spoken to both Trump and Zelenskyy after Friday's clash to urge calm. The French president said any European troops would only be sent once a peace agreement had been reached.

Before the summit, Starmer held a bilateral meeting with Meloni, who has positioned herself as a bridge to the Trump administration. Downing Street said the two leaders agreed that a "strong US backstop" remained essential.

Turkey's foreign minister, Hakan Fidan, also attended. Tusk said Europe must wake up: "500 million Europeans are asking 300 million Americans to protect them from 140 million Russians," he said.

Zelenskyy is due in Brussels on Thursday for an emergency summit of EU leaders at which the European Commission is expected to outline plans to increase defence spending across the bloc.

The Kremlin said the summit showed Europe was "not interested in peace". Dmitry Peskov, Putin's spokesperson, said European leaders were trying to prolong the war.

Explore more on these topics
Ukraine | Keir Starmer | Volodymyr Zelenskyy | Emmanuel Macron | Europe | Russia

Most viewed
Trump's Oval Office ambush: a timeline of the meeting
Vance and Zelenskyy: how the row began
Live: European leaders arrive in London

Reuse this content"""))

A.append(dict(id="h37-09", source="rferl.org",
url="https://www.rferl.org/a/orban-putin-moscow-peace-mission-eu-presidency/33023415.html",
published_at="2024-07-05", body="""Share on X | Facebook | Email | Print

Orban Meets Putin In Moscow On Self-Styled "Peace Mission," Drawing EU Rebukes

By RFE/RL | July 05, 2024 16:48 GMT

Hungarian Prime Minister Viktor Orban (left) and Russian President Vladimir Putin shake hands in the Kremlin on July 5.

Hungarian Prime Minister Viktor Orban has held talks with Russian President Vladimir Putin in Moscow, a trip he called a "peace mission" that was immediately disowned by EU leaders days after Budapest took over the EU's six-month rotating presidency.

Orban's plane landed at Vnukovo airport on the morning of July 5, and the two leaders met in the Kremlin for talks that lasted several hours. Hungarian Foreign Minister Peter Szijjarto accompanied him.

Speaking to reporters after the talks, Putin said he was ready for a cease-fire only if Ukraine withdrew its troops from the four regions that Moscow claims to have annexed and dropped its plans to join NATO, conditions Kyiv has repeatedly rejected as a demand for capitulation. Orban said the positions of the two sides were "very far apart" and that "many steps" would be needed to end the war.

"You cannot make peace from a comfortable armchair in Brussels," Orban wrote on X before the meeting.

Orban had made his first visit to Kyiv since the start of the full-scale invasion on July 2, when he urged Ukrainian President Volodymyr Zelensky to consider a quick cease-fire. Zelensky's office said on July 5 that Kyiv had not been consulted about the Moscow trip.

European Council President Charles Michel wrote that the rotating presidency "has no mandate to engage with Russia on behalf of the EU," while European Commission President Ursula von der Leyen said that "appeasement will not stop Putin." Estonian Prime Minister Kaja Kallas, who has been nominated as the EU's next foreign-policy chief, said Orban was "exploiting" the presidency.

Kremlin spokesman Dmitry Peskov said Moscow had no illusions about the trip but welcomed "any attempt" at dialogue. He said Putin had been informed in advance that Orban was not speaking for the EU.

Orban is due to travel to Washington next week for the NATO summit marking the alliance's 75th anniversary. Hungarian media have also speculated that he could travel to China as part of his mission, although his office has declined to comment.

Putin himself returned on July 4 from the Shanghai Cooperation Organization summit in Astana, where he held talks with Chinese leader Xi Jinping.

Hungary, which depends heavily on Russian oil and gas, has held up or watered down several EU decisions on Ukraine, including a 50-billion-euro ($54 billion) support package that was eventually approved in February.

The Hungarian presidency's slogan, "Make Europe Great Again," has itself drawn criticism for echoing the campaign of former U.S. President Donald Trump, whom Orban openly supports.

Several EU ambassadors said they would raise the visit at a meeting in Brussels next week. Lithuanian Foreign Minister Gabrielius Landsbergis suggested that other member states could boycott events organized by the Hungarian presidency.

With reporting by Reuters, AFP, and RFE/RL's Hungarian Service

Related
Orban In Kyiv: Hungarian Leader Proposes Cease-Fire To Zelensky
Explainer: What Does The EU's Rotating Presidency Actually Do?

Most Popular | Tags: Viktor Orban, Vladimir Putin, Hungary, Russia, European Union, Russia-Ukraine war

© 2024 Radio Free Europe/Radio Liberty | Reprints and permissions"""))

A.append(dict(id="h37-10", source="washingtonpost.com",
url="https://www.washingtonpost.com/world/national-security/obama-merkel-weigh-arms-for-ukraine-ahead-of-minsk-summit/2015/02/09/",
published_at="2015-02-09", body="""Democracy Dies in Darkness

Sign in | Subscribe

National Security

Obama, Merkel show united front on Russia, but split over arming Ukraine persists

By Post staff
February 9, 2015 at 7:58 PM EST

President Obama and German Chancellor Angela Merkel on Monday presented a united front against Russian aggression in Ukraine, but the two leaders left open their differences over whether Washington should send defensive weapons to the Ukrainian military.

Speaking at a joint news conference in the East Room after talks in the Oval Office, Obama said the United States was still looking at "all options," including lethal defensive arms, if diplomacy fails. He said no decision had been made and that he would wait to see the outcome of the latest round of European-led talks.

"The possibility of lethal defensive weapons is one of those options that's being examined," Obama said. "But I have not made a decision about that yet."

Merkel, who has said publicly that she does not believe more weapons will solve the conflict, said that even if the two allies disagreed on specific steps, "the alliance between the United States and Europe will stand."

The chancellor flew to Washington after a weekend of intense diplomacy. She and French President Francois Hollande traveled to Kiev on Thursday and to Moscow on Friday to present a peace proposal to Ukrainian President Petro Poroshenko and Russian President Vladimir Putin. On Sunday, the four leaders held a conference call and agreed to try to meet in the Belarusian capital of Minsk on Wednesday.

Merkel said that she was not sure the summit would take place and that "a lot of issues still need to be clarified." German officials said final preparations were to be made by senior diplomats meeting in Berlin on Monday.

Vice President Biden met Poroshenko on the sidelines of the Munich Security Conference on Saturday, where Merkel also met both men and told the gathering that she could not imagine a situation in which arming Kiev would lead Putin to back down. Secretary of State John Kerry had been in Kiev on Thursday, the same day as Merkel and Hollande, to pledge additional nonlethal assistance.

The fighting in eastern Ukraine has intensified in recent weeks, with pro-Russian separatists pushing toward the rail hub of Debaltseve. The United Nations says more than 5,300 people have been killed since April.

Several Republican and Democratic senators have urged the administration to move quickly on arms. Sen. John McCain (R-Ariz.) compared Merkel's approach to appeasement.

A senior administration official said Obama had not yet spoken to Putin about the latest plan but that Washington had been "closely consulted" at every step.

From Washington, Merkel flies to Ottawa later Monday for talks with Canadian Prime Minister Stephen Harper, whose government has been one of the most vocal critics of Moscow. She is due back in Europe on Tuesday before heading to Minsk.

Obama and Merkel also discussed Greece's debt crisis, the negotiations on a transatlantic trade pact and the fight against the Islamic State.

Read more:
Kerry in Kiev: U.S. 'not going to close our eyes' to Russian tanks
Putin says Moscow will not accept ultimatums ahead of Minsk talks
The Post's View: Mr. Obama should send arms to Ukraine

Share | Comment | 412 Comments

Most Read World
1. In Nigeria, Boko Haram strikes again
2. Grammys 2015: the winners
3. Jordan launches new wave of airstrikes"""))

A.append(dict(id="h37-11", source="npr.org",
url="https://www.npr.org/2022/12/22/1144905321/zelenskyy-washington-visit-patriot-congress-poland",
published_at="2022-12-22", body="""NPR | Shop | Sign In | NPR Shop | Donate

Your support makes NPR possible. Give now.

WORLD
After his Washington trip, Zelenskyy stops in Poland on the way home

December 22, 2022 | 12:05 PM ET
By NPR staff

Ukrainian President Volodymyr Zelenskyy stopped in Poland on his way back from Washington on Thursday and met President Andrzej Duda, the Polish president's office said, wrapping up his first trip outside Ukraine since Russia's invasion in February.

Zelenskyy spent about 10 hours in the U.S. capital on Wednesday. He was welcomed by President Biden at the White House, and the two leaders held talks in the Oval Office before a joint news conference in the East Room.

Biden announced a new package of about $1.85 billion in security assistance, including for the first time a Patriot surface-to-air missile battery, which the U.S. considers one of its most advanced air defense systems. Zelenskyy said he was grateful but that Ukraine would ask for more. "I'm sorry. I'm sorry, we are at war," he said, half-joking, in reply to a question about whether Patriots would be enough.

In the evening, Zelenskyy addressed a joint meeting of Congress, where he was greeted with long standing ovations. He told lawmakers that U.S. aid was "not charity" but "an investment in global security and democracy," and presented House Speaker Nancy Pelosi with a Ukrainian flag signed by soldiers fighting in Bakhmut.

Zelenskyy flew to Washington on a U.S. Air Force plane from Rzeszów, in southeastern Poland, after crossing the border by train. His return trip again went through Poland, where he held a meeting with Duda on Thursday. Duda's chief of staff said the two discussed "the current situation, security and the upcoming year," without giving further details.

The Kremlin responded coolly to the visit. Spokesman Dmitry Peskov said the new weapons would lead to "a deepening of the conflict." Speaking to reporters later, Russian President Vladimir Putin called the Patriot system "quite old" and said Russia would find a way to counter it.

The trip had been kept secret until the last moment. U.S. officials said planning started after Biden and Zelenskyy spoke by phone on Dec. 11, when the White House extended an invitation.

Congress was on the verge of passing a spending bill that includes about $45 billion in further aid for Ukraine. Some Republicans, including House GOP leader Kevin McCarthy, have warned there will be no "blank check" for Kyiv once the party takes control of the House in January.

Back in Kyiv, residents were coping with rolling power outages after weeks of Russian strikes on energy infrastructure. Ukraine's grid operator said the situation remained "difficult" in most regions.

Related stories
Read Zelenskyy's full speech to Congress
What the Patriot missile system can and can't do for Ukraine

Facebook | Flipboard | Email

NPR thanks our sponsors | Become an NPR sponsor

More Stories From NPR
Winter storm threatens holiday travel across much of the U.S.
The year in photos"""))

A.append(dict(id="h37-12", source="kyivindependent.com",
url="https://kyivindependent.com/macron-merz-starmer-tusk-arrive-in-kyiv/",
published_at="2025-05-10", body="""We're the Kyiv Independent, and we need your support. Become a member

Ukraine War Latest | Business | Opinion | Investigations | Newsletter

Politics

European leaders arrive in Kyiv, call for 30-day ceasefire starting May 12

by Kyiv Independent news desk
May 10, 2025 3:47 PM
4 min read

French President Emmanuel Macron, German Chancellor Friedrich Merz, U.K. Prime Minister Keir Starmer, and Polish Prime Minister Donald Tusk arrived in Kyiv on May 10 on a joint visit and called on Russia to agree to a full and unconditional 30-day ceasefire starting on May 12.

The four leaders traveled to the capital by overnight train and were met at the station by Ukrainian officials. It was Merz's first visit to Ukraine since he was sworn in as chancellor on May 6, and the first joint trip by the leaders of the four countries since the start of the full-scale invasion.

At Mariinsky Palace, they held talks with President Volodymyr Zelensky and then co-chaired a virtual meeting of the so-called "coalition of the willing," bringing in around 20 other leaders by video link to discuss a future security force for Ukraine.

During the visit, the five leaders also spoke together by phone with U.S. President Donald Trump, Macron said. "President Trump fully supports the ceasefire proposal," Foreign Minister Andrii Sybiha wrote afterward.

If Moscow rejects the ceasefire, the leaders said, Europe and the United States would impose "massive" new sanctions on Russia's banking and energy sectors. "We stand with Ukraine, and we will continue to raise the pressure on Putin until he is ready to engage in peace," Starmer said.

Merz said Germany would keep up its military support and would not allow Ukraine to be forced into "a dictated peace." Tusk called the visit a sign that Europe was "together in this."

Zelensky thanked the leaders and said Ukraine was ready for a ceasefire as early as Monday, provided it was monitored and backed by the United States. "Russia must stop killing people," he said.

Kremlin spokesman Dmitry Peskov responded that Moscow would "think about" the idea but that Europe's proposals were "confrontational."

The visit came a day after Russia held its Victory Day parade on Red Square, attended by Chinese leader Xi Jinping and more than 20 other foreign leaders. Ukraine had dismissed Putin's own three-day "truce" for the holiday as a theater performance.

Merz had made Paris and Warsaw the destinations of his first trips abroad as chancellor on May 7, holding talks with Macron and Tusk.

The leaders laid candles at the memorial to fallen soldiers on Maidan Nezalezhnosti before leaving the capital.

Read also: Zelensky, Trump meet in Vatican ahead of Pope Francis' funeral

We've been covering Ukraine for over three years. Become a member of the Kyiv Independent to keep independent journalism going.

Share this story: X · Facebook · Telegram · Copy link

Most popular
1. Russia launches 200 drones overnight, Ukraine says
2. Ukraine war latest: Ukrainian forces push back near Pokrovsk
3. Explained: What's in the US-Ukraine minerals deal"""))
