package com.tweetrade.web.system.ui;

import com.tweetrade.web.base.ui.EChart;
import com.tweetrade.web.system.SystemMonitor;
import com.tweetrade.web.system.SystemSample;
import com.tweetrade.web.users.User;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the running system does, live: rates into and out of the job, its consumer lag, decision
 * latency and checkpoints; administrators only. Renders the shared {@link SystemMonitor}'s samples,
 * pushed after each one.
 */
@Route("system")
@PageTitle("System | TweeTrade")
@Menu(order = 10, title = "System")
@RolesAllowed(User.ROLE_ADMIN)
class SystemView extends VerticalLayout {
  final Span rates = new Span();
  final Span lag = new Span();
  final Span flink = new Span();
  final EChart ratesChart = new EChart();
  final EChart lagChart = new EChart();
  final EChart flinkChart = new EChart();

  private final SystemMonitor monitor;
  private @Nullable Runnable subscription;

  SystemView(SystemMonitor monitor) {
    this.monitor = monitor;
    setWidthFull();
    rates.setId("system-rates");
    lag.setId("system-lag");
    flink.setId("system-flink");
    ratesChart.setId("system-rates-chart");
    lagChart.setId("system-lag-chart");
    flinkChart.setId("system-flink-chart");
    add(
        new H3("Kafka: records per second"),
        rates,
        ratesChart,
        new H3("Consumer lag of the job"),
        lag,
        lagChart,
        new H3("Flink (" + monitor.flinkUrl() + ")"),
        flink,
        flinkChart);
    show(monitor.history());
  }

  void show(List<SystemSample> samples) {
    SystemSample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
    rates.setText(SystemCharts.ratesText(last));
    lag.setText(SystemCharts.lagText(last, monitor.consumerGroup()));
    flink.setText(SystemCharts.flinkText(last));
    ratesChart.setOption(SystemCharts.rates(samples));
    lagChart.setOption(SystemCharts.lag(samples));
    flinkChart.setOption(SystemCharts.flink(samples));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    // Called on the monitor's thread: touch components only inside ui.access.
    subscription =
        monitor.subscribe(
            samples -> {
              try {
                ui.access(() -> show(samples));
              } catch (UIDetachedException e) {
                unsubscribe();
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    unsubscribe();
  }

  private synchronized void unsubscribe() {
    if (subscription != null) subscription.run();
    subscription = null;
  }
}
