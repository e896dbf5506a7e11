package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventGoldReaderTest {
  private final EventGoldReader reader = new EventGoldReader();

  private EventGold read(String text) throws IOException {
    return reader.read(new StringReader(text));
  }

  @Test
  void readsSentencesWithZeroOneOrSeveralEvents(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(
        file,
        "\uFEFF{\"id\": \"a#1\", \"published\": \"2019-10-08\", \"text\": \"France offered Libya"
            + " help.\", \"events\": [{\"source\": \"FRA\", \"target\": \"LBY\", \"root\": \"03\","
            + " \"note\": \"offer to help\"}]}\n"
            + "\n"
            + "{\"id\": \"a#2\", \"text\": \"It rained.\", \"events\": [], \"extra\": 1}\n"
            + "{\"id\": \"b#0\", \"published\": null, \"text\": \"France and Germany agreed.\","
            + " \"events\": [{\"source\": \"FRA\", \"target\": \"DEU\", \"root\": \"05\"},"
            + " {\"source\": \"DEU\", \"target\": \"FRA\", \"root\": \"05\"}]}\n");
    EventGold gold = reader.read(file);
    assertThat(gold.problems()).isEmpty();
    assertThat(gold.sentences()).hasSize(3);
    assertThat(gold.triples()).isEqualTo(3);
    EventSentence first = gold.sentences().get(0);
    assertThat(first.id()).isEqualTo("a#1");
    assertThat(first.published()).isEqualTo(LocalDate.of(2019, 10, 8));
    assertThat(first.text()).isEqualTo("France offered Libya help.");
    assertThat(first.events()).containsExactly(new CountryTriple("FRA", "LBY", "03"));
    assertThat(gold.sentences().get(1).published()).isNull();
    assertThat(gold.sentences().get(1).events()).isEmpty();
    assertThat(gold.sentences().get(2).events())
        .containsExactly(
            new CountryTriple("FRA", "DEU", "05"), new CountryTriple("DEU", "FRA", "05"));
  }

  @Test
  void malformedLinesAreProblemsWithTheirLineNumbersAndAreLeftOut() throws Exception {
    String good = "{\"id\": \"ok#%d\", \"text\": \"Fine.\", \"events\": []}\n";
    EventGold gold =
        read(
            good.formatted(1)
                + "{\"id\": \"x#2\", \"text\": \"Broken\n"
                + "[1, 2]\n"
                + "{\"text\": \"No id.\", \"events\": []}\n"
                + "{\"id\": \"x#5\", \"text\": \"No events.\"}\n"
                + "{\"id\": \"x#6\", \"text\": \"Events not a list.\", \"events\": {}}\n"
                + "{\"id\": \"x#7\", \"text\": \"Bad date.\", \"published\": \"8 Oct 2019\","
                + " \"events\": []}\n"
                + "{\"id\": \"x#8\", \"text\": 42, \"events\": []}\n"
                + "{\"id\": \" \", \"text\": \"Blank id.\", \"events\": []}\n"
                + "{\"id\": \"x#10\", \"text\": \"Event not an object.\", \"events\": [\"FRA\"]}\n"
                + "{\"id\": \"x#11\", \"text\": \"No target.\", \"events\": [{\"source\": \"FRA\","
                + " \"root\": \"03\"}]}\n"
                + "{\"id\": \"x#12\", \"text\": \"Trailing.\", \"events\": []} {}\n"
                + good.formatted(13)
                + good.formatted(1));
    assertThat(gold.sentences()).extracting(EventSentence::id).containsExactly("ok#1", "ok#13");
    List<String> problems = gold.problems();
    assertThat(problems).hasSize(12);
    assertThat(problems.get(0)).startsWith("line 2: invalid JSON").endsWith("(line left out)");
    assertThat(problems.get(1)).startsWith("line 3: not a JSON object");
    assertThat(problems.get(2)).startsWith("line 4: no id field");
    assertThat(problems.get(3)).startsWith("line 5: events must be an array");
    assertThat(problems.get(4)).startsWith("line 6: events must be an array");
    assertThat(problems.get(5)).startsWith("line 7: published is not an ISO date");
    assertThat(problems.get(6)).startsWith("line 8: text is not a string");
    assertThat(problems.get(7)).startsWith("line 9: sentence id cannot be blank");
    assertThat(problems.get(8)).startsWith("line 10: event 1 is not an object");
    assertThat(problems.get(9)).startsWith("line 11: event 1: no target field");
    assertThat(problems.get(10)).startsWith("line 12: invalid JSON");
    assertThat(problems.get(11)).startsWith("line 14: id seen on an earlier line: ok#1");
  }

  @Test
  void badCodesAreProblems() throws Exception {
    String line =
        "{\"id\": \"s#%d\", \"text\": \"T.\", \"events\": [{\"source\": \"%s\", \"target\":"
            + " \"%s\", \"root\": \"%s\"}]}\n";
    EventGold gold =
        read(
            line.formatted(1, "FRA", "LBY", "03")
                + line.formatted(2, "fra", "LBY", "03")
                + line.formatted(3, "FRA", "LY", "03")
                + line.formatted(4, "FRA", "LBY", "3")
                + line.formatted(5, "FRA", "LBY", "21")
                + line.formatted(6, "FRA", "LBY", "00")
                + line.formatted(7, "FRA", "LBY", "033")
                + line.formatted(8, "FRAN", "LBY", "03")
                + line.formatted(9, "USA", "USA", "20"));
    assertThat(gold.sentences()).extracting(EventSentence::id).containsExactly("s#1", "s#9");
    assertThat(gold.problems())
        .containsExactly(
            "line 2: event 1: source must be a country code of three upper-case letters: fra"
                + " (line left out)",
            "line 3: event 1: target must be a country code of three upper-case letters: LY"
                + " (line left out)",
            "line 4: event 1: root must be a two-digit CAMEO root code from 01 to 20: 3"
                + " (line left out)",
            "line 5: event 1: root must be a two-digit CAMEO root code from 01 to 20: 21"
                + " (line left out)",
            "line 6: event 1: root must be a two-digit CAMEO root code from 01 to 20: 00"
                + " (line left out)",
            "line 7: event 1: root must be a two-digit CAMEO root code from 01 to 20: 033"
                + " (line left out)",
            "line 8: event 1: source must be a country code of three upper-case letters: FRAN"
                + " (line left out)");
  }

  @Test
  void emptyInputHasNoSentencesAndNoProblems() throws Exception {
    EventGold gold = read("\n  \n");
    assertThat(gold.sentences()).isEmpty();
    assertThat(gold.problems()).isEmpty();
    assertThat(gold.triples()).isZero();
  }

  @Test
  void strictAboutArguments(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read((Path) null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.toString());
    assertThatThrownBy(() -> reader.read(dir.resolve("missing.jsonl")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader.read((java.io.Reader) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notUtf8IsAnIoException(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.jsonl");
    Files.write(file, new byte[] {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xE9, '"', '}', '\n'});
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not UTF-8");
  }
}
