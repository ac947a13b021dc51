package io.suishoupai.shared.caseflow;

/**
 * What a move writes in the timeline, given the staff's note and a response template's wording: the move's own
 * note and whether it is public, and a separate public entry when the template stands beside an internal note. The
 * citizen reads {@link #publicText}.
 */
public record MoveNote(String note, boolean isPublic, String extraPublic) {

    public static MoveNote of(String note, boolean publicNote, String template) {
        if (template == null) {
            return new MoveNote(note, publicNote, null);
        }
        if (note == null) {
            return new MoveNote(template, true, null);
        }
        if (publicNote) {
            return new MoveNote(note + "\n" + template, true, null);
        }
        return new MoveNote(note, false, template);
    }

    /** The move's public wording, or null. */
    public String publicText() {
        return extraPublic != null ? extraPublic : isPublic ? note : null;
    }
}
