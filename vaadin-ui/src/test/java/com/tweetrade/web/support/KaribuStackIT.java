package com.tweetrade.web.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of integration tests that open views in a mocked browser (Karibu) on the real application
 * context, Kafka and Cassandra.
 */
public abstract class KaribuStackIT extends SpringStackIT {
  @Autowired private ApplicationContext context;

  /**
   * The routes Karibu discovers in {@code com.tweetrade.web} plus {@code views}, named from there
   * (e.g. {@code "users.ui.UsersView"}): Karibu discovers public views only, and ours are
   * package-private, as STYLE.md asks.
   */
  protected static Routes routesWith(String... views) {
    Routes routes = new Routes().autoDiscoverViews("com.tweetrade.web");
    for (String view : views) {
      try {
        routes
            .getRoutes()
            .add(Class.forName("com.tweetrade.web." + view).asSubclass(Component.class));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return routes;
  }

  /**
   * Opens a fresh mocked browser on {@code routes}, signed in as {@code user} with {@code roles}.
   */
  protected void openBrowserAs(Routes routes, String user, String... roles) {
    MockVaadin.tearDown();
    MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    signInAs(user, roles);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    // Vaadin's view access checker and the menu ask the request who is signed in.
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    Set<String> roleSet = Set.of(roles);
    request.setUserInRole((principal, role) -> roleSet.contains(role));
  }

  /** Opens {@code view} alone at {@code route} as the trader {@code user}. */
  protected <V extends Component> V openAsUser(String user, Class<V> view, String route) {
    Routes routes = new Routes();
    routes.getRoutes().add(view);
    openBrowserAs(routes, user, "USER");
    UI.getCurrent().navigate(route);
    return _get(view);
  }

  @AfterEach
  void closeBrowser() {
    MockVaadin.tearDown();
  }
}
