package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** The extraction rules, one by one, on sentences written for the test (see {@link Markup}). */
class EntityExtractorTest {

  private static final EntityExtractor EXTRACTOR = new EntityExtractor();
  private static final LocalDate DAY = LocalDate.of(2016, 2, 1);

  private static List<Entity> extract(String markup) {
    return EXTRACTOR.extract(Markup.parse(markup, DAY));
  }

  private static Entity named(List<Entity> entities, String name) {
    return find(entities, name)
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
  }

  private static Optional<Entity> find(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static List<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void idsFollowFirstMentionsAndMentionsPointIntoTheText() {
    var doc =
        Markup.parse(
            "[LOC France] is willing to help [LOC Libya] , [PER Jean-Yves Le Drian] said .", DAY);
    List<Entity> entities = EXTRACTOR.extract(doc);
    assertThat(entities).extracting(Entity::id).containsExactly("e1", "e2", "e3");
    assertThat(entities)
        .extracting(Entity::name)
        .containsExactly("France", "Libya", "Jean-Yves Le Drian");
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        assertThat(doc.text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void countriesAndNationalitiesCarryTheirIsoCode() {
    List<Entity> es =
        extract("[LOC France] backs [MISC Libyan] forces , [MISC French] officials said .");
    Entity france = named(es, "France");
    assertThat(france.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(france.country()).isEqualTo("FRA");
    assertThat(france.code()).isEqualTo("FRA");
    Entity libyan = named(es, "Libyan");
    assertThat(libyan.type()).isEqualTo(EntityType.NATIONALITY);
    assertThat(libyan.country()).isEqualTo("LBY");
    assertThat(named(es, "French").country()).isEqualTo("FRA");
  }

  @Test
  void countryAndNationalityStaySeparateButEachMergesItsForms() {
    List<Entity> es =
        extract(
            "[LOC Libya] is a sovereign country . The [MISC Libyans] have dithered . The"
                + " [MISC Libyan] state is weak . [LOC Libya] said no .");
    Entity libya = named(es, "Libya");
    assertThat(libya.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(libya.mentions()).hasSize(2);
    Entity libyan = named(es, "Libyan");
    assertThat(libyan.type()).isEqualTo(EntityType.NATIONALITY);
    assertThat(mentionTexts(libyan)).containsExactly("Libyans", "Libyan");
  }

  @Test
  void namesOfOneCountryAreOneEntityNamedByItsFullestForm() {
    List<Entity> es =
        extract(
            "[LOC US] troops landed . The [LOC United States] said so . [LOC America] agreed .");
    Entity us = named(es, "United States");
    assertThat(mentionTexts(us)).containsExactly("US", "United States", "America");
    assertThat(us.code()).isEqualTo("USA");
  }

  @Test
  void untaggedDemonymGivesTheNationality() {
    List<Entity> es = extract("Turkish media reported last week that [LOC Turkey] plans bases .");
    Entity turkish = named(es, "Turkish");
    assertThat(turkish.type()).isEqualTo(EntityType.NATIONALITY);
    assertThat(turkish.country()).isEqualTo("TUR");
  }

  @Test
  void militantGroupsFromTheDictionaryAreGroups() {
    List<Entity> es =
        extract("Fighters of [ORG Ansar Dine] and [ORG Al-Qaeda] attacked the town .");
    Entity ansar = named(es, "Ansar Dine");
    assertThat(ansar.type()).isEqualTo(EntityType.GROUP);
    assertThat(ansar.code()).isEqualTo("MLIREB");
    assertThat(ansar.country()).isEqualTo("MLI");
    assertThat(named(es, "Al-Qaeda").type()).isEqualTo(EntityType.GROUP);
  }

  @Test
  void capitalsAreCities() {
    List<Entity> es = extract("Talks were held in [LOC Ankara] on Monday .");
    Entity ankara = named(es, "Ankara");
    assertThat(ankara.type()).isEqualTo(EntityType.CITY);
    assertThat(ankara.country()).isEqualTo("TUR");
    assertThat(es).hasSize(1);
  }

  @Test
  void dictionaryActorsTheRecognizerMissedAreFound() {
    List<Entity> es =
        extract(
            "“ Action is needed before [LOC Libya] becomes a sanctuary for ISIL , ” he said ."
                + "\nThe allies met at NATO headquarters .");
    Entity isil = named(es, "ISIL");
    assertThat(isil.type()).isEqualTo(EntityType.GROUP);
    assertThat(isil.code()).isEqualTo("IMGMUSISI");
    assertThat(named(es, "NATO").code()).isEqualTo("IGOWSTNAT");
  }

  @Test
  void sentenceOpenersAndCapitalHeadlinesGiveNoUntaggedActors() {
    // "Security" opens the sentence; "IS" in a capitals headline is the verb
    List<Entity> es =
        extract("WHAT IS NEXT FOR THE UN AND EU\nSecurity officials say the deserts are vast .");
    assertThat(es).isEmpty();
  }

  @Test
  void bareAcronymJoinsTheNameItAbbreviates() {
    List<Entity> es =
        extract(
            "France warns of IS crossing the sea .\n"
                + "[PER Barack Obama] ordered action against the [ORG Islamic State] group ."
                + " IS fighters are in Sirte . The group , also called ISIS , grows .");
    Entity is = named(es, "Islamic State");
    assertThat(is.type()).isEqualTo(EntityType.GROUP);
    assertThat(mentionTexts(is)).containsExactly("IS", "Islamic State", "IS", "ISIS");
    assertThat(is.code()).isEqualTo("IMGMUSISI");
    assertThat(es.get(0).name()).isEqualTo("France");
  }

  @Test
  void untaggedAcronymThatAbbreviatesNothingIsDropped() {
    List<Entity> es = extract("The TV crew and the ABC team met [PER John Smith] .");
    assertThat(es).extracting(Entity::name).containsExactly("John Smith");
  }

  @Test
  void bracketedAcronymJoinsItsExpansion() {
    List<Entity> es =
        extract(
            "A ceasefire between the [ORG Government of National Accord] ( [ORG GNA] ) and the"
                + " [ORG Libyan National Army] ( [ORG LNA] ) failed . The [ORG GNA] took the"
                + " airport before [ORG LNA] forces retreated .");
    Entity gna = named(es, "Government of National Accord");
    assertThat(mentionTexts(gna)).containsExactly("Government of National Accord", "GNA", "GNA");
    Entity lna = named(es, "Libyan National Army");
    assertThat(lna.mentions()).hasSize(3);
    assertThat(lna.code()).isEqualTo("LBYMIL");
    assertThat(lna.country()).isEqualTo("LBY");
  }

  @Test
  void acronymOfInitialsJoinsAnEarlierOrLaterName() {
    List<Entity> es =
        extract(
            "The [ORG HoR] voted against the cabinet . The [ORG House of Representatives] is"
                + " the official parliament .");
    Entity house = named(es, "House of Representatives");
    assertThat(mentionTexts(house)).containsExactly("HoR", "House of Representatives");
  }

  @Test
  void sameDictionaryRecordIsOneEntity() {
    List<Entity> es =
        extract(
            "[ORG NATO] met . The [ORG North Atlantic Treaty Organization] agreed . [ORG ISIL] and"
                + " [MISC Islamic State] and [ORG ISIS] are one group .");
    assertThat(named(es, "North Atlantic Treaty Organization").mentions()).hasSize(2);
    Entity is = named(es, "Islamic State");
    assertThat(mentionTexts(is)).containsExactly("ISIL", "Islamic State", "ISIS");
  }

  @Test
  void personNamesMergeBySurnameIgnoringCase() {
    List<Entity> es =
        extract(
            "Defense Minister [PER Jean-Yves Le Drian] said so . [PER Le Drian] told reporters ."
                + " [PER LE Drian] told French TV .");
    Entity ld = named(es, "Jean-Yves Le Drian");
    assertThat(ld.type()).isEqualTo(EntityType.PERSON);
    assertThat(mentionTexts(ld)).containsExactly("Jean-Yves Le Drian", "Le Drian", "LE Drian");
    assertThat(es).hasSize(2);
  }

  @Test
  void lastNameAloneLinksToTheUniqueFullNameEvenWhenItComesFirst() {
    List<Entity> es =
        extract(
            "[PER Rasmussen] spoke first . Later [PER Anders Fogh Rasmussen] explained . [PER AF"
                + " Rasmussen] left .");
    Entity r = named(es, "Anders Fogh Rasmussen");
    assertThat(r.mentions()).hasSize(3);
  }

  @Test
  void familyNameAloneIsTheOneOfficeHolderOfThatNameOnTheDay() {
    LocalDate day = LocalDate.of(1987, 4, 20);
    List<Entity> es =
        EXTRACTOR.extract(
            Markup.parse("[PER Reagan] will meet Prime Minister [PER Nakasone] this week .", day));
    assertThat(named(es, "Reagan").code()).isEqualTo("USAGOV");
    assertThat(named(es, "Nakasone").code()).isEqualTo("JPNGOV");
    // a fuller name in the document is someone else of that name, unknown to the dictionaries
    List<Entity> other =
        EXTRACTOR.extract(
            Markup.parse("[PER Maureen Reagan] spoke . Later [PER Reagan] left .", day));
    assertThat(named(other, "Maureen Reagan").code()).isNull();
    assertThat(other).hasSize(1);
    // a name that is no person's is never taken for a family name
    assertThat(
            EXTRACTOR.extract(Markup.parse("[ORG Reagan] airport was closed .", day)).get(0).code())
        .isNull();
  }

  @Test
  void ambiguousLastNameStaysApart() {
    List<Entity> es =
        extract("[PER Paul Ryan] and [PER Susan Ryan] met . [PER Ryan] said nothing .");
    assertThat(es).extracting(Entity::name).containsExactly("Paul Ryan", "Susan Ryan", "Ryan");
  }

  @Test
  void inconsistentTagsOfOneNameAreVotedAndSurnamesTaggedAsOtherThingsJoinThePerson() {
    List<Entity> es =
        extract(
            "Army chief [PER Khalifa Haftar] spoke . [PER Haftar] left . [ORG Haftar] forces won"
                + " . [PER Haftar] returned .");
    Entity h = named(es, "Khalifa Haftar");
    assertThat(h.mentions()).hasSize(4);
    assertThat(es).hasSize(1);
  }

  @Test
  void premodifierTitlesWithTheirCountry() {
    List<Entity> es =
        extract(
            "French Foreign Minister [PER Laurent Fabius] said so . Turkish Foreign Minister [PER"
                + " Mevlut Cavusoglu] agreed .");
    Entity fabius = named(es, "Laurent Fabius");
    assertThat(fabius.titles()).containsExactly("Foreign Minister");
    assertThat(fabius.country()).isEqualTo("FRA");
    assertThat(fabius.code()).isEqualTo("FRAGOV");
    Entity cavusoglu = named(es, "Mevlut Cavusoglu");
    assertThat(cavusoglu.titles()).containsExactly("Foreign Minister");
    assertThat(cavusoglu.country()).isEqualTo("TUR");
    assertThat(cavusoglu.code()).isEqualTo("TURGOV");
  }

  @Test
  void titleWithoutCountryWordLeavesTheCountryOpen() {
    // a name no actor dictionary knows (Le Drian is in newsgraph.actors.txt, as FRAGOV)
    List<Entity> es = extract("Defense Minister [PER Jean-Marc Dubreuil] said Sunday .");
    Entity ld = named(es, "Jean-Marc Dubreuil");
    assertThat(ld.titles()).containsExactly("Defense Minister");
    assertThat(ld.country()).isNull();
    assertThat(ld.code()).isNull();
  }

  @Test
  void secretaryOfStateAndCountryAbbreviation() {
    List<Entity> es = extract("[LOC US] Secretary of State [PER John Kerry] flew to [LOC Rome] .");
    Entity kerry = named(es, "John Kerry");
    assertThat(kerry.titles()).containsExactly("Secretary of State");
    assertThat(kerry.country()).isEqualTo("USA");
    assertThat(kerry.code()).isEqualTo("USAGOV");
  }

  @Test
  void appositionWithOrganisationGivesItsCode() {
    List<Entity> es =
        extract(
            "[PER Anders Fogh Rasmussen] , [ORG NATO] Secretary General , said the alliance is"
                + " ready .");
    Entity r = named(es, "Anders Fogh Rasmussen");
    assertThat(r.titles()).containsExactly("NATO Secretary General");
    assertThat(r.code()).isEqualTo("IGOWSTNAT");
    assertThat(r.country()).isNull();
  }

  @Test
  void titleInsideTheTaggedNameIsCutOffAndKept() {
    List<Entity> es =
        extract("The announcement was made by [PER Secretary General AF Rasmussen] on Tuesday .");
    Entity r = named(es, "AF Rasmussen");
    assertThat(r.titles()).containsExactly("Secretary General");
    assertThat(mentionTexts(r)).containsExactly("AF Rasmussen");
  }

  @Test
  void appositionWithArticleAndOfComplement() {
    List<Entity> es =
        extract(
            "[PER Abou Dardar] , a leader of [ORG Ansar Dine] , told the agency . [PER Peter"
                + " Cook] , the spokesman for the [ORG Pentagon] , confirmed it . [PER Moussa Ag"
                + " Assarid] , an [ORG MNLA] official , said so .");
    Entity dardar = named(es, "Abou Dardar");
    assertThat(dardar.titles()).containsExactly("leader");
    assertThat(dardar.code()).isEqualTo("MLIREB");
    Entity cook = named(es, "Peter Cook");
    assertThat(cook.titles()).containsExactly("spokesman");
    assertThat(cook.code()).isEqualTo("USAMIL");
    assertThat(cook.country()).isEqualTo("USA");
    assertThat(named(es, "Moussa Ag Assarid").titles()).containsExactly("MNLA official");
  }

  @Test
  void titleBeforeTheNameAcrossACommaWithPossessiveCountry() {
    List<Entity> es =
        extract("[LOC Mali]'s interim president , [PER Dioncounda Traore] , said so .");
    Entity traore = named(es, "Dioncounda Traore");
    assertThat(traore.titles()).containsExactly("interim president");
    assertThat(traore.country()).isEqualTo("MLI");
    assertThat(traore.code()).isEqualTo("MLIGOV");
  }

  @Test
  void lowerCaseRoleThenCapitalisedRankAreTwoTitles() {
    List<Entity> es =
        extract(
            "Its spokeswoman Lieutenant Colonel [PER Michelle Baldanza] told [ORG AFP] . French"
                + " army commander Colonel [PER Paul Geze] spoke .");
    Entity baldanza = named(es, "Michelle Baldanza");
    assertThat(baldanza.titles()).containsExactly("spokeswoman", "Lieutenant Colonel");
    Entity geze = named(es, "Paul Geze");
    assertThat(geze.titles()).containsExactly("army commander", "Colonel");
    assertThat(geze.country()).isEqualTo("FRA");
    assertThat(geze.code()).isEqualTo("FRAMIL");
  }

  @Test
  void ordinaryWordsBeforeANameAreNoTitles() {
    List<Entity> es =
        extract("On Sunday [PER John Smith] met friends . Reporters asked [PER Jane Doe] .");
    assertThat(named(es, "John Smith").titles()).isEmpty();
    assertThat(named(es, "Jane Doe").titles()).isEmpty();
  }

  @Test
  void titlesOfAllMentionsAreCollectedFirstUseFirst() {
    List<Entity> es =
        extract(
            "Defense Minister [PER Jean-Yves Le Drian] spoke . French Defence Minister [PER"
                + " Jean-Yves Le Drian] agreed . [PER Le Drian] left .");
    Entity ld = named(es, "Jean-Yves Le Drian");
    assertThat(ld.titles()).containsExactly("Defense Minister", "Defence Minister");
    assertThat(ld.country()).isEqualTo("FRA");
    assertThat(ld.code()).isEqualTo("FRAGOVMIL");
  }

  @Test
  void dictionaryPersonsGetTheirDatedCode() {
    List<Entity> es = extract("[PER Francois Hollande] spoke . [PER Hollande] left .");
    Entity hollande = named(es, "Francois Hollande");
    assertThat(hollande.code()).isEqualTo("FRAGOV");
    assertThat(hollande.country()).isEqualTo("FRA");
    // before he took office in May 2012 the dictionary has him as an elite, not the government
    List<Entity> before =
        EXTRACTOR.extract(
            Markup.parse("[PER Francois Hollande] spoke .", LocalDate.of(2011, 1, 1)));
    assertThat(before.get(0).code()).isEqualTo("FRAELI");
  }

  @Test
  void capitalActingAsGovernmentJoinsItsCountryAndStaysAPlace() {
    List<Entity> es =
        extract(
            "[LOC Russia] backs [PER Haftar] . [LOC Moscow] meanwhile sent mercenaries . Talks in"
                + " [LOC Moscow] ended .");
    Entity russia = named(es, "Russia");
    assertThat(russia.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(russia.code()).isEqualTo("RUS");
    assertThat(mentionTexts(russia)).containsExactly("Russia", "Moscow");
    Entity moscow = named(es, "Moscow");
    assertThat(moscow.type()).isEqualTo(EntityType.CITY);
    assertThat(moscow.mentions()).hasSize(2);
  }

  @Test
  void capitalsJoinedByAndOrPossessiveActAsGovernments() {
    List<Entity> es =
        extract(
            "A [MISC Turkish] official said that [LOC Ankara] and [LOC Moscow] postponed the"
                + " talks over [LOC Ankara]'s push .");
    Entity russia = named(es, "Russia");
    assertThat(russia.code()).isEqualTo("RUSGOV");
    assertThat(mentionTexts(russia)).containsExactly("Moscow");
    Entity turkey =
        es.stream()
            .filter(e -> e.type() == EntityType.COUNTRY && "TUR".equals(e.country()))
            .findFirst()
            .orElseThrow();
    assertThat(turkey.code()).isEqualTo("TURGOV");
    assertThat(turkey.mentions()).hasSize(2);
  }

  @Test
  void attachedModifiersAreCutOffTheName() {
    List<Entity> es =
        extract(
            "The [MISC Tripoli-based] government and the [MISC Kremlin-linked] group met"
                + " [ORG UN-backed] envoys in [LOC Turkish-claimed] waters .");
    assertThat(named(es, "Tripoli").type()).isEqualTo(EntityType.CITY);
    assertThat(named(es, "Kremlin").code()).isEqualTo("RUSGOV");
    assertThat(named(es, "UN").code()).isEqualTo("IGOUNO");
    assertThat(named(es, "Turkish").type()).isEqualTo(EntityType.NATIONALITY);
  }

  @Test
  void hyphenatedPairOfNationalitiesGivesBoth() {
    List<Entity> es = extract("A joint [MISC Malian-French] operation began .");
    assertThat(named(es, "Malian").country()).isEqualTo("MLI");
    assertThat(named(es, "French").country()).isEqualTo("FRA");
  }

  @Test
  void reportersCreditsAreNoActors() {
    List<Entity> es =
        extract(
            "[PER John Kerry] spoke in [LOC Rome] .\n"
                + "( Reporting by [PER Jane Doe] ; Editing by [PER Tom Smith] )\n"
                + "[PER Ann Lee] reported from [LOC Tripoli] .");
    assertThat(es).extracting(Entity::name).containsExactly("John Kerry", "Rome", "Tripoli");
  }

  @Test
  void personNamedInTheStoryAndInTheCreditKeepsOnlyTheStoryMention() {
    List<Entity> es =
        extract("[PER Jane Doe] won . Reporting by [PER Jane Doe] ; editing by [PER Tom Smith]");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).mentions()).hasSize(1);
  }

  @Test
  void organisationReportingAtTheEndStays() {
    List<Entity> es = extract("Talks failed , [ORG TRT World] reported .");
    assertThat(es).extracting(Entity::name).containsExactly("TRT World");
  }

  @Test
  void taggedNameContinuedByTheDictionary() {
    // the recognizer tagged "Islamic" only; the dictionary knows "Islamic State"
    List<Entity> es =
        extract("Strikes against the [MISC Islamic] State group went on . IS fighters fled .");
    Entity is = named(es, "Islamic State");
    assertThat(mentionTexts(is)).containsExactly("Islamic State", "IS");
    assertThat(is.type()).isEqualTo(EntityType.GROUP);
  }

  @Test
  void dictionaryDoesNotContinueANameOverATitle() {
    List<Entity> es = extract("[MISC French] President [PER Francois Hollande] spoke .");
    assertThat(named(es, "French").mentions()).hasSize(1);
    assertThat(named(es, "Francois Hollande").titles()).containsExactly("President");
  }

  @Test
  void lowerCaseParticleJoinsADictionaryName() {
    List<Entity> es = extract("Rebels linked to al [ORG Qaeda] attacked .");
    Entity q = named(es, "al Qaeda");
    assertThat(q.type()).isEqualTo(EntityType.GROUP);
    assertThat(q.code()).isEqualTo("IMGMUSALQ");
  }

  @Test
  void personTaggedGroupNamesAreGroups() {
    List<Entity> es =
        extract(
            "The Islamist group [PER Ansar Dine] took the town . Fighters of [ORG al Qaeda] and"
                + " al [PER Qaeda] allies followed .");
    assertThat(named(es, "Ansar Dine").type()).isEqualTo(EntityType.GROUP);
    Entity q = named(es, "al Qaeda");
    assertThat(q.type()).isEqualTo(EntityType.GROUP);
    assertThat(q.mentions()).hasSize(2);
  }

  @Test
  void personInsideAnOrganisationTagIsSplitOut() {
    List<Entity> es =
        extract(
            "[ORG US Defense Secretary Ash Carter] warned . The [ORG General National Congress]"
                + " objected .");
    Entity carter = named(es, "Ash Carter");
    assertThat(carter.type()).isEqualTo(EntityType.PERSON);
    assertThat(carter.titles()).containsExactly("Defense Secretary");
    assertThat(carter.country()).isEqualTo("USA");
    assertThat(carter.code()).isEqualTo("USAGOVMIL");
    assertThat(named(es, "General National Congress").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void roleWordsAloneAreNoNames() {
    assertThat(extract("The meeting of [ORG Defense Ministers] began .")).isEmpty();
  }

  @Test
  void initialsTheRecognizerLeftOutJoinThePerson() {
    List<Entity> es =
        extract("Secretary General AF [PER Rasmussen] spoke . [PER Rasmussen] left .");
    Entity r = named(es, "AF Rasmussen");
    assertThat(r.titles()).containsExactly("Secretary General");
    assertThat(mentionTexts(r)).containsExactly("AF Rasmussen", "Rasmussen");
  }

  @Test
  void tiedClassesGoToTheFirstOccurrenceAndAcronymsToOrganisations() {
    List<Entity> es =
        extract(
            "The [LOC MNLA] said . The [ORG MNLA] agreed . They took [LOC Diabaly] . [PER"
                + " Diabaly] fell .");
    assertThat(named(es, "MNLA").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "MNLA").mentions()).hasSize(2);
    assertThat(named(es, "Diabaly").type()).isEqualTo(EntityType.LOCATION);
    assertThat(es).hasSize(2);
  }

  @Test
  void tokenizerSplitHyphensAreHandledToo() {
    List<Entity> es =
        extract(
            "A [MISC Malian - French] operation began . [MISC Tuareg - led] rebels and the [MISC"
                + " Kremlin - linked Wagner] group moved .");
    assertThat(named(es, "Malian").country()).isEqualTo("MLI");
    assertThat(named(es, "French").country()).isEqualTo("FRA");
    assertThat(named(es, "Tuareg").mentions()).extracting(Mention::text).containsExactly("Tuareg");
    assertThat(named(es, "Kremlin").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "Wagner").type()).isEqualTo(EntityType.OTHER);
  }

  @Test
  void countryKnownToTheDictionaryUnderAnotherSpelling() {
    // the country table names it "Türkiye"; the dictionary's record is TURKEY
    List<Entity> es = extract("[LOC Turkey] backs the government . [LOC Ankara] said so .");
    Entity turkey = named(es, "Turkey");
    assertThat(turkey.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(turkey.country()).isEqualTo("TUR");
    assertThat(mentionTexts(turkey)).containsExactly("Turkey", "Ankara");
  }

  @Test
  void placesAndInstitutionsOfTheDictionary() {
    List<Entity> es =
        extract(
            "Strikes in [ORG Raqqa] continued , the [LOC White House] said , and [MISC"
                + " Kremlin] officials agreed .");
    assertThat(named(es, "Raqqa").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "Raqqa").country()).isEqualTo("SYR");
    // a building the recognizer tagged LOC stays a place (CoNLL-2003 tags "White House" LOC),
    // with the institution's code
    assertThat(named(es, "White House").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "White House").code()).isEqualTo("USAGOV");
    assertThat(named(es, "Kremlin").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void organisationAfterANationalityTakesItsCountry() {
    List<Entity> es =
        extract("The [MISC French] [ORG Foreign Ministry] said in a statement on Monday .");
    Entity ministry = named(es, "Foreign Ministry");
    assertThat(ministry.code()).isEqualTo("FRAGOV");
    assertThat(ministry.country()).isEqualTo("FRA");
  }

  @Test
  void roleCountryWithoutAgentLosesToTheDictionary() {
    List<Entity> es =
        extract("He and his [MISC Russian] counterpart , [PER Sergei Lavrov] , met .");
    Entity lavrov = named(es, "Sergei Lavrov");
    assertThat(lavrov.code()).isEqualTo("RUSGOV");
    assertThat(lavrov.country()).isEqualTo("RUS");
  }

  @Test
  void titleTaggedWithTheCountryGoesToThePerson() {
    List<Entity> es =
        extract(
            "[ORG US President] [PER Donald Trump] spoke . Later US President [PER Joe Biden]"
                + " answered .");
    Entity trump = named(es, "Donald Trump");
    assertThat(trump.titles()).containsExactly("President");
    assertThat(trump.country()).isEqualTo("USA");
    assertThat(trump.code()).isEqualTo("USAGOV");
    Entity biden = named(es, "Joe Biden");
    assertThat(biden.titles()).containsExactly("President");
    assertThat(biden.code()).isEqualTo("USAGOV");
    assertThat(es).extracting(Entity::type).doesNotContain(EntityType.ORGANIZATION);
  }

  @Test
  void oneWordPersonThatIsADemonymIsANationality() {
    List<Entity> es = extract("Greek [PER Cypriot] leaders met [PER Nikos Dendias] .");
    assertThat(named(es, "Cypriot").type()).isEqualTo(EntityType.NATIONALITY);
  }

  @Test
  void dictionaryKnowsTheHeadOfALongerName() {
    List<Entity> es =
        extract(
            "The [ORG United Nations Security Council] met , and the [ORG Sunshine Union] too .");
    assertThat(named(es, "United Nations Security Council").code()).isEqualTo("IGOUNO");
    assertThat(named(es, "Sunshine Union").code()).isNull();
  }

  @Test
  void lowerCaseWordsOpeningATaggedNameAreDropped() {
    List<Entity> es = extract("The [LOC Florida Museum] [MISC of Natural History] said .");
    assertThat(es).extracting(Entity::name).containsExactly("Florida Museum", "Natural History");
  }

  @Test
  void extractorIsThreadSafe() throws Exception {
    String markup =
        "French Foreign Minister [PER Laurent Fabius] met [PER Le Drian] in [LOC Paris] . [ORG"
            + " NATO] and [ORG ISIL] were discussed .";
    List<Entity> expected = extract(markup);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Entity>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> extract(markup)));
      }
      for (var r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyDocumentHasNoEntities() {
    assertThat(extract("")).isEmpty();
    assertThat(extract("no names here at all .")).isEmpty();
  }
}
