package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/** The Quote record's rules and its JSON form in the document record. */
class QuoteRecordTest {

  @Test
  void quotesAreWrittenWithTheFieldNamesOfTheRecordFormat() throws Exception {
    String text = "“We stay,” Le Drian said. He added that talks would go on.";
    CleanDocument doc =
        new CleanDocument(
            "0123456789abcdef", "test", null, null, null, null, "en", text, List.of(), List.of());
    Quote direct =
        new Quote(
            "We stay",
            1,
            8,
            true,
            false,
            "Jean-Yves Le Drian",
            "e1",
            new Mention(11, 19, "Le Drian"),
            "said",
            0.95);
    Quote unnamed =
        new Quote("talks would go on", 40, 57, false, false, null, null, null, null, 0.35);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      writer.write(new Extraction(doc, List.of(), List.of(direct, unnamed)));
    }
    JsonNode record = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode q = record.get("quotes").get(0);
    assertThat(q.get("text").asText()).isEqualTo("We stay");
    assertThat(q.get("start").asInt()).isEqualTo(1);
    assertThat(q.get("end").asInt()).isEqualTo(8);
    assertThat(q.get("direct").asBoolean()).isTrue();
    assertThat(q.get("partial").asBoolean()).isFalse();
    assertThat(q.get("speaker").asText()).isEqualTo("Jean-Yves Le Drian");
    assertThat(q.get("speaker_entity").asText()).isEqualTo("e1");
    assertThat(q.get("speaker_mention").get("start").asInt()).isEqualTo(11);
    assertThat(q.get("speaker_mention").get("end").asInt()).isEqualTo(19);
    assertThat(q.get("speaker_mention").get("text").asText()).isEqualTo("Le Drian");
    assertThat(q.get("cue").asText()).isEqualTo("said");
    assertThat(q.get("confidence").asDouble()).isEqualTo(0.95);
    JsonNode n = record.get("quotes").get(1);
    assertThat(n.get("speaker").isNull()).isTrue();
    assertThat(n.get("speaker_entity").isNull()).isTrue();
    assertThat(n.get("speaker_mention").isNull()).isTrue();
    assertThat(n.get("cue").isNull()).isTrue();
  }

  @Test
  void aRecordWithoutQuotesStillHasTheArray() throws Exception {
    CleanDocument doc =
        new CleanDocument(
            "0123456789abcdef", "test", null, null, null, null, "en", "x", List.of(), List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      writer.write(new Extraction(doc, List.of()));
    }
    JsonNode record = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(record.get("quotes").isArray()).isTrue();
    assertThat(record.get("quotes")).isEmpty();
  }

  @Test
  void recordRules() {
    assertThatThrownBy(() -> new Quote("x", 5, 4, true, false, null, null, null, null, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5..4");
    assertThatThrownBy(() -> new Quote("x", 0, 1, false, true, null, null, null, null, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partial");
    assertThatThrownBy(() -> new Quote("x", 0, 1, true, false, null, null, null, null, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new Quote(null, 0, 1, true, false, null, null, null, null, 0.5))
        .isInstanceOf(NullPointerException.class);
  }
}
