package org.braid.platform.internal.store;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Braid store", description = "Which database Braid keeps its data in: PostgreSQL when url is set, "
        + "else the embedded Derby under the data directory. etc/org.braid.store.cfg fills these from BRAID_DB_URL, "
        + "BRAID_DB_USER and BRAID_DB_PASSWORD.")
@interface StoreConfig {
    @AttributeDefinition(description = "Data directory; empty means the braid.data system property (BRAID_DATA), "
            + "else ${karaf.data}/braid. The Derby database is its db/ folder, its backups the backups/ folder.")
    String dataDir() default "";

    @AttributeDefinition(description = "A jdbc:postgresql://host:port/database URL; empty means embedded Derby.")
    String url() default "";

    @AttributeDefinition(description = "The PostgreSQL user.")
    String user() default "";

    @AttributeDefinition(description = "The PostgreSQL user's password.", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Most connections the pool opens to the database.")
    int poolSize() default 10;
}
