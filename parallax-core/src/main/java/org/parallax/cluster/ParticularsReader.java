package org.parallax.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.extract.entity.Mention;
import org.parallax.model.Article;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Reads an article's {@link Particulars}: persons, organisations and places of the lead with the named-entity
 * recognizer, years of the title and lead from the words, and, for an article with a text, the figures of its title
 * and lead ({@link FigureReader}). The recognizer reads only the first {@value #LEAD_WORDS}
 * words of the text, and only for articles that have a text, so headline streams pay for the year scan alone; it
 * does not read the title, because titles are often in title case ("Steele Criticized for Afghanistan Comments"),
 * where a model trained on sentence case takes common words for names. A person counts only when the lead gives
 * their name in two words or more ("Tara Reid", or "Reid" where the lead names Tara Reid too): one word alone may be
 * anyone, or a word the recognizer misread ("Betty" of "Betty Ford Center"). Names are
 * kept as the stem of their last word, as {@link ArticleAnalyser} keeps words, so that "Reid's" in one article finds
 * "Tara Reid" in another. Not thread-safe (the stemmer keeps state).
 */
public final class ParticularsReader {

  /** Words of the text, after the title, where an article names its protagonists. */
  public static final int LEAD_WORDS = 60;
  private static final int MIN_NAME_LETTERS = 3;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2099;

  private final EntityRecognizer recognizer;
  private final EnglishStemmer stemmer = new EnglishStemmer();

  /** @param recognizer the recognizer for persons and places, or null to read years and figures alone */
  public ParticularsReader(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** The particulars of {@code article}. */
  public Particulars read(Article article) {
    String lead = lead(article.text());
    Set<Integer> years = new HashSet<>();
    addYears(article.title(), years);
    addYears(lead, years);
    if (lead.isBlank()) {
      return new Particulars(false, Set.of(), Set.of(), Set.of(), years, Set.of());
    }
    Set<Figure> figures = FigureReader.read(java.util.Objects.toString(article.title(), "") + "\n" + lead);
    if (recognizer == null) {
      return new Particulars(false, Set.of(), Set.of(), Set.of(), years, figures);
    }
    Set<String> persons = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (Mention m : recognizer.names(lead)) {
      List<Token> words = Tokenizer.words(m.canonical());
      String last = lastWord(words);
      if (last == null) {
        continue;
      }
      if (Mention.PERSON.equals(m.type())) {
        if (words.size() >= 2) {
          persons.add(last);
        }
      } else if (Mention.ORGANIZATION.equals(m.type())) {
        organisations.add(last);
      } else if (Mention.LOCATION.equals(m.type())) {
        places.add(last);
      }
    }
    return new Particulars(true, persons, organisations, places, years, figures);
  }

  /** The first {@value #LEAD_WORDS} words of {@code text}, cut after a whole word. */
  static String lead(String text) {
    List<Token> words = Tokenizer.words(text);
    if (words.size() <= LEAD_WORDS) {
      return text;
    }
    return text.substring(0, words.get(LEAD_WORDS - 1).span().end());
  }

  /**
   * The stem of the last of a name's {@code words} with three letters or more ("reid" for "Tara Reid", "jackson" for
   * "Jesse Jackson Jr."), or null when it has none: initials and suffixes do not tell one person from another.
   */
  private String lastWord(List<Token> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = words.get(i).norm();
      if (w.length() >= MIN_NAME_LETTERS) {
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
      }
    }
    return null;
  }

  private static void addYears(String text, Set<Integer> years) {
    for (Token t : Tokenizer.words(text)) {
      String w = t.norm();
      if (w.length() == 4 && allDigits(w)) {
        int year = Integer.parseInt(w);
        if (year >= FIRST_YEAR && year <= LAST_YEAR && !partOfFigure(text, t)) {
          years.add(year);
        }
      }
    }
  }

  /** Whether the digits continue a larger figure ("1,2005" or "2005.5"), which is then no year. */
  private static boolean partOfFigure(String text, Token t) {
    int before = t.span().start() - 1;
    int after = t.span().end();
    boolean joinedBefore = before >= 1 && (text.charAt(before) == ',' || text.charAt(before) == '.')
        && Character.isDigit(text.charAt(before - 1));
    boolean joinedAfter = after + 1 < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '.')
        && Character.isDigit(text.charAt(after + 1));
    return joinedBefore || joinedAfter;
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
