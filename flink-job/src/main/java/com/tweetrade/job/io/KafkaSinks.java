package com.tweetrade.job.io;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.access.Credentials;
import java.time.Duration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;

/**
 * The job's two kinds of Kafka sink: at least once, and exactly once through Kafka transactions.
 */
final class KafkaSinks {
  /** The transaction timeout: Kafka brokers refuse more than 15 minutes by default. */
  static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(15);

  private KafkaSinks() {}

  static <T> KafkaSink<T> atLeastOnce(JobConfig config, JsonRecordSerializer<T> serializer) {
    return signedIn(KafkaSink.<T>builder(), config)
        .setRecordSerializer(serializer)
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  /**
   * A transaction per checkpoint: {@code read_committed} readers see each record once, after the
   * checkpoint completes, however often the job restarts. {@code transactionalIdPrefix} must be
   * unique per sink and job on a cluster, and stable across restarts of that job (so a restart
   * aborts its own lingering transactions).
   */
  static <T> KafkaSink<T> exactlyOnce(
      JobConfig config, JsonRecordSerializer<T> serializer, String transactionalIdPrefix) {
    return signedIn(KafkaSink.<T>builder(), config)
        .setRecordSerializer(serializer)
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(transactionalIdPrefix)
        .setProperty("transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT.toMillis()))
        .build();
  }

  /** The builder with the job's brokers and, on a secured stack, its SASL sign-in. */
  private static <T> KafkaSinkBuilder<T> signedIn(KafkaSinkBuilder<T> builder, JobConfig config) {
    builder.setBootstrapServers(config.kafkaBootstrap());
    Credentials.kafkaClientProperties(config.credentials()).forEach(builder::setProperty);
    return builder;
  }
}
