package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reuters set's references rebuilt from a small corpus file written here (not ../shared). The
 * corpus and reference helpers are public for the command's test.
 */
public class ReutersEventReaderTest {

  /** Two stories in the corpus's layout: line breaks, indented paragraphs, entities, sign-off. */
  public static final String SGML =
      """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="NOT-USED" CGISPLIT="PUBLISHED-TESTSET" OLDID="21651" NEWID="17001">
      <DATE>21-APR-1987 11:35:01.50</DATE>
      <TEXT>&#2;
      <TITLE>JAPAN AND U.S. TALK</TITLE>
      <DATELINE>    TOKYO, April 21 - </DATELINE><BODY>Japanese and U.S. officials met in
      Washington last week to discuss the tariffs, a MITI official said.
          The talks &lt;went well&gt;, he said.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="NOT-USED" CGISPLIT="PUBLISHED-TESTSET" OLDID="21652" NEWID="17002">
      <DATE>21-APR-1987 11:37:33.52</DATE>
      <TEXT>&#2;
      <TITLE>FRANCE AID</TITLE>
      <DATELINE>    PARIS, April 21 - </DATELINE><BODY>France is to provide Togo with
      aid, official sources said.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="17003">
      <DATE>21-APR-1987 11:38:00.00</DATE>
      <TEXT TYPE="BRIEF">&#2;
      <TITLE>NO BODY</TITLE>
      </TEXT>
      </REUTERS>
      """;

  public static final String FIRST =
      "Japanese and U.S. officials met in Washington last week to discuss the tariffs, a MITI"
          + " official said.";
  public static final String SECOND = "The talks <went well>, he said.";
  public static final String THIRD = "France is to provide Togo with aid, official sources said.";

  @TempDir Path dir;

  /** The corpus file, gzipped like the distribution's; returns its folder. */
  public static Path corpus(Path dir, String sgml) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("reuters21578"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("reut2-017.sgm.gz")))) {
      out.write(sgml.getBytes(StandardCharsets.ISO_8859_1));
    }
    return folder;
  }

  /** A reference line as tools/eventgold/reuters_events.py build writes it. */
  public static String ref(String id, String sgml, String sentence, String events) {
    int newId = Integer.parseInt(id.substring("reuters-".length(), id.indexOf('#')));
    String body = body(sgml, newId);
    // The sentence's first and last words locate its span in the body, line breaks and all.
    String[] words = sentence.split(" ");
    int start = body.indexOf(words[0]);
    String last = words[words.length - 1];
    int end = body.indexOf(last, start) + last.length();
    return String.format(
        "{\"id\": \"%s\", \"file\": \"reut2-017.sgm.gz\", \"newid\": %d, \"start\": %d,"
            + " \"end\": %d, \"sha256\": \"%s\", \"published\": \"1987-04-21\", \"events\": %s}",
        id, newId, start, end, ReutersEventReader.sha256(sentence), events);
  }

  private static String body(String sgml, int newId) {
    String story = sgml.substring(sgml.indexOf("NEWID=\"" + newId + "\""));
    String body = story.substring(story.indexOf("<BODY>") + 6, story.indexOf("</BODY>"));
    return body.replace("&lt;", "<").replace("&gt;", ">").replace("&#3;", "");
  }

  private Path refs(String... lines) throws Exception {
    Path file = dir.resolve("reuters-events.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void rebuildsTheSentencesFromTheCorpus() throws Exception {
    Path corpus = corpus(dir, SGML);
    Path refs =
        refs(
            ref(
                "reuters-17001#1",
                SGML,
                FIRST,
                "[{\"source\": \"JPN\", \"target\": \"USA\", \"root\": \"04\", \"note\": \"met\"},"
                    + " {\"source\": \"USA\", \"target\": \"JPN\", \"root\": \"04\"}]"),
            ref("reuters-17001#2", SGML, SECOND, "[]"),
            "",
            ref(
                "reuters-17002#1",
                SGML,
                THIRD,
                "[{\"source\": \"FRA\", \"target\": \"TGO\", \"root\": \"03\"}]"));

    EventGold gold = new ReutersEventReader().read(refs, corpus);

    assertThat(gold.problems()).isEmpty();
    assertThat(gold.sentences())
        .extracting(EventSentence::text)
        .containsExactly(FIRST, SECOND, THIRD);
    EventSentence first = gold.sentences().get(0);
    assertThat(first.id()).isEqualTo("reuters-17001#1");
    assertThat(first.published()).isEqualTo(LocalDate.of(1987, 4, 21));
    assertThat(first.events())
        .containsExactly(
            new CountryTriple("JPN", "USA", "04"), new CountryTriple("USA", "JPN", "04"));
    assertThat(gold.triples()).isEqualTo(3);
    assertThat(EventSplit.DEV2.select(gold.sentences())).hasSize(2);
    assertThat(EventSplit.TEST2.select(gold.sentences()))
        .extracting(EventSentence::id)
        .containsExactly("reuters-17002#1");
  }

  @Test
  void readsAnUncompressedCorpusFileToo() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(folder.resolve("reut2-017.sgm"), SGML, StandardCharsets.ISO_8859_1);
    Path refs = refs(ref("reuters-17002#1", SGML, THIRD, "[]"));

    EventGold gold = new ReutersEventReader().read(refs, folder);

    assertThat(gold.problems()).isEmpty();
    assertThat(gold.sentences()).extracting(EventSentence::text).containsExactly(THIRD);
  }

  @Test
  void readsSentencesFromSeveralCorpusFilesAndSplitsThemByNewId() throws Exception {
    Path corpus = corpus(dir, SGML);
    // a second file of the corpus, with stories of lower NEWIDs, as reut2-013 holds
    String other = SGML.replace("17001", "13001").replace("17002", "13002");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("reut2-013.sgm.gz")))) {
      out.write(other.getBytes(StandardCharsets.ISO_8859_1));
    }
    Path refs =
        refs(
            ref("reuters-17001#1", SGML, FIRST, "[]"),
            ref("reuters-17002#1", SGML, THIRD, "[]"),
            ref("reuters-13001#2", other, SECOND, "[]").replace("reut2-017", "reut2-013"),
            ref(
                    "reuters-13002#1",
                    other,
                    THIRD,
                    "[{\"source\": \"FRA\", \"target\": \"TGO\", \"root\": \"03\"}]")
                .replace("reut2-017", "reut2-013"));

    EventGold gold = new ReutersEventReader().read(refs, corpus);

    assertThat(gold.problems()).isEmpty();
    assertThat(gold.sentences())
        .extracting(EventSentence::text)
        .containsExactly(FIRST, THIRD, SECOND, THIRD);
    assertThat(gold.triples()).isEqualTo(1);
    assertThat(EventSplit.DEV2.select(gold.sentences()))
        .extracting(EventSentence::id)
        .containsExactly("reuters-17001#1", "reuters-13001#2");
    assertThat(EventSplit.TEST2.select(gold.sentences()))
        .extracting(EventSentence::id)
        .containsExactly("reuters-17002#1", "reuters-13002#1");
  }

  @Test
  void aChangedTextIsAProblemNotASentence() throws Exception {
    Path refs =
        refs(ref("reuters-17001#1", SGML, FIRST, "[]"), ref("reuters-17002#1", SGML, THIRD, "[]"));
    Path corpus = corpus(dir, SGML.replace("provide Togo", "provide Benin"));

    EventGold gold = new ReutersEventReader().read(refs, corpus);

    assertThat(gold.sentences()).extracting(EventSentence::id).containsExactly("reuters-17001#1");
    assertThat(gold.problems())
        .singleElement()
        .asString()
        .startsWith("line 2: reuters-17002#1: the text at ")
        .contains("of story 17002 in reut2-017.sgm.gz is not the labelled sentence (hash differs)")
        .endsWith("(sentence left out)");
  }

  @Test
  void aMissingStoryOrSpanBeyondTheBodyIsAProblem() throws Exception {
    Path corpus = corpus(dir, SGML);
    String ok = ref("reuters-17002#1", SGML, THIRD, "[]");
    Path refs =
        refs(
            ok.replace("17002", "17003"),
            ok.replace("17002", "17005"),
            ok.replaceFirst("\"end\": \\d+", "\"end\": 5000"));

    EventGold gold = new ReutersEventReader().read(refs, corpus);

    assertThat(gold.sentences()).isEmpty();
    assertThat(gold.problems())
        .hasSize(3)
        .satisfies(p -> assertThat(p.get(0)).contains("has no story 17003 with a body"))
        .satisfies(p -> assertThat(p.get(1)).contains("has no story 17005 with a body"))
        .satisfies(
            p -> assertThat(p.get(2)).contains("span").contains("is outside story 17002's body"));
  }

  @Test
  void aMissingCorpusFileIsNamedOncePerSentence() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path refs =
        refs(ref("reuters-17001#1", SGML, FIRST, "[]"), ref("reuters-17002#1", SGML, THIRD, "[]"));

    EventGold gold = new ReutersEventReader().read(refs, empty);

    assertThat(gold.sentences()).isEmpty();
    assertThat(gold.problems())
        .hasSize(2)
        .allSatisfy(
            p ->
                assertThat(p)
                    .contains("corpus file reut2-017.sgm.gz (or reut2-017.sgm) not found in"));
  }

  @Test
  void aCorruptCorpusFileIsAProblem() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("corrupt"));
    Files.writeString(folder.resolve("reut2-017.sgm.gz"), "not gzip");
    Path refs = refs(ref("reuters-17002#1", SGML, THIRD, "[]"));

    EventGold gold = new ReutersEventReader().read(refs, folder);

    assertThat(gold.sentences()).isEmpty();
    assertThat(gold.problems()).singleElement().asString().contains("is not gzip");
  }

  @Test
  void malformedReferencesAreLeftOutWithTheirLineNumber() throws Exception {
    Path corpus = corpus(dir, SGML);
    String ok = ref("reuters-17002#1", SGML, THIRD, "[]");
    Path refs =
        refs(
            "{not json",
            ok.replace("\"reuters-17002#1\"", "\"wikinews#1\""),
            ok.replace("reut2-017.sgm.gz", "../secret.txt"),
            ok.replace("\"newid\": 17002", "\"newid\": 17004"),
            ok.replaceFirst("\"sha256\": \"[0-9a-f]+\"", "\"sha256\": \"abc\""),
            ok.replace("[]", "[{\"source\": \"FR\", \"target\": \"TGO\", \"root\": \"03\"}]"),
            ok,
            ok);

    EventGold gold = new ReutersEventReader().read(refs, corpus);

    assertThat(gold.sentences()).extracting(EventSentence::id).containsExactly("reuters-17002#1");
    assertThat(gold.problems())
        .hasSize(7)
        .satisfies(p -> assertThat(p.get(0)).startsWith("line 1: invalid JSON"))
        .satisfies(p -> assertThat(p.get(1)).contains("id must be reuters-<NEWID>#<n>"))
        .satisfies(p -> assertThat(p.get(2)).contains("file must name a corpus file"))
        .satisfies(p -> assertThat(p.get(3)).contains("newid differs"))
        .satisfies(p -> assertThat(p.get(4)).contains("sha256 must be 64 lower-case hex digits"))
        .satisfies(p -> assertThat(p.get(5)).contains("event 1: source must be a country code"))
        .satisfies(p -> assertThat(p.get(6)).startsWith("line 8: id seen on an earlier line"));
  }

  @Test
  void argumentsAreChecked() throws Exception {
    Path refs = refs(ref("reuters-17002#1", SGML, THIRD, "[]"));
    ReutersEventReader reader = new ReutersEventReader();
    assertThatThrownBy(() -> reader.read(refs, dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a folder holding Reuters-21578");
    assertThatThrownBy(() -> reader.read(dir.resolve("absent.jsonl"), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSONL file of Reuters sentence references");
  }

  @Test
  void idsGiveTheirNewId() {
    assertThat(ReutersEventReader.newId("reuters-17088#1")).isEqualTo(17088);
    assertThat(List.of("reuters-17088", "reuters-#1", "Some_article#3", "reuters-1x#2"))
        .allSatisfy(id -> assertThat(ReutersEventReader.newId(id)).isEqualTo(-1));
  }
}
