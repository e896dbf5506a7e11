package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.ActorMatch;
import org.newsgraph.extract.actor.AgentMatch;
import org.newsgraph.extract.actor.Countries;

/**
 * Codes the noun phrases of one sentence as actors, the way PETRARCH codes a noun phrase: the first
 * actor phrase of the actor dictionaries in it (or, failing that, an actor the entity stage linked
 * to one of its tokens) gives the actor code, and every role word of the agents dictionary in it
 * adds its agent code ("the Calenardhon government": {@code CAL} and {@code ~GOV} give {@code
 * CALGOV}; "soldiers from Gondor" {@code GONMIL}). A phrase with role words and no actor is coded
 * {@code ---} plus the agent code; one with neither is no actor.
 *
 * <p>Coordination: when the actor's own phrase is coordinated ("the ambassadors of Arnor, Osgiliath
 * and Gondor"), each conjunct is an actor of its own with the same role words.
 *
 * <p>Not thread-safe: one per sentence.
 */
final class ActorCoder {

  private final ActorDictionary dictionary;
  private final Set<String> denominations;
  private final ParsedSentence s;
  private final LocalDate date;
  private final IntFunction<String> linked;
  private final List<String> texts;

  /** Dictionary actor at each token: its length, or 0; -1 for a null-coded phrase. */
  private final int[] actorLength;

  private final String[] actorCode;

  /**
   * @param linked the code the entity stage gave the entity a token belongs to, or null
   * @param denominations units of money (upper case) that a country's name right before them only
   *     denominates ("Swiss francs", "the U.S. dollar"): such a name is no actor
   */
  ActorCoder(
      ActorDictionary dictionary,
      ParsedSentence s,
      LocalDate date,
      IntFunction<String> linked,
      Set<String> denominations) {
    this.dictionary = dictionary;
    this.denominations = denominations;
    this.s = s;
    this.date = date;
    this.linked = linked;
    this.texts = s.texts();
    int n = s.size();
    actorLength = new int[n];
    actorCode = new String[n];
    int i = 0;
    while (i < n) {
      Optional<ActorMatch> m = dictionary.longestMatch(texts, i, date);
      if (m.isPresent() && insideLongerName(i, i + m.get().length())) {
        m = Optional.empty();
      }
      if (m.isPresent()) {
        int len = m.get().length();
        actorCode[i] = placedElsewhere(i, i + len, m.get().code());
        actorLength[i] = m.get().code() == null ? -len : len;
        i += len;
      } else {
        i++;
      }
    }
  }

  /**
   * The code of a dictionary actor at tokens {@code [from, to)}: the dictionary's, unless it is a
   * bare country and the entity stage placed the name in another country ("Georgia" in an American
   * story is the US state, see {@code DocumentPlaces#placed}); then that country.
   */
  private String placedElsewhere(int from, int to, String code) {
    if (code == null || code.length() != 3) {
      return code;
    }
    String placed = linked.apply(from);
    if (placed == null || placed.length() != 3 || placed.equals(code)) {
      return code;
    }
    for (int i = from + 1; i < to; i++) {
      if (!placed.equals(linked.apply(i))) {
        return code;
      }
    }
    return placed;
  }

  /**
   * Whether tokens {@code [from, to)} are part of a longer name that the entity stage found and
   * coded as no actor ("Paris" in "the Paris Agreement").
   */
  private boolean insideLongerName(int from, int to) {
    boolean named = true;
    for (int i = from; i < to && named; i++) {
      named = EventCoder.NOT_AN_ACTOR.equals(linked.apply(i));
    }
    return named
        && ((from > 0 && EventCoder.NOT_AN_ACTOR.equals(linked.apply(from - 1)))
            || (to < s.size() && EventCoder.NOT_AN_ACTOR.equals(linked.apply(to))));
  }

  /** The actors the noun phrase headed by {@code head} names; empty when it names none. */
  List<CodedActor> code(int head) {
    int[] range = s.phrase(head);
    List<CodedActor> found = code(head, range[0], range[1]);
    if (isPossessed(head)) {
      // "its Polish branch", "Tesco's Polish operation": the owner's own thing, located abroad
      found = found.stream().filter(a -> !(isOrigin(a) && s.head[a.end() - 1] == head)).toList();
    }
    if (found.stream().anyMatch(CodedActor::isIdentified)) {
      return found;
    }
    // "Old foes Gondor and Osgiliath", "his counterpart, Sergei Lavrov": the names in apposition
    for (Dependency d : s.dependents(head)) {
      String r = d.relation();
      if ((r.equals("appos") || r.equals("dep"))
          && s.isNominal(d.dependent())
          && d.dependent() > head) {
        List<CodedActor> named = codeCoordination(d.dependent());
        if (named.stream().anyMatch(a -> a.isIdentified() && !isOrigin(a))) {
          return named;
        }
      }
    }
    return found;
  }

  /**
   * Whether the noun {@code head} has an owner ("its", "their", "Tesco's") and names no other party
   * ("its branch", not "its allies"): a bare country adjective on it (not on its owner, as in "the
   * U.S. embassy's officer") then says where the owner's thing is ("its Polish branch", "the firm's
   * Chinese plants"), and no statement or act about the thing is one about that country. The owner,
   * when it is an actor, is the party ("Turkey's Syrian offensive" is Turkey's).
   */
  private boolean isPossessed(int head) {
    if (PARTIES.contains(s.lemmas[head])) {
      return false;
    }
    for (Dependency d : s.dependents(head)) {
      if (d.relation().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns that name another party by its relation to the owner ("its Turkish allies", "their
   * Iranian counterparts"): a country adjective on them names that party.
   */
  private static final Set<String> PARTIES =
      Set.of(
          "ALLY",
          "PARTNER",
          "COUNTERPART",
          "NEIGHBOR",
          "NEIGHBOUR",
          "RIVAL",
          "ENEMY",
          "FOE",
          "ADVERSARY",
          "OPPONENT",
          "FRIEND",
          "HOST",
          "GUEST");

  /**
   * Whether an actor only says where a thing comes from: a bare country adjective on a noun that is
   * neither an actor nor a role ("a Greek church", "tonnes of Argentine maize", the parser taking
   * some adjectives for nouns), or an abbreviated name used as one ("U.S. wheat", "U.S. exports"),
   * unlike "a French diplomat" (a role) or "ties with Libya".
   */
  boolean isOrigin(CodedActor a) {
    int last = a.end() - 1;
    String r = s.baseRelation[last];
    return a.code().length() == 3
        && (a.head() < a.start() || a.head() >= a.end())
        && s.head[last] > last
        && (r.equals("amod")
            || (r.equals("compound")
                && (Countries.standard().byDemonym(texts.get(last)).isPresent()
                    || isAbbreviatedName(texts.get(last)))));
  }

  /**
   * Whether a token is a country's name abbreviated with full stops ("U.S.", "U.K."): news style
   * uses these as the country's adjective ("U.S. wheat", "U.K. equities"), so before a noun they
   * say whose a thing is as a demonym does; a name spelled out ("Libya") is left to the parse.
   */
  private static boolean isAbbreviatedName(String token) {
    return token.length() <= 6
        && token.matches("(\\p{Lu}\\.)+")
        && Countries.standard().byName(token).isPresent();
  }

  /**
   * The actors of the whole coordination a noun phrase belongs to: a slot that took the last of
   * "Gondor and Osgiliath" stands for both.
   */
  List<CodedActor> codeCoordination(int head) {
    int first = head;
    for (int steps = 0;
        steps < 20 && s.baseRelation[first].equals("conj") && s.head[first] >= 0;
        steps++) {
      first = s.head[first];
    }
    List<Integer> heads = new ArrayList<>(3);
    heads.add(first);
    for (Dependency d : s.dependents(first)) {
      if (d.baseRelation().equals("conj")) {
        heads.add(d.dependent());
      }
    }
    return coordinated(heads);
  }

  /**
   * The actors of several heads, conjuncts of one another: a conjunct that names only a role
   * ("Danish media and government") takes the actor of the first conjunct that names one.
   */
  List<CodedActor> coordinated(List<Integer> heads) {
    List<CodedActor> out = new ArrayList<>(2);
    for (int h : heads) {
      for (CodedActor a : code(h)) {
        if (out.stream().noneMatch(o -> o.code().equals(a.code()) && o.head() == a.head())) {
          out.add(a);
        }
      }
    }
    String actor = null;
    for (CodedActor a : out) {
      if (a.isIdentified()) {
        actor = a.actorPart();
        break;
      }
    }
    if (actor == null || heads.size() < 2) {
      return out;
    }
    List<CodedActor> fixed = new ArrayList<>(out.size());
    for (CodedActor a : out) {
      fixed.add(
          a.isIdentified()
              ? a
              : new CodedActor(a.start(), a.end(), a.head(), actor + a.code().substring(3)));
    }
    return fixed;
  }

  private List<CodedActor> code(int head, int start, int end) {
    int actorAt = -1;
    int actorEnd = -1;
    String actor = null;
    List<AgentMatch> agents = new ArrayList<>(2);
    int firstAgent = -1;
    int lastAgentEnd = -1;
    int i = start;
    while (i < end) {
      int len = actorLength[i];
      if (len != 0) {
        int abs = Math.abs(len);
        if (len > 0
            && actor == null
            && i + abs <= end
            && !isBacker(i + abs, end)
            && !isDenomination(i + abs, end)
            && !isPlaceModifier(i, i + abs, end)) {
          actor = actorCode[i];
          actorAt = i;
          actorEnd = i + abs;
        }
        i += abs;
        continue;
      }
      String hinted = linked.apply(i);
      if (hinted != null && !hinted.isEmpty() && actor == null) {
        int hintEnd = i + 1;
        while (hintEnd < end && hinted.equals(linked.apply(hintEnd))) {
          hintEnd++;
        }
        if (!isBacker(hintEnd, end) && !isDenomination(hintEnd, end)) {
          actor = hinted;
          actorAt = i;
          actorEnd = hintEnd;
        }
        i = hintEnd;
        continue;
      }
      Optional<AgentMatch> agent = dictionary.agent(texts, i);
      if (agent.isPresent() && i + agent.get().length() <= end) {
        agents.add(agent.get());
        if (firstAgent < 0) {
          firstAgent = i;
        }
        lastAgentEnd = i + agent.get().length();
        i = lastAgentEnd;
        continue;
      }
      i++;
    }
    if (actor == null && agents.isEmpty()) {
      return List.of();
    }
    int from = actorAt < 0 ? firstAgent : firstAgent < 0 ? actorAt : Math.min(actorAt, firstAgent);
    int to = Math.max(actorEnd, lastAgentEnd);
    List<CodedActor> out = new ArrayList<>(1);
    if (actor != null && actor.indexOf(' ') > 0) {
      // a description that stands for several actors ("the two countries"): one each
      for (String one : actor.split(" ")) {
        out.add(new CodedActor(from, to, head, compose(one, agents)));
      }
      return out;
    }
    out.add(new CodedActor(from, to, head, compose(actor, agents)));
    int actorHead = actorAt < 0 ? -1 : s.phraseHead(actorAt);
    if (actorAt >= 0 && actorHead == head && (head < actorAt || head >= actorEnd)) {
      // coordinated adjectives or nouns before the head ("Russian and Turkish officials",
      // "Eriadori and Calenardhon leaders"): the conjuncts of the actor's own words
      for (int w = actorAt; w < actorEnd && actorHead == head; w++) {
        String r = s.baseRelation[w];
        if (r.equals("amod") || r.equals("compound") || r.equals("nmod")) {
          actorHead = w;
        }
      }
    }
    if (actorAt >= 0 && actorHead != head) {
      // the actor is inside a modifier ("the ambassadors of Arnor, Osgiliath and Gondor"): its
      // conjuncts share the head's roles; conjoined heads are the caller's business
      for (Dependency d : s.dependents(actorHead)) {
        if (d.baseRelation().equals("conj")) {
          String other = conjunctCode(d.dependent());
          if (other != null) {
            int[] r = s.phrase(d.dependent());
            out.add(new CodedActor(r[0], r[1], d.dependent(), compose(other, agents)));
          }
        }
      }
    }
    return out;
  }

  /** Participles that say whom the head is backed by, joined to the backer by a hyphen. */
  private static final List<String> BACKING =
      List.of(
          "BACKED",
          "SUPPORTED",
          "SPONSORED",
          "FUNDED",
          "FINANCED",
          "ARMED",
          "TRAINED",
          "ALLIED",
          "ALIGNED",
          "INSTALLED");

  /**
   * Whether an actor that ends before token {@code after} is the backer in a hyphenated modifier
   * ("Iran-backed rebels", "US-supported forces"): the phrase names those backed, not the backer,
   * unlike "a US-led coalition", which the leader acts through.
   */
  private boolean isBacker(int after, int end) {
    return hyphenedTo(after, end, BACKING);
  }

  /**
   * Whether token {@code after} is a hyphen followed, before {@code end}, by one of {@code words}.
   */
  private boolean hyphenedTo(int after, int end, List<String> words) {
    return after + 1 < end && s.words[after].equals("-") && words.contains(s.words[after + 1]);
  }

  /** Participles that say where the head is based, joined to the place by a hyphen. */
  private static final List<String> LOCATED = List.of("BASED", "HEADQUARTERED", "REGISTERED");

  /**
   * Whether the dictionary actor at tokens {@code [from, to)} only names a place in its phrase
   * (which ends before {@code end}): a capital of the country table (not also a country's name, as
   * "Singapore" is) as a modifier of a noun that is no role ("the Paris accord", "London equity
   * dealers", "a Tokyo market"), or any place joined by a hyphen to "based" ("a Cyprus-based
   * newsletter", "a London-based bank"). A capital stands for its government as a noun phrase of
   * its own ("Paris protested", "talks with Bonn") or with a role ("the Bonn government"); as a
   * modifier it says where the thing is, and "the Paris accord" is an accord made in Paris, not one
   * with France.
   */
  private boolean isPlaceModifier(int from, int to, int end) {
    if (hyphenedTo(to, end, LOCATED)) {
      return true;
    }
    int last = to - 1;
    if (!s.baseRelation[last].equals("compound") || s.head[last] < to || actorCode[from] == null) {
      return false;
    }
    String name = String.join(" ", texts.subList(from, to));
    Countries countries = Countries.standard();
    if (actorCode[from].length() != 3
        || countries.byCapital(name).isEmpty()
        || countries.byName(name).isPresent()) {
      return false;
    }
    for (int i = to; i < end; i++) {
      if (dictionary.agent(texts, i).isPresent() || ROLES.contains(s.lemmas[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * People who speak or act for a government that the agent dictionary does not list ("Moscow
   * officials", "Washington sources"), with whom a capital stands for its government.
   */
  private static final Set<String> ROLES =
      Set.of(
          "OFFICIAL",
          "SOURCE",
          "SPOKESMAN",
          "SPOKESWOMAN",
          "SPOKESPERSON",
          "NEGOTIATOR",
          "LEADER",
          "POLICYMAKER");

  /**
   * Whether an actor that ends before token {@code after} only denominates the unit of money there
   * ("12 mln Swiss francs", "the Canadian dollar fell", "a 40 mln Australian dlr bond"): the phrase
   * is money, not the country. "Canada's dollar" is left to the possessive.
   */
  private boolean isDenomination(int after, int end) {
    return after < end
        && (denominations.contains(s.words[after]) || denominations.contains(s.lemmas[after]));
  }

  /**
   * The first actor code inside a conjunct's own phrase that names an actor there (no backer, no
   * country of a unit of money, no place a firm is based in), or null.
   */
  private String conjunctCode(int conjunct) {
    int[] r = s.phrase(conjunct);
    int end = r[1];
    for (int i = r[0]; i < end; i++) {
      int len = actorLength[i];
      if (len > 0) {
        // as for the head's own phrase: "Denmark-based retailer", "Iran-backed rebels" name no
        // country
        if (i + len <= end
            && !isBacker(i + len, end)
            && !isDenomination(i + len, end)
            && !isPlaceModifier(i, i + len, end)) {
          return actorCode[i];
        }
        i += len - 1;
        continue;
      }
      String hinted = linked.apply(i);
      if (hinted != null && !hinted.isEmpty()) {
        int hintEnd = i + 1;
        while (hintEnd < end && hinted.equals(linked.apply(hintEnd))) {
          hintEnd++;
        }
        if (!isBacker(hintEnd, end) && !isDenomination(hintEnd, end)) {
          return hinted.split(" ")[0];
        }
        i = hintEnd - 1;
      }
    }
    return null;
  }

  /**
   * The countries a hyphenated modifier joins ("Malian-French", "US-Iraqi"), as one actor each, in
   * the order written; empty unless every part is a dictionary actor, as a whole, and they are at
   * least two different ones. The parts may be one token or several with the hyphens between.
   */
  List<CodedActor> jointModifier(int m) {
    List<String> parts = new ArrayList<>(3);
    int from = m;
    if (texts.get(m).indexOf('-') > 0) {
      for (String p : texts.get(m).split("[-\u2013]")) {
        parts.add(p);
      }
    } else {
      parts.add(texts.get(m));
      while (from >= 2
          && (texts.get(from - 1).equals("-") || texts.get(from - 1).equals("\u2013"))) {
        from -= 2;
        parts.add(0, texts.get(from));
      }
    }
    if (parts.size() < 2) {
      return List.of();
    }
    List<CodedActor> out = new ArrayList<>(parts.size());
    for (String p : parts) {
      if (p.isEmpty()) {
        return List.of();
      }
      Optional<ActorMatch> a = dictionary.longestMatch(List.of(p), 0, date);
      if (a.isEmpty() || a.get().code() == null || a.get().length() != 1) {
        return List.of();
      }
      String code = a.get().code();
      if (out.stream()
          .anyMatch(o -> o.actorPart().equals(code.substring(0, Math.min(3, code.length()))))) {
        return List.of();
      }
      out.add(new CodedActor(from, m + 1, m, code));
    }
    return out;
  }

  private static String compose(String actor, List<AgentMatch> agents) {
    String code = actor;
    for (AgentMatch a : agents) {
      code = a.composeWith(code);
    }
    if (actor == null) {
      return "---" + code;
    }
    return code;
  }
}
