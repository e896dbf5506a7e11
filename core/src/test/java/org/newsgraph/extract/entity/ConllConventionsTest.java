package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/**
 * The entity stage keeps to the CoNLL-2003 conventions the recognizer was trained on: where it
 * changes a recognizer's name or class, the change is a correction by those conventions. Each test
 * gives the mentions as "text/CLASS" in text order, classes read through {@code
 * EntityType.conll()}; sentences written for the test (see {@link Markup}).
 */
class ConllConventionsTest {

  private static final EntityExtractor EXTRACTOR = new EntityExtractor();
  private static final LocalDate DAY = LocalDate.of(1987, 3, 2);

  /** Every mention as "text/CLASS", in text order. */
  private static List<String> conll(String markup) {
    List<Entity> entities = EXTRACTOR.extract(Markup.parse(markup, DAY));
    List<Object[]> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        all.add(new Object[] {m.start(), m.text() + "/" + e.type().conll()});
      }
    }
    all.sort(Comparator.comparingInt((Object[] o) -> (Integer) o[0]));
    List<String> out = new ArrayList<>();
    for (Object[] o : all) {
      out.add((String) o[1]);
    }
    return out;
  }

  @Test
  void titleWordsWithoutAHeadAreAName() {
    assertThat(conll("[ORG Labour] won 37 pct , ahead of the [ORG Labour Party] rival ."))
        .containsExactly("Labour/ORG", "Labour Party/ORG");
    assertThat(conll("The [ORG Army] said it will renegotiate the contract ."))
        .containsExactly("Army/ORG");
    // with a head it is a role
    assertThat(conll("The [ORG Defense Ministers] met on Monday .")).isEmpty();
  }

  @Test
  void aTitleWordOpeningACompanyNameIsNoTitle() {
    assertThat(conll("[ORG General Motors Corp] said it would close a plant ."))
        .containsExactly("General Motors Corp/ORG");
    assertThat(conll("It was listed in the [ORG Official Bulletin] on Monday ."))
        .containsExactly("Official Bulletin/ORG");
    assertThat(conll("The shares of [ORG Acme General Electric Co] fell ."))
        .containsExactly("Acme General Electric Co/ORG");
    // a title and a person tagged as one name are still split
    assertThat(conll("It was opened by [ORG Queen Elizabeth II] on Monday ."))
        .containsExactly("Elizabeth II/PER");
    assertThat(conll("[ORG US Defense Secretary Ash Carter] said so ."))
        .containsExactly("US/LOC", "Ash Carter/PER");
  }

  @Test
  void aPossessiveInsideAnOrganisationNameStays() {
    assertThat(conll("[ORG Moody 's] said it may cut the rating ."))
        .containsExactly("Moody 's/ORG");
    // a possessive after a name is no part of it
    assertThat(conll("[ORG Acme] 's shares fell .")).containsExactly("Acme/ORG");
  }

  @Test
  void lowerCaseNamesTheRecognizerTaggedAreKept() {
    assertThat(conll("he said [LOC venezuela] has shown solidarity with [LOC brazil] ."))
        .containsExactly("venezuela/LOC", "brazil/LOC");
    assertThat(conll("The record of [LOC 2:17:01] stood for years .")).isEmpty();
  }

  @Test
  void aCountryAdjectiveTaggedMiscStaysMisc() {
    assertThat(conll("[MISC Saudi] crude output fell , and [MISC Thai] miners protested ."))
        .containsExactly("Saudi/MISC", "Thai/MISC");
    assertThat(conll("A senior [MISC Soviet] official said the [MISC Belarussian] talks ended ."))
        .containsExactly("Soviet/MISC", "Belarussian/MISC");
    // the country itself is a place
    assertThat(conll("Exports to [LOC Saudi Arabia] rose .")).containsExactly("Saudi Arabia/LOC");
  }

  @Test
  void aBuildingTaggedAsAPlaceStaysAPlace() {
    assertThat(conll("The [LOC White House] said , and [LOC Kremlin] officials agreed ."))
        .containsExactly("White House/LOC", "Kremlin/LOC");
  }

  @Test
  void anOrganisationEndingInAPlaceStaysAnOrganisation() {
    assertThat(conll("The [ORG Federal Reserve Bank of New York] said so ."))
        .containsExactly("Federal Reserve Bank of New York/ORG");
    // a place of a country's record that the recognizer took for an organisation is a place
    // where the text says so
    assertThat(conll("Strikes in [ORG Raqqa] continued .")).containsExactly("Raqqa/LOC");
    assertThat(conll("The stock exchanges of [LOC Zurich] , [ORG Milan] and [LOC Paris] fell ."))
        .containsExactly("Zurich/LOC", "Milan/LOC", "Paris/LOC");
    assertThat(conll("The [ORG USSR] agreed to buy grain .")).containsExactly("USSR/LOC");
    // a club named after its city stays a club
    assertThat(conll("[ORG Leeds] 2 [ORG Chelsea] 1 ."))
        .containsExactly("Leeds/ORG", "Chelsea/ORG");
    assertThat(conll("[ORG Barcelona] beat [ORG Valencia] on Sunday ."))
        .containsExactly("Barcelona/ORG", "Valencia/ORG");
  }

  @Test
  void untaggedDictionaryWordsNeedToBeNames() {
    // a capitalised common noun, a role, a product's model number and a ticker are no actors
    assertThat(conll("The Coffee Organization council met here .")).isEmpty();
    assertThat(conll("He met former Secretary of State [PER George Shultz] ."))
        .containsExactly("George Shultz/PER");
    assertThat(conll("It ordered six DC-10 jets and four MD - 11 jets .")).isEmpty();
    assertThat(conll("It won a contract from [ORG Union Carbide Corp] <UK> ."))
        .containsExactly("Union Carbide Corp/ORG");
  }

  @Test
  void aNameTaggedOnlyOrgAndMiscIsAnOrganisationEverywhere() {
    assertThat(
            conll(
                "[MISC American Express] said so . [ORG American Express] fell . Analysts said"
                    + " [MISC American Express] would sell ."))
        .containsExactly("American Express/ORG", "American Express/ORG", "American Express/ORG");
    // other classes are still decided by the document's majority
    assertThat(conll("[ORG Shearson] rose . [ORG Shearson] said so . A unit of [LOC Shearson] ."))
        .containsExactly("Shearson/ORG", "Shearson/ORG", "Shearson/ORG");
  }

  @Test
  void theLastWordOfANameCanMakeItAnOrganisation() {
    assertThat(conll("The [LOC Georgian Tennis Federation] released a statement ."))
        .containsExactly("Georgian Tennis Federation/ORG");
    assertThat(conll("He got the money from the [MISC Nobel Foundation] ."))
        .containsExactly("Nobel Foundation/ORG");
    assertThat(conll("[PER Walter Corp] sued [ORG Sonat Inc] on Monday ."))
        .containsExactly("Walter Corp/ORG", "Sonat Inc/ORG");
    // a state of two words is no federation of sports clubs
    assertThat(conll("Exports to the [LOC Bosnian Federation] rose ."))
        .containsExactly("Bosnian Federation/LOC");
    assertThat(conll("Exports to the [LOC Russian Federation] rose ."))
        .containsExactly("Russian Federation/LOC");
    // one word, or a lower-case last word, decides nothing
    assertThat(conll("[LOC Commission] said so .")).containsExactly("Commission/LOC");
  }

  @Test
  void theLastWordOfAPlaceOrPersonCanMakeItAnEvent() {
    assertThat(conll("She won the [LOC Chicago Marathon] and the [PER Davis Cup] ."))
        .containsExactly("Chicago Marathon/MISC", "Davis Cup/MISC");
    // an organisation may be named so
    assertThat(conll("A suit was brought against [ORG Kits Games] ."))
        .containsExactly("Kits Games/ORG");
  }

  @Test
  void timeZonesAreNoUntaggedAcronyms() {
    assertThat(conll("The launch was at 1500 UTC ( 10 EST ) .")).isEmpty();
  }

  @Test
  void anArticleTheRecognizerPutInsideAnOrganisationStays() {
    assertThat(
            conll("Prices rose , [ORG The New York Times] reported . [ORG New York Times] said ."))
        .containsExactly("The New York Times/ORG", "New York Times/ORG");
    // one entity: the key leaves the article out
    assertThat(
            EXTRACTOR.extract(
                Markup.parse("[ORG The Wall Street Journal] and the [ORG Wall Street Journal] .")))
        .hasSize(1);
    // an article outside the name, or before a place, is dropped
    assertThat(conll("[LOC The Netherlands] exported more .")).containsExactly("Netherlands/LOC");
  }

  @Test
  void aNameBeforeATitleWordIsNoOwnerOfATitle() {
    assertThat(conll("[ORG Whittaker General Medical] has revenues of 450 mln dlrs ."))
        .containsExactly("Whittaker General Medical/ORG");
  }

  @Test
  void aLowerCaseByIsNoByline() {
    assertThat(conll("It was cut by\n[PER Baker] .")).containsExactly("Baker/PER");
    assertThat(conll("A storm hit the coast .\nBy [PER Jane Doe]\n")).isEmpty();
    assertThat(conll("The film was\nproduced by [PER Sandy Howard] ."))
        .containsExactly("Sandy Howard/PER");
    assertThat(conll("A storm hit the coast .\nReporting by [PER Jane Doe] .")).isEmpty();
  }

  @Test
  void aCompanySuffixIsNoPersonsLastName() {
    assertThat(
            conll("[PER Stuart Pharmaceuticals] was sold . The [ORG Pharmaceuticals] unit grew ."))
        .contains("Pharmaceuticals/ORG");
  }

  @Test
  void aPlaceOfTheDictionaryTakenForAPersonIsAPlace() {
    assertThat(conll("The plant is near [LOC Halifax] , [PER Nova Scotia] ."))
        .containsExactly("Halifax/LOC", "Nova Scotia/LOC")
        .doesNotContain("Nova Scotia/PER");
    assertThat(conll("[PER Sao Paulo] exports rose .")).containsExactly("Sao Paulo/LOC");
    // a one-word person name stays a person unless it is a country
    assertThat(conll("[PER Paulo] said so .")).containsExactly("Paulo/PER");
  }

  @Test
  void aCompanySuffixTheRecognizerLeftOutJoinsTheName() {
    assertThat(conll("Germany banned [PER Zorvan] Air from flying on Monday ."))
        .containsExactly("Germany/LOC", "Zorvan Air/ORG");
    assertThat(conll("The shares of [ORG Acme] Corp fell .")).containsExactly("Acme Corp/ORG");
    // not when the name goes on: "Air Force"
    assertThat(conll("The [MISC Peruvian] Air Force commander resigned ."))
        .containsExactly("Peruvian/MISC");
  }

  @Test
  void aPersonNameThatOpensACompanyNameIsTheCompany() {
    assertThat(
            conll(
                "[ORG Wormald International Ltd] bought a stake . [PER Wormald] said the"
                    + " businesses would merge ."))
        .containsExactly("Wormald International Ltd/ORG", "Wormald/ORG");
    // not when a person of the document has that last name
    assertThat(
            conll(
                "[ORG Zorvan Holdings] grew . [PER Anna Zorvan] runs it . [PER Zorvan] said"
                    + " so ."))
        .containsExactly("Zorvan Holdings/ORG", "Anna Zorvan/PER", "Zorvan/PER");
  }

  @Test
  void aNameWithAnAttachedModifierKeepsTheRecognizersClass() {
    // the word is an adjective to the recognizer: MISC stays MISC, whatever the name's majority
    assertThat(conll("The [LOC US] sent a [MISC US-built] vehicle to the [LOC US] base ."))
        .containsExactly("US/LOC", "US/MISC", "US/LOC");
    assertThat(conll("The [LOC US-led] coalition struck .")).containsExactly("US/LOC");
    assertThat(conll("[MISC Canada-US] relations improved ."))
        .containsExactly("Canada/MISC", "US/MISC");
  }

  @Test
  void anInstitutionOfAPlaceIsOneOrganisation() {
    assertThat(conll("Dealers said the [ORG Bank] of [LOC England] intervened ."))
        .containsExactly("Bank of England/ORG");
    assertThat(conll("The [ORG Foreign Ministry] of [LOC Iraq] protested ."))
        .containsExactly("Foreign Ministry of Iraq/ORG");
    // not after a name that is no institution
    assertThat(conll("[ORG Acme] of [LOC Ohio] said so .")).containsExactly("Acme/ORG", "Ohio/LOC");
  }

  @Test
  void aLowerCaseRoleDoesNotEndAName() {
    assertThat(conll("A [ORG State Department spokesperson] , Jane Roe , said so ."))
        .containsExactly("State Department/ORG");
    // other lower-case words the recognizer put at the end stay ("Atari corp")
    assertThat(conll("[ORG Atari corp] said it would buy .")).containsExactly("Atari corp/ORG");
  }

  @Test
  void aTaggedNameWrittenAgainUntaggedGetsTheSameClass() {
    assertThat(
            conll(
                "[ORG Zorvan Oil] bought [ORG Quillet] . Analysts said Zorvan Oil and the Quillet"
                    + " board agreed ."))
        .containsExactly("Zorvan Oil/ORG", "Quillet/ORG", "Zorvan Oil/ORG", "Quillet/ORG");
    // not a part of a longer capitalised run, a sentence opener, a month, a word also written
    // in lower case, or a heading in capitals
    assertThat(conll("[ORG Quillet] rose . Quillet Holdings fell . Quillet said so ."))
        .containsExactly("Quillet/ORG");
    assertThat(conll("[PER May] spoke . Prices rose in May .")).containsExactly("May/PER");
    assertThat(conll("[ORG Standard] rose . The standard terms and Standard shares held ."))
        .containsExactly("Standard/ORG");
    assertThat(conll("[ORG UNQUOTED] 8 - 12 . Prices 15 - 19 UNQUOTED ."))
        .containsExactly("UNQUOTED/ORG");
    assertThat(conll("Shares of [ORG Corp] fell . Analysts at Peters and Corp said so ."))
        .containsExactly("Corp/ORG");
  }
}
