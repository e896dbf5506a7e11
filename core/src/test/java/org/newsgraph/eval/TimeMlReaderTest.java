package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading TempEval-3 TimeML: offsets into the tag-free text, values, the creation time. */
class TimeMlReaderTest {

  private static final String DOC =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wsj_0001</DOCID>\n"
          + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06T22:19:00\" temporalFunction="
          + "\"false\" functionInDocument=\"CREATION_TIME\">02/06/1998 22:19:00</TIMEX3></DCT>\n"
          + "<TEXT>\nAT&amp;T <EVENT eid=\"e1\" class=\"OCCURRENCE\">said</EVENT> "
          + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-05\">Thursday</TIMEX3> it "
          + "<SIGNAL sid=\"s1\">for</SIGNAL> <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">"
          + "three days</TIMEX3> ...\n</TEXT>\n</TimeML>\n";

  private static TimeMlDocument read(String xml) throws Exception {
    return new TimeMlReader()
        .read("doc.tml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTextLabelsAndCreationTime() throws Exception {
    TimeMlDocument doc = read(DOC);
    assertThat(doc.creationTime()).isEqualTo(LocalDate.of(1998, 2, 6));
    assertThat(doc.text()).isEqualTo("\nAT&T said Thursday it for three days ...\n");
    assertThat(doc.timexes())
        .containsExactly(
            new TimexLabel(11, 19, "Thursday", "DATE", "1998-02-05"),
            new TimexLabel(27, 37, "three days", "DURATION", "P3D"));
    for (TimexLabel t : doc.timexes()) {
      assertThat(doc.text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void aDctElementWithoutTheFunctionAttributeIsTheCreationTimeToo() throws Exception {
    TimeMlDocument doc =
        read(
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-01-14\">x</TIMEX3></DCT>"
                + "<TEXT>on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-01-14\">Monday"
                + "</TIMEX3></TEXT></TimeML>");
    assertThat(doc.creationTime()).isEqualTo(LocalDate.of(2013, 1, 14));
    assertThat(doc.timexes()).hasSize(1);
  }

  @Test
  void aFolderIsReadInOrderAndBrokenFilesAreProblems(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.tml"), DOC);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.tml"), DOC);
    Files.writeString(dir.resolve("c.tml"), "<TimeML><TEXT>unclosed");
    Files.writeString(dir.resolve("d.tml"), "<TimeML><TEXT>no date</TEXT></TimeML>");
    Files.writeString(dir.resolve("notes.txt"), "not TimeML");
    TimeMlCorpus corpus = new TimeMlReader().read(dir);
    assertThat(corpus.documents())
        .extracting(TimeMlDocument::name)
        .containsExactly("b.tml", "d.tml", "sub/a.tml");
    assertThat(corpus.problems()).hasSize(2);
    assertThat(corpus.problems().get(0)).contains("c.tml").contains("not readable");
    assertThat(corpus.problems().get(1)).contains("d.tml").contains("no document creation time");
  }

  @Test
  void externalEntitiesAreNotRead() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<TimeML><TEXT>&e;</TEXT></TimeML>";
    assertThatThrownBy(() -> read(xml)).isInstanceOf(Exception.class);
  }

  @Test
  void aMissingFolderIsTheCallersMistake() {
    assertThatThrownBy(() -> new TimeMlReader().read(Path.of("no/such/folder")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a folder");
  }
}
