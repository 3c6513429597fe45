package org.parallax.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters learned from unlabelled text: each word's bit-string path in a binary merge tree, so that a path
 * prefix names a coarser cluster ({@link BrownClustering} builds them). Read and written as lines of
 * {@code path TAB word TAB count}, the format of Liang's {@code wcluster}, most frequent word first.
 *
 * <p>Immutable. The clusters shipped with Parallax, built from Reuters-21578 and the CoNLL-2003 training text, are
 * {@link #shipped()}.
 */
public final class WordClusters implements SerializableArtifact {

  /** Classpath resource of the shipped clusters, beside this class (gzipped text). */
  public static final String RESOURCE = "en-clusters-reuters.txt.gz";

  /** A word's path and how often it was seen. */
  public record Entry(String path, int count) {
    public Entry {
      if (path.isEmpty() || !path.chars().allMatch(ch -> ch == '0' || ch == '1')) {
        throw new IllegalArgumentException("path must be a non-empty string of 0s and 1s, got '" + path + "'");
      }
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0, got " + count);
      }
    }
  }

  private static volatile WordClusters shipped;

  private final Map<String, Entry> entries;

  /** Clusters over {@code entries} (word to entry), kept in the given order. */
  public WordClusters(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** The clusters shipped with Parallax, read from the classpath on first use. */
  public static WordClusters shipped() {
    WordClusters c = shipped;
    if (c == null) {
      synchronized (WordClusters.class) {
        c = shipped;
        if (c == null) {
          try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("The word cluster resource " + RESOURCE + " is missing beside "
                  + WordClusters.class.getName());
            }
            c = read(new GZIPInputStream(in));
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word cluster resource " + RESOURCE, e);
          }
          shipped = c;
        }
      }
    }
    return c;
  }

  /** Word to entry, in file order. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /** The path of {@code word} as written, or null if it has none. */
  public String path(String word) {
    Entry e = entries.get(word);
    return e == null ? null : e.path();
  }

  /**
   * The path of a token as a tagger sees it: its own, else (for a word in capitals, as in headlines) that of its
   * capitalised form, else that of its lower-case form; null if none has one.
   */
  public String lookup(String token) {
    Entry e = entries.get(token);
    if (e == null) {
      String capitalised = capitalised(token);
      if (capitalised != null) {
        e = entries.get(capitalised);
      }
    }
    if (e == null) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (!lower.equals(token)) {
        e = entries.get(lower);
      }
    }
    return e == null ? null : e.path();
  }

  /**
   * The capitalised form of a word written in capitals ("JAPAN" gives "Japan"), as headlines write names; null for a
   * word of one character or with a lower-case letter or none.
   */
  static String capitalised(String token) {
    return token.length() > 1 && isUpperCase(token)
        ? token.charAt(0) + token.substring(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Whether {@code token} has letters and none of them in lower case. */
  static boolean isUpperCase(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char ch = token.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }

  /** How OpenNLP writes the clusters into a name finder model and reads them back. */
  @Override
  public Class<?> getArtifactSerializerClass() {
    return ClusterFeatureFactory.Serializer.class;
  }

  /** How many words have a path. */
  public int size() {
    return entries.size();
  }

  /** Reads clusters written by {@link #write} (or by {@code wcluster}); does not close {@code in}. */
  public static WordClusters read(InputStream in) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      try {
        if (fields.length != 3) {
          throw new IllegalArgumentException("expected path, word and count separated by tabs");
        }
        Entry entry = new Entry(fields[0], Integer.parseInt(fields[2]));
        if (entries.put(fields[1], entry) != null) {
          throw new IllegalArgumentException("word '" + fields[1] + "' appears twice");
        }
      } catch (IllegalArgumentException e) {
        throw new IOException("word clusters, line " + lineNumber + ": " + e.getMessage() + ": '" + line + "'", e);
      }
    }
    return new WordClusters(entries);
  }

  /** Writes the clusters as UTF-8 lines of {@code path TAB word TAB count}; does not close {@code out}. */
  public void write(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      writer.write(e.getValue().path() + "\t" + e.getKey() + "\t" + e.getValue().count() + "\n");
    }
    writer.flush();
  }
}
