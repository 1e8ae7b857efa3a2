package org.braid.platform.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Braid sessions", description = "How long a sign-in lasts without use, and how many one user may hold.")
@interface SessionsConfig {
    @AttributeDefinition(description = "Minutes without a request after which a session ends (it ends 12 hours after sign-in in any case).")
    int idleMinutes() default 30;

    @AttributeDefinition(description = "Live sessions one user may hold; signing in once more ends their oldest.")
    int maxPerUser() default 10;
}
