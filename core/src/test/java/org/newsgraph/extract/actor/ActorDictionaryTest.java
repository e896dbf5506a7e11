package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bundled Phoenix dictionaries, looked up with phrases and sentences written for the test. */
class ActorDictionaryTest {

  private static final ActorDictionary DICT = ActorDictionary.standard();

  private static List<String> tokens(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  private static Optional<ActorMatch> at(String sentence, int from, LocalDate date) {
    return DICT.longestMatch(tokens(sentence), from, date);
  }

  private static String code(String phrase, LocalDate date) {
    return DICT.lookup(phrase, date).map(ActorMatch::code).orElse("<no match>");
  }

  @Test
  void loadsOnceAndReportsWhatItRead() {
    assertThat(ActorDictionary.standard()).isSameAs(DICT);
    DictionaryReport r = DICT.report();
    assertThat(r.actors()).isGreaterThan(20_000);
    assertThat(r.actorPhrases()).isGreaterThan(30_000);
    assertThat(r.agentPhrases()).isGreaterThan(4_000);
    // The Phoenix files have a handful of malformed lines (7-digit days, ranges ending before
    // they start, an agent without a code): counted, not thrown.
    assertThat(r.badLines()).isPositive();
    assertThat(r.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(r.badLines());
    System.out.printf(
        "Phoenix dictionaries: %d actors, %d actor phrases, %d agent phrases, %d bad lines,"
            + " loaded in %d ms%n",
        r.actors(), r.actorPhrases(), r.agentPhrases(), r.badLines(), r.loadMillis());
  }

  @Test
  void countriesAndTheirAdjectivesGiveTheCountryCode() {
    assertThat(code("France", null)).isEqualTo("FRA");
    assertThat(code("French", null)).isEqualTo("FRA");
    assertThat(code("Libyan", null)).isEqualTo("LBY");
    assertThat(code("Malian", null)).isEqualTo("MLI");
    assertThat(code("Turkish", null)).isEqualTo("TUR");
    assertThat(code("Libya", null)).isEqualTo("LBY");
  }

  @Test
  void capitalsAreSynonymsOfTheirCountry() {
    Optional<ActorMatch> m = at("Moscow sent more troops", 0, LocalDate.of(2015, 10, 1));
    assertThat(m).isPresent();
    assertThat(m.get().code()).isEqualTo("RUS");
    assertThat(m.get().length()).isEqualTo(1);
    assertThat(code("Ankara", null)).isEqualTo("TUR");
  }

  @Test
  void longestPhraseWins() {
    ActorMatch m = at("the United Arab Emirates said on Sunday", 1, null).orElseThrow();
    assertThat(m.length()).isEqualTo(3);
    assertThat(m.code()).isEqualTo("ARE");
    assertThat(m.name()).isEqualTo("UNITED ARAB EMIRATES");
    ActorMatch league = at("Arab League envoys met", 0, null).orElseThrow();
    assertThat(league.length()).isEqualTo(2);
    assertThat(league.code()).startsWith("IGO");
  }

  private static String holder(String name, String day) {
    return DICT.officeHolder(Arrays.asList(name.split(" ")), LocalDate.parse(day))
        .map(m -> m.name() + " " + m.code())
        .orElse("<none>");
  }

  @Test
  void officeHoldersAreKnownByTheirFamilyNameOnTheDaysTheyHoldOffice() {
    assertThat(holder("Reagan", "1987-04-20")).isEqualTo("RONALD REAGAN USAGOV");
    assertThat(holder("Reagan", "1995-01-01")).isEqualTo("RONALD REAGAN USAELI");
    // one family name, two people: the one with a dated code on the day
    assertThat(holder("Nakasone", "1987-04-20")).isEqualTo("YASUHIRO NAKASONE JPNGOV");
    assertThat(holder("Nakasone", "2009-01-15")).isEqualTo("HIROFUMI NAKASONE JPNGOV");
    // the vice-president in office rather than his son, then an elite
    assertThat(holder("Bush", "1987-04-20")).isEqualTo("GEORGE BUSH USAGOV");
    // ... but in 2003 a Cayman Islands premier is in office too: no guess
    assertThat(holder("Bush", "2003-03-20")).isEqualTo("<none>");
    assertThat(holder("Erdoğan", "2019-06-01")).isEqualTo("RECEP TAYYIP ERDOGAN TURGOV");
    assertThat(holder("al-Assad", "2015-06-01")).isEqualTo("BASHAR AL ASSAD SYRGOV");
    assertThat(holder("Al Assad", "2015-06-01")).isEqualTo("BASHAR AL ASSAD SYRGOV");
    // the family name first in Chinese and Korean names
    assertThat(holder("Xi", "2015-06-01")).isEqualTo("XI JINPING CHNGOV");
    assertThat(holder("Kim", "2015-06-01")).isEqualTo("<none>");
    // a given name, a common name, a name nobody of the dictionaries has
    assertThat(holder("Ronald", "1987-04-20")).isEqualTo("<none>");
    assertThat(holder("Smith", "2019-06-01")).isEqualTo("<none>");
    assertThat(holder("Smithers", "2019-06-01")).isEqualTo("<none>");
    // no day, no office
    assertThat(DICT.officeHolder(List.of("Reagan"), null)).isEmpty();
  }

  @Test
  void dateLimitedCodesFollowTheDocumentDate() {
    // BARACK_OBAMA: [USAELI 780101-000101] [USAGOV >090120]
    assertThat(code("Barack Obama", LocalDate.of(1990, 6, 1))).isEqualTo("USAELI");
    assertThat(DICT.lookup("Barack Obama", LocalDate.of(2009, 1, 19)).orElseThrow().code())
        .isNull();
    assertThat(code("Barack Obama", LocalDate.of(2009, 1, 20))).isEqualTo("USAGOV");
    assertThat(code("Obama", LocalDate.of(2013, 1, 14))).isEqualTo("USAGOV");
    // KOSOVO [KSV]: [YUGKSV <920428] [FRYKSV 920428-990610] [KSVUNO 990610-080217] [KSV >080217]
    assertThat(code("Kosovo", LocalDate.of(1990, 1, 1))).isEqualTo("YUGKSV");
    assertThat(code("Kosovo", LocalDate.of(1995, 1, 1))).isEqualTo("FRYKSV");
    assertThat(code("Kosovo", LocalDate.of(2000, 1, 1))).isEqualTo("KSVUNO");
    assertThat(code("Kosovo", LocalDate.of(2010, 1, 1))).isEqualTo("KSV");
    // without a date: the undated code
    assertThat(code("Kosovo", null)).isEqualTo("KSV");
    // THE_ISLAMIC_STATE and its synonyms: only [IMGMUSISI >20130408]; without a date, that one
    assertThat(DICT.lookup("ISIS", LocalDate.of(2013, 4, 7)).orElseThrow().code()).isNull();
    assertThat(code("ISIS", LocalDate.of(2013, 4, 8))).isEqualTo("IMGMUSISI");
    assertThat(code("ISIS", null)).isEqualTo("IMGMUSISI");
  }

  @Test
  void internationalOrganisations() {
    assertThat(code("NATO", null)).isEqualTo("IGOWSTNAT");
    assertThat(code("North Atlantic Treaty Organization", null)).isEqualTo("IGOWSTNAT");
    assertThat(DICT.lookup("NATO", null).orElseThrow().name())
        .isEqualTo(DICT.lookup("North Atlantic Treaty Organization", null).orElseThrow().name());
    assertThat(code("United Nations", null)).isEqualTo("IGOUNO");
    assertThat(code("U.N.", null)).isEqualTo("IGOUNO");
    assertThat(code("European Union", null)).isEqualTo("IGOEUREEC");
    assertThat(code("EU", null)).isEqualTo("IGOEUREEC");
    assertThat(DICT.lookup("NATO", null).orElseThrow().source())
        .isEqualTo(ActorSource.INTERNATIONAL);
  }

  @Test
  void aliasesOfOneGroupShareNameAndCode() {
    LocalDate date = LocalDate.of(2015, 6, 1);
    ActorMatch is = DICT.lookup("Islamic State", date).orElseThrow();
    assertThat(is.code()).isEqualTo("IMGMUSISI");
    for (String alias : List.of("ISIL", "ISIS", "Daesh", "the Islamic State")) {
      assertThat(DICT.lookup(alias, date).orElseThrow())
          .as(alias)
          .extracting(ActorMatch::name, ActorMatch::code)
          .containsExactly(is.name(), is.code());
    }
    ActorMatch qaeda = DICT.lookup("Al-Qaeda", date).orElseThrow();
    assertThat(qaeda.code()).isEqualTo("IMGMUSALQ");
    for (String spelling : List.of("Al Qaeda", "al-Qaida", "AL-QAEDA", "al Qa'ida")) {
      assertThat(DICT.lookup(spelling, date).orElseThrow().name())
          .as(spelling)
          .isEqualTo(qaeda.name());
    }
  }

  @Test
  void nullCodeNamesSomethingThatIsNotAnActor() {
    ActorMatch ocean = at("across the Indian Ocean", 2, null).orElseThrow();
    assertThat(ocean.length()).isEqualTo(2);
    assertThat(ocean.code()).isNull();
  }

  @Test
  void lowerCaseRunningTextIsNotAName() {
    assertThat(at("let us go", 1, null)).isEmpty();
    assertThat(at("the US said", 1, null).map(ActorMatch::code)).contains("USA");
    assertThat(at("roast turkey", 1, null)).isEmpty();
    assertThat(at("al-Qaeda fighters", 0, null)).isPresent();
    // acronyms want capitals: sentence-initial "Us" and "Let" are words
    assertThat(at("Us and them", 0, null)).isEmpty();
    assertThat(at("US and them", 0, null).map(ActorMatch::code)).contains("USA");
    assertThat(at("Let them go", 0, null)).isEmpty();
    assertThat(at("LeT militants", 0, null)).isEmpty();
    assertThat(at("LET militants", 0, null).map(ActorMatch::code)).contains("SASREB");
    assertThat(at("Un jour", 0, null)).isEmpty();
    assertThat(at("UN said", 0, null).map(ActorMatch::code)).contains("IGOUNO");
  }

  @Test
  void possessivesEndBeforeTheirApostrophe() {
    ActorMatch glued = at("Turkey's foreign minister", 0, null).orElseThrow();
    assertThat(glued.code()).isEqualTo("TUR");
    assertThat(glued.length()).isEqualTo(1);
    ActorMatch split = at("Turkey 's foreign minister", 0, null).orElseThrow();
    assertThat(split.code()).isEqualTo("TUR");
    assertThat(split.length()).isEqualTo(1);
    // a phrase may run through a possessive: SYRIA'S_GOVERNMENT
    ActorMatch government = at("Syria 's government said", 0, null).orElseThrow();
    assertThat(government.length()).isEqualTo(3);
    assertThat(government.code()).isEqualTo("SYRGOV");
  }

  @Test
  void punctuationCannotStartAPhraseAndASentenceEndStopsOne() {
    assertThat(at("\" France", 0, null)).isEmpty();
    assertThat(at("\" France", 1, null).map(ActorMatch::code)).contains("FRA");
    assertThat(at("United . Arab Emirates", 0, null).map(ActorMatch::length))
        .isNotEqualTo(Optional.of(4));
  }

  @Test
  void agentsGiveRoleCodes() {
    assertThat(DICT.agent(tokens("defense minister"), 0).orElseThrow().code()).startsWith("GOV");
    assertThat(DICT.agent(tokens("Defense Minister Jean-Yves Le Drian"), 0).orElseThrow())
        .extracting(AgentMatch::length, AgentMatch::code)
        .containsExactly(2, "GOVMIL");
    assertThat(DICT.agent(tokens("army"), 0).orElseThrow().code()).isEqualTo("MIL");
    assertThat(DICT.agent(tokens("rebels"), 0).orElseThrow().code()).isEqualTo("REB");
    assertThat(DICT.agent(tokens("president"), 0).orElseThrow().code()).isEqualTo("GOV");
    assertThat(DICT.agent(tokens("Foreign Ministry"), 0).orElseThrow().code()).isEqualTo("GOV");
    assertThat(DICT.agent(tokens("troops"), 0).orElseThrow().code()).isEqualTo("MIL");
    assertThat(DICT.agent(tokens("France"), 0)).isEmpty();
  }

  @Test
  void countryAndAgentCompose() {
    List<String> sentence = tokens("the French army entered Gao");
    ActorMatch french = DICT.longestMatch(sentence, 1, null).orElseThrow();
    AgentMatch army = DICT.agent(sentence, 1 + french.length()).orElseThrow();
    assertThat(army.composeWith(french.code())).isEqualTo("FRAMIL");
  }

  @Test
  void rejectsBadArguments() {
    List<String> t = tokens("France");
    assertThat(DICT.longestMatch(t, 1, null)).isEmpty();
    assertThatThrownBy(() -> DICT.longestMatch(t, 2, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2");
    assertThatThrownBy(() -> DICT.longestMatch(t, -1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DICT.longestMatch(null, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DICT.lookup(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(DICT.lookup("", null)).isEmpty();
  }

  @Test
  void lookupNeedsTheWholeName() {
    assertThat(DICT.lookup("France", null)).isPresent();
    assertThat(DICT.lookup("France and Mali", null)).isEmpty();
  }

  @Test
  void sharedSafelyAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results =
          pool.invokeAll(
              List.of(
                  () -> code("Libyan", null),
                  () -> code("NATO", null),
                  () -> code("Kosovo", LocalDate.of(2000, 1, 1)),
                  () -> DICT.agent(tokens("rebels"), 0).orElseThrow().code()));
      assertThat(results.get(0).get()).isEqualTo("LBY");
      assertThat(results.get(1).get()).isEqualTo("IGOWSTNAT");
      assertThat(results.get(2).get()).isEqualTo("KSVUNO");
      assertThat(results.get(3).get()).isEqualTo("REB");
    } finally {
      pool.shutdown();
    }
  }
}
