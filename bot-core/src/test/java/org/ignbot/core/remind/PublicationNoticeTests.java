package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.remind.Fixtures.at;
import static org.ignbot.core.remind.Fixtures.dm;
import static org.ignbot.core.remind.Fixtures.meeting;
import static org.ignbot.core.remind.Fixtures.sitting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.junit.jupiter.api.Test;

class PublicationNoticeTests {
  private final MeetingChange addedVeto =
      new MeetingChange(
          MeetingChange.Kind.ADDED,
          Optional.empty(),
          meeting("v", MeetingStatus.SCHEDULED, Set.of(Cluster.VETO), sitting("10:00", "13:00")),
          List.of(),
          Fixtures.LETTER);
  private final MeetingChange movedRegional =
      new MeetingChange(
          MeetingChange.Kind.CHANGED,
          Optional.of(
              meeting(
                  "r",
                  MeetingStatus.SCHEDULED,
                  Set.of(Cluster.REGIONAL),
                  sitting("10:00", "13:00"))),
          meeting(
              "r", MeetingStatus.SCHEDULED, Set.of(Cluster.REGIONAL), sitting("15:00", "18:00")),
          List.of(new FieldChange("time", "10:00–13:00", "15:00–18:00")),
          Fixtures.LETTER);

  private static Subscription following(String user, Optional<Cluster> cluster) {
    return new Subscription(dm(user), cluster, List.of(Duration.ofHours(1)), at("06:00"));
  }

  @Test
  void eachFollowerIsGivenOnlyTheChangesToMeetingsTheyFollow() {
    var followers =
        PublicationNotice.followers(
            List.of(addedVeto, movedRegional),
            List.of(
                following("UALL", Optional.empty()),
                following("UVETO", Optional.of(Cluster.VETO)),
                following("USIZE", Optional.of(Cluster.SIZE_METHODS))));

    assertThat(followers).containsOnlyKeys(dm("UALL"), dm("UVETO"));
    assertThat(followers.get(dm("UALL"))).containsExactly(addedVeto, movedRegional);
    assertThat(followers.get(dm("UVETO"))).containsExactly(addedVeto);
  }

  @Test
  void aNewMeetingAloneIsAnnouncedAsNew() {
    var notice = PublicationNotice.of(List.of(addedVeto));

    assertThat(notice.title()).isEqualTo("New: 1st IGN Plenary of Tuesday 19 November 2024");
    assertThat(notice.lines()).anyMatch(line -> line.startsWith("Source: Co-Chairs' letter"));
  }

  @Test
  void severalChangesAreOneNoticeCountingEachKind() {
    var notice = PublicationNotice.of(List.of(addedVeto, movedRegional));

    assertThat(notice.title()).isEqualTo("Schedule update: 1 new, 1 changed");
    assertThat(notice.lines())
        .anyMatch(line -> line.startsWith("New: "))
        .contains(
            "Changed: 1st IGN Plenary of Tuesday 19 November 2024 — time: was 10:00–13:00, now"
                + " 15:00–18:00");
  }

  @Test
  void theKeyIsOnePerPublicationAndRecipient() {
    assertThat(PublicationNotice.key(7, dm("U1")))
        .isEqualTo(PublicationNotice.key(7, dm("U1")))
        .isNotEqualTo(PublicationNotice.key(8, dm("U1")))
        .isNotEqualTo(PublicationNotice.key(7, dm("U2")));
  }
}
