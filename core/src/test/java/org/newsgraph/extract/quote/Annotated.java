package org.newsgraph.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Test inputs for the quote extractor without the annotate and entity stages: CoreNLP's tokenizer,
 * sentence splitter, tagger and lemmatizer (no NER: every token is "O"), and entities made by hand
 * from the forms that name them.
 */
final class Annotated {

  private static StanfordCoreNLP pipeline;

  private Annotated() {}

  private static synchronized StanfordCoreNLP pipeline() {
    if (pipeline == null) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      p.setProperty("tokenize.options", "invertible=true");
      pipeline = new StanfordCoreNLP(p);
    }
    return pipeline;
  }

  /** The text tokenized, split and tagged, with no names found. */
  static AnnotatedDocument of(String text) {
    Annotation a = new Annotation(text);
    pipeline().annotate(a);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int b = l.beginPosition();
        int e = l.endPosition();
        tokens.add(new Token(text.substring(b, e), b, e, l.tag(), l.lemma(), "O"));
      }
      if (!tokens.isEmpty()) {
        sentences.add(
            new Sentence(
                sentences.size(),
                tokens.get(0).start(),
                tokens.get(tokens.size() - 1).end(),
                tokens));
      }
    }
    CleanDocument doc =
        new CleanDocument(
            "0000000000000000", "test", null, null, null, null, "en", text, List.of(), List.of());
    return new AnnotatedDocument(doc, sentences, List.of(), List.of());
  }

  /** Builds entities whose mentions are every occurrence of the forms given. */
  static final class Entities {
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final boolean[] used;

    Entities(String text) {
      this.text = text;
      this.used = new boolean[text.length()];
    }

    Entities add(
        EntityType type, String name, List<String> titles, String country, String... forms) {
      List<String> sorted = new ArrayList<>(List.of(forms));
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      List<Mention> mentions = new ArrayList<>();
      for (String form : sorted) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
        while (m.find()) {
          boolean free = true;
          for (int i = m.start(); i < m.end() && free; i++) {
            free = !used[i];
          }
          if (free) {
            for (int i = m.start(); i < m.end(); i++) {
              used[i] = true;
            }
            mentions.add(new Mention(m.start(), m.end(), m.group()));
          }
        }
      }
      mentions.sort(Comparator.comparingInt(Mention::start));
      entities.add(
          new Entity("e" + (entities.size() + 1), name, type, null, country, titles, mentions));
      return this;
    }

    Entities person(String name, String... forms) {
      return add(EntityType.PERSON, name, List.of(), null, forms);
    }

    Entities org(String name, String... forms) {
      return add(EntityType.ORGANIZATION, name, List.of(), null, forms);
    }

    List<Entity> build() {
      return List.copyOf(entities);
    }
  }
}
