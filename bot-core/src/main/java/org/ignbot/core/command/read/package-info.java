/** The commands that read the schedule and the facts: next, schedule, on, topic, meeting, ... */
package org.ignbot.core.command.read;
