package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.RawDocument;

/**
 * The quote stage must add less than 15% to the pipeline's time: measured on the seed articles
 * against cleaning, annotation and entity extraction of the same texts, after a warm-up.
 */
class QuoteStageCostTest {

  private static final String[] SEEDS = {
    "000_12343c3d830a70f3",
    "001_685518e8b4fb9881",
    "002_b4ef9e226a05196e",
    "003_1989d84ef5c30114",
    "004_ac167c2f0acffaec"
  };

  @Test
  void quotesCostLittleNextToThePipeline() {
    DocumentCleaner cleaner = new DocumentCleaner();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    EntityExtractor entities = new EntityExtractor();
    QuoteExtractor quotes = new QuoteExtractor();
    List<String> raws = new ArrayList<>();
    for (String seed : SEEDS) {
      raws.add(read("/extract/quote/seeds/" + seed + ".txt"));
    }
    long pipeline = 0;
    long quoting = 0;
    int tokens = 0;
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < raws.size(); i++) {
        long t0 = System.nanoTime();
        CleanDocument clean = cleaner.clean(RawDocument.text(SEEDS[i], raws.get(i)));
        AnnotatedDocument doc = annotator.annotate(clean);
        List<Entity> found = entities.extract(doc);
        long t1 = System.nanoTime();
        quotes.extract(doc, found);
        long t2 = System.nanoTime();
        if (round > 0) {
          pipeline += t1 - t0;
          quoting += t2 - t1;
          tokens += doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        }
      }
    }
    double share = (double) quoting / pipeline;
    System.out.printf(
        "quote stage: %.1f ms for %d tokens (%.0f tokens/s), %.2f%% of clean+annotate+entities"
            + " (%.0f ms)%n",
        quoting / 1e6, tokens, tokens / (quoting / 1e9), 100 * share, pipeline / 1e6);
    assertThat(share).isLessThan(0.15);
  }

  private static String read(String resource) {
    try (InputStream in = QuoteStageCostTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
