package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsgraph.model.Removed;

/**
 * Finds the article body in a page's {@code <body>}: removes what is never article text, scores
 * containers by the paragraphs they hold, keeps the best container with its article-like siblings
 * and writes its text as paragraphs.
 *
 * <p>The scoring follows the idea popularised by Arc90's Readability: each paragraph of running
 * text (long, with commas, few links) adds to the score of its parent and, decaying, of its
 * grand-parents, so that the element directly holding most of the prose wins. All passes are linear
 * in the size of the page; no element's text is computed more than once.
 *
 * <p>Not thread-safe: one instance per page.
 */
final class HtmlContentFinder {

  private static final int MAX_REMOVED = 200;
  private static final int MAX_REMOVED_CHARS = 500;
  private static final int MIN_PARAGRAPH = 25;
  private static final int MIN_HINT = 200;
  private static final int GRAM = 4;
  private static final int MAX_DEPTH = 200;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> NOT_SCORED =
      Set.of("li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "caption", "legend", "summary");
  private static final Set<String> CLEANED_CONDITIONALLY =
      Set.of("div", "section", "ul", "ol", "table", "form", "fieldset", "dl", "header", "center");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern JUNK_LINE =
      Pattern.compile(
          "(?i)^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|publicit[ée]"
              + "|(?:continue|keep) reading.*|read (?:more|next|also|the full).*|related(?: articles?"
              + "| stories| coverage| content)?:?|(?:recommended|suggested)(?: for you| stories| articles)?"
              + "|share (?:this|on|via).*|(?:follow|like) us on.*|sign up.*newsletter.*"
              + "|story continues (?:below|after).*|article continues (?:below|after).*"
              + "|click here to .*|image:.*|photo:.*|getty images|(?:also )?see also:?"
              + "|more from .*|(?:back to )?top|skip to .*|listen to (?:this )?article.*"
              + "|\\d+ (?:min|minute)s? read)$");
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^(?:(?:By|BY|by|Von|Par|Por|Door)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}"
              + "(?:\\s*(?:,|and|&|und|et|y)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})*"
              + "[,|]?.{0,60})$");

  /** Per-element text statistics, filled bottom-up. */
  private static final class Stats {
    int chars;
    int linkChars;
    int commas;
    int paragraphs; // scored paragraphs directly or indirectly inside
    int listItems;
    int images;
    int headings;
    double score;
    boolean candidate;
    boolean blockChild;
  }

  /** One run of inline text between block boundaries. */
  private static final class Block {
    final Element owner;
    final String text;
    final int linkChars;

    Block(Element owner, String text, int linkChars) {
      this.owner = owner;
      this.text = text;
      this.linkChars = linkChars;
    }
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final List<Removed> removed = new ArrayList<>();
  private final Set<Element> spine = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<String> hints;

  /**
   * @param hints article bodies the page declares (JSON-LD), longest first; may be empty
   */
  HtmlContentFinder(List<String> hints) {
    this.hints = hints;
  }

  List<Removed> removed() {
    return removed;
  }

  /** The article text found in the body (paragraphs separated by blank lines), or "". */
  String find(Element body) {
    prune(body);
    List<Block> blocks = measure(body);
    Element top = chooseTop(body, blocks);
    if (top == null) {
      return "";
    }
    List<Element> parts = gather(top);
    StringBuilder out = new StringBuilder();
    for (Element part : parts) {
      write(part, out);
    }
    return out.toString().trim();
  }

  // ------------------------------------------------------------------ pruning

  /** Removes invisible elements and named boilerplate, recording visible removed text. */
  private void prune(Element body) {
    List<Element> named = new ArrayList<>();
    Map<Element, int[]> sizes = textSizes(body, named);
    int total = Math.max(1, sizes.getOrDefault(body, new int[1])[0]);
    // Containers of an element named as the article body are never boilerplate, whatever their
    // own names say (page builders call every box a "widget").
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : named) {
      for (Element p = e; p != null && holders.add(p); p = p.parent()) {
        // marks each ancestor once: linear overall
      }
    }
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element)) {
              return FilterResult.CONTINUE;
            }
            Element e = (Element) node;
            if (e == body) {
              return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (HtmlBoilerplate.INVISIBLE.contains(tag) || HtmlBoilerplate.hidden(e)) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            Removed.Kind kind = HtmlBoilerplate.kind(e);
            if (kind == null && tag.equals("header")) {
              kind = Removed.Kind.NAVIGATION;
            }
            if (kind != null && !holders.contains(e)) {
              int size = sizes.getOrDefault(e, new int[1])[0];
              // A boilerplate name on a container of most of the page is a styling accident.
              boolean bulk = size > total * 0.5 && !HtmlBoilerplate.isComments(e);
              if (!bulk) {
                doomed.add(e);
                if (!tag.equals("header")) {
                  record(kind, e.text());
                }
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element e : doomed) {
      e.remove();
    }
  }

  /**
   * Prose size of every element, bottom-up in one pass: characters of text outside links, inside
   * paragraphs ({@code <p>}) or in long runs — what an article has much of and a menu little. Also
   * collects the elements named as article content.
   */
  private static Map<Element, int[]> textSizes(Element root, List<Element> namedContent) {
    Map<Element, int[]> sizes = new IdentityHashMap<>();
    int[] paragraphDepth = {0};
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode) {
              Node parent = node.parentNode();
              int length = ((TextNode) node).getWholeText().trim().length();
              if (parent instanceof Element
                  && linkDepth[0] == 0
                  && (paragraphDepth[0] > 0 || length >= 40)) {
                sizes.computeIfAbsent((Element) parent, k -> new int[1])[0] += length;
              }
            } else if (node instanceof Element) {
              Element e = (Element) node;
              String tag = e.normalName();
              if (tag.equals("p")) {
                paragraphDepth[0]++;
              } else if (tag.equals("a")) {
                linkDepth[0]++;
              }
              if (HtmlBoilerplate.namedContent(e)) {
                namedContent.add(e);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element && node != root) {
              String tag = ((Element) node).normalName();
              if (tag.equals("p")) {
                paragraphDepth[0]--;
              } else if (tag.equals("a")) {
                linkDepth[0]--;
              }
              int[] own = sizes.get(node);
              Node parent = node.parentNode();
              if (own != null && parent instanceof Element) {
                sizes.computeIfAbsent((Element) parent, k -> new int[1])[0] += own[0];
              }
            }
          }
        },
        root);
    return sizes;
  }

  private void record(Removed.Kind kind, String text) {
    if (removed.size() >= MAX_REMOVED) {
      return;
    }
    String t = normalize(text);
    if (t.isEmpty()) {
      return;
    }
    if (t.length() > MAX_REMOVED_CHARS) {
      t = t.substring(0, MAX_REMOVED_CHARS).trim() + "…";
    }
    removed.add(new Removed(kind, t));
  }

  // ------------------------------------------------------------------ measuring

  /** Splits the body into blocks and fills the per-element statistics. */
  private List<Block> measure(Element body) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] linkDepth = {0};
    int[] linkChars = {0};
    Element[] owner = {body};
    List<Element> owners = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode) {
              String t = SPACES.matcher(((TextNode) node).getWholeText()).replaceAll(" ");
              current.append(t);
              if (linkDepth[0] > 0) {
                linkChars[0] += t.length();
              }
              return;
            }
            if (!(node instanceof Element)) {
              return;
            }
            Element e = (Element) node;
            stats.put(e, new Stats());
            String tag = e.normalName();
            if (tag.equals("a")) {
              linkDepth[0]++;
            } else if (tag.equals("img")) {
              stat(e.parent()).images++;
            } else if (tag.equals("br")) {
              current.append('\n');
            }
            if (HtmlBoilerplate.BLOCKS.contains(tag)) {
              flush();
              owners.add(owner[0]);
              owner[0] = e;
              Element parent = e.parent();
              if (parent != null && stats.containsKey(parent)) {
                stats.get(parent).blockChild = true;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element)) {
              return;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (tag.equals("a")) {
              linkDepth[0]--;
            }
            if (HtmlBoilerplate.BLOCKS.contains(tag)) {
              flush();
              owner[0] = owners.isEmpty() ? body : owners.remove(owners.size() - 1);
            }
            Stats s = stats.get(e);
            if (tag.equals("li")) {
              s.listItems++;
            } else if (tag.length() == 2
                && tag.charAt(0) == 'h'
                && Character.isDigit(tag.charAt(1))) {
              s.headings += s.chars;
            }
            Element parent = e.parent();
            if (e != body && parent != null) {
              Stats p = stat(parent);
              p.chars += s.chars;
              p.linkChars += s.linkChars;
              p.commas += s.commas;
              p.paragraphs += s.paragraphs;
              p.listItems += s.listItems;
              p.images += s.images;
              p.headings += s.headings;
            }
          }

          private void flush() {
            if (current.length() == 0) {
              return;
            }
            String text = normalize(current.toString());
            current.setLength(0);
            int links = Math.min(linkChars[0], text.length());
            linkChars[0] = 0;
            if (text.isEmpty()) {
              return;
            }
            Element o = owner[0];
            Stats s = stat(o);
            s.chars += text.length();
            s.linkChars += links;
            int commas = commas(text);
            s.commas += commas;
            Block b = new Block(o, text, links);
            blocks.add(b);
          }
        },
        body);
    // Paragraph counts are needed by the conditional cleaning; they come from the blocks.
    for (Block b : blocks) {
      if (isProse(b)) {
        for (Element e = b.owner; e != null; e = e.parent()) {
          Stats s = stats.get(e);
          if (s == null) {
            break;
          }
          s.paragraphs++;
          if (e == body) {
            break;
          }
        }
      }
    }
    return blocks;
  }

  private Stats stat(Element e) {
    return stats.computeIfAbsent(e, k -> new Stats());
  }

  private static boolean isProse(Block b) {
    return b.text.length() >= MIN_PARAGRAPH
        && b.linkChars < b.text.length() * 0.5
        && !NOT_SCORED.contains(b.owner.normalName());
  }

  // ------------------------------------------------------------------ scoring

  private Element chooseTop(Element body, List<Block> blocks) {
    List<Element> candidates = new ArrayList<>();
    for (Block b : blocks) {
      if (!isProse(b)) {
        continue;
      }
      double score = 1 + commas(b.text) + Math.min(b.text.length() / 100.0, 3);
      Element level0 = b.owner;
      Stats os = stats.get(level0);
      // A paragraph-like owner passes its score up; a container holding loose text keeps it.
      if (os == null || !os.blockChild || level0.normalName().equals("p")) {
        level0 = level0.parent();
      }
      int level = 0;
      for (Element e = level0; e != null && level < 5; e = e.parent(), level++) {
        Stats s = stats.get(e);
        if (s == null) {
          break;
        }
        if (!s.candidate) {
          s.candidate = true;
          candidates.add(e);
        }
        s.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        if (e == body) {
          break;
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Element c : candidates) {
      Stats s = stats.get(c);
      // A good name helps a container only as much as its own text does: otherwise a tiny
      // "content-title" box beats the article.
      int bonus = initialScore(c);
      s.score = (s.score + Math.min(bonus, s.score)) * (1 - linkDensity(s));
      if (s.score > best) {
        best = s.score;
        top = c;
      }
    }
    Element declared = declaredBody(body, blocks, top);
    if (declared != null) {
      top = declared;
    }
    // The best-scored element and its ancestors are the article's spine: the conditional
    // cleaning must not drop them whatever their names say.
    for (Element e = top; e != null && spine.add(e); e = e.parent()) {
      // each ancestor once
    }
    return declared != null ? top : climb(top, body, candidates);
  }

  /**
   * The smallest element holding most of the article body that the page declares in JSON-LD, when
   * the scored top candidate misses much of it; null to keep the scored choice. The declared body
   * is matched by word 4-grams, so small differences in wording do not matter.
   */
  private Element declaredBody(Element body, List<Block> blocks, Element top) {
    if (hints.isEmpty() || hints.get(0).length() < MIN_HINT) {
      return null;
    }
    Set<Long> grams = new HashSet<>();
    List<String> hintWords = words(hints.get(0));
    for (int i = 0; i + GRAM <= hintWords.size(); i++) {
      grams.add(gram(hintWords, i));
    }
    Map<Element, int[]> matched = new IdentityHashMap<>();
    long total = 0;
    for (Block b : blocks) {
      if (b.text.length() < MIN_PARAGRAPH) {
        continue;
      }
      List<String> w = words(b.text);
      int n = Math.max(0, w.size() - GRAM + 1);
      int hits = 0;
      for (int i = 0; i < n; i++) {
        if (grams.contains(gram(w, i))) {
          hits++;
        }
      }
      if (n == 0 || hits < n * 0.5) {
        continue;
      }
      int chars = b.text.length();
      total += chars;
      int depth = 0;
      for (Element e = b.owner; e != null && depth < MAX_DEPTH; e = e.parent(), depth++) {
        matched.computeIfAbsent(e, k -> new int[1])[0] += chars;
        if (e == body) {
          break;
        }
      }
    }
    // Only trust the declaration when the page visibly carries most of it.
    if (total < hints.get(0).length() * 0.5 || inside(matched, top) >= total * 0.8) {
      return null;
    }
    Element e = body;
    while (true) {
      Element next = null;
      for (Element child : e.children()) {
        if (inside(matched, child) >= total * 0.8) {
          next = child;
          break;
        }
      }
      if (next == null) {
        return e;
      }
      e = next;
    }
  }

  private static int inside(Map<Element, int[]> matched, Element e) {
    int[] m = matched.get(e);
    return m == null ? 0 : m[0];
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static long gram(List<String> words, int i) {
    long h = 1;
    for (int k = i; k < i + GRAM; k++) {
      h = h * 1_000_003L + words.get(k).hashCode();
    }
    return h;
  }

  /**
   * Moves up from the top candidate when the article is split over several sibling containers
   * (several high-scoring candidates share an ancestor) or when a parent scores higher.
   */
  private Element climb(Element top, Element body, List<Element> candidates) {
    double topScore = stats.get(top).score;
    List<Element> close = new ArrayList<>();
    for (Element c : candidates) {
      if (c != top && stats.get(c).score >= 0.75 * topScore) {
        close.add(c);
      }
    }
    if (close.size() >= 3 && close.size() <= 50) {
      for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
        int containing = 0;
        for (Element c : close) {
          if (isAncestor(p, c)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = p;
          break;
        }
      }
    }
    double last = stats.get(top).score;
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      Stats s = stats.get(p);
      if (s == null || !s.candidate) {
        continue;
      }
      if (s.score < threshold) {
        break;
      }
      if (s.score > last) {
        top = p;
        break;
      }
      last = s.score;
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private int initialScore(Element e) {
    int base;
    switch (e.normalName()) {
      case "div":
      case "article":
      case "main":
        base = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        base = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        base = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        base = -5;
        break;
      default:
        base = 0;
    }
    return base + HtmlBoilerplate.weight(e);
  }

  /** The top candidate and those of its siblings that look like more of the article. */
  private List<Element> gather(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = stats.get(top).score;
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      if (s == null) {
        continue;
      }
      double bonus =
          !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      if (s.candidate && s.score + bonus >= threshold) {
        parts.add(sibling);
      } else if (sibling.normalName().equals("p") || !s.blockChild) {
        double density = linkDensity(s);
        if (s.chars > 80 && density < 0.25) {
          parts.add(sibling);
        } else if (s.chars > 0 && s.chars <= 80 && density == 0 && endsSentence(sibling)) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private static boolean endsSentence(Element e) {
    String t = e.text().trim();
    return !t.isEmpty() && ".!?…\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  // ------------------------------------------------------------------ writing

  /** Writes the part's text as paragraphs, leaving out link lists and other leftovers. */
  private void write(Element part, StringBuilder out) {
    StringBuilder para = new StringBuilder();
    int[] linkDepth = {0};
    int[] linkChars = {0};
    Removed.Kind[] paraKind = {null};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
              // Source line breaks are spacing; only <br> makes a line break in the output.
              String t = SPACES.matcher(((TextNode) node).getWholeText()).replaceAll(" ");
              para.append(t);
              if (linkDepth[0] > 0) {
                linkChars[0] += t.length();
              }
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
              return FilterResult.CONTINUE;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (e != part) {
              if (tag.equals("h1")) {
                // The headline: reported as the title, not part of the body text.
                flush();
                return FilterResult.SKIP_ENTIRELY;
              }
              Removed.Kind junk = junk(e);
              if (junk != null) {
                flush();
                record(junk, e.text());
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            if (tag.equals("a")) {
              linkDepth[0]++;
            } else if (tag.equals("br")) {
              para.append('\n');
            } else if (HtmlBoilerplate.BLOCKS.contains(tag)) {
              flush();
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element) {
              String tag = ((Element) node).normalName();
              if (tag.equals("a")) {
                linkDepth[0]--;
              } else if (HtmlBoilerplate.BLOCKS.contains(tag)) {
                flush();
              }
            }
            return FilterResult.CONTINUE;
          }

          private void flush() {
            if (para.length() == 0) {
              return;
            }
            String raw = para.toString();
            int links = linkChars[0];
            para.setLength(0);
            linkChars[0] = 0;
            for (String piece : raw.split("\n\\s*\n")) {
              String text = normalizeLines(piece);
              if (text.isEmpty()) {
                continue;
              }
              Removed.Kind kind = lineKind(text, Math.min(links, raw.length()), raw.length());
              if (kind != null) {
                record(kind, text);
                continue;
              }
              if (out.length() > 0) {
                out.append("\n\n");
              }
              out.append(text);
            }
          }
        },
        part);
  }

  /** Whether a paragraph is a leftover: a link line, a "Read more", a byline. */
  private static Removed.Kind lineKind(String text, int linkChars, int rawChars) {
    if (text.length() < 200 && linkChars > rawChars * 0.6) {
      return Removed.Kind.TEASER;
    }
    if (text.length() < 120 && JUNK_LINE.matcher(text).matches()) {
      return Removed.Kind.FOOTER;
    }
    if (text.length() < 100 && BYLINE_LINE.matcher(text).matches()) {
      return Removed.Kind.BYLINE;
    }
    return null;
  }

  /**
   * Whether an element inside the chosen content is not article text (link lists, image galleries,
   * headings of boilerplate), and of which kind; null to keep it.
   */
  private Removed.Kind junk(Element e) {
    String tag = e.normalName();
    Stats s = stats.get(e);
    if (s == null || spine.contains(e)) {
      return null;
    }
    if (tag.equals("h1")) {
      return null;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      return HtmlBoilerplate.weight(e) < 0 || linkDensity(s) > 0.33 ? Removed.Kind.TEASER : null;
    }
    if (!CLEANED_CONDITIONALLY.contains(tag)) {
      return null;
    }
    int weight = HtmlBoilerplate.weight(e);
    if (weight < 0) {
      return Removed.Kind.TEASER;
    }
    if (s.commas >= 10) {
      return null;
    }
    boolean list = tag.equals("ul") || tag.equals("ol");
    double density = linkDensity(s);
    if (s.chars == 0) {
      return null;
    }
    if (!list && s.listItems > s.paragraphs + 3 && s.paragraphs < 2 && density > 0.2) {
      return Removed.Kind.TEASER;
    }
    if (s.images > 1 && s.paragraphs == 0 && s.chars < 200 * s.images) {
      return Removed.Kind.CAPTION;
    }
    if (weight < 25 && density > 0.2 && s.paragraphs < 2) {
      return Removed.Kind.TEASER;
    }
    if (density > 0.5 && s.paragraphs < 3) {
      return Removed.Kind.TEASER;
    }
    if (s.headings > 0 && s.headings > s.chars * 0.9 && s.paragraphs == 0 && list) {
      return Removed.Kind.TEASER;
    }
    return null;
  }

  // ------------------------------------------------------------------ text helpers

  private static double linkDensity(Stats s) {
    return s.chars == 0 ? 0 : Math.min(1.0, (double) s.linkChars / s.chars);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  /** Collapses all whitespace (no-break spaces included) to single spaces and trims. */
  static String normalize(String s) {
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** Like {@link #normalize} but keeps single line breaks (from {@code <br>}). */
  private static String normalizeLines(String s) {
    if (s.indexOf('\n') < 0) {
      return normalize(s);
    }
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n")) {
      String t = normalize(line);
      if (!t.isEmpty()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(t);
      }
    }
    return b.toString();
  }
}
