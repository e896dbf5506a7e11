/**
 * The place stage: where. {@link org.newsgraph.extract.place.Gazetteer} is the offline gazetteer
 * (GeoNames-derived cities, the country table, a hand-written list of regions and seas); {@link
 * org.newsgraph.extract.place.PlaceExtractor} resolves a document's place entities against it with
 * the document's country context and tells, through {@link
 * org.newsgraph.extract.place.DocumentPlaces}, which place each sentence names.
 */
package org.newsgraph.extract.place;
