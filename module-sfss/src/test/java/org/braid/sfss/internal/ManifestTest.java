package org.braid.sfss.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/** The pack is built only on Braid's published API: its bundle imports no {@code .internal} package of anyone's. */
class ManifestTest {
    /** Written by bnd (process-classes) before the tests run; the jar takes this very file. */
    static final Path MANIFEST = Path.of("target/classes/META-INF/MANIFEST.MF");

    @Test
    void importsOnlyPublishedPackages() throws Exception {
        Manifest m = read();
        List<String> imports = packages(m.getMainAttributes().getValue("Import-Package"));
        assertTrue(imports.contains("org.braid.planning.api"), "the manifest read is the bundle's: " + imports);
        List<String> internal = imports.stream().filter(p -> p.endsWith(".internal") || p.contains(".internal.")).toList();
        assertEquals(List.of(), internal, "imports of internal packages");
    }

    @Test
    void namesTheModuleAndExportsNothing() throws Exception {
        Manifest m = read();
        assertEquals("sfss", m.getMainAttributes().getValue("Braid-Module"));
        assertNull(m.getMainAttributes().getValue("Export-Package"), "a state pack exports nothing");
    }

    private static Manifest read() throws Exception {
        assertTrue(Files.exists(MANIFEST), MANIFEST + " is written by the build before the tests");
        try (InputStream in = Files.newInputStream(MANIFEST)) {
            return new Manifest(in);
        }
    }

    /** The package names of an OSGi header: clauses split at commas outside quotes, each without its attributes. */
    static List<String> packages(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) return out;
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) {
                out.add(clause.toString().split(";")[0].strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }

    @Test
    void splitsClausesOutsideQuotes() {
        assertEquals(List.of("a.b", "c.internal.d", "e"), packages("a.b;version=\"[1.0,2)\",c.internal.d,e;resolution:=optional"));
    }
}
