package com.tweetrade.model.rules;

import com.tweetrade.model.WindowSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The limits a rule must respect, shared by the parser (which reports them with a position) and by
 * {@link #validate} (for rules built in code).
 *
 * <p>The check methods return what was expected, or null when the value is fine.
 */
public final class RuleValidator {
  /** Longest rule text accepted, in chars; keeps parsing per keystroke and per event cheap. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /** Deepest nesting of parentheses, NOT and unary minus; bounds the parser's recursion. */
  public static final int MAX_NESTING = 32;

  /** Most shares one action may trade. */
  public static final long MAX_QUANTITY = 1_000_000L;

  /** Highest limit price, in cents ($1,000,000). */
  public static final long MAX_LIMIT_CENTS = 100_000_000L;

  /** Longest keyword, in chars after normalisation. */
  public static final int MAX_KEYWORD_LENGTH = 64;

  /** Longest period of {@code EVERY}, in minutes (one day). */
  public static final int MAX_EVERY_MINUTES = 1440;

  /**
   * Longest alert text ({@code NOTIFY "..."}), in chars: a push notification's line, not a page.
   */
  public static final int MAX_NOTIFY_LENGTH = 200;

  /** Largest magnitude of a number literal. */
  public static final double MAX_LITERAL = 1e15;

  private static final Pattern TICKER =
      Pattern.compile("[A-Z][A-Z0-9]{0,9}([.-][A-Z0-9]{1,4}){0,2}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RuleValidator() {}

  /**
   * Every problem of a rule built in code, as messages; empty when it is valid. {@code
   * knownTickers} may be null to skip the ticker check. Windows: the live job's.
   */
  public static List<String> validate(RuleDefinition rule, Predicate<String> knownTickers) {
    return validate(rule, knownTickers, WindowSet.LIVE);
  }

  /**
   * Like {@link #validate(RuleDefinition, Predicate)}, for a source that serves {@code windows}.
   */
  public static List<String> validate(
      RuleDefinition rule, Predicate<String> knownTickers, WindowSet windows) {
    List<String> problems = new ArrayList<>();
    for (Operand.Input input : rule.condition().inputOperands()) {
      if (input.window() != null && !windows.contains(input.window()))
        problems.add(RuleParser.unservedWindow(input.window(), windows));
      if (input.kind().periodic() && !windows.hasBars())
        problems.add(input.kind().functionName() + "() cannot be served from " + windows.source());
      if (input.kind().periodic()
          && (input.period() < InputKind.MIN_PERIOD || input.period() > InputKind.MAX_PERIOD))
        problems.add(
            "expected a number of bars from "
                + InputKind.MIN_PERIOD
                + " to "
                + InputKind.MAX_PERIOD
                + " but found "
                + input.period());
      if (input.kind().subject() == InputKind.Subject.KEYWORD) {
        String expected = keywordProblem(input.subject());
        if (expected != null)
          problems.add("expected " + expected + " but found '" + input.subject() + "'");
        if (input.isCashtag())
          addTickerProblem(problems, input.subject().substring(1), knownTickers);
      } else {
        addTickerProblem(problems, input.subject(), knownTickers);
      }
    }
    Action action = rule.action();
    if (action != null) {
      addTickerProblem(problems, action.ticker(), knownTickers);
      if (action.sizing() == Action.Sizing.SHARES) {
        String quantity = quantityProblem(BigDecimal.valueOf(action.quantity()));
        if (quantity != null)
          problems.add("expected " + quantity + " but found " + action.quantity());
      }
      if (action.amountCents() > 0) {
        String amount = amountProblem(BigDecimal.valueOf(action.amountCents(), 2));
        if (amount != null)
          problems.add("expected " + amount + " but found " + action.amountCents() + " cents");
      }
      if (action.equityBasisPoints() > 0) {
        String equity = equityProblem(BigDecimal.valueOf(action.equityBasisPoints(), 2));
        if (equity != null)
          problems.add("expected " + equity + " but found " + action.equityBasisPoints() + " bp");
      }
      if (action.takeProfitBasisPoints() > 0) {
        String tp =
            bracketProblem("take profit", BigDecimal.valueOf(action.takeProfitBasisPoints(), 2));
        if (tp != null) problems.add("expected " + tp);
      }
      if (action.stopLossBasisPoints() > 0) {
        String sl =
            bracketProblem("stop loss", BigDecimal.valueOf(action.stopLossBasisPoints(), 2));
        if (sl != null) problems.add("expected " + sl);
      }
      if (action.limitCents() > 0) {
        String limit = limitProblem(BigDecimal.valueOf(action.limitCents(), 2));
        if (limit != null)
          problems.add("expected " + limit + " but found " + action.limitCents() + " cents");
      }
      if (action.stopCents() > 0) {
        String stop = priceProblem("stop", BigDecimal.valueOf(action.stopCents(), 2));
        if (stop != null)
          problems.add("expected " + stop + " but found " + action.stopCents() + " cents");
      }
    }
    if (rule.notifies()) {
      String notify = notifyTextProblem(rule.notifyText());
      if (notify != null)
        problems.add("expected " + notify + " but found '" + rule.notifyText() + "'");
    }
    int length = rule.toText().length();
    if (length > MAX_TEXT_LENGTH) {
      problems.add("rule text is " + length + " characters long, the limit is " + MAX_TEXT_LENGTH);
    }
    return problems;
  }

  private static void addTickerProblem(
      List<String> problems, String ticker, Predicate<String> known) {
    if (!isTickerSyntax(ticker)) {
      problems.add("expected a ticker symbol but found '" + ticker + "'");
    } else if (known != null && !known.test(ticker)) {
      problems.add("unknown ticker '" + ticker + "'");
    }
  }

  /**
   * Whether {@code symbol} looks like a ticker: upper-case letters and digits, then class suffixes.
   */
  public static boolean isTickerSyntax(String symbol) {
    return symbol != null && TICKER.matcher(symbol).matches();
  }

  /** A keyword as the analytics key it: trimmed, single spaces, lower case; cashtags upper case. */
  public static String normalizeKeyword(String raw) {
    String collapsed = SPACES.matcher(raw.strip()).replaceAll(" ");
    return collapsed.startsWith("$")
        ? collapsed.toUpperCase(Locale.ROOT)
        : collapsed.toLowerCase(Locale.ROOT);
  }

  /** Checks a normalised keyword or cashtag ({@code $TSLA}). */
  public static String keywordProblem(String keyword) {
    if (keyword.isEmpty()) return "a keyword that is not empty";
    if (keyword.length() > MAX_KEYWORD_LENGTH) {
      return "a keyword of at most " + MAX_KEYWORD_LENGTH + " characters";
    }
    if (keyword.startsWith("$")) {
      return isTickerSyntax(keyword.substring(1)) ? null : "a cashtag such as $TSLA";
    }
    for (int i = 0; i < keyword.length(); i++) {
      char c = keyword.charAt(i);
      // ':' separates the parts of input keys; '"' would end the keyword in the rule text.
      if (c == ':' || c == '"' || Character.isISOControl(c)) {
        return "a keyword without ':', '\"' or control characters";
      }
    }
    return null;
  }

  /**
   * Checks an alert's text as written between the quotes of {@code NOTIFY "..."}: not blank, at
   * most {@link #MAX_NOTIFY_LENGTH} characters, no control characters, no {@code "} (it would end
   * the text in the rule).
   */
  public static String notifyTextProblem(String text) {
    if (text.isBlank()) return "an alert text that is not empty";
    if (text.length() > MAX_NOTIFY_LENGTH) {
      return "an alert text of at most " + MAX_NOTIFY_LENGTH + " characters";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || Character.isISOControl(c)) {
        return "an alert text without '\"' or control characters";
      }
    }
    return null;
  }

  /** Checks a quantity as written. */
  public static String quantityProblem(BigDecimal quantity) {
    if (quantity.signum() <= 0) return "a quantity greater than 0";
    if (quantity.scale() > 0) return "a whole number of shares";
    if (quantity.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
      return "a quantity of at most " + MAX_QUANTITY + " shares";
    }
    return null;
  }

  /** Most money one {@code BUY $n OF T} action may trade, in cents ($100,000,000). */
  public static final long MAX_AMOUNT_CENTS = 10_000_000_000L;

  /** Checks an amount of money as written after '$'. */
  public static String amountProblem(BigDecimal amount) {
    if (amount.signum() <= 0) return "an amount greater than $0";
    if (amount.stripTrailingZeros().scale() > 2) return "an amount with at most 2 decimals (cents)";
    if (amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT_CENTS, 2)) > 0) {
      return "an amount of at most $" + BigDecimal.valueOf(MAX_AMOUNT_CENTS, 2).toBigInteger();
    }
    return null;
  }

  /** Checks a share of equity in percent as written before {@code OF EQUITY}. */
  public static String equityProblem(BigDecimal percent) {
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      return "a share of equity from 0.01% to 100%";
    }
    if (percent.stripTrailingZeros().scale() > 2) return "a percentage with at most 2 decimals";
    return null;
  }

  /** Checks a bracket's {@code what} ("take profit", "stop loss") percentage as written. */
  public static String bracketProblem(String what, BigDecimal percent) {
    BigDecimal most = BigDecimal.valueOf("stop loss".equals(what) ? 99 : 1000);
    if (percent.signum() <= 0 || percent.compareTo(most) > 0) {
      return "a " + what + " from 0.01% to " + most + "%";
    }
    if (percent.stripTrailingZeros().scale() > 2) return "a percentage with at most 2 decimals";
    return null;
  }

  /** Checks a limit price in dollars as written. */
  public static String limitProblem(BigDecimal price) {
    return priceProblem("limit", price);
  }

  /** Checks a {@code what} ("limit" or "stop") price in dollars as written. */
  public static String priceProblem(String what, BigDecimal price) {
    if (price.signum() <= 0) return "a " + what + " price greater than 0";
    if (price.stripTrailingZeros().scale() > 2)
      return "a " + what + " price with at most 2 decimals (cents)";
    if (price.compareTo(BigDecimal.valueOf(MAX_LIMIT_CENTS, 2)) > 0) {
      return "a "
          + what
          + " price of at most "
          + BigDecimal.valueOf(MAX_LIMIT_CENTS, 2).toBigInteger();
    }
    return null;
  }
}
