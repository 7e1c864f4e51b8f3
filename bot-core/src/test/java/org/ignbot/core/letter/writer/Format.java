package org.ignbot.core.letter.writer;

/** The file a written letter is rendered to. */
enum Format {
  TEXT("txt"),
  DOCX("docx"),
  PDF("pdf");

  final String extension;

  Format(String extension) {
    this.extension = extension;
  }
}
