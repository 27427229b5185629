package com.tweetrade.web.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page; the form posts to Spring Security's {@code /login}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | TweeTrade")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
  private final LoginForm login = new LoginForm();

  public LoginView() {
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    login.setAction("login");
    login.setForgotPasswordButtonVisible(false);
    login.setI18n(i18n());
    add(
        new H1("TweeTrade"),
        new Paragraph("Trade on what the market says and what Twitter feels."),
        login,
        new Anchor("signup", "No account yet? Sign up"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  private static LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle("Sign-in failed");
    // One message for wrong passwords and lockouts alike, so it tells a guesser nothing.
    error.setMessage(
        "Check your user name and password. After repeated failures, sign-in is paused for a"
            + " while.");
    return i18n;
  }
}
