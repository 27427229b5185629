package com.tweetrade.web.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code --key=value} settings that {@code bin/tweetrade up} passes to the UI, read from this
 * module's {@code tweetrade-part.properties}, so tests check what {@code up} really does (e.g. the
 * demo sign-in the README names) rather than a copy of it.
 */
public final class UpSettings {
  private static final Path PART_FILE = Path.of("tweetrade-part.properties");

  private UpSettings() {}

  /** Every {@code --key=value} of the part's {@code args} line, by key. */
  public static Map<String, String> args() {
    Properties part = new Properties();
    try (Reader r = Files.newBufferedReader(PART_FILE)) {
      part.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PART_FILE.toAbsolutePath() + " (tests run in vaadin-ui/)", e);
    }
    Map<String, String> args = new LinkedHashMap<>();
    for (String arg : part.getProperty("args", "").trim().split("\\s+")) {
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) args.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return args;
  }

  /** A setting {@code up} must pass; fails with a message naming it if it does not. */
  public static String require(String key) {
    String value = args().get(key);
    if (value == null) throw new IllegalStateException(PART_FILE + " passes no --" + key);
    return value;
  }
}
