package org.selfeval.value;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file a user writes for selfeval (the rules file, the words file): UTF-8, with or without the
 * byte-order mark Windows Notepad writes (UTF-16 with its mark, Notepad's "Unicode", is read too). Any other
 * encoding (GBK, the ANSI of a Chinese Windows) is refused with the encoding to save it in, instead of keys read
 * as garbage.
 */
public final class SettingsText {
    private SettingsText() {
    }

    /**
     * @param what     the kind of file, as the message names it (规则文件, 表样词表文件)
     * @param fileName the file's name, as the message names it
     * @throws IllegalArgumentException the bytes are not UTF-8 (Chinese message)
     */
    public static String decode(byte[] bytes, String what, String fileName) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " " + fileName + " 不是 UTF-8 编码（可能是 GBK 或 ANSI）："
                    + "请用记事本或 WPS 打开，“另存为”时编码选 UTF-8 后再使用");
        }
    }
}
