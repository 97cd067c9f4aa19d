# Short items (300-1,100 characters), h52-27 .. h52-40
S = []

S.append(dict(id="h52-27", source="infobae.com",
url="https://www.infobae.com/politica/2024/04/16/petri-firmo-en-dinamarca-la-compra-de-24-aviones-f-16/",
published_at="2024-04-16", body="""Petri firmó en Dinamarca la compra de 24 aviones F-16 para la Fuerza Aérea Argentina

El ministro de Defensa, Luis Petri, suscribió este martes en la base aérea de Skrydstrup el contrato con su par danés, Troels Lund Poulsen, para la adquisición de los cazas, por un monto cercano a los 300 millones de dólares.

Se trata de la mayor compra de material militar de la Argentina en décadas. Las primeras unidades llegarían al país a fines de 2025, según fuentes oficiales, y la operación cuenta con el visto bueno de Washington.

"Estamos recuperando la capacidad de defender nuestro espacio aéreo", dijo Petri tras la ceremonia.

Seguí leyendo:
Milei recibió a la jefa del Comando Sur en Ushuaia

Compartir: Facebook | X | WhatsApp"""))

S.append(dict(id="h52-28", source="lrt.lt",
url="https://www.lrt.lt/en/news-in-english/19/2561234/merz-in-vilnius-as-german-brigade-formally-launched",
published_at="2025-05-22", body="""LRT English
News in English

Merz in Vilnius as German brigade is formally launched in Lithuania

LRT.lt, BNS
2025.05.22 14:05

German Chancellor Friedrich Merz arrived in Vilnius on Thursday for the ceremony formally establishing the Bundeswehr's 45th Panzer Brigade, the first permanent deployment of German combat troops abroad since World War Two.

Merz, accompanied by Defence Minister Boris Pistorius, held talks with President Gitanas Nausėda before the ceremony in Cathedral Square. "The security of Lithuania is our security," Merz said.

The brigade is to reach full strength of around 4,800 soldiers by 2027.

Tags: Germany, brigade, Friedrich Merz, defence

Follow LRT English on Facebook and X"""))

S.append(dict(id="h52-29", source="newindianexpress.com",
url="https://www.newindianexpress.com/nation/2020/nov/03/malabar-naval-exercise-begins-off-visakhapatnam-with-australia-on-board",
published_at="2020-11-03", body="""Malabar naval exercise begins off Visakhapatnam with Australia on board

Express News Service | Published: 03rd November 2020 09:15 AM

VISAKHAPATNAM: The first phase of the Malabar naval exercise began in the Bay of Bengal on Tuesday, with the navies of India, the US, Japan and, for the first time since 2007, Australia taking part.

The four-day phase involves the destroyer USS John S McCain, Australia's HMAS Ballarat, Japan's JS Onami and Indian ships including INS Ranvijay. A second phase is planned in the Arabian Sea later this month.

The exercise comes a week after India and the US signed the Basic Exchange and Cooperation Agreement at their 2+2 dialogue in New Delhi.

Download the TNIE app | Share"""))

S.append(dict(id="h52-30", source="ekathimerini.com",
url="https://www.ekathimerini.com/news/1168652/greece-france-sign-defense-pact-frigates/",
published_at="2021-09-28", body="""eKathimerini.com
NEWS | POLITICS

Greece and France sign defense pact, frigate deal

Prime Minister Kyriakos Mitsotakis and French President Emmanuel Macron signed a strategic partnership agreement on defense and security cooperation at the Elysée Palace in Paris on Tuesday, which includes a mutual assistance clause in case of attack.

Athens will also buy three Belharra frigates from Naval Group, with an option for a fourth.

"Greece and France are taking a bold step," Mitsotakis said. Macron said the deal was a step towards European strategic autonomy, two weeks after Australia cancelled its submarine order from France.

The agreement must be ratified by the Greek Parliament.

Share: Facebook | Twitter"""))

S.append(dict(id="h52-31", source="edition.mv",
url="https://edition.mv/news/32114",
published_at="2024-03", body="""Maldives, China sign military assistance agreement

The Maldives and China have signed an agreement under which China will provide military assistance to the Maldives free of charge, the Defence Ministry said.

Defence Minister Ghassan Maumoon signed the agreement in Malé with Major General Zhang Baoqun, deputy director of the Office for International Military Cooperation of China's Central Military Commission, who is leading a Chinese military delegation to the Maldives. The ministry did not give details of the assistance.

The two sides also discussed training opportunities for Maldivian officers.

Separately, Indian High Commissioner Munu Mahawar paid a courtesy call on Minister Ghassan on Monday.

Share on Viber | Facebook | X"""))

S.append(dict(id="h52-32", source="gov.uk",
url="https://www.gov.uk/government/news/uk-and-germany-sign-landmark-defence-agreement",
published_at="2024-10-23", body="""GOV.UK
Press release

UK and Germany sign landmark defence agreement

The Trinity House Agreement will see German aircraft operate from Scotland and the two countries develop long-range capabilities together.

From: Ministry of Defence and The Rt Hon John Healey MP
Published 23 October 2024

Defence Secretary John Healey and German Defence Minister Boris Pistorius have today signed the Trinity House Agreement in London, the first agreement of its kind between the two countries.

German P-8 maritime patrol aircraft will operate periodically from RAF Lossiemouth to patrol the North Atlantic, and the two countries will work together on advanced long-range strike capabilities.

Share this page"""))

S.append(dict(id="h52-33", source="rappler.com",
url="https://www.rappler.com/philippines/marcos-summons-chinese-ambassador-laser-incident/",
published_at="2023-02-14", body="""Marcos summons Chinese ambassador over laser incident

President Ferdinand Marcos Jr. summoned Chinese Ambassador Huang Xilian to Malacañang on Tuesday to express his "serious concern" over the Chinese coast guard's use of a military-grade laser against a Philippine Coast Guard vessel near Ayungin Shoal, the Presidential Communications Office said.

The Department of Foreign Affairs also filed a diplomatic protest.

The incident came barely a month after Marcos' state visit to Beijing.

#PHinWPS | Share | 312 comments"""))

S.append(dict(id="h52-34", source="scmp.com",
url="https://www.scmp.com/news/china/military/article/3222312/china-turns-down-us-request-defence-chiefs-meet-shangri-la",
published_at="2023-05-29", body="""China turns down US request for defence chiefs to meet at Shangri-La Dialogue

Beijing has declined an invitation for Defence Minister Li Shangfu to meet US Defense Secretary Lloyd Austin in Singapore this week, the Pentagon said on Monday.

Li, who has been under US sanctions since 2018 over arms purchases from Russia, is due to speak at the security forum, which opens on Friday.

Austin will stop in Tokyo on Thursday for talks with Japanese Defence Minister Yasukazu Hamada before travelling to Singapore.

Chinese foreign ministry spokeswoman Mao Ning said Washington should "immediately correct its wrongdoings" if it wanted dialogue.

Sign up for our China newsletter"""))

S.append(dict(id="h52-35", source="business-standard.com",
url="https://www.business-standard.com/industry/news/india-france-sign-rafale-marine-deal-125042800512_1.html",
published_at="2025-04-28", body="""SENSEX 80,218.37 +1005.84 | NIFTY 24,328.50 +289.15 | HAL 4,296.40 +1.8%

India, France sign Rs 63,000-crore deal for 26 Rafale Marine jets

India and France on Monday signed an inter-governmental agreement for 26 Rafale Marine fighters for the Indian Navy, worth about Rs 63,000 crore. The agreement was signed in New Delhi by officials of the two governments.

French Armed Forces Minister Sébastien Lecornu had been expected in New Delhi for the signing but his visit was called off.

The jets, to be built by Dassault Aviation, will operate from the aircraft carrier INS Vikrant.

First Published: Apr 28 2025 | 4:12 PM IST"""))

S.append(dict(id="h52-36", source="stripes.com",
url="https://www.stripes.com/theaters/asia_pacific/2025-03-hegseth-first-asia-trip-japan-philippines/",
published_at="2025-03", body="""Hegseth to visit Japan, Philippines on first Asia trip as defense secretary

Defense Secretary Pete Hegseth will travel to the Philippines and Japan later this month on his first trip to Asia since taking office, the Pentagon announced.

Hegseth will stop in Hawaii and Guam before meeting Philippine officials in Manila. In Tokyo, he will hold talks with Defense Minister Gen Nakatani and attend a ceremony on Iwo Jima marking the 80th anniversary of the battle, the Pentagon said.

Share | Comments"""))

S.append(dict(id="h52-37", source="kathmandupost.com",
url="https://kathmandupost.com/national/2024/11/19/indian-army-chief-to-arrive-in-kathmandu-on-wednesday",
published_at="2024-11-19", body="""Indian Army chief to arrive in Kathmandu on Wednesday

Post Report | Published at: November 19, 2024

Indian Army Chief General Upendra Dwivedi is arriving in Kathmandu on Wednesday on a five-day official visit at the invitation of Chief of the Army Staff General Ashok Raj Sigdel.

President Ram Chandra Paudel will confer the honorary rank of General of the Nepali Army on Dwivedi at a ceremony at Sheetal Niwas on Thursday, continuing a tradition dating back to 1950. Dwivedi is also scheduled to call on Prime Minister KP Sharma Oli.

Oli is expected to visit China early next month.

Share | Comments"""))

S.append(dict(id="h52-38", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202008300012",
published_at="2020-08", body="""Czech Senate president arrives in Taiwan with 89-member delegation

Taipei, Aug. 30 (CNA) Czech Senate President Miloš Vystrčil arrived in Taipei on Sunday for a six-day visit, leading a 89-member delegation of lawmakers, officials, business leaders and scientists, including Prague Mayor Zdeněk Hřib.

Vystrčil is scheduled to address Taiwan's Legislative Yuan and meet President Tsai Ing-wen during the visit.

Beijing has condemned the trip. Chinese Foreign Minister Wang Yi, on a tour of Europe, warned that Vystrčil would pay "a heavy price".

(By Focus Taiwan staff) Enditem"""))

S.append(dict(id="h52-39", source="ndtv.com",
url="https://www.ndtv.com/india-news/india-pakistan-agree-to-stop-firing-after-dgmo-talks-8374521",
published_at="2025-05-10", body="""India, Pakistan agree to stop firing after DGMO talks

New Delhi: India and Pakistan have agreed to stop all firing and military action on land, in the air and at sea with effect from 5 pm on Saturday, Foreign Secretary Vikram Misri said.

The Director General of Military Operations of Pakistan called his Indian counterpart at 3.35 pm, Misri said, and the two sides reached an understanding. The two DGMOs will speak again at 12 noon on May 12.

Earlier, US President Donald Trump announced the ceasefire on social media, and Secretary of State Marco Rubio said he had been talking to senior officials of both countries over the past 48 hours.

Track Latest News Live on NDTV.com"""))

S.append(dict(id="h52-40", source="newsroom-feed.info",
url=None,
published_at=None, body="""India, Vietnam sign mutual logistics support pact

Defence Minister Rajnath Singh and Vietnamese Defence Minister General Phan Van Giang signed a Joint Vision Statement on India-Vietnam Defence Partnership towards 2030 and a Memorandum of Understanding on Mutual Logistics Support in Hanoi on Wednesday.

The logistics pact is the first such agreement Vietnam has signed with any country. Singh, on a three-day visit to Vietnam, also called on Prime Minister Pham Minh Chinh and will hand over 12 high-speed guard boats built with Indian assistance at Hai Phong on Thursday.

Tags: India, Vietnam, Defence

Disclaimer: This story is auto-generated from a syndicated feed."""))
