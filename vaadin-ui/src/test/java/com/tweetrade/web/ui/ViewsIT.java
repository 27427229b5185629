package com.tweetrade.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.tweetrade.model.Alert;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.tables.Tables;
import com.tweetrade.web.rules.RuleService;
import com.tweetrade.web.support.KaribuStackIT;
import com.tweetrade.web.support.TestStack;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Views in a mocked browser (Karibu) on the real application context, Cassandra and Kafka. */
class ViewsIT extends KaribuStackIT {
  private static final String RULE = "WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";
  private static final Routes ROUTES =
      routesWith(
          "rules.ui.RulesView",
          "users.ui.UsersView",
          "users.ui.SignUpView",
          "dashboard.ui.DashboardView",
          "notifications.ui.NotificationsView");

  @Autowired RuleService rules;
  @Autowired CqlSession cql;

  private void openBrowserAs(String user, String... roles) {
    openBrowserAs(ROUTES, user, roles);
  }

  @Test
  void userBShouldNotSeeUserAsRuleInTheListOrByUrl() {
    String alice = uniqueUser("alice");
    String bob = uniqueUser("bob");
    signInAs(alice, "USER");
    String id = rules.create(RULE).rule().ruleId();

    openBrowserAs(bob, "USER");
    UI.getCurrent()
        .navigate("rules/" + id, com.vaadin.flow.router.QueryParameters.of("owner", alice));
    @SuppressWarnings("unchecked")
    Grid<com.tweetrade.web.rules.Rule> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
    assertThat(grid.getGenericDataView().getItems().toList()).isEmpty();
    assertThat(_get(TextArea.class, spec -> spec.withId("rule-text")).getValue()).isEmpty();

    UI.getCurrent().navigate("rules/" + id);
    assertThat(_get(TextArea.class, spec -> spec.withId("rule-text")).getValue()).isEmpty();
  }

  @Test
  void ownerShouldOpenTheirRuleByUrl() {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    String id = rules.create(RULE).rule().ruleId();
    openBrowserAs(alice, "USER");
    UI.getCurrent().navigate("rules/" + id);
    assertThat(_get(TextArea.class, spec -> spec.withId("rule-text")).getValue()).isEqualTo(RULE);
  }

  @Test
  void rulesListShouldShowEachRuleWholeNotCutToItsFirstWords() {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    String longRule =
        "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) "
            + "AND volume(\"tesla\", 5m) > 10 THEN BUY 10 TSLA";
    rules.create(longRule);

    openBrowserAs(alice, "USER");
    UI.getCurrent().navigate("rules");
    @SuppressWarnings("unchecked")
    Grid<com.tweetrade.web.rules.Rule> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
    assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    Grid.Column<com.tweetrade.web.rules.Rule> text =
        grid.getColumns().stream()
            .filter(c -> "Rule".equals(c.getHeaderText()))
            .findFirst()
            .orElseThrow();
    com.tweetrade.web.rules.Rule shown =
        grid.getGenericDataView().getItems().findFirst().orElseThrow();
    assertThat(shown.text()).isEqualTo(longRule);
    assertThat(text.getTooltipGenerator()).isNotNull();
  }

  @Test
  void editorShouldSayWhyANewRuleOverTheCapIsNotSaved() {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    for (int i = 0; i < TestStack.MAX_RULES_PER_USER; i++) rules.create(RULE);

    openBrowserAs(alice, "USER");
    UI.getCurrent().navigate("rules");
    _get(TextArea.class, spec -> spec.withId("rule-text")).setValue(RULE);
    _get(Button.class, spec -> spec.withId("rule-save")).click();

    assertThat(_get(Span.class, spec -> spec.withId("rule-error")).getText())
        .isEqualTo(
            "You have "
                + TestStack.MAX_RULES_PER_USER
                + " rules, the most allowed. Delete one to add another.");
    assertThat(rules.listMine()).hasSize(TestStack.MAX_RULES_PER_USER);
  }

  @Test
  void dashboardShouldShowTheStoredAccountToItsOwnerOnly() {
    String alice = uniqueUser("alice");
    long now = System.currentTimeMillis();
    long minute = EquityPoint.minuteOf(now);
    // A row as the job writes it: $99,000 cash and 10 TSLA marked at $105.00.
    cql.execute(
        SimpleStatement.newInstance(
            Tables.EquityHistory.TABLE.insert(null),
            alice,
            LocalDate.ofInstant(Instant.ofEpochMilli(minute), ZoneOffset.UTC).toString(),
            Instant.ofEpochMilli(minute),
            9_900_000L,
            105_000L,
            10_005_000L,
            5_000.0,
            Instant.ofEpochMilli(now)));

    openBrowserAs(alice, "USER");
    UI.getCurrent().navigate("");
    assertThat(_get(Span.class, spec -> spec.withId("account-summary")).getText())
        .startsWith(
            "Cash $99,000.00 · Positions $1,050.00 · Equity $100,050.00 · Unrealised P&L $50.00");
    MockVaadin.tearDown();

    openBrowserAs(uniqueUser("bob"), "USER");
    UI.getCurrent().navigate("");
    assertThat(_get(Span.class, spec -> spec.withId("account-summary")).getText())
        .startsWith("No account yet");
  }

  /** A {@code notifications} row as the job writes it. */
  private void storeAlert(Alert a) {
    cql.execute(
        SimpleStatement.newInstance(
            Tables.Notifications.TABLE.insert(null),
            a.userId(),
            LocalDate.ofInstant(Instant.ofEpochMilli(a.eventTime()), ZoneOffset.UTC).toString(),
            Instant.ofEpochMilli(a.eventTime()),
            a.id(),
            a.ruleId(),
            a.text(),
            a.tradeId()));
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownAlertTexts() {
    Grid<Alert> grid = _get(Grid.class, spec -> spec.withId("notifications"));
    return grid.getGenericDataView().getItems().map(Alert::text).toList();
  }

  /** Runs the page's pending pushes until {@code done} holds, or fails after 30 s. */
  private static void awaitPush(java.util.function.BooleanSupplier done) throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      MockVaadin.clientRoundtrip();
      if (done.getAsBoolean()) return;
      Thread.sleep(200);
    }
    MockVaadin.clientRoundtrip();
    assertThat(done.getAsBoolean()).as("the page was updated within 30 s").isTrue();
  }

  @Test
  void notificationsShouldListStoredAlertsAndCountUnreadOnesLiveInTheHeader() throws Exception {
    String alice = uniqueUser("alice");
    long now = System.currentTimeMillis();
    storeAlert(new Alert("a1-" + alice, alice, "r1", "first", "", now - 60_000));
    storeAlert(new Alert("a2-" + alice, alice, "r1", "second", "", now - 30_000));
    storeAlert(new Alert("b1-" + alice, "bob-" + alice, "r9", "not alice's", "", now - 30_000));

    openBrowserAs(alice, "USER");
    UI.getCurrent().navigate("notifications");
    Span unread = _get(Span.class, spec -> spec.withId("unread-count"));
    assertThat(unread.getText()).isEqualTo("2");
    assertThat(shownAlertTexts()).containsExactly("second", "first");

    _get(Button.class, spec -> spec.withId("mark-all-read")).click();
    awaitPush(() -> !unread.isVisible());

    // The job stores a new alert and commits it to the alerts topic: list and badge follow.
    Alert third = new Alert("a3-" + alice, alice, "r1", "third", "", now);
    storeAlert(third);
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
      // Sent until seen: the UI's tail may not have found the topic's end yet.
      while (!"1".equals(unread.getText()) && System.nanoTime() < deadline) {
        producer
            .send(
                new ProducerRecord<>(
                    TestStack.alertsTopic(),
                    alice.getBytes(StandardCharsets.UTF_8),
                    JsonCodec.ALERT.encode(third)))
            .get();
        awaitPush(() -> true);
        Thread.sleep(500);
        MockVaadin.clientRoundtrip();
      }
    }
    assertThat(unread.getText()).isEqualTo("1");
    assertThat(unread.isVisible()).isTrue();
    assertThat(shownAlertTexts()).containsExactly("third", "second", "first");
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.stack().kafkaBootstrap());
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Test
  void usersViewShouldBeForAdministratorsOnly() {
    openBrowserAs(uniqueUser("bob"), "USER");
    UI.getCurrent().navigate("users");
    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
        .noneMatch(c -> c.getClass().getSimpleName().equals("UsersView"));
    MockVaadin.tearDown();

    openBrowserAs(uniqueUser("root"), "USER", "ADMIN");
    UI.getCurrent().navigate("users");
    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
        .anyMatch(c -> c.getClass().getSimpleName().equals("UsersView"));
  }
}
