package com.tweetrade.sentiment.stocknet;

import java.time.LocalDate;

/** A ticker's adjusted close on one trading day. */
public record DailyClose(LocalDate day, double adjClose) {}
