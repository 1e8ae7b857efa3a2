package org.braid.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.braid.core.model.ValidationException;
import org.junit.jupiter.api.Test;

class KarFileTest {
    static final String FEATURES = """
            <features name="x" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
              <feature name="braid-x" version="1.2.0"><feature>braid-core</feature><bundle>mvn:a/x/1.2.0</bundle></feature>
              <feature name="braid-x-extras" version="1.2.0" install="manual"><bundle>mvn:a/y/1.2.0</bundle></feature>
            </features>""";

    @Test
    void aModulesKarGivesItsIdAndTheFeaturesKarafInstalls() throws IOException {
        KarFile kar = KarFile.read(zip("repository/a/x/1.2.0/x-features.xml", FEATURES.getBytes(StandardCharsets.UTF_8),
                "repository/a/x/1.2.0/x-1.2.0.jar", bundle("sfss"), "repository/a/lib/1/lib-1.jar", bundle(null)));
        assertEquals("sfss", kar.moduleId());
        assertEquals(List.of(new KarFile.Feature("braid-x", "1.2.0")), kar.features());
    }

    @Test
    void whatIsNotAModulesKarIsRefusedWithItsReason() throws IOException {
        assertRefused("not a zip", "PK but not".getBytes(StandardCharsets.UTF_8), "not a KAR");
        assertRefused("no features", zip("repository/a/x/1/x-1.jar", bundle("sfss")), "no features repository");
        assertRefused("no module", zip("repository/a/x/1/f.xml", FEATURES.getBytes(StandardCharsets.UTF_8), "repository/a/x/1/x-1.jar", bundle(null)),
                "no Braid module");
        assertRefused("two modules", zip("repository/a/x/1/f.xml", FEATURES.getBytes(StandardCharsets.UTF_8), "repository/a/x/1/x-1.jar", bundle("a"),
                "repository/a/y/1/y-1.jar", bundle("b")), "more than one");
        assertRefused("odd id", zip("repository/a/x/1/f.xml", FEATURES.getBytes(StandardCharsets.UTF_8), "repository/a/x/1/x-1.jar", bundle("../x")),
                "module id");
        assertRefused("a doctype", zip("repository/a/x/1/f.xml", ("<!DOCTYPE f [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + FEATURES)
                .getBytes(StandardCharsets.UTF_8), "repository/a/x/1/x-1.jar", bundle("sfss")), "no features repository");
    }

    private static void assertRefused(String what, byte[] file, String reason) {
        ValidationException e = assertThrows(ValidationException.class, () -> KarFile.read(file), what);
        assertEquals("body", e.violations().get(0).field(), what);
        assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
    }

    private static byte[] bundle(String module) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (module != null) m.getMainAttributes().putValue("Braid-Module", module);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JarOutputStream(out, m).close();
        return out.toByteArray();
    }

    private static byte[] zip(Object... nameThenContent) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameThenContent[i]));
                zip.write((byte[]) nameThenContent[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aResolutionFailureIsToldByItsInnermostCause() {
        String karaf = "Unable to resolve root: missing requirement [root] osgi.identity; osgi.identity=f [caused by: Unable to resolve f/1: "
                + "missing requirement [f/1] osgi.identity; osgi.identity=b [caused by: Unable to resolve b/1: missing requirement [b/1] "
                + "osgi.wiring.package; filter:=\"(osgi.wiring.package=no.such.api)\"]]";
        assertEquals("Unable to resolve b/1: missing requirement [b/1] osgi.wiring.package; filter:=\"(osgi.wiring.package=no.such.api)\"",
                ModuleInstaller.brief(new Exception(karaf)));
    }
}
