/**
 * The serve stage: the store over HTTP. {@link org.newsgraph.serve.ApiServer} is the only public
 * class; it starts a Javalin server whose GET endpoints under {@code /api} answer {@link
 * org.newsgraph.query.Queries} as JSON, described by the hand-written OpenAPI document {@code
 * openapi.json} beside these classes. The README's "The HTTP API" is the user's guide to the
 * endpoints.
 */
package org.newsgraph.serve;
