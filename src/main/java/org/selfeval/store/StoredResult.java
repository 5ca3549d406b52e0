package org.selfeval.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;

/**
 * A file's result as the store keeps it (column {@code results.record}, JSON by Jackson): everything 汇总.xlsx and
 * report.json show, i.e. the {@link FileResult} less its two paths, which belong to the run that shows it (the
 * input where it lies now, the scored copy in this output folder). Every field of the form model goes along, so
 * a field added to the model is stored without a change here; unknown fields of an older record are ignored.
 * Left out when writing, to keep records short: null fields, false booleans and derived {@code isX()} getters;
 * a missing field reads back as null or false, so records written with them (before 2026-11-27) read the same.
 */
public record StoredResult(String status, String errorCode, String errorMessage, List<FormResult> forms,
                           List<Finding> findings, String note) {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // a null field is left out (read back as null): a record about a third shorter, as much less to parse
            // when a second round re-uses thousands of them
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // a false boolean is left out too (a missing boolean reads back as false): every cell carried
            // "percentFormat":false,"formula":false, nine cells in ten for nothing
            .withConfigOverride(boolean.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT)))
            // a record is kept by its components: a derived isX() getter (CellValue.isBlank) is not written; records
            // written with it ("blank":…) still read, the field ignored as any unknown one
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    public static StoredResult of(FileResult r) {
        return new StoredResult(r.status().name(), r.error() == null ? null : r.error().code(),
                r.error() == null ? null : r.error().message(), r.forms(), r.findings(), r.note());
    }

    /** The result as a run shows it: this input, this scored copy. */
    public FileResult toFileResult(Path file, Path output) {
        FileResult.Status s = FileResult.Status.valueOf(status);
        return new FileResult(file, s == FileResult.Status.FAILED ? null : output, s,
                errorCode == null ? null : new FileResult.FileError(errorCode, errorMessage), forms,
                findings == null ? List.of() : findings, note);
    }

    String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result that cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    static StoredResult fromJson(String json) {
        try {
            return MAPPER.readValue(json, StoredResult.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    /** From the record's UTF-8 bytes as SQLite keeps them (no Java string of the whole record is made). */
    static StoredResult fromJson(byte[] utf8) {
        try {
            return MAPPER.readValue(utf8, StoredResult.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static IllegalStateException unreadable(IOException e) {
        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return new IllegalStateException("a stored record that cannot be read: " + why, e);
    }
}
