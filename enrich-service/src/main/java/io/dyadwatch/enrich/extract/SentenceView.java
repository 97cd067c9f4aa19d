package io.dyadwatch.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/** One sentence with what the chunker found in it: gazetteer mentions, actors and places. */
final class SentenceView {
  final String source;
  final List<Token> toks;
  final int from;
  final int to;
  final boolean headline;
  final int index;
  final Mention[] mentions;
  final ActorRef[] actorAt;
  final PlaceRef[] placeAt;
  final List<ActorRef> actors = new ArrayList<>();
  final List<PlaceRef> places = new ArrayList<>();
  /** How many words of sport reporting the sentence has. */
  int sportWords;
  /** For each token, where the next role word starts (or {@link #to}). */
  final int[] nextRole;

  SentenceView(String source, List<Token> toks, int from, int to, boolean headline, int index) {
    this.source = source;
    this.toks = toks;
    this.from = from;
    this.to = to;
    this.headline = headline;
    this.index = index;
    this.mentions = new Mention[to - from];
    this.actorAt = new ActorRef[to - from];
    this.placeAt = new PlaceRef[to - from];
    this.nextRole = new int[to - from + 1];
  }

  boolean inside(int i) {
    return i >= from && i < to;
  }

  Token tok(int i) {
    return toks.get(i);
  }

  /** The token's normalised text, or "" outside the sentence. */
  String norm(int i) {
    return inside(i) ? toks.get(i).norm : "";
  }

  boolean is(int i, String norm) {
    return inside(i) && toks.get(i).norm.equals(norm);
  }

  /** The mention starting at token i, or null. */
  Mention mention(int i) {
    return inside(i) ? mentions[i - from] : null;
  }

  ActorRef actorAt(int i) {
    return inside(i) ? actorAt[i - from] : null;
  }

  PlaceRef placeAt(int i) {
    return inside(i) ? placeAt[i - from] : null;
  }

  /** Whether a role word starts within {@code span} tokens from i. */
  boolean roleWithin(int i, int span) {
    return inside(i) && nextRole[i - from] < i + span;
  }

  void addActor(ActorRef a) {
    actors.add(a);
    for (int i = a.start; i < a.end; i++) {
      actorAt[i - from] = a;
    }
  }

  void addPlace(PlaceRef p) {
    places.add(p);
    for (int i = p.start(); i < p.end(); i++) {
      placeAt[i - from] = p;
    }
  }

  /** The text of tokens [start, end) as written. */
  String text(int start, int end) {
    return source.substring(toks.get(start).start, toks.get(end - 1).end);
  }

  int charStart() {
    return toks.get(from).start;
  }

  int charEnd() {
    return toks.get(to - 1).end;
  }
}
