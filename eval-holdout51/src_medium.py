# Medium wire-style stories (1,200-2,000 characters), h51-13 .. h51-26
M = []

M.append(dict(id="h51-13", source="president.az",
url="https://president.az/en/articles/view/62615",
published_at="2023-12-24", body="""President of the Republic of Azerbaijan Ilham Aliyev | Official website

News | Events | Phone calls

Kassym-Jomart Tokayev made a phone call to President Ilham Aliyev

24 December 2023, 11:40

On December 24, President of the Republic of Kazakhstan Kassym-Jomart Tokayev made a phone call to President of the Republic of Azerbaijan Ilham Aliyev.

President Kassym-Jomart Tokayev congratulated President Ilham Aliyev on his birthday, wishing him good health, happiness and success in his work for the further prosperity of the Azerbaijani people.

The Kazakh President also congratulated Azerbaijan on being chosen to host the 29th session of the Conference of the Parties to the UN Framework Convention on Climate Change (COP29), expressing confidence that the event would be organized at a high level.

President Ilham Aliyev thanked President Kassym-Jomart Tokayev for the congratulations and attention.

During the phone conversation, the heads of state noted with satisfaction the dynamic development of relations between Azerbaijan and Kazakhstan, and underlined the importance of the Middle Corridor and of increasing cargo volumes through the ports of Aktau and Alat.

President Kassym-Jomart Tokayev invited President Ilham Aliyev to pay a visit to Kazakhstan. The invitation was accepted with gratitude.

The heads of state exchanged New Year greetings and wished the peoples of the two countries peace and prosperity.

Other news
Ilham Aliyev received a phone call from President of Türkiye Recep Tayyip Erdogan
Ilham Aliyev received a phone call from President of Uzbekistan Shavkat Mirziyoyev
Ilham Aliyev received a phone call from Prime Minister of Georgia Irakli Garibashvili
Ilham Aliyev viewed newly built residential complex in Fuzuli

Print | Share

© 2023 President of the Republic of Azerbaijan"""))

M.append(dict(id="h51-14", source="uza.uz",
url="https://uza.uz/en/posts/leaders-of-uzbekistan-and-turkiye-hold-talks-in-tashkent_352911",
published_at="2022-03-29", body="""UzA | National News Agency of Uzbekistan | O'zbek | Русский | English

Leaders of Uzbekistan and Türkiye hold talks in Tashkent

29.03.2022 | 17:05 | Politics

President of the Republic of Uzbekistan Shavkat Mirziyoyev held talks with President of the Republic of Türkiye Recep Tayyip Erdoğan, who arrived in our country on a state visit.

The official welcome ceremony took place at the Kuksaroy residence. The state anthems of the two countries were performed and the leaders reviewed the guard of honor.

In a narrow format, the heads of state discussed the current state and prospects of the Uzbek-Turkish comprehensive cooperation. The talks then continued in an expanded format with the participation of official delegations.

The leaders noted that trade turnover between the two countries increased by 20 percent last year and exceeded 3.6 billion dollars. More than 1,800 enterprises with Turkish capital operate in Uzbekistan.

Following the talks, the two presidents chaired a meeting of the High-Level Strategic Cooperation Council. A Joint Statement on the establishment of a Comprehensive Strategic Partnership was signed. In addition, a package of documents on cooperation in trade, investment, agriculture, defense industry, health care, education and culture was signed.

At a joint press conference, Shavkat Mirziyoyev noted that the visit of the President of Türkiye had opened "a qualitatively new stage" in bilateral relations. Recep Tayyip Erdoğan said the two countries had agreed to raise trade turnover to 5 billion dollars in the near future.

The Turkish President invited Shavkat Mirziyoyev to pay a visit to Türkiye at a convenient time.

In the evening, the leaders will attend an official dinner in honor of the distinguished guest.

Photo: Press service of the President of the Republic of Uzbekistan

Tags: #Uzbekistan #Türkiye #StateVisit

UzA | 2022

When using the materials of the National News Agency of Uzbekistan, a hyperlink to uza.uz is required."""))

M.append(dict(id="h51-15", source="akipress.com",
url="https://akipress.com/news:693224:Japarov,_Mirziyoyev_sign_treaty_on_Kyrgyz-Uzbek_state_border/",
published_at="2023-01-27", body="""AKIPRESS.COM | Kyrgyzstan | Central Asia | World | Business | Sports

Japarov, Mirziyoyev sign treaty on Kyrgyz-Uzbek state border

AKIPRESS.COM - President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev on Friday signed the Treaty on the Kyrgyz-Uzbek state border in Bishkek, completing a process that took more than three decades.

Mirziyoyev is on a state visit to Kyrgyzstan on January 26-27. He was met at Manas airport by Japarov on Thursday evening, and the official talks took place at the Yntymak Ordo residence on Friday.

The presidents also exchanged instruments of ratification of the agreement on the joint management of the water resources of the Kempir-Abad (Andijan) reservoir, which had sparked protests in Kyrgyzstan last autumn. Several activists who opposed the deal remain in custody.

In total, around 20 documents were signed during the visit, including a roadmap on the Kambarata-1 hydropower project, in which Kazakhstan is also taking part, and a program of economic cooperation for 2023-2025.

"We have resolved all border issues. Our peoples will live in peace and harmony," Japarov said at a joint press event.

Mirziyoyev said the two countries plan to raise trade to $5 billion and to open new border checkpoints. The leaders also agreed to launch the China-Kyrgyzstan-Uzbekistan railway project.

The border treaty still needs to be ratified by the parliaments of both countries.

Related news:
Japarov, Tokayev discuss Kambarata-1 project by phone
Kyrgyz Parliament to consider border treaty with Uzbekistan in February
Som weakens against U.S. dollar

Share | Comments (3)

(c) AKIpress News Agency. All rights reserved."""))

M.append(dict(id="h51-16", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-foreign-minister-fidan-holds-talks-with-lavrov-in-moscow/2980411",
published_at="2023-08-31", body="""POLITICS

Turkish foreign minister Fidan holds talks with Lavrov in Moscow

Talks focus on revival of Black Sea grain deal, bilateral ties, regional issues

Elena Teslova | 31.08.2023 - Update : 31.08.2023

MOSCOW

Turkish Foreign Minister Hakan Fidan on Thursday held talks with his Russian counterpart Sergey Lavrov in Moscow, on his first visit to Russia since taking office in June.

Speaking at a joint news conference, Fidan said Ankara attaches great importance to the revival of the Black Sea grain initiative, from which Russia withdrew in July. "We believe the grain deal can be revived and we are working on this," he said.

Lavrov said Moscow would be ready to return to the deal as soon as the Western commitments regarding the export of Russian grain and fertilizer were fulfilled.

The two ministers also discussed Syria, the South Caucasus, energy projects and bilateral trade, which reached nearly $62 billion last year.

Kremlin spokesman Dmitry Peskov said earlier in the week that a visit by President Recep Tayyip Erdogan to Russia was being prepared, and that the date would be announced after it is agreed. Fidan said the leaders would meet "very soon" and that the grain deal would be at the top of their agenda.

Erdogan and Russian President Vladimir Putin last met in person in Astana in October 2022.

AA English | Subscribe to AA's news service for full coverage.

Related topics: Hakan Fidan | Sergey Lavrov | Black Sea Grain Initiative

RELATED NEWS
Turkish, Ukrainian foreign ministers discuss grain corridor over phone
Türkiye's exports hit record in August"""))

M.append(dict(id="h51-17", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/74872",
published_at="2024-08-19", body="""President of Russia | Events | News | Transcripts | Photos

Russian-Azerbaijani talks

August 19, 2024 14:10 | Baku

Vladimir Putin, who is in Azerbaijan on a state visit, held talks with President of Azerbaijan Ilham Aliyev.

The Russian President arrived in Baku on the evening of August 18. On the same day, Vladimir Putin and Ilham Aliyev had an informal conversation over tea at the Azerbaijani President's residence in Zagulba.

The talks on August 19 were held in restricted format and with the participation of the two countries' delegations. The sides discussed the development of bilateral trade and economic cooperation, energy, transport and logistics, including the North-South International Transport Corridor, and humanitarian ties.

Following the talks, the two presidents made statements for the press. Vladimir Putin noted that Russia is one of Azerbaijan's main trading partners, with trade turnover amounting to about $4.4 billion last year, and that most payments are now made in national currencies.

Vladimir Putin said Russia was ready to help advance the peace treaty between Azerbaijan and Armenia, the delimitation of their border and the unblocking of transport links in the region.

In the presence of the heads of state, a number of documents were signed, including memorandums of understanding on cooperation in energy, education and media.

Ilham Aliyev described the relations between the two countries as an "allied interaction", recalling the Declaration on Allied Interaction signed in Moscow in February 2022.

Topics: Foreign policy | Azerbaijan
Persons: Aliyev Ilham

Publication status: Published in section: News
Publication date: August 19, 2024, 14:10
Direct link: en.kremlin.ru/d/74872

Other news
Telephone conversation with President of Belarus Alexander Lukashenko
Meeting with Governor of Kursk Region Alexei Smirnov"""))

M.append(dict(id="h51-18", source="en.trend.az",
url="https://en.trend.az/azerbaijan/politics/3896614.html",
published_at="2024-05-10", body="""Politics Materials 10 May 2024 12:47 (UTC +04:00)

Azerbaijani, Armenian FMs start talks in Almaty on peace treaty

BAKU, Azerbaijan, May 10. The meeting between Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan on the peace treaty has started in Almaty, Trend reports.

The talks are being held at the invitation of Kazakh Foreign Minister Murat Nurtleu. Nurtleu opened the meeting, after which the Azerbaijani and Armenian ministers continued in a bilateral format with their delegations.

Before the talks, President of Kazakhstan Kassym-Jomart Tokayev received the two ministers. Tokayev said Kazakhstan was ready to provide a platform but was not acting as a mediator, and that the sides themselves should determine the terms of the peace agreement.

The negotiations are expected to continue on May 11. The parties will discuss the draft of the Agreement on the Establishment of Peace and Interstate Relations, as well as the delimitation of the state border.

This is the first meeting of the two ministers since their talks in Berlin in late February, which were hosted by German Foreign Minister Annalena Baerbock.

Azerbaijan's Foreign Ministry spokesperson Aykhan Hajizada said that Baku expected the negotiations to be "result-oriented".

---

Follow Trend on Telegram channel

Latest
Azerbaijani President receives Kyrgyz Foreign Minister
Azerbaijan's oil production down 3 percent in Q1
Baku hosts international mathematics olympiad

Tags: Jeyhun Bayramov, Ararat Mirzoyan, Almaty, peace treaty"""))

M.append(dict(id="h51-19", source="azertag.az",
url="https://azertag.az/en/xeber/president_ilham_aliyev_and_president_ebrahim_raisi_met_at_azerbaijan_iran_state_border-3012577",
published_at="2024-05-19", body="""AZERTAC | Azerbaijan State News Agency | AZ | EN | RU | FR | DE | ES | AR

President Ilham Aliyev and President Ebrahim Raisi met at Azerbaijan-Iran state border

Politics | 19.05.2024 [12:58]

Baku, May 19, AZERTAC

On May 19, President of the Republic of Azerbaijan Ilham Aliyev and President of the Islamic Republic of Iran Ebrahim Raisi met on the Azerbaijan-Iran state border.

The heads of state then attended the inauguration ceremony of the Giz Galasi hydroelectric complex, built jointly by the two countries on the Araz River, and the groundbreaking of the Khudafarin hydroelectric complex.

Addressing the ceremony, President Ilham Aliyev said: "Today is a historic day. The hydroelectric complexes will serve the interests of both peoples, and the Araz corridor will connect the main part of Azerbaijan with Nakhchivan through Iranian territory."

President Ebrahim Raisi said the joint projects were a sign of the good-neighborly relations between Iran and Azerbaijan.

After the ceremony, President Ilham Aliyev and President Ebrahim Raisi held a one-on-one meeting. They discussed the implementation of joint projects in transport, energy and agriculture.

President Ebrahim Raisi invited President Ilham Aliyev to visit Iran. The invitation was accepted with gratitude.

The ceremony was attended by the foreign ministers of the two countries, Jeyhun Bayramov and Hossein Amir-Abdollahian.

AZERTAC

Related
Azerbaijani, Iranian deputy FMs hold consultations in Tehran
Azerbaijani Ambassador presents credentials to President of Iran

Share: Facebook | X | Telegram

Copyright © AZERTAC 2024. All rights reserved."""))

M.append(dict(id="h51-20", source="tdh.gov.tm",
url="https://tdh.gov.tm/en/post/33512/first-turkmenistan-azerbaijan-turkiye-summit-held-avaza",
published_at="2022-12-14", body="""Turkmenistan: the Golden Age | State News Agency of Turkmenistan (TDH)

Türkmençe | English | Русский

The first Turkmenistan-Azerbaijan-Türkiye summit held in Avaza

14.12.2022 | Politics

Today, the first trilateral summit of the Heads of State of Turkmenistan, the Republic of Azerbaijan and the Republic of Türkiye was held in the Avaza national tourist zone.

Before the start of the summit, President of Turkmenistan Serdar Berdimuhamedov held a meeting with President of the Republic of Türkiye Recep Tayyip Erdoğan, who arrived in our country to take part in the summit. The sides discussed the expansion of cooperation in the trade, economic, energy and transport fields.

President Serdar Berdimuhamedov then held talks with President of the Republic of Azerbaijan Ilham Aliyev. The Heads of State noted the successful implementation of the memorandum on the joint exploration of the Dostlug field in the Caspian Sea.

The summit itself was held in a narrow format, and then in an extended format with the participation of the delegations. The leaders discussed cooperation in energy, transport and communications, trade and the humanitarian sphere.

Following the summit, a Joint Statement was adopted. A number of trilateral documents, including memorandums on cooperation in energy and in transport, were signed.

The National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov also attended the events.

Avaza was also the venue for the exhibition of the national companies of the three countries.

Photo: TDH

See also
The Turkmen delegation takes part in the EU-Central Asia forum
Turkmenistan and China discuss gas supplies"""))

M.append(dict(id="h51-21", source="marketscreener.com",
url="https://www.marketscreener.com/news/latest/Azerbaijan-s-Aliyev-and-Armenia-s-Pashinyan-hold-first-direct-talks-in-Abu-Dhabi--49325876/",
published_at="2025-07-10", body="""MarketScreener | Markets | News | Analysis | Tools

Azerbaijan's Aliyev and Armenia's Pashinyan hold first direct talks in Abu Dhabi

July 10, 2025 at 12:41 pm EDT

(Reuters) - Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Abu Dhabi on Thursday, the first bilateral summit between the two leaders without international mediators, as they seek to finalise a peace treaty to end decades of conflict.

The leaders of the two South Caucasus neighbours discussed the draft peace agreement, whose text was agreed in March, as well as border delimitation and confidence-building measures, according to statements issued by both sides after the meeting.

"Both sides noted that bilateral negotiations are the most effective format," the statements said, adding that the talks would continue.

Aliyev was in the United Arab Emirates on a working visit, Azerbaijan's presidential office said. Pashinyan's office said he had arrived in Abu Dhabi on Wednesday evening.

Baku insists that Armenia must change its constitution, which it says contains territorial claims on Azerbaijan, before a peace treaty can be signed.

Pashinyan, who is facing domestic pressure, has also sought to mend ties with Turkey, Azerbaijan's close ally. He met Turkish President Tayyip Erdogan in Istanbul last month.

(Reporting by Felix Light; Editing by Alex Richardson)

© Reuters 2025 | Copyright © 2025 MarketScreener. All rights reserved.

Latest news
Oil prices ease on U.S. tariff concerns
Armenian dram steady ahead of central bank decision"""))

M.append(dict(id="h51-22", source="akorda.kz",
url="https://www.akorda.kz/en/head-of-state-holds-telephone-conversations-with-heads-of-several-states-81025",
published_at="2022-01-08", body="""Official website of the President of the Republic of Kazakhstan | Akorda

Qazaqsha | Русский | English

Head of State holds telephone conversations with heads of several states

8 January 2022

President Kassym-Jomart Tokayev had a telephone conversation with President of the Russian Federation Vladimir Putin.

The Head of State informed the Russian President about the situation in the country and the measures being taken to restore law and order. Kassym-Jomart Tokayev expressed gratitude for the prompt response of the Collective Security Treaty Organization to Kazakhstan's request for assistance.

The Head of State also held a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev. Shavkat Mirziyoyev expressed support for the decisive actions of the leadership of Kazakhstan aimed at restoring constitutional order and said Uzbekistan was ready to provide the necessary assistance.

In a telephone conversation with President of Türkiye Recep Tayyip Erdoğan, the parties exchanged views on the situation in Kazakhstan. Recep Tayyip Erdoğan expressed solidarity with the people of Kazakhstan and confidence that stability would soon be restored.

Kassym-Jomart Tokayev also spoke by telephone with President of the Kyrgyz Republic Sadyr Japarov, who informed him about the dispatch of a Kyrgyz contingent as part of the CSTO collective peacekeeping forces.

In addition, the Head of State received an oral message from President of the People's Republic of China Xi Jinping, conveyed through diplomatic channels, expressing support for the measures taken by the Kazakh authorities.

The leaders agreed to maintain contacts.

Press service of the President of the Republic of Kazakhstan

Share: Facebook | Telegram | WhatsApp
Print version"""))

M.append(dict(id="h51-23", source="armenpress.am",
url="https://armenpress.am/eng/news/1112402.html",
published_at="2023-06-03", body="""ARMENPRESS | Armenian News Agency | Հայ | Рус | Eng | Türk | فارسی

Politics | 17:26, 3 June 2023

Prime Minister Pashinyan attends inauguration ceremony of Turkish President Erdoğan in Ankara

YEREVAN, JUNE 3, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan attended on Saturday the inauguration ceremony of the President of Türkiye Recep Tayyip Erdoğan in Ankara, the Prime Minister's Office said.

Pashinyan traveled to Ankara at the invitation of the Turkish side. Before the ceremony at the Presidential Complex, the Prime Minister had a brief conversation with Recep Tayyip Erdoğan and congratulated him on his re-election.

It is the first visit of an Armenian head of government to Türkiye in years. Pashinyan had earlier congratulated Erdoğan in a message on Twitter after the second round of the presidential election on May 28.

More than 20 heads of state and government and dozens of high-level delegations attended the ceremony, among them Azerbaijani President Ilham Aliyev, Hungarian Prime Minister Viktor Orbán and Venezuelan President Nicolás Maduro.

Speaking to reporters in Yerevan earlier in the week, Pashinyan said he had decided to accept the invitation "in the logic of the normalization process" between the two countries, which do not have diplomatic relations. Special envoys Ruben Rubinyan and Serdar Kılıç have held four rounds of talks since January 2022.

Foreign Minister Ararat Mirzoyan visited Ankara in February after the devastating earthquakes and held talks with then Foreign Minister Mevlüt Çavuşoğlu, who later said that the Margara border crossing could be opened for third-country nationals.

Follow Armenpress on Telegram

Related
Ararat Mirzoyan holds phone talk with Iranian counterpart
Armenian, Georgian deputy FMs discuss regional communications

Copyright © 2023 ARMENPRESS. When reproducing materials, a hyperlink to Armenpress is required."""))

M.append(dict(id="h51-24", source="asiaplustj.info",
url="https://asiaplustj.info/en/news/tajikistan/politics/20180309/mirziyoyev-arrives-in-dushanbe-on-historic-state-visit",
published_at="2018-03-09", body="""ASIA-Plus | Tajikistan | Politics | Economy | Society | World

Mirziyoyev arrives in Dushanbe on historic state visit

09.03.2018 13:10

DUSHANBE, March 9, 2018, Asia-Plus - Uzbek President Shavkat Mirziyoyev arrived in Dushanbe this morning on a two-day state visit to Tajikistan, the first state visit by an Uzbek leader in nearly two decades.

President Emomali Rahmon met his Uzbek counterpart at Dushanbe International Airport, where a solemn welcoming ceremony was held. Schoolchildren with flags of both countries lined the road from the airport to the city center.

The talks between the two presidents began in a one-on-one format at the Palace of the Nation and continued with the participation of the delegations.

According to the presidential press service, the parties are expected to sign some 27 documents, including a Treaty on Strategic Partnership, an agreement on certain sections of the Tajik-Uzbek state border and an agreement on mutual visa-free travel for up to 30 days.

Relations between Dushanbe and Tashkent were strained for years under the late Uzbek President Islam Karimov over water use, the Rogun hydropower project and border mines. Air links between the two capitals resumed last year after 25 years.

Rahmon and Mirziyoyev will also visit a joint exhibition of industrial goods and attend a business forum in Dushanbe on Saturday.

Photo: Press service of the President of Tajikistan

Related
Tajik, Uzbek foreign ministers discuss preparations for visit
Rahmon receives Afghan foreign minister in Dushanbe
Somoni exchange rate stable

Comments (27) | Print | Share"""))

M.append(dict(id="h51-25", source="english.news.cn",
url="http://english.news.cn/20230517/b5e2d1c4a3f6479e8d0c12ab34ef5678/c.html",
published_at="2023-05-17", body="""Xi holds talks with Kazakh President Tokayev in Xi'an

Source: Xinhua | Editor: huaxia | 2023-05-17 21:48:30

XI'AN, May 17 (Xinhua) -- Chinese President Xi Jinping on Wednesday met Kazakh President Kassym-Jomart Tokayev for talks in Xi'an, the capital of Shaanxi Province in northwest China.

Tokayev is paying a state visit to China and will attend the China-Central Asia Summit, which is scheduled for May 18-19.

Xi said China and Kazakhstan are permanent comprehensive strategic partners, and that the two sides should deepen cooperation in trade, energy, connectivity and agriculture, and expand people-to-people exchanges.

Tokayev reaffirmed Kazakhstan's commitment to the one-China policy and said Astana was ready to join hands with Beijing in building the Belt and Road.

Following their talks, Xi and Tokayev oversaw the signing of cooperation documents in fields including trade, transportation, water resources and the media. The two sides issued a joint statement.

The presidents of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan are due to arrive in Xi'an on Thursday. Xi is scheduled to hold talks with each of them before the summit opens, Chinese Foreign Ministry spokesperson Wang Wenbin said.

The China-Central Asia Summit is the first in-person summit between the leaders of China and the five Central Asian countries since the mechanism was established in 2020. Enditem

Photo: Kazakh President Kassym-Jomart Tokayev reviews the honor guard at a welcome ceremony in Xi'an, May 17, 2023. (Xinhua/Ju Peng)

Hot topics | About us | Contact us | Xinhua Net 2023"""))

M.append(dict(id="h51-26", source="duvarenglish.com",
url="https://www.duvarenglish.com/erdogan-putin-meet-in-astana-discuss-gas-hub-proposal-news-61512",
published_at="2022-10-13", body="""Duvar English | Politics | Human Rights | Economy | Diplomacy | Culture

Support independent journalism. Become a member.

Erdoğan, Putin meet in Astana, discuss gas hub proposal

Turkish President Recep Tayyip Erdoğan and Russian President Vladimir Putin met on the sidelines of a regional summit in Kazakhstan, a day after Putin floated the idea of turning Turkey into a hub for Russian gas exports to Europe.

Duvar English | Thursday October 13 2022 17:02

Erdoğan and Putin held talks in the Kazakh capital Astana on Thursday, on the sidelines of the sixth summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA).

"In our cooperation, Turkey has proven to be the most reliable route for gas supplies to Europe," Putin told Erdoğan at the start of the meeting, proposing the creation of a gas hub in Turkey. Erdoğan thanked Putin for "the positive approach" on the grain corridor and the prisoner exchange with Ukraine.

Erdoğan arrived in Astana on Wednesday evening and was received by Kazakh President Kassym-Jomart Tokayev at the Akorda palace on Thursday morning before the summit session, the Turkish Presidency said. The two leaders discussed bilateral trade and the Trans-Caspian route.

In his summit address, Erdoğan said a diplomatic solution to the war in Ukraine was still possible and called for a ceasefire.

The meeting was the fourth between the Turkish and Russian presidents this year.

Related
Erdoğan, Pashinyan meet for the first time in Prague
Turkish lira hits new low against dollar

Tags: Erdoğan, Putin, Astana, CICA, gas hub

Share: Facebook | X | WhatsApp | E-mail"""))
