package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.tone.Tone;
import org.newsgraph.extract.tone.ToneScorer;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * Writes document records as the GDELT Global Knowledge Graph 2.1 table: UTF-8, tab-separated, no
 * header, the 27 columns of the GKG 2.1 codebook in its order, one row per document.
 *
 * <p>Filled: the record id, date, source collection, source name and document identifier; the
 * locations, persons and organizations, each in their V1 form (one block per distinct thing) and
 * their enhanced V2 form (one block per mention, with its character offset); the tone of the text
 * ({@link ToneScorer}: tone, positive, negative, polarity, an empty activity reference density,
 * self/group reference density, word count); the enhanced dates, the quotations and all names; and
 * the page title in the extras XML. Empty, because we do not compute them: counts, themes, GCAM,
 * images and embeds, amounts, translation info. How each column is filled is told in the README,
 * "Exports in GDELT's formats".
 *
 * <p>Every value placed inside a list field has the list's delimiters replaced by spaces, so that a
 * GKG reader splits the field as the codebook says.
 *
 * <p>Not thread-safe: one writer per output stream, fed from one thread.
 */
public final class GdeltGkgWriter implements Closeable {

  /** The number of columns of the GKG 2.1 table. */
  public static final int COLUMNS = 27;

  /** Source collection 1: a document of the open web, identified by its URL. */
  private static final String WEB = "1";

  /** Source collection 2: a document known by a textual citation only (for us: its path). */
  private static final String CITATION_ONLY = "2";

  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final Writer out;
  private long rows;

  /** A writer on the given stream; closing the writer closes the stream. */
  public GdeltGkgWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * The GKGRECORDID of a document: its publication time as YYYYMMDDHHMMSS, a dash and our document
   * id ("20130114000000-0123456789abcdef"), in the place where GDELT puts the time of its update
   * batch and a sequence number; our id alone when the document has no publication date. The same
   * on every export.
   */
  public static String recordId(CleanDocument doc) {
    return doc.published() == null
        ? doc.id()
        : GdeltText.timestamp(doc.published()) + "-" + doc.id();
  }

  /**
   * Writes the record's row.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(Extraction extraction) {
    CleanDocument doc = extraction.document();
    String identifier = doc.url() != null ? doc.url() : doc.source();
    boolean web = isWebAddress(identifier);
    List<String> row = new ArrayList<>(COLUMNS);
    row.add(recordId(doc));
    row.add(GdeltText.timestamp(doc.published()));
    row.add(web ? WEB : CITATION_ONLY);
    row.add(web ? commonName(identifier) : doc.source());
    row.add(identifier);
    row.add(null); // V1COUNTS
    row.add(null); // V2.1COUNTS
    row.add(null); // V1THEMES
    row.add(null); // V2ENHANCEDTHEMES
    row.add(locations(extraction.places(), false));
    row.add(locations(extraction.places(), true));
    row.add(names(extraction.entities(), Set.of(EntityType.PERSON)));
    row.add(namesWithOffsets(extraction.entities(), Set.of(EntityType.PERSON), false));
    Set<EntityType> organizations = Set.of(EntityType.ORGANIZATION, EntityType.GROUP);
    row.add(names(extraction.entities(), organizations));
    row.add(namesWithOffsets(extraction.entities(), organizations, false));
    row.add(tone(doc.text()));
    row.add(dates(extraction.dates()));
    row.add(null); // V2GCAM
    row.add(null); // V2.1SHARINGIMAGE
    row.add(null); // V2.1RELATEDIMAGES
    row.add(null); // V2.1SOCIALIMAGEEMBEDS
    row.add(null); // V2.1SOCIALVIDEOEMBEDS
    row.add(quotations(extraction.quotes()));
    row.add(namesWithOffsets(extraction.entities(), Set.of(EntityType.values()), true));
    row.add(null); // V2.1AMOUNTS
    row.add(null); // V2.1TRANSLATIONINFO
    row.add(doc.title() == null ? null : "<PAGE_TITLE>" + xml(doc.title()) + "</PAGE_TITLE>");
    try {
      out.write(GdeltText.line(row, COLUMNS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  /**
   * V1.5TONE: {@code Tone,Positive,Negative,Polarity,ActivityReferenceDensity,
   * SelfGroupReferenceDensity,WordCount}; the activity density is left empty (no lexicon of
   * activity words).
   */
  static String tone(String text) {
    Tone tone = ToneScorer.score(text);
    return GdeltText.percent(tone.tone())
        + ","
        + GdeltText.percent(tone.positive())
        + ","
        + GdeltText.percent(tone.negative())
        + ","
        + GdeltText.percent(tone.polarity())
        + ",,"
        + GdeltText.percent(tone.selfReference())
        + ","
        + tone.words();
  }

  private static boolean isWebAddress(String identifier) {
    String lower = identifier.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://"))
        && host(identifier) != null;
  }

  /** The host of a web address without "www.", as GDELT names a web source. */
  private static String commonName(String url) {
    String host = host(url).toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String host(String url) {
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Location blocks {@code Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID}, one per place;
   * enhanced: {@code Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#Offset}, one
   * per mention. Places GDELT has no type for (seas, regions across countries) are left out.
   */
  private static String locations(List<Place> places, boolean enhanced) {
    List<Block> blocks = new ArrayList<>();
    for (Place place : places) {
      GdeltGeo geo = GdeltGeo.of(place);
      if (!geo.typed()) {
        continue;
      }
      StringJoiner fields = new StringJoiner("#");
      fields.add(geo.type().toString());
      fields.add(GdeltText.element(geo.fullName(), "#;"));
      fields.add(GdeltText.field(geo.country()));
      fields.add(""); // ADM1: not known
      if (enhanced) {
        fields.add(""); // ADM2: not known
      }
      fields.add(GdeltText.number(geo.lat()));
      fields.add(GdeltText.number(geo.lon()));
      fields.add(GdeltText.field(geo.featureId()));
      if (!enhanced) {
        blocks.add(new Block(0, fields.toString()));
        continue;
      }
      for (Mention mention : place.mentions()) {
        blocks.add(new Block(mention.start(), fields + "#" + mention.start()));
      }
    }
    return join(blocks, ";");
  }

  /** The distinct canonical names of the entities of the given types, {@code ;} between. */
  private static String names(List<Entity> entities, Set<EntityType> types) {
    Set<String> names = new LinkedHashSet<>();
    for (Entity entity : entities) {
      String name = GdeltText.element(entity.name(), ";");
      if (types.contains(entity.type()) && !name.isEmpty()) {
        names.add(name);
      }
    }
    return String.join(";", names);
  }

  /**
   * {@code Name,Offset} for each mention of the entities of the given types, in text order: the
   * entity's canonical name at the offset of the mention. With {@code properOnly}, only mentions
   * written with a capital, that is proper names ("the rebels" is no name).
   */
  private static String namesWithOffsets(
      List<Entity> entities, Set<EntityType> types, boolean properOnly) {
    List<Block> blocks = new ArrayList<>();
    for (Entity entity : entities) {
      String name = GdeltText.element(entity.name(), ",;");
      if (!types.contains(entity.type()) || name.isEmpty()) {
        continue;
      }
      for (Mention mention : entity.mentions()) {
        if (!properOnly || startsWithCapital(mention.text())) {
          blocks.add(new Block(mention.start(), name + "," + mention.start()));
        }
      }
    }
    return join(blocks, ";");
  }

  private static boolean startsWithCapital(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /**
   * {@code Resolution#Month#Day#Year#Offset} for each date that names a day, a month or a year:
   * resolution 4 a day of a known year, 3 a day and month with no year, 2 a month, 1 a year alone;
   * a part not known is 0. Weeks, seasons, decades and vague references are left out.
   */
  private static String dates(List<DateMention> dates) {
    List<Block> blocks = new ArrayList<>();
    for (DateMention date : dates) {
      String value = date.value() == null ? "" : date.value();
      String block;
      Matcher m;
      if ((m = DAY.matcher(value)).matches()) {
        block =
            m.group(1).equals("XXXX")
                ? dateBlock(3, m.group(2), m.group(3), "0")
                : dateBlock(4, m.group(2), m.group(3), m.group(1));
      } else if ((m = MONTH.matcher(value)).matches()) {
        block = dateBlock(2, m.group(2), "0", m.group(1).equals("XXXX") ? "0" : m.group(1));
      } else if (YEAR.matcher(value).matches()) {
        block = dateBlock(1, "0", "0", value);
      } else {
        continue;
      }
      blocks.add(new Block(date.start(), block + "#" + date.start()));
    }
    return join(blocks, ";");
  }

  private static String dateBlock(int resolution, String month, String day, String year) {
    return resolution
        + "#"
        + Integer.parseInt(month)
        + "#"
        + Integer.parseInt(day)
        + "#"
        + Integer.parseInt(year);
  }

  /**
   * {@code Offset|Length|Verb|Quote} for each quote, {@code #} between: the span of what was said,
   * the cue that introduces it (empty when there is none) and the words.
   */
  private static String quotations(List<Quote> quotes) {
    StringJoiner all = new StringJoiner("#");
    for (Quote quote : quotes) {
      all.add(
          quote.start()
              + "|"
              + (quote.end() - quote.start())
              + "|"
              + GdeltText.element(quote.cue(), "|#")
              + "|"
              + GdeltText.element(quote.text(), "|#"));
    }
    return all.toString();
  }

  private static String xml(String text) {
    return GdeltText.element(text, "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  /** A block of a list field, ordered by its offset in the text. */
  private record Block(int offset, String text) {}

  private static String join(List<Block> blocks, String delimiter) {
    StringJoiner all = new StringJoiner(delimiter);
    blocks.stream().sorted(Comparator.comparingInt(Block::offset)).forEach(b -> all.add(b.text()));
    return all.toString();
  }

  /** The number of rows written so far. */
  public long rows() {
    return rows;
  }

  /** Flushes buffered rows to the stream. */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
