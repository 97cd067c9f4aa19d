# Short items (300-1,100 characters), h62-27 .. h62-40
S = []

S.append(dict(id="h62-27", source="aps.sn",
url="https://www.aps.sn/le-president-faye-a-nouakchott-pour-sa-premiere-visite-a-l-etranger/",
published_at="2024-04-18", body="""Le président Bassirou Diomaye Faye à Nouakchott pour sa première visite à l'étranger

Dakar, 18 avr (APS) - Le président de la République, Bassirou Diomaye Faye, est arrivé jeudi matin à Nouakchott, où il a été accueilli à l'aéroport par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani.

Il s'agit du premier déplacement à l'étranger du chef de l'Etat depuis son investiture le 2 avril. Les deux dirigeants doivent s'entretenir de la coopération bilatérale, notamment de l'exploitation conjointe du champ gazier GTA et de la pêche.

Le président Faye est accompagné de la ministre de l'Intégration africaine et des Affaires étrangères, Yassine Fall.

Mots-clés : Diplomatie, Mauritanie, Sénégal

Partager : Facebook | X | WhatsApp"""))

S.append(dict(id="h62-28", source="lusakatimes.com",
url="https://www.lusakatimes.com/2024/12/03/hh-to-travel-to-angola-for-lobito-corridor-summit-with-biden/",
published_at="2024-12", body="""HH to travel to Angola for Lobito Corridor summit with Biden

President Hakainde Hichilema will on Wednesday travel to Lobito, Angola, to attend a summit on the Lobito Corridor with US President Joe Biden, Angolan President João Lourenço and DRC President Félix Tshisekedi, State House has announced.

Chief Communications Specialist Clayson Hamasaka said the President would be accompanied by Foreign Affairs Minister Mulambo Haimbe and Commerce Minister Chipoka Mulenga.

On the sidelines, the President is expected to hold bilateral talks with President Lourenço, Mr Hamasaka said.

Mr Biden, who arrived in Luanda on Monday night, held talks with President Lourenço on Tuesday. The rail line is meant to carry copper from Zambia and the DRC to the Atlantic.

Posted in Headlines | Tags: Lobito Corridor, Hakainde Hichilema, Joe Biden

12 Comments | Leave a reply"""))

S.append(dict(id="h62-29", source="businessdailyafrica.com",
url="https://www.businessdailyafrica.com/bd/economy/kenya-uae-sign-trade-deal-4889012",
published_at="2025-01-14", body="""NSE 20 2,010.11 ▲ 0.4% | USD/KES 129.25 | MURBAN $81.30

Economy

Kenya, UAE sign trade pact to cut tariffs on exports

Kenya and the United Arab Emirates on Tuesday signed a Comprehensive Economic Partnership Agreement (CEPA) in Abu Dhabi, paving the way for lower tariffs on Kenyan tea, coffee, horticulture and meat.

The deal was signed by Trade Cabinet Secretary Lee Kinyanjui and UAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi in the presence of President William Ruto and UAE President Sheikh Mohamed bin Zayed Al Nahyan.

Dr Ruto is in the UAE for Abu Dhabi Sustainability Week.

Sign up for the BD newsletter"""))

S.append(dict(id="h62-30", source="gulfnewsnow.xyz",
url="https://gulfnewsnow.xyz/oman-hosts-us-iran-talks-in-muscat/",
published_at="2025-04-12", body="""Oman hosts US-Iran talks in Muscat

Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held talks in Muscat on Saturday mediated by Omani Foreign Minister Sayyid Badr Albusaidi, the first such negotiations under President Donald Trump.

The two delegations sat in separate rooms while Albusaidi shuttled messages between them, Iranian state media said. The White House described the talks as "direct" and said Witkoff had spoken with Araghchi, while Tehran said the two men only exchanged a few words as they left.

Both sides said the next round would be held next Saturday.

Source: agencies | Mirror of original content

Trending: Gold hits record | Bitcoin slides"""))

S.append(dict(id="h62-31", source="eastafricadiplomacy.blogspot.com",
url="https://eastafricadiplomacy.blogspot.com/2023/08/jokowi-in-dar-es-salaam.html",
published_at="2023-08-22", body="""Jokowi in Dar es Salaam after Nairobi stop

Indonesian President Joko Widodo arrived in Dar es Salaam on Tuesday and held talks with President Samia Suluhu Hassan at State House, where the two signed agreements on energy, mining and health.

Jokowi came from Nairobi, where on Monday he met President William Ruto. He is due in Maputo on Wednesday for talks with President Filipe Nyusi, and will then fly to South Africa for a bilateral meeting with President Cyril Ramaphosa and the BRICS summit in Johannesburg.

It is the first Indonesian presidential tour of Africa since 2015.

Posted by East Africa Diplomacy at 8:15 PM | 2 comments
Labels: Indonesia, Tanzania, Kenya"""))

S.append(dict(id="h62-32", source="gov.br",
url="https://www.gov.br/planalto/en/latest-news/2023/08/president-lula-to-visit-angola-and-sao-tome-and-principe",
published_at="2023-08-24", body="""Planalto | Latest news

President Lula to visit Angola and São Tomé and Príncipe

After the BRICS summit in Johannesburg, President Luiz Inácio Lula da Silva will travel to Luanda, where he will be received by President João Lourenço on Friday, 25 August. The two leaders are expected to sign agreements on agriculture, health and culture.

On Saturday, Lula will go to São Tomé and Príncipe for the summit of the Community of Portuguese Language Countries (CPLP), where he will hold a bilateral meeting with President Carlos Vila Nova.

Published 24/08/2023 | Share"""))

S.append(dict(id="h62-33", source="bna.bh",
url="https://www.bna.bh/en/BahrainandQatarrestorediplomaticrelations.aspx?cms=q8FmFJgiscL2fwIzON1%2BDhUqDJvKxPv3",
published_at="2023-04-12", body="""Bahrain News Agency

Bahrain and Qatar restore diplomatic relations

Riyadh, April 12 (BNA): The Kingdom of Bahrain and the State of Qatar have agreed to restore diplomatic relations, in line with the AlUla Declaration.

The decision was taken at a meeting of the Bahraini-Qatari follow-up committee held at the General Secretariat of the Gulf Cooperation Council in Riyadh today. The Bahraini delegation was headed by Under-Secretary for Political Affairs at the Foreign Ministry Dr Sheikh Abdulla bin Ahmed Al Khalifa, and the Qatari delegation by the Minister of State at the Ministry of Foreign Affairs, Dr Mohammed bin Abdulaziz Al-Khulaifi.

GCC Secretary-General Jasem Mohamed Albudaiwi welcomed the step.

BNA | Print | Share"""))

S.append(dict(id="h62-34", source="tsa-algerie.com",
url="https://www.tsa-algerie.com/en/tebboune-visit-to-france-postponed-again/",
published_at="2023-05", body="""Tebboune's visit to France postponed again

The state visit by President Abdelmadjid Tebboune to France, initially planned for early May, has been pushed back to June, the Algerian presidency said, without giving a reason.

It is the second postponement. The trip had already been put off after the February row over the exfiltration of activist Amira Bouraoui, which led Algiers to recall its ambassador from Paris for several weeks.

French officials said both sides were still working on a date.

Tags: Algeria, France, Tebboune

Share | 4 comments"""))

S.append(dict(id="h62-35", source="egypttoday.news24hub.site",
url="https://egypttoday.news24hub.site/2024/02/14/erdogan-in-cairo-first-visit-in-11-years/",
published_at="2024-02-14", body="""Erdogan in Cairo, first visit in 11 years

Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday and was met at the airport by President Abdel Fattah El-Sisi, in the first visit by the Turkish leader to Egypt since 2012.

The two presidents held talks at Ittihadiya Palace on Gaza and trade, and signed a joint declaration reviving a high-level strategic cooperation council.

Erdogan came from the United Arab Emirates, where on Tuesday he held talks with President Sheikh Mohamed bin Zayed and addressed the World Governments Summit in Dubai.

Erdogan said he hoped to host Sisi in Türkiye "in April".

Ad | Read more: Egyptian pound black market rate today"""))

S.append(dict(id="h62-36", source="libyaobserver.ly",
url="https://libyaobserver.ly/news/meloni-tripoli-eni-gas-deal",
published_at="2023-01-28", body="""Meloni in Tripoli as Eni signs 8 billion dollar gas deal

Italian Prime Minister Giorgia Meloni arrived in Tripoli on Saturday and held talks with Prime Minister Abdul Hamid Dbeibah of the Government of National Unity.

During the visit, Italy's Eni and Libya's National Oil Corporation signed an 8 billion dollar agreement to develop two offshore gas fields. Foreign Minister Najla Mangoush and her Italian counterpart Antonio Tajani signed a memorandum on migration and the coastguard.

It is Meloni's second trip to North Africa in a week, after a visit to Algiers.

The Libya Observer | Share | Comments"""))

S.append(dict(id="h62-37", source="korea.net",
url="https://www.korea.net/Government/Briefing-Room/Presidential-Speeches/view?articleId=252011",
published_at="2024-06-03", body="""Korea.net | Briefing Room

Korea, Tanzania sign critical minerals agreement at summit

Korea and Tanzania on June 2 signed agreements on the supply of critical minerals, a framework for concessional loans from the Economic Development Cooperation Fund, and maritime cooperation, in the presence of President Yoon Suk Yeol and President Samia Suluhu Hassan of Tanzania at the Yongsan presidential office in Seoul.

The signing followed a summit between the two leaders. President Samia is on a state visit to Korea.

President Samia is in Korea for the first Korea-Africa Summit, which will be held in Seoul and Goyang on June 4-5 with 48 African countries taking part.

Ministry of Foreign Affairs | Press release | Share"""))

S.append(dict(id="h62-38", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/somalia/hassan-sheikh-sisi-in-asmara-for-tripartite-summit",
published_at="2024-10", body="""Hassan Sheikh, Sisi in Asmara for tripartite summit with Isaias

ASMARA - Somali President Hassan Sheikh Mohamud and Egyptian President Abdel Fattah al-Sisi arrived in Asmara on Thursday for a tripartite summit hosted by Eritrean President Isaias Afwerki.

The three leaders discussed regional security and the deployment of Egyptian troops to Somalia under the new African Union mission, according to Eritrea's information minister Yemane Gebremeskel. Before the summit, Isaias held separate talks with each of his guests.

Ethiopia, at odds with Cairo over the Nile dam and with Mogadishu over its port deal with Somaliland, was not invited.

Share | Related: Ethiopia warns against Egyptian troop deployment"""))

S.append(dict(id="h62-39", source="omannews.gov.om",
url="https://omannews.gov.om/topics/en/79/show/106541",
published_at="2023-11-06", body="""Oman News Agency

His Majesty the Sultan receives phone call from Egyptian President

Muscat, 6 November (ONA) - His Majesty Sultan Haitham bin Tarik received a phone call today from President Abdel Fattah El Sisi of the Arab Republic of Egypt.

During the call, they discussed the situation in the Gaza Strip and the need for an immediate ceasefire and for the delivery of humanitarian aid.

His Majesty the Sultan sends cable of congratulations

Muscat, 6 November (ONA) - His Majesty Sultan Haitham bin Tarik sent a cable of congratulations to the President of Tajikistan on his country's Constitution Day.

ONA | Share"""))

S.append(dict(id="h62-40", source="africanewsdaily.top",
url="https://africanewsdaily.top/chad-deby-putin-kremlin-talks/",
published_at=None, body="""Chad's Deby holds talks with Putin in the Kremlin

Chadian transitional president Mahamat Idriss Deby was received by Russian President Vladimir Putin in the Kremlin on Wednesday, in a visit seen as a sign of Moscow's growing reach in the Sahel.

Putin said Russia was "happy to see" the Chadian leader and welcomed the holding of a constitutional referendum in Chad. Deby said Chad wanted to strengthen ties with Russia "a brother country" while remaining a sovereign and independent state.

France still has about 1,000 troops in Chad.

You may also like:
Wagner's successor expands in Libya
Niger junta ends military pact with US"""))
