package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /ign} when the workers are saturated: the request is acknowledged (or the endpoint answers
 * 503 with Retry-After), never an exception that Spring turns into a 500, and a late answer still
 * reaches the asker. The pool is saturated deterministically: an executor that takes a fixed number
 * of tasks and refuses every other.
 */
class SlashCommandsOverloadTests {
  private final CountDownLatch release = new CountDownLatch(1);
  private final BlockingQueue<String> posted = new LinkedBlockingQueue<>();
  private final HttpServer responseUrl;
  private final Slack slack = Slack.getInstance(new SlackConfig());
  private final ExecutorService threads = Executors.newCachedThreadPool();

  SlashCommandsOverloadTests() throws IOException {
    responseUrl = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    responseUrl.createContext(
        "/respond",
        exchange -> {
          posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, ok.length);
          exchange.getResponseBody().write(ok);
          exchange.close();
        });
    responseUrl.start();
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    responseUrl.stop(0);
    threads.shutdownNow();
    slack.close();
  }

  /** Runs the first {@code accepted} tasks on threads of its own and refuses every later one. */
  private final class Saturated extends AbstractExecutorService {
    private final AtomicInteger room;

    Saturated(int accepted) {
      room = new AtomicInteger(accepted);
    }

    @Override
    public void execute(Runnable task) {
      if (room.getAndDecrement() <= 0) {
        throw new RejectedExecutionException("saturated");
      }
      threads.execute(task);
    }

    @Override
    public void shutdown() {}

    @Override
    public List<Runnable> shutdownNow() {
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return false;
    }

    @Override
    public boolean isTerminated() {
      return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return false;
    }
  }

  private final Command slow =
      command(
          "slow",
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Reply.ok().line("Done, slowly.").build();
          });

  private final Command file =
      command(
          "file",
          () ->
              Reply.ok()
                  .line("Here is your calendar.")
                  .attach(
                      new Attachment(
                          "ign.ics",
                          "text/calendar",
                          "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))
                  .build());

  private static Command command(String name, Supplier<Reply> answer) {
    return new Command() {
      @Override
      public CommandSpec spec() {
        return CommandSpec.command(name).summary(name).build();
      }

      @Override
      public Reply run(Invocation invocation) {
        return answer.get();
      }
    };
  }

  private SlashCommands commands(ExecutorService work, Duration budget) {
    CommandEngine engine =
        new CommandEngine(List.of(slow, file), Clock.systemUTC(), new InMemoryUserSettings());
    BlockKitRenderer renderer = new BlockKitRenderer(engine::knows);
    ReplyDelivery delivery =
        new ReplyDelivery(renderer, new Outboxes(slack, team -> Optional.of("xoxb-test")));
    return new SlashCommands(engine, new AdminList(List.of()), renderer, delivery, work, budget);
  }

  private Response ask(SlashCommands commands, String text) {
    SlashCommandPayload payload = new SlashCommandPayload();
    payload.setTeamId("T1");
    payload.setUserId("U1");
    payload.setChannelId("C1");
    payload.setCommand("/ign");
    payload.setText(text);
    payload.setResponseUrl(
        "http://127.0.0.1:" + responseUrl.getAddress().getPort() + "/respond/" + text);
    SlashCommandRequest request =
        new SlashCommandRequest("", payload, new RequestHeaders(Map.of()));
    return commands.handle(request, new SlashCommandContext());
  }

  @Test
  void aLateAnswerOnASaturatedPoolIsAcknowledgedThenDeliveredByItsWorker() throws Exception {
    // One task fits (the answer being computed); nothing else would be taken.
    SlashCommands commands = commands(new Saturated(1), Duration.ofMillis(50));

    Response ack = ask(commands, "slow");

    assertThat(ack.getStatusCode()).isEqualTo(200);
    assertThat(ack.getBody()).contains("Working on it");
    assertThat(posted).isEmpty();
    release.countDown();
    String delivered = posted.poll(30, TimeUnit.SECONDS);
    assertThat(delivered).as("the answer, through the response URL").isNotNull();
    assertThat(delivered).contains("Done, slowly.").contains("\"replace_original\":true");
  }

  @Test
  void aRequestThePoolCannotTakeIsAcknowledgedAsBusy() {
    SlashCommands commands = commands(new Saturated(0), Duration.ofSeconds(1));

    Response ack = ask(commands, "file");

    assertThat(ack.getStatusCode()).isEqualTo(200);
    assertThat(ack.getBody()).contains(SlashCommands.BUSY);
  }

  @Test
  void whenTheFilesCannotFollowTheFirstMessageSaysSo() {
    // The answer is computed; sending its file afterwards is refused.
    SlashCommands commands = commands(new Saturated(1), Duration.ofSeconds(30));

    Response ack = ask(commands, "file");

    assertThat(ack.getStatusCode()).isEqualTo(200);
    assertThat(ack.getBody()).contains("Here is your calendar.").contains("did not follow");
  }

  @Test
  void theEndpointAnswersARefusedTask503WithRetryAfterAndOneLine() throws Exception {
    ResponseEntity<String> busy =
        SlackEventsEndpoint.shedding(
            () -> {
              throw new RejectedExecutionException("Task rejected from pool");
            });
    ResponseEntity<String> fine =
        SlackEventsEndpoint.shedding(() -> Response.builder().statusCode(200).body("ok").build());

    assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(busy.getBody()).isEqualTo("Busy; try again in a few seconds.\n");
    assertThat(fine.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fine.getBody()).isEqualTo("ok");
  }
}
