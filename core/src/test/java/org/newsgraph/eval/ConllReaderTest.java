package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  private final ConllReader reader = new ConllReader();

  static Path resource(String name) throws URISyntaxException {
    return Path.of(ConllReaderTest.class.getResource("/eval/ner/" + name).toURI());
  }

  private ConllCorpus read(String text) throws IOException {
    return reader.read(new StringReader(text));
  }

  @Test
  void readsIob2WithFourOrTwoColumnsAndDocumentBreaks() throws Exception {
    ConllCorpus corpus = reader.read(resource("small-iob2.conll"));
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).isEqualTo(2);
    assertThat(corpus.sentences()).hasSize(4);
    assertThat(corpus.tokens()).isEqualTo(8 + 6 + 8 + 8);
    ConllSentence first = corpus.sentences().get(0);
    assertThat(first.tokens()).startsWith("Angela", "Merkel", "met");
    assertThat(first.line()).isEqualTo(3);
    assertThat(first.entities())
        .containsExactly(
            new ConllSpan(0, 2, "PER"), new ConllSpan(3, 5, "PER"), new ConllSpan(6, 7, "LOC"));
    assertThat(corpus.sentences().get(2).entities())
        .containsExactly(
            new ConllSpan(0, 1, "MISC"), new ConllSpan(3, 4, "PER"), new ConllSpan(4, 5, "PER"));
    assertThat(corpus.sentences().get(3).tokens()).contains("New", "York");
    assertThat(corpus.sentences().get(3).entities()).containsExactly(new ConllSpan(3, 5, "LOC"));
  }

  @Test
  void iob1AndIob2OfTheSameSentencesGiveTheSameEntities() throws Exception {
    ConllCorpus iob1 = reader.read(resource("small-iob1.conll"));
    ConllCorpus iob2 = reader.read(resource("small-iob2.conll"));
    assertThat(iob1.problems()).isEmpty();
    assertThat(iob1.sentences()).hasSameSizeAs(iob2.sentences());
    for (int i = 0; i < iob1.sentences().size(); i++) {
      assertThat(iob1.sentences().get(i).tokens()).isEqualTo(iob2.sentences().get(i).tokens());
      assertThat(iob1.sentences().get(i).entities()).isEqualTo(iob2.sentences().get(i).entities());
    }
  }

  @Test
  void malformedLinesAreProblemsWithLineNumbersAndTheirSentencesLeftOut() throws Exception {
    ConllCorpus corpus = reader.read(resource("malformed.conll"));
    assertThat(corpus.sentences()).hasSize(2);
    assertThat(corpus.sentences().get(0).tokens()).containsExactly("Good", "news");
    assertThat(corpus.sentences().get(1).tokens()).containsExactly("Last", "one");
    assertThat(corpus.sentences().get(1).line()).isEqualTo(10);
    assertThat(corpus.problems()).hasSize(2);
    assertThat(corpus.problems().get(0)).startsWith("line 4:").contains("'Broken'");
    assertThat(corpus.problems().get(1)).startsWith("line 7:").contains("'B_PER'");
  }

  @Test
  void blankAndOddWhitespaceInputs() throws Exception {
    assertThat(read("").sentences()).isEmpty();
    assertThat(read("").documents()).isZero();
    assertThat(read("\n\n  \n-DOCSTART- O\n\n").sentences()).isEmpty();
    ConllCorpus crlf = read("\uFEFFParis\tB-LOC \r\n \r\nis O\r\n");
    assertThat(crlf.problems()).isEmpty();
    assertThat(crlf.sentences()).hasSize(2);
    assertThat(crlf.sentences().get(0).tokens()).containsExactly("Paris");
    assertThat(crlf.sentences().get(0).tags()).containsExactly("B-LOC");
    // a file without a final newline still ends its last sentence
    assertThat(read("a O\nb B-ORG").sentences().get(0).entities())
        .containsExactly(new ConllSpan(1, 2, "ORG"));
  }

  @Test
  void manyBadLinesAreCappedWithATotal() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("x\n\n");
    }
    ConllCorpus corpus = read(text.toString());
    assertThat(corpus.sentences()).isEmpty();
    assertThat(corpus.problems()).hasSizeLessThanOrEqualTo(101);
    assertThat(corpus.problems().get(corpus.problems().size() - 1))
        .isEqualTo("... 300 sentences left out in all");
  }

  @Test
  void nonUtf8FileIsAnIoError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.conll");
    Files.write(file, new byte[] {'M', (byte) 0xfc, 'n', 'c', 'h', 'e', 'n', ' ', 'O', '\n'});
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void largeInputIsReadInLinearTime() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      text.append("The O\nBank B-ORG\nof I-ORG\nEngland I-ORG\nsaid O\n\n");
    }
    long t0 = System.nanoTime();
    ConllCorpus corpus = read(text.toString());
    assertThat(corpus.sentences()).hasSize(50_000);
    assertThat(corpus.tokens()).isEqualTo(250_000);
    assertThat(List.of(corpus.sentences().get(49_999).entities()))
        .containsExactly(List.of(new ConllSpan(1, 4, "ORG")));
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }
}
