package org.selfeval.app;

/**
 * A file (or folder) under a batch's input folder that was not processed, with why: report.json lists it under
 * {@code skipped}, 汇总.xlsx in its sheet 未处理的文件, and the run prints how many (issue 14: every file under the
 * input folder is either processed or listed with a reason).
 *
 * @param file   its path relative to the input folder, '/'-separated; a folder's ends with '/'
 * @param reason why it was not processed
 * @param detail what the system said when it could not be read, or null
 */
public record SkippedFile(String file, Reason reason, String detail) {
    /** Why a file was not processed: a stable code for machines, a short Chinese name for people. */
    public enum Reason {
        OTHER_FILE("非工作簿", "不是工作簿或 Word 文档（按扩展名：.xlsx、.xlsm、.xls、.docx、.doc）"),
        LOCK_OR_TEMP_FILE("锁定或临时文件", "Office/WPS 的锁定文件或临时文件（~$、.tmp、.part、.crdownload）"),
        HIDDEN("隐藏", "隐藏的文件或文件夹（名称以“.”开头）"),
        LINK("链接", "链接或快捷方式，未跟随（请放入文件本身）"),
        UNREADABLE("无法读取", "无法读取（没有权限，或已被删除）"),
        NOT_A_FILE("非普通文件", "不是普通文件（设备、管道等）"),
        OUTPUT_FOLDER("输出文件夹", "本次的输出文件夹（评分结果，不作为输入）");

        private final String shortName;
        private final String chinese;

        Reason(String shortName, String chinese) {
            this.shortName = shortName;
            this.chinese = chinese;
        }

        /** A few characters, for the line that counts them. */
        public String shortName() {
            return shortName;
        }

        public String code() {
            return name();
        }

        public String chinese() {
            return chinese;
        }
    }

    /** The reason as a person reads it: the Chinese name, what the system said, the code last. */
    public String message() {
        return reason.chinese() + (detail == null ? "" : "：" + detail);
    }
}
