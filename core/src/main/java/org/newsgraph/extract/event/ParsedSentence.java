package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * A sentence with its dependency parse laid out in arrays for the coder: words and lemmas in upper
 * case, the basic tree as head and relation per token, the enhanced++ edges per governor, and noun
 * phrases as token ranges.
 *
 * <p>A <em>noun phrase</em> here is a nominal head (noun, proper noun, pronoun, number) with the
 * tokens of its basic subtree, less what is a phrase of its own: conjuncts and their coordinators,
 * relative and adverbial clauses, appositions and parentheticals. Its extent is the range from its
 * first to its last such token.
 *
 * <p>Not thread-safe; built per sentence and thrown away.
 */
final class ParsedSentence {

  /** Basic-tree relations whose dependents are not part of their head's noun phrase. */
  private static final List<String> OWN_PHRASE =
      List.of("conj", "cc", "acl", "advcl", "appos", "parataxis", "punct", "dep", "case");

  final Sentence sentence;
  final String[] words;
  final String[] lemmas;
  final String[] tags;
  final int[] head;
  final String[] relation;

  /** Each token's basic-tree relation without its subtype ({@code obl} for {@code obl:against}). */
  final String[] baseRelation;

  private final List<List<Integer>> children;
  private final List<List<Dependency>> enhancedOut;
  private final List<List<Dependency>> enhancedIn;

  /** {@link #isPassive} per token once asked: 0 not yet, 1 passive, 2 not. */
  private final byte[] passive;

  ParsedSentence(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    words = new String[n];
    lemmas = new String[n];
    tags = new String[n];
    head = new int[n];
    relation = new String[n];
    baseRelation = new String[n];
    passive = new byte[n];
    Arrays.fill(head, -2);
    Arrays.fill(relation, "");
    Arrays.fill(baseRelation, "");
    children = new ArrayList<>(n);
    enhancedOut = new ArrayList<>(n);
    enhancedIn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = sentence.tokens().get(i);
      words[i] = t.text().toUpperCase(Locale.ROOT);
      lemmas[i] = t.lemma().toUpperCase(Locale.ROOT);
      tags[i] = t.pos();
      children.add(new ArrayList<>(2));
      enhancedOut.add(new ArrayList<>(2));
      enhancedIn.add(new ArrayList<>(1));
    }
    for (Dependency d : sentence.parse().basic()) {
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      baseRelation[d.dependent()] = d.baseRelation();
      if (!d.isRoot()) {
        children.get(d.governor()).add(d.dependent());
      }
    }
    for (Dependency d : sentence.parse().enhanced()) {
      if (!d.isRoot()) {
        enhancedOut.get(d.governor()).add(d);
      }
      enhancedIn.get(d.dependent()).add(d);
    }
    for (int v = 1; v + 1 < n; v++) {
      if (isGerundReadAsModifier(v)) {
        makeGerundClause(v);
      }
    }
    for (int c = 2; c + 1 < n; c++) {
      int verb = subjectReadAsConjunct(c);
      if (verb >= 0) {
        makeSubject(c, verb);
      }
    }
    for (int d = 1; d + 2 < n; d++) {
      repairDayReadAsName(d);
    }
    for (int o = 1; o + 2 < n; o++) {
      repairSubjectReadAsObject(o);
    }
    for (int o = 1; o + 2 < n; o++) {
      repairObjectReadAsClauseModifier(o);
    }
  }

  /**
   * Repairs a verb's object read as a modifier of the content clause that follows it: "Merkel
   * seconded Macron's recommendation the fires be added" parsed with "recommendation" a {@code dep}
   * of "added", a {@code ccomp} of "seconded" that has no object. The noun phrase right after the
   * verb is its object, and the clause with a subject of its own after it says what the noun is
   * ({@code acl}).
   */
  private void repairObjectReadAsClauseModifier(int o) {
    int clause = head[o];
    if (!relation[o].equals("dep") || clause < 0 || !tags[o].startsWith("NN")) {
      return;
    }
    int g = head[clause];
    if (g < 0
        || g > o
        || !isVerb(g)
        || !baseRelation[clause].equals("ccomp")
        || phrase(o)[0] != g + 1
        || phrase(o)[1] >= clause
        || !hasSubject(clause)) {
      return;
    }
    for (int c : children.get(g)) {
      if (baseRelation[c].equals("obj")) {
        return;
      }
    }
    setHead(o, g, "obj");
    setHead(clause, o, "acl");
  }

  /**
   * Repairs the subject of a reported clause read as the reporting verb's object: "Chile said Peru
   * had attacked Bolivia" parsed with "Peru" the object of "said" and "attacked" a {@code dep}
   * clause of it with no subject. A noun phrase that a finite verb or auxiliary of that clause
   * follows at once is the clause's subject, and the clause what the verb reports ({@code ccomp}).
   */
  private void repairSubjectReadAsObject(int o) {
    int g = head[o];
    if (!relation[o].equals("obj") || g < 0 || g > o || !isVerb(g) || !tags[o].startsWith("NN")) {
      return;
    }
    int next = phrase(o)[1];
    if (next >= tags.length) {
      return;
    }
    String t = tags[next];
    if (!(t.equals("MD") || t.equals("VBD") || t.equals("VBZ") || t.equals("VBP"))) {
      return;
    }
    int clause = next;
    if (baseRelation[next].equals("aux") && head[next] > next && isVerb(head[next])) {
      clause = head[next];
    }
    if (head[clause] != g || !baseRelation[clause].equals("dep")) {
      return;
    }
    if (hasSubject(clause)) {
      return;
    }
    setHead(o, clause, "nsubj");
    setHead(clause, g, "ccomp");
  }

  /** Whether a clause has a subject ({@code nsubj}, {@code nsubj:pass}) or an expletive. */
  private boolean hasSubject(int clause) {
    for (int c : children.get(clause)) {
      if (baseRelation[c].equals("nsubj") || relation[c].equals("expl")) {
        return true;
      }
    }
    return false;
  }

  /** Names of the days of the week, as {@code words} holds them. */
  private static final List<String> WEEKDAYS =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** Names of the months, as {@code words} holds them. */
  private static final List<String> MONTHS =
      List.of(
          "JANUARY",
          "FEBRUARY",
          "MARCH",
          "APRIL",
          "MAY",
          "JUNE",
          "JULY",
          "AUGUST",
          "SEPTEMBER",
          "OCTOBER",
          "NOVEMBER",
          "DECEMBER");

  /** Whether token {@code i} names a day of the week or a month ("on Monday", "in March"). */
  boolean isDayOrMonth(int i) {
    return tags[i].startsWith("NNP") && (WEEKDAYS.contains(words[i]) || MONTHS.contains(words[i]));
  }

  /**
   * Repairs a day of the week read as the first word of the name after it: "Iran said on Sunday
   * Iraq had attacked Kuwait" parsed as "on [Sunday Iraq]", an oblique of "said", with "attacked" a
   * clause of its own and no subject. A day after "on" ends the oblique; the name after it is the
   * subject of the subjectless clause that follows, which is what the verb reports ({@code ccomp}).
   * Where the parser made the reporting verb a clausal subject of the reported one ({@code csubj}),
   * the reporting verb becomes the root again.
   */
  private void repairDayReadAsName(int d) {
    int p = d - 1;
    int h = head[d];
    if (!WEEKDAYS.contains(words[d])
        || !words[p].equals("ON")
        || !relation[d].equals("compound")
        || h <= d
        || !tags[h].startsWith("NNP")
        || head[p] != h
        || !relation[p].equals("case")
        || !baseRelation[h].equals("obl")) {
      return;
    }
    int g = head[h];
    if (g < 0 || !isVerb(g)) {
      return;
    }
    int clause = -1;
    for (int c : children.get(g)) {
      String r = baseRelation[c];
      if (c > h && isVerb(c) && (r.equals("dep") || r.equals("ccomp") || r.equals("parataxis"))) {
        clause = c;
        break;
      }
    }
    boolean reroot = false;
    if (clause < 0
        && relation[g].equals("csubj")
        && head[g] > h
        && isVerb(head[g])
        && head[head[g]] == Dependency.ROOT) {
      clause = head[g];
      reroot = true;
    }
    if (clause < 0) {
      return;
    }
    if (hasSubject(clause)) {
      return;
    }
    if (reroot) {
      int top = clause;
      enhancedIn.get(top).removeIf(e -> e.governor() == Dependency.ROOT);
      makeRoot(g);
    }
    setHead(d, g, "obl");
    setHead(p, d, "case");
    setHead(h, clause, "nsubj");
    setHead(clause, g, "ccomp");
  }

  /** Makes a token the root of the basic tree and the enhanced++ graph. */
  private void makeRoot(int t) {
    int old = head[t];
    if (old >= 0) {
      children.get(old).remove(Integer.valueOf(t));
      enhancedOut.get(old).removeIf(e -> e.dependent() == t);
      enhancedIn.get(t).removeIf(e -> e.governor() == old);
    }
    head[t] = Dependency.ROOT;
    relation[t] = "root";
    baseRelation[t] = "root";
    enhancedIn.get(t).add(new Dependency(Dependency.ROOT, t, "root"));
  }

  /**
   * Whether token {@code c} is the subject of a coordinated clause that the parser read as a
   * conjunct of an object or oblique before it: "said US troops had defeated ISIS and Turkey would
   * be moving into Syria" parsed with "Turkey" a second object of "defeated". A noun phrase after
   * "and" that a finite verb or modal follows at once, outside the phrase, opens a clause: an
   * object takes no finite verb after it. Subjects are left alone ("Russia and Turkey agreed").
   *
   * @return the verb of the clause it is the subject of, or -1
   */
  private int subjectReadAsConjunct(int c) {
    int h = head[c];
    if (!baseRelation[c].equals("conj") || h < 0 || h >= c || !tags[c].startsWith("NN")) {
      return -1;
    }
    // the first conjunct, or the noun it modifies, is an object or oblique of a verb before it
    int top = h;
    for (int steps = 0; steps < 8 && baseRelation[top].equals("nmod") && head[top] >= 0; steps++) {
      top = head[top];
    }
    String tr = baseRelation[top];
    if (!(tr.equals("obj") || tr.equals("iobj") || tr.equals("obl"))
        || head[top] < 0
        || head[top] > top
        || !tags[head[top]].startsWith("VB")) {
      return -1;
    }
    int[] range = phrase(c);
    int next = range[1];
    if (range[0] < 1 || !tags[range[0] - 1].equals("CC") || next >= tags.length) {
      return -1;
    }
    String t = tags[next];
    if (!(t.equals("MD") || t.equals("VBD") || t.equals("VBZ") || t.equals("VBP"))
        || head[next] == c) {
      return -1;
    }
    // the clause's verb: the modal's or auxiliary's head ("would be moving": "moving")
    int verb = next;
    if (baseRelation[next].equals("aux")
        && head[next] > next
        && tags[head[next]].startsWith("VB")) {
      verb = head[next];
    }
    return verb == c || isInside(verb, c) ? -1 : verb;
  }

  /** Whether token {@code t} lies in the basic subtree of {@code root}. */
  private boolean isInside(int t, int root) {
    for (int at = t, steps = 0; at >= 0 && steps < 60; at = head[at], steps++) {
      if (at == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes a conjunct read for a subject ({@link #subjectReadAsConjunct}) the subject of its verb:
   * it leaves its coordination and the relations it shared through it (the enhanced++ {@code obj}
   * from the first conjunct's verb).
   */
  private void makeSubject(int c, int verb) {
    int sharedFrom = head[head[c]];
    setHead(c, verb, "nsubj");
    if (sharedFrom >= 0) {
      enhancedOut.get(sharedFrom).removeIf(d -> d.dependent() == c);
      enhancedIn.get(c).removeIf(d -> d.governor() == sharedFrom);
    }
  }

  /**
   * Whether token {@code v} is a gerund that the parser read as an adjective on the proper noun
   * after it: "was quick in accusing Peru" parsed as "in [accusing Peru]" with "accusing" an {@code
   * amod} of "Peru". After a preposition, a gerund before a name is the head of a clause whose
   * object the name is; a proper noun takes no participle as a modifier there.
   */
  private boolean isGerundReadAsModifier(int v) {
    int h = head[v];
    int p = v - 1;
    if (!tags[v].equals("VBG") || !relation[v].equals("amod") || h <= v) {
      return false;
    }
    int top = phraseTop(h);
    if (!tags[top].startsWith("NN")
        || head[top] < 0
        || !tags[p].equals("IN")
        || head[p] != top
        || !relation[p].equals("case")) {
      return false;
    }
    // a name ("accusing Peru"), or a noun after names' adjectives ("expelling Chilean
    // diplomats"); "in growing numbers" has a true adjective
    boolean named = tags[h].startsWith("NNP");
    for (int i = v + 1; i < h; i++) {
      boolean modifier =
          head[i] == h && (relation[i].equals("amod") || relation[i].equals("compound"));
      if (!modifier || !Character.isUpperCase(sentence.tokens().get(i).text().charAt(0))) {
        return false;
      }
      named = true;
    }
    return named;
  }

  /**
   * Re-attaches a gerund read as a modifier ({@link #isGerundReadAsModifier}) as the clause it is:
   * the gerund takes the noun's place under its head ({@code advcl}), the noun becomes its object
   * and the preposition its marker, in the basic tree and the enhanced++ edges alike.
   */
  private void makeGerundClause(int v) {
    int h = phraseTop(head[v]);
    int p = v - 1;
    int g = head[h];
    setHead(v, g, "advcl");
    setHead(h, v, "obj");
    setHead(p, v, "mark");
  }

  /**
   * The head of the name a word is part of: up through {@code compound} relations to a later word
   * ("President" in "Syrian President Bashar al-Assad" gives "Assad").
   */
  private int phraseTop(int h) {
    int top = h;
    for (int steps = 0; steps < 8 && relation[top].equals("compound") && head[top] > top; steps++) {
      top = head[top];
    }
    return top;
  }

  private void setHead(int dependent, int governor, String rel) {
    int old = head[dependent];
    if (old >= 0) {
      children.get(old).remove(Integer.valueOf(dependent));
    }
    head[dependent] = governor;
    relation[dependent] = rel;
    baseRelation[dependent] = rel;
    List<Integer> siblings = children.get(governor);
    int at = 0;
    while (at < siblings.size() && siblings.get(at) < dependent) {
      at++;
    }
    siblings.add(at, dependent);
    if (old >= 0) {
      enhancedOut.get(old).removeIf(d -> d.dependent() == dependent);
      enhancedIn.get(dependent).removeIf(d -> d.governor() == old);
    }
    Dependency d = new Dependency(governor, dependent, rel);
    enhancedOut.get(governor).add(d);
    enhancedIn.get(dependent).add(d);
  }

  int size() {
    return words.length;
  }

  /**
   * Whether a verb is passive: it has a passive subject or a passive auxiliary. Worked out once per
   * verb, as the coder asks for each source and target it looks for.
   */
  boolean isPassive(int v) {
    if (passive[v] == 0) {
      boolean found = false;
      for (Dependency d : dependents(v)) {
        found |= d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass");
      }
      passive[v] = (byte) (found ? 1 : 2);
    }
    return passive[v] == 1;
  }

  boolean isVerb(int i) {
    return tags[i].startsWith("VB");
  }

  /** A token that can head a noun phrase. */
  boolean isNominal(int i) {
    String t = tags[i];
    return t.startsWith("NN") || t.equals("PRP") || t.equals("CD") || t.equals("FW");
  }

  /** The enhanced++ edges from a token to its dependents. */
  List<Dependency> dependents(int i) {
    return enhancedOut.get(i);
  }

  /** The enhanced++ edges into a token from its governors. */
  List<Dependency> governors(int i) {
    return enhancedIn.get(i);
  }

  /** The basic-tree dependents of a token, in order. */
  List<Integer> children(int i) {
    return children.get(i);
  }

  /**
   * The head of the noun phrase a nominal token belongs to: up the basic tree while the token is a
   * modifier inside a noun phrase (compound, flat name, possessive, adjective, determiner, number).
   */
  int phraseHead(int i) {
    int h = i;
    for (int steps = 0; steps < 8; steps++) {
      String r = relation[h];
      int g = head[h];
      if (g < 0 || !isNominal(g)) {
        return h;
      }
      if (r.equals("compound")
          || r.equals("flat")
          || r.startsWith("flat:")
          || r.equals("nmod:poss")
          || r.equals("amod")
          || r.equals("nummod")
          || r.equals("det")) {
        h = g;
      } else {
        return h;
      }
    }
    return h;
  }

  /** The noun phrase headed by {@code h} as {@code [start, end)}: see the class comment. */
  int[] phrase(int h) {
    int[] range = {h, h + 1};
    extend(h, range, 0);
    return range;
  }

  private void extend(int t, int[] range, int depth) {
    if (depth > 40) {
      return;
    }
    for (int c : children.get(t)) {
      if (OWN_PHRASE.contains(baseRelation[c])) {
        continue;
      }
      range[0] = Math.min(range[0], c);
      range[1] = Math.max(range[1], c + 1);
      extend(c, range, depth + 1);
    }
  }

  /**
   * The tokens of {@code h}'s basic subtree, as a mask, less the subtrees under the given
   * relations.
   */
  boolean[] subtree(int h, List<String> excluded) {
    boolean[] in = new boolean[words.length];
    mark(h, in, excluded, 0);
    return in;
  }

  private void mark(int t, boolean[] in, List<String> excluded, int depth) {
    in[t] = true;
    if (depth > 60) {
      return;
    }
    for (int c : children.get(t)) {
      if (!excluded.contains(baseRelation[c]) && !in[c]) {
        mark(c, in, excluded, depth + 1);
      }
    }
  }

  /** The tokens as written, for the actor dictionaries. */
  List<String> texts() {
    List<String> out = new ArrayList<>(words.length);
    for (Token t : sentence.tokens()) {
      out.add(t.text());
    }
    return out;
  }
}
