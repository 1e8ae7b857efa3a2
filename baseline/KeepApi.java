import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Keeps the API of released bundles as the baseline the build checks semantic versions against: for each bundle jar,
 * a jar with its manifest and the classes of the packages it exports (nothing private: that is all bnd baselining
 * compares), written as {@code baseline/repository/org/braid/<artifact>/<version>/<artifact>-<version>.jar} with a pom.
 *
 * <p>Usage, from the project root after {@code mvn package} of the release:
 * {@code java baseline/KeepApi.java 0.1.0 core-model/target/core-model-0.1.0.jar platform/target/platform-0.1.0.jar ...}
 */
public class KeepApi {
    public static void main(String[] args) throws IOException {
        String version = args[0];
        for (int i = 1; i < args.length; i++) keep(Path.of(args[i]), version);
    }

    static void keep(Path bundle, String version) throws IOException {
        String artifact = bundle.getFileName().toString().replace("-" + version + ".jar", "");
        Path dir = Path.of("baseline/repository/org/braid", artifact, version);
        Files.createDirectories(dir);
        try (JarFile in = new JarFile(bundle.toFile())) {
            Manifest manifest = in.getManifest();
            List<String> exported = packages(manifest.getMainAttributes().getValue("Export-Package"));
            try (OutputStream file = Files.newOutputStream(dir.resolve(artifact + "-" + version + ".jar"));
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                List<JarEntry> entries = new ArrayList<>(in.stream().toList());
                entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (JarEntry e : entries) {
                    int slash = e.getName().lastIndexOf('/');
                    if (e.isDirectory() || slash < 0 || !exported.contains(e.getName().substring(0, slash).replace('/', '.'))) continue;
                    JarEntry copy = new JarEntry(e.getName());
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    in.getInputStream(e).transferTo(out);
                    out.closeEntry();
                }
            }
            System.out.println(artifact + " " + version + ": " + exported);
        }
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>org.braid</groupId><artifactId>" + artifact + "</artifactId><version>" + version + "</version>\n"
                + "  <description>The exported API of " + artifact + " " + version + ", the baseline for semantic versioning</description>\n"
                + "</project>\n");
    }

    /** @return the package names of an Export-Package header (attributes and quoted values skipped) */
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
}
