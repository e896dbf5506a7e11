package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts raw text into paragraphs ({@link TextBlock}s).
 *
 * <p>Scraped text comes in two shapes. Most often every line is a paragraph, whether or not blank
 * lines separate them (the seeds mix both). Wire copy such as Reuters is hard-wrapped at a fixed
 * width, with paragraphs marked by an indented first line or a blank line. A text is taken as
 * hard-wrapped when, among its lines of 40 characters or more, 90% fit in 110 characters and at
 * least a fifth (at least one, when there are under four) run on into the next line: a line that
 * starts in lower case, or with a digit after a word or comma ("in\n1985."). Its lines are then
 * joined into paragraphs, breaking at blank lines, at indented lines, after lines shorter than 60%
 * of the wrap width, and before a short line that follows a finished sentence and is either the
 * last of its run or no sentence itself (a sign-off such as " Reuter"). In either shape a line that
 * ends without punctuation and is followed by a line starting in lower case is joined to it: that
 * is a broken sentence, not two paragraphs.
 *
 * <p>Linear in the input length. Thread-safe: holds no state.
 */
final class TextBlockSplitter {

  private static final int WRAP_MAX_P90 = 110;
  private static final int LONG_LINE = 40;

  private TextBlockSplitter() {}

  private record Line(String text, int indent) {
    boolean blank() {
      return text.isEmpty();
    }
  }

  static List<TextBlock> split(String raw) {
    List<Line> lines = lines(raw);
    int width = wrapWidth(lines);
    int minIndent = Integer.MAX_VALUE;
    for (Line l : lines) {
      if (!l.blank()) {
        minIndent = Math.min(minIndent, l.indent());
      }
    }
    List<TextBlock> blocks = new ArrayList<>();
    StringBuilder para = null;
    Line prev = null;
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.blank()) {
        flush(blocks, para);
        para = null;
        prev = null;
        continue;
      }
      boolean lastOfRun =
          k + 1 == lines.size()
              || lines.get(k + 1).blank()
              || lines.get(k + 1).indent() > minIndent + 1;
      if (para != null && joins(prev, l, lastOfRun, width, minIndent)) {
        boolean hyphen =
            para.length() > 1
                && para.charAt(para.length() - 1) == '-'
                && Character.isLetter(para.charAt(para.length() - 2))
                && Character.isLowerCase(l.text().charAt(0));
        if (!hyphen) {
          para.append(' ');
        }
        para.append(l.text());
      } else {
        flush(blocks, para);
        para = new StringBuilder(l.text());
      }
      prev = l;
    }
    flush(blocks, para);
    return blocks;
  }

  private static void flush(List<TextBlock> blocks, StringBuilder para) {
    if (para != null && para.length() > 0) {
      blocks.add(TextBlock.of(para.toString()));
    }
  }

  /** Whether line {@code b} continues the paragraph whose last line is {@code a}. */
  private static boolean joins(Line a, Line b, boolean bLast, int width, int minIndent) {
    String at = a.text();
    char first = b.text().charAt(0);
    char last = at.charAt(at.length() - 1);
    boolean brokenSentence =
        Character.isLowerCase(first) && (Character.isLetterOrDigit(last) || last == ',');
    if (width == 0) {
      return brokenSentence;
    }
    if (b.indent() > minIndent + 1) {
      return false; // an indented first line starts a paragraph
    }
    if (brokenSentence) {
      return true;
    }
    if (at.length() < width * 6 / 10) {
      return false; // a short line ends its paragraph (a heading, or a paragraph's last line)
    }
    boolean shortB = b.text().length() < width / 2;
    if (shortB && b.indent() > minIndent) {
      return false; // " Reuter": set off by its indent from unindented run-on lines
    }
    if (shortB
        && TextLineClassifier.endsSentence(at)
        && (bLast || !TextLineClassifier.endsSentence(b.text()) || b.text().indexOf(' ') < 0)) {
      return false; // a sign-off after a finished sentence (" Reuter"), not a run-on
    }
    return true;
  }

  /**
   * The wrap width of hard-wrapped text (the 90th percentile of line lengths), or 0 when the text
   * is not hard-wrapped.
   */
  private static int wrapWidth(List<Line> lines) {
    // Only lines of 40 characters or more vote: table rows and labels say nothing about wrapping.
    int n = 0;
    int runOns = 0;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (t.length() < LONG_LINE) {
        continue;
      }
      n++;
      if (i + 1 < lines.size() && !lines.get(i + 1).blank()) {
        char first = lines.get(i + 1).text().charAt(0);
        char last = t.charAt(t.length() - 1);
        if (Character.isLowerCase(first)
            || (Character.isDigit(first) && (Character.isLetter(last) || last == ','))) {
          runOns++;
        }
      }
    }
    if (runOns == 0 || (n >= 4 && runOns * 5 < n)) {
      return 0;
    }
    int[] lengths = new int[n];
    int k = 0;
    for (Line l : lines) {
      if (l.text().length() >= LONG_LINE) {
        lengths[k++] = l.text().length();
      }
    }
    Arrays.sort(lengths);
    int p90 = lengths[Math.min(n - 1, (int) (n * 0.9))];
    return p90 <= WRAP_MAX_P90 ? p90 : 0;
  }

  private static List<Line> lines(String raw) {
    List<Line> lines = new ArrayList<>();
    char[] chars = raw.toCharArray();
    int start = 0;
    int len = chars.length;
    for (int i = 0; i <= len; i++) {
      char c = i < len ? chars[i] : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        lines.add(line(chars, start, i));
        if (c == '\r' && i + 1 < len && chars[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static Line line(char[] chars, int from, int to) {
    int indent = 0;
    int i = from;
    while (i < to && TextNormalizer.isSpace(chars[i])) {
      indent += chars[i] == '\t' ? 4 : 1;
      i++;
    }
    return new Line(TextNormalizer.normalize(chars, i, to), indent);
  }
}
