package org.newsgraph.serve;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the API answers failures: always JSON {@code {"error": ..., "detail": ...}}, 400 for a bad
 * parameter ({@link IllegalArgumentException}), the status of an {@link HttpResponseException} (404
 * for unknown ids and routes), and 500 with a generic message for anything else, whose stack trace
 * goes to the server's log and never to the client.
 */
final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  /** The body of every error answer. */
  record ApiError(String error, String detail) {}

  static void register(Javalin app) {
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) ->
            ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("bad request", e.getMessage())));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          HttpStatus status = HttpStatus.forStatus(e.getStatus());
          ctx.status(status)
              .json(new ApiError(status.getMessage().toLowerCase(Locale.ROOT), detail(e)));
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
              .json(new ApiError("internal error", "the request failed; the server log says why"));
        });
  }

  /**
   * The exception's message ("no actor with id 7", "Endpoint GET /x not found"), else the reason.
   */
  private static String detail(HttpResponseException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? HttpStatus.forStatus(e.getStatus()).getMessage()
        : message;
  }
}
