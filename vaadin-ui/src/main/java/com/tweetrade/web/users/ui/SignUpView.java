package com.tweetrade.web.users.ui;

import com.tweetrade.web.users.SignUpException;
import com.tweetrade.web.users.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Lets a visitor create an account, then sends them to sign in.
 *
 * <p>A taken name gets the same answer as a free one ({@link #DONE}), so the page does not tell
 * which names exist; the sign-in then fails for the taken one.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up | TweeTrade")
@AnonymousAllowed
class SignUpView extends VerticalLayout {
  static final String DONE =
      "If the name was free, your account is ready: sign in. If sign-in fails, choose another"
          + " name.";

  final TextField username = new TextField("User name");
  final TextField displayName = new TextField("Display name");
  final PasswordField password = new PasswordField("Password");
  final PasswordField confirm = new PasswordField("Confirm password");
  final Button signUp = new Button("Sign up");
  final Paragraph error = new Paragraph();

  private final UserService users;

  SignUpView(UserService users) {
    this.users = users;
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    configureFields();
    add(
        new H1("Create your TweeTrade account"),
        username,
        displayName,
        password,
        confirm,
        error,
        signUp,
        new Anchor("login", "Have an account? Sign in"));
  }

  private void configureFields() {
    username.setId("signup-username");
    username.setHelperText("3–32 characters: letters, digits, . - _");
    displayName.setId("signup-display-name");
    password.setId("signup-password");
    password.setHelperText("8 to 72 characters (fewer with accents or emoji)");
    confirm.setId("signup-confirm");
    error.setId("signup-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    signUp.setId("signup-button");
    signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    signUp.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
    signUp.addClickListener(e -> signUp());
  }

  private void signUp() {
    if (!password.getValue().equals(confirm.getValue())) {
      error.setText("The passwords differ.");
      return;
    }
    try {
      users.signUp(
          username.getValue(), displayName.getValue(), password.getValue(), clientAddress());
      Notification.show(DONE, 8000, Notification.Position.TOP_CENTER);
      getUI().ifPresent(ui -> ui.navigate("login"));
    } catch (SignUpException e) {
      error.setText(e.getMessage());
    }
  }

  /** The address of the browser's request, for the sign-up rate limit. */
  private static String clientAddress() {
    VaadinRequest request = VaadinRequest.getCurrent();
    @Nullable String address = request == null ? null : request.getRemoteAddr();
    return address == null ? "unknown" : address;
  }
}
