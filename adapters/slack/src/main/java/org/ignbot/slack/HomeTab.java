package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.command.read.SetTimeZone;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.ZoneInput;
import org.ignbot.core.user.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab: the next meetings, the user's time zone and subscriptions, with buttons; "Set
 * my time zone" opens a modal whose answer sets the zone through the core's typed {@link
 * SetTimeZone}, as the meetings come from {@link NextMeetings}: no command text is made.
 */
final class HomeTab {
  static final String SET_ZONE_ACTION = "ign-home-set-zone";
  static final String ZONE_MODAL = "ign-zone-modal";
  static final String ZONE_BLOCK = "zone";
  static final String ZONE_INPUT = "zone-input";
  private static final int MAX_BLOCKS = 100;
  private static final int NEXT_MEETINGS = 5;
  private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

  private final CommandEngine engine;
  private final AdminList admins;
  private final UserSettings settings;
  private final BlockKitRenderer renderer;
  private final Outboxes outboxes;
  private final ExecutorService work;

  HomeTab(
      CommandEngine engine,
      AdminList admins,
      UserSettings settings,
      BlockKitRenderer renderer,
      Outboxes outboxes,
      ExecutorService work) {
    this.engine = engine;
    this.admins = admins;
    this.settings = settings;
    this.renderer = renderer;
    this.outboxes = outboxes;
    this.work = work;
  }

  void register(App app) {
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())) {
            String team = payload.getTeamId();
            work.execute(() -> publish(team, event.getUser()));
          }
          return ctx.ack();
        });
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
          work.execute(() -> publish(where.team(), where.user()));
          return ctx.ack();
        });
  }

  /** Builds and publishes the user's App Home view. */
  void publish(String team, String user) {
    Where where = new Where(team, user, Optional.empty(), Optional.empty(), false);
    try {
      outboxes.of(team).publishHome(user, view(v -> v.type("home").blocks(blocks(where))));
    } catch (Exception e) {
      log.warn("Could not publish a Slack App Home: {}", ReplyDelivery.describe(e));
    }
  }

  List<LayoutBlock> blocks(Where where) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("IGN Bot: the Security Council reform negotiations"))));
    Optional<ZoneId> zone = settings.zone(where.userKey());
    String zoneText;
    Optional<ZoneId> suggested = Optional.empty();
    if (zone.isPresent()) {
      zoneText =
          "*Your time zone:* "
              + zone.get().getId()
              + " ("
              + TimeFormat.zoneName(zone.get())
              + "). Answers and reminders show it beside New York time.";
    } else {
      suggested = profileZone(where.team(), where.user());
      zoneText =
          suggested
              .map(
                  z ->
                      "*Your time zone:* not set. Your Slack profile says "
                          + z.getId()
                          + "; use it so that reminders show your time too.")
              .orElse(
                  "*Your time zone:* not set, and your Slack profile has none. Messages show New"
                      + " York time (and your own where Slack can); set yours for reminders.");
    }
    blocks.add(
        section(
            s ->
                s.text(markdownText(zoneText))
                    .accessory(
                        button(
                            b ->
                                b.text(plainText("Set my time zone"))
                                    .actionId(SET_ZONE_ACTION)
                                    .value("tz")))));
    suggested.ifPresent(
        z -> blocks.add(actions(List.of(homeButton("Use " + z.getId(), "tz " + z.getId(), 9)))));
    blocks.add(divider());
    blocks.addAll(
        renderer.blocks(
            engine.perform(
                where.asker(admins),
                NextMeetings.class,
                (meetings, call) -> meetings.upcoming(call, NEXT_MEETINGS))));
    if (engine.knows("subscriptions")) {
      blocks.add(divider());
      blocks.addAll(renderer.blocks(engine.handle(where.asker(admins), "subscriptions")));
    }
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(homeButton("Next meeting", "next", 0));
    if (engine.knows("subscribe")) {
      buttons.add(homeButton("Remind me of every sitting", "subscribe", 1));
    }
    buttons.add(homeButton("Help", "help", 2));
    blocks.add(divider());
    blocks.add(actions(buttons));
    return blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks;
  }

  private Optional<ZoneId> profileZone(String team, String user) {
    try {
      return outboxes.of(team).profileZone(user);
    } catch (Exception e) {
      log.warn("Could not read a Slack user's profile zone: {}", ReplyDelivery.describe(e));
      return Optional.empty();
    }
  }

  private static BlockElement homeButton(String label, String command, int number) {
    return button(
        b ->
            b.text(plainText(label))
                .actionId(BlockKitRenderer.RUN_ACTION + "home-" + number)
                .value(command));
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
