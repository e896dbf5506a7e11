package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.actor.ActorSource;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.EntityType;

/**
 * One mention on its way to an entity: where it is, where it came from, and what the rules found
 * out about it. Mutable working state of one {@link EntityExtractor#extract} call, never shared.
 */
final class Candidate {

  /** How a mention was found. */
  enum Origin {
    /** A name tagged by the named-entity recognizer. */
    TAGGED,
    /** A dictionary actor, country name or demonym the recognizer did not tag. */
    DICTIONARY,
    /** An untagged acronym, kept only if it turns out to abbreviate a name of the document. */
    ACRONYM,
    /** A capital city standing for its country's government ("Moscow sent"). */
    GOVERNMENT
  }

  final int sentence;

  /** Token range within the sentence. */
  final int first;

  final int end;

  /** Character range in the document text. */
  final int start;

  final int stop;
  final String text;
  final Origin origin;

  /** The recognizer's class (PER, ORG, LOC, MISC), after the document-wide vote; null if none. */
  String ner;

  EntityType type;

  /** The CAMEO code from the dictionary or composed from the name's words, or null. */
  String code;

  /** True when {@link #code} is a dictionary record's own code. */
  boolean dictionaryCode;

  /** The dictionary the code came from, or null. */
  ActorSource matchSource;

  /**
   * True when the name is part of one word: an attached modifier was cut off ("US" of "US-built")
   * or the word names two countries ("Canada-U.S.").
   */
  boolean attached;

  /** True when the dictionary record names only the last words of the name. */
  boolean tailMatch;

  /**
   * The code of the one office-holder that a person's short name stands for on the document's day
   * ({@link org.newsgraph.extract.actor.ActorDictionary#officeHolder}), or null; the entity takes
   * it only when no mention gives a fuller name.
   */
  String officeHolderCode;

  /** The dictionary record's primary phrase (a canonical key), or null. */
  String dictionaryName;

  /** The country this mention is, is the people of, is the capital of, or belongs to. */
  Country country;

  /** A capital city. */
  boolean capital;

  /** A capital used as its country's government. */
  boolean governs;

  /** Titles found around a person mention, in text order. */
  final List<String> titles = new ArrayList<>(1);

  /** The country of a person's role ("French Foreign Minister"), or null. */
  Country roleCountry;

  /** The organisation of a person's role ("NATO Secretary General"), or null. */
  Candidate roleOrganization;

  /** The CAMEO agent code of a person's role ("GOV" for a minister), or null. */
  String roleAgent;

  Candidate(
      int sentence,
      int first,
      int end,
      int start,
      int stop,
      String text,
      Origin origin,
      String ner) {
    this.sentence = sentence;
    this.first = first;
    this.end = end;
    this.start = start;
    this.stop = stop;
    this.text = text;
    this.origin = origin;
    this.ner = ner;
  }

  private String key;

  /** The comparison key of the text ({@link Names#key}), computed once. */
  String key() {
    if (key == null) {
      key = Names.key(text);
    }
    return key;
  }

  /** The same span as the government of its country. */
  Candidate asGovernment() {
    Candidate g = new Candidate(sentence, first, end, start, stop, text, Origin.GOVERNMENT, ner);
    g.type = EntityType.COUNTRY;
    g.country = country;
    return g;
  }

  boolean isOrganizationLike() {
    return type == EntityType.ORGANIZATION || type == EntityType.GROUP || type == EntityType.OTHER;
  }

  @Override
  public String toString() {
    return text + "/" + type + "@" + start;
  }
}
