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

/** {@code braid:export}: writes an organization's subtree to a file, the document {@code GET /api/orgs/{id}/export} gives. */
@Command(scope = "braid", name = "export", description = "Export an organization's subtree with every active module's data to a JSON file")
@Service
public class ExportCommand extends OperatorCommand {
    @Reference
    Transfer transfer;

    @Argument(index = 0, name = "organization", description = "The id of the organization at the top of the subtree", required = true)
    String orgId;

    @Argument(index = 1, name = "file", description = "The file to write (it must not exist yet)", required = true)
    String file;

    @Override
    void run() throws IOException {
        Path target = Path.of(file).toAbsolutePath();
        if (Files.exists(target)) throw new ValidationException("file", "exists already; choose a new file");
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) throw new ValidationException("file", "its folder does not exist");
        ExportDocument doc = transfer.export(orgId);
        // written next to the target and moved, so a failure never leaves half a document under the name asked for
        Path part = Files.createTempFile(target.getParent(), ".braid-export", ".part");
        try {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(part.toFile(), doc);
            Files.move(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
        System.out.println("exported " + doc.sections().get("core").path("organizations").size() + " organizations to " + target);
    }
}
