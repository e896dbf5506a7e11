package org.newsgraph.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page: {@code index.html} at {@code /} and the files beside it at {@code /web/...}, read
 * from the classpath folder {@code org/newsgraph/serve/web/} and nothing else. A path is served
 * only if every segment is a plain name (letters, digits, {@code . _ -}, never {@code .} or {@code
 * ..}) and its extension is one the page uses; anything else is 404, so no request can reach a
 * class file or a resource outside the folder.
 *
 * <p>Every answer carries a Content-Security-Policy that allows scripts, styles, images and
 * requests from the server itself only: the page needs nothing from the network, and article text
 * that slipped into the markup could not run.
 *
 * <p>Thread-safe: stateless.
 */
final class WebAssets {

  /** What the page may load: its own files and the API, nothing inline, nothing from elsewhere. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final String FOLDER = "web/";
  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8",
          "md", "text/plain; charset=utf-8");

  private WebAssets() {}

  static void register(Javalin app) {
    app.get("/", ctx -> send(ctx, "index.html"));
    app.get("/web/<path>", ctx -> send(ctx, ctx.pathParam("path")));
  }

  private static void send(Context ctx, String path) throws IOException {
    String type = typeOf(path);
    if (type == null) {
      throw new NotFoundResponse("no such file: /web/" + path);
    }
    byte[] body;
    try (InputStream in = WebAssets.class.getResourceAsStream(FOLDER + path)) {
      if (in == null) {
        throw new NotFoundResponse("no such file: /web/" + path);
      }
      body = in.readAllBytes();
    }
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-cache")
        .contentType(type)
        .result(body);
  }

  /** The content type of a servable path, or null if the path is not one. */
  static String typeOf(String path) {
    if (path == null || !SAFE_PATH.matcher(path).matches()) {
      return null;
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
