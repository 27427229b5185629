package com.tweetrade.job.io;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.SocketOptions;
import org.apache.flink.streaming.connectors.cassandra.ClusterBuilder;

/** Connects the Cassandra sinks to one contact point, with timeouts fit for a busy 2-core machine. */
public class CqlClusterBuilder extends ClusterBuilder {
  private static final long serialVersionUID = 1L;

  private final String host;
  private final int port;

  public CqlClusterBuilder(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  protected Cluster buildCluster(Cluster.Builder builder) {
    return builder
        .addContactPoint(host)
        .withPort(port)
        .withSocketOptions(new SocketOptions().setReadTimeoutMillis(20_000).setConnectTimeoutMillis(10_000))
        // The driver's JMX reporter needs a metrics version the connector does not bring.
        .withoutJMXReporting()
        .build();
  }
}
