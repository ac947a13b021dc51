package io.suishoupai.shared.caseflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One row of "still there" (case_support), mapped so that queries can count supporters; written by CaseSupport. */
@Entity
@Table(name = "case_support")
@IdClass(CaseSupporter.Key.class)
public class CaseSupporter {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Id
    @Column(name = "account_id")
    public String accountId;

    public Instant at;

    public static class Key implements Serializable {

        public Long caseId;

        public String accountId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, accountId);
        }
    }
}
