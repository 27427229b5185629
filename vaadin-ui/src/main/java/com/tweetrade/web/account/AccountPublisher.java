package com.tweetrade.web.account;

import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.web.base.KafkaSend;
import com.tweetrade.web.base.TweetradeProperties;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/** Puts account settings on the accounts topic as JSON keyed by user id, and waits. */
@Component
public class AccountPublisher {
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
    KafkaSend.andWait(
        producer,
        new ProducerRecord<>(topic, settings.userId(), JsonCodec.ACCOUNT_SETTINGS.encode(settings)),
        "setting",
        (message, cause) ->
            new IllegalStateException("not saved: " + message + "; try again", cause));
  }
}
