package org.selfeval.template;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.io.AtomicFiles;

/** The two workbook formats the generators write. */
public enum WorkbookFormat {
    XLSX("xlsx"),
    XLS("xls");

    private final String extension;

    WorkbookFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public Workbook newWorkbook() {
        if (this == XLSX) {
            return new XSSFWorkbook();
        }
        HSSFWorkbook workbook = new HSSFWorkbook();
        // without property sets (or with no code page) POI logs warnings on every write
        workbook.createInformationProperties();
        workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF16);
        workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF16);
        return workbook;
    }

    /** Writes the workbook to {@code file}, creating its folder, replacing an older file (atomically). */
    public static void save(Workbook workbook, Path file) throws IOException {
        AtomicFiles.write(file, workbook::write);
    }
}
