package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Random damage to valid inputs of every format: whatever the bytes, reading ends normally and
 * every problem and failure is one short line.
 */
class RobustnessTest {

  @TempDir Path dir;

  private static List<byte[]> validInputs() throws IOException {
    return List.of(
        WarcFixtures.crawl(WarcCompression.GZIP),
        WarcFixtures.crawl(WarcCompression.NONE),
        ("{\"text\":\"one\",\"published\":\"2013-01-14\"}\n{\"html\":\"<p>two</p>\"}\n")
            .getBytes(StandardCharsets.UTF_8),
        "url,date,title,text\nhttps://x.org,2019-01-04,\"T, t\",\"a \"\"b\"\"\nc\"\n"
            .getBytes(StandardCharsets.UTF_8),
        WarcFixtures.PAGE_META.getBytes(CharsetDetector.WINDOWS_1252),
        "Plain “text” article.\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] damage(byte[] valid, Random random) {
    byte[] b = valid.clone();
    switch (random.nextInt(3)) {
      case 0 -> {
        return java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
      }
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
      }
      default -> {
        byte[] noise = new byte[random.nextInt(2000)];
        random.nextBytes(noise);
        return noise;
      }
    }
  }

  @Test
  void damagedInputsNeverThrow() throws IOException {
    Random random = new Random(20240501);
    List<byte[]> valid = validInputs();
    String[] names = {
      "x.warc.gz", "x.warc", "x.jsonl", "x.csv", "x.html", "x.txt", "x.bin", "x.gz"
    };
    for (int round = 0; round < 300; round++) {
      int k = random.nextInt(valid.size());
      byte[] input = damage(valid.get(k), random);
      List<String> paths = new ArrayList<>();
      for (String name : names) {
        Path p = dir.resolve(round + name);
        Files.write(p, input);
        paths.add(p.toString());
      }
      paths.add("-");
      RecordingSink sink = new RecordingSink();
      new Ingestor(new Ingestor.Options(4096)).read(paths, new ByteArrayInputStream(input), sink);
      // Every source answered, one way or the other.
      assertThat(sink.events).isNotEmpty();
      for (RecordingSink.Failure f : sink.failures) {
        assertOneLine(f.message());
      }
      sink.documents.forEach(d -> d.problems().forEach(RobustnessTest::assertOneLine));
    }
  }

  private static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContain("\n").hasSizeLessThan(300);
  }
}
