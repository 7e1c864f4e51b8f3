package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;

/**
 * Calendar invitations to an address: what {@code subscribe email <address> [lead times] [topic
 * <cluster>]} does, for typed callers (Discord's {@code /ign subscribe-email}).
 */
public interface SubscribeByEmail {
  /**
   * Sends {@code address} a confirmation (or updates its subscription); {@code leadTimes} empty
   * means the defaults, {@code cluster} empty every meeting.
   */
  Reply subscribeByEmail(
      Invocation call, MailAddress address, List<Duration> leadTimes, Optional<Cluster> cluster);
}
