package org.rnnworkbench.app.shell;

/** The two looks of the workbench; both use the same theme, dark adds a small set of colour overrides. */
public enum ThemeChoice {
    LIGHT, DARK
}
