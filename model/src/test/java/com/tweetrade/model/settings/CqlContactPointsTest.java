package com.tweetrade.model.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class CqlContactPointsTest {

  @Test
  void oneNodeOrARingInOrder() {
    assertThat(CqlContactPoints.parse("127.0.0.1:9042"))
        .containsExactly(InetSocketAddress.createUnresolved("127.0.0.1", 9042));
    assertThat(CqlContactPoints.parse("127.0.0.1:9042, 127.0.0.2:9042,127.0.0.3:9142"))
        .containsExactly(
            InetSocketAddress.createUnresolved("127.0.0.1", 9042),
            InetSocketAddress.createUnresolved("127.0.0.2", 9042),
            InetSocketAddress.createUnresolved("127.0.0.3", 9142));
  }

  @Test
  void aMissingPortIsCassandrasDefault() {
    assertThat(CqlContactPoints.parse("db1,db2:9999"))
        .containsExactly(
            InetSocketAddress.createUnresolved("db1", 9042),
            InetSocketAddress.createUnresolved("db2", 9999));
  }

  @Test
  void badEntriesAreNamed() {
    assertThatThrownBy(() -> CqlContactPoints.parse("a:1,b:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b:x'");
    assertThatThrownBy(() -> CqlContactPoints.parse("a:1,,b:2"))
        .hasMessageContaining("empty entry");
    assertThatThrownBy(() -> CqlContactPoints.parse(":9042")).hasMessageContaining("':9042'");
    assertThatThrownBy(() -> CqlContactPoints.parse("a:70000")).hasMessageContaining("'a:70000'");
    assertThatThrownBy(() -> CqlContactPoints.parse(" ")).hasMessageContaining("empty");
  }

  @Test
  void theJobsDriverNeedsOneSharedPort() {
    assertThat(CqlContactPoints.sharedPort(CqlContactPoints.parse("a:9042,b:9042")))
        .isEqualTo(9042);
    List<InetSocketAddress> mixed = CqlContactPoints.parse("a:9042,b:9043");
    assertThatThrownBy(() -> CqlContactPoints.sharedPort(mixed))
        .hasMessageContaining("share one port");
  }
}
