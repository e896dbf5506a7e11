package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a {@link QuoteTagger} against labelled attributions (see {@link BratReader}).
 *
 * <p><b>Content</b>: a predicted attribution matches a labelled one when their contents share at
 * least half of the longer of the two (lengths and shared characters summed over fragments; exactly
 * half is enough). Matching is one-to-one: candidate pairs are taken best share first (ties:
 * earlier label, then earlier prediction), each label and each prediction at most once. Precision
 * is matched among predicted, recall matched among labelled. Labels in one document do not overlap
 * (PolNeAR's are univocal), so a prediction can match at most one label except at an exact tie of
 * two halves; the greedy order then gives a largest matching.
 *
 * <p><b>Speaker</b>: among matched pairs whose label has a source, the share whose predicted
 * speaker mention overlaps the source by at least one character. A missing predicted speaker is
 * wrong.
 *
 * <p><b>Direct and all</b>: the direct score keeps the labels that {@link QuoteMarks} calls direct
 * and the predictions flagged direct and matches them among themselves; the all score keeps
 * everything. A direct quote predicted as reported speech is a miss in the direct score, a hit in
 * the all score.
 *
 * <p>A tagger that throws on a document is recorded as a problem and scored as having found nothing
 * there; predictions reaching past the text are dropped with a problem. Not thread-safe.
 */
public final class QuoteEvaluator {

  /** Counts of one score, summed over documents. */
  private static final class Tally {
    int gold;
    int predicted;
    int matched;
    int speakersScored;
    int speakersRight;

    QuoteScore toScore(String what) {
      return new QuoteScore(what, gold, predicted, matched, speakersScored, speakersRight);
    }
  }

  /** Runs the tagger on every document's text and scores what it finds. */
  public QuoteEvaluation evaluate(List<BratDocument> documents, QuoteTagger tagger) {
    Tally direct = new Tally();
    Tally all = new Tally();
    List<String> problems = new ArrayList<>();
    for (BratDocument document : documents) {
      List<PredictedQuote> predicted = tag(document, tagger, problems);
      score(document.attributions(), predicted, all);
      score(
          document.attributions().stream().filter(BratAttribution::direct).toList(),
          predicted.stream().filter(PredictedQuote::direct).toList(),
          direct);
    }
    return new QuoteEvaluation(
        documents.size(), direct.toScore("quotes (direct)"), all.toScore("quotes (all)"), problems);
  }

  private static List<PredictedQuote> tag(
      BratDocument document, QuoteTagger tagger, List<String> problems) {
    List<PredictedQuote> found;
    try {
      found = tagger.tag(document.text());
    } catch (RuntimeException e) {
      problems.add(document.name() + ": the tagger failed (" + e + "); scored as finding nothing");
      return List.of();
    }
    if (found == null) {
      problems.add(document.name() + ": the tagger returned null; scored as finding nothing");
      return List.of();
    }
    List<PredictedQuote> kept = new ArrayList<>(found.size());
    int length = document.text().length();
    for (PredictedQuote quote : found) {
      boolean inside =
          quote.content().get(quote.content().size() - 1).end() <= length
              && (quote.speaker() == null || quote.speaker().end() <= length);
      if (inside) {
        kept.add(quote);
      } else {
        problems.add(
            document.name() + ": a predicted quote reaches past the text (" + quote + "); dropped");
      }
    }
    return kept;
  }

  /** Matches one document's predictions to its labels and adds the counts to the tally. */
  static void score(List<BratAttribution> gold, List<PredictedQuote> predicted, Tally tally) {
    tally.gold += gold.size();
    tally.predicted += predicted.size();
    for (int[] pair : match(gold, predicted)) {
      tally.matched++;
      BratAnnotation source = gold.get(pair[0]).source();
      if (source != null) {
        tally.speakersScored++;
        QuoteSpan speaker = predicted.get(pair[1]).speaker();
        if (speaker != null && QuoteSpan.overlap(source.spans(), List.of(speaker)) > 0) {
          tally.speakersRight++;
        }
      }
    }
  }

  /** One-to-one matched pairs as {label index, prediction index}. */
  static List<int[]> match(List<BratAttribution> gold, List<PredictedQuote> predicted) {
    // Labels by start, with the furthest end reached so far, to visit only labels that can overlap.
    Integer[] order = new Integer[gold.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> gold.get(i).content().start()));
    int[] starts = new int[order.length];
    int[] maxEnd = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      starts[k] = gold.get(order[k]).content().start();
      maxEnd[k] = Math.max(k == 0 ? 0 : maxEnd[k - 1], gold.get(order[k]).content().end());
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      List<QuoteSpan> content = predicted.get(p).content();
      int start = content.get(0).start();
      int end = content.get(content.size() - 1).end();
      for (int k = firstAtOrAfter(starts, end) - 1; k >= 0 && maxEnd[k] > start; k--) {
        List<QuoteSpan> label = gold.get(order[k]).content().spans();
        int shared = QuoteSpan.overlap(label, content);
        int longer = Math.max(QuoteSpan.length(label), QuoteSpan.length(content));
        if (shared > 0 && 2L * shared >= longer) {
          candidates.add(new Candidate(order[k], p, (double) shared / longer));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::share)
            .reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::predicted));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predictedUsed = new boolean[predicted.size()];
    List<int[]> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold] && !predictedUsed[c.predicted]) {
        goldUsed[c.gold] = true;
        predictedUsed[c.predicted] = true;
        pairs.add(new int[] {c.gold, c.predicted});
      }
    }
    return pairs;
  }

  /** Index of the first value >= key in a sorted array (its length when none). */
  private static int firstAtOrAfter(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private record Candidate(int gold, int predicted, double share) {}
}
