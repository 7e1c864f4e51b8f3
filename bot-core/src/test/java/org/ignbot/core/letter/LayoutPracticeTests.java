package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ignbot.core.letter.LetterLayout.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The practice letters with tables lay out into the tables a reader of the page sees. */
class LayoutPracticeTests {
  private static final List<String> DATE_TIME_VENUE_CLUSTER =
      List.of("Date", "Time", "Venue", "Cluster");

  @ParameterizedTest
  @ValueSource(strings = {"P03-table-date-first.pdf", "P03-table-date-first.docx"})
  void wrappedCellsOfATableRejoinIntoOneRowPerMeeting(String file) throws IOException {
    Table table = onlyTable(file);

    assertThat(table.header()).isTrue();
    assertThat(table.rows())
        .containsExactly(
            DATE_TIME_VENUE_CLUSTER,
            List.of(
                "Tuesday, 14 April 2026",
                "10 a.m. – 1 p.m. 3 p.m. – 6 p.m.",
                "Trusteeship Council Chamber",
                "Question of the veto"),
            List.of(
                "Thursday, 30 April 2026",
                "10 a.m. – 1 p.m.",
                "Conference Room 2",
                "Relationship between the Security Council and the General Assembly"),
            List.of(
                "Monday, 11 May 2026",
                "3 p.m. – 6 p.m.",
                "ECOSOC Chamber",
                "Categories of membership; Regional representation"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P04-programme-of-work.pdf"})
  void aProgrammeOfWorkKeepsItsDefaultsSentenceAndItsRowsWithExceptions(String file)
      throws IOException {
    LetterLayout layout = layout(file);

    assertThat(layout.blocks())
        .filteredOn(block -> block instanceof LetterLayout.Paragraph)
        .anySatisfy(
            paragraph ->
                assertThat(paragraph.text())
                    .startsWith("All meetings will be held")
                    .endsWith("unless otherwise indicated."));
    assertThat(onlyTable(file).rows())
        .containsExactly(
            List.of("Date", "Cluster"),
            List.of("Thursday, 21 January", "Categories of membership"),
            List.of("Tuesday, 9 February", "The question of the veto"),
            List.of("Monday, 8 March", "Regional representation (Conference Room 4)"),
            List.of(
                "Wednesday, 14 April",
                "Size of an enlarged Security Council and working methods of the Council"),
            List.of(
                "Thursday, 13 May",
                "Relationship between the Security Council and the General Assembly"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P09-table-across-pages.pdf"})
  void aTableCutByAPageBreakIsOneTableAndItsCutRowOneRow(String file) throws IOException {
    assertThat(onlyTable(file).rows())
        .containsExactly(
            DATE_TIME_VENUE_CLUSTER,
            List.of(
                "Thursday, 5 November 2026",
                "10:00 – 13:00 15:00 – 18:00",
                "Trusteeship Council Chamber",
                "Categories of membership"),
            List.of(
                "Tuesday, 17 November 2026",
                "10:00 – 13:00 15:00 – 18:00",
                "Trusteeship Council Chamber",
                "Question of the veto"),
            List.of(
                "Thursday, 3 December 2026",
                "15:00 – 18:00",
                "Conference Room 1",
                "Regional representation"),
            List.of(
                "Monday, 14 December 2026",
                "10:00 – 13:00",
                "ECOSOC Chamber",
                "Relationship between the Security Council and the General Assembly"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P08-merged-cells.docx"})
  void aWordCellMergedDownRepeatsInEveryRowItSpans(String file) throws IOException {
    assertThat(onlyTable(file).rows())
        .containsExactly(
            List.of("Meeting", "Date", "Time", "Venue", "Topic"),
            List.of(
                "5th informal meeting",
                "Tuesday, 14 April 2026",
                "10:00 – 13:00 15:00 – 18:00",
                "Trusteeship Council Chamber",
                "Categories of membership"),
            List.of(
                "6th informal meeting",
                "Thursday, 30 April 2026",
                "10:00 – 13:00 15:00 – 18:00",
                "Trusteeship Council Chamber",
                "The question of the veto"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "P01-prose-same-time-and-venue.txt",
        "P02-prose-12h-noon.txt",
        "P05-rescheduled-with-details.txt",
        "P06-journal-week.txt",
        "P07-forwarded-email.txt",
        "P10-spill-over-prose.txt"
      })
  void proseJournalAndEmailLettersHaveNoTable(String file) throws IOException {
    LetterLayout layout = layout(file);

    assertThat(layout.blocks()).noneMatch(block -> block instanceof Table);
    assertThat(layout.text().replaceAll("\\s+", " "))
        .isEqualTo(text(file).replaceAll("\\s+", " ").strip());
  }

  private static Table onlyTable(String file) throws IOException {
    List<Table> tables =
        layout(file).blocks().stream()
            .filter(Table.class::isInstance)
            .map(Table.class::cast)
            .toList();
    assertThat(tables).hasSize(1);
    return tables.get(0);
  }

  private static LetterLayout layout(String file) throws IOException {
    return LetterLayouts.read(file, Files.readAllBytes(practice(file)));
  }

  private static String text(String file) throws IOException {
    return Files.readString(practice(file));
  }

  private static Path practice(String file) {
    return Path.of("src/test/resources/letters/practice", file);
  }
}
