package com.tweetrade.quotes.live.finnhub;

import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.quotes.live.FakeFeedServer;
import com.tweetrade.quotes.live.FakeFeedServer.End;
import com.tweetrade.quotes.live.FakeFeedServer.Script;
import com.tweetrade.quotes.live.FeedMessages;
import com.tweetrade.quotes.live.LiveFeedRun;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finnhub end to end: a loopback feed replays recorded frames (trades, pings as frames and as
 * WebSocket pings, an error, a broken, an invalid and a binary frame), drops the connection
 * mid-stream and later closes it; the source reconnects and subscribes again each time. The real
 * quotes topic must hold exactly the valid trades, the dead-letter topic each bad frame once.
 */
@ExtendWith(RealStackExtension.class)
class FinnhubIT {
  private static final String TOKEN = "c0ffee-token-42";

  @Test
  void shouldSendEachValidTradeOnceAcrossADropAndAClose(RealStack stack) throws Exception {
    Script first =
        new Script()
            .await("\"AAPL\"")
            .await("\"BRK.B\"")
            .await("\"MSFT\"")
            .send(FeedMessages.FINNHUB_PING)
            .ping()
            .send(
                finnhubTrades(
                    finnhubTrade("AAPL", "189.62", T0, "100"),
                    finnhubTrade("MSFT", "378.91", T0 + 1, "50")))
            .send(FeedMessages.FINNHUB_ERROR)
            .send("{\"type\":\"trade\",\"data\":[")
            .send(finnhubTrades(finnhubTrade("AAPL", "0", T0 + 2, "10")))
            .send(finnhubTrades("{\"p\":1.5,\"t\":1,\"v\":1}"))
            .send(FeedMessages.FINNHUB_NEWS)
            .binary()
            .end(End.DROP);
    Script second =
        new Script()
            .await("\"BRK.B\"")
            .send(finnhubTrades(finnhubTrade("BRK.B", "360.1", T0 + 3, "7")))
            .end(End.CLOSE);
    Script third =
        new Script()
            .await("\"MSFT\"")
            .send(finnhubTrades(finnhubTrade("AAPL", "189.7", T0 + 4, "200")));

    try (FakeFeedServer server = new FakeFeedServer(first, second, third)) {
      LiveFeedRun run =
          LiveFeedRun.run(
              stack,
              new FinnhubProtocol(TOKEN),
              server.endpoint("/"),
              Set.of("AAPL", "BRK-B", "MSFT"),
              4);

      assertThat(run.source.connects()).isEqualTo(3);
      assertThat(run.quotes(4))
          .containsExactlyInAnyOrder(
              new Quote("AAPL", 18962, 100, 18962, 18962, T0),
              new Quote("MSFT", 37891, 50, 37891, 37891, T0 + 1),
              new Quote("BRK-B", 36010, 7, 36010, 36010, T0 + 3),
              new Quote("AAPL", 18970, 200, 18970, 18970, T0 + 4));
      assertThat(run.deadLetters(4))
          .satisfiesExactlyInAnyOrder(
              d -> assertThat(d.reason()).startsWith("not JSON: "),
              d -> assertThat(d.reason()).isEqualTo("price must be positive, was 0"),
              d -> assertThat(d.reason()).startsWith("trade without text \"s\""),
              d -> assertThat(d.reason()).startsWith("a binary frame of 4 bytes"));
      assertThat(run.deadLetters(4))
          .extracting(DeadLetter::source)
          .containsOnly("quote-simulator/finnhub");
      for (FakeFeedServer.Connection c : server.connections) {
        assertThat(c.request().getQuery()).isEqualTo("token=" + TOKEN);
        assertThat(c.received())
            .containsExactlyInAnyOrder(
                "{\"type\":\"subscribe\",\"symbol\":\"AAPL\"}",
                "{\"type\":\"subscribe\",\"symbol\":\"BRK.B\"}",
                "{\"type\":\"subscribe\",\"symbol\":\"MSFT\"}");
      }
    }
  }

  @Test
  void shouldSubscribeTheTickersActiveRulesReadAndFollowNewAndDeletedRules(RealStack stack)
      throws Exception {
    String rules = stack.createTopic("rules", 1, Map.of("cleanup.policy", "compact"));
    long now = System.currentTimeMillis();
    publish(
        stack,
        rules,
        RuleEvent.create(
            "r1", "alice", "WHEN price(AAPL) > 1 AND avg(MSFT, 5m) > 1 THEN BUY 10 AAPL", now),
        new RuleEvent(
            RuleEvent.CURRENT_SCHEMA,
            RuleEvent.Type.CREATE,
            "r2",
            "alice",
            "WHEN price(TSLA) > 1 THEN BUY 1 TSLA",
            true,
            1,
            now), // paused
        RuleEvent.create("r3", "alice", "WHEN nonsense", now), // does not compile
        RuleEvent.create("r4", "bob", "WHEN price(NVDA) > 1 THEN BUY 1 NVDA", now),
        RuleEvent.delete("r4", "bob", 2, now));
    Script play =
        new Script()
            .await("\"AAPL\"")
            .await("\"MSFT\"")
            .send(finnhubTrades(finnhubTrade("AAPL", "189.62", T0, "100")))
            .await("\"AMZN\"")
            .send(finnhubTrades(finnhubTrade("AMZN", "146.1", T0 + 1, "20")))
            .await("unsubscribe")
            .send(finnhubTrades(finnhubTrade("AAPL", "189.7", T0 + 2, "10")));

    try (FakeFeedServer server = new FakeFeedServer(play)) {
      Thread newRule =
          new Thread(
              () -> {
                // once the first rules are subscribed, a new rule arrives while the feed runs
                while (server.connections.isEmpty()
                    || server.connections.get(0).received().size() < 2) Thread.onSpinWait();
                publish(
                    stack,
                    rules,
                    RuleEvent.create(
                        "r5", "carol", "WHEN price(AMZN) < 1000 THEN BUY 1 AMZN", now));
                // and is deleted again
                while (server.connections.get(0).received().size() < 3) Thread.onSpinWait();
                publish(stack, rules, RuleEvent.delete("r5", "carol", 2, now));
              },
              "new-rule");
      newRule.start();
      LiveFeedRun run =
          LiveFeedRun.run(stack, new FinnhubProtocol(TOKEN), server.endpoint("/"), null, rules, 3);
      newRule.join(10_000);

      assertThat(server.connections).hasSize(1);
      assertThat(server.connections.get(0).received())
          .containsExactlyInAnyOrder(
              "{\"type\":\"subscribe\",\"symbol\":\"AAPL\"}",
                  "{\"type\":\"subscribe\",\"symbol\":\"MSFT\"}",
              "{\"type\":\"subscribe\",\"symbol\":\"AMZN\"}",
                  "{\"type\":\"unsubscribe\",\"symbol\":\"AMZN\"}");
      assertThat(run.quotes(3))
          .containsExactlyInAnyOrder(
              new Quote("AAPL", 18962, 100, 18962, 18962, T0),
              new Quote("AMZN", 14610, 20, 14610, 14610, T0 + 1),
              new Quote("AAPL", 18970, 10, 18970, 18970, T0 + 2));
    }
  }

  private static void publish(RealStack stack, String topic, RuleEvent... events) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (RuleEvent e : events)
        producer.send(new ProducerRecord<>(topic, e.ruleId(), JsonCodec.RULE_EVENT.encode(e)));
    }
  }
}
