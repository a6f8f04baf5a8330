package org.rnnworkbench.app.exchange;

import java.nio.file.Path;
import java.util.Optional;
import org.rnnworkbench.app.exchange.Dl4jExchange.ExportPlan;

/** What model exchange asks the user; the application shows real dialogs, tests answer from a script. */
public interface ExchangeDialogs {
    /** Shows the export's plan (the network and DL4J's differences) and asks where and how to export. */
    Optional<ExportChoice> askExport(ExportPlan plan);

    /** Lets the user pick a DL4J model zip to import. */
    Optional<Path> chooseDl4jModel();

    /** Lets the user pick the folder of the new project an import makes. */
    Optional<Path> chooseNewProjectFolder(String suggestedName);

    /** Tells the user that something worked. */
    void showInformation(String title, String message);

    /** Shows an error that the user must acknowledge. */
    void showError(String title, String message);

    /**
     * The user's answer to an export.
     *
     * @param zip the file to write
     * @param includeUpdaterState whether DL4J continues training where the network stopped
     */
    record ExportChoice(Path zip, boolean includeUpdaterState) {
    }
}
