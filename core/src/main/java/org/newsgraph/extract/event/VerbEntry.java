package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * One verb of a verb block: its base form (the lemma, as the dictionary writes it), the forms it is
 * written in, and the code it gives when none of its block's patterns matches.
 *
 * <p>Forms: when the dictionary lists forms in braces ({@code BRING {BRINGS BRINGING BROUGHT}}),
 * the base form and those; {@code {}} means the base form only; with no braces, the base form and
 * its regular inflections ({@code -S}/{@code -ES}, {@code -ED}/{@code -D}, {@code -ING}; see {@link
 * VerbDictionary}), as the dictionary's 2015 note says the coder generates them.
 *
 * @param base the base form; {@code base.verbWord()} is the lemma that the dictionary is indexed on
 * @param forms every form, the base form first, without repeats
 * @param formsListed true when the forms were listed in braces rather than generated
 * @param code the verb's own code ({@code ASK [020]}), else its block's code
 * @param block the name of the verb block ({@code --- ASK [---] ---}) the verb belongs to
 * @param line the line of the dictionary the verb is on, from 1
 */
public record VerbEntry(
    VerbForm base,
    List<VerbForm> forms,
    boolean formsListed,
    VerbCode code,
    String block,
    int line) {

  /**
   * @throws IllegalArgumentException when a part is missing or {@code forms} does not start with
   *     {@code base}
   */
  public VerbEntry {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(block, "block");
    forms = List.copyOf(forms);
    // compared by fields: a record's generated equals is slow to start up, and this runs for
    // every verb of a dictionary
    if (forms.isEmpty()
        || forms.get(0).verb() != base.verb()
        || !forms.get(0).words().equals(base.words())) {
      throw new IllegalArgumentException("forms must start with the base form " + base);
    }
  }

  /** The lemma: the base form's verb word ({@code ASK} for {@code ASK} and {@code +ASK_FOR}). */
  public String lemma() {
    return base.verbWord();
  }
}
