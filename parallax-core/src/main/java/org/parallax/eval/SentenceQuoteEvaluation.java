package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parallax.extract.quote.Attribution;
import org.parallax.model.Span;

/**
 * Quote attribution scored as the published PolNeAR figures are (Wang et al., COLING 2022): on a sentence-level BIO
 * split, one JSON object per line with {@code tokens} and {@code labels} ({@code B-source}, {@code I-cue}, ...).
 * Each line's tokens are joined into a text, the extractor reads that text alone, its spans become one label per
 * token, and the chunks of each role are compared with the gold chunks by exact token bounds.
 *
 * <p>Where spans overlap (an attribution nested in another's content), the source or cue wins the token over the
 * content, and the content resumes as a new chunk after it. Chunks are read from labels as the published scorer
 * reads them: a chunk opens at {@code B-X} and runs over {@code I-X}; an {@code I-} label of another role ends it
 * and opens nothing.
 */
public final class SentenceQuoteEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ROLES = List.of("source", "cue", "content");
  /** Penn Treebank escapes and quote tokens, written back as the characters they stand for. */
  private static final Map<String, String> UNESCAPED = Map.of("``", "\u201c", "''", "\u201d", "`", "\u2018",
      "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "?", "!", "%", ")", "]", "}",
      "\u201d", "'", "'s", "'S", "'m", "'re", "'ve", "'d", "'ll", "n't", "N'T");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "\u201c", "\u2018", "$");
  private static final String QUOTE_TOKENS = "\u201c\u201d\u2018'\"";

  private SentenceQuoteEvaluation() {}

  /** One line of the split: its document id, tokens and gold labels (as many as tokens). */
  public record Sentence(String id, List<String> tokens, List<String> labels) {
    public Sentence {
      tokens = List.copyOf(tokens);
      labels = List.copyOf(labels);
      if (tokens.size() != labels.size()) {
        throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
      }
    }
  }

  /** The text a line's tokens stand for, and each token's code-point range in it. */
  record Detokenised(String text, int[] starts, int[] ends) {}

  /** The lines of a split file; a malformed line is an error naming the file and the line. */
  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(line);
          out.add(new Sentence(node.path("id").asText(""), strings(node, "tokens"), strings(node, "labels")));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + ", line " + number + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode node, String field) {
    JsonNode array = node.get(field);
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("no '" + field + "' array");
    }
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Scores {@code extractor} on every line; {@link QuoteScores#documents()} counts lines. */
  public static QuoteScores evaluate(List<Sentence> sentences, Function<String, List<Attribution>> extractor) {
    int[][] counts = new int[ROLES.size() + 1][3];
    for (Sentence s : sentences) {
      Detokenised d = detokenise(s.tokens());
      List<String> predicted = labels(d, extractor.apply(d.text()));
      List<List<int[]>> gold = chunks(s.labels());
      List<List<int[]>> found = chunks(predicted);
      for (int r = 0; r < ROLES.size(); r++) {
        add(counts[r], gold.get(r), found.get(r));
      }
      add(counts[ROLES.size()], quoted(gold.get(2), s.tokens()), quoted(found.get(2), s.tokens()));
    }
    return new QuoteScores(sentences.size(), counts(counts[0]), counts(counts[1]), counts(counts[2]),
        counts(counts[3]));
  }

  private static QuoteScores.Counts counts(int[] c) {
    return new QuoteScores.Counts(c[0], c[1], c[2]);
  }

  private static void add(int[] counts, List<int[]> gold, List<int[]> found) {
    Set<List<Integer>> goldKeys = new HashSet<>();
    gold.forEach(c -> goldKeys.add(List.of(c[0], c[1])));
    Set<List<Integer>> foundKeys = new HashSet<>();
    found.forEach(c -> foundKeys.add(List.of(c[0], c[1])));
    counts[0] += foundKeys.size();
    counts[1] += goldKeys.size();
    for (List<Integer> k : foundKeys) {
      if (goldKeys.contains(k)) {
        counts[2]++;
      }
    }
  }

  /** The chunks that open or close with a quotation-mark token: direct quotes. */
  private static List<int[]> quoted(List<int[]> chunks, List<String> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int[] c : chunks) {
      if (isQuote(tokens.get(c[0])) || isQuote(tokens.get(c[1] - 1))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isQuote(String token) {
    String t = UNESCAPED.getOrDefault(token, token);
    return t.length() == 1 && QUOTE_TOKENS.indexOf(t.charAt(0)) >= 0;
  }

  /** Joins tokens with single spaces, except around punctuation, clitics and quotation marks. */
  static Detokenised detokenise(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    int cps = 0;
    boolean glueNext = true;
    for (int i = 0; i < tokens.size(); i++) {
      String raw = tokens.get(i);
      String t = UNESCAPED.getOrDefault(raw, raw);
      if (!glueNext && !NO_SPACE_BEFORE.contains(t)) {
        text.append(' ');
        cps++;
      }
      starts[i] = cps;
      text.append(t);
      cps += t.codePointCount(0, t.length());
      ends[i] = cps;
      glueNext = NO_SPACE_AFTER.contains(t);
    }
    return new Detokenised(text.toString(), starts, ends);
  }

  /**
   * One BIO label per token from {@code found}'s spans (code points into {@code d}'s text): contents first, outer
   * before inner (a content inside another's adds nothing), then sources and cues over them; a role that resumes
   * after another's tokens opens a new chunk.
   */
  static List<String> labels(Detokenised d, List<Attribution> found) {
    int n = d.starts().length;
    String[] role = new String[n];
    boolean[] begins = new boolean[n];
    List<Span> contents = new ArrayList<>(found.stream().map(Attribution::content).toList());
    contents.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::length).reversed()));
    for (Span content : contents) {
      mark(d, content, "content", false, role, begins);
    }
    for (Attribution a : found) {
      mark(d, a.source(), "source", true, role, begins);
      mark(d, a.cue(), "cue", true, role, begins);
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (role[i] == null) {
        out.add("O");
      } else {
        boolean opens = begins[i] || i == 0 || !role[i].equals(role[i - 1]);
        out.add((opens ? "B-" : "I-") + role[i]);
      }
    }
    return out;
  }

  /** Gives {@code span}'s tokens the role {@code name}: all of them, or with {@code over} false the unlabelled. */
  private static void mark(Detokenised d, Span span, String name, boolean over, String[] role, boolean[] begins) {
    if (span == null || span.length() == 0) {
      return;
    }
    boolean first = true;
    for (int i = 0; i < role.length; i++) {
      if (d.ends()[i] > span.start() && d.starts()[i] < span.end() && (over || role[i] == null)) {
        role[i] = name;
        begins[i] = first;
        first = false;
      }
    }
  }

  /** The chunks of each role (source, cue, content) as half-open token ranges, read as the published scorer does. */
  static List<List<int[]>> chunks(List<String> labels) {
    List<List<int[]>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int open = -1;
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      int r = label.length() > 2 ? ROLES.indexOf(label.substring(2)) : -1;
      boolean continues = label.startsWith("I-") && r == open && open >= 0;
      if (continues) {
        continue;
      }
      if (open >= 0) {
        out.get(open).add(new int[] {start, i});
        open = -1;
      }
      if (label.startsWith("B-") && r >= 0) {
        open = r;
        start = i;
      }
    }
    return out;
  }
}
