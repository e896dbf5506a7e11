package org.newsgraph.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CAMEO actor and agent dictionaries of the Phoenix event-data set (Open Event Data Alliance,
 * MIT; bundled under {@code org/newsgraph/extract/actor/}), indexed for phrase lookup over tokens.
 *
 * <p>Actors come from {@code Phoenix.Countries.actors.txt} (states, their places, institutions and
 * office-holders), {@code Phoenix.International.actors.txt} (international and non-governmental
 * organisations, companies) and {@code Phoenix.MilNonState.actors.txt} (militant non-state groups),
 * read in that order; agents from {@code Phoenix.agents.txt}. The file formats and how each form is
 * read are described in {@link TabariActorReader} and {@link TabariAgentReader}.
 *
 * <p>Matching is on whole words, case-insensitive, accent-insensitive, and tolerant of hyphen and
 * apostrophe variants ("Al-Qaeda", "Al Qaeda", "AL_QA'IDA"); see {@link Words}. An actor match
 * needs an upper-case letter somewhere in the matched tokens, so lower-case running text ("us",
 * "turkey") is not taken for a name; agent matches do not. Possessives: a token "Turkey's" matches
 * "Turkey" (one token); a tokenizer that splits "'s" off ("Turkey", "'s") gives the same actor, one
 * token long. Acronyms ("US", "UN", and acronyms taken from brackets such as {@code (LET)}) match
 * only tokens without lower-case letters, so a sentence-initial "Us" or "Let" is no actor.
 *
 * <p>Dates: actor records may carry date-limited codes ({@code [USAGOV >090120]} applies from 20
 * January 2009 on). {@link #longestMatch} takes the document's date; with a null date it gives the
 * record's undated code, or, if it has none, the code that applies latest (see {@link ActorEntry}).
 *
 * <p>Load once: {@link #standard()} reads the bundled files on first use (a few hundred
 * milliseconds) and keeps one instance per process. Immutable and thread-safe.
 */
public final class ActorDictionary {

  /** Loaded on first use; a failed load is retried on the next call. */
  private static volatile ActorDictionary standard;

  private static final String[][] ACTOR_FILES = {
    {"Phoenix.Countries.actors.txt", "COUNTRIES"},
    {"Phoenix.International.actors.txt", "INTERNATIONAL"},
    {"Phoenix.MilNonState.actors.txt", "NON_STATE"},
    {"newsgraph.actors.txt", "COUNTRIES"},
  };
  private static final String AGENT_FILE = "Phoenix.agents.txt";

  private final ActorIndex actors;
  private final AgentIndex agents;
  private final DictionaryReport report;

  private ActorDictionary(ActorIndex actors, AgentIndex agents, LoadProblems problems, long ms) {
    this.actors = actors;
    this.agents = agents;
    this.report =
        new DictionaryReport(
            actors.entryCount(),
            actors.phraseCount(),
            actors.duplicateCount(),
            agents.phraseCount(),
            problems.skipped(),
            problems.messages(),
            ms);
  }

  /**
   * The bundled Phoenix dictionaries, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when a bundled file is missing from the class path (a broken
   *     build)
   */
  public static ActorDictionary standard() {
    ActorDictionary loaded = standard;
    if (loaded == null) {
      synchronized (ActorDictionary.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = loadBundled();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * Reads the bundled files. The countries file is two thirds of the work, so it is read on a
   * second thread while this one reads the others; the records are then indexed in file order, so
   * the result does not depend on the timing.
   */
  private static ActorDictionary loadBundled() {
    long start = System.nanoTime();
    ActorIndex.Buffer[] buffers = new ActorIndex.Buffer[ACTOR_FILES.length];
    LoadProblems[] problems = new LoadProblems[ACTOR_FILES.length + 1];
    for (int i = 0; i < buffers.length; i++) {
      buffers[i] = new ActorIndex.Buffer();
    }
    for (int i = 0; i < problems.length; i++) {
      problems[i] = new LoadProblems();
    }
    RuntimeException[] failure = new RuntimeException[1];
    Thread first =
        new Thread(
            () -> {
              try {
                readActors(0, buffers[0], problems[0]);
              } catch (RuntimeException e) {
                failure[0] = e;
              }
            },
            "newsgraph-actor-dictionary");
    first.setDaemon(true);
    first.start();
    for (int i = 1; i < ACTOR_FILES.length; i++) {
      readActors(i, buffers[i], problems[i]);
    }
    AgentIndex.Builder agentIndex = new AgentIndex.Builder();
    try (BufferedReader reader = open(AGENT_FILE)) {
      new TabariAgentReader(AGENT_FILE, agentIndex, problems[ACTOR_FILES.length]).read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      first.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the actor dictionaries", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    ActorIndex.Builder actorIndex = new ActorIndex.Builder();
    LoadProblems all = new LoadProblems();
    for (int i = 0; i < buffers.length; i++) {
      buffers[i].replayInto(actorIndex);
    }
    for (LoadProblems p : problems) {
      all.addAll(p);
    }
    return new ActorDictionary(
        actorIndex.build(), agentIndex.build(), all, (System.nanoTime() - start) / 1_000_000);
  }

  private static void readActors(int file, ActorIndex.Sink sink, LoadProblems problems) {
    String name = ACTOR_FILES[file][0];
    try (BufferedReader reader = open(name)) {
      new TabariActorReader(name, ActorSource.valueOf(ACTOR_FILES[file][1]), sink, problems)
          .read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads actor dictionaries and an agents dictionary from files in the TABARI formats, e.g. the
   * PETRARCH 2 validation set ({@code PETR.Validate.actors.txt}, {@code PETR.Validate.agents.txt}).
   * All entries get {@code source}; bad lines are skipped and reported in {@link #report()}.
   *
   * @param actorFiles actor dictionaries, read in order (a later statement of a phrase wins)
   * @param agentFile an agents dictionary, or null for none
   * @throws IOException when a file cannot be read
   * @throws NullPointerException when actorFiles or one of them is null
   */
  public static ActorDictionary read(List<Path> actorFiles, ActorSource source, Path agentFile)
      throws IOException {
    Map<String, Reader> readers = new LinkedHashMap<>();
    try {
      for (Path p : actorFiles) {
        readers.put(p.toString(), Files.newBufferedReader(Objects.requireNonNull(p, "file")));
      }
      if (agentFile == null) {
        return read(readers, source, null);
      }
      try (Reader agents = Files.newBufferedReader(agentFile)) {
        return read(readers, source, agents);
      }
    } finally {
      for (Reader r : readers.values()) {
        r.close();
      }
    }
  }

  /**
   * Reads dictionaries from readers (for tests, on small hand-made dictionaries). The readers are
   * read to the end but not closed.
   *
   * @param actorFiles actor dictionaries by name, read in iteration order; all entries get {@code
   *     source}
   * @param agentFile an agents dictionary, or null for none
   */
  static ActorDictionary read(
      Map<String, Reader> actorFiles, ActorSource source, Reader agentFile) {
    long start = System.nanoTime();
    LoadProblems problems = new LoadProblems();
    ActorIndex.Builder actorIndex = new ActorIndex.Builder();
    for (Map.Entry<String, Reader> e : actorFiles.entrySet()) {
      new TabariActorReader(e.getKey(), source, actorIndex, problems)
          .read(new BufferedReader(e.getValue()));
    }
    AgentIndex.Builder agentIndex = new AgentIndex.Builder();
    if (agentFile != null) {
      new TabariAgentReader("agents", agentIndex, problems).read(new BufferedReader(agentFile));
    }
    return new ActorDictionary(
        actorIndex.build(), agentIndex.build(), problems, (System.nanoTime() - start) / 1_000_000);
  }

  private static BufferedReader open(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled dictionary missing from the class path: " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * The longest actor phrase starting at token {@code from}, with its code on {@code date}.
   *
   * @param tokens the sentence's tokens, as written (case and punctuation kept)
   * @param from the index of the first token of the phrase
   * @param date the document's date, or null when unknown
   * @return the match, or empty when no phrase starts there ({@code from == tokens.size()}
   *     included)
   * @throws IllegalArgumentException when {@code tokens} is null or {@code from} is outside {@code
   *     [0, tokens.size()]}
   */
  public Optional<ActorMatch> longestMatch(List<String> tokens, int from, LocalDate date) {
    long found = PhraseMatcher.longest(actors.trie(), tokens, from, true);
    if (found < 0) {
      return Optional.empty();
    }
    ActorEntry entry = actors.entry((int) found);
    return Optional.of(
        new ActorMatch((int) (found >>> 32), entry.name(), entry.codeOn(date), entry.source()));
  }

  /**
   * The office-holder that a short person's name stands for on a day: "Reagan", "Prime Minister
   * Nakasone"'s "Nakasone", "Le Drian". Phoenix knows leaders by their full names ({@code
   * RONALD_REAGAN}, {@code YASUHIRO_NAKASONE}) while news calls them by their family name. The name
   * matches the last words of a record's head name of more words, or its first words for a country
   * whose names put the family name first ("Xi"). Of the people it matches, those with a
   * date-limited code whose range holds the day count: the one among them in an office (a code
   * other than an elite's, {@code ELI}) is the match, with that code; failing an office-holder, the
   * only one with an elite's code. Two people of one family name in office on the day give nothing
   * ("Bush" in 1987 is the vice-president, his son an elite, so the vice-president); so does an
   * unknown day. The caller decides that the words name a person (a named-entity recogniser's
   * person name, not "Brown University").
   *
   * @param name the name's tokens, as written
   * @param date the day the text speaks of, or null
   * @throws IllegalArgumentException when {@code name} is null
   */
  public Optional<ActorMatch> officeHolder(List<String> name, LocalDate date) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    List<String> words = new ArrayList<>(name.size());
    for (String token : name) {
      Words.split(token, words);
    }
    if (date == null || words.isEmpty()) {
      return Optional.empty();
    }
    // the people of that name with a dated code on the day, by name (a name may have two records)
    Map<String, ActorMatch> onTheDay = new LinkedHashMap<>();
    for (String key : new String[] {words.get(words.size() - 1), words.get(0)}) {
      for (int id : actors.namedBy(key)) {
        ActorEntry entry = actors.entry(id);
        List<String> full = entry.nameWords();
        String code = entry.datedCodeOn(date);
        if (code != null
            && full.size() > words.size()
            && (full.subList(full.size() - words.size(), full.size()).equals(words)
                || full.subList(0, words.size()).equals(words))) {
          onTheDay.putIfAbsent(
              entry.name(), new ActorMatch(name.size(), entry.name(), code, entry.source()));
        }
      }
    }
    List<ActorMatch> inOffice =
        onTheDay.values().stream().filter(m -> !m.code().endsWith("ELI")).toList();
    if (inOffice.size() == 1) {
      return Optional.of(inOffice.get(0));
    }
    return inOffice.isEmpty() && onTheDay.size() == 1
        ? Optional.of(onTheDay.values().iterator().next())
        : Optional.empty();
  }

  /**
   * Whether a definite description with head noun {@code head} ("the Alliance") can stand for an
   * actor coded {@code code}: a record of the dictionaries with that undated code has a name that
   * holds the word ("North Atlantic Alliance" for {@code IGOWSTNAT}). Only the heads of {@link
   * #isDescriptionHead} qualify; "organisation" and "organization" are one word.
   */
  public boolean describes(String head, String code) {
    if (head == null || code == null) {
      return false;
    }
    String h = head.toUpperCase(java.util.Locale.ROOT);
    if (!ActorIndex.DESCRIPTION_HEADS.contains(h)) {
      return false;
    }
    if (actors.described(h).contains(code)) {
      return true;
    }
    String other =
        h.equals("ORGANISATION")
            ? "ORGANIZATION"
            : h.equals("ORGANIZATION") ? "ORGANISATION" : null;
    return other != null && actors.described(other).contains(code);
  }

  /**
   * Whether a word is the head noun of a definite description of an organisation that {@link
   * #describes} resolves: alliance, bloc, union, organisation, coalition, league, federation,
   * commission.
   */
  public static boolean isDescriptionHead(String word) {
    return word != null
        && ActorIndex.DESCRIPTION_HEADS.contains(word.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The actor that a whole name is, e.g. a named-entity span "Islamic State": the name split on
   * blanks must be one phrase of the dictionary (punctuation after it aside).
   *
   * @param name the name, as written
   * @param date the document's date, or null when unknown
   * @throws IllegalArgumentException when {@code name} is null
   */
  public Optional<ActorMatch> lookup(String name, LocalDate date) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    List<String> tokens = Arrays.asList(name.strip().split("\\s+"));
    return longestMatch(tokens, 0, date).filter(m -> onlyPunctuationFrom(tokens, m.length()));
  }

  /**
   * The date-limited codes of the actor that a whole name is (as {@link #lookup}): the offices an
   * office-holder held and when. Empty when the name is no actor, its codes carry no dates, or it
   * also has an undated code (then it is coded on any day, and its terms do not date a text).
   *
   * @param name the name, as written
   * @throws IllegalArgumentException when {@code name} is null
   */
  public List<Tenure> tenures(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    List<String> tokens = Arrays.asList(name.strip().split("\\s+"));
    long found = PhraseMatcher.longest(actors.trie(), tokens, 0, true);
    if (found < 0 || !onlyPunctuationFrom(tokens, (int) (found >>> 32))) {
      return List.of();
    }
    return actors.entry((int) found).tenures();
  }

  private static boolean onlyPunctuationFrom(List<String> tokens, int from) {
    List<String> words = new ArrayList<>(2);
    for (int i = from; i < tokens.size(); i++) {
      if (Words.split(tokens.get(i), words) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest agent phrase starting at token {@code from}: a role word such as "minister",
   * "defense minister", "army", "rebels", "spokesman", with its agent code (compose it with an
   * actor's code through {@link AgentMatch#composeWith}). Case does not matter here.
   *
   * @throws IllegalArgumentException when {@code tokens} is null or {@code from} is outside {@code
   *     [0, tokens.size()]}
   */
  public Optional<AgentMatch> agent(List<String> tokens, int from) {
    long found = PhraseMatcher.longest(agents.trie(), tokens, from, false);
    if (found < 0) {
      return Optional.empty();
    }
    AgentIndex.Agent a = agents.agent((int) found);
    return Optional.of(new AgentMatch((int) (found >>> 32), a.phrase(), a.code(), a.prefix()));
  }

  /** What the load read and skipped, and how long it took. */
  public DictionaryReport report() {
    return report;
  }
}
