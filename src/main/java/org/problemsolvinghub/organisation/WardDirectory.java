package org.problemsolvinghub.organisation;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * The wards by code, kept in memory for ten minutes. A plan shows its ward's name, and every change to a plan
 * (each task completed) puts the plan's view into its audit trail, so without this each completion read the
 * same ward row again. Wards are reference data that only migrations add or rename, and the hub never changes
 * a ward it has read, so the entities handed out are shared between requests.
 */
@Component
public class WardDirectory {

    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private final LoadingCache<String, Optional<Ward>> wards;

    WardDirectory(WardRepository repository) {
        this.wards = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(10_000).build(repository::findById);
    }

    public Optional<Ward> find(String code) {
        return code == null ? Optional.empty() : wards.get(code);
    }
}
