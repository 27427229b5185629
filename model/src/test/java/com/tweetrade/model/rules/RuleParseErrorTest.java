package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tweetrade.model.rules.RuleParseException.Kind;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of error, with the exact position and message users see. */
class RuleParseErrorTest {
  private static final Set<String> KNOWN = Set.of("TSLA", "AAPL");
  private static final String OK_WHEN = "WHEN price(TSLA) > 1 THEN ";

  static Stream<Arguments> errors() {
    return Stream.of(
        // text, offset, kind, message
        error(
            "WHEN sentiment(\"tesla\", 7m) > 0.4 THEN BUY 10 TSLA",
            24,
            Kind.UNSUPPORTED_WINDOW,
            "at 24: expected a window (1m, 5m, 15m, 1h) but found '7m'"),
        error(
            "WHEN avg(TSLA, 5) > 1 THEN BUY 1 TSLA",
            15,
            Kind.UNSUPPORTED_WINDOW,
            "at 15: expected a window (1m, 5m, 15m, 1h) but found '5'"),
        error(
            "WHEN avg(TSLA) > 1 THEN BUY 1 TSLA",
            13,
            Kind.SYNTAX,
            "at 13: expected ',' and a window (1m, 5m, 15m, 1h) but found ')'"),
        error(
            "WHEN price(TSLA, 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.SYNTAX,
            "at 15: price() takes no window, it is the last price; use avg(TSLA, 5m) for an"
                + " average"),
        error(
            "WHEN price(TSLA) THEN BUY 5 TSLA",
            17,
            Kind.SYNTAX,
            "at 17: expected a comparison operator (<, <=, >, >=, =, !=) but found 'THEN'"),
        error(
            OK_WHEN + "BUY 0 TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a quantity greater than 0 but found '0'"),
        error(
            OK_WHEN + "BUY -5 TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a quantity greater than 0 but found '-5'"),
        error(
            OK_WHEN + "BUY 1.5 TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a whole number of shares but found '1.5'"),
        error(
            OK_WHEN + "BUY 2000000 TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a quantity of at most 1000000 shares but found '2000000'"),
        error(
            OK_WHEN + "BUY 5% TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a quantity (a whole number of shares), or a share of equity as in 5%"
                + " OF EQUITY IN TSLA but found '5%'"),
        error(
            "WHEN price(XXXX) > 1 THEN BUY 1 TSLA",
            11,
            Kind.UNKNOWN_TICKER,
            "at 11: unknown ticker 'XXXX'"),
        error(OK_WHEN + "SELL 1 MSFT", 33, Kind.UNKNOWN_TICKER, "at 33: unknown ticker 'MSFT'"),
        error(
            "WHEN sentiment($MSFT, 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.UNKNOWN_TICKER,
            "at 15: unknown ticker 'MSFT'"),
        error(
            "WHEN price(tsla) > 1 THEN BUY 1 TSLA",
            11,
            Kind.SYNTAX,
            "at 11: expected 'TSLA' (tickers are written in upper case) but found 'tsla'"),
        error(
            "WHEN sentiment(\"  \", 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.BAD_KEYWORD,
            "at 15: expected a keyword that is not empty but found '\"  \"'"),
        error(
            "WHEN sentiment(\"a:b\", 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.BAD_KEYWORD,
            "at 15: expected a keyword without ':', '\"' or control characters but found"
                + " '\"a:b\"'"),
        error(
            "WHEN sentiment(\"" + "x".repeat(65) + "\", 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.BAD_KEYWORD,
            "at 15: expected a keyword of at most 64 characters but found '\""
                + "x".repeat(65)
                + "\"'"),
        error(
            "WHEN sentiment(tesla, 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.SYNTAX,
            "at 15: expected a keyword in double quotes such as \"tesla\", or a cashtag such as"
                + " $TSLA but found 'tesla'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT LIMIT 0",
            46,
            Kind.BAD_PRICE,
            "at 46: expected a limit price greater than 0 but found '0'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT LIMIT -3",
            46,
            Kind.BAD_PRICE,
            "at 46: expected a limit price greater than 0 but found '-3'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT LIMIT 1.234",
            46,
            Kind.BAD_PRICE,
            "at 46: expected a limit price with at most 2 decimals (cents) but found '1.234'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT LIMIT 1000000.01",
            46,
            Kind.BAD_PRICE,
            "at 46: expected a limit price of at most 1000000 but found '1000000.01'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT STOP 0",
            45,
            Kind.BAD_PRICE,
            "at 45: expected a stop price greater than 0 but found '0'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT STOP -2",
            45,
            Kind.BAD_PRICE,
            "at 45: expected a stop price greater than 0 but found '-2'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT STOP 2.001",
            45,
            Kind.BAD_PRICE,
            "at 45: expected a stop price with at most 2 decimals (cents) but found '2.001'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT STOP 1000000.01",
            45,
            Kind.BAD_PRICE,
            "at 45: expected a stop price of at most 1000000 but found '1000000.01'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT STOP",
            44,
            Kind.SYNTAX,
            "at 44: expected a stop price such as 250.50 but found end of rule"),
        error(
            OK_WHEN + "SELL 1 TSLA AT STOP 240 LIMIT 0",
            56,
            Kind.BAD_PRICE,
            "at 56: expected a limit price greater than 0 but found '0'"),
        error(
            OK_WHEN + "SELL 1 TSLA AT STOP 240 LIMIT",
            55,
            Kind.SYNTAX,
            "at 55: expected a limit price such as 250.50 but found end of rule"),
        error(
            OK_WHEN + "SELL 1 TSLA AT STOP 240 STOP 2",
            55,
            Kind.SYNTAX,
            "at 55: expected LOSS but found '2'"),
        error(
            OK_WHEN + "BUY 1 TSLA ON TICK AT STOP 5",
            45,
            Kind.SYNTAX,
            "at 45: ON TICK or ON CLOSE comes last, after AT LIMIT, AT STOP, ONCE or EVERY, as in"
                + " BUY 1 TSLA EVERY 10m ON CLOSE"),
        error(
            OK_WHEN + "BUY $0 OF TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected an amount greater than $0 but found '$0'"),
        error(
            OK_WHEN + "BUY $10.001 OF TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected an amount with at most 2 decimals (cents) but found '$10.001'"),
        error(
            OK_WHEN + "BUY $100000000.01 OF TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected an amount of at most $100000000 but found '$100000000.01'"),
        error(OK_WHEN + "BUY $1000 TSLA", 36, Kind.SYNTAX, "at 36: expected OF but found 'TSLA'"),
        error(
            OK_WHEN + "BUY $ OF TSLA",
            31,
            Kind.SYNTAX,
            "at 31: expected a ticker symbol or an amount after '$' but found character U+0020"),
        error(
            OK_WHEN + "BUY 0% OF EQUITY IN TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a share of equity from 0.01% to 100% but found '0%'"),
        error(
            OK_WHEN + "BUY 101% OF EQUITY IN TSLA",
            30,
            Kind.BAD_QUANTITY,
            "at 30: expected a share of equity from 0.01% to 100% but found '101%'"),
        error(
            OK_WHEN + "BUY 5% OF TSLA", 36, Kind.SYNTAX, "at 36: expected EQUITY but found 'TSLA'"),
        error(
            OK_WHEN + "BUY 5% OF EQUITY TSLA",
            43,
            Kind.SYNTAX,
            "at 43: expected IN but found 'TSLA'"),
        error(
            OK_WHEN + "CLOSE 5 TSLA",
            32,
            Kind.SYNTAX,
            "at 32: expected a ticker symbol such as TSLA but found '5'"),
        error(
            OK_WHEN + "CLOSE TSLA AT LIMIT 5",
            37,
            Kind.SYNTAX,
            "at 37: expected ALSO NOTIFY, ONCE, EVERY, ON TICK, ON CLOSE or end of rule but found"
                + " 'AT'"),
        error(
            OK_WHEN + "BUY 1 TSLA TAKE 5%",
            42,
            Kind.SYNTAX,
            "at 42: expected PROFIT but found '5%'"),
        error(
            OK_WHEN + "BUY 1 TSLA TAKE PROFIT 5",
            49,
            Kind.BAD_PRICE,
            "at 49: expected a take profit percentage such as 5% but found '5'"),
        error(
            OK_WHEN + "BUY 1 TSLA TAKE PROFIT 1001%",
            49,
            Kind.BAD_PRICE,
            "at 49: expected a take profit from 0.01% to 1000% but found '1001%'"),
        error(
            OK_WHEN + "BUY 1 TSLA STOP LOSS 100%",
            47,
            Kind.BAD_PRICE,
            "at 47: expected a stop loss from 0.01% to 99% but found '100%'"),
        error(
            OK_WHEN + "BUY 1 TSLA STOP LOSS 2.555%",
            47,
            Kind.BAD_PRICE,
            "at 47: expected a percentage with at most 2 decimals but found '2.555%'"),
        error(
            OK_WHEN + "BUY 1 TSLA STOP LOSS 2% TAKE PROFIT 5%",
            50,
            Kind.SYNTAX,
            "at 50: expected ALSO NOTIFY, ONCE, EVERY, ON TICK, ON CLOSE or end of rule but found"
                + " 'TAKE'"),
        error(
            OK_WHEN + "BUY 1 TSLA TAKE PROFIT 5% NOW",
            52,
            Kind.SYNTAX,
            "at 52: expected STOP LOSS, ALSO NOTIFY, ONCE, EVERY, ON TICK, ON CLOSE or end of rule"
                + " but found 'NOW'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT 5",
            40,
            Kind.SYNTAX,
            "at 40: expected LIMIT or STOP after AT but found '5'"),
        error(
            OK_WHEN + "BUY 1 TSLA LIMIT 5",
            37,
            Kind.SYNTAX,
            "at 37: expected AT LIMIT, AT STOP, TAKE PROFIT, STOP LOSS, ALSO NOTIFY, ONCE, EVERY,"
                + " ON TICK, ON CLOSE or end of rule but found 'LIMIT'"),
        error(
            OK_WHEN + "BUY 1 TSLA AT LIMIT 5 NOW",
            48,
            Kind.SYNTAX,
            "at 48: expected TAKE PROFIT, STOP LOSS, ALSO NOTIFY, ONCE, EVERY, ON TICK, ON CLOSE or"
                + " end of rule but found 'NOW'"),
        error(
            OK_WHEN + "BUY 1 TSLA ONCE ONCE",
            42,
            Kind.SYNTAX,
            "at 42: expected ON TICK, ON CLOSE or end of rule but found 'ONCE'"),
        error(
            OK_WHEN + "BUY 1 TSLA EVERY 5m CLOSE",
            46,
            Kind.SYNTAX,
            "at 46: expected ON TICK, ON CLOSE or end of rule but found 'CLOSE'"),
        error(
            OK_WHEN + "BUY 1 TSLA ON",
            39,
            Kind.SYNTAX,
            "at 39: expected TICK or CLOSE after ON but found end of rule"),
        error(
            OK_WHEN + "BUY 1 TSLA ON BAR CLOSE",
            40,
            Kind.SYNTAX,
            "at 40: expected TICK or CLOSE after ON but found 'BAR'"),
        error(
            OK_WHEN + "BUY 1 TSLA ONCE ON \"close\"",
            45,
            Kind.SYNTAX,
            "at 45: expected TICK or CLOSE after ON but found '\"close\"'"),
        error(
            OK_WHEN + "BUY 1 TSLA ON CLOSE ON TICK",
            46,
            Kind.SYNTAX,
            "at 46: expected end of rule but found 'ON'"),
        error(
            OK_WHEN + "BUY 1 TSLA ON CLOSE EVERY 5m",
            46,
            Kind.SYNTAX,
            "at 46: ON TICK or ON CLOSE comes last, after AT LIMIT, AT STOP, ONCE or EVERY, as in"
                + " BUY 1 TSLA EVERY 10m ON CLOSE"),
        error(
            OK_WHEN + "BUY 1 TSLA ON TICK AT LIMIT 5",
            45,
            Kind.SYNTAX,
            "at 45: ON TICK or ON CLOSE comes last, after AT LIMIT, AT STOP, ONCE or EVERY, as in"
                + " BUY 1 TSLA EVERY 10m ON CLOSE"),
        error(
            "WHEN price(TSLA) > 1 ON CLOSE THEN BUY 1 TSLA",
            21,
            Kind.SYNTAX,
            "at 21: ON TICK or ON CLOSE goes at the end of the rule, after the action, as in THEN"
                + " BUY 1 TSLA ON CLOSE"),
        error(
            "WHEN on close price(TSLA) > 1 THEN BUY 1 TSLA",
            5,
            Kind.SYNTAX,
            "at 5: ON TICK or ON CLOSE goes at the end of the rule, after the action, as in THEN"
                + " BUY 1 TSLA ON CLOSE"),
        error(
            "WHEN CLOSE > 1 THEN BUY 1 TSLA",
            5,
            Kind.SYNTAX,
            "at 5: expected a number, a function such as price(TSLA), or '(' but found 'CLOSE'"),
        error(
            OK_WHEN + "BUY 1 TSLA EVERY 0m",
            43,
            Kind.SYNTAX,
            "at 43: expected a period in whole minutes from 1m to 1440m but found '0m'"),
        error(
            OK_WHEN + "BUY 1 TSLA EVERY 5",
            43,
            Kind.SYNTAX,
            "at 43: expected a period in whole minutes from 1m to 1440m but found '5'"),
        error(
            OK_WHEN + "BUY 1 TSLA EVERY 2h",
            43,
            Kind.SYNTAX,
            "at 43: expected a period in whole minutes from 1m to 1440m but found '2h'"),
        error("", 0, Kind.SYNTAX, "at 0: expected WHEN but found end of rule"),
        error(
            "IF price(TSLA) > 1 THEN BUY 1 TSLA",
            0,
            Kind.SYNTAX,
            "at 0: expected WHEN but found 'IF'"),
        error(
            "WHEN price(TSLA) > 1 BUY 1 TSLA",
            21,
            Kind.SYNTAX,
            "at 21: expected AND, OR or THEN but found 'BUY'"),
        error(OK_WHEN, 26, Kind.SYNTAX, "at 26: expected BUY, SELL or CLOSE but found end of rule"),
        error(
            OK_WHEN + "BUY 5",
            31,
            Kind.SYNTAX,
            "at 31: expected a ticker symbol such as TSLA but found end of rule"),
        error(
            "WHEN sentiment(\"tesla, 5m) > 1 THEN BUY 1 TSLA",
            15,
            Kind.SYNTAX,
            "at 15: this text in quotes is not closed: expected '\"' before end of rule"),
        error(
            "WHEN price(TSLA) > 1 # THEN BUY 1 TSLA",
            21,
            Kind.SYNTAX,
            "at 21: unexpected character '#'"),
        error(
            "WHEN !price(TSLA) > 1 THEN BUY 1 TSLA",
            5,
            Kind.SYNTAX,
            "at 5: expected '!=' (use NOT to negate a condition) but found '!'"),
        error(
            "WHEN 1 < price(TSLA) < 2 THEN BUY 1 TSLA",
            21,
            Kind.SYNTAX,
            "at 21: comparisons cannot be chained: join them with AND, as in 1 < x AND x < 2"),
        error(
            "WHEN mood(TSLA) > 1 THEN BUY 1 TSLA",
            5,
            Kind.SYNTAX,
            "at 5: unknown function 'mood', expected one of sentiment, volume, positive, negative,"
                + " price, avg, vwap, change, fsentiment, high, low, shares, ema, rsi"),
        error(
            "WHEN TSLA > 1 THEN BUY 1 TSLA",
            5,
            Kind.SYNTAX,
            "at 5: expected a number, a function such as price(TSLA), or '(' (a ticker's price is"
                + " price(TSLA)) but found 'TSLA'"),
        error(
            "WHEN THEN BUY 1 TSLA",
            5,
            Kind.SYNTAX,
            "at 5: expected a number, a function such as price(TSLA), or '(' but found 'THEN'"),
        error(
            "WHEN price(TSLA) > 2% THEN BUY 1 TSLA",
            19,
            Kind.BAD_NUMBER,
            "at 19: a percentage such as 2% can only be compared directly with change(), positive()"
                + " or negative()"),
        error(
            "WHEN change(TSLA, 5m) * 2% > 1 THEN BUY 1 TSLA",
            24,
            Kind.BAD_NUMBER,
            "at 24: a percentage such as 2% can only be compared directly with change(), positive()"
                + " or negative()"),
        error(
            "WHEN price(TSLA) > 1. THEN BUY 1 TSLA",
            21,
            Kind.BAD_NUMBER,
            "at 21: expected a digit after '.' but found character U+0020"),
        error(
            "WHEN price(TSLA) > 1" + "0".repeat(16) + " THEN BUY 1 TSLA",
            19,
            Kind.BAD_NUMBER,
            "at 19: expected a number of at most 1e15 but found '10000000000000000'"),
        error(
            "WHEN (price(TSLA) > 1 THEN BUY 1 TSLA",
            22,
            Kind.SYNTAX,
            "at 22: expected AND, OR or ')' but found 'THEN'"),
        error(
            "WHEN (price(TSLA) + 1 THEN BUY 1 TSLA",
            22,
            Kind.SYNTAX,
            "at 22: expected an operator or ')' but found 'THEN'"),
        error(
            "WHEN (price(TSLA) > 1) > 2 THEN BUY 1 TSLA",
            23,
            Kind.SYNTAX,
            "at 23: expected AND, OR or THEN but found '>'"),
        error(
            "WHEN ((price(TSLA) > 1) + 2 > 1) THEN BUY 1 TSLA",
            24,
            Kind.SYNTAX,
            "at 24: expected AND, OR or ')' but found '+'"),
        error(
            "WHEN price(TSLA) > (price(TSLA) > 1) THEN BUY 1 TSLA",
            19,
            Kind.SYNTAX,
            "at 19: expected a numeric expression but found a condition"),
        error(
            "WHEN NOT price(TSLA) THEN BUY 1 TSLA",
            21,
            Kind.SYNTAX,
            "at 21: expected a comparison operator (<, <=, >, >=, =, !=) but found 'THEN'"),
        error(
            "WHEN price(TSLA) > 1 AND price(TSLA) THEN BUY 1 TSLA",
            37,
            Kind.SYNTAX,
            "at 37: expected a comparison operator (<, <=, >, >=, =, !=) but found 'THEN'"),
        error(
            "WHEN price(TSLA) > 1\nTHEN BUY 1 TSLA\nEVERY 0m",
            43,
            Kind.SYNTAX,
            "at 43 (line 3, column 7): expected a period in whole minutes from 1m to 1440m but"
                + " found '0m'"),
        error(
            "WHEN " + "(".repeat(40) + "price(TSLA) > 1" + ")".repeat(40) + " THEN BUY 1 TSLA",
            37,
            Kind.TOO_DEEP,
            "at 37: nested deeper than 32 levels of parentheses, NOT or minus"),
        error(
            "WHEN price(TSLA) > 1 THEN BUY 1 TSLA " + " ".repeat(1964),
            2000,
            Kind.TOO_LONG,
            "at 2000: a rule is at most 2000 characters long, this one is 2001"));
  }

  private static Arguments error(String text, int offset, Kind kind, String message) {
    return Arguments.of(text, offset, kind, message);
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("errors")
  void shouldReportTheFirstProblemWithItsPosition(
      String text, int offset, Kind kind, String message) {
    assertParseError(text, KNOWN, offset, kind, message);
  }

  /** Parsing {@code text} with {@code known} tickers fails with this position, kind and message. */
  static void assertParseError(
      String text, Set<String> known, int offset, Kind kind, String message) {
    RuleParseException e =
        catchThrowableOfType(
            RuleParseException.class, () -> RuleParser.parse(text, known::contains));

    assertThat(e).as("no error for %s", text).isNotNull();
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.kind()).isEqualTo(kind);
  }

  @Test
  void shouldSplitExpectedAndFoundAndGiveLineAndColumn() {
    RuleParseException e =
        catchThrowableOfType(
            RuleParseException.class,
            () -> RuleParser.parse("WHEN\n  avg(TSLA, 7m) > 1 THEN BUY 1 TSLA"));

    assertThat(e.expected()).isEqualTo("a window (1m, 5m, 15m, 1h)");
    assertThat(e.found()).isEqualTo("'7m'");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.offset()).isEqualTo(17);
  }

  @Test
  void shouldCheckTickersOnlyWhenGivenADirectory() {
    assertThat(RuleParser.parse(OK_WHEN + "BUY 1 MSFT").action().ticker()).isEqualTo("MSFT");
    assertThat(RuleLanguage.check(OK_WHEN + "BUY 1 MSFT", KNOWN::contains))
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_TICKER));
    assertThat(RuleLanguage.check(OK_WHEN + "BUY 1 AAPL", KNOWN::contains)).isEmpty();
  }
}
