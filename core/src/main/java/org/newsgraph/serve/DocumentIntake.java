package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.DocumentPipeline;
import org.newsgraph.store.Store;

/**
 * {@code POST /api/documents}: ingest over HTTP. The body is one JSON object ({@code text} or
 * {@code html}, with {@code title}, {@code url}, {@code published}, {@code source} as in a JSONL
 * line), an array of such objects, or JSON Lines; the documents go through the same pipeline as
 * {@code newsgraph ingest} and into the store.
 *
 * <p>Requests must carry {@code Authorization: Bearer TOKEN} (else 401, before the body is read),
 * and a body over the size limit is refused with 413 without being read further.
 *
 * <p>Memory stays bounded: at most {@value #MAX_CONCURRENT_POSTS} requests are read and processed
 * at once (the others wait), each body at most the size limit.
 *
 * <p>Thread-safe: requests are extracted in parallel, and stored one at a time, each id checked
 * against the store under the same lock as it is added, so that concurrent requests posting the
 * same document store it once.
 */
final class DocumentIntake {

  /** How each posted document fared. */
  record Posted(String id, String source, String status, List<String> problems) {}

  /** The answer: how many were added, and every document in the order posted. */
  record Answer(int added, List<Posted> documents) {}

  /** Posts processed at once; the rest wait (each holds its body and its documents in memory). */
  static final int MAX_CONCURRENT_POSTS = 4;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  // The body's size limit bounds every string; Jackson's own 20 MB cap must not.
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final Store store;
  private final ApiToken token;
  private final Supplier<? extends Function<CleanDocument, Extraction>> extractorFactory;
  private final int maxRequestBytes;
  private final Object storing = new Object();
  private final Semaphore running = new Semaphore(MAX_CONCURRENT_POSTS, true);
  private volatile Function<CleanDocument, Extraction> extractor;

  DocumentIntake(
      Store store,
      ApiToken token,
      Supplier<? extends Function<CleanDocument, Extraction>> extractorFactory,
      int maxRequestBytes) {
    this.store = store;
    this.token = token;
    this.extractorFactory = extractorFactory;
    this.maxRequestBytes = maxRequestBytes;
  }

  void post(Context ctx) throws IOException, InterruptedException {
    authorize(ctx);
    QueryParams.of(ctx);
    // Bodies wait their turn before being read, so that at most a few are in memory at once.
    running.acquire();
    try {
      take(ctx);
    } finally {
      running.release();
    }
  }

  private void take(Context ctx) throws IOException {
    byte[] body = body(ctx);
    byte[] lines = asJsonLines(body);
    List<Posted> posted = new ArrayList<>();
    List<Extraction> fresh = new ArrayList<>();
    DocumentPipeline pipeline =
        new DocumentPipeline(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                new Ingestor(new Ingestor.Options(maxRequestBytes)),
                doc -> extractor().apply(doc))
            .skipKnown(store::contains);
    pipeline.runJsonl(
        "api",
        new ByteArrayInputStream(lines),
        new DocumentPipeline.Listener() {
          @Override
          public void record(Extraction extraction) {
            CleanDocument doc = extraction.document();
            if (doc.text().isEmpty()) {
              posted.add(new Posted(null, doc.source(), "rejected", doc.problems()));
            } else {
              posted.add(new Posted(doc.id(), doc.source(), "added", doc.problems()));
              fresh.add(extraction);
            }
          }

          @Override
          public void known(CleanDocument doc) {
            posted.add(new Posted(doc.id(), doc.source(), "known", doc.problems()));
          }

          @Override
          public void duplicate(CleanDocument doc) {
            posted.add(new Posted(doc.id(), doc.source(), "duplicate", doc.problems()));
          }

          @Override
          public void failed(String source, String message) {
            posted.add(new Posted(null, source, "rejected", List.of(message)));
          }
        });
    int added = store(fresh, posted);
    boolean accepted = posted.stream().anyMatch(p -> !p.status().equals("rejected"));
    if (!accepted) {
      String why =
          posted.isEmpty() || posted.get(0).problems().isEmpty()
              ? "no document in the body"
              : posted.get(0).problems().get(0);
      throw new IllegalArgumentException("nothing could be stored: " + why);
    }
    ctx.status(added > 0 ? HttpStatus.CREATED : HttpStatus.OK).json(new Answer(added, posted));
  }

  /** Adds the new documents; those another request stored meanwhile become "known". */
  private int store(List<Extraction> fresh, List<Posted> posted) throws IOException {
    synchronized (storing) {
      List<Extraction> batch = new ArrayList<>();
      for (Extraction extraction : fresh) {
        String id = extraction.document().id();
        if (store.contains(id)) {
          posted.replaceAll(
              p ->
                  id.equals(p.id()) && p.status().equals("added")
                      ? new Posted(p.id(), p.source(), "known", p.problems())
                      : p);
        } else {
          batch.add(extraction);
        }
      }
      return store.add(batch);
    }
  }

  private void authorize(Context ctx) {
    String header = ctx.header(Header.AUTHORIZATION);
    String presented =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    if (!token.matches(presented)) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
      throw new UnauthorizedResponse(
          presented == null
              ? "this endpoint needs the header Authorization: Bearer TOKEN (the token is in the"
                  + " data folder's api-token file)"
              : "the token is not this server's");
    }
  }

  /** The body, read up to the limit. */
  private byte[] body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxRequestBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(maxRequestBytes + 1);
      if (body.length > maxRequestBytes) {
        throw tooLarge();
      }
      return body;
    }
  }

  private HttpResponseException tooLarge() {
    return new HttpResponseException(
        HttpStatus.CONTENT_TOO_LARGE.getCode(),
        "a request body is at most " + maxRequestBytes + " bytes");
  }

  /**
   * The body as JSON Lines: one object or an array of objects becomes one line per object; anything
   * else is taken for JSON Lines as it is (a broken line is that line's problem).
   */
  private static byte[] asJsonLines(byte[] body) throws IOException {
    int first = 0;
    while (first < body.length && Character.isWhitespace(body[first])) {
      first++;
    }
    if (first == body.length) {
      throw new IllegalArgumentException("the body is empty: post a JSON object with a text");
    }
    if (body[first] != '{' && body[first] != '[') {
      throw new IllegalArgumentException(
          "the body is a JSON object, an array of objects, or JSON Lines, not "
              + (body[first] == '<' ? "HTML (post it as {\"html\": ...})" : "plain text"));
    }
    JsonNode whole;
    try {
      whole = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return body; // JSON Lines, or broken: the reader reports each line
    }
    List<JsonNode> objects = new ArrayList<>();
    if (whole != null && whole.isArray()) {
      whole.forEach(objects::add);
    } else if (whole != null) {
      objects.add(whole);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
    for (JsonNode object : objects) {
      out.write(JSON.writeValueAsBytes(object));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** The extraction stages, built on first use (loading the language models takes a while). */
  private Function<CleanDocument, Extraction> extractor() {
    Function<CleanDocument, Extraction> f = extractor;
    if (f == null) {
      synchronized (this) {
        f = extractor;
        if (f == null) {
          f = extractorFactory.get();
          extractor = f;
        }
      }
    }
    return f;
  }
}
