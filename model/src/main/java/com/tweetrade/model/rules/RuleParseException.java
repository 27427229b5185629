package com.tweetrade.model.rules;

/**
 * A rule text that cannot be compiled: a syntax error or a refused value, with where and why.
 *
 * <p>The message reads {@code at 23: expected a window (1m, 5m, 15m) but found '7m'}; for rules
 * that span several lines it also names the line and column. {@link #offset()} is 0-based into the
 * text, {@link #line()} and {@link #column()} are 1-based, as editors show them.
 */
public class RuleParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem this is, so a UI can react without parsing the message. */
  public enum Kind {
    SYNTAX,
    UNSUPPORTED_WINDOW,
    UNKNOWN_TICKER,
    BAD_QUANTITY,
    BAD_PRICE,
    BAD_KEYWORD,
    BAD_NUMBER,
    BAD_TEXT,
    TOO_LONG,
    TOO_DEEP,
    /** An indicator's number of bars out of range, or an indicator the source cannot serve. */
    BAD_PERIOD
  }

  private final Kind kind;
  private final int offset;
  private final int line;
  private final int column;
  private final String expected;
  private final String found;
  private final String detail;

  private RuleParseException(
      Kind kind, int offset, int line, int column, String expected, String found, String detail) {
    super(format(offset, line, column, detail));
    this.kind = kind;
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
    this.detail = detail;
  }

  /** An "expected X but found Y" error at {@code offset} of {@code text}. */
  static RuleParseException expected(
      Kind kind, String text, int offset, String expected, String found) {
    return at(kind, text, offset, expected, found, "expected " + expected + " but found " + found);
  }

  /** Any other error at {@code offset} of {@code text}; {@code found} may be null. */
  static RuleParseException problem(
      Kind kind, String text, int offset, String found, String detail) {
    return at(kind, text, offset, null, found, detail);
  }

  private static RuleParseException at(
      Kind kind, String text, int offset, String expected, String found, String detail) {
    int line = 1;
    int lineStart = 0;
    boolean multiLine = text.indexOf('\n') >= 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart + 1;
    return new RuleParseException(
        kind, offset, multiLine ? line : 1, column, expected, found, detail);
  }

  private static String format(int offset, int line, int column, String detail) {
    // Single-line rules (the usual case) keep the short form the UI shows under the text field.
    return line == 1 && column == offset + 1
        ? "at " + offset + ": " + detail
        : "at " + offset + " (line " + line + ", column " + column + "): " + detail;
  }

  public Kind kind() {
    return kind;
  }

  /** 0-based character offset into the rule text. */
  public int offset() {
    return offset;
  }

  /** 1-based line number. */
  public int line() {
    return line;
  }

  /** 1-based column within {@link #line()}. */
  public int column() {
    return column;
  }

  /** What the parser expected, or null when the error is not about an expectation. */
  public String expected() {
    return expected;
  }

  /** What was found, quoted (e.g. {@code '7m'} or {@code end of rule}), or null. */
  public String found() {
    return found;
  }

  /** The message without the position prefix. */
  public String detail() {
    return detail;
  }
}
