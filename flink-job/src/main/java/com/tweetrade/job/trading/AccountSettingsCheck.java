package com.tweetrade.job.trading;

import com.tweetrade.job.analytics.EventCheck;
import com.tweetrade.model.AccountSettings;

/**
 * An account setting is usable when it names its user and its starting capital is in range ({@link
 * AccountSettings#capitalProblem}, the web UI's own check): anything else goes to the dead letters
 * with the reason, and the account keeps its capital.
 */
public class AccountSettingsCheck implements EventCheck<AccountSettings> {
  private static final long serialVersionUID = 1L;

  @Override
  public String problem(AccountSettings s) {
    if (s.userId() == null || s.userId().isBlank()) return "account settings without userId";
    String capital = AccountSettings.capitalProblem(s.startingCapitalCents());
    return capital == null ? null : capital + " (user " + s.userId() + ")";
  }
}
