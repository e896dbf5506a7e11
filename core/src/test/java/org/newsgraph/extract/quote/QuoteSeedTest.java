package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.RawDocument;

/**
 * Acceptance on the five seed articles, through the real stages: cleaner, CoreNLP annotator, entity
 * extractor, quote extractor. Every direct quote must be found with its speaker.
 */
class QuoteSeedTest {

  private static final DocumentCleaner CLEANER = new DocumentCleaner();
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static final EntityExtractor ENTITIES = new EntityExtractor();
  private static final QuoteExtractor QUOTES = new QuoteExtractor();
  private static final Map<String, List<Quote>> DONE = new ConcurrentHashMap<>();

  static List<Quote> quotes(String seed) {
    return DONE.computeIfAbsent(
        seed,
        name -> {
          String raw = read("/extract/quote/seeds/" + name + ".txt");
          CleanDocument clean = CLEANER.clean(RawDocument.text(name, raw));
          AnnotatedDocument doc = ANNOTATOR.annotate(clean);
          List<Entity> entities = ENTITIES.extract(doc);
          return QUOTES.extract(doc, entities);
        });
  }

  private static String read(String resource) {
    try (InputStream in = QuoteSeedTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * seed, the start of the quoted words, a word of the speaker's name (or the unnamed description),
   * the speaker mention, partial.
   */
  @ParameterizedTest(name = "{0}: {1} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          000_12343c3d830a70f3 | France is available        | Le Drian    | Le Drian        | false
          000_12343c3d830a70f3 | Libya is a sovereign       | Le Drian    | he              | false
          000_12343c3d830a70f3 | We are gradually           | Le Drian    | Le Drian        | false
          000_12343c3d830a70f3 | terrorist groups           | Le Drian    | he              | true
          000_12343c3d830a70f3 | As one could see           | Le Drian    | the minister    | false
          000_12343c3d830a70f3 | decided to preserve        | Le Drian    | Le Drian        | true
          001_685518e8b4fb9881 | [The Defense Department]   | Baldanza    | Michelle Baldanza | false
          001_685518e8b4fb9881 | We also continue           | Baldanza    | Baldanza        | false
          001_685518e8b4fb9881 | The idea is                | one defense official | one defense official | false
          001_685518e8b4fb9881 | Action in Libya            | another     | another         | false
          001_685518e8b4fb9881 | [IS militants]             | Le Drian    | LE Drian        | false
          001_685518e8b4fb9881 | When good weather          | Le Drian    | he              | false
          001_685518e8b4fb9881 | transferring conflict      | Le Drian    | The top French official | true
          001_685518e8b4fb9881 | only way to eradicate      | Le Drian    | The top French official | true
          001_685518e8b4fb9881 | There must be              | Le Drian    | he              | false
          001_685518e8b4fb9881 | The President directed     | White House | White House     | false
          001_685518e8b4fb9881 | We don’t want to be        | Carter      | he              | false
          001_685518e8b4fb9881 | a small number             | Cook        | Peter Cook      | true
          001_685518e8b4fb9881 | to engage in               | Cook        | he              | true
          001_685518e8b4fb9881 | military options           | Cook        | He              | true
          001_685518e8b4fb9881 | Congress has been          | a spokesman for House Speaker Paul Ryan | a spokesman for House Speaker Paul Ryan | false
          001_685518e8b4fb9881 | We’ll see                  | a spokesman for House Speaker Paul Ryan | a spokesman for House Speaker Paul Ryan | false
          002_b4ef9e226a05196e | We are not alone           | Fabius      | Fabius          | false
          002_b4ef9e226a05196e | It isn’t France’s role     | Fabius      | Fabius          | false
          002_b4ef9e226a05196e | By intervening             | Fabius      | Fabius          | false
          002_b4ef9e226a05196e | France has attacked        | Dardar      | Abou Dardar     | false
          002_b4ef9e226a05196e | Everywhere                 | Dardar      | Dardar          | false
          002_b4ef9e226a05196e | They took Diabaly          | Le Drian    | he              | false
          002_b4ef9e226a05196e | as long as                 | Hollande    | François Hollande | true
          002_b4ef9e226a05196e | We're ready to help        | Assarid     | Moussa Ag Assarid | false
          002_b4ef9e226a05196e | We have not come           | Mabin       | Mabin           | false
          002_b4ef9e226a05196e | It seems to be             | Mallet      | Alain Mallet    | false
          002_b4ef9e226a05196e | The Islamist groups        | Mallet      | Alain Mallet    | false
          003_1989d84ef5c30114 | the intensification        | Foreign Ministry | Foreign Ministry | true
          003_1989d84ef5c30114 | These interferences        | a French presidential official | a French presidential official | false
          003_1989d84ef5c30114 | Turkey is supposed         | a French presidential official | a French presidential official | false
          003_1989d84ef5c30114 | core principles            | Cavuşolğu   | Cavuşolğu       | true
          003_1989d84ef5c30114 | For a lasting ceasefire    | Cavuşolğu   | the minister    | false
          003_1989d84ef5c30114 | A result was supposed      | a Turkish official | the official | false
          003_1989d84ef5c30114 | One of the main issues     | a Turkish official | the official | false
          004_ac167c2f0acffaec | Last week, the Libyan      | Rasmussen   | the Secretary General | false
          004_ac167c2f0acffaec | to decide on the way       | Rasmussen   | Rasmussen       | true
          004_ac167c2f0acffaec | I believe this             | Rasmussen   | Rasmussen       | false
          004_ac167c2f0acffaec | If we engage               | Rasmussen   | he              | false
          004_ac167c2f0acffaec | really very hot            | one diplomat | one diplomat   | true
          """)
  void everyDirectQuoteWithItsSpeaker(
      String seed, String start, String speaker, String mention, boolean partial) {
    List<Quote> found =
        quotes(seed).stream().filter(q -> q.direct() && q.text().startsWith(start)).toList();
    assertThat(found).as("direct quotes starting with %s", start).hasSize(1);
    Quote q = found.get(0);
    assertThat(q.speaker()).contains(speaker);
    assertThat(q.speakerMention()).isNotNull();
    assertThat(q.speakerMention().text()).isEqualTo(mention);
    assertThat(q.partial()).isEqualTo(partial);
    boolean named = !Character.isLowerCase(speaker.charAt(0));
    assertThat(q.speakerEntity() != null).as("speaker entity of %s", q).isEqualTo(named);
  }

  @Test
  void theNatoArticlesMixedMarksMakeOneInterruptedQuote() {
    Quote q =
        quotes("004_ac167c2f0acffaec").stream()
            .filter(x -> x.text().startsWith("Last week"))
            .findFirst()
            .orElseThrow();
    assertThat(q.text()).endsWith("We acted quickly to respond");
    assertThat(q.cue()).isEqualTo("explained");
  }

  @Test
  void scareQuotesNamesAndHeadingsAreNotQuotes() {
    assertThat(quotes("001_685518e8b4fb9881")).noneMatch(q -> q.text().equals("back up"));
    assertThat(quotes("002_b4ef9e226a05196e"))
        .noneMatch(q -> q.direct() && q.text().equals("Kojak"))
        .noneMatch(q -> q.direct() && q.text().startsWith("We will strike at the heart of France"))
        .noneMatch(q -> q.text().equals("ready to help"));
    assertThat(quotes("004_ac167c2f0acffaec"))
        .noneMatch(q -> q.text().equals("off shore"))
        .noneMatch(q -> q.text().equals("National Guard"));
  }

  @Test
  void reportedSpeechOfTheSeeds() {
    assertThat(quotes("000_12343c3d830a70f3"))
        .anySatisfy(
            q -> {
              assertThat(q.direct()).isFalse();
              assertThat(q.text()).startsWith("France is willing help Libya");
              assertThat(q.speaker()).contains("Le Drian");
            })
        .anySatisfy(
            q -> {
              assertThat(q.direct()).isFalse();
              assertThat(q.text()).startsWith("France remained committed");
              assertThat(q.speakerMention().text()).isEqualTo("He");
              assertThat(q.speaker()).contains("Le Drian");
            });
    assertThat(quotes("003_1989d84ef5c30114"))
        .anySatisfy(
            q -> {
              assertThat(q.direct()).isFalse();
              assertThat(q.text()).isEqualTo("Discussions were continuing behind closed doors");
              assertThat(q.speaker()).isEqualTo("a Turkish official");
            });
  }
}
