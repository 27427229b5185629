package com.tweetrade.web.orders;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.web.base.KafkaSend;
import com.tweetrade.web.base.TweetradeProperties;
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
    KafkaSend.andWait(
        producer,
        new ProducerRecord<>(topic, command.ticker(), JsonCodec.ORDER_COMMAND.encode(command)),
        "cancel request",
        CancelNotSentException::new);
  }
}
