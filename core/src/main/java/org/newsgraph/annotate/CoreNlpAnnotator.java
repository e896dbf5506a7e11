package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.LogRecordHandler;
import edu.stanford.nlp.util.logging.Redwood;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.model.CleanDocument;

/**
 * The annotate stage: sentences, tokens, part-of-speech tags, lemmas, CoNLL named entities and
 * SUTime time expressions, by Stanford CoreNLP. This is the only class that sees CoreNLP types; the
 * rest of newsgraph sees {@link AnnotatedDocument}.
 *
 * <p><b>Configuration</b> (why each CoreNLP property is set the way it is):
 *
 * <ul>
 *   <li>Annotators {@code tokenize,ssplit,pos,lemma,ner} ({@code depparse} added on request): what
 *       the extractors read, nothing more.
 *   <li>{@code ner.model} = the 4-class CoNLL CRF alone, {@code ner.applyFineGrained=false}: the
 *       default three CRFs plus the fine-grained gazetteer are about 3x slower for the same entity
 *       F1 (measured, see NOTES-corenlp), and the extractors only need PER/ORG/LOC/MISC. {@code
 *       ner.applyNumericClassifiers=false}: NUMBER, MONEY, PERCENT and ORDINAL are not used.
 *   <li>SUTime runs, with the document date from {@link CleanDocument#published()} so that "Sunday"
 *       resolves to a day, but outside NER ({@code ner.useSUTime=false}, a separate {@code
 *       TimeAnnotator}) and only on windows of tokens around time words and time-shaped numbers
 *       (see {@link TimeTriggers}). Inside NER it would run on every token of every sentence, which
 *       on Reuters costs three times as much as tagging and NER together; the windows find the same
 *       expressions for a third of that. Its holiday rules (jollyday) stay: "Christmas" and
 *       "Thanksgiving" are dates in news.
 *   <li>{@code ner.buildEntityMentions=false}: names are grouped here, as maximal runs of one CoNLL
 *       class in a sentence, which is cheaper than CoreNLP's mention annotator and gives exactly
 *       the spans {@link NamedMention} documents. (The CRF labels tokens, not spans, so two names
 *       of one class side by side become one mention either way.)
 *   <li>{@code ssplit.newlineIsSentenceBreak=always}: clean text never breaks a sentence across
 *       lines (the cleaner joins hard-wrapped lines and separates paragraphs by a blank line), so
 *       every line end is a sentence end and a headline or byline can never merge with the next
 *       paragraph, whether one or two newlines follow it.
 *   <li>The tokenizer keeps its defaults (the models were trained on that tokenization), except
 *       {@code untokenizable=noneDelete}: control characters and lone surrogates are dropped
 *       without a log line each. Token text is always the original characters, cut from the
 *       document text by offset, so curly quotes and dashes come out as written. "Jean-Yves" is
 *       split at the hyphen ("Jean", "-", "Yves") as CoreNLP 4 does, and a name mention spans all
 *       three.
 *   <li>{@code pos.maxlen} and {@code ner.maxlen} = 250 tokens: a "sentence" longer than that (a
 *       table or list without punctuation) is left untagged (tag {@code X}, entity class {@code O},
 *       no time expressions) rather than fed to the tagger and SUTime, whose cost grows faster than
 *       linearly with sentence length.
 * </ul>
 *
 * <p><b>Problems, not exceptions.</b> A document that CoreNLP fails on comes back with no
 * sentences, mentions or times and a problem appended to {@code document().problems()}; a document
 * longer than {@link Options#maxCharacters()} is annotated up to the last paragraph (or sentence,
 * or word) break before that limit, with a problem saying so. The text and offsets are never
 * changed: the offsets of what was annotated index the whole text.
 *
 * <p><b>Models</b> are loaded once per process: the first annotator pays the load (about 2.5 s;
 * with {@link Options#dependencies()} the parser's too), later ones share the same CoreNLP
 * pipeline, and the pre-tokenized path reuses the same tagger and CRF instances (CoreNLP's
 * annotator cache hands them back for identical properties).
 *
 * <p><b>Thread safety:</b> instances are immutable and safe to use from many threads at once. All
 * threads share one CoreNLP pipeline: its tokenizer, tagger, lemmatizer and NER annotators keep no
 * per-document state (CoreNLP's own multi-threaded {@code annotate} shares them the same way), and
 * per-document inputs such as the document date travel on the CoreNLP document, not in the
 * annotators; SUTime's per-document time index is made per call. {@code CoreNlpAnnotatorTest}
 * checks that two threads give the same results as one.
 */
public final class CoreNlpAnnotator {

  private static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /**
   * Sentences with more tokens are left untagged: news sentences rarely pass 100 tokens, and longer
   * ones are tables or lists without punctuation.
   */
  static final int MAX_SENTENCE_TOKENS = 250;

  /**
   * Pipelines by whether they parse: one per process, shared by all annotators and threads. Keyed
   * only by what changes the CoreNLP properties, so that no option reloads a model.
   */
  private static final Map<Boolean, Pipelines> PIPELINES = new ConcurrentHashMap<>();

  /**
   * How to annotate.
   *
   * @param dependencies also run CoreNLP's dependency parser: about 3x the annotation time (the
   *     parser alone takes ~60 CPU-seconds per 170k tokens, measured) and ~1.3 GB more memory.
   *     Reserved: the annotate records do not carry the parse yet, so nothing uses it.
   * @param maxCharacters annotate at most this many characters of a document's text
   */
  public record Options(boolean dependencies, int maxCharacters) {
    /**
     * Default cap on the characters annotated: far beyond a news article (~5,000), and about 10 s
     * of CoreNLP time on one core.
     */
    public static final int DEFAULT_MAX_CHARACTERS = 100_000;

    /**
     * @throws IllegalArgumentException if maxCharacters is less than 1
     */
    public Options {
      if (maxCharacters < 1) {
        throw new IllegalArgumentException("maxCharacters must be at least 1: " + maxCharacters);
      }
    }

    /** No dependency parse, the default character cap. */
    public static Options defaults() {
      return new Options(false, DEFAULT_MAX_CHARACTERS);
    }
  }

  private final Options options;
  private final Pipelines pipelines;

  /** An annotator with {@link Options#defaults()}; loads the models unless already loaded. */
  public CoreNlpAnnotator() {
    this(Options.defaults());
  }

  /**
   * An annotator with the given options; loads the models unless already loaded with them.
   *
   * @throws NullPointerException if options is null
   */
  public CoreNlpAnnotator(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    this.pipelines = PIPELINES.computeIfAbsent(options.dependencies(), Pipelines::new);
  }

  /** The options this annotator was made with. */
  public Options options() {
    return options;
  }

  /**
   * Annotates one document. Never throws on odd content: see the class comment for what happens to
   * a document CoreNLP fails on or one that is too long.
   *
   * @param doc the document; its text may be empty (then there are no sentences)
   * @return the annotation; its {@code document()} is {@code doc}, or a copy of it with problems
   *     appended
   * @throws NullPointerException if doc is null
   */
  public AnnotatedDocument annotate(CleanDocument doc) {
    return annotate(doc, true);
  }

  /**
   * {@link #annotate(CleanDocument)}, with SUTime on trigger windows only ({@code windowed}) or on
   * every whole sentence (for tests that check the windows lose nothing).
   */
  AnnotatedDocument annotate(CleanDocument doc, boolean windowed) {
    Objects.requireNonNull(doc, "doc");
    String text = doc.text();
    int limit = cut(text, options.maxCharacters());
    List<String> problems = new ArrayList<>();
    if (limit < text.length()) {
      problems.add(
          "annotated only the first "
              + limit
              + " of "
              + text.length()
              + " characters (limit "
              + options.maxCharacters()
              + ")");
    }
    if (text.isBlank()) {
      return new AnnotatedDocument(doc, List.of(), List.of(), List.of());
    }
    Annotation annotation = new Annotation(limit < text.length() ? text.substring(0, limit) : text);
    String docDate = doc.published() == null ? "" : doc.published().toString();
    try {
      pipelines.document.annotate(annotation);
      Converted converted = convert(text, annotation, docDate, windowed, problems);
      return new AnnotatedDocument(
          withProblems(doc, problems), converted.sentences, converted.mentions, converted.times);
    } catch (RuntimeException | StackOverflowError e) {
      // CoreNLP throws unchecked exceptions of many kinds on pathological input; one document's
      // failure must not end the run.
      problems.add("annotation failed: " + e);
      return new AnnotatedDocument(withProblems(doc, problems), List.of(), List.of(), List.of());
    }
  }

  /**
   * Tags text that is already tokenized and split into sentences (for evaluation on CoNLL-style
   * data): the given tokens and sentences are kept as they are, and get part-of-speech tags, lemmas
   * and CoNLL entity classes from the same models as {@link #annotate}. Offsets index the tokens
   * joined by single spaces, sentences by newlines. As in {@link #annotate}, a sentence of more
   * than 250 tokens is left untagged ({@code X}, {@code O}). No time expressions are looked for.
   * Thread-safe like {@link #annotate}.
   *
   * @param sentences the sentences, each a list of non-empty tokens; an empty sentence gives an
   *     empty list
   * @return one list of tokens per sentence, in order
   * @throws IllegalArgumentException if a token is null or empty
   * @throws IllegalStateException if CoreNLP fails on the input
   */
  public List<List<Token>> annotateTokens(List<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> coreSentences = new ArrayList<>();
    for (List<String> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      int sentenceStart = text.length();
      int firstToken = all.size();
      List<CoreLabel> tokens = new ArrayList<>(sentence.size());
      for (String word : sentence) {
        if (word == null || word.isEmpty()) {
          throw new IllegalArgumentException("a token must not be null or empty: " + sentence);
        }
        if (text.length() > sentenceStart) {
          text.append(' ');
        }
        CoreLabel label = new CoreLabel();
        label.setWord(word);
        label.setValue(word);
        label.setOriginalText(word);
        label.setBeginPosition(text.length());
        text.append(word);
        label.setEndPosition(text.length());
        label.setIndex(tokens.size() + 1);
        label.setSentIndex(coreSentences.size());
        label.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        label.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        label.set(CoreAnnotations.IsNewlineAnnotation.class, false);
        label.setBefore(tokens.isEmpty() ? (coreSentences.isEmpty() ? "" : "\n") : " ");
        label.setAfter(" ");
        tokens.add(label);
        all.add(label);
      }
      CoreMap coreSentence = new ArrayCoreMap();
      coreSentence.set(
          CoreAnnotations.TextAnnotation.class, text.substring(sentenceStart, text.length()));
      coreSentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentenceStart);
      coreSentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
      coreSentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      coreSentence.set(CoreAnnotations.SentenceIndexAnnotation.class, coreSentences.size());
      coreSentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
      coreSentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      coreSentences.add(coreSentence);
      text.append('\n');
    }
    Annotation annotation = new Annotation(text.toString());
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, coreSentences);
    if (!all.isEmpty()) {
      try {
        pipelines.pretokenized.annotate(annotation);
      } catch (RuntimeException | StackOverflowError e) {
        throw new IllegalStateException("CoreNLP failed on pre-tokenized input: " + e, e);
      }
    }
    List<List<Token>> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (List<String> sentence : sentences) {
      if (sentence.isEmpty()) {
        out.add(List.of());
        continue;
      }
      List<CoreLabel> tokens =
          coreSentences.get(next++).get(CoreAnnotations.TokensAnnotation.class);
      List<Token> converted = new ArrayList<>(tokens.size());
      for (CoreLabel label : tokens) {
        converted.add(token(label.originalText(), label));
      }
      out.add(List.copyOf(converted));
    }
    return List.copyOf(out);
  }

  /**
   * {@link #annotateTokens} shaped as a document, for running the extractors on pre-tokenized
   * evaluation data: the text is the tokens joined by single spaces, sentences by newlines (empty
   * sentences are skipped), and the names are read from the CoNLL classes as in {@link #annotate}.
   * The document has no date and no time expressions.
   *
   * @param id the document's id and source, for messages
   * @throws IllegalArgumentException if a token is null or empty
   * @throws IllegalStateException if CoreNLP fails on the input
   */
  public AnnotatedDocument annotateTokenized(String id, List<List<String>> sentences) {
    List<List<Token>> tagged = annotateTokens(sentences);
    // The same text annotateTokens built: its offsets index it.
    StringBuilder text = new StringBuilder();
    List<Sentence> converted = new ArrayList<>();
    for (List<Token> tokens : tagged) {
      if (tokens.isEmpty()) {
        continue;
      }
      for (Token t : tokens) {
        if (text.length() < t.start()) {
          text.append(' ');
        }
        text.append(t.text());
      }
      converted.add(
          new Sentence(
              converted.size(),
              tokens.get(0).start(),
              tokens.get(tokens.size() - 1).end(),
              tokens));
      text.append('\n');
    }
    String joined = text.toString();
    List<NamedMention> mentions = new ArrayList<>();
    for (Sentence sentence : converted) {
      addNamedMentions(joined, sentence, mentions);
    }
    CleanDocument doc =
        new CleanDocument(id, id, null, null, null, null, "en", joined, List.of(), List.of());
    return new AnnotatedDocument(doc, converted, mentions, List.of());
  }

  private record Converted(
      List<Sentence> sentences, List<NamedMention> mentions, List<TimeMention> times) {}

  private Converted convert(
      String text, Annotation annotation, String docDate, boolean windowed, List<String> problems) {
    SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<NamedMention> mentions = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    int untagged = 0;
    for (CoreMap coreSentence : coreSentences) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      if (labels.size() > MAX_SENTENCE_TOKENS) {
        untagged++;
      }
      int index = sentences.size();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(token(text.substring(label.beginPosition(), label.endPosition()), label));
      }
      Sentence sentence =
          new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
      sentences.add(sentence);
      addNamedMentions(text, sentence, mentions);
      if (labels.size() <= MAX_SENTENCE_TOKENS) {
        addTimeMentions(text, index, coreSentence, labels, docDate, windowed, timeIndex, times);
      }
    }
    if (untagged > 0) {
      problems.add(
          untagged + " sentence(s) longer than " + MAX_SENTENCE_TOKENS + " tokens left untagged");
    }
    return new Converted(sentences, mentions, times);
  }

  private static Token token(String text, CoreLabel label) {
    String pos = label.tag();
    String lemma = label.lemma();
    return new Token(
        text,
        label.beginPosition(),
        label.endPosition(),
        pos == null ? "X" : pos,
        lemma == null ? label.word() : lemma,
        conll(label.ner()));
  }

  /** CoreNLP's class of a token as a CoNLL class; numeric and time classes are no names. */
  static String conll(String ner) {
    if (ner == null) {
      return "O";
    }
    return switch (ner) {
      case "PERSON", "PER" -> "PER";
      case "ORGANIZATION", "ORG" -> "ORG";
      case "LOCATION", "LOC" -> "LOC";
      case "MISC" -> "MISC";
      default -> "O";
    };
  }

  private static void addNamedMentions(String text, Sentence sentence, List<NamedMention> out) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      if (type.equals("O")) {
        i++;
        continue;
      }
      int first = i;
      while (i < tokens.size() && tokens.get(i).ner().equals(type)) {
        i++;
      }
      int start = tokens.get(first).start();
      int end = tokens.get(i - 1).end();
      out.add(
          new NamedMention(
              start, end, text.substring(start, end), type, sentence.index(), first, i));
    }
  }

  /**
   * Runs SUTime on the trigger windows of one sentence (see {@link TimeTriggers}), or on the whole
   * sentence, and adds what it finds.
   */
  private void addTimeMentions(
      String text,
      int sentence,
      CoreMap coreSentence,
      List<CoreLabel> labels,
      String docDate,
      boolean windowed,
      SUTime.TimeIndex timeIndex,
      List<TimeMention> out) {
    List<int[]> windows;
    if (windowed) {
      List<String> words = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        words.add(label.word());
      }
      windows = TimeTriggers.windows(words);
    } else {
      windows = List.<int[]>of(new int[] {0, labels.size()});
    }
    for (int[] window : windows) {
      CoreMap part =
          window[0] == 0 && window[1] == labels.size()
              ? coreSentence
              : part(text, coreSentence, labels, window[0], window[1]);
      for (CoreMap found : pipelines.time.annotateSingleSentence(part, docDate, timeIndex)) {
        Timex timex = found.get(TimeAnnotations.TimexAnnotation.class);
        Integer start = found.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = found.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (timex == null || start == null || end == null || start >= end) {
          continue;
        }
        String type = timex.timexType();
        out.add(
            new TimeMention(
                start,
                end,
                text.substring(start, end),
                type == null ? "DATE" : type,
                timex.value(),
                sentence));
      }
    }
  }

  /** A stretch of a sentence, shaped as SUTime wants a sentence. */
  private static CoreMap part(
      String text, CoreMap sentence, List<CoreLabel> labels, int from, int to) {
    List<CoreLabel> tokens = labels.subList(from, to);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int offset = firstToken == null ? 0 : firstToken;
    CoreMap part = new ArrayCoreMap();
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    part.set(
        CoreAnnotations.SentenceIndexAnnotation.class,
        sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    part.set(CoreAnnotations.TokenBeginAnnotation.class, offset + from);
    part.set(CoreAnnotations.TokenEndAnnotation.class, offset + to);
    return part;
  }

  private static CleanDocument withProblems(CleanDocument doc, List<String> problems) {
    if (problems.isEmpty()) {
      return doc;
    }
    List<String> all = new ArrayList<>(doc.problems());
    all.addAll(problems);
    return new CleanDocument(
        doc.id(),
        doc.source(),
        doc.url(),
        doc.title(),
        doc.published(),
        doc.publishedFrom(),
        doc.language(),
        doc.text(),
        doc.removed(),
        all);
  }

  /**
   * Where to cut a text to at most {@code max} characters: the text's length if it fits, else the
   * last paragraph break, else the last line or sentence end, else the last space before {@code
   * max} (in its second half, so a cut never loses more than half), else {@code max} itself, moved
   * off the middle of a surrogate pair.
   */
  static int cut(String text, int max) {
    if (text.length() <= max) {
      return text.length();
    }
    int half = max / 2;
    int paragraph = text.lastIndexOf("\n\n", max - 2);
    if (paragraph >= half) {
      return paragraph;
    }
    int line = text.lastIndexOf('\n', max - 1);
    if (line >= half) {
      return line;
    }
    int sentence = text.lastIndexOf(". ", max - 2);
    if (sentence >= half) {
      return sentence + 1;
    }
    int space = text.lastIndexOf(' ', max - 1);
    if (space >= half) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
  }

  /** The CoreNLP pipelines for one set of options. */
  private static final class Pipelines {
    static {
      quietLogging();
    }

    final StanfordCoreNLP document;
    final StanfordCoreNLP pretokenized;
    final TimeAnnotator time;

    Pipelines(boolean dependencies) {
      Properties props = new Properties();
      props.setProperty(
          "annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
      props.setProperty("tokenize.language", "en");
      props.setProperty("tokenize.options", "untokenizable=noneDelete");
      props.setProperty("ssplit.newlineIsSentenceBreak", "always");
      props.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
      props.setProperty("ner.model", NER_MODEL);
      props.setProperty("ner.applyFineGrained", "false");
      // SUTime runs on its own, on trigger windows (see TimeTriggers); inside NER it would run on
      // every sentence, with the numeric classifiers that newsgraph does not use.
      props.setProperty("ner.applyNumericClassifiers", "false");
      props.setProperty("ner.useSUTime", "false");
      props.setProperty("ner.buildEntityMentions", "false");
      props.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
      if (dependencies) {
        props.setProperty("depparse.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
      }
      document = new StanfordCoreNLP(props);
      // The same tagger and NER properties: CoreNLP's annotator cache hands back the instances
      // just loaded, so nothing is loaded twice.
      Properties tagOnly = (Properties) props.clone();
      tagOnly.setProperty("annotators", "pos,lemma,ner");
      pretokenized = new StanfordCoreNLP(tagOnly, false);
      time = new TimeAnnotator("sutime", props, true);
    }
  }

  /**
   * Sends CoreNLP's log (Redwood) to stderr, warnings and errors only: its loading chatter is
   * noise, and stdout is where newsgraph writes records.
   */
  private static void quietLogging() {
    RedwoodConfiguration.current()
        .clear()
        .handlers(
            RedwoodConfiguration.Handlers.chain(
                new LogRecordHandler() {
                  @Override
                  public List<Redwood.Record> handle(Redwood.Record record) {
                    for (Object channel : record.channels()) {
                      if (channel == Redwood.WARN || channel == Redwood.ERR) {
                        return List.of(record);
                      }
                    }
                    return record.force() ? List.of(record) : LogRecordHandler.EMPTY;
                  }
                },
                RedwoodConfiguration.Handlers.stderr))
        .apply();
  }
}
