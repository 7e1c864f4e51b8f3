package org.ignbot.discord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.admin.CorrectMeeting;
import org.ignbot.core.command.admin.DiscardLetter;
import org.ignbot.core.command.admin.ImportLetter;
import org.ignbot.core.command.admin.MoveTimes;
import org.ignbot.core.command.admin.PublishLetter;
import org.ignbot.core.letter.SittingTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.DateInput;

/**
 * The subcommands of {@code /ign-admin}, each calling its typed use case: a meeting id and a reason
 * or a day ({@link CorrectMeeting}), the attached letter's bytes or its pasted text ({@link
 * ImportLetter}), the preview published or dropped. The engine checks, from each command's
 * description, that the asker is an admin.
 */
final class TypedAdminSubcommands {
  private final CommandEngine engine;

  private TypedAdminSubcommands(CommandEngine engine) {
    this.engine = engine;
  }

  /** The admin subcommands by name, answered through {@code engine}. */
  static Map<String, BiFunction<Asker, SubcommandOptions, Optional<Reply>>> routes(
      CommandEngine engine) {
    TypedAdminSubcommands admin = new TypedAdminSubcommands(engine);
    return Map.of(
        "cancel", admin::cancel,
        "move", admin::move,
        "import", admin::importLetter,
        "confirm", admin::confirm,
        "discard", admin::discard);
  }

  private Optional<Reply> cancel(Asker asker, SubcommandOptions options) {
    // The id is one value: words after it in the option are no reason, only a wrong id.
    String id = options.text("id").orElse("");
    Optional<String> reason = options.text("reason");
    return Optional.of(
        engine.perform(
            asker, CorrectMeeting.class, (correct, call) -> correct.cancel(call, id, reason)));
  }

  private Optional<Reply> move(Asker asker, SubcommandOptions options) {
    String id = options.text("id").orElse("");
    String date = options.text("date").orElse("");
    Optional<String> times = options.text("times");
    return Optional.of(
        engine.perform(
            asker,
            CorrectMeeting.class,
            (correct, call) -> {
              // As `move` reads it: an unknown id first, then the day, then the times.
              correct.requireMeeting(id);
              LocalDate day = DateInput.parse(date, call.today());
              List<SittingTimes.Range> sittings = times.map(MoveTimes::parse).orElse(List.of());
              return correct.move(call, id, day, sittings);
            }));
  }

  private Optional<Reply> importLetter(Asker asker, SubcommandOptions options) {
    String pasted = options.text("text").orElse("");
    return Optional.of(
        engine.perform(
            asker,
            ImportLetter.class,
            (letter, call) -> letter.importLetter(call, options.file(), pasted)));
  }

  private Optional<Reply> confirm(Asker asker, SubcommandOptions options) {
    return Optional.of(
        engine.perform(asker, PublishLetter.class, (publish, call) -> publish.publish(call)));
  }

  private Optional<Reply> discard(Asker asker, SubcommandOptions options) {
    return Optional.of(
        engine.perform(asker, DiscardLetter.class, (discard, call) -> discard.discard(call)));
  }
}
