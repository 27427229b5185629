package com.tweetrade.model;

/** Thrown by codecs when bytes are not a valid event; the message is the dead-letter reason. */
public class MalformedEventException extends Exception {
  public MalformedEventException(String reason) {
    super(reason);
  }

  public MalformedEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
