package org.braid.platform.internal.transfer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Exports an organization's subtree with every active module's section, and imports such a document all or nothing. */
@Component(service = Transfer.class)
public class Transfer {
    private final OrganizationService orgs;
    private final Database db;
    private final List<ExportSection> sections = new CopyOnWriteArrayList<>();

    @Activate
    public Transfer(@Reference OrganizationService orgs, @Reference Database db) {
        this.orgs = orgs;
        this.db = db;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSection(ExportSection s) {
        sections.add(s);
    }

    void removeSection(ExportSection s) {
        sections.remove(s);
    }

    private List<ExportSection> ordered() {
        return sections.stream().sorted(Comparator.comparingInt(ExportSection::order).thenComparing(ExportSection::id)).toList();
    }

    public ExportDocument export(String rootId) {
        return db.transaction(c -> {
            List<String> ids = orgs.subtree(rootId).stream().map(Organization::id).toList();
            Map<String, JsonNode> data = new LinkedHashMap<>();
            for (ExportSection s : ordered()) data.put(s.id(), s.export(ids));
            return new ExportDocument(ExportDocument.FORMAT, ExportDocument.VERSION,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), rootId, data);
        });
    }

    /**
     * Loads every section in one transaction: any problem leaves the database as it was.
     *
     * @return the number of organizations imported
     */
    public int load(ExportDocument doc) {
        List<ExportSection> available = checked(doc);
        return db.transaction(c -> {
            store(doc, available);
            return doc.sections().get("core").path("organizations").size();
        });
    }

    /** What an import of the document would add, section by section: the number of records of each kind. */
    public record Preview(int organizations, Map<String, Map<String, Integer>> sections) {}

    /**
     * Rehearses an import: loads the document as {@link #load} would, then undoes it (to a savepoint, so the request's
     * transaction goes on). A document that would fail fails here with the same error.
     */
    public Preview preview(ExportDocument doc) {
        List<ExportSection> available = checked(doc);
        return db.transaction(c -> {
            java.sql.Savepoint before = c.setSavepoint();
            try {
                store(doc, available);
            } catch (RuntimeException e) {
                try {
                    c.rollback(before);
                } catch (java.sql.SQLException gone) {
                    e.addSuppressed(gone); // the store had already rolled the whole transaction back
                }
                throw e;
            }
            c.rollback(before);
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            for (ExportSection s : available) {
                JsonNode data = doc.sections().get(s.id());
                if (data == null) continue;
                Map<String, Integer> kinds = new LinkedHashMap<>();
                data.fields().forEachRemaining(f -> {
                    if (f.getValue().isArray()) kinds.put(f.getKey(), f.getValue().size());
                });
                counts.put(s.id(), kinds);
            }
            return new Preview(doc.sections().get("core").path("organizations").size(), counts);
        });
    }

    /** @return the sections to load, in order, once the document is known to be one Braid can load */
    private List<ExportSection> checked(ExportDocument doc) {
        if (!ExportDocument.FORMAT.equals(doc.format())) throw new ValidationException("format", "must be \"" + ExportDocument.FORMAT + "\"");
        if (doc.formatVersion() == null || doc.formatVersion() != ExportDocument.VERSION) {
            throw new ValidationException("formatVersion", "must be " + ExportDocument.VERSION);
        }
        if (doc.sections() == null || !doc.sections().containsKey("core")) throw new ValidationException("sections.core", "is required");
        List<ExportSection> available = ordered();
        for (String id : doc.sections().keySet()) {
            if (available.stream().noneMatch(s -> s.id().equals(id))) {
                throw new RuleViolationException("sections." + id, "no active module takes this section; turn the module on or remove the section");
            }
        }
        return available;
    }

    private static void store(ExportDocument doc, List<ExportSection> available) {
        for (ExportSection s : available) {
            JsonNode data = doc.sections().get(s.id());
            if (data != null) s.load(data);
        }
    }
}
