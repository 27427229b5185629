package com.tweetrade.web.rules;

import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.web.base.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Users' rules: list, create, edit, pause, resume, delete; each change saved, then published.
 *
 * <p>A rule's expiry (rule schema 2) is kept by every change but an edit that sets another one, so
 * pausing, resuming or editing the text of a rule never turns it into a good-till-cancelled one.
 *
 * <p>A user has at most {@code tweetrade.max-rules-per-user} (default 200) live rules, so that one
 * account cannot fill the job's rule state. Two creates at the same moment may both pass the count:
 * the cap can be passed by as many rules as the user creates at once, which is harmless.
 *
 * <p>Authorisation lives here, not in the views: the caller comes from {@link CurrentUser}, and a
 * user reads and changes only their own rules (administrators any). A change is first written to
 * Cassandra with {@code publish_pending = true} and the next revision, then sent to the rules
 * topic; only an acknowledged send clears the flag. If Kafka is away the caller is told, and {@link
 * RuleRepublisher} sends the latest revision later, so Cassandra and the topic converge.
 */
@Service
public class RuleService {
  private static final Logger LOG = LoggerFactory.getLogger(RuleService.class);
  private static final Comparator<Rule> OLDEST_FIRST =
      Comparator.comparing(Rule::createdAt).thenComparing(Rule::ruleId);

  /**
   * What became of a change: it is saved either way; {@code publishProblem} says why it is not on
   * the rules topic yet.
   */
  public record SaveResult(Rule rule, Optional<String> publishProblem) {
    public boolean published() {
      return publishProblem.isEmpty();
    }
  }

  private final RuleRepository repository;
  private final RulePublisher publisher;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final int maxRulesPerUser;

  public RuleService(
      RuleRepository repository,
      RulePublisher publisher,
      CurrentUser currentUser,
      Clock clock,
      @Value("${tweetrade.max-rules-per-user:200}") int maxRulesPerUser) {
    this.repository = repository;
    this.publisher = publisher;
    this.currentUser = currentUser;
    this.clock = clock;
    this.maxRulesPerUser = maxRulesPerUser;
  }

  /** The caller's rules, oldest first. */
  public List<Rule> listMine() {
    return live(repository.findByUser(currentUser.require()));
  }

  /** Every user's rules; administrators only. */
  public List<Rule> listAll() {
    currentUser.requireAdmin();
    return live(repository.findAll());
  }

  /** One rule of {@code owner}; the caller must be the owner or an administrator. */
  public Rule get(String owner, String ruleId) {
    currentUser.requireOwnerOrAdmin(owner);
    return repository
        .find(owner, ruleId)
        .filter(r -> !r.deleted())
        .orElseThrow(() -> new RuleNotFoundException(owner, ruleId));
  }

  /**
   * Creates a rule of the caller that is good till cancelled.
   *
   * @throws InvalidRuleException when the parser refuses the text; nothing is saved then
   * @throws RuleLimitException when the caller has the most rules allowed; nothing is saved then
   */
  public SaveResult create(String text) {
    return create(text, null);
  }

  /**
   * Creates a rule of the caller that the job fires until {@code expiresAt} (event time), or
   * forever when it is null.
   *
   * @throws InvalidRuleException when the parser refuses the text; nothing is saved then
   * @throws PastExpiryException when {@code expiresAt} is not in the future; nothing is saved then
   * @throws RuleLimitException when the caller has the most rules allowed; nothing is saved then
   */
  public SaveResult create(String text, @Nullable Instant expiresAt) {
    String owner = currentUser.require();
    String checked = checked(text);
    if (live(repository.findByUser(owner)).size() >= maxRulesPerUser) {
      throw new RuleLimitException(maxRulesPerUser);
    }
    Instant now = clock.instant();
    Rule rule =
        new Rule(
            owner,
            UUID.randomUUID().toString(),
            checked,
            false,
            false,
            1,
            now,
            now,
            true,
            futureExpiry(expiresAt, null, now));
    if (!repository.insert(rule))
      throw new IllegalStateException("rule id collision: " + rule.ruleId());
    return publish(rule, RuleEvent.Type.CREATE);
  }

  /** Replaces the text of a rule and keeps its expiry; see {@link #create} for errors. */
  public SaveResult update(String owner, String ruleId, String text) {
    Rule current = get(owner, ruleId);
    return update(current, text, current.expiresAt());
  }

  /**
   * Replaces the text and the expiry ({@code null}: good till cancelled) of a rule. An unchanged
   * expiry is kept even if it has passed, so an expired rule's text stays editable; a changed one
   * must be in the future. See {@link #create(String, Instant)} for errors.
   */
  public SaveResult update(String owner, String ruleId, String text, @Nullable Instant expiresAt) {
    return update(get(owner, ruleId), text, expiresAt);
  }

  private SaveResult update(Rule current, String text, @Nullable Instant expiresAt) {
    Instant now = clock.instant();
    Rule next =
        current.next(
            checked(text),
            current.paused(),
            false,
            now,
            futureExpiry(expiresAt, current.expiresAt(), now));
    return change(current, next, RuleEvent.Type.UPDATE);
  }

  public SaveResult pause(String owner, String ruleId) {
    Rule current = get(owner, ruleId);
    return change(
        current, current.next(current.text(), true, false, clock.instant()), RuleEvent.Type.PAUSE);
  }

  public SaveResult resume(String owner, String ruleId) {
    Rule current = get(owner, ruleId);
    return change(
        current,
        current.next(current.text(), false, false, clock.instant()),
        RuleEvent.Type.RESUME);
  }

  /** Marks the rule deleted; the row stays (flagged) so a failed DELETE publish can be retried. */
  public SaveResult delete(String owner, String ruleId) {
    Rule current = get(owner, ruleId);
    return change(
        current,
        current.next(current.text(), current.paused(), true, clock.instant()),
        RuleEvent.Type.DELETE);
  }

  /**
   * Publishes every rule whose latest revision is not on the topic yet and changed more than {@code
   * grace} ago; returns how many it published. Not for views: it runs as the system, for {@link
   * RuleRepublisher}.
   *
   * <p>The grace period leaves a change's own publish time to finish, so the republisher does not
   * send it twice. A duplicate is harmless anyway: it has the same revision, which consumers
   * ignore.
   */
  int republishPending(Duration grace) {
    int published = 0;
    Instant settled = clock.instant().minus(grace);
    for (Rule rule : repository.findAll()) {
      if (!rule.publishPending() || rule.updatedAt().isAfter(settled)) continue;
      // The event carries the whole rule, so the latest state is enough even if several changes
      // were missed; its type says that state (a paused rule goes out as PAUSE, not UPDATE).
      try {
        publisher.publish(RulePublisher.stateEventFor(rule));
      } catch (RulePublisher.PublishException e) {
        LOG.info("Rules topic still unavailable, pending rule changes wait: {}", e.getMessage());
        return published;
      }
      repository.markPublished(rule.userId(), rule.ruleId(), rule.revision());
      published++;
    }
    return published;
  }

  private SaveResult change(Rule current, Rule next, RuleEvent.Type type) {
    if (!repository.update(next)) {
      throw new ConcurrentRuleChangeException(current.ruleId());
    }
    return publish(next, type);
  }

  private SaveResult publish(Rule rule, RuleEvent.Type type) {
    try {
      publisher.publish(RulePublisher.eventFor(rule, type));
    } catch (RulePublisher.PublishException e) {
      LOG.warn(
          "Rule {} rev {} saved but not published: {}",
          rule.ruleId(),
          rule.revision(),
          e.getMessage());
      return new SaveResult(rule, Optional.of(e.getMessage()));
    }
    repository.markPublished(rule.userId(), rule.ruleId(), rule.revision());
    return new SaveResult(rule.published(), Optional.empty());
  }

  /**
   * {@code expiresAt} in milliseconds (what Cassandra and the event keep) if it is null, unchanged
   * from {@code stored}, or after {@code now}.
   */
  private static @Nullable Instant futureExpiry(
      @Nullable Instant expiresAt, @Nullable Instant stored, Instant now) {
    if (expiresAt == null) return null;
    Instant millis = expiresAt.truncatedTo(ChronoUnit.MILLIS);
    if (millis.equals(stored) || millis.isAfter(now)) return millis;
    throw new PastExpiryException(millis, now);
  }

  private static String checked(String text) {
    RuleCheck check = RuleCheck.of(text);
    if (check.error().isPresent()) throw new InvalidRuleException(check.error().get());
    return text.strip();
  }

  private static List<Rule> live(List<Rule> rules) {
    return rules.stream().filter(r -> !r.deleted()).sorted(OLDEST_FIRST).toList();
  }
}
