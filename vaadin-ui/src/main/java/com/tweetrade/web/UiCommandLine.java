package com.tweetrade.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The UI's own command-line flags, turned into Spring Boot arguments before Spring sees them.
 *
 * <p>{@code --bind ADDR} (or {@code --bind=ADDR}) is {@code --server.address=ADDR}: the UI listens
 * on 127.0.0.1 unless told otherwise, and this is the one flag that opens it to a network. Every
 * other argument passes through unchanged, so any {@code --spring.property=value} still works.
 */
final class UiCommandLine {
  static final String USAGE =
      """
      Usage: bin/tweetrade ui [--bind ADDR] [--server.port=N] [--<spring property>=<value>...]

      The TweeTrade web UI (plain HTTP). It listens on 127.0.0.1:8080 only, unless opened on purpose:
        --bind ADDR              listen on ADDR instead, e.g. --bind 0.0.0.0 for every interface
                                 (env TWEETRADE_UI_BIND); put a TLS proxy in front before you do
        --server.port=N          HTTP port (env PORT, default 8080)

      Environment: TWEETRADE_KAFKA_BOOTSTRAP, TWEETRADE_CQL, TWEETRADE_KEYSPACE, TWEETRADE_FLINK_UI.
      Users created at start if missing (passwords are read from files, never from the command line):
        TWEETRADE_DEMO_USERNAME  + TWEETRADE_DEMO_PASSWORD_FILE   a user
        TWEETRADE_ADMIN_USERNAME + TWEETRADE_ADMIN_PASSWORD_FILE  an administrator
      Every setting: vaadin-ui/README.md.
      """;

  private UiCommandLine() {}

  static boolean wantsHelp(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  /** {@code args} with {@code --bind} spelled as Spring Boot's {@code --server.address}. */
  static String[] springArguments(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--bind=")) {
        out.add("--server.address=" + args[i].substring("--bind=".length()));
      } else if (args[i].equals("--bind")) {
        if (i + 1 == args.length) throw new IllegalArgumentException("--bind needs an address, e.g. --bind 0.0.0.0");
        out.add("--server.address=" + args[++i]);
      } else {
        out.add(args[i]);
      }
    }
    return out.toArray(String[]::new);
  }
}
