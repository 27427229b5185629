package com.tweetrade.model.rules;

/** Shared bits of canonical printing. */
final class Printing {
  private Printing() {}

  static String wrap(String text, boolean parenthesize) {
    return parenthesize ? "(" + text + ")" : text;
  }
}
