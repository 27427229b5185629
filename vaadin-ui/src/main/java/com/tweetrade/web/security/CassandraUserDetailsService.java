package com.tweetrade.web.security;

import com.tweetrade.web.users.User;
import com.tweetrade.web.users.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for Spring Security from Cassandra's usertable; roles become {@code ROLE_*}. */
@Service
class CassandraUserDetailsService implements UserDetailsService {
  private final UserService users;

  CassandraUserDetailsService(UserService users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    User user =
        users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return org.springframework.security.core.userdetails.User.withUsername(user.username())
        .password(user.passwordHash())
        .roles(user.roles().toArray(String[]::new))
        .build();
  }
}
