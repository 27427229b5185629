package com.tweetrade.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads scenario files: one {@link Scenario} per line, {@code #} starts a comment. */
public final class Scenarios {
  private Scenarios() {}

  public static List<Scenario> parseLines(List<String> lines, String source) {
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (line.isBlank()) continue;
      try {
        scenarios.add(Scenario.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return scenarios;
  }

  public static List<Scenario> load(Path file) throws IOException {
    return parseLines(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }
}
