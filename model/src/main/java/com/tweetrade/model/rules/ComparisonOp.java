package com.tweetrade.model.rules;

/** Comparison operators; {@code ==} is accepted as {@link #EQ} and printed as {@code =}. */
public enum ComparisonOp {
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  EQ("="),
  NE("!=");

  private final String symbol;

  ComparisonOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Compares exactly, as doubles; callers handle NaN before. */
  public boolean test(double left, double right) {
    return switch (this) {
      case LT -> left < right;
      case LE -> left <= right;
      case GT -> left > right;
      case GE -> left >= right;
      case EQ -> left == right;
      case NE -> left != right;
    };
  }
}
