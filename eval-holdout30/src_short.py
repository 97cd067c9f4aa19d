# Short items (300-1,100 characters), h30-27 .. h30-40
S = []

S.append(dict(id="h30-27", source="nasional.kompas.com",
url="https://nasional.kompas.com/read/2022/06/06/12345671/jokowi-terima-pm-australia-anthony-albanese-di-istana-bogor",
published_at="2022-06-06", body="""Jokowi Terima PM Australia Anthony Albanese di Istana Bogor

Kompas.com - 06/06/2022, 12:41 WIB

BOGOR, KOMPAS.com - Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Kepresidenan Bogor, Jawa Barat, Senin (6/6/2022).

Kunjungan ini merupakan lawatan bilateral pertama Albanese ke luar negeri sejak dilantik bulan lalu. Kedua pemimpin membahas kerja sama perdagangan dan investasi, termasuk pemanfaatan perjanjian kemitraan ekonomi komprehensif IA-CEPA, serta transisi energi.

Albanese didampingi Menteri Luar Negeri Penny Wong dan sejumlah pimpinan perusahaan Australia.

Penulis: Ardito Ramadhan | Editor: Dani Prabowo

Baca juga: Jokowi Akan Hadiri KTT G7 di Jerman

Simak breaking news pilihan kami langsung di ponselmu. Pilih saluran favoritmu: WhatsApp Channel | Google News"""))

S.append(dict(id="h30-28", source="akp.gov.kh",
url="https://www.akp.gov.kh/post/detail/289114",
published_at="2023-09", body="""Agence Kampuchea Presse (AKP)

Samdech Thipadei Hun Manet to Pay Official Visit to China

Phnom Penh (AKP) - Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, will pay an official visit to the People's Republic of China from Sept. 14 to 17 at the invitation of H.E. Li Qiang, Premier of the State Council, according to a press release of the Ministry of Foreign Affairs and International Cooperation.

During the visit, Samdech Thipadei will hold talks with Premier Li Qiang and pay a courtesy call on H.E. Xi Jinping, President of the People's Republic of China. Samdech Thipadei will also attend the opening of the 20th China-ASEAN Expo in Nanning.

A number of cooperation documents are expected to be signed.

By LIM Nary

Share | Print | Other News: Cambodia, Laos Agree to Boost Border Trade"""))

S.append(dict(id="h30-29", source="kathmandupost.com",
url="https://kathmandupost.com/national/2024/12/04/nepal-and-china-sign-belt-and-road-framework",
published_at="2024-12-04", body="""Nepal and China sign Belt and Road cooperation framework

The agreement was signed in Beijing during Prime Minister Oli's official visit. Nepal says projects will be financed through 'aid financing'.

Post Report
Published at: December 4, 2024

Kathmandu/Beijing - Nepal and China on Wednesday signed a framework for cooperation under the Belt and Road Initiative in Beijing, in the presence of Prime Minister KP Sharma Oli, who is on a four-day official visit to China.

The document was signed by Foreign Secretary Amrit Bahadur Rai and a vice-chairman of China's National Development and Reform Commission after months of wrangling over whether projects would be funded by grants or loans.

Oli held talks with Premier Li Qiang on Tuesday and met President Xi Jinping on Wednesday.

Published at : December 4, 2024 | Updated: December 4, 2024 21:10

Share | Tags: KP Sharma Oli, Belt and Road, China"""))

S.append(dict(id="h30-30", source="bworldonline.com",
url="https://www.bworldonline.com/top-stories/2024/10/07/625311/phl-south-korea-sign-nuclear-minerals-deals-during-yoon-visit/",
published_at="2024-10-07", body="""BusinessWorld
Top Stories

PHL, South Korea sign nuclear, critical minerals deals during Yoon visit

October 7, 2024 | 9:02 pm

THE PHILIPPINES and South Korea signed agreements on Monday covering a feasibility study to revive the mothballed Bataan Nuclear Power Plant and cooperation on critical minerals, as President Ferdinand R. Marcos, Jr. hosted South Korean President Yoon Suk Yeol at Malacanang.

The two leaders also upgraded ties to a strategic partnership, 75 years after diplomatic relations were established.

Mr. Yoon, who arrived on Sunday for a state visit, leaves on Tuesday for Singapore, before attending the ASEAN summits in Vientiane. - Kyle Aristophere T. Atienza

PSEi 7,298.15 -0.42% | USD/PHP 56.515"""))

S.append(dict(id="h30-31", source="southasiawatch.blogspot.com",
url="https://southasiawatch.blogspot.com/2015/12/modi-lahore-surprise-stopover-nawaz.html",
published_at="2015-12", body="""South Asia Watch

Modi drops in on Nawaz in Lahore. Now what?

Friday, December 25, 2015

Nobody saw this coming. On his way back from Kabul, where he had inaugurated the new Afghan parliament building, Narendra Modi tweeted that he was stopping in Lahore, and a couple of hours later Nawaz Sharif was hugging him on the tarmac at Allama Iqbal airport.

The two flew by helicopter to Sharif's family estate at Raiwind, where it happened to be both Sharif's birthday and his granddaughter's wedding. The visit lasted about 90 minutes, the first by an Indian PM to Pakistan since 2004.

Foreign secretaries are due to meet in Islamabad in mid-January to start the new "comprehensive dialogue". Let's see if it survives the first attack.

Posted by S.A.W. at 11:52 PM | 7 comments

Labels: India, Pakistan, Modi, Nawaz Sharif"""))

S.append(dict(id="h30-32", source="mofa.go.jp",
url="https://www.mofa.go.jp/s_sa/sea2/ph/page1e_000812.html",
published_at="2023-11-04", body="""Ministry of Foreign Affairs of Japan

Japan-Philippines Summit Meeting

November 3, 2023

On November 3, commencing at 6:15 p.m. (local time) for approximately 90 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting the Republic of the Philippines, held a summit meeting with H.E. Mr. Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines.

The two leaders welcomed the signing of the Exchange of Notes on the provision of coastal radar systems to the Philippine Navy, the first project under Official Security Assistance (OSA), and confirmed the start of negotiations on a Reciprocal Access Agreement.

Following the visit to the Philippines, Prime Minister Kishida will visit Malaysia.

Back to Japan-Philippines Relations | Page Top"""))

S.append(dict(id="h30-33", source="thenational.com.pg",
url="https://www.thenational.com.pg/marape-to-address-australian-parliament/",
published_at="2024-02", body="""The National

Marape to address Australian Parliament

PRIME Minister James Marape will travel to Canberra next week, where he will become the first Pacific leader to address a joint sitting of the Australian Parliament.

Marape accepted the invitation from his Australian counterpart Anthony Albanese, who addressed Papua New Guinea's Parliament in January last year. The two leaders will also hold talks on implementing the bilateral security agreement they signed in Canberra in December.

"It is an honour for our country," Marape said.

Share | Tweet | Comments (4)"""))

S.append(dict(id="h30-34", source="kuenselonline.com",
url="https://kuenselonline.com/indian-pm-modis-state-visit-postponed-due-to-weather/",
published_at="2024-03-21", body="""Kuensel Online

Indian PM's state visit postponed due to weather

Thinley Namgay

The state visit of Indian Prime Minister Narendra Modi to Bhutan, scheduled for March 21 and 22, has been postponed owing to inclement weather over Paro airport, the foreign ministry announced yesterday.

New dates will be worked out through diplomatic channels, the ministry said.

Preparations in Thimphu, including welcome arches along the expressway, had been completed. Prime Minister Tshering Tobgay returned last week from India, where he held talks with Prime Minister Modi.

Subscribe to Kuensel e-paper | Share"""))

S.append(dict(id="h30-35", source="theedgemalaysia.com",
url="https://theedgemalaysia.com/node/716204",
published_at="2024-06-19", body="""The Edge Malaysia
Economy

Malaysia, China renew five-year economic pact as Li Qiang visits

June 19, 2024 18:47 pm +08

PUTRAJAYA (June 19): Malaysia and China renewed their five-year economic and trade cooperation agreement on Wednesday and exchanged more than a dozen memoranda of understanding in the presence of Prime Minister Datuk Seri Anwar Ibrahim and Chinese Premier Li Qiang.

Li, who arrived on Tuesday from Australia, also said China would extend visa-free entry for Malaysians.

Shares in construction firms linked to the East Coast Rail Link rose 2% to 4%.

FBM KLCI 1,596.18 +2.31 | USD/MYR 4.7120"""))

S.append(dict(id="h30-36", source="newsonair.gov.in",
url="https://www.newsonair.gov.in/pm-modi-president-trump-hold-telephone-conversation/",
published_at="2025-06-18", body="""All India Radio News

PM Modi, President Trump hold telephone conversation

June 18, 2025 | 8:40 AM

Prime Minister Narendra Modi and US President Donald Trump spoke over the phone on Tuesday for about 35 minutes, Foreign Secretary Vikram Misri said. The call was held at the US side's request after President Trump left the G7 Summit in Canada early.

Prime Minister Modi said India would never accept mediation with Pakistan. President Trump invited him to stop in the US on his way back from Canada, but the Prime Minister could not accept because of prior commitments. Mr Modi in turn invited President Trump to India for the next Quad Summit.

Share: X | Facebook | WhatsApp"""))

S.append(dict(id="h30-37", source="ispr.gov.pk",
url="https://ispr.gov.pk/press-release-detail?id=7312",
published_at="2025-06-19", body="""Inter Services Public Relations
Press Release

No PR-112/2025-ISPR | Rawalpindi - June 19, 2025

Field Marshal Syed Asim Munir, NI (M), Chief of Army Staff, met the President of the United States of America, Donald J. Trump, at the White House on 18 June 2025, during a luncheon hosted by the President in the Cabinet Room.

The Field Marshal thanked President Trump for his role in facilitating the ceasefire between Pakistan and India. The two sides discussed trade, economic development, mines and minerals, and counter-terrorism cooperation.

The meeting, originally scheduled for one hour, lasted over two hours.

Share | Print"""))

S.append(dict(id="h30-38", source="dfa.gov.ph",
url="https://dfa.gov.ph/dfa-news/news-from-our-foreign-service-postsupdate/34612-philippines-china-hold-bcm-in-manila",
published_at="2024-07-02", body="""Department of Foreign Affairs
Republic of the Philippines

Philippines, China Hold Bilateral Consultation Mechanism Meeting on the South China Sea in Manila

02 July 2024 - The Philippines and China held the latest meeting of the Bilateral Consultation Mechanism (BCM) on the South China Sea in Manila today. Foreign Affairs Undersecretary for Policy Maria Theresa P. Lazaro and Chinese Vice Foreign Minister Chen Xiaodong led their delegations.

The two sides had frank and constructive discussions on the situation at Ayungin Shoal and agreed to continue talks on arrangements to de-escalate tensions, without prejudice to their respective positions.

They agreed to hold the next BCM meeting in China in the second half of the year.

END"""))

S.append(dict(id="h30-39", source="asiapolitix.net",
url="https://asiapolitix.net/2019/04/24/xi-receives-abe-letter-from-ldp-nikai/",
published_at="2019-04-24", body="""AsiaPolitix

Xi receives Abe letter from LDP's Nikai, says ties 'back on normal track'

April 24, 2019 | Japan, China

Chinese President Xi Jinping met Toshihiro Nikai, secretary-general of Japan's ruling Liberal Democratic Party, in Beijing on Wednesday and received a personal letter from Prime Minister Shinzo Abe. Nikai is in China as Abe's special envoy to the Belt and Road Forum.

Xi said bilateral relations had returned to a normal track. Xi will travel to Osaka in June for the G20 summit, and the two governments are arranging a meeting with Abe on the sidelines.

Source: agencies | Share: Twitter | Facebook | Reddit

You may also like: Abe makes first official visit to China in seven years"""))

S.append(dict(id="h30-40", source="worldbrief24.com",
url="https://worldbrief24.com/politics/newsom-meets-xi-jinping-beijing-climate/",
published_at=None, body="""California Gov. Newsom meets Xi Jinping in Beijing

California Governor Gavin Newsom met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday, the highlight of a week-long trip focused on climate cooperation.

Newsom, the first US governor to visit China in years, earlier met Vice President Han Zheng and Foreign Minister Wang Yi, and signed climate agreements with officials in Beijing, Jiangsu and Guangdong.

The talks come ahead of next month's APEC summit in San Francisco, where US officials have not ruled out a meeting between Xi and President Joe Biden.

Tags: China, California, climate | 0 comments"""))
