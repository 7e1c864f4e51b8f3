package org.ignbot.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;

/**
 * Where the terminal puts the files a reply carries (an .ics invite): written whole into one
 * folder, the current one unless told otherwise, and their paths printed.
 */
public final class AttachmentFolder {
  private final Path folder;

  public AttachmentFolder(Path folder) {
    this.folder = Objects.requireNonNull(folder);
  }

  /** The folder the process was started in. */
  public static AttachmentFolder current() {
    return new AttachmentFolder(Path.of(""));
  }

  /** Saves each file of {@code reply} and prints one line per file: where it is, or why not. */
  public void save(Reply reply, PrintStream out) {
    for (Attachment attachment : reply.attachments()) {
      String name = safeName(attachment.fileName());
      Path target = folder.resolve(name).toAbsolutePath().normalize();
      try {
        write(target, attachment.content());
        out.println("Saved " + name + ": " + target);
      } catch (IOException e) {
        out.println("Could not save " + name + " in " + folder.toAbsolutePath() + ": " + e);
      }
    }
  }

  /** Written beside the target, then moved over it: never a half-written file under the name. */
  private static void write(Path target, byte[] content) throws IOException {
    Path temporary =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    try {
      Files.write(temporary, content, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Only the last part of the name, in plain characters: a reply cannot write elsewhere. */
  static String safeName(String fileName) {
    String last =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    String safe = last.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^\\.+", "");
    return safe.isEmpty() ? "attachment" : safe;
  }
}
