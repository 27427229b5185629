package com.tweetrade.job.io;

import com.tweetrade.job.Uids;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.tables.Tables;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.connectors.cassandra.CassandraSink;
import org.apache.flink.types.Row;

/**
 * Writes the aggregates to {@code stockTimeSeries} and {@code twitterKeySentiments}.
 *
 * <p>Plain INSERTs of the full primary key: a replay after a failure writes the same rows again,
 * which Cassandra turns into overwrites, so at-least-once delivery gives exactly-once rows. The
 * connector's default unbounded in-flight requests overflow the driver's queue ({@code
 * BusyPoolException}), hence {@link #MAX_CONCURRENT_REQUESTS}.
 */
public final class CassandraSinks {
  public static final int MAX_CONCURRENT_REQUESTS = 128;

  /** Every column of {@code stockTimeSeries}, in DDL order; {@code %s} is the keyspace. */
  public static final String PRICE_INSERT = Tables.StockTimeSeries.TABLE.insert("%s") + ";";

  /** Every column of {@code twitterKeySentiments}, in DDL order; {@code %s} is the keyspace. */
  public static final String SENTIMENT_INSERT =
      Tables.TwitterKeySentiments.TABLE.insert("%s") + ";";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private CassandraSinks() {}

  /** The partition day of a window: UTC {@code yyyy-MM-dd} of its end. */
  public static String day(long windowEnd) {
    return DAY.format(Instant.ofEpochMilli(windowEnd));
  }

  public static void prices(DataStream<PriceAggregate> prices, JobConfig config) throws Exception {
    rows(
        prices
            .map(new PriceRowFunction(), PriceRowFunction.ROW)
            .uid(Uids.PRICE_CASSANDRA_ROWS)
            .name("Price Aggregate to Row"),
        PRICE_INSERT,
        config,
        Uids.PRICE_CASSANDRA_SINK,
        "Cassandra stockTimeSeries");
  }

  public static void sentiments(DataStream<SentimentAggregate> sentiments, JobConfig config)
      throws Exception {
    rows(
        sentiments
            .map(new SentimentRowFunction(), SentimentRowFunction.ROW)
            .uid(Uids.SENTIMENT_CASSANDRA_ROWS)
            .name("Sentiment Aggregate to Row"),
        SENTIMENT_INSERT,
        config,
        Uids.SENTIMENT_CASSANDRA_SINK,
        "Cassandra twitterKeySentiments");
  }

  /**
   * Writes {@code rows} with {@code insert} (its {@code %s} the keyspace), as every Cassandra sink
   * of the job does; the sink gets {@code uid} and {@code name}.
   */
  static void rows(DataStream<Row> rows, String insert, JobConfig config, String uid, String name)
      throws Exception {
    CassandraSink.addSink(rows)
        .setQuery(String.format(insert, config.keyspace()))
        .setClusterBuilder(CqlClusterBuilder.of(config))
        .setMaxConcurrentRequests(MAX_CONCURRENT_REQUESTS)
        .build()
        .uid(uid)
        .name(name);
  }
}
