package org.braid.platform.internal.store;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Braid store", description = "Where Braid keeps its Derby database.")
@interface StoreConfig {
    @AttributeDefinition(description = "Data directory; empty means the braid.data system property (BRAID_DATA), "
            + "else ${karaf.data}/braid. The database is its db/ folder.")
    String dataDir() default "";
}
