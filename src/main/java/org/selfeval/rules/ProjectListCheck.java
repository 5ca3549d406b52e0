package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.model.ProjectList;

/**
 * RULES.md §10: the 项目清单 and the forms must match, names compared loosely ({@link ProjectNames}). A listed
 * project with no form, or a form not on the list, is LIST_FORM_MISMATCH, a finding about the file as a whole.
 * A form with no 项目名称 (the 部门整体支出 variant) is not compared. No POI type.
 */
public final class ProjectListCheck {
    private ProjectListCheck() {
    }

    /**
     * @param projectCell where a form's 项目名称 is, as the file's findings name places (e.g. {@code 表2!R1C2})
     */
    public static List<Finding> check(ProjectList list, List<FormResult> forms,
                                      Function<FormResult, String> projectCell) {
        List<Finding> findings = new ArrayList<>();
        if (list.entries().isEmpty()) {
            return findings;
        }
        List<FormResult> named = forms.stream().filter(f -> project(f) != null).toList();
        boolean[] listed = new boolean[named.size()];
        for (ProjectList.Entry entry : list.entries()) {
            int match = -1;
            for (int i = 0; i < named.size() && match < 0; i++) {
                if (!listed[i] && ProjectNames.match(entry.name(), project(named.get(i)))) {
                    match = i;
                }
            }
            if (match >= 0) {
                listed[match] = true;
            } else {
                findings.add(Finding.of(FindingCode.LIST_FORM_MISMATCH, entry.where(),
                        "项目清单列有“" + entry.name().strip() + "”，但文件中没有它的自评表（或自评表的项目名称与清单差别太大）"));
            }
        }
        for (int i = 0; i < named.size(); i++) {
            if (!listed[i]) {
                FormResult form = named.get(i);
                findings.add(Finding.of(FindingCode.LIST_FORM_MISMATCH, projectCell.apply(form),
                        "自评表“" + project(form) + "”不在项目清单中；请在清单中补列该项目，或确认是否多交了自评表"));
            }
        }
        return findings;
    }

    private static String project(FormResult form) {
        var header = form.form().header();
        if (header == null || header.project() == null || header.project().text().isBlank()) {
            return null;
        }
        return header.project().text().strip();
    }
}
