package com.tweetrade.web.base;

import com.tweetrade.model.access.Credentials;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Kafka producer shared by publishers, tuned to fail fast when the broker is down. */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

  @Bean(destroyMethod = "close")
  Producer<String, byte[]> kafkaProducer(TweetradeProperties props) {
    return new KafkaProducer<>(producerProperties(props.kafkaBootstrap()));
  }

  /**
   * Producer settings: idempotent, acks from all replicas, and short blocking limits so that a user
   * saving a rule hears within seconds that Kafka is away (the republisher retries later).
   */
  public static Properties producerProperties(String bootstrap) {
    Properties p = clientProperties(bootstrap);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    return p;
  }

  /**
   * What every Kafka client of the app starts from (producer, consumer, admin): the brokers and the
   * configured sign-in.
   */
  public static Properties clientProperties(String bootstrap) {
    Properties p = new Properties();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return Credentials.addKafkaSignIn(p, Credentials.configured());
  }
}
