package io.dyadwatch.enrich.extract;

/** A gazetteer phrase found in a sentence: tokens [start, end). */
record Mention(int start, int end, Lexicon.Entry entry) {
  Lexicon.Kind kind() {
    return entry.kind;
  }

  String code() {
    return entry.code;
  }

  boolean isRole(Lexicon.RoleKind roleKind) {
    return entry.kind == Lexicon.Kind.ROLE && entry.roleKind == roleKind;
  }
}
