package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private HtmlArticle page(String head, String body) {
    return extractor.extract(
        "<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://example.com/news/story.html");
  }

  @Test
  void ogTitleWinsAndLosesTheSiteName() {
    HtmlArticle a =
        page(
            "<title>Ignored | Example</title><meta property='og:site_name' content='Example News'>"
                + "<meta property='og:title' content='Rain floods the valley | Example News'>",
            "<h1>Something else entirely here</h1>");
    assertThat(a.title()).isEqualTo("Rain floods the valley");
  }

  @Test
  void jsonLdHeadlineWhenNoOpenGraph() {
    HtmlArticle a =
        page(
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Ministers meet in Paris\","
                + "\"datePublished\":\"2013-01-14T09:00:00+01:00\"}</script>",
            "");
    assertThat(a.title()).isEqualTo("Ministers meet in Paris");
    assertThat(a.published()).isEqualTo(LocalDate.of(2013, 1, 14));
  }

  @Test
  void htmlTitleLosesShortSuffixWhenNothingBetter() {
    HtmlArticle a = page("<title>France seeks allies in Mali operation - The Daily</title>", "");
    assertThat(a.title()).isEqualTo("France seeks allies in Mali operation");
  }

  @Test
  void h1BeforeHtmlTitle() {
    HtmlArticle a = page("<title>Site | Section</title>", "<h1>A long enough headline</h1>");
    assertThat(a.title()).isEqualTo("A long enough headline");
  }

  @Test
  void publishedFromMetaVariants() {
    assertThat(
            page("<meta property='article:published_time' content='2019-11-19T07:03:25Z'>", "")
                .published())
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(page("<meta name='pubdate' content='20180808'>", "").published())
        .isEqualTo(LocalDate.of(2018, 8, 8));
    assertThat(page("<meta name='date' content='June 4, 2013'>", "").published())
        .isEqualTo(LocalDate.of(2013, 6, 4));
    assertThat(
            page("", "<span itemprop='datePublished' content='2015-06-21'>21 jun</span>")
                .published())
        .isEqualTo(LocalDate.of(2015, 6, 21));
    assertThat(page("", "<p>x</p><time datetime='2020-02-29T10:00'>Feb 29</time>").published())
        .isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void publishedBeatsModified() {
    HtmlArticle a =
        page(
            "<meta property='article:modified_time' content='2020-01-02'>"
                + "<meta property='article:published_time' content='2020-01-01'>",
            "");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertThat(HtmlMetadata.parseDate("2019-02-30")).isNull();
    assertThat(HtmlMetadata.parseDate("not a date")).isNull();
    assertThat(HtmlMetadata.parseDate("12 Sept 2019")).isEqualTo(LocalDate.of(2019, 9, 12));
  }

  @Test
  void canonicalIsResolvedAgainstTheBaseUrl() {
    assertThat(page("<link rel='canonical' href='/news/a-story'>", "").url())
        .isEqualTo("https://example.com/news/a-story");
    assertThat(page("<meta property='og:url' content='https://other.org/x'>", "").url())
        .isEqualTo("https://other.org/x");
    assertThat(extractor.extract("<link rel=canonical href='/rel'>", null).url()).isNull();
  }

  @Test
  void languageIsTwoLowerCaseLetters() {
    assertThat(extractor.extract("<html lang='en-US'><body></body></html>", null).language())
        .isEqualTo("en");
    assertThat(
            extractor
                .extract("<meta http-equiv='Content-Language' content='FR'><p>x</p>", null)
                .language())
        .isEqualTo("fr");
    assertThat(extractor.extract("<meta property='og:locale' content='pt_BR'>", null).language())
        .isEqualTo("pt");
    assertThat(extractor.extract("<html lang='x'><p>x</p></html>", null).language()).isNull();
  }

  @Test
  void brokenJsonLdIsIgnored() {
    HtmlArticle a =
        page(
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", headline: </script>"
                + "<title>Fallback title for the page</title>",
            "");
    assertThat(a.title()).isEqualTo("Fallback title for the page");
  }
}
