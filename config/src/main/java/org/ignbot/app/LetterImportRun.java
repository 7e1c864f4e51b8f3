package org.ignbot.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.ignbot.core.command.admin.PreviewReply;
import org.ignbot.core.letter.ImportPreview;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterLayouts;
import org.ignbot.core.letter.PreviewJson;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.text.InvalidInputException;

/**
 * {@code import [--dry-run] [--json] <file>} on the command line: the operator is admin, so without
 * {@code --dry-run} the letter is published at once. Returns the exit status.
 */
final class LetterImportRun {
  private final LetterImport letters;
  private final TextRenderer renderer;

  LetterImportRun(LetterImport letters, TextRenderer renderer) {
    this.letters = letters;
    this.renderer = renderer;
  }

  int run(LaunchOptions.LetterImportRequest request, PrintStream out, PrintStream err) {
    ImportPreview preview;
    try {
      preview = letters.preview(request.file().getFileName().toString(), read(request));
    } catch (InvalidInputException e) {
      err.println(e.getMessage());
      return 1;
    }
    if (request.json()) {
      out.println(PreviewJson.of(preview));
    } else {
      out.println(renderer.render(PreviewReply.of(preview, false)));
    }
    if (request.dryRun() || preview.changesNothing()) {
      (request.json() ? err : out)
          .println(request.dryRun() ? "Dry run: nothing was published." : "Nothing to publish.");
      return 0;
    }
    if (!letters.publish(preview)) {
      err.println("The schedule changed while importing; nothing was published. Try again.");
      return 1;
    }
    (request.json() ? err : out).println("Published: " + preview.summary() + ".");
    return 0;
  }

  private static byte[] read(LaunchOptions.LetterImportRequest request) {
    try {
      long size = Files.size(request.file());
      if (size > LetterLayouts.MAX_BYTES) {
        // Refused without reading a huge file into memory, naming its real size.
        throw LetterLayouts.tooBig(String.valueOf(request.file().getFileName()), size);
      }
      return Files.readAllBytes(request.file());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("There is no file " + request.file() + ".");
    } catch (IOException e) {
      throw new InvalidInputException("Cannot read " + request.file() + ": " + e.getMessage());
    }
  }
}
