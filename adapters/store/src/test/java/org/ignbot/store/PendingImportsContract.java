package org.ignbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ignbot.core.command.admin.PendingImport;
import org.ignbot.core.command.admin.PendingImports;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** What every {@link PendingImports} does; subclassed per implementation. */
abstract class PendingImportsContract {
  static final Instant NOW = Instant.parse("2024-11-18T12:00:00Z");
  final UserKey admin = new UserKey("slack", "T1", "UADMIN");

  /** A fresh, empty store; a second call gives another view of the same one (an instance). */
  abstract PendingImports store();

  abstract PendingImports sameStoreElsewhere();

  static PendingImport pending(UserKey admin, String name, Instant expires) {
    return new PendingImport(
        admin,
        name,
        "Excellency,\n\tletter".getBytes(StandardCharsets.UTF_8),
        true,
        "Co-Chairs' letter of 15 November 2024",
        List.of("Changed 2024-11-19 (1st IGN Plenary): topics", "Added: 2024-12-02"),
        expires);
  }

  @Test
  void aPreviewKeptIsTakenOnceWithEverythingItHeld() {
    PendingImports store = store();
    store.put(pending(admin, "letter.pdf", NOW.plus(Duration.ofHours(1))));

    PendingImport taken = sameStoreElsewhere().take(admin, NOW).orElseThrow();

    assertThat(taken.fileName()).isEqualTo("letter.pdf");
    assertThat(new String(taken.content(), StandardCharsets.UTF_8))
        .isEqualTo("Excellency,\n\tletter");
    assertThat(taken.pasted()).isTrue();
    assertThat(taken.citation()).isEqualTo("Co-Chairs' letter of 15 November 2024");
    assertThat(taken.changes())
        .containsExactly("Changed 2024-11-19 (1st IGN Plenary): topics", "Added: 2024-12-02");
    assertThat(taken.expires()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(store.take(admin, NOW)).isEmpty();
  }

  @Test
  void aNewPreviewReplacesTheAdminsEarlierOneAndLeavesOthersAlone() {
    PendingImports store = store();
    UserKey other = new UserKey("slack", "T2", "UADMIN");
    store.put(pending(admin, "first.pdf", NOW.plus(Duration.ofHours(1))));
    store.put(pending(other, "other.pdf", NOW.plus(Duration.ofHours(1))));
    store.put(pending(admin, "second.pdf", NOW.plus(Duration.ofHours(1))));

    assertThat(store.take(admin, NOW))
        .hasValueSatisfying(p -> assertThat(p.fileName()).isEqualTo("second.pdf"));
    assertThat(store.take(other, NOW))
        .hasValueSatisfying(p -> assertThat(p.fileName()).isEqualTo("other.pdf"));
  }

  @Test
  void anExpiredPreviewIsNotTaken() {
    PendingImports store = store();
    store.put(pending(admin, "letter.pdf", NOW.plus(Duration.ofHours(1))));

    assertThat(store.take(admin, NOW.plus(Duration.ofHours(1)))).isEmpty();
  }
}
