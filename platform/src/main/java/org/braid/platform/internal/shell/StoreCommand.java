package org.braid.platform.internal.shell;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code braid:store}: which database Braid runs on and where, read from the connection itself. */
@Command(scope = "braid", name = "store", description = "Show the database Braid uses")
@Service
public class StoreCommand extends OperatorCommand {
    @Override
    void run() {
        db.transaction(c -> {
            DatabaseMetaData meta = c.getMetaData();
            String product = meta.getDatabaseProductName();
            String store = product.toLowerCase(Locale.ROOT).contains("derby") ? "derby" : product.toLowerCase(Locale.ROOT).replace(" ", "");
            System.out.println("store:   " + store);
            System.out.println("product: " + product + " " + meta.getDatabaseProductVersion());
            System.out.println("url:     " + meta.getURL());
            return null;
        });
    }
}
