package org.braid.core.model;

/** The three levels of the network: a state, its districts and their schools. */
public enum OrgType {
    SEA(null), LEA(SEA), SCHOOL(LEA);

    private final OrgType parentType;

    OrgType(OrgType parentType) {
        this.parentType = parentType;
    }

    /** @return the type a parent of this type must have, or {@code null} for the top of the tree */
    public OrgType parentType() {
        return parentType;
    }
}
