package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NamedMention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;

/** Empty, broken and huge annotations: skipped or handled in linear time, never thrown. */
class EntityExtractorOddInputTest {

  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static CleanDocument clean(String text) {
    return new CleanDocument(
        "0000000000000000", "test", null, null, null, null, "en", text, List.of(), List.of());
  }

  @Test
  void documentWithoutSentences() {
    assertThat(EXTRACTOR.extract(new AnnotatedDocument(clean(""), List.of(), List.of(), List.of())))
        .isEmpty();
  }

  @Test
  void mentionsPointingOutsideTheirSentenceAreSkipped() {
    AnnotatedDocument good = Markup.parse("[PER John Smith] met [LOC Paris] officials .");
    Sentence s = good.sentences().get(0);
    List<NamedMention> broken = new ArrayList<>(good.mentions());
    broken.add(new NamedMention(0, 4, "John", "PER", 7, 0, 1)); // no such sentence
    broken.add(new NamedMention(0, 4, "John", "PER", 0, -2, 1)); // negative token
    broken.add(new NamedMention(0, 4, "John", "ORG", 0, 0, 1)); // overlaps the first
    broken.add(new NamedMention(0, 4, "John", "LOC", 0, 5, 99)); // past the sentence end
    List<Entity> es =
        EXTRACTOR.extract(new AnnotatedDocument(good.document(), List.of(s), broken, List.of()));
    assertThat(es).extracting(Entity::name).containsExactly("John Smith", "Paris");
  }

  @Test
  void tokensOutsideTheTextSkipTheirSentence() {
    AnnotatedDocument good = Markup.parse("[PER John Smith] spoke .\n[LOC Paris] agreed .");
    Sentence second = good.sentences().get(1);
    List<Token> shifted = new ArrayList<>();
    for (Token t : second.tokens()) {
      shifted.add(new Token(t.text(), t.start() + 500, t.end() + 500, t.pos(), t.lemma(), t.ner()));
    }
    Sentence broken = new Sentence(1, second.start() + 500, second.end() + 500, shifted);
    List<Entity> es =
        EXTRACTOR.extract(
            new AnnotatedDocument(
                good.document(),
                List.of(good.sentences().get(0), broken),
                good.mentions(),
                List.of()));
    assertThat(es).extracting(Entity::name).containsExactly("John Smith");
  }

  @Test
  void hugeDocumentStaysLinear() {
    AnnotatedDocument one =
        Markup.parse(
            "French Foreign Minister [PER Laurent Fabius] told [ORG NATO] that [LOC Moscow] sent"
                + " IS fighters , [PER Fabius] said , and the [ORG Government of National Accord]"
                + " ( [ORG GNA] ) agreed with [PER Jean-Yves Le Drian] .",
            LocalDate.of(2016, 2, 1));
    long small = time(repeat(one, 2_000));
    AnnotatedDocument big = repeat(one, 20_000);
    long start = System.nanoTime();
    List<Entity> es = EXTRACTOR.extract(big);
    long large = System.nanoTime() - start;
    int tokens = big.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    System.out.printf(
        "entity extraction: %d tokens in %d ms (%.0f tokens/s); 10x the input took %.1fx the"
            + " time%n",
        tokens, large / 1_000_000, tokens / (large / 1e9), (double) large / small);
    assertThat(
            es.stream()
                .filter(e -> e.name().equals("Laurent Fabius"))
                .findFirst()
                .orElseThrow()
                .mentions())
        .hasSize(40_000);
    // generous: linear work gives about 10x; a quadratic step would give about 100x
    assertThat((double) large / small).isLessThan(40);
  }

  private static long time(AnnotatedDocument doc) {
    EXTRACTOR.extract(doc); // warm-up
    long start = System.nanoTime();
    EXTRACTOR.extract(doc);
    return Math.max(1, System.nanoTime() - start);
  }

  /** The document's single sentence repeated, one per line. */
  private static AnnotatedDocument repeat(AnnotatedDocument one, int times) {
    String line = one.text();
    StringBuilder text = new StringBuilder((line.length() + 1) * times);
    List<Sentence> sentences = new ArrayList<>(times);
    List<NamedMention> mentions = new ArrayList<>(times * one.mentions().size());
    for (int i = 0; i < times; i++) {
      int shift = text.length();
      text.append(line).append('\n');
      List<Token> tokens = new ArrayList<>();
      for (Token t : one.sentences().get(0).tokens()) {
        tokens.add(
            new Token(t.text(), t.start() + shift, t.end() + shift, t.pos(), t.lemma(), t.ner()));
      }
      sentences.add(new Sentence(i, shift, shift + line.length(), tokens));
      for (NamedMention m : one.mentions()) {
        mentions.add(
            new NamedMention(
                m.start() + shift,
                m.end() + shift,
                m.text(),
                m.type(),
                i,
                m.firstToken(),
                m.endToken()));
      }
    }
    CleanDocument d = one.document();
    return new AnnotatedDocument(
        new CleanDocument(
            d.id(),
            d.source(),
            null,
            null,
            d.published(),
            d.publishedFrom(),
            "en",
            text.toString(),
            List.of(),
            List.of()),
        sentences,
        mentions,
        List.of());
  }
}
