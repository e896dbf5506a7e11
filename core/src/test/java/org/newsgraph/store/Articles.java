package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/** Builds document records for store tests: entities found by name in the text, no models. */
public final class Articles {
  private final String text;
  private final String title;
  private final LocalDate published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private String url;

  private Articles(String title, LocalDate published, String text) {
    this.title = title;
    this.published = published;
    this.text = text;
  }

  public static Articles article(String title, String published, String text) {
    return new Articles(title, published == null ? null : LocalDate.parse(published), text);
  }

  /** The article's URL (its outlet is the URL's host). */
  public Articles url(String url) {
    this.url = url;
    return this;
  }

  /** An entity with one mention per occurrence of each of its surface forms in the text. */
  public Articles entity(
      String name,
      EntityType type,
      String code,
      String country,
      List<String> titles,
      String... forms) {
    List<Mention> mentions = new ArrayList<>();
    for (String form : forms.length == 0 ? new String[] {name} : forms) {
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        mentions.add(new Mention(i, i + form.length(), form));
      }
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("not in the text: " + name);
    }
    entities.add(
        new Entity("e" + (entities.size() + 1), name, type, code, country, titles, mentions));
    return this;
  }

  /** A direct quote of the given text by the entity with the given id. */
  public Articles quote(String quoted, String speaker, String entityId) {
    int start = text.indexOf(quoted);
    Entity entity =
        entities.stream().filter(e -> e.id().equals(entityId)).findFirst().orElseThrow();
    quotes.add(
        new Quote(
            quoted,
            start,
            start + quoted.length(),
            true,
            false,
            speaker,
            entityId,
            entity.mentions().get(0),
            "said",
            0.9));
    return this;
  }

  /** An event between two entities (by id), in the sentence that holds the given words. */
  public Articles event(
      String sourceId,
      String sourceCode,
      String targetId,
      String targetCode,
      String cameo,
      int quadClass,
      double goldstein,
      String words) {
    int at = text.indexOf(words);
    Entity source =
        entities.stream().filter(e -> e.id().equals(sourceId)).findFirst().orElseThrow();
    Entity target =
        entities.stream().filter(e -> e.id().equals(targetId)).findFirst().orElseThrow();
    events.add(
        new Event(
            new EventActor(source.name(), sourceCode, sourceId),
            new EventActor(target.name(), targetCode, targetId),
            cameo,
            cameo.substring(0, 2),
            quadClass,
            goldstein,
            "AGREE",
            null,
            published,
            null,
            new Mention(at, at + words.length(), words),
            "test rule",
            1));
    return this;
  }

  public Extraction build() {
    CleanDocument doc =
        new CleanDocument(
            id(text),
            "test/" + title + ".txt",
            url,
            title,
            published,
            published == null ? null : DateSource.METADATA,
            "en",
            text,
            List.of(),
            List.of());
    return new Extraction(doc, entities, quotes, events, List.of(), List.of());
  }

  /** The id the cleaner gives a text: the SHA-256 prefix. */
  public static String id(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
