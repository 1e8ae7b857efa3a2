package org.braid.platform.internal.shell;

import java.sql.DatabaseMetaData;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.braid.platform.internal.store.JdbcDatabase;

/** {@code braid:store}: which database Braid runs on ({@code derby} or {@code postgresql}) and where, as health names it. */
@Command(scope = "braid", name = "store", description = "Show the database Braid uses")
@Service
public class StoreCommand extends OperatorCommand {
    @Reference
    JdbcDatabase store;

    @Override
    void run() {
        db.transaction(c -> {
            DatabaseMetaData meta = c.getMetaData();
            System.out.println("store:   " + store.store());
            System.out.println("product: " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            // without its parameters, where a password may be written
            System.out.println("url:     " + meta.getURL().replaceFirst("[?;].*", ""));
            return null;
        });
    }
}
