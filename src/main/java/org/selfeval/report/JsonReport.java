package org.selfeval.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.app.SkippedFile;
import org.selfeval.io.AtomicFiles;
import org.selfeval.model.Finding;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/**
 * report.json as CLI.md specifies, written with Jackson (UTF-8, pretty printed). Amounts are in the form's own
 * unit, named by {@code funds.unit} (docs/report.md); rate a fraction, scores with at most 2 decimals.
 */
public final class JsonReport {
    public static final String TOOL = "selfeval";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {
    }

    public static Report build(String version, String rules, List<FileResult> files) {
        return new Report(TOOL, version, rules, files.stream().map(JsonReport::file).toList(), List.of());
    }

    /** The report entry of a file or folder under the input folder that was not processed. */
    public static SkippedEntry skipped(SkippedFile s) {
        return new SkippedEntry(s.file(), s.reason().code(), s.message());
    }

    public static void write(Report report, OutputStream out) throws IOException {
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
        out.write('\n');
        out.flush();
    }

    /** Writes to a temporary file beside {@code target} and moves it into place. */
    public static void write(Report report, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(report, out));
    }

    public static String toJson(Report report) throws IOException {
        return MAPPER.writeValueAsString(report);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The report entry of one file (what {@link #build} lists; {@link JsonReportStream} writes one at a time). */
    public static FileEntry file(FileResult r) {
        ErrorEntry error = r.error() == null ? null : new ErrorEntry(r.error().code(), r.error().message());
        return new FileEntry(slashes(r.file()), r.output() == null ? null : slashes(r.output()),
                r.status().code(), error, r.note(), r.forms().stream().map(JsonReport::form).toList(),
                r.findings().stream().map(JsonReport::finding).toList());
    }

    private static FormEntry form(FormResult r) {
        Form f = r.form();
        Form.Header h = f.header();
        FundsEntry funds = null;
        if (r.funds() != null) {
            FormResult.FundsResult fr = r.funds();
            funds = new FundsEntry(f.funds() == null ? Form.Funds.COMPARISON_UNIT : f.funds().amountUnit(),
                    num(fr.initial()), num(fr.annual()), num(fr.executed()), score(fr.weight()),
                    fr.rate() == null ? null : BigDecimal.valueOf(fr.rate()).setScale(4, RoundingMode.HALF_UP)
                            .stripTrailingZeros(),
                    r.scored() && fr.scored() ? score(fr.score()) : null, fr.scoreCell());
        }
        List<IndicatorEntry> indicators = r.indicators().stream().map(i -> new IndicatorEntry(
                i.row().sheetRow(), text(i.row().level1()), text(i.row().level2()), text(i.row().name()),
                text(i.row().target()), text(i.row().actual()), i.kind(), score(i.weight()), score(i.selfScore()),
                r.scored() ? score(i.score()) : null, i.scoreCell(), text(i.row().deviation()),
                i.achievement() == null ? null : i.achievement().code())).toList();
        boolean totalled = r.funds() != null && r.scored(); // a form that scores nothing has no total and no grade
        return new FormEntry(f.sheet(), f.family().id(), h == null ? null : text(h.project()), h == null ? null : text(h.department()),
                h == null ? null : text(h.upperDepartment()), h == null ? null : text(h.unit()), h == null ? null : h.year(), r.scored(), funds, indicators,
                totalled ? score(r.weightTotal()) : null, totalled ? score(r.total()) : null,
                totalled ? r.grade() : null, r.achievedShare() == null ? null
                        : BigDecimal.valueOf(r.achievedShare()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros(),
                r.findings().stream().map(JsonReport::finding).toList());
    }

    private static FindingEntry finding(Finding f) {
        return new FindingEntry(f.severity().code(), f.code().name(), f.cell(), f.message());
    }

    private static String text(org.selfeval.model.CellValue cell) {
        return cell == null || cell.isBlank() ? null : cell.text().strip();
    }

    private static BigDecimal score(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal num(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros();
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** {@code skipped}: what lies under a batch's input folder and was not processed, with why (else empty). */
    @JsonPropertyOrder({"tool", "version", "rules", "files", "skipped"})
    public record Report(String tool, String version, String rules, List<FileEntry> files,
                         List<SkippedEntry> skipped) {
    }

    /**
     * A file (a folder: its path ends with '/') under the input folder that was not processed: {@code reason} a
     * stable code (docs/report.md), {@code message} in Chinese.
     */
    @JsonPropertyOrder({"file", "reason", "message"})
    public record SkippedEntry(String file, String reason, String message) {
    }

    /**
     * One file. {@code note} says what a person should know about the output (a .doc scored as .docx), omitted
     * when there is nothing to say; {@code findings} are about the file as a whole (LIST_FORM_MISMATCH).
     */
    @JsonPropertyOrder({"file", "output", "status", "error", "note", "forms", "findings"})
    public record FileEntry(String file, String output, String status, ErrorEntry error,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String note, List<FormEntry> forms,
                            List<FindingEntry> findings) {
    }

    @JsonPropertyOrder({"code", "message"})
    public record ErrorEntry(String code, String message) {
    }

    /**
     * One form. {@code layout} is its template family (LAYOUTS.md rule 1). {@code upperDepartment} (宁夏 自治区主管部门,
     * 中央主管部门) appears only on a form that names one above its 主管部门. {@code scored} is false on a form with no 分值 / 得分 anywhere (LAYOUTS.md G): then weightTotal,
     * total and grade are null. {@code achievedShare} is the share of judged rows achieved (a fraction).
     */
    @JsonPropertyOrder({"sheet", "layout", "project", "department", "upperDepartment", "unit", "year", "scored",
            "funds", "indicators", "weightTotal", "total", "grade", "achievedShare", "findings"})
    public record FormEntry(String sheet, String layout, String project, String department,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String upperDepartment, String unit, Integer year,
                            boolean scored, FundsEntry funds, List<IndicatorEntry> indicators, BigDecimal weightTotal,
                            BigDecimal total, String grade, BigDecimal achievedShare, List<FindingEntry> findings) {
    }

    /** The funds block: {@code unit} is the unit its amounts are in, as filled on the form (元, 万元, 亿元). */
    @JsonPropertyOrder({"unit", "initial", "annual", "executed", "weight", "rate", "score", "cell"})
    public record FundsEntry(String unit, BigDecimal initial, BigDecimal annual, BigDecimal executed, BigDecimal weight,
                             BigDecimal rate, BigDecimal score, String cell) {
    }

    /** One indicator; {@code achievement} is achieved, partial, not-achieved or review (LAYOUTS.md G). */
    @JsonPropertyOrder({"row", "level1", "level2", "level3", "target", "actual", "kind", "weight", "selfScore",
            "score", "scoreCell", "deviation", "achievement"})
    public record IndicatorEntry(int row, String level1, String level2, String level3, String target, String actual,
                                 String kind, BigDecimal weight, BigDecimal selfScore, BigDecimal score,
                                 String scoreCell, String deviation, String achievement) {
    }

    @JsonPropertyOrder({"severity", "code", "cell", "message"})
    public record FindingEntry(String severity, String code, String cell, String message) {
    }
}
