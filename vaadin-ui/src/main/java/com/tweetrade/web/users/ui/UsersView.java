package com.tweetrade.web.users.ui;

import com.tweetrade.web.users.User;
import com.tweetrade.web.users.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every registered user; administrators only. */
@Route("users")
@PageTitle("Users | TweeTrade")
@Menu(order = 9, title = "Users")
@RolesAllowed(User.ROLE_ADMIN)
class UsersView extends VerticalLayout {
  final Grid<User> grid = new Grid<>(User.class, false);

  UsersView(UserService users) {
    setSizeFull();
    grid.addColumn(User::username).setHeader("User name").setSortable(true);
    grid.addColumn(User::displayName).setHeader("Display name");
    grid.addColumn(u -> String.join(", ", u.roles())).setHeader("Roles");
    grid.addColumn(User::createdAt).setHeader("Created");
    grid.setItems(users.listAll());
    add(grid);
  }
}
