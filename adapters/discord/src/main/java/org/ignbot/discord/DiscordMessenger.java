package org.ignbot.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/**
 * Sends reminders and notices on Discord: to a user by direct message, or to a channel, with the
 * same embeds and buttons as answers. Requests are not queued behind JDA's rate limiter: a 429
 * comes back at once as "retry later" with Discord's Retry-After, and the caller's schedule
 * decides.
 */
final class DiscordMessenger implements Messenger {
  /** Errors that will not pass: the user or channel is gone, or closed to the bot. */
  private static final Set<ErrorResponse> FOR_GOOD =
      Set.of(
          ErrorResponse.CANNOT_SEND_TO_USER,
          ErrorResponse.UNKNOWN_USER,
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS);

  /** Direct-message channels opened before, by user: one request per reminder instead of two. */
  private static final int KNOWN_CHANNELS = 10_000;

  private final Supplier<JDA> jda;
  private final ReplyRenderer renderer = new ReplyRenderer();
  private final Map<String, PrivateChannel> channels =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PrivateChannel> eldest) {
              return size() > KNOWN_CHANNELS;
            }
          });

  /**
   * @param jda the logged-in JDA (waits for the login when it is still going on)
   */
  DiscordMessenger(Supplier<JDA> jda) {
    this.jda = jda;
  }

  @Override
  public String platform() {
    return InteractionListener.PLATFORM;
  }

  /**
   * The user's direct-message channel: opened before, or opened now. A channel stays the same for a
   * user, so it is kept (JDA's light cache does not keep it).
   */
  private MessageChannel directChannel(String userId) throws RateLimitedException {
    PrivateChannel channel = channels.get(userId);
    if (channel == null) {
      channel = jda.get().openPrivateChannelById(userId).complete(false);
      channels.put(userId, channel);
    }
    return channel;
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    return send(recipient, message, Optional.empty());
  }

  /**
   * Each part goes with a nonce made from {@code key} (JDA sends {@code enforce_nonce}): Discord
   * answers a second send with the same nonce, within a few minutes, with the message it already
   * has, so a send again after a lost answer does not double it.
   */
  @Override
  public DeliveryResult send(Recipient recipient, Reply message, String key) {
    return send(recipient, message, Optional.of(key));
  }

  /** A nonce of at most 25 characters, Discord's limit, the same for the same key and part. */
  static String nonce(String key, int part) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((key + "#" + part).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 25);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private DeliveryResult send(Recipient recipient, Reply message, Optional<String> key) {
    if (!platform().equals(recipient.platform()) || !recipient.id().matches("\\d{1,20}")) {
      return new DeliveryResult.Refused("\"" + recipient.id() + "\" is not a Discord id");
    }
    try {
      MessageChannel channel;
      if (recipient.kind() == Recipient.Kind.DIRECT_MESSAGE) {
        channel = directChannel(recipient.id());
      } else {
        channel = jda.get().getChannelById(GuildMessageChannel.class, recipient.id());
        if (channel == null) {
          return new DeliveryResult.Refused(
              "the bot cannot see channel " + recipient.id() + " (deleted, or not invited)");
        }
      }
      String sent = "";
      int part = 0;
      for (MessageCreateData data : renderer.render(message, recipient.workspace())) {
        MessageCreateAction action = channel.sendMessage(data);
        if (key.isPresent()) {
          action = action.setNonce(nonce(key.get(), part));
        }
        sent = action.complete(false).getId();
        part++;
      }
      return new DeliveryResult.Delivered(sent);
    } catch (RateLimitedException e) {
      return new DeliveryResult.RetryLater(
          Duration.ofMillis(e.getRetryAfter()), "Discord rate limit");
    } catch (InsufficientPermissionException e) {
      return new DeliveryResult.Refused(
          "the bot lacks the permission " + e.getPermission().getName() + " there");
    } catch (ErrorResponseException e) {
      // A kept channel Discord refuses is opened afresh next time.
      channels.remove(recipient.id());
      if (FOR_GOOD.contains(e.getErrorResponse())) {
        return new DeliveryResult.Refused(e.getMeaning());
      }
      return new DeliveryResult.RetryLater(Duration.ZERO, "Discord answered " + e.getMeaning());
    } catch (RuntimeException e) {
      return new DeliveryResult.RetryLater(Duration.ZERO, "Discord did not answer: " + e);
    }
  }
}
