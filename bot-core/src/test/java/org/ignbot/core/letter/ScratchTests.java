package org.ignbot.core.letter;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTests {
  @Test
  void print() throws Exception {
    String name =
        System.getProperty("letter", "src/test/resources/letters/seed-79-first-plenary.txt");
    LetterReading reading = new LetterReader().read(Files.readString(Path.of(name)), "seed");
    System.out.println(reading.source());
    reading.meetings().forEach(System.out::println);
    reading.warnings().forEach(w -> System.out.println("WARN " + w));
  }
}
