package org.parallax.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parallax.extract.time.TimeExpression;
import org.parallax.model.Span;

/**
 * One TimeML document: the text of its {@code TEXT} element with the tags removed, its creation time (the DCT),
 * and the gold TIMEX3 expressions inside {@code TEXT}, with spans in code points of that text.
 *
 * <p>The DCT itself (the TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}) anchors the document and
 * is not among the gold expressions.
 */
public record TimeMlDocument(String id, String text, LocalDate created, List<TimeExpression> gold) {

  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(created, "created");
    gold = List.copyOf(gold);
  }

  /**
   * Reads a TimeML file.
   *
   * @throws IOException when the file cannot be read, is not well-formed XML (the message names the file, line and
   *     column), or has no creation time or no TEXT element
   */
  public static TimeMlDocument read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
      try {
        return parse(file, xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber() + ":"
          + e.getLocation().getColumnNumber();
      throw new IOException(file + where + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  private static TimeMlDocument parse(Path file, XMLStreamReader xml) throws XMLStreamException, IOException {
    StringBuilder text = new StringBuilder();
    boolean inText = false;
    boolean sawText = false;
    LocalDate created = null;
    List<int[]> spans = new ArrayList<>();
    List<String[]> attributes = new ArrayList<>();
    int timexStart = -1;
    String[] open = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("TEXT")) {
          inText = true;
          sawText = true;
        } else if (name.equals("TIMEX3")) {
          String value = xml.getAttributeValue(null, "value");
          if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument"))) {
            created = creationDate(file, value);
          } else if (inText) {
            timexStart = text.length();
            open = new String[] {xml.getAttributeValue(null, "type"), value == null ? "" : value,
                xml.getAttributeValue(null, "mod")};
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("TEXT")) {
          inText = false;
        } else if (name.equals("TIMEX3") && open != null) {
          spans.add(new int[] {timexStart, text.length()});
          attributes.add(open);
          open = null;
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    if (created == null || !sawText) {
      throw new IOException(file + ": a TimeML document needs a CREATION_TIME TIMEX3 and a TEXT element");
    }
    String body = text.toString();
    List<TimeExpression> gold = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = new Span(spans.get(i)[0], spans.get(i)[1]);
      String type = attributes.get(i)[0];
      if (!TimeExpression.TYPES.contains(type)) {
        throw new IOException(file + ": TIMEX3 '" + span.of(body) + "' has an unknown type: " + type);
      }
      String mod = attributes.get(i)[2];
      if (mod != null && !TimeExpression.MODS.contains(mod)) {
        throw new IOException(file + ": TIMEX3 '" + span.of(body) + "' has an unknown mod: " + mod);
      }
      gold.add(new TimeExpression(span.toCodePoints(body), span.of(body), type, attributes.get(i)[1], mod));
    }
    String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return new TimeMlDocument(id, body, created, gold);
  }

  private static LocalDate creationDate(Path file, String value) throws IOException {
    if (value == null || value.length() < 10) {
      throw new IOException(file + ": the creation time has no calendar day: " + value);
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IOException(file + ": the creation time is not a date: " + value, e);
    }
  }
}
