package org.ignbot.core.letter.writer;

import static org.ignbot.core.letter.writer.Phrases.pick;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ignbot.core.letter.writer.LetterPlan.Defaults;
import org.ignbot.core.letter.writer.WrittenLetter.Block;
import org.ignbot.core.letter.writer.WrittenLetter.Paragraph;
import org.ignbot.core.letter.writer.WrittenLetter.Table;
import org.ignbot.core.time.GaSession;

/** Letters whose meetings stand in a table: a table of all details, or a programme of work. */
final class TableLetters {
  private enum Column {
    FORMAT(0.14, "Format", "Meeting"),
    DATE(0.2, "Date", "Day/Date", "Date of meeting", "Day"),
    TIME(0.16, "Time", "Hours", "Timing"),
    VENUE(0.16, "Venue", "Room", "Location", "Conference room"),
    TOPIC(0.34, "Cluster", "Topic/Cluster", "Topic", "Theme", "Focus", "Issues");

    final double width;
    final List<String> names;

    Column(double width, String... names) {
      this.width = width;
      this.names = List.of(names);
    }
  }

  private TableLetters() {}

  static WrittenLetter table(LetterPlan plan, Random random) {
    Sentences sentences = new Sentences(random);
    List<Block> blocks = head(plan, random);
    for (int i = random.nextInt(5); i > 0; i--) {
      blocks.add(Paragraph.of(Phrases.filler(random)));
    }
    blocks.add(
        Paragraph.of(
            pick(
                random,
                "The meetings will be held as follows:",
                "Please find below the schedule of the upcoming meetings.",
                "The programme of the meetings is set out in the table below.")));
    List<Column> columns =
        new ArrayList<>(List.of(Column.DATE, Column.TIME, Column.VENUE, Column.TOPIC));
    if (random.nextBoolean()) {
      columns.add(Column.FORMAT);
    }
    Collections.shuffle(columns, random);
    boolean withYear = random.nextInt(4) > 0;
    Map<Room, String> rooms = new HashMap<>();
    boolean oneLineTimes = random.nextInt(3) == 0;
    int number = 1 + random.nextInt(10);
    List<List<List<String>>> rows = new ArrayList<>();
    for (PlannedMeeting meeting : plan.meetings()) {
      List<List<String>> row = new ArrayList<>();
      for (Column column : columns) {
        row.add(
            switch (column) {
              case FORMAT ->
                  List.of(
                      meeting.spillOver()
                          ? "Spill-over"
                          : GaSession.ordinal(number++) + " IGN Plenary");
              case DATE -> dateCell(meeting.date(), withYear, random);
              case TIME -> times(meeting.sittings(), sentences, oneLineTimes);
              case VENUE ->
                  List.of(
                      rooms.computeIfAbsent(
                          meeting.venue().orElseThrow(), room -> room.written(random)));
              case TOPIC ->
                  List.of(
                      meeting.spillOver()
                          ? pick(
                              random,
                              "Reserved for possible spill-over",
                              "Possible spill-over",
                              "Spill-over (if needed)")
                          : Phrases.topicCell(meeting.clusters(), random));
            });
      }
      rows.add(row);
    }
    blocks.add(
        new Table(
            columns.stream().map(column -> pick(random, column.names)).toList(),
            rows,
            widths(columns),
            random.nextBoolean(),
            random.nextBoolean()));
    return tail(blocks, random);
  }

  static WrittenLetter programme(LetterPlan plan, Random random) {
    Sentences sentences = new Sentences(random);
    Defaults defaults = plan.defaults().orElseThrow();
    List<Block> blocks = head(plan, random);
    String times = sentences.times(defaults.sittings());
    String room = Phrases.in(defaults.room(), random);
    blocks.add(
        Paragraph.of(
            pick(
                    random,
                    "We are pleased to share with you the programme of work of the IGN for the session.",
                    "Please find below the programme of work for the coming months.")
                + " "
                + pick(
                    random,
                    "All meetings will be held "
                        + times
                        + " "
                        + room
                        + ", unless otherwise indicated.",
                    "Unless otherwise indicated, all meetings will take place "
                        + times
                        + " "
                        + room
                        + ".",
                    "Meetings will be held "
                        + room
                        + " "
                        + times
                        + ", unless otherwise indicated below.")));
    boolean withYear = random.nextInt(5) == 0;
    boolean remarksColumn = random.nextInt(3) == 0;
    List<List<List<String>>> rows = new ArrayList<>();
    for (PlannedMeeting meeting : plan.meetings()) {
      String day =
          withYear
              ? Phrases.date(meeting.date(), random)
              : Phrases.dateWithoutYear(meeting.date(), random);
      String topic =
          meeting.spillOver()
              ? pick(random, "Reserved for possible spill-over", "Possible spill-over")
              : Phrases.topicCell(meeting.clusters(), random);
      List<String> exceptions = new ArrayList<>();
      if (!meeting.sittings().equals(defaults.sittings())) {
        exceptions.add(sentences.shortTimes(meeting.sittings()));
      }
      if (!meeting.venue().orElseThrow().equals(defaults.room())) {
        exceptions.add(meeting.venue().orElseThrow().written(random));
      }
      String exception = String.join(", ", exceptions);
      if (remarksColumn) {
        rows.add(
            List.of(
                List.of(day),
                List.of(topic),
                exception.isEmpty() ? List.of() : List.of(exception)));
      } else {
        rows.add(
            List.of(
                List.of(day),
                List.of(exception.isEmpty() ? topic : topic + " (" + exception + ")")));
      }
    }
    if (random.nextInt(3) == 0) {
      List<String> lines = new ArrayList<>();
      String separator = pick(random, ": ", " – ", "\t");
      for (List<List<String>> row : rows) {
        String exception =
            row.size() > 2 && !row.get(2).isEmpty() ? " (" + row.get(2).get(0) + ")" : "";
        lines.add(row.get(0).get(0) + separator + row.get(1).get(0) + exception);
      }
      blocks.add(new Paragraph(lines, false));
    } else if (remarksColumn) {
      blocks.add(
          new Table(
              List.of("Date", pick(random, "Cluster", "Topic"), pick(random, "Remarks", "Notes")),
              rows,
              List.of(0.3, 0.45, 0.25),
              false,
              random.nextBoolean()));
    } else {
      blocks.add(
          new Table(
              List.of("Date", pick(random, "Cluster", "Topic", "Cluster/Topic")),
              rows,
              List.of(0.35, 0.65),
              false,
              random.nextBoolean()));
    }
    return tail(blocks, random);
  }

  /**
   * A date, sometimes with its weekday on a line of its own ("Tuesday" / "14 April 2026"), never
   * when the date already names it ("Tue, 14 Apr 2026").
   */
  private static List<String> dateCell(LocalDate day, boolean withYear, Random random) {
    if (random.nextInt(5) == 0) {
      String date = withYear ? Phrases.date(day, random) : Phrases.dateWithoutYear(day, random);
      String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
      if (!date.startsWith(weekday.substring(0, 3))) {
        return List.of(weekday, date);
      }
    }
    return List.of(withYear ? Phrases.date(day, random) : Phrases.dateWithoutYear(day, random));
  }

  private static List<String> times(List<Slot> slots, Sentences sentences, boolean oneLine) {
    if (oneLine) {
      return List.of(sentences.shortTimes(slots));
    }
    return slots.stream().map(slot -> sentences.shortTimes(List.of(slot))).toList();
  }

  private static List<Double> widths(List<Column> columns) {
    double total = columns.stream().mapToDouble(column -> column.width).sum();
    return columns.stream().map(column -> column.width / total).toList();
  }

  private static List<Block> head(LetterPlan plan, Random random) {
    List<Block> blocks = ProseLetters.dateAndSalutation(plan, random);
    blocks.add(Paragraph.of(Phrases.opening(GaSession.of(plan.meetings().get(0).date()), random)));
    return blocks;
  }

  private static WrittenLetter tail(List<Block> blocks, Random random) {
    if (random.nextBoolean()) {
      blocks.add(Paragraph.of(Phrases.filler(random)));
    }
    blocks.add(Paragraph.of(Phrases.closing(random)));
    blocks.add(new Paragraph(Phrases.signature(random), false));
    return new WrittenLetter(blocks);
  }
}
