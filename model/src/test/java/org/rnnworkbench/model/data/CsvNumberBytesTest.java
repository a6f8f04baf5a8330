package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV reader reads each value from the file's bytes with FastDoubleParser instead of making a
 * {@code String} for {@link Double#parseDouble}; it promises the values and errors of before, so this holds the
 * library, as the reader calls it (a range of a byte array), to the JDK: the same double bit for bit, or both
 * refusing the text.
 */
class CsvNumberBytesTest {

    private static void assertAsJdk(String text) {
        byte[] bytes = ("#" + text + ",").getBytes(StandardCharsets.UTF_8);
        int length = bytes.length - 2;
        double jdk;
        try {
            jdk = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            assertThrows(NumberFormatException.class, () -> JavaDoubleParser.parseDouble(bytes, 1, length),
                    "the JDK refuses \"" + text + "\"");
            return;
        }
        double ours = JavaDoubleParser.parseDouble(bytes, 1, length);
        assertEquals(Double.doubleToRawLongBits(jdk), Double.doubleToRawLongBits(ours),
                text + " read as " + ours + ", the JDK reads " + jdk);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "-0.000", "3", "-3", "+3", "0.125", "-0.125", ".5", "-.5", "+.5",
            "2.", "-2.", "1e5", "1E5", "1e+5", "1e-5", "-1.5e-3", "2.5E+10", "6.02214076e23", "1.7976931348623157",
            "123456789012345678", "0.1", "0.3", "9007199254740993", "00012.5000", "1.000e0", "0e999", "1e-22",
            "4.9e-10", "12345.678e-3", "12345678901234567890", "1e-400", "1e400", "9007199254740993e-30",
            "NaN", "Infinity", "-Infinity", "0x1p3", "1.5f", "1.5d", "1.5D"})
    void numbersAreReadAsTheJdkReadsThem(String text) {
        assertAsJdk(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "-.", "e5", "1e", "1e+", "1.2.3", "1,5", "1 5", "abc", "--1", "\u0661",
            "1e1000000x"})
    void textsTheJdkRefusesAreRefused(String text) {
        assertAsJdk(text);
    }

    @Test
    void randomNumbersInManyFormsAgreeWithTheJdk() {
        Random rng = new Random(42);
        String[] formats = {"%.0f", "%.1f", "%.3f", "%.6f", "%.9f", "%.15f", "%.17f", "%e", "%.3e", "%.12E", "%.16e",
                "%g"};
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, rng.nextInt(50) - 25);
            double x = rng.nextGaussian() * magnitude;
            assertAsJdk(String.format(Locale.ROOT, formats[rng.nextInt(formats.length)], x));
            assertAsJdk(Double.toString(x));
            assertAsJdk(Float.toString((float) x));
            assertAsJdk(Long.toString(rng.nextLong() >> rng.nextInt(64)));
        }
    }
}
