package org.ignbot.app;

import org.ignbot.slack.SlackSetupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Wrong Slack settings stop start-up with the one line that says which. */
class SlackSetupFailureAnalyzer extends AbstractFailureAnalyzer<SlackSetupException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SlackSetupException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Check the Slack settings (docs/slack.md): SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET"
            + " or SLACK_APP_TOKEN, IGN_SLACK_API_URL.",
        cause);
  }
}
