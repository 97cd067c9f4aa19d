from a01_10 import add, A

add("h16-11", "akipress.com", "https://akipress.com/news:790114:Tajik_President_Rahmon_arrives_in_Bishkek_on_state_visit/", "2025-03-13", """
AKIpress News Agency
USD/KGS 87.45 | EUR/KGS 95.10 | RUB/KGS 1.02 | KZT/KGS 0.17
Kyrgyzstan | Central Asia | Economy | Society | Sport

Rahmon arrives in Bishkek, signs border treaty with Japarov
BISHKEK (AKIpress) - President of Tajikistan Emomali Rahmon arrived in Bishkek on March 13 for a state visit to Kyrgyzstan, the first in more than a decade, and was met at Manas International Airport by President Sadyr Japarov.

Later in the day the two presidents held talks at the Ala-Archa state residence and signed the Treaty on the Kyrgyz-Tajik State Border, which settles the delimitation of the entire 980-kilometre boundary between the two countries. The text of the document had been agreed in February by the heads of the two countries' security services, Kamchybek Tashiev and Saimumin Yatimov.

Japarov called the treaty "a historic event" that closes a page of conflict and opens the way for trade, transport and family ties across the border. Rahmon said the two peoples were "doomed to live as good neighbours."

In total, more than ten documents were signed, including agreements on the reopening of checkpoints, the resumption of direct flights between Bishkek and Dushanbe and cooperation in water management.

Disputes over the unmarked sections of the border led to deadly clashes in April 2021 and September 2022, in which more than 100 people were killed.

At the end of March, Japarov and Rahmon are expected to meet Uzbek President Shavkat Mirziyoyev in the Tajik city of Khujand for a trilateral summit on the junction point of the borders of the three states.

Read also:
Japarov, Tokayev hold phone talks
Kyrgyzstan raises electricity tariffs from April 1
Bishkek–Osh road: reconstruction to resume in spring

Comments (3)
""",
["KGZ-TJK V O"],
["KGZ-TJK V P", "KGZ-UZB M P", "TJK-UZB V P", "KAZ-KGZ C O"])

add("h16-12", "inform.kz", None, "2017-03-22", """
Uzbek President arrives in Astana on state visit

ASTANA. KAZINFORM - President of Uzbekistan Shavkat Mirziyoyev has arrived in Astana on a two-day state visit to Kazakhstan, Kazinform reports.

At the airport, the Uzbek leader was welcomed by Prime Minister of Kazakhstan Bakytzhan Sagintayev and other officials.

Official talks between Mirziyoyev and President Nursultan Nazarbayev are scheduled for Thursday at Akorda, after which a package of intergovernmental documents on trade, transport, water resources and border issues is expected to be signed. A business forum will bring together about 300 companies from both countries.

This is Mirziyoyev's first state visit to Kazakhstan since he was elected president in December 2016. Earlier this month he made his first foreign trip as head of state to Turkmenistan.

Share: Facebook | VK | Twitter
""",
["KAZ-UZB V O"],
["KAZ-UZB A P", "TKM-UZB V O"])

add("h16-13", "aa.com.tr", "https://www.aa.com.tr/en/politics/turkish-president-arrives-in-saudi-arabia-on-first-leg-of-gulf-tour/2946011", "2023-07-17", """
Anadolu Ajansı
BIST 100 6.105,83 ▲ 0,84% | USD/TRY 26,98 | EUR/TRY 30,28 | GRAM ALTIN 1.712,40
Türkçe | English | Français | العربية | Русский | Bosanski

POLITICS
Turkish president arrives in Saudi Arabia on first leg of Gulf tour
Erdogan holds talks with Crown Prince Mohammed bin Salman in Jeddah before moving on to Qatar and UAE
Emre Aydoğan | 17.07.2023 - Update : 17.07.2023
JEDDAH

Turkish President Recep Tayyip Erdogan arrived in the Saudi port city of Jeddah on Monday, kicking off a three-nation Gulf tour focused on trade and investment.

Erdogan was welcomed at King Abdulaziz International Airport by Mecca Governor Prince Khalid al-Faisal and other officials, before heading to Al-Salam Palace for talks with Crown Prince and Prime Minister Mohammed bin Salman.

Following the talks, the two leaders witnessed the signing of several agreements, including a contract under which the Saudi Defense Ministry will acquire Akinci combat drones from Turkish defense company Baykar, as well as memoranda of understanding on energy, direct investment, communications and media cooperation.

Speaking to reporters at Istanbul Ataturk Airport before his departure, Erdogan said the visits would focus on "joint investment and financing activities" and that Turkish companies were ready to take a larger share in the Gulf's mega-projects.

"We will be holding many meetings with business people in all three countries," he said, adding that Türkiye's trade volume with the Gulf Cooperation Council had reached around $22 billion.

The president is accompanied by First Lady Emine Erdogan, Foreign Minister Hakan Fidan, Treasury and Finance Minister Mehmet Simsek, Defense Minister Yasar Guler, Energy Minister Alparslan Bayraktar and a large delegation of business people.

Relations between Ankara and Riyadh, strained after the 2018 killing of journalist Jamal Khashoggi in Istanbul, have improved markedly since Erdogan's visit to the kingdom in April 2022 and the crown prince's visit to Ankara in June of the same year.

Next stops: Doha and Abu Dhabi

Erdogan will fly to Doha on Tuesday for talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani, a close ally, and is scheduled to wrap up the tour in Abu Dhabi on Wednesday, where he will be received by UAE President Sheikh Mohamed bin Zayed Al Nahyan. Agreements worth billions of dollars are expected to be signed in the Emirati capital, according to Turkish officials.

The Gulf tour comes a week after the NATO summit in Vilnius, where Erdogan held talks with US President Joe Biden and agreed to forward Sweden's membership bid to the Turkish parliament.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related news
Türkiye summons Swedish envoy over Quran burning in Stockholm
Fidan receives Iraqi counterpart Fuad Hussein in Ankara
Turkish exports hit record in June

Share: Facebook | Twitter | LinkedIn | WhatsApp
""",
["SAU-TUR V O", "QAT-TUR V P", "ARE-TUR V P"],
["TUR-USA M O", "LTU-TUR V O", "SWE-TUR M O", "IRQ-TUR V O"])

add("h16-14", "agenciabrasil.ebc.com.br", "https://agenciabrasil.ebc.com.br/en/politica/noticia/2023-05/lula-receives-maduro-planalto", "2023-05-29", """
Agência Brasil
Politics
Lula receives Maduro at Planalto on eve of South American summit
Published on 29/05/2023 - 17:30 By Felipe Moura Duarte - Brasília
Brasília (DF), 29/05/2023 - President Lula receives Venezuelan President Nicolás Maduro at Planalto Palace. Photo: Marcelo Camargo/Agência Brasil

President Luiz Inácio Lula da Silva received Venezuelan President Nicolás Maduro this Monday (29) at Planalto Palace, in Maduro's first visit to Brazil since 2015. The Venezuelan leader landed at Brasília air base on Sunday night.

After the meeting, Lula said that Venezuela had been the victim of a "narrative" of authoritarianism and that it was up to Caracas to build its own narrative to change that perception. The two governments agreed to resume regular consultations, to study the restoration of the power line that supplies the state of Roraima and to expand trade, which fell sharply in recent years.

Under the previous government, Maduro had been banned from entering Brazilian territory, and the Brazilian embassy in Caracas remained closed until January.

On Tuesday (30), Lula hosts a meeting of South American presidents at Itamaraty Palace, the first of its kind since 2014. Presidents of 11 of the 12 countries of the region confirmed attendance, including Colombia's Gustavo Petro and Chile's Gabriel Boric; Peru will be represented by the head of its Council of Ministers.

Before the opening session, Lula is scheduled to hold a bilateral meeting on Tuesday morning with Argentine President Alberto Fernández, who is expected to land in Brasília late on Monday.

Edited by: Kleber Sampaio

Tags: Lula | Maduro | Venezuela | South America
""",
["BRA-VEN V O", "ARG-BRA V P"],
["ARG-BRA V O", "BRA-COL V P", "BRA-CHL V P", "BRA-PER V P"])

add("h16-15", "en.irna.ir", "https://en.irna.ir/news/85077614/Iranian-Saudi-FMs-meet-in-Beijing", "2023-04-06", """
IRNA English
Iranian, Saudi top diplomats meet in Beijing, agree to reopen embassies

Beijing, IRNA – Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart Prince Faisal bin Farhan met in Beijing on Thursday, the first formal meeting between the top diplomats of the two countries in more than seven years.

In a joint statement issued after the talks, the two ministers stressed the implementation of the agreement reached in Beijing on March 10 and agreed on reopening embassies and consulates within the agreed two-month period, resuming flights and facilitating visas for citizens.

Chinese Foreign Minister Qin Gang met the two ministers and hailed the meeting as a step for peace in the region.

News ID 85077614
""",
["IRN-SAU M O"],
["CHN-IRN V O", "CHN-SAU V O"])

add("h16-16", "theeastafrican.co.ke", "https://www.theeastafrican.co.ke/tea/news/east-africa/kagame-tshisekedi-to-meet-in-luanda-3870122", "2022-07-05", """
The EastAfrican
Subscribe | Sign in
ADVERTISEMENT

East Africa
Kagame, Tshisekedi to meet in Luanda as M23 tensions rise
Tuesday July 05 2022
Angolan President João Lourenço, who has been mandated by the African Union to mediate between Kinshasa and Kigali. PHOTO | FILE | AFP
By MOSES KIBET OKELLO and ANNE-MARIE NDIZEYE
Summary: Angola's presidency confirmed on Monday that the two leaders will meet on Wednesday; talks come after weeks of shuttle diplomacy by Lourenço's envoys.

Rwandan President Paul Kagame and his DR Congo counterpart Félix Tshisekedi are expected in Luanda on Wednesday for talks mediated by Angolan President João Lourenço, in the latest attempt to defuse tensions between the two neighbours over the resurgence of the M23 rebellion in eastern Congo.

The Angolan presidency said in a statement on Monday that the meeting would "contribute to the restoration of trust" between the two countries and that Lourenço, who was mandated by the African Union to mediate, would host both heads of state.

The meeting follows weeks of shuttle diplomacy. Last week Lourenço dispatched his Minister of External Relations, Téte António, to Kigali, where he delivered a message to President Kagame. On Friday, the Angolan leader received in Luanda the DRC presidential envoy, Serge Tshibangu, who brought a message from Tshisekedi.

Relations between Kinshasa and Kigali have deteriorated sharply since M23 fighters captured the border town of Bunagana in mid-June. The DRC accuses Rwanda of supporting the rebels, a charge Kigali denies, while Rwanda accuses the Congolese army of collaborating with the FDLR, a militia founded by perpetrators of the 1994 genocide against the Tutsi. Kinshasa has suspended RwandAir flights to its territory and summoned the Rwandan ambassador.

The Luanda meeting runs in parallel with the East African Community's Nairobi process, under which Kenyan President Uhuru Kenyatta hosted Tshisekedi and regional leaders in April and June and which envisages a regional force for eastern Congo.

Diplomats in Kigali said Wednesday's talks were likely to focus on a de-escalation roadmap, the return of refugees and the revival of a joint permanent commission between the two countries that has not met for years.

"Nobody expects a breakthrough in one afternoon," said a regional analyst in Nairobi. "But getting the two presidents in the same room under Lourenço's watch is already something."

Congolese civil society groups in Goma have called for protests against any deal that does not include a withdrawal of the M23 from the positions it seized.

Read: DRC suspends RwandAir flights, summons envoy
Read: Museveni hosts Kenyatta for talks on EAC regional force

Sign up for our daily newsletter and get the best of East African news in your inbox.

MOST READ
Tanzania, Kenya agree to remove 14 non-tariff barriers
Uganda shilling slides against dollar
Ethiopia: Tigray aid convoys resume

Share this: Facebook | Twitter | LinkedIn | Email
""",
["COD-RWA M P", "AGO-RWA V P", "AGO-COD V P", "AGO-RWA V O", "AGO-COD V O"],
["COD-KEN V O", "COD-RWA M O", "KEN-UGA V O", "KEN-TZA A O"])

add("h16-17", "angop.ao", "https://www.angop.ao/en/noticias/politica/luanda-tripartite-summit-does-not-take-place/", "2024-12-15", """
ANGOP
POLITICS
Luanda tripartite summit does not take place due to absence of Rwandan delegation
15 December 2024 | 16h40

Luanda - The tripartite summit of the heads of state of Angola, the DR Congo and Rwanda, scheduled for this Sunday in Luanda, did not take place because the Rwandan delegation did not attend, the Angolan Presidency announced.

President Félix Tshisekedi arrived in Luanda in the morning and held a working meeting with President João Lourenço, the African Union mediator for the conflict in eastern DR Congo.

The ministerial meeting held on Saturday ended without consensus, after the Rwandan side insisted on direct dialogue between Kinshasa and the M23. Lourenço reaffirmed his commitment to continue the Luanda process.

JM/ADR
""",
["AGO-COD V O"],
["COD-RWA M P", "AGO-RWA V P", "AGO-RWA V O", "COD-RWA M O", "AGO-COD V P"])

add("h16-18", "angop.ao", "https://www.angop.ao/en/noticias/politica/lourenco-and-lula-reaffirm-strategic-partnership/", "2023-08-25", """
ANGOP - Agência Angola Press
POLITICS
Lourenço and Lula reaffirm strategic partnership
25 August 2023 | 13h05
Photo: Clemente dos Santos / ANGOP

Luanda - The Presidents of Angola, João Lourenço, and of Brazil, Luiz Inácio Lula da Silva, on Friday reaffirmed the strategic partnership between the two countries, during official talks held at the Presidential Palace in Luanda.

Lula da Silva, who arrived in the Angolan capital on Thursday evening from Johannesburg, where he took part in the 15th BRICS summit, was welcomed at the 4 de Fevereiro International Airport by the Minister of External Relations, Téte António.

At the end of the talks, the two governments signed seven agreements in the areas of health, agriculture, tourism, vocational training, culture, sport and the exemption of visas for diplomatic passports.

In a joint press statement, João Lourenço said Brazil was "a natural partner" of Angola, given the historical, cultural and linguistic ties, and invited Brazilian companies to invest in agriculture and agro-industry. Lula da Silva announced that Brazil would resume financing for projects in Angola and expressed interest in increasing bilateral trade, which fell in recent years.

The Brazilian president, who is on his first visit to Angola since 2010, is also due to address the National Assembly and to visit a farm project in Bengo province.

On Saturday, Lula da Silva will leave Luanda for São Tomé and Príncipe, where he will attend the summit of heads of state and government of the Community of Portuguese Language Countries (CPLP).

The visit is part of an African tour that began in South Africa.

JM/ADR

Also in Politics
Head of State receives Governor of Cuando Cubango
Parliament approves 2024 General State Budget in general terms

Share: Facebook | X | WhatsApp
""",
["AGO-BRA V O"],
["BRA-STP V P", "BRA-ZAF V O"])

add("h16-19", "qna.org.qa", "https://www.qna.org.qa/en/News-Area/News/2017-12/20/hh-the-amir-arrives-in-dakar", "2017-12-20", """
Qatar News Agency
العربية | English | Français
Home > Local > Amiri Diwan

HH the Amir Arrives in Dakar, Kicking Off West African Tour
Dakar, December 20 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani arrived in Dakar, capital of the Republic of Senegal, on Wednesday on an official visit, the first leg of a tour of a number of West African countries.

HH the Amir and the accompanying delegation were received upon arrival at Blaise Diagne International Airport by HE President of the Republic of Senegal Macky Sall, a number of ministers and senior officials, and HE Ambassador of the State of Qatar to Senegal.

HH the Amir is scheduled to hold official talks with HE the Senegalese President on Thursday at the Presidential Palace, which will address bilateral relations and means of developing them in the fields of economy, investment, energy, infrastructure and education, in addition to regional and international issues of common interest. A number of agreements and memoranda of understanding are expected to be signed between the governments of the two countries.

The tour of HH the Amir will also take him to the Republic of Mali, Burkina Faso, the Republic of Guinea, the Republic of Cote d'Ivoire and the Republic of Ghana, where he will meet the heads of state of these countries to discuss ways of enhancing cooperation.

It is the first tour of sub-Saharan Africa by HH the Amir since he assumed power in 2013 and reflects, according to diplomatic observers, the importance Doha attaches to expanding its partnerships with the countries of the continent at a time when it is facing the blockade imposed since June by Saudi Arabia, the United Arab Emirates, Bahrain and Egypt.

Senegal, which recalled its ambassador from Doha in June in the first days of the crisis, announced in August that he would return to his post, a decision welcomed by the State of Qatar.

Qatar's relations with West Africa have expanded in recent years through the Qatar Fund for Development, which has financed schools, hospitals and water projects in the Sahel, as well as investments by Qatari companies in telecommunications, hospitality and agriculture. Qatar Airways operates flights to several of the capitals on the tour.

In Mali, HH the Amir is expected to discuss with President Ibrahim Boubacar Keita the security situation in the Sahel and the support of the State of Qatar to development projects in the north of the country. In Burkina Faso, talks with President Roch Marc Christian Kabore will focus on education and health, while in Conakry HH the Amir will meet President Alpha Conde, current chairman of the African Union.

The last two stops, Abidjan and Accra, will focus on economic cooperation, with business forums planned with the participation of Qatari and local investors. In Abidjan HH the Amir will meet President Alassane Ouattara, and in Accra President Nana Addo Dankwa Akufo-Addo.

HH the Amir is accompanied by an official delegation that includes HE Minister of State for Foreign Affairs Sultan bin Saad Al Muraikhi, HE Minister of Commerce and Industry Ahmed bin Jassim bin Mohammed Al Thani, HE Chief of the Amiri Diwan and a number of senior officials.

(QNA)

Related News
HH the Amir Receives Phone Call from Turkish President
HH the Amir Sends Cable of Condolences to President of Egypt
Deputy Prime Minister and Minister of Foreign Affairs Meets Ambassador of Kenya

Print | Email | Share
© Qatar News Agency 2017
""",
["QAT-SEN V O", "MLI-QAT V P", "BFA-QAT V P", "GIN-QAT V P", "CIV-QAT V P", "GHA-QAT V P"],
["QAT-SEN M P", "QAT-TUR C O", "KEN-QAT M O"])

add("h16-20", "reuters.com", "https://www.reuters.com/world/putin-visit-tajikistan-turkmenistan-first-trip-abroad-since-ukraine-invasion-2022-06-26/", "2022-06-26", """
Putin to visit Tajikistan, Turkmenistan on first trip abroad since Ukraine invasion
By Reuters
June 26, 2022 12:43 PM GMT+3 Updated

MOSCOW, June 26 (Reuters) - Russian President Vladimir Putin will travel to the ex-Soviet Central Asian states of Tajikistan and Turkmenistan this week, his first trips abroad since he ordered troops into Ukraine in February, a senior Kremlin aide said on Sunday.

Putin will hold talks in Dushanbe on Tuesday with Tajik President Emomali Rahmon, a long-standing ally who hosts Russia's largest military base abroad, Kremlin foreign policy adviser Yuri Ushakov told Russian state television.

On Wednesday he will fly on to the Turkmen capital Ashgabat for a summit of the five Caspian Sea states - Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan. On the sidelines, Putin will meet Iranian President Ebrahim Raisi and hold separate talks with the host, Turkmen President Serdar Berdimuhamedov, who took office in March, Ushakov said.

Putin's last trip abroad was to Beijing in early February for the opening of the Winter Olympics, where he and Chinese President Xi Jinping declared a "no limits" partnership.

Western sanctions imposed over the war have pushed Moscow to seek closer ties with Asia and the Middle East, and Central Asian governments have been careful not to take sides in the conflict.

(Reporting by Reuters; Editing by Kevin Liffey)

Our Standards: The Thomson Reuters Trust Principles.
""",
["RUS-TJK V P", "IRN-RUS M P", "RUS-TKM V P"],
["CHN-RUS V O", "IRN-TKM V P"])
