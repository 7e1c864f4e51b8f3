package org.ignbot.slack;

import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.service.OAuthStateService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Installs through Slack's OAuth flow: {@code GET /slack/install} sends the installer to Slack with
 * a fresh state (also set in a cookie), and {@code GET /slack/oauth_redirect} is where Slack sends
 * them back; Bolt checks the state and calls {@code oauth.v2.access}, and the installation is
 * stored.
 */
@RestController
public final class SlackOAuthEndpoint {
  private final App app;
  private final OAuthStateService states;

  SlackOAuthEndpoint(App app, OAuthStateService states) {
    this.app = app;
    this.states = states;
  }

  @GetMapping(SlackAdapter.INSTALL_PATH)
  ResponseEntity<String> install(@RequestHeader HttpHeaders headers) throws Exception {
    return run(new OAuthStartRequest("", headers(headers)));
  }

  @GetMapping(SlackAdapter.REDIRECT_PATH)
  ResponseEntity<String> redirect(
      @RequestParam MultiValueMap<String, String> query, @RequestHeader HttpHeaders headers)
      throws Exception {
    Map<String, List<String>> copied = new LinkedHashMap<>();
    query.forEach((name, values) -> copied.put(name, new ArrayList<>(values)));
    try {
      return run(
          new OAuthCallbackRequest(
              copied, "", VerificationCodePayload.from(copied), headers(headers)));
    } finally {
      // Bolt uses a state up only when the install succeeds; a denied or failed one must not
      // leave its link working for a second try by someone else.
      String state = query.getFirst("state");
      if (state != null) {
        states.deleteStateFromDatastore(state);
      }
    }
  }

  private ResponseEntity<String> run(Request<?> request) throws Exception {
    request.updateContext(app.config());
    return SlackEventsEndpoint.answer(app.run(request));
  }

  private static RequestHeaders headers(HttpHeaders headers) {
    Map<String, List<String>> copied = new LinkedHashMap<>();
    headers.forEach((name, values) -> copied.put(name.toLowerCase(Locale.ROOT), values));
    return new RequestHeaders(copied);
  }
}
