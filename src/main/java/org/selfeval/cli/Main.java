package org.selfeval.cli;

/** Entry point of selfeval.jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = new Cli(System.out, System.err).run(args);
        System.out.flush();
        System.exit(status);
    }
}
