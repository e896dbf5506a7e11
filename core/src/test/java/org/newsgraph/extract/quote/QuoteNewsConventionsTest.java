package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Quotes.direct;
import static org.newsgraph.extract.quote.Quotes.indirect;
import static org.newsgraph.extract.quote.Quotes.mention;
import static org.newsgraph.extract.quote.Quotes.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/**
 * Conventions of news copy: quotes interrupted by a longer attribution, quotes resumed after it,
 * words a speaker is quoted as calling something, speakers named in the sentence before.
 */
class QuoteNewsConventionsTest {

  @Test
  void aQuoteResumesAfterAnAttributionWithATail() {
    String text =
        "“I have never liked crowds,” Kane said in her 1998 memoir, “so the rally was a trial for"
            + " me.”";
    List<Quote> quotes =
        direct(Quotes.of(text, new Annotated.Entities(text).person("Ruth Kane", "Kane")));
    assertThat(quotes).hasSize(1);
    Quote q = quotes.get(0);
    assertThat(q.text()).startsWith("I have never").endsWith("a trial for me.");
    assertThat(q.speaker()).isEqualTo("Ruth Kane");
  }

  @Test
  void aPeriodInsideTheMarksEndsTheQuotesSentence() {
    String text =
        "Kane said on Friday “We will build it. We may start soon.” Kane also said that she would"
            + " prefer a deal.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Ruth Kane", "Kane")), "We will");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(q.speakerMention().start()).isEqualTo(0);
  }

  @Test
  void anAttributionThatEndsTheSentenceAfterAPeriodStillCounts() {
    String text =
        "“The bridge will open in May.” Mayor Tom Okafor continued. “The tolls will be low.”";
    List<Quote> quotes =
        Quotes.of(text, new Annotated.Entities(text).person("Tom Okafor", "Tom Okafor"));
    assertThat(starting(quotes, "The bridge").cue()).isEqualTo("continued");
    assertThat(starting(quotes, "The bridge").speaker()).isEqualTo("Tom Okafor");
    assertThat(starting(quotes, "The tolls").speaker()).isEqualTo("Tom Okafor");
  }

  @Test
  void aParticiplesObjectIsNoSpeaker() {
    String text =
        "Ryan Cole, the director of the film, wrote of her, “I noticed then that she was rare”,"
            + " recalling their first meeting.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Ryan Cole", "Ryan Cole")),
            "I noticed");
    assertThat(q.speaker()).isEqualTo("Ryan Cole");
    assertThat(q.cue()).isEqualTo("wrote");
  }

  @Test
  void aPastFormRightAfterTheQuoteIsACueWhateverItsTag() {
    String text =
        "“I am in awe of the people who ran towards danger to keep us all safe” tweeted Mayor of"
            + " London Sam Reid.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Sam Reid", "Sam Reid")), "I am");
    assertThat(q.speaker()).isEqualTo("Sam Reid");
    assertThat(q.cue()).isEqualTo("tweeted");
  }

  @Test
  void anEditorsBracketOpensAFullQuote() {
    Quote q =
        starting(
            Quotes.of("The director said, “[w]e have never seen an outbreak like this one.”"),
            "[w]e have");
    assertThat(q.partial()).isFalse();
    assertThat(mention(q)).isEqualTo("The director");
    Quote a =
        starting(direct(Quotes.of("The senator called the bill “[a] disgrace” on Monday.")), "[a]");
    assertThat(a.partial()).isTrue();
    assertThat(
            QuoteExtractor.opensCapital(
                "“[Khan] had left”", new QuotedSpan(0, 1, 16, 17, true, true)))
        .isTrue();
  }

  @Test
  void namesSpelledLikeTimeWordsAreNames() {
    String text =
        "The actor Doris Day gave few interviews. When asked by the BBC, Day said, “Nothing was"
            + " ever talked about.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Doris Day", "Doris Day", "Day")),
            "Nothing was");
    assertThat(q.speaker()).isEqualTo("Doris Day");
    String may = "Prime Minister Theresa May said, “Brexit means Brexit.”";
    Quote m =
        starting(
            Quotes.of(may, new Annotated.Entities(may).person("Theresa May", "Theresa May")),
            "Brexit");
    assertThat(m.speaker()).isEqualTo("Theresa May");
    assertThat(mention(m)).contains("Theresa May");
  }

  @Test
  void wordsASpeakerCallsSomethingAreTheirQuote() {
    String text = "Senator Adam Vance called the plan “a non-starter”.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Adam Vance", "Adam Vance")),
            "a non-starter");
    assertThat(q.partial()).isTrue();
    assertThat(q.speaker()).isEqualTo("Adam Vance");
    assertThat(q.cue()).isEqualTo("called");
    assertThat(Quotes.of("The museum hosted a programme called “Learning Together” in May."))
        .isEmpty();
  }

  @Test
  void quotedStretchesOfOneCueAreOneQuote() {
    List<Quote> quotes =
        direct(
            Quotes.of(
                "She described him as “a guiding force in science” who was “always curious”"
                    + " and “kind”."));
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("a guiding force in science always curious kind");
    assertThat(mention(quotes.get(0))).isEqualTo("She");
    List<Quote> said =
        direct(
            Quotes.of(
                "The leader said on Friday “We made an offer to the unions” and “They turned it"
                    + " down.”"));
    assertThat(said).hasSize(1);
    assertThat(said.get(0).text()).startsWith("We made").endsWith("turned it down.");
  }

  @Test
  void aReportedClauseOfQuotedWordsOnlyIsTheQuote() {
    List<Quote> quotes =
        Quotes.of("He closed the talks by saying “we are ready to take more steps.”");
    assertThat(indirect(quotes)).isEmpty();
    Quote q = starting(quotes, "we are ready");
    assertThat(q.direct()).isTrue();
    assertThat(mention(q)).isEqualTo("He");
  }

  @Test
  void aDocumentThatSpeaksThroughARelativeClause() {
    Quote q =
        starting(
            Quotes.of(
                "The commission released a statement which said, “The building must remain a"
                    + " museum.”"),
            "The building");
    assertThat(mention(q)).isEqualTo("a statement");
  }

  @Test
  void theSpeakerBeforeAParticiplePhrase() {
    Quote q =
        starting(
            Quotes.of("The senator speaking to reporters called the deal “a disaster”."),
            "a disaster");
    assertThat(mention(q)).isEqualTo("The senator");
  }

  @Test
  void aParticipleSkipsTheSubjectOfASubordinateClause() {
    Quote q =
        starting(
            Quotes.of(
                "A witness described how the attack unfolded, saying, “I saw a man with a"
                    + " knife.”"),
            "I saw");
    assertThat(mention(q)).isEqualTo("A witness");
  }

  @Test
  void andSaidAfterAnyVerbTakesItsSubject() {
    Quote q =
        indirect(Quotes.of("The embassy declined the request and said the family had left."))
            .get(0);
    assertThat(q.text()).isEqualTo("the family had left");
    assertThat(mention(q)).isEqualTo("The embassy");
  }

  @Test
  void wentOnToSay() {
    String text =
        "Law professor Wendy Pratt said the name was fair. She went on to say, “People will keep"
            + " using the old name anyway.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Wendy Pratt", "Wendy Pratt")),
            "People will");
    assertThat(mention(q)).isEqualTo("She");
    assertThat(q.speaker()).isEqualTo("Wendy Pratt");
  }

  @Test
  void aQuoteAfterACommaBelongsToTheClausesSubject() {
    String text =
        "Trump, also on Twitter, defended his decision, “It is time for others in the region to"
            + " protect their own territory.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Donald Trump", "Trump")),
            "It is time");
    assertThat(q.speaker()).isEqualTo("Donald Trump");
    assertThat(
            direct(
                Quotes.of(
                    "The charter specifies that officials are removed when convicted of, “Treason or Other"
                        + " High Crimes.”")))
        .isEmpty();
    assertThat(
            direct(
                Quotes.of(
                    "The deal between the two firms was effectively, “One builds and the other"
                        + " sells.”")))
        .isEmpty();
  }

  @Test
  void aQuoteWithNoCueTakesTheSubjectOfTheSentenceBefore() {
    String text =
        "Brett Hale, a former envoy, also criticized the decision on Twitter. “The statement shows"
            + " a complete lack of understanding of anything happening on the ground.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Brett Hale", "Brett Hale")),
            "The statement");
    assertThat(q.speaker()).isEqualTo("Brett Hale");
    assertThat(q.cue()).isNull();
  }

  @Test
  void aTitleInQuotesIsNoQuote() {
    assertThat(
            direct(
                Quotes.of(
                    "Ann Lee said the show was moving. During ABC's “A Tribute For a King”, many"
                        + " stars appeared.")))
        .isEmpty();
  }

  @Test
  void aCueAfterAQuoteStaysInItsParagraph() {
    String text =
        "He ended his speech with a promise. “We will rebuild every school in this valley by the"
            + " end of the year.”\n\n"
            + "Actor Sam Reid, who paid for the first school, stated that he was proud.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Sam Reid", "Sam Reid")),
            "We will rebuild");
    assertThat(q.speaker()).isNotEqualTo("Sam Reid");
  }

  @Test
  void aPartialQuoteTakesNoSpeakerFromAnotherSentence() {
    assertThat(
            direct(
                Quotes.of(
                    "According to the mayor, police were investigating a manifesto. In the"
                        + " document, the writer supposes a “cultural and ethnic replacement"
                        + " brought on by an invasion” of the country.")))
        .isEmpty();
  }

  @Test
  void aGlossInParenthesesIsNoQuote() {
    assertThat(
            direct(
                Quotes.of(
                    "Organisers said thousands joined the anti-Brexit (“British exit”) march on"
                        + " Saturday.")))
        .isEmpty();
  }

  @Test
  void wordsAfterAsAreTheSubjects() {
    String text =
        "Trump, responding to the announcement, attacked the inquiry as “a witch hunt of the"
            + " worst kind.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Donald Trump", "Trump")),
            "a witch hunt");
    assertThat(q.speaker()).isEqualTo("Donald Trump");
    assertThat(q.cue()).isEqualTo("attacked");
  }

  @Test
  void aPassiveWithItsAgentAfterTheQuote() {
    Quote q =
        starting(
            Quotes.of(
                "The gunman, who was described as “knife-obsessed” by the police, had left"
                    + " prison a week before."),
            "knife-obsessed");
    assertThat(mention(q)).isEqualTo("the police");
    assertThat(q.cue()).isEqualTo("described");
  }

  @Test
  void aPartialQuotesOwnVerbBeforeAccordingTo() {
    String text =
        "Pelosi called the president's conduct a “betrayal of his oath of office,” according to"
            + " NBC.";
    Quote q =
        starting(
            direct(
                Quotes.of(
                    text,
                    new Annotated.Entities(text)
                        .person("Nancy Pelosi", "Pelosi")
                        .org("NBC", "NBC"))),
            "betrayal");
    assertThat(q.speaker()).isEqualTo("Nancy Pelosi");
    assertThat(q.cue()).isEqualTo("called");
  }

  @Test
  void aSpeakerWithHisAgeBeforeWho() {
    String text =
        "Another was tour manager Thomas Gray, 24, who said: “I did what any Londoner would do.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Thomas Gray", "Thomas Gray")),
            "I did");
    assertThat(q.speaker()).isEqualTo("Thomas Gray");
  }

  @Test
  void moreVerbsThatQuote() {
    String text =
        "Kanye West held a rally in Charleston, where he broke down in tears, screaming “I almost"
            + " lost my daughter!” Trump lauded the senator as a “powerful voice of freedom.”"
            + " Biden accused Trump of “trying to scare the country.”";
    List<Quote> quotes =
        Quotes.of(
            text,
            new Annotated.Entities(text)
                .person("Kanye West", "Kanye West")
                .person("Donald Trump", "Trump")
                .person("Joe Biden", "Biden"));
    assertThat(starting(quotes, "I almost").speaker()).isEqualTo("Kanye West");
    assertThat(starting(quotes, "powerful voice").speaker()).isEqualTo("Donald Trump");
    assertThat(starting(quotes, "trying to scare").speaker()).isEqualTo("Joe Biden");
  }

  @Test
  void aQuotedQuestionSetBesideItsNameIsNoQuote() {
    assertThat(
            direct(
                Quotes.of(
                    "The administration has been trying to add the question, “Is this person a"
                        + " citizen of the United States?”, to the census.")))
        .isEmpty();
  }
}
