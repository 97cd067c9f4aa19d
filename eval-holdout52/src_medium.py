# Medium wire-style stories (1,200-2,000 characters), h52-13 .. h52-26
M = []

M.append(dict(id="h52-13", source="janes.com",
url="https://www.janes.com/defence-news/news-detail/indonesia-signs-for-first-six-rafales-as-parly-visits-jakarta",
published_at="2022-02-10", body="""Janes | Defence News
Air Platforms

Indonesia signs for first six Rafales as Parly visits Jakarta

Jakarta correspondent, Jakarta
10 February 2022

Indonesia has signed a contract for the first six of 42 Dassault Rafale multirole fighters, the Indonesian Ministry of Defence (Kemhan) announced on 10 February, during a visit to Jakarta by French Minister of the Armed Forces Florence Parly.

Parly and Indonesian Defence Minister Prabowo Subianto held talks at the ministry before witnessing the signing with Dassault Aviation chief executive Eric Trappier. The two ministers also signed a memorandum on defence research and development cooperation, Kemhan said.

The remaining 36 aircraft are expected to be covered by later contracts. Prabowo told reporters the first deliveries would follow "within three years".

Indonesia's state shipbuilder PT PAL and France's Naval Group separately signed a memorandum of understanding covering two Scorpène submarines, although no firm order was announced.

On the same day, the US State Department approved a possible sale of up to 36 Boeing F-15ID fighters to Indonesia, valued at up to USD13.9 billion. Kemhan has said it wants both types, but analysts have questioned whether the budget can support two new fighter fleets.

The Indonesian Air Force currently operates Su-27/30 Flankers, F-16s and Hawk 209s. A 2018 deal for 11 Russian Su-35s was abandoned under the threat of US sanctions.

Related: Indonesia eyes second-hand Mirage 2000-5s as stopgap | France, Indonesia deepen submarine talks

Janes uses cookies. By continuing you agree to our cookie policy. Accept"""))

M.append(dict(id="h52-14", source="pm.gov.au",
url="https://www.pm.gov.au/media/signing-pukpuk-mutual-defence-treaty",
published_at="2025-10-06", body="""Prime Minister of Australia
Media Releases

Signing of the Pukpuk Mutual Defence Treaty

Joint media release with
The Hon Richard Marles MP, Deputy Prime Minister, Minister for Defence

06 October 2025

Today, I welcomed the Prime Minister of Papua New Guinea, the Hon James Marape MP, to Parliament House in Canberra, where we signed the Papua New Guinea-Australia Mutual Defence Treaty, the Pukpuk Treaty.

The Treaty elevates our relationship to an alliance. It commits both countries to act to meet common dangers in the event of an armed attack on either of us, and deepens the integration of our defence forces.

Under the Treaty, eligible Papua New Guinea citizens will be able to serve in the Australian Defence Force, and we will work together on infrastructure, training and capability to support the Papua New Guinea Defence Force.

The Treaty was agreed between our governments in September, when I travelled to Port Moresby for the 50th anniversary of Papua New Guinea's independence and Prime Minister Marape and I signed a joint communique setting out its key elements.

Pukpuk is the Tok Pisin word for crocodile. The crocodile is a symbol shared by both our peoples.

Prime Minister Marape and I also discussed economic cooperation, labour mobility, policing and the rugby league partnership.

Australia and Papua New Guinea are family, and we are bound by history, geography and shared interests. This Treaty is a commitment to each other's security for generations to come.

The Treaty will enter into force once both countries have completed their domestic processes.

Media contacts:
Prime Minister's Office: (02) 6277 7744
Minister for Defence's Office: (02) 6277 7800

Share | Print

Other news
Prime Minister to attend ASEAN and East Asia Summits in Kuala Lumpur
Joint statement on the Gaza peace plan"""))

M.append(dict(id="h52-15", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/turkiye-somalia-sign-defense-economic-cooperation-deal",
published_at="2024-02-09", body="""DAILY SABAH
Politics > Diplomacy

Türkiye, Somalia sign defense, economic cooperation deal

DAILY SABAH WITH AGENCIES
ANKARA, Feb 9, 2024 - 10:42 am GMT+3

Türkiye and Somalia have signed a framework agreement on defense and economic cooperation that will see Ankara help Mogadishu build up its naval forces and protect its territorial waters, officials said.

The agreement was signed in Ankara on Thursday by National Defense Minister Yaşar Güler and his Somali counterpart Abdulkadir Mohamed Nur, the ministry said in a statement. It covers cooperation in the maritime domain, including the fight against illegal fishing, piracy and smuggling.

Somali officials said the accord, which is to last 10 years, also provides for Turkish support in rebuilding and equipping the Somali navy. It still needs to be approved by Somalia's Cabinet and Parliament.

The deal comes weeks after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland that would give landlocked Ethiopia access to the sea. Mogadishu has rejected the memorandum as a violation of its sovereignty and recalled its ambassador from Addis Ababa.

Türkiye has been one of Somalia's closest partners since 2011 and runs its largest overseas military training base, Camp TURKSOM, in Mogadishu, where thousands of Somali soldiers have been trained.

Turkish officials stressed that the deal was not directed against any country.

Share: Facebook | X | WhatsApp

RELATED
Erdoğan calls for respect for Somalia's territorial integrity
Turkish firms eye oil, gas exploration off Somali coast

Sign up for our newsletter"""))

M.append(dict(id="h52-16", source="english.news.cn",
url="http://english.news.cn/20230416/5c2d0b7a1e3f4a6b9c8d7e6f5a4b3c2d/c.html",
published_at="2023-04-17", body="""Putin meets Chinese defense minister in Moscow

Source: Xinhua | Editor: huaxia | 2023-04-17 01:36:20

MOSCOW, April 16 (Xinhua) -- Russian President Vladimir Putin met with visiting Chinese State Councilor and Defense Minister Li Shangfu in Moscow on Sunday.

Li conveyed Chinese President Xi Jinping's cordial greetings to Putin. He said that under the strategic guidance of the two heads of state, China-Russia relations have gone beyond the military-political alliance model of the Cold War era and are featured by non-confrontation and non-targeting of any third party.

Li said the Chinese military is willing to work with the Russian side to implement the important consensus reached by the two heads of state during President Xi's recent state visit to Russia, strengthen strategic communication and deepen military cooperation.

Putin asked Li to convey his greetings to Xi, and said that military cooperation is an important part of Russia-China relations. Russia and China regularly exchange useful information in the military sphere and work together in the military-technical field, he said.

Li is paying an official visit to Russia from April 16 to 19 at the invitation of Russian Defense Minister Sergei Shoigu, with whom he is scheduled to hold talks. It is Li's first foreign trip since taking office in March. Enditem

Photo: Russian President Vladimir Putin meets with Chinese State Councilor and Defense Minister Li Shangfu in Moscow, Russia, April 16, 2023. (Sputnik)

Most viewed
Chinese premier meets Singaporean PM in Beijing
China's GDP grows 4.5 pct in Q1
Spring Festival film market sets records

Copyright © 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h52-17", source="reuters.com",
url="https://www.reuters.com/world/cia-director-burns-met-russias-naryshkin-ankara-2022-11-15/",
published_at="2022-11-15", body="""CIA chief Burns met Russia's Naryshkin in Ankara, warned against nuclear use

By Reuters Staff
November 15, 2022 6:07 AM GMT

WASHINGTON/ANKARA, Nov 15 (Reuters) - CIA Director William Burns met the head of Russia's SVR foreign intelligence service, Sergei Naryshkin, in the Turkish capital Ankara on Monday to warn Moscow of the consequences of using nuclear weapons in Ukraine, the White House said.

Burns was "not conducting negotiations of any kind" and was not discussing a settlement of the war, a National Security Council spokesperson said. He also raised the cases of Americans detained in Russia, the spokesperson said. Ukraine had been briefed in advance.

Kremlin spokesman Dmitry Peskov confirmed the meeting had taken place at Washington's initiative, but gave no details. Turkish officials said the talks were hosted by Turkey's intelligence agency, MIT.

Burns travelled on from Ankara to Kyiv, where he met President Volodymyr Zelenskiy and Ukrainian intelligence officials, a U.S. official said on Tuesday. Burns reaffirmed continued U.S. support, the official said.

The Ankara meeting was the highest-level known in-person contact between U.S. and Russian officials since the invasion began in February. It came as President Joe Biden held his first face-to-face talks as president with Chinese leader Xi Jinping in Bali on Monday, where both sides said they opposed the use of nuclear weapons in Ukraine.

Burns, a former ambassador to Moscow, was sent to Russia by Biden in November last year to warn the Kremlin against invading Ukraine.

(Reporting by Washington and Ankara bureaus; Editing by Daniel Wallis)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h52-18", source="apnews.com",
url="https://apnews.com/article/philippines-us-bases-austin-manila-edca",
published_at="2023-02-02", body="""US gains wider access to Philippine bases as Austin visits Manila

By JIM GOMEZ and TARA COPP | February 2, 2023

MANILA, Philippines (AP) — The Philippines will give U.S. forces access to four more military camps, the two countries announced Thursday during a visit by U.S. Defense Secretary Lloyd Austin, expanding an American presence near the South China Sea and across the sea from Taiwan.

Austin met President Ferdinand Marcos Jr. at the Malacañang presidential palace and then held talks with Carlito Galvez Jr., the officer in charge of the Department of National Defense, at the military headquarters in Camp Aguinaldo.

The new locations, added under the 2014 Enhanced Defense Cooperation Agreement, were not immediately named. They bring to nine the number of Philippine camps where U.S. troops can rotate and store equipment. Austin also said the allies would hold their largest-ever Balikatan exercises in April.

"This is a really big deal," Austin told reporters at a joint news conference.

Galvez said the expanded access would also help respond to natural disasters.

Before arriving in Manila, Austin was in South Korea, and on Wednesday he visited U.S. troops stationed in the southern city of Zamboanga.

Marcos, who paid a state visit to China last month, has said he hopes to visit Washington this year, but no date has been set.

China's embassy in Manila warned that the move would "drag the Philippines into the abyss of geopolitical strife."

Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."""))

M.append(dict(id="h52-19", source="mod.gov.ua",
url="https://mod.gov.ua/en/news/rustem-umerov-meets-pete-hegseth-in-brussels",
published_at="2025-02-12", body="""Ministry of Defence of Ukraine
News

Rustem Umerov meets U.S. Secretary of Defense Pete Hegseth in Brussels

12 February 2025, 19:40

Minister of Defence of Ukraine Rustem Umerov held his first meeting with U.S. Secretary of Defense Pete Hegseth on the sidelines of the 26th meeting of the Ukraine Defense Contact Group at NATO Headquarters in Brussels.

Rustem Umerov briefed his counterpart on the situation at the front and on Russia's attacks on Ukrainian energy infrastructure. The parties discussed the needs of the Defence Forces of Ukraine, in particular air defence, artillery ammunition and support for the Ukrainian defence industry.

"We value the support of the American people. Peace through strength is a principle we share," Rustem Umerov said.

The Minister invited the Secretary of Defense to visit Ukraine.

On the margins of the meeting, Rustem Umerov also held separate meetings with the Secretary of State for Defence of the United Kingdom, John Healey, who chaired the Ramstein meeting for the first time, and with the Federal Minister of Defence of Germany, Boris Pistorius. They discussed the delivery of air defence systems and the financing of Ukrainian weapons production.

Ramstein participants announced new commitments for 2025, including funding for drones and long-range capabilities.

Press Service of the Ministry of Defence of Ukraine

Other news
Trump and Putin agree to start negotiations after phone call
Ukraine receives new batch of Mirage 2000 fighters
Defence Procurement Agency signs contracts for FPV drones

Share: Facebook | Telegram | X"""))

M.append(dict(id="h52-20", source="en.antaranews.com",
url="https://en.antaranews.com/news/324567/indonesia-australia-sign-defense-cooperation-agreement",
published_at="2024-08-29", body="""ANTARA News
Home | Politics | Economy | World | Sports

Indonesia, Australia sign Defense Cooperation Agreement

Canberra (ANTARA) - Indonesian Defense Minister and President-elect Prabowo Subianto and Australian Deputy Prime Minister and Minister for Defence Richard Marles signed a Defense Cooperation Agreement (DCA) in Canberra on Thursday.

The signing took place at the Royal Military College, Duntroon, and was followed by a joint press conference. The agreement is legally binding and provides a framework for closer cooperation between the armed forces of the two countries, including exercises, training, maritime security, counterterrorism and humanitarian assistance and disaster relief.

Prabowo said the agreement reflected the trust between two neighbors. "Indonesia and Australia are destined to be neighbors. We want to be good neighbors," he said.

Marles described the agreement as the most significant defense agreement in the history of the bilateral relationship, and said it would allow forces of each country to operate from the other's territory.

Prabowo, who will be inaugurated as Indonesia's eighth president on October 20, also met Prime Minister Anthony Albanese during the visit.

The agreement will take effect after both countries complete their ratification processes.

Reporter: Antara correspondent
Editor: Rahmad Nasution
Copyright © ANTARA 2024

Related news:
Indonesian, Australian navies hold joint patrol in Timor Sea
Prabowo receives Singaporean defence minister in Jakarta"""))

M.append(dict(id="h52-21", source="bna.bh",
url="https://www.bna.bh/en/HRHCrownPrincePrimeMinisterandUSSecretaryofStatesignC-SIPA.aspx",
published_at="2023-09-13", body="""Bahrain News Agency
Local | Economy | Sports | International | Photos

HRH the Crown Prince and Prime Minister, US Secretary of State sign Comprehensive Security Integration and Prosperity Agreement

Washington, Sept. 13 (BNA): His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, and US Secretary of State Antony Blinken today signed the Comprehensive Security Integration and Prosperity Agreement (C-SIPA) between the Kingdom of Bahrain and the United States of America, at the State Department in Washington.

HRH the Crown Prince and Prime Minister affirmed that the agreement represents a milestone in the long-standing strategic partnership between the two friendly countries, which spans more than seven decades, and strengthens cooperation in defence, security, trade and technology.

The agreement commits the two sides to deepen defence and intelligence cooperation, to work together to deter external aggression, and to expand collaboration in emerging technologies. It is open to other countries that wish to join.

Secretary Blinken said the agreement would make the partnership "more capable, more integrated and more prosperous".

HRH the Crown Prince and Prime Minister is on an official visit to the United States.

Other news
HM the King receives Cabinet members
Foreign Minister receives copy of credentials of new Ambassador of Italy
HRH the Crown Prince and Prime Minister receives US Chamber of Commerce delegation

BNA 2023 | Terms of use"""))

M.append(dict(id="h52-22", source="citizen.digital",
url="https://www.citizen.digital/news/kenya-us-sign-five-year-defence-cooperation-agreement",
published_at="2023-09-25", body="""Citizen Digital
News | Business | Sports | Lifestyle | Watch Live

Kenya, US sign five-year defence cooperation agreement

By Citizen Reporter
Published on: September 25, 2023 20:11 (EAT)

Kenya and the United States on Monday signed a five-year defence cooperation agreement during a visit to Nairobi by US Defense Secretary Lloyd Austin.

Austin and Defence Cabinet Secretary Aden Duale signed the framework at the Ministry of Defence headquarters, Ulinzi House. Duale said the deal would guide military cooperation until 2028, including counter-terrorism operations against al-Shabaab, training and maritime security.

Austin also held talks with President William Ruto at State House, Nairobi, where they discussed Kenya's offer to lead a multinational security mission to Haiti. The Pentagon chief said the United States would provide support for the mission.

A Kenyan team carried out an assessment mission to Port-au-Prince in August ahead of the proposed deployment, which still needs UN Security Council approval.

Austin arrived in Kenya from Djibouti, home to the largest US base on the continent. He is due in Angola on Wednesday, the last stop of his first Africa tour since taking office.

Duale said Kenya would continue to host US forces at Camp Simba in Lamu.

Related
Ruto to address UN General Assembly on climate finance
KDF soldiers killed in Lamu IED attack

Share this: Facebook | Twitter | WhatsApp

Download the Citizen Digital app. Get breaking news alerts"""))

M.append(dict(id="h52-23", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2024/11/japan-china-defense-chiefs-meet-in-laos.html",
published_at="2024-11-20", body="""KYODO NEWS
Latest | Japan | World | Business | Sports

Japan, China defense chiefs meet in Laos, agree to keep communicating

KYODO NEWS - Nov 20, 2024 - 21:35 | All, Japan, World

VIENTIANE - Japanese Defense Minister Gen Nakatani and his Chinese counterpart Dong Jun met Wednesday in the Laotian capital, agreeing to maintain communication between the two countries' defense authorities despite tensions over Chinese military activities near Japan.

The meeting, on the sidelines of the ASEAN Defense Ministers' Meeting-Plus, was the first in-person talks between the two countries' defense chiefs since June 2023.

Nakatani conveyed Japan's "serious concerns" over China's military activities, including an August airspace violation by a Chinese military aircraft off Nagasaki Prefecture and the passage of a Chinese aircraft carrier between two Japanese islands in September, the Defense Ministry said.

Dong was quoted by the Chinese side as saying the two countries should "properly handle" differences. Dong invited Nakatani to visit China, the ministry said.

Earlier Wednesday, a U.S. official said China had turned down a request by Defense Secretary Lloyd Austin to meet Dong in Vientiane, citing U.S. arms sales to Taiwan.

Nakatani, who took office in October, was attending the gathering for the first time.

Related coverage:
Japan, Philippines to start talks on military information pact
China's carrier Liaoning sails between Yonaguni, Iriomote islands

(C) Kyodo News. All rights reserved."""))

M.append(dict(id="h52-24", source="i24news.tv",
url="https://www.i24news.tv/en/news/israel/diplomacy-defense/gantz-signs-defense-memorandum-with-morocco-in-rabat",
published_at="2021-11-24", body="""i24NEWS
Israel | Middle East | International | Live

Gantz signs landmark defense memorandum with Morocco in Rabat

i24NEWS - AFP
November 24, 2021 at 05:31 PM

Defense Minister Benny Gantz signed a memorandum of understanding on security cooperation with Morocco in Rabat on Wednesday, the first such agreement between Israel and an Arab country.

Gantz and Abdellatif Loudiyi, Morocco's minister delegate in charge of national defense administration, signed the document, which provides a framework for intelligence sharing, defense industry cooperation, joint training and arms procurement, Gantz's office said.

"This is a very important thing that will enable us to carry out joint projects," Gantz said.

Gantz, who landed in Rabat on Tuesday evening for the first official visit to Morocco by an Israeli defense minister, also met Foreign Minister Nasser Bourita and is due to visit a synagogue in the capital on Thursday.

Israel and Morocco agreed to normalize relations in December 2020 under the US-brokered Abraham Accords, in exchange for Washington's recognition of Moroccan sovereignty over the disputed Western Sahara.

The visit drew criticism from neighboring Algeria, which cut diplomatic ties with Rabat in August.

Officials said further meetings of defense teams from both countries would take place in the coming months.

Most viewed:
Iran nuclear talks set to resume in Vienna
Israeli couple freed from Turkish detention return home

Cookies: this site uses cookies. OK"""))

M.append(dict(id="h52-25", source="armenpress.am",
url="https://armenpress.am/en/article/1131245",
published_at="2024-02-23", body="""ARMENPRESS
Politics | Economy | Society | Culture | Sport

Armenia, France sign contract on supply of Mistral air defense systems

YEREVAN, FEBRUARY 23, ARMENPRESS. Minister of Defense of Armenia Suren Papikyan and Minister of the Armed Forces of France Sébastien Lecornu on Friday signed a contract on the supply of Mistral short-range air defense systems to the Armed Forces of Armenia, the Ministry of Defense reported.

The French minister arrived in Yerevan on February 22 on an official visit. He was also received by Prime Minister Nikol Pashinyan, with whom he discussed the development of Armenian-French defense cooperation and the regional security situation.

During the talks, the sides noted that the contracts signed earlier on the supply of radar stations and armored vehicles are being implemented.

Lecornu said that France will continue to support Armenia in strengthening its defense capabilities, noting that the weapons supplied are intended for the defense of Armenia's sovereign territory.

During the visit, Lecornu also laid a wreath at the Tsitsernakaberd Memorial to the victims of the Armenian Genocide.

Azerbaijan's Foreign Ministry criticized the agreement, saying arms supplies to Armenia hamper efforts for peace in the region.

Related:
Pashinyan holds phone talk with President of European Council
Armenian Defense Minister receives Ambassador of India

Print | Share: Facebook | X | Telegram
All rights reserved. ARMENPRESS"""))

M.append(dict(id="h52-26", source="navalnews.com",
url="https://www.navalnews.com/naval-news/2024/06/russian-navy-frigate-and-nuclear-submarine-arrive-in-havana/",
published_at="2024-06-12", body="""Naval News
Naval Forces | Surface Fleet | Submarines | Unmanned | Events

Russian Navy Frigate and Nuclear Submarine Arrive in Havana

By Naval News Staff
12 Jun 2024

A Russian Navy detachment led by the Admiral Gorshkov-class frigate Admiral Gorshkov arrived in Havana on Wednesday, together with the Yasen-M nuclear-powered cruise missile submarine Kazan, the fleet oiler Akademik Pashin and the rescue tug Nikolai Chiker.

The ships fired a 21-gun salute as they entered the harbor and were answered by a Cuban battery. The visit will last until June 17. Cuba's Ministry of the Revolutionary Armed Forces said the detachment's commander would hold a program of official meetings with the leadership of the Revolutionary Navy and that none of the ships was carrying nuclear weapons.

Before arriving, the Russian ships conducted what Moscow described as missile firing drills in the Atlantic, simulating strikes against targets at a distance of more than 600 km.

US officials said they were monitoring the deployment and did not consider it a threat. The US Navy fast-attack submarine USS Helena is expected at Guantanamo Bay, and Canada's patrol ship HMCS Margaret Brooke is due to make a port visit to Havana later this week, Canadian Joint Operations Command said.

Russian media have suggested the detachment could call in Venezuela after leaving Cuba, but this has not been confirmed.

Comments (23)

Subscribe to Naval News. Get the latest naval news delivered to your inbox."""))
