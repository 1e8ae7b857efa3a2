package org.braid.needsassessment.internal;

/** A comprehensive needs assessment looks at everything; a segmented one at one area (seed 001). */
public enum Scope { COMPREHENSIVE, SEGMENTED }
