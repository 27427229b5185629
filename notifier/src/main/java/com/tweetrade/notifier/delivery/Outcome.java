package com.tweetrade.notifier.delivery;

/** What one delivery attempt came to, as written in {@code webhookDeliveries.outcome}. */
public enum Outcome {
  /** The receiver answered 2xx. */
  DELIVERED,
  /** This attempt failed and another follows after the backoff. */
  RETRYING,
  /** The last attempt failed, or the failure cannot heal by retrying (a refused URL, a 4xx). */
  FAILED
}
