package com.tweetrade.job;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * What the analytics part of the job produces: one aggregate per key, window length and pane
 * boundary.
 *
 * @param prices per ticker, 1m/5m/15m, every pane (10 s of event time); timestamp = window end - 1
 * @param sentiments per tracked keyword and cashtag, the same windows and cadence
 * @param lateEvents quotes and mentions that reached their windows behind the watermark, as dead
 *     letters
 * @param ruleInputs the same windows as rule inputs, on every quote and mention (ticks) and every
 *     pane close
 */
public record Analytics(
    DataStream<PriceAggregate> prices,
    DataStream<SentimentAggregate> sentiments,
    DataStream<DeadLetter> lateEvents,
    DataStream<InputUpdate> ruleInputs) {}
