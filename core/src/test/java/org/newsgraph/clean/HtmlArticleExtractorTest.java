package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;

class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static final String P1 =
      "The minister said on Monday that France would send more troops, aircraft and supplies to"
          + " the region, adding that the operation would last as long as necessary.";
  private static final String P2 =
      "Officials in Bamako, the capital, welcomed the decision, while critics in Paris warned"
          + " that the cost, already high, would keep rising over the coming months.";
  private static final String P3 =
      "Neighbouring countries, meeting in Abuja, agreed to provide soldiers, though the timing,"
          + " funding and command of the African force remained unclear.";

  private static String article() {
    return "<html lang='en'><head><title>France sends troops | Daily</title></head><body>"
        + "<header><a href='/'>Home</a><a href='/world'>World</a></header>"
        + "<nav><ul><li><a href='/a'>Politics</a></li><li><a href='/b'>Sport</a></li></ul></nav>"
        + "<div id='main'><article><h1>France sends troops</h1>"
        + "<div class='byline'>By Jane Doe</div>"
        + "<figure><img src='x.jpg'><figcaption>Soldiers board a plane in Istres.</figcaption>"
        + "</figure>"
        + "<p>"
        + P1
        + "</p><h2>Allies</h2><p>"
        + P2
        + "</p><div class='social-share'>Share on Facebook Share on Twitter</div><p>"
        + P3
        + "</p>"
        + "<div class='related-articles'><h3>Related</h3><ul>"
        + "<li><a href='/1'>Mali: what we know about the rebels</a></li>"
        + "<li><a href='/2'>Five questions about the intervention</a></li></ul></div>"
        + "</article></div>"
        + "<aside><p>Most read: a long list of other stories, each one more enticing, click.</p>"
        + "</aside>"
        + "<footer>Copyright 2013 Daily Corp. All rights reserved.</footer>"
        + "<script>var x = 'script text must never show';</script>"
        + "</body></html>";
  }

  @Test
  void keepsTheArticleParagraphsAndSubheadings() {
    HtmlArticle a = extractor.extract(article(), "https://daily.example/world/1");
    assertThat(a.text()).isEqualTo(P1 + "\n\nAllies\n\n" + P2 + "\n\n" + P3);
    assertThat(a.title()).isEqualTo("France sends troops");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void classifiesWhatItRemoved() {
    List<Removed> removed = extractor.extract(article(), null).removed();
    assertThat(removed)
        .contains(
            new Removed(Removed.Kind.NAVIGATION, "Politics Sport"),
            new Removed(Removed.Kind.CAPTION, "Soldiers board a plane in Istres."),
            new Removed(Removed.Kind.BYLINE, "By Jane Doe"),
            new Removed(Removed.Kind.FOOTER, "Share on Facebook Share on Twitter"),
            new Removed(Removed.Kind.FOOTER, "Copyright 2013 Daily Corp. All rights reserved."));
    assertThat(removed).anyMatch(r -> r.kind() == Removed.Kind.TEASER && r.text().contains("Mali"));
    assertThat(removed).noneMatch(r -> r.text().contains("script text"));
  }

  @Test
  void removedListIsBounded() {
    StringBuilder html = new StringBuilder("<body><p>" + P1 + "</p><p>" + P2 + "</p>");
    String longCaption = "word ".repeat(400);
    for (int i = 0; i < 500; i++) {
      html.append("<figcaption>").append(longCaption).append(i).append("</figcaption>");
    }
    List<Removed> removed = extractor.extract(html.toString(), null).removed();
    assertThat(removed).hasSizeLessThanOrEqualTo(200);
    assertThat(removed).allMatch(r -> r.text().length() <= 501);
  }

  @Test
  void normalizesWhitespaceAndNoBreakSpaces() {
    HtmlArticle a =
        extractor.extract(
            "<body><div><p>One&nbsp;two \n\t three,   four, five, six, seven, eight words here.</p>"
                + "<p>"
                + P1
                + "</p></div></body>",
            null);
    assertThat(a.text()).startsWith("One two three, four, five, six, seven, eight words here.\n\n");
  }

  @Test
  void keepsLooseTextSeparatedByLineBreaks() {
    HtmlArticle a =
        extractor.extract(
            "<body><div class='post-body'>"
                + P1
                + "<br><br>"
                + P2
                + "<br><br>"
                + P3
                + "</div>"
                + "<div class='sidebar'><a href='/x'>Archive</a></div></body>",
            null);
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void dropsCommentThreads() {
    HtmlArticle a =
        extractor.extract(
            "<body><div class='story'><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></div><div id='comments'><p>"
                + P3
                + "</p></div></body>",
            null);
    assertThat(a.text()).doesNotContain("Abuja");
  }

  @Test
  void emptyAndNullInputGiveEmptyArticle() {
    for (String html : new String[] {"", null, "   ", "<html></html>", "<head><title>x</title>"}) {
      HtmlArticle a = extractor.extract(html, null);
      assertThat(a.text()).isEmpty();
      assertThat(a.removed()).isEmpty();
    }
  }

  @Test
  void toleratesBrokenMarkup() {
    String[] broken = {
      "<p>" + P1 + "<div><p>" + P2 + "</span></table>",
      "<<<>>><p class=>" + P1,
      "</body></html><p>" + P1 + "<p>" + P2,
      "<html><body><p>" + P1 + "<!-- unterminated comment",
      "<script>unterminated " + P1,
      "<p>" + P1 + "<svg><p>" + P2 + "</svg></p>",
      "\u0000\uFFFF<p>" + P1,
    };
    for (String html : broken) {
      HtmlArticle a = extractor.extract(html, "not a url");
      assertThat(a.text()).isNotNull();
    }
    assertThat(extractor.extract(broken[0], null).text()).contains("France would send");
  }

  @Test
  void deepNestingDoesNotOverflow() {
    String html = "<div>".repeat(20_000) + "<p>" + P1 + "</p>" + "</div>".repeat(20_000);
    assertThat(extractor.extract(html, null).text()).contains("France would send");
  }

  @Test
  void hugePageStaysFast() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; html.length() < 6_000_000; i++) {
      html.append("<div class='item-").append(i % 50).append("'><p>").append(P1).append("</p>");
      html.append("<ul><li><a href='/").append(i).append("'>link ").append(i).append("</a></li>");
      html.append("</ul><p>").append(P2).append("</p></div>");
    }
    html.append("</body></html>");
    long start = System.nanoTime();
    HtmlArticle a = extractor.extract(html.toString(), null);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(a.text()).isNotEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }
}
