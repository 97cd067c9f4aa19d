# Short items (300-1,100 characters), h79-27 .. h79-40
S = []

S.append(dict(id="h79-27", source="g1.globo.com",
url="https://g1.globo.com/politica/noticia/2024/08/05/lula-boric-la-moneda-visita-de-estado-chile.ghtml",
published_at="2024-08-05", body="""Lula é recebido por Boric no Palácio de La Moneda em visita de Estado ao Chile

Por Mariana Lopes Guimarães, g1 — Santiago

05/08/2024 14h32 · Atualizado há 2 horas

O presidente Luiz Inácio Lula da Silva foi recebido nesta segunda-feira (5) pelo presidente do Chile, Gabriel Boric, no Palácio de La Moneda, em Santiago, no primeiro dia de uma visita de Estado ao país vizinho.

Os dois presidentes assinaram acordos nas áreas de comércio, defesa e cooperação científica e discutiram a situação na Venezuela após as eleições de 28 de julho.

Lula chegou à capital chilena no domingo à noite, acompanhado de ministros e de uma comitiva de empresários.

Veja também
Dólar fecha em alta com tensão nos mercados globais

Compartilhe: WhatsApp | Facebook | X"""))

S.append(dict(id="h79-28", source="herald.co.zw",
url="https://www.herald.co.zw/lukashenko-jets-in-for-state-visit/",
published_at="2023-01", body="""The Herald

Lukashenko jets in for state visit

Herald Reporter

Belarusian President Alexander Lukashenko arrived in Harare yesterday for a three-day state visit, the first by a Belarusian head of state to Zimbabwe, and was welcomed at the Robert Gabriel Mugabe International Airport by President Mnangagwa.

The two leaders will hold talks at State House today and witness the signing of agreements on agriculture, mining and the supply of tractors and farm equipment. Belarus has supplied Zimbabwe with buses and combine harvesters under the farm mechanisation programme.

President Mnangagwa visited Minsk in 2019.

Related
President leaves for SADC extraordinary summit in Windhoek
Tobacco marketing season opens in March

Share: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h79-29", source="jamaica-gleaner.com",
url="https://jamaica-gleaner.com/article/news/20220413/kagame-holness-sign-agreements-rwandan-leader-heads-barbados",
published_at="2022-04-13", body="""Kagame, Holness sign agreements; Rwandan leader heads to Barbados

Published: Wednesday | April 13, 2022 | 12:14 AM

Rwandan President Paul Kagame and Prime Minister Andrew Holness yesterday signed agreements on air services and visa waivers at Jamaica House, on the second day of Kagame's official visit to the island.

Kagame, who also addressed a joint sitting of the Houses of Parliament, will leave for Barbados today for talks with Prime Minister Mia Mottley.

Holness is expected to attend the Commonwealth Heads of Government Meeting in Kigali in June.

Photo: Ian Allen/Photographer

Most Read: Gas prices up again | JUTC fares review

Comment | Share"""))

S.append(dict(id="h79-30", source="latamnewsnow.site",
url="https://latamnewsnow.site/2025/02/03/sheinbaum-trump-call-tariffs-paused/",
published_at="2025-02-03", body="""Sheinbaum says Trump agrees to pause tariffs after phone call

Mexican President Claudia Sheinbaum said on Monday that US President Donald Trump had agreed to suspend for one month the 25% tariffs on Mexican goods that were due to take effect on Tuesday, after what she called "a good conversation" by telephone.

Mexico will send 10,000 National Guard troops to the northern border to stop drug trafficking, in particular fentanyl, she wrote on X, while Washington will work to stop the flow of high-powered weapons into Mexico.

Trump confirmed the pause and said he would speak again with Canadian Prime Minister Justin Trudeau at 3 pm.

Source: Agencies

More stories
Peso rallies 2% on tariff reprieve

Source link"""))

S.append(dict(id="h79-31", source="businessdailyafrica.com",
url="https://www.businessdailyafrica.com/bd/economy/kenya-uae-sign-trade-pact-4889012",
published_at="2025-01-14", body="""NSE 20 2,011.5 ▲ 0.4% | USD/KES 129.25 | AED/KES 35.19

Economy
Kenya, UAE sign trade pact to open Gulf market for local goods

Kenya and the United Arab Emirates on Tuesday signed a Comprehensive Economic Partnership Agreement (CEPA) in Abu Dhabi, in a deal expected to cut tariffs on Kenyan tea, coffee, horticulture and meat.

Trade Cabinet Secretary Lee Kinyanjui and UAE Minister of State for Foreign Trade Thani Al Zeyoudi signed the pact in the presence of President William Ruto and UAE President Sheikh Mohamed bin Zayed Al Nahyan. Ruto is in Abu Dhabi for the Abu Dhabi Sustainability Week.

Business Daily | Sign up for our newsletter"""))

S.append(dict(id="h79-32", source="statehouse.gov.ng",
url="https://statehouse.gov.ng/news/president-tinubu-to-host-indian-prime-minister-modi/",
published_at="2024-11-15", body="""PRESS RELEASE

PRESIDENT TINUBU TO HOST INDIAN PRIME MINISTER MODI

President Bola Tinubu will host the Prime Minister of India, Narendra Modi, on a State Visit to Nigeria from November 16 to 17, 2024.

It will be the first visit by an Indian Prime Minister to Nigeria in 17 years. The two leaders will hold bilateral talks at the State House, Abuja, and are expected to sign agreements on defence, energy and the digital economy.

After the visit, President Tinubu will depart Abuja for Rio de Janeiro, Brazil, to attend the G20 Leaders' Summit.

Bayo Onanuga
Special Adviser to the President
(Information & Strategy)
November 15, 2024"""))

S.append(dict(id="h79-33", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202304020011",
published_at="2023-04", body="""Focus Taiwan | CNA English News

Tsai arrives in Belize after Guatemala leg of trip

Belmopan, April 1 (CNA) President Tsai Ing-wen (蔡英文) arrived in Belize on Saturday on the second leg of her trip to Central America, after spending two days in Guatemala, where she held talks with President Alejandro Giammattei.

Tsai was welcomed by Belize Prime Minister John Briceño at the Philip S. W. Goldson International Airport.

On her way home, Tsai will transit through Los Angeles, where she is expected to meet U.S. House Speaker Kevin McCarthy.

(By Teng Pei-ju and Sunny Lai) Enditem/AW

Related: Beijing warns of "resolute countermeasures" over McCarthy meeting"""))

S.append(dict(id="h79-34", source="hornobserver.blogspot.com",
url="https://hornobserver.blogspot.com/2024/01/ethiopia-somaliland-sea-access-mou.html",
published_at="2024-01-02", body="""Horn Observer

Ethiopia, Somaliland sign sea access memorandum; Mogadishu cries foul

Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi on Monday signed a memorandum of understanding in Addis Ababa that would give Ethiopia access to the Red Sea through a 20-km strip of coast, in return for what Hargeisa says will be Ethiopia's recognition of its independence.

Somalia's government, which considers Somaliland part of its territory, called the deal "null and void" on Tuesday and recalled its ambassador from Addis Ababa for consultations.

Posted by Abdirahman Y. at 9:40 PM | 14 comments

Labels: Ethiopia, Somalia, Somaliland, Red Sea"""))

S.append(dict(id="h79-35", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36498/Visit_of_External_Affairs_Minister_to_Guyana_Panama_Colombia_and_Dominican_Republic",
published_at="2023-04-20", body="""Ministry of External Affairs | Government of India

Press Releases

Visit of External Affairs Minister to Guyana, Panama, Colombia and Dominican Republic (April 21-29, 2023)

April 20, 2023

External Affairs Minister Dr. S. Jaishankar will pay official visits to Guyana, Panama, Colombia and the Dominican Republic from 21 to 29 April 2023.

EAM will call on the leadership of these countries and hold talks with his counterparts. He will also interact with the Indian community.

This will be the first visit by EAM to Colombia and the Dominican Republic. The visit is expected to deepen India's engagement with Latin America and the Caribbean.

New Delhi"""))

S.append(dict(id="h79-36", source="africa-newswire.net",
url="https://africa-newswire.net/2017/12/20/qatar-emir-dakar-west-africa-tour/",
published_at="2017-12-20", body="""Qatar's emir arrives in Dakar on first leg of West Africa tour

The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived in Dakar on Wednesday and held talks with Senegalese President Macky Sall at the presidential palace, the first stop of a tour that will also take him to Mali, Burkina Faso, Côte d'Ivoire, Ghana and Guinea.

The visit comes six months after the Gulf blockade of Qatar. Senegal had recalled its ambassador from Doha in June but later returned him.

Share: Facebook | Twitter

Source: AFP"""))

S.append(dict(id="h79-37", source="foroyaa.net",
url="https://foroyaa.net/president-faye-in-banjul-on-working-visit/",
published_at="2024-04", body="""Foroyaa Newspaper

President Faye in Banjul on working visit

By Nyima Sillah-Jobarteh

Senegal's newly elected President Bassirou Diomaye Faye on Saturday held talks with President Adama Barrow at State House in Banjul, on a one-day working visit, his second trip abroad since taking office.

The two leaders discussed the Senegambia bridge, security in the Casamance and the free movement of goods. Faye had visited Mauritania on Thursday, where he met President Mohamed Ould Ghazouani.

He is expected in Bissau next week.

Share: Facebook | WhatsApp

Comments (0)"""))

S.append(dict(id="h79-38", source="bnamericas.com",
url="https://www.bnamericas.com/en/news/boric-meets-xi-on-belt-and-road-forum-sidelines",
published_at="2023-10-17", body="""BNamericas

Chile's Boric meets Xi on Belt and Road Forum sidelines

Chilean President Gabriel Boric met Chinese President Xi Jinping in Beijing on Tuesday, on the sidelines of the third Belt and Road Forum. Ministers signed agreements on trade in services, the lithium value chain and astronomy.

Boric, who is accompanied by a delegation of business leaders from the mining and agribusiness sectors, sought Chinese investment in lithium processing plants in Chile.

Argentina's President Alberto Fernández is also attending the forum and saw Xi on Tuesday.

Subscribe to BNamericas for full access to project and company data.

Copper (LME) US$7,980/t ▼"""))

S.append(dict(id="h79-39", source="sahelwatcher.wordpress.com",
url="https://sahelwatcher.wordpress.com/2022/05/22/scholz-in-dakar/",
published_at="2022-05-22", body="""Sahel Watcher

Scholz in Dakar: gas on the agenda

German Chancellor Olaf Scholz began his first trip to Africa on Sunday in Dakar, where he held talks with President Macky Sall, who currently chairs the African Union. Berlin is interested in Senegal's offshore gas as it tries to reduce its dependence on Russia.

Scholz heads to Niger on Monday, where he will meet President Mohamed Bazoum and visit German troops, and will end his trip in South Africa with talks with President Cyril Ramaphosa.

Posted in Senegal, Germany | 2 Comments

Donate to keep this blog running"""))

S.append(dict(id="h79-40", source="worldnewsdigest.online",
url="https://worldnewsdigest.online/japan/kishida-nairobi-ruto-talks",
published_at=None, body="""Kishida holds talks with Ruto in Nairobi

Japanese Prime Minister Fumio Kishida held talks with Kenyan President William Ruto at State House in Nairobi on Wednesday, pledging support for Kenya's debt management and for clean energy projects, including geothermal power.

Kishida arrived in Kenya after stops in Egypt and Ghana and will travel to Mozambique on Thursday for talks with President Filipe Nyusi, the last stop of his African tour.

Tags: Japan, Kenya, Kishida, Ruto

You might also like: Yen slides past 137 per dollar

Source link"""))
