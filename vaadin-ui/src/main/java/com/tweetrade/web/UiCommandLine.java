package com.tweetrade.web;

import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.web.base.TweetradeProperties;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The UI's own command-line flags, turned into Spring Boot arguments before Spring sees them.
 *
 * <p>{@code --bind ADDR} (or {@code --bind=ADDR}) is {@code --server.address=ADDR}: the UI listens
 * on 127.0.0.1 unless told otherwise, and this is the one flag that opens it to a network. {@code
 * --kafka} and {@code --cql} are the flags every part shares (model's {@code SharedSetting});
 * without them the endpoints come from the environment, then {@code conf/tweetrade.properties},
 * then the defaults ({@link com.tweetrade.web.base.SharedSettingsPostProcessor}). Every other
 * argument passes through unchanged, so any {@code --spring.property=value} still works.
 */
final class UiCommandLine {
  private static final String KAFKA_PROPERTY = "tweetrade.kafka-bootstrap";
  private static final String CQL_PROPERTY = "tweetrade.cql";

  static final String USAGE =
      """
      Usage: bin/tweetrade ui [--bind ADDR] [--kafka HOST:PORT] [--cql HOST:PORT] [--server.port=N]
                              [--<spring property>=<value>...]

      The TweeTrade web UI (plain HTTP). It listens on 127.0.0.1:8080 only, unless opened on purpose:
        --bind ADDR              listen on ADDR instead, e.g. --bind 0.0.0.0 for every interface
                                 (env TWEETRADE_UI_BIND); put a TLS proxy in front before you do
        --server.port=N          HTTP port (env PORT, default 8080)
        --kafka HOST:PORT        Kafka (env TWEETRADE_KAFKA_BOOTSTRAP, kafka.bootstrap in
                                 conf/tweetrade.properties, default 127.0.0.1:9092)
        --cql HOST:PORT          Cassandra (env TWEETRADE_CQL, cassandra.cql in conf/tweetrade.properties,
                                 default 127.0.0.1:9042)

      Environment: TWEETRADE_KAFKA_BOOTSTRAP, TWEETRADE_CQL, TWEETRADE_KEYSPACE, TWEETRADE_FLINK_UI,
      TWEETRADE_CREDENTIALS_FILE.
      Users created at start if missing (passwords are read from files, never from the command line):
        TWEETRADE_DEMO_USERNAME  + TWEETRADE_DEMO_PASSWORD_FILE   a user
        TWEETRADE_ADMIN_USERNAME + TWEETRADE_ADMIN_PASSWORD_FILE  an administrator
      Every setting: vaadin-ui/README.md.
      """;

  private UiCommandLine() {}

  static boolean wantsHelp(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  /**
   * The UI's flags and the Spring properties they set; the shared ones are model's SharedSetting
   * flags.
   */
  private static final Map<String, String> FLAGS =
      Map.of(
          "--bind",
          "server.address",
          SharedSetting.KAFKA.flag(),
          KAFKA_PROPERTY,
          SharedSetting.CQL.flag(),
          CQL_PROPERTY);

  /** Spellings of the shared flags that still work until the next release, with a warning. */
  private static final Map<String, SharedSetting> DEPRECATED =
      Map.of(
          "--" + KAFKA_PROPERTY, SharedSetting.KAFKA,
          "--" + CQL_PROPERTY, SharedSetting.CQL);

  /**
   * {@code args} with the UI's flags spelled as Spring Boot properties: {@code --bind} as {@code
   * --server.address}, {@code --kafka} and {@code --cql} as {@link TweetradeProperties}' names. The
   * old spellings {@code --tweetrade.kafka-bootstrap=} and {@code --tweetrade.cql=} pass with a
   * warning on {@code err}.
   */
  static String[] springArguments(String[] args, PrintStream err) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (FLAGS.containsKey(name)) {
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException(
              name
                  + " needs "
                  + (name.equals("--bind")
                      ? "an address, e.g. --bind 0.0.0.0"
                      : "a value, e.g. " + name + " 127.0.0.1:9092"));
        }
        out.add("--" + FLAGS.get(name) + "=" + value);
      } else {
        if (DEPRECATED.containsKey(name)) Settings.warnDeprecated(DEPRECATED.get(name), name, err);
        out.add(arg);
      }
    }
    return out.toArray(String[]::new);
  }

  /** {@link #springArguments(String[], PrintStream)}, warning on stderr. */
  static String[] springArguments(String[] args) {
    return springArguments(args, System.err);
  }
}
