# Short items (300-1,100 characters), h31-27 .. h31-40
S = []

S.append(dict(id="h31-27", source="elysee.fr",
url="https://www.elysee.fr/emmanuel-macron/2021/09/22/entretien-telephonique-avec-le-president-des-etats-unis-joseph-r-biden",
published_at="2021-09-22", body="""Élysée > Toutes les actualités > Diplomatie

Entretien téléphonique avec le Président des États-Unis d'Amérique, M. Joseph R. Biden

22 septembre 2021

Le Président de la République s'est entretenu ce jour avec le Président Joseph R. Biden, à la demande de ce dernier.

Les deux dirigeants sont convenus que des consultations ouvertes entre alliés auraient permis d'éviter la situation actuelle. Ils ont décidé d'engager un processus de consultations approfondies et se retrouveront en Europe à la fin du mois d'octobre.

L'ambassadeur de France aux États-Unis regagnera Washington la semaine prochaine.

Partager : Facebook | Twitter | LinkedIn
Abonnez-vous à la lettre d'information"""))

S.append(dict(id="h31-28", source="cnbc.com",
url="https://www.cnbc.com/2025/06/05/stock-market-today-trump-xi-call.html",
published_at="2025-06-05", body="""DOW 42,571.20 +143.46 | S&P 500 5,981.11 +10.74 | NASDAQ 19,512.60 +52.31 | 10-YR 4.37%

MARKETS

Stocks climb after Trump touts 'very good' call with Xi

Published Thu, Jun 5 2025 12:31 PM EDT
Hugh Dalton

Stocks rose on Thursday after President Donald Trump said he had held a "very good" phone call with Chinese President Xi Jinping, easing fears that the trade truce agreed in Geneva last month was falling apart.

Trump said on social media the call lasted about an hour and a half and focused almost entirely on trade, including rare earth minerals. He said Xi had invited him and the first lady to visit China and that he had returned the invitation.

Chinese state media said the call took place at the U.S. side's request.

Trending Now
Tesla shares slide as Musk, Trump trade barbs
Jobs report preview: economists expect slowdown"""))

S.append(dict(id="h31-29", source="thelocal.de",
url="https://www.thelocal.de/20250506/merz-elected-chancellor-at-second-attempt-paris-warsaw",
published_at="2025-05-06", body="""The Local Germany
News | Politics | Membership | Jobs

Merz elected chancellor at second attempt, heads to Paris and Warsaw

Published: 6 May 2025 17:22 CEST

Friedrich Merz was elected German chancellor by the Bundestag on Tuesday afternoon, hours after failing to win a majority in a first vote, an unprecedented setback in post-war Germany.

Merz will make his first trips abroad as chancellor on Wednesday, travelling to Paris for talks with President Emmanuel Macron and then on to Warsaw to meet Prime Minister Donald Tusk, a government spokesperson said.

Become a Member: Support independent journalism in English about Germany.

Most read
What changes in Germany in May 2025
Deutsche Bahn strike: what you need to know"""))

S.append(dict(id="h31-30", source="northofthe49th.blogspot.com",
url="https://northofthe49th.blogspot.com/2025/03/carneys-first-month-paris-london-and.html",
published_at="2025-03", body="""North of the 49th

Carney's first month: Paris, London and a call from Trump

Mark Carney didn't waste time. Three days after being sworn in, the new prime minister flew to Paris for lunch with Emmanuel Macron at the Élysée and then on to London, where Keir Starmer welcomed him at Downing Street and he had an audience with King Charles.

The message was not subtle: Canada has friends other than the United States.

Then on Friday came the call with Donald Trump that Ottawa had been waiting for. Both sides called it constructive, and Carney said the two had agreed to start talks on a new economic and security relationship after the April 28 election.

Posted by J.M. at 9:14 PM
Labels: Carney, Canada-US, foreign policy

3 comments:
Anonymous said... Let's see how long that lasts.

Newer Post | Older Post | Home"""))

S.append(dict(id="h31-31", source="state.gov",
url="https://www.state.gov/secretary-rubios-travel-to-panama-el-salvador-costa-rica-guatemala-and-the-dominican-republic/",
published_at="2025-01-30", body="""U.S. Department of State

Secretary Rubio's Travel to Panama, El Salvador, Costa Rica, Guatemala, and the Dominican Republic

MEDIA NOTE
OFFICE OF THE SPOKESPERSON
JANUARY 30, 2025

Secretary of State Marco Rubio will travel to Panama, El Salvador, Costa Rica, Guatemala, and the Dominican Republic from February 1 to 6. In each country, the Secretary will meet senior government officials to advance the President's America First foreign policy, including cooperation to stop illegal migration, fight transnational crime and counter China's influence in the hemisphere.

This is the Secretary's first trip abroad since taking office.

Tags: Office of the Spokesperson | Western Hemisphere Affairs | Panama | El Salvador | Costa Rica | Guatemala | Dominican Republic"""))

S.append(dict(id="h31-32", source="heraldscotland.com",
url="https://www.heraldscotland.com/news/25340122.trump-starmer-turnberry-talks/",
published_at="2025-07-28", body="""The Herald
News | Politics | Sport | Business | Opinion

Trump and Starmer hold talks at Turnberry

By Graeme Lennox
Political Correspondent
Monday 28 July 2025

Keir Starmer held talks with Donald Trump at the president's Turnberry golf resort in Ayrshire on Monday, a day after Mr Trump struck a trade deal with the EU's Ursula von der Leyen at the same venue.

The leaders discussed Gaza, where Mr Starmer pressed for more aid to reach starving civilians, and the implementation of the UK-US trade agreement. The pair then flew to Aberdeen ahead of the opening of Mr Trump's new course near Balmedie.

Comments: 214 | Share

Most Read
Edinburgh Festival Fringe prepares for record year"""))

S.append(dict(id="h31-33", source="thelocal.dk",
url="https://www.thelocal.dk/20250827/denmark-summons-us-envoy-over-greenland-influence-claims",
published_at="2025-08-27", body="""The Local Denmark

Denmark summons US envoy over Greenland influence claims

Published: 27 August 2025 14:05 CEST

Denmark's foreign minister, Lars Løkke Rasmussen, summoned the most senior US diplomat in Copenhagen on Wednesday after broadcaster DR reported that people linked to President Donald Trump had carried out covert influence operations in Greenland.

"Any attempt to interfere in the internal affairs of the Kingdom will of course be unacceptable," Løkke said. The US embassy, which is headed by a chargé d'affaires, did not comment.

Become a Member | Newsletter"""))

S.append(dict(id="h31-34", source="standard.co.uk",
url="https://www.standard.co.uk/news/politics/donald-trump-cancels-london-visit-embassy-opening-a3737826.html",
published_at="2018-01-12", body="""Evening Standard

Donald Trump cancels London visit to open new US embassy

Friday 12 January 2018 09:12

Donald Trump has called off a trip to London next month to open the new American embassy in Nine Elms, blaming a "bad deal" by the previous administration over the building.

In a late-night tweet, the president said he was "not a big fan" of the move from Mayfair. Sadiq Khan said Mr Trump had "got the message" from Londoners.

The cancellation does not affect the state visit offered by Theresa May during her trip to the White House last January, for which no date has been set.

Comments | Share"""))

S.append(dict(id="h31-35", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/01/23/readout-of-president-joseph-r-biden-jr-call-with-prime-minister-boris-johnson-of-the-united-kingdom/",
published_at="2021-01-23", body="""The White House
Briefing Room

Readout of President Joseph R. Biden, Jr. Call with Prime Minister Boris Johnson of the United Kingdom

JANUARY 23, 2021 • STATEMENTS AND RELEASES

President Joseph R. Biden, Jr. spoke today with Prime Minister Boris Johnson of the United Kingdom. The President conveyed his commitment to strengthening the special relationship and revitalizing transatlantic ties, reaffirming the importance of NATO to our collective defense. The leaders agreed on the need to cooperate closely on climate change, the COVID-19 pandemic and global health security, and discussed coordination on shared foreign policy priorities, including China and Iran.

###

Stay Connected | Privacy Policy"""))

S.append(dict(id="h31-36", source="gov.uk",
url="https://www.gov.uk/government/news/pm-meeting-with-president-zelenskyy-1-march-2025",
published_at="2025-03-01", body="""GOV.UK
Home > International > Foreign affairs

Press release
PM meeting with President Zelenskyy: 1 March 2025

From: Prime Minister's Office, 10 Downing Street
Published 1 March 2025

The Prime Minister welcomed President Zelenskyy to Downing Street this afternoon.

He reiterated the UK's unwavering support for Ukraine and for a just and lasting peace based on Ukraine's sovereignty and security.

The leaders welcomed the signing of a £2.26 billion loan agreement, to be repaid with the profits from immobilised Russian sovereign assets, by the Chancellor and the Ukrainian Finance Minister.

The Prime Minister looked forward to tomorrow's meeting of European leaders at Lancaster House.

Related content
PM meeting with President Trump: 27 February 2025

Is this page useful? Yes | No"""))

S.append(dict(id="h31-37", source="marketscreener.com",
url="https://www.marketscreener.com/news/meloni-to-meet-trump-in-washington-on-april-17-vance-due-in-rome-ce7c5bdadf8ff024",
published_at="2025-04", body="""MarketScreener
Quotes | News | Analysis | Tools | Portfolios

FTSE MIB 33,812.40 -1.86% | EUR/USD 1.1002 +0.48%

Meloni to meet Trump in Washington on April 17, Vance due in Rome

Italian Prime Minister Giorgia Meloni will travel to Washington on April 17 for talks with President Donald Trump at the White House, her office confirmed, as Rome seeks to soften the impact of U.S. tariffs on European goods.

U.S. Vice President JD Vance is due in Rome the following day and is expected to meet Meloni, according to Italian government sources.

(Reporting by the Rome newsroom)

© MT Newswires / Dow Jones 2025"""))

S.append(dict(id="h31-38", source="borderreport.com",
url="https://www.borderreport.com/immigration/border-crime/sheinbaum-trump-call-tariffs-paused-national-guard/",
published_at="2025-02-03", body="""BorderReport

Sheinbaum, Trump agree to pause tariffs for a month after phone call

by Daniel Ortega-Ruiz | Feb 3, 2025 / 01:05 PM CST

MEXICO CITY (Border Report) — Mexican President Claudia Sheinbaum said Monday that the U.S. would hold off on 25% tariffs on Mexican goods for one month after she and President Donald Trump spoke by phone.

In return, Mexico will send 10,000 National Guard members to the northern border to stop drug trafficking, particularly fentanyl.

Trump also spoke with Canadian Prime Minister Justin Trudeau on Monday. Canada was still facing tariffs due to take effect Tuesday.

Related
Trump's tariffs: what they mean for border towns"""))

S.append(dict(id="h31-39", source="nltimes.nl",
url="https://nltimes.nl/2018/07/02/rutte-contradicts-trump-oval-office-trade",
published_at="2018-07", body="""NL Times

Rutte contradicts Trump on trade in Oval Office

Prime Minister Mark Rutte met President Donald Trump at the White House on Monday. When Trump said it would be "positive" if the EU and the US failed to reach a trade deal, Rutte interrupted with a laugh: "No. It's not positive."

The two also discussed Nato spending ahead of next week's summit in Brussels, Iran and the downing of flight MH17.

Related
Cabinet agrees on new climate targets
Amsterdam to ban tourist beer bikes"""))

S.append(dict(id="h31-40", source="euworldnews24.top",
url="https://euworldnews24.top/2024/02/tusk-meets-macron-scholz-same-day",
published_at=None, body="""EU World News 24

Tusk meets Macron and Scholz on the same day

Polish Prime Minister Donald Tusk travelled to Paris on Monday for talks with Emmanuel Macron at the Elysee Palace and then flew to Berlin, where Chancellor Olaf Scholz received him at the Chancellery.

Tusk said the "Weimar Triangle" of Poland, France and Germany had to be revived as Europe faced Russian aggression. Earlier in the day the three countries' foreign ministers met near Paris.

Share: Facebook | Twitter | Telegram
Tags: Poland, France, Germany, Tusk"""))
