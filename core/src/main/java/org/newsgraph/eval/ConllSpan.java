package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An entity in a tagged sentence: tokens {@code start} (inclusive) to {@code end} (exclusive) of
 * one type.
 *
 * <p>{@link #decode} reads every common chunk encoding with one rule set, so a file need not say
 * which it uses:
 *
 * <ul>
 *   <li>IOB2: {@code B-X} starts every entity, {@code I-X} continues it;
 *   <li>IOB1 (CoNLL-2003 as published): {@code I-X} starts an entity too, {@code B-X} only marks
 *       the start of an entity that directly follows another of the same type;
 *   <li>BIOES / BILOU: {@code E-X}/{@code L-X} end an entity, {@code S-X}/{@code U-X} are one-token
 *       entities;
 *   <li>IO, a bare class ({@code PER}) per token: read as {@code I-PER}, so an entity is a maximal
 *       run of one class. Two adjacent entities of the same type cannot be told apart in this
 *       encoding and come out as one.
 * </ul>
 *
 * The rule follows conlleval: an entity starts at {@code B}/{@code S}, or at {@code I}/{@code E}
 * after {@code O}, after an ended entity or after a different type; it ends before {@code B},
 * {@code S}, {@code O} or a change of type, and after {@code E}/{@code S}. A stray {@code I-X}
 * after {@code O} thus starts an entity rather than being dropped.
 */
public record ConllSpan(int start, int end, String type) {

  /** What a tag may look like: O, a bare type, or a prefix and a type. */
  static final Pattern TAG = Pattern.compile("O|(?:[BIESLU]-)?[A-Za-z][A-Za-z0-9]*");

  /**
   * @throws IllegalArgumentException if the span is empty or negative, or the type blank
   */
  public ConllSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must be non-empty: " + start + ".." + end);
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("span type must not be blank: " + type);
    }
  }

  /** Whether {@code tag} is a tag that {@link #decode} understands. */
  public static boolean isTag(String tag) {
    return TAG.matcher(tag).matches();
  }

  /**
   * The entities that a sentence's tags mark.
   *
   * @throws IllegalArgumentException if a tag is not {@code O}, a type, or {@code [BIESLU]-}type
   */
  public static List<ConllSpan> decode(List<String> tags) {
    List<ConllSpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    char prefix = 'O';
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (!isTag(tag)) {
        throw new IllegalArgumentException("not a CoNLL tag: '" + tag + "' (token " + i + ")");
      }
      char p = prefixOf(tag);
      String t = p == 'O' ? null : typeOf(tag);
      boolean open = start >= 0;
      boolean ends =
          open && (p == 'O' || p == 'B' || p == 'S' || !t.equals(type) || closes(prefix));
      if (ends) {
        spans.add(new ConllSpan(start, i, type));
        start = -1;
        type = null;
      }
      if (p != 'O' && start < 0) {
        start = i;
        type = t;
      }
      prefix = p;
    }
    if (start >= 0) {
      spans.add(new ConllSpan(start, tags.size(), type));
    }
    return spans;
  }

  // E and S (L and U in BILOU) close the entity they belong to.
  private static boolean closes(char prefix) {
    return prefix == 'E' || prefix == 'S';
  }

  /** O, B, I, E or S; a bare type counts as I, BILOU's L and U as E and S. */
  private static char prefixOf(String tag) {
    if (tag.equals("O")) {
      return 'O';
    }
    if (tag.length() > 2 && tag.charAt(1) == '-') {
      return switch (tag.charAt(0)) {
        case 'L' -> 'E';
        case 'U' -> 'S';
        default -> tag.charAt(0);
      };
    }
    return 'I';
  }

  private static String typeOf(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
  }
}
