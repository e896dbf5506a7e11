package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: real files in, JSONL and exit codes out. */
class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY =
      "Minister says talks will go on\n\n"
          + "The foreign minister said on Monday that the talks with the neighbouring country"
          + " would continue next week, despite the fighting near the border.\n\n"
          + "\u201cWe have no other choice,\u201d he told reporters in the capital.\n";

  @TempDir Path dir;
  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @Test
  void cleanInputExitsZeroAndWritesRecordsToStdout() throws Exception {
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(
        jsonl,
        "{\"title\":\"A\",\"published\":\"2020-05-01\",\"text\":"
            + JSON.writeValueAsString(STORY)
            + "}\n");
    assertThat(Main.run("extract", jsonl.toString())).isEqualTo(0);
    List<JsonNode> records = records(streams.out());
    assertThat(records).hasSize(1);
    JsonNode record = records.get(0);
    assertThat(record.get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(record.get("published").asText()).isEqualTo("2020-05-01");
    assertThat(record.get("published_from").asText()).isEqualTo("metadata");
    assertThat(record.get("language").asText()).isEqualTo("en");
    assertThat(record.get("text").asText()).contains("We have no other choice");
    assertThat(streams.err()).contains("newsgraph extract: 1 documents, 0 duplicates, 0 problems");
  }

  @Test
  void badInputsBecomeProblemsWhileTheRestIsProcessed() throws Exception {
    Files.writeString(dir.resolve("good.txt"), STORY);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7, 8});
    Files.write(
        dir.resolve("latin1.txt"),
        ("Caf\u00e9 talks\n\nThe minister said the caf\u00e9 would stay open for the talks,"
                + " and that the government was not worried about them.\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        dir.resolve("broken.jsonl"),
        "{\"text\": \"One good line of text that is long enough to be an article body.\"}\n"
            + "{\"text\": broken\n");
    Path output = dir.resolve("out").resolve("records.jsonl");
    Files.createDirectories(output.getParent());

    int code = Main.run("extract", dir.toString(), "-o", output.toString());

    assertThat(code).isEqualTo(1);
    List<JsonNode> records = records(Files.readString(output));
    assertThat(records).hasSize(6);
    String stderr = streams.err();
    assertThat(stderr).contains("empty.txt").contains("binary.txt").contains("broken.jsonl");
    assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode latin1 =
        records.stream()
            .filter(r -> r.get("source").asText().endsWith("latin1.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(latin1.get("text").asText()).contains("caf\u00e9");
  }

  @Test
  void exactDuplicatesAreEmittedOnceAndCounted() throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY);
    Files.writeString(dir.resolve("b.txt"), STORY);
    Path output = dir.resolve("records.out");
    Main.run(
        "extract",
        dir.resolve("a.txt").toString(),
        dir.resolve("b.txt").toString(),
        "-o",
        output.toString());
    assertThat(records(Files.readString(output))).hasSize(1);
    assertThat(streams.err()).contains("1 duplicates");
  }

  @Test
  void recordsCarryEntitiesAndQuotesWithTheirSpeaker() throws Exception {
    Path story = dir.resolve("story.txt");
    Files.writeString(
        story,
        "Paris offers help\n\n"
            + "French Defense Minister Jean-Yves Le Drian met Libyan officials in Tripoli on"
            + " Tuesday.\n\n"
            + "\u201cFrance is ready to help,\u201d Le Drian told reporters.\n");
    Main.run("extract", story.toString());
    JsonNode record = records(streams.out()).get(0);
    JsonNode person = null;
    for (JsonNode entity : record.get("entities")) {
      if (entity.get("name").asText().equals("Jean-Yves Le Drian")) {
        person = entity;
      }
    }
    assertThat(person).isNotNull();
    assertThat(person.get("type").asText()).isEqualTo("PERSON");
    assertThat(person.get("mentions")).hasSize(2);
    JsonNode quote = record.get("quotes").get(0);
    assertThat(quote.get("text").asText()).isEqualTo("France is ready to help");
    assertThat(quote.get("speaker_entity").asText()).isEqualTo(person.get("id").asText());
    assertThat(quote.get("cue").asText()).isEqualTo("told");
  }

  @Test
  void cleanOnlyStopsBeforeTheLanguageModels() throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY);
    Main.run("extract", "--clean-only", dir.resolve("a.txt").toString());
    JsonNode record = records(streams.out()).get(0);
    assertThat(record.get("text").asText()).contains("We have no other choice");
    assertThat(record.get("entities")).isEmpty();
    assertThat(record.get("quotes")).isEmpty();
  }

  @Test
  void readsStdin() throws Exception {
    System.setIn(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
    Main.run("extract", "-");
    List<JsonNode> records = records(streams.out());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("text").asText()).contains("talks with the neighbouring");
  }

  @Test
  void usageErrorsExitTwoAndMissingInputExitsThree() {
    assertThat(Main.run("extract")).isEqualTo(2);
    assertThat(Main.run("extract", "--no-such-option", "x")).isEqualTo(2);
    assertThat(Main.run("extract", "--threads", "0", dir.toString())).isEqualTo(2);
    assertThat(Main.run("extract", dir.resolve("missing.txt").toString())).isEqualTo(3);
    assertThat(streams.err()).contains("missing.txt").doesNotContain("\tat ");
  }

  private static List<JsonNode> records(String jsonl) throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }
}
