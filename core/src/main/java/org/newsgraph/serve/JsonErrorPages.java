package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.newsgraph.serve.ApiErrors.ApiError;

/**
 * The error pages of the HTTP server itself, for requests refused before they reach the API (a
 * malformed path such as {@code /api/documents/%zz}): the same JSON {@code {error, detail}} as
 * {@link ApiErrors} instead of Jetty's HTML, and never a stack trace.
 */
final class JsonErrorPages extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.getOutputStream().write(body(code, message));
  }

  private static byte[] body(int status, String reason) {
    String error = HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT);
    String detail = reason == null || reason.isBlank() ? error : reason;
    try {
      return JSON.writeValueAsBytes(new ApiError(error, detail));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
