package org.newsgraph.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.Token;

/**
 * The word lists the quote extractor reads: reporting verbs and phrases ({@code cues.txt}), words
 * that describe speakers ({@code roles.txt}) and given names by gender ({@code first-names.txt}),
 * all beside this class. Each file documents its own format.
 *
 * <p>Load once: {@link #standard()} reads the files on first use. Immutable and thread-safe.
 */
final class CueLexicon {

  /** A reporting verb and how it may be used. */
  record Verb(
      String lemma, boolean quoteOnly, boolean thatOnly, boolean addressee, String particle) {}

  /** What a gendered word or name says. */
  enum Gender {
    FEMALE,
    MALE,
    UNKNOWN
  }

  private static volatile CueLexicon standard;

  private final Map<String, Verb> verbs = new HashMap<>();
  private final Map<String, Verb> pastForms = new HashMap<>();
  private final List<String[]> sources = new ArrayList<>();
  private final List<String[]> frames = new ArrayList<>();
  private final List<String[]> settings = new ArrayList<>();
  private final Set<String> characterising = new HashSet<>();
  private final List<String[]> directives = new ArrayList<>();
  private final List<String[]> anonymous = new ArrayList<>();
  private final Set<String> personRoles = new HashSet<>();
  private final Set<String> genericRoles = new HashSet<>();
  private final Set<String> organizationRoles = new HashSet<>();
  private final Set<String> female = new HashSet<>();
  private final Set<String> male = new HashSet<>();
  private final Set<String> naming = new HashSet<>();
  private final Set<String> time = new HashSet<>();
  private final Set<String> documents = new HashSet<>();
  private final Map<String, Gender> names = new HashMap<>();

  private CueLexicon() {}

  /**
   * The bundled lists, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when a list is missing or malformed (a broken build)
   */
  static CueLexicon standard() {
    CueLexicon loaded = standard;
    if (loaded == null) {
      synchronized (CueLexicon.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = new CueLexicon();
          loaded.readCues();
          loaded.readRoles();
          loaded.readNames();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  /** The reporting verb that token is, or null; the token must be tagged as a verb. */
  Verb verb(Token token) {
    if (!token.pos().startsWith("VB")) {
      return null;
    }
    Verb v = verbs.get(token.text().toLowerCase(Locale.ROOT));
    return v != null ? v : verbs.get(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The reporting verb whose past form the word is ("tweeted", "said"), whatever its tag; null when
   * it is none. Lower-case input.
   */
  Verb pastForm(String word) {
    return pastForms.get(word);
  }

  /**
   * Whether the verb characterises what it is said of with "as" ("attacked the inquiry as “…”"):
   * the quoted words after "as" are the subject's. The token must be tagged as a verb.
   */
  boolean characterising(Token token) {
    return token.pos().startsWith("VB")
        && characterising.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs that ask someone to act, base form first, then the words that must follow it. */
  List<String[]> directives() {
    return directives;
  }

  List<String[]> sources() {
    return sources;
  }

  List<String[]> frames() {
    return frames;
  }

  List<String[]> settings() {
    return settings;
  }

  List<String[]> anonymous() {
    return anonymous;
  }

  boolean personRole(String word) {
    return personRoles.contains(word);
  }

  boolean genericRole(String word) {
    return genericRoles.contains(word);
  }

  boolean organizationRole(String word) {
    return organizationRoles.contains(word);
  }

  boolean naming(String word) {
    return naming.contains(word);
  }

  boolean time(String word) {
    return time.contains(word);
  }

  /** Whether the word names a text a source may speak through ("statement", "tweet"). */
  boolean document(String word) {
    return documents.contains(word);
  }

  /** The gender a role word or title ("spokeswoman", "Mr") tells, lower-case input. */
  Gender genderOfWord(String word) {
    boolean f = female.contains(word);
    boolean m = male.contains(word);
    return f == m ? Gender.UNKNOWN : f ? Gender.FEMALE : Gender.MALE;
  }

  /** The usual gender of a given name, lower-case input. */
  Gender genderOfName(String name) {
    return names.getOrDefault(name, Gender.UNKNOWN);
  }

  private void readCues() {
    String section = "";
    for (String line : lines("cues.txt")) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      switch (section) {
        case "[verbs]" -> readVerb(line);
        case "[sources]" -> sources.add(words(line));
        case "[frames]" -> frames.add(words(line));
        case "[settings]" -> settings.add(words(line));
        case "[as]" -> characterising.addAll(List.of(words(line)));
        case "[directives]" -> directives.add(words(line));
        default -> throw new IllegalStateException("cues.txt: line outside a section: " + line);
      }
    }
  }

  private void readVerb(String line) {
    int bar = line.indexOf('|');
    String[] forms = words(bar < 0 ? line : line.substring(0, bar));
    boolean quoteOnly = false;
    boolean thatOnly = false;
    boolean addressee = false;
    String particle = null;
    if (bar >= 0) {
      for (String flag : words(line.substring(bar + 1))) {
        if (flag.equals("quote")) {
          quoteOnly = true;
        } else if (flag.equals("that")) {
          thatOnly = true;
        } else if (flag.equals("addressee")) {
          addressee = true;
        } else if (flag.startsWith("particle=")) {
          particle = flag.substring("particle=".length());
        } else {
          throw new IllegalStateException("cues.txt: unknown flag: " + flag);
        }
      }
    }
    Verb verb = new Verb(forms[0], quoteOnly, thatOnly, addressee, particle);
    for (String form : forms) {
      verbs.putIfAbsent(form, verb);
    }
    for (int i = 1; i < forms.length; i++) {
      if (i == 1 || forms[i].endsWith("ed")) {
        pastForms.putIfAbsent(forms[i], verb);
      }
    }
  }

  private void readRoles() {
    String section = "";
    for (String line : lines("roles.txt")) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      Set<String> target =
          switch (section) {
            case "[person]" -> personRoles;
            case "[person-generic]" -> genericRoles;
            case "[organization]" -> organizationRoles;
            case "[female]" -> female;
            case "[male]" -> male;
            case "[naming]" -> naming;
            case "[time]" -> time;
            case "[documents]" -> documents;
            case "[anonymous]" -> null;
            default -> throw new IllegalStateException("roles.txt: unknown section: " + section);
          };
      if (target == null) {
        anonymous.add(words(line));
      } else {
        target.addAll(List.of(words(line)));
      }
    }
  }

  private void readNames() {
    Gender gender = null;
    for (String line : lines("first-names.txt")) {
      if (line.equals("[female]")) {
        gender = Gender.FEMALE;
      } else if (line.equals("[male]")) {
        gender = Gender.MALE;
      } else if (gender == null) {
        throw new IllegalStateException("first-names.txt: line outside a section: " + line);
      } else {
        for (String name : words(line)) {
          Gender before = names.putIfAbsent(name, gender);
          if (before != null && before != gender) {
            names.put(name, Gender.UNKNOWN); // Jean, Andrea: both
          }
        }
      }
    }
  }

  private static String[] words(String s) {
    return s.trim().toLowerCase(Locale.ROOT).split("\\s+");
  }

  private static List<String> lines(String resource) {
    InputStream in = CueLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled word list missing: " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
