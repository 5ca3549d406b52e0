package org.selfeval.io;

/**
 * The refusals of a Word submission: the same codes as for workbooks ({@link Rejections}), with the remedy a
 * Word user can follow (另存为 .docx in Word or WPS) instead of the spreadsheet one.
 */
final class WordRejections {
    private static final String SAVE_AS_DOCX = "请用 Word 或 WPS 打开后另存为 .docx（Word 文档）再提交。";

    private WordRejections() {
    }

    static InputRejectedException corrupt(Throwable cause) {
        return new InputRejectedException(Rejections.CORRUPT,
                "Word 文档已损坏或不完整（可能上传或复制时中断），无法读取。" + SAVE_AS_DOCX, cause);
    }

    static InputRejectedException encrypted(Throwable cause) {
        return new InputRejectedException(Rejections.ENCRYPTED,
                "Word 文档已加密（设置了打开密码或被加密软件保护），无法读取。请用 Word 或 WPS 打开，取消文档加密后另存为 .docx 再提交。",
                cause);
    }

    static InputRejectedException unsupported(String kind) {
        return new InputRejectedException(Rejections.UNSUPPORTED_FORMAT,
                "文件是" + kind + "，本工具不能直接读取。" + SAVE_AS_DOCX);
    }

    /** A .doc HWPF cannot read (fast-saved, damaged, or a layout POI does not know). */
    static InputRejectedException docUnreadable(Throwable cause) {
        return new InputRejectedException(Rejections.UNSUPPORTED_FORMAT,
                "这个 Word 97-2003 文档（.doc）无法读取：可能已损坏，或是本工具读不了的结构（如“快速保存”的文档）。" + SAVE_AS_DOCX, cause);
    }

    /** A file named .doc / .docx whose bytes are something else (often an HTML page saved as .doc). */
    static InputRejectedException notAWordDocument(InputFormat format) {
        if (format == InputFormat.EMPTY) {
            return new InputRejectedException(Rejections.NOT_A_WORKBOOK, "文件是空的（0 字节），不是 Word 文档。请重新保存后再提交。");
        }
        return new InputRejectedException(Rejections.UNSUPPORTED_FORMAT,
                "文件扩展名是 Word 文档，但内容是" + format.label() + "，不是真正的 Word 文档（常见于从网页或业务系统导出的“Word 文件”）。"
                        + SAVE_AS_DOCX);
    }

    /** The same refusal, its spreadsheet remedy replaced by the Word one (zip-bomb and size refusals as they are). */
    static InputRejectedException reword(InputRejectedException e) {
        return switch (e.code()) {
            case Rejections.CORRUPT -> corrupt(e.getCause());
            case Rejections.ENCRYPTED -> encrypted(e.getCause());
            case Rejections.TOO_LARGE -> new InputRejectedException(Rejections.TOO_LARGE,
                    e.getMessage().replace("工作表", "页面").replace(".xlsx", ".docx"), e.getCause());
            default -> e;
        };
    }
}
