package io.dyadwatch.bench;

import io.dyadwatch.enrich.clean.CleanText;
import io.dyadwatch.enrich.clean.Cleaner;
import io.dyadwatch.enrich.clean.RawText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cleaning alone, one article per operation: a plain-text article of about 4 KB (market tickers,
 * related headline, caption, appeal, footer) and an HTML page of about 5 KB (navigation, scripts,
 * figure, related links, share bar, footer). Results are articles per second.
 *
 * <pre>
 * java -jar benchmarks/target-clean/benchmarks.jar CleanBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s -t 1 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanBenchmark {
  static final String TEXT_ARTICLE = """
      KSE100 85,483 Increased By 30.2 (0.04%)
      KSE30 27,160 Increased By 10.7 (0.04%)
      OGDC 169.49 Decreased By \u25BC -1.67 (-0.98%)
      PPL 130.70 Decreased By \u25BC -2.15 (-1.62%)
      HUBC 107.90 Decreased By \u25BC -4.75 (-4.22%)
      Vietnam, Laos leaders agree to speed up expressway linking their capitals
      November 19, 2024 10:12am
      Prime Minister Pham Minh Chinh (right) welcomes his Lao counterpart Sonexay Siphandone in Hanoi on Monday. (VNA)

      HANOI: Vietnamese Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay Siphandone agreed on \
      Monday to speed up construction of an expressway linking Vientiane with Hanoi, after talks at the Government \
      Office in Hanoi.

      The two leaders also co-chaired the annual meeting of the Vietnam\u2013Laos Intergovernmental Committee, \
      which reviewed 27 cooperation projects in transport, energy and education, according to a statement from \
      the Vietnamese government.

      \u201CWe agreed that the expressway is the most important connection between our two economies,\u201D Chinh \
      told reporters after the meeting, adding that both governments would look for new sources of financing.

      Chinh said Vietnam would help Laos connect its power grid to Vietnamese substations so that Lao \
      hydropower could be sold across the border, and that Vietnamese banks would expand their branches in Vientiane.

      Cambodia, Thailand agree to reopen border crossing after two-year closure

      Sonexay, who took office in December 2022, was on his second official visit to Vietnam as prime minister. \
      He is scheduled to meet Communist Party General Secretary To Lam on Tuesday and to visit an industrial park \
      in the northern province of Bac Ninh.

      Bilateral trade reached $1.6 billion in 2023, according to Vietnamese customs data, and both sides set a \
      target of $2 billion for 2025. Vietnam is the third-largest foreign investor in Laos.

      The expressway, first proposed in 2016, would cut the road journey between the two capitals to about \
      eight hours. Only the first section, between Vientiane and the Lao town of Paksan, has been built.

      Officials from both countries said a financing plan for the remaining sections would be presented at \
      the next meeting of the intergovernmental committee, due to be held in Vientiane in the second half of next year.

      The two prime ministers also witnessed the signing of agreements on customs cooperation, vocational \
      training and the management of the Mekong river, and they agreed to set up a hotline between their \
      offices to deal with urgent issues.

      Laos relies heavily on Chinese investment, including a railway from the Chinese border to Vientiane \
      that opened in 2021, and Vietnamese officials have said they want to offer Lao exporters a second route \
      to the sea through the central Vietnamese port of Vung Ang.

      Sonexay thanked Vietnam for its help in training Lao civil servants and for scholarships that allow \
      hundreds of Lao students to study in Vietnamese universities each year, the statement said.

      Your support helps us to tell the story

      At such a critical moment, we need reporters on the ground. Your donation allows us to keep sending \
      journalists to speak to both sides of the story.

      Comments

      Comments are closed.

      \u00A9 2024 Example News. All rights reserved.
      """;

  static final String HTML_ARTICLE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Japan and Australia agree to deepen defence ties during Tokyo visit | The Pacific Ledger</title>
      <meta property="og:title" content="Japan and Australia agree to deepen defence ties during Tokyo visit">
      <meta property="article:published_time" content="2024-09-05T08:40:00+09:00">
      <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
      <style>.nav{display:flex}.ticker span{margin:0 8px}</style>
      </head><body>
      <header class="site-header"><a href="/">The Pacific Ledger</a>
      <nav><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/business">Business</a></li>
      <li><a href="/opinion">Opinion</a></li></ul></nav></header>
      <main><article>
      <header><h1>Japan and Australia agree to deepen defence ties during Tokyo visit</h1>
      <p class="byline">By <a href="/authors/hana-mori" rel="author">Hana Mori</a></p>
      <time datetime="2024-09-05T08:40:00+09:00">September 5, 2024</time></header>
      <figure><img src="/img/a.jpg" alt="Ministers"><figcaption>Australian Defence Minister Richard Marles (left) and
      Japanese Defence Minister Minoru Kihara shake hands in Tokyo on Thursday. <span class="credit">Photo: Kyodo</span>
      </figcaption></figure>
      <div class="article-body">
      <p>Australia&rsquo;s defence minister met his Japanese counterpart in Tokyo on Thursday, and the two governments
      agreed to expand joint exercises and share more intelligence on regional maritime activity.</p>
      <p>Richard Marles and Minoru Kihara held about 90 minutes of talks at the defence ministry, the first
      face-to-face meeting between the two since a reciprocal access agreement took effect last year.</p>
      <div class="ad-slot"><span>Advertisement</span></div>
      <p>&ldquo;Our cooperation has never been closer, and it needs to keep pace with the region we live in,&rdquo;
      Marles told reporters after the meeting.</p>
      <p class="related-inline"><strong>Read more:</strong> <a href="/q">Quad foreign ministers to meet in Washington</a></p>
      <p>Kihara said the ministers had also discussed a proposal for Australian F-35 fighters to train at bases in
      northern Japan, though no decision had been taken.</p>
      <p>The visit comes a week after Chinese and Russian warships held drills in the Sea of Japan, which Tokyo said
      it was monitoring closely. Japan has also stepped up defence cooperation with the Philippines.</p>
      <p>The two ministers agreed to hold their next meeting in Canberra early next year, together with their foreign
      minister colleagues, and to invite the Philippines to observe a joint air exercise in northern Australia.</p>
      <p>Australia and Japan signed a security declaration in 2022 that commits them to consult each other on
      contingencies that may affect their sovereignty and regional security interests.</p>
      <p>Marles is due to travel on to Seoul on Friday for talks with South Korean Defence Minister Kim Yong-hyun,
      the first visit by an Australian defence minister to South Korea in three years, his office said.</p>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      </div></article>
      <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/a1">Typhoon leaves trail of damage across Kyushu</a></li>
      <li><a href="/a2">Bank of Japan holds rates steady</a></li><li><a href="/a3">Philippines and Vietnam coast
      guards sign cooperation pact</a></li><li><a href="/a4">Yen weakens as traders weigh rate outlook</a></li></ol>
      <div class="newsletter"><p>Sign up for our free morning briefing and get the day's top stories in your inbox.</p>
      <form><input type="email" placeholder="Email"><button>Sign up</button></form></div></aside>
      <section class="related-stories"><h2>Related stories</h2>
      <div class="card"><h3><a href="/r1">South Korea and Japan resume finance dialogue</a></h3>
      <p>The two finance ministers met in Seoul for the first time in seven years.</p></div></section>
      </main>
      <footer><p>&copy; 2024 The Pacific Ledger. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
      <script src="/js/app.js"></script>
      </body></html>
      """;

  private Cleaner cleaner;
  private RawText text;
  private RawText html;

  @Setup
  public void setUp() {
    cleaner = new Cleaner();
    text = new RawText(TEXT_ARTICLE, null, null, null);
    html = new RawText(HTML_ARTICLE, "text/html", null, null);
    cleaner.clean(text);
  }

  @Benchmark
  public CleanText plainText() {
    return cleaner.clean(text);
  }

  @Benchmark
  public CleanText html() {
    return cleaner.clean(html);
  }
}
