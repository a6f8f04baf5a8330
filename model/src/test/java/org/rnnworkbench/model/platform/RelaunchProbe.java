package org.rnnworkbench.model.platform;

/** A main that relaunches itself and then prints the settings it runs with, for {@link RelaunchTest}. */
public final class RelaunchProbe {
    private RelaunchProbe() {
    }

    public static void main(String[] args) {
        NativeSettings.relaunchIfNeeded(RelaunchProbe.class, args);
        System.out.println("args=" + String.join("|", args));
        System.out.println(NativeSettings.CORETYPE + "=" + System.getenv(NativeSettings.CORETYPE));
        System.out.println(NativeSettings.OMP_THREADS + "=" + System.getenv(NativeSettings.OMP_THREADS));
        System.out.println(NativeSettings.RELAUNCHED + "=" + System.getenv(NativeSettings.RELAUNCHED));
        System.out.println("vector=" + ModuleLayer.boot().findModule(Relauncher.VECTOR_MODULE).isPresent());
        System.exit(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    }
}
