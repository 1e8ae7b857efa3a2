package org.braid.core.model;

/**
 * ESSA identification (ESEA section 1111(c)(4)(D), (d)): comprehensive support and improvement, targeted support and
 * improvement, additional targeted support and improvement (a TSI school with a subgroup performing like the lowest
 * schools, which must also address resource inequities, section 1111(d)(2)(C)), or none.
 *
 * @since 1.4 ATSI
 */
public enum EssaStatus {
    CSI, TSI, ATSI, NONE
}
