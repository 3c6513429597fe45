package org.parallax;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.cluster.AnalysedArticle;
import org.parallax.cluster.ArticleAnalyser;
import org.parallax.cluster.EvidenceClusterer;
import org.parallax.cluster.MergedStories;
import org.parallax.cluster.SplitStories;
import org.parallax.cluster.ParticularsReader;
import org.parallax.cluster.StoryClusterer;
import org.parallax.cluster.TfIdfClusterer;
import org.parallax.compare.EntityComparison;
import org.parallax.compare.PassageAligner;
import org.parallax.compare.QuoteComparison;
import org.parallax.compare.StoryEntity;
import org.parallax.compare.StoryReport;
import org.parallax.compare.Timeline;
import org.parallax.dedup.MinHasher;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.ingest.ArticleIds;
import org.parallax.ingest.Destination;
import org.parallax.ingest.FileReport;
import org.parallax.ingest.Ingester;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.model.StoryMerge;
import org.parallax.model.StorySplit;
import org.parallax.store.ArticleHeader;
import org.parallax.store.ArticleStore;
import org.parallax.store.SearchHit;

/**
 * The front door: open a store, ingest, list stories, build a story's report, search.
 *
 * <pre>{@code
 * try (Parallax parallax = Parallax.open(Path.of("parallax-data"))) {
 *   parallax.ingest(List.of(Path.of("sample")), (report, done, total) -> {});
 *   for (Story story : parallax.stories()) { ... }
 * }
 * }</pre>
 *
 * <p>Each added article is checked for a duplicate (same id, or same outlet, title and text: nothing is added), then
 * for a copy (the same title and text from another outlet, or a near-duplicate text by MinHash: recorded as a copy
 * of the earlier article and put in its story), and otherwise assigned to a story by the clusterer. When the
 * clusterer merges two stories, the merge is stored with the article that caused it; stored articles keep the id
 * they were given, and every id is read through the merges, so an absorbed story's id names its survivor. Not
 * thread-safe; one process at a time may open a store for writing.
 */
public final class Parallax implements Closeable, Destination {

  /** Estimated Jaccard similarity of word 4-shingles above which an article is a copy of an earlier one. */
  public static final double COPY_SIMILARITY = 0.6;

  private final ArticleStore store;
  private final MinHasher minHasher = new MinHasher();
  private final StoryClusterer clusterer;
  private boolean clustererRestored;
  private MergedStories merged;
  private SplitStories split;
  private SentenceEmbedder embedder;
  private ArticleAnalyser analyser;

  private Parallax(ArticleStore store, StoryClusterer clusterer) {
    this.store = store;
    this.clusterer = clusterer;
  }

  /** Opens (creating if needed) the store in {@code dataDir} for reading and writing. */
  public static Parallax open(Path dataDir) throws IOException {
    return new Parallax(ArticleStore.open(dataDir), new EvidenceClusterer());
  }

  /** Wraps an opened store with a given clusterer (evaluation, fault injection); closing this closes the store. */
  public static Parallax open(ArticleStore store, StoryClusterer clusterer) {
    return new Parallax(store, clusterer);
  }

  /** Opens the store in {@code dataDir} with a given clusterer (for evaluation). */
  public static Parallax open(Path dataDir, StoryClusterer clusterer) throws IOException {
    return new Parallax(ArticleStore.open(dataDir), clusterer);
  }

  /**
   * Opens an existing store for reading only, beside a possible writer.
   *
   * @throws java.io.FileNotFoundException when there is no store in {@code dataDir}
   */
  public static Parallax openReadOnly(Path dataDir) throws IOException {
    return new Parallax(ArticleStore.openReadOnly(dataDir), new TfIdfClusterer());
  }

  /** Verifies the store in {@code dataDir} without changing it; see {@link ArticleStore#check}. */
  public static org.parallax.store.StoreCheck check(Path dataDir) throws IOException {
    return ArticleStore.check(dataDir);
  }

  /** Ingests files and directories; one report per file, each file committed before it is reported. */
  public List<FileReport> ingest(List<Path> paths, Ingester.Listener listener) throws IOException {
    return new Ingester(this).ingest(paths, listener);
  }

  @Override
  public Placement add(Article article) throws IOException {
    return addAll(List.of(article)).get(0);
  }

  /** Adds articles in order, as {@link #add} does, analysing them together (embeddings are batched). */
  @Override
  public List<Placement> addAll(List<Article> articles) throws IOException {
    restoreClusterer();
    // Articles already stored are answered first, so re-ingesting a file embeds nothing.
    Placement[] placements = new Placement[articles.size()];
    Identity[] identities = new Identity[articles.size()];
    boolean[] repeated = new boolean[articles.size()];
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Article> fresh = new ArrayList<>();
    for (int i = 0; i < placements.length; i++) {
      Article a = articles.get(i);
      identities[i] = Identity.of(a);
      placements[i] = duplicate(a, identities[i]);
      if (placements[i] == null) {
        fresh.add(a);
        // An earlier article of this batch may be this one: such an article is checked again when placed.
        repeated[i] = !seen.add("id " + a.id()) | !seen.add(identities[i].fingerprint());
      }
    }
    List<AnalysedArticle> analysed = analyser().analyse(fresh);
    for (int i = 0, next = 0; i < placements.length; i++) {
      if (placements[i] == null) {
        AnalysedArticle a = analysed.get(next++);
        Placement again = repeated[i] ? duplicate(a.article(), identities[i]) : null;
        placements[i] = again != null ? again : add(a, identities[i]);
      }
    }
    return List.of(placements);
  }

  /** An article's content fingerprint (title and text) and its outlet-specific fingerprint. */
  private record Identity(String content, String fingerprint) {
    static Identity of(Article article) {
      String content = ArticleIds.contentFingerprint(article.title(), article.text());
      return new Identity(content, ArticleIds.fingerprint(article.outlet(), content));
    }
  }

  /** The placement of an article already in the store (same id, or same outlet and content), else null. */
  private Placement duplicate(Article article, Identity identity) throws IOException {
    // The same outlet's same content is a subset of the same content, so most articles need one lookup here.
    String existing = store.containsId(article.id()) ? article.id()
        : store.sameContent(identity.content()) != null ? store.idForFingerprint(identity.fingerprint()) : null;
    if (existing == null) {
      return null;
    }
    Article earlier = store.get(existing);
    return new Placement(Outcome.DUPLICATE, existing, earlier == null ? null : storyOf(earlier.id(), earlier.story()));
  }

  private ArticleAnalyser analyser() {
    if (analyser == null) {
      if (clusterer.wantsEmbeddings()) {
        embedder = new SentenceEmbedder();
      }
      analyser = new ArticleAnalyser(embedder,
          new ParticularsReader(clusterer.wantsParticulars() ? EntityRecognizer.shipped() : null));
    }
    return analyser;
  }

  private Placement add(AnalysedArticle analysed, Identity identity) throws IOException {
    Article article = analysed.article();
    ArticleStore.Candidate original = store.sameContent(identity.content());
    long[] signature = minHasher.signature(article.text());
    List<String> bands = signature == null ? List.of() : MinHasher.bandKeys(signature);
    if (original == null && signature != null) {
      original = nearestCopy(signature, bands);
    }
    Article placed;
    if (original != null) {
      placed = article.withCopyOf(original.id()).withStory(storyOf(original.id(), original.story()));
      clusterer.restore(analysed.withArticle(placed));
    } else {
      placed = article.withStory(clusterer.assign(analysed));
    }
    store.add(placed, identity.fingerprint(), identity.content(), signature, bands, analysed.embedding());
    for (StoryMerge m : clusterer.takeMerges()) {
      merged().add(m);
      // Stored beside the article, so the same commit makes both durable, or neither.
      store.addMerge(m);
    }
    for (StorySplit s : clusterer.takeSplits()) {
      split().add(s);
      store.addSplit(s);
    }
    return new Placement(original != null ? Outcome.COPY : Outcome.ADDED, placed.id(), placed.story());
  }

  private ArticleStore.Candidate nearestCopy(long[] signature, List<String> bands) throws IOException {
    ArticleStore.Candidate best = null;
    double bestSimilarity = COPY_SIMILARITY;
    for (ArticleStore.Candidate c : store.candidates(bands)) {
      double similarity = MinHasher.similarity(signature, c.signature());
      if (similarity >= bestSimilarity) {
        bestSimilarity = similarity;
        best = c;
      }
    }
    return best;
  }

  private void restoreClusterer() throws IOException {
    if (!clustererRestored) {
      clustererRestored = true;
      ArticleAnalyser a = analyser();
      MergedStories m = merged();
      SplitStories s = split();
      for (StoryMerge merge : store.merges()) {
        clusterer.restoreMerge(merge);
      }
      store.forEachWithEmbedding((article, embedding) -> clusterer.restore(
          a.analyse(article.withStory(m.resolve(s.storyOf(article.id(), article.story()))), embedding)));
    }
  }

  @Override
  public void commit() throws IOException {
    store.commit();
  }

  /** The article with this id, with the story it belongs to now, or empty. */
  public Optional<Article> article(String id) throws IOException {
    Article a = store.get(id);
    return a == null ? Optional.empty() : Optional.of(a.withStory(storyOf(a.id(), a.story())));
  }

  /**
   * The story the article {@code articleId}, stored (or placed) in {@code storedStory}, belongs to now: a split may
   * have moved it, a merge absorbed its story.
   */
  public String storyOf(String articleId, String storedStory) throws IOException {
    return merged().resolve(split().storyOf(articleId, storedStory));
  }

  /** The id {@code storyId} goes by now: itself, or the story that absorbed it. */
  public String resolveStory(String storyId) throws IOException {
    return merged().resolve(storyId);
  }

  /** The merge that absorbed {@code storyId} (the last, when the survivor was absorbed in turn), or empty. */
  public Optional<StoryMerge> absorption(String storyId) throws IOException {
    return Optional.ofNullable(merged().absorption(storyId));
  }

  /** The merges by which the story {@code storyId} resolves to took in other stories, directly or not. */
  public List<StoryMerge> absorbed(String storyId) throws IOException {
    MergedStories m = merged();
    List<StoryMerge> out = new ArrayList<>();
    for (String member : m.members(m.resolve(storyId))) {
      out.addAll(m.absorbed(member));
    }
    return out;
  }

  private SplitStories split() throws IOException {
    if (split == null) {
      SplitStories s = new SplitStories();
      for (StorySplit one : store.splits()) {
        s.add(one);
      }
      split = s;
    }
    return split;
  }

  private MergedStories merged() throws IOException {
    if (merged == null) {
      MergedStories m = new MergedStories();
      for (StoryMerge merge : store.merges()) {
        m.add(merge);
      }
      merged = m;
    }
    return merged;
  }

  /** Every story, largest (by outlets, then articles) first. */
  public List<Story> stories() throws IOException {
    Map<String, List<ArticleHeader>> byStory = new LinkedHashMap<>();
    MergedStories m = merged();
    SplitStories s = split();
    store.forEachHeader(a -> byStory.computeIfAbsent(m.resolve(s.storyOf(a.id(), a.story())),
        k -> new ArrayList<>()).add(a));
    List<Story> stories = new ArrayList<>();
    byStory.forEach((id, articles) -> stories.add(summarise(id, articles)));
    stories.sort((x, y) -> x.outlets().size() != y.outlets().size()
        ? Integer.compare(y.outlets().size(), x.outlets().size())
        : x.articles().size() != y.articles().size()
            ? Integer.compare(y.articles().size(), x.articles().size())
            : compareIds(x.id(), y.id()));
    return stories;
  }

  private static int compareIds(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  /** The story with this id (the survivor's, when it was absorbed), or empty. */
  public Optional<Story> story(String storyId) throws IOException {
    String id = resolveStory(storyId);
    List<ArticleHeader> headers = storyArticles(id).stream()
        .map(a -> new ArticleHeader(a.id(), a.outlet(), a.title(), a.published(), a.story(), a.copyOf()))
        .toList();
    return headers.isEmpty() ? Optional.empty() : Optional.of(summarise(id, headers));
  }

  /** The cross-source report of one story, or empty when there is no such story. */
  public Optional<StoryReport> report(String storyId) throws IOException {
    String id = resolveStory(storyId);
    List<Article> articles = storyArticles(id);
    if (articles.isEmpty()) {
      return Optional.empty();
    }
    StoryReport passages = PassageAligner.compare(id, articles);
    List<StoryEntity> entities = EntityComparison.of(articles);
    return Optional.of(passages.withEntities(entities)
        .withQuotes(QuoteComparison.of(articles, passages.shared(), entities))
        .withTimeline(Timeline.of(articles)));
  }

  /**
   * The articles of a story and of the stories it absorbed, less those split off and with those split into them, in
   * the order they were added, with its id.
   */
  private List<Article> storyArticles(String id) throws IOException {
    MergedStories m = merged();
    SplitStories s = split();
    List<String> members = m.members(id);
    if (members.size() == 1 && s.moved() == 0) {
      return store.story(id);
    }
    List<Article> out = new ArrayList<>();
    for (Article a : store.stories(List.copyOf(s.sources(members)))) {
      if (m.resolve(s.storyOf(a.id(), a.story())).equals(id)) {
        out.add(a.withStory(id));
      }
    }
    return out;
  }

  /** Full-text search (BM25, title boosted) with highlighted snippets. */
  public List<SearchHit> search(String query, int limit) throws IOException {
    MergedStories m = merged();
    SplitStories s = split();
    return store.search(query, limit).stream().map(h -> new SearchHit(h.id(), h.outlet(), h.title(),
        h.published(), m.resolve(s.storyOf(h.id(), h.story())), h.score(), h.snippet(), h.highlights())).toList();
  }

  public int size() throws IOException {
    return store.size();
  }

  private static Story summarise(String id, List<ArticleHeader> articles) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    for (ArticleHeader a : articles) {
      outlets.add(a.outlet());
      if (a.published() != null) {
        first = first == null || a.published().isBefore(first) ? a.published() : first;
        last = last == null || a.published().isAfter(last) ? a.published() : last;
      }
    }
    return new Story(id, articles.get(0).title(), articles.stream().map(ArticleHeader::id).toList(),
        List.copyOf(outlets), first, last);
  }

  @Override
  public void close() throws IOException {
    try {
      store.close();
    } finally {
      if (embedder != null) {
        embedder.close();
      }
    }
  }
}
