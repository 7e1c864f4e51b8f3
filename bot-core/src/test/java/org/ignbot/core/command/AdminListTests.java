package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

class AdminListTests {

  @Test
  void anEntryWithItsWorkspaceMakesTheUserAdminThereOnly() {
    AdminList admins = new AdminList(List.of("slack:T0ONE/U0ADMIN"));

    assertThat(admins.isAdmin(new UserKey("slack", "T0ONE", "U0ADMIN"))).isTrue();
    assertThat(admins.isAdmin(new UserKey("slack", "T0TWO", "U0ADMIN"))).isFalse();
    assertThat(admins.isAdmin(new UserKey("discord", "T0ONE", "U0ADMIN"))).isFalse();
  }

  @Test
  void aBareEntryMatchesTheUserIdInAnyWorkspaceAndIsListedAsSuch() {
    AdminList admins = new AdminList(List.of("slack:U0ADMIN", "slack:T0ONE/U0OTHER", "discord:8"));

    assertThat(admins.isAdmin(new UserKey("slack", "T0TWO", "U0ADMIN"))).isTrue();
    assertThat(admins.withoutWorkspace("slack")).containsExactly("slack:U0ADMIN");
    assertThat(admins.withoutWorkspace("discord")).containsExactly("discord:8");
  }

  @Test
  void anEntryThatIsNeitherFormIsRefusedWithAnExample() {
    assertThatThrownBy(() -> new AdminList(List.of("slack:T0ONE/U0ADMIN/extra")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slack:T024BE7LD/U024BE7LH");
  }
}
