package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeMention;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;

/**
 * Builds annotated documents by hand for tests that should not wait for CoreNLP: sentences written
 * as {@code word/TAG} pairs (the lemma is the lower-case word, or {@code word/TAG/lemma}), and time
 * mentions given as a phrase of a sentence with the type and value SUTime gives it without a
 * document date.
 */
final class TaggedText {

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();

  /** Adds a sentence ("Le/NNP Drian/NNP said/VBD/say Sunday/NNP ./."), one space between tokens. */
  TaggedText sentence(String tagged) {
    if (text.length() > 0) {
      text.append('\n');
    }
    List<Token> tokens = new ArrayList<>();
    for (String pair : tagged.split(" ")) {
      String[] parts = pair.split("/");
      String word = parts[0].replace('_', ' ');
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      String lemma = parts.length > 2 ? parts[2] : word.toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(word, start, text.length(), parts[1], lemma, "O"));
    }
    sentences.add(
        new Sentence(
            sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    return this;
  }

  /** Marks the first occurrence of {@code phrase} in the last sentence as a time mention. */
  TaggedText time(String phrase, String type, String value) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = text.indexOf(phrase, s.start());
    if (at < 0 || at + phrase.length() > s.end()) {
      throw new IllegalArgumentException("no \"" + phrase + "\" in the last sentence");
    }
    times.add(new TimeMention(at, at + phrase.length(), phrase, type, value, s.index()));
    return this;
  }

  /** The document, with the given publication date (from metadata) or none. */
  AnnotatedDocument build(LocalDate published) {
    CleanDocument doc =
        new CleanDocument(
            "test",
            "test",
            null,
            null,
            published,
            published == null ? null : DateSource.METADATA,
            "en",
            text.toString(),
            List.of(),
            List.of());
    return new AnnotatedDocument(doc, sentences, List.of(), times);
  }
}
