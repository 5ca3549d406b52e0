package org.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.app.SkippedFile;
import org.selfeval.io.AtomicFiles;

/**
 * report.json written one file at a time, as a batch goes: the same document as
 * {@code JsonReport.write(JsonReport.build(...), target)}, but no result is kept once its entry is written, so
 * the report of a batch of any size takes flat memory. Written to a temporary file beside the target and moved
 * into place by {@link #finish}; closing without finishing deletes it and leaves any earlier report as it was.
 */
public final class JsonReportStream implements RunOutput {
    private final Path target;
    private final Path tmp;
    private final OutputStream out;
    private final JsonGenerator json;
    private final List<SkippedFile> skipped;
    private boolean finished;

    public JsonReportStream(String version, String rules, Path target) throws IOException {
        this(version, rules, target, List.of());
    }

    /** @param skipped what lies under the input folder and is not processed, listed after the files */
    public JsonReportStream(String version, String rules, Path target, List<SkippedFile> skipped) throws IOException {
        this.target = target;
        this.skipped = skipped;
        this.tmp = AtomicFiles.tempBeside(target);
        this.out = Files.newOutputStream(tmp);
        // the mapper's writer carries its settings (indentation, plain BigDecimals) into the generator
        this.json = JsonReport.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out);
        json.writeStartObject();
        json.writeStringField("tool", JsonReport.TOOL);
        json.writeStringField("version", version);
        json.writeStringField("rules", rules);
        json.writeArrayFieldStart("files");
    }

    @Override
    public String label() {
        return "JSON 报告";
    }

    @Override
    public void add(FileResult result) throws IOException {
        JsonReport.mapper().writeValue(json, JsonReport.file(result));
    }

    /** Closes the document and moves it onto the target. */
    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeFieldName("skipped");
        JsonReport.mapper().writeValue(json, skipped.stream().map(JsonReport::skipped).toList());
        json.writeEndObject();
        json.close();
        out.write('\n');
        out.close();
        AtomicFiles.moveIntoPlace(tmp, target);
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                json.close();
                out.close();
            } finally {
                AtomicFiles.deleteQuietly(tmp);
            }
        }
    }
}
