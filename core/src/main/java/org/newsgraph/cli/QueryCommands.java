package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.model.EntityType;
import org.newsgraph.query.Queries;
import org.newsgraph.query.Results;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The terminal's query commands: search, quotes, events, entities. */
final class QueryCommands {
  private QueryCommands() {}

  /** A query command: opens the store read-only, asks, prints a table or JSON. */
  abstract static class QueryCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions options;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = Store.openReadOnly(options.data)) {
        List<?> rows = ask(new Queries(store));
        if (options.json) {
          StoreOptions.printJson(out, rows);
        } else if (rows.isEmpty()) {
          out.println("(nothing found)");
          out.flush();
        } else {
          table(rows).print(out);
        }
      }
      return Main.OK;
    }

    abstract List<?> ask(Queries queries) throws IOException;

    abstract Table table(List<?> rows);
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = {
        "Full-text search of the store: documents whose title, text or entity names hold all the"
            + " words (Lucene syntax: \"a phrase\", OR, -word), best first."
      })
  static final class Search extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "WORDS")
    List<String> words;

    @Option(names = "--from", paramLabel = "DATE", description = "published on or after")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "published on or before")
    String to;

    @Override
    List<?> ask(Queries queries) throws IOException {
      return queries.search(
          String.join(" ", words),
          StoreOptions.date("--from", from),
          StoreOptions.date("--to", to),
          options.limit);
    }

    @Override
    Table table(List<?> rows) {
      Table table = new Table(List.of("date", "title", "snippet", "id"), 10, 50, 70, 16);
      for (Object row : rows) {
        Results.DocumentHit hit = (Results.DocumentHit) row;
        table.row(hit.published(), hit.title(), hit.snippet(), hit.id());
      }
      return table;
    }
  }

  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description = "Who said what: quotes, newest first, by speaker, topic word and date.")
  static final class Quotes extends QueryCommand {
    @Option(names = "--speaker", paramLabel = "NAME", description = "part of the speaker's name")
    String speaker;

    @Option(
        names = "--about",
        paramLabel = "WORD",
        description = "a word in the quote or the title")
    String about;

    @Option(names = "--from", paramLabel = "DATE", description = "said on or after")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "said on or before")
    String to;

    @Override
    List<?> ask(Queries queries) throws IOException {
      return queries.quotes(
          new Queries.QuoteQuery(
              speaker,
              about,
              StoreOptions.date("--from", from),
              StoreOptions.date("--to", to),
              options.limit));
    }

    @Override
    Table table(List<?> rows) {
      Table table = new Table(List.of("date", "speaker", "quote", "document"), 10, 30, 90, 16);
      for (Object row : rows) {
        Results.QuoteRow quote = (Results.QuoteRow) row;
        table.row(quote.date(), quote.speaker(), quote.text(), quote.document());
      }
      return table;
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "Who did what to whom: events, newest first.",
        "--source and --target take a CAMEO code prefix (FRA, FRAGOV, IGO) or part of an actor's"
            + " name (Macron)."
      })
  static final class Events extends QueryCommand {
    @Option(names = "--source", paramLabel = "WHO", description = "the actor who acts")
    String source;

    @Option(names = "--target", paramLabel = "WHO", description = "the actor acted upon")
    String target;

    @Option(names = "--root", paramLabel = "CODE", description = "CAMEO root code, e.g. 19 (fight)")
    String root;

    @Option(
        names = "--quad",
        paramLabel = "N",
        description =
            "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
                + " 4 material conflict")
    Integer quad;

    @Option(names = "--from", paramLabel = "DATE", description = "on or after")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "on or before")
    String to;

    @Override
    List<?> ask(Queries queries) throws IOException {
      return queries.events(
          new Queries.EventQuery(
              source,
              target,
              root,
              quad,
              StoreOptions.date("--from", from),
              StoreOptions.date("--to", to),
              options.limit));
    }

    @Override
    Table table(List<?> rows) {
      Table table =
          new Table(
              List.of("date", "source", "code", "cameo", "target", "code", "articles", "sentence"),
              10,
              24,
              9,
              5,
              24,
              9,
              8,
              70);
      for (Object row : rows) {
        Results.EventRow event = (Results.EventRow) row;
        table.row(
            event.date(),
            event.source().text(),
            event.source().code(),
            event.cameo(),
            event.target().text(),
            event.target().code(),
            Integer.toString(event.articles()),
            event.sentence());
      }
      return table;
    }
  }

  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description =
          "Stories: articles grouped by shared actors, key terms and time as they were added,"
              + " the most documents first.")
  static final class Stories extends QueryCommand {
    @Option(
        names = "--about",
        paramLabel = "WORD",
        description = "stories whose label or a document's title holds the word")
    String about;

    @Override
    List<?> ask(Queries queries) throws IOException {
      return queries.stories(about, options.limit);
    }

    @Override
    Table table(List<?> rows) {
      Table table =
          new Table(List.of("story", "first", "last", "documents", "label"), 16, 10, 10, 9, 70);
      for (Object row : rows) {
        Results.StoryRow story = (Results.StoryRow) row;
        table.row(story.id(), story.first(), story.last(), story.documents(), story.label());
      }
      return table;
    }
  }

  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description = "The actors the corpus speaks of most, across documents.")
  static final class Entities extends QueryCommand {
    @Option(
        names = "--type",
        paramLabel = "TYPE",
        description = "PERSON, ORGANIZATION, COUNTRY, CITY, LOCATION, GROUP or OTHER")
    String type;

    @Option(names = "--name", paramLabel = "TEXT", description = "part of the actor's name")
    String name;

    @Option(
        names = "--top",
        paramLabel = "N",
        description = "the N most mentioned (same as --limit)")
    Integer top;

    @Override
    List<?> ask(Queries queries) throws IOException {
      EntityType kind = null;
      if (type != null) {
        try {
          kind = EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown entity type: " + type);
        }
      }
      return queries.actors(kind, name, top != null ? top : options.limit);
    }

    @Override
    Table table(List<?> rows) {
      Table table =
          new Table(
              List.of("actor", "name", "type", "country", "code", "documents", "mentions"),
              8,
              40,
              12,
              7,
              10,
              9,
              8);
      for (Object row : rows) {
        Results.ActorRow actor = (Results.ActorRow) row;
        table.row(
            actor.id(),
            actor.name(),
            actor.type(),
            actor.country(),
            actor.code(),
            actor.documents(),
            actor.mentions());
      }
      return table;
    }
  }
}
