# Short items (300-1,100 characters), h44-27 .. h44-40
S = []

S.append(dict(id="h44-27", source="bharian.com.my",
url="https://www.bharian.com.my/berita/nasional/2025/02/1362087/anwar-sambut-erdogan-di-perdana-putra",
published_at="2025-02-10", body="""Anwar sambut Erdogan di Perdana Putra

Oleh Mohd Iskandar Ibrahim
Februari 10, 2025 @ 12:41pm

PUTRAJAYA: Presiden Turkiye, Recep Tayyip Erdogan, disambut dengan upacara rasmi di Dataran Perdana, Bangunan Perdana Putra di sini, pagi tadi sempena lawatan rasmi dua hari ke Malaysia.

Erdogan yang tiba di Lapangan Terbang Antarabangsa Kuala Lumpur (KLIA) malam tadi, kemudian mengadakan pertemuan empat mata dengan Perdana Menteri, Datuk Seri Anwar Ibrahim, sebelum kedua-dua pemimpin mempengerusikan mesyuarat pertama Majlis Strategik Peringkat Tinggi Malaysia-Turkiye.

Kedua-dua pemimpin turut dijadual menyaksikan pertukaran beberapa memorandum persefahaman dalam bidang pertahanan, perdagangan, pendidikan dan media.

Selepas Malaysia, Erdogan akan meneruskan lawatan ke Indonesia dan Pakistan.

Baca juga: Turkiye rakan dagang penting Malaysia di Asia Barat

Topik berkaitan: #Anwar Ibrahim #Erdogan #Turkiye #Lawatan Rasmi"""))

S.append(dict(id="h44-28", source="mfa.gov.sg",
url="https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2024/06/20240610-PM-Intro-Visit-Malaysia",
published_at="2024-06", body="""Ministry of Foreign Affairs Singapore | Newsroom | Press Statements, Transcripts & Photos

Introductory Visit by Prime Minister Lawrence Wong to Malaysia, 11 to 12 June 2024

Prime Minister Lawrence Wong will make an introductory visit to Malaysia from 11 to 12 June 2024 at the invitation of Prime Minister Dato' Seri Anwar Ibrahim.

Prime Minister Wong will receive an official welcome at Perdana Putra on 11 June, followed by a four-eyes meeting and a delegation meeting with Prime Minister Anwar. The two leaders will hold a joint press conference. Prime Minister Wong will also have an audience with His Majesty Sultan Ibrahim, King of Malaysia.

Prime Minister Wong will be accompanied by Minister for Foreign Affairs Dr Vivian Balakrishnan and officials from the Prime Minister's Office and the Ministry of Foreign Affairs.

MINISTRY OF FOREIGN AFFAIRS
SINGAPORE
10 JUNE 2024

Share: Facebook | X | Email | Print

Other news
Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's Doorstop Interview"""))

S.append(dict(id="h44-29", source="philstar.com",
url="https://www.philstar.com/headlines/2024/01/31/2329841/philippines-vietnam-sign-coast-guard-rice-deals-during-marcos-visit",
published_at="2024-01-31", body="""Philippines, Vietnam sign coast guard, rice deals during Marcos visit

Alexis Romero - The Philippine Star
January 31, 2024 | 12:00am

HANOI - The Philippines and Vietnam yesterday signed agreements on coast guard cooperation and incident prevention in the South China Sea, as President Marcos held talks with Vietnamese President Vo Van Thuong on the first day of his two-day state visit here.

The two leaders also witnessed the signing of a memorandum on rice trade, under which Vietnam will supply the Philippines with rice at affordable prices. Vietnam accounts for the bulk of the country's rice imports.

Marcos also met Prime Minister Pham Minh Chinh and Communist Party chief Nguyen Phu Trong.

Share: Facebook | X | Viber

Subscribe to The Philippine STAR e-paper

FOLLOW US: Facebook | Instagram | YouTube"""))

S.append(dict(id="h44-30", source="nst.com.my",
url="https://www.nst.com.my/news/nation/2024/09/1102841/anwar-putin-hold-talks-vladivostok",
published_at="2024-09-05", body="""New Straits Times | News | Business | Lifestyle | Sports | Opinion | World

Anwar, Putin hold talks in Vladivostok

By Nuradzimmah Daim
September 5, 2024 @ 8:14pm

VLADIVOSTOK: Prime Minister Datuk Seri Anwar Ibrahim met Russian President Vladimir Putin on the sidelines of the Eastern Economic Forum here today.

Anwar, who is attending the forum as a guest of the Russian government, said they discussed trade, energy and Malaysia's application to join Brics.

Putin invited Anwar to attend the Brics summit in Kazan in October. Anwar said he would consider the invitation.

Anwar arrived here yesterday and will return home tonight.

Related: Malaysia-Russia trade rose 6.5 per cent last year

Tags: #Anwar #Putin #Russia #EEF"""))

S.append(dict(id="h44-31", source="khmerdiplomacy-digest.blogspot.com",
url="https://khmerdiplomacy-digest.blogspot.com/2023/12/pm-hun-manet-to-visit-vietnam-dec-11-12.html",
published_at="2023-12", body="""Khmer Diplomacy Digest

PM Hun Manet to pay official visit to Vietnam, Dec 11-12

Prime Minister Hun Manet will pay an official visit to Vietnam on December 11-12 at the invitation of Vietnamese Prime Minister Pham Minh Chinh, the Ministry of Foreign Affairs and International Cooperation announced.

It will be his first official visit to an ASEAN country since he took office in August. His first official visit abroad was to China in September.

Last week, Vietnamese Ambassador Nguyen Huy Tang paid a courtesy call on the Prime Minister to discuss preparations.

Posted by KD Digest at 9:14 AM
Labels: Cambodia, Vietnam, Hun Manet
No comments:
Post a Comment"""))

S.append(dict(id="h44-32", source="theedgemalaysia.com",
url="https://theedgemalaysia.com/article/singapore-indonesia-sign-fir-extradition-defence-pacts-bintan-retreat",
published_at="2022-01-25", body="""FBMKLCI 1,520.45 ▼ -9.31 | STI 3,291.18 ▼ -20.44 | JCI 6,611.94 ▼ -114.43 | USD/SGD 1.3478

Singapore, Indonesia sign FIR, extradition and defence pacts at Bintan retreat

By Reuters / theedgemalaysia.com
25 Jan 2022, 07:35 pm

SINGAPORE (Jan 25): Singapore and Indonesia signed agreements on airspace management, extradition and defence cooperation on Tuesday, at a leaders' retreat on the Indonesian island of Bintan attended by Prime Minister Lee Hsien Loong and President Joko Widodo.

Under the airspace deal, Indonesia will take over control of part of the flight information region around the Riau Islands that has been managed by Singapore since 1946.

Analysts said the package could help Singapore's aviation sector plan with greater certainty.

Share: Facebook | Twitter | LinkedIn"""))

S.append(dict(id="h44-33", source="minister.defence.gov.au",
url="https://www.minister.defence.gov.au/media-releases/2024-08-29/australia-and-indonesia-sign-defence-cooperation-agreement",
published_at="2024-08-29", body="""Defence Ministers | Media releases

Australia and Indonesia sign Defence Cooperation Agreement

29 August 2024

The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, and the Minister of Defence of the Republic of Indonesia, His Excellency Prabowo Subianto, today signed the Australia-Indonesia Defence Cooperation Agreement at the Royal Military College, Duntroon, in Canberra.

The treaty-level Agreement will strengthen practical cooperation between our defence forces, including through exercises, maritime security and interoperability.

The Agreement will enter into force once both countries have completed their domestic processes.

Media contact: Deputy Prime Minister's Office
Defence Media: media@defence.gov.au"""))

S.append(dict(id="h44-34", source="malaysiandigest.com",
url="http://www.malaysiandigest.com/news/497810-obama-arrives-in-kl-first-us-president-to-visit-since-1966.html",
published_at="2014-04-26", body="""Obama arrives in KL, first US president to visit since 1966

Saturday, 26 April 2014 19:33

KUALA LUMPUR: US President Barack Obama arrived at the Bunga Raya Complex of the Kuala Lumpur International Airport this evening from Seoul, the first sitting American president to visit Malaysia since Lyndon B. Johnson in 1966.

He was greeted by Malaysian government officials before attending a state banquet hosted by the Yang di-Pertuan Agong at Istana Negara.

Obama will hold talks with Prime Minister Datuk Seri Najib Razak at Perdana Putra tomorrow. He is scheduled to fly to Manila on Monday for the last leg of his four-nation Asian tour, which began in Tokyo.

Share | Email | Print"""))

S.append(dict(id="h44-35", source="laotiantimes.com",
url="https://laotiantimes.com/2021/12/03/laos-china-railway-officially-opens-as-leaders-join-by-video-link/",
published_at="2021-12-03", body="""Laos-China Railway officially opens as leaders join by video link

By Laotian Times
December 3, 2021

The Laos-China Railway was officially opened on Friday, with Lao President Thongloun Sisoulith and Chinese President Xi Jinping attending the ceremony by video link from Vientiane and Beijing.

Before the ceremony, the two leaders held talks via video link, discussing the railway and cooperation under the Belt and Road Initiative.

The 1,035-km line links Vientiane with Kunming. Passenger services start on Saturday.

Related: What you need to know before booking a train ticket

Tags: Laos-China Railway, Thongloun Sisoulith, Xi Jinping"""))

S.append(dict(id="h44-36", source="gmanetwork.com",
url="https://www.gmanetwork.com/news/topstories/nation/891403/dfa-summons-chinese-envoy-over-water-cannon-attacks/story/",
published_at="2023-12-11", body="""DFA summons Chinese envoy over water cannon attacks

Published December 11, 2023 5:22pm

The Department of Foreign Affairs (DFA) on Monday summoned Chinese Ambassador Huang Xilian to protest the use of water cannons by Chinese coast guard ships against Philippine vessels near Bajo de Masinloc and Ayungin Shoal over the weekend.

The DFA said it also lodged a diplomatic protest and called on China to stop its "aggressive actions."

—KBK, GMA Integrated News

Follow GMA Integrated News on Google News"""))

S.append(dict(id="h44-37", source="smh.com.au",
url="https://www.smh.com.au/politics/federal/joko-widodo-postpones-australia-visit-after-jakarta-protests-20161105-gsiqz2.html",
published_at="2016-11", body="""Joko Widodo postpones Australia visit after Jakarta protests

Indonesian President Joko Widodo has postponed his first official visit to Australia, due to start this weekend, after a protest against Jakarta's governor turned violent on Friday night.

A spokesman for Prime Minister Malcolm Turnbull said the government understood the decision and looked forward to welcoming the President at a later date. No new dates have been announced.

License this article
Politics | Indonesia | Joko Widodo"""))

S.append(dict(id="h44-38", source="en.tempo.co",
url="https://en.tempo.co/read/1587211/jokowi-phones-putin-zelensky-ahead-of-g20-bali-summit",
published_at="2022-04-29", body="""Tempo.co English
Jokowi Phones Putin, Zelensky Ahead of G20 Bali Summit

Friday, 29 April 2022 16:03 WIB

TEMPO.CO, Jakarta - President Joko "Jokowi" Widodo said he had spoken by telephone with Russian President Vladimir Putin on Thursday and with Ukrainian President Volodymyr Zelensky the day before, as Indonesia prepares for the G20 summit in Bali in November.

Jokowi said Putin had thanked him for the invitation to the summit and said he would attend. He also invited Zelensky to the summit, but said Zelensky had not yet given an answer.

Reporter: Daniel A. Fajri
Editor: Laila Afifa

Read also: Retno: G20 presidency committed to inclusivity"""))

S.append(dict(id="h44-39", source="nationthailand.com",
url="https://www.nationthailand.com/thailand/politics/40028912",
published_at="2023-07-12", body="""Don says he met Suu Kyi during Naypyitaw trip

PUBLISHED : July 12, 2023

Foreign Minister Don Pramudwinai told his Asean counterparts in Jakarta on Wednesday that he had met detained former leader Aung San Suu Kyi during a visit to Naypyitaw on Sunday, where he also held talks with officials of Myanmar's military government.

Don said Suu Kyi was in good health and supported dialogue. He did not give further details.

The trip was criticised by some Asean members, who said Thailand was acting outside the bloc's five-point consensus.

Tags: Don Pramudwinai, Aung San Suu Kyi, Myanmar, Asean"""))

S.append(dict(id="h44-40", source="indonesianewsnow.xyz",
url="https://indonesianewsnow.xyz/prabowo-to-be-chief-guest-at-india-republic-day-parade/",
published_at=None, body="""Prabowo to be chief guest at India's Republic Day parade

Indonesian President Prabowo Subianto will be the chief guest at India's Republic Day celebrations in New Delhi on January 26, the Indian Ministry of External Affairs said. He will hold talks with Prime Minister Narendra Modi during the state visit.

Prabowo and Modi last met on the sidelines of the G20 summit in Rio de Janeiro in November.

Indonesian media reported that Prabowo could stop over in Malaysia on his way home.

Source link
You may also like: Rupiah weakens ahead of Bank Indonesia decision"""))
