package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.actor.AgentMatch;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Groups the candidate mentions of one document into entities and gives each its canonical name,
 * type, code, country and titles.
 *
 * <p>Which mentions are one entity:
 *
 * <ul>
 *   <li>the same name written the same way, ignoring case, accents and punctuation, within one
 *       family of types (persons; one country; one nationality; places; organisations, groups and
 *       others): "Le Drian" and "LE Drian";
 *   <li>all names of one country ("US", "United States", "America") and all its demonyms ("Libyan",
 *       "Libyans"); a country and its nationality stay apart (see {@link EntityExtractor});
 *   <li>persons: a name that ends another, longer person name of the document, when that name is
 *       the only one it ends ("Le Drian" and "Drian" with "Jean-Yves Le Drian"; "Rasmussen" with
 *       "Anders Fogh Rasmussen"), also with initials for given names ("AF Rasmussen"); a one-word
 *       organisation or place the recognizer tagged, unknown to the dictionaries, that is the last
 *       name of one person joins that person;
 *   <li>organisations: the same Phoenix record ("NATO", "North Atlantic Treaty Organization";
 *       "ISIL", "ISIS", "Islamic State"); groups with the same dictionary code; an acronym in
 *       brackets right after a name ("Government of National Accord (GNA)"); an acronym that spells
 *       the initials of exactly one longer organisation name of the document ("GNA", "IS" for
 *       "Islamic State").
 * </ul>
 *
 * <p>An untagged acronym that joins no name is dropped. A capital used as a government also joins
 * its country's entity (see {@link Candidate.Origin#GOVERNMENT}).
 */
final class EntityMerger {

  private static final AgentMatch GOVERNMENT = new AgentMatch(1, "GOVERNMENT", "GOV", false);

  private final Countries countries;

  EntityMerger(Countries countries) {
    this.countries = countries;
  }

  List<Entity> merge(List<Candidate> found, String text) {
    List<Candidate> cs = new ArrayList<>(found.size() + 4);
    cs.addAll(found);
    for (Candidate c : found) {
      if (c.governs && c.country != null) {
        cs.add(c.asGovernment());
      }
    }
    groupsTakenForPersons(cs);
    int n = cs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = cs.get(i);
      join(parent, firstOf, familyKey(c), i);
      if (c.isOrganizationLike() && c.dictionaryName != null) {
        join(parent, firstOf, "D " + c.dictionaryName, i);
      }
      if (c.type == EntityType.GROUP && c.dictionaryCode && c.code != null) {
        join(parent, firstOf, "G " + c.code, i);
      }
    }
    bracketedAcronyms(cs, parent, text);
    initials(cs, parent);
    persons(cs, parent);

    Map<Integer, List<Candidate>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(cs.get(i));
    }
    // organisations first: a person's role may take its organisation's code
    Map<Candidate, String> codes = new HashMap<>();
    List<Draft> drafts = new ArrayList<>(clusters.size());
    for (List<Candidate> members : clusters.values()) {
      boolean real = false;
      for (Candidate c : members) {
        real |= c.origin != Candidate.Origin.ACRONYM;
      }
      if (!real) {
        continue;
      }
      members.sort(Comparator.comparingInt((Candidate c) -> c.start));
      Draft d = new Draft(members);
      if (d.type() != EntityType.PERSON) {
        d.code = codeOf(d);
        for (Candidate c : members) {
          codes.put(c, d.code);
        }
      }
      drafts.add(d);
    }
    for (Draft d : drafts) {
      if (d.type() == EntityType.PERSON) {
        personCode(d, codes);
      }
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.members.get(0).start));
    List<Entity> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.toEntity("e" + (out.size() + 1), text));
    }
    return out;
  }

  /**
   * A person-tagged name of a militant group's record, when the same record is named as a group
   * elsewhere in the document ("al Qaeda" tagged once as a person), is the group.
   */
  private static void groupsTakenForPersons(List<Candidate> cs) {
    java.util.Set<String> groups = new java.util.HashSet<>();
    for (Candidate c : cs) {
      if (c.type == EntityType.GROUP && c.dictionaryName != null) {
        groups.add(c.dictionaryName);
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    for (Candidate c : cs) {
      if (c.type == EntityType.PERSON
          && c.dictionaryName != null
          && groups.contains(c.dictionaryName)
          && MentionClassifier.isGroup(c.code, c.matchSource)) {
        c.type = EntityType.GROUP;
      }
    }
  }

  private static String familyKey(Candidate c) {
    return switch (c.type) {
      case PERSON -> "P " + c.key();
      case COUNTRY -> "C " + c.country.iso3();
      case NATIONALITY -> "N " + c.country.iso3();
      case CITY, LOCATION -> "L " + c.key();
      default -> "O " + c.key();
    };
  }

  /** "Government of National Accord (GNA)". */
  private static void bracketedAcronyms(List<Candidate> cs, int[] parent, String text) {
    for (int i = 0; i + 1 < cs.size(); i++) {
      Candidate name = cs.get(i);
      Candidate acronym = cs.get(i + 1);
      if (!name.isOrganizationLike() && name.type != EntityType.LOCATION
          || !acronym.isOrganizationLike()
          || acronym.sentence != name.sentence
          || !Names.isAcronym(acronym.text)
          || Names.isAcronym(name.text)
          || Character.toUpperCase(name.text.charAt(0))
              != Names.acronymLetters(acronym.text).charAt(0)
          || !between(text, name.stop, acronym.start, '(')
          || acronym.stop >= text.length()
          || text.charAt(acronym.stop) != ')') {
        continue;
      }
      union(parent, i, i + 1);
    }
  }

  /** True when {@code text[from, to)} is blanks and one {@code c}. */
  private static boolean between(String text, int from, int to, char c) {
    if (to <= from || to - from > 3) {
      return false;
    }
    boolean seen = false;
    for (int k = from; k < to; k++) {
      char x = text.charAt(k);
      if (x == c && !seen) {
        seen = true;
      } else if (!Character.isWhitespace(x)) {
        return false;
      }
    }
    return seen;
  }

  /** An acronym joins the one organisation name of the document whose initials it spells. */
  private static void initials(List<Candidate> cs, int[] parent) {
    // one representative per spelling keeps this linear when a name repeats many times
    Map<String, List<Integer>> byInitials = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (c.isOrganizationLike() && !Names.isAcronym(c.text) && seen.add(c.key())) {
        for (String s : Names.initials(c.text)) {
          byInitials.computeIfAbsent(s, k -> new ArrayList<>(2)).add(i);
        }
      }
    }
    if (byInitials.isEmpty()) {
      return;
    }
    seen.clear();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (!c.isOrganizationLike() || !Names.isAcronym(c.text) || !seen.add(c.text)) {
        continue; // a repeated acronym is already one entity with its first occurrence
      }
      List<Integer> names = byInitials.get(Names.acronymLetters(c.text));
      int only = unique(parent, names);
      if (only >= 0) {
        union(parent, i, only);
      }
    }
  }

  /** The one root the indices belong to, or -1 when none or several. */
  private static int unique(int[] parent, List<Integer> indices) {
    if (indices == null) {
      return -1;
    }
    int root = -1;
    for (int i : indices) {
      int r = find(parent, i);
      if (root >= 0 && r != root) {
        return -1;
      }
      root = r;
    }
    return root;
  }

  /** Shorter person names join the one longer name they end. */
  private static void persons(List<Candidate> cs, int[] parent) {
    Map<String, List<Integer>> endings = new HashMap<>();
    List<Integer> people = new ArrayList<>();
    Map<Integer, List<String>> words = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (c.type != EntityType.PERSON || !seen.add(c.key())) {
        continue; // one representative per spelling: the others share its entity already
      }
      List<String> w = Names.words(c.text);
      if (w.isEmpty()) {
        continue;
      }
      people.add(i);
      words.put(i, w);
      for (int k = 1; k < w.size(); k++) {
        endings
            .computeIfAbsent(String.join(" ", w.subList(k, w.size())), x -> new ArrayList<>())
            .add(i);
        StringBuilder initials = new StringBuilder();
        for (int j = 0; j < k; j++) {
          initials.append(w.get(j).charAt(0));
        }
        if (k >= 2) {
          endings
              .computeIfAbsent(
                  initials + " " + String.join(" ", w.subList(k, w.size())), x -> new ArrayList<>())
              .add(i);
        }
      }
    }
    if (people.isEmpty()) {
      return;
    }
    companiesTakenForPersons(cs, parent, people, words, endings);
    people.sort(Comparator.comparingInt((Integer i) -> -words.get(i).size()));
    for (int i : people) {
      int only = unique(parent, endings.get(String.join(" ", words.get(i))));
      if (only >= 0) {
        union(parent, i, only);
      }
    }
    Map<String, Integer> lastNames = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (c.origin != Candidate.Origin.TAGGED
          || c.type == EntityType.PERSON
          || c.dictionaryCode
          || c.end - c.first != 1
          || Names.isAcronym(c.text)
          || MentionFinder.COMPANY_SUFFIXES.contains(c.text.toLowerCase(java.util.Locale.ROOT))
          || !(c.isOrganizationLike() || c.type == EntityType.LOCATION)) {
        continue;
      }
      String key = c.key();
      Integer person = lastNames.get(key);
      if (person == null && !lastNames.containsKey(key)) {
        int only = unique(parent, endings.get(key));
        person = only >= 0 ? only : null;
        lastNames.put(key, person);
      }
      if (person != null) {
        c.type = EntityType.PERSON;
        union(parent, i, person);
      }
    }
  }

  /**
   * A one-word person name that opens the name of one company of the document ("Mahan" and "Mahan
   * Air", "Shearson" and "Shearson Lehman Brothers") and ends no longer person name is the company:
   * newswire calls a company by its first word.
   */
  private static void companiesTakenForPersons(
      List<Candidate> cs,
      int[] parent,
      List<Integer> people,
      Map<Integer, List<String>> words,
      Map<String, List<Integer>> endings) {
    Map<String, List<Integer>> companies = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (!c.isOrganizationLike() || c.type == EntityType.GROUP || !seen.add(c.key())) {
        continue;
      }
      List<String> w = Names.words(c.text);
      if (w.size() >= 2
          && MentionFinder.COMPANY_SUFFIXES.contains(
              w.get(w.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
        companies.computeIfAbsent(w.get(0), k -> new ArrayList<>(1)).add(i);
      }
    }
    if (companies.isEmpty()) {
      return;
    }
    Map<String, Integer> companyOf = new HashMap<>();
    for (java.util.Iterator<Integer> it = people.iterator(); it.hasNext(); ) {
      int i = it.next();
      List<String> w = words.get(i);
      if (w.size() != 1 || endings.containsKey(w.get(0))) {
        continue;
      }
      int only = unique(parent, companies.get(w.get(0)));
      if (only >= 0) {
        companyOf.put(cs.get(i).key(), only);
        it.remove();
      }
    }
    if (companyOf.isEmpty()) {
      return;
    }
    // every mention of such a spelling joins the company
    for (int j = 0; j < cs.size(); j++) {
      Candidate c = cs.get(j);
      Integer company = c.type == EntityType.PERSON ? companyOf.get(c.key()) : null;
      if (company != null) {
        c.type = EntityType.ORGANIZATION;
        union(parent, j, company);
      }
    }
  }

  private static void join(int[] parent, Map<String, Integer> firstOf, String key, int i) {
    Integer first = firstOf.putIfAbsent(key, i);
    if (first != null) {
      union(parent, first, i);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // the earlier candidate stays the root, so roots follow text order
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }

  /** The code of a non-person entity. */
  private String codeOf(Draft d) {
    EntityType type = d.type();
    if (type == EntityType.COUNTRY) {
      Country country = d.country();
      boolean named = false;
      for (Candidate c : d.members) {
        named |= c.origin != Candidate.Origin.GOVERNMENT;
      }
      return named ? country.cameo() : GOVERNMENT.composeWith(country.cameo());
    }
    if (type == EntityType.NATIONALITY || type == EntityType.CITY && d.country() != null) {
      return d.country().cameo();
    }
    String best = null;
    int bestLength = -1;
    for (Candidate c : d.members) {
      if (c.dictionaryCode && c.code != null && c.text.length() > bestLength) {
        best = c.code;
        bestLength = c.text.length();
      }
    }
    if (best != null) {
      return best;
    }
    for (Candidate c : d.members) {
      if (c.code != null) {
        return c.code;
      }
    }
    return null;
  }

  /**
   * A person's code: the code of the organisation of a role; else a role's country with the role's
   * agent ("French Foreign Minister" is {@code FRAGOV}); else the Phoenix record of the person's
   * name on the document's date.
   */
  private void personCode(Draft d, Map<Candidate, String> codes) {
    Country roleCountry = null;
    String agent = null;
    String organizationCode = null;
    for (Candidate c : d.members) {
      if (organizationCode == null && c.roleOrganization != null) {
        organizationCode = codes.get(c.roleOrganization);
      }
      if (roleCountry == null) {
        roleCountry = c.roleCountry;
      }
      if (agent == null) {
        agent = c.roleAgent;
      }
    }
    String dictionary = null;
    int bestLength = -1;
    for (Candidate c : d.members) {
      if (c.dictionaryCode && c.code != null && c.text.length() > bestLength) {
        dictionary = c.code;
        bestLength = c.text.length();
      }
    }
    String officeHolder = officeHolder(d.members);
    if (organizationCode != null) {
      d.code = organizationCode;
    } else if (roleCountry != null && agent != null) {
      d.code = new AgentMatch(1, "role", agent, false).composeWith(roleCountry.cameo());
    } else if (dictionary != null) {
      d.code = dictionary;
    } else if (officeHolder != null
        && (roleCountry == null || officeHolder.startsWith(roleCountry.cameo()))) {
      d.code = officeHolder;
    } else if (roleCountry != null) {
      d.code = roleCountry.cameo();
    }
    d.personCountry =
        roleCountry != null
            ? roleCountry
            : d.code == null ? null : countries.byCameo(d.code).orElse(null);
  }

  /**
   * The office-holder code of a person's short name, when every mention of the person has the same
   * one: a fuller name in the document ("Dustin Johnson" before "Johnson") is someone the
   * dictionary does not know.
   */
  private static String officeHolder(List<Candidate> members) {
    String code = null;
    for (Candidate c : members) {
      if (c.officeHolderCode == null || (code != null && !code.equals(c.officeHolderCode))) {
        return null;
      }
      code = c.officeHolderCode;
    }
    return code;
  }

  /** One entity being assembled. */
  private static final class Draft {
    final List<Candidate> members;
    EntityType type;
    String code;
    Country personCountry;

    Draft(List<Candidate> members) {
      this.members = members;
    }

    EntityType type() {
      if (type == null) {
        type = decideType();
      }
      return type;
    }

    private EntityType decideType() {
      EntityType first = null;
      EntityType fallback = null;
      for (Candidate c : members) {
        if (c.type == EntityType.GROUP) {
          return EntityType.GROUP;
        }
      }
      for (Candidate c : members) {
        if (c.type == EntityType.ORGANIZATION && c.origin != Candidate.Origin.ACRONYM) {
          return EntityType.ORGANIZATION;
        }
        if (c.origin == Candidate.Origin.ACRONYM) {
          continue;
        }
        if (fallback == null) {
          fallback = c.type;
        }
        if (first == null && c.origin != Candidate.Origin.GOVERNMENT) {
          first = c.type;
        }
      }
      EntityType t = first != null ? first : fallback;
      return t == null ? EntityType.ORGANIZATION : t;
    }

    Country country() {
      for (Candidate c : members) {
        if (c.country != null) {
          return c.country;
        }
      }
      return null;
    }

    String name() {
      EntityType type = type();
      if (type == EntityType.COUNTRY) {
        String best = null;
        for (Candidate c : members) {
          if (c.origin != Candidate.Origin.GOVERNMENT
              && (best == null || c.text.length() > best.length())) {
            best = c.text;
          }
        }
        return best != null ? best : country().name();
      }
      if (type == EntityType.NATIONALITY) {
        String demonym = country().demonym();
        for (Candidate c : members) {
          if (c.text.equalsIgnoreCase(demonym)) {
            return c.text;
          }
        }
        return members.get(0).text;
      }
      Candidate best = null;
      int bestWords = -1;
      for (Candidate c : members) {
        int words = Names.words(c.text).size();
        boolean acronym = Names.isAcronym(c.text) || c.origin == Candidate.Origin.ACRONYM;
        int score = acronym ? 0 : words * 2 + (Names.isAllCaps(c.text) ? 0 : 1);
        if (score > bestWords) {
          best = c;
          bestWords = score;
        }
      }
      return best.text;
    }

    Entity toEntity(String id, String text) {
      EntityType type = type();
      List<String> titles = new ArrayList<>(2);
      List<Mention> mentions = new ArrayList<>(members.size());
      int lastStart = -1;
      int lastStop = -1;
      for (Candidate c : members) {
        for (String t : c.titles) {
          boolean seen = false;
          for (String s : titles) {
            seen |= s.equalsIgnoreCase(t);
          }
          if (!seen) {
            titles.add(t);
          }
        }
        if (c.start == lastStart && c.stop == lastStop) {
          continue;
        }
        mentions.add(new Mention(c.start, c.stop, text.substring(c.start, c.stop)));
        lastStart = c.start;
        lastStop = c.stop;
      }
      Country country = type == EntityType.PERSON ? personCountry : country();
      return new Entity(
          id, name(), type, code, country == null ? null : country.iso3(), titles, mentions);
    }
  }
}
