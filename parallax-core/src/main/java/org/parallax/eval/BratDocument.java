package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * One BRAT standoff document: its text and its text-bound annotations ({@code T} lines), possibly discontinuous.
 *
 * <p>BRAT is written in Python and counts offsets in code points of the {@code .txt} file, as Parallax spans do; the
 * reader checks every annotation's quoted text against the text at its offsets and counts those that differ in
 * {@code mismatches} (PolNeAR has three in its training part, none in dev).
 */
public record BratDocument(String name, String text, List<Annotation> annotations, int mismatches) {

  /** One text-bound annotation: its id, its type and its segments in code points. */
  public record Annotation(String id, String type, List<Span> segments) {
    public Annotation {
      segments = List.copyOf(segments);
    }
  }

  public BratDocument {
    annotations = List.copyOf(annotations);
  }

  /**
   * Reads {@code ann} against {@code txt}, both UTF-8. A malformed {@code T} line or an offset outside the text is an
   * {@link IOException} naming the file and line.
   */
  public static BratDocument read(Path ann, Path txt) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    int length = text.codePointCount(0, text.length());
    List<Annotation> out = new ArrayList<>();
    int mismatches = 0;
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (!line.startsWith("T")) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      String[] head = cols.length < 2 ? new String[0] : cols[1].split(" ", 2);
      if (head.length < 2) {
        continue; // a T line without offsets (PolNeAR has one): nothing to score
      }
      List<Span> segments = new ArrayList<>();
      try {
        for (String range : head[1].split(";")) {
          String[] se = range.trim().split(" ");
          Span s = new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
          if (s.end() > length) {
            throw new IOException(ann + ":" + (n + 1) + ": offset " + s.end() + " lies past the end of " + txt
                + " (" + length + " code points)");
          }
          segments.add(s);
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(ann + ":" + (n + 1) + ": cannot read offsets '" + head[1] + "'", e);
      } catch (IllegalArgumentException e) {
        throw new IOException(ann + ":" + (n + 1) + ": " + e.getMessage(), e);
      }
      if (cols.length == 3 && !cols[2].equals(covered(text, segments))) {
        mismatches++;
      }
      out.add(new Annotation(cols[0], head[0], segments));
    }
    return new BratDocument(ann.getFileName().toString(), text, out, mismatches);
  }

  private static String covered(String text, List<Span> segments) {
    StringBuilder b = new StringBuilder();
    for (Span s : segments) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(s.ofCodePoints(text));
    }
    return b.toString();
  }

  /**
   * The documents of a PolNeAR-style directory: {@code DIR/attributions/NAME_ANNOTATOR.ann} read against
   * {@code DIR/text/NAME.txt}, or else {@code NAME.ann} next to {@code NAME.txt}; sorted by file name.
   */
  public static List<BratDocument> readDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory");
    }
    Path annDir = Files.isDirectory(dir.resolve("attributions")) ? dir.resolve("attributions") : dir;
    List<Path> anns;
    try (var s = Files.list(annDir)) {
      anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<BratDocument> out = new ArrayList<>();
    for (Path ann : anns) {
      out.add(read(ann, textFor(dir, ann)));
    }
    return out;
  }

  private static Path textFor(Path dir, Path ann) throws IOException {
    String base = ann.getFileName().toString().replaceAll("\\.ann$", "");
    Path sibling = ann.resolveSibling(base + ".txt");
    if (Files.isRegularFile(sibling)) {
      return sibling;
    }
    int cut = base.lastIndexOf('_');
    Path polnear = dir.resolve("text").resolve((cut > 0 ? base.substring(0, cut) : base) + ".txt");
    if (Files.isRegularFile(polnear)) {
      return polnear;
    }
    throw new IOException(ann + ": no text file (looked for " + sibling + " and " + polnear + ")");
  }
}
