package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {
  @Test
  void shouldNameThePortServiceAndSettingWhenAPortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(Ports.HOST))) {
      int port = taken.getLocalPort();

      assertThat(Ports.isFree(port)).isFalse();
      assertThat(Ports.isListening(Ports.HOST, port)).isTrue();
      assertThatThrownBy(() -> Ports.requireFree(port, "Kafka", Setting.KAFKA_PORT.howToChange()))
          .isInstanceOf(PortTakenException.class)
          .hasMessageContaining("Port " + port)
          .hasMessageContaining("Kafka")
          .hasMessageContaining("TWEETRADE_KAFKA_PORT")
          .hasMessageContaining("kafka.port");
    }
  }

  @Test
  void shouldParseHostAndPort() {
    assertThat(Ports.parseHostPort("127.0.0.1:9042").getPort()).isEqualTo(9042);
    assertThat(Ports.parseHostPort("localhost:9092").getHostString()).isEqualTo("localhost");
    assertThatThrownBy(() -> Ports.parseHostPort("localhost")).hasMessageContaining("host:port");
  }
}
