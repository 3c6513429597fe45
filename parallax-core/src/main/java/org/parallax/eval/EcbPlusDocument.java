package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One ECB+ document (Cybulska and Vossen, 2014): its tokens, their sentence numbers, and the gold entity mentions
 * with the cross-document entity each belongs to.
 *
 * <p>Entity mentions are the markables tagged {@code HUMAN_PART*} or {@code NON_HUMAN_PART*} (human and non-human
 * participants). A mention's entity is the instance id of its {@code CROSS_DOC_COREF} relation; a mention in an
 * {@code INTRA_DOC_COREF} chain only gets an entity of its own document; any other mention is a singleton entity.
 * Entities of different topics never meet: instance ids are per topic.
 *
 * @param topic the topic number, as the file name starts ("1" for {@code 1_10ecbplus.xml})
 * @param name the file name without {@code .xml}
 * @param tokens the token texts in document order
 * @param sentences the sentence number of each token, as the file gives it
 * @param mentions the gold entity mentions, ordered by start token
 * @param scored the sentence numbers whose mentions count: the validated ones, or all of the document's
 */
public record EcbPlusDocument(String topic, String name, List<String> tokens, List<Integer> sentences,
    List<Mention> mentions, Set<Integer> scored) {

  /** One gold mention: tokens {@code [start, end)} of its document and its entity. */
  public record Mention(int start, int end, String tag, String entity) {
    public Mention {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("A mention needs 0 <= start < end, got [" + start + ", " + end + ")");
      }
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(entity, "entity");
    }
  }

  public EcbPlusDocument {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(name, "name");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    scored = Set.copyOf(scored);
    if (tokens.size() != sentences.size()) {
      throw new IllegalArgumentException("tokens and sentences differ in size: " + tokens.size() + " and "
          + sentences.size());
    }
  }

  /** The name of the file listing the validated sentences, at the top of the ECB+ release. */
  public static final String SENTENCE_INDEX = "ECBplus_coreference_sentences.csv";

  /** Whether a markable tag marks an entity (a human or non-human participant). */
  public static boolean isEntityTag(String tag) {
    return tag.startsWith("HUMAN_PART") || tag.startsWith("NON_HUMAN_PART");
  }

  /** This document keeping only the mentions that start in the sentences numbered {@code keep}. */
  public EcbPlusDocument restrictedTo(Set<Integer> keep) {
    List<Mention> kept = mentions.stream().filter(m -> keep.contains(sentences.get(m.start()))).toList();
    return new EcbPlusDocument(topic, name, tokens, sentences, kept, keep);
  }

  /** Whether the token at {@code index} lies in a scored sentence. */
  public boolean isScored(int index) {
    return scored.contains(sentences.get(index));
  }

  /**
   * Reads every {@code TOPIC/*.xml} file under the ECB+ directory {@code dir}, topics and files in natural order.
   * When {@code validatedOnly}, only mentions in the sentences listed in {@link #SENTENCE_INDEX} count (the
   * standard setup), and a document without listed sentences is left out.
   *
   * @throws IOException when {@code dir} holds no topic directories, the index is missing when needed, or a file
   *     cannot be read or parsed (the message names the file)
   */
  public static List<EcbPlusDocument> readCorpus(Path dir, boolean validatedOnly) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory");
    }
    Path indexFile = dir.resolve(SENTENCE_INDEX);
    if (validatedOnly && !Files.isRegularFile(indexFile)) {
      throw new IOException(dir + ": no " + SENTENCE_INDEX + ", the index of the validated sentences");
    }
    Map<String, Set<Integer>> index = validatedOnly ? readSentenceIndex(indexFile) : Map.of();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> topics = Files.list(dir)) {
      for (Path topic : topics.filter(Files::isDirectory).toList()) {
        try (Stream<Path> xml = Files.list(topic)) {
          xml.filter(p -> p.getFileName().toString().endsWith(".xml")).forEach(files::add);
        }
      }
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no ECB+ topic directories with .xml files");
    }
    files.sort(Comparator.comparing((Path p) -> naturalKey(p.getFileName().toString())));
    List<EcbPlusDocument> out = new ArrayList<>();
    for (Path file : files) {
      EcbPlusDocument doc = read(file);
      if (validatedOnly) {
        Set<Integer> keep = index.get(doc.name());
        if (keep == null) {
          continue;
        }
        doc = doc.restrictedTo(keep);
      }
      out.add(doc);
    }
    return out;
  }

  /** The validated sentence numbers per document name ({@code 1_10ecbplus}) from the release's CSV index. */
  public static Map<String, Set<Integer>> readSentenceIndex(Path csv) throws IOException {
    Map<String, Set<Integer>> index = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String[] cells = line.strip().split(",");
        if (line.isBlank() || lineNumber == 1 && cells[0].equals("Topic")) {
          continue;
        }
        try {
          if (cells.length != 3) {
            throw new NumberFormatException("expected 3 cells, got " + cells.length);
          }
          index.computeIfAbsent(cells[0] + "_" + cells[1], k -> new TreeSet<>()).add(Integer.parseInt(cells[2]));
        } catch (NumberFormatException e) {
          throw new IOException(csv + ":" + lineNumber + ": not 'topic,file,sentence': " + e.getMessage(), e);
        }
      }
    }
    return index;
  }

  /**
   * Reads one ECB+ XML file.
   *
   * @throws IOException when the file cannot be read or is not well-formed ECB+ XML (the message names the file
   *     and, for XML errors, the line and column)
   */
  public static EcbPlusDocument read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String name = fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    int underscore = name.indexOf('_');
    if (underscore <= 0) {
      throw new IOException(file + ": the file name does not start with a topic number and '_'");
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return parse(xml, name.substring(0, underscore), name);
      } catch (XMLStreamException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      } catch (IllegalStateException e) {
        throw new IOException(file + ":" + xml.getLocation().getLineNumber() + ": " + e.getMessage(), e);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static EcbPlusDocument parse(XMLStreamReader xml, String topic, String name) throws XMLStreamException {
    List<String> tokens = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    Map<String, Integer> tokenIndex = new HashMap<>();
    Map<String, String> tags = new LinkedHashMap<>();
    Map<String, TreeSet<Integer>> anchors = new LinkedHashMap<>();
    Map<String, String> entityOf = new HashMap<>();
    String markable = null;
    String relation = null;
    String relationNote = null;
    List<String> relationSources = new ArrayList<>();
    boolean inMarkables = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("token")) {
          String id = require(xml, "t_id");
          tokenIndex.put(id, tokens.size());
          sentences.add(Integer.parseInt(require(xml, "sentence")));
          tokens.add(xml.getElementText().strip());
        } else if (element.equals("Markables")) {
          inMarkables = true;
        } else if (inMarkables && element.equals("token_anchor") && markable != null) {
          Integer at = tokenIndex.get(require(xml, "t_id"));
          if (at == null) {
            throw new IllegalStateException("markable " + markable + " anchors an unknown token");
          }
          anchors.get(markable).add(at);
        } else if (inMarkables) {
          markable = require(xml, "m_id");
          tags.put(markable, element);
          anchors.put(markable, new TreeSet<>());
        } else if (element.equals("CROSS_DOC_COREF") || element.equals("INTRA_DOC_COREF")) {
          relation = element;
          relationNote = element.equals("CROSS_DOC_COREF") ? require(xml, "note")
              : name + "/intra" + require(xml, "r_id");
          relationSources.clear();
        } else if (relation != null && element.equals("source")) {
          relationSources.add(require(xml, "m_id"));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("Markables")) {
          inMarkables = false;
        } else if (element.equals(relation)) {
          for (String source : relationSources) {
            // A cross-document instance outranks an intra-document chain for the same mention.
            if (relation.equals("CROSS_DOC_COREF") || !entityOf.containsKey(source)) {
              entityOf.put(source, relationNote);
            }
          }
          relation = null;
        } else if (inMarkables && !element.equals("token_anchor")) {
          markable = null;
        }
      }
    }
    List<Mention> mentions = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (Map.Entry<String, String> e : tags.entrySet()) {
      TreeSet<Integer> at = anchors.get(e.getKey());
      if (at.isEmpty() || !isEntityTag(e.getValue())) {
        continue;
      }
      // A span annotated twice counts once, as the scorers need a set of mentions.
      if (seen.add(((long) at.first() << 32) | at.last())) {
        mentions.add(new Mention(at.first(), at.last() + 1, e.getValue(),
            entityOf.getOrDefault(e.getKey(), name + "/" + e.getKey())));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return new EcbPlusDocument(topic, name, tokens, sentences, mentions, new HashSet<>(sentences));
  }

  private static String require(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(null, attribute);
    if (value == null) {
      throw new IllegalStateException("<" + xml.getLocalName() + "> has no " + attribute + " attribute");
    }
    return value;
  }

  /** Sorts "2_1ecb" before "10_1ecb": numbers compare as numbers. */
  private static String naturalKey(String s) {
    StringBuilder key = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(s);
    while (m.find()) {
      String part = m.group();
      key.append(Character.isDigit(part.charAt(0)) ? String.format("%010d", Long.parseLong(part)) : part);
    }
    return key.toString();
  }
}
