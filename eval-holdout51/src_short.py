# Short items (300-1,100 characters), h51-27 .. h51-40
S = []

S.append(dict(id="h51-27", source="ntv.com.tr",
url="https://www.ntv.com.tr/turkiye/cumhurbaskani-erdogan-kirgizistan-cumhurbaskani-caparov-ile-telefonda-gorustu",
published_at="2024-04-10", body="""Cumhurbaşkanı Erdoğan, Kırgızistan Cumhurbaşkanı Caparov ile telefonda görüştü

10.04.2024 - 14:32 | NTV

Cumhurbaşkanı Recep Tayyip Erdoğan, Kırgızistan Cumhurbaşkanı Sadır Caparov ile telefonda görüştü.

İletişim Başkanlığından yapılan açıklamaya göre, görüşmede Türkiye-Kırgızistan ilişkileri ile bölgesel ve küresel konular ele alındı. Cumhurbaşkanı Erdoğan, Ramazan Bayramı dolayısıyla Caparov'u ve Kırgız halkını tebrik etti.

Erdoğan, Türk Devletleri Teşkilatı çatısı altındaki işbirliğinin güçlendirilmesinin önemine değindi.

Etiketler: Recep Tayyip Erdoğan, Sadır Caparov, Kırgızistan, telefon diplomasisi

Paylaş: Facebook | X | WhatsApp
Yorumlar (0)"""))

S.append(dict(id="h51-28", source="akipress.com",
url="https://akipress.com/news:738105:Putin_congratulates_Japarov_on_birthday_by_phone/",
published_at="2023-12", body="""Putin congratulates Japarov on birthday by phone

AKIPRESS.COM - Russian President Vladimir Putin has called President Sadyr Japarov to congratulate him on his 55th birthday, the presidential press service reported.

The two leaders discussed the implementation of agreements reached during Putin's state visit to Bishkek in October and the schedule of upcoming contacts.

Japarov and Putin agreed to meet on the sidelines of the informal CIS summit in St Petersburg later this month, the press service said.

Related: Kyrgyzstan, Russia sign agreement on Russian language schools

Share | Comments (0)"""))

S.append(dict(id="h51-29", source="azertag.az",
url="https://azertag.az/en/xeber/azerbaijan_and_uzbekistan_sign_treaty_on_allied_relations-3170522",
published_at="2024-08-22", body="""AZERTAC | Politics | 22.08.2024 [15:20]

Azerbaijan and Uzbekistan sign Treaty on Allied Relations

Baku, August 22, AZERTAC

President of the Republic of Azerbaijan Ilham Aliyev and President of the Republic of Uzbekistan Shavkat Mirziyoyev, who is on a state visit to Azerbaijan, signed the Treaty on Allied Relations between the two countries.

The signing took place after the first meeting of the Supreme Interstate Council chaired by the two heads of state. Following the meeting, a number of intergovernmental documents on cooperation in energy, transport, agriculture and culture were also signed.

The heads of state then made press statements.

AZERTAC

Share: Facebook | X | Telegram"""))

S.append(dict(id="h51-30", source="kabar.kg",
url="https://kabar.kg/eng/news/kyrgyz-mfa-hands-note-of-protest-to-tajik-ambassador/",
published_at="2022-09-16", body="""Kyrgyz MFA hands note of protest to Tajik ambassador

Bishkek, September 16 /Kabar/. The Ministry of Foreign Affairs of the Kyrgyz Republic summoned the Ambassador of the Republic of Tajikistan to Kyrgyzstan and handed him a note of protest over the shelling of Kyrgyz settlements in Batken region, the ministry's press service said.

The Kyrgyz side demanded that Tajikistan immediately cease fire and withdraw its military equipment from the border.

According to the Ministry of Health, the number of wounded has risen to 31.

Share: Facebook | Telegram | WhatsApp"""))

S.append(dict(id="h51-31", source="uza.uz",
url="https://uza.uz/en/posts/presidents-of-uzbekistan-and-kazakhstan-discuss-upcoming-state-visit_431208",
published_at="2022-12-12", body="""UzA | Politics | 12.12.2022

Presidents of Uzbekistan and Kazakhstan discuss upcoming state visit

President Shavkat Mirziyoyev had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.

The leaders discussed preparations for the state visit of the President of Kazakhstan to Uzbekistan, which will take place on December 21-22, as well as the agenda of the first meeting of the Supreme Interstate Council.

It was noted that a package of documents is being prepared, including a Treaty on Allied Relations.

The heads of state also exchanged views on cooperation in energy and water use during the winter period.

UzA"""))

S.append(dict(id="h51-32", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-to-attend-informal-ots-summit-in-budapest",
published_at="2025-05-20", body="""Erdoğan to attend informal OTS summit in Budapest

by DAILY SABAH | ISTANBUL May 20, 2025 - 11:04 am GMT+3

President Recep Tayyip Erdoğan will travel to Hungary on Wednesday to attend an informal summit of the Organization of Turkic States (OTS) in Budapest, the Directorate of Communications announced.

Erdoğan will also hold bilateral talks with Hungarian Prime Minister Viktor Orbán on the sidelines of the summit, the directorate said.

A meeting with Azerbaijani President Ilham Aliyev is also possible, according to diplomatic sources.

READ NEXT: Fidan, Rubio discuss Ukraine peace efforts in Antalya

Share on Facebook | Share on X"""))

S.append(dict(id="h51-33", source="intellinews.com",
url="https://www.intellinews.com/azerbaijan-turkmenistan-sign-mou-on-joint-development-of-dostlug-field-201453/",
published_at="2021-01-21", body="""bne IntelliNews | Oil & Gas | Caspian

BRENT $56.08 ▼ -0.1% | WTI $53.13 ▼ -0.3% | USD/AZN 1.70

Azerbaijan, Turkmenistan sign MoU on joint development of Dostlug field

Azerbaijan and Turkmenistan on January 21 signed a memorandum of understanding on the joint exploration and development of a disputed hydrocarbon field in the Caspian Sea, which Baku calls Kapaz and Ashgabat Serdar, and which will now be named Dostlug ("friendship").

The memorandum was signed by the two countries' deputy foreign ministers during a video conference between President Ilham Aliyev and President Gurbanguly Berdimuhamedov.

Subscribe to bne IntelliNews to read the full story."""))

S.append(dict(id="h51-34", source="gov.kz",
url="https://www.gov.kz/memleket/entities/mfa/press/news/details/662310?lang=en",
published_at="2023-11-02", body="""Ministry of Foreign Affairs of the Republic of Kazakhstan | Press service

Kazakh and Turkish Foreign Ministers hold talks in Astana

Astana, November 2, 2023 - Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held talks with Minister of Foreign Affairs of Türkiye Hakan Fidan, who arrived in Astana to attend the meeting of the Council of Foreign Ministers of the Organization of Turkic States.

The ministers discussed preparations for the upcoming OTS summit, as well as cooperation in trade, transport and energy.

Share | Print"""))

S.append(dict(id="h51-35", source="caucasuswatch.blogspot.com",
url="https://caucasuswatch.blogspot.com/2022/10/erdogan-and-pashinyan-meet-in-prague.html",
published_at="2022-10-07", body="""Caucasus Watch | Notes on politics in the South Caucasus

Friday, October 7, 2022

Erdogan and Pashinyan meet in Prague

Turkish President Erdogan and Armenian PM Pashinyan held their first ever bilateral meeting yesterday on the margins of the inaugural European Political Community summit at Prague Castle. According to Pashinyan's office they talked about normalization and the opening of the border.

Later the same evening Pashinyan and Aliyev sat down with Macron and Michel in a four-way format and agreed to an EU civilian mission along the border.

Posted by Caucasus Watch at 09:12 | 4 comments
Labels: Armenia, Turkey, EPC"""))

S.append(dict(id="h51-36", source="civil.ge",
url="https://civil.ge/archives/405331",
published_at="2021-03", body="""Civil.ge | Georgia's daily news online

PM Garibashvili in Baku on first foreign trip

Prime Minister Irakli Garibashvili arrived in Baku on an official visit, his first trip abroad since his reappointment as head of government in February.

Garibashvili was received by President Ilham Aliyev. The two discussed energy and transport projects, including the Baku-Tbilisi-Kars railway, as well as the situation in the region after last year's war in Karabakh.

The Prime Minister is also scheduled to meet his Azerbaijani counterpart Ali Asadov.

Tags: Garibashvili, Azerbaijan, Ilham Aliyev
Support Civil.ge"""))

S.append(dict(id="h51-37", source="radio.gov.pk",
url="https://www.radio.gov.pk/04-07-2025/pm-meets-aliyev-pezeshkian-on-sidelines-of-eco-summit",
published_at="2025-07-04", body="""Radio Pakistan | National | International | Business | Sports

PM meets Aliyev, Pezeshkian on sidelines of ECO summit

Prime Minister Muhammad Shehbaz Sharif met President of Azerbaijan Ilham Aliyev on the sidelines of the 17th summit of the Economic Cooperation Organization in Khankendi on Friday.

The Prime Minister thanked the Azerbaijani President for the warm hospitality and discussed trade, investment and energy cooperation.

Shehbaz Sharif also met Iranian President Masoud Pezeshkian. The two leaders discussed the regional situation and bilateral trade.

Share | Print"""))

S.append(dict(id="h51-38", source="orient.tm",
url="https://orient.tm/en/post/81420/turkmenistan-and-turkiye-sign-gas-supply-agreement",
published_at="2025-02", body="""Orient | Business | Energy

Turkmenistan and Türkiye sign gas supply agreement

Türkiye's state energy company BOTAŞ and State Concern Türkmengaz have signed an agreement on the supply of Turkmen natural gas to Türkiye, under which deliveries will start on March 1 via Iran under a swap arrangement.

The signing took place in Ashgabat during a visit by Türkiye's Minister of Energy and Natural Resources Alparslan Bayraktar, who was received by President Serdar Berdimuhamedov. The two discussed energy cooperation and the Trans-Caspian pipeline.

Volumes of up to 1.3 billion cubic meters a year are expected, according to Turkish media.

Share: Facebook | Telegram"""))

S.append(dict(id="h51-39", source="centralasianews24.top",
url="https://centralasianews24.top/politics/tokayev-arrives-in-baku-on-state-visit-50731",
published_at=None, body="""Tokayev arrives in Baku on state visit

Kazakh President Kassym-Jomart Tokayev has arrived in Baku on a state visit to Azerbaijan. He was met at Heydar Aliyev International Airport by Azerbaijani officials.

Talks with President Ilham Aliyev are expected to focus on the Trans-Caspian International Transport Route, oil transit through the Baku-Tbilisi-Ceyhan pipeline and cooperation within the Organization of Turkic States. A number of documents are to be signed.

Source: Kazinform
Trending: Tenge strengthens | Astana weather"""))

S.append(dict(id="h51-40", source="turan.az",
url="https://turan.az/en/politics/aliyev-will-not-go-to-granada-772014",
published_at="2023-10-04", body="""Turan Information Agency | Politics

Aliyev will not go to Granada

Baku / 04.10.23 / Turan: President Ilham Aliyev will not take part in the European Political Community summit in Granada on October 5, and the planned meeting with Armenian Prime Minister Nikol Pashinyan there will not take place, sources in Baku told APA and other media.

The reason given is France's "pro-Armenian" position and Baku's objection to Turkey not being invited to the five-way format with French President Macron, German Chancellor Scholz and EU Council President Michel.

Share | Print"""))
