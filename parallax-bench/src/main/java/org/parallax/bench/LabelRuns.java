package org.parallax.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;

/**
 * How the gold stories of a labelled stream lie in stream order: how many are one unbroken run of consecutive
 * labelled articles, and how often two consecutive labelled articles share a story. A stream whose stories are
 * runs rewards a clusterer for following arrival order, which is why Parallax's clusterer never uses it.
 *
 * <pre>java -cp parallax-bench/target/parallax-bench.jar org.parallax.bench.LabelRuns STREAM LAST-DAY LABELS</pre>
 */
public final class LabelRuns {

  private LabelRuns() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LabelRuns STREAM.jsonl[.gz] LAST-DAY LABELS.tsv[.gz]");
      System.exit(2);
    }
    List<Article> articles = Streams.read(Path.of(args[0]), args[1]).articles();
    Map<String, String> gold = Streams.labels(Path.of(args[2]));
    Map<String, Integer> runs = new HashMap<>();
    String previous = null;
    long labelled = 0;
    long sameAsPrevious = 0;
    for (Article a : articles) {
      String story = gold.get(a.id());
      if (story == null) {
        continue;
      }
      labelled++;
      if (story.equals(previous)) {
        sameAsPrevious++;
      } else {
        runs.merge(story, 1, Integer::sum);
      }
      previous = story;
    }
    long oneRun = runs.values().stream().filter(n -> n == 1).count();
    System.out.printf("%,d labelled articles in %,d gold stories; %,d stories are one unbroken run in stream order;"
        + " %.4f of consecutive labelled articles share a story%n", labelled, runs.size(), oneRun,
        labelled < 2 ? 0.0 : sameAsPrevious / (double) (labelled - 1));
  }
}
