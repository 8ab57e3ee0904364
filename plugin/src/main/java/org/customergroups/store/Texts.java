package org.customergroups.store;

/** Fitting free text into bounded columns. */
final class Texts {

    /** VARCHAR columns without {@code @StringLength} hold 255 characters. */
    static final int VARCHAR = 255;

    private Texts() {
    }

    /**
     * The first {@code max} characters of {@code text} (null stays null), one fewer when the cut would split a
     * surrogate pair: half a character would be stored as garbage or refused by the database.
     */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
