package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;

/** RULES.md §7: 项目名称, 主管部门 and 实施单位 must be filled in. */
final class HeaderRules {
    private HeaderRules() {
    }

    static List<Finding> check(Form.Header header) {
        List<Finding> findings = new ArrayList<>();
        if (header == null) {
            return findings;
        }
        String fallback = header.title() != null ? header.title().address() : "A1";
        if (departmentOverall(header)) {
            check(header.department(), "部门", fallback, findings);
            return findings;
        }
        check(header.project(), "项目名称", fallback, findings);
        check(header.department(), "主管部门", fallback, findings);
        check(header.unit(), "实施单位", fallback, findings);
        return findings;
    }

    /**
     * The 部门整体支出 variant: its title says so, or it has a 部门 label and neither a 项目名称 nor an 实施单位 label.
     * Such a form has no project: only 部门 must be filled in.
     */
    static boolean departmentOverall(Form.Header header) {
        if (header.title() != null && header.title().text().contains("部门整体支出")) {
            return true;
        }
        return header.project() == null && header.unit() == null && header.department() != null;
    }

    private static void check(CellValue cell, String label, String fallback, List<Finding> findings) {
        if (cell == null) {
            findings.add(Finding.of(FindingCode.HEADER_FIELD_MISSING, fallback, "表中没有“" + label + "”一栏；请补充" + label));
        } else if (cell.isBlank()) {
            findings.add(Finding.of(FindingCode.HEADER_FIELD_MISSING, cell.address(), label + "未填写；请填写" + label));
        }
    }
}
