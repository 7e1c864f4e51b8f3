package org.ignbot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ignbot.core.reply.ActionRequest.Kind;
import org.junit.jupiter.api.Test;

class ActionRequestTests {

  @Test
  void everyRequestDecodesFromItsOwnToken() {
    for (Kind kind : Kind.values()) {
      ActionRequest request =
          kind == Kind.MEETING_CALENDAR || kind == Kind.REMIND || kind == Kind.TOPIC
              ? ActionRequest.of(kind, "2024-11-19")
              : ActionRequest.of(kind);

      assertThat(ActionRequest.decode(request.token())).contains(request);
    }
  }

  @Test
  void tokensReadAsTheCommandAPersonWouldType() {
    // Buttons sent before the tokens existed carried exactly this text: they keep working.
    assertThat(ActionRequest.of(Kind.MEETING_CALENDAR, "2024-11-19").token())
        .isEqualTo("ics 2024-11-19");
    assertThat(ActionRequest.of(Kind.STOP_DIGEST).token()).isEqualTo("digest off");
    assertThat(ActionRequest.decode("topic veto")).contains(ActionRequest.of(Kind.TOPIC, "veto"));
    assertThat(ActionRequest.of(Kind.STOP_DIGEST).commandName()).isEqualTo("digest");
  }

  @Test
  void aTokenThatIsNoRequestDecodesToNothing() {
    assertThat(ActionRequest.decode("whoami")).isEmpty();
    assertThat(ActionRequest.decode("subscribe here")).isEmpty();
    assertThat(ActionRequest.decode("ics")).isEmpty();
    assertThat(ActionRequest.decode("ics 2024-11-19 and more")).isEmpty();
    assertThat(ActionRequest.decode("confirm email 123456")).isEmpty();
    assertThat(ActionRequest.decode("")).isEmpty();
    assertThat(ActionRequest.decode(null)).isEmpty();
  }

  @Test
  void theLongestTokenFitsADiscordCustomId() {
    String longestId = "a".repeat(64);

    assertThat(ActionRequest.of(Kind.REMIND, longestId).token()).hasSizeLessThanOrEqualTo(75);
    assertThatThrownBy(() -> ActionRequest.of(Kind.REMIND, longestId + "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActionRequest.of(Kind.REMIND))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
