package com.tweetrade.sentiment.movement;

import java.time.LocalDate;

/** A ticker's adjusted close on one trading day. */
public record DailyClose(LocalDate day, double adjClose) {}
