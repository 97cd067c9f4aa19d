package io.dyadwatch.enrich.extract;

import io.dyadwatch.schemas.avro.EventStatus;
import io.dyadwatch.schemas.avro.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds bilateral diplomatic contacts in clean article text. Thread-safe; build once, reuse.
 *
 * <p>Rule-based and explainable: the text is cut into sentences (page debris and mid-story
 * headlines left out), officials, delegations and states are found with the gazetteers of
 * {@code resources/extract/}, and each contact word ("visit", "met", "phone call", "signed") is
 * paired with the countries its sentence gives it. Every contact carries that sentence as evidence.
 */
public final class Extractor {
  private final Lexicon lexicon;
  private final Segmenter segmenter;
  private final Chunker chunker;
  private final ActorResolver resolver;
  private final ContactFinder finder;
  private final StatusRules status;
  private final DateResolver dates = new DateResolver();
  private final ContactAssembler assembler = new ContactAssembler(dates);

  public Extractor() {
    lexicon = Lexicon.standard();
    segmenter = new Segmenter(lexicon);
    resolver = new ActorResolver(lexicon);
    chunker = new Chunker(lexicon);
    finder = new ContactFinder(lexicon);
    status = new StatusRules(lexicon);
  }

  public List<Contact> extract(Document document) {
    String text = document.text();
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Token> toks = Tokenizer.tokenize(text);
    List<Segmenter.Span> spans = segmenter.segment(text, toks);
    DocContext doc = new DocContext(PubDate.parse(document.publishedAt()));
    doc.dateline = datelinePlace(document.dateline());
    doc.outletCountry = outletCountry(document.source());
    doc.governmentOutlet = governmentSite(document.source());
    List<SentenceView> views = new ArrayList<>(spans.size());
    for (Segmenter.Span span : spans) {
      SentenceView v = chunker.analyse(text, toks, span, views.size(), doc);
      resolver.learn(v, doc);
      views.add(v);
    }
    resolver.linkRoles(doc);
    List<ContactAssembler.Draft> drafts = new ArrayList<>();
    for (SentenceView v : views) {
      Delegations.resolveWhole(v, doc);
      resolver.resolve(v, doc);
      Delegations.read(v, doc);
      List<Finding> findings = finder.find(v);
      if (!findings.isEmpty()) {
        List<DateResolver.Expr> exprs = dates.find(v);
        for (Finding f : findings) {
          status.decide(v, f, exprs, doc.published);
        }
        List<ContactAssembler.Draft> found = withoutRepeatedNouns(assembler.assemble(v, findings, doc, exprs));
        for (ContactAssembler.Draft d : found) {
          if (doc.firstVisitor == null && d.contact().type() == EventType.VISIT) {
            doc.firstVisitor = d.contact().initiator();
          }
        }
        drafts.addAll(found);
      }
      resolver.remember(v, doc);
    }
    return merge(Delegations.shared(drafts, doc), doc.published);
  }

  /**
   * The place a dateline the cleaner took off the text names ("NEW DELHI (PTI)", "ABU DHABI, 17th
   * September"); the first of several ("SEOUL/BEIJING"); the state after a city the gazetteers do not
   * know ("DES MOINES, Iowa (KCRG)"). The agency in brackets is not read. Its token positions are not
   * in the story text.
   */
  private PlaceRef datelinePlace(String dateline) {
    if (dateline == null || dateline.isBlank()) {
      return null;
    }
    List<Token> toks = Tokenizer.tokenize(dateline);
    for (int i = 0; i < toks.size() && !toks.get(i).isPunct('('); i++) {
      Lexicon.Match m = toks.get(i).isWord() ? lexicon.match(toks, i, toks.size()) : null;
      if (m != null && m.entry().code != null && MentionFinder.isPlace(m.entry().kind)) {
        return new PlaceRef(-1, -1, m.entry().code, dateline.substring(toks.get(i).start,
            toks.get(i + m.length() - 1).end));
      }
    }
    return null;
  }

  /** Country-code domains sold for other uses (".io", ".tv", ".fm"), which say nothing of a country. */
  private static final Set<String> VANITY_DOMAINS = Set.of("io", "tv", "fm", "me", "co", "ai", "ly", "cc", "ws",
      "to", "gg", "so", "sh", "ac", "nu", "tk", "la", "eu");

  /** A government's own site: a "gov" domain ("mea.gov.in", "state.gov"), a foreign ministry or the Kremlin. */
  static boolean governmentSite(String source) {
    if (source == null) {
      return false;
    }
    String host = source.strip().toLowerCase(Locale.ROOT);
    return host.endsWith(".gov") || host.contains(".gov.") || host.contains(".go.") || host.contains("kremlin.")
        || host.startsWith("mfa.") || host.startsWith("mofa.") || host.contains(".mfa.") || host.contains(".mofa.");
  }

  /** "capitalfm.co.ke" is Kenyan; a generic or vanity domain, or a name that is no domain, gives null. */
  static String outletCountry(String source) {
    if (source == null) {
      return null;
    }
    String host = source.strip().toLowerCase(Locale.ROOT);
    int dot = host.lastIndexOf('.');
    if (dot < 0 || host.indexOf(' ') >= 0) {
      return null;
    }
    String tld = host.substring(dot + 1);
    if (tld.equals("gov") || tld.equals("mil")) {
      return "USA";
    }
    if (tld.length() != 2 || VANITY_DOMAINS.contains(tld)) {
      return null;
    }
    return Lexicon.alpha3(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
  }

  /**
   * A contact noun that restates a verb's contact of the same sentence ("will visit China, his maiden
   * visit to China").
   */
  private static List<ContactAssembler.Draft> withoutRepeatedNouns(List<ContactAssembler.Draft> drafts) {
    List<ContactAssembler.Draft> out = new ArrayList<>(drafts.size());
    for (ContactAssembler.Draft d : drafts) {
      // but "held talks on Saturday and agreed to reconvene next week": the talks held are no round to come
      boolean repeated = d.nominal() && drafts.stream().anyMatch(o -> !o.nominal()
          && o.contact().countries().equals(d.contact().countries()) && o.contact().type() == d.contact().type()
          && !(d.contact().type() == EventType.MEETING && d.contact().status() == EventStatus.OCCURRED
          && o.contact().status() == EventStatus.PLANNED));
      if (!repeated) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * "X is on a trip to Japan and South Korea ... X is due in Seoul on Wednesday": a tour through several
   * countries read as under way, for a leg that a later sentence states as still to come.
   */
  private static boolean laterLegOfTour(ContactAssembler.Draft d, List<ContactAssembler.Draft> drafts) {
    Contact c = d.contact();
    if (c.type() != EventType.VISIT || c.status() != EventStatus.OCCURRED || c.initiator() == null || d.cameFrom()) {
      return false; // the leg just left is behind the traveller, whatever is still to come
    }
    boolean tour = drafts.stream().anyMatch(o -> o != d && o.sentence() == d.sentence()
        && o.contact().type() == EventType.VISIT && c.initiator().equals(o.contact().initiator())
        && o.contact().host() != null && !o.contact().host().equals(c.host()));
    return tour && drafts.stream().anyMatch(o -> o.sentence() > d.sentence()
        && o.contact().type() == EventType.VISIT && o.contact().status() == EventStatus.PLANNED
        && o.contact().countries().equals(c.countries()) && c.initiator().equals(o.contact().initiator()));
  }

  /**
   * One contact per pair, type, status and date: mentions without a date join the first with one;
   * meetings during a visit of the same pair are part of the visit.
   */
  private static List<Contact> merge(List<ContactAssembler.Draft> drafts, PubDate published) {
    List<ContactAssembler.Draft> kept = new ArrayList<>(drafts.size());
    // a leg read as under way that a later sentence tells as still to come is no visit under way for it
    List<ContactAssembler.Draft> laterLegs = drafts.stream().filter(d -> laterLegOfTour(d, drafts)).toList();
    for (ContactAssembler.Draft d : drafts) {
      Contact c = d.contact();
      boolean duringVisit = c.type() == EventType.MEETING && drafts.stream().anyMatch(o ->
          o.contact().type() == EventType.VISIT && o.contact().countries().equals(c.countries())
              && o.contact().status() == c.status() && compatible(o.contact().eventDate(), c.eventDate()));
      boolean partOfOngoingVisit = (d.fromMeeting() || townOnTheWay(d, published)) && c.status() == EventStatus.PLANNED
          && drafts.stream().anyMatch(o -> !laterLegs.contains(o) && ongoingVisit(o, d, published));
      if (!duringVisit && !partOfOngoingVisit && !laterLegs.contains(d)) {
        kept.add(d);
      }
    }
    Map<String, List<Contact>> groups = new LinkedHashMap<>();
    for (ContactAssembler.Draft d : kept) {
      Contact c = d.contact();
      String key = c.dyad() + "|" + c.type() + "|" + c.status();
      List<Contact> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
      group.add(c);
    }
    List<Contact> out = new ArrayList<>();
    for (List<Contact> group : groups.values()) {
      Map<LocalDate, List<Contact>> byDate = new LinkedHashMap<>();
      for (Contact c : group) {
        if (c.eventDate() != null) {
          byDate.computeIfAbsent(c.eventDate(), k -> new ArrayList<>()).add(c);
        }
      }
      if (byDate.isEmpty()) {
        out.add(best(group));
        continue;
      }
      LocalDate firstDate = byDate.keySet().iterator().next();
      for (Contact c : group) {
        if (c.eventDate() == null) {
          byDate.get(firstDate).add(c);
        }
      }
      for (List<Contact> cluster : byDate.values()) {
        out.add(best(cluster));
      }
    }
    out.sort(Comparator.comparingInt((Contact c) -> c.evidence().start()).thenComparing(Contact::dyad));
    return List.copyOf(out);
  }

  /** Sentences of an article's lead: an undated visit told there is the visit the article reports. */
  private static final int LEAD = 3;

  /**
   * "Choe left for Russia on Sunday. Choe will hold talks with Lavrov in Moscow": talks still to come
   * on a visit under way, told after it, are part of it and no separate planned contact.
   */
  private static boolean ongoingVisit(ContactAssembler.Draft visit, ContactAssembler.Draft talks, PubDate published) {
    Contact v = visit.contact();
    Contact t = talks.contact();
    if (v.type() != EventType.VISIT || v.status() != EventStatus.OCCURRED || !v.countries().equals(t.countries())
        || visit.sentence() > talks.sentence() || talks.distant()) {
      return false;
    }
    if (t.initiator() != null && v.initiator() != null && !t.initiator().equals(v.initiator())
        || t.type() == EventType.MEETING && otherTraveller(v, t)) {
      return false;
    }
    if (!published.hasDay()) {
      // an article dated by its month only: the visit its lead tells, with talks of no date
      return visit.sentence() < LEAD && t.eventDate() == null;
    }
    LocalDate day = published.date();
    boolean recent = v.eventDate() == null ? visit.sentence() < LEAD : !v.eventDate().isBefore(day.minusDays(7));
    return recent && (t.eventDate() == null || !t.eventDate().isAfter(day.plusDays(7)));
  }

  /**
   * "a day after Putin received envoy Witkoff ... agreed to hold a meeting between Putin and Trump": talks
   * that name officials of the guest's country, none of them the guests, are no part of the guests' visit.
   */
  private static boolean otherTraveller(Contact visit, Contact talks) {
    Set<String> guests = namesOf(visit, visit.initiator());
    Set<String> others = namesOf(talks, visit.initiator());
    return !guests.isEmpty() && !others.isEmpty() && Collections.disjoint(guests, others);
  }

  private static Set<String> namesOf(Contact c, String country) {
    Set<String> names = new HashSet<>();
    for (Actor a : c.participants()) {
      if (a.name() != null && a.country() != null && a.country().equals(country) && properName(a.name())) {
        names.add(PersonMemory.firstName(a.name())); // "Choe" for "Choe Son Hui", "Xi" for "Xi Jinping"
        names.add(PersonMemory.lastName(a.name()));
      }
    }
    return names;
  }

  /** A person's name, not the words that stood for one ("He", "the Czech head of state"). */
  private static boolean properName(String name) {
    return Character.isUpperCase(name.charAt(0)) && !name.equals("He") && !name.equals("She")
        && !name.startsWith("The ") && name.indexOf(' ') > 0;
  }

  /**
   * "He is scheduled to travel to Karachi later in the day": a town of the host in the days ahead, told
   * after a visit under way, is a leg of that visit.
   */
  private static boolean townOnTheWay(ContactAssembler.Draft d, PubDate published) {
    LocalDate date = d.contact().eventDate();
    return d.town() && (date == null || published.hasDay() && !date.isAfter(published.date().plusDays(3)));
  }

  /** A meeting on a visit's date or in the week after it is a meeting of that visit. */
  private static boolean compatible(LocalDate visit, LocalDate meeting) {
    return visit == null || meeting == null
        || !meeting.isBefore(visit.minusDays(1)) && !meeting.isAfter(visit.plusDays(7));
  }

  private static Contact best(List<Contact> cluster) {
    Contact best = cluster.get(0);
    for (Contact c : cluster) {
      if (c.confidence() > best.confidence() + 1e-9
          || Math.abs(c.confidence() - best.confidence()) < 1e-9 && best.eventDate() == null && c.eventDate() != null) {
        best = c;
      }
    }
    return best;
  }
}
