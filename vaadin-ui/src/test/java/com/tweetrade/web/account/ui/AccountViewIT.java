package com.tweetrade.web.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.web.support.KaribuStackIT;
import com.tweetrade.web.support.TestStack;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account page in a mocked browser (Karibu) on the real application context, Kafka and
 * Cassandra: a capital is sent to the job's topic keyed by user and stored; a refused one neither.
 */
class AccountViewIT extends KaribuStackIT {
  @Autowired CqlSession cql;

  private AccountView openAs(String user) {
    return openAsUser(user, AccountView.class, "account");
  }

  @Test
  void shouldSendTheCapitalToTheJobStoreItAndShowItAgain() throws Exception {
    String alice = uniqueUser("alice");
    AccountView view = openAs(alice);
    assertThat(view.current.getText()).startsWith("Starting capital: the default, $100,000.00");

    view.capital.setValue(new BigDecimal("2500.50"));
    view.save.click();

    assertThat(view.error.getText()).isEmpty();
    assertThat(stored(alice).getLong("starting_capital_cents")).isEqualTo(250_050L);
    List<AccountSettings> sent = sentFor(alice, 1);
    assertThat(sent).extracting(AccountSettings::startingCapitalCents).containsExactly(250_050L);
    assertThat(stored(alice).getInstant("updated_at"))
        .isEqualTo(Instant.ofEpochMilli(sent.get(0).updatedAt()));

    view = openAs(alice);
    assertThat(view.current.getText()).startsWith("Starting capital: $2,500.50, set ");
    assertThat(view.capital.getValue()).isEqualByComparingTo("2500.50");
  }

  @Test
  void shouldNeitherSendNorStoreARefusedCapital() throws Exception {
    String bob = uniqueUser("bob");
    AccountView view = openAs(bob);

    view.capital.setValue(new BigDecimal("-5"));
    view.save.click();

    assertThat(view.error.getText())
        .isEqualTo("starting capital must be more than $0.00, was $-5.00");
    assertThat(stored(bob)).isNull();
    // A later good one is the first and only record of bob's on the topic.
    view.capital.setValue(new BigDecimal("7"));
    view.save.click();
    assertThat(sentFor(bob, 1))
        .extracting(AccountSettings::startingCapitalCents)
        .containsExactly(700L);
  }

  private Row stored(String user) {
    return cql.execute(
            "SELECT starting_capital_cents, updated_at FROM accounts WHERE user_id = ?", user)
        .one();
  }

  /**
   * The settings of {@code user} on the accounts topic, read from its start until {@code count}
   * arrived and then a further second, so an extra one shows.
   */
  private static List<AccountSettings> sentFor(String user, int count) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.stack().kafkaBootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    List<AccountSettings> sent = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
      TopicPartition tp = new TopicPartition(TestStack.accountsTopic(), 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      Instant settle = null;
      while (Instant.now().isBefore(settle != null ? settle : deadline)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
          if (user.equals(r.key())) sent.add(JsonCodec.ACCOUNT_SETTINGS.decode(r.value()));
        }
        if (settle == null && sent.size() >= count) settle = Instant.now().plusSeconds(1);
      }
    }
    return sent;
  }
}
