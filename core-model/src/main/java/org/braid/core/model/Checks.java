package org.braid.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field violations so one answer names every problem at once, not just the first.
 * Usage: {@code new Checks().required("name", name).maxLength("name", name, 200).throwIfAny();}
 */
public final class Checks {
    /** A school year as written in plans: {@code 2026-27}. */
    public static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private final List<Violation> violations = new ArrayList<>();

    public Checks add(String field, String message) {
        violations.add(new Violation(field, message));
        return this;
    }

    public Checks required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) add(field, "is required");
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) add(field, "must be at most " + max + " characters");
        return this;
    }

    /** Required, not blank, and at most {@code max} characters. */
    public Checks text(String field, String value, int max) {
        return required(field, value).maxLength(field, value, max);
    }

    public Checks matches(String field, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) add(field, "must be " + expected);
        return this;
    }

    /** A school year {@code YYYY-YY} whose second part is the year after the first. */
    public Checks schoolYear(String field, String value) {
        if (value != null && !isSchoolYear(value)) add(field, "must be a school year like 2026-27");
        return this;
    }

    public static boolean isSchoolYear(String value) {
        var m = SCHOOL_YEAR.matcher(value);
        return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
    }

    /**
     * @return the value when it is there
     * @throws ValidationException naming the field when it is missing or blank
     */
    public static String require(String field, String value) {
        if (value == null || value.isBlank()) throw new ValidationException(field, "is required");
        return value;
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** @throws ValidationException listing every violation collected, if there is any */
    public void throwIfAny() {
        if (!violations.isEmpty()) throw new ValidationException("invalid input", violations);
    }
}
