package org.newsgraph.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads attribution labels in BRAT standoff format, as the PolNeAR corpus publishes them.
 *
 * <p>A document is a {@code .txt} file and a {@code .ann} file. The {@code .txt} is found beside
 * the {@code .ann} with the same name or, in PolNeAR's layout ({@code attributions/NAME_a1b2.ann}
 * with the annotator's id after the last underscore, {@code text/NAME.txt}), in the sibling {@code
 * text} folder. Lines of the {@code .ann} that matter:
 *
 * <ul>
 *   <li>{@code T1\tSource 0 5\tFlynn}: text-bound annotations; a discontinuous one lists its
 *       fragments as {@code 256 377;463 616} and its text as the fragments joined by a space. Types
 *       Source, Cue and Content are kept; so are event triggers (PolNeAR types its triggers {@code
 *       Attribution} and {@code Attribution-no-source}, on the cue's span); others are ignored.
 *   <li>{@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}: links the parts of one attribution,
 *       arguments in any order; a repeated role may carry a number ({@code Content2:T9}) and its
 *       spans are joined. Event types starting with {@code Attribution}, or {@code Cue} (a scheme
 *       whose trigger is the cue), are attributions; other events are ignored. Without a Cue
 *       argument the trigger's span is the cue.
 *   <li>Attributes ({@code A}), relations ({@code R}), notes ({@code #}), normalizations ({@code
 *       N}), equivalences ({@code *}) and modifiers ({@code M}) are tolerated and ignored.
 * </ul>
 *
 * <p>Offsets in BRAT count Unicode code points (BRAT is written in Python); they are turned into
 * Java string offsets here. The text after the second tab must be the text at the offsets
 * (white-space runs compared as one space); when it is not, a problem is recorded and the offsets
 * are trusted. A Content that no attribution event links is kept as an attribution without source.
 *
 * <p>Lenient about content: every malformed line becomes a problem naming the file and the line,
 * and reading goes on. Not thread-safe; use one instance per thread.
 */
public final class BratReader {
  private static final Pattern FRAGMENT = Pattern.compile("(\\d{1,10}) (\\d{1,10})");
  private static final Pattern ANNOTATOR_SUFFIX = Pattern.compile("(.+)_[0-9A-Za-z]{1,8}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ROLE_NUMBER = Pattern.compile("\\d+$");

  private final List<String> problems = new ArrayList<>();

  /**
   * Reads every {@code .ann} file under the folder (recursively) with its text.
   *
   * @throws IllegalArgumentException when {@code dir} is not a folder
   * @throws IOException when the folder cannot be listed
   */
  public BratCorpus read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder of .txt and .ann files: " + dir);
    }
    problems.clear();
    List<Path> annFiles;
    List<Path> txtFiles;
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      annFiles = all.stream().filter(p -> hasExtension(p, ".ann")).toList();
      txtFiles = all.stream().filter(p -> hasExtension(p, ".txt")).toList();
    }
    Set<Path> used = new HashSet<>();
    List<BratDocument> documents = new ArrayList<>();
    for (Path ann : annFiles) {
      Path txt = textFileFor(ann);
      if (txt == null) {
        problems.add(ann + ": no .txt file beside it (nor in ../text/); skipped");
        continue;
      }
      used.add(txt);
      String text = readUtf8(txt);
      String labels = readUtf8(ann);
      if (text == null || labels == null) {
        continue;
      }
      String name = stem(dir.relativize(ann).toString().replace('\\', '/'));
      documents.add(parse(name, ann.toString(), text, labels));
    }
    for (Path txt : txtFiles) {
      if (!used.contains(txt)) {
        problems.add(txt + ": no .ann file for it; skipped");
      }
    }
    return new BratCorpus(documents, problems);
  }

  /**
   * Parses one {@code .ann} file's content against its text; problems go to {@link #problems()}.
   *
   * @param name the document's name
   * @param file what to call the file in problems (its path)
   */
  public BratDocument parse(String name, String file, String text, String labels) {
    Offsets offsets = new Offsets(text);
    Map<String, BratAnnotation> annotations = new LinkedHashMap<>();
    List<String[]> events = new ArrayList<>();
    String[] lines = labels.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String where = file + ":" + (i + 1) + ": ";
      if (line.isBlank()) {
        continue;
      }
      switch (line.charAt(0)) {
        case 'T' -> textBound(line, where, text, offsets, annotations);
        case 'E' -> events.add(new String[] {line, where});
        case 'A', 'M', 'R', 'N', '#', '*' -> {
          // Attributes, relations, notes: not needed to score attributions.
        }
        default -> problems.add(where + "unknown annotation line: " + excerpt(line));
      }
    }
    List<BratAttribution> attributions = new ArrayList<>();
    Set<String> linkedContents = new HashSet<>();
    for (String[] event : events) {
      Linked linked = event(event[0], event[1], text, annotations);
      if (linked == null) {
        continue;
      }
      List<String> shared = linked.contentIds().stream().filter(linkedContents::contains).toList();
      if (!shared.isEmpty()) {
        problems.add(
            event[1]
                + "content "
                + String.join(", ", shared)
                + " is already in another attribution; this one is skipped");
        continue;
      }
      linkedContents.addAll(linked.contentIds());
      attributions.add(linked.attribution());
    }
    for (BratAnnotation annotation : annotations.values()) {
      if (annotation.type().equals("Content") && !linkedContents.contains(annotation.id())) {
        problems.add(
            file
                + ": "
                + annotation.id()
                + " is a Content in no Attribution event; counted as an attribution without"
                + " source");
        attributions.add(
            new BratAttribution(
                annotation.id(),
                annotation,
                null,
                null,
                QuoteMarks.isDirect(text, annotation.spans())));
      }
    }
    attributions.sort(
        Comparator.comparingInt((BratAttribution a) -> a.content().start())
            .thenComparingInt(a -> a.content().end()));
    return new BratDocument(name, text, attributions);
  }

  /** The problems met by the last {@link #read} (and the {@link #parse} calls since). */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void textBound(
      String line,
      String where,
      String text,
      Offsets offsets,
      Map<String, BratAnnotation> annotations) {
    String[] parts = line.split("\t", 3);
    int space = parts.length < 2 ? -1 : parts[1].indexOf(' ');
    if (space <= 0) {
      problems.add(
          where
              + "malformed text-bound annotation, expected"
              + " 'T<id>\\t<type> <start> <end>[;<start> <end>...]\\t<text>': "
              + excerpt(line));
      return;
    }
    String id = parts[0];
    String type = parts[1].substring(0, space);
    List<QuoteSpan> spans = new ArrayList<>();
    StringBuilder covered = new StringBuilder();
    for (String fragment : parts[1].substring(space + 1).split(";", -1)) {
      Matcher m = FRAGMENT.matcher(fragment.strip());
      if (!m.matches()) {
        problems.add(
            where
                + id
                + ": malformed span '"
                + fragment
                + "', expected '<start> <end>' (integers)");
        return;
      }
      long start = Long.parseLong(m.group(1));
      long end = Long.parseLong(m.group(2));
      if (start > end || end > offsets.codePoints) {
        problems.add(
            where
                + id
                + ": span "
                + start
                + "-"
                + end
                + " is not within the text (0-"
                + offsets.codePoints
                + " characters)");
        return;
      }
      QuoteSpan span = new QuoteSpan(offsets.toChar((int) start), offsets.toChar((int) end));
      spans.add(span);
      if (!covered.isEmpty()) {
        covered.append(' ');
      }
      covered.append(text, span.start(), span.end());
    }
    if (annotations.containsKey(id)) {
      problems.add(where + "duplicate id " + id + "; this line is ignored");
      return;
    }
    if (parts.length == 3 && !sameText(parts[2], covered.toString())) {
      problems.add(
          where
              + id
              + ": the text after the tab \""
              + excerpt(parts[2])
              + "\" is not the text at its offsets \""
              + excerpt(covered.toString())
              + "\"");
    }
    if (QuoteSpan.length(QuoteSpan.normalize(spans)) == 0) {
      problems.add(where + id + ": empty span; ignored");
      return;
    }
    annotations.put(id, new BratAnnotation(id, type, spans, covered.toString()));
  }

  /** An attribution and the ids of the Content annotations it links. */
  private record Linked(BratAttribution attribution, List<String> contentIds) {}

  private Linked event(
      String line, String where, String text, Map<String, BratAnnotation> annotations) {
    String[] parts = line.split("\t", 2);
    String[] args = parts.length < 2 ? new String[0] : parts[1].strip().split("\\s+");
    if (args.length == 0 || args[0].isEmpty() || args[0].indexOf(':') <= 0) {
      problems.add(
          where
              + "malformed event, expected 'E<id>\\t<type>:<trigger> <role>:<id>...': "
              + excerpt(line));
      return null;
    }
    String id = parts[0];
    String type = args[0].substring(0, args[0].indexOf(':'));
    if (!type.startsWith("Attribution") && !type.equals("Cue")) {
      return null;
    }
    List<BratAnnotation> content = new ArrayList<>();
    List<BratAnnotation> source = new ArrayList<>();
    BratAnnotation cue = null;
    BratAnnotation trigger = null;
    for (int i = 0; i < args.length; i++) {
      int colon = args[i].indexOf(':');
      if (colon <= 0 || colon == args[i].length() - 1) {
        problems.add(where + id + ": malformed argument '" + args[i] + "', expected <role>:<id>");
        return null;
      }
      String role = ROLE_NUMBER.matcher(args[i].substring(0, colon)).replaceFirst("");
      String ref = args[i].substring(colon + 1);
      BratAnnotation target = annotations.get(ref);
      if (target == null) {
        problems.add(
            where + id + ": " + args[i] + " names no text-bound annotation of this file; ignored");
        continue;
      }
      if (i == 0) {
        trigger = target;
        continue;
      }
      switch (role) {
        case "Content" -> content.add(target);
        case "Source" -> source.add(target);
        case "Cue" -> cue = cue == null ? target : cue;
        default -> {
          // Other roles (PolNeAR has none) carry nothing scored.
        }
      }
    }
    if (content.isEmpty()) {
      problems.add(where + id + ": attribution without a Content argument; skipped");
      return null;
    }
    if (cue == null
        && trigger != null
        && !trigger.type().equals("Source")
        && !trigger.type().equals("Content")) {
      cue = trigger; // PolNeAR's trigger lies on the cue; other schemes make the cue the trigger
    }
    BratAnnotation joinedContent = join(content);
    BratAttribution attribution =
        new BratAttribution(
            id,
            joinedContent,
            source.isEmpty() ? null : join(source),
            cue,
            QuoteMarks.isDirect(text, joinedContent.spans()));
    return new Linked(attribution, content.stream().map(BratAnnotation::id).toList());
  }

  /** One annotation over the spans of several (a role given more than once). */
  private static BratAnnotation join(List<BratAnnotation> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<QuoteSpan> spans = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder ids = new StringBuilder();
    for (BratAnnotation part : parts) {
      spans.addAll(part.spans());
      text.append(text.isEmpty() ? "" : " ").append(part.text());
      ids.append(ids.isEmpty() ? "" : "+").append(part.id());
    }
    return new BratAnnotation(ids.toString(), parts.get(0).type(), spans, text.toString());
  }

  private static boolean sameText(String stated, String covered) {
    return stated.equals(covered)
        || SPACES
            .matcher(stated.strip())
            .replaceAll(" ")
            .equals(SPACES.matcher(covered.strip()).replaceAll(" "));
  }

  private Path textFileFor(Path ann) {
    String stem = stem(ann.getFileName().toString());
    Path beside = ann.resolveSibling(stem + ".txt");
    if (Files.isRegularFile(beside)) {
      return beside;
    }
    Path folder = ann.getParent();
    Matcher m = ANNOTATOR_SUFFIX.matcher(stem);
    if (folder != null && folder.getParent() != null && m.matches()) {
      Path polnear = folder.getParent().resolve("text").resolve(m.group(1) + ".txt");
      if (Files.isRegularFile(polnear)) {
        return polnear;
      }
    }
    return null;
  }

  /** The file as strict UTF-8, or null (and a problem) when it is not readable as such. */
  private String readUtf8(Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(file + ": not UTF-8; skipped");
    } catch (IOException e) {
      problems.add(file + ": cannot read (" + e.getMessage() + "); skipped");
    }
    return null;
  }

  private static boolean hasExtension(Path file, String extension) {
    return file.getFileName().toString().endsWith(extension);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  private static String excerpt(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** Code-point offsets (BRAT's) to Java string offsets, without a table when they agree. */
  private static final class Offsets {
    final int codePoints;
    private final int[] charIndex;

    Offsets(String text) {
      codePoints = text.codePointCount(0, text.length());
      if (codePoints == text.length()) {
        charIndex = null;
      } else {
        charIndex = new int[codePoints + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
          charIndex[cp++] = i;
        }
        charIndex[codePoints] = text.length();
      }
    }

    int toChar(int codePoint) {
      return charIndex == null ? codePoint : charIndex[codePoint];
    }
  }
}
