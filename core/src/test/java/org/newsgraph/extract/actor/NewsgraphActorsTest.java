package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * newsgraph's own office-holders ({@code newsgraph.actors.txt}): the file reads without a bad line,
 * states each phrase once, gives every record but one a code for the days outside its offices, and
 * codes office-holders by the day (in office: the government code; before and after: the other
 * one).
 */
class NewsgraphActorsTest {

  private static final String FILE = "newsgraph.actors.txt";
  private static final String[] PHOENIX = {
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
  };
  private static final ActorDictionary DICT = ActorDictionary.standard();

  private static Reader open(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static ActorDictionary read(String agents, String... files) throws IOException {
    Map<String, Reader> readers = new LinkedHashMap<>();
    try (Reader agentReader = agents == null ? null : open(agents)) {
      for (String f : files) {
        readers.put(f, open(f));
      }
      return ActorDictionary.read(readers, ActorSource.COUNTRIES, agentReader);
    } finally {
      for (Reader r : readers.values()) {
        r.close();
      }
    }
  }

  private static String code(String name, int year, int month, int day) {
    return DICT.lookup(name, LocalDate.of(year, month, day))
        .map(ActorMatch::code)
        .orElse("<no match>");
  }

  @Test
  void theFileReadsWithoutProblemsAndStatesEachPhraseOnce() throws IOException {
    DictionaryReport r = read(null, FILE).report();
    assertThat(r.problems()).isEmpty();
    assertThat(r.badLines()).isZero();
    assertThat(r.duplicatePhrases()).as("phrases stated by two of our records").isZero();
    assertThat(r.actors()).isGreaterThan(400);
  }

  @Test
  void addingTheFileAddsNoBadLineToThePhoenixFiles() throws IOException {
    DictionaryReport phoenix = read("Phoenix.agents.txt", PHOENIX).report();
    DictionaryReport all = DICT.report();
    assertThat(all.badLines()).isEqualTo(phoenix.badLines());
    assertThat(all.problems()).noneMatch(p -> p.startsWith(FILE));
    assertThat(all.actors()).isEqualTo(phoenix.actors() + read(null, FILE).report().actors());
  }

  @Test
  void everyRecordHasACodeForTheDaysOutsideItsOffices() throws IOException {
    List<String> withoutUndated = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(open(FILE))) {
      TabariLines lines = new TabariLines(in);
      String head = null;
      boolean undated = false;
      String line;
      while ((line = lines.next()) != null) {
        String t = line.strip();
        if (t.startsWith("+")) {
          continue;
        }
        if (t.startsWith("[")) {
          undated |= t.matches("\\[([A-Z]+|---)\\]");
          continue;
        }
        if (head != null && !undated) {
          withoutUndated.add(head);
        }
        head = t;
        undated = false;
      }
      if (head != null && !undated) {
        withoutUndated.add(head);
      }
    }
    // Obama keeps the shape of his Phoenix record (every code dated), so that his terms still
    // date a text and ActorDictionaryTest's day between two of his codes still has none; "Abdullah"
    // alone, Phoenix's name for King Abdullah, is no one's after his death
    assertThat(withoutUndated).containsExactly("BARACK_OBAMA", "ABDULLAH");
  }

  @Test
  void headsOfStateAndGovernmentByTheDay() {
    assertThat(code("Barack Obama", 2016, 6, 1)).isEqualTo("USAGOV");
    assertThat(code("Obama", 2017, 1, 21)).isEqualTo("USAELI");
    assertThat(code("Angela Merkel", 2021, 12, 7)).isEqualTo("DEUGOV");
    assertThat(code("Merkel", 2021, 12, 9)).isEqualTo("DEUELI");
    assertThat(code("Haider al-Abadi", 2013, 6, 1)).isEqualTo("IRQELI");
    assertThat(code("Haider al-Abadi", 2016, 6, 1)).isEqualTo("IRQGOV");
    assertThat(code("al-Abadi", 2019, 6, 1)).isEqualTo("IRQELI");
    assertThat(code("Petro Poroshenko", 2016, 6, 1)).isEqualTo("UKRGOV");
    assertThat(code("Poroshenko", 2020, 6, 1)).isEqualTo("UKRELI");
    assertThat(code("Imran Khan", 2019, 6, 1)).isEqualTo("PAKGOV");
    assertThat(code("Imran Khan", 2022, 6, 1)).isEqualTo("PAKELI");
    assertThat(code("Benjamin Netanyahu", 2021, 9, 1)).isEqualTo("ISRELI");
    assertThat(code("Netanyahu", 2023, 1, 2)).isEqualTo("ISRGOV");
    // a general before his presidency
    assertThat(code("Abdel Fattah el-Sisi", 2013, 7, 3)).isEqualTo("EGYMIL");
    assertThat(code("Sisi", 2016, 6, 1)).isEqualTo("EGYGOV");
    // the parties of the 2020 Nagorno-Karabakh war, and Greece's and Austria's leaders
    assertThat(code("Pashinyan", 2020, 10, 1)).isEqualTo("ARMGOV");
    assertThat(code("Ilham Aliyev", 2020, 10, 1)).isEqualTo("AZEGOV");
    assertThat(code("Mitsotakis", 2019, 6, 1)).isEqualTo("GRCLEG");
    assertThat(code("Mitsotakis", 2020, 1, 10)).isEqualTo("GRCGOV");
    assertThat(code("Kurz", 2019, 6, 1)).isEqualTo("AUTELI");
    assertThat(code("Kurz", 2020, 6, 1)).isEqualTo("AUTGOV");
  }

  @Test
  void foreignAndDefenceMinistersByTheDay() {
    assertThat(code("Sameh Shoukry", 2013, 6, 1)).isEqualTo("EGYELI");
    assertThat(code("Shoukry", 2018, 6, 1)).isEqualTo("EGYGOV");
    assertThat(code("Sergei Lavrov", 2020, 6, 1)).isEqualTo("RUSGOV");
    assertThat(code("Sergey Shoigu", 2016, 6, 1)).isEqualTo("RUSGOV");
    assertThat(code("Dmytro Kuleba", 2022, 3, 1)).isEqualTo("UKRGOV");
    assertThat(code("Walid al-Moallem", 2015, 6, 1)).isEqualTo("SYRGOV");
    assertThat(code("Walid Muallem", 2021, 1, 1)).isEqualTo("SYRELI");
    assertThat(code("Adel al-Jubeir", 2016, 6, 1)).isEqualTo("SAUGOV");
    assertThat(code("Chang Wanquan", 2015, 6, 1)).isEqualTo("CHNGOV");
    assertThat(code("Chang Wanquan", 2019, 6, 1)).isEqualTo("CHNMIL");
    // Phoenix's spellings of a restated record now give our dates
    assertThat(code("Hassan Rowhani", 2022, 6, 1)).isEqualTo("IRNELI");
    assertThat(code("Secretary of State John Kerry", 2014, 6, 1)).isEqualTo("USAGOV");
  }

  @Test
  void internationalOfficialsByTheDay() {
    assertThat(code("Ban Ki-moon", 2015, 6, 1)).isEqualTo("IGOUNO");
    assertThat(code("Ban Ki-moon", 2018, 6, 1)).isEqualTo("KORELI");
    assertThat(code("Jean-Claude Juncker", 2010, 6, 1)).isEqualTo("LUXGOV");
    assertThat(code("Juncker", 2016, 6, 1)).isEqualTo("IGOEUREEC");
    assertThat(code("Juncker", 2020, 6, 1)).isEqualTo("LUXELI");
    assertThat(code("Federica Mogherini", 2014, 6, 1)).isEqualTo("ITAGOV");
    assertThat(code("Mogherini", 2017, 6, 1)).isEqualTo("IGOEUREEC");
    assertThat(code("Anders Fogh Rasmussen", 2012, 6, 1)).isEqualTo("IGOWSTNAT");
    assertThat(code("Catherine Ashton", 2013, 6, 1)).isEqualTo("IGOEUREEC");
    assertThat(code("Lady Ashton", 2016, 6, 1)).isEqualTo("GBRELI");
  }

  @Test
  void termsThatPhoenixLeftOpenAreClosed() {
    assertThat(code("Abdelaziz Bouteflika", 2018, 6, 1)).isEqualTo("DZAGOV");
    assertThat(code("Bouteflika", 2019, 6, 1)).isEqualTo("DZAELI");
    assertThat(code("Lee Myung-bak", 2014, 6, 1)).isEqualTo("KORELI");
    assertThat(code("Abdullah", 2014, 6, 1)).isEqualTo("SAUGOV");
    assertThat(DICT.lookup("Abdullah", LocalDate.of(2016, 6, 1)).orElseThrow().code()).isNull();
  }

  @Test
  void regionsOfTheAmericasAreNoActorAndAmericaAloneIsTheUnitedStates() {
    assertThat(code("America", 2019, 6, 1)).isEqualTo("USA");
    for (String region :
        List.of("Latin America", "South American", "Central America", "the Americas")) {
      ActorMatch m = DICT.lookup(region, LocalDate.of(2019, 6, 1)).orElseThrow();
      assertThat(m.code()).as(region).isNull();
    }
  }

  @Test
  void theEuropeanCommunityIsAnInternationalOrganisation() {
    assertThat(code("European Community", 1987, 3, 15)).isEqualTo("IGOEUREEC");
    assertThat(code("European Economic Community", 1987, 3, 15)).isEqualTo("IGOEUREEC");
  }

  @Test
  void moscowAndTheKremlinAreTheSovietUnionsUntilItsEnd() {
    assertThat(code("Moscow", 1987, 3, 15)).isEqualTo("SUN");
    assertThat(code("Kremlin", 1987, 3, 15)).isEqualTo("SUNGOV");
    assertThat(code("Moscow", 1991, 12, 26)).isEqualTo("RUS");
    assertThat(code("Kremlin", 2020, 6, 1)).isEqualTo("RUSGOV");
  }

  @Test
  void theTalibanGovernmentFromSeptember2021() {
    assertThat(code("Amir Khan Muttaqi", 2020, 6, 1)).isEqualTo("AFGREB");
    assertThat(code("Muttaqi", 2022, 6, 1)).isEqualTo("AFGGOV");
  }
}
