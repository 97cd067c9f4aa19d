# Short items (300-1,100 characters), h82-27 .. h82-40
S = []

S.append(dict(id="h82-27", source="rfi.fr",
url="https://www.rfi.fr/fr/afrique/20241028-emmanuel-macron-au-maroc-visite-d-etat-mohammed-vi",
published_at="2024-10-28", body="""Afrique

Emmanuel Macron reçu par Mohammed VI à Rabat pour une visite d'État de trois jours

Le président français Emmanuel Macron est arrivé lundi après-midi à Rabat, où il a été accueilli sur le tarmac par le roi Mohammed VI, pour une visite d'État destinée à sceller la réconciliation entre Paris et Rabat après trois années de brouille.

Cette visite intervient trois mois après la lettre dans laquelle le chef de l'État a affirmé que le plan d'autonomie marocain constituait « la seule base » d'une solution au conflit du Sahara occidental. Une série d'accords, notamment dans l'énergie et le ferroviaire, doivent être signés en présence des deux dirigeants.

Mardi, Emmanuel Macron doit s'exprimer devant le Parlement marocain.

Par : RFI | Publié le : 28/10/2024 - 18:02

Partager : Facebook | X | WhatsApp | Courriel
À lire aussi : Sahara occidental : Alger rappelle son ambassadeur à Paris"""))

S.append(dict(id="h82-28", source="news.am",
url="https://news.am/eng/news/822714.html",
published_at="2024-05", body="""NEWS.am | Politics | Economics | Society | Karabakh | World

Armenia, Azerbaijan foreign ministers end two days of talks in Almaty

The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, have concluded two days of negotiations on a peace treaty in Almaty, the Armenian Foreign Ministry reported.

The talks were hosted by Kazakh Foreign Minister Murat Nurtleu. On the first day, President Kassym-Jomart Tokayev welcomed both ministers and wished them success.

According to the ministry, the sides made progress on a number of articles of the draft agreement and agreed to continue negotiations at a date to be determined. No venue has been announced for the next round.

The meeting in Almaty was the first round of talks between the two ministers since they met in Berlin in February.

Comments (37) | Share | Print

Most read: Pashinyan: border delimitation in Tavush to be completed this month"""))

S.append(dict(id="h82-29", source="ecuadortimes.net",
url="https://www.ecuadortimes.net/ecuador-and-china-sign-free-trade-agreement/",
published_at="2023-05-11", body="""BUSINESS | Oil WTI $72.56 ▲ | Ecuador country risk 1,880 pts ▲ | Banana box $6.25

Ecuador and China sign free trade agreement

Ecuador and China signed a free trade agreement on Wednesday in a virtual ceremony, a deal the government of President Guillermo Lasso says will open the world's second-largest economy to Ecuadorian shrimp, bananas and flowers.

Production and Trade Minister Julio José Prado signed the agreement for Ecuador, and Commerce Minister Wang Wentao for China. Lasso, who travelled to Beijing in February 2022 to launch the negotiations, called it "a historic day" for exporters.

The agreement still requires approval by Ecuador's National Assembly, which Lasso is currently battling over an impeachment process.

Tags: Ecuador, China, trade, shrimp | Share | 4 comments

Subscribe to our weekly business newsletter"""))

S.append(dict(id="h82-30", source="gov.ie",
url="https://www.gov.ie/en/press-release/taoiseach-to-travel-to-washington-dc-for-st-patricks-day/",
published_at="2023-03-14", body="""gov.ie
Department of the Taoiseach

Press release
Taoiseach to travel to Washington DC for St Patrick's Day programme

From Department of the Taoiseach
Published on 14 March 2023

The Taoiseach, Leo Varadkar TD, will travel to Washington DC tomorrow for the annual St Patrick's Day programme.

On Friday, the Taoiseach will be welcomed by President Joseph R. Biden Jr. to the White House for a bilateral meeting in the Oval Office, followed by the traditional shamrock ceremony. He will also attend the Speaker's Lunch on Capitol Hill.

The Taoiseach will renew the invitation to President Biden to visit Ireland this year.

Ends

Part of: St Patrick's Day 2023

Was this page useful? Yes | No
Cookies on gov.ie: we use cookies to make this site work. Accept | Reject"""))

S.append(dict(id="h82-31", source="sa-diplomacy-watch.blogspot.com",
url="https://sa-diplomacy-watch.blogspot.com/2025/05/ramaphosa-heads-to-washington-what-to.html",
published_at="2025-05-19", body="""SA Diplomacy Watch
Notes on South Africa's foreign policy

Monday, 19 May 2025

Ramaphosa heads to Washington: what to watch

President Cyril Ramaphosa is due at the White House on Wednesday for his first meeting with Donald Trump since the US president returned to office, the Presidency confirmed over the weekend.

It comes after a bruising few months: Washington froze aid, expelled Ambassador Ebrahim Rasool in March and last week welcomed a first group of white Afrikaners as refugees. Ramaphosa has said the two leaders agreed to meet when they last spoke by phone.

Expect trade, the AGOA preference scheme and the G20, which South Africa hosts in November, to dominate.

Posted by Thandeka M. at 08:14 | 6 comments

Labels: Ramaphosa, United States, G20
Share to X | Share to Facebook

Support this blog: buy me a coffee"""))

S.append(dict(id="h82-32", source="worldnewsmirror.net",
url="https://worldnewsmirror.net/asia/pakistan-saudi-arabia-sign-strategic-mutual-defence-agreement",
published_at="2025-09-18", body="""World News Mirror | Asia | Middle East | Business

Pakistan, Saudi Arabia sign strategic mutual defence agreement

Pakistan and Saudi Arabia have signed a Strategic Mutual Defence Agreement under which any aggression against either country will be considered aggression against both.

The agreement was signed on Wednesday at Al-Yamamah Palace in Riyadh by Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman, with Pakistan's Field Marshal Asim Munir in attendance, according to a joint statement.

The pact formalises decades of military cooperation between the two countries.

Source: agencies

Advertisement

You may also like:
Gold hits record as Fed cuts rates
Qatar hosts emergency Arab-Islamic summit after Israeli strike

Share 0 | Tweet | Email"""))

S.append(dict(id="h82-33", source="pco.gov.ph",
url="https://pco.gov.ph/news_releases/pbbm-to-embark-on-official-visit-to-japan/",
published_at="2023-02-06", body="""Presidential Communications Office | News Releases

PBBM to embark on official visit to Japan

President Ferdinand R. Marcos Jr. will embark on an official visit to Japan from February 8 to 12 at the invitation of Prime Minister Fumio Kishida, the Department of Foreign Affairs announced on Monday.

The President is set to meet Prime Minister Kishida for a summit meeting and to have an audience with Their Majesties Emperor Naruhito and Empress Masako. He will also meet Japanese business leaders, with several investment pledges expected to be announced.

It will be the President's first visit to Japan since he assumed office in June 2022.

PCO

Share: Facebook | X
Back to News Releases"""))

S.append(dict(id="h82-34", source="myrepublica.nagariknetwork.com",
url="https://myrepublica.nagariknetwork.com/news/pm-oli-returns-home-after-china-visit",
published_at="2024-12-05", body="""myRepublica | Politics | Economy | Society | World

PM Oli returns home after four-day China visit

KATHMANDU, Dec 5: Prime Minister KP Sharma Oli returned home on Thursday after concluding an official visit to China, during which Nepal and China signed a framework agreement on Belt and Road cooperation.

During the visit, Oli held talks with President Xi Jinping and Premier Li Qiang in Beijing.

Breaking with the tradition of Nepali prime ministers making their first foreign trip to New Delhi, Oli chose Beijing. He met Indian Prime Minister Narendra Modi in New York on the sidelines of the UN General Assembly in September, but no invitation to visit India has been announced.

Published On: December 5, 2024 04:30 PM NPT | By: Republica

Share | Comment

NEPSE 2,736.12 ▲ 0.84%"""))

S.append(dict(id="h82-35", source="morningstar.com.au",
url="https://www.morningstar.com.au/insights/markets/li-qiang-australia-new-zealand-malaysia-visit",
published_at="2024-06-11", body="""ASX 200 7,749.6 ▼ -0.2% | AUD/USD 0.6609 ▲ | AUD/CNY 4.7923 ▲ | Iron Ore $US107.40/t ▼ | Lithium carbonate CNY 96,500/t

Markets

Li Qiang's Australia trip puts lithium and wine in focus

Chinese Premier Li Qiang is set to visit New Zealand, Australia and Malaysia over the next ten days, Beijing's foreign ministry announced on Tuesday, the most senior Chinese official to visit Australia since 2017.

Li arrives in Wellington on Thursday, heads to Adelaide on Saturday and is due in Canberra on Monday for the annual leaders' meeting with Prime Minister Anthony Albanese, before travelling to Kuala Lumpur.

Analysts expect announcements on critical minerals investment rules and the remaining trade restrictions on Australian rock lobster.

Shares in listed lithium miners rose on the news.

Share | Print | Save"""))

S.append(dict(id="h82-36", source="taiwannews.com.tw",
url="https://www.taiwannews.com.tw/en/news/4974102",
published_at="2023-08", body="""Taiwan News | Politics | Business | Society | World

Vice President Lai meets Paraguay's Peña after inauguration

Vice President Lai Ching-te (賴清德) met Paraguay's new President Santiago Peña in Asunción after attending his inauguration, pledging to deepen cooperation with Taiwan's only diplomatic ally in South America.

Lai arrived in Paraguay on Monday after a stopover in New York. He is scheduled to transit through San Francisco on his return to Taiwan.

Beijing condemned the trip, calling Lai "a troublemaker".

Share | X | Facebook | LINE
Related: Paraguay's Peña vows to keep Taiwan ties"""))

S.append(dict(id="h82-37", source="turkeyforeignpolicyblog.com",
url="https://turkeyforeignpolicyblog.com/2024/07/08/erdogan-assad-invitation-could-come-at-any-moment/",
published_at="2024-07-08", body="""Turkey Foreign Policy Blog
Independent commentary on Ankara's diplomacy

Erdogan says Assad invitation could come "at any moment"

President Recep Tayyip Erdogan told reporters on his plane home from Berlin that he could invite Syria's Bashar al-Assad to Türkiye "at any moment", and that Russian President Vladimir Putin and Iraqi Prime Minister Mohammed Shia al-Sudani had offered to host a meeting.

Erdogan last sat down with Putin on the sidelines of the Shanghai Cooperation Organisation summit in Astana on Wednesday.

Damascus has said any meeting must be based on a Turkish withdrawal from northern Syria. No date or venue has been discussed, officials in Ankara said.

Posted July 8, 2024 | 3 comments | Tags: Turkey, Syria, Erdogan, Assad"""))

S.append(dict(id="h82-38", source="elsalvadorinenglish.com",
url="https://elsalvadorinenglish.com/2025/02/03/bukele-hosts-rubio-deportees-offer/",
published_at="2025-02-03", body="""El Salvador in English | News | Politics | Economy | Travel

Bukele hosts Rubio at lakeside home, offers to take US deportees

President Nayib Bukele hosted US Secretary of State Marco Rubio at his residence on Lake Coatepeque on Monday, and afterwards offered to accept deportees from the United States of any nationality into Salvadoran prisons.

Rubio, who called Bukele "the strongest ally" of the US in the region, arrived from Panama, where he had met President José Raúl Mulino on Sunday over the canal.

The secretary heads to Costa Rica on Tuesday, with Guatemala and the Dominican Republic to follow.

BTC $97,450 ▼ -3.8% | Share | 41 comments"""))

S.append(dict(id="h82-39", source="president.kg",
url="https://www.president.kg/en/news/all/28944",
published_at="2025-03", body="""President of the Kyrgyz Republic | Official website

Sadyr Japarov and Emomali Rahmon sign the treaty on the Kyrgyz-Tajik state border

Bishkek

President of the Kyrgyz Republic Sadyr Japarov and President of the Republic of Tajikistan Emomali Rahmon, who is on a state visit to the Kyrgyz Republic, signed the Treaty on the Kyrgyz-Tajik State Border today.

The heads of state also signed a joint statement and held talks in narrow and expanded formats at the Ala-Archa state residence.

Sadyr Japarov called the signing a historic event that closes the border issue for good.

A trilateral meeting of the heads of state of Kyrgyzstan, Tajikistan and Uzbekistan is expected to take place in Khujand later this month.

Press Service of the President of the Kyrgyz Republic

Other news | Photo gallery | Share"""))

S.append(dict(id="h82-40", source="africanewsnow.xyz",
url="https://africanewsnow.xyz/china-wang-yi-namibia-first-stop-africa-tour/",
published_at=None, body="""AfricaNewsNow | Latest | Politics | Business

China's Wang Yi in Namibia on first stop of annual Africa tour

Chinese Foreign Minister Wang Yi arrived in Windhoek for the opening leg of his New Year trip to Africa, a tradition Beijing has kept for 35 years.

Wang held talks with Namibian President Nangolo Mbumba and Vice-President and President-elect Netumbo Nandi-Ndaitwah at State House, officials said, covering mining, infrastructure and the 35th anniversary of Namibia's independence.

He will go on to the Republic of Congo, Chad and Nigeria, the Chinese foreign ministry said.

Copied from: agencies | Views 1,204

You might also like:
Gold steady as markets await US jobs data
Nigeria inflation rate eases slightly"""))
