/** JMH benchmarks for the speed targets; run with {@code java -jar bench/target/benchmarks.jar}. */
package org.ignbot.bench;
