package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Test inputs for the quote extractor: texts annotated by the annotate stage, and entities made by
 * hand from the forms that name them (so that speaker rules are tested apart from the entity
 * stage).
 */
final class Annotated {

  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

  private Annotated() {}

  /** The text as the annotate stage sees it: tokens, tags, lemmas, names. */
  static AnnotatedDocument of(String text) {
    CleanDocument doc =
        new CleanDocument(
            "0000000000000000", "test", null, null, null, null, "en", text, List.of(), List.of());
    return ANNOTATOR.annotate(doc);
  }

  /** Builds entities whose mentions are every occurrence of the forms given. */
  static final class Entities {
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final boolean[] used;

    Entities(String text) {
      this.text = text;
      this.used = new boolean[text.length()];
    }

    Entities add(
        EntityType type, String name, List<String> titles, String country, String... forms) {
      List<String> sorted = new ArrayList<>(List.of(forms));
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      List<Mention> mentions = new ArrayList<>();
      for (String form : sorted) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
        while (m.find()) {
          boolean free = true;
          for (int i = m.start(); i < m.end() && free; i++) {
            free = !used[i];
          }
          if (free) {
            for (int i = m.start(); i < m.end(); i++) {
              used[i] = true;
            }
            mentions.add(new Mention(m.start(), m.end(), m.group()));
          }
        }
      }
      mentions.sort(Comparator.comparingInt(Mention::start));
      entities.add(
          new Entity("e" + (entities.size() + 1), name, type, null, country, titles, mentions));
      return this;
    }

    Entities person(String name, String... forms) {
      return add(EntityType.PERSON, name, List.of(), null, forms);
    }

    Entities org(String name, String... forms) {
      return add(EntityType.ORGANIZATION, name, List.of(), null, forms);
    }

    List<Entity> build() {
      return List.copyOf(entities);
    }
  }
}
