package org.selfeval.io;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Every way an input is refused, with its stable code and the Chinese message that says what to do. */
public final class Rejections {
    public static final String NOT_A_WORKBOOK = "NOT_A_WORKBOOK";
    public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
    public static final String ENCRYPTED = "ENCRYPTED";
    public static final String CORRUPT = "CORRUPT";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String TIMEOUT = "TIMEOUT";
    public static final String IO_ERROR = "IO_ERROR";

    /** Every code an input can be refused with here; the pipeline adds NO_FORM. */
    public static final Set<String> CODES = Set.of(NOT_A_WORKBOOK, UNSUPPORTED_FORMAT, ENCRYPTED, CORRUPT, TOO_LARGE,
            TIMEOUT, IO_ERROR);

    private static final String SAVE_AS_XLSX = "请用 Excel 或 WPS 打开后另存为 .xlsx（Excel 工作簿）再提交。";

    private Rejections() {
    }

    static InputRejectedException empty() {
        return new InputRejectedException(NOT_A_WORKBOOK, "文件是空的（0 字节），不是 Excel 工作簿。请重新保存自评表后再提交。");
    }

    static InputRejectedException notAWorkbook(InputFormat format) {
        String what = format == InputFormat.UNKNOWN
                ? "文件不是 Excel 工作簿（可能是文本文件、其他格式，或被加密软件处理过）。"
                : "文件是" + format.label() + "，不是 Excel 工作簿。";
        return new InputRejectedException(NOT_A_WORKBOOK, what + "请提交自评表的 Excel 文件；如确是表格，" + SAVE_AS_XLSX);
    }

    static InputRejectedException notAWorkbook(String kind) {
        return new InputRejectedException(NOT_A_WORKBOOK, "文件是" + kind + "，不是 Excel 工作簿。请提交自评表的 Excel 文件。");
    }

    static InputRejectedException unsupported(String kind) {
        return new InputRejectedException(UNSUPPORTED_FORMAT,
                "文件是" + kind + "格式（扩展名可能仍是 .xls 或 .xlsx），本工具不能直接读取。" + SAVE_AS_XLSX);
    }

    static InputRejectedException encrypted(Throwable cause) {
        return new InputRejectedException(ENCRYPTED,
                "文件已加密（设置了打开密码或被加密软件保护），无法读取。请去掉密码后再提交：用 Excel 或 WPS 打开，取消文档加密后另存为 .xlsx。",
                cause);
    }

    static InputRejectedException corrupt(Throwable cause) {
        return new InputRejectedException(CORRUPT,
                "文件已损坏或不完整（可能上传或复制时中断），无法读取。请用 Excel 或 WPS 打开检查，另存为 .xlsx 后重新提交。", cause);
    }

    static InputRejectedException tooLarge(long size, long cap) {
        return new InputRejectedException(TOO_LARGE, String.format(Locale.ROOT,
                "文件大小 %s，超过上限 %s。自评表通常不足 1 MB，请删去无关的工作表和图片后另存再提交。", mb(size), mb(cap)));
    }

    static InputRejectedException inflatesTooMuch(Throwable cause) {
        return new InputRejectedException(TOO_LARGE,
                "文件解压后的内容异常庞大（超过安全上限），为防范恶意文件已拒绝读取。请删去无关的工作表和图片，另存为 .xlsx 后再提交。", cause);
    }

    /** The file took longer than {@link Limits#timeLimit()}: abandoned so that the batch goes on. */
    public static InputRejectedException timedOut(Duration limit) {
        return new InputRejectedException(TIMEOUT, String.format(Locale.ROOT,
                "处理该文件超过时间上限（%d 秒），已放弃，其余文件照常处理。文件可能含有大量无关内容或结构异常："
                        + "请删去无关的工作表、行和图片，另存为 .xlsx 后重新提交。", Math.max(1, limit.toSeconds())));
    }

    /** Opening the file needed more memory than the JVM has: a workbook far larger than any form. */
    public static InputRejectedException outOfMemory(Throwable cause) {
        return new InputRejectedException(TOO_LARGE,
                "文件展开后占用的内存超过上限，无法处理。自评表通常很小：请删去无关的工作表、行和图片，另存为 .xlsx 后重新提交。",
                cause);
    }

    static InputRejectedException ioError(String fileName, Throwable cause) {
        return new InputRejectedException(IO_ERROR,
                "无法读取文件“" + fileName + "”（文件不存在、没有读取权限或正被其他程序占用）。请检查后重试。", cause);
    }

    /** A folder named where a workbook file was expected (score, check). */
    static InputRejectedException folder(String name) {
        return new InputRejectedException(IO_ERROR,
                "“" + name + "”是文件夹，不是工作簿文件；处理整个文件夹请用 selfeval batch 文件夹 --out 输出文件夹");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
