package org.newsgraph.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.AgentMatch;
import org.newsgraph.model.EntityType;

/**
 * Finds the titles and roles given to a person around one of its mentions, and the country or
 * organisation of the role.
 *
 * <p>A title is a run of {@link TitleVocabulary} words that holds at least one head, with "of"
 * allowed between them and a capitalised complement after "of" ("Secretary of Homeland Security").
 * Three places are read:
 *
 * <ul>
 *   <li>before the name: "French Foreign Minister Laurent Fabius", "army chief Khalifa Haftar";
 *   <li>before the name, separated by a comma: "Mali's interim president, Dioncounda Traore";
 *   <li>after the name and a comma, an apposition, after an optional article: "Anders Fogh
 *       Rasmussen, NATO Secretary General", "Abou Dardar, a leader of MUJAO".
 * </ul>
 *
 * <p>Around the run: a country or nationality just before it ("French", "US") or owning it
 * ("Mali's") is the role's country and stays out of the title; an organisation just before it is
 * the role's organisation and stays in the title ("NATO Secretary General", "Pentagon spokesman"),
 * unless it owns it ("NATO's Secretary General"); in an apposition, "of" or "for" followed by an
 * organisation or a country gives the role's organisation or country ("leader of MUJAO"). A run
 * that changes from a lower-case head to a capitalised word gives two titles ("its spokeswoman
 * Lieutenant Colonel Michelle Baldanza" has "spokeswoman" and "Lieutenant Colonel").
 *
 * <p>The role's agent code comes from the Phoenix agents dictionary over the title's words
 * ("Foreign Minister" is {@code GOV}, "Defense Minister" {@code GOVMIL}), else from the
 * vocabulary's own code for its head ("General" is {@code MIL}); the title nearest the name counts
 * first.
 */
final class TitleFinder {

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this", "that");
  private static final Set<String> COMPLEMENT_WORDS = Set.of("of", "for", "at", "to", "in");
  private static final int MAX_APPOSITION = 12;
  private static final int MAX_RUN = 10;

  private final TitleVocabulary vocabulary;
  private final ActorDictionary dictionary;

  TitleFinder(TitleVocabulary vocabulary, ActorDictionary dictionary) {
    this.vocabulary = vocabulary;
    this.dictionary = dictionary;
  }

  /** Adds the titles and role found around person mention {@code p} to it. */
  void find(Candidate p, List<Token> tokens, List<String> words, Candidate[] byToken, String text) {
    int left = walkLeft(tokens, byToken, p.first - 1);
    int edge = left >= 0 ? left : p.first;
    if (edge >= 2 && tokens.get(edge - 1).text().equals(",")) {
      int before = walkLeft(tokens, byToken, edge - 2);
      if (before >= 0) {
        addRun(p, tokens, words, byToken, text, before, edge - 2);
      }
    }
    if (left >= 0) {
      addRun(p, tokens, words, byToken, text, left, p.first - 1);
    }
    if (p.end + 1 < tokens.size() && tokens.get(p.end).text().equals(",")) {
      apposition(p, tokens, words, byToken, text, p.end + 1);
    }
  }

  /**
   * The first token of the title run that ends at token {@code r}, or -1 when there is none (no
   * title word there, or no head among them).
   */
  private int walkLeft(List<Token> tokens, Candidate[] byToken, int r) {
    int i = r;
    int left = r + 1;
    boolean head = false;
    int floor = Math.max(0, r - MAX_RUN); // a title is a few words; bounds the walk
    while (i >= floor) {
      if (byToken[i] != null) {
        break;
      }
      String t = tokens.get(i).text();
      if (vocabulary.isTitleWord(t)) {
        head |= vocabulary.isHead(t);
        left = i;
        i--;
        continue;
      }
      if (lower(t).equals("of")
          && left <= r
          && i > 0
          && vocabulary.isTitleWord(tokens.get(i - 1).text())) {
        left = i;
        i--;
        continue;
      }
      if (Names.isCapitalized(t)) {
        // "Secretary of Homeland Security": a capitalised complement of a head
        int j = i;
        while (j >= floor
            && byToken[j] == null
            && Names.isCapitalized(tokens.get(j).text())
            && !vocabulary.isTitleWord(tokens.get(j).text())) {
          j--;
        }
        if (j >= Math.max(1, floor)
            && byToken[j] == null
            && lower(tokens.get(j).text()).equals("of")
            && vocabulary.isHead(tokens.get(j - 1).text())) {
          left = j;
          i = j - 1;
          continue;
        }
      }
      break;
    }
    return head ? left : -1;
  }

  /** Records the run {@code from..to} (inclusive) before a name, with what stands before it. */
  private void addRun(
      Candidate p,
      List<Token> tokens,
      List<String> words,
      Candidate[] byToken,
      String text,
      int from,
      int to) {
    int titleStart = tokens.get(from).start();
    int k = from - 1;
    Candidate owner = null;
    boolean owns = false;
    if (k >= 1 && Names.isPossessiveMarker(tokens.get(k).text()) && byToken[k - 1] != null) {
      owner = byToken[k - 1];
      owns = true;
    } else if (k >= 0 && byToken[k] != null) {
      owner = byToken[k];
      owns = owner.stop < tokens.get(k).end(); // "Mali's" written as one token
    }
    if (owner != null) {
      if (owner.type == EntityType.COUNTRY || owner.type == EntityType.NATIONALITY) {
        setCountry(p, owner);
      } else if (owner.type == EntityType.ORGANIZATION || owner.type == EntityType.GROUP) {
        if (p.roleOrganization == null) {
          p.roleOrganization = owner;
        }
        if (owner.country != null && p.roleCountry == null) {
          p.roleCountry = owner.country;
        }
        if (!owns) {
          titleStart = owner.start;
        }
      }
    }
    // split where a capitalised title follows a complete lower-case one
    int segment = from;
    boolean segmentHasHead = false;
    String agent = null;
    for (int i = from; i <= to; i++) {
      String t = tokens.get(i).text();
      if (i > segment
          && segmentHasHead
          && Names.isCapitalized(t)
          && !Names.isCapitalized(tokens.get(i - 1).text())
          && !lower(tokens.get(i - 1).text()).equals("of")) {
        String a = addTitle(p, tokens, words, text, titleStart, segment, i - 1);
        agent = a != null ? a : agent;
        segment = i;
        titleStart = tokens.get(i).start();
        segmentHasHead = false;
      }
      segmentHasHead |= vocabulary.isHead(t);
    }
    String a = addTitle(p, tokens, words, text, titleStart, segment, to);
    agent = a != null ? a : agent;
    if (agent != null) {
      p.roleAgent = agent; // the title nearest the name wins
    }
  }

  /** Adds one title; returns its agent code or null. */
  private String addTitle(
      Candidate p,
      List<Token> tokens,
      List<String> words,
      String text,
      int startChar,
      int from,
      int to) {
    boolean head = false;
    for (int i = from; i <= to; i++) {
      head |= vocabulary.isHead(tokens.get(i).text());
    }
    if (!head) {
      return null;
    }
    String title = text.substring(startChar, tokens.get(to).end()).strip();
    boolean seen = false;
    for (String t : p.titles) {
      seen |= t.equalsIgnoreCase(title);
    }
    if (!seen) {
      p.titles.add(title);
    }
    return agentOf(tokens, words, from, to);
  }

  private String agentOf(List<Token> tokens, List<String> words, int from, int to) {
    List<String> span = words.subList(from, to + 1);
    for (int k = 0; k < span.size(); k++) {
      AgentMatch m = dictionary.agent(span, k).orElse(null);
      if (m != null) {
        return m.code();
      }
    }
    for (int i = to; i >= from; i--) {
      String a = vocabulary.agent(tokens.get(i).text());
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** ", NATO Secretary General", ", a leader of MUJAO", ", the French foreign minister". */
  private void apposition(
      Candidate p,
      List<Token> tokens,
      List<String> words,
      Candidate[] byToken,
      String text,
      int from) {
    int n = tokens.size();
    int i = from;
    while (i < n && DETERMINERS.contains(lower(tokens.get(i).text())) && byToken[i] == null) {
      i++;
    }
    int titleStart = -1;
    int firstWord = -1;
    int lastHead = -1;
    Candidate org = null;
    Candidate country = null;
    Candidate complement = null;
    while (i < n && i - from < MAX_APPOSITION) {
      Candidate c = byToken[i];
      if (c != null) {
        if (c == p || lastHead >= 0) {
          break;
        }
        if ((c.type == EntityType.COUNTRY || c.type == EntityType.NATIONALITY)
            && country == null
            && titleStart < 0) {
          country = c;
          i = c.end;
          continue;
        }
        if ((c.type == EntityType.ORGANIZATION || c.type == EntityType.GROUP) && org == null) {
          org = c;
          if (titleStart < 0) {
            titleStart = c.start;
          }
          i = c.end;
          continue;
        }
        break;
      }
      String t = tokens.get(i).text();
      if (vocabulary.isTitleWord(t)) {
        if (titleStart < 0) {
          titleStart = tokens.get(i).start();
        }
        if (firstWord < 0) {
          firstWord = i;
        }
        if (vocabulary.isHead(t)) {
          lastHead = i;
        }
        i++;
        continue;
      }
      if (lastHead >= 0 && COMPLEMENT_WORDS.contains(lower(t))) {
        if (i + 1 < n && vocabulary.isTitleWord(tokens.get(i + 1).text())) {
          i++; // "head of state"
          continue;
        }
        int j = i + 1;
        while (j < n && DETERMINERS.contains(lower(tokens.get(j).text())) && byToken[j] == null) {
          j++;
        }
        if (j < n && byToken[j] != null) {
          complement = byToken[j];
        }
      }
      break;
    }
    if (lastHead < 0 || firstWord < 0) {
      return;
    }
    String title = text.substring(titleStart, tokens.get(lastHead).end()).strip();
    boolean seen = false;
    for (String t : p.titles) {
      seen |= t.equalsIgnoreCase(title);
    }
    if (!seen) {
      p.titles.add(title);
    }
    String agent = agentOf(tokens, words, firstWord, lastHead);
    if (agent != null && p.roleAgent == null) {
      p.roleAgent = agent;
    }
    if (country != null) {
      setCountry(p, country);
    }
    if (org == null
        && complement != null
        && (complement.type == EntityType.ORGANIZATION || complement.type == EntityType.GROUP)) {
      org = complement;
    }
    if (complement != null
        && (complement.type == EntityType.COUNTRY || complement.type == EntityType.NATIONALITY)) {
      setCountry(p, complement);
    }
    if (org != null && p.roleOrganization == null) {
      p.roleOrganization = org;
      if (org.country != null && p.roleCountry == null) {
        p.roleCountry = org.country;
      }
    }
  }

  private static void setCountry(Candidate p, Candidate c) {
    if (p.roleCountry == null && c.country != null) {
      p.roleCountry = c.country;
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
