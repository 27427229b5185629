package com.tweetrade.job.io;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.ConsistencyLevel;
import com.datastax.driver.core.QueryOptions;
import com.datastax.driver.core.SocketOptions;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.access.Credentials;
import java.util.Optional;
import org.apache.flink.streaming.connectors.cassandra.ClusterBuilder;

/**
 * Connects the Cassandra sinks (and {@code migrate}) to the contact points, with timeouts fit for a
 * busy 2-core machine. Every statement runs at LOCAL_QUORUM: on a ring of three a write is acked by
 * two replicas, so it outlives the loss of any one node (on a single node it is the node itself).
 */
public class CqlClusterBuilder extends ClusterBuilder {
  private static final long serialVersionUID = 1L;

  /** One host or several, comma-separated; all listen on {@link #port}. */
  private final String host;

  private final int port;
  private final String user;
  private final String password;

  public CqlClusterBuilder(String host, int port) {
    this(host, port, null, null);
  }

  private CqlClusterBuilder(String host, int port, String user, String password) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /** The job's contact point, signed in with its credentials on a secured stack. */
  public static CqlClusterBuilder of(JobConfig config) {
    return of(config.cqlHost(), config.cqlPort(), config.credentials());
  }

  /** {@code host:port}, signed in with {@code credentials} if there are any. */
  public static CqlClusterBuilder of(String host, int port, Optional<Credentials> credentials) {
    return new CqlClusterBuilder(
        host,
        port,
        credentials.map(Credentials::user).orElse(null),
        credentials.map(Credentials::password).orElse(null));
  }

  @Override
  protected Cluster buildCluster(Cluster.Builder builder) {
    if (user != null) {
      builder.withCredentials(user, password);
    }
    return builder
        .addContactPoints(host.split(","))
        .withPort(port)
        .withQueryOptions(new QueryOptions().setConsistencyLevel(ConsistencyLevel.LOCAL_QUORUM))
        .withSocketOptions(
            new SocketOptions().setReadTimeoutMillis(20_000).setConnectTimeoutMillis(10_000))
        // The driver's JMX reporter needs a metrics version the connector does not bring.
        .withoutJMXReporting()
        .build();
  }
}
