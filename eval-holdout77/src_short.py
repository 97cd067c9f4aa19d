# Short items (300-1,100 characters), h77-27 .. h77-40
S = []

S.append(dict(id="h77-27", source="rfi.fr",
url="https://www.rfi.fr/fr/afrique/20230303-emmanuel-macron-%C3%A0-luanda-deuxi%C3%A8me-%C3%A9tape-de-sa-tourn%C3%A9e-africaine",
published_at="2023-03-03", body="""Emmanuel Macron à Luanda, deuxième étape de sa tournée africaine

Publié le : 03/03/2023 - 14:20

Le président français Emmanuel Macron est arrivé vendredi à Luanda, où il s'est entretenu avec son homologue angolais João Lourenço, après deux jours passés à Libreville pour le One Forest Summit et un tête-à-tête avec Ali Bongo Ondimba.

Les deux chefs d'État ont signé un accord pour développer la filière agricole angolaise. Le chef de l'État français doit ensuite se rendre à Brazzaville, où il sera reçu par Denis Sassou Nguesso, puis à Kinshasa pour rencontrer Félix Tshisekedi, sur fond de tensions dans l'est de la RDC.

Par : RFI

Abonnez-vous à la newsletter Afrique | Partager : Facebook Twitter WhatsApp"""))

S.append(dict(id="h77-28", source="inform.kz",
url="https://www.inform.kz/en/blinken-meets-tokayev-in-astana-tashkent-next_a4039912",
published_at="2023-02-28", body="""Kazinform

Blinken meets Tokayev in Astana, Tashkent next

ASTANA. KAZINFORM – President Kassym-Jomart Tokayev received US Secretary of State Antony Blinken at the Akorda on Tuesday, the Kazakh President's press service reports.

Blinken arrived in Astana on Monday night on his first trip to Central Asia as Secretary of State. Earlier on Tuesday he held talks with Foreign Minister Mukhtar Tileuberdi and chaired a C5+1 ministerial meeting with the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.

On Wednesday Blinken is due in Tashkent for talks with Uzbek President Shavkat Mirziyoyev, before flying to New Delhi for the G20 foreign ministers' meeting.

Tenge: 445.12 per USD

Read also: Kazakhstan, Kyrgyzstan to build new border checkpoint"""))

S.append(dict(id="h77-29", source="latamwire-news.net",
url="https://latamwire-news.net/2025/02/01/trump-envoy-grenell-meets-maduro-in-caracas-six-americans-freed/",
published_at="2025-02-01", body="""Trump envoy Grenell meets Maduro in Caracas; six Americans freed

Richard Grenell, President Donald Trump's envoy for special missions, met Venezuelan leader Nicolás Maduro at the Miraflores presidential palace in Caracas on Friday and flew home with six Americans who had been detained in the country.

Venezuelan state television showed the two men shaking hands. Maduro said afterwards that he had proposed "a new beginning" in relations, while the White House said the trip was about deportation flights and the detained Americans.

Source link | Posted in World News

Trending: Oil prices edge higher | Mexico braces for tariffs"""))

S.append(dict(id="h77-30", source="borneobulletin.com.bn",
url="https://borneobulletin.com.bn/his-majesty-indian-pm-hold-talks-at-istana-nurul-iman/",
published_at="2024-09-04", body="""Borneo Bulletin

His Majesty, Indian PM hold talks at Istana Nurul Iman

Rokiah Mahmud

His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, the Sultan and Yang Di-Pertuan of Brunei Darussalam, held bilateral talks with Prime Minister of the Republic of India Narendra Modi at Istana Nurul Iman today, marking 40 years of diplomatic ties.

Modi arrived in the Sultanate on Tuesday for the first bilateral visit by an Indian prime minister. The leaders agreed to elevate relations to an Enhanced Partnership.

Modi leaves for Singapore this afternoon, where he will meet Prime Minister Lawrence Wong.

Photo: Infofoto

Share this: Facebook | X | WhatsApp"""))

S.append(dict(id="h77-31", source="24.kg",
url="https://24.kg/english/323519_Japarov_and_Rahmon_sign_state_border_treaty_in_Bishkek/",
published_at="2025-03", body="""24.kg news agency

Japarov and Rahmon sign state border treaty in Bishkek

BISHKEK. Presidents of Kyrgyzstan and Tajikistan Sadyr Japarov and Emomali Rahmon signed the treaty on the Kyrgyz-Tajik state border in Bishkek on Thursday, ending decades of disputes that led to deadly clashes in 2021 and 2022.

Rahmon is in Kyrgyzstan on a state visit. The two leaders also signed agreements on reopening checkpoints and on resuming air traffic.

The presidents of Kyrgyzstan, Tajikistan and Uzbekistan are expected to meet in Khujand later this month to sign a document on the junction point of the three countries' borders.

Follow 24.kg on Telegram | USD 87.45 som"""))

S.append(dict(id="h77-32", source="zenit.org",
url="https://zenit.org/2023/06/29/cardinal-zuppi-concludes-moscow-mission/",
published_at="2023-06-29", body="""ZENIT - English

Cardinal Zuppi Concludes Moscow Mission

Cardinal Matteo Zuppi, the Pope's peace envoy for Ukraine, concluded a two-day visit to Moscow on Thursday, June 29, during which he met President Vladimir Putin's foreign policy adviser Yuri Ushakov and Russia's children's rights commissioner Maria Lvova-Belova, the Holy See Press Office said.

The visit aimed "to encourage humanitarian gestures", in particular the return of Ukrainian children. Zuppi also met Patriarch Kirill.

Earlier this month the cardinal travelled to Kyiv, where he met President Volodymyr Zelensky.

Support ZENIT: Donate | Subscribe to our daily newsletter"""))

S.append(dict(id="h77-33", source="shabait.com",
url="https://shabait.com/2024/10/10/tripartite-summit-of-eritrea-egypt-and-somalia-opens-in-asmara/",
published_at="2024-10-10", body="""Shabait - Ministry of Information, Eritrea

Tripartite Summit of Eritrea, Egypt and Somalia Opens in Asmara

Asmara, 10 October 2024 - President Isaias Afwerki today welcomed President Abdel Fattah El-Sisi of Egypt at Asmara International Airport for a tripartite summit of the leaders of Eritrea, Egypt and Somalia.

President Hassan Sheikh Mohamud of Somalia arrived in Asmara yesterday and held talks with President Isaias on bilateral ties and regional developments.

The summit is discussing regional peace and security and strengthening cooperation among the three countries.

Shabait.com | Print | Share"""))

S.append(dict(id="h77-34", source="theeastafrican.co.ke",
url="https://www.theeastafrican.co.ke/tea/news/east-africa/tshisekedi-kagame-meet-in-doha-call-for-ceasefire-4972150",
published_at="2025-03-19", body="""The EastAfrican

Tshisekedi, Kagame meet in Doha, call for ceasefire

By EastAfrican Correspondent

Presidents Félix Tshisekedi of the Democratic Republic of Congo and Paul Kagame of Rwanda met in Doha on Tuesday in talks hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, their first face-to-face encounter since M23 rebels seized Goma in January.

A joint statement said the two leaders backed an "immediate and unconditional ceasefire" in eastern DRC.

The same day, planned talks between Kinshasa and the M23 in Luanda collapsed after the rebels pulled out.

Subscribe for Sh10 a day | Share"""))

S.append(dict(id="h77-35", source="japantoday.com",
url="https://japantoday.com/category/politics/saudi-king-salman-arrives-in-tokyo",
published_at="2017-03", body="""Japan Today

Saudi King Salman arrives in Tokyo

TOKYO — Saudi Arabia's King Salman arrived in Tokyo on Sunday, the first visit to Japan by a Saudi monarch in 46 years, with an entourage of around 1,000 people.

The king, who flew in from Brunei after a long stay in Indonesia, is to hold talks with Prime Minister Shinzo Abe on Monday and meet Emperor Akihito. The two governments are expected to sign agreements on energy and investment linked to Saudi Vision 2030.

From Japan he heads to China. A planned stop in the Maldives has been called off.

Nikkei 19,604 ▲ | USD/JPY 114.8

Comments: 12 | Share"""))

S.append(dict(id="h77-36", source="profit.pakistantoday.com.pk",
url="https://profit.pakistantoday.com.pk/2019/02/18/pakistan-saudi-arabia-sign-mous-worth-20bn/",
published_at="2019-02-18", body="""Profit by Pakistan Today

Pakistan, Saudi Arabia sign MoUs worth $20bn during crown prince's visit

ISLAMABAD: Pakistan and Saudi Arabia signed seven memoranda of understanding worth $20 billion on Sunday night, including an oil refinery in Gwadar, after Crown Prince Mohammed bin Salman arrived in Islamabad.

The crown prince, on his first visit as heir to the throne, held talks with Prime Minister Imran Khan and will be conferred the Nishan-e-Pakistan on Monday. He then travels to India and on to China.

KSE-100 41,220 ▲ 0.6% | USD/PKR 138.9

Share | Comments (3)"""))

S.append(dict(id="h77-37", source="freemalaysiatoday.com",
url="https://www.freemalaysiatoday.com/category/nation/2025/01/10/anwar-ishiba-agree-to-boost-defence-energy-ties/",
published_at="2025-01-10", body="""FMT

Anwar, Ishiba agree to boost defence, energy ties

PUTRAJAYA: Prime Minister Anwar Ibrahim and his Japanese counterpart Shigeru Ishiba today agreed to strengthen cooperation in defence, energy transition and semiconductors, as the Japanese leader made Malaysia the first stop of his first bilateral trip abroad.

Ishiba arrived last night and will leave for Indonesia tomorrow to meet President Prabowo Subianto in Bogor.

Follow FMT on Telegram | Stay current - Follow FMT on WhatsApp"""))

S.append(dict(id="h77-38", source="ekathimerini.com",
url="https://www.ekathimerini.com/news/230126/athens-skopje-sign-name-deal-at-prespa/",
published_at="2018-06", body="""eKathimerini.com

Athens, Skopje sign name deal at Prespa

The foreign ministers of Greece and the Former Yugoslav Republic of Macedonia, Nikos Kotzias and Nikola Dimitrov, signed an agreement on Sunday at the lakeside village of Psarades settling the decades-old name dispute, in the presence of Prime Ministers Alexis Tsipras and Zoran Zaev.

Under the deal, the neighbouring country will be renamed North Macedonia. After the ceremony, Tsipras crossed the border for lunch with Zaev in Otesevo, on the other side of the lake.

Protesters clashed with police near the village.

Share | Comments 27"""))

S.append(dict(id="h77-39", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/25441/Prime_Ministers_visit_to_Kazakhstan",
published_at="2015-07-07", body="""Ministry of External Affairs, Government of India

Press Releases

Prime Minister's visit to Kazakhstan (July 07-08, 2015)

July 07, 2015

Prime Minister Shri Narendra Modi arrived in Astana today on the second leg of his visit to the five Central Asian countries and Russia. He will hold talks with President Nursultan Nazarbayev tomorrow.

The Prime Minister arrived from Tashkent, where he held talks with President Islam Karimov yesterday.

From Astana, the Prime Minister will travel to Ufa to attend the BRICS and SCO summits, and subsequently visit Turkmenistan, Kyrgyzstan and Tajikistan.

Astana
July 07, 2015

Print | Share"""))

S.append(dict(id="h77-40", source="worldnewsdigest24.com",
url="https://worldnewsdigest24.com/honduras-establishes-diplomatic-relations-with-china/",
published_at=None, body="""Honduras establishes diplomatic relations with China

Honduras and China established diplomatic relations on Sunday, after Honduran Foreign Minister Eduardo Reina and his Chinese counterpart Qin Gang signed a joint communique in Beijing.

The move came a day after Tegucigalpa broke off ties with Taiwan, leaving the island with 13 diplomatic allies. Reina said President Xiomara Castro would visit China "soon".

You may also like:
Tsai to visit Guatemala, Belize with US stopovers
Peso firms as Banxico holds rates

Source link"""))
