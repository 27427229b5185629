package com.tweetrade.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a CQL file into statements: on {@code ;} outside quotes and comments, with {@code --},
 * {@code //} and block comments removed.
 */
final class CqlScript {
  private static final Pattern KEYSPACE_WORD = Pattern.compile("(?i)\\btweetdb\\b");

  private CqlScript() {}

  /** The statements of {@code script}, trimmed, without comments and without the final ';'. */
  public static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      char next = i + 1 < n ? script.charAt(i + 1) : '\0';
      if ((c == '-' && next == '-') || (c == '/' && next == '/')) {
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && next == '*') {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        current.append(' ');
      } else if (c == '\'' || c == '"') {
        int end = closingQuote(script, i, c);
        current.append(script, i, end);
        i = end;
      } else if (c == '$' && next == '$') {
        int end = script.indexOf("$$", i + 2);
        end = end < 0 ? n : end + 2;
        current.append(script, i, end);
        i = end;
      } else if (c == ';') {
        addIfNotBlank(statements, current);
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    addIfNotBlank(statements, current);
    return statements;
  }

  /** Index just past the quote that closes the one at {@code start}; doubled quotes escape. */
  private static int closingQuote(String script, int start, char quote) {
    int i = start + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return script.length();
  }

  private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
    String trimmed = statement.toString().strip();
    if (!trimmed.isEmpty()) {
      statements.add(trimmed);
    }
  }

  /** The statement with keyspace {@code tweetdb} renamed (for isolated test keyspaces). */
  public static String renameKeyspace(String statement, String keyspace) {
    return KEYSPACE_WORD.matcher(statement).replaceAll(Matcher.quoteReplacement(keyspace));
  }
}
