package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.Articles.article;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;

/**
 * Kills a real ingest process (SIGKILL) at random moments, resumes it, and checks that the store
 * ends up exactly as after an uninterrupted run: every distinct document once, the same rows in
 * every table (actor ids included), the full-text index complete.
 */
class CrashRecoveryTest {

  private static final int DOCUMENTS = 2_000;
  private static final int REPEATS = 100;
  private static final int KILLS = 5;

  @TempDir Path tmp;

  private static final String[][] PEOPLE = {
    {"Anna Weber", "Weber", "DEU"},
    {"Karl Weber", "Weber", "AUT"},
    {"Jean-Yves Le Drian", "Le Drian", "FRA"},
    {"Fayez al-Sarraj", "Sarraj", "LBY"},
    {"Khalifa Haftar", "Haftar", "LBY"},
    {"Recep Tayyip Erdogan", "Erdogan", "TUR"},
    {"Ibrahim Boubacar Keita", "Keita", "MLI"},
    {"Maria Rossi", "Rossi", "ITA"},
    {"Paolo Rossi", "Rossi", "ITA"},
  };
  private static final String[][] COUNTRIES = {
    {"France", "FRA"},
    {"Libya", "LBY"},
    {"Mali", "MLI"},
    {"Turkey", "TUR"},
    {"Russia", "RUS"},
    {"Egypt", "EGY"},
    {"Italy", "ITA"},
    {"Germany", "DEU"},
  };

  /** A synthetic but complete record: a person, two countries, a quote and an event. */
  private static Extraction document(int n, Random random) {
    String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
    String[] a = COUNTRIES[random.nextInt(COUNTRIES.length)];
    String[] b =
        COUNTRIES[(random.nextInt(COUNTRIES.length - 1) + 1 + indexOf(a)) % COUNTRIES.length];
    boolean surnameOnly = random.nextInt(4) == 0;
    String named = surnameOnly ? person[1] : person[0];
    String said = "Talks number " + n + " went well";
    String text =
        named
            + " said "
            + a[0]
            + " would support "
            + b[0]
            + " in report "
            + n
            + ". \""
            + said
            + ",\" "
            + person[1]
            + " said.";
    String date = String.format("20%02d-%02d-%02d", 13 + n % 8, 1 + n % 12, 1 + n % 28);
    Articles article =
        article("Report " + n, date, text)
            .entity(
                person[0],
                EntityType.PERSON,
                person[2] + "GOV",
                person[2],
                List.of("Minister"),
                surnameOnly ? new String[] {person[1]} : new String[] {person[0]})
            .entity(a[0], EntityType.COUNTRY, a[1], a[1], List.of())
            .entity(b[0], EntityType.COUNTRY, b[1], b[1], List.of())
            .quote(said + ",", person[0], "e1")
            .event("e2", a[1], "e3", b[1], "042", 1, 1.9, a[0] + " would support " + b[0]);
    return article.build();
  }

  private static int indexOf(String[] country) {
    for (int i = 0; i < COUNTRIES.length; i++) {
      if (COUNTRIES[i] == country) {
        return i;
      }
    }
    throw new AssertionError();
  }

  @Test
  void killedAtRandomMomentsAndResumedTheStoreEqualsAnUninterruptedRun() throws Exception {
    Path records = tmp.resolve("records.jsonl");
    Random random = new Random(2026);
    List<Extraction> all = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      all.add(document(i, random));
    }
    for (int i = 0; i < REPEATS; i++) {
      all.add(all.get(random.nextInt(DOCUMENTS)));
    }
    try (OutputStream out = Files.newOutputStream(records);
        JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      all.forEach(writer::write);
    }

    Path reference = tmp.resolve("reference");
    assertThat(Main.run("ingest", "--records", records.toString(), "--data", reference.toString()))
        .isZero();

    Path crashed = tmp.resolve("crashed");
    int interrupted = 0;
    Random moments = new Random(11);
    for (int kill = 0; kill < KILLS; kill++) {
      Process ingest = ingestProcess(records, crashed);
      boolean finished = ingest.waitFor(1500 + moments.nextInt(2500), TimeUnit.MILLISECONDS);
      if (!finished) {
        ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        ingest.waitFor();
        interrupted++;
      }
    }
    Process last = ingestProcess(records, crashed);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(tmp.resolve("ingest.log"))).isZero();
    assertThat(interrupted).as("kills that hit a running ingest").isGreaterThan(0);

    try (Store expected = Store.openReadOnly(reference);
        Store actual = Store.open(crashed)) {
      assertThat(actual.size()).isEqualTo(DOCUMENTS);
      assertThat(actual.indexedDocuments()).isEqualTo(DOCUMENTS);
      for (String table : StoreExport.TABLES) {
        assertThat(dump(actual, table)).as(table).isEqualTo(dump(expected, table));
      }
    }
  }

  private Process ingestProcess(Path records, Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "ingest",
            "--records",
            records.toString(),
            "--data",
            data.toString(),
            "--batch",
            "8")
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("ingest.log").toFile())
        .start();
  }

  /** Every row of a table, in a fixed order, without the batch numbers (which differ by design). */
  private static List<String> dump(Store store, String table) throws IOException {
    String select =
        table.equals("documents")
            ? "SELECT * EXCLUDE (seq) FROM documents ORDER BY id"
            : "SELECT * FROM " + table + " ORDER BY ALL";
    return store.query(
        db -> {
          List<String> rows = new ArrayList<>();
          try (ResultSet rs = db.createStatement().executeQuery(select)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
              }
              rows.add(row.toString());
            }
          }
          return rows;
        });
  }
}
