package org.parallax.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file (word, POS, chunk, IOB1 NER tag per line; blank lines between sentences;
 * {@code -DOCSTART-} lines between documents) into documents of sentences.
 */
public final class ConllCorpus {

  /** One sentence: its tokens and their gold IOB1 tags, of equal length. */
  public record Sentence(String[] tokens, String[] tags) {
    public Sentence {
      if (tokens.length != tags.length) {
        throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.length + " vs " + tags.length);
      }
    }
  }

  /** One document: its sentences in order. */
  public record Document(List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }
  }

  private ConllCorpus() {}

  /** The non-empty documents of {@code file}, read as UTF-8. */
  public static List<Document> read(Path file) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
          flushSentence(tokens, tags, sentences);
          if (!trimmed.isEmpty()) {
            flushDocument(sentences, documents);
          }
          continue;
        }
        String[] columns = trimmed.split("\\s+");
        if (columns.length < 2) {
          throw new IOException(file + ":" + lineNumber + ": expected a word and a NER tag, got '" + line + "'");
        }
        tokens.add(columns[0]);
        tags.add(columns[columns.length - 1]);
      }
    }
    flushSentence(tokens, tags, sentences);
    flushDocument(sentences, documents);
    return documents;
  }

  private static void flushSentence(List<String> tokens, List<String> tags, List<Sentence> sentences) {
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(tokens.toArray(String[]::new), tags.toArray(String[]::new)));
      tokens.clear();
      tags.clear();
    }
  }

  private static void flushDocument(List<Sentence> sentences, List<Document> documents) {
    if (!sentences.isEmpty()) {
      documents.add(new Document(sentences));
      sentences.clear();
    }
  }
}
