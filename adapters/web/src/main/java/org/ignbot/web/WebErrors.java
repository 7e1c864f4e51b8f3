package org.ignbot.web;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors as one plain line: never a stack trace, never a framework's page. */
@RestControllerAdvice
public final class WebErrors {
  private static final Logger log = LoggerFactory.getLogger(WebErrors.class);
  private static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<String> notFound() {
    return plain(
        HttpStatus.NOT_FOUND,
        "Nothing here. The schedule is at /, every meeting at /calendar/ign.ics.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<String> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .header(HttpHeaders.ALLOW, ReadOnlyFilter.ALLOW)
        .contentType(PLAIN)
        .body("Only GET and HEAD work here.\n");
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<String> failed(Exception e) {
    if (e instanceof ErrorResponse response) {
      // Spring MVC's own refusals (bad header, unacceptable type): the caller's mistake.
      return plain(
          HttpStatus.valueOf(response.getStatusCode().value()),
          "That request does not work here ("
              + response.getStatusCode().value()
              + "). Try / for the schedule.");
    }
    log.error("A web request failed", e);
    return plain(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side; it is logged. Please try again.");
  }

  private static ResponseEntity<String> plain(HttpStatus status, String line) {
    return ResponseEntity.status(status).contentType(PLAIN).body(line + "\n");
  }
}
