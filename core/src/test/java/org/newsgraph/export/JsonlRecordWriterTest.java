package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;
import org.newsgraph.model.Removed;

class JsonlRecordWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesOneLinePerRecordWithEveryFieldInContractOrder() throws Exception {
    var doc =
        new CleanDocument(
            "0123456789abcdef",
            "a.txt",
            null,
            "Title \"quoted\"",
            LocalDate.of(2013, 1, 14),
            DateSource.TEXT,
            "en",
            "First paragraph.\n\nSecond “paragraph”.",
            List.of(new Removed(Removed.Kind.TEASER, "Read more")),
            List.of());
    var bytes = new ByteArrayOutputStream();
    try (var writer = new JsonlRecordWriter(bytes)) {
      writer.write(Extraction.of(doc));
      writer.write(Extraction.of(doc));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = out.split("\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).isEmpty();

    JsonNode record = JSON.readTree(lines[0]);
    List<String> fields = new ArrayList<>();
    record.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "source",
            "url",
            "title",
            "published",
            "published_from",
            "language",
            "text",
            "removed",
            "entities",
            "quotes",
            "events",
            "places",
            "dates",
            "tone",
            "problems");
    assertThat(record.get("url").isNull()).isTrue();
    assertThat(record.get("title").asText()).isEqualTo("Title \"quoted\"");
    assertThat(record.get("published").asText()).isEqualTo("2013-01-14");
    assertThat(record.get("published_from").asText()).isEqualTo("text");
    assertThat(record.get("text").asText()).isEqualTo(doc.text());
    assertThat(record.get("removed").get(0).get("kind").asText()).isEqualTo("teaser");
    assertThat(record.get("entities").isArray()).isTrue();
    assertThat(record.get("entities")).isEmpty();
    assertThat(record.get("problems")).isEmpty();
  }

  @Test
  void writesNothingForNoRecords() throws Exception {
    var bytes = new ByteArrayOutputStream();
    new JsonlRecordWriter(bytes).close();
    assertThat(bytes.size()).isZero();
  }

  @Test
  void writesEntitiesWithTheirMentions() throws Exception {
    String text = "Defense Minister Jean-Yves Le Drian said Le Drian would go.";
    var doc =
        new CleanDocument(
            "0123456789abcdef", "a.txt", null, null, null, null, "en", text, List.of(), List.of());
    var entity =
        new Entity(
            "e1",
            "Jean-Yves Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            null,
            List.of("Defense Minister"),
            List.of(new Mention(17, 35, "Jean-Yves Le Drian"), new Mention(41, 49, "Le Drian")));
    var bytes = new ByteArrayOutputStream();
    try (var writer = new JsonlRecordWriter(bytes)) {
      writer.write(new Extraction(doc, List.of(entity)));
    }
    JsonNode written = JSON.readTree(bytes.toString(StandardCharsets.UTF_8)).get("entities");
    assertThat(written).hasSize(1);
    JsonNode e = written.get(0);
    List<String> fields = new ArrayList<>();
    e.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly("id", "name", "type", "code", "country", "titles", "mentions");
    assertThat(e.get("type").asText()).isEqualTo("PERSON");
    assertThat(e.get("code").asText()).isEqualTo("FRAGOV");
    assertThat(e.get("country").isNull()).isTrue();
    assertThat(e.get("titles").get(0).asText()).isEqualTo("Defense Minister");
    JsonNode second = e.get("mentions").get(1);
    assertThat(text.substring(second.get("start").asInt(), second.get("end").asInt()))
        .isEqualTo(second.get("text").asText())
        .isEqualTo("Le Drian");
  }

  @Test
  void writesPlacesAsTheDesignShows() throws Exception {
    String text = "Fighting near Sirte and across North Africa.";
    var doc =
        new CleanDocument(
            "0123456789abcdef", "a.txt", null, null, null, null, "en", text, List.of(), List.of());
    var sirte =
        new Place(
            "Sirte",
            "LBY",
            31.20892,
            16.58866,
            2210554L,
            PlaceKind.CITY,
            List.of(new Mention(14, 19, "Sirte")));
    var northAfrica =
        new Place(
            "North Africa",
            null,
            null,
            null,
            null,
            PlaceKind.REGION,
            List.of(new Mention(31, 43, "North Africa")));
    var bytes = new ByteArrayOutputStream();
    try (var writer = new JsonlRecordWriter(bytes)) {
      writer.write(new Extraction(doc, List.of()).withPlaces(List.of(sirte, northAfrica)));
    }
    JsonNode record = JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
    List<String> order = new ArrayList<>();
    record.fieldNames().forEachRemaining(order::add);
    assertThat(order.subList(order.indexOf("events"), order.size()))
        .containsExactly("events", "places", "dates", "tone", "problems");
    JsonNode places = record.get("places");
    assertThat(places).hasSize(2);
    JsonNode p = places.get(0);
    List<String> fields = new ArrayList<>();
    p.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly("name", "country", "lat", "lon", "geonames", "kind", "mentions");
    assertThat(p.get("country").asText()).isEqualTo("LBY");
    assertThat(p.get("lat").asDouble()).isEqualTo(31.20892);
    assertThat(p.get("lon").asDouble()).isEqualTo(16.58866);
    assertThat(p.get("geonames").asLong()).isEqualTo(2210554L);
    assertThat(p.get("kind").asText()).isEqualTo("CITY");
    assertThat(p.get("mentions").get(0).get("text").asText()).isEqualTo("Sirte");
    JsonNode region = places.get(1);
    assertThat(region.get("country").isNull()).isTrue();
    assertThat(region.get("lat").isNull()).isTrue();
    assertThat(region.get("lon").isNull()).isTrue();
    assertThat(region.get("geonames").isNull()).isTrue();
    assertThat(region.get("kind").asText()).isEqualTo("REGION");
  }
}
