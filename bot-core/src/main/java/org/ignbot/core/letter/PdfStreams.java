package org.ignbot.core.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.ignbot.core.text.InvalidInputException;

/**
 * Caps what a PDF's streams inflate to, before PDFBox decodes them (it decodes a whole stream into
 * memory): every stream but images is inflated once into a counter, and the sum is capped. Images
 * are never decoded to read text, so they cost nothing here.
 */
final class PdfStreams {
  /** A letter's pages and fonts inflate to a few megabytes; this is far above that. */
  static final long MAX_INFLATED = 48L * 1024 * 1024;

  /** Filters that only compress or encode; image codecs are left alone (never decoded here). */
  private static final Set<String> INFLATING =
      Set.of(
          "FlateDecode",
          "Fl",
          "LZWDecode",
          "LZW",
          "RunLengthDecode",
          "RL",
          "ASCIIHexDecode",
          "AHx",
          "ASCII85Decode",
          "A85");

  private final LayoutBudget budget;
  private long total;

  private PdfStreams(LayoutBudget budget) {
    this.budget = budget;
  }

  /** Refuses the document when its streams inflate to more than a letter could hold. */
  static void check(COSDocument document, LayoutBudget budget) throws IOException {
    PdfStreams streams = new PdfStreams(budget);
    Map<COSObjectKey, Long> xref = document.getXrefTable();
    // Objects stored plainly first: object streams among them are checked before anything
    // compressed inside them is parsed (which decodes the whole object stream).
    List<COSObjectKey> later = new ArrayList<>();
    for (Map.Entry<COSObjectKey, Long> entry : xref.entrySet()) {
      if (entry.getValue() != null && entry.getValue() >= 0) {
        streams.checkObject(document, entry.getKey());
      } else {
        later.add(entry.getKey());
      }
    }
    for (COSObjectKey key : later) {
      streams.checkObject(document, key);
    }
  }

  private void checkObject(COSDocument document, COSObjectKey key) throws IOException {
    budget.checkTime();
    var object = document.getObjectFromPool(key);
    COSBase base = object == null ? null : object.getObject();
    if (base instanceof COSStream stream
        && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      inflate(stream);
    }
  }

  private void inflate(COSStream stream) throws IOException {
    List<String> filters = filters(stream.getFilters());
    int usable = 0;
    while (usable < filters.size() && INFLATING.contains(filters.get(usable))) {
      usable++;
    }
    if (usable == 0) {
      return;
    }
    try (InputStream raw = stream.createRawInputStream()) {
      InputStream in = raw;
      for (int i = 0; i < usable; i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        boolean last = i == usable - 1;
        Capped out = new Capped(last);
        try {
          filter.decode(in, out, stream, i);
        } catch (IOException e) {
          if (out.over) {
            throw refusal();
          }
          // A broken stream: PDFBox will say so, or skip it, when it reads the page.
          return;
        }
        if (out.over) {
          throw refusal();
        }
        if (last) {
          total += out.count;
        } else {
          in = new ByteArrayInputStream(out.bytes.toByteArray());
        }
      }
    }
  }

  private InvalidInputException refusal() {
    return new InvalidInputException(
        budget.name()
            + " holds content that inflates to more than "
            + MAX_INFLATED / (1024 * 1024)
            + " MB; a letter holds far less. It was not read.");
  }

  private static List<String> filters(COSBase filters) {
    List<String> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name.getName());
    } else if (filters instanceof COSArray array) {
      for (COSBase item : array) {
        if (item instanceof COSName name) {
          names.add(name.getName());
        }
      }
    }
    return names;
  }

  /** Counts what a filter writes, keeping it only for the next filter, and stops at the cap. */
  private final class Capped extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final boolean discard;
    long count;
    boolean over;

    Capped(boolean discard) {
      this.discard = discard;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      if (total + count > MAX_INFLATED) {
        over = true;
        throw new IOException("over the cap");
      }
      if (!discard) {
        bytes.write(b, off, len);
      }
    }
  }
}
