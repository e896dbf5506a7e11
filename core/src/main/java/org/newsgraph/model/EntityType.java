package org.newsgraph.model;

/** What kind of thing an entity is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  CITY,
  LOCATION,
  NATIONALITY,
  /** A non-state armed or political group: militants, rebels, parties. */
  GROUP,
  OTHER;

  /** The CoNLL-2003 class this type is scored as: PER, ORG, LOC or MISC. */
  public String conll() {
    return switch (this) {
      case PERSON -> "PER";
      case ORGANIZATION, GROUP -> "ORG";
      case COUNTRY, CITY, LOCATION -> "LOC";
      case NATIONALITY, OTHER -> "MISC";
    };
  }
}
