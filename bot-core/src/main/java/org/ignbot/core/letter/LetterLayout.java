package org.ignbot.core.letter;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A letter as laid out on the page, the first stage of reading it: its blocks in reading order.
 * Whatever the file format, prose comes as paragraphs of lines and tables as rows of cells, so the
 * later stages (mentions, meetings, accounting) never see PDF, Word or e-mail particulars.
 *
 * @param name the file name or "the pasted letter", used in messages
 * @param blocks paragraphs and tables in reading order
 */
public record LetterLayout(String name, List<Block> blocks) {
  public LetterLayout {
    Objects.requireNonNull(name, "name");
    blocks = List.copyOf(blocks);
  }

  /** One block of the letter. */
  public sealed interface Block permits Paragraph, Table {
    /** The block as plain text: lines joined by newlines, cells by tabs. */
    String text();
  }

  /**
   * Prose, a heading, an e-mail header block or a Journal entry: its lines as they stand (a line
   * broken inside a sentence is still its own line; the reader joins them).
   */
  public record Paragraph(List<String> lines) implements Block {
    public Paragraph {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a paragraph has at least one line");
      }
    }

    @Override
    public String text() {
      return String.join("\n", lines);
    }
  }

  /**
   * A table: each row has one cell per column; a cell's wrapped lines are joined with a space, a
   * value merged over several rows is repeated in each, and a table continued on the next page is
   * one table.
   *
   * @param rows the rows, the header row (if any) first
   * @param header whether the first row is a header (column names rather than values)
   */
  public record Table(List<List<String>> rows, boolean header) implements Block {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public String text() {
      return rows.stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n"));
    }
  }

  /** The whole letter as text: blocks separated by a blank line. */
  public String text() {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
  }
}
