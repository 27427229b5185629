package com.tweetrade.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.support.SpringStackIT;
import com.tweetrade.web.users.User;
import com.tweetrade.web.users.UserService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator over HTTP: Prometheus metrics for admins only (HTTP basic), health for anyone.
 * (Spring Boot tests switch metric export off unless asked: the annotation turns it back on, as in
 * the running UI.)
 */
@AutoConfigureObservability(tracing = false)
class MetricsEndpointIT extends SpringStackIT {
  private static final String PASSWORD = "metrics-test-password";

  @LocalServerPort int port;
  @Autowired UserService users;

  private final HttpClient http = HttpClient.newHttpClient();
  private String admin;
  private String trader;

  @BeforeEach
  void createAccounts() {
    admin = uniqueUser("ops");
    trader = uniqueUser("trader");
    users.create(admin, admin, PASSWORD, Set.of(User.ROLE_USER, User.ROLE_ADMIN));
    users.create(trader, trader, PASSWORD, Set.of(User.ROLE_USER));
  }

  @Test
  void shouldServeMetricsToAnAdminOnly() throws Exception {
    HttpResponse<String> asAdmin = get("/actuator/prometheus", admin, PASSWORD);
    assertThat(asAdmin.statusCode()).isEqualTo(200);
    assertThat(asAdmin.body()).contains("jvm_memory_used_bytes").contains("process_cpu_usage");

    assertThat(get("/actuator/prometheus", trader, PASSWORD).statusCode())
        .as("a signed-in trader")
        .isEqualTo(403);
    assertThat(get("/actuator/prometheus", admin, "wrong").statusCode())
        .as("a wrong password")
        .isEqualTo(401);
    assertThat(get("/actuator/prometheus", null, null).statusCode())
        .as("no credentials")
        .isEqualTo(401);
  }

  @Test
  void shouldAnswerHealthToAnyoneWithoutDetailsAndExposeNothingElse() throws Exception {
    HttpResponse<String> health = get("/actuator/health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

    assertThat(get("/actuator/env", admin, PASSWORD).body())
        .as("the environment (settings) is not exposed, even to an admin")
        .doesNotContain("propertySources");
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (user != null) {
      String token = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
