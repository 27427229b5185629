package com.tweetrade.stack;

/** A port the stack needs is already in use; the message says which setting moves it. */
public final class PortTakenException extends IllegalStateException {
  private final int port;

  PortTakenException(int port, String service, String setting) {
    super(
        "Port "
            + port
            + " on "
            + Ports.HOST
            + " is already in use, so "
            + service
            + " cannot start. Stop whatever holds it (e.g. `ss -ltnp | grep :"
            + port
            + "`) or choose another port with "
            + setting
            + ".");
    this.port = port;
  }

  /** The port that was taken. */
  public int port() {
    return port;
  }
}
