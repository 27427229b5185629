package com.tweetrade.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The TweeTrade web UI: users, rules and a live dashboard, as one Spring Boot application.
 *
 * <p>Server push is on for every view, so Kafka consumers can update open pages. There is no custom
 * frontend bundle: Vaadin runs on its pre-compiled bundles and ECharts is loaded at run time.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
public class Application implements AppShellConfigurator {

  public static void main(String[] args) {
    if (UiCommandLine.wantsHelp(args)) {
      System.out.print(UiCommandLine.USAGE);
      return;
    }
    SpringApplication.run(Application.class, UiCommandLine.springArguments(args));
  }

  /** Services read time from here so that tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("TweeTrade");
  }
}
