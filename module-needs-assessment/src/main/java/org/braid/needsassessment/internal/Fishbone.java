package org.braid.needsassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;

/** A fishbone diagram (Tool D): a problem at the head, categories as bones, causes under each category. */
public record Fishbone(String problem, List<Category> categories, Long version) implements Part {
    static final int MAX_CATEGORIES = 8;
    static final int MAX_CAUSES = 10;

    /** One bone: a category and the causes the team put under it. */
    public record Category(String name, List<String> causes) {}

    @Override
    public void check(Checks c) {
        c.text("problem", problem, 1000);
        List<Category> cats = Part.orEmpty(categories);
        if (cats.isEmpty()) c.add("categories", "must hold at least one category");
        if (cats.size() > MAX_CATEGORIES) c.add("categories", "must have at most " + MAX_CATEGORIES + " entries");
        for (int i = 0; i < cats.size() && i < MAX_CATEGORIES; i++) {
            Category cat = cats.get(i);
            if (cat == null) {
                c.add("categories[" + i + "]", "is required");
                continue;
            }
            c.text("categories[" + i + "].name", cat.name(), 100);
            Part.texts(c, "categories[" + i + "].causes", cat.causes(), MAX_CAUSES, 300);
        }
    }
}
