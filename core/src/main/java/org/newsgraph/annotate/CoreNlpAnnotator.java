package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.LabeledScoredTreeFactory;
import edu.stanford.nlp.trees.PennTreeReader;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeNormalizer;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.LogRecordHandler;
import edu.stanford.nlp.util.logging.Redwood;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;

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
   * Trees nested deeper are refused: CoreNLP walks trees recursively, and parses of real sentences
   * stay under a hundred levels.
   */
  static final int MAX_TREE_DEPTH = 500;

  /**
   * Pipelines by whether they parse: one per process, shared by all annotators and threads. Keyed
   * only by what changes the CoreNLP properties, so that no option reloads a model.
   */
  private static final Map<Boolean, Pipelines> PIPELINES = new ConcurrentHashMap<>();

  /**
   * How to annotate.
   *
   * @param dependencies also run CoreNLP's dependency parser (the neural UD model), and fill each
   *     {@link Sentence#parse()} with the basic and enhanced++ UD parse (see {@link
   *     DependencyParse} for why both); without it every sentence's parse is {@link
   *     DependencyParse#NONE}. Costs about 3.4x the CPU of annotation without it (about 2,200
   *     tokens per CPU-second for the parser alone, measured on Reuters) and a few hundred MB more
   *     memory.
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
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        TagRepairs.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
      Converted converted = convert(text, annotation, docDate, windowed, problems);
      AnnotatedDocument annotated =
          new AnnotatedDocument(
              withProblems(doc, problems),
              converted.sentences,
              converted.mentions,
              converted.times);
      // parsed after the tag repairs, on the same tokens and tags as the selective parse
      return options.dependencies() ? parse(annotated, sentence -> true) : annotated;
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
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (CoreMap coreSentence : tagPretokenized(sentences, null)) {
      out.add(coreSentence == null ? List.of() : tokens(coreSentence));
    }
    return List.copyOf(out);
  }

  /** The tokens of a sentence CoreNLP annotated, with their original text. */
  private static List<Token> tokens(CoreMap coreSentence) {
    List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> converted = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      converted.add(token(label.originalText(), label));
    }
    return List.copyOf(converted);
  }

  /**
   * Runs the pre-tokenized pipeline on the sentences; one CoreNLP sentence per given sentence, in
   * order, null for an empty one. Offsets index the tokens joined by single spaces, sentences by
   * newlines. With {@code tags} (one per token) the tokens keep those tags and get only lemmas and
   * entity classes; without, the tagger runs (and the parser, with {@link Options#dependencies()}).
   */
  private List<CoreMap> tagPretokenized(List<List<String>> sentences, List<List<String>> tags) {
    StringBuilder text = new StringBuilder();
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> coreSentences = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> sentence = sentences.get(s);
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
        if (tags != null) {
          label.setTag(tags.get(s).get(tokens.size()));
        }
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
        (tags == null ? pipelines.pretokenized : pipelines.pretagged).annotate(annotation);
      } catch (RuntimeException | StackOverflowError e) {
        throw new IllegalStateException("CoreNLP failed on pre-tokenized input: " + e, e);
      }
    }
    List<CoreMap> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (List<String> sentence : sentences) {
      out.add(sentence.isEmpty() ? null : coreSentences.get(next++));
    }
    return out;
  }

  /**
   * {@link #annotateTokens} shaped as a document, for running the extractors on pre-tokenized
   * evaluation data: the text is the tokens joined by single spaces, sentences by newlines (empty
   * sentences are skipped), and the names are read from the CoNLL classes as in {@link #annotate}.
   * The document has no date and no time expressions. With {@link Options#dependencies()} the
   * sentences carry their dependency parse, as in {@link #annotate}.
   *
   * @param id the document's id and source, for messages
   * @throws IllegalArgumentException if a token is null or empty
   * @throws IllegalStateException if CoreNLP fails on the input
   */
  public AnnotatedDocument annotateTokenized(String id, List<List<String>> sentences) {
    List<List<Token>> tagged = new ArrayList<>();
    List<DependencyParse> parses = new ArrayList<>();
    for (CoreMap coreSentence : tagPretokenized(sentences, null)) {
      if (coreSentence != null) {
        List<Token> tokens = tokens(coreSentence);
        tagged.add(tokens);
        parses.add(parse(coreSentence, tokens.size()));
      }
    }
    return joined(id, null, tagged, parses, List.of());
  }

  /**
   * Sentences from constituency parses in Penn Treebank brackets, as CoreNLP's parser writes them
   * (for the PETRARCH validation suite, whose records carry such trees): the words and
   * part-of-speech tags are the tree's, lemmas and CoNLL entity classes come from the same models
   * as {@link #annotate}, and each sentence's {@link Sentence#parse()} is converted from the tree
   * by CoreNLP's own converter to the same basic and enhanced++ UD as the dependency parser gives
   * (whatever {@link Options#dependencies()} says: the conversion loads no model).
   *
   * <p>The text is the words joined by single spaces, sentences by newlines, bracket escapes undone
   * ({@code -LRB-} is "("); one sentence per tree that could be read, in order. Lenient about
   * layout (line breaks and spaces anywhere between brackets, an unlabelled outer bracket as
   * CoreNLP writes it, {@code ( (S ...) )}); old-style {@code AUX}, {@code AUXD}, {@code AUXZ} ...
   * tags are read as {@code VB}, {@code VBD}, {@code VBZ} .... A tree whose brackets do not
   * balance, that holds more than one tree or no words, or is nested more than 500 deep, is left
   * out with a problem on the document naming its position; a tree of more than 250 words, or one
   * the converter fails on, keeps its words with no parse, and a problem. The document has no time
   * expressions.
   *
   * @param id the document's id and source, for messages
   * @param trees the trees, one per sentence
   * @param published the document's date, or null
   * @throws NullPointerException if id or trees or one of the trees is null
   * @throws IllegalStateException if CoreNLP fails on the words (not on a tree)
   */
  public AnnotatedDocument annotateTrees(String id, List<String> trees, LocalDate published) {
    Objects.requireNonNull(id, "id");
    List<String> problems = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    List<DependencyParse> parses = new ArrayList<>();
    for (int i = 0; i < trees.size(); i++) {
      String bracketed = Objects.requireNonNull(trees.get(i), "tree");
      Tree tree = readTree(bracketed, i, problems);
      if (tree == null) {
        continue;
      }
      List<String> sentenceWords = new ArrayList<>();
      List<String> sentenceTags = new ArrayList<>();
      for (Tree leaf : tree.getLeaves()) {
        Tree parent = leaf.parent(tree);
        sentenceWords.add(unescape(leaf.value()));
        sentenceTags.add(parent == null ? "X" : parent.value());
      }
      words.add(sentenceWords);
      tags.add(sentenceTags);
      if (sentenceWords.size() > MAX_SENTENCE_TOKENS) {
        problems.add(
            "tree "
                + (i + 1)
                + ": more than "
                + MAX_SENTENCE_TOKENS
                + " words, left without a dependency parse");
        parses.add(DependencyParse.NONE);
        continue;
      }
      try {
        GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(tree, w -> true);
        parses.add(
            parse(
                SemanticGraphFactory.generateUncollapsedDependencies(structure),
                SemanticGraphFactory.generateEnhancedPlusPlusDependencies(structure),
                sentenceWords.size(),
                null));
      } catch (RuntimeException | StackOverflowError e) {
        problems.add("tree " + (i + 1) + ": no dependency parse: " + e);
        parses.add(DependencyParse.NONE);
      }
    }
    List<List<Token>> tagged = new ArrayList<>();
    for (CoreMap coreSentence : tagPretokenized(words, tags)) {
      tagged.add(tokens(coreSentence));
    }
    return joined(id, published, tagged, parses, problems);
  }

  /**
   * Reads one bracketed tree, normalized for the UD converter (see {@link #annotateTrees}), or
   * returns null and adds a problem.
   */
  private static Tree readTree(String bracketed, int position, List<String> problems) {
    String where = "tree " + (position + 1) + ": ";
    int depth = 0;
    int top = 0;
    for (int i = 0; i < bracketed.length(); i++) {
      char c = bracketed.charAt(i);
      if (c == '(') {
        if (depth == 0) {
          top++;
        }
        depth++;
        if (depth > MAX_TREE_DEPTH) {
          problems.add(where + "nested deeper than " + MAX_TREE_DEPTH + " brackets");
          return null;
        }
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          problems.add(where + "a ')' without its '(' at character " + i);
          return null;
        }
      }
    }
    if (depth > 0) {
      problems.add(where + depth + " '(' never closed");
      return null;
    }
    if (top != 1) {
      problems.add(where + "expected one bracketed tree, found " + top);
      return null;
    }
    Tree tree;
    try {
      // The identity normalizer: function tags such as NP-TMP stay, the converter reads them.
      tree =
          new PennTreeReader(
                  new StringReader(bracketed),
                  new LabeledScoredTreeFactory(CoreLabel.factory()),
                  new TreeNormalizer())
              .readTree();
    } catch (IOException | RuntimeException e) {
      problems.add(where + "unreadable: " + e);
      return null;
    }
    if (tree == null || tree.getLeaves().isEmpty()) {
      problems.add(where + "no words");
      return null;
    }
    if (tree.value() == null || tree.value().isEmpty()) {
      tree.setValue("ROOT");
    } else if (!tree.value().equals("ROOT")) {
      tree = tree.treeFactory().newTreeNode("ROOT", List.of(tree));
    }
    for (Tree node : tree) {
      if (node.isPreTerminal()) {
        node.setValue(tag(node.value()));
      }
    }
    return tree;
  }

  /** A Penn tag, with the AUX tags of older parsers (Charniak's, as in GigaWord) made VB tags. */
  private static String tag(String tag) {
    if (tag == null || tag.isEmpty()) {
      return "X";
    }
    return switch (tag) {
      case "AUX", "AUXB" -> "VB";
      case "AUXD" -> "VBD";
      case "AUXG" -> "VBG";
      case "AUXN" -> "VBN";
      case "AUXP" -> "VBP";
      case "AUXZ" -> "VBZ";
      default -> tag;
    };
  }

  /** A tree's leaf as written in text: Penn's bracket escapes undone. */
  private static String unescape(String word) {
    return switch (word) {
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      case "-LSB-" -> "[";
      case "-RSB-" -> "]";
      case "-LCB-" -> "{";
      case "-RCB-" -> "}";
      default -> word;
    };
  }

  /**
   * The document with dependency parses added to the sentences {@code which} selects, the others
   * left as they are: for a stage that needs parses only where it may find something (the event
   * coder parses sentences with a dictionary verb and actors), at a fraction of the cost of parsing
   * everything. The parser works on the sentences' own tokens and tags; a sentence of more than
   * {@value #MAX_SENTENCE_TOKENS} tokens, or one that already has a parse, is left as it is.
   *
   * @throws NullPointerException if doc or which is null
   * @throws IllegalStateException if CoreNLP fails (the caller records a problem)
   */
  public AnnotatedDocument parse(AnnotatedDocument doc, Predicate<Sentence> which) {
    Objects.requireNonNull(which, "which");
    List<Sentence> sentences = new ArrayList<>(doc.sentences());
    List<Integer> chosen = new ArrayList<>();
    List<int[]> mappings = new ArrayList<>();
    List<CoreMap> coreSentences = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (!sentence.parse().isEmpty()
          || sentence.tokens().size() > MAX_SENTENCE_TOKENS
          || !which.test(sentence)) {
        continue;
      }
      List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
      Set<Integer> impliedTo = TagRepairs.impliedTo(sentence.tokens());
      int[] original = new int[sentence.tokens().size() + impliedTo.size()];
      for (int ti = 0; ti < sentence.tokens().size(); ti++) {
        Token t = sentence.tokens().get(ti);
        if (impliedTo.contains(ti)) {
          // "willing help Libya": the parser reads the "to" that the writer left out, and
          // the parse is mapped back onto the sentence's own tokens without it
          CoreLabel to = new CoreLabel();
          to.setWord("to");
          to.setValue("to");
          to.setOriginalText("");
          to.setTag("TO");
          to.setLemma("to");
          to.setBeginPosition(t.start());
          to.setEndPosition(t.start());
          to.setIndex(labels.size() + 1);
          to.setSentIndex(coreSentences.size());
          original[labels.size()] = -1;
          labels.add(to);
        }
        original[labels.size()] = ti;
        CoreLabel label = new CoreLabel();
        label.setWord(t.text());
        label.setValue(t.text());
        label.setOriginalText(t.text());
        label.setTag(t.pos());
        label.setLemma(t.lemma());
        label.setBeginPosition(t.start());
        label.setEndPosition(t.end());
        label.setIndex(labels.size() + 1);
        label.setSentIndex(coreSentences.size());
        labels.add(label);
      }
      CoreMap core = new ArrayCoreMap();
      core.set(CoreAnnotations.TokensAnnotation.class, labels);
      core.set(CoreAnnotations.SentenceIndexAnnotation.class, coreSentences.size());
      core.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.start());
      core.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
      chosen.add(i);
      mappings.add(impliedTo.isEmpty() ? null : original);
      coreSentences.add(core);
      all.addAll(labels);
    }
    if (chosen.isEmpty()) {
      return doc;
    }
    Annotation annotation = new Annotation(doc.text());
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, coreSentences);
    try {
      Parser.INSTANCE.annotate(annotation);
    } catch (RuntimeException | StackOverflowError e) {
      throw new IllegalStateException("the dependency parser failed: " + e, e);
    }
    for (int k = 0; k < chosen.size(); k++) {
      int i = chosen.get(k);
      Sentence sentence = sentences.get(i);
      sentences.set(
          i,
          sentence.withParse(
              parse(coreSentences.get(k), sentence.tokens().size(), mappings.get(k))));
    }
    return new AnnotatedDocument(doc.document(), sentences, doc.mentions(), doc.times());
  }

  /** The dependency parser alone, loaded on first use (for {@link #parse}). */
  private static final class Parser {
    static final StanfordCoreNLP INSTANCE;

    static {
      quietLogging();
      Properties props = new Properties();
      props.setProperty("annotators", "depparse");
      props.setProperty("depparse.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
      INSTANCE = new StanfordCoreNLP(props, false);
    }
  }

  /** The dependency parse CoreNLP put on a sentence, or {@link DependencyParse#NONE}. */
  private static DependencyParse parse(CoreMap coreSentence, int tokens) {
    return parse(coreSentence, tokens, null);
  }

  /**
   * As above, for a sentence the parser read with tokens of its own inserted: {@code original}
   * gives, for each token the parser read, the sentence's token it is, or -1 for an inserted one,
   * whose edges are dropped; null when nothing was inserted.
   */
  private static DependencyParse parse(CoreMap coreSentence, int tokens, int[] original) {
    return parse(
        coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
        coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
        tokens,
        original);
  }

  /**
   * Our records for CoreNLP's basic and enhanced++ graphs over a sentence of {@code tokens} tokens;
   * {@link DependencyParse#NONE} when a graph is missing or empty (the parser skipped the sentence)
   * or does not fit the tokens.
   */
  private static DependencyParse parse(
      SemanticGraph basic, SemanticGraph enhanced, int tokens, int[] original) {
    if (basic == null || enhanced == null || basic.isEmpty() || enhanced.isEmpty()) {
      return DependencyParse.NONE;
    }
    List<Dependency> basicEdges = edges(basic, tokens, original);
    List<Dependency> enhancedEdges = edges(enhanced, tokens, original);
    if (basicEdges == null || enhancedEdges == null) {
      return DependencyParse.NONE;
    }
    try {
      return new DependencyParse(basicEdges, enhancedEdges);
    } catch (IllegalArgumentException e) {
      return DependencyParse.NONE;
    }
  }

  /**
   * A graph's root and edges, token indices from 0, in CoreNLP's order; null if an index is out of
   * range. Copy nodes (enhanced++ for elided predicates) are folded onto the token they copy; edges
   * that folding turns into loops or duplicates are dropped.
   */
  private static List<Dependency> edges(SemanticGraph graph, int tokens, int[] original) {
    Set<Dependency> out = new LinkedHashSet<>();
    int read = original == null ? tokens : original.length;
    for (var root : graph.getRoots()) {
      int index = root.index() - 1;
      if (index < 0 || index >= read) {
        return null;
      }
      index = original == null ? index : original[index];
      if (index < 0) {
        return null;
      }
      out.add(new Dependency(Dependency.ROOT, index, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int governor = edge.getGovernor().index() - 1;
      int dependent = edge.getDependent().index() - 1;
      if (governor < 0 || governor >= read || dependent < 0 || dependent >= read) {
        return null;
      }
      if (original != null) {
        governor = original[governor];
        dependent = original[dependent];
        if (governor < 0 || dependent < 0) {
          continue; // an edge of an inserted token
        }
      }
      String relation = edge.getRelation().toString().toLowerCase(Locale.ROOT);
      if (governor != dependent && !relation.equals("root")) {
        out.add(new Dependency(governor, dependent, relation));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A document whose text is the given sentences' tokens joined by single spaces, sentences by
   * newlines: the text that {@link #tagPretokenized} and {@link #annotateTrees} give offsets into.
   * Names are read from the tokens' CoNLL classes.
   */
  private static AnnotatedDocument joined(
      String id,
      LocalDate published,
      List<List<Token>> tagged,
      List<DependencyParse> parses,
      List<String> problems) {
    StringBuilder text = new StringBuilder();
    List<Sentence> converted = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      List<Token> tokens = tagged.get(i);
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
              tokens,
              parses.get(i)));
      text.append('\n');
    }
    String joined = text.toString();
    List<NamedMention> mentions = new ArrayList<>();
    for (Sentence sentence : converted) {
      addNamedMentions(joined, sentence, mentions);
    }
    CleanDocument doc =
        new CleanDocument(
            id,
            id,
            null,
            null,
            published,
            published == null ? null : DateSource.METADATA,
            "en",
            joined,
            List.of(),
            problems);
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
          new Sentence(
              index,
              tokens.get(0).start(),
              tokens.get(tokens.size() - 1).end(),
              tokens,
              parse(coreSentence, tokens.size()));
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
    final StanfordCoreNLP pretagged;
    final TimeAnnotator time;

    Pipelines(boolean dependencies) {
      Properties props = new Properties();
      // the document pipeline never parses: annotate runs the parser after TagRepairs
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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
      tagOnly.setProperty("annotators", "pos,lemma,ner" + (dependencies ? ",depparse" : ""));
      pretokenized = new StanfordCoreNLP(tagOnly, false);
      // Tokens that come with their tags (from a tree): lemmas and entity classes only.
      Properties lemmaNer = (Properties) props.clone();
      lemmaNer.setProperty("annotators", "lemma,ner");
      pretagged = new StanfordCoreNLP(lemmaNer, false);
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
