package io.suishoupai.shared.caseflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.suishoupai.shared.storage.MediaKind;

/** A stored object attached to a case; its key is the primary key, so no object serves two cases. */
@Entity
@Table(name = "case_media")
public class CaseMedia {

    public enum Stage {
        REPORT, CHECK, DISPOSAL, VERIFICATION;

        /**
         * Shown to the public: the after-photos (disposal, verification). A report's photos and an inspector's
         * on-site check photos show the problem where someone lives or works, and stay with the reporter and staff.
         */
        public boolean isPublic() {
            return this == DISPOSAL || this == VERIFICATION;
        }
    }

    @Id
    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public MediaKind kind;

    /** The copy a screener redacted (redact-media), shown to everyone but the command centre; null: none. */
    @Column(name = "redacted_key")
    public String redactedKey;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "attached_at")
    public Instant attachedAt;
}
