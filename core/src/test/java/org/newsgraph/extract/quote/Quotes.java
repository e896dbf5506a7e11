package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;

/** Runs the extractor on test texts and checks what every result must satisfy. */
final class Quotes {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private Quotes() {}

  static List<Quote> of(String text) {
    return of(text, List.of());
  }

  static List<Quote> of(String text, Annotated.Entities entities) {
    return of(text, entities.build());
  }

  static List<Quote> of(String text, List<Entity> entities) {
    List<Quote> quotes = EXTRACTOR.extract(Annotated.of(text), entities);
    for (Quote q : quotes) {
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      if (q.speakerMention() != null) {
        assertThat(text.substring(q.speakerMention().start(), q.speakerMention().end()))
            .isEqualTo(q.speakerMention().text());
      }
      if (!q.direct()) {
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      }
    }
    for (int i = 1; i < quotes.size(); i++) {
      assertThat(quotes.get(i).start()).isGreaterThanOrEqualTo(quotes.get(i - 1).start());
    }
    return quotes;
  }

  static List<Quote> direct(List<Quote> quotes) {
    return quotes.stream().filter(Quote::direct).toList();
  }

  static List<Quote> indirect(List<Quote> quotes) {
    return quotes.stream().filter(q -> !q.direct()).toList();
  }

  /** The one quote whose text starts with the prefix. */
  static Quote starting(List<Quote> quotes, String prefix) {
    List<Quote> found = quotes.stream().filter(q -> q.text().startsWith(prefix)).toList();
    assertThat(found).as("quotes starting with %s in %s", prefix, quotes).hasSize(1);
    return found.get(0);
  }

  static String mention(Quote q) {
    return q.speakerMention() == null ? null : q.speakerMention().text();
  }
}
