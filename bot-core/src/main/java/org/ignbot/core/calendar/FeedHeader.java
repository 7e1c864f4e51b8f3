package org.ignbot.core.calendar;

import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ignbot.core.time.VenueTime;

/** A published feed's own properties: its name, description, zone and how often to refresh. */
final class FeedHeader {
  private FeedHeader() {}

  static PropertyList properties(CalendarFeed feed) {
    List<Property> properties = new ArrayList<>();
    properties.add(new ProdId(IcsWriter.PRODID));
    properties.add(ImmutableVersion.VERSION_2_0);
    properties.add(ImmutableCalScale.GREGORIAN);
    properties.add(ImmutableMethod.PUBLISH);
    properties.add(new Name(feed.name()));
    properties.add(new XProperty("X-WR-CALNAME", feed.name()));
    properties.add(
        new XProperty(
            "X-WR-CALDESC",
            "Meetings of the Intergovernmental Negotiations on Security Council reform,"
                + " from the Co-Chairs' letters. New York time."));
    properties.add(new XProperty("X-WR-TIMEZONE", VenueTime.ZONE.getId()));
    properties.add(
        new RefreshInterval(new ParameterList(List.of(Value.DURATION)), IcsWriter.REFRESH));
    properties.add(new XProperty("X-PUBLISHED-TTL", IcsWriter.REFRESH.toString()));
    return new PropertyList(properties);
  }
}
