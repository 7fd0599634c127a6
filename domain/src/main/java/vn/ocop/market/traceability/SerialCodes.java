package vn.ocop.market.traceability;

import java.security.SecureRandom;

/**
 * Random serial numbers for GS1 AI(21): 16 characters drawn by {@link SecureRandom} from letters
 * and digits of GS1's character set 82 without the look-alikes (0/O, 1/l/I), about 92 bits: nobody
 * guesses another unit's code, and none needs percent-encoding in a link.
 */
final class SerialCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SerialCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
