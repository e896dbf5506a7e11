package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {

  // Offsets: quotes 0-14 and 31-46, "the mayor" 15-24, "said" 25-29, "She" 47-50, "added" 51-56,
  // "that costs would fall" 57-78.
  private static final String TEXT =
      "\u201cWe will win,\u201d the mayor said. \u201cThen we rest.\u201d She added that"
          + " costs would fall.";

  @TempDir Path dir;

  @Test
  void readsAPolNeArStyleAttributionWithADiscontinuousContent() {
    String ann =
        """
        T1\tSource 15 24\tthe mayor
        T2\tCue 25 29\tsaid
        T3\tContent 0 14;31 46\t“We will win,” “Then we rest.”
        T4\tAttribution 25 29\tsaid
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
        """;
    BratReader reader = new BratReader();
    BratDocument doc = reader.parse("d", "d.ann", TEXT, ann);

    assertThat(reader.problems()).isEmpty();
    assertThat(doc.attributions()).hasSize(1);
    BratAttribution a = doc.attributions().get(0);
    assertThat(a.id()).isEqualTo("E1");
    assertThat(a.content().spans()).containsExactly(new QuoteSpan(0, 14), new QuoteSpan(31, 46));
    assertThat(a.content().text()).isEqualTo("“We will win,” “Then we rest.”");
    assertThat(a.source().text()).isEqualTo("the mayor");
    assertThat(a.cue().text()).isEqualTo("said");
    assertThat(a.direct()).isTrue();
  }

  @Test
  void takesRolesInAnyOrderJoinsNumberedRolesAndSharesSources() {
    String ann =
        """
        T1\tSource 15 24\tthe mayor
        T2\tContent 0 14\t“We will win,”
        T3\tContent 31 46\t“Then we rest.”
        T4\tAttribution 25 29\tsaid
        E1\tAttribution:T4 Source:T1 Content:T2 Content2:T3
        T5\tCue 51 56\tadded
        T6\tContent 57 79\tthat costs would fall.
        T7\tAttribution 51 56\tadded
        E2\tAttribution:T7 Cue:T5 Content:T6 Source:T1
        """;
    BratReader reader = new BratReader();
    BratDocument doc = reader.parse("d", "d.ann", TEXT, ann);

    assertThat(reader.problems()).isEmpty();
    assertThat(doc.attributions()).hasSize(2);
    BratAttribution first = doc.attributions().get(0);
    assertThat(first.content().spans()).hasSize(2);
    assertThat(first.cue().text()).as("trigger span stands in for a missing Cue").isEqualTo("said");
    BratAttribution second = doc.attributions().get(1);
    assertThat(second.source()).isSameAs(first.source());
    assertThat(second.direct()).isFalse();
  }

  @Test
  void acceptsAttributionsWithoutSourceAndCueTriggeredEvents() {
    String ann =
        """
        T1\tCue 25 29\tsaid
        T2\tContent 0 14\t“We will win,”
        E1\tCue:T1 Content:T2
        T3\tAttribution-no-source 51 56\tadded
        T4\tContent 57 78\tthat costs would fall
        E2\tAttribution-no-source:T3 Content:T4
        """;
    BratReader reader = new BratReader();
    BratDocument doc = reader.parse("d", "d.ann", TEXT, ann);

    assertThat(reader.problems()).isEmpty();
    assertThat(doc.attributions()).extracting(a -> a.cue().text()).containsExactly("said", "added");
    assertThat(doc.attributions()).allSatisfy(a -> assertThat(a.source()).isNull());
  }

  @Test
  void toleratesAttributesRelationsNotesAndOtherTypesAndEvents() {
    String ann =
        """
        T1\tSource 15 24\tthe mayor
        T2\tContent 0 14\t“We will win,”
        T3\tAttribution 25 29\tsaid
        E1\tAttribution:T3 Source:T1 Content:T2
        A1\tNegated E1
        R1\tCoref Arg1:T1 Arg2:T4
        #1\tAnnotatorNotes T1\tthe mayor of the town
        T4\tPerson 47 50\tShe
        T5\tOther 51 56\tadded
        E2\tOther:T5 Agent:T4
        *\tAlias T1 T4

        """;
    BratReader reader = new BratReader();
    BratDocument doc = reader.parse("d", "d.ann", TEXT, ann);

    assertThat(reader.problems()).isEmpty();
    assertThat(doc.attributions()).hasSize(1);
  }

  @Test
  void turnsMalformedLinesIntoProblemsNamingFileAndLine() {
    String ann =
        """
        T1\tSource 15 24\tthe mayor
        T2 Content 0 14 no tabs
        T3\tContent 0 x\tbad
        T4\tContent 0 999\ttoo far
        T5\tContent 31 46\tnot the text
        T1\tCue 25 29\tsaid
        X1\twhat is this
        E1\tAttribution:T9 Source:T1
        E2\tAttribution:T1 Source
        E3
        T6\tContent 57 78\tthat costs would fall
        E4\tAttribution:T1 Content:T6
        E5\tAttribution:T1 Content:T6
        """;
    BratReader reader = new BratReader();
    BratDocument doc = reader.parse("d", "x/d.ann", TEXT, ann);

    assertThat(reader.problems())
        .satisfiesExactly(
            p -> assertThat(p).startsWith("x/d.ann:2: malformed text-bound annotation"),
            p -> assertThat(p).startsWith("x/d.ann:3: T3: malformed span '0 x'"),
            p -> assertThat(p).startsWith("x/d.ann:4: T4: span 0-999 is not within the text"),
            p -> assertThat(p).startsWith("x/d.ann:5: T5: the text after the tab"),
            p -> assertThat(p).startsWith("x/d.ann:6: duplicate id T1"),
            p -> assertThat(p).startsWith("x/d.ann:7: unknown annotation line"),
            p -> assertThat(p).startsWith("x/d.ann:8: E1: Attribution:T9 names no text-bound"),
            p -> assertThat(p).startsWith("x/d.ann:8: E1: attribution without a Content"),
            p -> assertThat(p).startsWith("x/d.ann:9: E2: malformed argument 'Source'"),
            p -> assertThat(p).startsWith("x/d.ann:10: malformed event"),
            p -> assertThat(p).startsWith("x/d.ann:13: content T6 is already in another"),
            p -> assertThat(p).contains("T5 is a Content in no Attribution event"));
    // T5 (offsets trusted despite its text) and T6 (via E4) remain; the rest were dropped.
    assertThat(doc.attributions()).extracting(a -> a.content().id()).containsExactly("T5", "T6");
  }

  @Test
  void convertsCodePointOffsetsToJavaStringOffsets() {
    // The emoji is one code point (BRAT's unit) but two Java chars.
    String text = "\uD83D\uDE00 \u201cYes,\u201d he said.";
    String ann =
        """
        T1\tContent 2 8\t“Yes,”
        T2\tSource 9 11\the
        T3\tAttribution 12 16\tsaid
        E1\tAttribution:T3 Content:T1 Source:T2
        """;
    BratReader reader = new BratReader();
    BratDocument doc = reader.parse("d", "d.ann", text, ann);

    assertThat(reader.problems()).isEmpty();
    BratAttribution a = doc.attributions().get(0);
    assertThat(a.content().spans()).containsExactly(new QuoteSpan(3, 9));
    assertThat(text.substring(a.source().start(), a.source().end())).isEqualTo("he");
  }

  @Test
  void readsAFolderOfPairsAndReportsLooseFiles() throws Exception {
    write("a.txt", TEXT);
    write(
        "a.ann",
        "T1\tContent 0 14\t“We will win,”\nT2\tAttribution 25 29\tsaid\n"
            + "E1\tAttribution:T2 Content:T1\n");
    write("sub/b.txt", TEXT);
    write("sub/b.ann", "");
    write("lonely.txt", TEXT);
    write("orphan.ann", "");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    write("latin1.ann", "");

    BratCorpus corpus = new BratReader().read(dir);

    assertThat(corpus.documents()).extracting(BratDocument::name).containsExactly("a", "sub/b");
    assertThat(corpus.documents().get(0).attributions()).hasSize(1);
    assertThat(corpus.problems())
        .anySatisfy(
            p ->
                assertThat(p)
                    .endsWith("orphan.ann: no .txt file beside it (nor in" + " ../text/); skipped"))
        .anySatisfy(p -> assertThat(p).endsWith("latin1.txt: not UTF-8; skipped"))
        .anySatisfy(p -> assertThat(p).endsWith("lonely.txt: no .ann file for it; skipped"))
        .hasSize(3);
  }

  @Test
  void readsPolNeArsLayoutWithAnnotatorSuffixes() throws Exception {
    write("train/text/politico_story.txt", TEXT);
    write(
        "train/attributions/politico_story_4b22.ann",
        "T1\tContent 0 14\t“We will win,”\nT2\tAttribution 25 29\tsaid\n"
            + "E1\tAttribution:T2 Content:T1\n");
    write("train/attributions/politico_story_ef2d.ann", "");

    BratCorpus corpus = new BratReader().read(dir);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents())
        .extracting(BratDocument::name)
        .containsExactly(
            "train/attributions/politico_story_4b22", "train/attributions/politico_story_ef2d");
    assertThat(corpus.documents().get(0).text()).isEqualTo(TEXT);
  }

  @Test
  void refusesAPathThatIsNotAFolder() throws Exception {
    Path file = write("a.txt", TEXT);
    assertThatThrownBy(() -> new BratReader().read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a folder");
    assertThatThrownBy(() -> new BratReader().read(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyFolderGivesNoDocuments() throws Exception {
    BratCorpus corpus = new BratReader().read(dir);
    assertThat(corpus.documents()).isEmpty();
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void spansAreValidatedAndNormalized() {
    assertThatThrownBy(() -> new QuoteSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuoteSpan(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(
            QuoteSpan.normalize(
                List.of(
                    new QuoteSpan(10, 20),
                    new QuoteSpan(0, 5),
                    new QuoteSpan(15, 25),
                    new QuoteSpan(7, 7))))
        .containsExactly(new QuoteSpan(0, 5), new QuoteSpan(10, 25));
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
