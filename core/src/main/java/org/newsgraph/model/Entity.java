package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world actor or thing a document talks about, with all its mentions in the document.
 *
 * @param id the entity's id within its document ("e1", "e2", ... in order of first mention)
 * @param name the canonical name: the fullest form used in the document ("Jean-Yves Le Drian")
 * @param type what kind of thing it is
 * @param code the CAMEO actor code ("FRAGOV", "IGOWSTNAT"), or null when none is known
 * @param country ISO 3166-1 alpha-3 of the entity's country (its own code for a country or
 *     nationality, the country of a role for a person), or null
 * @param titles titles and roles given to it in the document ("Defense Minister"), first use first
 * @param mentions where it is mentioned, in text order
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    String code,
    String country,
    List<String> titles,
    List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    titles = List.copyOf(titles);
    mentions = List.copyOf(mentions);
  }
}
