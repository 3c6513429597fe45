package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.parallax.model.Article;

/**
 * Reads files and directories into a {@link Destination}, one file at a time, detecting each file's format from
 * its content: gzip, WARC, JSON Lines, RSS/Atom, HTML or plain text. A bad file is reported with its path, position
 * and reason; the batch goes on.
 */
public final class Ingester {

  /** Files larger than this that must be held whole (HTML, feeds, text) are refused. */
  static final long MAX_WHOLE_FILE = 64L << 20;
  private static final int HEAD = 8192;

  /** Hears about each file as it is done, for progress and summaries. */
  public interface Listener {
    void fileDone(FileReport report, int done, int total);

    /** Called now and then while a large file is read: how many of its records have been taken so far. */
    default void reading(String path, int records) {}
  }

  private final Destination destination;

  public Ingester(Destination destination) {
    this.destination = destination;
  }

  /**
   * Every regular file under {@code paths}, directories walked in name order; hidden files and directories and
   * metadata sidecars are left out. A path that does not exist, or a directory that cannot be read, becomes a
   * failed report.
   */
  public static List<Path> expand(List<Path> paths, List<FileReport> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(path) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file) && !isSidecar(file)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(FileReport.failed(file.toString(), null,
                new BadInputException(file.toString(), null, "cannot be read (" + e.getClass().getSimpleName()
                    + ")")));
            return FileVisitResult.CONTINUE;
          }
        });
        found.sort(null);
        files.addAll(found);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        problems.add(FileReport.failed(path.toString(), null,
            new BadInputException(path.toString(), null, "no such file or directory")));
      }
    }
    return files;
  }

  private static boolean isHidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  private static boolean isSidecar(Path p) {
    return p.getFileName().toString().endsWith(PlainTextReader.SIDECAR_SUFFIX);
  }

  /** Ingests every file under {@code paths}; returns one report per file, in order. */
  public List<FileReport> ingest(List<Path> paths, Listener listener) throws IOException {
    List<FileReport> reports = new ArrayList<>();
    List<Path> files = expand(paths, reports);
    int done = 0;
    for (FileReport missing : reports) {
      listener.fileDone(missing, ++done, files.size() + reports.size());
    }
    int total = files.size() + reports.size();
    for (Path file : files) {
      FileReport report = ingestFile(file, listener);
      reports.add(report);
      listener.fileDone(report, ++done, total);
    }
    return reports;
  }

  /** Ingests one file and commits what it added, so that a reported success is durable. */
  public FileReport ingestFile(Path file) throws IOException {
    return ingestFile(file, (report, done, total) -> { });
  }

  private FileReport ingestFile(Path file, Listener listener) throws IOException {
    Counting sink = new Counting(file.toString(), listener);
    String location = file.toString();
    String format = null;
    BadInputException failure = null;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] head = peek(raw);
      if (head.length == 0) {
        throw new BadInputException(location, null, "empty file");
      }
      if (isGzip(head)) {
        try (InputStream gunzipped = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)) {
          format = read(file, gunzipped, sink, "empty after gzip decompression");
        }
      } else {
        format = read(file, raw, sink, "empty file");
      }
    } catch (BadInputException e) {
      failure = e;
    } catch (EOFException | ZipException e) {
      failure = new BadInputException(location, null, "truncated or corrupt compressed data (" + e.getMessage() + ")");
    } catch (NoSuchFileException e) {
      failure = new BadInputException(location, null, "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      failure = new BadInputException(location, null, "permission denied");
    } catch (DestinationFailure e) {
      // The store failed, not the input: stop the batch rather than report on a store in doubt.
      throw e.getCause();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // A reader choked on hostile or broken input; the file is reported and the batch goes on.
      failure = new BadInputException(location, null, "unreadable (" + e + ")");
    }
    try {
      sink.flush();
    } catch (DestinationFailure e) {
      throw e.getCause();
    }
    destination.commit();
    return new FileReport(location, format, sink.added, sink.copies, sink.duplicates, sink.skipped, failure,
        new ArrayList<>(sink.stories));
  }

  /** Detects the format of {@code in} and reads it; returns the format's label. */
  private static String read(Path file, InputStream in, ArticleSink sink, String ifEmpty) throws IOException {
    String location = file.toString();
    byte[] head = peek(in);
    if (head.length == 0) {
      throw new BadInputException(location, null, ifEmpty);
    }
    if (TextDecoder.looksBinary(head, head.length)) {
      throw new BadInputException(location, "byte 0", "binary content, not a text format Parallax reads");
    }
    InputFormat format = detect(head);
    read(format, file, in, sink);
    return format.label();
  }

  private static void read(InputFormat format, Path file, InputStream in, ArticleSink sink) throws IOException {
    String location = file.toString();
    switch (format) {
      case JSONL -> JsonlReader.read(location, in, sink);
      case WARC -> WarcArticleReader.read(location, in, sink);
      case TEXT -> PlainTextReader.read(file, TextDecoder.decode(whole(in, location), null, false, location), sink);
      case HTML -> sink.accept(HtmlReader.read(location,
          TextDecoder.decode(whole(in, location), null, true, location), null, null, InputFormat.HTML.label()));
      case FEED -> FeedReader.read(location, TextDecoder.decode(whole(in, location), null, true, location), sink);
    }
  }

  private static byte[] whole(InputStream in, String location) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_WHOLE_FILE + 1);
    if (bytes.length > MAX_WHOLE_FILE) {
      throw new BadInputException(location, null, "larger than " + (MAX_WHOLE_FILE >> 20) + " MiB");
    }
    return bytes;
  }

  private static byte[] peek(InputStream in) throws IOException {
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    return head;
  }

  private static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** The format of a file whose first bytes are {@code head} (already decompressed). */
  static InputFormat detect(byte[] head) {
    var bom = TextDecoder.bomCharset(head);
    String s = bom == null
        ? new String(head, StandardCharsets.ISO_8859_1)
        : new String(head, bom).replace("\uFEFF", "");
    String t = s.stripLeading();
    if (t.startsWith("WARC/")) {
      return InputFormat.WARC;
    }
    if (t.startsWith("{")) {
      return InputFormat.JSONL;
    }
    if (t.startsWith("<")) {
      String lower = t.toLowerCase(Locale.ROOT);
      boolean html = lower.contains("<html") || lower.contains("<!doctype html");
      if (!html && (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf"))) {
        return InputFormat.FEED;
      }
      if (!html && lower.startsWith("<?xml")) {
        return InputFormat.FEED;
      }
      return InputFormat.HTML;
    }
    return InputFormat.TEXT;
  }

  /** An I/O failure of the destination, told apart from the input's own failures. */
  private static final class DestinationFailure extends IOException {
    DestinationFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Counts outcomes per file and passes articles on. */
  private final class Counting implements ArticleSink {
    private static final int REPORT_EVERY = 1000;
    /** Articles analysed together: large enough to batch embeddings, small enough to keep memory flat. */
    private static final int BATCH = 128;
    private final List<Article> pending = new ArrayList<>();
    final String path;
    final Listener listener;
    int added;
    int copies;
    int duplicates;
    final List<BadInputException> skipped = new ArrayList<>();
    final java.util.Set<String> stories = new java.util.LinkedHashSet<>();

    Counting(String path, Listener listener) {
      this.path = path;
      this.listener = listener;
    }

    @Override
    public void accept(Article article) throws IOException {
      BadInputException invalid = ArticleLimits.check(article);
      if (invalid != null) {
        skipped(invalid);
        return;
      }
      pending.add(article);
      if (pending.size() >= BATCH) {
        flush();
      }
    }

    /** Hands the articles read so far to the destination, which analyses them together. */
    void flush() throws DestinationFailure {
      if (pending.isEmpty()) {
        return;
      }
      List<Destination.Placement> placements;
      try {
        placements = destination.addAll(pending);
      } catch (IOException e) {
        throw new DestinationFailure(e);
      } finally {
        pending.clear();
      }
      int before = added + copies + duplicates;
      for (Destination.Placement placement : placements) {
        if (placement.story() != null) {
          stories.add(placement.story());
        }
        switch (placement.outcome()) {
          case ADDED -> added++;
          case COPY -> copies++;
          case DUPLICATE -> duplicates++;
        }
      }
      int records = added + copies + duplicates;
      if (records / REPORT_EVERY != before / REPORT_EVERY) {
        listener.reading(path, records);
      }
    }

    @Override
    public void skipped(BadInputException problem) {
      skipped.add(problem);
    }
  }
}
