package com.tweetrade.stack;

/**
 * Every setting of the local stack alone: its key in {@code conf/tweetrade.properties}, its
 * environment variable and its default. The settings every part shares (home, Kafka, Cassandra,
 * credentials) are model's {@link com.tweetrade.model.settings.SharedSetting}.
 */
enum Setting {
  KAFKA_PORT("kafka.port", "TWEETRADE_KAFKA_PORT", "9092"),
  KAFKA_CONTROLLER_PORT("kafka.controller.port", "TWEETRADE_KAFKA_CONTROLLER_PORT", "9093"),
  CQL_PORT("cassandra.cql.port", "TWEETRADE_CQL_PORT", "9042"),
  CASSANDRA_STORAGE_PORT("cassandra.storage.port", "TWEETRADE_CASSANDRA_STORAGE_PORT", "7000"),
  CASSANDRA_JMX_PORT("cassandra.jmx.port", "TWEETRADE_CASSANDRA_JMX_PORT", "7199"),
  /**
   * Prometheus JMX exporters: each broker serves /metrics on this port, each Cassandra node on the
   * next one (on the node's own address); 0 turns them off.
   */
  METRICS_PORT("metrics.port", "TWEETRADE_METRICS_PORT", "9404"),
  KAFKA_HEAP("kafka.heap", "TWEETRADE_KAFKA_HEAP", "512m"),
  CASSANDRA_HEAP("cassandra.heap", "TWEETRADE_CASSANDRA_HEAP", "1g"),
  START_TIMEOUT_SECONDS("start.timeout.seconds", "TWEETRADE_START_TIMEOUT_SECONDS", "240"),
  /** Kafka SASL/SCRAM + ACLs and Cassandra roles; "off" only for a throw-away stack. */
  SECURITY("security", "TWEETRADE_SECURITY", "on");

  private final String key;
  private final String env;
  private final String defaultValue;

  Setting(String key, String env, String defaultValue) {
    this.key = key;
    this.env = env;
    this.defaultValue = defaultValue;
  }

  /** Key in {@code conf/tweetrade.properties}. */
  public String key() {
    return key;
  }

  /** Name of the environment variable. */
  public String env() {
    return env;
  }

  /** Value used when neither the file nor the environment sets it. */
  public String defaultValue() {
    return defaultValue;
  }

  /** How a user changes it, for error messages. */
  public String howToChange() {
    return "env " + env + " or " + key + " in conf/tweetrade.properties";
  }
}
