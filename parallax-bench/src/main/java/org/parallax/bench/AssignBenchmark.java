package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parallax.cluster.AnalysedArticle;
import org.parallax.cluster.ArticleAnalyser;
import org.parallax.cluster.EvidenceClusterer;
import org.parallax.cluster.StoryClusterer;
import org.parallax.cluster.TfIdfClusterer;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.model.Article;

/**
 * The cost of assigning one article to a story, once the stream is under way: each iteration warms a fresh
 * clusterer on the first {@code warm} articles of a real stream, then times the assignment of the next
 * {@value #MEASURED} (analysis and embeddings are done beforehand: this is the clustering step alone).
 *
 * <pre>java -jar parallax-bench/target/parallax-bench.jar AssignBenchmark \
 *     -p stream=../shared/data/scale/uci-news-2014.jsonl.gz</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AssignBenchmark {

  static final int MEASURED = 10_000;

  @Param({"../shared/data/scale/uci-news-2014.jsonl.gz"})
  public String stream;

  @Param({"20000", "100000"})
  public int warm;

  @Param({"evidence", "tfidf"})
  public String clusterer;

  private List<AnalysedArticle> articles;
  private StoryClusterer current;

  @Setup(Level.Trial)
  public void analyse() throws IOException {
    Path file = Path.of(stream);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("No stream at " + file.toAbsolutePath() + "; pass -p stream=FILE");
    }
    List<Article> read = Streams.read(file, null, warm + MEASURED).articles();
    articles = new ArrayList<>(read.size());
    try (SentenceEmbedder embedder = new SentenceEmbedder()) {
      ArticleAnalyser analyser = new ArticleAnalyser(embedder);
      for (int from = 0; from < read.size(); from += 1024) {
        articles.addAll(analyser.analyse(read.subList(from, Math.min(read.size(), from + 1024))));
      }
    }
  }

  @Setup(Level.Iteration)
  public void warmUp() {
    current = clusterer.equals("tfidf") ? new TfIdfClusterer() : new EvidenceClusterer();
    for (AnalysedArticle a : articles.subList(0, warm)) {
      current.assign(a);
    }
  }

  @Benchmark
  @OperationsPerInvocation(MEASURED)
  public void assign(Blackhole sink) {
    for (AnalysedArticle a : articles.subList(warm, warm + MEASURED)) {
      sink.consume(current.assign(a));
    }
  }
}
