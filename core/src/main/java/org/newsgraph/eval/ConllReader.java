package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads named-entity data in the CoNLL-2003 column format.
 *
 * <ul>
 *   <li>one token per line: {@code token POS chunk tag} (CoNLL-2003), or any number of
 *       whitespace-separated columns of which the first is the token and the last the tag; {@code
 *       token tag} is the shortest form. Other columns ({@code _} placeholders included) are
 *       ignored;
 *   <li>a blank line ends a sentence; a line starting with {@code -DOCSTART-} ends the document and
 *       is otherwise skipped;
 *   <li>tags in IOB1, IOB2, BIOES/BILOU or bare classes, all decoded by {@link ConllSpan#decode};
 *   <li>UTF-8 (a byte-order mark is skipped).
 * </ul>
 *
 * <p>Lenient about content: a malformed line (one column, or a last column that is not a tag) is
 * reported as a problem naming its line number, and the sentence it belongs to is left out whole,
 * so that one bad line cannot shift the tags of its neighbours. Memory grows with the number of
 * sentences, time linearly with the input.
 *
 * <p>Thread-safe: holds no state.
 */
public final class ConllReader {

  private static final Pattern COLUMNS = Pattern.compile("[ \\t]+");
  private static final int MAX_PROBLEMS = 100;

  /**
   * Reads a file.
   *
   * @throws IOException if it cannot be read or is not UTF-8
   */
  public ConllCorpus read(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), decoder); ) {
      return read(in);
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text: " + file, e);
    }
  }

  /**
   * Reads from a reader (not closed).
   *
   * @throws IOException if reading fails
   */
  public ConllCorpus read(Reader reader) throws IOException {
    BufferedReader in =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] dropped = {0};
    int documents = 0;
    boolean documentHasSentences = false;
    Pending pending = new Pending();
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
        if (pending.flush(sentences, problems, dropped)) {
          documentHasSentences = true;
        }
        if (trimmed.startsWith("-DOCSTART-")) {
          if (documentHasSentences) {
            documents++;
          }
          documentHasSentences = false;
        }
        continue;
      }
      String[] columns = COLUMNS.split(trimmed);
      if (pending.tokens.isEmpty() && !pending.bad) {
        pending.line = lineNo;
      }
      if (columns.length < 2) {
        pending.fail(
            problems,
            "line "
                + lineNo
                + ": expected 'token tag' or 'token POS chunk tag', got '"
                + shorten(trimmed)
                + "'");
        continue;
      }
      String tag = columns[columns.length - 1];
      if (!ConllSpan.isTag(tag)) {
        pending.fail(
            problems,
            "line "
                + lineNo
                + ": last column is not a tag (O, B-TYPE, I-TYPE...): '"
                + shorten(tag)
                + "'");
        continue;
      }
      pending.tokens.add(columns[0]);
      pending.tags.add(tag);
    }
    if (pending.flush(sentences, problems, dropped)) {
      documentHasSentences = true;
    }
    if (documentHasSentences) {
      documents++;
    }
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add("... " + dropped[0] + " sentences left out in all");
    }
    return new ConllCorpus(sentences, documents, problems);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  /** The sentence being read; a bad line spoils it whole. */
  private static final class Pending {
    final List<String> tokens = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    int line;
    boolean bad;

    void fail(List<String> problems, String problem) {
      if (!bad && problems.size() < MAX_PROBLEMS) {
        problems.add(problem + " (sentence from line " + line + " left out)");
      }
      bad = true;
    }

    /** Adds the sentence if it is whole; true if one was added. */
    boolean flush(List<ConllSentence> sentences, List<String> problems, int[] dropped) {
      boolean added = false;
      if (bad) {
        dropped[0]++;
      } else if (!tokens.isEmpty()) {
        sentences.add(new ConllSentence(tokens, tags, line));
        added = true;
      }
      tokens.clear();
      tags.clear();
      bad = false;
      return added;
    }
  }
}
