package org.ignbot.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Time spent inside the server per request, from the first filter to the last byte handed over:
 * wall time, and CPU time of the thread that served it (what the request itself cost, however busy
 * the machine is).
 */
final class ServerTime extends OncePerRequestFilter implements Ordered {
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong cpuNanos = new AtomicLong();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    try {
      chain.doFilter(request, response);
      response.flushBuffer();
    } finally {
      cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuStart);
      nanos.addAndGet(System.nanoTime() - start);
      requests.incrementAndGet();
    }
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  void reset() {
    requests.set(0);
    nanos.set(0);
    cpuNanos.set(0);
  }

  String report() {
    long count = Math.max(1, requests.get());
    return String.format(
        "%,d requests, server time each: %.3f ms wall, %.3f ms CPU",
        requests.get(), nanos.get() / 1e6 / count, cpuNanos.get() / 1e6 / count);
  }
}
