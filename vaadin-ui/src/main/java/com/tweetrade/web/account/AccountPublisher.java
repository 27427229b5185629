package com.tweetrade.web.account;

import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.web.base.TweetradeProperties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/** Puts account settings on the accounts topic as JSON keyed by user id, and waits. */
@Component
public class AccountPublisher {
  /** Longer than the producer's delivery timeout, so the producer's own error is what we see. */
  static final long WAIT_SECONDS = 15;

  private final Producer<String, byte[]> producer;
  private final String topic;

  public AccountPublisher(Producer<String, byte[]> producer, TweetradeProperties props) {
    this.producer = producer;
    this.topic = props.topics().accounts();
  }

  /**
   * Sends and waits for the broker's acknowledgement.
   *
   * @throws IllegalStateException when Kafka does not take the setting in time
   */
  public void publish(AccountSettings settings) {
    try {
      producer
          .send(
              new ProducerRecord<>(
                  topic, settings.userId(), JsonCodec.ACCOUNT_SETTINGS.encode(settings)))
          .get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending the setting", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalStateException(
          "not saved: Kafka did not accept the setting (" + cause + "); try again", e);
    }
  }
}
