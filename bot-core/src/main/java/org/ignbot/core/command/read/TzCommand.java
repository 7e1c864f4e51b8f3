package org.ignbot.core.command.read;

import java.time.ZoneId;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.ZoneInput;
import org.ignbot.core.user.UserSettings;

/** {@code tz [zone]}: shows or sets the asker's own time zone for answers. */
public final class TzCommand implements Command, SetTimeZone {
  private final UserSettings settings;

  public TzCommand(UserSettings settings) {
    this.settings = settings;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("tz")
          .aliases("timezone")
          .summary(
              "your time zone for answers (a city: Geneva, New Delhi; or Europe/Vienna); alone,"
                  + " shows it")
          .parameters(
              Parameter.optional(
                  "zone", Parameter.Type.ZONE, "e.g. Europe/Vienna, Asia/Kolkata, Geneva"))
          .examples(
              "tz Geneva",
              "tz New Delhi",
              "tz Europe/Vienna",
              "tz UTC+2 (a fixed offset: no summer time)",
              "tz")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return invocation.hasArguments()
        ? setZone(invocation, ZoneInput.parse(invocation.arguments()))
        : showZone(invocation);
  }

  @Override
  public Reply showZone(Invocation invocation) {
    return invocation
        .zone()
        .map(
            zone ->
                Reply.ok()
                    .title(
                        "Your time zone: " + zone.getId() + " (" + TimeFormat.zoneName(zone) + ").")
                    .build())
        .orElseGet(
            () ->
                Reply.ok()
                    .title("You have not set a time zone; times are shown in New York time.")
                    .line("Set yours with `tz Europe/Vienna` (or any city or region name).")
                    .build());
  }

  @Override
  public Reply setZone(Invocation invocation, ZoneId zone) {
    settings.setZone(invocation.asker().user(), zone);
    Reply.Builder reply =
        Reply.ok()
            .title("Your time zone is now " + zone.getId() + ".")
            .line(
                "Times are shown in New York time with "
                    + TimeFormat.zoneName(zone)
                    + " beside it.");
    if (ZoneInput.isFixedOffset(zone)) {
      reply.line(
          "Note: "
              + TimeFormat.zoneName(zone)
              + " is a fixed offset and ignores summer time; a city (`tz Vienna`) follows it.");
    }
    return reply.build();
  }
}
