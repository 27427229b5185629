package com.tweetrade.web.system.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.support.KaribuStackIT;
import com.tweetrade.web.support.TestStack;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The System page in a mocked browser (Karibu) on the real application context and Kafka: a trader
 * has no menu entry and is refused at {@code /system}; an admin sees the charts and a quotes rate
 * above 0 once quotes arrive on the measured topic.
 */
class SystemViewIT extends KaribuStackIT {
  private static final Routes ROUTES =
      routesWith("system.ui.SystemView", "dashboard.ui.DashboardView", "users.ui.UsersView");

  private void openBrowserAs(String user, String... roles) {
    openBrowserAs(ROUTES, user, roles);
  }

  /** Runs before the base class closes the browser. */
  @AfterEach
  void leaveThePage() {
    // Leave the page first, so that it stops listening to the shared monitor.
    if (UI.getCurrent() != null) UI.getCurrent().removeAll();
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
