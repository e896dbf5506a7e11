package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text that stand between quotation marks, whatever the typography: curly
 * “…”, straight "…", single ‘…’ and '…' (told apart from apostrophes), guillemets «…» with or
 * without inner spaces, and the mixed pairs that scraped pages leave (" … », " … ”, ”…” used as an
 * opener).
 *
 * <p>Why by context and not by glyph: scraped and translated news often uses the wrong glyph (a
 * right quote as an opener, “ as a closer), so a mark's role is read first from its flanks — a mark
 * followed by a word and preceded by a space opens, a mark after a word and before a space or
 * punctuation closes — and only a mark with spaces on both sides (or none) falls back on whether a
 * quote is open. A double mark right before sentence punctuation never opens.
 *
 * <p>Paragraphs are separated by a blank line. A quote still open at the end of a paragraph
 * continues into the next one when that paragraph begins with an opening mark (the news convention
 * for a quote running over several paragraphs); otherwise it ends with its paragraph, unclosed. An
 * opening mark met while a double quote is open ends the open quote there. A closing mark with
 * nothing open is an orphan: when a colon precedes it in its paragraph, the words from the colon to
 * the mark are taken as the quote whose opening mark was lost ("he said: … structures ".").
 *
 * <p>Single marks are quotes only when no double quote is open (inside one they are nested quotes,
 * part of the outer quote), only between a left-flanking opener and a right-flanking closer in the
 * same paragraph; a mark between two letters is an apostrophe, and "s’ " before a lower-case word
 * is a plural possessive.
 *
 * <p>One pass over the text: linear time. Stateless and thread-safe.
 */
final class QuoteMarks {

  /** How far back, in characters, a colon may stand before an orphan closing mark. */
  private static final int COLON_REACH = 600;

  private enum Role {
    OPEN,
    CLOSE
  }

  private QuoteMarks() {}

  /** The quoted stretches of {@code text}, in text order, none inside another. */
  static List<QuotedSpan> find(String text) {
    return new Scan(text).run();
  }

  /** Whether c is one of the double quotation marks this class knows. */
  static boolean isDoubleMark(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u201F'
        || c == '\u00AB'
        || c == '\u00BB'
        || c == '\u2033'
        || c == '\uFF02';
  }

  /** Whether c is a single quotation mark or an apostrophe. */
  static boolean isSingleMark(char c) {
    return c == '\''
        || c == '\u2018'
        || c == '\u2019'
        || c == '\u201A'
        || c == '\u2039'
        || c == '\u203A';
  }

  private static final class Scan {
    private final String text;
    private final int n;
    private final List<QuotedSpan> out = new ArrayList<>();

    // The open double quote: where its mark starts and where its words start; -1 when none.
    private int doubleOpen = -1;
    private int doubleStart;
    // The open single quote, likewise.
    private int singleOpen = -1;
    private int singleStart;
    // A double quote left open by the previous paragraph, waiting for this one to continue it.
    private int carriedOpen = -1;
    private int carriedStart;
    private int carriedEnd;
    // The last colon outside quotes in this paragraph since the last quote event; -1 when none.
    private int colon = -1;

    Scan(String text) {
      this.text = text;
      this.n = text.length();
    }

    List<QuotedSpan> run() {
      int p = 0;
      while (p < n) {
        int end = paragraphEnd(p);
        paragraph(p, end);
        p = nextParagraph(end);
      }
      flushCarried();
      return out;
    }

    /** The end of the paragraph starting at p: the next blank line, or the text's end. */
    private int paragraphEnd(int p) {
      int i = text.indexOf('\n', p);
      while (i >= 0) {
        int j = i + 1;
        while (j < n
            && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        if (j >= n || text.charAt(j) == '\n') {
          return i;
        }
        i = text.indexOf('\n', j);
      }
      return n;
    }

    private int nextParagraph(int end) {
      int j = end;
      while (j < n && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      return Math.max(j, end + 1);
    }

    private void paragraph(int ps, int pe) {
      doubleOpen = -1;
      singleOpen = -1;
      colon = -1;
      int i = ps;
      while (i < pe && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (carriedOpen >= 0) {
        int len = doubleMarkLength(i, pe);
        if (len > 0 && role(i, len, ps, pe, true) == Role.OPEN) {
          // The news convention: each paragraph of a long quote reopens it, only the last closes.
          doubleOpen = carriedOpen;
          doubleStart = carriedStart;
          carriedOpen = -1;
          i += len;
        } else {
          flushCarried();
        }
      }
      while (i < pe) {
        char c = text.charAt(i);
        int len = doubleMarkLength(i, pe);
        if (len > 0) {
          doubleMark(i, len, ps, pe);
          i += len;
          continue;
        }
        if (doubleOpen < 0 && isSingleMark(c)) {
          singleMark(i, ps, pe);
        } else if (c == ':'
            && doubleOpen < 0
            && singleOpen < 0
            && i + 1 < pe
            && Character.isWhitespace(text.charAt(i + 1))) {
          colon = i;
        }
        i++;
      }
      if (doubleOpen >= 0) {
        carriedOpen = doubleOpen;
        carriedStart = doubleStart;
        carriedEnd = trimEnd(doubleStart, pe);
        doubleOpen = -1;
      }
      // A single opener without its closer was an apostrophe or a stray mark: no quote.
      singleOpen = -1;
    }

    private void flushCarried() {
      if (carriedOpen >= 0) {
        emit(carriedOpen, carriedStart, carriedEnd, carriedEnd, true, false);
        carriedOpen = -1;
      }
    }

    /** The length of the double mark at i (1, or 2 for `` and ''), or 0 when there is none. */
    private int doubleMarkLength(int i, int pe) {
      if (i >= pe) {
        return 0;
      }
      char c = text.charAt(i);
      if (isDoubleMark(c)) {
        return 1;
      }
      if ((c == '`' || c == '\'') && i + 1 < pe && text.charAt(i + 1) == c) {
        return 2;
      }
      return 0;
    }

    private void doubleMark(int i, int len, int ps, int pe) {
      Role role = role(i, len, ps, pe, doubleOpen >= 0);
      if (role == Role.OPEN) {
        if (doubleOpen >= 0) {
          // A new opener while one is open: the writer forgot a closer; end the open quote here.
          int end = trimEnd(doubleStart, i);
          emit(doubleOpen, doubleStart, end, end, true, false);
        }
        // A double quote inside a single one is nested; the single one stays open around it.
        doubleOpen = i;
        doubleStart = skipSpaces(i + len, pe);
        colon = -1;
        return;
      }
      if (doubleOpen >= 0) {
        emit(doubleOpen, doubleStart, trimEnd(doubleStart, i), i + len, true, true);
        doubleOpen = -1;
      } else if (colon >= 0 && i - colon <= COLON_REACH && singleOpen < 0) {
        int start = skipSpaces(colon + 1, i);
        emit(start, start, trimEnd(start, i), i + len, false, true);
      }
      colon = -1;
    }

    /** The role of a double mark from its flanks, falling back on the quote state. */
    private Role role(int i, int len, int ps, int pe, boolean open) {
      boolean spaceBefore = i == ps || spaceLike(text.charAt(i - 1));
      int after = i + len;
      boolean spaceAfter = after >= pe || spaceLike(text.charAt(after));
      // "'one in, all in'. I did …": a single mark opening a nested quote starts the words.
      boolean nestedOpener =
          !spaceAfter
              && isSingleMark(text.charAt(after))
              && after + 1 < pe
              && Character.isLetterOrDigit(text.charAt(after + 1));
      boolean punctAfter = !spaceAfter && !nestedOpener && closingPunct(text.charAt(after));
      boolean left = spaceBefore && !spaceAfter && !punctAfter;
      boolean right = !spaceBefore && (spaceAfter || punctAfter);
      if (left) {
        return Role.OPEN;
      }
      if (right || punctAfter) {
        return Role.CLOSE;
      }
      return open ? Role.CLOSE : Role.OPEN;
    }

    private void singleMark(int i, int ps, int pe) {
      char c = text.charAt(i);
      char prev = i == ps ? ' ' : text.charAt(i - 1);
      char next = i + 1 >= pe ? ' ' : text.charAt(i + 1);
      if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
        return; // don’t, France’s, rock'n'roll
      }
      boolean spaceBefore = i == ps || spaceLike(prev) || isDoubleMark(prev);
      boolean spaceAfter = i + 1 >= pe || spaceLike(next);
      if (singleOpen < 0) {
        boolean opener = c == '\u2018' || c == '\'' || c == '\u201A' || c == '\u2039';
        if (opener
            && spaceBefore
            && !spaceAfter
            && !closingPunct(next)
            && !Character.isDigit(next)) {
          singleOpen = i;
          singleStart = i + 1;
        }
        return;
      }
      boolean closer = c == '\u2019' || c == '\'' || c == '\u203A';
      if (!closer || spaceBefore || !(spaceAfter || closingPunct(next) || isDoubleMark(next))) {
        return;
      }
      if (prev == 's' && next == ' ' && i + 2 < pe && Character.isLowerCase(text.charAt(i + 2))) {
        return; // the countries’ borders: a plural possessive
      }
      emit(singleOpen, singleStart, trimEnd(singleStart, i), i + 1, true, true);
      singleOpen = -1;
      colon = -1;
    }

    private void emit(int open, int start, int end, int close, boolean opened, boolean closed) {
      start = Math.min(skipSpaces(start, end), end);
      if (start >= end) {
        return;
      }
      // Spans come in order of their closing; a nested one (a double inside a single) is dropped
      // when its container closes.
      while (!out.isEmpty() && out.get(out.size() - 1).open() >= open) {
        out.remove(out.size() - 1);
      }
      out.add(new QuotedSpan(open, start, end, Math.max(close, end), opened, closed));
    }

    private int skipSpaces(int i, int limit) {
      while (i < limit && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private int trimEnd(int from, int end) {
      while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    private static boolean spaceLike(char c) {
      return Character.isWhitespace(c)
          || c == '('
          || c == '['
          || c == '{'
          || c == '\u2014'
          || c == '\u2013'
          || c == '/'
          || c == '\u00A0';
    }

    private static boolean closingPunct(char c) {
      return c == '.'
          || c == ','
          || c == ';'
          || c == ':'
          || c == '!'
          || c == '?'
          || c == ')'
          || c == ']'
          || c == '}'
          || c == '\u2026'
          || c == '\u2014'
          || c == '\u2013'
          || isDoubleMark(c)
          || isSingleMark(c);
    }
  }
}
