package com.tweetrade.model.rules;

import java.util.Locale;

/** One token of a rule text with its 0-based start offset. */
record Token(TokenType type, String text, int offset) {

  boolean isWord(String word) {
    return type == TokenType.IDENT && text.equalsIgnoreCase(word);
  }

  /** How error messages show this token. */
  String describe() {
    if (type == TokenType.EOF) return "end of rule";
    String shown = text.length() > 30 ? text.substring(0, 27) + "..." : text;
    return "'" + shown + "'";
  }

  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }
}
