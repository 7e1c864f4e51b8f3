/**
 * Benchmarks (JMH) and harnesses (plain main classes) for the README's speed numbers; run with
 * {@code bench/run}, never by the tests.
 */
package org.ignbot.bench;
