package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/** Empty, huge, odd and concurrent inputs. */
class QuoteRobustnessTest {

  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private static CleanDocument clean(String text) {
    return new CleanDocument(
        "0000000000000000", "test", null, null, null, null, "en", text, List.of(), List.of());
  }

  @Test
  void emptyDocumentsHaveNoQuotes() {
    AnnotatedDocument empty = new AnnotatedDocument(clean(""), List.of(), List.of(), List.of());
    assertThat(EXTRACTOR.extract(empty, List.of())).isEmpty();
    // Text the annotator failed on: no sentences, so no cue or speaker can be read.
    AnnotatedDocument unannotated =
        new AnnotatedDocument(clean("“We stay,” he said."), List.of(), List.of(), List.of());
    assertThat(EXTRACTOR.extract(unannotated, List.of())).isEmpty();
  }

  @Test
  void tokensAndMentionsOutsideTheTextAreIgnored() {
    String text = "“We stay,” he said.";
    AnnotatedDocument doc = Annotated.of(text);
    List<Token> tokens = new ArrayList<>(doc.sentences().get(0).tokens());
    tokens.add(new Token("ghost", 500, 505, "NN", "ghost", "O"));
    AnnotatedDocument odd =
        new AnnotatedDocument(
            doc.document(), List.of(new Sentence(0, 0, 505, tokens)), List.of(), List.of());
    Entity ghost =
        new Entity(
            "e1",
            "Ghost",
            org.newsgraph.model.EntityType.PERSON,
            null,
            null,
            List.of(),
            List.of(new Mention(900, 905, "Ghost")));
    assertThat(EXTRACTOR.extract(odd, List.of(ghost)))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("he"));
  }

  @Test
  void oddCharactersAndBrokenMarks() {
    String text =
        "\u0000“\uD83D\uDE00 emoji ”\" ' ’ ‘ « » „ ‟ \uD800 broken surrogate\u200B“ said ”, said."
            + " “ ” \" \"\" '' `` «« »» “unclosed, he said";
    List<Quote> quotes = Quotes.of(text);
    assertThat(quotes).allSatisfy(q -> assertThat(q.start()).isLessThanOrEqualTo(q.end()));
  }

  /** A document made of copies of an annotated text, its tokens and mentions shifted. */
  private static AnnotatedDocument copies(
      AnnotatedDocument one, int n, List<Entity> entities, List<Entity> copiedEntities) {
    String unit = one.text() + "\n\n";
    StringBuilder text = new StringBuilder(unit.length() * n);
    List<Sentence> sentences = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      int shift = c * unit.length();
      text.append(unit);
      for (Sentence s : one.sentences()) {
        List<Token> shifted = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          shifted.add(
              new Token(t.text(), t.start() + shift, t.end() + shift, t.pos(), t.lemma(), t.ner()));
        }
        sentences.add(new Sentence(sentences.size(), s.start() + shift, s.end() + shift, shifted));
      }
    }
    for (Entity e : entities) {
      List<Mention> mentions = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        int shift = c * unit.length();
        for (Mention m : e.mentions()) {
          mentions.add(new Mention(m.start() + shift, m.end() + shift, m.text()));
        }
      }
      copiedEntities.add(
          new Entity(e.id(), e.name(), e.type(), e.code(), e.country(), e.titles(), mentions));
    }
    return new AnnotatedDocument(clean(text.toString()), sentences, List.of(), List.of());
  }

  @Test
  void timeGrowsLinearlyWithTheDocument() {
    String text =
        "Mayor Tom Okafor met Governor Linda Hayes in Lagos. ‘The bridge must be finished"
            + " before the rains,’ she said. “We agree,” he said, “and we will pay for it.”\n\n"
            + "The council said on Monday that the works would start in May. According to"
            + " engineers, the river is too high. “Nobody wants a second flood,” a resident"
            + " told the radio. The so-called “river plan” was dropped, the minister said.";
    AnnotatedDocument one = Annotated.of(text);
    List<Entity> entities =
        new Annotated.Entities(text)
            .person("Tom Okafor", "Tom Okafor")
            .person("Linda Hayes", "Linda Hayes")
            .build();
    List<Entity> smallEntities = new ArrayList<>();
    List<Entity> bigEntities = new ArrayList<>();
    AnnotatedDocument small = copies(one, 500, entities, smallEntities);
    AnnotatedDocument big = copies(one, 4000, entities, bigEntities);
    assertThat(big.text().length()).isGreaterThan(1_500_000);
    int perCopy = EXTRACTOR.extract(one, entities).size();
    EXTRACTOR.extract(small, smallEntities); // warm up
    long t0 = System.nanoTime();
    int smallCount = EXTRACTOR.extract(small, smallEntities).size();
    long t1 = System.nanoTime();
    int bigCount = EXTRACTOR.extract(big, bigEntities).size();
    long t2 = System.nanoTime();
    assertThat(smallCount).isEqualTo(500 * perCopy);
    assertThat(bigCount).isEqualTo(4000 * perCopy);
    double smallSeconds = (t1 - t0) / 1e9;
    double bigSeconds = (t2 - t1) / 1e9;
    System.out.printf(
        "quotes: %d copies %.3f s, %d copies %.3f s%n", 500, smallSeconds, 4000, bigSeconds);
    // Eight times the input; a quadratic step would take 64 times as long.
    assertThat(bigSeconds).isLessThan(Math.max(20 * smallSeconds, 2.0));
  }

  @Test
  void aSoupOfMarksAndWordsStaysFast() {
    Random random = new Random(42);
    String[] words = {
      "said",
      "he",
      "“",
      "”",
      "\"",
      "«",
      "»",
      "the",
      "minister",
      ",",
      ".",
      "told",
      "according",
      "to",
      "‘",
      "’",
      "that",
      "official",
      "Smith",
      "\n\n"
    };
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    String[] tags = {
      "VBD", "PRP", "``", "''", "''", "``", "''", "DT", "NN", ",", ".", "VBD", "VBG", "TO", "``",
      "''", "IN", "NN", "NNP", "."
    };
    for (int i = 0; i < 300_000; i++) {
      int w = random.nextInt(words.length);
      int start = text.length();
      text.append(words[w]).append(' ');
      tokens.add(new Token(words[w], start, start + words[w].length(), tags[w], words[w], "O"));
      if (tokens.size() == 400 || i == 299_999) {
        sentences.add(
            new Sentence(
                sentences.size(),
                tokens.get(0).start(),
                tokens.get(tokens.size() - 1).end(),
                tokens));
        tokens = new ArrayList<>();
      }
    }
    AnnotatedDocument doc =
        new AnnotatedDocument(clean(text.toString()), sentences, List.of(), List.of());
    long t0 = System.nanoTime();
    List<Quote> quotes = EXTRACTOR.extract(doc, List.of());
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20.0);
    assertThat(quotes).allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  void threadsShareOneExtractor() throws Exception {
    String text =
        "“We will rebuild,” the mayor said. She added that the works would start in May.\n\n"
            + "“Nobody wants a second flood,” a resident told the radio.";
    AnnotatedDocument doc = Annotated.of(text);
    List<Quote> expected = EXTRACTOR.extract(doc, List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quote>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> EXTRACTOR.extract(doc, List.of())));
      }
      for (Future<List<Quote>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
