package com.tweetrade.model.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rule text into tokens, ending with one {@link TokenType#EOF}.
 *
 * <p>Symbols may contain {@code .} or {@code -} between letters or digits ({@code BRK.B}, {@code
 * RDS-B}) because real tickers do; a bare identifier is never an arithmetic operand in this
 * language (functions always have parentheses), so {@code A-B} cannot mean a subtraction.
 */
final class Tokenizer {
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Tokenizer(String text) {
    this.text = text;
  }

  static List<Token> tokenize(String text) {
    Tokenizer t = new Tokenizer(text);
    t.run();
    return t.tokens;
  }

  private void run() {
    while (true) {
      skipWhitespace();
      if (pos >= text.length()) {
        tokens.add(new Token(TokenType.EOF, "", text.length()));
        return;
      }
      char c = text.charAt(pos);
      if (isDigit(c)) {
        number();
      } else if (isLetter(c)) {
        int start = pos;
        symbolChars();
        add(TokenType.IDENT, start);
      } else if (c == '$') {
        cashtag();
      } else if (c == '"') {
        string();
      } else {
        punctuation(c);
      }
    }
  }

  private void number() {
    int start = pos;
    decimal();
    if (pos < text.length() && text.charAt(pos) == '%') {
      pos++;
      add(TokenType.PERCENT, start);
    } else if (pos < text.length() && isLetter(text.charAt(pos))) {
      while (pos < text.length() && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos))))
        pos++;
      add(TokenType.DURATION, start);
    } else {
      add(TokenType.NUMBER, start);
    }
  }

  /** Digits, then a fraction if a '.' follows: a '.' with no digit after it is refused. */
  private void decimal() {
    digits();
    if (pos < text.length() && text.charAt(pos) == '.') {
      if (pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
        pos++;
        digits();
      } else {
        throw RuleParseException.expected(
            RuleParseException.Kind.BAD_NUMBER,
            text,
            pos + 1,
            "a digit after '.'",
            foundAt(pos + 1));
      }
    }
  }

  private void cashtag() {
    int start = pos;
    pos++;
    if (pos < text.length() && isDigit(text.charAt(pos))) {
      dollars(start);
      return;
    }
    if (pos >= text.length() || !isLetter(text.charAt(pos))) {
      throw RuleParseException.expected(
          RuleParseException.Kind.SYNTAX,
          text,
          pos,
          "a ticker symbol or an amount after '$'",
          foundAt(pos));
    }
    symbolChars();
    add(TokenType.CASHTAG, start);
  }

  /** {@code $1000} or {@code $99.50} from {@code start} (the '$'). */
  private void dollars(int start) {
    decimal();
    add(TokenType.DOLLARS, start);
  }

  private void string() {
    int start = pos;
    int end = pos + 1;
    while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') end++;
    if (end >= text.length() || text.charAt(end) != '"') {
      throw RuleParseException.problem(
          RuleParseException.Kind.SYNTAX,
          text,
          start,
          null,
          "this text in quotes is not closed: expected '\"' before "
              + (end >= text.length() ? "end of rule" : "end of line"));
    }
    pos = end + 1;
    tokens.add(new Token(TokenType.STRING, text.substring(start + 1, end), start));
  }

  private void punctuation(char c) {
    int start = pos;
    char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    TokenType type;
    int length = 1;
    switch (c) {
      case '(' -> type = TokenType.LPAREN;
      case ')' -> type = TokenType.RPAREN;
      case ',' -> type = TokenType.COMMA;
      case '+' -> type = TokenType.PLUS;
      case '-' -> type = TokenType.MINUS;
      case '*' -> type = TokenType.STAR;
      case '/' -> type = TokenType.SLASH;
      case '<' -> {
        type = next == '=' ? TokenType.LE : TokenType.LT;
        length = next == '=' ? 2 : 1;
      }
      case '>' -> {
        type = next == '=' ? TokenType.GE : TokenType.GT;
        length = next == '=' ? 2 : 1;
      }
      case '=' -> {
        type = TokenType.EQ;
        length = next == '=' ? 2 : 1;
      }
      case '!' -> {
        if (next != '=') {
          throw RuleParseException.expected(
              RuleParseException.Kind.SYNTAX,
              text,
              start,
              "'!=' (use NOT to negate a condition)",
              foundAt(start));
        }
        type = TokenType.NE;
        length = 2;
      }
      default ->
          throw RuleParseException.problem(
              RuleParseException.Kind.SYNTAX,
              text,
              start,
              foundAt(start),
              "unexpected character " + foundAt(start));
    }
    pos += length;
    add(type, start);
  }

  private String foundAt(int at) {
    if (at >= text.length()) return "end of rule";
    int cp = text.codePointAt(at);
    if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
      return String.format("character U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private void add(TokenType type, int start) {
    tokens.add(new Token(type, text.substring(start, pos), start));
  }

  private void symbolChars() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isLetter(c) || isDigit(c) || c == '_') {
        pos++;
      } else if ((c == '.' || c == '-')
          && pos + 1 < text.length()
          && (isLetter(text.charAt(pos + 1)) || isDigit(text.charAt(pos + 1)))) {
        pos++;
      } else {
        return;
      }
    }
  }

  private void digits() {
    while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
