package org.newsgraph.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Removed;

/**
 * What an element's tag, class, id and role say about it: invisible, boilerplate of a given kind,
 * or likely article content. Only names are looked at here; text statistics are the content
 * finder's job.
 *
 * <p>Thread-safe: constants only.
 */
final class HtmlBoilerplate {

  private HtmlBoilerplate() {}

  /** Elements whose text a reader never sees as article text (or that hold no text at all). */
  static final Set<String> INVISIBLE =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "map",
          "input",
          "select",
          "option",
          "textarea",
          "button",
          "link",
          "meta",
          "head",
          "title",
          "img",
          "picture",
          "source",
          "math",
          "dialog",
          "datalist");

  /** Elements that start a new line of text. */
  static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "legend",
          "html");

  private static final Pattern TAXONOMY =
      Pattern.compile("(?<![^\\s])(?:tag|tags|category|categories|format)-\\S*");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  // Names that mark a whole subtree as boilerplate of one kind. Matched against the lower-cased
  // class and id joined by a space.
  private static final Pattern CAPTION =
      Pattern.compile(
          "caption|(?:photo|image|img|media|picture|video)[-_]?(?:credit|desc|source|copyright)"
              + "|(?<![a-z])credits?(?![a-z])");
  private static final Pattern BYLINE =
      Pattern.compile(
          "byline|(?<![a-z])(?:author|authors|writer|contributor)(?:[-_](?:bio|box|info|card|name"
              + "|details|wrapper|block|profile|avatar))?(?![a-z])|author[-_]?bio|about[-_]the[-_]author");
  private static final Pattern NAVIGATION =
      Pattern.compile(
          "(?<![a-z])nav(?![a-z])|navbar|navigation|(?<![a-z])menu|breadcrumb|pagination|pager"
              + "|skip[-_]?(?:link|to)|masthead|site[-_]?header|(?<![a-z])tags?(?![a-z])|tag[-_]?list"
              + "|topics?[-_]list|jump[-_]?link|table[-_]of[-_]contents|(?<![a-z])toc(?![a-z])");
  private static final Pattern TEASER =
      Pattern.compile(
          "related|recommend|read[-_]?more|more[-_]?(?:stories|articles|news|from|on)|most[-_]?"
              + "(?:popular|read|viewed|shared)|popular|trending|outbrain|taboola|recirc|also[-_]?read"
              + "|see[-_]?also|next[-_]?(?:article|story|post)|you[-_]?(?:may|might)|suggested"
              + "|sidebar|side[-_]?bar|widget|(?<![a-z])rail(?![a-z])|sponsor|advert|(?<![a-z])ads?"
              + "(?![a-z])|ad[-_](?:slot|unit|container|wrapper|block|box|banner|placeholder)"
              + "|(?<![a-z])dfp|google[-_]?ad|promo|(?<![a-z])banner|partner|upsell|trc_");
  private static final Pattern FOOTER =
      Pattern.compile(
          "footer|copyright|(?<![a-z])share|sharing|social|cookie|consent|gdpr|newsletter|subscri"
              + "|sign[-_]?up|signup|(?<![a-z])login|comment|disqus|(?<![a-z])print"
              + "|follow[-_]?us|donate|(?<![a-z])modal|popup|overlay|feedback|(?<![a-z])rating"
              + "|(?<![a-z])reply|replies|reaction|(?<![a-z])hidden(?![a-z])|visually[-_]hidden"
              + "|sr[-_]only|screen[-_]?reader");

  /** Names of the article itself: these override the boilerplate names above. */
  private static final Pattern CONTENT =
      Pattern.compile(
          "(?:article|story|post|entry|main|page|news|blog)[-_]{0,2}(?:body|content|text|copy|main)"
              + "|articlebody|(?<![a-z])(?:body|content)[-_]?(?:text|copy)|(?<![a-z])hentry"
              + "|(?<![a-z])h-entry|(?<![a-z])e-content");

  // Weights for candidate containers: positive names draw the article, negative push it away.
  private static final Pattern POSITIVE =
      Pattern.compile("article|body|content|entry|main|page|post|text|blog|story|column|prose");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "comment|(?<![a-z])com-|contact|foot|masthead|(?<![a-z])media(?![a-z])|(?<![a-z])meta"
              + "(?![a-z])|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|(?<![a-z])tags?(?![a-z])|tool|widget|hidden|banner|combx|social|nav"
              + "|menu|teaser|byline|author|caption|credit|newsletter|subscri|cookie|popular"
              + "|trending|recommend");

  /** The boilerplate kind of an element judged by its tag, role, class and id, or null. */
  static Removed.Kind kind(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "nav":
        return Removed.Kind.NAVIGATION;
      case "footer":
        return Removed.Kind.FOOTER;
      case "figcaption":
      case "figure":
        return Removed.Kind.CAPTION;
      case "aside":
        return Removed.Kind.TEASER;
      case "body":
      case "html":
      case "main":
        return null;
      default:
        break;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    switch (role) {
      case "navigation":
      case "menu":
      case "menubar":
      case "banner":
        return Removed.Kind.NAVIGATION;
      case "contentinfo":
      case "dialog":
      case "alertdialog":
        return Removed.Kind.FOOTER;
      case "complementary":
        return Removed.Kind.TEASER;
      default:
        break;
    }
    String names = names(e);
    if (names.isEmpty() || CONTENT.matcher(names).find()) {
      return null;
    }
    if (CAPTION.matcher(names).find()) {
      return Removed.Kind.CAPTION;
    }
    if (BYLINE.matcher(names).find()) {
      return Removed.Kind.BYLINE;
    }
    if (FOOTER.matcher(names).find()) {
      return Removed.Kind.FOOTER;
    }
    if (TEASER.matcher(names).find()) {
      return Removed.Kind.TEASER;
    }
    if (NAVIGATION.matcher(names).find()) {
      return Removed.Kind.NAVIGATION;
    }
    return null;
  }

  /** Whether the element is hidden by attribute or inline style. */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /** Whether the element's names say it is a comment thread (never kept for its size). */
  static boolean isComments(Element e) {
    String names = names(e);
    return names.contains("comment") || names.contains("disqus") || names.contains("repl");
  }

  /** Whether the element is named as the article body. */
  static boolean namedContent(Element e) {
    String names = names(e);
    return !names.isEmpty() && CONTENT.matcher(names).find()
        || "articleBody".equals(e.attr("itemprop"));
  }

  /** A container weight from class and id: +25 for article-like names, -25 for boilerplate. */
  static int weight(Element e) {
    String names = names(e);
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      w += 25;
    }
    return w;
  }

  private static String names(Element e) {
    String cls = e.attr("class");
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    String names = (cls + " " + id).toLowerCase(Locale.ROOT);
    // CMS taxonomy classes ("tag-social-media", "category-comment") name the article's topics,
    // not the element's role.
    return TAXONOMY.matcher(names).replaceAll(" ");
  }
}
