package org.braid.itests.hello;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds KAR files at test time, with the JDK's jar tools: a features XML and the bundle of {@link HelloModule} (its
 * class, a hand-written manifest and Declarative Services descriptor), as a vendor's build would make them.
 */
public final class HelloKar {
    private static final String FEATURES = "repository/org/braid/itests/%s/1.0.0/%s-1.0.0-features.xml";
    private static final String BUNDLE = "repository/org/braid/itests/%s/1.0.0/%s-1.0.0.jar";

    private HelloKar() {
    }

    /** @return the KAR of the hello module */
    public static byte[] module() throws IOException {
        return kar("hello", "");
    }

    /** @return a KAR whose bundle needs a package nothing exports, so it cannot resolve */
    public static byte[] unresolvable() throws IOException {
        return kar("hello-unresolvable", ",org.braid.no.such.api");
    }

    /** @return a zip with the bundle but no features repository */
    public static byte[] withoutFeatures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(String.format(BUNDLE, "hello", "hello")));
            zip.write(bundle("hello", ""));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] kar(String artifact, String extraImports) throws IOException {
        String features = """
                <?xml version="1.0" encoding="UTF-8"?>
                <features name="braid-%1$s-1.0.0" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                    <feature name="braid-%1$s" version="1.0.0" description="A module installed while Braid runs">
                        <bundle start-level="85">mvn:org.braid.itests/%1$s/1.0.0</bundle>
                    </feature>
                </features>
                """.formatted(artifact);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(String.format(FEATURES, artifact, artifact)));
            zip.write(features.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(String.format(BUNDLE, artifact, artifact)));
            zip.write(bundle(artifact, extraImports));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] bundle(String artifact, String extraImports) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.braid.itests." + artifact);
        a.putValue("Bundle-Name", "Hello");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Braid-Module", "hello");
        a.putValue("Import-Package", "org.braid.core.rest;version=\"[1.1,2)\",org.braid.core.spi;version=\"[1.4,2)\"" + extraImports);
        a.putValue("Service-Component", "OSGI-INF/hello.xml");
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.braid.itests.hello" immediate="true">
                    <implementation class="org.braid.itests.hello.HelloModule"/>
                    <service>
                        <provide interface="org.braid.core.spi.ModuleDescriptor"/>
                        <provide interface="org.braid.core.rest.RestResource"/>
                        <provide interface="org.braid.core.spi.CodingFrameworkProvider"/>
                        <provide interface="org.braid.core.spi.CrosswalkProvider"/>
                    </service>
                </scr:component>
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new ZipEntry("OSGI-INF/hello.xml"));
            jar.write(component.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            String cls = HelloModule.class.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new ZipEntry(cls));
            try (InputStream in = HelloModule.class.getClassLoader().getResourceAsStream(cls)) {
                in.transferTo(jar);
            }
            jar.closeEntry();
        }
        return out.toByteArray();
    }
}
