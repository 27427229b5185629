package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.job.functions.TrackedRule;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.OutputTag;

/**
 * Side-output tags and state descriptors shared by the job's functions.
 *
 * <p>Descriptor names are part of savepoints: like uids, they never change after the first deploy.
 */
public final class Descriptors {
  /** Input that cannot be used (malformed, unknown ticker, …), with the reason. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

  /** Events behind the watermark: too late for their windows, dead-lettered with reason "late". */
  public static final OutputTag<DeadLetter> LATE_EVENTS =
      new OutputTag<>("late-events", TypeInformation.of(DeadLetter.class));

  /**
   * Quotes that reached their pane window behind its watermark (possible after an idle partition
   * woke up).
   */
  public static final OutputTag<Quote> LATE_QUOTES =
      new OutputTag<>("late-quotes", ModelTypes.QUOTE);

  /** Keyword mentions that reached their pane window behind its watermark. */
  public static final OutputTag<KeywordMention> LATE_MENTIONS =
      new OutputTag<>("late-mentions", ModelTypes.KEYWORD_MENTION);

  /** Broadcast state of the keyword fan-out: rule id to the keywords that rule reads. */
  public static final MapStateDescriptor<String, TrackedRule> TRACKED_RULES =
      new MapStateDescriptor<>("tracked-rules", Types.STRING, ModelTypes.TRACKED_RULE);

  /** Keyed state of the price windows: pane end to that pane's statistics. */
  public static final MapStateDescriptor<Long, PriceStats> PRICE_PANES =
      new MapStateDescriptor<>("price-panes", Types.LONG, TypeInformation.of(PriceStats.class));

  /** Keyed state of the sentiment windows: pane end to that pane's statistics. */
  public static final MapStateDescriptor<Long, SentimentStats> SENTIMENT_PANES =
      new MapStateDescriptor<>(
          "sentiment-panes", Types.LONG, TypeInformation.of(SentimentStats.class));

  private Descriptors() {}
}
