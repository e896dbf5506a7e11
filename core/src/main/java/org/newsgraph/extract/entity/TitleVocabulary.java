package org.newsgraph.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that titles and roles are made of ({@code titles.txt} beside this class): heads, which
 * name a role or rank ("minister", "colonel", "spokesman"), and modifiers, which may stand before a
 * head ("foreign", "deputy", "army"). A few heads carry a CAMEO agent code, used when the Phoenix
 * agents dictionary has none for a title ("general" is {@code MIL}).
 *
 * <p>Lookups take a token as written and ignore case. Immutable and thread-safe; {@link
 * #standard()} reads the file once per process.
 */
final class TitleVocabulary {

  private static final String RESOURCE = "titles.txt";
  private static volatile TitleVocabulary standard;

  private final Set<String> heads = new HashSet<>();
  private final Set<String> modifiers = new HashSet<>();
  private final Map<String, String> agents = new HashMap<>();

  private TitleVocabulary(BufferedReader reader) throws IOException {
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\\s+");
      if (f.length < 2 || f.length > 3) {
        throw new IllegalStateException(RESOURCE + ":" + number + ": expected kind word [code]");
      }
      String word = f[1].toLowerCase(Locale.ROOT);
      switch (f[0]) {
        case "head" -> heads.add(word);
        case "modifier" -> modifiers.add(word);
        default ->
            throw new IllegalStateException(RESOURCE + ":" + number + ": unknown kind " + f[0]);
      }
      if (f.length == 3) {
        agents.put(word, f[2]);
      }
    }
  }

  /**
   * The bundled vocabulary, read on first call.
   *
   * @throws IllegalStateException when the resource is missing or malformed (a broken build)
   */
  static TitleVocabulary standard() {
    TitleVocabulary loaded = standard;
    if (loaded == null) {
      synchronized (TitleVocabulary.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = load();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  private static TitleVocabulary load() {
    InputStream in = TitleVocabulary.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled title vocabulary missing: " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new TitleVocabulary(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isHead(String token) {
    return heads.contains(token.toLowerCase(Locale.ROOT));
  }

  boolean isModifier(String token) {
    return modifiers.contains(token.toLowerCase(Locale.ROOT));
  }

  boolean isTitleWord(String token) {
    String w = token.toLowerCase(Locale.ROOT);
    return heads.contains(w) || modifiers.contains(w);
  }

  /** The fallback agent code of a head, or null. */
  String agent(String token) {
    return agents.get(token.toLowerCase(Locale.ROOT));
  }
}
