package org.braid.platform.internal.network;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Braid coding framework", description = "Which installed coding framework plans are coded to.")
@interface FrameworksConfig {
    @AttributeDefinition(description = "The id of the framework in force, e.g. four-domains; when it is not installed, the first installed by id")
    String active() default "four-domains";
}
