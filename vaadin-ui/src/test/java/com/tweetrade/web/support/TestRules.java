package com.tweetrade.web.support;

import com.tweetrade.web.rules.Rule;
import java.time.Instant;

/** Stored rules for view tests that only need a rule's id and text. */
public final class TestRules {
  private TestRules() {}

  /** Alice's active rule {@code id} at revision 1, published, good till cancelled. */
  public static Rule alices(String id, String text) {
    return new Rule("alice", id, text, false, false, 1, Instant.EPOCH, Instant.EPOCH, false, null);
  }
}
