package com.tweetrade.web.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.web.account.AccountService;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account page (Karibu, no Spring): the capital the user is on, a change saved through the
 * service, a refused one shown with its reason and not saved.
 */
class AccountViewTest {
  private static final long T = Instant.parse("2026-12-07T10:15:00Z").toEpochMilli();

  private final AccountService accounts = mock(AccountService.class);
  private final AtomicReference<Optional<AccountSettings>> saved =
      new AtomicReference<>(Optional.empty());

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    when(accounts.current()).thenAnswer(call -> saved.get());
    // The service's own check (model's, the job's), then "stored".
    when(accounts.setStartingCapital(any()))
        .thenAnswer(
            call -> {
              long cents = AccountService.cents(call.getArgument(0));
              AccountSettings s = new AccountSettings("alice", cents, T);
              saved.set(Optional.of(s));
              return s;
            });
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private AccountView open() {
    AccountView view = new AccountView(accounts);
    UI.getCurrent().add(view);
    return view;
  }

  @Test
  void shouldShowTheDefaultWhenNothingIsSet() {
    AccountView view = open();

    assertThat(view.current.getText())
        .isEqualTo(
            "Starting capital: the default, $100,000.00 (unless the operator set another"
                + " --starting-capital)");
    assertThat(view.capital.getValue()).isEqualByComparingTo("100000.00");
  }

  @Test
  void shouldSaveANewCapitalAndShowIt() {
    AccountView view = open();

    view.capital.setValue(new BigDecimal("2500.50"));
    view.save.click();

    verify(accounts).setStartingCapital(new BigDecimal("2500.50"));
    assertThat(view.error.getText()).isEmpty();
    assertThat(view.capital.isInvalid()).isFalse();
    assertThat(view.current.getText())
        .isEqualTo("Starting capital: $2,500.50, set 2026-12-07 10:15:00 UTC");

    // Opened again: the saved value, not the default.
    assertThat(open().capital.getValue()).isEqualByComparingTo("2500.50");
  }

  @Test
  void shouldRefuseACapitalOutOfRangeWithTheReasonAndKeepTheOldOne() {
    saved.set(Optional.of(new AccountSettings("alice", 5_000_000L, T)));
    AccountView view = open();

    view.capital.setValue(BigDecimal.ZERO);
    view.save.click();
    assertThat(view.error.getText())
        .isEqualTo("starting capital must be more than $0.00, was $0.00");
    assertThat(view.capital.isInvalid()).isTrue();

    view.capital.setValue(new BigDecimal("2000000000"));
    view.save.click();
    assertThat(view.error.getText())
        .isEqualTo("starting capital must be at most $1,000,000,000.00, was $2,000,000,000.00");
    assertThat(view.current.getText()).startsWith("Starting capital: $50,000.00, set ");
  }

  @Test
  void shouldSayWhenKafkaDidNotTakeIt() {
    doThrow(new IllegalStateException("not saved: Kafka did not accept the setting"))
        .when(accounts)
        .setStartingCapital(any());
    AccountView view = open();

    view.capital.setValue(new BigDecimal("20000"));
    view.save.click();

    assertThat(view.error.getText()).isEqualTo("not saved: Kafka did not accept the setting");
    assertThat(view.capital.isInvalid()).isFalse();
    assertThat(view.current.getText()).startsWith("Starting capital: the default");
  }

  @Test
  void shouldNotCallTheServiceBeforeSave() {
    open().capital.setValue(new BigDecimal("1"));
    verify(accounts, never()).setStartingCapital(any());
  }
}
