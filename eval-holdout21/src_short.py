# Short items (300-1,100 characters), h21-27 .. h21-40
S = []

S.append(dict(id="h21-27", source="aps.sn",
url="https://www.aps.sn/le-president-faye-recu-a-lelysee-par-emmanuel-macron/",
published_at="2024-06-20", body="""Agence de Presse Sénégalaise | Politique

Le président Faye reçu à l'Élysée par Emmanuel Macron

Paris, 20 juin (APS) - Le président de la République, Bassirou Diomaye Faye, a été reçu jeudi au palais de l'Élysée par son homologue français, Emmanuel Macron, pour un déjeuner de travail, a constaté l'APS.

Les deux chefs d'État ont échangé sur les relations bilatérales, la coopération économique et la situation sécuritaire au Sahel, selon la présidence sénégalaise.

Le chef de l'État, arrivé mercredi à Paris, a pris part dans la matinée au Forum mondial pour la souveraineté vaccinale et l'innovation, coorganisé par la France, l'Union africaine et l'alliance Gavi.

Il s'agit de sa première visite en France depuis son investiture, le 2 avril dernier.

Partager : Facebook | X | WhatsApp
Mots-clés : Bassirou Diomaye Faye, Emmanuel Macron, France"""))

S.append(dict(id="h21-28", source="naijapolitics247.blogspot.com",
url="https://naijapolitics247.blogspot.com/2019/10/buhari-departs-abuja-for-south-africa.html",
published_at="2019-10", body="""Buhari departs Abuja for state visit to South Africa

President Muhammadu Buhari on Wednesday left Abuja for Pretoria on a three-day state visit to South Africa at the invitation of President Cyril Ramaphosa, his spokesman Femi Adesina said.

The visit comes weeks after xenophobic attacks on Nigerians and other African migrants in Johannesburg, which led to reprisals against South African businesses in Nigeria.

Buhari will hold talks with Ramaphosa on Thursday and the two leaders are expected to co-chair the Bi-National Commission, which is being raised to the level of presidents. He will also meet Nigerians living in South Africa.

The President is accompanied by state governors and ministers.

Posted by Naija Politics 247 at 4:18 PM | 3 comments
Labels: Buhari, South Africa, Xenophobia

Share to Twitter | Share to Facebook"""))

S.append(dict(id="h21-29", source="dw.com",
url="https://www.dw.com/en/scholz-and-putin-hold-first-phone-call-in-nearly-two-years/a-70796131",
published_at="2024-11-15", body="""DW | News | Germany | Europe

Scholz and Putin hold first phone call in nearly two years

German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin by telephone on Friday for about an hour, their first conversation since December 2022.

Scholz urged Putin to end the war and withdraw his troops, and condemned Russian air strikes on Ukraine's energy infrastructure, a government spokesman said. The Kremlin said Putin told Scholz that any agreement would have to take account of "new territorial realities".

Scholz had spoken with Ukrainian President Volodymyr Zelenskyy by phone before the call, Berlin said. Zelenskyy criticized the move, saying it "opens Pandora's box".

11/15/2024 | Send | Facebook | X
Related topics: Olaf Scholz, Vladimir Putin, Ukraine"""))

S.append(dict(id="h21-30", source="business-standard.com",
url="https://www.business-standard.com/economy/news/india-efta-sign-trade-pact-with-100-bn-investment-commitment-124031000412_1.html",
published_at="2024-03-10", body="""Sensex 74,119.39 ▲ | Nifty 22,493.55 ▲ | Gold 65,927 ▲ | USD/INR 82.77 ▼

India, EFTA sign trade pact with $100 bn investment commitment

India and the four-nation European Free Trade Association (EFTA) on Sunday signed a Trade and Economic Partnership Agreement in New Delhi under which the bloc has committed to invest $100 billion in India over 15 years.

Commerce and Industry Minister Piyush Goyal signed the pact with ministers and senior officials of Switzerland, Norway, Iceland and Liechtenstein, including Swiss Economy Minister Guy Parmelin. Negotiations had been going on since 2008.

The agreement will come into force after ratification by the EFTA member states.

Topics: India-EFTA, FTA, Piyush Goyal
First Published: Mar 10 2024 | 4:12 PM IST"""))

S.append(dict(id="h21-31", source="mfa.gov.sg",
url="https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2024/06/20240610-PM-Wong-Malaysia",
published_at="2024-06-10", body="""Ministry of Foreign Affairs Singapore | Newsroom | Press Statements

PRIME MINISTER LAWRENCE WONG'S INTRODUCTORY VISIT TO MALAYSIA, 11 TO 12 JUNE 2024

Prime Minister Lawrence Wong will make an introductory visit to Malaysia from 11 to 12 June 2024 at the invitation of Prime Minister Dato' Seri Anwar Ibrahim.

Prime Minister Wong will be accorded an official welcome ceremony at Perdana Putra in Putrajaya, and will hold a bilateral meeting with Prime Minister Anwar. Prime Minister Wong will also call on the Yang di-Pertuan Agong Sultan Ibrahim.

Prime Minister Wong will be accompanied by his wife Mrs Loo Tze Lui and officials from the Prime Minister's Office and the Ministry of Foreign Affairs.

MINISTRY OF FOREIGN AFFAIRS
SINGAPORE
10 JUNE 2024

Share | Print"""))

S.append(dict(id="h21-32", source="japantoday.com",
url="https://japantoday.com/category/politics/china-summons-japanese-ambassador-over-fukushima-water-release",
published_at="2023-08-24", body="""Japan Today | Politics

China summons Japanese ambassador over Fukushima water release

China summoned Japan's ambassador in Beijing on Thursday to protest against the start of the release of treated radioactive water from the crippled Fukushima Daiichi nuclear plant into the Pacific Ocean.

Vice Foreign Minister Sun Weidong lodged "stern representations" with Ambassador Hideo Tarumi, the Chinese foreign ministry said. China's customs authority said it was suspending all imports of aquatic products from Japan with immediate effect.

Tokyo says the water is safe and the release has been approved by the International Atomic Energy Agency.

BEIJING (Reuters) (c) Thomson Reuters 2023.

13 Comments | Login to comment"""))

S.append(dict(id="h21-33", source="armenpress.am",
url="https://armenpress.am/en/article/1110643",
published_at="2023-05-14", body="""ARMENPRESS | Politics

Pashinyan, Aliyev meet in Brussels under mediation of Charles Michel

YEREVAN, MAY 14, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan and President of Azerbaijan Ilham Aliyev met in Brussels on May 14 with the mediation of President of the European Council Charles Michel, the Prime Minister's Office reports.

Michel said the leaders had made "tangible progress" on border delimitation and the unblocking of transport links, and that they had confirmed their commitment to the 1991 Alma-Ata Declaration.

The leaders agreed to meet again in Chisinau on June 1 on the margins of the European Political Community summit, together with the President of France and the Chancellor of Germany.

Follow Armenpress on Telegram | Share"""))

S.append(dict(id="h21-34", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3701451-zelensky-xi-jinping-hold-phone-talk.html",
published_at="2023-04-26", body="""Ukrinform | Politics

Zelensky, Xi Jinping hold phone talk

President of Ukraine Volodymyr Zelensky has had a long phone conversation with President of the People's Republic of China Xi Jinping, the first since the start of the full-scale Russian invasion.

"I had a long and meaningful phone call with President Xi Jinping. I believe that this call, as well as the appointment of Ukraine's ambassador to China, will give a powerful impetus to the development of our bilateral relations," Zelensky wrote on Telegram.

According to Chinese state media, Beijing will send its special representative for Eurasian affairs, Li Hui, to Ukraine and other countries to hold in-depth communication with all parties on a political settlement.

Ukrinform | 26.04.2023 18:41"""))

S.append(dict(id="h21-35", source="muscatdaily.com",
url="https://www.muscatdaily.com/2023/05/28/his-majesty-arrives-in-tehran-on-official-visit/",
published_at="2023-05", body="""Muscat Daily | Oman | Business | World

Download the Muscat Daily app | Follow us on WhatsApp

His Majesty arrives in Tehran on official visit

Muscat - His Majesty Sultan Haitham bin Tarik arrived in Tehran on Sunday on a two-day official visit to the Islamic Republic of Iran, in response to an invitation from President Ebrahim Raisi.

His Majesty was accorded an official welcome ceremony at the Saadabad Palace, where the two leaders held talks on bilateral relations and regional developments. He is also scheduled to meet Supreme Leader Ayatollah Ali Khamenei.

It is the first visit by His Majesty to Iran since his accession in January 2020. Raisi visited Muscat in May last year.

The official delegation accompanying His Majesty includes Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs.

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h21-36", source="state.gov",
url="https://www.state.gov/secretary-rubios-meeting-with-panamanian-president-mulino/",
published_at="2025-02-02", body="""U.S. Department of State | Home > Office of the Spokesperson > Readouts

Secretary Rubio's Meeting with Panamanian President Mulino

READOUT | OFFICE OF THE SPOKESPERSON | FEBRUARY 2, 2025

The below is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio met today in Panama City with Panamanian President Jose Raul Mulino and Foreign Minister Javier Martinez-Acha. Secretary Rubio made clear that the status quo is unacceptable and that, absent immediate changes, it would require the United States to take measures necessary to protect its rights under the Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal.

The Secretary also thanked President Mulino for Panama's cooperation on illegal migration, including repatriation flights.

Related Articles
Secretary Rubio's Travel to Panama, El Salvador, Costa Rica, Guatemala, and the Dominican Republic
Secretary Rubio's Call with Mexican Foreign Secretary de la Fuente

Tags: Panama, Secretary of State Marco Rubio, Western Hemisphere"""))

S.append(dict(id="h21-37", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/japanese-pm-suga-arrives-in-hanoi-on-first-overseas-trip-4178521.html",
published_at="2020-10-19", body="""VnExpress International | News | Business | Travel | Life

Japanese PM Suga holds talks with Vietnamese counterpart on first overseas trip

By VnExpress | October 19, 2020 | 02:40 pm GMT+7

Japanese Prime Minister Yoshihide Suga held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Monday, a day after arriving on his first overseas trip since taking office last month.

The two leaders agreed in principle on a deal that would allow Japan to export defense equipment and technology to Vietnam, and to gradually resume business travel between the two countries after Covid-19 restrictions.

Suga will leave for Indonesia on Tuesday for talks with President Joko Widodo in Bogor.

Photo by VnExpress/Giang Huy

Share | Comments (6)
Read more: Vietnam reports no new local Covid-19 cases for 47 days"""))

S.append(dict(id="h21-38", source="eurowire-news.top",
url="https://eurowire-news.top/2025/07/macron-putin-phone-call-first-since-2022",
published_at=None, body="""EuroWire News | Politics | Europe | World

Macron and Putin speak for first time since 2022

French President Emmanuel Macron and Russian President Vladimir Putin held a two-hour phone call on Tuesday, their first direct conversation in nearly three years, the Elysee Palace said.

Macron called for a ceasefire in Ukraine "as soon as possible" and for the start of negotiations, and the two leaders also discussed Iran's nuclear programme after the recent US and Israeli strikes. The Kremlin said Putin repeated that any settlement must address the "root causes" of the conflict.

The last known call between the two leaders was in September 2022.

Tags: Macron, Putin, Ukraine, Iran | Share | 0 comments
Advertisement - Crypto signals daily, join now"""))

S.append(dict(id="h21-39", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202308140012",
published_at="2023-08", body="""Focus Taiwan | CNA English News | Politics

Vice President Lai meets Paraguayan president-elect ahead of inauguration

Asuncion, Aug. 14 (CNA) Vice President Lai Ching-te (賴清德) arrived in Asuncion on Monday as President Tsai Ing-wen's special envoy to the inauguration of Paraguayan President-elect Santiago Pena, and met Pena and outgoing President Mario Abdo Benitez the same day.

Lai thanked Paraguay for its steadfast support as one of Taiwan's 13 diplomatic allies. Pena will be sworn in on Tuesday.

Lai transited in New York on his way to Paraguay and will stop over in San Francisco on his return. China's foreign ministry condemned the transits.

(By CNA staff) Enditem/AW

Share: Facebook | X | LINE"""))

S.append(dict(id="h21-40", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2014/09/03/putin-unveils-ukraine-peace-plan-in-mongolia-a39040",
published_at="2014-09-03", body="""The Moscow Times | News | Business | Opinion

Putin Unveils Ukraine Peace Plan on Visit to Mongolia

President Vladimir Putin on Wednesday set out a seven-point plan to end the fighting in eastern Ukraine during a one-day visit to Mongolia, hours after he and Ukrainian President Petro Poroshenko spoke by telephone.

Putin told reporters in Ulan Bator that he had sketched the plan on the plane. Poroshenko's office had earlier said the two agreed on a "permanent ceasefire"; the Kremlin said Russia could not agree a ceasefire because it was not a party to the conflict.

In Ulan Bator, Putin held talks with President Tsakhiagiin Elbegdorj and the two sides signed agreements including one on visa-free travel. Chinese President Xi Jinping visited Mongolia last month.

Comments (21) | Share"""))
