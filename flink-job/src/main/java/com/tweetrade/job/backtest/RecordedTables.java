package com.tweetrade.job.backtest;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.PreparedStatement;
import com.datastax.driver.core.Row;
import com.datastax.driver.core.Session;
import com.datastax.driver.core.exceptions.DriverException;
import com.datastax.driver.core.exceptions.NoHostAvailableException;
import com.tweetrade.job.backtest.BacktestCommand.BadInput;
import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.job.io.CqlClusterBuilder;
import com.tweetrade.model.Window;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.tables.Tables;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the job's stored windows ({@code stocktimeseries}, {@code twitterkeysentiments}) one
 * partition (subject, window, day) at a time: a backtest asks only for the partitions its rules
 * read, and this keeps the list of those it read. A range of days is the closes of its panes: the
 * window ends after its first midnight up to the midnight after it, so the day after the range is
 * read for that one boundary.
 */
final class RecordedTables implements AutoCloseable {
  private final Cluster cluster;
  private final Session session;
  private final PreparedStatement prices;
  private final PreparedStatement sentiments;
  private final List<String> partitionsRead = new ArrayList<>();

  private RecordedTables(Cluster cluster, Session session, String keyspace) {
    this.cluster = cluster;
    this.session = session;
    this.prices =
        session.prepare(
            "SELECT window_end, avg_cents, vwap_cents, min_cents, max_cents, last_cents, quotes,"
                + " volume FROM "
                + Tables.StockTimeSeries.TABLE.in(keyspace)
                + " WHERE ticker = ? AND window = ? AND day = ? AND window_end > ? AND window_end"
                + " <= ?");
    this.sentiments =
        session.prepare(
            "SELECT window_end, mean_compound, tweets, share_positive, share_negative FROM "
                + Tables.TwitterKeySentiments.TABLE.in(keyspace)
                + " WHERE keyword = ? AND window = ? AND day = ? AND window_end > ? AND window_end"
                + " <= ?");
  }

  /**
   * Connects to {@code contact}; an unreachable Cassandra or a missing keyspace is {@link
   * BadInput}, one line.
   */
  static RecordedTables connect(
      InetSocketAddress contact, Optional<Credentials> credentials, String keyspace) {
    String host = contact.getHostString();
    int port = contact.getPort();
    Cluster cluster = CqlClusterBuilder.of(host, port, credentials).getCluster();
    try {
      return new RecordedTables(cluster, cluster.connect(), keyspace);
    } catch (NoHostAvailableException e) {
      cluster.close();
      throw new BadInput(
          "Cassandra at "
              + host
              + ":"
              + port
              + " is unreachable (is the stack up? --cql HOST:PORT)");
    } catch (DriverException e) {
      cluster.close();
      throw new BadInput(
          "cannot read the recorded windows in keyspace '" + keyspace + "': " + e.getMessage());
    }
  }

  /** The stored price windows of {@code ticker}: window end to window to statistics. */
  NavigableMap<Long, Map<Window, PriceStats>> prices(
      String ticker, Collection<Window> windows, LocalDate from, LocalDate to) {
    return read(
        prices,
        "stocktimeseries",
        ticker,
        windows,
        from,
        to,
        r ->
            RecordedCloses.priceStats(
                r.getDouble("avg_cents"),
                r.getDouble("vwap_cents"),
                r.getLong("min_cents"),
                r.getLong("max_cents"),
                r.getLong("last_cents"),
                r.getLong("quotes"),
                r.getLong("volume")));
  }

  /** The stored sentiment windows of {@code keyword}: window end to window to statistics. */
  NavigableMap<Long, Map<Window, SentimentStats>> sentiments(
      String keyword, Collection<Window> windows, LocalDate from, LocalDate to) {
    return read(
        sentiments,
        "twitterkeysentiments",
        keyword,
        windows,
        from,
        to,
        r ->
            RecordedCloses.sentimentStats(
                r.getDouble("mean_compound"),
                r.getLong("tweets"),
                r.getDouble("share_positive"),
                r.getDouble("share_negative")));
  }

  /** Every partition read so far, as {@code table/subject/window/day}, in reading order. */
  List<String> partitionsRead() {
    return List.copyOf(partitionsRead);
  }

  private <S> NavigableMap<Long, Map<Window, S>> read(
      PreparedStatement query,
      String table,
      String subject,
      Collection<Window> windows,
      LocalDate from,
      LocalDate to,
      Function<Row, S> stats) {
    NavigableMap<Long, Map<Window, S>> rows = new TreeMap<>();
    // The closes of the panes in from..to: window ends after from's midnight, up to the one after
    // to (in the next day's partition).
    Date after = Date.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
    Date upTo = Date.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    for (Window w : windows) {
      for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
        partitionsRead.add(table + "/" + subject + "/" + w.label() + "/" + day);
        for (Row r : session.execute(query.bind(subject, w.label(), day.toString(), after, upTo))) {
          rows.computeIfAbsent(r.getTimestamp("window_end").getTime(), e -> new HashMap<>())
              .put(w, stats.apply(r));
        }
      }
    }
    return rows;
  }

  @Override
  public void close() {
    session.close();
    cluster.close();
  }
}
