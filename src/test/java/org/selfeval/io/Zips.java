package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reading and rewriting zip packages (.xlsx) in memory, entry by entry: for the io and hostile-input tests. */
public final class Zips {
    private Zips() {
    }

    /** Every entry, in zip order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zout.putNextEntry(new ZipEntry(e.getKey()));
                zout.write(e.getValue());
                zout.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The zip with every entry's text passed through {@code change(name, text)} (UTF-8). */
    public static byte[] rewriteText(byte[] zip, BiFunction<String, String, String> change) {
        Map<String, byte[]> entries = entries(zip);
        entries.replaceAll((name, data) -> name.endsWith(".xml") || name.endsWith(".rels")
                ? change.apply(name, new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : data);
        return zip(entries);
    }

    /** The zip with one entry's text replaced. */
    public static byte[] replaceEntry(byte[] zip, String name, String text) {
        return rewriteEntry(zip, name, old -> text);
    }

    /** The zip with one entry's text passed through {@code change} (UTF-8). */
    public static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(zip);
        byte[] data = entries.get(name);
        if (data == null) {
            throw new IllegalArgumentException("no entry " + name);
        }
        entries.put(name, change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** An entry written uncompressed (ODF wants its mimetype stored first). */
    public static void putStored(ZipOutputStream zout, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        zout.putNextEntry(e);
        zout.write(data);
        zout.closeEntry();
    }
}
