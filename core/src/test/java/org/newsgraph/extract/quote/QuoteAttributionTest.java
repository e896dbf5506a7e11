package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Quotes.direct;
import static org.newsgraph.extract.quote.Quotes.mention;
import static org.newsgraph.extract.quote.Quotes.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;

/** Who said a direct quote: cues, names, pronouns, descriptions, unnamed sources. */
class QuoteAttributionTest {

  @Test
  void speakerAfterTheCue() {
    String text = "“We will not give in,” said Petit, the finance minister.";
    List<Quote> quotes =
        Quotes.of(text, new Annotated.Entities(text).person("Bruno Petit", "Petit"));
    Quote q = starting(quotes, "We will not");
    assertThat(q.speaker()).isEqualTo("Bruno Petit");
    assertThat(q.speakerEntity()).isEqualTo("e1");
    assertThat(mention(q)).isEqualTo("Petit");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(q.confidence()).isEqualTo(0.95);
  }

  @Test
  void speakerBeforeTheCueWithTheListenerAfterIt() {
    String text =
        "“The hospital will reopen in May,” Kowalski told a news conference in Gdansk. "
            + "“The ward is safe,” a senior doctor told Reuters.";
    List<Quote> quotes =
        Quotes.of(
            text,
            new Annotated.Entities(text)
                .person("Anna Kowalski", "Kowalski")
                .org("Reuters", "Reuters"));
    assertThat(starting(quotes, "The hospital").speaker()).isEqualTo("Anna Kowalski");
    Quote doctor = starting(quotes, "The ward");
    assertThat(doctor.speaker()).isEqualTo("a senior doctor");
    assertThat(doctor.speakerEntity()).isNull();
    assertThat(doctor.cue()).isEqualTo("told");
  }

  @Test
  void speakerWithAnApposition() {
    String text =
        "\"We are ready to talk,\" Omar Haddad, a spokesman for the Northern Alliance of"
            + " farmers, told the agency by telephone.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Omar Haddad", "Omar Haddad")),
            "We are ready");
    assertThat(q.speaker()).isEqualTo("Omar Haddad");
    assertThat(mention(q)).isEqualTo("Omar Haddad");
  }

  @Test
  void pronounResolvedToTheLastPersonOfItsGender() {
    String text =
        "Mayor Tom Okafor met Governor Linda Hayes in Lagos. "
            + "‘The bridge must be finished before the rains,’ she said. "
            + "“We agree,” he said.";
    List<Quote> quotes =
        Quotes.of(
            text,
            new Annotated.Entities(text)
                .person("Tom Okafor", "Tom Okafor")
                .person("Linda Hayes", "Linda Hayes"));
    Quote she = starting(quotes, "The bridge");
    assertThat(she.speaker()).isEqualTo("Linda Hayes");
    assertThat(mention(she)).isEqualTo("she");
    assertThat(she.confidence()).isEqualTo(0.86);
    assertThat(starting(quotes, "We agree").speaker()).isEqualTo("Tom Okafor");
  }

  @Test
  void genderFromATitle() {
    String text =
        "The spokeswoman, Dana Kirov, stood beside Colonel Mark Brandt. "
            + "“No decision was taken,” she said.";
    Quote q =
        starting(
            Quotes.of(
                text,
                new Annotated.Entities(text)
                    .person("Dana Kirov", "Dana Kirov")
                    .person("Mark Brandt", "Mark Brandt")),
            "No decision");
    assertThat(q.speaker()).isEqualTo("Dana Kirov");
  }

  @Test
  void theMinisterIsTheLastPersonWithAMinisterTitle() {
    String text =
        "Prime Minister Jonas Berg and Defence Minister Karin Holm met in Oslo with General"
            + " Erik Dahl. “We need more ships,” the defence minister said.";
    Quote q =
        starting(
            Quotes.of(
                text,
                new Annotated.Entities(text)
                    .add(
                        EntityType.PERSON,
                        "Jonas Berg",
                        List.of("Prime Minister"),
                        "NOR",
                        "Jonas Berg")
                    .add(
                        EntityType.PERSON,
                        "Karin Holm",
                        List.of("Defence Minister"),
                        "NOR",
                        "Karin Holm")
                    .add(EntityType.PERSON, "Erik Dahl", List.of("General"), "NOR", "Erik Dahl")),
            "We need");
    assertThat(q.speaker()).isEqualTo("Karin Holm");
    assertThat(q.speakerEntity()).isEqualTo("e2");
    assertThat(mention(q)).isEqualTo("the defence minister");
  }

  @Test
  void aGenericDescriptionMatchesTheNationality() {
    String text =
        "French Defence Minister Pierre Roux met German Finance Minister Hans Vogel. Vogel left"
            + " early. The top French official acknowledged the risk of “a long and costly war”.";
    List<Quote> quotes =
        Quotes.of(
            text,
            new Annotated.Entities(text)
                .add(
                    EntityType.PERSON,
                    "Pierre Roux",
                    List.of("Defence Minister"),
                    "FRA",
                    "Pierre Roux")
                .add(
                    EntityType.PERSON,
                    "Hans Vogel",
                    List.of("Finance Minister"),
                    "DEU",
                    "Hans Vogel",
                    "Vogel"));
    Quote q = starting(quotes, "a long and costly");
    assertThat(q.partial()).isTrue();
    assertThat(q.speaker()).isEqualTo("Pierre Roux");
    assertThat(mention(q)).isEqualTo("The top French official");
  }

  @Test
  void unnamedSourcesKeepTheirDescription() {
    String text =
        "“The plan is on the table,” a French presidential official told Reuters.\n\n"
            + "“Nothing is decided,” one defense official said.\n\n"
            + "“We expect a vote in June,” another added.";
    List<Quote> quotes = Quotes.of(text, new Annotated.Entities(text).org("Reuters", "Reuters"));
    assertThat(direct(quotes))
        .extracting(Quote::speaker, Quote::speakerEntity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a French presidential official", null),
            org.assertj.core.groups.Tuple.tuple("one defense official", null),
            org.assertj.core.groups.Tuple.tuple("another", null));
  }

  @Test
  void anAnonymousOfficialIsNeverANamedOne() {
    String text =
        "Police chief Mark Dunn declined to comment. A police official told AFP the suspect had"
            + " fled. “He crossed the border at night,” the official said on condition of"
            + " anonymity.";
    Quote q =
        starting(
            Quotes.of(
                text,
                new Annotated.Entities(text)
                    .add(EntityType.PERSON, "Mark Dunn", List.of("Police chief"), null, "Mark Dunn")
                    .org("AFP", "AFP")),
            "He crossed");
    assertThat(q.speaker()).isEqualTo("A police official");
    assertThat(q.speakerEntity()).isNull();
    assertThat(mention(q)).isEqualTo("the official");
    assertThat(q.cue()).isEqualTo("said on condition of anonymity");
  }

  @Test
  void organisationsSpeakAndAreReferredToAsIt() {
    String text =
        "“The sanctions are illegal,” the White House said on Thursday. "
            + "“We will respond,” it said.";
    List<Quote> quotes =
        Quotes.of(text, new Annotated.Entities(text).org("White House", "White House"));
    assertThat(starting(quotes, "The sanctions").speaker()).isEqualTo("White House");
    Quote it = starting(quotes, "We will respond");
    assertThat(it.speakerEntity()).isEqualTo("e1");
    assertThat(mention(it)).isEqualTo("it");
  }

  @Test
  void aQuoteWithoutCueInheritsFromTheQuoteBeforeInItsParagraph() {
    String text = "“We saved most of the houses,” a fire service official said. “Two were lost.”";
    Quote q = starting(Quotes.of(text), "Two were lost");
    assertThat(q.speaker()).isEqualTo("a fire service official");
    assertThat(q.cue()).isNull();
    assertThat(q.confidence()).isEqualTo(0.81);
  }

  @Test
  void aParagraphOfQuoteAloneContinuesTheSpeakerOfTheParagraphBefore() {
    String text =
        "“Congress must act,” said a spokesman for the speaker.\n\n"
            + "“We will see whether this is more talk or real change.”";
    Quote q = starting(Quotes.of(text), "We will see");
    assertThat(q.speaker()).isEqualTo("a spokesman for the speaker");
  }

  @Test
  void aQuotedHeadingIsNoQuote() {
    String text =
        "“We will rebuild,” the mayor said.\n\n‘The town will rise again’\n\nThe storm hit on Monday.";
    assertThat(direct(Quotes.of(text))).extracting(Quote::text).containsExactly("We will rebuild");
  }

  @Test
  void leadingCueBeforeAColon() {
    String text =
        "Asked where the money went, Dardar said: \"Everywhere. Into weapons and into fuel.\"";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Abou Dardar", "Dardar")),
            "Everywhere");
    assertThat(q.speaker()).isEqualTo("Abou Dardar");
    assertThat(q.partial()).isFalse();
  }

  @Test
  void descriptionThatNamesNoEarlierPersonStaysADescription() {
    Quote q = starting(Quotes.of("“The roads are closed,” the police chief said."), "The roads");
    assertThat(q.speaker()).isEqualTo("the police chief");
    assertThat(q.speakerEntity()).isNull();
  }

  @Test
  void organisationDescriptionRefersToTheOrganisationThatSpokeLast() {
    String text =
        "Human Rights Watch said ten civilians had died. "
            + "The rights group said the strikes were reckless.";
    List<Quote> quotes =
        Quotes.of(
            text, new Annotated.Entities(text).org("Human Rights Watch", "Human Rights Watch"));
    Quote second = starting(quotes, "the strikes");
    assertThat(second.speakerEntity()).isEqualTo("e1");
    assertThat(mention(second)).isEqualTo("The rights group");
  }
}
