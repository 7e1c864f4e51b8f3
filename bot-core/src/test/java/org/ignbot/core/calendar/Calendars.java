package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads what the bot wrote back with two independent parsers, strictly. */
final class Calendars {
  static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  static final FeedLinks LINKS = new FeedLinks("https://ign.example.org");

  private Calendars() {}

  static IcsWriter writer() {
    return writer(NOW);
  }

  static IcsWriter writer(Instant now) {
    return new IcsWriter(Clock.fixed(now, ZoneOffset.UTC), LINKS, "noreply@ign-bot.invalid");
  }

  /** Parses with biweekly and fails on any warning it has about the text. */
  static ICalendar biweekly(String text) {
    List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
    List<ICalendar> calendars = Biweekly.parse(text).warnings(warnings).all();
    assertThat(calendars).hasSize(1);
    assertThat(warnings).allSatisfy(list -> assertThat(list).isEmpty());
    return calendars.get(0);
  }

  /** Parses with iCal4j (strict: no relaxed parsing) and validates, PUBLISH rules included. */
  static Calendar ical4j(String text) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(text));
      ValidationResult result = calendar.validate();
      assertThat(result.hasErrors()).as("iCal4j validation: %s", result).isFalse();
      return calendar;
    } catch (Exception e) {
      throw new AssertionError("iCal4j cannot read the calendar: " + e.getMessage(), e);
    }
  }
}
