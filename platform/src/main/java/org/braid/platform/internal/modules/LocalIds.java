package org.braid.platform.internal.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

/** A small set of ids kept in a file of this node, one per line, written whole at each change. */
final class LocalIds {
    private final Path file;
    private final Set<String> ids = new TreeSet<>();

    LocalIds(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) if (!line.isBlank()) ids.add(line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized boolean contains(String id) {
        return ids.contains(id);
    }

    synchronized void add(String id) {
        if (ids.add(id)) save();
    }

    synchronized void remove(String id) {
        if (ids.remove(id)) save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.write(next, ids, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
