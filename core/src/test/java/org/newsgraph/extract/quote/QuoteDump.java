package org.newsgraph.extract.quote;

import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;

/** Prints quotes, for eyeballing while writing tests. */
final class QuoteDump {
  private QuoteDump() {}

  static String dump(List<Quote> quotes) {
    StringBuilder b = new StringBuilder();
    for (Quote q : quotes) {
      b.append(q.direct() ? (q.partial() ? "PART " : "DIR  ") : "IND  ")
          .append(q.confidence())
          .append(" [")
          .append(q.speaker())
          .append(" | ")
          .append(q.speakerEntity())
          .append(" | ")
          .append(q.speakerMention() == null ? null : q.speakerMention().text())
          .append(" | ")
          .append(q.cue())
          .append("] ")
          .append(q.text())
          .append('\n');
    }
    return b.toString();
  }

  static String run(String text, List<Entity> entities) {
    AnnotatedDocument doc = Annotated.of(text);
    return dump(new QuoteExtractor().extract(doc, entities));
  }
}
