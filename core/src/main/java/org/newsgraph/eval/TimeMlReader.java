package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML files as TempEval-3 distributes them: {@code .tml} files, each a {@code <TimeML>}
 * element with a {@code <DCT>} holding the document creation time as a TIMEX3 with {@code
 * functionInDocument="CREATION_TIME"}, and a {@code <TEXT>} element with inline {@code <TIMEX3 tid
 * type value>} tags (and perhaps {@code EVENT} and {@code SIGNAL} tags, whose text is kept and
 * whose tags are ignored). Offsets count the characters of {@code <TEXT>}'s content with all tags
 * removed and entities decoded.
 *
 * <p>Lenient about content: a file that cannot be read is a problem in the corpus, not an
 * exception; a TIMEX3 nested inside another (not TimeML) is ignored. DTDs and external entities are
 * not read. Thread-safe: no state.
 */
public final class TimeMlReader {

  /**
   * Reads every {@code .tml} file of a folder and its sub-folders, in path order.
   *
   * @throws IllegalArgumentException if {@code dir} is not a folder
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public TimeMlCorpus read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + dir);
    }
    List<Path> files;
    try (Stream<Path> list = Files.walk(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<TimeMlDocument> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        TimeMlDocument doc = read(dir.relativize(file).toString(), in);
        if (doc.creationTime() == null) {
          problems.add(file + ": no document creation time; relative values cannot be scored");
        }
        documents.add(doc);
      } catch (IOException | XMLStreamException | RuntimeException e) {
        problems.add(file + ": not readable as TimeML: " + e.getMessage());
      }
    }
    return new TimeMlCorpus(documents, problems);
  }

  /**
   * Reads one TimeML document.
   *
   * @param name the name to give it
   * @param in the XML
   * @throws XMLStreamException if the XML is not well-formed
   */
  public TimeMlDocument read(String name, InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    StringBuilder text = new StringBuilder();
    List<TimexLabel> timexes = new ArrayList<>();
    LocalDate dct = null;
    boolean inText = false;
    boolean inDct = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String tag = xml.getLocalName();
          if (tag.equals("TEXT")) {
            inText = true;
          } else if (tag.equals("DCT")) {
            inDct = true;
          } else if (tag.equals("TIMEX3")) {
            String function = xml.getAttributeValue(null, "functionInDocument");
            String v = xml.getAttributeValue(null, "value");
            if ((inDct || "CREATION_TIME".equals(function)) && dct == null) {
              dct = date(v);
            }
            if (inText && timexStart < 0) {
              timexStart = text.length();
              type = xml.getAttributeValue(null, "type");
              value = v;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String tag = xml.getLocalName();
          if (tag.equals("TEXT")) {
            inText = false;
          } else if (tag.equals("DCT")) {
            inDct = false;
          } else if (tag.equals("TIMEX3") && inText && timexStart >= 0) {
            if (text.length() > timexStart) {
              timexes.add(
                  new TimexLabel(
                      timexStart,
                      text.length(),
                      text.substring(timexStart),
                      type == null ? "DATE" : type,
                      value));
            }
            timexStart = -1;
          }
        } else if (inText
            && (event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE)) {
          text.append(xml.getText());
        }
      }
    } finally {
      xml.close();
    }
    return new TimeMlDocument(name, dct, text.toString(), timexes);
  }

  /** The day of a TIMEX3 value ("2013-01-14", "1998-02-06T22:19:00"), or null. */
  static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
