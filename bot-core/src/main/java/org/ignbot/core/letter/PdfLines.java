package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ignbot.core.letter.PdfGlyphs.Glyph;

/**
 * Groups a page's glyphs into lines (by baseline), words (by the gaps between glyphs) and segments:
 * the runs of words separated by a gap wider than a word space, which in a table are its cells.
 */
final class PdfLines {
  /** A word gap is wider than this share of the font size; tighter gaps are kerning. */
  private static final float WORD_GAP = 0.15f;

  /**
   * A gap wider than this many word spaces separates segments (table cells): cells are often set
   * apart by no more than their padding, a few points.
   */
  private static final float SEGMENT_SPACES = 1.6f;

  /** A word space's width as a share of the font size (Helvetica's and Times' are about this). */
  private static final float SPACE = 0.28f;

  /** A word with where it stands. */
  record Word(String text, float x, float end) {}

  /** Words separated by no more than a word space. */
  record Segment(List<Word> words, float x, float end) {
    String text() {
      StringBuilder text = new StringBuilder();
      for (Word word : words) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(word.text());
      }
      return text.toString();
    }
  }

  /** A line: its baseline, font size and segments left to right. */
  record Line(float y, float size, List<Segment> segments) {
    float x() {
      return segments.get(0).x();
    }

    float end() {
      return segments.get(segments.size() - 1).end();
    }

    List<Word> words() {
      return segments.stream().flatMap(segment -> segment.words().stream()).toList();
    }

    /**
     * The line as prose: words by single spaces, a gap wider than a word space by as many spaces as
     * would fill it (at least two), as text keeps two names side by side apart.
     */
    String text() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < segments.size(); i++) {
        if (i > 0) {
          float gap = segments.get(i).x() - segments.get(i - 1).end();
          int spaces = Math.round(gap / (SPACE * size));
          text.append(" ".repeat(Math.max(2, Math.min(8, spaces))));
        }
        text.append(segments.get(i).text());
      }
      return text.toString();
    }
  }

  private PdfLines() {}

  static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y));
    List<Line> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float top = 0;
    float size = 0;
    for (Glyph glyph : sorted) {
      if (!current.isEmpty() && glyph.y() - top > 0.5f * Math.max(size, glyph.size())) {
        addLine(current, lines);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        top = glyph.y();
        size = glyph.size();
      }
      current.add(glyph);
      size = Math.max(size, glyph.size());
    }
    addLine(current, lines);
    return lines;
  }

  private static void addLine(List<Glyph> glyphs, List<Line> lines) {
    if (glyphs.isEmpty()) {
      return;
    }
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    float size = 0;
    float y = 0;
    List<Float> spaces = new ArrayList<>();
    for (Glyph glyph : glyphs) {
      size = Math.max(size, glyph.size());
      y = Math.max(y, glyph.y());
      if (glyph.space() > 0 && glyph.space() < glyph.size()) {
        spaces.add(glyph.space());
      }
    }
    spaces.sort(Float::compare);
    float space = spaces.isEmpty() ? SPACE * size : spaces.get(spaces.size() / 2);
    float segmentGap = Math.max(SEGMENT_SPACES * space, 0.3f * size);
    List<Segment> segments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    float wordX = 0;
    float wordEnd = 0;
    float segmentX = 0;
    Glyph previous = null;
    for (Glyph glyph : glyphs) {
      if (previous != null
          && glyph.text().equals(previous.text())
          && Math.abs(glyph.x() - previous.x()) < Math.max(0.5f, 0.3f * previous.width())) {
        continue; // drawn twice to look bold
      }
      boolean blank = glyph.text().isBlank();
      float gap = previous == null ? 0 : glyph.x() - wordEnd;
      if (word.length() > 0 && (blank || gap > WORD_GAP * size)) {
        words.add(new Word(word.toString(), wordX, wordEnd));
        word.setLength(0);
      }
      if (!words.isEmpty() && !blank && word.length() == 0 && gap > segmentGap) {
        segments.add(new Segment(List.copyOf(words), segmentX, words.get(words.size() - 1).end()));
        words.clear();
      }
      if (!blank) {
        if (word.length() == 0) {
          wordX = glyph.x();
          if (words.isEmpty()) {
            segmentX = glyph.x();
          }
        }
        word.append(glyph.text());
        wordEnd = glyph.end();
      }
      previous = glyph;
    }
    if (word.length() > 0) {
      words.add(new Word(word.toString(), wordX, wordEnd));
    }
    if (!words.isEmpty()) {
      segments.add(new Segment(List.copyOf(words), segmentX, words.get(words.size() - 1).end()));
    }
    if (!segments.isEmpty()) {
      lines.add(new Line(y, size, segments));
    }
  }
}
