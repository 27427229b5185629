package com.tweetrade.web.market;

import com.tweetrade.web.base.KafkaTopicTail;
import com.tweetrade.web.base.Listeners;
import com.tweetrade.web.base.TopicFollower;
import com.tweetrade.web.base.TweetradeProperties;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Follows the aggregates topic, keeps a {@link MarketSnapshot}, and tells subscribers (open
 * dashboards and rule editors) that something changed.
 */
@Service
public class MarketFeed extends TopicFollower {
  /** How many recent records per partition to replay at start, to fill the charts. */
  static final int BACKLOG = 2_000;

  /** What changed: a ticker's prices or a keyword's sentiment. */
  public record Change(String subject, boolean price) {}

  private final TweetradeProperties props;
  private final MarketSnapshot snapshot = new MarketSnapshot();
  private final Listeners<Change> listeners = new Listeners<>();

  public MarketFeed(TweetradeProperties props) {
    this.props = props;
  }

  public MarketSnapshot snapshot() {
    return snapshot;
  }

  /** Subscribes to changes; called on the Kafka thread, so UI code must use {@code ui.access}. */
  public Runnable subscribe(Consumer<Change> listener) {
    return listeners.add(listener);
  }

  /** Applies one aggregates record; public so tests can feed the snapshot without Kafka. */
  public void onRecord(byte[] value) {
    AggregateDecoder.decode(value)
        .ifPresent(
            d -> {
              d.price()
                  .ifPresent(
                      p -> {
                        snapshot.accept(p);
                        listeners.fire(new Change(p.ticker(), true));
                      });
              d.sentiment()
                  .ifPresent(
                      s -> {
                        snapshot.accept(s);
                        listeners.fire(new Change(s.keyword(), false));
                      });
            });
  }

  @Override
  protected KafkaTopicTail newTail() {
    return new KafkaTopicTail(
        props.kafkaBootstrap(), props.topics().aggregates(), BACKLOG, r -> onRecord(r.value()));
  }
}
