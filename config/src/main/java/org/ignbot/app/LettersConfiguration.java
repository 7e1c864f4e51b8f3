package org.ignbot.app;

import java.time.Clock;
import java.util.List;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.ScheduleStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Letters in, schedule out: the reader, the publisher and the import use case. */
@Configuration(proxyBeanMethods = false)
class LettersConfiguration {

  /** Publishes to the schedule store and tells every schedule listener (none is fine). */
  @Bean
  SchedulePublisher schedulePublisher(
      ScheduleStore store, ObjectProvider<ScheduleListener> listeners) {
    return new SchedulePublisher(
        store,
        changes -> {
          List<ScheduleListener> all = listeners.orderedStream().toList();
          all.forEach(listener -> listener.published(changes));
        });
  }

  @Bean
  LetterImport letterImport(SchedulePublisher publisher, Clock clock) {
    return new LetterImport(new LetterReader(), publisher, clock);
  }
}
