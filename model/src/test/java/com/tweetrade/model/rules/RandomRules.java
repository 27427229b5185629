package com.tweetrade.model.rules;

import com.tweetrade.model.WindowSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** Seeded generator of valid rule models, for round-trip and benchmark inputs. */
final class RandomRules {
  static final List<String> TICKERS = List.of("TSLA", "AAPL", "MSFT", "BRK-B", "GOOG");
  private static final List<String> KEYWORDS =
      List.of("tesla", "elon musk", "$TSLA", "apple", "$AAPL");

  private static final List<String> ALERT_TEXTS =
      List.of("TSLA dipped", "  spaced  out ", "50% off! $TSLA", "é ü 🚀", "ON CLOSE, ALSO NOTIFY");

  private final Random random;

  /** Chooses the alert part on its own sequence, so the conditions stay those of before alerts. */
  private final Random alerts;

  RandomRules(long seed) {
    this.random = new Random(seed);
    this.alerts = new Random(seed + 1);
  }

  /** A trading rule, an alert-only rule or a trade with an alert, one in three each. */
  RuleDefinition rule() {
    Condition condition = condition(3);
    Action action = action();
    Trigger trigger = trigger();
    String text = ALERT_TEXTS.get(alerts.nextInt(ALERT_TEXTS.size()));
    return switch (alerts.nextInt(3)) {
      case 0 -> new RuleDefinition(condition, action, trigger);
      case 1 -> RuleDefinition.alertOnly(condition, text, trigger);
      default -> new RuleDefinition(condition, action, trigger, text);
    };
  }

  Condition condition(int depth) {
    int choice = depth <= 0 ? 0 : random.nextInt(5);
    return switch (choice) {
      case 0, 1 -> comparison(depth);
      case 2 -> new Condition.And(condition(depth - 1), condition(depth - 1));
      case 3 -> new Condition.Or(condition(depth - 1), condition(depth - 1));
      default -> new Condition.Not(condition(depth - 1));
    };
  }

  private Condition comparison(int depth) {
    ComparisonOp op = pick(ComparisonOp.values());
    if (random.nextInt(6) == 0) {
      // A percentage next to a function whose unit gives it meaning.
      InputKind kind =
          pick(new InputKind[] {InputKind.CHANGE, InputKind.POSITIVE, InputKind.NEGATIVE});
      Operand.Input input = input(kind);
      BigDecimal number = BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3));
      double value =
          kind == InputKind.CHANGE ? number.doubleValue() : number.movePointLeft(2).doubleValue();
      String text = Operand.Literal.canonical(number) + "%";
      Operand.Literal percent = new Operand.Literal(value == 0 ? 0.0 : value, text);
      return random.nextBoolean()
          ? new Condition.Comparison(input, op, percent)
          : new Condition.Comparison(percent, op, input);
    }
    if (random.nextInt(8) == 0) {
      return new Condition.Crossing(
          operand(depth), pick(Condition.Crossing.Direction.values()), operand(depth));
    }
    return new Condition.Comparison(operand(depth), op, operand(depth));
  }

  Operand operand(int depth) {
    int choice = depth <= 0 ? random.nextInt(2) : random.nextInt(5);
    return switch (choice) {
      case 0 ->
          Operand.Literal.of(
              BigDecimal.valueOf(random.nextInt(200001) - 100000, random.nextInt(4)).doubleValue());
      case 1 -> input(pick(InputKind.values()));
      case 2, 3 ->
          new Operand.Arithmetic(
              operand(depth - 1), pick(ArithmeticOp.values()), operand(depth - 1));
      default ->
          new Operand.Negation(
              random.nextBoolean()
                  ? input(pick(InputKind.values()))
                  : new Operand.Arithmetic(
                      operand(depth - 1), pick(ArithmeticOp.values()), operand(depth - 1)));
    };
  }

  private Operand.Input input(InputKind kind) {
    String subject = kind.subject() == InputKind.Subject.KEYWORD ? pick(KEYWORDS) : pick(TICKERS);
    if (kind.periodic()) {
      return Operand.Input.indicator(
          kind,
          subject,
          InputKind.MIN_PERIOD + random.nextInt(InputKind.MAX_PERIOD - InputKind.MIN_PERIOD + 1));
    }
    return new Operand.Input(
        kind, subject, kind.windowed() ? pick(WindowSet.LIVE.windows()) : null);
  }

  private Action action() {
    Action.Side side = pick(new Action.Side[] {Action.Side.BUY, Action.Side.SELL});
    long quantity = 1 + random.nextInt(1000);
    return random.nextBoolean()
        ? Action.market(side, quantity, pick(TICKERS))
        : Action.limit(side, quantity, pick(TICKERS), 1 + random.nextInt(100_000));
  }

  private Trigger trigger() {
    Trigger trigger =
        switch (random.nextInt(3)) {
          case 0 -> Trigger.RISING_EDGE;
          case 1 -> Trigger.once();
          default -> Trigger.every(1 + random.nextInt(RuleValidator.MAX_EVERY_MINUTES));
        };
    return trigger.withTiming(pick(Timing.values()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
