package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile corpus, generated in a temporary folder (the large cases are never committed), read by
 * {@code newsgraph extract --clean-only} in process: every hostile file becomes a clear one-line
 * problem on its own record or a failure line naming it, the good articles among them come out
 * whole, the exit code is 1, stderr holds no stack trace, and no document is read beyond the cap.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY =
      "Minister says talks will go on\n\n"
          + "The foreign minister said on Monday that the talks with the neighbouring country"
          + " would continue next week, despite the fighting near the border.\n";

  @TempDir Path dir;
  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @Test
  void everyHostileFileIsAProblemOfItsOwnAndTheRestIsRead() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // Files that yield no record sort first: their failures are among the 20 lines shown.
    // Good articles, under names with a space, non-ASCII letters and a newline.
    Files.writeString(corpus.resolve("good article.txt"), STORY);
    Files.writeString(corpus.resolve("ünïcödé 日本.txt"), story("Second"));
    Files.writeString(corpus.resolve("new\nline.txt"), story("Third"));

    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[10] = 0;
    Files.write(corpus.resolve("binary.txt"), noise);
    writeRepeated(corpus.resolve("huge-line.txt"), "word ", 100_000_000L, "");
    Files.writeString(
        corpus.resolve("deep.html"),
        "<html><body>"
            + "<div>".repeat(100_000)
            + "<p>A deeply nested page still says something.</p>"
            + "</div>".repeat(100_000)
            + "</body></html>");
    Files.writeString(
        corpus.resolve("scripts.html"),
        "<html><head><script>alert('head')</script></head><body><article>"
            + "<p>The army said the convoy reached the city on Monday.</p>"
            + "<script>document.write('<p>injected</p>')</script>"
            + "<iframe src=\"https://evil.example/\">framed text</iframe>"
            + "<img src=x onerror=\"alert(1)\">"
            + "<p>Officials said aid would follow within days.</p></article></body></html>");
    // Mostly UTF-8 with stray Latin-1 bytes; and UTF-16 that breaks off inside a surrogate pair.
    byte[] utf8 =
        "Le ministre a déclaré à Paris que les négociations continueront. "
            .repeat(20)
            .getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[utf8.length + 3];
    System.arraycopy(utf8, 0, mixed, 0, utf8.length);
    mixed[utf8.length] = (byte) 0xE9;
    mixed[utf8.length + 1] = ' ';
    mixed[utf8.length + 2] = (byte) 0xFF;
    Files.write(corpus.resolve("mixed-encoding.txt"), mixed);
    byte[] utf16 = "Talks in Geneva went on \uD83D\uDE00".getBytes(StandardCharsets.UTF_16LE);
    byte[] bom = new byte[utf16.length + 1];
    bom[0] = (byte) 0xFF;
    bom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bom, 2, utf16.length - 1);
    Files.write(corpus.resolve("broken-utf16.txt"), bom);
    Files.writeString(
        corpus.resolve("0-truncated.warc"), warc(page("kept"), 0) + warc(page(""), 9000));
    Files.writeString(corpus.resolve("0-lying.warc"), warc(page("lying"), -40));
    Files.writeString(
        corpus.resolve("broken.jsonl"),
        "{\"text\": "
            + JSON.writeValueAsString(story("Fourth"))
            + "}\n"
            + "{\"text\": \"unterminated\n"
            + "[1, 2, 3]\n"
            + "{\"title\": \"no text\"}\n"
            + "{\"text\": 42}\n"
            + "\u0000\u0001garbage\n"
            + "{\"text\": "
            + JSON.writeValueAsString(story("Fifth"))
            + "}\n");
    writeRepeated(corpus.resolve("huge-field.jsonl"), "x", 20_000_000L, "{\"text\": \"", "\"}\n");
    Files.writeString(
        corpus.resolve("bad-quoting.csv"),
        "title,text\n"
            + "Sixth,\""
            + story("Sixth").replace("\n", " ")
            + "\"\n"
            + "Bad,\"a \"quoted\" word, and one too many\",extra\n"
            + "Open,\"never closed\n");
    Path loop = Files.createDirectories(corpus.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("back"), corpus);
    Files.createSymbolicLink(corpus.resolve("0-self.txt"), corpus.resolve("0-self.txt"));
    Files.createSymbolicLink(corpus.resolve("0-dangling.txt"), corpus.resolve("0-nowhere.txt"));
    Path secret = corpus.resolve("0-unreadable.txt");
    Files.writeString(secret, story("Secret"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    boolean unreadable = !Files.isReadable(secret); // root reads it anyway

    Path output = dir.resolve("records.jsonl");
    int code =
        Main.run(
            "extract",
            "--clean-only",
            "--threads",
            "2",
            "-o",
            output.toString(),
            corpus.toString());

    String stderr = streams.err();
    assertThat(code).as(stderr).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(stderr)
        .doesNotContainPattern("\\n\\s+at [\\w.$]+\\(")
        .doesNotContain("Exception", "Error:", "StackOverflow");
    Map<String, JsonNode> records = records(output);

    // The good articles, whatever their names, and those inside damaged containers.
    assertThat(text(records, "good article.txt")).contains("neighbouring country");
    assertThat(text(records, "ünïcödé 日本.txt")).contains("Second");
    assertThat(text(records, "new\nline.txt")).contains("Third");
    assertThat(text(records, "broken.jsonl:1")).contains("Fourth");
    assertThat(text(records, "broken.jsonl:7")).contains("Fifth");
    assertThat(text(records, "bad-quoting.csv:1")).contains("Sixth");
    assertThat(text(records, "0-truncated.warc@0")).contains("kept");
    if (!unreadable) {
      assertThat(text(records, "0-unreadable.txt")).contains("Secret");
    }

    // Each hostile file: a problem on its record, or a failure naming it.
    assertThat(problems(records, "empty.txt")).contains("empty document");
    assertThat(problems(records, "binary.txt")).anyMatch(p -> p.startsWith("binary content"));
    assertThat(problems(records, "huge-line.txt"))
        .contains("document larger than 16 MiB: only the first 16 MiB was read");
    assertThat(text(records, "huge-line.txt").length()).isLessThanOrEqualTo(16 << 20);
    assertThat(text(records, "deep.html")).contains("A deeply nested page still says something.");
    String scripts = text(records, "scripts.html");
    assertThat(scripts).contains("convoy", "aid would follow");
    assertThat(scripts).doesNotContain("alert", "injected", "framed", "<");
    assertThat(problems(records, "mixed-encoding.txt"))
        .anyMatch(p -> p.matches("invalid UTF-8: \\d+ bytes replaced"));
    assertThat(records).containsKey(source(corpus, "broken-utf16.txt"));
    assertThat(problems(records, "0-truncated.warc@466"))
        .anyMatch(p -> p.startsWith("unreadable HTTP response body: expected"));
    assertThat(stderr).contains("0-lying.warc: truncated or corrupt WARC after 1 records");
    assertThat(problems(records, "broken.jsonl:2"))
        .anyMatch(p -> p.startsWith("line 2: invalid JSON"));
    assertThat(problems(records, "broken.jsonl:3")).contains("line 3: not a JSON object");
    assertThat(problems(records, "broken.jsonl:4")).contains("line 4: no text field");
    assertThat(problems(records, "broken.jsonl:5")).contains("line 5: text field is not a string");
    assertThat(problems(records, "huge-field.jsonl:1"))
        .contains("line 1: line longer than 16 MiB: not read");
    assertThat(problems(records, "bad-quoting.csv:2")).anyMatch(p -> p.startsWith("row 2: "));
    assertThat(problems(records, "bad-quoting.csv:3"))
        .anyMatch(p -> p.contains("unterminated quoted field"));
    assertThat(stderr).contains("0-self.txt: cannot read");
    assertThat(stderr).contains("0-dangling.txt: cannot read: broken symbolic link");
    if (unreadable) {
      assertThat(stderr).contains("0-unreadable.txt: cannot read: permission denied");
    }
    // The folder reached again through the link back up is read once.
    assertThat(records.keySet()).noneMatch(s -> s.contains("loop"));

    // Every message on stderr is one line (a newline in a file name is shown escaped).
    for (String line : stderr.split("\n")) {
      assertThat(line).startsWith("newsgraph");
    }
  }

  @Test
  void theCapIsConfigurableAndNamedInTheProblem() throws IOException {
    Path big = dir.resolve("big.txt");
    writeRepeated(big, "word ", 3_000_000L, "");
    Path output = dir.resolve("records.jsonl");
    int code =
        Main.run(
            "extract",
            "--clean-only",
            "--max-document-size",
            "1M",
            "-o",
            output.toString(),
            big.toString());
    assertThat(code).isEqualTo(Main.SOME_PROBLEMS);
    JsonNode record = records(output).get(big.toString());
    assertThat(record.get("problems").toString())
        .contains("document larger than 1 MiB: only the first 1 MiB was read");
    assertThat(record.get("text").asText().length()).isLessThanOrEqualTo(1 << 20);

    assertThat(Main.run("extract", "--max-document-size", "lots", big.toString()))
        .isEqualTo(Main.USAGE);
    assertThat(streams.err())
        .contains("--max-document-size is a positive size below 2G, as 16M or 512K: lots");
  }

  private static String story(String word) {
    return word + " story of the day\n\n" + STORY.replace("talks", word + " talks");
  }

  private static String page(String word) {
    return "<html><head><title>"
        + word
        + "</title></head><body><article><p>The "
        + word
        + " page tells of talks between the two governments on Monday.</p></article></body></html>";
  }

  /** A WARC response record; {@code lie} is added to its true Content-Length. */
  private static String warc(String html, int lie) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
    int length = http.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.0\r\n"
        + "WARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:"
        + java.util.UUID.nameUUIDFromBytes(html.getBytes())
        + ">\r\n"
        + "WARC-Date: 2020-01-02T03:04:05Z\r\n"
        + "WARC-Target-URI: https://news.example/"
        + Math.abs(html.hashCode())
        + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: "
        + (length + lie)
        + "\r\n\r\n"
        + http
        + "\r\n\r\n";
  }

  /** Writes prefix, then unit repeated to about total bytes, then suffix, a megabyte at a time. */
  private static void writeRepeated(
      Path file, String unit, long total, String prefix, String... suffix) throws IOException {
    byte[] block = unit.repeat((1 << 20) / unit.length()).getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(prefix.getBytes(StandardCharsets.UTF_8)));
      for (long written = 0; written < total; written += block.length) {
        channel.write(ByteBuffer.wrap(block));
      }
      for (String s : suffix) {
        channel.write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  private static Map<String, JsonNode> records(Path output) throws IOException {
    Map<String, JsonNode> bySource = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      JsonNode record = JSON.readTree(line);
      bySource.put(record.get("source").asText(), record);
    }
    return bySource;
  }

  private String source(Path corpus, String name) {
    return corpus.resolve(name.replaceAll("[:@]\\d+$", "")).toString()
        + name.substring(name.replaceAll("[:@]\\d+$", "").length());
  }

  private String text(Map<String, JsonNode> records, String name) {
    JsonNode record = records.get(source(dir.resolve("corpus"), name));
    assertThat(record).as(name + " in " + records.keySet()).isNotNull();
    return record.get("text").asText();
  }

  private List<String> problems(Map<String, JsonNode> records, String name) {
    JsonNode record = records.get(source(dir.resolve("corpus"), name));
    assertThat(record).as(name + " in " + records.keySet()).isNotNull();
    List<String> problems = new ArrayList<>();
    record.get("problems").forEach(p -> problems.add(p.asText()));
    return problems;
  }
}
