package org.ignbot.app.slack;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode on 127.0.0.1: greets the bot with "hello", then sends it one envelope and
 * keeps what the bot answers.
 */
final class FakeSocketMode extends WebSocketServer {
  final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile String envelope = "";

  FakeSocketMode() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  static FakeSocketMode begin() {
    FakeSocketMode server = new FakeSocketMode();
    server.start();
    try {
      if (!server.started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the fake Socket Mode server did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return server;
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link";
  }

  /** The envelope sent after "hello" on the next connection. */
  void sendOnConnect(String envelope) {
    this.envelope = envelope;
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,"
            + "\"debug_info\":{\"host\":\"local\",\"approximate_connection_time\":3600},"
            + "\"connection_info\":{\"app_id\":\"A0IGN\"}}");
    if (!envelope.isEmpty()) {
      conn.send(envelope);
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
