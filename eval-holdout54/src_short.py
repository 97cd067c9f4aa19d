# Short items (300-1,100 characters), h54-27 .. h54-40
S = []

S.append(dict(id="h54-27", source="aps.sn",
url="https://www.aps.sn/le-president-faye-a-nouakchott-pour-sa-premiere-visite-a-letranger/",
published_at="2024-04-18", body="""Agence de Presse Sénégalaise | Politique | Économie | Société | Régions

Le président Faye à Nouakchott pour sa première visite à l'étranger

Nouakchott, 18 avr (APS) - Le président de la République, Bassirou Diomaye Faye, est arrivé jeudi matin à Nouakchott, où il effectue une visite d'amitié et de travail de 24 heures, sa première sortie hors du pays depuis son investiture le 2 avril.

Le chef de l'État a été accueilli à l'aéroport international Oumtounsy par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani. Les deux présidents doivent s'entretenir de la coopération dans les domaines de la pêche, de l'énergie, notamment le projet gazier Grand Tortue Ahmeyim, et de la sécurité.

Le président Faye se rendra ensuite en Gambie, selon la présidence.

Partager : Facebook | X | WhatsApp"""))

S.append(dict(id="h54-28", source="japantoday.com",
url="https://japantoday.com/category/politics/blinken-makes-condolence-stop-in-tokyo-after-abe-killing",
published_at="2022-07-11", body="""Japan Today | National | Politics | Crime | Business | Tech

Blinken makes condolence stop in Tokyo after Abe killing

TOKYO

U.S. Secretary of State Antony Blinken arrived in Tokyo on Monday to offer condolences over the assassination of former Prime Minister Shinzo Abe, and met Prime Minister Fumio Kishida at his office.

"He was a man of vision," Blinken told Kishida, conveying a message from President Joe Biden. Blinken later visited Abe's family home in Shibuya Ward to pay his respects.

Blinken added the stop to his schedule after attending a Group of 20 foreign ministers' meeting in Bali and holding talks in Bangkok over the weekend.

Abe was shot dead on Friday while giving a campaign speech in Nara. His wake will be held Monday evening.

©2022 GPlusMedia Inc.

0 Comments | Login to comment"""))

S.append(dict(id="h54-29", source="myjoyonline.com",
url="https://www.myjoyonline.com/akufo-addo-ouattara-hold-talks-with-guinea-junta-leader-in-conakry/",
published_at="2021-09-17", body="""MyJoyOnline | News | Politics | Business | Sports

Akufo-Addo, Ouattara hold talks with Guinea junta leader in Conakry

President Nana Addo Dankwa Akufo-Addo, chairman of ECOWAS, and Ivorian President Alassane Ouattara arrived in Conakry on Friday and held closed-door talks with Colonel Mamady Doumbouya, who seized power in a coup on September 5.

The two leaders travelled to the Guinean capital a day after an extraordinary ECOWAS summit in Accra suspended Guinea and imposed sanctions on members of the junta, calling for elections within six months.

Officials said they also asked to see the deposed president, Alpha Condé, who is being held by the military.

Source: Myjoyonline.com | Tags: Guinea, ECOWAS, Akufo-Addo

Share: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h54-30", source="thelocal.dk",
url="https://www.thelocal.dk/20190823/frederiksen-and-trump-speak-after-cancelled-visit/",
published_at="2019-08-23", body="""The Local Denmark | News | Jobs | Membership

Frederiksen and Trump speak by phone after cancelled state visit

Prime Minister Mette Frederiksen said on Friday she had a "good and constructive" phone conversation with US President Donald Trump the previous evening, two days after he called off a state visit to Denmark over her refusal to discuss selling Greenland.

Trump had been due in Copenhagen on September 2nd-3rd. Frederiksen said the two had agreed to continue cooperation on the Arctic and defence, and that the United States remained one of Denmark's closest allies.

Trump had called her description of the Greenland idea as "absurd" a "nasty" remark.

Don't miss: How to register for Danish classes in Copenhagen

Please log in to leave a comment."""))

S.append(dict(id="h54-31", source="civil.ge",
url="https://civil.ge/archives/633401",
published_at="2024-10", body="""Civil.ge | News | Politics | Analysis

Orbán arrives in Tbilisi after disputed elections

Hungarian Prime Minister Viktor Orbán arrived in Tbilisi on Monday for a two-day visit, days after Saturday's parliamentary elections, which the opposition says were rigged.

Orbán held talks with Prime Minister Irakli Kobakhidze and met Georgian Dream founder Bidzina Ivanishvili. He was the first foreign leader to congratulate Georgian Dream, in a post on X on election night.

EU foreign policy chief Josep Borrell said Orbán did not represent the European Union on the visit, although Hungary holds the rotating presidency of the Council.

Opposition supporters rallied in front of Parliament on Monday evening.

Tags: Viktor Orbán, Hungary, elections 2024"""))

S.append(dict(id="h54-32", source="en.mercopress.com",
url="https://en.mercopress.com/2024/07/31/lula-and-biden-discuss-venezuela-election-by-phone",
published_at="2024-07-31", body="""MercoPress | South Atlantic News Agency

Lula and Biden discuss Venezuela election by phone

Wednesday, July 31st 2024 - 09:12 UTC

Brazilian President Luiz Inácio Lula da Silva and US President Joe Biden spoke by telephone on Tuesday about Venezuela's disputed presidential election and agreed on the need for the full release of voting data, the White House and Planalto said.

Lula told reporters that he also intended to speak with Colombia's Gustavo Petro and Mexico's Andrés Manuel López Obrador about a joint position.

Venezuela on Monday expelled diplomats from seven Latin American countries that questioned Nicolás Maduro's victory. Brazil agreed to take custody of Argentina's embassy in Caracas.

Categories: Brazil, Politics, Venezuela, United States

Comments: 3"""))

S.append(dict(id="h54-33", source="pakobserver.net",
url="https://pakobserver.net/shehbaz-felicitates-modi-on-oath-taking/",
published_at="2024-06-10", body="""Pakistan Observer | National | World | Business | Sports

Shehbaz felicitates Modi on oath-taking

Prime Minister Shehbaz Sharif on Monday congratulated Narendra Modi on taking the oath as Indian prime minister for a third term, in a brief post on X. PML-N president Nawaz Sharif posted a longer message calling for hate to be replaced by hope.

Modi replied to both on X, thanking them for their wishes.

Asked whether the two prime ministers could meet at the Shanghai Cooperation Organisation summit in Astana next month, a Foreign Office spokesperson said no request for a meeting had been received and none was planned.

Pakistan was not among the neighbouring countries invited to the swearing-in ceremony in New Delhi on Sunday.

Share: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h54-34", source="abc.net.au",
url="https://www.abc.net.au/news/2023-05-17/biden-cancels-sydney-quad-trip-calls-albanese/102357120",
published_at="2023-05-17", body="""ABC News | Just In | Politics | World | Business | Analysis

Biden calls Albanese after cancelling Sydney visit, Quad summit scrapped

US President Joe Biden has telephoned Prime Minister Anthony Albanese to apologise for pulling out of next week's Quad leaders' summit in Sydney, which has now been cancelled, as he deals with debt ceiling negotiations in Washington.

Mr Biden has also abandoned a planned stop in Papua New Guinea. The State Department said Secretary of State Antony Blinken would travel to Port Moresby instead to sign a defence cooperation agreement.

Mr Albanese said Mr Biden had invited him to Washington for a state visit, without a date. Quad leaders will instead meet in Hiroshima on the sidelines of the G7 summit this weekend.

Posted Wed 17 May 2023 at 11:41am

Share | Topics: world-politics, federal-government, united-states"""))

S.append(dict(id="h54-35", source="ticotimes.net",
url="https://ticotimes.net/2024/04/06/mexico-breaks-relations-with-ecuador-after-embassy-raid",
published_at="2024-04-06", body="""The Tico Times | Costa Rica | Latin America | Travel

Mexico breaks relations with Ecuador after police storm embassy in Quito

Mexico suspended diplomatic relations with Ecuador on Friday night after Ecuadorian police forced their way into its embassy in Quito and arrested former vice president Jorge Glas, who had been granted asylum hours earlier.

President Andrés Manuel López Obrador called the raid "an authoritarian act" and said Mexico would take the case to the International Court of Justice. Ecuador had declared Mexico's ambassador persona non grata on Thursday.

Mexican diplomats are expected to leave Ecuador on Sunday. Governments across the region condemned the raid.

Tags: Mexico, Ecuador, diplomacy"""))

S.append(dict(id="h54-36", source="turkishminute.com",
url="https://www.turkishminute.com/2024/07/07/erdogan-says-he-may-invite-assad-to-turkey-at-any-moment/",
published_at="2024-07-07", body="""Turkish Minute | News | Politics | Human Rights

Erdoğan says he may invite Assad to Turkey 'at any moment'

President Recep Tayyip Erdoğan said on Sunday that he could extend an invitation to Syrian President Bashar al-Assad "at any moment" as part of efforts to restore ties broken off in 2011.

Speaking to reporters on his return flight from Germany, where he watched Turkey's Euro 2024 match, Erdoğan said Russian President Vladimir Putin, whom he met in Astana last week at the Shanghai Cooperation Organisation summit, and Iraqi Prime Minister Mohammed Shia al-Sudani had offered to host a meeting.

Damascus has said any meeting must be preceded by a Turkish troop withdrawal from northern Syria.

Donate to Turkish Minute | Newsletter"""))

S.append(dict(id="h54-37", source="oilprice.com",
url="https://oilprice.com/Energy/Crude-Oil/Oil-Soars-After-Trump-Says-Saudis-Russia-Could-Cut.html",
published_at="2020-04-02", body="""Oilprice.com | WTI Crude 25.32 ▲ +24.7% | Brent Crude 29.94 ▲ +21.0% | Natural Gas 1.554 ▼ -2.3%

Oil Soars 25% After Trump Says Saudis, Russia Could Cut Output

Crude posted its biggest one-day gain on record on Thursday after President Trump said he had spoken with Saudi Crown Prince Mohammed bin Salman and expected Riyadh and Moscow to cut production by as much as 10 million barrels per day.

Trump tweeted that the crown prince had spoken with Russian President Vladimir Putin. The Kremlin quickly denied that any such call had taken place, though Putin and Trump had discussed oil markets by phone on Monday.

Saudi Arabia called for an urgent meeting of OPEC+ producers.

By Julianne Geiger | Apr 02, 2020

Related: Oil tankers pile up off China's coast"""))

S.append(dict(id="h54-38", source="en.irna.ir",
url="https://en.irna.ir/news/85865123/Araghchi-arrives-in-Moscow",
published_at="2025-06-22", body="""IRNA English | Politics | Economy | Society

Araghchi arrives in Moscow for consultations with Russian leaders

Moscow, IRNA -- Iranian Foreign Minister Seyed Abbas Araghchi arrived in Moscow on Sunday evening, hours after the United States struck Iranian nuclear facilities.

Araghchi is due to meet President Vladimir Putin on Monday morning to discuss the situation, Iran's embassy said. Russia and Iran signed a comprehensive strategic partnership treaty in January.

The foreign minister flew in from Istanbul, where he attended a meeting of the Organisation of Islamic Cooperation's Council of Foreign Ministers.

News Code 85865123"""))

S.append(dict(id="h54-39", source="bdnews24.com",
url="https://bdnews24.com/bangladesh/modi-calls-yunus-assures-support",
published_at="2024-08", body="""bdnews24.com | Bangladesh | Politics | Business | World

Modi calls Yunus, says India backs 'democratic, stable' Bangladesh

Indian Prime Minister Narendra Modi has spoken with Chief Adviser Muhammad Yunus over the phone, their first conversation since the interim government took office.

Modi said on X that he had reaffirmed India's support for a "democratic, stable, peaceful and progressive Bangladesh", and that Yunus had assured him of the safety of Hindus and all minority communities.

Former prime minister Sheikh Hasina has been staying in India since fleeing Dhaka on Aug 5.

Tags: Modi, Yunus, India-Bangladesh relations"""))

S.append(dict(id="h54-40", source="worldnewsnow24.xyz",
url="https://worldnewsnow24.xyz/2025/10/rubio-lavrov-call-budapest-summit-on-hold/",
published_at=None, body="""World News Now 24 | Home | Politics | World

Rubio, Lavrov hold call as Budapest summit put on hold

Secretary of State Marco Rubio held a phone call on Monday with Russia's top diplomat, Sergei Lavrov, the State Department said, discussing next steps after President Donald Trump proposed a summit with Vladimir Putin in Budapest.

But a White House official said on Tuesday there were "no plans for President Trump to meet President Putin in the immediate future". Trump later said he did not want "a wasted meeting".

Hungarian Prime Minister Viktor Orbán had offered to host.

Trending: Gold hits record high | Subscribe for daily updates"""))
