package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.actor.TabariLines;

/**
 * Reads a TABARI/PETRARCH 2 verb dictionary ({@code CAMEO.2.0.txt}, {@code
 * PETR.Validate.verbs.txt}) into synsets, verb blocks and transformations.
 *
 * <p>The format, as the files themselves show it (line kinds by their first character, comments
 * {@code #}, {@code ;} and {@code <!-- -->} removed, blank lines ignored):
 *
 * <pre>
 * &amp;CURRENCY                     a synset: its name, then its members, one a line ...
 * +DOLLAR                        ... a word (a stem unless it ends in '_': +CASH_)
 * +AUSTRIAN FLORIN               ... a phrase ('_' or blanks), or +&amp;OTHERSET
 * ---  ASK   [---]  ---          a verb block: its name and default code
 * ASK     [020]                  a verb, optionally with its own code ...
 * QUERY {QUERYING QUERIES QUERIED }   ... and its forms (none generated then; {} for none)
 * +ASK_FOR {+ASKED_FOR ...} [020]     a phrasal verb: '+' marks the verb word
 * - * (FOR &amp;INVESTIGATION)  [0214]   a pattern of the block, see {@link PatternParser}
 * - + WAS_ * TO_ ^ FROM $  [174]       (TABARI-style: '$' source, '+' target, '^' skip)
 * - * (BY/WITH &amp;WEAPON)  [194]       ('/' separates alternative words)
 * ~ a (a b ATTACK) SAY = a b 015 a transformation, see {@link Transformation}
 * </pre>
 *
 * Codes are {@code [xxx]}, {@code [xxx:yyy]} or {@code [:yyy]} (see {@link VerbCode}); {@code
 * [---]} is the null code. Synsets may be defined anywhere, also between verb blocks; a synset's
 * members run to the next line that is not a {@code +} member. A block runs to the next block
 * header or synset.
 *
 * <p>Lines that cannot be read are skipped and reported (a pattern without {@code *} or code, an
 * unbalanced bracket, a line outside any block, an unreadable code); a code with a stray trailing
 * {@code ?} or {@code !} ({@code [023?]}) is read without it and reported; a header with a second
 * code keeps the first and is reported.
 *
 * <p>Not thread-safe: one per file.
 */
final class VerbDictionaryReader {

  private static final Pattern TRANSFORMATION =
      Pattern.compile(
          "~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+?)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");
  private static final Pattern SYNSET_NAME = Pattern.compile("&[A-Za-z0-9_]+");

  private final String file;
  private final LoadProblems problems;

  final Map<String, Synset> synsets = new LinkedHashMap<>();
  final List<VerbBlock> blocks = new ArrayList<>();
  final List<Transformation> transformations = new ArrayList<>();

  /** One String per distinct word: a file has ~60,000 words but a few thousand values. */
  private final Map<String, String> strings = new HashMap<>();

  private String synsetName;
  private int synsetLine;
  private final List<PatternElement> members = new ArrayList<>();

  private String blockName;
  private VerbCode blockCode;
  private int blockLine;
  private final List<VerbEntry> verbs = new ArrayList<>();
  private final List<VerbPattern> patterns = new ArrayList<>();

  VerbDictionaryReader(String file, LoadProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  void read(BufferedReader reader) {
    TabariLines lines = new TabariLines(reader);
    String raw;
    while ((raw = lines.next()) != null) {
      String line = raw.strip();
      int n = lines.lineNumber();
      char first = line.charAt(0);
      if (line.startsWith("---")) {
        endSection();
        header(line, n);
      } else if (first == '&') {
        endSection();
        startSynset(line, n);
      } else if (first == '+' && synsetName != null) {
        member(line, n);
      } else if (first == '-') {
        pattern(line, lines.comment(), n);
      } else if (first == '~') {
        transformation(line, n);
      } else if (blockName != null) {
        verb(line, n);
      } else if (synsetName != null) {
        problems.add(file, n, "synset member without '+'", line);
      } else {
        problems.add(file, n, "line outside any verb block or synset", line);
      }
    }
    endSection();
  }

  /**
   * Applies a supplement read by another reader (newsgraph's own {@code newsgraph.verbs.txt}, in
   * the same format) to what this one read:
   *
   * <ul>
   *   <li>a verb the supplement lists leaves every block of this dictionary: its code and patterns
   *       are the supplement's alone ("ban" leaves {@code PROHIBIT [172]} for a block of its own).
   *       A verb is its whole base form: listing {@code TAKE} moves "take" and leaves the phrasal
   *       {@code TAKE_OVER} and {@code TAKE_NOTE} in their blocks;
   *   <li>a supplement block named like one of this dictionary extends it: its verbs join (with the
   *       supplement header's code, as written there) and its patterns come first, so that they win
   *       a tie of specificity; the block's own verbs keep their codes;
   *   <li>other supplement blocks are added; supplement synsets are added, a name already defined
   *       keeps its first definition.
   * </ul>
   */
  void supplement(VerbDictionaryReader extra) {
    Set<List<String>> moved = new HashSet<>();
    for (VerbBlock b : extra.blocks) {
      for (VerbEntry v : b.verbs()) {
        moved.add(v.base().words());
      }
    }
    Map<String, VerbBlock> extensions = new HashMap<>();
    for (VerbBlock b : extra.blocks) {
      if (extensions.put(b.name(), b) != null) {
        problems.add(
            extra.file, b.line(), "supplement block named twice (the last is kept)", b.name());
      }
    }
    List<VerbBlock> merged = new ArrayList<>(blocks.size() + extra.blocks.size());
    for (VerbBlock b : blocks) {
      List<VerbEntry> kept = new ArrayList<>(b.verbs().size());
      for (VerbEntry v : b.verbs()) {
        if (!moved.contains(v.base().words())) {
          kept.add(v);
        }
      }
      VerbBlock ext = extensions.remove(b.name());
      if (ext == null) {
        merged.add(
            kept.size() == b.verbs().size()
                ? b
                : new VerbBlock(b.name(), b.code(), kept, b.patterns(), b.line()));
        continue;
      }
      kept.addAll(ext.verbs());
      List<VerbPattern> patterns = new ArrayList<>(ext.patterns());
      patterns.addAll(b.patterns());
      merged.add(new VerbBlock(b.name(), b.code(), kept, patterns, b.line()));
    }
    for (VerbBlock b : extra.blocks) {
      if (extensions.containsKey(b.name())) {
        merged.add(b);
      }
    }
    blocks.clear();
    blocks.addAll(merged);
    extra.synsets.forEach(synsets::putIfAbsent);
    transformations.addAll(extra.transformations);
  }

  private void endSection() {
    if (synsetName != null) {
      if (members.isEmpty()) {
        problems.add(file, synsetLine, "synset without members", "&" + synsetName);
      } else if (synsets.containsKey(synsetName)) {
        problems.add(
            file, synsetLine, "synset defined twice (the first is kept)", "&" + synsetName);
      } else {
        synsets.put(synsetName, new Synset(synsetName, members, synsetLine));
      }
      synsetName = null;
      members.clear();
    }
    if (blockName != null) {
      blocks.add(new VerbBlock(blockName, blockCode, verbs, patterns, blockLine));
      blockName = null;
      verbs.clear();
      patterns.clear();
    }
  }

  private void header(String line, int n) {
    int open = line.indexOf('[');
    int close = open < 0 ? -1 : line.indexOf(']', open);
    String name =
        open < 0
            ? String.join(" ", TabariLines.split(line, "-"))
            : collapseBlanks(line.substring(3, open));
    if (name.isEmpty() || (open >= 0 && close < 0)) {
      problems.add(file, n, "unreadable verb block header", line);
      return;
    }
    VerbCode code = VerbCode.NONE;
    if (open < 0) {
      problems.add(file, n, "verb block header without a code (read as [---])", line);
    } else {
      code = code(line.substring(open + 1, close), n, line);
      if (code == null) {
        problems.add(file, n, "unreadable code in verb block header (read as [---])", line);
        code = VerbCode.NONE;
      }
      String rest = line.substring(close + 1).strip();
      if (rest.startsWith("[")) {
        problems.add(file, n, "second code in a verb block header (ignored)", line);
      } else if (!TabariLines.split(rest, "-").isEmpty()) {
        problems.add(file, n, "text after the code of a verb block header (ignored)", line);
      }
    }
    blockName = intern(name.toUpperCase(Locale.ROOT));
    blockCode = code;
    blockLine = n;
  }

  private void startSynset(String line, int n) {
    if (!SYNSET_NAME.matcher(line).matches()) {
      problems.add(file, n, "unreadable synset name", line);
      return;
    }
    String name = PatternParser.synsetName(line);
    if (name.isEmpty()) {
      problems.add(file, n, "unreadable synset name", line);
      return;
    }
    synsetName = name;
    synsetLine = n;
  }

  private void member(String line, int n) {
    try {
      members.add(PatternParser.member(line.substring(1), strings));
    } catch (PatternParser.BadPattern e) {
      problems.add(file, n, e.getMessage(), line);
    }
  }

  private void verb(String line, int n) {
    int brace = line.indexOf('{');
    int bracket = line.indexOf('[');
    int wordsEnd = line.length();
    if (brace >= 0) {
      wordsEnd = brace;
    }
    if (bracket >= 0 && bracket < wordsEnd) {
      wordsEnd = bracket;
    }
    String words = line.substring(0, wordsEnd);
    String rest = line.substring(wordsEnd).strip();
    String formsText = null;
    String codeText = null;
    if (rest.startsWith("{")) {
      int close = rest.indexOf('}');
      if (close < 0) {
        problems.add(file, n, "unclosed '{' in a verb line", line);
        return;
      }
      formsText = rest.substring(1, close);
      rest = rest.substring(close + 1).strip();
    }
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        problems.add(file, n, "unclosed '[' in a verb line", line);
        return;
      }
      codeText = rest.substring(1, close);
      rest = rest.substring(close + 1).strip();
    }
    if (!rest.isEmpty() || words.indexOf('}') >= 0 || words.indexOf(']') >= 0) {
      problems.add(file, n, "unreadable verb line", line);
      return;
    }
    VerbForm base = form(words, n, line);
    if (base == null) {
      return;
    }
    VerbCode code = blockCode;
    if (codeText != null) {
      VerbCode own = code(codeText, n, line);
      if (own == null) {
        problems.add(file, n, "unreadable verb code (the block's is used)", line);
      } else {
        code = own;
      }
    }
    List<VerbForm> forms = new ArrayList<>(4);
    forms.add(base);
    boolean listed = formsText != null;
    if (listed) {
      for (String written : TabariLines.split(formsText, ",")) {
        VerbForm f = form(written, n, line);
        if (f != null && !containsForm(forms, f)) {
          forms.add(f);
        }
      }
    } else {
      for (String inflected : Inflections.regular(base.verbWord())) {
        VerbForm f = base.withVerbWord(intern(inflected));
        if (!containsForm(forms, f)) {
          forms.add(f);
        }
      }
    }
    verbs.add(new VerbEntry(base, forms, listed, code, blockName, n));
  }

  /**
   * Whether {@code forms} holds {@code f}; compares fields directly, as a record's generated {@code
   * equals} is slow to start up and this runs for every verb form.
   */
  private static boolean containsForm(List<VerbForm> forms, VerbForm f) {
    for (VerbForm g : forms) {
      if (g.verb() == f.verb() && g.words().equals(f.words())) {
        return true;
      }
    }
    return false;
  }

  /** A verb form: words joined by '_' or blanks, '+' before the verb word when it is not first. */
  private VerbForm form(String written, int n, String line) {
    List<String> pieces = TabariLines.split(written, "_");
    List<String> words = new ArrayList<>(pieces.size());
    int verb = -1;
    for (String piece : pieces) {
      if (piece.isEmpty()) {
        continue;
      }
      if (piece.startsWith("+")) {
        if (verb >= 0) {
          problems.add(file, n, "verb form with two '+' verb words", line);
          return null;
        }
        verb = words.size();
        piece = piece.substring(1);
      }
      if (piece.isEmpty() || !isVerbWord(piece)) {
        problems.add(file, n, "unreadable verb form '" + written.strip() + "'", line);
        return null;
      }
      words.add(intern(piece.toUpperCase(Locale.ROOT)));
    }
    if (words.isEmpty()) {
      problems.add(file, n, "verb line without a verb", line);
      return null;
    }
    return new VerbForm(words, Math.max(verb, 0));
  }

  private static boolean isVerbWord(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private void pattern(String line, String comment, int n) {
    if (blockName == null) {
      problems.add(file, n, "pattern outside a verb block", line);
      return;
    }
    int open = line.lastIndexOf('[');
    int close = line.lastIndexOf(']');
    if (open < 0 || close < open || !line.substring(close + 1).isBlank()) {
      problems.add(file, n, "pattern without a code", line);
      return;
    }
    VerbCode code = code(line.substring(open + 1, close), n, line);
    if (code == null) {
      problems.add(file, n, "unreadable pattern code", line);
      return;
    }
    String body = line.substring(1, open);
    PatternParser.Parsed p;
    try {
      p = PatternParser.pattern(body, strings);
    } catch (PatternParser.BadPattern e) {
      problems.add(file, n, e.getMessage(), line);
      return;
    }
    patterns.add(
        new VerbPattern(
            blockName,
            p.before(),
            p.joinedBefore(),
            p.after(),
            p.joinedAfter(),
            code,
            collapseBlanks(line),
            comment,
            n));
  }

  private void transformation(String line, int n) {
    Matcher m = TRANSFORMATION.matcher(line);
    if (!m.matches()) {
      problems.add(file, n, "unreadable transformation", line);
      return;
    }
    transformations.add(
        new Transformation(
            m.group(1),
            m.group(2),
            m.group(3),
            m.group(4).toUpperCase(Locale.ROOT),
            m.group(5).toUpperCase(Locale.ROOT),
            m.group(6),
            m.group(7),
            m.group(8),
            collapseBlanks(line),
            n));
  }

  /** The code between brackets; a stray trailing '?' or '!' is dropped and reported. */
  private VerbCode code(String text, int n, String line) {
    VerbCode code = VerbCode.parse(text);
    if (code == null) {
      String t = text.strip();
      if (t.length() > 1 && (t.endsWith("?") || t.endsWith("!"))) {
        code = VerbCode.parse(t.substring(0, t.length() - 1));
        if (code != null) {
          problems.add(
              file,
              n,
              "code with a stray '" + t.charAt(t.length() - 1) + "' (read as " + code + ")",
              line);
        }
      }
    }
    return code;
  }

  /** The text with each run of blanks made one space. */
  static String collapseBlanks(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        blank = true;
        continue;
      }
      if (blank && b.length() > 0) {
        b.append(' ');
      }
      blank = false;
      b.append(c);
    }
    return b.toString();
  }

  private String intern(String s) {
    String known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }
}
