package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores an {@link EventTagger} on labelled sentences: micro-averaged precision, recall and F1 of
 * (source country, target country, root code) triples.
 *
 * <p>Within one sentence, gold and predicted triples are matched as multisets: a triple the gold
 * data lists twice must be predicted twice to be found twice, and a triple predicted twice where
 * the gold lists it once is one hit and one false alarm. Triples are never matched across
 * sentences. Two secondary figures help to tell wrong actors from wrong event types:
 *
 * <ul>
 *   <li><b>dyad</b>: the same matching on (source, target) alone, the root ignored;
 *   <li><b>root given dyad</b>: of the dyads matched, the share whose triple matched too (triples
 *       correct over dyads correct) — how often the root is right once the actors are.
 * </ul>
 *
 * <p>Per root code, counts are of gold and predicted triples with that root and of those matched.
 * The report lists every gold triple not found (misses) and every predicted triple not in the gold
 * data (false alarms), with their sentence, for error analysis.
 *
 * <p>{@link #betweenCountries()} drops domestic triples (source and target the same country) from
 * both sides before matching: the bundled Wikinews set labels only events between two countries, so
 * a coder's domestic events are neither right nor wrong there. {@link #allTriples()} keeps them.
 *
 * <p>Thread-safe: immutable. The tagger is called from the calling thread, one sentence at a time.
 */
public final class EventEvaluator {

  private final boolean dropDomestic;

  private EventEvaluator(boolean dropDomestic) {
    this.dropDomestic = dropDomestic;
  }

  /** An evaluator that scores every triple, domestic ones (source equal to target) included. */
  public static EventEvaluator allTriples() {
    return new EventEvaluator(false);
  }

  /**
   * An evaluator that ignores domestic triples (source equal to target) in the gold data and in the
   * tagger's answers, as the bundled Wikinews set is labelled.
   */
  public static EventEvaluator betweenCountries() {
    return new EventEvaluator(true);
  }

  /**
   * A triple left unmatched: a miss (gold, not predicted) or a false alarm (predicted, not gold).
   *
   * @param id the sentence's id
   * @param text the sentence's text
   * @param triple the unmatched triple
   */
  public record Mismatch(String id, String text, CountryTriple triple) {

    /**
     * @throws IllegalArgumentException if any part is null
     */
    public Mismatch {
      if (id == null || text == null || triple == null) {
        throw new IllegalArgumentException("mismatch parts cannot be null: " + id + " " + triple);
      }
    }
  }

  /**
   * The result of one run.
   *
   * @param sentences sentences scored
   * @param triples counts of whole triples (the main figure)
   * @param dyads counts of (source, target) pairs, roots ignored
   * @param roots counts per root code, in code order; a root appears if gold or tagger used it
   * @param misses gold triples not found, in sentence order
   * @param falseAlarms predicted triples not in the gold data, in sentence order
   * @param ignoredGold domestic gold triples left out ({@link #betweenCountries()} only)
   * @param ignoredPredicted domestic predicted triples left out ({@link #betweenCountries()} only)
   */
  public record Report(
      int sentences,
      Counts triples,
      Counts dyads,
      List<Counts> roots,
      List<Mismatch> misses,
      List<Mismatch> falseAlarms,
      int ignoredGold,
      int ignoredPredicted) {

    public Report {
      roots = List.copyOf(roots);
      misses = List.copyOf(misses);
      falseAlarms = List.copyOf(falseAlarms);
    }

    /**
     * Root given dyad: triples correct over dyads correct, the share of matched dyads whose root
     * was right too; 0 when no dyad matched.
     */
    public double rootAccuracyGivenDyad() {
      return dyads.correct() == 0 ? 0 : (double) triples.correct() / dyads.correct();
    }

    /** The figures as a small table for the terminal (without the lists of mismatches). */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "events: %d sentences, %d gold triples, %d predicted%n",
              sentences,
              triples.gold(),
              triples.predicted()));
      if (ignoredGold > 0 || ignoredPredicted > 0) {
        out.append(
            String.format(
                Locale.ROOT,
                "domestic triples ignored: %d gold, %d predicted%n",
                ignoredGold,
                ignoredPredicted));
      }
      out.append(Counts.header("root"));
      for (Counts c : roots) {
        out.append(c.row());
      }
      out.append(dyads.row());
      out.append(triples.row());
      out.append(String.format(Locale.ROOT, "root given dyad %.3f%n", rootAccuracyGivenDyad()));
      return out.toString();
    }
  }

  /**
   * Codes every sentence with {@code tagger} and scores the answers against the labels.
   *
   * @throws IllegalArgumentException if {@code gold} or {@code tagger} is null
   * @throws IllegalStateException if the tagger answers null, or a list holding null
   */
  public Report evaluate(List<EventSentence> gold, EventTagger tagger) {
    if (gold == null || tagger == null) {
      throw new IllegalArgumentException("gold sentences and tagger are required");
    }
    Map<String, int[]> byRoot = new TreeMap<>();
    int[] tripleCounts = new int[3];
    int[] dyadCounts = new int[3];
    int ignoredGold = 0;
    int ignoredPredicted = 0;
    List<Mismatch> misses = new ArrayList<>();
    List<Mismatch> falseAlarms = new ArrayList<>();
    for (EventSentence sentence : gold) {
      List<CountryTriple> answer = tagger.code(sentence);
      if (answer == null || answer.stream().anyMatch(Objects::isNull)) {
        throw new IllegalStateException(
            "tagger answered "
                + (answer == null ? "null" : "a list holding null")
                + " for sentence "
                + sentence.id());
      }
      List<CountryTriple> expected = new ArrayList<>(sentence.events());
      List<CountryTriple> predicted = new ArrayList<>(answer);
      if (dropDomestic) {
        ignoredGold += removeDomestic(expected);
        ignoredPredicted += removeDomestic(predicted);
      }
      for (CountryTriple t : expected) {
        byRoot.computeIfAbsent(t.root(), r -> new int[3])[0]++;
      }
      for (CountryTriple t : predicted) {
        byRoot.computeIfAbsent(t.root(), r -> new int[3])[1]++;
      }
      List<CountryTriple> unmatchedGold = new ArrayList<>(expected);
      for (CountryTriple t : predicted) {
        if (unmatchedGold.remove(t)) {
          byRoot.get(t.root())[2]++;
          tripleCounts[2]++;
        } else {
          falseAlarms.add(new Mismatch(sentence.id(), sentence.text(), t));
        }
      }
      for (CountryTriple t : unmatchedGold) {
        misses.add(new Mismatch(sentence.id(), sentence.text(), t));
      }
      tripleCounts[0] += expected.size();
      tripleCounts[1] += predicted.size();
      dyadCounts[0] += expected.size();
      dyadCounts[1] += predicted.size();
      dyadCounts[2] += matched(expected, predicted, CountryTriple::dyad);
    }
    List<Counts> roots = new ArrayList<>();
    byRoot.forEach((root, c) -> roots.add(new Counts(root, c[0], c[1], c[2])));
    return new Report(
        gold.size(),
        new Counts("triples", tripleCounts[0], tripleCounts[1], tripleCounts[2]),
        new Counts("dyads", dyadCounts[0], dyadCounts[1], dyadCounts[2]),
        roots,
        misses,
        falseAlarms,
        ignoredGold,
        ignoredPredicted);
  }

  private static int removeDomestic(List<CountryTriple> triples) {
    int before = triples.size();
    triples.removeIf(CountryTriple::domestic);
    return before - triples.size();
  }

  /** Size of the multiset intersection of the two lists under {@code key}. */
  private static int matched(
      List<CountryTriple> gold,
      List<CountryTriple> predicted,
      Function<CountryTriple, String> key) {
    Map<String, Integer> left = new HashMap<>();
    for (CountryTriple t : gold) {
      left.merge(key.apply(t), 1, Integer::sum);
    }
    int n = 0;
    for (CountryTriple t : predicted) {
      Integer k = left.get(key.apply(t));
      if (k != null && k > 0) {
        left.put(key.apply(t), k - 1);
        n++;
      }
    }
    return n;
  }
}
