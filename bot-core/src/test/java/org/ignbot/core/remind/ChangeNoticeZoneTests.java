package org.ignbot.core.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.remind.Fixtures.meeting;
import static org.ignbot.core.remind.Fixtures.sitting;

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

/** A change notice shows the new times in the subscriber's zone beside New York's. */
class ChangeNoticeZoneTests {
  private final MeetingChange moved =
      new MeetingChange(
          MeetingChange.Kind.CHANGED,
          Optional.of(
              meeting(
                  "m", MeetingStatus.SCHEDULED, Set.of(Cluster.VETO), sitting("10:00", "13:00"))),
          meeting("m", MeetingStatus.SCHEDULED, Set.of(Cluster.VETO), sitting("15:00", "18:00")),
          List.of(new FieldChange("time", "10:00–13:00", "15:00–18:00")),
          org.ignbot.core.Fixtures.LETTER);

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
