package org.ignbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;

/**
 * {@code /ign <command>}: the answer goes in the acknowledgement when the engine has it in time (it
 * nearly always has); otherwise the acknowledgement says so and the answer follows through the
 * response URL. Files and further messages always follow after the acknowledgement.
 */
final class SlashCommands {
  /** Slack waits 3 s for the acknowledgement; the rest is margin for the network. */
  static final Duration ANSWER_BUDGET = Duration.ofMillis(1500);

  private final CommandEngine engine;
  private final AdminList admins;
  private final BlockKitRenderer renderer;
  private final ReplyDelivery delivery;
  private final ExecutorService work;

  SlashCommands(
      CommandEngine engine,
      AdminList admins,
      BlockKitRenderer renderer,
      ReplyDelivery delivery,
      ExecutorService work) {
    this.engine = engine;
    this.admins = admins;
    this.renderer = renderer;
    this.delivery = delivery;
    this.work = work;
  }

  void register(App app, String command) {
    app.command(command, this::handle);
  }

  Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    Where where =
        new Where(
            payload.getTeamId(),
            payload.getUserId(),
            Optional.ofNullable(payload.getChannelId()),
            Optional.ofNullable(payload.getResponseUrl()),
            Where.isDirectMessage(payload.getChannelId()));
    Future<Reply> answer;
    try {
      answer =
          work.submit(
              () -> {
                PastedLetters.Input input = PastedLetters.of(payload.getText(), List.of());
                return engine.handle(where.asker(admins), input.text(), input.files());
              });
    } catch (RejectedExecutionException e) {
      return ctx.ack(ephemeral("I am busy right now; please try again in a minute."));
    }
    Reply reply;
    try {
      reply = answer.get(ANSWER_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      work.execute(() -> deliverWhenDone(answer, where));
      return ctx.ack(ephemeral(":hourglass_flowing_sand: Working on it…"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ctx.ack(ephemeral("I was interrupted; please try again."));
    } catch (ExecutionException e) {
      return ctx.ack(ephemeral("Something went wrong on my side; it is logged. Please try again."));
    }
    List<SlackMessage> messages = renderer.render(reply);
    if (messages.size() > 1 || !reply.attachments().isEmpty()) {
      work.execute(() -> delivery.deliver(reply, where, 1, false));
    }
    SlackMessage first = messages.get(0);
    return ctx.ack(
        SlashCommandResponse.builder()
            .responseType(first.responseType())
            .text(first.text())
            .blocks(first.blocks())
            .build());
  }

  private void deliverWhenDone(Future<Reply> answer, Where where) {
    try {
      delivery.deliver(answer.get(), where, 0, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      delivery.deliver(
          Reply.error("Something went wrong on my side; it is logged. Please try again."),
          where,
          0,
          true);
    }
  }

  private static SlashCommandResponse ephemeral(String text) {
    return SlashCommandResponse.builder().responseType("ephemeral").text(text).build();
  }
}
