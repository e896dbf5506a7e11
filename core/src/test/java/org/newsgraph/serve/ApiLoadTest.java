package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.Store;

/**
 * Load on loopback with a bounded Java client: 50 clients asking the query endpoints as fast as
 * they can for a while (5 s in the normal suite; {@code -Dnewsgraph.load.seconds=60}, or the Maven
 * profile {@code load}, for the long run), with no error allowed, the p50/p99 latencies printed;
 * and documents posted by several writers while queries run, each then stored exactly once.
 *
 * <p>{@code -Dnewsgraph.load.data=DIR} runs the query load over an existing store (such as the
 * demo's) instead of the three-document test store; the store must not be in use.
 */
class ApiLoadTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 50;
  private static final String TOKEN = "fedcba9876543210".repeat(4);

  @TempDir Path folder;

  /** What a load run measured. */
  record Figures(
      long requests,
      long errors,
      List<String> firstErrors,
      long[] nanos,
      double seconds,
      Map<String, long[]> byEndpoint) {
    long percentileMillis(double p) {
      return percentileMillis(nanos, p);
    }

    static long percentileMillis(long[] nanos, double p) {
      if (nanos.length == 0) {
        return 0;
      }
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
      return TimeUnit.NANOSECONDS.toMillis(sorted[Math.max(0, i)]);
    }

    /** p50 and p99 of each endpoint, the slowest p99 first. */
    String byEndpointSummary() {
      StringBuilder b = new StringBuilder();
      byEndpoint.entrySet().stream()
          .sorted(
              (x, y) ->
                  Long.compare(
                      percentileMillis(y.getValue(), 99), percentileMillis(x.getValue(), 99)))
          .forEach(
              e ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "%n  %-28s %6d requests, p50 %5d ms, p99 %5d ms",
                          e.getKey(),
                          e.getValue().length,
                          percentileMillis(e.getValue(), 50),
                          percentileMillis(e.getValue(), 99))));
      return b.toString();
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "%d requests in %.1f s (%.0f/s) by %d clients, %d errors; p50 %d ms, p90 %d ms,"
              + " p99 %d ms, max %d ms",
          requests,
          seconds,
          requests / seconds,
          CLIENTS,
          errors,
          percentileMillis(50),
          percentileMillis(90),
          percentileMillis(99),
          percentileMillis(100));
    }
  }

  @Test
  void fiftyClientsQueryWithoutAnError() throws Exception {
    long seconds = Long.getLong("newsgraph.load.seconds", 5);
    String data = System.getProperty("newsgraph.load.data");
    Path storeFolder = data == null || data.isBlank() ? folder.resolve("store") : Path.of(data);
    try (Store store =
            data == null || data.isBlank()
                ? ApiCorpus.create(storeFolder)
                : Store.open(storeFolder);
        ApiServer server = ApiServer.start(store, "127.0.0.1", 0)) {
      List<String> requests = requests(server);
      Figures figures = load(server, requests, seconds, new AtomicBoolean(false));
      System.out.println(
          "ApiLoadTest: "
              + storeFolder
              + " ("
              + store.size()
              + " documents): "
              + figures.summary()
              + figures.byEndpointSummary());
      assertThat(figures.errors()).as(figures.firstErrors().toString()).isZero();
      assertThat(figures.requests()).isGreaterThan(CLIENTS);
    }
  }

  @Test
  void documentsPostedWhileQueriesRunAreStoredExactlyOnce() throws Exception {
    int writers = 4;
    int perWriter = 10;
    try (Store store = ApiCorpus.create(folder.resolve("store"));
        ApiServer server =
            ApiServer.start(
                store,
                "127.0.0.1",
                0,
                new ApiServer.Intake(ApiToken.of(TOKEN), () -> Extraction::of, 1 << 20))) {
      HttpClient http = client();
      URI post = URI.create(server.url() + "api/documents");
      Set<String> ids = ConcurrentHashMap.newKeySet();
      List<String> bad = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean(false);
      ExecutorService readers = Executors.newSingleThreadExecutor();
      Future<Figures> queries = readers.submit(() -> load(server, requests(server), 3600, stop));
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perWriter; i++) {
                    // Every document is posted by two writers: one stores it, the other is told
                    // it is known (or both race and the store keeps one).
                    int n = writer * perWriter + i;
                    int twin = ((writer + 1) % writers) * perWriter + i;
                    String body = article(n) + "\n" + article(twin);
                    HttpResponse<String> answer =
                        http.send(
                            HttpRequest.newBuilder(post)
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200 && answer.statusCode() != 201) {
                      bad.add(answer.statusCode() + " " + answer.body());
                      continue;
                    }
                    for (JsonNode d : JSON.readTree(answer.body()).get("documents")) {
                      ids.add(d.get("id").asText());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();
      stop.set(true);
      Figures figures = queries.get(1, TimeUnit.MINUTES);
      readers.shutdown();
      System.out.println("ApiLoadTest, queries while posting: " + figures.summary());

      int posted = writers * perWriter;
      assertThat(bad).isEmpty();
      assertThat(ids).hasSize(posted);
      assertThat(figures.errors()).as(figures.firstErrors().toString()).isZero();
      assertThat(store.size()).isEqualTo(3 + posted);
      assertThat(store.indexedDocuments()).isEqualTo(3 + posted);
      long rows =
          store.query(
              c -> {
                try (Statement st = c.createStatement();
                    ResultSet rs =
                        st.executeQuery("SELECT count(*), count(DISTINCT id) FROM documents")) {
                  rs.next();
                  assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
                  return rs.getLong(1);
                }
              });
      assertThat(rows).isEqualTo(3 + posted);
      for (String id : ids) {
        assertThat(store.contains(id)).isTrue();
      }
    }
  }

  private static String article(int n) {
    return "{\"title\": \"Report "
        + n
        + "\", \"published\": \"2022-05-"
        + String.format(Locale.ROOT, "%02d", 1 + n % 28)
        + "\", \"text\": \"Report number "
        + n
        + " says the ministers of Mali and France met again on Tuesday.\\n\\nThe talks, the "
        + n
        + "th of the year, will go on.\"}";
  }

  /** A mix of the query endpoints, with ids and words taken from the store itself. */
  private static List<String> requests(ApiServer server) throws Exception {
    HttpClient http = client();
    String base = server.url();
    JsonNode actors = get(http, base + "api/entities?limit=20");
    List<String> requests = new ArrayList<>();
    for (String word : List.of("Mali", "Libya", "France", "minister", "talks")) {
      requests.add("api/search?q=" + word);
      requests.add("api/quotes?about=" + word);
    }
    requests.addAll(
        List.of(
            "api/stats",
            "api/quotes",
            "api/quotes?speaker=drian",
            "api/events",
            "api/events?source=FRA&quad=4",
            "api/entities",
            "api/entities?type=person",
            "api/network",
            "api/timeline",
            "api/timeline?granularity=day",
            "api/places",
            "api/openapi.json",
            ""));
    for (JsonNode actor : actors) {
      requests.add("api/actors/" + actor.get("id").asText());
    }
    for (String word : List.of("said", "Mali", "Libya")) {
      for (JsonNode hit : get(http, base + "api/search?limit=10&q=" + word)) {
        requests.add("api/documents/" + hit.get("id").asText());
        requests.add("api/documents/" + hit.get("id").asText() + "/actors");
      }
    }
    return requests;
  }

  /** Runs the clients until the time is up or stop is set. */
  static Figures load(ApiServer server, List<String> requests, long seconds, AtomicBoolean stop)
      throws Exception {
    HttpClient http = client();
    String base = server.url();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong errors = new AtomicLong();
    List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    List<long[]> perClient = Collections.synchronizedList(new ArrayList<>());
    Map<String, List<Long>> byEndpoint = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(
          pool.submit(
              () -> {
                long[] nanos = new long[1024];
                int count = 0;
                int i = client;
                while (System.nanoTime() < deadline && !stop.get()) {
                  String path = requests.get(i++ % requests.size());
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> answer =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (answer.statusCode() != 200) {
                      errors.incrementAndGet();
                      if (firstErrors.size() < 5) {
                        firstErrors.add(
                            path
                                + " -> "
                                + answer.statusCode()
                                + " "
                                + new String(answer.body(), StandardCharsets.UTF_8));
                      }
                    }
                  } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) {
                      firstErrors.add(path + " -> " + e);
                    }
                  }
                  if (count == nanos.length) {
                    nanos = Arrays.copyOf(nanos, count * 2);
                  }
                  long took = System.nanoTime() - t0;
                  nanos[count++] = took;
                  byEndpoint
                      .computeIfAbsent(
                          endpoint(path), k -> Collections.synchronizedList(new ArrayList<>()))
                      .add(took);
                }
                perClient.add(Arrays.copyOf(nanos, count));
                return null;
              }));
    }
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
    Map<String, long[]> endpoints = new TreeMap<>();
    byEndpoint.forEach((k, v) -> endpoints.put(k, v.stream().mapToLong(Long::longValue).toArray()));
    return new Figures(all.length, errors.get(), List.copyOf(firstErrors), all, elapsed, endpoints);
  }

  /** A request's endpoint, its ids and parameters left out: /api/actors/{id}. */
  private static String endpoint(String path) {
    String p = path.replaceAll("\\?.*", "");
    p = p.replaceAll("/[0-9a-f]{16}(/|$)", "/{id}$1").replaceAll("/\\d+$", "/{id}");
    return p.isEmpty() ? "/ (the page)" : "/" + p;
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(url).isEqualTo(200);
    return JSON.readTree(answer.body());
  }
}
