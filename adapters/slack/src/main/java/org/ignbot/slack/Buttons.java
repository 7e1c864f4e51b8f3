package org.ignbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.action.ButtonClicks;
import org.ignbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons and "Only this cluster" menus: a click hands the token the button carries back to the
 * core, which runs the request it stands for as the person who clicked, and answers them (ephemeral
 * in channels; in direct messages from the App Home tab).
 */
final class Buttons {
  private static final Logger log = LoggerFactory.getLogger(Buttons.class);

  private final ButtonClicks clicks;
  private final AdminList admins;
  private final ReplyDelivery delivery;
  private final ExecutorService work;
  private final BiConsumer<String, String> refreshHome;
  private final Map<String, BiFunction<Asker, String, Reply>> typed;

  /**
   * {@code refreshHome} publishes a user's App Home again (team, user) after a click there; {@code
   * typed} answers the buttons whose action id it has, from the clicker and the button's value.
   */
  Buttons(
      CommandEngine engine,
      AdminList admins,
      ReplyDelivery delivery,
      ExecutorService work,
      BiConsumer<String, String> refreshHome,
      Map<String, BiFunction<Asker, String, Reply>> typed) {
    this.clicks = new ButtonClicks(engine);
    this.admins = admins;
    this.delivery = delivery;
    this.work = work;
    this.refreshHome = refreshHome;
    this.typed = Map.copyOf(typed);
  }

  void register(App app) {
    app.blockAction(
        Pattern.compile(
            "^("
                + Pattern.quote(BlockKitRenderer.RUN_ACTION)
                + "|"
                + Pattern.quote(BlockKitRenderer.OVERFLOW_ACTION)
                + ").*"),
        this::handle);
    typed.keySet().forEach(actionId -> app.blockAction(actionId, this::handle));
  }

  Response handle(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    for (BlockActionPayload.Action action : payload.getActions()) {
      String value =
          action.getSelectedOption() != null
              ? action.getSelectedOption().getValue()
              : action.getValue();
      if (value == null || value.isBlank()) {
        continue;
      }
      // A button of the core's replies carries the token of its request, which the core decodes
      // and runs (admin check included); the Home tab's own buttons are typed.
      BiFunction<Asker, String, Reply> answer =
          typed.getOrDefault(action.getActionId(), clicks::click);
      Where where = where(payload);
      try {
        work.execute(
            () -> {
              delivery.deliver(answer.apply(where.asker(admins), value), where, 0, false);
              if (where.channel().isEmpty() && where.responseUrl().isEmpty()) {
                // A click on the Home tab (a zone, a subscription) may change what it shows.
                refreshHome.accept(where.team(), where.user());
              }
            });
      } catch (RejectedExecutionException e) {
        log.warn("Dropped a Slack button click: the bot is busy");
      }
    }
    return ctx.ack();
  }

  static Where where(BlockActionPayload payload) {
    String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
    return new Where(
        payload.getTeam() == null ? payload.getUser().getTeamId() : payload.getTeam().getId(),
        payload.getUser().getId(),
        Optional.ofNullable(channel),
        Optional.ofNullable(payload.getResponseUrl()),
        Where.isDirectMessage(channel));
  }
}
