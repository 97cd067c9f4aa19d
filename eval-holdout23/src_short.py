# Short items (300-1,100 characters), h23-27 .. h23-40
S = []

S.append(dict(id="h23-27", source="tagesschau.de",
url="https://www.tagesschau.de/ausland/europa/steinmeier-erdogan-ankara-100.html",
published_at="2024-04-24", body="""tagesschau | Ausland | Europa

Steinmeier trifft Erdoğan in Ankara

Stand: 24.04.2024 16:05 Uhr

Zum Abschluss seines dreitägigen Besuchs in der Türkei ist Bundespräsident Frank-Walter Steinmeier in Ankara mit Präsident Recep Tayyip Erdoğan zusammengekommen. Im Mittelpunkt standen der Krieg im Nahen Osten, die Lage in der Ukraine und die Migration.

Steinmeier war am Montag in Istanbul eingetroffen, wo er unter anderem Vertreter der Zivilgesellschaft und den Istanbuler Bürgermeister Ekrem İmamoğlu traf. Am Dienstag besuchte er das Erdbebengebiet in Gaziantep. Für Aufsehen sorgte ein Berliner Dönerwirt, der den Bundespräsidenten begleitete.

Anlass der Reise ist das 100-jährige Bestehen der diplomatischen Beziehungen zwischen Deutschland und der Türkei.

Mehr zum Thema
Erdoğan in Berlin: Schwieriger Besuch
Kommentar: Steinmeiers Drahtseilakt

Teilen | Diese Nachricht bei tagesschau.de"""))

S.append(dict(id="h23-28", source="civil.ge",
url="https://civil.ge/archives/220713",
published_at="2017-12", body="""Civil.ge | Georgia's independent news source since 2001

Abashidze, Karasin Meet in Prague

Zurab Abashidze, the Georgian Prime Minister's special representative for relations with Russia, and Russian Deputy Foreign Minister Grigory Karasin met in Prague on Wednesday for another round of their informal talks.

According to the Georgian side, the sides discussed trade, transport and humanitarian issues, including the simplification of the visa regime for Georgian citizens traveling to Russia.

Abashidze said he again raised "the process of so-called borderization" along the occupation lines in Abkhazia and Tskhinvali Region, calling it "unacceptable". Karasin told Russian media the talks were "useful."

The two diplomats agreed to meet again in the same format next year.

The Abashidze-Karasin format was launched in December 2012 as the only direct channel between Tbilisi and Moscow, which cut diplomatic ties after the August 2008 war.

Tags: Georgia-Russia, Abashidze, Karasin

Share | Print | Comments (3)"""))

S.append(dict(id="h23-29", source="english.radio.cz",
url="https://english.radio.cz/senate-president-vystrcil-arrives-taiwan-8691407",
published_at="2020-08-30", body="""Radio Prague International

Senate President Vystrčil arrives in Taiwan

30-08-2020 | Ruth Fraňková

Senate President Miloš Vystrčil arrived in Taipei on Sunday at the head of a 90-strong delegation of politicians, business people and scientists, beginning a six-day visit that has angered China.

Mr Vystrčil is due to meet President Tsai Ing-wen and address the island's parliament. Prague Mayor Zdeněk Hřib is also part of the delegation.

The trip was originally planned by Mr Vystrčil's predecessor, Jaroslav Kubera, who died in January. President Miloš Zeman and Prime Minister Andrej Babiš have distanced themselves from the visit.

Listen | Share | Print

Related articles
Chinese embassy protests Senate trip
Babiš: Visit not in line with foreign policy"""))

S.append(dict(id="h23-30", source="caucasusnotes.blogspot.com",
url="https://caucasusnotes.blogspot.com/2018/08/merkel-lands-in-tbilisi.html",
published_at="2018-08-23", body="""Caucasus Notes
Thursday, 23 August 2018

Merkel lands in Tbilisi, kicks off Caucasus tour

German Chancellor Angela Merkel arrived in Tbilisi this afternoon, the first stop of a three-day trip to the South Caucasus. She held talks with Prime Minister Mamuka Bakhtadze and visited the administrative boundary line with South Ossetia near Odzisi, ten years after the 2008 war. Tomorrow morning she is due to speak to students at Tbilisi State University. In her remarks, she called Russia's presence in the breakaway regions an "occupation".

Merkel then flies to Yerevan on Friday for talks with Nikol Pashinyan, the first since his rise to power in May, and ends the tour in Baku on Saturday with President Ilham Aliyev.

Posted by Caucasus Notes at 19:42
Labels: Georgia, Germany, Merkel

No comments:
Post a Comment"""))

S.append(dict(id="h23-31", source="bbj.hu",
url="https://bbj.hu/politics/putin-to-visit-budapest-on-tuesday-gas-deal-on-agenda",
published_at="2015-02-16", body="""Budapest Business Journal
BUX 19,874.31 ▲ 0.62% | EUR/HUF 303.12 | USD/HUF 266.40 | CHF/HUF 285.97

Putin to visit Budapest on Tuesday, gas deal on agenda

BBJ | Monday, February 16, 2015, 11:20

Russian President Vladimir Putin will pay a visit to Budapest on Tuesday for talks with Prime Minister Viktor Orbán, with a new long-term gas supply deal expected to dominate the agenda. Hungary's contract with Gazprom expires this year.

The two leaders are also likely to discuss the Paks nuclear power plant expansion, to be built by Rosatom with a Russian loan of EUR 10 billion.

The visit comes two weeks after German Chancellor Angela Merkel was in Budapest. Opposition groups plan to protest.

Tags: Putin, Orbán, gas, Paks

Share"""))

S.append(dict(id="h23-32", source="gov.uk",
url="https://www.gov.uk/government/news/foreign-secretary-begins-first-visit-to-central-asia",
published_at="2024-04-22", body="""GOV.UK

Press release
Foreign Secretary begins first visit to Central Asia

Lord Cameron is travelling to all five Central Asian countries and Mongolia this week.

From: Foreign, Commonwealth & Development Office and The Rt Hon Lord Cameron
Published 22 April 2024

Foreign Secretary David Cameron has arrived in Tajikistan today, at the start of the first ever visit by a UK Foreign Secretary to Central Asia.

In Dushanbe, he met President Emomali Rahmon to discuss trade, regional security and the situation in Afghanistan.

Over the coming days the Foreign Secretary will travel to Kyrgyzstan, Kazakhstan, Uzbekistan and Turkmenistan, before concluding his trip in Mongolia. He will announce new funding for English language teaching and for climate resilience.

Foreign Secretary David Cameron said:

"Central Asia is a region of growing importance. The UK wants to be a partner of choice."

Share this page
Is this page useful? Yes | No"""))

S.append(dict(id="h23-33", source="mfa.am",
url="https://www.mfa.am/en/press-releases/2023/02/15/fm_visit_turkey/11874",
published_at="2023-02-15", body="""Ministry of Foreign Affairs of the Republic of Armenia

Press releases

Foreign Minister Ararat Mirzoyan's visit to the Republic of Türkiye

15 February, 2023

On February 15, Foreign Minister of Armenia Ararat Mirzoyan paid a visit to Ankara, where he had a meeting with Minister of Foreign Affairs of Türkiye Mevlüt Çavuşoğlu.

Minister Mirzoyan expressed condolences over the devastating earthquakes and conveyed the solidarity of the Armenian people. The sides discussed the humanitarian assistance of Armenia, including the work of Armenian rescuers and the delivery of aid through the Margara border checkpoint.

The Ministers held a joint press conference.

Other news
Deputy Foreign Minister receives Ambassador of Greece
Statement of the MFA on the Lachin corridor"""))

S.append(dict(id="h23-34", source="dutchnews.nl",
url="https://www.dutchnews.nl/2017/03/dutch-refuse-landing-permission-for-turkish-ministers-plane/",
published_at="2017-03-11", body="""DutchNews.nl

Dutch refuse landing permission for Turkish minister's plane

March 11, 2017

The Netherlands has withdrawn landing rights for the plane of Turkish foreign minister Mevlüt Çavuşoğlu, who had planned to address a rally in Rotterdam in support of next month's referendum in Turkey.

Prime minister Mark Rutte said talks on a 'reasonable solution' had failed after Ankara threatened sanctions. President Erdoğan called the Dutch 'Nazi remnants'.

Later in the evening, family minister Fatma Betül Sayan Kaya tried to reach the Turkish consulate in Rotterdam by car from Germany. Police stopped her near the building and said she would be escorted back to the German border.

Çavuşoğlu is now expected to speak in Metz, France.

Comments (48)
Share: Facebook | Twitter"""))

S.append(dict(id="h23-35", source="trend.az",
url="https://en.trend.az/azerbaijan/politics/3636041.html",
published_at="2022-08", body="""Trend News Agency | Politics

Kazakh President to pay state visit to Azerbaijan

Baku, Azerbaijan (Trend):

President of Kazakhstan Kassym-Jomart Tokayev will pay a state visit to Azerbaijan on August 24, Trend reports with reference to Akorda press secretary Ruslan Zheldibay.

During the visit, talks with President Ilham Aliyev are planned, and a package of documents on cooperation in transport, energy and trade is expected to be signed.

It will be Tokayev's first state visit to Azerbaijan since he took office in 2019.

Follow us on Twitter @Trend_Az_En
Tags: Kazakhstan, Azerbaijan, Tokayev, Aliyev"""))

S.append(dict(id="h23-36", source="report.az",
url="https://report.az/en/foreign-politics/vladimir-putin-calls-ilham-aliyev-apologizes-for-tragic-incident/",
published_at="2024-12-28", body="""Report.az | Foreign politics

Vladimir Putin calls Ilham Aliyev, apologizes for "tragic incident"

28 December, 2024 17:05

Russian President Vladimir Putin made a phone call to President of Azerbaijan Ilham Aliyev, the Kremlin said.

Putin apologized for the "tragic incident" in Russian airspace involving the Azerbaijan Airlines Embraer 190 passenger plane flying from Baku to Grozny, and expressed his deep condolences to the families of the victims.

According to the Azerbaijani presidential administration, President Aliyev noted that the aircraft had been subjected to external physical and technical interference over Russian territory.

Read also
Ilham Aliyev and Kassym-Jomart Tokayev hold phone conversation
AZAL suspends flights to several Russian cities

Follow Report on Telegram"""))

S.append(dict(id="h23-37", source="intellinews.com",
url="https://www.intellinews.com/azerbaijan-and-turkmenistan-sign-deal-to-jointly-develop-dostluk-field-201745/",
published_at="2021-01-21", body="""bne IntelliNews
Brent $55.90 ▼ | USD/AZN 1.70 | USD/TMT 3.50

Azerbaijan and Turkmenistan sign deal to jointly develop Dostluk field

bne IntelliNews | January 21, 2021

Azerbaijan and Turkmenistan have signed a memorandum of understanding on the joint exploration and development of the Dostluk hydrocarbon field in the Caspian Sea, ending a dispute that has lasted almost three decades.

The document was signed in Ashgabat by Azerbaijan's Deputy Foreign Minister Mahmud Mammad-Guliyev and a Turkmen deputy minister, with Presidents Ilham Aliyev and Gurbanguly Berdimuhamedov taking part by video link.

Sign up for the free bne IntelliNews daily bulletin
Tags: Azerbaijan, Turkmenistan, Caspian, oil & gas"""))

S.append(dict(id="h23-38", source="news.err.ee",
url="https://news.err.ee/113517/obama-meets-ilves-baltic-leaders-in-tallinn",
published_at="2014-09-03", body="""ERR News

Obama meets Ilves, Baltic leaders in Tallinn

03.09.2014 13:45 | BNS, ERR News

US President Barack Obama held talks with President Toomas Hendrik Ilves at Kadriorg on Wednesday morning, after arriving in Tallinn late on Tuesday.

Obama then met Ilves together with Latvian President Andris Bērziņš and Lithuanian President Dalia Grybauskaitė. He will address the public at the Nordea Concert Hall in the afternoon and visit US airmen based at Ämari before flying to Wales for the NATO summit.

Share | Tweet
Most read
Tallinn traffic restrictions during Obama visit
Estonian exports fell in July"""))

S.append(dict(id="h23-39", source="worldnewsdigest.online",
url="https://worldnewsdigest.online/europe/slovak-pm-fico-meets-putin-in-kremlin",
published_at=None, body="""World News Digest | Europe

Slovak PM Fico meets Putin in Kremlin

Slovak Prime Minister Robert Fico held talks with Russian President Vladimir Putin in Moscow on Sunday, a rare visit by an EU leader since the start of the war in Ukraine.

Fico said the talks focused on gas supplies, as the transit of Russian gas through Ukraine is set to end on January 1. He said he had informed the European Commission of his trip in advance.

Ukrainian President Volodymyr Zelensky accused Fico of helping Putin "finance the war".

This article was automatically generated from agency reports.
Trending: Bitcoin price today | Christmas travel chaos
Disclaimer: World News Digest is not responsible for the content of external sources."""))

S.append(dict(id="h23-40", source="news.am",
url="https://news.am/eng/news/812745.html",
published_at="2024-03", body="""NEWS.am | Politics

US envoy Louis Bono in Yerevan after Baku talks

The U.S. Department of State's Senior Advisor for Caucasus Negotiations Louis Bono, who is on a visit to Yerevan, met with Armenian Foreign Minister Ararat Mirzoyan on Friday.

The sides discussed the peace process with Azerbaijan and the normalization of Armenia-Türkiye relations, the Armenian Foreign Ministry said.

Bono arrived from Baku, where he held talks with Foreign Minister Jeyhun Bayramov and presidential aide Hikmet Hajiyev.

Dollar rate in Armenia: 400.6 dram
Comments | Share"""))
