package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.PetrarchRecord.Expected;

class PetrarchSuiteReaderTest {

  private static final String ENVIRONMENT =
      """
      <Environment>
          <Verbfile>PETR.Validate.verbs.txt</Verbfile>
          <Actorfile>PETR.Validate.actors.txt</Actorfile>
          <Agentfile>PETR.Validate.agents.txt</Agentfile>
          <Discardfile>PETR.Validate.discards.txt</Discardfile>
          <Errorfile>Errors.unit-test.txt</Errorfile>
          <Include>valid DEMO COMPOUND</Include>
          <Pause>Stop</Pause>
          <Config option="stop_on_error" value="True"></Config>
      </Environment>
      """;

  private static PetrarchSuite read(String xml) throws IOException {
    return new PetrarchSuiteReader()
        .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  private static PetrarchSuite validation(String sentences) throws IOException {
    return read(
        "<Validation>\n"
            + ENVIRONMENT
            + "<Sentences>\n"
            + sentences
            + "</Sentences>\n</Validation>");
  }

  @Test
  void readsARecordWithItsEventsTextAndParse() throws IOException {
    PetrarchSuite suite =
        validation(
            """
            <Sentence date="19950103" id="DEMO-02" category="DEMO" sentence="true">
            <!-- Single word possessive and paired events -->
            <EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
            <EventCoding sourcecode="GON" targetcode="DAGGOV" eventcode="033"></EventCoding>
            <Text>
            Dagolath's Prime Minister left for
            Minas Tirith on Wednesday.
            </Text>
            <Parse>
            (ROOT (S (NP (NNP Dagolath))
              (VP (VBD left)) (. .)))
            </Parse>
            </Sentence>
            """);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.records()).hasSize(1);
    PetrarchRecord r = suite.records().get(0);
    assertThat(r.id()).isEqualTo("DEMO-02");
    assertThat(r.category()).isEqualTo("DEMO");
    assertThat(r.date()).isEqualTo(LocalDate.of(1995, 1, 3));
    assertThat(r.valid()).isTrue();
    assertThat(r.text()).isEqualTo("Dagolath's Prime Minister left for Minas Tirith on Wednesday.");
    assertThat(r.parse()).startsWith("(ROOT (S (NP (NNP Dagolath))\n").endsWith(". .)))");
    assertThat(r.expected()).isEqualTo(Expected.EVENTS);
    assertThat(r.events())
        .containsExactly(
            new PetrarchEvent("DAGGOV", "GON", "032"), new PetrarchEvent("GON", "DAGGOV", "033"));
    assertThat(r.error()).isNull();
    assertThat(r.config()).containsExactly(Map.entry("stop_on_error", "True"));
  }

  @Test
  void readsTheEnvironment() throws IOException {
    PetrarchEnvironment env = validation("").environment();
    assertThat(env.verbFile()).isEqualTo("PETR.Validate.verbs.txt");
    assertThat(env.actorFile()).isEqualTo("PETR.Validate.actors.txt");
    assertThat(env.agentFile()).isEqualTo("PETR.Validate.agents.txt");
    assertThat(env.discardFile()).isEqualTo("PETR.Validate.discards.txt");
    assertThat(env.errorFile()).isEqualTo("Errors.unit-test.txt");
    assertThat(env.include()).containsExactly("valid", "DEMO", "COMPOUND");
    assertThat(env.pause()).isEqualTo("Stop");
    assertThat(env.config()).containsEntry("stop_on_error", "True");
  }

  @Test
  void noEventsErrorsAndSilenceAreTold() throws IOException {
    PetrarchSuite suite =
        validation(
            """
            <Sentence date="19950101" id="N-1" category="DEMO" sentence="true">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened.</Text><Parse>(ROOT (S (NN Nothing) (VBD happened) (. .)))</Parse>
            </Sentence>
            <Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="true">
            <EventCoding error="dateline"></EventCoding>
            <Text>CEBU CITY: -- A mayor filed.</Text><Parse>(ROOT (S (NN x)))</Parse>
            </Sentence>
            <Sentence date="19920102" id="PATTERN-06" category="PATTERN" sentence="true">
            <Text>Gollum was in an accord.</Text><Parse>(ROOT (S (NN x)))</Parse>
            </Sentence>
            """);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.records())
        .extracting(PetrarchRecord::id, PetrarchRecord::expected, PetrarchRecord::error)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("N-1", Expected.NO_EVENTS, null),
            org.assertj.core.groups.Tuple.tuple("ERROR-01", Expected.ERROR, "dateline"),
            org.assertj.core.groups.Tuple.tuple("PATTERN-06", Expected.UNSTATED, null));
    assertThat(suite.records()).allMatch(PetrarchRecord::expectsNoEvents);
    assertThat(suite.records()).allMatch(r -> r.events().isEmpty());
  }

  @Test
  void quotedCodesAreUncodedActorsText() throws IOException {
    PetrarchRecord r =
        validation(
                """
                <Sentence date="19950112" id="DEMO-22" category="DEMO" sentence="true">
                <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
                <EventCoding sourcecode="---GOV" targetcode="###" eventcode="023"></EventCoding>
                <Text>x</Text><Parse>(ROOT (NN x))</Parse>
                </Sentence>
                """)
            .records()
            .get(0);
    assertThat(r.events().get(0).source()).isEqualTo("\"INJURY TOLL\"");
    assertThat(PetrarchEvent.isText(r.events().get(0).source())).isTrue();
    assertThat(PetrarchEvent.isText(r.events().get(1).source())).isFalse();
    assertThat(r.events().get(1).target()).isEqualTo("###");
  }

  @Test
  void configElementsApplyToTheRecordsAfterThem() throws IOException {
    String record =
        """
        <Sentence date="19950101" id="%s" category="DEMO" sentence="true">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
        <Text>x</Text><Parse>(ROOT (NN x))</Parse>
        </Sentence>
        """;
    PetrarchSuite suite =
        validation(
            record.formatted("A")
                + "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
                + record.formatted("B")
                + "<Config option=\"require_dyad\" value=\"TRUE\"></Config>\n"
                + "<Config option=\"comma_max\" value=\"0\"></Config>\n"
                + record.formatted("C"));
    assertThat(suite.records().get(0).config()).doesNotContainKey("require_dyad");
    assertThat(suite.records().get(1).config()).containsEntry("require_dyad", "false");
    assertThat(suite.records().get(2).config())
        .containsEntry("require_dyad", "TRUE")
        .containsEntry("comma_max", "0")
        .containsEntry("stop_on_error", "True");
  }

  @Test
  void includeSelectsCategoriesAndValidRecords() throws IOException {
    PetrarchSuite suite =
        validation(
            """
            <Sentence date="19950101" id="D" category="DEMO" sentence="true"><Text>x</Text></Sentence>
            <Sentence date="19950101" id="D-off" category="DEMO" sentence="false"><Text>x</Text></Sentence>
            <Sentence date="19950101" id="X" category="COMPOUNDx" sentence="true"><Text>x</Text></Sentence>
            <Sentence date="19950101" id="C" category="COMPOUND" sentence="True"><Text>x</Text></Sentence>
            """);
    assertThat(suite.records()).hasSize(4);
    assertThat(suite.records().get(1).valid()).isFalse();
    assertThat(suite.records().get(0).parse()).isNull();
    assertThat(suite.included()).extracting(PetrarchRecord::id).containsExactly("D", "C");
  }

  @Test
  void malformedRecordsAreProblemsAndTheRestIsRead() throws IOException {
    PetrarchSuite suite =
        validation(
            """
            <Sentence date="19950101" category="DEMO"><Text>no id</Text></Sentence>
            <Sentence date="1995-01-01" id="BAD-DATE"><Text>x</Text></Sentence>
            <Sentence date="19950231" id="NO-SUCH-DAY"><Text>x</Text></Sentence>
            <Sentence date="19950101" id="NO-TEXT"><Text>
            </Text><Parse> </Parse></Sentence>
            <Sentence date="19950101" id="TREE-ONLY"><Text></Text><Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)) (PRN (-LRB- -LRB-) (NN x) (-RRB- -RRB-)))))</Parse></Sentence>
            <Sentence date="19950101" id="HALF-EVENT"><EventCoding sourcecode="ARN" eventcode="064"/><Text>x</Text></Sentence>
            <Sentence date="19950101" id="MIXED"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/><EventCoding noevents="True"/><Text>x</Text></Sentence>
            <Config value="3"/>
            <Sentence date="19950101" id="GOOD"><Text>x</Text></Sentence>
            """);
    assertThat(suite.records()).extracting(PetrarchRecord::id).containsExactly("TREE-ONLY", "GOOD");
    assertThat(suite.records().get(0).text()).isEqualTo("Arnor met Gondor ( x )");
    assertThat(suite.problems())
        .hasSize(7)
        .anyMatch(p -> p.startsWith("record 1: no id"))
        .anyMatch(p -> p.startsWith("record BAD-DATE: ") && p.contains("1995-01-01"))
        .anyMatch(p -> p.startsWith("record NO-SUCH-DAY: "))
        .anyMatch(p -> p.startsWith("record NO-TEXT: "))
        .anyMatch(p -> p.startsWith("record HALF-EVENT: "))
        .anyMatch(p -> p.startsWith("record MIXED: "))
        .anyMatch(p -> p.contains("<Config>"));
  }

  @Test
  void aStopElementEndsTheFile() throws IOException {
    PetrarchSuite suite =
        validation(
            """
            <Sentence date="19950101" id="A"><Text>x</Text></Sentence>
            <!--Stop></Stop-->
            <Sentence date="19950101" id="B"><Text>x</Text></Sentence>
            <Stop></Stop>
            <Sentence date="19950101" id="C"><Text>x</Text></Sentence>
            """);
    assertThat(suite.records()).extracting(PetrarchRecord::id).containsExactly("A", "B");
  }

  @Test
  void aFileOfSentencesAloneHasNoEnvironment() throws IOException {
    PetrarchSuite suite =
        read(
            """
            <!-- # PETRARCH GigaWord sample file -->
            <Sentences>
            <Sentence date = "20080804" id ="AFP0808020625_4" source = "AFP" sentence = "True">
            <Text>
            The stopover came as the US leader prepared.
            </Text>
            <Parse>
            ( (S (NP (DT The) (NN stopover)) (VP (VBD came)) (. .)))
            </Parse>
            </Sentence>
            </Sentences>
            """);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.environment()).isEqualTo(PetrarchEnvironment.NONE);
    PetrarchRecord r = suite.records().get(0);
    assertThat(r.source()).isEqualTo("AFP");
    assertThat(r.category()).isNull();
    assertThat(r.expected()).isEqualTo(Expected.UNSTATED);
    assertThat(suite.included()).hasSize(1);
  }

  @Test
  void brokenXmlIsOneProblem() throws IOException {
    PetrarchSuite broken = read("<Validation><Sentences><Sentence id=\"x\"></Sentences>");
    assertThat(broken.records()).isEmpty();
    assertThat(broken.problems()).singleElement().asString().contains("not well-formed XML");
    PetrarchSuite other = read("<html></html>");
    assertThat(other.problems()).singleElement().asString().contains("<html>");
    PetrarchSuite doctype =
        read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Sentences>&e;</Sentences>");
    assertThat(doctype.records()).isEmpty();
    assertThat(doctype.problems()).hasSize(1);
  }

  @Test
  void emptyAndNonUtf8InputsAreProblems() throws IOException {
    assertThat(read("").problems()).singleElement().asString().contains("not well-formed XML");
    byte[] latin1 =
        "<Sentences><Sentence date=\"19950101\" id=\"A\"><Text>Zo\u00eb</Text></Sentence></Sentences>"
            .getBytes(StandardCharsets.ISO_8859_1);
    PetrarchSuite suite =
        new PetrarchSuiteReader().read(new ByteArrayInputStream(latin1), "latin1.xml");
    assertThat(suite.records()).isEmpty();
    assertThat(suite.problems()).singleElement().asString().contains("latin1.xml");
    byte[] declared =
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + new String(latin1, StandardCharsets.ISO_8859_1))
            .getBytes(StandardCharsets.ISO_8859_1);
    PetrarchSuite ok = new PetrarchSuiteReader().read(new ByteArrayInputStream(declared), "d.xml");
    assertThat(ok.records()).singleElement().extracting(PetrarchRecord::text).isEqualTo("Zoë");
  }

  /** The suite PETRARCH2 ships, when ../shared is beside the project. */
  @Test
  void readsTheRealSuite() throws IOException {
    Path file = shared("data/petrarch2/validation/PETR.UnitTest.records.xml");
    Assumptions.assumeTrue(file != null, "../shared/data/petrarch2 not present");
    PetrarchSuite suite = new PetrarchSuiteReader().read(file);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.records()).hasSize(284);
    Map<String, Integer> byCategory = new TreeMap<>();
    Map<Expected, Integer> byExpected = new TreeMap<>();
    int events = 0;
    for (PetrarchRecord r : suite.records()) {
      byCategory.merge(r.category(), 1, Integer::sum);
      byExpected.merge(r.expected(), 1, Integer::sum);
      events += r.events().size();
      assertThat(r.parse()).as(r.id()).isNotBlank();
    }
    assertThat(byCategory)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry("ACTOR", 15),
                    Map.entry("AGENT", 24),
                    Map.entry("AGENTS", 2),
                    Map.entry("COMPOUND", 42),
                    Map.entry("COMPOUNDx", 1),
                    Map.entry("DATE", 21),
                    Map.entry("DEMO", 36),
                    Map.entry("ERROR", 7),
                    Map.entry("MODIFY", 20),
                    Map.entry("PARSING", 12),
                    Map.entry("PATTERN", 29),
                    Map.entry("SYNSET", 52),
                    Map.entry("VERB", 23))));
    assertThat(byExpected)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    Expected.EVENTS, 257,
                    Expected.NO_EVENTS, 19,
                    Expected.ERROR, 7,
                    Expected.UNSTATED, 1)));
    assertThat(events).isEqualTo(359);
    assertThat(suite.records().stream().filter(r -> !r.valid()).map(PetrarchRecord::id))
        .containsExactly("DEMO-04", "AGENT-08", "AGENTS-18", "AGENTS-19", "COMPOUND-28");
    assertThat(suite.environment().include())
        .containsExactly(
            "valid",
            "DEMO",
            "ACTOR",
            "VERB",
            "AGENT",
            "COMPOUND",
            "PARSING",
            "PATTERN",
            "DATE",
            "MODIFY",
            "SYNSET",
            "ERROR");
    assertThat(suite.environment().verbFile()).isEqualTo("PETR.Validate.verbs.txt");
    // Left out by <Include>: the five invalid records and COMPOUNDx's one.
    assertThat(suite.included()).hasSize(278);
    PetrarchRecord first = suite.records().get(0);
    assertThat(first.id()).isEqualTo("DEMO-00");
    assertThat(first.events()).containsExactly(new PetrarchEvent("ARN", "GON", "064"));
    assertThat(first.text())
        .isEqualTo(
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after"
                + " crowds trashed its embassy.");
    PetrarchRecord dyad =
        suite.records().stream()
            .filter(r -> r.id().equals("COMPOUND-03"))
            .findFirst()
            .orElseThrow();
    assertThat(dyad.config()).containsKey("require_dyad");
  }

  @Test
  void readsTheGigaWordSample() throws IOException {
    Path file = shared("data/petrarch2/validation/GigaWord.sample.PETR.xml");
    Assumptions.assumeTrue(file != null, "../shared/data/petrarch2 not present");
    PetrarchSuite suite = new PetrarchSuiteReader().read(file);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.records()).hasSize(76);
    assertThat(suite.records()).allMatch(r -> r.expected() == Expected.UNSTATED);
    assertThat(suite.records()).allMatch(r -> "AFP".equals(r.source()));
    // TEST_1 has an empty <Text>: its words come from its tree.
    assertThat(suite.records())
        .filteredOn(r -> r.id().equals("TEST_1"))
        .singleElement()
        .extracting(PetrarchRecord::text)
        .asString()
        .startsWith("The Malaysia Airlines Boeing 777 flight MH17 was blown up");
  }

  static Path shared(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
