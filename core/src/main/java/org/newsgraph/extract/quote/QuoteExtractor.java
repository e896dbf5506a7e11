package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.extract.quote.AttributionFinder.Cue;
import org.newsgraph.extract.quote.AttributionFinder.Reported;
import org.newsgraph.extract.quote.SpeakerResolver.Kind;
import org.newsgraph.extract.quote.SpeakerResolver.Speaker;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;

/**
 * The quote stage's front door: finds who said what in an annotated document.
 *
 * <p>What it finds:
 *
 * <ul>
 *   <li><b>Direct quotes</b>: words between quotation marks in any common typography (see {@link
 *       QuoteMarks}), with a reporting cue beside them (see {@link AttributionFinder}). A quote
 *       interrupted by its attribution ("“…,” he said, “…”") is one quote. A quote opening its
 *       sentence (or following a colon, or a comma or reporting verb and starting with a capital)
 *       is full; one that starts inside a clause is <em>partial</em> ({@code partial: true}).
 *   <li><b>Indirect speech</b> ({@code direct: false}): the reported clause of "X said (that) …",
 *       "…, X said", "according to X, …" and the like. A partial quote inside it is reported too,
 *       as its own direct, partial quote.
 * </ul>
 *
 * <p>Cues beside a quote: right after it ("“…,” she said", "“…” tweeted the mayor"), where a period
 * inside the marks lets only an attribution that ends its sentence count ("“….” Graham
 * continued."); else before it in its sentence: a reporting verb, a verb that characterises
 * ("called it “a non-starter”", "attacked the inquiry as “…”"), a passive with its agent ("was
 * described as “…” by the police"), or, after a colon or a comma, the subject of the clause before
 * ("Trump, also on Twitter, defended his decision, “…”"). An interrupted quote resumes after its
 * attribution and a short tail ("“…,” Day said in her memoir, “…”"); quoted stretches one cue
 * introduces outside reported speech are one quote ("described him as “…” who was “…”").
 *
 * <p>Quotes without a cue of their own: one following or preceding an attributed quote or reported
 * speech in the same paragraph takes its speaker (a partial quote only from its own sentence); a
 * quote that opens a paragraph right after a paragraph ending in an attributed direct quote
 * continues it (the news convention for a speaker quoted over several paragraphs), when it ends
 * like a sentence; a full quote opening a sentence takes the speaker-like subject of the sentence
 * before it ("X criticized the decision. “…”"). Otherwise a full quote of ten words or more is kept
 * without a speaker; a shorter one, and a quote of fewer than four words inside a sentence with no
 * reporting verb, is a title or a scare quote ("a “back up” caliphate") and is not reported, nor is
 * a partial quote written as a title ("“A Tribute For a King”"). Quoted words right after a naming
 * word ("nicknamed “Kojak”", "the so-called “…”", "the question, “…”") or alone in parentheses ("an
 * anti-Brexit (“British exit”) march") are never quotes.
 *
 * <p>Speakers are resolved by {@link SpeakerResolver}: names to entities, pronouns and descriptions
 * to the most recent compatible entity or unnamed source, other descriptions kept as they are with
 * no entity.
 *
 * <p>Confidence is a product of two scores by rule. What was said: 0.95 for a direct quote with
 * both marks, 0.85 for a partial quote, 0.75 for a direct quote missing a mark, 0.70 for indirect
 * speech. Who said it: 1.0 for a name or a description given by the quote's own cue; 0.9 for a
 * pronoun or description resolved to an antecedent; 0.85 for a description and 0.7 for a pronoun
 * left unresolved; times 0.85 when the speaker was inherited from a neighbouring quote; 0.5 when
 * there is no speaker.
 *
 * <p>Needs from the annotate stage: sentences and tokens with character offsets into the text, Penn
 * Treebank part-of-speech tags and lemmas; the clean text with paragraphs separated by a blank
 * line. Needs from the entity stage: entities with their mentions (and titles, when known). Runs in
 * time linear in the document: every walk over tokens is capped.
 *
 * <p>Thread-safe: holds only immutable word lists; one instance may serve all threads.
 */
public final class QuoteExtractor {

  /** Fewer words than this inside a sentence with no cue of their own: a scare quote. */
  static final int MIN_INHERITED_PARTIAL_WORDS = 4;

  /** A quote with no speaker at all is kept only from this many words. */
  static final int MIN_SPEAKERLESS_WORDS = 10;

  /** The most tokens an attribution's tail may have: "in her 1976 autobiography". */
  static final int MAX_TAIL = 10;

  /** At most this many words join quoted stretches of one attribution ("who was", "and"). */
  static final int MAX_JOIN = 3;

  private static final Pattern PARAGRAPH_REOPENED =
      Pattern.compile("\\n[ \\t\\r]*\\n\\s*(?:[\"\u201C\u201D\u201E\u00AB\u00BB]|``)\\s*");

  private final CueLexicon lexicon;

  /**
   * An extractor with the bundled word lists.
   *
   * @throws IllegalStateException if the bundled word lists are missing (a broken build)
   */
  public QuoteExtractor() {
    this.lexicon = CueLexicon.standard();
  }

  /** A direct quote being built: its pieces and what was found about it. */
  private static final class Group {
    final List<QuotedSpan> pieces = new ArrayList<>();
    int paragraph;
    boolean partial;
    boolean paragraphStart;
    Cue cue;
    Speaker speaker;
    boolean inherited;
    Speaker nextSpeaker;
    int nextSentence = -1;
    Cue fallback;
    Speaker fallbackSpeaker;

    QuotedSpan first() {
      return pieces.get(0);
    }

    QuotedSpan last() {
      return pieces.get(pieces.size() - 1);
    }
  }

  /** Reported speech with its resolved speaker. */
  private static final class Indirect {
    final Reported reported;
    Speaker speaker;

    Indirect(Reported reported) {
      this.reported = reported;
    }
  }

  /**
   * The quotes of a document, in text order.
   *
   * @param doc the annotated document
   * @param entities the document's entities with their mentions; may be empty
   * @return its quotes, direct and indirect, ordered by start
   * @throws NullPointerException if an argument is null
   */
  public List<Quote> extract(AnnotatedDocument doc, List<Entity> entities) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(entities, "entities");
    String text = doc.text();
    TextTokens t = new TextTokens(doc);
    if (text.isEmpty() || t.size() == 0) {
      return List.of();
    }
    List<QuotedSpan> spans = QuoteMarks.find(text);
    t.markQuoted(spans);
    Phrases phrases = new Phrases(t, lexicon);
    AttributionFinder finder = new AttributionFinder(t, phrases, lexicon);
    int[] paragraphs = paragraphStarts(text);

    Set<Integer> taken = new HashSet<>();
    List<Group> groups = groups(t, spans, paragraphs, finder, taken);
    boolean[] inFullQuote = new boolean[t.size()];
    for (Group g : groups) {
      if (!g.partial) {
        for (QuotedSpan s : g.pieces) {
          for (int i = t.firstAtOrAfter(s.open()); i < t.size() && t.start(i) < s.close(); i++) {
            inFullQuote[i] = true;
          }
        }
      }
    }
    List<Indirect> indirect = new ArrayList<>();
    for (Reported r : outermost(finder.reported(taken))) {
      boolean overlaps = false;
      boolean allQuoted = true;
      for (int i = r.first(); i < r.end() && !overlaps; i++) {
        overlaps = inFullQuote[i];
        allQuoted &= t.quoted(i) || t.isQuoteMark(i);
      }
      // A clause that is quoted words only ("by saying “we are ready …”") is the quote itself.
      if (!overlaps && !allQuoted) {
        indirect.add(new Indirect(r));
      }
    }
    boolean[] inClause = new boolean[t.size()];
    for (Indirect r : indirect) {
      for (int i = r.reported.first(); i < r.reported.end(); i++) {
        inClause[i] = true;
      }
    }
    groups = shareCues(t, groups, inClause);
    resolve(t, entities, finder, groups, indirect);
    inherit(text, t, paragraphs, groups, indirect);
    return quotes(text, t, groups, indirect);
  }

  private List<Group> groups(
      TextTokens t,
      List<QuotedSpan> spans,
      int[] paragraphs,
      AttributionFinder finder,
      Set<Integer> taken) {
    String text = t.text;
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      QuotedSpan s = spans.get(i);
      int open = t.firstAtOrAfter(s.open());
      if (naming(t, open) || gloss(text, s)) {
        continue;
      }
      Group g = new Group();
      g.pieces.add(s);
      g.paragraph = paragraphOf(paragraphs, s.open());
      int paragraphFirst = skipSpaces(text, paragraphs[g.paragraph]);
      g.paragraphStart = paragraphFirst == s.open();
      char before = charBefore(text, s.open(), paragraphs[g.paragraph]);
      boolean sentenceStart = before == 0 || ".!?\u2026".indexOf(before) >= 0 || isMark(before);
      boolean capital = opensCapital(text, s);
      boolean cueBefore = cueRightBefore(t, open);
      g.partial =
          !(sentenceStart
              || before == ':'
              || (capital && (before == ',' || before == '\u2014' || before == '\u2013'))
              || (capital && cueBefore));
      int nextOpen = i + 1 < spans.size() ? t.firstAtOrAfter(spans.get(i + 1).open()) : t.size();
      Cue cue = cueAfter(t, finder, spans, i, paragraphs);
      int lo = open < t.size() ? t.sentenceFirst(open) : open;
      if (g.partial && open < t.size() && (cue == null || finder.sourceCue(cue))) {
        // "Pelosi called his conduct a “…”, according to NBC": the words are Pelosi's; NBC
        // reports the sentence. "was described as “…” by the police": the agent speaks.
        Cue near = finder.beforeAs(lo, open);
        if (near == null && cue == null) {
          int after = t.firstAtOrAfter(s.close());
          near = finder.passive(lo, open, after, after < t.size() ? t.sentenceEnd(after) : after);
        }
        if (near == null && cue != null) {
          near = finder.before(lo, open);
        }
        if (near != null) {
          cue = near;
        }
      }
      if (cue != null && i + 1 < spans.size() && cue.first() > open) {
        QuotedSpan next = spans.get(i + 1);
        int gapFrom = Math.max(cue.end(), cue.speaker().end());
        boolean resumed =
            onlyPunctuation(t, gapFrom, nextOpen)
                || !g.partial
                    && resumes(t, gapFrom, nextOpen)
                    && cueAfter(t, finder, spans, i + 1, paragraphs) == null;
        if (paragraphOf(paragraphs, next.open()) == g.paragraph
            && resumed
            && !naming(t, nextOpen)) {
          // "“…,” he said, “…”" and "“…,” she wrote in her memoir, “…”": one quote
          g.pieces.add(next);
          i++;
        }
      }
      if (cue == null && !sentenceStart && open < t.size()) {
        // From the sentence start: quotes before in the sentence are skipped, and a second
        // partial quote shares the cue of the first ("said the victims were “…” in an “…”").
        cue = finder.before(t.sentenceFirst(open), open);
        if (cue == null && (before == ':' || before == ',' && !g.partial)) {
          cue = finder.beforeColon(t.sentenceFirst(open), open);
        }
      }
      if (cue == null && g.partial && titleCase(text, s)) {
        continue; // "during ABC's “A Tribute For a King”": a title
      }
      if (cue == null && !g.partial && sentenceStart && open < t.size()) {
        int first = t.sentenceFirst(open);
        if (first == open && first > 0) {
          first = t.sentenceFirst(open - 1);
        }
        if (first < open && paragraphOf(paragraphs, t.start(first)) == g.paragraph) {
          g.fallback = finder.previousSentence(first, open);
        }
      }
      g.cue = cue;
      if (cue != null && !g.partial) {
        taken.add(cue.first());
      }
      groups.add(g);
    }
    return groups;
  }

  /**
   * Joins quotes that one cue introduces together, outside reported speech: "described him as “…”
   * who was “…” and “…”", "said “…” and “…”" are one attribution of several quoted stretches.
   * Quotes inside a reported clause stay apart: the clause is their attribution.
   */
  private List<Group> shareCues(TextTokens t, List<Group> groups, boolean[] inClause) {
    List<Group> out = new ArrayList<>(groups.size());
    for (Group g : groups) {
      Group last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.cue != null
          && g.cue != null
          && g.partial
          && last.cue.first() == g.cue.first()
          && last.paragraph == g.paragraph
          && shortJoin(t, last.last().close(), g.first().open())
          && !inClause[Math.min(t.firstAtOrAfter(last.first().start()), t.size() - 1)]
          && !inClause[Math.min(t.firstAtOrAfter(g.first().start()), t.size() - 1)]) {
        last.pieces.addAll(g.pieces);
        continue;
      }
      out.add(g);
    }
    return out;
  }

  /** Whether the text between two quotes is a few words with no verb of saying or sentence end. */
  private boolean shortJoin(TextTokens t, int from, int to) {
    int first = t.firstAtOrAfter(from);
    int end = t.firstAtOrAfter(to);
    if (end - first > MAX_JOIN) {
      return false;
    }
    for (int m = first; m < end; m++) {
      if (t.isFinal(m) || t.quoted(m) || lexicon.verb(t.get(m)) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The reported clauses less those inside another one that frames them ("The Times reported that
   * Trump might have encouraged Zelensky to investigate": the request belongs to the report). A
   * clause whose attribution comes after it keeps what it holds ("The ministry said the strikes had
   * stopped, the agency reported": the ministry's words are the news).
   */
  private static List<Reported> outermost(List<Reported> reported) {
    List<Reported> sorted = new ArrayList<>(reported);
    sorted.sort(
        Comparator.comparingInt(Reported::first)
            .thenComparing(Comparator.comparingInt(Reported::end).reversed()));
    List<Reported> out = new ArrayList<>(sorted.size());
    Reported cover = null;
    for (Reported r : sorted) {
      if (cover != null && r.end() <= cover.end() && cover.cue().first() < r.first()) {
        continue;
      }
      out.add(r);
      if (cover == null || r.end() > cover.end()) {
        cover = r;
      }
    }
    return out;
  }

  /** Resolves all speakers in text order, each phrase once. */
  private void resolve(
      TextTokens t,
      List<Entity> entities,
      AttributionFinder finder,
      List<Group> groups,
      List<Indirect> indirect) {
    record Pending(Phrase phrase, int cue, Group group, Indirect indirect, boolean fallback) {}
    List<Pending> pending = new ArrayList<>();
    for (Group g : groups) {
      if (g.cue != null) {
        pending.add(new Pending(g.cue.speaker(), g.cue.first(), g, null, false));
      } else if (g.fallback != null) {
        pending.add(new Pending(g.fallback.speaker(), g.fallback.first(), g, null, true));
      }
    }
    for (Indirect r : indirect) {
      Cue cue = r.reported.cue();
      pending.add(new Pending(cue.speaker(), cue.first(), null, r, false));
    }
    pending.sort(Comparator.comparingInt(p -> p.phrase().first()));
    SpeakerResolver resolver = new SpeakerResolver(t, entities, lexicon);
    Map<Long, Speaker> byPhrase = new HashMap<>();
    Map<Integer, Boolean> anonymous = new HashMap<>();
    for (Pending p : pending) {
      long key = ((long) p.phrase().first() << 32) | p.phrase().end();
      Speaker s = byPhrase.get(key);
      if (s == null) {
        boolean unnamed =
            anonymous.computeIfAbsent(t.sentenceFirst(p.cue()), k -> finder.anonymous(p.cue()));
        s = resolver.resolve(p.phrase(), unnamed);
        byPhrase.put(key, s);
      }
      if (p.fallback()) {
        p.group().fallbackSpeaker = s;
      } else if (p.group() != null) {
        p.group().speaker = s;
      } else {
        p.indirect().speaker = s;
      }
    }
  }

  /** Gives quotes without a cue the speaker of a neighbouring attribution. */
  private void inherit(
      String text, TextTokens t, int[] paragraphs, List<Group> groups, List<Indirect> indirect) {
    record Event(int at, int paragraph, int sentence, Group group, Indirect indirect) {}
    List<Event> events = new ArrayList<>();
    for (Group g : groups) {
      int at = g.first().start();
      events.add(new Event(at, g.paragraph, sentenceAt(t, at), g, null));
    }
    for (Indirect r : indirect) {
      int at = Math.min(t.start(r.reported.first()), t.start(r.reported.cue().first()));
      events.add(new Event(at, paragraphOf(paragraphs, at), sentenceAt(t, at), null, r));
    }
    events.sort(Comparator.comparingInt(Event::at));
    Speaker next = null;
    int nextSentence = -1;
    int nextParagraph = -1;
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.paragraph() != nextParagraph) {
        next = null;
        nextParagraph = e.paragraph();
      }
      if (e.group() != null && e.group().cue == null) {
        e.group().nextSpeaker = next;
        e.group().nextSentence = nextSentence;
      } else if (e.group() != null) {
        next = e.group().speaker;
        nextSentence = e.sentence();
      } else {
        next = null; // reported speech between: the quote before is not the next quote's
      }
    }
    Speaker lastInParagraph = null;
    int lastSentence = -1;
    int paragraph = -1;
    Event lastEvent = null;
    Event endOfPrevious = null;
    for (Event e : events) {
      if (e.paragraph() != paragraph) {
        endOfPrevious =
            lastEvent != null && lastEvent.paragraph() == e.paragraph() - 1 ? lastEvent : null;
        paragraph = e.paragraph();
        lastInParagraph = null;
      }
      Group g = e.group();
      if (g != null && g.cue == null) {
        // A partial quote takes a speaker only from its own sentence: in "According to the mayor,
        // police were investigating. In the document, the writer supposes a “…”" the words are
        // not the mayor's.
        Speaker s = !g.partial || lastSentence == e.sentence() ? lastInParagraph : null;
        // A full quote takes the speaker of the next one only when nothing but that quote follows
        // it: "“A.” “B,” he said." and not "“A,” a déclaré le ministre. “B,” said Petit."
        if (s == null
            && (g.partial ? g.nextSentence == e.sentence() : endsSentence(text, g.last()))) {
          s = g.nextSpeaker;
        }
        if (s == null
            && g.paragraphStart
            && !g.partial
            && (endsSentence(text, g.last()) || !g.last().closed())
            && endOfPrevious != null
            && endOfPrevious.group() != null) {
          s = endOfPrevious.group().speaker;
        }
        if (s == null && !g.partial) {
          s = g.fallbackSpeaker; // "X criticized the decision. “…”": the sentence before's subject
        }
        if (g.partial && words(text, g) < MIN_INHERITED_PARTIAL_WORDS) {
          s = null;
        }
        g.speaker = s;
        g.inherited = s != null;
      }
      Speaker own = g != null ? g.speaker : e.indirect().speaker;
      if (own != null) {
        lastInParagraph = own;
        lastSentence = e.sentence();
      }
      lastEvent = e;
    }
  }

  private List<Quote> quotes(
      String text, TextTokens t, List<Group> groups, List<Indirect> indirect) {
    List<Quote> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.speaker == null
          && (g.partial || g.cue != null || words(text, g) < MIN_SPEAKERLESS_WORDS)) {
        continue;
      }
      StringBuilder words = new StringBuilder();
      int end = g.first().end();
      for (int i = 0; i < g.pieces.size(); i++) {
        QuotedSpan s = g.pieces.get(i);
        end = s.end();
        if (i == g.pieces.size() - 1) {
          while (end > s.start() && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
          }
        }
        if (words.length() > 0) {
          words.append(' ');
        }
        // A quote over several paragraphs reopens each one with a mark: not part of the words.
        words.append(PARAGRAPH_REOPENED.matcher(text.substring(s.start(), end)).replaceAll("\n\n"));
      }
      boolean clean = g.pieces.stream().allMatch(QuotedSpan::clean);
      double what = g.partial ? 0.85 : clean ? 0.95 : 0.75;
      out.add(
          quote(
              words.toString(),
              g.first().start(),
              end,
              true,
              g.partial,
              g.speaker,
              g.cue,
              what * who(g.speaker, g.inherited)));
    }
    for (Indirect r : indirect) {
      int start = t.start(r.reported.first());
      int end = t.end(r.reported.end() - 1);
      out.add(
          quote(
              text.substring(start, end),
              start,
              end,
              false,
              false,
              r.speaker,
              r.reported.cue(),
              0.70 * who(r.speaker, false)));
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> !q.direct()));
    return out;
  }

  private static Quote quote(
      String words,
      int start,
      int end,
      boolean direct,
      boolean partial,
      Speaker s,
      Cue cue,
      double confidence) {
    return new Quote(
        words,
        start,
        end,
        direct,
        partial,
        s == null ? null : s.name(),
        s == null ? null : s.entityId(),
        s == null ? null : s.mention(),
        cue == null ? null : cue.text(),
        Math.round(confidence * 100) / 100.0);
  }

  /** The speaker score of the confidence rule (class documentation). */
  private static double who(Speaker s, boolean inherited) {
    if (s == null) {
      return 0.5;
    }
    double score =
        s.kind() == Kind.NAME || s.kind() == Kind.UNNAMED
            ? 1.0
            : s.resolved() ? 0.9 : s.kind() == Kind.DESCRIPTION ? 0.85 : 0.7;
    return inherited ? score * 0.85 : score;
  }

  /**
   * Whether a reporting verb stands a few words before the opening mark with no verb between: "said
   * “We…”", "said on Friday “We…”", "told reporters: “We…”".
   */
  private boolean cueRightBefore(TextTokens t, int open) {
    for (int k = open - 1; k >= 0 && open - k <= 5; k--) {
      if (t.quoted(k) || t.isFinal(k)) {
        return false;
      }
      if (lexicon.verb(t.get(k)) != null) {
        return true;
      }
      if (t.pos(k).startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the word before the opening mark introduces a name or term: nicknamed “Kojak”. */
  private boolean naming(TextTokens t, int open) {
    int k = open - 1;
    if (k < 0 || open >= t.size() + 1) {
      return false;
    }
    String w = t.lower(k);
    if (lexicon.naming(w)) {
      // "what he called “…”" and "what the police called “…”" report words; "a group called “…”"
      // names.
      boolean speaks =
          lexicon.verb(t.get(k)) != null
              && k > 0
              && (t.pos(k - 1).equals("PRP") || k > 1 && t.lower(k - 2).equals("what"));
      return !speaks;
    }
    // "known as “…”"; "to add the question, “…”, to the census": an apposition names.
    return (w.equals("as") || w.equals(",")) && k > 0 && lexicon.naming(t.lower(k - 1));
  }

  /**
   * Whether the quoted words start with a capital, an editor's bracket included: "[w]e have" and
   * "[Khan] had" begin a sentence the writer adapted; "[a] disgrace" does not.
   */
  static boolean opensCapital(String text, QuotedSpan s) {
    int i = s.start();
    if (i >= s.end()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '[' && i + 1 < s.end()) {
      char inside = text.charAt(i + 1);
      if (Character.isUpperCase(inside)) {
        return true;
      }
      return i + 3 < s.end()
          && Character.isLetter(inside)
          && text.charAt(i + 2) == ']'
          && Character.isLetter(text.charAt(i + 3));
    }
    return Character.isUpperCase(c);
  }

  /**
   * The cue right after the quote at index k of the spans ("“…,” she said"), within its sentence
   * and paragraph and before the next quote; null when there is none. After a quote that ends its
   * sentence (a period inside the marks, or a sentence break after them), only an attribution that
   * ends the sentence counts: in "“… it.” Trump also said that …" the quote's sentence was over, in
   * "“….” Graham continued." it was not.
   */
  private static Cue cueAfter(
      TextTokens t, AttributionFinder finder, List<QuotedSpan> spans, int k, int[] paragraphs) {
    String text = t.text;
    QuotedSpan s = spans.get(k);
    int j = t.firstAtOrAfter(s.close());
    if (j >= t.size()) {
      return null;
    }
    int limit =
        Math.min(
            t.sentenceEnd(j),
            k + 1 < spans.size() ? t.firstAtOrAfter(spans.get(k + 1).open()) : t.size());
    int paragraph = paragraphOf(paragraphs, s.end()); // a quote may run over paragraphs
    if (paragraph + 1 < paragraphs.length) {
      limit = Math.min(limit, t.firstAtOrAfter(paragraphs[paragraph + 1]));
    }
    Cue cue = finder.after(j, limit);
    boolean closed =
        text.charAt(s.end() - 1) == '.' || endsSentence(text, s) && t.sentenceFirst(j) == j;
    if (cue != null
        && closed
        && !closesAttribution(t, Math.max(cue.end(), cue.speaker().end()), limit)) {
      return null;
    }
    return cue;
  }

  /**
   * Whether the quoted words are written as a title: two words or more, each word of four letters
   * or more capitalised ("A Tribute For a King").
   */
  static boolean titleCase(String text, QuotedSpan s) {
    String[] words = text.substring(s.start(), s.end()).trim().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the quote is all there is between parentheses: an anti-Brexit (“British exit”) march.
   */
  static boolean gloss(String text, QuotedSpan s) {
    int before = s.open() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = s.close();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before >= 0
        && text.charAt(before) == '('
        && after < text.length()
        && text.charAt(after) == ')';
  }

  /** The first token of the sentence at a character offset. */
  private static int sentenceAt(TextTokens t, int offset) {
    int i = Math.min(t.firstAtOrAfter(offset), t.size() - 1);
    return t.sentenceFirst(i);
  }

  /**
   * Whether tokens from..to hold only the rest of an attribution: a few words with no finite verb
   * and no "that" ("in the statement", "on Twitter", ", the Director-General of the WHO", "using
   * the pseudonym Katya"), and sentence punctuation.
   */
  private static boolean quietTail(TextTokens t, int from, int to) {
    if (to - from > MAX_TAIL + 2) {
      return false;
    }
    for (int m = from; m < to; m++) {
      String p = t.pos(m);
      if (t.quoted(m)
          || p.equals("VBD")
          || p.equals("VBZ")
          || p.equals("VBP")
          || p.equals("MD")
          || t.lower(m).equals("that")
          || t.lower(m).equals(";")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens from..to are a quiet tail (see {@link #quietTail}) that ends its sentence: "“….”
   * Graham continued." and not "“….” He said “…”".
   */
  private static boolean closesAttribution(TextTokens t, int from, int to) {
    int last = to - 1;
    while (last >= from && t.isQuoteMark(last) && !t.quoted(last)) {
      last--;
    }
    return last >= from && t.isFinal(last) && quietTail(t, from, last);
  }

  /**
   * Whether a quote that an attribution interrupted resumes at token to: the tokens from..to are a
   * quiet tail (see {@link #quietTail}) ending in a comma, colon or dash: "“…,” Day said in her
   * autobiography, “…”". After the sentence's end the next quote is a quote of its own that takes
   * the same speaker ("“….” Graham continued. “…”").
   */
  private boolean resumes(TextTokens t, int from, int to) {
    if (to <= from || !quietTail(t, from, to)) {
      return false;
    }
    int last = to - 1;
    while (last > from && t.isQuoteMark(last)) {
      last--;
    }
    int verb = last;
    while (verb > from && (t.lower(verb).equals(",") || t.lower(verb).equals(":"))) {
      verb--;
    }
    if (lexicon.verb(t.get(verb)) != null) {
      return false; // "said, “…”, adding, “…”": the next quote has a cue of its own
    }
    String w = t.lower(last);
    return w.equals(",") || w.equals(":") || w.equals("\u2014") || w.equals("\u2013");
  }

  private static boolean onlyPunctuation(TextTokens t, int from, int to) {
    for (int m = from; m < to; m++) {
      String w = t.lower(m);
      if (!(w.equals(",")
          || w.equals(":")
          || w.equals("\u2014")
          || w.equals("\u2013")
          || w.equals("-")
          || w.equals("--"))) {
        return false;
      }
    }
    return from <= to;
  }

  private static boolean endsSentence(String text, QuotedSpan s) {
    char c = text.charAt(s.end() - 1);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isMark(char c) {
    return QuoteMarks.isDoubleMark(c) || QuoteMarks.isSingleMark(c);
  }

  /** The last non-space character before i in its paragraph, or 0 when there is none. */
  private static char charBefore(String text, int i, int paragraphStart) {
    int k = i - 1;
    while (k >= paragraphStart && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < paragraphStart ? 0 : text.charAt(k);
  }

  private static int words(String text, Group g) {
    int n = 0;
    for (QuotedSpan s : g.pieces) {
      boolean inWord = false;
      for (int i = s.start(); i < s.end(); i++) {
        boolean letter = !Character.isWhitespace(text.charAt(i));
        if (letter && !inWord) {
          n++;
        }
        inWord = letter;
      }
    }
    return n;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where each paragraph starts: 0, then after every blank line. */
  static int[] paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int n = text.length();
    int i = text.indexOf('\n');
    while (i >= 0) {
      int j = i + 1;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j++;
      }
      if (j < n && text.charAt(j) == '\n') {
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < n) {
          starts.add(j);
        }
      }
      i = text.indexOf('\n', Math.max(j, i + 1));
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static int paragraphOf(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
