package org.braid.platform.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.braid.core.rest.Operation;

/** An operation with its path template split into segments, ready to match request paths. */
record Route(String module, Operation operation, List<String> segments) {

    static Route of(String module, Operation op) {
        return new Route(module, op, split(op.path()));
    }

    static List<String> split(String path) {
        return List.of(path.replaceAll("^/+|/+$", "").split("/+", -1));
    }

    /** @return the path parameters when the path matches, else {@code null} */
    Map<String, String> match(List<String> path) {
        if (path.size() != segments.size()) return null;
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.startsWith("{")) {
                // a parameter, optionally followed by a literal suffix: {id}.svg
                String suffix = suffix(s), value = path.get(i);
                if (value.length() <= suffix.length() || !value.endsWith(suffix)) return null;
                params.put(name(s), value.substring(0, value.length() - suffix.length()));
            } else if (!s.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    /**
     * Literal segments first, so {@code /frameworks/four-domains} wins over {@code /frameworks/{id}};
     * a parameter with a suffix ({@code {id}.svg}) wins over a bare one.
     */
    int specificity() {
        int n = 0;
        for (String s : segments) n = n * 3 + (!s.startsWith("{") ? 2 : suffix(s).isEmpty() ? 0 : 1);
        return n;
    }

    /** @return the name of a parameter segment: {@code id} for {@code {id}} and {@code {id}.svg} */
    static String name(String segment) {
        return segment.substring(1, segment.indexOf('}'));
    }

    /** @return the literal after a parameter segment's closing brace, e.g. {@code .svg} */
    static String suffix(String segment) {
        return segment.substring(segment.indexOf('}') + 1);
    }
}
