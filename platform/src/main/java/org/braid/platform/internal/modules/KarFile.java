package org.braid.platform.internal.modules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.braid.core.model.ValidationException;
import org.braid.core.spi.ModuleDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What an uploaded KAR holds, read before Karaf is given it: the features it installs and the one Braid module among its
 * bundles. Karaf's own KAR service logs and skips what it cannot use, so a file that is not a module is refused here,
 * with the reason, before anything is installed.
 *
 * @param moduleId the {@code Braid-Module} header of its bundles
 * @param features the features Karaf installs from it (those without {@code install="manual"})
 */
record KarFile(String moduleId, List<Feature> features) {
    /** One feature of the KAR's features repository. */
    record Feature(String name, String version) {}

    /** A module id is also the KAR's name in Karaf's storage, so it must be a plain name. */
    static final Pattern MODULE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    /** Unpacked, a KAR may not exceed this (a zip of a few KiB can unpack to gigabytes). */
    static final long MAX_UNPACKED = 256L << 20;

    /**
     * @throws ValidationException on field {@code body}: not a zip archive, no features repository under
     *                             {@code repository/}, or not exactly one Braid module among its bundles
     */
    static KarFile read(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw invalid("is not a KAR: a KAR is a zip archive, and this file is not one");
        }
        List<Feature> features = new ArrayList<>();
        Set<String> modules = new TreeSet<>();
        boolean repository = false;
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith("repository/")) continue;
                byte[] content = readEntry(zip, MAX_UNPACKED - unpacked);
                unpacked += content.length;
                if (name.endsWith(".xml")) {
                    List<Feature> found = featuresOf(content);
                    if (found != null) {
                        repository = true;
                        features.addAll(found);
                    }
                } else if (name.endsWith(".jar")) {
                    String id = moduleOf(content);
                    if (id != null) modules.add(id);
                }
            }
        } catch (ZipException e) {
            throw invalid("is not a KAR: the zip archive is damaged");
        } catch (IOException e) {
            throw invalid("could not be read: " + e.getMessage());
        }
        if (!repository) throw invalid("is not a KAR: it holds no features repository (a features XML under repository/)");
        if (modules.isEmpty()) throw invalid("holds no Braid module: none of its bundles has a " + ModuleDescriptor.HEADER + " header");
        if (modules.size() > 1) throw invalid("holds more than one Braid module (" + String.join(", ", modules) + "): install one module per KAR");
        String id = modules.iterator().next();
        if (!MODULE_ID.matcher(id).matches()) {
            throw invalid("names its module \"" + id + "\"; a module id is lower-case letters, digits, dots and dashes");
        }
        if (features.isEmpty()) throw invalid("installs nothing: its features repository declares no feature to install");
        return new KarFile(id, List.copyOf(features));
    }

    private static byte[] readEntry(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            if (out.size() > room) throw invalid("unpacks to more than " + (MAX_UNPACKED >> 20) + " MiB");
        }
        return out.toByteArray();
    }

    /** @return the features a features XML installs, or {@code null} when the XML is not a features repository */
    private static List<Feature> featuresOf(byte[] xml) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // an uploaded file: no DTDs, no external entities
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var parser = f.newDocumentBuilder();
            parser.setErrorHandler(null); // refused below, without the parser's own print
            root = parser.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            return null; // some other XML file among the artifacts
        }
        String ns = root.getNamespaceURI();
        if (!"features".equals(root.getLocalName()) || ns == null || !ns.startsWith("http://karaf.apache.org/xmlns/features/")) return null;
        List<Feature> out = new ArrayList<>();
        NodeList list = root.getElementsByTagNameNS(ns, "feature");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            // a <feature> inside a <feature> is a dependency, not a feature of this repository
            if (e.getParentNode() != root || "manual".equals(e.getAttribute("install"))) continue;
            String version = e.getAttribute("version");
            out.add(new Feature(e.getAttribute("name"), version.isEmpty() ? "0.0.0" : version));
        }
        return out;
    }

    /** @return the {@code Braid-Module} header of a bundle, or {@code null} (another library, or not a jar) */
    private static String moduleOf(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest m = in.getManifest();
            String id = m == null ? null : m.getMainAttributes().getValue(ModuleDescriptor.HEADER);
            return id == null || id.isBlank() ? null : id.strip();
        } catch (IOException e) {
            return null;
        }
    }

    private static ValidationException invalid(String message) {
        return new ValidationException("body", message);
    }
}
