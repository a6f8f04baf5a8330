package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-decimal reader gives bit for bit what {@link Double#parseDouble} gives, and leaves every other form
 * to it.
 */
class DecimalParserTest {

    private static double parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DecimalParser.parse(bytes, 0, bytes.length);
    }

    /** Either not read (left to the JDK) or exactly the JDK's value, sign of zero included. */
    private static void assertAsJdk(String text) {
        double value = parse(text);
        if (!Double.isNaN(value)) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(value),
                    text + " read as " + value + ", the JDK reads " + Double.parseDouble(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "-0.000", "3", "-3", "+3", "0.125", "-0.125", ".5", "-.5", "+.5",
            "2.", "-2.", "1e5", "1E5", "1e+5", "1e-5", "-1.5e-3", "2.5E+10", "6.02214076e23", "1.7976931348623157",
            "123456789012345678", "0.1", "0.3", "9007199254740993", "00012.5000", "1.000e0", "0e999", "1e-22",
            "4.9e-10", "12345.678e-3"})
    void plainDecimalsAreReadAsTheJdkReadsThem(String text) {
        assertAsJdk(text);
    }

    @Test
    void commonFormsAreReadHereNotLeftToTheJdk() {
        for (String text : new String[] {"0.125", "-3", "+.5", "2.", "1e5", "-1.5E-3", "00012.5000", "-0"}) {
            assertTrue(!Double.isNaN(parse(text)), text + " should be read without the JDK");
        }
        assertEquals(-0.0, parse("-0.000"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse("-0.000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "-.", "e5", "1e", "1e+", "1.2.3", "1,5", "1 5", " 1", "1 ", "NaN",
            "Infinity", "-Infinity", "0x1p3", "1.5f", "1.5d", "1.5D", "abc", "--1", "1e1000000", "\u0661",
            "12345678901234567890", "1e-400", "1e400", "9007199254740993e-30"})
    void otherFormsAreLeftToTheJdk(String text) {
        assertTrue(Double.isNaN(parse(text)), text + " should be left to the JDK, read as " + parse(text));
    }

    @Test
    void randomNumbersInManyFormsAgreeWithTheJdk() {
        Random rng = new Random(42);
        String[] formats = {"%.0f", "%.1f", "%.3f", "%.6f", "%.9f", "%.15f", "%.17f", "%e", "%.3e", "%.12E", "%.16e",
                "%g"};
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, rng.nextInt(50) - 25);
            double x = rng.nextGaussian() * magnitude;
            String text = String.format(Locale.ROOT, formats[rng.nextInt(formats.length)], x);
            assertAsJdk(text);
            assertAsJdk(Double.toString(x));
            assertAsJdk(Float.toString((float) x));
            assertAsJdk(Long.toString(rng.nextLong() >> rng.nextInt(64)));
        }
    }

    @Test
    void readsOnlyTheGivenRange() {
        byte[] bytes = "x12.5,7".getBytes(StandardCharsets.US_ASCII);
        assertEquals(12.5, DecimalParser.parse(bytes, 1, 5));
        assertEquals(7.0, DecimalParser.parse(bytes, 6, 7));
    }
}
