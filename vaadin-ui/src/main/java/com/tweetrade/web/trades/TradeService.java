package com.tweetrade.web.trades;

import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.KafkaTopicTail;
import com.tweetrade.web.base.Listeners;
import com.tweetrade.web.base.TopicFollower;
import com.tweetrade.web.base.TweetradeProperties;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A user's trades, positions and account: history from Cassandra, new trades live from the trades
 * topic, CSV exports.
 *
 * <p>Every method serves the caller ({@link CurrentUser}) only, or a named owner when the caller is
 * that owner or an administrator; live subscriptions are filtered to the subscriber's own trades.
 */
@Service
public class TradeService extends TopicFollower {
  private static final Logger LOG = LoggerFactory.getLogger(TradeService.class);
  static final int RECENT = 50;

  private final TradeRepository repository;
  private final CurrentUser currentUser;
  private final TweetradeProperties props;
  private final Clock clock;
  private final Listeners<Trade> listeners = new Listeners<>();

  public TradeService(
      TradeRepository repository, CurrentUser currentUser, TweetradeProperties props, Clock clock) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.props = props;
    this.clock = clock;
  }

  /** The caller's newest trades. */
  public List<Trade> recentTrades() {
    return recentTrades(currentUser.require());
  }

  /** {@code owner}'s newest trades; the caller must be the owner or an administrator. */
  public List<Trade> recentTrades(String owner) {
    currentUser.requireOwnerOrAdmin(owner);
    return repository.recentTrades(owner, clock.instant(), RECENT);
  }

  /**
   * The caller's trade fired at {@code eventTime} with id {@code tradeId} (what an ALSO NOTIFY
   * alert names), if it is stored.
   */
  public Optional<Trade> trade(long eventTime, String tradeId) {
    return repository.trade(currentUser.require(), eventTime, tradeId);
  }

  public List<Position> positions() {
    return positions(currentUser.require());
  }

  public List<Position> positions(String owner) {
    currentUser.requireOwnerOrAdmin(owner);
    return repository.positions(owner);
  }

  /** The caller's account per minute over yesterday and today (UTC), oldest first. */
  public List<EquityPoint> equityHistory() {
    return equityHistory(currentUser.require());
  }

  public List<EquityPoint> equityHistory(String owner) {
    currentUser.requireOwnerOrAdmin(owner);
    return repository.equityHistory(owner, clock.instant());
  }

  /** The caller's newest trades as CSV ({@link TradeCsv#trades}). */
  public String tradesCsv() {
    return TradeCsv.trades(recentTrades());
  }

  /** The caller's positions as CSV ({@link TradeCsv#positions}). */
  public String positionsCsv() {
    return TradeCsv.positions(positions());
  }

  /**
   * Calls {@code listener} (on a Kafka thread) for each new trade of the caller; run the returned
   * handle to stop.
   */
  public Runnable subscribeToMyTrades(Consumer<Trade> listener) {
    String me = currentUser.require();
    return listeners.add(
        trade -> {
          if (me.equals(trade.userId())) listener.accept(trade);
        });
  }

  /** Applies one trades-topic record; public so tests can feed trades without Kafka. */
  public void onRecord(byte[] value) {
    try {
      listeners.fire(JsonCodec.TRADE.decode(value));
    } catch (MalformedEventException e) {
      LOG.debug("Skipping unreadable trade: {}", e.getMessage());
    }
  }

  @Override
  protected KafkaTopicTail newTail() {
    return new KafkaTopicTail(
        props.kafkaBootstrap(), props.topics().trades(), 0, r -> onRecord(r.value()));
  }
}
