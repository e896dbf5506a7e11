package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.query.Queries;
import org.newsgraph.store.Store;

/**
 * Query latency over a store: full-text search, quotes by speaker, events by dyad and actor
 * dossiers, each asked many times with arguments drawn from the store itself (its most mentioned
 * actors, speakers and dyads), after a warm-up; p50, p95 and the maximum per kind.
 */
public final class QueryBench {

  /** One kind of query, asked with one of its arguments. */
  private interface Ask {
    void ask(String argument) throws IOException;
  }

  private final Store store;
  private final Queries queries;
  private final int rounds;
  private final PrintWriter out;

  /**
   * @param rounds timed queries per kind (a fifth as many are asked first as warm-up)
   */
  public QueryBench(Store store, int rounds, PrintWriter out) {
    this.store = store;
    this.queries = new Queries(store);
    this.rounds = rounds;
    this.out = out;
  }

  public void run() throws IOException {
    out.printf(
        Locale.ROOT,
        "query latency over a store of %d documents (%d queries per kind after %d warm-up)%n",
        store.size(),
        rounds,
        rounds / 5);
    List<String> names =
        strings(
            "SELECT a.name FROM entities e JOIN actors a ON a.id = e.actor_id"
                + " WHERE a.type IN ('PERSON', 'ORGANIZATION', 'COUNTRY')"
                + " GROUP BY a.name ORDER BY count(*) DESC LIMIT 200");
    List<String> speakers =
        strings(
            "SELECT a.name FROM quotes q JOIN actors a ON a.id = q.speaker_actor"
                + " GROUP BY a.name ORDER BY count(*) DESC LIMIT 100");
    List<String> dyads =
        strings(
            "SELECT left(source_code, 3) || ' ' || left(target_code, 3) FROM events"
                + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 100");
    List<String> actors =
        strings(
            "SELECT CAST(actor_id AS VARCHAR) FROM entities GROUP BY actor_id"
                + " ORDER BY count(*) DESC LIMIT 200");
    out.printf("%-22s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "max ms", "args");
    Random random = new Random(42);
    measure("search (two names)", twoOf(names, random), q -> queries.search(q, null, null, 20));
    measure(
        "quotes by speaker",
        speakers,
        q -> queries.quotes(new Queries.QuoteQuery(q, null, null, null, 20)));
    measure(
        "events by dyad",
        dyads,
        q -> {
          String[] pair = q.split(" ");
          queries.events(new Queries.EventQuery(pair[0], pair[1], null, null, null, null, 20));
        });
    measure("actor dossier", actors, q -> queries.dossier(Long.parseLong(q), 20));
    out.flush();
  }

  private static List<String> twoOf(List<String> names, Random random) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < 200 && names.size() > 1; i++) {
      pairs.add(
          quote(names.get(random.nextInt(names.size())))
              + " "
              + quote(names.get(random.nextInt(names.size()))));
    }
    return pairs;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "").replace("\\", "") + "\"";
  }

  private void measure(String kind, List<String> arguments, Ask ask) throws IOException {
    if (arguments.isEmpty()) {
      out.printf("%-22s %8s%n", kind, "(nothing to ask: the store has none)");
      return;
    }
    Random random = new Random(7);
    for (int i = 0; i < rounds / 5; i++) {
      ask.ask(arguments.get(random.nextInt(arguments.size())));
    }
    double[] millis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      String argument = arguments.get(random.nextInt(arguments.size()));
      long start = System.nanoTime();
      ask.ask(argument);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    out.printf(
        Locale.ROOT,
        "%-22s %8.1f %8.1f %8.1f %8d%n",
        kind,
        millis[rounds / 2],
        millis[(int) Math.ceil(rounds * 0.95) - 1],
        millis[rounds - 1],
        arguments.size());
  }

  private List<String> strings(String sql) throws IOException {
    return store.query(
        db -> {
          List<String> values = new ArrayList<>();
          try (PreparedStatement ps = db.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              values.add(rs.getString(1));
            }
          }
          return values;
        });
  }
}
