package com.tweetrade.job;

import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.Position;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Everything the job produces, before IO: what {@link TweeTradeJob#build(Inputs, JobSettings)}
 * returns.
 *
 * @param prices per ticker, 1m/5m/15m, every pane; timestamp = window end - 1
 * @param sentiments per tracked keyword and cashtag, the same windows and cadence
 * @param trades every order fired, FILLED or REJECTED (with the reason)
 * @param positions a user's position in a ticker after each fill and at the quotes of the ticker
 * @param equity each user's cash, market value and equity after every change
 * @param deadLetters malformed, invalid and late input, and rule events that do not compile
 * @param alerts the alerts of {@code NOTIFY} rules, one per firing
 * @param openOrders the order book's changes of resting orders, for the {@code openOrders} table
 */
public record JobOutputs(
    DataStream<PriceAggregate> prices,
    DataStream<SentimentAggregate> sentiments,
    DataStream<Trade> trades,
    DataStream<Position> positions,
    DataStream<EquityPoint> equity,
    DataStream<DeadLetter> deadLetters,
    DataStream<Alert> alerts,
    DataStream<OpenOrder> openOrders) {}
