package com.tweetrade.web.rules;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, sends rule changes that Kafka did not take when they were made. */
@Component
class RuleRepublisher {
  private static final Logger LOG = LoggerFactory.getLogger(RuleRepublisher.class);

  private final RuleService rules;
  private final Duration grace;

  /**
   * @param grace how old a pending change must be before it is re-sent; longer than a publish can
   *     take (the producer gives up after about 13 s)
   */
  RuleRepublisher(
      RuleService rules, @Value("${tweetrade.rules.republish-grace:PT30S}") Duration grace) {
    this.rules = rules;
    this.grace = grace;
  }

  @Scheduled(
      initialDelayString = "${tweetrade.rules.republish-interval:PT10S}",
      fixedDelayString = "${tweetrade.rules.republish-interval:PT10S}")
  void republish() {
    try {
      int n = rules.republishPending(grace);
      if (n > 0) LOG.info("Republished {} pending rule change(s)", n);
    } catch (RuntimeException e) {
      // Cassandra away: try again next round rather than kill the scheduler thread's task.
      LOG.warn("Republishing pending rules failed: {}", e.toString());
    }
  }
}
