package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.newsgraph.annotate.Dependency;

/**
 * Events that a noun reports rather than a verb: "Turkey's offer of help to Libya", "the US
 * sanctions on Iran", "French strikes against Syria", "held talks with Poland".
 *
 * <p>A noun of the table ({@link #TABLE}) gives an event only where its sentence names both sides:
 * the <b>target</b> is the object of one of the noun's own prepositions ("sanctions on Y",
 * "criticism of Y", "a visit to Y"); the <b>source</b> is a possessive ("France's"), a compound or
 * adjective modifier that names an actor ("US sanctions", "French strikes"), an agent ("strikes by
 * X"), or else, when the noun is the object of a verb ("held talks", "imposed sanctions", "launched
 * an offensive") or completes it ("a package of sanctions on"), that verb's subject. What an actor
 * is open, ready or willing to ("is open to talks with") is its intent (03). A noun in a
 * restrictive relative clause is background, as a verb there is, and so is one that dates the
 * sentence's event ("after the talks with Iran"); a noun whose verb the dictionary already coded
 * between the same two actors adds nothing.
 *
 * <p>A noun of wrongdoing ({@link #WRONGDOINGS}: "Russian interference", "Turkey's meddling") is no
 * event of its doer; but in what an actor says or discusses it makes the statement an accusation of
 * the doer (112): "Germany said Russian interference was unacceptable", "France wants talks to
 * discuss Turkey's interference", as the codebook codes a statement by what it does, not by its
 * verb.
 *
 * <p>Not thread-safe: one per sentence.
 */
final class NounEvents {

  /**
   * One row of the table: the CAMEO code a noun reports, the prepositions whose objects are its
   * target, and, for nouns that name an event only with a qualifier ("military operation",
   * "training mission"), the qualifiers one of which must modify it.
   */
  record Entry(String code, Set<String> targets, Set<String> qualifiers) {}

  private static final Set<String> NONE = Set.of();
  private static final Set<String> ON = Set.of("on", "against");
  private static final Set<String> WITH = Set.of("with");
  private static final Set<String> TO = Set.of("to");
  private static final Set<String> RETALIATORY = Set.of("retaliatory", "punitive");

  /**
   * The nouns, by lemma, after the CAMEO codebook: 19 fight (a strike on, an attack on), 16 reduce
   * relations (sanctions, embargoes, tariffs, retaliatory or punitive action or measures), 04
   * consult (talks with), 05 diplomatic cooperation (agreement with), 03 intent (an offer to), 07
   * aid (aid to), 08 yield (withdrawal from), 11 disapprove (criticism of), 13 threaten (threats
   * against).
   */
  static final Map<String, Entry> TABLE =
      Map.ofEntries(
          Map.entry("strike", new Entry("195", ON, NONE)),
          Map.entry("airstrike", new Entry("195", ON, NONE)),
          Map.entry("bombing", new Entry("195", Set.of("on", "against", "of"), NONE)),
          Map.entry("attack", new Entry("190", ON, NONE)),
          Map.entry(
              "offensive",
              new Entry("190", Set.of("on", "against", "in", "into", "toward", "towards"), NONE)),
          Map.entry("invasion", new Entry("192", Set.of("of"), NONE)),
          Map.entry(
              "operation", new Entry("190", Set.of("in", "against"), Set.of("military", "combat"))),
          Map.entry("intervention", new Entry("190", Set.of("in", "against"), Set.of("military"))),
          Map.entry("sanction", new Entry("163", ON, NONE)),
          Map.entry("embargo", new Entry("163", ON, NONE)),
          Map.entry("tariff", new Entry("163", ON, NONE)),
          Map.entry("action", new Entry("160", ON, RETALIATORY)),
          Map.entry("measure", new Entry("160", ON, RETALIATORY)),
          Map.entry("talk", new Entry("040", WITH, NONE)),
          Map.entry("meeting", new Entry("040", WITH, NONE)),
          Map.entry("conversation", new Entry("041", WITH, NONE)),
          Map.entry("call", new Entry("041", WITH, NONE)),
          Map.entry("videoconference", new Entry("041", WITH, NONE)),
          Map.entry("negotiation", new Entry("046", WITH, NONE)),
          Map.entry("dialogue", new Entry("040", WITH, NONE)),
          Map.entry("visit", new Entry("042", TO, NONE)),
          Map.entry("agreement", new Entry("057", WITH, NONE)),
          Map.entry("deal", new Entry("057", WITH, NONE)),
          Map.entry("offer", new Entry("030", TO, NONE)),
          Map.entry("aid", new Entry("070", TO, NONE)),
          Map.entry("assistance", new Entry("070", TO, NONE)),
          Map.entry("support", new Entry("050", Set.of("for"), NONE)),
          Map.entry("withdrawal", new Entry("087", Set.of("from"), NONE)),
          Map.entry("criticism", new Entry("111", Set.of("of"), NONE)),
          Map.entry("condemnation", new Entry("111", Set.of("of"), NONE)),
          Map.entry("threat", new Entry("130", Set.of("against"), NONE)),
          Map.entry("mission", new Entry("062", Set.of("in", "to", "for"), Set.of("training"))));

  /**
   * Prepositions whose object is what something is about ("details about Trump's call with
   * Zelensky", "questions over the deal with Iran"): a topic, not an event the sentence reports.
   */
  private static final List<String> TOPIC = List.of("ABOUT", "OVER", "REGARDING", "CONCERNING");

  /** The code of an accusation, and of nothing else this class gives: "Accuse, not specified". */
  static final String ACCUSE = "112";

  /** Nouns of wrongdoing whose doer an actor accuses by speaking of it, by lemma. */
  static final Set<String> WRONGDOINGS =
      Set.of(
          "interference",
          "meddling",
          "aggression",
          "provocation",
          "incursion",
          "violation",
          "occupation",
          "intimidation",
          "repression",
          "oppression",
          "persecution",
          "crackdown");

  /**
   * Verbs of saying and discussing, by lemma: their content and their objects are what the subject
   * says. Verbs that are an accusation or a criticism by themselves ("accuse", "condemn") are left
   * to the verb dictionary.
   */
  private static final Set<String> SPEECH =
      Set.of(
          "SAY",
          "TELL",
          "STATE",
          "ADD",
          "DISCUSS",
          "RAISE",
          "WARN",
          "NOTE",
          "STRESS",
          "VOICE",
          "EXPRESS",
          "CITE",
          "COMPLAIN",
          "ARGUE",
          "CLAIM",
          "INSIST",
          "ALLEGE",
          "DESCRIBE");

  private final ParsedSentence s;
  private final ActorCoder coder;
  private final IntFunction<List<CodedActor>> subjectOf;

  /**
   * @param subjectOf the source the coder reads off a verb (its subject, or the agent of a passive)
   */
  NounEvents(ParsedSentence s, ActorCoder coder, IntFunction<List<CodedActor>> subjectOf) {
    this.s = s;
    this.coder = coder;
    this.subjectOf = subjectOf;
  }

  /** The events of the noun at {@code n}; empty when it is none of the table's or lacks a side. */
  List<CodedEvent> code(int n) {
    if (!s.tags[n].startsWith("NN")) {
      return List.of();
    }
    String lemma = s.lemmas[n].toLowerCase(Locale.ROOT);
    if (WRONGDOINGS.contains(lemma)) {
      return accusation(n);
    }
    Entry e = TABLE.get(lemma);
    if (e == null
        || !qualified(n, e)
        || isOnlyPossible(n)
        || EventCoder.inRelativeClause(s, n, coder)
        || EventCoder.isTimeOblique(s, n)
        || EventCoder.hasPreposition(s, n, TOPIC)
        || undone(n)) {
      return List.of();
    }
    List<CodedActor> targets = new ArrayList<>(2);
    List<CodedActor> sources = new ArrayList<>(2);
    List<CodedActor> joint = List.of();
    for (Dependency d : s.dependents(n)) {
      String r = d.relation();
      int m = d.dependent();
      if ((r.equals("compound") || r.equals("amod")) && m < n && joint.isEmpty()) {
        joint = coder.jointModifier(m);
        if (!joint.isEmpty()) {
          continue;
        }
      }
      if (r.equals("nmod:poss")
          || (r.equals("compound") && m < n)
          || (r.equals("amod") && m < n)
          || r.equals("nmod:agent")
          || r.equals("nmod:by")) {
        sources.addAll(EventCoder.identified(coder.code(m)));
      } else if (r.startsWith("nmod:") && e.targets().contains(r.substring(5))) {
        targets.addAll(EventCoder.identified(coder.codeCoordination(m)));
      }
    }
    if (targets.isEmpty()) {
      // "an offer of help to Libya": the preposition may hang on the noun's "of" complement
      for (Dependency d : s.dependents(n)) {
        if (d.relation().equals("nmod:of")) {
          for (Dependency g : s.dependents(d.dependent())) {
            String r = g.relation();
            if (r.startsWith("nmod:") && e.targets().contains(r.substring(5))) {
              targets.addAll(EventCoder.identified(coder.codeCoordination(g.dependent())));
            }
          }
        }
      }
    }
    if (targets.isEmpty() && s.baseRelation[n].equals("obj") && s.isVerb(s.head[n])) {
      // "carried out airstrikes on Iranian targets": the parser hung the noun's preposition on the
      // verb; the oblique right after the noun is still the noun's
      int after = s.phrase(n)[1];
      for (Dependency d : s.dependents(s.head[n])) {
        String r = d.relation();
        int m = d.dependent();
        if (r.startsWith("obl:")
            && e.targets().contains(r.substring(4))
            && after < s.size()
            && s.head[after] == m
            && s.relation[after].equals("case")
            && s.phrase(m)[0] <= after + 1) {
          targets.addAll(EventCoder.identified(coder.codeCoordination(m)));
        }
      }
    }
    if (targets.isEmpty() && sources.isEmpty() && !joint.isEmpty()) {
      return joint(n, e, joint);
    }
    if (targets.isEmpty()) {
      return List.of();
    }
    String code = e.code();
    int willing = s.head[n];
    if (sources.isEmpty()
        && willing >= 0
        && (EventCoder.WILLING.contains(s.lemmas[willing]) || s.lemmas[willing].equals("OPEN"))
        && s.tags[willing].startsWith("JJ")
        && EventCoder.hasPreposition(s, n, List.of("TO", "FOR"))) {
      // "is open to talks with", "is ready for negotiations with": the act the subject is willing
      // to is its intent (036), as "is willing to hold talks" is
      sources.addAll(EventCoder.identified(subjectOf.apply(willing)));
      code = EventCoder.combine("03", code);
    }
    if (sources.isEmpty()) {
      int o = objectHolding(n);
      int v = s.head[o];
      if (v >= 0 && s.isVerb(v) && s.baseRelation[o].equals("obj")) {
        sources.addAll(EventCoder.identified(subjectOf.apply(v)));
      }
    }
    List<CodedEvent> out = new ArrayList<>(2);
    String rule = s.lemmas[n] + " [" + code + "] (noun)";
    for (CodedActor a : sources) {
      for (CodedActor b : targets) {
        if (!a.code().equals(b.code())) {
          out.add(new CodedEvent(a, b, code, n, rule));
        }
      }
    }
    return out;
  }

  /**
   * The noun phrase a noun completes as a verb's object, else the noun itself: "imposed a new round
   * of sanctions on Iran", "announced plans for tariffs on Japanese goods", "pledged 50 million
   * dollars in aid to Sudan" (an amount "in" what it is counted in). At most two steps up.
   */
  private int objectHolding(int n) {
    int t = n;
    for (int steps = 0; steps < 2 && !s.baseRelation[t].equals("obj"); steps++) {
      int h = s.head[t];
      if (h < 0
          || !s.tags[h].startsWith("NN")
          || !s.baseRelation[t].equals("nmod")
          || !(EventCoder.hasPreposition(s, t, List.of("OF", "FOR"))
              || (EventCoder.hasPreposition(s, t, List.of("IN")) && isAmount(h)))) {
        return n;
      }
      t = h;
    }
    return s.baseRelation[t].equals("obj") ? t : n;
  }

  /** Whether a noun is counted: "300 mln dlrs", "50 million dollars". */
  private boolean isAmount(int h) {
    for (Dependency d : s.dependents(h)) {
      if (d.relation().equals("nummod")) {
        return true;
      }
    }
    return false;
  }

  /** Adjectives that make a noun's event only possible or proposed, as "may" does a verb's. */
  private static final Set<String> POSSIBLE =
      Set.of("POSSIBLE", "PROPOSED", "POTENTIAL", "PROSPECTIVE", "PLANNED", "HYPOTHETICAL");

  /**
   * Whether a noun's event is only possible or proposed ("a possible Chilean-Peruvian summit
   * meeting", "proposed talks with Peru"): no act, as "may meet" is none.
   */
  private boolean isOnlyPossible(int n) {
    for (Dependency d : s.dependents(n)) {
      if (d.relation().equals("amod") && POSSIBLE.contains(s.words[d.dependent()])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The accusation a wrongdoing noun makes of its doer: the actor of its possessive, compound or
   * adjective ("Turkey's", "Russian"), else the actor its apposition names ("foreign interference,
   * particularly the intensification of Turkish support"); the accuser is the subject of the verb
   * of saying whose object or content it is, reached up through the clause it is the subject or
   * object of and the nouns it hangs on ("expressed concerns about Russian interference"). None
   * when the noun is denied ("no interference"), in a relative clause, or said by its doer's
   * country.
   */
  private List<CodedEvent> accusation(int n) {
    if (EventCoder.inRelativeClause(s, n, coder) || denied(n)) {
      return List.of();
    }
    List<CodedActor> doers = new ArrayList<>(2);
    for (Dependency d : s.dependents(n)) {
      String r = d.relation();
      int m = d.dependent();
      if (r.equals("nmod:poss") || ((r.equals("compound") || r.equals("amod")) && m < n)) {
        doers.addAll(EventCoder.identified(coder.code(m)));
      }
    }
    if (doers.isEmpty()) {
      for (Dependency d : s.dependents(n)) {
        if (d.relation().equals("appos")) {
          doers.addAll(EventCoder.identified(coder.code(d.dependent())));
        }
      }
    }
    int v = speechAbove(n);
    if (doers.isEmpty() || v < 0) {
      return List.of();
    }
    List<CodedEvent> out = new ArrayList<>(2);
    String rule = s.lemmas[n].toLowerCase(Locale.ROOT) + " [" + ACCUSE + "] (said of its doer)";
    for (CodedActor a : EventCoder.identified(subjectOf.apply(v))) {
      for (CodedActor b : doers) {
        if (!a.actorPart().equals(b.actorPart()) && speaksFor(a)) {
          out.add(new CodedEvent(a, b, ACCUSE, n, rule));
        }
      }
    }
    return out;
  }

  /** The verb of saying whose object or content the noun at {@code n} is, or -1. */
  private int speechAbove(int n) {
    int at = n;
    for (int steps = 0; steps < 4; steps++) {
      int up = s.head[at];
      String r = s.baseRelation[at];
      if (up < 0) {
        return -1;
      }
      boolean nominal = r.equals("obj") || r.equals("obl") || r.equals("nmod");
      if (SPEECH.contains(s.lemmas[up]) && s.isVerb(up) && (nominal || r.equals("ccomp"))) {
        return up;
      }
      // up through the clause it is the subject or object of, or the noun it hangs on
      boolean clause = r.startsWith("nsubj") && s.baseRelation[up].equals("ccomp");
      if (!(clause || (nominal && s.isNominal(up)) || (r.equals("obj") && s.isVerb(up)))) {
        return -1;
      }
      at = up;
    }
    return -1;
  }

  /**
   * Whether a subject's actor is the subject's own: named in it, or in its "of" or "from" modifier
   * ("the ambassador of France"), not in a partner's ("talks with NATO allies").
   */
  private boolean speaksFor(CodedActor a) {
    if (a.start() <= a.head()) {
      return true;
    }
    for (Dependency d : s.dependents(a.head())) {
      int[] range = s.phrase(d.dependent());
      if (range[0] <= a.start() && a.start() < range[1]) {
        return d.relation().equals("nmod:of") || d.relation().equals("nmod:from");
      }
    }
    return false;
  }

  /**
   * Words that end or undo what their object names, by lemma: "would lift tariffs on Japan", "the
   * easing of sanctions against Iran", "called for an end to the strikes on Syria" report no
   * tariffs, sanctions or strikes (and a lifting or easing is a yielding the verb dictionary codes
   * where it knows the pair).
   */
  private static final Set<String> UNDOING =
      Set.of(
          "LIFT",
          "EASE",
          "RELAX",
          "REMOVE",
          "SCRAP",
          "DROP",
          "END",
          "SUSPEND",
          "CANCEL",
          "REVOKE",
          "RESCIND",
          "REPEAL",
          "WAIVE",
          "HALT",
          "STOP",
          "ABANDON",
          "LIFTING",
          "EASING",
          "REMOVAL",
          "SUSPENSION",
          "CANCELLATION",
          "CESSATION");

  /**
   * Whether the noun at {@code n} is what a word of {@link #UNDOING} ends: that verb's object (or
   * passive subject), or the "of" or "to" complement of such a noun (or gerund: "the easing of").
   */
  private boolean undone(int n) {
    int up = s.head[n];
    if (up < 0 || !UNDOING.contains(s.lemmas[up])) {
      return false;
    }
    String r = s.relation[n];
    return r.equals("obj")
        || r.equals("nsubj:pass")
        || EventCoder.hasPreposition(s, n, List.of("OF", "TO"));
  }

  private boolean denied(int n) {
    for (int c : s.children(n)) {
      if (s.relation[c].equals("det") && s.lemmas[c].equals("NO")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun is an argument of a clause: the subject, object or oblique of a verb, an
   * adjective or a copular noun ("resumed US-Iraqi talks", "the US-Iraqi talks ended", "talks were
   * held"), or the sentence's root. One that only completes another noun ("expectations of a
   * US-Iraqi deal", "a view of US-Iraqi talks", "a breakthrough in the US-Iraqi deal") names the
   * act as a topic, not as one that took place.
   */
  private boolean isArgument(int n) {
    int t = n;
    while (s.baseRelation[t].equals("conj") && s.head[t] >= 0) {
      t = s.head[t]; // "held talks and a US-Iraqi summit": as its first conjunct
    }
    int h = s.head[t];
    String r = s.baseRelation[t];
    return h < 0
        || !(r.equals("nmod") || r.equals("compound") || r.equals("appos"))
        || !s.tags[h].startsWith("NN");
  }

  /** The nouns that report a mutual act, coded both ways between joint parties. */
  private static final Set<String> MUTUAL = Set.of("040", "041", "057");

  /**
   * A noun whose only parties are a hyphenated modifier ("US-Iraqi talks", "a joint Malian-French
   * operation"). A mutual act (talks, a meeting, a conversation, an agreement) gives each party
   * acting on each other one, as a compound subject of "meet" does. Any other act gives the parties
   * acting on the one among them that the sentence names as the place ("in Mali"): the CAMEO coding
   * of a foreign military operation in a country, with that country as its target, as "France's
   * military operation in Mali" is coded; with no such place, or several, nothing.
   */
  private List<CodedEvent> joint(int n, Entry e, List<CodedActor> parties) {
    String rule = s.lemmas[n] + " [" + e.code() + "] (noun, joint modifier)";
    List<CodedEvent> out = new ArrayList<>(2);
    if (MUTUAL.contains(e.code())) {
      if (!isArgument(n)) {
        return out;
      }
      for (CodedActor a : parties) {
        for (CodedActor b : parties) {
          if (a != b) {
            out.add(new CodedEvent(a, b, e.code(), n, rule));
          }
        }
      }
      return out;
    }
    Set<String> places = new java.util.HashSet<>();
    for (int h = 0; h < s.size(); h++) {
      for (Dependency d : s.dependents(h)) {
        if (d.relation().equals("nmod:in") || d.relation().equals("obl:in")) {
          for (CodedActor a : EventCoder.identified(coder.code(d.dependent()))) {
            places.add(a.actorPart());
          }
        }
      }
    }
    CodedActor host = null;
    for (CodedActor p : parties) {
      if (places.contains(p.actorPart())) {
        if (host != null) {
          return List.of();
        }
        host = p;
      }
    }
    if (host == null) {
      return List.of();
    }
    for (CodedActor p : parties) {
      if (p != host) {
        out.add(new CodedEvent(p, host, e.code(), n, rule));
      }
    }
    return out;
  }

  private boolean qualified(int n, Entry e) {
    if (e.qualifiers().isEmpty()) {
      return true;
    }
    for (int c : s.children(n)) {
      String r = s.baseRelation[c];
      if ((r.equals("amod") || r.equals("compound"))
          && e.qualifiers().contains(s.lemmas[c].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
