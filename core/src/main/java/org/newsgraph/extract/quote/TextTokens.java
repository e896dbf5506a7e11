package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * The tokens of one annotated document in one array, with their sentence, lookups from character
 * offsets, and which tokens stand inside quotation marks. One instance per document and call; not
 * shared between threads.
 */
final class TextTokens {

  final String text;
  private final Token[] tokens;
  private final String[] lower;
  private final int[] starts;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  private final boolean[] quoted;

  TextTokens(AnnotatedDocument doc) {
    this.text = doc.text();
    List<Token> all = new ArrayList<>();
    List<int[]> bounds = new ArrayList<>();
    int length = text.length();
    for (Sentence s : doc.sentences()) {
      int first = all.size();
      for (Token t : s.tokens()) {
        // Spans outside the text would be an annotator bug; skip them rather than fail the
        // document.
        if (t.end() <= length) {
          all.add(t);
        }
      }
      if (all.size() > first) {
        bounds.add(new int[] {first, all.size()});
      }
    }
    boolean sorted = true;
    for (int i = 1; i < all.size() && sorted; i++) {
      sorted = all.get(i - 1).start() <= all.get(i).start();
    }
    if (!sorted) {
      // Out-of-order tokens break the offset lookups; sentence bounds no longer hold either.
      all.sort(Comparator.comparingInt(Token::start));
      bounds.clear();
      bounds.add(new int[] {0, all.size()});
    }
    int n = all.size();
    tokens = all.toArray(new Token[0]);
    lower = new String[n];
    starts = new int[n];
    sentenceFirst = new int[n];
    sentenceEnd = new int[n];
    quoted = new boolean[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens[i].text().toLowerCase(Locale.ROOT);
      starts[i] = tokens[i].start();
    }
    for (int[] b : bounds) {
      for (int i = b[0]; i < b[1]; i++) {
        sentenceFirst[i] = b[0];
        sentenceEnd[i] = b[1];
      }
    }
  }

  int size() {
    return tokens.length;
  }

  Token get(int i) {
    return tokens[i];
  }

  /** The token's text in lower case. */
  String lower(int i) {
    return lower[i];
  }

  String pos(int i) {
    return tokens[i].pos();
  }

  int start(int i) {
    return tokens[i].start();
  }

  int end(int i) {
    return tokens[i].end();
  }

  /** The first token of i's sentence. */
  int sentenceFirst(int i) {
    return sentenceFirst[i];
  }

  /** One past the last token of i's sentence. */
  int sentenceEnd(int i) {
    return sentenceEnd[i];
  }

  boolean quoted(int i) {
    return quoted[i];
  }

  /** The first token starting at or after the offset; {@link #size()} when none. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Marks the tokens within the spans (marks included) as quoted. Spans in text order. */
  void markQuoted(List<QuotedSpan> spans) {
    for (QuotedSpan s : spans) {
      for (int i = firstAtOrAfter(s.open()); i < tokens.length && starts[i] < s.close(); i++) {
        quoted[i] = true;
      }
    }
  }

  /** The text between two token indices, first inclusive, end exclusive. */
  String text(int first, int end) {
    return text.substring(tokens[first].start(), tokens[end - 1].end());
  }

  boolean isPunct(int i) {
    String p = tokens[i].pos();
    return !p.isEmpty() && !Character.isLetter(p.charAt(0)) || p.equals("HYPH");
  }

  /** Whether the token ends a sentence: . ! ? or an ellipsis. */
  boolean isFinal(int i) {
    String t = tokens[i].text();
    return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("...") || t.equals("…");
  }

  /** Whether the token is a quotation mark. */
  boolean isQuoteMark(int i) {
    String t = tokens[i].text();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return QuoteMarks.isDoubleMark(c) || QuoteMarks.isSingleMark(c) || c == '`';
  }
}
