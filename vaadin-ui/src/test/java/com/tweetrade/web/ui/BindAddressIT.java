package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.web.support.SpringStackIT;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** The running UI listens on loopback only, as application.properties says by default. */
class BindAddressIT extends SpringStackIT {
  @LocalServerPort int port;
  @Autowired ServletWebServerApplicationContext context;

  @Test
  void shouldListenOnLoopbackOnly() throws IOException {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    Object address = server.getTomcat().getConnector().getProperty("address");
    assertThat(address)
        .isInstanceOfSatisfying(InetAddress.class, a -> assertThat(a.isLoopbackAddress()).isTrue());

    try (Socket loopback = new Socket()) {
      loopback.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
    }
    // Where this machine has other addresses, nothing answers there.
    for (InetAddress other : nonLoopbackAddresses()) {
      assertThatThrownBy(
              () -> {
                try (Socket s = new Socket()) {
                  s.connect(new InetSocketAddress(other, port), 2_000);
                }
              })
          .as("port %d on %s", port, other)
          .isInstanceOf(ConnectException.class);
    }
  }

  private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(BindAddressIT::isUp)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .toList();
  }

  private static boolean isUp(NetworkInterface nic) {
    try {
      return nic.isUp();
    } catch (SocketException e) {
      return false;
    }
  }
}
