package org.ignbot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /slack/events}: slash commands, interactivity and the Events API on one endpoint. It
 * reads the raw body itself (nothing may parse the form first, or the signature cannot be checked),
 * refuses anything unsigned, tampered or outside the five-minute window with 401, and hands the
 * rest to Bolt.
 */
@RestController
public final class SlackEventsEndpoint {
  /** Slack's payloads are a few kilobytes; anything much larger is not Slack. */
  static final int MAX_BODY = 1 << 20;

  private static final Logger log = LoggerFactory.getLogger(SlackEventsEndpoint.class);
  private static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final App app;
  private final SlackRequestParser parser;
  private final SignatureCheck signatures;

  SlackEventsEndpoint(App app, SignatureCheck signatures) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signatures = signatures;
  }

  @PostMapping("/slack/events")
  ResponseEntity<String> events(InputStream input, @RequestHeader HttpHeaders headers)
      throws Exception {
    byte[] body = input.readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return refuse(HttpStatus.CONTENT_TOO_LARGE, "That request is too large for Slack's.");
    }
    Optional<String> problem =
        signatures.problem(
            headers.getFirst(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
            headers.getFirst(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
            body);
    if (problem.isPresent()) {
      log.info("Refused a request to /slack/events: {}", problem.get());
      return refuse(HttpStatus.UNAUTHORIZED, "Only Slack's signed requests are taken here.");
    }
    String text = new String(body, StandardCharsets.UTF_8);
    Optional<String> unfit = SignedBodyCheck.problem(text);
    if (unfit.isPresent()) {
      log.info("Refused a signed Slack request with {}", unfit.get());
      return refuse(HttpStatus.BAD_REQUEST, "Refused a Slack request with " + unfit.get() + ".");
    }
    Request<?> request = parse(text, headers);
    if (request == null) {
      return refuse(HttpStatus.BAD_REQUEST, "Not a Slack request this app handles.");
    }
    return shedding(() -> app.run(request));
  }

  /** How long Slack (or a client) is asked to wait before trying again when the bot is busy. */
  static final String RETRY_AFTER_SECONDS = "5";

  /**
   * Bolt's answer; when the bot's workers are saturated (a task refused), 503 with {@code
   * Retry-After} and one line, never a 500 nor a stack trace: Slack retries events, and the next
   * attempt finds room once the queue has drained.
   */
  static ResponseEntity<String> shedding(Callable<Response> app) throws Exception {
    try {
      return answer(app.call());
    } catch (RejectedExecutionException busy) {
      log.warn("Busy: answered a Slack request with 503 (the work queue is full)");
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .contentType(PLAIN)
          .body("Busy; try again in a few seconds.\n");
    }
  }

  private static ResponseEntity<String> refuse(HttpStatus status, String line) {
    return ResponseEntity.status(status).contentType(PLAIN).body(line + "\n");
  }

  private Request<?> parse(String body, HttpHeaders headers) {
    Map<String, List<String>> copied = new LinkedHashMap<>();
    headers.forEach((name, values) -> copied.put(name.toLowerCase(java.util.Locale.ROOT), values));
    try {
      return parser.parse(
          SlackRequestParser.HttpRequest.builder()
              .requestUri("/slack/events")
              .queryString(Map.of())
              .requestBody(body)
              .headers(new RequestHeaders(copied))
              .build());
    } catch (RuntimeException e) {
      log.info("Refused a signed but unreadable Slack request: {}", e.getClass().getSimpleName());
      return null;
    }
  }

  static ResponseEntity<String> answer(Response response) throws IOException {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.getStatusCode());
    if (response.getContentType() != null) {
      answer.header(HttpHeaders.CONTENT_TYPE, response.getContentType());
    }
    if (response.getHeaders() != null) {
      response
          .getHeaders()
          .forEach((name, values) -> answer.header(name, values.toArray(String[]::new)));
    }
    return answer.body(response.getBody() == null ? "" : response.getBody());
  }
}
