package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

class ActorResolverTest {

  private final ActorResolver resolver = new ActorResolver();

  private static Entity entity(
      String name, EntityType type, String code, String country, String... titles) {
    return new Entity(
        "e1", name, type, code, country, List.of(titles), List.of(new Mention(0, 1, "x")));
  }

  private long resolve(Entity entity, String date) {
    return resolver.resolve(entity, date == null ? null : LocalDate.parse(date));
  }

  @Test
  void aPersonIsOneActorAcrossDocumentsWhetherNamedInFullOrBySurname() {
    long full =
        resolve(
            entity("Jean-Yves Le Drian", EntityType.PERSON, "FRAGOV", "FRA", "Defense Minister"),
            "2013-01-14");
    long later =
        resolve(
            entity("Le Drian", EntityType.PERSON, "FRAGOV", "FRA", "Foreign Minister"),
            "2016-05-02");
    long accents =
        resolve(entity("Jean-Yves LE DRIAN", EntityType.PERSON, null, null), "2016-05-03");
    assertThat(later).isEqualTo(full);
    assertThat(accents).isEqualTo(full);
  }

  @Test
  void aSurnameSeenFirstIsJoinedByTheFullNameWhichBecomesTheActorsName() {
    long surname = resolve(entity("Erdogan", EntityType.PERSON, null, "TUR"), "2020-01-01");
    long full =
        resolve(entity("Recep Tayyip Erdogan", EntityType.PERSON, "TURGOV", "TUR"), "2020-01-05");
    assertThat(full).isEqualTo(surname);
    assertThat(resolver.actor(full).name).isEqualTo("Recep Tayyip Erdogan");
    assertThat(resolver.drainChanges().created()).hasSize(1);
  }

  @Test
  void countriesAreOneActorWhateverTheirName() {
    long us = resolve(entity("US", EntityType.COUNTRY, "USA", "USA"), null);
    long america = resolve(entity("America", EntityType.COUNTRY, "USA", "USA"), null);
    long american = resolve(entity("American", EntityType.NATIONALITY, "USA", "USA"), null);
    long unitedStates = resolve(entity("United States", EntityType.COUNTRY, "USA", "USA"), null);
    assertThat(List.of(america, american, unitedStates)).containsOnly(us);
    assertThat(resolver.actor(us).name).isEqualTo("United States");
    assertThat(resolve(entity("France", EntityType.COUNTRY, "FRA", "FRA"), null)).isNotEqualTo(us);
  }

  @Test
  void institutionsWithOneActorCodeAreOneActorWhateverTheirName() {
    long nato = resolve(entity("NATO", EntityType.ORGANIZATION, "IGOWSTNAT", null), null);
    long full =
        resolve(
            entity(
                "North Atlantic Treaty Organization", EntityType.ORGANIZATION, "IGOWSTNAT", null),
            null);
    assertThat(full).isEqualTo(nato);
    // A country's sector code is shared by many organisations: not an identity.
    long army = resolve(entity("French Army", EntityType.ORGANIZATION, "FRAMIL", "FRA"), null);
    long navy = resolve(entity("French Navy", EntityType.ORGANIZATION, "FRAMIL", "FRA"), null);
    assertThat(army).isNotEqualTo(navy);
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    long nicolas =
        resolve(
            entity("Nicolas Sarkozy", EntityType.PERSON, "FRAGOV", "FRA", "President"),
            "2010-01-01");
    long cecilia = resolve(entity("Cécilia Sarkozy", EntityType.PERSON, null, "FRA"), "2007-06-01");
    assertThat(cecilia).isNotEqualTo(nicolas);
    // Two candidates: the shared title decides.
    assertThat(
            resolve(entity("Sarkozy", EntityType.PERSON, null, "FRA", "President"), "2010-02-01"))
        .isEqualTo(nicolas);
  }

  @Test
  void peopleOfOneNameInDifferentCountriesStayApart() {
    long british = resolve(entity("John Smith", EntityType.PERSON, null, "GBR"), null);
    long american = resolve(entity("John Smith", EntityType.PERSON, null, "USA"), null);
    assertThat(american).isNotEqualTo(british);
    assertThat(resolve(entity("John Smith", EntityType.PERSON, null, "GBR"), null))
        .isEqualTo(british);
  }

  @Test
  void aSurnameThatFitsTwoPeopleEquallyBecomesAnActorOfItsOwn() {
    long george = resolve(entity("George Bush", EntityType.PERSON, null, "USA"), null);
    long jeb = resolve(entity("Jeb Bush", EntityType.PERSON, null, "USA"), null);
    long bush = resolve(entity("Bush", EntityType.PERSON, null, "USA"), null);
    assertThat(bush).isNotIn(george, jeb);
  }

  @Test
  void theNearestDateDecidesBetweenTwoPeopleOtherwiseAlike() {
    long elder = resolve(entity("George H. W. Bush", EntityType.PERSON, null, "USA"), "1990-01-01");
    long younger = resolve(entity("George W. Bush", EntityType.PERSON, null, "USA"), "2005-01-01");
    assertThat(younger).isNotEqualTo(elder);
    assertThat(resolve(entity("Bush", EntityType.PERSON, null, "USA"), "2006-03-01"))
        .isEqualTo(younger);
  }

  @Test
  void anEventParticipantWithoutEntityIsTheCountryOfItsCode() {
    long france = resolve(entity("France", EntityType.COUNTRY, "FRA", "FRA"), null);
    assertThat(resolver.countryOf("FRAGOV")).isEqualTo(france);
    assertThat(resolver.countryOf("IGOWSTNAT")).isNull();
    assertThat(resolver.countryOf("MLI")).isNotNull().isNotEqualTo(france);
  }
}
