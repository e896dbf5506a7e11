package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.newsgraph.extract.place.Gazetteer;

/**
 * Measures the gazetteer: the size of its bundled resources, the time to load them (the first load
 * in the process, as a user's first document pays it, and the median of later fresh loads), and
 * lookups per second on one thread (one core) over a mix of names as news writes them: place names
 * in their own spelling, in capitals, without accents, and names that are no place (a third of the
 * queries). Each lookup run lasts about a second; medians of {@code runs} runs after a warm-up.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class GazetteerBench {

  private static final String[] NEWS_NAMES = {
    "Tripoli",
    "Benghazi",
    "Misurata",
    "Sirte",
    "Tobruk",
    "Bamako",
    "Sevare",
    "Konna",
    "Kidal",
    "Diabaly",
    "Paris",
    "Washington",
    "Moscow",
    "the Sahel",
    "North Africa",
    "Middle East",
    "the Mediterranean",
    "Libya",
    "Mali",
    "France",
    "Georgia",
    "New York",
    "Aleppo",
    "Raqqa",
    "Kyiv",
    "Gao",
    "Timbuktu",
    "Europe",
    "Brussels",
    "Ankara"
  };

  private final int runs;
  private final PrintWriter out;

  /**
   * @param runs timed runs after the warm-up
   * @param out where the report goes
   * @throws IllegalArgumentException if runs is less than 1
   */
  public GazetteerBench(int runs, PrintWriter out) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1: " + runs);
    }
    this.runs = runs;
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Loads, measures and prints the report. */
  public void run() {
    long bytes = 0;
    for (String resource : Gazetteer.resources()) {
      bytes += size(resource);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    long p0 = processCpu();
    Gazetteer gazetteer = Gazetteer.standard();
    double firstLoad = (System.nanoTime() - t0) / 1e9;
    double firstCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    double firstProcessCpu = (processCpu() - p0) / 1e9;
    out.printf(
        Locale.ROOT,
        "gazetteer: %,d places under %,d names; resources %.1f MB%n",
        gazetteer.size(),
        gazetteer.keys(),
        bytes / 1e6);
    double[] loads = new double[runs];
    double[] cpus = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      Gazetteer.readBundled();
      loads[r] = (System.nanoTime() - t) / 1e9;
      cpus[r] = (threads.getCurrentThreadCpuTime() - c) / 1e9;
    }
    out.printf(
        Locale.ROOT,
        "  load: first %.2f s (cold JVM; %.2f s of the loading thread's CPU, %.2f s of the whole"
            + " process's with the JIT compiler and GC), median of %d later loads %.2f s (%.2f s"
            + " CPU)%n",
        firstLoad,
        firstCpu,
        firstProcessCpu,
        runs,
        median(loads),
        median(cpus));

    String[] queries = queries();
    long hits = 0;
    for (String q : queries) {
      hits += gazetteer.lookup(q).isEmpty() ? 0 : 1;
    }
    spin(gazetteer, queries, 1.0); // warm-up
    double[] rates = new double[runs];
    for (int r = 0; r < runs; r++) {
      rates[r] = spin(gazetteer, queries, 1.0);
    }
    out.printf(
        Locale.ROOT,
        "  lookups: %,.0f/s on one thread (median of %d runs; %,d distinct queries, %.0f%% found)%n",
        median(rates),
        runs,
        queries.length,
        100.0 * hits / queries.length);
    out.flush();
  }

  /** Looks up the queries round and round for about {@code seconds}; returns lookups per second. */
  private static double spin(Gazetteer gazetteer, String[] queries, double seconds) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long count = 0;
    long found = 0;
    long start = System.nanoTime();
    long now;
    do {
      for (String q : queries) {
        found += gazetteer.lookup(q).size();
      }
      count += queries.length;
      now = System.nanoTime();
    } while (now < deadline);
    if (found < 0) {
      throw new AssertionError(); // keeps the loop's work observable
    }
    return count / ((now - start) / 1e9);
  }

  /** Every 50th city name as written, in capitals and without accents, plus non-places. */
  private static String[] queries() {
    List<String> names = new ArrayList<>(Arrays.asList(NEWS_NAMES));
    try (InputStream in = Gazetteer.class.getResourceAsStream("cities.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#") && n++ % 50 == 0) {
          names.add(line.split("\t", 3)[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> queries = new ArrayList<>();
    Random random = new Random(42);
    for (String name : names) {
      queries.add(name);
      queries.add(name.toUpperCase(Locale.ROOT));
      queries.add(
          java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", ""));
      StringBuilder word = new StringBuilder();
      int length = 4 + random.nextInt(8);
      word.append((char) ('A' + random.nextInt(26)));
      for (int i = 1; i < length; i++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      queries.add(word.toString());
    }
    return queries.toArray(new String[0]);
  }

  /** CPU time of the whole process in ns, or 0 where the JVM does not tell. */
  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long size(String resource) {
    URL url = Gazetteer.class.getResource(resource);
    if (url == null) {
      return 0;
    }
    try {
      return url.openConnection().getContentLengthLong();
    } catch (IOException e) {
      return 0;
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
