/**
 * The data side of the event coder: the PETRARCH 2 verb dictionary ({@link
 * org.newsgraph.extract.event.VerbDictionary}: synsets, verb blocks, patterns and transformations
 * as typed records), the discard phrases ({@link org.newsgraph.extract.event.Discards}) and the
 * CAMEO code tables with QuadClass, Goldstein values and PLOVER categories ({@link
 * org.newsgraph.extract.event.CameoCodes}); {@link org.newsgraph.extract.event.EventDictionaries}
 * loads them together, bundled or from a folder.
 *
 * <p>Readers are lenient about content (a malformed dictionary line is skipped, counted and
 * reported in a {@link org.newsgraph.extract.event.LoadReport}, never thrown) and strict about
 * arguments. The bundled files and their licences are listed in {@code
 * org/newsgraph/extract/event/README.md}.
 */
package org.newsgraph.extract.event;
