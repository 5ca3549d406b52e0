package org.selfeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.rules.RuleSettings;

/** Issue 14: a failure shows one stable code — "（FORM_NOT_FOUND）（NO_FORM）" showed two. */
class OneCodeTest {
    private static final Pattern CODE = Pattern.compile("（[A-Z_]+）");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aWorkbookWithoutAForm_showsOneCode(String format) throws Exception {
        Path input = dir.resolve("通讯录." + format);
        try (Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(input)) {
            wb.createSheet("通讯录").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        FileResult result = new FileProcessor(RuleSettings.national()).check(input);

        String shown = result.error().display();
        Matcher codes = CODE.matcher(shown);
        int count = 0;
        while (codes.find()) {
            count++;
        }
        assertEquals(1, count, shown);
        assertTrue(shown.endsWith("（NO_FORM）"), shown);
    }
}
