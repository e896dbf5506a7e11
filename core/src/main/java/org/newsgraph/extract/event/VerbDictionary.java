package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verb dictionary of a PETRARCH 2 style event coder: verb blocks (synonymous verbs with their
 * forms and codes, and the patterns they share), synsets, and transformations, indexed by verb
 * lemma. The format and how each form is read are described in {@link VerbDictionaryReader}; the
 * parts are {@link VerbBlock}, {@link VerbEntry}, {@link VerbPattern}, {@link PatternElement},
 * {@link Synset} and {@link Transformation}.
 *
 * <p>Lookups are case-insensitive: {@link #verbs(String)} and {@link #patterns(String)} take a
 * lemma ("attack", as CoreNLP gives it); {@link #verbsWithForm(String)} takes a word as written
 * ("attacked", or "said" for the validation dictionary's {@code --- SAID ---} block, which is keyed
 * on an inflected form). A lemma that is in several blocks gets the patterns of all of them, in
 * file order.
 *
 * <p>Load once: {@link #standard()} reads the bundled {@code CAMEO.2.0.txt} (Open Event Data
 * Alliance, MIT; see {@code org/newsgraph/extract/event/README.md}) on first use and keeps one
 * instance per process. Malformed lines are skipped and reported by {@link #report()}, never
 * thrown. Immutable and thread-safe.
 */
public final class VerbDictionary {

  /** The bundled production dictionary. */
  static final String BUNDLED = "CAMEO.2.0.txt";

  /** newsgraph's own supplement to it: verbs recoded after the CAMEO codebook, added patterns. */
  static final String SUPPLEMENT = "newsgraph.verbs.txt";

  private static volatile VerbDictionary standard;

  private final List<VerbBlock> blocks;
  private final Map<String, Synset> synsets;
  private final List<Transformation> transformations;
  private final Map<String, List<VerbEntry>> byLemma;
  private final Map<String, List<VerbEntry>> byForm;
  private final Map<String, List<VerbPattern>> patternsByLemma;
  private final Map<VerbEntry, VerbBlock> blockOf = new IdentityHashMap<>();
  private final int verbCount;
  private final int patternCount;
  private final LoadReport report;

  private VerbDictionary(String source, VerbDictionaryReader read, LoadProblems problems, long t0) {
    this.blocks = List.copyOf(read.blocks);
    this.synsets = Map.copyOf(read.synsets);
    this.transformations = List.copyOf(read.transformations);
    Map<String, List<VerbEntry>> lemmas = new LinkedHashMap<>();
    Map<String, List<VerbEntry>> forms = new HashMap<>();
    Map<String, List<VerbBlock>> lemmaBlocks = new HashMap<>();
    int verbs = 0;
    int patterns = 0;
    for (VerbBlock block : blocks) {
      patterns += block.patterns().size();
      for (VerbEntry v : block.verbs()) {
        verbs++;
        blockOf.put(v, block);
        listFor(lemmas, v.lemma()).add(v);
        List<VerbBlock> bs = listFor(lemmaBlocks, v.lemma());
        if (bs.isEmpty() || bs.get(bs.size() - 1) != block) {
          bs.add(block);
        }
        Set<String> seen = new HashSet<>();
        for (VerbForm f : v.forms()) {
          if (seen.add(f.verbWord())) {
            listFor(forms, f.verbWord()).add(v);
          }
        }
      }
    }
    verbs += recoverCommentVerbs(lemmas, forms, lemmaBlocks);
    Map<String, List<VerbPattern>> byLemmaPatterns = new HashMap<>();
    for (Map.Entry<String, List<VerbBlock>> e : lemmaBlocks.entrySet()) {
      List<VerbPattern> ps = new ArrayList<>();
      for (VerbBlock b : e.getValue()) {
        ps.addAll(b.patterns());
      }
      byLemmaPatterns.put(e.getKey(), List.copyOf(ps));
    }
    this.byLemma = copyLists(lemmas);
    this.byForm = copyLists(forms);
    this.patternsByLemma = Map.copyOf(byLemmaPatterns);
    this.verbCount = verbs;
    this.patternCount = patterns;
    checkSynsetReferences(problems, source);
    this.report =
        new LoadReport(
            source,
            patterns,
            problems.count(),
            problems.messages(),
            (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Verbs that a block's patterns were written for (the pattern comment names one word, {@code #
   * URGE}) but that no block lists: {@code CAMEO.2.0.txt} keeps four {@code URGE} patterns in the
   * {@code DEMAND} block and lists the verb nowhere, so "urge" would code nothing. Such a verb
   * joins the block of its patterns with its regular forms and the block's code. A word that is
   * already a form of a listed verb ({@code # FELL}) is not one.
   *
   * @return how many verbs were added
   */
  private int recoverCommentVerbs(
      Map<String, List<VerbEntry>> lemmas,
      Map<String, List<VerbEntry>> forms,
      Map<String, List<VerbBlock>> lemmaBlocks) {
    int added = 0;
    for (VerbBlock block : blocks) {
      for (VerbPattern p : block.patterns()) {
        String word = p.comment().strip();
        if (word.isEmpty()
            || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
            || lemmas.containsKey(word)
            || forms.containsKey(word)) {
          continue;
        }
        List<VerbForm> written = new ArrayList<>();
        for (String form : Inflections.regular(word)) {
          written.add(new VerbForm(List.of(form), 0));
        }
        VerbEntry entry =
            new VerbEntry(written.get(0), written, false, block.code(), block.name(), p.line());
        blockOf.put(entry, block);
        listFor(lemmas, word).add(entry);
        listFor(lemmaBlocks, word).add(block);
        for (VerbForm f : written) {
          listFor(forms, f.verbWord()).add(entry);
        }
        added++;
      }
    }
    return added;
  }

  private static <T> List<T> listFor(Map<String, List<T>> m, String key) {
    List<T> list = m.get(key);
    if (list == null) {
      list = new ArrayList<>(1);
      m.put(key, list);
    }
    return list;
  }

  private static <T> Map<String, List<T>> copyLists(Map<String, List<T>> m) {
    Map<String, List<T>> out = new HashMap<>(m.size() * 2);
    for (Map.Entry<String, List<T>> e : m.entrySet()) {
      out.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Map.copyOf(out);
  }

  /**
   * The bundled {@code CAMEO.2.0.txt}, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when the bundled file is missing from the class path (a broken
   *     build)
   */
  public static VerbDictionary standard() {
    VerbDictionary loaded = standard;
    if (loaded == null) {
      synchronized (VerbDictionary.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = readBundled();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  private static VerbDictionary readBundled() {
    try (BufferedReader r = openBundled(BUNDLED);
        BufferedReader s = openBundled(SUPPLEMENT)) {
      return read(BUNDLED, r, SUPPLEMENT, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a verb dictionary and a supplement in the same format that recodes some of its verbs and
   * adds patterns (see {@code newsgraph.verbs.txt}): a verb the supplement lists is coded by the
   * supplement alone, a supplement block named like a dictionary block extends it (its verbs join,
   * its patterns come first), other blocks are added. Both readers are read to the end but not
   * closed.
   *
   * @throws IllegalArgumentException when an argument is null
   * @throws UncheckedIOException when a reader fails
   */
  public static VerbDictionary read(
      String name, Reader reader, String supplementName, Reader supplement) {
    if (name == null || reader == null || supplementName == null || supplement == null) {
      throw new IllegalArgumentException("names and readers must not be null");
    }
    long t0 = System.nanoTime();
    LoadProblems problems = new LoadProblems();
    VerbDictionaryReader read = new VerbDictionaryReader(name, problems);
    read.read(reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16));
    VerbDictionaryReader extra = new VerbDictionaryReader(supplementName, problems);
    extra.read(
        supplement instanceof BufferedReader b ? b : new BufferedReader(supplement, 1 << 16));
    read.supplement(extra);
    return new VerbDictionary(name + " + " + supplementName, read, problems, t0);
  }

  /**
   * Reads a verb dictionary file (UTF-8; malformed bytes are read as U+FFFD), e.g. {@code
   * PETR.Validate.verbs.txt}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when {@code file} is null
   */
  public static VerbDictionary read(Path file) throws IOException {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    // An InputStreamReader replaces malformed UTF-8 rather than throwing: one bad byte in a
    // dictionary costs a word, not the file.
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      return read(file.toString(), r);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads a verb dictionary from a reader, which is read to the end but not closed.
   *
   * @param name the name problems are reported under
   * @throws IllegalArgumentException when an argument is null
   * @throws UncheckedIOException when the reader fails
   */
  public static VerbDictionary read(String name, Reader reader) {
    if (name == null || reader == null) {
      throw new IllegalArgumentException("name and reader must not be null");
    }
    long t0 = System.nanoTime();
    LoadProblems problems = new LoadProblems();
    VerbDictionaryReader read = new VerbDictionaryReader(name, problems);
    read.read(reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16));
    return new VerbDictionary(name, read, problems, t0);
  }

  static BufferedReader openBundled(String name) {
    InputStream in = VerbDictionary.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled dictionary missing from the class path: " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Reports references to synsets that are not defined, and synsets that contain themselves. */
  private void checkSynsetReferences(LoadProblems problems, String source) {
    for (VerbBlock b : blocks) {
      for (VerbPattern p : b.patterns()) {
        List<String> refs = new ArrayList<>();
        collectRefs(p.before(), refs);
        collectRefs(p.after(), refs);
        for (String ref : refs) {
          if (!synsets.containsKey(ref)) {
            problems.add(source, p.line(), "reference to an undefined synset &" + ref, p.rule());
          }
        }
      }
    }
    for (Synset s : synsets.values()) {
      List<String> refs = new ArrayList<>();
      collectRefs(s.members(), refs);
      for (String ref : refs) {
        if (!synsets.containsKey(ref)) {
          problems.add(
              source, s.line(), "reference to an undefined synset &" + ref, "&" + s.name());
        } else if (reaches(ref, s.name(), new HashSet<>())) {
          problems.add(source, s.line(), "synset contains itself through &" + ref, "&" + s.name());
        }
      }
    }
  }

  private boolean reaches(String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    Synset s = synsets.get(from);
    if (s == null || !seen.add(from)) {
      return false;
    }
    List<String> refs = new ArrayList<>();
    collectRefs(s.members(), refs);
    for (String r : refs) {
      if (reaches(r, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static void collectRefs(List<PatternElement> elements, List<String> out) {
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.SynsetRef r) {
        out.add(r.name());
      } else if (e instanceof PatternElement.Joined j) {
        collectRefs(j.parts(), out);
      } else if (e instanceof PatternElement.NounPhrase np) {
        collectRefs(np.elements(), out);
      } else if (e instanceof PatternElement.PrepositionalPhrase pp) {
        collectRefs(List.of(pp.preposition()), out);
        collectRefs(pp.object(), out);
      }
    }
  }

  private static String key(String word, String what) {
    if (word == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return word.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * The verbs whose lemma (base form's verb word) is {@code lemma}: "ask" gives {@code ASK} and
   * {@code +ASK_FOR}, from every block that lists them.
   *
   * @throws IllegalArgumentException when {@code lemma} is null
   */
  public List<VerbEntry> verbs(String lemma) {
    return byLemma.getOrDefault(key(lemma, "lemma"), List.of());
  }

  /**
   * The verbs that have a form whose verb word is {@code word} ("brought" gives {@code BRING}).
   *
   * @throws IllegalArgumentException when {@code word} is null
   */
  public List<VerbEntry> verbsWithForm(String word) {
    return byForm.getOrDefault(key(word, "word"), List.of());
  }

  /**
   * The patterns that apply to the verb {@code lemma}: those of every block that lists it, in file
   * order; empty when the lemma is no verb of the dictionary.
   *
   * @throws IllegalArgumentException when {@code lemma} is null
   */
  public List<VerbPattern> patterns(String lemma) {
    return patternsByLemma.getOrDefault(key(lemma, "lemma"), List.of());
  }

  /**
   * The block a verb entry of this dictionary belongs to, whose patterns apply to it (a lemma may
   * be in several blocks: {@code ASK} and {@code +ASK_FOR} in {@code ASK}, {@code +ASK_FOR} also in
   * {@code INVITE}).
   *
   * @throws IllegalArgumentException when {@code verb} is not an entry of this dictionary (compared
   *     by identity)
   */
  public VerbBlock block(VerbEntry verb) {
    VerbBlock b = blockOf.get(verb);
    if (b == null) {
      throw new IllegalArgumentException("not a verb of this dictionary: " + verb);
    }
    return b;
  }

  /**
   * The synset of a name, as referred to ({@code CURRENCY}, {@code &CURRENCY} or {@code &CURRENCY_}
   * alike).
   *
   * @throws IllegalArgumentException when {@code name} is null
   */
  public Optional<Synset> synset(String name) {
    return Optional.ofNullable(synsets.get(PatternParser.synsetName(key(name, "name"))));
  }

  /** Every verb block, in file order. */
  public List<VerbBlock> blocks() {
    return blocks;
  }

  /** Every synset by name. */
  public Map<String, Synset> synsets() {
    return synsets;
  }

  /** The transformations, in file order. */
  public List<Transformation> transformations() {
    return transformations;
  }

  /** Every lemma of the dictionary. */
  public Set<String> lemmas() {
    return byLemma.keySet();
  }

  /** The number of verb entries (a verb listed in two blocks counts twice). */
  public int verbCount() {
    return verbCount;
  }

  /** The number of patterns. */
  public int patternCount() {
    return patternCount;
  }

  /** What the load read ({@code entries}: patterns) and skipped, and how long it took. */
  public LoadReport report() {
    return report;
  }
}
