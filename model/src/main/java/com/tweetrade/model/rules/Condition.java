package com.tweetrade.model.rules;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The WHEN part of a rule: comparisons combined with AND, OR and NOT.
 *
 * <p>Evaluation is pure and allocation-free. An input without a value makes its comparison {@link
 * Truth#UNKNOWN}, combined by Kleene logic ({@link Truth}); {@link #evaluate} is true only when the
 * whole condition is {@link Truth#TRUE}, so a rule never fires on missing data, but {@code a OR b}
 * can fire on {@code a} before {@code b} has any data.
 */
public sealed interface Condition
    permits Condition.Comparison, Condition.Crossing, Condition.Junction, Condition.Not {

  /** The three-valued result over {@code values}. */
  Truth truth(InputValues values);

  /** True only when the condition is {@link Truth#TRUE}; UNKNOWN counts as false. */
  default boolean evaluate(InputValues values) {
    return truth(values) == Truth.TRUE;
  }

  /** Calls {@code action} for every input read, in text order, repeats included. */
  void forEachInput(Consumer<Operand.Input> action);

  /** Calls {@code action} for every {@link Crossing}, in text order, repeats included. */
  default void forEachCrossing(Consumer<Crossing> action) {}

  /** Every crossing, once each, in text order: what an evaluator remembers between evaluations. */
  default Set<Crossing> crossings() {
    Set<Crossing> crossings = new LinkedHashSet<>();
    forEachCrossing(crossings::add);
    return Collections.unmodifiableSet(crossings);
  }

  /** Canonical text, which parses back to an equal condition. */
  String toText();

  /** How tightly the printed form binds: OR 1, AND 2, NOT 3, comparison 4. */
  int precedence();

  /** Every input read, once each, in text order. */
  default Set<Operand.Input> inputOperands() {
    Set<Operand.Input> inputs = new LinkedHashSet<>();
    forEachInput(inputs::add);
    return Collections.unmodifiableSet(inputs);
  }

  /**
   * The value of every input this condition reads that has one, by key and sorted, for a trade's
   * explanation. Inputs without a value are left out (JSON has no NaN).
   */
  default SortedMap<String, Double> explain(InputValues values) {
    SortedMap<String, Double> explanation = new TreeMap<>();
    forEachInput(
        input -> {
          double v = input.value(values);
          if (!Double.isNaN(v)) explanation.put(input.key(), v);
        });
    return Collections.unmodifiableSortedMap(explanation);
  }

  /** {@code left op right}; UNKNOWN when either side has no finite value. */
  record Comparison(Operand left, ComparisonOp op, Operand right) implements Condition {
    public Comparison {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public Truth truth(InputValues values) {
      double l = left.value(values);
      if (Double.isNaN(l)) return Truth.UNKNOWN;
      double r = right.value(values);
      if (Double.isNaN(r)) return Truth.UNKNOWN;
      return Truth.of(op.test(l, r));
    }

    @Override
    public void forEachInput(Consumer<Operand.Input> action) {
      left.forEachInput(action);
      right.forEachInput(action);
    }

    @Override
    public String toText() {
      return left.toText() + ' ' + op.symbol() + ' ' + right.toText();
    }

    @Override
    public int precedence() {
      return 4;
    }
  }

  /**
   * {@code left CROSSES ABOVE right} (or {@code BELOW}): true at an evaluation when left is above
   * (below) right now and was at or below (at or above) it at the rule's previous evaluation with
   * both sides known. UNKNOWN when a side has no value now; FALSE when no earlier evaluation had
   * both sides (the first evaluation never crosses).
   *
   * <p>The sides of that earlier evaluation come from the values under {@link #memoryKey}: the
   * evaluator stores them there after each evaluation ({@link #sides}), per rule. Without them
   * (plain {@link InputValues#of}) a crossing is never true.
   */
  record Crossing(Operand left, Direction direction, Operand right) implements Condition {
    /** Prefix of the keys the sides of a crossing are remembered under. */
    public static final String MEMORY_PREFIX = "crossing:";

    /** Which way left must cross right. */
    public enum Direction {
      ABOVE,
      BELOW
    }

    public Crossing {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public Truth truth(InputValues values) {
      double l = left.value(values);
      if (Double.isNaN(l)) return Truth.UNKNOWN;
      double r = right.value(values);
      if (Double.isNaN(r)) return Truth.UNKNOWN;
      double before = values.value(memoryKey(true));
      double beforeRight = values.value(memoryKey(false));
      if (Double.isNaN(before) || Double.isNaN(beforeRight)) return Truth.FALSE;
      return Truth.of(
          direction == Direction.ABOVE
              ? l > r && before <= beforeRight
              : l < r && before >= beforeRight);
    }

    /**
     * Both sides now, {@code [left, right]}, or null when one has no value: what to remember for
     * the next evaluation.
     */
    public double[] sides(InputValues values) {
      double l = left.value(values);
      double r = right.value(values);
      return Double.isNaN(l) || Double.isNaN(r) ? null : new double[] {l, r};
    }

    /**
     * The key one side of this crossing is remembered under: {@code crossing:<text>:left} or {@code
     * :right}. Equal crossings share it (they have the same sides).
     */
    public String memoryKey(boolean leftSide) {
      return MEMORY_PREFIX + toText() + (leftSide ? ":left" : ":right");
    }

    @Override
    public void forEachInput(Consumer<Operand.Input> action) {
      left.forEachInput(action);
      right.forEachInput(action);
    }

    @Override
    public void forEachCrossing(Consumer<Crossing> action) {
      action.accept(this);
    }

    @Override
    public String toText() {
      return left.toText() + " CROSSES " + direction.name() + ' ' + right.toText();
    }

    @Override
    public int precedence() {
      return 4;
    }
  }

  /**
   * {@link And} or {@link Or}: reads both sides, and prints them around its keyword,
   * left-associative when chained (a right side that binds no tighter is parenthesized).
   */
  sealed interface Junction extends Condition permits And, Or {
    Condition left();

    Condition right();

    /** {@code AND} or {@code OR}. */
    String keyword();

    @Override
    default void forEachInput(Consumer<Operand.Input> action) {
      left().forEachInput(action);
      right().forEachInput(action);
    }

    @Override
    default void forEachCrossing(Consumer<Crossing> action) {
      left().forEachCrossing(action);
      right().forEachCrossing(action);
    }

    @Override
    default String toText() {
      return Printing.wrap(left().toText(), left().precedence() < precedence())
          + ' '
          + keyword()
          + ' '
          + Printing.wrap(right().toText(), right().precedence() <= precedence());
    }
  }

  /** Both; left-associative when chained. */
  record And(Condition left, Condition right) implements Junction {
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public Truth truth(InputValues values) {
      Truth l = left.truth(values);
      return l == Truth.FALSE ? Truth.FALSE : l.and(right.truth(values));
    }

    @Override
    public String keyword() {
      return "AND";
    }

    @Override
    public int precedence() {
      return 2;
    }
  }

  /** Either; left-associative when chained. */
  record Or(Condition left, Condition right) implements Junction {
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public Truth truth(InputValues values) {
      Truth l = left.truth(values);
      return l == Truth.TRUE ? Truth.TRUE : l.or(right.truth(values));
    }

    @Override
    public String keyword() {
      return "OR";
    }

    @Override
    public int precedence() {
      return 1;
    }
  }

  /** Negation; NOT of UNKNOWN stays UNKNOWN. */
  record Not(Condition operand) implements Condition {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Truth truth(InputValues values) {
      return operand.truth(values).not();
    }

    @Override
    public void forEachInput(Consumer<Operand.Input> action) {
      operand.forEachInput(action);
    }

    @Override
    public void forEachCrossing(Consumer<Crossing> action) {
      operand.forEachCrossing(action);
    }

    @Override
    public String toText() {
      return "NOT " + Printing.wrap(operand.toText(), operand.precedence() < 3);
    }

    @Override
    public int precedence() {
      return 3;
    }
  }
}
