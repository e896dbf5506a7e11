/**
 * The quote stage: who said what. {@link org.newsgraph.extract.quote.QuoteExtractor} is the only
 * public class; it reads an annotated document and its entities and returns direct, partial and
 * indirect quotes with their resolved speakers. The word lists it reads (reporting verbs and
 * phrases, speaker roles, given names) are resources beside these classes.
 */
package org.newsgraph.extract.quote;
