package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.job.functions.TrackedRule;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Flink type information for the records that flow between operators, so none falls back to Kryo.
 *
 * <p>Flink 1.20 serializes Java records as POJOs, but sees a {@code List<String>} field as a
 * generic type; those records get their field types spelled out here.
 */
public final class ModelTypes {
  public static final TypeInformation<Quote> QUOTE = TypeInformation.of(Quote.class);
  public static final TypeInformation<RuleEvent> RULE_EVENT = TypeInformation.of(RuleEvent.class);
  public static final TypeInformation<PriceAggregate> PRICE_AGGREGATE =
      TypeInformation.of(PriceAggregate.class);
  public static final TypeInformation<SentimentAggregate> SENTIMENT_AGGREGATE =
      TypeInformation.of(SentimentAggregate.class);
  public static final TypeInformation<KeywordMention> KEYWORD_MENTION =
      TypeInformation.of(KeywordMention.class);
  public static final TypeInformation<Tweet> TWEET =
      record(
          Tweet.class,
          Map.of("cashtags", Types.LIST(Types.STRING), "hashtags", Types.LIST(Types.STRING)));
  public static final TypeInformation<ScoredTweet> SCORED_TWEET =
      record(ScoredTweet.class, Map.of("cashtags", Types.LIST(Types.STRING)));
  public static final TypeInformation<TrackedRule> TRACKED_RULE =
      record(TrackedRule.class, Map.of("keywords", Types.LIST(Types.STRING)));

  private ModelTypes() {}

  /**
   * The POJO type of {@code record}: each component's own type, but {@code spelledOut} for the
   * components Flink would see as generic (lists and maps, which would go to Kryo).
   */
  public static <T extends Record> TypeInformation<T> record(
      Class<T> record, Map<String, TypeInformation<?>> spelledOut) {
    Map<String, TypeInformation<?>> fields = new HashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      fields.put(
          c.getName(), spelledOut.getOrDefault(c.getName(), TypeInformation.of(c.getType())));
    }
    return Types.POJO(record, fields);
  }

  /** The type of decoded records carrying {@code valueType}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> TypeInformation<Decoded<T>> decoded(TypeInformation<T> valueType) {
    Map<String, TypeInformation<?>> fields = new HashMap<>();
    fields.put("value", valueType);
    fields.put("error", Types.STRING);
    fields.put("payload", Types.STRING);
    fields.put("position", Types.STRING);
    fields.put("eventTime", Types.LONG);
    return (TypeInformation) Types.POJO(Decoded.class, fields);
  }
}
