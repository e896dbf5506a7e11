package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes: for each of the 311 codes of the standard table, its name, root,
 * QuadClass, Goldstein value and PLOVER category.
 *
 * <p>Read from three bundled files (see {@code org/newsgraph/extract/event/README.md}): {@code
 * CAMEO.eventcodes.txt} (names), {@code CAMEO.goldsteinscale.txt} (the Goldstein table, as GDELT
 * publishes it) and {@code CAMEO2PLOVER-2021.txt} (the PLOVER mapping). The set of codes is the
 * Goldstein table's.
 *
 * <p>PLOVER fallback: the mapping lists most three- and four-digit codes and, for each root, a line
 * with the root's type alone ({@code 03: AGREE}); a code it does not list takes the entry of its
 * three-digit parent, else of its root ({@code 0315} would take {@code 031}'s, {@code 155} takes
 * {@code 15: MOBILIZE}). Listed codes win over their root's heading ({@code 191} is {@code COERCE}
 * although root {@code 19} is {@code ASSAULT}). Roots 01 and 02 (statements, appeals) have no
 * PLOVER category.
 *
 * <p>Load once: {@link #standard()}. Immutable and thread-safe.
 */
public final class CameoCodes {

  static final String NAMES = "CAMEO.eventcodes.txt";
  static final String GOLDSTEIN = "CAMEO.goldsteinscale.txt";
  static final String PLOVER = "CAMEO2PLOVER-2021.txt";

  private static volatile CameoCodes standard;

  private final Map<String, CameoCode> codes;
  private final List<CameoCode> sorted;
  private final Map<String, PloverCategory> plover;
  private final LoadReport report;

  private CameoCodes(
      Map<String, CameoCode> codes, Map<String, PloverCategory> plover, LoadReport report) {
    this.codes = codes;
    List<CameoCode> all = new ArrayList<>(codes.values());
    all.sort((a, b) -> a.code().compareTo(b.code()));
    this.sorted = List.copyOf(all);
    this.plover = plover;
    this.report = report;
  }

  /**
   * The bundled tables, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when a bundled file is missing from the class path
   */
  public static CameoCodes standard() {
    CameoCodes loaded = standard;
    if (loaded == null) {
      synchronized (CameoCodes.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = load();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  private static CameoCodes load() {
    long t0 = System.nanoTime();
    LoadProblems problems = new LoadProblems();
    try (BufferedReader names = VerbDictionary.openBundled(NAMES);
        BufferedReader goldstein = VerbDictionary.openBundled(GOLDSTEIN);
        BufferedReader mapping = VerbDictionary.openBundled(PLOVER)) {
      return build(names, goldstein, mapping, problems, t0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the tables from readers (the bundled files, or test copies). */
  static CameoCodes build(
      BufferedReader names,
      BufferedReader goldstein,
      BufferedReader mapping,
      LoadProblems problems,
      long t0)
      throws IOException {
    Map<String, String> nameOf = tsv(NAMES, names, problems);
    Map<String, String> goldsteinOf = tsv(GOLDSTEIN, goldstein, problems);
    Map<String, PloverCategory> ploverOf = plover(mapping, problems);
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : goldsteinOf.entrySet()) {
      String code = e.getKey();
      double value;
      try {
        value = Double.parseDouble(e.getValue());
      } catch (NumberFormatException x) {
        problems.add(GOLDSTEIN, 0, "unreadable Goldstein value of " + code, e.getValue());
        continue;
      }
      String name = nameOf.get(code);
      if (name == null) {
        problems.add(NAMES, 0, "no name for code " + code, "");
        name = "";
      }
      String root = code.substring(0, 2);
      codes.put(
          code, new CameoCode(code, name, root, quadClass(root), value, ploverFor(ploverOf, code)));
    }
    for (String code : nameOf.keySet()) {
      if (!codes.containsKey(code)) {
        problems.add(NAMES, 0, "named code without a Goldstein value: " + code, "");
      }
    }
    LoadReport report =
        new LoadReport(
            NAMES + ", " + GOLDSTEIN + ", " + PLOVER,
            codes.size(),
            problems.count(),
            problems.messages(),
            (System.nanoTime() - t0) / 1_000_000);
    return new CameoCodes(Map.copyOf(codes), Map.copyOf(ploverOf), report);
  }

  /** A two-column tab-separated table with a header line, keyed on valid CAMEO codes. */
  private static Map<String, String> tsv(String file, BufferedReader in, LoadProblems problems)
      throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    String line = in.readLine(); // header
    int n = 1;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String code = tab < 0 ? "" : line.substring(0, tab).strip();
      if (!isCode(code)) {
        problems.add(file, n, "not a code and a value", line);
        continue;
      }
      if (out.putIfAbsent(code, line.substring(tab + 1).strip()) != null) {
        problems.add(file, n, "code listed twice (the first is kept)", line);
      }
    }
    return out;
  }

  /**
   * Reads {@code CAMEO2PLOVER-2021.txt}: {@code CODE: TYPE, MODE, CONTEXT # description}, mode and
   * context possibly empty, contexts separated by {@code ;}; a root line {@code 03: AGREE} gives
   * the type alone. Lines of {@code ~} end the table.
   */
  private static Map<String, PloverCategory> plover(BufferedReader in, LoadProblems problems)
      throws IOException {
    Map<String, PloverCategory> out = new LinkedHashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String content = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (content.isEmpty() || content.replace("~", "").isEmpty()) {
        continue;
      }
      int colon = content.indexOf(':');
      String code = colon < 0 ? "" : content.substring(0, colon).strip();
      if (!isCode(code)) {
        problems.add(PLOVER, n, "not a CAMEO code and its PLOVER category", line);
        continue;
      }
      String[] fields = content.substring(colon + 1).split(",", -1);
      String type = fields[0].strip().toUpperCase(Locale.ROOT);
      if (type.isEmpty() || fields.length > 3) {
        problems.add(PLOVER, n, "expected TYPE, MODE, CONTEXT", line);
        continue;
      }
      String mode = fields.length > 1 ? fields[1].strip().toLowerCase(Locale.ROOT) : "";
      List<String> contexts = new ArrayList<>(2);
      if (fields.length > 2) {
        for (String c : fields[2].split(";")) {
          if (!c.isBlank()) {
            contexts.add(c.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      PloverCategory p = new PloverCategory(type, mode.isEmpty() ? null : mode, contexts);
      PloverCategory earlier = out.putIfAbsent(code, p);
      if (earlier != null && !earlier.equals(p)) {
        problems.add(PLOVER, n, "code mapped twice, differently (the first is kept)", line);
      }
    }
    return out;
  }

  private static PloverCategory ploverFor(Map<String, PloverCategory> table, String code) {
    for (int len = code.length(); len >= 2; len--) {
      PloverCategory p = table.get(code.substring(0, len));
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** True for two to four digits whose root (first two) is 01 to 20. */
  static boolean isCode(String code) {
    if (code == null || code.length() < 2 || code.length() > 4) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  /**
   * The QuadClass of a root: 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal
   * conflict (10-14), 4 material conflict (15-20).
   *
   * @throws IllegalArgumentException when {@code root} is not a root from 01 to 20
   */
  public static int quadClass(String root) {
    if (root == null || root.length() != 2 || !isCode(root)) {
      throw new IllegalArgumentException("a root is two digits from 01 to 20: " + root);
    }
    int r = Integer.parseInt(root);
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  }

  /**
   * The standard code, exactly.
   *
   * @return the code's entry, or empty when {@code code} is not one of the 311 standard codes
   * @throws IllegalArgumentException when {@code code} is null
   */
  public Optional<CameoCode> get(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    return Optional.ofNullable(codes.get(code.strip()));
  }

  /**
   * A code's entry, for any code of two to four digits with a standard root: the standard entry
   * when there is one; else one that keeps {@code code} and takes name, Goldstein value and PLOVER
   * category from the nearest standard ancestor ({@code 0215} from {@code 021}), as dictionaries
   * sometimes use codes that the standard table lacks.
   *
   * @return the entry, or empty when {@code code} is not 2 to 4 digits with a root from 01 to 20
   * @throws IllegalArgumentException when {@code code} is null
   */
  public Optional<CameoCode> describe(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    String c = code.strip();
    if (!isCode(c)) {
      return Optional.empty();
    }
    CameoCode exact = codes.get(c);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (int len = c.length() - 1; len >= 2; len--) {
      CameoCode parent = codes.get(c.substring(0, len));
      if (parent != null) {
        PloverCategory p = ploverFor(plover, c);
        return Optional.of(
            new CameoCode(
                c, parent.name(), parent.root(), parent.quadClass(), parent.goldstein(), p));
      }
    }
    return Optional.empty();
  }

  /**
   * The PLOVER category of any code, with the fallback described above.
   *
   * @throws IllegalArgumentException when {@code code} is null
   */
  public Optional<PloverCategory> plover(String code) {
    if (code == null) {
      throw new IllegalArgumentException("code must not be null");
    }
    String c = code.strip();
    return isCode(c) ? Optional.ofNullable(ploverFor(plover, c)) : Optional.empty();
  }

  /** Every standard code, in table order (root, then its codes). */
  public List<CameoCode> all() {
    return sorted;
  }

  /** What the load read ({@code entries}: codes) and skipped, and how long it took. */
  public LoadReport report() {
    return report;
  }
}
