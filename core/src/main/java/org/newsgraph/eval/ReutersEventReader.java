package org.newsgraph.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.newsgraph.bench.ReutersSgml;
import org.newsgraph.eval.EventGoldReader.Malformed;

/**
 * Reads the Reuters-21578 event set, whose sentences are references into the corpus, and rebuilds
 * each sentence's text from a local copy of the corpus.
 *
 * <p>Reuters-21578 may be distributed for research only, so the bundled file ({@code
 * eval-data/events/reuters-events.jsonl}) holds no text. Each line is one labelled sentence:
 *
 * <pre>{@code
 * {"id": "reuters-17088#1", "file": "reut2-017.sgm.gz", "newid": 17088, "start": 0, "end": 155,
 *  "sha256": "9f2c...", "published": "1987-04-23",
 *  "events": [{"source": "CHE", "target": "DEU", "root": "06", "note": "..."}]}
 * }</pre>
 *
 * <p>The text is the story's body as {@link ReutersSgml#bodies} decodes it, cut at {@code [start,
 * end)}, with every run of white space made one space; {@code sha256} is the SHA-256 of that text
 * in UTF-8, in lower-case hex, and must match, so that a different or altered copy of the corpus is
 * caught instead of scored. {@code file} names the corpus file in the corpus folder (the bundled
 * set names three, {@code reut2-017.sgm.gz}, {@code reut2-013.sgm.gz} and {@code
 * reut2-010.sgm.gz}); the reader takes {@code reut2-NNN.sgm.gz} or, uncompressed, {@code
 * reut2-NNN.sgm}. The id must be {@code reuters-<newid>#<n>}: {@link EventSplit#DEV2} and {@link
 * EventSplit#TEST2} split by its NEWID, whichever file the story is in.
 *
 * <p>Lenient about content: a line that cannot be rebuilt (bad JSON, a missing or mistyped field, a
 * corpus file or story that is not there, a span outside the body, a text whose hash differs) is
 * left out and recorded as a problem naming its line and id; the caller decides whether a partial
 * set may be scored. Strict about arguments. Each corpus file named is read once.
 *
 * <p>Thread-safe: holds no state besides an immutable JSON mapper.
 */
public final class ReutersEventReader {
  /** The bundled set, relative to a checkout's root. */
  public static final String BUNDLED = "eval-data/events/reuters-events.jsonl";

  private static final Pattern ID = Pattern.compile("reuters-(\\d{1,9})#\\d{1,6}");
  private static final Pattern FILE = Pattern.compile("reut2-\\d{3}\\.sgm(\\.gz)?");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  // Python's str.split() white space within Latin-1, as the selection script normalises text.
  private static final Pattern SPACE =
      Pattern.compile("[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0]+");

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * Reads the references in {@code refs} and rebuilds their sentences from the corpus in {@code
   * corpusDir}.
   *
   * @throws IllegalArgumentException if {@code refs} is not a regular file or {@code corpusDir} is
   *     not a folder
   * @throws IOException if the references cannot be read
   */
  public EventGold read(Path refs, Path corpusDir) throws IOException {
    if (refs == null || !Files.isRegularFile(refs)) {
      throw new IllegalArgumentException(
          "not a JSONL file of Reuters sentence references: " + refs);
    }
    if (corpusDir == null || !Files.isDirectory(corpusDir)) {
      throw new IllegalArgumentException(
          "not a folder holding Reuters-21578 (reut2-NNN.sgm.gz): " + corpusDir);
    }
    Corpus corpus = new Corpus(corpusDir);
    try (BufferedReader in = Files.newBufferedReader(refs, StandardCharsets.UTF_8)) {
      return EventGoldReader.readLines(in, line -> parse(line, corpus), "sentence");
    }
  }

  /** The NEWID in a Reuters sentence id ({@code reuters-17088#1} → 17088), or -1 if not one. */
  static int newId(String id) {
    Matcher m = ID.matcher(id);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  private EventSentence parse(String line, Corpus corpus) throws Malformed {
    JsonNode node = EventGoldReader.object(mapper, line);
    String id = EventGoldReader.string(node, "id", true);
    int newId = newId(id);
    if (newId < 0) {
      throw new Malformed("id must be reuters-<NEWID>#<n>: " + id);
    }
    String file = EventGoldReader.string(node, "file", true);
    if (!FILE.matcher(file).matches()) {
      throw new Malformed(id + ": file must name a corpus file, reut2-NNN.sgm.gz: " + file);
    }
    int start = integer(node, "start", id);
    int end = integer(node, "end", id);
    if (integer(node, "newid", id) != newId) {
      throw new Malformed(id + ": newid differs from the id's");
    }
    String hash = EventGoldReader.string(node, "sha256", true);
    if (!HASH.matcher(hash).matches()) {
      throw new Malformed(id + ": sha256 must be 64 lower-case hex digits");
    }
    LocalDate published = null;
    String date = EventGoldReader.string(node, "published", false);
    if (date != null) {
      try {
        published = LocalDate.parse(date);
      } catch (DateTimeException e) {
        throw new Malformed(id + ": published is not an ISO date (YYYY-MM-DD)");
      }
    }
    List<CountryTriple> events = EventGoldReader.events(node);
    String body = corpus.body(file, newId, id);
    if (start < 0 || end <= start || end > body.length()) {
      throw new Malformed(
          id
              + ": span "
              + start
              + "-"
              + end
              + " is outside story "
              + newId
              + "'s body ("
              + body.length()
              + " characters) in "
              + file
              + ": not the corpus the set was built from");
    }
    String text = SPACE.matcher(body.substring(start, end)).replaceAll(" ").strip();
    if (!sha256(text).equals(hash)) {
      throw new Malformed(
          id
              + ": the text at "
              + start
              + "-"
              + end
              + " of story "
              + newId
              + " in "
              + file
              + " is not the labelled sentence (hash differs): the corpus copy differs from"
              + " Reuters-21578 Distribution 1.0");
    }
    try {
      return new EventSentence(id, published, text, events);
    } catch (IllegalArgumentException e) {
      throw new Malformed(e.getMessage());
    }
  }

  private static int integer(JsonNode node, String field, String id) throws Malformed {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new Malformed(id + ": " + field + " must be an integer");
    }
    return value.intValue();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The corpus files named so far, each read once; a file that failed is remembered as such. */
  private static final class Corpus {
    private final Path dir;
    private final Map<String, Map<Integer, String>> files = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();

    Corpus(Path dir) {
      this.dir = dir;
    }

    String body(String file, int newId, String id) throws Malformed {
      String stem = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
      if (!files.containsKey(stem) && !failures.containsKey(stem)) {
        load(stem);
      }
      if (failures.containsKey(stem)) {
        throw new Malformed(id + ": " + failures.get(stem));
      }
      String body = files.get(stem).get(newId);
      if (body == null) {
        throw new Malformed(
            id
                + ": "
                + dir.resolve(stem)
                + "[.gz] has no story "
                + newId
                + " with a body: not the corpus the set was built from");
      }
      return body;
    }

    private void load(String stem) {
      Path path = dir.resolve(stem + ".gz");
      if (!Files.isRegularFile(path)) {
        path = dir.resolve(stem);
      }
      if (!Files.isRegularFile(path)) {
        failures.put(stem, "corpus file " + stem + ".gz (or " + stem + ") not found in " + dir);
        return;
      }
      try {
        files.put(stem, ReutersSgml.bodies(path));
      } catch (ZipException e) {
        failures.put(stem, "corpus file " + path + " is not gzip: " + e.getMessage());
      } catch (IOException e) {
        failures.put(stem, "cannot read corpus file " + path + ": " + e.getMessage());
      }
    }
  }
}
