package com.tweetrade.model.rules;

/** Shared bits of canonical printing. */
final class Printing {
  private Printing() {}

  /**
   * The THEN part: {@code BUY 10 TSLA}, {@code NOTIFY "text"} or {@code BUY 10 TSLA ALSO NOTIFY
   * "text"}; {@code action} and {@code notifyText} may each be null, not both.
   */
  static String then(String action, String notifyText) {
    if (notifyText == null) return action;
    String notify = "NOTIFY \"" + notifyText + '"';
    return action == null ? notify : action + " ALSO " + notify;
  }

  static String wrap(String text, boolean parenthesize) {
    return parenthesize ? "(" + text + ")" : text;
  }
}
