package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a {@link NerTagger} on CoNLL data the way conlleval does: an entity counts as found only
 * if type and both boundaries match a gold entity exactly; precision, recall and F1 per type and
 * micro-averaged over all entities.
 *
 * <p>Thread-safe: holds no state. The tagger is called from the calling thread, in batches of
 * {@value #BATCH} sentences so that memory stays bounded by the gold data.
 */
public final class NerEvaluator {

  static final int BATCH = 1000;

  /**
   * The result of one run.
   *
   * @param sentences sentences scored
   * @param tokens tokens scored
   * @param types counts per type, ordered by type name; a type appears if gold or tagger used it
   * @param overall counts over all types (micro average)
   * @param adjacentSameType gold entities that directly follow one of the same type — what a tagger
   *     answering bare classes cannot get right
   * @param tokensCorrect tokens whose class (type, or O) the tagger got right, boundaries aside
   */
  public record Report(
      int sentences,
      int tokens,
      List<Counts> types,
      Counts overall,
      int adjacentSameType,
      int tokensCorrect) {

    public Report {
      types = List.copyOf(types);
    }

    /** The figures as a small table for the terminal. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "ner: %d sentences, %d gold entities (%d tokens, %d directly after one of the same"
                  + " type)%n",
              sentences,
              overall.gold(),
              tokens,
              adjacentSameType));
      out.append(Counts.header("type"));
      for (Counts c : types) {
        out.append(c.row());
      }
      Score all = overall.score();
      out.append(
          String.format(
              Locale.ROOT,
              "token class accuracy %.3f%noverall P=%.3f R=%.3f F1=%.3f%n",
              tokens == 0 ? 0 : (double) tokensCorrect / tokens,
              all.precision(),
              all.recall(),
              all.f1()));
      return out.toString();
    }
  }

  /**
   * Tags the sentences with {@code tagger} and scores the answer against their gold tags.
   *
   * @throws IllegalStateException if the tagger answers with the wrong number of sentences or tags,
   *     or with a tag that is not a CoNLL tag
   */
  public Report evaluate(List<ConllSentence> gold, NerTagger tagger) {
    Map<String, int[]> byType = new TreeMap<>();
    int[] all = new int[3];
    int tokens = 0;
    int tokensCorrect = 0;
    int adjacent = 0;
    for (int from = 0; from < gold.size(); from += BATCH) {
      List<ConllSentence> batch = gold.subList(from, Math.min(gold.size(), from + BATCH));
      List<List<String>> input = new ArrayList<>(batch.size());
      for (ConllSentence s : batch) {
        input.add(s.tokens());
      }
      List<List<String>> answer = tagger.tag(input);
      if (answer == null || answer.size() != batch.size()) {
        throw new IllegalStateException(
            "tagger answered "
                + (answer == null ? "null" : answer.size() + " sentences")
                + " for "
                + batch.size());
      }
      for (int i = 0; i < batch.size(); i++) {
        ConllSentence sentence = batch.get(i);
        List<String> predictedTags = answer.get(i);
        if (predictedTags == null || predictedTags.size() != sentence.tokens().size()) {
          throw new IllegalStateException(
              "tagger answered "
                  + (predictedTags == null ? "null" : predictedTags.size() + " tags")
                  + " for a sentence of "
                  + sentence.tokens().size()
                  + " tokens (line "
                  + sentence.line()
                  + ")");
        }
        List<ConllSpan> goldSpans = sentence.entities();
        List<ConllSpan> predictedSpans;
        try {
          predictedSpans = ConllSpan.decode(predictedTags);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "tagger answer for the sentence at line " + sentence.line() + ": " + e.getMessage(),
              e);
        }
        tokens += sentence.tokens().size();
        tokensCorrect += sameClasses(sentence.tags(), predictedTags);
        adjacent += adjacentSameType(goldSpans);
        Set<ConllSpan> goldSet = new HashSet<>(goldSpans);
        for (ConllSpan g : goldSpans) {
          byType.computeIfAbsent(g.type(), t -> new int[3])[0]++;
        }
        for (ConllSpan p : predictedSpans) {
          int c = goldSet.contains(p) ? 1 : 0;
          int[] counts = byType.computeIfAbsent(p.type(), t -> new int[3]);
          counts[1]++;
          counts[2] += c;
          all[1]++;
          all[2] += c;
        }
        all[0] += goldSpans.size();
      }
    }
    List<Counts> types = new ArrayList<>();
    byType.forEach((type, c) -> types.add(new Counts(type, c[0], c[1], c[2])));
    return new Report(
        gold.size(),
        tokens,
        types,
        new Counts("overall", all[0], all[1], all[2]),
        adjacent,
        tokensCorrect);
  }

  /** Gold entities that start right where an entity of the same type ends. */
  static int adjacentSameType(List<ConllSpan> spans) {
    int n = 0;
    for (int i = 1; i < spans.size(); i++) {
      ConllSpan prev = spans.get(i - 1);
      ConllSpan cur = spans.get(i);
      if (prev.end() == cur.start() && prev.type().equals(cur.type())) {
        n++;
      }
    }
    return n;
  }

  private static int sameClasses(List<String> goldTags, List<String> predictedTags) {
    int n = 0;
    for (int i = 0; i < goldTags.size(); i++) {
      if (classOf(goldTags.get(i)).equals(classOf(predictedTags.get(i)))) {
        n++;
      }
    }
    return n;
  }

  private static String classOf(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
  }
}
