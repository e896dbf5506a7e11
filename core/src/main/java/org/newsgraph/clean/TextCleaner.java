package org.newsgraph.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Removed.Kind;

/**
 * Cleans raw scraped article text (as in a {@code .txt} file): removes teaser lists, navigation
 * lines, captions, credits, bylines, author bios, footer marks and a repeated lead paragraph; finds
 * the title and the publication date.
 *
 * <p>How it works. The text is cut into paragraphs ({@link TextBlockSplitter}: one per line, or
 * joined lines for hard-wrapped wire copy). Each paragraph is first judged alone by its wording
 * ({@link TextLineClassifier}: "Read more", "Video by ...", "(credit: NATO)", "Date created :",
 * "©", a lone "-"). Then the page is read as a whole:
 *
 * <ol>
 *   <li><b>Teaser lists.</b> A headline-like line just before a "Read more"-style marker is a
 *       teaser; so is one before any short line that is repeated three times or more, follows
 *       headlines at least twice and is never followed by prose (a site's own marker wording, not a
 *       speaker's name in a transcript).
 *   <li><b>The story</b> starts at the first paragraph of prose (a sentence of four words or more
 *       ending with a full stop, or thirty words or more) and ends at the last one. Short lines
 *       between prose paragraphs are crossheads and stay ("The fall of Diabaly"): the story goes on
 *       after them.
 *   <li><b>The end.</b> After an end-of-story marker ("Read also:", "Related", "Sources", "In this
 *       article", "Date created", "©") everything goes, provided what follows is under a quarter of
 *       the story before it, or reads as lists: no long prose paragraph (35 words or more, not an
 *       author bio) and at least as many headline-like lines as paragraphs. A "Related" line inside
 *       a story therefore cuts nothing. Going back from the end, short lines, teaser summaries cut
 *       by an ellipsis ("... Middle East -"), author bios (a name line followed by "Chief editor of
 *       ...", "Journalist since ...", "correspondent") and footer marks are removed until the last
 *       prose paragraph; lines of figures stop this walk.
 *   <li><b>The top.</b> Before the story: the title is the first headline-like line that is not a
 *       section label (after a "Don't miss"-style list heading: the last one); labels of at most
 *       five capitalized words ("North Africa Libya", "Libya Channel") are navigation; "By ..."
 *       lines and lines that are only a date are bylines. A line between the title and the story
 *       that is none of these (a standfirst) stays in the body. When the first paragraph is already
 *       prose (a lead sentence ending with a full stop), there is no title line: the title is null
 *       rather than a guess, and the lead stays in the body.
 *   <li><b>Pull quotes.</b> Inside the story, a short line between two prose paragraphs, without a
 *       final full stop or figures, whose content words are at least 80% found in one of the six
 *       prose paragraphs before it repeats the story (a video caption or pull quote such as "French
 *       Foreign Minister Laurent Fabius says France will not continue to act alone in Mali") and is
 *       removed as a caption. Crossheads announce what follows, so they rarely repeat what came
 *       before; lines of fewer than six content words, questions and lines of several sentences
 *       (dialogue) are never judged.
 *   <li><b>Repeated lead.</b> Among the first ten prose paragraphs of the story, a paragraph whose
 *       words are 70% and word pairs 50% found in one of the first three, with the same figures and
 *       the same first three words (or 80% of word pairs), is a duplicate; the first stays. Only
 *       the top is compared: lists further down (bond terms, crop prices) are alike by nature, and
 *       the work stays bounded.
 * </ol>
 *
 * <p>The publication date is looked for in the raw text before anything is removed ({@link
 * PublicationDateFinder}), since "Latest update :" lines are removed.
 *
 * <p>Work is linear in the input length: paragraphs are compared only within small windows.
 *
 * <p>Thread-safe: holds no mutable state.
 */
public final class TextCleaner {

  private static final int TITLE_SEARCH = 30;
  private static final int LEAD_FIRST = 3;
  private static final int LEAD_WINDOW = 10;
  private static final int MAX_END_MARKERS = 5;
  private static final int PULL_QUOTE_WINDOW = 6;
  private static final int LONG_PROSE_WORDS = 35;

  private final PublicationDateFinder dates;

  /** A cleaner using a default {@link PublicationDateFinder}. */
  public TextCleaner() {
    this(new PublicationDateFinder());
  }

  /** A cleaner using the given date finder. */
  public TextCleaner(PublicationDateFinder dates) {
    if (dates == null) {
      throw new IllegalArgumentException("dates must not be null");
    }
    this.dates = dates;
  }

  /**
   * Cleans one raw article text with no title known beforehand; same as {@code clean(raw, null)}.
   *
   * @throws IllegalArgumentException if {@code raw} is null
   */
  public CleanedText clean(String raw) {
    return clean(raw, null);
  }

  /**
   * Cleans one raw article text. Never throws on odd content.
   *
   * @param raw the raw text; may be empty
   * @param knownTitle a title the container already gave (a JSONL or CSV field), or null. When a
   *     line before the story equals it (ignoring case, punctuation and a " - Site" suffix), that
   *     line is taken out of the body; the text's first line is then never taken as a title unless
   *     it is that title. The result's title is {@code knownTitle}, whitespace-normalized.
   * @return the title, body, publication date and removed pieces
   * @throws IllegalArgumentException if {@code raw} is null
   */
  public CleanedText clean(String raw, String knownTitle) {
    if (raw == null) {
      throw new IllegalArgumentException("raw must not be null");
    }
    String known = knownTitle == null ? null : TextNormalizer.normalize(knownTitle);
    if (known != null && known.isEmpty()) {
      known = null;
    }
    Optional<PublicationDateFinder.Found> date = dates.find(raw);
    Page page = new Page(TextBlockSplitter.split(raw));
    page.classify(known);

    List<String> body = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    for (int i = 0; i < page.n; i++) {
      if (i == page.titleIdx) {
        continue;
      }
      if (page.kinds[i] == null) {
        body.add(page.blocks.get(i).text());
      } else {
        removed.add(new Removed(page.kinds[i], page.blocks.get(i).text()));
      }
    }
    String title =
        known != null ? known : page.titleIdx >= 0 ? page.blocks.get(page.titleIdx).text() : null;
    return new CleanedText(
        title,
        String.join("\n\n", body),
        date.map(PublicationDateFinder.Found::date).orElse(null),
        date.map(PublicationDateFinder.Found::from).orElse(null),
        removed);
  }

  /** The paragraphs of one text and what the passes decided about each. */
  private static final class Page {
    final List<TextBlock> blocks;
    final int n;
    final Kind[] kinds;
    final TextLineClassifier.Rule[] rules;
    final boolean[] prose;
    final boolean[] paired;
    int titleIdx = -1;
    int storyStart = -1;
    int storyEnd = -1;

    Page(List<TextBlock> blocks) {
      this.blocks = new ArrayList<>(blocks);
      this.n = blocks.size();
      this.kinds = new Kind[n];
      this.rules = new TextLineClassifier.Rule[n];
      this.prose = new boolean[n];
      this.paired = new boolean[n];
    }

    TextBlock b(int i) {
      return blocks.get(i);
    }

    boolean free(int i) {
      return kinds[i] == null && i != titleIdx;
    }

    void classify(String knownTitle) {
      for (int i = 0; i < n; i++) {
        rules[i] = TextLineClassifier.rule(b(i));
        if (rules[i] != null) {
          kinds[i] = rules[i].kind();
        }
        prose[i] = isProse(b(i));
      }
      pairTeasers();
      pairRepeatedMarkers();
      if (knownTitle != null) {
        matchKnownTitle(knownTitle);
      }
      for (int i = 0; i < n && storyStart < 0; i++) {
        if (free(i) && prose[i] && !TextLineClassifier.isTeaserSummary(b(i))) {
          storyStart = i;
        }
      }
      if (storyStart < 0) {
        if (knownTitle == null) {
          titleWithoutStory();
        }
        return;
      }
      cutAtEndMarker();
      walkBackFromEnd();
      if (knownTitle == null) {
        findTitle();
      }
      sortOutTop();
      removePullQuotes();
      removeRepeatedLead();
    }

    /**
     * Prose for the story's bounds: a full-stop sentence of four words or more, a question or
     * exclamation of fifteen or more (shorter ones are headlines), or thirty words or more.
     */
    static boolean isProse(TextBlock b) {
      String t = b.text();
      if (TextLineClassifier.startsWithDateline(t)) {
        return true; // "PARIS, Jan 14 (Reuters) - ...": a wire story's lead, however it ends
      }
      if (TextLineClassifier.isAllCaps(t) && b.words() < 30) {
        return false; // a wire headline ("MERRILL MANDATED FOR IEL U.S. NOTE.")
      }
      if (b.words() >= 30) {
        return true;
      }
      if (b.words() < 4 || !TextLineClassifier.endsSentence(t)) {
        return false;
      }
      char last = TextLineClassifier.lastSignificant(t);
      if (last == '.' && !TextLineClassifier.endsWithFullStop(t)) {
        return b.words() >= 15; // "... textile exports to U.S.": a headline unless long
      }
      return (last != '?' && last != '!') || b.words() >= 15;
    }

    /** "Headline" + "Read more": both are teasers. */
    private void pairTeasers() {
      for (int m = 1; m < n; m++) {
        if (rules[m] != null && rules[m].marker()) {
          int h = m - 1;
          if (kinds[h] == null && teaserHeadline(h)) {
            kinds[h] = Kind.TEASER;
            paired[m] = true;
          }
        }
      }
    }

    private boolean teaserHeadline(int i) {
      return TextLineClassifier.isHeadline(b(i))
          && !prose[i]
          && !TextLineClassifier.isFigures(b(i));
    }

    /** A site's own marker wording: a short line repeated at least three times after headlines. */
    private void pairRepeatedMarkers() {
      Map<String, List<Integer>> seen = new HashMap<>();
      for (int i = 1; i < n; i++) {
        TextBlock b = b(i);
        if (kinds[i] == null
            && b.words() <= 4
            && TextLineClassifier.isHeadline(b)
            && !TextLineClassifier.endsSentence(b.text())) {
          seen.computeIfAbsent(b.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> at : seen.values()) {
        if (at.size() < 3) {
          continue;
        }
        int pairs = 0;
        for (int m : at) {
          if (kinds[m - 1] == null && teaserHeadline(m - 1) && !at.contains(m - 1)) {
            pairs++;
          }
        }
        boolean speechFollows = false;
        for (int m : at) {
          speechFollows |= m + 1 < n && prose[m + 1];
        }
        if (pairs < 2 || speechFollows) {
          continue; // speaker labels in a transcript, say: prose follows them, not headlines
        }
        for (int m : at) {
          kinds[m] = Kind.TEASER;
          paired[m] = true;
          if (kinds[m - 1] == null && teaserHeadline(m - 1)) {
            kinds[m - 1] = Kind.TEASER;
          }
        }
      }
    }

    private void matchKnownTitle(String known) {
      String key = compareKey(known);
      if (key.isEmpty()) {
        return;
      }
      for (int i = 0; i < Math.min(n, TITLE_SEARCH); i++) {
        if (kinds[i] != null) {
          continue;
        }
        if (sameTitle(compareKey(b(i).text()), key)) {
          titleIdx = i;
          return;
        }
        if (prose[i]) {
          stripGluedTitle(i, known);
          return; // the story has begun: a title further down is not the page's title line
        }
      }
    }

    /** "Title Body starts here..." on one line: the title is cut off the front of the lead. */
    private void stripGluedTitle(int i, String known) {
      String t = b(i).text();
      if (known.split(" ").length < 4
          || t.length() <= known.length() + 1
          || !t.startsWith(known)
          || t.charAt(known.length()) != ' ') {
        return;
      }
      String rest = t.substring(known.length() + 1);
      char c = rest.charAt(0);
      if (Character.isUpperCase(c) || "\"“‘'(".indexOf(c) >= 0) {
        TextBlock cut = TextBlock.of(rest);
        blocks.set(i, cut);
        prose[i] = isProse(cut);
      }
    }

    static String compareKey(String s) {
      StringBuilder out = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          space = false;
          out.append(Character.toLowerCase(c));
        } else if (c != '\'' && c != '’') {
          space = true;
        }
      }
      return out.toString();
    }

    /** Equal, or one is the other plus a suffix such as a site name ("... - France 24"). */
    static boolean sameTitle(String a, String b) {
      if (a.equals(b)) {
        return true;
      }
      String shorter = a.length() <= b.length() ? a : b;
      String longer = shorter == a ? b : a;
      return !shorter.isEmpty()
          && longer.startsWith(shorter + " ")
          && shorter.length() * 10 >= longer.length() * 6;
    }

    /**
     * After an end-of-story marker, when no long prose follows or what follows is small beside the
     * story, everything goes.
     */
    private void cutAtEndMarker() {
      int[] wordsAfter = new int[n + 1];
      for (int i = n - 1; i >= 0; i--) {
        wordsAfter[i] = wordsAfter[i + 1] + (kinds[i] == null && prose[i] ? b(i).words() : 0);
      }
      int tried = 0;
      for (int m = storyStart + 1; m < n && tried < MAX_END_MARKERS; m++) {
        if (rules[m] == null || !rules[m].endMarker()) {
          continue;
        }
        tried++;
        int before = wordsAfter[storyStart] - wordsAfter[m];
        int after = wordsAfter[m + 1];
        if (before > 0 && (after * 4 < before || looksLikeListsAfter(m))) {
          cutAfter(m);
          return;
        }
      }
    }

    /**
     * Whether what follows block {@code m} reads as lists rather than story: no long prose
     * paragraph (35 words or more, not an author bio or teaser summary), and at least as many
     * headline-like lines as prose paragraphs (a story that goes on after an inline "Related" link
     * is mostly prose).
     */
    private boolean looksLikeListsAfter(int m) {
      int headlines = 0;
      int paragraphs = 0;
      for (int j = m + 1; j < n; j++) {
        if (kinds[j] != null) {
          continue;
        }
        TextBlock b = b(j);
        if (prose[j]) {
          if (b.words() >= LONG_PROSE_WORDS
              && !TextLineClassifier.isBio(b)
              && !TextLineClassifier.isTeaserSummary(b)) {
            return false;
          }
          paragraphs++;
        } else if (TextLineClassifier.isHeadline(b)) {
          headlines++;
        }
      }
      return headlines >= paragraphs;
    }

    private void cutAfter(int m) {
      Kind fallback = rules[m].kind();
      for (int j = m + 1; j < n; j++) {
        if (kinds[j] != null) {
          continue;
        }
        if (j + 1 < n
            && kinds[j + 1] == null
            && TextLineClassifier.isNameLine(b(j))
            && TextLineClassifier.isBio(b(j + 1))) {
          kinds[j] = Kind.BYLINE;
          kinds[j + 1] = Kind.BYLINE;
          j++;
        } else if (fallback == Kind.TEASER) {
          kinds[j] = tailKind(j);
        } else {
          kinds[j] = TextLineClassifier.isBio(b(j)) ? Kind.BYLINE : fallback;
        }
      }
    }

    /** Back from the end: everything after the last prose paragraph goes. */
    private void walkBackFromEnd() {
      List<Integer> guessed = new ArrayList<>();
      storyEnd = n - 1;
      for (int i = n - 1; i > storyStart; i--) {
        if (kinds[i] != null) {
          continue;
        }
        TextBlock b = b(i);
        if (prose[i] && !TextLineClassifier.isTeaserSummary(b)) {
          if (TextLineClassifier.isBio(b)
              && i - 1 > storyStart
              && kinds[i - 1] == null
              && TextLineClassifier.isNameLine(b(i - 1))) {
            kinds[i] = Kind.BYLINE;
            kinds[i - 1] = Kind.BYLINE;
            i--;
            continue;
          }
          if (TextLineClassifier.isSelfNamedBio(b)) {
            kinds[i] = Kind.BYLINE;
            continue;
          }
          storyEnd = i;
          return;
        }
        if (TextLineClassifier.isFigures(b)
            || numbers(b.text()) >= 2
            || (b.words() <= 6 && hasDigit(b.text()))) {
          // A table ends the story: keep it, and the notes under it that this walk took for
          // teasers ("Record March Two", "NOTE: Share adjusted for ..."); rule-based removals
          // (" Reuter") stay removed.
          for (int k : guessed) {
            kinds[k] = null;
          }
          storyEnd = n - 1;
          for (int k = n - 1; k > i && kinds[k] != null; k--) {
            storyEnd = k - 1;
          }
          return;
        }
        char last = TextLineClassifier.lastSignificant(b.text());
        boolean headsSummary =
            i + 1 < n
                && kinds[i + 1] == Kind.TEASER
                && TextLineClassifier.isTeaserSummary(b(i + 1));
        if (b.words() >= 2
            && (last == '.' || last == '?' || last == '!')
            && !TextLineClassifier.isTeaserSummary(b)
            && !headsSummary) {
          storyEnd = i; // a short sentence or question ("((WN)) Thank you."): the story's end
          return;
        }
        kinds[i] = tailKind(i);
        guessed.add(i);
      }
      storyEnd = storyStart;
    }

    /** How many tokens of {@code t} hold a digit. */
    private static int numbers(String t) {
      int count = 0;
      boolean inToken = false;
      boolean digit = false;
      for (int i = 0; i <= t.length(); i++) {
        char c = i < t.length() ? t.charAt(i) : ' ';
        if (c == ' ') {
          if (inToken && digit) {
            count++;
          }
          inToken = false;
          digit = false;
        } else {
          inToken = true;
          digit |= Character.isDigit(c);
        }
      }
      return count;
    }

    private static boolean hasDigit(String t) {
      for (int i = 0; i < t.length(); i++) {
        if (Character.isDigit(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** What an unexplained paragraph after the story is. */
    private Kind tailKind(int i) {
      TextBlock b = b(i);
      if (TextLineClassifier.isByLine(b) || TextLineClassifier.isDateLine(b)) {
        return Kind.BYLINE;
      }
      if (TextLineClassifier.isBio(b) && !TextLineClassifier.isTeaserSummary(b)) {
        return Kind.BYLINE;
      }
      if (TextLineClassifier.isLabel(b)) {
        return Kind.NAVIGATION;
      }
      if (!TextLineClassifier.hasLetter(b.text())) {
        return Kind.FOOTER;
      }
      return Kind.TEASER;
    }

    private boolean titleCandidate(int i) {
      TextBlock b = b(i);
      return kinds[i] == null
          && TextLineClassifier.isHeadline(b)
          && !prose[i]
          && !TextLineClassifier.isByLine(b)
          && !TextLineClassifier.isDateLine(b)
          && !TextLineClassifier.isMostlyFigures(b);
    }

    /** The index of the first list-heading marker ("Don't miss") before the story, or -1. */
    private int listHeading() {
      for (int i = 0; i < storyStart; i++) {
        if (rules[i] != null && rules[i].marker() && !paired[i]) {
          return i;
        }
      }
      return -1;
    }

    private void findTitle() {
      int limit = Math.min(storyStart, TITLE_SEARCH);
      int list = listHeading();
      int firstLabel = -1;
      int chosen = -1;
      for (int i = Math.max(0, list + 1); i < limit; i++) {
        if (!titleCandidate(i)) {
          continue;
        }
        if (TextLineClassifier.isLabel(b(i))) {
          firstLabel = firstLabel < 0 ? i : firstLabel;
          continue;
        }
        chosen = i;
        if (list < 0) {
          break; // no teaser list above: the first headline is the title
        }
      }
      titleIdx = chosen >= 0 ? chosen : firstLabel;
    }

    /** With no prose at all, the first line is the title when it looks like one. */
    private void titleWithoutStory() {
      int free = 0;
      for (int i = 0; i < n; i++) {
        if (kinds[i] == null) {
          free++;
        }
      }
      if (free < 2) {
        return;
      }
      for (int i = 0; i < Math.min(n, TITLE_SEARCH); i++) {
        if (kinds[i] == null) {
          if (titleCandidate(i)) {
            titleIdx = i;
          }
          return;
        }
      }
    }

    /** Everything before the story that is neither title nor standfirst. */
    private void sortOutTop() {
      int list = listHeading();
      String titleKey = titleIdx >= 0 ? compareKey(b(titleIdx).text()) : null;
      boolean kept = false; // once a line stays in the body, labels below it are content
      for (int i = 0; i < storyStart; i++) {
        if (!free(i)) {
          continue;
        }
        TextBlock b = b(i);
        if (TextLineClassifier.isByLine(b) || TextLineClassifier.isDateLine(b)) {
          kinds[i] = Kind.BYLINE;
        } else if (titleKey != null && compareKey(b.text()).equals(titleKey)) {
          kinds[i] = Kind.DUPLICATE;
        } else if (list >= 0
            && list < i
            && (titleIdx < 0 || i < titleIdx)
            && TextLineClassifier.isHeadline(b)) {
          kinds[i] = Kind.TEASER;
        } else if (!kept && TextLineClassifier.isLabel(b)) {
          kinds[i] = Kind.NAVIGATION;
        } else if (i < titleIdx && TextLineClassifier.isHeadline(b)) {
          kinds[i] = Kind.NAVIGATION;
        } else {
          kept = true;
        }
      }
    }

    /** Short lines inside the story that repeat a paragraph just before them. */
    private void removePullQuotes() {
      Deque<Integer> recent = new ArrayDeque<>();
      Map<Integer, long[]> wordSets = new HashMap<>();
      for (int i = storyStart; i <= storyEnd; i++) {
        if (i == titleIdx || kinds[i] != null) {
          continue;
        }
        TextBlock b = b(i);
        if (prose[i]) {
          recent.addLast(i);
          if (recent.size() > PULL_QUOTE_WINDOW) {
            wordSets.remove(recent.removeFirst());
          }
          continue;
        }
        char last = TextLineClassifier.lastSignificant(b.text());
        if (hasDigit(b.text())
            || b.words() < 6
            || b.words() > 40
            || last == '?'
            || last == '!'
            || b.text().contains(". ")
            || !TextLineClassifier.isHeadline(b)) {
          continue; // questions and multi-sentence lines are dialogue, figures are table rows
        }
        long[] content = TextOverlap.contentHashes(b.text());
        if (content.length < 6) {
          continue;
        }
        if (!proseNeighbours(i)) {
          continue; // a pull quote stands alone in running text; table rows come in runs
        }
        for (int k : recent) {
          // word sets are built only when a candidate line needs them: most stories have none
          long[] para =
              wordSets.computeIfAbsent(
                  k, x -> TextOverlap.distinctSorted(TextOverlap.wordHashes(b(x).text())));
          if (TextOverlap.coverage(content, para) >= 0.8) {
            kinds[i] = Kind.CAPTION;
            break;
          }
        }
      }
    }

    /** Whether the nearest kept paragraphs before and after block {@code i} are prose. */
    private boolean proseNeighbours(int i) {
      int before = i - 1;
      while (before >= 0 && kinds[before] != null) {
        before--;
      }
      int after = i + 1;
      while (after < n && kinds[after] != null) {
        after++;
      }
      return before >= 0 && after < n && prose[before] && prose[after];
    }

    /**
     * The second of two near-identical paragraphs at the top of the story: the earlier one among
     * the first {@value #LEAD_FIRST} prose paragraphs, the later among the first {@value
     * #LEAD_WINDOW}.
     */
    private void removeRepeatedLead() {
      List<long[]> words = new ArrayList<>();
      List<long[]> uni = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      int seen = 0;
      for (int i = storyStart; i <= storyEnd && seen < LEAD_WINDOW; i++) {
        if (!free(i) || !prose[i]) {
          continue;
        }
        seen++;
        if (b(i).words() < 12) {
          continue;
        }
        long[] w = TextOverlap.wordHashes(b(i).text());
        long[] u = TextOverlap.distinctSorted(w);
        boolean dup = false;
        for (int k = 0; k < uni.size() && !dup; k++) {
          dup = repeats(w, u, b(i).text(), words.get(k), uni.get(k), texts.get(k));
        }
        if (dup) {
          kinds[i] = Kind.DUPLICATE;
        } else if (seen <= LEAD_FIRST) {
          words.add(w);
          uni.add(u);
          texts.add(b(i).text());
        }
      }
    }

    /**
     * Whether two paragraphs say the same: 70% of words and 50% of word pairs shared (of the
     * smaller), the same figures, and either the same first three words or 80% of word pairs. A
     * paraphrase followed by its quote, or list items that differ in names and figures, are kept.
     */
    private static boolean repeats(
        long[] w1, long[] u1, String t1, long[] w2, long[] u2, String t2) {
      if (TextOverlap.containment(u1, u2) < 0.7) {
        return false;
      }
      double pairs =
          TextOverlap.containment(TextOverlap.bigramHashes(w1), TextOverlap.bigramHashes(w2));
      if (pairs < 0.5) {
        return false;
      }
      long[] n1 = TextOverlap.numberHashes(t1); // figures only for the rare pair that got here
      long[] n2 = TextOverlap.numberHashes(t2);
      long[] fewer = n1.length <= n2.length ? n1 : n2;
      long[] more = fewer == n1 ? n2 : n1;
      if (fewer.length > 0 && TextOverlap.containment(fewer, more) < 1.0) {
        return false;
      }
      boolean sameStart =
          w1.length >= 3 && w2.length >= 3 && w1[0] == w2[0] && w1[1] == w2[1] && w1[2] == w2[2];
      return sameStart || pairs >= 0.8;
    }
  }
}
