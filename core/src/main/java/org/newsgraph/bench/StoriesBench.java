package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.store.Store;

/**
 * What linking stories costs at ingest (README, "Stories"): the store's adding throughput with
 * stories on and off, alternately, on fresh stores, over clean documents with one synthetic event
 * each (USA to one of six countries, one of five CAMEO roots, on the publication day: many
 * candidates per event, more than real events give), in batches of 64 as {@code ingest} writes
 * them; medians of the timed runs after a warm-up pair. Also the time of a batch in the first and
 * the last tenth of the documents, the near-duplicates and merged events found, and the sizes of
 * the near-duplicate index and of the story summaries.
 */
public final class StoriesBench {

  private static final int BATCH = 64;
  private static final String[] TARGETS = {"GBR", "JPN", "FRA", "DEU", "CAN", "BRA"};
  private static final String[] ROOTS = {"01", "03", "04", "05", "06"};

  private final int runs;
  private final PrintWriter out;

  public StoriesBench(int runs, PrintWriter out) {
    this.runs = runs;
    this.out = out;
  }

  /** Measures the documents and prints a report. */
  public void run(List<CleanDocument> documents) throws IOException {
    List<Extraction> records = new ArrayList<>();
    for (CleanDocument doc : documents) {
      records.add(withEvent(doc));
    }
    out.printf(
        Locale.ROOT,
        "store ingest with and without stories: %d documents, batches of %d, %d runs after a"
            + " warm-up%n",
        records.size(),
        BATCH,
        runs);
    out.flush();
    List<Double> off = new ArrayList<>();
    List<Double> on = new ArrayList<>();
    Store.IndexSize size = null;
    Store.IndexSize summaries = null;
    List<Double> firstBatches = new ArrayList<>();
    List<Double> lastBatches = new ArrayList<>();
    long[] found = null;
    for (int run = 0; run <= runs; run++) {
      double without = time(records, false, null, null);
      long[] counts = new long[2];
      Store.IndexSize[] index = new Store.IndexSize[2];
      List<Double> batches = new ArrayList<>();
      double with =
          time(
              records,
              true,
              batches,
              store -> {
                index[0] = store.storyIndexSize();
                index[1] = store.storySummarySize();
                counts[0] =
                    count(
                        store,
                        "SELECT count(*) FROM document_stories WHERE duplicate_of IS NOT NULL");
                counts[1] =
                    count(
                        store,
                        "SELECT count(*) FROM (SELECT cluster FROM event_clusters GROUP BY cluster"
                            + " HAVING count(*) > 1)");
              });
      if (run > 0) {
        off.add(records.size() / without);
        on.add(records.size() / with);
      }
      size = index[0];
      summaries = index[1];
      found = counts;
      if (run > 0) {
        int tenth = Math.max(1, batches.size() / 10);
        firstBatches.add(median(batches.subList(0, tenth)));
        lastBatches.add(median(batches.subList(batches.size() - tenth, batches.size())));
      }
      out.printf(
          Locale.ROOT,
          "  %s: without %.0f docs/s, with %.0f docs/s%n",
          run == 0 ? "warm-up" : "run " + run,
          records.size() / without,
          records.size() / with);
      out.flush();
    }
    double medianOff = median(off);
    double medianOn = median(on);
    out.printf(
        Locale.ROOT,
        "median: without stories %.0f docs/s, with %.0f docs/s: ratio %.3f; %.3f ms more per"
            + " document%n",
        medianOff,
        medianOn,
        medianOn / medianOff,
        1000 / medianOn - 1000 / medianOff);
    out.printf(
        Locale.ROOT,
        "found: %d near-duplicates, %d events merged across documents%n",
        found[0],
        found[1]);
    out.printf(
        Locale.ROOT,
        "near-duplicate index: %d documents, %d bytes of arrays (%.1f bytes a document)%n",
        size.documents(),
        size.bytes(),
        size.bytes() / (double) Math.max(1, size.documents()));
    out.printf(
        Locale.ROOT,
        "story summaries: %d open stories, about %d bytes (%.1f bytes a document stored)%n",
        summaries.documents(),
        summaries.bytes(),
        summaries.bytes() / (double) Math.max(1, records.size()));
    out.printf(
        Locale.ROOT,
        "time to add a batch of %d with stories (median of the runs' medians): first tenth of the"
            + " batches %.1f ms, last tenth %.1f ms%n",
        BATCH,
        median(firstBatches) * 1000,
        median(lastBatches) * 1000);
    out.flush();
  }

  /** Work done on the filled store before it closes. */
  private interface AfterFill {
    void accept(Store store) throws IOException;
  }

  /**
   * Seconds to add the records to a fresh store, a batch at a time.
   *
   * @param batches receives each batch's seconds when not null
   */
  private static double time(
      List<Extraction> records, boolean stories, List<Double> batches, AfterFill after)
      throws IOException {
    Path folder = Files.createTempDirectory("newsgraph-stories-bench-");
    try {
      double seconds = 0;
      try (Store store = Store.open(folder, stories)) {
        for (int from = 0; from < records.size(); from += BATCH) {
          List<Extraction> batch = records.subList(from, Math.min(records.size(), from + BATCH));
          long start = System.nanoTime();
          store.add(batch);
          double batchSeconds = (System.nanoTime() - start) / 1e9;
          seconds += batchSeconds;
          if (batches != null) {
            batches.add(batchSeconds);
          }
        }
        if (after != null) {
          after.accept(store);
        }
      }
      return seconds;
    } finally {
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static long count(Store store, String sql) throws IOException {
    return store.query(
        db -> {
          try (Statement st = db.createStatement();
              ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private static Extraction withEvent(CleanDocument doc) {
    int hash = doc.id().hashCode() & 0x7fffffff;
    String root = ROOTS[hash % ROOTS.length];
    String target = TARGETS[(hash / ROOTS.length) % TARGETS.length];
    int end = doc.text().indexOf(". ");
    end = end < 0 ? Math.min(200, doc.text().length()) : end + 1;
    Event event =
        new Event(
            new EventActor("United States", "USA", null),
            new EventActor(target, target, null),
            root + "0",
            root,
            1,
            1.0,
            null,
            null,
            doc.published(),
            null,
            new Mention(0, end, doc.text().substring(0, end)),
            "synthetic",
            1);
    return new Extraction(doc, List.of(), List.of(), List.of(event), List.of(), List.of());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
