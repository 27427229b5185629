package com.tweetrade.web.account.ui;

import com.tweetrade.model.AccountSettings;
import com.tweetrade.web.account.AccountService;
import com.tweetrade.web.base.ui.UtcTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in user's paper account: the starting capital it is on, and a field to change it
 * (checked here with the job's own rule, then sent to the job and stored).
 */
@Route("account")
@PageTitle("Account | TweeTrade")
@Menu(order = 6, title = "Account")
@PermitAll
class AccountView extends VerticalLayout {

  /** What the job opens an account with when the user set nothing (its --starting-capital). */
  static final String DEFAULT_NOTE =
      "Starting capital: the default, "
          + AccountSettings.dollars(AccountSettings.DEFAULT_STARTING_CAPITAL_CENTS)
          + " (unless the operator set another --starting-capital)";

  static final String HOW_IT_WORKS =
      "Your paper account's cash starts at this amount. Changing it later moves your cash by the"
          + " difference, like a deposit (more) or a withdrawal (less); your positions stay as they"
          + " are. Cash can go below zero that way: buys are then refused until sells bring it"
          + " back.";

  final Span current = new Span();
  final BigDecimalField capital = new BigDecimalField("Starting capital ($)");
  final Button save = new Button("Save");
  final Span error = new Span();

  private final AccountService accounts;

  AccountView(AccountService accounts) {
    this.accounts = accounts;
    configureForm();
    add(new Paragraph(HOW_IT_WORKS), current, capital, save, error);
    showCurrent();
  }

  private void configureForm() {
    current.setId("account-capital-current");
    capital.setId("account-capital");
    capital.setWidth("16em");
    capital.setHelperText(
        "More than $0, at most "
            + AccountSettings.dollars(AccountSettings.MAX_STARTING_CAPITAL_CENTS)
            + "; dollars and cents");
    save.setId("account-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    error.setId("account-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
  }

  private void save() {
    error.setText("");
    capital.setInvalid(false);
    try {
      accounts.setStartingCapital(capital.getValue());
      showCurrent();
    } catch (IllegalArgumentException e) {
      capital.setInvalid(true);
      error.setText(e.getMessage());
    } catch (IllegalStateException e) {
      error.setText(e.getMessage());
    }
  }

  private void showCurrent() {
    Optional<AccountSettings> saved = accounts.current();
    current.setText(
        saved
            .map(
                s ->
                    "Starting capital: "
                        + AccountSettings.dollars(s.startingCapitalCents())
                        + ", set "
                        + UtcTime.FORMAT.format(Instant.ofEpochMilli(s.updatedAt())))
            .orElse(DEFAULT_NOTE));
    long cents =
        saved
            .map(AccountSettings::startingCapitalCents)
            .orElse(AccountSettings.DEFAULT_STARTING_CAPITAL_CENTS);
    capital.setValue(BigDecimal.valueOf(cents, 2));
  }
}
