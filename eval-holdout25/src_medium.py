# Medium wire-style stories (1,200-2,000 characters), h25-13 .. h25-26
M = []

M.append(dict(id="h25-13", source="reuters.com",
url="https://www.reuters.com/world/middle-east/saudi-foreign-minister-arrives-tehran-first-visit-years-2023-06-17/",
published_at="2023-06-17", body="""Saudi foreign minister in Tehran on first visit in years as rivals mend ties

By Reuters
June 17, 2023 3:12 PM GMT+3 Updated 2 hours ago

DUBAI, June 17 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan held talks with his Iranian counterpart Hossein Amir-Abdollahian in Tehran on Saturday, the first visit to Iran by a Saudi foreign minister in years, as the two regional rivals move ahead with a China-brokered deal to restore relations.

"Relations between our two countries are based on the principles of non-interference in internal affairs and respect for sovereignty," Prince Faisal told a joint news conference, adding that Riyadh hoped to cooperate with Tehran on regional security.

Amir-Abdollahian said dialogue between the two countries was "on the right track". Prince Faisal was later received by President Ebrahim Raisi, Iranian state media reported.

The Saudi minister said Raisi had accepted an invitation from King Salman to visit the kingdom, without giving a date.

Iran reopened its embassy in Riyadh earlier this month. Saudi Arabia has yet to reopen its mission in Tehran, which was stormed by protesters in 2016 after the kingdom executed a prominent Shi'ite cleric.

Saudi Arabia and Iran agreed in March, after talks hosted in Beijing between their national security officials, to restore ties and reopen embassies within two months.

The thaw has raised hopes for an end to the war in Yemen, where the kingdom leads a coalition against the Iran-aligned Houthis.

Reporting by Dubai newsroom; Editing by Middle East desk

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Oil steadies as China demand concerns weigh
Iran says it foiled 'Israel-linked' sabotage plot"""))

M.append(dict(id="h25-14", source="apnews.com",
url="https://apnews.com/article/mexico-lopez-obrador-trump-white-house-usmca-visit",
published_at="2020-07-08", body="""Trump hosts Mexico's López Obrador, celebrates new trade pact

By The Associated Press
July 8, 2020

WASHINGTON (AP) — President Donald Trump welcomed Mexican President Andrés Manuel López Obrador to the White House on Wednesday, with both leaders setting aside past insults to celebrate a new North American trade deal that took effect last week.

"The relationship between the United States and Mexico has never been closer than it is right now," Trump said in the Rose Garden after the two men signed a joint declaration on the trade pact, known as the USMCA.

López Obrador, on his first foreign trip since taking office in December 2018, thanked Trump for treating Mexico "with respect" and said the two countries had chosen to "understand each other" despite disagreements.

The Mexican leader flew to Washington on a commercial flight with a layover in Atlanta, in keeping with his austerity pledges. Before the White House meeting he laid wreaths at the Lincoln Memorial and at a statue of Benito Juárez, the 19th-century Mexican president.

Canadian Prime Minister Justin Trudeau had been invited to join the celebration but declined, citing the coronavirus pandemic and a dispute over US threats to reimpose tariffs on Canadian aluminum.

Critics in Mexico had urged López Obrador not to make the trip, warning that he risked becoming a prop for Trump's reelection campaign. The president was also due to attend a dinner with business executives, including Mexican billionaire Carlos Slim.

Associated Press writers in Mexico City and Washington contributed to this report.

Copyright 2020 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h25-15", source="whitehouse.gov",
url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china-3/",
published_at="2024-04-02", body="""The White House | Briefing Room | Statements and Releases

Readout of President Joe Biden's Call with President Xi Jinping of the People's Republic of China

April 2, 2024

President Joseph R. Biden, Jr. held a telephone call today with President Xi Jinping of the People's Republic of China (PRC). It was the leaders' first conversation since they met at Woodside, California, in November 2023. They took stock of the work their teams have done since then on the commitments made at that summit, among them joint efforts against the trafficking of fentanyl and other illicit drugs, the resumption of communication between their militaries, a dialogue on the risks of artificial intelligence, and cooperation on climate.

The President underlined that the United States wants peace and stability to be preserved across the Taiwan Strait, and that freedom of navigation and international law must be respected in the South China Sea. He voiced concern about assistance from the PRC that helps Russia rebuild its defense industry and the consequences for security in Europe, and restated the U.S. commitment to the full denuclearization of the Korean Peninsula. He also pressed his concerns about PRC trade practices that harm American workers and firms.

Both leaders said they want to keep lines of communication open and to manage competition responsibly, through senior-level diplomacy and working-level talks over the coming months. In that context, they noted that Treasury Secretary Janet Yellen will soon travel to the PRC, and that Secretary of State Antony Blinken will make a visit in the weeks ahead.

###

Briefing Room | Statements and Releases | Share: Facebook | X | Email

Stay Connected | Sign up for email updates from the White House"""))

M.append(dict(id="h25-16", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/38104/Visit_of_External_Affairs_Minister_to_Maldives_August_0911_2024",
published_at="2024-08-08", body="""Ministry of External Affairs | Government of India

Home > Media Center > Press Releases

Visit of External Affairs Minister to Maldives (August 09-11, 2024)

August 08, 2024

External Affairs Minister Dr. S. Jaishankar will pay an official visit to the Republic of Maldives from 09-11 August 2024, at the invitation of the Minister of Foreign Affairs of Maldives, H.E. Mr. Moosa Zameer.

2. During the visit, EAM will call on H.E. Dr. Mohamed Muizzu, President of Maldives, and hold bilateral talks with Foreign Minister Zameer. He is also expected to meet other dignitaries of the Government of Maldives and take part in the handing over of India-assisted projects.

3. Maldives is India's key maritime neighbour and an important partner in India's vision of 'SAGAR' (Security and Growth for All in the Region) and its 'Neighbourhood First' policy.

4. President Muizzu attended the swearing-in ceremony of the Prime Minister and the Union Council of Ministers in New Delhi in June 2024. Foreign Minister Zameer paid an official visit to India in May 2024.

5. The visit of EAM reflects India's commitment to further strengthening the close and historic ties between the two countries and expanding cooperation across a range of sectors for the benefit of the people of both countries.

New Delhi
August 08, 2024

Print | Share | Email

Related Links: Bilateral Briefs | Missions Abroad | Visa Information

Other Press Releases
Visit of Prime Minister to Poland and Ukraine (August 21-23, 2024)
Minister of State for External Affairs meets visiting delegation from Mauritius
India-Vietnam Joint Commission held in New Delhi

Website Policies | Help | Contact Us | Feedback
Content owned by the Ministry of External Affairs, Government of India"""))

M.append(dict(id="h25-17", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/party-chief-holds-talks-with-chinese-party-general-secretary-president-xi-jinping-post273310.vnp",
published_at="2023-12-12", body="""VietnamPlus | Politics | Business | Society | World | Culture | Sports

Party chief holds talks with Chinese Party General Secretary, President Xi Jinping

Hanoi (VNA) – General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong held talks in Hanoi on December 12 with General Secretary of the Communist Party of China Central Committee and President of China Xi Jinping, who is on a state visit to Vietnam from December 12-13.

The two leaders agreed to build a Vietnam-China community with a shared future that carries strategic significance, lifting the comprehensive strategic cooperative partnership to a new level.

General Secretary Trong warmly welcomed Xi and his spouse, noting that this is Xi's third visit to Vietnam as top leader of the Chinese Party and State, following trips in 2015 and 2017.

Xi thanked his hosts and said that China always regards Vietnam as a priority in its neighbourhood diplomacy.

Following the talks, the two leaders witnessed the exchange of 36 cooperation documents covering areas such as transport connectivity, trade, agriculture, digital economy, green development, and joint patrols in the Gulf of Tonkin.

Earlier, Trong hosted an official welcome ceremony for Xi at the Presidential Palace.

During the visit, the Chinese leader is scheduled to hold talks with President Vo Van Thuong and meet Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue.

VNA

Photo: Party General Secretary Nguyen Phu Trong (R) and Chinese Party General Secretary and President Xi Jinping at the talks in Hanoi on December 12 (Photo: VNA)

Other news
PM Pham Minh Chinh receives Japanese business delegation
Vietnam, Laos sign cooperation deals on transport
Deputy PM attends ASEAN-Japan commemorative event

VietnamPlus, the online newspaper of the Vietnam News Agency"""))

M.append(dict(id="h25-18", source="barrons.com",
url="https://www.barrons.com/news/japan-pm-kishida-in-kyiv-in-surprise-visit-as-xi-meets-putin-in-moscow-3e1d5f2b",
published_at="2023-03-21", body="""Barron's | News | AFP

Japan PM Kishida In Kyiv In Surprise Visit As Xi Meets Putin In Moscow

By AFP - Agence France Presse
March 21, 2023

Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit to meet Ukrainian President Volodymyr Zelensky, as Chinese leader Xi Jinping held talks with Vladimir Putin in Moscow.

Kishida, whose country holds the rotating presidency of the Group of Seven, had been the only leader of the G7 not to have visited Ukraine since Russia's invasion more than a year ago.

Public broadcaster NHK showed him arriving at Kyiv's central station after travelling by train from Poland. He was expected to pay respects to the victims in Bucha, the town outside the capital where Russian forces were accused of atrocities, before holding talks with Zelensky.

The Japanese foreign ministry said Kishida would "show respect to the courage and perseverance of the Ukrainian people" and convey Japan's solidarity.

Some 800 kilometres away, Xi was holding formal talks with Putin at the Kremlin on the second day of his state visit to Russia. The two leaders had dinner on Monday evening and Putin said he had studied Beijing's 12-point position paper on the conflict "with respect".

Kishida will travel on to Poland on Wednesday for talks with Prime Minister Mateusz Morawiecki, the foreign ministry in Tokyo said.

Japan has joined Western sanctions against Moscow and provided humanitarian and financial aid to Kyiv, but its pacifist constitution limits military assistance.

bur-kaf/dhc

© 2023 AFP

Share | Print | Save"""))

M.append(dict(id="h25-19", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20230714004500315",
published_at="2023-07-14", body="""Yonhap News Agency | National | North Korea | Economy | Market | Business | Culture

(LEAD) FM Park meets China's Wang Yi, Japan's Hayashi on sidelines of ASEAN meetings

Politics 16:02 July 14, 2023

JAKARTA, July 14 (Yonhap) -- Foreign Minister Park Jin held talks with Wang Yi, China's top diplomat, in Jakarta on Friday, and called on Beijing to play a "constructive role" in dealing with North Korea's nuclear and missile threats, the foreign ministry said.

The meeting, held on the sidelines of the ASEAN Regional Forum and related meetings, was the first face-to-face encounter between the two in about eight months, coming amid friction over remarks by the Chinese ambassador in Seoul.

Wang was quoted by China's foreign ministry as saying the two countries should "remove interference" and keep bilateral ties on a sound footing.

Park also met with Japanese Foreign Minister Yoshimasa Hayashi earlier in the day, during which the two discussed Japan's plan to release treated radioactive water from the Fukushima nuclear plant into the sea, as well as closer coordination on North Korea, which test-fired a solid-fuel intercontinental ballistic missile on Wednesday.

Park, Hayashi and US Secretary of State Antony Blinken were also set to hold a trilateral meeting later in the day, the ministry said.

Wang Yi is attending the ASEAN meetings in place of Foreign Minister Qin Gang, who Beijing said was unwell.

(END)

Keywords: #Park Jin #Wang Yi #Hayashi #ASEAN

Most Liked | Most Saved

Copyright (c) Yonhap News Agency prohibits its content from being redistributed without permission"""))

M.append(dict(id="h25-20", source="mfa.gov.sg",
url="https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2025/01/20250107-11th-Leaders-Retreat",
published_at="2025-01-07", body="""Ministry of Foreign Affairs Singapore | Newsroom | Press Statements, Transcripts & Photos

Joint Press Statement on the 11th Malaysia-Singapore Leaders' Retreat, 7 January 2025

1. Prime Minister of Malaysia Dato' Seri Anwar Ibrahim hosted Prime Minister of Singapore Lawrence Wong for the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya on 7 January 2025. This was Prime Minister Wong's first Leaders' Retreat since assuming office in May 2024.

2. The two Leaders welcomed the strong and multifaceted bilateral relationship and reaffirmed their commitment to further deepening cooperation in trade, investment, connectivity, the digital economy and the green economy.

3. The Leaders witnessed the signing of the Agreement on the Johor-Singapore Special Economic Zone (JS-SEZ), which aims to strengthen economic connectivity between Johor and Singapore and facilitate the movement of goods and people. The Leaders also witnessed the exchange of several other bilateral documents.

4. The Leaders noted that the Johor Bahru-Singapore Rapid Transit System Link remained on track to commence operations by the end of 2026.

5. The Leaders looked forward to the 12th Malaysia-Singapore Leaders' Retreat, which Singapore will host.

. . . . .

MINISTRY OF FOREIGN AFFAIRS
SINGAPORE
7 JANUARY 2025

Related
Visit by Minister for Foreign Affairs Dr Vivian Balakrishnan to Viet Nam
MFA Spokesperson's Comments on the situation in the Middle East

Share this: Facebook | X | LinkedIn | Email

Back to Top | Contact Us | Feedback | Privacy Statement | Terms of Use"""))

M.append(dict(id="h25-21", source="en.irna.ir",
url="https://en.irna.ir/news/85595023/President-Pezeshkian-arrives-in-Baghdad-on-first-foreign-trip",
published_at="2024-09-11", body="""IRNA English | Iran | Politics | Economy | World | Sports

President Pezeshkian arrives in Baghdad on first foreign trip

Tehran, IRNA – President Masoud Pezeshkian arrived in Baghdad on Wednesday at the head of a high-ranking political and economic delegation, on his first trip abroad since taking office.

The President was officially welcomed by Iraqi Prime Minister Mohammed Shia al-Sudani at Baghdad International Airport and later at the government palace, where the two sides held talks on expanding bilateral relations.

Following the talks, the two sides signed 14 memoranda of understanding in the fields of trade, agriculture, communications, education, youth and sports, and social security.

At a joint press conference, Pezeshkian said Iran and Iraq enjoy "deep religious, cultural and historical bonds" and that there are no obstacles to the development of ties. He also called for unity among Islamic countries in the face of the Zionist regime's crimes in Gaza.

Al-Sudani described the visit as a "new page" in relations between the two neighbours.

Foreign Minister Seyed Abbas Araghchi and several other cabinet ministers are accompanying the President.

During the three-day visit, Pezeshkian is also scheduled to travel to the Kurdistan Region, Basra, Karbala and Najaf.

9411**3040

Follow us on Telegram | Instagram

Related News
Araghchi, Omani FM discuss regional developments in phone call
Iran's exports to Iraq top $10 billion in past year
First Vice President receives Tajik ambassador"""))

M.append(dict(id="h25-22", source="en.antaranews.com",
url="https://en.antaranews.com/news/334567/prabowo-xi-agree-to-boost-cooperation-in-beijing-meeting",
published_at="2024-11-09", body="""ANTARA News | Indonesia | Business | World | Sports

Prabowo, Xi agree to boost cooperation in Beijing meeting

November 9, 2024 19:10 GMT+700

Beijing (ANTARA) - President Prabowo Subianto met with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Saturday, with both leaders agreeing to deepen cooperation in food security, energy, and the digital economy.

Prabowo arrived in Beijing on Friday evening for a state visit, the first stop of his first overseas trip since being sworn in on October 20.

"China is a very important partner for Indonesia," Prabowo said during the talks. Xi described the two countries as "major developing countries and important emerging economies".

The two leaders witnessed the signing of several cooperation agreements, including in the fields of green mining, water resources, and maritime cooperation, while Indonesian and Chinese companies are expected to sign deals worth around US$10 billion at a business forum on Sunday.

Prabowo is also scheduled to meet Premier Li Qiang and NPC Standing Committee Chairman Zhao Leji.

From China, Prabowo will fly to the United States, where he is slated to meet President Joe Biden at the White House. He will then attend the APEC Summit in Lima, Peru, and the G20 Summit in Rio de Janeiro, Brazil.

On the last leg of the trip, the President will travel to London for a meeting with British Prime Minister Keir Starmer, Foreign Minister Sugiono said.

Reporter: Tim ANTARA
Editor: Azis Kurmala
COPYRIGHT © ANTARA 2024

Related news:
Indonesia, Malaysia agree to step up border cooperation
Prabowo to attend APEC in Peru

Tags: Prabowo Subianto, Xi Jinping, China, state visit"""))

M.append(dict(id="h25-23", source="gov.uk",
url="https://www.gov.uk/government/news/pm-call-with-prime-minister-modi-6-july-2024",
published_at="2024-07-06", body="""Cookies on GOV.UK
We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.
Accept additional cookies | Reject additional cookies | View cookies

Skip to main content | GOV.UK | Menu

Home > Government > World > India

Press release

PM call with Prime Minister Modi: 6 July 2024

Prime Minister Keir Starmer spoke to Prime Minister Narendra Modi of India.

From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP
Published 6 July 2024

The Prime Minister spoke to Prime Minister Modi of India this evening.

Prime Minister Modi congratulated the Prime Minister on his election victory, and the Prime Minister thanked him for his kind words and congratulated him on his own recent re-election.

The leaders discussed the strong ties between the United Kingdom and India, including the living bridge of people that connects the two countries.

The Prime Minister said he was ready to conclude a free trade agreement that works for both sides and agreed to work together to strengthen cooperation in areas including technology, security and the economy.

The leaders looked forward to speaking again soon.

Share this page: Facebook | Twitter

Related content
PM call with President Biden: 6 July 2024
PM call with Prime Minister Albanese: 6 July 2024

Explore the topic: Foreign affairs

Is this page useful? Yes | No | Report a problem with this page

All content is available under the Open Government Licence v3.0, except where otherwise stated | © Crown copyright"""))

M.append(dict(id="h25-24", source="aps.dz",
url="https://www.aps.dz/en/algeria/49712-president-tebboune-receives-italian-prime-minister-giorgia-meloni",
published_at="2023-01-23", body="""Algérie Presse Service | APS Online | Algeria | Economy | World | Sport

President Tebboune receives Italian Prime Minister Giorgia Meloni

Monday, 23 January 2023 13:05

ALGIERS - President of the Republic, Abdelmadjid Tebboune, received on Monday at El Mouradia Palace Italian Prime Minister Giorgia Meloni, who is on an official visit to Algeria.

The two sides held talks in a tête-à-tête before the meeting was expanded to the delegations of both countries.

Meloni arrived in Algiers on Sunday, where she was welcomed at Houari Boumediene International Airport by Prime Minister Aïmene Benabderrahmane. She laid a wreath at the Martyrs' Memorial (Maqam Echahid) and at a garden named after the Italian industrialist Enrico Mattei.

Following the talks, the President of the Republic and the Italian Prime Minister presided over the signing of several agreements, including between national hydrocarbons company Sonatrach and Italian group Eni, on increasing gas exports to Italy and reducing greenhouse gas emissions.

In a joint statement to the press, President Tebboune said that Algeria and Italy share "an exceptional relationship" and that he had agreed with Meloni to strengthen economic partnership beyond energy, notably in industry, agriculture and the digital economy.

Meloni described Algeria as "a strategic partner" and said Italy could become a hub for Algerian energy supplies to Europe.

APS

Read also
Lamamra receives phone call from his Tunisian counterpart
Sonatrach: record hydrocarbons revenues in 2022
Algerian-Chinese business forum held in Algiers

All rights reserved APS © 2023"""))

M.append(dict(id="h25-25", source="dpa-international.com",
url="https://www.dpa-international.com/topic/steinmeier-tanzania-colonial-past-visit-231031-99-765432",
published_at="2023-10-31", body="""dpa international | Politics | Business | Science | Panorama

Steinmeier in Tanzania to confront Germany's colonial past

Dar es Salaam (dpa) - German President Frank-Walter Steinmeier held talks with Tanzanian President Samia Suluhu Hassan in Dar es Salaam on Tuesday, at the start of a trip that is set to focus on Germany's colonial-era crimes in East Africa.

"I want to listen and to learn," Steinmeier told reporters after the meeting at State House, saying he wanted to understand what descendants of the victims expected from Germany.

Samia said Tanzania was open to discussions on how Germany could address the past, including the return of looted artefacts and human remains held in German museums.

On Wednesday, Steinmeier is to travel to Songea in the south of the country, where the German colonial army executed leaders of the Maji Maji uprising in 1906. Up to 300,000 people are estimated to have died in the suppression of the revolt, many of them from famine.

Steinmeier, who is accompanied by a business delegation, will then fly to Zambia for talks with President Hakainde Hichilema, with a focus on critical raw materials and energy.

Germany ruled what is now mainland Tanzania, Rwanda and Burundi as German East Africa from the 1880s until the end of World War I.

dpa cab mbm
311120 Oct 23

Image: Frank-Walter Steinmeier and Samia Suluhu Hassan. Photo: Bernd von Jutrczenka/dpa

Latest news
Scholz to host African leaders at Berlin summit
Baerbock heads to Israel as Gaza crisis deepens"""))

M.append(dict(id="h25-26", source="prensa-latina.cu",
url="https://www.prensa-latina.cu/2022/11/22/diaz-canel-and-putin-hold-official-talks-in-moscow",
published_at="2022-11-22", body="""Prensa Latina | Latin American News Agency | Cuba | Latin America | World

Díaz-Canel and Putin hold official talks in Moscow

Moscow, Nov 22 (Prensa Latina) - The President of Cuba, Miguel Díaz-Canel, and his Russian counterpart, Vladimir Putin, held official talks on Tuesday at the Kremlin, where they reviewed the state of bilateral relations and cooperation in the economic, energy and financial fields.

The Cuban head of state, who arrived in Moscow on Monday, described the bonds between the two nations as "unbreakable" and thanked Russia for its solidarity in the face of the US blockade.

Putin said the two countries had always stood together against sanctions and described Cuba as a country that "boldly defends its sovereignty".

After the talks, the two presidents unveiled a monument to the historic leader of the Cuban Revolution, Fidel Castro, in a square in the northwest of Moscow.

Díaz-Canel's tour began in Algeria, where he met with President Abdelmadjid Tebboune, and continued in Turkey, where he was received by President Recep Tayyip Erdogan.

The Cuban president will travel from Moscow to Beijing, where he will be received by the General Secretary of the Communist Party of China and President Xi Jinping, as the first Latin American head of state to visit China since the 20th Party Congress.

fgg/abm/cc

Related
Cuban Foreign Minister meets Vietnamese counterpart in Hanoi
Russian delegation arrives in Havana for intergovernmental commission

Share: Facebook | X | Telegram"""))
