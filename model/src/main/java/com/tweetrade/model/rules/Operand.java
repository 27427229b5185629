package com.tweetrade.model.rules;

import com.tweetrade.model.Window;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A numeric expression in a comparison: a number, an input function, or arithmetic over them.
 *
 * <p>{@link #value} returns {@link Double#NaN} when an input has no value yet or the arithmetic has
 * no finite result (division by zero), which makes the comparison {@link Truth#UNKNOWN}.
 */
public sealed interface Operand
    permits Operand.Literal, Operand.Input, Operand.Arithmetic, Operand.Negation {

  /** The value, or NaN when it cannot be computed from {@code values}. */
  double value(InputValues values);

  /**
   * Calls {@code action} for every input this expression reads, in text order, repeats included.
   */
  void forEachInput(Consumer<Input> action);

  /** Canonical text, which parses back to an equal operand. */
  String toText();

  /** How tightly the printed form binds; higher needs fewer parentheses. */
  int precedence();

  /**
   * A number as written. {@code text} is the canonical spelling ({@code 0.4}, {@code -2}, {@code
   * 2%}); {@code value} is what it means. A percentage's value depends on what it is compared with:
   * {@code 2%} is 2 next to {@code change()} (percent points) and 0.02 next to {@code positive()}
   * or {@code negative()} (shares).
   */
  record Literal(double value, String text) implements Operand {
    public Literal {
      Objects.requireNonNull(text, "text");
      if (!Double.isFinite(value)) throw new IllegalArgumentException("not finite: " + value);
    }

    /** A plain number with its canonical text. */
    public static Literal of(double value) {
      // -0.0 prints as 0, which parses as 0.0; keep them one value so equals() survives a round
      // trip.
      double v = value == 0 ? 0.0 : value;
      return new Literal(v, canonical(BigDecimal.valueOf(v)));
    }

    static String canonical(BigDecimal number) {
      BigDecimal stripped = number.stripTrailingZeros();
      return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    public boolean isPercent() {
      return text.endsWith("%");
    }

    @Override
    public double value(InputValues values) {
      return value;
    }

    @Override
    public void forEachInput(Consumer<Input> action) {}

    @Override
    public String toText() {
      return text;
    }

    @Override
    public int precedence() {
      return text.startsWith("-") ? 3 : 4;
    }
  }

  /**
   * An input function such as {@code sentiment("tesla", 5m)}, {@code price(TSLA)} or {@code
   * ema(TSLA, 12)}.
   *
   * @param kind which function
   * @param subject a lower-case keyword, a cashtag {@code $TSLA}, or a ticker {@code TSLA}
   * @param window the window of a windowed function, else null
   * @param period the number of bars of an indicator ({@link InputKind#periodic()}), else 0
   * @param key the lookup key, derived from the others (see {@link InputKind#key})
   */
  record Input(InputKind kind, String subject, Window window, int period, String key)
      implements Operand {
    public Input {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(subject, "subject");
      if (kind.windowed() != (window != null)) {
        throw new IllegalArgumentException(
            kind.functionName() + (kind.windowed() ? " needs" : " takes no") + " window");
      }
      if (kind.periodic() != (period != 0)) {
        throw new IllegalArgumentException(
            kind.functionName() + (kind.periodic() ? " needs" : " takes no") + " period");
      }
      String derived = kind.periodic() ? kind.key(subject, period) : kind.key(subject, window);
      if (!key.equals(derived)) throw new IllegalArgumentException("key " + key);
    }

    /** A function with a window, or without one ({@code window} null). */
    public Input(InputKind kind, String subject, Window window) {
      this(kind, subject, window, 0, kind.key(subject, window));
    }

    /** An indicator of {@code ticker} over {@code period} bars: {@code ema(TSLA, 12)}. */
    public static Input indicator(InputKind kind, String ticker, int period) {
      return new Input(kind, ticker, null, period, kind.key(ticker, period));
    }

    /** Whether the subject is a cashtag such as {@code $TSLA} rather than a keyword. */
    public boolean isCashtag() {
      return subject.startsWith("$");
    }

    @Override
    public double value(InputValues values) {
      return values.value(key);
    }

    @Override
    public void forEachInput(Consumer<Input> action) {
      action.accept(this);
    }

    @Override
    public String toText() {
      String arg =
          kind.subject() == InputKind.Subject.KEYWORD && !isCashtag()
              ? '"' + subject + '"'
              : subject;
      String second = window != null ? ", " + window.label() : period != 0 ? ", " + period : "";
      return kind.functionName() + '(' + arg + second + ')';
    }

    @Override
    public int precedence() {
      return 4;
    }
  }

  /** {@code left op right}. */
  record Arithmetic(Operand left, ArithmeticOp op, Operand right) implements Operand {
    public Arithmetic {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public double value(InputValues values) {
      double result = op.apply(left.value(values), right.value(values));
      return Double.isFinite(result) ? result : Double.NaN;
    }

    @Override
    public void forEachInput(Consumer<Input> action) {
      left.forEachInput(action);
      right.forEachInput(action);
    }

    @Override
    public String toText() {
      // Left-associative: the right side needs parentheses at equal precedence (a - (b - c)).
      return Printing.wrap(left.toText(), left.precedence() < precedence())
          + ' '
          + op.symbol()
          + ' '
          + Printing.wrap(right.toText(), right.precedence() <= precedence());
    }

    @Override
    public int precedence() {
      return op.precedence();
    }
  }

  /** {@code -operand} of a non-literal; the parser folds {@code -2} into a {@link Literal}. */
  record Negation(Operand operand) implements Operand {
    public Negation {
      Objects.requireNonNull(operand, "operand");
      if (operand instanceof Literal) {
        throw new IllegalArgumentException("negate a literal by writing it negative");
      }
    }

    @Override
    public double value(InputValues values) {
      return -operand.value(values);
    }

    @Override
    public void forEachInput(Consumer<Input> action) {
      operand.forEachInput(action);
    }

    @Override
    public String toText() {
      return "-" + Printing.wrap(operand.toText(), operand.precedence() < precedence());
    }

    @Override
    public int precedence() {
      return 3;
    }
  }
}
