/** JMH benchmarks: the calendar feed rendered, cached and served over HTTP. Run with bench/run. */
package org.ignbot.bench;
