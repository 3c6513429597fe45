package org.parallax.cluster;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.model.Article;
import org.parallax.text.Stopwords;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns articles into {@link AnalysedArticle}s: words, names and numbers of the title and lead, the publication
 * time, the {@link Particulars} read by a {@link ParticularsReader}, and (with an embedder) a sentence embedding.
 * Embeddings are computed for a whole batch at once, in parallel. Not thread-safe (the stemmer keeps state).
 */
public final class ArticleAnalyser {

  /** Words of the text read after the title. */
  public static final int LEAD_WORDS = 400;
  /** Characters of the text given to the embedder after the title (it reads at most 256 word pieces). */
  private static final int EMBEDDED_CHARS = 1500;
  private static final int TITLE_WEIGHT = 2;

  private final SentenceEmbedder embedder;
  private final ParticularsReader particulars;
  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> stems = new HashMap<>();

  /** An analyser reading years alone as particulars (no named-entity recognition). */
  public ArticleAnalyser(SentenceEmbedder embedder) {
    this(embedder, new ParticularsReader(null));
  }

  /**
   * @param embedder the embedder, or null to analyse without embeddings
   * @param particulars what reads the persons, places and years of the title and lead
   */
  public ArticleAnalyser(SentenceEmbedder embedder, ParticularsReader particulars) {
    this.embedder = embedder;
    this.particulars = java.util.Objects.requireNonNull(particulars, "particulars");
  }

  public boolean embeds() {
    return embedder != null;
  }

  /** Analyses a batch; embeddings, when on, are computed together. */
  public List<AnalysedArticle> analyse(List<Article> articles) {
    List<float[]> vectors = null;
    if (embedder != null && !articles.isEmpty()) {
      List<String> texts = new ArrayList<>(articles.size());
      for (Article a : articles) {
        texts.add(embeddedText(a));
      }
      vectors = embedder.embedAll(texts);
    }
    List<AnalysedArticle> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      out.add(analyse(articles.get(i), vectors == null ? null : vectors.get(i)));
    }
    return out;
  }

  /** Analyses one article with a known embedding (for instance one read back from the store), or none. */
  public AnalysedArticle analyse(Article article, float[] embedding) {
    Map<String, Integer> terms = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    addWords(article.title(), TITLE_WEIGHT, Integer.MAX_VALUE, terms, names);
    int textWords = addWords(article.text(), 1, LEAD_WORDS, terms, names);
    return new AnalysedArticle(article, terms, names, embedding, textWords, hour(article),
        particulars.read(article));
  }

  static String embeddedText(Article article) {
    String text = article.text();
    if (text.length() > EMBEDDED_CHARS) {
      int cut = text.lastIndexOf(' ', EMBEDDED_CHARS);
      text = text.substring(0, cut > 0 ? cut : EMBEDDED_CHARS);
    }
    return text.isBlank() ? article.title() : article.title() + "\n" + text;
  }

  /** Hours since the epoch: the publication instant, or noon UTC of the publication date; NaN when undated. */
  static double hour(Article article) {
    if (article.publishedAt() != null) {
      return article.publishedAt().toEpochSecond() / 3600.0;
    }
    if (article.published() != null) {
      return article.published().atTime(12, 0).toEpochSecond(ZoneOffset.UTC) / 3600.0;
    }
    return Double.NaN;
  }

  /** Counts the words of {@code text}, up to {@code limit} of them, and returns how many were read. */
  private int addWords(String text, int weight, int limit, Map<String, Integer> terms, Map<String, Integer> names) {
    int n = 0;
    for (Token t : Tokenizer.words(text)) {
      if (n >= limit) {
        break;
      }
      n++;
      String w = t.norm();
      if (w.length() < 2 || Stopwords.contains(w)) {
        continue;
      }
      boolean number = hasDigit(w);
      terms.merge(number ? w : stem(w), weight, Integer::sum);
      if (number || (Character.isUpperCase(text.codePointAt(t.span().start())) && !opensSentence(text,
          t.span().start()))) {
        names.merge(w, weight, Integer::sum);
      }
    }
    return n;
  }

  private String stem(String word) {
    String s = stems.get(word);
    if (s == null) {
      stemmer.setCurrent(word);
      stemmer.stem();
      s = stemmer.getCurrent();
      if (stems.size() > 200_000) {
        stems.clear();
      }
      stems.put(word, s);
    }
    return s;
  }

  /** Whether the word at {@code start} is the first of the text, of a line or of a sentence. */
  static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || isOpeningQuote(text.charAt(i)))) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '"' || c == '”';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(' || c == '«';
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
