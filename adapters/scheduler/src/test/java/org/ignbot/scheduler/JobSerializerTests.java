package org.ignbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSerializerTests {
  private final JobSerializer serializer = new JobSerializer();

  @Test
  void aJobPlannedBeforeTheRunnerMovedOutOfTheStoreIsReadAsTheSameJob() {
    ReminderJob reminder =
        new ReminderJob(
            "k@1/60m/ab", "slack", "T1", "DIRECT_MESSAGE", "U1", "m1", 1_732_028_400, 60);
    NoticeJob notice =
        new NoticeJob(
            "n-3", "slack", "T1", "CHANNEL", "C1", "Changed", new ArrayList<>(List.of("a")), 7);

    byte[] oldReminder = renamed(javaSerialized(reminder), "org.ignbot.store.remind.");
    byte[] oldNotice = renamed(serializer.serialize(notice), "org.ignbot.store.remind.");

    assertThat(new String(oldReminder, StandardCharsets.ISO_8859_1))
        .contains("org.ignbot.store.remind.ReminderJob");
    assertThat(serializer.deserialize(ReminderJob.class, oldReminder)).isEqualTo(reminder);
    assertThat(serializer.deserialize(NoticeJob.class, oldNotice)).isEqualTo(notice);
    assertThat(serializer.deserialize(ReminderJob.class, serializer.serialize(reminder)))
        .isEqualTo(reminder);
  }

  @Test
  void aReminderIsWrittenInAFewBytesAndOneJavaSerializedBeforeStillReads() {
    ReminderJob reminder =
        new ReminderJob(
            "m1@1732028400/60m/0a1b2c3d4e5f6071",
            "discord",
            "123456789012345678",
            "DIRECT_MESSAGE",
            "876543210987654321",
            "ign-79-2025-03-05",
            1_732_028_400,
            60);

    byte[] written = serializer.serialize(reminder);

    assertThat(written).startsWith('I', 'R', 1);
    assertThat(written.length).isLessThan(150);
    assertThat(new String(written, StandardCharsets.ISO_8859_1)).doesNotContain("java.");
    assertThat(serializer.deserialize(ReminderJob.class, written)).isEqualTo(reminder);
    assertThat(serializer.deserialize(ReminderJob.class, javaSerialized(reminder)))
        .isEqualTo(reminder);
  }

  @Test
  void aCutShortReminderRowSaysItCannotBeRead() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> serializer.deserialize(ReminderJob.class, new byte[] {'I', 'R', 1, 0}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot read a planned reminder");
  }

  /** The job as Java serialization writes it: how every job was stored before. */
  private static byte[] javaSerialized(Object job) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(job);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The stream with the job's class written under {@code oldPackage}, as the store wrote it. */
  private static byte[] renamed(byte[] stream, String oldPackage) {
    for (String job : List.of("ReminderJob", "NoticeJob")) {
      byte[] now = utf("org.ignbot.scheduler." + job);
      int at = indexOf(stream, now);
      if (at >= 0) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(stream, 0, at);
        out.writeBytes(utf(oldPackage + job));
        out.write(stream, at + now.length, stream.length - at - now.length);
        return out.toByteArray();
      }
    }
    throw new AssertionError("no job class in the stream");
  }

  /** A class name as serialization writes it: its length in two bytes, then the name. */
  private static byte[] utf(String name) {
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    byte[] withLength = new byte[text.length + 2];
    withLength[0] = (byte) (text.length >> 8);
    withLength[1] = (byte) text.length;
    System.arraycopy(text, 0, withLength, 2, text.length);
    return withLength;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
