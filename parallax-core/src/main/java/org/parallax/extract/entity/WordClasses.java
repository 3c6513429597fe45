package org.parallax.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Flat word classes at several granularities: each word of a lower-case vocabulary carries one class id per
 * granularity (for example one of 64, one of 256 and one of 1024 classes), as {@link WordClassBuilder} finds them by
 * k-means over per-word vectors. A token is looked up in lower case, so "Japan", "JAPAN" and "japan" share classes.
 *
 * <p>Read and written as UTF-8 text: a header line {@code #classes TAB k1 TAB k2 ...}, then one line per word,
 * {@code word TAB id1 TAB id2 ...}, ids in {@code [0, ki)}. Immutable. The classes shipped with Parallax are
 * {@link #shipped()}.
 */
public final class WordClasses implements SerializableArtifact {

  /** Classpath resource of the shipped classes, beside this class (gzipped text). */
  public static final String RESOURCE = "en-word-classes-minilm.txt.gz";

  static final String HEADER = "#classes";

  private static volatile WordClasses shipped;

  private final int[] granularities;
  private final Map<String, int[]> classes;

  /**
   * Classes over {@code classes} (lower-case word to one id per granularity), kept in the given order.
   *
   * @throws IllegalArgumentException if a granularity is below 1, a word is not in lower case, or an id is out of
   *     range or the ids are not one per granularity
   */
  public WordClasses(int[] granularities, Map<String, int[]> classes) {
    if (granularities.length == 0 || Arrays.stream(granularities).anyMatch(k -> k < 1)) {
      throw new IllegalArgumentException("granularities must be non-empty and >= 1, got "
          + Arrays.toString(granularities));
    }
    Map<String, int[]> copy = new LinkedHashMap<>();
    classes.forEach((word, ids) -> {
      if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.isEmpty()) {
        throw new IllegalArgumentException("word must be non-empty and in lower case, got '" + word + "'");
      }
      if (ids.length != granularities.length) {
        throw new IllegalArgumentException("word '" + word + "' has " + ids.length + " ids, expected "
            + granularities.length);
      }
      for (int g = 0; g < ids.length; g++) {
        if (ids[g] < 0 || ids[g] >= granularities[g]) {
          throw new IllegalArgumentException("word '" + word + "': id " + ids[g] + " outside [0, "
              + granularities[g] + ")");
        }
      }
      copy.put(word, ids.clone());
    });
    this.granularities = granularities.clone();
    this.classes = Collections.unmodifiableMap(copy);
  }

  /** The classes shipped with Parallax, read from the classpath on first use. */
  public static WordClasses shipped() {
    WordClasses c = shipped;
    if (c == null) {
      synchronized (WordClasses.class) {
        c = shipped;
        if (c == null) {
          try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("The word class resource " + RESOURCE + " is missing beside "
                  + WordClasses.class.getName());
            }
            c = read(new GZIPInputStream(in));
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word class resource " + RESOURCE, e);
          }
          shipped = c;
        }
      }
    }
    return c;
  }

  /** The number of classes at each granularity, in id order. */
  public int[] granularities() {
    return granularities.clone();
  }

  /** How many words have classes. */
  public int size() {
    return classes.size();
  }

  /** The class ids of a token (looked up in lower case), one per granularity; null if it has none. Do not modify. */
  int[] lookup(String token) {
    int[] ids = classes.get(token);
    return ids != null ? ids : classes.get(token.toLowerCase(Locale.ROOT));
  }

  /** The class ids of a token (looked up in lower case), one per granularity; null if it has none. */
  public int[] classesOf(String token) {
    int[] ids = lookup(token);
    return ids == null ? null : ids.clone();
  }

  /** Word to ids, in file order; the arrays must not be modified. */
  Map<String, int[]> entries() {
    return classes;
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return WordClassFeatureFactory.Serializer.class;
  }

  /** Reads classes written by {@link #write}; does not close {@code in}. */
  public static WordClasses read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.startsWith(HEADER + "\t")) {
      throw new IOException("word classes, line 1: expected '" + HEADER + "' and the class counts, got '"
          + header + "'");
    }
    int[] granularities;
    try {
      granularities = Arrays.stream(header.substring(HEADER.length() + 1).split("\t"))
          .mapToInt(Integer::parseInt).toArray();
    } catch (NumberFormatException e) {
      throw new IOException("word classes, line 1: " + e.getMessage() + ": '" + header + "'", e);
    }
    Map<String, int[]> classes = new LinkedHashMap<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String[] fields = line.split("\t", -1);
      try {
        if (fields.length != granularities.length + 1) {
          throw new IllegalArgumentException("expected a word and " + granularities.length + " ids separated by tabs");
        }
        int[] ids = new int[granularities.length];
        for (int g = 0; g < ids.length; g++) {
          ids[g] = Integer.parseInt(fields[g + 1]);
        }
        if (classes.put(fields[0], ids) != null) {
          throw new IllegalArgumentException("word '" + fields[0] + "' appears twice");
        }
      } catch (IllegalArgumentException e) {
        throw new IOException("word classes, line " + lineNumber + ": " + e.getMessage() + ": '" + line + "'", e);
      }
    }
    try {
      return new WordClasses(granularities, classes);
    } catch (IllegalArgumentException e) {
      throw new IOException("word classes: " + e.getMessage(), e);
    }
  }

  /** Writes the classes as described above; does not close {@code out}. */
  public void write(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder line = new StringBuilder(HEADER);
    for (int k : granularities) {
      line.append('\t').append(k);
    }
    writer.write(line.append('\n').toString());
    for (Map.Entry<String, int[]> e : classes.entrySet()) {
      line.setLength(0);
      line.append(e.getKey());
      for (int id : e.getValue()) {
        line.append('\t').append(id);
      }
      writer.write(line.append('\n').toString());
    }
    writer.flush();
  }
}
