package org.ignbot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ignbot.core.reply.Attachment;

/** Everything the bot sends to Slack: messages, response-URL answers, files and views. */
final class Outbox {
  private final Slack slack;
  private final MethodsClient methods;

  /** The metadata event type of the bot's reminders and notices. */
  static final String DELIVERY_EVENT = "ign_delivery";

  /** How far back the history is searched for a message: retries come within minutes. */
  private static final int RECENT = 100;

  /**
   * One for every outbox and send: Gson is thread-safe, and making one costs about a millisecond.
   */
  private static final Gson GSON = GsonFactory.createSnakeCase();

  Outbox(Slack slack, String botToken) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
  }

  /** Answers through an interaction's response URL (ephemeral unless the message says so). */
  void respond(String responseUrl, SlackMessage message, boolean replaceOriginal)
      throws IOException {
    ActionResponse body =
        ActionResponse.builder()
            .responseType(message.responseType())
            .text(message.text())
            .blocks(message.blocks())
            .replaceOriginal(replaceOriginal)
            .build();
    WebhookResponse response = slack.send(responseUrl, GSON.toJson(body));
    if (response.getCode() != 200) {
      throw new IOException("Slack answered " + response.getCode() + " to a response_url message");
    }
  }

  /** Posts a message to a channel, or to a user's direct messages with the bot. */
  ChatPostMessageResponse post(String channel, SlackMessage message)
      throws IOException, SlackApiException {
    return methods.chatPostMessage(
        r -> r.channel(channel).text(message.text()).blocks(message.blocks()));
  }

  /**
   * Posts a message carrying {@code key} in its metadata (event type {@value #DELIVERY_EVENT}), so
   * that {@link #findByKey} can tell later whether it arrived.
   */
  ChatPostMessageResponse post(String channel, SlackMessage message, String key)
      throws IOException, SlackApiException {
    Message.Metadata metadata =
        Message.Metadata.builder()
            .eventType(DELIVERY_EVENT)
            .eventPayload(Map.of("key", key))
            .build();
    return methods.chatPostMessage(
        r -> r.channel(channel).text(message.text()).blocks(message.blocks()).metadata(metadata));
  }

  /**
   * The "channel/ts" of a recent message in {@code channel} (a channel id, or a user's id for the
   * direct messages) that carries {@code key}; empty when none does. Needs the history scopes
   * (channels:history, groups:history, im:history); fails without them.
   */
  Optional<String> findByKey(String channel, String key) throws IOException, SlackApiException {
    String conversation =
        channel.startsWith("U") || channel.startsWith("W") ? directMessageWith(channel) : channel;
    ConversationsHistoryResponse history =
        methods.conversationsHistory(
            r -> r.channel(conversation).limit(RECENT).includeAllMetadata(true));
    if (!history.isOk()) {
      throw new IOException("conversations.history failed: " + history.getError());
    }
    return history.getMessages().stream()
        .filter(m -> m.getMetadata() != null)
        .filter(m -> DELIVERY_EVENT.equals(m.getMetadata().getEventType()))
        .filter(m -> m.getMetadata().getEventPayload() != null)
        .filter(m -> key.equals(m.getMetadata().getEventPayload().get("key")))
        .map(m -> conversation + "/" + m.getTs())
        .findFirst();
  }

  /** The direct-message conversation with a user, for files that only they should see. */
  String directMessageWith(String user) throws IOException, SlackApiException {
    ConversationsOpenResponse open = methods.conversationsOpen(r -> r.users(List.of(user)));
    if (!open.isOk()) {
      throw new IOException("conversations.open failed: " + open.getError());
    }
    return open.getChannel().getId();
  }

  /** Uploads files into a conversation (files.getUploadURLExternal, upload, complete). */
  FilesUploadV2Response upload(String channel, List<Attachment> files, String comment)
      throws IOException, SlackApiException {
    List<FilesUploadV2Request.UploadFile> uploads =
        files.stream()
            .map(
                file ->
                    FilesUploadV2Request.UploadFile.builder()
                        .filename(file.fileName())
                        .title(file.fileName())
                        .fileData(file.content())
                        .build())
            .collect(Collectors.toList());
    return methods.filesUploadV2(
        r ->
            r.channel(channel).uploadFiles(uploads).initialComment(comment).requestFileInfo(false));
  }

  /** Shows a view on a user's App Home tab. */
  void publishHome(String user, View view) throws IOException, SlackApiException {
    var response = methods.viewsPublish(r -> r.userId(user).view(view));
    if (!response.isOk()) {
      throw new IOException("views.publish failed: " + response.getError());
    }
  }

  /** Opens a modal for the click that carried {@code triggerId}. */
  void openModal(String triggerId, View view) throws IOException, SlackApiException {
    var response = methods.viewsOpen(r -> r.triggerId(triggerId).view(view));
    if (!response.isOk()) {
      throw new IOException("views.open failed: " + response.getError());
    }
  }

  /** The zone of a user's Slack profile, when Slack knows one (needs users:read). */
  Optional<ZoneId> profileZone(String user) throws IOException, SlackApiException {
    UsersInfoResponse info = methods.usersInfo(r -> r.user(user));
    if (!info.isOk() || info.getUser() == null || info.getUser().getTz() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(info.getUser().getTz()));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  MethodsClient methods() {
    return methods;
  }
}
