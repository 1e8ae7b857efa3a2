package org.braid.core.spi;

/** One effective practice of a coding framework, e.g. {@code 4C} "Engage students and families ...". */
public record Practice(String code, String name) {}
