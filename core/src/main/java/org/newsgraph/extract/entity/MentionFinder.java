package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NamedMention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.ActorMatch;
import org.newsgraph.extract.actor.Countries;

/**
 * Collects the candidate mentions of a document: the recognizer's names, tidied, and what it missed
 * that the dictionaries know.
 *
 * <p>Tidying a tagged name: a leading article, quotes and brackets and a trailing possessive are
 * dropped; an attached modifier is cut off ("Tripoli-based" is a mention of "Tripoli"); titles and
 * honorifics at the start of a person's name go to the title rules instead ("President Sergio
 * Mattarella" is the person "Sergio Mattarella"); a hyphenated pair of countries or nationalities
 * ("Malian-French") gives one mention for each. Names inside reporters' credits are skipped (see
 * {@link CreditLines}). The class of a name written the same way several times is decided by
 * majority vote over the document, since the recognizer may tag "Haftar" PER in one sentence and
 * ORG in the next.
 *
 * <p>Untagged tokens: a capitalised token outside the tagged names starts a dictionary lookup
 * ({@link ActorDictionary#longestMatch}) over the following tokens; a one-token match must be a
 * proper noun (POS {@code NNP}), a nationality adjective or an all-capitals acronym, so that a
 * capitalised sentence opener is no actor; a match whose dictionary code is the null code is
 * skipped. A capitalised nationality adjective or country name the recognizer left untagged
 * ("Turkish media") is taken from the country table. An untagged acronym ("IS") is kept aside and
 * becomes a mention only if it turns out to abbreviate a name of the document. A sentence written
 * mostly in capitals (a headline) has no case evidence, so nothing untagged is taken from it.
 */
final class MentionFinder {

  /** Honorifics dropped from the start of a person's name; not titles. */
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "mme");

  /** Particles that may open a person's name and that the recognizer sometimes leaves out. */
  private static final Set<String> PERSON_PARTICLES =
      Set.of(
          "Le", "La", "De", "Du", "Da", "Di", "Del", "Van", "Von", "Al", "El", "Ag", "Ben", "Bin",
          "Abu", "Ibn", "Ould", "Dos", "Das", "LE", "DE", "AL", "EL");

  /** Last words of organisation names, which a title never precedes as a person's name. */
  private static final Set<String> ORGANIZATION_NOUNS =
      Set.of(
          "congress",
          "council",
          "party",
          "army",
          "ministry",
          "department",
          "front",
          "movement",
          "brigade",
          "brigades",
          "force",
          "forces",
          "guard",
          "union",
          "assembly",
          "parliament",
          "court",
          "committee",
          "commission",
          "agency",
          "bank",
          "office",
          "authority",
          "organization",
          "organisation",
          "group",
          "coalition",
          "alliance",
          "corps",
          "command",
          "police",
          "service",
          "services",
          "institute",
          "university",
          "association",
          "company",
          "corporation",
          "news",
          "times",
          "post",
          "network",
          "channel",
          "tv",
          "radio",
          "airport",
          "hospital",
          "school",
          "square",
          "palace",
          "house",
          "center",
          "centre",
          "foundation",
          "fund",
          "club",
          "board",
          "senate",
          "government",
          "administration");

  /**
   * Time zones, never taken as untagged acronyms ("1500 UTC"); a tagged one is kept, since
   * CoNLL-2003 tags "GMT" MISC.
   */
  private static final Set<String> TIME_ZONES =
      Set.of(
          "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET",
          "CEST", "EET", "EEST", "JST", "IST", "AEST", "AEDT");

  /** Title heads that are also adjectives opening names of things: "General Motors". */
  private static final Set<String> ADJECTIVE_TITLES =
      Set.of("general", "official", "major", "executive", "chief", "head", "deputy", "leader");

  /** Last words of company names: "General Motors Corp" is no person after a title. */
  static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "corp",
          "corp.",
          "co",
          "co.",
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "plc",
          "llc",
          "ag",
          "sa",
          "nv",
          "bv",
          "gmbh",
          "spa",
          "bhd",
          "pty",
          "lp",
          "llp",
          "group",
          "holdings",
          "industries",
          "international",
          "air",
          "airlines",
          "airways",
          "motors",
          "bros",
          "brothers",
          "partners",
          "associates",
          "securities",
          "capital",
          "investments",
          "pharmaceuticals",
          "electric",
          "systems",
          "technologies",
          "communications",
          "enterprises");

  /** Lower-case words that never open a name ("of Natural History" split off by the tagger). */
  private static final Set<String> LEADING_WORDS =
      Set.of("of", "and", "for", "in", "on", "at", "a", "an");

  /** Lower-case particles that may open a dictionary name ("al Qaeda"). */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ad", "as", "an", "ar", "ash", "at", "az", "bin", "ibn", "ben", "abu", "de",
          "del", "der", "la", "le", "van", "von");

  private final ActorDictionary dictionary;
  private final Countries countries;
  private final TitleVocabulary vocabulary;

  MentionFinder(ActorDictionary dictionary, Countries countries, TitleVocabulary vocabulary) {
    this.dictionary = dictionary;
    this.countries = countries;
    this.vocabulary = vocabulary;
  }

  /** What was found: the candidates in text order, and which candidate each token belongs to. */
  record Found(List<Candidate> candidates, Candidate[][] byToken, List<List<String>> words) {}

  Found find(AnnotatedDocument doc) {
    List<Sentence> sentences = doc.sentences();
    String text = doc.text();
    LocalDate date = doc.document().published();
    int[] creditFrom = CreditLines.creditStarts(sentences);
    int signOff = CreditLines.signOffSentence(sentences, doc.mentions());
    boolean[] usable = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      // a token outside the text is a broken annotation: the sentence is skipped, not thrown
      boolean ok = true;
      for (Token t : tokens) {
        ok &= t.end() <= text.length();
      }
      usable[s] = ok;
    }
    Candidate[][] byToken = new Candidate[sentences.size()][];
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      byToken[s] = new Candidate[sentences.get(s).tokens().size()];
      words.add(stems(sentences.get(s).tokens()));
    }
    List<Candidate> tagged = new ArrayList<>();
    for (NamedMention m : ofPlaces(doc.mentions(), sentences, usable)) {
      int s = m.sentence();
      if (s < 0 || s >= sentences.size() || !usable[s] || m.firstToken() < 0) {
        continue;
      }
      if (m.firstToken() >= creditFrom[s] || (s == signOff && m.type().equals("PER"))) {
        continue;
      }
      addTagged(
          m,
          new Context(
              s, sentences.get(s).tokens(), words.get(s), byToken[s], creditFrom[s], text, date),
          tagged);
    }
    vote(tagged);
    Map<String, List<Known>> known = known(tagged, words);
    java.util.Set<String> lowerCase = known.isEmpty() ? Set.of() : lowerCaseWords(sentences);
    List<Candidate> all = new ArrayList<>(tagged.size() * 2);
    int next = 0;
    for (int s = 0; s < sentences.size(); s++) {
      // keep text order: this sentence's tagged names, then what the scan adds, sorted below
      int from = all.size();
      while (next < tagged.size() && tagged.get(next).sentence == s) {
        all.add(tagged.get(next++));
      }
      if (usable[s] && !known.isEmpty()) {
        again(
            s,
            sentences.get(s).tokens(),
            words.get(s),
            creditFrom[s],
            byToken[s],
            text,
            known,
            lowerCase,
            all);
      }
      if (usable[s]) {
        scan(
            s, sentences.get(s).tokens(), words.get(s), creditFrom[s], byToken[s], text, date, all);
      }
      all.subList(from, all.size()).sort((a, b) -> Integer.compare(a.start, b.start));
    }
    return new Found(all, byToken, words);
  }

  /**
   * The recognizer's names, with an institution and the place it is "of" joined into one
   * organisation ("Foreign Ministry" + "of" + "Iraq", "Central Bank" + "of" + "Nigeria"):
   * CoNLL-2003 tags such a name whole.
   */
  private static List<NamedMention> ofPlaces(
      List<NamedMention> mentions, List<Sentence> sentences, boolean[] usable) {
    List<NamedMention> out = null;
    for (int i = 0; i + 1 < mentions.size(); i++) {
      NamedMention m = mentions.get(i);
      NamedMention n = mentions.get(i + 1);
      int s = m.sentence();
      if (!m.type().equals("ORG")
          || !n.type().equals("LOC")
          || n.sentence() != s
          || s < 0
          || s >= sentences.size()
          || !usable[s]
          || n.firstToken() != m.endToken() + 1) {
        continue;
      }
      List<Token> tokens = sentences.get(s).tokens();
      if (n.endToken() > tokens.size()
          || !tokens.get(m.endToken()).text().equals("of")
          || !INSTITUTION_HEADS.contains(lower(tokens.get(m.endToken() - 1).text()))
          || !Names.isCapitalized(tokens.get(m.endToken() - 1).text())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      NamedMention joined =
          new NamedMention(
              m.start(),
              n.end(),
              m.text() + " of " + n.text(),
              "ORG",
              s,
              m.firstToken(),
              n.endToken());
      out.set(i, joined);
      out.set(i + 1, null);
      i++;
    }
    if (out == null) {
      return mentions;
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** Last words of institutions that may be "of" a place. */
  private static final Set<String> INSTITUTION_HEADS =
      Set.of(
          "ministry",
          "department",
          "bank",
          "council",
          "parliament",
          "university",
          "institute",
          "committee",
          "commission",
          "academy",
          "college",
          "chamber",
          "court",
          "assembly",
          "office",
          "agency",
          "foundation",
          "federation",
          "association",
          "party",
          "government",
          "embassy",
          "senate",
          "congress",
          "cabinet",
          "directorate",
          "authority",
          "board",
          "exchange");

  /** The token texts less attached modifiers and possessives: what dictionary lookups see. */
  private static List<String> stems(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String w = t.text();
      int n = Names.stemLength(w);
      out.add(n == w.length() ? w : w.substring(0, n));
    }
    return out;
  }

  /** Per-call state shared by the tagged-name steps of one sentence. */
  private record Context(
      int sentence,
      List<Token> tokens,
      List<String> words,
      Candidate[] byToken,
      int creditFrom,
      String text,
      LocalDate date) {}

  private void addTagged(NamedMention m, Context x, List<Candidate> out) {
    List<Token> tokens = x.tokens();
    int first = m.firstToken();
    int end = Math.min(m.endToken(), tokens.size());
    while (first < end
        && isLeadingNoise(tokens.get(first))
        && !(m.type().equals("ORG") && ownArticle(tokens, first, end))) {
      first++;
    }
    while (end > first
        && isTrailingNoise(tokens.get(end - 1).text())
        && !(m.type().equals("ORG") && ownPossessive(tokens, first, end))) {
      end--;
    }
    // "Department of State spokesperson": a lower-case role does not end a name
    while (end - first > 1
        && isLowerCaseWord(tokens.get(end - 1).text())
        && vocabulary.isHead(tokens.get(end - 1).text())) {
      end--;
    }
    // "Tuareg-led" split by the tokenizer: the modifier goes
    while (end - first >= 3
        && Names.isHyphen(tokens.get(end - 2).text())
        && Names.isAttached(tokens.get(end - 1).text())) {
      end -= 2;
    }
    if (first >= end) {
      return;
    }
    // "Kremlin-linked Wagner": two names
    for (int k = first + 1; k + 1 < end; k++) {
      if (Names.isHyphen(tokens.get(k).text()) && Names.isAttached(tokens.get(k + 1).text())) {
        addRange(m.type(), first, k, x, out);
        addRange(m.type(), k + 2, end, x, out);
        return;
      }
    }
    if (pairOfCountries(m.type(), first, end, x, out)) {
      return;
    }
    if (!m.type().equals("PER") && end < tokens.size() && tokens.get(end).ner().equals("PER")) {
      // "US President" tagged apart from "Donald Trump": the title is the person's
      int t = end;
      boolean head = false;
      while (t > first && vocabulary.isTitleWord(tokens.get(t - 1).text())) {
        head |= vocabulary.isHead(tokens.get(t - 1).text());
        t--;
      }
      if (head) {
        end = t;
        while (end > first && isTrailingNoise(tokens.get(end - 1).text())) {
          end--;
        }
        if (first >= end) {
          return;
        }
      }
    }
    if (!m.type().equals("PER") && splitTitledName(m.type(), first, end, x, out)) {
      return;
    }
    if (!m.type().equals("PER") && onlyTitleWords(tokens, first, end)) {
      return; // "Defense Ministers": a role, not a name
    }
    addRange(m.type(), first, end, x, out);
  }

  /**
   * "US Defense Secretary Ash Carter" tagged as one organisation: the country, the title and the
   * person. Only when what follows the title is one to four capitalised words that do not end like
   * an organisation ("General National Congress" stays whole).
   */
  private boolean splitTitledName(String ner, int first, int end, Context x, List<Candidate> out) {
    List<Token> tokens = x.tokens();
    int firstTitle = -1;
    int lastTitle = -1;
    boolean head = false;
    for (int k = first; k < end; k++) {
      String t = tokens.get(k).text();
      if (Names.isCapitalized(t) && vocabulary.isTitleWord(t)) {
        if (firstTitle < 0) {
          firstTitle = k;
        }
        lastTitle = k;
        head |= vocabulary.isHead(t);
      } else if (lastTitle >= 0) {
        break;
      }
    }
    int rest = end - lastTitle - 1;
    if (!head || lastTitle < 0 || rest < 1 || rest > 4) {
      return false;
    }
    for (int k = first; k < firstTitle; k++) {
      String t = tokens.get(k).text();
      if (!countryWord(t) && !Names.isAcronym(t)) {
        return false; // "Whittaker General Medical": a name, not an owner before a title
      }
    }
    if (firstTitle == first
        && lastTitle == first
        && ADJECTIVE_TITLES.contains(lower(tokens.get(first).text()))) {
      // one title word that is also an adjective, opening the name, is a word of the name:
      // "General Motors", "Official Bulletin" (but "Queen Elizabeth II" is a title and a person)
      return false;
    }
    for (int k = lastTitle + 1; k < end; k++) {
      String t = tokens.get(k).text();
      if (!Names.isCapitalized(t)
          || vocabulary.isTitleWord(t)
          || countryWord(t)
          || ORGANIZATION_NOUNS.contains(lower(t))
          || COMPANY_SUFFIXES.contains(lower(t))) {
        return false;
      }
    }
    if (firstTitle > first) {
      addRange(ner, first, firstTitle, x, out);
    }
    addRange("PER", lastTitle + 1, end, x, out);
    return true;
  }

  /**
   * A run of title words with a head among them ("Defense Ministers"); without a head it may be a
   * name ("Labour", "the Army", "Labour Party").
   */
  private boolean onlyTitleWords(List<Token> tokens, int first, int end) {
    boolean head = false;
    for (int k = first; k < end; k++) {
      String t = tokens.get(k).text();
      String singular = t.length() > 3 && t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
      if (!vocabulary.isTitleWord(t) && !vocabulary.isTitleWord(singular)) {
        return false;
      }
      head |= vocabulary.isHead(t) || vocabulary.isHead(singular);
    }
    return head;
  }

  private boolean countryWord(String t) {
    return countries.byName(t).isPresent() || countries.byDemonym(t).isPresent();
  }

  /** "Malian-French" or "Malian - French": one mention per country or nationality. */
  private boolean pairOfCountries(String ner, int first, int end, Context x, List<Candidate> out) {
    List<Token> tokens = x.tokens();
    if (end - first == 1) {
      String name = tokens.get(first).text();
      if (name.indexOf('-') < 0) {
        return false;
      }
      List<int[]> parts = new ArrayList<>(2);
      int from = 0;
      for (int i = 0; i <= name.length(); i++) {
        if (i == name.length() || name.charAt(i) == '-') {
          String part = name.substring(from, i);
          if (part.isEmpty() || !countryWord(part)) {
            return false;
          }
          parts.add(new int[] {from, i});
          from = i + 1;
        }
      }
      int start = tokens.get(first).start();
      for (int[] p : parts) {
        Candidate c =
            new Candidate(
                x.sentence(),
                first,
                first + 1,
                start + p[0],
                start + p[1],
                name.substring(p[0], p[1]),
                Candidate.Origin.TAGGED,
                ner);
        c.attached = true; // one word of the recognizer's: its class is the word's
        if (x.byToken()[first] == null) {
          x.byToken()[first] = c;
        }
        out.add(c);
      }
      return true;
    }
    if ((end - first) % 2 == 0) {
      return false;
    }
    for (int k = first; k < end; k++) {
      String t = tokens.get(k).text();
      boolean ok = (k - first) % 2 == 0 ? countryWord(t) : Names.isHyphen(t);
      if (!ok) {
        return false;
      }
    }
    for (int k = first; k < end; k += 2) {
      addRange(ner, k, k + 1, x, out);
    }
    return true;
  }

  /** Adds the tagged range as a candidate, after the person and dictionary adjustments. */
  private void addRange(String ner, int first, int end, Context x, List<Candidate> out) {
    List<Token> tokens = x.tokens();
    Candidate[] byToken = x.byToken();
    if (first >= end) {
      return;
    }
    // "Mahan" + "Air", "Acme" + "Corp": a company's suffix the recognizer left out
    int suffixEnd = end;
    while (suffixEnd < Math.min(end + 2, x.creditFrom())
        && byToken[suffixEnd] == null
        && tokens.get(suffixEnd).ner().equals("O")
        && Names.isCapitalized(tokens.get(suffixEnd).text())
        && COMPANY_SUFFIXES.contains(lower(tokens.get(suffixEnd).text()))) {
      suffixEnd++;
    }
    if (suffixEnd > end
        && !(suffixEnd < tokens.size() && Names.isCapitalized(tokens.get(suffixEnd).text()))) {
      // the name must end there: not "Peruvian Air Force", "Japan Air Lines"
      end = suffixEnd;
      ner = "ORG";
    }
    if (ner.equals("PER")) {
      while (end - first > 1
          && (HONORIFICS.contains(lower(tokens.get(first).text()))
              || (vocabulary.isTitleWord(tokens.get(first).text())
                  && Names.isCapitalized(tokens.get(first).text())))) {
        first++;
      }
      if (isPunctuation(tokens.get(first).text())) {
        return; // "High - Yield Bond": what is left after the title words is no name
      }
      // "AF Rasmussen", "Le Drian": initials or a particle the recognizer left out
      if (first > 0 && byToken[first - 1] == null && isNameStart(tokens.get(first - 1).text())) {
        first--;
      }
    }
    // "al Qaeda": a lower-case particle before a dictionary name
    if (first > 0 && byToken[first - 1] == null && PARTICLES.contains(x.words().get(first - 1))) {
      Optional<ActorMatch> m = dictionary.longestMatch(x.words(), first - 1, x.date());
      if (m.isPresent() && first - 1 + m.get().length() >= end) {
        first--;
      }
    }
    if (!ner.equals("PER")) {
      // "Islamic" tagged, "State" not: the dictionary name goes on
      Optional<ActorMatch> m = dictionary.longestMatch(x.words(), first, x.date());
      if (m.isPresent() && first + m.get().length() > end) {
        int longer = first + m.get().length();
        boolean free = longer <= x.creditFrom();
        for (int k = end; k < longer && free; k++) {
          String t = tokens.get(k).text();
          // not over a title: "French" + "President" is no name
          free = byToken[k] == null && Names.isCapitalized(t) && !vocabulary.isHead(t);
        }
        if (free) {
          end = longer;
        }
      }
    }
    for (int k = first; k < end; k++) {
      if (byToken[k] != null) {
        return; // overlapping spans: the recognizer's output is malformed; keep the first
      }
    }
    Token last = tokens.get(end - 1);
    int start = tokens.get(first).start();
    int stop = last.start() + Names.stemLength(last.text());
    if (stop <= start || stop > x.text().length()) {
      return;
    }
    String name = x.text().substring(start, stop);
    if (!hasLetter(name)) {
      return; // "2:17:01": no name (a lower-case one is kept: stories written in lower case)
    }
    Candidate c =
        new Candidate(x.sentence(), first, end, start, stop, name, Candidate.Origin.TAGGED, ner);
    String lastText = last.text();
    c.attached = Names.stemLength(lastText) < lastText.length() - Names.possessiveLength(lastText);
    for (int k = first; k < end; k++) {
      byToken[k] = c;
    }
    out.add(c);
  }

  /** Initials ("AF", "J.") or a name particle ("Le", "al") that may open a person's name. */
  private boolean isNameStart(String t) {
    if (PERSON_PARTICLES.contains(t)) {
      return true;
    }
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 1
        && letters <= 3
        && (letters > 1 || t.endsWith("."))
        && countries.byName(t).isEmpty()
        && dictionary.longestMatch(List.of(t), 0, null).isEmpty();
  }

  /**
   * The same spelling gets the class most often given to it in the document; a tie goes to the
   * class of its first occurrence, or for an acronym to ORG. A spelling tagged only ORG and MISC
   * keeps its tags: the recognizer's MISC for a company named after a nationality ("American
   * Express") may be the majority, and the merged entity is an organisation anyway.
   */
  private static void vote(List<Candidate> tagged) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> firstClass = new HashMap<>();
    for (Candidate c : tagged) {
      if (c.attached) {
        continue; // "US-built": the class is the whole word's, not the name's
      }
      String key = c.key();
      counts.computeIfAbsent(key, k -> new int[4])[classIndex(c.ner)]++;
      firstClass.putIfAbsent(key, c.ner);
    }
    for (Candidate c : tagged) {
      String key = c.key();
      int[] n = counts.get(key);
      if (c.attached || n[0] == 0 && n[2] == 0) {
        // only ORG and MISC ("American Express"): no vote; the merged entity is an organisation
        continue;
      }
      int max = 0;
      for (int v : n) {
        max = Math.max(max, v);
      }
      if (Names.isAcronym(c.text) && n[1] == max) {
        c.ner = "ORG";
      } else if (n[classIndex(firstClass.get(key))] == max) {
        c.ner = firstClass.get(key);
      } else {
        for (int i = 0; i < n.length; i++) {
          if (n[i] == max) {
            c.ner = CLASSES[i];
            break;
          }
        }
      }
    }
  }

  private static final String[] CLASSES = {"PER", "ORG", "LOC", "MISC"};

  private static int classIndex(String ner) {
    return switch (ner) {
      case "PER" -> 0;
      case "ORG" -> 1;
      case "LOC" -> 2;
      default -> 3;
    };
  }

  /** A name the recognizer tagged somewhere in the document: its words and class. */
  private record Known(List<String> words, String ner) {}

  /**
   * The tagged names written in capitalised words, by first word, with their class after the vote
   * (ORG where a spelling was tagged both ORG and MISC).
   */
  private static Map<String, List<Known>> known(List<Candidate> tagged, List<List<String>> words) {
    Map<String, Known> byKey = new HashMap<>();
    for (Candidate c : tagged) {
      if (c.attached || c.ner == null) {
        continue;
      }
      List<String> w = words.get(c.sentence).subList(c.first, c.end);
      if (!Names.isCapitalized(w.get(0)) || !Names.isCapitalized(w.get(w.size() - 1))) {
        continue;
      }
      String key = String.join(" ", w);
      Known k = byKey.get(key);
      if (k == null || k.ner().equals("MISC") && c.ner.equals("ORG")) {
        byKey.put(key, new Known(List.copyOf(w), c.ner));
      }
    }
    Map<String, List<Known>> out = new HashMap<>();
    for (Known k : byKey.values()) {
      out.computeIfAbsent(k.words().get(0), x -> new ArrayList<>(1)).add(k);
    }
    return out;
  }

  /** The words of the document written in lower case. */
  private static java.util.Set<String> lowerCaseWords(List<Sentence> sentences) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Sentence sentence : sentences) {
      for (Token t : sentence.tokens()) {
        String w = t.text();
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Apl",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec",
          "Mon",
          "Tue",
          "Tues",
          "Wed",
          "Thu",
          "Thur",
          "Thurs",
          "Fri",
          "Sat",
          "Sun");

  /**
   * A name the recognizer tagged elsewhere in the document, written again the same way and left
   * untagged here ("Facebook friend lists"), gets the same class: the whole capitalised run must be
   * the name, and a one-word name must not open its sentence, be a month or weekday, or be written
   * in lower case somewhere in the document.
   */
  private static void again(
      int s,
      List<Token> tokens,
      List<String> words,
      int creditFrom,
      Candidate[] byToken,
      String text,
      Map<String, List<Known>> known,
      java.util.Set<String> lowerCase,
      List<Candidate> out) {
    if (isCapitalsSentence(tokens)) {
      return;
    }
    for (int i = 0; i < creditFrom; i++) {
      List<Known> ks = byToken[i] == null ? null : List.of();
      if (ks != null || !tokens.get(i).ner().equals("O")) {
        continue;
      }
      ks = known.get(words.get(i));
      if (ks == null
          || (i > 0 && Names.isCapitalized(tokens.get(i - 1).text()) && byToken[i - 1] == null)) {
        continue;
      }
      Known best = null;
      for (Known k : ks) {
        int n = k.words().size();
        if (i + n > creditFrom
            || (best != null && n <= best.words().size())
            || !words.subList(i, i + n).equals(k.words())
            || (i + n < tokens.size() && Names.isCapitalized(tokens.get(i + n).text()))) {
          continue;
        }
        boolean free = true;
        for (int j = i; j < i + n && free; j++) {
          free = byToken[j] == null && tokens.get(j).ner().equals("O");
        }
        if (free) {
          best = k;
        }
      }
      if (best == null) {
        continue;
      }
      int n = best.words().size();
      String w = tokens.get(i).text();
      if (n == 1
          && (i == 0
              || CALENDAR_WORDS.contains(w)
              || lowerCase.contains(lower(w))
              || COMPANY_SUFFIXES.contains(lower(w))
              || Names.isAllCaps(w) && w.length() > 5)) {
        continue; // "UNQUOTED": a table's heading in capitals; "Corp" alone: no name
      }
      int start = tokens.get(i).start();
      int stop = tokens.get(i + n - 1).start() + words.get(i + n - 1).length();
      Candidate c =
          new Candidate(
              s,
              i,
              i + n,
              start,
              stop,
              text.substring(start, stop),
              Candidate.Origin.TAGGED,
              best.ner());
      for (int j = i; j < i + n; j++) {
        byToken[j] = c;
      }
      out.add(c);
      i += n - 1;
    }
  }

  /** Looks for what the recognizer missed in one sentence. */
  private void scan(
      int s,
      List<Token> tokens,
      List<String> words,
      int creditFrom,
      Candidate[] byToken,
      String text,
      LocalDate date,
      List<Candidate> out) {
    if (isCapitalsSentence(tokens)) {
      return;
    }
    for (int i = 0; i < creditFrom; i++) {
      if (byToken[i] != null) {
        continue;
      }
      String w = words.get(i);
      if (w.isEmpty()
          || !(Names.isCapitalized(w) || isParticleBeforeName(words, i))
          || !isWordShaped(w)
          || isModelNumber(tokens, i)) {
        continue;
      }
      int len = 0;
      ActorMatch match = null;
      Optional<ActorMatch> found = dictionary.longestMatch(words, i, date);
      if (found.isPresent() && fits(found.get().length(), i, creditFrom, byToken, words)) {
        match = found.get();
        len = match.length();
      } else if (found.isPresent() && Names.isCapitalized(w)) {
        Optional<ActorMatch> one = dictionary.longestMatch(List.of(w), 0, date);
        if (one.isPresent()) {
          match = one.get();
          len = 1;
        }
      }
      if (match != null && len > 1 && i + len < tokens.size()) {
        // "US President" + a person: the title belongs to the person, the actor is "US"
        int title = -1;
        for (int k = i + 1; k < i + len && title < 0; k++) {
          if (vocabulary.isHead(words.get(k)) || vocabulary.isModifier(words.get(k))) {
            title = k;
          }
        }
        if (title > 0 && tokens.get(i + len).ner().equals("PER")) {
          len = title - i;
          match = dictionary.longestMatch(words.subList(i, title), 0, date).orElse(null);
          len = match == null ? 0 : match.length();
        }
      }
      if (match != null && !acceptable(match, tokens, words, i, len)) {
        match = null;
        len = 0;
      }
      if (match == null && Names.isCapitalized(w) && isCountryWord(tokens.get(i), w)) {
        len = 1;
      }
      Candidate.Origin origin = Candidate.Origin.DICTIONARY;
      if (len == 0) {
        if (!Names.isAllCaps(w)
            || !Names.isAcronym(w)
            || w.length() > 6
            || TIME_ZONES.contains(w)) {
          continue;
        }
        len = 1;
        origin = Candidate.Origin.ACRONYM;
      }
      Token last = tokens.get(i + len - 1);
      int start = tokens.get(i).start();
      int stop = last.start() + words.get(i + len - 1).length();
      Candidate c =
          new Candidate(s, i, i + len, start, stop, text.substring(start, stop), origin, null);
      if (match != null) {
        c.dictionaryName = match.name();
        c.code = match.code();
        c.dictionaryCode = true;
        c.matchSource = match.source();
      }
      for (int k = i; k < i + len; k++) {
        byToken[k] = c;
      }
      out.add(c);
      i += len - 1;
    }
  }

  /** Letters, digits, dots, hyphens and apostrophes only: "<UK>" is a ticker, no name. */
  private static boolean isWordShaped(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetterOrDigit(c)
          && c != '.'
          && c != '-'
          && c != '&'
          && !Names.isApostrophe(c)) {
        return false;
      }
    }
    return true;
  }

  /** "DC-10", "MD - 11": a maker's letters before a model number are a product, no actor. */
  private static boolean isModelNumber(List<Token> tokens, int i) {
    String t = tokens.get(i).text();
    int dash = t.indexOf('-');
    if (dash > 0 && dash + 1 < t.length() && Character.isDigit(t.charAt(dash + 1))) {
      return true;
    }
    return i + 2 < tokens.size()
        && Names.isHyphen(tokens.get(i + 1).text())
        && !tokens.get(i + 2).text().isEmpty()
        && Character.isDigit(tokens.get(i + 2).text().charAt(0));
  }

  private static boolean fits(
      int len, int from, int creditFrom, Candidate[] byToken, List<String> words) {
    if (from + len > creditFrom) {
      return false;
    }
    for (int k = from; k < from + len; k++) {
      if (byToken[k] != null) {
        return false;
      }
    }
    String last = words.get(from + len - 1);
    return Names.isCapitalized(last) || Names.hasUpperCase(last);
  }

  /**
   * A dictionary match the recognizer missed is taken only with evidence that it is a name: more
   * than one word, or a proper noun, an acronym or a nationality adjective; never the null code.
   */
  private boolean acceptable(
      ActorMatch match, List<Token> tokens, List<String> words, int from, int len) {
    if (match.code() == null) {
      return false;
    }
    String w = words.get(from);
    if (vocabulary.isHead(w)) {
      return false; // "Secretary of State": a role
    }
    if (len > 1) {
      return true;
    }
    if (!Names.isAllCaps(w) && ORGANIZATION_NOUNS.contains(lower(w))) {
      return false; // "Organization", "Council": a common noun written capitalised
    }
    String pos = tokens.get(from).pos();
    if (Names.isAllCaps(w)) {
      return true;
    }
    if (pos.startsWith("NNP")) {
      return from > 0 || countries.byName(w).isPresent();
    }
    return pos.startsWith("JJ") && countries.byDemonym(w).isPresent();
  }

  private boolean isCountryWord(Token token, String w) {
    if (countries.byDemonym(w).isPresent()) {
      return true;
    }
    return token.pos().startsWith("NNP") && countries.byName(w).isPresent();
  }

  private static boolean isParticleBeforeName(List<String> words, int i) {
    return PARTICLES.contains(lower(words.get(i)))
        && i + 1 < words.size()
        && Names.isCapitalized(words.get(i + 1));
  }

  /** A headline in capitals: most of its words are written in capitals. */
  static boolean isCapitalsSentence(List<Token> tokens) {
    int words = 0;
    int capitals = 0;
    for (Token t : tokens) {
      String w = t.text();
      int letters = 0;
      for (int i = 0; i < w.length() && letters < 2; i++) {
        if (Character.isLetter(w.charAt(i))) {
          letters++;
        }
      }
      if (letters < 2) {
        continue;
      }
      words++;
      if (Names.isAllCaps(w)) {
        capitals++;
      }
    }
    return capitals >= 3 && capitals * 10 >= words * 6;
  }

  /**
   * A possessive the recognizer put inside an organisation's name, after a one-word name and before
   * no further tagged word: "Moody 's", "McDonald 's" (a possessive of a name is tagged outside
   * it).
   */
  private static boolean ownPossessive(List<Token> tokens, int first, int end) {
    return end - first == 2
        && Names.isPossessiveMarker(tokens.get(end - 1).text())
        && tokens.get(end - 1).text().length() == 2
        && Names.isCapitalized(tokens.get(first).text());
  }

  /**
   * A capitalised "The" the recognizer put inside an organisation's name of two words or more ("The
   * New York Times", "The Guardian"): part of the name, as CoNLL-2003 tags newspapers.
   */
  private static boolean ownArticle(List<Token> tokens, int first, int end) {
    return end - first >= 2
        && tokens.get(first).text().equals("The")
        && Names.isCapitalized(tokens.get(first + 1).text());
  }

  /** A word of letters whose first letter is lower case ("spokesperson", "of"). */
  private static boolean isLowerCaseWord(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && Character.isLetter(t.charAt(0));
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeadingNoise(Token t) {
    String w = lower(t.text());
    return LEADING_WORDS.contains(t.text()) || w.equals("the") || isPunctuation(t.text());
  }

  private static boolean isTrailingNoise(String t) {
    return Names.isPossessiveMarker(t) || isPunctuation(t);
  }

  private static boolean isPunctuation(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
