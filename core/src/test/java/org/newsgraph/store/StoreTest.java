package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.store.Articles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;

public class StoreTest {

  @TempDir Path data;

  public static Extraction leDrian2013() {
    return article(
            "France offers help",
            "2013-06-02",
            "Defense Minister Jean-Yves Le Drian said France would help Libya. \"We are ready,\""
                + " Le Drian said in Paris.")
        .entity(
            "Jean-Yves Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            "FRA",
            List.of("Defense Minister"),
            "Jean-Yves Le Drian",
            "Le Drian")
        .entity("France", EntityType.COUNTRY, "FRA", "FRA", List.of())
        .entity("Libya", EntityType.COUNTRY, "LBY", "LBY", List.of())
        .quote("We are ready,", "Jean-Yves Le Drian", "e1")
        .event("e2", "FRA", "e3", "LBY", "0332", 1, 5.2, "France would help Libya")
        .build();
  }

  public static Extraction leDrian2016() {
    return article(
            "Le Drian in Tripoli",
            "2016-04-16",
            "Foreign Minister Le Drian met Libyan leaders in Tripoli. The minister said the US"
                + " and France backed the unity government.")
        .entity("Le Drian", EntityType.PERSON, "FRAGOV", "FRA", List.of("Foreign Minister"))
        .entity("Libyan", EntityType.NATIONALITY, "LBY", "LBY", List.of())
        .entity("US", EntityType.COUNTRY, "USA", "USA", List.of())
        .entity("France", EntityType.COUNTRY, "FRA", "FRA", List.of())
        .event("e4", "FRA", "e2", "LBY", "040", 1, 1.0, "Le Drian met Libyan leaders")
        .build();
  }

  @Test
  void addsDocumentsOnceAndKeepsThemAcrossReopening() throws IOException {
    try (Store store = Store.open(data)) {
      assertThat(store.add(List.of(leDrian2013(), leDrian2016()))).isEqualTo(2);
      assertThat(store.add(List.of(leDrian2013()))).isZero();
      assertThat(store.size()).isEqualTo(2);
    }
    try (Store store = Store.open(data)) {
      assertThat(store.contains(leDrian2016().document().id())).isTrue();
      assertThat(store.add(List.of(leDrian2016(), leDrian2013()))).isZero();
      assertThat(count(store, "documents")).isEqualTo(2);
      assertThat(count(store, "quotes")).isEqualTo(1);
      assertThat(count(store, "events")).isEqualTo(2);
      assertThat(count(store, "mentions")).isEqualTo(9);
      assertThat(store.indexedDocuments()).isEqualTo(2);
    }
    try (Store store = Store.openReadOnly(data)) {
      assertThat(store.size()).isEqualTo(2);
    }
  }

  @Test
  void linksOnePersonAndOneCountryAcrossDocuments() throws IOException {
    try (Store store = Store.open(data)) {
      store.add(List.of(leDrian2013()));
      store.add(List.of(leDrian2016()));
      List<String> actors =
          store.query(
              db -> {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs =
                    db.createStatement()
                        .executeQuery(
                            "SELECT a.name, count(DISTINCT e.doc_id) FROM entities e"
                                + " JOIN actors a ON a.id = e.actor_id GROUP BY ALL ORDER BY 1")) {
                  while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2));
                  }
                }
                return rows;
              });
      assertThat(actors)
          .containsExactly("France 2", "Jean-Yves Le Drian 2", "Libya 2", "United States 1");
    }
  }

  @Test
  void reindexesWhatTheIndexLacksAfterACrash() throws IOException {
    try (Store store = Store.open(data)) {
      store.add(List.of(leDrian2013(), leDrian2016()));
    }
    // The database committed, the index did not: as if killed between the two.
    try (Stream<Path> files = Files.walk(data.resolve("index"))) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Store store = Store.open(data)) {
      assertThat(store.indexedDocuments()).isEqualTo(2);
      assertThat(store.search("Tripoli", null, null, 10))
          .extracting(Store.SearchHit::id)
          .containsExactly(leDrian2016().document().id());
    }
  }

  @Test
  void searchesTitlesTextsAndNamesWithDates() throws IOException {
    try (Store store = Store.open(data)) {
      store.add(List.of(leDrian2013(), leDrian2016()));
      assertThat(store.search("Le Drian France", null, null, 10)).hasSize(2);
      assertThat(store.search("Le Drian", java.time.LocalDate.of(2014, 1, 1), null, 10))
          .extracting(Store.SearchHit::id)
          .containsExactly(leDrian2016().document().id());
      assertThatThrownBy(() -> store.search("\"unclosed", null, null, 10))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aReadOnlyStoreMustExistAndCannotBeWritten() throws IOException {
    assertThatThrownBy(() -> Store.openReadOnly(data.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newsgraph ingest");
    try (Store store = Store.open(data)) {
      store.add(List.of(leDrian2013()));
    }
    try (Store store = Store.openReadOnly(data)) {
      assertThat(store.search("ready", null, null, 5)).hasSize(1);
      assertThatThrownBy(() -> store.add(List.of(leDrian2016())))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  static long count(Store store, String table) throws IOException {
    return store.query(
        db -> {
          try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
