package org.ignbot.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ignbot.core.letter.ImportPreview;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long importing a 10-page PDF letter takes: text extraction, reading the meetings and the
 * preview against the schedule (publishing is a pointer swap and not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LetterImportBenchmark {
  static final int PAGES = 10;
  private static final float FONT_SIZE = 11;
  private static final float MARGIN = 60;

  private byte[] pdf;
  private LetterImport letters;

  @Setup
  public void letter() {
    pdf = tenPageLetter();
    letters =
        new LetterImport(
            new LetterReader(),
            new SchedulePublisher(new InMemoryScheduleRepository(Schedule.empty()), changes -> {}),
            Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC));
    ImportPreview check = letters.preview("letter.pdf", pdf);
    if (check.changes().size() < 30) {
      throw new IllegalStateException("the benchmark letter should hold 30 meetings or more");
    }
  }

  @Benchmark
  public ImportPreview importTenPagePdfLetter() {
    return letters.preview("letter.pdf", pdf);
  }

  /** A 79th-session letter: prose, a table of 40 meetings, more prose, on exactly ten pages. */
  static byte[] tenPageLetter() {
    List<String> lines = new ArrayList<>();
    lines.add("10 January 2025");
    lines.add("");
    lines.add("Excellency,");
    lines.add("");
    lines.add(
        "Intergovernmental Negotiations on the question of equitable representation on and"
            + " increase in the membership of the Security Council (IGN) during the 79th session");
    lines.add("");
    lines.add(
        "We have the honour to write to you in our capacity as Co-Chairs of the IGN. The"
            + " programme below covers the meetings of the session; the meeting on 21 January"
            + " 2025 will focus on categories of membership.");
    lines.add("");
    lines.add("Format Date Time Venue Topic/Cluster");
    String[] topics = {
      "Categories of membership",
      "The question of the veto",
      "Regional representation",
      "Size and working methods",
      "Relationship between the Council and the General Assembly",
      "Model discussion (revised model by Liechtenstein)"
    };
    java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 14);
    for (int i = 0; i < 40; i++) {
      lines.add(
          ordinal(i + 2)
              + " IGN Plenary "
              + day.getDayOfMonth()
              + " "
              + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
              + " "
              + day.getYear()
              + " 10:00am-1:00pm 3:00pm-6:00pm Trusteeship Council "
              + topics[i % topics.length]);
      day = day.plusDays(7);
    }
    lines.add("");
    String filler =
        "In line with the provisions contained in the Pact for the Future, we encourage the"
            + " submission of further models as well as the revision of existing models by States"
            + " and Groups of States for the structured dialogue, with a view to developing a"
            + " consolidated model in the future based on convergences on the five clusters.";
    byte[] pdf = render(lines, List.of());
    for (int paragraphs = 1; pages(pdf) < PAGES; paragraphs++) {
      pdf = render(lines, java.util.Collections.nCopies(paragraphs, filler));
    }
    if (pages(pdf) != PAGES) {
      throw new IllegalStateException("the letter has " + pages(pdf) + " pages, not " + PAGES);
    }
    return pdf;
  }

  private static String ordinal(int n) {
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private static byte[] render(List<String> head, List<String> paragraphs) {
    List<String> text = new ArrayList<>(head);
    for (String paragraph : paragraphs) {
      text.add(paragraph);
      text.add("");
    }
    text.add("Tareq Albanai    Alexander Marschik");
    text.add("Co-Chairs");
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    PDRectangle size = PDRectangle.LETTER;
    float width = size.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    for (String line : text) {
      lines.addAll(wrap(line, font, width));
    }
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      float leading = FONT_SIZE * 1.5f;
      int perPage = (int) ((size.getHeight() - 2 * MARGIN) / leading);
      for (int from = 0; from < lines.size(); from += perPage) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, FONT_SIZE);
          content.setLeading(leading);
          content.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
          for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String line, PDType1Font font, float width) {
    List<String> wrapped = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ", -1)) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      try {
        if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
          wrapped.add(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    wrapped.add(current.toString());
    return wrapped;
  }
}
