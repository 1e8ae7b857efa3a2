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
            if (s.startsWith("{") && s.endsWith("}")) {
                if (path.get(i).isEmpty()) return null;
                params.put(s.substring(1, s.length() - 1), path.get(i));
            } else if (!s.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    /** Literal segments first, so {@code /frameworks/four-domains} wins over {@code /frameworks/{id}}. */
    int specificity() {
        int n = 0;
        for (String s : segments) n = n * 2 + (s.startsWith("{") ? 0 : 1);
        return n;
    }
}
