package com.tweetrade.web.rules;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.StoredRule;
import com.tweetrade.web.base.KafkaSend;
import com.tweetrade.web.base.TweetradeProperties;
import java.time.Instant;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/** Puts rule changes on the rules topic as JSON {@link RuleEvent}s keyed by rule id, and waits. */
@Component
public class RulePublisher {
  private final Producer<String, byte[]> producer;
  private final String topic;

  public RulePublisher(Producer<String, byte[]> producer, TweetradeProperties props) {
    this.producer = producer;
    this.topic = props.topics().rules();
  }

  /**
   * The event that brings a consumer to this row's state, expiry included: an event without it
   * would make the job treat the rule as good till cancelled. A DELETE carries neither text nor
   * expiry, like {@link RuleEvent#delete}.
   */
  static RuleEvent eventFor(Rule rule, RuleEvent.Type type) {
    boolean delete = type == RuleEvent.Type.DELETE;
    Instant expiresAt = rule.expiresAt();
    return new RuleEvent(
        RuleEvent.CURRENT_SCHEMA,
        type,
        rule.ruleId(),
        rule.userId(),
        delete ? null : rule.text(),
        rule.paused(),
        rule.revision(),
        rule.updatedAt().toEpochMilli(),
        delete || expiresAt == null
            ? RuleEvent.GOOD_TILL_CANCELLED
            : Long.valueOf(expiresAt.toEpochMilli()));
  }

  /**
   * The event that states this row's current state when the change that led to it is not known, as
   * for the republisher: model's {@link StoredRule#stateEvent()}, the mapping the job's bootstrap
   * from {@code userlogic} uses too.
   */
  static RuleEvent stateEventFor(Rule rule) {
    Instant expiresAt = rule.expiresAt();
    return new StoredRule(
            rule.userId(),
            rule.ruleId(),
            rule.text(),
            rule.paused(),
            rule.deleted(),
            rule.revision(),
            rule.updatedAt().toEpochMilli(),
            expiresAt == null
                ? RuleEvent.GOOD_TILL_CANCELLED
                : Long.valueOf(expiresAt.toEpochMilli()))
        .stateEvent();
  }

  /**
   * Sends and waits for the broker's acknowledgement.
   *
   * @throws PublishException when Kafka does not take the event in time
   */
  public void publish(RuleEvent event) {
    KafkaSend.andWait(
        producer,
        new ProducerRecord<>(topic, event.ruleId(), JsonCodec.RULE_EVENT.encode(event)),
        "rule change",
        PublishException::new);
  }

  /** The rules topic could not take an event; the change stays pending for the republisher. */
  public static class PublishException extends RuntimeException {
    PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
