package dev.gatehouse.engine.replies.ingest;

/**
 * How far a folder has been read: the highest UID taken, valid only while the folder keeps the same
 * UIDVALIDITY (RFC 3501). The caller persists it between polls so a restart does not re-read.
 */
public record ImapCursor(long uidValidity, long lastUid) {
    public static final ImapCursor START = new ImapCursor(0, 0);

    public ImapCursor {
        if (uidValidity < 0 || lastUid < 0) throw new IllegalArgumentException("negative cursor");
    }

    boolean validFor(long folderUidValidity) {
        return uidValidity != 0 && uidValidity == folderUidValidity;
    }
}
