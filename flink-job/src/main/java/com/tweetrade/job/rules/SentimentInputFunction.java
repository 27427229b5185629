package com.tweetrade.job.rules;

import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.rules.InputKeys;
import java.util.HashMap;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Turns a keyword's window sentiment into the rule inputs it provides: {@code sentiment},
 * {@code volume}, {@code positive} and {@code negative}.
 */
public class SentimentInputFunction implements MapFunction<SentimentAggregate, InputUpdate> {
  private static final long serialVersionUID = 1L;

  @Override
  public InputUpdate map(SentimentAggregate a) {
    return of(a);
  }

  /** The update of one aggregate; its event time is the window end. */
  public static InputUpdate of(SentimentAggregate a) {
    return new InputUpdate(a.keyword(), a.windowEnd(), new HashMap<>(InputKeys.of(a)));
  }
}
