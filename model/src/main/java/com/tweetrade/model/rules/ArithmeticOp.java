package com.tweetrade.model.rules;

/** Arithmetic between numeric operands. */
public enum ArithmeticOp {
  ADD("+", 1),
  SUBTRACT("-", 1),
  MULTIPLY("*", 2),
  DIVIDE("/", 2);

  private final String symbol;
  private final int precedence;

  ArithmeticOp(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  /** Higher binds tighter. */
  int precedence() {
    return precedence;
  }

  public double apply(double left, double right) {
    return switch (this) {
      case ADD -> left + right;
      case SUBTRACT -> left - right;
      case MULTIPLY -> left * right;
      case DIVIDE -> left / right;
    };
  }
}
