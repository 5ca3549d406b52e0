package org.selfeval.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;

/**
 * What changed in one form since an earlier check of its file (the same input, checked in an earlier run: for
 * 汇总.xlsx its previous version, for {@code history} the round before):
 * findings fixed (there before, gone now), still open (in both), new (only now), and the total and grade before
 * and now. A finding is the same across rounds when its code and cell are: the message may quote figures that
 * the correction changed. Forms are matched by sheet name.
 *
 * @param sheet       the form's sheet
 * @param fixed       findings of the previous round that are gone
 * @param open        findings still there
 * @param added       findings not there before
 * @param totalBefore the previous round's 总分 (null: no previous form, or it had none)
 * @param gradeBefore the previous round's 等级, or null
 */
public record RoundChange(String sheet, List<Finding> fixed, List<Finding> open, List<Finding> added,
                          Double totalBefore, Double totalNow, String gradeBefore, String gradeNow) {
    public static final String FIXED = "已整改";
    public static final String STILL_OPEN = "仍有问题";
    public static final String NEW = "新增问题";
    public static final String CLEAN = "无问题";

    public RoundChange {
        fixed = List.copyOf(fixed);
        open = List.copyOf(open);
        added = List.copyOf(added);
    }

    /** One change per form of {@code now}, against the same sheet of {@code previous} (which may have failed). */
    public static List<RoundChange> between(FileResult previous, FileResult now) {
        List<RoundChange> changes = new ArrayList<>();
        for (FormResult form : now.forms()) {
            FormResult before = previous.forms().stream().filter(f -> f.form().sheet().equals(form.form().sheet()))
                    .findFirst().orElse(null);
            changes.add(of(before, form));
        }
        return changes;
    }

    static RoundChange of(FormResult before, FormResult now) {
        List<Finding> previous = before == null ? List.of() : before.findings();
        Set<String> nowKeys = now.findings().stream().map(RoundChange::key).collect(Collectors.toSet());
        Set<String> beforeKeys = previous.stream().map(RoundChange::key).collect(Collectors.toSet());
        List<Finding> fixed = previous.stream().filter(f -> !nowKeys.contains(key(f))).toList();
        List<Finding> open = now.findings().stream().filter(f -> beforeKeys.contains(key(f))).toList();
        List<Finding> added = now.findings().stream().filter(f -> !beforeKeys.contains(key(f))).toList();
        return new RoundChange(now.form().sheet(), fixed, open, added, total(before), total(now),
                before == null || before.funds() == null ? null : before.grade(),
                now.funds() == null ? null : now.grade());
    }

    /**
     * 新增问题 when a finding is new, else 仍有问题 when one is still open, else 已整改 when some were fixed, else
     * 无问题.
     */
    public String status() {
        if (!added.isEmpty()) {
            return NEW;
        }
        if (!open.isEmpty()) {
            return STILL_OPEN;
        }
        return fixed.isEmpty() ? CLEAN : FIXED;
    }

    /** True when the 总分 or the 等级 differs from the previous round's. */
    public boolean scoreChanged() {
        return !Objects.equals(totalBefore, totalNow) || !Objects.equals(gradeBefore, gradeNow);
    }

    private static Double total(FormResult form) {
        return form == null || form.funds() == null || !form.scored() ? null : form.total();
    }

    private static String key(Finding f) {
        return f.code().name() + "@" + f.cell();
    }
}
