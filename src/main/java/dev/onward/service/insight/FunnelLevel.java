package dev.onward.service.insight;

/**
 * One level of the funnel: how many applications got at least this far, and how those whose
 * furthest stage is exactly this one ended.
 *
 * @param stage the kind of stage
 * @param reached applications whose furthest stage is this one or a later one
 * @param offer of those that stopped here, ended in an offer
 * @param rejected of those that stopped here, ended in a rejection
 * @param ghosted of those that stopped here, ended in no reply
 * @param withdrew of those that stopped here, withdrawn
 * @param active of those that stopped here, still active
 */
public record FunnelLevel(String stage, int reached, int offer, int rejected, int ghosted, int withdrew, int active) {
}
