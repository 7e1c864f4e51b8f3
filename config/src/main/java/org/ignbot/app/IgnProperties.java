package org.ignbot.app;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot's own settings, under {@code ign.}; docs/configuration.md lists each with its environment
 * variable.
 *
 * @param clock {@code as-of}: start the clock at this instant and let it run on
 * @param data where the schedule and the facts come from
 * @param admins platform user ids allowed admin commands, as {@code platform:user-id}
 */
@ConfigurationProperties("ign")
public record IgnProperties(
    @DefaultValue Clock clock, @DefaultValue Data data, @DefaultValue List<String> admins) {

  /**
   * @param asOf start the clock at this instant and let it run on; the real clock when unset
   */
  public record Clock(OffsetDateTime asOf) {}

  /**
   * @param schedule the schedule file ({@code file:path} for your own copy)
   * @param knowledge the facts behind {@code about}
   */
  public record Data(
      @DefaultValue("classpath:data/schedule.yml") String schedule,
      @DefaultValue("classpath:data/knowledge.yml") String knowledge) {}
}
