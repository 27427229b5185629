package com.tweetrade.web.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, sends rule changes that Kafka did not take when they were made. */
@Component
class RuleRepublisher {
  private static final Logger LOG = LoggerFactory.getLogger(RuleRepublisher.class);

  private final RuleService rules;

  RuleRepublisher(RuleService rules) {
    this.rules = rules;
  }

  @Scheduled(
      initialDelayString = "${tweetrade.rules.republish-interval:PT10S}",
      fixedDelayString = "${tweetrade.rules.republish-interval:PT10S}")
  void republish() {
    try {
      int n = rules.republishPending();
      if (n > 0) LOG.info("Republished {} pending rule change(s)", n);
    } catch (RuntimeException e) {
      // Cassandra away: try again next round rather than kill the scheduler thread's task.
      LOG.warn("Republishing pending rules failed: {}", e.toString());
    }
  }
}
