package org.selfeval.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reading and rewriting zip packages (.xlsx) in memory, entry by entry. */
final class Zips {
    private Zips() {
    }

    /** Every entry, in zip order. */
    static Map<String, byte[]> entries(byte[] zip) {
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

    static byte[] zip(Map<String, byte[]> entries) {
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
    static byte[] rewriteText(byte[] zip, BiFunction<String, String, String> change) {
        Map<String, byte[]> entries = entries(zip);
        entries.replaceAll((name, data) -> name.endsWith(".xml") || name.endsWith(".rels")
                ? change.apply(name, new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : data);
        return zip(entries);
    }

    /** The zip with one entry's text replaced. */
    static byte[] replaceEntry(byte[] zip, String name, String text) {
        Map<String, byte[]> entries = entries(zip);
        if (!entries.containsKey(name)) {
            throw new IllegalArgumentException("no entry " + name);
        }
        entries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** An entry written uncompressed (ODF wants its mimetype stored first). */
    static void putStored(ZipOutputStream zout, String name, byte[] data) throws IOException {
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
