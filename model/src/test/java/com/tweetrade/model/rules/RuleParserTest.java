package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.Window;
import com.tweetrade.model.rules.Condition.And;
import com.tweetrade.model.rules.Condition.Comparison;
import com.tweetrade.model.rules.Condition.Not;
import com.tweetrade.model.rules.Condition.Or;
import com.tweetrade.model.rules.Operand.Arithmetic;
import com.tweetrade.model.rules.Operand.Input;
import com.tweetrade.model.rules.Operand.Literal;
import com.tweetrade.model.rules.Operand.Negation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {
  private static final Set<String> KNOWN = Set.of("TSLA", "AAPL", "MSFT", "BRK-B");

  private static RuleDefinition parse(String text) {
    return RuleParser.parse(text, KNOWN::contains);
  }

  private static Condition when(String condition) {
    return parse("WHEN " + condition + " THEN BUY 1 TSLA").condition();
  }

  private static Comparison cmp(Operand left, ComparisonOp op, Operand right) {
    return new Comparison(left, op, right);
  }

  private static Input price(String ticker) {
    return new Input(InputKind.PRICE, ticker, null);
  }

  @Test
  void shouldParseTheIssueExampleIntoTheTypedModel() {
    RuleDefinition rule =
        parse(
            "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10"
                + " TSLA");

    assertThat(rule.condition())
        .isEqualTo(
            new And(
                cmp(
                    new Input(InputKind.SENTIMENT, "tesla", Window.FIVE_MINUTES),
                    ComparisonOp.GT,
                    new Literal(0.4, "0.4")),
                cmp(
                    price("TSLA"),
                    ComparisonOp.LT,
                    new Input(InputKind.AVG, "TSLA", Window.FIFTEEN_MINUTES))));
    assertThat(rule.action()).isEqualTo(Action.market(Action.Side.BUY, 10, "TSLA"));
    assertThat(rule.trigger()).isEqualTo(Trigger.RISING_EDGE);
    assertThat(rule.inputs()).containsExactly("sentiment:tesla:5m", "price:TSLA", "avg:TSLA:15m");
    assertThat(rule.tickers()).containsExactly("TSLA");
    assertThat(rule.keywords()).containsExactly("tesla");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sentiment(\"tesla\", 1m) | SENTIMENT | tesla | 1m | sentiment:tesla:1m",
        "volume(\"tesla\", 5m)    | VOLUME    | tesla | 5m | volume:tesla:5m",
        "positive(\"tesla\", 15m) | POSITIVE  | tesla | 15m | positive:tesla:15m",
        "negative(\"tesla\", 5m)  | NEGATIVE  | tesla | 5m | negative:tesla:5m",
        "sentiment($TSLA, 5m)     | SENTIMENT | $TSLA | 5m | sentiment:$TSLA:5m",
        "sentiment(\"$tsla\", 5m) | SENTIMENT | $TSLA | 5m | sentiment:$TSLA:5m",
        "price(TSLA)              | PRICE     | TSLA  |    | price:TSLA",
        "price($TSLA)             | PRICE     | TSLA  |    | price:TSLA",
        "avg(TSLA, 15m)           | AVG       | TSLA  | 15m | avg:TSLA:15m",
        "vwap(AAPL, 1m)           | VWAP      | AAPL  | 1m | vwap:AAPL:1m",
        "change(MSFT, 15m)        | CHANGE    | MSFT  | 15m | change:MSFT:15m",
        "PRICE(BRK.B)             | PRICE     | BRK-B |    | price:BRK-B",
      })
  void shouldParseEveryFunction(
      String call, InputKind kind, String subject, String window, String key) {
    Comparison comparison = (Comparison) when(call + " > 1");
    Input input = (Input) comparison.left();
    assertThat(input.kind()).isEqualTo(kind);
    assertThat(input.subject()).isEqualTo(subject);
    assertThat(input.window()).isEqualTo(window == null ? null : Window.fromLabel(window));
    assertThat(input.key()).isEqualTo(key);
  }

  @Test
  void shouldGiveAndPrecedenceOverOr() {
    Condition c = when("price(TSLA) > 1 OR price(TSLA) > 2 AND price(TSLA) > 3");
    assertThat(c).isInstanceOf(Or.class);
    assertThat(((Or) c).right()).isInstanceOf(And.class);
  }

  @Test
  void shouldLetParenthesesOverridePrecedence() {
    Condition c = when("(price(TSLA) > 1 OR price(TSLA) > 2) AND price(TSLA) > 3");
    assertThat(c).isInstanceOf(And.class);
    assertThat(((And) c).left()).isInstanceOf(Or.class);
  }

  @Test
  void shouldBindNotTighterThanAndButLooserThanComparison() {
    Condition c = when("NOT price(TSLA) > 1 AND price(AAPL) > 2");
    assertThat(c).isInstanceOf(And.class);
    assertThat(((And) c).left())
        .isEqualTo(new Not(cmp(price("TSLA"), ComparisonOp.GT, Literal.of(1))));
  }

  @Test
  void shouldChainAndOrLeftAssociatively() {
    Condition a = cmp(price("TSLA"), ComparisonOp.GT, Literal.of(1));
    Condition b = cmp(price("AAPL"), ComparisonOp.GT, Literal.of(2));
    Condition c = cmp(price("MSFT"), ComparisonOp.GT, Literal.of(3));
    assertThat(when("price(TSLA) > 1 AND price(AAPL) > 2 AND price(MSFT) > 3"))
        .isEqualTo(new And(new And(a, b), c));
    assertThat(when("price(TSLA) > 1 OR price(AAPL) > 2 OR price(MSFT) > 3"))
        .isEqualTo(new Or(new Or(a, b), c));
  }

  @Test
  void shouldGiveMultiplicationPrecedenceOverAdditionAndFoldNegativeNumbers() {
    Comparison c = (Comparison) when("price(TSLA) + price(AAPL) * 2 - -1.5 > -avg(TSLA, 5m) / 4");
    Operand expectedLeft =
        new Arithmetic(
            new Arithmetic(
                price("TSLA"),
                ArithmeticOp.ADD,
                new Arithmetic(price("AAPL"), ArithmeticOp.MULTIPLY, Literal.of(2))),
            ArithmeticOp.SUBTRACT,
            new Literal(-1.5, "-1.5"));
    Operand expectedRight =
        new Arithmetic(
            new Negation(new Input(InputKind.AVG, "TSLA", Window.FIVE_MINUTES)),
            ArithmeticOp.DIVIDE,
            Literal.of(4));
    assertThat(c.left()).isEqualTo(expectedLeft);
    assertThat(c.right()).isEqualTo(expectedRight);
  }

  @Test
  void shouldParseParenthesizedArithmeticAtTheStartOfACondition() {
    Comparison c = (Comparison) when("(price(TSLA) + price(AAPL)) / 2 >= 100");
    assertThat(c.left()).isInstanceOf(Arithmetic.class);
    assertThat(((Arithmetic) c.left()).op()).isEqualTo(ArithmeticOp.DIVIDE);
  }

  @ParameterizedTest
  @CsvSource({"<, LT", "<=, LE", ">, GT", ">=, GE", "=, EQ", "==, EQ", "!=, NE"})
  void shouldParseEveryComparisonOperator(String symbol, ComparisonOp op) {
    assertThat(((Comparison) when("price(TSLA) " + symbol + " 1")).op()).isEqualTo(op);
  }

  @Test
  void shouldReadPercentagesInTheUnitOfWhatTheyAreComparedWith() {
    assertThat(((Comparison) when("change(TSLA, 15m) > 2%")).right())
        .isEqualTo(new Literal(2, "2%"));
    assertThat(((Comparison) when("change(TSLA, 15m) < -2.5%")).right())
        .isEqualTo(new Literal(-2.5, "-2.5%"));
    assertThat(((Comparison) when("positive(\"tesla\", 5m) >= 60%")).right())
        .isEqualTo(new Literal(0.6, "60%"));
    assertThat(((Comparison) when("5% < negative(\"tesla\", 5m)")).left())
        .isEqualTo(new Literal(0.05, "5%"));
  }

  @Test
  void shouldAcceptKeywordsInAnyCaseAndNormaliseKeywords() {
    RuleDefinition rule =
        parse(
            "when sentiment(\"  Elon   MUSK \", 5M) > 0.40 and not price(TSLA) = 1 then sell 3 TSLA"
                + " at limit 12.30 every 15m");
    assertThat(rule.keywords()).containsExactly("elon musk");
    assertThat(rule.action()).isEqualTo(Action.limit(Action.Side.SELL, 3, "TSLA", 1230));
    assertThat(rule.trigger()).isEqualTo(Trigger.every(15));
    assertThat(rule.toText())
        .isEqualTo(
            "WHEN sentiment(\"elon musk\", 5m) > 0.4 AND NOT price(TSLA) = 1 THEN SELL 3 TSLA AT"
                + " LIMIT 12.3 EVERY 15m");
  }

  @Test
  void shouldParseEachTriggerAndActionForm() {
    assertThat(parse("WHEN price(TSLA) > 1 THEN BUY 1 TSLA ONCE").trigger())
        .isEqualTo(Trigger.once());
    assertThat(parse("WHEN price(TSLA) > 1 THEN BUY 1 TSLA EVERY 1440m").trigger())
        .isEqualTo(Trigger.every(1440));
    assertThat(parse("WHEN price(TSLA) > 1 THEN SELL 1000000 $AAPL AT LIMIT 0.01 ONCE").action())
        .isEqualTo(Action.limit(Action.Side.SELL, 1_000_000, "AAPL", 1));
  }

  @Test
  void shouldParseStopAndStopLimitOrdersAndPrintThemCanonically() {
    RuleDefinition stop = parse("when price(TSLA) > 1 then buy 10 TSLA at stop 250.00 on tick");
    assertThat(stop.action()).isEqualTo(Action.stop(Action.Side.BUY, 10, "TSLA", 25000));
    assertThat(stop.action().type()).isEqualTo(Action.OrderType.STOP);
    assertThat(stop.toText()).isEqualTo("WHEN price(TSLA) > 1 THEN BUY 10 TSLA AT STOP 250");
    RuleDefinition stopLimit =
        parse("WHEN price(TSLA) > 1 THEN SELL 10 TSLA AT STOP 240 LIMIT 239.50 ONCE ON CLOSE");
    assertThat(stopLimit.action())
        .isEqualTo(Action.stopLimit(Action.Side.SELL, 10, "TSLA", 24000, 23950));
    assertThat(stopLimit.action().type()).isEqualTo(Action.OrderType.STOP_LIMIT);
    assertThat(stopLimit.trigger()).isEqualTo(Trigger.once().withTiming(Timing.CLOSE));
    assertThat(stopLimit.toText())
        .isEqualTo("WHEN price(TSLA) > 1 THEN SELL 10 TSLA AT STOP 240 LIMIT 239.5 ONCE ON CLOSE");
    for (RuleDefinition rule : List.of(stop, stopLimit)) {
      assertThat(parse(rule.toText())).isEqualTo(rule);
    }
    assertThat(parse("WHEN price(TSLA) > 1 THEN BUY 1 TSLA AT LIMIT 5").action().type())
        .isEqualTo(Action.OrderType.LIMIT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "close TSLA on close | CLOSE TSLA ON CLOSE",
        "buy $1000.00 of TSLA | BUY $1000 OF TSLA",
        "SELL $99.5 OF $TSLA AT LIMIT 250 | SELL $99.5 OF TSLA AT LIMIT 250",
        "buy 5.50% of equity in TSLA once | BUY 5.5% OF EQUITY IN TSLA ONCE",
        "BUY 10 TSLA take profit 5% stop loss 2% | BUY 10 TSLA TAKE PROFIT 5% STOP LOSS 2%",
        "BUY 10 TSLA AT STOP 250 STOP LOSS 2.5% | BUY 10 TSLA AT STOP 250 STOP LOSS 2.5%",
        "SELL 1% OF EQUITY IN TSLA AT LIMIT 9 TAKE PROFIT 10.00% | SELL 1% OF EQUITY IN TSLA AT"
            + " LIMIT 9 TAKE PROFIT 10%",
      })
  void shouldParseCloseSizingAndBracketsAndPrintThemCanonically(String action, String canonical) {
    RuleDefinition rule = parse("WHEN price(TSLA) > 1 THEN " + action);
    assertThat(rule.toText()).isEqualTo("WHEN price(TSLA) > 1 THEN " + canonical);
    assertThat(parse(rule.toText())).isEqualTo(rule);
  }

  @Test
  void shouldModelCloseSizingAndBracketsExactly() {
    assertThat(parse("WHEN price(TSLA) > 1 THEN CLOSE TSLA").action())
        .isEqualTo(Action.close("TSLA"))
        .extracting(Action::sizing)
        .isEqualTo(Action.Sizing.POSITION);
    Action amount = parse("WHEN price(TSLA) > 1 THEN BUY $1000.25 OF TSLA").action();
    assertThat(amount.amountCents()).isEqualTo(100025);
    assertThat(amount.quantity()).isZero();
    assertThat(amount.sizing()).isEqualTo(Action.Sizing.AMOUNT);
    Action equity = parse("WHEN price(TSLA) > 1 THEN BUY 5% OF EQUITY IN TSLA").action();
    assertThat(equity.equityBasisPoints()).isEqualTo(500);
    assertThat(equity.sizing()).isEqualTo(Action.Sizing.EQUITY);
    Action bracket =
        parse("WHEN price(TSLA) > 1 THEN BUY 10 TSLA TAKE PROFIT 5% STOP LOSS 2.25%").action();
    assertThat(bracket).isEqualTo(Action.market(Action.Side.BUY, 10, "TSLA").withBracket(500, 225));
    assertThat(bracket.hasBracket()).isTrue();
  }

  @Test
  void shouldRefuseAnActionWhosePricesDoNotMatchItsType() {
    assertThatThrownBy(() -> new Action(Action.Side.BUY, 1, "TSLA", Action.OrderType.STOP, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("STOP order with stop 0");
    assertThatThrownBy(
            () -> new Action(Action.Side.BUY, 1, "TSLA", Action.OrderType.MARKET, 100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MARKET order with limit 100");
  }

  @Test
  void shouldTreatTheActionTickerPositionallySoATickerNamedOnceWorks() {
    RuleDefinition rule =
        RuleParser.parse("WHEN price(ONCE) > 1 THEN BUY 1 ONCE ONCE", Set.of("ONCE")::contains);
    assertThat(rule.action().ticker()).isEqualTo("ONCE");
    assertThat(rule.trigger()).isEqualTo(Trigger.once());
  }

  @Test
  void shouldSpanLinesAndIgnoreWhitespace() {
    RuleDefinition rule = parse("WHEN\n\tprice(TSLA)>1\r\nTHEN BUY 1 TSLA\n");
    assertThat(rule.toText()).isEqualTo("WHEN price(TSLA) > 1 THEN BUY 1 TSLA");
  }

  @Test
  void shouldListTickersAndKeywordsOnceEachInTextOrder() {
    RuleDefinition rule =
        parse(
            "WHEN vwap(MSFT, 1m) > price(AAPL) AND sentiment($TSLA, 1m) > volume(\"apple\", 1m) "
                + "AND price(MSFT) > change(AAPL, 5m) THEN BUY 1 TSLA");
    assertThat(rule.tickers()).containsExactly("MSFT", "AAPL");
    assertThat(rule.keywords()).containsExactly("$TSLA", "apple");
    assertThat(rule.inputs())
        .containsExactly(
            "vwap:MSFT:1m",
            "price:AAPL",
            "sentiment:$TSLA:1m",
            "volume:apple:1m",
            "price:MSFT",
            "change:AAPL:5m");
  }

  @Test
  void shouldAcceptAnyWellFormedTickerWithoutADirectory() {
    assertThat(RuleParser.parse("WHEN price(ZZZZ) > 1 THEN BUY 1 ZZZZ").tickers())
        .containsExactly("ZZZZ");
  }
}
