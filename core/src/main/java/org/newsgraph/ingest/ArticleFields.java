package org.newsgraph.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The names under which JSONL fields and CSV columns carry article metadata. The first name of each
 * list is the documented one; the others are spellings common in news datasets and crawler output
 * (news-please, RSS dumps), accepted so such files need no conversion.
 */
enum ArticleFields {
  TEXT("text", "content", "body", "maintext"),
  HTML("html", "raw_html"),
  URL("url", "link", "uri"),
  TITLE("title", "headline"),
  PUBLISHED(
      "published",
      "date",
      "published_at",
      "publish_date",
      "date_publish",
      "pubdate",
      "datepublished"),
  SOURCE("source");

  private final List<String> names;

  ArticleFields(String... names) {
    this.names = List.of(names);
  }

  /** The accepted names, first the documented one. */
  List<String> names() {
    return names;
  }

  /** The field a (case-insensitive, trimmed) CSV column name stands for, or null. */
  static ArticleFields ofColumn(String column) {
    String c = column.strip().toLowerCase(Locale.ROOT);
    for (ArticleFields f : values()) {
      if (f.names.contains(c)) {
        return f;
      }
    }
    return null;
  }
}
