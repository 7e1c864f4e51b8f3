package org.ignbot.core.calendar;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.ignbot.core.time.VenueTime;

/**
 * iCal4j's time zones with New York resolved straight to Java's own zone. Without it iCal4j looks
 * each TZID up by copying the JDK's list of zones, which made a 2,000-event feed take a second.
 */
final class VenueZoneRegistry implements TimeZoneRegistry {
  private static final String NEW_YORK = VenueTime.ZONE.getId();

  private final TimeZoneRegistry delegate = TimeZoneRegistryFactory.getInstance().createRegistry();
  private final Map<String, ZoneRules> rules = Map.of(NEW_YORK, VenueTime.ZONE.getRules());

  @Override
  public void register(TimeZone timezone) {
    delegate.register(timezone);
  }

  @Override
  public void register(TimeZone timezone, boolean update) {
    delegate.register(timezone, update);
  }

  @Override
  public void clear() {
    delegate.clear();
  }

  @Override
  public TimeZone getTimeZone(String id) {
    return delegate.getTimeZone(id);
  }

  @Override
  public Map<String, ZoneRules> getZoneRules() {
    return rules;
  }

  @Override
  public ZoneId getZoneId(String tzId) {
    return NEW_YORK.equals(tzId) ? VenueTime.ZONE : delegate.getZoneId(tzId);
  }

  @Override
  public String getTzId(String zoneId) {
    return NEW_YORK.equals(zoneId) ? NEW_YORK : delegate.getTzId(zoneId);
  }
}
