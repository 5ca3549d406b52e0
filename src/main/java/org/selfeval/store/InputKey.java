package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An input's bytes (SHA-256 and size) with what they were checked with: the key a stored result is re-used by. */
public record InputKey(String sha256, long size, Identity identity) {
    public static InputKey of(Path input, Identity identity) throws IOException {
        return new InputKey(Identity.sha256(input), Files.size(input), identity);
    }
}
