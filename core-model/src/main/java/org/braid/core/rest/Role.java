package org.braid.core.rest;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a user may do at the organization they belong to (and, for a coach, the ones assigned). */
public enum Role {
    /** The platform: modules, users, frameworks; everything everywhere. */
    ADMIN("admin"),
    /** Reads and monitors the whole state; edits the SEA's own records. */
    SEA_STAFF("sea-staff"),
    /** Edits its LEA; reads and comments on its schools. */
    LEA_LEADER("lea-leader"),
    /** Edits its own school. */
    SCHOOL_LEADER("school-leader"),
    /** Reads and comments on the organizations assigned to them. */
    COACH("coach"),
    /** Reads, in scope, and nothing else. */
    VIEWER("viewer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the roles there are */
    @JsonCreator
    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown role; one of admin, sea-staff, lea-leader, school-leader, coach, viewer"));
    }
}
