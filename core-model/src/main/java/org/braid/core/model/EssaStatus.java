package org.braid.core.model;

/** ESSA identification: comprehensive or targeted support and improvement, or none. */
public enum EssaStatus {
    CSI, TSI, NONE
}
