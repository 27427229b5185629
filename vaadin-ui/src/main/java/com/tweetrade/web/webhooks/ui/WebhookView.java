package com.tweetrade.web.webhooks.ui;

import com.tweetrade.model.webhooks.WebhookDelivery;
import com.tweetrade.model.webhooks.WebhookSignature;
import com.tweetrade.web.base.ui.UtcTime;
import com.tweetrade.web.webhooks.WebhookService;
import com.tweetrade.web.webhooks.WebhookSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The signed-in user's webhook: its URL, its signing secret (shown once, when created or rotated)
 * and the delivery log the notifier writes.
 */
@Route("webhook")
@PageTitle("Webhook | TweeTrade")
@Menu(order = 3, title = "Webhook")
@PermitAll
class WebhookView extends VerticalLayout {
  static final String SECRET_NOTE =
      "Copy the secret now: it is not shown again. Check each delivery's "
          + WebhookSignature.HEADER
          + " header against sha256=<hex HMAC-SHA256 of the body with this secret>.";

  final TextField url = new TextField("Webhook URL");
  final Button save = new Button("Save");
  final Button rotate = new Button("New secret");
  final Button remove = new Button("Remove");
  final Span error = new Span();
  final TextField secret = new TextField("Signing secret");
  final Paragraph secretNote = new Paragraph(SECRET_NOTE);
  final Grid<WebhookDelivery> log = new Grid<>(WebhookDelivery.class, false);
  final Button refresh = new Button("Refresh");

  private final WebhookService webhooks;

  WebhookView(WebhookService webhooks) {
    this.webhooks = webhooks;
    setSizeFull();
    configureForm();
    configureLog();
    HorizontalLayout actions = new HorizontalLayout(save, rotate, remove);
    HorizontalLayout logHeader = new HorizontalLayout(new H3("Delivery log"), refresh);
    logHeader.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(
        new Paragraph(
            "Alerts of your rules (NOTIFY) are POSTed here as JSON, signed with your secret,"
                + " with the alert id as Idempotency-Key; failures are retried with backoff."),
        url,
        actions,
        error,
        secret,
        secretNote,
        logHeader,
        log);
    showCurrent();
    refreshLog();
  }

  private void configureForm() {
    url.setId("webhook-url");
    url.setWidth("40em");
    url.setPlaceholder("https://example.com/tweetrade-hook");
    save.setId("webhook-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    rotate.setId("webhook-rotate");
    rotate.addClickListener(e -> act(() -> showSecret(webhooks.rotateSecret())));
    remove.setId("webhook-remove");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    remove.addClickListener(
        e ->
            act(
                () -> {
                  webhooks.remove();
                  url.clear();
                  showCurrent();
                }));
    error.setId("webhook-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    secret.setId("webhook-secret");
    secret.setReadOnly(true);
    secret.setWidth("40em");
    secret.setVisible(false);
    secretNote.setVisible(false);
  }

  private void configureLog() {
    log.setId("webhook-log");
    log.addColumn(d -> UtcTime.FORMAT.format(d.attemptedAt()))
        .setHeader("Attempted")
        .setAutoWidth(true);
    log.addColumn(WebhookDelivery::alertId).setHeader("Alert").setAutoWidth(true);
    log.addColumn(WebhookDelivery::attempt).setHeader("Attempt").setAutoWidth(true);
    log.addColumn(d -> d.status() == 0 ? "—" : Integer.toString(d.status()))
        .setHeader("HTTP")
        .setAutoWidth(true);
    log.addColumn(WebhookDelivery::outcome).setHeader("Outcome").setAutoWidth(true);
    log.addColumn(WebhookDelivery::error)
        .setHeader("Error")
        .setFlexGrow(3)
        .setTooltipGenerator(WebhookDelivery::error);
    log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    refresh.setId("webhook-log-refresh");
    refresh.addClickListener(e -> refreshLog());
  }

  private void save() {
    act(
        () -> {
          Optional<String> created = webhooks.save(url.getValue());
          created.ifPresent(this::showSecret);
          showCurrent();
        });
  }

  /** Runs an action; a refusal is shown in one line under the buttons. */
  private void act(Runnable action) {
    error.setText("");
    try {
      action.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      error.setText(e.getMessage());
    }
  }

  private void showSecret(String value) {
    secret.setValue(value);
    secret.setVisible(true);
    secretNote.setVisible(true);
  }

  private void showCurrent() {
    Optional<WebhookSettings> current = webhooks.current();
    current.ifPresent(w -> url.setValue(w.url()));
    rotate.setEnabled(current.isPresent());
    remove.setEnabled(current.isPresent());
    url.setHelperText(
        current
            .map(w -> "Saved " + UtcTime.FORMAT.format(w.updatedAt()))
            .orElse("No webhook yet: alerts are shown in the app only."));
  }

  void refreshLog() {
    log.setItems(webhooks.recentDeliveries());
  }
}
