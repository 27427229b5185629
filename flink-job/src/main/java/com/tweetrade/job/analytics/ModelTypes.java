package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.job.functions.TrackedRule;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
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
  public static final TypeInformation<Tweet> TWEET = tweet();
  public static final TypeInformation<ScoredTweet> SCORED_TWEET =
      Types.POJO(
          ScoredTweet.class,
          Map.of(
              "id",
              Types.LONG,
              "createdAt",
              Types.LONG,
              "text",
              Types.STRING,
              "cashtags",
              Types.LIST(Types.STRING),
              "compound",
              Types.DOUBLE,
              "financeCompound",
              Types.DOUBLE));
  public static final TypeInformation<TrackedRule> TRACKED_RULE =
      Types.POJO(
          TrackedRule.class,
          Map.of(
              "revision",
              Types.LONG,
              "active",
              Types.BOOLEAN,
              "keywords",
              Types.LIST(Types.STRING)));

  private ModelTypes() {}

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

  private static TypeInformation<Tweet> tweet() {
    Map<String, TypeInformation<?>> fields = new HashMap<>();
    fields.put("id", Types.LONG);
    fields.put("text", Types.STRING);
    fields.put("createdAt", Types.LONG);
    fields.put("authorId", Types.LONG);
    fields.put("authorName", Types.STRING);
    fields.put("followers", Types.INT);
    fields.put("lang", Types.STRING);
    fields.put("cashtags", Types.LIST(Types.STRING));
    fields.put("hashtags", Types.LIST(Types.STRING));
    fields.put("retweet", Types.BOOLEAN);
    fields.put("retweetedId", Types.LONG);
    fields.put("source", Types.STRING);
    return Types.POJO(Tweet.class, fields);
  }
}
