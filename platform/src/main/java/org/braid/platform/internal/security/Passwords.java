package org.braid.platform.internal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.braid.core.model.Violation;

/**
 * Argon2id password hashes (Bouncy Castle), in the PHC string format, and the password rules.
 * Parameters follow OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane.
 */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getDecoder();

    private Passwords() {
    }

    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, 1, 32);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=1$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** @return whether the password matches; false for a malformed hash */
    static boolean verify(String password, String phc) {
        try {
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id")) return false;
            int m = 0, t = 0, p = 0;
            for (String kv : parts[3].split(",")) {
                int v = Integer.parseInt(kv.substring(2));
                switch (kv.charAt(0)) { case 'm' -> m = v; case 't' -> t = v; case 'p' -> p = v; default -> { return false; } }
            }
            byte[] salt = D64.decode(parts[4]);
            byte[] expected = D64.decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, m, t, p, expected.length));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(lanes).build());
        byte[] out = new byte[length];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /**
     * The password rules: length, not built from the username, not too simple, and not one of the
     * 10,000 most common passwords (ASVS 2.1.7; the list's source is in its file).
     */
    static List<Violation> check(String field, String password, String username) {
        List<Violation> out = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            out.add(new Violation(field, "is required"));
        } else if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            out.add(new Violation(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters"));
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            out.add(new Violation(field, "must not contain the username"));
        } else if (password.chars().distinct().count() < 4) {
            out.add(new Violation(field, "is too simple: use at least four different characters"));
        } else if (CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT))) {
            out.add(new Violation(field, "is one of the most common passwords, which are guessed first: choose another"));
        }
        return out;
    }

    /** The common passwords, lower-case, read on first use. */
    private static final class CommonPasswords {
        static final Set<String> LIST = read();

        private static Set<String> read() {
            try (InputStream in = Passwords.class.getResourceAsStream("/security/common-passwords.txt")) {
                if (in == null) throw new IllegalStateException("the common-password list is missing from the bundle");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("# ") && !l.isEmpty())
                        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A random password for a first administrator, printed once. */
    static String generate() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
