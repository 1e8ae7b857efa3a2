package org.braid.monitoring.internal;

/** The monthly status of an action or milestone, as a team reports it (Tool A, "Reporting implementation data"). */
public enum Status {
    NOT_STARTED, ON_TRACK, OFF_TRACK, COMPLETE, CANCELLED;

    /** The current status of an element that was never reported. */
    static final String NONE = "NONE";

    /** @return whether an element with this status (or {@link #NONE}) can still fall overdue */
    static boolean open(String status) {
        return !COMPLETE.name().equals(status) && !CANCELLED.name().equals(status);
    }
}
