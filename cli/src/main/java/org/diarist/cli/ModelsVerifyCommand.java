package org.diarist.cli;

import org.diarist.models.catalog.ModelStatus;
import org.diarist.models.catalog.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code diarist models verify [NAME...]}: checks the sha256 of the named models, or of every model that is present.
 * Exits 2 when a file is corrupt, or when a named model is missing.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check the sha256 of the named models (default: every present model); exit 2 if one is bad or a named one missing.")
final class ModelsVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ModelStoreOptions storeOptions;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Models to verify.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        ModelStore store = storeOptions.store();
        List<ModelStatus> statuses = new ArrayList<>();
        if (names.isEmpty()) {
            store.statusOfAll().stream().filter(s -> s.state() != ModelStatus.State.MISSING).forEach(statuses::add);
        } else {
            for (String name : names) {
                statuses.add(store.status(store.catalog().entry(name)));
            }
        }
        ModelStatusTable.print(spec.commandLine().getOut(), statuses);
        PrintWriter err = spec.commandLine().getErr();
        long failed = 0;
        for (ModelStatus status : statuses) {
            if (status.state() == ModelStatus.State.BAD_CHECKSUM) {
                err.println("diarist: " + status.path() + ": " + ModelStore.badChecksumProblem(status));
                failed++;
            } else if (status.state() == ModelStatus.State.MISSING) {
                err.println("diarist: model " + status.entry().name() + " is missing (see `diarist models list`)");
                failed++;
            }
        }
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
