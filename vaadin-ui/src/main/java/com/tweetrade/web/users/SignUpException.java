package com.tweetrade.web.users;

/** Why a sign-up was refused, in words fit to show the user. */
public class SignUpException extends RuntimeException {
  public SignUpException(String message) {
    super(message);
  }
}
