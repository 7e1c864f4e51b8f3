package org.ignbot.scheduler;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * db-scheduler's Java serialization of the jobs, reading the rows planned before the runner moved
 * here from the store ({@code org.ignbot.store.remind.ReminderJob} and {@code NoticeJob}) as the
 * same records: an upgrade loses no planned reminder or notice.
 */
final class JobSerializer implements Serializer {
  private static final String OLD_PACKAGE = "org.ignbot.store.remind.";

  @Override
  public byte[] serialize(Object data) {
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
    try (ObjectInputStream in = new Renaming(new ByteArrayInputStream(serialized))) {
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read a planned " + type.getSimpleName(), e);
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
