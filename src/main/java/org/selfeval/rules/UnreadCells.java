package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.Form;

/**
 * LAYOUTS.md rule 7, cells that are not answers: every value cell the reader took as empty because it held a
 * formula error, a formula that could not be evaluated, or the template's instruction text gets its finding
 * (FORMULA_ERROR, error; TEMPLATE_TEXT_LEFT, warning) on that cell, saying what it held.
 */
final class UnreadCells {
    private UnreadCells() {
    }

    static List<Finding> check(Form form) {
        List<Finding> findings = new ArrayList<>();
        cells(form).filter(Objects::nonNull).filter(c -> c.notAnAnswer() != null).distinct().forEach(c -> {
            CellValue.NotAnAnswer n = c.notAnAnswer();
            String message = switch (n.code()) {
                case FORMULA_ERROR -> "单元格的公式" + (n.shown().startsWith("=") ? n.shown() + "无法在本工作簿内计算"
                        : "结果为错误值" + n.shown()) + "，按空白处理；请改正公式或直接填写数值";
                default -> "单元格仍是模板的填写说明（“" + shorten(n.shown()) + "”），按未填写处理；请填写实际内容";
            };
            findings.add(Finding.of(n.code(), c.address(), message));
        });
        return findings;
    }

    private static Stream<CellValue> cells(Form form) {
        Stream.Builder<CellValue> all = Stream.builder();
        if (form.header() != null) {
            all.add(form.header().total());
        }
        if (form.funds() != null) {
            all.add(form.funds().reason());
            Stream.concat(Stream.of(form.funds().total()), form.funds().parts().stream()).filter(Objects::nonNull)
                    .forEach(r -> Stream.of(r.initial(), r.annual(), r.executed(), r.weight(), r.rate(), r.score())
                            .forEach(all::add));
        }
        if (form.goals() != null) {
            all.add(form.goals().expected());
            all.add(form.goals().actual());
        }
        for (Form.IndicatorRow r : form.indicators()) {
            Stream.of(r.target(), r.actual(), r.weight(), r.score(), r.deviation()).forEach(all::add);
        }
        if (form.total() != null) {
            all.add(form.total().weight());
            all.add(form.total().score());
        }
        all.add(form.explanation());
        return all.build();
    }

    private static String shorten(String text) {
        String s = text.strip();
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
