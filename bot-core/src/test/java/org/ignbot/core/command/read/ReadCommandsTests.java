package org.ignbot.core.command.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.meeting;

import java.time.ZoneId;
import org.ignbot.core.command.Bot;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The read-only commands, driven through the engine as an adapter would. */
class ReadCommandsTests {
  private static final Meeting DEBATE =
      meeting("2024-11-11")
          .title("General Assembly debate on Security Council reform")
          .dateOnly()
          .build();
  private static final Meeting FIRST =
      meeting("2024-11-19")
          .title("1st IGN Plenary")
          .topic("Categories of membership")
          .topic("Cross-regional representation")
          .clusters(Cluster.CATEGORIES, Cluster.REGIONAL)
          .build();
  private static final Meeting SECOND =
      meeting("2024-11-21")
          .title("1st IGN Plenary")
          .topic("Model discussion (revised model by Liechtenstein)")
          .sitting("10:00", "13:00")
          .spillOver("15:00", "18:00")
          .build();
  private static final Meeting CANCELLED =
      meeting("2024-12-05").title("2nd IGN Plenary").clusters(Cluster.VETO).cancelled().build();

  private static Bot botAt(String newYorkTime) {
    return new Bot(clockAt(newYorkTime), DEBATE, FIRST, SECOND, CANCELLED);
  }

  @Nested
  class Next {
    @Test
    void showsTheNextMeetingWithSittingsVenueTopicsAndSource() {
      String answer = botAt("2024-11-18T12:00").ask("/ign next");
      assertThat(answer)
          .startsWith("Next IGN meeting")
          .contains("1st IGN Plenary — Tuesday 19 November 2024")
          .contains("Morning    10:00–13:00 New York")
          .contains("Afternoon  15:00–18:00 New York")
          .contains("Venue      Trusteeship Council Chamber, UN Headquarters")
          .contains("Topics     Categories of membership; Cross-regional representation")
          .contains("Clusters   Categories of membership; Regional representation")
          .contains(
              "Source     Co-Chairs' letter of 28 October 2024, signed Tareq Albanai, Alexander Marschik");
    }

    @Test
    void showsTheAskersOwnTimeBesideNewYorkTime() {
      Bot bot = botAt("2024-11-18T12:00");
      bot.settings.setZone(new UserKey("test", "w1", "u1"), ZoneId.of("Europe/Vienna"));
      assertThat(bot.ask("next"))
          .contains("10:00–13:00 New York · 16:00–19:00 Vienna")
          .contains("15:00–18:00 New York · 21:00–00:00 (ends Wed 20 Nov) Vienna");
    }

    @Test
    void marksASpillOverSittingAsReserved() {
      assertThat(botAt("2024-11-20T09:00").ask("next"))
          .contains("Afternoon  15:00–18:00 New York (reserved for possible spill-over)");
    }

    @Test
    void saysADateOnlyMeetingHasNoAnnouncedTimeOrVenue() {
      assertThat(botAt("2024-11-10T12:00").ask("next"))
          .contains("General Assembly debate on Security Council reform — Monday 11 November 2024")
          .contains("Time       not announced in the letter")
          .contains("Venue      not announced in the letter");
    }

    @Test
    void skipsCancelledMeetingsAndSaysWhenNothingIsScheduled() {
      Reply reply = botAt("2024-11-22T09:00").reply("next");
      assertThat(reply.title()).isEqualTo("No IGN meeting is scheduled yet.");
      assertThat(reply.lines())
          .containsExactly("The last one held was on Thursday 21 November 2024:");
      assertThat(reply.meetings()).extracting(MeetingView::meeting).containsExactly(SECOND);
    }
  }

  @Nested
  class ScheduleList {
    @Test
    void listsTheNextMeetingsOneLineEach() {
      Reply reply = botAt("2024-11-01T12:00").reply("schedule");
      // A cancelled meeting stays in the list, marked: one rule for cancelled meetings.
      assertThat(reply.title()).isEqualTo("The next 4 IGN meetings");
      assertThat(reply.meetings())
          .extracting(MeetingView::meeting)
          .containsExactly(DEBATE, FIRST, SECOND, CANCELLED);
      assertThat(reply.meetings())
          .extracting(MeetingView::detail)
          .containsOnly(MeetingView.Detail.LINE);
    }

    @Test
    void honoursTheCountAsked() {
      assertThat(botAt("2024-11-01T12:00").reply("schedule 1").meetings()).hasSize(1);
      assertThat(botAt("2024-11-01T12:00").ask("schedule 1"))
          .contains(
              "Mon 11 Nov 2024 · time not announced · General Assembly debate on Security Council reform  [2024-11-11]");
    }

    @Test
    void saysWhatCountWouldWork() {
      for (String bad : new String[] {"0", "21", "999999"}) {
        Reply reply = botAt("2024-11-01T12:00").reply("schedule " + bad);
        assertThat(reply.isError()).isTrue();
        assertThat(reply.lines().get(0)).startsWith("I list 1 to 20 meetings at a time, not ");
      }
      for (String bad : new String[] {"-1", "five", "99999999999"}) {
        Reply reply = botAt("2024-11-01T12:00").reply("schedule " + bad);
        assertThat(reply.isError()).isTrue();
        assertThat(reply.lines().get(0))
            .contains("is not a number of meetings — try `schedule 5` (1 to 20)");
      }
    }
  }

  @Nested
  class OnADay {
    @Test
    void showsTheMeetingsOfThatDay() {
      assertThat(botAt("2024-11-18T12:00").ask("on 21 Nov"))
          .startsWith("IGN meetings on Thursday 21 November 2024")
          .contains("Model discussion (revised model by Liechtenstein)");
      assertThat(botAt("2024-11-18T12:00").reply("on tomorrow").meetings())
          .extracting(MeetingView::meeting)
          .containsExactly(FIRST);
      assertThat(botAt("2024-11-18T12:00").reply("on thursday").meetings())
          .extracting(MeetingView::meeting)
          .containsExactly(SECOND);
    }

    @Test
    void saysACancelledMeetingIsCancelled() {
      assertThat(botAt("2024-11-18T12:00").ask("on 2024-12-05"))
          .contains("2nd IGN Plenary — Thursday 5 December 2024 — CANCELLED");
    }

    @Test
    void pointsToTheNextMeetingOnAnEmptyDay() {
      String answer = botAt("2024-11-18T12:00").ask("on 20 Nov");
      assertThat(answer)
          .startsWith("No IGN meeting on Wednesday 20 November 2024.")
          .contains("[2024-11-21]");
    }

    @Test
    void saysAnImpossibleDateIsNotADate() {
      assertThat(botAt("2024-11-18T12:00").reply("on 31 Feb").lines())
          .containsExactly("In \"31 Feb\", the day 31 does not exist: February has 29 days.");
    }
  }

  @Nested
  class Topic {
    @Test
    void findsMeetingsByClusterWord() {
      Reply reply = botAt("2024-11-18T12:00").reply("topic cross-regional");
      assertThat(reply.title()).isEqualTo("Meetings on regional representation");
      assertThat(reply.meetings()).extracting(MeetingView::meeting).containsExactly(FIRST);
    }

    @Test
    void findsMeetingsByFreeWords() {
      assertThat(botAt("2024-11-18T12:00").reply("topic Liechtenstein model").meetings())
          .extracting(MeetingView::meeting)
          .containsExactly(SECOND);
    }

    @Test
    void listsUpcomingMeetingsBeforePastOnes() {
      Meeting later = meeting("2025-02-20").clusters(Cluster.CATEGORIES).build();
      Bot bot = new Bot(clockAt("2024-12-01T12:00"), FIRST, later);
      Reply reply = bot.reply("topic categories");
      assertThat(reply.meetings()).extracting(MeetingView::meeting).containsExactly(later, FIRST);
      assertThat(reply.lines())
          .contains("1 upcoming, 1 held; upcoming first, then the most recent.");
    }

    @Test
    void saysWhenNothingMatchesAndSuggestsClusters() {
      Reply reply = botAt("2024-11-18T12:00").reply("topic working methods");
      assertThat(reply.title())
          .isEqualTo(
              "No meeting on size of an enlarged Security Council and working methods of the Council yet.");
      assertThat(botAt("2024-11-18T12:00").reply("topic").lines().get(0))
          .startsWith("Which topic? Try a cluster: veto, size");
    }
  }

  @Nested
  class OneMeeting {
    @Test
    void showsOneMeetingInFull() {
      String answer = botAt("2024-11-18T12:00").ask("meeting 2024-11-21");
      assertThat(answer)
          .contains(
              "Session    79th session of the General Assembly",
              "Revision   1",
              "Id         2024-11-21");
    }

    @Test
    void suggestsIdsForAnUnknownOne() {
      assertThat(botAt("2024-11-18T12:00").reply("meeting 2024-11-20").lines().get(0))
          .startsWith("No meeting has the id \"2024-11-20\" — did you mean 2024-11-21 or")
          .endsWith("`schedule` lists the ids.");
      assertThat(botAt("2024-11-18T12:00").reply("meeting").lines().get(0))
          .startsWith("Which meeting?");
    }
  }

  @Nested
  class Clusters {
    @Test
    void listsTheFiveClustersWithTheirNextMeeting() {
      Reply reply = botAt("2024-11-18T12:00").reply("clusters");
      assertThat(reply.lines()).hasSize(5);
      assertThat(reply.lines().get(0))
          .isEqualTo(
              "• Categories of membership (`topic categories`): next Tue 19 Nov 2024, 10:00 New York"
                  + " [2024-11-19]");
      // The only veto meeting is cancelled.
      assertThat(reply.lines().get(1))
          .isEqualTo("• The question of the veto (`topic veto`): no meeting scheduled");
    }
  }

  @Nested
  class About {
    @Test
    void givesFactsWithTheirSource() {
      Reply reply = botAt("2024-11-18T12:00").reply("about Group of Four");
      assertThat(reply.title()).isEqualTo("G4");
      assertThat(reply.lines())
          .containsExactly("Brazil, Germany, India, Japan.", "Source: G4 model");
    }

    @Test
    void namesTheCoChairsOfTheSessionOfToday() {
      assertThat(botAt("2024-11-18T12:00").ask("about co-chairs"))
          .contains(
              "Co-Chairs of the IGN, 79th session",
              "Alexander Marschik (Austria)",
              "Source: un.org/en/ga/screform");
    }

    @Test
    void saysWhenItHasNoRecordOfTheCurrentCoChairs() {
      Bot bot = new Bot(clockAt("2026-11-26T12:00"), FIRST);
      assertThat(bot.ask("about co-chairs"))
          .contains("I have no verified record of the Co-Chairs for the 81st session.")
          .contains(
              "The latest I know, 80th session: Tareq Albanai (Kuwait) and Lise Gregoire-van Haaren (Netherlands)");
    }

    @Test
    void listsTheSubjectsWhenAskedAboutNothingOrSomethingUnknown() {
      assertThat(botAt("2024-11-18T12:00").reply("about").title())
          .isEqualTo("Ask me about: ign, g4, co-chairs.");
      assertThat(botAt("2024-11-18T12:00").reply("about weather").lines())
          .containsExactly("I have no facts on \"weather\" — try: ign, g4, co-chairs.");
    }
  }

  @Nested
  class TimeZone {
    @Test
    void setsAndShowsTheAskersZone() {
      Bot bot = botAt("2024-11-18T12:00");
      assertThat(bot.reply("tz").title())
          .isEqualTo("You have not set a time zone; times are shown in New York time.");
      assertThat(bot.reply("tz asia/kolkata").title())
          .isEqualTo("Your time zone is now Asia/Kolkata.");
      assertThat(bot.reply("tz").title()).isEqualTo("Your time zone: Asia/Kolkata (Kolkata).");
      assertThat(bot.ask("next")).contains("10:00–13:00 New York · 20:30–23:30 Kolkata");
    }

    @Test
    void keepsTheZoneWhenTheNewOneIsUnknown() {
      Bot bot = botAt("2024-11-18T12:00");
      bot.reply("tz Europe/Vienna");
      assertThat(bot.reply("tz Vienna/Europe").isError()).isTrue();
      assertThat(bot.reply("tz").title()).contains("Europe/Vienna");
    }
  }
}
