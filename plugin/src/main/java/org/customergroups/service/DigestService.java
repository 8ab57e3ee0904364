package org.customergroups.service;

/**
 * The daily digest: sends every waiting subscriber one mail with their waiting notices, then removes them.
 * Run once a day, on one node of the cluster at a time (Jira: a RUN_ONCE_PER_CLUSTER job).
 * CONTRACT SKELETON: the body is written by the notifications work.
 */
public final class DigestService {

    /** Sends the waiting digests; returns the number of mails sent. */
    public int sendDigests() {
        return 0;
    }
}
