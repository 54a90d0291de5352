package org.waymark.validation;

import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Telephone and text numbers by country, as CONTACT-REACHABLE and CRISIS-PLAN check them: the shape
 * of a number that can be dialled or texted, not whether it is in service.
 */
final class Phones {

    private static final Pattern GB_PHONE = Pattern.compile("0\\d{9,10}|(?:\\+|00)44\\d{9,10}|999|112|111|116\\d{3}");
    private static final Pattern GB_SMS = Pattern.compile("0\\d{9,10}|(?:\\+|00)44\\d{9,10}|\\d{5,6}|999");
    private static final Pattern US_PHONE = Pattern.compile("(?:\\+?1)?\\d{10}|911|988");
    private static final Pattern US_SMS = Pattern.compile("(?:\\+?1)?\\d{10}|\\d{5,6}|911|988");
    private static final Pattern ANY = Pattern.compile("\\+?\\d{3,15}");

    private static final Map<String, List<String>> EMERGENCY = Map.of(
            "GB", List.of("999", "112"),
            "IE", List.of("112", "999"),
            "US", List.of("911"),
            "CA", List.of("911"),
            "AU", List.of("000", "112"),
            "NZ", List.of("111"));

    private Phones() {
    }

    /** Removes spaces, hyphens, dots and brackets, which people write but do not dial. */
    static String normalise(String number) {
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Tells whether a number can be dialled in a country. GB: 10 or 11 digits from 0, or +44, or
     * 999, 112, 111 and 116 xxx; US: 10 digits with an optional 1 or +1, or 911 and 988; elsewhere
     * 3 to 15 digits with an optional +.
     */
    static boolean isPhone(String number, String country) {
        return pattern(country, true).matcher(normalise(number)).matches();
    }

    /** Tells whether a number can be texted in a country: as {@link #isPhone}, plus 5- or 6-digit short codes. */
    static boolean isSms(String number, String country) {
        return pattern(country, false).matcher(normalise(number)).matches();
    }

    /**
     * Returns the emergency numbers of a country, the main one first.
     *
     * @return the numbers, or null when the country is not known to the library
     */
    static List<String> emergencyNumbers(String country) {
        return EMERGENCY.get(country);
    }

    private static Pattern pattern(String country, boolean phone) {
        return switch (country) {
            case "GB" -> phone ? GB_PHONE : GB_SMS;
            case "US" -> phone ? US_PHONE : US_SMS;
            default -> ANY;
        };
    }
}
