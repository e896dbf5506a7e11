package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * A seeded mutation fuzzer over the readers and the cleaner, run for a time budget: valid inputs of
 * every format are mutated (bytes flipped, inserted, deleted, repeated, cut; markup, quotes,
 * lengths and charsets spliced in) and each result goes through {@link FuzzTarget}. The budget is
 * 20 s, {@code -Dnewsgraph.fuzz.seconds=N} for a longer hunt, and {@code -Dnewsgraph.fuzz.seed=S}
 * replays one run (the seed is printed).
 *
 * <p>An input that crashes or hangs is written to {@code target/fuzz-crashes/} and the test fails
 * naming it; once the code is fixed, the file goes to {@code src/test/resources/fuzz-regressions/}
 * and {@link FuzzRegressionTest} replays it for good.
 */
class ReaderFuzzTest {

  private static final String[] NAMES = {
    "x.txt", "x.html", "x.jsonl", "x.csv", "x.warc", "x.warc.gz", "x.txt.gz", "x.bin"
  };

  /** Fragments that reach the readers' and the cleaner's special cases. */
  private static final String[] TOKENS = {
    "<",
    ">",
    "</",
    "<div>",
    "</div>",
    "<p>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "&#xD800;",
    "&#0;",
    "&amp",
    "\"",
    "\"\"",
    ",",
    "\n",
    "\r\n",
    "\r",
    "\u0000",
    "{",
    "}",
    "[",
    "\\u",
    "\\uD800",
    "\"text\":",
    "WARC/1.0\r\n",
    "Content-Length: 99999999\r\n",
    "Content-Length: -1\r\n",
    "\r\n\r\n",
    "HTTP/1.1 200 OK\r\n",
    "Content-Encoding: gzip\r\n",
    "Transfer-Encoding: chunked\r\n",
    "<meta charset=\"utf-16\">",
    "<meta charset=\"bogus\">",
    "\uFEFF",
    "\uFFFD",
    "\u202E",
    "Read more",
    "By ",
    "Published: 2013-01-14",
    "\u201c",
    "\u00e9",
  };

  @TempDir Path dir;

  @Test
  void mutatedInputsNeverCrashOrHang() throws IOException {
    long seconds = Long.getLong("newsgraph.fuzz.seconds", 20);
    long seed = Long.getLong("newsgraph.fuzz.seed", System.nanoTime());
    System.out.println("ReaderFuzzTest: seed " + seed + ", " + seconds + " s");
    Random random = new Random(seed);
    List<byte[]> corpus = new ArrayList<>(seeds());
    List<String> crashes = new ArrayList<>();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int runs = 0;
    try (FuzzTarget target = new FuzzTarget(dir)) {
      while (System.nanoTime() < deadline && crashes.size() < 5) {
        byte[] input = corpus.get(random.nextInt(corpus.size()));
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
          input = mutate(input, random);
        }
        String name = NAMES[random.nextInt(NAMES.length)];
        List<String> wrong = target.check(input, name);
        runs++;
        if (!wrong.isEmpty()) {
          crashes.add(keep(input, name) + ": " + wrong.get(0));
        } else if (input.length < 16_384 && random.nextInt(8) == 0) {
          corpus.add(input); // mutants breed: damage accumulates the way real corruption does
        }
      }
    }
    System.out.println("ReaderFuzzTest: " + runs + " inputs");
    assertThat(crashes)
        .as("inputs that crashed or hung (seed %d); fix, then move them to fuzz-regressions/", seed)
        .isEmpty();
    assertThat(runs).isPositive();
  }

  /** Valid inputs of every format, as the mutations' starting points. */
  static List<byte[]> seeds() throws IOException {
    return List.of(
        WarcFixtures.crawl(WarcCompression.GZIP),
        WarcFixtures.crawl(WarcCompression.NONE),
        utf8(
            "{\"text\":\"One “quoted” line.\",\"published\":\"2013-01-14\",\"title\":\"T\"}\n"
                + "{\"html\":\"<p>two</p><p>three</p>\",\"url\":\"https://x.org/a\"}\n"),
        utf8(
            "url,date,title,text\nhttps://x.org,2019-01-04,\"T, t\",\"a \"\"b\"\"\nc\"\n"
                + "https://y.org,2019-01-05,U,plain\n"),
        WarcFixtures.PAGE_META.getBytes(CharsetDetector.WINDOWS_1252),
        utf8(
            "<!DOCTYPE html><html><head><title>Talks go on</title>"
                + "<meta property=\"article:published_time\" content=\"2013-01-14\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Talks go on</h1>"
                + "<p class=\"byline\">By A. Writer</p><p>The minister said on Monday that the talks"
                + " would go on.</p><figure><figcaption>A caption</figcaption></figure>"
                + "<p>“We have no choice,” he said.</p><p>Read more</p></article>"
                + "<footer>© 2013</footer></body></html>"),
        utf8(
            "Talks go on\n\nBy A. Writer\nJanuary 14, 2013\n\nThe minister said on Monday that"
                + " the talks would go on.\n\n“We have no choice,” he said.\n\nRead more: other"
                + " story\n"));
  }

  static byte[] mutate(byte[] input, Random random) {
    if (input.length == 0) {
      return token(random);
    }
    int at = random.nextInt(input.length + 1);
    return switch (random.nextInt(7)) {
      case 0 -> { // flip a few bytes
        byte[] b = input.clone();
        for (int i = 0; i < 1 + random.nextInt(4) && b.length > 0; i++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        yield b;
      }
      case 1 -> splice(input, at, at, token(random)); // insert a token
      case 2 -> { // delete a range
        int end = Math.min(input.length, at + random.nextInt(64));
        yield splice(input, at, end, new byte[0]);
      }
      case 3 -> { // repeat a range many times: deep nesting, long lines
        int end = Math.min(input.length, at + 1 + random.nextInt(16));
        byte[] range = Arrays.copyOfRange(input, Math.min(at, end), end);
        int times = 1 + random.nextInt(random.nextBoolean() ? 8 : 2000);
        byte[] repeated = new byte[range.length * times];
        for (int i = 0; i < times; i++) {
          System.arraycopy(range, 0, repeated, i * range.length, range.length);
        }
        yield splice(input, end, end, repeated);
      }
      case 4 -> Arrays.copyOf(input, at); // cut
      case 5 -> { // random bytes
        byte[] noise = new byte[1 + random.nextInt(32)];
        random.nextBytes(noise);
        yield splice(input, at, at, noise);
      }
      default -> { // a token repeated: <div><div><div>..., """"...
        byte[] t = token(random);
        int times = 1 + random.nextInt(5000);
        byte[] repeated = new byte[t.length * times];
        for (int i = 0; i < times; i++) {
          System.arraycopy(t, 0, repeated, i * t.length, t.length);
        }
        yield splice(input, at, at, repeated);
      }
    };
  }

  private static byte[] token(Random random) {
    return utf8(TOKENS[random.nextInt(TOKENS.length)]);
  }

  private static byte[] splice(byte[] input, int from, int to, byte[] insert) {
    byte[] out = new byte[input.length - (to - from) + insert.length];
    System.arraycopy(input, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(input, to, out, from + insert.length, input.length - to);
    return out;
  }

  /** Writes a crashing input where a person finds it, named by its content and its reader. */
  private static String keep(byte[] input, String name) throws IOException {
    Path crashes = Files.createDirectories(Path.of("target", "fuzz-crashes"));
    byte[] hash;
    try {
      hash = java.security.MessageDigest.getInstance("SHA-256").digest(input);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path file =
        crashes.resolve(HexFormat.of().formatHex(hash, 0, 8) + "-" + name.replace("x.", ""));
    Files.write(file, input);
    return file.toAbsolutePath().toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
