package com.tweetrade.web.base;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.tweetrade.model.access.Credentials;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared {@link CqlSession} for every repository, bound to TweeTrade's keyspace. */
@Configuration(proxyBeanMethods = false)
public class CassandraConfig {

  @Bean(destroyMethod = "close")
  CqlSession cqlSession(TweetradeProperties props) {
    // A slow 2-core machine needs more than the driver's 2 s default, above all for LWTs.
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
            // A majority of the replicas: on a ring of 3, reads see every write a node loss ago.
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
            .build();
    CqlSessionBuilder builder =
        CqlSession.builder()
            .addContactPoints(props.cqlAddresses())
            .withLocalDatacenter(props.localDatacenter())
            .withKeyspace(props.keyspace())
            .withConfigLoader(config);
    // On a secured stack: the UI's role, from the file named by TWEETRADE_CREDENTIALS_FILE.
    Credentials.configured().ifPresent(c -> builder.withAuthCredentials(c.user(), c.password()));
    return builder.build();
  }
}
