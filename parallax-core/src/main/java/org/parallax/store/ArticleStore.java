package org.parallax.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.parallax.model.Article;
import org.parallax.model.Provenance;
import org.parallax.model.StoryMerge;
import org.parallax.model.StorySplit;

/**
 * The durable store: one Lucene index on disk holding every article with its provenance, fingerprint, MinHash
 * signature and story, and every story merge. Nothing added is visible to other processes, or survives a crash,
 * before {@link #commit()}: an article and the merges its arrival caused become durable in the same commit.
 *
 * <p>Lookups during an ingest see uncommitted additions too: the store keeps what it added since the last
 * near-real-time refresh in memory, and refreshes every {@value #REFRESH_EVERY} additions.
 */
public final class ArticleStore implements Closeable {

  private static final int REFRESH_EVERY = 2000;
  /** Article documents: every one has a seq; merge documents have none. */
  private static final Query ARTICLES = new FieldExistsQuery(Fields.SEQ);
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final Set<String> HEADER_FIELDS =
      Set.of(Fields.ID, Fields.OUTLET, Fields.TITLE, Fields.PUBLISHED, Fields.STORY, Fields.COPY_OF);

  /** A stored copy candidate: its id, MinHash signature (null where not needed) and story. */
  public record Candidate(String id, long[] signature, String story) {}

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final Map<String, String> pendingIds = new HashMap<>();
  private final Map<String, String> pendingFingerprints = new HashMap<>();
  private final Map<String, Candidate> pendingContent = new HashMap<>();
  private final Map<String, List<Candidate>> pendingBands = new HashMap<>();
  private long nextSeq;
  /** The next sequence number of a merge or split record: one sequence for both, past every record stored. */
  private long nextRecordSeq;

  /** Opens {@code dir} read-only. */
  private ArticleStore(Path dir) throws IOException {
    this.analyzer = new SearchAnalyzer();
    if (!Files.isDirectory(dir)) {
      throw new java.io.FileNotFoundException("No Parallax store at " + dir + ": run 'parallax ingest' first.");
    }
    this.directory = FSDirectory.open(dir);
    this.writer = null;
    try {
      this.searchers = new SearcherManager(directory, null);
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      directory.close();
      throw new java.io.FileNotFoundException("No Parallax store at " + dir + ": run 'parallax ingest' first.");
    } catch (IOException e) {
      directory.close();
      throw damaged(dir, e);
    }
  }

  /** Opens {@code directory} for writing; {@code label} names it in messages. */
  private ArticleStore(Directory directory, Path label) throws IOException {
    this.analyzer = new SearchAnalyzer();
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      directory.close();
      throw new IOException("The store in " + label + " is being written by another process; try again when it "
          + "is done (reading commands can run beside it).", e);
    } catch (IOException e) {
      directory.close();
      throw damaged(label, e);
    }
    this.searchers = new SearcherManager(writer, null);
    long[] counts = new long[2];
    withSearcher(searcher -> {
      counts[0] = searcher.count(ARTICLES);
      counts[1] = searcher.getIndexReader().numDocs() - counts[0];
    });
    this.nextSeq = counts[0];
    this.nextRecordSeq = counts[1];
  }

  /** A store that fails to open for a reason other than absence or a lock is damaged; say so, and what to run. */
  private static IOException damaged(Path dir, IOException e) {
    if (e instanceof org.apache.lucene.index.CorruptIndexException
        || e instanceof org.apache.lucene.index.IndexFormatTooOldException
        || e instanceof org.apache.lucene.index.IndexFormatTooNewException
        || e instanceof java.io.EOFException
        || e instanceof java.nio.file.NoSuchFileException) {
      return new StoreCorruptException(dir, e);
    }
    return e;
  }

  /**
   * Verifies the store in {@code dir} file by file (checksums, structure, every segment), without changing it.
   *
   * @return what was checked and found; {@link StoreCheck#clean()} is false when anything is damaged
   */
  public static StoreCheck check(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.io.FileNotFoundException("No Parallax store at " + dir + ": run 'parallax ingest' first.");
    }
    try (FSDirectory d = FSDirectory.open(dir);
        org.apache.lucene.index.CheckIndex checker = new org.apache.lucene.index.CheckIndex(d)) {
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      checker.setInfoStream(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
      checker.setChecksumsOnly(false);
      org.apache.lucene.index.CheckIndex.Status status = checker.checkIndex();
      if (status.missingSegments) {
        return new StoreCheck(false, 0, 0, List.of("no readable commit (segments_N missing or unreadable)"));
      }
      List<String> problems = new ArrayList<>();
      long docs = 0;
      for (var segment : status.segmentInfos) {
        docs += segment.maxDoc;
        if (segment.error != null) {
          problems.add("segment " + segment.name + ": " + segment.error.getMessage());
        }
      }
      if (!status.clean && problems.isEmpty()) {
        problems.add(log.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
            .filter(l -> l.contains("ERROR") || l.contains("FAILED")).findFirst().orElse("not clean"));
      }
      return new StoreCheck(status.clean, status.numSegments, docs, problems);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IOException("The store in " + dir + " is being written by another process; check it when that "
          + "is done.", e);
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      throw new java.io.FileNotFoundException("No Parallax store at " + dir + " (nothing was ever committed there).");
    }
  }

  /** Opens (creating if needed) the store in {@code dir} for reading and writing. One process at a time may. */
  public static ArticleStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new ArticleStore(FSDirectory.open(dir), dir);
  }

  /**
   * Opens a store on any Lucene directory for reading and writing (a fault-injecting one in tests, say); the store
   * closes it. {@code label} names it in messages.
   */
  public static ArticleStore open(Directory directory, Path label) throws IOException {
    return new ArticleStore(directory, label);
  }

  /**
   * Opens an existing store for reading only: it takes no lock, so it may run beside a writer, and sees what the
   * writer had committed when it opened.
   *
   * @throws java.io.FileNotFoundException when {@code dir} holds no store
   */
  public static ArticleStore openReadOnly(Path dir) throws IOException {
    return new ArticleStore(dir);
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("This store was opened read-only.");
    }
    return writer;
  }

  public boolean containsId(String id) throws IOException {
    return pendingIds.containsKey(id) || firstId(new TermQuery(new Term(Fields.ID, id))) != null;
  }

  /** The id of an article with this (outlet-specific) fingerprint, or null. */
  public String idForFingerprint(String fingerprint) throws IOException {
    String pending = pendingFingerprints.get(fingerprint);
    return pending != null ? pending : firstId(new TermQuery(new Term(Fields.FINGERPRINT, fingerprint)));
  }

  /** The first article with this content fingerprint, whatever its outlet, or null. */
  public Candidate sameContent(String contentFingerprint) throws IOException {
    Candidate pending = pendingContent.get(contentFingerprint);
    if (pending != null) {
      return pending;
    }
    Candidate[] out = new Candidate[1];
    withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.CONTENT, contentFingerprint)), 1,
          new Sort(new SortField(Fields.SEQ, SortField.Type.LONG)));
      if (top.scoreDocs.length > 0) {
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.ID, Fields.STORY));
        out[0] = new Candidate(d.get(Fields.ID), null, d.get(Fields.STORY));
      }
    });
    return out[0];
  }

  /** Articles that share at least one LSH band key with {@code bandKeys}. */
  public List<Candidate> candidates(List<String> bandKeys) throws IOException {
    Map<String, Candidate> found = new LinkedHashMap<>();
    for (String key : bandKeys) {
      for (Candidate c : pendingBands.getOrDefault(key, List.of())) {
        found.putIfAbsent(c.id(), c);
      }
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String key : bandKeys) {
      any.add(new TermQuery(new Term(Fields.LSH, key)), BooleanClause.Occur.SHOULD);
    }
    withSearcher(searcher -> {
      TopDocs top = searcher.search(any.build(), 50);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        BytesRef sig = d.getBinaryValue(Fields.MINHASH);
        found.putIfAbsent(d.get(Fields.ID), new Candidate(d.get(Fields.ID),
            org.parallax.dedup.MinHasher.decode(sig.bytes, sig.offset, sig.length), d.get(Fields.STORY)));
      }
    });
    return new ArrayList<>(found.values());
  }

  /**
   * Adds an article (which must carry its story) with its fingerprints (outlet-specific and content only) and,
   * where it has one, its MinHash signature and band keys.
   */
  public void add(Article article, String fingerprint, String contentFingerprint, long[] signature,
      List<String> bandKeys) throws IOException {
    add(article, fingerprint, contentFingerprint, signature, bandKeys, null);
  }

  /** As {@link #add(Article, String, String, long[], List)}, keeping the article's sentence embedding too. */
  public void add(Article article, String fingerprint, String contentFingerprint, long[] signature,
      List<String> bandKeys, float[] embedding) throws IOException {
    Document doc = new Document();
    if (embedding != null) {
      doc.add(new StoredField(Fields.EMBEDDING, Embeddings.quantize(embedding)));
    }
    doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
    doc.add(new StringField(Fields.FINGERPRINT, fingerprint, Field.Store.NO));
    doc.add(new StringField(Fields.CONTENT, contentFingerprint, Field.Store.NO));
    doc.add(new StringField(Fields.OUTLET, article.outlet(), Field.Store.YES));
    if (article.url() != null) {
      doc.add(new StoredField(Fields.URL, article.url()));
    }
    doc.add(new Field(Fields.TITLE, article.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.TEXT, article.text(), TEXT_WITH_OFFSETS));
    if (article.published() != null) {
      doc.add(new StoredField(Fields.PUBLISHED, article.published().toString()));
      doc.add(new LongPoint(Fields.PUBLISHED_DAY, article.published().toEpochDay()));
    }
    if (article.publishedAt() != null) {
      doc.add(new StoredField(Fields.PUBLISHED_AT, article.publishedAt().toString()));
    }
    long seq = nextSeq++;
    doc.add(new StoredField(Fields.SEQ, seq));
    doc.add(new NumericDocValuesField(Fields.SEQ, seq));
    if (article.copyOf() != null) {
      doc.add(new StringField(Fields.COPY_OF, article.copyOf(), Field.Store.YES));
    }
    doc.add(new StringField(Fields.STORY, article.story(), Field.Store.YES));
    if (signature != null) {
      doc.add(new StoredField(Fields.MINHASH, org.parallax.dedup.MinHasher.encode(signature)));
      for (String key : bandKeys) {
        doc.add(new StringField(Fields.LSH, key, Field.Store.NO));
        pendingBands.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Candidate(article.id(), signature, article.story()));
      }
    }
    Provenance p = article.provenance();
    if (p != null) {
      doc.add(new StoredField(Fields.LOCATION, p.location()));
      doc.add(new StoredField(Fields.FORMAT, p.format()));
      doc.add(new StoredField(Fields.CHARSET, p.charset()));
      doc.add(new StoredField(Fields.CHARSET_SOURCE, p.charsetSource()));
    }
    writer().addDocument(doc);
    pendingIds.put(article.id(), article.id());
    pendingFingerprints.put(fingerprint, article.id());
    pendingContent.putIfAbsent(contentFingerprint, new Candidate(article.id(), null, article.story()));
    if (pendingIds.size() >= REFRESH_EVERY) {
      refresh();
    }
  }

  /** Records that one story absorbed another; durable with the next {@link #commit()}, like an article. */
  public void addMerge(StoryMerge merge) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.MERGE_SURVIVOR, merge.survivor(), Field.Store.YES));
    doc.add(new StringField(Fields.MERGE_ABSORBED, merge.absorbed(), Field.Store.YES));
    doc.add(new StoredField(Fields.MERGE_ARTICLE, merge.article()));
    doc.add(new StoredField(Fields.MERGE_SCORE, merge.score()));
    addRecord(doc, Fields.MERGE_SEQ);
  }

  /** Every story merge, in the order they were recorded. */
  public List<StoryMerge> merges() throws IOException {
    return records(Fields.MERGE_SEQ, d -> new StoryMerge(d.get(Fields.MERGE_SURVIVOR), d.get(Fields.MERGE_ABSORBED),
        d.get(Fields.MERGE_ARTICLE), d.getField(Fields.MERGE_SCORE).numericValue().doubleValue()));
  }

  /** Records that articles left a story for a new one; durable with the next {@link #commit()}, like an article. */
  public void addSplit(StorySplit split) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.SPLIT_STORY, split.story(), Field.Store.YES));
    doc.add(new StringField(Fields.SPLIT_NEW, split.newStory(), Field.Store.YES));
    for (String article : split.articles()) {
      doc.add(new StoredField(Fields.SPLIT_ARTICLE, article));
    }
    doc.add(new StoredField(Fields.SPLIT_REASON, split.reason()));
    addRecord(doc, Fields.SPLIT_SEQ);
  }

  /** Every story split, in the order they were recorded. */
  public List<StorySplit> splits() throws IOException {
    return records(Fields.SPLIT_SEQ, d -> new StorySplit(d.get(Fields.SPLIT_STORY), d.get(Fields.SPLIT_NEW),
        List.of(d.getValues(Fields.SPLIT_ARTICLE)), d.get(Fields.SPLIT_REASON)));
  }

  /** Adds a merge or split record, numbered in {@code seqField} so that {@link #records} reads it back in order. */
  private void addRecord(Document doc, String seqField) throws IOException {
    long seq = nextRecordSeq++;
    doc.add(new StoredField(seqField, seq));
    doc.add(new NumericDocValuesField(seqField, seq));
    writer().addDocument(doc);
  }

  /** The records numbered in {@code seqField}, in the order they were added, each read by {@code read}. */
  private <T> List<T> records(String seqField, Function<Document, T> read) throws IOException {
    List<T> out = new ArrayList<>();
    withSearcher(searcher -> {
      Query records = new FieldExistsQuery(seqField);
      int n = Math.max(1, searcher.count(records));
      TopDocs top = searcher.search(records, n, new Sort(new SortField(seqField, SortField.Type.LONG)));
      var stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(read.apply(stored.document(sd.doc)));
      }
    });
    return out;
  }

  /** Makes every addition durable: after this returns, a crash loses none of it. */
  public void commit() throws IOException {
    writer().commit();
    refresh();
  }

  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    pendingIds.clear();
    pendingFingerprints.clear();
    pendingContent.clear();
    pendingBands.clear();
  }

  /** The article with this id, or null. Sees committed and refreshed additions. */
  public Article get(String id) throws IOException {
    if (pendingIds.containsKey(id)) {
      refresh();
    }
    Article[] out = new Article[1];
    withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length > 0) {
        out[0] = toArticle(searcher.storedFields().document(top.scoreDocs[0].doc));
      }
    });
    return out[0];
  }

  /** Every article, in the order they were added. */
  public void forEach(Consumer<Article> consumer) throws IOException {
    refreshIfPending();
    eachInOrder(ARTICLES, consumer);
  }

  /** Every article with its stored sentence embedding (null if none), in the order they were added. */
  public void forEachWithEmbedding(java.util.function.BiConsumer<Article, float[]> consumer) throws IOException {
    refreshIfPending();
    eachDocInOrder(ARTICLES, null, d -> {
      BytesRef e = d.getBinaryValue(Fields.EMBEDDING);
      consumer.accept(toArticle(d), e == null ? null : Embeddings.dequantize(e.bytes, e.offset, e.length));
    });
  }

  /** The articles of one story, in the order they were added. */
  public List<Article> story(String storyId) throws IOException {
    return stories(List.of(storyId));
  }

  /** The articles stored under any of these story ids (a story and those it absorbed), in the order added. */
  public List<Article> stories(java.util.Collection<String> storyIds) throws IOException {
    refreshIfPending();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String id : storyIds) {
      any.add(new TermQuery(new Term(Fields.STORY, id)), BooleanClause.Occur.SHOULD);
    }
    List<Article> out = new ArrayList<>();
    eachInOrder(any.build(), out::add);
    return out;
  }

  private void refreshIfPending() throws IOException {
    if (!pendingIds.isEmpty()) {
      refresh();
    }
  }

  /** Every article's header (no text, no provenance), in the order they were added: cheap on large stores. */
  public void forEachHeader(Consumer<ArticleHeader> consumer) throws IOException {
    refreshIfPending();
    eachDocInOrder(ARTICLES, HEADER_FIELDS, d -> consumer.accept(new ArticleHeader(d.get(Fields.ID),
        d.get(Fields.OUTLET), d.get(Fields.TITLE), date(d.get(Fields.PUBLISHED)), d.get(Fields.STORY),
        d.get(Fields.COPY_OF))));
  }

  private void eachInOrder(Query query, Consumer<Article> consumer) throws IOException {
    eachDocInOrder(query, null, d -> consumer.accept(toArticle(d)));
  }

  private void eachDocInOrder(Query query, Set<String> fields, Consumer<Document> consumer) throws IOException {
    withSearcher(searcher -> {
      int n = Math.max(1, searcher.getIndexReader().maxDoc());
      TopDocs top = searcher.search(query, n, new Sort(new SortField(Fields.SEQ, SortField.Type.LONG)));
      var stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        consumer.accept(fields == null ? stored.document(sd.doc) : stored.document(sd.doc, fields));
      }
    });
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  public int size() throws IOException {
    refreshIfPending();
    int[] n = new int[1];
    withSearcher(s -> n[0] = s.count(ARTICLES));
    return n[0];
  }

  /**
   * Full-text search with BM25 over title (boosted 2x) and text. {@code query} uses Lucene's classic syntax; when
   * it does not parse, its words are searched as they are.
   */
  public List<SearchHit> search(String query, int limit) throws IOException {
    refreshIfPending();
    Query q = parse(query);
    List<SearchHit> hits = new ArrayList<>();
    withSearcher(searcher -> {
      TopDocs top = searcher.search(q, limit);
      SpanHighlighter highlighter = new SpanHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new SnippetFormatter())
          .withMaxLength(100_000));
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
      Map<String, Object[]> snippets = highlighter.snippets(
          new String[] {Fields.TEXT, Fields.TITLE}, q, docs, new int[] {2, 1});
      Object[] texts = snippets.get(Fields.TEXT);
      Object[] titles = snippets.get(Fields.TITLE);
      for (int i = 0; i < docs.length; i++) {
        Document d = searcher.storedFields().document(docs[i]);
        // Text matches first; a headline-only article shows its title with the matches marked.
        SnippetFormatter.Snippet s = texts[i] instanceof SnippetFormatter.Snippet sn ? sn
            : titles[i] instanceof SnippetFormatter.Snippet tn ? tn
            : new SnippetFormatter.Snippet(lead(d.get(Fields.TEXT)), List.of());
        hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.OUTLET), d.get(Fields.TITLE), d.get(Fields.PUBLISHED),
            d.get(Fields.STORY), top.scoreDocs[i].score, s.text(), s.highlights()));
      }
    });
    return hits;
  }

  private Query parse(String query) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Fields.TITLE, Fields.TEXT}, analyzer, Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      try {
        // Lower case disarms AND/OR/NOT; escaping disarms the rest.
        return parser.parse(QueryParser.escape(query.toLowerCase(java.util.Locale.ROOT)));
      } catch (ParseException again) {
        throw new IllegalArgumentException("The query '" + query + "' cannot be searched: " + again.getMessage());
      }
    }
  }

  private static String lead(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private String firstId(Query query) throws IOException {
    String[] out = new String[1];
    withSearcher(searcher -> {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length > 0) {
        out[0] = searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ID);
      }
    });
    return out[0];
  }

  /** Exposes the highlighter's object results, which carry the match spans. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
      return super.highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  private interface SearcherWork {
    void run(IndexSearcher searcher) throws IOException;
  }

  private void withSearcher(SearcherWork work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      work.run(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  private static Article toArticle(Document d) {
    String published = d.get(Fields.PUBLISHED);
    String location = d.get(Fields.LOCATION);
    Provenance provenance = location == null ? null
        : new Provenance(location, d.get(Fields.FORMAT), d.get(Fields.CHARSET), d.get(Fields.CHARSET_SOURCE));
    return new Article(d.get(Fields.ID), d.get(Fields.OUTLET), d.get(Fields.URL), d.get(Fields.TITLE),
        date(published), d.get(Fields.TEXT), provenance,
        d.get(Fields.COPY_OF), d.get(Fields.STORY), dateTime(d.get(Fields.PUBLISHED_AT)));
  }

  /** Stores written before offsets were kept hold UTC instants ("...Z"), which parse as offset times too. */
  private static java.time.OffsetDateTime dateTime(String stored) {
    return stored == null ? null : java.time.OffsetDateTime.parse(stored);
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Commits what was added and releases the index. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
