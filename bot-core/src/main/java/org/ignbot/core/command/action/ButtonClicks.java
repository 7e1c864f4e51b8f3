package org.ignbot.core.command.action;

import java.util.Objects;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;

/**
 * Answers a click on a button of an earlier reply. The platform hands back the token the button
 * carried ({@link ActionRequest#token}); the request it stands for runs through the engine, as the
 * command that offers it would run (so the admin check is the command's own, made in one place):
 * through its typed use case where the command has one, else as the command's words. A token that
 * is no request (a button older than these, or made up) gets one line.
 */
public final class ButtonClicks {
  /** What a click on a button that is no longer understood answers. */
  static final String UNKNOWN =
      "That button is from an older message and no longer works. Type `help` for what I can do.";

  private final CommandEngine engine;

  public ButtonClicks(CommandEngine engine) {
    this.engine = Objects.requireNonNull(engine);
  }

  /** The answer to {@code asker} clicking the button that carried {@code token}. */
  public Reply click(Asker asker, String token) {
    return ActionRequest.decode(token)
        .map(request -> run(asker, request))
        .orElseGet(() -> Reply.error(UNKNOWN));
  }

  private Reply run(Asker asker, ActionRequest request) {
    return switch (request.kind()) {
      case MEETING_CALENDAR ->
          engine.perform(
              asker,
              CalendarFor.class,
              (calendar, call) -> calendar.meetingCalendar(call, request.argument()));
      case UPCOMING ->
          engine.perform(
              asker,
              NextMeetings.class,
              (meetings, call) -> meetings.upcoming(call, NextMeetings.DEFAULT_COUNT));
      // No typed use case: the command reads its own words, and nothing else can reach it here.
      default -> engine.handle(asker, request.token());
    };
  }
}
