package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The PETRARCH agents format, on a small dictionary written for the test. */
class TabariAgentReaderTest {

  private static final String AGENTS =
      """
      # substitution sets
      !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
      !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

      PRESIDENT [~GOV]
      ARMY [~MIL]        # regular plural: ARMIES
      ATTORNEY [~JUD]    # vowel + Y: ATTORNEYS
      BOSS [~BUS]        # ES
      POLICE {} [~COP]   # no plural
      ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
      CONGRESS!PERSON! [~LEG]
      INTERIOR_!MINIST! [~GOV]
      DEFENSE_MINIST [~GOVMIL]
      PEACEKEEPING_TROOPS {} [IGO~]
      DEPARMENT_OF_ENVIRONMENT [~ENV}
      SECURITY_FORCE [~COP]
      SECURITY_FORCE [~MIL]
      ISLAMIC_EXTREMIST
      GUARD [GOV]
      SENTRY {SENTRIES [~MIL]
      !CLERIC! DEAN [~EDU]
      """;

  private static final ActorDictionary DICT =
      ActorDictionary.read(Map.of(), ActorSource.COUNTRIES, new StringReader(AGENTS));

  private static Optional<AgentMatch> agent(String phrase) {
    return DICT.agent(Arrays.asList(phrase.split(" ")), 0)
        .filter(m -> m.length() == phrase.split(" ").length);
  }

  private static String code(String phrase) {
    return agent(phrase).map(AgentMatch::code).orElse("<no match>");
  }

  @Test
  void readsPhrasesAndRegularPlurals() {
    assertThat(code("president")).isEqualTo("GOV");
    assertThat(code("presidents")).isEqualTo("GOV");
    assertThat(code("Army")).isEqualTo("MIL");
    assertThat(code("armies")).isEqualTo("MIL");
    assertThat(code("attorneys")).isEqualTo("JUD");
    assertThat(code("bosses")).isEqualTo("BUS");
    assertThat(code("police")).isEqualTo("COP");
    assertThat(agent("polices")).isEmpty();
  }

  @Test
  void readsIrregularPluralsAndSubstitutionSets() {
    assertThat(code("attorney general")).isEqualTo("GOVATG");
    assertThat(code("attorneys general")).isEqualTo("GOVATG");
    assertThat(code("congressman")).isEqualTo("LEG");
    assertThat(code("congresswomen")).isEqualTo("LEG");
    assertThat(code("interior minister")).isEqualTo("GOV");
    assertThat(code("interior ministry")).isEqualTo("GOV");
  }

  @Test
  void expandsStemsOfSubstitutionMembers() {
    assertThat(code("defense minister")).isEqualTo("GOVMIL");
    assertThat(code("Defense Ministry")).isEqualTo("GOVMIL");
    assertThat(agent("defense minister").orElseThrow().phrase()).isEqualTo("DEFENSE MINISTER");
    assertThat(agent("defense minist")).isEmpty();
  }

  @Test
  void readsPrefixCodesAndTheBraceTypo() {
    AgentMatch peacekeepers = agent("peacekeeping troops").orElseThrow();
    assertThat(peacekeepers.prefix()).isTrue();
    assertThat(peacekeepers.code()).isEqualTo("IGO");
    assertThat(code("deparment of environment")).isEqualTo("ENV");
  }

  @Test
  void laterStatementWins() {
    assertThat(code("security force")).isEqualTo("MIL");
  }

  @Test
  void malformedLinesAreSkippedAndCounted() {
    DictionaryReport r = DICT.report();
    // no code; code without '~'; unclosed '{'; unknown substitution set
    assertThat(r.badLines()).isEqualTo(4);
    assertThat(r.problems())
        .anySatisfy(p -> assertThat(p).contains("agent without a code"))
        .anySatisfy(p -> assertThat(p).contains("'~'"))
        .anySatisfy(p -> assertThat(p).contains("unclosed '{'"))
        .anySatisfy(p -> assertThat(p).contains("unknown substitution marker"));
    assertThat(agent("guard")).isEmpty();
    assertThat(agent("sentry")).isEmpty();
  }

  @Test
  void pluralRule() {
    assertThat(TabariAgentReader.plural("ARMY")).isEqualTo("ARMIES");
    assertThat(TabariAgentReader.plural("ATTORNEY")).isEqualTo("ATTORNEYS");
    assertThat(TabariAgentReader.plural("BOSS")).isEqualTo("BOSSES");
    assertThat(TabariAgentReader.plural("CHURCH")).isEqualTo("CHURCHES");
    assertThat(TabariAgentReader.plural("REBEL")).isEqualTo("REBELS");
  }
}
