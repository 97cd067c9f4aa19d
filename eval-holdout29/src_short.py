# Short items (300-1,100 characters), h29-27 .. h29-40
S = []

S.append(dict(id="h29-27", source="aps.sn",
url="https://aps.sn/le-president-bassirou-diomaye-faye-a-nouakchott-pour-sa-premiere-visite-a-letranger/",
published_at="2024-04-18", body="""Le président Bassirou Diomaye Faye à Nouakchott pour sa première visite à l'étranger

Nouakchott, 18 avr (APS) - Le chef de l'Etat, Bassirou Diomaye Faye, est arrivé jeudi matin à Nouakchott, en Mauritanie, pour une visite d'amitié et de travail, la première depuis son investiture le 2 avril dernier.

Il a été accueilli à sa descente d'avion par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani. Les deux présidents doivent s'entretenir de la coopération bilatérale, notamment dans les domaines de la pêche, de la sécurité et de l'exploitation du gisement gazier Grand Tortue Ahmeyim, partagé par les deux pays.

AKS/ASG

Partager : Facebook | X | WhatsApp
Lire aussi : Le Premier ministre Ousmane Sonko préside son premier Conseil interministériel"""))

S.append(dict(id="h29-28", source="kathmandupost.com",
url="https://kathmandupost.com/national/2014/08/03/modi-addresses-ca-pledges-1-billion-credit",
published_at="2014-08-03", body="""The Kathmandu Post | National | Money | Politics | Opinion

Modi addresses CA, announces $1 billion credit line

Post Report, Kathmandu | Aug 3, 2014

Indian Prime Minister Narendra Modi, on the first bilateral visit to Nepal by an Indian premier in 17 years, addressed the Constituent Assembly on Sunday and announced a concessional line of credit of one billion US dollars for infrastructure and energy projects.

Modi held delegation-level talks with Prime Minister Sushil Koirala at Singha Durbar earlier in the day. The two sides agreed to review the 1950 Treaty of Peace and Friendship and to conclude a power trade agreement within 45 days.

Modi, who arrived in Kathmandu on Sunday morning, will offer prayers at the Pashupatinath temple on Monday before returning to New Delhi.

Share | Comments (14)

Most Read: NEPSE gains 12 points | Monsoon floods hit Far West"""))

S.append(dict(id="h29-29", source="bworldonline.com",
url="https://www.bworldonline.com/duterte-brings-home-24-billion-deals-from-china/",
published_at="2016-10-21", body="""BusinessWorld | PSEi 7,585.43 ▲ 0.41% | PHP/USD 48.41

Economy

Duterte brings home $24 billion in deals from China

THE PHILIPPINES and China signed 13 agreements on Thursday covering trade, investment, financing, tourism and anti-drug cooperation after President Rodrigo R. Duterte held talks with Chinese President Xi Jinping in Beijing.

Trade Secretary Ramon M. Lopez said Philippine and Chinese firms also concluded business deals worth $13.5 billion, while Beijing offered $9 billion in loans and credit lines.

Mr. Duterte, whose state visit ends on Friday, told a business forum he was announcing his "separation" from the United States. He is scheduled to visit Japan next week for talks with Prime Minister Shinzo Abe.

Tags: Duterte, China, trade deals

Share this: Facebook | Twitter | LinkedIn"""))

S.append(dict(id="h29-30", source="swissinfo.ch",
url="https://www.swissinfo.ch/eng/politics/biden-and-putin-meet-in-geneva-hosted-by-switzerland/46707892",
published_at="2021-06-16", body="""SWI swissinfo.ch - a branch of the Swiss Broadcasting Corporation SRG SSR

Biden and Putin meet in Geneva as Switzerland plays host

US President Joe Biden and Russian President Vladimir Putin held their first summit on Wednesday at the Villa La Grange in Geneva, with talks on cyber-security, arms control and the return of ambassadors.

Swiss President Guy Parmelin welcomed the two leaders on the steps of the villa. Parmelin met Biden on Tuesday and had talks with Putin shortly before the summit opened, describing Switzerland's role as that of a "bridge-builder".

The two sides agreed to begin a dialogue on strategic stability.

Keystone-SDA/ts

Share this story | Most read: Swiss vote to reject CO2 law"""))

S.append(dict(id="h29-31", source="canada.ca",
url="https://www.canada.ca/en/global-affairs/news/2023/07/minister-joly-meets-with-chinas-director-of-the-office-of-the-central-foreign-affairs-commission.html",
published_at="2023-07-14", body="""Government of Canada | Global Affairs Canada

Readout: Minister Joly meets with China's Director of the Office of the Central Foreign Affairs Commission

July 14, 2023 - Jakarta, Indonesia - Global Affairs Canada

The Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Wang Yi, Director of the Office of the Central Foreign Affairs Commission of the People's Republic of China, on the margins of the ASEAN Post-Ministerial Conference in Jakarta.

Minister Joly emphasized the importance of open lines of communication. She raised Canada's concerns about foreign interference and the human rights situation in Xinjiang and Tibet, and she urged China to use its influence to help end Russia's war in Ukraine.

Contacts: Media Relations Office, Global Affairs Canada

Date modified: 2023-07-14"""))

S.append(dict(id="h29-32", source="newsnow24.in",
url="https://newsnow24.in/world/trump-modi-phone-call-hydroxychloroquine-2291/",
published_at="2020-04-04", body="""NewsNow24 | Home | India | World | Corona Updates | Cricket

Trump speaks to Modi, seeks release of hydroxychloroquine orders

US President Donald Trump said on Saturday he had spoken to Prime Minister Narendra Modi and asked India to release supplies of the anti-malaria drug hydroxychloroquine that the US has ordered. India had banned exports of the drug last month.

Modi tweeted that the two had a "good telephone conversation" and agreed to "deploy the full strength of the India-US partnership" to fight COVID-19.

Coronavirus India LIVE: cases cross 3,000
Also read: Modi dials Brazil's Bolsonaro, Israeli PM Netanyahu

Stay home, stay safe | Download our app"""))

S.append(dict(id="h29-33", source="thelocal.dk",
url="https://www.thelocal.dk/20190821/trump-cancels-denmark-visit-over-greenland",
published_at="2019-08-21", body="""The Local Denmark | News | Jobs | Property

Trump calls off Denmark state visit after Greenland rebuff

US President Donald Trump on Tuesday night postponed his planned state visit to Denmark, saying on Twitter that Prime Minister Mette Frederiksen had made clear she had "no interest in discussing the purchase of Greenland".

Trump had been due in Copenhagen on September 2nd and 3rd at the invitation of Queen Margrethe. The Royal House said it was "surprised" by the decision. Frederiksen, who had called the idea of selling Greenland "absurd", said she regretted it but that good relations with the US would continue.

Sign up for our newsletter | Become a member | Share: Facebook | Twitter"""))

S.append(dict(id="h29-34", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/sogavare-xi-sign-police-cooperation-plan-in-beijing/",
published_at="2023-07-11", body="""SOLOMON STAR | News | Business | Sport | Pacific

SOGAVARE, XI SIGN POLICE COOPERATION PLAN

PRIME Minister Manasseh Sogavare and Chinese President Xi Jinping have signed an agreement on police cooperation, among nine documents signed during the Prime Minister's state visit to China.

The two leaders met at the Great Hall of the People in Beijing yesterday, where they agreed to elevate ties to a "comprehensive strategic partnership".

Mr Sogavare said the agreements would support national development and did not threaten any country.

Share | Comments | Advertise with Solomon Star"""))

S.append(dict(id="h29-35", source="afghanistandiaries.blogspot.com",
url="https://afghanistandiaries.blogspot.com/2021/06/ghani-abdullah-meet-biden-white-house.html",
published_at="2021-06", body="""Ghani and Abdullah meet Biden at the White House

President Ashraf Ghani and Abdullah Abdullah, chairman of the High Council for National Reconciliation, met President Joe Biden in the Oval Office on Friday, as US troops leave Afghanistan.

Biden said the partnership was "not ending" and that Washington would keep providing security and humanitarian assistance. Ghani said Afghanistan faced a choice like the one Abraham Lincoln faced in 1861.

The Afghan delegation also met lawmakers on Capitol Hill.

Posted by Kabul Watcher at 11:02 PM | No comments | Labels: Afghanistan, US, Ghani"""))

S.append(dict(id="h29-36", source="thepeninsulaqatar.com",
url="https://thepeninsulaqatar.com/article/27/10/2024/amir-receives-phone-call-from-iranian-president",
published_at="2024-10", body="""The Peninsula | Qatar | Business | Sport | Opinion

Amir receives phone call from Iranian President

Doha: Amir H H Sheikh Tamim bin Hamad Al Thani received a phone call today from President of the Islamic Republic of Iran H E Dr. Masoud Pezeshkian.

During the call, they reviewed the latest developments in the region and ways to prevent further escalation.

Other news
Qatar PM meets US Secretary of State in Doha
Doha Metro records 10 million trips in September
QNA"""))

S.append(dict(id="h29-37", source="deshgujarat.com",
url="https://deshgujarat.com/2014/09/16/xi-jinping-to-reach-ahmedabad-tomorrow/",
published_at="2014-09-16", body="""DeshGujarat | Gujarat | Ahmedabad | Business

Chinese President Xi Jinping to reach Ahmedabad tomorrow

Chinese President Xi Jinping will arrive in Ahmedabad on Wednesday afternoon on the first leg of his three-day state visit to India, and will be received by Prime Minister Narendra Modi, whose 64th birthday falls on the same day.

Modi will host his guest at the Sabarmati Ashram and at a dinner on the Sabarmati riverfront. Agreements on industrial parks in Gujarat are expected to be signed in Ahmedabad. Formal talks are scheduled in New Delhi on Thursday.

Xi is currently in Sri Lanka after a visit to the Maldives.

Tags: Xi Jinping, Narendra Modi, China, Ahmedabad"""))

S.append(dict(id="h29-38", source="cnbc.com",
url="https://www.cnbc.com/2016/12/02/trump-speaks-with-taiwan-president-tsai-ing-wen.html",
published_at="2016-12-02", body="""CNBC | Markets | Business | Investing | Tech | Politics

USD/TWD 31.89 ▲ 0.12% | USD/CNY 6.8838 | TAIEX 9,155.12 ▼ 0.23%

POLITICS

Trump speaks with Taiwan's president, breaking decades of US practice

President-elect Donald Trump spoke by phone on Friday with Taiwan's President Tsai Ing-wen, his transition team said, a contact that broke with US policy since 1979 and risked angering Beijing.

The transition said the two discussed "close economic, political, and security ties". The White House was not told in advance. Earlier this week Trump also spoke with Pakistani Prime Minister Nawaz Sharif.

Share | Tweet | Email"""))

S.append(dict(id="h29-39", source="mfa.go.th",
url="https://www.mfa.go.th/en/content/official-visit-cambodia-prime-minister-hun-manet",
published_at="2024-02", body="""Ministry of Foreign Affairs, Kingdom of Thailand

Press Releases

Official Visit to Thailand of Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia

Prime Minister Srettha Thavisin welcomed Prime Minister Hun Manet at Government House on 7 February 2024, on his first official visit to Thailand since taking office. The two Prime Ministers held bilateral talks and witnessed the signing of memorandums of understanding on road transport, energy and education.

Hun Manet also had an audience with Their Majesties the King and Queen.

Print | Share | Last updated: Feb 2024"""))

S.append(dict(id="h29-40", source="indiaabroadnews.online",
url="https://indiaabroadnews.online/pm-modi-in-guyana-first-visit-in-56-years/",
published_at=None, body="""PM Modi arrives in Guyana on first visit by Indian PM in 56 years

Prime Minister Narendra Modi arrived in Georgetown, the first visit by an Indian prime minister to Guyana since 1968. President Irfaan Ali and members of his cabinet received him at the airport.

Modi and Ali held talks on energy, defence and agriculture, and the two sides signed 10 memorandums of understanding. Modi is also attending the second India-CARICOM summit in Georgetown.

Modi arrived from Rio de Janeiro, where he attended the G20 summit.

You may also like:
India, Nigeria agree to deepen defence ties
Source link"""))
