package org.braid.core.spi;

/** Where shipped reference data comes from, cited wherever it is shown. */
public record Source(String title, String publisher, String year, String section) {}
