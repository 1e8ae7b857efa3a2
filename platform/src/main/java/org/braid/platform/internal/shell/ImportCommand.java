package org.braid.platform.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.braid.core.model.ValidationException;
import org.braid.platform.internal.http.Json;
import org.braid.platform.internal.transfer.ExportDocument;
import org.braid.platform.internal.transfer.Transfer;
import org.braid.platform.internal.transfer.TransferResource;

/** {@code braid:import}: loads an export document from a file, all or nothing, as {@code POST /api/import} does. */
@Command(scope = "braid", name = "import", description = "Import an export document from a JSON file, all or nothing")
@Service
public class ImportCommand extends OperatorCommand {
    /** The largest document read: the REST API's limit is for one request, a file may hold a whole state. */
    private static final long MAX_FILE = 512L * 1024 * 1024;

    @Reference
    Transfer transfer;

    @Argument(index = 0, name = "file", description = "An export document, as braid:export or GET /api/orgs/{id}/export writes it", required = true)
    String file;

    @Override
    void run() throws IOException {
        Path source = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(source)) throw new ValidationException("file", "does not exist or is not a file");
        if (Files.size(source) > MAX_FILE) throw new ValidationException("file", "is larger than 512 MiB");
        ExportDocument doc = Json.read(Files.readAllBytes(source), ExportDocument.class);
        var imported = new TransferResource.Imported(transfer.load(doc));
        audited("braid:import", "/api/import", doc.rootOrgId(), null, imported);
        System.out.println("imported " + imported.imported() + " organizations from " + source);
    }
}
