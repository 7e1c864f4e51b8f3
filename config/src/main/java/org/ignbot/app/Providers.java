package org.ignbot.app;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/** What a context gives a factory method, for the one-shot runs that call them by hand. */
final class Providers {
  private Providers() {}

  /** Made once, when first asked for. */
  static <T> Supplier<T> once(Supplier<T> maker) {
    return new Supplier<>() {
      private T made;

      @Override
      public synchronized T get() {
        if (made == null) {
          made = maker.get();
        }
        return made;
      }
    };
  }

  /** What a context's {@code ObjectProvider} gives: the one object, made when first asked for. */
  static <T> ObjectProvider<T> provider(Supplier<? extends T> object) {
    return all(List.of(object));
  }

  /**
   * An {@code ObjectProvider} of several beans (listeners), each made when first streamed; {@link
   * ObjectProvider#getObject()} gives the first.
   */
  static <T> ObjectProvider<T> all(List<Supplier<? extends T>> objects) {
    return new ObjectProvider<>() {
      @Override
      public T getObject() {
        return objects.get(0).get();
      }

      @Override
      public Stream<T> stream() {
        return objects.stream().map(Supplier::get);
      }

      @Override
      public Stream<T> orderedStream() {
        return stream();
      }
    };
  }
}
