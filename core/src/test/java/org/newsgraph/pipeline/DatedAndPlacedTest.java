package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Quote;

/**
 * The whole analyzer on a short story: quotes and events carry the date and place of their
 * sentence, and the record writes them.
 */
class DatedAndPlacedTest {

  @Test
  void quotesAndEventsTakeTheirSentencesDateAndPlace() throws Exception {
    String text =
        "Egypt condemned Turkey in Cairo on Sunday, officials said.\n\n"
            + "\"We will not accept this,\" the Egyptian foreign minister Sameh Shoukry said in"
            + " Cairo on Monday.";
    CleanDocument doc =
        new CleanDocument(
            "t",
            "t",
            null,
            null,
            LocalDate.of(2020, 6, 10),
            DateSource.METADATA,
            "en",
            text,
            List.of(),
            List.of());
    Extraction x = new ArticleAnalyzer().apply(doc);

    assertThat(x.events()).isNotEmpty();
    Event e = x.events().get(0);
    assertThat(e.source().code()).isEqualTo("EGY");
    assertThat(e.target().code()).isEqualTo("TUR");
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 6, 7));
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Cairo");
    assertThat(e.place().country()).isEqualTo("EGY");

    Quote q = x.quotes().stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(q.date()).isEqualTo(LocalDate.of(2020, 6, 8));
    assertThat(q.place()).isNotNull();
    assertThat(q.place().name()).isEqualTo("Cairo");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlRecordWriter writer = new JsonlRecordWriter(bytes)) {
      writer.write(x);
    }
    JsonNode record = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    JsonNode quote = record.get("quotes").get(x.quotes().indexOf(q));
    assertThat(quote.get("date").asText()).isEqualTo("2020-06-08");
    assertThat(quote.get("place").get("name").asText()).isEqualTo("Cairo");
    JsonNode event = record.get("events").get(0);
    assertThat(event.get("date").asText()).isEqualTo("2020-06-07");
    assertThat(event.get("place").get("country").asText()).isEqualTo("EGY");
    assertThat(event.get("place").get("lat").isNumber()).isTrue();
    assertThat(event.get("count").asInt()).isEqualTo(1);
  }
}
