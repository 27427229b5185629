package com.tweetrade.web.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view: title, the features' {@link HeaderItem}s (the unread
 * notifications), navigation built from {@code @Menu}, sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

  public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderItem> items) {
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), header(authentication, items));
    addToDrawer(navigation());
  }

  private static HorizontalLayout header(
      AuthenticationContext authentication, ObjectProvider<HeaderItem> items) {
    Span title = new Span("TweeTrade");
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    Span user = new Span(authentication.getPrincipalName().orElse(""));
    user.setId("current-user");
    Button signOut = new Button("Sign out", e -> authentication.logout());
    signOut.setId("sign-out");
    HorizontalLayout header = new HorizontalLayout(title);
    items.orderedStream().forEach(item -> header.add(item.create()));
    header.add(user, signOut);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.setWidthFull();
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    return header;
  }

  private static SideNav navigation() {
    SideNav nav = new SideNav();
    // Only entries the current user may open are returned (admin views are hidden from users).
    MenuConfiguration.getMenuEntries()
        .forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
    return nav;
  }
}
