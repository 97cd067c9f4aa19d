# Short items (300-1,100 characters), h22-27 .. h22-40
S = []

S.append(dict(id="h22-27", source="cooperativa.cl",
url="https://www.cooperativa.cl/noticias/pais/relaciones-exteriores/argentina/boric-llega-a-buenos-aires-en-su-primera-visita-oficial/2022-04-04/091512.html",
published_at="2022-04-04", body="""Cooperativa.cl | País | Mundo | Economía | Deportes

Boric llega a Buenos Aires en su primera visita oficial como Presidente

Lunes 04 de abril de 2022 | 09:50

El Presidente Gabriel Boric inició este lunes en Argentina su primera gira al extranjero desde que asumió el 11 de marzo. El mandatario será recibido por su par Alberto Fernández en la Casa Rosada, donde ambos encabezarán la firma de acuerdos en materia de género, ciencia y energía.

Lo acompaña una delegación encabezada por la canciller Antonia Urrejola. Boric tiene previsto además reunirse con dirigentes sociales y visitar el Congreso argentino antes de regresar a Santiago el martes.

Compartir: Facebook | Twitter | WhatsApp
Etiquetas: Gabriel Boric, Alberto Fernández, Argentina"""))

S.append(dict(id="h22-28", source="kun.uz",
url="https://kun.uz/en/news/2022/12/22/uzbekistan-and-kazakhstan-sign-treaty-on-allied-relations",
published_at="2022-12-22", body="""Kun.uz | Politics | Economy | Society | World

Uzbekistan and Kazakhstan sign Treaty on Allied Relations

22 December 2022, 15:40

Presidents Shavkat Mirziyoyev and Kassym-Jomart Tokayev signed a Treaty on Allied Relations between Uzbekistan and Kazakhstan in Tashkent on Thursday. Tokayev arrived on Wednesday evening on a state visit.

An agreement on the demarcation of the Uzbek-Kazakh state border was also signed, along with documents on water management, transport and the creation of an international centre for industrial cooperation on the border.

"Our relations have reached the highest level in their history," Mirziyoyev said.

Follow Kun.uz on Telegram | Share"""))

S.append(dict(id="h22-29", source="seenews.com",
url="https://seenews.com/news/serbia-china-sign-free-trade-agreement-839215",
published_at="2023-10-17", body="""SeeNews | Business intelligence for Southeast Europe

Serbia, China sign free trade agreement

BELGRADE (Serbia), October 17 (SeeNews) - Serbia and China signed a free trade agreement in Beijing on Tuesday, Serbian President Aleksandar Vucic said.

The agreement was signed by Serbian trade minister Tomislav Momirovic and Chinese commerce minister Wang Wentao, after Vucic held talks with Chinese President Xi Jinping on the sidelines of the Belt and Road Forum. Under the deal, Serbia will be able to export 95% of its products to China duty-free once transition periods expire, Vucic said.

China is Serbia's second-largest trading partner after Germany.

Subscribe to SeeNews for full access | Related: Serbia's exports rise 4% in nine months"""))

S.append(dict(id="h22-30", source="gov.kz",
url="https://www.gov.kz/memleket/entities/mfa/press/news/details/763512",
published_at="2024-05-10", body="""Ministry of Foreign Affairs of the Republic of Kazakhstan | Press center | News

Almaty hosts talks between the Foreign Ministers of Azerbaijan and Armenia

Almaty, 10 May 2024 - On 10-11 May, Almaty is hosting bilateral negotiations between Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov and Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan on the draft agreement on peace and the establishment of interstate relations.

Minister of Foreign Affairs of Kazakhstan Murat Nurtleu opened the talks. Kazakhstan provides a platform for the negotiations and does not act as a mediator.

Earlier, President of Kazakhstan Kassym-Jomart Tokayev received the two ministers.

Other news: Deputy Minister meets Ambassador of Japan"""))

S.append(dict(id="h22-31", source="caribwirenotes.blogspot.com",
url="https://caribwirenotes.blogspot.com/2024/02/lula-in-georgetown-brazil-guyana.html",
published_at="2024-02", body="""Carib Wire Notes
Politics, trade and diplomacy from around the region

Wednesday, February 28, 2024

Lula in Georgetown: Brazil's president meets Ali, joins CARICOM summit

Brazilian President Luiz Inacio Lula da Silva was in Georgetown today, holding a bilateral meeting with President Irfaan Ali at State House before addressing the CARICOM Heads of Government conference as a special guest.

Ali said the two discussed the Linden-Lethem road, energy and food security, and the border controversy with Venezuela. Lula repeated that South America must remain "a zone of peace".

From Guyana, Lula heads to St Vincent for the CELAC summit on Friday.

Posted by Desmond R. at 9:14 PM | No comments
Labels: Brazil, Guyana, CARICOM

Newer Post | Older Post | Home"""))

S.append(dict(id="h22-32", source="sarajevotimes.com",
url="https://sarajevotimes.com/erdogan-in-sarajevo-turkish-president-meets-bih-presidency-members/",
published_at="2022-09", body="""Sarajevo Times

Erdogan in Sarajevo: Turkish President meets BiH Presidency members

Turkish President Recep Tayyip Erdogan arrived in Sarajevo on Tuesday and held talks with the members of the Presidency of Bosnia and Herzegovina, Sefik Dzaferovic, Zeljko Komsic and Milorad Dodik. Energy and the planned Sarajevo-Belgrade motorway were among the topics.

Erdogan continues his Balkan tour in Belgrade on Wednesday, where he will meet President Aleksandar Vucic, and in Zagreb on Thursday.

Share: Facebook | Twitter
Tags: Erdogan, Presidency of BiH, Turkey"""))

S.append(dict(id="h22-33", source="bnamericas.com",
url="https://www.bnamericas.com/en/news/xi-boluarte-inaugurate-chancay-megaport",
published_at="2024-11-14", body="""BNamericas

Xi, Boluarte inaugurate Chancay megaport

Published: Thursday, November 14, 2024

Chinese President Xi Jinping and Peruvian President Dina Boluarte inaugurated the Chancay port north of Lima by video link on Thursday from the Government Palace, where Xi held talks with Boluarte during a state visit. The two governments also signed a protocol upgrading their free trade agreement.

Cosco Shipping holds 60% of the terminal, whose first phase cost US$1.3bn.

Xi is in Lima for APEC leaders' week and is due to meet US President Joe Biden on the sidelines on Saturday.

Get access to BNamericas' project database | Subscribe"""))

S.append(dict(id="h22-34", source="pm.gc.ca",
url="https://pm.gc.ca/en/news/news-releases/2022/03/06/prime-minister-travel-europe",
published_at="2022-03-06", body="""Prime Minister of Canada Justin Trudeau

News releases

Prime Minister to travel to Europe

March 6, 2022 | Ottawa, Ontario

The Prime Minister, Justin Trudeau, today announced that he will travel to the United Kingdom, Latvia, Germany, and Poland from March 6 to 11, 2022, to meet with Allies and partners on the response to Russia's invasion of Ukraine.

In London, the Prime Minister will meet with Prime Minister Boris Johnson, and with the Prime Minister of the Netherlands, Mark Rutte. In Riga, he will meet with Prime Minister Krišjānis Kariņš and with members of the Canadian Armed Forces serving with NATO in Latvia. He will then travel to Berlin to meet with Chancellor Olaf Scholz, and to Warsaw to meet with President Andrzej Duda.

Associated links: Canada's response to the Russian invasion of Ukraine"""))

S.append(dict(id="h22-35", source="caspiannews.com",
url="https://caspiannews.com/news-detail/putin-pezeshkian-hold-first-face-to-face-talks-in-ashgabat-2024-10-11",
published_at="2024-10-11", body="""Caspian News

Putin, Pezeshkian hold first face-to-face talks in Ashgabat

By Caspian News | October 11, 2024

Russian President Vladimir Putin and Iranian President Masoud Pezeshkian met for the first time on Friday in Ashgabat, on the sidelines of an international forum marking the 300th anniversary of the Turkmen poet Magtymguly Pyragy.

Putin called relations with Iran "a priority", and both sides said a comprehensive strategic partnership treaty was nearly ready. Pezeshkian has accepted an invitation to the BRICS summit in Kazan later this month, where the two are expected to meet again.

Share | Tags: Russia, Iran, Turkmenistan"""))

S.append(dict(id="h22-36", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2023/09/08/russia-summons-armenian-ambassador-over-unfriendly-steps-a82398",
published_at="2023-09", body="""The Moscow Times | Independent news from Russia

Russia summons Armenian ambassador over "unfriendly steps"

Russia's Foreign Ministry summoned Armenian Ambassador Vagharshak Harutyunyan on Friday to protest what it called a series of "unfriendly steps" by Yerevan.

The ministry listed Armenia's move to ratify the Rome Statute of the International Criminal Court, joint exercises with US troops and a visit to Kyiv by Anna Hakobyan, the wife of Prime Minister Nikol Pashinyan, who delivered humanitarian aid.

Support The Moscow Times: donate | Subscribe to our newsletter"""))

S.append(dict(id="h22-37", source="financialpost.com",
url="https://financialpost.com/news/economy/canada-ukraine-sign-modernized-free-trade-agreement",
published_at="2023-09-22", body="""Financial Post
TSX 19,674.21 -0.12% | DOW 33,963.84 -0.31% | CAD/USD 0.7421 | WTI 90.03

Canada and Ukraine sign updated free trade deal during Zelenskyy visit

Prime Minister Justin Trudeau and Ukrainian President Volodymyr Zelenskyy signed a modernized Canada-Ukraine Free Trade Agreement in Ottawa on Friday, adding chapters on services, investment and digital trade to the 2017 pact.

Zelenskyy, on his first visit to Canada since Russia's full-scale invasion, also addressed Parliament. Trudeau announced $650 million over three years for armoured vehicles built in Canada.

Bookmark | Share | Sign up for the FP Investor newsletter"""))

S.append(dict(id="h22-38", source="en.mercopress.com",
url="https://en.mercopress.com/2024/02/20/cameron-in-the-falklands-first-foreign-secretary-visit-in-30-years",
published_at="2024-02-20", body="""MercoPress, South Atlantic News Agency
Tuesday, February 20th 2024 - 08:12 UTC

Cameron in the Falklands, first Foreign Secretary visit in thirty years

UK Foreign Secretary David Cameron arrived in the Falkland Islands on Monday, the first visit by a British Foreign Secretary since 1994. He met members of the Legislative Assembly and said the islands would remain British "as long as they want".

Buenos Aires described the visit as a provocation. Cameron travels on to Brazil for the G20 foreign ministers' meeting in Rio de Janeiro, where he is expected to meet Argentine Foreign Minister Diana Mondino on the sidelines.

Comments (24) | Share"""))

S.append(dict(id="h22-39", source="state.gov",
url="https://www.state.gov/secretary-blinkens-call-with-azerbaijani-president-aliyev-4/",
published_at="2023-09-19", body="""U.S. Department of State

Secretary Blinken's Call with Azerbaijani President Aliyev

READOUT | OFFICE OF THE SPOKESPERSON | SEPTEMBER 19, 2023

The below is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken spoke today with Azerbaijani President Ilham Aliyev. The Secretary urged Azerbaijan to cease military actions in Nagorno-Karabakh immediately and to de-escalate the situation, and stressed the need to protect civilians.

Related Articles
SEPTEMBER 19, 2023 | Secretary Blinken's Call with Armenian Prime Minister Pashinyan

Tags: Azerbaijan, Office of the Spokesperson"""))

S.append(dict(id="h22-40", source="worldnewsnow24.click",
url="https://worldnewsnow24.click/politics/carney-meets-trump-at-white-house-canada-not-for-sale-4471",
published_at=None, body="""Carney meets Trump at White House: "Canada is not for sale"

Canadian Prime Minister Mark Carney met US President Donald Trump in the Oval Office on Tuesday, his first visit to Washington since winning last week's election.

"Some places are never for sale," Carney told Trump when the president repeated his idea of Canada becoming the 51st state. Trump answered: "Never say never."

The two leaders, who first spoke by phone in March, did not announce any change to US tariffs on Canadian goods. Carney called the talks "constructive". Trump is expected at the G7 summit that Canada hosts in Kananaskis, Alberta, in June.

Advertisement | Share | Loading comments..."""))
