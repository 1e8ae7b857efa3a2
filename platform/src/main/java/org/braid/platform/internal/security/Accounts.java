package org.braid.platform.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The accounts: users, their roles at their organization, and a coach's assigned organizations. */
@Component(service = Accounts.class)
public class Accounts {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String COLUMNS = "id, username, display_name, org_id, disabled, version";

    private final Database db;
    private final OrganizationStore orgs;

    @Activate
    public Accounts(@Reference Database db, @Reference OrganizationStore orgs) {
        this.db = db;
        this.orgs = orgs;
    }

    /**
     * @throws ValidationException     on a malformed username, password or empty roles
     * @throws RuleViolationException  when a role does not fit the organization's level
     * @throws ConflictException       when the username is taken
     */
    public User create(NewUser u) {
        return create(u, Passwords.hash(u.password() == null ? "" : u.password()));
    }

    /**
     * Creates users who share one password (the demo users), hashing it once: Argon2 is slow on purpose.
     */
    public void createSharingPassword(List<NewUser> users) {
        if (users.isEmpty()) return;
        String hash = Passwords.hash(users.get(0).password());
        for (NewUser u : users) {
            if (!u.password().equals(users.get(0).password())) throw new IllegalArgumentException("the users do not share one password");
            create(u, hash);
        }
    }

    private User create(NewUser u, String passwordHash) {
        Checks c = new Checks().text("username", u.username(), 64).maxLength("displayName", u.displayName(), 200)
                .matches("username", u.username(), USERNAME, "3 to 64 lower-case letters, digits, '.', '_' or '-'");
        Passwords.check("password", u.password(), u.username()).forEach(v -> c.add(v.field(), v.message()));
        c.throwIfAny();
        User user = new User(UUID.randomUUID().toString(), u.username(), u.displayName(), u.orgId(), roles(u.roles()), u.assigned(), false, 1L);
        checkFit(user);
        return db.transaction(conn -> {
            if (find(conn, "username", u.username()).isPresent()) throw new ConflictException("username", "is taken");
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO braid_user (id, username, display_name, password_hash, org_id, disabled, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                ps.setString(1, user.id());
                ps.setString(2, user.username());
                ps.setString(3, user.displayName());
                ps.setString(4, passwordHash);
                ps.setString(5, user.orgId());
                ps.setBoolean(6, false);
                ps.executeUpdate();
            }
            writeRoles(conn, user);
            return get(user.id());
        });
    }

    /** Changes name, organization, roles, assignments or the disabled flag; a disabled user's sessions end. */
    public User update(String id, User u, long expectedVersion) {
        User stored = get(id);
        new Checks().maxLength("displayName", u.displayName(), 200).throwIfAny();
        User next = new User(id, stored.username(), u.displayName(), u.orgId(), roles(u.roles()), u.assigned(),
                u.disabled() != null && u.disabled(), expectedVersion + 1);
        checkFit(next);
        return db.transaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE braid_user SET display_name = ?, org_id = ?, disabled = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setString(1, next.displayName());
                ps.setString(2, next.orgId());
                ps.setBoolean(3, next.disabled());
                ps.setString(4, id);
                ps.setLong(5, expectedVersion);
                if (ps.executeUpdate() == 0) throw new StaleVersionException("user", id, expectedVersion, stored.version());
            }
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM braid_user_role WHERE user_id = ?");
                 PreparedStatement pa = conn.prepareStatement("DELETE FROM braid_user_assignment WHERE user_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
                pa.setString(1, id);
                pa.executeUpdate();
            }
            writeRoles(conn, next);
            if (next.disabled()) endSessions(conn, id);
            return get(id);
        });
    }

    /** Sets a new password and ends the user's sessions. */
    public User resetPassword(String id, String password) {
        User u = get(id);
        List<org.braid.core.model.Violation> problems = Passwords.check("password", password, u.username());
        if (!problems.isEmpty()) throw new ValidationException("invalid password", problems);
        return db.transaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE braid_user SET password_hash = ?, version = version + 1 WHERE id = ?")) {
                ps.setString(1, Passwords.hash(password));
                ps.setString(2, id);
                ps.executeUpdate();
            }
            endSessions(conn, id);
            return get(id);
        });
    }

    /**
     * A user's change of their own password: checked like any new password; their other sessions end,
     * the one they changed it from stays.
     *
     * @param keepTokenHash the hash of the session the change was made in
     */
    public void changeOwnPassword(String id, String password, String keepTokenHash) {
        User u = get(id);
        List<org.braid.core.model.Violation> problems = Passwords.check("newPassword", password, u.username());
        if (!problems.isEmpty()) throw new ValidationException("invalid password", problems);
        String hash = Passwords.hash(password);
        db.transaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE braid_user SET password_hash = ?, version = version + 1 WHERE id = ?");
                 PreparedStatement end = conn.prepareStatement("DELETE FROM braid_session WHERE user_id = ? AND token_hash <> ?")) {
                ps.setString(1, hash);
                ps.setString(2, id);
                ps.executeUpdate();
                end.setString(1, id);
                end.setString(2, keepTokenHash);
                end.executeUpdate();
            }
            return null;
        });
    }

    public User get(String id) {
        return db.transaction(c -> find(c, "id", id)).orElseThrow(() -> new NotFoundException("user", id));
    }

    public List<User> list() {
        return db.transaction(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM braid_user ORDER BY username"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(c, rs));
            }
            return out;
        });
    }

    /**
     * A page of accounts by username, found by part of the username or name and by organization.
     *
     * @return the page and the number of accounts the filter matches
     */
    public org.braid.core.model.Page<User> find(UserQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.q() != null) {
            String like = "%" + q.q().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            where.append(" AND (LOWER(username) LIKE ? ESCAPE '!' OR LOWER(display_name) LIKE ? ESCAPE '!')");
            args.add(like);
            args.add(like);
        }
        if (q.orgId() != null) {
            where.append(" AND org_id = ?");
            args.add(q.orgId());
        }
        return db.transaction(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM braid_user" + where)) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM braid_user" + where + " ORDER BY username OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 0;
                for (; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                ps.setInt(++i, q.offset());
                ps.setInt(++i, q.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(read(c, rs));
                }
            }
            return new org.braid.core.model.Page<>(out, total);
        });
    }

    /** @return the user id when the password is right and the account enabled */
    public Optional<String> authenticate(String username, String password) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, password_hash, disabled FROM braid_user WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        Passwords.verify(password, Dummy.HASH); // same work for unknown users: no timing hint
                        return Optional.empty();
                    }
                    boolean ok = Passwords.verify(password, rs.getString(2));
                    return ok && !rs.getBoolean(3) ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Made on first use, not at start: hashing costs tens of milliseconds. */
    private static final class Dummy {
        static final String HASH = Passwords.hash("not-a-password-" + UUID.randomUUID());
    }

    /** @return the actor for an enabled user, or empty */
    public Optional<Actor> actor(String userId) {
        Optional<User> user = db.transaction(c -> find(c, "id", userId));
        user.ifPresent(this::know);
        return user.filter(u -> !u.disabled()).map(Accounts::actorOf);
    }

    /**
     * @param accountVersion the account's version as the caller just read it (with the session)
     * @return the actor for a user whose account is at that version: kept from an earlier read of that version, since every
     *         change to an account, its roles or assignments raises its version on whichever node makes it
     */
    public Optional<Actor> actor(String userId, long accountVersion) {
        Known known = actors.get(userId);
        return known != null && known.version() == accountVersion ? Optional.of(known.actor()) : actor(userId);
    }

    /** What this node knows of an account, by user id: a session's requests need no read of the account while it is unchanged. */
    private record Known(long version, Actor actor) {}

    /** Bounded by a state's staff; emptied when it grows past that, as a stop against a store with more accounts. */
    private static final int KNOWN_AT_MOST = 50_000;
    private final Map<String, Known> actors = new java.util.concurrent.ConcurrentHashMap<>();

    private void know(User u) {
        if (u.disabled()) {
            actors.remove(u.id());
            return;
        }
        if (actors.size() >= KNOWN_AT_MOST) actors.clear();
        actors.put(u.id(), new Known(u.version(), actorOf(u)));
    }

    private static Actor actorOf(User u) {
        return new Actor(u.id(), u.username(), u.orgId(), u.roles(), u.assigned());
    }

    /** @return a random password meeting the rules, for a first administrator */
    public static String generatedPassword() {
        return Passwords.generate();
    }

    /** @return whether any account exists */
    public boolean any() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM braid_user"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) throw new ValidationException("roles", "at least one role is required");
        if (roles.stream().anyMatch(java.util.Objects::isNull)) throw new ValidationException("roles", "must not contain null");
        return EnumSet.copyOf(roles);
    }

    /** A role fits the level of the organization it is held at. */
    private void checkFit(User u) {
        Organization org = null;
        if (u.orgId() != null) {
            try {
                org = orgs.get(u.orgId());
            } catch (NotFoundException e) {
                throw new RuleViolationException("orgId", "no such organization");
            }
        } else if (!u.roles().equals(Set.of(Role.ADMIN))) {
            throw new ValidationException("orgId", "is required for every role but admin");
        }
        Map<Role, OrgType> level = new LinkedHashMap<>();
        level.put(Role.SEA_STAFF, OrgType.SEA);
        level.put(Role.LEA_LEADER, OrgType.LEA);
        level.put(Role.SCHOOL_LEADER, OrgType.SCHOOL);
        for (Role r : u.roles()) {
            OrgType wanted = level.get(r);
            if (wanted != null && org != null && org.type() != wanted) {
                throw new RuleViolationException("roles", r.id() + " is held at " + (wanted == OrgType.SEA ? "an SEA" : wanted == OrgType.LEA ? "an LEA" : "a school")
                        + ", but " + org.name() + " is not one");
            }
        }
        List<String> assigned = u.assigned() == null ? List.of() : u.assigned();
        if (!assigned.isEmpty() && !u.roles().contains(Role.COACH)) throw new RuleViolationException("assigned", "only coaches are assigned organizations");
        for (int i = 0; i < assigned.size(); i++) {
            try {
                orgs.get(assigned.get(i));
            } catch (NotFoundException e) {
                throw new RuleViolationException("assigned[" + i + "]", "no such organization");
            }
        }
    }

    private static void writeRoles(Connection c, User u) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO braid_user_role (user_id, role) VALUES (?, ?)")) {
            for (Role r : u.roles()) {
                ps.setString(1, u.id());
                ps.setString(2, r.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO braid_user_assignment (user_id, org_id) VALUES (?, ?)")) {
            for (String org : u.assigned() == null ? List.<String>of() : new java.util.LinkedHashSet<>(u.assigned())) {
                ps.setString(1, u.id());
                ps.setString(2, org);
                ps.executeUpdate();
            }
        }
    }

    private static void endSessions(Connection c, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM braid_session WHERE user_id = ?")) {
            ps.setString(1, userId);
            ps.executeUpdate();
        }
    }

    private static Optional<User> find(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM braid_user WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    private static User read(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM braid_user_role WHERE user_id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) roles.add(Role.of(r.getString(1)));
            }
        }
        List<String> assigned = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT org_id FROM braid_user_assignment WHERE user_id = ? ORDER BY org_id")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) assigned.add(r.getString(1));
            }
        }
        return new User(id, rs.getString(2), rs.getString(3), rs.getString(4), roles, assigned, rs.getBoolean(5), rs.getLong(6));
    }
}
