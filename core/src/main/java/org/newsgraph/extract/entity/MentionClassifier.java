package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.ActorMatch;
import org.newsgraph.extract.actor.ActorSource;
import org.newsgraph.extract.actor.AgentMatch;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.EntityType;

/**
 * Gives each candidate mention its type, CAMEO code and country, and tells when a capital city
 * stands for its country's government.
 *
 * <p>Order of evidence: the country table first (a country name is a {@link EntityType#COUNTRY}, a
 * nationality adjective or plural noun a {@link EntityType#NATIONALITY}, a capital a {@link
 * EntityType#CITY}, whatever the recognizer said, except that a person's name is never re-read as a
 * capital); then the Phoenix dictionaries for the whole name (a militant non-state record, or a
 * code of the {@code IMG} family or with a {@code REB} or {@code INS} part, makes a {@link
 * EntityType#GROUP}); then the recognizer's class (PER person, ORG organisation, LOC location, MISC
 * other). An organisation the dictionaries do not know gets a code composed from a country word and
 * a Phoenix agent inside its name ("Libyan National Army" is {@code LBYMIL}, "French Foreign
 * Ministry" {@code FRAGOV}).
 *
 * <p>A capital stands for its government ({@link #governs}) when it acts as the subject of a verb
 * ("Moscow sent", "Moscow meanwhile sent", "Ankara and Moscow postponed") or owns something
 * ("Ankara's push"), and is not the object of a preposition ("talks in Moscow ended").
 */
final class MentionClassifier {

  private static final Set<String> CITY_WORDS =
      Set.of("city", "town", "village", "capital", "port", "suburb", "district", "province");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in", "at", "to", "from", "near", "of", "into", "outside", "around", "via", "across",
          "inside", "towards", "toward", "through", "the", "a", "an", "between", "over", "on", "by",
          "for", "with");
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "into",
          "inside",
          "across",
          "around",
          "through",
          "outside",
          "to",
          "from",
          "throughout",
          "within",
          "the",
          "a",
          "an");
  private static final Set<String> GROUP_NOUNS =
      Set.of(
          "group",
          "movement",
          "militia",
          "faction",
          "organisation",
          "organization",
          "rebels",
          "militants",
          "insurgents",
          "outfit",
          "network");
  private static final Set<String> GROUP_PARTS = Set.of("REB", "INS", "IMG");

  /** Last words of organisations' names (not "Bank", "Union": "West Bank", "Soviet Union"). */
  private static final Set<String> ORGANIZATION_HEADS =
      Set.of(
          "Corp",
          "Corp.",
          "Corporation",
          "Inc",
          "Inc.",
          "Ltd",
          "Ltd.",
          "Co",
          "Co.",
          "Plc",
          "PLC",
          "LLC",
          "AG",
          "GmbH",
          "Group",
          "Holdings",
          "Airlines",
          "Airways",
          "Federation",
          "Foundation",
          "Party",
          "Ministry",
          "Council",
          "Committee",
          "Commission",
          "University",
          "Institute",
          "Association",
          "Agency",
          "Media",
          "TV",
          "Television",
          "Times",
          "Post",
          "Journal",
          "Herald",
          "Tribune",
          "Gazette",
          "Exchange",
          "Authority",
          "Organization",
          "Organisation");

  /** Last words of events' names. */
  private static final Set<String> EVENT_HEADS =
      Set.of(
          "Marathon",
          "Olympics",
          "Games",
          "Championship",
          "Championships",
          "Cup",
          "Open",
          "Prix",
          "Prize",
          "Award",
          "Awards",
          "Festival",
          "War",
          "Trophy",
          "Tournament");

  private final ActorDictionary dictionary;
  private final Countries countries;

  MentionClassifier(ActorDictionary dictionary, Countries countries) {
    this.dictionary = dictionary;
    this.countries = countries;
  }

  void classify(Candidate c, List<Token> tokens, List<String> words, LocalDate date) {
    if (c.origin == Candidate.Origin.ACRONYM) {
      c.type = EntityType.ORGANIZATION;
      return;
    }
    String name = c.text;
    byHead(c, words);
    boolean person = "PER".equals(c.ner);
    Optional<Country> country = countries.byName(name);
    if ("MISC".equals(c.ner) && countries.byDemonym(name).isPresent()) {
      // "Saudi", "Thai": a country's short name and its adjective; the recognizer read the
      // adjective
      setCountry(c, EntityType.NATIONALITY, countries.byDemonym(name).get());
      return;
    }
    if ("MISC".equals(c.ner) && c.attached && country.isPresent()) {
      // "US-built", "Canada-U.S." read as MISC: the country as an adjective
      setCountry(c, EntityType.NATIONALITY, country.get());
      return;
    }
    if (country.isPresent() && !(person && c.end - c.first > 1)) {
      setCountry(c, EntityType.COUNTRY, country.get());
      return;
    }
    Optional<Country> people = countries.byDemonym(name);
    // a one-word "person" that is a demonym is the recognizer's error ("Greek Cypriot")
    if (people.isPresent() && (!person || c.end - c.first == 1)) {
      setCountry(c, EntityType.NATIONALITY, people.get());
      return;
    }
    if (!person) {
      Optional<Country> capitalOf = countries.byCapital(name);
      if (capitalOf.isPresent()) {
        c.type = EntityType.CITY;
        c.country = capitalOf.get();
        c.capital = true;
        return;
      }
    }
    if (!c.dictionaryCode) {
      lookUp(c, words, date);
    }
    boolean group = c.dictionaryCode && isGroup(c.code, c.matchSource);
    if (person && c.end - c.first > 1 && placeLike(c) && !c.tailMatch) {
      // a place of a country's record taken for a person's name ("Maidan Wardak", "Sao Paulo")
      c.type = EntityType.LOCATION;
    } else if (person) {
      // the recognizer may take a group for a person ("Ansar Dine said"); a group record for a
      // one-word name or after "group", "movement" is the group
      c.type =
          group && (c.end - c.first == 1 || afterGroupNoun(tokens, c.first))
              ? EntityType.GROUP
              : EntityType.PERSON;
    } else if (group) {
      c.type = EntityType.GROUP;
    } else if (c.dictionaryCode && isCountryRecord(c)) {
      // "Turkey": the country table may spell it otherwise ("Türkiye"); the dictionary knows it
      setCountry(c, EntityType.COUNTRY, countries.byCameo(c.code).get());
      return;
    } else if (c.ner == null
        || (c.ner.equals("LOC") || c.ner.equals("ORG") && !c.tailMatch && placeContext(tokens, c))
            && placeLike(c)) {
      // a city or region of a country's record tagged ORG where the text says it is a place
      // ("in La Paz", "across the Bay of Plenty", "Hamburg-based"); not a club named after its
      // city ("Leeds beat Chelsea"), nor an organisation that only ends in a place ("Federal
      // Reserve Bank of New York")
      c.type = placeLike(c) ? EntityType.LOCATION : EntityType.ORGANIZATION;
    } else if (c.ner.equals("MISC") && placeLike(c)) {
      // "Belarussian", "Soviet", "Iran-contra": the recognizer's adjective of a country's record
      Optional<Country> of = countries.byCameo(c.code);
      if (of.isPresent()) {
        setCountry(c, EntityType.NATIONALITY, of.get());
        return;
      }
      c.type = EntityType.OTHER;
    } else if (c.ner.equals("MISC")
        && c.dictionaryCode
        && c.code != null
        && c.code.length() > 3
        && c.matchSource != ActorSource.NON_STATE
        && countries.byCameo(c.code.substring(c.code.length() - 3)).isEmpty()) {
      // "European Community", "Opec" read as MISC: an institution (a place the recognizer tagged
      // LOC, "White House", stays one: CoNLL-2003 tags it so); not a record of a country's part
      // ("Belarussian" is USRBLR before 1991)
      c.type = EntityType.ORGANIZATION;
    } else {
      c.type =
          switch (c.ner) {
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default ->
                c.dictionaryCode && c.matchSource == ActorSource.INTERNATIONAL
                    ? EntityType.ORGANIZATION
                    : EntityType.OTHER;
          };
    }
    if (c.type == EntityType.LOCATION && afterCityWord(tokens, c.first)) {
      c.type = EntityType.CITY;
    }
    if (!c.dictionaryCode && c.type != EntityType.PERSON) {
      compose(c, words);
    }
    if (c.country == null && c.code != null && c.type != EntityType.PERSON) {
      c.country = countries.byCameo(c.code).orElse(null);
    }
  }

  /**
   * The last word of a tagged name of two words or more decides its class where it is the head of
   * an organisation's name ("Georgian Tennis Federation", "Abu Dhabi Media", "Nobel Foundation",
   * "Acme Corp") or, for a name tagged as a place or person, of an event's ("Chicago Marathon",
   * "Davis Cup", "Gulf War"): CoNLL-2003 tags such names ORG and MISC whatever their first words
   * are.
   */
  private static void byHead(Candidate c, List<String> words) {
    if (c.origin != Candidate.Origin.TAGGED || c.ner == null || c.end - c.first < 2) {
      return;
    }
    String last = words.get(c.end - 1);
    if (!Names.isCapitalized(last)) {
      return;
    }
    if (!c.ner.equals("ORG")
        && ORGANIZATION_HEADS.contains(last)
        && !(last.equals("Federation") && c.end - c.first < 3)) {
      // "Russian Federation", "Bosnian Federation": a state
      c.ner = "ORG";
    } else if ((c.ner.equals("LOC") || c.ner.equals("PER")) && EVENT_HEADS.contains(last)) {
      // not from ORG: a company may be so named ("Kits Games")
      c.ner = "MISC";
    }
  }

  private static void setCountry(Candidate c, EntityType type, Country country) {
    c.type = type;
    c.country = country;
    c.code = country.cameo();
  }

  /** A record of a country itself: a bare country code and the record named as written. */
  private boolean isCountryRecord(Candidate c) {
    return c.matchSource == ActorSource.COUNTRIES
        && c.code != null
        && c.code.length() == 3
        && c.dictionaryName != null
        && Names.key(c.dictionaryName).equals(c.key())
        && countries.byCameo(c.code).isPresent();
  }

  /**
   * Whether the name at {@code first} follows a word for a storm ("Hurricane Lorenzo", "Typhoon
   * Hagibis", "Tropical Storm Sally"): storms bear people's given and family names, and such a name
   * is the storm's, never an office-holder's.
   */
  private static boolean afterStormWord(List<String> words, int first) {
    return first > 0 && STORM_WORDS.contains(lower(words.get(first - 1)));
  }

  /** Words for storms that put a name after them. */
  private static final Set<String> STORM_WORDS =
      Set.of("hurricane", "typhoon", "cyclone", "storm", "depression");

  private static boolean afterGroupNoun(List<Token> tokens, int first) {
    return first > 0 && GROUP_NOUNS.contains(lower(tokens.get(first - 1).text()));
  }

  /**
   * An organisation without a code whose name holds an agent, owned by or after a country ("French
   * Foreign Ministry" tagged as "French" and "Foreign Ministry"; "Libya's Air Force").
   */
  void composeWithOwner(Candidate c, List<Token> tokens, List<String> words, Candidate[] byToken) {
    if (c.code != null || c.type != EntityType.ORGANIZATION || c.first == 0) {
      return;
    }
    int k = c.first - 1;
    if (k >= 1 && Names.isPossessiveMarker(tokens.get(k).text())) {
      k--;
    }
    Candidate owner = byToken[k];
    if (owner == null
        || owner.country == null
        || (owner.type != EntityType.COUNTRY && owner.type != EntityType.NATIONALITY)) {
      return;
    }
    List<String> span = words.subList(c.first, c.end);
    for (int i = 0; i < span.size(); i++) {
      Optional<AgentMatch> agent = dictionary.agent(span, i);
      if (agent.isPresent()) {
        c.code = agent.get().composeWith(owner.country.cameo());
        c.country = owner.country;
        return;
      }
    }
  }

  /** A dictionary-found phrase coded as a bare country is a place of that country (a city). */
  private static boolean placeLike(Candidate c) {
    return c.matchSource == ActorSource.COUNTRIES && c.code != null && c.code.length() == 3;
  }

  /**
   * The dictionary record that the whole name is (trailing lower-case words may be left over:
   * "Islamic State group"); for a tagged non-person name without one, a record of two words or more
   * that ends it ("United Nations Security Council" is "Security Council").
   */
  private void lookUp(Candidate c, List<String> words, LocalDate date) {
    List<String> span = words.subList(c.first, c.end);
    Optional<ActorMatch> m = dictionary.longestMatch(span, 0, date);
    if (m.isPresent() && !coversNames(span, m.get().length())) {
      m = Optional.empty();
    }
    if (m.isEmpty() && c.ner != null && !c.ner.equals("PER")) {
      // the head of a name is at its end: "United Nations Security Council" is known to the
      // dictionary as "Security Council"; two words at least, so that a bare "Union" is no name
      for (int k = 1; k + 2 <= span.size() && m.isEmpty(); k++) {
        if (!Names.isCapitalized(span.get(k - 1))) {
          continue; // "Bank of New York": what follows "of" is no head
        }
        Optional<ActorMatch> tail = dictionary.longestMatch(span, k, date);
        if (tail.isPresent()
            && tail.get().length() >= 2
            && coversNames(span.subList(k, span.size()), tail.get().length())) {
          m = tail;
          c.tailMatch = true;
        }
      }
    }
    if (m.isEmpty() && "PER".equals(c.ner) && !afterStormWord(words, c.first)) {
      // "Reagan", "Nakasone": the one office-holder of that family name on the day
      dictionary.officeHolder(span, date).ifPresent(o -> c.officeHolderCode = o.code());
    }
    if (m.isEmpty() || m.get().code() == null) {
      return;
    }
    c.code = m.get().code();
    c.dictionaryCode = true;
    c.dictionaryName = m.get().name();
    c.matchSource = m.get().source();
  }

  /** True when the words after the first {@code length} are not capitalised ("group"). */
  private static boolean coversNames(List<String> span, int length) {
    for (int k = length; k < span.size(); k++) {
      if (Names.isCapitalized(span.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A country word and an agent inside an unknown organisation's name give its code. */
  private void compose(Candidate c, List<String> words) {
    if (c.end - c.first < 2) {
      return;
    }
    List<String> span = words.subList(c.first, c.end);
    Country found = null;
    AgentMatch agent = null;
    for (int k = 0; k < span.size(); k++) {
      String w = span.get(k);
      if (found == null && Names.isCapitalized(w)) {
        found = countries.byDemonym(w).or(() -> countries.byName(w)).orElse(null);
        if (found != null) {
          continue;
        }
      }
      if (agent == null) {
        agent = dictionary.agent(span, k).orElse(null);
      }
    }
    if (found != null) {
      c.country = found;
      if (agent != null) {
        c.code = agent.composeWith(found.cameo());
      }
    }
  }

  /** Militant non-state records and codes of insurgents, rebels and militant groups. */
  static boolean isGroup(String code, ActorSource source) {
    if (source == ActorSource.NON_STATE) {
      return true;
    }
    if (code == null) {
      return false;
    }
    if (code.startsWith("IMG")) {
      return true;
    }
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      if (GROUP_PARTS.contains(code.substring(i, i + 3))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Evidence that an ORG-tagged place of a country's record is the place: the record is a country
   * ("USSR"); a locative preposition before it (an article between allowed); "-based" after it; a
   * place tagged LOC in a list with it ("Zurich , Milan and Paris"); a country or region after a
   * comma ("Brunswick , West Germany").
   */
  private boolean placeContext(List<Token> tokens, Candidate c) {
    if (Names.isAcronym(c.text)
        || c.dictionaryName != null && Names.key(c.dictionaryName).equals(c.key())) {
      return true;
    }
    int before = c.first - 1;
    if (before >= 1
        && (tokens.get(before).text().equals(",") || tokens.get(before).text().equals("and"))
        && tokens.get(before - 1).ner().equals("LOC")) {
      return true;
    }
    int after = c.end;
    if (after + 1 < tokens.size()
        && (tokens.get(after).text().equals(",") || tokens.get(after).text().equals("and"))
        && tokens.get(after + 1).ner().equals("LOC")) {
      return true;
    }
    int k = c.first - 1;
    if (k >= 1 && ARTICLES.contains(lower(tokens.get(k).text()))) {
      k--;
    }
    if (k >= 0 && PLACE_BEFORE.contains(lower(tokens.get(k).text()))) {
      return true;
    }
    String last = tokens.get(c.end - 1).text();
    if (Names.stemLength(last) < last.length()) {
      return true; // "Hamburg-based"
    }
    return c.end + 1 < tokens.size()
        && Names.isHyphen(tokens.get(c.end).text())
        && Names.isAttached(tokens.get(c.end + 1).text());
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> PLACE_BEFORE =
      Set.of(
          "in",
          "near",
          "across",
          "around",
          "outside",
          "inside",
          "throughout",
          "within",
          "from",
          "to",
          "into",
          "via",
          "toward",
          "towards");

  private static boolean afterCityWord(List<Token> tokens, int first) {
    int k = first - 1;
    if (k >= 1 && lower(tokens.get(k).text()).equals("of")) {
      k--;
    }
    return k >= 0 && CITY_WORDS.contains(lower(tokens.get(k).text()));
  }

  /**
   * True when a capital acts as its government: subject of a verb (adverbs and a second "and
   * CAPITAL" conjunct allowed in between) or owner of something, and not after a preposition.
   */
  boolean governs(Candidate c, List<Token> tokens, Candidate[] byToken, String text) {
    if (!c.capital) {
      return false;
    }
    String before = "";
    int p = c.first - 1;
    if (p >= 0) {
      before = lower(tokens.get(p).text());
      if (before.equals("and")
          && p > 0
          && byToken[p - 1] != null
          && standsForState(byToken[p - 1])) {
        int q = byToken[p - 1].first - 1;
        before = q >= 0 ? lower(tokens.get(q).text()) : "";
      }
    }
    int k = c.end;
    int n = tokens.size();
    boolean possessive =
        (c.stop + 2 <= text.length()
                && Names.isPossessiveMarker(text.substring(c.stop, c.stop + 2)))
            || (k < n && Names.isPossessiveMarker(tokens.get(k).text()));
    if (possessive) {
      // "over Ankara's push" is the government's; "in Ankara's streets" the city's
      return !LOCATIVE.contains(before);
    }
    // by word, not by tag: the tagger gives "that" (a complementizer here) the tag IN too
    if (PLACE_PREPOSITIONS.contains(before)) {
      return false;
    }
    if (k + 1 < n
        && lower(tokens.get(k).text()).equals("and")
        && byToken[k + 1] != null
        && standsForState(byToken[k + 1])) {
      k = byToken[k + 1].end;
    }
    while (k < n && tokens.get(k).pos().startsWith("RB")) {
      k++;
    }
    if (k >= n) {
      return false;
    }
    String pos = tokens.get(k).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  private static boolean standsForState(Candidate c) {
    return c.capital || c.type == EntityType.COUNTRY;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
