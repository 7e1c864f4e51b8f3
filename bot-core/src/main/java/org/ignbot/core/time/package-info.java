/** Time as people type and read it: the venue's zone, dates, zones and ranges. */
package org.ignbot.core.time;
