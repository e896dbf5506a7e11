package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;

/**
 * The coder's mechanisms on sentences written for the purpose, parsed by CoreNLP's dependency
 * parser, coded with the bundled production dictionaries.
 */
class EventCoderTest {

  private static CoreNlpAnnotator annotator;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    annotator =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(
                true, CoreNlpAnnotator.Options.defaults().maxCharacters()));
    coder = EventCoder.standard();
  }

  private static AnnotatedDocument annotate(String text, LocalDate date) {
    return annotator.annotate(
        new CleanDocument(
            "t",
            "t",
            null,
            null,
            date,
            date == null ? null : DateSource.METADATA,
            "en",
            text,
            List.of(),
            List.of()));
  }

  /** The coded events of a one-sentence text as "SOURCE TARGET ROOT" strings. */
  private static List<String> code(String text, LocalDate date) {
    Sentence s = annotate(text, date).sentences().get(0);
    return coder.code(s, date).stream()
        .map(e -> e.source().code() + " " + e.target().code() + " " + e.code().substring(0, 2))
        .toList();
  }

  private static List<String> code(String text) {
    return code(text, LocalDate.of(2020, 6, 1));
  }

  @Test
  void subjectActsOnObject() {
    assertThat(code("France accused Turkey of violating the arms embargo."))
        .containsExactly("FRA TUR 11");
  }

  @Test
  void compoundSubjectGivesOneEventEach() {
    assertThat(code("France and Britain condemned Russia on Monday."))
        .containsExactlyInAnyOrder("FRA RUS 11", "GBR RUS 11");
  }

  @Test
  void compoundObjectGivesOneEventEach() {
    assertThat(code("Egypt condemned Turkey and Qatar."))
        .containsExactlyInAnyOrder("EGY TUR 11", "EGY QAT 11");
  }

  @Test
  void passiveAgentIsTheSource() {
    List<String> events = code("Libya was attacked by Egypt on Sunday.");
    assertThat(events).isNotEmpty();
    assertThat(events).allMatch(e -> e.startsWith("EGY LBY "));
  }

  @Test
  void roleWordsAttachAgentsToCountries() {
    assertThat(code("French troops attacked Malian rebels near Gao."))
        .allMatch(e -> e.startsWith("FRAMIL MLIREB "))
        .isNotEmpty();
    assertThat(code("Libyan authorities asked NATO for advice."))
        .allMatch(e -> e.startsWith("LBYGOV IGOWSTNAT 02"))
        .isNotEmpty();
  }

  @Test
  void dateLimitedActorCodesFollowTheSentenceDate() {
    String text = "Hollande criticized Turkey.";
    assertThat(code(text, LocalDate.of(2013, 1, 14))).containsExactly("FRAGOV TUR 11");
    assertThat(code(text, LocalDate.of(2010, 1, 14))).containsExactly("FRAELI TUR 11");
  }

  @Test
  void anAppositionDescribingAThingNamesNoTarget() {
    // the church is no Greek actor; a name or a role in apposition still is one
    assertThat(
            code(
                "The president pledged converting Saint Irene, formerly a Greek Orthodox church and"
                    + " now a museum, to a mosque."))
        .isEmpty();
    assertThat(code("The city council wants to rebuild Castle Hill, formerly a Greek fortress."))
        .isEmpty();
    assertThat(code("Turkey's foreign minister met John Smith, a French diplomat, in Ankara."))
        .containsExactly("TURGOV FRAGOV 04");
  }

  @Test
  void goodsNamedByTheirOriginAreNoTradingPartner() {
    // trade in a country's goods is no cooperation with that country, nor is buying from a named
    // seller (see tradeInGoodsWithAnotherCountryIsNoEventBetweenTheStates); a tariff on a
    // country's goods stays an act on the country
    assertThat(code("Japanese millers bought 50,000 tonnes of Australian wheat last week."))
        .isEmpty();
    assertThat(code("Egypt imported 200,000 tonnes of Argentine maize in May.")).isEmpty();
    assertThat(code("Egypt bought 200,000 tonnes of wheat from Argentina in May.")).isEmpty();
    assertThat(code("The United States raised tariffs on Japanese electronic goods on Friday."))
        .containsExactly("USA JPN 16");
  }

  @Test
  void announcedPlansAreAnIntentNotAnAppeal() {
    // the object "plans" is what is announced, not someone asked to act
    assertThat(code("Germany announced plans to send troops to Mali."))
        .containsExactly("DEU MLI 03");
    assertThat(code("France wants Germany to raise its defence spending."))
        .containsExactly("FRA DEU 02");
  }

  @Test
  void coordinatedSubjectsOfAVerbOfActingTogetherActOnEachOther() {
    assertThat(code("France and Germany agreed to cooperate."))
        .containsExactlyInAnyOrder("FRA DEU 03", "DEU FRA 03");
    assertThat(code("Chile and Peru cooperated on fisheries research."))
        .containsExactlyInAnyOrder("CHL PER 05", "PER CHL 05");
  }

  @Test
  void aPassiveSubjectFulfilsThePatternOfTheActiveObject() {
    assertThat(code("The treaty was signed by France and Germany in 1963."))
        .containsExactlyInAnyOrder("FRA DEU 05", "DEU FRA 05");
    assertThat(code("The agreement was signed by Japan and the United States on Monday."))
        .containsExactlyInAnyOrder("JPN USA 05", "USA JPN 05");
  }

  @Test
  void aNegativeAttitudeTowardsAnothersDeedDisapprovesOfIt() {
    assertThat(code("Britain has grown increasingly impatient with Japanese trade practices."))
        .containsExactly("GBR JPN 11");
    assertThat(code("France is not happy with Turkey's role in Libya."))
        .containsExactly("FRA TUR 11");
    // a positive one is no disapproval, and an attitude needs someone's deed to be about
    assertThat(code("Germany is pleased with the progress of talks with Poland.")).isEmpty();
    assertThat(code("Britain has grown impatient with the weather.")).isEmpty();
  }

  @Test
  void aPastParticipleOnANounIsBackground() {
    // "conducted after ..." is a relative clause without its pronoun, on a noun that names no one
    assertThat(
            code(
                "A survey for a national newspaper, conducted after the British prime minister"
                    + " returned from Moscow, gave the party its best rating in years."))
        .isEmpty();
    assertThat(
            code(
                "A survey, taken after the French president returned from Beijing, showed his"
                    + " support rising."))
        .isEmpty();
  }

  @Test
  void whereACriticismIsMadeIsNotItsTarget() {
    assertThat(code("Japan criticized the trade policy at a meeting in Manila on Monday."))
        .isEmpty();
    assertThat(code("Japan criticized China at a meeting in Manila on Monday."))
        .containsExactly("JPN CHN 11");
  }

  @Test
  void aPlanToActRefinesTheIntentItIsAnnouncedBy() {
    // the plan's act is intended, not done: an intended sanction is a threat (13), intended aid
    // an intent to provide aid (033), an intended attack a threat of force (138)
    assertThat(code("Canada announced plans to impose tariffs on Brazilian steel."))
        .containsExactly("CAN BRA 13");
    assertThat(code("Canada unveiled plans to send aid to Haiti.")).containsExactly("CAN HTI 03");
    assertThat(code("Canada announced a plan to attack Iceland.")).containsExactly("CAN ISL 13");
    // a noun's act in a verb's complement refines an intent as a verb's does
    assertThat(code("Canada plans to put tariffs on Brazilian steel."))
        .containsExactly("CAN BRA 13");
  }

  @Test
  void workingTogetherIsCooperation() {
    assertThat(code("Chile and Peru are working together on the border plan."))
        .containsExactlyInAnyOrder("CHL PER 05", "PER CHL 05");
    assertThat(code("Chile worked closely with Peruvian officials.")).containsExactly("CHL PER 05");
    assertThat(code("Chile and Peru agreed to work jointly."))
        .containsExactlyInAnyOrder("CHL PER 03", "PER CHL 03");
    // working somewhere, or for someone, is no cooperation between countries
    assertThat(code("Thousands of Peruvians work in Chile.")).isEmpty();
  }

  @Test
  void aCapitalBeforeAThingIsOnlyWhereItIs() {
    // "the Moscow accord" says where the accord was made: Russia is no party to the criticism
    assertThat(code("Canada criticized the Moscow accord.")).isEmpty();
    assertThat(code("Canada criticized Moscow.")).containsExactly("CAN RUS 11");
    // with officials the capital stands for the government
    assertThat(code("Moscow officials criticized Canada.")).containsExactly("RUS CAN 11");
  }

  @Test
  void callsByTelephoneOrVideoAreConsultations() {
    assertThat(code("Chile and Peru held a video call on Tuesday."))
        .containsExactlyInAnyOrder("CHL PER 04", "PER CHL 04");
    assertThat(code("Chile had a phone call with Peru.")).containsExactly("CHL PER 04");
    // a call someone's news is about is its topic, not an event the sentence reports
    assertThat(code("Details emerged about Chile's call with Peru.")).isEmpty();
  }

  @Test
  void supportStatedIsEndorsementSupportPledgedAnIntent() {
    assertThat(code("Chile expressed support for Peru.")).containsExactly("CHL PER 05");
    assertThat(code("Chile pledged support for Peru.")).containsExactly("CHL PER 03");
    // another's decision praised is no act of the one who praises it
    assertThat(code("Chile praised Peru's decision to recognize Bolivia."))
        .contains("CHL PER 05")
        .doesNotContain("CHL BOL 05");
  }

  @Test
  void aJudgementOfTheObjectOutweighsAPatternOnItsWords() {
    // DESCRIBE's "* SANCTIONS" would make the speaker impose the sanctions it judges
    assertThat(code("Cuba described the American sanctions as cruel and illegal."))
        .containsExactly("CUB USA 11");
  }

  @Test
  void lashingOutAtSomeoneIsCriticism() {
    assertThat(code("Chile lashed out at Peru over the border dispute."))
        .containsExactly("CHL PER 11");
  }

  @Test
  void coordinatedSubjectsOfFightingFightEachOther() {
    assertThat(code("Chile and Peru fought over the border region."))
        .containsExactlyInAnyOrder("CHL PER 19", "PER CHL 19");
    assertThat(code("Chilean and Peruvian troops clashed near the border."))
        .containsExactlyInAnyOrder("CHLMIL PERMIL 19", "PERMIL CHLMIL 19");
  }

  @Test
  void whatADemandSaysShouldBeDoneIsNotDone() {
    // the subjunctive "that Lima withdraw" is demanded, not done: a demand to de-escalate (105)
    assertThat(code("Chile demanded that Lima withdraw its troops from Bolivia."))
        .containsExactly("CHL PER 10");
    // said as done, it is reported as done
    assertThat(code("Chile said that Lima withdrew its troops from Bolivia."))
        .contains("PER BOL 08");
  }

  @Test
  void evacuatingOnesOwnPeopleIsNoAidAndSendingDoctorsIs() {
    assertThat(code("Canada evacuated its citizens from Peru.")).isEmpty();
    assertThat(code("Cuba sent doctors to Peru.")).containsExactly("CUB PER 07");
  }

  @Test
  void wordsOfCondemnationJudgeAndDismissingAClaimRejectsIt() {
    // "unlawful" and "baseless" are not in the AFINN list, yet condemn as "illegal" does
    assertThat(code("Chile called the Peruvian border law unlawful."))
        .containsExactly("CHL PER 11");
    // a claim judged false is rejected (12), not criticized
    assertThat(code("Chile described the Peruvian accusations as baseless."))
        .containsExactly("CHL PER 12");
  }

  /** As {@link #code(String)}, on a day of 1987: the audit's Reuters newswire (places, goods). */
  private static List<String> codeIn1987(String text) {
    return code(text, LocalDate.of(1987, 3, 15));
  }

  @Test
  void aCapitalModifyingANounIsAPlaceNotItsGovernment() {
    assertThat(
            codeIn1987(
                "Under the Moscow agreement, India promised to cut its tariffs on machinery."))
        .noneMatch(e -> e.contains("RUS"));
    assertThat(codeIn1987("Canada said the Ottawa talks had brought no progress.")).isEmpty();
    // a capital of its own, or with a role word, is still the government
    assertThat(codeIn1987("Iraq accused Tehran of shelling the border town."))
        .containsExactly("IRQ IRN 11");
    assertThat(codeIn1987("The Ankara government criticised Athens for the new tariffs."))
        .containsExactly("TURGOV GRC 11");
  }

  @Test
  void aPlaceJoinedToBasedIsNoActor() {
    assertThat(
            codeIn1987(
                "A London-based newsletter said Iran was producing more oil than its quota."))
        .noneMatch(e -> e.startsWith("GBR"));
  }

  @Test
  void anAbbreviatedNameOnGoodsIsTheirOriginNotATradingPartner() {
    // "U.S." before a noun is the country's adjective: goods from there are no party to the trade
    assertThat(codeIn1987("Egypt has bought 200,000 tonnes of U.S. wheat this year.")).isEmpty();
    assertThat(codeIn1987("Peru has bought 50,000 tonnes of U.K. barley this month.")).isEmpty();
    // before a noun of people it still names the actor
    assertThat(codeIn1987("U.S. officials accused Japan of dumping chips."))
        .containsExactly("USA JPN 11");
  }

  @Test
  void coordinatedSubjectsAgreeAmongThemselvesWhenNoOtherPartyIsNamed() {
    assertThat(codeIn1987("Spain and Portugal agreed on Monday to cut tariffs on farm goods."))
        .containsExactlyInAnyOrder("ESP PRT 03", "PRT ESP 03");
    assertThat(codeIn1987("Chile and Peru agreed last week to the new fishing quota."))
        .containsExactlyInAnyOrder("CHL PER 05", "PER CHL 05");
    // a place is no party: the flights are over Siberia, the agreement between the two
    assertThat(codeIn1987("Sweden and Italy agreed to run four flights a week over Siberia."))
        .containsExactlyInAnyOrder("SWE ITA 03", "ITA SWE 03");
    // another party named in the act agreed on is its target
    assertThat(codeIn1987("France and Germany agreed to send aid to Chad."))
        .containsExactlyInAnyOrder("FRA TCD 03", "DEU TCD 03");
    // producers of two countries agreeing on a price is commerce, not an agreement of the countries
    assertThat(codeIn1987("Greek and Turkish producers agreed on a minimum price for cotton."))
        .noneMatch(e -> e.startsWith("GRC") && e.contains(" TUR"));
  }

  @Test
  void aFrontedReportWithNoEventIsAStatementOnItsSubject() {
    assertThat(
            codeIn1987(
                "Mexico's wheat harvest this year is forecast at four mln tonnes, the U.S."
                    + " Agriculture Department's attache in Mexico City said in a report."))
        .containsExactly("USA MEX 01");
    assertThat(codeIn1987("Brazil's coffee exports fell sharply in March, U.S. officials said."))
        .containsExactly("USA BRA 01");
    // the speaker's own country is no target
    assertThat(codeIn1987("Kenya's tea crop will rise this year, Kenyan officials said."))
        .isEmpty();
    // an event reported is coded, and its speakers are only its source
    assertThat(codeIn1987("Iraq launched new attacks on Iranian cities, Iranian officials said."))
        .containsExactly("IRQ IRN 19");
  }

  @Test
  void aWordOfAProperNameIsNoFormOfAPatternWord() {
    // "Agreement" in the organisation's name is not the verb AGREE of a pattern
    assertThat(
            codeIn1987(
                "Thailand told the General Agreement on Tariffs and Trade that Malaysia's new"
                    + " quotas broke its rules."))
        .noneMatch(e -> e.endsWith(" 03"));
  }

  @Test
  void aidBetweenThingsMarkedByCountriesNeedsAnActor() {
    // a firm and a project marked by their countries are no donor and recipient
    assertThat(
            codeIn1987(
                "A Japanese consortium will supply turbines worth some 10 billion yen to a"
                    + " Brazilian dam project."))
        .isEmpty();
  }

  @Test
  void aReportedMisdeedReproachesItsDoer() {
    // what the reported verb weighs, or the way it is done, makes the statement a reproach
    assertThat(code("Spain said Morocco had cheated the fishermen of both countries."))
        .containsExactly("ESP MAR 11");
    assertThat(code("Chile said Bolivia was behaving like a bully in the talks."))
        .containsExactly("CHL BOL 11");
    assertThat(code("Kenya said Uganda had unfairly closed the border market."))
        .containsExactly("KEN UGA 11");
    // what the subject undergoes is no misdeed, nor is a misdeed denied
    assertThat(code("Spain said Morocco had lost a lot of money.")).containsExactly("ESP MAR 01");
    assertThat(code("Spain said Morocco had not cheated anyone.")).containsExactly("ESP MAR 01");
  }

  @Test
  void aSidesOwnReportOfForceIsItsClaim() {
    // the side that used force reporting it states a claim on the target
    assertThat(code("Ethiopia said it shelled Eritrean border posts on Monday."))
        .containsExactly("ETH ERI 01");
    // an act ahead is no report of one
    assertThat(code("Ethiopia said it would shell Eritrean border posts."))
        .noneMatch(e -> e.endsWith(" 01"));
    assertThat(code("Armenia admitted shooting down an Azerbaijani helicopter."))
        .containsExactly("ARM AZE 01");
    // told by the other side or by a news agency, the act is coded
    assertThat(code("Eritrea said Ethiopian troops shelled Eritrean border posts on Monday."))
        .contains("ETHMIL ERI 19");
    assertThat(
            code(
                "The Ethiopian news agency said Ethiopian troops shelled Eritrean border posts on"
                    + " Monday."))
        .contains("ETHMIL ERI 19");
  }

  @Test
  void aNounCompletingAVerbsObjectTakesTheVerbsSubject() {
    // "a package of sanctions": the sanctions are what the subject finalised
    assertThat(code("Canada finalised a package of sanctions on Venezuela."))
        .containsExactly("CAN VEN 16");
    // the subject's own plan for an act refines the plan
    assertThat(code("Britain announced plans for tariffs on Argentine goods."))
        .containsExactly("GBR ARG 13");
    // a topic is no part of the object
    assertThat(code("Canada finalised a report about sanctions on Venezuela.")).isEmpty();
  }

  @Test
  void retaliatoryMeasuresReduceRelationsAndThreatenedOnesThreaten() {
    assertThat(code("Britain took punitive measures against Argentina."))
        .containsExactly("GBR ARG 16");
    // the object of a threat is what is threatened: a threat to reduce relations
    LocalDate day = LocalDate.of(2020, 6, 1);
    Sentence s =
        annotate("Poland threatened retaliatory action against Belarus.", day).sentences().get(0);
    assertThat(coder.code(s, day))
        .extracting(e -> e.source().code() + " " + e.target().code() + " " + e.code())
        .containsExactly("POL BLR 131");
    // measures with no qualifier are no act against anyone
    assertThat(code("Britain took measures against the flooding in Argentina.")).isEmpty();
  }

  @Test
  void countryAdjectiveOnAnOwnedThingIsNoParty() {
    // the owner's own branch or plant abroad: the statement is not about that country
    assertThat(code("Britain said its French subsidiary had made a loss.")).isEmpty();
    assertThat(code("Japan said its Chinese factories would close next month.")).isEmpty();
    // the owner is the party; a noun naming another party keeps its country
    assertThat(code("Germany criticized Turkey's Syrian offensive.")).containsExactly("DEU TUR 11");
    assertThat(code("Germany said its Turkish allies had made a loss."))
        .containsExactly("DEU TUR 01");
  }

  @Test
  void aConjunctBasedInACountryIsNoActorOfIt() {
    // the second conjunct's place is no actor, as the first's is not
    assertThat(
            code(
                "On Friday, UK-based grocer Tesco and Sweden-based grocer Axfood Group announced"
                    + " their agreement over selling a large portion of Tesco's Danish operation to"
                    + " Axfood Group."))
        .noneMatch(e -> e.contains("SWE"));
    assertThat(code("The Norwegian minister and the Austrian ambassador criticised Finland."))
        .containsExactlyInAnyOrder("NORGOV FIN 11", "AUTGOV FIN 11");
  }

  @Test
  void aStormsNameIsNoOfficeHolder() {
    // the name alone is a family name the dictionaries know (Uruguay's Fernando Lorenzo) ...
    assertThat(extract("Lorenzo criticised Portugal on Tuesday.")).containsExactly("URYGOV PRT 11");
    // ... after a word for a storm it is the storm's
    assertThat(extract("Hurricane Lorenzo hit Portugal on Tuesday.")).isEmpty();
    assertThat(extract("Tropical Storm Lorenzo hit Portugal on Tuesday.")).isEmpty();
  }

  @Test
  void aCountrysNameThatTheDocumentPlacesInAnotherCountryIsThatCountry() {
    // among American states "Georgia" is the state; beside the United States alone, the country
    assertThat(analyzed("Senators from Florida, Ohio and Georgia criticised Mexico on Monday."))
        .containsExactly("USALEG MEX 11");
    assertThat(analyzed("Russia criticised Georgia over its ties with the United States."))
        .containsExactly("RUS GEO 11");
  }

  /** The events of a text through the whole analysis, places included. */
  private static List<String> analyzed(String text) {
    return new org.newsgraph.pipeline.ArticleAnalyzer(annotator)
        .extract(annotate(text, LocalDate.of(2020, 6, 1))).events().stream()
            .map(e -> e.source().code() + " " + e.target().code() + " " + e.root())
            .toList();
  }

  @Test
  void cooperationArrangedForLaterIsAnIntent() {
    assertThat(code("France is to provide Togo with aid.")).containsExactly("FRA TGO 03");
    assertThat(code("France was scheduled to provide Togo with aid."))
        .containsExactly("FRA TGO 03");
    assertThat(code("France provided Togo with aid.")).containsExactly("FRA TGO 07");
  }

  @Test
  void tradeInGoodsWithAnotherCountryIsNoEventBetweenTheStates() {
    // buying from, importing from and exporting to a country's market is trade, not an act
    assertThat(codeIn1987("Poland bought 300,000 tonnes of maize from Hungary last year."))
        .isEmpty();
    assertThat(codeIn1987("Ghana will import 20,000 tonnes of rice from Thailand.")).isEmpty();
    assertThat(codeIn1987("Kenya exported 9,000 tonnes of tea to Pakistan and Egypt in 1986."))
        .isEmpty();
  }

  @Test
  void aCountryWordInACompanysNameIsNoActor() {
    // a company is no state: the country its name carries is where it is registered
    assertThat(extract("American Standard Holdings Inc said it had offered a stake to Brazil."))
        .isEmpty();
    assertThat(
            extract(
                "Canadian Pacific Ltd agreed to sell its Mexican unit to the Mexican"
                    + " government."))
        .isEmpty();
    // a government named by its country's adjective still acts
    assertThat(extract("The American government offered a stake in the plant to Brazil."))
        .containsExactly("USAGOV BRA 03");
  }

  @Test
  void theObjectOfAnOfferIsWhatIsGivenNotWhoIsAskedToAct() {
    // the frigates are offered for a purpose: an intent (03), not an appeal (02) to them
    assertThat(codeIn1987("France offered two frigates to protect Saudi oil tankers."))
        .containsExactly("FRA SAUBUS 03");
    assertThat(codeIn1987("Italy promised troops to guard the Lebanese border."))
        .containsExactly("ITA LBN 03");
    // wanting another to act is still an appeal
    assertThat(codeIn1987("Britain wants Germany to raise spending."))
        .containsExactly("GBR DEU 02");
  }

  @Test
  void theEuropeanCommunityIsNoCountrysCommunity() {
    // the organisation, not the agent word "Community" with a coordinated country's code
    assertThat(
            codeIn1987(
                "The U.S. accused Japan and the European Community of unfair trade practices."))
        .containsExactlyInAnyOrder("USA JPN 11", "USA IGOEUREEC 11");
  }

  @Test
  void moscowIsTheSovietUnionIn1987() {
    assertThat(codeIn1987("Moscow accused Washington of violating the treaty."))
        .containsExactly("SUN USA 11");
  }

  @Test
  void slammingOrHittingOutAtSomeoneCriticisesThem() {
    assertThat(code("Chile slammed Argentina over the fishing quotas."))
        .containsExactly("CHL ARG 11");
    assertThat(code("Chile hit out at Argentina over the fishing quotas."))
        .containsExactly("CHL ARG 11");
    // a crash is no criticism
    assertThat(code("A Chilean plane slammed into a hill over Argentina.")).isEmpty();
  }

  @Test
  void aJudgementParsedIntoTheObjectIsStillAJudgement() {
    // "remarks racist" read as one noun: its last word is what the remarks are called
    assertThat(code("Mexico called Trump's remarks racist.")).containsExactly("MEX USAGOV 11");
    // a plain noun after the object is no judgement: "called the peace summit" is a call
    assertThat(code("Mexico called the Canadian peace summit.")).noneMatch(e -> e.endsWith(" 11"));
  }

  @Test
  void beingOpenOrReadyForTalksIsAnIntentToMeet() {
    assertThat(code("Cuba said it is open to talks with Colombia.")).containsExactly("CUB COL 03");
    assertThat(code("Cuba is ready for a dialogue with Colombia.")).containsExactly("CUB COL 03");
    // talks held are a consultation
    assertThat(code("Cuba held a dialogue with Colombia.")).contains("CUB COL 04");
  }

  @Test
  void haltingTradeWithACountryIsAnEmbargo() {
    assertThat(code("Peru suspended imports of Chilean fruit.")).containsExactly("PER CHL 16");
    assertThat(code("Peru stopped importing fruit from Chile.")).containsExactly("PER CHL 16");
    assertThat(code("Peru ended its fishing treaty with Chile.")).containsExactly("PER CHL 16");
    // trade resumed is cooperation again
    assertThat(code("Peru resumed trade with Chile.")).noneMatch(e -> e.endsWith(" 16"));
  }

  @Test
  void membersListedBetweenSpacedHyphensAreTheSubject() {
    assertThat(code("Three nations - Chile, Peru and Bolivia - pledged to cooperate closely."))
        .hasSize(6)
        .allMatch(e -> e.endsWith(" 03"));
  }

  @Test
  void negatedVerbsCodeNothing() {
    assertThat(code("France accused Turkey.")).isNotEmpty();
    assertThat(code("France did not accuse Turkey.")).isEmpty();
    assertThat(code("France never accused Turkey.")).isEmpty();
  }

  @Test
  void aDeniedSubjectCodesNothing() {
    assertThat(code("France and Germany condemned Russia.")).isNotEmpty();
    assertThat(code("Neither France nor Germany condemned Russia.")).isEmpty();
    assertThat(code("No Arab country has condemned Israel.")).isEmpty();
    assertThat(code("None of the Gulf states criticized Iran.")).isEmpty();
  }

  @Test
  void aYearNamedIsNoReasonToDropASentence() {
    assertThat(code("Britain criticized China in 1997.")).containsExactly("GBR CHN 11");
  }

  @Test
  void discardedSentencesCodeNothing() {
    assertThat(code("France accused Turkey.")).isNotEmpty();
    assertThat(code("In football, France accused Turkey of cheating.")).isEmpty();
  }

  @Test
  void subjectOfAReportedClauseIsTheTargetOfAStatementVerb() {
    assertThat(code("Russia warned that Ukraine would pay a price."))
        .allMatch(e -> e.startsWith("RUS UKR "))
        .isNotEmpty();
  }

  @Test
  void unparsedSentencesCodeNothing() {
    AnnotatedDocument plain =
        new CoreNlpAnnotator()
            .annotate(
                new CleanDocument(
                    "t",
                    "t",
                    null,
                    null,
                    null,
                    null,
                    "en",
                    "France accused Turkey.",
                    List.of(),
                    List.of()));
    assertThat(coder.code(plain.sentences().get(0), null)).isEmpty();
  }

  @Test
  void theRecordCountsRepeatsOnceAndLinksEntities() {
    String text =
        "France accused Turkey of violating the embargo. Officials spoke on Monday. France"
            + " accused Turkey of violating the embargo.";
    AnnotatedDocument doc = annotate(text, LocalDate.of(2020, 6, 1));
    List<Entity> entities = new EntityExtractor().extract(doc);
    List<Event> events = new EventExtractor().extract(doc, entities);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.count()).isEqualTo(2);
    assertThat(e.source().code()).isEqualTo("FRA");
    assertThat(e.target().code()).isEqualTo("TUR");
    assertThat(e.root()).isEqualTo("11");
    assertThat(e.quadClass()).isEqualTo(3);
    assertThat(e.goldstein()).isNegative();
    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 6, 1));
    assertThat(text.substring(e.sentence().start(), e.sentence().end()))
        .isEqualTo("France accused Turkey of violating the embargo.");
    Entity france =
        entities.stream().filter(x -> x.id().equals(e.source().entity())).findFirst().orElseThrow();
    assertThat(france.name()).isEqualTo("France");
    assertThat(e.rule()).isNotBlank();
  }

  @Test
  void supplementRecodesCommonVerbsAfterTheCodebook() {
    assertThat(code("Canada encouraged Mexico to reform its courts."))
        .containsExactly("CAN MEX 02");
    assertThat(code("Brazil urged Argentina to reopen the border.")).containsExactly("BRA ARG 02");
    assertThat(code("Spain banned a Moroccan airline.")).containsExactly("ESP MARBUS 16");
    assertThat(code("Japan sanctioned Venezuela last week.")).containsExactly("JPN VEN 16");
    assertThat(code("Italy seconded the proposal of Austria.")).containsExactly("ITA AUT 05");
    // negotiation and mediation are the codebook's 04, not CAMEO.2.0.txt's COMPROMISE [080]
    assertThat(code("Israel negotiated with Egypt."))
        .containsExactlyInAnyOrder("ISR EGY 04", "EGY ISR 04");
    assertThat(code("Qatar mediated between Israel and Jordan."))
        .containsExactlyInAnyOrder("QAT ISR 04", "QAT JOR 04");
  }

  @Test
  void supplementPatternsCodeSigningsAndPhoneCalls() {
    assertThat(code("Egypt signed a deal with Sudan."))
        .containsExactlyInAnyOrder("EGY SDN 05", "SDN EGY 05");
    assertThat(code("The presidents of Kenya and Uganda spoke on the phone on Sunday."))
        .containsExactlyInAnyOrder("KENGOV UGAGOV 04", "UGAGOV KENGOV 04");
  }

  @Test
  void verbsWhoseBareSenseIsNoInteractionCodeOnlyThroughPatterns() {
    // counting, increasing, managing and thinking are no act of one country on another
    assertThat(code("Loans from Japan to Kenya totalled 300 million dollars.")).isEmpty();
    assertThat(code("Vietnam expanded its purchases of Thai rice.")).isEmpty();
    assertThat(code("Norway will manage the fund of Iceland.")).isEmpty();
    assertThat(code("Chile thought that Peru would win.")).isEmpty();
    assertThat(code("Ghana will pay attention to the decisions of Togo.")).isEmpty();
    assertThat(code("Kenya faces strong competition from Uganda.")).isEmpty();
    // an expectation is a prediction, a statement, not an intent
    assertThat(code("Kenya expects Uganda to sell more coffee.")).doesNotContain("KEN UGA 03");
    // the blocks' patterns still code
    assertThat(code("Canada increased its aid to Haiti.")).containsExactly("CAN HTI 07");
    assertThat(code("Italy paid tribute to Greece.")).containsExactly("ITA GRC 01");
  }

  @Test
  void aStemMatchesItsInflectionsAndDerivationsNotAnotherWord() {
    // ACCEPT's "- * PLAN" [030] takes "plans" but not "plant"
    assertThat(code("Egypt accepted the plant of Israel.")).isEmpty();
    assertThat(code("Egypt accepted the plans of Israel.")).containsExactly("EGY ISR 03");
  }

  @Test
  void coordinatedSubjectsOfAMutualVerbWithAnObjectActOnItNotOnEachOther() {
    assertThat(code("Chile and Peru met in Lima."))
        .containsExactlyInAnyOrder("CHL PER 04", "PER CHL 04");
    assertThat(code("Chile and Peru joined the alliance."))
        .doesNotContain("CHL PER 04", "PER CHL 04");
  }

  @Test
  void aPatternOfParticlesOnlyIsForTheVerbsItWasWrittenFor() {
    // OVERSEE_MANAGE's "- * TO [030]" was written for "head to", not for ORDER of the same block
    assertThat(code("Kenya ordered Uganda to withdraw its troops.")).containsExactly("KEN UGA 10");
    // the supplement's particle patterns marked for the whole block
    assertThat(code("Kenya talked with Uganda on Monday.")).containsExactly("KEN UGA 04");
    assertThat(code("Britain relinquished control of the island to Kenya."))
        .containsExactly("GBR KEN 08");
  }

  @Test
  void aDeniedObjectIsNoEvent() {
    assertThat(code("France sent troops to Mali.")).containsExactly("FRA MLI 06");
    assertThat(code("France sent no troops to Mali.")).isEmpty();
    assertThat(code("Japan imposed sanctions on Iran.")).containsExactly("JPN IRN 16");
    assertThat(code("Japan imposed no sanctions on Iran.")).isEmpty();
  }

  @Test
  void supplementCodesTakingOnlyWithObjectsThatMakeItAnEvent() {
    assertThat(code("Britain took steps against Russia.")).isEmpty();
    assertThat(code("Iranian militants took American diplomats hostage."))
        .containsExactly("IRNUAF USAGOV 18");
    assertThat(code("India took part in the talks with Pakistan.")).containsExactly("IND PAK 04");
  }

  @Test
  void supplementRecodesTariffsPressureDealsEvacuationsAndReportingVerbs() {
    assertThat(code("The United States imposed tariffs on China.")).containsExactly("USA CHN 16");
    assertThat(code("The Canadian tariffs against Mexico angered officials."))
        .containsExactly("CAN MEX 16");
    assertThat(code("Germany pressured Greece to cut spending.")).containsExactly("DEU GRC 10");
    assertThat(code("Japan finalized a trade deal with Australia."))
        .containsExactlyInAnyOrder("JPN AUS 05", "AUS JPN 05");
    assertThat(code("France evacuated its diplomats from Libya.")).containsExactly("FRA LBY 16");
    assertThat(code("Six American diplomats fled to the Canadian embassy.")).isEmpty();
    assertThat(code("Reuters quoted an Iranian official.")).isEmpty();
    assertThat(code("The measures arrested the decline of the Italian economy.")).isEmpty();
    assertThat(code("Trump characterized the call with Zelensky as routine."))
        .containsExactly("USAGOV UKRGOV 01");
    // whom a yield is to is its target, not the first actor after the verb
    assertThat(code("Spain ceded control of Gibraltar to Morocco.")).containsExactly("ESP MAR 08");
    // more cooperation with another's armed forces is military cooperation
    assertThat(code("Iran has increased cooperation with the Chinese navy."))
        .containsExactly("IRN CHNMIL 06");
    // an announced withdrawal is one to come: an intent (0356)
    assertThat(code("Canada announced a troop withdrawal from Mali."))
        .allMatch(e -> e.startsWith("CAN MLI") && e.endsWith(" 03"))
        .isNotEmpty();
  }

  @Test
  void aRegionOfTheAmericasIsNotTheUnitedStates() {
    assertThat(code("China criticized America.")).containsExactly("CHN USA 11");
    assertThat(code("Canada accused Central American countries.")).isEmpty();
    assertThat(code("Russia sent troops to Latin America.")).noneMatch(e -> e.contains("USA"));
  }

  @Test
  void theSourcesOwnCountryIsNotTheTargetItIsLookedForIn() {
    assertThat(code("Iran's foreign minister spoke in Tehran about the United States."))
        .containsExactly("IRNGOV USA 01");
    // nor as the object: the source itself, whom it acts on named further on
    assertThat(code("Trump withdrew the US from the treaty with Iran."))
        .containsExactly("USAGOV IRN 16");
  }

  @Test
  void whatAPrepositionOfTimeIntroducesDatesTheEventAndTakesNoPartInIt() {
    assertThat(code("Spain's talks with Morocco ended.")).containsExactly("ESP MAR 04");
    assertThat(code("France criticized Italy after Spain's talks with Morocco."))
        .containsExactly("FRA ITA 11");
    assertThat(code("Since the Saudi attack on Yemen, Iran has armed the rebels."))
        .containsExactly("IRN ---REB 06");
  }

  @Test
  void whereAGatheringTakesPlaceIsNotWhomItConsults() {
    assertThat(code("Trump met in Beijing on Monday.")).isEmpty();
    assertThat(code("The Chinese president attended a summit in Paris.")).isEmpty();
    assertThat(code("Merkel held talks in Moscow.")).isEmpty();
    // a visit is to its place
    assertThat(code("Obama visited troops in Afghanistan.")).contains("USAELI AFG 04");
  }

  @Test
  void whomAReportIsAttributedToIsNoTarget() {
    assertThat(code("According to Reuters, Iran has increased cooperation in the region."))
        .isEmpty();
  }

  @Test
  void anActOnADeedIsOnItsDoerNamedByBy() {
    assertThat(code("France criticized the seizure of Iranian ships by Britain."))
        .containsExactly("FRA GBR 11");
    // attacking what another said or decided is criticizing it
    assertThat(code("Erdogan attacked the proclamation by Trump."))
        .containsExactly("TURGOV USAGOV 11");
  }

  @Test
  void restrictiveRelativeClausesAreBackgroundAndNotCoded() {
    assertThat(code("Lawmakers debated a bill that would allow Chile to extradite Peruvians."))
        .noneMatch(e -> e.startsWith("CHL"));
    assertThat(code("The airstrike that killed Iranian officials was ordered by the army."))
        .isEmpty();
    assertThat(code("Iran condemned the airstrike that killed Iraqi officials."))
        .containsExactly("IRN IRQ 11");
  }

  @Test
  void oneStateBeatingAnotherIsAContestNotAnAttack() {
    assertThat(code("Uruguay beat Paraguay 3-1 in Montevideo on Sunday.")).isEmpty();
    assertThat(code("Chile kept its title by beating Peru on Saturday.")).isEmpty();
    // beating people is an assault
    assertThat(code("Bolivian police beat Peruvian protesters on Friday."))
        .allMatch(e -> e.startsWith("BOLCOP PER"))
        .isNotEmpty();
  }

  @Test
  void aPossibilityOfASubjectQualifiedByAnActorIsNoAct() {
    assertThat(code("Chilean importers may decide to buy Peruvian copper next year.")).isEmpty();
    assertThat(code("Chilean importers decided to buy Peruvian copper last year.")).isNotEmpty();
  }

  @Test
  void tellingSomeoneThatAnothersClaimIsFalseCriticizesIt() {
    assertThat(code("Peru told reporters on Monday that Chile's claim was false."))
        .containsExactly("PER CHL 11");
  }

  @Test
  void aJointTalksNounThatOnlyCompletesAnotherNounIsATopicNotAnEvent() {
    assertThat(code("Investors cheered hopes of a Peru-Chile trade deal on Monday."))
        .doesNotContain("PER CHL 05", "CHL PER 05");
    assertThat(code("A breakthrough in the Peru-Chile talks remained out of reach.")).isEmpty();
    // as the argument of a clause the talks took place
    assertThat(code("Peru-Chile talks resumed in Lima on Monday."))
        .containsExactlyInAnyOrder("PER CHL 04", "CHL PER 04");
  }

  @Test
  void aClauseThatCompletesANounIsBackgroundAndNotCoded() {
    assertThat(code("Critics repeated their claims that Chile is arming Bolivia.")).isEmpty();
    assertThat(code("Chile is arming Bolivia.")).isNotEmpty();
    assertThat(
            code(
                "The ministers welcomed the news that Peru and Chile had signed a defence pact"
                    + " on Friday."))
        .noneMatch(e -> e.startsWith("PER") || e.startsWith("CHL"));
    assertThat(code("Lawmakers discussed a plan for Chilean troops to leave Bolivia."))
        .noneMatch(e -> e.contains("BOL"));
    // a participle on a noun shares the sentence's subject and asserts its act
    assertThat(code("Peru issued a statement condemning Chile.")).contains("PER CHL 11");
  }

  @Test
  void aNonRestrictiveRelativeClauseOnANamedActorIsCodedWithItsAntecedent() {
    assertThat(code("Chile, which had expelled Peruvian diplomats, stayed silent."))
        .containsExactly("CHL PERGOV 16");
    assertThat(code("Chile expelled Peruvian diplomats.")).containsExactly("CHL PERGOV 16");
    assertThat(code("Turkey, which backs the Libyan government, sent troops there."))
        .contains("TUR LBYGOV 05");
    // the antecedent as the passive subject, the agent as source, coordinated agents each one
    assertThat(
            code(
                "Talks stalled with the rebels of Haftar, who are backed by Egypt and Russia,"
                    + " on Sunday."))
        .contains("EGY LBYMILREB 05", "RUS LBYMILREB 05");
    // no comma: restrictive, and an antecedent that names no actor: background
    assertThat(code("The country which backs the rebels in Libya is Egypt.")).isEmpty();
  }

  @Test
  void aNonRestrictiveRelativeClauseIsNotWhereAVerbsTargetIsLookedFor() {
    assertThat(code("Trump announced the deal, which Iran rejected on Monday."))
        .noneMatch(e -> e.startsWith("USAGOV IRN"));
    // the clause itself is coded when its antecedent is a named actor
    assertThat(code("Turkey, which backs the GNA, criticized Egypt."))
        .contains("TUR EGY 11", "TUR LBYGOV 05");
  }

  @Test
  void nationalityAdjectivesWithRolesAndCapitalsAreActors() {
    assertThat(code("Iranian officials accused Israel of the attack."))
        .singleElement()
        .satisfies(e -> assertThat(e).startsWith("IRN").contains(" ISR").endsWith(" 11"));
    assertThat(code("Turkish forces attacked Syria."))
        .singleElement()
        .satisfies(e -> assertThat(e).startsWith("TUR").endsWith(" SYR 19"));
    // a capital as subject or object stands for its government
    assertThat(code("Ankara accused Moscow of violating the ceasefire."))
        .containsExactly("TUR RUS 11");
    assertThat(code("Washington imposed sanctions on Tehran.")).containsExactly("USA IRN 16");
    assertThat(code("Russia criticized Washington.")).containsExactly("RUS USA 11");
  }

  @Test
  void nationalityWordsUsedAsNounsAreTheirCountry() {
    // tagged "DT JJ VBN" and parsed as one noun phrase without the repair
    assertThat(code("The British condemned Turkey.")).containsExactly("GBR TUR 11");
    assertThat(code("The French accused Italy of stealing the plan."))
        .containsExactly("FRA ITA 11");
    // an adjective before a noun stays one
    assertThat(code("The Dutch government criticised Belgium.")).containsExactly("NLDGOV BEL 11");
  }

  @Test
  void aBareParticipleClauseActsForTheSubjectAbove() {
    assertThat(code("Argentina issued a statement on Monday, condemning Chile for the raid."))
        .contains("ARG CHL 11");
    assertThat(code("Argentina recalled its ambassador, blaming Chile for the raid."))
        .contains("ARG CHL 11");
  }

  @Test
  void aGerundRightAfterAPrepositionOnANounIsNoActOfTheSubjectAbove() {
    assertThat(code("Canada announced restrictions on flying to Cuba."))
        .noneMatch(e -> e.endsWith(" 03"));
  }

  @Test
  void aPlacePrepositionBeforeAParticiplesSubjectMakesItNoSubject() {
    // parsed with "on" marking the clause and "Twitter" its subject
    assertThat(
            code(
                "The Kenyan foreign minister posted a statement on Twitter blaming Somalia for"
                    + " the attacks."))
        .containsExactly("KENGOV SOM 11");
    // "with" does open a clause with its own subject
    assertThat(code("With Somalia blaming Kenya for the attacks, Ethiopia stayed silent."))
        .containsExactly("SOM KEN 11");
  }

  @Test
  void aGerundReadAsAModifierOfTheNameAfterItIsAClauseOfTheSubjectAbove() {
    // parsed as "in [accusing Chile]", "accusing" an adjective of "Chile"
    assertThat(code("Peru was quick in accusing Chile of the raid.")).containsExactly("PER CHL 11");
    assertThat(code("Peru responded by expelling Chilean diplomats."))
        .containsExactly("PER CHLGOV 16");
    // the name a title opens: the preposition is on the name's last word, "expelling" on the title
    assertThat(code("Peru responded by criticizing Chilean President Sebastian Pinera."))
        .containsExactly("PER CHLGOV 11");
  }

  @Test
  void aVerbsPatternsDoNotReachIntoAClauseOnItsObject() {
    // "posted ... attacks": POST's pattern "* ATTACK" would make the poster attack Somalia
    assertThat(
            code(
                "The Kenyan foreign minister posted a statement on Twitter blaming Somalia for"
                    + " the attacks."))
        .noneMatch(e -> e.endsWith(" 19"));
  }

  @Test
  void anIntentOrThreatToActIsCodedAsTheIntentNotTheAct() {
    assertThat(code("Egypt pledged to help Libya secure its borders."))
        .containsExactly("EGY LBY 03");
    assertThat(code("Iran agreed to hold talks with Iraq.")).containsExactly("IRN IRQ 03");
    assertThat(code("Chile threatened to impose sanctions on Peru.")).containsExactly("CHL PER 13");
    assertThat(code("Peru committed to send more troops to Bolivia."))
        .containsExactly("PER BOL 03");
    // the act itself, asserted, keeps its code
    assertThat(code("Egypt helped Libya secure its borders.")).containsExactly("EGY LBY 07");
    // agreeing to act is undertaking to (AGREE alone is 050)
    assertThat(code("Egypt agreed to help Libya.")).containsExactly("EGY LBY 03");
    // a negated intent: neither the intent nor the act
    assertThat(code("Egypt did not agree to help Libya.")).isEmpty();
    assertThat(code("Egypt never promised to help Libya.")).isEmpty();
  }

  @Test
  void anAdjectiveOfWillingnessStatesAnIntent() {
    assertThat(code("Chile is willing to help Peru.")).containsExactly("CHL PER 03");
    // through a complement that codes nothing itself
    assertThat(code("Egypt pledged to try to help Libya.")).containsExactly("EGY LBY 03");
    // hoping or asking to act oneself is no appeal to anyone: an intent
    assertThat(code("Brazil hopes to visit Canada.")).containsExactly("BRA CAN 03");
    // the "to" left out
    assertThat(code("Chile is willing help Peru secure its border.")).containsExactly("CHL PER 03");
    // ability is no intent: the act keeps its code
    assertThat(code("Chile is able to help Peru.")).containsExactly("CHL PER 07");
  }

  @Test
  void aScheduledMeetingIsAnIntentToMeet() {
    assertThat(code("The French president visited Egypt last week."))
        .containsExactlyInAnyOrder("FRAGOV EGY 04", "EGY FRAGOV 04");
    // the visitor intends the visit; the host's side of it is not coded
    assertThat(code("The French president will visit Egypt next week."))
        .containsExactly("FRAGOV EGY 03");
    assertThat(code("The French president'll visit Egypt next week."))
        .containsExactly("FRAGOV EGY 03");
    assertThat(code("The French president is to visit Egypt next week."))
        .containsExactly("FRAGOV EGY 03");
    assertThat(code("The French president is scheduled to meet the Egyptian president."))
        .containsExactly("FRAGOV EGYGOV 03");
    assertThat(code("The Egyptian president would meet French officials in Cairo, Egypt said."))
        .containsExactly("EGYGOV FRA 03");
    // "today" read as the object of "scheduled" is not who meets
    assertThat(code("A French delegation was scheduled today to meet Egypt's foreign minister."))
        .containsExactly("FRA EGYGOV 03");
    // the intent is the subject's, not its partner's; a joint meeting is between the parties
    assertThat(code("France shall hold talks with Egypt.")).containsExactly("FRA EGY 03");
    assertThat(code("Chile and Peru will meet on Monday."))
        .containsExactlyInAnyOrder("CHL PER 03", "PER CHL 03");
    // "plans to" governs its complement already
    assertThat(code("France plans to hold talks with Egypt.")).containsExactly("FRA EGY 03");
    // other acts announced for later keep their code
    assertThat(code("France will impose sanctions on Egypt.")).containsExactly("FRA EGY 16");
  }

  @Test
  void aPossibleOrExpectedActIsNoAct() {
    assertThat(code("France might impose sanctions on Egypt.")).isEmpty();
    assertThat(code("France may attack Egypt.")).isEmpty();
    assertThat(code("France is likely to attack Egypt.")).isEmpty();
    assertThat(code("France should support Egypt.")).isEmpty();
    assertThat(code("Chile is unlikely to import copper from Peru.")).isEmpty();
    // through what the modal's word governs, and the noun that the act's object is
    assertThat(code("France may be able to lift sanctions against Egypt.")).isEmpty();
    assertThat(code("Egypt is expected to tell France that Libya may be able to lift sanctions."))
        .isEmpty();
    // a possible past act is a report of it
    assertThat(code("France might have attacked Egypt.")).containsExactly("FRA EGY 19");
  }

  @Test
  void aSingularPronounDoesNotStandForSeveralActors() {
    // "he" is not Chile, Peru and Bolivia: his visit is no visit of theirs
    assertThat(code("Chile, Peru and Bolivia agreed to help Ecuador after he visited them."))
        .noneMatch(e -> e.endsWith(" 04"));
    // "they" stands for them, and "it" for one
    assertThat(code("Chile and Peru said they would attack Bolivia."))
        .containsExactlyInAnyOrder("CHL BOL 19", "PER BOL 19");
    assertThat(code("Chile said it had attacked Bolivia.")).containsExactly("CHL BOL 01");
  }

  @Test
  void whereAStatementIsMadeIsNotWhomItIsAbout() {
    assertThat(code("The Chilean minister said in Lima that the harvest was poor.")).isEmpty();
    assertThat(code("At a meeting in Lima, Chilean officials said exports had risen.")).isEmpty();
    // what the statement is about is still its target
    assertThat(code("The Chilean minister said in Lima that Bolivia had broken the accord."))
        .containsExactly("CHLGOV BOL 01");
    // nor is where a gathering takes place, inside the phrase of whom it is with
    assertThat(code("Chilean officials met with bank creditors in Lima.")).isEmpty();
  }

  @Test
  void aConditionOrQuestionIsNoAct() {
    // the condition itself, an indirect question, and what depends on a condition
    assertThat(code("Egypt will protest if Chile attacks Peru.")).isEmpty();
    assertThat(code("Reporters asked whether Chile would boycott Peru."))
        .noneMatch(e -> e.startsWith("CHL PER"));
    assertThat(code("Asked if Chile would retaliate against Peru, the minister said nothing."))
        .isEmpty();
    assertThat(code("Chile would buy Peruvian copper if prices fell.")).isEmpty();
    assertThat(code("Chile will suffer unless Peru decides to help Bolivia.")).isEmpty();
    // through a coordinated verb and its complement
    assertThat(code("If Chile changes course and decides to attack Peru, Bolivia will suffer."))
        .isEmpty();
    // "even if" and "as if" do not suppose the act
    assertThat(code("Chile attacked Peru even if Bolivia protested."))
        .containsExactly("CHL PER 19");
    // the main act asserted beside a condition on another clause stays
    assertThat(code("Chile condemned Peru, and Bolivia will protest if the attacks go on."))
        .containsExactly("CHL PER 11");
  }

  @Test
  void theMediumAStatementIsMadeToIsNoTarget() {
    assertThat(code("The Chilean minister told Reuters that the harvest was poor.")).isEmpty();
    assertThat(code("The Peruvian president said in an interview with Reuters that exports rose."))
        .isEmpty();
    // what the statement is about is still its target
    assertThat(code("The Chilean minister told Reuters that Peru had broken the accord."))
        .containsExactly("CHLGOV PER 01");
    // not for other acts on the media
    assertThat(code("Chile accused Reuters of lying.")).isNotEmpty();
  }

  @Test
  void aCountryThatOnlyDenominatesMoneyIsNoActor() {
    assertThat(code("The Peruvian firm is issuing 50 mln Swiss francs of notes.")).isEmpty();
    assertThat(code("The Chilean bank sold a 40 mln Australian dlr bond.")).isEmpty();
    assertThat(code("The Canadian dollar rallied against the U.S. dollar.")).isEmpty();
    // the country itself, and its firms or banks, are actors still
    assertThat(code("Chile lent Peru 40 mln dlrs.")).containsExactly("CHL PER 06");
  }

  @Test
  void issuingPaperAndAnEasingPriceAreNoActs() {
    assertThat(code("Chile is issuing bonds in Peru.")).isEmpty();
    assertThat(code("Debt of Chilean and Peruvian banks eased in Tokyo.")).isEmpty();
    // their patterns still code
    assertThat(code("Chile issued a statement condemning Peru.")).isNotEmpty();
    assertThat(code("Chile eased sanctions on Peru.")).containsExactly("CHL PER 08");
  }

  @Test
  void aVerbsPatternsDoNotReachIntoAReportedClauseWithItsOwnSubject() {
    // "agreement" in what is said is no agreeing by the speaker, whatever the clause's verb
    assertThat(code("Chile said Peru's agreement with Bolivia was being implemented."))
        .noneMatch(e -> e.endsWith(" 03"));
    // the speaker's own agreeing still codes
    assertThat(code("Chile said it agreed to help Peru.")).containsExactly("CHL PER 03");
  }

  @Test
  void givingCodesByWhatIsGiven() {
    // no gift: room, a figure, time
    assertThat(code("A cut in Chilean rates would give room for a cut in Peru.")).isEmpty();
    assertThat(code("Chile gave Peru until April to pay.")).isEmpty();
    // aid, help and support given
    assertThat(code("Chile gave Peru humanitarian aid.")).containsExactly("CHL PER 07");
    assertThat(code("Chile will give Peru help.")).containsExactly("CHL PER 07");
  }

  @Test
  void aClauseThatOnlyDatesTheMainEventIsBackground() {
    assertThat(
            code("Egypt expelled French diplomats before the French president leaves for Cairo."))
        .containsExactly("EGY FRAGOV 16");
    assertThat(code("Egypt expelled French diplomats before France criticized Egypt."))
        .containsExactly("EGY FRAGOV 16");
    assertThat(code("Chile condemned Peru as soon as Bolivia attacked Ecuador."))
        .containsExactly("CHL PER 11");
    // a meeting or trip at the time of the main event dates it
    assertThat(
            code("Egypt expelled French diplomats as the French president was holding meetings."))
        .containsExactly("EGY FRAGOV 16");
    assertThat(
            code("Egypt will expel French diplomats when the French president arrives for talks."))
        .containsExactly("EGY FRAGOV 16");
    // other acts alongside it, and what happened after one, are asserted
    assertThat(code("Chile condemned Peru as Bolivia attacked Ecuador."))
        .containsExactlyInAnyOrder("CHL PER 11", "BOL ECU 19");
    assertThat(code("Egypt expelled French diplomats after France criticized Egypt."))
        .containsExactlyInAnyOrder("EGY FRAGOV 16", "FRA EGY 11");
  }

  @Test
  void aRefusedActIsARejectionNotTheAct() {
    assertThat(code("Iran refused to meet Iraq.")).containsExactly("IRN IRQ 12");
    assertThat(code("Iran declined to hold talks with Iraq.")).containsExactly("IRN IRQ 12");
    assertThat(code("Iran met Iraq.")).containsExactly("IRN IRQ 04");
  }

  @Test
  void anAppealToActIsCodedAsTheAppealToTheOneAppealedTo() {
    // not Turkey withdrawing from Syria: that is what Russia asks for
    assertThat(code("Russia urged Turkey to withdraw its troops from Syria."))
        .containsExactly("RUS TUR 02");
  }

  @Test
  void wantingAnotherToActIsAnAppealToIt() {
    assertThat(code("France wants Germany to raise its spending.")).containsExactly("FRA DEU 02");
    assertThat(code("Kenya wants Somalia to meet its president.")).containsExactly("KEN SOM 02");
    // wanting to act oneself stays an intent
    assertThat(code("Chile hopes to visit Peru.")).containsExactly("CHL PER 03");
  }

  @Test
  void combinedCodesFollowTheCodebooksSubcodes() {
    assertThat(EventCoder.combine("03", "070")).isEqualTo("033");
    assertThat(EventCoder.combine("03", "046")).isEqualTo("036");
    assertThat(EventCoder.combine("03", "190")).isEqualTo("138");
    assertThat(EventCoder.combine("02", "0874")).isEqualTo("025");
    assertThat(EventCoder.combine("10", "057")).isEqualTo("102");
    assertThat(EventCoder.combine("13", "163")).isEqualTo("131");
    assertThat(EventCoder.combine("02", "090")).isEqualTo("020");
    assertThat(EventCoder.combine("12", "040")).isEqualTo("125");
  }

  @Test
  void nounsReportEventsWhenTheirPhraseNamesBothSides() {
    assertThat(code("Britain's criticism of China grew louder.")).containsExactly("GBR CHN 11");
    assertThat(code("Chinese strikes on Taiwan began at dawn.")).containsExactly("CHN TWN 19");
    assertThat(code("The French military operation in Mali continues."))
        .containsExactly("FRA MLI 19");
    assertThat(code("Turkey's offer of help to Libya surprised many."))
        .containsExactly("TUR LBY 03");
    assertThat(code("The Turkish offensive into northern Syria began on Wednesday."))
        .containsExactly("TUR SYR 19");
  }

  @Test
  void aNounObjectTakesTheSubjectOfItsVerbAsSource() {
    assertThat(code("Some Syrian militias had made threats against Turkish soldiers."))
        .singleElement()
        .satisfies(e -> assertThat(e).startsWith("SYR").contains(" TUR").endsWith(" 13"));
  }

  @Test
  void aNounWithoutBothSidesOrQualifierIsNoEvent() {
    assertThat(code("The criticism of China grew louder.")).isEmpty();
    assertThat(code("Britain's operation in Kenya ended.")).isEmpty();
    assertThat(code("Britain's strikes continued.")).isEmpty();
  }

  @Test
  void speakingOfAnActorsWrongdoingAccusesIt() {
    // the statement's own code (01, "said") gives way to the accusation
    assertThat(code("Germany said Russian interference in the election was unacceptable."))
        .containsExactly("DEU RUS 11");
    assertThat(
            code(
                "The ambassador of Greece told reporters that Turkish provocations in the Aegean"
                    + " had to stop."))
        .containsExactly("GRCGOV TUR 11");
    assertThat(code("The United States expressed concern about Chinese intimidation of Taiwan."))
        .containsExactly("USA CHN 11");
    // the doer named in an apposition of the wrongdoing
    assertThat(
            code(
                "Italy said on Monday that foreign interference in Libya, particularly the"
                    + " intensification of Egyptian support, has muddled ceasefire efforts."))
        .contains("ITA EGY 11");
  }

  @Test
  void citingAGovernmentsRepressionAccusesIt() {
    assertThat(code("Canada cited the Chinese government's repression of the Uighurs."))
        .containsExactly("CAN CHNGOV 11");
  }

  @Test
  void aWrongdoingNotSaidOrDeniedOrSaidByItsDoerIsNoAccusation() {
    assertThat(code("Iran said there had been no Saudi interference in the protests.")).isEmpty();
    assertThat(code("Germany imposed sanctions over Russian aggression."))
        .doesNotContain("DEU RUS 11");
    assertThat(code("Russia said Russian interference was a myth.")).isEmpty();
    // the speaker is the subject, not a partner named in it
    assertThat(code("Talks with NATO allies will discuss Turkey's interference in Libya."))
        .doesNotContain("IGOWSTNAT TUR 11");
  }

  @Test
  void nounEventsCanBeTurnedOff() {
    EventCoder verbsOnly =
        new EventCoder(EventDictionaries.standard(), ActorDictionary.standard(), true, false);
    Sentence s = annotate("Britain's criticism of China grew louder.", null).sentences().get(0);
    assertThat(verbsOnly.code(s, null)).isEmpty();
  }

  /** The events of a whole text through the event stage, as "SOURCE TARGET ROOT" strings. */
  private static List<String> extract(String text) {
    AnnotatedDocument doc = annotate(text, LocalDate.of(2021, 3, 1));
    List<Entity> entities = new EntityExtractor().extract(doc);
    return new EventExtractor()
        .extract(doc, entities).stream()
            .map(e -> e.source().code() + " " + e.target().code() + " " + e.root())
            .toList();
  }

  @Test
  void anObjectReadAsAModifierOfTheClauseAfterItIsTheObject() {
    assertThat(code("Germany seconded France's recommendation the fires be added to the agenda."))
        .containsExactly("DEU FRA 05");
  }

  @Test
  void talksAheadAreAnIntentOfTheirSubjectsOnly() {
    assertThat(code("The American president will hold talks with the Japanese prime minister."))
        .containsExactly("USAGOV JPNGOV 03");
    assertThat(code("Japan and the United States will hold talks next week."))
        .containsExactlyInAnyOrder("JPN USA 03", "USA JPN 03");
  }

  @Test
  void normalizingRelationsIsDiplomaticRecognition() {
    assertThat(code("Israel and Bahrain normalized relations on Friday."))
        .containsExactlyInAnyOrder("ISR BHR 05", "BHR ISR 05");
    assertThat(code("Sudan agreed to normalize ties with Israel.")).containsExactly("SDN ISR 03");
    assertThat(code("The central bank moved to normalize interest rates.")).isEmpty();
  }

  @Test
  void tellingSomeoneToActIsADemandAndAnUltimatumAThreat() {
    assertThat(code("The British minister told Japan to open its market."))
        .containsExactly("GBRGOV JPN 10");
    assertThat(
            code(
                "The British minister told Japan to open its market or face an abrupt"
                    + " deterioration in trade relations."))
        .containsExactly("GBRGOV JPN 13");
    assertThat(code("The British minister told Japan that its market was closed."))
        .containsExactly("GBRGOV JPN 01");
  }

  @Test
  void callingWithNoOneCalledIsNoTelephoneCall() {
    assertThat(code("Italy and Spain called for prices to be held at current levels.")).isEmpty();
    assertThat(
            code(
                "The Rome accord, by Italy, Spain, Greece and Portugal, called for prices to be"
                    + " held at current levels."))
        .isEmpty();
    assertThat(code("The Italian prime minister called the Spanish prime minister on Monday."))
        .containsExactlyInAnyOrder("ITAGOV ESPGOV 04", "ESPGOV ITAGOV 04");
  }

  @Test
  void aStatementIsCodedByTheJudgementItMakes() {
    assertThat(code("China called the American sanctions unacceptable."))
        .containsExactly("CHN USA 11");
    assertThat(code("The Greek foreign minister described Turkey's actions as illegal."))
        .containsExactly("GRCGOV TUR 11");
    assertThat(code("France said Turkey's behaviour was unacceptable."))
        .containsExactly("FRA TUR 11");
    assertThat(code("France said Turkey's decision was not acceptable."))
        .containsExactly("FRA TUR 11");
    // a neutral predicate: a statement, not a phone call
    assertThat(code("Germany called Russia's decision an internal step."))
        .containsExactly("DEU RUS 01");
    assertThat(code("Germany called Russia's decision a provocation."))
        .containsExactly("DEU RUS 11");
    // calling a person is still a call; a place a thing is in is not judged
    assertThat(code("Macron called Putin on Monday."))
        .containsExactlyInAnyOrder("FRAGOV RUSGOV 04", "RUSGOV FRAGOV 04");
    assertThat(code("Iran said the situation in Iraq was dangerous."))
        .containsExactly("IRN IRQ 01");
    assertThat(code("Trump characterized the call with Zelensky as perfectly fine."))
        .doesNotContain("USAGOV UKRGOV 05");
  }

  @Test
  void aNounEventThatIsLiftedOrEndedIsNoEvent() {
    assertThat(code("Japan said it would lift tariffs on American goods.")).isEmpty();
    assertThat(code("The easing of US sanctions on Iran was announced on Monday.")).isEmpty();
    assertThat(code("The United States imposed tariffs on Japanese goods."))
        .containsExactly("USA JPN 16");
  }

  @Test
  void leadersNamedByTheirFamilyNameAloneAreCodedOnTheDocumentsDay() {
    AnnotatedDocument doc =
        annotate(
            "Reagan criticised Nakasone for the delay. Reagan later praised Takeshita.",
            LocalDate.of(1987, 4, 20));
    List<Entity> entities = new EntityExtractor().extract(doc);
    assertThat(
            new EventExtractor()
                .extract(doc, entities).stream()
                    .map(e -> e.source().code() + " " + e.target().code() + " " + e.root())
                    .toList())
        // Takeshita became prime minister in November 1987: on the day he is one of Japan's elite
        .containsExactly("USAGOV JPNGOV 11", "USAGOV JPNELI 05");
  }

  @Test
  void aDefiniteDescriptionStandsForTheOrganisationNamedBefore() {
    assertThat(
            extract(
                "NATO defence ministers gathered in Brussels on Tuesday. The Alliance condemned"
                    + " Russia over the missile tests."))
        .contains("IGOWSTNAT RUS 11");
    // nothing named before that the head word describes: left alone
    assertThat(extract("Canada held elections. The Alliance condemned Russia over the tests."))
        .noneMatch(e -> e.startsWith("IGOWSTNAT RUS"));
    // a longer name is not a description
    assertThat(
            extract(
                "NATO ministers gathered in Brussels. The Alliance Party condemned Russia over"
                    + " the tests."))
        .noneMatch(e -> e.startsWith("IGOWSTNAT RUS"));
  }

  @Test
  void aDescriptionOfACountryStandsForTheCountryNamedBefore() {
    // the last country named before it
    assertThat(extract("Chile recalled its envoy on Monday. Peru condemned the country."))
        .contains("PER CHL 11");
    // as source, with the country of a person named before it
    assertThat(
            extract(
                "Angela Merkel arrived in Athens on Monday. The nation condemned Russia over the"
                    + " missile tests."))
        .contains("GRC RUS 11");
    // a report's attribution names no party to the act: the country may be the one it names
    assertThat(
            extract(
                "Peru sent aid to Bolivia. According to the Chilean government, the country"
                    + " has expelled Bolivian diplomats."))
        .contains("CHL BOLGOV 16")
        .noneMatch(e -> e.startsWith("PER BOL") && e.endsWith(" 16"));
    // a region adjective skips the countries outside the region
    assertThat(
            extract(
                "Norway and Iran held talks on Monday. Officials said Sweden accused the Middle"
                    + " Eastern nation of spying."))
        .contains("SWE IRN 11");
    assertThat(
            extract(
                "Qatar reopened its embassy in Canada. Japan praised the Gulf state for the"
                    + " decision."))
        .contains("JPN QAT 05");
    // no country of the region named before: left alone
    assertThat(extract("Canada held elections. Japan criticised the European nation."))
        .noneMatch(e -> e.startsWith("JPN CAN"));
    // another country meant, or a longer name: left alone
    assertThat(extract("Chile recalled its envoy. Peru condemned the neighbouring country."))
        .noneMatch(e -> e.startsWith("PER CHL"));
    // the two countries: the last two named
    assertThat(
            extract(
                "Kenya and Uganda disputed the border for years. Japan criticised the two"
                    + " countries over the dispute."))
        .contains("JPN KEN 11", "JPN UGA 11");
  }

  @Test
  void aSubjectReadAsAnObjectConjunctOpensItsOwnClause() {
    // the parser makes "Peru" a second object of "defeated"; a finite verb after it says it is
    // the subject of the next clause
    assertThat(
            code(
                "Officials said Chile had defeated the rebels and Peru would be moving troops"
                    + " into Bolivia."))
        .doesNotContain("CHL PER 19");
    // true object conjuncts and compound subjects are left alone
    assertThat(code("Egypt accused Turkey and Qatar of backing militants."))
        .containsExactlyInAnyOrder("EGY TUR 11", "EGY QAT 11");
    assertThat(code("Russia and Turkey held talks on Monday."))
        .containsExactlyInAnyOrder("RUS TUR 04", "TUR RUS 04");
  }

  @Test
  void aCompoundSubjectOfAJointActActsOnItselfNotOnThePlace() {
    assertThat(code("The leaders of Russia and Turkey met in Sochi on Monday."))
        .containsExactlyInAnyOrder("RUS TUR 04", "TUR RUS 04");
    // a partner named: the subjects act on it
    assertThat(code("Russia and Turkey met with Iran on Monday."))
        .contains("RUS IRN 04", "TUR IRN 04")
        .doesNotContain("RUS TUR 04");
    // a one-sided act, or a passive's agents: not on one another
    assertThat(code("The plan was seconded by Germany and Britain."))
        .doesNotContain("DEU GBR 05", "GBR DEU 05");
  }

  @Test
  void coordinatedNationalityAdjectivesAreOneActorEach() {
    assertThat(code("Egypt condemned French and British strikes on Libya."))
        .contains("EGY FRA 11", "EGY GBR 11");
  }

  @Test
  void aHyphenatedModifierGivesTheJointParties() {
    // a mutual act: both ways
    assertThat(code("Officials said Indian-Chinese talks would resume next week."))
        .containsExactlyInAnyOrder("IND CHN 04", "CHN IND 04");
    // a military operation: the party whose country is the sentence's place is the target
    assertThat(
            code(
                "Kenya said it would not fight alone in Somalia, as a joint Kenyan-Somali"
                    + " military operation against the militants entered its second week."))
        .contains("KEN SOM 19");
    // no place to tell the target by: nothing
    assertThat(code("A joint Kenyan-Somali military operation began on Friday.")).isEmpty();
  }

  @Test
  void aPossibleOrProposedNounEventIsNoAct() {
    assertThat(code("Officials discussed a possible Indian-Chinese summit meeting.")).isEmpty();
    assertThat(code("Officials said proposed Indian-Chinese talks would resume next week."))
        .isEmpty();
    assertThat(code("Chile welcomed planned Peruvian sanctions on Bolivia."))
        .noneMatch(e -> e.endsWith(" 16"));
  }

  @Test
  void armedForcesLeavingACountryWithdrawFromIt() {
    assertThat(code("French troops left Mali on Monday.")).containsExactly("FRAMIL MLI 08");
    // anyone else leaving a country makes a trip, as CAMEO.2.0.txt codes it
    assertThat(code("The French president left Mali on Monday.")).containsExactly("FRAGOV MLI 04");
    // leaving for a country is going there
    assertThat(code("French troops left for Mali on Monday.")).noneMatch(e -> e.endsWith(" 08"));
    // a withdrawal ahead is an intent to de-escalate (0356)
    assertThat(code("French troops will leave Mali.")).containsExactly("FRAMIL MLI 03");
    assertThat(code("French troops would be leaving Mali.")).containsExactly("FRAMIL MLI 03");
  }

  @Test
  void aSentenceAboutThePastIsCoded() {
    // Phoenix's "YEARS LATER" discard dropped it as history; the sentence date places it
    assertThat(code("French troops left Mali in 2014, then returned two years later."))
        .contains("FRAMIL MLI 08");
  }

  @Test
  void aDayAfterOnEndsTheObliqueBeforeTheNameAfterIt() {
    // parsed as "on [Sunday Peru]", an oblique of "said", and "attacked" with no subject
    assertThat(code("Chile said on Sunday Peru had attacked Bolivia.")).contains("PER BOL 19");
    // parsed with "said" a clausal subject of "seized", the root
    assertThat(
            code(
                "The official Chilean news agency CNA said on Sunday Peru had seized two Bolivian"
                    + " fishing boats and detained their crew, who confessed to smuggling."))
        .contains("PER BOL 17");
  }

  @Test
  void aReportedClausesSubjectReadAsTheObjectOfSayIsItsSubject() {
    // parsed with "Peru" the object of "said" and "attacked" a clause with no subject
    assertThat(code("Chile said Peru had attacked Bolivia."))
        .containsExactlyInAnyOrder("CHL PER 01", "PER BOL 19");
  }

  @Test
  void aVerbsPatternsDoNotReachIntoAClauseItReports() {
    // SAY's "- * ATTACK [190]" is a report of an attack, not the attack the reported clause's
    // own verb codes
    assertThat(code("Chile said that Peru had attacked Bolivia."))
        .contains("PER BOL 19")
        .doesNotContain("CHL PER 19");
  }

  @Test
  void aFromPhraseOnTheVerbRightAfterAnObjectSaysWhoseTheObjectIs() {
    // parsed with "from Japan" an oblique of "told", and "the EU" a second object
    assertThat(
            code(
                "The French minister told trade leaders from Japan, the EU and Canada that the"
                    + " talks would go on."))
        .containsExactlyInAnyOrder("FRAGOV JPN 01", "FRAGOV IGOEUREEC 01", "FRAGOV CAN 01");
    // a possessor says whose: "its diplomats" are France's own
    assertThat(code("France evacuated its diplomats from Libya.")).containsExactly("FRA LBY 16");
  }

  @Test
  void seekingSomethingOfAnotherIsARequestSeekingToActAnIntent() {
    assertThat(code("Chile sought access to the Peruvian market.")).containsExactly("CHL PER 02");
    assertThat(code("Chile sought to improve ties with Peru.")).containsExactly("CHL PER 03");
  }

  @Test
  void aStemDoesNotMatchItsAgentNoun() {
    // PLAN's "- * &FIGHT [130]": the stem FIGHT begins "fighter", a jet, not a fight
    assertThat(code("India plans to buy fighter jets from France.")).containsExactly("IND FRA 03");
    assertThat(code("India plans to fight Pakistan.")).containsExactly("IND PAK 13");
  }

  @Test
  void theBackerInAHyphenatedModifierIsNotTheActor() {
    // those backed by Iran are not Iran
    assertThat(code("Iran-backed rebels attacked Saudi troops on Monday."))
        .noneMatch(e -> e.startsWith("IRN"));
    assertThat(code("US-backed forces captured the town from Syria."))
        .noneMatch(e -> e.startsWith("USA"));
    // a coalition led by the United States acts for it
    assertThat(code("A US-led coalition attacked Iraq.")).containsExactly("USA IRQ 19");
  }

  @Test
  void receivingAGovernmentsPersonIsHostingAVisit() {
    assertThat(code("Putin received the Turkish foreign minister in Moscow."))
        .containsExactlyInAnyOrder("RUSGOV TURGOV 04", "TURGOV RUSGOV 04");
    // a passive's subject is whom the agent received
    assertThat(code("The Turkish foreign minister was received by Putin in Moscow."))
        .contains("RUSGOV TURGOV 04");
    // receiving anything else is no visit
    assertThat(code("Egypt received Sudanese refugees.")).isEmpty();
  }

  @Test
  void aNounsPrepositionHungOnItsVerbStillGivesItsTarget() {
    // parsed with "on Iranian targets" an oblique of "carried out"
    assertThat(code("Israel carried out airstrikes on Iranian targets in Syria."))
        .contains("ISR IRN 19");
  }

  @Test
  void aMeetingHeldAtAPlaceIsAConsultationOneAheadAnIntent() {
    // CAMEO.2.0.txt's MEET "- * (AT) [036:036]" made every meeting at a place an intent
    assertThat(code("Jordan's King Abdullah met the Egyptian president at the palace."))
        .allMatch(e -> e.endsWith(" 04"))
        .isNotEmpty();
    assertThat(code("Jordan's King Abdullah will meet the Egyptian president at the palace."))
        .allMatch(e -> e.endsWith(" 03"))
        .isNotEmpty();
  }

  @Test
  void aTripMadeIsAVisitNotAnIntent() {
    // CAMEO.2.0.txt's MAKE "- * VISIT [036]", FLY "- * (TO) [036]": an intent to meet
    assertThat(code("The Egyptian president made a visit to Sudan on Monday."))
        .containsExactlyInAnyOrder("EGYGOV SDN 04", "SDN EGYGOV 04");
    assertThat(code("The French foreign minister flew to Moscow on Monday."))
        .contains("FRAGOV RUS 04");
    // an infinitive's "to" heads no prepositional phrase: no trip to the fighters flown in
    assertThat(code("Turkey has flown in fighters from Syria to aid in the conflict.")).isEmpty();
    // still ahead: an intent
    assertThat(code("The Egyptian president will make a visit to Sudan next week."))
        .containsExactly("EGYGOV SDN 03");
    // negotiations begun are negotiations (046), not an intent to negotiate
    assertThat(code("Britain started negotiations with Ireland."))
        .containsExactlyInAnyOrder("GBR IRL 04", "IRL GBR 04");
  }

  @Test
  void aPrepositionPatternDoesNotMatchADate() {
    // CALL's "- * (ON) [020]" is calling on someone, not calling someone on Monday
    assertThat(code("The Saudi crown prince called the Turkish president on Monday."))
        .containsExactlyInAnyOrder("SAUGOV TURGOV 04", "TURGOV SAUGOV 04");
    assertThat(code("Egypt called on Turkey to withdraw from Libya."))
        .containsExactly("EGY TUR 02");
  }
}
