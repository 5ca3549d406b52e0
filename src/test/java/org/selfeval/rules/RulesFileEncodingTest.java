package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a rules file saved by Windows Notepad (with a BOM) is read; one in GBK is told the encoding it needs. */
class RulesFileEncodingTest {
    private static final String RULES = "# 某省财政厅 2023 年度项目支出绩效自评规则\nname = 某省-2023\nweight.funds = 20\n";

    @TempDir
    Path dir;

    private RuleSettings load(byte[] bytes) throws Exception {
        Path file = dir.resolve("某省.properties");
        Files.write(file, bytes);
        return RuleSettings.load(file);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void utf8WithABom_isRead() throws Exception {
        // the BOM stuck to the first key: “键“\uFEFFname”无法识别”
        RuleSettings s = load(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, RULES.getBytes(StandardCharsets.UTF_8)));
        assertEquals("某省-2023", s.name());
        assertEquals(20, s.fundsWeight());
    }

    @Test
    void notepadUnicode_isRead() throws Exception {
        RuleSettings s = load(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, RULES.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("某省-2023", s.name());
    }

    @Test
    void gbk_isRefusedNamingTheEncodingToUse() {
        // was a Java decoder message ("Input length = 1")
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load(RULES.getBytes(Charset.forName("GBK"))));
        assertTrue(e.getMessage().contains("不是 UTF-8 编码") && e.getMessage().contains("另存为"), e.getMessage());
        assertTrue(e.getMessage().contains("某省.properties"), e.getMessage());
    }
}
