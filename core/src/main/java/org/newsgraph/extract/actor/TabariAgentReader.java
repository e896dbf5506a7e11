package org.newsgraph.extract.actor;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary: role words ("minister", "rebels", "army") and the CAMEO agent
 * code they add to an actor.
 *
 * <p>The format, as documented for PETRARCH and as found in {@code Phoenix.agents.txt}:
 *
 * <pre>
 * !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES    a substitution set
 * PRESIDENT [~GOV]                 a phrase and its code; '~' first: added after the actor code
 * PEACEKEEPING_TROOPS {} [IGO~]    '~' last: added before the actor code; {} no plural
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]     an irregular plural
 * INTERIOR_!MINIST! [~GOV]         one phrase per member of the substitution set
 * </pre>
 *
 * A regular plural is made for every phrase without {@code {...}} or a substitution marker, on its
 * last word: {@code Y} after a consonant gives {@code IES}, {@code S X Z CH SH} take {@code ES},
 * others {@code S} (PETRARCH's rule, with the vowel-Y and CH/SH cases added). Words joined by a
 * blank are read as consecutive, like words joined by {@code _} (PETRARCH documents a blank as
 * "other words may come between", but the Phoenix file uses it only as a separator).
 *
 * <p>TABARI stems: the file still holds a few phrases whose last word is cut to a stem ({@code
 * DEFENSE_MINIST}, {@code CIVIL_DEFENSE_MINIST}). PETRARCH matches whole words only, so these never
 * match there. Here a last word that is a proper prefix (4 letters or more) of members of a
 * substitution set is expanded to those members, so {@code DEFENSE_MINIST} reads "defense
 * minister", "defense ministers", "defense ministry" and "defense ministries". Other stems stay
 * whole words, as in PETRARCH.
 *
 * <p>Lines without a code, with a code lacking its {@code ~}, with an unclosed {@code {} or an
 * unknown substitution marker are skipped and counted. A code closed by {@code }} instead of {@code
 * ]} (a typo found in the file) is accepted.
 *
 * <p>Not thread-safe: one per file.
 */
final class TabariAgentReader {

  private static final Pattern MARKER = Pattern.compile("!([A-Za-z]+)!");
  private static final Pattern CODE = Pattern.compile("(~)?([A-Za-z]+)(~)?");

  private final String file;
  private final AgentIndex.Builder index;
  private final LoadProblems problems;
  private final Map<String, List<String>> substitutions = new HashMap<>();

  TabariAgentReader(String file, AgentIndex.Builder index, LoadProblems problems) {
    this.file = file;
    this.index = index;
    this.problems = problems;
  }

  void read(BufferedReader reader) {
    TabariLines lines = new TabariLines(reader);
    String line;
    while ((line = lines.next()) != null) {
      int number = lines.lineNumber();
      String text = line.strip();
      if (text.indexOf('!') >= 0 && text.indexOf('=') >= 0) {
        defineSubstitution(text, number);
        continue;
      }
      int open = text.indexOf('[');
      if (open < 0) {
        problems.skip(file, number, "agent without a code", text);
        continue;
      }
      int close = firstOf(text, open + 1, ']', '}');
      if (close < 0) {
        problems.skip(file, number, "unclosed code", text);
        continue;
      }
      Matcher code = CODE.matcher(text.substring(open + 1, close).strip());
      if (!code.matches() || (code.group(1) == null) == (code.group(3) == null)) {
        problems.skip(file, number, "agent code needs one '~' before or after it", text);
        continue;
      }
      boolean prefix = code.group(3) != null;
      String agentCode = code.group(2).toUpperCase(Locale.ROOT);
      String phrase = text.substring(0, open);
      List<String> plurals = new ArrayList<>();
      boolean explicitPlural = false;
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        int braceEnd = phrase.indexOf('}', brace);
        if (braceEnd < 0) {
          problems.skip(file, number, "unclosed '{'", text);
          continue;
        }
        String plural = phrase.substring(brace + 1, braceEnd).strip();
        if (!plural.isEmpty()) {
          plurals.add(plural);
        }
        phrase = phrase.substring(0, brace);
        explicitPlural = true;
      }
      phrase = phrase.strip();
      if (phrase.isEmpty()) {
        problems.skip(file, number, "no agent phrase", text);
        continue;
      }
      Matcher marker = MARKER.matcher(phrase);
      if (marker.find()) {
        List<String> members = substitutions.get(marker.group(1).toUpperCase(Locale.ROOT));
        if (members == null) {
          problems.skip(file, number, "unknown substitution marker", text);
          continue;
        }
        String target = marker.group();
        for (String member : members) {
          store(phrase.replace(target, member), agentCode, prefix);
        }
        continue;
      }
      List<String> words = new ArrayList<>();
      Words.split(phrase, words);
      if (words.isEmpty()) {
        problems.skip(file, number, "no agent phrase", text);
        continue;
      }
      List<String> stemMembers = stemMembers(words.get(words.size() - 1));
      if (!stemMembers.isEmpty()) {
        for (String member : stemMembers) {
          List<String> expanded = new ArrayList<>(words.subList(0, words.size() - 1));
          expanded.add(member);
          index.add(expanded, agentCode, prefix, String.join(" ", expanded));
        }
        continue;
      }
      index.add(words, agentCode, prefix, phrase);
      if (!explicitPlural) {
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, plural(words.get(words.size() - 1)));
        index.add(plural, agentCode, prefix, phrase);
      }
      for (String p : plurals) {
        List<String> pluralWords = new ArrayList<>();
        Words.split(p, pluralWords);
        if (!pluralWords.isEmpty()) {
          index.add(pluralWords, agentCode, prefix, phrase);
        }
      }
    }
  }

  private void store(String phrase, String agentCode, boolean prefix) {
    List<String> words = new ArrayList<>();
    Words.split(phrase, words);
    if (!words.isEmpty()) {
      index.add(words, agentCode, prefix, phrase.strip());
    }
  }

  private void defineSubstitution(String text, int number) {
    Matcher marker = MARKER.matcher(text);
    int equals = text.indexOf('=');
    if (!marker.find() || marker.end() > equals) {
      problems.skip(file, number, "malformed substitution set", text);
      return;
    }
    List<String> members = new ArrayList<>();
    for (String member : text.substring(equals + 1).split(",")) {
      if (!member.isBlank()) {
        members.add(member.strip().toUpperCase(Locale.ROOT));
      }
    }
    if (members.isEmpty()) {
      problems.skip(file, number, "empty substitution set", text);
      return;
    }
    substitutions.put(marker.group(1).toUpperCase(Locale.ROOT), List.copyOf(members));
  }

  /** The substitution-set members that {@code word} is a proper prefix (stem) of. */
  private List<String> stemMembers(String word) {
    if (word.length() < 4) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (List<String> members : substitutions.values()) {
      for (String m : members) {
        if (m.length() > word.length() && m.startsWith(word)) {
          out.add(m);
        }
      }
    }
    for (List<String> members : substitutions.values()) {
      if (members.contains(word)) {
        return List.of();
      }
    }
    return out;
  }

  /** The regular English plural of an upper-case word. */
  static String plural(String word) {
    int n = word.length();
    if (n > 1 && word.endsWith("Y") && "AEIOU".indexOf(word.charAt(n - 2)) < 0) {
      return word.substring(0, n - 1) + "IES";
    }
    if (word.endsWith("S")
        || word.endsWith("X")
        || word.endsWith("Z")
        || word.endsWith("CH")
        || word.endsWith("SH")) {
      return word + "ES";
    }
    return word + "S";
  }

  private static int firstOf(String s, int from, char a, char b) {
    int i = s.indexOf(a, from);
    int j = s.indexOf(b, from);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
