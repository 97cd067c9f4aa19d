# Short items (300-1,100 characters), h37-27 .. h37-40
S = []

S.append(dict(id="h37-27", source="tagesschau.de",
url="https://www.tagesschau.de/ausland/europa/steinmeier-kiew-besuch-101.html",
published_at="2022-10-25", body="""tagesschau | Startseite | Inland | Ausland | Wirtschaft

Bundespräsident in der Ukraine
Steinmeier zu erstem Besuch seit Kriegsbeginn in Kiew eingetroffen

Stand: 25.10.2022 11:03 Uhr

Bundespräsident Frank-Walter Steinmeier ist zu seinem ersten Besuch seit Beginn des russischen Angriffskriegs in Kiew eingetroffen. Er reiste mit dem Zug an. Geplant ist ein Treffen mit Präsident Wolodymyr Selenskyj.

Steinmeier sagte, er wolle ein Zeichen der Solidarität setzen und sich über die Lage nach den jüngsten russischen Angriffen auf die Energieversorgung informieren. Ein erster Anlauf im April war gescheitert, weil Kiew den Besuch damals nicht wünschte.

Mehr zum Thema
Wiederaufbaukonferenz in Berlin: Zusagen für die Ukraine

Teilen: Facebook | X | E-Mail"""))

S.append(dict(id="h37-28", source="notesfrompoland.com",
url="https://notesfrompoland.com/2022/03/15/polish-czech-and-slovenian-prime-ministers-arrive-in-kyiv/",
published_at="2022-03-15", body="""Polish, Czech and Slovenian prime ministers arrive in besieged Kyiv

March 15, 2022 | Notes from Poland staff

The prime ministers of Poland, the Czech Republic and Slovenia arrived in Kyiv by train on Tuesday evening for talks with Ukrainian President Volodymyr Zelensky and Prime Minister Denys Shmyhal, the first visit by foreign leaders to the capital since Russia's invasion.

Mateusz Morawiecki was accompanied by deputy prime minister and ruling party leader Jarosław Kaczyński. Petr Fiala and Janez Janša travelled with them from the Polish border. The leaders said they came on behalf of the European Union to show its support, though EU officials stressed they had no formal mandate.

Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation. Support us on Patreon.

Tags: Ukraine, Mateusz Morawiecki, Petr Fiala, Janez Janša"""))

S.append(dict(id="h37-29", source="brazilianpoliticsblog.wordpress.com",
url="https://brazilianpoliticsblog.wordpress.com/2023/05/11/amorim-in-kyiv/",
published_at="2023-05", body="""Brazilian Politics Blog

Amorim in Kyiv: Lula's envoy finally hears the Ukrainian side

Posted by editor | Foreign policy

Celso Amorim, President Lula's special adviser for international affairs and a former foreign minister, was received in Kyiv by President Volodymyr Zelensky on Wednesday. He also met the head of the presidential office, Andriy Yermak.

The trip came six weeks after Amorim saw Vladimir Putin in Moscow, a visit that drew criticism in Washington and Kyiv. Brazil is still pushing the idea of a group of countries to mediate between the two sides.

Lula and Zelensky last spoke by video call in March.

Leave a comment | Categories: Lula, Ukraine"""))

S.append(dict(id="h37-30", source="fxstreet.com",
url="https://www.fxstreet.com/news/trump-says-held-lengthy-call-with-putin-agreed-to-start-negotiations-202502121652",
published_at="2025-02-12", body="""EUR/USD 1.0382 ▲ | GBP/USD 1.2457 ▲ | USD/RUB 97.15 ▼ | Gold 2,903 ▼ | Brent 75.20 ▼

Trump says he held "lengthy" call with Putin, agreed teams will start Ukraine talks

By FXStreet Team | 02/12/2025 16:52 GMT

US President Donald Trump said on Wednesday that he had a "lengthy and highly productive" phone call with Russian President Vladimir Putin and that the two agreed their teams would start negotiations on ending the war in Ukraine immediately.

Trump later spoke by phone with Ukrainian President Volodymyr Zelensky. He said a first meeting with Putin would "probably" take place in Saudi Arabia.

Vice President JD Vance is due to meet Zelensky in Munich on Friday.

The euro and the rouble firmed on the headlines.

Information on these pages contains forward-looking statements that involve risks and uncertainties."""))

S.append(dict(id="h37-31", source="government.nl",
url="https://www.government.nl/latest/news/2024/03/01/netherlands-and-ukraine-sign-security-agreement",
published_at="2024-03-01", body="""Government of the Netherlands

News item | 01-03-2024 | 14:20

Netherlands and Ukraine sign security agreement

Prime Minister Mark Rutte and President Volodymyr Zelensky today signed a bilateral security agreement in Kharkiv. The agreement sets out the Netherlands' long-term support for Ukraine, including military support of 2 billion euros in 2024, in areas such as air defence, artillery, drones and maritime security.

The Prime Minister travelled to Ukraine for the visit. "Ukraine must win this war. The Netherlands will continue to stand by Ukraine," he said.

Read more: Ministry of Defence | Ukraine"""))

S.append(dict(id="h37-32", source="eurasianet.org",
url="https://eurasianet.org/armenian-azerbaijani-foreign-ministers-meet-in-almaty",
published_at="2024-05-11", body="""Eurasianet | Caucasus | Central Asia | Russia

Armenian, Azerbaijani foreign ministers wrap up two days of talks in Almaty

May 11, 2024 | Eurasianet staff

The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, ended two days of talks on a peace treaty in Almaty on May 11, saying some progress had been made but that differences remained on several articles.

The talks were hosted by Kazakhstan. President Kassym-Jomart Tokayev greeted both delegations at the start on May 10, and Kazakh Foreign Minister Murat Nurtleu attended the opening session.

Baku and Yerevan said the ministers agreed to continue negotiations, without naming a date or venue.

Tags: Armenia, Azerbaijan, Kazakhstan, peace talks

Eurasianet is an independent news organization. Donate"""))

S.append(dict(id="h37-33", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2024/02/24/prime-minister-trudeau-signs-agreement-security-cooperation-ukraine",
published_at="2024-02-24", body="""Prime Minister of Canada

News release

Prime Minister Trudeau signs Canada-Ukraine Agreement on Security Cooperation

February 24, 2024
Kyiv, Ukraine

Today, on the second anniversary of Russia's full-scale invasion, the Prime Minister, Justin Trudeau, and the President of Ukraine, Volodymyr Zelenskyy, signed the Canada-Ukraine Agreement on Security Cooperation in Kyiv.

Under the agreement, Canada will provide over $3.02 billion in financial and military assistance to Ukraine in 2024. The Prime Minister was in Kyiv alongside Italian Prime Minister Giorgia Meloni and Belgian Prime Minister Alexander De Croo, and took part in a virtual meeting of G7 leaders chaired from Kyiv.

Quick facts
Since 2022, Canada has committed over $13.3 billion in assistance to Ukraine.

Media Relations: media@pmo-cpm.gc.ca"""))

S.append(dict(id="h37-34", source="kyivindependent.com",
url="https://kyivindependent.com/zelensky-meets-vance-in-munich/",
published_at="2025-02-14", body="""Zelensky meets Vance in Munich, says Ukraine needs "real security guarantees"

by Kyiv Independent news desk | February 14, 2025 2:10 PM

President Volodymyr Zelensky met U.S. Vice President JD Vance on the sidelines of the Munich Security Conference on Feb. 14, two days after U.S. President Donald Trump held separate calls with Zelensky and Russian leader Vladimir Putin.

"We want peace very much, but we need real security guarantees," Zelensky told reporters. Vance said Washington wanted a "durable, lasting peace." Secretary of State Marco Rubio also took part.

U.S. special envoy Keith Kellogg is expected to visit Kyiv on Feb. 20, Zelensky said.

We're the Kyiv Independent. Become a member."""))

S.append(dict(id="h37-35", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/russia-ukraine-hold-first-direct-talks-in-istanbul-since-2022-208844",
published_at="2025-05-16", body="""Hürriyet Daily News | Türkiye | World | Economy

Russia, Ukraine hold first direct talks in Istanbul since 2022, agree on prisoner swap

ISTANBUL

Russian and Ukrainian delegations met face to face in Istanbul on May 16 for the first time in more than three years, agreeing to exchange 1,000 prisoners of war each but making no progress towards a ceasefire.

The talks at the Dolmabahçe Office, opened by Foreign Minister Hakan Fidan, lasted less than two hours. Russia's delegation was led by presidential aide Vladimir Medinsky and Ukraine's by Defense Minister Rustem Umerov.

Ukrainian President Volodymyr Zelensky, who held talks with President Recep Tayyip Erdoğan in Ankara on May 15, said Putin's absence showed Moscow was not serious.

Medinsky said Russia was ready to continue contacts.

Tags: Russia, Ukraine, Istanbul, negotiations"""))

S.append(dict(id="h37-36", source="theportugalnews.com",
url="https://www.theportugalnews.com/news/2022-05-21/costa-in-kyiv",
published_at="2022-05", body="""The Portugal News | National | World | Business

Costa visits Kyiv, announces 250 million euros for Ukraine

Prime Minister António Costa arrived in Kyiv on Saturday in an unannounced visit and met Ukrainian President Volodymyr Zelensky, to whom he pledged 250 million euros in financial support this year.

Costa, who also visited the towns of Irpin and Bucha, said Portugal backed Ukraine's European path and would send more military equipment.

Share | Comments (3)

Latest news
Lisbon airport: new terminal delayed again"""))

S.append(dict(id="h37-37", source="mfa.gov.md",
url="https://mfa.gov.md/en/content/russian-ambassador-summoned-mfaei",
published_at="2023-02-10", body="""Ministry of Foreign Affairs and European Integration of the Republic of Moldova

Ambassador of the Russian Federation summoned to the MFAEI

10.02.2023

Following the violation of Moldova's airspace this morning by a Russian missile launched against Ukraine, the Ambassador of the Russian Federation to the Republic of Moldova, Oleg Vasnetsov, was summoned to the Ministry of Foreign Affairs and European Integration.

The Moldovan side expressed its firm protest and stressed that such actions are unacceptable.

Other news
Deputy Prime Minister, Minister Nicu Popescu had a phone call with Ukrainian counterpart Dmytro Kuleba
Statement on the resignation of the Government"""))

S.append(dict(id="h37-38", source="hungarytoday.hu",
url="https://hungarytoday.hu/orban-meets-putin-in-beijing/",
published_at="2023-10-17", body="""Hungary Today | Politics | Economy | Culture

Orbán Meets Putin in Beijing

Prime Minister Viktor Orbán held talks with Russian President Vladimir Putin in Beijing on Tuesday, on the margins of China's Belt and Road Forum, becoming the first EU leader to meet Putin since the International Criminal Court issued an arrest warrant for him.

According to Foreign Minister Péter Szijjártó, the talks focused on energy supplies. "Hungary has never wanted to confront Russia," Orbán said.

Orbán is in Beijing for the forum.

Share this article on Facebook or X
Related: Szijjártó signs nuclear deal addendum with Rosatom"""))

S.append(dict(id="h37-39", source="baltictimes.com",
url="https://www.baltictimes.com/presidents_of_poland__lithuania__latvia_and_estonia_head_to_kyiv/",
published_at="2022-04", body="""The Baltic Times

Presidents of Poland, Lithuania, Latvia and Estonia head to Kyiv

The presidents of Poland, Lithuania, Latvia and Estonia are travelling to Kyiv to meet Ukrainian President Volodymyr Zelensky, the Polish presidency said on Wednesday. Andrzej Duda, Gitanas Nausėda, Egils Levits and Alar Karis set off by train from Poland.

German President Frank-Walter Steinmeier said on Tuesday that he had been ready to join them, but that "apparently this was not wanted in Kyiv."

Share: Facebook | Twitter
Tags: Ukraine, Duda, Nauseda, Levits, Karis"""))

S.append(dict(id="h37-40", source="eunewsnow.online",
url="https://eunewsnow.online/finland-ukraine-security-agreement-stubb-kyiv",
published_at=None, body="""EU News Now

Finland, Ukraine sign 10-year security agreement during Stubb visit to Kyiv

Finnish President Alexander Stubb and Ukrainian President Volodymyr Zelensky signed a ten-year security cooperation agreement in Kyiv on Wednesday, on Stubb's first visit to Ukraine since taking office last month.

Finland also announced a new defence package worth around 188 million euros, its 20th since the full-scale invasion began.

Source: agencies

Share this | Previous: NATO marks 75 years | Next: Baltic gas pipeline repaired"""))
