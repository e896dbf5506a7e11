package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.DateMention;

/**
 * Scores a {@link TimexTagger} on TimeML documents by TempEval-3's rules (see {@link
 * TimexEvaluation}). Found expressions and labels are matched one to one in text order: each found
 * expression takes the first unmatched label it overlaps. Thread-safe: no state.
 */
public final class TimexEvaluator {

  /**
   * Tags every document with its creation time and scores the result.
   *
   * @throws NullPointerException if an argument is null
   */
  public TimexEvaluation evaluate(List<TimeMlDocument> documents, TimexTagger tagger) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(tagger, "tagger");
    int labels = 0;
    int found = 0;
    int strict = 0;
    int relaxed = 0;
    int rightValue = 0;
    int rightType = 0;
    List<String> errors = new ArrayList<>();
    for (TimeMlDocument doc : documents) {
      List<TimexLabel> gold = doc.timexes();
      List<DateMention> system = tagger.tag(doc.text(), doc.creationTime());
      labels += gold.size();
      found += system.size();
      boolean[] used = new boolean[gold.size()];
      for (DateMention m : system) {
        int match = -1;
        for (int i = 0; i < gold.size(); i++) {
          TimexLabel g = gold.get(i);
          if (!used[i] && g.start() < m.end() && m.start() < g.end()) {
            match = i;
            break;
          }
        }
        if (match < 0) {
          errors.add(doc.name() + ": false alarm \"" + m.text() + "\" " + m.value());
          continue;
        }
        used[match] = true;
        TimexLabel g = gold.get(match);
        relaxed++;
        if (g.start() == m.start() && g.end() == m.end()) {
          strict++;
        } else {
          errors.add(doc.name() + ": extent \"" + m.text() + "\" for \"" + g.text() + "\"");
        }
        if (g.type().equals(m.type())) {
          rightType++;
        }
        if (g.value() != null && g.value().equals(m.value())) {
          rightValue++;
        } else {
          errors.add(
              doc.name()
                  + ": value \""
                  + g.text()
                  + "\" "
                  + m.value()
                  + " for "
                  + g.value()
                  + " ("
                  + m.type()
                  + ")");
        }
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!used[i]) {
          TimexLabel g = gold.get(i);
          errors.add(doc.name() + ": missed \"" + g.text() + "\" " + g.type() + " " + g.value());
        }
      }
    }
    return new TimexEvaluation(
        documents.size(), labels, found, strict, relaxed, rightValue, rightType, errors);
  }
}
