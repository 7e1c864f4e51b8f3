package org.ignbot.core.command.action;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.ShowHelp;
import org.ignbot.core.command.admin.DiscardLetter;
import org.ignbot.core.command.admin.PublishLetter;
import org.ignbot.core.command.read.MeetingsOnTopic;
import org.ignbot.core.command.read.NextMeeting;
import org.ignbot.core.command.read.NextMeetings;
import org.ignbot.core.command.subscription.RemindOfMeeting;
import org.ignbot.core.command.subscription.StopDigest;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;

/**
 * Answers a click on a button of an earlier reply. The platform hands back the token the button
 * carried ({@link ActionRequest#token}); the request it stands for runs through the engine as the
 * typed use case of the command that offers it, with the request's argument as its one value: no
 * button becomes command text, so nothing in a token can add words to a command. The admin check is
 * the command's own, made by the engine from its description. A token that is no request (a button
 * older than these, or made up) gets one line.
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
    String argument = request.argument();
    return switch (request.kind()) {
      case MEETING_CALENDAR ->
          engine.perform(
              asker,
              CalendarFor.class,
              (calendar, call) -> calendar.meetingCalendar(call, argument));
      case REMIND ->
          engine.perform(
              asker,
              RemindOfMeeting.class,
              (remind, call) -> remind.remind(call, argument, List.of()));
      case TOPIC ->
          engine.perform(
              asker, MeetingsOnTopic.class, (topic, call) -> topic.meetingsOn(call, argument));
      case UPCOMING ->
          engine.perform(
              asker,
              NextMeetings.class,
              (meetings, call) -> meetings.upcoming(call, NextMeetings.DEFAULT_COUNT));
      case NEXT -> engine.perform(asker, NextMeeting.class, NextMeeting::next);
      case HELP ->
          engine.perform(asker, ShowHelp.class, (help, call) -> help.help(call, Optional.empty()));
      case STOP_DIGEST ->
          engine.perform(asker, StopDigest.class, (digest, call) -> digest.stopDigest(call, false));
      case PUBLISH -> engine.perform(asker, PublishLetter.class, PublishLetter::publish);
      case DISCARD -> engine.perform(asker, DiscardLetter.class, DiscardLetter::discard);
    };
  }
}
