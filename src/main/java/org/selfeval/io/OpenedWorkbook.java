package org.selfeval.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A workbook opened by {@link WorkbookFiles#open}, with what its save needs: the rows {@link LongSheets} cut from
 * its long sheets on opening, bound to those sheets. The handle owns them, so they live exactly as long as the
 * workbook (nothing is parked in a static map that a save must fetch back). Closing the handle closes the
 * workbook.
 */
public final class OpenedWorkbook implements AutoCloseable {
    private final Workbook workbook;
    /** Keyed by sheet identity (an IdentityHashMap); empty for an .xls or a workbook with no long sheet. */
    private final Map<Sheet, LongSheets.Tail> cutRows;

    OpenedWorkbook(Workbook workbook, Map<Sheet, LongSheets.Tail> cutRows) {
        this.workbook = workbook;
        this.cutRows = cutRows;
    }

    public Workbook workbook() {
        return workbook;
    }

    /** True when some sheet was cut on opening: the save splices its rows back. */
    boolean hasCutRows() {
        return !cutRows.isEmpty();
    }

    /**
     * Saves the (possibly changed) workbook to {@code target} atomically, with the rows cut on opening put back
     * into every sheet still in the workbook; see {@link WorkbookFiles#saveAtomically}.
     */
    public void saveAtomically(Path target) throws IOException {
        if (cutRows.isEmpty()) {
            WorkbookFiles.saveAtomically(workbook, target);
            return;
        }
        AtomicFiles.write(target, out -> {
            Path scratch = AtomicFiles.tempBeside(target);
            try {
                LongSheets.write(workbook, cutRows, out, scratch);
            } finally {
                AtomicFiles.deleteQuietly(scratch);
            }
        });
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
