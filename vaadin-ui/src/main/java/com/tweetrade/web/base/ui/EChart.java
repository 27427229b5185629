package com.tweetrade.web.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.util.Map;

/**
 * An Apache ECharts chart, driven from Java by an ECharts option object (maps and lists).
 *
 * <p>No npm build: ECharts comes from the {@code org.mvnpm:echarts} web jar and a small custom
 * element ({@code charts/tt-echart.js}) renders it; both are loaded at run time with {@code
 * page.addJavaScript}. The option travels as a JSON attribute, which also works before the
 * element's script has loaded.
 */
@Tag("tt-echart")
public class EChart extends Component implements HasSize {
  public static final String ECHARTS_URL = "/_static/echarts/5.6.0/dist/echarts.min.js";
  public static final String ELEMENT_URL = "/charts/tt-echart.js";

  private static final ObjectMapper JSON = new ObjectMapper();

  public EChart() {
    setWidthFull();
    setHeight("320px");
  }

  /** Replaces the chart's option, e.g. {@code {xAxis: {...}, series: [...]}}. */
  public void setOption(Map<String, Object> option) {
    try {
      getElement().setAttribute("option", JSON.writeValueAsString(option));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("option is not JSON-serialisable", e);
    }
  }

  /** The option as sent to the browser, for tests. */
  public String optionJson() {
    return getElement().getAttribute("option");
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // Page-level scripts are loaded once per page however many charts ask for them.
    event.getUI().getPage().addJavaScript(ECHARTS_URL);
    event.getUI().getPage().addJavaScript(ELEMENT_URL);
  }
}
