package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online, time-aware story clustering on several kinds of evidence. Each arriving article is scored against the live
 * stories it shares specific words with, and joins the best one whose score reaches the threshold, or opens a story:
 *
 * <pre>score = w_sem · cos(embedding, story's mean embedding)
 *       + w_lex · cos(TF-IDF of stemmed words, story's centroid)
 *       + w_names · cos(TF-IDF of names and numbers, story's centroid)
 *       − |hours between the article and the story's mean time| / time_scale</pre>
 *
 * <p>Document frequencies grow as articles arrive, as they would in a live stream. A story goes dormant when no
 * article joined it for {@code horizonHours} of stream time, or for {@code idleArticles} arrivals (for undated
 * streams); dormant stories leave memory, so memory is bounded by the stories of the recent past.
 *
 * <p>Candidates come from an inverted index of live stories, probed with the article's {@value #PROBE_TERMS} most
 * specific words; at most {@value #MAX_CANDIDATES} of them, those with the largest partial lexical score, are scored
 * in full. The cost of one assignment therefore depends on the stories alive at the time, not on the stream's length.
 */
public final class EvidenceClusterer implements StoryClusterer {

  static final int PROBE_TERMS = 12;
  /** Words of text from which an article is judged as a full text. */
  public static final int FULL_TEXT_WORDS = 100;
  static final int MAX_CANDIDATES = 64;
  private static final int SWEEP_EVERY = 1024;

  /**
   * Weights and thresholds.
   *
   * @param semantic weight of the embedding cosine
   * @param lexical weight of the word TF-IDF cosine
   * @param names weight of the names-and-numbers TF-IDF cosine
   * @param threshold score a story must reach to take an article with a full text ({@value #FULL_TEXT_WORDS} words
   *     or more)
   * @param headlineThreshold score a story must reach to take a headline without text; between the two, the
   *     threshold falls linearly with the text's length, because word and name cosines shrink with it
   * @param timeScaleHours hours of distance from a story's mean time that cost one point of score
   * @param horizonHours stream hours without a new article after which a story goes dormant
   * @param idleArticles arrivals without a new article after which a story goes dormant
   */
  public record Config(double semantic, double lexical, double names, double threshold, double headlineThreshold,
      double timeScaleHours, double horizonHours, long idleArticles) {

    /** Fitted on ECB+, BASIL and UCI March–April (see BENCHMARKS.md). */
    public static final Config DEFAULT = new Config(0.4, 0.6, 0.3, 0.4, 0.25, 240, 48, 50_000);

    public Config {
      if (semantic < 0 || lexical < 0 || names < 0 || semantic + lexical + names <= 0) {
        throw new IllegalArgumentException("The weights must not be negative and not all zero.");
      }
      if (!(threshold > 0) || !(headlineThreshold > 0) || !(timeScaleHours > 0) || !(horizonHours > 0)
          || idleArticles < 1) {
        throw new IllegalArgumentException(
            "The thresholds, time scale, horizon and idle count must be positive.");
      }
    }

    /** The same configuration with both thresholds moved by {@code t - threshold}. */
    public Config withThreshold(double t) {
      return new Config(semantic, lexical, names, t, Math.max(0.01, headlineThreshold + t - threshold),
          timeScaleHours, horizonHours, idleArticles);
    }

    /** The threshold for an article with {@code textWords} words of text. */
    double thresholdFor(int textWords) {
      double full = Math.min(1.0, textWords / (double) FULL_TEXT_WORDS);
      return headlineThreshold + (threshold - headlineThreshold) * full;
    }
  }

  /** A sparse centroid: the sum of its articles' unit vectors, with its norm kept up to date. */
  private static final class Centroid {
    final Map<String, Float> weights = new HashMap<>();
    double squaredNorm;

    void add(Map<String, Float> unit) {
      for (Map.Entry<String, Float> e : unit.entrySet()) {
        float old = weights.getOrDefault(e.getKey(), 0f);
        float now = old + e.getValue();
        weights.put(e.getKey(), now);
        squaredNorm += (double) now * now - (double) old * old;
      }
    }

    double cosine(Map<String, Float> unit) {
      if (squaredNorm <= 0) {
        return 0;
      }
      double dot = 0;
      for (Map.Entry<String, Float> e : unit.entrySet()) {
        Float w = weights.get(e.getKey());
        if (w != null) {
          dot += w * e.getValue();
        }
      }
      return dot / Math.sqrt(squaredNorm);
    }
  }

  private static final class Story {
    final String id;
    final Centroid terms = new Centroid();
    final Centroid names = new Centroid();
    float[] embedding;
    int datedSize;
    double meanHour = Double.NaN;
    double lastHour = Double.NaN;
    long lastArrival;

    Story(String id) {
      this.id = id;
    }
  }

  /** Document frequencies that grow with the stream. */
  private static final class Frequencies {
    final Map<String, Integer> df = new HashMap<>();
    long documents;

    Map<String, Float> unitVector(Map<String, Integer> counts) {
      documents++;
      for (String t : counts.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
      Map<String, Float> v = new HashMap<>(counts.size() * 2);
      double sum = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        double idf = Math.log((documents + 1.0) / (df.get(e.getKey()) + 1.0)) + 1.0;
        double w = (1 + Math.log(e.getValue())) * idf;
        v.put(e.getKey(), (float) w);
        sum += w * w;
      }
      double norm = Math.sqrt(sum);
      if (norm > 0) {
        v.replaceAll((k, w) -> (float) (w / norm));
      }
      return v;
    }
  }

  private final Config config;
  private final Frequencies termFrequencies = new Frequencies();
  private final Frequencies nameFrequencies = new Frequencies();
  private final Map<String, Story> live = new LinkedHashMap<>();
  private final Map<String, Set<Story>> storiesByTerm = new HashMap<>();
  private double clock = Double.NEGATIVE_INFINITY;
  private double lastSweep = Double.NEGATIVE_INFINITY;
  private long arrivals;
  private long nextStory = 1;
  private long dormant;

  public EvidenceClusterer() {
    this(Config.DEFAULT);
  }

  public EvidenceClusterer(Config config) {
    this.config = config;
  }

  public Config config() {
    return config;
  }

  /** Stories in memory now. */
  public int liveStories() {
    return live.size();
  }

  /** Stories that went dormant and left memory so far. */
  public long dormantStories() {
    return dormant;
  }

  @Override
  public boolean wantsEmbeddings() {
    return config.semantic() > 0;
  }

  @Override
  public void restore(AnalysedArticle article) {
    String id = article.article().story();
    if (id == null) {
      throw new IllegalArgumentException("Article " + article.article().id() + " has no story to restore.");
    }
    Evidence evidence = arrive(article);
    Story story = live.get(id);
    if (story == null) {
      story = new Story(id);
      live.put(id, story);
    }
    join(story, evidence, article);
    try {
      nextStory = Math.max(nextStory, Long.parseLong(id) + 1);
    } catch (NumberFormatException e) {
      // Story ids from elsewhere need not be numbers; ours continue after the largest number seen.
    }
  }

  @Override
  public String assign(AnalysedArticle article) {
    Evidence evidence = arrive(article);
    Story best = null;
    double bestScore = config.thresholdFor(article.textWords());
    for (Story candidate : candidates(evidence.terms(), article)) {
      double score = score(evidence, article, candidate);
      if (score >= bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best == null) {
      best = new Story(Long.toString(nextStory++));
      live.put(best.id, best);
    }
    join(best, evidence, article);
    return best.id;
  }

  private record Evidence(Map<String, Float> terms, Map<String, Float> names) {}

  private Evidence arrive(AnalysedArticle article) {
    arrivals++;
    if (article.dated() && article.hour() > clock) {
      clock = article.hour();
    }
    if (arrivals % SWEEP_EVERY == 0 || clock - lastSweep >= config.horizonHours() / 4) {
      lastSweep = clock;
      sweep();
    }
    return new Evidence(termFrequencies.unitVector(article.terms()), nameFrequencies.unitVector(article.names()));
  }

  /** The score of {@code article} against {@code story}; see the class comment. */
  private double score(Evidence evidence, AnalysedArticle article, Story story) {
    double score = config.lexical() * story.terms.cosine(evidence.terms())
        + config.names() * story.names.cosine(evidence.names());
    if (config.semantic() > 0 && article.embedding() != null && story.embedding != null) {
      score += config.semantic() * cosine(article.embedding(), story.embedding);
    }
    if (article.dated() && story.datedSize > 0) {
      score -= Math.abs(article.hour() - story.meanHour) / config.timeScaleHours();
    }
    return score;
  }

  private static double cosine(float[] unit, float[] sum) {
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < unit.length; i++) {
      dot += unit[i] * sum[i];
      norm += sum[i] * sum[i];
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }

  private List<Story> candidates(Map<String, Float> terms, AnalysedArticle article) {
    List<Map.Entry<String, Float>> probes = new ArrayList<>(terms.entrySet());
    probes.sort((a, b) -> {
      int byWeight = Float.compare(b.getValue(), a.getValue());
      return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
    });
    Map<Story, Double> partial = new HashMap<>();
    for (Map.Entry<String, Float> probe : probes.subList(0, Math.min(PROBE_TERMS, probes.size()))) {
      for (Story s : storiesByTerm.getOrDefault(probe.getKey(), Set.of())) {
        if (article.dated() && s.datedSize > 0 && article.hour() - s.lastHour > config.horizonHours()) {
          continue;
        }
        double w = s.terms.weights.get(probe.getKey()) * probe.getValue() / Math.sqrt(s.terms.squaredNorm);
        partial.merge(s, w, Double::sum);
      }
    }
    List<Map.Entry<Story, Double>> ranked = new ArrayList<>(partial.entrySet());
    ranked.sort((a, b) -> {
      int byScore = Double.compare(b.getValue(), a.getValue());
      return byScore != 0 ? byScore : a.getKey().id.compareTo(b.getKey().id);
    });
    List<Story> out = new ArrayList<>(Math.min(MAX_CANDIDATES, ranked.size()));
    for (Map.Entry<Story, Double> e : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
      out.add(e.getKey());
    }
    return out;
  }

  private void join(Story story, Evidence evidence, AnalysedArticle article) {
    story.terms.add(evidence.terms());
    story.names.add(evidence.names());
    for (String term : evidence.terms().keySet()) {
      storiesByTerm.computeIfAbsent(term, k -> new HashSet<>()).add(story);
    }
    float[] e = article.embedding();
    if (e != null) {
      if (story.embedding == null) {
        story.embedding = new float[e.length];
      }
      for (int i = 0; i < e.length; i++) {
        story.embedding[i] += e[i];
      }
    }
    story.lastArrival = arrivals;
    if (article.dated()) {
      story.datedSize++;
      story.meanHour = story.datedSize == 1 ? article.hour()
          : story.meanHour + (article.hour() - story.meanHour) / story.datedSize;
      story.lastHour = Double.isNaN(story.lastHour) ? article.hour() : Math.max(story.lastHour, article.hour());
    }
  }

  /** Sends stories without recent articles to sleep: out of memory and out of the index. */
  private void sweep() {
    for (Iterator<Story> it = live.values().iterator(); it.hasNext(); ) {
      Story s = it.next();
      boolean idleInTime = s.datedSize > 0 && clock - s.lastHour > config.horizonHours();
      boolean idleInArrivals = arrivals - s.lastArrival > config.idleArticles();
      if (idleInTime || idleInArrivals) {
        it.remove();
        dormant++;
        for (String term : s.terms.weights.keySet()) {
          Set<Story> postings = storiesByTerm.get(term);
          if (postings != null) {
            postings.remove(s);
            if (postings.isEmpty()) {
              storiesByTerm.remove(term);
            }
          }
        }
      }
    }
  }
}
