# Short items (300-1,100 characters), h74-27 .. h74-40
S = []

S.append(dict(id="h74-27", source="diplomatie.gouv.fr",
url="https://www.diplomatie.gouv.fr/fr/dossiers-pays/algerie/evenements/article/algerie-deplacement-de-jean-yves-le-drian-08-12-21",
published_at="2021-12-08", body="""Algérie - Déplacement de M. Jean-Yves Le Drian (8 décembre 2021)

Paris, le 8 décembre 2021

Le ministre de l'Europe et des affaires étrangères, M. Jean-Yves Le Drian, s'est rendu ce mercredi à Alger, où il a été reçu par le président de la République algérienne démocratique et populaire, M. Abdelmadjid Tebboune. Il s'est également entretenu avec son homologue, M. Ramtane Lamamra, ministre des affaires étrangères et de la communauté nationale à l'étranger.

Ce déplacement vise à relancer un dialogue de confiance entre nos deux pays, dans le respect de la souveraineté de chacun, et à préparer les prochaines échéances, notamment sur la mobilité, les questions mémorielles et la situation au Sahel et en Libye.

Partager : Facebook | Twitter | LinkedIn
Mots-clés : Algérie, Afrique du Nord
Haut de page"""))

S.append(dict(id="h74-28", source="bundesregierung.de",
url="https://www.bundesregierung.de/breg-en/news/chancellor-scholz-putin-phone-call-2320468",
published_at="2024-11-15", body="""Die Bundesregierung | English

Press release 418 | Friday, 15 November 2024

Federal Chancellor Scholz speaks with Russian President Putin by telephone

Government spokesperson Steffen Hebestreit issued the following statement:

Federal Chancellor Olaf Scholz spoke with the President of the Russian Federation, Vladimir Putin, by telephone this afternoon for about an hour. The Chancellor condemned Russia's war of aggression against Ukraine and called on President Putin to end the war and withdraw his troops. He stressed Germany's unwavering determination to support Ukraine for as long as necessary.

Prior to the call, the Chancellor had spoken with Ukrainian President Volodymyr Zelensky, and he will inform him again after the conversation. The Chancellor and President Putin agreed that their staff would remain in contact.

Topics: Russia | Ukraine
Share | Print
Newsletter: Subscribe to the Federal Government's newsletter"""))

S.append(dict(id="h74-29", source="thehindubusinessline.com",
url="https://www.thehindubusinessline.com/economy/india-uk-conclude-fta-modi-starmer-speak/article69537712.ece",
published_at="2025-05-06", body="""SENSEX 80,641.07 ▼ -155.77 | NIFTY 24,379.60 ▼ -81.55 | Brent $61.50

India, UK conclude free trade agreement; Modi, Starmer speak by phone

Our Bureau | New Delhi | Updated - May 06, 2025 at 09:12 PM

India and the United Kingdom on Tuesday concluded negotiations on a free trade agreement and a Double Contribution Convention, Prime Minister Narendra Modi announced after a telephone conversation with his British counterpart Keir Starmer.

Modi called the agreement "a historic milestone" in a post on X. Starmer said the deal would lower tariffs on British whisky and cars.

The text was finalised after Commerce Minister Piyush Goyal held talks in London last week with Business and Trade Secretary Jonathan Reynolds. It will be signed after legal scrubbing, officials said. Modi also invited Starmer to visit India.

Also read: Rupee opens flat against dollar

Tags: India-UK FTA, Piyush Goyal, Exports"""))

S.append(dict(id="h74-30", source="apanews.net",
url="https://apanews.net/senegals-faye-in-nouakchott-on-first-trip-abroad/",
published_at="2024-04-18", body="""APAnews | Politics

Senegal's Faye in Nouakchott on first trip abroad

Nouakchott (APA) - Senegal's new President Bassirou Diomaye Faye arrived in Nouakchott on Thursday for a one-day working visit to Mauritania, his first trip abroad since his inauguration on April 2.

Faye was welcomed at the airport by President Mohamed Ould Ghazouani, with whom he held talks on security, fisheries and the Greater Tortue Ahmeyim gas field the two countries share.

"It was natural that my first visit should be to Mauritania," Faye said.

The Senegalese president is expected in Banjul on Saturday for talks with Gambian President Adama Barrow, his office said.

Tags: Senegal, Mauritania, Bassirou Diomaye Faye
Newsletter | Follow APAnews on X"""))

S.append(dict(id="h74-31", source="canada.ca",
url="https://www.canada.ca/en/global-affairs/news/2023/07/minister-joly-meets-with-wang-yi.html",
published_at="2023-07-14", body="""Global Affairs Canada

Minister Joly meets with China's Director of the Office of the Central Foreign Affairs Commission

From: Global Affairs Canada
Readout
July 14, 2023 - Jakarta, Indonesia

The Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Wang Yi, Director of the Office of the Central Foreign Affairs Commission of the People's Republic of China, on the margins of the ASEAN Post Ministerial Conference in Jakarta.

Minister Joly made clear that Canada will never tolerate any form of foreign interference in its internal affairs. She also raised the cases of Canadians detained in China. Both agreed on the importance of keeping lines of communication open.

Related
Minister Joly to travel to Indonesia for ASEAN meetings

Contacts: Media Relations Office, Global Affairs Canada
Date modified: 2023-07-14"""))

S.append(dict(id="h74-32", source="worldnews.mirrorhub24.net",
url="https://worldnews.mirrorhub24.net/2024/04/22/erdogan-in-baghdad-first-visit-12-years/",
published_at="2024-04-22", body="""Home » World » Middle East

Erdogan in Baghdad on first visit in 12 years, signs 26 deals with Iraq

April 22, 2024 | by admin | 0 Comments

Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday on his first visit to Iraq in more than a decade and was received by Prime Minister Mohammed Shia al-Sudani. The two leaders oversaw the signing of 26 memoranda of understanding on energy, security, trade and water.

Transport ministers of Iraq, Turkey, Qatar and the United Arab Emirates also signed a quadrilateral memorandum on the Development Road, a planned corridor of road and rail links from the port of Faw to the Turkish border.

Erdogan also met President Abdul Latif Rashid before heading to Erbil.

Source: agencies

Trending: Best VPN deals 2024 | Crypto signals free
Share this: Facebook X Telegram
You may also like: Iran says drones shot down over Isfahan"""))

S.append(dict(id="h74-33", source="melanesiawatch.blogspot.com",
url="https://melanesiawatch.blogspot.com/2023/07/sogavare-in-beijing.html",
published_at="2023-07", body="""Melanesia Watch

Sogavare in Beijing: nine agreements and a police deal

Posted by Aloysius T.

Prime Minister Manasseh Sogavare met Chinese President Xi Jinping at the Great Hall of the People in Beijing today, on his second visit to China since Honiara switched recognition from Taiwan in 2019. The two governments signed nine agreements, including an implementation plan for police cooperation and deals on trade and civil aviation.

Sogavare arrived on Sunday for a week-long official visit at Xi's invitation and is also meeting Premier Li Qiang. Canberra, which has had its own security treaty with Honiara since 2017, said it was watching closely.

Labels: China, Pacific, Solomon Islands
3 comments:"""))

S.append(dict(id="h74-34", source="todayonline.com",
url="https://www.todayonline.com/world/china-declines-us-request-austin-li-meeting-shangri-la-2185011",
published_at="2023-05-29", body="""TODAY | World

China declines US request for Austin-Li meeting at Shangri-La Dialogue

29 May 2023 | 11:48PM

WASHINGTON - China has declined a US proposal for a meeting between Defense Secretary Lloyd Austin and Chinese Defence Minister Li Shangfu in Singapore this week, the Pentagon said on Monday.

Both men are expected at the Shangri-La Dialogue security forum, which opens on Friday. "We remain committed to maintaining open lines of military-to-military communication," a Pentagon spokesman said.

Li has been under US sanctions since 2018 over purchases of Russian weapons. Beijing says Washington must remove the obstacles to dialogue.

Download the TODAY app for the latest news"""))

S.append(dict(id="h74-35", source="mfa.am",
url="https://www.mfa.am/en/press-releases/2023/05/01/fm_visit_usa/12044",
published_at="2023-05-01", body="""Ministry of Foreign Affairs of the Republic of Armenia

Press releases | 01 May, 2023

Foreign Minister Ararat Mirzoyan's working visit to the United States

At the invitation of U.S. Secretary of State Antony Blinken, Foreign Minister of Armenia Ararat Mirzoyan is paying a working visit to Washington.

Before the start of the negotiations, Minister Mirzoyan and Secretary Blinken held a bilateral meeting and discussed the humanitarian situation in Nagorno-Karabakh caused by the blockade of the Lachin corridor.

On May 1, Secretary Blinken opened the negotiations between the delegations of Armenia and Azerbaijan, led by Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov, at the George P. Shultz National Foreign Affairs Training Center in Arlington. The sides exchanged views on the draft agreement on peace and interstate relations. The negotiations will continue in the coming days.

Share | Print"""))

S.append(dict(id="h74-36", source="en.mercopress.com",
url="https://en.mercopress.com/2023/08/15/taiwan-s-lai-attends-pena-inauguration-in-asuncion",
published_at="2023-08", body="""MercoPress | South Atlantic News Agency

Taiwan's Lai attends Peña inauguration in Asunción

Taiwanese Vice President William Lai Ching-te attended the swearing-in of Santiago Peña as president of Paraguay on Tuesday and held talks with him, reaffirming ties with the only South American country that recognizes Taipei.

Lai flew to Asunción via New York, where he stopped over at the weekend, and is due to stop in San Francisco on his way home, transits that Beijing condemned. Peña pledged to maintain relations with Taiwan and to seek more Taiwanese investment.

Top stories | Comments (2) | Share"""))

S.append(dict(id="h74-37", source="energyvoice.com",
url="https://www.energyvoice.com/oilandgas/lng/398812/habeck-qatar-lng-partnership/",
published_at="2022-03-20", body="""Brent $107.93 ▲ +1.2% | Henry Hub $4.86 | TTF €99.60/MWh

Energy Voice | LNG

Germany's Habeck secures Qatar LNG partnership in Doha

By Callum Reid | 20/03/2022, 4:21 pm

German Economy and Climate Minister Robert Habeck on Sunday agreed a long-term energy partnership with Qatar after meeting the Emir, Sheikh Tamim bin Hamad Al Thani, in Doha, as Berlin races to cut its reliance on Russian gas.

Habeck, who arrived on Saturday with a delegation of German executives, also held talks with Energy Minister Saad al-Kaabi. Companies will now negotiate supply contracts.

Habeck heads to Abu Dhabi on Monday for talks in the United Arab Emirates.

Sign up to our daily newsletter
Tags: LNG, Qatar, Germany"""))

S.append(dict(id="h74-38", source="mofa.gov.np",
url="https://mofa.gov.np/press-release-on-the-official-visit-of-the-rt-hon-prime-minister-to-india/",
published_at="2023-05-28", body="""Ministry of Foreign Affairs, Nepal

Press Release on the Official Visit of the Rt. Hon. Prime Minister to India

28 May 2023

At the invitation of the Prime Minister of the Republic of India, H.E. Mr. Narendra Modi, the Rt. Hon. Prime Minister Mr. Pushpa Kamal Dahal 'Prachanda' is paying an official visit to India from 31 May to 3 June 2023.

During the visit, the Prime Minister will hold bilateral talks with Prime Minister Modi and call on the President of India, H.E. Smt. Droupadi Murmu. External Affairs Minister Dr. S. Jaishankar will call on the Prime Minister. The Prime Minister will also visit Ujjain and Indore.

This is the Prime Minister's first bilateral visit abroad since assuming office in December 2022. Prime Minister Modi visited Lumbini in May 2022.

Ministry of Foreign Affairs
Singha Durbar, Kathmandu"""))

S.append(dict(id="h74-39", source="chimpreports.com",
url="https://chimpreports.com/museveni-samia-sign-eacop-deals/",
published_at="2021-04", body="""ChimpReports | News

Museveni, Samia sign EACOP deals to unlock Uganda's oil

By Nicholas Kato

Presidents Yoweri Museveni and Samia Suluhu Hassan of Tanzania on Sunday signed agreements at State House Entebbe paving the way for the construction of the 1,443km East African Crude Oil Pipeline from Hoima to the port of Tanga.

Samia, on her first foreign trip since she was sworn in on March 19, arrived on Saturday. Executives of Total and CNOOC witnessed the signing.

"This project is a reality," Museveni said.

Share: Facebook | Twitter | WhatsApp
Advertisement"""))

S.append(dict(id="h74-40", source="newsfeed-global.xyz",
url="https://newsfeed-global.xyz/greece-egypt-sign-maritime-deal-turkey-objects/",
published_at=None, body="""Greece and Egypt sign maritime deal, Turkey objects

Greek Foreign Minister Nikos Dendias and his Egyptian counterpart Sameh Shoukry signed an agreement in Cairo on Thursday designating an exclusive economic zone between the two countries in the eastern Mediterranean.

Dendias said the deal was the exact opposite of the memorandum Turkey signed with Libya's Tripoli-based government last November, which Athens considers void. Turkey's Foreign Ministry said the Greek-Egyptian accord was "null and void" for Ankara.

Related posts | Share | 0 comments"""))
