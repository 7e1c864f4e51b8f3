/**
 * The Spring Boot application: reads the command line, wires the core and the adapters, and runs
 * what was asked for (the terminal chat, one answer, later the chat platforms).
 */
package org.ignbot.app;
