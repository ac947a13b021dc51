package io.suishoupai.shared.ops;

import java.util.Optional;

/**
 * The schema this build's entities and statements were written against, and whether a database's schema can serve
 * them. Functions never migrate (the migration step does, once per release, before the release's functions start);
 * a function checks at start that the database has been migrated at least this far, so one started against an
 * older schema stops with a plain message instead of failing requests. A newer schema is fine: it is what a function
 * of the previous release meets while a release rolls out.
 */
public final class SchemaVersion {

    /** The highest {@code V<n>__} script in {@code db/migration}; SchemaVersionTest fails until a new one is counted. */
    public static final int REQUIRED = 26;

    /** The version Flyway last applied with success (its scripts are numbered by whole numbers only). */
    static final String CURRENT_SQL = "select max(version::int) from flyway_schema_history"
            + " where success and version ~ '^[0-9]+$'";

    private SchemaVersion() {
    }

    /** Why a database at {@code current} (null: never migrated) cannot serve a build needing {@code required}. */
    public static Optional<String> problem(Integer current, int required) {
        if (current == null) {
            return Optional.of("the database has no migration applied; this build needs schema version " + required
                    + ": run the migration step first");
        }
        if (current < required) {
            return Optional.of("the database schema is at version " + current + "; this build needs " + required
                    + ": run the migration step of this release first");
        }
        return Optional.empty();
    }
}
