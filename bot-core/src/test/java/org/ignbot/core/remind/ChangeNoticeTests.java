package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.remind.Fixtures.at;
import static org.ignbot.core.remind.Fixtures.dm;
import static org.ignbot.core.remind.Fixtures.meeting;
import static org.ignbot.core.remind.Fixtures.sitting;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.junit.jupiter.api.Test;

class ChangeNoticeTests {
  private final MeetingChange moved =
      new MeetingChange(
          MeetingChange.Kind.CHANGED,
          Optional.of(
              meeting(
                  "m", MeetingStatus.SCHEDULED, Set.of(Cluster.VETO), sitting("10:00", "13:00"))),
          meeting("m", MeetingStatus.SCHEDULED, Set.of(Cluster.VETO), sitting("15:00", "18:00")),
          List.of(new FieldChange("time", "10:00–13:00", "15:00–18:00")),
          Fixtures.LETTER);

  @Test
  void noticeSaysWhatChangedAndOnWhoseAuthority() {
    var notice = ChangeNotice.of(moved);

    assertThat(notice.title()).isEqualTo("Changed: 1st IGN Plenary of Tuesday 19 November 2024");
    assertThat(notice.lines())
        .contains("time: was 10:00–13:00, now 15:00–18:00")
        .anyMatch(line -> line.startsWith("Source: Co-Chairs' letter"));
  }

  @Test
  void onlyFollowersOfTheMeetingAreToldEachOnce() {
    var all =
        new Subscription(dm("U1"), Optional.empty(), List.of(Duration.ofHours(1)), at("06:00"));
    var veto =
        new Subscription(
            dm("U1"), Optional.of(Cluster.VETO), List.of(Duration.ofHours(2)), at("06:00"));
    var other =
        new Subscription(
            dm("U2"), Optional.of(Cluster.REGIONAL), List.of(Duration.ofHours(1)), at("06:00"));

    assertThat(ChangeNotice.followers(moved, List.of(all, veto, other))).containsExactly(dm("U1"));
  }

  @Test
  void addedMeetingsAreNotAnnounced() {
    var added =
        new MeetingChange(
            MeetingChange.Kind.ADDED, Optional.empty(), moved.after(), List.of(), Fixtures.LETTER);

    assertThat(ChangeNotice.announced(added)).isFalse();
    assertThat(ChangeNotice.announced(moved)).isTrue();
  }

  @Test
  void aSubscriberInViennaSeesTheNewTimesInBothZonesWithTheDayTheyEnd() {
    String text =
        new TextRenderer()
            .render(ChangeNotice.of(moved).inZone(Optional.of(ZoneId.of("Europe/Vienna"))));

    assertThat(text).contains("15:00–18:00 New York = 21:00–00:00 (ends Wed 20 Nov) Vienna");
  }

  @Test
  void withoutAKnownZoneTheNoticeShowsNewYorkTimeOnly() {
    String text = new TextRenderer().render(ChangeNotice.of(moved));

    assertThat(text).contains("15:00–18:00 New York").doesNotContain(" = ");
  }
}
