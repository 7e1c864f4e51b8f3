package org.ignbot.core.letter.writer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A letter as written, before it becomes a file: paragraphs of hard lines and tables of cells. The
 * renderers (text, Word, PDF) lay it out; {@link #text()} is what a failure prints.
 */
record WrittenLetter(List<Block> blocks) {
  WrittenLetter {
    blocks = List.copyOf(blocks);
  }

  sealed interface Block permits Paragraph, Table {
    String text();
  }

  /**
   * Lines that each start a new line (an e-mail header, a Journal entry); a long line wraps.
   *
   * @param right set flush right (a letter's date), in PDF
   */
  record Paragraph(List<String> lines, boolean right) implements Block {
    Paragraph {
      lines = List.copyOf(lines);
    }

    static Paragraph of(String... lines) {
      return new Paragraph(List.of(lines), false);
    }

    @Override
    public String text() {
      return String.join("\n", lines);
    }
  }

  /**
   * A table with a header row. A cell is a list of lines (two sittings on two lines).
   *
   * @param widths each column's share of the line, for PDF
   * @param merge in Word, a value repeated down a column is one merged cell
   * @param borders in PDF, cells are ruled
   */
  record Table(
      List<String> header,
      List<List<List<String>>> rows,
      List<Double> widths,
      boolean merge,
      boolean borders)
      implements Block {
    Table {
      header = List.copyOf(header);
      rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
      widths = List.copyOf(widths);
      int columns = header.size();
      if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
        throw new IllegalArgumentException("every row has a cell per column");
      }
    }

    @Override
    public String text() {
      StringBuilder out = new StringBuilder(String.join("\t", header));
      for (List<List<String>> row : rows) {
        out.append('\n')
            .append(
                row.stream().map(cell -> String.join(" ", cell)).collect(Collectors.joining("\t")));
      }
      return out.toString();
    }
  }

  /** The letter as plain text: blocks apart by a blank line, table cells by tabs. */
  String text() {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n")) + "\n";
  }
}
