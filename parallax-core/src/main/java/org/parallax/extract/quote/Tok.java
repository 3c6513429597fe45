package org.parallax.extract.quote;

/**
 * One lexical item of a sentence in {@code String} indexes: a word (with its normalised form), a punctuation mark, or
 * a whole quote part (marks included).
 */
record Tok(Kind kind, int start, int end, String norm, String raw) {

  enum Kind { WORD, PUNCT, QUOTE }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isWord(String form) {
    return kind == Kind.WORD && norm.equals(form);
  }

  boolean isPunct(String marks) {
    return kind == Kind.PUNCT && marks.contains(raw);
  }

  boolean isQuote() {
    return kind == Kind.QUOTE;
  }

  /** Whether a word starts with an upper-case letter. */
  boolean capitalised() {
    return kind == Kind.WORD && Character.isUpperCase(raw.codePointAt(0));
  }
}
