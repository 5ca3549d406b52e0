package org.selfeval.cli;

/** Wrong usage of the command line: exit status 64 with a Chinese message. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
