package org.newsgraph.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.event.EventCoder;
import org.newsgraph.extract.event.EventDictionaries;
import org.newsgraph.model.CleanDocument;

/**
 * The event coder alone, given parses: the documents' sentences are annotated with the dependency
 * parser once, then the coder (production dictionaries) codes all of them on one thread, one
 * warm-up pass and {@code runs} timed passes; prints the median sentences per second. Also prints
 * how long the dictionaries took to load.
 */
public final class EventCoderBench {

  private final int runs;
  private final PrintWriter out;

  /**
   * @throws IllegalArgumentException when runs is below 1
   */
  public EventCoderBench(int runs, PrintWriter out) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1: " + runs);
    }
    this.runs = runs;
    this.out = out;
  }

  /** Parses the documents' sentences until {@code limit} are parsed, then times the coder. */
  public void run(List<CleanDocument> documents, int limit) {
    long t0 = System.nanoTime();
    EventDictionaries dictionaries = EventDictionaries.standard();
    ActorDictionary actors = ActorDictionary.standard();
    out.printf(
        Locale.ROOT,
        "event dictionaries loaded in %d ms (verbs, discards, codes %d ms; actors and agents %d"
            + " ms)%n",
        (System.nanoTime() - t0) / 1_000_000,
        dictionaries.loadMillis(),
        actors.report().loadMillis());
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(true, CoreNlpAnnotator.Options.DEFAULT_MAX_CHARACTERS));
    List<Sentence> sentences = new ArrayList<>(limit);
    long p0 = System.nanoTime();
    for (CleanDocument doc : documents) {
      if (sentences.size() >= limit) {
        break;
      }
      AnnotatedDocument annotated = annotator.annotate(doc);
      for (Sentence s : annotated.sentences()) {
        if (!s.parse().isEmpty() && sentences.size() < limit) {
          sentences.add(s);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "parsed %d sentences in %.1f s (annotate with the dependency parser, not timed below)%n",
        sentences.size(),
        (System.nanoTime() - p0) / 1e9);
    if (sentences.isEmpty()) {
      return;
    }
    EventCoder coder = new EventCoder(dictionaries, actors);
    codeAll(coder, sentences);
    double[] rates = new double[runs];
    int events = 0;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      events = codeAll(coder, sentences);
      rates[r] = sentences.size() / ((System.nanoTime() - start) / 1e9);
    }
    Arrays.sort(rates);
    out.printf(
        Locale.ROOT,
        "event coder, 1 thread: %,.0f sentences/s (median of %d runs; min %,.0f, max %,.0f);"
            + " %d events coded per pass%n",
        rates[runs / 2],
        runs,
        rates[0],
        rates[runs - 1],
        events);
  }

  private static int codeAll(EventCoder coder, List<Sentence> sentences) {
    int events = 0;
    for (Sentence s : sentences) {
      events += coder.code(s, null).size();
    }
    return events;
  }
}
