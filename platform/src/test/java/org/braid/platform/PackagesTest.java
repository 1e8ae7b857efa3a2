package org.braid.platform;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The platform's packages, read from its sources: each says what it is, and none depends on itself through others. */
class PackagesTest {
    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern IMPORT = Pattern.compile("^import (org\\.braid\\.platform(?:\\.[a-z]+)+)\\.[A-Z]", Pattern.MULTILINE);

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) if (!m.group(1).equals(pkg)) out.add(m.group(1));
            }
        }
        return deps;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            // every package reachable from start's dependencies; start among them is a cycle
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(deps.get(start));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                if (seen.add(p)) todo.addAll(deps.getOrDefault(p, Set.of()));
            }
            if (seen.contains(start)) cycles.add(start);
        }
        assertEquals(List.of(), cycles, "packages in a cycle; dependencies: " + deps);
    }

    @Test
    void everyPackageSaysWhatItIs() throws IOException {
        for (String pkg : dependencies().keySet()) {
            Path info = SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertTrue(Files.exists(info), pkg + " has no package-info.java");
            assertTrue(Files.readString(info).strip().startsWith("/**"), pkg + "'s package-info.java has no Javadoc");
        }
    }
}
