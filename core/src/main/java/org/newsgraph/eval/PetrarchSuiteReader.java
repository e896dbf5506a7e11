package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the PETRARCH event coder's XML record files: the validation suite {@code
 * PETR.UnitTest.records.xml} (root {@code <Validation>}: an {@code <Environment>}, then {@code
 * <Sentences>}) and the sample {@code GigaWord.sample.PETR.xml} (root {@code <Sentences>}, no
 * environment, no expected events).
 *
 * <p>The shape read, as the PETRARCH2 files write it:
 *
 * <pre>{@code
 * <Sentence date="19950103" id="DEMO-02" category="DEMO" sentence="true">
 *   <EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
 *   <EventCoding sourcecode="GON" targetcode="DAGGOV" eventcode="033"></EventCoding>
 *   <Text>Dagolath's first Deputy Prime Minister ...</Text>
 *   <Parse>(ROOT (S ...))</Parse>
 * </Sentence>
 * }</pre>
 *
 * One {@code <EventCoding>} per expected event; {@code <EventCoding noevents="True">} for a record
 * that must code nothing; {@code <EventCoding error="dateline">} for one that must be refused; no
 * {@code <EventCoding>} at all is {@link PetrarchRecord.Expected#UNSTATED}. {@code <Config
 * option="require_dyad" value="false">} elements between records change an option for the records
 * after them (each record carries the options in force). A {@code <Stop>} element between records
 * ends the file for PETRARCH, and here. Comments are skipped, attribute layout ({@code date =
 * "..."}, single or double quotes) is XML's business.
 *
 * <p>A record with an empty {@code <Text>} but a parse (the GigaWord sample's {@code TEST_}
 * records) gets the tree's words, joined by spaces, as its text.
 *
 * <p>Lenient about content: a record without an id, a readable {@code yyyyMMdd} date, or a text or
 * parse, or with an {@code <EventCoding>} that lacks a code or mixes events with {@code noevents}
 * or {@code error}, is left out with a problem naming it; a file that is not well-formed XML gives
 * no records and one problem. The JDK's parser reads the file, with DOCTYPEs refused and no
 * external entities.
 *
 * <p>Thread-safe: holds no state.
 */
public final class PetrarchSuiteReader {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A preterminal and its word: {@code (NNP Gondor)}. */
  private static final Pattern LEAF = Pattern.compile("\\(\\s*[^()\\s]+\\s+([^()\\s]+)\\s*\\)");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /**
   * Reads a file.
   *
   * @throws IOException if it cannot be read
   */
  public PetrarchSuite read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads from a stream (not closed).
   *
   * @param name the file's name, for problems
   * @throws IOException if reading fails
   */
  public PetrarchSuite read(InputStream in, String name) throws IOException {
    Document document;
    try {
      DocumentBuilder builder = builder();
      document = builder.parse(in, name);
    } catch (SAXParseException e) {
      return failed(
          name + ": not well-formed XML at line " + e.getLineNumber() + ": " + e.getMessage());
    } catch (SAXException e) {
      return failed(name + ": not well-formed XML: " + e.getMessage());
    }
    Element root = document.getDocumentElement();
    List<String> problems = new ArrayList<>();
    PetrarchEnvironment environment = PetrarchEnvironment.NONE;
    Map<String, String> config = new LinkedHashMap<>();
    List<PetrarchRecord> records = new ArrayList<>();
    Element sentences = null;
    if (root.getTagName().equals("Sentences")) {
      sentences = root;
    } else if (root.getTagName().equals("Validation")) {
      for (Element child : children(root)) {
        switch (child.getTagName()) {
          case "Environment" -> {
            environment = environment(child);
            config.putAll(environment.config());
          }
          case "Config" -> config(child, config, problems);
          case "Sentences" -> sentences = sentences == null ? child : sentences;
          default -> {}
        }
      }
    } else {
      return failed(
          name
              + ": the root element is <Validation> or <Sentences>, not <"
              + root.getTagName()
              + ">");
    }
    if (sentences == null) {
      problems.add(name + ": no <Sentences> element");
      return new PetrarchSuite(environment, records, problems);
    }
    int position = 0;
    for (Element child : children(sentences)) {
      switch (child.getTagName()) {
        case "Config" -> config(child, config, problems);
        case "Stop" -> {
          return new PetrarchSuite(environment, records, problems);
        }
        case "Sentence" -> {
          position++;
          PetrarchRecord record = record(child, position, config, problems);
          if (record != null) {
            records.add(record);
          }
        }
        default -> {}
      }
    }
    return new PetrarchSuite(environment, records, problems);
  }

  /** A tree's words joined by spaces, Penn's round-bracket escapes undone. */
  private static String leaves(String tree) {
    StringBuilder out = new StringBuilder();
    Matcher m = LEAF.matcher(tree);
    while (m.find()) {
      String word =
          switch (m.group(1)) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            default -> m.group(1);
          };
      out.append(out.isEmpty() ? "" : " ").append(word);
    }
    return out.toString();
  }

  private static PetrarchSuite failed(String problem) {
    return new PetrarchSuite(PetrarchEnvironment.NONE, List.of(), List.of(problem));
  }

  private static DocumentBuilder builder() throws IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setIgnoringComments(true);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The default handler prints to stderr; errors reach the caller as exceptions instead.
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IOException("the JDK's XML parser cannot be configured: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element child(Element parent, String tag) {
    for (Element e : children(parent)) {
      if (e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  /** The element's text, trimmed, or null if the element is absent. */
  private static String text(Element parent, String tag) {
    Element e = child(parent, tag);
    return e == null ? null : e.getTextContent().strip();
  }

  /** An attribute's value, trimmed, or null if absent. */
  private static String attribute(Element e, String name) {
    return e.hasAttribute(name) ? e.getAttribute(name).strip() : null;
  }

  private static PetrarchEnvironment environment(Element e) {
    Map<String, String> config = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (Element child : children(e)) {
      if (child.getTagName().equals("Config")) {
        config(child, config, ignored);
      }
    }
    String include = text(e, "Include");
    return new PetrarchEnvironment(
        text(e, "Verbfile"),
        text(e, "Actorfile"),
        text(e, "Agentfile"),
        text(e, "Discardfile"),
        text(e, "Errorfile"),
        include == null || include.isEmpty() ? List.of() : List.of(include.split("\\s+")),
        text(e, "Pause"),
        config);
  }

  private static void config(Element e, Map<String, String> config, List<String> problems) {
    String option = attribute(e, "option");
    String value = attribute(e, "value");
    if (option == null || option.isEmpty() || value == null) {
      problems.add(
          "a <Config> without option or value ignored: option=" + option + " value=" + value);
      return;
    }
    config.put(option, value);
  }

  private static PetrarchRecord record(
      Element e, int position, Map<String, String> config, List<String> problems) {
    String id = attribute(e, "id");
    if (id == null || id.isEmpty()) {
      problems.add("record " + position + ": no id; left out");
      return null;
    }
    String where = "record " + id + ": ";
    String rawDate = attribute(e, "date");
    LocalDate date;
    try {
      date = rawDate == null ? null : LocalDate.parse(rawDate, DATE);
    } catch (DateTimeParseException ex) {
      date = null;
    }
    if (date == null) {
      problems.add(where + "no yyyyMMdd date (" + rawDate + "); left out");
      return null;
    }
    String text = text(e, "Text");
    String parse = text(e, "Parse");
    if (parse != null && parse.isEmpty()) {
      parse = null;
    }
    if ((text == null || text.isEmpty()) && parse != null) {
      // The GigaWord sample's TEST_ records give only the tree.
      text = leaves(parse);
    }
    if (text == null || text.isEmpty()) {
      problems.add(where + "no <Text> and no <Parse>; left out");
      return null;
    }
    text = WHITESPACE.matcher(text).replaceAll(" ");
    String validAttribute = attribute(e, "sentence");
    boolean valid = validAttribute == null || !validAttribute.equalsIgnoreCase("false");

    List<PetrarchEvent> events = new ArrayList<>();
    boolean noEvents = false;
    String error = null;
    for (Element coding : children(e)) {
      if (!coding.getTagName().equals("EventCoding")) {
        continue;
      }
      if (coding.hasAttribute("noevents")) {
        noEvents = true;
      } else if (coding.hasAttribute("error")) {
        error = attribute(coding, "error");
      } else {
        String source = attribute(coding, "sourcecode");
        String target = attribute(coding, "targetcode");
        String code = attribute(coding, "eventcode");
        if (source == null || target == null || code == null || code.isEmpty()) {
          problems.add(
              where
                  + "an <EventCoding> lacks sourcecode, targetcode or eventcode ("
                  + source
                  + ", "
                  + target
                  + ", "
                  + code
                  + "); left out");
          return null;
        }
        events.add(new PetrarchEvent(source, target, code));
      }
    }
    int kinds = (events.isEmpty() ? 0 : 1) + (noEvents ? 1 : 0) + (error != null ? 1 : 0);
    if (kinds > 1) {
      problems.add(where + "mixes expected events, noevents and error; left out");
      return null;
    }
    PetrarchRecord.Expected expected =
        !events.isEmpty()
            ? PetrarchRecord.Expected.EVENTS
            : noEvents
                ? PetrarchRecord.Expected.NO_EVENTS
                : error != null ? PetrarchRecord.Expected.ERROR : PetrarchRecord.Expected.UNSTATED;
    return new PetrarchRecord(
        id,
        attribute(e, "category"),
        date,
        valid,
        attribute(e, "source"),
        text,
        parse,
        expected,
        events,
        error,
        config);
  }
}
