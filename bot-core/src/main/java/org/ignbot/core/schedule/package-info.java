/** The meetings, their sittings and sources, and the queries people ask of the schedule. */
package org.ignbot.core.schedule;
