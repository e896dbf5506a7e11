package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.store.StoreTest;

/**
 * The store's commands end to end, in process: ingest (records and real articles), search, quotes,
 * events, entities and export, tables and JSON, and their errors.
 */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @RegisterExtension final CapturedStreams streams = new CapturedStreams();
  private Path data;

  @BeforeEach
  void store() throws Exception {
    Path records = dir.resolve("records.jsonl");
    try (OutputStream file = Files.newOutputStream(records);
        JsonlRecordWriter writer = new JsonlRecordWriter(file)) {
      writer.write(StoreTest.leDrian2013());
      writer.write(StoreTest.leDrian2016());
    }
    data = dir.resolve("data");
    assertThat(run("ingest", "--records", records.toString(), "--data", data.toString())).isZero();
    assertThat(err()).contains("2 records, 0 bad").contains("2 added, the store holds 2");
    streams.resetOut();
    streams.resetErr();
  }

  private int run(String... args) {
    return Main.run(args);
  }

  private String out() {
    return streams.out();
  }

  private String err() {
    return streams.err();
  }

  @Test
  void searchPrintsAnAlignedTableOrJson() throws Exception {
    assertThat(run("search", "Le", "Drian", "Tripoli", "--data", data.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).startsWith("date        title");
    assertThat(lines.get(1)).matches("-+( +-+)+");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).startsWith("2016-04-16  Le Drian in Tripoli").contains("Tripoli");
    // Columns line up: every row's second column starts where the header's does.
    assertThat(lines.get(2).indexOf("Le Drian")).isEqualTo(lines.get(0).indexOf("title"));

    streams.resetOut();
    assertThat(run("search", "France", "--json", "--to", "2014-01-01", "--data", data.toString()))
        .isZero();
    JsonNode hits = JSON.readTree(out());
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("title").asText()).isEqualTo("France offers help");
    assertThat(hits.get(0).get("actors").findValuesAsText("name")).contains("Jean-Yves Le Drian");
  }

  @Test
  void quotesBySpeakerTopicAndDates() throws Exception {
    assertThat(run("quotes", "--speaker", "le drian", "--json", "--data", data.toString()))
        .isZero();
    JsonNode quotes = JSON.readTree(out());
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).get("speaker").asText()).isEqualTo("Jean-Yves Le Drian");
    assertThat(quotes.get(0).get("text").asText()).isEqualTo("We are ready,");
    streams.resetOut();
    assertThat(
            run(
                "quotes",
                "--speaker",
                "Le Drian",
                "--from",
                "2014-01-01",
                "--data",
                data.toString()))
        .isZero();
    assertThat(out()).contains("(nothing found)");
    streams.resetOut();
    assertThat(run("quotes", "--about", "ready", "--data", data.toString())).isZero();
    assertThat(out()).contains("Jean-Yves Le Drian").contains("We are ready,");
  }

  @Test
  void eventsByCodeOrNameAndRoot() throws Exception {
    assertThat(
            run(
                "events",
                "--source",
                "FRA",
                "--target",
                "LBY",
                "--json",
                "--data",
                data.toString()))
        .isZero();
    JsonNode events = JSON.readTree(out());
    assertThat(events).hasSize(2);
    assertThat(events.findValuesAsText("cameo")).containsExactly("040", "0332");
    streams.resetOut();
    assertThat(run("events", "--source", "france", "--root", "4", "--data", data.toString()))
        .isZero();
    assertThat(out().lines().count()).isEqualTo(3);
    assertThat(out()).contains("Le Drian met Libyan leaders");
  }

  @Test
  void entitiesRankActorsAcrossDocuments() throws Exception {
    assertThat(run("entities", "--type", "person", "--top", "5", "--data", data.toString()))
        .isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("Jean-Yves Le Drian").contains("PERSON").contains("FRA");
    streams.resetOut();
    assertThat(run("entities", "--json", "--data", data.toString())).isZero();
    JsonNode actors = JSON.readTree(out());
    assertThat(actors.get(0).get("documents").asInt()).isEqualTo(2);
  }

  @Test
  void storiesListTheStoriesTheArticlesFormed() throws Exception {
    // The 2013 and 2016 articles are years apart: two stories of one document each.
    assertThat(run("stories", "--json", "--data", data.toString())).isZero();
    JsonNode stories = JSON.readTree(out());
    assertThat(stories).hasSize(2);
    assertThat(stories.findValuesAsText("documents")).containsOnly("1");
    assertThat(stories.findValuesAsText("first"))
        .containsExactlyInAnyOrder("2013-06-02", "2016-04-16");
    streams.resetOut();
    assertThat(run("stories", "--about", "Tripoli", "--data", data.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).startsWith("story").contains("label");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("2016-04-16");
  }

  @Test
  void exportsEveryFormat() throws Exception {
    Path jsonl = dir.resolve("out.jsonl");
    assertThat(
            run("export", "--format", "jsonl", "--data", data.toString(), "-o", jsonl.toString()))
        .isZero();
    assertThat(Files.readAllLines(jsonl)).hasSize(2);
    Path events = dir.resolve("events.tsv");
    assertThat(
            run(
                "export",
                "--format",
                "gdelt-events",
                "--data",
                data.toString(),
                "-o",
                events.toString()))
        .isZero();
    assertThat(Files.readAllLines(events)).hasSize(2).allMatch(l -> l.split("\t", -1).length == 61);
    Path gkg = dir.resolve("gkg.tsv");
    assertThat(
            run("export", "--format", "gdelt-gkg", "--data", data.toString(), "-o", gkg.toString()))
        .isZero();
    assertThat(Files.readAllLines(gkg)).hasSize(2).allMatch(l -> l.split("\t", -1).length == 27);
    Path parquet = dir.resolve("parquet");
    assertThat(
            run(
                "export",
                "--format",
                "parquet",
                "--data",
                data.toString(),
                "-o",
                parquet.toString()))
        .isZero();
    try (var files = Files.list(parquet)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "documents.parquet",
              "actors.parquet",
              "entities.parquet",
              "mentions.parquet",
              "quotes.parquet",
              "events.parquet",
              "places.parquet",
              "document_stories.parquet",
              "event_clusters.parquet");
    }
  }

  @Test
  void badQueriesAreUsageErrorsWithoutStackTraces() {
    assertThat(run("events", "--root", "abc", "--data", data.toString())).isEqualTo(2);
    assertThat(run("quotes", "--from", "yesterday", "--data", data.toString())).isEqualTo(2);
    assertThat(run("entities", "--type", "PLANET", "--data", data.toString())).isEqualTo(2);
    assertThat(run("search", "\"unclosed", "--data", data.toString())).isEqualTo(2);
    assertThat(run("search", "x", "--data", dir.resolve("nothing").toString())).isEqualTo(2);
    assertThat(run("export", "--format", "csv", "--data", data.toString(), "-o", "x")).isEqualTo(2);
    assertThat(err())
        .contains("a root code is one or two digits")
        .contains("--from takes a date")
        .contains("unknown entity type: PLANET")
        .contains("cannot read the search query")
        .contains("no newsgraph store in")
        .contains("unknown format csv")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void ingestExtractsArticlesAndSkipsWhatItHasOnTheNextRun() throws Exception {
    Path articles = dir.resolve("articles");
    Files.createDirectories(articles);
    String text =
        "PARIS, Jan 14 (Reuters) - France has sent troops to Mali, Defence Minister"
            + " Jean-Yves Le Drian said on Monday.\n\n"
            + "\u201cWe will stay as long as needed,\u201d Le Drian told reporters in Paris.\n";
    Files.writeString(
        articles.resolve("mali.jsonl"),
        "{\"title\":\"France sends troops to Mali\",\"published\":\"2013-01-14\",\"text\":"
            + JSON.writeValueAsString(text)
            + "}\n");
    Path store = dir.resolve("fresh");
    assertThat(run("ingest", articles.toString(), "--data", store.toString())).as(err()).isZero();
    assertThat(err()).contains("1 added, the store holds 1");
    streams.resetErr();
    assertThat(run("ingest", articles.toString(), "--data", store.toString())).isZero();
    assertThat(err()).contains("1 already known").contains("0 added, the store holds 1");
    streams.resetOut();
    assertThat(run("quotes", "--speaker", "Le Drian", "--json", "--data", store.toString()))
        .isZero();
    assertThat(JSON.readTree(out()).findValuesAsText("text"))
        .contains("We will stay as long as needed");
  }
}
