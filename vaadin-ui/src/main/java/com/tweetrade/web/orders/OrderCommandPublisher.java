package com.tweetrade.web.orders;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.web.base.TweetradeProperties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/**
 * Puts cancel requests on the order-commands topic as JSON {@link OrderCommand}s keyed by ticker
 * (the job's order book is keyed by ticker), and waits for the broker, as {@code RulePublisher}
 * does for rules.
 */
@Component
public class OrderCommandPublisher {
  /** Longer than the producer's delivery timeout, so the producer's own error is what we see. */
  static final long WAIT_SECONDS = 15;

  private final Producer<String, byte[]> producer;
  private final String topic;

  public OrderCommandPublisher(Producer<String, byte[]> producer, TweetradeProperties props) {
    this.producer = producer;
    this.topic = props.topics().orderCommands();
  }

  /**
   * Sends and waits for the broker's acknowledgement.
   *
   * @throws CancelNotSentException when Kafka does not take the command in time
   */
  public void publish(OrderCommand command) {
    try {
      producer
          .send(
              new ProducerRecord<>(
                  topic, command.ticker(), JsonCodec.ORDER_COMMAND.encode(command)))
          .get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelNotSentException("interrupted while sending the cancel request", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new CancelNotSentException("Kafka did not accept the cancel request: " + cause, e);
    }
  }
}
