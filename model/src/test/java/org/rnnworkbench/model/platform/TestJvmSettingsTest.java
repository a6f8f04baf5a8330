package org.rnnworkbench.model.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The build's test JVMs run with the settings, without the user setting anything. Only under surefire: an IDE
 * starts test JVMs its own way.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@EnabledIfSystemProperty(named = "surefire.test.class.path", matches = ".+")
class TestJvmSettingsTest {
    @Test
    void surefireForksGetTheRecommendedSettings() {
        assertNotNull(System.getenv(NativeSettings.OMP_THREADS), NativeSettings.describeInForce());
        OpenBlasCore.bestFor(CpuFeatures.detect()).ifPresent(core -> assertNotNull(
                System.getenv(NativeSettings.CORETYPE), "expected " + core + ": " + NativeSettings.describeInForce()));
        assertEquals(NativeSettings.missing(CpuFeatures.detect(), System.getenv()).keySet(),
                java.util.Set.of(), "nothing left to recommend");
    }
}
