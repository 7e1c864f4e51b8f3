package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application wires the letter import: the bundled schedule already says what the seed says.
 */
@SpringBootTest(properties = "ign.admins=slack:U-ADMIN")
class LettersConfigurationIntegrationTests {
  @Autowired CommandEngine engine;
  @Autowired TextRenderer renderer;

  @Test
  void seedLetterPastedByAnAdminChangesNothingInTheBundledSchedule() throws IOException {
    String seed =
        Files.readString(
            Path.of("../bot-core/src/test/resources/letters/seed-79-first-plenary.txt"));
    Asker admin = new Asker(new UserKey("slack", "T1", "U-ADMIN"), true);

    String reply = renderer.render(engine.handle(admin, "import " + seed));

    assertThat(reply)
        .startsWith("Nothing to publish: the schedule already says what this letter says")
        .contains("2024-10-02, 2024-11-11, 2024-11-19, 2024-11-21");
  }

  @Test
  void delegatesCannotImport() {
    Asker delegate = new Asker(new UserKey("slack", "T1", "U-OTHER"), false);

    assertThat(engine.handle(delegate, "confirm").isError()).isTrue();
  }
}
