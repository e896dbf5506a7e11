package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting cues and the phrases that name their speakers, beside direct quotes and in
 * sentences of reported speech.
 *
 * <p>Beside a quote: right after its closing mark, either a reporting verb followed by its speaker
 * ("said Le Drian"; never after a verb whose object is the listener: "told Reuters") or a speaker
 * followed by a reporting verb ("he said", "Le Drian told a press conference", "Abou Dardar, a
 * leader of ..., told"); else, in its sentence before its opening mark, the nearest reporting verb
 * with its subject ("Dardar said: ...") or "according to X".
 *
 * <p>Reported speech, in one sentence: "X said (that) CLAUSE" (the clause after "that" when there
 * is one within a few words, else all after the verb and its listener, when it holds a finite verb:
 * "announced the withdrawal of the bill" reports no speech), "CLAUSE, X said [Sunday]", "CLAUSE,
 * said X", "According to X(, the Y of Z), CLAUSE", "CLAUSE, according to X", "In a statement, X did
 * ...", and requests: "X urged Y to VERB" (listener and infinitive). A clause stops where another
 * attribution begins (", though he claimed", ", Reuters reported", "and emphasized"), at a
 * concessive ", though", and before a colon that opens a quote; it goes on through a relative
 * clause (", which he said would ..."). A verb marked "that" in the lexicon reports speech with a
 * that-clause, or with a bare clause that starts with its subject ("concluded evidence supported
 * the charge"); a verb marked "quote" only beside a quote.
 *
 * <p>Every walk is capped ({@link #MAX_CLAUSE} tokens for a clause), so the cost is linear in the
 * document. One instance per document; not thread-safe.
 */
final class AttributionFinder {

  /** The longest reported clause, in tokens. */
  static final int MAX_CLAUSE = 150;

  /** How many tokens before a quote the leading cue is looked for. */
  static final int LEADING_REACH = 60;

  /** A cue: tokens {@code first} to {@code end} (exclusive) and the phrase naming the speaker. */
  record Cue(int first, int end, String text, Phrase speaker) {}

  /** Reported speech: the clause's tokens, first to end exclusive, and its cue. */
  record Reported(int first, int end, Cue cue) {}

  private static final Set<String> GAP = Set.of(",", "-", "--", "\u2014", "\u2013", ")", "-rrb-");
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(",", "and", "but", "though", "although", "while", "whereas", ";", "\u2013", "\u2014");
  private static final Set<String> TIME_LEADS =
      Set.of("on", "last", "this", "earlier", "later", "late", "early", "next", "in", "at");
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "or");
  private static final Set<String> CONCESSIVE = Set.of("though", "although", "whereas");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "how",
          "what",
          "why",
          "when",
          "where",
          "whether",
          "if",
          "because",
          "that",
          "which",
          "who",
          "after",
          "before",
          "while",
          "since",
          "although",
          "though",
          "until",
          "once",
          "as");
  private static final Set<String> CARRY_ON = Set.of("go", "continue", "proceed", "begin", "start");

  private final TextTokens t;
  private final Phrases phrases;
  private final CueLexicon lexicon;

  AttributionFinder(TextTokens t, Phrases phrases, CueLexicon lexicon) {
    this.t = t;
    this.phrases = phrases;
    this.lexicon = lexicon;
  }

  /** The cue right after a closing quotation mark: from token j, before token limit. */
  Cue after(int j, int limit) {
    while (j < limit && (GAP.contains(t.lower(j)) || t.isQuoteMark(j))) {
      j++;
    }
    if (j >= limit || t.isFinal(j) || t.quoted(j)) {
      return null;
    }
    Cue source = source(j, limit);
    if (source != null) {
      return source;
    }
    CueLexicon.Verb verb = verbAfterQuote(j);
    if (verb != null) {
      int end = cueEnd(j, verb, limit);
      String pos = t.pos(j);
      if (end < 0 || verb.addressee() || pos.equals("VBG") || pos.equals("VB")) {
        // "“…”, recalling their first meeting": a participle's object is no speaker.
        return null;
      }
      Phrase np = phrases.right(verbEnd(j, verb), limit, true);
      return np == null ? null : cue(j, end, np);
    }
    Phrase np = phrases.right(j, limit, true);
    if (np == null) {
      return null;
    }
    int k = np.end();
    while (k < limit && phrases.skippable(k)) {
      k++;
    }
    if (k >= limit) {
      return null;
    }
    verb = verbAfterQuote(k);
    if (verb != null) {
      int end = cueEnd(k, verb, limit);
      return end < 0 ? null : cue(k, end, np);
    }
    if (!t.lower(k).equals(",")) {
      return null;
    }
    // An apposition between the speaker and the verb: "Abou Dardar, a leader of ..., told".
    boolean relative = false;
    for (int m = k + 1; m < limit && m < k + 30; m++) {
      if (t.isFinal(m) || t.quoted(m)) {
        return null;
      }
      String w = t.lower(m);
      if (w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("that")) {
        relative = true;
      } else if (w.equals(",")) {
        relative = false;
      }
      CueLexicon.Verb v = relative ? null : lexicon.verb(t.get(m));
      if (v != null) {
        int end = cueEnd(m, v, limit);
        if (end < 0) {
          return null;
        }
        // "the harbour master, Ola Berg, told": keep the apposition, it may hold the name.
        Phrase apposition = phrases.right(k + 1, m, true);
        if (apposition != null
            && apposition.end() < m
            && t.lower(apposition.end()).equals(",")
            && !phrases.pronoun(apposition.head())) {
          np = new Phrase(np.first(), np.end(), np.head(), apposition);
        }
        return cue(m, end, np);
      }
      String p = t.pos(m);
      if (!relative && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The reporting verb at token k right beside a quote: a verb of the lexicon, or its past form
   * whatever its tag ("“…” tweeted the mayor": taggers often take a past form after a closing mark
   * for an adjective).
   */
  private CueLexicon.Verb verbAfterQuote(int k) {
    CueLexicon.Verb verb = lexicon.verb(t.get(k));
    return verb != null ? verb : lexicon.pastForm(t.lower(k));
  }

  /** The nearest cue with a speaker before a quote: tokens lo to hi (the opening mark). */
  Cue before(int lo, int hi) {
    for (int k = hi - 1; k >= lo && hi - k <= LEADING_REACH; k--) {
      if (t.quoted(k)) {
        continue;
      }
      Cue source = source(k, hi);
      if (source != null) {
        return source;
      }
      CueLexicon.Verb verb = lexicon.verb(t.get(k));
      if (verb == null) {
        continue;
      }
      int end = cueEnd(k, verb, hi);
      if (end < 0) {
        continue;
      }
      Phrase s = subject(k, t.sentenceFirst(k));
      if (s != null) {
        return cue(k, end, s);
      }
    }
    return null;
  }

  /**
   * For a quote after a colon or a comma with no reporting verb ("Morell praised Mendez on Twitter:
   * “…”", "Trump, also on Twitter, defended his decision, “…”"): the first verb of the clause
   * before the mark, when its subject can be a speaker (a name, a pronoun, a role).
   */
  Cue beforeColon(int lo, int open) {
    int colon = open - 1;
    if (colon < lo || !(t.lower(colon).equals(":") || t.lower(colon).equals(","))) {
      return null;
    }
    if (t.lower(colon).equals(",")
        && !(colon - 1 >= lo
            && (t.pos(colon - 1).startsWith("NN") || t.pos(colon - 1).startsWith("PRP")))) {
      // "defended his decision, “…”" ends a clause with its object; "convicted of, “…”" and "was
      // effectively, “…”" leave the quote to complete it.
      return null;
    }
    return clauseSubject(lo, colon);
  }

  /**
   * For a quote that opens a sentence with no cue and no neighbour to take a speaker from ("X
   * criticized the decision. “…”"): the speaker-like subject of the sentence before it, tokens lo
   * to hi; null when there is none.
   */
  Cue previousSentence(int lo, int hi) {
    for (int m = lo; m < hi; m++) {
      if (t.quoted(m)) {
        return null; // a sentence with a quote of its own gives its speaker another way
      }
    }
    return clauseSubject(lo, hi);
  }

  /** The first finite verb from lo (before hi) whose subject can be a speaker, as a cue. */
  private Cue clauseSubject(int lo, int hi) {
    for (int m = lo; m < hi && m - lo <= LEADING_REACH; m++) {
      if (t.quoted(m) || !phrases.finite(m)) {
        continue;
      }
      Phrase s = phrases.subject(m, lo);
      return s != null && speakerLike(s) ? cue(m, m + 1, s) : null;
    }
    return null;
  }

  /** Whether a phrase can name a speaker: a name, a pronoun other than "it", a role. */
  private boolean speakerLike(Phrase s) {
    String head = t.lower(s.head());
    return t.pos(s.head()).startsWith("NNP")
        || phrases.pronoun(s.head()) && !head.equals("it")
        || lexicon.personRole(head)
        || lexicon.organizationRole(head);
  }

  /**
   * For a partial quote after "as" ("Trump attacked the inquiry as “…”", "she described him as a
   * “…”"): the characterising verb a few words before, with its speaker-like subject.
   */
  Cue beforeAs(int lo, int open) {
    int k = open - 1;
    if (k >= lo && t.pos(k).equals("DT")) {
      k--;
    }
    if (k < lo || !t.lower(k).equals("as")) {
      return null;
    }
    for (int m = k - 1; m >= lo && k - m <= Phrases.MAX_PHRASE; m--) {
      if (t.quoted(m) || t.isFinal(m)) {
        return null;
      }
      if (lexicon.characterising(t.get(m))) {
        if (!phrases.finite(m) && !t.pos(m).equals("VBG")) {
          return null; // "was described as": a passive, see passive()
        }
        Phrase s = subject(m, lo);
        return s != null && speakerLike(s) ? cue(m, m + 1, s) : null;
      }
    }
    return null;
  }

  /**
   * For a partial quote in a passive with its agent after it ("was described as “…” by the police",
   * "was announced to be a “…” by the WHO"): the participle a few words before the quote and the
   * phrase after "by". Tokens lo to open (the opening mark); after is the first token past the
   * closing mark, limit where the sentence ends.
   */
  Cue passive(int lo, int open, int after, int limit) {
    int by = after;
    while (by < limit && t.lower(by).equals(",")) {
      by++;
    }
    if (by + 1 >= limit || !t.lower(by).equals("by")) {
      return null;
    }
    for (int m = open - 1; m >= lo && open - m <= 8; m--) {
      if (t.quoted(m) || t.isFinal(m)) {
        return null;
      }
      if (t.pos(m).equals("VBN")
          && (lexicon.verb(t.get(m)) != null || lexicon.characterising(t.get(m)))) {
        Phrase np = sourcePhrase(by + 1, limit);
        return np == null ? null : cue(m, m + 1, np);
      }
    }
    return null;
  }

  /** Whether the cue is a source phrase ("according to X"), whose speaker follows it. */
  boolean sourceCue(Cue cue) {
    for (String[] phrase : lexicon.sources()) {
      if (matches(cue.first(), phrase, cue.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence of token i says its source is anonymous. */
  boolean anonymous(int i) {
    int end = t.sentenceEnd(i);
    for (int k = t.sentenceFirst(i); k < end; k++) {
      if (!t.quoted(k)) {
        for (String[] phrase : lexicon.anonymous()) {
          if (matches(k, phrase, end)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Reported speech in all sentences; verbs at the indices in {@code taken} are skipped. */
  List<Reported> reported(Set<Integer> taken) {
    List<Reported> out = new ArrayList<>();
    int n = t.size();
    for (int s = 0; s < n; s = t.sentenceEnd(s)) {
      sentence(s, t.sentenceEnd(s), taken, out);
    }
    return out;
  }

  private void sentence(int first, int end, Set<Integer> taken, List<Reported> out) {
    int last = end;
    while (last > first
        && (t.isFinal(last - 1) || t.isQuoteMark(last - 1) && !t.quoted(last - 1))) {
      last--;
    }
    frame(first, last, out);
    for (int k = first; k < last; k++) {
      if (t.quoted(k) || taken.contains(k)) {
        continue;
      }
      if (t.lower(k).equals("according") && k + 1 < last && t.lower(k + 1).equals("to")) {
        according(first, last, k, out);
        continue;
      }
      if (directive(first, last, k, out)) {
        continue;
      }
      CueLexicon.Verb verb = lexicon.verb(t.get(k));
      if (verb == null || verb.quoteOnly()) {
        continue;
      }
      int cueEnd = cueEnd(k, verb, last);
      if (cueEnd < 0) {
        continue;
      }
      Phrase s = subject(k, first);
      if (s == null) {
        // "CLAUSE, said the minister."
        if (!verb.addressee() && k - 1 > first && t.lower(k - 1).equals(",")) {
          Phrase np = phrases.right(verbEnd(k, verb), last, true);
          if (np != null && shortTail(np.end(), last)) {
            add(out, clauseStart(first), k - 1, cue(k, cueEnd, np));
          }
        }
        continue;
      }
      if (phrases.afterRelative(s, first)) {
        continue;
      }
      int comma = commaBefore(s.first(), first);
      if (comma > first && shortTail(cueEnd, last) && (verb.addressee() || !object(cueEnd, last))) {
        add(out, clauseStart(first), comma, cue(k, cueEnd, s)); // "CLAUSE, X said."
        continue;
      }
      if (comma > first && cueEnd + 1 < last && t.lower(cueEnd).equals(",")) {
        if (OPENING_CONJUNCTIONS.contains(t.lower(cueEnd + 1))) {
          add(out, clauseStart(first), comma, cue(k, cueEnd, s)); // "A, X said, and B."
        } else {
          // "In between, she testified, she was ...": the attribution sits inside the clause.
          add(out, clauseStart(first), clauseEnd(cueEnd + 1, last), cue(k, cueEnd, s));
        }
        continue;
      }
      int c = cueEnd;
      if (verb.addressee()) {
        c = listenerEnd(c, last);
      }
      int that = -1;
      for (int m = c; m < last && m < c + 10; m++) {
        if (complementizer(m, last)) {
          that = m;
          break;
        }
        if (t.pos(m).startsWith("VB") || t.quoted(m)) {
          break;
        }
      }
      boolean bare = that < 0;
      if (that >= 0) {
        c = that + 1;
      } else {
        c = skipTime(c, last);
        if (c < last && (t.lower(c).equals(",") || t.lower(c).equals(":"))) {
          c++;
        }
        if (c >= last || t.lower(c).equals("to") || t.isFinal(c)) {
          continue;
        }
      }
      if (c < last && lexicon.verb(t.get(c)) != null) {
        continue; // "told state media, adding that ...": the clause is the participle's
      }
      int stop = clauseEnd(c, last);
      if (bare && !(verb.thatOnly() ? subjectFirst(c, stop) : clause(c, stop))) {
        // "announced the withdrawal of the bill", "emphasized the requirement of approval": a noun
        // phrase is no reported speech. A verb that takes "that" reports a bare clause only when
        // it plainly starts one ("concluded evidence supported the claim").
        continue;
      }
      add(out, c, stop, cue(k, cueEnd, s));
    }
  }

  /**
   * "X urged the embassy to reconsider", "called on Turkey to halt its drilling", "recommending to
   * keep it a museum": a request is reported as its listener and infinitive, up to the first comma
   * after them. Returns whether one was added for the verb at token k.
   */
  private boolean directive(int first, int last, int k, List<Reported> out) {
    if (!t.pos(k).startsWith("VB")) {
      return false;
    }
    String lemma = t.get(k).lemma().toLowerCase(java.util.Locale.ROOT);
    for (String[] phrase : lexicon.directives()) {
      if (!phrase[0].equals(lemma)) {
        continue;
      }
      int c = k + 1;
      boolean whole = true;
      for (int i = 1; i < phrase.length && whole; i++, c++) {
        whole = c < last && t.lower(c).equals(phrase[i]);
      }
      if (!whole || c >= last) {
        continue;
      }
      int to = -1;
      for (int m = c; m < last && m - c <= Phrases.MAX_PHRASE; m++) {
        if (t.quoted(m) || t.isFinal(m) || phrases.finite(m)) {
          break;
        }
        if (t.lower(m).equals("to") && m + 1 < last && t.pos(m + 1).equals("VB")) {
          to = m;
          break;
        }
      }
      Phrase s = to < 0 ? null : subject(k, first);
      if (s == null || phrases.afterRelative(s, first)) {
        return false;
      }
      int stop = clauseEnd(c, last);
      for (int m = to + 2; m < stop; m++) {
        String w = t.lower(m);
        if (!t.quoted(m)
            && (w.equals(",")
                || (w.equals("and") || w.equals("but")) && m + 1 < stop && phrases.finite(m + 1))) {
          stop = m; // "urged the embassy to reconsider and spoke with …": the request ends
          break;
        }
      }
      add(out, c, stop, cue(k, c, s));
      return true;
    }
    return false;
  }

  /** "In a statement, the ministry condemned ...": the subject after the frame is the speaker. */
  private void frame(int first, int last, List<Reported> out) {
    int k = first;
    while (k < last && OPENING_CONJUNCTIONS.contains(t.lower(k))) {
      k++;
    }
    for (String[] phrase : lexicon.frames()) {
      if (!matches(k, phrase, last)) {
        continue;
      }
      int m = k + phrase.length;
      if (m >= last || !t.lower(m).equals(",")) {
        return;
      }
      Phrase np = phrases.right(m + 1, last, true);
      if (np == null) {
        return;
      }
      int v = np.end();
      while (v < last && phrases.skippable(v)) {
        v++;
      }
      if (v < last && t.pos(v).startsWith("VB") && lexicon.verb(t.get(v)) == null) {
        add(out, v, clauseEnd(v + 1, last), cue(k, m, np));
      }
      return;
    }
  }

  private void according(int first, int last, int k, List<Reported> out) {
    Phrase np = sourcePhrase(k + 2, last);
    if (np == null) {
      return;
    }
    Cue cue = cue(k, k + 2, np);
    int lead = first;
    while (lead < k && OPENING_CONJUNCTIONS.contains(t.lower(lead))) {
      lead++;
    }
    if (!hasFinite(lead, k)) {
      // "According to X(, the Y of Z)(, who ...), CLAUSE." and "On Sunday in London, according to
      // X, CLAUSE.": the clause starts after the source, its apposition and relative clause.
      int c = clauseAfter(np.end(), last);
      if (c >= 0) {
        add(out, c, clauseEnd(c, last), cue);
      }
      return;
    }
    int comma = commaAfter(np.end(), last);
    if (comma >= 0 && comma + 1 < last && k > first && t.lower(k - 1).equals(",")) {
      String w = t.lower(comma + 1);
      boolean relative = w.equals("who") || w.equals("which") || w.equals("whose");
      if (!relative && hasVerb(comma + 1, last)) {
        // "One child was, according to the fire service, trapped ...": inside the clause.
        add(out, clauseStart(first), last, cue);
        return;
      }
    }
    // "CLAUSE, according to X(, the Y of Z)(, who said ...)."
    int end = k;
    if (end - 1 > first && t.lower(end - 1).equals(",")) {
      end--;
    }
    add(out, clauseStart(first), end, cue);
  }

  /**
   * The first token of the clause that follows a source phrase ending at token from: after the
   * first comma that is followed by a clause with a finite verb, an apposition ("Dr. Tom Frieden,
   * formerly the director of the CDC, CLAUSE") and a relative clause ("X, who ..., CLAUSE")
   * skipped. -1 when there is none.
   */
  private int clauseAfter(int from, int last) {
    int cap = Math.min(last, from + LEADING_REACH);
    for (int m = from; m < cap; m++) {
      if (t.quoted(m) || !t.lower(m).equals(",")) {
        continue;
      }
      int c = m + 1;
      if (c >= last) {
        return -1;
      }
      String w = t.lower(c);
      if (w.equals("who") || w.equals("which") || w.equals("whose")) {
        continue;
      }
      int next = c;
      while (next < last && !(t.lower(next).equals(",") && !t.quoted(next))) {
        next++;
      }
      if (hasFinite(c, next) || next >= last) {
        return c;
      }
    }
    return -1;
  }

  /** The first comma at or after token from, before any verb, within a short phrase; -1 if none. */
  private int commaAfter(int from, int last) {
    for (int m = from; m < last && m - from <= Phrases.MAX_PHRASE; m++) {
      if (t.lower(m).equals(",") && !t.quoted(m)) {
        return m;
      }
      if (t.pos(m).startsWith("VB") || t.isFinal(m)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether tokens lo to hi are a clause: a finite verb or modal (quoted words count: "said Day
   * “founded …”"), not right after a relative pronoun ("the change, despite criticism by UNESCO who
   * questioned it" is a noun phrase).
   */
  private boolean clause(int lo, int hi) {
    for (int m = lo; m < hi; m++) {
      if (phrases.finite(m) || t.pos(m).equals("MD")) {
        int b = m - 1;
        while (b >= lo && t.pos(b).startsWith("RB")) {
          b--;
        }
        // "the requirement of approval, and left early": a verb after "and" is the speaker's own.
        return !(b >= lo
            && (t.pos(b).startsWith("W")
                || t.lower(b).equals("and")
                || t.lower(b).equals("or")
                || t.lower(b).equals("but")
                || t.lower(b).equals(",")));
      }
    }
    return false;
  }

  /** Whether tokens lo to hi start with a subject and its finite verb ("evidence supported"). */
  private boolean subjectFirst(int lo, int hi) {
    for (int m = lo; m < hi && m - lo <= Phrases.MAX_PHRASE; m++) {
      if (t.quoted(m)) {
        return false;
      }
      if (phrases.finite(m) || t.pos(m).equals("MD")) {
        Phrase s = phrases.subject(m, lo);
        return s != null && s.first() == lo;
      }
    }
    return false;
  }

  /** Whether tokens lo to hi hold a finite verb or a modal outside quotation marks. */
  private boolean hasFinite(int lo, int hi) {
    for (int m = lo; m < hi; m++) {
      if (!t.quoted(m) && (phrases.finite(m) || t.pos(m).equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens lo to hi hold a verb of any form outside quotation marks. */
  private boolean hasVerb(int lo, int hi) {
    for (int m = lo; m < hi; m++) {
      if (!t.quoted(m) && (t.pos(m).startsWith("VB") || t.pos(m).equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  private void add(List<Reported> out, int first, int end, Cue cue) {
    while (end > first
        && (t.lower(end - 1).equals(",") || t.isQuoteMark(end - 1) && !t.quoted(end - 1))) {
      end--;
    }
    if (end - first >= 3) {
      out.add(new Reported(first, end, cue));
    }
  }

  /** The subject of a reporting verb, borrowed from the verb before for participles and "and V". */
  private Phrase subject(int k, int lo) {
    Phrase s = phrases.subject(k, lo);
    int before = k - 1;
    while (before >= lo && phrases.skippable(before)) {
      before--;
    }
    boolean participle = t.pos(k).equals("VBG") && (k == lo || !t.get(k - 1).lemma().equals("be"));
    boolean coordinated =
        before >= lo
            && (t.lower(before).equals("and")
                || t.lower(before).equals("but")
                || t.lower(before).equals(",")
                || t.lower(before).equals("\u2013")
                || t.lower(before).equals("\u2014"));
    if (s != null && !participle) {
      return s;
    }
    if (s != null && s.first() - 1 >= lo && t.lower(s.first() - 1).equals("with")) {
      return s; // "with local media reporting that ..."
    }
    if (s != null
        && participle
        && s.end() == k
        && lexicon.personRole(t.get(s.head()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return s; // "the calls by officials asking ...": the participle qualifies the officials
    }
    // A bare infinitive after "and" ("to identify ... and report back") has no subject of its own.
    String pos = t.pos(k);
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    if (s == null && pos.equals("VB") && k - 1 >= lo && t.lower(k - 1).equals("to")) {
      return goesOnTo(k - 2, lo);
    }
    if (!participle && !(coordinated && finite)) {
      return null;
    }
    boolean and = before >= lo && (t.lower(before).equals("and") || t.lower(before).equals("but"));
    // A participle takes the subject of the main verb ("the parliament rejected ..., saying"), not
    // of a verb in a subordinate clause ("described how the attack unfolded, stating"); a verb
    // after "and" that of the verb before it ("opposed the withdrawal and said"); a verb after a
    // comma that of the reporting verb before it ("acknowledged ..., emphasized").
    for (int m = k - 1; m >= lo && k - m <= LEADING_REACH; m--) {
      if (!t.quoted(m)
          && phrases.finite(m)
          && (participle || and || lexicon.verb(t.get(m)) != null)) {
        Phrase main = phrases.subject(m, lo);
        if (main != null
            && (participle || and)
            && main.first() - 1 >= lo
            && SUBORDINATORS.contains(t.lower(main.first() - 1))) {
          continue;
        }
        return main;
      }
    }
    return null;
  }

  /**
   * The subject of "X went on to say", "X continued to say": the finite verb before "to" at token
   * i, when it carries the speech on.
   */
  private Phrase goesOnTo(int i, int lo) {
    int m = i;
    while (m >= lo && (t.lower(m).equals("on") || t.pos(m).startsWith("RB"))) {
      m--;
    }
    if (m < lo || !phrases.finite(m) || !CARRY_ON.contains(t.get(m).lemma())) {
      return null;
    }
    return phrases.subject(m, lo);
  }

  /** "according to X" at token k: a cue whose speaker follows it. */
  private Cue source(int k, int limit) {
    for (String[] phrase : lexicon.sources()) {
      if (matches(k, phrase, limit)) {
        Phrase np = sourcePhrase(k + phrase.length, limit);
        return np == null ? null : cue(k, k + phrase.length, np);
      }
    }
    return null;
  }

  /**
   * The source named after "according to": the phrase itself, or the author of a text it names ("a
   * tweet on Monday by US Secretary of State Mike Pompeo").
   */
  private Phrase sourcePhrase(int i, int limit) {
    Phrase np = phrases.right(i, limit, true);
    if (np == null || !lexicon.document(t.lower(np.head()))) {
      return np;
    }
    for (int m = np.head() + 1; m < limit && m <= np.head() + 6 && !t.quoted(m); m++) {
      String w = t.lower(m);
      if (w.equals("by") || w.equals("from")) {
        Phrase author = phrases.right(m + 1, limit, true);
        return author != null ? author : np;
      }
      if (w.equals(",") || t.pos(m).startsWith("VB")) {
        break;
      }
    }
    return np;
  }

  /** One past the verb and its particle ("pointed out"). */
  private int verbEnd(int k, CueLexicon.Verb verb) {
    return verb.particle() == null ? k + 1 : k + 2;
  }

  /** One past the cue's last token, setting included ("said in a statement"); -1 if incomplete. */
  private int cueEnd(int k, CueLexicon.Verb verb, int limit) {
    int end = k + 1;
    if (verb.particle() != null) {
      if (end >= limit || !t.lower(end).equals(verb.particle())) {
        return -1;
      }
      end++;
    }
    for (String[] phrase : lexicon.settings()) {
      if (matches(end, phrase, limit)) {
        return end + phrase.length;
      }
    }
    return end;
  }

  /**
   * Where the listener after "told" ends: a noun phrase, cut after a name that a number or an
   * adjective follows ("told the Associated Press four victims were ...": the clause's subject
   * starts at "four").
   */
  private int listenerEnd(int c, int last) {
    Phrase listener = phrases.right(c, last, false);
    if (listener == null) {
      return c;
    }
    for (int m = listener.first() + 1; m < listener.end(); m++) {
      String p = t.pos(m);
      if (t.pos(m - 1).startsWith("NNP") && (p.equals("CD") || p.startsWith("JJ"))) {
        return m;
      }
    }
    return listener.end();
  }

  /**
   * Whether the "that" at m opens a clause ("said on Monday that profits would fall"), not a
   * relative clause ("proposed legislation that would fund"): the tagger gives both WDT, so tell
   * them by what follows.
   */
  private boolean complementizer(int m, int last) {
    if (!t.lower(m).equals("that") || t.pos(m).equals("DT") || m + 1 >= last) {
      return false;
    }
    String next = t.pos(m + 1);
    return !next.equals("MD") && !next.startsWith("VB") && !next.startsWith("RB");
  }

  /** Skips a time expression opening a clause: "on Friday", "last week", "Sunday". */
  private int skipTime(int c, int last) {
    while (c < last) {
      String w = t.lower(c);
      if (lexicon.time(w)) {
        c++;
      } else if (c + 1 < last && TIME_LEADS.contains(w) && lexicon.time(t.lower(c + 1))) {
        c += 2;
      } else {
        return c;
      }
    }
    return c;
  }

  private Cue cue(int first, int end, Phrase speaker) {
    return new Cue(first, end, t.text(first, end), speaker);
  }

  private boolean matches(int k, String[] phrase, int limit) {
    if (k + phrase.length > limit) {
      return false;
    }
    for (int i = 0; i < phrase.length; i++) {
      if (!t.lower(k + i).equals(phrase[i]) || t.quoted(k + i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether only a few words without a verb follow the cue: "said Sunday", "said on Monday". */
  private boolean shortTail(int from, int last) {
    for (int m = from; m < last; m++) {
      String w = t.lower(m);
      if (w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals(";")) {
        last = m; // "…, they said Sunday — murder carrying …": the tail ends at the dash
        break;
      }
    }
    if (last - from > 7 || from < last && t.lower(from).equals(",")) {
      return false; // ", never safe": the clause goes on after the attribution
    }
    for (int m = from; m < last; m++) {
      if (t.pos(m).startsWith("VB") || t.lower(m).equals("that") || t.quoted(m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an object follows the verb, tokens from to last: "the virus claimed 600 lives" is no
   * attribution of the clause before it, "X said Sunday" is.
   */
  private boolean object(int from, int last) {
    if (from >= last) {
      return false;
    }
    String p = t.pos(from);
    boolean nominal =
        p.startsWith("NN")
            || p.equals("DT")
            || p.equals("CD")
            || p.equals("PRP$")
            || p.startsWith("JJ")
            || p.equals("PRP");
    return nominal && !lexicon.time(t.lower(from));
  }

  /** The comma right before the subject (quotation marks between skipped), or -1. */
  private int commaBefore(int subjectFirst, int first) {
    int m = subjectFirst - 1;
    while (m > first && t.isQuoteMark(m)) {
      m--;
    }
    // In ",” Le Drian said" the comma stands inside the closing quotation mark.
    return m > first && t.lower(m).equals(",") ? m : -1;
  }

  private int clauseStart(int first) {
    int k = first;
    while (k < t.size() && (OPENING_CONJUNCTIONS.contains(t.lower(k)) || t.lower(k).equals(","))) {
      k++;
    }
    return k;
  }

  /** Where a reported clause starting at c stops: before another attribution, or at last. */
  private int clauseEnd(int c, int last) {
    int cap = Math.min(last, c + MAX_CLAUSE);
    for (int m = c + 1; m < cap; m++) {
      if (t.quoted(m)) {
        continue;
      }
      String w = t.lower(m);
      if (w.equals(":") && m + 1 < cap && t.quoted(m + 1)) {
        return m; // "CLAUSE: “…”": the quote is an attribution of its own
      }
      if (!CLAUSE_BREAKS.contains(w)) {
        continue;
      }
      if (w.equals(";")) {
        return m;
      }
      if (w.equals(",") && m + 1 < cap && CONCESSIVE.contains(t.lower(m + 1))) {
        return m; // ", though it was later found": the writer's remark, not the source's
      }
      int n = m + 1;
      boolean modal = false;
      while (n < cap && (CLAUSE_BREAKS.contains(t.lower(n)) || phrases.skippable(n))) {
        modal |= t.pos(n).equals("MD");
        n++;
      }
      if (n >= cap) {
        break;
      }
      String next = t.lower(n);
      if (next.equals("which") || next.equals("who") || next.equals("whose")) {
        continue; // ", which he said would allow …": a relative clause goes on with the content
      }
      String pos = t.pos(n);
      if (clauseVerb(n) && !modal && (phrases.finite(n) || pos.equals("VBG"))) {
        return m; // "... and emphasized that", ", warning of"; not "he can and may declare"
      }
      Phrase np = phrases.right(n, cap, true);
      if (np != null) {
        int v = np.end();
        while (v < cap && phrases.skippable(v)) {
          v++;
        }
        if (v < cap && clauseVerb(v) && !t.quoted(v) && !t.pos(v).equals("VBN")) {
          return m; // ", though he claimed", ", Reuters reported"; not ", and cases were reported"
        }
      }
    }
    return cap;
  }

  /** Whether token i is a reporting verb that may report a clause (not one for quotes only). */
  private boolean clauseVerb(int i) {
    CueLexicon.Verb verb = lexicon.verb(t.get(i));
    return verb != null && !verb.quoteOnly();
  }
}
