package org.ignbot.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.util.List;
import java.util.stream.Collectors;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reply after the acknowledgement: its messages through the response URL (or as messages
 * where there is none, as on the App Home tab), then its files.
 */
final class ReplyDelivery {
  private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

  private final BlockKitRenderer renderer;
  private final Outboxes outboxes;

  ReplyDelivery(BlockKitRenderer renderer, Outboxes outboxes) {
    this.renderer = renderer;
    this.outboxes = outboxes;
  }

  /**
   * Sends the reply's messages from {@code skip} on (the acknowledgement may have carried the first
   * already) and uploads its files. {@code replaceFirst} replaces a "working on it" message.
   */
  void deliver(Reply reply, Where where, int skip, boolean replaceFirst) {
    List<SlackMessage> messages = renderer.render(reply);
    try {
      for (int i = skip; i < messages.size(); i++) {
        send(where, messages.get(i), replaceFirst && i == skip);
      }
    } catch (Exception e) {
      log.warn("Could not answer a Slack user: {}", describe(e));
      return;
    }
    if (!reply.attachments().isEmpty()) {
      upload(reply, where);
    }
  }

  /** One message, in the conversation of the interaction. */
  void send(Where where, SlackMessage message, boolean replaceOriginal) throws Exception {
    Outbox outbox = outboxes.of(where.team());
    if (where.responseUrl().isPresent()) {
      outbox.respond(where.responseUrl().get(), message, replaceOriginal);
      return;
    }
    String channel =
        where.directMessage() && where.channel().isPresent() ? where.channel().get() : where.user();
    ChatPostMessageResponse posted = outbox.post(channel, message);
    if (!posted.isOk()) {
      throw new IllegalStateException("chat.postMessage: " + posted.getError());
    }
  }

  /**
   * Files go where the answer went when everyone there may see them (a public answer, or the direct
   * messages); an answer only the asker sees gets its files in their direct messages instead.
   */
  private void upload(Reply reply, Where where) {
    List<Attachment> files = reply.attachments();
    String names = files.stream().map(Attachment::fileName).collect(Collectors.joining(", "));
    try {
      Outbox outbox = outboxes.of(where.team());
      // A message event in the direct messages is surely the bot's own conversation; a slash
      // command's D channel may be two other people's, so files for one person go through
      // conversations.open.
      boolean ownDirectMessages = where.directMessage() && where.responseUrl().isEmpty();
      boolean inPlace =
          where.channel().isPresent()
              && (ownDirectMessages || reply.visibility() == Reply.Visibility.PUBLIC);
      String channel = inPlace ? where.channel().get() : outbox.directMessageWith(where.user());
      FilesUploadV2Response uploaded = outbox.upload(channel, files, names);
      if (!uploaded.isOk()) {
        throw new IllegalStateException("files upload: " + uploaded.getError());
      }
      if (!inPlace && where.responseUrl().isPresent()) {
        tell(where, "I sent " + names + " to our direct messages.");
      }
    } catch (Exception e) {
      log.warn("Could not upload {} to Slack: {}", names, describe(e));
      tell(where, "I could not upload " + names + " just now; please try again in a minute.");
    }
  }

  private void tell(Where where, String line) {
    try {
      send(where, renderer.render(Reply.ok().line(line).build()).get(0), false);
    } catch (Exception e) {
      log.warn("Could not tell a Slack user about a file: {}", describe(e));
    }
  }

  /** The failure in one line, without tokens or stack trace. */
  static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
