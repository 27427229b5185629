package com.tweetrade.stack;

import com.tweetrade.model.access.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Gives every part of {@link StackAccess} its SCRAM credentials and ACLs on a secured broker, as
 * the admin. Idempotent: an existing credential is overwritten with the one on file, an existing
 * ACL is kept.
 */
final class KafkaAccess {
  /** Consumer groups and transactional ids of the job and the UI start with this. */
  static final String ID_PREFIX = "tweetrade";

  private static final int SCRAM_ITERATIONS = 8192;

  private KafkaAccess() {}

  static void apply(String bootstrap, StackAccess access) {
    try (Admin admin = KafkaTopics.admin(bootstrap, Optional.of(access.admin()))) {
      List<UserScramCredentialAlteration> users = new ArrayList<>();
      for (StackAccess.Principal principal : StackAccess.PRINCIPALS) {
        Credentials c = access.of(principal.name()).orElseThrow();
        users.add(
            new UserScramCredentialUpsertion(
                c.user(),
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, SCRAM_ITERATIONS),
                c.password()));
      }
      admin.alterUserScramCredentials(users).all().get(60, TimeUnit.SECONDS);
      admin.createAcls(bindings()).all().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while creating Kafka users and ACLs on " + bootstrap, e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalStateException(
          "Cannot create Kafka users and ACLs on " + bootstrap + ": " + cause.getMessage(), cause);
    }
  }

  /** Every ACL of every part (READ and WRITE imply DESCRIBE). */
  static List<AclBinding> bindings() {
    List<AclBinding> acls = new ArrayList<>();
    for (StackAccess.Principal p : StackAccess.PRINCIPALS) {
      String user = "User:" + p.name();
      for (String topic : p.reads()) {
        acls.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
      }
      for (String topic : p.writes()) {
        acls.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
      }
      for (String topic : p.describes()) {
        acls.add(
            allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
      }
      if (!p.writes().isEmpty()) {
        acls.add(
            allow(
                user,
                ResourceType.CLUSTER,
                "kafka-cluster",
                PatternType.LITERAL,
                AclOperation.IDEMPOTENT_WRITE));
      }
      if (p.groupsAndTransactions()) {
        acls.add(
            allow(user, ResourceType.GROUP, ID_PREFIX, PatternType.PREFIXED, AclOperation.READ));
        acls.add(
            allow(
                user,
                ResourceType.TRANSACTIONAL_ID,
                ID_PREFIX,
                PatternType.PREFIXED,
                AclOperation.WRITE));
      }
    }
    return acls;
  }

  private static AclBinding allow(
      String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
    return new AclBinding(
        new ResourcePattern(type, name, pattern),
        new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
  }
}
