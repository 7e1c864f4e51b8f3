package org.ignbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages to the bot: each is a command, as after {@code /ign}. A file shared with the
 * message (a letter for the admin's {@code import}) is downloaded and handed to the command.
 */
final class DirectMessages {
  /** Letters are a few pages; a larger file is not one. */
  static final int MAX_FILE = 2 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

  private final CommandEngine engine;
  private final AdminList admins;
  private final ReplyDelivery delivery;
  private final OkHttpClient http;
  private final Tokens tokens;
  private final Predicate<String> trustedHost;
  private final ExecutorService work;
  private final SeenEvents seen;

  DirectMessages(
      CommandEngine engine,
      AdminList admins,
      ReplyDelivery delivery,
      OkHttpClient http,
      Tokens tokens,
      Predicate<String> trustedHost,
      SeenEvents seen,
      ExecutorService work) {
    this.seen = seen;
    this.engine = engine;
    this.admins = admins;
    this.delivery = delivery;
    this.http = http;
    this.tokens = tokens;
    this.trustedHost = trustedHost;
    this.work = work;
  }

  void register(App app) {
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent event = payload.getEvent();
          if (isFromPerson(event.getChannelType(), event.getBotId(), event.getUser())
              && seen.firstTime(payload.getEventId())) {
            String team = payload.getTeamId();
            work.execute(
                () ->
                    answer(team, event.getUser(), event.getChannel(), event.getText(), List.of()));
          }
          return ctx.ack();
        });
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent event = payload.getEvent();
          if (isFromPerson(event.getChannelType(), null, event.getUser())
              && seen.firstTime(payload.getEventId())) {
            String team = payload.getTeamId();
            List<File> files = event.getFiles() == null ? List.of() : event.getFiles();
            work.execute(
                () -> answer(team, event.getUser(), event.getChannel(), event.getText(), files));
          }
          return ctx.ack();
        });
  }

  private static boolean isFromPerson(String channelType, String botId, String user) {
    return "im".equals(channelType) && botId == null && user != null;
  }

  private void answer(String team, String user, String channel, String text, List<File> files) {
    Where where = new Where(team, user, Optional.of(channel), Optional.empty(), true);
    List<Attachment> attachments = new ArrayList<>();
    for (File file : files) {
      try {
        attachments.add(download(team, file));
      } catch (IOException e) {
        log.warn("Could not download a file shared with the bot: {}", ReplyDelivery.describe(e));
        delivery.deliver(
            Reply.error(
                "I could not read \""
                    + file.getName()
                    + "\": "
                    + e.getMessage()
                    + ". Share it again, or paste its text after the command."),
            where,
            0,
            false);
        return;
      }
    }
    String command = text == null || text.isBlank() ? (files.isEmpty() ? "" : "import") : text;
    PastedLetters.Input input = PastedLetters.of(command, attachments);
    delivery.deliver(
        engine.handle(where.asker(admins), input.text(), input.files()), where, 0, false);
  }

  private Attachment download(String team, File file) throws IOException {
    String url =
        file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    if (parsed == null || !trustedHost.test(parsed.host())) {
      // The bot token goes with the download: only ever to Slack.
      throw new IOException("Slack gave no address of its own for it");
    }
    if (file.getSize() != null && file.getSize() > MAX_FILE) {
      throw new IOException("it is larger than 2 MB, too large for a letter");
    }
    String botToken =
        tokens.botToken(team).orElseThrow(() -> new IOException("the bot is not installed here"));
    Request request =
        new Request.Builder().url(parsed).header("Authorization", "Bearer " + botToken).build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("Slack answered " + response.code());
      }
      byte[] content;
      try (InputStream in = body.byteStream()) {
        content = in.readNBytes(MAX_FILE + 1);
      }
      if (content.length > MAX_FILE) {
        throw new IOException("it is larger than 2 MB, too large for a letter");
      }
      String type = file.getMimetype() == null ? "application/octet-stream" : file.getMimetype();
      String name = file.getName() == null ? "file" : file.getName();
      return new Attachment(name, type, content);
    }
  }
}
