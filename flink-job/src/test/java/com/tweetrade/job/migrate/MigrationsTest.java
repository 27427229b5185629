package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The list of migrations the migrate command offers, in the order they came in. */
class MigrationsTest {
  @Test
  void shouldListEveryMigrationOnceInTheOrderTheyCameIn() {
    assertThat(Migrations.ALL)
        .extracting(RuleMigration::about)
        .extracting(RuleMigration.About::name)
        .containsExactly("rename-keyword", "rules-v1-to-v2", "rules-v2-to-v3");
  }

  @Test
  void shouldFindEachMigrationByItsName() {
    assertThat(Migrations.named("rename-keyword")).containsInstanceOf(RenameKeywordMigration.class);
    assertThat(Migrations.named("rules-v1-to-v2")).containsInstanceOf(RulesV1ToV2Migration.class);
    assertThat(Migrations.named("rules-v2-to-v3")).containsInstanceOf(RulesV2ToV3Migration.class);
    assertThat(Migrations.named("no-such")).isEmpty();
  }
}
