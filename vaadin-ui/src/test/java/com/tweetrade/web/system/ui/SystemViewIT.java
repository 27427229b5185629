package com.tweetrade.web.system.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.support.SpringStackIT;
import com.tweetrade.web.support.TestStack;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The System page in a mocked browser (Karibu) on the real application context and Kafka: a trader
 * has no menu entry and is refused at {@code /system}; an admin sees the charts and a quotes rate
 * above 0 once quotes arrive on the measured topic.
 */
class SystemViewIT extends SpringStackIT {
  private static final Routes ROUTES = routes();

  @Autowired ApplicationContext context;

  /** Karibu discovers public views only; ours are package-private, as STYLE.md asks. */
  private static Routes routes() {
    Routes routes = new Routes().autoDiscoverViews("com.tweetrade.web");
    routes.getRoutes().add(SystemView.class);
    for (String view : List.of("dashboard.ui.DashboardView", "users.ui.UsersView")) {
      try {
        routes
            .getRoutes()
            .add(Class.forName("com.tweetrade.web." + view).asSubclass(Component.class));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return routes;
  }

  private void openBrowserAs(String user, String... roles) {
    MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    var authorities = Stream.of(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    SecurityContextHolder.getContext().setAuthentication(auth);
    // Vaadin's view access checker and the menu ask the request who is signed in.
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    Set<String> roleSet = Set.of(roles);
    request.setUserInRole((principal, role) -> roleSet.contains(role));
  }

  @AfterEach
  void closeBrowser() {
    // Leave the page first, so that it stops listening to the shared monitor.
    if (UI.getCurrent() != null) UI.getCurrent().removeAll();
    MockVaadin.tearDown();
  }

  private static List<String> menu() {
    UI.getCurrent().navigate("");
    return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream()
        .map(SideNavItem::getLabel)
        .toList();
  }

  private static boolean onSystemPage() {
    return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
        .anyMatch(c -> c instanceof SystemView);
  }

  @Test
  void aTraderShouldNeitherSeeTheMenuEntryNorOpenThePage() {
    openBrowserAs(uniqueUser("trader"), "USER");
    assertThat(menu()).contains("Dashboard").doesNotContain("System", "Users");

    UI.getCurrent().navigate("system");
    assertThat(onSystemPage()).isFalse();
  }

  @Test
  void anAdminShouldSeeTheChartsAndAQuotesRate() throws Exception {
    openBrowserAs(uniqueUser("ops"), "USER", "ADMIN");
    assertThat(menu()).contains("System", "Users");

    UI.getCurrent().navigate("system");
    assertThat(onSystemPage()).isTrue();
    SystemView view =
        (SystemView)
            UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(c -> c instanceof SystemView)
                .findFirst()
                .orElseThrow();

    try (var producer =
        new KafkaProducer<String, byte[]>(
            KafkaConfig.producerProperties(TestStack.stack().kafkaBootstrap()))) {
      long end = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < end && !view.rates.getText().matches("quotes [1-9].*")) {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 10; i++) {
          Quote q = new Quote("AAPL", 20_000, 100, 19_999, 20_001, now);
          producer.send(
              new ProducerRecord<>(
                  TestStack.quotesTopic(), null, now, "AAPL", JsonCodec.QUOTE.encode(q)));
        }
        producer.flush();
        Thread.sleep(500);
        MockVaadin.clientRoundtrip(); // runs the pushed ui.access updates
      }
    }
    assertThat(view.rates.getText()).matches("quotes [1-9][0-9.]*/s · tweets .*dead letters .*");
    assertThat(view.ratesChart.optionJson()).contains("\"name\":\"quotes\"");
    assertThat(view.lagChart.optionJson()).contains("\"series\"");
    assertThat(view.flinkChart.optionJson()).contains("decision p99", "checkpoint");
    assertThat(view.flink.getText()).isNotEmpty();
  }
}
