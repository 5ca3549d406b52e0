package org.selfeval.io;

import java.util.Locale;

/** Every way an input is refused, with its stable code and the Chinese message that says what to do. */
final class Rejections {
    static final String NOT_A_WORKBOOK = "NOT_A_WORKBOOK";
    static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
    static final String ENCRYPTED = "ENCRYPTED";
    static final String CORRUPT = "CORRUPT";
    static final String TOO_LARGE = "TOO_LARGE";
    static final String IO_ERROR = "IO_ERROR";

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

    static InputRejectedException ioError(String fileName, Throwable cause) {
        return new InputRejectedException(IO_ERROR,
                "无法读取文件“" + fileName + "”（文件不存在、没有读取权限或正被其他程序占用）。请检查后重试。", cause);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
