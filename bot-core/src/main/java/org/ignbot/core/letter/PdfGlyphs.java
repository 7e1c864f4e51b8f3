package org.ignbot.core.letter;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects, page by page, each glyph with where it stands and the straight lines drawn (table
 * rulings), in page coordinates with y growing down. PDFBox's own text assembly is skipped: the
 * layout groups glyphs itself.
 */
final class PdfGlyphs extends PDFTextStripper {
  /** A glyph: its text, left edge, baseline (from the top), width, font size and space width. */
  record Glyph(String text, float x, float y, float width, float size, float space) {
    float end() {
      return x + width;
    }
  }

  /** A horizontal or vertical line drawn on the page: from (x1, y1) to (x2, y2), sorted. */
  record Ruling(float x1, float y1, float x2, float y2) {
    boolean horizontal() {
      return y2 - y1 < 1.5f;
    }
  }

  /** What one page holds. */
  record Page(List<Glyph> glyphs, List<Ruling> rulings, float width, float height) {}

  /** More pieces than this in one path is a drawing, no table; kept from growing without end. */
  private static final int MAX_PATH = 10_000;

  private final LayoutBudget budget;
  private final List<Page> pages = new ArrayList<>();
  private List<Glyph> glyphs = new ArrayList<>();
  private List<Ruling> rulings = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  private final List<float[]> rects = new ArrayList<>();
  private float[] current;
  private float[] start;

  PdfGlyphs(LayoutBudget budget) {
    this.budget = budget;
    for (String name : new String[] {"m", "l", "re", "h", "c", "v", "y"}) {
      addOperator(new PathOperator(name, false));
    }
    for (String name : new String[] {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}) {
      addOperator(new PathOperator(name, true));
    }
  }

  List<Page> pages() {
    return pages;
  }

  @Override
  protected void startPage(PDPage page) {
    glyphs = new ArrayList<>();
    rulings = new ArrayList<>();
    path.clear();
    rects.clear();
  }

  @Override
  protected void endPage(PDPage page) {
    PDRectangle box = page.getCropBox();
    pages.add(new Page(glyphs, rulings, box.getWidth(), box.getHeight()));
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    budget.checkTime();
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return;
    }
    budget.addChars(unicode.length());
    glyphs.add(
        new Glyph(
            unicode,
            text.getXDirAdj(),
            text.getYDirAdj(),
            text.getWidthDirAdj(),
            Math.max(1f, text.getFontSizeInPt()),
            text.getWidthOfSpace()));
  }

  @Override
  protected void writePage() {
    // The layout is built from the glyphs; PDFBox's own lines are not needed.
  }

  private float[] point(List<COSBase> operands, int index) {
    float x = ((COSNumber) operands.get(index)).floatValue();
    float y = ((COSNumber) operands.get(index + 1)).floatValue();
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float p = ctm.transformPoint(x, y);
    PDRectangle box = getCurrentPage().getCropBox();
    return new float[] {p.x - box.getLowerLeftX(), box.getUpperRightY() - p.y};
  }

  private boolean numbers(List<COSBase> operands, int count) {
    if (operands.size() < count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!(operands.get(i) instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  /** A path construction or painting operator, handed to the methods below. */
  private final class PathOperator extends OperatorProcessor {
    private final String name;
    private final boolean paints;

    PathOperator(String name, boolean paints) {
      super(PdfGlyphs.this);
      this.name = name;
      this.paints = paints;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      // A page of drawing and no text is checked here, not where glyphs are.
      budget.checkTime();
      if (path.size() + rects.size() > MAX_PATH) {
        path.clear();
        rects.clear();
      }
      if (paints) {
        paint(name);
      } else {
        path(name, operands);
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }

  private void path(String name, List<COSBase> operands) {
    switch (name) {
      case "m" -> {
        if (numbers(operands, 2)) {
          current = point(operands, 0);
          start = current;
        }
      }
      case "l" -> {
        if (numbers(operands, 2) && current != null) {
          float[] next = point(operands, 0);
          path.add(new float[] {current[0], current[1], next[0], next[1]});
          current = next;
        }
      }
      case "re" -> {
        if (numbers(operands, 4)) {
          float x = ((COSNumber) operands.get(0)).floatValue();
          float y = ((COSNumber) operands.get(1)).floatValue();
          float w = ((COSNumber) operands.get(2)).floatValue();
          float h = ((COSNumber) operands.get(3)).floatValue();
          Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
          PDRectangle box = getCurrentPage().getCropBox();
          Point2D.Float a = ctm.transformPoint(x, y);
          Point2D.Float b = ctm.transformPoint(x + w, y + h);
          float x1 = Math.min(a.x, b.x) - box.getLowerLeftX();
          float x2 = Math.max(a.x, b.x) - box.getLowerLeftX();
          float y1 = box.getUpperRightY() - Math.max(a.y, b.y);
          float y2 = box.getUpperRightY() - Math.min(a.y, b.y);
          rects.add(new float[] {x1, y1, x2, y2});
          current = new float[] {x1, y2};
          start = current;
        }
      }
      case "h" -> {
        if (current != null && start != null) {
          path.add(new float[] {current[0], current[1], start[0], start[1]});
          current = start;
        }
      }
      default -> {
        // Curves: no ruling, but the path goes on from their end point.
        int n = operands.size();
        if (n >= 2 && numbers(operands.subList(n - 2, n), 2)) {
          current = point(operands, n - 2);
        }
      }
    }
  }

  private void paint(String name) {
    boolean stroke = !name.startsWith("f") && !name.equals("F") && !name.equals("n");
    boolean fill = !name.equals("S") && !name.equals("s") && !name.equals("n");
    if (stroke) {
      for (float[] segment : path) {
        addRuling(segment[0], segment[1], segment[2], segment[3]);
      }
      for (float[] r : rects) {
        addRuling(r[0], r[1], r[2], r[1]);
        addRuling(r[0], r[3], r[2], r[3]);
        addRuling(r[0], r[1], r[0], r[3]);
        addRuling(r[2], r[1], r[2], r[3]);
      }
    }
    if (fill) {
      for (float[] r : rects) {
        // A thin filled rectangle is how many programs draw a table's lines.
        if (r[3] - r[1] <= 2.5f) {
          addRuling(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
        } else if (r[2] - r[0] <= 2.5f) {
          addRuling((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
        }
      }
    }
    path.clear();
    rects.clear();
    current = null;
    start = null;
  }

  private void addRuling(float x1, float y1, float x2, float y2) {
    if (rulings.size() > 20_000) {
      return;
    }
    if (Math.abs(y1 - y2) < 1.5f && Math.abs(x1 - x2) > 3f) {
      float y = (y1 + y2) / 2;
      rulings.add(new Ruling(Math.min(x1, x2), y, Math.max(x1, x2), y));
    } else if (Math.abs(x1 - x2) < 1.5f && Math.abs(y1 - y2) > 3f) {
      float x = (x1 + x2) / 2;
      rulings.add(new Ruling(x, Math.min(y1, y2), x, Math.max(y1, y2)));
    }
  }
}
