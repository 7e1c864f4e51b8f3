package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Sittings mirrored as guild scheduled events, on real JDA against the fake Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledEventSyncTests {
  private static final String EVENTS = "/guilds/" + Payloads.GUILD + "/scheduled-events";

  private FakeDiscord discord;
  private DiscordBot bot;
  private InMemoryScheduleRepository schedules;

  /**
   * Discord (and JDA) refuse events in the past by the real clock, so this bot's clock is fixed at
   * the real start of the test, and its meetings lie ahead of it.
   */
  private final Clock clock = Clock.fixed(Clock.systemUTC().instant(), ZoneOffset.UTC);

  private final LocalDate first = LocalDate.now(clock).plusDays(30);

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    schedules =
        new InMemoryScheduleRepository(
            new Schedule(
                List.of(
                    TestBot.meeting(
                        "first", first, "Trusteeship Council Chamber", MeetingStatus.SCHEDULED),
                    TestBot.meeting(
                        "second",
                        first.plusDays(2),
                        "Trusteeship Council Chamber",
                        MeetingStatus.SCHEDULED))));
    bot = TestBot.connect(discord, schedules, clock, true);
  }

  @AfterAll
  void stop() throws Exception {
    bot.close();
    discord.close();
  }

  @Test
  @Order(1)
  void upcomingSittingsAreMirroredAtStartUpAsExternalEventsWithVenueAndEndTime() {
    await().until(() -> discord.calls("POST", EVENTS).size() == 4);

    DataObject created = discord.calls("POST", EVENTS).get(0).json();
    assertThat(created.getString("name")).isEqualTo("1st IGN plenary meeting — Morning");
    assertThat(created.getInt("entity_type")).isEqualTo(3);
    assertThat(created.getInt("privacy_level")).isEqualTo(2);
    assertThat(created.getObject("entity_metadata").getString("location"))
        .isEqualTo("Trusteeship Council Chamber, UN Headquarters, New York");
    assertThat(instant(created.getString("scheduled_start_time"))).isEqualTo(newYork(first, 10));
    assertThat(instant(created.getString("scheduled_end_time"))).isEqualTo(newYork(first, 13));
    assertThat(created.getString("description")).endsWith("IGN Bot key: first/1");
    assertThat(discord.calls("POST", EVENTS).get(1).json().getString("name"))
        .isEqualTo("1st IGN plenary meeting — Afternoon (possible spill-over)");
  }

  @Test
  @Order(2)
  void aSyncWithNothingChangedSendsNoChanges() {
    int before = discord.calls().size();

    assertThat(sync()).isEqualTo("0 created, 0 updated, 0 cancelled");
    assertThat(discord.calls().subList(before, discord.calls().size()))
        .extracting(FakeDiscord.Call::method)
        .containsOnly("GET");
  }

  @Test
  @Order(3)
  void aMovedMeetingUpdatesItsEventsAndACancelledOneCancelsThem() {
    int before = discord.calls("PATCH", EVENTS + "/\\d+").size();
    schedules.publish(
        new Schedule(
            List.of(
                TestBot.meeting(
                    "first", first.plusDays(1), "Conference Room 4", MeetingStatus.SCHEDULED),
                TestBot.meeting(
                    "second",
                    first.plusDays(2),
                    "Trusteeship Council Chamber",
                    MeetingStatus.CANCELLED))));

    assertThat(sync()).isEqualTo("0 created, 2 updated, 2 cancelled");
    List<DataObject> patches =
        discord.calls("PATCH", EVENTS + "/\\d+").subList(before, before + 4).stream()
            .map(FakeDiscord.Call::json)
            .toList();
    assertThat(instant(patches.get(0).getString("scheduled_start_time")))
        .isEqualTo(newYork(first.plusDays(1), 10));
    assertThat(patches.get(0).getObject("entity_metadata").getString("location"))
        .isEqualTo("Conference Room 4, UN Headquarters, New York");
    assertThat(patches.subList(2, 4))
        .allSatisfy(patch -> assertThat(patch.getInt("status")).isEqualTo(4));
  }

  @Test
  @Order(4)
  void neverMoreThanDiscordsHundredUpcomingEventsCountingTheGuildsOwn() {
    discord.addEvent(
        FakeDiscord.scheduledEvent(
            FakeDiscord.snowflake(),
            DataObject.fromJson(
                "{\"name\": \"Book club\", \"scheduled_start_time\": \""
                    + first
                    + "T23:00:00Z\", \"scheduled_end_time\": \""
                    + first
                    + "T23:30:00Z\", \"entity_type\": 3,"
                    + " \"entity_metadata\": {\"location\": \"Lounge\"}}")));
    List<Meeting> many = new ArrayList<>();
    for (int day = 0; day < 60; day++) {
      LocalDate date = first.plusDays(10 + day);
      many.add(
          TestBot.meeting(date.toString(), date, "Conference Room 1", MeetingStatus.SCHEDULED));
    }
    schedules.publish(new Schedule(many));

    sync();

    long upcoming = discord.events().stream().filter(event -> event.getInt("status") == 1).count();
    assertThat(upcoming).isEqualTo(ScheduledEventSync.DISCORD_LIMIT);
  }

  private static Instant instant(String timestamp) {
    return OffsetDateTime.parse(timestamp).toInstant();
  }

  private static Instant newYork(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(VenueTime.ZONE).toInstant();
  }

  private String sync() {
    return bot.events().orElseThrow().sync();
  }
}
