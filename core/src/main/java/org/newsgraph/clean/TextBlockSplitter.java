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
 * hard-wrapped when 90% of its lines fit in 110 characters and at least a fifth of its lines run on
 * into a line that starts in lower case; its lines are then joined into paragraphs, breaking at
 * blank lines, at indented lines and after short lines that end a sentence. In either shape a line
 * that ends without punctuation and is followed by a line starting in lower case is joined to it:
 * that is a broken sentence, not two paragraphs.
 *
 * <p>Linear in the input length. Thread-safe: holds no state.
 */
final class TextBlockSplitter {

  private static final int WRAP_MAX_P90 = 110;
  private static final int WRAP_MIN_P90 = 30;

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
    for (Line l : lines) {
      if (l.blank()) {
        flush(blocks, para);
        para = null;
        prev = null;
        continue;
      }
      if (para != null && joins(prev, l, width, minIndent)) {
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
  private static boolean joins(Line a, Line b, int width, int minIndent) {
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
    return true;
  }

  /**
   * The wrap width of hard-wrapped text (the 90th percentile of line lengths), or 0 when the text
   * is not hard-wrapped.
   */
  private static int wrapWidth(List<Line> lines) {
    int n = 0;
    int runOns = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      n++;
      if (i + 1 < lines.size()
          && !lines.get(i + 1).blank()
          && Character.isLowerCase(lines.get(i + 1).text().charAt(0))) {
        runOns++;
      }
    }
    if (n < 4 || runOns * 5 < n) {
      return 0;
    }
    int[] lengths = new int[n];
    int k = 0;
    for (Line l : lines) {
      if (!l.blank()) {
        lengths[k++] = l.text().length();
      }
    }
    Arrays.sort(lengths);
    int p90 = lengths[Math.min(n - 1, (int) (n * 0.9))];
    return p90 <= WRAP_MAX_P90 && p90 >= WRAP_MIN_P90 ? p90 : 0;
  }

  private static List<Line> lines(String raw) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int len = raw.length();
    for (int i = 0; i <= len; i++) {
      char c = i < len ? raw.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        lines.add(line(raw, start, i));
        if (c == '\r' && i + 1 < len && raw.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static Line line(String raw, int from, int to) {
    int indent = 0;
    int i = from;
    while (i < to && TextNormalizer.isSpace(raw.charAt(i))) {
      indent += raw.charAt(i) == '\t' ? 4 : 1;
      i++;
    }
    return new Line(TextNormalizer.normalize(raw, i, to), indent);
  }
}
