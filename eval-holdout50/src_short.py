# Short items (300-1,100 characters), h50-27 .. h50-40
S = []

S.append(dict(id="h50-27", source="senego.com",
url="https://senego.com/diomaye-faye-recu-a-lelysee-par-emmanuel-macron_1720415.html",
published_at="2024-06-20", body="""Accueil | Actualités | Politique | Vidéos

Diomaye Faye reçu à l'Élysée par Emmanuel Macron

Par Senego | 20 juin 2024 à 19:02 | 14 commentaires

Le président Bassirou Diomaye Faye a été reçu ce jeudi au palais de l'Élysée par son homologue français Emmanuel Macron, pour un premier tête-à-tête depuis son élection. Le chef de l'État sénégalais se trouve à Paris pour le Forum mondial pour la souveraineté vaccinale et l'innovation, coorganisé par la France, l'Union africaine et l'alliance Gavi.

Selon l'entourage du président, les échanges ont porté sur la coopération bilatérale, la présence militaire française au Sénégal et la situation au Sahel.

Partagez : Facebook | Twitter | WhatsApp

Téléchargez l'application Senego sur Android et iOS

À lire aussi : Sonko reçoit une délégation du FMI"""))

S.append(dict(id="h50-28", source="allafrica.com",
url="https://allafrica.com/stories/202301110298.html",
published_at="2023-01-10", body="""allAfrica | Burkina Faso

Burkina Faso: French Minister Chrysoula Zacharopoulou Received by Captain Ibrahim Traoré

Le Faso (Ouagadougou) | 10 January 2023 | Translated from French

The President of the Transition, Head of State, Captain Ibrahim Traoré, received in audience on Tuesday, 10 January 2023, the French Secretary of State for Development, Francophonie and International Partnerships, Chrysoula Zacharopoulou.

The visit comes amid tensions between Ouagadougou and Paris. At the end of the audience, the French minister told the press that France "does not impose anything" and is available to "invent the future" with Burkina Faso, in respect of its choices.

Copyright © 2023 Le Faso. Distributed by AllAfrica Global Media.

Tagged: Burkina Faso, France, External Relations"""))

S.append(dict(id="h50-29", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/73718",
published_at="2024-03-26", body="""President of Russia | Events | News

Telephone conversation with President of the National Council for the Safeguard of the Homeland of the Republic of Niger Abdourahamane Tchiani

March 26, 2024 | 17:30

Vladimir Putin had a telephone conversation with Abdourahamane Tchiani.

The sides expressed their intention to step up political dialogue and to develop mutually beneficial cooperation in various areas. The situation in the Sahel was discussed, with a focus on coordinating efforts in the fight against terrorism.

Abdourahamane Tchiani expressed condolences over the terrorist attack at Crocus City Hall.

Topics: Foreign policy | Niger
Other news: Meeting with Minister of Natural Resources and Ecology Alexander Kozlov"""))

S.append(dict(id="h50-30", source="sahelpolitik.blogspot.com",
url="https://sahelpolitik.blogspot.com/2017/11/macron-ouaga-university-speech.html",
published_at="2017-11-28", body="""SAHEL POLITIK - Notes from West Africa

Tuesday, November 28, 2017

Macron in Ouaga: a speech, a joke and a few stones

Emmanuel Macron spent his first full day in Burkina Faso on Tuesday, meeting President Roch Marc Christian Kaboré and speaking to some 800 students at Ouaga I university. He promised to declassify French documents on the assassination of Thomas Sankara and told the students that there is "no longer a French policy for Africa".

Shortly before he arrived at the campus, a grenade was thrown at a French army vehicle. Nobody was hurt.

On Wednesday Macron goes on to Abidjan for the AU-EU summit and talks with Alassane Ouattara, then to Accra on Thursday to meet Nana Akufo-Addo.

Posted by Sahel Politik at 9:47 PM | 6 comments
Labels: Burkina Faso, France, Macron"""))

S.append(dict(id="h50-31", source="thenationalnews.com",
url="https://www.thenationalnews.com/business/2021/12/03/uae-signs-deal-for-80-rafale-jets-during-macron-visit/",
published_at="2021-12-03", body="""ADX 8,546.75 ▲ 0.9% | DFM 3,158.21 ▲ 0.4% | Brent $69.88 ▼

Business | Aviation

UAE signs record deal for 80 Rafale jets during Macron visit

Dec 3, 2021

The UAE signed a contract for 80 Dassault Rafale fighter jets and 12 Airbus Caracal military helicopters on Friday, during a visit by French President Emmanuel Macron to Expo 2020 Dubai and talks with Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi. The Rafale order, worth about €16 billion, is the largest ever for the French jet.

Macron travels on to Qatar later on Friday and to Saudi Arabia on Saturday.

Dassault shares rose 9.4 per cent in Paris.

Sign up for our Business Extra newsletter"""))

S.append(dict(id="h50-32", source="bmvg.de",
url="https://www.bmvg.de/en/news/pistorius-in-niger-keeping-channels-open-5721930",
published_at="2023-12-19", body="""Federal Ministry of Defence | News | Press releases

Pistorius in Niger: keeping channels open

Niamey, 19 December 2023

Federal Minister of Defence Boris Pistorius travelled to Niamey on Tuesday for talks with Niger's Minister of Defence, General Salifou Mody. It was the first visit by a German minister to Niger since the military took power in July.

The talks covered the withdrawal of the Bundeswehr from the air transport base in Niamey, which supports the pull-out from Mali, and the future of security cooperation.

"We do not want to slam doors shut," Pistorius said.

Print | Share | RSS

Other news: Pistorius receives Polish counterpart in Berlin"""))

S.append(dict(id="h50-33", source="tchadinfos.com",
url="https://tchadinfos.com/politique/niger-le-president-deby-a-niamey-pour-une-mission-de-bons-offices/",
published_at="2023-07", body="""Tchadinfos | Politics

Niger: President Déby in Niamey on a good offices mission

The President of the Transition, Marshal Mahamat Idriss Déby Itno, travelled to Niamey on Sunday for a mission of good offices after the coup of July 26. He met General Abdourahamane Tiani, the new strongman of Niger, and the deposed president Mohamed Bazoum.

Earlier on Sunday, the Chadian head of state had attended the extraordinary ECOWAS summit in Abuja as a guest of President Bola Tinubu, the chairman of the regional organisation, which gave the putschists a week to restore constitutional order.

Photo: Présidence du Tchad

Tags: Niger, Tiani, Bazoum, ECOWAS
Subscribe to our newsletter"""))

S.append(dict(id="h50-34", source="le360.ma",
url="https://en.le360.ma/politics/hm-king-mohammed-vi-receives-mauritanian-president-in-casablanca",
published_at="2024-12-20", body="""Le360 | Politics

HM King Mohammed VI receives Mauritanian President in Casablanca

By Le360 (with MAP) | 20/12/2024 at 21:15

King Mohammed VI on Friday received President Mohamed Ould Cheikh El Ghazouani of Mauritania, who is on a private visit to Morocco, at his residence in Casablanca.

The meeting reflects the close relations between the two countries and the desire of both heads of state to strengthen cooperation, including on energy and the Atlantic Initiative for the Sahel states, a statement from the Royal Cabinet said. Ghazouani was accompanied by his wife.

Read also: Morocco and Mauritania work on power link | Atlas Lions: Regragui's squad for January

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h50-35", source="businessday.ng",
url="https://businessday.ng/energy/article/nigeria-morocco-sign-deal-for-gas-pipeline/",
published_at="2016-12-03", body="""NSE ASI 26,051.34 ▼ -0.21% | Brent $54.46 | N/$ 305.00

Energy

Nigeria, Morocco sign deal for West Africa gas pipeline

Nigeria and Morocco on Saturday signed an agreement in Abuja for a gas pipeline to link the two countries along the West African coast, on the second day of a visit by King Mohammed VI. The King and President Muhammadu Buhari witnessed the signing, alongside deals on fertiliser production and agriculture.

The pipeline would extend the existing West African Gas Pipeline, which supplies Benin, Togo and Ghana, and could eventually reach Europe, officials said. No cost estimate was given.

Related: NNPC boss says refinery repairs on track
Get BusinessDay in your inbox"""))

S.append(dict(id="h50-36", source="nigerdiaspora.info",
url="http://www.nigerdiaspora.info/index.php/politique/hollande-a-niamey-pour-une-visite-de-travail",
published_at="2014-07-18", body="""NigerDiaspora | Politique | Economie | Sport

Hollande in Niamey on a working visit

Friday 18 July 2014

French President François Hollande arrived in Niamey on Friday, after a first stop in Abidjan, and held talks with President Mahamadou Issoufou on security in the Sahel and on the uranium mining contract between Niger and Areva. He also visited French soldiers stationed at the airport base.

Hollande travels on Saturday to N'Djamena, where he will meet President Idriss Déby Itno and announce the launch of the new regional counterterrorism operation, Barkhane.

Commentaires (3) | Imprimer | Envoyer"""))

S.append(dict(id="h50-37", source="lamoncloa.gob.es",
url="https://www.lamoncloa.gob.es/lang/en/presidente/news/paginas/2024/20240827-sanchez-mauritania.aspx",
published_at="2024-08-27", body="""La Moncloa | President | News

Pedro Sánchez begins his tour of West Africa in Mauritania

Nouakchott, Tuesday 27 August 2024

The President of the Government of Spain, Pedro Sánchez, has met in Nouakchott with the President of Mauritania, Mohamed Ould Cheikh El Ghazouani, with whom he has discussed cooperation on migration, security, energy and the economy. Both leaders witnessed the signing of a memorandum on circular migration.

Pedro Sánchez will continue his tour on Wednesday in The Gambia and will end it in Senegal on Thursday.

Photo: Pool Moncloa
Print | Share"""))

S.append(dict(id="h50-38", source="sahelwatchers.blogspot.com",
url="https://sahelwatchers.blogspot.com/2023/08/niger-junta-turns-away-joint-mission.html",
published_at="2023-08-08", body="""SAHEL WATCHERS

Tuesday, August 08, 2023

Niger junta turns away joint AU-ECOWAS-UN mission

The joint mission of the African Union, ECOWAS and the United Nations that was due to land in Niamey on Tuesday has been called off after the military authorities said they were "not in a position" to receive it, citing security reasons and public anger over the bloc's sanctions.

ECOWAS said it "regretted" the decision. The envoys were to have met General Abdourahamane Tiani.

The refusal came a day after Victoria Nuland's talks in Niamey with the junta's army chief.

Posted by Sahel Watchers at 6:12 PM | 2 comments
Labels: Niger, ECOWAS, coup"""))

S.append(dict(id="h50-39", source="gabonreview.com",
url="https://www.gabonreview.com/oligui-nguema-a-malabo-pour-sa-premiere-sortie-internationale/",
published_at="2023-09", body="""GabonReview | Politique | Economie | Société

Oligui Nguema in Malabo for his first trip abroad

The President of the Transition, General Brice Clotaire Oligui Nguema, was received on Thursday in Malabo by President Teodoro Obiang Nguema Mbasogo, on his first trip abroad since taking power on August 30. The two leaders discussed the situation in Gabon and the decision of the Economic Community of Central African States (ECCAS) to suspend the country.

The Gabonese head of state is expected in Brazzaville in the coming days, where he will be received by President Denis Sassou Nguesso, according to his entourage.

Comments (21) | Share"""))

S.append(dict(id="h50-40", source="westafricanewsdaily.online",
url="https://westafricanewsdaily.online/2017/01/conde-aziz-in-banjul-jammeh-talks/",
published_at=None, body="""West Africa News Daily | Latest

Conde and Aziz fly into Banjul for last-ditch talks with Jammeh

Guinea's President Alpha Conde and Mauritania's President Mohamed Ould Abdel Aziz arrived in Banjul on Friday for a last attempt to persuade Yahya Jammeh to step down and leave the country peacefully, as ECOWAS troops waited at the Senegalese border.

Adama Barrow was sworn in as president on Thursday at the Gambian embassy in Dakar.

Advertisement | Click here to install our app

Trending: Ghana: Akufo-Addo names new ministers | Nigeria: Naira falls again"""))
