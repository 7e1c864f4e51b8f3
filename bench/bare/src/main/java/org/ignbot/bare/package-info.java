/** A bare Spring Boot web application, the yardstick of the start-up benchmark. */
package org.ignbot.bare;
