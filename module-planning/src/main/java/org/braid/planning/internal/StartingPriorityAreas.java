package org.braid.planning.internal;

import java.util.List;

import org.braid.planning.internal.Inputs.AreaInput;

/** Where a new plan's first priority areas come from: the organization's needs assessment, when that module is on. */
interface StartingPriorityAreas {
    List<AreaInput> forPlan(String orgId, String schoolYear);
}
