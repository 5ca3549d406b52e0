package org.selfeval.io;

/** What a file's bytes say it is, with the Chinese name a clerk knows it by. */
enum InputFormat {
    /** OLE2 compound file: .xls (BIFF8), WPS .et, or an encrypted .xlsx. */
    OLE2("Excel 97-2003 工作簿"),
    /** Zip package: .xlsx (or .xlsm, .docx …, told apart after opening). */
    OOXML("Excel 工作簿"),
    /** A zip that is an OpenDocument spreadsheet (LibreOffice, WPS "ods"): its mimetype entry says so. */
    ODS("OpenDocument 电子表格（.ods）"),
    EMPTY("空文件"),
    EXCEL_2003_XML("Excel 2003 XML 表格"),
    HTML("HTML 网页"),
    MHT("MHT 单个文件网页"),
    OLD_EXCEL("Excel 2.x–4.0 旧版工作表"),
    PDF("PDF 文件"),
    IMAGE("图片"),
    OTHER_DOCUMENT("Word/RTF 文档"),
    /** Plain text, random bytes, or a file wrapped by encryption (DRM) software. */
    UNKNOWN("未知格式或文本文件");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A spreadsheet format that Excel or WPS can open and save again as .xlsx. */
    boolean isConvertibleSpreadsheet() {
        return this == EXCEL_2003_XML || this == HTML || this == MHT || this == OLD_EXCEL || this == ODS;
    }
}
