package com.tweetrade.model.rules;

/** Lexical classes of the rule language. */
enum TokenType {
  /** Digits with an optional fraction: {@code 10}, {@code 0.4}. */
  NUMBER,
  /** A number followed by {@code %}: {@code 2%}. */
  PERCENT,
  /**
   * A number followed by letters: {@code 5m}, also invalid ones such as {@code 7m} or {@code 5x}.
   */
  DURATION,
  /** A word: keyword, function name or ticker symbol ({@code BRK.B}, {@code RDS-B}). */
  IDENT,
  /** Double-quoted text without escapes: {@code "tesla"}. */
  STRING,
  /** {@code $} and a symbol: {@code $TSLA}. */
  CASHTAG,
  /** {@code $} and a number, an amount of money: {@code $1000}, {@code $99.50}. */
  DOLLARS,
  LPAREN,
  RPAREN,
  COMMA,
  LT,
  LE,
  GT,
  GE,
  EQ,
  NE,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  EOF
}
