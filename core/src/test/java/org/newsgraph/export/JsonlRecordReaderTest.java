package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;

class JsonlRecordReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String line(Extraction extraction) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var writer = new JsonlRecordWriter(bytes)) {
      writer.write(extraction);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).endsWith("\n").containsOnlyOnce("\n");
    return out.strip();
  }

  @Test
  void readsBackEveryFieldOfAWrittenRecord() throws IOException {
    Extraction full = ExportFixtures.full();

    Extraction read = JsonlRecordReader.read(line(full));

    assertThat(read.document()).isEqualTo(full.document());
    assertThat(read.entities()).isEqualTo(full.entities());
    assertThat(read.quotes()).isEqualTo(full.quotes());
    assertThat(read.events()).isEqualTo(full.events());
    assertThat(read.places()).isEqualTo(full.places());
    assertThat(read.dates()).isEqualTo(full.dates());
    assertThat(read).isEqualTo(full);
  }

  @Test
  void readsBackARecordOfNullsAndEmptyLists() throws IOException {
    var bare =
        Extraction.of(
            new CleanDocument(
                "fedcba9876543210", "-", null, null, null, null, null, "", List.of(), List.of()));

    assertThat(JsonlRecordReader.read(line(bare))).isEqualTo(bare);
  }

  @Test
  void writingWhatWasReadGivesTheSameLine() throws IOException {
    String first = line(ExportFixtures.full());

    assertThat(line(JsonlRecordReader.read(first))).isEqualTo(first);
  }

  @Test
  void readsAParsedTreeAndIgnoresFieldsItDoesNotKnow() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(line(ExportFixtures.full()));
    tree.put("added_later", 42);
    ((ObjectNode) tree.get("events").get(0)).put("score", 0.5);

    assertThat(JsonlRecordReader.read(tree)).isEqualTo(ExportFixtures.full());
  }

  @Test
  void rejectsALineThatIsNotJson() {
    assertThatThrownBy(() -> JsonlRecordReader.read("{\"id\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JSON record");
    assertThatThrownBy(() -> JsonlRecordReader.read(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JSON record");
    assertThatThrownBy(() -> JsonlRecordReader.read("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(root)")
        .hasMessageContaining("expected an object");
  }

  @Test
  void namesTheMissingOrMalformedField() throws IOException {
    assertThatThrownBy(() -> JsonlRecordReader.read(edit(r -> r.remove("text"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad record field text: expected a string, got nothing (field missing)");
    assertThatThrownBy(
            () ->
                JsonlRecordReader.read(
                    edit(r -> ((ObjectNode) r.at("/events/1/source")).put("code", 12))))
        .hasMessage("bad record field events[1].source.code: expected a string, got 12");
    assertThatThrownBy(
            () ->
                JsonlRecordReader.read(
                    edit(r -> ((ObjectNode) r.at("/entities/0")).put("type", "ALIEN"))))
        .hasMessageStartingWith("bad record field entities[0].type: expected one of [PERSON,");
    assertThatThrownBy(
            () ->
                JsonlRecordReader.read(
                    edit(r -> ((ObjectNode) r.at("/quotes/0")).put("date", "14 Jan 2013"))))
        .hasMessage(
            "bad record field quotes[0].date: expected an ISO date (yyyy-mm-dd), got \"14 Jan 2013\"");
    assertThatThrownBy(
            () ->
                JsonlRecordReader.read(
                    edit(r -> ((ObjectNode) r.at("/places/1")).put("geonames", 1.5))))
        .hasMessage("bad record field places[1].geonames: expected an integer, got 1.5");
  }

  @Test
  void namesTheFieldWhoseValuesTheModelRejects() {
    assertThatThrownBy(
            () ->
                JsonlRecordReader.read(
                    edit(r -> ((ObjectNode) r.at("/entities/0/mentions/1")).put("start", -3))))
        .hasMessageStartingWith("bad record field entities[0].mentions[1]: bad mention span: -3..");
    assertThatThrownBy(
            () ->
                JsonlRecordReader.read(
                    edit(r -> ((ObjectNode) r.at("/events/0/sentence")).put("end", 100_000))))
        .hasMessageStartingWith("bad record field events[0].sentence: expected a span within");
    assertThatThrownBy(() -> JsonlRecordReader.read(edit(r -> r.putNull("published_from"))))
        .hasMessageStartingWith(
            "bad record field (root): published and publishedFrom must both be set");
  }

  private interface Edit {
    void apply(ObjectNode record);
  }

  private static String edit(Edit edit) {
    try {
      ObjectNode record = (ObjectNode) JSON.readTree(line(ExportFixtures.full()));
      edit.apply(record);
      return JSON.writeValueAsString(record);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
