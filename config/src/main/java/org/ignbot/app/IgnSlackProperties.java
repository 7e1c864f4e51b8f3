package org.ignbot.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot's own Slack settings, under {@code ign.slack.}; the app's credentials are {@link
 * SlackProperties}.
 *
 * @param api the Slack Web API
 * @param installLinkTtl how long an install link's OAuth state stays valid
 */
@ConfigurationProperties("ign.slack")
record IgnSlackProperties(@DefaultValue Api api, @DefaultValue("10m") Duration installLinkTtl) {

  /**
   * @param url the Web API base (a proxy, or a fake in tests)
   */
  record Api(@DefaultValue("https://slack.com/api/") String url) {}
}
