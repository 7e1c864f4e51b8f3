/**
 * Benchmarks (JMH, {@code java -jar bench/target/benchmarks.jar}) and harnesses (plain main
 * classes, {@code java -cp bench/target/benchmarks.jar ...}) for the README's speed numbers; run
 * by hand, never by the tests.
 */
package org.ignbot.bench;
