package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.read.SetTimeZone;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.ZoneInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Home tab's "Set my time zone" dialog: the button opens a modal, whose answer sets the zone
 * through the core's typed {@link SetTimeZone}; an unknown zone is shown on the field.
 */
final class ZoneDialog {
  static final String SET_ZONE_ACTION = "ign-home-set-zone";
  static final String ZONE_MODAL = "ign-zone-modal";
  static final String ZONE_BLOCK = "zone";
  static final String ZONE_INPUT = "zone-input";
  private static final Logger log = LoggerFactory.getLogger(ZoneDialog.class);

  private final CommandEngine engine;
  private final AdminList admins;
  private final Outboxes outboxes;
  private final ExecutorService work;
  private final BiConsumer<String, String> refreshHome;

  /** {@code refreshHome} publishes a user's App Home again (team, user) once the zone is set. */
  ZoneDialog(
      CommandEngine engine,
      AdminList admins,
      Outboxes outboxes,
      ExecutorService work,
      BiConsumer<String, String> refreshHome) {
    this.engine = engine;
    this.admins = admins;
    this.outboxes = outboxes;
    this.work = work;
    this.refreshHome = refreshHome;
  }

  void register(App app) {
    app.blockAction(
        SET_ZONE_ACTION,
        (request, ctx) -> {
          String trigger = request.getPayload().getTriggerId();
          String team = Buttons.where(request.getPayload()).team();
          work.execute(() -> openZoneModal(team, trigger));
          return ctx.ack();
        });
    app.viewSubmission(
        ZONE_MODAL,
        (request, ctx) -> {
          ViewSubmissionPayload payload = request.getPayload();
          String zone = submittedZone(payload.getView().getState());
          Where where =
              new Where(
                  payload.getTeam().getId(),
                  payload.getUser().getId(),
                  Optional.empty(),
                  Optional.empty(),
                  false);
          Reply reply =
              engine.perform(
                  where.asker(admins),
                  SetTimeZone.class,
                  (tz, call) -> tz.setZone(call, ZoneInput.parse(zone)));
          if (reply.isError()) {
            return ctx.ackWithErrors(Map.of(ZONE_BLOCK, String.join(" ", reply.lines())));
          }
          work.execute(() -> refreshHome.accept(where.team(), where.user()));
          return ctx.ack();
        });
  }

  private void openZoneModal(String team, String triggerId) {
    View modal =
        view(
            v ->
                v.type("modal")
                    .callbackId(ZONE_MODAL)
                    .title(viewTitle(t -> t.type("plain_text").text("Your time zone")))
                    .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                    .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                    .blocks(
                        List.of(
                            input(
                                i ->
                                    i.blockId(ZONE_BLOCK)
                                        .label(plainText("Zone or city"))
                                        .hint(plainText("Europe/Vienna, Asia/Kolkata, or a city"))
                                        .element(plainTextInput(p -> p.actionId(ZONE_INPUT)))))));
    try {
      outboxes.of(team).openModal(triggerId, modal);
    } catch (Exception e) {
      log.warn("Could not open the Slack time zone dialog: {}", ReplyDelivery.describe(e));
    }
  }

  private static String submittedZone(ViewState state) {
    if (state == null || state.getValues() == null) {
      return "";
    }
    Map<String, ViewState.Value> block = state.getValues().get(ZONE_BLOCK);
    if (block == null || block.get(ZONE_INPUT) == null) {
      return "";
    }
    String value = block.get(ZONE_INPUT).getValue();
    return value == null ? "" : value.strip();
  }
}
