package com.tweetrade.web.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the System page measures and how often, bound from {@code tweetrade.system.*}.
 *
 * @param consumerGroup the job's Kafka consumer group, whose committed offsets give the lag; the
 *     job's default ({@code --group}, flink-job {@code JobConfig})
 * @param flinkJobName the name of the job on Flink's REST API ({@code TweeTradeJob} executes
 *     "TweeTrade")
 * @param sampleInterval how often the monitor samples while someone has the page open
 * @param history how many samples the charts keep (150 × 2 s = 5 minutes)
 * @param timeout how long one call to Kafka or Flink may take before the sample says it failed
 */
@ConfigurationProperties(prefix = "tweetrade.system")
public record SystemProperties(
    @DefaultValue("tweetrade-flink-job") String consumerGroup,
    @DefaultValue("TweeTrade") String flinkJobName,
    @DefaultValue("PT2S") Duration sampleInterval,
    @DefaultValue("150") int history,
    @DefaultValue("PT3S") Duration timeout) {}
