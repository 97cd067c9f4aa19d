# Short items (300-1,100 characters), h40-27 .. h40-40
S = []

S.append(dict(id="h40-27", source="hina.hr",
url="https://www.hina.hr/vijest/12345678",
published_at="2024-10-09", body="""HINA | Hrvatska izvještajna novinska agencija

Zelenski u Dubrovniku na summitu Ukrajina - Jugoistočna Europa

DUBROVNIK, 9. listopada 2024. (Hina) - Ukrajinski predsjednik Volodimir Zelenski doputovao je u srijedu u Dubrovnik, gdje sudjeluje na trećem summitu Ukrajina - Jugoistočna Europa, čiji je domaćin premijer Andrej Plenković.

Zelenski je čelnicima i izaslanicima zemalja regije predstavio svoj "plan pobjede", a sudionici su usvojili zajedničku deklaraciju o potpori suverenitetu i teritorijalnoj cjelovitosti Ukrajine.

"Hrvatska zna što znači braniti svoju zemlju", rekao je Plenković.

Prema neslužbenim informacijama, Zelenski bi nakon Dubrovnika trebao otputovati u London, Pariz, Rim i Berlin.

(Hina) ip sb

Podijeli: Facebook | X | E-mail
Oznake: Zelenski, Plenković, Dubrovnik, Ukrajina"""))

S.append(dict(id="h40-28", source="news.am",
url="https://news.am/eng/news/819455.html",
published_at="2024-04-20", body="""NEWS.am | Armenia | Politics | Society | Karabakh | World

Armenia, Azerbaijan border commissions agree on first section of border in Tavush

20 April 2024, 10:02

The eighth meeting of the Armenian and Azerbaijani state commissions on border delimitation, headed by Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev, was held on Friday on the border between the two countries.

According to the Armenian government, the sides agreed on the preliminary passage of the border line in four sections between villages of Armenia's Tavush province and Azerbaijan's Gazakh district, in line with the 1991 Almaty Declaration.

The protocol is to be finalized by May 15, the statement said.

Comments (214) | Share

Most read: Residents of Kirants protest border decision"""))

S.append(dict(id="h40-29", source="elysee.fr",
url="https://www.elysee.fr/en/emmanuel-macron/2022/06/13/trip-to-romania-and-the-republic-of-moldova",
published_at="2022-06-13", body="""Élysée | The President | News | Agenda

Trip to Romania and the Republic of Moldova

13 June 2022 - Press release

The President of the Republic, Emmanuel Macron, will travel to Romania on 14 and 15 June 2022, then to the Republic of Moldova on 15 June.

In Romania, the President will visit the French soldiers deployed at the Mihail Kogălniceanu air base as part of NATO's forward presence on the eastern flank, and will hold talks with the Romanian authorities.

In Chisinau, the President will be received by President Maia Sandu, to express France's support for the Republic of Moldova, which has applied for membership of the European Union.

Share | Print | Subscribe to the newsletter"""))

S.append(dict(id="h40-30", source="bm.ge",
url="https://bm.ge/en/article/georgia-and-china-sign-strategic-partnership-statement/147512",
published_at="2023-07", body="""Business Media Georgia | Economy | Finance | Energy | Tourism

USD/GEL 2.6076 | EUR/GEL 2.8741 | Brent $84.20

Georgia and China sign strategic partnership statement

Georgian Prime Minister Irakli Garibashvili and Chinese President Xi Jinping signed a joint statement on the establishment of a strategic partnership between Georgia and China in Chengdu, the government administration said.

Garibashvili is on an official visit to China, during which he attended the Summer Davos forum in Tianjin and the opening of the World University Games in Chengdu.

China is Georgia's third-largest trading partner, and the two countries have had a free trade agreement since 2018.

Tags: Georgia, China, Garibashvili, Xi Jinping
Read also: TBC Bank profit up 20% in Q2"""))

S.append(dict(id="h40-31", source="polskieradio.pl",
url="https://www.polskieradio.pl/395/7789/Artykul/2950123",
published_at="2022-05-02", body="""Polskie Radio | English Section | News

Pelosi meets Polish president in Warsaw after Kyiv trip

US House Speaker Nancy Pelosi was received by President Andrzej Duda in Warsaw on Monday, days after leading a congressional delegation to Kyiv, where she met Ukrainian President Volodymyr Zelensky.

Duda's aide Jakub Kumoch said the talks had focused on security on NATO's eastern flank, aid to Ukraine and Poland's role in hosting millions of refugees.

Pelosi thanked Poland for its "extraordinary" humanitarian effort.

Source: PAP, IAR | Photo: KPRP/Jakub Szymczuk

Share | Print"""))

S.append(dict(id="h40-32", source="moldpres.md",
url="https://www.moldpres.md/en/news/2023/02/10/23001234",
published_at="2023-02-10", body="""MOLDPRES State News Agency

Russian ambassador summoned to Foreign Ministry after missile crosses Moldova's airspace

CHISINAU, 10 February /MOLDPRES/ - The Ministry of Foreign Affairs and European Integration summoned Russian Ambassador Oleg Vasnetsov on Friday, after a Russian missile launched against Ukraine crossed Moldova's airspace.

The ministry said it had expressed its firm protest over the "unacceptable violation" of the airspace of the Republic of Moldova.

Share | Print"""))

S.append(dict(id="h40-33", source="intellinews.com",
url="https://www.intellinews.com/azerbaijan-georgia-romania-hungary-sign-black-sea-power-cable-deal-265112/",
published_at="2022-12-17", body="""bne IntelliNews | Energy | Southeast Europe | Caucasus

Azerbaijan, Georgia, Romania and Hungary sign Black Sea power cable deal

bne IntelliNews | December 17, 2022

The leaders of Azerbaijan, Georgia, Romania and Hungary signed an agreement in Bucharest on Saturday on a strategic partnership for developing and transmitting green energy, including a submarine power cable under the Black Sea.

Romanian President Klaus Iohannis hosted the signing, which was attended by Azerbaijan's Ilham Aliyev, Georgian Prime Minister Irakli Garibashvili, Hungarian Prime Minister Viktor Orban and European Commission President Ursula von der Leyen.

Aliyev, on an official visit to Romania, held separate talks with Iohannis earlier in the day.

The cable could bring wind power from the Caspian to the EU by 2029.

Share | Subscribe to bne IntelliNews"""))

S.append(dict(id="h40-34", source="kormany.hu",
url="https://kormany.hu/hirek/szijjarto-uzhhorod-kuleba-tanacskozas",
published_at="2024-01-29", body="""Website of the Hungarian Government | Ministry of Foreign Affairs and Trade

Péter Szijjártó held talks with Dmytro Kuleba in Uzhhorod

Minister of Foreign Affairs and Trade Péter Szijjártó held talks in Uzhhorod on Monday with Ukrainian Foreign Minister Dmytro Kuleba and with Andriy Yermak, head of the Office of the President of Ukraine.

The parties discussed the rights of the Hungarian national minority in Transcarpathia. Mr. Szijjártó described the talks as useful and said that a meeting between Prime Minister Viktor Orbán and President Volodymyr Zelensky could take place once it would bring concrete results.

Print | Share"""))

S.append(dict(id="h40-35", source="trend.az",
url="https://en.trend.az/azerbaijan/politics/3636123.html",
published_at="2022-08-23", body="""Trend News Agency | Azerbaijan | Politics

Kazakh President to pay state visit to Azerbaijan

Baku, Azerbaijan, August 23. President of Kazakhstan Kassym-Jomart Tokayev will pay a state visit to Azerbaijan on August 24-25 at the invitation of President Ilham Aliyev, Trend reports.

The two presidents will hold talks in Baku, and a number of documents are expected to be signed.

Follow Trend on Telegram | Print | Share"""))

S.append(dict(id="h40-36", source="sofiaglobe.com",
url="https://sofiaglobe.com/2022/01/17/bulgarian-pm-petkov-to-visit-skopje-on-january-18/",
published_at="2022-01", body="""The Sofia Globe

Bulgarian PM Petkov to visit Skopje on January 18

Bulgarian Prime Minister Kiril Petkov will visit North Macedonia on January 18, accompanied by several ministers, for talks with his counterpart Dimitar Kovachevski, the government press office said.

The visit comes as Sofia and Skopje seek to move past the dispute that led Bulgaria to block the start of North Macedonia's EU accession talks.

Petkov has proposed working groups on the economy, infrastructure and history.

Donate to The Sofia Globe | Share: Facebook, X"""))

S.append(dict(id="h40-37", source="ipn.md",
url="https://www.ipn.md/en/blinken-to-visit-moldova-on-may-29-7965_1104567.html",
published_at="2024-05-28", body="""IPN News Agency | Moldova | Politics

US Secretary of State Antony Blinken to visit Moldova

US Secretary of State Antony Blinken will visit Chisinau on Wednesday, May 29, the State Department announced. He will meet President Maia Sandu and discuss US support for Moldova's energy security and European integration.

Blinken will then travel to Prague for an informal meeting of NATO foreign ministers on May 30-31.

Share | Print | Comments"""))

S.append(dict(id="h40-38", source="exit.al",
url="https://exit.al/en/erdogan-to-visit-albania-on-monday/",
published_at="2022-01", body="""Exit News | Albania | Politics | Economy

Erdogan to visit Albania on Monday

Turkish President Recep Tayyip Erdogan will visit Albania on Monday, Prime Minister Edi Rama announced.

Erdogan and Rama will inaugurate 522 homes built by Turkey in Lac for families left homeless by the November 2019 earthquake, and will hold talks in Tirana.

Rama called Erdogan "a friend of Albania". Opposition figures criticised the visit.

Support Exit News | Share"""))

S.append(dict(id="h40-39", source="caucasuswatch.de",
url="https://caucasuswatch.de/en/news/azerbaijan-and-russia-sign-declaration-on-allied-interaction.html",
published_at="2022-02-22", body="""Caucasus Watch | News | Analysis | Azerbaijan

Azerbaijan and Russia sign declaration on allied interaction

Azerbaijani President Ilham Aliyev and Russian President Vladimir Putin on Tuesday signed a Declaration on Allied Interaction in the Kremlin, during Aliyev's visit to Moscow.

The document covers political, military, economic and humanitarian cooperation. Aliyev's trip came a day after Putin recognised the separatist "republics" in eastern Ukraine.

Tags: Azerbaijan, Russia, Aliyev, Putin | Share"""))

S.append(dict(id="h40-40", source="balkannewsdaily.online",
url="https://balkannewsdaily.online/serbia/vucic-putin-phone-gas-deal",
published_at=None, body="""Vucic, Putin agree three-year gas deal in phone call

Serbian President Aleksandar Vucic said on Sunday he had agreed on a three-year gas supply contract with Russia during a telephone conversation with Russian President Vladimir Putin.

"We agreed on the essential elements of the contract," Vucic told reporters, adding that the price would be "extremely favourable" for Serbia.

The European Union has urged Belgrade to align with its sanctions on Russia.

Source: agencies | You may also like: Dinar steady against euro"""))
