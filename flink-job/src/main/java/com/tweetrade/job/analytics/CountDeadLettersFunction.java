package com.tweetrade.job.analytics;

import com.tweetrade.model.DeadLetter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/** Counts every dead letter on its way to the sink: metric {@code deadLetters}. */
public class CountDeadLettersFunction extends RichMapFunction<DeadLetter, DeadLetter> {
  private transient Counter deadLetters;

  @Override
  public void open(OpenContext openContext) {
    deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
  }

  @Override
  public DeadLetter map(DeadLetter letter) {
    deadLetters.inc();
    return letter;
  }
}
