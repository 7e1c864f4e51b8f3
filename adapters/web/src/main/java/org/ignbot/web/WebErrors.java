package org.ignbot.web;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
  static final String NOT_FOUND =
      "Nothing here. The schedule is at /, every meeting at /calendar/ign.ics.";
  static final String FAILED = "Something went wrong on our side; it is logged. Please try again.";

  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<String> notFound() {
    return plain(HttpStatus.NOT_FOUND, NOT_FOUND);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<String> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    // Each address says what it takes: GET and HEAD for the calendars, POST for /slack/events.
    String allowed =
        e.getSupportedHttpMethods() == null || e.getSupportedHttpMethods().isEmpty()
            ? ReadOnlyFilter.ALLOW
            : e.getSupportedHttpMethods().stream()
                .map(HttpMethod::name)
                .sorted()
                .collect(Collectors.joining(", "));
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .header(HttpHeaders.ALLOW, allowed)
        .contentType(PLAIN)
        .body(
            "Only "
                + allowed.replace(", ", " and ")
                + (allowed.contains(",") ? " work" : " works")
                + " here.\n");
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
    return plain(HttpStatus.INTERNAL_SERVER_ERROR, FAILED);
  }

  private static ResponseEntity<String> plain(HttpStatus status, String line) {
    return ResponseEntity.status(status).contentType(PLAIN).body(line + "\n");
  }
}
