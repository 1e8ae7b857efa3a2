package org.braid.platform.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import org.braid.core.model.OrgQuery;
import org.braid.core.model.Organization;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.internal.security.Accounts;
import org.braid.platform.internal.security.NewUser;
import org.braid.platform.internal.http.Json;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens once per data directory, on its first start: with the demo (the default) the demo
 * network (a state, District A and its schools, direction from seed 001) and its demo users, whose
 * password is {@value #DEMO_PASSWORD}; without it ({@code BRAID_DEMO=false}) an empty state and an
 * {@code admin} whose password comes from {@code BRAID_ADMIN_PASSWORD} or is generated and logged once.
 */
@Component(immediate = true)
public class FirstStart {
    static final String DEMO_PASSWORD = "braid-demo";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final OrganizationStore orgs;
    private final Accounts accounts;
    private final Transfer transfer;

    @Activate
    public FirstStart(@Reference Database db, @Reference OrganizationStore orgs, @Reference Transfer transfer,
            @Reference CoreSection core, @Reference Accounts accounts) {
        this.orgs = orgs;
        this.accounts = accounts;
        this.transfer = transfer;
        boolean demo = !"false".equalsIgnoreCase(System.getProperty("braid.demo", "true"));
        db.transaction(c -> {
            db.lock("demo:core"); // nodes starting at once on one PostgreSQL: the second waits, then finds it loaded
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM braid_setting WHERE name = 'demo'"); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return null;
            }
            String outcome = "skipped";
            if (demo && orgs.count() == 0) {
                loadDemo();
                outcome = "loaded";
            } else if (!accounts.any()) {
                createAdmin();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO braid_setting (name, setting_value) VALUES ('demo', ?)")) {
                ps.setString(1, outcome);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void loadDemo() {
        try (InputStream in = FirstStart.class.getResourceAsStream("/demo/demo-state.json")) {
            int n = transfer.load(Json.read(in.readAllBytes(), ExportDocument.class));
            LOG.info("Loaded the demo state: {} organizations; demo users admin, sea, district-a, district-a-2, district-a-3, school-a, coach (demo only)", n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sea = byName("Demo State Department of Education");
        accounts.createSharingPassword(List.of(
                user("admin", "Demo Administrator", sea, Role.ADMIN, List.of()),
                user("sea", "Demo SEA Staff", sea, Role.SEA_STAFF, List.of()),
                user("district-a", "Demo District A Leader", byName("District A"), Role.LEA_LEADER, List.of()),
                // District A's self-reflection team beside its leader: another leader and a staff member who only reads
                user("district-a-2", "Demo District A Team Member", byName("District A"), Role.LEA_LEADER, List.of()),
                user("district-a-3", "Demo District A Staff", byName("District A"), Role.VIEWER, List.of()),
                user("school-a", "Demo School A Leader", byName("School A"), Role.SCHOOL_LEADER, List.of()),
                user("coach", "Demo Coach", sea, Role.COACH, List.of(byName("School B")))));
    }

    private void createAdmin() {
        String given = System.getenv("BRAID_ADMIN_PASSWORD");
        if (given != null && !given.isBlank()) {
            try {
                accounts.create(new NewUser("admin", "Administrator", given, null, Set.of(Role.ADMIN), List.of()));
                LOG.info("First start: created user 'admin' with the password from BRAID_ADMIN_PASSWORD");
                return;
            } catch (org.braid.core.model.ValidationException e) {
                LOG.error("BRAID_ADMIN_PASSWORD is not usable ({}); generating one instead", e.violations());
            }
        }
        String password = Accounts.generatedPassword();
        accounts.create(new NewUser("admin", "Administrator", password, null, Set.of(Role.ADMIN), List.of()));
        {
            LOG.warn("First start: created user 'admin' with password {} (shown only this once; change it)", password);
        }
    }

    private static NewUser user(String username, String name, String orgId, Role role, List<String> assigned) {
        return new NewUser(username, name, DEMO_PASSWORD, orgId, Set.of(role), assigned);
    }

    private String byName(String name) {
        return orgs.find(new OrgQuery(null, null, name, 10, 0, null)).items().stream()
                .filter(o -> o.name().equals(name)).map(Organization::id).findFirst().orElseThrow();
    }
}
