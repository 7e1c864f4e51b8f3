package org.ignbot.app;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.ignbot.core.calendar.LeadTimes;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.store.StoreUnavailableException;
import org.ignbot.core.user.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Alarms in personal calendar downloads ({@code ics}): the lead times of the user's own
 * direct-message subscriptions that are not paused, longest first, so the calendar rings when the
 * reminders come. Channel subscriptions and the public feeds carry no alarm.
 */
@Configuration(proxyBeanMethods = false)
class AlarmConfiguration {

  @Bean
  LeadTimes subscribedLeadTimes(SubscriptionStore subscriptions) {
    return new SubscribedLeadTimes(subscriptions);
  }

  /**
   * The user's reminder lead times; none when the database cannot answer (the file still comes).
   */
  static final class SubscribedLeadTimes implements LeadTimes {
    private static final Logger log = LoggerFactory.getLogger(SubscribedLeadTimes.class);

    private final SubscriptionStore subscriptions;

    SubscribedLeadTimes(SubscriptionStore subscriptions) {
      this.subscriptions = subscriptions;
    }

    @Override
    public List<Duration> of(UserKey user) {
      return covering(user, subscription -> true);
    }

    @Override
    public List<Duration> of(UserKey user, Meeting meeting) {
      return covering(user, subscription -> subscription.follows(meeting));
    }

    private List<Duration> covering(UserKey user, Predicate<Subscription> covers) {
      try {
        return subscriptions.of(Subscriptions.directTo(user)).stream()
            .filter(subscription -> !subscription.isPaused())
            .filter(covers)
            .map(Subscription::leadTimes)
            .flatMap(List::stream)
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(org.ignbot.core.remind.LeadTimes.MAX_COUNT)
            .toList();
      } catch (StoreUnavailableException e) {
        log.warn(
            "Cannot read subscriptions; the download has no alarms: {}", e.getCause().toString());
        return List.of();
      }
    }
  }
}
