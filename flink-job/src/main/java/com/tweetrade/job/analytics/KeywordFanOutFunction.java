package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import com.tweetrade.sentiment.KeywordMatcher;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Copies each scored tweet to every tracked keyword and cashtag it mentions, once per key.
 *
 * <p>Tracked: the cashtag of every known ticker (from the tweet's entities and its text) and the
 * keywords of active rules, held in broadcast state {@link Descriptors#TRACKED_RULES}. The matcher
 * is derived from that state and rebuilt lazily after a change or a restore, so it is never
 * checkpointed.
 */
public class KeywordFanOutFunction
    extends BroadcastProcessFunction<ScoredTweet, RuleEvent, KeywordMention> {
  private final TickerDirectory tickers;
  private final WindowSet windows;
  private transient KeywordMatcher matcher;

  /**
   * @param windows the windows rules may read: a rule reading another one tracks nothing
   */
  public KeywordFanOutFunction(TickerDirectory tickers, WindowSet windows) {
    this.tickers = tickers;
    this.windows = windows;
  }

  @Override
  public void open(OpenContext openContext) {
    matcher = null;
  }

  @Override
  public void processElement(ScoredTweet tweet, ReadOnlyContext ctx, Collector<KeywordMention> out)
      throws Exception {
    if (matcher == null) {
      matcher =
          TrackedRules.matcher(ctx.getBroadcastState(Descriptors.TRACKED_RULES).immutableEntries());
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String keyword : matcher.find(tweet.text())) keys.add(keyword);
    for (String symbol : tweet.cashtags()) addCashtag(keys, symbol);
    for (String symbol : KeywordMatcher.cashtags(tweet.text())) addCashtag(keys, symbol);
    for (String key : keys)
      out.collect(new KeywordMention(key, tweet.compound(), tweet.financeCompound(), tweet.id()));
  }

  @Override
  public void processBroadcastElement(RuleEvent rule, Context ctx, Collector<KeywordMention> out)
      throws Exception {
    if (TrackedRules.apply(ctx.getBroadcastState(Descriptors.TRACKED_RULES), rule, windows))
      matcher = null;
  }

  private void addCashtag(Set<String> keys, String symbol) {
    String normalized = TickerDirectory.normalize(symbol);
    if (tickers.contains(normalized)) keys.add("$" + normalized);
  }
}
