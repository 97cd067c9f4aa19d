# Short items (300-1,100 characters), h76-27 .. h76-40
S = []

S.append(dict(id="h76-27", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/internacional/noticia/2024-06/alckmin-e-recebido-por-xi-jinping-em-pequim",
published_at="2024-06-07", body="""Alckmin é recebido por Xi Jinping em Pequim e copreside reunião da Cosban

Publicado em 07/06/2024 - 11:20 Por Mariana Teixeira - Repórter da Agência Brasil - Brasília

O vice-presidente da República e ministro do Desenvolvimento, Indústria, Comércio e Serviços, Geraldo Alckmin, foi recebido nesta sexta-feira (7) pelo presidente da China, Xi Jinping, no Grande Salão do Povo, em Pequim.

Mais cedo, Alckmin e o vice-presidente chinês, Han Zheng, presidiram a sétima sessão da Comissão Sino-Brasileira de Alto Nível de Concertação e Cooperação (Cosban). Xi deve fazer visita de Estado a Brasília em novembro, após a cúpula do G20 no Rio de Janeiro.

Edição: Carla Nunes

Tags: China, Alckmin, Xi Jinping, Cosban"""))

S.append(dict(id="h76-28", source="taiwannews.com.tw",
url="https://www.taiwannews.com.tw/en/news/4966102",
published_at="2023-08", body="""Taiwan News | Politics

Former Japanese PM Aso meets Tsai, urges 'resolve to fight' to deter war

TAIPEI (Taiwan News) — Aso Taro, Vice President of Japan's ruling Liberal Democratic Party and a former prime minister, met President Tsai Ing-wen at the Presidential Office on Tuesday, the second day of a three-day trip that makes him the most senior LDP official to visit Taiwan since Tokyo switched diplomatic recognition to Beijing in 1972.

Speaking at the Ketagalan Forum earlier in the day, the former premier said Japan, the United States and Taiwan needed to show "the resolve to fight" in order to deter a conflict in the Taiwan Strait.

China's embassy in Tokyo said it had lodged stern representations over his remarks.

By Chen Yu-ting, Taiwan News, Staff Writer

Tags: Aso Taro, Tsai Ing-wen, Japan, Ketagalan Forum | 21 comments"""))

S.append(dict(id="h76-29", source="laotiantimes.com",
url="https://laotiantimes.com/2024/08/12/vietnamese-party-chief-to-lam-concludes-laos-visit/",
published_at="2024-08-12", body="""The Laotian Times | Politics

Vietnamese Party Chief To Lam concludes first overseas trip in Vientiane

To Lam, General Secretary of the Communist Party of Vietnam Central Committee and State President of Vietnam, wrapped up a two-day state visit to Laos on Monday, his first trip abroad since taking the party's top post.

He held talks with Thongloun Sisoulith, General Secretary of the Lao People's Revolutionary Party Central Committee and President of the Lao PDR, and met Prime Minister Sonexay Siphandone. The two sides signed documents on cooperation in defense, security and education.

The Vietnamese leader heads next to Phnom Penh for a state visit to Cambodia on August 12-13. Diplomatic observers expect a trip to Beijing to follow.

Photo: Lao News Agency

Read more: Laos, Thailand to open new Mekong bridge | USD/LAK 22,060"""))

S.append(dict(id="h76-30", source="japantoday.com",
url="https://japantoday.com/category/politics/ldp-s-nikai-hands-abe-letter-to-xi",
published_at="2017-05-16", body="""Japan Today | Politics

LDP's Nikai hands Abe letter to Xi in Beijing

BEIJING — Toshihiro Nikai, Secretary General of the ruling Liberal Democratic Party, met Chinese President Xi Jinping in Beijing on Tuesday and handed him a letter from Prime Minister Shinzo Abe, Japanese officials said.

Nikai, who led the Japanese delegation to the Belt and Road Forum, told Xi that Japan hoped to improve relations. In the letter, Abe expressed his hope that leaders' mutual visits could be realized, officials said.

KYODO

© KYODO

Recommended: Abe, Xi could meet on G20 sidelines in July

Facebook | Twitter | 8 Comments"""))

S.append(dict(id="h76-31", source="northkoreawatchblog.wordpress.com",
url="https://northkoreawatchblog.wordpress.com/2017/11/20/song-tao-in-pyongyang/",
published_at="2017-11", body="""NK Watch — notes on the DPRK

Song Tao's Pyongyang mission: no Kim in sight

Posted by pyongyangnotes

Song Tao, head of the CPC Central Committee's International Department and Xi Jinping's special envoy, flew home from Pyongyang on Monday after a four-day trip to brief the North on October's 19th Party Congress.

KCNA reported that Song met Choe Ryong Hae, Vice-Chairman of the WPK Central Committee, on Friday and Ri Su Yong, head of the party's International Department. Notably, nothing suggests he was received by Kim Jong Un himself.

Filed under: China, DPRK | Leave a comment"""))

S.append(dict(id="h76-32", source="asia-briefs.net",
url="https://asia-briefs.net/philippines/ramos-hong-kong-talks-fu-ying",
published_at="2016-08-12", body="""Asia Briefs | Philippines

Ramos ends Hong Kong ice-breaker, says ready to go to Beijing if invited

Former Philippine President Fidel Ramos, named by President Rodrigo Duterte as special envoy to China, wrapped up a five-day trip to Hong Kong on Friday during which he met Fu Ying, chairwoman of the Foreign Affairs Committee of China's National People's Congress, and Wu Shicun of the National Institute for South China Sea Studies.

In a joint statement, the three said they had met "in their private capacities" and that formal talks should follow. Ramos said he was prepared to travel to Beijing if invited.

Share | Tags: Ramos, Fu Ying, South China Sea"""))

S.append(dict(id="h76-33", source="zawya.com",
url="https://www.zawya.com/en/economy/gcc/saudi-arabia-iran-agree-to-restore-ties-in-china-brokered-deal",
published_at="2023-03-10", body="""ZAWYA | Economy | GCC

Brent $82.78 ▲ 1.3% | TASI 10,205 ▼ 0.4% | USD/SAR 3.7535

Saudi Arabia, Iran agree to restore ties in China-brokered deal

Saudi Arabia and Iran signed an agreement on Friday to resume diplomatic relations and reopen embassies within two months, after four days of talks in Beijing hosted by Wang Yi, Director of the Office of the Central Foreign Affairs Commission of the Communist Party of China.

The accord was signed by Ali Shamkhani, Secretary of Iran's Supreme National Security Council, and Musaed Al-Aiban, Minister of State, Member of the Council of Ministers and National Security Adviser of Saudi Arabia. The two foreign ministers will meet to implement the decision and arrange the exchange of ambassadors, a trilateral statement said.

Reuters

Related: Oil edges up as traders weigh Gulf detente"""))

S.append(dict(id="h76-34", source="thelocal.es",
url="https://www.thelocal.es/20200124/what-we-know-about-the-delcygate-airport-meeting",
published_at="2020-01-24", body="""The Local Spain

'Delcygate': Spanish minister admits meeting Venezuela's vice-president at Madrid airport

Spain's Transport Minister José Luis Ábalos has admitted that he met Venezuela's Vice-President Delcy Rodríguez at Madrid-Barajas airport in the early hours of Monday, despite an EU ban on her entering the bloc.

Ábalos, a senior figure in the ruling Socialist party, said he spoke with her for about 25 minutes inside the airport to prevent "a diplomatic conflict" and insisted she never set foot on Spanish soil. Rodríguez was on a stopover before flying on to Turkey.

The opposition Popular Party and Vox have demanded his resignation.

Subscribe to our newsletter | Comments (32)"""))

S.append(dict(id="h76-35", source="iol.co.za",
url="https://www.iol.co.za/news/politics/colombian-vice-president-francia-marquez-begins-africa-tour-in-pretoria",
published_at="2023-05-23", body="""IOL | News | Politics

Colombian Vice President Francia Márquez begins Africa tour in Pretoria

Francia Márquez Mina, Vice President of Colombia and Minister of Equality and Equity, held talks with Deputy President Paul Mashatile in Pretoria on Monday, the first stop of a tour aimed at strengthening ties with Africa.

The two discussed trade, mining, agriculture and the fight against racism. Márquez is also due to visit Kenya and Ethiopia this week, where she is scheduled to meet government officials and visit the African Union headquarters in Addis Ababa.

Staff Reporter

Most read: Rand slumps past R19.50 to the dollar | Load shedding stage 6 returns

Sign up for our newsletter"""))

S.append(dict(id="h76-36", source="profit.pakistantoday.com.pk",
url="https://profit.pakistantoday.com.pk/2025/06/19/trump-hosts-field-marshal-asim-munir-at-white-house-lunch/",
published_at="2025-06-19", body="""Profit by Pakistan Today

KSE-100 122,143.51 ▲ 0.62% | USD/PKR 283.55 | Gold (tola) 356,300

Trump hosts Field Marshal Asim Munir for lunch at White House

Field Marshal Syed Asim Munir, Chief of Army Staff of Pakistan, was hosted for lunch by US President Donald Trump in the Cabinet Room of the White House on Wednesday, the Inter-Services Public Relations said, in the first such meeting with a serving army chief.

The meeting, which lasted about two hours, covered trade, economic development, crypto and the Iran-Israel conflict. "I was honoured to meet him," Trump told reporters.

It came a day after Trump spoke by phone with Indian Prime Minister Narendra Modi, who told him that India would not accept mediation on Kashmir, according to New Delhi.

Staff Report

Also read: SBP keeps policy rate unchanged at 11% | Oil rises 1% on Middle East fears"""))

S.append(dict(id="h76-37", source="worldnews-mirror.info",
url="https://worldnews-mirror.info/asia/xi-receives-medvedev-in-beijing-118820",
published_at="2022-12-21", body="""WorldNews Mirror | Asia | 21 Dec 2022

Xi receives Medvedev in Beijing

Chinese President Xi Jinping on Wednesday met Dmitry Medvedev, Chairman of the United Russia party and Deputy Chairman of the Security Council of the Russian Federation, who was in Beijing for talks between the two ruling parties.

Medvedev handed over a message from President Vladimir Putin, United Russia said. Xi called for restraint and a political settlement of the Ukraine crisis, Chinese state media reported.

(Source: agencies)

Trending: Zelensky arrives in Washington on first trip abroad since invasion | Bitcoin slips below $17,000

Share on WhatsApp | Telegram"""))

S.append(dict(id="h76-38", source="nyc.gov",
url="https://www.nyc.gov/office-of-the-mayor/news/730-23/mayor-adams-travel-mexico-ecuador-colombia",
published_at="2023-10", body="""The Official Website of the City of New York
Office of the Mayor | News

Mayor Adams to Travel to Mexico, Ecuador and Colombia

NEW YORK — New York City Mayor Eric Adams today announced that he will travel to Mexico, Ecuador and Colombia beginning Wednesday, as the city continues to manage the arrival of more than 120,000 asylum seekers.

During the four-day trip, the mayor will meet with national and local government leaders, humanitarian organizations and migrants, and will see conditions along the migrant route first-hand.

Media Contact: (212) 788-2958

Translate | Text Size | Share | Print"""))

S.append(dict(id="h76-39", source="gov.am",
url="https://www.gov.am/en/news/item/11245/",
published_at="2024-04-19", body="""The Government of the Republic of Armenia | News

The 8th meeting of the border delimitation commissions of Armenia and Azerbaijan took place

On April 19, the 8th meeting of the Commission on Delimitation and Border Security of the Armenia-Azerbaijan state border, headed by Mher Grigoryan, Deputy Prime Minister of the Republic of Armenia, and the State Commission on Delimitation of the state border between Azerbaijan and Armenia, headed by Shahin Mustafayev, Deputy Prime Minister of the Republic of Azerbaijan, took place on the border.

The parties reached a preliminary agreement on the passage of the border line in the section adjacent to four settlements. They agreed to continue work on the protocol and to hold the next meeting at a time to be agreed.

Print | Share"""))

S.append(dict(id="h76-40", source="seanewswire.top",
url="https://seanewswire.top/myanmar/asean-envoy-prak-sokhonn-meets-min-aung-hlaing-4471",
published_at=None, body="""ASEAN envoy Prak Sokhonn meets Min Aung Hlaing in Naypyitaw

Prak Sokhonn, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia, who serves as ASEAN Chair's Special Envoy on Myanmar, met Senior General Min Aung Hlaing in Naypyitaw on Tuesday on the second day of his first trip to the country in that role.

He was not allowed to meet detained leader Aung San Suu Kyi. The envoy called for an end to violence and access for humanitarian aid.

Source: agencies | Related: Thai FM to attend Mekong-Lancang meeting in China"""))
