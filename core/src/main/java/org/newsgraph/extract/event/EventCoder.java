package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.tone.ToneScorer;

/**
 * A PETRARCH 2 style event coder over dependency parses: for each verb of a sentence that the verb
 * dictionary knows, the most specific of its block's patterns that matches (see {@link
 * PatternMatcher}) gives the event code and may place the source and target; otherwise the verb's
 * own code applies, with the source and target read off the parse. A pattern of particles only
 * ({@code - * TO}, {@code - * (WITH +)}) is for the verbs its comment names, the verbs it was
 * written for ({@code # HEAD}: "headed to", not "ordered ... to" of the same block), unless the
 * comment begins "any"; a pattern that names a noun is for every verb of its block.
 *
 * <p><b>Who acts and on whom.</b> Slots of the pattern that fired come first ({@code $} the source,
 * {@code +} the target, {@code %} a compound actor whose members act on one another). Otherwise the
 * source is the verb's subject ({@code nsubj}, a controlled subject {@code nsubj:xsubj}), or for a
 * passive verb its agent ({@code obl:agent}: "Libya was attacked by France"); the target is the
 * passive subject, else the first object ({@code obj}, {@code iobj}) that names an actor, else the
 * first oblique or the first noun phrase after the verb in its clause that does. Conjoined subjects
 * and objects each give an event ("France and Britain accused Turkey": two); a compound subject
 * with no target of a verb whose code is the same both ways ({@code MEET [031:031]}) acts on itself
 * pairwise ("Gondor and Osgiliath met"). Noun phrases are coded by {@link ActorCoder}: dictionary
 * actors, role words as agents ("French troops": {@code FRAMIL}), date-limited codes on the
 * sentence's date.
 *
 * <p><b>Verb interaction.</b> A verb coded as an appeal, intent, demand, refusal or threat governs
 * its complement ("pledged to help Libya", "urged Turkey to withdraw"): the complement's act is not
 * coded as done, it refines the upper verb's code instead (see {@code compose}).
 *
 * <p><b>Time and modality.</b> A meeting or visit still ahead ("will meet", "is to visit", "is
 * scheduled to meet") is an intent to meet (036); an act only possible or expected ("may lift", "is
 * expected to tell") is no act; nor is one in a clause of time that only dates the main event
 * ("before Nakasone leaves for Washington").
 *
 * <p><b>What is not coded.</b> A sentence with a discard phrase (sport, weather, ...); a negated
 * verb ("did not attack") or one whose subject or object is denied ("no country recognised", "sent
 * no troops"), unless the pattern that fired spells the negation itself; a code the dictionary
 * nulls ({@code [---]}); an event whose source or target is missing or the same actor code.
 *
 * <p>Thread-safe: immutable; each call works on its own sentence.
 */
public final class EventCoder {

  /** Clause relations whose tokens a verb's patterns do not reach into. */
  private static final List<String> OTHER_CLAUSES = List.of("conj", "parataxis", "advcl", "cc");

  /** Where a verb's target is not looked for: other clauses, reported ones included. */
  private static final List<String> NOT_THIS_CLAUSE =
      List.of("conj", "parataxis", "advcl", "cc", "ccomp", "csubj", "dep");

  /**
   * What {@code linked} answers for a token of a name the entity stage found and could give no
   * actor code or country ("the Paris Agreement", "Fridays for Future"): a dictionary actor that is
   * only part of such a name ("Paris") is not taken.
   */
  public static final String NOT_AN_ACTOR = "";

  private final EventDictionaries dictionaries;
  private final ActorDictionary actors;
  private final boolean requireDyad;

  /** Whether events reported by nouns ({@link NounEvents}) are coded too. */
  private final boolean nouns;

  /** Each pattern's word count and required words, by identity; read-only once built. */
  private final Map<VerbPattern, Specificity> specificity;

  /** How many words a pattern asks for, and those it cannot match without. */
  private record Specificity(
      int words, List<PatternElement.Word> required, Set<List<String>> writtenFor) {}

  /**
   * @throws NullPointerException when a dictionary is null
   */
  public EventCoder(EventDictionaries dictionaries, ActorDictionary actors) {
    this(dictionaries, actors, true);
  }

  /**
   * A coder that, with {@code requireDyad} false, also reports events with one side missing, the
   * missing actor coded {@code ---} (PETRARCH's {@code require_dyad = False}: "a senior official
   * said" gives {@code ---GOV ---}).
   *
   * @throws NullPointerException when a dictionary is null
   */
  public EventCoder(EventDictionaries dictionaries, ActorDictionary actors, boolean requireDyad) {
    this(dictionaries, actors, requireDyad, true);
  }

  /**
   * A coder as above that, with {@code nouns} false, codes verbs alone, as PETRARCH does: no events
   * reported by nouns ("Turkey's offer of help to Libya", see {@link NounEvents}).
   *
   * @throws NullPointerException when a dictionary is null
   */
  public EventCoder(
      EventDictionaries dictionaries, ActorDictionary actors, boolean requireDyad, boolean nouns) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.requireDyad = requireDyad;
    this.nouns = nouns;
    Map<VerbPattern, Specificity> facts = new IdentityHashMap<>();
    for (VerbBlock block : dictionaries.verbs().blocks()) {
      for (VerbPattern p : block.patterns()) {
        facts.put(
            p,
            new Specificity(
                PatternMatcher.words(p.before()) + PatternMatcher.words(p.after()),
                PatternMatcher.requiredWords(p),
                isParticlePattern(p) ? writtenFor(p, block) : Set.of()));
      }
    }
    this.specificity = facts;
    this.denominations = denominations(dictionaries.verbs());
  }

  /**
   * Units of money that a country's name before them only denominates ("12 mln Swiss francs", "the
   * Canadian dollar", "a 50 mln New Zealand dlr bond"): the units of the dictionary's {@code
   * &CURRENCY} synset, which lacks the franc and the mark, and the newswire's abbreviations.
   */
  private static Set<String> denominations(VerbDictionary verbs) {
    Set<String> out = new HashSet<>(NEWSWIRE_UNITS);
    verbs
        .synset("CURRENCY")
        .ifPresent(
            set -> {
              for (PatternElement m : set.members()) {
                if (m instanceof PatternElement.Word w && !MONEY.contains(w.text())) {
                  out.add(w.text());
                }
              }
            });
    return Set.copyOf(out);
  }

  /** Units of money &CURRENCY lacks, as news writes them. */
  private static final Set<String> NEWSWIRE_UNITS =
      Set.of("DLR", "DLRS", "STG", "FRANC", "MARK", "ECU");

  /** Members of &CURRENCY that are money in general, not a country's unit. */
  private static final Set<String> MONEY = Set.of("MONEY", "CASH");

  /** Units of money that a country's name before them only denominates (see denominations). */
  private final Set<String> denominations;

  private static final Set<String> PARTICLES =
      Set.of(
          "TO", "FOR", "ON", "IN", "AT", "WITH", "FROM", "INTO", "OFF", "OUT", "UP", "DOWN", "BACK",
          "OVER", "AWAY", "BY", "ABOUT", "AGAINST", "OF", "AS", "THROUGH", "AROUND", "ACROSS",
          "ONTO", "UPON", "TOWARD", "TOWARDS", "AFTER", "BEFORE", "BEHIND");

  private static boolean isParticlePattern(VerbPattern p) {
    List<PatternElement.Word> required = PatternMatcher.requiredWords(p);
    int words = PatternMatcher.words(p.before()) + PatternMatcher.words(p.after());
    return !required.isEmpty()
        && required.size() == words
        && required.stream().allMatch(w -> PARTICLES.contains(w.text()));
  }

  private static Set<List<String>> writtenFor(VerbPattern p, VerbBlock block) {
    if (p.comment().strip().startsWith("any ")) {
      return Set.of();
    }
    Set<String> named = new HashSet<>();
    for (String token : p.comment().split("[\\s,;]+")) {
      if (!token.isEmpty()) {
        named.add(token.startsWith("+") ? token.substring(1) : token);
      }
    }
    Set<List<String>> verbs = new HashSet<>();
    for (VerbEntry v : block.verbs()) {
      for (VerbForm f : v.forms()) {
        if (named.contains(String.join("_", f.words()))) {
          verbs.add(v.base().words());
        }
      }
    }
    return verbs;
  }

  /** A coder over the bundled dictionaries ({@code CAMEO.2.0.txt} and the Phoenix actors). */
  public static EventCoder standard() {
    return new EventCoder(EventDictionaries.standard(), ActorDictionary.standard());
  }

  /** The dictionaries it codes with. */
  public EventDictionaries dictionaries() {
    return dictionaries;
  }

  /**
   * The events of one parsed sentence.
   *
   * @param sentence the sentence, with its dependency parse (none: no events)
   * @param date the day the sentence speaks of, for date-limited actor codes, or null
   * @param linked for a token index, the actor code that the entity stage gave the entity the token
   *     names, {@link #NOT_AN_ACTOR} for a name with none, or null; actors the dictionaries do not
   *     know are taken from here; several codes separated by blanks for a phrase that stands for
   *     several actors ("the two countries")
   * @return the events in verb order, each (source, target, code) once
   * @throws NullPointerException when sentence or linked is null
   */
  public List<CodedEvent> code(Sentence sentence, LocalDate date, IntFunction<String> linked) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(linked, "linked");
    if (sentence.parse().isEmpty()) {
      return List.of();
    }
    ParsedSentence s = new ParsedSentence(sentence);
    if (dictionaries.discards().find(s.texts()).isPresent()) {
      return List.of();
    }
    ActorCoder coder = new ActorCoder(actors, s, date, linked, denominations);
    PatternMatcher matcher = new PatternMatcher(s, dictionaries.verbs());
    Map<String, CodedEvent> out = new LinkedHashMap<>();
    Map<Integer, Fired> fired = new HashMap<>();
    for (int v = 0; v < s.size(); v++) {
      if (!s.isVerb(v) || isAuxiliary(s, v)) {
        continue;
      }
      codeVerb(s, v, coder, matcher, out, fired);
    }
    if (!fired.isEmpty()) {
      List<CodedEvent> composed =
          ownClaims(s, compose(s, new ArrayList<>(out.values()), fired, coder), fired, coder);
      out.clear();
      for (CodedEvent e : composed) {
        add(out, e);
      }
    }
    for (CodedEvent e : attitudes(s, coder)) {
      if (!codedBetween(out, e.source().actorPart(), e.target().actorPart())) {
        add(out, e);
      }
    }
    if (nouns) {
      // the object of a verb not coded as an act ("may lift sanctions against Japan", "did not
      // impose sanctions") takes no source from it: it reports no act either
      NounEvents nounEvents =
          new NounEvents(s, coder, v -> unasserted(fired, v) ? List.of() : sources(s, v, coder));
      for (int n = 0; n < s.size(); n++) {
        for (CodedEvent e : nounEvents.code(n)) {
          String source = e.source().actorPart();
          String target = e.target().actorPart();
          if (e.code().equals(NounEvents.ACCUSE)) {
            // what was coded a plain statement (01) between them is this accusation
            out.values()
                .removeIf(
                    o ->
                        o.code().startsWith("01")
                            && o.source().actorPart().equals(source)
                            && o.target().actorPart().equals(target));
          }
          if (!refinesIntent(s, n, e, out, fired) && !codedBetween(out, source, target)) {
            add(out, e);
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The events of a sentence with no entity links. */
  public List<CodedEvent> code(Sentence sentence, LocalDate date) {
    return code(sentence, date, i -> null);
  }

  private void codeVerb(
      ParsedSentence s,
      int v,
      ActorCoder coder,
      PatternMatcher matcher,
      Map<String, CodedEvent> out,
      Map<Integer, Fired> fired) {
    VerbDictionary verbs = dictionaries.verbs();
    Found found = verbAt(s, v, verbs);
    if (found == null || inRelativeClause(s, v, coder)) {
      return;
    }
    boolean[] scope = s.subtree(v, OTHER_CLAUSES);
    for (int i = 0; i < found.end; i++) {
      scope[i] = false;
    }
    boolean[] patternScope = withoutClausesOnNouns(s, scope, verbs);
    Matched matched = mostSpecific(found, matcher, found.end, patternScope, false);
    boolean passiveObject = false;
    if (matched == null && s.isPassive(v)) {
      matched = passivePattern(s, v, found, matcher);
      passiveObject = matched != null;
    }
    VerbPattern best = matched == null ? null : matched.pattern();
    PatternMatcher.Bindings bound = matched == null ? null : matched.bound();
    // what a statement judges, read once: without a pattern, or for an evaluating verb
    String evaluation =
        best == null || EVALUATING.contains(s.lemmas[v]) ? evaluation(s, v, coder, verbs) : null;
    if (best != null && evaluation != null) {
      // "described the US sanctions as economic terrorism": a judgement of the object is what
      // the statement does, whatever a pattern on the object's words says ("* SANCTIONS")
      best = null;
      bound = null;
    }
    VerbCode code = best == null ? found.entry.code() : best.code();
    if (best == null && s.lemmas[v].equals("AGREE") && hasVerbComplement(s, v)) {
      // "agreed to move its embassy": CAMEO.2.0.txt codes AGREE 050, but agreeing to do
      // something is undertaking to do it, the codebook's intent (03)
      code = VerbCode.of("030");
    }
    if (best == null
        && code.isNone()
        && s.lemmas[v].equals("RECEIVE")
        && receivesOfficial(s, v, coder)) {
      // "Putin received Erdogan", "Macron was received by Merkel": RECEIVE is [---] but for its
      // patterns, which make receiving a leader, envoy, minister or ambassador hosting a visit
      // (043:042); a government's or leader's person received is one
      code = new VerbCode("043", "042");
    }
    if (best == null
        && s.lemmas[v].equals("SEEK")
        && code.equals(VerbCode.of("030"))
        && !hasVerbComplement(s, v)) {
      // "sought access to the Korean market": CAMEO.2.0.txt codes SEEK 030, which is seeking to
      // do something ("seek to reactivate", an intent); seeking something of another, for which
      // its patterns give 02x (aid 023, talks 026), is the codebook's request (020)
      code = VerbCode.of("020");
    }
    if (best == null && s.lemmas[v].equals("TELL") && hasObject(s, v) && hasVerbComplement(s, v)) {
      // "told Japan to resolve the row": telling someone to act is the codebook's demand (10),
      // and "... or face a deterioration", "or risk sanctions" an ultimatum, a threat (13); the
      // complement then refines it, as for any demand (see compose)
      code = VerbCode.of(isUltimatum(s, v) ? "130" : "100");
    }
    if (best == null) {
      if (evaluation != null) {
        // "called the sanctions unacceptable", "said Turkey's conduct was unacceptable": a
        // statement is coded by what it does (the codebook's criticism or praise), not as a call
        // or a plain statement
        code = VerbCode.of(evaluation);
      } else if (s.lemmas[v].equals("CALL") && !hasObject(s, v) && !hasPartner(s, v, coder)) {
        // CALL alone is a telephone call (041) to its object; with none ("called for currencies
        // to be stabilized", parsed without its "for"), no one was called
        return;
      }
    }
    if (code.isNone()) {
      return;
    }
    if (code.forward() != null
        && code.forward().equals("030")
        && code.reverse() == null
        && asksAnotherToAct(s, v, coder)) {
      // "France wants Germany to raise spending": an intent for another to act is no intent of
      // the subject's own, it asks the other to act, the codebook's appeal (02); the complement
      // then refines it as an appeal's (see compose)
      code = VerbCode.of("020");
    }
    if (isPossibility(s, v, coder)) {
      // "may lift sanctions", "is expected to tell": a possibility or an expectation is no act,
      // and what it governs is none either, as for a negation
      fired.put(v, new Fired(code, "", true, v));
      return;
    }
    if (isConditional(s, v)) {
      // "asked if Chile would retaliate", "if Peru decides to attack", "would buy Peruvian oil if
      // prices fell": a condition, a question or what depends on a condition is no act
      fired.put(v, new Fired(code, "", true, v));
      return;
    }
    if (inTimeClause(s, v, isConsult(code))) {
      // "before Nakasone leaves for Washington", "as Abe was holding meetings": an act that only
      // dates the main event is background to it
      fired.put(v, new Fired(code, "", true, v));
      return;
    }
    if (isNegated(s, v)
        && (best == null
            || !(matcher.spellsNegation(best.before(), 0)
                || matcher.spellsNegation(best.after(), 0)))) {
      fired.put(v, new Fired(code, "", true, v));
      return;
    }
    String rule = best == null ? found.entry.base() + " [" + code + "]" : best.rule();
    fired.put(v, new Fired(code, rule, false, v));
    if (bound == null) {
      bound = new PatternMatcher.Bindings();
    }
    List<CodedActor> sources;
    List<CodedActor> targets;
    if (bound.compound >= 0 && bound.compound < v) {
      sources = coder.codeCoordination(bound.compound);
      targets = sources;
    } else if (bound.compound >= 0) {
      sources = sources(s, v, coder);
      targets = coder.codeCoordination(bound.compound);
    } else {
      sources = bound.source >= 0 ? coder.codeCoordination(bound.source) : sources(s, v, coder);
      targets =
          bound.target >= 0
              ? coder.codeCoordination(bound.target)
              : targets(s, v, coder, scope, ownCountries(sources), code);
      if (passiveObject) {
        // the subject is what was acted on, not a party: "a UN-brokered deal was signed by"
        targets = List.of();
      }
      // "Ankara and Moscow postponed the talks": a verb coded the same both ways, with
      // coordinated subjects and no actor as its object, is between the subjects
      if (sources.size() > 1
          && bound.source < 0
          && bound.target < 0
          && code.forward() != null
          && (code.forward().equals(code.reverse())
              || (code.reverse() == null
                  && (isMutual(code.forward()) || isReciprocal(s, v, code))
                  && !s.isPassive(v)
                  && !hasPartner(s, v, coder)
                  && (best != null || !hasObject(s, v))))
          && !hasActorObject(s, v, coder)) {
        targets = sources;
      }
      if (sources.size() > 1
          && best == null
          && bound.source < 0
          && bound.target < 0
          && isAgreementAmong(s, v, coder, sources)) {
        targets = sources;
      }
    }
    if (targets.isEmpty() && isStatement(code)) {
      targets = frontedReportAbout(s, v, coder, sources, out);
    }
    if (best == null && isMilitaryDeparture(s, v, code, sources)) {
      // "U.S. troops left Iraq": armed forces leaving a country withdraw from it, the codebook's
      // 0874 (retreat militarily), not the trip that CAMEO.2.0.txt's GO_SOMEWHERE [040] codes
      code = VerbCode.of("0874");
      rule = rule + " + armed forces [0874]";
      if (isScheduled(s, v)) {
        // "US troops will leave Syria", "would be leaving": a withdrawal ahead is the codebook's
        // intent to de-escalate military engagement
        code = VerbCode.of("0356");
        rule = rule + " + ahead [0356]";
      }
    }
    if (isConsult(code) && isScheduled(s, v)) {
      // "will meet", "is to visit", "is scheduled to meet": the meeting has not taken place; the
      // codebook's 036, intent to meet or negotiate ("plans to meet" is composed so, see compose),
      // stated by the subject: both ways only between coordinated subjects ("Japan and the US will
      // hold talks"), not towards a partner ("Reagan will hold talks with Nakasone")
      code = intentToMeet(code, targets == sources);
      rule = rule + " + scheduled [" + code + "]";
    } else if (isPromisable(code) && isScheduled(s, v) && !hasFutureModal(s, v)) {
      // "is to provide Togo with aid", "is due to sign": cooperation announced for later is
      // the intent to it (033, 032), as "pledged to" is (see combine)
      code = VerbCode.of(combine("03", code.forward()));
      rule = rule + " + ahead [" + code.forward() + "]";
    }
    if (!requireDyad && (sources.isEmpty() != targets.isEmpty())) {
      CodedActor none = new CodedActor(found.start, found.end, v, "---");
      sources = sources.isEmpty() ? List.of(none) : sources;
      targets = targets.isEmpty() ? List.of(none) : targets;
    }
    for (CodedActor a : sources) {
      for (CodedActor b : targets) {
        if (a.code().equals(b.code()) || (requireDyad && !(a.isIdentified() || b.isIdentified()))) {
          continue;
        }
        if (best == null && isContest(s, v, a, b)) {
          continue;
        }
        boolean named = !coder.isOrigin(a) && !coder.isOrigin(b);
        if (code.forward() != null && (named || !isMaterialCooperation(code.forward()))) {
          add(out, new CodedEvent(a, b, code.forward(), v, rule));
        }
        if (code.reverse() != null && (named || !isMaterialCooperation(code.reverse()))) {
          add(out, new CodedEvent(b, a, code.reverse(), v, rule));
        }
      }
    }
  }

  /**
   * Whether a code is material cooperation (06: trade, economic and military cooperation) or the
   * provision of aid (07: economic, military, humanitarian aid), where a country adjective on a
   * thing is the origin of goods, not a party ("Japan imported Brazilian soybeans", "Japanese
   * crushers bought U.S. corn", "a Japanese consortium will supply generators to an Argentine
   * project"): such an event needs actors that are no mere origin ({@link ActorCoder#isOrigin}).
   * Sanctions and tariffs on a country's goods (16) are acts on the country and keep it.
   */
  private static boolean isMaterialCooperation(String code) {
    return code.startsWith("06") || code.startsWith("07");
  }

  /**
   * Whom a statement is about when what is stated comes before the verb and reports no event of its
   * own: "Mexico's wheat harvest is forecast at four mln tonnes, the U.S. Agriculture Department's
   * attache said" is the attache's statement on Mexico (01), as a statement with the report after
   * the verb is ("said Mexico's harvest was forecast at"). The actors of the fronted clause's
   * subject, not the speaker's own country; none when a verb of that clause was coded as an event
   * ("Iraq attacked Iran, Iranian officials said": the attack is what is reported, the speakers
   * only its source).
   */
  private static List<CodedActor> frontedReportAbout(
      ParsedSentence s,
      int v,
      ActorCoder coder,
      List<CodedActor> sources,
      Map<String, CodedEvent> out) {
    if (identified(sources).isEmpty()) {
      return List.of();
    }
    for (Dependency d : s.dependents(v)) {
      int c = d.dependent();
      if (!d.baseRelation().equals("ccomp") || c > v || hasChild(s, c, "mark", "TO")) {
        // not a fronted report, or no clause of its own ("... to preserve its defense effort",
        // a quotation the parser cut at its infinitive)
        continue;
      }
      boolean[] reported = s.subtree(c, List.of());
      for (CodedEvent e : out.values()) {
        if (reported[e.verb()]) {
          return List.of();
        }
      }
      List<Integer> subjects = new ArrayList<>(2);
      for (Dependency e : s.dependents(c)) {
        if (e.relation().equals("nsubj") || e.relation().equals("nsubj:pass")) {
          subjects.add(e.dependent());
        }
      }
      return notOwn(identified(coder.coordinated(subjects)), ownCountries(sources));
    }
    return List.of();
  }

  /** A verb pattern that matched, with the slot heads it bound. */
  private record Matched(VerbPattern pattern, PatternMatcher.Bindings bound) {}

  /**
   * The most specific of the verb's patterns that matches, its elements after the verb looked for
   * from {@code after} within {@code scope}; with {@code slotFree}, only patterns with nothing
   * before the verb that bind no actor slot. Null when none matches.
   */
  private Matched mostSpecific(
      Found found, PatternMatcher matcher, int after, boolean[] scope, boolean slotFree) {
    Matched best = null;
    int bestWords = -1;
    for (VerbPattern p : dictionaries.verbs().block(found.entry).patterns()) {
      Specificity facts = specificity.get(p);
      int words = facts.words();
      if (words <= bestWords
          || !matcher.mayMatch(facts.required())
          || (slotFree && !p.before().isEmpty())
          || (!facts.writtenFor().isEmpty()
              && !facts.writtenFor().contains(found.entry.base().words()))) {
        continue;
      }
      PatternMatcher.Bindings b = matcher.match(p, found.start, after, scope);
      if (b != null && (!slotFree || (b.source < 0 && b.target < 0 && b.compound < 0))) {
        best = new Matched(p, b);
        bestWords = words;
      }
    }
    return best;
  }

  /**
   * The most specific pattern of a passive verb that its subject fulfils as the object of the
   * active ("The treaty was signed by France and Germany": SIGN's {@code - * &TREATY}), or null.
   * Only patterns that bind no actor slot count: the actors of a passive are its agent and subject,
   * as for the verb's own code.
   */
  private Matched passivePattern(ParsedSentence s, int v, Found found, PatternMatcher matcher) {
    int subject = -1;
    for (Dependency d : s.dependents(v)) {
      if (d.relation().equals("nsubj:pass")) {
        subject = d.dependent();
      }
    }
    if (subject < 0 || subject > v) {
      return null;
    }
    int[] range = s.phrase(subject);
    boolean[] asObject = new boolean[s.size()];
    for (int i = range[0]; i < range[1]; i++) {
      asObject[i] = true;
    }
    return mostSpecific(found, matcher, range[0], asObject, true);
  }

  /**
   * Whether a verb reports a contest's result, not an attack: "beat" between two states named by
   * their country or a city alone ("Gondor beat Rohan 2-0", "Minas Tirith beat Edoras"), which is
   * sport; beating people, an attack (18x), names them or their role ("police beat protesters").
   */
  private static boolean isContest(ParsedSentence s, int v, CodedActor a, CodedActor b) {
    return s.lemmas[v].equals("BEAT") && a.code().length() == 3 && b.code().length() == 3;
  }

  /** Verbs that link a subject to an adjective that says how it is: "has grown impatient". */
  private static final Set<String> LINKING =
      Set.of("BE", "GROW", "BECOME", "REMAIN", "SEEM", "APPEAR", "FEEL", "GET");

  /** Prepositions after an adjective of attitude that name what it is about. */
  private static final List<String> ABOUT = List.of("WITH", "AT", "OVER", "ABOUT", "BY");

  /**
   * Attitudes stated of an actor towards another's: a predicate adjective that weighs negative in
   * the AFINN list, with what it is about after "with", "at", "over", "about" or "by" ("Britain has
   * grown increasingly impatient with Japanese trade practices", "France is not happy with Turkey's
   * role"), is the subject's disapproval of the actor that is or owns it (111). Not in a relative
   * or background clause; "not" turns the weight round.
   */
  private static List<CodedEvent> attitudes(ParsedSentence s, ActorCoder coder) {
    List<CodedEvent> out = new ArrayList<>(1);
    for (int a = 0; a < s.size(); a++) {
      if (!(s.tags[a].equals("JJ") || s.tags[a].equals("VBN")) || weight(s, a) >= 0) {
        continue;
      }
      int subject;
      if (hasChild(s, a, "cop")) {
        subject = subjectOf(s, a);
      } else if (s.baseRelation[a].equals("xcomp")
          && s.head[a] >= 0
          && LINKING.contains(s.lemmas[s.head[a]])) {
        subject = subjectOf(s, s.head[a]);
      } else {
        continue;
      }
      if (subject < 0 || inRelativeClause(s, a, coder)) {
        continue;
      }
      for (int c : s.children(a)) {
        if (!(s.baseRelation[c].equals("obl") || s.baseRelation[c].equals("nmod"))
            || !hasPreposition(s, c, ABOUT)
            || !ownsActor(s, c, coder)) {
          continue;
        }
        String rule = s.lemmas[a].toLowerCase(Locale.ROOT) + " [" + CRITICIZE + "] (attitude)";
        for (CodedActor from : identified(coder.codeCoordination(subject))) {
          for (CodedActor to : identified(coder.code(c))) {
            if (!from.actorPart().equals(to.actorPart())) {
              out.add(new CodedEvent(from, to, CRITICIZE, a, rule));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Words of diplomatic condemnation that the AFINN list, made for everyday English, does not weigh
   * ("called the claims unlawful", "described the charges as baseless"); they weigh as its
   * "illegal" and "unacceptable" do.
   */
  private static final Set<String> CONDEMNING =
      Set.of(
          "UNLAWFUL",
          "BASELESS",
          "GROUNDLESS",
          "UNFOUNDED",
          "ABSURD",
          "PROVOCATIVE",
          "DESTABILIZING",
          "DESTABILISING",
          "PROVOCATION",
          "INTERFERENCE",
          "INTERFERE",
          "MEDDLE",
          "UNFAIRLY",
          "UNDULY");

  /** What others claim, which an evaluating verb that judges it false dismisses. */
  private static final Set<String> CLAIMS =
      Set.of("CLAIM", "ACCUSATION", "ALLEGATION", "CHARGE", "REPORT", "ASSERTION", "STATEMENT");

  /** Verbs that say what their object is: "called the move a provocation". */
  private static final Set<String> EVALUATING =
      Set.of(
          "CALL",
          "DESCRIBE",
          "TERM",
          "LABEL",
          "BRAND",
          "DUB",
          "CHARACTERIZE",
          "CHARACTERISE",
          "CONSIDER",
          "DEEM");

  /**
   * Verbs of saying whose content may be a judgement: "said Turkey's conduct was unacceptable",
   * "told reporters that Russia's claim was false" (to whom it is told is only its audience).
   */
  private static final Set<String> SAYING =
      Set.of("SAY", "STATE", "ADD", "DECLARE", "INSIST", "TELL");

  /** Criticize or denounce, and praise or endorse. */
  private static final String CRITICIZE = "111";

  private static final String PRAISE = "051";

  /**
   * The code of a judgement a verb states of another's actor or deed, or null. A verb of {@link
   * #EVALUATING} with an object that is or owns an actor (see {@link #ownsActor}) and a predicate
   * on it ("called the sanctions unacceptable", "described Turkey's actions as illegal") criticizes
   * (111) when the predicate's words weigh negative in the AFINN list, praises (051) when positive,
   * and is otherwise a plain statement (010) for CALL and DESCRIBE, never a phone call, and nothing
   * new for the others. A verb of {@link #SAYING} whose reported clause judges its subject
   * negatively ("Turkey's behaviour was unacceptable") criticizes the subject's actor; a positive
   * one is left a statement, as praise said of a country is as often of its economy. "Not" before
   * the predicate turns it round.
   */
  private static String evaluation(
      ParsedSentence s, int v, ActorCoder coder, VerbDictionary verbs) {
    String lemma = s.lemmas[v];
    if (EVALUATING.contains(lemma)) {
      int object = -1;
      int predicate = -1;
      for (Dependency d : s.dependents(v)) {
        String r = d.relation();
        int c = d.dependent();
        if (r.equals("obj")) {
          object = c;
        } else if (r.equals("xcomp")
            || r.equals("obl:as")
            || r.equals("nmod:as")
            || (r.startsWith("advcl")
                && (hasChild(s, c, "mark", "AS") || hasPreposition(s, c, List.of("AS"))))) {
          predicate = c;
        }
      }
      if (object < 0 && predicate >= 0) {
        // "called [the sanctions unacceptable]": the object is the subject of a small clause
        object = subjectOf(s, predicate);
      }
      if (object >= 0
          && predicate < 0
          && hasChild(s, object, "compound")
          && ToneScorer.valence(s.texts().get(object)) != 0) {
        // "called Trump's remarks racist", parsed as one noun "remarks racist": a last word that
        // judges is the predicate
        predicate = object;
      }
      if (object < 0
          || !ownsActor(s, object, coder)
          || predicate < object
          || !(s.tags[predicate].startsWith("JJ") || s.tags[predicate].startsWith("NN"))) {
        // "called Erdogan to discuss Syria" is a call
        return null;
      }
      int weight = weight(s, predicate);
      if (weight < 0 && CLAIMS.contains(s.lemmas[object])) {
        // "described the US accusations as baseless": dismissing another's claim rejects it
        return "120";
      }
      return weight < 0
          ? CRITICIZE
          : weight > 0 ? PRAISE : lemma.equals("CALL") || lemma.equals("DESCRIBE") ? "010" : null;
    }
    if (SAYING.contains(lemma)) {
      for (Dependency d : s.dependents(v)) {
        int c = d.dependent();
        if (!d.relation().equals("ccomp")) {
          continue;
        }
        int subject = subjectOf(s, c);
        if (subject >= 0
            && ownsActor(s, subject, coder)
            && (hasChild(s, c, "cop") ? weight(s, c) < 0 : isReproach(s, c, verbs))) {
          return CRITICIZE;
        }
      }
    }
    return null;
  }

  /** Verbs AFINN weighs negative whose subject undergoes, not does, what they say. */
  private static final Set<String> UNDERGOING =
      Set.of(
          "LOSE",
          "SUFFER",
          "DIE",
          "STRUGGLE",
          "FEAR",
          "WORRY",
          "LACK",
          "MISS",
          "COLLAPSE",
          "CRASH",
          "HURT",
          "MOURN",
          "GRIEVE",
          "REGRET",
          "PANIC",
          "WARN");

  /**
   * Whether a reported act is a reproach to its doer: a verb the dictionary does not code, in the
   * active voice, that weighs negative in the AFINN list ("said Japan had failed to keep the
   * accord"; not "had lost money", which the subject undergoes) or is done in a manner that does
   * ("is unduly influencing", "is behaving like a bully"). A reported act the dictionary codes is
   * coded as the event ("said Iraq attacked Iran").
   */
  private static boolean isReproach(ParsedSentence s, int c, VerbDictionary verbs) {
    if (!s.tags[c].startsWith("VB") || s.isPassive(c) || UNDERGOING.contains(s.lemmas[c])) {
      return false;
    }
    Found found = verbAt(s, c, verbs);
    if (found != null && !found.entry.code().isNone()) {
      return false;
    }
    if (weight(s, c) <= -2) {
      return true;
    }
    for (int m : s.children(c)) {
      if (s.relation[m].equals("advmod") && weight(s, m) < 0
          || s.baseRelation[m].equals("obl")
              && hasPreposition(s, m, List.of("LIKE"))
              && weight(s, m) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The subject ({@code nsubj}, {@code nsubj:pass}) of a clause or small clause, or -1. */
  private static int subjectOf(ParsedSentence s, int clause) {
    int subject = -1;
    for (Dependency d : s.dependents(clause)) {
      if (d.relation().startsWith("nsubj")) {
        subject = d.dependent();
      }
    }
    return subject;
  }

  /** The AFINN weight of a predicate: its head's, else its modifiers'; "not" turns it round. */
  private static int weight(ParsedSentence s, int predicate) {
    int w = ToneScorer.valence(s.texts().get(predicate));
    if (w == 0) {
      w = ToneScorer.valence(s.lemmas[predicate]);
    }
    if (w == 0 && CONDEMNING.contains(s.lemmas[predicate])) {
      w = -2;
    }
    if (w == 0) {
      for (int c : s.children(predicate)) {
        String r = s.relation[c];
        if (r.equals("amod") || r.equals("compound") || r.equals("advmod")) {
          w += ToneScorer.valence(s.texts().get(c));
        }
      }
    }
    for (int c : s.children(predicate)) {
      if (s.lemmas[c].equals("NOT")
          || s.lemmas[c].equals("NEVER")
          || s.texts().get(c).equals("n't")) {
        w = -w;
      }
    }
    return w;
  }

  private static boolean hasChild(ParsedSentence s, int h, String relation) {
    return hasChild(s, h, relation, null);
  }

  /**
   * Whether {@code h} has a child by {@code relation} (whose lemma is {@code lemma}, unless null).
   */
  private static boolean hasChild(ParsedSentence s, int h, String relation, String lemma) {
    for (int c : s.children(h)) {
      if (s.relation[c].equals(relation) && (lemma == null || s.lemmas[c].equals(lemma))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun phrase is an actor or an actor's ("Turkey", "Turkey's behaviour", "the Turkish
   * deployment"), not a thing an actor is only placed in ("the situation in Iraq").
   */
  private static boolean ownsActor(ParsedSentence s, int head, ActorCoder coder) {
    for (CodedActor a : identified(coder.code(head))) {
      for (int t = a.start(); t < a.end(); t++) {
        String r = s.relation[t];
        if (t == head
            || (s.head[t] == head
                && (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of leaving a place, which CAMEO.2.0.txt codes as a trip (GO_SOMEWHERE 040). */
  private static final List<String> LEAVING = List.of("LEAVE", "DEPART");

  /**
   * Whether a verb of leaving coded as a trip (040) has a place left as its object and armed forces
   * alone as its subjects ("French troops left Mali", "the soldiers will leave Syria").
   */
  private static boolean isMilitaryDeparture(
      ParsedSentence s, int v, VerbCode code, List<CodedActor> sources) {
    if (!"040".equals(code.forward()) || !LEAVING.contains(s.lemmas[v]) || sources.isEmpty()) {
      return false;
    }
    for (CodedActor a : sources) {
      if (!(a.code().length() >= 6 && a.code().startsWith("MIL", 3))) {
        return false;
      }
    }
    return hasObject(s, v);
  }

  /** Modal auxiliaries of the future ("will", "'ll", "would", "shall"), as lemmatised. */
  private static final List<String> FUTURE_MODALS = List.of("WILL", "WOULD", "SHALL");

  /** Words whose infinitive complement is a scheduled act ("is scheduled to meet"). */
  private static final List<String> SCHEDULING = List.of("SCHEDULE", "SET", "DUE", "SLATE");

  /** Modal auxiliaries of possibility ("may lift", "might attack"). */
  private static final List<String> POSSIBILITY_MODALS = List.of("MAY", "MIGHT", "SHOULD");

  /** Adjectives of likelihood whose complement is only expected ("is likely to visit"). */
  private static final List<String> LIKELIHOODS = List.of("LIKELY", "UNLIKELY");

  /** Roots of cooperation whose act ahead is an intent: diplomatic, material, aid, yielding. */
  private static final List<String> PROMISABLE = List.of("05", "06", "07", "08");

  /** Whether a code is cooperation that can be stated as an intent ({@link #PROMISABLE}). */
  private static boolean isPromisable(VerbCode code) {
    return code.forward() != null && PROMISABLE.contains(code.forward().substring(0, 2));
  }

  /** Whether a verb has a future modal ("will", "would", "shall") of its own. */
  private static boolean hasFutureModal(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (c < v && s.relation[c].equals("aux") && FUTURE_MODALS.contains(s.lemmas[c])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a code is a consultation, the CAMEO root 04 (meet, visit, hold talks). */
  private static boolean isConsult(VerbCode code) {
    return code.forward() != null && code.forward().startsWith("04");
  }

  /**
   * Whether a verb's act lies ahead as stated: under a future modal ("will meet", "would visit",
   * "'ll", "shall"), "be to" ("is to visit"), or as the complement of "scheduled", "set", "due",
   * "slated" ("was scheduled to meet").
   */
  private static boolean isScheduled(ParsedSentence s, int v) {
    if (hasFutureModal(s, v)) {
      return true;
    }
    boolean be = false;
    boolean to = false;
    for (int c : s.children(v)) {
      if (c < v && s.relation[c].equals("aux")) {
        be |= s.lemmas[c].equals("BE");
      }
      to |= c < v && s.relation[c].equals("mark") && s.words[c].equals("TO");
    }
    if (be && to) {
      return true;
    }
    int h = s.head[v];
    return h >= 0
        && (s.baseRelation[v].equals("xcomp") || s.baseRelation[v].equals("ccomp"))
        && to
        && SCHEDULING.contains(s.lemmas[h]);
  }

  /**
   * The code of an intent to meet that a scheduled consultation is: 036 from the source, and from
   * the target only where the act is the same both ways ("will hold talks" {@code [046:046]}) and
   * both are among the verb's coordinated subjects ({@code between}): a partner named after "with"
   * states no intent; the host's side of a visit ({@code 043}) is no intent of the host's.
   */
  private static VerbCode intentToMeet(VerbCode code, boolean between) {
    boolean both = between && code.reverse() != null && code.reverse().equals(code.forward());
    return new VerbCode("036", both ? "036" : null);
  }

  /**
   * Whether a verb states only a possibility or an expectation, itself or through the verbs or
   * adjectives it complements ("may lift", "might attack", "may be able to lift", "is expected to
   * tell", "is likely to visit", "is unlikely to import"), or an obligation ("should support": what
   * someone thinks ought to be done), which the labelling guidelines do not code. A modal counts
   * where its clause's subject names an actor, whose act is the one only possible ("the U.S. may be
   * able to lift"); one with a circumstance as subject ("Resumption of ties may spur reconciliation
   * between ...") is left to the verb's patterns, as PETRARCH codes it. Not "might have
   * encouraged": a possible past act is a report of it. Not "could", which is as often the past of
   * "can" ("could not agree") or the content of a hope ("hoped the United States could lift
   * sanctions": an intent).
   */
  private static boolean isPossibility(ParsedSentence s, int v, ActorCoder coder) {
    int t = v;
    for (int steps = 0; steps < 4 && t >= 0; steps++) {
      boolean modal = false;
      boolean perfect = false;
      boolean passive = false;
      boolean actor = false;
      for (int c : s.children(t)) {
        if (c < t && s.relation[c].equals("aux")) {
          modal |= POSSIBILITY_MODALS.contains(s.lemmas[c]);
          perfect |= s.lemmas[c].equals("HAVE");
        }
        passive |= s.relation[c].equals("aux:pass");
        actor |= s.baseRelation[c].equals("nsubj") && qualifiedByActor(s, c, coder);
      }
      if (modal && !perfect && actor) {
        return true;
      }
      if (t != v && passive && s.lemmas[t].equals("EXPECT")) {
        return true;
      }
      if (t != v && LIKELIHOODS.contains(s.lemmas[t])) {
        // "is likely to visit", "is unlikely to import": an expectation, as "is expected to"
        return true;
      }
      if (!s.baseRelation[t].equals("xcomp")) {
        return false;
      }
      t = s.head[t];
    }
    return false;
  }

  /** Subordinators of a condition or an indirect question ("if", "whether", "unless"). */
  private static final List<String> CONDITION_MARKS = List.of("IF", "WHETHER", "UNLESS");

  /**
   * Whether a verb's act is only supposed: the verb opens a clause of condition or an indirect
   * question ("if Peru attacks", "asked whether Chile would retaliate", "unless Bolivia pays"), or,
   * under a modal, has a condition on it ("would buy Peruvian copper if prices fell": the
   * consequent; "Asked if ..., Chile said" is no condition on the saying), itself or through the
   * verb it complements or is coordinated with ("if Peru changes course and decides to attack").
   * Not "even if" and "as if", whose clause is asserted or a comparison.
   */
  private static boolean isConditional(ParsedSentence s, int v) {
    int t = v;
    for (int steps = 0; steps < 6 && t >= 0; steps++) {
      for (int c : s.children(t)) {
        if (c < t && s.relation[c].equals("mark") && opensCondition(s, c)) {
          return true;
        }
        if (s.baseRelation[c].equals("advcl") && hasModal(s, t)) {
          for (int m : s.children(c)) {
            if (m < c
                && s.relation[m].equals("mark")
                && !s.words[m].equals("WHETHER")
                && opensCondition(s, m)) {
              return true;
            }
          }
        }
      }
      if (!(s.baseRelation[t].equals("xcomp") || s.baseRelation[t].equals("conj"))) {
        return false;
      }
      t = s.head[t];
    }
    return false;
  }

  /** Whether a verb has a modal auxiliary ("would buy", "will protest", "could damage"). */
  private static boolean hasModal(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (c < v && s.relation[c].equals("aux") && s.tags[c].equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a subordinator opens a condition or a question, not "even if" or "as if". */
  private static boolean opensCondition(ParsedSentence s, int m) {
    return CONDITION_MARKS.contains(s.words[m])
        && !(m > 0 && (s.words[m - 1].equals("EVEN") || s.words[m - 1].equals("AS")));
  }

  /** Subordinators of a clause whose act has not happened by the time of the main event. */
  private static final List<String> NOT_YET_MARKS = List.of("BEFORE", "UNTIL", "TILL", "ONCE");

  /** Subordinators of a clause at the same time as the main event. */
  private static final List<String> MEANWHILE_MARKS = List.of("AS", "WHILE", "WHEN", "WHENEVER");

  /**
   * Whether a verb is in a subordinate clause of time that only dates the main event, or in a
   * clause under one: opened ({@code mark}, or "when" as {@code advmod}) by "before", "until",
   * "once" or "as soon as", whose act has not happened by then ("before France criticized Egypt");
   * or by "as", "while" or "when" for a meeting or trip ({@code consult}: "as Abe was holding
   * Senate meetings", "when he arrives for talks"), where other acts are as often asserted
   * alongside ("as India prepared to send a flotilla", labelled; "while Russia backs Syria"). Not
   * "after", whose clause the labels code as an event asserted ("after Trump had a phone
   * conversation with Erdogan").
   */
  private static boolean inTimeClause(ParsedSentence s, int v, boolean consult) {
    int t = v;
    for (int steps = 0; steps < 30 && s.head[t] >= 0; steps++) {
      for (int c : s.children(t)) {
        String r = s.relation[c];
        String w = s.words[c];
        boolean soon = w.equals("AS") && c > 0 && s.words[c - 1].equals("SOON");
        if (c < t
            && (NOT_YET_MARKS.contains(w) || soon || (consult && MEANWHILE_MARKS.contains(w)))
            && (r.equals("mark") || (r.equals("advmod") && w.startsWith("WHEN")))) {
          return true;
        }
      }
      t = s.head[t];
    }
    return false;
  }

  /** Whether a verb was not coded as an act: negated, only possible, or background. */
  private static boolean unasserted(Map<Integer, Fired> fired, int v) {
    Fired f = fired.get(v);
    return f != null && f.unasserted();
  }

  /**
   * Whether a subject names an actor by its head or by the words that qualify it: "Chile", "Chilean
   * consumers", "the U.S. Navy", "Chile's leaders"; not a circumstance whose complement names one
   * ("resumption of ties with Chile").
   */
  private static boolean qualifiedByActor(ParsedSentence s, int n, ActorCoder coder) {
    if (namesActor(n, coder)) {
      return true;
    }
    for (CodedActor a : identified(coder.code(n))) {
      for (int m : s.children(n)) {
        String r = s.relation[m];
        if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss"))
            && a.start() <= m
            && m < a.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a noun itself names an actor, not only a modifier of it ("ties between Arnor"). */
  private static boolean namesActor(int n, ActorCoder coder) {
    for (CodedActor a : identified(coder.code(n))) {
      if (a.start() <= n && n < a.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code and rule a verb was coded with, whether or not it found both actors; {@code
   * unasserted} when it was not coded as an act: negated, only possible or expected, or background
   * in a clause of time ("did not agree to help": the help is no act either); {@code at} the word's
   * index.
   */
  private record Fired(VerbCode code, String rule, boolean unasserted, int at) {}

  /**
   * Verb interaction, after PETRARCH 2's: a verb whose code is an appeal (02), an intent (03), a
   * demand (10), a refusal (12) or a threat (13) says that the act of its complement ({@code
   * xcomp}: "pledged to help Libya", "urged Turkey to withdraw", "threatened to impose sanctions on
   * Peru") has not happened. The complement's own events are not coded as acts; instead they refine
   * the code of the verb above by the CAMEO codebook's subcodes (intent to provide aid 033, appeal
   * to yield 025, threaten with military force 138, refuse to meet 125): for an intent, refusal or
   * threat, the complement's events whose source is the verb's subject become the combined event
   * (replacing the verb's own events between the same actors); for an appeal or demand, whose
   * complement's subject is the one appealed to, the verb's events on that actor take the combined
   * code.
   */
  private static List<CodedEvent> compose(
      ParsedSentence s, List<CodedEvent> events, Map<Integer, Fired> fired, ActorCoder coder) {
    List<CodedEvent> out = new ArrayList<>(events);
    for (CodedEvent e : events) {
      int c = e.verb();
      Fired above = governing(s, c, fired);
      if (above == null) {
        continue;
      }
      int g = above.at();
      out.remove(e);
      if (above.unasserted()) {
        continue;
      }
      String family = above.code().forward().substring(0, 2);
      boolean subject = false;
      for (CodedActor a : sources(s, g, coder)) {
        subject |= a.code().equals(e.source().code());
      }
      if (subject && (family.equals("02") || family.equals("10"))) {
        // "hopes to visit Canada", "asked to meet": no one else is appealed to; wanting to do
        // something oneself is an intent
        family = "03";
        above = new Fired(VerbCode.of("030"), above.rule(), false, g);
      }
      String combined = combine(family, e.code());
      if (above.code().forward().startsWith(combined) || combined.equals(family + "0")) {
        // "decided to withdraw": the verb's own pattern says it more precisely (0356)
        combined = above.code().forward();
      }
      String rule = above.rule() + " + " + e.rule();
      if (isOwnAct(family)) {
        if (subject) {
          int governor = g;
          // the verb's own events between the two, either way ("- * PLAN [032:032]")
          out.removeIf(
              x ->
                  x.verb() == governor
                      && Set.of(x.source().code(), x.target().code())
                          .equals(Set.of(e.source().code(), e.target().code())));
          out.add(new CodedEvent(e.source(), e.target(), combined, c, rule));
        }
      } else if (above.code().forward().endsWith("0") && above.code().forward().length() == 3) {
        for (int i = 0; i < out.size(); i++) {
          CodedEvent x = out.get(i);
          if (x.verb() == g && x.target().code().equals(e.source().code())) {
            out.set(i, new CodedEvent(x.source(), x.target(), combined, g, rule));
          }
        }
      }
    }
    return out;
  }

  /** Verbs by which a speaker claims or owns up to an act: "said it attacked", "admits downing". */
  private static final Set<String> CLAIMING =
      Set.of("SAY", "CLAIM", "REPORT", "ANNOUNCE", "ADMIT", "ACKNOWLEDGE", "CONFIRM", "STATE");

  /**
   * A side's own report of its use of force (18, 19, 20) is its claim, not an act the sentence
   * asserts: "Iraq said it attacked Iran's Sirri Island", "Iraq said its forces sank three Iranian
   * boats", "Iran admits downing the jet" are the speaker's statements on the target (010), as the
   * labelling guidelines of both evaluation sets read them; the same act told by the wire, a news
   * agency (even the side's own, "the Iranian news agency IRNA said", {@code IRNMED}) or the other
   * side is coded as the act, and so is an act ahead ("said it would attack"). The speaker is the
   * subject of the verb of saying whose complement ({@code ccomp}, {@code xcomp}, a gerund parsed
   * {@code dep}) the act is, and counts as the act's side when its country is the act's source's.
   */
  private static List<CodedEvent> ownClaims(
      ParsedSentence s, List<CodedEvent> events, Map<Integer, Fired> fired, ActorCoder coder) {
    Map<CodedEvent, CodedEvent> claims = new HashMap<>();
    for (CodedEvent e : events) {
      int c = e.verb();
      int g = c >= 0 ? s.head[c] : -1;
      String root = e.code().substring(0, 2);
      if (g < 0
          || !(root.equals("18") || root.equals("19") || root.equals("20"))
          || !CLAIMING.contains(s.lemmas[g])
          || c < g
          || !List.of("ccomp", "xcomp", "dep").contains(s.baseRelation[c])
          || (fired.containsKey(g) && fired.get(g).unasserted())
          || isScheduled(s, c)) {
        continue;
      }
      for (CodedActor a : identified(sources(s, g, coder))) {
        if (a.actorPart().equals(e.source().actorPart()) && !a.code().endsWith("MED")) {
          claims.put(
              e,
              new CodedEvent(
                  a, e.target(), "010", g, s.lemmas[g] + " [010] + own claim: " + e.rule()));
        }
      }
    }
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      CodedEvent claim = claims.get(e);
      // the verb of saying's own event between the two ("admitted" coded 05) is the claim
      if (claims.values().stream().noneMatch(x -> x.verb() == e.verb() && samePair(x, e))) {
        out.add(claim == null ? e : claim);
      }
    }
    return out;
  }

  private static boolean samePair(CodedEvent a, CodedEvent b) {
    return a.source().actorPart().equals(b.source().actorPart())
        && a.target().actorPart().equals(b.target().actorPart());
  }

  /**
   * How the word whose complement {@code c} is was coded, when that code governs the complement;
   * else null. An adjective of willingness ("France is willing to help", "ready to back") states an
   * intent, as the codebook's 03 reads it.
   */
  private static Fired governing(ParsedSentence s, int c, Map<Integer, Fired> fired) {
    int planned = plannedBy(s, c);
    if (planned >= 0) {
      // "announced plans to impose tariffs": the plan's act refines the verb's intent, and
      // stating one's plan ("unveiled plans to") is one; a plan the verb neither states nor
      // intends ("studied plans to ...") is no act either
      Fired above = fired.get(planned);
      String family = family(above);
      if (family.equals("01")) {
        return new Fired(VerbCode.of("030"), above.rule(), above.unasserted(), planned);
      }
      return GOVERNING.contains(family) ? above : new Fired(VerbCode.of("030"), "", true, planned);
    }
    int g = s.head[c];
    if (g >= 0 && isMandate(s, c)) {
      // "demanded that Washington withdraw its troops": what is demanded or urged has not been
      // done; it refines the demand or appeal
      Fired above = fired.get(g);
      String family = family(above);
      return family.equals("02") || family.equals("10") ? above : null;
    }
    if (g < 0 || !s.baseRelation[c].equals("xcomp")) {
      return null;
    }
    // "pledged to try to increase": up through complements that code nothing themselves
    for (int steps = 0;
        steps < 3
            && !fired.containsKey(g)
            && s.isVerb(g)
            && s.baseRelation[g].equals("xcomp")
            && s.head[g] >= 0;
        steps++) {
      g = s.head[g];
    }
    if (WILLING.contains(s.words[g]) && (s.tags[g].equals("JJ") || s.tags[g].equals("VBN"))) {
      return new Fired(VerbCode.of("030"), s.words[g] + " [030]", false, g);
    }
    Fired above = fired.get(g);
    if (above == null && s.isVerb(g) && REFUSALS.contains(s.lemmas[g])) {
      // CAMEO.2.0.txt leaves REFUSE and REJECT uncoded but for their patterns; refusing to act
      // is the codebook's 12 (reject), and the act refused did not happen
      return new Fired(VerbCode.of("120"), s.lemmas[g] + " [120]", false, g);
    }
    if (!s.isVerb(g) || above == null || above.code().forward() == null) {
      return null;
    }
    String family = above.code().forward().substring(0, 2);
    return GOVERNING.contains(family) ? above : null;
  }

  /**
   * Whether a verb has an object that is the subject of its verb complement ("wants Germany to
   * raise", "expects Russia to withdraw"): what the verb states is wanted of the object. An object
   * that names no one ("announced plans to impose tariffs") is what is stated, not who is to act;
   * the object of an offer or a promise is what is given ("offered warships to escort the tankers",
   * "promised troops to guard the border"), whose complement is its purpose.
   */
  private static boolean asksAnotherToAct(ParsedSentence s, int v, ActorCoder coder) {
    if (GIVEN_OBJECT.contains(s.lemmas[v])) {
      return false;
    }
    for (Dependency d : s.dependents(v)) {
      if (!d.relation().equals("obj")) {
        continue;
      }
      int o = d.dependent();
      if (!s.tags[o].startsWith("PRP") && coder.codeCoordination(o).isEmpty()) {
        continue;
      }
      for (int c : s.children(v)) {
        if (c > o && s.baseRelation[c].equals("xcomp") && s.isVerb(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of intent whose object is what the subject gives, never someone asked to act. */
  private static final Set<String> GIVEN_OBJECT = Set.of("OFFER", "PROMISE", "PLEDGE");

  /**
   * Whether a governing verb's complement is its subject's own act: intended (03), refused (12) or
   * threatened (13); an appeal's or demand's complement is the other's.
   */
  private static boolean isOwnAct(String family) {
    return family.equals("03") || family.equals("12") || family.equals("13");
  }

  /** The root of a verb's forward code, "" when it was not coded or has none. */
  private static String family(Fired fired) {
    return fired == null || fired.code().forward() == null
        ? ""
        : fired.code().forward().substring(0, 2);
  }

  /**
   * The verb whose object is a noun of intent that an infinitive {@code c} completes ("announced
   * plans to impose tariffs", "stated its intention to withdraw"), whose subject is the one who
   * would act; -1 when {@code c} is no such infinitive, or the plan is named as another's.
   */
  private static int plannedBy(ParsedSentence s, int c) {
    if (c < 0 || !s.isVerb(c) || s.head[c] < 0) {
      return -1;
    }
    int n = -1;
    int g = -1;
    if (s.baseRelation[c].equals("acl") && s.baseRelation[s.head[c]].equals("obj")) {
      n = s.head[c]; // "plans to impose" as one noun phrase
      g = s.head[n];
    } else if (s.baseRelation[c].equals("xcomp")) {
      g = s.head[c]; // "announced plans to impose", parsed as the object's control
      for (int k : s.children(g)) {
        n = k < c && s.baseRelation[k].equals("obj") ? k : n;
      }
    }
    if (n < 0 || g < 0 || !s.isVerb(g) || !INTENT_NOUNS.contains(s.lemmas[n])) {
      return -1;
    }
    for (int k : s.children(n)) {
      if (s.relation[k].equals("nmod:poss") && !s.tags[k].startsWith("PRP")) {
        return -1; // "lauded Kosovo's decision to ...": the plan is another's
      }
    }
    boolean infinitive = false;
    for (int k : s.children(c)) {
      infinitive |= s.relation[k].equals("mark") && s.words[k].equals("TO");
    }
    return infinitive ? g : -1;
  }

  /**
   * Whether {@code c} is a clause of what someone should do, the content of a demand or an appeal:
   * a "that" clause in the base form ("demanded that Washington withdraw", the subjunctive) or with
   * "should" ("urged that Tokyo should open its market").
   */
  private static boolean isMandate(ParsedSentence s, int c) {
    if (!s.baseRelation[c].equals("ccomp") || !s.isVerb(c) || !hasChild(s, c, "mark", "THAT")) {
      return false;
    }
    return s.tags[c].equals("VB") && !hasChild(s, c, "aux", null)
        || hasChild(s, c, "aux", "SHOULD");
  }

  /** Nouns of intent, whose infinitive complement is an act intended by the one who has them. */
  private static final List<String> INTENT_NOUNS =
      List.of("PLAN", "INTENTION", "DECISION", "PROPOSAL", "READINESS", "WILLINGNESS");

  /** Whether a verb has a verb as its {@code xcomp} complement ("agreed to move"). */
  private static boolean hasVerbComplement(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (s.baseRelation[c].equals("xcomp") && s.isVerb(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb's infinitive complement has an alternative to face or risk ("to resolve the row
   * or face an abrupt deterioration in relations").
   */
  private static boolean isUltimatum(ParsedSentence s, int v) {
    for (int x : s.children(v)) {
      if (!s.baseRelation[x].equals("xcomp")) {
        continue;
      }
      for (int c : s.children(x)) {
        if (s.baseRelation[c].equals("conj")
            && (s.lemmas[c].equals("FACE") || s.lemmas[c].equals("RISK"))) {
          for (int k : s.children(c)) {
            if (s.relation[k].equals("cc") && s.lemmas[k].equals("OR")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Adjectives of willingness, whose infinitive complement is an intended act. */
  static final List<String> WILLING =
      List.of("WILLING", "READY", "PREPARED", "EAGER", "KEEN", "DETERMINED");

  /** Roots whose verbs govern a complement: appeal, intend, demand, reject, threaten. */
  private static final List<String> GOVERNING = List.of("02", "03", "10", "12", "13");

  /** Verbs of refusal, whose complement is an act refused. */
  private static final List<String> REFUSALS = List.of("REFUSE", "REJECT");

  /**
   * The code of an appeal, intent, demand or threat ({@code family}) to do what {@code act} codes,
   * by the codebook's subcodes; the family's own code where it has none for that act.
   */
  static String combine(String family, String act) {
    String root = act.substring(0, 2);
    return switch (family) {
      case "02" ->
          switch (root) {
            case "04" -> "026";
            case "05" -> "022";
            case "06" -> "021";
            case "07" -> "023";
            case "08" -> "025";
            default -> "020";
          };
      case "03" ->
          switch (root) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            case "14" -> "133";
            case "16" -> "131";
            case "15", "18", "19", "20" -> "138";
            default -> "030";
          };
      case "10" ->
          switch (root) {
            case "04" -> "106";
            case "05" -> "102";
            case "06" -> "101";
            case "07" -> "103";
            case "08" -> "105";
            default -> "100";
          };
      case "12" ->
          switch (root) {
            case "04" -> "125";
            case "06" -> "121";
            case "08" -> "124";
            default -> "120";
          };
      case "13" ->
          switch (root) {
            case "14" -> "133";
            case "16" -> "131";
            case "15", "18", "19", "20" -> "138";
            default -> "130";
          };
      default -> throw new IllegalArgumentException("not a governing family: " + family);
    };
  }

  /**
   * The scope less what a clause on a noun of it says beyond its own verb, when that verb is one
   * the dictionary codes: "posted a message blaming Iran for the attacks" is no attack by the
   * poster; the clause is coded through its own verb. The clause's verb itself stays in scope. And
   * the whole of a clause reported with its own subject and verb, whatever the verb: "Nazer said
   * OPEC's agreement was being implemented" is no agreeing by Nazer (SAY's "- * AGREE"); where its
   * verb is the dictionary's, the clause is coded through it.
   */
  private static boolean[] withoutClausesOnNouns(
      ParsedSentence s, boolean[] scope, VerbDictionary verbs) {
    boolean[] out = scope.clone();
    for (int i = 0; i < s.size(); i++) {
      if (scope[i]
          && s.baseRelation[i].equals("acl")
          && s.isVerb(i)
          && s.head[i] >= 0
          && s.isNominal(s.head[i])
          && verbAt(s, i, verbs) != null) {
        boolean[] clause = s.subtree(i, List.of());
        for (int j = 0; j < out.length; j++) {
          if (clause[j] && j != i) {
            out[j] = false;
          }
        }
      }
      if (scope[i] && s.baseRelation[i].equals("ccomp") && s.isVerb(i) && hasSubject(s, i)) {
        boolean[] clause = s.subtree(i, List.of());
        for (int j = 0; j < out.length; j++) {
          if (clause[j]) {
            out[j] = false;
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether what a verb receives (its object, or a passive's subject) names a person of a
   * government: an actor coded with the government or elite role, head a proper noun or a word of
   * office ("received Erdogan", "received the French foreign minister").
   */
  private static boolean receivesOfficial(ParsedSentence s, int v, ActorCoder coder) {
    boolean passive = s.isPassive(v);
    for (int c : s.children(v)) {
      if (!s.relation[c].equals(passive ? "nsubj:pass" : "obj")) {
        continue;
      }
      for (CodedActor a : identified(coder.codeCoordination(c))) {
        String role = a.code().length() >= 6 ? a.code().substring(3, 6) : "";
        if (role.equals("GOV") || role.equals("ELI")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a noun has a possessor ("its diplomats", "Chile's envoy"). */
  private static boolean hasPossessor(ParsedSentence s, int n) {
    return hasChild(s, n, "nmod:poss");
  }

  /** Whether a verb has a subject of its own ({@code nsubj}, {@code nsubj:pass}). */
  private static boolean hasSubject(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (s.baseRelation[c].equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the act a noun names in the complement of an intent, refusal or threat refines that
   * verb's code between the same two actors, as {@link #compose} does for verbs ("plans to put
   * tariffs on Japanese goods": an intent to impose sanctions is a threat, 131), and so does an act
   * that is such a verb's object or its own plan's ("threatened punitive measures against",
   * "announced plans for tariffs on"); replaces the verb's event when so.
   */
  private static boolean refinesIntent(
      ParsedSentence s,
      int n,
      CodedEvent e,
      Map<String, CodedEvent> out,
      Map<Integer, Fired> fired) {
    int top = n;
    boolean planned = false;
    for (int steps = 0; steps < 3 && s.head[top] >= 0 && s.isNominal(s.head[top]); steps++) {
      top = s.head[top];
      planned |= INTENT_NOUNS.contains(s.lemmas[top]);
    }
    int c = s.head[top];
    Fired above = c >= 0 && s.isVerb(c) ? governing(s, c, fired) : null;
    if (above == null && (planned || s.baseRelation[top].equals("obj")) && fired.containsKey(c)) {
      // "threatened punitive measures against Japan", "announced plans for tariffs on Japanese
      // goods": the act is the object of the verb's own intent or threat
      above = fired.get(c);
    }
    if (above == null || above.unasserted()) {
      return false;
    }
    String family = above.code().forward().substring(0, 2);
    if (!isOwnAct(family)) {
      return false;
    }
    String combined = combine(family, e.code());
    if (combined.equals(family + "0")) {
      return false;
    }
    for (CodedEvent o : List.copyOf(out.values())) {
      if (o.verb() == above.at()
          && o.source().actorPart().equals(e.source().actorPart())
          && o.target().actorPart().equals(e.target().actorPart())) {
        out.values().remove(o);
        add(
            out,
            new CodedEvent(
                o.source(), o.target(), combined, o.verb(), o.rule() + " + " + e.rule()));
        return true;
      }
    }
    return false;
  }

  /** Whether an event already runs from actor {@code source} to {@code target}, roles aside. */
  private static boolean codedBetween(Map<String, CodedEvent> out, String source, String target) {
    for (CodedEvent e : out.values()) {
      if (e.source().actorPart().equals(source) && e.target().actorPart().equals(target)) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, CodedEvent> out, CodedEvent e) {
    out.putIfAbsent(e.source().code() + " " + e.target().code() + " " + e.code(), e);
  }

  /** A dictionary verb at a token: its entry and the tokens its written form covers. */
  private record Found(VerbEntry entry, int start, int end) {}

  private static Found verbAt(ParsedSentence s, int v, VerbDictionary verbs) {
    // A block keyed on this very inflected form (the validation dictionary's LEFT, SAID) comes
    // before the lemma's block; each group is tried only if the one before has no form that fits.
    List<VerbEntry> keyed = new ArrayList<>();
    for (VerbEntry e : verbs.verbsWithForm(s.words[v])) {
      if (e.lemma().equals(s.words[v])) {
        keyed.add(e);
      }
    }
    for (List<VerbEntry> entries :
        List.of(keyed, verbs.verbs(s.lemmas[v]), verbs.verbsWithForm(s.words[v]))) {
      Found found = longestForm(s, v, entries);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Found longestForm(ParsedSentence s, int v, List<VerbEntry> entries) {
    Found best = null;
    for (VerbEntry e : entries) {
      for (VerbForm f : e.forms()) {
        int start = v - f.verb();
        int end = start + f.words().size();
        if (start < 0 || end > s.size() || !formMatches(s, f, start, v)) {
          continue;
        }
        if (best == null || f.words().size() > best.end - best.start) {
          best = new Found(e, start, end);
        }
      }
    }
    return best;
  }

  private static boolean formMatches(ParsedSentence s, VerbForm f, int start, int v) {
    for (int i = 0; i < f.words().size(); i++) {
      int t = start + i;
      String w = f.words().get(i);
      if (t == v) {
        if (!s.words[t].equals(w) && !s.lemmas[t].equals(f.verbWord())) {
          return false;
        }
      } else if (!s.words[t].equals(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a verb is in a restrictive relative clause ("the bill that would allow China to
   * extradite", "the airstrike that killed"), or in a clause under one: such clauses give
   * background to a noun, and a sentence-level coder codes what the sentence asserts. A
   * non-restrictive one on a named actor ("Turkey, which backs the GNA", see {@link
   * #isNonRestrictive}) asserts a fact about its antecedent and is coded, the antecedent standing
   * in for the relative pronoun (the enhanced++ parse makes it the verb's subject or object).
   */
  static boolean inRelativeClause(ParsedSentence s, int v, ActorCoder coder) {
    int t = v;
    for (int steps = 0; steps < 30 && t >= 0; steps++) {
      if (s.relation[t].equals("acl:relcl") && !isNonRestrictive(s, t, coder)) {
        return true;
      }
      if (onNoun(s, t, coder)) {
        return true;
      }
      t = s.head[t];
    }
    return false;
  }

  private static final List<String> RELATIVE_PRONOUNS = List.of("WHO", "WHICH", "WHOM");

  /**
   * Whether {@code c} heads a clause that completes or describes a noun that names no actor: the
   * content of an announcement, a charge, a plan or an agreement ("the announcement that Gondor and
   * Rohan had reached a deal", "charges that Arnor is arming Rhun", "an agreement for Gondor's
   * troops to leave Ithilien"), given as background to the noun as a relative clause is: a clause
   * opened by "that", "for" or "to" ({@code mark}), or a past participle, a relative clause without
   * its pronoun ("a poll, conducted after the minister returned from Minas Tirith"). A present
   * participle on a noun ("posted a message blaming Rhun", "the calls asking Rohan to act") shares
   * the sentence's subject and asserts its act, and a clause on an actor ("Gondor's troops, ...")
   * asserts something of it: both coded.
   */
  private static boolean onNoun(ParsedSentence s, int c, ActorCoder coder) {
    String r = s.relation[c];
    int h = s.head[c];
    return (r.equals("ccomp")
            || (r.equals("acl")
                && (hasChild(s, c, "mark", "THAT")
                    || hasChild(s, c, "mark", "FOR")
                    || hasChild(s, c, "mark", "TO")
                    || s.tags[c].equals("VBN"))))
        && h >= 0
        && s.isVerb(c)
        && s.tags[h].startsWith("NN")
        && !namesActor(h, coder);
  }

  /**
   * Whether the relative clause headed by {@code r} is non-restrictive on a named actor: set off
   * from its antecedent by a comma, opened by "who", "which" or "whom" (after a preposition
   * perhaps: "with which"), its antecedent a noun phrase that names an actor.
   */
  static boolean isNonRestrictive(ParsedSentence s, int r, ActorCoder coder) {
    return isSetOff(s, r) && !identified(coder.code(s.head[r])).isEmpty();
  }

  /**
   * Whether the relative clause headed by {@code r} is set off from the noun it is on by a comma
   * and opened by "who", "which" or "whom" (after a preposition perhaps): a non-restrictive one,
   * whatever its antecedent.
   */
  private static boolean isSetOff(ParsedSentence s, int r) {
    int h = s.head[r];
    if (h < 0 || !s.isNominal(h)) {
      return false;
    }
    boolean[] clause = s.subtree(r, List.of());
    int start = r;
    while (start > 0 && clause[start - 1]) {
      start--;
    }
    if (start == 0 || !s.words[start - 1].equals(",")) {
      return false;
    }
    boolean pronoun = false;
    for (int i = start; i < Math.min(start + 2, s.size()) && i < r; i++) {
      pronoun |= RELATIVE_PRONOUNS.contains(s.words[i]);
    }
    return pronoun;
  }

  private static boolean isAuxiliary(ParsedSentence s, int v) {
    String r = s.relation[v];
    return r.equals("aux") || r.equals("aux:pass") || r.equals("cop");
  }

  private static boolean isNegated(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      String lemma = s.lemmas[c];
      if ((s.relation[c].equals("advmod") || s.relation[c].equals("neg"))
          && (lemma.equals("NOT") || lemma.equals("N'T") || lemma.equals("NEVER"))) {
        return true;
      }
    }
    return hasNegatedSubject(s, v) || hasDeniedObject(s, v);
  }

  /**
   * Whether the verb's direct object is denied ("conducts no trade with Cuba", "sent no troops"):
   * the act is said not to have happened. Only "no" and "none"; "neither X nor Y" as an object
   * keeps the act (one was not done, and what was done is said elsewhere).
   */
  private static boolean hasDeniedObject(ParsedSentence s, int v) {
    for (Dependency d : s.dependents(v)) {
      if (!d.relation().equals("obj")) {
        continue;
      }
      int object = d.dependent();
      if (s.words[object].equals("NONE") || s.words[object].equals("NOTHING")) {
        return true;
      }
      for (int c : s.children(object)) {
        if (s.relation[c].equals("det") && s.words[c].equals("NO")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words that deny a subject they determine or stand for: "no country", "neither X nor Y". */
  private static final List<String> DENYING = List.of("NO", "NEITHER", "NONE", "NOBODY");

  /**
   * Whether the verb's subject is denied ("no country has recognised it", "neither France nor Italy
   * signed", "none of them attended"): the sentence says that no one did it, which is no event.
   */
  private static boolean hasNegatedSubject(ParsedSentence s, int v) {
    for (Dependency d : s.dependents(v)) {
      String r = d.relation();
      if (!(r.equals("nsubj") || r.equals("nsubj:pass"))) {
        continue;
      }
      int subject = d.dependent();
      int first = subject;
      for (int steps = 0;
          steps < 10 && s.baseRelation[first].equals("conj") && s.head[first] >= 0;
          steps++) {
        first = s.head[first];
      }
      if (DENYING.contains(s.words[first]) || DENYING.contains(s.words[subject])) {
        return true;
      }
      for (int c : s.children(first)) {
        String cr = s.relation[c];
        if ((cr.equals("det") || cr.startsWith("cc:preconj") || cr.equals("advmod"))
            && DENYING.contains(s.words[c])) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<CodedActor> sources(ParsedSentence s, int v, ActorCoder coder) {
    boolean passive = s.isPassive(v);
    List<Integer> heads = new ArrayList<>(2);
    for (Dependency d : s.dependents(v)) {
      String r = d.relation();
      boolean subject = r.equals("nsubj") || r.equals("nsubj:xsubj");
      if (passive ? r.equals("obl:agent") : subject) {
        heads.add(d.dependent());
      }
    }
    if (heads.size() == 1 && DAYS.contains(s.words[heads.get(0)]) && s.head[v] >= 0) {
      // "was scheduled today to meet": the day, mis-parsed as the object of the verb above, is
      // taken for the controller of its complement; the subject above is the one
      int up = s.head[v];
      heads.clear();
      for (Dependency d : s.dependents(up)) {
        if (d.relation().startsWith("nsubj")) {
          heads.add(d.dependent());
        }
      }
    }
    boolean misparsed = !passive && !heads.isEmpty() && subjectAfterPreposition(s, v);
    if (misparsed) {
      heads.clear();
    }
    if (passive && heads.isEmpty()) {
      // "was opposed earlier by X": the agent hangs on an adverb of the verb
      for (int c : s.children(v)) {
        for (Dependency d : s.dependents(c)) {
          if (s.relation[c].equals("advmod") && d.relation().equals("obl:by")) {
            heads.add(d.dependent());
          }
        }
      }
    }
    if (!passive && plannedBy(s, v) >= 0) {
      // "announced plans to impose tariffs": whoever has the plan would act
      return sources(s, plannedBy(s, v), coder);
    }
    if (heads.isEmpty() && !passive && s.tags[v].equals("VBG")) {
      // "posted a message blaming Iran", "was quick in accusing Peru": a participle clause with
      // no subject of its own acts for the subject of the clause it hangs on, up through the
      // nouns it may be attached to
      String r = s.relation[v];
      int up = s.head[v];
      // a bare participle only: "after leaving Eriador" dates the main event, it is no event of
      // its own that PETRARCH codes
      // ("..., blaming Chile for the raid": the parser often attaches it as dep)
      // ("restrictions on flying to Cuba": a gerund after a preposition names an activity, no
      // act of the subject above)
      boolean bare =
          (r.equals("acl") && !prepositionBefore(s, v))
              || r.equals("xcomp")
              || r.equals("dep")
              || (r.startsWith("advcl") && (misparsed || !hasMark(s, v) || mannerMark(s, v)));
      if (up >= 0 && bare) {
        for (int steps = 0; steps < 4 && up >= 0 && s.isNominal(up); steps++) {
          String nr = s.baseRelation[up];
          if (!(nr.equals("obj") || nr.equals("obl") || nr.equals("nmod"))) {
            break;
          }
          up = s.head[up];
        }
        if (up >= 0 && !s.isNominal(up)) {
          return sources(s, up, coder);
        }
      }
    }
    if (heads.isEmpty() && !passive) {
      // "France is willing to help Libya", "ready to back": a verb with no subject of its own
      // acts for the subject of the word it complements
      // ("signed an accord to supply Gondor": a purpose clause acts for the subject too)
      int up = s.head[v];
      String r = s.baseRelation[v];
      if (up >= 0
          && (r.equals("xcomp")
              || (r.equals("dep") && !s.isVerb(up))
              || (r.equals("advcl") && isInfinitive(s, v)))) {
        return sources(s, up, coder);
      }
    }
    if (heads.size() == 1 && isPersonalPronoun(s, heads.get(0))) {
      // "Ethiopia said it would act": the pronoun stands for the subject of the clause above
      int up = s.head[v];
      String r = s.baseRelation[v];
      if (up >= 0 && (r.equals("ccomp") || r.equals("xcomp") || r.equals("advcl"))) {
        List<CodedActor> above = sources(s, up, coder);
        // "Chile, Peru and Bolivia agreed after he visited them": a singular pronoun does not
        // stand for several actors
        boolean singular =
            !(s.words[heads.get(0)].equals("THEY") || s.words[heads.get(0)].equals("WE"));
        if (!above.isEmpty() && !(singular && above.size() > 1)) {
          return above;
        }
      }
    }
    return coder.coordinated(heads);
  }

  /** Days named relative to the text's date, which name no actor. */
  private static final List<String> DAYS = List.of("TODAY", "YESTERDAY", "TOMORROW", "TONIGHT");

  /** Prepositions of place or medium, which introduce a noun phrase and never a clause. */
  private static final List<String> PLACE_PREPOSITIONS =
      List.of("ON", "IN", "AT", "VIA", "THROUGH", "OVER", "FROM");

  /**
   * Whether a participle's subject is a mis-parsed oblique: "posted a message on Twitter blaming
   * Iran" is parsed with "on" a marker of the clause and "Twitter" its subject, but a preposition
   * of place or medium before a subject opens no clause ("with Iran blaming" does, and is left
   * alone). The participle then has no subject of its own and acts for the one above.
   */
  private static boolean subjectAfterPreposition(ParsedSentence s, int v) {
    if (!s.tags[v].equals("VBG")) {
      return false;
    }
    for (int c : s.children(v)) {
      if (c < v
          && s.relation[c].equals("mark")
          && s.tags[c].equals("IN")
          && PLACE_PREPOSITIONS.contains(s.words[c])) {
        for (int d : s.children(v)) {
          if (d > c && d < v && s.relation[d].equals("nsubj")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A gerund clause opened by "in" or "by" ("was quick in accusing Peru", "responded by
   * expelling"): how the subject above acted, an act of that subject; "after leaving" only dates
   * the main event.
   */
  private static boolean mannerMark(ParsedSentence s, int v) {
    boolean manner = false;
    for (int c : s.children(v)) {
      if (s.relation[c].equals("mark") || s.relation[c].equals("case")) {
        if (!(s.words[c].equals("IN") || s.words[c].equals("BY")) || c > v) {
          return false;
        }
        manner = true;
      }
    }
    return manner && s.tags[v].equals("VBG");
  }

  /** A clause with a subordinator or preposition of its own ("after", "by", "to"). */
  private static boolean hasMark(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (s.relation[c].equals("mark") || s.relation[c].equals("case")) {
        return true;
      }
    }
    return false;
  }

  /** A verb whose own preposition comes right before it ("on flying", "of travelling"). */
  private static boolean prepositionBefore(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (c == v - 1 && (s.relation[c].equals("mark") || s.relation[c].equals("case"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun is the object of "by" ("the decision by Ethiopia"). */
  private static boolean isByPhrase(ParsedSentence s, int n) {
    return (s.baseRelation[n].equals("obl") || s.baseRelation[n].equals("nmod"))
        && hasPreposition(s, n, List.of("BY"));
  }

  /** Whether a noun's preposition ({@code case}) is one of these words. */
  static boolean hasPreposition(ParsedSentence s, int n, List<String> words) {
    for (int c : s.children(n)) {
      if (s.relation[c].equals("case") && words.contains(s.words[c])) {
        return true;
      }
    }
    return false;
  }

  /** A verb with an infinitive "to" of its own. */
  private static boolean isInfinitive(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      if (s.relation[c].equals("mark") && s.words[c].equals("TO")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPersonalPronoun(ParsedSentence s, int i) {
    return s.tags[i].equals("PRP") && List.of("IT", "HE", "SHE", "THEY", "WE").contains(s.words[i]);
  }

  /**
   * The country the sources belong to ({@code IRN} of {@code IRNGOV}), when they are of one: a bare
   * mention of it where a target is looked for ("Iran's leader said in Tehran that ...") is where
   * the source is at home, not whom it acts on.
   */
  private static Set<String> ownCountries(List<CodedActor> sources) {
    Set<String> out = new HashSet<>();
    for (CodedActor a : sources) {
      if (a.isIdentified()) {
        out.add(a.actorPart());
      }
    }
    // with several parties as the source ("Arnor and Gondor"), one's country is the other's
    // target
    return out.size() == 1 ? out : Set.of();
  }

  /** The actors of a list whose words are not among those marked. */
  private static List<CodedActor> outside(List<CodedActor> actors, boolean[] marked) {
    List<CodedActor> out = new ArrayList<>(actors.size());
    for (CodedActor a : actors) {
      if (!marked[a.start()]) {
        out.add(a);
      }
    }
    return out;
  }

  /** The actors of a list less bare mentions of the sources' own countries. */
  private static List<CodedActor> notOwn(List<CodedActor> actors, Set<String> own) {
    List<CodedActor> out = new ArrayList<>(actors.size());
    for (CodedActor a : actors) {
      if (!(a.code().length() == 3 && own.contains(a.code()))) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<CodedActor> targets(
      ParsedSentence s, int v, ActorCoder coder, boolean[] scope, Set<String> own, VerbCode code) {
    boolean gathering = isGathering(code);
    boolean statement = isStatement(code);
    List<CodedActor> out = new ArrayList<>(2);
    if (s.isPassive(v)) {
      for (Dependency d : s.dependents(v)) {
        if (d.relation().equals("nsubj:pass")) {
          addAll(out, coder.code(d.dependent()));
        }
      }
      return out;
    }
    List<Integer> objects = new ArrayList<>(2);
    for (Dependency d : s.dependents(v)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj")) {
        objects.add(d.dependent());
      }
    }
    // "told trade leaders from Japan, the EC and Canada": a "from" phrase the parser hung on the
    // verb, right after an object that names no actor (no possessor: "evacuated its diplomats
    // from Libya"), says whose the object is; those it names are the verb's objects
    for (int o : List.copyOf(objects)) {
      int from = s.phrase(o)[1];
      if (from + 1 < s.size()
          && s.words[from].equals("FROM")
          && s.head[from] > from
          && s.head[s.head[from]] == v
          && s.baseRelation[s.head[from]].equals("obl")
          && identified(coder.code(o)).isEmpty()
          && !hasPossessor(s, o)) {
        int whose = s.head[from];
        objects.remove(Integer.valueOf(o));
        objects.add(whose);
        for (int c : s.children(whose)) {
          if (s.baseRelation[c].equals("conj")) {
            objects.add(c);
          }
        }
      }
    }
    // what takes no part in the act: what a preposition of time dates ("since the attack on
    // Yemen"), whom a report is attributed to ("according to Reuters"), where a gathering takes
    // place ("met in Beijing", "attended a summit in Paris")
    boolean[] away = new boolean[s.size()];
    boolean[] verbClause = s.subtree(v, NOT_THIS_CLAUSE);
    for (int i = 0; i < s.size(); i++) {
      boolean time = i != v && s.head[i] == v && (isTimeOblique(s, i) || isAttribution(s, i));
      // "told Reuters", "said in an interview with Xinhua": the news medium a statement is made
      // to or through is its channel, not whom it is about or addressed to
      boolean channel = statement && i != v && s.head[i] == v && isMediumOnly(s, i, coder);
      // "said in Tokyo that", "criticized ... at a meeting in Paris": where a statement is made is
      // not
      // whom it is about, as where a gathering takes place is not whom it consults
      boolean venue = (gathering || statement || isDisapproval(code)) && i != v && isPlace(s, i);
      if (verbClause[i] && (time || channel || venue)) {
        boolean[] skipped = s.subtree(i, List.of());
        for (int j = 0; j < away.length; j++) {
          away[j] |= skipped[j];
        }
      }
    }
    List<CodedActor> objectActors = outside(coder.coordinated(objects), away);
    // "attacked the proclamation of the Golan as Israeli territory by Trump": an act on what
    // someone said or did (an object that names no actor itself) is on its doer, named by "by"
    if (!objects.isEmpty() && !hasActorObject(s, v, coder)) {
      for (int i = v + 1; i < s.size() && out.isEmpty(); i++) {
        if (verbClause[i] && !away[i] && isByPhrase(s, i)) {
          out.addAll(outside(identified(coder.codeCoordination(i)), away));
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    // "Trump withdrew the US from the treaty with Iran": the source's own country as the object
    // is the source itself, whom it acts on is named further on
    out = notOwn(identified(objectActors), own);
    if (!out.isEmpty()) {
      return out;
    }
    // "welcomed memos sent by Bree": the agent of a clause on the object
    for (int o : objects) {
      for (Dependency d : s.dependents(o)) {
        if (d.baseRelation().equals("acl")) {
          for (Dependency e : s.dependents(d.dependent())) {
            if (e.relation().equals("obl:agent")) {
              out.addAll(identified(coder.codeCoordination(e.dependent())));
            }
          }
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    // the first oblique that names an actor, with its conjuncts
    for (Dependency d : s.dependents(v)) {
      String base = d.baseRelation();
      if (base.equals("obl")
          && !d.relation().equals("obl:agent")
          && !d.relation().equals("obl:tmod")
          && !away[d.dependent()]) {
        List<CodedActor> found = notOwn(identified(coder.code(d.dependent())), own);
        if (!found.isEmpty()) {
          return outside(notOwn(identified(coder.codeCoordination(d.dependent())), own), away);
        }
      }
    }
    // "Arnor believes Dagolath and Osgiliath can cope": the subject of a clause reported after
    // the verb (not "X did this, an official said")
    List<Dependency> reported = new ArrayList<>(s.dependents(v));
    for (int o : objects) {
      reported.addAll(s.dependents(o)); // "expressed hopes that Osgiliath could be drawn in"
    }
    for (Dependency d : reported) {
      boolean clause =
          d.baseRelation().equals("ccomp")
              || d.relation().equals("acl")
              || (d.relation().equals("dep") && s.isVerb(d.dependent()));
      if (clause && d.dependent() > v) {
        List<Integer> subjects = new ArrayList<>(2);
        for (Dependency e : s.dependents(d.dependent())) {
          if (e.relation().equals("nsubj") || e.relation().equals("nsubj:pass")) {
            subjects.add(e.dependent());
          }
        }
        List<CodedActor> found = identified(coder.coordinated(subjects));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    // the first actor of the verb's own clause, a clause on a noun of it or a purpose clause
    // included ("signed an accord to supply Gondor")
    boolean[] clause = verbClause.clone();
    for (int c : s.children(v)) {
      if (s.baseRelation[c].equals("advcl") && isInfinitive(s, c)) {
        boolean[] purpose = s.subtree(c, NOT_THIS_CLAUSE);
        for (int i = 0; i < clause.length; i++) {
          clause[i] |= purpose[i];
        }
      }
    }
    // what a non-restrictive relative clause says of a noun (", which Iran rejected") is
    // another assertion, not where this verb's target is
    for (int r = v + 1; r < s.size(); r++) {
      if (clause[r] && s.relation[r].equals("acl:relcl") && isSetOff(s, r)) {
        boolean[] relative = s.subtree(r, List.of());
        for (int i = 0; i < clause.length; i++) {
          clause[i] &= !relative[i];
        }
      }
    }
    // what an apposition says of a noun ("Hagia Sophia, formerly a Greek church") describes it:
    // only a name or a role there is a participant
    boolean[] described = new boolean[s.size()];
    for (int r = v + 1; r < s.size(); r++) {
      if (clause[r] && s.baseRelation[r].equals("appos")) {
        boolean[] apposition = s.subtree(r, List.of());
        for (int i = 0; i < described.length; i++) {
          described[i] |= apposition[i];
        }
      }
    }
    for (int i = v + 1; i < s.size(); i++) {
      if (scope[i] && clause[i] && !away[i] && s.isNominal(i) && s.phraseHead(i) == i) {
        List<CodedActor> found = outside(notOwn(identified(coder.code(i)), own), away);
        if (described[i]) {
          found = found.stream().filter(a -> !coder.isOrigin(a)).toList();
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    // an object that names only a role ("arrested students": ---EDU)
    return objectActors;
  }

  /** Whether a code is a statement, the CAMEO root 01 (make a public statement, comment). */
  private static boolean isStatement(VerbCode code) {
    return isRoot(code, "01");
  }

  /** Whether a code's own event (forward, else reverse) has the given CAMEO root or prefix. */
  private static boolean isRoot(VerbCode code, String prefix) {
    String c = code.forward() != null ? code.forward() : code.reverse();
    return c != null && c.startsWith(prefix);
  }

  /**
   * Whether a code is a disapproval, the CAMEO root 11 (criticize, complain, accuse): words too,
   * whose venue ("raised the issue at a meeting in Manila") is not whom they are about.
   */
  private static boolean isDisapproval(VerbCode code) {
    return isRoot(code, "11");
  }

  /**
   * Whether an object or oblique of a verb names news media and no other actor ("Reuters", "the
   * state news agency", "in an interview with Le Monde"): a code whose role is {@code MED}.
   */
  private static boolean isMediumOnly(ParsedSentence s, int n, ActorCoder coder) {
    String r = s.baseRelation[n];
    if (!(r.equals("obj") || r.equals("iobj") || r.equals("obl"))) {
      return false;
    }
    List<CodedActor> named = identified(coder.codeCoordination(n));
    if (named.isEmpty()) {
      return false;
    }
    for (CodedActor a : named) {
      if (!a.code().endsWith("MED")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a code is of a gathering: consultations, meetings, negotiations, mediation (04), not
   * visits and hosting (042, 043), whose place is whom the act is on. Where a gathering takes place
   * ("met in Beijing", "attended a summit in Paris") is not whom it consults.
   */
  private static boolean isGathering(VerbCode code) {
    return isRoot(code, "04") && !isRoot(code, "042") && !isRoot(code, "043");
  }

  /**
   * Whether a proper noun is the object of "in" or "at": "in Beijing", "at Camp David"; not "in the
   * talks with Pakistan".
   */
  private static boolean isPlace(ParsedSentence s, int n) {
    return (s.baseRelation[n].equals("obl") || s.baseRelation[n].equals("nmod"))
        && s.tags[n].startsWith("NNP")
        && hasPreposition(s, n, List.of("IN", "AT"));
  }

  /**
   * Whether a noun is the source a report is attributed to ("according to the Associated Press"):
   * who reports an event takes no part in it.
   */
  static boolean isAttribution(ParsedSentence s, int n) {
    return hasPreposition(s, n, List.of("ACCORDING"));
  }

  /** Prepositions of time: their objects date an event. */
  static final List<String> TIME_PREPOSITIONS =
      List.of("AFTER", "BEFORE", "SINCE", "DURING", "FOLLOWING", "UNTIL");

  /**
   * Whether a noun is the object of a preposition of time ("since the Saudi attack on Yemen",
   * "after talks with Japan"): it dates an event, an actor in it is no party to the event dated.
   */
  static boolean isTimeOblique(ParsedSentence s, int n) {
    return hasPreposition(s, n, TIME_PREPOSITIONS);
  }

  /**
   * CAMEO codes of acts that parties do together by their nature: consult (040), meet at a third
   * place (044), negotiate (046), sign a formal agreement (057), cooperate materially (060-064).
   * Not visits or hosting (042, 043), praise, support or recognition (051-056), nor 050, which
   * covers one-sided support too.
   */
  private static final Set<String> MUTUAL =
      Set.of("040", "044", "046", "057", "060", "061", "062", "063", "064");

  /** Prepositions whose objects are where an act takes place or passes, not a party to it. */
  private static final List<String> LOCATIVE =
      List.of("IN", "AT", "OVER", "ACROSS", "THROUGH", "NEAR", "AROUND", "INSIDE", "WITHIN");

  /**
   * Whether coordinated subjects agree among themselves: "Canada and the U.S. agreed to the
   * charge", "Britain and Japan agreed to operate more flights over Siberia". One agrees with
   * someone; when neither the verb nor the act agreed on ("agreed to help Chad") names another
   * party, as an object, an oblique ("agreed with Spain") or the act's own subject, outside a place
   * ("in Paris", "flights over Siberia"), each subject agrees with the others, as the guidelines
   * expand a compound subject of a reciprocal verb ("Turkey and Libya signed"). Not for a passive,
   * and only where no pattern of the verb matched (AGREE by its own code, 050, or as an
   * undertaking, 030).
   */
  private static boolean isAgreementAmong(
      ParsedSentence s, int v, ActorCoder coder, List<CodedActor> sources) {
    if (!s.lemmas[v].equals("AGREE") || s.isPassive(v)) {
      return false;
    }
    Set<String> own = new HashSet<>();
    for (CodedActor a : identified(sources)) {
      if (coder.isOrigin(a) || a.code().endsWith("BUS")) {
        // "Algerian and Spanish producers agreed on a price": firms of two countries agreeing is
        // commerce between them, not an agreement of the countries
        return false;
      }
      own.add(a.actorPart());
    }
    // the verb, and the act agreed on: its complement ("agreed to help Chad"), or an infinitive
    // the parser hung on it as an adverbial clause, with its subject ("agreed with Chile to open")
    List<Integer> heads = new ArrayList<>(2);
    heads.add(v);
    for (int c : s.children(v)) {
      String r = s.baseRelation[c];
      if (r.equals("xcomp") || (r.equals("advcl") && isInfinitive(s, c))) {
        heads.add(c);
      }
    }
    // places: what a locative preposition governs ("in Paris", "flights over Siberia")
    boolean[] place = new boolean[s.size()];
    for (int i = 0; i < s.size(); i++) {
      if (hasPreposition(s, i, LOCATIVE) || isTimeOblique(s, i)) {
        boolean[] sub = s.subtree(i, List.of());
        for (int j = 0; j < place.length; j++) {
          place[j] |= sub[j];
        }
      }
    }
    for (int h : heads) {
      for (Dependency d : s.dependents(h)) {
        String r = d.baseRelation();
        boolean party =
            r.equals("obj")
                || r.equals("iobj")
                || (r.equals("obl") && !d.relation().equals("obl:tmod"))
                || (h != v && r.startsWith("nsubj"));
        if (!party) {
          continue;
        }
        for (CodedActor a : identified(coder.codeCoordination(d.dependent()))) {
          if (!own.contains(a.actorPart()) && !place[a.start()]) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Verbs of acting together, which CAMEO.2.0.txt codes as diplomatic cooperation (050). */
  private static final Set<String> RECIPROCAL =
      Set.of("COOPERATE", "COLLABORATE", "COORDINATE", "ALLY", "WORK");

  /** Verbs of fighting each other, which CAMEO.2.0.txt codes as fighting (19). */
  private static final Set<String> FIGHTING =
      Set.of("CLASH", "FIGHT", "BATTLE", "SKIRMISH", "DUEL");

  /**
   * Whether a verb coded 050 is one of acting together ("France and Germany agreed to cooperate"),
   * or one coded 19 of fighting each other ("Armenia and Azerbaijan fought", "Indian and Chinese
   * troops clashed"): with coordinated subjects, each acts on the other, as for {@link #isMutual}
   * codes.
   */
  private static boolean isReciprocal(ParsedSentence s, int v, VerbCode code) {
    return (code.forward().equals("050") && RECIPROCAL.contains(s.lemmas[v]))
        || (code.forward().startsWith("19") && FIGHTING.contains(s.lemmas[v]));
  }

  /**
   * Whether a code is of an act that two parties do together when both are its subject ("the
   * leaders of Russia and Turkey met in Sochi": each party acts on the other, as the CAMEO coders
   * expand compound actors, not on the place).
   */
  private static boolean isMutual(String code) {
    return MUTUAL.contains(code);
  }

  /**
   * Whether a verb has a direct object. "Chile and Peru joined the alliance": a mutual verb coded
   * by itself, no pattern naming its object, is done by the subjects to the object, not to each
   * other.
   */
  private static boolean hasObject(ParsedSentence s, int v) {
    for (Dependency d : s.dependents(v)) {
      if (d.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb names a partner in a "with" oblique that names an actor ("met with Iran"). */
  private static boolean hasPartner(ParsedSentence s, int v, ActorCoder coder) {
    for (Dependency d : s.dependents(v)) {
      if (d.relation().equals("obl:with") && !identified(coder.code(d.dependent())).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasActorObject(ParsedSentence s, int v, ActorCoder coder) {
    for (Dependency d : s.dependents(v)) {
      if (d.relation().equals("obj") || d.relation().equals("iobj")) {
        int o = d.dependent();
        for (CodedActor a : identified(coder.code(o))) {
          if (a.start() <= o && o < a.end()) {
            return true; // the object itself names the actor, not a modifier of it
          }
        }
      }
    }
    return false;
  }

  /** The actors of a list that the dictionaries identify. */
  static List<CodedActor> identified(List<CodedActor> actors) {
    List<CodedActor> out = new ArrayList<>(actors.size());
    for (CodedActor a : actors) {
      if (a.isIdentified()) {
        out.add(a);
      }
    }
    return out;
  }

  private static void addAll(List<CodedActor> out, List<CodedActor> found) {
    for (CodedActor a : found) {
      boolean seen = false;
      for (CodedActor o : out) {
        seen |= o.code().equals(a.code()) && o.head() == a.head();
      }
      if (!seen) {
        out.add(a);
      }
    }
  }
}
