package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Converts the Reuters-21578 SGML files ({@code reut2-NNN.sgm[.gz]}) into newsgraph's JSONL input,
 * for benchmarks. The files are SGML, not XML (control-character entities such as {@code &#3;}), so
 * each story is cut out with patterns rather than parsed.
 */
public final class ReutersSgml {
  private static final Pattern STORY = Pattern.compile("(?s)<REUTERS[^>]*>(.*?)</REUTERS>");
  private static final Pattern STORY_WITH_ID =
      Pattern.compile("(?s)<REUTERS[^>]*\\bNEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>");
  private static final Pattern DATE = Pattern.compile("(?s)<DATE>\\s*(.*?)\\s*</DATE>");
  private static final Pattern TITLE = Pattern.compile("(?s)<TITLE>(.*?)</TITLE>");
  private static final Pattern BODY = Pattern.compile("(?s)<BODY>(.*?)</BODY>");
  private static final Pattern UNPROCESSED =
      Pattern.compile("(?s)<TEXT TYPE=\"UNPROC\">(.*?)</TEXT>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot);");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-yyyy")
          .toFormatter(Locale.ROOT);

  private ReutersSgml() {}

  /** The Reuters files in a folder, in name order; empty if there are none. */
  public static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm(\\.gz)?"))
          .sorted()
          .toList();
    }
  }

  /**
   * Writes every story that has a body as one JSONL line (id, title, published, text).
   *
   * @return the number of stories written
   */
  public static int convert(List<Path> files, OutputStream out) throws IOException {
    return convert(files, out, false);
  }

  /**
   * Writes the stories as JSONL lines (id, title, published, text): those with a body, and with
   * {@code briefs} also the others, whose text is their unprocessed text or else their headline
   * (all 21,578 items of the collection, for a store of realistic size).
   *
   * @return the number of stories written
   */
  public static int convert(List<Path> files, OutputStream out, boolean briefs) throws IOException {
    int count = 0;
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setRootValueSeparator(null);
      for (Path file : files) {
        for (String story : stories(file)) {
          Matcher body = BODY.matcher(story);
          String text = body.find() ? body.group(1) : null;
          if (text == null && briefs) {
            String unprocessed = first(UNPROCESSED, story);
            text = unprocessed != null ? unprocessed : first(TITLE, story);
          }
          if (text == null) {
            continue;
          }
          json.writeStartObject();
          json.writeStringField("id", "reuters-" + file.getFileName() + "-" + count);
          json.writeStringField("title", unescape(first(TITLE, story)));
          json.writeStringField("published", date(first(DATE, story)));
          json.writeStringField("text", unescape(text));
          json.writeEndObject();
          json.writeRaw('\n');
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The bodies of a file's stories by their {@code NEWID}, in file order: the text between {@code
   * <BODY>} and {@code </BODY>} with the SGML entities decoded ({@code &lt; &gt; &amp; &quot;} and
   * {@code &#N;}, control characters other than line feed and tab dropped), line breaks kept.
   * Stories without a body are left out. {@code tools/eventgold/reuters_events.py} cuts the Reuters
   * event set's sentences from exactly this text.
   *
   * @throws IOException if the file cannot be read or is not gzip where its name says so
   */
  public static Map<Integer, String> bodies(Path file) throws IOException {
    Map<Integer, String> bodies = new LinkedHashMap<>();
    Matcher m = STORY_WITH_ID.matcher(read(file));
    while (m.find()) {
      Matcher body = BODY.matcher(m.group(2));
      if (body.find() && m.group(1).length() <= 9) {
        bodies.putIfAbsent(Integer.parseInt(m.group(1)), unescape(body.group(1)));
      }
    }
    return bodies;
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        InputStream raw = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
      // The collection is Latin-1 plain text; this decoding never fails.
      return new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static List<String> stories(Path file) throws IOException {
    String sgml = read(file);
    List<String> stories = new ArrayList<>();
    Matcher m = STORY.matcher(sgml);
    while (m.find()) {
      stories.add(m.group(1));
    }
    return stories;
  }

  private static String first(Pattern pattern, String story) {
    Matcher m = pattern.matcher(story);
    return m.find() ? m.group(1) : null;
  }

  /** "26-FEB-1987 15:01:01.79" as an ISO date, or null. */
  private static String date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.split(" ")[0], DAY_MONTH_YEAR).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String unescape(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String entity = m.group(1);
      String replacement =
          switch (entity) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> {
              int code = Integer.parseInt(entity.substring(1));
              // Control characters (&#3; ends every body) are markup, not text.
              yield code < 32 && code != '\n' && code != '\t' ? "" : String.valueOf((char) code);
            }
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
