package com.tweetrade.web.rules;

import java.time.Instant;

/** A rule was given an expiry that is not in the future; nothing was saved. */
public class PastExpiryException extends RuntimeException {
  PastExpiryException(Instant expiresAt, Instant now) {
    super("The expiry " + expiresAt + " is not in the future (now " + now + ", UTC).");
  }
}
