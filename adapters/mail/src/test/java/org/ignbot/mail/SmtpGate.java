package org.ignbot.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gate on 127.0.0.1 in front of GreenMail's SMTP server that answers in its place when told to: a
 * permanent refusal (550) of some recipients, a passing failure (451) of the next transactions, a
 * connection dropped in the middle, or no answer at all (closed). Everything else passes through,
 * so what is delivered is read back from GreenMail.
 */
final class SmtpGate implements AutoCloseable {
  private final int upstreamPort;
  private final ServerSocket server;
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final AtomicInteger passingFailures = new AtomicInteger();
  private final AtomicBoolean dropNext = new AtomicBoolean();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger connections = new AtomicInteger();

  SmtpGate(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::accept, "smtp-gate");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The server refuses {@code address} for good (550 at RCPT TO). */
  void refuse(String address) {
    refused.add(address.toLowerCase(Locale.ROOT));
  }

  /** The next {@code times} recipients get a passing failure (451 at RCPT TO). */
  void failPassing(int times) {
    passingFailures.set(times);
  }

  /** The next transaction's connection is dropped at MAIL FROM, without an answer. */
  void dropNext() {
    dropNext.set(true);
  }

  /** While down, every connection is closed at once, before the greeting. */
  void down(boolean isDown) {
    down.set(isDown);
  }

  /** How many connections the senders opened so far. */
  int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        connections.incrementAndGet();
        Thread handler = new Thread(() -> handle(client), "smtp-gate-client");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client;
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
      if (down.get()) {
        return;
      }
      OutputStream toClient = client.getOutputStream();
      OutputStream toServer = upstream.getOutputStream();
      Thread answers = new Thread(() -> copy(upstream, toClient), "smtp-gate-answers");
      answers.setDaemon(true);
      answers.start();
      InputStream fromClient = client.getInputStream();
      boolean data = false;
      byte[] line;
      while ((line = readLine(fromClient)) != null) {
        String text = new String(line, StandardCharsets.ISO_8859_1).strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (data) {
          data = !text.equals(".");
        } else if (upper.startsWith("MAIL FROM") && dropNext.getAndSet(false)) {
          return;
        } else if (upper.startsWith("RCPT TO")) {
          String address = text.substring(text.indexOf('<') + 1, text.lastIndexOf('>'));
          if (refused.contains(address.toLowerCase(Locale.ROOT))) {
            answer(toClient, "550 5.1.1 <" + address + ">: no such mailbox here");
            continue;
          }
          if (passingFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(toClient, "451 4.3.0 <" + address + ">: try again later");
            continue;
          }
        } else if (upper.equals("DATA")) {
          data = true;
        }
        toServer.write(line);
        toServer.flush();
      }
    } catch (IOException e) {
      // The sender or the server went away: the connection ends.
    }
  }

  private static void answer(OutputStream toClient, String reply) throws IOException {
    synchronized (toClient) {
      toClient.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
      toClient.flush();
    }
  }

  private static void copy(Socket upstream, OutputStream toClient) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = upstream.getInputStream();
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (toClient) {
          toClient.write(buffer, 0, n);
          toClient.flush();
        }
      }
    } catch (IOException e) {
      // Either side closed.
    }
  }

  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    return line.size() == 0 ? null : line.toByteArray();
  }
}
