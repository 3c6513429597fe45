package org.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;

/**
 * The baseline: online single-pass clustering by TF-IDF cosine: a new article joins the most similar story whose centroid
 * (summed term counts of its articles) scores at least the threshold and whose dates lie within the time window of
 * the article's; otherwise it starts a story. Document frequencies grow as articles arrive, so early articles are
 * judged on the statistics seen so far, as they would be in a live stream.
 *
 * <p>Candidate stories are found through an inverted index from terms to stories, on the article's most specific
 * terms only, so the cost of one assignment grows with the number of related stories, not with the corpus.
 */
public final class TfIdfClusterer implements StoryClusterer {

  /** Defaults chosen on the development sets (see BENCHMARKS.md): cosine 0.2, window 3 days. */
  public static final double DEFAULT_THRESHOLD = 0.2;
  public static final int DEFAULT_WINDOW_DAYS = 3;
  private static final int PROBE_TERMS = 12;

  private final double threshold;
  private final int windowDays;
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Story> stories = new HashMap<>();
  private final Map<String, Set<Story>> storiesByTerm = new HashMap<>();
  private int documents;
  private long nextStory = 1;

  public TfIdfClusterer() {
    this(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS);
  }

  public TfIdfClusterer(double threshold, int windowDays) {
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("The parameter 'threshold' must lie in (0, 1), got " + threshold);
    }
    if (windowDays < 0) {
      throw new IllegalArgumentException("The parameter 'windowDays' must not be negative, got " + windowDays);
    }
    this.threshold = threshold;
    this.windowDays = windowDays;
  }

  /** One story's centroid and date range. */
  private static final class Story {
    final String id;
    final Map<String, Integer> tf = new HashMap<>();
    LocalDate first;
    LocalDate last;
    double norm = -1;

    Story(String id) {
      this.id = id;
    }
  }

  @Override
  public void restore(AnalysedArticle analysed) {
    Article article = analysed.article();
    if (article.story() == null) {
      throw new IllegalArgumentException("Article " + article.id() + " has no story to restore.");
    }
    Map<String, Integer> tf = TermVectors.of(article);
    count(tf);
    Story story = stories.computeIfAbsent(article.story(), Story::new);
    join(story, tf, article.published());
    try {
      nextStory = Math.max(nextStory, Long.parseLong(article.story()) + 1);
    } catch (NumberFormatException e) {
      // Story ids from elsewhere need not be numbers; ours continue after the largest number seen.
    }
  }

  @Override
  public String assign(AnalysedArticle analysed) {
    Article article = analysed.article();
    Map<String, Integer> tf = TermVectors.of(article);
    count(tf);
    Map<String, Double> vector = weigh(tf);
    double norm = norm(vector);
    Story best = null;
    double bestScore = threshold;
    if (norm > 0) {
      for (Story candidate : candidates(vector, article.published())) {
        double score = cosine(vector, norm, candidate);
        if (score >= bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
    }
    if (best == null) {
      best = new Story(Long.toString(nextStory++));
      stories.put(best.id, best);
    }
    join(best, tf, article.published());
    return best.id;
  }

  private void count(Map<String, Integer> tf) {
    documents++;
    for (String term : tf.keySet()) {
      df.merge(term, 1, Integer::sum);
    }
  }

  private void join(Story story, Map<String, Integer> tf, LocalDate published) {
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      story.tf.merge(e.getKey(), e.getValue(), Integer::sum);
      storiesByTerm.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(story);
    }
    story.norm = -1;
    if (published != null) {
      story.first = story.first == null || published.isBefore(story.first) ? published : story.first;
      story.last = story.last == null || published.isAfter(story.last) ? published : story.last;
    }
  }

  private List<Story> candidates(Map<String, Double> vector, LocalDate published) {
    List<String> probes = new ArrayList<>(vector.keySet());
    probes.sort(Comparator.comparingDouble((String t) -> -vector.get(t)).thenComparing(t -> t));
    Set<Story> found = new HashSet<>();
    for (String term : probes.subList(0, Math.min(PROBE_TERMS, probes.size()))) {
      for (Story s : storiesByTerm.getOrDefault(term, Set.of())) {
        if (withinWindow(s, published)) {
          found.add(s);
        }
      }
    }
    List<Story> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(s -> s.id));
    return sorted;
  }

  private boolean withinWindow(Story s, LocalDate published) {
    if (published == null || s.first == null) {
      return true;
    }
    return !published.isBefore(s.first.minusDays(windowDays)) && !published.isAfter(s.last.plusDays(windowDays));
  }

  private double idf(String term) {
    return Math.log((documents + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1.0;
  }

  private Map<String, Double> weigh(Map<String, Integer> tf) {
    Map<String, Double> v = new HashMap<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      v.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(e.getKey()));
    }
    return v;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  private double cosine(Map<String, Double> vector, double norm, Story story) {
    if (story.norm < 0) {
      double sum = 0;
      for (Map.Entry<String, Integer> e : story.tf.entrySet()) {
        double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
        sum += w * w;
      }
      story.norm = Math.sqrt(sum);
    }
    if (story.norm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      Integer c = story.tf.get(e.getKey());
      if (c != null) {
        dot += e.getValue() * (1 + Math.log(c)) * idf(e.getKey());
      }
    }
    return dot / (norm * story.norm);
  }
}
