package org.newsgraph.clean;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed.Kind;

/**
 * What one paragraph looks like on its own, without its neighbours: the lexical rules (page
 * furniture that is recognizable by its wording, such as "Read more", "Video by ...", "(credit:
 * NATO)", "Date created : ...", "©") and the shape features the structural passes of {@link
 * TextCleaner} build on (sentence, headline, label, personal name, author bio, teaser summary).
 *
 * <p>Rules only look at paragraphs of at most {@value #MAX_RULE_CHARS} characters: page furniture
 * is short, and long paragraphs are never cut by a wording rule.
 *
 * <p>Thread-safe: holds only compiled patterns.
 */
final class TextLineClassifier {

  static final int MAX_RULE_CHARS = 600;

  /** A lexical rule: the paragraph is removed as {@code kind} when it matches. */
  static final class Rule {
    private final Kind kind;
    private final Pattern pattern;
    private final int maxWords;
    private final boolean marker;
    private final boolean endMarker;
    private final Predicate<String> prefilter;
    private final boolean anchored;
    private final boolean[] firstChar;

    Rule(Kind kind, Pattern pattern, int maxWords, boolean marker, boolean endMarker) {
      this(kind, pattern, maxWords, marker, endMarker, null);
    }

    Rule(
        Kind kind,
        Pattern pattern,
        int maxWords,
        boolean marker,
        boolean endMarker,
        Predicate<String> prefilter) {
      this.kind = kind;
      this.pattern = pattern;
      this.maxWords = maxWords;
      this.marker = marker;
      this.endMarker = endMarker;
      this.prefilter = prefilter;
      // Anchored rules (every alternative starts with ^) are tried at the start only, with
      // lookingAt, and only for a first character that can begin a match: most paragraphs are
      // then refused without building a matcher.
      this.anchored = pattern.pattern().replace("(?i)", "").startsWith("^");
      this.firstChar = new boolean[128];
      for (char c = 0; c < 128; c++) {
        Matcher m = pattern.matcher(String.valueOf(c));
        firstChar[c] = !anchored || m.lookingAt() || m.hitEnd();
      }
    }

    /** Why a matching paragraph is removed. */
    Kind kind() {
      return kind;
    }

    /** The most words a paragraph may have for this rule to apply. */
    int maxWords() {
      return maxWords;
    }

    /** A "Read more"-style marker: the headline line before it is a teaser. */
    boolean marker() {
      return marker;
    }

    /** A mark after which the rest of a page may be cut ("Related", "Sources", "©"). */
    boolean endMarker() {
      return endMarker;
    }

    boolean matches(String text) {
      char first = text.isEmpty() ? ' ' : text.charAt(0);
      if (first < 128 && !firstChar[first]) {
        return false;
      }
      if (prefilter != null && !prefilter.test(text)) {
        return false;
      }
      Matcher m = pattern.matcher(text);
      return anchored ? m.lookingAt() : m.find();
    }
  }

  private static final String I = "(?i)";

  /** Standalone teaser markers: a list of related stories follows, or the line before is one. */
  private static final Pattern TEASER_MARKER =
      Pattern.compile(
          I
              + "^(?:read more|read also|also read|read next|more|see more|see also|related"
              + "|related (?:articles?|stories|story|news|content|coverage|links|posts|reading)"
              + "|more (?:on|from|about|in) .{1,40}|more stories|you (?:may|might) (?:also )?"
              + "(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles)?"
              + "|most (?:read|popular|viewed|shared|watched)|trending(?: now| stories)?"
              + "|don['’]?t miss|must read|editor['’]?s picks?|top stories|latest news"
              + "|latest stories|watch(?: more| now)?|continue reading|further reading"
              + "|what to read next|keep reading|full story|learn more)\\s*[:»›>….\\-]*$");

  /** Teaser markers after which the rest of a page is not the story. */
  private static final Pattern END_TEASER_MARKER =
      Pattern.compile(
          I
              + "^(?:read also|also read|read next|see also|related"
              + "|related (?:articles?|stories|story|news|content|coverage|links|posts|reading)"
              + "|more (?:on|from|about|in) .{1,40}|more stories|you (?:may|might) (?:also )?"
              + "(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles)?"
              + "|most (?:read|popular|viewed|shared|watched)|trending(?: now| stories)?"
              + "|don['’]?t miss|must read|editor['’]?s picks?|top stories|latest news"
              + "|latest stories|further reading|what to read next)\\s*[:»›>….\\-]*$");

  private static final List<Rule> RULES =
      List.of(
          // --- teasers
          new Rule(Kind.TEASER, END_TEASER_MARKER, 8, true, true),
          new Rule(Kind.TEASER, TEASER_MARKER, 8, true, false),
          new Rule(
              Kind.TEASER,
              p(
                  I
                      + "^(?:read more|read also|also read|related|see also|more|watch|listen"
                      + "|read|recommended|more on this|don['’]?t miss|must read)\\s*[:|»›>]\\s*\\S"),
              30,
              false,
              false),
          // --- navigation
          new Rule(Kind.NAVIGATION, p("^#\\S"), 6, false, false),
          new Rule(Kind.NAVIGATION, p(I + "^in this (?:article|story)\\s*:?$"), 4, false, true),
          new Rule(
              Kind.NAVIGATION,
              p(
                  I
                      + "^(?:share(?: this)?(?: article| story| page| post| on \\w+)?|tweet|print"
                      + "(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article)?|facebook"
                      + "|twitter|whatsapp|linkedin|telegram|pinterest|reddit|follow us(?: on \\w+)?"
                      + "|advertisement|advertising|sponsored(?: content)?|skip to (?:main )?content"
                      + "|menu|home|back to top|toggle navigation|listen to (?:this|the)"
                      + " (?:article|story)|font size|subscribe|log ?in|sign ?in|register)"
                      + "\\s*[:|»›]*$"),
              6,
              false,
              false),
          new Rule(
              Kind.NAVIGATION,
              p(I + "^(?:\\d+\\s+)?(?:comments?|leave a (?:comment|reply)|add a comment)\\s*:?$"),
              5,
              false,
              true),
          new Rule(
              Kind.NAVIGATION,
              p(I + "^(?:tags?|topics?|categories|category|filed under|keywords)\\s*:"),
              40,
              false,
              true),
          new Rule(
              Kind.NAVIGATION,
              p(
                  "^[^.!?>»›]{1,60}(?:\\s[>»›]\\s[^.!?>»›]{1,60}){1,8}$"
                      + "|^[^.!?|/]{1,60}(?:\\s[|/]\\s[^.!?|/]{1,60}){2,8}$"),
              16,
              false,
              false),
          // --- captions and picture credits
          new Rule(
              Kind.CAPTION,
              p(
                  I
                      + "^click (?:on |here )?(?:the |to )?(?:map|image|photo|picture|graphic|chart"
                      + "|infographic|enlarge|zoom)"),
              15,
              false,
              false),
          new Rule(
              Kind.CAPTION,
              p(
                  I
                      + "\\((?:photo |image |picture |video )?(?:credits?|photo|image|picture)"
                      + "\\s*:\\s*[^)]{1,80}\\)\\s*\\.?$"),
              45,
              false,
              false,
              t -> t.indexOf('(') >= 0 && t.indexOf(':') >= 0),
          new Rule(
              Kind.CAPTION,
              p(
                  I
                      + "^(?:file )?(?:photo|image|picture|video|graphic|illustration|photograph"
                      + "|caption|credit)s?(?: credit)?\\s*[:©]"),
              30,
              false,
              false),
          new Rule(
              Kind.CAPTION,
              p(I + "^(?:photo|photos|pictures?|images?)\\s+(?:by|courtesy(?: of)?)\\s"),
              15,
              false,
              false),
          new Rule(
              Kind.CAPTION,
              p("(?:^|\\s)Image: \\S.{0,120}$"),
              60,
              false,
              false,
              t -> t.contains("Image: ")),
          new Rule(
              Kind.CAPTION,
              p(
                  "\\b(?:AFP|Reuters|AP|EPA|Getty(?: Images)?|Anadolu(?: Agency)?|Xinhua|SIPA"
                      + "|Sipa)\\s*(?:[Pp]hoto|PHOTO|/|[Ii]mages|[Ff]ile)"),
              40,
              false,
              false,
              TextLineClassifier::namesPhotoAgency),
          new Rule(Kind.CAPTION, p("^[█■▇◼●▲◆]"), 12, false, false),
          // "—Zinichev calling a halt to rescue work": who said a pull quote, set apart (an en dash
          // and a space is more often a list bullet)
          new Rule(Kind.CAPTION, p("^(?:[—―]\\s*|–(?=\\S))[^\\s.!?—–―][^!?]*$"), 15, false, false),
          // --- bylines and credits for text and video
          new Rule(
              Kind.BYLINE,
              p(
                  I
                      + "^\\(?(?:video|text|words|reporting|reported|written|story|edited|editing"
                      + "|produced|compiled|interview|additional reporting|writing|posted)"
                      + "\\s+by\\s+\\S"),
              40,
              false,
              false),
          new Rule(
              Kind.BYLINE,
              p(
                  I
                      + "^(?:latest update|last updated?|last modified|updated|modified"
                      + "|published|posted|first published)(?:\\s+(?:on|at))?(?:\\s*[:\\-–|]\\s*|\\s+)"
                      + "(?:on\\s+)?(?:"
                      + DateExpressions.WEEKDAY
                      + ",?\\s+)?(?:\\d|"
                      + DateExpressions.MONTH
                      + "\\b)"),
              15,
              false,
              false),
          new Rule(Kind.BYLINE, p(I + "^about the authors?\\s*:?$"), 4, false, true),
          // --- footers
          new Rule(
              Kind.FOOTER, p(I + "^(?:date created|created(?: on)?)\\s*[:\\-–]"), 15, false, true),
          new Rule(Kind.FOOTER, p(I + "^(?:©|\\(c\\)\\s|copyright\\b)"), 40, false, true),
          new Rule(
              Kind.FOOTER,
              p(I + "©\\s*(?:19|20)\\d{2}|\\ball rights reserved\\b"),
              40,
              false,
              true,
              t ->
                  t.indexOf('©') >= 0
                      || t.contains("ights reserved")
                      || t.contains("IGHTS RESERVED")
                      || t.contains("ights Reserved")),
          new Rule(Kind.FOOTER, p("^\\S{1,40}[®™]$"), 1, false, false),
          new Rule(
              Kind.FOOTER, p(I + "^\\(?(?:reuters?|afp|ap|dpa)\\)?[.\\s^M]*$"), 1, false, false),
          new Rule(
              Kind.FOOTER,
              p(I + "^(?:sources?|references|external links|notes|footnotes)\\s*:?$"),
              2,
              false,
              true),
          new Rule(
              Kind.FOOTER,
              p(
                  I
                      + "^(?:terms of (?:use|service)|privacy policy|cookie policy|contact us"
                      + "|about us|sign up (?:for|to) .{0,40}|subscribe to .{0,40}|newsletter)$"),
              10,
              false,
              false));

  private static final Pattern BYLINE_BY = Pattern.compile("^By:?\\s+\\p{Lu}");
  private static final Pattern BIO_CUE =
      Pattern.compile(
          I
              + "\\b(?:editor|journalist|correspondent|reporter|writer|columnist|contributor"
              + "|graduated|graduate of|studied|has worked|has written|has covered|covers"
              + "|is based in|freelance|follow (?:him|her|them) on|bureau chief|fellow at"
              + "|author of|holds a|previously worked)\\b");
  private static final Pattern BIO_START =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s+(?:is|was|has been|writes"
              + "|covers|reports|joined)\\b");
  private static final Pattern TEASER_TAIL =
      Pattern.compile(
          "^\\s*(?:\\p{Lu}[\\p{L}&'’]*(?:\\s+[\\p{Lu}&][\\p{L}&'’]*){0,3})?\\s*[-–—|]?$");
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "al",
          "el", "bin", "ibn", "dos", "das", "y", "ter", "des");

  private TextLineClassifier() {}

  private static final String[] PHOTO_AGENCIES = {
    "AFP", "Reuters", "AP", "EPA", "Getty", "Anadolu", "Xinhua", "SIPA", "Sipa"
  };

  private static boolean namesPhotoAgency(String t) {
    for (String a : PHOTO_AGENCIES) {
      if (t.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  /** The first lexical rule that removes this paragraph, or null when none does. */
  static Rule rule(TextBlock b) {
    String t = b.text();
    if (t.length() > MAX_RULE_CHARS) {
      return null;
    }
    for (Rule r : RULES) {
      if (b.words() <= r.maxWords() && r.matches(t)) {
        return r;
      }
    }
    if (!hasLetter(t) && (!hasDigit(t) || t.length() <= 6)) {
      return SYMBOLS;
    }
    return null;
  }

  /** Lone "-", "***", "&#3;": separators and debris at the end of a page. */
  static final Rule SYMBOLS = new Rule(Kind.FOOTER, p("^$"), 0, false, false);

  /** "By Jane Doe", "By Clovis CASALI, FRANCE 24": a byline, when it stands outside the story. */
  static boolean isByLine(TextBlock b) {
    return b.words() <= 10
        && BYLINE_BY.matcher(b.text()).find()
        && !endsWithFullStop(b.text())
        && b.text().length() <= 120;
  }

  /** A line that is only a date (with weekday, time or author name): a dateline. */
  static boolean isDateLine(TextBlock b) {
    if (b.words() > 14 || b.text().length() > 120 || !DateExpressions.mayHoldDate(b.text())) {
      return false;
    }
    Matcher m = DateExpressions.FULL_DATE.matcher(b.text());
    return m.find()
        && DateExpressions.dateOf(m) != null
        && DateExpressions.onlyDateAndByline(
            b.text().substring(0, m.start()) + " " + b.text().substring(m.end()));
  }

  /**
   * A paragraph of running prose: at least four words ending with sentence punctuation, or at least
   * thirty words however it ends.
   */
  static boolean isSentence(TextBlock b) {
    return b.words() >= 30 || (b.words() >= 4 && endsSentence(b.text()));
  }

  /**
   * A line that could be a headline or a subheading: a letter in it, at most 30 words, and not
   * ending like a sentence with a full stop, colon or semicolon ("?" and "!" are fine).
   */
  static boolean isHeadline(TextBlock b) {
    String t = b.text();
    if (b.words() > 30 || t.length() > 250 || !hasLetter(t)) {
      return false;
    }
    char last = lastSignificant(t);
    return last != ':' && last != ';' && !endsWithFullStop(t);
  }

  /**
   * A section label such as "Libya Channel", "North Africa Libya", "World": a headline of at most
   * five words, each capitalized (or not a word), with no question or exclamation mark.
   */
  static boolean isLabel(TextBlock b) {
    if (b.words() > 5 || b.text().length() > 60 || !isHeadline(b)) {
      return false;
    }
    char last = lastSignificant(b.text());
    if (last == '?' || last == '!') {
      return false;
    }
    if (b.words() >= 3 && isAllCaps(b.text())) {
      return false; // "COBANCO INC YEAR NET": a wire headline, not a section label
    }
    for (String w : b.text().split(" ")) {
      int k = 0;
      while (k < w.length() && !Character.isLetter(w.charAt(k))) {
        k++;
      }
      if (k < w.length() && !Character.isUpperCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** "Nicolas Gros Verheyde": two to five capitalized name words, nothing else. */
  static boolean isNameLine(TextBlock b) {
    String t = b.text();
    if (b.words() < 2 || b.words() > 5 || t.length() > 50 || hasDigit(t)) {
      return false;
    }
    int capitalized = 0;
    for (String w : t.split(" ")) {
      if (NAME_PARTICLES.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 1; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
          return false;
        }
      }
      capitalized++;
    }
    return capitalized >= 2;
  }

  /** A paragraph that reads like an author's biography ("Chief editor of ...", "X is a ..."). */
  static boolean isBio(TextBlock b) {
    return b.words() <= 150 && BIO_CUE.matcher(b.text()).find();
  }

  /** A bio that names its subject first: "Jane Doe is a reporter based in Tripoli." */
  static boolean isSelfNamedBio(TextBlock b) {
    return isBio(b) && BIO_START.matcher(b.text()).find();
  }

  /**
   * A teaser's summary, cut short and followed by its section: "... boosting the arsenals of ...
   * Middle East -", "... as it strives to ... Analysis", or just ending in an ellipsis.
   */
  static boolean isTeaserSummary(TextBlock b) {
    String t = b.text();
    if (b.words() < 5 || t.length() > MAX_RULE_CHARS) {
      return false;
    }
    int from = Math.max(0, t.length() - 60);
    int dots = Math.max(t.lastIndexOf("...", t.length()), t.lastIndexOf('…'));
    if (dots < from) {
      return false;
    }
    int after = t.charAt(dots) == '…' ? dots + 1 : dots + 3;
    return TEASER_TAIL.matcher(t.substring(after)).matches();
  }

  private static final Pattern DATELINE_START =
      Pattern.compile(
          "^\\(?\\p{Lu}[\\p{Lu}.' -]{1,30}\\)?(?:(?:, \\p{Lu}[\\p{L}.]{1,12}){0,2}, (?:\\p{Lu}\\p{L}{2,8}"
              + "\\.? \\d{1,2},? )?(?:\\([\\p{L} ]{2,20}\\) )?| ?\\([\\p{L} ]{2,20}\\) )[-–—] ");

  /** "SANTA CRUZ, Calif., Feb 26 - ", "PARIS, Jan 14 (Reuters) - ": a wire story's dateline. */
  static boolean startsWithDateline(String t) {
    if (t.length() < 8 || !(Character.isUpperCase(t.charAt(0)) || t.charAt(0) == '(')) {
      return false;
    }
    return DATELINE_START.matcher(t).lookingAt();
  }

  /** Letters, and none of them lower case: "BAHIA COCOA REVIEW". */
  static boolean isAllCaps(String t) {
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /** More than a third of the visible characters are digits: a table row, not a headline. */
  static boolean isMostlyFigures(TextBlock b) {
    return digitShare(b.text()) * 3 > 1;
  }

  private static double digitShare(String t) {
    int digits = 0;
    int visible = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != ' ') {
        visible++;
        if (Character.isDigit(c)) {
          digits++;
        }
      }
    }
    return visible == 0 ? 0 : (double) digits / visible;
  }

  /** Lines of figures ("Shr 34 cts vs 1.19 dlrs"): data, never a teaser or a label. */
  static boolean isFigures(TextBlock b) {
    return digitShare(b.text()) * 5 > 1;
  }

  static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The last character that is not a closing quote, bracket or space. */
  static char lastSignificant(String t) {
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if ("\"'”’»)]} ".indexOf(c) < 0) {
        return c;
      }
    }
    return ' ';
  }

  static boolean endsSentence(String t) {
    char c = lastSignificant(t);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
  }

  /**
   * Ends with a full stop that closes a sentence, not an abbreviation such as "U.S." or an initial.
   */
  static boolean endsWithFullStop(String t) {
    if (lastSignificant(t) != '.') {
      return false;
    }
    int end = t.length() - 1;
    while (end >= 0 && t.charAt(end) != '.') {
      end--;
    }
    int start = t.lastIndexOf(' ', end) + 1;
    String token = t.substring(start, end);
    // "U.S." leaves "U.S" with an inner dot; "A." leaves one capital letter
    boolean abbreviation =
        token.indexOf('.') >= 0 || (token.length() == 1 && Character.isUpperCase(token.charAt(0)));
    return !abbreviation;
  }
}
