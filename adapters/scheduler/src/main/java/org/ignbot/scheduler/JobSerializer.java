package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The jobs as db-scheduler stores them. A reminder, written and read once per send, is its fields
 * in a few bytes ({@link #REMINDER}: a tag, then each field); everything else is Java
 * serialization. Rows written before either change still read as the same records: reminders
 * Java-serialized, and jobs planned before the runner moved here from the store ({@code
 * org.ignbot.store.remind.ReminderJob} and {@code NoticeJob}). An upgrade loses no planned reminder
 * or notice.
 */
final class JobSerializer implements Serializer {
  private static final String OLD_PACKAGE = "org.ignbot.store.remind.";

  /**
   * A reminder's tag: "IR" and the layout's version, 1. Java serialization starts with 0xACED, so
   * the two never meet.
   */
  private static final byte[] REMINDER = {'I', 'R', 1};

  @Override
  public byte[] serialize(Object data) {
    if (data instanceof ReminderJob job) {
      return reminder(job);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize " + data.getClass().getSimpleName(), e);
    }
    return bytes.toByteArray();
  }

  @Override
  public <T> T deserialize(Class<T> type, byte[] serialized) {
    if (serialized == null) {
      return null;
    }
    if (Arrays.equals(
        serialized,
        0,
        Math.min(REMINDER.length, serialized.length),
        REMINDER,
        0,
        REMINDER.length)) {
      return type.cast(reminder(serialized));
    }
    try (ObjectInputStream in = new Renaming(new ByteArrayInputStream(serialized))) {
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read a planned " + type.getSimpleName(), e);
    }
  }

  private static byte[] reminder(ReminderJob job) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(REMINDER);
      out.writeUTF(job.key());
      out.writeUTF(job.platform());
      out.writeUTF(job.workspace());
      out.writeUTF(job.kind());
      out.writeUTF(job.recipientId());
      out.writeUTF(job.meetingId());
      out.writeLong(job.startEpochSecond());
      out.writeLong(job.leadMinutes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a planned reminder", e);
    }
    return bytes.toByteArray();
  }

  private static ReminderJob reminder(byte[] serialized) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      in.skipNBytes(REMINDER.length);
      return new ReminderJob(
          in.readUTF(),
          in.readUTF(),
          in.readUTF(),
          in.readUTF(),
          in.readUTF(),
          in.readUTF(),
          in.readLong(),
          in.readLong());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a planned reminder", e);
    }
  }

  private static final class Renaming extends ObjectInputStream {
    Renaming(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass stored)
        throws IOException, ClassNotFoundException {
      String name = stored.getName();
      if (name.startsWith(OLD_PACKAGE)) {
        String renamed =
            JobSerializer.class.getPackageName() + "." + name.substring(OLD_PACKAGE.length());
        return Class.forName(renamed, false, JobSerializer.class.getClassLoader());
      }
      if (name.startsWith("org.ignbot.")) {
        return Class.forName(name, false, JobSerializer.class.getClassLoader());
      }
      return super.resolveClass(stored);
    }
  }
}
