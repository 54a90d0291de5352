package org.waymark.json.internal;

/** Makes a field name from a document safe to put in a message: printable ASCII, bounded. */
final class Names {

    private Names() {
    }

    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 64; i++) {
            char c = name.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        if (name.length() > 64) {
            sb.append('…');
        }
        return sb.toString();
    }
}
