package org.selfeval.write;

import org.apache.poi.hssf.record.PrintSetupRecord;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.PrintCellComments;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellComments;

/**
 * Comments do not print by default, so a printed form showed coloured cells and no reason. A form sheet we mark
 * is set to print its comments after the sheet (Excel: 页面设置 › 工作表 › 批注 › 工作表末尾), which gives a last
 * page listing each flagged cell's address and its comment.
 */
final class PrintedComments {
    /** BIFF8 SETUP record: fNotes (print notes) and fEndNotes (at the end of the sheet), [MS-XLS] 2.4.257. */
    private static final int NOTES = 0x20;
    private static final int END_NOTES = 0x200;

    private PrintedComments() {
    }

    static void atEnd(Sheet sheet) {
        if (sheet instanceof XSSFSheet x) {
            x.getPrintSetup(); // makes sure the sheet has a pageSetup element
            var worksheet = x.getCTWorksheet();
            (worksheet.isSetPageSetup() ? worksheet.getPageSetup() : worksheet.addNewPageSetup())
                    .setCellComments(STCellComments.AT_END);
        } else if (sheet instanceof HSSFSheet h) {
            PrintSetupRecord setup = h.getSheet().getPageSettings().getPrintSetup();
            setup.setOptions((short) (setup.getOptions() | NOTES | END_NOTES));
        }
    }

    /** How the sheet prints its comments (for tests and checks): AT_END once {@link #atEnd} ran. */
    static PrintCellComments of(Sheet sheet) {
        if (sheet instanceof XSSFSheet x) {
            var worksheet = x.getCTWorksheet();
            return worksheet.isSetPageSetup() && worksheet.getPageSetup().getCellComments() == STCellComments.AT_END
                    ? PrintCellComments.AT_END : PrintCellComments.NONE;
        }
        int options = ((HSSFSheet) sheet).getSheet().getPageSettings().getPrintSetup().getOptions();
        return (options & NOTES) != 0 && (options & END_NOTES) != 0 ? PrintCellComments.AT_END
                : PrintCellComments.NONE;
    }
}
