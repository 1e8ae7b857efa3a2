package org.braid.core.spi;

import java.util.List;

/** A domain of a coding framework and its practices, e.g. "Culture Shift" with 4A..4C. */
public record Domain(String code, String name, List<Practice> practices) {}
