package org.braid.platform.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script of a module, e.g. {@code V001__create_organization.sql}. */
record Migration(int version, String description, String sql) {
    static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** @throws IllegalArgumentException when the file name does not follow the pattern */
    static Migration of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) throw new IllegalArgumentException("migration file name must look like V001__what_it_does.sql: " + fileName);
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
    }

    /** The statements, split at semicolons that end a line; comment lines dropped. */
    List<String> statements() {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) continue;
            if (t.endsWith(";")) {
                current.append(t, 0, t.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(t).append('\n');
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }

    String checksum() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join("\n", statements()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
