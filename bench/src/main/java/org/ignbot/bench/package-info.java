/** Benchmark harnesses for the README's speed numbers; run by hand, never by the tests. */
package org.ignbot.bench;
