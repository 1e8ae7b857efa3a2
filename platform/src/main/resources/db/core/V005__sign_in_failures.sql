-- Failed sign-ins, counted in the store so every node sees the same counts (SignInBrake). The key is the SHA-256 of
-- the kind and the username and/or address, so a password typed into the username field is never stored.
CREATE TABLE braid_sign_in_failure (
    throttle_key    CHAR(64)  NOT NULL PRIMARY KEY,
    failures        INTEGER   NOT NULL,
    last_failure_at TIMESTAMP NOT NULL
);

CREATE INDEX braid_sign_in_failure_last ON braid_sign_in_failure (last_failure_at);
