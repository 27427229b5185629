package com.tweetrade.model.rules;

import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleParseException.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Hand-written recursive-descent parser of the rule language (grammar in {@code docs/rules.md}).
 *
 * <p>One pass over the tokens, no backtracking: conditions and numeric expressions share one
 * precedence ladder (OR &lt; AND &lt; NOT &lt; comparison &lt; + - &lt; * / &lt; unary minus), and
 * each level checks whether its operands are conditions or numbers. That is how {@code (a > 1 OR b
 * > 2) AND ...} and {@code (a + b) / 2 > ...} both parse without lookahead. The first error, left
 * to right, is thrown as a {@link RuleParseException} with its position; nothing else is ever
 * thrown for any input text.
 */
public final class RuleParser {
  private static final String COMPARISON_OPERATORS = "a comparison operator (<, <=, >, >=, =, !=)";
  private static final String OPERAND = "a number, a function such as price(TSLA), or '('";
  private static final String TIMINGS = "ON TICK, ON CLOSE";

  /**
   * Words of the language; an operand that spells one gets no "a ticker's price is price(X)" hint.
   */
  private static final String[] KEYWORDS = {
    "WHEN", "THEN", "AND", "OR", "NOT", "BUY", "SELL", "AT", "LIMIT", "STOP", "ONCE", "EVERY", "ON",
    "TICK", "CLOSE", "OF", "EQUITY", "IN", "TAKE", "PROFIT", "LOSS", "NOTIFY", "ALSO", "CROSSES",
    "ABOVE", "BELOW"
  };

  /** How an alert is written after a trade action, for error messages. */
  private static final String ALSO_NOTIFY_EXAMPLE = "BUY 1 TSLA ALSO NOTIFY \"bought TSLA\"";

  private final String text;
  private final Predicate<String> knownTickers;
  private final WindowSet windows;
  private List<Token> tokens;
  private int index;
  private int nesting;
  private int openParens;

  /** Offset of the last number read by {@link #signedNumber}, minus sign included. */
  private int numberStart;

  /** Condition or numeric expression, as parsed so far; exactly one of cond/num is set. */
  private record Node(Condition cond, Operand num, int start, boolean rawPercent) {}

  private RuleParser(String text, Predicate<String> knownTickers, WindowSet windows) {
    this.text = text;
    this.knownTickers = knownTickers;
    this.windows = windows;
  }

  /** Parses without checking that tickers exist, for the live job's windows. */
  public static RuleDefinition parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses and validates {@code text}; tickers must satisfy {@code knownTickers} unless it is null.
   *
   * @throws RuleParseException the first problem, left to right
   */
  public static RuleDefinition parse(String text, Predicate<String> knownTickers) {
    return parse(text, knownTickers, WindowSet.LIVE);
  }

  /**
   * Parses and validates {@code text} for a source that serves {@code windows}: another window of
   * the language is refused with the source's name.
   *
   * @throws RuleParseException the first problem, left to right
   */
  public static RuleDefinition parse(
      String text, Predicate<String> knownTickers, WindowSet windows) {
    return new RuleParser(text == null ? "" : text, knownTickers, windows).rule();
  }

  private RuleDefinition rule() {
    if (text.length() > RuleValidator.MAX_TEXT_LENGTH) {
      throw RuleParseException.problem(
          Kind.TOO_LONG,
          text,
          RuleValidator.MAX_TEXT_LENGTH,
          null,
          "a rule is at most "
              + RuleValidator.MAX_TEXT_LENGTH
              + " characters long, this one is "
              + text.length());
    }
    tokens = Tokenizer.tokenize(text);
    expectWord("WHEN");
    Node condition = or();
    requireCondition(condition);
    if (!peek().isWord("THEN")) {
      RuleParseException misplaced = misplacedTiming(peek());
      throw misplaced != null ? misplaced : expected(Kind.SYNTAX, "AND, OR or THEN", peek());
    }
    advance();
    if (peek().isWord("NOTIFY")) {
      String notifyText = notifyText();
      return RuleDefinition.alertOnly(condition.cond(), notifyText, trigger(null, true));
    }
    Action action = action();
    String notifyText = null;
    if (peek().isWord("ALSO")) {
      advance();
      if (!peek().isWord("NOTIFY")) {
        throw expected(Kind.SYNTAX, "NOTIFY after ALSO", peek(), quoted(peek()));
      }
      notifyText = notifyText();
    } else if (peek().isWord("NOTIFY")) {
      throw RuleParseException.problem(
          Kind.SYNTAX,
          text,
          peek().offset(),
          peek().describe(),
          "an alert after a trade is written ALSO NOTIFY, as in " + ALSO_NOTIFY_EXAMPLE);
    }
    return new RuleDefinition(
        condition.cond(), action, trigger(action, notifyText != null), notifyText);
  }

  // ---- conditions ----

  private Node or() {
    Node left = and();
    while (peek().isWord("OR")) {
      requireCondition(left);
      advance();
      Node right = and();
      requireCondition(right);
      left = condition(new Condition.Or(left.cond(), right.cond()), left.start());
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (peek().isWord("AND")) {
      requireCondition(left);
      advance();
      Node right = not();
      requireCondition(right);
      left = condition(new Condition.And(left.cond(), right.cond()), left.start());
    }
    return left;
  }

  private Node not() {
    if (!peek().isWord("NOT")) return comparison();
    Token not = advance();
    enter(not);
    Node operand = not();
    requireCondition(operand);
    nesting--;
    return condition(new Condition.Not(operand.cond()), not.offset());
  }

  private Node comparison() {
    Node left = additive();
    if (peek().isWord("CROSSES")) return crossing(left);
    ComparisonOp op = comparisonOp(peek());
    if (op == null) return left;
    Token opToken = advance();
    if (left.cond() != null) throw expected(Kind.SYNTAX, afterCondition(), opToken);
    Node right = additive();
    requireNumber(right);
    requireNoChaining();
    Operand l = resolvePercent(left, right);
    Operand r = resolvePercent(right, left);
    return condition(new Condition.Comparison(l, op, r), left.start());
  }

  /** {@code left CROSSES ABOVE right} or {@code CROSSES BELOW}, from CROSSES on. */
  private Node crossing(Node left) {
    Token crosses = advance();
    if (left.cond() != null) throw expected(Kind.SYNTAX, afterCondition(), crosses);
    Condition.Crossing.Direction direction;
    if (peek().isWord("ABOVE")) direction = Condition.Crossing.Direction.ABOVE;
    else if (peek().isWord("BELOW")) direction = Condition.Crossing.Direction.BELOW;
    else throw expected(Kind.SYNTAX, "ABOVE or BELOW after CROSSES", peek());
    advance();
    Node right = additive();
    requireNumber(right);
    requireNoChaining();
    Operand l = resolvePercent(left, right);
    Operand r = resolvePercent(right, left);
    return condition(new Condition.Crossing(l, direction, r), left.start());
  }

  private void requireNoChaining() {
    if (comparisonOp(peek()) != null || peek().isWord("CROSSES")) {
      throw RuleParseException.problem(
          Kind.SYNTAX,
          text,
          peek().offset(),
          peek().describe(),
          "comparisons cannot be chained: join them with AND, as in 1 < x AND x < 2");
    }
  }

  // ---- numeric expressions ----

  private Node additive() {
    Node left = multiplicative();
    while (peek().type() == TokenType.PLUS || peek().type() == TokenType.MINUS) {
      left =
          arithmetic(
              left,
              peek().type() == TokenType.PLUS ? ArithmeticOp.ADD : ArithmeticOp.SUBTRACT,
              true);
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    while (peek().type() == TokenType.STAR || peek().type() == TokenType.SLASH) {
      left =
          arithmetic(
              left,
              peek().type() == TokenType.STAR ? ArithmeticOp.MULTIPLY : ArithmeticOp.DIVIDE,
              false);
    }
    return left;
  }

  private Node arithmetic(Node left, ArithmeticOp op, boolean additive) {
    Token opToken = peek();
    if (left.cond() != null) throw expected(Kind.SYNTAX, afterCondition(), opToken);
    requireNoPercent(left);
    advance();
    Node right = additive ? multiplicative() : unary();
    requireNumber(right);
    requireNoPercent(right);
    return number(new Operand.Arithmetic(left.num(), op, right.num()), left.start(), false);
  }

  private Node unary() {
    if (peek().type() != TokenType.MINUS) return primary();
    Token minus = advance();
    enter(minus);
    Node operand = unary();
    requireNumber(operand);
    nesting--;
    if (operand.num() instanceof Operand.Literal literal) {
      return number(negate(literal), minus.offset(), operand.rawPercent());
    }
    return number(new Operand.Negation(operand.num()), minus.offset(), false);
  }

  private Node primary() {
    Token t = peek();
    switch (t.type()) {
      case NUMBER:
        advance();
        return number(
            new Operand.Literal(literalValue(t, t.text()), canonical(t.text())), t.offset(), false);
      case PERCENT:
        advance();
        String digits = t.text().substring(0, t.text().length() - 1);
        return number(
            new Operand.Literal(literalValue(t, digits), canonical(digits) + "%"),
            t.offset(),
            true);
      case LPAREN:
        return parenthesized();
      case IDENT:
        InputKind kind = InputKind.byFunctionName(t.text());
        if (kind != null) return function(kind);
        if (peekAt(1).type() == TokenType.LPAREN) {
          throw RuleParseException.problem(
              Kind.SYNTAX,
              text,
              t.offset(),
              t.describe(),
              "unknown function " + t.describe() + ", expected one of " + functionNames());
        }
        RuleParseException misplaced = misplacedTiming(t);
        if (misplaced != null) throw misplaced;
        if (RuleValidator.isTickerSyntax(t.text()) && !isKeyword(t)) {
          throw expected(
              Kind.SYNTAX, OPERAND + " (a ticker's price is price(" + t.text() + "))", t);
        }
        throw expected(Kind.SYNTAX, OPERAND, t);
      case STRING:
      case CASHTAG:
        throw expected(
            Kind.SYNTAX,
            OPERAND + " (a keyword goes inside a function, as in sentiment(\"tesla\", 5m))",
            t);
      default:
        throw expected(Kind.SYNTAX, OPERAND, t);
    }
  }

  private Node parenthesized() {
    Token open = advance();
    enter(open);
    openParens++;
    Node inner = or();
    openParens--;
    if (peek().type() != TokenType.RPAREN) {
      String what = inner.cond() != null ? "AND, OR or ')'" : "an operator or ')'";
      throw expected(Kind.SYNTAX, what, peek());
    }
    advance();
    nesting--;
    return new Node(inner.cond(), inner.num(), open.offset(), inner.rawPercent());
  }

  private Node function(InputKind kind) {
    Token name = advance();
    if (peek().type() != TokenType.LPAREN) {
      throw expected(Kind.SYNTAX, "'(' after " + kind.functionName(), peek());
    }
    advance();
    String subject = kind.subject() == InputKind.Subject.KEYWORD ? keyword() : ticker();
    if (kind.periodic()) return indicator(kind, name, subject);
    Window window = null;
    if (kind.windowed()) {
      if (peek().type() != TokenType.COMMA)
        throw expected(Kind.SYNTAX, "',' and " + windowsExpected(), peek());
      advance();
      window = window();
    } else if (peek().type() == TokenType.COMMA) {
      throw RuleParseException.problem(
          Kind.SYNTAX,
          text,
          peek().offset(),
          peek().describe(),
          "price() takes no window, it is the last price; use avg("
              + subject
              + ", 5m) for an average");
    }
    if (peek().type() != TokenType.RPAREN) throw expected(Kind.SYNTAX, "')'", peek());
    advance();
    return number(new Operand.Input(kind, subject, window), name.offset(), false);
  }

  /** The rest of {@code ema(T, n)} or {@code rsi(T, n)} after the ticker. */
  private Node indicator(InputKind kind, Token name, String ticker) {
    if (!windows.hasBars()) {
      throw RuleParseException.problem(
          Kind.BAD_PERIOD,
          text,
          name.offset(),
          name.describe(),
          kind.functionName()
              + "() cannot be served from "
              + windows.source()
              + " (it has no bars for indicators)");
    }
    String expectation =
        "a number of "
            + windows.barName()
            + " bars from "
            + InputKind.MIN_PERIOD
            + " to "
            + InputKind.MAX_PERIOD;
    if (peek().type() != TokenType.COMMA)
      throw expected(Kind.SYNTAX, "',' and " + expectation, peek());
    advance();
    Token t = peek();
    if (t.type() == TokenType.DURATION) {
      throw RuleParseException.problem(
          Kind.BAD_PERIOD,
          text,
          t.offset(),
          t.describe(),
          kind.functionName()
              + "() takes a number of "
              + windows.barName()
              + " bars, not a window, as in "
              + kind.functionName()
              + "("
              + ticker
              + ", 14)");
    }
    if (t.type() != TokenType.NUMBER) throw expected(Kind.SYNTAX, expectation, t);
    String digits = t.text();
    // More digits than any valid period would overflow Integer.parseInt.
    if (!digits.chars().allMatch(Character::isDigit)
        || digits.length() > 4
        || Integer.parseInt(digits) < InputKind.MIN_PERIOD
        || Integer.parseInt(digits) > InputKind.MAX_PERIOD) {
      throw expected(Kind.BAD_PERIOD, expectation, t);
    }
    advance();
    if (peek().type() != TokenType.RPAREN) throw expected(Kind.SYNTAX, "')'", peek());
    advance();
    return number(
        Operand.Input.indicator(kind, ticker, Integer.parseInt(digits)), name.offset(), false);
  }

  private String keyword() {
    Token t = peek();
    if (t.type() == TokenType.CASHTAG) {
      advance();
      return "$" + checkedTicker(t, t.text().substring(1));
    }
    if (t.type() != TokenType.STRING) {
      String sharesHint =
          t.type() == TokenType.IDENT && RuleValidator.isTickerSyntax(t.text())
              ? " (volume() counts posts; shares traded are shares(" + t.text() + ", 5m))"
              : "";
      throw expected(
          Kind.SYNTAX,
          "a keyword in double quotes such as \"tesla\", or a cashtag such as $TSLA" + sharesHint,
          t);
    }
    advance();
    String keyword = RuleValidator.normalizeKeyword(t.text());
    String problem = RuleValidator.keywordProblem(keyword);
    if (problem != null) throw expected(Kind.BAD_KEYWORD, problem, t, "'\"" + t.text() + "\"'");
    if (keyword.startsWith("$")) checkedTicker(t, keyword.substring(1));
    return keyword;
  }

  private String ticker() {
    Token t = peek();
    if (t.type() == TokenType.IDENT) {
      advance();
      return checkedTicker(t, t.text());
    }
    if (t.type() == TokenType.CASHTAG) {
      advance();
      return checkedTicker(t, t.text().substring(1));
    }
    throw expected(Kind.SYNTAX, "a ticker symbol such as TSLA", t);
  }

  /**
   * Checks case, shape and existence of a ticker written at {@code t}, and returns it with {@code
   * -} as the class separator ({@code BRK.B} becomes {@code BRK-B}), the spelling of {@link
   * com.tweetrade.model.tickers.TickerDirectory} and so of the quotes.
   */
  private String checkedTicker(Token t, String symbol) {
    if (!symbol.equals(symbol.toUpperCase(Locale.ROOT))
        && RuleValidator.isTickerSyntax(symbol.toUpperCase(Locale.ROOT))) {
      throw expected(Kind.SYNTAX, "'" + t.upper() + "' (tickers are written in upper case)", t);
    }
    if (!RuleValidator.isTickerSyntax(symbol))
      throw expected(Kind.SYNTAX, "a ticker symbol such as TSLA", t);
    String normalized = symbol.replace('.', '-');
    if (knownTickers != null && !knownTickers.test(normalized)) {
      throw RuleParseException.problem(
          Kind.UNKNOWN_TICKER, text, t.offset(), t.describe(), "unknown ticker '" + symbol + "'");
    }
    return normalized;
  }

  private Window window() {
    Token t = peek();
    if (t.type() == TokenType.DURATION) {
      for (Window w : Window.values()) {
        if (!w.label().equalsIgnoreCase(t.text())) continue;
        if (!windows.contains(w)) {
          throw RuleParseException.problem(
              Kind.UNSUPPORTED_WINDOW, text, t.offset(), t.describe(), unservedWindow(w, windows));
        }
        advance();
        return w;
      }
    }
    boolean windowLike = t.type() == TokenType.DURATION || t.type() == TokenType.NUMBER;
    throw expected(windowLike ? Kind.UNSUPPORTED_WINDOW : Kind.SYNTAX, windowsExpected(), t);
  }

  private String windowsExpected() {
    return "a window (" + String.join(", ", windows.labels()) + ")";
  }

  /** Why a window of the language is refused for a source, e.g. 1m on daily closes. */
  static String unservedWindow(Window window, WindowSet windows) {
    return "window "
        + window.label()
        + " cannot be served from "
        + windows.source()
        + " (windows: "
        + String.join(", ", windows.labels())
        + ")";
  }

  // ---- action, alert and trigger ----

  /** {@code NOTIFY "text"}, at the NOTIFY; returns the text as written. */
  private String notifyText() {
    advance();
    Token t = peek();
    if (t.type() != TokenType.STRING) {
      throw expected(
          Kind.SYNTAX, "the alert's text in double quotes, such as \"TSLA is down 2%\"", t);
    }
    String problem = RuleValidator.notifyTextProblem(t.text());
    if (problem != null) {
      String shown = t.text().length() > 30 ? t.text().substring(0, 27) + "..." : t.text();
      throw RuleParseException.expected(
          Kind.BAD_TEXT, text, t.offset(), problem, "'\"" + shown + "\"'");
    }
    advance();
    return t.text();
  }

  /**
   * {@code CLOSE ticker}, or {@code BUY|SELL size [AT LIMIT p | AT STOP p [LIMIT p]] [TAKE PROFIT
   * n%] [STOP LOSS n%]} where size is {@code n ticker}, {@code $n OF ticker} or {@code n% OF EQUITY
   * IN ticker}.
   */
  private Action action() {
    Token sideToken = peek();
    if (sideToken.isWord("CLOSE")) {
      advance();
      return Action.close(ticker());
    }
    Action.Side side;
    if (sideToken.isWord("BUY")) {
      side = Action.Side.BUY;
    } else if (sideToken.isWord("SELL")) {
      side = Action.Side.SELL;
    } else {
      throw expected(Kind.SYNTAX, "BUY, SELL or CLOSE", sideToken);
    }
    advance();
    long quantity = 0;
    long amountCents = 0;
    long equityBasisPoints = 0;
    Token size = peek();
    if (size.type() == TokenType.DOLLARS) {
      advance();
      BigDecimal amount = new BigDecimal(size.text().substring(1));
      String problem = RuleValidator.amountProblem(amount);
      if (problem != null) throw expected(Kind.BAD_QUANTITY, problem, size);
      amountCents = amount.movePointRight(2).longValueExact();
      expectWord("OF");
    } else if (size.type() == TokenType.PERCENT) {
      advance();
      BigDecimal percent = percentOf(size);
      String problem = RuleValidator.equityProblem(percent);
      if (problem != null) throw expected(Kind.BAD_QUANTITY, problem, size);
      equityBasisPoints = percent.movePointRight(2).longValueExact();
      if (!peek().isWord("OF")) {
        throw expected(
            Kind.BAD_QUANTITY,
            "a quantity (a whole number of shares), or a share of equity as in 5% OF EQUITY IN"
                + " TSLA",
            size);
      }
      advance();
      expectWord("EQUITY");
      expectWord("IN");
    } else {
      quantity = quantity();
    }
    String ticker = ticker();
    Action.OrderType type = Action.OrderType.MARKET;
    long limitCents = Action.MARKET;
    long stopCents = 0;
    if (peek().isWord("AT")) {
      advance();
      if (peek().isWord("LIMIT")) {
        advance();
        type = Action.OrderType.LIMIT;
        limitCents = priceCents("limit");
      } else if (peek().isWord("STOP")) {
        advance();
        type = Action.OrderType.STOP;
        stopCents = priceCents("stop");
        if (peek().isWord("LIMIT")) {
          advance();
          type = Action.OrderType.STOP_LIMIT;
          limitCents = priceCents("limit");
        }
      } else {
        throw expected(Kind.SYNTAX, "LIMIT or STOP after AT", peek());
      }
    }
    long takeProfit = 0;
    long stopLoss = 0;
    if (peek().isWord("TAKE")) {
      advance();
      expectWord("PROFIT");
      takeProfit = bracketPercent("take profit");
    }
    if (peek().isWord("STOP")) {
      advance();
      expectWord("LOSS");
      stopLoss = bracketPercent("stop loss");
    }
    return new Action(
        side,
        quantity,
        ticker,
        type,
        limitCents,
        stopCents,
        amountCents,
        equityBasisPoints,
        takeProfit,
        stopLoss);
  }

  /** The percentage of a bracket's {@code what} ("take profit", "stop loss") in basis points. */
  private long bracketPercent(String what) {
    Token t = peek();
    if (t.type() != TokenType.PERCENT) {
      throw expected(Kind.BAD_PRICE, "a " + what + " percentage such as 5%", t);
    }
    advance();
    BigDecimal percent = percentOf(t);
    String problem = RuleValidator.bracketProblem(what, percent);
    if (problem != null) throw expected(Kind.BAD_PRICE, problem, t);
    return percent.movePointRight(2).longValueExact();
  }

  private static BigDecimal percentOf(Token percent) {
    return new BigDecimal(percent.text().substring(0, percent.text().length() - 1));
  }

  private long quantity() {
    String expectation = "a quantity (a whole number of shares)";
    BigDecimal value = signedNumber(Kind.BAD_QUANTITY, expectation);
    String problem = RuleValidator.quantityProblem(value);
    if (problem != null) throw numberProblem(Kind.BAD_QUANTITY, problem, value);
    return value.longValueExact();
  }

  /** A limit or stop price ({@code what}) in dollars, as cents. */
  private long priceCents(String what) {
    BigDecimal value = signedNumber(Kind.BAD_PRICE, "a " + what + " price such as 250.50");
    String problem = RuleValidator.priceProblem(what, value);
    if (problem != null) throw numberProblem(Kind.BAD_PRICE, problem, value);
    return value.movePointRight(2).longValueExact();
  }

  /**
   * Reads an optionally negative number for a quantity or price; a negative one is returned so the
   * caller's range check reports it (with the minus sign's token consumed).
   */
  private BigDecimal signedNumber(Kind kind, String expectation) {
    numberStart = peek().offset();
    boolean negative = peek().type() == TokenType.MINUS;
    if (negative) advance();
    Token t = peek();
    if (t.type() != TokenType.NUMBER) {
      throw expected(
          t.type() == TokenType.PERCENT || t.type() == TokenType.DURATION ? kind : Kind.SYNTAX,
          expectation,
          t);
    }
    advance();
    BigDecimal value = new BigDecimal(t.text());
    return negative ? value.negate() : value;
  }

  private RuleParseException numberProblem(Kind kind, String expectation, BigDecimal value) {
    return RuleParseException.expected(
        kind, text, numberStart, expectation, "'" + value.toPlainString() + "'");
  }

  /**
   * {@code [ONCE | EVERY n m] [ON TICK | ON CLOSE]} up to the end of the rule; {@code action} is
   * null for an alert-only rule, {@code notifies} says whether the alert was read.
   */
  private Trigger trigger(Action action, boolean notifies) {
    Token t = peek();
    if (notifies) requireNoSecondPart(t, action);
    Trigger trigger = Trigger.RISING_EDGE;
    if (t.isWord("ONCE")) {
      advance();
      trigger = Trigger.once();
    } else if (t.isWord("EVERY")) {
      advance();
      trigger = Trigger.every(everyMinutes());
    } else if (t.type() != TokenType.EOF && !t.isWord("ON")) {
      String options =
          (action != null && !notifies ? optionsAfter(action) : "")
              + (notifies ? "" : "ALSO NOTIFY, ")
              + "ONCE, EVERY, "
              + TIMINGS;
      throw expected(Kind.SYNTAX, options + " or end of rule", t);
    }
    if (action != null && !notifies && peek().isWord("ALSO")) throw alsoNotifyMisplaced(peek());
    if (peek().isWord("ON")) {
      advance();
      trigger = trigger.withTiming(timing());
      Token after = peek();
      if (action != null && !notifies && after.isWord("ALSO")) throw alsoNotifyMisplaced(after);
      if (after.isWord("ONCE")
          || after.isWord("EVERY")
          || (action != null && action.isMarket() && !notifies && after.isWord("AT"))) {
        throw RuleParseException.problem(
            Kind.SYNTAX,
            text,
            after.offset(),
            after.describe(),
            "ON TICK or ON CLOSE comes last, after AT LIMIT, AT STOP, ONCE or EVERY, as in BUY 1"
                + " TSLA EVERY 10m ON CLOSE");
      }
      if (after.type() != TokenType.EOF) throw expected(Kind.SYNTAX, "end of rule", after);
    } else if (peek().type() != TokenType.EOF) {
      throw expected(Kind.SYNTAX, TIMINGS + " or end of rule", peek());
    }
    return trigger;
  }

  /**
   * After the alert: a second NOTIFY, a trade or a limit written after it is an error that says so.
   */
  private void requireNoSecondPart(Token t, Action action) {
    if (t.isWord("ALSO") || t.isWord("NOTIFY")) {
      throw RuleParseException.problem(
          Kind.SYNTAX, text, t.offset(), t.describe(), "a rule raises one alert: one NOTIFY text");
    }
    if (action == null && (t.isWord("BUY") || t.isWord("SELL"))) {
      throw RuleParseException.problem(
          Kind.SYNTAX,
          text,
          t.offset(),
          t.describe(),
          "the trade comes first and its alert after it, as in " + ALSO_NOTIFY_EXAMPLE);
    }
    if (action != null && t.isWord("AT")) {
      throw RuleParseException.problem(
          Kind.SYNTAX,
          text,
          t.offset(),
          t.describe(),
          "AT LIMIT belongs to the action, before ALSO NOTIFY, as in BUY 1 TSLA AT LIMIT 250 ALSO"
              + " NOTIFY \"bought TSLA\"");
    }
  }

  private RuleParseException alsoNotifyMisplaced(Token t) {
    return RuleParseException.problem(
        Kind.SYNTAX,
        text,
        t.offset(),
        t.describe(),
        "ALSO NOTIFY goes right after the action, before ONCE, EVERY, ON TICK or ON CLOSE, as in "
            + ALSO_NOTIFY_EXAMPLE
            + " ONCE");
  }

  /** What may follow {@code action} before the trigger, as in an error message. */
  private static String optionsAfter(Action action) {
    if (action.side() == Action.Side.CLOSE) return "";
    String options = "";
    if (action.isMarket() && !action.hasBracket()) options += "AT LIMIT, AT STOP, ";
    if (!action.hasBracket()) options += "TAKE PROFIT, ";
    if (action.stopLossBasisPoints() == 0) options += "STOP LOSS, ";
    return options;
  }

  private Timing timing() {
    Token t = peek();
    if (t.isWord("TICK")) {
      advance();
      return Timing.TICK;
    }
    if (t.isWord("CLOSE")) {
      advance();
      return Timing.CLOSE;
    }
    // A quoted "close" is shown with its quotes: the quotes are what is wrong.
    throw expected(Kind.SYNTAX, "TICK or CLOSE after ON", t, quoted(t));
  }

  /** How {@code t} is shown as found: a string with its quotes. */
  private static String quoted(Token t) {
    return t.type() == TokenType.STRING ? "'\"" + t.text() + "\"'" : t.describe();
  }

  /**
   * {@code ON TICK} / {@code ON CLOSE} written where a condition goes on, or before it: an error
   * that says where it belongs, or null when {@code t} does not start one.
   */
  private RuleParseException misplacedTiming(Token t) {
    if (!t.isWord("ON") || !(peekAt(1).isWord("TICK") || peekAt(1).isWord("CLOSE"))) return null;
    return RuleParseException.problem(
        Kind.SYNTAX,
        text,
        t.offset(),
        t.describe(),
        "ON TICK or ON CLOSE goes at the end of the rule, after the action, as in THEN BUY 1 TSLA"
            + " ON CLOSE");
  }

  private int everyMinutes() {
    Token t = peek();
    String expectation =
        "a period in whole minutes from 1m to " + RuleValidator.MAX_EVERY_MINUTES + "m";
    String digits =
        t.text().endsWith("m") || t.text().endsWith("M")
            ? t.text().substring(0, t.text().length() - 1)
            : "";
    if (t.type() != TokenType.DURATION
        || digits.isEmpty()
        || !digits.chars().allMatch(Character::isDigit)) {
      throw expected(Kind.SYNTAX, expectation, t);
    }
    // More digits than any valid period would overflow Integer.parseInt.
    if (digits.length() > 4
        || Integer.parseInt(digits) < 1
        || Integer.parseInt(digits) > RuleValidator.MAX_EVERY_MINUTES) {
      throw expected(Kind.SYNTAX, expectation, t);
    }
    advance();
    return Integer.parseInt(digits);
  }

  // ---- helpers ----

  private Operand resolvePercent(Node side, Node other) {
    if (!side.rawPercent()) return side.num();
    Operand.Literal literal = (Operand.Literal) side.num();
    InputKind kind = other.num() instanceof Operand.Input input ? input.kind() : null;
    if (kind == InputKind.CHANGE) return literal;
    if (kind == InputKind.POSITIVE || kind == InputKind.NEGATIVE) {
      String digits = literal.text().substring(0, literal.text().length() - 1);
      return new Operand.Literal(
          new BigDecimal(digits).movePointLeft(2).doubleValue(), literal.text());
    }
    throw percentMisplaced(side);
  }

  private void requireNoPercent(Node node) {
    if (node.rawPercent()) throw percentMisplaced(node);
  }

  private RuleParseException percentMisplaced(Node node) {
    return RuleParseException.problem(
        Kind.BAD_NUMBER,
        text,
        node.start(),
        "'" + node.num().toText() + "'",
        "a percentage such as 2% can only be compared directly with change(), positive() or"
            + " negative()");
  }

  private double literalValue(Token t, String digits) {
    double value = Double.parseDouble(digits);
    if (!(value <= RuleValidator.MAX_LITERAL)) {
      throw expected(Kind.BAD_NUMBER, "a number of at most 1e15", t);
    }
    return value;
  }

  private static String canonical(String digits) {
    return Operand.Literal.canonical(new BigDecimal(digits));
  }

  private static Operand.Literal negate(Operand.Literal literal) {
    String text =
        literal.text().startsWith("-") ? literal.text().substring(1) : "-" + literal.text();
    // -0 is printed as 0, so it must also be the value 0.0 for equals() after a round trip.
    if (literal.value() == 0) return new Operand.Literal(0.0, literal.text());
    return new Operand.Literal(-literal.value(), text);
  }

  private void requireCondition(Node node) {
    if (node.cond() == null) throw expected(Kind.SYNTAX, COMPARISON_OPERATORS, peek());
  }

  private void requireNumber(Node node) {
    if (node.num() == null) {
      throw RuleParseException.expected(
          Kind.SYNTAX, text, node.start(), "a numeric expression", "a condition");
    }
  }

  private String afterCondition() {
    return openParens > 0 ? "AND, OR or ')'" : "AND, OR or THEN";
  }

  private void enter(Token t) {
    if (++nesting > RuleValidator.MAX_NESTING) {
      throw RuleParseException.problem(
          Kind.TOO_DEEP,
          text,
          t.offset(),
          t.describe(),
          "nested deeper than "
              + RuleValidator.MAX_NESTING
              + " levels of parentheses, NOT or minus");
    }
  }

  private static ComparisonOp comparisonOp(Token t) {
    return switch (t.type()) {
      case LT -> ComparisonOp.LT;
      case LE -> ComparisonOp.LE;
      case GT -> ComparisonOp.GT;
      case GE -> ComparisonOp.GE;
      case EQ -> ComparisonOp.EQ;
      case NE -> ComparisonOp.NE;
      default -> null;
    };
  }

  private static boolean isKeyword(Token t) {
    for (String word : KEYWORDS) {
      if (t.isWord(word)) return true;
    }
    return false;
  }

  private static String functionNames() {
    StringBuilder names = new StringBuilder();
    for (InputKind kind : InputKind.values()) {
      if (names.length() > 0) names.append(", ");
      names.append(kind.functionName());
    }
    return names.toString();
  }

  private void expectWord(String word) {
    if (!peek().isWord(word)) throw expected(Kind.SYNTAX, word, peek());
    advance();
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(index);
    if (t.type() != TokenType.EOF) index++;
    return t;
  }

  private static Node condition(Condition condition, int start) {
    return new Node(condition, null, start, false);
  }

  private static Node number(Operand operand, int start, boolean rawPercent) {
    return new Node(null, operand, start, rawPercent);
  }

  private RuleParseException expected(Kind kind, String expectation, Token found) {
    return RuleParseException.expected(kind, text, found.offset(), expectation, found.describe());
  }

  private RuleParseException expected(Kind kind, String expectation, Token at, String found) {
    return RuleParseException.expected(kind, text, at.offset(), expectation, found);
  }
}
