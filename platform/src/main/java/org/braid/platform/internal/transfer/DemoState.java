package org.braid.platform.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.internal.web.Json;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an empty data directory, loads the demo state (a state, District A and its
 * schools, with direction from seed 001) so a new user sees a real network at once. Turned off
 * with {@code BRAID_DEMO=false}; offered only once per data directory.
 */
@Component(immediate = true)
public class DemoState {
    private static final Logger LOG = LoggerFactory.getLogger(DemoState.class);

    @Activate
    public DemoState(@Reference Database db, @Reference OrganizationStore orgs, @Reference Transfer transfer,
            @Reference CoreSection core) throws IOException {
        boolean wanted = !"false".equalsIgnoreCase(System.getProperty("braid.demo", "true"));
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM braid_setting WHERE name = 'demo'"); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return null;
            }
            String outcome = "skipped";
            if (wanted && orgs.count() == 0) {
                try (InputStream in = DemoState.class.getResourceAsStream("/demo/demo-state.json")) {
                    int n = transfer.load(Json.read(in.readAllBytes(), ExportDocument.class));
                    LOG.info("Loaded the demo state: {} organizations", n);
                    outcome = "loaded";
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO braid_setting (name, setting_value) VALUES ('demo', ?)")) {
                ps.setString(1, outcome);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
