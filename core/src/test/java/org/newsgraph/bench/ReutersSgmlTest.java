package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersSgmlTest {

  @Test
  void convertsStoriesWithABodyAndDecodesEntities(@TempDir Path dir) throws Exception {
    String sgml =
        """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="1">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TEXT>&#2;
        <TITLE>BAHIA COCOA REVIEW</TITLE>
        <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &lt;throughout&gt; the week
        in the Bahia cocoa zone.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="2">
        <DATE>26-FEB-1987 15:02:20.00</DATE>
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>NO BODY HERE</TITLE>
        </TEXT>
        </REUTERS>
        """;
    Path file = dir.resolve("reut2-000.sgm");
    Files.writeString(file, sgml, StandardCharsets.ISO_8859_1);
    Files.writeString(dir.resolve("other.txt"), "not reuters");

    List<Path> files = ReutersSgml.files(dir);
    assertThat(files).containsExactly(file);

    var out = new ByteArrayOutputStream();
    assertThat(ReutersSgml.convert(files, out)).isEqualTo(1);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(1);
    var story = new ObjectMapper().readTree(lines[0]);
    assertThat(story.get("title").asText()).isEqualTo("BAHIA COCOA REVIEW");
    assertThat(story.get("published").asText()).isEqualTo("1987-02-26");
    assertThat(story.get("text").asText())
        .startsWith("Showers continued <throughout> the week")
        .doesNotContain("\u0003")
        .endsWith("Reuter\n");
  }
}
