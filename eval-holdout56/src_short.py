# Short items (300-1,100 characters), h56-27 .. h56-40
S = []

S.append(dict(id="h56-27", source="radiookapi.net",
url="https://www.radiookapi.net/2024/12/15/actualite/politique/luanda-la-rencontre-tshisekedi-kagame-na-pas-eu-lieu",
published_at="2024-12-15", body="""Luanda : la rencontre entre Tshisekedi et Kagame n'a pas eu lieu

La rencontre tripartite prévue ce dimanche 15 décembre à Luanda entre le président congolais Félix Tshisekedi et son homologue rwandais Paul Kagame, sous la médiation du président angolais João Lourenço, a été annulée.

Selon la présidence angolaise, la délégation rwandaise n'a pas fait le déplacement. Kigali exige un dialogue direct entre Kinshasa et les rebelles du M23, ce que le gouvernement congolais refuse.

Arrivé samedi soir dans la capitale angolaise, le chef de l'Etat congolais s'est entretenu avec João Lourenço. La veille, les ministres des Affaires étrangères des deux pays s'étaient réunis à Luanda sans parvenir à un accord sur le texte final.

Partager : Facebook | X | WhatsApp

Mots-clés : Luanda, Tshisekedi, Kagame, M23"""))

S.append(dict(id="h56-28", source="hiiraan.com",
url="https://www.hiiraan.com/news4/2024/Jul/197112/ethiopia_somalia_end_first_round_of_ankara_talks.aspx",
published_at="2024-07", body="""Hiiraan Online | News | Opinion | Somali

Ethiopia, Somalia end first round of Ankara talks without meeting face to face

Ankara (HOL) - Somalia's Foreign Minister Ahmed Moallim Fiqi and his Ethiopian counterpart Taye Atske Selassie held separate talks with Turkish Foreign Minister Hakan Fidan in Ankara on Monday, in a first round of Turkish-mediated talks on the dispute over Ethiopia's deal with Somaliland.

The two ministers did not sit at the same table. Fidan moved between them and told a news conference that they had agreed to meet again in Ankara on September 2.

Mogadishu insists that Addis Ababa must withdraw the memorandum of understanding it signed with Somaliland in January.

Share | Comments (9)"""))

S.append(dict(id="h56-29", source="businesstimes.com.sg",
url="https://www.businesstimes.com.sg/international/global/us-china-agree-slash-tariffs-90-days-after-geneva-talks",
published_at="2025-05-12", body="""STI 3,880.67 ▲ 0.9% | Dow futures ▲ 2.4% | USD/CNY 7.2101

US, China agree to slash tariffs for 90 days after Geneva talks

Washington and Beijing agreed on Monday to cut their reciprocal tariffs for 90 days, after weekend talks in Geneva between US Treasury Secretary Scott Bessent, Trade Representative Jamieson Greer and Chinese Vice-Premier He Lifeng at the Swiss ambassador's residence.

US duties on Chinese goods will fall to 30 per cent from 145 per cent, and China's on US goods to 10 per cent from 125 per cent, from May 14. The two sides will set up a mechanism for further talks, which may be held in either country or a third one.

Swiss President Karin Keller-Sutter had met Bessent and He separately on Friday.

Subscribe to BT newsletters | Share"""))

S.append(dict(id="h56-30", source="24.kg",
url="https://24.kg/english/322415_Japarov_and_Rahmon_sign_state_border_treaty_in_Bishkek/",
published_at="2025-03-13", body="""24.kg | Exchange rates: USD 87.45 | EUR 95.20 | RUB 1.01

Japarov and Rahmon sign state border treaty in Bishkek

President Sadyr Japarov and President of Tajikistan Emomali Rahmon signed a treaty on the state border between the two countries in Bishkek on Thursday, ending a dispute that led to deadly clashes in 2021 and 2022.

Rahmon arrived in the Kyrgyz capital on a state visit earlier in the day. The leaders also signed agreements on reopening road and rail links.

The heads of state of Kyrgyzstan, Tajikistan and Uzbekistan are expected to meet in Khujand at the end of the month.

Tags: Tajikistan, border, Sadyr Japarov"""))

S.append(dict(id="h56-31", source="caracaschronicles.com",
url="https://www.caracaschronicles.com/2025/02/01/grenell-in-miraflores/",
published_at="2025-02-01", body="""Grenell in Miraflores: Six Americans Fly Home

By the Caracas Chronicles team | February 1, 2025

Richard Grenell, President Trump's envoy for special missions, sat down with Nicolás Maduro at Miraflores on Friday, in the first high-level visit by a US official in years. By nightfall he was on a plane home with six Americans who had been held in Venezuela.

Both sides said deportation flights and the Tren de Aragua gang were on the table. Chavismo's media celebrated the images of Maduro shaking hands with Trump's man; Washington insisted it did not mean recognition.

Elsewhere: Rubio heads to Panama on Saturday on his first trip as secretary of state.

If you like what we do, chip in: Support Caracas Chronicles

12 comments"""))

S.append(dict(id="h56-32", source="newsasiadaily.site",
url="https://newsasiadaily.site/2019/06/30/trump-kim-meet-at-dmz-agree-to-restart-talks/",
published_at="2019-06-30", body="""Trump, Kim meet at DMZ, agree to restart nuclear talks

US President Donald Trump met North Korean leader Kim Jong Un at Panmunjom on Sunday and briefly stepped across the border into the North, the first sitting US president to do so, before the two held talks of about 50 minutes in the Freedom House on the southern side.

South Korean President Moon Jae-in, who hosted Trump in Seoul earlier in the day, greeted Kim at the border.

Trump said the two sides had agreed to set up teams to restart working-level negotiations within two to three weeks.

Source link | You may also like: Pompeo says working-level talks likely in July"""))

S.append(dict(id="h56-33", source="southarabianews.net",
url="https://southarabianews.net/2023/04/10/saudi-omani-delegations-arrive-in-sanaa/",
published_at="2023-04-10", body="""Saudi, Omani delegations in Sanaa for talks with Houthis

The Saudi ambassador to Yemen, Mohammed Al Jaber, and a delegation from Oman arrived in Sanaa on Sunday for talks with the Houthi leadership on a permanent truce, the first publicly acknowledged visit of its kind since the war began.

Houthi media showed the head of the group's Supreme Political Council, Mahdi al-Mashat, receiving the delegations at the presidential palace. The Saudi-backed government in Aden was not represented.

A prisoner exchange of nearly 900 detainees is expected later this week, under ICRC auspices.

Tags: Yemen, Houthis, Saudi Arabia, Oman"""))

S.append(dict(id="h56-34", source="hellenicshippingnews.com",
url="https://www.hellenicshippingnews.com/black-sea-us-reaches-separate-deals-with-ukraine-and-russia-after-riyadh-talks/",
published_at="2025-03-26", body="""Baltic Dry Index 1,643 ▲ | Brent $73.02 ▲ | CBOT wheat $5.39/bu ▼

Black Sea: US reaches separate deals with Ukraine and Russia after Riyadh talks

The United States said on Tuesday it had agreed with Ukraine and, separately, with Russia to ensure safe navigation and stop the use of force in the Black Sea, after three days of talks in Riyadh.

US officials met the Ukrainian delegation, led by Defence Minister Rustem Umerov, on Sunday and Tuesday, and a Russian team headed by Grigory Karasin and Sergei Beseda on Monday. The Russian and Ukrainian delegations did not meet.

Moscow said the Black Sea arrangement would only take effect once restrictions on Rosselkhozbank and other exporters were lifted.

Source: Reuters | Subscribe to our daily newsletter"""))

S.append(dict(id="h56-35", source="fm.gov.om",
url="https://fm.gov.om/foreign-minister-receives-phone-call-from-iranian-counterpart-2/",
published_at="2025-05-20", body="""Ministry of Foreign Affairs - Sultanate of Oman

Foreign Minister receives phone call from Iranian counterpart

Muscat - Sayyid Badr bin Hamad Albusaidi, Foreign Minister, received a phone call today from H.E. Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran.

The two ministers discussed preparations for the fifth round of the Iranian-American talks to be held in Rome on Friday under the mediation of the Sultanate of Oman, and reviewed bilateral relations.

Other news:
Foreign Minister receives copy of credentials of new Ambassador of Japan
Foreign Minister holds talks with Belgian counterpart in Muscat"""))

S.append(dict(id="h56-36", source="radiotamazuj.org",
url="https://www.radiotamazuj.org/en/news/article/burhan-visits-juba-holds-talks-with-kiir",
published_at="2023-09", body="""Burhan visits Juba, holds talks with Kiir on Sudan war and oil

Sudan's army chief and head of the Sovereignty Council, General Abdel Fattah al-Burhan, arrived in Juba on Monday and was received at the airport by President Salva Kiir.

The two leaders discussed the war in Sudan and the flow of South Sudan's oil exports through the pipeline to Port Sudan, officials said. Kiir has offered to mediate between the army and the Rapid Support Forces.

It is Burhan's second trip abroad since the war broke out in April, after a visit to Egypt last week.

Share on: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h56-37", source="abidjanwatch.blogspot.com",
url="https://abidjanwatch.blogspot.com/2023/01/freed-ivorian-soldiers-land-in-abidjan.html",
published_at="2023-01-08", body="""Freed Ivorian soldiers land in Abidjan after Togo mediation

The 46 Ivorian soldiers pardoned on Friday by Mali's transitional president, Colonel Assimi Goïta, landed in Abidjan late on Saturday and were greeted at the airport by President Alassane Ouattara.

Togo's Foreign Minister Robert Dussey, who led the mediation, flew to Bamako on Saturday to receive the soldiers and accompanied them on the flight to Abidjan, where Ouattara thanked him and Togolese President Faure Gnassingbé.

The soldiers had been held since July 2022 and were sentenced to 20 years in prison on December 30.

Posted by Abidjan Watch at 9:12 AM | No comments:"""))

S.append(dict(id="h56-38", source="foreignminister.gov.au",
url="https://www.foreignminister.gov.au/minister/julie-bishop/media-release/historic-timor-leste-australia-maritime-boundary-treaty-signed",
published_at="2018-03-07", body="""The Hon Julie Bishop MP, Minister for Foreign Affairs | Media release

Historic Timor-Leste-Australia maritime boundary treaty signed

7 March 2018

Today I signed a treaty with Timor-Leste establishing permanent maritime boundaries between our two countries.

I signed the treaty with Timor-Leste's Minister in the Office of the Prime Minister for Delimitation of Borders, Hermenegildo Agio Pereira, at United Nations headquarters in New York, in the presence of the UN Secretary-General.

The treaty is the result of the first conciliation process under the United Nations Convention on the Law of the Sea, and provides a pathway to develop the Greater Sunrise gas fields.

Media enquiries: Minister's office | Print"""))

S.append(dict(id="h56-39", source="pknewsmirror.site",
url="https://pknewsmirror.site/world/wang-yi-hosts-dar-muttaqi-beijing-trilateral/",
published_at="2025-05", body="""Wang Yi hosts Dar, Muttaqi in Beijing; Pakistan, Afghanistan agree to upgrade ties

Chinese Foreign Minister Wang Yi hosted Deputy Prime Minister and Foreign Minister Ishaq Dar and Afghanistan's acting Foreign Minister Amir Khan Muttaqi for an informal trilateral meeting in Beijing on Wednesday.

Islamabad and Kabul agreed in principle to raise their diplomatic representation to the level of ambassadors, Wang said. Dar and Muttaqi also held a separate meeting on the margins.

Dar, on a three-day visit, had talks with Wang on Tuesday. The next trilateral foreign ministers' dialogue will take place in Kabul at an early date.

Source link | Related: KSE-100 gains on Beijing talks"""))

S.append(dict(id="h56-40", source="worldnews24.top",
url="https://worldnews24.top/kellogg-meets-lukashenko-in-minsk-tsikhanouski-freed/",
published_at=None, body="""Trump envoy Kellogg meets Lukashenko in Minsk; Tsikhanouski freed

US special envoy Keith Kellogg met Belarusian President Alexander Lukashenko in Minsk on Saturday, the most senior US official to visit Belarus in years.

Hours later, Belarus freed 14 prisoners, among them Siarhei Tsikhanouski, husband of exiled opposition leader Sviatlana Tsikhanouskaya. They were driven to Vilnius, accompanied by US diplomats.

You may also like:
Lithuania summons Belarusian chargé over balloons
Gold price today"""))
