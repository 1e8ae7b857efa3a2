package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.braid.core.model.Violation;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashVerifiesOnlyItsOwnPassword() {
        String h = Passwords.hash("correct horse battery");
        assertTrue(h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), h);
        assertTrue(Passwords.verify("correct horse battery", h));
        assertFalse(Passwords.verify("correct horse battery!", h));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(Passwords.hash("correct horse battery"), Passwords.hash("correct horse battery"));
    }

    @Test
    void malformedHashesDoNotVerify() {
        assertFalse(Passwords.verify("x", "plain-text"));
        assertFalse(Passwords.verify("x", "$argon2id$v=19$m=oops$AAAA$AAAA"));
        assertFalse(Passwords.verify("x", "$bcrypt$v=19$m=1,t=1,p=1$AAAA$AAAA"));
    }

    @Test
    void passwordRules() {
        assertEquals(1, Passwords.check("password", "short", "ann").size());
        assertEquals(1, Passwords.check("password", null, "ann").size());
        assertEquals("must not contain the username", Passwords.check("password", "xxAnnalise-2026", "annalise").get(0).message());
        assertEquals(1, Passwords.check("password", "aaaaaaaaaaaa", "bob").size());
        assertEquals(1, Passwords.check("password", "x".repeat(129), "bob").size());
        assertTrue(Passwords.check("password", "braid-demo", "school-a").isEmpty());
        for (String common : new String[] {"password12", "1234567890", "Password123", "PASSWORD123", "qwertyuiop"}) {
            assertEquals(List.of(new Violation("password", "is one of the most common passwords, which are guessed first: choose another")),
                    Passwords.check("password", common, "ann"), common);
        }
        assertTrue(Passwords.check("password", Passwords.generate(), "admin").isEmpty());
    }
}
