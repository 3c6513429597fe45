package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Span;
import org.parallax.text.Sentences;
import org.parallax.text.Stopwords;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Finds the wording outlets share and the sentences only one carries.
 *
 * <p>Two articles of different outlets share a passage when they hold the same run of at least
 * {@value #MIN_WORDS} words, compared after dropping punctuation and case, of which at least two are not stopwords;
 * runs are maximal. Runs with the same words found in several pairs merge into one passage. A sentence is unique to
 * its outlet when no shared passage touches it. Spans in the report count code points. Copies (near-duplicate reprints) are left out: a reprint is not a
 * second witness.
 */
public final class PassageAligner {

  static final int MIN_WORDS = 4;
  private static final int MIN_UNIQUE_WORDS = 4;

  private PassageAligner() {}

  /** The story report for {@code articles}, all of one story. */
  public static StoryReport compare(String storyId, List<Article> articles) {
    List<Article> originals = articles.stream().filter(a -> !a.isCopy()).toList();
    List<List<Token>> words = originals.stream().map(a -> Tokenizer.words(a.text())).toList();
    Map<String, PassageBuilder> passages = new LinkedHashMap<>();
    for (int a = 0; a < originals.size(); a++) {
      Map<String, List<Integer>> grams = ngrams(words.get(a));
      for (int b = a + 1; b < originals.size(); b++) {
        if (originals.get(a).outlet().equals(originals.get(b).outlet())) {
          continue;
        }
        for (int[] run : runs(words.get(b), words.get(a), grams)) {
          addRun(passages, originals, words, a, run[1], b, run[0], run[2]);
        }
      }
    }
    List<SharedPassage> all = passages.values().stream().map(PassageBuilder::build).toList();
    List<SharedPassage> shared = all.stream().filter(p -> !subsumed(p, all))
        .sorted(Comparator.comparingInt((SharedPassage p) -> -p.outlets().size())
            .thenComparingInt(p -> -p.words())
            .thenComparing(p -> p.occurrences().get(0).span()))
        .toList();
    return new StoryReport(storyId, articles.isEmpty() ? "" : articles.get(0).title(), entries(articles), shared,
        unique(originals, shared));
  }

  /** True when every occurrence of {@code p} lies inside an occurrence of one longer passage. */
  private static boolean subsumed(SharedPassage p, List<SharedPassage> all) {
    for (SharedPassage longer : all) {
      if (longer.words() <= p.words()) {
        continue;
      }
      boolean inside = p.occurrences().stream().allMatch(o -> longer.occurrences().stream()
          .anyMatch(l -> l.article().equals(o.article()) && l.span().contains(o.span())));
      if (inside) {
        return true;
      }
    }
    return false;
  }

  private static List<StoryReport.ArticleEntry> entries(List<Article> articles) {
    return articles.stream()
        .map(a -> new StoryReport.ArticleEntry(a.id(), a.outlet(), a.published(), a.title(), a.url(), a.copyOf()))
        .toList();
  }

  private static Map<String, List<Integer>> ngrams(List<Token> words) {
    Map<String, List<Integer>> grams = new HashMap<>();
    for (int i = 0; i + MIN_WORDS <= words.size(); i++) {
      grams.computeIfAbsent(key(words, i, MIN_WORDS), k -> new ArrayList<>(1)).add(i);
    }
    return grams;
  }

  /** Maximal common runs as {@code {posInB, posInA, length}}. */
  private static List<int[]> runs(List<Token> b, List<Token> a, Map<String, List<Integer>> gramsOfA) {
    List<int[]> runs = new ArrayList<>();
    for (int j = 0; j + MIN_WORDS <= b.size(); j++) {
      List<Integer> starts = gramsOfA.get(key(b, j, MIN_WORDS));
      if (starts == null) {
        continue;
      }
      for (int i : starts) {
        if (i > 0 && j > 0 && a.get(i - 1).norm().equals(b.get(j - 1).norm())) {
          continue;
        }
        int len = MIN_WORDS;
        while (i + len < a.size() && j + len < b.size() && a.get(i + len).norm().equals(b.get(j + len).norm())) {
          len++;
        }
        if (contentWords(a, i, len) >= 2) {
          runs.add(new int[] {j, i, len});
        }
      }
    }
    return runs;
  }

  private static int contentWords(List<Token> words, int from, int len) {
    int n = 0;
    for (int k = from; k < from + len; k++) {
      if (!Stopwords.contains(words.get(k).norm())) {
        n++;
      }
    }
    return n;
  }

  private static void addRun(Map<String, PassageBuilder> passages, List<Article> articles, List<List<Token>> words,
      int a, int i, int b, int j, int len) {
    String key = key(words.get(a), i, len);
    PassageBuilder p = passages.computeIfAbsent(key, k -> new PassageBuilder(len));
    p.add(articles.get(a), span(words.get(a), i, len));
    p.add(articles.get(b), span(words.get(b), j, len));
  }

  private static Span span(List<Token> words, int from, int len) {
    return new Span(words.get(from).span().start(), words.get(from + len - 1).span().end());
  }

  private static String key(List<Token> words, int from, int len) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < from + len; k++) {
      sb.append(words.get(k).norm()).append(' ');
    }
    return sb.toString();
  }

  private static List<Occurrence> unique(List<Article> originals, List<SharedPassage> shared) {
    Map<String, List<Span>> sharedSpans = new HashMap<>();
    for (SharedPassage p : shared) {
      for (Occurrence o : p.occurrences()) {
        sharedSpans.computeIfAbsent(o.article(), k -> new ArrayList<>()).add(o.span());
      }
    }
    Set<String> outlets = new LinkedHashSet<>();
    originals.forEach(a -> outlets.add(a.outlet()));
    List<Occurrence> unique = new ArrayList<>();
    if (outlets.size() < 2) {
      return unique;
    }
    for (Article article : originals) {
      List<Span> taken = sharedSpans.getOrDefault(article.id(), List.of());
      for (Span sentence : Sentences.split(article.text())) {
        Span inCodePoints = sentence.toCodePoints(article.text());
        boolean touched = taken.stream().anyMatch(inCodePoints::overlaps);
        String text = sentence.of(article.text());
        if (!touched && Tokenizer.words(text).size() >= MIN_UNIQUE_WORDS) {
          unique.add(new Occurrence(article.id(), article.outlet(), inCodePoints, text));
        }
      }
    }
    return unique;
  }

  /** Collects the occurrences of one passage, one per article. */
  private static final class PassageBuilder {
    final int words;
    final Map<String, Occurrence> byArticle = new LinkedHashMap<>();

    PassageBuilder(int words) {
      this.words = words;
    }

    void add(Article article, Span span) {
      byArticle.putIfAbsent(article.id(), new Occurrence(article.id(), article.outlet(),
          span.toCodePoints(article.text()), span.of(article.text())));
    }

    SharedPassage build() {
      List<String> outlets = byArticle.values().stream().map(Occurrence::outlet).distinct().toList();
      List<Occurrence> occurrences = new ArrayList<>(byArticle.values());
      return new SharedPassage(words, outlets, occurrences);
    }
  }
}
