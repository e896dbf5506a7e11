package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The entity stage's front door: turns an {@link AnnotatedDocument} into the document's canonical
 * actors and things, each with its type, CAMEO actor code, ISO 3166-1 alpha-3 country, titles and
 * mentions.
 *
 * <p>What it needs from the annotate stage: sentences of tokens with their text, character offsets,
 * Penn Treebank part-of-speech tags and CoNLL classes, and the recognizer's names ({@code PER},
 * {@code ORG}, {@code LOC}, {@code MISC}) with sentence and token indices. The document's
 * publication date, when known, picks the date-limited codes of the Phoenix dictionaries.
 *
 * <p>How it works, in order:
 *
 * <ol>
 *   <li>Mentions ({@link MentionFinder}): the recognizer's names, tidied (articles, possessives,
 *       "-based"/"-led" attachments, leading titles cut off; a dictionary name continued past the
 *       tagged span, "Islamic" + "State"; initials put back, "AF" + "Rasmussen"; a person split out
 *       of an organisation tag, "US Defense Secretary Ash Carter"; a title tagged apart from the
 *       person it precedes, "US President" + "Donald Trump", cut back to the country), with the
 *       class written most often for the same spelling; plus what the recognizer missed: Phoenix
 *       dictionary actors over capitalised untagged tokens ("NATO", "ISIL" inside a quote),
 *       untagged nationality adjectives ("Turkish media") and untagged acronyms that abbreviate a
 *       name of the document ("IS" for "Islamic State"). Headlines in capitals give no untagged
 *       mentions. Names in reporters' credits ("Reporting by X; Editing by Y", a final "X reported
 *       from Y") are skipped ({@link CreditLines}). Also: an institution "of" a place is one name
 *       ("Bank" + "of" + "England"), a company suffix left out joins its name ("Mahan" + "Air"), a
 *       name tagged elsewhere in the document and written again untagged gets its class, and a
 *       spelling tagged only ORG and MISC is not put to the vote.
 *   <li>Where these rules change the recognizer's span or class, the change follows the CoNLL-2003
 *       conventions the recognizer was trained on (checked against the raw CRF on Reuters-21578
 *       stories; see {@code ConllConventionsTest}): an adjective tagged MISC stays MISC ("Saudi",
 *       "US-built"), a building tagged LOC stays LOC ("White House"), a city's name tagged ORG
 *       becomes LOC only where the text says it is a place (clubs named after cities stay ORG), a
 *       tagged name's last word may make it ORG ("Tennis Federation") or, from LOC or PER, MISC
 *       ("Chicago Marathon").
 *   <li>Types and codes ({@link MentionClassifier}): the country table first (COUNTRY, NATIONALITY,
 *       CITY for capitals, with the ISO alpha-3 code), then the Phoenix record of the whole name
 *       (GROUP for militant non-state actors and codes of the IMG family or with a REB or INS
 *       part), then the recognizer's class (PERSON, ORGANIZATION, LOCATION, OTHER).
 *   <li>Titles ({@link TitleFinder}) before a person's name, before it across a comma, and in an
 *       apposition after it, with the role's country ("French" gives FRA) or organisation ("NATO
 *       Secretary General").
 *   <li>Entities ({@link EntityMerger}): same-name mentions, a person's shorter names, acronyms and
 *       their expansions, one Phoenix record, and the names of one country are merged; ids "e1",
 *       "e2", ... follow the first mentions.
 * </ol>
 *
 * <p>Choices:
 *
 * <ul>
 *   <li><b>Country and nationality are separate entities</b>: "Libya" is a COUNTRY and "Libyan",
 *       "Libyans" one NATIONALITY entity, both with country LBY and code LBY. The nationality is
 *       usually a modifier ("the Libyan state"), not the actor itself; keeping it apart keeps the
 *       country's mention list to the places it is named.
 *   <li><b>Capitals as governments</b>: a capital that acts ("Moscow sent", "Ankara and Moscow
 *       postponed", "Ankara's push") is both a place and its country's government: its mention
 *       stays in the CITY entity ("Moscow", code RUS, country RUS), which carries the place for the
 *       later places stage, and is also added to the country's COUNTRY entity ("Russia"). That
 *       entity's name is the country's fullest name in the document, or the table's name when only
 *       the capital speaks for it; its code is the country's code, or {@code <country>GOV} (e.g.
 *       {@code RUSGOV}) when only the capital speaks for it. So one span may belong to two
 *       entities, of types CITY and COUNTRY (both CoNLL LOC).
 *   <li><b>Person codes</b>: the code of the organisation of the person's role ("NATO Secretary
 *       General" gives IGOWSTNAT); else the role's country with the role's Phoenix agent ("French
 *       Foreign Minister" gives FRAGOV, a defence minister GOVMIL, a colonel MIL); else the Phoenix
 *       record of the name on the document's date ("John Kerry" gives USAGOV in 2016). The text's
 *       own role is preferred to the dictionary, whose roles end in 2014. A role without a country
 *       word ("Defense Minister Jean-Yves Le Drian") gives no country and no code unless the name
 *       is in the dictionary: no guess from the rest of the article.
 *   <li><b>Names</b>: a person's or organisation's fullest form (most words, not in capitals, never
 *       an acronym when the expansion is there); a country's longest name in the text; a
 *       nationality's adjective when it is used ("Libyan" rather than "Libyans").
 * </ul>
 *
 * <p>Cost: linear in the number of tokens (one dictionary lookup per capitalised untagged token,
 * hash maps for merging), no regular expression compiled per call. The dictionaries are shared,
 * loaded once ({@link ActorDictionary#standard()}, {@link Countries#standard()}).
 *
 * <p>Thread-safe: an instance holds only immutable dictionaries; each call works on its own state.
 * A malformed annotation (indices out of range, overlapping names) is skipped, never thrown.
 */
public final class EntityExtractor {

  private final MentionFinder finder;
  private final MentionClassifier classifier;
  private final TitleFinder titles;
  private final EntityMerger merger;

  /**
   * An extractor over the bundled Phoenix dictionaries, country table and title vocabulary.
   *
   * @throws IllegalStateException when a bundled resource is missing (a broken build)
   */
  public EntityExtractor() {
    this(ActorDictionary.standard(), Countries.standard());
  }

  /** An extractor over the given dictionaries (tests may pass their own). */
  EntityExtractor(ActorDictionary dictionary, Countries countries) {
    TitleVocabulary vocabulary = TitleVocabulary.standard();
    this.finder = new MentionFinder(dictionary, countries, vocabulary);
    this.classifier = new MentionClassifier(dictionary, countries);
    this.titles = new TitleFinder(vocabulary, dictionary);
    this.merger = new EntityMerger(countries);
  }

  /**
   * The entities of a document, in order of first mention.
   *
   * @throws NullPointerException when {@code doc} is null
   */
  public List<Entity> extract(AnnotatedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    String text = doc.text();
    LocalDate date = doc.document().published();
    List<Sentence> sentences = doc.sentences();
    MentionFinder.Found found = finder.find(doc);
    for (Candidate c : found.candidates()) {
      classifier.classify(
          c, sentences.get(c.sentence).tokens(), found.words().get(c.sentence), date);
    }
    for (Candidate c : found.candidates()) {
      Candidate[] byToken = found.byToken()[c.sentence];
      if (c.type == EntityType.ORGANIZATION) {
        classifier.composeWithOwner(
            c, sentences.get(c.sentence).tokens(), found.words().get(c.sentence), byToken);
      }
      if (c.type == EntityType.PERSON) {
        titles.find(
            c, sentences.get(c.sentence).tokens(), found.words().get(c.sentence), byToken, text);
      } else if (c.capital) {
        c.governs = classifier.governs(c, sentences.get(c.sentence).tokens(), byToken, text);
      }
    }
    return merger.merge(found.candidates(), text);
  }

  /**
   * Whether an entity is a company by its name: an organisation whose name ends in a company's
   * suffix ("Great American Industrial Group Inc", "Development Bank of Singapore Ltd"). Its
   * country, read from a word of the name, says where it is registered, not that the state acts.
   */
  public static boolean isCompanyName(Entity e) {
    if (e.type() != EntityType.ORGANIZATION) {
      return false;
    }
    String[] words = e.name().split(" ");
    return words.length > 1
        && MentionFinder.COMPANY_SUFFIXES.contains(
            words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
