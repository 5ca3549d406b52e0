package org.selfeval.read;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.Form;

/** STUB — replaced by the reading work: RULES.md §1, every form of a workbook found by its labels. */
public final class FormLocator {
    private FormLocator() {
    }

    /**
     * Every form in the workbook, one per sheet that holds one, in sheet order. Sheets with no sign of a form
     * (a cover sheet such as 项目清单) are skipped; a sheet that looks like a form but lacks a part gives a
     * Form with that part null and a FORM_NOT_FOUND read finding.
     */
    public static List<Form> locate(Workbook workbook) {
        throw new UnsupportedOperationException("not yet");
    }
}
