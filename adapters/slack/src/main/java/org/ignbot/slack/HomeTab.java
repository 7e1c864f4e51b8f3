package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.command.read.SetTimeZone;
import org.ignbot.core.command.subscription.ListSubscriptions;
import org.ignbot.core.command.subscription.Subscribe;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.ZoneInput;
import org.ignbot.core.user.UserSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab: the next meetings, the user's time zone and subscriptions, with buttons; "Set
 * my time zone" opens a modal whose answer sets the zone through the core's typed {@link
 * SetTimeZone}, as the meetings come from {@link NextMeetings} and the subscriptions from {@link
 * ListSubscriptions}; "Use" a profile's zone and "Remind me" are typed too, and "Next meeting" and
 * "Help" carry the core's token for their request (as a reply's buttons do): no command text is
 * made.
 */
final class HomeTab {

  /** "Use Europe/Vienna": its value is the zone of the Slack profile. */
  static final String USE_ZONE_ACTION = "ign-home-use-zone";

  /** "Remind me of every sitting": a subscription with the default lead times. */
  static final String SUBSCRIBE_ACTION = "ign-home-subscribe";

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
    new ZoneDialog(engine, admins, outboxes, work, this::publish).register(app);
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
                                    .actionId(ZoneDialog.SET_ZONE_ACTION)
                                    .value("tz")))));
    suggested.ifPresent(
        z ->
            blocks.add(
                actions(List.of(typedButton("Use " + z.getId(), USE_ZONE_ACTION, z.getId())))));
    blocks.add(divider());
    blocks.addAll(
        renderer.blocks(
            engine.perform(
                where.asker(admins),
                NextMeetings.class,
                (meetings, call) -> meetings.upcoming(call, NEXT_MEETINGS))));
    if (engine.offers(ListSubscriptions.class)) {
      blocks.add(divider());
      blocks.addAll(
          renderer.blocks(
              engine.perform(
                  where.asker(admins),
                  ListSubscriptions.class,
                  (list, call) -> list.subscriptions(call))));
    }
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(homeButton("Next meeting", ActionRequest.Kind.NEXT, 0));
    if (engine.offers(Subscribe.class)) {
      buttons.add(typedButton("Remind me of every sitting", SUBSCRIBE_ACTION, "default"));
    }
    buttons.add(homeButton("Help", ActionRequest.Kind.HELP, 2));
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

  private static BlockElement homeButton(String label, ActionRequest.Kind request, int number) {
    return button(
        b ->
            b.text(plainText(label))
                .actionId(BlockKitRenderer.RUN_ACTION + "home-" + number)
                .value(ActionRequest.of(request).token()));
  }

  /** A button the Home tab answers through a typed use case ({@link #typedActions}). */
  private static BlockElement typedButton(String label, String actionId, String value) {
    return button(b -> b.text(plainText(label)).actionId(actionId).value(value));
  }

  /**
   * What the Home tab's own buttons do, by action id, given the clicker and the button's value: the
   * core's typed use cases, no command text.
   */
  static Map<String, BiFunction<Asker, String, Reply>> typedActions(CommandEngine engine) {
    return Map.of(
        USE_ZONE_ACTION,
        (asker, zone) ->
            engine.perform(
                asker, SetTimeZone.class, (tz, call) -> tz.setZone(call, ZoneInput.parse(zone))),
        SUBSCRIBE_ACTION,
        (asker, any) ->
            engine.perform(
                asker,
                Subscribe.class,
                (subscribe, call) ->
                    subscribe.subscribe(call, List.of(), Optional.empty(), false)));
  }
}
