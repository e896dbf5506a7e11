package org.newsgraph.clean;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata read from {@code <head>} tags, JSON-LD and a few microdata attributes: title,
 * publication date, canonical URL, language and the JSON-LD {@code articleBody} (used as a hint by
 * the content finder). Must run before the page is stripped of scripts.
 *
 * <p>Sources are tried from the most deliberate (Open Graph, JSON-LD written for search engines) to
 * the most incidental ({@code <title>}, the first {@code <time>}): the first usable value wins.
 */
final class HtmlMetadata {

  /** JSON-LD blocks larger than this are skipped: such pages are rare and parsing is not free. */
  private static final int MAX_JSON_LD = 2_000_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])");
  private static final Pattern COMPACT_DATE =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])");
  private static final Pattern WORD_DATE =
      Pattern.compile(
          "(?i)(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th)?\\.?\\s+([a-z]{3,9})\\.?,?\\s+((?:19|20)[0-9]{2})"
              + "|([a-z]{3,9})\\.?\\s+([0-3]?[0-9])(?:st|nd|rd|th)?,?\\s+((?:19|20)[0-9]{2})");
  private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2})(?:[-_].*)?$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]{1,2}\\s+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private static final String[] DATE_METAS = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "published-date",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "dc.date",
    "date",
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
  };

  final String title;
  final LocalDate published;
  final String url;
  final String language;

  /** JSON-LD article bodies, longest first; may be empty. */
  final List<String> jsonLdBodies;

  private HtmlMetadata(
      String title, LocalDate published, String url, String language, List<String> bodies) {
    this.title = title;
    this.published = published;
    this.url = url;
    this.language = language;
    this.jsonLdBodies = bodies;
  }

  /** Reads the metadata of a freshly parsed page. Never throws on odd content. */
  static HtmlMetadata read(Document doc) {
    JsonLd ld = new JsonLd();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data();
      if (data.length() <= MAX_JSON_LD) {
        ld.parse(data);
      }
    }
    List<String> bodies = new ArrayList<>(ld.bodies);
    bodies.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new HtmlMetadata(
        title(doc, ld), published(doc, ld), canonical(doc, ld), language(doc, ld), bodies);
  }

  // ---------------------------------------------------------------- title

  private static String title(Document doc, JsonLd ld) {
    String site = clean(meta(doc, "og:site_name"));
    String og = clean(meta(doc, "og:title"));
    if (og != null) {
      return stripSite(og, site, false);
    }
    if (ld.headline != null) {
      return stripSite(clean(ld.headline), site, false);
    }
    String twitter = clean(meta(doc, "twitter:title"));
    if (twitter != null) {
      return stripSite(twitter, site, false);
    }
    Element h1 = doc.selectFirst("h1");
    String htmlTitle = clean(doc.title());
    if (h1 != null) {
      String text = clean(h1.text());
      if (text != null && text.length() >= 10) {
        return text;
      }
    }
    return htmlTitle == null ? null : stripSite(htmlTitle, site, true);
  }

  /**
   * Drops a site name written after (or before) the headline: the named site when known, otherwise
   * (only for {@code <title>}) a short last part after a separator.
   */
  static String stripSite(String title, String site, boolean guess) {
    if (title == null) {
      return null;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return title;
    }
    String tail = title.substring(lastEnd).trim();
    String head = title.substring(0, firstStart).trim();
    if (site != null) {
      if (tail.equalsIgnoreCase(site)) {
        return title.substring(0, lastStart).trim();
      }
      if (head.equalsIgnoreCase(site)) {
        return title.substring(firstEnd).trim();
      }
    }
    if (guess) {
      String rest = title.substring(0, lastStart).trim();
      if (words(tail) <= 4 && words(rest) >= 3) {
        return rest;
      }
    }
    return title;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : SPACES.split(s.trim()).length;
  }

  // ---------------------------------------------------------------- date

  private static LocalDate published(Document doc, JsonLd ld) {
    // Publication date metas first, then JSON-LD, then in-page marks; modified dates last.
    for (int i = 0; i < DATE_METAS.length; i++) {
      if (DATE_METAS[i].equals("article:modified_time")) {
        LocalDate fromLd = parseDate(ld.datePublished);
        if (fromLd != null) {
          return fromLd;
        }
        LocalDate inPage = inPageDate(doc);
        if (inPage != null) {
          return inPage;
        }
      }
      LocalDate d = parseDate(meta(doc, DATE_METAS[i]));
      if (d != null) {
        return d;
      }
    }
    return parseDate(ld.dateModified);
  }

  private static LocalDate inPageDate(Document doc) {
    for (Element e : doc.select("[itemprop=datePublished]")) {
      LocalDate d = parseDate(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
      if (d != null) {
        return d;
      }
    }
    Element pub = doc.selectFirst("time[pubdate][datetime]");
    if (pub != null) {
      LocalDate d = parseDate(pub.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? null : parseDate(time.attr("datetime"));
  }

  /** The first date written in the value (ISO-like, compact yyyymmdd, or with a month name). */
  static LocalDate parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.length() > 200 ? value.substring(0, 200) : value;
    Matcher m = ISO_DATE.matcher(v);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = COMPACT_DATE.matcher(v);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = WORD_DATE.matcher(v);
    while (m.find()) {
      LocalDate d =
          m.group(1) != null
              ? monthDate(m.group(3), m.group(2), m.group(1))
              : monthDate(m.group(6), m.group(4), m.group(5));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate monthDate(String year, String monthName, String day) {
    int month = month(monthName.toLowerCase(Locale.ROOT));
    return month == 0 ? null : date(year, Integer.toString(month), day);
  }

  private static int month(String name) {
    if (name.length() < 3) {
      return 0;
    }
    String[] months = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    for (int i = 0; i < months.length; i++) {
      if (months[i].startsWith(name) || (name.equals("sept") && i == 8)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- url, language

  private static String canonical(Document doc, JsonLd ld) {
    for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
      String abs = absolute(link, "href");
      if (abs != null) {
        return abs;
      }
    }
    for (Element meta : doc.select("meta[property=og:url][content], meta[name=og:url][content]")) {
      String abs = absolute(meta, "content");
      if (abs != null) {
        return abs;
      }
    }
    if (ld.url != null && ld.url.matches("(?i)https?://\\S+")) {
      return ld.url;
    }
    return null;
  }

  private static String absolute(Element e, String attr) {
    String raw = e.attr(attr).trim();
    if (raw.isEmpty()) {
      return null;
    }
    String abs = e.absUrl(attr);
    if (!abs.isEmpty()) {
      return abs;
    }
    return raw.matches("(?i)https?://\\S+") ? raw : null;
  }

  private static String language(Document doc, JsonLd ld) {
    Element html = doc.selectFirst("html");
    String[] candidates = {
      html == null ? null : html.attr("lang"),
      html == null ? null : html.attr("xml:lang"),
      httpEquiv(doc, "content-language"),
      meta(doc, "language"),
      meta(doc, "dc.language"),
      ld.inLanguage,
      meta(doc, "og:locale"),
    };
    for (String c : candidates) {
      if (c != null) {
        Matcher m = LANGUAGE.matcher(c.trim());
        if (m.matches()) {
          return m.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  /** A meta tag's content by property, name or itemprop (case-insensitive), or null. */
  private static String meta(Document doc, String key) {
    for (Element meta : doc.getElementsByTag("meta")) {
      if (key.equalsIgnoreCase(meta.attr("property"))
          || key.equalsIgnoreCase(meta.attr("name"))
          || key.equalsIgnoreCase(meta.attr("itemprop"))) {
        String content = meta.attr("content").trim();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static String httpEquiv(Document doc, String key) {
    for (Element meta : doc.getElementsByTag("meta")) {
      if (key.equalsIgnoreCase(meta.attr("http-equiv"))) {
        String content = meta.attr("content").trim();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(s).replaceAll(" ").trim();
    return t.isEmpty() ? null : t;
  }

  /** What the page's JSON-LD says about its article (first value of each kind wins). */
  private static final class JsonLd {
    String headline;
    String datePublished;
    String dateModified;
    String url;
    String inLanguage;
    final List<String> bodies = new ArrayList<>();

    void parse(String data) {
      JsonNode root;
      try {
        root = JSON.readTree(data.trim());
      } catch (Exception malformed) {
        return; // broken JSON-LD is common; the page's other metadata still counts
      }
      visit(root, 0);
    }

    private void visit(JsonNode node, int depth) {
      if (node == null || depth > 8) {
        return;
      }
      if (node.isArray()) {
        for (JsonNode child : node) {
          visit(child, depth + 1);
        }
        return;
      }
      if (!node.isObject()) {
        return;
      }
      if (isArticle(node.get("@type"))) {
        headline = first(headline, text(node.get("headline")));
        datePublished = first(datePublished, text(node.get("datePublished")));
        dateModified = first(dateModified, text(node.get("dateModified")));
        inLanguage = first(inLanguage, text(node.get("inLanguage")));
        String u = text(node.get("url"));
        if (u == null) {
          JsonNode main = node.get("mainEntityOfPage");
          u = main != null && main.isObject() ? text(main.get("@id")) : text(main);
        }
        url = first(url, u);
        String body = text(node.get("articleBody"));
        if (body != null && !body.isBlank()) {
          bodies.add(body);
        }
      }
      visit(node.get("@graph"), depth + 1);
      visit(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (isArticle(t)) {
            return true;
          }
        }
        return false;
      }
      String t = type.asText("");
      return t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report");
    }

    private static String text(JsonNode n) {
      if (n == null || n.isNull()) {
        return null;
      }
      if (n.isArray()) {
        return n.isEmpty() ? null : text(n.get(0));
      }
      if (n.isValueNode()) {
        String s = n.asText();
        return s.isBlank() ? null : s;
      }
      return null;
    }

    private static String first(String current, String candidate) {
      return current != null ? current : candidate;
    }
  }
}
