package org.braid.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

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

    /** The password rules: length, and not built from the username. */
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
        }
        return out;
    }

    /** A random password for a first administrator, printed once. */
    static String generate() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
