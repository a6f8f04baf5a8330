package org.rnnworkbench.app.shell;

/** Reads the memory figure the status bar shows; an interface so that tests can give fixed numbers. */
public interface MemoryProbe {

    /** Bytes in use on the Java heap. */
    long usedBytes();

    /** The most the heap may grow to. */
    long maxBytes();

    /** The running JVM's heap. */
    static MemoryProbe ofRuntime() {
        return new MemoryProbe() {
            @Override
            public long usedBytes() {
                Runtime rt = Runtime.getRuntime();
                return rt.totalMemory() - rt.freeMemory();
            }

            @Override
            public long maxBytes() {
                return Runtime.getRuntime().maxMemory();
            }
        };
    }
}
