package org.braid.monitoring.internal;

import java.util.List;

/**
 * A support in the catalog: what the state or a district (or an outside provider the state lists) offers, and the
 * practices it addresses.
 *
 * @param providerOrgId the organization that offers it and accepts requests for it: the state, a district, or a school
 *                      that opens its practice to others
 * @param provider      an outside provider's name, when the offering organization lists one
 * @param format        PROFESSIONAL_LEARNING, COACHING, TOOLKIT, NETWORK, FUNDING or OTHER
 * @param capacity      how many organizations it serves at once, or {@code null} for no limit
 * @param origin        {@value #SELF_ASSESSMENT} for a support the provider listed in the inventory of its process
 *                      self-assessment (kept in step with it), {@code null} for one entered in the catalog
 */
public record Support(String id, String title, String description, String providerOrgId, String provider, String format,
        List<String> practiceCodes, Integer capacity, String contact, Long version, String origin) {

    /** The origin of a support taken from a district's self-assessment inventory. */
    static final String SELF_ASSESSMENT = "self-assessment";

    public Support {
        practiceCodes = practiceCodes == null ? List.of() : List.copyOf(practiceCodes);
    }

    /** A support entered in the catalog. */
    public Support(String id, String title, String description, String providerOrgId, String provider, String format,
            List<String> practiceCodes, Integer capacity, String contact, Long version) {
        this(id, title, description, providerOrgId, provider, format, practiceCodes, capacity, contact, version, null);
    }

    static final List<String> FORMATS = List.of("PROFESSIONAL_LEARNING", "COACHING", "TOOLKIT", "NETWORK", "FUNDING", "OTHER");
}
