package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsgraph.extract.tone.ToneScorer;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Extraction;

/**
 * Writes the events of document records as the GDELT 2.0 Event table: UTF-8, tab-separated, no
 * header, the 61 columns of the GDELT 2.0 Event codebook in its order, one row per event.
 *
 * <p>How each column is filled is told in the README, "Exports in GDELT's formats". In short: the
 * event id is {@link #globalEventId}; the dates are the event's date; the actor columns come from
 * the CAMEO actor codes ({@link GdeltActorCode}); IsRootEvent is 1 for an event reported in the
 * first paragraph; NumMentions, NumSources, NumArticles and AvgTone come from the event's {@link
 * EventCoverage} when one is given (the store's merged events: only a merged event's first report
 * is written, the others are counted by {@link #merged()}), else NumMentions is how often the
 * document reports the event, NumSources and NumArticles 1, and AvgTone the tone of its sentence
 * ({@link ToneScorer}); the action geography is the event's place and the actor geographies are
 * empty; DATEADDED is the publication day (else the event day) at 00:00:00, so that an export is
 * the same every time it is made.
 *
 * <p>An event row needs a date (GDELT users select and partition by SQLDATE): an event with no date
 * of its own in a document with no publication date is not written, nor is an event past the
 * {@value #MAX_EVENTS}th of one document, which its id cannot number; {@link #skipped()} counts
 * both.
 *
 * <p>Not thread-safe: one writer per output stream, fed from one thread.
 */
public final class GdeltEventWriter implements Closeable {

  /** The number of columns of the GDELT 2.0 Event table. */
  public static final int COLUMNS = 61;

  /** The most events of one document that can be written: the id keeps three decimal digits. */
  public static final int MAX_EVENTS = 1000;

  private static final int ID_HEX_DIGITS = 13;
  private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{" + ID_HEX_DIGITS + ",}");

  private final Writer out;
  private final EventCoverage.Lookup coverage;
  private long rows;
  private long skipped;
  private long merged;

  /** A writer on the given stream, each event its own; closing the writer closes the stream. */
  public GdeltEventWriter(OutputStream out) {
    this(out, (document, index) -> null);
  }

  /**
   * A writer on the given stream that writes merged events once, with their counts; closing the
   * writer closes the stream.
   */
  public GdeltEventWriter(OutputStream out, EventCoverage.Lookup coverage) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    this.coverage = java.util.Objects.requireNonNull(coverage, "coverage");
  }

  /**
   * The GLOBALEVENTID of an event: the first 13 hex digits (52 bits) of the document id as a
   * number, times 1000, plus the event's index in the record. So ids are the same on every export,
   * differ between the events of a document, and tell their document: {@code id / 1000} in hex is
   * the start of the document id. A document id that is not hexadecimal (our ids are) is first
   * hashed with SHA-256. Two documents share ids only when their ids share 52 bits: about one
   * chance in ten thousand among a million documents.
   *
   * @throws IllegalArgumentException if the index is negative or not below {@value #MAX_EVENTS}
   */
  public static long globalEventId(String documentId, int eventIndex) {
    Objects.requireNonNull(documentId, "documentId");
    if (eventIndex < 0 || eventIndex >= MAX_EVENTS) {
      throw new IllegalArgumentException(
          "event index must be within 0.." + (MAX_EVENTS - 1) + ": " + eventIndex);
    }
    String hex = HEX_ID.matcher(documentId).matches() ? documentId : sha256(documentId);
    return Long.parseLong(hex.substring(0, ID_HEX_DIGITS), 16) * MAX_EVENTS + eventIndex;
  }

  private static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Writes one row per event of the record.
   *
   * @return the number of rows written
   * @throws UncheckedIOException if the output cannot be written
   */
  public int write(Extraction extraction) {
    CleanDocument doc = extraction.document();
    int firstParagraphEnd = doc.text().indexOf("\n\n");
    if (firstParagraphEnd < 0) {
      firstParagraphEnd = doc.text().length();
    }
    int written = 0;
    List<Event> events = extraction.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      LocalDate date = event.date() != null ? event.date() : doc.published();
      if (date == null || i >= MAX_EVENTS) {
        skipped++;
        continue;
      }
      EventCoverage reports = coverage.of(doc.id(), i);
      if (reports != null && !reports.first()) {
        merged++;
        continue;
      }
      List<String> row = new ArrayList<>(COLUMNS);
      row.add(Long.toString(globalEventId(doc.id(), i)));
      addDate(row, date);
      addActor(row, event.source(), extraction);
      addActor(row, event.target(), extraction);
      row.add(event.sentence().start() < firstParagraphEnd ? "1" : "0");
      addAction(row, event, reports, doc.text());
      addGeo(row, null);
      addGeo(row, null);
      addGeo(row, event.place() == null ? null : GdeltGeo.of(event.place(), extraction.places()));
      row.add(GdeltText.timestamp(doc.published() != null ? doc.published() : date));
      row.add(doc.url() != null ? doc.url() : doc.source());
      writeRow(row);
      written++;
    }
    rows += written;
    return written;
  }

  private static void addDate(List<String> row, LocalDate date) {
    row.add(GdeltText.day(date));
    row.add(GdeltText.day(date).substring(0, 6));
    row.add(Integer.toString(date.getYear()));
    // The share of the year gone before the day: 0 on 1 January, always below 1.
    double fraction = (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    row.add(String.format(Locale.ROOT, "%d.%04d", date.getYear(), (int) (fraction * 10_000)));
  }

  private static void addActor(List<String> row, EventActor actor, Extraction extraction) {
    GdeltActorCode code = GdeltActorCode.parse(actor.code());
    row.add(code.code());
    row.add(actorName(actor, extraction).toUpperCase(Locale.ROOT));
    row.add(code.country());
    row.add(code.knownGroup());
    row.add(null); // ethnic code: see GdeltActorCode
    row.add(code.religion(0));
    row.add(code.religion(1));
    row.add(code.type(0));
    row.add(code.type(1));
    row.add(code.type(2));
  }

  /** The actor's entity's canonical name when it is one, else its words in the sentence. */
  private static String actorName(EventActor actor, Extraction extraction) {
    if (actor.entity() != null) {
      for (Entity entity : extraction.entities()) {
        if (entity.id().equals(actor.entity())) {
          return entity.name();
        }
      }
    }
    return actor.text();
  }

  private static void addAction(List<String> row, Event event, EventCoverage reports, String text) {
    String cameo = event.cameo();
    row.add(cameo);
    row.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    row.add(event.root());
    row.add(Integer.toString(event.quadClass()));
    row.add(GdeltText.number(event.goldstein()));
    if (reports != null) {
      row.add(Integer.toString(reports.mentions()));
      row.add(Integer.toString(reports.sources()));
      row.add(Integer.toString(reports.articles()));
      row.add(GdeltText.percent(reports.avgTone()));
      return;
    }
    row.add(Integer.toString(event.count()));
    row.add("1");
    row.add("1");
    row.add(
        GdeltText.percent(
            ToneScorer.scoreSpan(text, event.sentence().start(), event.sentence().end()).tone()));
  }

  private static void addGeo(List<String> row, GdeltGeo geo) {
    if (geo == null) {
      for (int i = 0; i < 8; i++) {
        row.add(null);
      }
      return;
    }
    row.add(geo.type() == null ? null : geo.type().toString());
    row.add(geo.fullName());
    row.add(geo.country());
    row.add(null); // ADM1: not known
    row.add(null); // ADM2: not known
    row.add(GdeltText.number(geo.lat()));
    row.add(GdeltText.number(geo.lon()));
    row.add(geo.featureId());
  }

  private void writeRow(List<String> row) {
    try {
      out.write(GdeltText.line(row, COLUMNS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of rows written so far. */
  public long rows() {
    return rows;
  }

  /** The number of events not written so far: undated, or past {@value #MAX_EVENTS} in a record. */
  public long skipped() {
    return skipped;
  }

  /** The number of events not written because they are later reports of a merged event. */
  public long merged() {
    return merged;
  }

  /** Flushes buffered rows to the stream. */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
