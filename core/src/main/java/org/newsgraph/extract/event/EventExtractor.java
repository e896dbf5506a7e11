package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.ActorMatch;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Mention;

/**
 * The event stage: codes every parsed sentence of a document with the {@link EventCoder}, links the
 * actors to the document's entities, and writes the record's events.
 *
 * <p>What the record keeps: events whose source and target are both identified (a country, an
 * organisation, a group, not only a role such as {@code ---GOV}) and are not the same actor in two
 * roles ("French President Hollande said French involvement ...": {@code FRAGOV} and {@code FRA}),
 * with a standard CAMEO code. The entity stage's codes stand in for actors the dictionaries do not
 * know (a minister named in the document carries its entity's {@code FRAGOV}). The same (source
 * code, target code, CAMEO code) reported again in the document is one event with a count, kept
 * where it was first reported.
 *
 * <p>Parses: the coder needs a dependency parse; {@link #worthParsing} says which sentences can
 * hold an event at all (a dictionary verb, an identified actor and a second actor or role word), so
 * that the parser runs only on those.
 *
 * <p>Thread-safe: immutable.
 */
public final class EventExtractor {

  private final EventCoder coder;
  private final ActorDictionary actors;
  private final CountryDescriptions countryDescriptions =
      new CountryDescriptions(Countries.standard());

  /** The stage over the bundled dictionaries. */
  public EventExtractor() {
    this(EventDictionaries.standard(), ActorDictionary.standard());
  }

  /**
   * @throws NullPointerException when a dictionary is null
   */
  public EventExtractor(EventDictionaries dictionaries, ActorDictionary actors) {
    this.coder = new EventCoder(dictionaries, actors);
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  /**
   * Whether a sentence may hold an event: a verb of the verb dictionary, an identified actor (a
   * dictionary actor or an entity with a code) and at least one more actor or role word.
   *
   * @param codedTokens for each token of the sentence, whether an entity with a code covers it
   */
  public boolean worthParsing(Sentence sentence, boolean[] codedTokens) {
    VerbDictionary verbs = coder.dictionaries().verbs();
    boolean verb = false;
    for (Token t : sentence.tokens()) {
      if (t.pos().startsWith("VB") && !verbs.verbs(t.lemma()).isEmpty()) {
        verb = true;
        break;
      }
    }
    if (!verb) {
      return false;
    }
    List<String> texts = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      texts.add(t.text());
    }
    int identified = 0;
    int candidates = 0;
    int i = 0;
    while (i < texts.size()) {
      Optional<ActorMatch> m = actors.longestMatch(texts, i, null);
      if ((m.isPresent() && m.get().code() != null) || codedTokens[i]) {
        identified++;
        candidates++;
        i += m.map(ActorMatch::length).orElse(1);
        while (i < texts.size() && codedTokens[i] && codedTokens[i - 1]) {
          i++;
        }
        continue;
      }
      int agent = actors.agent(texts, i).map(a -> a.length()).orElse(0);
      if (agent > 0) {
        candidates++;
        i += agent;
        continue;
      }
      i++;
    }
    return identified >= 1 && candidates >= 2;
  }

  /**
   * What the stage works out once per document, from its tokens and entities alone: which entity
   * each token belongs to and what its definite descriptions stand for. Made before parsing, for
   * {@link #codedTokens}, and used again by {@link #extract(AnnotatedDocument, DocumentActors,
   * IntFunction, IntFunction)} on the same document once parsed (parsing changes no token).
   *
   * <p>Immutable.
   */
  public static final class DocumentActors {
    private final Linker linker;
    private final Descriptions descriptions;

    private DocumentActors(Linker linker, Descriptions descriptions) {
      this.linker = linker;
      this.descriptions = descriptions;
    }
  }

  /**
   * The entity links and resolved descriptions of a document.
   *
   * @throws NullPointerException when an argument is null
   */
  public DocumentActors actors(AnnotatedDocument doc, List<Entity> entities) {
    Objects.requireNonNull(doc, "doc");
    Linker linker = new Linker(Objects.requireNonNull(entities, "entities"));
    return new DocumentActors(linker, descriptions(doc, linker));
  }

  /**
   * For each sentence, which of its tokens an entity with a code covers, or a definite description
   * resolved to an actor named before ({@link #descriptions}), for {@link #worthParsing}.
   */
  public boolean[][] codedTokens(AnnotatedDocument doc, DocumentActors named) {
    boolean[][] out = new boolean[doc.sentences().size()][];
    Described[][] described = named.descriptions.described();
    for (int s = 0; s < out.length; s++) {
      List<Token> tokens = doc.sentences().get(s).tokens();
      out[s] = new boolean[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        Entity e = named.linker.at(tokens.get(t));
        out[s][t] =
            (e != null && (e.code() != null || e.country() != null)) || described[s][t] != null;
      }
    }
    return out;
  }

  /**
   * What a definite description stands for: the actors named before it that it can describe, most
   * recent first, and how many of them it takes (two for "the two countries").
   */
  record Described(List<String> candidates, int count) {
    Described {
      candidates = List.copyOf(candidates);
    }

    /**
     * The actors it stands for, skipping those in {@code excluded}, blank-separated as {@link
     * EventCoder#code} takes them; null when too few are left.
     */
    String choose(Set<String> excluded) {
      List<String> out = new ArrayList<>(count);
      for (String c : candidates) {
        if (out.size() < count && !excluded.contains(c)) {
          out.add(c);
        }
      }
      return out.size() == count ? String.join(" ", out) : null;
    }
  }

  /**
   * A document's definite descriptions and the countries its tokens name.
   *
   * @param described for each sentence and token, what a description headed there stands for, or
   *     null
   * @param countries for each sentence and token, the CAMEO code of the country an actor that
   *     starts there belongs to, or null
   */
  record Descriptions(Described[][] described, String[][] countries) {}

  /**
   * Definite descriptions resolved in the document. Organisations: "the Alliance" (capitalised,
   * after "the", not part of a longer name) stands for the actor most recently named before it (in
   * the title, then the text up to it, by the dictionaries or the entity stage) one of whose
   * dictionary names holds the description's head word: "North Atlantic Alliance" makes "the
   * Alliance" NATO after "NATO" or "Stoltenberg" ({@code IGOWSTNAT}); "the Union" the European
   * Union. Countries ({@link CountryDescriptions}): "the country", "the European nation", "the two
   * countries" stand for the countries of the actors named most recently before them, those of the
   * description's own clause aside, once the sentence is parsed. Without such an actor before it, a
   * description is left alone.
   */
  Descriptions descriptions(AnnotatedDocument doc, Linker linker) {
    LocalDate published = doc.document().published();
    List<String> recent = new ArrayList<>();
    String title = doc.document().title();
    if (title != null && !title.isBlank()) {
      List<String> words = Arrays.asList(title.strip().split("\\s+"));
      for (int i = 0; i < words.size(); i++) {
        Optional<ActorMatch> m = actors.longestMatch(words, i, published);
        if (m.isPresent()) {
          if (m.get().code() != null) {
            recent.add(m.get().code());
          }
          i += m.get().length() - 1;
        }
      }
    }
    int n = doc.sentences().size();
    Described[][] out = new Described[n][];
    String[][] named = new String[n][];
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      Described[] found = new Described[tokens.size()];
      String[] country = new String[tokens.size()];
      out[sentence.index()] = found;
      named[sentence.index()] = country;
      List<String> texts = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        texts.add(t.text());
      }
      IntPredicate isActor = d -> actors.longestMatch(texts, d, published).isPresent();
      int i = 0;
      while (i < tokens.size()) {
        Optional<ActorMatch> m = actors.longestMatch(texts, i, published);
        if (m.isPresent()) {
          if (m.get().code() != null) {
            recent.add(m.get().code());
            country[i] = countryDescriptions.countryOf(m.get().code());
          }
          i += m.get().length();
          continue;
        }
        Entity e = linker.at(tokens.get(i));
        if (e != null && e.code() != null) {
          recent.add(e.code());
          country[i] = countryDescriptions.countryOf(e.code());
        } else if (e != null && e.country() != null) {
          // a person the dictionaries lack, a city: its country, for "the country" after it
          recent.add(e.country());
          country[i] = countryDescriptions.countryOf(e.country());
        } else if (isDescription(texts, i)) {
          for (int r = recent.size() - 1; r >= 0; r--) {
            if (actors.describes(texts.get(i), recent.get(r))) {
              found[i] = new Described(List.of(recent.get(r)), 1);
              break;
            }
          }
        } else if (e == null) {
          CountryDescriptions.Wanted wanted = countryDescriptions.at(tokens, i, isActor);
          if (wanted != null) {
            List<String> candidates = countryDescriptions.candidates(wanted, recent);
            if (candidates.size() >= wanted.count()) {
              found[i] = new Described(candidates, wanted.count());
            }
          }
        }
        i++;
      }
    }
    return new Descriptions(out, named);
  }

  /** "the Alliance": a capitalised description head right after "the", not in a longer name. */
  private static boolean isDescription(List<String> texts, int i) {
    String w = texts.get(i);
    if (i == 0
        || !Character.isUpperCase(w.charAt(0))
        || !ActorDictionary.isDescriptionHead(w)
        || !texts.get(i - 1).equalsIgnoreCase("the")) {
      return false;
    }
    if (i + 1 < texts.size()) {
      String next = texts.get(i + 1);
      return !Character.isUpperCase(next.charAt(0))
          && !next.equalsIgnoreCase("of")
          && !next.equalsIgnoreCase("for");
    }
    return true;
  }

  /**
   * The events of an annotated document.
   *
   * @param doc the document, its sentences parsed where events may be (unparsed ones give none)
   * @param entities its entities, for links and for actors the dictionaries lack
   * @param sentenceDate the date of each sentence by index (its own date, else the publication
   *     date), or null
   * @param sentencePlace the place each sentence names by index, or null
   * @throws NullPointerException when an argument is null
   */
  public List<Event> extract(
      AnnotatedDocument doc,
      List<Entity> entities,
      IntFunction<LocalDate> sentenceDate,
      IntFunction<EventPlace> sentencePlace) {
    return extract(doc, actors(doc, entities), sentenceDate, sentencePlace);
  }

  /**
   * The events of an annotated document whose entity links and descriptions were worked out before
   * it was parsed.
   *
   * @param named from {@link #actors} on the same document, parsed or not
   * @see #extract(AnnotatedDocument, List, IntFunction, IntFunction)
   * @throws NullPointerException when an argument is null
   */
  public List<Event> extract(
      AnnotatedDocument doc,
      DocumentActors named,
      IntFunction<LocalDate> sentenceDate,
      IntFunction<EventPlace> sentencePlace) {
    Objects.requireNonNull(named, "named");
    Objects.requireNonNull(sentenceDate, "sentenceDate");
    Objects.requireNonNull(sentencePlace, "sentencePlace");
    Linker linker = named.linker;
    Descriptions descriptions = named.descriptions;
    CameoCodes codes = coder.dictionaries().codes();
    Map<String, Event> out = new LinkedHashMap<>();
    String text = doc.text();
    for (Sentence sentence : doc.sentences()) {
      if (sentence.parse().isEmpty()) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      LocalDate date = sentenceDate.apply(sentence.index());
      String[] resolved = resolved(sentence, descriptions);
      IntFunction<String> linked =
          i -> {
            if (resolved[i] != null) {
              return resolved[i];
            }
            Entity e = linker.at(tokens.get(i));
            if (e == null) {
              return null;
            }
            if (e.code() == null && EntityExtractor.isCompanyName(e)) {
              // "American Express Co": the country word in a company's name is no actor
              return EventCoder.NOT_AN_ACTOR;
            }
            String code = e.code() != null ? e.code() : e.country();
            return code == null ? EventCoder.NOT_AN_ACTOR : code;
          };
      for (CodedEvent coded : coder.code(sentence, date, linked)) {
        if (!coded.source().isIdentified()
            || !coded.target().isIdentified()
            || coded.source().actorPart().equals(coded.target().actorPart())) {
          continue;
        }
        Optional<CameoCode> code = codes.describe(coded.code());
        if (code.isEmpty()) {
          continue;
        }
        String key = coded.source().code() + " " + coded.target().code() + " " + coded.code();
        Event seen = out.get(key);
        if (seen != null) {
          out.put(key, seen.counted());
          continue;
        }
        CameoCode c = code.get();
        out.put(
            key,
            new Event(
                actor(text, tokens, coded.source(), linker),
                actor(text, tokens, coded.target(), linker),
                c.code(),
                c.root(),
                c.quadClass(),
                c.goldstein(),
                c.plover() == null ? null : c.plover().type(),
                c.plover() == null ? null : c.plover().mode(),
                date,
                sentencePlace.apply(sentence.index()),
                new Mention(
                    sentence.start(),
                    sentence.end(),
                    text.substring(sentence.start(), sentence.end())),
                coded.rule(),
                1));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * What each description of a parsed sentence stands for: its most recent candidates but those the
   * description's own clause names ("Peru condemned the country": not Peru).
   */
  private static String[] resolved(Sentence sentence, Descriptions descriptions) {
    Described[] described = descriptions.described()[sentence.index()];
    String[] countries = descriptions.countries()[sentence.index()];
    String[] out = new String[described.length];
    ParsedSentence parsed = null;
    for (int i = 0; i < described.length; i++) {
      Described d = described[i];
      if (d == null) {
        continue;
      }
      if (d.candidates().size() == d.count()) {
        out[i] = d.choose(Set.of());
        continue;
      }
      if (parsed == null) {
        parsed = new ParsedSentence(sentence);
      }
      out[i] = d.choose(namedInClause(parsed, i, countries));
    }
    return out;
  }

  /**
   * The countries named in the clause a description belongs to, outside the description itself: the
   * tokens whose heads lead to the description's nearest verb without passing another verb. Not a
   * report's attribution ("according to the Chilean government, the country had admitted ..."): who
   * reports the act is as often the description's referent as not, and takes no part in it.
   */
  private static Set<String> namedInClause(ParsedSentence s, int description, String[] countries) {
    int verb = clauseOf(s, description);
    Set<String> out = new HashSet<>();
    for (int t = 0; t < s.size(); t++) {
      if (countries[t] != null
          && t != description
          && clauseOf(s, t) == verb
          && !EventCoder.isAttribution(s, s.phraseHead(t))) {
        out.add(countries[t]);
      }
    }
    return out;
  }

  /** The nearest verb above a token (itself when a verb), or -1 at the root. */
  private static int clauseOf(ParsedSentence s, int t) {
    int at = s.head[t];
    for (int steps = 0; at >= 0 && steps < 50; steps++) {
      if (s.isVerb(at)) {
        return at;
      }
      at = s.head[at];
    }
    return -1;
  }

  /** The events of a document dated by its publication date alone, with no places. */
  public List<Event> extract(AnnotatedDocument doc, List<Entity> entities) {
    LocalDate published = doc.document().published();
    return extract(doc, entities, i -> published, i -> null);
  }

  private static EventActor actor(String text, List<Token> tokens, CodedActor a, Linker linker) {
    int start = tokens.get(a.start()).start();
    int end = tokens.get(a.end() - 1).end();
    Entity entity = null;
    for (int i = a.start(); i < a.end() && entity == null; i++) {
      entity = linker.at(tokens.get(i));
    }
    return new EventActor(
        text.substring(start, end), a.code(), entity == null ? null : entity.id());
  }

  /** Finds the entity a token belongs to, by the character offsets of the entity's mentions. */
  static final class Linker {
    private final int[] starts;
    private final int[] ends;
    private final Entity[] owners;

    Linker(List<Entity> entities) {
      List<int[]> spans = new ArrayList<>();
      List<Entity> who = new ArrayList<>();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          spans.add(new int[] {m.start(), m.end()});
          who.add(e);
        }
      }
      Integer[] order = new Integer[spans.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Integer.compare(spans.get(x)[0], spans.get(y)[0]));
      starts = new int[order.length];
      ends = new int[order.length];
      owners = new Entity[order.length];
      for (int i = 0; i < order.length; i++) {
        starts[i] = spans.get(order[i])[0];
        ends[i] = spans.get(order[i])[1];
        owners[i] = who.get(order[i]);
      }
    }

    /** The entity one of whose mentions covers the token's first character, or null. */
    Entity at(Token t) {
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= t.start()) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      for (int i = found; i >= 0 && i > found - 4; i--) {
        if (starts[i] <= t.start() && t.start() < ends[i]) {
          return owners[i];
        }
      }
      return null;
    }
  }
}
