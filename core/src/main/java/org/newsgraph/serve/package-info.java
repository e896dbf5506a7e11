/**
 * The serve stage: the store over HTTP. {@link org.newsgraph.serve.ApiServer} and {@link
 * org.newsgraph.serve.ApiToken} are the public classes; the server is a Javalin server whose GET
 * endpoints under {@code /api} answer {@link org.newsgraph.query.Queries} as JSON and whose one
 * write endpoint, {@code POST /api/documents} (when started with an {@code ApiServer.Intake}), runs
 * posted articles through the ingest pipeline into the store, for holders of the token only. Both
 * are described by the hand-written OpenAPI document {@code openapi.json} beside these classes. The
 * README's "The HTTP API" is the user's guide to the endpoints, and its "Guarantees" lists the
 * security promises and their tests.
 */
package org.newsgraph.serve;
