package com.netra.app.users;

import static com.netra.shared.model.User.Role.ADMIN;
import static com.netra.shared.util.Strings.isBlank;
// FINDING: Static import 'com.netra.shared.util.Strings.truncateTo' cannot be resolved: type 'com.netra.shared.util.Strings' has no static member 'truncateTo'. Did you mean 'truncate'?
import static com.netra.shared.util.Strings.truncateTo;
import static java.util.stream.Collectors.toMap;

import com.netra.shared.config.RetryConfig;
import com.netra.shared.model.User;
// FINDING: type 'com.netra.shared.model.User' has no member type 'Status'
import com.netra.shared.model.User.Status;
// FINDING: type 'UserProfile' does not exist in package 'com.netra.shared.model'
import com.netra.shared.model.UserProfile;
import com.netra.shared.util.Strings;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Looks users up by id; app code on top of the shared module's model. */
public class UserDirectory {

  private final Map<String, User> byId;
  private final RetryConfig config = RetryConfig.DEFAULT;

  public UserDirectory(Collection<User> users) {
    this.byId = users.stream().collect(toMap(User::id, Function.identity()));
  }

  public Optional<User> find(String id) {
    return isBlank(id) ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  public boolean isAdmin(String id) {
    return find(id).map(u -> u.roles().contains(ADMIN)).orElse(false);
  }

  public String label(User user) {
    // FINDING: type 'com.netra.shared.model.User' has no method 'getDisplayName'. Did you mean 'displayName()'?
    String name = user.getDisplayName();
    // Not reported again: the static import of truncateTo above names a member that does not
    // exist, and that import (IH104) is the root cause. javac reports both places; import-health
    // reports the cause once, as it does for a type whose import is broken.
    //
    return truncateTo(name, 20);
  }

  public String shortLabel(User user) {
    return Strings.truncate(user.displayName(), Strings.DEFAULT_WIDTH / 4);
  }

  public int retries() {
    // FINDING: type 'com.netra.shared.config.RetryConfig' has no field 'maxRetries'
    return config.maxRetries;
  }

  public String placeholder() {
    // FINDING: type 'com.netra.shared.util.Strings' has no field or member type 'BLANK'
    return Strings.BLANK;
  }

  public long lastSeenMillis() {
    Instant now = Instant.now();
    // FINDING: type 'java.time.Instant' has no method 'toEpochMillis'. Did you mean 'toEpochMilli()'?
    return now.toEpochMillis();
  }

  public Status status(UserProfile profile) {
    return null;
  }

  // FINDING: RateLimited
  @RateLimited(perMinute = 10)
  public int count() {
    return byId.size();
  }
}
