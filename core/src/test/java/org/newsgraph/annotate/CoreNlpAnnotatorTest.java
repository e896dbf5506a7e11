package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;

/** The CoreNLP adapter with the real models (loaded once for the class). */
class CoreNlpAnnotatorTest {

  private static CoreNlpAnnotator annotator;
  private static String loadOutput;

  @BeforeAll
  static void load() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      annotator = new CoreNlpAnnotator();
    } finally {
      System.setOut(stdout);
    }
    loadOutput = captured.toString(StandardCharsets.UTF_8);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CoreNlpAnnotatorTest.class.getResourceAsStream("/annotate/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static CleanDocument doc(String text, LocalDate published) {
    return new CleanDocument(
        "0123456789abcdef",
        "test",
        null,
        null,
        published,
        published == null ? null : DateSource.METADATA,
        "en",
        text,
        List.of(),
        List.of());
  }

  private static final String LE_DRIAN =
      "France ready to help Libya\n\n"
          + "Defense Minister Jean-Yves Le Drian said Sunday that France was ready to train"
          + " Libyan soldiers. “We are available,” he told Le Journal du Dimanche — the talks"
          + " continue in Tripoli.\n\n"
          + "The United Nations said the plan, backed by Al-Qaeda’s enemies, was ‘fragile’.";

  @Test
  void offsetsIndexTheText() {
    AnnotatedDocument result = annotator.annotate(doc(LE_DRIAN, LocalDate.of(2013, 6, 4)));
    String text = result.text();
    assertThat(result.sentences()).isNotEmpty();
    int previousEnd = 0;
    for (Sentence sentence : result.sentences()) {
      assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(sentence.start()).isEqualTo(sentence.tokens().get(0).start());
      assertThat(sentence.end())
          .isEqualTo(sentence.tokens().get(sentence.tokens().size() - 1).end());
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        assertThat(token.text()).isNotBlank();
        assertThat(token.ner()).isIn("PER", "ORG", "LOC", "MISC", "O");
      }
      previousEnd = sentence.end();
    }
    for (NamedMention mention : result.mentions()) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      List<Token> tokens = result.sentences().get(mention.sentence()).tokens();
      assertThat(tokens.get(mention.firstToken()).start()).isEqualTo(mention.start());
      assertThat(tokens.get(mention.endToken() - 1).end()).isEqualTo(mention.end());
      assertThat(tokens.subList(mention.firstToken(), mention.endToken()))
          .allSatisfy(t -> assertThat(t.ner()).isEqualTo(mention.type()));
    }
    for (TimeMention time : result.times()) {
      assertThat(text.substring(time.start(), time.end())).isEqualTo(time.text());
    }
  }

  @Test
  void namesAPersonAndResolvesAWeekdayAgainstThePublicationDate() {
    AnnotatedDocument result = annotator.annotate(doc(LE_DRIAN, LocalDate.of(2013, 6, 4)));

    assertThat(result.mentions())
        .anySatisfy(
            m -> {
              assertThat(m.text()).isEqualTo("Jean-Yves Le Drian");
              assertThat(m.type()).isEqualTo("PER");
            });
    assertThat(result.mentions())
        .filteredOn(m -> m.text().equals("Tripoli"))
        .extracting(NamedMention::type)
        .containsExactly("LOC");
    assertThat(result.times())
        .anySatisfy(
            t -> {
              assertThat(t.text()).isEqualTo("Sunday");
              assertThat(t.type()).isEqualTo("DATE");
              assertThat(t.value()).isEqualTo("2013-06-02");
              assertThat(t.sentence()).isEqualTo(1);
            });
    // A date is a time mention, never a name.
    assertThat(result.mentions()).noneSatisfy(m -> assertThat(m.text()).contains("Sunday"));
  }

  @Test
  void withoutAPublicationDateAWeekdayStaysUnresolved() {
    AnnotatedDocument result = annotator.annotate(doc(LE_DRIAN, null));
    assertThat(result.times())
        .filteredOn(t -> t.text().equals("Sunday"))
        .extracting(TimeMention::value)
        .noneMatch(v -> v != null && v.matches("\\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void paragraphsAndLinesEndSentences() {
    String text =
        "Rebels seize oil port\n\nBy John Smith\nTRIPOLI\n\nRebels seized the port on Monday. They"
            + " said more would follow.";
    AnnotatedDocument result = annotator.annotate(doc(text, null));
    assertThat(result.sentences())
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly(
            "Rebels seize oil port",
            "By John Smith",
            "TRIPOLI",
            "Rebels seized the port on Monday.",
            "They said more would follow.");
    assertThat(result.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void curlyQuotesAndDashesAreTokensOfTheirOwnWithTheirCharacters() {
    String text = "“We will not leave,” she said — and left – quickly. It was ‘final’.";
    AnnotatedDocument result = annotator.annotate(doc(text, null));
    List<String> tokens =
        result.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    assertThat(tokens)
        .containsSubsequence("“", "We", "will", "not", "leave", ",", "”", "she", "said", "—")
        .containsSubsequence("–", "quickly", ".")
        .containsSubsequence("‘", "final", "’", ".");
  }

  @Test
  void emptyOrBlankTextHasNoSentences() {
    for (String text : List.of("", "   ", "\n\n\n")) {
      AnnotatedDocument result = annotator.annotate(doc(text, null));
      assertThat(result.sentences()).isEmpty();
      assertThat(result.mentions()).isEmpty();
      assertThat(result.times()).isEmpty();
      assertThat(result.document().problems()).isEmpty();
    }
  }

  @Test
  void aLongTextIsCutAtAParagraphWithAProblem() {
    String paragraph = "Officials in Paris met on Tuesday to discuss the crisis in Mali.";
    String text = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph));
    CoreNlpAnnotator capped = new CoreNlpAnnotator(new CoreNlpAnnotator.Options(false, 150));

    AnnotatedDocument result = capped.annotate(doc(text, null));

    assertThat(result.text()).isEqualTo(text);
    assertThat(result.sentences()).hasSize(2);
    assertThat(result.sentences().get(1).end()).isLessThanOrEqualTo(150);
    assertThat(result.document().problems())
        .singleElement()
        .asString()
        .contains("first " + (2 * paragraph.length() + 2) + " of " + text.length());
  }

  @Test
  void anOverlongSentenceIsLeftUntaggedWithAProblem() {
    StringBuilder text = new StringBuilder("Paris is in France.\n\n");
    for (int i = 0; i < CoreNlpAnnotator.MAX_SENTENCE_TOKENS + 50; i++) {
      text.append("Berlin ");
    }
    AnnotatedDocument result = annotator.annotate(doc(text.toString(), null));

    assertThat(result.sentences()).hasSize(2);
    assertThat(result.sentences().get(1).tokens())
        .allSatisfy(t -> assertThat(t.ner()).isEqualTo("O"));
    assertThat(result.mentions()).extracting(NamedMention::text).containsExactly("Paris", "France");
    assertThat(result.document().problems()).singleElement().asString().contains("untagged");
  }

  @Test
  void preTokenizedInputKeepsItsTokensAndSentences() {
    List<List<String>> sentences =
        List.of(
            List.of("Jean-Yves", "Le", "Drian", "can't", "visit", "Tripoli", "."),
            List.of(),
            List.of("U.N.", "envoy", "Martin", "Kobler", "(", "Germany", ")"));

    List<List<Token>> tagged = annotator.annotateTokens(sentences);

    assertThat(tagged).hasSize(3);
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(tagged.get(i)).extracting(Token::text).containsExactlyElementsOf(sentences.get(i));
    }
    assertThat(tagged.get(0)).extracting(Token::ner).startsWith("PER", "PER", "PER");
    assertThat(tagged.get(0).get(5).ner()).isEqualTo("LOC");
    assertThat(tagged.get(2).get(2).ner()).isEqualTo("PER");
    assertThat(tagged.get(2).get(3).ner()).isEqualTo("PER");
    assertThat(tagged.get(0).get(0).pos()).isEqualTo("NNP");
    assertThat(tagged.get(2).get(0).start()).isGreaterThan(tagged.get(0).get(6).end());
  }

  @Test
  void preTokenizedInputRejectsEmptyTokens() {
    assertThatThrownBy(() -> annotator.annotateTokens(List.of(List.of("a", ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThat(annotator.annotateTokens(List.of())).isEmpty();
  }

  @Test
  void twoThreadsGiveTheSameResultsAsOne() throws Exception {
    List<CleanDocument> docs = new ArrayList<>();
    String[] texts = {
      LE_DRIAN,
      "Italian Prime Minister Matteo Renzi met Fayez al-Sarraj in Rome on Friday.\n\n"
          + "The European Union and NATO said on March 3 they would help.",
      "Shares of General Motors Corp rose 2 pct last week, traders in New York said.",
      "Russia and China blocked the resolution at the U.N. Security Council on Wednesday, "
          + "diplomats said.\n\nThe vote was delayed until next month."
    };
    for (int i = 0; i < 12; i++) {
      docs.add(doc(texts[i % texts.length], LocalDate.of(2013, 1 + i % 12, 1 + i)));
    }
    List<AnnotatedDocument> sequential = docs.stream().map(annotator::annotate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 2; round++) {
        List<Future<AnnotatedDocument>> futures = new ArrayList<>();
        for (CleanDocument d : docs) {
          futures.add(pool.submit(() -> annotator.annotate(d)));
        }
        for (int i = 0; i < docs.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void timeWindowsFindWhatWholeSentencesFind() throws IOException {
    CleanDocument d = doc(resource("time-expressions.txt"), LocalDate.of(2013, 4, 10));

    AnnotatedDocument windowed = annotator.annotate(d, true);
    AnnotatedDocument whole = annotator.annotate(d, false);

    assertThat(windowed.times()).hasSizeGreaterThan(30).isEqualTo(whole.times());
    assertThat(windowed.times())
        .extracting(TimeMention::text, TimeMention::value)
        .contains(
            tuple("Sunday", "2013-04-07"),
            tuple("March 3, 1987", "1987-03-03"),
            tuple("2014-03-15", "2014-03-15"),
            tuple("four years ago", "2009-04-10"));
    // Holidays: Thanksgiving needs SUTime's jollyday binder (a dependency the POM must keep).
    assertThat(windowed.times())
        .filteredOn(t -> t.text().equals("Christmas"))
        .singleElement()
        .satisfies(t -> assertThat(t.value()).matches("\\d{4}-12-25"));
    assertThat(windowed.times())
        .filteredOn(t -> t.text().equals("Thanksgiving"))
        .singleElement()
        .satisfies(t -> assertThat(t.value()).matches("\\d{4}-11-2\\d"));
    // The last sentence has numbers but no time.
    int last = windowed.sentences().size() - 1;
    assertThat(windowed.times()).noneSatisfy(t -> assertThat(t.sentence()).isEqualTo(last));
  }

  @Test
  void oddCharactersNeitherFailNorShiftOffsets() {
    String text = "\u0000\uD800 abc \uFFFD \uD83D\uDE00 Paris\u200B is \t nice \u0007 in Berlin.";
    AnnotatedDocument result = annotator.annotate(doc(text, null));
    assertThat(result.document().problems()).isEmpty();
    assertThat(result.sentences()).isNotEmpty();
    for (Sentence sentence : result.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
      }
    }
    assertThat(result.mentions()).extracting(NamedMention::text).contains("Paris", "Berlin");
  }

  @Test
  void aHugeTextIsCappedQuickly() {
    StringBuilder text = new StringBuilder(2_000_000);
    while (text.length() < 2_000_000) {
      text.append("The index rose 3 pct on Monday in Tokyo, dealers said. ");
    }
    CoreNlpAnnotator capped = new CoreNlpAnnotator(new CoreNlpAnnotator.Options(false, 5_000));
    long start = System.nanoTime();
    AnnotatedDocument result = capped.annotate(doc(text.toString(), LocalDate.of(2013, 1, 1)));
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(20.0);
    assertThat(result.sentences()).isNotEmpty();
    assertThat(result.sentences().get(result.sentences().size() - 1).end())
        .isLessThanOrEqualTo(5_000);
    assertThat(result.document().problems()).singleElement().asString().contains("limit 5000");
  }

  @Test
  void nothingIsWrittenToStandardOutput() {
    assertThat(loadOutput).isEmpty();
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      annotator.annotate(doc("Talks resumed on Friday in Geneva.\u0000", null));
      annotator.annotateTokens(List.of(List.of("Talks", "resumed", "on", "Friday", ".")));
    } finally {
      System.setOut(stdout);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void cutPrefersParagraphsThenLinesThenSentencesThenWords() {
    assertThat(CoreNlpAnnotator.cut("short", 10)).isEqualTo(5);
    assertThat(CoreNlpAnnotator.cut("aaaa aaaa\n\nbbbb bbbb", 15)).isEqualTo(9);
    assertThat(CoreNlpAnnotator.cut("aaaa aaaa\nbbbb bbbb", 15)).isEqualTo(9);
    assertThat(CoreNlpAnnotator.cut("Aaaa aaaa. Bbbb bbbb", 15)).isEqualTo(10);
    assertThat(CoreNlpAnnotator.cut("aaaa aaaa bbbb bbbb", 12)).isEqualTo(9);
    assertThat(CoreNlpAnnotator.cut("aaaaaaaaaaaaaaaaaaa", 12)).isEqualTo(12);
    assertThat(CoreNlpAnnotator.cut("aaaaaaaaaaa\uD83D\uDE00aaaa", 12)).isEqualTo(11);
  }

  @Test
  void coreNlpClassesMapToConllClasses() {
    assertThat(CoreNlpAnnotator.conll("PERSON")).isEqualTo("PER");
    assertThat(CoreNlpAnnotator.conll("ORGANIZATION")).isEqualTo("ORG");
    assertThat(CoreNlpAnnotator.conll("LOCATION")).isEqualTo("LOC");
    assertThat(CoreNlpAnnotator.conll("MISC")).isEqualTo("MISC");
    assertThat(CoreNlpAnnotator.conll("DATE")).isEqualTo("O");
    assertThat(CoreNlpAnnotator.conll("NUMBER")).isEqualTo("O");
    assertThat(CoreNlpAnnotator.conll(null)).isEqualTo("O");
  }

  @Test
  void optionsRejectANonPositiveCap() {
    assertThatThrownBy(() -> new CoreNlpAnnotator.Options(false, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCharacters must be at least 1: 0");
  }
}
