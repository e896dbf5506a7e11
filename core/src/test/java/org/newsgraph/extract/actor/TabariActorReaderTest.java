package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TABARI actor format, on small dictionaries written for the test (fictional actors). */
class TabariActorReaderTest {

  private static ActorDictionary dictionary(String... files) {
    Map<String, java.io.Reader> readers = new LinkedHashMap<>();
    for (int i = 0; i < files.length; i++) {
      readers.put("test" + i + ".actors", new StringReader(files[i]));
    }
    return ActorDictionary.read(readers, ActorSource.COUNTRIES, null);
  }

  private static String code(ActorDictionary d, String name, LocalDate date) {
    return d.lookup(name, date).map(ActorMatch::code).orElse("<no match>");
  }

  private static final String SAMPLE =
      """
      # a comment line
      ARNOR_  [ARN]     # trailing comment
      +ARNORIAN_
      +FORNOST_ +ANNUMINAS_
      <!-- an XML-style comment
           over two lines -->
      ELENDIL_THE_TALL_ ; legacy comment
      \t[ARNELI 320101-331108]
      \t[ARNGOV 331108-19730717]
      \t[ARNELI]
      ARVEDUI_
      +KING_ARVEDUI
      \t[ARNGOV >090120]
      \t[ARNREB <800101]
      GONDOR_ [GON 20000101-20101231] [GONGOV >20110101]
      WHITE_COUNCIL_OF_THE_WISE_(WCW)_  [IGOWCW]
      TZIPORA_"TIPPY"_BAGGINS_  [SHRCVL]
      THE_NORTHERN_DUNEDAIN  [ARNREB]
      THE_RANGERS [ARNREB]
      SEA_OF_RHUN  [---]
      NORTH_HARAD_ [HRD]
      +HARAD_(NORTH)_
      """;

  @Test
  void readsRecordsSynonymsAndUndatedCodes() {
    ActorDictionary d = dictionary(SAMPLE);
    assertThat(d.report().badLines()).isZero();
    assertThat(code(d, "Arnor", null)).isEqualTo("ARN");
    assertThat(code(d, "Arnorian", null)).isEqualTo("ARN");
    assertThat(code(d, "Fornost", null)).isEqualTo("ARN");
    assertThat(code(d, "Annuminas", null)).isEqualTo("ARN");
    assertThat(d.lookup("Annuminas", null).orElseThrow().name()).isEqualTo("ARNOR");
  }

  @Test
  void readsDatedCodesInBothDayFormats() {
    ActorDictionary d = dictionary(SAMPLE);
    assertThat(code(d, "Elendil the Tall", LocalDate.of(1932, 1, 1))).isEqualTo("ARNELI");
    assertThat(code(d, "Elendil the Tall", LocalDate.of(1933, 11, 8))).isEqualTo("ARNELI");
    assertThat(code(d, "Elendil the Tall", LocalDate.of(1950, 1, 1))).isEqualTo("ARNGOV");
    assertThat(code(d, "Elendil the Tall", LocalDate.of(1973, 7, 17))).isEqualTo("ARNGOV");
    // outside every range: the undated code
    assertThat(code(d, "Elendil the Tall", LocalDate.of(1990, 1, 1))).isEqualTo("ARNELI");
    assertThat(code(d, "Elendil the Tall", null)).isEqualTo("ARNELI");
  }

  @Test
  void openEndedRangesIncludeTheirDay() {
    ActorDictionary d = dictionary(SAMPLE);
    assertThat(code(d, "King Arvedui", LocalDate.of(2009, 1, 20))).isEqualTo("ARNGOV");
    assertThat(code(d, "King Arvedui", LocalDate.of(1980, 1, 1))).isEqualTo("ARNREB");
    // between the two: no code, but the phrase is still an actor name
    assertThat(d.lookup("Arvedui", LocalDate.of(1990, 1, 1)).orElseThrow().code()).isNull();
    // no date and no undated code: the code that applies latest
    assertThat(code(d, "Arvedui", null)).isEqualTo("ARNGOV");
  }

  @Test
  void readsSeveralCodesOnTheHeadLine() {
    ActorDictionary d = dictionary(SAMPLE);
    assertThat(code(d, "Gondor", LocalDate.of(2005, 1, 1))).isEqualTo("GON");
    assertThat(code(d, "Gondor", LocalDate.of(2012, 1, 1))).isEqualTo("GONGOV");
    assertThat(d.lookup("Gondor", LocalDate.of(1999, 1, 1)).orElseThrow().code()).isNull();
  }

  @Test
  void optionalPartsAndLeadingArticles() {
    ActorDictionary d = dictionary(SAMPLE);
    assertThat(code(d, "White Council of the Wise ( WCW )", null)).isEqualTo("IGOWCW");
    assertThat(code(d, "White Council of the Wise", null)).isEqualTo("IGOWCW");
    assertThat(code(d, "WCW", null)).isEqualTo("IGOWCW");
    assertThat(d.lookup("Wcw", null)).isEmpty();
    // a parenthesised word that is not an acronym of the phrase is no alias on its own
    assertThat(code(d, "Harad ( North )", null)).isEqualTo("HRD");
    assertThat(d.lookup("North", null)).isEmpty();
    assertThat(code(d, "Tzipora Baggins", null)).isEqualTo("SHRCVL");
    assertThat(code(d, "Tzipora \"Tippy\" Baggins", null)).isEqualTo("SHRCVL");
    assertThat(code(d, "Northern Dunedain", null)).isEqualTo("ARNREB");
    assertThat(code(d, "the Northern Dunedain", null)).isEqualTo("ARNREB");
    // a single long word is too common to stand without its article
    assertThat(d.lookup("Rangers", null)).isEmpty();
    assertThat(code(d, "The Rangers", null)).isEqualTo("ARNREB");
  }

  @Test
  void longestPhraseWinsOverItsPrefixes() {
    ActorDictionary d =
        dictionary(
            "ARAB_ [ARB]\nUNITED_ [UNT]\nUNITED_ARAB_EMIRATES_ [ARE]\nUNITED_STATES_ [USA]\n");
    java.util.List<String> tokens = java.util.List.of("United", "Arab", "Emirates", "said");
    assertThat(d.longestMatch(tokens, 0, null).orElseThrow())
        .extracting(ActorMatch::length, ActorMatch::code)
        .containsExactly(3, "ARE");
    assertThat(d.longestMatch(tokens, 1, null).orElseThrow())
        .extracting(ActorMatch::length, ActorMatch::code)
        .containsExactly(1, "ARB");
    // a longer phrase that does not complete leaves the longest one that does
    assertThat(d.longestMatch(java.util.List.of("United", "Arab", "League"), 0, null).orElseThrow())
        .extracting(ActorMatch::length, ActorMatch::code)
        .containsExactly(1, "UNT");
  }

  @Test
  void theNullCodeBlocksAShorterReading() {
    ActorDictionary d = dictionary("RHUN_ [RHN]\nSEA_OF_RHUN [---]\n");
    assertThat(d.longestMatch(java.util.List.of("Sea", "of", "Rhun"), 0, null).orElseThrow())
        .extracting(ActorMatch::length, ActorMatch::code)
        .containsExactly(3, null);
    assertThat(code(d, "Rhun", null)).isEqualTo("RHN");
  }

  @Test
  void laterRecordWinsUnlessItHasNoCode() {
    ActorDictionary d =
        dictionary(
            "MORDOR_ [MOR]\nBARAD_DUR_ [MORGOV]\n",
            "BARAD_DUR_ [MORMIL]\nMORDOR_\nMINAS_MORGUL_ [MORMIL]\n");
    assertThat(code(d, "Barad Dur", null)).isEqualTo("MORMIL");
    assertThat(code(d, "Mordor", null)).isEqualTo("MOR");
    assertThat(d.report().duplicatePhrases()).isEqualTo(2);
  }

  @Test
  void malformedLinesAreSkippedAndCounted() {
    String broken =
        """
        +SYNONYM_BEFORE_ANY_RECORD
        \t[XXX]
        ROHAN_ [ROH]
        +ROHIRRIM_
        \t[ROHGOV 2004017-20061201]
        \t[ROHGOV 20121207-20120802]
        \t[ROHGOV 20121204]
        \t[ROHGOV 130231-130301]
        \t[ROH GOV]
        \t[ROHMIL
        ISENGARD_ [ISG] unexpected words
        [ROHELI]]
        EDORAS_ [ROH >110101]
        """;
    ActorDictionary d = dictionary(broken);
    DictionaryReport r = d.report();
    assertThat(r.badLines()).isEqualTo(10);
    assertThat(r.problems()).hasSize(10);
    assertThat(r.problems().get(0)).startsWith("test0.actors:1: synonym before any actor");
    // the good lines around the bad ones still count
    assertThat(code(d, "Rohirrim", LocalDate.of(2012, 12, 5))).isEqualTo("ROH");
    assertThat(code(d, "Isengard", null)).isEqualTo("ISG");
    assertThat(code(d, "Edoras", LocalDate.of(2012, 1, 1))).isEqualTo("ROH");
  }

  @Test
  void randomLinesNeverThrow() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "AB_+[]<>-#;!{}~ \t019()\"'.é";
    StringBuilder file = new StringBuilder();
    for (int line = 0; line < 2_000; line++) {
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        file.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      file.append('\n');
    }
    ActorDictionary d =
        ActorDictionary.read(
            Map.of("random.actors", new StringReader(file.toString())),
            ActorSource.COUNTRIES,
            new StringReader(file.toString()));
    assertThat(d.report().badLines()).isPositive();
    java.util.List<String> tokens = java.util.List.of(file.toString().split("\\s+"));
    for (int i = 0; i < Math.min(tokens.size(), 3_000); i++) {
      d.longestMatch(tokens, i, LocalDate.of(2000, 1, 1));
      d.agent(tokens, i);
    }
  }

  @Test
  void emptyDictionaryMatchesNothing() {
    ActorDictionary d = dictionary("");
    assertThat(d.report().actors()).isZero();
    assertThat(d.lookup("France", null)).isEmpty();
    assertThat(d.agent(java.util.List.of("army"), 0)).isEmpty();
  }

  @Test
  void acronymsAreInitials() {
    assertThat(
            TabariActorReader.isAcronymOf("IRA", java.util.List.of("IRISH", "REPUBLICAN", "ARMY")))
        .isTrue();
    assertThat(
            TabariActorReader.isAcronymOf(
                "DFLP",
                java.util.List.of(
                    "DEMOCRATIC", "FRONT", "FOR", "THE", "LIBERATION", "OF", "PALESTINE")))
        .isTrue();
    assertThat(TabariActorReader.isAcronymOf("NORTH", java.util.List.of("KOREA"))).isFalse();
    assertThat(TabariActorReader.isAcronymOf("GREECE", java.util.List.of("DIRECT", "ACTION")))
        .isFalse();
  }

  @Test
  void parsesCodeSpecifications() {
    assertThat(TabariActorReader.parseCode("USAGOV >090120"))
        .isEqualTo(
            new DatedCode(
                "USAGOV", (int) LocalDate.of(2009, 1, 20).toEpochDay(), DatedCode.OPEN_END));
    assertThat(TabariActorReader.parseCode("EGYGOV > 140608").from())
        .isEqualTo((int) LocalDate.of(2014, 6, 8).toEpochDay());
    assertThat(TabariActorReader.parseCode("YUGKSV <920428").to())
        .isEqualTo((int) LocalDate.of(1992, 4, 28).toEpochDay());
    assertThat(TabariActorReader.parseCode("USAELI 890120-19930120"))
        .extracting(DatedCode::from, DatedCode::to)
        .containsExactly(
            (int) LocalDate.of(1989, 1, 20).toEpochDay(),
            (int) LocalDate.of(1993, 1, 20).toEpochDay());
    assertThat(TabariActorReader.parseCode("---").code()).isNull();
    assertThat(TabariActorReader.parseCode("AFG").undated()).isTrue();
    assertThat(TabariActorReader.parseCode("")).isNull();
    assertThat(TabariActorReader.parseCode("AFG 0101")).isNull();
    assertThat(TabariActorReader.parseCode("AFG >+10101")).isNull();
  }
}
