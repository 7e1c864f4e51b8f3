package org.ignbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ign <command>}: the answer goes in the acknowledgement when the engine has it in time (it
 * nearly always has); otherwise the acknowledgement says so and the answer follows through the
 * response URL. Files and further messages always follow after the acknowledgement.
 */
final class SlashCommands {
  private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);
  static final String BUSY = "I am busy right now; please try again in a minute.";
  static final String BUSY_REST =
      "(I am busy: the rest of this answer did not follow; ask again in a minute.)";
  static final String FAILED = "Something went wrong on my side; it is logged. Please try again.";

  /** Slack waits 3 s for the acknowledgement; the rest is margin for the network. */
  static final Duration ANSWER_BUDGET = Duration.ofMillis(1500);

  private final CommandEngine engine;
  private final AdminList admins;
  private final BlockKitRenderer renderer;
  private final ReplyDelivery delivery;
  private final ExecutorService work;
  private final Duration budget;

  SlashCommands(
      CommandEngine engine,
      AdminList admins,
      BlockKitRenderer renderer,
      ReplyDelivery delivery,
      ExecutorService work) {
    this(engine, admins, renderer, delivery, work, ANSWER_BUDGET);
  }

  /** With another budget for the acknowledgement's answer (tests). */
  SlashCommands(
      CommandEngine engine,
      AdminList admins,
      BlockKitRenderer renderer,
      ReplyDelivery delivery,
      ExecutorService work,
      Duration budget) {
    this.budget = budget;
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
    Answer answer = new Answer(where);
    try {
      work.execute(
          () -> {
            PastedLetters.Input input = PastedLetters.of(payload.getText(), List.of());
            answer.computed(() -> engine.handle(where.asker(admins), input.text(), input.files()));
          });
    } catch (RejectedExecutionException e) {
      return ctx.ack(ephemeral(BUSY));
    }
    Reply reply;
    try {
      reply = answer.inTime(budget);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ctx.ack(ephemeral("I was interrupted; please try again."));
    } catch (ExecutionException e) {
      return ctx.ack(ephemeral(FAILED));
    }
    if (reply == null) {
      // The worker computing the answer sends it when done: nothing waits for it, no task is
      // queued for it, so a saturated pool cannot refuse (or wedge) its delivery.
      return ctx.ack(ephemeral(":hourglass_flowing_sand: Working on it…"));
    }
    List<SlackMessage> messages = renderer.render(reply);
    if (messages.size() > 1 || !reply.attachments().isEmpty()) {
      try {
        work.execute(() -> delivery.deliver(reply, where, 1, false));
      } catch (RejectedExecutionException e) {
        // The first message still goes in the acknowledgement; say what did not follow.
        log.warn("Busy: the rest of an answer (messages, files) was not sent to a Slack user");
        return ctx.ack(acknowledgement(messages.get(0), BUSY_REST));
      }
    }
    return ctx.ack(acknowledgement(messages.get(0), null));
  }

  /** The first message of the answer, with a note at its end when there is one. */
  private static SlashCommandResponse acknowledgement(SlackMessage first, String note) {
    List<LayoutBlock> blocks = first.blocks();
    if (note != null && !blocks.isEmpty() && blocks.size() < SlackMessage.MAX_BLOCKS) {
      blocks = new ArrayList<>(blocks);
      blocks.add(SectionBlock.builder().text(PlainTextObject.builder().text(note).build()).build());
    }
    return SlashCommandResponse.builder()
        .responseType(first.responseType())
        .text(note == null ? first.text() : first.text() + "\n" + note)
        .blocks(blocks)
        .build();
  }

  /**
   * An answer handed over between the request thread, which waits for it up to the budget, and the
   * worker that computes it: whichever comes second delivers it, the request in the
   * acknowledgement, the worker through the response URL once the acknowledgement has said "Working
   * on it…".
   */
  private final class Answer {
    private static final int PENDING = 0;
    private static final int DONE = 1;
    private static final int LATE = 2;

    private final Where where;
    private final AtomicInteger state = new AtomicInteger(PENDING);
    private final CompletableFuture<Reply> result = new CompletableFuture<>();

    Answer(Where where) {
      this.where = where;
    }

    /** Run by the worker. */
    void computed(Supplier<Reply> compute) {
      Reply reply;
      try {
        reply = compute.get();
      } catch (RuntimeException e) {
        log.warn("A Slack command failed: {}", ReplyDelivery.describe(e));
        reply = Reply.error(FAILED);
        result.completeExceptionally(e);
      }
      result.complete(reply);
      if (!state.compareAndSet(PENDING, DONE)) {
        delivery.deliver(reply, where, 0, true);
      }
    }

    /** The reply if it came within {@code budget}, else null: then the worker sends it. */
    Reply inTime(Duration budget) throws InterruptedException, ExecutionException {
      try {
        return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException late) {
        if (state.compareAndSet(PENDING, LATE)) {
          return null;
        }
        // Done meanwhile: it is there, nothing to wait for.
        return result.get();
      }
    }
  }

  private static SlashCommandResponse ephemeral(String text) {
    return SlashCommandResponse.builder().responseType("ephemeral").text(text).build();
  }
}
