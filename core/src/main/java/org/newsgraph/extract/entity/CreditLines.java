package org.newsgraph.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NamedMention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds the reporters' credits that the cleaner left in a text, so that the people named in them do
 * not become actors of the story.
 *
 * <p>Two kinds: a credit line, from a credit word followed by "by" ("Reporting by X; Editing by Y",
 * "(Additional reporting by X)", "Writing by", "Text by", "Video by") to the end of its sentence,
 * wherever the sentence starts it or opens it with a bracket or a semicolon, and a bare "By X" line
 * of a few tokens; and a reporter's sign-off at the very end of the text, a short last sentence
 * that opens with a person and says that the person "reported" or "contributed" ("Jane Doe reported
 * from Tripoli."). In a credit line nothing is an entity; in a sign-off, only the persons are
 * dropped (a news agency in it stays).
 *
 * <p>Thread-safe: stateless.
 */
final class CreditLines {

  private static final Set<String> CREDIT_WORDS =
      Set.of(
          "reporting",
          "writing",
          "editing",
          "edited",
          "written",
          "compiled",
          "reported",
          "text",
          "video",
          "photo",
          "photos",
          "pictures",
          "graphics",
          "words",
          "research",
          "story",
          "production",
          "produced",
          "translation",
          "translated",
          "additional",
          "interviews",
          "sourcing");
  private static final Set<String> SIGN_OFF_VERBS =
      Set.of("reported", "reports", "contributed", "wrote", "writes", "filed", "reporting");
  private static final Set<String> OPENERS = Set.of("(", "-LRB-", "[", ";", "--", "\u2014", "|");
  private static final int BYLINE_TOKENS = 8;
  private static final int SIGN_OFF_TOKENS = 16;

  private CreditLines() {}

  /**
   * For each sentence, the index of the first token of a credit line in it, or the sentence's token
   * count when it has none.
   */
  static int[] creditStarts(List<Sentence> sentences) {
    int[] from = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      from[s] = tokens.size();
      for (int i = 0; i < tokens.size(); i++) {
        if (opensCredit(tokens, i)) {
          from[s] = i;
          break;
        }
      }
    }
    return from;
  }

  private static boolean opensCredit(List<Token> tokens, int i) {
    // Only at the sentence start or after an opening bracket, a semicolon or a dash, so that
    // "the photos by the agency" in running text is no credit.
    if (i > 0 && !OPENERS.contains(tokens.get(i - 1).text())) {
      return false;
    }
    String w = lower(tokens.get(i).text());
    if (w.equals("by")) {
      // a byline is written "By Jane Doe"; "by Baker ." is the end of a sentence cut short
      if (!Names.isCapitalized(tokens.get(i).text())) {
        return false;
      }
      return i == 0 && tokens.size() <= BYLINE_TOKENS && tokens.size() > 1;
    }
    if (!CREDIT_WORDS.contains(w) || (i == 0 && !Names.isCapitalized(tokens.get(i).text()))) {
      return false; // a credit line opens with a capital: "Reporting by", not "produced by"
    }
    int j = i + 1;
    if (j < tokens.size()
        && (w.equals("additional") || lower(tokens.get(j).text()).equals("and"))) {
      j++;
      if (j < tokens.size() && CREDIT_WORDS.contains(lower(tokens.get(j).text()))) {
        j++;
      }
    }
    return j < tokens.size() && lower(tokens.get(j).text()).equals("by");
  }

  /**
   * The index of the last sentence when it is a reporter's sign-off ("Jane Doe reported from
   * Tripoli."), else -1.
   *
   * @param mentions the document's names, in text order
   */
  static int signOffSentence(List<Sentence> sentences, List<NamedMention> mentions) {
    if (sentences.isEmpty()) {
      return -1;
    }
    int lastIndex = sentences.size() - 1;
    List<Token> tokens = sentences.get(lastIndex).tokens();
    if (tokens.size() > SIGN_OFF_TOKENS) {
      return -1;
    }
    int first = 0;
    while (first < tokens.size() && isOpening(tokens.get(first).text())) {
      first++;
    }
    boolean opensWithPerson = false;
    for (int m = mentions.size() - 1; m >= 0; m--) {
      NamedMention mention = mentions.get(m);
      if (mention.sentence() < lastIndex) {
        break;
      }
      if (mention.sentence() == lastIndex
          && mention.firstToken() == first
          && mention.type().equals("PER")) {
        opensWithPerson = true;
      }
    }
    if (!opensWithPerson) {
      return -1;
    }
    for (Token t : tokens) {
      if (SIGN_OFF_VERBS.contains(lower(t.text()))) {
        return sentences.size() - 1;
      }
      if (t.text().equals("\"") || t.text().equals("\u201c") || t.text().equals("``")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isOpening(String t) {
    return t.equals("(") || t.equals("-LRB-") || t.equals("[") || t.equals("--");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
