package org.newsgraph.extract.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The data an event coder reads besides the actor dictionaries: the verb dictionary, the discards
 * and the CAMEO code tables, loaded together.
 *
 * <p>{@link #standard()} gives the bundled production set ({@code CAMEO.2.0.txt}, {@code
 * Phoenix.discards.txt}); {@link #fromFolder(Path)} reads the verb and discard files of a folder
 * such as PETRARCH 2's validation set ({@code PETR.Validate.verbs.txt}, {@code
 * PETR.Validate.discards.txt}), with the bundled code tables. Actors are in {@link
 * org.newsgraph.extract.actor.ActorDictionary}.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventDictionaries {

  private static volatile EventDictionaries standard;

  private final VerbDictionary verbs;
  private final Discards discards;
  private final CameoCodes codes;
  private final long loadMillis;

  /**
   * Puts loaded parts together.
   *
   * @throws NullPointerException when a part is null
   */
  public EventDictionaries(VerbDictionary verbs, Discards discards, CameoCodes codes) {
    this(verbs, discards, codes, 0);
  }

  private EventDictionaries(
      VerbDictionary verbs, Discards discards, CameoCodes codes, long loadMillis) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.discards = Objects.requireNonNull(discards, "discards");
    this.codes = Objects.requireNonNull(codes, "codes");
    this.loadMillis = loadMillis;
  }

  /**
   * The bundled production set, loaded on first call (the verb dictionary on one thread, the
   * discards and code tables on another) and shared afterwards.
   *
   * @throws IllegalStateException when a bundled file is missing from the class path
   */
  public static EventDictionaries standard() {
    EventDictionaries loaded = standard;
    if (loaded == null) {
      synchronized (EventDictionaries.class) {
        loaded = standard;
        if (loaded == null) {
          long t0 = System.nanoTime();
          CompletableFuture<VerbDictionary> verbs =
              CompletableFuture.supplyAsync(VerbDictionary::standard);
          // Phoenix's years and 'years ago' are no discards for newsgraph (see
          // Discards#withoutHistory)
          Discards discards = Discards.standard().withoutHistory();
          CameoCodes codes = CameoCodes.standard();
          VerbDictionary v;
          try {
            v = verbs.join();
          } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
              throw r;
            }
            throw e;
          }
          loaded = new EventDictionaries(v, discards, codes, (System.nanoTime() - t0) / 1_000_000);
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * Reads the verb and discard dictionaries of a folder: the verb file is the one whose name ends
   * in {@code verbs.txt} ({@code PETR.Validate.verbs.txt}), else {@code CAMEO.2.0.txt}; the discard
   * file the one whose name ends in {@code discards.txt}. The code tables are the bundled ones.
   *
   * @throws IOException when the folder or a file cannot be read
   * @throws IllegalArgumentException when {@code folder} is null, or holds no verb file or no
   *     discard file, or more than one of either
   */
  public static EventDictionaries fromFolder(Path folder) throws IOException {
    if (folder == null) {
      throw new IllegalArgumentException("folder must not be null");
    }
    long t0 = System.nanoTime();
    List<Path> verbFiles = new ArrayList<>();
    List<Path> discardFiles = new ArrayList<>();
    Path cameo = null;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("verbs.txt")) {
          verbFiles.add(f);
        } else if (name.endsWith("discards.txt")) {
          discardFiles.add(f);
        } else if (name.equals("cameo.2.0.txt")) {
          cameo = f;
        }
      }
    }
    if (verbFiles.isEmpty() && cameo != null) {
      verbFiles.add(cameo);
    }
    Path verbFile = only(verbFiles, "verb dictionary (*verbs.txt or CAMEO.2.0.txt)", folder);
    Path discardFile = only(discardFiles, "discard file (*discards.txt)", folder);
    try {
      CompletableFuture<VerbDictionary> verbs =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return VerbDictionary.read(verbFile);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      Discards discards = Discards.read(discardFile);
      CameoCodes codes = CameoCodes.standard();
      return new EventDictionaries(
          verbs.join(), discards, codes, (System.nanoTime() - t0) / 1_000_000);
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  private static Path only(List<Path> found, String what, Path folder) {
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          (found.isEmpty() ? "no " : "more than one ") + what + " in " + folder + ": " + found);
    }
    return found.get(0);
  }

  /** The verb dictionary. */
  public VerbDictionary verbs() {
    return verbs;
  }

  /** The discard phrases. */
  public Discards discards() {
    return discards;
  }

  /** The CAMEO code tables. */
  public CameoCodes codes() {
    return codes;
  }

  /**
   * Wall-clock milliseconds the load took (0 for a set put together from loaded parts; the parts'
   * own reports time each one).
   */
  public long loadMillis() {
    return loadMillis;
  }
}
