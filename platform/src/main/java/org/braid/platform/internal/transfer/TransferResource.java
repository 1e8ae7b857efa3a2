package org.braid.platform.internal.transfer;

import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/orgs/{id}/export}, {@code POST /api/import} and its rehearsal {@code POST /api/import/preview}. */
@Component(service = RestResource.class)
public class TransferResource implements RestResource {
    /** What an import answers: how many organizations it loaded. */
    public record Imported(int imported) {}

    private final Transfer transfer;

    @Activate
    public TransferResource(@Reference Transfer transfer) {
        this.transfer = transfer;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/orgs/{id}/export", "The organization's whole subtree with every active module's data",
                        Access.read(Access.pathOrg("id")),
                        req -> ApiReply.ok(transfer.export(req.path("id")))).returning(ExportDocument.class),
                Operation.post("/import", "Load an export document, all or nothing", ExportDocument.class, Access.admin(),
                        req -> ApiReply.created(new Imported(transfer.load(req.body(ExportDocument.class))))).returning(Imported.class),
                Operation.post("/import/preview", "What an import of the document would add, section by section, without adding it; a document "
                        + "that would fail fails here the same way", ExportDocument.class, Access.admin(),
                        req -> ApiReply.ok(transfer.preview(req.body(ExportDocument.class)))).returning(Transfer.Preview.class));
    }
}
