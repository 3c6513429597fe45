package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.parallax.model.StoryMerge;
import org.parallax.model.StorySplit;

/**
 * Online, time-aware story clustering on several kinds of evidence. Each arriving article is scored against the live
 * stories it shares specific words with, and joins the best one whose score reaches the threshold, or opens a story:
 *
 * <pre>score = w_sem · cos(embedding, story's mean embedding)
 *       + w_lex · cos(TF-IDF of stemmed words, story's centroid)
 *       + w_names · cos(TF-IDF of names and numbers, story's centroid)
 *       − |hours between the article and the story's mean time| / time_scale
 *       − contradictions</pre>
 *
 * <p>Contradictions are the evidence against a story that look-alike events leave: the article names a person,
 * organisation, place or year the story does not know, or gives a figure (a magnitude, an age, a toll) that agrees
 * with none of the story's, while the story's members name one the article does not (see {@link Contradictions}).
 *
 * <p>Document frequencies grow as articles arrive, as they would in a live stream. A story goes dormant when no
 * article joined it for {@code horizonHours} of stream time, or for {@code idleArticles} arrivals (for undated
 * streams); dormant stories leave memory, so memory is bounded by the stories of the recent past.
 *
 * <p>Candidates come from an inverted index of live stories, probed with the article's {@value #PROBE_TERMS} most
 * specific words; at most {@value #MAX_CANDIDATES} of them, those with the largest partial lexical score, are scored
 * in full, together with the {@code denseCandidates} live stories nearest by embedding (found by an exact scan of the
 * live stories), which catch an article that shares no specific word with its story. The cost of one assignment
 * therefore depends on the stories alive at the time, not on the stream's length.
 *
 * <p>When an article scores at the threshold on several stories, those of them whose own evidence scores them
 * against the best one at least {@code mergeMargin} above the threshold merge into the oldest; each merge is handed
 * out by {@link #takeMerges()} with the article that caused it.
 *
 * <p>A story of {@code 2 · splitPart} members or more whose members fall into two groups that name different people
 * or places (see {@link StorySplitter}) splits in two after the article that showed it joins: the larger group keeps
 * the story's id, the smaller leaves for a new story, and each split is handed out by {@link #takeSplits()}. Only
 * stories of at most {@value #SPLIT_MEMBERS} members, opened by an article with a text (a headline gives no names to
 * split on), are watched, so the members kept in memory stay bounded.
 */
public final class EvidenceClusterer implements StoryClusterer {

  static final int PROBE_TERMS = 12;
  /** Words of text from which an article is judged as a full text. */
  public static final int FULL_TEXT_WORDS = 100;
  static final int MAX_CANDIDATES = 64;
  /** A merge margin no score reaches. */
  public static final double NO_MERGES = Double.POSITIVE_INFINITY;
  private static final int SWEEP_EVERY = 1024;
  /** Members beyond which a story is taken to be settled: no longer watched for a split, its members forgotten. */
  static final int SPLIT_MEMBERS = 64;

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
   * @param denseCandidates live stories nearest by embedding that are scored besides those sharing words (0: none)
   * @param mergeMargin how far above the threshold for their texts' length two stories must score against each
   *     other to merge, when an article would join both; {@link #NO_MERGES} turns merges off
   * @param contradictions the penalties for evidence against a story
   * @param splitPart the fewest members each part of a split story must have, and the fewest of a part whose leads
   *     must name its own person or place (see {@link StorySplitter}); 0 turns splits off. Names count for the
   *     kinds whose contradiction weight is above zero.
   */
  public record Config(double semantic, double lexical, double names, double threshold, double headlineThreshold,
      double timeScaleHours, double horizonHours, long idleArticles, int denseCandidates, double mergeMargin,
      Contradictions contradictions, int splitPart) {

    /**
     * Fitted on ECB+, BASIL and UCI March–April (see BENCHMARKS.md); the contradiction penalties on ECB+ with BASIL
     * as a check, by cross-validation over ECB+ topics; the split part on ECB+ development data with BASIL as a
     * check.
     */
    public static final Config DEFAULT = new Config(0.4, 0.6, 0.3, 0.4, 0.25, 240, 48, 50_000, 0, NO_MERGES,
        new Contradictions(0.4, 0, 0, 0, 0.10, 0.20), 4);

    public Config {
      java.util.Objects.requireNonNull(contradictions, "contradictions");
      if (semantic < 0 || lexical < 0 || names < 0 || semantic + lexical + names <= 0) {
        throw new IllegalArgumentException("The weights must not be negative and not all zero.");
      }
      if (!(threshold > 0) || !(headlineThreshold > 0) || !(timeScaleHours > 0) || !(horizonHours > 0)
          || idleArticles < 1) {
        throw new IllegalArgumentException(
            "The thresholds, time scale, horizon and idle count must be positive.");
      }
      if (!(mergeMargin >= 0)) {
        throw new IllegalArgumentException("mergeMargin must not be negative, got: " + mergeMargin);
      }
      if (denseCandidates < 0) {
        throw new IllegalArgumentException("denseCandidates must not be negative, got: " + denseCandidates);
      }
      if (splitPart < 0) {
        throw new IllegalArgumentException("splitPart must not be negative, got: " + splitPart);
      }
    }

    /** Without splits. */
    public Config(double semantic, double lexical, double names, double threshold, double headlineThreshold,
        double timeScaleHours, double horizonHours, long idleArticles, int denseCandidates, double mergeMargin,
        Contradictions contradictions) {
      this(semantic, lexical, names, threshold, headlineThreshold, timeScaleHours, horizonHours, idleArticles,
          denseCandidates, mergeMargin, contradictions, 0);
    }

    /** Words, names, embedding and time without dense candidates or merges. */
    public Config(double semantic, double lexical, double names, double threshold, double headlineThreshold,
        double timeScaleHours, double horizonHours, long idleArticles) {
      this(semantic, lexical, names, threshold, headlineThreshold, timeScaleHours, horizonHours, idleArticles, 0,
          NO_MERGES, Contradictions.NONE);
    }

    /** The same configuration with other penalties for contradictions. */
    public Config withContradictions(Contradictions c) {
      return new Config(semantic, lexical, names, threshold, headlineThreshold, timeScaleHours, horizonHours,
          idleArticles, denseCandidates, mergeMargin, c, splitPart);
    }

    /** The same configuration taking the {@code k} live stories nearest by embedding as candidates too. */
    public Config withDenseCandidates(int k) {
      return new Config(semantic, lexical, names, threshold, headlineThreshold, timeScaleHours, horizonHours,
          idleArticles, k, mergeMargin, contradictions, splitPart);
    }

    /** The same configuration merging stories that score {@code margin} above the threshold against each other. */
    public Config withMergeMargin(double margin) {
      return new Config(semantic, lexical, names, threshold, headlineThreshold, timeScaleHours, horizonHours,
          idleArticles, denseCandidates, margin, contradictions, splitPart);
    }

    /** The same configuration splitting stories into parts of {@code part} members or more (0: no splits). */
    public Config withSplitPart(int part) {
      return new Config(semantic, lexical, names, threshold, headlineThreshold, timeScaleHours, horizonHours,
          idleArticles, denseCandidates, mergeMargin, contradictions, part);
    }

    /** Whether stories split at all. */
    public boolean splits() {
      return splitPart > 0 && !StorySplitter.kindsOf(contradictions).isEmpty();
    }

    /** Whether stories merge at all. */
    public boolean merges() {
      return mergeMargin < NO_MERGES;
    }

    /** The same configuration with both thresholds moved by {@code t - threshold}. */
    public Config withThreshold(double t) {
      return new Config(semantic, lexical, names, t, Math.max(0.01, headlineThreshold + t - threshold),
          timeScaleHours, horizonHours, idleArticles, denseCandidates, mergeMargin, contradictions, splitPart);
    }

    /** The threshold for an article with {@code textWords} words of text. */
    double thresholdFor(int textWords) {
      return headlineThreshold + (threshold - headlineThreshold) * fullness(textWords);
    }
  }

  /**
   * Penalties, in points of score, for evidence that an article tells another event than a story's: a substitution
   * (see {@link StoryParticulars}), where the article names someone the story does not know and the story's members
   * name someone the article does not; each penalty is scaled by the share of the story's members naming the one
   * left out.
   *
   * @param persons for persons of the lead (the first words of the text); scaled too by how full both texts are (see
   *     {@link #FULL_TEXT_WORDS}), because a name missing from a headline says little
   * @param organisations the same for organisations
   * @param places the same for places
   * @param years for the years the title and lead write out
   * @param measures for the magnitudes and ages the title and lead of a text give (see {@link Figure}), per kind;
   *     scaled by how full both texts are, as names are
   * @param counts the same for tolls, percentages and money, softer evidence since tolls grow as a story goes on
   */
  public record Contradictions(double persons, double organisations, double places, double years, double measures,
      double counts) {

    /** No penalties. */
    public static final Contradictions NONE = new Contradictions(0, 0, 0, 0, 0, 0);

    public Contradictions {
      if (!(persons >= 0) || !(organisations >= 0) || !(places >= 0) || !(years >= 0) || !(measures >= 0)
          || !(counts >= 0)) {
        throw new IllegalArgumentException("The contradiction penalties must not be negative, got persons "
            + persons + ", organisations " + organisations + ", places " + places + ", years " + years
            + ", measures " + measures + ", counts " + counts + ".");
      }
    }

    /** Penalties for names and years alone, none for figures. */
    public Contradictions(double persons, double organisations, double places, double years) {
      this(persons, organisations, places, years, 0, 0);
    }

    /** Whether names count, which needs named-entity recognition. */
    public boolean readsNames() {
      return persons > 0 || organisations > 0 || places > 0;
    }

    /** Whether anything counts. */
    boolean any() {
      return readsNames() || years > 0 || measures > 0 || counts > 0;
    }
  }

  /** How full a text of {@code textWords} words is: 0 for a headline alone, 1 from {@value #FULL_TEXT_WORDS} on. */
  static double fullness(int textWords) {
    return Math.min(1.0, textWords / (double) FULL_TEXT_WORDS);
  }

  private static final class Story {
    final String id;
    final long born;
    final Centroid terms = new Centroid();
    final Centroid names = new Centroid();
    float[] embedding;
    double embeddingSquaredNorm;
    int size;
    long textWords;
    int datedSize;
    double meanHour = Double.NaN;
    double lastHour = Double.NaN;
    long lastArrival;
    final StoryParticulars particulars = new StoryParticulars();
    /** The members, while the story is watched for a split; null otherwise. */
    List<StorySplitter.Member> members;

    Story(String id, long born) {
      this.id = id;
      this.born = born;
    }

    int meanTextWords() {
      return size == 0 ? 0 : (int) (textWords / size);
    }

    void addEmbedding(float[] e) {
      if (embedding == null) {
        embedding = new float[e.length];
      }
      double norm = 0;
      for (int i = 0; i < e.length; i++) {
        embedding[i] += e[i];
        norm += embedding[i] * embedding[i];
      }
      embeddingSquaredNorm = norm;
    }

    void addTimes(int dated, double mean, double last) {
      if (dated == 0) {
        return;
      }
      meanHour = datedSize == 0 ? mean : meanHour + (mean - meanHour) * dated / (datedSize + dated);
      datedSize += dated;
      lastHour = Double.isNaN(lastHour) ? last : Math.max(lastHour, last);
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
  private long born;
  private long dormant;
  private final List<StoryMerge> merges = new ArrayList<>();
  private final List<StorySplit> splits = new ArrayList<>();
  private final StorySplitter splitter;

  public EvidenceClusterer() {
    this(Config.DEFAULT);
  }

  public EvidenceClusterer(Config config) {
    this.config = config;
    this.splitter = config.splits()
        ? new StorySplitter(config.splitPart(), StorySplitter.kindsOf(config.contradictions())) : null;
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
  public boolean wantsParticulars() {
    return config.contradictions().readsNames();
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
      story = new Story(id, born++);
      live.put(id, story);
    }
    join(story, evidence, article);
    reserve(id);
  }

  @Override
  public void restoreMerge(StoryMerge merge) {
    reserve(merge.survivor());
    reserve(merge.absorbed());
  }

  /** New story ids continue after the largest number seen, so that no id is given twice. */
  private void reserve(String id) {
    try {
      nextStory = Math.max(nextStory, Long.parseLong(id) + 1);
    } catch (NumberFormatException e) {
      // Story ids from elsewhere need not be numbers.
    }
  }

  @Override
  public List<StoryMerge> takeMerges() {
    return drain(merges);
  }

  @Override
  public List<StorySplit> takeSplits() {
    return drain(splits);
  }

  /** What {@code pending} holds, leaving it empty. */
  private static <T> List<T> drain(List<T> pending) {
    if (pending.isEmpty()) {
      return List.of();
    }
    List<T> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  @Override
  public String assign(AnalysedArticle article) {
    Evidence evidence = arrive(article);
    double threshold = config.thresholdFor(article.textWords());
    Story best = null;
    double bestScore = threshold;
    List<Story> matched = new ArrayList<>();
    for (Story candidate : candidates(evidence.terms(), article)) {
      double score = score(evidence, article, candidate);
      if (score >= threshold) {
        matched.add(candidate);
      }
      if (score >= bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best == null) {
      best = new Story(Long.toString(nextStory++), born++);
      live.put(best.id, best);
    } else if (config.merges() && matched.size() > 1) {
      best = mergeMatched(best, matched, article.article().id());
    }
    join(best, evidence, article);
    return splitter == null ? best.id : splitIfTwo(best).id;
  }

  /**
   * Splits {@code story} when its members fall into two events (see {@link StorySplitter}), and returns the story
   * that holds its newest member: {@code story} itself, rebuilt, or the new story.
   */
  private Story splitIfTwo(Story story) {
    if (story.members == null) {
      return story;
    }
    StorySplitter.Split split = splitter.split(story.members);
    if (split == null) {
      return story;
    }
    List<StorySplitter.Member> leaving = new ArrayList<>();
    List<StorySplitter.Member> staying = new ArrayList<>(story.members);
    for (int i = split.leaving().size() - 1; i >= 0; i--) {
      leaving.add(0, staying.remove((int) split.leaving().get(i)));
    }
    live.remove(story.id);
    unindex(story);
    Story kept = rebuilt(new Story(story.id, story.born), staying);
    Story gone = rebuilt(new Story(Long.toString(nextStory++), born++), leaving);
    StorySplitter.Member newest = story.members.get(story.members.size() - 1);
    List<String> moved = new ArrayList<>();
    for (StorySplitter.Member m : leaving) {
      if (m != newest) {
        moved.add(m.articleId());
      }
    }
    splits.add(new StorySplit(kept.id, gone.id, moved,
        "names " + split.stayingName() + " against " + split.leavingName()));
    return leaving.contains(newest) ? gone : kept;
  }

  /** {@code story} with {@code members} added, in memory and in the index. */
  private Story rebuilt(Story story, List<StorySplitter.Member> members) {
    live.put(story.id, story);
    story.members = new ArrayList<>();
    for (StorySplitter.Member m : members) {
      add(story, m);
    }
    return story;
  }

  /**
   * An article that several stories would take is evidence that they may be one; they merge when their own
   * evidence (words, names, embedding and mean time, before this article joins) scores them against each other
   * {@code mergeMargin} above what an article of their texts' length must score to join a story. The older story
   * survives.
   */
  private Story mergeMatched(Story best, List<Story> matched, String articleId) {
    Story survivor = best;
    for (Story other : matched) {
      if (other == best || !live.containsKey(other.id) || !live.containsKey(survivor.id)) {
        continue;
      }
      double score = pairScore(survivor, other);
      if (score >= config.thresholdFor(Math.min(survivor.meanTextWords(), other.meanTextWords()))
          + config.mergeMargin()) {
        Story keep = survivor.born <= other.born ? survivor : other;
        Story gone = keep == survivor ? other : survivor;
        absorb(keep, gone);
        merges.add(new StoryMerge(keep.id, gone.id, articleId, score));
        survivor = keep;
      }
    }
    return survivor;
  }

  /** The score of one story against another: the article score with the other story's centroids. */
  private double pairScore(Story a, Story b) {
    double score = config.lexical() * a.terms.cosine(b.terms) + config.names() * a.names.cosine(b.names);
    if (config.semantic() > 0 && a.embedding != null && b.embedding != null
        && a.embeddingSquaredNorm > 0 && b.embeddingSquaredNorm > 0) {
      score += config.semantic() * dot(a.embedding, b.embedding)
          / Math.sqrt(a.embeddingSquaredNorm * b.embeddingSquaredNorm);
    }
    if (a.datedSize > 0 && b.datedSize > 0) {
      score -= Math.abs(a.meanHour - b.meanHour) / config.timeScaleHours();
    }
    return score;
  }

  private static List<StorySplitter.Member> concat(List<StorySplitter.Member> a, List<StorySplitter.Member> b) {
    List<StorySplitter.Member> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Moves everything {@code gone} knows into {@code keep}, and sends {@code gone} out of memory and the index. */
  private void absorb(Story keep, Story gone) {
    keep.terms.add(gone.terms.weights);
    keep.names.add(gone.names.weights);
    if (gone.embedding != null) {
      keep.addEmbedding(gone.embedding);
    }
    keep.size += gone.size;
    keep.textWords += gone.textWords;
    keep.addTimes(gone.datedSize, gone.meanHour, gone.lastHour);
    keep.lastArrival = Math.max(keep.lastArrival, gone.lastArrival);
    keep.particulars.add(gone.particulars);
    keep.members = keep.members == null || gone.members == null
        || keep.members.size() + gone.members.size() > SPLIT_MEMBERS ? null : concat(keep.members, gone.members);
    live.remove(gone.id);
    unindex(gone);
    for (String term : gone.terms.weights.keySet()) {
      storiesByTerm.computeIfAbsent(term, k -> new HashSet<>()).add(keep);
    }
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
      score += config.semantic() * embeddingCosine(article.embedding(), story);
    }
    if (article.dated() && story.datedSize > 0) {
      score -= Math.abs(article.hour() - story.meanHour) / config.timeScaleHours();
    }
    return score - contradiction(article, story);
  }

  /** The penalty for what in {@code article} contradicts {@code story}; see {@link Contradictions}. */
  private double contradiction(AnalysedArticle article, Story story) {
    if (!config.contradictions().any()) {
      return 0;
    }
    double reach = Math.min(fullness(article.textWords()), fullness(story.meanTextWords()));
    return story.particulars.penalty(config.contradictions(), article, story.terms.weights, reach);
  }

  private static double embeddingCosine(float[] unit, Story story) {
    return story.embeddingSquaredNorm > 0
        ? dot(unit, story.embedding) / Math.sqrt(story.embeddingSquaredNorm) : 0;
  }

  private static double dot(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private Set<Story> candidates(Map<String, Float> terms, AnalysedArticle article) {
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
    Set<Story> out = new LinkedHashSet<>();
    for (Map.Entry<Story, Double> e : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
      out.add(e.getKey());
    }
    if (config.denseCandidates() > 0 && article.embedding() != null) {
      out.addAll(nearestByEmbedding(article));
    }
    return out;
  }

  /**
   * The {@code denseCandidates} live stories whose mean embedding is nearest the article's: stories it shares no
   * specific word with. An exact scan: live stories are few (those of the last {@code horizonHours}), so its cost per
   * article is bounded by them, not by the stream's length.
   */
  private List<Story> nearestByEmbedding(AnalysedArticle article) {
    int k = config.denseCandidates();
    PriorityQueue<Map.Entry<Story, Double>> nearest = new PriorityQueue<>(k + 1, Map.Entry.comparingByValue());
    for (Story s : live.values()) {
      if (s.embedding == null || (article.dated() && s.datedSize > 0
          && article.hour() - s.lastHour > config.horizonHours())) {
        continue;
      }
      double cos = embeddingCosine(article.embedding(), s);
      if (nearest.size() < k || cos > nearest.peek().getValue()) {
        nearest.add(Map.entry(s, cos));
        if (nearest.size() > k) {
          nearest.poll();
        }
      }
    }
    List<Story> out = new ArrayList<>(nearest.size());
    for (Map.Entry<Story, Double> e : nearest) {
      out.add(e.getKey());
    }
    return out;
  }

  private void join(Story story, Evidence evidence, AnalysedArticle article) {
    // Only a story opened by an article whose lead was read for names is watched: a headline gives no names to split
    // on, and a story of headlines would keep its members for nothing.
    if (splitter != null && story.size == 0 && article.particulars().namesRead()) {
      story.members = new ArrayList<>();
    }
    add(story, new StorySplitter.Member(article.article().id(), arrivals, evidence.terms(), evidence.names(),
        article.embedding(), article.textWords(), article.hour(), article.particulars()));
  }

  /** Adds one member's evidence to {@code story}, and the member itself while the story is watched for a split. */
  private void add(Story story, StorySplitter.Member m) {
    story.terms.add(m.terms());
    story.names.add(m.names());
    for (String term : m.terms().keySet()) {
      storiesByTerm.computeIfAbsent(term, k -> new HashSet<>()).add(story);
    }
    if (m.embedding() != null) {
      story.addEmbedding(m.embedding());
    }
    story.size++;
    story.textWords += m.textWords();
    story.lastArrival = Math.max(story.lastArrival, m.arrival());
    if (config.contradictions().any()) {
      story.particulars.add(m.particulars());
    }
    if (!Double.isNaN(m.hour())) {
      story.addTimes(1, m.hour(), m.hour());
    }
    if (story.members != null) {
      story.members.add(m);
      if (story.members.size() > SPLIT_MEMBERS) {
        story.members = null;
      }
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
        unindex(s);
      }
    }
  }

  private void unindex(Story s) {
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
