package fr.tremplin.data.demo;

/**
 * Demo SIRET numbers: 14 digits (SIREN of 9 + establishment number of 5), the SIREN and the whole SIRET
 * both passing the Luhn check, like real ones. Distinct ordinals give distinct numbers.
 */
final class Siret {

    private static final int BODY_DIGITS = 7;
    private static final long BODY_RANGE = 10_000_000L;
    /** Coprime with 10: ordinal → body is a bijection on [0, 10^7). */
    private static final long MULTIPLIER = 4_649L;

    private Siret() {
    }

    /**
     * The SIRET of demo employer {@code ordinal}: SIREN = {@code firstDigit} + 7 digits scrambled from the
     * ordinal + a Luhn key; establishment "0001" + a Luhn key over the 14 digits.
     *
     * @param firstDigit 2 for local authorities, 7 or 8 for associations, 3–5 for companies (as in France)
     */
    static String of(int firstDigit, long ordinal, long seed) {
        if (firstDigit < 1 || firstDigit > 9 || ordinal < 0 || ordinal >= BODY_RANGE) {
            throw new IllegalArgumentException("No demo SIRET for first digit " + firstDigit + " and ordinal " + ordinal);
        }
        long body = Math.floorMod(ordinal * MULTIPLIER + seed, BODY_RANGE);
        String siren8 = firstDigit + String.format("%0" + BODY_DIGITS + "d", body);
        String siren = siren8 + luhnKey(siren8);
        String nic4 = "0001";
        return siren + nic4 + luhnKey(siren + nic4);
    }

    /** The digit that makes {@code digits + key} pass the Luhn check. */
    static int luhnKey(String digits) {
        for (int key = 0; key <= 9; key++) {
            if (isLuhnValid(digits + key)) {
                return key;
            }
        }
        throw new IllegalStateException("unreachable: some key always completes a Luhn sum");
    }

    /** Luhn check: from the right, every second digit doubled (minus 9 above 9), the sum a multiple of 10. */
    static boolean isLuhnValid(String digits) {
        if (digits == null || digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
