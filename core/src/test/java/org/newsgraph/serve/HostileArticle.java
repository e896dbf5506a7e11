package org.newsgraph.serve;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;

/**
 * An article whose title, text, quote, boilerplate and address carry markup and script, as a
 * scraped page may: the web page must show all of it as text and run none of it.
 */
final class HostileArticle {
  static final String ID = "d4d4d4d4d4d4d4d4";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMAGE = "<img src=x onerror=alert(1)>";
  static final String TITLE = "Libya <img src=x onerror=alert('title')> talks";

  private HostileArticle() {}

  static Extraction extraction() {
    String text =
        "Libya's envoy posted "
            + SCRIPT
            + " on the forum.\n\n"
            + "\"We reject "
            + IMAGE
            + " and every threat,\" the envoy said in Tripoli.";
    CleanDocument doc =
        new CleanDocument(
            ID,
            "test/hostile.html",
            "javascript:alert('url')",
            TITLE,
            LocalDate.of(2013, 7, 1),
            DateSource.METADATA,
            "en",
            text,
            List.of(new Removed(Removed.Kind.FOOTER, "<b onmouseover=alert(2)>Share</b>")),
            List.of());
    int libya = text.indexOf("Libya");
    Entity country =
        new Entity(
            "e1",
            "Libya",
            EntityType.COUNTRY,
            "LBY",
            "LBY",
            List.of(),
            List.of(new Mention(libya, libya + 5, "Libya")));
    int open = text.indexOf('"') + 1;
    int close = text.lastIndexOf('"');
    int envoy = text.lastIndexOf("the envoy");
    Quote quote =
        new Quote(
            text.substring(open, close),
            open,
            close,
            true,
            false,
            "the envoy",
            null,
            new Mention(envoy, envoy + 9, "the envoy"),
            "said",
            0.8);
    return new Extraction(doc, List.of(country), List.of(quote));
  }
}
