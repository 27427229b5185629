package com.tweetrade.web.rules.ui;

import com.tweetrade.web.backtest.BacktestService;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.ui.CoalescedAccess;
import com.tweetrade.web.market.MarketFeed;
import com.tweetrade.web.rules.ConcurrentRuleChangeException;
import com.tweetrade.web.rules.InvalidRuleException;
import com.tweetrade.web.rules.PastExpiryException;
import com.tweetrade.web.rules.Rule;
import com.tweetrade.web.rules.RuleLimitException;
import com.tweetrade.web.rules.RuleNotFoundException;
import com.tweetrade.web.rules.RuleService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The user's rules (all rules for administrators) and an editor. {@code rules/<id>} opens one rule;
 * administrators add {@code ?owner=<user>} for other users' rules. Access is checked by {@link
 * RuleService}, so a forged URL shows an error, never the rule.
 */
@Route("rules")
@PageTitle("Rules | TweeTrade")
@Menu(order = 1, title = "Rules")
@PermitAll
class RulesView extends VerticalLayout implements HasUrlParameter<String> {
  /** How the grid shows a rule's expiry: UTC, like the editor. */
  static final DateTimeFormatter EXPIRY_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  final Grid<Rule> grid = new Grid<>(Rule.class, false);
  final RuleForm form;
  final Button newRule = new Button("New rule");

  private final RuleService rules;
  private final CurrentUser currentUser;
  private final MarketFeed market;
  private final BacktestService backtests;
  private final Clock clock;
  private @Nullable Runnable marketSubscription;

  RulesView(
      RuleService rules,
      CurrentUser currentUser,
      MarketFeed market,
      BacktestService backtests,
      Clock clock) {
    this.rules = rules;
    this.currentUser = currentUser;
    this.market = market;
    this.backtests = backtests;
    this.clock = clock;
    this.form = new RuleForm(key -> market.snapshot().value(key), clock);
    setSizeFull();
    configureGrid();
    configureForm();
    newRule.setId("rule-new");
    newRule.addClickListener(e -> form.edit(null));
    HorizontalLayout content = new HorizontalLayout(grid, form);
    content.setSizeFull();
    content.setFlexGrow(2, grid);
    content.setFlexGrow(1, form);
    add(newRule, content);
    refreshGrid();
  }

  private void configureGrid() {
    grid.setId("rules-grid");
    if (currentUser.isAdmin()) grid.addColumn(Rule::userId).setHeader("Owner").setAutoWidth(true);
    grid.addColumn(Rule::text).setHeader("Rule").setFlexGrow(4).setTooltipGenerator(Rule::text);
    // A rule is read as a whole: wrap long ones instead of cutting them to "WHEN…".
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(r -> r.paused() ? "paused" : "active").setHeader("State").setAutoWidth(true);
    grid.addColumn(RulesView::expiry).setHeader("Expires").setAutoWidth(true);
    grid.addColumn(Rule::revision).setHeader("Rev").setAutoWidth(true);
    grid.addColumn(r -> r.publishPending() ? "waiting for Kafka" : "published")
        .setHeader("Topic")
        .setAutoWidth(true);
    grid.asSingleSelect().addValueChangeListener(e -> form.edit(e.getValue()));
  }

  /** The rule's expiry for the grid, or a dash for good till cancelled. */
  static String expiry(Rule rule) {
    return rule.expiresAt() == null ? "—" : EXPIRY_FORMAT.format(rule.expiresAt());
  }

  private void configureForm() {
    form.setWidth("32em");
    form.addListener(
        RuleForm.SaveEvent.class,
        e ->
            act(
                () ->
                    e.rule() == null
                        ? rules.create(e.text(), e.expiresAt())
                        : rules.update(
                            e.rule().userId(), e.rule().ruleId(), e.text(), e.expiresAt())));
    form.addListener(
        RuleForm.PauseEvent.class,
        e ->
            act(
                () ->
                    e.paused()
                        ? rules.pause(e.rule().userId(), e.rule().ruleId())
                        : rules.resume(e.rule().userId(), e.rule().ruleId())));
    form.addListener(
        RuleForm.DeleteEvent.class,
        e -> act(() -> rules.delete(e.rule().userId(), e.rule().ruleId())));
    form.addListener(RuleForm.CloseEvent.class, e -> grid.asSingleSelect().clear());
    form.addListener(
        RuleForm.BacktestEvent.class, e -> new BacktestDialog(backtests, e.text(), clock).open());
  }

  /** Runs one change and tells the user how it went; an unpublished change is a warning. */
  private void act(java.util.function.Supplier<RuleService.SaveResult> change) {
    try {
      RuleService.SaveResult result = change.get();
      if (result.published()) {
        Notification.show("Saved and sent to the trading engine.")
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      } else {
        Notification n =
            Notification.show(
                "Saved, but Kafka is unreachable: the change will be sent automatically when it is"
                    + " back. ("
                    + result.publishProblem().orElse("")
                    + ")",
                8000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        n.setId("publish-warning");
      }
      refreshGrid();
      Rule saved = result.rule();
      if (saved.deleted()) {
        form.edit(null);
      } else {
        grid.select(saved);
        form.edit(saved);
      }
    } catch (InvalidRuleException e) {
      form.recheck();
    } catch (RuleLimitException e) {
      form.showProblem(e.getMessage());
    } catch (PastExpiryException e) {
      form.recheck();
      error(e.getMessage());
    } catch (ConcurrentRuleChangeException | RuleNotFoundException | AccessDeniedException e) {
      error(e.getMessage());
      refreshGrid();
    }
  }

  private void refreshGrid() {
    List<Rule> items = currentUser.isAdmin() ? rules.listAll() : rules.listMine();
    grid.setItems(query -> items.stream().skip(query.getOffset()).limit(query.getLimit()));
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ruleId) {
    if (ruleId == null) return;
    String owner =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter("owner")
            .orElse(currentUser.require());
    try {
      form.edit(rules.get(owner, ruleId));
    } catch (RuleNotFoundException | AccessDeniedException e) {
      form.edit(null);
      error("No such rule, or it is not yours.");
    }
  }

  private static void error(String message) {
    Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    // New aggregates arrive on a Kafka thread: update the inputs panel inside ui.access only.
    // Coalesced: the feed carries every ticker's aggregates, far more than a page can redraw.
    CoalescedAccess inputs = new CoalescedAccess(ui, form::refreshInputs);
    marketSubscription =
        market.subscribe(
            change -> {
              if (form.reads(change.subject())) inputs.signal();
            });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (marketSubscription != null) marketSubscription.run();
    marketSubscription = null;
  }
}
